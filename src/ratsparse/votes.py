"""Votes: vote texts assembled from lines, read by the vote grammar, merged where one vote is
told twice, completed by the status line; the decisive vote.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Final, Generic, NamedTuple, TypeVar, cast

from ratsparse import vocab
from ratsparse.layout import (
    PART_LEAD,
    Layout,
    called_member,
    group_sides,
    holds_a_box,
    pipe_cells,
    results_before_the_decision,
)
from ratsparse.normalize import Cleaned
from ratsparse.parser import (
    Line,
    Marker,
    Member,
    Piece,
    VoteItem,
    parse_vote,
)
from ratsparse.records import (
    Diagnostic,
    Group,
    GroupKind,
    Outcome,
    OutcomeBasis,
    Vote,
    VoteCounts,
    VoteGroups,
)
from ratsparse.rules import diagnostic
from ratsparse.text import FOLDED_APART, fold, parse_date

# ---------------------------------------------------------------------------------------------
# Votes


@dataclass(frozen=True, slots=True)
class _VoteText:
    """A vote text assembled from pieces, with the way back to clean offsets."""

    text: str
    starts: tuple[int, ...]
    clean_starts: tuple[int, ...]

    def to_clean(self, pos: int) -> int:
        i = max(bisect_right(self.starts, pos) - 1, 0)
        return self.clean_starts[i] + (pos - self.starts[i])


def _assemble(cells: Sequence[tuple[tuple[Piece, ...], bool]], clean: str = "") -> _VoteText:
    """One vote text from its lines: each a tuple of pieces (a table's label and its number are
    joined as ``label: number``) and whether it is a count line; ``clean``, the clean text they
    stand in, tells the lines after a blank line, which no list of names runs on into."""
    parts: list[str] = []
    starts: list[int] = []
    clean_starts: list[int] = []
    pos = 0
    depth = 0  # open parentheses: a member list wrapped onto the next line goes on there
    cells = [cell for cell in cells if cell[0]]  # (a line of borders alone gives no piece)
    for i, (pieces, count_like) in enumerate(cells):
        if i and parts:
            # (a member list wrapped onto the next line goes on there: inside its parenthesis,
            # or after a comma that ends the line, "Ja: CDU-Fraktion, …, Fraktion BÜNDNIS 90/DIE
            # GRÜNEN," / "Fraktion MitBürger & Die PARTEI")
            wrapped = (depth > 0 or parts[-1].endswith(",")) and not count_like
            own_line = (
                count_like
                or cells[i - 1][1]
                or _labelled(pieces, cells[i - 1][0])
                or (bool(clean) and clean.count("\n", cells[i - 1][0][-1].end, pieces[0].start) > 1)
                # a sentence ended, a line opens the next ("Der Änderungsantrag wird einstimmig
                # angenommen." / "Der so geänderte Antrag wird mehrheitlich … angenommen.")
                or (
                    cells[i - 1][0][-1].text.rstrip().endswith(".")
                    and _NEXT_SENTENCE.match(pieces[0].text) is not None
                )
            )
            sep = "\n" if own_line and not wrapped else " "
            if sep == "\n" and parts[-1].endswith(","):
                # a list's comma before the next line's label ends nothing: "Nein:" is no name
                parts[-1] = parts[-1][:-1] + " "
            parts.append(sep)
            pos += 1
        for k, piece in enumerate(pieces):
            if k:
                parts.append(": ")
                pos += 2
            depth = max(0, depth + piece.text.count("(") - piece.text.count(")"))
            for n, (text, start) in enumerate(_between_borders(piece)):
                if n and text.strip() in ("-", "–") and not parts[-1].rstrip().endswith(":"):
                    # a dash in the cell after a label's ("| Stimmenthaltungen | - |"): the
                    # label's value, none (as "Stimmenthaltungen: -")
                    parts.append(": ")
                    pos += 2
                elif n:
                    parts.append(" ")
                    pos += 1
                starts.append(pos)
                clean_starts.append(start)
                parts.append(text)
                pos += len(text)
    return _VoteText("".join(parts), tuple(starts), tuple(clean_starts))


def _labelled(line: Sequence[Piece], before: Sequence[Piece]) -> bool:
    """Whether ``line`` and the line ``before`` it both open with a label and a colon (``Mit
    Ja stimmten: CDU, SPD`` over ``Mit Nein stimmten: AfD``): entries of a list, each on a line
    of its own, so that one's groups do not run on into the next."""
    return all(
        len(cells) == 1 and _LABEL_OPENS.match(cells[0].text) is not None
        for cells in (line, before)
    )


_NEXT_SENTENCE: Final = re.compile(r"[ \t]*(?:Der|Die|Das|Dem|Den|Dieser|Diese|Damit|Danach)\b")
"""A line that opens a sentence of its own (after a line that ended one)."""

_LABEL_OPENS: Final = re.compile(r"[ \t]*[^\W\d][^:\n]{0,40}:(?:[ \t]|$)")
"""A label and its colon opening a line (at most 40 characters: a sentence is no label)."""

_BORDER: Final = re.compile(r"(?<!\s)\s*\|[\s|]*")  # (from a space run's start: linear)


def _between_borders(piece: Piece) -> Iterator[tuple[str, int]]:
    """The stretches of a piece between a web table's cell borders (``| Enthaltungen: | keine
    |``), which carry no meaning in a vote: the vote text joins them with one space."""
    if "|" not in piece.text:
        yield piece.text, piece.start
        return
    pos = 0
    for m in _BORDER.finditer(piece.text):
        if m.start() > pos:
            yield piece.text[pos : m.start()], piece.start + pos
        pos = m.end()
    if pos < len(piece.text) or pos == 0:
        yield piece.text[pos:], piece.start + pos


def _cells(lines: Sequence[Line]) -> list[tuple[tuple[Piece, ...], bool]]:
    """The lines of a vote text, with a count table printed one cell a line put back together:
    each label with its number (:func:`_table`)."""
    out: list[tuple[tuple[Piece, ...], bool]] = []
    runs: list[int] | None = None  # (read once, when first needed: see _long_label_runs)
    i = 0
    while i < len(lines):
        summed = _summed_table(lines, i)
        if summed is not None:
            cells, i = summed
            out.extend((cell, True) for cell in cells)
            continue
        sided = _heads_groups_counts(lines, i)
        if sided is not None:
            out.extend((cell, True) for cell in sided)
            i += 3
            continue
        across = _across(lines[i], lines[i + 1]) if i + 1 < len(lines) else None
        ruled = (  # the heads ruled off from the values (``---|---``, as web tables print it)
            across is None
            and i + 2 < len(lines)
            and _RULE.fullmatch(lines[i + 1].piece.text) is not None
        )
        if ruled:
            across = _across(lines[i], lines[i + 2])
        if across is not None:
            out.extend((cell, True) for cell in across)
            i += 3 if ruled else 2
            continue
        if (
            i + 2 < len(lines)
            and lines[i].kind == "text"
            and lines[i].piece.text.endswith(":")
            and lines[i + 1].kind == "value"
            and lines[i + 2].kind == "label"
        ):
            # a label too long for the grammar's (``Gesetzliche Anzahl der Mitglieder …:``) over
            # its number, then the table's labels and numbers: that number is its
            out.append((_pair(lines[i], lines[i + 1]), True))
            i += 2
            continue
        if (
            i + 1 < len(lines)
            and lines[i].kind == "label"
            and lines[i].piece.text.rstrip().endswith(":")
            and _group_list(lines[i + 1])
        ):
            # a side's label over the groups that voted so ("Ja-Stimmen:" / "CDU, AfD"): the
            # label's list, as on one line
            out.append((_pair(lines[i], lines[i + 1]), True))
            i += 2
            continue
        if runs is None:
            runs = _long_label_runs(lines)
        heads = _heads_over_values(lines, i, runs)
        if heads is not None:
            cells, i = heads
            out.extend((cell, True) for cell in cells)
            continue
        named = _named_row(lines, i)
        if named is not None:
            cells, i = named
            out.extend((cell, True) for cell in cells)
            continue
        j = i
        while j < len(lines) and lines[j].kind in ("label", "value"):
            j += 1
        if j > i:
            out.extend((cell, True) for cell in _table(lines[i:j]))
            i = j
            continue
        # (a line of sides with dashes, "Ja - CDU; Nein - SPD", is a count line: _dashed_sides)
        count_like = lines[i].kind == "count" or _dashed_line(lines[i].piece.text)
        out.append(((lines[i].piece,), count_like))
        i += 1
    return out


_ROW_NAME_LONGEST: Final = 60


_LIST_LONGEST: Final = 200


def _group_list(line: Line) -> bool:
    """A line of groups and nothing else, the first a known party (``CDU, AfD``, ``SPD,
    Bündnis 90/Die Grünen, Die Linke``)."""
    text = line.piece.text.strip()
    if line.kind != "text" or not text or len(text) > _LIST_LONGEST or text.endswith((".", ":")):
        return False
    first = text.split(",", 1)[0].strip()
    return vocab.party_of(first) is not None


_HEAD_LONGEST: Final = 80


def _long_label_runs(lines: Sequence[Line]) -> list[int]:
    """For each line, where the run of lines from it that are labels the grammar does not read
    (text that ends with a colon, short enough for a label) ends: one pass from the last line
    (read from each line anew, a long run of such lines took quadratic time)."""
    ends = list(range(len(lines) + 1))
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if (
            line.kind == "text"
            and len(line.piece.text) <= _HEAD_LONGEST
            and line.piece.text.endswith(":")
        ):
            ends[i] = ends[i + 1]
    return ends


def _heads_over_values(
    lines: Sequence[Line], i: int, runs: Sequence[int]
) -> tuple[list[tuple[Piece, ...]], int] | None:
    """A column of labels over a column of as many numbers, where the first labels are too long
    for the grammar's (``Gesetzliche Anzahl der Gemeindevertreter/innen:``), or the last ones
    none of its (``Ausschluss nach § 38 ThürKO:``): each label with its number, and the line
    after the numbers. None where ``lines[i]`` opens no such table (a
    column of the grammar's labels alone is :func:`_table`'s)."""
    j = runs[i]
    k = j
    while k < len(lines) and lines[k].kind == "label":
        k += 1
    if k - j < 2:
        return None
    # (and labels of the grammar's none after them: "Ausschluss nach § 38 ThürKO:")
    labels_end = k
    k = runs[k]
    if j == i and k == labels_end:
        return None
    end = _numbers_end(lines, k, k - i)
    if end is None:
        return None
    return [_pair(a, b) for a, b in zip(lines[i:k], lines[k:end], strict=True)], end


def _named_row(lines: Sequence[Line], i: int) -> tuple[list[tuple[Piece, ...]], int] | None:
    """A count table by body printed one cell a line: the count labels (after the head of the
    column of names, ``Gremium``, where it is printed), then the row's name (``Gemeinderat``),
    then as many numbers; each label with its number, and the line after the numbers. None
    where ``lines[i]`` opens no such table."""
    j = i + 1 if lines[i].kind == "text" and len(lines[i].piece.text) <= _ROW_NAME_LONGEST else i
    k = j
    while k < len(lines) and lines[k].kind == "label":
        k += 1
    labels = k - j
    if labels < 2 or k >= len(lines) or lines[k].kind != "text":
        return None
    name = lines[k].piece.text.strip(" |:")
    if not name or len(name) > _ROW_NAME_LONGEST or any(c.isdigit() for c in name):
        return None
    end = _numbers_end(lines, k + 1, labels)
    if end is None:
        return None
    return [_pair(a, b) for a, b in zip(lines[j:k], lines[k + 1 : end], strict=True)], end


def _numbers_end(lines: Sequence[Line], start: int, count: int) -> int | None:
    """Where ``count`` number cells from ``lines[start]`` on end, if exactly that many stand
    there (more numbers than labels make another table); else None."""
    end = start + count
    if end > len(lines) or not all(_number_cell(line) for line in lines[start:end]):
        return None
    if end < len(lines) and _number_cell(lines[end]):
        return None
    return end


_GROUP_HEAD: Final = frozenset(
    {"fraktion", "fraktionen", "partei", "parteien", "gruppe", "gruppen", "name"}
)
_MEMBER_HEAD: Final = frozenset(
    {
        "mitglied",
        "mitglieder",
        "verbandsmitglied",
        "verbandsmitglieder",
        "mitgliedsgemeinde",
        "mitgliedsgemeinden",
        "mitgliedskommune",
        "mitgliedskommunen",
        "gemeinde",
        "gemeinden",
        "kommune",
        "kommunen",
    }
)
"""The column of an association's members, each voting its weight (``| Verbandsmitglied |
Stimmen | ja | nein | Enth. |``, a row for each town, then ``| Gesamt | 38 | 30 | 8 | 0 |``):
its rows are counted as a table by groups', but they name towns, no parliamentary groups."""


def _group_head(key: str) -> bool:
    """Whether a table's cell (its :func:`~ratsparse.vocab.key`) heads the column of groups
    (``Fraktion``, ``Fraktion/Gruppe``, ``Fraktionen / Gruppen``)."""
    return (
        key in _GROUP_HEAD
        or key in _MEMBER_HEAD
        or ("/" in key and all(part.strip() in _GROUP_HEAD for part in key.split("/")))
    )


_SUM_HEAD: Final = frozenset(
    {"gesamt", "summe", "insgesamt", "zusammen", "ergebnis", "gesamtergebnis"}
)
_SUMMED_REACH: Final = 25
"""A vote table by groups has at most this many rows between its head and its sum."""


def _summed_table(lines: Sequence[Line], i: int) -> tuple[list[tuple[Piece, ...]], int] | None:
    """A pipe table of the vote by groups (``| Fraktion | Ja | Nein | Enthaltung |``, a row
    for each group, then ``| Gesamt | 13 | 1 | 1 |``): the sum row's numbers under their
    labels, and the line after the sum row; None where ``lines[i]`` opens no such table."""
    head = lines[i].piece
    if "|" not in head.text or len(head.text) > 160:
        return None
    labels = pipe_cells(head)
    if len(labels) < 3 or not _group_head(vocab.key(labels[0].text.rstrip(" :"))):
        return None
    if not _count_heads(labels[1:]):
        return None
    for j in range(i + 1, min(len(lines), i + 2 + _SUMMED_REACH)):
        row = lines[j].piece
        if "|" not in row.text:
            return None
        cells = pipe_cells(row)
        if cells and vocab.key(cells[0].text.rstrip(" :")) in _SUM_HEAD:
            numbers = cells[1:]
            if len(numbers) != len(labels) - 1:
                return None
            if not all(not n.text or _is_value(n.text) for n in numbers):
                return None
            pairs = [
                _pair(Line("label", a), Line("value", b))
                for a, b in zip(labels[1:], numbers, strict=True)
                if b.text
            ]
            return pairs, j + 1
    return None


_RULE: Final = re.compile(r"[ |:+]*[-=–—_]{2,}[-=–—_ |:+]*")
"""A table's rule between its rows (``----|------|``, ``===``)."""
_CELL_BORDER: Final = re.compile(r"[ ]*\|[ |]*|\t+|[ ]{2,}")
_WORD_GAP: Final = re.compile(r"[ ]+")
_VALUE_GAP: Final = re.compile(r"[ \t|]+")
_COUNTED: Final = frozenset({"yes", "no", "abstain"})


def _row_cells(piece: Piece, gap: re.Pattern[str]) -> list[Piece]:
    """The cells of a line as a table row whose cells ``gap`` parts."""
    cells: list[Piece] = []
    pos = 0
    for m in [*gap.finditer(piece.text), None]:
        end = len(piece.text) if m is None else m.start()
        if end > pos:
            cells.append(Piece(piece.text[pos:end], piece.start + pos, piece.start + end))
        if m is not None:
            pos = m.end()
    return cells


_SUM_OR_NOBODY: Final = re.compile(r"[0-9]{1,3}[ ]?\+[ ]?[0-9]{1,3}|keine[rs]|niemand")
"""A number written as a sum (``20 + 1``: the council's members and its chair), or nobody in
words (``keiner``, under ``Ausschluss nach § 38 ThürKO:``; ``keine`` is a number word)."""


def _number_cell(line: Line) -> bool:
    """A table's cell that holds a number (or a dash or a word for none, or a number written as
    a sum) and nothing else."""
    if line.kind == "value":
        return True
    text = line.piece.text.strip()
    return line.kind == "text" and (_is_value(text) or _SUM_OR_NOBODY.fullmatch(text) is not None)


def _is_value(text: str) -> bool:
    return text.isdigit() or text in ("-", "–") or vocab.number_of(text) is not None


_LONGEST_HEADS: Final = 160
_LONGEST_VALUES: Final = 120


def _across(heads: Line, values: Line) -> list[tuple[Piece, ...]] | None:
    """A count table printed across: a row of count labels, then the row of their numbers
    (``Ja | Nein | Enthaltungen`` over ``14 | 5 | 2``, or parted by spaces or tabs), as
    label-number pairs; None for any other two lines. The row of labels names two sides at
    least, and both rows have as many cells."""
    # (a table's cells padded to its column's width: "|     11     |       2      | …")
    if len(heads.piece.text) > _LONGEST_HEADS or len(values.piece.text) > _LONGEST_VALUES:
        return None
    if "|" in values.piece.text and _EMPTY_PIPE_CELL.search(values.piece.text):
        # a pipe row with an empty cell (``7|1||`` under ``Ja|Nein|Enthaltung|``): cell by cell,
        # the empty one a count not given
        cells = _pipe_columns(heads.piece, values.piece)
        if cells is not None:
            return cells
    numbers = _row_cells(values.piece, _VALUE_GAP)
    row_head = bool(numbers) and not _is_value(numbers[0].text)
    if row_head:  # the row's own head in the first column (``Ergebnis | 8 | 8 | 1``)
        numbers = _row_cells(values.piece, _CELL_BORDER)[1:]
    if not row_head and "(" in values.piece.text:
        # a count with who voted so beside it ("2 (DIE LINKE)")
        parted = _row_cells(values.piece, _CELL_BORDER)
        if all(_counts(c.text) for c in parted):
            numbers = parted
    if len(numbers) < 2 or not all(_counts(c.text) for c in numbers):
        return None
    empty = _empty_cells_at_end(values.piece.text)
    for gap in (_CELL_BORDER, _WORD_GAP):
        labels = [_without_remark(c) for c in _row_cells(heads.piece, gap)]
        if row_head:  # and the column's head above it (``Abstimmung | Ja | Nein | …``)
            labels = labels[1:]
        if empty and len(labels) == len(numbers) + empty and _count_heads(labels):
            # the last columns' cells left empty (``Kreistag | 44 | 11 | 3 | `` under ``… |
            # Enthaltung | Befangen``): those counts not given
            labels = labels[: len(numbers)]
        if len(labels) != len(numbers):
            continue
        if _count_heads(labels):
            pairs = zip(labels, numbers, strict=True)
            return [_pair(Line("label", a), Line("value", b)) for a, b in pairs]
    run = _label_run(heads.piece)
    if not row_head and run is not None and len(run) == len(numbers) and _count_heads(run):
        # "Anwesend Für den Beschluss Gegen den Beschluss" over "12 9 3": labels of several
        # words parted by one space, each a count label of the vocabulary
        pairs = zip(run, numbers, strict=True)
        return [_pair(Line("label", a), Line("value", b)) for a, b in pairs]
    return None


def _heads_groups_counts(lines: Sequence[Line], i: int) -> list[tuple[Piece, ...]] | None:
    """A count table printed across with who voted so in a row of its own, above or below the
    numbers (``dafür  dagegen  Enthaltungen`` / ``CDU, FWV, SPD  GRÜNE, LINKE  AfD`` / ``38  17
    4``): each side's label with its number, then with its groups (as ``dafür: CDU, FWV, SPD``
    reads); None where ``lines[i]`` opens no such table."""
    if i + 2 >= len(lines) or len(lines[i].piece.text) > _LONGEST_HEADS:
        return None
    for named, counted_at in ((i + 1, i + 2), (i + 2, i + 1)):
        across = _across(lines[i], lines[counted_at])
        if across is None:
            continue
        groups = _group_cells(lines[named].piece, len(across))
        if groups is None:
            return None
        return [
            *across,
            *((label, cell) for (label, _), cell in zip(across, groups, strict=True) if cell.text),
        ]
    return None


def _group_cells(row: Piece, columns: int) -> list[Piece] | None:
    """A row's cells of groups, one for each of ``columns`` sides: parted by a table's gaps, or,
    where the clean view made each tab one space, at each space that no comma stands before
    (``CDU, FWV, SPD GRÜNE, LINKE AfD``); a cell of a dash is empty. None where the row has
    not as many cells, or any holds other than names of groups or members."""
    if len(row.text) > _LIST_LONGEST:
        return None
    cells = _row_cells(row, _CELL_BORDER)
    if len(cells) != columns:
        cells = _row_cells(row, _UNLISTED_SPACE)
    if len(cells) != columns:
        return None
    out: list[Piece] = []
    for cell in cells:
        if cell.text in ("-", "–", "—"):
            out.append(Piece("", cell.start, cell.start))
            continue
        if not _names_groups(cell.text):
            return None
        out.append(cell)
    return out


_UNLISTED_SPACE: Final = re.compile(r"(?<![,; ])(?<!\bund)(?<!\bsowie)[ ]++(?!und\b|sowie\b)")
"""A space between two cells of groups, where the clean view made a tab one space: no comma
before it, no ``und`` on either side."""


_VALUE_WITH_GROUPS: Final = re.compile(r"[0-9]{1,3}[ ]?\([^()\n]{2,80}\)")
"""A count's cell with who voted so in parentheses beside the number (``2 (DIE LINKE)``)."""


def _counts(cell: str) -> bool:
    """Whether a cell of a count table's row of numbers gives a count (:func:`_is_value`), who
    voted so beside it or not (:data:`_VALUE_WITH_GROUPS`)."""
    return _is_value(cell) or _VALUE_WITH_GROUPS.fullmatch(cell) is not None


def _empty_cells_at_end(row: str) -> int:
    """How many empty cells a pipe row ends with (``44 | 11 | 3 | `` one; ``| 44 | 11 | 3 |``
    none: its closing border)."""
    tail = _PIPES_AT_END.search(row)
    if tail is None:
        return 0
    return tail.group().count("|") - (1 if row.lstrip().startswith("|") else 0)


_PIPES_AT_END: Final = re.compile(r"(?:\|[ \t]*)+$")
_COUNT_WORDS: Final = r"(?i:" + vocab.alternation(vocab.COUNT_KEYS) + r")"
"""Every count word of the vocabulary (``Ja``, ``Für den Beschluss``, ``Anwesend``)."""
_COUNT_LABEL: Final = re.compile(rf"[ ]*(?P<label>{_COUNT_WORDS})(?=[ ]|$)")


def _label_run(piece: Piece) -> list[Piece] | None:
    """A row that is count labels alone, one after the other with a space between (the longest
    label of the vocabulary at each place), as cells; None where anything else stands in it."""
    text = piece.text.rstrip()
    cells: list[Piece] = []
    pos = 0
    while pos < len(text):
        m = _COUNT_LABEL.match(text, pos)
        if m is None:
            return None
        a, b = m.span("label")
        cells.append(Piece(text[a:b], piece.start + a, piece.start + b))
        pos = b
    return cells if len(cells) >= 2 else None


def _count_heads(labels: Sequence[Piece]) -> bool:
    """Whether a row's cells are all count labels, naming two sides at least."""
    fields = [vocab.COUNT_KEYS.get(vocab.key(c.text.rstrip(" :")), "") for c in labels]
    return "" not in fields and len(_COUNTED.intersection(f for f in fields if f)) >= 2


_EMPTY_PIPE_CELL: Final = re.compile(r"\|[ ]*\|")
_CELL_REMARK: Final = re.compile(
    r"[ ]*(?:\([^()\n]{1,60}\)"
    # (or the law it is under, without brackets: "Ausschluss § 33 KVG LSA", "befangen gem. § 22")
    r"|[ ](?:(?:gem(?:äß|\.)|nach|lt\.)[ ]*)?§[ ]*[0-9][^|()\n]{0,40})[ ]*$"
)


def _without_remark(cell: Piece) -> Piece:
    """A label cell without the remark in brackets after its label (``Befangenheit (§ 20
    SächsGemO)``, ``Enthaltungen (davon 1 OB)``), or the law it cites (``Ausschluss § 33 KVG
    LSA``)."""
    remark = _CELL_REMARK.search(cell.text)
    if remark is None or remark.start() == 0:
        return cell
    return Piece(cell.text[: remark.start()], cell.start, cell.start + remark.start())


def _pipe_columns(heads: Piece, values: Piece) -> list[tuple[Piece, ...]] | None:
    """A pipe row of count labels over a pipe row of numbers with an empty cell among them:
    each label with the number below it; a label over an empty cell has none."""
    labels, numbers = [_without_remark(c) for c in pipe_cells(heads)], pipe_cells(values)
    if len(labels) == len(numbers) >= 3 and not numbers[0].text and not _count_heads(labels[:1]):
        # the rows' heads' column, its head over an empty cell (``| Abstimmung | Ja | Nein |``
        # over ``|  | 15 | 3 |``): no count's
        labels, numbers = labels[1:], numbers[1:]
    if len(labels) != len(numbers) or not all(not n.text or _is_value(n.text) for n in numbers):
        return None
    if not _count_heads(labels):
        return None
    return [
        _pair(Line("label", a), Line("value", b))
        for a, b in zip(labels, numbers, strict=True)
        if b.text
    ]


_TABLE_KINDS: Final = frozenset({"count", "label", "value"})
_ALTERNATING: Final = re.compile(r"(?:LV)+L?|(?:VL)+V?")
_LABELS_FIRST: Final = re.compile(r"(?:LV?)+")


def _table(run: Sequence[Line]) -> list[tuple[Piece, ...]]:
    """Count-table cells (labels ``L`` and numbers ``V``, one a line) as label-number pairs: all
    labels then as many numbers (a row of column heads, then the row of values); a label then its
    number, or a number then its label, in turn; each label with the number below it, where some
    have none. Any other run stays cell by cell."""
    kinds = "".join("L" if line.kind == "label" else "V" for line in run)
    labels = kinds.count("L")
    if labels and kinds == "L" * labels + "V" * labels:
        pairs = list(zip(run[:labels], run[labels:], strict=True))
    elif _ALTERNATING.fullmatch(kinds):
        first = 0 if kinds[0] == "L" else 1
        pairs = [(run[i + first], run[i + 1 - first]) for i in range(0, len(run) - 1, 2)]
        if len(run) % 2:
            return [*(_pair(a, b) for a, b in pairs), _lone(run[-1])]
    elif len(run) == 1:
        return [_lone(run[0])]
    elif "V" in kinds and _LABELS_FIRST.fullmatch(kinds):
        # each label with the number right below it, a label with none below a count left
        # empty (``Enthaltungen:`` over a blank line, then ``Befangen:``)
        out: list[tuple[Piece, ...]] = []
        i = 0
        while i < len(run):
            if i + 1 < len(run) and kinds[i + 1] == "V":
                out.append(_pair(run[i], run[i + 1]))
                i += 2
            else:
                out.append(_lone(run[i]))
                i += 1
        return out
    else:
        return [(line.piece,) for line in run]
    return [_pair(label, value) for label, value in pairs]


def _pair(label: Line, value: Line) -> tuple[Piece, ...]:
    name = label.piece.text.rstrip(" :")
    return (Piece(name, label.piece.start, label.piece.start + len(name)), value.piece)


def _lone(cell: Line) -> tuple[Piece, ...]:
    """A cell without its partner: a label is a count with no number (``Dafür:``, never the
    verdict ``dafür``); a number is a number. (A row of labels whose numbers do not follow is
    left cell by cell: column heads, not empty counts.)"""
    if cell.kind != "label":
        return (cell.piece,)
    return _pair(cell, Line("value", Piece("", cell.piece.end, cell.piece.end)))


@dataclass(slots=True)
class _Draft:
    """A vote being read from items."""

    start: int
    end: int
    subject: str | None = None
    unanimous: bool | None = None
    majority: bool | None = None
    verdicts: list[Outcome] = field(default_factory=list)
    reported: list[Outcome] = field(default_factory=list)
    """The verdicts that report a result (``wurde vertagt``), not a decision sentence's verb."""
    stated: list[Outcome] = field(default_factory=list)
    """The verdicts that state something in prose too (not ``dafür``, which does only in a vote
    result)."""
    counts: dict[str, int] = field(default_factory=dict)
    led: set[str] = field(default_factory=set)
    """The sides counted number first (``zwei Gegenstimmen der X``): a further such count of
    the side adds to it."""
    yes: list[Group] = field(default_factory=list)
    no: list[Group] = field(default_factory=list)
    abstain: list[Group] = field(default_factory=list)
    flip_prose: list[tuple[str, Group]] = field(default_factory=list)
    """Prose groups whose side depends on the verdict (mit/gegen den Stimmen … abgelehnt)."""
    ratio: tuple[int, int] | None = None
    """``mit 17:3 Stimmen`` as written; :func:`_finish` gives the winning side the larger one."""
    ratio_at: int = 0
    """How many verdicts were read before the ratio: the first after it tells which side won."""
    consent: bool = False
    """A decision by consent, without a vote (``Widerspruch erhebt sich nicht``)."""
    anew: bool = False
    """Told after a vote counted and decided, in a sentence of its own (``… - angenommen.`` /
    ``Sodann beschließt … mehrheitlich …``): the next vote, not the heading's."""
    side_votes: int | None = None
    """``mit 16 Stimmen (…)``: the first side's number, until ``gegen 2 Stimmen (…)`` makes the
    two a ratio."""
    against: int | None = None
    """``gegen 2 Stimmen (der AfD)`` with no side's number before it: the votes against what
    was decided."""
    called_unanimous: bool = False
    """The vote is called einstimmig (not only ``ohne Gegenstimmen``, which ``mehrheitlich``
    outweighs)."""
    closed: bool = False
    """A verdict has followed the counts (``bei 20 Dafürstimmen … beschlossen``): a side counted
    again is the next vote."""
    fillers: int = 0
    """Words of the text that carry no vote meaning (many of them: the sentence says more)."""
    last_side: str | None = None
    """The field the last count was read into."""

    @property
    def has_counts(self) -> bool:
        return (
            self.ratio is not None
            or self.side_votes is not None
            or self.against is not None
            or any(k in self.counts for k in ("yes", "no", "abstain"))
        )

    @property
    def has_prose(self) -> bool:
        return bool(
            self.verdicts
            or self.consent
            or self.unanimous is not None
            or self.majority is not None
            or self.flip_prose
            or self.yes
            or self.no
            or self.abstain
        )


def _remark_after_sentence(name: str) -> tuple[str, str] | None:
    """``FDP. (Herr X nimmt nicht teil.)``: the name up to its last full stop that a
    parenthesis closing the text follows, and what the parenthesis holds; what the regex
    ``(.*\\.)\\s*\\((.*)\\)$`` matches in a folded name (no line breaks), found by looking back from
    the end (the regex reads the rest again after every full stop: quadratic)."""
    if not name.endswith(")"):
        return None
    p = len(name)
    while (p := name.rfind(".", 0, p)) != -1:
        q = p + 1
        while q < len(name) and name[q].isspace():
            q += 1
        if q < len(name) - 1 and name[q] == "(":
            return name[: p + 1], name[q + 1 : -1]
    return None


# "Fraktion Die Linke. Frau Dr. H. betont …": a name that runs on into the next sentence ends at
# the full stop after a word (not after an initial or a title: "Frau Dr. H. Roth", "Prof. Lenz")
# (matched only from a word's start: tried at every letter of a long word, the run of letters is
# read again from each, quadratic)
_SENTENCE_IN_NAME: Final = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})[.!?]\s+(?=[A-ZÄÖÜ])")
# "BÜRGERLIS- TE": a word broken at the end of a line, in the same case on both sides
_BROKEN_WORD: Final = re.compile(r"(?<=[A-ZÄÖÜ])- (?=[A-ZÄÖÜ]{2})|(?<=[a-zäöüß])- (?=[a-zäöüß])")
# "CDU (5)", "SPD (geschlossen)": a remark after a group's name is not part of it
_TRAILING_REMARK: Final = re.compile(r"(?<!\s)\s*\(([^()]*)\)$")  # (from a space run's start)
_SHORT_NAME: Final = re.compile(r"(?=(?:[^A-ZÄÖÜ]*[A-ZÄÖÜ]){2})[A-ZÄÖÜ][A-Za-zÄÖÜäöü&]{1,7}")
"""A group's short name in parentheses after its long one (``(WHU)``, ``(BfB)``): two capitals at
least, no digit, no space."""


_MORE_SIDE_VOTES: Final = re.compile(
    rf"(?P<n>[0-9]{{1,3}}|(?i:{'|'.join(vocab.NUMBER_WORDS)}))[ ]+(?i:stimmen?)[ ]+"
    r"(?:der|des|von)[ ]+"
)


_FOR_SAID: Final = re.compile(
    r"[ ]*(?:dafür|für[ ]+(?:den|die|das)[ ]+(?:Antrag|Vorlage|Beschluss))\b"
)
"""The side of ``mit 4 Stimmen`` said after it: for the motion, whatever the verdict."""


def _more_side_votes(item: VoteItem) -> tuple[tuple[Member, ...], int]:
    """A side's list after its number, where further groups bring their own (``gegen 2
    Stimmen der AfD-Fraktion und 1 Stimme der Gruppe ÖDP``): the groups, each with its number,
    and how many votes the further groups add to the side's."""
    if item.number is None:
        return item.groups, 0
    members: list[Member] = []
    more = 0
    for m in item.groups:
        said = _MORE_SIDE_VOTES.match(m.name.text)
        n = vocab.number_of(said.group("n")) if said is not None else None
        if said is None or n is None or said.end() >= len(m.name.text):
            members.append(m)
            continue
        start = m.name.start
        members.append(
            Member(
                Piece(m.name.text[said.end() :], start + said.end(), m.name.end),
                Piece(said.group("n"), start, start + len(said.group("n"))),
            )
        )
        more += n
    if more and members and members[0].number is None:
        # the side's number was the first group's ("gegen 4 Stimmen der X und 2 Stimmen der Y")
        members[0] = Member(members[0].name, item.number)
    return tuple(members), more


def _groups(
    members: Sequence[Member], vt: _VoteText, cleaned: Cleaned, *, named_only: bool = False
) -> list[Group]:
    """The groups of a list, in order. A list ends where a name runs into the next sentence or a
    member is no name at all (``…, Herr W., stellt einen Antrag``). ``named_only``: after a bare
    ``gegen`` (``gegen die beabsichtigte Änderung``) only what says it is a group is one."""
    out: list[Group] = []
    for i, member in enumerate(members):
        group, ended = _group(member, vt, cleaned)
        if group is not None and named_only and not vocab.names_a_group(group.name):
            break
        if (
            group is not None
            and i == len(members) - 1
            and out
            and out[-1].kind == "person"
            and out[-1].party is None
            and group.party is not None
            # (the party's name alone, its article too: "(BV Meier, Die PARTEI)"; not a group's
            # word, "Fraktion …")
            and _ARTICLE.sub("", vocab.key(group.name)) == vocab.key(group.party)
        ):
            # "… und von MGR Sepp Lindner, ÖDP": the party after a person, ending the list, is
            # the person's
            out[-1] = out[-1]._replace(party=group.party)
            break
        if (
            group is not None
            and out
            and out[-1].kind == "person"
            and vocab.key(group.name) in vocab.UNAFFILIATED
        ):
            # "(BV Kaya, fraktionslos)": the person's standing, no group of its own
            if ended:
                break
            continue
        if (
            group is not None
            and out
            and out[-1].kind == "person"
            and vocab.opens_with_plural_title(out[-1].name)
            and _BARE_SURNAME.fullmatch(group.name) is not None
            and group.party is None
            and not vocab.names_a_group(group.name)
        ):
            # "Ratsmitglieder Wessel und Yıldız": the next name is a member's too
            group = group._replace(kind="person")
        if group is not None:
            out.append(group)
        if ended:
            break
    return out


_BARE_SURNAME: Final = re.compile(r"[A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?")
"""A surname alone (any letters: ``Yıldız``)."""


class _Name(NamedTuple):
    """What a member's words say, whoever they stand for: the same words read the same way."""

    name: str
    """The group's name, or ``""`` when the words name no group."""
    party: str | None
    kind: GroupKind
    remark_members: int | None
    """The number in a faction's remark (``CDU (5)``), for a member without a number."""
    ended: bool
    """Whether the list ends with these words."""


_TRAILING_COUNT: Final = re.compile(r"[ ]+([0-9]{1,3})$")


def _member_with_party(head: str, inner: str) -> bool:
    """Whether ``head (inner)`` names a member by surname (and first name) with a party in the
    parentheses (``Albrecht (CDU)``, ``Schulz, Ute (SPD)``), not a group with a remark."""
    head = head.strip()
    return (
        _SURNAME.fullmatch(head) is not None
        and (vocab.party_of(inner) is not None or _GROUP_LETTERS.fullmatch(inner) is not None)
        and vocab.party_of(head) is None
        and not vocab.names_a_group(head)
    )


_GROUP_LETTERS: Final = re.compile(r"[A-ZÄÖÜ][A-Za-zÄÖÜ]?[A-ZÄÖÜ][A-Za-zÄÖÜ]{0,4}")
"""A local list's letters (``BfB``, ``UWG``, ``FWG``)."""


_SURNAME: Final = re.compile(
    r"(?:Dr\.[ ]+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?:,[ ]+[A-ZÄÖÜ][a-zäöüß]+)?"
)


_VOTES_OF: Final = re.compile(r"Stimmen?[ ]+(?:(?:der|des|aus[ ]+der)[ ]+)?(?=[A-ZÄÖÜ])")
"""The votes a count names before their group (``1 Stimme SPD``, ``2 Stimmen der CDU``)."""


@vocab.cached_lookup  # a long list names the same few groups again and again
def _read_name(raw: str) -> _Name:
    ended = False
    if (gap := _CLOSED_GAP.search(raw)) is not None and gap.start() > 0:
        # "(Ja: SPD; Nein: AfD, Die Linke) folgenden Beschluss …", its parentheses read as
        # spaces: the sentence goes on after the list
        raw, ended = raw[: gap.start()], True
    if (stop := _SENTENCE_IN_NAME.search(raw)) and not vocab.is_title(stop.group(1)):
        raw, ended = raw[: stop.end(1)], True
    name = _BROKEN_WORD.sub("", fold(raw))
    if (votes_of := _VOTES_OF.match(name)) is not None and votes_of.end() < len(name):
        name = name[votes_of.end() :]  # "1 Stimme SPD": one vote of the SPD's
    # "FDP. (Herr X nimmt nicht teil.)": a remark after the sentence; but "Frau B. (FDP)" is a
    # person with an initial and her party
    cut = _remark_after_sentence(name)
    if cut and vocab.party_of(cut[1]) is None:
        name = cut[0]
    if (verb := _VOTED_BEFORE.search(name)) is not None and verb.start() > 0:
        # "(die CDU-Fraktion stimmte dagegen)": the verb of the list's own side
        name = _ARTICLE.sub("", name[: verb.start()])
    person = vocab.is_person(name)
    members = None
    remark = _TRAILING_REMARK.search(name) if not person else None
    if remark is not None and _member_with_party(name[: remark.start()], remark.group(1)):
        # "Albrecht (CDU)", "Schulz, Ute (SPD)": a member named with a party, no group
        person, remark = True, None
    if (
        remark is not None
        and _SHORT_NAME.fullmatch(remark.group(1)) is not None
        and vocab.party_of(remark.group(1)) is None
    ):
        # "Wählergemeinschaft Henstedt-Ulzburg (WHU)": the group's short name is part of its name
        # (a party's is not: "Çelik (SPD)" is a member and the party)
        remark = None
    if remark is not None and name[: remark.start()].strip():
        # a faction's remark is no part of its name; a number in it counts its members
        name = name[: remark.start()]
        members = vocab.number_of(remark.group(1))
    elif (count := _TRAILING_COUNT.search(name)) is not None:
        # "(CDU 19, FREIE WÄHLER 8, FDP 4)": each group with how many of it voted so (a local
        # list's name too, "Gießener Linke 3"; a member with a party, "Stv. Bäumler (Die
        # PARTEI) 1")
        named = name[: count.start()]
        if (
            (person and named.endswith(")"))
            or vocab.party_of(named) is not None
            or vocab.names_a_group(named)
            or (not person and _LIST_NAME.fullmatch(named) is not None)
        ):
            name, members = named, int(count.group(1))
    if name.endswith(" ."):  # "DIE LINKE )." with its parenthesis read as a space
        name = name[:-2].rstrip()
    if (tail := _JOINING_TAIL.search(name)) is not None:
        # "der Fraktionen CDU und AfD bei 2 Enthaltungen": the next phrase's word cut off
        name = name[: tail.start()]
    if (phrase := _PHRASE_AFTER_NAME.search(name)) is not None and phrase.start() > 0:
        # "Enthaltung: BBB in der durch den Änderungsantrag … geänderten Fassung", "… der Gruppe
        # BU/FW wie folgt": what was voted on, or how, after the list's last name
        name = name[: phrase.start()]
    for obj in _OBJECT_AFTER_NAME.finditer(name):
        # "gegen die Stimmen der Fraktion BÜNDNIS 90/DIE GRÜNEN die Überweisung in den …", "…
        # der Fraktion ÖDP dem Antrag der Referentin entsprochen": once the words name a party,
        # a small article and a noun go on with the sentence (not "Fraktion der Grünen")
        if vocab.party_of(name[: obj.start()]) is not None:
            name = name[: obj.start()]
            break
    if (adverb := _TRAILING_ADVERB.search(name)) is not None and adverb.start() > 0:
        # "Für die Vertagung stimmten die Fraktionen von CDU, FWG und FDP geschlossen": how the
        # groups voted, no part of the last name
        name = name[: adverb.start()]
    if (dash := _TRAILING_DASH.search(name, max(0, len(name) - _DASH_REACH))) is not None:
        # "Nein: GRÜNE, SPD, Die LINKE – Enthaltung: …": the dash parts the sides
        name = name[: dash.start()]
    party = vocab.party_of(name)
    # (not Frankfurt's "LINKE.", the full stop its name's; a sentence's after a name that holds
    # the word goes: "Enthaltungen aus der Fraktion Linke Liste.")
    if not name.endswith("LINKE.") and (stripped := name.rstrip(" ./–-")) != name:
        name, party = stripped, vocab.party_of(stripped)  # looked up again only if it changed
    kind: GroupKind = "person" if person else "faction"
    if not any(ch.isalpha() for ch in name):  # a dash or a stray mark is no group
        return _Name("", None, kind, None, ended)
    if name.rsplit(" ", 1)[-1].lower() in vocab.SPLIT_VOTE_WORDS:
        # "CDU-Fraktion uneinheitlich": its members voted both ways, the group on no side
        return _Name("", None, kind, None, ended)
    if not person and party is None and not vocab.may_open_a_name(name):
        # "dagegen", "s. u.", "stellt einen Antrag": a word of the sentence, not a name
        return _Name("", None, kind, None, True)
    if name.split(" ", 1)[0].lower() in vocab.DEMONSTRATIVES:  # "gegen diesen Vorschlag"
        return _Name("", None, kind, None, True)
    if vocab.key(name) in vocab.COLLECTIVES:  # "mit den Stimmen der Koalition"
        return _Name("", None, kind, None, ended)
    if vocab.key(name) in vocab.COUNT_KEYS:
        # "(Ja : Nein : Enthaltung)": a tally's legend names sides, no group
        return _Name("", None, kind, None, ended)
    if (ref := _TO_A_BODY.search(name)) is not None and ref.start() > 0:
        # "bei Enthaltung der Fraktion DIE LINKE an den Ausschuss für Mobilität": where the
        # motion goes follows the last name
        name, ended = name[: ref.start()], True
        party = vocab.party_of(name)
    return _Name(name, party if not person else _party_in_remark(name), kind, members, ended)


_TO_A_BODY: Final = re.compile(r"[ ]+(?:an|in)[ ]+(?:den|die|das|dem)[ ]+(?=[A-ZÄÖÜ])")


_TRAILING_ADVERB: Final = re.compile(
    r"[ ]+(?:" + "|".join(w for w in vocab.VOTING_ADVERBS if w != "auch") + r"|einstimmig)$"
)
"""How a list's groups voted, after its last name (``… und FDP geschlossen``)."""
_TRAILING_DASH: Final = re.compile(r"[ ]+[–—-]{1,3}$")
_DASH_REACH: Final = 12
"""A dash that parts the sides stands in a name's last few characters (sought there only)."""
_JOINING_TAIL: Final = re.compile(
    r"[ ]+(?:bei|mit|gegen|und|sowie|ohne|folgenden|folgende|nachstehenden"
    r"|(?:folgenden|nachstehenden)[ ]+Beschluss)$"
)
"""A joining word a name ends with: the phrase after the name begins with it (``… gegen die
Stimmen der Fraktion X folgenden`` / ``Beschluss:``, ``… Enthaltung der Fraktion X folgenden
Beschluss:``)."""

_PHRASE_AFTER_NAME: Final = re.compile(
    r"[ ]+(?:wie[ ]+folgt\b|in[ ]+der[ ]+(?:durch|vom|von|im|geänderten|ergänzten|ursprünglichen"
    r"|vorgelegten|vorliegenden)\b)"
)
"""A phrase that follows a list's last name (``… in der durch den Änderungsantrag geänderten
Fassung``, ``… wie folgt``): no part of the name."""
_OBJECT_AFTER_NAME: Final = re.compile(
    r"[ ]+(?:(?:an|in|im|von|zu|mit|auf|für|über|nach)[ ]+)?(?:die|der|den|dem|das)[ ]+"
    # (its adjectives between: "… der FDP-Fraktion den so geänderten Antrag")
    r"(?:[a-zäöüß]+[ ]+){0,3}(?=[A-ZÄÖÜ][a-zäöüß])"
)
"""A small article (after a preposition, or not) before a noun, perhaps with its adjectives:
where the sentence may go on after a list's last name."""
_CLOSED_GAP: Final = re.compile(r"[ ]{2,}(?=[a-zäöüß])")
"""Two spaces before a small word in a name: a parenthesis that closed the list was there."""

_PLURAL_INTRO: Final = re.compile(
    # ("den Kreistagsfraktionen der AfD und von Bündnis 90/Die Grünen": a body's compound)
    r"(?:[Dd](?:ie|en)[ ]+)?(?:(?:(?:[A-ZÄÖÜ][a-zäöüß]*f|F)raktionen"
    r"|(?:[A-ZÄÖÜ][a-zäöüß]*g|G)ruppen)(?:[ ]+(?:von|der|des))?"
    # the members of a group ("Die Ausschussmitglieder der Fraktion X stimmten dagegen")
    # (or its councillors, its representatives: "Die Gemeinderäte der Fraktion Bürgerliste
    # stimmten geschlossen dagegen", "Die Vertreter der WGK und der CDU stimmten dafür")
    r"|(?:(?:beiden|alle|zwei|drei|vier|fünf|[0-9]{1,2})[ ]+)?(?:(?:[A-ZÄÖÜ][a-zäöüß]*m|M)itglieder"
    r"|[A-ZÄÖÜ][a-zäöüß]*(?:räte|rätinnen|verordneten|abgeordneten)|Vertreter(?:innen)?"
    # (or a part of the group: "Teile der SPD-Fraktion"; one member, "ein Mitglied der …", is
    # no group's vote)
    r"|(?:[Ee]in[ ]+)?Teil(?:e|en)?"
    r"|Abgeordneten)[ ]+(?:der|des))[ ]+(?=\S)"
)


def _group(member: Member, vt: _VoteText, cleaned: Cleaned) -> tuple[Group | None, bool]:
    """A member of a list as a group (or None, when it is no name), and whether the list ends
    with it."""
    # "(Fraktionen CDU und AfD)": the plural names no group, each name after it does
    plural = _PLURAL_INTRO.match(member.name.text)
    skip = plural.end() if plural is not None else 0
    read = _read_name(member.name.text[skip:])
    if not read.name:
        return None, read.ended
    members = vocab.number_of(member.number.text) if member.number else None
    start = vt.to_clean(member.name.start + skip)
    span = cleaned.span(start, start + len(read.name))
    return (
        Group(
            name=read.name,
            party=read.party,
            kind=read.kind,
            members=members if members is not None else read.remark_members,
            span=span,
        ),
        read.ended,
    )


# What ends the stretch before a group's side word: punctuation, a parenthesis, a line break.
_BEFORE_NAMES: Final = re.compile(r".*[,;:.()\n]", re.DOTALL)
_AND: Final = re.compile(r"[ ]*,[ ]*|[ ]+(?:und|sowie)[ ]+")
_NAMES_REACH: Final = 160
_ARTICLE: Final = re.compile(r"^(?:[Dd]ie|[Dd]er|[Dd]as)[ ]+(?=\S)")


# A voting verb after the groups it tells of, and what may stand between it and their side
# (``die CDU-Fraktion stimmte geschlossen dagegen``).
_VOTED_BEFORE: Final = re.compile(
    rf"[ ]+(?:{'|'.join(vocab.VOTING_VERBS)})(?:[ ]+(?:{'|'.join(vocab.VOTING_ADVERBS)}))?[ ]*\Z"
    # (or the adverb alone, its verb told before: "die WGD-Fraktion stimmte geschlossen für den
    # Antrag, die CDU-Fraktion geschlossen dagegen")
    rf"|[ ]+(?:{'|'.join(vocab.VOTING_ADVERBS)})[ ]*\Z"
)


def _named_before(at: int, vt: _VoteText, cleaned: Cleaned) -> list[Group]:
    """``CDU dagegen``, ``SPD und Grüne dagegen``, ``die CDU stimmte dagegen``: the groups
    named right before a side word that tells their vote (at ``at`` in the vote text), each a
    known party or a name that says it is a group's (``Fraktion X``); none where any of the
    words is no such name."""
    window = max(0, at - _NAMES_REACH)  # a bounded look back (linear time)
    line = vt.text[window:at]
    if (verb := _VOTED_BEFORE.search(line)) is not None:
        line = line[: verb.start()]
    head = _BEFORE_NAMES.match(line)
    begin = head.end() if head is not None else 0
    if head is None and window > 0:
        return []
    groups = _names_in(line, begin, window, vt, cleaned)
    # a list before them, its names parted by commas ("SPD, CDU, FDP und die Gruppe X stimmten
    # dagegen"): each name back to the first that is none
    at = begin - 1
    while groups and at > 0 and line[at] == ",":
        before = max(line.rfind(mark, 0, at) for mark in _LIST_STOPS)
        if _NOT_A_NAME.search(line, before + 1, at) is not None:
            break  # a clause of its own ("Die FWV-Fraktion stimmte dagegen, die Grünen …")
        named = _names_in(line[:at], before + 1, window, vt, cleaned)
        if len(named) != 1:
            break
        groups = named + groups
        at = before
    if not groups and (opens := _SENTENCE_OPENS.match(line, begin)) is not None:
        # "… 0 Enthaltungen Die Fraktion X stimmte dagegen": a sentence of its own after a
        # count line
        groups = _names_in(line, opens.end(), window, vt, cleaned)
    return groups


_NOT_A_NAME: Final = re.compile(r"(?<![\w/-])(?!(?:die|der|den|dem|des|von|und|sowie)\b)[a-zäöüß]")
"""A word in small letters but an article or a joining word: no part of a group's name."""
_LIST_STOPS: Final = (",", ";", ":", ".", "(", ")", "\n")
"""What parts the names of a list, or ends it (:data:`_BEFORE_NAMES`'s marks)."""


# The last capitalised article of a stretch, where a sentence may open after a count line.
_SENTENCE_OPENS: Final = re.compile(r".*[ ](?=(?:Die|Der|Das)[ ])", re.DOTALL)


_ASSENTED_BY: Final = re.compile(
    r"(?i:stimm(?:te|ten|en))[ ]+(?P<names>(?:die|der)[ ]+(?:Fraktion(?:en)?|Gruppen?)[ ]+\S.*?)"
    r"(?:[ ]+(?:geschlossen|ebenfalls|auch|jeweils))?[ ]+(?i:zu)"
)
"""The key of vote.lark's ASSENTED with the groups between its verb and ``zu``."""


_ABSTAINED_AFTER: Final = re.compile(
    r"[ ]+(?P<names>(?:[Dd]ie|[Dd]er)[ ]+(?:(?:beiden|zwei|drei|vier|fünf)[ ]+)?"
    r"[A-ZÄÖÜ][^,;:.()\n]{1,160}?)(?=[ ]*(?:[.;:\n]|$))"
)
"""The groups after the verb of an abstention that opens the sentence with its object (``Der
Stimme enthielt sich die Fraktion Freie Wähler/FDP.``), up to the sentence's end."""


def _named_within(key: Piece, vt: _VoteText, cleaned: Cleaned) -> list[Group]:
    """The groups an assent names between its verb and ``zu`` (``stimmten die Fraktionen DIE
    LINKE und GRÜNE zu``); none where any word there is no group's name."""
    m = _ASSENTED_BY.fullmatch(key.text)
    if m is None:
        return []
    return _names_in(key.text[: m.end("names")], m.start("names"), key.start, vt, cleaned)


def _names_in(line: str, begin: int, window: int, vt: _VoteText, cleaned: Cleaned) -> list[Group]:
    """The groups ``line[begin:]`` names, parted by ``und``; none where any is no group's
    name (``line`` starts at ``window`` in the vote text)."""
    groups: list[Group] = []
    offset = begin
    for name in _AND.split(line[begin:]):
        raw = _ARTICLE.sub("", name.strip())  # "die AfD-Fraktion enthielt sich"
        if (plural := _PLURAL_INTRO.match(raw)) is not None:
            raw = raw[plural.end() :]  # "Die Fraktionen von CDU und FWG stimmten … zu"
        word = " ".join(raw.split())  # "der Gruppe" / "Unabhängige", wrapped
        found = line.find(raw, offset) if raw else -1
        start = window + found if found >= 0 else -1
        if (
            not word
            or start < 0
            or (vocab.party_of(word) is None and not vocab.names_a_group(word))
        ):
            return []
        offset = found + len(raw)
        kind: GroupKind = "person" if vocab.is_person(word) else "faction"
        groups.append(_named(word, kind, (start, start + len(raw)), vt, cleaned))
    return groups


def _named(
    name: str, kind: GroupKind, where: tuple[int, int], vt: _VoteText, cleaned: Cleaned
) -> Group:
    """A group named in a vote text (``where``: its stretch there), no number of its members
    given."""
    start, end = where
    return Group(
        name=name,
        party=vocab.party_of(name),
        kind=kind,
        members=None,
        span=cleaned.span(vt.to_clean(start), vt.to_clean(end)),
    )


# The groups a count names after its noun, up to a word of the sentence or a sign: "bei 8
# Gegenstimmen der AfD-Fraktion und der Gruppe Unabhängige sowie 3 Enthaltungen …"
_NAMES_AFTER: Final = re.compile(
    # ("bei einer Gegenstimme aus der AfD-Fraktion")
    r"[ ]+(?:der|des|von|aus[ ]+der|aus[ ]+dem)[ ]+"
    r"(?P<names>(?:[^,;:.()\n]|\n(?=[A-ZÄÖÜ])){1,160}?)"
    # ("… der Fraktion Die Linke und einer Enthaltung": the next count, its number a word)
    r"(?=[ ]+(?:sowie|bei|gegen|und[ ]+(?:bei|\d|\w+[ ]+\d|"
    + vocab.alternation(vocab.NUMBER_WORDS)
    + r"(?=[ ]+[A-ZÄÖÜ])))\b"
    # (a word in lower case ends them, but the words that join names; a verb's particle too: "…
    # der AfD-Fraktion zu.")
    r"|[ ]+(?!(?:und|der|die|des|von|für)[ ])[a-zäöüß]+(?:[ ]|$|[.,;:!?])|[,;:.()\n]|$)"
)


_MEMBERS_OF: Final = re.compile(
    r"[ ]+(?:Mitglieder|Ratsmitglieder|Vertreter(?:innen)?|Abgeordnete)(?=[ ]+(?:der|des|aus)[ ])"
)
"""Whose members a count told with its verb names (``enthielten sich zwei Mitglieder der …``)."""


def _named_after(at: int, vt: _VoteText, cleaned: Cleaned) -> list[Group]:
    """``3 Gegenstimmen der CDU-Fraktion``, ``8 Gegenstimmen der AfD-Fraktion und der Gruppe
    Unabhängige``: the groups named right after a count (at ``at`` in the vote text), each a
    known party or a name that says it is a group's; none where any is no such name."""
    m = _NAMES_AFTER.match(vt.text, at)
    if m is None:
        return []
    names = m.group("names")
    return _names_in(names, 0, m.start("names"), vt, cleaned) if names else []


def _party_in_remark(name: str) -> str | None:
    m = re.search(r"\(([^()]*)\)\s*$", name)
    return vocab.party_of(m.group(1)) if m else None


_NEGATIONS: Final = frozenset({"nicht", "keine", "keinen"})


def _said_by_a_person(item: VoteItem, vt: _VoteText) -> bool:
    """Whether the sentence ``item`` stands in opens with a person, not the body (``Herr Brandt
    ist …``, ``Die Antragstellerin ist damit …``)."""
    at = item.piece.start
    return _PERSON_SUBJECT.search(vt.text[_sentence_start(vt.text, at) : at]) is not None


# A person, then the verb of the consent that ends the stretch (the sentence's start may be lost
# where a title line runs into it)
_PERSON_SUBJECT: Final = re.compile(
    r"\b(?:Herr|Frau|(?:Der|Die)[ ]+(?:Antragsteller(?:in)?|Einreicher(?:in)?|Petent(?:in)?"
    # (or a group, its consent reported: "Die Fraktion sei einverstanden, den Antrag …")
    r"|Fraktion(?:en)?|Gruppe))\b"
    r"[^.;:!?]{0,80}\b(?:ist|sind|war|waren|sei|seien|zeigt[ ]sich|erklärt[ ]sich)\b"
    r"[^.;:!?]{0,60}\Z"
)


_DENIED_AT_THE_END: Final = re.compile(r"[^.;:!?\n]{0,80}?[ ]nicht[ ]*(?:[.;!]|$)")
"""``nicht`` closing the clause of a verb in second place (``folgt der Empfehlung … nicht.``)."""


def _negated(items: Sequence[VoteItem], index: int) -> bool:
    """Whether the word right before item ``index`` denies it (``nicht angenommen``, ``nicht
    zugestimmt``: the motion failed)."""
    before = items[index - 1] if index > 0 else None
    return (
        before is not None
        and before.kind == "filler"
        and before.piece.text.lower() in _NEGATIONS
        and before.piece.end + 1 >= items[index].piece.start
    )


def _received(items: Sequence[VoteItem], index: int) -> bool:
    """Whether the word right before item ``index`` says how something was received, not that
    it was adopted (``Grüngutplätze gut angenommen``, ``wird rege angenommen``)."""
    before = items[index - 1] if index > 0 else None
    return (
        before is not None
        and before.kind == "filler"
        and before.piece.text.lower() in vocab.RECEPTION_WORDS
        and before.piece.end + 1 >= items[index].piece.start
    )


def _after_how(items: Sequence[VoteItem], index: int) -> bool:
    """Whether item ``index`` follows right after how the vote went (``einstimmig dagegen``)."""
    return index > 0 and items[index - 1].kind in ("unanimity", "majority")


def _how_next(items: Sequence[VoteItem], index: int) -> bool:
    """Whether the item after ``items[index]`` (fillers passed) tells how the vote went
    (``beschließt`` / ``mehrheitlich``)."""
    after = next((i for i in items[index + 1 :] if i.kind != "filler"), None)
    return after is not None and after.kind in ("unanimity", "majority")


def _read_items(
    items: Sequence[VoteItem],
    vt: _VoteText,
    cleaned: Cleaned,
    notes: list[Diagnostic],
) -> list[_Draft]:
    """Turn items into drafts; a subject (``Zu Ziffer 2:``) starts a new vote."""
    drafts: list[_Draft] = []
    current: _Draft | None = None
    prev_end = -1
    decided_end = 0  # where the last verdict ends in the vote text
    pending_fillers = 0
    for index, item in enumerate(items):
        if item.kind == "filler":  # most items of a sentence: offsets mapped only where needed
            pending_fillers += 1
            if (
                item.piece.text.isdigit()
                and item.piece.start == prev_end
                and index == len(items) - 1
            ):
                start, end = vt.to_clean(item.piece.start), vt.to_clean(item.piece.end)
                notes.append(
                    diagnostic(
                        "RP801",
                        f"'{item.piece.text}' is glued to the last word; ignored as export residue",
                        cleaned.span(start, end),
                    )
                )
            prev_end = item.piece.end
            continue
        start, end = vt.to_clean(item.piece.start), vt.to_clean(item.piece.end)
        if item.number is not None:  # a table's number may stand before its label
            start = min(start, vt.to_clean(item.number.start))
            end = max(end, vt.to_clean(item.key.end) if item.key else end)
        prev_end = item.piece.end
        if item.kind == "subject" or current is None:
            if current is not None and _shows_a_vote(current):
                drafts.append(current)
            current = _Draft(start, end)
            if item.kind == "subject":
                # "Zu Ziffer 1:" is about "Ziffer 1"
                current.subject = re.sub(r"(?i)^zu\s+", "", fold(item.piece.text)).rstrip(":")
                continue
        if _counted_again(item, current) and (current.closed or _side_again(item, current)):
            # "bei 20 Dafürstimmen … beschlossen. … bei zwei Dafürstimmen … abgelehnt": one vote
            # counts each side once; a side counted again after the verdict is the next vote
            if _shows_a_vote(current):
                drafts.append(current)
            current = _Draft(start, end)
        elif (
            item.kind in ("unanimity", "majority")
            and current.verdicts
            and (current.unanimous is not None or current.majority is not None)
            and "\n" in vt.text[decided_end : item.piece.start]
        ) or (
            # (or counted, its sentence ended, and the next told how on a line of its own: "22
            # Ja-Stimmen, 18 Nein-Stimmen, 2 Enthaltungen - angenommen." / "Sodann beschließt
            # die Stadtverordnetenversammlung mehrheitlich …")
            item.kind in ("unanimity", "majority", "verdict")
            and current.verdicts
            and current.has_counts
            and current.unanimous is None
            and current.majority is None
            and vt.text.startswith(".", decided_end)
            and "\n" in vt.text[decided_end : item.piece.start]
            and (item.kind != "verdict" or _how_next(items, index))
        ):
            # "Der Änderungsantrag wird einstimmig angenommen." / "Der so geänderte Antrag wird
            # mehrheitlich … angenommen.": a vote decided and told how, then the next on a line
            # of its own
            drafts.append(current)
            current = _Draft(start, end, anew=True)
        current.start, current.end = min(current.start, start), max(current.end, end)
        key = item.key.text if item.key else item.piece.text
        if item.kind == "unanimity":
            current.unanimous = True
            if item.number is not None and (everyone := vocab.number_of(item.number.text)):
                current.counts.setdefault("yes", everyone)  # "alle neun … stimmen mit Ja"
            if (zero := vocab.NONE_COUNTED.get(vocab.key(key))) is not None:
                current.counts.setdefault(zero, 0)  # "ohne Gegenstimmen": a No count of 0
            else:
                current.called_unanimous = True
        elif item.kind in ("majority", "rest"):  # "mit den übrigen Stimmen": there was dissent
            current.majority = True
        elif item.kind == "consent":
            # "Herr Brandt ist mit dem Verfahren einverstanden": a member's, no consent of the body
            current.consent = current.consent or not _said_by_a_person(item, vt)
        elif item.kind == "verdict":
            outcome = vocab.status_outcome(key)  # "in geänderter Form empfohlen": amended
            if outcome in ("approved", "approved_amended") and _negated(items, index):
                # "Der Antrag wird nicht angenommen." (but "Der Ablehnung … wird nicht
                # gefolgt" says nothing sure)
                outcome = "rejected" if vocab.is_deniable(key) else None
            elif (
                outcome is not None
                and not vocab.is_deniable(key)
                and _DENIED_AT_THE_END.match(vt.text, item.piece.end) is not None
            ):
                # "Die Bezirksversammlung folgt der Empfehlung des Ausschusses nicht.": the
                # denial closes the clause, and says nothing sure either
                outcome = None
            if outcome == "approved" and _received(items, index):
                outcome = None  # "Die Grüngutplätze werden gut angenommen": well received
            if vocab.is_after_how(key) and not _after_how(items, index):
                outcome = None  # "AfD dagegen": a group's vote, not the verdict
                assert item.key is not None
                _against_before(current, item.key.start, vt, cleaned)
            if (
                outcome is not None
                and (particle := vocab.particle_of(key)) is not None
                and not vocab.particle_follows(vt.text, item.piece.end, particle)
            ):
                outcome = None  # "Lehnen, Jörg" in a list of members: a name, no verdict
            if outcome == "referred" and vocab.points_to(vt.text, item.piece.start, item.piece.end):
                # "Andere verwiesen auf die Erfahrungen …", "Auf die Ausführungen wird
                # verwiesen": pointed to, no referral
                outcome = None
            if outcome is not None and _INFINITIVE_AFTER.match(vt.text, item.piece.end):
                # "… die für zwei Jahre gewählt werden", "… kann abgelehnt werden": what is to
                # be done or may be, no verdict
                outcome = None
            if (
                outcome in ("approved", "rejected")
                and item.key is not None
                and vocab.key(key).split(" ", 1)[0] in _A_GROUPS_VERB
                and (named := _named_before(item.key.start, vt, cleaned))
                # (not the body itself: "Der Stadtrat lehnt den Antrag … ab")
                and not any(vocab.key(g.name) in vocab.PERSON_TITLES for g in named)
            ):
                # "die SPD-Fraktion lehnte ihn ab", "die AWG-Fraktion dafür": groups named as
                # the verb's subject tell their own vote, not the body's verdict
                (current.yes if outcome == "approved" else current.no).extend(named)
                outcome = None
            if outcome:
                current.verdicts.append(outcome)
                decided_end = item.piece.end
                if not vocab.is_weak(key):
                    current.stated.append(outcome)
                current.closed = current.closed or bool(current.counts)
                if not vocab.is_present(key):
                    current.reported.append(outcome)
        elif item.kind == "ratio":
            _read_ratio(item, current)
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
            # "gegen den Vorschlag, die Sitzung zu unterbrechen, …" names a thing, no groups
            first = item.groups[0].name.text.split(" ", 1)[0].lower() if item.groups else ""
            if first in vocab.NOT_GROUPS:
                if item.kind == "opponents" and item.key is not None and _voted_before(item, vt):
                    # "Die Fraktionen von CDU und SPD stimmten geschlossen gegen den Antrag"
                    current.no.extend(_named_before(item.key.start, vt, cleaned))
                continue
            # a bare "gegen" also stands before things ("gegen die geplante Änderung"); not
            # before a side's number and its list ("gegen 2 Stimmen (…)")
            bare = vocab.key(key) == "gegen" and item.number is None
            members, more = _more_side_votes(item)
            # (nor a thing later in the list: "bei Enthaltung der AfD-Fraktion, den Antrag zu
            # beschließen")
            groups = [
                g
                for g in _groups(members, vt, cleaned, named_only=bare)
                if g.name.split(" ", 1)[0].lower() not in vocab.NOT_GROUPS
            ]
            # "mit 16 Stimmen (…) gegen 2 Stimmen (…)": the two sides' numbers, a ratio
            side_votes = vocab.number_of(item.number.text) if item.number is not None else None
            if side_votes is not None:
                side_votes += more
            elif (
                listed := _LIST_TOTAL.search(members[-1].name.text) if members else None
            ) and not any(m.number is not None for m in members):
                # "Für den Antrag stimmten die SPD-Fraktion und die Fraktion Die Linke (4
                # Stimmen)": the side's number after its list
                side_votes = vocab.number_of(listed.group("n"))
            if (
                side_votes is not None
                and item.kind == "supporters"
                and _FOR_SAID.match(vt.text, item.piece.end) is not None
            ):
                # "Mit 4 Stimmen dafür, 14 Stimmen dagegen … abgelehnt": the side said
                current.counts.setdefault("yes", side_votes)
            elif side_votes is not None and item.kind == "supporters":
                current.side_votes = side_votes
            elif side_votes is not None and current.side_votes is not None:
                if current.ratio is None:
                    current.ratio = (current.side_votes, side_votes)
                    current.ratio_at = len(current.verdicts)
            elif side_votes is not None:
                current.against = side_votes  # "gegen 2 Stimmen (der AfD) angenommen"
            if item.kind == "supporters" and not item.groups and _VOTED_FOR_IT.match(key):
                assert item.key is not None
                current.yes.extend(_named_before(item.key.start, vt, cleaned))
            elif item.kind == "supporters" and not item.groups and _ASSENTED.match(key):
                # "Die Fraktionen von CDU und SPD stimmten dem Antrag zu": the groups named
                # before the verb; where none are (the body: "Der Ausschuss stimmte der Vorlage
                # zu"), it is the verdict
                assert item.key is not None
                # (or named after the verb, the object first: "Dem Antrag stimmten die
                # Fraktionen DIE LINKE und GRÜNE zu")
                named = _named_before(item.key.start, vt, cleaned) or _named_within(
                    item.key, vt, cleaned
                )
                if named:
                    current.yes.extend(named)
                elif not _denied_before(item.key.start, vt):  # "Nicht alle … stimmen zu"
                    current.verdicts.append("approved")
                    current.stated.append("approved")
                    current.reported.append("approved")
                    current.closed = current.closed or bool(current.counts)
            elif bare and not groups and item.key is not None and _voted_before(item, vt):
                # "Die Fraktion Freie Wähler stimmte geschlossen gegen den Beschlussvorschlag":
                # the groups named before their verb voted against what was decided (a list
                # before them ran on into them, "Für den Antrag stimmte die AfD; SPD und CDU
                # stimmten dagegen", and leaves them)
                _against_before(current, item.key.start, vt, cleaned)
            elif item.kind == "abstainers" and not item.groups:
                # "die Gruppe Die Linke enthielt sich": the groups named before the verb; a list
                # before them ran on into them ("dagegen CDU und FDP; die Gruppe … enthielt
                # sich"), and leaves them
                assert item.key is not None
                named = _named_before(item.key.start, vt, cleaned)
                _leave_lists(current, {g.span.start for g in named if g.span is not None})
                if not named and (after := _ABSTAINED_AFTER.match(vt.text, item.key.end)):
                    # "Der Stimme enthielt sich die Fraktion Freie Wähler/FDP.": the verb first,
                    # its subject after it
                    named = _names_in(
                        vt.text[: after.end("names")], after.start("names"), 0, vt, cleaned
                    )
                current.abstain.extend(named)
            elif item.kind == "abstainers":
                current.abstain.extend(groups)
            elif vocab.key(key).startswith("bei zustimmung"):
                current.yes.extend(groups)
            elif _SIDE_TOLD.match(key):  # "Für den Antrag stimmten …", "…, dagegen die FDP"
                (current.yes if item.kind == "supporters" else current.no).extend(groups)
            else:
                side = "yes" if item.kind == "supporters" else "no"
                current.flip_prose.extend((side, g) for g in groups)
    if current is not None and _shows_a_vote(current):
        drafts.append(current)
    if drafts:
        drafts[-1].fillers = pending_fillers
    return drafts


_SIDES: Final = ("yes", "no", "abstain")


def _denied_before(at: int, vt: _VoteText) -> bool:
    """Whether the sentence before ``at`` in the vote text holds a denial (``Nicht alle
    Mitglieder …``, ``Keine Fraktion …``)."""
    return _DENIAL.search(vt.text[_sentence_start(vt.text, at) : at]) is not None


_DENIAL: Final = re.compile(r"(?i)\b(?:nicht|kein|keine|keiner|niemand)\b")

_ASSENTED: Final = re.compile(r"(?i)stimm(?:te|ten|en)\b.*\bzu$")
"""The key of vote.lark's ASSENTED (``stimmten dem Antrag zu``)."""
_VOTED_FOR_IT: Final = re.compile(r"(?i)stimm(?:te|ten|en)\b.*\bfür (?:den|die|das) \S+$")
"""... or its other form, the groups named before it (``Die Fraktionen von CDU und FDP stimmen
für die Zurückstellung``): those groups voted for it; without them, no verdict."""

_INFINITIVE_AFTER: Final = re.compile(r"[ ]*\n?[ ]*(?:zu[ ]+)?werden\b")
"""After a participle: the passive infinitive (``gewählt werden``, ``abgelehnt zu werden``)."""

_A_GROUPS_VERB: Final = frozenset({"lehnt", "lehnte", "lehnten", "lehnen", "dafür"})
"""Verdict words a group may be the subject of (``die SPD-Fraktion lehnte ihn ab``, ``die
AWG-Fraktion dafür``), not a participle that reports the body's verdict (``… bei Enthaltung der
FDP angenommen``)."""


_HEADING_COLON: Final = re.compile(r":\s*(?=[A-ZÄÖÜ])")


def _after_heading(text: str) -> int:
    """Where the sentence goes on after a heading it opens with (``Beratungsergebnis …,
    05.03.2024: Der Ausschuss …``), else 0."""
    found = _HEADING_COLON.search(text)
    return found.end() if found is not None else 0


def _voted_before(item: VoteItem, vt: _VoteText) -> bool:
    """Whether a voting verb stands right before the item's key (``… stimmte geschlossen
    gegen …``): the groups before the verb voted as the key says."""
    assert item.key is not None
    return (
        _VOTED_BEFORE.search(vt.text, max(0, item.key.start - _NAMES_REACH), item.key.start)
        is not None
    )


def _against_before(draft: _Draft, at: int, vt: _VoteText, cleaned: Cleaned) -> None:
    """The groups named right before ``at`` (their verb, ``stimmten dagegen``) voted no; a list
    of another side before them ran on into them (``Für den Antrag stimmte die AfD; SPD und CDU
    stimmten dagegen``), and leaves them."""
    named = _named_before(at, vt, cleaned)
    _leave_lists(draft, {g.span.start for g in named if g.span is not None})
    draft.no.extend(named)


def _leave_lists(draft: _Draft, starts: set[int]) -> None:
    """Takes the groups that start at ``starts`` (clean spans) out of the draft's lists."""
    if not starts:
        return

    def kept(group: Group) -> bool:
        return group.span is None or group.span.start not in starts

    draft.yes[:] = [g for g in draft.yes if kept(g)]
    draft.no[:] = [g for g in draft.no if kept(g)]
    draft.flip_prose[:] = [(side, g) for side, g in draft.flip_prose if kept(g)]


_SIDE_TOLD: Final = re.compile(
    r"(?i)(?:für|gegen) (?:den|die|das) \S+ (?:stimm|votier)|dafür |dagegen(?: |$)"
    # (the verb said once: "Für den Antrag stimmten …, gegen den Antrag die Fraktionen …")
    r"|gegen (?:den|die|das) (?!stimme)\S+$"
    r"|mit [„\"']?(?:ja|nein)[“\"']? (?:stimm|votier)|die gegenstimmen? kam"
)
"""The words of a side told before its groups (vote.lark's VOTED_FOR and VOTED_AGAINST): the
groups voted that way whatever the verdict (unlike ``mit den Stimmen der …``)."""


def _counted_again(item: VoteItem, draft: _Draft) -> bool:
    """Whether ``item`` counts a side ``draft`` has counted already."""
    if item.kind == "ratio":
        return draft.ratio is not None
    if item.kind != "count" or item.number is None or item.key is None:
        return False
    side = vocab.COUNT_KEYS.get(vocab.key(item.key.text))
    return side in _SIDES and side in draft.counts


def _side_again(item: VoteItem, draft: _Draft) -> bool:
    """Whether ``item`` counts a side again after another side was counted (``23 Ja-Stimmen,
    1 Nein-Stimme, 1 Enthaltung 23 Ja-Stimmen …``: the next part's vote), not the same side's
    next group (``zwei Gegenstimmen der X, eine Gegenstimme der Y``: their sum)."""
    assert item.key is not None
    side = vocab.COUNT_KEYS.get(vocab.key(item.key.text))
    return draft.last_side is not None and side != draft.last_side


def _shows_a_vote(draft: _Draft) -> bool:
    """Whether a draft holds counts or words of a vote. Counts of nobody at all (``Ja: 0, Nein:
    0, Enthaltungen: 0``, ``Dafür: 0, Dagegen: 0``) are a template left unfilled, not a vote:
    they are dropped."""
    counts = draft.counts
    if "yes" in counts and "no" in counts and not any(counts.get(k) for k in _SIDES):
        for k in _SIDES:
            counts.pop(k, None)
    return draft.has_counts or draft.has_prose


_SUM: Final = re.compile(r"[ ]*\+[ ]*[0-9]")
_WORD_OR_NUMBER: Final = re.compile(r"[0-9]+|[^\W\d_]+")


def _numbers(text: str) -> list[int]:
    """The numbers a ratio writes, in digits or words (``16 zu zwölf``)."""
    return [n for w in _WORD_OR_NUMBER.findall(text) if (n := vocab.number_of(w)) is not None]


def _read_ratio(item: VoteItem, draft: _Draft) -> None:
    """``mit 17:3 Stimmen``, ``12 : 3 : 1``, ``mit 16 zu zwölf Stimmen`` (a number word on either
    side); which side won, the verdict tells (:func:`_finish`)."""
    numbers = _numbers(item.piece.text)
    if len(numbers) < 2 or draft.ratio is not None:
        return
    draft.ratio = (numbers[0], numbers[1])
    draft.ratio_at = len(draft.verdicts)
    if len(numbers) > 2:  # Ja : Nein : Enthaltung
        draft.counts.setdefault("abstain", numbers[2])


def _read_count(
    item: VoteItem,
    following: VoteItem | None,
    draft: _Draft,
    vt: _VoteText,
    cleaned: Cleaned,
    notes: list[Diagnostic],
) -> None:
    assert item.key is not None
    if (zero := vocab.NONE_COUNTED.get(vocab.key(item.key.text))) is not None:
        draft.counts.setdefault(zero, 0)  # "ohne Enthaltungen"
        return
    # (a tally's label by its initial, "J/N/E", only there is a count's key one letter)
    said = vocab.key(item.key.text)
    field_name = vocab.COUNT_KEYS.get(said, vocab.TALLY_INITIALS.get(said))
    if item.number is None and any(
        m.name.text.split(" ", 1)[0].lower() in vocab.NOT_GROUPS for m in item.groups
    ):
        return  # "Für den Beschluss: s. u.": the votes are told elsewhere
    groups = _groups(item.groups, vt, cleaned)
    if not groups and item.number is not None and item.number.start < item.key.start:
        groups = _named_after(item.piece.end, vt, cleaned)  # "3 Gegenstimmen der CDU-Fraktion"
    elif (
        not groups
        and item.number is not None
        and (members_of := _MEMBERS_OF.match(vt.text, item.piece.end))
    ):
        # "Der Stimme enthielten sich zwei Mitglieder der Fraktion Freie Wähler/FDP."
        groups = _named_after(members_of.end(), vt, cleaned)
    if item.number is None and groups and all(g.members is not None for g in groups):
        # "Zustimmung: CDU (12), SPD (4)": the side's count is what its groups add up to.
        if field_name in ("yes", "no", "abstain"):
            draft.counts[field_name] = sum(g.members or 0 for g in groups)
            getattr(draft, field_name).extend(groups)
        return
    if item.number is None and groups:
        # "Dafür: CDU, SPD": who voted that way; how many is not written
        if field_name in ("yes", "no", "abstain"):
            getattr(draft, field_name).extend(groups)
        return
    if item.number is None:
        dash = (
            following is not None
            and following.kind == "filler"
            and following.piece.text in ("-", "–", "—", "./.")
        ) or any(not any(ch.isalnum() for ch in m.name.text) for m in item.groups)
        worded = following is not None and following.kind in ("majority", "unanimity")
        if dash and field_name is not None:  # "Nein-Stimmen: -": nobody, written out
            draft.counts[field_name] = 0
        elif (
            field_name in ("yes", "no", "abstain")
            and not worded
            and vocab.status_outcome(item.key.text.rstrip(" :")) is None
        ):
            # (a word in the number's place, "Ja-Stimmen: mehrheitlich", is no count, and says
            # how the vote went: no empty template; nor is a label that is a verdict alone on
            # its line, "Annahme", Frankfurt's word for adopted)
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
    if field_name is None or value is None or _SUM.match(vt.text, item.number.end):
        return  # "Ja-Stimmen: 16 + 1": a sum written out is not read
    if value > _MOST_VOTES and item.key.text.strip().lower() in _PREPOSITIONS:
        return  # "… wird für 2025 auf 4,5 Mio. € festgesetzt": a year, no body's count
    for more in item.more:  # "Gegenstimmen: 3 (AfD), 2 (DIE LINKE)": the groups' sum
        if (also := vocab.number_of(more.text)) is None:
            return
        value += also
    lead = item.number.start < item.key.start
    if field_name in draft.counts and lead and field_name in draft.led:
        # "bei zwei Gegenstimmen der X, einer Gegenstimme der Y": numbers per group, no total;
        # the side's count is their sum (not after "Enthaltungen: 2", which a sentence below
        # tells again: "einstimmig bei zwei Enthaltungen")
        value += draft.counts[field_name]
    if lead:
        draft.led.add(field_name)
    draft.counts[field_name] = value
    draft.last_side = field_name
    if field_name in ("yes", "no", "abstain"):
        getattr(draft, field_name).extend(groups)


def _says_nothing(vote: Vote) -> bool:
    """Whether a vote read from a block says nothing at all: no result, no count, no group, not
    how it went (a form's fields left blank)."""
    return (
        vote.outcome is None
        and vote.unanimous is None
        and vote.majority is None
        and not any(vote.groups)
        and all(c is None for c in vote.counts)
    )


# A form's field left blank: "Abstimmungsergebnis: einstimmig: ____ Ja: ____ Nein: ____", a
# result form printed with the proposal and never filled in
_BLANK_FORM_FIELD: Final = re.compile(
    r"\b(?:[Ee]instimmig|[Mm]ehrheitlich)[ ]*:[ ]*(?:_{2,}|\.{3,}|…)"
)


def _finish(d: _Draft, vt_text: str, cleaned: Cleaned) -> Vote:
    if (d.unanimous or d.majority) and ":" in vt_text and _BLANK_FORM_FIELD.search(vt_text):
        d.unanimous = d.majority = None  # the form's label, not how the vote went
    outcome: Outcome | None = d.verdicts[-1] if d.verdicts else None
    if d.ratio is not None:
        # A ratio with a verdict gives the winning side the larger number, whichever way it is
        # written: "mit 24:12 Stimmen abgelehnt" and "lehnt mit 5:7 Stimmen ab" are rejections
        # by 24 and 7 votes. Without a verdict the order is Ja:Nein. The verdict that tells is
        # the first after the ratio, else the last before it ("21 : 12 : 2" / "… der
        # Beschlussvorschlag angenommen und der Einwohnerantrag damit abgelehnt": the proposal
        # voted on carried, by 21).
        first, second = d.ratio
        low, high = sorted((first, second))
        telling = d.verdicts[d.ratio_at] if d.ratio_at < len(d.verdicts) else outcome
        if telling == "rejected":
            yes_no = (low, high)
        elif telling in ("approved", "approved_amended"):
            yes_no = (high, low)
        else:
            yes_no = (first, second)
        d.counts.setdefault("yes", yes_no[0])
        d.counts.setdefault("no", yes_no[1])
    # One side's number alone: "mit 16 Stimmen der SPD beschlossen" (for what was decided),
    # "gegen 2 Stimmen der AfD angenommen" (against it); a rejection turns both round.
    for number, for_decision in ((d.side_votes, True), (d.against, False)):
        if number is not None and d.ratio is None:
            for_motion = for_decision != (outcome == "rejected")
            d.counts.setdefault("yes" if for_motion else "no", number)
    basis: OutcomeBasis | None = "words" if outcome is not None else None
    yes, no = d.counts.get("yes"), d.counts.get("no")
    if outcome is None and yes is not None:
        outcome, basis = ("approved" if yes > (no or 0) else "rejected"), "counts"
    if outcome is None and d.consent:  # consent adopts the proposal, in so many words
        outcome, basis = "approved", "words"
    if outcome is None and (d.unanimous or d.majority or d.against):
        # "Abstimmungsergebnis: einstimmig", "(gegen 3 Stimmen)": the proposal was adopted
        outcome, basis = "approved", "convention"
    groups_yes, groups_no = list(d.yes), list(d.no)
    for side, g in d.flip_prose:
        # "mit den Stimmen der X abgelehnt": X voted against the motion.
        for_motion = (side == "yes") != (outcome == "rejected")
        (groups_yes if for_motion else groups_no).append(g)
    unanimous = d.unanimous
    majority = d.majority
    if majority and (unanimous is None or (unanimous and not d.called_unanimous)):
        unanimous = False  # also "mehrheitlich ohne Gegenstimmen bei zwei Enthaltungen"
    if unanimous is None and (
        ((groups_no or d.counts.get("no")) and outcome in ("approved", "approved_amended"))
        or ((groups_yes or d.counts.get("yes")) and outcome == "rejected")
        or (groups_yes and groups_no)
        or (d.against and d.ratio is None)
        # "nach Antrag (gegen die Stimmen der AfD-Fraktion)": whichever way it went, a group
        # voted against the rest
        or (outcome is None and d.flip_prose)
    ):
        # a group named, or votes counted, against what was decided: dissent
        # ("angenommen bei 3 Gegenstimmen")
        unanimous = False
    if unanimous is None:
        unanimous = _unanimity_from_counts(d.counts)
    return Vote(
        text=vt_text,
        subject=d.subject,
        outcome=outcome,
        outcome_basis=basis,
        unanimous=unanimous,
        majority=majority,
        counts=VoteCounts(**d.counts),
        # (a side counted none has no voters: "Enthaltung 0 (Mitwirkungsverbot gem. § 24 KV
        # M-V: 1)" names no abstainers)
        groups=VoteGroups(
            yes=_among_people(groups_yes) if d.counts.get("yes") != 0 else (),
            no=_among_people(groups_no) if d.counts.get("no") != 0 else (),
            abstain=_among_people(d.abstain) if d.counts.get("abstain") != 0 else (),
        ),
        decisive=False,
        span=cleaned.span(d.start, d.end),
    )


def _among_people(side: Sequence[Group]) -> tuple[Group, ...]:
    """A side's groups, where a lone surname in a list of people (a roll call's "Schulz, Ute
    (SPD)", cut at its comma) is a person too: no party, no group's word."""
    if sum(g.kind == "person" for g in side) < _ROLL_MIN:
        return tuple(side)
    return tuple(
        g._replace(kind="person")
        if g.kind == "faction"
        and g.party is None
        and _SURNAME.fullmatch(g.name)  # (one word, or "Schulz, Ute")
        and not vocab.names_a_group(g.name)
        else g
        for g in side
    )


def _unanimity_from_counts(counts: dict[str, int]) -> bool | None:
    yes, no, abstain = counts.get("yes"), counts.get("no"), counts.get("abstain")
    if yes is not None and no is not None:
        if yes > 0 and no > 0:
            return False
        if (yes > 0) != (no > 0) and not abstain:
            return True
    return None


class _WordCue:
    """Whether a text holds one of ``phrases`` as words, in any case: what
    ``(?i)(?<!\\w)(?:phrases)(?!\\w)`` (:attr:`plain`) finds.

    ``phrases`` are in lower case, each starting and ending with a word character. For speed the
    lower-cased text is searched case-sensitively, and the character before a phrase is matched
    (``[^a-z0-9äöüß]``, then checked to be ``\\W``) rather than looked behind at: re skips over the
    letters of words to the characters between them and tries the phrases' first letters as
    literals, where the plain pattern is tried at every position (two to three times faster). A
    text holding a letter that lower() folds apart from IGNORECASE is searched with the plain one.
    """

    __slots__ = ("_plain", "after_gap", "at_start")

    def __init__(self, phrases: str) -> None:
        self._plain = rf"(?i)(?<!\w)(?:{phrases})(?!\w)"
        self.at_start = re.compile(rf"(?:{phrases})(?!\w)")
        self.after_gap = re.compile(rf"[^a-z0-9äöüß](?<=\W)(?:{phrases})(?!\w)")

    @property
    def plain(self) -> re.Pattern[str]:
        """Compiled on first use (rare letters only; ``re`` keeps it): not at import (speed)."""
        return re.compile(self._plain)

    def search(self, text: str) -> bool:
        if any(c in text for c in FOLDED_APART):
            return self.plain.search(text) is not None
        low = text.lower()
        return self.at_start.match(low) is not None or self.after_gap.search(low) is not None


def _phrase_tree(phrases: Iterable[str]) -> str:
    """``phrases`` as a tree of their common beginnings (:func:`vocab.alternation`), so that a
    search tries one branch at each position, not every phrase (speed). The space between two
    words of a phrase matches a line break too (``kein`` / ``Widerspruch``)."""
    return vocab.alternation(phrases).replace("\\ ", r"\s+")


_VERBS: Final = "|".join(vocab.VOTING_VERBS)
_SIDES_AND_NUMBER_WORDS: Final = "|".join((*vocab.VOTED_SIDES, *vocab.NUMBER_WORDS))
# A sentence that may hold a vote: the vote language's words for how it was decided, for dissent
# and abstention and for consent (from vocab, where they are written once), and the shapes of
# ratios and of a vote heading's count.
_VOTE_CUE: Final = _WordCue(
    _phrase_tree(
        (
            *vocab.UNANIMITY_WORDS,
            *vocab.MAJORITY_WORDS,
            "stimmenmehrheit",
            # the nouns of dissent and abstention ("bei 3 Gegenstimmen"), not "nein", "dagegen"
            # (not a noun of prose that names a result, "die Ablehnung des Antrags": a cue
            # only after its number, below)
            *(
                w
                for w, e in vocab.COUNT_VOCABULARY.items()
                if e.after_number
                and e.field in ("no", "abstain")
                and "-" not in w
                and len(w) > 7
                and vocab.outcome_of(w.removesuffix("en")) is None
            ),
            "mit den stimmen",
            "gegen die stimmen",
            "stimmenverhältnis",
            *vocab.CONSENT_PHRASES,
        )
    )
    # (the ratio wrapped after its "mit": "… in der Sitzung mit" / "25 : 20 : 2 angenommen")
    + r"|\d+ ?(?::|zu|gegen) ?\d+ stimmen|mit\s+\d+ ?(?::|zu|gegen) ?\d+"
    + r"|abstimmung(?:sergebnis)? ?: ?\d+"
    + rf"|mit\s+(?:\d+|{'|'.join(vocab.NUMBER_WORDS)})\s+stimmen?\b"
    # a count of yes or no votes with its hyphenated label: "mit 6 Ja-Stimmen und 9
    # Nein-Stimmen", "mit 6 Ja- und 9 Nein-Stimmen" (the plain words "ja", "nein" are no cue)
    + r"|\d+ ?(?:ja|nein|gegen)-(?:stimmen?\b|und\b)"
    # a vote in parentheses after the decided words: "(12 Ja, 3 Nein)", "(7:7)", "(11/0/2)"
    + r"|\( ?\d+ ?(?:ja|nein|dafür)\b|\( ?\d{1,3} ?(?::|/) ?\d{1,3}\b"
    # who voted how in parentheses after the verdict: "(Dafür CDU, FDP; Dagegen SPD, …)"
    + r"|\( ?(?:dafür|dagegen)(?= ?:? ?[a-zäöü])"
    # a row of count labels over the row of their numbers: "Ja | Nein | Enth." (the labels
    # alone are no cue: "Enthaltung" is, its abbreviation and the plain "ja", "nein" are not)
    + r"|ja(?:-stimmen)?[ \t|]+nein(?:-stimmen)?[ \t|]+(?:stimm)?enth"
    # a tally with its labels: "Ja/Nein/Enthaltung 9/2/1", "9/2/1 (Ja/Nein/Enth.)"
    + r"|(?:ja|dafür)(?:-stimmen)? ?/ ?(?:nein|dagegen|enth|stimmenth|gegenst)"
    # a tie, and a side's number against: "bei Stimmengleichheit", "gegen 2 Stimmen der AfD"
    + r"|stimmengleichheit|gegen\s+(?:\d+|eine)\s+stimmen?"
    # assent and refusal counted: "14 Zustimmungen, 2 Ablehnungen"
    + r"|\d+\s+(?:zustimmung|ablehnung)(?:en)?\b"
    # a vote told with its verb: "alle neun Mitglieder stimmen mit Ja", "stimmten alle dafür",
    # "16 Stadträte stimmten dagegen", "votierten 12 … für", "zwei enthielten sich" (the verb
    # first in the cue: a literal to search for, where a number or "alle" first is not)
    + rf"|(?:{_VERBS})\s+(?:(?:{'|'.join(vocab.VOTING_ADVERBS)})\s+)?"
    + rf"(?:alle|mit|zu|\d+|{_SIDES_AND_NUMBER_WORDS})"
    + rf"|{'|'.join(vocab.ABSTAINING_VERBS)}"
    # the side told first, then who: "Für den Antrag stimmten die Fraktionen …", "dagegen
    # stimmte die CDU", "mit Nein stimmte die AfD"
    + r"|(?:dafür|dagegen|(?:für|gegen) (?:den|die|das) \w+|mit [„\"']?(?:ja|nein)[“\"']?)"
    + rf" (?:{_VERBS})"
    # assent told with the verb's two parts: "Der Ausschuss stimmte dem Antrag zu"
    + r"|stimm(?:te|ten|en)(?: (?:dem|der|den|diesem|dieser|ihm|ihr) \w+){0,2} zu\b"
    # a ratio with a number word: "mit 16 zu zwölf Stimmen"
    + rf"|\d+\s+(?:zu|gegen)\s+(?:{'|'.join(vocab.NUMBER_WORDS)})\s+stimmen"
    # who cast a side's votes, its label hyphenated: "Die Nein-Stimmen kamen aus der …"
    + r"|nein-stimmen? (?:kam(?:en)?|kommen|stamm(?:en|ten))"
    # Frankfurt's sides, what those against wanted after them: "… gegen LINKE (= Annahme)"
    + rf"|{vocab.SIDES_WANTED}[a-zäöü]+"
)
# A sentence ends before a capital letter, or before a result written in lower case on a line of
# its own ("2. Die Mittel werden bereitgestellt." / "einstimmig beschlossen": the clause is no
# part of the vote), or before a "Beschluss:" that runs on in its line.
_HOW_DECIDED: Final = vocab.alternation(
    w for w in (*vocab.UNANIMITY_WORDS, *vocab.MAJORITY_WORDS) if " " not in w
)
"""How a vote went in one word (``einstimmig``, ``mehrheitlich``), as a line opens with it."""
# A full stop, not an ordinal's ("die 2. Sitzung") nor a small letter's alone ("i. V. m. Art. 23"),
# before a capital letter (or a line that says how the vote went); a colon before a blank line
# ("… folgende Satzung beschlossen:" over "§ 1 …")
_SENTENCE_END_PATTERN: Final = (
    # (not an abbreviation's full stop before a capital: "Drucks. Nr. 2871/2022")
    r"(?<=[.!?])(?<![0-9]\.)(?<![ (][a-z]\.)(?<!\bNr\.)(?<!Drucks\.)(?<!\bDrs\.)"
    r"(?<!\bAbs\.)(?<!\bZiff\.)(?<!\bvgl\.)(?<!\bgem\.)(?<!\bbzw\.)(?<!\bAnl\.)(?<!\bStR\.)"
    # (a parcel's: "Flst. Nr. 1127/2", "Fl. Nr. 788/12", "Gmkg. Ostrach"; a file mark's: "Az.
    # M/MR 21-04/112", "Gz. IV 2")
    r"(?<!\bFlst\.)(?<!\bFl\.)(?<!\bGmkg\.)(?<!\bAz\.)(?<!\bGz\.)"
    # (an amount's: "94,6 Mio. Euro", "1,2 Mrd. EUR", "12 Tsd. Euro")
    r"(?<!\bMio\.)(?<!\bMrd\.)(?<!\bTsd\.)"
    # (a company's, a title's, a street's: "Glasfaser GmbH & Co. KG", "Dr. Weber", "Prof. Lang",
    # "Hauptstr. 4", "ca. 40 Plätze")
    r"(?<!\bCo\.)(?<!\bDr\.)(?<!\bProf\.)(?<!\bStr\.)(?<!\bSt\.)(?<!\bca\.)(?<!\bggf\.)"
    r"(?<!\bevtl\.)(?<!\binkl\.)(?<!\bsog\.)"
    # (a member's title: "1 Nein-Stimme (Abg. Voss, FDP)", "Hr. Brandt", "Fr. Claußen")
    r"(?<!\bAbg\.)(?<!\bHr\.)(?<!\bFr\.)"
    # (or before a blank line, whatever follows: "… verwiesen." / "" / "bei einer Enthaltung
    # einstimmig beschlossen")
    r"(?:\s+(?=[A-ZÄÖÜ])|[ ]*\n[ ]*\n\s*|[ ]*\n\s*(?=(?:[-–—][ ]*)?"
    + _HOW_DECIDED
    + r"\b))|(?<=:)[ ]*\n[ ]*\n\s*"
    # a result framed by dashes ends before the paragraph after it ("– abgelehnt –" / "" /
    # "Sodann fasst der Rat … folgenden")
    r"|(?<=[–—])[ ]*\n[ ]*\n\s*(?=[A-ZÄÖÜ])"
    # a year's full stop that ends its paragraph, a date's ("… in ihre Sitzung am 18.04.2024." /
    # "" / "- einstimmig beschlossen -", "… am 25. Juni 2024."), or its line before how it was
    # decided
    r"|(?<=[0-9]{4}\.)(?:[ ]*\n[ ]*\n\s*|[ ]*\n\s*(?=(?:[-–—][ ]*)?" + _HOW_DECIDED + r"\b))"
    # a heading alone on its line after a blank line, whatever ends the line before it: the
    # next body's result ("8 Ja / 3 Nein / 1 Enthaltung" / "" / "Ausschuss für Technik,
    # 19.06.2030:" / "Der Ausschuss empfiehlt einstimmig …"); not the decision a sentence
    # announces ("… fasst folgenden" / "" / "Beschluss:")
    r"|(?<=[a-zäöüß0-9])(?<!folgenden)(?<!folgender)(?<! den)(?<!einen)(?<!diesen)"
    r"[ ]*\n[ ]*\n(?=[ ]*[A-ZÄÖÜ][^\n:]{0,80}:[ ]*\n)"
    # a line that ends in a word or a count, then a paragraph that opens a sentence with its
    # subject and a verb in the present: the line is no part of it ("Abstimmungsergebnis: 15 :
    # 4" / "" / "Der Gemeinderat nimmt die Bekanntgabe zur Kenntnis."); not another body's vote
    # told in the perfect ("Der Ausschuss … hat die Vorlage am 01.12.2027 … einstimmig
    # empfohlen."), nor the sentence that concludes from the result or states it ("Der Antrag ist
    # abgelehnt", "Der Beschlussantrag ist damit abgelehnt", "Der Vorsitzende stellt fest, …")
    # (not after a tally split by kind of member, "Stadtverordnete: 4 / 1 / 1" / "sachkundige
    # Einwohner: 3 / 0 / 2", whose verdict below says no one count)
    r"|(?<=[0-9a-zäöüß])(?<!/[ ][0-9])(?<!/[0-9])[ ]*\n[ ]*\n\s*"
    r"(?=(?:Der|Die|Das|Dem|Den)[ ]+[A-ZÄÖÜ][\w-]+[ ]+"
    r"(?:wird|werden|[a-zäöüß]+t)\b(?<!\bhat)(?<!\bist))"
    r"(?![^.\n]{0,80}\b(?:damit|somit|mithin|stellt|stellte|festgestellt)\b)"
    # (the body taking note on the line below, where an export lost the blank lines)
    r"|(?<=[0-9a-zäöüß])[ ]*\n\s*(?=(?:Der|Die|Das)[ ]+[A-ZÄÖÜ][\w-]+[ ]+nimmt[ ][^.\n]{0,80}?"
    r"\bKenntnis\b)"
    # (a result's verdict ending its line, the body's next decision on the line below: "…: 6 Ja
    # / 13 Nein - abgelehnt" / "Die Gemeindevertretung genehmigt die Tagesordnung …")
    # (a letter the three end in tried first: the pattern is tried at every character)
    r"|(?<=[nt])(?:(?<=abgelehnt)|(?<=angenommen)|(?<=beschlossen))[ ]*\n[ ]*"
    r"(?=(?:Der|Die|Das)[ ]+[A-ZÄÖÜ][\w-]+[ ]+(?:wird|werden|[a-zäöüß]+t)\b(?<!\bhat)(?<!\bist))"
    r"(?![^.\n]{0,80}\b(?:damit|somit|mithin|stellt|stellte|festgestellt)\b)"
)
_SENTENCE_END: Final = re.compile(_SENTENCE_END_PATTERN)
# a page run into one line: "… mehrheitlich abgelehnt Beschluss: Die Stadtvertretung …" opens
# the next decision (not "fasst folgenden Beschluss: …", which announces it); searched for only
# in a paragraph that holds "Beschlu" (speed: its lookbehinds are tried at every letter)
_SENTENCE_OR_STATUS_END: Final = re.compile(
    _SENTENCE_END_PATTERN
    + r"|(?<=[a-zäöüß])(?<!folgenden)(?<!folgender)(?<! den)(?<!einen)(?<!diesen)"
    r"[ ]+(?=Beschlu(?:ss|ß)[ ]*:[ ]*[A-ZÄÖÜ])"
)


_VERDICT_CUE: Final = _WordCue(_phrase_tree(vocab.OUTCOME_PHRASES))


def _paragraphs(lines: Sequence[Line], walls: Sequence[int]) -> Iterator[list[Piece]]:
    """Runs of prose lines: a clause line, or a header field standing between two lines (its
    offset in ``walls``, sorted), ends a run. A vote heading does not: its result and the
    sentence after it (``Damit ist der Antrag abgelehnt.``) are read together."""
    run: list[Piece] = []
    for line in lines:
        if run and (
            line.kind == "clause"
            or bisect_right(walls, line.piece.start) > bisect_right(walls, run[-1].end)
        ):
            yield run
            run = []
        run.append(line.piece)
    if run:
        yield run


def _sentences(
    lines: Sequence[Line],
    markers: Sequence[Marker],
    blocks: Sequence[tuple[tuple[Line, ...], int | None]],
    text: str,
    walls: Sequence[int] = (),
) -> Iterator[Piece]:
    """Paragraphs of the prose lines, each a stretch of the clean text (line breaks kept). A
    header field, or a count table, standing between two lines ends a paragraph (a vote
    heading's result and the sentence after it are read together; a count table under the
    heading is no prose, and its cells are read once, as the table they are; nor is a form's
    row of results with their boxes, whose ticked result is read as the vote)."""
    walls = sorted(
        [*walls, *(m.label.start for m in markers if m.kind != "vote_heading")]
        + [
            block[0].piece.start
            for block, heading in blocks
            if heading is None
            or block[0].kind in _TABLE_KINDS
            or _in_a_form(text, block[0].piece.start)
        ]
    )
    for run in _paragraphs(lines, walls):
        yield Piece("", run[0].start, run[-1].end)


def _in_a_form(text: str, at: int) -> bool:
    """Whether the line that holds ``at`` is a form's row with its boxes (``☐ beschlossen   ☒
    zur Kenntnis genommen``)."""
    # (a row is short: looked at within a reach, which keeps a long line linear)
    start = text.rfind("\n", max(0, at - _FORM_REACH), at) + 1
    end = text.find("\n", at, at + _FORM_REACH)
    return holds_a_box(text[start : end if end >= 0 else at + _FORM_REACH])


_FORM_REACH: Final = 240


class StatusVote(NamedTuple):
    """What the status line says as a vote."""

    tally: Vote | None = None
    """Its counts, as a vote (``Beschluss: 15 : 0``)."""
    cue: Vote | None = None
    """Its vote, where it says einstimmig or mehrheitlich (``einstimmig beschlossen``)."""
    unanimous: bool | None = None
    """What the cue says: true for einstimmig, false for mehrheitlich."""


@dataclass(frozen=True, slots=True)
class VoteReading:
    votes: tuple[Vote, ...]
    """Every vote result, in text order; none is marked decisive (the resolver chooses)."""
    status_vote: StatusVote
    statement_outcome: Outcome | None
    reported_outcome: Outcome | None
    """The last result reported in prose in so many words (``wurde vertagt``, ``Damit ist der
    Antrag abgelehnt``), not a decision sentence's present tense (``Der Rat beschließt``)."""
    diagnostics: tuple[Diagnostic, ...]
    vote_sentences: tuple[tuple[int, int], ...]
    """Clean ranges of decided-text sentences that are vote results, not decided text."""
    statement_outcomes: tuple[Outcome, ...] = ()
    """Every decision stated in prose outside a vote, in text order (``statement_outcome`` is
    the last)."""
    in_prose: tuple[bool, ...] = ()
    """For each vote, whether a sentence of prose states it (``Der Ortsbeirat genehmigt die
    Niederschrift einstimmig.``), not a vote section or count table alone."""
    cut_off: bool = False
    """The text ends inside a vote result (``Dafür: 11, Dage``): that vote shows no result."""
    made_known: int | None = None
    """Where the text starts to make known decisions of another sitting (``Der Vorsitzende gibt
    bekannt, dass … in seiner nichtöffentlichen Sitzung vom 23.07.2024 folgende Beschlüsse gefasst
    hat:``), clean offset: the votes and decisions told after it are none of this text's."""


def _read_block(
    lines: Sequence[Line], cleaned: Cleaned, notes: list[Diagnostic], cut: list[bool] | None = None
) -> list[tuple[_Draft, str]]:
    """Read one vote text: its lines joined, count lines kept on lines of their own; ``cut``
    learns whether the text ends inside it (``Dafür: 11, Dage``)."""
    if (parts := _part_columns(lines)) is not None:
        # a column for each part voted on: a vote each, the block's other lines read as before
        by_part, rest = parts
        later = _read_block(rest, cleaned, notes, cut) if rest else []
        return [*((d, fold(cleaned.text[d.start : d.end])) for d in by_part), *later]
    columns = _faction_columns(lines, cleaned) or _faction_rows(lines, cleaned)
    if columns is None and len(lines) >= 9 and (flat := _unflattened(lines)) is not None:
        columns = _faction_rows(flat, cleaned)  # a table by group, a cell a line
    if columns is None and len(lines) >= 3 and (tabbed := _blank_cells(lines)) is not None:
        columns = _faction_rows(tabbed, cleaned)  # a table by group, its empty cells kept
    # (or a roll call, each side's members named under its label: who voted how, counted)
    if columns is not None or (columns := _called_by_side(lines, cleaned)) is not None:
        table, rest = columns
        kept: list[tuple[_Draft, str]] = []
        for d, told in _read_block(rest, cleaned, notes, cut) if rest else []:
            if d.has_counts or d.yes or d.no or d.abstain:
                kept.append((d, told))
                continue
            # "mehrheitlich beschlossen" beside the table, "Der Antrag ist damit angenommen."
            # below the roll call: its verdict
            table.verdicts.extend(d.verdicts)
            table.stated.extend(d.stated)
            table.majority = table.majority if d.majority is None else d.majority
        return [(table, fold(cleaned.text[table.start : table.end])), *kept]
    if (groups_told := _groups_then_side(lines, cleaned)) is not None:
        sided, at, others = groups_told
        read = _read_block(others, cleaned, notes, cut) if others else []
        # the groups' lines tell who cast the vote the other lines count or decide (the last)
        target = next((d for d, _ in reversed(read) if d.has_counts), None)
        if target is None and read:
            target = read[-1][0]
        if target is None:
            target = _Draft(at.start, at.end)
            read.append((target, fold(at.text)))
        for side, group in sided:
            getattr(target, side).append(group)
        if not target.has_counts and all(group.members is not None for _, group in sided):
            # "GRÜNE   4 dafür" / "CDU   2 dagegen" / …: each side's votes, the sum of its groups'
            for side, group in sided:
                target.counts[side] = target.counts.get(side, 0) + (group.members or 0)
        return read
    vt = _assemble(_cells(lines), cleaned.text)
    if (tally := vocab.RESULT_WORD_TALLY.fullmatch(vt.text)) is not None and (
        said := vocab.status_outcome(tally.group("word"))
    ) is not None:
        # "Zustimmung 22:0", "Ablehnung 5 : 17 : 1": the result in one word, then its tally (the
        # grammar reads the word as a count's label, "Zustimmung 22")
        d = _Draft(vt.to_clean(tally.start("word")), vt.to_clean(tally.end()))
        d.verdicts.append(said)
        for side, number in zip(_SIDES, tally.group("tally").split(":"), strict=False):
            d.counts[side] = int(number)
        d.start, d.end = _balanced(cleaned.text, d.start, d.end)
        return [(d, fold(cleaned.text[d.start : d.end]))]
    first_side = next((k for k, line in enumerate(lines) if "(=" in line.piece.text), len(lines))
    if len(lines) - first_side >= 2 and all("(=" in ln.piece.text for ln in lines[first_side:]):
        # a line of sides for each sitting, one under the other, a heading over them perhaps
        # ("GRÜNE, SPD gegen CDU (= Annahme)" / "GRÜNE, SPD und CDU gegen AfD (= Ablehnung)"):
        # a vote each
        each = [
            _faction_sides(_assemble(_cells([line]), cleaned.text), cleaned)
            for line in lines[first_side:]
        ]
        if all(d is not None for d in each):
            return [(d, fold(cleaned.text[d.start : d.end])) for d in each if d is not None]
    if (sides := _faction_sides(vt, cleaned)) is not None:
        start, end = _balanced(cleaned.text, sides.start, sides.end)
        sides.start, sides.end = start, end
        return [(sides, fold(cleaned.text[start:end]))]
    if "(" in vt.text and "\n" in vt.text:
        vt = _vote_lines_unwrapped(_parentheses_unwrapped(vt))
    if _COUNT_THEN_GROUPS.search(vt.text) is not None:
        vt = _groups_after_counts(vt)
    if "(" in vt.text:
        vt = _unwrap_how_it_went(_unwrap_sides(vt))
    if " - " in vt.text or " – " in vt.text:
        vt = _dashed_sides(vt)
    if "und" in vt.text:
        vt = _compounds_as_digits(vt)
    if "mit" in vt.text or "Mit" in vt.text:
        vt = _sides_said_with_yes_or_no(vt)
    parsed = parse_vote(vt.text)
    for a, b in _runs(parsed.skipped, vt.text):
        if not any(ch.isalnum() for ch in vt.text[a:b]):
            continue  # a stray '/' or '-' between counts carries no meaning that was lost
        start = vt.to_clean(a)
        notes.append(
            diagnostic(
                "RP304",
                f"'{fold(vt.text[a:b])[:40]}' in the vote result was not understood",
                cleaned.span(start, max(start + 1, vt.to_clean(b))),
            )
        )
    drafts = _read_items(parsed.items, vt, cleaned, notes)
    if (
        drafts
        and not drafts[0].verdicts
        and (lead := _RESULT_WORD_FIRST.match(vt.text)) is not None
        and (outcome := vocab.status_outcome(lead.group(1))) is not None
    ):
        # "Zustimmung mit den Stimmen von … gegen die Stimmen der …": the result in one word
        # before who voted how
        drafts[0].verdicts.append(outcome)
    if not drafts and (said := vocab.status_phrase(vt.text)) is not None:
        # the result in one status word (``Abstimmungsergebnis: Ablehnung``, ``… keine
        # Mehrheit``), which the vote language reads only as a count's label or not at all
        draft = _Draft(vt.to_clean(0), vt.to_clean(len(vt.text.rstrip(" .;,"))))
        draft.verdicts.append(said)
        drafts = [draft]
    if drafts and _cut_off(parsed.items, vt, cleaned):
        # "Dafür: 11, Dage" where the text ends: the vote's counts are incomplete, and a vote
        # cut off shows no result in them
        if cut is not None:
            cut.append(True)
        last = drafts[-1]
        last.ratio = None
        for k in _SIDES:
            last.counts.pop(k, None)
            # (and who voted so: "dafür: 43 (CDU, SPD, Grüne)" / "dage" names no side sure)
            getattr(last, k).clear()
        if not _shows_a_vote(last):
            drafts.pop()
    elif not drafts and cut is not None and _tally_cut(vt, cleaned):
        cut.append(True)  # a tally cut after its first number where the text ends: "9 :"
    out = []
    for d in drafts:
        d.start, d.end = _balanced(cleaned.text, d.start, d.end)
        out.append((d, fold(cleaned.text[d.start : d.end])))
    return out


_NOT_A_GROUP_COLUMN: Final = frozenset(
    {"fraktionslos", "parteilos", "einzelmitglied", "einzelmitglieder", "ob", "bm", "bgm",
     "bürgermeister", "bürgermeisterin", "oberbürgermeister", "oberbürgermeisterin", "landrat",
     "landrätin", "vorsitz", "vorsitzende", "vorsitzender"}
)  # fmt: skip
"""Column heads of a vote table by groups that are no group (a member without one, the
chair)."""
_TABLE_COLUMNS_LONGEST: Final = 400


def _table_cells(text: str) -> list[tuple[int, int]]:
    """The cells of a table row as (start, end) in ``text``: a pipe row's, empty ones too
    (:func:`~ratsparse.layout.pipe_cells`); else those parted by tabs or two spaces
    (:func:`_row_cells`)."""
    if "|" in text:
        return _pipe_spans(text)
    return [(c.start, c.end) for c in _row_cells(Piece(text, 0, len(text)), _CELL_BORDER)]


def _called_by_side(lines: Sequence[Line], cleaned: Cleaned) -> tuple[_Draft, list[Line]] | None:
    """A roll call: two sides' labels at least, each alone on its line (``Ja:``, ``Nein:``,
    ``Enthaltung:``), over the members who voted so, one a line, each a person (``Frau Becker
    (SPD)``): the vote, each side counted by its names, and the block's other lines; None
    where the block holds none."""
    sides: list[tuple[str, list[Group]]] = []
    first = last = -1
    i = 0
    while i < len(lines):
        line = lines[i]
        side = (
            vocab.COUNT_KEYS.get(vocab.key(line.piece.text.strip().rstrip(":")))
            if line.kind == "label"
            else None
        )
        if side is None or side not in _COUNTED:
            if sides:
                break  # the roll call ends with its last side's names
            i += 1
            continue
        members: list[Group] = []
        j = i + 1
        while j < len(lines) and (name := called_member(lines[j].piece.text)) is not None:
            at = lines[j].piece.start + name.start("name")
            where = (at, at + len(name.group("name")))
            members.append(_table_group(name.group("name"), None, where, cleaned, "person"))
            j += 1
        if not members:
            if sides:
                break
            i += 1
            continue
        sides.append((side, members))
        first = i if first < 0 else first
        last = j - 1
        i = j
    if len(sides) < 2 or len({side for side, _ in sides}) < len(sides):
        return None
    a, b = lines[first].piece.start, lines[last].piece.end
    d = _Draft(a, b)
    for counted_side, members in sides:
        d.counts[counted_side] = len(members)
        getattr(d, counted_side).extend(members)
    return d, [*lines[:first], *lines[last + 1 :]]


def _groups_then_side(
    lines: Sequence[Line], cleaned: Cleaned
) -> tuple[list[tuple[str, Group]], Piece, list[Line]] | None:
    """Lines that each name groups and then, after a colon or a column's gap, their side (``SPD,
    B90/Grüne, FWG: dafür`` over ``CDU: dagegen`` and ``FDP   Enthaltung``:
    :func:`~ratsparse.layout.group_sides`),
    two at least and one after the other: each group with its side, the lines' stretch, and the
    block's other lines; None where the block holds no such lines."""
    for i in range(len(lines)):
        j = i
        sided: list[tuple[str, Group]] = []
        while j < len(lines) and (found := group_sides(lines[j].piece.text)) is not None:
            side, names, number = found
            at = lines[j].piece.start
            for a, b in names:
                name = lines[j].piece.text[a:b]
                sided.append((side, _table_group(name, number, (at + a, at + b), cleaned)))
            j += 1
        if j - i >= 2:
            first, last = lines[i].piece, lines[j - 1].piece
            stretch = Piece(cleaned.text[first.start : last.end], first.start, last.end)
            return sided, stretch, [*lines[:i], *lines[j:]]
    return None


def _table_group(
    name: str,
    members: int | None,
    where: tuple[int, int],
    cleaned: Cleaned,
    kind: GroupKind = "faction",
) -> Group:
    """A group of a vote table by groups, with how many of it voted on the side (``where``: its
    name's stretch in the clean text); ``kind`` "other" for an association's member town."""
    return Group(
        name=name,
        party=vocab.party_of(name) if kind == "faction" else None,
        kind=kind,
        members=members,
        span=cleaned.span(*where),
    )


def _faction_columns(lines: Sequence[Line], cleaned: Cleaned) -> tuple[_Draft, list[Line]] | None:
    """A vote table with a column for each group and a row for each side (``| | CDU | SPD |
    Gesamt |`` over ``| Ja | 15 | 14 | 29 |``, ``| Nein | - | - | 0 |``): its vote (each side's
    count from the total's column, else the sum of its row; each group on the sides where it has
    a number), and the block's other lines; None where the block holds no such table."""
    for i, head in enumerate(lines[:-1]):
        text = head.piece.text
        if len(text) > _TABLE_COLUMNS_LONGEST:
            continue
        heads = _table_cells(text)
        if len(heads) < 3:
            continue
        names = [text[a:b] for a, b in heads]
        if names and (not names[0] or _group_head(vocab.key(names[0].rstrip(" :")))):
            heads, names = heads[1:], names[1:]  # the corner cell
        parties = [n for n in names if vocab.party_of(n) is not None]
        if len(parties) < 2:
            continue
        d = _Draft(head.piece.start, head.piece.end)
        j = i + 1
        while j < len(lines):
            row = lines[j].piece
            read = _side_row(row.text, len(names))
            if read is None:
                break
            side, values = read
            if not all(not v or _is_value(v) or v in _CELL_MARKS for v in values):
                break
            # (a cross for each group that voted so, no count: "| Zustimmung |  X  |     |")
            marked = any(v in _CELL_MARKS for v in values)
            numbers = [
                1 if v in _CELL_MARKS else vocab.number_of(v) or 0 if v not in ("-", "–") else 0
                for v in values
            ]
            total = None
            for name, n, (a, b) in zip(names, numbers, heads, strict=True):
                k = vocab.key(name)
                if k in _SUM_HEAD:
                    total = n
                elif n and k not in _NOT_A_GROUP_COLUMN and vocab.heads_a_group_column(name):
                    start = head.piece.start + a
                    where = (start, start + b - a)
                    getattr(d, side).append(
                        _table_group(name, None if marked else n, where, cleaned)
                    )
            if not marked:
                d.counts[side] = (
                    total
                    if total is not None
                    else sum(
                        n
                        for name, n in zip(names, numbers, strict=True)
                        if vocab.key(name) not in _SUM_HEAD
                    )
                )
            d.end = row.end
            j += 1
        if j - i < 3:  # two sides at least
            continue
        return d, [*lines[:i], *lines[j:]]
    return None


def _side_row(text: str, width: int) -> tuple[str, list[str]] | None:
    """A table's row for a side (``| Ja | 14 | - |``, ``Nein-Stimmen   0   10``): the side its
    first cell names, and its ``width`` other cells; None for any other row."""
    cells = _table_cells(text)
    if len(cells) != width + 1:
        return None
    side = vocab.COUNT_KEYS.get(vocab.key(text[cells[0][0] : cells[0][1]].rstrip(" :")))
    return (side, [text[a:b] for a, b in cells[1:]]) if side in _COUNTED else None


_PART_HEAD: Final = re.compile(r"(?:Ziffern?|Ziff\.|Punkte?|Beschlusspunkte?)[ ]?[0-9]{1,2}[a-z]?")
"""A column's head that names a part of the decided text (``Ziffer 1``, ``Punkt 2``)."""


def _part_columns(lines: Sequence[Line]) -> tuple[list[_Draft], list[Line]] | None:
    """A count table with a column for each part of the decided text voted on separately and a
    row for each side (``Ziffer 1   Ziffer 2`` over ``Ja-Stimmen  38  29``, ``Nein-Stimmen  0
    10``): a vote for each part, its subject the part, and the block's other lines; None where
    the block holds no such table."""
    for i, head in enumerate(lines[:-2]):
        text = head.piece.text
        if len(text) > _TABLE_COLUMNS_LONGEST or ("iff" not in text and "unkt" not in text):
            continue
        heads = [c for c in _table_cells(text) if text[c[0] : c[1]].strip()]
        names = [text[a:b] for a, b in heads]
        if len(names) < 2 or not all(_PART_HEAD.fullmatch(n) for n in names):
            continue
        # (each part's vote spans the table: its column is no stretch of the text)
        drafts = [_Draft(head.piece.start, head.piece.end) for _ in heads]
        for d, name in zip(drafts, names, strict=True):
            d.subject = name
        j = i + 1
        while j < len(lines):
            row = lines[j].piece
            read = _side_row(row.text, len(names))
            if read is None or not all(_is_value(v) for v in read[1]):
                break
            side, values = read
            for d, v in zip(drafts, values, strict=True):
                d.counts[side] = vocab.number_of(v) or 0 if v not in ("-", "–") else 0
                d.end = row.end
            j += 1
        if j - i < 3:  # two sides at least
            continue
        return drafts, [*lines[:i], *lines[j:]]
    return None


_CELL_MARKS: Final = frozenset({"X", "x", "✓", "✔", "☒"})
"""What marks a group's cell in a table of sides without counts."""
_WORD: Final = re.compile(r"\S+")


def _pipe_spans(text: str) -> list[tuple[int, int]]:
    """A pipe row's cells as (start, end) in ``text``, empty ones too."""
    return [(c.start, c.end) for c in pipe_cells(Piece(text, 0, len(text)))]


def _value_cells(text: str, values: int) -> list[tuple[int, int]]:
    """A table row's cells: the name, then ``values`` cells, each one word (``Freie Wähler 6 -
    -``: the last words are the values, the words before them the name)."""
    words = [m.span() for m in _WORD.finditer(text)]
    if len(words) <= values:
        return []
    return [(words[0][0], words[-values - 1][1]), *words[-values:]]


def _unflattened(lines: Sequence[Line]) -> list[Line] | None:
    """``lines`` with a table by group that an export printed a cell a line (``Fraktion`` /
    ``Ja`` / ``Nein`` / ``Enthaltung`` / ``SPD`` / ``20`` / ``0`` / ``0`` / …) as its rows, the
    cells of each joined by ``|`` (each row's piece starts where its group's name does); None
    where the lines hold no such table."""
    for i, head in enumerate(lines):
        if not _group_head(vocab.key(head.piece.text.rstrip(" :"))):
            continue
        width = 1
        while (
            i + width < len(lines)
            and vocab.COUNT_KEYS.get(vocab.key(lines[i + width].piece.text.rstrip(" :")))
            in _COUNTED
        ):
            width += 1
        if width < 3:
            continue
        rows: list[Line] = [_joined_row(lines[i : i + width])]
        j = i + width
        while j + width <= len(lines):
            cells = lines[j : j + width]
            name = cells[0].piece.text.strip()
            if _is_value(name) or not all(_is_value(c.piece.text.strip()) for c in cells[1:]):
                break
            rows.append(_joined_row(cells))
            j += width
        if len(rows) < 3:
            continue
        return [*lines[:i], *rows, *lines[j:]]
    return None


def _blank_cells(lines: Sequence[Line]) -> list[Line] | None:
    """``lines`` with a table by group whose cells were parted by tabs, each cleaned to one
    space, so that an empty cell stays an empty word (``Ja Nein Enthaltung `` over ``FDP  3  ``,
    ``Gruppe AfD   2 ``), as rows of cells joined by ``|`` (a group's name takes the words
    before the row's last cells); None where the lines hold no such table."""
    for i, head in enumerate(lines[:-2]):
        labels = head.piece.text.split(" ")
        while labels and not labels[-1]:
            labels.pop()
        if len(labels) < 2 or not all(
            vocab.COUNT_KEYS.get(vocab.key(label)) in _COUNTED for label in labels
        ):
            continue
        trailing = len(head.piece.text.split(" ")) - len(labels)
        rows: list[Line] = [
            Line("text", Piece(" | ".join(["Fraktion", *labels]), head.piece.start, head.piece.end))
        ]
        for line in lines[i + 1 :]:
            cells = line.piece.text.split(" ")
            named = len(cells) - len(labels) - trailing
            values = cells[named : named + len(labels)]
            name = " ".join(cells[:named])
            if (
                named < 1
                or not name
                or _is_value(name)
                or not all(not v or _is_value(v) for v in values)
                or any(cells[named + len(labels) :])
            ):
                break
            text = " | ".join([name, *(v or "-" for v in values)])  # (an empty cell: none)
            rows.append(Line("text", Piece(text, line.piece.start, line.piece.end)))
        if len(rows) < 3:
            continue
        return [*lines[:i], *rows, *lines[i + len(rows) :]]
    return None


def _joined_row(cells: Sequence[Line]) -> Line:
    """The cells of a table's row, one a line, as one line (its piece's text joined by ``|``)."""
    text = " | ".join(c.piece.text.strip() for c in cells)
    return Line("text", Piece(text, cells[0].piece.start, cells[-1].piece.end))


_CORNER_INDENT: Final = 4
"""How far a table's head of sides stands in, at least, where its corner cell is empty."""


def _faction_rows(lines: Sequence[Line], cleaned: Cleaned) -> tuple[_Draft, list[Line]] | None:
    """A vote table with a row for each group and a column for each side, parted by cell
    borders, tabs or wide gaps (``Fraktion | Ja | Nein`` over ``CDU | 9 | -``, ``SPD | - | 3``,
    and a ``Gesamt`` row or none): its vote (each side's count from the total's row, else the
    sum of its column; each group on the sides where it has a number), and the block's other
    lines; None where the block holds no such table. A row of a person (``Bürgermeister``) or
    of members in no group (``fraktionslos``) is counted but names no group; a local list's name
    (``Pro Arnstadt``) is a group; a row whose name is none of these makes the table none of this
    kind (a pipe table's total is then read by :func:`_summed_table`)."""
    for i, head in enumerate(lines[:-2]):
        text = head.piece.text
        if len(text) > _TABLE_COLUMNS_LONGEST:
            continue
        piped = "|" in text
        cells = _table_cells(text)
        if len(cells) < 3 and not piped:  # tabs cleaned to single spaces: the words are cells
            cells = [m.span() for m in _WORD.finditer(text)]
        if not cells:  # (a blank line)
            continue
        first = vocab.key(text[cells[0][0] : cells[0][1]].rstrip(" :"))
        # (the groups' column may have no head in a pipe table, "|   | ja | nein | Enth. |",
        # whose line the layout gives from its first label: the groups' cell is then before it)
        headless = piped and (not first or vocab.COUNT_KEYS.get(first) in _COUNTED)
        if not piped and vocab.COUNT_KEYS.get(first) in _COUNTED:
            # (or an empty corner cell, the head indented over the groups' names: "           Ja
            # Nein   Enth." over "SPD         4     –      –")
            line_start = cleaned.text.rfind("\n", 0, head.piece.start) + 1
            indent = head.piece.start - line_start + len(text) - len(text.lstrip(" "))
            headless = indent >= _CORNER_INDENT
        if len(cells) < 3 - headless or not (_group_head(first) or headless):
            continue
        if headless and first:
            cells = [(0, 0), *cells]
        kind: GroupKind = "other" if first in _MEMBER_HEAD else "faction"
        heads = [vocab.key(text[a:b].rstrip(" :")) for a, b in cells[1:]]
        sides: list[str | None]
        if len(heads) >= 2 and all(h in vocab.TALLY_INITIALS for h in heads):
            # "Fraktion  J  N  E": each side's initial (read so only where every head but the
            # groups' is one: a letter alone means nothing elsewhere)
            sides = [vocab.TALLY_INITIALS[h] for h in heads]
        else:
            sides = [vocab.COUNT_KEYS.get(h) for h in heads]
        if len([s for s in sides if s in _COUNTED]) < 2:
            continue
        d = _Draft(head.piece.start, head.piece.end)
        sums: dict[str, int] = {}
        total: dict[str, int] | None = None
        by_group = True
        marked = False  # (a group's side marked with a cross: no count of it)
        j = i + 1
        while j < len(lines):
            row = lines[j].piece
            if _RULE.fullmatch(row.text):  # a web table's rule under its head: |---|---|
                j += 1
                continue
            rc = _pipe_spans(row.text) if piped else _value_cells(row.text, len(cells) - 1)
            values = [row.text[a:b] for a, b in rc[1:]]
            if ("|" in row.text) != piped or len(rc) != len(cells):
                break
            if not all(not v or _is_value(v) or v in _MARKS for v in values):
                break
            name = row.text[rc[0][0] : rc[0][1]]
            if any(v in _MARKS for v in values):
                # "| SPD | X | | |": the group's side marked, not counted
                person = vocab.is_person(name) or vocab.key(name) in vocab.UNAFFILIATED
                if vocab.key(name) in _SUM_HEAD or not (
                    person or vocab.names_a_group(name) or _LIST_NAME.fullmatch(name)
                ):
                    by_group = False
                    break
                marked = True
                start = row.start + rc[0][0]
                for side, v in zip(sides, values, strict=True):
                    if side is not None and side in _COUNTED and v in _MARKS and not person:
                        getattr(d, side).append(
                            _table_group(name, None, (start, start + len(name)), cleaned, kind)
                        )
                d.end = row.end
                j += 1
                continue
            numbers = [0 if v in ("", "-", "–") else vocab.number_of(v) or 0 for v in values]
            if vocab.key(name) in _SUM_HEAD:
                total = {
                    s: n
                    for s, n in zip(sides, numbers, strict=True)
                    if s is not None and s in _COUNTED
                }
                d.end = row.end
                j += 1
                break
            # "Bürgermeister", "fraktionslos": counted, no group
            person = vocab.is_person(name) or vocab.key(name) in vocab.UNAFFILIATED
            if not person and not vocab.names_a_group(name) and not _LIST_NAME.fullmatch(name):
                by_group = False
                break
            for side, n in zip(sides, numbers, strict=True):
                if side is not None and side in _COUNTED and n:
                    sums[side] = sums.get(side, 0) + n
                    if person:
                        continue
                    start = row.start + rc[0][0]
                    getattr(d, side).append(
                        _table_group(name, n, (start, start + len(name)), cleaned, kind)
                    )
            d.end = row.end
            j += 1
        if not by_group or j - i < 3:  # two groups at least, or a group and the total
            continue
        for counted_side in _SIDES:
            if counted_side in sides and (total is not None or not marked):
                d.counts[counted_side] = (total or sums).get(counted_side, 0)
        return d, [*lines[:i], *lines[j:]]
    return None


_MARKS: Final = frozenset({"X", "x", "✓", "✔", "☒", "⊠"})
"""What marks a group's side in a table by groups without counts (``| SPD | X | | |``)."""


_LIST_TOTAL: Final = re.compile(r"\((?P<n>[0-9]{1,3}|[a-zäöü]{3,10})[ ]+Stimmen?\)[ ]*$")
"""A side's number in parentheses after the last name of its list (``… und der FDP (7
Stimmen)``)."""
_LIST_NAME: Final = re.compile(
    r"[A-ZÄÖÜ][\w.&/-]*(?: (?:(?:für|von|am|im|in) )?[A-ZÄÖÜ0-9][\w.&/-]*){0,3}"
)
"""A local list's name in a table's group column (``Pro Arnstadt``, ``Bürger für Gotha``): up to
four words, each opening with a capital or a digit, a small word of place or purpose between
(another word in lower case reads as a phrase, and is not taken)."""


# Frankfurt's way (PARLIS): the groups for, ``gegen`` the groups against with what they wanted,
# and the groups that abstained: ``GRÜNE, SPD und LINKE. gegen CDU und AfD (= Annahme); FDP
# (= Enthaltung)``, ``… gegen CDU (= Annahme im Rahmen NR 404) sowie AfD (= Ablehnung)``.
_WANTED: Final = r"[ ]*\(=[ ]*(?P<said>[^()\n]{1,80})\)"
_SIDES_LINE: Final = re.compile(
    # (the groups for may be cut off where a sentence is read from its "gegen" on; the line may
    # keep its field's label where it is read as a sentence: "Abstimmung: GRÜNE … gegen …")
    r"[ ]*(?P<label>[A-ZÄÖÜ][\w./-]{2,30}[ ]*:[ ]*)?"
    r"(?:(?P<yes>[^()\n;:]{1,300}?)[ ]+)?gegen[ ]+(?P<no>[^()\n;:]{1,300}?)"
    + _WANTED
    + r"(?P<more>(?:[ ]*(?:;|,|[ ]sowie|[ ]und)[ ]*[^()\n;:]{1,200}?[ ]*\(=[ ]*[^()\n]{1,80}\))*)"
    r"[ .]*"
)
_MORE_SIDES: Final = re.compile(
    r"[ ]*(?P<join>;|,|[ ]sowie|[ ]und)[ ]*(?P<names>[^()\n;:]{1,200}?)" + _WANTED
)
_LIST_SEP: Final = re.compile(r",[ ]*|[ ]+(?:und|sowie)[ ]+")
_FIELD_NEXT: Final = re.compile(r"\s*[A-ZÄÖÜ][\w()/.-]{3,40}(?:[ ][\w()/.-]{1,40}){0,3}[ ]*:")
"""A field's label after a line of sides (``Beschlussausfertigung(en):``, ``Sonstige
Voten/Protokollerklärung zu 1:``)."""
_COUNTS_BELOW: Final = re.compile(rf"\b{_COUNT_WORDS}\b[ ]*:?[ ]*[0-9]|[0-9]+[ ]*{_COUNT_WORDS}\b")
"""A count on the lines below a line of sides (``Ja: 20``, ``3 Gegenstimmen``)."""
_SIDES_LONGEST: Final = 1000
"""A longer vote text is no line of sides (and is not tried: linear time)."""


def _faction_sides(vt: _VoteText, cleaned: Cleaned) -> _Draft | None:
    """A vote text that is one line of sides in Frankfurt's way (:data:`_SIDES_LINE`): the
    groups for, against and abstaining, as a draft; None for any other text, and where a name
    is no group's (every name a known party or one that says it is a group's, or in capitals)."""
    if "(=" not in vt.text or len(vt.text) > _SIDES_LONGEST:
        return None
    # the vote read from its "gegen" on, the groups for before it on its line ("zu 1. GRÜNE,
    # SPD und Volt gegen CDU (= Annahme)"): read with them, where they are groups
    if (before := _groups_before(vt, cleaned)) is not vt and (
        with_groups := _faction_sides(before, cleaned)
    ) is not None:
        return with_groups
    text = vt.text
    # the line of sides, the vote text's first (a remark on a line of its own may follow:
    # "Sonstige Voten/Protokollerklärung: …")
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    if _COUNTS_BELOW.search(text, line_end) is not None:
        return None  # counts below the line of sides: the vote text is read whole
    # (after a part's number: "zu 1.   GRÜNE, CDU … gegen AfD (= Ablehnung)")
    lead = opens.end() if (opens := _PART_OPENS.match(text, 0, line_end)) is not None else 0
    m = _SIDES_LINE.fullmatch(text, lead, line_end)
    if m is None and (m := _SIDES_LINE.match(text, lead, line_end)) is not None:
        # a field's line run on after it, where the lines were read as one sentence ("… (=
        # Enthaltung) Beschlussausfertigung(en): § 4512, …"): the sides end before the field
        if _FIELD_NEXT.match(text, m.end()) is None:
            m = None
        else:
            line_end = m.end()
    if m is None:
        return _wishes(vt, cleaned, line_end)
    if (
        (m.group("label") or m.group("yes") is None)
        and text[line_end:].strip()
        and _FIELD_NEXT.match(text, line_end) is None
    ):
        # a sentence read from the line on: its verdict below ("Die Vorlage wurde … angenommen")
        # is read with it (a field's line below is not)
        return None
    first = m.start("yes") if m.group("yes") is not None else m.start("no")
    d = _Draft(vt.to_clean(first), vt.to_clean(len(text[:line_end].rstrip(" ."))))
    sides: list[tuple[list[Group], int, int]] = [(d.no, m.start("no"), m.end("no"))]
    if (abstaining := _ABSTAINING_AFTER.search(text, m.start("no"), m.end("no"))) is not None:
        # "… gegen AfD und BFF-BIG bei Stimmenthaltung CDU (= Annahme)": who abstained, after
        # the list against
        sides = [
            (d.no, m.start("no"), abstaining.start()),
            (d.abstain, abstaining.end(), m.end("no")),
        ]
    if m.group("yes") is not None:
        sides.insert(0, (d.yes, m.start("yes"), m.end("yes")))
    for more in _MORE_SIDES.finditer(text, m.start("more"), m.end("more")):
        said = vocab.key(more.group("said"))
        if said.startswith("enthaltung"):
            sides.append((d.abstain, more.start("names"), more.end("names")))
        elif more.group("join") in (" sowie", " und") and said.startswith("ablehnung"):
            # the list against goes on: "… gegen CDU (= Annahme) sowie AfD (= Ablehnung)"
            sides.append((d.no, more.start("names"), more.end("names")))
    for side, a, b in sides:
        listed = _side_list(vt, cleaned, a, b)
        if listed is None:
            return None
        side.extend(listed)
    if vocab.key(m.group("said")).startswith("ablehnung"):
        # (further votes in the same words: not where the line's against is another disposal,
        # "gegen LINKE. (= Zurückweisung)", whose "BFF-BIG (= Annahme)" is no vote for)
        _other_votes(d, cleaned)
    d.unanimous = False
    return d


_OTHER_VOTES: Final = re.compile(
    r"[ ]*\n(?:[ ]*\n){0,3}[ ]*Sonstige[ ]Voten(?:/[A-Za-zäöü]{1,30})?[ ]*:[ ]*"
    r"(?:\n(?:[ ]*\n){0,3})?"
)
"""The field after a line of sides that records further votes (``Sonstige
Voten/Protokollerklärung:``), right below it."""
_OTHER_VOTE: Final = re.compile(
    r"[ ]*(?P<names>[^()\n;:=]{1,120}?)[ ]*\(?=[ ]*(?P<said>Annahme|Ablehnung|Enthaltung)[ ]*\)?"
    r"[ ]*(?:;|(?=\n|$))"
)
"""One of those votes: who, and how (``ÖkoLinX-ELF (= Ablehnung)``)."""
_OTHER_VOTES_REACH: Final = 400


def _other_votes(d: _Draft, cleaned: Cleaned) -> None:
    """Add to ``d``, a line of sides, the groups its ``Sonstige Voten`` field below records as
    voting for, against or abstaining (``ÖkoLinX-ELF (= Ablehnung)``; not a member who votes
    alone, ``Stv. Dr. Hübner (fraktionslos) (= Annahme)``, nor another way to dispose of the
    item, ``BFF (= Prüfung und Berichterstattung)``)."""
    text = cleaned.text
    field = _OTHER_VOTES.match(text, d.end)
    if field is None:
        return
    stop = text.find("\n\n", field.end(), field.end() + _OTHER_VOTES_REACH)
    end = min(len(text), field.end() + _OTHER_VOTES_REACH) if stop < 0 else stop
    remark = _VoteText(text[field.end() : end], (0,), (field.end(),))
    sides = {"Annahme": d.yes, "Ablehnung": d.no, "Enthaltung": d.abstain}
    at = 0
    while (m := _OTHER_VOTE.match(remark.text, at)) is not None and m.end() > at:
        listed = _side_list(remark, cleaned, m.start("names"), m.end("names"))
        if listed is not None and all(g.kind == "faction" for g in listed):
            sides[m.group("said")].extend(listed)
        at = m.end()
        if remark.text.startswith("\n", at):
            at += 1


_PART_OPENS: Final = re.compile(r"[ ]*(?:(?:[Zz]u[ ]+)?(?:[0-9]{1,2}\.|[a-h]\))[ ]+)?")
"""A part's number opening a line of sides (``zu 1.``, ``2.``, ``b)``)."""
_GROUPS_REACH: Final = 300
"""How far before a vote's ``gegen`` the groups for it are looked for on its line."""


def _groups_before(vt: _VoteText, cleaned: Cleaned) -> _VoteText:
    """``vt``, where it opens with ``gegen``, with what stands before it on its line (after a
    part's number, :data:`_PART_OPENS`): the groups for, in a line of sides; else ``vt``."""
    if not vt.text.startswith("gegen "):
        return vt
    at = vt.to_clean(0)
    line_start = cleaned.text.rfind("\n", max(0, at - _GROUPS_REACH), at) + 1
    if line_start == 0 and at > _GROUPS_REACH:
        return vt  # (no line start within reach: no line of sides)
    opens = _PART_OPENS.match(cleaned.text, line_start, at)
    start = opens.end() if opens is not None else line_start
    before = cleaned.text[start:at]
    if not before.strip() or not before.endswith(" "):
        return vt
    return _VoteText(
        before + vt.text,
        (0, *(s + len(before) for s in vt.starts)),
        (start, *vt.clean_starts),
    )


_ABSTAINING_AFTER: Final = re.compile(
    r"[ ]+bei[ ]+(?:Stimm)?[Ee]nthaltung(?:en)?[ ]+(?:(?:der|des|von)[ ]+)?(?=[A-ZÄÖÜ])"
)
"""Who abstained, named after the list against in a line of sides (``… gegen AfD bei
Stimmenthaltung CDU (= Annahme)``)."""


def _side_list(vt: _VoteText, cleaned: Cleaned, a: int, b: int) -> list[Group] | None:
    """The groups a line of sides lists in ``vt.text[a:b]``; None where a name is no group's
    (:func:`_side_name`)."""
    text = vt.text
    out: list[Group] = []
    at = a
    for part in _LIST_SEP.split(text[a:b]):
        word = part.strip()
        found = text.find(word, at, b) if word else -1
        if found < 0 or not _side_name(word):
            return None
        at = found + len(word)
        # "ÖkoLinX-ELF und Stv. Yilmaz (= Enthaltung)": a member by name is no group
        kind: GroupKind = "person" if vocab.is_person(word) else "faction"
        out.append(_named(word, kind, (found, at), vt, cleaned))
    return out


# ... without "gegen": each list of groups with what it voted for, parted by semicolons ("GRÜNE,
# CDU, SPD und Volt (= Annahme); AfD (= Ablehnung, Behandlung heute); BFF-BIG (= Enthaltung)")
_WISHES_LINE: Final = re.compile(
    r"[ ]*[^()\n;:]{1,300}?"
    + _WANTED
    + r"(?:[ ]*;[ ]*[^()\n;:]{1,300}?[ ]*\(=[ ]*[^()\n]{1,80}\))+[ .]*"
)
_WISH: Final = re.compile(r"[ ]*;?[ ]*(?P<names>[^()\n;:]{1,300}?)" + _WANTED)
_WISHED_SIDES: Final = (("annahme", "yes"), ("ablehnung", "no"), ("enthaltung", "abstain"))


def _wishes(vt: _VoteText, cleaned: Cleaned, line_end: int) -> _Draft | None:
    """A line of sides without ``gegen`` (:data:`_WISHES_LINE`), as a draft: the groups that
    voted for (``= Annahme``), against (``= Ablehnung …``) and abstained; None for any other
    text, and where a name is no group's."""
    text = vt.text
    if _WISHES_LINE.fullmatch(text, 0, line_end) is None:
        return None
    d = _Draft(vt.to_clean(0), vt.to_clean(len(text[:line_end].rstrip(" ."))))
    for wish in _WISH.finditer(text, 0, line_end):
        said = vocab.key(wish.group("said"))
        side = next((name for word, name in _WISHED_SIDES if said.startswith(word)), None)
        if side is None:
            continue  # "(= Prüfung und Berichterstattung)": no side of this vote
        listed = _side_list(vt, cleaned, wish.start("names"), wish.end("names"))
        if listed is None:
            return None
        getattr(d, side).extend(listed)
    d.unanimous = False if (d.no or d.abstain) else None
    return d if d.yes or d.no else None


def _side_name(word: str) -> bool:
    """Whether ``word`` names a group in a line of sides: a known party, a name that says it is
    a group's, or a short name that opens with a capital (``ÖkoLinX-ELF``, ``BFF-BIG``)."""
    return (
        vocab.party_of(word) is not None
        or vocab.names_a_group(word)
        or (word[:1].isupper() and len(word.split()) <= 2 and len(word) <= 30)
    )


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``, ``end`` widened to the parenthesis a vote's counts stand in, where the stretch
    holds only one of its two (``(Gegenstimmen: AfD``, ``7:7) abgelehnt``)."""
    stretch = text[start:end]
    opened, closed = stretch.count("("), stretch.count(")")
    if opened > closed and text[end : end + 1] == ")":
        end += 1
    elif closed > opened and start > 0 and text[start - 1] == "(":
        start -= 1
    return start, end


_LIST_GOES_ON: Final = re.compile(r"(?:,|\bund|\bsowie)[ ]*$")
_NON_SPACE: Final = re.compile(r"\S")


_VERDICT_KINDS: Final = frozenset({"verdict", "unanimity", "majority", "consent"})
_DIGIT: Final = re.compile(r"[0-9]")
_TALLY_CUT: Final = re.compile(r"[0-9]{1,3}[ ]?:")
"""A tally cut after its first number (``9 :``)."""


def _tally_cut(vt: _VoteText, cleaned: Cleaned) -> bool:
    """Whether the vote text is a tally cut after its first number (``9 :``) where the
    document ends."""
    return (
        _TALLY_CUT.fullmatch(vt.text.strip()) is not None
        and _NON_SPACE.search(cleaned.text, vt.to_clean(len(vt.text.rstrip()))) is None
    )


def _cut_off(items: Sequence[VoteItem], vt: _VoteText, cleaned: Cleaned) -> bool:
    """Whether the vote text, and the document with it, breaks off inside its counts: inside a
    count label (``Dafür: 11, Dage``), after the number of the next count (``bei acht
    Dafürstimmen und drei``), or at a Yes or No label left empty after a count, no verdict told
    (``Ja: 13`` / ``Nein:``). Nothing may follow in the text."""
    last = items[-1] if items else None
    if (
        last is not None
        and vt.text.rstrip().endswith(":")
        and not any(i.kind in _VERDICT_KINDS for i in items)
        and (
            # (a Yes or No label left empty after a count given: not a form left empty, nor
            # its abstentions' field, "Enthaltungen:", which may mean none)
            last.kind == "count"
            and vocab.COUNT_KEYS.get(vocab.key(last.piece.text)) in ("yes", "no")
            and any(i.kind == "count" and _DIGIT.search(i.piece.text) for i in items)
        )
        and _NON_SPACE.search(cleaned.text, vt.to_clean(len(vt.text.rstrip()))) is None
    ):
        return True  # "Ja: 13" / "Nein:" where the text ends
    if last is None or last.kind != "filler":
        return False
    # (searched, not sliced: a copy of the rest of the text for every vote text was quadratic)
    if (
        _NON_SPACE.search(vt.text, last.piece.end) is not None
        or _NON_SPACE.search(cleaned.text, vt.to_clean(last.piece.end)) is not None
    ):
        return False
    # (a label broken by a hyphen where the page ends: "Nein-Stim-")
    fragment = last.piece.text.lower().rstrip("-")
    if vocab.number_of(fragment) is not None:
        return _LIST_GOES_ON.search(vt.text, 0, last.piece.start) is not None
    # (the beginning of a side's label: "Dage", "Enth"; not "mit", which "Mitglieder" begins)
    return len(fragment) > 1 and any(
        k != fragment and k.startswith(fragment)
        for k, side in vocab.COUNT_KEYS.items()
        if side in _COUNTED
    )


def _runs(pieces: Sequence[Piece], text: str) -> list[tuple[int, int]]:
    """Skipped stretches joined where only white space lies between them: one finding each."""
    runs: list[tuple[int, int]] = []
    for piece in sorted(pieces, key=lambda p: p.start):
        if runs and not text[runs[-1][1] : piece.start].strip():
            runs[-1] = (runs[-1][0], max(runs[-1][1], piece.end))
        else:
            runs.append((piece.start, piece.end))
    return runs


def opposed(a: Outcome | None, b: Outcome | None) -> bool:
    """Approval and rejection contradict; adopting a referral or a postponement does not."""
    sides = {"approved": 1, "approved_amended": 1, "rejected": -1}
    return sides.get(a or "", 0) * sides.get(b or "", 0) < 0


def _totals_above(above: Vote, vote: Vote, heading: int, cleaned: Cleaned) -> bool:
    """Whether ``vote``, under its ``heading``, adds up the table of votes by group right above
    it: its heading a sum's label (``Gesamt:``, ``Summe:``), both counted alike (the caller
    checked that the counts agree)."""
    end = cleaned.text.find(":", heading, heading + _SUM_LABEL_REACH)
    if end < 0 or not any(above.groups) or not counted(vote) or not counted(above):
        return False
    return vocab.key(cleaned.text[heading:end]) in _SUM_HEAD


_SUM_LABEL_REACH: Final = 16


def _compatible(a: Vote, b: Vote, *, same_heading: bool = False) -> bool:
    """Whether two votes can be one vote told twice; under one heading, a vote without a subject
    can be the one the heading names (``Abstimmung über …:`` then ``… ist damit abgelehnt.``)."""
    if a.subject != b.subject and not (same_heading and None in (a.subject, b.subject)):
        return False
    for name in ("yes", "no", "abstain"):
        x, y = getattr(a.counts, name), getattr(b.counts, name)
        if x is not None and y is not None and x != y:
            return False
    if a.unanimous is not None and b.unanimous is not None and a.unanimous != b.unanimous:
        return False
    if _dissent_beside_no_objection(a, b) or _dissent_beside_no_objection(b, a):
        return False
    if _sides_differ(a, b) and (a.span.end <= b.span.start or b.span.end <= a.span.start):
        return False  # (the same words read twice, one reading short of the other, are one)
    # a count table that adopts (a motion to postpone) and its sentence (… wird vertagt) agree;
    # only approval against rejection is a contradiction; under one heading, counts against its
    # verdict are the verdict's vote (a qualified majority: "Ergebnis: abgelehnt" / "Stimmen: 12
    # dafür, 10 dagegen")
    bases = {a.outcome_basis, b.outcome_basis}
    return not opposed(a.outcome, b.outcome) or (same_heading and bases == {"words", "counts"})


def _sides_differ(a: Vote, b: Vote) -> bool:
    """Whether a group (a faction: members' names are read less surely) votes on one side in
    ``a`` and on another in ``b`` (``GRÜNE, SPD gegen CDU`` / ``GRÜNE, CDU gegen AfD``): two
    votes, not one told twice."""
    side_in_a = {
        g.name: side for side in _SIDES for g in getattr(a.groups, side) if g.kind == "faction"
    }
    return any(
        side_in_a.get(g.name, side) != side
        for side in _SIDES
        for g in getattr(b.groups, side)
        if g.kind == "faction"
    )


def sides_opposed(a: Vote, b: Vote) -> bool:
    """Whether a group votes for in ``a`` and against in ``b``, or the other way round (one that
    abstained in one and voted in the other may have changed its mind on a part)."""
    yes_a = {g.name for g in a.groups.yes}
    no_a = {g.name for g in a.groups.no}
    return any(g.name in no_a for g in b.groups.yes) or any(g.name in yes_a for g in b.groups.no)


_NO_OBJECTION: Final = tuple(
    p
    for p in vocab.CONSENT_PHRASES
    if any(w in p for w in ("widerspruch", "einvernehm", "einmütig", " sich nicht"))
)
"""The consents that say nobody objected (``einvernehmlich``, ``ohne Widerspruch``): no vote
with votes against can be one of them told twice."""


def _dissent_beside_no_objection(counted_vote: Vote, said: Vote) -> bool:
    """Whether ``counted_vote`` counts votes against and ``said`` is a consent that nobody
    objected (``Diesem Vorschlag wird einvernehmlich zugestimmt.`` under a header's ``Ja: 6,
    Nein: 3``): two votes, not one told twice."""
    if not counted_vote.counts.no or counted(said) or said.unanimous is not None:
        return False
    text = vocab.key(said.text)
    return any(p in text for p in _NO_OBJECTION)


_STRONGER_BASIS: Final[tuple[OutcomeBasis | None, ...]] = ("words", "counts", "convention", None)
"""Outcome bases from the most specific evidence to none."""
_BASIS_RANK: Final[Mapping[OutcomeBasis | None, int]] = {
    basis: rank for rank, basis in enumerate(_STRONGER_BASIS)
}


_SIDE_BY_SIDE: Final = re.compile(r"[ \t\r\n|]*")
"""What may stand between two tellings of a vote side by side. Matched in place, it stops at the
first other character: a copy of the stretch between a vote and a telling far below it, made
for each telling, was quadratic (a thousand tellings of one vote in a row)."""


_DATED_SUBHEADING: Final = re.compile(
    r"(?:^|\n)[ |]*[^\n]{0,120}?[0-9]{1,2}\.[ ]?[0-9]{1,2}\.[ ]?[0-9]{2,4}[ ]*\)?[ ]*:[ |]*\n"
)
"""A line that names a sitting by its date and ends in a colon, over a body's result."""
_SUBHEADING_REACH: Final = 200
_SIDES_BELOW: Final = re.compile(r"[ \t\r\n|]*(?:[^\n:0-9]{1,40}\n[ \t|]*)?")
"""What may stand between a part's result and who voted how below it: blanks, or the rest of a
list wrapped onto a line of its own (``Dafür: SPD, Bündnis 90/Die Grünen, DIE`` / ``LINKE`` /
``Dagegen: CDU``)."""


_BLANK_LINE: Final = re.compile(r"\n[^\S\n]*\n")
_RIGHT_BELOW: Final = re.compile(r"[\s|.]*(?:[A-ZÄÖÜ][^\n:0-9]{0,40}:[^\S\n]*)?")
"""What may stand between a result and the same told again right below it: blanks, or the
label of the line below (``Abstimmungsergebnis:``)."""


def _name_length(groups: Sequence[Group]) -> int:
    return sum(len(g.name) for g in groups)


_HEADING_ONLY: Final = re.compile(r"[A-ZÄÖÜ][^:\n]{0,60}:[ ]*")
"""A vote's heading and nothing else (``Abstimmungsergebnis: ``)."""


_DASH_VALUE: Final = re.compile(r"[:|][ ]*[–—-](?=[ ]*(?:\||$|[A-ZÄÖÜ]))")
"""A label's value that is a dash (``Ablehnung: -``, ``| Ablehnung: | – |``)."""


def _without_dashed_sides(vote: Vote) -> Vote:
    """``vote`` without the zeros of sides named by their groups beside a dash (``Zustimmung:
    SPD, GRÜNE`` / ``Ablehnung: -`` / ``Enthaltung: Die Linke``): where no side is counted in
    numbers, the dash names no group; it counts nobody. (Beside a count, ``mit 4 : 7 Stimmen
    abgelehnt`` / … / ``Enthaltung: –``, it is a zero.)"""
    counts = vote.counts
    if counts.yes is not None or not any(vote.groups) or not _DASH_VALUE.search(vote.text):
        return vote  # (not "ohne Gegenstimmen", a zero written out)
    if (counts.no, counts.abstain) == (None, None) or any(c for c in (counts.no, counts.abstain)):
        return vote
    return vote._replace(counts=counts._replace(no=None, abstain=None))


def _merge(a: Vote, b: Vote, original: str) -> Vote:
    """One vote told twice (a count table and the sentence that states its result); where the
    two stand side by side, the vote's text and span cover both."""
    counts = {k: v for k, v in a.counts._asdict().items() if v is not None}
    counts.update({k: v for k, v in b.counts._asdict().items() if v is not None})

    def pick_groups(side: str) -> tuple[Group, ...]:
        ga: tuple[Group, ...] = getattr(a.groups, side)
        gb: tuple[Group, ...] = getattr(b.groups, side)
        # the longer list; of two as long, the one whose names run further (a name wrapped
        # onto the next line, read whole by the sentence: "der Gruppe" / "Unabhängige")
        return ga if (len(ga), _name_length(ga)) >= (len(gb), _name_length(gb)) else gb

    text_vote = a if len(a.text) >= len(b.text) else b
    other = b if text_vote is a else a
    if text_vote.text.endswith(other.text) and _HEADING_ONLY.fullmatch(
        text_vote.text, 0, len(text_vote.text) - len(other.text)
    ):
        # the same counts, once read with their heading ("Abstimmungsergebnis: Ja: 11, …"):
        # the heading is no part of the vote
        text_vote = other
    first, second = (a, b) if a.span.start <= b.span.start else (b, a)
    if (
        first.span.end <= second.span.start
        and _SIDE_BY_SIDE.fullmatch(original, first.span.end, second.span.start) is not None
    ):
        text_vote = first._replace(
            text=f"{first.text} {second.text}", span=first.span._replace(end=second.span.end)
        )
    # the outcome of the more specific evidence: words over counts over convention
    said = a if _BASIS_RANK[a.outcome_basis] <= _BASIS_RANK[b.outcome_basis] else b
    outcome = said.outcome
    if said.outcome_basis == "counts" and counts.get("yes") is not None:
        # the two halves of a count ("4 Ja-Stimmen" / "5 Nein-Stimmen"): the whole count decides
        outcome = "approved" if counts["yes"] > counts.get("no", 0) else "rejected"
    groups = VoteGroups(
        yes=pick_groups("yes"), no=pick_groups("no"), abstain=pick_groups("abstain")
    )
    giver = a if a.unanimous is not None else b
    unanimous = giver.unanimous
    if (
        unanimous
        and giver.outcome_basis == "counts"
        and giver.counts.abstain is None
        and counts.get("abstain")
    ):
        # (what a half's counts alone made of it, no abstentions written, does not hold for
        # the whole: "Zustimmung: 12  Ablehnung: 0" / "Stimmenthaltung: 2")
        unanimous = None
    if unanimous is None:
        unanimous = _unanimity_from_counts(counts)  # the two halves of a count, joined
    if unanimous is None and groups.yes and groups.no:
        # the two sides told apart ("(Dafür SPD, DIE LINKE)" / "Ich bitte um die Gegenprobe!"
        # / "(Dagegen CDU)"): a group voted against the rest
        unanimous = False
    return text_vote._replace(
        subject=a.subject or b.subject,
        outcome=outcome,
        outcome_basis=said.outcome_basis,
        unanimous=unanimous,
        majority=a.majority if a.majority is not None else b.majority,
        counts=VoteCounts(**counts),
        groups=groups,
    )


def _sentence_pieces(text: str, paragraph: Piece) -> Iterator[Piece]:
    body = text[paragraph.start : paragraph.end]
    pos = 0
    ends = _SENTENCE_OR_STATUS_END if "Beschlu" in body else _SENTENCE_END
    found = [m.span() for m in ends.finditer(body)]
    if "(" in body:
        found = sorted([*found, *(m.span("end") for m in _BRACKETED_LINE.finditer(body))])
    for start, end in found:
        if start < pos:
            continue
        yield Piece(body[pos:start], paragraph.start + pos, paragraph.start + start)
        pos = end
    yield Piece(body[pos:], paragraph.start + pos, paragraph.end)


# a line in parentheses alone ends a sentence: "(gegen die Stimmen der AfD)" / "Der zuvor
# gestellte Änderungsantrag … wurde abgelehnt." (a vote's sides told apart, not the start of the
# sentence below it); not a remark that is a sentence or a list of its own ("(Ja: AfD; Nein:
# SPD)", "(Ja / Nein / Enthaltung)", "(Die Liste ist beigefügt.)"), which the sentence below
# may go on from
_BRACKETED_LINE: Final = re.compile(
    r"^[ ]*\([^()\n:;/.]{1,200}\)(?P<end>[ ]*\n\s*)(?=[A-ZÄÖÜ])", re.MULTILINE
)


_MAX_FILLERS_OF_A_VOTE_SENTENCE: Final = 5
"""A sentence with more words than this beside its vote words also states the decision itself."""


# "einvernehmlich" of a contract's parties, with what they agree on doing to it
_AGREED_BETWEEN: Final = re.compile(
    r"\beinvernehmlich(?:en|e)?[ \n]+(?:\w+[ \n]+){0,2}?"
    r"(?:aufgehoben|aufzuheben|beendet|zu[ ]beenden|geregelt|zu[ ]regeln|gelöst|getrennt"
    r"|vereinbart|abgewickelt)\b"
)


_VOTE_TAKEN: Final = re.compile(
    # (a count's digits bounded, from a number's start: a run of thousands of digits was tried
    # from each of them, bench/fuzz.py seed 123)
    r"(?i)\b(?:einstimmig|mehrheitlich|stimmenmehrheit|stimmen)\b"
    r"|(?<!\d)\d{1,4}\s*(?::|zu|gegen)\s*\d"
)
"""A sentence that tells a vote taken (how it went, or its counts), not a consent."""


_NOTED_TITLE: Final = re.compile(
    r"[ ]*(?:(?:TOP|Ö|N|NÖ)[ ]*[0-9]{1,3}(?:\.[0-9]{1,2})*\.?[ ]+)?"
    r"(?:Mitteilungen|Berichte?|Informationen|Bekanntgaben|Unterrichtungen)"
    r"(?:[ ]+(?:des|der|über|aus|zur?|zum|von)[ ]+[^\n.:;]{1,60}?)?"
    r"[ ]+zur[ ]+Kenntnis(?:nahme)?[ ]*"
)
"""An agenda item's title naming what it is for (``Mitteilungen zur Kenntnis``, ``Bericht der
Verwaltung zur Kenntnisnahme``): no verb, no decision."""


def _read_sentence(
    sentence: Piece,
    cue: bool,
    cleaned: Cleaned,
    votes: list[Vote],
    outcomes: list[Outcome],
    reports: list[Outcome],
    *,
    proposed: bool,
    context: str = "",
    meeting: dt.date | None = None,
    cut: list[bool] | None = None,
    elsewhere: bool = False,
) -> bool:
    """A sentence of the decided text that states a vote or a decision in prose; a sentence of a
    proposal (``proposed``) states no decision, only a vote where it gives one; a sentence that
    tells of another meeting (``elsewhere``: a dated one of the Sachverhalt) states neither.
    ``context`` is the
    sentence before, which a consent (``Der Rat ist damit einverstanden.``) adopts."""
    quiet: list[Diagnostic] = []  # prose is not vote text: what it skips is no finding
    # Without a vote cue the sentence can only state a decision, possibly in parentheses
    # ("Beschluss vom 20.03.2019 (vertagt ins nächste Plenum)"): read inside them.
    # With one, a vote in parentheses after the decided words ("… beschließt die Satzung.
    # (einstimmig)", "(12 Ja, 3 Nein)") is the vote, not a remark beside it.
    unwrap = _UNWRAP if not cue else None
    pieces = [
        Piece(
            ln.translate(unwrap) if unwrap else ln,
            sentence.start + off,
            sentence.start + off + len(ln),
        )
        for off, ln in _line_offsets(sentence.text if unwrap else _unwrap_votes(sentence.text))
    ]
    drafts = _read_block([Line("text", p) for p in pieces], cleaned, quiet, cut)
    if not drafts:
        return False
    # What the sentence says around its votes, looked up once however many votes it holds (a
    # search of the whole sentence per vote is quadratic in a paragraph of a thousand votes)
    said = sentence.text
    other_meeting = _Once(lambda: _other_meeting(said, meeting))
    # the sentence's act, read once for all its votes (a sentence of a thousand counts asked it
    # for each: quadratic, bench/fuzz.py found it)
    sentence_act = _Once(lambda: vocab.act_of([said]))
    # a sentence that opens in lower case goes on from before a count line that parted it ("…
    # am 19.03.2025 mit 33 Ja-Stimmen bei 6" / "Gegenstimmen" / "und 1 Enthaltung beschlossen:")
    whole = (
        cleaned.text[_sentence_start(cleaned.text, sentence.start) : sentence.end]
        if said[:1].islower()
        else said
    )
    told_elsewhere = _Once(
        lambda: bool(
            elsewhere
            or (
                (named := _EARLIER_MEETING.search(said)) is not None
                and not _this_sitting(said, named, meeting)
            )
            or _INDIRECT.search(said)
            or _EARLIER_DATED.search(said)
            or _PLUPERFECT.search(said)
            # "Der Marktgemeinderat hat damals einstimmig die Variante B … festgelegt", "…, dem
            # der Rat zuvor mit 16 : 15 Stimmen zugestimmt hat": a vote before this one
            or _BEFORE_NOW.search(said)
            # "… Konzeption …, die der Ausschuss soeben mit 9 Ja-Stimmen bei 2 Enthaltungen
            # beschlossen hat": a vote told in a relative clause, on another matter
            or _decided_in_a_relative_clause(said)
            # "… ohne sie hätte Stimmengleichheit (7 : 7) bestanden und der Antrag wäre
            # abgelehnt": a vote that did not happen, told in the subjunctive
            or _COUNTERFACTUAL.search(said)
            # "Der Rat hat in seiner Sitzung am 14.12.2023 mit 40 Ja-Stimmen … beschlossen",
            # in a text of a later meeting
            or (meeting is not None and _other_meeting(whole, meeting))
            # "Die Abstimmung ergab zunächst 8 Ja-Stimmen, …", a vote the text says was declared
            # invalid and repeated, or corrected: the repeated or corrected vote is the item's
            or (
                _AT_FIRST.search(said) is not None
                and _SUPERSEDED.search(
                    cleaned.text,
                    max(0, sentence.start - _SUPERSEDED_REACH),
                    sentence.end + _SUPERSEDED_REACH,
                )
                is not None
            )
        )
    )
    motion_here = _Once(lambda: vocab.motion_in(said))
    bounded = _Once(lambda: _BOUNDED_TALLY.search(said) is not None)
    none_taken = _Once(lambda: _NONE_TAKEN.search(said) is not None)
    not_allowed = _Once(lambda: _NOT_ALLOWED.search(said) is not None)
    changed = _Once(lambda: vocab.says_changed(said))
    # (not one the sentence before says was not made: "… ein förmlicher Verweisungsantrag wird
    # nicht gestellt." over "Die Versammlung lehnt den Antrag … ab.")
    motion_before = _Once(
        lambda: None if _NOT_MADE.search(context) is not None else vocab.motion_in(context)
    )
    refers_back = _Once(lambda: _REFERS_BACK.search(said) is not None)
    settled_before = _Once(lambda: bool(_VOTE_CUE.search(context)))
    voted_before = _Once(lambda: _VOTE_TAKEN.search(context) is not None)
    no_decision_here = _ByVerdict(lambda verdict: _no_decision_here(said, verdict))
    adopted = _ByVerdict(lambda verdict: _adopted(verdict, said, context))
    found = False
    for d, text in drafts:
        if cue and (
            d.unanimous is not None
            or d.majority is not None
            or d.consent
            or d.has_counts
            or d.flip_prose
            or d.yes
            or d.no
            or d.abstain
        ):
            if told_elsewhere():
                continue  # a vote told from elsewhere or before: none of this text
            if none_taken():
                continue  # "Beschlüsse … wurden nicht gefasst.": no vote, no decision
            if bounded():
                # "Bei den Beschlüssen mit Mehrheiten von mindestens 12 zu 5 Stimmen war dies
                # nicht gegeben": a bound on votes told in general, no vote
                continue
            if not_allowed():
                # "Eine Stimmenthaltung ist nach Art. 48 Abs. 1 Satz 2 GO nicht zulässig.": the
                # law, no vote
                continue
            if (
                d.consent
                and d.unanimous is None
                and d.majority is None
                and not (d.has_counts or d.yes or d.no or d.abstain)
                and _AGREED_BETWEEN.search(said) is not None
            ):
                # the parties' agreement to end or settle a contract ("Der bestehende Vertrag
                # wird … einvernehmlich aufgehoben"): no consent of the body
                continue
            motion = motion_here()
            if motion is None and (
                (d.consent and not voted_before()) or (refers_back() and not settled_before())
            ):
                # consent to, or a vote on, what the sentence before proposed ("… schlägt vor,
                # den Punkt zu vertagen. Dieser Antrag wird mit 16 zu 12 Stimmen angenommen.");
                # not where that sentence told its vote already ("Der Antrag auf Schluss der
                # Debatte wird … angenommen" / "Der Rat lehnt den Antrag der AfD-Fraktion … ab";
                # "… verzichten einstimmig auf eine geheime Abstimmung. Gegen den Vorschlag
                # erhebt sich kein Widerspruch.": the consent is to the proposal, not to that)
                motion = motion_before()
            if motion is not None and (
                d.subject is None
                # (a motion on a part is that motion: "Der Änderungsantrag … zu Ziffer 2 wurde
                # … angenommen", whose words from "zu Ziffer 2" the vote language reads)
                or (_PART_SUBJECT.match(d.subject) is not None and vocab.motion_in(said))
            ):
                d.subject = _motion_name(motion)
            vote = _as_changed(_finish(d, text, cleaned), changed)
            if (
                vote.outcome is None
                and not proposed
                and d.has_counts
                and not (d.yes or d.no or d.abstain)
            ):
                # "Der Gemeinderat stimmte der Satzung bei zwei Gegenstimmen zu", "… vergab der
                # Gemeinderat bei drei Gegenstimmen die Arbeiten an …": the verdict the
                # sentence's act gives around the counts (a separable verb's stem and particle
                # apart; not the groups' own: "Die Fraktionen von CDU und SPD stimmten dem
                # Antrag zu, …")
                act = sentence_act()
                if act in ("approved", "rejected"):
                    vote = vote._replace(
                        outcome=adopted(act),
                        outcome_basis="words",
                        unanimous=False if (vote.counts.no or 0) > 0 else vote.unanimous,
                    )
            pure = d.fillers <= _MAX_FILLERS_OF_A_VOTE_SENTENCE
            if pure and len(drafts) == 1:  # the sentence is the vote: keep all of its words
                vote = vote._replace(
                    text=fold(sentence.text), span=cleaned.span(sentence.start, sentence.end)
                )
            votes.append(vote)
            found = found or pure
        elif (
            d.stated
            and not proposed
            and not no_decision_here(d.stated[-1])
            and not other_meeting()
            # "… wurde in der Bezirksvertretung Bonn am 14.11.2023 beraten und dort mit
            # Änderungen beschlossen": a body's decision at another sitting
            and not (
                (at_body := _DATED_AT_BODY.search(said) or _BY_DATED_DECISION.search(said))
                is not None
                and not _is_day_of(at_body.group("date"), meeting)
            )
            and not (d.stated[-1] == "other" and (outcomes or votes) and _UNDER_ITEM.search(said))
            # a motion to end the item that failed ("Ein Antrag der SPD, die Vorlage in den
            # Ausschuss zu überweisen, fand keine Mehrheit."): the item went on
            and not (d.stated[-1] == "rejected" and _failed_motion_to_end(motion_here()))
            # a suggestion from the floor that found no majority ("Ortsratsmitglied Dreyer regt
            # an, …; hierfür findet sich keine Mehrheit."): the item went on
            and not (d.stated[-1] == "rejected" and _SUGGESTION_FAILED.search(said) is not None)
            # an earlier decision told in the pluperfect ("Die Bezirksvertretung hatte die
            # Errichtung mit Beschluss vom 27.11.2023 zur Kenntnis genommen")
            and not (_EARLIER_DATED.search(said) or _PLUPERFECT.search(said))
            # ... or in the perfect, dated on another day than the sitting's ("Der Kreistag hat
            # die Teilnahme am Förderprogramm am 28.06.2023 beschlossen")
            and not (
                (perfect := _PERFECT_DATED.search(said)) is not None
                and not _is_day_of(perfect.group("date"), meeting)
            )
            # ... or by its number ("Mit Beschluss-Nr. 874/35/2019 hat die Stadtvertretung das
            # Konzept beschlossen")
            and _BY_NUMBERED_DECISION.search(said) is None
            # a member's stance in the debate ("StR Kellner lehnt die Teilnahme ab und
            # kritisiert …"): no decision of the body
            and _MEMBERS_STANCE.match(said) is None
            # a proposal's clause in the infinitive ("2. Den Bebauungsplan … als Satzung zu
            # beschließen."): what is asked, no finite verb of a decision
            and not (_ASKED_INFINITIVE.search(said) and not _FINITE.search(said))
            # an agenda item's title that names its purpose ("Mitteilungen zur Kenntnis"): a
            # heading, no decision
            and not (d.stated[-1] == "noted" and _NOTED_TITLE.fullmatch(said) is not None)
        ):
            # (a pointer to another item after the decision is about a later matter: "Herr K.
            # ist damit gewählt. Die Wahl der Stellvertretung erfolgt unter TOP 4.")
            stated = d.stated[-1]
            if stated == "noted" and _WITHDRAWAL.search(said) is not None:
                # "Der Kreistag nimmt die Rücknahme des Antrages zur Kenntnis.": the motion was
                # withdrawn, which the body notes
                stated = "withdrawn"
            if stated == "approved" and changed():
                # "geändert beschlossen; Ergänzungsantrag der SPD-Fraktion angenommen": the
                # sentence's last verdict adopts the change it told
                stated = "approved_amended"
            outcomes.append(adopted(stated))
            if d.reported:
                reports.append(adopted(d.reported[-1]))
    return found


_WITHDRAWAL: Final = re.compile(
    r"\b(?:Rücknahme|Zurücknahme|Zurückziehung|Rückzug)\s+(?:des|der|dieses|diese[rs]?)\s+"
    r"(?:Antrag(?:e?s)?|Anfrage|Vorlage|Drucksache|Beschlussvorlage)\b"
)
"""A motion's withdrawal named as what a sentence is about (``die Rücknahme des Antrages``)."""


_ASKED_INFINITIVE: Final = re.compile(
    r"\b(?:zu[ \n]+(?:beschließen|genehmigen|billigen|erlassen|beauftragen|ermächtigen)"
    r"|zuzustimmen|abzulehnen|aufzuheben)[ ]*[.;]?[ ]*\Z"
)
_FINITE: Final = re.compile(
    r"(?<!zu )\b(?:beschließt|beschließen|beschloss|beschlossen|stimmt|stimmen|stimmte|wird"
    r"|werden|wurde|wurden|hat|haben|hatte|ist|sind|war|waren|lehnt|lehnte)\b"
)
"""A finite verb a decision is told with, before the sentence's end (where the infinitive of a
proposal stands)."""


_MEMBERS_STANCE: Final = re.compile(
    # (a heading's line may open the sentence: "Diskussion" / "StR Kellner …")
    r"[ \n]*(?:[A-ZÄÖÜ][\w ]{0,30}\n[ ]*)?"
    rf"(?i:{vocab.alternation(vocab.PERSON_TITLES)})"
    r"\.?[ ]+(?:[A-ZÄÖÜ][\w.-]*[ ]+){1,3}?(?:\([^()\n]{1,40}\)[ ]+)?"
    r"(?:lehnt|befürwortet|unterstützt|begrüßt|kritisiert|beantragt|spricht[ ]sich)\b"
)
"""A sentence that opens with a member, a title and a name, and that member's stance in the
debate (``StR Kellner lehnt die Teilnahme ab``, ``Frau Berger (SPD) befürwortet …``); not a
member's vote (``Stadtverordnete Pauli (fraktionslos) stimmt der Vorlage zu.``)."""


_MOST_VOTES: Final = 999
"""More votes than any council casts: a number above it after a side's word that is also a
preposition (``für 2025``) is a year or an amount."""
_PREPOSITIONS: Final = frozenset({"für", "gegen"})


_SUGGESTION_FAILED: Final = re.compile(
    r"\b(?:regt|regte|regen|regten|schlägt|schlug|schlagen|schlugen)\b[^.!?]{0,200}?"
    r"\bkeine[ \n]+Mehrheit\b"
)
"""A suggestion from the floor, and that it found no majority, in one sentence."""


def _failed_motion_to_end(motion: str | None) -> bool:
    """Whether ``motion`` (a sentence's, rejected there) would have ended the item or ruled
    its procedure: its failure decides nothing of the item."""
    return motion is not None and vocab.MOTIONS[motion].kind in ("ends-item", "procedure")


_AT_FIRST: Final = re.compile(r"\b(?:zunächst|ursprünglich|anfangs)\b")
_SUPERSEDED: Final = re.compile(
    r"\bfür[ \n]+ungültig\b|\b(?:Abstimmung|Wahl)[ \n]+wurde[ \n]+wiederholt\b"
    r"|\bwiederholte[ \n]+Abstimmung\b|\(berichtigt\)|\bberichtigte[ns]?[ \n]+"
    r"(?:Abstimmungsergebnis|Ergebnis)\b"
)
"""A vote declared invalid and taken again, or its result corrected: the one told first
(:data:`_AT_FIRST`) is not the item's."""
_SUPERSEDED_REACH: Final = 1500
"""How far from the vote told first its invalidation or correction is sought (a window, so
that a text of many such sentences is read in linear time)."""


_NOT_ALLOWED: Final = re.compile(
    # (an article's full stops go on: "nach Art. 48 Abs. 1 Satz 2 GO")
    r"(?i)\b(?:stimmenthaltung|enthaltung)(?:en)?[ ]+(?:ist|sind)\b"
    r"(?:[^.;:!?]|\.(?=[ ]?[0-9a-zäöü])){0,80}?\bnicht[ ]+"
    r"(?:zulässig|möglich|erlaubt|vorgesehen|statthaft)\b"
)
"""A sentence of the law on voting (``Eine Stimmenthaltung ist … nicht zulässig``): no vote."""

_UNDER_ITEM: Final = re.compile(r"(?i)\bunter[ ]+(?:top|tagesordnungspunkt|punkt)[ ]*[0-9]")
"""A sentence that points to another agenda item (``… erfolgt unter TOP 4``)."""

_T = TypeVar("_T")


class _Once(Generic[_T]):
    """A look-up made the first time it is asked for, then kept (lighter than
    ``functools.cache``, which a sentence would set up seven times)."""

    __slots__ = ("_find", "_found", "_known")

    def __init__(self, find: Callable[[], _T]) -> None:
        self._find = find
        self._known = False
        self._found: _T | None = None

    def __call__(self) -> _T:
        if not self._known:
            self._found, self._known = self._find(), True
        return cast("_T", self._found)


class _ByVerdict(Generic[_T]):
    """A look-up per verdict, each made the first time it is asked for, then kept."""

    __slots__ = ("_find", "_found")

    def __init__(self, find: Callable[[Outcome], _T]) -> None:
        self._find = find
        self._found: dict[Outcome, _T] = {}

    def __call__(self, verdict: Outcome) -> _T:
        if verdict not in self._found:
            self._found[verdict] = self._find(verdict)
        return self._found[verdict]


_UNWRAP: Final = str.maketrans("()", "  ")
"""Parentheses read as spaces: what they hold is read like the rest of the sentence."""
_PARENTHESIS_OPENS_LINE: Final = re.compile(r"(?m)^[ ]*(?=\()")


_WRAPPED_PARENTHESIS: Final = re.compile(r"\((?:[^()\n]{0,200}\n){1,2}[^()\n]{0,200}\)")
"""A parenthesis whose text a line break wraps (``(9 dafür, 4 dagegen, 0 Enthaltungen; gegen
die Stimmen der Fraktion`` / ``Bündnis 90/Die Grünen)``)."""


def _parentheses_unwrapped(vt: _VoteText) -> _VoteText:
    """``vt`` with the line breaks inside a parenthesis read as spaces (same length): a list in
    parentheses goes on over its line's end, where a count line's list ends at it."""
    text = _WRAPPED_PARENTHESIS.sub(lambda m: m.group().replace("\n", " "), vt.text)
    return vt if text == vt.text else _VoteText(text, vt.starts, vt.clean_starts)


def _vote_lines_unwrapped(vt: _VoteText) -> _VoteText:
    """``vt`` with the parentheses around a vote that opens a line of its own read as spaces
    (same length): ``(einstimmig bei zwei Enthaltungen)`` under the counts tells how the vote
    went, it names no group of the count above it."""
    parts: list[str] = []
    pos = 0
    for line in _PARENTHESIS_OPENS_LINE.finditer(vt.text):
        said = _VOTE_IN_PARENTHESES.match(vt.text, line.end())
        if said is None:
            continue
        parts += [vt.text[pos : said.start()], " ", said.group()[1:-1], " "]
        pos = said.end()
    if not parts:
        return vt
    parts.append(vt.text[pos:])
    return _VoteText("".join(parts), vt.starts, vt.clean_starts)


_VOTE_IN_PARENTHESES: Final = re.compile(
    r"\((?![ ]*[0-9]{1,3}[ ]*[:/][ ]*[0-9]{1,3}(?:[ ]*[:/][ ]*[0-9]{1,3})?[ ]*\))"
    rf"(?=[ ]*(?:{vocab.VOTE_RESULT.pattern}|[0-9]{{1,3}}[ ]*:[ ]*[0-9]))"
    r"(?:[^()\n]|\([^()\n]{0,40}\)){1,120}"
    r"(?:\n(?:[^()\n]|\([^()\n]{0,40}\)){1,120}){0,3}\)"
)
"""A parenthesis that opens with a vote: ``(einstimmig)``, ``(12 Ja, 3 Nein)``, ``(12:3:1,
CDU dagegen)``, a member's party in parentheses inside it (``(gegen die Stimmen der SPD und von
StR Kettner (Die Linke))``). A tally alone (``(7:7)``, ``(11/0/2)``) stays an aside, whose
counts are read as such wherever it stands in the sentence."""


_RESULT_WORD_FIRST: Final = re.compile(
    r"[ ]*(Zustimmung|Ablehnung|Annahme|Kenntnisnahme)[ ,]+(?=(?:mit|bei|gegen)[ ])"
)
"""A vote text that opens with its result in one word, then who voted how."""

_SIDES_IN_PARENTHESES: Final = re.compile(
    r"\((?=[ ]*(?i:"
    + vocab.alternation(w for w in vocab.grammar_slots()["count_labels"] if " " not in w)
    # (or the side's word without its colon before a group: "(Dafür CDU, FDP; Dagegen SPD)",
    # the Bremen Bürgerschaft's)
    + r")[ ]*:|[ ]*(?:Dafür|Dagegen)[ ]+[A-ZÄÖÜ])[^()\n]{1,200}\)"
)
_SIDE_WITHOUT_COLON: Final = re.compile(r"\b(Dafür|Dagegen|Enthaltungen?)[ ](?=[A-ZÄÖÜ])")
"""A side's word before its groups without a colon: read with one (the same length)."""
"""A parenthesis that holds who voted how, each side with its label (``(dafür: CDU, SPD;
dagegen: AfD; Enthaltung: FWG)``), below the counts."""


def _unwrap_sides(vt: _VoteText) -> _VoteText:
    """``vt`` with the parentheses around a list of sides read as a space and a line break (same
    length): each side is read as a count label with its groups, and the list ends where its
    parenthesis closes (``(Dafür SPD, FDP)`` / ``Ich bitte um die Gegenprobe!`` on the next line
    is no group's name; not a full stop, which a party's name may end with: ``DIE LINKE.``)."""
    text = _SIDES_IN_PARENTHESES.sub(
        lambda m: " " + _SIDE_WITHOUT_COLON.sub(r"\1:", m.group()[1:-1]) + "\n", vt.text
    )
    return vt if text == vt.text else _VoteText(text, vt.starts, vt.clean_starts)


_DASHED_SIDE: Final = re.compile(
    r"(?<![\w-])(Ja|Nein|Dafür|Dagegen|(?:Stimm)?[Ee]nthaltung(?:en)?)[ ]+[-–][ ]+(?=[A-ZÄÖÜ])"
)
"""A side's word before its groups with a dash (``Ja - CDU; Nein - SPD, Grüne; Enthaltung -
FDP``)."""


def _dashed_line(line: str) -> bool:
    """Whether ``line`` holds two sides at least with their groups after a dash."""
    return (" - " in line or " – " in line) and len(_DASHED_SIDE.findall(line)) >= 2


def _dashed_sides(vt: _VoteText) -> _VoteText:
    """``vt`` with each side's dash read as a colon (``Ja:  CDU``, the same length), where a line
    holds two such sides at least: each side is read as a count label with its groups."""
    lines = vt.text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        if _dashed_line(line):
            lines[i] = _DASHED_SIDE.sub(
                lambda m: m.group(1) + ":" + " " * (len(m.group()) - len(m.group(1)) - 1), line
            )
            changed = True
    return _VoteText("\n".join(lines), vt.starts, vt.clean_starts) if changed else vt


_SIDE_SAID_LAST: Final = re.compile(
    r"(?<![\w-])[Mm]it[ ]+[„\"']?(?:(?P<yes>[Jj][Aa])|[Nn][Ee][Ii][Nn])[“\"']?(?=[ ]*(?:[.,;]|$))"
)
"""A side said last, after who voted so (``Die Fraktionen SPD und Grüne stimmten geschlossen mit
Ja, die Fraktionen CDU und AfD mit Nein.``)."""


def _sides_said_with_yes_or_no(vt: _VoteText) -> _VoteText:
    """``vt`` with each side said last (:data:`_SIDE_SAID_LAST`) read as ``dafür`` or ``dagegen``
    (the same length), as the grammar reads a side after the groups that voted so."""
    text = _SIDE_SAID_LAST.sub(
        lambda m: ("dafür" if m.group("yes") else "dagegen").ljust(len(m.group())), vt.text
    )
    return vt if text == vt.text else _VoteText(text, vt.starts, vt.clean_starts)


_COMPOUND_NUMBER: Final = re.compile(
    r"(?i)(?<![^\W\d_])(?:" + vocab.alternation(vocab.COMPOUND_NUMBER_WORDS) + r")(?![^\W\d_])"
)


def _compounds_as_digits(vt: _VoteText) -> _VoteText:
    """``vt`` with each number word of two parts (``einunddreißig``) written in digits (``31``),
    as the vote grammar reads it; the way back to clean offsets kept (a position inside the
    number maps into the word)."""
    text = vt.text
    if _COMPOUND_NUMBER.search(text) is None:
        return vt
    parts: list[str] = []
    # (position in the new text, clean offset there): the pieces of the old map, moved, and a
    # piece for each number and for the text after it
    points: list[tuple[int, int]] = []
    old_points = list(zip(vt.starts, vt.clean_starts, strict=True))
    shift = 0
    pos = 0
    k = 0
    for m in _COMPOUND_NUMBER.finditer(text):
        while k < len(old_points) and old_points[k][0] < m.start():
            points.append((old_points[k][0] + shift, old_points[k][1]))
            k += 1
        digits = str(vocab.COMPOUND_NUMBER_WORDS[m.group().lower()])
        parts.append(text[pos : m.start()])
        parts.append(digits)
        points.append((m.start() + shift, vt.to_clean(m.start())))
        while k < len(old_points) and old_points[k][0] < m.end():
            k += 1  # (a piece that starts inside the number: none in practice)
        shift += len(digits) - (m.end() - m.start())
        points.append((m.end() + shift, vt.to_clean(m.end())))
        pos = m.end()
    parts.append(text[pos:])
    points.extend((p + shift, c) for p, c in old_points[k:])
    points.sort()
    return _VoteText("".join(parts), tuple(p for p, _ in points), tuple(c for _, c in points))


_COUNT_THEN_GROUPS: Final = re.compile(
    r"(?m)^(?P<label>[^\W\d_][^\W\d_.-]{0,15}\.?)[ ]*+:?[ ]*+[0-9]{1,3}(?P<gap>[ ]++(?:[-–][ ]++)?)"
    # (taken whole, possessive: a line that goes on into a colon fails at once, in linear time)
    r"(?P<groups>[^\W\d_](?:[^\n():]|\([^\W\d_][^\n():]{0,40}\))*+)$"
)
"""A count line with who voted so after the number, no parentheses around them (``Ja:  24
Gruppe SPD/Die Grünen, Bürgermeister``, ``Nein: 9 - CDU-Fraktion``)."""
_LIST_APART: Final = re.compile(r"[ ]*(?:,|;|\bund\b|\bsowie\b)[ ]*")


def _names_groups(listed: str) -> bool:
    """Whether a list (``SPD-Fraktion, Gruppe X und Bürgermeister``) names groups or members
    and nothing else, one at least."""
    names = [n for n in _LIST_APART.split(listed) if n]
    return bool(names) and all(
        vocab.names_a_group(n) or vocab.key(n) in _NOT_A_GROUP_COLUMN for n in names
    )


def _groups_after_counts(vt: _VoteText) -> _VoteText:
    """``vt`` with the names after each count line's number (:data:`_COUNT_THEN_GROUPS`) put in
    parentheses, as the vote grammar reads who voted so (``Ja: 24 (Gruppe SPD/Die Grünen)``);
    only where the line's label is a side and every name a group's or a member's."""
    edits: list[tuple[int, int, str]] = []
    for m in _COUNT_THEN_GROUPS.finditer(vt.text):
        if vocab.COUNT_KEYS.get(vocab.key(m.group("label"))) not in _COUNTED:
            continue
        listed = m.group("groups").rstrip()
        # (none a count's label: "Ja 12 NEIN 3" is a tally, no group "NEIN 3")
        if _names_groups(listed) and not any(
            vocab.key(w) in vocab.COUNT_KEYS for w in listed.split()
        ):
            end = m.start("groups") + len(listed)
            edits += [(m.start("gap"), m.end("gap"), " ("), (end, end, ")")]
    return _edited(vt, edits) if edits else vt


def _edited(vt: _VoteText, edits: Sequence[tuple[int, int, str]]) -> _VoteText:
    """``vt`` with each stretch ``(start, end)`` (in order, none overlapping) replaced by its
    string, the way back to clean offsets kept (what is put in maps to where it stands)."""
    old_points = list(zip(vt.starts, vt.clean_starts, strict=True))
    parts: list[str] = []
    points: list[tuple[int, int]] = []
    shift = pos = k = 0
    for start, end, put in edits:
        while k < len(old_points) and old_points[k][0] < start:
            points.append((old_points[k][0] + shift, old_points[k][1]))
            k += 1
        parts += [vt.text[pos:start], put]
        points.append((start + shift, vt.to_clean(start)))
        while k < len(old_points) and old_points[k][0] < end:
            k += 1
        shift += len(put) - (end - start)
        points.append((end + shift, vt.to_clean(end)))
        pos = end
    parts.append(vt.text[pos:])
    points.extend((p + shift, c) for p, c in old_points[k:])
    points.sort()
    return _VoteText("".join(parts), tuple(p for p, _ in points), tuple(c for _, c in points))


_WORD_THEN_PARENTHESIS: Final = re.compile(r"[ ]*[^\W\d_]+[ ]*(?=\()")
"""A vote text's first word right before a parenthesis (``Zustimmung (einstimmig)``)."""


def _unwrap_how_it_went(vt: _VoteText) -> _VoteText:
    """``vt`` with the parentheses around how the result word that opens it went read as spaces
    (same length): ``Zustimmung (einstimmig; 11 anwesende Stimmberechtigte)``; not a vote told
    of something named later in it (``Die Beschlussempfehlung … vom 14.05.2024 (einstimmig) wird
    …``)."""
    word = _WORD_THEN_PARENTHESIS.match(vt.text)
    how = _VOTE_IN_PARENTHESES.match(vt.text, word.end()) if word is not None else None
    if how is None:
        return vt
    text = vt.text[: how.start()] + " " + how.group()[1:-1] + " " + vt.text[how.end() :]
    return _VoteText(text, vt.starts, vt.clean_starts)


def _unwrap_votes(text: str) -> str:
    """``text`` with the parentheses around a vote read as spaces (same length); a
    parenthesis may run on over a few line breaks; and a tally broken over a line (``(9 : 2 :``
    / ``1)``) one line again."""
    if ":" in text and "\n" in text:
        # (one space where the break and the indentation stood; the blanks left after the number)
        text = _BROKEN_TALLY.sub(
            lambda m: f"{m['head']} {m['last']}" + " " * (len(m["gap"]) - 1), text
        )
    if "(" not in text:
        return text
    return _VOTE_IN_PARENTHESES.sub(lambda m: " " + m.group()[1:-1] + " ", text)


_BROKEN_TALLY: Final = re.compile(
    r"(?P<head>\b[0-9]{1,3}[ ]?:[ ]?[0-9]{1,3}[ ]?:)(?P<gap>[ ]*\n[ ]*)(?P<last>[0-9]{1,3})\b"
)
"""A tally of three whose last number the line break put on the next line."""


# "Damit ist der Antrag abgelehnt.", "Der Antrag ist damit angenommen.": the minutes report the
# result at the start of a line. That is not decided text ("Der Antrag wird abgelehnt." is, and
# stays).
_REPORTED_RESULT: Final = re.compile(
    r"(?m)^[ ]*(?:(?:Damit|Somit|Demnach|Hiermit) (?:ist|sind|wurde|wurden) "
    # (the subject first: "Der Antrag ist damit angenommen.")
    r"|(?:Der|Die|Das) \S+ (?:ist|sind|wurde|wurden) (?:damit|somit|demnach) )"
    r"(?:\S+ ){0,6}?\S+[.!]?[ ]*\Z"
)


def _line_offsets(text: str) -> Iterator[tuple[int, str]]:
    """The lines of ``text`` that hold something, without their indentation, and where each
    begins (an indented export reads as the plain one)."""
    pos = 0
    for ln in text.split("\n"):
        if stripped := ln.strip():
            yield pos + len(ln) - len(ln.lstrip()), stripped
        pos += len(ln) + 1


def read_votes(
    layout_: Layout, status_piece: Piece | None, cleaned: Cleaned, meeting: dt.date | None = None
) -> VoteReading:
    """Every vote result of the text, what its prose states was decided, and what the status
    line says as a vote; ``meeting`` (the text's meeting date) tells a decision of another
    meeting (``hat in seiner Sitzung vom 12.03.2024 … beschlossen``) from this one's."""
    notes: list[Diagnostic] = []
    votes: list[Vote] = []
    cut: list[bool] = []  # the text ends inside a vote result
    heading_of: dict[int, int | None] = {}  # vote span start -> its vote heading
    table_ends: dict[int, int] = {}  # clean end of a count table without heading -> its vote
    about = _heading_subjects(layout_.markers, cleaned.text)
    # decisions of another sitting made known: what follows is none of this text's
    known = made_known_from(cleaned.text, meeting)
    known_span = [] if known is None else [(known, _next_decision(layout_, known, cleaned))]
    elsewhere = _Ranges(
        known_span
        + _other_bodies_results(layout_, len(cleaned.text))
        + _recommendation_lines(cleaned.text)
    )
    # the status's sentence wrapped onto the lines below it ("Beschluss: Der Rat lehnt den Antrag
    # mit 55 gegen 6 Stimmen" / "bei 2 Enthaltungen ab."): read whole as the status, its lines
    # are no vote of their own (but what goes on below them: "(dafür: GRÜNE, SPD; …)")
    wrapped_status = (
        (status_piece.start, status_piece.end)
        if status_piece is not None
        and status_piece.text != cleaned.text[status_piece.start : status_piece.end]
        else (0, 0)
    )

    def in_status(start: int, end: int) -> bool:
        return wrapped_status[0] <= start and end <= wrapped_status[1]

    continued = _continued_headings(layout_, cleaned.text)
    for block, own_heading in zip(layout_.vote_blocks, layout_.block_headings, strict=True):
        if elsewhere.hold(block[0].piece.start) or in_status(
            block[0].piece.start, block[-1].piece.end
        ):
            continue
        heading = continued.get(own_heading, own_heading) if own_heading is not None else None
        # the motion the block names, looked up once for all its votes (a block of a thousand
        # vote lines was joined and searched again for each: quadratic, bench/fuzz.py found it)
        named: _Once[str | None] = _Once(partial(_motion_named, block))
        if _told_before(block, cleaned.text, meeting):
            # "Der Rat hat in seiner Sitzung am 14.12.2023 mit 40 Ja-Stimmen …" (under a vote
            # heading too: "Abstimmung:" left empty over "Mitteilung der Verwaltung: Der Stadtrat
            # hat in seiner Sitzung am 14.03.2023 mehrheitlich (Ja 31, Nein 8) … beschlossen")
            continue
        read = _read_block(block, cleaned, notes, cut)
        # where each line of the block starts, found once (a block of a thousand votes asked
        # line by line for each vote's: quadratic)
        starts: _Once[list[int]] = _Once(partial(_line_starts, block))
        for n, (d, text) in enumerate(read):
            if _in_pluperfect(cleaned.text, d.start, d.end):
                continue  # "Der Ausschuss hatte ihn mit 3 Ja-Stimmen … empfohlen."
            if d.counts and _BOUND_BEFORE.search(cleaned.text, max(0, d.start - 24), d.start):
                # "… mithin mindestens 28 Ja-Stimmen. Diese Mehrheit ist nicht erreicht. Die
                # Beschlussvorlage ist damit abgelehnt.": the votes a majority needed, no
                # count; the verdict stands
                d.counts.clear()
            if d.subject is None and (part := _parts_on_its_line(block, starts(), d.start)):
                d.subject = part  # "Ziffer 3:  mehrheitlich beschlossen": the parts it is on
            if d.subject is None and heading is not None and not d.anew:
                # (or what the line above the heading puts to the vote: "Der Bürgermeister lässt
                # über den Antrag auf Absetzung abstimmen." / "Abstimmung: Ja: 11 …")
                # (a motion only: the vote on the item's own text has no other subject)
                d.subject = about.get(heading) or (
                    _lead_in_motion(cleaned.text, heading) if n == 0 else None
                )
            if d.subject is None and heading is None:
                d.subject = _lead_in_subject(cleaned.text, block[0].piece.start)
            # (a block's later vote: only the motion its own line names, "Der Änderungsantrag
            # wird einstimmig angenommen." / "Der so geänderte Antrag wird … angenommen.")
            if d.subject is None and (
                motion := _motion_on_its_line(block, starts(), d.start) if n else named()
            ):
                d.subject = _motion_name(motion)  # "Die beantragte Vertagung wird … angenommen"
            vote = _as_changed(
                _finish(d, text, cleaned),
                partial(_changed_under, text, cleaned.text, heading if n == 0 else None, d.start),
            )
            if _says_nothing(vote):
                continue  # a result form left blank ("einstimmig: ____ Ja: ____ Nein: ____")
            # (a vote told anew after the heading's is under none: "… - angenommen." / "Sodann
            # beschließt … mehrheitlich …")
            heading_of[vote.span.start] = heading if not d.anew else None
            if heading is None:
                table_ends[block[-1].piece.end] = len(votes)
            votes.append(vote)
    statement_outcomes: list[Outcome] = []
    if known_span and _NOTES_THEM.match(cleaned.text, known_span[0][1]) is not None:
        # "Der Stadtrat nimmt die Bekanntgabe zur Kenntnis." after the decisions of another
        # sitting made known: the body's own decision (their votes are theirs)
        statement_outcomes.append("noted")
    reported_outcomes: list[Outcome] = []
    procedural: set[int] = set()  # statements of a decision on procedure or an amendment
    prose_starts: set[int] = set()  # where the votes that sentences of prose state begin
    vote_sentences: list[tuple[int, int]] = []
    blocks = list(zip(layout_.vote_blocks, layout_.block_headings, strict=True))
    proposals, background = _Ranges(layout_.proposals), _Ranges(layout_.background)
    # (the sections that weigh the options: "C. Alternativen" / "Werden nicht empfohlen.")
    considered = _Ranges(
        (a, b)
        for a, b in layout_.background
        if vocab.section_key(_line_from(cleaned.text, a)) in vocab.CONSIDERED_SECTIONS
    )
    for paragraph in _sentences(
        layout_.statements, layout_.markers, blocks, cleaned.text, layout_.walls
    ):
        # No cue holds a sentence mark, so none reaches over from one sentence into the next: a
        # paragraph without a cue has no sentence with one (speed: most paragraphs have none).
        body = cleaned.text[paragraph.start : paragraph.end]
        if "zurück" in body and (withdrawn := _WITHDRAWS.search(body)) is not None:
            # "Die Fraktion DIE LINKE zieht daraufhin den Antrag zurück": the mover withdraws
            at = paragraph.start + withdrawn.start()
            if not proposals.hold(at) and not elsewhere.hold(at):
                statement_outcomes.append("withdrawn")
        if not _VOTE_CUE.search(body) and not _VERDICT_CUE.search(body):
            continue
        before = ""  # the sentence before: what a consent (``ist damit einverstanden``) adopts
        # a paragraph that tells of another dated sitting of the body tells its votes after it
        # ("… hat sich bereits in seiner Sitzung am 19.10.2020 befasst. Ein Antrag wurde damals
        # … abgelehnt. Stattdessen wurde einstimmig beschlossen, …")
        earlier_sitting = False
        last_end = paragraph.start
        for sentence in _sentence_pieces(cleaned.text, paragraph):
            if elsewhere.hold(sentence.start) or in_status(sentence.start, sentence.end):
                # (its sitting dates what follows all the same: "Der Antrag wurde im
                # Fachbereichsausschuss am 27.06.2023 vorberaten." over the vote told)
                earlier_sitting = earlier_sitting or _tells_another_sitting(sentence.text, meeting)
                continue
            # (a blank line ends what such a paragraph tells: "… hat sich in seiner Sitzung am
            # 24.06.2024 einstimmig für das Vorhaben ausgesprochen." / "" / "Der Antrag auf
            # Vertagung wurde mit 17 Ja-Stimmen … angenommen.")
            if cleaned.text.find("\n\n", last_end, sentence.start) >= 0:
                earlier_sitting = False
            last_end = sentence.end
            context, before = before, sentence.text
            told_before = earlier_sitting
            earlier_sitting = earlier_sitting or _tells_another_sitting(sentence.text, meeting)
            cue = _VOTE_CUE.search(sentence.text)
            if not cue and not _VERDICT_CUE.search(sentence.text):
                continue
            # the Sachverhalt tells a dated event: decided before, or elsewhere ("Der Ausschuss
            # hat die Auswertung am 11.03.2024 … mit 11 : 2 Stimmen gebeten")
            # (not a body's result headed with its date: "Beratungsergebnis Ausschuss …,
            # 05.03.2024: Der Ausschuss empfiehlt einstimmig …")
            # (the date of this text's own sitting dates nothing else: "Abstimmungsergebnis in
            # der BVV am 16.10.2024: 41 Ja-Stimmen, …" under the paper's reasons)
            dated_background = background.hold(sentence.start) and (
                any(
                    not _is_day_of(d.group(), meeting)
                    for d in _DATE.finditer(sentence.text, _after_heading(sentence.text))
                )
                # (or a year before the sitting's, told in the past: "Die Halle wurde 1998 als
                # landwirtschaftliches Betriebsgebäude genehmigt;")
                or _in_a_year_before(sentence.text, meeting)
            )
            proposed = (
                # (a sentence that reports the meeting's finding proposes nothing, wherever it
                # stands: "Damit ist der Antrag abgelehnt." below a motion's text)
                (proposals.hold(sentence.start) and _FINDING.search(sentence.text) is None)
                or considered.hold(sentence.start)
                or _MAY.search(sentence.text) is not None
                or dated_background
                # or what is to be decided ("Die Haushaltssatzung ist jährlich zu beschließen"),
                # or what was decided before, told in the perfect ("Der Gemeinderat hat mit der
                # Drucksache G-21/190 den Bau … beschlossen.")
                or (
                    background.hold(sentence.start)
                    and (
                        _TO_BE_DECIDED.search(sentence.text) is not None
                        or _DECIDED_BEFORE.search(sentence.text) is not None
                        # or what the law says is done ("Nach dem Schiedsamtsgesetz NRW wird
                        # die Schiedsperson … für fünf Jahre gewählt.")
                        or _BY_LAW.match(sentence.text) is not None
                    )
                )
            )
            told = len(votes)
            stated = len(statement_outcomes)
            is_vote = _read_sentence(
                sentence,
                cue,
                cleaned,
                votes,
                statement_outcomes,
                reported_outcomes,
                proposed=proposed,
                context=context,
                meeting=meeting,
                cut=cut,
                elsewhere=dated_background
                or (
                    told_before
                    and (
                        _PRETERITE.search(sentence.text) is not None
                        or _PERFECT_TOLD.search(sentence.text) is not None
                    )
                )
                # (a body's view given before, told in the Sachverhalt in the perfect: "Der
                # Schulausschuss hat sich mit 9 Ja-Stimmen … für die Errichtung ausgesprochen;")
                or (
                    background.hold(sentence.start)
                    and _VIEW_GIVEN_BEFORE.search(sentence.text) is not None
                ),
            )
            prose_starts.update(v.span.start for v in votes[told:])
            if len(statement_outcomes) > stated and (
                _on_procedure(sentence.text) or _MOVED_AND_FAILED.search(context + sentence.text)
            ):
                procedural.update(range(stated, len(statement_outcomes)))
            if is_vote:
                vote_sentences.append((sentence.start, sentence.end))
            elif (reported := _REPORTED_RESULT.search(sentence.text)) and _VERDICT_CUE.search(
                reported.group()
            ):
                start = sentence.start + reported.start()
                vote_sentences.append((start, sentence.end))
                _tell_table(votes, table_ends, cleaned, Piece(sentence.text, start, sentence.end))
    if procedural and (
        len(procedural) < len(statement_outcomes)
        # (or beside a vote of the item's own: "Zusatzantrag der LINKEN (abgelehnt)" over
        # "Abstimmungsergebnis: … Der Antrag ist angenommen.")
        or any(v.subject is None and v.outcome is not None for v in votes)
    ):
        # "… beantragt eine Sitzungsunterbrechung; dies wird ohne Gegenrede beschlossen": a
        # decision on procedure or an amendment beside the item's own decides nothing of the
        # item (alone, it is the text's decision: "Der Rat bejaht die Dringlichkeit.")
        statement_outcomes = [o for i, o in enumerate(statement_outcomes) if i not in procedural]
    votes.sort(key=lambda v: v.span.start)
    merged: list[Vote] = []
    headings: list[int | None] = []
    in_prose: list[bool] = []
    blocks_at = frozenset(heading_of)
    for k, vote in enumerate(votes):
        heading = heading_of.get(vote.span.start)
        # a vote told twice is told in one place: look back a few votes, not over a whole
        # minutes file (which would take quadratic time)
        twin = next(
            (
                i
                for i in range(len(merged) - 1, max(0, len(merged) - _TWIN_REACH) - 1, -1)
                if _compatible(
                    merged[i],
                    vote,
                    same_heading=(heading is not None and heading == headings[i])
                    # (who voted on the changed text, under its heading, and the item's result
                    # right below: "Abstimmungsergebnis über den so geänderten Antrag:" /
                    # "Zustimmung: SPD, GRÜNE" / "Ablehnung: AfD" / "Ergebnis: mit Änderungen
                    # beschlossen")
                    or (
                        i == len(merged) - 1
                        and vote.subject is None
                        and _sides_and_result(merged[i], vote)
                        and vocab.says_changed(merged[i].subject or "")
                    )
                    # (who voted how told on, sentence by sentence, in one paragraph: "Für
                    # die Vertagung stimmten SPD und Die Linke, dagegen CDU." / "Die beiden
                    # Mitglieder der Gruppe … enthielten sich.")
                    or (
                        i == len(merged) - 1
                        and heading is None
                        and headings[i] is None
                        and _sides_told_on(merged[i], vote, cleaned)
                    )
                    # (who voted how, right under a part's result: "Beschluss zu Ziffer 3:
                    # mehrheitlich" / "Dafür: SPD, …" / "Dagegen: CDU")
                    or (
                        i == len(merged) - 1
                        and heading is None
                        and merged[i].outcome is not None
                        and vote.outcome is None
                        and not counted(vote)
                        and _named_groups(vote)
                        and _SIDES_BELOW.fullmatch(
                            cleaned.between(merged[i].span.end, vote.span.start)
                        )
                        is not None
                    ),
                )
                # two results under two headings are two votes, however alike (but who voted
                # how, under one, and the result alone, under the next: "Abstimmungsergebnis:"
                # / "Zustimmung: SPD, CDU" / "Ablehnung: AfD" / "Ergebnis: Der Antrag wird
                # mehrheitlich angenommen.")
                and (
                    heading is None
                    or headings[i] is None
                    or heading == headings[i]
                    or (i == len(merged) - 1 and _sides_and_result(merged[i], vote))
                    or (i == len(merged) - 1 and _counts_then_result(merged[i], vote, cleaned))
                    # (a table's counts added up right below it, under a label of its own:
                    # "Gesamt: 38 Ja / 7 Nein / 1 Enthaltung")
                    or (i == len(merged) - 1 and _totals_above(merged[i], vote, heading, cleaned))
                )
                # two sentences that each state a result without counts are two decisions
                and not (_said_only(merged[i], blocks_at) and _said_only(vote, blocks_at))
                # nor two results under two dated subheadings, each body's ("Ausschuss für
                # Stadtentwicklung, 05.02.2025:" / "Ja: SPD, …" / "Stadtverordnetenversammlung,
                # 24.02.2025:" / "38 Ja, 24 Nein, 3 Enthaltungen")
                and _DATED_SUBHEADING.search(
                    cleaned.original,
                    max(merged[i].span.end, vote.span.start - _SUBHEADING_REACH),
                    vote.span.start,
                )
                is None
            ),
            None,
        )
        if (
            twin is not None
            and not counted(vote)
            and k + 1 < len(votes)
            and votes[k + 1].span.start >= vote.span.end
            and _RIGHT_BELOW.fullmatch(cleaned.between(vote.span.end, votes[k + 1].span.start))
            and (
                twin < len(merged) - 1
                or _BLANK_LINE.search(cleaned.between(merged[twin].span.end, vote.span.start))
            )
            and _compatible(
                vote,
                votes[k + 1],
                same_heading=heading is not None
                and heading_of.get(votes[k + 1].span.start) == heading,
            )
        ):
            # (a result told twice, once in words right above its counts, is told there, not
            # with an earlier vote it agrees with past another vote or paragraph:
            # "Abstimmungsergebnis: Ja 17 …" (on urgency) / "… Änderungsantrag: Ja 6 / Nein 13
            # …" / "… beschließt mit den Stimmen von SPD … gegen die Stimmen der CDU." /
            # "Abstimmungsergebnis: Ja 13 / Nein 6 / Enthaltung 0")
            twin = None
        said_in_prose = vote.span.start in prose_starts
        if twin is None:
            merged.append(vote)
            headings.append(heading)
            in_prose.append(said_in_prose)
        else:
            merged[twin] = _merge(merged[twin], vote, cleaned.original)
            headings[twin] = headings[twin] if headings[twin] is not None else heading
            in_prose[twin] = in_prose[twin] or said_in_prose
    merged = [_without_dashed_sides(vote) for vote in merged]
    for vote in merged:
        if vote.unanimous and (vote.counts.no or 0) > 0 and (vote.counts.yes or 0) > 0:
            notes.append(
                diagnostic(
                    "RP305",
                    f"the vote is called einstimmig but counts {vote.counts.no} No votes",
                    vote.span,
                )
            )
    # no count given: a roll call's names are the counts, and the text is told so (a count
    # given elsewhere, on another matter, counts nothing of it: "Dem Antrag auf namentliche
    # Abstimmung wird ohne Gegenstimmen entsprochen."; one that agrees with it is its total, or
    # the same names counted already; a side counted as none alone, "Stimmenthaltungen: keine",
    # is no total)
    # (the votes are in text order here: a roll call is compared with its neighbours only, not
    # with every vote of a long text)
    begins = [v.span.start for v in merged]
    dropped: set[int] = set()
    added: list[Vote] = []
    for roll_call, stretch in _roll_calls(cleaned):
        at = bisect_right(begins, roll_call.span.start)
        near = range(max(0, at - _TWIN_REACH), min(len(merged), at + _TWIN_REACH))
        if any(_same_counts(roll_call, merged[i]) for i in near):
            continue
        # the roll call's lines read as vote text say less than the roll call: it replaces them
        # (or reach into them: a side's heading read with its first name, "Dafür stimmen:" /
        # "Ratsmitglied Keuper (FDP)")
        inside = [
            i
            for i in near
            if merged[i].span.start < roll_call.span.end
            and roll_call.span.start < merged[i].span.end
        ]
        # (the result they state in words is the roll call's: "Ergebnis: Die erforderliche
        # Mehrheit … ist nicht erreicht. Der Antrag … ist damit abgelehnt.")
        said = next(
            (
                merged[i]
                for i in inside
                if merged[i].outcome is not None and merged[i].outcome_basis == "words"
            ),
            None,
        )
        vote = (
            roll_call
            if said is None
            else roll_call._replace(outcome=said.outcome, outcome_basis="words")
        )
        dropped.update(inside)
        added.append(vote)
        vote_sentences.append(stretch)
        total = sum(c or 0 for c in (vote.counts.yes, vote.counts.no, vote.counts.abstain))
        notes.append(
            diagnostic(
                "RP308",
                f"no total is given: the counts are the {total} names of a roll call",
                vote.span,
            )
        )
    # a table of several votes, one a row ("| Änderungsantrag 07/1243.1 | 17 | 19 | 3 |
    # abgelehnt |"): each row a vote of its own, the votes its cells were read as replaced
    for row_vote, stretch in _vote_rows(cleaned):
        inside = [
            i
            for i, v in enumerate(merged)
            if v.span.start < row_vote.span.end and row_vote.span.start < v.span.end
        ]
        dropped.update(inside)
        added.append(row_vote)
        vote_sentences.append(stretch)
    if added:
        merged = [v for i, v in enumerate(merged) if i not in dropped] + added
        in_prose = [p for i, p in enumerate(in_prose) if i not in dropped] + [False] * len(added)
        order = sorted(range(len(merged)), key=lambda i: merged[i].span.start)
        merged, in_prose = [merged[i] for i in order], [in_prose[i] for i in order]
    # (a count of No votes alone is no total: "Dem Antrag auf namentliche Abstimmung wird ohne
    # Gegenstimmen entsprochen.")
    if not any(counted(v) and v.counts.yes is not None for v in merged):
        # no count given: the members listed under each side are the counts ("Dafür: Abel,
        # Bräuer, Dietz, …"), and the text is told so
        for i, vote in enumerate(merged):
            by_group = _group_numbers_added(vote)
            if by_group is not None:
                merged[i] = by_group
                notes.append(
                    diagnostic(
                        "RP309",
                        "no total is given: the counts are the groups' numbers added up",
                        vote.span,
                    )
                )
                continue
            by_name = _names_counted(vote)
            if by_name is not None:
                merged[i] = by_name
                total = sum(
                    c or 0 for c in (by_name.counts.yes, by_name.counts.no, by_name.counts.abstain)
                )
                notes.append(
                    diagnostic(
                        "RP308",
                        f"no total is given: the counts are the {total} names of a roll call",
                        vote.span,
                    )
                )
    for a, b in _tallies_by_kind(cleaned):
        # "Gemeindevertreter/innen: 4 / 0 / 1" / "bürgerliche Mitglieder: 2 / 1 / 0": a tally
        # for each kind of member, none for the whole body (the conventions: no counts)
        # (a vote that said no more than its counts is left out)
        kept = [
            (v._replace(counts=VoteCounts()), p) if v.span.start < b and a < v.span.end else (v, p)
            for v, p in zip(merged, in_prose, strict=True)
        ]
        kept = [
            (v, p)
            for v, p in kept
            if v.outcome is not None
            or v.unanimous is not None
            or any(v.groups)
            or any(c is not None for c in v.counts)
        ]
        merged, in_prose = [v for v, _ in kept], [p for _, p in kept]
    status_vote = _status_vote(status_piece, cleaned, notes)
    return VoteReading(
        tuple(merged),
        status_vote,
        statement_outcomes[-1] if statement_outcomes else None,
        reported_outcomes[-1] if reported_outcomes else None,
        tuple(notes),
        tuple(vote_sentences),
        tuple(statement_outcomes),
        tuple(in_prose),
        bool(cut) or _ends_in_a_label(cleaned.text),
        known,
    )


_KIND_TALLY: Final = re.compile(
    # (the kind opens on a letter and the blanks after it are taken whole: a line of blanks is
    # no longer tried split every way, bench/fuzz.py seed 131)
    r"^[ ]*+(?P<kind>[^\s:][^\n:]{2,39}?)[ ]*+:[ ]*\d{1,3}[ ]*[/:][ ]*\d{1,3}"
    r"(?:[ ]*[/:][ ]*\d{1,3})?[ ]*$",
    re.MULTILINE,
)
_MEMBER_KIND: Final = re.compile(
    r"(?i)vertreter|verordnete|mitglieder|bürger|einwohner|räte\b|rätinnen|abgeordnete"
)


def _tallies_by_kind(cleaned: Cleaned) -> list[tuple[int, int]]:
    """Where the text gives a tally for each kind of member on lines one under the other, two
    at least (``Stadtverordnete: 4/0/3`` / ``Sachkundige Einwohner: 5/0/1``), in the original
    text's offsets."""
    text = cleaned.text
    out: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for m in _KIND_TALLY.finditer(text):
        if _MEMBER_KIND.search(m.group("kind")) is None:
            continue
        if run and text.count("\n", run[-1].end(), m.start()) != 1:
            run = []
        run.append(m)
        if len(run) == 2:
            out.append((cleaned.to_original(run[0].start()), cleaned.to_original(m.end())))
        elif len(run) > 2:
            out[-1] = (out[-1][0], cleaned.to_original(m.end()))
    return out


def _ends_in_a_label(text: str) -> bool:
    """Whether ``text`` breaks off inside a count's label under a vote's heading, or after one,
    before any count is read (``Abstimmung:`` / ``Anwesend: 19`` / ``Für den Besch``,
    ``Abstimmungsergebnis zum geänderten Beschlussvorschlag:`` / ``Ja-Stimmen:``): the vote is
    cut off."""
    tail = text.rstrip()
    line_start = tail.rfind("\n") + 1
    line = tail[line_start:].strip(" |").lower()
    if len(line) < 3 or any(ch.isdigit() for ch in line) or len(line) > _LONGEST_LABEL:
        return False
    # (or a whole label with nothing after it: "Ja-Stimmen:"; not a word that is a label itself,
    # "Enthaltung", a blank form's last row)
    label = line.rstrip(" :")
    if not (
        (line.endswith(":") and label in vocab.COUNT_KEYS)
        or (line not in vocab.COUNT_KEYS and any(k.startswith(line) for k in vocab.COUNT_KEYS))
    ):
        return False
    headings = list(_HEADING_ABOVE.finditer(tail, max(0, line_start - _HEADING_REACH), line_start))
    if not headings:
        return False
    heading = headings[-1]
    # the first count under the heading (only attendance before it): a blank form's rows
    # ("Ja-Stimmen:" / "Nein-Stimmen:" / "Enthaltungen:") are no vote cut off
    between = tail[heading.end() : line_start].split("\n")
    return all(not row.strip() or _ATTENDANCE_ROW.match(row) for row in between)


_ATTENDANCE_ROW: Final = re.compile(
    r"[ ]*(?i:anwesend|mitglieder|stimmberechtigt|gesetzliche|gesetzl\.|soll)\b[^\n]*$"
)
_LONGEST_LABEL: Final = 40
_HEADING_REACH: Final = 200
_HEADING_ABOVE: Final = re.compile(
    r"^[ ]*(?:Abstimmung|Abstimmungsergebnis|Ergebnis|Beschlussergebnis)\b[^\n:]{0,80}:[ ]*$",
    re.MULTILINE,
)
"""A vote's heading alone on its line, over the counts a text breaks off in."""


def _continued_headings(layout_: Layout, text: str) -> dict[int, int]:
    """Vote headings on the line right after another's block (``Ergebnis: abgelehnt`` /
    ``Stimmen: 12 dafür, 10 dagegen, 3 Enthaltungen``), each mapped to the first of its run: one
    result told over two lines is one vote."""
    continued: dict[int, int] = {}
    before: tuple[int, int] | None = None  # the last one-line block's heading and its end
    for block, heading in zip(layout_.vote_blocks, layout_.block_headings, strict=True):
        # (each heading with its result on its own line: not a heading over a table below it)
        on_its_line = heading is not None and "\n" not in text[heading : block[0].piece.start]
        if on_its_line and before is not None and heading is not None and heading >= before[1]:
            gap = text[before[1] : heading]
            if gap.count("\n") == 1 and not gap.strip(" \n|"):
                continued[heading] = continued.get(before[0], before[0])
        before = (
            (heading, block[-1].piece.end)
            if heading is not None and on_its_line and len(block) == 1
            else None
        )
    return continued


def _group_numbers_added(vote: Vote) -> Vote | None:
    """A vote that gives each group's number on two sides at least and no count (``mit den
    Stimmen der Fraktionen CDU (9), SPD/Grüne (4) … gegen die Stimmen der Fraktion AfD (8)``),
    its counts the numbers added up per side; None where a listed group has no number."""
    listed = (vote.groups.yes, vote.groups.no, vote.groups.abstain)
    if sum(1 for side in listed if side) < 2 or any(
        g.members is None for side in listed for g in side
    ):
        return None
    yes, no, abstain = (sum(g.members or 0 for g in side) if side else None for side in listed)
    return _counted_as(vote, yes, no, abstain)


def _counted_as(vote: Vote, yes: int | None, no: int | None, abstain: int | None) -> Vote:
    """``vote`` with the counts a text gave only by its names or its groups' numbers: its
    outcome by them where its words say none, unanimous where no one voted against."""
    outcome, basis = vote.outcome, vote.outcome_basis
    if outcome is None and yes is not None:
        outcome, basis = ("approved" if yes > (no or 0) else "rejected"), "counts"
    return vote._replace(
        counts=vote.counts._replace(yes=yes, no=no, abstain=abstain),
        outcome=outcome,
        outcome_basis=basis,
        unanimous=vote.unanimous if vote.unanimous is not None else not no,
    )


def _names_counted(vote: Vote) -> Vote | None:
    """A vote that lists members under its sides and gives no count (``Dafür: Bürgermeister
    Sauer, Abel, Bräuer …``, ``Dagegen: Jansen, Kühn``), counted by its names, each a person;
    None where a name is a group's (a party, a Fraktion) or fewer than :data:`_ROLL_MIN` are
    named."""
    listed = (vote.groups.yes, vote.groups.no, vote.groups.abstain)
    names = [g for side in listed for g in side]
    # (a member with their party is a person: "GV Albers (CDU)"; a group with it is none)
    if len(names) < _ROLL_MIN or any(
        g.kind == "faction" and (g.party is not None or vocab.names_a_group(g.name)) for g in names
    ):
        return None
    people = VoteGroups(*(tuple(g._replace(kind="person") for g in side) for side in listed))
    # (a side its label says nobody is on counts none: "Enthaltung: —", "Nein: keine")
    nobody = {
        side
        for m in _SIDE_OF_NOBODY.finditer(vote.text)
        if (side := vocab.COUNT_KEYS.get(vocab.key(m.group("label")))) is not None
    }
    yes, no, abstain = (
        len(side) if side else (0 if name in nobody else None)
        for name, side in zip(("yes", "no", "abstain"), listed, strict=True)
    )
    return _counted_as(vote, yes, no, abstain)._replace(groups=people)


_SIDE_OF_NOBODY: Final = re.compile(
    r"(?P<label>[A-Za-zÄÖÜäöüß-]{2,30})[ ]*:[ ]*(?:keine|keiner|niemand|[-–—])(?=[ .;,)]|$)"
)
"""A side's label with nobody after it (``Enthaltung: —``), in a roll call's text."""


def _same_counts(roll_call: Vote, vote: Vote) -> bool:
    """Whether ``vote`` counts sides and agrees with the roll call's count of its names."""
    said = [
        (getattr(roll_call.counts, k), getattr(vote.counts, k)) for k in ("yes", "no", "abstain")
    ]
    return (vote.counts.yes is not None or vote.counts.no is not None) and all(
        a is None or b is None or a == b for a, b in said
    )


def _sides_and_result(a: Vote, b: Vote) -> bool:
    """Whether one of two votes names only who voted how (no counts, no result) and the other
    only the result (no groups), or the first (``a``) only the result in words (a form's ticked
    box: ``☒ zur Kenntnis genommen``) and the next (``b``) only its counts (no words): one vote,
    told in two parts."""

    def sides_only(v: Vote) -> bool:
        return v.outcome is None and not counted(v) and _named_groups(v)

    def said_only(v: Vote) -> bool:
        return v.outcome_basis == "words" and not counted(v) and not _named_groups(v)

    def counts_only(v: Vote) -> bool:
        return v.outcome_basis == "counts" and counted(v)

    def said_with_sides(v: Vote) -> bool:
        return v.outcome_basis == "words" and not counted(v) and _named_groups(v)

    return (
        (sides_only(a) and not _named_groups(b))
        or (sides_only(b) and not _named_groups(a))
        or (said_only(a) and counts_only(b))
        # (or the result in words with who voted how, then its counts alone that agree:
        # "Ergebnis:" / "… mit den Stimmen von … gegen die Stimmen von … abgelehnt." /
        # "Abstimmung: Ja 14 / Nein 30 / Enthaltung 3")
        or (
            said_with_sides(a)
            and counts_only(b)
            and not _named_groups(b)
            and a.outcome == b.outcome
        )
    )


def _counts_then_result(a: Vote, b: Vote, cleaned: Cleaned) -> bool:
    """Whether ``a`` gives counts alone and ``b``, right below under its heading alone, the
    result they give in words (a form's ticked box: ``Abstimmungsergebnis:`` / ``Ja-Stimmen:
    9`` / … / ``Ergebnis:`` / ``☐ einstimmig beschlossen   ☒ mit Stimmenmehrheit
    beschlossen``): one vote, told in two parts."""
    return (
        a.outcome_basis == "counts"
        and counted(a)
        and b.outcome_basis == "words"
        and not counted(b)
        and not _named_groups(b)
        and a.outcome == b.outcome
        and b.span.start - a.span.end <= _BETWEEN_REACH
        and _HEADING_BETWEEN.fullmatch(cleaned.between(a.span.end, b.span.start)) is not None
    )


_BETWEEN_REACH: Final = 400


_HEADING_BETWEEN: Final = re.compile(
    # (after the counts' last rows that no count reads: "Mitwirkungsverbot nach § 22 BbgKVerf: 0")
    r"[ ]*(?:\n[ ]*[^\n:]{1,60}:[ ]*(?:[0-9]{1,3}|[-–])?[ ]*){0,3}"
    r"\s*(?:[A-ZÄÖÜ][\w-]{2,30}[ ]*:)?\s*"
    # (and the options left unticked before it on its row: "☐ einstimmig beschlossen   ☒ ")
    r"(?:[^\n]*[☐☒\]][ ]*)?"
)
"""What may stand between the counts and their result: rows of counts that no count reads, the
result's heading, and the form's options before the ticked one."""


def _sides_only(v: Vote) -> bool:
    """A telling of who voted how alone: groups, no counts, no verdict, not einstimmig."""
    return _named_groups(v) and not counted(v) and v.outcome is None and v.unanimous is not True


_SIDES_REACH: Final = 160
"""Characters between two tellings of who voted how, in one paragraph, at most."""


def _sides_told_on(before: Vote, vote: Vote, cleaned: Cleaned) -> bool:
    """Whether ``vote`` goes on telling who voted how right after ``before`` in its paragraph
    (no blank line between): one telling of the sides, split into sentences."""
    return (
        _sides_only(before)
        and _sides_only(vote)
        # (not two whole tellings, each with its sides for and against: a sitting's each, "GRÜNE
        # gegen CDU (= Annahme)" / "GRÜNE und CDU gegen AfD (= Ablehnung)")
        and not (before.groups.yes and before.groups.no and vote.groups.yes and vote.groups.no)
        and 0 <= vote.span.start - before.span.end <= _SIDES_REACH
        and _BLANK_LINE.search(cleaned.between(before.span.end, vote.span.start)) is None
    )


def _named_groups(v: Vote) -> bool:
    return bool(v.groups.yes or v.groups.no or v.groups.abstain)


def counted(vote: Vote) -> bool:
    """Whether the vote gives a Yes, No or abstention count."""
    return any(c is not None for c in (vote.counts.yes, vote.counts.no, vote.counts.abstain))


# A roll call (namentliche Abstimmung): one line per member, the member and how they voted
# ("Herr Albers: ja", "Brandt, Helga (CDU) – dagegen", "RM Dorn   Enthaltung"). The name looks
# like a person's: a title, a party in parentheses, or two capitalised words ("Öffentlich: ja"
# in a form is none).
_TITLES: Final = rf"(?i:{vocab.alternation(vocab.PERSON_TITLES)})\.?"
_ROLL_LINE: Final = re.compile(
    # (a table's row with its borders: "Frau Adler   | SPD   | Ja")
    r"^[ |]*(?:[-–•][ ]+)?"
    rf"(?P<name>(?P<title>(?:{_TITLES}[ ]+){{1,3}})?[A-ZÄÖÜ][\w'.-]*"
    # (an office after a comma, abbreviated in lower case: "Herr Zander, ehrenamtl.
    # Bürgermeister")
    r"(?P<more>(?:,?[ ][A-ZÄÖÜ][\w'.-]*|,[ ][a-zäöü][\w'.-]*){0,3}))"
    r"(?:[ ]*+\((?P<party>[^()\n]{1,40})\))?"
    # (a remark in lower case after a dash: "Stadtrat Krause (AfD) - per Video      nein")
    r"(?:[ ]+[-–][ ]+[a-zäöü][^\n|]{0,30}?(?=[ ]{2,}))?"
    # (or the party in a column of its own: "Altmann, Kerstin      CDU      ja")
    r"(?:(?:[ ]{2,}|[ ]*\|[ ]*)(?P<column>[^\s()|][^\n|]{0,40}?)(?=[ ]{2,}|[ ]*\|))?"
    # (an office after the party: "Graf, Christian (CDU), Bürgermeister      nein")
    r"(?:,[ ][A-ZÄÖÜ][\w'.-]*(?:[ ][\w'.-]+){0,2})?"
    # (or dots that lead to it: "Ahrendt, Klaus (CDU) .......... ja")
    r"(?:[ ]*+[:–|-][ ]*+|[ ]*+\.{2,}+[ ]*+|[ ]++)"
    r"(?P<vote>(?i:ja|nein|dafür|dagegen|enthaltung|stimmenthaltung|enthält sich))[ .|]*+$",
    re.MULTILINE,
)
_NOT_VOTING: Final = re.compile(
    rf"[^\n]{{1,80}}?[ ](?:{vocab.alternation(vocab.NOT_VOTING)})\b[^\n]{{0,60}}"
)
"""One member's line that tells why they did not vote (a roll call goes on past it)."""
_ROLL_MIN: Final = 3
"""Lines one after another that make a roll call (fewer are a remark or two)."""


def _roll_calls(cleaned: Cleaned) -> Iterator[tuple[Vote, tuple[int, int]]]:
    """Each roll call of the text as a vote, and where it stands in the clean text: its lines'
    sides counted, each member a person."""
    yield from _roll_call_tables(cleaned)
    yield from _roll_call_lists(cleaned)
    text = cleaned.text
    run: list[re.Match[str]] = []
    for found in [*_ROLL_LINE.finditer(text), None]:
        m = found
        if m is not None and not (
            m.group("title") or m.group("party") or m.group("column") or m.group("more")
        ):
            m = None  # one word, no title, no party: a form's field
        if m is not None and (m.group("column") or "").strip().isdigit():
            # a member's weight in its column ("Gemeinde Achstetten | 8 | Nein"): a weighted
            # vote, whose total the text gives, no roll call of persons
            m = None
        between = text[run[-1].end() : m.start()].strip() if m is not None and run else ""
        # (a member who took no part between two who voted: "Herr Lemke (Einzelbewerber)
        # befangen, nimmt nicht teil")
        follows = (
            m is not None
            and bool(run)
            and (not between or _NOT_VOTING.fullmatch(between) is not None)
        )
        if run and not follows:
            if len(run) >= _ROLL_MIN:
                yield _roll_call(run, cleaned)
            run = []
        if m is not None:
            run.append(m)


# A roll call as lists of names under each side's line ("Mit Ja stimmten:" / "Ratsfrau Bauer
# (SPD), Ratsherr Dettmer (SPD), …", "Mit Nein stimmten:" / …, "Der Stimme enthielt sich:" / …)
_SIDE_HEAD: Final = re.compile(
    # (in lower case too, as a list's run-in heads: "mit Ja stimmten:", "der Stimme enthielt sich:")
    r"^[ ]*(?:[Mm]it[ ]+(?P<with>Ja|Nein)[ ]+stimm(?:t|)en"
    r"|(?P<for>Dafür|Dagegen)[ ]+stimm(?:t|)en"
    r"|(?P<abstain>[Dd]er[ ]+Stimme[ ]+(?:enthielt(?:en)?[ ]+sich|enthält[ ]+sich"
    r"|enthalten[ ]+(?:(?:hat|haben)[ ]+)?sich)"
    r"|Enthalten[ ]+(?:hat|haben)[ ]+sich|(?:Stimm)?[Ee]nthaltung(?:en)?))"
    # (or the members named by their office, the names below: "Mit Ja stimmten die
    # Bezirksverordneten" / "Adomeit, Bauer, …")
    # (a noun of members, not of groups: "die Fraktionen" / "SPD, GRÜNE" are no persons)
    r"(?:[ ]*:|[ ]+(?:die|folgende)[ ]+(?P<members>[A-ZÄÖÜ][\w-]{0,30}"
    r"(?:verordneten|vertreter|vertreterinnen|abgeordneten|mitglieder|räte|rätinnen))"
    r"[ ]*:?(?=[ ]*\n))[ ]*",
    re.MULTILINE,
)
_NOBODY: Final = re.compile(r"(?:keine|keiner|niemand|[-–—]|0)[ .]*(?:\n|$)")
"""A side's list that names nobody (``Stimmenthaltungen: keine``)."""
_LABEL_LINE: Final = re.compile(r"[ ]*[A-ZÄÖÜ][^\n:,]{0,60}:[ ]*$")
"""A line that ends in a label's colon (the next heading), which no list of names holds."""
_LISTED_PERSON: Final = re.compile(
    rf"[ ]*(?P<name>(?P<title>(?:{_TITLES}[ ]+){{1,3}})?[A-ZÄÖÜ][\w'.-]*"
    r"(?:[ ][A-ZÄÖÜ][\w'.-]*){0,2})(?:[ ]*\((?P<party>[^()\n]{1,40})\))?[ ]*"
)
_SIDE_LIST_REACH: Final = 3000
"""The longest list of names under a side's line."""


def _roll_call_lists(cleaned: Cleaned) -> Iterator[tuple[Vote, tuple[int, int]]]:
    """Each roll call printed as lists of names under its sides' lines (:data:`_SIDE_HEAD`), two
    sides at least one after the other, every entry a person with a title or a party: each
    side's names counted."""
    text = cleaned.text
    heads = list(_SIDE_HEAD.finditer(text))
    run: list[tuple[str, list[Group], int]] = []  # each side, its persons, its list's end
    start = 0
    for i, head in enumerate(heads):
        said = head.group("with") or head.group("for")
        side = "abstain" if said is None else "yes" if said in ("Ja", "Dafür") else "no"
        # (the list on the heading's line, or on the lines below it)
        at = head.end()
        stop = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        blank = text.find("\n\n", at, stop)
        end = min(stop if blank < 0 else blank, at + _SIDE_LIST_REACH)
        adjoining = bool(run) and not text[run[-1][2] : head.start()].strip()
        # (a side's list after one whose names are marked needs no marks of its own: "Mit Ja
        # stimmten: Ortsbürgermeister Klaus Weyand, Bernd Hahn" / "Mit Nein stimmten: Heike
        # Dämgen, Andreas Fuchs")
        listed = _listed_persons(
            text, at, end, cleaned, trusted=adjoining or head.group("members") is not None
        )
        if run and not adjoining:
            if len(run) >= 2:
                yield _side_lists(run, start, cleaned)
            run = []
        if listed is None and run and adjoining and _NOBODY.match(text, at, end):
            # "Stimmenthaltungen: keine": a side of nobody, counted as none
            line_end = text.find("\n", at, end)
            run.append((side, [], end if line_end < 0 else line_end))
            continue
        if listed is None:
            if len(run) >= 2:
                yield _side_lists(run, start, cleaned)
            run = []
            continue
        if not run:
            start = head.start()
        run.append((side, *listed))
    if len(run) >= 2:
        yield _side_lists(run, start, cleaned)


_SMALL_WORD: Final = re.compile(r"[ ][a-zäöüß]{3,}")


def _a_sentence(line: str) -> bool:
    """Whether ``line`` is a sentence (a capital first, a small word in it, its full stop at the
    end, no comma of a list): no name of the list above it."""
    line = line.strip()
    return (
        line[:1].isupper()
        and line.endswith(".")
        and "," not in line
        and _SMALL_WORD.search(line) is not None
    )


def _listed_persons(
    text: str, start: int, end: int, cleaned: Cleaned, *, trusted: bool = False
) -> tuple[list[Group], int] | None:
    """The persons of a side's list, parted by commas, and where the list ends: its lines up to
    a blank line or the next heading (None where an entry is no person's name, or no name has a
    title or a party, unless the list is ``trusted``: it follows another side's)."""
    persons: list[Group] = []
    marked = False
    stop = start
    for line in re.finditer(r"[^\n]+", text[start:end]):
        if not line.group().strip() or _LABEL_LINE.match(line.group()):
            break  # a blank line, or the next heading ("Begründung (aus der Vorlage):")
        if stop > start and _a_sentence(line.group()):
            break  # the sentence after the list, its blank line dropped ("Der Vergabe wurde …")
        stop = start + line.end()
    # (a name may wrap onto the next line: "…, Erster" / "Bürgermeister Lenz (FW)"; or the
    # names stand one a line, without commas)
    # (the list's full stop ends it, not its last name: "…, Peters, Quast.")
    last = stop
    while last > start and text[last - 1] in " .":
        last -= 1
    listed = text[start:last]
    entries = [e for e in re.finditer(r"[^,]+", listed) if e.group().strip()]
    if "," not in listed and "\n" in listed.strip():
        entries = [e for e in re.finditer(r"[^\n]+", listed) if e.group().strip()]
    for entry in entries:
        m = _LISTED_PERSON.fullmatch(entry.group().replace("\n", " "))
        if m is None:
            return None
        marked = marked or bool(m.group("title") or m.group("party"))
        a = start + entry.start() + m.start("name")
        party = m.group("party")
        persons.append(
            Group(
                name=m.group("name"),
                party=vocab.party_of(party) if party else None,
                kind="person",
                members=None,
                span=cleaned.span(a, a + len(m.group("name"))),
            )
        )
    return (persons, stop) if persons and (marked or trusted) else None


def _side_lists(
    run: Sequence[tuple[str, list[Group], int]], start: int, cleaned: Cleaned
) -> tuple[Vote, tuple[int, int]]:
    end = run[-1][2]
    d = _Draft(start, end)
    for side, persons, _ in run:
        d.counts[side] = d.counts.get(side, 0) + len(persons)
        getattr(d, side).extend(persons)
    return _finish(d, fold(cleaned.text[start:end]), cleaned), (start, end)


# A roll call as a table: a column of names, one of each side, a cross in one of them a row
# ("| Name | Ja | Nein | Enthaltung |" over "| Arnold, Sabine | X |  |  |").
_ROLL_TABLE_HEAD: Final = re.compile(
    # (possessive: a run of spaces before the head is not split between the two runs every way)
    r"^[ ]*+\|?[ ]*+(?:Name(?:,[ ]?Vorname)?|Mitglied|Ratsmitglied|Mitglieder|Stadtverordnete[r]?"
    r"|Abgeordnete[r]?|Gemeindevertreter(?:/-?in|in)?|Stadtr(?:at|ätin|at/-?in)|Kreisr(?:at|ätin)"
    r"|Gemeinderat(?:smitglied)?|Ortsbeiratsmitglied)"
    # its columns parted by pipes, or aligned with spaces ("Name, Vorname    Fraktion    Ja
    # Nein    Enthaltung")
    r"(?:[ ]*\|(?=[^\n]*\|)|(?=[ ]{2,}[^|\n]*$))",
    re.MULTILINE,
)
_CROSS: Final = frozenset("xX✓✔☒")
_ALIGNED_CELL: Final = re.compile(r"\S+(?:[ ]\S+)*")
"""A cell of a table aligned with spaces: words parted by single spaces."""


def _aligned_cells(row: Piece) -> list[Piece]:
    return [
        Piece(m.group(), row.start + m.start(), row.start + m.end())
        for m in _ALIGNED_CELL.finditer(row.text)
    ]


def _under(cell: Piece, heads: Sequence[Piece], line_start: int, head_start: int) -> int:
    """The index of the head whose column ``cell`` stands in (the nearest, by the columns of
    their lines)."""
    col = cell.start - line_start + len(cell.text) / 2
    return min(
        range(len(heads)),
        key=lambda i: abs(heads[i].start - head_start + len(heads[i].text) / 2 - col),
    )


def _roll_call_tables(cleaned: Cleaned) -> Iterator[tuple[Vote, tuple[int, int]]]:
    """Each roll call of the text printed as a table (:data:`_ROLL_TABLE_HEAD`), its columns
    parted by pipes or aligned with spaces, as a vote: each member on the side of the column
    crossed in the member's row."""
    text = cleaned.text
    for head in _ROLL_TABLE_HEAD.finditer(text):
        line_start = text.rfind("\n", 0, head.start()) + 1
        line_end = text.find("\n", head.start())
        line_end = len(text) if line_end < 0 else line_end
        head_row = Piece(text[line_start:line_end], line_start, line_end)
        piped = "|" in head_row.text
        heads = pipe_cells(head_row) if piped else _aligned_cells(head_row)
        sides = [vocab.COUNT_KEYS.get(vocab.key(c.text.rstrip(" :"))) for c in heads[1:]]
        if len([s for s in sides if s in _COUNTED]) < 2:
            continue
        d = _Draft(head.start(), line_end)
        rows = 0
        pos = line_end + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            row = Piece(text[pos:end], pos, end)
            row_start = pos
            pos = end + 1
            if _RULE.fullmatch(row.text.strip()):
                continue
            cells = (pipe_cells(row) if "|" in row.text else []) if piped else _aligned_cells(row)
            if not cells or not cells[0].text:
                break
            if not any(c.text in _CROSS for c in cells[1:]) and any(
                vocab.key(c.text) in vocab.NOT_VOTING for c in cells[1:]
            ):
                # "| Kowalski, Dirk (BfR) | entschuldigt |": absent, no vote (also in the first
                # side's cell, the others left empty: "| Ehrhardt, Lutz | entschuldigt | | |")
                continue
            if piped:
                if len(cells) != len(heads):
                    break
                under = [i for i, c in enumerate(cells) if i and c.text in _CROSS]
            else:  # the head each cross stands under
                under = [
                    _under(c, heads, row_start, line_start) for c in cells[1:] if c.text in _CROSS
                ]
            if len(under) == 1 and vocab.key(heads[under[0]].text) in vocab.NOT_VOTING:
                continue  # "Jentzsch, Lothar   CDU   …   X" under "abwesend": no vote
            crossed = [([None, *sides])[i] for i in under]
            if len(crossed) != 1 or crossed[0] not in _COUNTED:
                break
            side = crossed[0]
            assert side is not None
            d.counts[side] = d.counts.get(side, 0) + 1
            name = cells[0]
            getattr(d, side).append(
                Group(
                    name=name.text,
                    party=_party_in_remark(name.text),
                    kind="person",
                    members=None,
                    span=cleaned.span(name.start, name.end),
                )
            )
            d.end = row.end
            rows += 1
        if rows >= _ROLL_MIN:
            yield _finish(d, fold(text[d.start : d.end]), cleaned), (d.start, d.end)


_VOTE_ROWS_HEAD: Final = re.compile(
    r"^[ ]*\|?[ ]*(?:Abstimmung|Abstimmungsgegenstand|Gegenstand|Antrag|Vorlage|Beschluss)"
    r"[ ]*\|[^\n]*\|[^\n]*$",
    re.MULTILINE,
)
"""The head of a table of several votes, one a row, its first column naming what was voted on
(``|Abstimmung |Ja |Nein|Enth.|Ergebnis |``)."""
_RESULT_HEADS: Final = frozenset({"ergebnis", "beschluss", "abstimmungsergebnis", "resultat"})


def _vote_rows(cleaned: Cleaned) -> Iterator[tuple[Vote, tuple[int, int]]]:
    """Each row of a table of several votes (:data:`_VOTE_ROWS_HEAD`; two count columns at
    least) as a vote: what its first cell names, its counts, and the result its result
    column states."""
    text = cleaned.text
    if "|" not in text:
        return
    for head in _VOTE_ROWS_HEAD.finditer(text):
        heads = pipe_cells(Piece(head.group(), head.start(), head.end()))
        sides = [vocab.COUNT_KEYS.get(vocab.key(c.text.rstrip(" .:"))) for c in heads]
        if sides[0] is not None or len([x for x in sides if x in _COUNTED]) < 2:
            continue
        result_at = next(
            (i for i, c in enumerate(heads) if vocab.key(c.text) in _RESULT_HEADS), None
        )
        pos = head.end() + 1
        found: list[tuple[Vote, tuple[int, int]]] = []
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            row = Piece(text[pos:end], pos, end)
            pos = end + 1
            if _RULE.fullmatch(row.text.strip()):
                continue
            cells = pipe_cells(row) if "|" in row.text else []
            if len(cells) != len(heads) or not cells[0].text:
                break
            d = _Draft(cells[0].start, cells[-1].end if cells[-1].text else row.end)
            d.subject = cells[0].text
            for cell, side in zip(cells, sides, strict=True):
                if side in _COUNTED and (n := vocab.number_of(cell.text)) is not None:
                    d.counts[side] = n
            if len(d.counts) < 2:
                break
            if result_at is not None and (said := vocab.status_outcome(cells[result_at].text)):
                d.verdicts.append(said)
            found.append((_finish(d, fold(text[d.start : d.end]), cleaned), (d.start, d.end)))
        if len(found) >= 2:
            yield from found


def _roll_call(lines: Sequence[re.Match[str]], cleaned: Cleaned) -> tuple[Vote, tuple[int, int]]:
    start, end = lines[0].start("name"), lines[-1].end("vote")
    d = _Draft(start, end)
    for line in lines:
        side = vocab.COUNT_KEYS[vocab.key(line.group("vote"))]
        assert side in ("yes", "no", "abstain")  # the words of _ROLL_LINE
        d.counts[side] = d.counts.get(side, 0) + 1
        party = line.group("party") or line.group("column")
        name = line.group("name")
        getattr(d, side).append(
            Group(
                name=name,
                party=vocab.party_of(party) if party else None,
                kind="person",
                members=None,
                span=cleaned.span(line.start("name"), line.end("name")),
            )
        )
    return _finish(d, fold(cleaned.text[start:end]), cleaned), (start, end)


# "(vertagt in der Sitzung am 10.06.2021)", "in der letzten Sitzung des Verwaltungsausschusses
# beschlossen": what became of the item at another meeting (the dative: where it happened;
# "vertagt in die Sitzung am …" says where it goes, and is a decision)
# (not the sitting an item is to be called up in: "… den Punkt in der Sitzung am 15. Mai 2024
# erneut aufzurufen")
_NOT_MADE: Final = re.compile(
    r"\b(?:wird|wurde|werden|wurden)[ ]+(?:jedoch[ ]+|aber[ ]+)?nicht[ ]+gestellt\b"
    r"|\bkein(?:e|en)?[ ]+(?:förmliche[rn]?[ ]+)?[\w-]*[Aa]ntrag[ ]+(?:wird|wurde)?[ ]*gestellt\b"
)
"""A sentence that says a motion was not made (``ein förmlicher Verweisungsantrag wird nicht
gestellt``, ``Ein Antrag wurde nicht gestellt.``)."""
_EARLIER_MEETING: Final = re.compile(
    r"\bin der (?:letzten |vorigen |vorherigen |vergangenen |gestrigen )?"
    r"(?:\w+ )?Sitzung (?:am|vom|des|der)\b"
    # (what is to be done there, across a wrapped line: "… in der Sitzung am" / "22.02.2024
    # erneut zu beraten")
    r"(?!(?:[^;!?\n]|\n(?!\n)){0,60}?\b(?:aufzurufen|vorzulegen|aufzunehmen|zu (?:beraten|behandeln"
    r"|entscheiden|befassen)|(?:erneut|wieder) (?:zu )?\w+)\b)",
    re.IGNORECASE,
)
# "Der Fachausschuss hatte die Vorlage am 05.02.2024 mit 8 Ja-Stimmen … empfohlen": the
# pluperfect with a date tells a vote taken before, in another meeting
_PRETERITE: Final = re.compile(r"\b(?:wurden?|hatten?)\b")
"""The past a paragraph tells another sitting in (``Stattdessen wurde einstimmig beschlossen``)."""
_PERFECT_TOLD: Final = re.compile(
    # (a tally's colon within: "mit 12 : 1 Stimmen")
    r"\b(?:hat|haben)\b(?:[^.;:!?]|(?<=[0-9])[ ]?:(?=[ ]?[0-9])){0,200}?"
    r"\b(?:empfohlen|beschlossen|zugestimmt|abgelehnt|gebilligt|genehmigt|angenommen)\b"
)
"""A vote told in the perfect (``Der Ausschuss hat dem Gemeinderat mit 12 : 1 Stimmen
empfohlen, …``): after a sentence of another, dated sitting, that sitting's."""
_BEFORE_NOW: Final = re.compile(
    r"\b(?:damals|seinerzeit|zuvor|vormals)\b|\bim\s+Jahre?\s+(?:19|20)[0-9][0-9]\b", re.IGNORECASE
)
"""Words that set a vote before the one the record tells (``… hat die Einführung im Jahr 2019
einstimmig beschlossen``)."""
_COUNTERFACTUAL: Final = re.compile(
    r"\b(?:hätte|hätten)\b[^.;!?]{0,200}?\b(?:bestanden|gegeben|ergeben)\b"
    r"|\b(?:wäre|wären)\b[^.;!?]{0,80}?\b(?:abgelehnt|angenommen|beschlossen|gescheitert)\b",
    re.IGNORECASE,
)
"""A vote told in the subjunctive, one that did not happen (``… ohne sie hätte Stimmengleichheit
(7 : 7) bestanden``, ``… wäre der Antrag abgelehnt``)."""
_EARLIER_DATED: Final = re.compile(
    r"\bhatten?\b[^.;!?]{0,120}?\b(?:am|vom) \d{1,2}\.\s?\d{1,2}\.", re.IGNORECASE
)
# "Der Ausschuss hatte ihn mit 3 Ja-Stimmen … nicht zur Beschlussfassung empfohlen", "Die
# Vorlage war im Bauausschuss einstimmig befürwortet worden": the pluperfect tells a vote that
# came before this one, undated too (a record tells its own votes in the present or the past)
# (a date's full stops go on in a clause: "… hatte das Projekt bereits am 27. Februar mit 11:4
# Stimmen empfohlen")
_CLAUSE_GAP: Final = (
    r"(?:[^.;!?]|(?<=[0-9])\.(?=\s?(?:[0-9]|(?:"
    + "|".join(m.capitalize() for m in vocab.MONTHS)
    + r")\b)))"
)
_PLUPERFECT: Final = re.compile(
    rf"\bhatten?\b{_CLAUSE_GAP}{{0,160}}?\b(?:empfohlen|beschlossen|abgelehnt|zugestimmt"
    r"|befürwortet"
    r"|gebilligt|genehmigt|angenommen|vertagt|zurückgestellt|verwiesen|überwiesen|votiert"
    r"|abgestimmt|zur Kenntnis genommen"
    # the votes a motion got before ("In der ersten Beratung hatte der Antrag 31 Ja-Stimmen bei
    # 14 Nein-Stimmen erhalten")
    r"|erhalten|bekommen|gefunden"
    # a proposal made before ("Die Verwaltung hatte vorgeschlagen, die Satzung so zu ändern, dass
    # … gewählt wird"): what it asked for is no decision
    r"|vorgeschlagen|beantragt|angeregt)\b"
    rf"|\b(?:war|waren)\b{_CLAUSE_GAP}{{0,160}}?\b(?:empfohlen|beschlossen|abgelehnt|befürwortet"
    r"|gebilligt|genehmigt|angenommen|vertagt|zurückgestellt|verwiesen|überwiesen|vorberaten"
    r"|beraten) worden\b",
    re.IGNORECASE,
)
_INQUIRY: Final = re.compile(r"anfrage\b", re.IGNORECASE)
# "Die Fraktion zieht daraufhin den Antrag zurück": the mover's act, its words apart (the present
# or the past indicative; "ziehe … zurück", reported, is no act)
_WITHDRAWS: Final = re.compile(
    r"\b(?:zieht|ziehen|zog|zogen)\b[^.;:!?]{0,60}?\b(?:[Aa]ntrag|[Ää]nderungsantrag|[Vv]orlage"
    r"|[Aa]nfrage|[Aa]nregung)\b[^.;:!?]{0,40}?\bzurück\b"
    # the mover's declaration, in reported speech: "erklärt für die UBV-Fraktion, dass der Antrag
    # zurückgezogen werde"
    r"|\berklärt\b[^.;!?]{0,80}?\bdass\s+(?:der|die|das|ihr|sein|ihre|seine)\s+(?:[Aa]ntrag|"
    r"[Ää]nderungsantrag|[Vv]orlage|[Aa]nfrage|[Aa]nregung)\b[^.;:!?]{0,40}?\bzurückgezogen\s+"
    r"(?:werde|wird|sei)\b"
)
# "… dass drei Ausgaben genehmigt worden seien": someone reports, in indirect speech
_INDIRECT: Final = re.compile(
    r"\b(?:worden|wurden) (?:sei|seien)\b"
    # (its object between, across a line break: "… antwortet, der Landesbetrieb habe der
    # Planung am 09.01.2024 zugestimmt")
    r"|\b(?:habe|hätte|hätten)\s(?:[^.;!?\n]|\.(?=[0-9])|\n(?![ ]*\n)){0,80}?"
    r"\b(?:zugestimmt|beschlossen|genehmigt|abgelehnt|angenommen|vertagt|verwiesen|erteilt"
    r"|gebilligt|befürwortet|empfohlen)\b"
    # "… erläutert, dass die Sozialbehörde eine Förderung … abgelehnt habe"
    r"|\b\w+(?:t|en) (?:habe|hätte|hätten)\b"
    # the state reported: "… antwortet, die Fällungen seien bereits im Verfahren (Az. 21-04/112)
    # genehmigt" (within one sentence, an abbreviation's full stop between)
    r"|\b(?:sei|seien)\s(?:[^;!?\n]|\n(?![ ]*\n)){0,100}?"
    r"\b(?:zugestimmt|beschlossen|genehmigt|abgelehnt|angenommen|vertagt|verwiesen|erteilt"
    r"|gebilligt|befürwortet|empfohlen)\b"
)

# "… dass die Vorlage in die nächste Sitzung vertagt werde", "Außerdem würden alle übrigen
# Vorlagen vertagt": someone tells, in the subjunctive, what is to happen; a decision of this
# text is stated in the indicative (in prose only: a vote's own sentence may give a reason so)
_SUBJUNCTIVE: Final = re.compile(
    r"\b\w+(?:t|en) werde\b|\bwürden?\b"
    # a motion's formula: "Die Bezirksversammlung möge beschließen:", "… wolle beschließen:"
    r"|\b(?:möge|mögen|moege|wolle)\b"
)

# "Der Hauptausschuss hat in seiner Sitzung vom 12.03.2024 … beschlossen", "Der Ausschuss hat
# am 12.12.2023 mit 7 : 2 Stimmen … abgegeben"
_MONTH_NAMES: Final = "|".join(m.capitalize() for m in vocab.MONTHS)
_DATED_MEETING: Final = re.compile(
    # (a few words between: "… hat der Ausschuss bereits am 09.10.2023 abgelehnt")
    # (or more words, across a wrapped line: "Die Kommunalaufsicht hat die Haushaltssatzung 2024
    # mit Verfügung" / "vom 30.01.2024 … genehmigt")
    # (or a perfect with "sein": "Der Ausschuss ist dem am 09.04.2024 mehrheitlich gefolgt")
    # (the sitting's number before it: "Die BVV hat in ihrer 19. Sitzung am 14.06.2023 …")
    r"\b(?:in\s(?:seiner|ihrer)\s(?:\d{1,3}\.\s)?(?:\w+\s)?Sitzung\s"
    r"|(?:hat|haben)\s+(?:[\w-]+\s+){0,6}?"
    r"|(?:ist|sind)\s+(?:[\w-]+\s+){0,3}?)"
    r"(?:am|vom)\s(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})"
    # (a press release's day without its year, the perfect's object between: "Der Hauptausschuss
    # hat die Vorlage (Vorlage-Nr. 610/2024/0089) am 11. Juni vorberaten")
    r"|\b(?:hat|haben)\s(?:[^.;!?\n]|\.(?=[ ]?[\da-zäöüß])){0,80}?\b(?:am|vom)\s"
    rf"(?P<day>\d{{1,2}}\.\s?(?:{_MONTH_NAMES}))\b(?!\s+\d)"
    # (or told by someone, in the subjunctive, with its day: "Der Bauausschuss habe am 12.
    # September 2022 doch einstimmig beschlossen")
    r"|\b(?:habe|hätte|hätten)\s+(?:[\w-]+\s+){0,6}?(?:am|vom)\s"
    rf"(?P<told>\d{{1,2}}\.\s?(?:\d{{1,2}}\.\s?\d{{2,4}}|(?:{_MONTH_NAMES})\s+\d{{4}}))"
)

_PERFECT_DATED: Final = re.compile(
    r"\b(?:hat|haben)\b[^.;!?]{0,120}?\b(?:am|vom)\s(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})"
)
"""A decision told in the perfect with its day (``Der Kreistag hat … am 28.06.2023 beschlossen``):
one of that day (the pluperfect's, :data:`_EARLIER_DATED`, is always an earlier one)."""
# ... or a body and its sitting's date, as a statement of a decision names them
_DATED_AT_BODY: Final = re.compile(
    # (or by the body: "… Schulbauprogramm, vom Kreistag am 11.12.2023 beschlossen")
    # (not a version's date: "… den Bebauungsplan in der Fassung vom 27.05.2030 … beschlossen")
    # (or carried over from it: "Vorlage SR/2024/187 – vertagt aus der Sitzung vom 07.11.2024")
    r"\b(?:in\sder|im|vom|von\s(?:der|dem)|aus\s(?:der|dem))\s(?!(?:Fassung|Form|Version)\b)"
    r"[A-ZÄÖÜ][\w-]*(?:\s[\w-]+){0,2}?\s(?:am|vom)\s+"
    r"(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})"
)
# ... or by the decision's date ("Mit dem Beschluss vom 26.04.2023 hat der Gemeinderat ein
# Sanierungsprogramm … beschlossen.")
_BY_DATED_DECISION: Final = re.compile(
    r"\b(?:[Mm]it|[Dd]urch|[Pp]er|[Ll]aut|[Gg]emäß)\s(?:(?:dem|seinem|ihrem)\s)?"
    # (its number between: "Mit Beschluss Nr. 112-2022 vom 07.12.2022 … hat der Stadtrat …")
    r"[\w-]*[Bb]eschluss\s(?:(?:Nr\.|Nummer)\s?[\w/.-]{1,20}\s)?(?:vom|am)\s"
    r"(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})"
)
# ... or by the decision's number, in the perfect ("Mit Beschluss-Nr. 874/35/2019 hat die
# Stadtvertretung das Radverkehrskonzept beschlossen")
_BY_NUMBERED_DECISION: Final = re.compile(
    r"\b(?:[Mm]it|[Dd]urch|[Pp]er|[Ll]aut|[Gg]emäß)\s(?:(?:dem|seinem|ihrem)\s)?"
    r"[\w-]*[Bb]eschluss(?:-?Nr\.?|\s(?:Nr\.|Nummer))\s?(?=[\w/.()-]{0,23}\d)[\w/.()-]{1,24},?\s"
    r"(?:hat|haben|hatte|hatten)\b"
)
# ... or a clause in the perfect whose auxiliary ends it ("…, den der Rat am 05.10.2021 zustimmend
# zur Kenntnis genommen hat.")
_DATED_CLAUSE: Final = re.compile(
    r"\b(?:am|vom)\s(?P<date>\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}"
    + rf"|(?:{_MONTH_NAMES})\s+\d{{4}}))"
    # (an abbreviation's full stop goes on in a clause: "dem Erwerb des Grundstücks Flst. Nr.
    # 2187/3 … zugestimmt hat.")
    r"(?=(?:[^.;!?]|\.(?=[ ]?(?:[\da-zäöüß]|Nr\.))){0,160}?\b(?:hat|haben|hatte|hatten)[ ]*"
    r"(?:[.,;)]|$))"
)

_A_DATE: Final = (
    r"\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|(?:"
    + "|".join(m.capitalize() for m in vocab.MONTHS)
    + r")\s+\d{4})"
)
"""A date as a sitting is dated: ``23.07.2024``, ``25. Januar 2024``."""


# "Der Vorsitzende gibt bekannt, dass der Rat in seiner nichtöffentlichen Sitzung vom 23.07.2024
# folgende Beschlüsse gefasst hat:", "gibt … die in der nichtöffentlichen Sitzung vom 14.09.2023
# gefassten Beschlüsse bekannt", "gibt folgende Beschlüsse aus der nichtöffentlichen Sitzung vom
# 25.07.2023 bekannt:": another sitting's decisions made known (its date, and "bekannt"
# within the sentence; "Abs." and the like may stand in it, no blank line)
# (the body between the sitting and its date: "in der nichtöffentlichen Sitzung des
# Gemeinderates vom 20.06.2024 gefassten Beschlüsse")
_OF_BODY: Final = r"(?:\s+(?:des|der)\s+[A-ZÄÖÜ][\w-]*(?:\s+[\w-]+){0,3}?)?"
_DAY_NAMED: Final = rf"(?:(?:{vocab.alternation(vocab.WEEKDAYS)})\.?,?\s+(?:(?:dem|den)\s+)?)?"
"""A weekday before a sitting's date (``am Donnerstag, dem 25. Januar 2024``, ``am Do., …``), as
the history's date cells and the meeting dates read it, from the one table of weekdays."""
_MADE_KNOWN: Final = re.compile(
    r"\b(?:gibt|gab|geben|gaben)\b(?:[^!?\n]|\n(?![ ]*\n)){0,160}?\bSitzung"
    + _OF_BODY
    + r"\s+(?:vom|am)\s+"
    + _DAY_NAMED
    + rf"(?P<date>{_A_DATE})"
    r"(?P<after>(?=(?:[^!?\n]|\n(?![ ]*\n)){0,120}?\b(?:[Bb]eschl\w*|gefasst\w*|bekannt)\b))?"
)
_DECISIONS_BEFORE: Final = re.compile(r"\b(?:[Bb]eschlüsse|gefasste)")
"""The decisions named before their sitting: "gibt bekannt, dass die Gründe für die Geheimhaltung
der folgenden Beschlüsse aus der nichtöffentlichen Sitzung des Stadtrates vom 14.05.2024
weggefallen sind:"."""


def _next_decision(layout_: Layout, after: int, cleaned: Cleaned) -> int:
    """Where the next decision heading (``Beschluss:``) after ``after`` starts, or the text's
    end: the end of decisions made known (see :func:`made_known_from`); the results of those
    decisions (``Abstimmungsergebnis: 27 : 3`` under each) are theirs."""
    end = next(
        (
            m.label.start
            for m in layout_.markers
            if m.kind == "status"
            and m.label.start > after
            # (not a decision made known under its number: "Beschluss Nr. 2023/StR/188: Der
            # Stadtrat stimmt dem Erwerb … zu." / "Abstimmung: 27 : 3", one of several)
            and _NUMBERED_DECISION.match(m.label.text) is None
            # (nor one indented under its entry's line: "a) Erwerb einer Teilfläche …" / "
            # Beschluss: einstimmig (11:0)")
            and not _under_its_entry(cleaned.text, m.label.start)
        ),
        len(cleaned.text),
    )
    # (or the body taking note of them, in the present: "Der Stadtrat nimmt von den
    # Bekanntgaben Kenntnis.", this text's own decision)
    noted = _NOTES_THEM.search(cleaned.text, after, end)
    end = noted.start() if noted is not None else end
    # (or the paragraph's end, where the decisions made known stand in the paragraph that makes
    # them known: "… gab … die in der nichtöffentlichen Sitzung vom 18. März 2024 gefassten
    # Beschlüsse bekannt: Der Gemeinderat hatte dem Erwerb … zugestimmt." / "" / the sitting's
    # own items, as a gazette reports them)
    told = _INLINE_KNOWN.match(cleaned.text, after, end)
    if told is not None:
        # (or, with no blank line, the sentence's end over an item's title: "… zugestimmt." /
        # "Annahme von Spenden" / "Der Gemeinderat stimmte …")
        stop = _PARAGRAPH_ENDS.search(cleaned.text, told.end(), end)
        if stop is not None:
            return stop.start()
    return end


def _under_its_entry(text: str, at: int) -> bool:
    """Whether the label at ``at`` is indented on its line right under a line of text."""
    line = text.rfind("\n", 0, at) + 1
    if at - line < 2 or text[line:at].strip(" "):
        return False
    above = text.rfind("\n", 0, max(line - 1, 0)) + 1
    return line > 0 and bool(text[above : line - 1].strip())


_NUMBERED_DECISION: Final = re.compile(r"Beschlu(?:ss|ß)[ -]?(?:Nr\.|Nummer)[ ]*[0-9]")
"""A decision's heading that names its number (``Beschluss Nr. 2023/StR/188:``)."""
_INLINE_KNOWN: Final = re.compile(r"(?:[^\n]|\n(?![ ]*\n)){0,400}?\bbekannt[ ]*:[ ]*+(?=[A-ZÄÖÜ])")
"""The sentence that makes decisions known and goes on, after its colon, on its line with the
first of them (not a colon at the line's end over a list); no blank line within it."""
_PARAGRAPH_ENDS: Final = re.compile(r"\n[ ]*\n|(?<=[.!?])[ ]*\n(?=[A-ZÄÖÜ][^\n.:!?]{2,100}\n)")


_NOTES_THEM: Final = re.compile(
    r"(?<=\n)[ ]*(?:Der|Die|Das)[ ]+[A-ZÄÖÜ][\w-]*[ ]+nimmt[ ]+(?:von[ ]+)?"
    r"(?:die|das|den|der|dem|diese[nrm]?)[ ]+[A-ZÄÖÜ][\w-]*"
    # (what they are, in a few words: "die Bekanntgabe der Beschlüsse")
    r"(?:[ ]+[^\n.:]{1,60}?)?[ ]+(?:zur[ ]+)?Kenntnis\b"
)
"""The body's own sentence that takes note of the decisions made known before it."""


_RECOMMENDATION_LINE: Final = re.compile(
    # (or the report of it: "Bericht aus dem Haupt- und Finanzausschuss (Sitzung vom
    # 11.06.2024):" / "Der Ausschuss empfiehlt … mehrheitlich (Ja: CDU, FDP; …) …")
    # (or the deliberation before, its form filled in: "Vorberatung im Haupt- und
    # Finanzausschuss am 19.11.2024:" / "☐ einstimmig ☒ mehrheitlich …" / "Ja 5 Nein 2 …")
    r"^[ ]*(?:(?:Beschluss)?[Ee]mpfehlung|Bericht(?:[ ]+aus)?|Vorberatung)[ ]+"
    r"(?:des|der|dem|im|in[ ]+der)[ ]+"
    r"[^\n:]{3,120}?[ ]+(?:vom|am)[ ]+"
    + _A_DATE
    # (its result on its line, or alone on the next: "… vom 05.03.2024:" / "Annahme in
    # geänderter Fassung")
    + r"[^\n:]{0,40}:(?:[ ]*\n[^\n]*|[^\n]*)"
    # (and its sentence wrapped onto the lines below, to its end: "… mehrheitlich (Ja: CDU,
    # FDP; Nein: SPD;" / "Enthaltung: GRÜNE) die Annahme der Vorlage.")
    r"(?:(?<![.!?):])\n(?![ \t]*\n)[^\n]*){0,4}",
    re.MULTILINE,
)


_COMMITTEE_VOTE_LINE: Final = re.compile(
    r"^[ ]*\(?[ ]*(?:Abstimmung(?:sergebnis)?|Ergebnis)[ ]+(?:im|in[ ]+der|des|der)[ ]+"
    r"[\w-]*(?:[Aa]usschuss|[Aa]usschusses|[Aa]usschüssen)\b[^\n]*",
    re.MULTILINE,
)


def _recommendation_lines(text: str) -> list[tuple[int, int]]:
    """The lines that quote another body's dated recommendation with its result (``Empfehlung
    des Bau- und Planungsausschusses vom 09.09.2024: Zustimmung (einstimmig)``): no vote of
    this text is told there."""
    if "mpfehlung" not in text and "usschuss" not in text:
        return []  # (speed: most texts quote none)
    found = [(m.start(), m.end()) for m in _RECOMMENDATION_LINE.finditer(text)]
    # (or the committee's vote on it, told as the committee's: "(Abstimmung im Ausschuss: 7 Ja /
    # 0 Nein / 2 Enthaltungen)", "Abstimmungsergebnis im Ausschuss: 6 : 3 : 1")
    found += [(m.start(), m.end()) for m in _COMMITTEE_VOTE_LINE.finditer(text)]
    return sorted(found)


def _other_bodies_results(layout_: Layout, end: int) -> list[tuple[int, int]]:
    """The sections of another body's result above the text's own decision
    (``Beratungsergebnis des Hauptausschusses vom 02.09.2024:`` / ``Zustimmung bei 2
    Gegenstimmen``, then ``Beschluss:``), and those headed as the result of the deliberation
    before (``Beratungsergebnis der Vorberatung:``): no vote of this text is told there."""
    markers = layout_.markers
    others = results_before_the_decision(markers)
    return [
        (m.label.start, markers[i + 1].label.start if i + 1 < len(markers) else end)
        for i, m in enumerate(markers)
        if i in others or vocab.key(m.label.text) in vocab.EARLIER_RESULTS
    ]


def made_known_from(text: str, meeting: dt.date | None) -> int | None:
    """Where ``text`` starts to make known the decisions of another, dated sitting, if it does
    (see :attr:`VoteReading.made_known`)."""
    if "ekannt" not in text and "Beschlüsse" not in text:  # (speed: most texts make none known)
        return None
    for m in _MADE_KNOWN.finditer(text):
        if "bekannt" not in text[m.start() : m.end() + 160]:
            continue
        if m.group("after") is None and not _DECISIONS_BEFORE.search(text, m.start(), m.end()):
            continue
        if _sitting_date(m.group("date")) != meeting:
            return m.start()
    # a title that makes them known ("Bekanntgabe von Beschlüssen aus nichtöffentlicher
    # Sitzung"), then the sitting that took them ("In der nichtöffentlichen Sitzung vom
    # 13.02.2024 hat der Gemeinderat folgende Beschlüsse gefasst:")
    if (title := _MADE_KNOWN_TITLE.search(text)) is not None:
        reach = title.end() + _MADE_KNOWN_REACH
        # (the first other than this text's own: "gab … in der öffentlichen Sitzung … am 15.
        # Juli 2024 die folgenden, in der nichtöffentlichen Sitzung am 10. Juni 2024 gefassten
        # Beschlüsse bekannt")
        sitting = next(
            (
                m
                for m in _DECIDED_AT.finditer(text, title.end(), reach)
                if _sitting_date(m.group("date")) != meeting
            ),
            None,
        )
        # (a sitting as a subheading before it, its decision's sentence too long to be seen
        # from the date: "a) Gemeindevertretung, Sitzung am 24.09.2024, TOP N 21:" / "Auf
        # einstimmige Empfehlung des Hauptausschusses hat die Gemeindevertretung …")
        heading = _SITTING_HEADING.search(text, title.end(), sitting.start() if sitting else reach)
        if heading is not None and _sitting_date(heading.group("date")) != meeting:
            sitting = heading
        if sitting is None:
            # the sitting in the title's own line ("Bekanntgabe von Beschlüssen aus der
            # nichtöffentlichen Sitzung der Ratsversammlung vom 16.10.2024")
            # over the sentence that makes them known ("Der Oberbürgermeister gibt … folgende in
            # nichtöffentlicher Sitzung gefasste Beschlüsse bekannt:"; not an agenda's line)
            line_end = text.find("\n", title.end())
            line_end = len(text) if line_end < 0 else line_end
            # (or within the title: "Bekanntgabe der in der nichtöffentlichen Sitzung des
            # Stadtrates am 14.03.2024 gefassten Beschlüsse")
            if _GIVES_KNOWN.search(text, line_end, reach) is not None:
                sitting = _SITTING_DATED.search(text, title.start(), line_end)
        if sitting is None:
            # the sitting as a subheading over the decisions ("Sitzung des Stadtrates vom
            # 12.09.2024" / "a) Die Rohbauarbeiten … wurden … vergeben (Abstimmung: 27:3).")
            sitting = _SITTING_HEADING.search(text, title.end(), reach)
        if sitting is not None and _sitting_date(sitting.group("date")) != meeting:
            return sitting.start()
        # no sitting named, but those taken in camera made known ("Der Vorsitzende gibt folgende
        # in nichtöffentlicher Sitzung gefasste Beschlüsse bekannt:" over a table of their
        # sittings, bodies and results): never the text's own
        gives = _GIVES_KNOWN.search(text, title.end(), reach) if sitting is None else None
        if gives is not None and _IN_CAMERA.search(text, title.start(), gives.end()) is not None:
            return gives.start()
    if meeting is not None and "folgende" in text:
        # another body's decisions reported, its sitting on another day ("Die
        # Verbandsversammlung hat in ihrer Sitzung am 12.12.2024 … folgende Beschlüsse gefasst:")
        for m in _REPORTED_DECISIONS.finditer(text):
            if _sitting_date(m.group("date")) not in (None, meeting):
                return m.start()
    return None


_REPORTED_DECISIONS: Final = re.compile(
    r"\b[Ss]itzung" + _OF_BODY + r"\s+(?:vom|am)\s+" + _DAY_NAMED + rf"(?P<date>{_A_DATE})"
    r"(?=(?:[^!?\n]|\n(?![ ]*\n)){0,120}?\bfolgende\s+Beschlüsse\s+gefasst\b)"
)


_SITTING_HEADING: Final = re.compile(
    # (lettered or numbered, one sitting after the other: "a) Sitzung des Stadtrates vom …")
    # (or the body first: "Bau- und Umweltausschuss, Sitzung vom 23.09.2024", "Verwaltungsausschuss
    # – Sitzung vom 19.02.2024")
    # (or where they come from: "Aus der Sitzung vom 05.11.2024:")
    r"^[ ]*(?:[a-z0-9]{1,2}[).][ ]+)?(?:[A-ZÄÖÜ][\w-]*(?:[ ][\w-]+){0,4}?(?:,|[ ][–—-])[ ]+)?"
    r"(?:(?:Aus|In)[ ]+der[ ]+)?(?:[Nn]icht)?(?:[Öö]ffentliche[nr]?[ ]+)?Sitzung"
    r"(?:[ ]+[\w.,-]+){0,6}?[ ]+(?:vom|am)[ ]+"
    # (and the item it was there: "…, Sitzung am 24.09.2024, TOP N 21:")
    rf"(?P<date>{_A_DATE})(?:,[ ]*(?:TOP|Ö|N|NÖ)[ ]?[A-Z]?[ ]?[0-9][0-9.]{{0,5}})?[ ]*:?[ ]*$",
    re.MULTILINE,
)


def _sitting_date(text: str) -> dt.date | None:
    """The date of ``23. 07.2024``, ``25. Januar 2024``; None where it is none (then it is no
    meeting's date either: another sitting's)."""
    return parse_date(text.replace(" ", "")) or parse_date(" ".join(text.split()))


_MADE_KNOWN_TITLE: Final = vocab.MADE_KNOWN_TITLE
_DECIDED_AT: Final = re.compile(
    r"\b[Ss]itzung" + _OF_BODY + rf"\s+(?:vom|am)\s+(?P<date>{_A_DATE})"
    r"(?=(?:[^!?\n]|\n(?![ ]*\n)){0,120}?\b(?:[Bb]eschl\w*|gefasst\w*)\b)"
)
_SITTING_DATED: Final = re.compile(
    r"\b[Ss]itzung" + _OF_BODY + rf"\s+(?:vom|am)\s+(?P<date>{_A_DATE})"
)
_GIVES_KNOWN: Final = re.compile(
    # (the sentence wrapped: "… gibt folgende in nichtöffentlicher Sitzung gefasste Beschlüsse" /
    # "bekannt:")
    r"\b(?:gibt|gab)\b(?:[^\n]|\n(?![ ]*\n)){0,160}?\b(?:Beschlüsse|Beschluss|gefassten?)\b"
    r"(?:[^\n]|\n(?![ ]*\n)){0,80}?\bbekannt\b"
)
_MADE_KNOWN_REACH: Final = 800
_IN_CAMERA: Final = re.compile(r"[Nn]ichtöffentliche[nr]?\s+(?:Sitzung|Teil|Sitzungsteil)")


_SENTENCE_REACH: Final = 200
_SENTENCE_BEFORE: Final = re.compile(r".*(?:[.!?:;][ \n]|\n\n)", re.DOTALL)


def _told_before(block: Sequence[Line], text: str, meeting: dt.date | None) -> bool:
    """Whether the sentence a count block stands in tells a vote of another, dated meeting
    (``Der Rat hat in seiner Sitzung am 14.12.2023 mit 40 Ja-Stimmen … beschlossen:`` in the
    text of a later one); the sentence is read from its start, at most
    :data:`_SENTENCE_REACH` characters before the block, to the block's end, and one that
    announces the block with a colon is the block's. A sentence in the pluperfect tells a vote
    taken before, dated or not (:data:`_PLUPERFECT`)."""
    start = block[0].piece.start
    # the sentence that announces the block ("… beschlossen:" over "Ja: 40") is the block's
    indent = text[max(0, start - 40) : start]
    line_start = start - (len(indent) - len(indent.rstrip(" ")))
    opened = line_start - 2 if text[max(0, line_start - 2) : line_start] == ":\n" else start
    # a result reported in the past over it, blank lines between ("Die Verbandsversammlung hat in
    # ihrer Sitzung am 26.09.2024 die Entgeltordnung geändert. Das Abstimmungsergebnis lautete:"):
    # read from its paragraph's start
    # (the lines of its table before it: "Beschluss Nr. VV 14/2024" / "stimmberechtigt … 24")
    low = max(0, line_start - _SENTENCE_REACH)
    reported = _REPORTED_OVER.search(text, low, line_start)
    if reported is not None:
        paragraph = text.rfind("\n\n", low, reported.start())
        opened = paragraph + 2 if paragraph >= 0 else low
    # (to the end of the sentence the block opens in: a later sentence under the same heading
    # tells something else, "Die Wahl … hatte am 14.06.2024 stattgefunden.")
    end = block[-1].piece.end
    # (nor over a blank line: "Befangen: -" / "" / "Herr Bürgermeister stellt fest, dass der
    # Ausschuss … am 26.11.2024 einstimmig empfohlen hat.")
    if (blank := text.find("\n\n", start, end)) >= 0:
        end = blank
    first_end = _SENTENCE_END.search(text, start, end)
    sentence = text[_sentence_start(text, opened) : first_end.end() if first_end else end]
    if _told_in_pluperfect(sentence):
        return True
    if meeting is None:
        return False
    # (a remark in parentheses tells no sitting of the vote: "einstimmig bei 2 Enthaltungen
    # (Mitglieder, die an der Sitzung vom 28.09.2023 nicht teilgenommen hatten)")
    if "(" in sentence:
        sentence = _REMARK.sub(" ", sentence)
    return _other_meeting(sentence, meeting) or _EARLIER_DATED.search(sentence) is not None


_REMARK: Final = re.compile(r"\([^()\n]{0,200}\)")
_REPORTED_OVER: Final = re.compile(r"\b(?:lautete|lauteten)[ ]*:[ ]*\n")
"""A result announced in the past tense over its block (``Das Abstimmungsergebnis lautete:``)."""


def _in_pluperfect(text: str, start: int, end: int) -> bool:
    """Whether the vote at ``text[start:end]`` stands in a sentence in the pluperfect, which
    tells a vote taken before (:data:`_PLUPERFECT`); the sentence is read from its start to
    its end, at most :data:`_SENTENCE_REACH` characters either side of the vote."""
    head = text[_sentence_start(text, start) : end]
    tail = _SENTENCE_END.search(text, end, end + _SENTENCE_REACH)  # (the one above)
    rest = text[end : tail.end() if tail is not None else end]
    # (a paragraph's end ends the sentence: a count block's last line has no full stop; the
    # cleaner leaves blank lines empty)
    rest = rest.split("\n\n", 1)[0]
    return _told_in_pluperfect(head + rest)


def _told_in_pluperfect(sentence: str) -> bool:
    """Whether ``sentence`` is in the pluperfect (:data:`_PLUPERFECT`)."""
    # (a substring test first: speed)
    return ("hatte" in sentence or "war" in sentence) and _PLUPERFECT.search(sentence) is not None


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence that ``at`` stands in starts: after the last sentence end before it,
    at most :data:`_SENTENCE_REACH` characters back."""
    window = max(0, at - _SENTENCE_REACH)
    head = _SENTENCE_BEFORE.match(text, window, at)
    return head.end() if head is not None else window


def _this_sitting(sentence: str, named: re.Match[str], meeting: dt.date | None) -> bool:
    """Whether the sitting the sentence names (``named``, a match of :data:`_EARLIER_MEETING`)
    is dated this text's meeting and the sentence announces the decision taken there (``In der
    Sitzung vom 01.06.2028 wurde folgender Beschluss gefasst: …``, the decision this text
    records)."""
    if _ANNOUNCES_DECISION.search(sentence, named.end()) is None:
        return False
    dated = _SITTING_DATE_AFTER.match(sentence, named.end())
    return dated is not None and _is_day_of(dated.group("date"), meeting)


_ANNOUNCES_DECISION: Final = re.compile(r"\bfolgende[nr]?\s+Beschl")
"""The sentence announces the decision that follows (``… wurde folgender Beschluss gefasst:``)."""
_SITTING_DATE_AFTER: Final = re.compile(
    r"[^.;!?\n]{0,80}?(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})"
)
"""The sitting's date a few words after its noun (``… des Gemeinderates am 01.06.2028``)."""


def _tells_another_sitting(sentence: str, meeting: dt.date | None) -> bool:
    """Whether ``sentence`` tells of another, dated sitting (:func:`_other_meeting`), or of a
    deliberation before, dated (``Der Antrag wurde im Fachbereichsausschuss am 27.06.2023
    vorberaten.``): the votes its paragraph tells after it are that sitting's."""
    return (
        meeting is not None
        and ("Sitzung" in sentence or "orberat" in sentence)
        and _other_meeting(sentence, meeting)
    )


def _other_meeting(sentence: str, meeting: dt.date | None) -> bool:
    """A decision told with the date of its meeting, which is not this text's meeting."""
    found = (
        _DATED_MEETING.search(sentence)
        or _DATED_CLAUSE.search(sentence)
        or (_PRELIMINARY.search(sentence) if "orberat" in sentence else None)
        or (_RESULT_HEADED.search(sentence) if "rgebnis" in sentence else None)
        # (a passive told with its day, in a text whose own meeting is known: "Die
        # Dringlichkeitsentscheidung … wurde am 28.09.2023 mit 41 Ja-Stimmen … genehmigt")
        or (
            _DATED_PASSIVE.search(sentence) if meeting is not None and "wurde" in sentence else None
        )
    )
    if found is None:
        return False
    said: str = (
        found.group("date") or found.groupdict().get("day") or found.groupdict().get("told") or ""
    )
    return not _is_day_of(said, meeting)


_DATED_PASSIVE: Final = re.compile(
    r"\bwurden?\s+(?:[\w-]+\s+){0,3}?(?:am|vom)\s(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})"
)
"""A decision told in the passive with its sitting's day (``… wurde am 28.09.2023 … genehmigt``)."""
_RESULT_HEADED: Final = re.compile(
    r"\b(?:Beratungs|Abstimmungs)?[Ee]rgebnis\b[^.:;!?\n]{0,150}?\b(?:vom|am)\s+"
    r"(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})\s*:"
)
"""A body's result headed with its sitting's date (``Beratungsergebnis Ausschuss für Finanzen …
vom 05.09.2023:``), over what that body decided."""
_PRELIMINARY: Final = re.compile(
    r"\b(?:vorberaten|[Vv]orberatung)\b[^.;!?]{0,100}?\b(?:am|vom)\s+"
    r"(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})"
)
"""Another body's deliberation before this one, dated (``(vorberaten im Finanzausschuss am
09.09.2024: einstimmig empfohlen)``): its result is that sitting's."""


_A_YEAR: Final = re.compile(r"(?<![\w/.-])(?:19|20)[0-9][0-9](?![\w/-]|[.,][0-9])")


def _in_a_year_before(sentence: str, meeting: dt.date | None) -> bool:
    """Whether ``sentence`` tells in the past (:data:`_PRETERITE`) of a year before
    ``meeting``'s."""
    return (
        meeting is not None
        and _PRETERITE.search(sentence) is not None
        and any(int(y.group()) < meeting.year for y in _A_YEAR.finditer(sentence))
    )


def _is_day_of(said: str, meeting: dt.date | None) -> bool:
    """Whether the day ``said`` (``12.03.2024``, ``11. Juni``: no year, the meeting's day and
    month) is ``meeting``'s."""
    if meeting is None:
        return False
    date = _sitting_date(said)
    if date is not None:
        return date == meeting
    day, _, month = said.partition(".")
    return (int(day), vocab.MONTHS.get(month.strip().casefold())) == (meeting.day, meeting.month)


def _changed_under(text: str, clean: str, heading: int | None, at: int) -> bool:
    """Whether a vote's words (at ``at`` in the clean text), with the words of its sentence
    before them, or the line of the heading it stands under, say the proposal was changed
    (``Abstimmung über den Antrag in der geänderten Fassung:`` over ``einstimmig angenommen``;
    ``Der Ausschuss ist mit der Liste mit der in der Sitzung vorgenommenen Änderung (…)
    einverstanden.``)."""
    if vocab.says_changed(clean[_sentence_start(clean, at) : at] + text):
        return True
    if heading is None:
        return False
    end = clean.find("\n", heading, heading + _HEADING_LINE)
    return vocab.says_changed(clean[heading : heading + _HEADING_LINE if end < 0 else end])


_HEADING_LINE: Final = 300
"""How much of a vote heading's line :func:`_changed_under` reads."""


def _as_changed(vote: Vote, changed: Callable[[], bool]) -> Vote:
    """``vote``, approving the proposal as changed where the words it stands in say so
    (``changed``, asked only for an approving vote: ``Der so geänderte Antrag wird …
    angenommen``, ``beschließt den Antrag in der durch … geänderten Fassung einstimmig``)."""
    if vote.outcome != "approved" or not changed():
        return vote
    return vote._replace(outcome="approved_amended")


def _line_starts(block: Sequence[Line]) -> list[int]:
    return [line.piece.start for line in block]


def _motion_on_its_line(block: Sequence[Line], starts: Sequence[int], at: int) -> str | None:
    """The motion the line of ``block`` that holds ``at`` names (``starts``: where each line
    starts)."""
    i = bisect_right(starts, at) - 1
    if i < 0 or not block[i].piece.start <= at < block[i].piece.end:
        return None
    return vocab.motion_in(block[i].piece.text)


def _parts_on_its_line(block: Sequence[Line], starts: Sequence[int], at: int) -> str | None:
    """The parts of the decided text that the line of ``block`` holding ``at`` opens with
    (``Ziffern 1 und 3:   einstimmig beschlossen``: ``Ziffern 1 und 3``), or None."""
    i = bisect_right(starts, at) - 1
    if i < 0 or not block[i].piece.start <= at < block[i].piece.end:
        return None
    lead = PART_LEAD.match(block[i].piece.text)
    return " ".join(lead.group("part").split()) if lead is not None else None


def _motion_named(block: Sequence[Line]) -> str | None:
    """The motion the lines of a vote block name (``Die beantragte Vertagung wird …``)."""
    return vocab.motion_in(" ".join(line.piece.text for line in block))


# The item's own heading on a line of its own, which a sentence without a full stop after it runs
# into ("TOP 3 Antrag der SPD" / "Der Antrag wird zurückgezogen."): it names no other item.
_PART_SUBJECT: Final = re.compile(r"(?i)(?:Ziffer|Ziff\.|Nr\.|Punkt|Abschnitt)[ ]?[0-9]")
"""A vote's subject that names a part of the decided text (``Ziffer 2``)."""
_OWN_HEADING: Final = re.compile(r"\A[ ]*(?:TOP|Top|Tagesordnungspunkt)[^\n]*\n")


_NONE_TAKEN: Final = re.compile(
    r"\bkeine[ \n]+Beschlüsse\b|\bBeschlüsse\b[^.;:]{0,80}?\bnicht[ \n]+gefasst\b"
)


def _no_decision_here(sentence: str, verdict: Outcome) -> bool:
    """A verdict that reports an earlier meeting's decision, told in indirect speech (``…
    genehmigt worden seien``) or in the subjunctive (``… vertagt werde``), or taking note of the
    answer to a question (``Der Rat nimmt von der Großen Anfrage … Kenntnis``): a question and
    its answer decide nothing, nor does a question itself (``Warum wurde der Antrag …
    abgelehnt?``); nor does moving another agenda item (``TOP 6 wird abgesetzt``)."""
    return (
        _EARLIER_MEETING.search(sentence) is not None
        # a question asks, it decides nothing ("Warum wurde der Antrag des Sportvereins …
        # abgelehnt?")
        or sentence.rstrip(' \n)"“”').endswith("?")
        or (
            verdict in vocab.AGENDA_MOVES
            and vocab.moves_another_item(vocab.key(_OWN_HEADING.sub("", sentence, count=1)))
        )
        or _INDIRECT.search(sentence) is not None
        or _SUBJUNCTIVE.search(sentence) is not None
        or (verdict == "noted" and _INQUIRY.search(sentence) is not None)
        # "… in die Stadtverordnetenversammlung berufen und hat das Mandat angenommen": a
        # person accepts an office, the body decides nothing
        or (verdict == "approved" and _OFFICE_ACCEPTED.search(sentence) is not None)
        # "Der Bürgermeister bejaht dies.": a question answered, no matter decided
        or _QUESTION_ANSWERED.search(sentence) is not None
        # "Die Steigerung beruht auf dem Zinssatz, den der Rat mit dieser Vorlage beschlossen
        # hat.": a decision told in a relative clause, in the perfect, is one taken before (where
        # the sentence before it decides nothing)
        or _decided_in_a_relative_clause(sentence)
        # "… über ihre Berufung beschließt nach § 8 Abs. 2 NKomVG die Vertretung": who decides,
        # by law, not what was decided
        or _COMPETENCE.search(sentence) is not None
        # "Der Stadtrat hat die Verlängerung unter TOP Ö 6 in der Sache neu beschlossen": the
        # decision of another agenda item ("Beschlussfassung erfolgt unter TOP 6.1" says what
        # becomes of this one: other)
        or (verdict != "other" and _UNDER_ANOTHER_ITEM.search(sentence) is not None)
        # "nach Kenntnis der Fragesteller", "in Kenntnis der Stellungnahme": what someone knows,
        # each time the sentence names the word
        or (
            verdict == "noted"
            and len(_KNOWING.findall(sentence)) >= len(_KENNTNIS.findall(sentence)) > 0
        )
        # "Gewählt ist, wer die Mehrheit … erhält": the rule of the vote, not its result
        or _RULE_OF_THE_VOTE.search(sentence) is not None
        # "… die CDU-Fraktion bittet, nachstehenden Antrag … dem Ausschuss zur Beratung zu
        # überweisen": a group's request, which the body has still to decide
        or _GROUP_ASKS.search(sentence) is not None
        # "Empfohlen wird Variante 1.", "Die Verwaltung empfiehlt, …": the administration's
        # advice in the Sachverhalt, which the body has still to follow
        or (verdict == "approved" and _ADVISED.search(sentence) is not None)
        # "Davon wurden 9 Anträge abgelehnt.": things counted, a report's figures
        or _counted_things(sentence)
        # "(ersetzt die Vorlage BV/GV/24/077, zurückgestellt am 04.07.2024)": a remark on what
        # became of a paper before, dated
        or ("(" in sentence and _DATED_REMARK.search(sentence) is not None)
    )


_DATED_REMARK: Final = re.compile(
    r"\((?:[^()\n]{0,120}?[ ,])?(?:zurückgestellt|vertagt|beschlossen|abgelehnt|verwiesen"
    r"|überwiesen|zurückgezogen|abgesetzt)[ ]+(?:am|vom)[ ]+[0-9]{1,2}\.[ ]?[0-9]{1,2}\."
)
"""A remark in parentheses that dates what became of a paper (``(…, zurückgestellt am
04.07.2024)``): a verdict of an earlier sitting."""


_COUNTED_THINGS: Final = re.compile(
    r"\b(?:wurden|werden|sind)[ \n]+(?:insgesamt[ \n]+)?[0-9]{1,6}[ \n]+(?P<after>[A-ZÄÖÜ][\w-]*)"
    r"|\b[0-9]{1,6}[ \n]+(?P<before>[A-ZÄÖÜ][\w-]*)[ \n]+(?:wurden|werden|sind)\b"
    # (or the participle right after them: "… wurden 19, im Jahr 2023 bislang 23 Veranstaltungen
    # genehmigt")
    r"|\b[0-9]{1,6}[ \n]+(?P<object>[A-ZÄÖÜ][\w-]*)[ \n]+(?:genehmigt|abgelehnt|bewilligt"
    r"|zugelassen|erteilt)\b"
)
"""A number of things as a passive verdict's subject (``wurden 9 Anträge abgelehnt``, ``12
Bauanträge wurden genehmigt``): a report's figures, no decision."""


def _counted_things(sentence: str) -> bool:
    """Whether ``sentence`` counts things decided (:data:`_COUNTED_THINGS`), not votes (``wurden
    12 Ja-Stimmen abgegeben``)."""
    for m in _COUNTED_THINGS.finditer(sentence):
        noun = (m.group("after") or m.group("before") or m.group("object")).casefold()
        if (
            "stimme" not in noun
            and "mitglied" not in noun
            and vocab.key(noun) not in vocab.COUNT_KEYS
        ):
            return True
    return False


_ADVISED: Final = re.compile(
    r"^[ \n]*Empfohlen[ \n]+wird\b"
    r"|\b(?:[Dd]ie[ \n]+Verwaltung|[Dd]er[ \n]+(?:Ober)?[Bb]ürgermeister(?:in)?)[ \n]+"
    r"(?:empfiehlt|empfahl)\b"
)


_GROUP_ASKS: Final = re.compile(
    r"\b[\w/-]*[Ff]raktion(?:en)?\b[^.;:!?]{0,60}?\b(?:bittet|bitten|beantragt|beantragen)[ ]*,"
)


_BOUNDS: Final = r"(?:mindestens|höchstens|wenigstens|mehr[ \n]+als|weniger[ \n]+als|bis[ \n]+zu)"
"""The words that bound a number of votes (``mindestens 28``)."""
_BOUNDED_TALLY: Final = re.compile(
    rf"\b{_BOUNDS}[ ]+"
    r"[0-9]{1,3}(?:[ ]*(?:zu|:|gegen)[ ]*[0-9]{1,3}\b|[ ]+(?:Ja-)?Stimmen\b)"
    r"|\b[0-9]{1,3}[ ]+(?:Ja-)?Stimmen[ ]+(?:erforderlich|notwendig|nötig)\b"
)
"""A tally bounded or required (``mindestens 12 zu 5 Stimmen``, ``waren mindestens 28
Ja-Stimmen erforderlich``): votes told in general, not one vote."""


_BOUND_BEFORE: Final = re.compile(rf"\b{_BOUNDS}[ \n]+\Z")
"""What bounds a count that follows it (:data:`_BOUNDED_TALLY`, where a vote's block opens at
the count)."""


_RULE_OF_THE_VOTE: Final = re.compile(
    r"\b(?:[Gg]ewählt|[Aa]ngenommen|[Bb]eschlossen)[ ]+ist[ ]*,?[ ]+(?:wer|was)\b"
    r"|\bist[ ]+(?:gewählt|angenommen|beschlossen)[ ]*,[ ]*(?:wer|was)\b"
)


_MOVED_AND_FAILED: Final = re.compile(
    r"\bbeantragt\b[^.;!?]{0,300}[.;][ \n]*"
    r"(?:Dieser|Der|Jener|Ein[ ]solcher)[ \n]+Antrag[ \n]+(?:fand|findet|erhielt|erhält)[ \n]+"
    r"keine[ \n]+Mehrheit"
)
"""A motion told as moved in one sentence (``Zuvor hatte die AfD-Fraktion beantragt, die
Beschlussfassung … zurückzustellen.``) and as failed in the next (``Dieser Antrag fand keine
Mehrheit.``): an inner decision of the item (searched in the two sentences joined)."""


def _on_procedure(sentence: str) -> bool:
    """Whether the motion ``sentence`` names is one on procedure (``Sitzungsunterbrechung``,
    ``Schluss der Debatte``) or an amendment (``Ein Änderungsantrag der Fraktion … fand keine
    Mehrheit``): an inner decision of the item, not one that ends it (which the sentence names
    first)."""
    motion = vocab.motion_in(sentence)
    return motion is not None and vocab.MOTIONS[motion].kind in ("procedure", "amendment")


# A person's acceptance of an office, a seat or an election ("hat das Mandat angenommen", "Die
# Gewählte hat die Wahl angenommen"; not "Der Wahlvorschlag wird angenommen")
_OFFICE_ACCEPTED: Final = re.compile(
    r"\b(?:das|die|den|sein|seine|ihr|ihre)[ \n]+(?:Wahl|Mandat|Amt|Ehrenamt|Berufung|Ernennung"
    r"|Sitz|Nachfolge)\b[^.;:!?]{0,80}?\bangenommen\b"
)
_COMPETENCE: Final = re.compile(
    r"\b[Üü]ber[ \n][^,.;:]{1,80}?[ \n](?:beschließt|beschließen|entscheidet|entscheiden)[ \n]+"
    r"(?:nach|gemäß)[ \n]+(?:§|Art\.)"
    # ("Nach § 95n Abs. 3 GO beschließt die Gemeindevertretung über den … Jahresabschluss bis
    # spätestens …")
    r"|^[ \n]*(?:Nach|Gemäß|Laut)[ \n]+(?:§|Art\.)[^;:]{1,120}?[ \n]"
    r"(?:beschließt|beschließen|entscheidet|entscheiden)[ \n][^;:]{0,80}?\büber\b"
)
_RELATIVE_DECIDED: Final = re.compile(
    r",[ \n]+(?:die|der|das|den|dem|welche[nmrs]?)[ \n][^,.;:]{0,120}?\b(?:beschlossen|gefasst"
    r"|zugestimmt|genehmigt|gebilligt|angenommen|abgelehnt|verabschiedet)[ \n]+"
    r"(?:hat|haben|hatte|hatten)\b"
)


def _decided_in_a_relative_clause(sentence: str) -> bool:
    found = _RELATIVE_DECIDED.search(sentence) if "," in sentence else None
    return found is not None and vocab.act_of([sentence[: found.start()]]) is None


_QUESTION_ANSWERED: Final = re.compile(
    r"\b(?:bejah|vernein)(?:t|te|ten)[ \n]+(?:dies|das|diese[ \n]+Frage|die[ \n]+Frage|sie)"
    r"[ ]*[.;!]?[ ]*$"
)
_UNDER_ANOTHER_ITEM: Final = re.compile(
    r"\bunter[ \n]+(?:TOP|Tagesordnungspunkt)[ \n]+(?:[ÖN][ \n]?)?[0-9]"
)
_KENNTNIS: Final = re.compile(r"\bKenntnis\b")
_KNOWING: Final = re.compile(
    r"\b(?:[Nn]ach|[Ii]n|[Oo]hne|[Mm]angels|[Mm]it)[ ]+(?:(?:unserer|meiner|ihrer|seiner|"
    r"bisheriger|derzeitiger|eigener|voller|genauer)[ ]+)?Kenntnis\b(?![ ]+genommen)"
    # a paper received or passed on for information ("Der Kreisausschuss hat die Vorlage zur
    # Kenntnis erhalten"): nobody took note of anything in the sitting
    r"|\bzur[ ]+Kenntnis[ ]+(?:erhalten|gegeben|gebracht|übersandt|übermittelt|vorgelegt"
    r"|zugeleitet"
    # (or to be passed on: "Die Verwaltung wird den Entwurf dem Ausschuss zur Kenntnis geben.")
    r"|(?:zu[ ]+)?(?:geben|gibt|bringen|bringt|vorlegen|vorlegt|zuleiten|zuleitet|übersenden"
    r"|übermitteln))\b"
)


_REFERS_BACK: Final = re.compile(
    r"(?i)\b(?:dieser|diesem|diesen|dieses) (?:antrag|vorschlag|geschäftsordnungsantrag)\b"
    r"|\b(?:den|dem|der) (?:antrag|vorschlag) (?:von|des|der)\b"
    r"|\b(?:hierüber|darüber)\b"
    # "… ließ zunächst über den Änderungsantrag abstimmen. Er wurde mit 24 Ja-Stimmen …
    # angenommen."
    r"|^[ ]*(?:er|sie) (?:wurde|wird|ist)\b"
    # "… beantragt, Herrn P. ein Rederecht zu erteilen. Der Ausschuss beschließt dies einstimmig
    # …", "… Dem wird einstimmig zugestimmt."
    r"|\b(?:beschließt|beschloss|billigt|billigte|genehmigt|genehmigte)\s+dies\b"
    r"|^[ ]*(?:dem|dies)\s+(?:wurde|wird)\b"
)


def _adopted(verdict: Outcome, sentence: str, context: str) -> Outcome:
    """What a sentence reports: adopting a motion that ends the item (``Die Vertagung wird
    angenommen``, ``Dieser Antrag wird angenommen`` after ``… den Punkt zu vertagen.``) is that
    motion's outcome; adopting in a form changed in the meeting (``Die Tagesordnung in der
    angepassten Fassung wird genehmigt``) approves with changes."""
    if verdict not in ("approved", "approved_amended"):
        return verdict
    if vocab.act_of([sentence]) == "approved_amended":
        return "approved_amended"
    motion = vocab.motion_in(sentence)
    if motion is None and _REFERS_BACK.search(sentence):
        motion = vocab.motion_in(context)
    found = vocab.MOTIONS[motion] if motion is not None else None
    if found is not None and found.kind == "ends-item" and found.outcome is not None:
        return found.outcome
    return verdict


def _said_only(vote: Vote, blocks_at: frozenset[int]) -> bool:
    """A vote stated in a sentence, with no counts (``Der Rat ist damit einverstanden.``); not
    one that only tells who voted how (``Die FDP enthielt sich.``), which tells more of a vote
    beside it."""
    counts = vote.counts
    groups_only = vote.outcome_basis != "words" and any(vote.groups)
    return (
        not groups_only
        and vote.span.start not in blocks_at
        and (counts.yes, counts.no, counts.abstain) == (None, None, None)
    )


def _tell_table(
    votes: list[Vote], table_ends: Mapping[int, int], cleaned: Cleaned, said: Piece
) -> None:
    """``Damit ist der Antrag abgelehnt.`` right after a count table without heading states
    that table's result: the vote takes its words."""
    end = said.start
    while end > 0 and cleaned.text[end - 1] in " \n|":  # only layout between table and sentence
        end -= 1
    index = table_ends.get(end)
    if index is None:
        return
    drafts = _read_block((Line("text", said),), cleaned, [])
    verdict = next((d.verdicts[-1] for d, _ in drafts if d.verdicts), None)
    vote = votes[index]
    if verdict is None:
        return
    votes[index] = vote._replace(
        text=f"{vote.text} {fold(said.text)}",
        outcome=verdict,
        outcome_basis="words",
        span=vote.span._replace(end=cleaned.span(said.start, said.end).end),
    )


_TO_BE_DECIDED: Final = re.compile(
    r"\bzu\s+(?:beschließen|genehmigen|billigen|entscheiden|fassen|bestätigen)\b"
)
"""``… ist jährlich zu beschließen``: what is to be decided, as a Begründung says it."""

_BY_LAW: Final = re.compile(
    r"\s*(?:Nach|Gemäß|Laut)\s+(?:(?:dem|der|den)\s+[\w-]*(?:gesetz|ordnung|verfassung)(?:es)?\b"
    r"|§|Art\.)"
)
"""A sentence of the Begründung that opens with the law it tells (``Nach dem
Schiedsamtsgesetz NRW wird die Schiedsperson … gewählt.``, ``Gemäß § 28 GO …``): what the law
says is done, no decision."""

_DECIDED_BEFORE: Final = re.compile(
    r"\b(?:hat|haben)\b[^.;:!?]{0,200}?\b(?:beschlossen|gefasst|zugestimmt|genehmigt|gebilligt"
    r"|zur[ ]Kenntnis[ ]genommen)[ ]*[.;]"
)
"""A decision told in the perfect, the participle ending the sentence (``… hat … den Bau der
Stadtbahnverlängerung … beschlossen.``, ``Der Bauausschuss … hat die Planung zur Kenntnis
genommen.``): in a Sachverhalt, one taken before."""

_VIEW_GIVEN_BEFORE: Final = re.compile(
    # (a tally's colon within: "mit 9 : 2 Stimmen")
    r"\b(?:hat|haben)\b(?:[^.;:!?]|(?<=[0-9 ]):(?=[ ]?[0-9])){0,200}?"
    r"\b(?:empfohlen|ausgesprochen|befürwortet)(?:[ ]*[.;]|,[^.;!?]{1,250}[.;])"
)
"""A body's view given before, told in the perfect (``Der Schulausschuss hat sich mit 9
Ja-Stimmen … für die Errichtung ausgesprochen;``, ``Der Ausschuss hat dem Stadtrat mit 6 : 3 : 0
empfohlen, dem Antrag nicht zu entsprechen.``): in a Sachverhalt, no vote of this text."""

_FINDING: Final = re.compile(
    r"^(?:Damit|Somit|Demnach|Hiermit)[ \n]+(?:ist|sind|wurde|wurden)\b"
    # (the subject first: "Der Antrag ist damit angenommen.")
    r"|^(?:Der|Die|Das)[ \n]+\S+[ \n]+(?:ist|sind|wurde|wurden)[ \n]+(?:damit|somit|demnach)\b"
    r"|\bstellt[ \n]+(?:\S+[ \n]+){0,4}?fest,[ \n]+dass\b"
)
"""The meeting's finding, reported: "Damit ist der Antrag abgelehnt.", "Der Antrag ist damit
angenommen.", "Der Oberbürgermeister stellt fest, dass der Antrag … zurückgezogen ist." """


_MAY: Final = re.compile(
    r"\b(?:möge|mögen|wolle|wollen)\s+beschließen\b|\bempfiehlt\b"
    # "Die Stadtverordnetenversammlung wird gebeten, den Bericht zur Kenntnis zu nehmen."
    r"|\b(?:wird|werden)\s+gebeten\b[^.:]*\bzu\s+(?:nehmen|beschließen|fassen)\b"
    r"|\bvorgeschlagen(?: wird| werden)?:|\bschlägt\b[^.:]*\bvor:"
    # a member's motion: "Frau Albrecht (SPD) beantragt, den Antrag in den Ausschuss … zu
    # überweisen" (what is moved, not what was decided)
    r"|\b(?:beantragt|beantragte|beantragen|beantragten),[^.:]{0,200}?\bzu\s+[a-zäöü]+en\b"
    # a draft's formula, its date left blank for the sitting to fill in: "hat der Rat in seiner
    # Sitzung am ______________ folgende Satzung beschlossen", "am ………… beschlossen"
    r"|"
    + vocab.BLANK_DATE
    # what a body must still decide: "Über die Angelegenheit hat der Rat in einer neuen Sitzung
    # erneut zu beschließen" (not what it decided to do: "… hat beschlossen, … zu entscheiden")
    + r"|\b(?:hat|haben|ist|sind)\s(?:(?!beschlossen|entschieden)[^.;:!?]){0,80}?\bzu\s+"
    r"(?:beschließen|entscheiden)\b"
    # ... or shall or will decide ("der Stadtrat soll den Wärmeplan bis zum 30.06.2026
    # beschließen"): what is still to come
    r"|\b(?:soll|sollen|muss|müssen|wird|werden)\s"
    r"(?:(?!beschlossen|entschieden)(?:[^.;:!?]|(?<=[0-9])\.(?=[0-9]))){0,120}?"
    r"\b(?:beschließen|entscheiden)\b(?![ ]*:)"
    # a condition the sentence opens with: "Wird der Antrag angenommen, wird TOP Ö 4 … beraten;
    # andernfalls entfällt TOP Ö 4." (what would follow, not what was decided)
    r"|(?:^|\n)\s*(?:Wird|Werden|Sollte|Sollten|Falls|Sofern)\s[^.;:!?,]{0,160},"
)
"""``Die Stadtverordnetenversammlung möge beschließen``, ``Der Ältestenrat empfiehlt, … zur
Kenntnis zu nehmen``, ``… dass folgende Änderungen vorgeschlagen werden: TOP 9 ist vertagt``:
the wording of a proposal or of a recommendation to another body, or what a proposal says."""


_DATE: Final = re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b")


def _line_from(text: str, at: int) -> str:
    """The rest of the line from ``at`` (a section's heading)."""
    end = text.find("\n", at)
    return text[at : len(text) if end < 0 else end]


class _Ranges:
    """Stretches of the text, to ask whether one holds an offset in logarithmic time (asking each
    stretch, for each sentence of a long text, was quadratic)."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._starts = [a for a, _ in ordered]
        self._reach: list[int] = []  # the furthest end of the stretches up to each one
        for _, b in ordered:
            self._reach.append(max(b, self._reach[-1]) if self._reach else b)

    def hold(self, at: int) -> bool:
        """Whether some stretch ``[a, b)`` holds ``at``."""
        last = bisect_right(self._starts, at) - 1
        return last >= 0 and self._reach[last] > at


_TWIN_REACH: Final = 4
"""How many of the votes before it a vote may merge with (a table and its sentence are close)."""


_ABOUT: Final = re.compile(
    # (or the parts it names without a preposition: "Abstimmung Beschlusspunkt 001:"; or the
    # paper: "Abstimmungsergebnis Vorlage:", "Abstimmung Änderungsantrag der CDU-Fraktion:")
    r"(?i)(?:\b(?:über|zu|zum|zur)\s+(?:(?:den|die|das|der)\s+)?|(?=\b(?:Beschlusspunkte?|Ziffern?)\s+\d)"
    r"|(?:(?<=[Aa]bstimmungsergebnis\s)|(?<=[Aa]bstimmung\s))(?=(?:Beschluss)?[Vv]orlage\b"
    r"|(?:Haupt|Änderungs|Ergänzungs|Ersetzungs|Zusatz)?[Aa]ntrag\b))"
    r"(?P<what>.+?)\s*:$"
)


_ABOUT_IN_PARENS: Final = re.compile(r"[ ]*\((?P<what>[^()\n\d/|]{3,80})\)[ ]*:")

_PUT_TO_THE_VOTE: Final = re.compile(
    r"(?i)\b(?:über|zu[mr]?)\s+(?:(?:den|die|das|der|dem)\s+)?(?P<what>[^:\n]{3,160}?)"
    r"\s+(?:abstimmen|abstimmt|abgestimmt)\b"
)


def _lead_in_subject(text: str, start: int) -> str | None:
    """What the line before a count table says is put to the vote (``Die Präsidentin lässt über
    den Geschäftsordnungsantrag von Herrn B. abstimmen:``), or the motion it names."""
    end = start  # before the white space that ends text[:start] (no copy of it: quadratic)
    while end and text[end - 1].isspace():
        end -= 1
    line_start = text.rfind("\n", max(0, end - 400), end) + 1
    line = text[max(line_start, end - 400) : end]
    if (what := _PUT_TO_THE_VOTE.search(line)) is not None:
        return fold(what.group("what"))
    if not line.endswith(":"):
        return None
    # (how this vote is taken, over what it is on, is no motion: "Namentliche Abstimmung über den
    # Antrag AN/0117/2023:")
    motion = vocab.motion_in(_MANNER_OVER.sub("", line))
    return _motion_name(motion) if motion is not None else None


_MANNER_OVER: Final = re.compile(r"\A[ ]*(?i:namentliche|geheime)[ ]+Abstimmung[ ]+(?=über[ ])")
"""The manner of a vote that a line names before what the vote is on (``Namentliche Abstimmung
über den Antrag …:``)."""


def _lead_in_motion(text: str, start: int) -> str | None:
    """What the line before a vote heading puts to the vote (:func:`_lead_in_subject`), where
    it is a motion that would end the item (``über den Antrag auf Absetzung``)."""
    subject = _lead_in_subject(text, start)
    motion = vocab.motion_in(subject) if subject is not None else None
    return subject if motion is not None and vocab.MOTIONS[motion].kind == "ends-item" else None


def _motion_name(motion: str) -> str:
    """A motion as a vote's subject: ``Vertagung``, ``Geschäftsordnungsantrag``, ``zu vertagen``."""
    return motion if " " in motion else motion[0].upper() + motion[1:]


def _heading_subjects(markers: Sequence[Marker], text: str) -> dict[int, str]:
    """What a vote heading says the vote is about (``Abstimmung über den GO-Antrag:``), or the
    line that heads the decided text above it (``Beschluss über den Änderungsantrag der
    SPD-Fraktion:`` over the change and ``Abstimmungsergebnis:``), up to the next heading."""
    out: dict[int, str] = {}
    for m in markers:
        if m.kind != "vote_heading":
            continue
        if about := _ABOUT.search(m.label.text):
            out[m.label.start] = fold(about.group("what"))
        elif (
            (about := _ABOUT_IN_PARENS.match(text, m.label.end))
            and not any(vocab.key(word) in vocab.COUNT_KEYS for word in about.group("what").split())
            # (how the vote was taken is no subject: "Abstimmungsergebnis (geheime Abstimmung):")
            and _MANNER.search(about.group("what")) is None
        ):
            # "Abstimmungsergebnis (Dringlichkeit):", not "(dafür / dagegen / Enthaltung):"
            out[m.label.start] = fold(about.group("what"))
    if "Beschluss " not in text:
        return out
    headings = sorted(m.label.start for m in markers if m.kind in ("vote_heading", "status"))
    votes = {m.label.start for m in markers if m.kind == "vote_heading"}
    for decided in _DECISION_ABOUT.finditer(text):
        at = bisect_right(headings, decided.end())
        if at < len(headings) and headings[at] in votes and headings[at] not in out:
            out[headings[at]] = fold(decided.group("what"))
    return out


_MANNER: Final = re.compile(
    r"(?i:\b(?:geheime?|namentliche?|offene?|elektronische?|schriftliche?)\b"
    r"|\b(?:Handzeichen|Stimmzettel\w*)\b)"
)
"""How a vote was taken (``geheime Abstimmung``, ``per Handzeichen``): what it was on is not."""


_DECISION_ABOUT: Final = re.compile(
    r"(?m)^[ ]*Beschluss (?:über|zu|zum|zur) (?:den |die |das |der )?(?P<what>[^:\n]{3,100}):[ ]*$"
)


def _status_vote(status: Piece | None, cleaned: Cleaned, notes: list[Diagnostic]) -> StatusVote:
    """The status line read as a vote text: its counts, and its einstimmig/mehrheitlich."""
    if status is None:
        return StatusVote()
    drafts = _read_block((Line("text", status),), cleaned, notes)
    text = fold(status.text)
    tally = next((d for d, _ in drafts if d.has_counts), None)
    cue = next((d for d, _ in drafts if d.unanimous is not None or d.majority is not None), None)
    # (or the groups against alone: "nach Antrag (gegen die Stimmen der AfD-Fraktion)")
    named = next((d for d, _ in drafts if d.flip_prose or d.no), None) if cue is None else None
    said = cue if cue is not None else named
    return StatusVote(
        tally=_finish(tally, text, cleaned) if tally is not None else None,
        cue=_finish(said, text, cleaned) if said is not None else None,
        unanimous=None if cue is None else bool(cue.unanimous),
    )
