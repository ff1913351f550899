"""Patterns that open with a lookahead for the characters a match can start with.

The lookahead only spares re trying the whole pattern at positions where it cannot match (a
speed-up of 2 to 8 times on long texts); without it, every pattern must find the same matches.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ratsparse import vocab
from ratsparse.clauses import _INLINE_NUMBER
from ratsparse.normalize import _REPAIRS
from ratsparse.votes import _VERDICT_CUE, _VOTE_CUE

_OPENING_LOOKAHEAD = re.compile(r"\(\?=\[[^\]]*\]\)")

# Each pattern with pieces of text that reach its alternatives (and their near misses).
CASES: dict[str, tuple[re.Pattern[str], list[str]]] = {
    "normalize repairs": (
        _REPAIRS,
        ["a", "ä", "Z", "ÜB", "-", "- ", "\n", "\r\n", "\r", "\t", "\u00a0", "\u00ad", "\u200b",
         "\x0c", "\x85", "\u2028", "\x07", "\x9f", "und", " ", "Verwal", "tung", "BÜRGERLIS"],
    ),
    "vote cue": (
        _VOTE_CUE,
        ["einstimmig", "Mehrheitlich", "STIMMEN", "ſtimmen", "stimmen", "gegen", "Gegenstimme",
         "n", "Enthaltung", "en", "mit den ", "mit ", "12", "3", " ", ":", "zu", "x", "verhältnis",
         "stimmenmehrheit", "Ü", "٣", ".", "-"],
    ),
    "verdict cue": (
        _VERDICT_CUE,
        ["zugestimmt", "Abgelehnt", "ABGELEHNT", "vertagt", "zur Kenntnis genommen", "Kenntnis",
         "einstimmig", "beschlossen", "ungeändert ", "ſ", "K", "Ü", "x", " ", "-", ".", "annahme",
         "über", "wiesen", "zurück", "gezogen"],
    ),
    "inline clause number": (
        _INLINE_NUMBER,
        ["1.", "2.", "12.", "I.", "IV.", "X", "V", " ", ".", "!", "?", "(", ")", "a", "S", "\n",
         "٣", "Ⅳ"],
    ),
}  # fmt: skip


def without_lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    plain, found = _OPENING_LOOKAHEAD.subn("", pattern.pattern, count=1)
    assert found == 1, "the pattern no longer opens with a lookahead"
    return re.compile(plain, pattern.flags)


@pytest.mark.parametrize("name", CASES)
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_lookahead_only_skips_positions(name: str, data: st.DataObject) -> None:
    pattern, pieces = CASES[name]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=30)))
    plain = without_lookahead(pattern)
    assert [(m.span(), m.lastgroup) for m in pattern.finditer(text)] == [
        (m.span(), m.lastgroup) for m in plain.finditer(text)
    ]


_PLAIN_VERDICT_CUE = re.compile(
    r"(?i)(?<!\w)(?:" + "|".join(re.escape(p) for p in vocab.OUTCOME_PHRASES) + r")(?!\w)"
)


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_verdict_phrases_grouped_by_first_letter_are_found_where_listed_ones_are(
    data: st.DataObject,
) -> None:
    # The cue is only tested (a sentence has a verdict phrase or not): a phrase must be found at
    # the same positions, whichever of two overlapping phrases ("einstimmig", "einstimmig
    # beschlossen") the match then takes.
    pieces = [*vocab.OUTCOME_PHRASES, *CASES["verdict cue"][1], "n", "e", "_", "1"]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=30)))
    assert [p for p in range(len(text) + 1) if _VERDICT_CUE.match(text, p)] == [
        p for p in range(len(text) + 1) if _PLAIN_VERDICT_CUE.match(text, p)
    ]
