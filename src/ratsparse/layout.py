"""The document's layout: its sections sorted by role (header markers, decided text, vote
texts, prose that may state a decision), and findings about the layout itself.

Input: the document reader's sections (:func:`ratsparse.parser.parse_document`). Every reader
after this one (header, references, votes, clauses) takes the :class:`Layout`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Final, Literal

from ratsparse import vocab
from ratsparse.normalize import Cleaned
from ratsparse.parser import DocumentParse, Line, Marker, Piece, Section
from ratsparse.records import Diagnostic
from ratsparse.rules import diagnostic


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
    proposals: tuple[tuple[int, int], ...] = ()
    """Clean ranges of the sections that hold a proposal (``Beschlussvorschlag:``)."""
    background: tuple[tuple[int, int], ...] = ()
    """Clean ranges of the sections that tell the background (``Sachverhalt:``)."""
    consultations: tuple[tuple[int, int], ...] = ()
    """Clean ranges of the Beratungsfolge sections (each body's line, often with its result)."""
    after_votes: tuple[tuple[Line, ...], ...] = ()
    """The body lines of each vote section: where the parts of a decided text voted separately
    go on after each vote (``a) …`` / ``Abstimmungsergebnis: …`` / ``b) …``)."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Findings about the layout: a stopped grammar, empty vote headings, page furniture."""
    letterhead: tuple[Line, ...] = ()
    """The lines over the header's fields that name the text's sender (``Marktausschuss``),
    no part of the decided text."""
    proposed: tuple[Line, ...] = ()
    """The lines of the proposal sections (``Beschlussantrag:``), in order: the decided text
    where the decision adopts the proposal by naming it (``beschließt wie Beschlussantrag``)."""
    walls: tuple[int, ...] = ()
    """Where lines that are no prose stand among the prose lines (the rows of a table of earlier
    decisions, each opening with its day): a paragraph of prose ends there."""


# A line that gives the decision after the word Beschluss, as RIS mirrors print it
# ("- Beschluss (1. …)", München's "- Beschluss vom 02.10.2019 (1. …)").
_DECISION_LINE: Final = re.compile(
    r"[-•*]?\s*Beschlu(?:ss|ß)(?:\s+vom\s+\d{1,2}\.\d{1,2}\.\d{2,4})?\s*\((?!\s*\))"
)


# A line that opens the decided text in prose, its body the subject: "Der Rat beschließt:", "Der
# Rat der Stadt fasst mehrheitlich, … folgenden Beschluss:" (not a proposal's or a
# recommendation's: "möge beschließen:", "empfiehlt … folgenden Beschluss:")
_FRAMING: Final = re.compile(
    # ("Sodann wird folgender Beschluss gefasst:", "ergeht folgender Beschluss:")
    # (how it was changed between, after a comma: "folgenden, gegenüber dem Beschlussvorschlag
    # der Verwaltung in Ziffer 2 geänderten Beschluss:"; a bare "folgenden geänderten Beschluss:"
    # is often over the changed clause alone, and the proposal stays the decided text)
    r"\b(?:beschließt|beschliesst"
    r"|folgende[nr]?(?:,[ ][^\n:.;!?]{1,120}?[ ](?:geänderten|ergänzten|abgeänderten))?"
    r"[ ]+Beschluss(?:[ ]+gefasst)?)"
    # (what it adopts, and how: "Die Bürgerschaft beschließt die Vorlage mit folgender Änderung:")
    r"(?:[ ]+(?:den|die|das)[ ]+(?:Vorlage|Antrag|Beschlussvorschlag|Beschlussantrag)"
    r"(?=[ ]+mit[ ]+folgende[nr]?[ ]+(?:Änderung|Ergänzung|Maßgabe))"
    # (or the kind of text it adopts: "Der Bezirksausschuss beschließt folgende Stellungnahme:")
    # (not "folgende Änderung:", often over the changed clause alone)
    r"|[ ]+(?:folgende|nachstehende)[nrs]?[ ]+(?:Stellungnahme|Empfehlung|Resolution|Erklärung"
    r"|Satzung))?"
    # its vote between ("Der Ausschuss beschließt mit 9:2:1 Stimmen:", "… beschließt einstimmig:",
    # "… beschließt mit 24 Ja-Stimmen bei 6 Gegenstimmen (DIE LINKE, AfD) und 2 Enthaltungen:",
    # "… beschließt ohne Gegenstimme bei drei Stimmenthaltungen in der geänderten Fassung:")
    r"(?:[ ]+(?:mit|einstimmig|mehrheitlich|bei|ohne)\b[^\n]{0,160}?)?[ ]*:[ ]*$"
    # (or consents to the proposal that follows, its vote between: "Der Gemeinderat stimmt dem
    # Beschlussantrag mehrheitlich bei 5 Gegenstimmen … zu:")
    r"|\bstimmt[ ]+(?:dem|der)[ ]+(?:Beschlussantrag|Beschlussvorschlag|Vorlage|Antrag)\b"
    r"[^\n:]{0,240}?[ ]zu[ ]*:[ ]*$"
)
_NOT_FRAMING: Final = re.compile(r"\b(?:möge|mögen|wolle|wollen|empfiehlt|empfehlen|schlägt)\b")


_ENDS: Final = (".", "!", "?")
"""What ends a sentence of prose."""


def _proposes(section: Section) -> bool:
    """A section headed as a proposal or as the paper's background."""
    label = section.marker.label.text if section.marker is not None else ""
    return _a_proposal(section) or vocab.section_key(label) in vocab.BACKGROUND_SECTIONS


def _a_proposal(section: Section) -> bool:
    """A section headed as a proposal, not one whose field says there is none (the lines under
    ``Beschlussvorschlag: entfällt`` are the item's own)."""
    marker = section.marker
    return (
        marker is not None
        and vocab.is_proposal_label(marker.label.text)
        and not (marker.rest is not None and vocab.says_no_proposal(marker.rest.text))
    )


def _frames_the_decision(line: str) -> bool:
    return (
        line.endswith(":")
        and _FRAMING.search(line) is not None
        and _NOT_FRAMING.search(line) is None
    )


def _frames_from(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` frames the decision, alone or wrapped onto the next line (``… beschließt
    mit 27 Ja-Stimmen bei 5 Gegenstimmen (Grüne,`` / ``Linke) und 1 Enthaltung:``)."""
    text = lines[i].piece.text.rstrip()
    if _frames_the_decision(text):
        return True
    # (or onto two: "… fasst mit 6:3 Stimmen folgenden, gegenüber" / "dem Beschlussvorschlag der
    # Verwaltung in Ziffer 2" / "geänderten Beschluss:")
    for j in range(i + 1, min(i + _FRAMING_LINES, len(lines))):
        # (a wrapped line may open with the sitting's day, read as a clause's number: "… am
        # Donnerstag, dem" / "19. September 2030, folgenden Beschluss gefasst:")
        if text.endswith((*_ENDS, ":")) or lines[j].kind not in ("text", "clause"):
            return False
        text = f"{text} {lines[j].piece.text.strip()}"
        if _frames_the_decision(text):
            return True
    return False


_FRAMING_LINES: Final = 3
"""The most lines a framing line is wrapped onto."""


def _decision_after_vote(sections: Sequence[Section]) -> list[Section]:
    """Sections with the section of a vote on an amendment or on procedure, or of the
    background, cut where a line frames the decision (``Abstimmung über den Änderungsantrag:`` /
    ``Ja: 20 Nein: 14`` / … / ``Die Bürgerschaft beschließt die Vorlage mit folgender
    Änderung:``; ``Sachverhalt:`` / … / ``Der Gemeinderat stimmt dem Beschlussantrag … zu:``):
    the decided text begins there, a section of its own."""
    out: list[Section] = []
    for section in sections:
        marker = section.marker
        lines = section.lines
        cut = None
        # (a vote on an amendment or on procedure, by its heading: the item's own vote and
        # decided text come after it; a heading of the item's result holds both)
        if marker is not None and (
            (marker.kind == "vote_heading" and vocab.motion_in(marker.label.text) is not None)
            or (marker.kind == "field" and _is_metadata(marker))
        ):
            cut = next(
                (
                    i
                    for i in range(1, len(lines))
                    if lines[i].kind == "text" and _frames_from(lines, i)
                ),
                None,
            )
        if cut is None:
            out.append(section)
            continue
        out.append(Section(marker, lines[:cut]))
        out.append(Section(None, lines[cut:]))
    return out


def _is_metadata(marker: Marker) -> bool:
    """A headed section that tells about the paper (``Beratungsfolge:``, ``Begründung:``)."""
    return vocab.section_key(marker.label.text) in vocab.NON_DECISION_SECTIONS


SITTING_NAMED: Final = re.compile(
    r"[ ]*\([^()\n]{0,120}?\b(?:am|vom)[ ]+[0-9]{1,2}\.[^()\n]{0,40}\)[ ]*:?[ ]*"
)
"""A status field's value that names the sitting in parentheses (``Beschluss: (Sitzung des
Bauausschusses am 10.09.2030)``): the sitting, no result."""


def _is_heading(marker: Marker) -> bool:
    """``Beschluss:`` with nothing after it (or ``Ergebnis/Beschluss:``) heads the decided text;
    so does ``Beschluss: 11 : 8``, its vote's tally beside it (Bavarian minutes), and ``Beschluss:
    (Sitzung des Bauausschusses am 10.09.2030)``, its sitting beside it."""
    return marker.kind == "status" and (
        marker.rest is None
        or _TALLY_ONLY.fullmatch(marker.rest.text) is not None
        or SITTING_NAMED.fullmatch(marker.rest.text) is not None
    )


def title_of_a_record(marker: Marker, text: str) -> bool:
    """Whether a status marker with nothing after it is a record's title, the next line naming
    the body's sitting (``BESCHLUSS`` / ``des Kreisausschusses in seiner öffentlichen Sitzung
    am: 03.06.2025``): the head goes on under it."""
    if marker.kind != "status" or marker.rest is not None:
        return False
    at = text.find("\n", marker.label.end)
    while 0 <= at < len(text) - 1 and text[at + 1] == "\n":
        at += 1
    end = text.find("\n", at + 1)
    line = text[at + 1 : end if end >= 0 else len(text)]
    return at >= 0 and SITTING_UNDER_TITLE.fullmatch(line) is not None


def _title_of_a_record(section: Section) -> bool:
    """Whether a ``BESCHLUSS`` heading is the title of a decision's record, every line of its
    section naming the body's sitting (``BESCHLUSS`` / ``des Kreisausschusses in seiner
    öffentlichen Sitzung am: 03.06.2025``), its decided text below the paper's fields: no heading
    of it. (Stricter than :func:`title_of_a_record`, which asks the next line alone of where the
    head ends: a heading whose section goes on under that line still heads a decided text.)"""
    lines = [line for line in section.lines if line.piece.text.strip()]
    return bool(lines) and all(
        line.kind == "text" and SITTING_UNDER_TITLE.fullmatch(line.piece.text) for line in lines
    )


SITTING_UNDER_TITLE: Final = re.compile(
    r"[ ]*(?:des|der|vom)[ ][^\n!?]{0,120}?\bSitzung\b[^\n!?]{0,60}"
)
"""The line under a record's title that names the body's sitting (``des Kreisausschusses in
seiner öffentlichen Sitzung am: 03.06.2025``)."""


_TALLY_ONLY: Final = re.compile(r"[ ]*[0-9]{1,3}[ ]*:[ ]*[0-9]{1,3}(?:[ ]*:[ ]*[0-9]{1,3})?[ ]*")


_TABLE_KINDS: Final = frozenset({"count", "label", "value"})


_SIDE_ROW: Final = re.compile(
    r"[^|\t\n]{0,60}?[^\W\d]\S*"
    r"(?:[ \t|]+(?:[0-9]{1,3}|[-–]))(?:[ \t|]+(?:[0-9]{1,3}|[-–])){1,4}[ \t|]*"
)
"""A table's row by group: a name, then two to five cells of a number or a dash (``SPD    24
-    -``, ``| CDU | 9 | – |``)."""


def _side_head(row: str, only: bool = False) -> bool:
    """Whether ``row`` is the head of a table by group: two sides' labels at least (``Fraktion
    Ja Nein Enth.``); with ``only``, nothing but count labels (``dafür  dagegen  Enthaltung``)."""
    if len(row) > _LONGEST_ROW * 2:
        return False
    keys = [vocab.COUNT_KEYS.get(vocab.key(w.rstrip(" :"))) for w in row.replace("|", " ").split()]
    if only and None in keys:
        return False
    return sum(k in _SIDES for k in keys) >= 2


def _side_table(lines: Sequence[Line], text: str) -> tuple[int, int]:
    """Where a table by group stands among ``lines`` and how many lines it takes (its head, with
    two sides' labels at least, and its rows, two at least, with no blank line between); (len,
    0) where there is none. Linear: a head followed by fewer than two rows is passed over after
    looking at two lines at most, and the first table found ends the search."""
    for i, head in enumerate(lines[:-2]):
        if not _side_head(head.piece.text):
            continue
        n = 1
        while (
            i + n < len(lines)
            and lines[i + n].kind == "text"
            and len(lines[i + n].piece.text) <= _LONGEST_ROW * 2
            and _SIDE_ROW.fullmatch(lines[i + n].piece.text)
            and text.count("\n", lines[i + n - 1].piece.end, lines[i + n].piece.start) <= 1
        ):
            n += 1
        if n >= 3:
            return i, n
    return len(lines), 0


_CALLED_MEMBER: Final = re.compile(
    r"[ ]*(?P<name>[A-ZÄÖÜ][\w.-]*(?:[ ][A-ZÄÖÜ][\w.-]*){1,3}(?:[ ]\([^()\n]{1,30}\))?)[ ]*"
)
"""A member named alone on a roll call's line (``Frau Becker (SPD)``, ``Herr Dr. Roth``)."""


def called_member(text: str) -> re.Match[str] | None:
    """``text`` as a roll call's line that names one member (:data:`_CALLED_MEMBER`, group
    ``name``, opening with a title: ``Frau``, ``Herr``, ``Stadtrat`` …); None for any other."""
    m = _CALLED_MEMBER.fullmatch(text) if len(text) <= _LONGEST_MEMBER else None
    return m if m is not None and vocab.is_person(m.group("name")) else None


_LONGEST_MEMBER: Final = 80


def _count_blocks(lines: Sequence[Line]) -> Iterator[tuple[Line, ...]]:
    """Runs of count lines and count-table cells (a label or a number alone on its line); a
    line continuing an unclosed parenthesis or a list ended by a comma belongs to the run, and
    so do the cells of a web
    table's row printed one a line after its label (``Anwesend: |`` / ``14 |`` / ``/ mit |`` …)
    and the rows of a checkbox result (``Angenommen`` / ``X`` / ``Abgelehnt``) where a box is
    ticked (see :func:`_resolved`). A run of numbers alone, with no label, is no count table (see
    :func:`_retyped`)."""
    block: list[Line] = []
    depth = 0
    in_row = False  # the cells of a pipe row go on
    across = _pipe_across(lines)
    for line in lines:
        text = line.piece.text
        row_cell = in_row and _CELL_END.search(text) is not None
        if line.kind in _TABLE_KINDS or (
            line.kind == "text"
            and (
                depth > 0
                or row_cell
                or line.piece.start in across
                # a member list wrapped after its comma ("Ja: CDU-Fraktion, …," / "Fraktion
                # MitBürger & Die PARTEI")
                or (bool(block) and block[-1].piece.text.rstrip().endswith(","))
                or _checkbox(text) is not None
                or group_sides(text) is not None
                or _INITIALS_ROW.fullmatch(text) is not None
                or vocab.RESULT_WORD_TALLY.fullmatch(text) is not None
                # a roll call's member alone on the line under its side's label or the member
                # before ("Ja:" / "Frau Becker (SPD)" / "Herr Fiedler (SPD)")
                or (
                    bool(block)
                    and (block[-1].kind == "label" or called_member(block[-1].piece.text))
                    and called_member(text) is not None
                )
                # the verdict alone on the line under the counts ("4 Stimmen dafür, 13 Stimmen
                # dagegen, 2 Enthaltungen" / "Abgelehnt")
                or (
                    bool(block)
                    and block[-1].kind == "count"
                    and len(text) <= _LONGEST_VERDICT
                    and vocab.is_status_value(text)
                )
            )
        ):
            block.append(line)
            depth = max(0, depth + text.count("(") - text.count(")"))
            # a label alone in its cell ("Anwesend: |") opens a row whose cells follow
            in_row = (
                _EMPTY_CELL.search(text) is not None
                if line.kind in ("count", "label")
                else row_cell
            )
            continue
        if block:
            yield from _unticked(block)
            block, depth, in_row = [], 0, False
    if block:
        yield from _unticked(block)


def _pipe_across(lines: Sequence[Line]) -> set[int]:
    """The starts of the two rows of each pipe table of counts printed across among ``lines``: a
    row of count labels naming two sides at least (``| gesetzl. Mitgliederzahl | anwesend | Ja |
    Nein | Enth. | befangen |``), then a row of as many numbers (``| 35 | 31 | 28 | 0 | 2 | 1
    |``)."""
    found: set[int] = set()
    for head, values in itertools.pairwise(lines):
        if (
            "|" not in head.piece.text
            or "|" not in values.piece.text
            or len(head.piece.text) > _LONGEST_ROW * 3
        ):
            continue
        labels = [c.text.rstrip(" :") for c in pipe_cells(head.piece)]
        numbers = [c.text for c in pipe_cells(values.piece)]
        keys = [vocab.COUNT_KEYS.get(vocab.key(label), "") for label in labels]
        if (
            len(labels) == len(numbers) >= 2
            and "" not in keys
            and sum(k in _SIDES for k in keys) >= 2
            and all(not n or _COUNT_CELL.fullmatch(n) for n in numbers)
        ):
            found.update((head.piece.start, values.piece.start))
    return found


_INITIALS_ROW: Final = re.compile(
    r"[ ]*J[ ]?:?[ ]?\d{1,3}(?:[ ]*[/,;|][ ]*|[ ]+)N[ ]?:?[ ]?\d{1,3}"
    r"(?:(?:[ ]*[/,;|][ ]*|[ ]+)E[ ]?:?[ ]?\d{1,3})?[ ]*(?:\([^()\n]{1,40}\)[ ]*)?"
)
"""A tally with each side's initial before its number (``J: 14   N: 2   E: 1``, ``J 14 / N 2 / E
1``; vote.lark's LABELLED_TALLY), a remark in parentheses after it perhaps (``(einschl.
Vorsitzender)``)."""
_HEADING_REMARK: Final = re.compile(r"\([^()\n]{1,40}\)[ ]*:[ ]*")
"""A vote heading's remark in parentheses, before the colon that ends it (``Abstimmungsergebnis
(angenommen):``): the result stands below."""
_LONGEST_VERDICT: Final = 40
"""The longest line read as a verdict alone under its counts."""
_MARKS: Final = frozenset("xX☒☑✓✔")
"""What ticks a box of a checkbox result: a cross or a tick."""
_EMPTY_BOX: Final = "☐"
_EMPTY_CELL: Final = re.compile(r":[ ]*\|[ ]*$")
"""``Anwesend: |``: a label whose row's cells follow, one a line."""
_CELL_END: Final = re.compile(r"\|[ ]*$")

_LONGEST_ROW: Final = 60
_LONGEST_BOX_ROW: Final = 300
"""The longest row of results side by side, each with its box (six or seven options)."""
CheckboxRow = Literal["mark", "ticked", "box"]


_BOX: Final = vocab.BOX


def holds_a_box(text: str) -> bool:
    """Whether ``text`` holds a form's box (``☐``, ``☒``, ``[X]``, ``( )``)."""
    return _BOX.search(text) is not None


def _boxes_as_marks(text: str) -> str:
    """``text`` with each bracket box as the mark or the empty box it stands for."""
    if "[" not in text and "(" not in text:
        return text
    return _BOX.sub(lambda m: " X " if m.group("tick") else f" {m.group('glyph') or '☐'} ", text)


_TABLE_ROW_BORDERS: Final = 4
"""A table by group's row has this many cell borders at least (a form's row fewer)."""
_EMPTY_INNER_CELL: Final = re.compile(r"\|[ ]*\|")


def _checkbox(text: str) -> CheckboxRow | None:
    """A line of a checkbox result: a mark alone (``X``), a result ticked (``Angenommen X``,
    ``☒ einstimmig beschlossen``, ``[X] abgelehnt``), or a result with its box left empty
    (``Abgelehnt``, ``☐ abgelehnt``, ``[ ] vertagt``); None for any other line."""
    # (speed: most lines are prose; a table's cell is padded with blanks to its border; a row of
    # results side by side, each with its box, may run longer)
    if (
        len(text) > _LONGEST_ROW
        and len(text) - text.count(" ") > _LONGEST_ROW
        and (len(text) > _LONGEST_BOX_ROW or len(_BOX.findall(text)) < 2)
    ):
        return None
    words = _boxes_as_marks(text).replace("|", " ").split()
    if not words:
        return None
    if len(words) == 1 and words[0] in _MARKS:
        return "mark"
    # (a row of a table by group, a cross in its group's column: "| Ablehnung |  | X |")
    if text.count("|") >= _TABLE_ROW_BORDERS and _EMPTY_INNER_CELL.search(text) is not None:
        return None
    marked = [w for w in words if w in _MARKS]
    if len(marked) == 1 and ticked(Piece(text, 0, len(text))).text != text:
        return "ticked"  # results side by side, one ticked ("[X] Zustimmung   [ ] Ablehnung")
    rest = " ".join(w for w in words if w not in _MARKS and w != _EMPTY_BOX)
    if not marked and words[0] == _EMPTY_BOX and words.count(_EMPTY_BOX) == 1 and rest:
        # an empty box before any other option of the form ("☐ verwiesen an: ______"): no
        # result, whatever it says
        return "box"
    # (a remark beside the result is none of it: "abweichend vom Beschlussvorschlag (siehe
    # Anmerkung)")
    if len(marked) > 1 or not rest or not vocab.is_status_value(_REMARK.sub("", rest)):
        return None
    if not marked and group_sides(text) is not None:
        return None  # "SPD         dafür": a group's side, no result with its box
    if marked and _EMPTY_BOX not in words:
        return "ticked"
    return "box"


def _unticked(block: list[Line]) -> Iterator[tuple[Line, ...]]:
    """A run as a count table: a checkbox result only where a box is ticked; otherwise its result
    lines are text, and the run is cut at them into the count tables around them."""
    texts = [_checkbox(line.piece.text) if line.kind == "text" else None for line in block]
    if any(t in ("mark", "ticked") for t in texts):
        yield tuple(block)
        return
    if (
        len(block) >= 2
        and texts[-1] is not None
        and not any(texts[:-1])
        and block[-2].kind == "count"
        and vocab.is_status_value(block[-1].piece.text)
    ):
        # one verdict under the counts, no box beside it: the vote's verdict ("… 2 Enthaltungen"
        # / "Abgelehnt")
        yield tuple(block)
        return
    part: list[Line] = []
    for line, t in zip(block, texts, strict=True):
        if t is None:
            part.append(line)
        elif part:
            yield tuple(part)
            part = []
    if part:
        yield tuple(part)


def _resolved(block: tuple[Line, ...], text: str) -> tuple[Line, ...]:
    """A vote block as its vote is read: of a checkbox result, only the ticked result (a result
    whose line a mark follows, or that carries its mark); a pipe row printed one cell a line as
    one line (its line breaks read as spaces: same length, same offsets)."""
    block = _ticked_columns(
        tuple(
            option for line in block if not _blank_form(line) for option in _ticked_options(line)
        ),
        text,
    )
    texts = [_checkbox(line.piece.text) if line.kind == "text" else None for line in block]
    out: list[Line] = []
    if any(t in ("mark", "ticked") for t in texts):
        for i, (line, t) in enumerate(zip(block, texts, strict=True)):
            after = texts[i + 1] if i + 1 < len(texts) else None
            if t == "ticked" or (t == "box" and after == "mark"):
                out.append(Line("text", _result_of(line.piece)))
            elif t is None:
                out.append(line)
    else:
        out = list(block)
    return tuple(_rows(out))


_RESULT: Final = re.compile(r"[^\sxX☒☑✓✔☐|](?:.*[^\sxX☒☑✓✔☐|])?")
"""The result in a checkbox row, without its marks."""
_BRACKETED_RESULT: Final = re.compile(r"[^\s\[\]()xX☒☑✓✔☐|](?:.*[^\s\[\]()xX☒☑✓✔☐|])?")
"""The same, where the boxes are written with brackets (``[X] abgelehnt``)."""


_REMARK: Final = re.compile(r"[ ]*\([^()]*\)")
"""A remark in parentheses beside a result (``abweichender Beschluss (siehe unten)``)."""
_TRAILING_REMARK: Final = re.compile(r"[ ]*\([^()]*\)?$")
"""The same, ending the result (its closing parenthesis cut off too, as a bracketed box's result
stops before it: ``[X] abweichend vom Beschlussvorschlag (siehe Anmerkung)``)."""


_ROW_LIKE: Final = re.compile(r"[ ]{2,}|\||\t|[0-9]{1,2}\.[0-9]{1,2}\.|[0-9]{4}-[0-9]{2}")
"""What a table's row holds and a line of prose does not: a column gap, a cell border, a date."""


def _table_end(lines: Sequence[Line]) -> int:
    """Where a table section (a Beratungsfolge) ends: before its first line of prose (``Der
    Ausschuss … und der Kreisausschuss haben die Vorlage jeweils``), else at its last line."""
    end = lines[0].piece.end
    for line in lines[1:]:
        text = line.piece.text.strip()
        if line.kind == "text" and _ROW_LIKE.search(text) is None and _prose(text):
            break
        # (nor the next section's heading: "Inhalt der Mitteilung:", "Sachverhalt:")
        if _SECTION_HEADING.fullmatch(text) is not None:
            break
        # (nor a motion's formula and its clauses: "Die Bezirksverordnetenversammlung möge
        # beschließen:" / "1. …")
        if line.kind == "text" and (
            _PROPOSAL_INTRO.match(line.piece.text) is not None or _frames_the_decision(text)
        ):
            break
        end = line.piece.end
    return end


_SECTION_HEADING: Final = re.compile(r"[A-ZÄÖÜ][\w-]*(?: [\w-]+){0,5}:")
"""A section's heading alone on its line, single-spaced (``Inhalt der Mitteilung:``): no row of
a table, whose cells stand apart."""
_PROSE_WORDS: Final = 5
"""A line with this many words in lower case or more, and no column gap or date, is prose, not
a table's row (``Rat der Stadt Musterstadt ungeändert beschlossen`` has three)."""


def _prose(line: str) -> bool:
    return sum(1 for word in line.split() if word[:1].islower()) >= _PROSE_WORDS


# A sentence that opens a proposal ("Der Beschlussvorschlag der Verwaltung lautet:", "Der Antrag
# der Fraktion lautet:"): what follows, its first paragraph and the numbered ones after it, is
# proposed, not decided
_PROPOSAL_INTRO: Final = re.compile(
    # (or the motion as the meeting changed it: "Der so geänderte Antrag lautet:")
    r"^[ ]*(?:Der|Die|Das)[ ]+(?:(?:(?:so[ ]+)?(?:geänderte|ergänzte)[ ]+)?"
    r"(?:Beschlussvorschlag|Beschlussentwurf|Beschlussantrag|Antrag"
    r"|Vorschlag|Beschlussempfehlung)\b[^\n:]{0,80}?\blautet"
    # a motion's formula: "Der Bauausschuss möge beschließen:", "Die Ratsversammlung wolle
    # beschließen:"
    # (also as typed without umlauts: "moege beschliessen:")
    r"|[^\n:]{1,80}?[ ](?:m(?:ö|oe)ge|wolle|m(?:ö|oe)chte)[ ]+(?:folgendes[ ]+)?"
    r"beschlie(?:ß|ss)en)[ ]*:[ ]*$"
    # a paper's request to the body: "Wir bitten, zu beschließen:", "Das Bezirksamt bittet,
    # folgenden Beschluss zu fassen:"
    r"|^[ ]*(?:Wir|(?:Der|Die|Das)[ ][^\n:]{1,80}?)[ ](?:bitten|bittet)[ ]*,?[ ]+"
    r"(?:[^\n:]{0,40}?[ ])?zu[ ]+(?:beschlie(?:ß|ss)en|fassen)[ ]*:[ ]*$"
    # a committee's recommendation to the body: "… und empfiehlt der Bezirksversammlung,
    # folgenden Beschluss zu fassen:"
    r"|^[^\n:]{0,200}?\bempfiehlt[ ][^\n:]{0,120}?(?:folgenden[ ]+Beschluss[ ]+zu[ ]+fassen"
    r"|zu[ ]+beschlie(?:ß|ss)en)[ ]*:[ ]*$",
    re.MULTILINE,
)
_BLANK_LINE_AT: Final = re.compile(r"\n(?=\n)")
"""Where a blank line starts (``\n\n``, each of a run of them)."""
_NUMBERED_PARAGRAPH: Final = re.compile(r"[ ]*(?:[0-9]{1,2}[.)]|[a-z]\))[ ]")


EXCERPT_TITLE: Final = (
    r"(?:Auszug[ ]+aus[ ]+(?:dem|der)[ ]+(?:Protokoll|Niederschrift)|Protokollauszug"
    r"|Beschlussauszug)\b"
)
"""The words that open the title of an excerpt of the minutes (``Auszug aus der Niederschrift
über die Sitzung des Rates vom 14.12.2031, TOP 9:``), its record below it."""
_RECORD_BELOW: Final = re.compile(
    r"[ ]*" + EXCERPT_TITLE + r"[^\n:]{0,120}(?::|\n[^\n:]{0,60}:)[ ]*\n"
)
"""An excerpt's title, its colon at the end of its line or of the next (a wrapped title)."""


def _record_under_reasons(sections: Sequence[Section], text: str) -> list[Section]:
    """Sections with the record of the sitting set apart from the paper's reasons above it
    (``Begründung:`` / … / "" / ``Auszug aus der Niederschrift über die Sitzung des Rates vom
    04.12.2031, TOP 9:`` / ``Auf Antrag … verweist der Rat die Vorlage …`` /
    ``Abstimmungsergebnis: …``): what the body did is no reason for the proposal. The record
    begins at an excerpt's title after a blank line or a sentence's end, its vote's heading
    right below it, and tells an act of the body."""
    out: list[Section] = []
    for section, after in itertools.zip_longest(sections, sections[1:]):
        marker = section.marker
        if (
            marker is None
            or marker.kind != "field"
            or not _is_metadata(marker)
            or after is None
            or after.marker is None
            or after.marker.kind != "vote_heading"
        ):
            out.append(section)
            continue
        lines = section.lines
        at = next(
            (
                i
                for i in range(len(lines) - 1, 0, -1)
                if (
                    lines[i].piece.start - lines[i - 1].piece.end > 1
                    or lines[i - 1].piece.text.rstrip().endswith((".", "!", "?"))
                )
                and _RECORD_BELOW.match(text, lines[i].piece.start) is not None
            ),
            None,
        )
        if at is None or vocab.act_of([" ".join(ln.piece.text for ln in lines[at:])]) is None:
            out.append(section)  # (a record of the debate alone: the vote below tells the act)
            continue
        out += [Section(marker, lines[:at]), Section(None, lines[at:])]
    return out


# A line that heads the record of the sitting under a proposal, the grammar's label or not
# ("Protokollvermerk aus der Sitzung des Verkehrsausschusses vom 18.04.2024:", "Beratungsergebnis:",
# "Abstimmungsergebnis:"): the proposal ends before it
_RECORD_HEADING: Final = re.compile(
    # (an excerpt of it: "Auszug aus dem Beschlussprotokoll der Sitzung vom 21.09.2023, TOP 9:")
    r"[ ]*(?:Auszug[ ]+aus[ ]+(?:dem|der)[ ]+)?"
    r"(?:Protokoll(?:vermerk|auszug|notiz)?|Niederschrift|Beratungsergebnis(?:se)?|Ergebnis(?:se)?"
    # (or the deliberation before it: "Vorberatung im Haupt- und Finanzausschuss am 19.11.2024:")
    r"|Abstimmung(?:sergebnis)?|Beschluss(?:fassung|protokoll)?|Vorberatung)\b[^\n:]{0,120}:[ ]*$"
)


_RECORD_LINE: Final = re.compile(
    r"(?m)^(?:"
    + _RECORD_HEADING.pattern
    # (or a result's field with its value on its line: "Beratungsergebnisse: 28. Sitzung des
    # OBR 3 am 18.04.2030", "Beschluss: Anregung an den Magistrat …", where an export dropped
    # the blank line above it)
    + r"|[ ]*(?:Beratungsergebnis(?:se)?|Beschluss|Abstimmungsergebnis)[ ]*:[ ]*\S)"
)


_DATED_ROW: Final = re.compile(
    r"[ \t]*\|?[ \t]*[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{2,4}[ \t]*\|(?:[^|\n]*\|){2,}"
)
"""A table's row that opens with a day and has three cells more at least (a list of decisions
taken on their days, each with its paper and its state)."""


def _proposal_end(lines: Sequence[Line]) -> int:
    """Where a proposal's section ends: at its last line, or before a line (not its first) that
    heads the sitting's record, or before a line that opens a paragraph or a sentence and tells,
    within a few lines, a motion made in the sitting (``Kreistagsabgeordneter R. erklärt, … Er
    beantragt, die Beratung zu vertagen.``): the debate, no part of what was proposed."""
    for i, line in enumerate(lines[1:], 1):
        if _RECORD_HEADING.match(line.piece.text):
            return line.piece.start
        before = lines[i - 1].piece
        opens = line.piece.start - before.end > 1 or before.text.rstrip().endswith((".", "!", "?"))
        if opens and _moved_in_the_sitting(lines, i):
            return line.piece.start
    return lines[-1].piece.end


_MOTION_REACH: Final = 3
"""The lines from a paragraph's or sentence's start within which a motion told ends a proposal."""


def _moved_in_the_sitting(lines: Sequence[Line], first: int) -> bool:
    """Whether the lines from ``lines[first]`` on (:data:`_MOTION_REACH` at most, within its
    paragraph) tell a motion made in the sitting (:data:`vocab.MOVED`)."""
    for i in range(first, min(len(lines), first + _MOTION_REACH)):
        if i > first and lines[i].piece.start - lines[i - 1].piece.end > 1:
            return False  # (the paragraph's end)
        if vocab.MOVED.search(vocab.key(lines[i].piece.text)):
            return True
    return False


def _proposals_in_prose(text: str) -> Iterator[tuple[int, int]]:
    if (
        "lautet" not in text
        and "beschließen" not in text
        and "beschliessen" not in text
        and "fassen" not in text
    ):
        return
    # (the blank lines and the record's headings found once: read again from each formula, a
    # long text of formulas without a blank line took quadratic time)
    blanks: list[int] | None = None
    records: list[tuple[int, int]] = []
    for intro in _PROPOSAL_INTRO.finditer(text):
        if blanks is None:
            blanks = [m.start() for m in _BLANK_LINE_AT.finditer(text)]
            records = [(m.start(), m.end()) for m in _RECORD_LINE.finditer(text)]
        end = pos = intro.end()
        first = True
        while pos < len(text):
            while text.startswith("\n", pos):
                pos += 1
            at = bisect.bisect_left(blanks, pos)
            stop = blanks[at] if at < len(blanks) else len(text)
            # (or a line that heads the sitting's record, where no blank line stands before it:
            # "… möge beschließen:" / the motion / "Protokoll:" / the debate)
            at = bisect.bisect_left(records, (pos, -1))
            if at < len(records) and pos < records[at][0] and records[at][1] <= stop:
                stop = records[at][0] - 1
            if not first and not _NUMBERED_PARAGRAPH.match(text, pos):
                break
            end, pos, first = stop, stop, False
        yield intro.start(), end


def pipe_cells(piece: Piece) -> list[Piece]:
    """The cells of a pipe row, empty ones too (the opening and closing borders open none)."""
    text = piece.text.rstrip(" ")
    text = text[:-1] if text.endswith("|") else text
    pos = 0
    if text.lstrip(" ").startswith("|"):
        pos = text.index("|") + 1
        text = text[pos:]
    cells: list[Piece] = []
    for part in text.split("|"):
        lead = len(part) - len(part.lstrip(" "))
        cell = part.strip(" ")
        start = piece.start + pos + lead
        cells.append(Piece(cell, start, start + len(cell)))
        pos += len(part) + 1
    return cells


def _ticked_columns(block: tuple[Line, ...], text: str) -> tuple[Line, ...]:
    """A checkbox result as a table: a row of results (``| einstimmig | mehrheitlich | abgelehnt
    |``) over a row of their boxes, one ticked (``| ☐ | ☒ | ☐ |``): the ticked column's result
    alone, in place of both rows; with columns of counts beside them (``| Ja | Nein | Enthaltung
    |`` over ``| 12 | 3 | – |``), each count's label and number after it. Any other block as it
    is."""
    out = list(block)
    i = 0
    while i + 1 < len(out):
        head, boxes = out[i], out[i + 1]
        found = _column_result(head, boxes, text) if head.kind == boxes.kind == "text" else None
        if found is not None:
            out[i : i + 2] = found
        i += 1
    return tuple(out)


def _column_result(head: Line, boxes: Line, text: str) -> list[Line] | None:
    """The ticked columns' results of a result row over a box row, and its counts' labels and
    numbers (see :func:`_ticked_columns`)."""
    if "|" not in boxes.piece.text or len(boxes.piece.text) > _LONGEST_ROW * 4:
        return None
    cells = _row_cells(boxes.piece, text)
    labels = _row_cells(head.piece, text) if "|" in head.piece.text else []
    if len(cells) < 2 or len(labels) != len(cells):
        return None
    ticked: list[Line] = []
    counts: list[Line] = []
    for label, cell in zip(labels, cells, strict=True):
        if vocab.COUNT_KEYS.get(vocab.key(label.text)) in _SIDES:
            if cell.text and not _COUNT_CELL.fullmatch(cell.text):
                return None
            if cell.text:
                counts += [Line("text", label), Line("text", cell)]
        elif (cell.text not in _MARKS and cell.text not in ("", _EMPTY_BOX)) or (
            not vocab.is_status_value(label.text)
        ):
            return None
        elif cell.text in _MARKS:
            ticked.append(Line("text", label))
    # (one result ticked where the row offers only results; where it counts too, a result and
    # whether it follows the proposal: "mit Stimmenmehrheit" and "lt. Beschlussvorschlag")
    if not ticked or (len(ticked) > 1 and not counts):
        return None
    return [*ticked, *counts]


def _column_tables(
    lines: Sequence[Line], counted: Sequence[tuple[Line, ...]], text: str
) -> Iterator[tuple[Line, Line]]:
    """The result tables among ``lines`` that no count block holds: a row of results over its
    row of marks (:func:`_column_result`), as one vote block."""
    taken = {line.piece.start for block in counted for line in block}
    for head, boxes in itertools.pairwise(lines):
        if (
            head.kind == boxes.kind == "text"
            and "|" in head.piece.text
            and head.piece.start not in taken
            and boxes.piece.start not in taken
            and _column_result(head, boxes, text) is not None
        ):
            yield head, boxes


def _row_cells(piece: Piece, text: str) -> list[Piece]:
    """The cells of a pipe row (:func:`pipe_cells`), with the empty ones that open its line
    before the piece (``|      |   X   |``: the line's piece starts at the ``X``)."""
    line_start = text.rfind("\n", 0, piece.start) + 1
    before = text[line_start : piece.start]
    if before.strip(" |") or before.count("|") < 2:
        return pipe_cells(piece)
    return [Piece("", piece.start, piece.start)] * (before.count("|") - 1) + pipe_cells(piece)


_COUNT_CELL: Final = re.compile(r"[0-9]{1,3}|[-–—]")
"""A count's cell in a result row: its number, or a dash for none."""


_EMPTY_FIELD: Final = re.compile(r"[ \t|]*[^\s:|][^\n:|]{0,60}:[ \t|_.]*")
"""A form's field with nothing after its label (``Ja-Stimmen:``)."""


_BLANKS: Final = re.compile(r"_{2,}")


def _blank_counts(text: str) -> bool:
    """Whether ``text`` is a form's row of counts left empty, its labels each before a blank
    (``Ja ____    Nein ____    Enthaltung ____``), two at least."""
    if len(text) > _LONGEST_ROW * 2:
        return False
    labels = [part.strip(" |:.") for part in _BLANKS.split(text)]
    labels = [label for label in labels if label]
    return len(labels) >= 2 and all(vocab.key(label) in vocab.COUNT_KEYS for label in labels)


def _blank_form(line: Line) -> bool:
    """A row of results each with its box, none ticked (``☐ einstimmig   ☐ mit ___ Ja ___ Nein
    ___ Enthaltungen   ☐ abgelehnt   ☐ verwiesen``), or only a box that is no result (``☒ siehe
    Protokoll``): a form not filled in, which says nothing."""
    text = line.piece.text
    if line.kind == "text" and "___" in text and _blank_counts(text):
        return True  # "Ja ____    Nein ____    Enthaltung ____": the counts' fields left empty
    if line.kind != "text" or len(text) > _LONGEST_ROW * 4 or not any(c in text for c in "[(☐"):
        return False
    boxes = list(_BOX.finditer(text))
    if len(boxes) == 1:
        # one option a line, its box left empty ("[ ] einstimmig angenommen" / "[ ] mit _____ :
        # _____ Stimmen angenommen" / "[ ] abgelehnt")
        box = boxes[0]
        option = text[box.end() :].strip(" |")
        return (
            box.group().replace(" ", "") in ("[]", _EMPTY_BOX)
            and not text[: box.start()].strip(" |")
            and bool(option)
            and ("___" in option or vocab.is_status_value(_REMARK.sub("", option)))
        )
    if len(boxes) < 2:
        return False
    ends = [b.start() for b in boxes[1:]] + [len(text)]
    labels = [
        _REMARK.sub("", text[b.end() : end]).strip(" |") for b, end in zip(boxes, ends, strict=True)
    ]
    return not any(
        (b.group("tick") or b.group("glyph") in ("☒", "☑"))
        # (a ticked box that is no result, "☒ siehe Protokoll", says nothing of it either; a
        # box without its label stands under it, in a row of its own)
        and (not label or vocab.is_status_value(label))
        for b, label in zip(boxes, labels, strict=True)
    )


def _form_rows(lines: Iterable[Line]) -> tuple[list[Line], list[tuple[Line, ...]]]:
    """``lines`` as prose and as a form's rows of results side by side with their boxes: a row
    with one ticked is the ticked result, a vote block of its own (not prose, whose sentences
    would run on into the rows' other results: ``☐ vertagt``, ``☐ verwiesen``); a row with none
    ticked says nothing and is neither."""
    prose: list[Line] = []
    forms: list[tuple[Line, ...]] = []
    for line in lines:
        if line.kind == "text" and _blank_form(line):
            continue
        result = _ticked_option(line)
        if result is line:
            prose.append(line)
        else:
            forms.append((result,))
    return prose, forms


def _ticked_option(line: Line) -> Line:
    """A line of results side by side, each with its box, one of them ticked: the ticked result
    alone (see :func:`ticked`). Any other line as it is."""
    if line.kind != "text":
        return line
    piece = ticked(line.piece)
    return line if piece is line.piece else Line("text", piece)


def _ticked_options(line: Line) -> tuple[Line, ...]:
    """A line of results side by side, each with its box: the ticked one alone
    (:func:`_ticked_option`); or, where two or more are ticked, each of them a line of its own
    (``☐ einstimmig   ☒ mit Stimmenmehrheit   ☐ abgelehnt   ☒ mit Änderungen``: how, and what)."""
    one = _ticked_option(line)
    if one is not line or line.kind != "text":
        return (one,)
    row = _box_row(line.piece)
    if row is None:
        return (line,)
    marked = [span for span, is_ticked in row if is_ticked]
    labels = [_REMARK.sub("", line.piece.text[a:b]).strip(" |") for a, b in marked]
    # (each ticked one a result, or a change: "mit Änderungen")
    if len(marked) < 2 or not all(
        vocab.is_status_value(label) or vocab.amended_of(label) for label in labels
    ):
        return (line,)
    return tuple(Line("text", _box_label(line.piece, a, b)) for a, b in marked)


def _box_row(piece: Piece) -> list[tuple[tuple[int, int], bool]] | None:
    """Each box's label in a row of boxes side by side (``[ ] einstimmig   [X] mehrheitlich``),
    as its stretch in ``piece.text`` and whether its box is ticked; None where ``piece`` is no
    such row (two boxes at least, the first opening it)."""
    text = piece.text
    if len(text) > _LONGEST_BOX_ROW or not any(c in text for c in "[(☐"):
        return None
    boxes = list(_BOX.finditer(text))
    if len(boxes) < 2 or text[: boxes[0].start()].strip(" |"):
        return None
    ends = [b.start() for b in boxes[1:]] + [len(text)]
    return [
        ((b.end(), end), bool(b.group("tick")) or b.group("glyph") in ("☒", "☑"))
        for b, end in zip(boxes, ends, strict=True)
    ]


def _box_label(piece: Piece, a: int, b: int) -> Piece:
    """A box's label (``piece.text[a:b]``) as a piece, without the blanks and the remark after
    it (``abweichender Beschluss (siehe unten)``)."""
    label = piece.text[a:b]
    lead = len(label) - len(label.lstrip(" |"))
    value = _TRAILING_REMARK.sub("", label.strip(" |"))
    start = piece.start + a + lead
    return Piece(value, start, start + len(value))


def ticked(piece: Piece) -> Piece:
    """Of results side by side, each with its box (``[ ] einstimmig   [X] mehrheitlich   [ ]
    abgelehnt``, ``☐ laut Beschlussvorschlag   ☒ abweichender Beschluss (siehe unten)``, and
    at most one box that is no result: ``☐ siehe Protokoll``), one of them ticked: the ticked
    result alone; ``piece`` itself where it is no such row."""
    row = _box_row(piece)
    if row is None:
        return piece
    results = [
        vocab.is_status_value(_REMARK.sub("", piece.text[a:b]).strip(" |")) for (a, b), _ in row
    ]
    marked = [i for i, (_, is_ticked) in enumerate(row) if is_ticked]
    # results all but one (``☐ siehe Protokoll`` beside them), and the ticked one a result
    if len(marked) != 1 or results.count(False) > 1 or not results[marked[0]]:
        return piece
    a, b = row[marked[0]][0]
    return _box_label(piece, a, b)


_BOX_ROW: Final = re.compile(r"[ ]*(?:" + _BOX.pattern + r")[ ]*(?P<label>\S[^\n]*)")
"""A line of a column of boxes (``☒ mit Änderungen (siehe unten)``, ``[ ] abgelehnt``)."""
_COLUMN_ROWS: Final = 8


def ticked_column(text: str, after: int) -> Piece | None:
    """The one ticked row's result of a column of boxes on the lines right after ``after`` (``☐
    gemäß Beschlussvorschlag`` / ``☒ mit Änderungen (siehe unten)`` / ``☐ abgelehnt``), without
    its remark; None where there is no such column (two rows at least) or not one ticked row."""
    at = text.find("\n", after)
    rows: list[re.Match[str]] = []
    while at != -1 and len(rows) < _COLUMN_ROWS:
        end = text.find("\n", at + 1)
        row = _BOX_ROW.fullmatch(text, at + 1, len(text) if end == -1 else end)
        if row is None:
            break
        rows.append(row)
        at = end
    marked = [r for r in rows if r.group("tick") or r.group("glyph") in ("☒", "☑")]
    if len(rows) < 2 or len(marked) != 1:
        return None
    label = _TRAILING_REMARK.sub("", marked[0].group("label"))
    start = marked[0].start("label")
    return Piece(label, start, start + len(label))


_RESULT_AT_END: Final = re.compile(r"(?<=[ \t][ \t])\[(?P<said>[^\[\]\n]{3,60})\][ ]*$")
"""A line's last cell, after a column's gap: a result in brackets (``[einstimmig beschlossen]``;
the gap looked behind at, not matched: a long run of blanks is not tried from each of them)."""


def _result_at_end(piece: Piece) -> Piece | None:
    """The result in brackets that ends a line after a column's gap (an item's line in a list
    of a sitting's decisions), where it is a result's words; None for any other line."""
    m = _RESULT_AT_END.search(piece.text)
    if m is None or not vocab.is_status_value(m.group("said")):
        return None
    return Piece(m.group("said"), piece.start + m.start("said"), piece.start + m.end("said"))


def _result_of(piece: Piece) -> Piece:
    """The result of a checkbox row, without its marks and a remark that ends it (``[X]
    abweichend vom Beschlussvorschlag (siehe Anmerkung)``)."""
    if ("[" in piece.text or "(" in piece.text) and _BOX.search(piece.text):
        # boxes in brackets: the result between them
        m = _BRACKETED_RESULT.search(piece.text)
    else:
        m = _RESULT.search(piece.text)
    if m is None:
        return piece
    # (the bracketed result stops before the remark's closing parenthesis)
    value = _TRAILING_REMARK.sub("", m.group())
    return Piece(value, piece.start + m.start(), piece.start + m.start() + len(value))


def _rows(lines: Sequence[Line]) -> Iterator[Line]:
    """Lines with each pipe row printed one cell a line (``Anwesend: |`` / ``14 |`` / …) made one
    count line."""
    i = 0
    while i < len(lines):
        line = lines[i]
        j = i + 1
        if line.kind in ("count", "label") and _EMPTY_CELL.search(line.piece.text):
            while (
                j < len(lines)
                and lines[j].kind in ("text", "value")
                and _CELL_END.search(lines[j].piece.text)
            ):
                j += 1
        if j == i + 1:
            yield line
        else:
            parts: list[str] = []
            end = line.piece.start
            for cell in lines[i:j]:
                if parts:  # the line break and indentation between two cells, as spaces
                    parts.append(" " * (cell.piece.start - end))
                parts.append(cell.piece.text)
                end = cell.piece.end
            yield Line("count", Piece("".join(parts), line.piece.start, end))
        i = j


_STATUS_FIELDS: Final = frozenset(
    {
        "beschluss",
        "beschlussart",
        "beschlussstatus",
        "ergebnis",
        # (the other names of the field: "Beratungsergebnis:" over "mehrheitlich zugestimmt")
        "beratungsergebnis",
        "beschlussergebnis",
        "ergebnis der beratung",
        "erledigung",
        "art der erledigung",
        "entscheidung",
        "beschlussfassung",
    }
)
"""Labels of a status field (not of a heading such as ``Beschlussempfehlung an den Rat:``)."""


def _status_below(section: Section) -> Section:
    """``Beschluss:`` with its value on the line below (``abgelehnt``): the value is the
    status, as if it stood after the label."""
    marker = section.marker
    if (
        marker is None
        or marker.kind != "status"
        or vocab.key(marker.label.text) not in _STATUS_FIELDS
        or marker.rest is not None
        or not section.lines
        or section.lines[0].kind != "text"
        or not vocab.is_status_value(ticked(section.lines[0].piece).text)
        # (a form's option with its box left empty, "[ ] einstimmig angenommen", is none)
        or _blank_form(section.lines[0])
        # (nor is a table's row of the results it offers: "| einstimmig | mehrheitlich |
        # abgelehnt |", its marks below)
        or sum(bool(cell.text) for cell in pipe_cells(section.lines[0].piece)) > 1
    ):
        return section
    value, *rest = section.lines
    return Section(replace(marker, rest=ticked(value.piece)), tuple(rest))


def _wrapped_on(first: Piece, lines: Sequence[Line], text: str) -> tuple[Line, ...]:
    """The lines a hard wrap broke a sentence onto: ``Abstimmungsergebnis: Mehrheitlich gegen die
    CDU-Fraktion bei`` / ``Enthaltung der FDP-Fraktion zugestimmt.`` is one vote text. A line
    goes on where the one before breaks off mid-phrase (after an article, a preposition or a
    conjunction, or a number word before its count's noun), or where it opens with an article or
    a joining word (``… und Enthaltung`` / ``der Fraktion DIE LINKE``), and no blank line stands
    between them."""
    out: list[Line] = []
    last = first
    depth = 0  # a remark in parentheses that opened under the result and goes on
    for line in lines:
        opens = _SIDES_REMARK.match(line.piece.text) is not None
        if (opens or depth > 0) and text.count("\n", last.end, line.piece.start) <= 1:
            # "51 Ja / 30 Nein / 1 Enthaltung" / "(dafür: GRÜNE, SPD; dagegen: CDU, FDP;" /
            # "Enthaltung: Ratsmitglied Dr. Kranz)": who voted how, wrapped, one vote text
            depth = max(0, depth + line.piece.text.count("(") - line.piece.text.count(")"))
            out.append(Line("text", line.piece))  # (its labels inside the remark: one text)
            last = line.piece
            continue
        words = last.text.split()
        broken = bool(words) and words[-1].lower() in vocab.MID_PHRASE_WORDS
        # "… bei einer Gegenstimme und zwei" / "Enthaltungen": a number word waits for its noun
        counting = bool(words) and words[-1].lower() in vocab.NUMBER_WORDS and line.kind == "label"
        # "… und Enthaltung" / "der Fraktion DIE LINKE": a line that opens with a small word goes
        # on with the sentence (not a part's letter, "b) …")
        lower = line.kind == "text" and _GOES_ON_LOWER.match(line.piece.text) is not None
        # "49 Ja-Stimmen, 10 Nein-Stimmen, 1 Stimmenthaltung" / "zugestimmt gegen die Stimmen
        # der AfD-Fraktion": the verdict in lower case under the counts goes on with them
        lower = lower or (line.kind == "text" and _VERDICT_LOWER.match(line.piece.text) is not None)
        # ("… bei Gegenstimmen der AfD-Fraktion und" / "2 Enthaltungen (FDP)": the count the
        # sentence broke off before)
        # ("angenommen mit 33 Ja-Stimmen (SPD, GRÜNE, LINKE) gegen" / "24 Nein-Stimmen …": a
        # count opening with its number after a word that leads to one)
        to_a_count = (
            bool(words)
            and words[-1].lower() in _GOES_ON_TO_A_COUNT
            and line.kind == "count"
            and line.piece.text[:1].isdigit()
        )
        if (
            not (broken and line.kind in ("text", "count"))
            and not to_a_count
            and not counting
            and not lower
        ):
            break
        if text.count("\n", last.end, line.piece.start) > 1:
            break
        # (the noun, no label; a count the sentence goes on with, one text with it)
        out.append(Line("text", line.piece) if counting or to_a_count else line)
        last = line.piece
    return tuple(out)


_SIDES_REMARK: Final = re.compile(
    r"[ ]*\((?:[ ]*(?i:dafür|dagegen|ja|nein|zustimmung|ablehnung|für|gegen)[ ]*:[ ]*[A-ZÄÖÜ]"
    r"|=[ ]*[A-ZÄÖÜ]"
    # (or how it went: "10 Ja-Stimmen, 0 Nein-Stimmen, 1 Enthaltung" / "(einstimmig bei einer
    # Enthaltung)")
    r"|[ ]*(?i:einstimmig|mehrheitlich)\b)"
)
"""A remark in parentheses that opens with a side and the groups on it (``(dafür: GRÜNE, SPD;``),
or Frankfurt's side of the groups before it, wrapped (``… gegen LINKE und AfD`` / ``(=
Ablehnung)``), or with how the vote went (``(einstimmig bei einer Enthaltung)``)."""
_GOES_ON_LOWER: Final = re.compile(r"[ ]*(?:der|des|den|dem|von|vom|durch|sowie|und)[ ]")
"""A line that opens with an article or a joining word: it goes on with the line above."""
_VERDICT_LOWER: Final = re.compile(
    r"[ ]*(?:zugestimmt|angenommen|beschlossen|abgelehnt|einstimmig|mehrheitlich)\b"
)
"""A line that opens with a verdict in lower case: it goes on with the result above it."""

_GOES_ON_TO_A_COUNT: Final = frozenset({"bei", "mit", "und", "sowie", "gegen", "zu", "von"})
"""Words a sentence breaks off with before a count it goes on with (``… mit 9 Ja-Stimmen bei``
/ ``39 Gegenstimmen …``)."""


_COUNT_AND_COMMA: Final = re.compile(r"[ ][0-9]{1,3}[ ]+[^\s,]+,[ ]*$")
"""A sentence's line that ends with a count and a comma: the next count goes on with it."""


def _sentence_goes_on(section: Section, text: str) -> Section:
    """The section with each count line that a sentence of prose was wrapped onto read as text:
    ``Der Änderungsantrag wird mit 9 Ja-Stimmen bei`` / ``39 Gegenstimmen und 2 Enthaltungen
    abgelehnt.`` is one sentence, where the line before breaks off mid-phrase and no blank line
    stands between them."""
    lines = list(section.lines)
    changed = False
    for i in range(1, len(lines)):
        before, line = lines[i - 1], lines[i]
        # (a count that opens with its number: a label's line, ``Anwesend: 14``, heads a table)
        if line.kind != "count" or before.kind != "text" or not line.piece.text[:1].isdigit():
            continue
        words = before.piece.text.split()
        if not words or (
            words[-1].lower() not in _GOES_ON_TO_A_COUNT
            # "… wird mit 9 Ja-Stimmen," / "19 Nein-Stimmen und 1 Enthaltung abgelehnt."
            and _COUNT_AND_COMMA.search(before.piece.text) is None
        ):
            continue
        if text.count("\n", before.piece.end, line.piece.start) > 1:
            continue
        lines[i] = Line("text", line.piece)
        changed = True
    return Section(section.marker, tuple(lines)) if changed else section


_QUOTED_FIRST: Final = re.compile(r"[\"„»“][ ]?(?P<number>1[.)]|a\)|I\.)[ ]+(?=\S)")
"""A decided text quoted whole: its first clause's number behind the opening quote."""
_SECOND: Final = {"1.": "2.", "1)": "2)", "a)": "b)", "I.": "II."}


def _quoted_clauses(section: Section) -> Section:
    """The section with a decided text quoted whole read as its clauses: ``"1. Die Verwaltung
    wird beauftragt, …`` over ``2. Die Öffentlichkeit …"`` — the first clause's number stands
    behind the opening quote, so it opened a text line; it is a clause where the next clause of
    the section goes on with its numbering (a quoted title such as ``„1. Änderung des
    Bebauungsplans"`` has no second clause after it)."""
    lines = section.lines
    if not any(line.kind == "text" and line.piece.text[:1] in '"„»“' for line in lines):
        return section  # (speed: most sections quote no clause)
    out = list(lines)
    # the next clause line after each line, found in one pass from the end (a forward search
    # from each quoted line would be quadratic in a section of many)
    following: list[Line | None] = [None] * len(lines)
    for i in range(len(lines) - 2, -1, -1):
        later = lines[i + 1]
        following[i] = later if later.kind == "clause" else following[i + 1]
    for i, line in enumerate(lines):
        m = _QUOTED_FIRST.match(line.piece.text) if line.kind == "text" else None
        if m is None:
            continue
        after = following[i]
        if after is None or after.number is None or after.number.text != _SECOND[m["number"]]:
            continue
        piece, at = line.piece, line.piece.start
        out[i] = Line(
            "clause",
            piece,
            Piece(m["number"], at + m.start("number"), at + m.end("number")),
            Piece(piece.text[m.end() :], at + m.end(), piece.end),
        )
    return Section(section.marker, tuple(out))


def _retyped(section: Section) -> Section:
    """The section with the numbers that stand alone outside a count table read as text."""
    if not any(line.kind == "value" for line in section.lines):
        return section
    tabled = {
        line.piece.start
        for block in _count_blocks(section.lines)
        if any(line.kind != "value" for line in block)
        for line in block
    }
    return Section(
        section.marker,
        tuple(
            Line("text", line.piece)
            if line.kind == "value" and line.piece.start not in tabled
            else line
            for line in section.lines
        ),
    )


_GROUPS_SIDE: Final = re.compile(
    r"[ ]*(?P<names>[^:\n]{1,160}?)(?:[ ]*:[ ]*|[ ]{2,})(?:(?P<n>[0-9]{1,3})[ ]+)?"
    r"(?P<side>[^\W\d][\w-]*)[ .]*"
)
_NAME_PARTS: Final = re.compile(r"[ ]*(?:,|;|\bund\b|\bsowie\b)[ ]*")
_SIDES: Final = frozenset({"yes", "no", "abstain"})


def group_sides(text: str) -> tuple[str, list[tuple[int, int]], int | None] | None:
    """A line that names groups and then, after a colon or a column's gap, their side in one
    word (``SPD, B90/Grüne, FWG:   dafür``, ``CDU: dagegen``, ``GRÜNE     Enthaltung``), maybe
    with the group's number of votes before it (``GRÜNE     4 dafür``): the side (``yes``,
    ``no``, ``abstain``), where each name stands in ``text``, and that number (of one group
    only); None for any other line (a name no group's, a word no side's)."""
    if len(text) > 200 or (":" not in text and "  " not in text):  # (speed: most lines)
        return None
    m = _GROUPS_SIDE.fullmatch(text)
    if m is None:
        return None
    side = vocab.COUNT_KEYS.get(vocab.key(m.group("side")))
    if side not in _SIDES:
        return None
    names: list[tuple[int, int]] = []
    start, end = m.span("names")
    pos = start
    for sep in [*_NAME_PARTS.finditer(text, start, end), None]:
        a, b = (sep.start(), sep.end()) if sep is not None else (end, end)
        name = text[pos:a]
        if not name or not vocab.names_a_group(name) or vocab.is_person(name):
            return None
        names.append((pos, a))
        pos = b
    number = m.group("n")
    if number is not None and len(names) > 1:
        return None  # "CDU, SPD  12 dafür": whose twelve is not told
    return side, names, int(number) if number is not None else None


def _sides_below(sections: Sequence[Section]) -> list[Section]:
    """Sections with the lines of a vote's sides put back in it: a group's name read as a field's
    label (``CDU:   dagegen`` below ``Abstimmungsergebnis …`` and ``SPD, FWG:   dafür``) is one
    more line of the vote, not a field of the header."""
    out: list[Section] = []
    for section in sections:
        marker = section.marker
        before = out[-1] if out else None
        if (
            before is not None
            and marker is not None
            and marker.kind == "field"
            and marker.rest is not None
            and (
                (before.marker is not None and before.marker.kind == "vote_heading")
                or (before.lines and group_sides(before.lines[-1].piece.text) is not None)
            )
        ):
            gap = " " * (marker.rest.start - marker.label.end)  # (spaces between them)
            line = Piece(
                marker.label.text + gap + marker.rest.text, marker.label.start, marker.rest.end
            )
            if group_sides(line.text) is not None:
                out[-1] = Section(
                    before.marker, (*before.lines, Line("text", line), *section.lines)
                )
                continue
        out.append(section)
    return out


def _paper_under_heading(sections: Sequence[Section]) -> list[Section]:
    """Sections with a decided text given back to its heading where the paper's field stands
    between them (``Beschluss:`` / ``Vorlage: FB 61/0698/WP18`` / ``Die Bezirksvertretung nimmt
    …``, a print view's order): the text below the field is the heading's, the field keeps its
    value."""
    out: list[Section] = []
    for section in sections:
        before = out[-1] if out else None
        marker = section.marker
        if (
            before is not None
            and before.marker is not None
            and _is_heading(before.marker)
            and before.marker.rest is None
            and not before.lines
            and marker is not None
            and marker.kind == "paper"
            and marker.rest is not None
            and any(line.kind == "text" for line in section.lines)
        ):
            out[-1] = Section(before.marker, section.lines)
            out.append(Section(marker, ()))
            continue
        out.append(section)
    return out


def results_before_the_decision(markers: Sequence[Marker]) -> frozenset[int]:
    """The positions in ``markers`` of a named body's result (``Beratungsergebnis des
    Hauptausschusses vom 02.09.2024:``) right above the text's own decision heading
    (``Beschluss:``): another body's, given before this one decided (a ``Beratungsergebnis:``
    under each decision is its own). One pass from the end, so a text of many markers costs
    no more than its length."""
    if not any("rgebnis " in m.label.text or "RGEBNIS " in m.label.text for m in markers):
        return frozenset()  # (no body's result named: a cheap test first, speed)
    found: set[int] = set()
    decision_follows = False  # whether the next status or vote heading below is "Beschluss"
    for i in range(len(markers) - 1, -1, -1):
        m = markers[i]
        label = vocab.key(m.label.text)
        if decision_follows and label.startswith("beratungsergebnis "):  # a body named
            found.add(i)
        if m.kind in ("status", "vote_heading"):
            decision_follows = label == "beschluss"
    return frozenset(found)


def _another_sitting_told(last: Line, line: Line, text: str) -> bool:
    """Whether ``line`` opens a paragraph, after a blank line below ``last``, that tells of
    another, dated sitting or decision (``… hatte in seiner Sitzung am 02.09.2024 einstimmig
    empfohlen``, ``… mit Beschluss vom 27.11.2023 zur Kenntnis genommen``), of a motion
    before this vote (``Die SPD-Fraktion hatte zuvor beantragt, …``); or whose line opens with
    the next vote, announced and told, or the vote before it (:data:`_NEXT_VOTE_TOLD`; a blank
    line before it or none)."""
    if line.kind != "text":
        return False
    stop = text.find("\n\n", line.piece.start, line.piece.start + _TOLD_REACH)
    end = stop if stop >= 0 else min(len(text), line.piece.start + _TOLD_REACH)
    if _NEXT_VOTE_TOLD.match(text, line.piece.start, end) is not None:
        return True  # (its line opens it: also where an export lost the blank lines)
    if text.count("\n", last.piece.end, line.piece.start) < 2:
        return False
    return _SITTING_DATED.search(text, line.piece.start, end) is not None


_SITTING_DATED: Final = re.compile(
    r"\b(?:in|auf)\s(?:seiner|ihrer)\s(?:\w+\s)?Sitzung\s(?:am|vom)\s\d{1,2}\.\s?\d{1,2}\."
    # an earlier decision by its date: "… hatte die Errichtung mit Beschluss vom 27.11.2023 …
    # zur Kenntnis genommen"
    r"|\b(?:mit|durch|per)\s(?:[\w-]*[Bb]eschluss)\s(?:vom|am)\s\d{1,2}\.\s?\d{1,2}\."
    # a motion before this vote, told in the pluperfect: "Die SPD-Fraktion hatte zuvor
    # beantragt, …; dieser Antrag fand keine Mehrheit."
    r"|\bhatten?\s(?:zuvor|vorher|vorab|zunächst)\s(?:[\w-]+\s){0,3}?beantragt\b"
)
# The next vote announced after this one's result, at a line's start, and told in the same
# paragraph (or the vote before it told): "Anschließend lässt der Vorsitzende über den
# Beschlussvorschlag der Verwaltung abstimmen. Der Rat fasst mit den Stimmen der SPD-Fraktion
# … folgenden Beschluss" (the announcement alone goes with this result, as before).
_NEXT_VOTE_TOLD: Final = re.compile(
    r"[ \t]*(?:Anschließend|Sodann|Danach|Im\sAnschluss(?:\sdaran)?)\s(?:[\w-]+\s){0,3}?"
    r"(?:lässt|ließ|wird|wurde)\s[^.:;]{0,120}?\b(?:abstimmen|abgestimmt)\b[^:;]{0,300}?"
    r"\b(?:Stimmen|einstimmig|mehrheitlich)\b"
    # or a vote before this one, told in the pluperfect: "Zuvor war der Änderungsantrag der
    # CDU-Fraktion … mit 28 Ja- gegen 49 Nein-Stimmen abgelehnt worden."
    r"|[ \t]*(?:Zuvor|Vorher|Vorab|Zunächst)\s(?:war|waren)\s[^!?]{0,300}?\sworden\b"
)
_TOLD_REACH: Final = 400


# A Beratungsfolge headed with a remark, which no field label holds ("Beratungsfolge (Änderungen
# vorbehalten):"), or heading its table's columns ("Beratungsfolge      Sitzungstermin   Status"),
# to its table's end (a blank line)
_REMARKED_SEQUENCE: Final = re.compile(
    r"^[ \t|]*Beratungs(?:reihen)?folge"
    r"(?:[ \t]*\([^()\n]{1,60}\)[ \t]*:?"
    r"|(?:[ ]{2,}|[ ]*[\t|])[ \t|]*(?:Sitzung|Datum|Termin|Status)[^\n]{0,80})[ \t|]*$",
    re.MULTILINE,
)
_BLANK_LINE: Final = re.compile(r"\n[ \t|]*\n")


def _blank_after(text: str, start: int, end: int) -> int:
    """Where the first blank line after ``start`` stands, ``end`` at most."""
    blank = _BLANK_LINE.search(text, start, end)
    return blank.start() if blank is not None else end


def _remarked_sequences(text: str) -> list[tuple[int, int]]:
    """Where a Beratungsfolge headed with a remark stands (:data:`_REMARKED_SEQUENCE`)."""
    if "Beratungs" not in text:
        return []
    return [
        (m.start(), _blank_after(text, m.end(), len(text)))
        for m in _REMARKED_SEQUENCE.finditer(text)
    ]


def _vote_field(section: Section) -> Section:
    """A field whose value is a vote result heads that vote: the label names the body that
    voted, as a paper's page lists each committee's result (``BUA: einstimmig, 11 Ja-Stimmen,
    0 Enthaltungen``)."""
    marker = section.marker
    if (
        marker is None
        or marker.kind != "field"
        or marker.rest is None
        or _is_metadata(marker)
        or vocab.VOTE_RESULT.match(marker.rest.text) is None
        # a number's field: "Beschluss-Nr.: 51/612/24" is no tally
        or _NUMBER_LABEL.search(marker.label.text) is not None
    ):
        return section
    return Section(replace(marker, kind="vote_heading"), section.lines)


_NUMBER_LABEL: Final = re.compile(r"(?:\bNr\b\.?|[Nn]ummer|\bAz\b\.?|[Aa]ktenzeichen)[ ]*:?[ ]*$")
"""A label of a number (``Beschluss-Nr.:``, ``Aktenzeichen:``)."""


def _rejoined(sections: Sequence[Section], text: str) -> list[Section]:
    """Sections with a label that only a hard wrap made: a ``Word:`` opening a line in the middle
    of a sentence (``… mit folgenden`` / ``Änderungen:``) continues the text before it (the line
    right before it: a blank line between them is no wrap)."""
    out: list[Section] = []
    for section in sections:
        marker = section.marker
        before = out[-1].lines if out else ()
        last = before[-1].piece.text.rstrip() if before else ""
        if (
            before
            and marker is not None
            # (a blank line between, or a result form's row before: no sentence broke off)
            and (
                text.count("\n", before[-1].piece.end, marker.label.start) > 1
                or _checkbox(last) is not None
            )
        ):
            out.append(section)
            continue
        field = (
            marker is not None
            and marker.kind == "field"
            and not _is_metadata(marker)
            and vocab.key(marker.label.text) not in vocab.DECISION_SECTIONS
            # (nor a proposal's label: "Beschlussvorschlag/Empfehlung:" under a table's last
            # cell, "29.01.2025")
            and not vocab.is_proposal_label(marker.label.text)
        )
        if (
            marker is not None
            and before
            and before[-1].kind in ("text", "clause")
            and (
                (
                    marker.rest is None  # "Änderungen:" alone; a header field has its value
                    and (
                        (field and last[-1:] not in _SENTENCE_DONE)
                        # "… stellte die Planung zur" / "Abstimmung:": a heading never follows a
                        # line that breaks off after an article or a preposition
                        or (marker.kind == "vote_heading" and _MID_PHRASE.search(last) is not None)
                    )
                )
                # "… mit folgender" / "Änderung: Die Traufhöhe …": no field either
                or (field and _MID_PHRASE.search(last) is not None)
            )
        ):
            head = Line("text", _joined(marker.label, marker.rest))
            out[-1] = Section(out[-1].marker, (*before, head, *section.lines))
            continue
        out.append(section)
    return out


def _joined(label: Piece, rest: Piece | None) -> Piece:
    """A label and the value on its line as one piece of text (what stands between them is
    spaces)."""
    if rest is None:
        return label
    gap = " " * (rest.start - label.end)
    return Piece(label.text + gap + rest.text, label.start, rest.end)


# a page's place and date above its signature: "Kassel, 26.09.2023", "Hanau, den 23.04.2024"
PART_LEAD: Final = re.compile(
    r"[ ]*(?:[Zz]u[ ]+)?(?P<part>(?:Ziffern?|Ziff\.|Punkte?|Beschlusspunkte?)[ ]+[0-9]"
    r"[^:\n]{0,30}?)[ ]*:[ ]*(?=\S)"
)
"""A result line that opens with the parts of the decided text it is on (``Ziffer 3:
mehrheitlich beschlossen``, ``Ziffern 1 und 2:  einstimmig``)."""
_RESULT_OPENS: Final = re.compile(
    r"(?i:[0-9]{1,3}[ ]*[:/][ ]*[0-9]|(?:ja|dafür)(?:-stimmen)?[ ]*:?[ ]*[0-9]|einstimmig"
    r"|mehrheitlich|ohne gegenstimme|anwesend(?:e)?[ ]*:?[ ]*[0-9]"
    r"|mit[ ]+[0-9]{1,3}[ ]*(?:[:/]|gegen|zu)[ ]*[0-9])"
)
"""How a result opens: a tally, a count of yes, or how the vote went (or those present, before
them: ``anwesend 16   dafür 14   dagegen 2``; or the tally after ``mit``: ``mit 7 : 4 Stimmen
empfohlen``)."""


def _part_result(line: str) -> bool:
    """Whether ``line`` is a result of parts of the decided text (:data:`PART_LEAD`), not a
    part of the text itself (``Ziffer 3: Der Stadtrat beschließt …``)."""
    lead = PART_LEAD.match(line)
    if lead is None:
        return False
    rest = " ".join(line[lead.end() :].split())
    return vocab.first_outcome_phrase(rest) == 0 or _RESULT_OPENS.match(rest) is not None


SIGNATURE: Final = re.compile(
    r"[ ]*(?:(?:Der|Die)[ ]+(?:Erste[r]?[ ]+|Stellvertretende[r]?[ ]+)?(?:[\w-]*[Vv]orsteher(?:in)?"
    r"|Vorsitzende[r]?|[\w-]*[Bb]ürgermeister(?:in)?|Landr(?:at|ätin)|Schriftführer(?:in)?)"
    r"(?:[ ]+(?:der|des)[ ]+[^\n.:;]{1,80})?|gez\.[ ]+[^\n]{1,60}|Für[ ]+die[ ]+Richtigkeit:?)[ ]*"
)
"""A signature's line under a result (``Die Vorsteherin der Stadtverordnetenversammlung``, ``gez.
Müller``, ``Für die Richtigkeit``): the result ends above it."""
DATELINE: Final = re.compile(
    r"[A-ZÄÖÜ][\w.()-]*(?:[ ][\w.()-]+){0,3},[ ]+(?:den[ ]+)?[0-9]{1,2}\.[ ]?[0-9]{1,2}\.[ ]?"
    r"[0-9]{2,4}[ ]*"
)
"""A page's place and date alone on a line (``Kassel, 26.09.2023``): a letter's foot, signed
below."""
# the rule under a table's head row, as a web page's table leaves it: `---|---|---|`
_TABLE_RULE: Final = re.compile(r"-{3,}(?:\|-{3,})*\|?[ ]*")
_TALLY_IN_HEADING: Final = re.compile(r"[0-9]{1,3}[ ]*:[ ]*[0-9]{1,3}(?:[ ]*:[ ]*[0-9]{1,3})?")
"""``Beschluss 19:4:`` — the tally in a decision heading (document.lark's STATUS_LABEL)."""
_SENTENCE_DONE: Final = frozenset(".:;!?)|")
_MID_PHRASE: Final = re.compile(rf"\b(?:{'|'.join(vocab.MID_PHRASE_WORDS)})$")


_HEADER_KINDS: Final = frozenset({"meeting", "paper", "addendum", "note"})


def _letterhead(sections: Sequence[Section]) -> Section | None:
    """The text's letterhead: its first section, before the header's fields (the meeting, the
    paper), when it is one or two short lines that state nothing (`Marktausschuss`, `Gemeinde
    Tannau - Gemeinderat`), no part of the decided text; None where there is none."""
    if not sections or sections[0].marker is not None or not sections[0].lines:
        return None
    lines = sections[0].lines
    if len(lines) > 2 or any(
        line.kind != "text" or len(line.piece.text) > 80 or line.piece.text.rstrip().endswith(".")
        for line in lines
    ):
        return None
    header = any(s.marker is not None and s.marker.kind in _HEADER_KINDS for s in sections[1:4])
    return sections[0] if header else None


_EARLIER_COURSE: Final = re.compile(r"(?:Vorgang|Bisherige Beratung|Vorberatung)[ ]*:")
_DEEPER: Final = 4
"""How many blanks further in a line is indented under the field it continues."""
_WRAPPED_LINES: Final = 2
"""How many lines a field of the earlier course wraps onto (over the result under it)."""
ANY_FIELD: Final = re.compile(r"[A-ZÄÖÜ][\w .-]{1,40}:")
"""A field's label and its colon (``Vorberatung:``, ``Beschluss:``)."""
_A_DAY: Final = re.compile(r"\b[0-9]{1,2}\.[ ]?[0-9]{1,2}\.[ ]?[0-9]{2,4}\b")


def in_earlier_course(text: str, at: int) -> bool:
    """Whether the field at ``at`` is indented under a field that tells the paper's earlier
    course (Stuttgart's ``Vorgang:  Ausschuss … vom 09.04.2024, öffentlich, Nr. 143`` over
    ``      Ergebnis: Vertagung``), or stands right under it in its column, that field naming a
    dated sitting (its line perhaps wrapped): that body's result, not the text's."""
    line_start = text.rfind("\n", 0, at) + 1
    own = _indent(text, line_start)
    for k in range(_WRAPPED_LINES + 1):  # up the lines to the field they continue
        if line_start == 0:
            return False
        above = text.rfind("\n", 0, line_start - 1) + 1
        if above == line_start - 1:
            return False  # (a blank line)
        lead = _indent(text, above)
        if lead + _DEEPER <= own:  # the field the result is indented under
            return _EARLIER_COURSE.match(text, above + lead) is not None
        if _EARLIER_COURSE.match(text, above + lead) is not None:
            # (in the same column: a sitting's, dated; not Berlin's "Vorgang: Drucksache
            # 0841/VII", the paper)
            return _A_DAY.search(text, above, line_start) is not None
        if ANY_FIELD.match(text, above + lead) is not None:
            return False  # (another field)
        if k >= _WRAPPED_LINES:
            return False  # (a field's line wraps once or twice; more lines beside it are prose)
        line_start = above
    return False


def _indent(text: str, line_start: int) -> int:
    """How many blanks open the line at ``line_start``."""
    end = line_start
    while end < len(text) and text[end] == " ":
        end += 1
    return end - line_start


def _of_the_earlier_course(section: Section, text: str) -> Section:
    """``section``, without its marker where that is a vote's heading in the paper's earlier
    course (``Vorgang: … vom 10.10.2023, öffentlich, Nr. 412`` over ``Ergebnis: Zurückstellung``,
    :func:`in_earlier_course`): that body's result is none of the text's; its lines stay."""
    marker = section.marker
    if marker is None or marker.kind != "vote_heading":
        return section
    if not in_earlier_course(text, marker.label.start):
        return section
    return Section(None, section.lines)


def layout(parsed: DocumentParse, cleaned: Cleaned) -> Layout:
    """The document's sections sorted by role, with the findings about its layout."""
    findings: list[Diagnostic] = []
    if parsed.error is not None:
        findings.append(
            diagnostic(
                "RP904",
                "the document grammar stopped here",
                cleaned.span(parsed.error.start, parsed.error.end),
            )
        )
    findings.extend(_layout_findings(parsed, cleaned))
    # retyped first: a word that may fill a count cell (`einstimmig`) is a status value below
    # `Beschluss:` where no count table stands
    sections = (
        _vote_field(_status_below(_retyped(_quoted_clauses(_sentence_goes_on(s, cleaned.text)))))
        for s in _rejoined(
            _decision_after_vote(
                _sides_below(
                    _paper_under_heading(_record_under_reasons(parsed.sections, cleaned.text))
                )
            ),
            cleaned.text,
        )
    )
    doc = DocumentParse(
        tuple(_of_the_earlier_course(s, cleaned.text) for s in sections), parsed.error
    )
    markers = tuple(s.marker for s in doc.sections if s.marker is not None)
    headed = [
        s
        for s in doc.sections
        if s.marker is not None and _is_heading(s.marker) and not _title_of_a_record(s)
    ]
    # a heading with nothing under it but the status's field, the decided text below that
    # ("Beschluss (Kreistag, 22.09.2031, TOP Ö 9):" / "Beschlussart: beschlossen" / "1. …"): the
    # status's lines are the heading's
    # (its clauses: not a result's lines, "Beratungsergebnis …:" / "Beschluss: Annahme" /
    # "Zustimmung: GRÜNE, CDU")
    heads = {id(s) for s in headed}
    headed += [
        after
        for s, after in itertools.pairwise(doc.sections)
        if id(s) in heads
        and not s.lines
        and after.marker is not None
        and after.marker.kind == "status"
        and after.marker.rest is not None
        and id(after) not in heads
        and any(line.kind == "clause" for line in after.lines)
    ]
    headed.sort(key=lambda s: s.marker.label.start if s.marker is not None else -1)
    letterhead = _letterhead(doc.sections)
    decided_sections: list[Section] = headed or [
        s
        for s in doc.sections
        if (s.marker is None and s is not letterhead)
        or (s.marker is not None and s.marker.kind == "vote_heading" and s.marker.rest is not None)
        or (
            s.marker is not None
            and (s.marker.kind not in ("vote_heading", "field") or not _is_metadata(s.marker))
        )
    ]
    vote_blocks: list[tuple[Line, ...]] = []
    headings: list[int | None] = []
    statements: list[Line] = []
    after_votes: list[tuple[Line, ...]] = []
    signed: set[int] = set()  # the lines of a signature under a result, and those after it
    for section in doc.sections:
        marker = section.marker
        if (
            marker is not None
            and marker.kind == "status"
            and (tally := _TALLY_IN_HEADING.search(marker.label.text))
        ):
            # "Beschluss 19:4:": the heading of the decided text carries its vote's tally
            start = marker.label.start + tally.start()
            vote_blocks.append(
                (Line("text", Piece(tally.group(), start, start + len(tally.group()))),)
            )
            headings.append(marker.label.start)
        if marker is not None and marker.kind == "vote_heading":
            after_votes.append(section.lines)
            # "Abstimmungsergebnis (angenommen):": the heading's remark, its result below it
            remark = marker.rest is not None and _HEADING_REMARK.fullmatch(marker.rest.text)
            # (a table's head beside the heading, its rows below: "Abstimmungsergebnis:  dafür
            # dagegen  Enthaltung" / "Fraktion SPD  0  6  0" / …: read as under a bare heading)
            head_beside = marker.rest is not None and _side_head(marker.rest.text, only=True)
            if marker.rest is not None and not remark and not head_beside:
                going_on = _wrapped_on(marker.rest, section.lines, cleaned.text)
                vote_blocks.append((Line("text", marker.rest), *going_on))
                rest = section.lines[len(going_on) :]
                # (a table by group under the result's line: "Abstimmungsergebnis: mehrheitlich
                # beschlossen" / "" / "Fraktion  Ja  Nein  Enth." / "SPD  24  -  -" / …)
                at, rows = _side_table(rest, cleaned.text)
                vote_blocks.extend(_count_blocks(rest[:at]))
                if rows:
                    vote_blocks.append(tuple(rest[at : at + rows]))
                    vote_blocks.extend(_count_blocks(rest[at + rows :]))
                    rest = (*rest[:at], *rest[at + rows :])
                headings.extend([marker.label.start] * (len(vote_blocks) - len(headings)))
                # (the page's place and date signed below the result: those lines and the ones
                # after them are no part of the decided text, as under a bare heading)
                signed.update(_signed_from(rest))
                # (a row of results with their boxes: the ticked one alone, a result of its own)
                prose, forms = _form_rows(line for line in rest if line.kind == "text")
                statements.extend(prose)
                vote_blocks.extend(forms)
                headings.extend([marker.label.start] * (len(vote_blocks) - len(headings)))
            else:
                body: list[Line] = [Line("text", marker.rest)] if marker.rest is not None else []
                for line in section.lines:
                    # page furniture ends the result (not a table's rule under its head row,
                    # `---|---|---`); so does the next numbered part of a decided text voted
                    # part by part (`a) …` / result / `b) …`)
                    if line.kind == "furniture" and body and _TABLE_RULE.fullmatch(line.piece.text):
                        continue
                    if line.kind in ("furniture", "page") and not body:
                        continue  # a rule or a page's end between the heading and its result
                    if line.kind == "clause" and body and _part_result(line.piece.text):
                        # "Ziffern 1 und 2: einstimmig beschlossen" / "Ja 27 …" / "Ziffer 3:
                        # mehrheitlich beschlossen" / "Ja 19 …": each part's result its own
                        vote_blocks.append(tuple(body))
                        headings.append(marker.label.start)
                        body = [line]
                        continue
                    if line.kind in ("furniture", "page") or (line.kind == "clause" and body):
                        break
                    if body and DATELINE.fullmatch(line.piece.text):
                        # "Kassel, 26.09.2023": the page's place and date, signed below (the
                        # signature's lines and those after it no part of the decided text:
                        # "Der Vorsitzende der Stadtverordnetenversammlung", the paper appended)
                        signed.update(_signed_from(section.lines[section.lines.index(line) :]))
                        break
                    if body and line.kind == "text" and _PROPOSAL_INTRO.match(line.piece.text):
                        break  # "Die Bezirksverordnetenversammlung möge beschließen:": the motion
                    if body and SIGNATURE.fullmatch(line.piece.text):
                        # "Die Vorsteherin der Stadtverordnetenversammlung": signed; the
                        # signature is no part of the decided text either
                        signed.update(
                            ln.piece.start for ln in section.lines[section.lines.index(line) :]
                        )
                        break
                    if body and _another_sitting_told(body[-1], line, cleaned.text):
                        # "Der Ausschuss … hatte in seiner Sitzung am 02.09.2024 einstimmig
                        # empfohlen.": a paragraph of another sitting's vote ends the result; its
                        # sentences are read one by one
                        told_after = section.lines[section.lines.index(line) :]
                        statements.extend(ln for ln in told_after if ln.kind == "text")
                        break
                    body.append(line)
                if body:
                    vote_blocks.append(tuple(body))
                    headings.append(marker.label.start)
            continue
        counted = list(_count_blocks(section.lines))
        vote_blocks.extend(counted)
        # (a result table under any heading: its row of results over its row of marks and
        # counts, "| einstimmig | mit Stimmenmehrheit | Ja | Nein |" / "|   | X | 12 | 3 |")
        vote_blocks.extend(_column_tables(section.lines, counted, cleaned.text))
        # (an item's line that ends in its result in brackets: "Ö 9   Satzung …   [einstimmig
        # beschlossen]")
        vote_blocks.extend(
            (Line("text", said),)
            for line in section.lines
            if "[" in line.piece.text and (said := _result_at_end(line.piece)) is not None
        )
        prose, forms = _form_rows(line for line in section.lines if line.kind in ("text", "clause"))
        statements.extend(prose)
        vote_blocks.extend(forms)
        headings.extend([None] * (len(vote_blocks) - len(headings)))
    in_counts = {line.piece.start for block in vote_blocks for line in block}
    # a block of nothing but a mark (`X` alone) holds no vote
    kept = [
        (r, h)
        for block, h in zip(vote_blocks, headings, strict=True)
        if (r := _resolved(block, cleaned.text))
    ]
    vote_blocks, headings = [r for r, _ in kept], [h for _, h in kept]
    # the Beratungsfolge tables (the field's, and one headed with a remark): none decides
    remarked = _remarked_sequences(cleaned.text)
    consultations = tuple(
        sorted(
            [
                (s.marker.label.start, _table_end(s.lines))
                for s in doc.sections
                if s.marker is not None
                and s.lines
                and vocab.key(s.marker.label.text) == "beratungsfolge"
            ]
            + remarked
        )
    )
    decided = tuple(
        line
        for s in decided_sections
        for line in s.lines
        if line.piece.start not in in_counts
        and line.piece.start not in signed
        and not (remarked and any(a <= line.piece.start < b for a, b in remarked))
        # (a form's options left blank, "[ ] einstimmig angenommen", decide nothing)
        and not _blank_form(line)
    )
    if not headed:
        # no heading: a line that frames the decision in prose opens the decided text ("Der
        # Rat fasst folgenden Beschluss:"), with the lines right above it that end no sentence
        # (the motion's name and title); the report of the debate above is none of it
        proposed = {ln.piece.start for s in decided_sections if _proposes(s) for ln in s.lines}
        framing = next(
            (
                i
                for i, line in enumerate(decided)
                if _frames_from(decided, i) and line.piece.start not in proposed
            ),
            0,
        )
        told = [i for i in range(framing) if decided[i].piece.text.rstrip().endswith(_ENDS)]
        if told:
            decided = decided[told[-1] + 1 :]
        elif framing == 0:
            # no framing line, but a proposal under its heading ("Beschlussvorschlag:" / "Der
            # Ortsrat nimmt … zur Kenntnis."), the vote below it: the proposal is the decided
            # text, the report of the debate above it none of it
            offered = {
                ln.piece.start
                for s in decided_sections
                if s.marker is not None and vocab.is_proposal_label(s.marker.label.text)
                for ln in s.lines
            }
            first = next((i for i, ln in enumerate(decided) if ln.piece.start in offered), 0)
            if first and decided[first - 1].piece.text.rstrip().endswith(_ENDS):
                decided = decided[first:]
    # (a Beratungsfolge's rows, to its first blank line, say what a body is to do or did:
    # "Ratsversammlung | 22.05.2024 | Information zur Kenntnis"; its results are the header's)
    table_rows = [(a, _blank_after(cleaned.text, a, b)) for a, b in consultations]
    # (nor do the rows of a table of earlier decisions, each opening with its day: "| 22.02.2024
    # | 0051/2024 | Antrag GRÜNE: Baumpatenschaften | zurückgestellt (Haushaltssperre) |")
    dated_rows = {line.piece.start for line in statements if _DATED_ROW.match(line.piece.text)}
    statements = [
        line
        for line in statements
        if line.piece.start not in in_counts
        and not (table_rows and any(a <= line.piece.start < b for a, b in table_rows))
        and not (len(dated_rows) >= 2 and line.piece.start in dated_rows)
    ]
    # a heading with content states a decision; a recommendation's (Beschlussempfehlung an den
    # Rat:) with a decided text only proposes one, whose result is a vote's; with a result's
    # words (`Wie Vorlage`) it says what was recommended
    stated = any(
        s.lines
        and not vocab.says_no_decision(s.lines[0].piece.text)
        # (a form left blank under the heading states none: "[ ] einstimmig angenommen" / …;
        # "Ja-Stimmen:" / "Nein-Stimmen:", its fields with nothing after their labels)
        and not all(
            _blank_form(line) or "___" in line.piece.text or _EMPTY_FIELD.fullmatch(line.piece.text)
            for line in s.lines
        )
        # (a committee's result before this body's: "Beratungsergebnis der Vorberatung:")
        and not (s.marker is not None and vocab.key(s.marker.label.text) in vocab.EARLIER_RESULTS)
        and not (
            s.marker is not None
            and vocab.is_proposal_label(s.marker.label.text)
            and not vocab.is_status_value(s.lines[0].piece.text)
            and not vocab.as_proposed(s.lines[0].piece.text)
        )
        for s in headed
    ) or any(
        _DECISION_LINE.match(line.piece.text)
        # (not in a proposal: "Beschlussvorschlag: … Der Rat … beschließt:")
        or (_frames_from(s.lines, i) and not _proposes(s))
        for s in doc.sections
        for i, line in enumerate(s.lines)
    )
    in_prose = tuple(_proposals_in_prose(cleaned.text))
    # (what a formula in prose proposes: the lines after the formula's own)
    prose_bodies = [(max(a, cleaned.text.find("\n", a, b)), b) for a, b in in_prose]
    proposals = (
        tuple(
            (s.marker.label.start, _proposal_end(s.lines))
            for s in doc.sections
            if s.marker is not None and s.lines and _a_proposal(s)
        )
        + in_prose
    )
    background = tuple(
        (
            s.marker.label.start,
            _first_paragraph_end(s.lines, cleaned.text)
            if vocab.section_key(s.marker.label.text) in vocab.EARLIER_DELIBERATIONS
            else s.lines[-1].piece.end,
        )
        for s in doc.sections
        if s.marker is not None
        and s.lines
        and vocab.section_key(s.marker.label.text)
        in vocab.BACKGROUND_SECTIONS | vocab.EARLIER_RESULTS | vocab.EARLIER_DELIBERATIONS
    )
    return Layout(
        markers,
        decided,
        tuple(vote_blocks),
        tuple(headings),
        tuple(statements),
        stated,
        proposals,
        background,
        consultations,
        tuple(after_votes),
        tuple(findings),
        letterhead.lines if letterhead is not None else (),
        tuple(
            line
            for s in doc.sections
            for line in s.lines
            # (up to where the proposal ends: "Vorberatung im … am 19.11.2024:" below it)
            if (_a_proposal(s) and any(a <= line.piece.start < b for a, b in proposals))
            # (a motion's formula in prose, "Der Ortsbeirat möge beschließen:", and its
            # clauses; not the formula's own line)
            or any(a < line.piece.start < b for a, b in prose_bodies)
        ),
        tuple(sorted(dated_rows)) if len(dated_rows) >= 2 else (),
    )


def _signed_from(lines: Sequence[Line]) -> Iterator[int]:
    """The starts of ``lines`` from the first page's place and date signed right below it
    (``Kassel, 26.09.2023`` / ``Der Vorsitzende der Stadtverordnetenversammlung``) on."""
    for at, (line, below) in enumerate(itertools.pairwise(lines)):
        if DATELINE.fullmatch(line.piece.text) and SIGNATURE.fullmatch(below.piece.text):
            yield from (ln.piece.start for ln in lines[at:])
            return


def _first_paragraph_end(lines: Sequence[Line], text: str) -> int:
    """Where the first paragraph of ``lines`` ends: before the first blank line between two."""
    for line, after in itertools.pairwise(lines):
        if "\n\n" in text[line.piece.end : after.piece.start].replace(" ", ""):
            return line.piece.end
    return lines[-1].piece.end


def _layout_findings(doc: DocumentParse, cleaned: Cleaned) -> Iterator[Diagnostic]:
    """Findings about the document's layout: empty vote headings, page furniture, web-table
    residue."""
    for section in doc.sections:
        marker = section.marker
        if (
            marker is not None
            and marker.kind == "vote_heading"
            and marker.rest is None
            and not any(line.kind in ("text", *_TABLE_KINDS) for line in section.lines)
            # (nor the results of parts, each on its line: "Ziffer 1: Ja 14, Nein 2")
            and not any(
                line.kind == "clause" and _part_result(line.piece.text) for line in section.lines
            )
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
