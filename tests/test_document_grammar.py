"""grammar/document.lark, rule by rule, through ``parse_document``.

Each table row is a short line (or document) of our own and what the grammar must make of it. The
coverage tests at the end fail when document.lark gains a rule or terminal no row exercises.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from lark import Token, Tree

from ratsparse.parser import (
    DocumentParse,
    LineKind,
    Marker,
    MarkerKind,
    Piece,
    build,
    parse_document,
)
from tests.grammar_tables import (
    assert_all_used,
    grammar_rules,
    grammar_terminals,
    grammar_text,
    used_names,
)

GRAMMAR_TEXT = grammar_text("document")


def lark_tree(text: str) -> Tree[Token]:
    """The Lark parse of ``text`` (a line or document; the final newline is added if missing)."""
    return build("document").parse(text if text.endswith("\n") else text + "\n")


def used_in_tree(text: str) -> tuple[set[str], set[str]]:
    """Rules and terminals that the Lark parse of ``text`` actually contains."""
    return used_names(lark_tree(text))


def only_marker(text: str) -> Marker:
    result = parse_document(text)
    assert result.error is None, result.error
    assert len(result.sections) == 1
    section = result.sections[0]
    assert section.marker is not None
    assert section.lines == ()
    return section.marker


def assert_piece_in(piece: Piece | None, text: str) -> None:
    """A piece's offsets point at its own text."""
    if piece is not None:
        assert text[piece.start : piece.end] == piece.text


# ---------------------------------------------------------------------------------------------
# Markers.


@dataclass(frozen=True)
class MarkerCase:
    text: str
    kind: MarkerKind
    label: str
    date: str | None = None
    session_ref: str | None = None
    rest: str | None = None
    """Compared without trailing table pipes (layout, stripped downstream)."""


MARKER_CASES: tuple[MarkerCase, ...] = (
    # addendum
    MarkerCase("Nachtrag: 17.01.2022", "addendum", "Nachtrag:", date="17.01.2022"),
    MarkerCase("Nachtrag:", "addendum", "Nachtrag:"),
    MarkerCase(
        "Nachtrag: 03.05.2021 Tischvorlage",
        "addendum",
        "Nachtrag:",
        date="03.05.2021",
        rest="Tischvorlage",
    ),
    MarkerCase("NACHTRAG: ergänzt", "addendum", "NACHTRAG:", rest="ergänzt"),
    # meeting
    MarkerCase(
        "Sitzung: 17.01.2022 ABC/0007/2022",
        "meeting",
        "Sitzung:",
        date="17.01.2022",
        session_ref="ABC/0007/2022",
    ),
    MarkerCase("Sitzung: 18.06.2020 Rat", "meeting", "Sitzung:", date="18.06.2020", rest="Rat"),
    MarkerCase("Sitzung: Rat der Stadt", "meeting", "Sitzung:", rest="Rat der Stadt"),
    MarkerCase("Sitzung: XY/12/2021", "meeting", "Sitzung:", session_ref="XY/12/2021"),
    MarkerCase(
        "Sitzungstermin: Mi, 07.11.2012", "meeting", "Sitzungstermin:", date="Mi, 07.11.2012"
    ),
    MarkerCase(
        "Sitzungsdatum: Donnerstag, 4.3.21 Hauptausschuss",
        "meeting",
        "Sitzungsdatum:",
        date="Donnerstag, 4.3.21",
        rest="Hauptausschuss",
    ),
    MarkerCase("Datum: 2021-06-09 Rat", "meeting", "Datum:", date="2021-06-09", rest="Rat"),
    MarkerCase("SITZUNG : 01.02.2023", "meeting", "SITZUNG :", date="01.02.2023"),
    MarkerCase("Sitzung:", "meeting", "Sitzung:"),
    MarkerCase("Sitzung am 12. März 2024", "meeting", "Sitzung am", date="12. März 2024"),
    MarkerCase(
        "Öffentliche Sitzung des Gemeinderates am 12.03.2024",
        "meeting",
        "Öffentliche Sitzung des Gemeinderates am",
        date="12.03.2024",
    ),
    MarkerCase(
        "Niederschrift über die öffentliche Sitzung des Stadtrates vom 12.03.2024",
        "meeting",
        "Niederschrift über die öffentliche Sitzung des Stadtrates vom",
        date="12.03.2024",
    ),
    MarkerCase("Datum: 1.Mai 2024", "meeting", "Datum:", date="1.Mai 2024"),
    MarkerCase("Sitzungstag: 17.02.2021", "meeting", "Sitzungstag:", date="17.02.2021"),
    MarkerCase(
        "Sitzungstag: Sitzungsbeginn: Sitzungsende:",
        "meeting",
        "Sitzungstag:",
        rest="Sitzungsbeginn: Sitzungsende:",
    ),
    MarkerCase(
        "Sitzung des Gemeinderates, 04.03.2025",
        "meeting",
        "Sitzung des Gemeinderates,",
        date="04.03.2025",
    ),
    MarkerCase(
        "Öffentliche Sitzung des Bau- und Umweltausschusses, 12.5.2024",
        "meeting",
        "Öffentliche Sitzung des Bau- und Umweltausschusses,",
        date="12.5.2024",
    ),
    # note
    MarkerCase(
        "Zusatz: -zugesetzt am 17.01.2022-",
        "note",
        "Zusatz:",
        rest="-zugesetzt am 17.01.2022-",
    ),
    MarkerCase("Zusatz: Tischauflage", "note", "Zusatz:", rest="Tischauflage"),
    MarkerCase("Zusatz:", "note", "Zusatz:"),
    # status
    MarkerCase(
        "Beschluss: ungeändert beschlossen",
        "status",
        "Beschluss:",
        rest="ungeändert beschlossen",
    ),
    MarkerCase("Beschluss:", "status", "Beschluss:"),
    # a heading without its colon, alone on its line (print views)
    MarkerCase("Beschluss", "status", "Beschluss"),
    MarkerCase("Petitum/Beschluss", "status", "Petitum/Beschluss"),
    MarkerCase("Beschlussvorschlag / Beschluss", "status", "Beschlussvorschlag / Beschluss"),
    MarkerCase("Sachverhalt", "field", "Sachverhalt"),
    MarkerCase("Beschlussvorschlag", "field", "Beschlussvorschlag"),
    MarkerCase("Wortprotokoll", "field", "Wortprotokoll"),
    MarkerCase(
        "| Beschluss: | ungeändert beschlossen | |",
        "status",
        "Beschluss:",
        rest="ungeändert beschlossen",
    ),
    MarkerCase("Ergebnis/Beschluss:", "status", "Ergebnis/Beschluss:"),
    MarkerCase(
        "Beschluss / Ergebnis: zurückgezogen",
        "status",
        "Beschluss / Ergebnis:",
        rest="zurückgezogen",
    ),
    # the body and its sitting's date in the label, the result after it
    MarkerCase(
        "Beratungsergebnis Stadtrat 28.08.2024:   zur Kenntnis genommen",
        "status",
        "Beratungsergebnis Stadtrat 28.08.2024:",
        rest="zur Kenntnis genommen",
    ),
    # a decision heading carrying its vote's tally (Bavarian minutes)
    MarkerCase("Beschluss 19:4:", "status", "Beschluss 19:4:"),
    MarkerCase("Beschluss 12 : 0 : 1:", "status", "Beschluss 12 : 0 : 1:"),
    MarkerCase(
        "Beschlussempfehlung an den Hauptausschuss:",
        "status",
        "Beschlussempfehlung an den Hauptausschuss:",
    ),
    MarkerCase("Beschlußfassung: vertagt", "status", "Beschlußfassung:", rest="vertagt"),
    MarkerCase(
        "Beschlussart: geändert beschlossen", "status", "Beschlussart:", rest="geändert beschlossen"
    ),
    MarkerCase("Beschlussstatus: erledigt", "status", "Beschlussstatus:", rest="erledigt"),
    # (a Hessian gazette's: "Beschlusslage: mit Änderung beschlossen")
    MarkerCase(
        "Beschlusslage: mit Änderung beschlossen",
        "status",
        "Beschlusslage:",
        rest="mit Änderung beschlossen",
    ),
    MarkerCase(
        "Beschlussergebnis: einstimmig angenommen",
        "status",
        "Beschlussergebnis:",
        rest="einstimmig angenommen",
    ),
    # paper
    MarkerCase("Vorlage: AN/0131/2022", "paper", "Vorlage:", rest="AN/0131/2022"),
    MarkerCase("Vorlage - AN/0519/2025", "paper", "Vorlage -", rest="AN/0519/2025"),
    MarkerCase("Drucksache – 0412/IV", "paper", "Drucksache –", rest="0412/IV"),
    MarkerCase("Vorlagen-Nr.: 0815/2022", "paper", "Vorlagen-Nr.:", rest="0815/2022"),
    MarkerCase("Drucksache: 12/21", "paper", "Drucksache:", rest="12/21"),
    MarkerCase("Drucksachen-Nr.:", "paper", "Drucksachen-Nr.:"),
    # vote_heading
    MarkerCase("Abstimmungsergebnis:", "vote_heading", "Abstimmungsergebnis:"),
    MarkerCase("Abstimmungsergebnisse:", "vote_heading", "Abstimmungsergebnisse:"),
    # the paper voted on, named without a preposition
    MarkerCase(
        "Abstimmungsergebnis Vorlage: 33 : 19 : 2",
        "vote_heading",
        "Abstimmungsergebnis Vorlage:",
        rest="33 : 19 : 2",
    ),
    MarkerCase(
        "Abstimmung Änderungsantrag der CDU: abgelehnt",
        "vote_heading",
        "Abstimmung Änderungsantrag der CDU:",
        rest="abgelehnt",
    ),
    MarkerCase(
        "Abstimmung: Ja: 17, Nein: 43",
        "vote_heading",
        "Abstimmung:",
        rest="Ja: 17, Nein: 43",
    ),
    MarkerCase(
        "Abst.-Erg.: einstimmig dafür",
        "vote_heading",
        "Abst.-Erg.:",
        rest="einstimmig dafür",
    ),
    MarkerCase("Ergebnis: mehrheitlich", "vote_heading", "Ergebnis:", rest="mehrheitlich"),
    MarkerCase(
        "Ergebnis der Abstimmung: 10 Ja", "vote_heading", "Ergebnis der Abstimmung:", rest="10 Ja"
    ),
    MarkerCase(
        "Abstimmung über den Geschäftsordnungsantrag:",
        "vote_heading",
        "Abstimmung über den Geschäftsordnungsantrag:",
    ),
    MarkerCase("Beschluss (einstimmig):", "status", "Beschluss (einstimmig):"),
    MarkerCase("Beschluss des Rates:", "status", "Beschluss des Rates:"),
    # the text it adopts, over it
    MarkerCase(
        "Beschluss in der Fassung der Verwaltungsvorlage:",
        "status",
        "Beschluss in der Fassung der Verwaltungsvorlage:",
    ),
    MarkerCase("Wahlergebnis: gewählt", "vote_heading", "Wahlergebnis:", rest="gewählt"),
    MarkerCase(
        "Stimmergebnis: 17 Ja, 0 Nein", "vote_heading", "Stimmergebnis:", rest="17 Ja, 0 Nein"
    ),
    MarkerCase("Stimmabgabe: einstimmig", "vote_heading", "Stimmabgabe:", rest="einstimmig"),
    MarkerCase("Stimmenverhältnis:  16 : 0", "vote_heading", "Stimmenverhältnis:", rest="16 : 0"),
    # field
    MarkerCase("Gremium: Rat", "field", "Gremium:", rest="Rat"),
    MarkerCase("Initiator:SPD-Fraktion", "field", "Initiator:", rest="SPD-Fraktion"),
    MarkerCase("Status:öffentlich", "field", "Status:", rest="öffentlich"),
    MarkerCase("TOP: 12", "field", "TOP:", rest="12"),
    MarkerCase("TOP-Nr.: 3.1", "field", "TOP-Nr.:", rest="3.1"),
    MarkerCase("Protokollvermerk:", "field", "Protokollvermerk:"),
    MarkerCase("Anmerkung: keine", "field", "Anmerkung:", rest="keine"),
)


@pytest.mark.parametrize("case", MARKER_CASES, ids=lambda c: c.text)
def test_marker(case: MarkerCase) -> None:
    marker = only_marker(case.text)
    assert marker.kind == case.kind
    assert marker.label.text == case.label
    assert (marker.date.text if marker.date else None) == case.date
    assert (marker.session_ref.text if marker.session_ref else None) == case.session_ref
    assert (marker.rest.text.rstrip(" |") if marker.rest else None) == case.rest
    for piece in (marker.label, marker.session_ref, marker.rest):
        assert_piece_in(piece, case.text)


def test_meeting_with_time_keeps_the_time_in_rest() -> None:
    marker = only_marker("Datum: | 09.06.2021, 09:00 |")
    assert marker.kind == "meeting"
    assert marker.date is not None and marker.date.text == "09.06.2021"
    assert marker.rest is not None and "09:00" in marker.rest.text


@pytest.mark.parametrize(
    "text",
    [
        "Der Rat: beschließt",  # two words before the colon: not a label
        "Rat:beschließt",  # no space after the colon
        "Beschluss über den Haushalt",  # marker word without colon
        "Mittwoch, 07.11.2012",  # a date alone is no marker
        # a decision's number, then another column's field: no label that runs to its colon
        "Beschluss-Nr. GV-Gr 012/2023        Vorlage: BV/Gr/009/2023",
    ],
)
def test_label_lookalikes_are_text(text: str) -> None:
    result = parse_document(text)
    assert result.error is None
    [section] = result.sections
    assert section.marker is None
    assert [line.kind for line in section.lines] == ["text"]


# ---------------------------------------------------------------------------------------------
# Body lines.


@dataclass(frozen=True)
class LineCase:
    text: str
    kind: LineKind
    number: str | None = None
    rest: str | None = None

    @property
    def rule(self) -> str:
        """The grammar rule that reads the line (a bulleted line is text with a bullet)."""
        return "bullet_line" if self.kind == "text" and self.number else _LINE_RULE[self.kind]


LINE_CASES: tuple[LineCase, ...] = (
    # clause_line
    LineCase(
        "1. Die Verwaltung wird beauftragt.", "clause", "1.", "Die Verwaltung wird beauftragt."
    ),
    LineCase("12. Der Rat stimmt zu.", "clause", "12.", "Der Rat stimmt zu."),
    LineCase(
        "3) Die Mittel werden bereitgestellt.", "clause", "3)", "Die Mittel werden bereitgestellt."
    ),
    LineCase("a) den Spielplatz zu erneuern", "clause", "a)", "den Spielplatz zu erneuern"),
    LineCase("(b) die Beleuchtung zu prüfen", "clause", "(b)", "die Beleuchtung zu prüfen"),
    LineCase(
        "(2) Der Ausschuss wird informiert.", "clause", "(2)", "Der Ausschuss wird informiert."
    ),
    LineCase("II. Weitere Maßnahmen", "clause", "II.", "Weitere Maßnahmen"),
    LineCase("IV) Schlussbestimmung", "clause", "IV)", "Schlussbestimmung"),
    LineCase("1.2 Die Kosten trägt die Stadt.", "clause", "1.2", "Die Kosten trägt die Stadt."),
    LineCase("2.3. Der Bericht folgt.", "clause", "2.3.", "Der Bericht folgt."),
    LineCase("1.2.3 Unterpunkt", "clause", "1.2.3", "Unterpunkt"),
    LineCase("1.) Die Stadt baut.", "clause", "1.)", "Die Stadt baut."),
    LineCase("A) Grundsätze", "clause", "A)", "Grundsätze"),
    LineCase("Ziffer 2: Die Stadt zahlt.", "clause", "Ziffer 2:", "Die Stadt zahlt."),
    LineCase("Punkt 3. Der Bericht folgt.", "clause", "Punkt 3.", "Der Bericht folgt."),
    # bullet_line: text with its bullet
    LineCase("- die Satzung zu ändern", "text", "-", "die Satzung zu ändern"),
    LineCase("– den Plan vorzulegen", "text", "–", "den Plan vorzulegen"),
    LineCase("• einen Bericht", "text", "•", "einen Bericht"),
    # count_line
    LineCase("Ja: 12, Nein: 0", "count"),
    LineCase("Nein: 3", "count"),
    LineCase("Ja = 12, Nein = 3", "count"),
    LineCase("Enthaltungen: 2", "count"),
    LineCase("Enthaltung: 1", "count"),
    LineCase("Stimmenthaltung: 1", "count"),
    LineCase("Stimmenthaltungen: 4", "count"),
    LineCase("Enth.: 1 (OP)", "count"),
    LineCase("dafür: 2 (2 CDU)", "count"),
    LineCase("Dagegen: 5", "count"),
    LineCase("Anwesend: 30", "count"),
    LineCase("Stimmberechtigte: 41", "count"),
    # bare labels and their numbers in a row; a number glued to its word; spaced hyphens
    LineCase("Anwesend 12 - Ja 12 - Nein 0", "count"),
    LineCase("Ja 9 / Nein 2 / Enthaltung 1", "count"),
    LineCase("18-Ja-Stimmen, 3 Nein-Stimmen", "count"),
    LineCase("Ja - Stimmen: 19", "count"),
    LineCase("Stimmenenthaltungen: 0", "count"),
    # label_line and value_line: the cells of a count table printed one cell a line
    LineCase("JA:", "label"),
    LineCase("Ja-Stimmen", "label"),
    LineCase("Stimmen dafür", "label"),
    LineCase("Stimme dagegen", "label"),
    LineCase("Nein - Stimmen", "label"),
    LineCase("Enthaltungen:", "label"),
    LineCase("1 Gegenstimme", "count"),
    LineCase("21", "value"),
    LineCase("zwei", "value"),
    LineCase("-", "value"),
    LineCase("mehrheitlich", "value"),  # a word in the number's column
    LineCase("einstimmig", "value"),
    LineCase("Zustimmung 12, Ablehnung 3", "count"),
    LineCase("31 Ja-Stimmen (SPD)", "count"),
    LineCase("40 Gegenstimmen (CDU, FDP, LR)", "count"),
    LineCase("2 Enthaltungen", "count"),
    LineCase("1 Enthaltung", "count"),
    LineCase("1 Stimmenthaltung (FDP)", "count"),
    LineCase("3 Nein-Stimmen", "count"),
    LineCase("Ja   12 Stimmen   CDU, Grüne", "count"),
    LineCase("Nein   eine Stimme   Frau X (Pro Köln)", "count"),
    # furniture_line
    LineCase("___________", "furniture"),
    LineCase("======", "furniture"),
    LineCase("***", "furniture"),
    LineCase("----", "furniture"),
    LineCase("---|---|", "furniture"),
    # page_line
    LineCase("- 2 -", "page"),
    LineCase("- 12 -", "page"),
    LineCase("– 3 –", "page"),
    LineCase("Seite 3 von 12", "page"),
    LineCase("Seite 4", "page"),
    # text_line
    LineCase("z. B. London", "text"),
    LineCase("17.01.2022 war ein Montag.", "text"),
    LineCase("Der Rat beschließt den Haushalt.", "text"),
    LineCase("1.000 Euro werden bereitgestellt.", "text"),
    LineCase("123. Sitzung des Rates", "text"),
    LineCase("1.Satz ohne Leerzeichen", "text"),
    LineCase("K) ist kein Gliederungsbuchstabe", "text"),
    LineCase("Ziffer 1 des Vertrags gilt.", "text"),
    LineCase("(1)", "text"),  # a document viewer's page number, not a clause
    LineCase("1", "value"),  # a table cell; the layout reads it as text where no table stands
    LineCase("001", "text"),
    LineCase("Seite 3 von 12 enthält die Karte", "text"),
    LineCase("___ Unterstrich und Text", "text"),
    LineCase("Jahrgang 2018-2022 im Vergleich", "text"),
    LineCase("-2 Grad", "text"),
    LineCase("Anwesend 12 Mitglieder", "text"),
    LineCase("Anwesend 12 - 15 Uhr", "text"),
    LineCase("Beschluss 19:4 Ja-Stimmen", "text"),
)

_LINE_RULE: dict[LineKind, str] = {
    "clause": "clause_line",
    "count": "count_line",
    "label": "label_line",
    "value": "value_line",
    "furniture": "furniture_line",
    "page": "page_line",
    "text": "text_line",
}


@pytest.mark.parametrize("case", LINE_CASES, ids=lambda c: c.text)
def test_body_line(case: LineCase) -> None:
    result = parse_document(case.text)
    assert result.error is None, result.error
    [section] = result.sections
    assert section.marker is None
    [line] = section.lines
    assert line.kind == case.kind
    if case.number is not None:
        assert line.number is not None and line.number.text == case.number
        assert line.rest is not None and line.rest.text == case.rest
        assert_piece_in(line.number, case.text)
        assert_piece_in(line.rest, case.text)
    else:
        assert line.number is None
        assert line.rest is None
        assert line.piece.text == case.text
    assert_piece_in(line.piece, case.text)


def test_clause_line_without_text_after_the_number_of_a_table_cell() -> None:
    result = parse_document("1. | Die Stadt")
    [section] = result.sections
    [line] = section.lines
    assert line.kind == "clause"
    assert line.number is not None and line.number.text == "1."
    assert line.rest is not None and line.rest.text == "Die Stadt"


# A clause number alone on its line (a table's number cell exported as a line of its own); its
# text is the next paragraph.
BARE_NUMBERS: tuple[tuple[str, str], ...] = (
    ("1.", "1."),
    ("12.", "12."),
    ("3.   ", "3."),
    ("01", "01"),  # Erfurt's zero-padded Beschlusspunkt
    ("09", "09"),
    ("I.", "I."),  # a roman number alone over its clause's text (a Beschlussauszug's)
    ("III.  ", "III."),
)


@pytest.mark.parametrize(("text", "number"), BARE_NUMBERS, ids=[t for t, _ in BARE_NUMBERS])
def test_clause_number_alone_on_its_line(text: str, number: str) -> None:
    [section] = parse_document(text + "\n\nDer Rat beschließt.\n").sections
    [line, after] = section.lines
    assert line.kind == "clause"
    assert line.number is not None and line.number.text == number
    assert line.rest is None
    assert after.kind == "text"


def test_indented_text_line_drops_the_indent() -> None:
    [section] = parse_document("   eingerückter Text").sections
    [line] = section.lines
    assert line.kind == "text"
    assert line.piece.text == "eingerückter Text"
    assert line.piece.start == 3


# ---------------------------------------------------------------------------------------------
# Whole documents: start, lead, section.


@dataclass(frozen=True)
class DocCase:
    name: str
    text: str
    shape: tuple[tuple[MarkerKind | None, tuple[LineKind, ...]], ...]


DOC_CASES: tuple[DocCase, ...] = (
    DocCase("empty", "", ()),
    DocCase("blank lines only", "\n\n\n", ()),
    DocCase(
        "lead only", "Der Rat beschließt.\nDie Verwaltung handelt.", ((None, ("text", "text")),)
    ),
    DocCase(
        "lead then sections",
        "Vorweg ein Satz\n\nBeschluss:\n1. eins\n\n2. zwei\nAbstimmungsergebnis:\nBeifall\n",
        ((None, ("text",)), ("status", ("clause", "clause")), ("vote_heading", ("text",))),
    ),
    DocCase(
        "leading blank lines and marker without body",
        "\n\nBeschluss: vertagt\n",
        (("status", ()),),
    ),
    DocCase(
        "full header",
        "Sitzung: 17.01.2022 ABC/0007/2022\n"
        "Vorlage: AN/0131/2022\n"
        "Beschluss:\n"
        "1. Der Rat beschließt.\n"
        "a) erstens\n"
        "b) zweitens\n"
        "___________\n"
        "- 2 -\n"
        "II. Weiter im Text\n"
        "Abstimmungsergebnis:\n"
        "Ja: 12, Nein: 0\n"
        "31 Ja-Stimmen (SPD)\n",
        (
            ("meeting", ()),
            ("paper", ()),
            ("status", ("clause", "clause", "clause", "furniture", "page", "clause")),
            ("vote_heading", ("count", "count")),
        ),
    ),
    DocCase(
        "no final newline",
        "Zusatz: Tischauflage\nText am Ende",
        (("note", ("text",)),),
    ),
)


def shape_of(result: DocumentParse) -> tuple[tuple[MarkerKind | None, tuple[LineKind, ...]], ...]:
    return tuple(
        (s.marker.kind if s.marker else None, tuple(line.kind for line in s.lines))
        for s in result.sections
    )


@pytest.mark.parametrize("case", DOC_CASES, ids=lambda c: c.name)
def test_document_shape(case: DocCase) -> None:
    result = parse_document(case.text)
    assert result.error is None, result.error
    assert shape_of(result) == case.shape


def test_offsets_are_into_the_whole_document() -> None:
    text = "Gremium: Rat\nBeschluss: zugestimmt\n1. Die Stadt baut.\n"
    result = parse_document(text)
    status = result.sections[1].marker
    assert status is not None and status.rest is not None
    assert text[status.rest.start : status.rest.end] == "zugestimmt"
    [line] = result.sections[1].lines
    assert line.number is not None
    assert text[line.number.start : line.number.end] == "1."


# ---------------------------------------------------------------------------------------------
# The grammar accepts any text (an error is a grammar bug, see DocumentParse.error).


@pytest.mark.parametrize(
    ("text", "kind", "rest_has"),
    [
        ("Sitzung: 17.01.2022 ABC/0007/2022 Rat", "meeting", "Rat"),
        ("Sitzung: XY/12/2021 (verschoben)", "meeting", "verschoben"),
        ("Nachtrag: 17.01.2022 ABC/0007/2022", "addendum", "ABC/0007/2022"),
        ("Sitzung: Mi, Rat", "meeting", "Rat"),
        ("Beschluss: 1. Die Stadt baut.", "status", "Die Stadt baut."),
        ("Sitzung: | Rat |", "meeting", "Rat"),
    ],
)
def test_any_marker_line_parses(text: str, kind: MarkerKind, rest_has: str) -> None:
    result = parse_document(text)
    assert result.error is None, f"document grammar rejected {text!r} at {result.error}"
    marker = result.sections[0].marker
    assert marker is not None
    assert marker.kind == kind
    # The value is kept: as free text, or as a session number where the line carries one.
    values = [p.text for p in (marker.rest, marker.session_ref) if p is not None]
    assert any(rest_has in v for v in values), values


@pytest.mark.parametrize(
    "text",
    ["| | |", "|", ":", "(", ")", "- -", "a)", "Ja", "12", "Ja-Stimmen", "Seite", "1. 2. 3."],
)
def test_any_body_line_parses(text: str) -> None:
    result = parse_document(text)
    assert result.error is None, f"document grammar rejected {text!r} at {result.error}"


# ---------------------------------------------------------------------------------------------
# Coverage: every rule and terminal of document.lark is exercised by a table row.

ALL_TEXTS: tuple[str, ...] = (
    tuple(c.text for c in MARKER_CASES)
    + tuple(c.text for c in LINE_CASES)
    + tuple(c.text for c in DOC_CASES)
)


def _covered() -> tuple[set[str], set[str]]:
    return used_names(*(lark_tree(text) for text in ALL_TEXTS))


def test_grammar_file_lists_rules_and_terminals() -> None:
    # Guards the coverage tests below against a reader that finds nothing.
    assert {"meeting", "clause_line", "section", "lead", "date", "rest"} <= grammar_rules(
        GRAMMAR_TEXT
    )
    assert {"DATE", "CLAUSE_NUMBER", "COUNT_LINE", "TEXT"} <= grammar_terminals(GRAMMAR_TEXT)
    assert "_body_line" not in grammar_rules(GRAMMAR_TEXT)
    assert "_NL" not in grammar_terminals(GRAMMAR_TEXT)


def test_every_rule_has_a_case() -> None:
    rules, _ = _covered()
    assert_all_used("document.lark rules", grammar_rules(GRAMMAR_TEXT), rules)


def test_every_terminal_has_a_case() -> None:
    _, terminals = _covered()
    assert_all_used("document.lark terminals", grammar_terminals(GRAMMAR_TEXT), terminals)


@pytest.mark.parametrize("case", MARKER_CASES, ids=lambda c: c.text)
def test_marker_case_uses_its_rule(case: MarkerCase) -> None:
    rules, terminals = used_in_tree(case.text)
    assert {"start", "section", case.kind} <= rules
    assert ("date" in rules) == (case.date is not None)
    assert ("DATE" in terminals) == (case.date is not None)
    assert ("WEEKDAY" in terminals) == (case.date is not None and "," in case.date)
    assert ("SESSION_REF" in terminals) == (case.session_ref is not None)
    assert ("rest" in rules) == (case.rest is not None)


@pytest.mark.parametrize("case", LINE_CASES, ids=lambda c: c.text)
def test_line_case_uses_its_rule(case: LineCase) -> None:
    rules, _ = used_in_tree(case.text)
    assert {"start", "lead", case.rule} <= rules
    assert "section" not in rules
