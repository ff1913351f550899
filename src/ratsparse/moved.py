"""Spans of a derived text moved back into the input it was derived from.

A reader that does not hand the input to the pipeline as it is (the strings of an OParl file,
the text of an HTML page) keeps, for every character of what it derived, the input offset it
came from; :class:`Moved` then puts every span of the reading where it stands in the input, with
the input's own lines and columns.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import Any, TypeVar, cast

from ratsparse.records import Span

_T = TypeVar("_T")


class Lines:
    """Line and column of offsets into ``text``."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def span(self, start: int, end: int) -> Span:
        line = bisect_right(self.starts, start)
        return Span(start, end, line, start - self.starts[line - 1] + 1)


def with_spans(value: _T, move: Callable[[Span], Span]) -> _T:
    """``value`` (a record, a tuple of records, or anything else) with every span in it moved by
    ``move``."""
    return cast(_T, _walk(value, move))


def _walk(value: object, move: Callable[[Span], Span]) -> object:
    if isinstance(value, Span):
        return move(value)
    if isinstance(value, tuple):
        moved: list[Any] = [_walk(v, move) for v in value]
        return type(value)(*moved) if hasattr(value, "_fields") else tuple(moved)
    return value


class Moved:
    """Moves every span in a record (named tuples, tuples of them) from the derived text into
    the input: derived character ``i`` was read from ``input[starts[i]:ends[i]]`` (one
    character, an escape or an entity; a character the reader added, such as a line break for a
    tag, has ``starts[i] == ends[i]``)."""

    def __init__(self, starts: list[int], ends: list[int], lines: Lines) -> None:
        self.starts, self.ends, self.lines = starts, ends, lines

    def __call__(self, value: _T) -> _T:
        return with_spans(value, self._span)

    def _span(self, span: Span) -> Span:
        n = len(self.starts)
        if span.start >= n:  # an empty span at the end
            at = self.ends[-1] if n else 0
            return self.lines.span(at, at)
        start = self.starts[span.start]
        end = self.ends[min(span.end, n) - 1] if span.end > span.start else start
        return self.lines.span(start, max(start, end))
