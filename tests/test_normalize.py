"""The cleaning pre-pass (ratsparse.normalize.clean): a row per repair, spans back, idempotence."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ratsparse import vocab
from ratsparse.normalize import Cleaned, clean


def read(cleaned: Cleaned, start: int, end: int) -> str:
    """The original wording behind clean range ``[start, end)``."""
    span = cleaned.span(start, end)
    return cleaned.original[span.start : span.end]


@dataclass(frozen=True)
class Repair:
    name: str
    original: str
    clean: str
    made: str
    """A stretch of the clean text that contains the repair (unique in it)."""
    source: str
    """The original wording that stretch was made from (unique in the original)."""


REPAIRS: tuple[Repair, ...] = (
    Repair("crlf", "Ja: 3\r\nNein: 1", "Ja: 3\nNein: 1", "\n", "\r\n"),
    Repair("lone cr", "Ja: 3\rNein: 1", "Ja: 3\nNein: 1", "\n", "\r"),
    Repair("form feed", "Seite eins\fSeite zwei", "Seite eins\nSeite zwei", "\n", "\f"),
    Repair("nbsp", "17\u00a0Stimmen", "17 Stimmen", " ", "\u00a0"),
    Repair("thin space", "17\u2009Stimmen", "17 Stimmen", " ", "\u2009"),
    Repair("narrow nbsp", "17\u202fStimmen", "17 Stimmen", " ", "\u202f"),
    Repair("tab", "Ja:\t12", "Ja: 12", " ", "\t"),
    Repair("soft hyphen", "Verwal\u00adtung", "Verwaltung", "lt", "l\u00adt"),
    Repair("zero-width space", "Stadt\u200bkasse", "Stadtkasse", "tk", "t\u200bk"),
    Repair("zero-width joiner", "Rat\u200dhaus", "Rathaus", "th", "t\u200dh"),
    Repair("byte order mark", "\ufeffBeschluss:", "Beschluss:", "Be", "Be"),
    Repair("control character", "Rat\x07haus", "Rathaus", "th", "t\x07h"),
    Repair(
        "count row run together",
        "Abstimmung: Ja12Nein3 (Tabelle)",
        "Abstimmung: Ja 12 Nein 3 (Tabelle)",
        "Ja 12 Nein 3",
        "Ja12Nein3",
    ),
    Repair(
        "number wrapped at its slash",
        "gemäß Vorlage 2025/\n0123 die",
        "gemäß Vorlage 2025/0123 die",
        "5/0",
        "5/\n0",
    ),
    Repair(
        "hyphenated word",
        "Die Verwal-\ntung prüft.",
        "Die Verwaltung prüft.",
        "Verwaltung",
        "Verwal-\ntung",
    ),
    Repair(
        "hyphenated word, crlf",
        "Die Verwal-\r\ntung prüft.",
        "Die Verwaltung prüft.",
        "Verwaltung",
        "Verwal-\r\ntung",
    ),
    Repair(
        "hyphenated word, spaces around the break",
        "Die Verwal- \n tung prüft.",
        "Die Verwaltung prüft.",
        "Verwaltung",
        "Verwal- \n tung",
    ),
    Repair(
        "hyphenated capitals",
        "die BÜRGERLIS-\nTE stimmt zu",
        "die BÜRGERLISTE stimmt zu",
        "BÜRGERLISTE",
        "BÜRGERLIS-\nTE",
    ),
    Repair(
        "hyphenated capitals over a blank line",
        "2 BÜRGERLIS-\n\n   TE, 1 FDP",
        "2 BÜRGERLISTE, 1 FDP",
        "BÜRGERLISTE",
        "BÜRGERLIS-\n\n   TE",
    ),
    Repair(
        "compound wrapped after its hyphen",
        "mit 10 Nein-\nStimmen abgelehnt",
        "mit 10 Nein-Stimmen abgelehnt",
        "Nein-Stimmen",
        "Nein-\nStimmen",
    ),
    Repair(
        "capitals wrapped after the hyphen of a compound",
        "die CDU- \n Fraktion stimmt zu",
        "die CDU-Fraktion stimmt zu",
        "CDU-Fraktion",
        "CDU- \n Fraktion",
    ),
    Repair("combining diaeresis", "Ka\u0308se", "Käse", "ä", "a\u0308"),
    Repair("combining in a word", "Bu\u0308rgerliste", "Bürgerliste", "ü", "u\u0308"),
    Repair("combining acute", "Cafe\u0301 am Markt", "Café am Markt", "é", "e\u0301"),
    Repair("block tag", "beauftragt.<br>2. Die", "beauftragt.\n2. Die", ".\n2", ".<br>2"),
    Repair("closing block tag", "Text</p>\n<p>Neu", "Text\n\n\nNeu", "t\n\n\nN", "t</p>\n<p>N"),
    Repair("self-closing tag", "eins<br />zwei", "eins\nzwei", "s\nz", "s<br />z"),
    Repair("inline tag", "Die <b>Verwaltung</b> prüft", "Die Verwaltung prüft", " V", " <b>V"),
    Repair(
        "tag with attributes",
        'Rat <span style="x">beschließt',
        "Rat beschließt",
        " b",
        ' <span style="x">b',
    ),
    Repair("entity", "Bau-&amp; Umwelt", "Bau-& Umwelt", "-& ", "-&amp; "),
    Repair("numeric entity", "&#8222;Titel", "„Titel", "„T", "&#8222;T"),
    Repair("nbsp entity", "17&nbsp;Stimmen", "17 Stimmen", "7 S", "7&nbsp;S"),
    Repair("line-break entity", "Rat&#10;haus", "Rat haus", "t h", "t&#10;h"),
    Repair("word symbol bullet", "\uf0b7 Punkt eins", "• Punkt eins", "• P", "\uf0b7 P"),
    Repair("square bullet", "\u25aa Punkt", "• Punkt", "• ", "\u25aa "),
    Repair(
        "vote word glued to a count",
        "Einstimmig15 Ja-Stimmen",
        "Einstimmig 15 Ja-Stimmen",
        "g 15",
        "g15",
    ),
    Repair(
        "vote word glued to a sentence",
        "0 EnthaltungenDer Rat",
        "0 Enthaltungen Der Rat",
        "n D",
        "nD",
    ),
    Repair(
        "a word glued to the vote word after it",
        "Zu Punkt 10 der Stellungnahmeeinstimmig",
        "Zu Punkt 10 der Stellungnahme einstimmig",
        "e e",
        "ee",
    ),
    Repair(
        "an abbreviation's dot glued to the vote word",
        "Sportbund e.V.einstimmig, 1 Enthaltung",
        "Sportbund e.V. einstimmig, 1 Enthaltung",
        ". e",
        ".e",
    ),
    Repair(
        "a vote's group glued to a sentence",
        "1 Enthaltung der CDU-FraktionEntgegen der Empfehlung",
        "1 Enthaltung der CDU-Fraktion Entgegen der Empfehlung",
        "n E",
        "nE",
    ),
    Repair(
        "a table by group run into one line",
        "Ergebnis: Fraktion Ja Nein SPD 9 0 CDU 0 11",
        "Ergebnis: \nFraktion Ja Nein\nSPD 9 0\nCDU 0 11",
        "\nFraktion Ja Nein\nSPD 9 0\nCDU",
        "Fraktion Ja Nein SPD 9 0 CDU",
    ),
    Repair(
        "a count's number in a column before its label",
        "  24    dafür",
        "  24 dafür",
        "4 d",
        "4    d",
    ),
    # what a PDF's text layer puts for letters
    Repair("a ligature", "die öﬀentliche Sitzung", "die öffentliche Sitzung", "ff", "ﬀ"),
    Repair("a font's 'ti'", "AbsƟmmungsergebnis: 12", "Abstimmungsergebnis: 12", "ti", "Ɵ"),
    Repair("a font's 'tt'", "fand staƩ.", "fand statt.", "tt", "Ʃ"),
    Repair("a font's 'ft'", "NiederschriŌ", "Niederschrift", "ft", "Ō"),
    Repair("a spaced diaeresis", "Gru¨nfläche", "Grünfläche", "ü", "u¨"),
    Repair("'¬' as a wrapped word's hyphen", "zu prü¬\nfen", "zu prüfen", "üf", "ü¬\nf"),
)


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Einstimmig, 0 Enthaltugen", "Einstimmig, 0 Enthaltungen"),  # a letter left out
        ("0 Entahltungen", "0 Enthaltungen"),  # two swapped
        ("einstimimig beschlossen", "einstimmig beschlossen"),  # one added
        ("3 Gegenstinmen", "3 Gegenstimmen"),  # one changed
        # a count's label cut short, the noun said once for both
        ("mit 6 Ja- und 9 Nein-Stimmen", "mit 6 Ja-Stimmen und 9 Nein-Stimmen"),
        ("mit 12 Für- und 3 Gegenstimmen", "mit 12 Für-Stimmen und 3 Gegenstimmen"),
        # the letter O typed for a zero
        ("Einstimmig, O Enthaltungen", "Einstimmig, 0 Enthaltungen"),
        ("12 Ja-Stimmen, O Gegenstimmen", "12 Ja-Stimmen, 0 Gegenstimmen"),
        # a text typed without umlauts and "ß": the vocabulary's words read back
        (
            "am 7. Maerz 2024 an den Ausschuss ueberwiesen",
            "am 7. März 2024 an den Ausschuss überwiesen",
        ),
        ("Der Rat beschliesst den Aenderungsantrag.", "Der Rat beschließt den Änderungsantrag."),
        ("DAFUER: 3", "DAFÜR: 3"),
    ],
)
def test_a_mistyped_vote_word_is_spelled_as_meant(text: str, meant: str) -> None:
    cleaned = clean(text)
    assert cleaned.text == meant
    assert clean(cleaned.text).text == meant
    assert cleaned.span(0, len(meant)) == cleaned.original_span(0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "Einstimmung der Gäste",  # a word of its own, two letters away
        "die einstimmige Empfehlung",  # an inflection, no slip
        "Enthaltungsrecht",
        "einstimmig zugestimmt1873",  # digits that end the line: export residue (RP801)
        "STIMMENTHALTUNG",  # capitals throughout: no word boundary to restore
        "BürgerInnen stimmen zu",  # a capital inside a word that is no vote word
        "Stimmenthaltungen",
        "O. Enthaltungen",  # an initial, not a zero
        "die Ja- und Nein-Stimmen der Fraktionen",  # no counts: the noun stays said once
        "Ohne Enthaltungen",
        "ŌSAKA und Ɵ",  # the font's letters only beside a small letter
        "A ¬ B",
        # one umlaut in the text: it is spelt as typed ("ue" is no slip there)
        "am 7. Maerz 2024 überwiesen",
        "Steuer und Feuerwehr",  # no word of the vocabulary
    ],
)
def test_nothing_else_is_parted(text: str) -> None:
    assert clean(text).text == text


@pytest.mark.parametrize("case", REPAIRS, ids=lambda c: c.name)
def test_repair(case: Repair) -> None:
    cleaned = clean(case.original)
    assert cleaned.text == case.clean
    assert cleaned.original == case.original
    assert unicodedata.is_normalized("NFC", cleaned.text)


@pytest.mark.parametrize("case", REPAIRS, ids=lambda c: c.name)
def test_span_of_the_repaired_place(case: Repair) -> None:
    cleaned = clean(case.original)
    start = cleaned.text.index(case.made)
    assert cleaned.text.count(case.made) == 1
    assert read(cleaned, start, start + len(case.made)) == case.source


@pytest.mark.parametrize("case", REPAIRS, ids=lambda c: c.name)
def test_span_around_the_repaired_place(case: Repair) -> None:
    """A range with one more character on each side maps to the source plus its neighbours."""
    cleaned = clean(case.original)
    start = cleaned.text.index(case.made)
    end = start + len(case.made)
    o_start = case.original.index(case.source)
    o_end = o_start + len(case.source)
    a, b = max(start - 1, 0), min(end + 1, len(cleaned.text))
    expected = case.original[o_start - (start - a) : o_end + (b - end)]
    assert read(cleaned, a, b) == expected


@pytest.mark.parametrize("case", REPAIRS, ids=lambda c: c.name)
def test_span_of_the_whole_text(case: Repair) -> None:
    cleaned = clean(case.original)
    assert read(cleaned, 0, len(cleaned.text)) == case.original.removeprefix("\ufeff")


@pytest.mark.parametrize("case", REPAIRS, ids=lambda c: c.name)
def test_every_character_maps_back_into_its_source(case: Repair) -> None:
    """Outside the repair, each clean character is read from the same character."""
    cleaned = clean(case.original)
    start = cleaned.text.index(case.made)
    end = start + len(case.made)
    for i, ch in enumerate(cleaned.text):
        if not start <= i < end:
            assert read(cleaned, i, i + 1) == ch


@pytest.mark.parametrize("case", REPAIRS, ids=lambda c: c.name)
def test_idempotent(case: Repair) -> None:
    once = clean(case.original).text
    again = clean(once)
    assert again.text == once
    assert again.dropped == 0
    assert read(again, 0, len(once)) == once


@pytest.mark.parametrize(
    ("original", "dropped"),
    [
        ("Verwal\u00adtung", 1),
        ("\ufeffA\u200bB\u200cC", 3),
        ("Rat\x00haus\x7f", 2),
        ("Ka\u0308se\r\n", 0),
        ("Verwal-\ntung", 0),
    ],
)
def test_dropped_counts_removed_characters(original: str, dropped: int) -> None:
    assert clean(original).dropped == dropped


@pytest.mark.parametrize(
    "text",
    [
        "a < b und c > d",  # comparisons are no tags
        "<Anlage 1>",  # an unknown tag name is text
        "&Co; AG",  # an unknown entity stays
        "&lt;b&gt;",  # escaped markup is text
        "Müller & Söhne",
        "·Punkt",  # a middle dot inside a word is no bullet
    ],
)
def test_not_markup(text: str) -> None:
    cleaned = clean(text)
    assert cleaned.text == text
    assert cleaned.markup == ()


def test_markup_and_page_breaks_are_located_in_the_original() -> None:
    original = "a\r\n<p>b&amp;c\fd</p>"
    cleaned = clean(original)
    assert [original[a:b] for a, b in cleaned.markup] == ["<p>", "&amp;", "</p>"]
    assert [original[i] for i in cleaned.page_breaks] == ["\f"]


def test_escaped_markup_settles() -> None:
    assert clean("&amp;lt;b&amp;gt;").text == "&lt;b&gt;"  # written markup stays as written
    assert clean("<<b>p>x").text == "\nx"


# ---------------------------------------------------------------------------------------------
# The suspended hyphen (Ergänzungsstrich) is not a line-break hyphenation.


@pytest.mark.parametrize(
    ("original", "stem", "conjunction"),
    [
        ("Ausschuss für Bau-\nund Umwelt", "Bau-", "und"),
        ("Ausschuss für Bau- \nund Umwelt", "Bau-", "und"),
        ("Ausschuss für Bau-\r\nund Umwelt", "Bau-", "und"),
        ("Ein- \noder Ausfahrt", "Ein-", "oder"),
        ("Schul-\nsowie Sportausschuss", "Schul-", "sowie"),
    ],
)
def test_suspended_hyphen_survives(original: str, stem: str, conjunction: str) -> None:
    cleaned = clean(original)
    words = cleaned.text.split()
    assert stem in words, cleaned.text
    assert conjunction in words, cleaned.text
    assert words.index(conjunction) == words.index(stem) + 1
    assert clean(cleaned.text).text == cleaned.text


def test_suspended_hyphen_on_one_line_is_untouched() -> None:
    assert clean("Bau- und Umweltausschuss").text == "Bau- und Umweltausschuss"


@pytest.mark.parametrize(
    "original",
    [
        "CDU-\n\nFraktion",  # a compound's hyphen before a blank line: a paragraph ends there
        "Bau-\nU",  # no word after the capital
        "Nr. 12-\n\n13",  # digits, a blank line between (wrapped at its hyphen, they join)
        "Seite 2 -\nweiter",  # dash after a space
    ],
)
def test_hyphen_before_a_break_that_is_no_hyphenation_stays(original: str) -> None:
    assert clean(original).text == original


# ---------------------------------------------------------------------------------------------
# Lines and columns of spans are those of the original.


def test_span_line_and_column_after_crlf() -> None:
    cleaned = clean("Beschluss:\r\n\r\nzugestimmt")
    start = cleaned.text.index("zugestimmt")
    span = cleaned.span(start, start + len("zugestimmt"))
    assert cleaned.original[span.start : span.end] == "zugestimmt"
    assert (span.line, span.column) == (3, 1)


def test_span_line_and_column_after_a_joined_word() -> None:
    cleaned = clean("Die Verwal-\ntung prüft den Antrag.")
    start = cleaned.text.index("Antrag")
    span = cleaned.span(start, start + len("Antrag"))
    assert cleaned.original[span.start : span.end] == "Antrag"
    assert (span.line, span.column) == (2, 16)


@pytest.mark.parametrize(
    "original",
    [
        # a line removed after a first pass made its tab a space: the map of both passes
        "Beschluss:\n\tReduzieren\nzugestimmt",
        "Beschluss:\n\u00a0Reduzieren\nzugestimmt",
        # a blank line of spaces (one a tab or a no-break space) made empty
        "Beschluss:\n  \nzugestimmt",
        "Beschluss:\n\t \nzugestimmt",
        "Beschluss:\n\u00a0 \nzugestimmt",
    ],
)
def test_span_after_a_stretch_removed_where_a_space_was_replaced(original: str) -> None:
    cleaned = clean(original)
    start = cleaned.text.index("zugestimmt")
    span = cleaned.span(start, start + len("zugestimmt"))
    assert cleaned.original[span.start : span.end] == "zugestimmt"
    assert (span.line, span.column) == (3, 1)


def test_a_blank_line_of_spaces_is_empty() -> None:
    assert clean("Ja: 3\n \t\u00a0\nDer Antrag ist abgelehnt.").text == (
        "Ja: 3\n\nDer Antrag ist abgelehnt."
    )


def test_empty_range() -> None:
    cleaned = clean("a\u00a0b")
    span = cleaned.span(1, 1)
    assert span.start == span.end == 1


# ---------------------------------------------------------------------------------------------
# Repairs in combination.


def test_soft_hyphen_before_a_line_break_hyphen_is_idempotent() -> None:
    once = clean("Verwal\u00ad-\ntung").text
    assert clean(once).text == once


def test_a_number_glued_to_a_word_with_a_scanned_sharp_s_is_parted_at_once() -> None:
    # the "B" read back as "ß" makes the word one the number is parted from: in the first pass
    once = clean("3 Ja-Stimmen 0AoBe").text
    assert once == "3 Ja-Stimmen 0 Aoße"
    assert clean(once).text == once


@pytest.mark.parametrize(
    "original", ["\uf9000\u0300", "x\u2126 a\u0308", "\u1100\u1161\u11a8 e\u0301", "\u212b"]
)
def test_nfc_also_where_no_combining_mark_stands(original: str) -> None:
    cleaned = clean(original)
    assert unicodedata.is_normalized("NFC", cleaned.text)
    assert clean(cleaned.text).text == cleaned.text
    assert read(cleaned, 0, len(cleaned.text)) == original


def test_combining_mark_after_a_dropped_character() -> None:
    cleaned = clean("Mu\u200b\u0308ll")
    assert cleaned.text in {"Müll", "Mu\u0308ll"}
    assert clean(cleaned.text).text == cleaned.text


_ALPHABET = st.sampled_from(
    [
        "a", "u", "A", "U", " ", "-", "\n", "\r", "\r\n", "\u00a0", "\u2009", "\u00ad",
        "\u200b", "\u0308", "\u0301", "\t", "ä", "Ü", "1", "<p>", "<b", ">", "&amp;",
        "&lt;", "\uf0b7", "\f",
    ]
)  # fmt: skip


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(_ALPHABET, max_size=12).map("".join))
def test_properties_of_clean(original: str) -> None:
    cleaned = clean(original)
    text = cleaned.text
    assert "\r" not in text
    assert "\u00a0" not in text and "\u2009" not in text and "\t" not in text
    assert "\u00ad" not in text and "\u200b" not in text
    assert unicodedata.is_normalized("NFC", text)
    assert clean(text).text == text
    # Every range of the clean view maps inside the original, in order.
    for i in range(len(text) + 1):
        span = cleaned.span(i, len(text))
        assert 0 <= span.start <= span.end <= len(original)


def test_every_word_of_the_vocabulary_typed_without_umlauts_reads_back() -> None:
    spelt = vocab.spelt_without_umlauts()
    assert "ueberwiesen" in spelt and "maerz" in spelt  # (the tables are read)
    for typed, word in spelt.items():
        assert typed == word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace(
            "ß", "ss"
        )
        assert clean(typed).text == word


def test_between_reads_the_clean_text_between_original_offsets() -> None:
    original = "<p>Ja: 31</p>\n<p>Mit Ja stimmten die Fraktionen SPD und GRÜNE.</p>"
    c = clean(original)
    start, end = original.index("31") + 2, original.index("Mit")
    assert c.between(start, end).strip() == ""
    assert c.between(0, len(original)) == c.text
    assert c.to_clean(original.index("Mit")) == c.text.index("Mit")


@given(st.text(alphabet="ab \n<>p/&;", max_size=40))
@settings(max_examples=200, deadline=None)
def test_to_clean_goes_back_where_to_original_came_from(text: str) -> None:
    c = clean(text)
    for pos in range(len(c.text) + 1):
        assert c.to_clean(c.to_original(pos)) == pos


@pytest.mark.parametrize("text", ["ﬃ", "Aﬃx Beschluss", "Beschluss ﬁnal"])
def test_a_span_inside_an_expanded_character_stays_in_it(text: str) -> None:
    # the ligature read as its letters: every clean range maps into the original, in order
    cleaned = clean(text)
    n = len(cleaned.text)
    for a in range(n + 1):
        for b in range(a, n + 1):
            span = cleaned.span(a, b)
            assert 0 <= span.start <= span.end <= len(text)


@pytest.mark.parametrize(
    ("glued", "parted"),
    [
        # a word's comma with the next word or number glued to it
        ("am Dienstag,den 12.11.2030", "am Dienstag, den 12.11.2030"),
        ("Sitzungsdatum: Mo,20.03.2030", "Sitzungsdatum: Mo, 20.03.2030"),
        # a full date with the next cell's word glued to it
        ("Sitzungsdatum: 20.03.2030öffentlich", "Sitzungsdatum: 20.03.2030 öffentlich"),
        # guards: a decimal comma, a comma before a space, a date before a digit or a stop
        ("2,74 €/m³", "2,74 €/m³"),
        ("Dienstag, den 12.11.2030.", "Dienstag, den 12.11.2030."),
        ("Nr. 12.11.2030/4", "Nr. 12.11.2030/4"),
    ],
)
def test_a_comma_or_a_date_glued_to_the_next_word(glued: str, parted: str) -> None:
    once = clean(glued).text
    assert once == parted
    assert clean(once).text == once


@pytest.mark.parametrize(
    ("form", "read_as"),
    [
        # a form's boxes each alone on its line over its option: one line each
        ("☐\neinstimmig\n☒\nmit Mehrheit\n", "☐ einstimmig\n☒ mit Mehrheit\n"),
        ("[ ]\neinstimmig\n[X]\nmit Mehrheit\n", "[ ] einstimmig\n[X] mit Mehrheit\n"),
        # guards: one box alone; no empty box among them (a mark under its option)
        ("☐\neinstimmig\n", "☐\neinstimmig\n"),
        ("einstimmig\n☒\nabgelehnt\n☒\n", "einstimmig\n☒\nabgelehnt\n☒\n"),
    ],
)
def test_a_forms_box_alone_over_its_option(form: str, read_as: str) -> None:
    once = clean(form).text
    assert once == read_as
    assert clean(once).text == once


def test_a_table_by_groups_head_wrapped_onto_a_second_line() -> None:
    head = (
        "Fraktion        gesetzl.   anwe-    Ja    Nein   Enthal-   Mitwirkungs-\n"
        "                Anzahl     send                  tung      verbot\n"
        "CDU                9         8       8      0      0          0\n"
    )
    once = clean(head).text
    assert once.splitlines()[0] == (
        "Fraktion   gesetzl. Anzahl   anwesend   Ja   Nein   Enthaltung   Mitwirkungsverbot"
    )
    assert clean(once).text == once


def test_a_head_over_an_indented_first_row_stays() -> None:
    # guard: the line below the head is the first group's row, not the head's second line
    table = "Fraktion   Ja   Nein\n  CDU      8    0\n  SPD      5    0\n"
    assert clean(table).text == table
