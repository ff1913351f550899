"""The meeting date where no header field states it (ratsparse.meeting_date): a table per rule,
the cases each rule must leave alone, and the decision between the candidates."""

from __future__ import annotations

import datetime as dt

import pytest

from ratsparse import parse_text
from ratsparse.meeting_date import _in_mixed_case, candidates, stated_meeting_date


def _read(text: str, rule: str) -> list[dt.date]:
    """The dates ``rule`` reads in ``text``."""
    return [c.date for c in candidates(text) if c.rule == rule]


def _date(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


# ---------------------------------------------------------------------------------------------
# 1. Titles


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Niederschrift\nüber die 4. Sitzung des Ortsbeirates Lindenau\nam 12.03.2024\n",
            "2024-03-12",
        ),
        ("Aus der Gemeinderatssitzung vom 6. November 2014\n", "2014-11-06"),
        (
            "über die Sitzung des Gemeinderates der Gemeinde Birkenfelde, am Donnerstag, dem "
            "14.09.2023, um 19:00 Uhr im Rathaus.\n",
            "2023-09-14",
        ),
        ("Gemeinderat-Sitzung\nSitzung am 25.07.2022 um 19:00 Uhr\n", "2022-07-25"),
        ("Protokoll der Sitzung Beirat Lindenau 17.02.2021\n", "2021-02-17"),
        (
            "Niederschrift über die 8. Sitzung des am 25. Mai 2008 gewählten Kreistages am "
            "09. Juli 2009, 17 Uhr, in Lindenau\n",
            "2009-07-09",
        ),
        (
            "Lindenau, den 14.04.2021 Protokoll der öffentlichen Sitzung des Bezirksausschusses 3\n"
            "am 13. April 2021 (Wahlperiode 2020 - 2026)\n",
            "2021-04-13",
        ),
        ("Öffentliche Beschlüsse\n\nder Sitzung des Stadtrates am 24.04.2013\n", "2013-04-24"),
        (
            "Einladung\n\nzur 14. öffentlichen Sitzung des Gemeinderates am Dienstag, 18.03.2025, "
            "um 19:00 Uhr\n",
            "2025-03-18",
        ),
        (
            "N i e d e r s c h r i f t\n\nÜber die 69. Sitzung des Hauptausschusses am "
            "30.11.2017\n",
            "2017-11-30",
        ),
        ("Protokoll Nr. 3 der öffentlichen Beiratssitzung am 26.09.19\n", "2019-09-26"),
        ("Bericht über die Gemeinderatssitzung am 15.03.2016\n", "2016-03-15"),
        ("Öffentliche Gemeinderatssitzung am 16. Februar 2016\nAnwesend:\n", "2016-02-16"),
        (
            "NIEDERSCHRIFT\nüber die 11. Sitzung des Ausschusses für Forst der Gemeinde\nLindenau\n"
            "(X. Legislaturperiode) am Dienstag, 07.11.2017\n",
            "2017-11-07",
        ),
        (
            "Protokoll der 37. Bezirksausschusssitzung der Wahlperiode\n\n2008 - 2014 im 2. "
            "Stadtbezirk am 26.07.2011:\n",
            "2011-07-26",
        ),
        # an export wrapped the date at its space
        (
            "über die Sitzung der Gemeindevertretung am Donnerstag, den 20. August\n2009\n",
            "2009-08-20",
        ),
        # a compound title word, letter-spaced, over "der Sitzung …"
        (
            "F E S T L E G U N G S P R O T O K O L L\nder Sitzung der Ratsversammlung\n"
            "vom Mittwoch, dem 16.06.2010, 14.00 - 21.15 Uhr, im Rathaus\n",
            "2010-06-16",
        ),
        ("Beschlussprotokoll der Sitzung des Ortsrates am 04.05.2023\n", "2023-05-04"),
        # the title in the letterhead's second column
        ("Gemeinde Musterhausen      Niederschrift vom 12.03.2025\nTOP 1\n", "2025-03-12"),
        # the minutes dated at once
        ("Niederschrift vom 12.03.2025\nTOP 1 Eröffnung\n", "2025-03-12"),
        # a date wrapped after its day
        ("Niederschrift über die Sitzung des Gemeinderates am 12.\nMärz 2025\n", "2025-03-12"),
        # in capitals, after a bullet, after the town in a running head with its page number
        ("AUS DER ÖFFENTLICHEN SITZUNG DES STADTRATES VOM 25.01.2022\n", "2022-01-25"),
        ("• Sitzung des Rates am Donnerstag, 30. Juni 2022, 17:00 Uhr\n", "2022-06-30"),
        # whether it was public after the date, in a column of its own; a suspended compound
        ("Rat                   Sitzung am Fr., 26.01.2024    öffentlich\n", "2024-01-26"),
        # whether it was public after the date
        ("Sitzung Gemeinderat – Mi., 17.04.2024 – öffentlich\n", "2024-04-17"),
        # a Berlin BVV's sitting is a Tagung
        ("22. öffentliche Tagung am Mittwoch, dem 21. Juni 2023\n", "2023-06-21"),
        ("Stadt Marienhafen – Niederschrift Bauausschuss 19.03.2024        - 4 -\n", "2024-03-19"),
        # an excerpt of minutes dated at once, a line naming the sitting below it
        ("Auszug aus der Niederschrift vom 13.06.2024\nÖffentliche Sitzung\n", "2024-06-13"),
        # an invitation's or a question's sitting, its date on the next line
        (
            "E i n l a d u n g\n\nzur 12. Sitzung des Ausschusses für Bauen\n"
            "am Donnerstag, 18. April 2024, 17:00 Uhr,\n",
            "2024-04-18",
        ),
        ("zur Sitzung des Ausschusses für Umwelt\nam 21.05.2024\n", "2024-05-21"),
        # where a paper was dealt with, the sitting a paper is for, a gazette's notice
        ("Behandelt in der Sitzung des BA 18 am 09.01.2024, TOP 4.2.3\n", "2024-01-09"),
        ("Anfrage 0612/2023 der CDU-Fraktion zur Sitzung am 22.03.2023\n", "2023-03-22"),
        (
            "Bekanntmachung von Beschlüssen des Kreistages aus der öffentlichen Sitzung am "
            "30.09.2024\n",
            "2024-09-30",
        ),
        # the date on a line of its own under the title
        ("Sitzung des Sozialausschusses\n12.03.2025\n", "2025-03-12"),
        (
            "Niederschrift\nüber die Sitzung des Kreistages\nMittwoch, 12.03.2025, 14:00 Uhr\n",
            "2025-03-12",
        ),
        # an agenda item under the title names an earlier meeting's minutes
        (
            "Ergebnisprotokoll\nder Sitzung des Rates vom 16.06.2010\n\n5. Drucksache Nr.: 12/3\n"
            "Niederschrift der Sitzung des Rates vom 19.05.10\n",
            "2010-06-16",
        ),
    ],
)
def test_title(text: str, date: str) -> None:
    assert _read(text, "title") == [_date(date)]


@pytest.mark.parametrize(
    "text",
    [
        # an earlier meeting, named in an agenda item
        "1. Genehmigung der Niederschrift über die Sitzung vom 12.02.2024\n",
        "GENEHMIGUNG DER NIEDERSCHRIFT ÜBER DIE SITZUNG VOM 12.02.2024\n",
        "Mit Beschluss des Rates vom 12.02.2024 wurde die Satzung geändert.\n",
        "1.\nProtokoll der Sitzung am 18.03.2021\n",
        "Öffentliche Sitzung\n\nTOP-Nr. Bezeichnung\n1 Genehmigung der Sitzungsniederschrift vom "
        "25.09.2023\n",
        "Gemeinderatssitzung\nTagesordnung der öffentlichen Sitzung\n1. Fragestunde\n"
        "2. Genehmigung der Niederschrift über die Sitzung am 12.01.2016\n",
        # running text
        "Die Stellungnahmen wurden in der\nSitzung am 14.11.2024 abgewogen.\n",
        "Das Protokoll der Sitzung vom 14.01.2021 wird genehmigt.\n",
        "Der Vorsitzende berichtet\nüber die Sitzung des Zweckverbandes am 12.03.2024.\n",
        # a label, not a title; a title without its date
        "Protokoll:\nEinladung (erschienen am 17.01.2008)\n",
        "Niederschrift des Gemeinderates Lindenau vom Tagesordnung:\n"
        "1 Genehmigung der Sitzungsniederschrift vom 17.03.2021\n",
        # no sitting, no body
        "Protokoll\nerstellt am 12.03.2024\n",
        # a date without a year
        "Niederschrift über die Sitzung des Rates am 12. März\n",
    ],
)
def test_not_a_title(text: str) -> None:
    assert _read(text, "title") == []


# ---------------------------------------------------------------------------------------------
# 2. Print-view titles


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("16.09.2019 - 2 Feststellung von Änderungsbedarf zur Tagesordnung\n", "2019-09-16"),
        ("24.02.2025 - 8.16 Besetzung von Gremien der Bürgerschaft\n", "2025-02-24"),
        ("02.07.2020 - 8.31.2\nGrunddaten\n", "2020-07-02"),
        (
            "Ratsinformation\nALLRIS - Auszug\n19.11.2021 - 26.14 Antrag der Fraktionen\n",
            "2021-11-19",
        ),
    ],
)
def test_print_view_title(text: str, date: str) -> None:
    assert _read(text, "print view") == [_date(date)]


@pytest.mark.parametrize(
    "text",
    ["17.08.2012 - Frank Peuker\n", "23.10.24 –\n", "Der Plan 16.09.2019 - 2 Varianten\n"],
)
def test_not_a_print_view_title(text: str) -> None:
    assert _read(text, "print view") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Beschluß 100/08 vom 29.10.2008 (Beschlußvorlage 125/08)\n", "2008-10-29"),
        ("Beschluss Nr. 2024/117 vom 12.03.2024\nDer Rat stimmt zu.\n", "2024-03-12"),
        ("  Beschluss VII-DS-0815 vom 3. März 2020\n", "2020-03-03"),
    ],
)
def test_resolution_record(text: str, date: str) -> None:
    assert _read(text, "record") == [_date(date)]


@pytest.mark.parametrize(
    "text",
    [
        "Mit Beschluss vom 22.02.2011 hat der Rat die Planung aufgenommen.\n",
        "Beschluss vom 22.02.2011\n",  # no number: a citation of an earlier decision
        "Der Rat nahm den Beschluss 12/2020 vom 3. März 2020 zurück.\n",
    ],
)
def test_not_a_resolution_record(text: str) -> None:
    assert _read(text, "record") == []


# ---------------------------------------------------------------------------------------------
# 3. Labels whose value stands below them


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Sitzungstermin:\nDonnerstag, 11.07.2024\nSitzungsbeginn:\n18:00 Uhr\n", "2024-07-11"),
        ("Sitzungstermin:\n|\nDonnerstag, 01.10.2007\n|\n", "2007-10-01"),
        ("- Datum:\n- Do, 02.07.2020\n- Status:\n", "2020-07-02"),
        (
            "Sitzungstag: Sitzungsbeginn: Sitzungsende:\n17.02.2021 16:30 Uhr 18:50 Uhr\n",
            "2021-02-17",
        ),
        (
            "Sitzung\nSR/005/19\nGremium\nStadtrat\nRaum\nRatssaal\nDatum\n21.10.2019\nZeit\n",
            "2019-10-21",
        ),
        # a table with cell borders: the meeting label's cell of the row below
        ("Gremium | Sitzung | Datum\nGemeinderat | 4. Sitzung | 12.03.2025\n", "2025-03-12"),
    ],
)
def test_label_above_value(text: str, date: str) -> None:
    assert _read(text, "label above value") == [_date(date)]


@pytest.mark.parametrize(
    "text",
    [
        # a file portal dates the upload
        "Kommune\nLindenau\nGröße\n158 kB\nDatum\n02.10.2018\nErstellt\n03.09.18, 17:54\n",
        # a label with a value of its own
        "Datum: Herr Glaser\n17.07.2018\n",
        # not a meeting label
        "Stand:\n17.07.2018\n",
        # a row below with other cells
        "Gremium | Datum\nGemeinderat | 12.03.2025 | Rathaus\n",
    ],
)
def test_not_a_label_above_value(text: str) -> None:
    assert _read(text, "label above value") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Gremium: Hauptausschuss   Datum: 12.03.2025\n", "2025-03-12"),
        ("Gremium: Gemeinderat | Sitzungstag: Mi, 12.03.2025 | Ort: Rathaus\n", "2025-03-12"),
        ("Gremium: Hauptausschuss   Nächste Sitzung: 12.03.2025\n", None),
        # a label naming the sitting needs no field before it
        ("Kreistag                     Sitzungsdatum: 18.06.2024\n", "2024-06-18"),
        # a field table of two columns, copied with its borders: "Datum" beside a body's row
        ("Gremium | Rat der Stadt\nDatum | 23.04.2024\nTOP | Ö 18\n", "2024-04-23"),
        ("| Sitzungstermin | Di, 23.04.2024 |\n", "2024-04-23"),
        ("Dokument | Beschluss\nDatum | 23.04.2024\n", None),
        # no field opens the line: a sentence
        ("Die Frist endet   Datum: 12.03.2025\n", None),
    ],
)
def test_a_meeting_label_beside_another_field(text: str, date: str | None) -> None:
    assert _read(text, "label beside value") == ([_date(date)] if date else [])


def test_a_body_stops_before_a_second_field_of_several_words() -> None:
    from ratsparse import parse_text

    text = "Gremium: Hauptausschuss   Nächste Sitzung: 19.03.2025\nBeschluss: zugestimmt\n"
    assert parse_text(text).meeting.body == "Hauptausschuss"


def test_the_decisions_label_dates_their_meeting() -> None:
    text = (
        "Beschlüsse zur Drucksache 0163/2018 Beschlüsse: 28.01.2019 Stadtvertretung 040/StV/2019\n"
    )
    assert _read(text, "decisions of") == [_date("2019-01-28")]


# ---------------------------------------------------------------------------------------------
# 4. Day-and-time lines


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Feuerschutzausschuss\nMontag, 28. September 2020 , 19:00 Uhr\n", "2020-09-28"),
        ("23.06.2014, 20:00 Uhr, im Rathaus der Gemeinde Lindenau\n", "2014-06-23"),
        ("am 25.11.2009, Beginn: 16:00 Uhr,\n", "2009-11-25"),
        (
            "Sitzungs-Informationen\nDonnerstag, 16. April 2015, 19:00 Uhr (Abgeschlossen)\n",
            "2015-04-16",
        ),
    ],
)
def test_time_line(text: str, date: str) -> None:
    assert _read(text, "time line") == [_date(date)]


@pytest.mark.parametrize(
    "text",
    [
        "Dienstag, 24. Juni 2025\n",  # a notice's date: no time
        "Di 31.05.2005 13:31\n",  # a posting time
        "Die Bewerbungsfrist endet am\n27.09.2010, 18.00 Uhr.\n",
        "Herr Rau verweist auf die Bewerberfrist, Montag\n27.9.2010 18.00 Uhr, und die Wahl.\n",
        "Die Unterlagen wurden allen Mitgliedern rechtzeitig vor der Sitzung zugestellt und\n"
        "12.03.2024 um 10 Uhr im Rathaus ausgelegt.\n",
    ],
)
def test_not_a_time_line(text: str) -> None:
    assert _read(text, "time line") == []


# ---------------------------------------------------------------------------------------------
# 5. A body and a date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Stadtrat 26.05.2021\nZeit: 14:00-18:42 Uhr\n", "2021-05-26"),
        ("Kreistag 24. September 2008 06.10.2008\n", "2008-09-24"),
        ("Ortschaftsrat Au 3 12.06.2023\n", "2023-06-12"),
        ("Beschlussauszug\nGemeinderat, 12.03.2025\nTOP 4 Sanierung\n", "2025-03-12"),
        ("12.03.2025 Gemeinderat\nÖ 4 Sanierung der Grundschule\n", "2025-03-12"),
        # a dash, am/vom, the sitting, or "öffentlich" after the date
        ("Bauausschuss - 12.03.2025\n", "2025-03-12"),
        ("Stadtverordnetenversammlung am 12.03.2025\n", "2025-03-12"),
        ("Ortsgemeinderat Steinbach, Sitzung am 26.11.2025\n", "2025-11-26"),
        ("Hauptausschuss – öffentliche Sitzung vom 12.03.2025\n", "2025-03-12"),
        ("Ortschaftsrat Süd – 12.03.2025 – öffentlich\n", "2025-03-12"),
        # a body named with "für" and "und", or in the genitive after its sitting
        ("Ausschuss für Umwelt und Verkehr, 12.03.2025\n", "2025-03-12"),
        ("12.03.2025 - Sitzung des Hauptausschusses\n", "2025-03-12"),
        # an em dash, an ordinal sitting, a district body's short name and number
        ("Stadtbezirksbeirat Nordost  —  Sitzung am 14.3.24\n", "2024-03-14"),
        ("Kreistag, 6. Sitzung, 10.07.2024\n", "2024-07-10"),
        ("Rat – Sitzung am Donnerstag, 09.11.2023\n", "2023-11-09"),
        ("Haupt- und Finanzausschuss – Sitzung am 27. November 2023\n", "2023-11-27"),
        ("BA 9 Neuhausen-Nymphenburg – Sitzung vom 21.11.2023\n", "2023-11-21"),
        # a running head with its page number
        ("Werksausschuss 16.02.2023 – öffentlicher Teil          Seite 11 von 19\n", "2023-02-16"),
    ],
)
def test_body_and_date(text: str, date: str) -> None:
    assert _read(text, "body and date") == [_date(date)]


@pytest.mark.parametrize(
    "text",
    [
        "Stadtrat 26.05.2021 beschließt die Satzung.\n",
        "Stand 26.05.2021\n",
        "12.03.2025 Der Gemeinderat beschließt die Satzung.\n",
        "Ausschuss für Umwelt und Verkehr tagte am 12.03.2025\n",
        "Dienstag, Sitzung am 12.03.2025\n",
        # a wrapped line of an agenda item naming an earlier meeting
        "1.2 Genehmigung der Niederschrift über die 6. Sitzung der\n"
        "Bezirksvertretung Süd am 09.04.2024\n",
    ],
)
def test_not_a_body_and_date(text: str) -> None:
    assert _read(text, "body and date") == []


# ---------------------------------------------------------------------------------------------
# 6. Announcing sentences


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Der Gemeinderat der Gemeinde Lindenau beschließt in seiner Sitzung am 27.08.2024:\n",
            "2024-08-27",
        ),
        (
            "Der Gemeinderat hat in seiner Sitzung am 26.02.2020 folgende Beschlüsse gefasst:\n",
            "2020-02-26",
        ),
        (
            "Der Rat hat in seiner Sitzung am\n26.02.2020 folgende Beschlüsse gefasst:\n",
            "2020-02-26",
        ),
        (
            "In öffentlicher Sitzung des Gemeinderates Lindenau am 19.05.2005 wurden folgende "
            "Beschlüsse gefasst:\n",
            "2005-05-19",
        ),
        (
            "Am 15.12.2020 wurde durch den Hauptausschuss folgender Beschluss gefasst:\n",
            "2020-12-15",
        ),
        (
            "Die Beschlüsse wurden in der 15. Gemeinderatssitzung des Gemeinderates Lindenau, die "
            "am 27.03.2023 im Ortsteil Au stattfand, gefasst.\n",
            "2023-03-27",
        ),
        (
            "Am Dienstag, den 01. Juli 2025 findet um 16 Uhr im Rathaus eine Sitzung des "
            "Stadtrates statt.\n",
            "2025-07-01",
        ),
        (
            "Unter dem Vorsitz des Ortsbürgermeisters fand am 12.09.2024 im Dorfsaal Lindenau die "
            "2. Sitzung des Gemeinderates statt.\n",
            "2024-09-12",
        ),
        ("Die Sitzung des Ortsrates fand am 3. Mai 2022 im Rathaus statt.\n", "2022-05-03"),
        (
            "Bekanntmachung der Gemeinde Lindenau\nDer Gemeinderat hat auf seiner Sitzung am "
            "28.08.2019 den Aufstellungsbeschluss für den Bebauungsplan gefasst.\n",
            "2019-08-28",
        ),
        # abbreviations in the sentence; the body between "hat" and its sitting
        (
            "AMTSBLATT\nDer Stadtrat hat in seiner Sitzung am 27.02.2024 den Bebauungsplan Nr. 64 "
            "gemäß § 10 Abs. 1 BauGB als Satzung beschlossen.\n",
            "2024-02-27",
        ),
        (
            "Pressemitteilung\nMit 28 Ja-Stimmen hat der Stadtrat in seiner Sitzung am "
            "Donnerstag, 14. Dezember 2023, den Haushalt beschlossen.\n",
            "2023-12-14",
        ),
        # the sitting first, in a town's news
        (
            "Aus dem Rathaus\nIn seiner Sitzung vom 21.03.2023 hat der Hauptausschuss den Antrag "
            "verwiesen.\n",
            "2023-03-21",
        ),
        # a statute's enacting words
        (
            "Aufgrund von § 4 GemO hat der Gemeinderat der Stadt Lauterbrück am 19.10.2022 "
            "folgende Satzung beschlossen:\n",
            "2022-10-19",
        ),
        # an invitation, the hour between the date and the verb
        (
            "Am Donnerstag, 16. November 2023, um 19:30 Uhr findet im Sitzungssaal eine "
            "öffentliche Sitzung des Gemeinderates statt.\n",
            "2023-11-16",
        ),
    ],
)
def test_announcement(text: str, date: str) -> None:
    assert _read(text, "announcement") == [_date(date)]


@pytest.mark.parametrize(
    "text",
    [
        # an earlier decision, told
        "Der Hauptausschuss hat in seiner Sitzung vom 13.10.2022 die Drucksache beschlossen.\n",
        "Auf seiner Sitzung am 03.11.2022 hat der Gemeinderat beschlossen, dass es so bleibt.\n",
        # a later meeting, an earlier one
        "Die nächste Sitzung findet am 12.05.2021 statt.\n",
        "Die letzte Sitzung des Rates fand am 12.05.2021 im Rathaus statt.\n",
        # something else took place
        "Darüber hinaus fand am 26.02.2019 eine Veranstaltung im Rathaus statt.\n",
        # an earlier sitting's decisions made known
        "Der Bürgermeister gibt gemäß § 35 Abs. 1 GemO bekannt, dass der Gemeinderat in seiner\n"
        "nichtöffentlichen Sitzung am 11. Dezember 2023 folgende Beschlüsse gefasst hat:\n",
    ],
)
def test_not_an_announcement(text: str) -> None:
    assert _read(text, "announcement") == []


# ---------------------------------------------------------------------------------------------
# 7. Beratungsfolge


@pytest.mark.parametrize(
    "text",
    [
        "Beratungsfolge:\nBezirksvertretung Nordstadt Entscheidung\n10.04.2025\n\nBeschluss:\n",
        # Hamburg
        "Beratungsreihenfolge\nGremium\nBezirksversammlung Nordstadt\n10.04.2025\n\nSachverhalt\n",
        # its table run into one line by a PDF export
        "Antrag der Fraktion X Beratungsfolge: Gremium Datum 10.04.2025 "
        "Bezirksverordnetenversammlung Nordstadt Antrag Drucks. Nr: 1860/XVIII Die BVV wolle "
        "beschließen: Das Bezirksamt wird "
        "ersucht, den Beschluss vom 16.3.2011 umzusetzen.\n",
    ],
)
def test_one_dated_line_of_the_beratungsfolge(text: str) -> None:
    assert _read(text, "Beratungsfolge") == [_date("2025-04-10")]
    assert parse_text(text).meeting.date == _date("2025-04-10")


def test_the_meetings_that_decided() -> None:
    # each sitting Frankfurt's results list is a row of the paper's course
    text = "Beratungsergebnisse: 30. Sitzung des Ausschusses für Verkehr am 04.11.2024, TO I\n"
    assert _read(text, "Beratungsfolge") == [_date("2024-11-04")]
    text += "Beschluss: Empfehlung: Annahme\n\n31. Sitzung der STVV am 14.11.2024, TO I\n"
    assert _read(text, "Beratungsfolge") == [_date("2024-11-04"), _date("2024-11-14")]


# ---------------------------------------------------------------------------------------------
# The decision


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # two bodies, two meetings
        (
            "Hauptausschuss 15.12.2020\nDer Beschluss.\n\nStadtrat 08.12.2020\nDer Beschluss.\n",
            None,
        ),
        # a paper's history: the Beratungsfolge lists three meetings
        (
            "Beratungsfolge:\nHauptausschuss Beratung\n20.11.2008\nRat Beratung\n09.12.2008\n"
            "Rat Entscheidung\n19.02.2009\n\nDer Rat hat in seiner Sitzung am 19.02.2009 "
            "folgenden Beschluss gefasst:\n",
            None,
        ),
        # a mirror repeats its page title; the document's own header wins
        (
            'Protokoll der 19. Sitzung des Beirates Lindenau vom 18.06.2021\nAktie "Protokoll der '
            '19. Sitzung des Beirates Lindenau vom 18.06.2021"\n\nNiederschrift über die 19. '
            "Beiratssitzung am 18.05.2021 Videokonferenz\n",
            "2021-05-18",
        ),
        # the rules agree
        (
            "Sitzung Stadtbezirksrat Nord am 28.01.2008\nNIEDERSCHRIFT\n12. Sitzung des "
            "Stadtbezirksrates Nord am Montag, 28. Januar 2008,\n",
            "2008-01-28",
        ),
        # a Sachverhalt tells the paper's story
        (
            "Beschlussvorlage 12/2020\nSachverhalt:\nDer Gemeinderat hat in seiner Sitzung am "
            "12.02.2020 folgenden Grundsatzbeschluss gefasst:\n",
            None,
        ),
    ],
)
def test_the_date_they_agree_on(text: str, date: str | None) -> None:
    stated = stated_meeting_date(text)
    assert (stated.date if stated else None) == (_date(date) if date else None)


def test_a_date_after_the_first_decision_is_another_meeting() -> None:
    text = (
        "Beschluss:\nMit der Niederschrift besteht Einverständnis.\n"
        "Marktgemeinderatssitzung vom 26.06.2025:\nAuftragsvergabe\n"
    )
    assert parse_text(text).meeting.date is None


def test_the_header_field_wins_over_a_title() -> None:
    res = parse_text("Sitzung: 13.12.2016 Rat\nNiederschrift über die Sitzung vom 12.11.2016\n")
    assert res.meeting.date == _date("2016-12-13")


def test_the_span_covers_the_title_up_to_its_date() -> None:
    text = (
        "Niederschrift\nüber die 4. Sitzung des Ortsbeirates Lindenau\nam 12.03.2024\n"
        "Beschluss: beschlossen\n"
    )
    res = parse_text(text)
    assert res.meeting.date == _date("2024-03-12")
    assert res.meeting.span is not None
    assert text[res.meeting.span.start : res.meeting.span.end] == text[: text.index("\nBeschluss")]


# ---------------------------------------------------------------------------------------------
# Families of phrasings from towns not studied before (fam-dates2): header labels spelt out,
# excerpts of the minutes, spaced and ISO dates, labels without their colon; and the dates near
# them that are not the meeting's.

_DECIDED = "\n\nBeschluss:\nDer Gemeinderat beschließt die Satzung.\n"


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # header labels spelt out
        ("Datum der Sitzung: 12.03.2024\nGremium: Gemeinderat", "2024-03-12"),
        ("Tag der Sitzung: Dienstag, 12.03.2024", "2024-03-12"),
        ("Ort: Rathaus Lindenau\nTag: 12.03.2024\nBeginn: 19:00 Uhr", "2024-03-12"),
        ("Sitzung vom: 12.03.2024", "2024-03-12"),
        ("Sitzung am: Di., 12.03.2024", "2024-03-12"),
        # a spaced date, an ISO date
        ("Sitzung: 12. 03. 2024\nGremium: Gemeinderat", "2024-03-12"),
        ("Niederschrift über die Sitzung des Gemeinderates am 12. 03. 2024", "2024-03-12"),
        ("Niederschrift über die Sitzung des Gemeinderates am 2024-03-12", "2024-03-12"),
        # an excerpt of the minutes
        (
            "Auszug aus der Niederschrift über die Sitzung des Gemeinderates vom 12.03.2024",
            "2024-03-12",
        ),
        (
            "Auszug\naus dem Protokoll der öffentlichen Sitzung des Stadtrates\nam 12.03.2024",
            "2024-03-12",
        ),
        ("Protokollauszug\nder Sitzung des Gemeinderates vom 12.03.2024", "2024-03-12"),
        ("Beschlussauszug aus der Sitzung des Hauptausschusses vom 12.03.2024", "2024-03-12"),
        ("Niederschriftsauszug über die Sitzung des Gemeinderates am 12.03.2024", "2024-03-12"),
        ("Auszug aus dem Beschlussbuch des Gemeinderates vom 12.03.2024", "2024-03-12"),
        # a label that names the sitting, without its colon: beside or below its value
        ("Sitzungsdatum 12.03.2024\nGremium Gemeinderat", "2024-03-12"),
        ("Gremium Gemeinderat\nSitzungstermin | Dienstag, 12.03.2024, 18:00 Uhr", "2024-03-12"),
        ("Gemeinderat\nSitzungsdatum\n12.03.2024", "2024-03-12"),
    ],
)
def test_more_ways_to_state_the_meeting(head: str, date: str) -> None:
    assert parse_text(head + _DECIDED).meeting.date == _date(date)


@pytest.mark.parametrize(
    "head",
    [
        # another meeting
        "Nächste Sitzung:\n01.04.2024",
        "Letzte Sitzung:\nDienstag, 01.04.2024",
        "Nächste Sitzung: 01.04.2024",
        "Auszug aus dem Protokoll der Sitzung vom 01.03.2024 wird genehmigt.",
        # the invitation, a motion, publication, signature, a deadline
        "Einladung vom 01.03.2024\nGremium: Gemeinderat",
        "Antrag vom 01.03.2024",
        "Datum der Veröffentlichung: 01.03.2024",
        "Tag der Veröffentlichung: 01.03.2024",
        "Datum der Unterschrift: 01.03.2024",
        "Abgabetermin: 01.03.2024",
        "Ausgefertigt am 01.03.2024",
        # an excerpt of something that is no sitting
        "Auszug aus dem Grundbuch vom 01.03.2024",
        # a spaced date with a two-digit year is no typed date
        "Sitzung: 1. 3. 24",
    ],
)
def test_other_dates_near_the_header_stay_unread(head: str) -> None:
    assert parse_text(head + _DECIDED).meeting.date is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # what a sitting decided, as a title
        (
            "Beratungsergebnis der Sitzung des Stadtrates vom 12.03.2025\nEinstimmig.\n",
            "2025-03-12",
        ),
        ("Sitzungsergebnisse aus der Sitzung des Kreistages am 12.03.2025\n", "2025-03-12"),
        # the result in one body, as a heading over its decision
        ("Beratungsergebnis im Ortsbeirat Nord am 06.06.2024:\nZur Kenntnis.\n", "2024-06-06"),
        # a single decision sent on: its title names the sitting it comes from
        ("Beschluss des Beirates Mitte\naus der öffentlichen Sitzung am 18. Januar 2024\n",
         "2024-01-18"),
        ("Beschluss aus der Sitzung des Ortsrates vom 18.01.2024\n", "2024-01-18"),
    ],
)  # fmt: skip
def test_results_title(text: str, date: str) -> None:
    assert _read(text, "title") == [_date(date)]


def test_another_bodys_recommendation_does_not_date_the_meeting() -> None:
    text = (
        "Rat der Stadt – öffentliche Sitzung vom 12. Dezember 2023\n\n"
        "Beschlussempfehlung des Verwaltungsausschusses vom 05.12.2023:\n"
        "Der Rat beschließt den Haushalt.\n\nAbstimmungsergebnis: mehrheitlich\n"
    )
    assert parse_text(text).meeting.date == _date("2023-12-12")


def test_a_page_title_does_not_end_the_head() -> None:
    # "Beschluss" alone opens a copied page, its fields below it
    text = (
        "Beschluss\nGremium\nBauausschuss\nSitzung\nBUA/014/2023\nDatum\nDienstag, 14.03.2023\n"
        "TOP\nÖ 5\n\nDer Ausschuss beschließt X.\nEinstimmig beschlossen.\n"
    )
    assert parse_text(text).meeting.date == _date("2023-03-14")


@pytest.mark.parametrize(
    ("header", "date"),
    [
        # a system set to US English: month first; day first where the first cannot be a month
        ("Sitzungstermin: 06/21/2001", "2001-06-21"),
        ("Sitzung: 21/06/2001", "2001-06-21"),
        ("Sitzungstermin: Donnerstag, 06/21/2001, 16:00 Uhr", "2001-06-21"),
    ],
)
def test_a_meeting_label_before_a_date_with_slashes(header: str, date: str) -> None:
    res = parse_text(header + "\nBeschluss: einstimmig beschlossen\n")
    assert res.meeting.date == _date(date)


def test_a_date_with_slashes_needs_a_meeting_label() -> None:
    res = parse_text("Vorlage vom 06/21/2001\nBeschluss: einstimmig beschlossen\n")
    assert res.meeting.date is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # an excerpt of one meeting of the paper's history: that meeting
        (
            "Beratungsfolge:\nÖffentlich | 05.02.2024 | Jugendausschuss | Vorberatung\n"
            "Nichtöffentlich | 20.02.2024 | Verwaltungsausschuss | Vorberatung\n\n"
            "Auszug aus der Sitzung des Verwaltungsausschusses vom 20.02.2024\n\n"
            "Beschluss:\nDer Ausschuss empfiehlt die Satzung.\n",
            "2024-02-20",
        ),
        # a history alone: no one meeting
        (
            "Beratungsfolge:\nÖffentlich | 05.02.2024 | Jugendausschuss | Vorberatung\n"
            "Nichtöffentlich | 20.02.2024 | Verwaltungsausschuss | Vorberatung\n\n"
            "Beschluss:\nDer Ausschuss empfiehlt die Satzung.\n",
            None,
        ),
        # a Beratungsfolge of one line, a field
        ("Beratung: Stadtrat  10.04.2024  öffentlich  TOP 9.2\n\nBeschluss: beschlossen\n",
         "2024-04-10"),
        # "Datum:" on a paper's page is the paper's date; its Beratungsfolge gives the meeting
        (
            "Drucksache 22-0345\nDatum: 03.09.2024\n\nBeratungsfolge\nGremium | Datum\n"
            "Bezirksversammlung Altona | 26.09.2024 Öffentlich\n\nBeschluss: beschlossen\n",
            "2024-09-26",
        ),
        # "Sitzung am" before the time, "Sitzung des … am:" with its colon
        ("Sitzung am 08.05.2024 · 19:00 Uhr · Gemeindeamt\n\nBeschluss: beschlossen\n",
         "2024-05-08"),
        ("Sitzung des Kreistages am: 24.04.2024\nBeschluss: beschlossen\n", "2024-04-24"),
        # a gazette's announcement of a sitting's decisions
        ("Bekanntmachung der Beschlüsse des Kreistages Märkisch-Oderland\naus seiner Sitzung am "
         "27. März 2024\n\nBeschluss: beschlossen\n", "2024-03-27"),
        # a month abbreviated; a meeting label in a table's row after a cell
        ("Niederschrift über die Sitzung vom 26. Sept. 2024\nBeschluss: beschlossen\n",
         "2024-09-26"),
        ("Sitzung des Stadtrates | Sitzungstermin: Do, 19.09.2024, 18:00 Uhr | öffentlich\n"
         "Beschluss: beschlossen\n", "2024-09-19"),
    ],
)  # fmt: skip
def test_the_meeting_of_a_page_with_a_history(text: str, date: str | None) -> None:
    from ratsparse import parse_text

    found = parse_text(text).meeting.date
    assert (found.isoformat() if found else None) == date


@pytest.mark.parametrize(
    ("line", "cased"),
    [
        ("AUS DER SITZUNG DES RATES VOM 12.03.2025", "Aus der Sitzung des Rates vom 12.03.2025"),
        ("  ÜBER DIE SITZUNG AM 12.03.2025", "  Über die Sitzung am 12.03.2025"),
        ("AAAAAAAAAAAA BBBBBBBBBBBB a", "AAAAAAAAAAAA BBBBBBBBBBBB a"),  # a small letter: prose
        ("TOP 3", "TOP 3"),  # one word of capitals
    ],
)
def test_a_line_in_capitals_is_read_in_mixed_case(line: str, cased: str) -> None:
    text = f"{line}\nDer Rat beschließt.\n"
    assert _in_mixed_case(text) == f"{cased}\nDer Rat beschließt.\n"
