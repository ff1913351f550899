"""Families left by the earlier blind probes, most from the thirty-fifth
(``tests/probes/thirtyfifth``), fixed in a later session.

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from ratsparse.normalize import clean
from tests.reading import meeting_date as _date
from tests.reading import references as _refs

_RESULT = "\nBeschluss:\nDer Ausschuss stimmt der Vorlage zu.\nAbstimmungsergebnis: einstimmig\n"


@pytest.mark.parametrize(
    ("table", "date"),
    [
        # a sitting's column with the body in it, beside the date's column
        (
            "Sitzung                   Datum          Vorlagen-Nr.\n"
            "Ausschuss für Umwelt      12.03.2030     UA/011/2030\n",
            "2030-03-12",
        ),
        (
            "  Sitzung            Datum         Drucksache\n"
            "  Bezirksbeirat Ost  04.02.2030    0031/2030\n",
            "2030-02-04",
        ),
        # (guard) two dated rows: a paper's history, no one sitting
        (
            "Sitzung                   Datum\n"
            "Ausschuss für Umwelt      12.03.2030\n"
            "Gemeinderat               26.03.2030\n",
            None,
        ),
    ],
)
def test_a_sittings_column_beside_its_dates(table: str, date: str | None) -> None:
    assert _date(table + _RESULT) == date


@pytest.mark.parametrize(
    ("excerpt", "date"),
    [
        # an excerpt of one body's minutes under a history of two, its item after it
        (
            "Auszug aus der Niederschrift der 9. Sitzung der Verbandsversammlung, TOP 4",
            "2030-07-17",
        ),
        (
            "Auszug aus der Niederschrift über die Sitzung des Planungsausschusses TOP Ö 3",
            "2030-07-03",
        ),
        # (its body's name wrapped onto the next line)
        (
            "Auszug aus der Niederschrift der 9. Sitzung der\nVerbandsversammlung, TOP 4",
            "2030-07-17",
        ),
        # (guard) no excerpt: the history names no one meeting
        ("Auszug aus dem Sachstandsbericht, TOP 4", None),
    ],
)
def test_an_excerpts_body_picks_its_row_of_the_history(excerpt: str, date: str | None) -> None:
    text = (
        "Sitzungsvorlage Nr. 77/2030\n\n"
        "Beratungsfolge                Sitzungstermin   Behandlung\n"
        "Planungsausschuss             03.07.2030       Vorberatung\n"
        "Verbandsversammlung           17.07.2030       Beschlussfassung\n\n"
        f"{excerpt}\n\n"
        "Die Verbandsversammlung beschließt die Satzung.\nAbstimmungsergebnis: einstimmig\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # an invitation's body that meets on a day
        (
            "Der Gemeinderat Altdorf tritt am\nDienstag, den 14. Mai 2030, um 19:00 Uhr,\n"
            "im Bürgerhaus zu einer öffentlichen Sitzung zusammen.",
            "2030-05-14",
        ),
        ("Der Ortsrat tritt am 02.10.2030 zur Sitzung zusammen.", "2030-10-02"),
    ],
)
def test_an_invitation_tells_the_day_its_body_meets(sentence: str, date: str | None) -> None:
    text = f"{sentence}\n\nTagesordnung:\n1. Bauantrag Lindenweg 4\n2. Verschiedenes\n"
    assert _date(text) == date


def test_the_next_sitting_at_the_end_of_minutes_dates_nothing() -> None:
    # (guard)
    text = (
        "Der Ortsrat stimmt dem Bauantrag Lindenweg 4 zu.\nAbstimmungsergebnis: einstimmig\n\n"
        "Der Ortsrat tritt am 02.10.2030 zu seiner nächsten Sitzung zusammen.\n"
    )
    assert _date(text) is None


@pytest.mark.parametrize(
    ("verb", "date"),
    [
        # a gazette's notice of the items a sitting dealt with
        ("behandelt", "2030-04-10"),
        # (guard) the verbs read before
        ("beschlossen", "2030-04-10"),
    ],
)
def test_a_gazettes_notice_of_what_a_sitting_dealt_with(verb: str, date: str) -> None:
    text = (
        "Amtsblatt der Stadt Beispielstadt Nr. 6\n\n"
        "Die Stadtverordnetenversammlung hat in ihrer Sitzung am 10.04.2030\n"
        f"im öffentlichen Teil folgende Vorlage {verb}:\n\n"
        "BV 2030/031\nAnkauf einer Fläche am Mühlenweg\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("furniture", "date"),
    [
        # a running head over a page's number, its date left from the sitting before
        ("Niederschrift GR 21.11.2030                              - 9 -", "2030-12-12"),
        ("Niederschrift GR 21.11.2030        Seite 9 von 14", "2030-12-12"),
        # a browser's page title over the minutes' own header
        ("Gemeinderat Ahorn - Sitzung vom 21.11.2030 - Bürgerinformationssystem", "2030-12-12"),
        # (guard) a running head that agrees
        ("Niederschrift GR 12.12.2030                              - 9 -", "2030-12-12"),
    ],
)
def test_page_furniture_yields_to_the_documents_own_title(furniture: str, date: str | None) -> None:
    text = (
        "Niederschrift über die öffentliche Sitzung\ndes Gemeinderats\nam 12. Dezember 2030\n"
        f"{'_' * 40}\n{furniture}\n\n"
        "§ 12 Haushaltssatzung 2031\n"
        "Der Gemeinderat beschließt die Haushaltssatzung.\nAbstimmungsergebnis: einstimmig\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("table", "refs"),
    [
        # a paper's number in its column, a body's name and a sitting's date before it in the row
        (
            "Sitzung                 Datum         Vorlagen-Nr.\n"
            "Bezirksbeirat Nord      14.03.2030    BBN/019/2030\n",
            ["BBN/019/2030"],
        ),
        # (guard) a body's line with its session's number, no paper word above: no paper
        ("Gremium                     Sitzung\nBau- und Planungsausschuss  BPA/014/2019\n", []),
    ],
)
def test_a_papers_number_in_its_column_beside_a_sittings_cells(table: str, refs: list[str]) -> None:
    assert _refs(table + _RESULT) == refs


@pytest.mark.parametrize(
    ("scanned", "meant"),
    [
        # a scan's letters for digits in a date: O for a zero, l or I for a one
        ("Sitzung am: 24.03.2O21", "Sitzung am: 24.03.2021"),
        ("Sitzung vom 2O.O6.2022", "Sitzung vom 20.06.2022"),
        ("Niederschrift GR 08.1l.2022", "Niederschrift GR 08.11.2022"),
        ("am Donnerstag, dem 1l. November 2021", "am Donnerstag, dem 11. November 2021"),
        ("vom I2.03.2030", "vom 12.03.2030"),
        # (guards) a month's own letters, an initial, a word: untouched
        ("am 25. Oktober 2022 und 11. Juli 2O24", "am 25. Oktober 2022 und 11. Juli 2024"),
        ("O. Meyer, 12.12.2024", "O. Meyer, 12.12.2024"),
        ("l. Januar 2024", "l. Januar 2024"),
        ("Abschnitt Il.O1", "Abschnitt Il.O1"),
    ],
)
def test_a_scans_letters_for_digits_in_a_date(scanned: str, meant: str) -> None:
    assert clean(scanned).text == meant


def test_a_scanned_date_dates_the_meeting() -> None:
    text = "Gremium:        Stadtrat\nSitzung am:     24.03.2O21\n" + _RESULT
    assert _date(text) == "2021-03-24"


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # a clause's number run into its first word, the space an export lost
        (
            "Beschlussvorschlag:Der Ortsgemeinderat beschließt:\n1.Die Leistungen werden an "
            "das Büro Klein vergeben.\n2.Die Finanzierung erfolgt aus dem Haushalt 2030.\n"
            "3.Der Ortsbürgermeister wird ermächtigt, den Vertrag abzuschließen.\n"
            "Abstimmungsergebnis: einstimmig\n",
            3,
        ),
        # (guard) a club's name: no clause
        (
            "Beschluss:\nDer Rat gratuliert dem\n1.FC Ahorn zum Aufstieg.\n"
            "Abstimmung: einstimmig\n",
            0,
        ),
    ],
)
def test_a_clause_number_glued_to_its_first_word(text: str, clauses: int) -> None:
    assert len(parse_text(text).clauses) == clauses


def test_the_motion_as_the_meeting_changed_it_is_the_decided_text() -> None:
    text = (
        "Über den Änderungsantrag wird zuerst abgestimmt. Er wird mit den Stimmen von SPD und "
        "CDU angenommen.\n\n"
        "Der so geänderte Antrag lautet:\n\n"
        "Der Kreistag fordert den Kreisausschuss auf,\n1. Stellen zu schaffen,\n"
        "2. Mittel einzustellen,\n3. bis zum 30.09.2030 zu berichten.\n\n"
        "Beschluss:\nDer geänderte Antrag wird mit den Stimmen von SPD und CDU gegen die "
        "Stimmen der AfD angenommen.\n\nFür die Richtigkeit:\n\n"
        "Vorsitzender                         Schriftführer\n"
    )
    doc = parse_text(text)
    assert len(doc.clauses) == 3
    assert doc.outcome == "approved_amended"


def test_a_month_whose_umlaut_a_scan_lost() -> None:
    text = (
        "Niederschrift iiber die offentliche Sitzung des Kreisausschusses\n"
        "am Montag, 13. Marz 2030, im Sitzungssaal des Landratsamtes\n\n"
        "TOP 5\nDer Kreisausschuss beschliesst den Zuschuss.\nAbstimmung: einstimmig\n"
    )
    assert _date(text) == "2030-03-13"
