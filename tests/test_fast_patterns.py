"""Patterns written for speed must find what their plain form finds.

Some open with a lookahead for the characters a match can start with: it only spares re trying
the whole pattern at positions where it cannot match (a speed-up of 2 to 8 times on long texts).
Others match their first character before they look behind it, so that re skips to candidates.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ratsparse import vocab
from ratsparse.checks import _DATE, _REF_SHAPE
from ratsparse.clauses import _INLINE_NUMBER
from ratsparse.normalize import _REPAIRS
from ratsparse.transform import _BODY_SENTENCE
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


# Patterns that match their first character before a lookbehind checks the one ahead of it (so
# that re can skip to candidate characters), each with the plain form that reads as intended.
_MONTHS = "|".join(vocab.MONTHS)
REWRITTEN: dict[str, tuple[re.Pattern[str], str, list[str]]] = {
    "paper reference shape": (
        _REF_SHAPE,
        r"(?<![\w/.-])[A-ZÄÖÜ]{1,5}/\d{1,6}/\d{1,4}(?![\w/]|-\d)",
        ["AN", "A", "ÄBCDEF", "a", "1", "0131", "2022", "22", "/", "-", ".", " ", "\n", "x"],
    ),
    "date": (
        _DATE,
        r"(?<![\d.])(?P<d>\d{1,2})\. ?"
        r"(?:(?P<m>\d{1,2})\. ?|(?P<name>(?i:" + _MONTHS + r")) )(?P<y>(?:19|20)\d\d)(?!\d)",
        ["1", "3", "0", "12", "31", "123", "2022", "1999", ".", " ", "März", "ſeptember", "x"],
    ),
    "deciding body": (
        _BODY_SENTENCE,
        r"(?:^|(?<=[.:!?] ))(?:Der|Die|Das) " + _BODY_SENTENCE.pattern.split("(?:er|ie|as) ")[1],
        ["Der ", "Die ", "Das ", "D", "Dies ", "er ", "\n", ". ", ": ", "! ", ", ", " ", "Rat ",
         "der ", "Stadt ", "beschließt", "lehnt", "x", "A"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", REWRITTEN)
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_rewritten_pattern_finds_what_the_plain_one_finds(name: str, data: st.DataObject) -> None:
    pattern, plain, pieces = REWRITTEN[name]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=30)))
    assert [m.groupdict() | {"": m.span()} for m in pattern.finditer(text)] == [
        m.groupdict() | {"": m.span()} for m in re.compile(plain, pattern.flags).finditer(text)
    ]


def test_dates_of_both_kinds_in_one_pass() -> None:
    text = "am 31.02.2022 und am 30. Februar 2023, nicht am 1. März 2023"
    assert [m.group() for m in _DATE.finditer(text)] == [
        "31.02.2022",
        "30. Februar 2023",
        "1. März 2023",
    ]
