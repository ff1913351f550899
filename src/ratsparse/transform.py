"""From parse records to the contract: header, references, title, clauses, votes, outcome.

Everything here is a pure function of the clean text and the parse records; offsets are mapped
back to the text as read through :class:`ratsparse.normalize.Cleaned`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

from ratsparse import vocab
from ratsparse.models import (
    Addendum,
    Clause,
    Diagnostic,
    Group,
    Meeting,
    Outcome,
    PaperRef,
    Span,
    Status,
    Vote,
    VoteCounts,
    VoteGroups,
)
from ratsparse.normalize import Cleaned
from ratsparse.parser import (
    DocumentParse,
    Line,
    Marker,
    Member,
    Piece,
    Section,
    VoteItem,
    parse_vote,
)
from ratsparse.references import find_references
from ratsparse.rules import diagnostic

_SPACES: Final = re.compile(r"\s+")


def fold(text: str) -> str:
    """Fold runs of white space (line breaks included) into one space."""
    return _SPACES.sub(" ", text).strip()


# ---------------------------------------------------------------------------------------------
# Dates

_MONTHS: Final = {
    "januar": 1,
    "februar": 2,
    "märz": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
}
_DMY: Final = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)")
_ISO: Final = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date(text: str) -> dt.date | None:
    """A German or ISO date; None when it is not a real calendar date."""
    m = _DMY.search(text)
    try:
        if m:
            day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
            y = int(year)
            if len(year) == 2:
                y += 2000 if y < 70 else 1900
            return dt.date(y, month, day)
        m = _ISO.search(text)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return None


# ---------------------------------------------------------------------------------------------
# The document, as sections


@dataclass(frozen=True, slots=True)
class Layout:
    """The document's sections sorted by role."""

    markers: tuple[Marker, ...]
    decided: tuple[Line, ...]
    """Lines of the decided text (Beschlusstext)."""
    vote_blocks: tuple[tuple[Piece, ...], ...]
    """Vote texts: each a sequence of pieces (lines) of the clean text."""
    block_headings: tuple[int | None, ...]
    """For each vote block, where its vote heading starts (None: no heading of its own)."""
    statements: tuple[Line, ...]
    """Text lines outside vote sections that may state a decision in prose."""
    decision_stated: bool
    """A decision heading has content (``Beschluss:`` then text, ``- Beschluss (1. …)``)."""


# A line that gives the decision after the word Beschluss, as RIS mirrors print it.
_DECISION_LINE: Final = re.compile(r"[-•*]?\s*Beschlu(?:ss|ß)\s*\((?!\s*\))")


def _is_heading(marker: Marker) -> bool:
    """``Beschluss:`` with nothing after it (or ``Ergebnis/Beschluss:``) heads the decided text."""
    return marker.kind == "status" and marker.rest is None


def _count_blocks(lines: Sequence[Line]) -> Iterator[tuple[Piece, ...]]:
    """Runs of count lines; a line continuing an unclosed parenthesis belongs to the run."""
    block: list[Piece] = []
    depth = 0
    for line in lines:
        text = line.piece.text
        if line.kind == "count" or (depth > 0 and line.kind == "text"):
            block.append(line.piece)
            depth = max(0, depth + text.count("(") - text.count(")"))
            continue
        if block:
            yield tuple(block)
            block, depth = [], 0
    if block:
        yield tuple(block)


def layout(doc: DocumentParse) -> Layout:
    markers = tuple(s.marker for s in doc.sections if s.marker is not None)
    headed = [s for s in doc.sections if s.marker is not None and _is_heading(s.marker)]
    decided_sections: list[Section] = headed or [
        s
        for s in doc.sections
        if s.marker is None or s.marker.kind != "vote_heading" or s.marker.rest is not None
    ]
    vote_blocks: list[tuple[Piece, ...]] = []
    headings: list[int | None] = []
    statements: list[Line] = []
    for section in doc.sections:
        marker = section.marker
        if marker is not None and marker.kind == "vote_heading":
            if marker.rest is not None:
                vote_blocks.append((marker.rest,))
                vote_blocks.extend(_count_blocks(section.lines))
                headings.extend([marker.label.start] * (len(vote_blocks) - len(headings)))
                statements.extend(line for line in section.lines if line.kind == "text")
            else:
                body: list[Piece] = []
                for line in section.lines:
                    if line.kind == "furniture":
                        break
                    body.append(line.piece)
                if body:
                    vote_blocks.append(tuple(body))
                    headings.append(marker.label.start)
            continue
        vote_blocks.extend(_count_blocks(section.lines))
        headings.extend([None] * (len(vote_blocks) - len(headings)))
        statements.extend(line for line in section.lines if line.kind in ("text", "clause"))
    in_counts = {p.start for block in vote_blocks for p in block}
    decided = tuple(
        line for s in decided_sections for line in s.lines if line.piece.start not in in_counts
    )
    statements = [line for line in statements if line.piece.start not in in_counts]
    stated = any(s.lines for s in headed) or any(
        _DECISION_LINE.match(line.piece.text) for s in doc.sections for line in s.lines
    )
    return Layout(markers, decided, tuple(vote_blocks), tuple(headings), tuple(statements), stated)


# ---------------------------------------------------------------------------------------------
# Header


_NEXT_FIELD: Final = re.compile(r"\s+[A-ZÄÖÜ][\w/.-]*:(?:\s|$)")


def _strip_decoration(text: str) -> str:
    """A header value without frame characters, and cut before a second field on the same
    line (ALLRIS prints ``Gremium: Rat Beschlussart: erledigt``)."""
    text = _NEXT_FIELD.split(text, maxsplit=1)[0]
    return text.strip(" -–—*|").strip()


# "Der Rat der Stadt beschließt …", "Die Bezirksvertretung Ehrenfeld lehnt … ab": the body
# that decides, named as the subject of the decision sentence.
_BODY_SENTENCE: Final = re.compile(
    r"(?:^|(?<=[.:!?] ))(?:Der|Die|Das) "
    r"(?P<body>[A-ZÄÖÜ][\w-]*(?: (?:der|des|für|und|[A-ZÄÖÜ0-9][\w.,-]*)){0,6}?) "
    r"(?:beschließt|beschloss|empfiehlt|fasst|fasste|stimmt|lehnt|nimmt|verweist|vertagt"
    r"|befindet)\b",
    re.MULTILINE,
)


def body_in(lines: Iterable[Line]) -> str | None:
    """The deciding body named in the decided text, if a decision sentence names one."""
    for line in lines:
        m = _BODY_SENTENCE.search(line.piece.text)
        if m:
            return m.group("body")
    return None


def read_meeting(markers: Iterable[Marker], cleaned: Cleaned) -> Meeting:
    date = reference = body = None
    span: Span | None = None
    for m in markers:
        if m.kind == "meeting" and date is None:
            date = parse_date(m.date.text) if m.date else None
            reference = m.session_ref.text if m.session_ref else None
            label = vocab.key(m.label.text)
            if m.rest and label == "sitzung" and not re.match(r"[\d,(]", m.rest.text):
                body = _strip_decoration(m.rest.text) or None
            end = max(p.end for p in (m.label, m.date, m.session_ref, m.rest) if p)
            span = cleaned.span(m.label.start, end)
        elif m.kind == "field" and vocab.key(m.label.text) == "gremium" and m.rest and not body:
            body = _strip_decoration(m.rest.text) or None
    return Meeting(date=date, reference=reference, body=body, span=span)


def read_addendum(markers: Iterable[Marker], cleaned: Cleaned) -> Addendum | None:
    date: dt.date | None = None
    note: str | None = None
    span: Span | None = None
    seen = False
    for m in markers:
        if m.kind == "addendum" and not seen:
            seen = True
            date = parse_date(m.date.text) if m.date else None
            end = max(p.end for p in (m.label, m.date, m.rest) if p)
            span = cleaned.span(m.label.start, end)
        elif m.kind == "note" and note is None and m.rest:
            seen = True
            note = _strip_decoration(m.rest.text) or None
    return Addendum(date=date, note=note, span=span) if seen else None


def read_status(markers: Iterable[Marker], cleaned: Cleaned) -> tuple[Status | None, Piece | None]:
    for m in markers:
        if m.kind == "status" and m.rest is not None:
            text = fold(m.rest.text.replace("|", " "))
            status = Status(
                text=text,
                outcome=vocab.status_outcome(text) or "other",
                amended=vocab.amended_of(text),
                span=cleaned.span(m.rest.start, m.rest.end),
            )
            return status, m.rest
    return None, None


# ---------------------------------------------------------------------------------------------
# Clauses

ClauseStyle = Literal["arabic", "arabic-paren", "decimal", "letter", "paren", "roman"]
_ROMAN: Final = {"I": 1, "V": 5, "X": 10}


def _roman(text: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(text):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        total += -v if v < prev else v
        prev = max(prev, v)
    return total


def clause_style(label: str) -> tuple[ClauseStyle, str, int | None]:
    """The numbering style of a clause label, the bare number, and its ordinal."""
    bare = label.strip("().")
    if re.fullmatch(r"\d+(?:\.\d+)+\.?", label):
        return "decimal", label.rstrip("."), None
    if label.startswith("("):
        return "paren", bare, int(bare) if bare.isdigit() else ord(bare) - ord("a") + 1
    if label.endswith(")") and bare.isdigit():
        return "arabic-paren", bare, int(bare)
    if label.endswith(")") and bare.isalpha() and bare.islower():
        return "letter", bare, ord(bare) - ord("a") + 1
    if bare.isdigit():
        return "arabic", bare, int(bare)
    return "roman", bare, _roman(bare)


@dataclass(slots=True)
class _OpenClause:
    style: ClauseStyle
    number: str
    label: str
    start: int
    end: int
    parts: list[str]
    children: list[_OpenClause] = field(default_factory=list)


def _close(c: _OpenClause, cleaned: Cleaned) -> Clause:
    return Clause(
        number=c.number,
        label=c.label,
        text=fold(" ".join(c.parts)),
        children=tuple(_close(k, cleaned) for k in c.children),
        span=cleaned.span(c.start, c.end),
    )


@dataclass(frozen=True, slots=True)
class DecidedText:
    preamble_lines: tuple[Line, ...]
    clauses: tuple[Clause, ...]
    diagnostics: tuple[Diagnostic, ...]


def read_clauses(
    lines: Sequence[Line], cleaned: Cleaned, skip: Sequence[tuple[int, int]] = ()
) -> DecidedText:
    """Build the clause tree: a style seen on the stack is a sibling; a new style nests.

    Lines lying wholly inside a ``skip`` range (vote results stated in prose) are left out.
    """
    roots: list[_OpenClause] = []
    stack: list[_OpenClause] = []
    preamble: list[Line] = []
    notes: list[Diagnostic] = []
    for line in (part for whole in lines for part in unflatten(whole)):
        a, b = line.piece.start, line.piece.end
        if any(s <= a and b <= e for s, e in skip):
            continue
        if line.kind == "clause" and line.number is not None:
            style, bare, ordinal = clause_style(line.number.text)
            level = next((i for i, c in enumerate(stack) if c.style == style), None)
            starts_list = ordinal == 1 or style == "decimal"
            if level is None and not starts_list:
                notes.append(
                    diagnostic(
                        "RP103",
                        f"'{line.number.text}' does not start a numbering; read as text",
                        cleaned.span(line.number.start, line.number.end),
                    )
                )
                _continue(stack, preamble, line)
                continue
            node = _OpenClause(
                style,
                bare,
                line.number.text,
                line.piece.start,
                line.piece.end,
                [line.rest.text] if line.rest else [],
            )
            if level is not None:
                del stack[level:]
            (stack[-1].children if stack else roots).append(node)
            stack.append(node)
            continue
        if line.kind in ("count", "furniture"):
            continue
        _continue(stack, preamble, line)
    notes.extend(_numbering_findings(roots, cleaned))
    return DecidedText(tuple(preamble), tuple(_close(c, cleaned) for c in roots), tuple(notes))


def _numbering_findings(siblings: Sequence[_OpenClause], cleaned: Cleaned) -> Iterator[Diagnostic]:
    """Gaps and repeats in a run of sibling clauses (``1., 2., 4.``; ``1., 1.``)."""
    previous: int | None = None
    for c in siblings:
        ordinal = clause_style(c.label)[2]
        if previous is not None and ordinal is not None and ordinal != previous + 1:
            what = "repeats" if ordinal <= previous else "skips a number after"
            yield diagnostic(
                "RP104",
                f"clause '{c.label}' {what} the clause numbered {previous}",
                cleaned.span(c.start, c.start + len(c.label)),
            )
        previous = ordinal if ordinal is not None else previous
        yield from _numbering_findings(c.children, cleaned)


def layout_findings(doc: DocumentParse, cleaned: Cleaned) -> Iterator[Diagnostic]:
    """Findings about the document's layout: empty vote headings, web-table residue."""
    for section in doc.sections:
        marker = section.marker
        if (
            marker is not None
            and marker.kind == "vote_heading"
            and marker.rest is None
            and not any(line.kind in ("text", "count") for line in section.lines)
        ):
            yield diagnostic(
                "RP102",
                f"'{marker.label.text}' has no vote result after it",
                cleaned.span(marker.label.start, marker.label.end),
            )
    residue = _TABLE_RESIDUE.search(cleaned.text)
    if residue is not None:
        yield diagnostic(
            "RP802",
            "web-page table residue (pipes, '---|---') was read as layout",
            cleaned.span(residue.start(), residue.end()),
        )


_TABLE_RESIDUE: Final = re.compile(r"(?m)^[ \t]*\|[ \t]*$|\|[ \t]*\||-{3}\|-{3}|^\| ")


# A clause number inside a line: after the line start, a sentence end or an opening parenthesis.
_INLINE_NUMBER: Final = re.compile(r"(?:^|(?<=[.!?)] )|(?<=\())(?P<n>\d{1,2}|[IVX]{1,4})\.(?= \S)")


def unflatten(line: Line) -> list[Line]:
    """Split a numbering flattened into one line (``(1. … 2. …)``, ``I. 1. … 2. … II. 1. …``).

    Only a run of numbers counting up from 1 (or I) is split; anything else stays one line.
    """
    text = line.piece.text
    marks = [m for m in _INLINE_NUMBER.finditer(text)]
    kept: list[re.Match[str]] = []
    expected = {"arabic": 1, "roman": 1}
    for m in marks:
        n = m.group("n")
        style, value = ("arabic", int(n)) if n.isdigit() else ("roman", _roman(n) or 0)
        if value == expected[style] or (style == "arabic" and value == 1 and kept):
            kept.append(m)
            expected[style] = value + 1
            if style == "roman":
                expected["arabic"] = 1
    arabic = [m for m in kept if m.group("n").isdigit()]
    if len(arabic) < 2 or (len(kept) == 1 and line.kind == "clause"):
        return [line]
    base = line.piece.start
    out: list[Line] = []
    head = text[: kept[0].start()].rstrip().removesuffix("(").rstrip()
    if head and line.kind != "clause":
        out.append(Line("text", Piece(head, base, base + len(head))))
    elif line.kind == "clause" and line.number is not None and kept[0].start() > 0:
        out.append(
            Line(
                "clause",
                Piece(head, base, base + len(head)),
                number=line.number,
                rest=Piece(head[len(line.number.text) :].strip(), base, base + len(head)),
            )
        )
    for i, m in enumerate(kept):
        end = kept[i + 1].start() if i + 1 < len(kept) else len(text)
        body = text[m.end() : end].strip()
        if i + 1 == len(kept) and body.endswith(")") and "(" not in body:
            body = body[:-1].rstrip()  # the parenthesis that held the numbering
        number = Piece(m.group(), base + m.start(), base + m.end())
        piece = Piece(text[m.start() : end].rstrip(), base + m.start(), base + end)
        out.append(
            Line(
                "clause",
                piece,
                number=number,
                rest=Piece(body, number.end + 1, number.end + 1 + len(body)),
            )
        )
    return out


def _continue(stack: list[_OpenClause], preamble: list[Line], line: Line) -> None:
    if stack:
        stack[-1].parts.append(line.piece.text)
        for c in stack:
            c.end = max(c.end, line.piece.end)
    else:
        preamble.append(line)


# ---------------------------------------------------------------------------------------------
# Title and preamble

_QUOTED_TITLE: Final = re.compile(
    r"^[ ]*[„\"“»](?P<title>[^„“”\"»«]{3,400}?)[“”\"«][ ]*[.!]?[ ]*$", re.MULTILINE
)


def read_title(lines: Sequence[Line], text: str) -> tuple[str | None, tuple[int, int] | None]:
    """A quotation standing alone on its line(s) before the first clause is the title."""
    if not lines:
        return None, None
    start, end = lines[0].piece.start, lines[-1].piece.end
    m = _QUOTED_TITLE.search(text, start, end)
    if m is None:
        return None, None
    return fold(m.group("title")), m.span()


# ---------------------------------------------------------------------------------------------
# Votes


@dataclass(frozen=True, slots=True)
class _VoteText:
    """A vote text assembled from pieces, with the way back to clean offsets."""

    text: str
    starts: tuple[int, ...]
    clean_starts: tuple[int, ...]

    def to_clean(self, pos: int) -> int:
        i = 0
        for j, s in enumerate(self.starts):
            if s <= pos:
                i = j
        return self.clean_starts[i] + (pos - self.starts[i])


def _assemble(pieces: Sequence[Piece], count_like: Sequence[bool]) -> _VoteText:
    parts: list[str] = []
    starts: list[int] = []
    clean_starts: list[int] = []
    pos = 0
    for i, piece in enumerate(pieces):
        if i:
            sep = "\n" if count_like[i] or count_like[i - 1] else " "
            parts.append(sep)
            pos += 1
        starts.append(pos)
        clean_starts.append(piece.start)
        parts.append(piece.text)
        pos += len(piece.text)
    return _VoteText("".join(parts), tuple(starts), tuple(clean_starts))


_COUNT_LINE: Final = re.compile(
    r"(?i)^(?:[\w .-]{1,30}:|\d+ +(?:ja|nein|gegen|enth|stimm)|(?:ja|nein|enth)\.? {2,})"
)


@dataclass(slots=True)
class _Draft:
    """A vote being read from items."""

    start: int
    end: int
    subject: str | None = None
    unanimous: bool | None = None
    majority: bool | None = None
    verdicts: list[Outcome] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    yes: list[Group] = field(default_factory=list)
    no: list[Group] = field(default_factory=list)
    abstain: list[Group] = field(default_factory=list)
    flip_prose: list[tuple[str, Group]] = field(default_factory=list)
    """Prose groups whose side depends on the verdict (mit/gegen den Stimmen … abgelehnt)."""
    origin: str = "section"
    ratio: tuple[int, int] | None = None
    """``mit 17:3 Stimmen``: the first number is the side the verdict names."""
    fillers: int = 0
    """Words of the text that carry no vote meaning (many of them: the sentence says more)."""

    @property
    def has_counts(self) -> bool:
        return self.ratio is not None or any(k in self.counts for k in ("yes", "no", "abstain"))

    @property
    def has_prose(self) -> bool:
        return bool(
            self.verdicts
            or self.unanimous is not None
            or self.majority is not None
            or self.flip_prose
            or self.yes
            or self.no
            or self.abstain
        )


def _group(member: Member, vt: _VoteText, cleaned: Cleaned) -> Group | None:
    name = fold(member.name.text)
    cut = re.match(r"(.*\.)\s*\(.*\)$", name)  # "FDP. (Herr X nimmt nicht teil.)": a remark
    if cut:
        name = cut.group(1)
    name = name.rstrip(" .") if vocab.party_of(name) != "LINKE" else name
    if not name:
        return None
    start = vt.to_clean(member.name.start)
    span = cleaned.span(start, start + len(name))
    members = vocab.number_of(member.number.text) if member.number else None
    person = vocab.is_person(name)
    return Group(
        name=name,
        party=vocab.party_of(name) if not person else _party_in_remark(name),
        kind="person" if person else "faction",
        members=members,
        span=span,
    )


def _party_in_remark(name: str) -> str | None:
    m = re.search(r"\(([^()]*)\)\s*$", name)
    return vocab.party_of(m.group(1)) if m else None


def _read_items(
    items: Sequence[VoteItem],
    vt: _VoteText,
    cleaned: Cleaned,
    origin: str,
    notes: list[Diagnostic],
) -> list[_Draft]:
    """Turn items into drafts; a subject (``Zu Ziffer 2:``) starts a new vote."""
    drafts: list[_Draft] = []
    current: _Draft | None = None
    prev_end = -1
    pending_fillers = 0
    for index, item in enumerate(items):
        start, end = vt.to_clean(item.piece.start), vt.to_clean(item.piece.end)
        if item.kind == "filler":
            pending_fillers += 1
            if (
                item.piece.text.isdigit()
                and item.piece.start == prev_end
                and index == len(items) - 1
            ):
                notes.append(
                    diagnostic(
                        "RP801",
                        f"'{item.piece.text}' is glued to the last word; ignored as export residue",
                        cleaned.span(start, end),
                    )
                )
            prev_end = item.piece.end
            continue
        prev_end = item.piece.end
        if item.kind == "subject" or current is None:
            if current is not None and (current.has_counts or current.has_prose):
                drafts.append(current)
            current = _Draft(start, end, origin=origin)
            if item.kind == "subject":
                current.subject = fold(item.piece.text).rstrip(":")
                continue
        current.end = max(current.end, end)
        key = item.key.text if item.key else item.piece.text
        if item.kind == "unanimity":
            current.unanimous = True
        elif item.kind == "majority":
            current.majority = True
        elif item.kind == "verdict":
            outcome = vocab.outcome_of(key)
            if outcome:
                current.verdicts.append(outcome)
        elif item.kind == "ratio" and current.ratio is None:
            numbers = [int(n) for n in re.findall(r"\d+", item.piece.text)]
            current.ratio = (numbers[0], numbers[1])
        elif item.kind == "count":
            _read_count(
                item,
                items[index + 1] if index + 1 < len(items) else None,
                current,
                vt,
                cleaned,
                notes,
            )
        elif item.kind in ("supporters", "opponents", "abstainers"):
            groups = [g for m in item.groups if (g := _group(m, vt, cleaned))]
            if item.kind == "abstainers":
                current.abstain.extend(groups)
            elif vocab.key(key).startswith("bei zustimmung"):
                current.yes.extend(groups)
            else:
                side = "yes" if item.kind == "supporters" else "no"
                current.flip_prose.extend((side, g) for g in groups)
    if current is not None and (current.has_counts or current.has_prose):
        drafts.append(current)
    if drafts:
        drafts[-1].fillers = pending_fillers
    return drafts


def _read_count(
    item: VoteItem,
    following: VoteItem | None,
    draft: _Draft,
    vt: _VoteText,
    cleaned: Cleaned,
    notes: list[Diagnostic],
) -> None:
    assert item.key is not None
    field_name = vocab.COUNT_KEYS.get(vocab.key(item.key.text))
    if item.number is None:
        dash = (
            following is not None
            and following.kind == "filler"
            and following.piece.text in ("-", "–", "—", "./.")
        )
        if not dash and field_name in ("yes", "no", "abstain"):
            start = vt.to_clean(item.key.start)
            notes.append(
                diagnostic(
                    "RP301",
                    f"'{fold(item.key.text)}' has no number after it",
                    cleaned.span(start, vt.to_clean(item.key.end)),
                )
            )
        return
    value = vocab.number_of(item.number.text)
    if field_name is None or value is None:
        return
    draft.counts[field_name] = value
    groups = [g for m in item.groups if (g := _group(m, vt, cleaned))]
    if field_name in ("yes", "no", "abstain"):
        getattr(draft, field_name).extend(groups)


def _finish(d: _Draft, vt_text: str, cleaned: Cleaned) -> Vote:
    outcome: Outcome | None = d.verdicts[-1] if d.verdicts else None
    if d.ratio is not None:  # "mit 24:12 Stimmen abgelehnt": 24 voted against the motion
        first, second = d.ratio
        yes_no = (second, first) if outcome == "rejected" else (first, second)
        d.counts.setdefault("yes", yes_no[0])
        d.counts.setdefault("no", yes_no[1])
    yes, no = d.counts.get("yes"), d.counts.get("no")
    if outcome is None and yes is not None:
        outcome = "approved" if yes > (no or 0) else "rejected"
    groups_yes, groups_no = list(d.yes), list(d.no)
    for side, g in d.flip_prose:
        # "mit den Stimmen der X abgelehnt": X voted against the motion.
        for_motion = (side == "yes") != (outcome == "rejected")
        (groups_yes if for_motion else groups_no).append(g)
    unanimous = d.unanimous
    majority = d.majority
    if unanimous is None and majority:
        unanimous = False
    if unanimous is None:
        unanimous = _unanimity_from_counts(d.counts)
    return Vote(
        text=vt_text,
        subject=d.subject,
        outcome=outcome,
        unanimous=unanimous,
        majority=majority,
        counts=VoteCounts.model_validate(d.counts),
        groups=VoteGroups(yes=tuple(groups_yes), no=tuple(groups_no), abstain=tuple(d.abstain)),
        span=cleaned.span(d.start, d.end),
    )


def _unanimity_from_counts(counts: dict[str, int]) -> bool | None:
    yes, no, abstain = counts.get("yes"), counts.get("no"), counts.get("abstain")
    if yes is not None and no is not None:
        if yes > 0 and no > 0:
            return False
        if (yes > 0) != (no > 0) and not abstain:
            return True
    return None


_VOTE_CUE: Final = re.compile(
    r"(?i)\b(?:einstimmig|mehrheitlich|stimmenmehrheit|gegenstimmen?|enthaltungen?|"
    r"stimmenthaltung(?:en)?|mit den stimmen|\d+ ?: ?\d+ stimmen|\d+ zu \d+ stimmen|"
    r"stimmenverhältnis)\b"
)
_SENTENCE_END: Final = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])")
_VERDICT_CUE: Final = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join(re.escape(p) for p in vocab.OUTCOME_PHRASES) + r")(?!\w)"
)


def _paragraphs(lines: Sequence[Line]) -> Iterator[list[Piece]]:
    """Runs of adjacent prose lines."""
    run: list[Piece] = []
    for line in lines:
        if run and line.kind == "clause":
            yield run
            run = []
        run.append(line.piece)
    if run:
        yield run


def _sentences(lines: Sequence[Line]) -> Iterator[Piece]:
    """Paragraphs of the prose lines, each a stretch of the clean text (line breaks kept)."""
    for run in _paragraphs(lines):
        yield Piece("", run[0].start, run[-1].end)


@dataclass(frozen=True, slots=True)
class VoteReading:
    votes: tuple[Vote, ...]
    statement_outcome: Outcome | None
    diagnostics: tuple[Diagnostic, ...]
    vote_sentences: tuple[tuple[int, int], ...]
    """Clean ranges of decided-text sentences that are vote results, not decided text."""


def _read_block(
    pieces: Sequence[Piece], origin: str, cleaned: Cleaned, notes: list[Diagnostic]
) -> list[tuple[_Draft, str]]:
    count_like = [bool(_COUNT_LINE.match(p.text)) for p in pieces]
    vt = _assemble(pieces, count_like)
    parsed = parse_vote(vt.text)
    for a, b in _runs(parsed.skipped, vt.text):
        start = vt.to_clean(a)
        notes.append(
            diagnostic(
                "RP304",
                f"'{fold(vt.text[a:b])[:40]}' in the vote result was not understood",
                cleaned.span(start, max(start + 1, vt.to_clean(b))),
            )
        )
    drafts = _read_items(parsed.items, vt, cleaned, origin, notes)
    out = []
    for d in drafts:
        a, b = d.start, d.end
        out.append((d, fold(cleaned.text[a:b])))
    return out


def _runs(pieces: Sequence[Piece], text: str) -> list[tuple[int, int]]:
    """Skipped stretches joined where only white space lies between them: one finding each."""
    runs: list[tuple[int, int]] = []
    for piece in sorted(pieces, key=lambda p: p.start):
        if runs and not text[runs[-1][1] : piece.start].strip():
            runs[-1] = (runs[-1][0], max(runs[-1][1], piece.end))
        else:
            runs.append((piece.start, piece.end))
    return runs


def _compatible(a: Vote, b: Vote) -> bool:
    if a.subject != b.subject:
        return False
    for name in ("yes", "no", "abstain"):
        x, y = getattr(a.counts, name), getattr(b.counts, name)
        if x is not None and y is not None and x != y:
            return False
    pairs = ((a.unanimous, b.unanimous), (a.outcome, b.outcome))
    return all(x is None or y is None or x == y for x, y in pairs)


def _merge(a: Vote, b: Vote) -> Vote:
    """One vote told twice (a count table and the sentence that states its result)."""
    counts = {k: v for k, v in a.counts.model_dump().items() if v is not None}
    counts.update({k: v for k, v in b.counts.model_dump().items() if v is not None})

    def pick_groups(side: str) -> tuple[Group, ...]:
        ga: tuple[Group, ...] = getattr(a.groups, side)
        gb: tuple[Group, ...] = getattr(b.groups, side)
        return ga if len(ga) >= len(gb) else gb

    text_vote = a if len(a.text) >= len(b.text) else b
    return replace_vote(
        text_vote,
        outcome=a.outcome or b.outcome,
        unanimous=a.unanimous if a.unanimous is not None else b.unanimous,
        majority=a.majority if a.majority is not None else b.majority,
        counts=VoteCounts(**counts),
        groups=VoteGroups(
            yes=pick_groups("yes"), no=pick_groups("no"), abstain=pick_groups("abstain")
        ),
    )


def replace_vote(vote: Vote, **changes: object) -> Vote:
    """A copy of a frozen vote with fields changed (validated)."""
    return Vote.model_validate({**vote.model_dump(), **changes})


def _sentence_pieces(text: str, paragraph: Piece) -> Iterator[Piece]:
    body = text[paragraph.start : paragraph.end]
    pos = 0
    for m in _SENTENCE_END.finditer(body):
        yield Piece(body[pos : m.start()], paragraph.start + pos, paragraph.start + m.start())
        pos = m.end()
    yield Piece(body[pos:], paragraph.start + pos, paragraph.end)


_MAX_FILLERS_OF_A_VOTE_SENTENCE: Final = 5
"""A sentence with more words than this beside its vote words also states the decision itself."""


def _read_sentence(
    sentence: Piece, cue: bool, cleaned: Cleaned, votes: list[Vote], outcomes: list[Outcome]
) -> bool:
    """A sentence of the decided text that states a vote or a decision in prose."""
    quiet: list[Diagnostic] = []  # prose is not vote text: what it skips is no finding
    # Without a vote cue the sentence can only state a decision, possibly in parentheses
    # ("Beschluss vom 20.03.2019 (vertagt ins nächste Plenum)"): read inside them.
    unwrap = str.maketrans("()", "  ") if not cue else None
    pieces = [
        Piece(
            ln.translate(unwrap) if unwrap else ln,
            sentence.start + off,
            sentence.start + off + len(ln),
        )
        for off, ln in _line_offsets(sentence.text)
    ]
    drafts = _read_block(pieces, "sentence", cleaned, quiet)
    found = False
    for d, text in drafts:
        if cue and (
            d.unanimous is not None
            or d.majority is not None
            or d.has_counts
            or d.flip_prose
            or d.abstain
        ):
            vote = _finish(d, text, cleaned)
            pure = d.fillers <= _MAX_FILLERS_OF_A_VOTE_SENTENCE
            if pure and len(drafts) == 1:  # the sentence is the vote: keep all of its words
                vote = replace_vote(
                    vote, text=fold(sentence.text), span=cleaned.span(sentence.start, sentence.end)
                )
            votes.append(vote)
            found = found or pure
        elif d.verdicts:
            outcomes.append(d.verdicts[-1])
    return found


def _line_offsets(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for ln in text.split("\n"):
        if ln.strip():
            yield pos, ln
        pos += len(ln) + 1


def read_votes(layout_: Layout, status_piece: Piece | None, cleaned: Cleaned) -> VoteReading:
    notes: list[Diagnostic] = []
    votes: list[Vote] = []
    heading_of: dict[int, int | None] = {}  # vote span start -> its vote heading
    for block, heading in zip(layout_.vote_blocks, layout_.block_headings, strict=True):
        for d, text in _read_block(block, "section", cleaned, notes):
            vote = _finish(d, text, cleaned)
            heading_of[vote.span.start] = heading
            votes.append(vote)
    statement_outcomes: list[Outcome] = []
    vote_sentences: list[tuple[int, int]] = []
    for paragraph in _sentences(layout_.statements):
        for sentence in _sentence_pieces(cleaned.text, paragraph):
            cue = _VOTE_CUE.search(sentence.text)
            if cue is None and not _VERDICT_CUE.search(sentence.text):
                continue
            if _read_sentence(sentence, cue is not None, cleaned, votes, statement_outcomes):
                vote_sentences.append((sentence.start, sentence.end))
    votes.sort(key=lambda v: v.span.start)
    merged: list[Vote] = []
    headings: list[int | None] = []
    for vote in votes:
        heading = heading_of.get(vote.span.start)
        twin = next(
            (
                i
                for i, m in enumerate(merged)
                if _compatible(m, vote)
                # two results under two headings are two votes, however alike
                and (heading is None or headings[i] is None or heading == headings[i])
            ),
            None,
        )
        if twin is None:
            merged.append(vote)
            headings.append(heading)
        else:
            merged[twin] = _merge(merged[twin], vote)
            headings[twin] = headings[twin] if headings[twin] is not None else heading
    if status_piece is not None:
        merged = _with_status(merged, status_piece, cleaned, notes)
    for vote in merged:
        if vote.unanimous and (vote.counts.no or 0) > 0 and (vote.counts.yes or 0) > 0:
            notes.append(
                diagnostic(
                    "RP305",
                    f"the vote is called einstimmig but counts {vote.counts.no} No votes",
                    vote.span,
                )
            )
    return VoteReading(
        tuple(merged),
        statement_outcomes[-1] if statement_outcomes else None,
        tuple(notes),
        tuple(vote_sentences),
    )


def _with_status(
    votes: list[Vote], status: Piece, cleaned: Cleaned, notes: list[Diagnostic]
) -> list[Vote]:
    """The status line's einstimmig/mehrheitlich completes the vote it sums up."""
    drafts = _read_block((status,), "status", cleaned, notes)
    cue = next((d for d, _ in drafts if d.unanimous is not None or d.majority is not None), None)
    if cue is None:
        return votes
    unanimous = True if cue.unanimous else (False if cue.majority else None)
    if not votes:
        return [_finish(cue, fold(status.text), cleaned)]
    target = decisive_index(votes)
    v = votes[target]
    changes: dict[str, object] = {}
    if v.unanimous is None:
        changes["unanimous"] = unanimous
    if v.majority is None and cue.majority:
        changes["majority"] = True
    if changes:
        votes[target] = replace_vote(v, **changes)
    yes, no = v.counts.yes or 0, v.counts.no or 0
    if unanimous and yes > 0 and no > 0:
        notes.append(
            diagnostic(
                "RP305",
                f"the status says einstimmig but the vote counts {no} No votes",
                cleaned.span(status.start, status.end),
            )
        )
    return votes


def decisive_index(votes: Sequence[Vote]) -> int:
    """The vote that settles the item: the last one that is not about urgency (Dringlichkeit)."""
    main = [i for i, v in enumerate(votes) if not (v.subject or "").lower().startswith("dringl")]
    return (main or list(range(len(votes))))[-1]


def mark_decisive(votes: Sequence[Vote]) -> tuple[Vote, ...]:
    if not votes:
        return ()
    k = decisive_index(votes)
    return tuple(
        replace_vote(v, decisive=(i == k)) if v.decisive != (i == k) else v
        for i, v in enumerate(votes)
    )


# ---------------------------------------------------------------------------------------------
# References


def read_references(
    cleaned: Cleaned, markers: Sequence[Marker], meeting_ref: str | None
) -> tuple[PaperRef | None, tuple[PaperRef, ...]]:
    text = cleaned.text
    subject_ranges = [
        (m.rest.start, m.rest.end, m.label.text.rstrip(": ").strip())
        for m in markers
        if m.kind == "paper" and m.rest is not None
    ]
    exclude = frozenset({meeting_ref} if meeting_ref else set())
    refs: list[PaperRef] = []
    seen: set[str] = set()
    paper: PaperRef | None = None
    for f in find_references(text, exclude=exclude):
        subject_label = next((lb for s, e, lb in subject_ranges if s <= f.start < e), None)
        is_subject = subject_label is not None
        ref = PaperRef(
            reference=f.reference,
            prefix=f.prefix,
            number=f.number,
            year=f.year,
            kind=f.kind or ("Vorlage" if is_subject and f.prefix is None else None),
            role="subject" if is_subject else f.role,
            label=subject_label or f.label,
            span=cleaned.span(f.start, f.end),
        )
        if is_subject and paper is None:
            paper = ref
        if f.reference not in seen:
            seen.add(f.reference)
            refs.append(ref)
    return paper, tuple(refs)
