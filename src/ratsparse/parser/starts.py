"""Which characters a lexer's terminals can start with: a regex match skipped where none can.

The vote reader walks a run of rejected tokens one by one (``Ja: 3 (`` and a million ``(``),
asking at each the lexer of the parser's state whether it reads a token there. That question
is one regex match over all the state's terminals; for a character that none of them can
start with, the answer is known without it.

The analysis reads each terminal's pattern as Python's own regex parser does (``re._parser``,
as Lark does for the widths of terminals) and stays on the safe side: whatever it does not know
may start with anything. It answers only for ASCII characters that are not letters, where case
folding (``(?i)``) changes nothing, so it can be exact about the characters that matter here:
brackets, punctuation, digits and spaces.
"""

from __future__ import annotations

import functools
import importlib
import re
import string
from collections.abc import Callable, Sequence
from typing import Any, Final

# Python's own regex parser, as Lark reads the widths of terminals with it (no public API)
sre_parse: Final[Any] = importlib.import_module("re._parser")
_C: Final[Any] = importlib.import_module("re._constants")
ASKED: Final = frozenset(c for c in map(chr, range(128)) if c not in string.ascii_letters)
"""The characters the analysis answers for: ASCII, not letters (case folding is moot)."""


Matcher = Callable[[str, int, int], "re.Match[str] | None"]


class Dispatch:
    """A scanner's match, narrowed by the character at the position.

    Lark's scanner tries one alternation of all its terminals, in its order, and takes the
    first that matches. At a character of :data:`ASKED`, the alternatives that cannot start
    with it can be left out without changing which one matches first: the narrowed pattern
    (built once per character, kept) gives the same match, and none at all where no terminal
    can start there."""

    __slots__ = ("_compile", "_full", "_terminals", "table")

    def __init__(
        self,
        terminals: Sequence[tuple[str, str]] | None,
        full: Matcher,
        compile_: Callable[[str], Any],
    ) -> None:
        self._terminals = None if terminals is None else tuple(terminals)
        """(name, pattern) in the scanner's order; ``None``: never narrowed."""
        self._full = full
        self._compile = compile_
        self.table: dict[str, Matcher | None] = {}
        """The matches found so far, by character (read it first: :meth:`matcher` fills it)."""

    def matcher(self, c: str) -> Matcher | None:
        """The match to try where the text has ``c``; ``None`` where nothing can match."""
        try:
            return self.table[c]
        except KeyError:
            pass
        if c not in ASKED or self._terminals is None:
            return self._full  # not kept: the table holds at most the 76 asked characters
        found: Matcher | None = None
        kept = [(name, pattern) for name, pattern in self._terminals if c in _starts(pattern)]
        if kept:
            joined = "|".join(f"(?P<{name}>{pattern})" for name, pattern in kept)
            try:
                found = self._compile(joined).match
            except Exception:  # whatever the engine says: the full pattern
                found = self._full
        self.table[c] = found
        return found


@functools.cache
def _starts(pattern: str) -> frozenset[str]:
    """The characters of :data:`ASKED` a match of ``pattern`` may begin with (more, never fewer)."""
    try:
        tree = sre_parse.parse(pattern)
    except (re.error, RecursionError, OverflowError):
        return ASKED
    return _first(tree)[0]


def _first(items: Sequence[tuple[Any, Any]]) -> tuple[frozenset[str], bool]:
    """The characters of :data:`ASKED` a match of the sequence ``items`` may begin with, and
    whether the sequence can match the empty string (so what follows it may give the first)."""
    found: frozenset[str] = frozenset()
    for op, av in items:
        first, empty = _node(op, av)
        found |= first
        if not empty:
            return found, False
    return found, True


def _node(op: Any, av: Any) -> tuple[frozenset[str], bool]:
    if op is _C.LITERAL:
        return ASKED & {chr(av)}, False
    if op is _C.NOT_LITERAL:
        return ASKED - {chr(av)}, False
    if op is _C.IN:
        return frozenset(c for c in ASKED if _in_set(av, c)), False
    if op is _C.BRANCH:
        results = [_first(branch) for branch in av[1]]
        return frozenset().union(*(f for f, _ in results)), any(e for _, e in results)
    if op is _C.SUBPATTERN:
        return _first(av[3])
    if op is _C.ATOMIC_GROUP:
        return _first(av)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        low, high, sub = av
        if high == 0:
            return frozenset(), True
        first, empty = _first(sub)
        return first, empty or low == 0
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        # zero width: an anchor or a lookaround only narrows what follows
        return frozenset(), True
    return ASKED, False  # ANY, a back reference, a conditional …: anything


def _in_set(items: Sequence[tuple[Any, Any]], c: str) -> bool:
    """Whether the character class ``items`` may hold ``c``."""
    negate = False
    hit = False
    for op, av in items:
        if op is _C.NEGATE:
            negate = True
        elif op is _C.LITERAL:
            hit = hit or chr(av) == c
        elif op is _C.RANGE:
            hit = hit or av[0] <= ord(c) <= av[1]
        elif op is _C.CATEGORY and (found := _category(av, c)) is not None:
            hit = hit or found
        else:
            return True  # unknown: may hold anything
    return hit != negate


def _category(category: Any, c: str) -> bool | None:
    """``c`` in a class escape (``\\d``, ``\\s``, ``\\w`` and their negations), as ``re``
    reads them in a ``str`` pattern; ``None`` for any other."""
    digit = c.isdigit()
    space = c.isspace()
    word = c.isalnum() or c == "_"
    table = {
        _C.CATEGORY_DIGIT: digit,
        _C.CATEGORY_NOT_DIGIT: not digit,
        _C.CATEGORY_SPACE: space,
        _C.CATEGORY_NOT_SPACE: not space,
        _C.CATEGORY_WORD: word,
        _C.CATEGORY_NOT_WORD: not word,
    }
    return table.get(category)
