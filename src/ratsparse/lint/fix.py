"""Safe, mechanical repairs of a text, for ``ratsparse check --fix`` and ``--diff``; and the
inline suppression of a finding (``# noqa: RP301`` at a line's end).

A repair is safe when it removes only what is no part of the resolution and keeps every word
apart that it kept apart before:

- ``RP803`` invisible and control characters (soft hyphens, zero-width characters, C0/C1
  controls; not tab, line breaks or the form feed, which marks a page);
- ``RP802`` HTML residue: entities (``&amp;``, ``&#228;``) become their character, a run of tags
  becomes a line break where it held a block (``<br>``, ``</p>``, unless a line breaks there
  already), a space where it parted table cells, and nothing where it only marked up words;
- ``RP805`` mojibake: each sequence of UTF-8 read as Windows-1252 (``Ã¤``) becomes its character;
- ``RP801`` a number glued to the last word of the vote (the parser's finding says where).

Page furniture (``RP804``), pipe-table rests and every finding about the content are left to a
person: removing a line or a number there could remove a word of the resolution.

Linear: one scan of the text, and one of its lines for the suppressions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final, Protocol

from ratsparse.normalize import (
    BLOCK_TAGS,
    CONTROLS,
    ENTITY,
    INLINE_TAGS,
    INVISIBLE,
    MOJIBAKE,
    NOQA,
    entity,
    tag,
)
from ratsparse.rules import rule_for


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class Finding(Protocol):
    """What a repair needs of a finding: its rule and where it stands (a record's or a model's
    diagnostic)."""

    @property
    def code(self) -> str: ...
    @property
    def span(self) -> _Spanned | None: ...


FIXABLE: Final = frozenset({"RP801", "RP802", "RP803", "RP805"})
"""The rules whose findings ``--fix`` repairs."""


@dataclass(frozen=True, slots=True)
class Edit:
    """Put ``text`` in place of ``start``..``end`` of the decoded input, fixing rule ``code``."""

    start: int
    end: int
    text: str
    code: str


_TAG: Final = tag(f"{BLOCK_TAGS}|{INLINE_TAGS}")
_CELL_TAG: Final = re.compile(r"</?(?i:td|th)\b")
_BLOCK_TAG: Final = re.compile(rf"</?(?i:{BLOCK_TAGS})\b")
_REPAIRABLE: Final = re.compile(
    rf"(?P<invisible>[{INVISIBLE}{CONTROLS}]+)"
    rf"|(?P<tags>{_TAG}(?:[ \t]*{_TAG})*)"
    rf"|(?P<entity>{ENTITY})"
    rf"|(?P<mojibake>{MOJIBAKE.pattern})"
)


def _tags(text: str, start: int, end: int) -> str:
    """What a run of tags becomes: a line break for a block (none where a line breaks already),
    a space between table cells, else nothing."""
    run = text[start:end]
    at_break = (start == 0 or text[start - 1] == "\n") or end == len(text) or text[end] in "\r\n"
    if _BLOCK_TAG.search(run) is not None:
        return "" if at_break else "\n"
    if _CELL_TAG.search(run) is not None:
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        return "" if before.isspace() or after.isspace() else " "
    return ""


def _mojibake(sequence: str) -> str | None:
    try:
        return sequence.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return None


def edits(
    text: str,
    diagnostics: Iterable[Finding] = (),
    suppressed: Mapping[int, frozenset[str] | None] | None = None,
) -> list[Edit]:
    """The safe repairs of ``text`` (the decoded input), in order and apart.

    ``diagnostics`` are the parser's findings on it (``RP801`` says where a glued number is);
    ``suppressed`` the lines' inline suppressions (:func:`suppressions`): a repair on a line that
    suppresses its rule is not made.
    """
    found: list[Edit] = []
    for match in _REPAIRABLE.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        if kind == "invisible":
            found.append(Edit(start, end, "", "RP803"))
        elif kind == "tags":
            found.append(Edit(start, end, _tags(text, start, end), "RP802"))
        elif kind == "entity":
            char = entity(match.group())
            if char != match.group():
                found.append(Edit(start, end, char, "RP802"))
        else:
            repaired = _mojibake(match.group())
            if repaired is not None:
                found.append(Edit(start, end, repaired, "RP805"))
    for d in diagnostics:
        if d.code == "RP801" and d.span is not None and text[d.span.start : d.span.end].isdigit():
            found.append(Edit(d.span.start, d.span.end, "", "RP801"))
    found.sort(key=lambda e: (e.start, e.end))
    kept: list[Edit] = []
    line_starts = _line_starts(text) if suppressed else []
    for edit in found:
        if kept and edit.start < kept[-1].end:
            continue  # within a repair made already
        if suppressed and _is_suppressed(suppressed, _line_of(line_starts, edit.start), edit.code):
            continue
        kept.append(edit)
    return kept


def apply(text: str, repairs: Iterable[Edit]) -> str:
    """``text`` with ``repairs`` (in order, apart) made."""
    parts: list[str] = []
    pos = 0
    for edit in repairs:
        parts.append(text[pos : edit.start])
        parts.append(edit.text)
        pos = edit.end
    parts.append(text[pos:])
    return "".join(parts)


def counted(repairs: Iterable[Edit]) -> dict[str, int]:
    """How many repairs of each rule, by code."""
    return dict(sorted(Counter(e.code for e in repairs).items()))


# ---------------------------------------------------------------------------------------------
# Inline suppression


def suppressions(text: str) -> dict[int, frozenset[str] | None]:
    """The inline suppressions of ``text``: by 1-based line, the rule codes suppressed there
    (None: all). An unknown code suppresses nothing."""
    if "#" not in text:  # (speed: most texts have no mark)
        return {}
    found: dict[int, frozenset[str] | None] = {}
    line, pos = 1, 0
    for match in NOQA.finditer(text):
        line += text.count("\n", pos, match.start())
        pos = match.start()
        codes = match.group("codes")
        if codes is None:
            found[line] = None
            continue
        rules = (rule_for(part.strip()) for part in codes.split(","))
        found[line] = frozenset(r.code for r in rules if r is not None)
    return found


def _is_suppressed(suppressed: Mapping[int, frozenset[str] | None], line: int, code: str) -> bool:
    if line not in suppressed:
        return False
    codes = suppressed[line]
    return codes is None or code in codes


def is_suppressed(
    suppressed: Mapping[int, frozenset[str] | None], line: int | None, code: str
) -> bool:
    """Whether a finding of ``code`` on ``line`` (1-based; None: the whole text) is suppressed."""
    return line is not None and _is_suppressed(suppressed, line, code)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


def _line_of(line_starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return bisect_right(line_starts, offset)
