"""Reading the grammars in ``grammar/`` for tests: rule and terminal names, the words a terminal
spells, and which rules and terminals parse trees actually use."""

from __future__ import annotations

import re

from lark import Token, Tree

from ratsparse.parser.tables import grammar_text as _filled


def grammar_text(name: str) -> str:
    """The text of ``grammar/<name>.lark`` as Lark reads it (its word lists filled in)."""
    return _filled(name)


def grammar_rules(text: str) -> set[str]:
    """Rule names defined in a grammar (``name:`` or ``?name:``), without ``_``-inlined rules."""
    return {m.group(1) for m in re.finditer(r"^\??([a-z][a-z0-9_]*)\s*:", text, re.MULTILINE)}


def grammar_terminals(text: str) -> set[str]:
    """Terminal names defined in a grammar (``NAME:`` or ``NAME.prio:``), without ``_`` ones."""
    pattern = r"^([A-Z][A-Z0-9_]*)(?:\.-?[0-9]+)?\s*:"
    return {m.group(1) for m in re.finditer(pattern, text, re.MULTILINE)}


def _sequence(pattern: str, i: int) -> tuple[list[str], int]:
    """The words one branch of a plain regex spells, up to ``|`` or ``)``."""
    words = [""]
    while i < len(pattern) and pattern[i] not in "|)":
        if pattern.startswith("(?:", i):
            options, i = _branches(pattern, i + 3)
            assert pattern[i] == ")", pattern
            i += 1
        elif pattern[i] == "\\":
            options, i = [pattern[i + 1]], i + 2
        else:
            assert pattern[i] not in "[]{}()*+^$.", f"cannot expand {pattern!r} at {i}"
            options, i = [pattern[i]], i + 1
        if i < len(pattern) and pattern[i] == "?":
            options, i = [*options, ""], i + 1
        words = [w + o for w in words for o in options]
    return words, i


def _branches(pattern: str, i: int) -> tuple[list[str], int]:
    """The words an alternation spells (``a|b(?:c)?|d\\.?``), up to its closing ``)``."""
    words: list[str] = []
    while True:
        branch, i = _sequence(pattern, i)
        words += branch
        if i < len(pattern) and pattern[i] == "|":
            i += 1
            continue
        return words, i


def expand(pattern: str) -> list[str]:
    """Every word a plain regex (literals, escapes, ``?``, ``(?:…)``, ``|``) matches."""
    words, end = _branches(pattern, 0)
    assert end == len(pattern), f"cannot expand {pattern!r}"
    return words


def alternatives(grammar: str, terminal: str) -> list[str]:
    """Every word of the first ``(?i:…)`` group in the definition of ``terminal``."""
    line = re.search(rf"^{terminal}(?:\.-?[0-9]+)?\s*:(.*)$", grammar, re.MULTILINE)
    assert line is not None, f"{terminal} not found"
    body = line.group(1)
    words, end = _branches(body, body.index("(?i:") + len("(?i:"))
    assert body[end] == ")"
    return words


def used_names(*trees: Tree[Token]) -> tuple[set[str], set[str]]:
    """The rules and the terminals that the Lark parse trees contain, all trees together."""
    rules: set[str] = set()
    terminals: set[str] = set()
    for tree in trees:
        rules |= {str(sub.data) for sub in tree.iter_subtrees()}
        terminals |= {tok.type for tok in tree.scan_values(lambda v: isinstance(v, Token))}
    return rules, terminals


def assert_all_used(what: str, defined: set[str], used: set[str]) -> None:
    """Every name in ``defined`` is in ``used``; ``what`` (``"vote.lark rules"``) names them."""
    missing = defined - used
    assert not missing, f"{what} without a test case: {sorted(missing)}"
