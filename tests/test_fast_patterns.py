"""Patterns written for speed must find what their plain form finds.

Some open with a lookahead for the characters a match can start with: it only spares re trying
the whole pattern at positions where it cannot match (a speed-up of 2 to 8 times on long texts).
Others match their first character before they look behind it, so that re skips to candidates.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ratsparse import vocab
from ratsparse.checks import _DATE, _REF_SHAPE
from ratsparse.clauses import _INLINE_NUMBER
from ratsparse.core import _DECISION_WORD
from ratsparse.header import _BODY_SENTENCE
from ratsparse.items import _speaks_of_agenda
from ratsparse.normalize import _GLUED_CELLS, _LETTER_ZERO, _MAY_BE_MISSPELT, _REPAIRS
from ratsparse.parts import _LABEL
from ratsparse.text import FOLDED_APART
from ratsparse.votes import _VERDICT_CUE, _VOTE_CUE, _WordCue

_OPENING_LOOKAHEAD = re.compile(r"\(\?=\[[^\]]*\]\)")

# Each pattern with pieces of text that reach its alternatives (and their near misses).
CASES: dict[str, tuple[re.Pattern[str], list[str]]] = {
    "normalize repairs": (
        _REPAIRS,
        ["a", "ä", "Z", "ÜB", "-", "- ", "\n", "\r\n", "\r", "\t", "\u00a0", "\u00ad", "\u200b",
         "\x0c", "\x85", "\u2028", "\x07", "\x9f", "und", " ", "Verwal", "tung", "BÜRGERLIS",
         "Stimmen", "CDU"],
    ),
    "inline clause number": (
        _INLINE_NUMBER,
        ["1.", "2.", "12.", "I.", "IV.", "X", "V", " ", ".", "!", "?", "(", ")", "a", "S", "\n",
         "٣", "Ⅳ"],
    ),
    "vote result": (
        vocab.VOTE_RESULT,
        ["einstimmig", "Mehrheitlich", "STIMMENEINHEITLICH", "ſtimmeneinheitlich", "12", "3",
         " ", "ja", "Ja-", "nein", "Dafür", "dagegen", "Gegenstimme", "Enthaltung",
         "Stimmenthaltung", "gegen", "eine", "Stimmen", ":", "/", "\n", ",", "-Stimmen", "x",
         "e", "_"],
    ),
    "part label": (
        _LABEL,
        ["Zu", "zu", "Abstimmung", " über", " zu", " die", " ", "Punkt", "Ziffer", "Ziff.", "Nr.",
         "Beschlusspunkt", "1", "12", "a", "h", "i", ".", ")", ":", "-", "–", "x", "/", ",",
         "ä", "\n"],
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


# (the space between two words of a phrase matches any white space, a line break too, as in the
# tree: votes._phrase_tree)
_PLAIN_VERDICT_CUE = re.compile(
    r"(?i)(?<!\w)(?:"
    + "|".join(re.escape(p).replace("\\ ", r"\s+") for p in vocab.OUTCOME_PHRASES)
    + r")(?!\w)"
)


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_verdict_phrases_as_a_tree_are_found_where_listed_ones_are(
    data: st.DataObject,
) -> None:
    # The cue is only tested (a sentence has a verdict phrase or not): a phrase must be found at
    # the same positions, whichever of two overlapping phrases ("einstimmig", "einstimmig
    # beschlossen") the match then takes.
    pieces = [*vocab.OUTCOME_PHRASES, *WORD_CUES["verdict cue"][2], "n", "e", "_", "1"]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=30)))
    assert [p for p in range(len(text) + 1) if _VERDICT_CUE.plain.match(text, p)] == [
        p for p in range(len(text) + 1) if _PLAIN_VERDICT_CUE.match(text, p)
    ]


# The word cues of votes.py, each with the pattern it stood for before it searched lower-cased
# text, and pieces of text that reach its alternatives (and their near misses).
WORD_CUES: dict[str, tuple[_WordCue, str, list[str]]] = {
    "vote cue": (
        _VOTE_CUE,
        r"(?i)\b(?=[egmsa\d"
        + re.escape("".join(sorted({p[0] for p in vocab.CONSENT_PHRASES})))
        + r"])(?:"
        + _VOTE_CUE.at_start.pattern.removesuffix(r"(?!\w)")
        + r")\b",
        ["einstimmig", "Mehrheitlich", "STIMMEN", "ſtimmen", "stimmen", "gegen", "Gegenstimme",
         "kein ", "Widerspruch", "einverstanden", "Befürwortet", "kommt über", "ein", "\n",
         "n", "Enthaltung", "en", "mit den ", "mit ", "12", "3", " ", ":", "zu", "x", "verhältnis",
         "stimmenmehrheit", "Ü", "٣", ".", "-", "EİNSTIMMIG", "eınstimmig", "İ", "é", "_", "\n",
         "MİT 3:2", "Abstimmung: 4", "ABSTİMMUNG", "e", "er", "es"],
    ),
    "verdict cue": (
        _VERDICT_CUE,
        r"(?i)(?=[" + re.escape("".join(sorted({p[0] for p in vocab.OUTCOME_PHRASES})))
        + r"])(?<!\w)" + _VERDICT_CUE.at_start.pattern,
        ["zugestimmt", "Abgelehnt", "ABGELEHNT", "vertagt", "zur Kenntnis genommen", "Kenntnis",
         "einstimmig", "beschlossen", "ungeändert ", "ſ", "K", "Ü", "x", " ", "-", ".", "annahme",
         "über", "wiesen", "zurück", "gezogen", "İ", "ı", "BESCHLİESST", "é", "_", "\n", "ẞ",
         "BESCHLIEẞT"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", WORD_CUES)
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_word_cue_finds_what_its_pattern_finds(name: str, data: st.DataObject) -> None:
    cue, before, pieces = WORD_CUES[name]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=30)))
    expected = re.search(before, text) is not None
    assert (cue.plain.search(text) is not None) == expected
    assert cue.search(text) == expected


def test_lower_folds_the_letters_of_the_cues_as_ignorecase_does() -> None:
    """What _WordCue relies on: a character that IGNORECASE matches to a letter of a cue lowers
    to that letter, except those of FOLDED_APART; lowering keeps word characters words."""
    letters = "".join(
        sorted({c for cue, _, _ in WORD_CUES.values() for c in cue.at_start.pattern if c.isalpha()})
    )
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for ch in re.findall(f"(?i)[{letters}]", everything):
        if ch not in FOLDED_APART:
            assert {c for c in letters if re.fullmatch(f"(?i){c}", ch)} == {ch.lower()}, ch
    assert all(ch.lower() == ch for cue, _, _ in WORD_CUES.values() for ch in cue.at_start.pattern)
    single = everything.replace("İ", "")  # the one character lower() makes two of
    assert len(single.lower()) == len(single)
    assert [m.start() for m in re.finditer(r"\w", single)] == [
        m.start() for m in re.finditer(r"\w", single.lower())
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
    "letter O for a zero": (
        _LETTER_ZERO,
        r"(?<![\w.-])O(?=[ ]+(?:Enthaltung|Stimmenthaltung|Gegenstimme|Nein-Stimme|Ja-Stimme"
        r"|Nein\b|Ja\b))",
        ["O", "O.", "xO", "-", ".", " ", "  ", "Enthaltung", "Ja", "Nein", "Nein-Stimme", "Jax",
         "Gegenstimme", "\n", "Ö"],
    ),
    "word that may be misspelt": (
        _MAY_BE_MISSPELT,
        r"\b(?:[Ee][in]|[Gg]e|[Ss]t|[Aa]b|[Mm]e)[a-zäöüß]{6,16}(?![a-zäöüß])",
        ["E", "e", "G", "g", "S", "s", "i", "n", "t", "ge", "st", "enthaltugen", "abcdefgh",
         "stimmmig", "x", "1", " ", "-", "ä", "_", "\n", "A", "a", "b", "M", "m", "abgelent",
         "mehrheitlcih"],
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


# Patterns only searched for (is there one?), rewritten the same way, with their plain forms.
SEARCHED: dict[str, tuple[Callable[[str], bool], str, list[str]]] = {
    "glued cells": (
        lambda text: _GLUED_CELLS.search(text) is not None,
        r"[a-zäöü][0-9]{1,3}[A-ZÄÖÜ]",
        ["a", "ü", "A", "Ö", "1", "12", "1234", " ", "-", "x"],
    ),
    "a word of decision": (
        lambda text: _DECISION_WORD.search(text) is not None,
        r"\bBeschlu(?:ss|ß)[ ]*(?::|\n|$)|\bbeschlie(?:ß|ss)t\b",
        ["Beschluss", "Beschluß", "beschließt", "beschliesst", "x", "X", " ", ":", "\n", "t", "e",
         "_", "1", "Beschlu", "beschlie", "ss"],
    ),
    "agenda word": (
        _speaks_of_agenda,
        r"(?m)Tagesordnung|Niederschrift|Protokoll|\bTOP\b|Sitzungsverlauf|Beschlüsse\s+(?:der|des)\s"
        r"|^[ \t]*(?:(?:Öffentliche|Nichtöffentliche)[ \t]+)?Sitzung[ \t]+(?:des|der)[ \t]"
        # (a line that heads the public or closed part: "Öffentliche Sitzung", "II. Nicht
        # öffentlicher Teil:")
        r"|(?im:^[ \t]*(?:[IV]{1,3}\.[ \t]*)?(?:Öffentlicher?|Nicht[ -]?öffentlicher?)[ \t]+"
        r"(?:Sitzung|Teil|Sitzungsteil)[ \t]*:?[ \t]*$)",
        ["Tagesordnung", "Protokoll", "TOP", "xTOP", "TOPx", "Sitzung", " des", " der", " ", "\t",
         "\n", "Öffentliche", "Nichtöffentliche", "Beschlüsse", "x", "1", "des ", "Teil", ":",
         "ÖFFENTLICHER", "II.", "Nicht"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", SEARCHED)
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_rewritten_search_finds_what_the_plain_one_finds(name: str, data: st.DataObject) -> None:
    found, plain, pieces = SEARCHED[name]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=30)))
    assert found(text) == (re.search(plain, text) is not None)


def test_dates_of_both_kinds_in_one_pass() -> None:
    text = "am 31.02.2022 und am 30. Februar 2023, nicht am 1. März 2023"
    assert [m.group() for m in _DATE.finditer(text)] == [
        "31.02.2022",
        "30. Februar 2023",
        "1. März 2023",
    ]


# The role cues of the reference reader are found through the beginnings of their matches in the
# lower-case text (text.Occurrences with ``opens``); they must find what a scan of the text finds.
_CUE_PIECES = [
    "ersetzt", "ERSETZEN", "Ersetzt", "ersetzte", "ersetzt.", "nichtersetzt", "er", "setzt",
    "in der Fassung des Änderungsantrag", "IN DER FASSUNG", "geändert durch", "GEÄNDERT DURCH",
    "mit den Änderungen", "übernommen", "ÜBERNOMMEN", "angenommen", "beschlossen", "Beschlossen",
    " ", "\n", ".", "-", "ß", "ẞ", "İ", "ı", "ſ", "\u212a", "erſetzt", "Straße", "in der ",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(_CUE_PIECES), max_size=12),
    cue=st.sampled_from(["_REPLACED", "_AMENDED", "_ADOPTED"]),
)
def test_role_cues_found_through_their_beginnings_are_the_ones_a_scan_finds(
    pieces: list[str], cue: str
) -> None:
    from ratsparse import references
    from ratsparse.text import Occurrences

    pattern: re.Pattern[str] = getattr(references, cue)
    text = "".join(pieces)
    fast = Occurrences(pattern, text, references._OPENS[pattern.pattern])
    plain = Occurrences(pattern, text)
    assert (fast._starts, fast._ends) == (plain._starts, plain._ends)


def test_every_role_cue_has_its_beginnings() -> None:
    from ratsparse import references

    for cue in (references._REPLACED, references._AMENDED, references._ADOPTED):
        assert cue.pattern in references._OPENS


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=".!? \n\t\r\x0bab\u00a0\u2028", max_size=40))
def test_the_sentence_gaps_found_by_literals_are_the_plain_ones(text: str) -> None:
    from ratsparse.text import _GAP_START, _GAP_START_PLAIN

    plain = [m.start() for m in re.finditer(_GAP_START_PLAIN, text)]
    assert [m.start() for m in _GAP_START.finditer(text)] == plain
