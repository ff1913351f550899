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
search over splits is bounded (:data:`_MAX_STATES`).
"""

from __future__ import annotations

import re
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


def _fits(rows: list[dict[tuple[int, int, int], int]], total: tuple[int, int, int]) -> int | None:
    """How few groups must have split their votes for the rows to add up to ``total`` (the
    count of rows with more than one column); -1 where they cannot, None where finding out
    would cost too much."""
    reach = {(0, 0, 0): 0}
    for cells in rows:
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


def counts(rows: list[str], total: str) -> tuple[int | None, int | None, int | None]:
    """The (Ja, Nein, Enthaltung) of a flattened table. The total row is read as three cells
    (its zeros are written); a row as three cells where every row reads so (zeros written),
    else as one to three (empty cells left out). Of the readings of the total that the rows
    can add up to, those that need the fewest groups to have split their votes count; each
    column where they all agree is read, the others are not."""
    for sizes in ((3,), (1, 2, 3)):
        cells = [_cells(digits, sizes) for digits in rows]
        if any(not c for c in cells):
            continue
        fitting: list[tuple[int, tuple[int, int, int]]] = []
        for candidate in _cells(total, (3,)):
            splits = _fits(cells, candidate)
            if splits is None:
                return None, None, None
            if splits >= 0:
                fitting.append((splits, candidate))
        if fitting:
            fewest = min(splits for splits, _ in fitting)
            best = [candidate for splits, candidate in fitting if splits == fewest]
            first = best[0]
            same = [first[i] if all(b[i] == first[i] for b in best) else None for i in range(3)]
            return same[0], same[1], same[2]
    return None, None, None


_LABELS: Final = ("Ja", "Nein", "Enthaltungen")


def count_lines(text: str) -> list[tuple[int, int, str]]:
    """Each flattened table of ``text`` with a count it settles: its stretch (from the header to
    the end of the total's digits) and the count line it stands for."""
    out = []
    pos = 0
    while (header := _HEADER.search(text, pos)) is not None:
        pos = header.end()
        total = _TOTAL.search(text, header.end(), header.end() + _REACH)
        if total is None or "\n" in text[header.end() : total.start()]:
            continue
        rows = _ROW_DIGITS.findall(text, header.end(), total.start())
        found = counts([r.replace(" ", "") for r in rows], total.group("digits"))
        said = [f"{label}: {n}" for label, n in zip(_LABELS, found, strict=True) if n is not None]
        if said:
            out.append((header.start(), total.end(), ", ".join(said)))
            pos = total.end()
    return out
