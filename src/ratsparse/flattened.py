"""Count tables flattened into glued digits, and the counts they hold where only one reading fits.

Some RIS exports (SD.NET RIM's result field, and pages scraped from it) print a vote table of
columns Ja, Nein, Enthaltung with a row per group and a total row, and lose every cell border:

    JaNeinEnthaltungBM100CDU1400SPD500FDP030Grüne020Hr. Prinz010Ergebnis:2060

Each row's digits are its cells run together (``1400`` is 14, 0, 0; where empty cells are left
out, ``111`` may be 11 and 1 in any two columns), and so are the total's (``2060``). The digits
of the total split into Ja, Nein and Enthaltung in several ways; a way fits when the rows' digits
can be split so that each column adds up to it. Where every fitting way gives a column the same
number, that number is the column's count; where none fits, or they differ, the column has none.
:func:`count_lines` gives each such table's stretch and the count line it stands for
(``Ja: 20, Nein: 6, Enthaltungen: 0``), which the cleaning pass writes in its place.

Linear in the text: each table is read within a bounded stretch after its header, and the
search over splits is bounded (:data:`_MAX_STATES`, and an effort in proportion to the text).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

_HEADER: Final = re.compile(r"JaNeinEnthaltung(?:en)?")
_TOTAL: Final = re.compile(r"(?:Ergebnis|Gesamt)[ ]*:?[ ]*(?P<digits>[0-9]{1,7})")
_ROW_DIGITS: Final = re.compile(r"(?<![0-9])[0-9]+(?![0-9/])")
"""A row's cells; not the digits of a name (``B'90/Die Grünen``)."""
_REACH: Final = 400
"""How far after its header a table's total may stand."""
_MAX_STATES: Final = 50_000
"""Partial sums followed at most while fitting the rows to a total."""
_MAX_CELL: Final = 99
"""No group of a council, and no column of its total, counts more votes than this."""
_MAX_ROWS: Final = 30
"""No council has more groups than this: a longer run of digits is no vote table."""
_WORK_BASE: Final = 20_000
"""The search's effort on any text: far more than the real tables need (the most, on the SD.NET
RIM results of ``../shared/inputs/oparl``: see the test)."""
_WORK_PER_CHAR: Final = 2
"""And per character of the text, so that a text of many tables gets its share."""
_WORK_PER_ROW: Final = 25
"""The effort of reading a row's digits (its readings are found once, then kept)."""
_MAX_GLUED: Final = 12
"""A row's digits and a total's run together: nine digits at most each, and far fewer in fact."""
_COLUMNS: Final = ((0,), (1,), (2,), (0, 1), (0, 2), (1, 2), (0, 1, 2))
"""Which columns a row's numbers fill, for one, two or three numbers (in column order)."""


def _numbers(digits: str, count: int) -> list[tuple[int, ...]]:
    """The ways to cut ``digits`` into ``count`` numbers of one to three digits, none with a
    leading zero."""
    if count == 1:
        ok = 0 < len(digits) <= 3 and (digits == "0" or digits[0] != "0")
        return [(int(digits),)] if ok else []
    out: list[tuple[int, ...]] = []
    for cut in range(1, min(3, len(digits) - count + 1) + 1):
        head = digits[:cut]
        if head != "0" and head[0] == "0":
            continue
        out.extend((int(head), *rest) for rest in _numbers(digits[cut:], count - 1))
    return out


@lru_cache(maxsize=4096)
def _cells(digits: str, sizes: tuple[int, ...] = (1, 2, 3)) -> dict[tuple[int, int, int], int]:
    """Every (Ja, Nein, Enthaltung) a row's digits may stand for, as ``sizes`` numbers (three:
    every cell written, zeros too; fewer: empty cells left out), each with how many of its
    columns the row splits into (1: the group voted as one)."""
    out: dict[tuple[int, int, int], int] = {}
    for columns in _COLUMNS:
        if len(columns) not in sizes:
            continue
        for numbers in _numbers(digits, len(columns)):
            if max(numbers) > _MAX_CELL:
                continue
            cell = [0, 0, 0]
            for column, number in zip(columns, numbers, strict=True):
                cell[column] = number
            key = (cell[0], cell[1], cell[2])
            split = sum(1 for n in numbers if n)
            out[key] = min(out.get(key, split), split)
    return out


class _Work:
    """What is left of the effort the search over splits may spend on one text (partial sums
    times readings of a row): a share of the text's length, so that reading its tables takes
    linear time whatever its digits."""

    __slots__ = ("left",)

    def __init__(self, left: int) -> None:
        self.left = left


@lru_cache(maxsize=4096)
def _least(digits: str, sizes: tuple[int, ...]) -> int:
    """The fewest votes a row's digits may stand for."""
    return min(sum(key) for key in _cells(digits, sizes))


@lru_cache(maxsize=4096)
def _most(digits: str, sizes: tuple[int, ...]) -> int:
    """The most votes a row's digits may stand for."""
    return max(sum(key) for key in _cells(digits, sizes))


def _fits(
    rows: list[dict[tuple[int, int, int], int]], total: tuple[int, int, int], work: _Work
) -> int | None:
    """How few groups must have split their votes for the rows to add up to ``total`` (the
    count of rows with more than one column); -1 where they cannot, None where finding out
    would cost too much."""
    reach = {(0, 0, 0): 0}
    for cells in rows:
        work.left -= len(reach) * len(cells)
        if work.left < 0:
            return None
        nxt: dict[tuple[int, int, int], int] = {}
        for (a, b, c), cost in reach.items():
            for (x, y, z), split in cells.items():
                if a + x <= total[0] and b + y <= total[1] and c + z <= total[2]:
                    key = (a + x, b + y, c + z)
                    more = cost + (split > 1)
                    if more < nxt.get(key, 1 << 30):
                        nxt[key] = more
        reach = nxt
        if not reach:
            return -1
        if len(reach) > _MAX_STATES:
            return None
    return reach.get(total, -1)


_Count = tuple[int | None, int | None, int | None]
_NONE: Final[_Count] = (None, None, None)


def _fitting(
    rows: list[str], total: str, sizes: tuple[int, ...], total_sizes: tuple[int, ...], work: _Work
) -> list[tuple[int, tuple[int, int, int]]] | None:
    """Each reading of ``total`` (as ``total_sizes`` numbers) that the rows (each as ``sizes``
    numbers) add up to, with how few groups must have split their votes for it; None where
    finding out would cost too much."""
    if work.left <= 0:
        return None
    work.left -= _WORK_PER_ROW * len(rows)
    cells = [_cells(digits, sizes) for digits in rows]
    if any(not c for c in cells):
        return []
    # what the rows may add up to at least and at most: a total outside needs no search
    least = sum(_least(digits, sizes) for digits in rows)
    most = sum(_most(digits, sizes) for digits in rows)
    fitting: list[tuple[int, tuple[int, int, int]]] = []
    for candidate in _cells(total, total_sizes):
        if not least <= sum(candidate) <= most:
            continue
        splits = _fits(cells, candidate, work)
        if splits is None:
            return None
        if splits >= 0:
            fitting.append((splits, candidate))
    return fitting


def _agreed(fitting: list[tuple[int, tuple[int, int, int]]]) -> _Count:
    """Of the fitting readings, those that need the fewest split groups; each column where they
    all agree, the others None. Where some fitting readings carry the item (more Ja than Nein
    and Enthaltung together), only those are weighed: a total's digits read two ways (``2250``:
    22, 5, 0 or 2, 25, 0) that the rows both fit (a group's ``12`` one bloc of twelve, or one
    and two), the other has the large groups' votes go against an item that the table records
    among the sitting's results. A person reads such a table so, and the OParl results' gold
    does (``tests/corpus/oparl-results-gold.jsonl``)."""
    carried = [(splits, c) for splits, c in fitting if c[0] > c[1] + c[2]]
    fitting = carried or fitting
    fewest = min(splits for splits, _ in fitting)
    best = [candidate for splits, candidate in fitting if splits == fewest]
    first = best[0]
    same = [first[i] if all(b[i] == first[i] for b in best) else None for i in range(3)]
    return same[0], same[1], same[2]


def counts(rows: list[str], total: str, work: _Work | None = None) -> _Count:
    """The (Ja, Nein, Enthaltung) of a flattened table. The total row is read as three cells
    (its zeros are written); a row as three cells where every row reads so (zeros written),
    else as one to three (empty cells left out). Of the readings of the total that the rows
    can add up to, those that need the fewest groups to have split their votes count; each
    column where they all agree is read, the others are not."""
    work = work or _Work(_WORK_BASE)
    if len(rows) > _MAX_ROWS:
        return _NONE
    for sizes in ((3,), (1, 2, 3)):
        fitting = _fitting(rows, total, sizes, (3,), work)
        if fitting is None:
            return _NONE
        if fitting:
            return _agreed(fitting)
    return _NONE


def unlabelled_counts(rows: list[str], last: str, work: _Work | None = None) -> _Count:
    """The (Ja, Nein, Enthaltung) of a flattened table whose total row has no label: the last
    row's digits and the total's run together in ``last`` (``Hr. Prinz0001371`` is the row 0,
    0, 0 and the total 13, 7, 1). Every place the run may part at is tried, the total read as
    three cells and, where none fits so, as one to three; the readings that fit are weighed as
    :func:`counts` weighs them."""
    work = work or _Work(_WORK_BASE)
    if len(rows) >= _MAX_ROWS:
        return _NONE
    for total_sizes in ((3,), (1, 2, 3)):
        for sizes in ((3,), (1, 2, 3)):
            fitting: list[tuple[int, tuple[int, int, int]]] = []
            for cut in range(1, len(last)):
                found = _fitting([*rows, last[:cut]], last[cut:], sizes, total_sizes, work)
                if found is None:
                    return _NONE
                fitting.extend(found)
            if fitting:
                return _agreed(fitting)
    return _NONE


_LABELS: Final = ("Ja", "Nein", "Enthaltungen")


def count_lines(text: str, work: _Work | None = None) -> list[tuple[int, int, str]]:
    """Each flattened table of ``text`` with a count it settles: its stretch (from the header to
    the end of the total's digits) and the count line it stands for."""
    out = []
    pos = 0
    work = work or _Work(_WORK_BASE + _WORK_PER_CHAR * len(text))
    while (header := _HEADER.search(text, pos)) is not None:
        pos = header.end()
        total = _TOTAL.search(text, header.end(), header.end() + _REACH)
        end = _line_end(text, header.end())
        if total is None or total.start() > end:
            # no total row with its label: the table runs to its line's end, where the last
            # row's digits and the total's stand together
            runs = list(_ROW_DIGITS.finditer(text, header.end(), end))
            if (
                len(runs) < 2
                or text[runs[-1].end() : end].strip(" ")
                or not 2 <= len(runs[-1][0]) <= _MAX_GLUED
            ):
                continue
            rows = [r[0].replace(" ", "") for r in runs[:-1]]
            found = unlabelled_counts(rows, runs[-1][0], work)
            stop = runs[-1].end()
        else:
            rows = [
                r.replace(" ", "") for r in _ROW_DIGITS.findall(text, header.end(), total.start())
            ]
            digits = total.group("digits")
            found = counts(rows, digits, work)
            stop = total.end()
            # the next part's number glued on ("Gesamt18902. – 4. einstimmig": 18, 9, 0, then
            # "2."): the total without it, where the whole run fits no reading
            for drop in (1, 2):
                if found != _NONE or text[total.end() : total.end() + 1] != ".":
                    break
                if len(digits) - drop >= 3:
                    found = counts(rows, digits[:-drop], work)
                    stop = total.end() - drop
        said = [f"{label}: {n}" for label, n in zip(_LABELS, found, strict=True) if n is not None]
        if said:
            out.append((header.start(), stop, ", ".join(said)))
            pos = stop
    return out


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start, start + _REACH)
    return min(len(text), start + _REACH) if end == -1 else end
