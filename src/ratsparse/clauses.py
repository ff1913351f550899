"""The decided text: the clause tree (with flattened numberings split), the title, findings
about the numbering.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Final, Literal, NamedTuple

from ratsparse import vocab
from ratsparse.layout import DATELINE, EXCERPT_TITLE, SIGNATURE, Layout
from ratsparse.normalize import Cleaned
from ratsparse.parser import (
    Line,
    Piece,
)
from ratsparse.records import (
    Clause,
    Diagnostic,
    Outcome,
)
from ratsparse.rules import diagnostic
from ratsparse.text import fold

# ---------------------------------------------------------------------------------------------
# Clauses

ClauseStyle = Literal[
    "arabic", "arabic-paren", "bullet", "decimal", "letter", "upper-letter", "paren", "roman"
]
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


_NAMED_NUMBER: Final = re.compile(r"(?:Ziffer|Punkt) (\d+)[:.]")  # "Ziffer 1:" is "1."
_DECIMAL_NUMBER: Final = re.compile(r"\d+(?:\.\d+)+\.?")


def clause_style(label: str) -> tuple[ClauseStyle, str, int | None]:
    """The numbering style of a clause label, the bare number, and its ordinal."""
    named = _NAMED_NUMBER.fullmatch(label)
    if named:
        return "arabic", named.group(1), int(named.group(1))
    bare = label.strip("().")
    if _DECIMAL_NUMBER.fullmatch(label):
        return "decimal", label.rstrip("."), None
    if label.startswith("("):
        return "paren", bare, int(bare) if bare.isdigit() else ord(bare) - ord("a") + 1
    if label.endswith(")") and bare.isdigit():
        return "arabic-paren", bare, int(bare)
    if label.endswith(")") and bare.isalpha() and bare.islower():
        return "letter", bare, ord(bare) - ord("a") + 1
    if label.endswith(")") and len(bare) == 1 and "A" <= bare <= "H":
        return "upper-letter", bare, ord(bare) - ord("A") + 1
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
    ordinal: int | None = None
    """The number's place in its list (None for a bullet, a decimal or an unknown numeral)."""
    children: list[_OpenClause] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    """The lines of the clause's first paragraph (its title, when it heads an item)."""
    lead_done: bool = False


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


_PARAGRAPH_HEAD: Final = re.compile(
    r"[ \t]*§[ \t]*[0-9]{1,3}[a-z]?\b(?![ \t]*(?:Abs\.|BauGB|GO|GemO))"
)
"""A statute's paragraph opening a line (``§ 4 Die Steuersätze …``; not a law cited)."""


_ARTICLE_HEAD: Final = re.compile(r"[ \t]*(?:Artikel|Art\.)[ \t]+(?:[IVX]{1,5}|[0-9]{1,2})[ \t]*")
"""A statute's article heading alone on its line (``Artikel I``, ``Art. 2``)."""
_CENTRED: Final = 8
"""An indent from which a heading alone on its line stands centred, not in a list's column."""


_NOTICE: Final = re.compile(r"\bwird[ \n]+(?:[\w-]+[ \n]+)?hingewiesen\b")
"""A notice's sentence (``Auf die Voraussetzungen … des § 215 Abs. 1 BauGB wird
hingewiesen.``)."""
_PARAGRAPH_REACH: Final = 800


def _paragraph_before(text: str, at: int) -> str:
    """The paragraph that stands before ``at`` and goes on there (from the last blank line),
    within a reach."""
    low = max(0, at - _PARAGRAPH_REACH)
    blank = _BLANK_LINE_BEFORE.search(text[low:at][::-1])
    return text[at - blank.start() : at] if blank is not None else text[low:at]


def _lead_before(text: str, at: int) -> str:
    """The paragraph before ``at``, back over the blank lines between (within a reach)."""
    end = at
    low = max(0, at - _PARAGRAPH_REACH)
    while end > low and text[end - 1] in " \t\n":
        end -= 1
    return _paragraph_before(text, end)


_REPORTED: Final = re.compile(r"\b(?:berichte|erläuter|informier|schilder|referier)(?:t|te|ten)\b")
"""A speaker's report in the minutes (``Herr Rönnau berichtet, …``, ``erläuterte``)."""


def _told_in_the_debate(lead: str) -> bool:
    """Whether a paragraph that leads into a list (it ends with a colon) is a speaker's report,
    its last line no heading of its own (``Beschlussvorschlag:``, the blank lines lost)."""
    lead = lead.rstrip()
    if not lead.endswith(":"):
        return False
    last = lead[lead.rfind("\n") + 1 :].strip()
    if " " not in last or vocab.is_proposal_label(last):
        return False
    return _REPORTED.search(lead) is not None


_BLANK_LINE_BEFORE: Final = re.compile(r"\n[ \t]*\n")
"""A blank line, sought in reversed text (the last one before a place)."""


def read_clauses(
    lines: Sequence[Line],
    cleaned: Cleaned,
    skip: Sequence[tuple[int, int]] = (),
    *,
    marked: bool = False,
    numbered: bool = True,
) -> DecidedText:
    """Build the clause tree: a style seen on the stack is a sibling; a new style nests.

    Lines lying wholly inside a ``skip`` range (vote results stated in prose) are left out. A
    numbering that is no list of clauses (:func:`_clause_list`; where the text is ``marked`` as
    the decided text by a Beschluss heading, only a table's number column) is read as text, as
    are all numbers when ``numbered`` is false.
    """
    roots: list[_OpenClause] = []
    stack: list[_OpenClause] = []
    preamble: list[Line] = []
    notes: list[Diagnostic] = []
    previous_end = 0
    previous_open = False  # the line before broke off mid-sentence (no end punctuation)
    minutes = False  # inside a remark of the minutes that follows the clauses
    skip_ranges = sorted(skip)
    skip_starts = [s for s, _ in skip_ranges]
    statute: int | None = None  # the indent of a statute's paragraph ("§ 4 …") the lines are in
    in_sentence: str | None = None  # the style of a list that goes on a sentence of prose
    previous_word = False  # the line before ended in a word (no sign: a sentence goes on)
    for logical in _logical_lines(lines, cleaned.text):
        a, b = logical.piece.start, logical.piece.end
        # a statute quoted in the decided text: its paragraphs' numbered lines ("§ 4 Die
        # Hebesätze …" / "1. Grundsteuer" / "a) …") are its own, no clauses; a line indented
        # less than its paragraph heads ends it
        at = logical.number.start if logical.number is not None else a
        indent = at - (cleaned.text.rfind("\n", 0, at) + 1)
        if _PARAGRAPH_HEAD.match(logical.piece.text):
            statute = indent if statute is None else min(statute, indent)
        elif _ARTICLE_HEAD.fullmatch(logical.piece.text):
            # "Artikel I": what follows is the statute's; centred on its line, as a statute
            # prints it, whatever its indent
            statute = indent if indent < _CENTRED else 0
        elif (
            statute is not None
            and (
                indent < statute
                # a heading of another section between ("§ 84   Verkehrsversuch …", a minutes'
                # running paragraph number, then "Beschlussvorschlag:" over "1. …"): not the
                # paragraph's text
                or cleaned.text[previous_end:a].strip() != ""
            )
        ):
            statute = None
        in_statute = statute is not None and logical.kind == "clause"
        # (a numbered question, "1. Wie viele Hallen sind gesperrt?", an inquiry's: no clause)
        question = logical.kind == "clause" and logical.piece.text.rstrip(" |").endswith("?")
        line = Line("text", logical.piece) if in_statute or question else logical
        after_blank = cleaned.text.count("\n", previous_end, a) >= 2
        previous_end = b
        end = line.piece.text[-1:]
        if end in (" ", "|"):
            end = line.piece.text.rstrip(" |")[-1:]
        wrapped, previous_open = previous_open, end not in _SENTENCE_END
        after_word, previous_word = previous_word, end.isalpha()
        if after_blank and line.kind != "clause":
            in_sentence = None
        if _inside(skip_ranges, skip_starts, a, b):
            continue
        if line.kind == "text" and (cut := _vote_from(skip_ranges, skip_starts, a, b)) is not None:
            # a vote's sentence that opens on this line ("… Gesundheit. Der Überweisungsantrag
            # wird mehrheitlich" / "abgelehnt."): the line's text before it
            kept = line.piece.text[: cut - a].rstrip()
            if not kept:
                continue
            line = dataclasses.replace(line, piece=Piece(kept, a, a + len(kept)))
        if line.kind == "text" and stack and after_blank:
            # A paragraph that opens by naming a member ("Gemeinderätin X begründet …") is the
            # minutes speaking, not a clause going on.
            minutes = vocab.is_person(line.piece.text.split(",")[0])
        if minutes and line.kind != "clause":
            continue
        minutes = False
        if line.kind == "text" and line.number is not None and stack:
            # "- …" / "• …" inside a clause: an item of it, numbered by its place in the list
            level = next((i for i, c in enumerate(stack) if c.style == "bullet"), None)
            if level is not None:
                del stack[level:]
            place = 1 + sum(1 for c in stack[-1].children if c.style == "bullet")
            node = _OpenClause(
                "bullet",
                str(place),
                line.number.text,
                line.piece.start,
                line.piece.end,
                [line.rest.text] if line.rest else [],
            )
            stack[-1].children.append(node)
            stack[-1].lead_done = True
            stack.append(node)
            continue
        if line.kind == "clause" and line.number is not None and numbered:
            style, bare, ordinal = clause_style(line.number.text)
            if (
                after_word
                and not after_blank
                and not stack
                and ordinal == 1
                and _NOTICE.search(_paragraph_before(cleaned.text, a)) is not None
            ):
                # "Auf … die Rechtsfolgen des § 215 Abs. 1 BauGB wird hingewiesen. Unbeachtlich
                # werden demnach" / "1. eine … Verletzung …," / "2. …": a list that goes on the
                # sentence of a notice, a gazette's statutory hint, no clauses
                in_sentence = style
            if (
                not marked
                and not stack
                and ordinal == 1
                and _told_in_the_debate(_lead_before(cleaned.text, a))
            ):
                # "Herr Rönnau berichtet, … Der ZVO habe drei Standorte vorgeprüft:" / "1. …" /
                # "2. …": a list a speaker's report leads into, the debate's, no clauses
                in_sentence = style
            if in_sentence == style:
                _continue(stack, preamble, line, after_blank)
                continue
            level = next((i for i, c in enumerate(stack) if c.style == style), None)
            starts_list = ordinal == 1 or (style == "decimal" and _decimal_starts(stack, bare))
            if wrapped and style != "decimal" and not _follows(stack, level, ordinal):
                # "… den Beschluss zu" / "d) zu fassen.": a hard wrap put a reference to a
                # clause at the start of a line; it neither starts nor continues a numbering
                _continue(stack, preamble, line, after_blank)
                continue
            if (
                level is not None
                and not _follows(stack, level, ordinal)
                and _SITTING_ORDINAL.match(line.rest.text if line.rest else "") is not None
            ):
                # "1. …" / "2. …" / "Beratungsergebnisse:" / "29. Sitzung des OBR 3 am …": the
                # ordinal of a sitting, out of the list's turn, heads the record below it, which
                # no numbering goes on into (a new one may start)
                del stack[:]
                continue
            if level is None and not starts_list:
                notes.append(
                    diagnostic(
                        "RP103",
                        f"'{line.number.text}' does not start a numbering; read as text",
                        cleaned.span(line.number.start, line.number.end),
                    )
                )
                _continue(stack, preamble, line, after_blank)
                continue
            node = _OpenClause(
                style,
                bare,
                line.number.text,
                line.piece.start,
                line.piece.end,
                [line.rest.text] if line.rest else [],
                ordinal,
                lead=[line.rest.text] if line.rest else [],
            )
            if level is not None:
                del stack[level:]
            if stack:
                stack[-1].children.append(node)
                stack[-1].lead_done = True
            else:
                roots.append(node)
            stack.append(node)
            continue
        if line.kind in ("count", "furniture", "page"):
            continue
        if stack and after_blank and _RECORD_TITLE.match(line.piece.text):
            # "Auszug aus dem Protokoll der Sitzung vom 07.12.2026, TOP 11:" below a proposal's
            # last clause: the title of the record that follows, no paragraph of the clause
            continue
        _continue(stack, preamble, line, after_blank)
    if roots and not _clause_list(roots, marked):
        return read_clauses(lines, cleaned, skip, numbered=False)
    notes.extend(_numbering_findings(roots, cleaned))
    return DecidedText(tuple(preamble), tuple(_close(c, cleaned) for c in roots), tuple(notes))


_SENTENCE_END: Final = frozenset(".:;!?)")


def _clause_list(roots: Sequence[_OpenClause], marked: bool) -> bool:
    """Whether a top-level numbering is a decided text's list of clauses: every item with text
    (``1.`` ``2.`` ``3.`` one per line are a table's number column). Where no Beschluss heading
    marks the decided text, also: two items at least (a lone ``I. Allgemeines`` or ``A)
    Leistungsgebühr`` heads a part of the minutes), counting on without starting again (``1. …
    2. … 1. … 2.``: several lists, as agenda and minutes have; ``1. … 1. … 1.`` is one list whose
    numbering the export lost), none a standing item of an agenda, not all of them headings
    (:func:`_is_heading`)."""
    if any(not c.parts and not c.children for c in roots):
        return False
    if marked:
        return True
    if len(roots) < 2:
        return False
    ordinals = [c.ordinal for c in roots]
    if any(n == 1 and before is not None and before > 1 for before, n in pairwise(ordinals)):
        return False
    # an agenda item's opening words stand in its first 60 characters (speed)
    return not (
        any(vocab.is_agenda_item(c.lead[0][:60]) for c in roots if c.lead)
        or all(_is_heading(c) for c in roots)
    )


def _decimal_starts(stack: Sequence[_OpenClause], number: str) -> bool:
    """Whether a decimal number (``1.1``, ``2.3``) can open a numbering: its first part is 1 or
    the number of an open clause (``2.1`` under ``2.``). ``5.1`` with no ``5.`` is an agenda's
    sub-item, ``25.02.`` a date."""
    head = number.split(".", maxsplit=1)[0]
    return head.lstrip("0") == "1" or any(c.number == head for c in stack)


def _follows(stack: Sequence[_OpenClause], level: int | None, ordinal: int | None) -> bool:
    """Whether a clause numbered ``ordinal`` is the next sibling of the open clause at ``level``
    (or, with no clause of its style open, starts a numbering)."""
    if level is None:
        return ordinal == 1
    before = stack[level].ordinal
    return ordinal is not None and before is not None and ordinal == before + 1


_LINE_BREAK: Final = re.compile(r"\n[ ]*")


def _mid_sentence(line: Line) -> bool:
    """A line that breaks off in the middle of a sentence: it ends with a comma or a word."""
    end = line.piece.text.rstrip()[-1:]
    return end == "," or end.isalpha()


def _logical_lines(lines: Sequence[Line], text: str) -> Iterator[Line]:
    """The lines with flattened numberings split (:func:`unflatten`), also where a numbering
    flattened into one paragraph was hard-wrapped over several lines (``Beschluss (1. … zur`` /
    ``Corona-Pandemie behandelt. 2. …)``)."""
    i = 0
    while i < len(lines):
        j = i + 1
        if lines[i].kind == "text":
            while (
                j < len(lines)
                and (
                    (lines[j].kind == "text" and lines[j].number is None)
                    # a wrap that put a number of the run at a line's start ("rosa liste, 23.
                    # …," / "24. Stellvertretung …"): the line before breaks off mid-sentence
                    or (lines[j].kind == "clause" and j > i + 1 and _mid_sentence(lines[j - 1]))
                )
                and _LINE_BREAK.fullmatch(text, lines[j - 1].piece.end, lines[j].piece.start)
            ):
                j += 1
        if j > i + 1:
            a, b = lines[i].piece.start, lines[j - 1].piece.end
            parts = unflatten(Line("text", Piece(text[a:b].replace("\n", " "), a, b)))
            if sum(1 for part in parts if part.kind == "clause") >= 2:
                yield from parts
            else:  # no numbering in the run, so none in any of its lines
                yield from lines[i:j]
            i = j
            continue
        yield from unflatten(lines[i])
        i += 1


def _inside(ranges: Sequence[tuple[int, int]], starts: Sequence[int], a: int, b: int) -> bool:
    """Whether ``[a, b)`` lies wholly inside one of the sorted, disjoint ``ranges`` (sentences):
    the last range that starts at or before ``a`` is the only one that can hold it."""
    i = bisect_right(starts, a)
    return i > 0 and ranges[i - 1][1] >= b


def _vote_from(
    ranges: Sequence[tuple[int, int]], starts: Sequence[int], a: int, b: int
) -> int | None:
    """Where a range (a vote's sentence) that opens inside ``(a, b)`` and runs to its end or
    beyond begins, if one does."""
    i = bisect_right(starts, a)
    if i < len(ranges) and ranges[i][0] < b and ranges[i][1] >= b:
        return ranges[i][0]
    return None


def _numbering_findings(siblings: Sequence[_OpenClause], cleaned: Cleaned) -> Iterator[Diagnostic]:
    """Gaps and repeats in a run of sibling clauses (``1., 2., 4.``; ``1., 1.``)."""
    previous: int | None = None
    for c in siblings:
        ordinal = c.ordinal
        if previous is not None and ordinal is not None and ordinal != previous + 1:
            what = "repeats" if ordinal <= previous else "skips a number after"
            yield diagnostic(
                "RP104",
                f"clause '{c.label}' {what} the clause numbered {previous}",
                cleaned.span(c.start, c.start + len(c.label)),
            )
        previous = ordinal if ordinal is not None else previous
        yield from _numbering_findings(c.children, cleaned)


# A clause number inside a line: after the line start, a sentence end, a colon (``beschließt:
# 1. …``), an opening parenthesis or a page number that a paged export left in the line (``… -
# 2 - 2. In § 13 …``).
_INLINE_NUMBER: Final = re.compile(  # (?=…): what a number starts with, a quick test (speed)
    r"(?=[\dIVX])(?:^|(?<=[.!?):] )|(?<=\()|(?<= [-–] \d [-–] )|(?<= [-–] \d\d [-–] ))"
    r"(?P<n>\d{1,2}|[IVX]{1,4})\.(?= \S)"
)


_LABEL_BEFORE: Final = re.compile(r"(\w+):[ ]*$")
_LABEL_REACH: Final = 64
"""A section label is a word of fewer characters than this (``Bemerkungen``)."""


def _label_before(text: str, end: int) -> str | None:
    """The word that ends with a colon just before ``end`` (``Bemerkungen: 1. …``), if any. Read
    in a window of :data:`_LABEL_REACH` characters: a search from the text's start would try
    every position of a long word again (quadratic on a word of thousands of letters)."""
    start = max(0, end - _LABEL_REACH)
    m = _LABEL_BEFORE.search(text, start, end)
    if m is None or (
        m.start() == start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")
    ):
        return None  # a word longer than the window: no label
    return m.group(1)


def unflatten(line: Line) -> list[Line]:
    """Split a numbering flattened into one line (``(1. … 2. …)``, ``I. 1. … 2. … II. 1. …``).

    Only a run of numbers counting up from 1 (or I) is split; anything else stays one line.
    """
    text = line.piece.text
    if "1. " not in text:  # a run counts up from 1 (or 01): without "1. " there is none (speed)
        return [line]
    marks = [m for m in _INLINE_NUMBER.finditer(text)]
    kept: list[re.Match[str]] = []
    expected = {"arabic": 1, "roman": 1}
    for m in marks:
        n = m.group("n")
        style, value = ("arabic", int(n)) if n.isdigit() else ("roman", _roman(n) or 0)
        # a 1. inside the run starts no new one (``… wie folgt geändert: 1. Erste …, 2. …``
        # is an enumeration inside a clause); after a roman number, arabic counts anew
        if value == expected[style]:
            kept.append(m)
            expected[style] = value + 1
            if style == "roman":
                expected["arabic"] = 1
    arabic = [m for m in kept if m.group("n").isdigit()]
    if len(arabic) < 2 or (len(kept) == 1 and line.kind == "clause"):
        return [line]
    label = _label_before(text, kept[0].start())
    if label is not None and vocab.section_key(label) in vocab.NON_DECISION_SECTIONS:
        return [line]  # "Bemerkungen: 1. … 2. …": the minutes' remarks, not decided text
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


def _continue(
    stack: list[_OpenClause], preamble: list[Line], line: Line, after_blank: bool = False
) -> None:
    if stack:
        node = stack[-1]
        node.parts.append(line.piece.text)
        for c in stack:
            c.end = max(c.end, line.piece.end)
        if not node.lead_done:
            if (after_blank or len(node.lead) == 1) and _paragraph_ends(
                node.lead, line.piece.text, after_blank
            ):
                node.lead_done = True
            else:
                node.lead.append(line.piece.text)
    else:
        preamble.append(line)


_SITTING_ORDINAL: Final = re.compile(
    r"(?:(?:öffentlichen?|nichtöffentlichen?|ordentlichen?|außerordentlichen?)[ ]+)?"
    r"(?:Sitzung|Tagung)[ ]+(?:des|der)[ ]"
)
"""What follows a sitting's ordinal (``29. Sitzung des OBR 3 am …``)."""


def _last_record(preamble: str) -> str | None:
    """What follows the last excerpt title in a reflowed decided text (``… Auszug aus der
    Niederschrift über die Sitzung des Rates vom 14.12.23, TOP 11: Auf Antrag … verweist der
    Rat …``), if one stands after something else."""
    titles = list(_RECORD_IN_TEXT.finditer(preamble))
    if not titles or titles[-1].start() == 0:
        return None
    return preamble[titles[-1].end() :]


_RECORD_TITLE: Final = re.compile(EXCERPT_TITLE + r"[^\n]{0,120}:[ ]*$")
"""The title of an excerpt of the minutes, ending in a colon (its record follows)."""
_RECORD_IN_TEXT: Final = re.compile(EXCERPT_TITLE + r"[^:\n]{0,120}:[ ]")
"""The same title inside a reflowed text, its record after it on the same line."""


# the last words of a line that a hard wrap broke off mid-phrase
_MID_PHRASE: Final = frozenset(vocab.MID_PHRASE_WORDS)


def _paragraph_ends(lead: Sequence[str], text: str, after_blank: bool) -> bool:
    """Whether ``text`` stands after the first paragraph of a clause (``lead``) rather than
    going on with it: after a blank line, or after a title line half as long as it (``1.
    Baugesuche`` / ``Einem Baugesuch … wurde das Einvernehmen erteilt.``), unless the paragraph
    broke off mid-phrase or the text goes on in lower case."""
    if not lead or (not after_blank and len(lead) > 1):
        return False  # no first line yet (a number alone on its line), or a hard wrap
    last = lead[-1].rstrip(" |")
    if last.rpartition(" ")[2] in _MID_PHRASE or text[:1].islower():
        return False
    return after_blank or (last[-1:] not in _SENTENCE_END and 2 * len(last) < len(text))


_ARTICLES: Final = frozenset(vocab.ARTICLES)
_TITLE_TAIL: Final = " |\"“”»«')"


def _is_heading(c: _OpenClause) -> bool:
    """Whether a numbered item is a heading (an agenda item, a part of the minutes, a group of
    attendees), not a clause: its first paragraph ends no sentence (``1. Baugesuche``, ``a)
    Mitglieder der Bezirksvertretung``), or is a label with nothing numbered under it (``1.
    Antrag zur Sache von Herrn X:``); with items under it, all of them are headings too. A
    paragraph that opens with an article is a sentence. A line with no sentence end followed by
    one that opens with a capitalised article (``Sanierung des Gerätehauses`` / ``Der Architekt
    stellte …``) is a heading over its text, however the export wrapped or joined them."""
    lead = c.lead
    if len(lead) > 1 and lead[0].rstrip(_TITLE_TAIL)[-1:] not in _SENTENCE_END:
        following = lead[1].split(" ", 1)[0]
        if following[:1].isupper() and following.lower() in _ARTICLES:
            lead = lead[:1]
    title = " ".join(lead).rstrip(_TITLE_TAIL)
    if not title:
        return False
    opening = title.split(" ", 1)[0]
    if opening[:1].isupper() and opening.lower() in _ARTICLES:
        return False  # "1. Der Rat stimmt der Satzung zu": a sentence without its full stop
    if c.children:
        return title[-1] not in _SENTENCE_END and all(_is_heading(k) for k in c.children)
    return title[-1] not in ".;!?,"


# ---------------------------------------------------------------------------------------------
# Title and preamble

_QUOTED_TITLE: Final = re.compile(
    r"^[ ]*[„\"“»](?P<title>[^„“”\"»«]{3,400}?)[“”\"«][ ]*[.!]?[ ]*$", re.MULTILINE
)


_GOES_ON_INTO: Final = re.compile(
    # a word of the middle of a phrase, or one that introduces what is quoted ("die Namen")
    rf"(?:,|\b(?:{'|'.join(vocab.MID_PHRASE_WORDS)}|als|wie|Namen|namens|Bezeichnung))"
    r"[ ]*\n[ ]*\Z"
)
"""The line right above a quotation breaks off in its sentence (``… erhalten die Namen
„Lerchenweg“ und`` / ``„Am Feldrain“.``): the quotation ends that sentence and is no title."""


# "Antrag der Fraktion X, betr.: Neue Bänke" | "betreffend „…“" | "Betreff: …" — the subject line.
_SUBJECT_LINE: Final = re.compile(
    r"\b(?:betr\.|betreffend|Betreff)\s*:?\s*(?:[„\"“»«](?P<quoted>[^„“”\"»«\n]{3,300})[“”\"«»]"
    r"|(?P<plain>[^\n|]{3,300}))"
)
# "TOP Ö 9: Neue Bänke" | "TOP 12   Haushaltssatzung 2025" | "TOP 4 – Ausbau …" | ALLRIS "Auszug -
# Radverkehrskonzept" —
# the heading of the agenda item, when no subject line names it.
_HEADING_TITLE: Final = re.compile(
    r"(?m)^[ ]*(?:TOP[ ]+(?:[ÖN][ ]?)?[0-9]{1,3}(?:\.[0-9]{1,2})*[.:]?|Auszug[ ]+-)[ ]+"
    # (a dash between: "TOP 4 – Ausbau der Ortsdurchfahrt")
    r"(?:[-–—][ ]+)?(?P<title>[^\s|][^\n|]{2,300}?)[ ]*$"
)
_TITLE_END: Final = re.compile(r" (?:[IVX]{1,4}|\d{1,2})\. | \| ")


def read_title(lines: Sequence[Line], text: str) -> tuple[str | None, tuple[int, int] | None]:
    """The title: a quotation standing alone on its line(s) before the first clause; else the
    subject named after ``betr.:`` / ``betreffend`` / ``Betreff:``; else the agenda item's heading
    (``TOP 5  Bebauungsplan …``, ALLRIS ``Auszug - …``).

    The range is given for a standing quotation and for a heading line (neither is then part of
    the preamble).
    """
    if lines:
        start, end = lines[0].piece.start, lines[-1].piece.end
        m = _QUOTED_TITLE.search(text, start, end)
        if m is not None and not _GOES_ON_INTO.search(text, max(0, m.start() - 200), m.start()):
            return fold(m.group("title")), m.span()
    # each of the subject words holds "etr": looking for it first spares a slow scan (speed)
    subject = _SUBJECT_LINE.search(text) if "etr" in text else None
    if subject is None:
        heading = _HEADING_TITLE.search(text)
        if heading is None:
            return None, None
        # the heading is a line of its own: not decided text, so not part of the preamble
        return fold(heading.group("title")).rstrip(" .") or None, heading.span()
    title = subject.group("quoted") or _TITLE_END.split(subject.group("plain"), maxsplit=1)[0]
    return fold(title).rstrip(" .") or None, None


# ---------------------------------------------------------------------------------------------
# The decided text as a whole


class Decided(NamedTuple):
    title: str | None
    preamble: str | None
    """The decided text before the first clause, reflowed, without the title."""
    clauses: tuple[Clause, ...]
    diagnostics: tuple[Diagnostic, ...]
    parts_from: int | None = None
    """Where the first part begins (clean offset) when the parts were voted one by one (``a) …``
    / ``Abstimmungsergebnis: …`` / ``b) …``): the votes from there on are the parts' votes."""
    proposed: bool = False
    """The clauses are the proposal's, adopted by naming it (``beschließt wie Beschlussantrag``)."""
    adopted: str | None = None
    """The proposal's text where it has no clauses, adopted by naming it (``Beschluss: wie
    Beschlussvorschlag der Verwaltung`` under ``Der Antrag der X wird abgelehnt.``)."""
    unwritten: bool = False
    """The decision's heading holds nothing, or nothing but a letter's foot (``Beschluss:`` / "" /
    ``Bernkastel-Kues, 26.02.2024`` / ``Im Auftrag``): a form printed before the sitting, nothing
    decided written out under it."""
    aside: tuple[str, ...] = ()
    """The texts of votes on other things, reflowed (a motion on procedure, an amendment: ``Der
    Vertagungsantrag wird mit 14 : 36 Stimmen abgelehnt.``): what they decide is not what the
    decided text does, where its preamble tells them."""

    def act(self) -> Outcome | None:
        """What the decided text does by its own verbs (``… wird vertagt``), if they agree:
        read when the resolver asks (only an adopted text's act decides anything; speed)."""
        preamble = self.preamble
        for sentence in self.aside:
            # (a vote on another thing told before the decision is not what the decision does)
            preamble = preamble.replace(sentence, "") if preamble else preamble
        record = _last_record(preamble) if preamble else None
        if record is not None and vocab.act_of([record]) is not None:
            # "Beschlussvorschlag: Der Rat beschließt die Satzung." / "Auszug aus der
            # Niederschrift über die Sitzung des Rates vom 14.12.23, TOP 11: … verweist der Rat
            # die Vorlage in den Ausschuss …": what the record tells the body did is the act,
            # not the proposal written before the sitting
            preamble = record
        if preamble and "(" in preamble:
            # (nor is what became of an amendment, in parentheses after it: "Zusatzantrag der
            # LINKEN-Fraktion Drs. 22-0427.1 (zurückgezogen)")
            preamble = _AMENDMENT_SETTLED.sub("", preamble)
        if preamble and _STATEMENT.search(preamble):
            # "gibt folgende Stellungnahme ab:" – its clauses are what the body says about the
            # matter ("a) Die Erschließung … wird abgelehnt"), not what it does with the motion:
            # it gives the statement
            return vocab.act_of([preamble]) or "approved"
        if self.proposed:
            # the proposal's clauses were written before the meeting: whether it was changed
            # there, only the decision that adopts them says
            own = vocab.act_of([preamble or ""])
            theirs = vocab.act_of(list(_clause_texts(self.clauses)) or [self.adopted or ""])
            if own == "approved_amended" or theirs is None:
                return own
            return "approved" if theirs == "approved_amended" else theirs
        return vocab.act_of([preamble or "", *_clause_texts(self.clauses)])

    def may_do_more(self, amended_counts: bool) -> bool:
        """Whether :meth:`act` may say more than approving (:func:`vocab.may_do_more`)."""
        parts = [self.preamble or "", *_clause_texts(self.clauses)]
        return vocab.may_do_more(parts, amended_counts=amended_counts)


_AMENDMENT_SETTLED: Final = re.compile(
    r"(?i:"
    + vocab.alternation(w for w, m in vocab.MOTIONS.items() if m.kind == "amendment")
    + r")\b[^()\n]{0,120}?\([ ]*(?:zurückgezogen|abgelehnt|angenommen|übernommen|erledigt)[ ]*\)"
)
"""An amendment named with what became of it in parentheses after it."""
_STATEMENT: Final = re.compile(r"\b(?:Stellungnahme|Stellung)\b[^.:]{0,80}:[ ]*\Z")
"""A decided text that delivers the body's statement, its content in the clauses below
(``Der Ortsbeirat gibt … folgende Stellungnahme ab:``, ``… nimmt wie folgt Stellung:``)."""


_REMARK_LINE: Final = re.compile(r"[ ]*\([^()\n]{1,80}\)[ ]*")
"""A line that is a remark in parentheses alone (``(stimmberechtigt anwesend: 17)``)."""
_CONFLICT_LINE: Final = re.compile(
    r"[ \t|]*(?i:"
    + vocab.alternation(w for w, field in vocab.COUNT_KEYS.items() if field == "conflicted")
    + r")(?![\w-])"
)
"""A line of the form's note of members barred for a conflict of interest, under the result
(``Ausschließungsgründe nach § 22 GemO lagen vor bei: ---``, ``Befangen: Herr Ott``)."""
_ROLE: Final = (
    r"(?:(?:Der|Die)[ ]+)?(?:Vorsitzende[r]?|Schriftführer(?:in)?|[\w-]*[Bb]ürgermeister(?:in)?"
    r"|Protokollführer(?:in)?|Sitzungsleitung|Protokoll)"
)
_SIGNATURE_LINE: Final = re.compile(
    rf"[ ]*(?:Für[ ]+die[ ]+Richtigkeit:?|{_ROLE}(?:[ ]{{2,}}{_ROLE})*)[ ]*"
)
"""A line of the record's signatures under the decision (``Für die Richtigkeit:``,
``Vorsitzender      Schriftführer``)."""


def _above_the_foot(lines: Sequence[Line]) -> Sequence[Line]:
    """``lines`` above a letter's foot, its place and day and the signature under them, or the
    signature alone (``gez. Schmidt`` / ``Bürgermeister``): a form printed before the sitting,
    its ``Beschluss:`` left empty above the foot."""
    for i, line in enumerate(lines):
        if DATELINE.fullmatch(line.piece.text) or SIGNATURE.fullmatch(line.piece.text):
            return lines[:i]
        if i >= _FOOT_REACH:
            break
    return lines


_FOOT_REACH: Final = 12
"""How many lines of a decision's heading are sought for a letter's foot (one printed under an
empty heading stands right below it)."""


def read_decided(
    lay: Layout,
    cleaned: Cleaned,
    vote_sentences: Sequence[tuple[int, int]],
    *,
    listed: bool = False,
    aside: Sequence[str] = (),
) -> Decided:
    """The decided text's clauses, title and preamble; ``vote_sentences`` (vote results stated
    in prose) are left out of it. ``listed``: the text announces several decisions taken
    (``folgende Beschlüsse gefasst``), so its numbered items are those, not clauses of one.
    ``aside``: the texts of votes on other things (:attr:`Decided.aside`)."""
    decided = _read_decided(lay, cleaned, vote_sentences, listed)
    if aside:
        decided = decided._replace(aside=tuple(fold(told) for told in aside))
    if lay.decision_stated and not any(
        line.piece.text.strip() for line in _above_the_foot(lay.decided)
    ):
        decided = decided._replace(unwritten=True, preamble=None)
    return decided


def _read_decided(
    lay: Layout, cleaned: Cleaned, vote_sentences: Sequence[tuple[int, int]], listed: bool
) -> Decided:
    lines: Sequence[Line] = lay.decided
    parts = _parts_voted_separately(lay)
    parts_from = None
    if parts:
        parts_from = next(x for x in reversed(lay.decided) if x.kind == "clause").piece.start
        lines = sorted((*lay.decided, *parts), key=lambda line: line.piece.start)
        # a vote's text read on into the next part ("Ja: 31 …" / "b) … beschlossen.") does not
        # make the part a vote result
        starts = [p.piece.start for p in parts]
        vote_sentences = [(a, b) for a, b in vote_sentences if not any(a < x < b for x in starts)]
    decided = read_clauses(
        lines,
        cleaned,
        vote_sentences,
        marked=lay.decision_stated,
        # a gazette's numbered list of the decisions taken: items, not clauses of one decision
        numbered=lay.decision_stated or not listed,
    )
    title, title_range = read_title(decided.preamble_lines, cleaned.text)
    preamble = _preamble(decided.preamble_lines, title_range)
    # (the decided sentence may be the vote's too: "Der Gemeinderat beschließt mehrheitlich
    # entsprechend dem Beschlussantrag.")
    whole = " ".join(line.piece.text for line in lay.decided)
    said = preamble or whole
    if said and not vocab.states_a_result(said):
        # a form's decision field that says there was none ("Abweichender Beschluss:" /
        # "keiner"): nothing decided written out
        said = ""
    if said and lay.decided and all(_FORM_LINE.search(line.piece.text) for line in lay.decided):
        # "Beschluss des Kreistages:" over a result form alone ("☒ einstimmig  ☐ mit
        # Stimmenmehrheit …", "Ja-Stimmen: 0  Nein-Stimmen: 0"): nothing decided written out
        said = ""
    if (
        said
        and lay.decided
        and not decided.clauses
        and all(
            any(a <= line.piece.start and line.piece.end <= b for a, b in vote_sentences)
            for line in _above_the_foot(lay.decided)
            if line.piece.text.strip()
            and not _REMARK_LINE.fullmatch(line.piece.text)
            and not _SIGNATURE_LINE.fullmatch(line.piece.text)
            and not _CONFLICT_LINE.match(line.piece.text)
        )
    ):
        # "Beschluss:" over its vote's sentence alone ("Bei 2 Gegenstimmen und 1 Enthaltung
        # mehrheitlich beschlossen.", a remark beside it: "(stimmberechtigt anwesend: 17)"):
        # nothing decided written out either
        said = ""
        # (nor is a form's note of members barred its lead: "Ausschließungsgründe … lagen vor
        # bei: ---" under the counts)
        if preamble is not None and _CONFLICT_LINE.match(preamble):
            preamble = None
    told = bool(said and not decided.clauses and lay.proposed and _told_the_debate(said))
    if told:
        # "Beratungsergebnis:" over the debate alone ("Herr Stadtrat Gerlach begründete den
        # Antrag. Bürgermeister Krause erläuterte die Stellungnahme."), the vote below: nothing
        # decided written out there either (and the proposal's lead is the preamble)
        said = ""
    if not decided.clauses and not said and lay.proposed:
        # nothing decided written out ("Beschlussart: einstimmig beschlossen" over the
        # Beschlussvorschlag, the counts under "Beratungsergebnis:"): the proposal's clauses are
        # the decided text
        offered = read_clauses(lay.proposed, cleaned, vote_sentences, marked=True)
        if offered.clauses:
            if told:
                preamble = _preamble(offered.preamble_lines, None)
            return Decided(
                title, preamble, offered.clauses, decided.diagnostics, parts_from, proposed=True
            )
    if (
        not decided.clauses
        and lay.proposed
        and said
        # (in the lead, or in the sentence read as the vote's: "Der Kreistag beschließt
        # einstimmig gemäß Beschlussvorschlag.")
        and (_AS_PROPOSED.search(said) or _AS_PROPOSED.search(whole))
    ):
        # "Der Gemeinderat beschließt wie Beschlussantrag.", "… beschließt den Beschlussantrag
        # mit der Änderung, dass …": the proposal's numbered clauses are the decided text's
        clauses = read_clauses(lay.proposed, cleaned, vote_sentences, marked=True).clauses
        if clauses:
            # (named in the vote's sentence alone: what stands after it is no lead of theirs)
            lead = preamble if _AS_PROPOSED.search(said) else None
            return Decided(title, lead, clauses, decided.diagnostics, parts_from, proposed=True)
        # (a proposal of prose alone: what it does is what the decision does)
        proposal = " ".join(line.piece.text for line in lay.proposed if line.kind == "text")
        if proposal:
            return Decided(
                title,
                preamble,
                (),
                decided.diagnostics,
                parts_from,
                proposed=True,
                adopted=proposal[:_ADOPTED_REACH],
            )
    return Decided(title, preamble, decided.clauses, decided.diagnostics, parts_from)


_DEBATE_TOLD: Final = re.compile(
    # who (a member, an office, the administration: up to four words, the first a capital's)
    r"[ ]*(?:(?:Herr|Frau)[ ]+)?(?:(?:Dr|Prof)\.[ ]+)?[A-ZÄÖÜ][\w.-]*(?:[ ]+[\w.-]+){0,3}?[ ]+"
    # speaks to the item: presents, explains, reports, answers (not "erklärt … für erledigt",
    # "stellt … fest": those decide)
    r"(?:begründe|erläuter|berichte|informier|beantworte)(?:t|te|ten)\b[^.!?]{0,300}[.!?]?"
    # ("trug den Antrag vor", "führte zur Stellungnahme aus", "brachte den Antrag ein")
    r"|[ ]*[A-ZÄÖÜ][^.!?]{0,120}?\b(?:trägt|trug|trugen|führt|führte|führten|bringt|brachte"
    r"|brachten)\b[^.!?]{0,200}?\b(?:vor|aus|ein)[.!?]"
    # (a motion on how to vote, and its acceptance: "Herr W. beantragt, über die Punkte des
    # Beschlussvorschlages getrennt abzustimmen." / "Dem wird gefolgt.")
    # (the mover's initial's full stop no sentence's end: "Herr W.")
    r"|[ ]*[A-ZÄÖÜ](?:[^.!?]|(?<=[ ][A-ZÄÖÜ])\.){0,120}?\bbeantrag(?:t|te|en|ten)\b"
    r"[^.!?]{0,200}?\babzustimmen[.!?]"
    r"|[ ]*(?:Dem|Diesem)(?:[ ]+(?:Antrag|Verfahren))?[ ]+(?:wird|wurde)[ ]+"
    r"(?:gefolgt|entsprochen|stattgegeben)[.!?]|[ ]*So[ ]+wird[ ]+verfahren[.!?]"
)
"""A sentence that tells the debate (``Herr Stadtrat Gerlach begründete den Antrag.``,
``Bürgermeister Krause erläuterte die Stellungnahme.``), no decision."""
_DEBATE_SENTENCE_END: Final = re.compile(r"(?<=[a-zäöüß)]{3}[.!?])(?<!Prof\.)[ ]+(?=[A-ZÄÖÜ])")
"""Where a sentence ends and the next begins (not after ``Dr.``, ``Prof.``)."""


def _told_the_debate(said: str) -> bool:
    """Whether every sentence of ``said`` tells the debate (:data:`_DEBATE_TOLD`)."""
    if len(said) > _DEBATE_REACH:
        return False
    return all(_DEBATE_TOLD.fullmatch(part) for part in _DEBATE_SENTENCE_END.split(said.strip()))


_DEBATE_REACH: Final = 1000
"""A longer decided text is not read as the debate (and not tried: linear time)."""


_FORM_LINE: Final = re.compile(
    r"[☐☑☒]|^[ \t|]*(?:(?i:"
    + vocab.alternation(w for w in vocab.COUNT_ROW_LABELS if not w.endswith("."))
    + r")[ \t]*:[ \t]*[0-9]{1,3}[ \t|]*)+$"
)
"""A line of a result form: its boxes, or its counts alone."""
_ADOPTED_REACH: Final = 2000
"""Of a proposal of prose adopted by naming it, at most this much is read for what it does."""
_AS_PROPOSED: Final = re.compile(
    # (or opening the decided text: "Beschluss:" / "Wie Beschlussvorschlag.")
    # (or naming it as the subject: "Der Beschlussvorschlag wird mit folgender Änderung
    # beschlossen:")
    r"\b(?:(?:[Ww]ie|[Gg]emäß|[Ee]ntsprechend|[Ll]aut)\s+(?:dem\s+|der\s+)?|(?:[Dd]en|[Dd]em|[Dd]er)\s+"
    # (or its parts: "… die Ziffern 1 bis 3 des Beschlussantrags")
    r"|\bZiffern?\s+[0-9][^.\n]{0,30}?\s+des\s+)"
    r"(?:Beschlussantrag|Beschlussvorschlag|Beschlussvorlage|Beschlussentwurf"
    r"|Verwaltungsvorschlag)(?:e?s)?\b"
    # (a committee's recommendation: "Die Bezirksversammlung beschließt die Beschlussempfehlung
    # mit folgender Änderung:")
    r"|\b(?:[Dd]ie|[Dd]er|gemäß\s+der|entsprechend\s+der)\s+Beschlussempfehlung\b"
    # ("wie vom Kreisausschuss vorgeschlagen", "wie von der Verwaltung empfohlen")
    # (or "wie beantragt" under a "Beschlussantrag:")
    r"|\bwie\s+(?:vo(?:n|m)\s+(?:der\s+|dem\s+|den\s+)?[\w-]+\s+)?"
    r"(?:vorgeschlagen|empfohlen|beantragt)\b"
    r"|\bin\s+der\s+vorgelegten\s+Fassung\b"
    # ("nach Antrag.": München's decision as the Referat proposed it; "wie Vorlage.")
    r"|^[ \t]*[Nn]ach\s+Antrag\b|\b[Ww]ie\s+(?:Vorlage|Antrag)\b"
    # ("Die Deputation stimmt der Vorlage mehrheitlich zu.")
    r"|\bstimm(?:t|en)\s+(?:der|dem)\s+(?:Vorlage|Beschlussvorlage|Beschlussvorschlag)"
    r"(?:\s+[a-zäöüß]+){0,3}\s+zu\b"
    # ("Die Regionsversammlung beschließt die Drucksache ohne Gegenstimmen bei 3 Enthaltungen.":
    # the paper itself, and how it was voted at most)
    r"|\bbeschließ(?:t|en)\s+(?:die|den)\s+(?:Drucksache|Vorlage|Beschlussvorlage"
    r"|Beschlussdrucksache|Antrag)(?=\s*(?:[.;]|$)|\s+(?:(?:einstimmig|mehrheitlich|ohne|bei)\b"
    r"|mit\s+[0-9]|mit\s+(?:großer|knapper|deutlicher)\s+Mehrheit\b))"
    # (or a change to one of its numbered parts alone: "Abweichender Beschluss:" / "In Nr. 2 wird
    # der Betrag "5.000 EUR" durch "7.500 EUR" ersetzt.")
    r"|^[ \t]*(?:In|Unter)\s+(?:Nr\.|Ziffer|Punkt|Absatz)\s*[0-9]{1,2}\b[^\n]{0,120}?"
    r"\b(?:ersetzt|gestrichen|ergänzt|geändert|eingefügt)\b"
    # ("Der Gemeinderat beschließt mit folgender Änderung:" over the change alone: the proposal
    # as changed)
    r"|\bbeschließ(?:t|en)\s+(?:[a-zäöüß]+\s+)?mit\s+(?:folgender|folgenden|der|den)\s+"
    r"(?:Änderung|Ergänzung|Maßgabe)(?:en)?\s*:"
    # (or a recommendation's infinitive: "Der Ausschuss empfiehlt dem Gemeinderat einstimmig, mit
    # folgender Änderung zu beschließen:" over the change alone)
    r"|\bmit\s+(?:folgender|folgenden)\s+(?:Änderung|Ergänzung|Maßgabe)(?:en)?\s+"
    r"(?:zu\s+beschließen|zuzustimmen|anzunehmen)\s*:"
)
"""A decision that adopts the proposal by naming it (its clauses are the decided text's)."""


def _clause_texts(clauses: Sequence[Clause]) -> Iterator[str]:
    for clause in clauses:
        yield clause.text
        yield from _clause_texts(clause.children)


def _parts_voted_separately(lay: Layout) -> list[Line]:
    """Clauses that stand after a vote block and go on with the decided text's numbering (``a)
    …`` / ``Abstimmungsergebnis: …`` / ``b) …`` / ``Abstimmungsergebnis: …``: parts voted
    separately), with the text lines that follow each up to the next count line."""
    last = next((x for x in reversed(lay.decided) if x.kind == "clause"), None)
    if last is None or last.number is None or not lay.after_votes:
        return []
    style, _, ordinal = clause_style(last.number.text)
    end = lay.decided[-1].piece.end
    parts: list[Line] = []
    for section in lay.after_votes:
        taking = False
        for line in section:
            if line.piece.start < end or ordinal is None:
                break
            if line.kind == "clause" and line.number is not None:
                next_style, _, next_ordinal = clause_style(line.number.text)
                taking = next_style == style and next_ordinal == ordinal + 1
                if taking:
                    ordinal = next_ordinal
            elif line.kind != "text":
                taking = False
            if taking:
                parts.append(line)
    return parts


def _preamble(lines: tuple[Line, ...], title_range: tuple[int, int] | None) -> str | None:
    """The decided text before the first clause, reflowed, without the title."""
    kept: list[str] = []
    for line in lines:
        a, b = line.piece.start, line.piece.end
        if title_range is not None and title_range[0] <= a and b <= title_range[1]:
            continue
        text = line.piece.text
        if title_range is not None and a < title_range[1] <= b:
            text = text[title_range[1] - a :]
        elif title_range is not None and a <= title_range[0] < b:
            text = text[: title_range[0] - a]
        kept.append(text)
    return fold(" ".join(kept)) or None
