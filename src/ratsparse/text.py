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
# Showing input to people

# C0 controls, DEL and C1 controls (ESC and CSI start terminal commands); the line and paragraph
# separators (line breaks to some viewers); the bidirectional embeddings, overrides and isolates
# (they reorder what is shown: a name can pass for another); lone surrogates (bytes of a file
# name that are not UTF-8, which no output encoding takes); U+FFFE and U+FFFF (not characters:
# XML forbids them).
_UNPRINTABLE: Final = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)
_SHORT_ESCAPES: Final = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def printable(text: str, keep: str = "") -> str:
    """``text`` safe to show on a terminal, in a log or in XML: every control character (C0,
    DEL, C1), line or paragraph separator, bidirectional control, lone surrogate and
    U+FFFE/U+FFFF is written as a visible escape (``\\x1b``,
    ``\\n``, ``\\udce4``), except the characters in ``keep`` (say ``"\\n"`` where the output
    breaks lines itself). Everything else, backslashes included, stays as it is."""

    def escape(m: re.Match[str]) -> str:
        c = m.group()
        if c in keep:
            return c
        code = ord(c)
        return _SHORT_ESCAPES.get(c) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")

    return _UNPRINTABLE.sub(escape, text)


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
