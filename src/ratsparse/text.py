"""The ground floor: small pure helpers on text that every reader uses.

Nothing here knows about resolutions, grammars or records beyond :class:`Piece`; every other
module may import from here, and this module imports only the vocabularies.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from bisect import bisect_left, bisect_right
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

_DAY_MONTH_NAME: Final = re.compile(r"(\d{1,2})\. ?([A-Za-zÄäÖöÜü]+\.?) (\d{4})(?!\d)")
# 12.03.2024 | 12.3.24 | 12. 03. 2024 (a typed date; spaced, only with a four-digit year)
_DMY: Final = re.compile(r"(\d{1,2})\.[ ]?(\d{1,2})\.(\d{2}(?!\d)|[ ]?\d{4}(?!\d))")
_ISO: Final = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def nominative(word: str) -> str:
    """A body's noun without the ending of its genitive (``Stadtrates`` → ``Stadtrat``,
    ``Ausschusses`` → ``Ausschuss``, ``Gemeinderats`` → ``Gemeinderat``); a word without one
    (``Ausschuss``, ``Bezirksvertretung``) as it is."""
    return _GENITIVE.sub("", word)


_GENITIVE: Final = re.compile(r"(?<=[A-Za-zÄÖÜäöüß]{3})(?:es|(?<!s)s)$")


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


def days_in(text: str) -> list[dt.date]:
    """Every German date in digits in ``text`` (``11.10.2023``, ``11.10.23``), in order; none
    that is not a real calendar date."""
    return [day for m in _DMY.finditer(text) if (day := parse_date(m.group())) is not None]


_SLASHED: Final = re.compile(r"(?<![0-9/.])([0-9]{1,2})/([0-9]{1,2})/((?:19|20)[0-9]{2})(?![0-9/])")


def parse_slashed_date(text: str) -> dt.date | None:
    """A date with slashes and a four-digit year, as systems set to US English print it
    (``06/21/2001``: month first); day first where the first number cannot be a month
    (``21/06/2001``). Read only where a meeting's label stands before it: elsewhere such
    numbers are as often a paper's or a session's."""
    m = _SLASHED.search(text)
    if m is None:
        return None
    first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    month, day = (first, second) if first <= 12 else (second, first)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------------
# Sentences

_SENTENCE_GAP: Final = re.compile(r"[.!?](?:\s|$)|\n\s*\n")
# Every offset where a match of _SENTENCE_GAP starts (a lazy lookahead: from a line break, only
# the white space up to the next line break is read)
_GAP_START: Final = re.compile(r"\.(?=\s|$)|!(?=\s|$)|\?(?=\s|$)|\n(?=\s*?\n)")
# (each branch opens with a literal, so that re skips to the four characters: a third faster
# than the same pattern with [.!?], tests/test_fast_patterns.py checks they agree)
_GAP_START_PLAIN: Final = r"[.!?](?=\s|$)|\n(?=\s*?\n)"
_BLANK_LINE: Final = re.compile(r"\n(?=\n)")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``[start, end)``: from the sentence end (or blank
    line) before it to the one after it; a line break after a full stop ends a sentence too."""
    left, right = Sentences(text).bounds(start, end)
    return text[left:right]


class Sentences:
    """The sentences of one text: :func:`sentence_around` for many stretches of it, each in
    logarithmic time after one pass over the text. (Scanning back to the blank line before a
    stretch and on to the sentence end after it, once for each, took quadratic time on a long
    text without blank lines or full stops.)"""

    __slots__ = ("_blank_lines", "_gap_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._gap_starts = [m.start() for m in _GAP_START.finditer(text)]
        """Where a sentence gap starts, at every offset (overlapping ones too)."""
        self._blank_lines = [m.start() for m in _BLANK_LINE.finditer(text)]
        """Where ``\n\n`` stands, at every offset."""

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """``[left, right)`` of the sentence around ``[start, end)``."""
        text = self.text
        blank = bisect_right(self._blank_lines, start - 2) - 1  # the last \n\n before start
        left = max(self._blank_lines[blank] if blank >= 0 else -1, 0)
        low = max(0, start - 400)
        # A gap within [low, start) starts where one starts in the whole text, or is a full stop
        # right before start (its "$" at the window's end): where neither stands, the window
        # holds none and is not searched (speed, on long sentences of numbers).
        first = bisect_left(self._gap_starts, low)
        if (first < len(self._gap_starts) and self._gap_starts[first] < start) or (
            start and text[start - 1] in ".!?"
        ):
            for gap in _SENTENCE_GAP.finditer(text, low, start):
                left = max(left, gap.end())
        after = bisect_left(self._gap_starts, end)  # the first gap at or after end
        right = self._gap_starts[after] if after < len(self._gap_starts) else len(text)
        return left, right


class Occurrences:
    """Where a pattern matches in a text, to ask whether it matches within a stretch of it
    (one search of the text instead of one per stretch).

    Searching ``text[left:right]`` finds a match exactly where one of these lies within the
    stretch, if the pattern's matches never overlap one another and never reach across the
    stretch's edges (as with word patterns and the sentences of :class:`Sentences`)."""

    __slots__ = ("_ends", "_starts")

    def __init__(
        self,
        pattern: re.Pattern[str],
        text: str,
        opens: tuple[str, ...] = (),
        lower: str | None = None,
    ) -> None:
        """``opens``: lower-case beginnings, one of which every match of the case-blind
        ``pattern`` starts with; given, the text is searched for them first (``str.find``), and
        the pattern tried only where one stands (speed: a case-blind pattern is tried at every
        position of the text, a twentieth of a second per MB for each). ``lower``: the text's
        :func:`lower_aligned`, where the caller has it."""
        if opens and lower is None:
            lower = lower_aligned(text)
        spans = _spans_at(pattern, text, opens, lower) if opens and lower else None
        if spans is None:
            spans = [m.span() for m in pattern.finditer(text)]
        self._starts = [a for a, _ in spans]
        self._ends = [b for _, b in spans]

    def within(self, left: int, right: int) -> bool:
        """Whether a match lies within ``[left, right)``."""
        first = bisect_left(self._starts, left)
        return first < len(self._starts) and self._ends[first] <= right


FOLDED_APART: Final = ("\u0130", "\u0131", "\u017f", "\u212a")
"""The characters IGNORECASE takes for an ASCII letter though str.lower() does not lower them to
it (İ lowers to two characters; ı, ſ and the Kelvin sign): where one stands, the lower-case text
does not show every place a case-blind match may start (tests/test_fast_patterns.py checks every
character)."""


def lower_aligned(text: str) -> str:
    """``text.lower()`` where it lines up with ``text`` character by character and shows every
    place a case-blind match of ASCII letters may start; ``""`` where it does not."""
    if any(c in text for c in FOLDED_APART):
        return ""
    lower = text.lower()
    return lower if len(lower) == len(text) else ""


def _spans_at(
    pattern: re.Pattern[str], text: str, opens: tuple[str, ...], lower: str
) -> list[tuple[int, int]]:
    """``[m.span() for m in pattern.finditer(text)]``, found by trying ``pattern`` only where
    one of ``opens`` stands in ``lower`` (the text's :func:`lower_aligned`)."""
    starts: set[int] = set()
    for head in opens:
        at = lower.find(head)
        while at >= 0:
            starts.add(at)
            at = lower.find(head, at + 1)
    spans: list[tuple[int, int]] = []
    end = 0
    for at in sorted(starts):
        if at < end:  # inside the last match: the scan goes on after it, as finditer's does
            continue
        if (m := pattern.match(text, at)) is not None:
            spans.append(m.span())
            end = m.end()
    return spans


# ---------------------------------------------------------------------------------------------
# File names as text
#
# On POSIX a file name is bytes; Python hands names that are not valid UTF-8 over as text with
# lone surrogates (surrogateescape), which no UTF-8 file, database or JSON can hold. Outputs
# write a path escaped: a name that is valid UTF-8 and holds no backslash as it is (nearly every
# name); otherwise each byte that is not part of valid UTF-8 as \xNN (two lower-case hex digits)
# and each backslash as \\. So a path as written holds a backslash exactly when it is escaped,
# and path_bytes gives back the raw bytes. On Windows, where names are Unicode and backslashes
# separate folders, a path is written as it is.

_PATH_ESCAPES: Final = re.compile(r"\\(\\|x[0-9a-f]{2})")


def path_text(path: str) -> str:
    """A path (as Python holds it) as text that round-trips to its bytes; see the module."""
    if os.name != "posix":
        return path.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    if "\\" not in path:
        try:
            path.encode("utf-8")
        except UnicodeEncodeError:
            pass
        else:
            return path
    text = path.replace("\\", "\\\\")
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def path_bytes(text: str) -> bytes:
    """The raw bytes of a POSIX path written by :func:`path_text`."""
    if "\\" not in text:
        return text.encode("utf-8")
    out = bytearray()
    at = 0
    for m in _PATH_ESCAPES.finditer(text):
        out += text[at : m.start()].encode("utf-8")
        escape = m.group(1)
        out += b"\\" if escape == "\\" else bytes([int(escape[1:], 16)])
        at = m.end()
    out += text[at:].encode("utf-8")
    return bytes(out)


def line_below(text: str, at: int) -> str:
    """The line below the one that holds offset ``at``, stripped ("" at the text's end)."""
    start = text.find("\n", at)
    if start < 0:
        return ""
    stop = text.find("\n", start + 1)
    return text[start + 1 : stop if stop >= 0 else len(text)].strip()
