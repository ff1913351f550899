"""The ground floor: small pure helpers on text that every reader uses.

Nothing here knows about resolutions, grammars or records beyond :class:`Piece`; every other
module may import from here, and this module imports only the vocabularies.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

from ratsparse import vocab


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of the parsed text: ``text == parsed[start:end]``."""

    text: str
    start: int
    end: int


def fold(text: str) -> str:
    """Fold runs of white space (line breaks included) into one space."""
    # str.split() parts at the characters that re's \s matches (str.isspace), faster than re.sub
    return " ".join(text.split())


# ---------------------------------------------------------------------------------------------
# Dates

_DAY_MONTH_NAME: Final = re.compile(r"(\d{1,2})\. ?([A-Za-zÄäÖöÜü]+) (\d{4})(?!\d)")
# 12.03.2024 | 12.3.24 | 12. 03. 2024 (a typed date; spaced, only with a four-digit year)
_DMY: Final = re.compile(r"(\d{1,2})\.[ ]?(\d{1,2})\.(\d{2}(?!\d)|[ ]?\d{4}(?!\d))")
_ISO: Final = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date(text: str) -> dt.date | None:
    """A German (``12.03.2024``, ``12. März 2024``) or ISO date; None when it is not a real
    calendar date."""
    m = _DMY.search(text)
    try:
        if m:
            day, month, year = int(m.group(1)), int(m.group(2)), m.group(3).lstrip()
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
# Sentences

_SENTENCE_GAP: Final = re.compile(r"[.!?](?:\s|$)|\n\s*\n")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``[start, end)``: from the sentence end (or blank
    line) before it to the one after it; a line break after a full stop ends a sentence too."""
    line_start = text.rfind("\n\n", 0, start)
    left = max(line_start, 0)
    for gap in _SENTENCE_GAP.finditer(text, max(0, start - 400), start):
        left = max(left, gap.end())
    right = _SENTENCE_GAP.search(text, end)
    return text[left : right.start() if right is not None else len(text)]
