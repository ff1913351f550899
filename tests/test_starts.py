"""parser/starts.py: which characters a terminal can start with, and the scanner match narrowed
by them, which must find exactly what the scanner's full pattern finds."""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lark.lexer import BasicLexer, ContextualLexer

from ratsparse.parser import starts
from ratsparse.parser.tables import reader
from ratsparse.parser.vote import _dispatch

DIGITS = frozenset(string.digits)
SPACES = frozenset(c for c in starts.ASKED if c.isspace())


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\([^()\n]*\)", {"("}),
        (r"[0-9]{1,3}", DIGITS),
        (r"\d+(?:/\d+)?", DIGITS),
        (r"-?[0-9]", DIGITS | {"-"}),  # an optional first piece: what follows may start
        (r"(?:x|y)*:", {":"}),  # letters are never asked; the repeat may be empty
        (r"(?i:mit)(?= [0-9])", set()),  # a letter first: no ASCII non-letter
        (r"(?=[0-9])[0-9a-z]+", DIGITS),  # a lookahead narrows nothing, and costs nothing
        (r"\s+", SPACES),
        (r"[^\s,;:()|0-9]", starts.ASKED - SPACES - DIGITS - set(",;:()|")),
        (r"\W", starts.ASKED - DIGITS - {"_"}),
        (r"\w", DIGITS | {"_"}),
        (r"x{0}%", {"%"}),  # repeated zero times: nothing
        (r"^&", {"&"}),  # an anchor is zero width
        (r".", starts.ASKED),  # anything
        (r"(a)\1", set()),  # a letter first; the back reference comes after
        (r"(?:(a)|b)?(?(1)c|d)", starts.ASKED),  # a conditional: anything
        (r"[", starts.ASKED),  # not a pattern: anything
    ],
)
def test_the_characters_a_pattern_can_start_with(pattern: str, expected: set[str]) -> None:
    assert starts._starts(pattern) == frozenset(expected)


@settings(max_examples=300, deadline=None)
@given(
    pattern=st.sampled_from(
        [r"\([^()\n]*\)", r"[0-9]{1,3}(?: ?/ ?[0-9]{1,3})*", r"-?[ ]*\d", r"[^\w\s]+", r"\s*:"]
    ),
    text=st.text(alphabet=string.printable, max_size=8),
)
def test_a_pattern_never_matches_at_a_character_it_cannot_start_with(
    pattern: str, text: str
) -> None:
    compiled = re.compile(pattern)
    if text and text[0] in starts.ASKED and text[0] not in starts._starts(pattern):
        assert compiled.match(text) is None


def _lexers() -> list[BasicLexer]:
    """The vote grammar's root lexer and the lexer of each parser state."""
    lexer = reader("vote", compiled=False).parser.lexer
    assert isinstance(lexer, ContextualLexer)
    found = [lexer.root_lexer, *lexer.lexers.values()]
    unique = {id(x): x for x in found}
    return [x for x in unique.values() if isinstance(x, BasicLexer)]


_TEXTS = [
    "Ja: 3 ((( Nein: 2 (4 CDU, 3 SPD) Enthaltungen: 1",
    "mit 16 Stimmen (CDU, SPD) gegen 3 Stimmen abgelehnt.",
    "einstimmig (15:0:1) | 12 / 3 / 1 ; -- ))) ## ... 0:0",
    "Abstimmungsergebnis:\n  dafür: 12\n  dagegen: 3\n  Enth.: 1\n",
    "Bei Stimmenthaltung der FDP-Fraktion zugestimmt. 7 Ja-Stimmen, 0 Nein",
]


def test_the_narrowed_match_finds_what_the_full_scanner_finds() -> None:
    for lexer in _lexers():
        dispatch = _dispatch(lexer)
        full = [mre.match for mre in lexer.scanner._mres]
        for text in _TEXTS:
            for pos in range(len(text)):
                narrowed = dispatch.matcher(text[pos])
                got = None if narrowed is None else narrowed(text, pos, len(text))
                want = next((m for f in full if (m := f(text, pos, len(text)))), None)
                assert (got and (got.lastgroup, got.end())) == (
                    want and (want.lastgroup, want.end())
                ), (text, pos)


def test_a_character_no_terminal_starts_with_costs_no_match() -> None:
    # the states after a count read no "(": a run of them is skipped without a regex each
    dispatches = [_dispatch(lexer) for lexer in _lexers()]
    assert any(d.matcher("(") is None for d in dispatches)
    assert all(d.matcher("(") is d.table["("] for d in dispatches)  # built once, kept


def test_a_scanner_of_several_patterns_is_tried_in_its_order() -> None:
    from ratsparse.parser.vote import _first_match

    matches = [re.compile(r"(?P<A>\(x)").match, re.compile(r"(?P<B>\()").match]
    found = _first_match(matches, "((x", 1, 3)
    assert found is not None
    assert (found.lastgroup, found.end()) == ("A", 3)
    found = _first_match(matches, "((x", 0, 3)
    assert found is not None
    assert found.lastgroup == "B"
    assert _first_match(matches, "x(", 0, 2) is None


def test_the_table_keeps_only_the_asked_characters() -> None:
    # a text of a million distinct characters must not grow the table of a long-lived worker
    root = _dispatch(_lexers()[0])
    for c in ("a", "Z", "ä", "€", "\U0001f600"):
        assert root.matcher(c) is not None  # the full scanner
        assert c not in root.table
    assert set(root.table) <= starts.ASKED
