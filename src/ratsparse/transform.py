"""From parse records to the contract: the document's layout, its header, paper references.

Clauses live in :mod:`ratsparse.clauses`, votes in :mod:`ratsparse.votes`. Everything here is a
pure function of the clean text and the parse records; offsets are mapped back to the text as
read through :class:`ratsparse.normalize.Cleaned`.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Final

from ratsparse import vocab
from ratsparse.normalize import Cleaned
from ratsparse.parser import (
    DocumentParse,
    Line,
    Marker,
    Piece,
    Section,
    parse_vote,
)
from ratsparse.records import (
    Addendum,
    Diagnostic,
    Meeting,
    PaperRef,
    Span,
    Status,
)
from ratsparse.references import find_references, sentence_around
from ratsparse.rules import diagnostic


def fold(text: str) -> str:
    """Fold runs of white space (line breaks included) into one space."""
    # str.split() parts at the characters that re's \s matches (str.isspace), faster than re.sub
    return " ".join(text.split())


# ---------------------------------------------------------------------------------------------
# Dates

_DAY_MONTH_NAME: Final = re.compile(r"(\d{1,2})\. ?([A-Za-zÄäÖöÜü]+) (\d{4})(?!\d)")
_DMY: Final = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)")
_ISO: Final = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date(text: str) -> dt.date | None:
    """A German (``12.03.2024``, ``12. März 2024``) or ISO date; None when it is not a real
    calendar date."""
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
        m = _DAY_MONTH_NAME.search(text)
        if m and (named := vocab.MONTHS.get(m.group(2).casefold())):
            return dt.date(int(m.group(3)), named, int(m.group(1)))
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
    vote_blocks: tuple[tuple[Line, ...], ...]
    """Vote texts: each a run of lines, typed by the document grammar (count or text)."""
    block_headings: tuple[int | None, ...]
    """For each vote block, where its vote heading starts (None: no heading of its own)."""
    statements: tuple[Line, ...]
    """Text lines outside vote sections that may state a decision in prose."""
    decision_stated: bool
    """A decision heading has content (``Beschluss:`` then text, ``- Beschluss (1. …)``)."""


# A line that gives the decision after the word Beschluss, as RIS mirrors print it.
_DECISION_LINE: Final = re.compile(r"[-•*]?\s*Beschlu(?:ss|ß)\s*\((?!\s*\))")


def _is_metadata(marker: Marker) -> bool:
    """A headed section that tells about the paper (``Beratungsfolge:``, ``Begründung:``)."""
    return vocab.key(marker.label.text) in vocab.NON_DECISION_SECTIONS


def _is_heading(marker: Marker) -> bool:
    """``Beschluss:`` with nothing after it (or ``Ergebnis/Beschluss:``) heads the decided text."""
    return marker.kind == "status" and marker.rest is None


def _count_blocks(lines: Sequence[Line]) -> Iterator[tuple[Line, ...]]:
    """Runs of count lines; a line continuing an unclosed parenthesis belongs to the run."""
    block: list[Line] = []
    depth = 0
    for line in lines:
        text = line.piece.text
        if line.kind == "count" or (depth > 0 and line.kind == "text"):
            block.append(line)
            depth = max(0, depth + text.count("(") - text.count(")"))
            continue
        if block:
            yield tuple(block)
            block, depth = [], 0
    if block:
        yield tuple(block)


def _rejoined(sections: Sequence[Section]) -> list[Section]:
    """Sections with a label that only a hard wrap made: a ``Word:`` opening a line in the middle
    of a sentence (``… mit folgenden`` / ``Änderungen:``) continues the text before it."""
    out: list[Section] = []
    for section in sections:
        marker = section.marker
        before = out[-1].lines if out else ()
        last = before[-1].piece.text.rstrip() if before else ""
        if (
            marker is not None
            and marker.rest is None  # "Änderungen:" alone; a header field has its value
            and before
            and before[-1].kind in ("text", "clause")
            and (
                (
                    marker.kind == "field"
                    and not _is_metadata(marker)
                    and last[-1:] not in _SENTENCE_DONE
                )
                # "… stellte die Planung zur" / "Abstimmung:": a heading never follows a
                # line that breaks off after an article or a preposition
                or (marker.kind == "vote_heading" and _MID_PHRASE.search(last) is not None)
            )
        ):
            head = Line("text", marker.label)
            out[-1] = Section(out[-1].marker, (*before, head, *section.lines))
            continue
        out.append(section)
    return out


_SENTENCE_DONE: Final = frozenset(".:;!?)|")
_MID_PHRASE: Final = re.compile(
    r"\b(?:der|die|das|den|dem|des|zur|zum|in|an|auf|bei|mit|von|für|über|nach|und|oder)$"
)


def layout(doc: DocumentParse) -> Layout:
    doc = DocumentParse(tuple(_rejoined(doc.sections)), doc.error)
    markers = tuple(s.marker for s in doc.sections if s.marker is not None)
    headed = [s for s in doc.sections if s.marker is not None and _is_heading(s.marker)]
    decided_sections: list[Section] = headed or [
        s
        for s in doc.sections
        if s.marker is None
        or (s.marker.kind == "vote_heading" and s.marker.rest is not None)
        or (s.marker.kind not in ("vote_heading", "field") or not _is_metadata(s.marker))
    ]
    vote_blocks: list[tuple[Line, ...]] = []
    headings: list[int | None] = []
    statements: list[Line] = []
    for section in doc.sections:
        marker = section.marker
        if marker is not None and marker.kind == "vote_heading":
            if marker.rest is not None:
                vote_blocks.append((Line("text", marker.rest),))
                vote_blocks.extend(_count_blocks(section.lines))
                headings.extend([marker.label.start] * (len(vote_blocks) - len(headings)))
                statements.extend(line for line in section.lines if line.kind == "text")
            else:
                body: list[Line] = []
                for line in section.lines:
                    if line.kind in ("furniture", "page"):
                        break
                    body.append(line)
                if body:
                    vote_blocks.append(tuple(body))
                    headings.append(marker.label.start)
            continue
        vote_blocks.extend(_count_blocks(section.lines))
        headings.extend([None] * (len(vote_blocks) - len(headings)))
        statements.extend(line for line in section.lines if line.kind in ("text", "clause"))
    in_counts = {line.piece.start for block in vote_blocks for line in block}
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
# that decides, named as the subject of the decision sentence, at a line start or after a
# sentence end. (The "D" comes first and the lookbehinds check what stands before it: a pattern
# that opens with a letter lets re skip to that letter, eight times faster than trying the whole
# pattern at every position.)
_BODY_SENTENCE: Final = re.compile(
    r"D(?:(?<=^D)|(?<=[.:!?] D))(?:er|ie|as) "
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


_SITTING_OF: Final = re.compile(r"Sitzung (?P<article>des|der) (?P<body>[^,]+?)(?:,| am\b| vom\b)")


def _nominative(article: str, name: str) -> str:
    """``des Gemeinderates`` → ``Gemeinderat``; ``der Bezirksvertretung`` stays as it is."""
    if article != "des":
        return name
    head, _, last = name.rpartition(" ")
    if last.endswith("es") and last[:-2].endswith(("t", "g", "ss", "d", "k", "ch")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return f"{head} {last}" if head else last


def read_meeting(markers: Iterable[Marker], cleaned: Cleaned) -> Meeting:
    date = reference = body = None
    span: Span | None = None
    for m in markers:
        if m.kind == "meeting" and date is None:
            date = parse_date(m.date.text) if m.date else None
            if date is None and m.rest is not None:  # "Sitzung: Sitzung des Rates am 12.03.2024"
                date = parse_date(m.rest.text)
            reference = m.session_ref.text if m.session_ref else None
            label = vocab.key(m.label.text)
            named = _SITTING_OF.search(m.label.text) or (
                _SITTING_OF.search(m.rest.text) if m.rest else None
            )
            if named is not None:  # "Sitzung des Gemeinderates, 04.03.2025"
                body = _nominative(named.group("article"), named.group("body"))
            elif m.rest and label == "sitzung" and not re.match(r"[\d,(]", m.rest.text):
                body = _strip_decoration(m.rest.text) or None
            end = max(p.end for p in (m.label, m.date, m.session_ref, m.rest) if p)
            span = cleaned.span(m.label.start, end)
        elif m.kind == "field" and vocab.key(m.label.text) == "gremium" and m.rest and not body:
            body = _strip_decoration(m.rest.text) or None
    if date is None:  # "Beschluss des Gemeinderates vom 12.03.2024:" dates the decision
        date = next(
            (
                d
                for m in markers
                if m.kind == "status" and " vom " in m.label.text
                if (d := parse_date(m.label.text)) is not None
            ),
            None,
        )
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
            rest = _wrapped_status(m.rest, cleaned.text)
            text = fold(rest.text.replace("|", " "))
            status = Status(
                text=text,
                # "Beschluss: 15 : 0" is a vote result, not a phrase; votes.py reads it
                outcome=vocab.status_outcome(text) or (None if _only_counts(text) else "other"),
                amended=vocab.amended_of(text),
                span=cleaned.span(rest.start, rest.end),
            )
            return status, rest
    for m in markers:
        # "Beschluss (einstimmig):" heads the decided text and says how it was decided
        paren = _LABEL_PAREN.search(m.label.text) if m.kind == "status" else None
        if paren is not None:
            start = m.label.start + paren.start(1)
            piece = Piece(paren.group(1), start, start + len(paren.group(1)))
            text = fold(piece.text)
            return Status(
                text=text,
                outcome=vocab.status_outcome(text) or "other",
                amended=vocab.amended_of(text),
                span=cleaned.span(piece.start, piece.end),
            ), piece
    for m in markers:
        # ALLRIS prints two fields a line: "Gremium: Rat Beschlussart: ungeändert beschlossen".
        # Only a known decision counts: "Beschlussart: erledigt" / "(offen)" decide nothing.
        inline = _INLINE_STATUS.search(m.rest.text) if m.rest is not None else None
        if m.rest is None or inline is None:
            continue
        value = _NEXT_FIELD.split(inline.group("value"), maxsplit=1)[0].strip(" |")
        outcome = vocab.status_outcome(value)
        if outcome is None:
            continue
        start = m.rest.start + inline.start("value")
        piece = Piece(value, start, start + len(value))
        span = cleaned.span(piece.start, piece.end)
        return Status(
            text=fold(value), outcome=outcome, amended=vocab.amended_of(value), span=span
        ), piece
    return None, None


def _wrapped_status(rest: Piece, text: str) -> Piece:
    """A status phrase hard-wrapped onto the next line (``Beschluss: zur weiteren Bearbeitung in
    die`` / ``Verwaltung überwiesen``): taken whole when only the two lines together name an
    outcome."""
    if vocab.status_outcome(rest.text) is not None or text[rest.end : rest.end + 1] != "\n":
        return rest
    line_end = text.find("\n", rest.end + 1)
    following = text[rest.end + 1 : line_end if line_end != -1 else len(text)]
    words = following.split()
    # the rest of a phrase, not a sentence of the decided text
    if (
        not words
        or len(words) > 5
        or following.rstrip()[-1] in ".:!?"
        or _LABEL_START.match(following)
    ):
        return rest
    joined = f"{rest.text} {following.strip()}"
    if vocab.status_outcome(joined) is None:
        return rest
    end = rest.end + 1 + len(following.rstrip())
    return Piece(text[rest.start : end].replace("\n", " "), rest.start, end)


_LABEL_START: Final = re.compile(r"[ ]*[A-ZÄÖÜ][\w./-]*[ ]*:")
_LABEL_PAREN: Final = re.compile(r"\(([^()]+)\)")


def _only_counts(text: str) -> bool:
    """Whether the vote language reads nothing but counts in ``text`` (``15 : 0``)."""
    items = [item for item in parse_vote(text).items if item.kind != "filler"]
    return bool(items) and all(item.kind in ("count", "ratio") for item in items)


_INLINE_STATUS: Final = re.compile(r"(?:^|[ |])Beschlussart[ ]*:[ ]*(?P<value>[^\n]+)")


def layout_findings(doc: DocumentParse, cleaned: Cleaned) -> Iterator[Diagnostic]:
    """Findings about the document's layout: empty vote headings, page furniture, web-table
    residue."""
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
    for section in doc.sections:
        for line in section.lines:
            if line.kind == "page":
                yield diagnostic(
                    "RP804",
                    f"page furniture '{line.piece.text.strip()}' removed from the text",
                    cleaned.span(line.piece.start, line.piece.end),
                )
    glued = next(
        (
            s.marker
            for s in doc.sections
            if s.marker is not None
            and s.marker.rest is not None
            and s.marker.rest.start == s.marker.label.end
            and s.marker.rest.text[:1].isalpha()
        ),
        None,
    )
    if glued is not None:
        yield diagnostic(
            "RP802",
            f"the label '{glued.label.text}' is glued to its value (a web page's lost cell border)",
            cleaned.span(glued.label.start, glued.label.end),
        )
    # every kind of residue holds a pipe: looking for one first spares a slow scan (speed)
    residue = _TABLE_RESIDUE.search(cleaned.text) if "|" in cleaned.text else None
    if residue is not None:
        yield diagnostic(
            "RP802",
            "web-page table residue (pipes, '---|---') was read as layout",
            cleaned.span(residue.start(), residue.end()),
        )


_TABLE_RESIDUE: Final = re.compile(r"(?m)^[ \t]*\|[ \t]*$|\|[ \t]*\||-{3}\|-{3}|^\| ")


# ---------------------------------------------------------------------------------------------
# References


def read_references(
    cleaned: Cleaned, markers: Sequence[Marker], meeting_ref: str | None
) -> tuple[PaperRef | None, tuple[PaperRef, ...]]:
    text = cleaned.text
    subject_ranges = [
        (m.rest.start, m.rest.end, m.label.text.rstrip(": -–").strip())
        for m in markers
        if m.kind == "paper" and m.rest is not None
    ]
    exclude = frozenset({meeting_ref} if meeting_ref else set())
    refs: list[PaperRef] = []
    seen: set[str] = set()
    where: list[tuple[int, int]] = []  # clean offsets of each reference's first appearance
    paper: PaperRef | None = None
    subject_starts = [s for s, _, _ in subject_ranges]  # markers stand in text order
    for f in find_references(text, exclude=exclude):
        at = bisect_right(subject_starts, f.start) - 1
        in_line = at >= 0 and f.start < subject_ranges[at][1]
        subject_label = subject_ranges[at][2] if in_line else None
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
            where.append((f.start, f.end))
    if paper is None and not subject_ranges:
        index = next((i for i, r in enumerate(refs) if _decided_in_prose(r, text, *where[i])), None)
        if index is None and refs and _heads_a_line(refs[0], text, where[0][0]):
            index = 0  # ALLRIS: "VO/0266/2025 Radverkehrskonzept …" under the header
        if index is not None:
            paper = refs[index] = refs[index]._replace(role="subject")
    return paper, tuple(refs)


# "Der Bauausschuss beschließt auf Grundlage der Vorlage V/2023/0117 …": without a Vorlage line,
# the Vorlage or Drucksache that the decision sentence names is the paper decided.
_DECIDING: Final = re.compile(
    # present tense: this item's decision, not one recalled from an earlier session
    r"\b(?:beschließt|beschließen|empfiehlt|empfehlen|stimmt|nimmt)\b"
)


def _heads_a_line(ref: PaperRef, text: str, start: int) -> bool:
    """The first reference opens a line of its own, the paper's number before its title."""
    opens = start == 0 or text[start - 1] == "\n"
    return opens and ref.role == "mentioned" and ref.kind in ("Vorlage", "Drucksache", "Antrag")


def _decided_in_prose(ref: PaperRef, text: str, start: int, end: int) -> bool:
    if ref.role != "mentioned" or ref.kind not in ("Vorlage", "Drucksache"):
        return False
    return bool(_DECIDING.search(sentence_around(text, start, end)))
