"""Families a twelfth blind probe found, and the ones the eleventh left open (the twelfth: 240
texts from the big cities' own systems, papers on their way through several bodies, votes in
unusual prose, text copied from RIS web pages, minutes excerpts, long reasons quoting earlier
decisions, Brandenburg, Mecklenburg-Vorpommern and Hessen, and budgets, bylaws and plans).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a separable verb: the stem second, its particle at the clause's end, a vote below
        (
            "Beschluss:\nDer Bauausschuss stellt die Behandlung der Einwendungen zurück, bis das "
            "Gutachten vorliegt.\n\nAbstimmungsergebnis:\nJa: 9 Nein: 3\n",
            "postponed",
        ),
        (
            "Beschluss:\nDie Fraktion zieht ihren Antrag zurück.\n",
            "withdrawn",
        ),
        # guard: "ab" before a date is no particle
        (
            "Beschluss:\nDer Rat setzt die Gebühr ab dem 1. Januar 2025 neu fest.\n\n"
            "Abstimmungsergebnis: einstimmig\n",
            "approved",
        ),
    ],
)
def test_what_a_separable_verb_does(text: str, outcome: str) -> None:
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("text", "references"),
    [
        # a range of Beschluss numbers: the second number is one too
        (
            "Die Stellungnahmen wurden einzeln abgewogen (Beschlussbuch Nr. 112/2024 bis Nr. "
            "119/2024).\n\nBeschluss:\nDer Rat beschließt die Vorlage 2024/088.\n",
            ["2024/088"],
        ),
        # guard: a list of parcels
        (
            "Betroffen sind die Flurstücke 1702/3, 1702/4 und 1703/1.\n\nBeschluss:\nDer Rat "
            "beschließt die Vorlage 2024/088.\n",
            ["2024/088"],
        ),
        # guard: a list of papers after a paper word stays papers
        (
            "Beschluss:\nDie Vorlagen VO/2024/088 und VO/2024/089 werden beschlossen.\n",
            ["VO/2024/088", "VO/2024/089"],
        ),
    ],
)
def test_numbers_in_a_range_or_list_after_a_not_paper_word(
    text: str, references: list[str]
) -> None:
    assert [r.reference for r in parse_text(text).references] == references


@pytest.mark.parametrize(
    ("text", "references"),
    [
        # an agenda line: the item's number, a column's gap, the paper's number, its title
        (
            "Tagesordnung\n\nÖ 6.1    21-4567     Neugestaltung des Marktplatzes\n"
            "Ö 6.2    21-4590.1   Änderungsantrag der Fraktion X\n",
            ["21-4567", "21-4590.1"],
        ),
        # an agenda table: the paper's number in the cell after the item's
        (
            "| TOP | Drucksache | Gegenstand | Ergebnis |\n|---|---|---|---|\n"
            "| 6.1 | IX-0845 | Mehr Grün am Anger | angenommen |\n"
            "| 6.2 | IX-0851 | Parkhaus prüfen | abgelehnt |\n",
            ["IX-0845", "IX-0851"],
        ),
        # Düsseldorf's district councils: the kind's letters before office/number/year
        (
            "4.1  Sachstand Umbau Aachener Platz          BV 03/031/2024\n"
            "5.3  Änderungsantrag zu 5.2                  BV 03/036/2024/1\n",
            ["BV 03/031/2024", "BV 03/036/2024/1"],
        ),
        # Braunschweig's numbers at an agenda line's end, and on a title's line indented under
        # its item's
        (
            "Tagesordnung\n\n4.1.        Verkehrsberuhigung Querumer Straße          24-23412\n"
            "4.1.1.      Verkehrsberuhigung Querumer Straße\n"
            "            Änderungsantrag zum Antrag 24-23412          24-23412-01\n",
            ["24-23412", "24-23412-01"],
        ),
        # an agenda item's paper alone on the line under its title
        (
            "Tagesordnung\n3.1 Änderungsantrag der Fraktion Freie Wähler vom 02.09.2024\n"
            "   GR 2024/088-1\n",
            ["GR 2024/088-1"],
        ),
        # the plural paper word before its number
        (
            "in der durch die Änderungsanträge der CDU-Fraktion (KT/0112/2024-Ä1) geänderten "
            "Fassung\n",
            ["KT/0112/2024-Ä1"],
        ),
        # two numbers in parentheses after one paper word, each after its mover
        (
            "in der durch die Änderungsanträge der CDU-Fraktion (KT/0112/2024-Ä1) und der "
            "Fraktion Freie Wähler (KT/0112/2024-Ä3) geänderten Fassung\n",
            ["KT/0112/2024-Ä1", "KT/0112/2024-Ä3"],
        ),
        # a running head's number with the kind's letter the text reads it with elsewhere
        (
            "Hansestadt Stralsund          Vorlage Nr.: B 0042/2024\n\nText.\n\n"
            "Hansestadt Stralsund  B 0042/2024                    Seite 2 / 3\n",
            ["B 0042/2024"],
        ),
        # an inquiry's compound word
        ("Die Einwohneranfrage Nr. 0009/XXI wurde schriftlich beantwortet.\n", ["0009/XXI"]),
        # Bremen's Drucksache for the city, its letter without parentheses
        ("Beschluss zur Drucksache 21/214 S\n", ["21/214 S"]),
        # an ISO date under a paper word's line is no paper
        (
            "Drucksache A/2024/0031\n\nBeratungen dieser Drucksache\n2024-03-14\tRat der Stadt\n",
            ["A/2024/0031"],
        ),
        # guard: an indented header field's number is none
        ("Stadt X\n                    GZ:                 T 6215-04\n", []),
        # guard: a date after the item's number is no paper
        ("Ö 2    Genehmigung der Niederschrift vom 23.01.2024\n", []),
    ],
)
def test_papers_in_an_agendas_slot(text: str, references: list[str]) -> None:
    assert [r.reference for r in parse_text(text).references] == references


@pytest.mark.parametrize(
    "text",
    [
        # the session's number in parentheses under the body's name
        "Beschlussausfertigung\n\nStadtrat\n(SR/048/2023)\nSitzung am: 16.03.2023\n\n"
        "Beschluss zu: V1834/22\n",
        # ... the lines between them holding a space
        "Landeshauptstadt Dresden\n \nBeschlussausfertigung\n \nStadtrat\n(SR/048/2023)\n"
        "Sitzung am: 16.03.2023\n \nBeschluss zu: V1834/22\n",
        # the invitation's number in a page's foot
        "Beschluss zu: V1834/22\n\nSeite 1 von 1          Einladung SR/048/2024\n",
    ],
)
def test_a_sessions_number_is_no_paper(text: str) -> None:
    assert [r.reference for r in parse_text(text).references] == ["V1834/22"]


def test_a_committees_recommendation_its_sitting_and_its_changes() -> None:
    r = parse_text(
        "Ausschuss für Schule und Sport\n\nBeschlussempfehlung\n\nzur Drucksache Nr. 0567/XXI\n\n"
        "Der Ausschuss hat den o. g. Antrag in seiner Sitzung am 12.06.2023 beraten und "
        "empfiehlt der Bezirksverordnetenversammlung, den Antrag mit folgenden Änderungen "
        "anzunehmen:\n\nDas Bezirksamt wird ersucht, die Schulhöfe zu öffnen.\n\n"
        "Abstimmungsergebnis: 7 : 0 : 4\n\nBerlin, den 13.06.2023\n"
    )
    assert r.meeting.date is not None and r.meeting.date.isoformat() == "2023-06-12"
    assert r.outcome == "approved_amended"


def test_a_sitting_told_in_the_past_is_no_recommendations() -> None:
    # guard: an earlier decision told in the perfect
    r = parse_text(
        "Der Ausschuss hat den Antrag in seiner Sitzung am 12.06.2023 beraten und abgelehnt.\n\n"
        "Beschluss:\nDer Rat beschließt die Vorlage.\n"
    )
    assert r.meeting.date is None


def test_a_pointer_to_another_item_after_the_decision_is_about_a_later_matter() -> None:
    r = parse_text(
        "TOP 3: Wahl des Sprechers\n\nHerr K. ist damit zum Sprecher gewählt. Er nimmt die Wahl "
        "an.\n\nDie Wahl der Stellvertretung erfolgt unter TOP 4.\n"
    )
    assert r.outcome == "approved"


def test_a_pointer_to_another_item_alone_is_this_items_fate() -> None:
    # guard: the item deliberated under another
    assert parse_text("Die Beratung erfolgt unter TOP 7.\n").outcome == "other"


def test_a_committees_recommendation_quoted_in_the_councils_minutes() -> None:
    # guard: the minutes' own date; the committee's sitting is not the text's
    r = parse_text(
        "Auszug aus der Niederschrift\nder 21. Sitzung der Stadtverordnetenversammlung\n"
        "am Donnerstag, 14. März 2024\n\nVorlage: SV/2024/018\n\nDer Hauptausschuss hat die "
        "Vorlage in seiner Sitzung am 05.03.2024 beraten und empfiehlt der "
        "Stadtverordnetenversammlung, wie folgt zu beschließen.\n\nBeschluss:\nDer Erweiterung "
        "wird zugestimmt.\n"
    )
    assert r.meeting.date is not None and r.meeting.date.isoformat() == "2024-03-14"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a header line of cells, the sitting in the second
        (
            "Kreistag  |  Sitzung am Donnerstag, 28. September 2023  |  Öffentliche Sitzung\n"
            "TOP Ö 14\nVorlage: 2023/0456\n\nBeschluss: zur Kenntnis genommen\n",
            "2023-09-28",
        ),
        (
            "Gemeindevertretung Zierow | Sitzung am 28.05.2024 | TOP Ö 8\n\n"
            "Beschluss: ungeändert beschlossen\n",
            "2024-05-28",
        ),
        # an invitation, its date set apart by blank lines
        (
            "Die 27. Sitzung des Kreistages findet am\n\nMittwoch, dem 27. März 2024, um 16:00 "
            "Uhr\n\nim Sitzungssaal der Kreisverwaltung, Hauptstraße 20, statt.\n\nTagesordnung:\n",
            "2024-03-27",
        ),
        (
            "hiermit lade ich Sie zur 2. öffentlichen Sitzung der Verbandsversammlung am\n\n"
            "Montag, 17. Februar 2025, 15:00 Uhr,\n\nin den Sitzungssaal des Landratsamtes "
            "Neustadt a.d.Aisch, Konrad-Adenauer-Straße 1, ein.\n\nTagesordnung\n",
            "2025-02-17",
        ),
        (
            "hiermit lade ich Sie zu der am\n\nMittwoch, dem 20. November 2024, um 18:30 Uhr,\n\n"
            "im Sitzungssaal des Rathauses stattfindenden Sitzung ein.\n\nTagesordnung:\n",
            "2024-11-20",
        ),
        (
            "Bekanntmachung\n\nAm Dienstag, dem 16. April 2024, 18:00 Uhr, findet im Ratssaal des "
            "Rathauses\nHückelhoven, die 31. Sitzung des Rates der\nStadt statt.\n\nTagesordnung\n",
            "2024-04-16",
        ),
        # a Beratungsfolge of one row, its date column headed "Termin"
        (
            "Beratungsfolge                      Termin         Behandlung\n"
            "Rat der Gemeinde                    27.01.2025     Entscheidung, öffentlich\n\n"
            "Betreff:\nStellenplan 2025\n",
            "2025-01-27",
        ),
        # the table of the bodies without the word: "Gremium / Datum"
        (
            "Mitteilung\nöffentlicher Teil\n\nGremium                                 Datum\n"
            "Ausschuss für Klima, Umwelt und Grün    14.09.2023\n\nVorlagen-Nummer: 2981/2023\n",
            "2023-09-14",
        ),
        # a gazette's notice, "Öffentliche" before it
        (
            "Öffentliche Bekanntmachung\nder Beschlüsse der öffentlichen Sitzung des Stadtrates "
            "vom 14. November 2024\n\nBeschluss-Nr. 2024/089\n",
            "2024-11-14",
        ),
        # an excerpt's title over five lines
        (
            "Gemeinde Plate                    Beschlussauszug\n                                  "
            "öffentlich\naus der\nSitzung der Gemeindevertretung Plate\nvom 05.03.2024\n\n"
            "Top 11    Ankauf einer Teilfläche\n",
            "2024-03-05",
        ),
        # an answer's sitting
        (
            "Beantwortung zur Sitzung der Stadtverordnetenversammlung am 30.10.2024\n\n"
            "Betreff: Sanierung der Sporthalle\n",
            "2024-10-30",
        ),
        # a statute's preamble, the statute named in a few words
        (
            "Aufgrund von § 79 der Gemeindeordnung hat der Gemeinderat am 13.12.2023 folgende "
            "Haushaltssatzung für das Haushaltsjahr 2024 beschlossen:\n\n§ 1 Ergebnishaushalt\n",
            "2023-12-13",
        ),
        # a running foot with the body's short name, at the end of a page above the decision
        (
            "wehr (+3,0) und das Projekt Rathausneubau (+2,0).\n\n____\n"
            "Niederschrift HFA 07.11.2024                                 Seite 5 von 9\n\n"
            "Beschluss: einstimmig beschlossen\n",
            "2024-11-07",
        ),
    ],
)
def test_meeting_dates_of_headers_and_invitations(text: str, date: str) -> None:
    got = parse_text(text).meeting.date
    assert got is not None and got.isoformat() == date


@pytest.mark.parametrize(
    "text",
    [
        # a Beratungsfolge's rows: body, session, date (a tab between cells)
        "Vorlage: 2024/0187\n\nBeratungsfolge\nGremium\tSitzung\tDatum\tZuständigkeit\n"
        "Kulturausschuss\tKA/004/2024\t18.04.2024\tVorberatung\n"
        "Stadtrat\tSR/012/2024\t23.05.2024\tEntscheidung\n",
        # ... body, date, session
        "Vorlage: 2024/0187\n\nGemeindevertretung\t22.10.2024\tGV/006/2024\tEntscheidung\n",
        # ... a pipe table
        "Vorlage: 2024/0187\n\n|Rat der Gemeinde Wedemark|RAT/05/2025|13.03.2025|Ö 9|\n",
        # ... a flattened table, a cell a line
        "Vorlage: 2024/0187\n\nBeratungsverlauf\nGremium\nSitzung\nDatum\nErgebnis\n"
        "Ausschuss für Stadtentwicklung und Umwelt\nASU/04/2024\n05.03.2024\n"
        "einstimmig empfohlen\n",
        # a session's number where the page's path names it too
        "Startseite » Sitzungskalender » SR/012/2024 » TOP Ö 7\n\nVorlage: 2024/0187\n\n"
        "Stadtrat\tSR/012/2024\t23.05.2024\tEntscheidung\n",
    ],
)
def test_a_sessions_number_in_a_beratungsfolge_is_no_paper(text: str) -> None:
    assert [r.reference for r in parse_text(text).references] == ["2024/0187"]


def test_a_paper_beside_a_title_that_names_a_body_and_a_date() -> None:
    # guard: an agenda row's paper after a title that ends in a body's recommendation's date
    text = (
        "| 2 | Haushaltssatzung; Empfehlung des Haupt- und Finanzausschusses vom 14.11.2023 | "
        "2023/HA/112 | beschlossen |\n"
    )
    assert [r.reference for r in parse_text(text).references] == ["2023/HA/112"]


@pytest.mark.parametrize(
    ("text", "references"),
    [
        # a number alone after its paper word
        ("Vorlage:\t3987\nBetreff: Zuschuss\n", ["3987"]),
        ("Die Verwaltung bittet, TOP 6.3 (Drucksachen-Nr. 240488) abzusetzen.\n", ["240488"]),
        # Bonn's numbers of six digits, a Stellungnahme's suffix
        ("Drucksachen-Nr.: 241120ST\n", ["241120ST"]),
        # Mecklenburg-Vorpommern's Ämter: the member body's code in the number
        ("Vorlage:  VO/12GV/2024-1534\n", ["VO/12GV/2024-1534"]),
        ("Vorlage:  VO/GV11/2024-0187\n", ["VO/GV11/2024-0187"]),  # (guard: read before)
        # the mover's name with a slash between the paper word and the number
        (
            "Änderungsantrag der Fraktion BVB/Freie Wähler (7-0867/2023-1):\n",
            ["7-0867/2023-1"],
        ),
        # guard: a file's size, a year after the word
        ("Dokument anzeigen: Beschlussvorlage Dateigrösse: 212 KB Beschlussvorlage 212 KB\n", []),
        ("Die Vorlage 2024 wird beschlossen.\n", []),
    ],
)
def test_a_bare_number_after_its_paper_word(text: str, references: list[str]) -> None:
    assert [r.reference for r in parse_text(text).references] == references


def sides(text: str) -> dict[str, list[str]]:
    [vote] = [v for v in parse_text(text).votes if v.decisive]
    return {s: [g.name for g in getattr(vote.groups, s)] for s in ("yes", "no", "abstain")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vote line wrapped before the abstainers' genitive
        (
            "Abstimmungsergebnis: mehrheitlich bei Gegenstimmen der AfD-Fraktion und Enthaltung\n"
            "der Fraktion DIE LINKE\n",
            {"yes": [], "no": ["AfD-Fraktion"], "abstain": ["Fraktion DIE LINKE"]},
        ),
        # the sides in parentheses after the verdict, their words without a colon (Bremen)
        (
            "Die Stadtbürgerschaft lehnt den Antrag ab.\n\n(Dafür CDU, FDP, Bündnis "
            "Deutschland; Dagegen SPD, DIE LINKE)\n",
            {
                "yes": ["CDU", "FDP", "Bündnis Deutschland"],
                "no": ["SPD", "DIE LINKE"],
                "abstain": [],
            },
        ),
        (
            "Der Antrag wird abgelehnt (Dafür: CDU, FDP; Dagegen: SPD, DIE LINKE).\n",
            {"yes": ["CDU", "FDP"], "no": ["SPD", "DIE LINKE"], "abstain": []},
        ),
        # the sides in parentheses, the sentence going on after them
        (
            "Der Ausschuss empfiehlt mit 8:3:0 Stimmen (Ja: SPD, CDU; Nein: AfD, Die Linke) "
            "folgenden Beschluss zu fassen:\n",
            {"yes": ["SPD", "CDU"], "no": ["AfD", "Die Linke"], "abstain": []},
        ),
    ],
)
def test_who_voted_how_where_the_line_or_the_parenthesis_ends(
    text: str, expected: dict[str, list[str]]
) -> None:
    assert sides(text) == expected


def test_minutes_items_numbered_by_running_paragraphs() -> None:
    r = parse_text(
        "Niederschrift über die öffentliche Sitzung des Gemeinderats\n\n"
        "§ 31 Genehmigung der Tagesordnung\nDer Gemeinderat genehmigt die Tagesordnung "
        "einstimmig.\n\n§ 32 Neufassung der Gebührensatzung\nDer Gemeinderat beschließt mit 12 "
        "Ja-Stimmen, 3 Nein-Stimmen und 1 Enthaltung die Satzung.\n\n§ 33 Anfragen\n"
        "Es werden keine Anfragen gestellt.\n"
    )
    assert [i.number for i in r.items] == ["§ 31", "§ 32", "§ 33"]


def test_a_statutes_paragraphs_are_no_items() -> None:
    # guard: a Haushaltssatzung's paragraphs in the decided text
    r = parse_text(
        "Beschluss:\nDer Gemeinderat beschließt folgende Haushaltssatzung:\n\n"
        "§ 1 Ergebnishaushalt und Finanzhaushalt\nDer Haushaltsplan wird festgesetzt.\n\n"
        "§ 2 Kreditermächtigung\nKredite werden nicht veranschlagt.\n\nAbstimmung: einstimmig\n"
    )
    assert r.items == ()


def counts(text: str) -> tuple[int | None, int | None, int | None]:
    [vote] = [v for v in parse_text(text).votes if v.decisive]
    return vote.counts.yes, vote.counts.no, vote.counts.abstain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "mit N Stimmen dafür": the side said, whatever the verdict
        (
            "Abstimmung: Mit 4 Stimmen dafür, 14 Stimmen dagegen und 0 Enthaltungen abgelehnt\n",
            (4, 14, 0),
        ),
        # guard: "mit N Stimmen" alone is the side that carried the verdict
        ("Der Antrag wird mit 16 Stimmen abgelehnt.\n", (None, 16, None)),
    ],
)
def test_counts_in_prose(text: str, expected: tuple[int | None, int | None, int | None]) -> None:
    assert counts(text) == expected


def test_a_count_table_with_groups_in_parentheses_and_a_note_below() -> None:
    text = (
        "Abstimmungsergebnis:\nabgelehnt\n\nJa:\t5 Stimmen\t(Die Linke, Die PARTEI)\n"
        "Nein:\t12 Stimmen\t(Grüne, CDU, SPD, FDP)\nEnth.:\t1 Stimme\t(Herr K. (AfD))\n\n \n"
        "Anmerkung der Geschäftsführung: Die Bezirksvertretung hatte die Errichtung der Kita mit "
        "Beschluss vom 27.11.2023 zu TOP 8.3 zur Kenntnis genommen.\n"
    )
    r = parse_text(text)
    assert r.outcome == "rejected"
    assert sides(text)["no"] == ["Grüne", "CDU", "SPD", "FDP"]


HISTORY = (
    "Ausschuss für Planung\n\nAuszug aus der Niederschrift\n\nDer Ausschuss für Planung hat in "
    "seiner 27. Sitzung am Mittwoch, dem {date}, zu Punkt 6 folgendes beraten:\n\n"
    "Vorlagen-Nr.:  APS/067/2023\n\nBeratungsfolge:\n|Gremium|Sitzung am|Ergebnis|\n"
    "|Bezirksvertretung 1|20.10.2023|Empfehlung: Zustimmung (einstimmig)|\n"
    "|Ausschuss für Planung|08.11.2023|vertagt|\n\nBeschluss:\nDie Vorlage wird in die nächste "
    "Sitzung vertagt.\n\nAbstimmungsergebnis: einstimmig\n"
)


def test_the_record_of_a_historys_last_sitting_is_that_sittings_decision() -> None:
    r = parse_text(HISTORY.format(date="8. November 2023"))
    assert r.outcome == "postponed"
    [vote] = [v for v in r.votes if v.decisive]
    assert vote.unanimous is True


def test_a_history_without_its_own_sitting_settles_no_one_outcome() -> None:
    # guard: titled with an earlier sitting, the text is the paper's page, its results differ
    assert parse_text(HISTORY.format(date="20. Oktober 2023")).outcome is None


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a petition refused by the adopted text, framed
        (
            "Beschluss: mehrheitlich beschlossen\n\nDie Bezirksvertretung beschließt, der "
            "Anregung nicht zu folgen.\n\nAbstimmung: Ja-Stimmen: 14 Nein-Stimmen: 3\n",
            "rejected",
        ),
        # a draft decision without a result decides nothing
        (
            "Beschlussentwurf:\nDie Bezirksvertretung beschließt die Neugestaltung des "
            "Marktplatzes.\n\nSachverhalt / Begründung:\nIn zwei Workshops wurden Anforderungen "
            "formuliert.\n",
            None,
        ),
    ],
)
def test_what_the_decided_text_or_its_draft_does(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


def test_members_by_name_in_lines_of_sides_are_persons() -> None:
    text = (
        "Abstimmung:\nGRÜNE, CDU, SPD, FDP und Volt gegen AfD und LINKE (= Ablehnung); "
        "ÖkoLinX-ELF und Stv. Yilmaz (= Enthaltung)\n"
    )
    [vote] = [v for v in parse_text(text).votes if v.decisive]
    assert [(g.name, g.kind) for g in vote.groups.abstain] == [
        ("ÖkoLinX-ELF", "faction"),
        ("Stv. Yilmaz", "person"),
    ]
    r = parse_text(
        "Abstimmung: einstimmig bei Stimmenthaltung der Gemeindevertreterin Weigl (FDP) und des "
        "Gemeindevertreters Brandl (AfD)\n"
    )
    assert {g.kind for v in r.votes for g in v.groups.abstain} == {"person"}


def test_frankfurts_stellungnahme_of_the_magistrat() -> None:
    r = parse_text("Der Magistrat hat mit ST 1456 berichtet.\n")
    assert [x.reference for x in r.references] == ["ST 1456"]


def test_a_vote_set_before_the_records_own() -> None:
    text = (
        "Beschluss: mehrheitlich beschlossen\nJa: 13, Nein: 4\n\nSachverhalt:\nDie "
        "Variantenuntersuchung wurde in der Sitzung am 08.11.2022 vorgestellt. Der "
        "Marktgemeinderat hat damals einstimmig die Variante B festgelegt.\n"
    )
    assert counts(text) == (13, 4, None)


def test_the_version_adopted_with_a_change() -> None:
    r = parse_text(
        "Beschluss: beschlossen\n\nBeschluss:\nDer Rat beschließt die Stellplatzsatzung in der "
        "Fassung der Anlage 1 mit folgender Änderung:\nIn § 4 wird die Angabe „0,5“ durch „1,0“ "
        "ersetzt.\n\nProtokollnotiz:\nDie Änderung geht auf einen Antrag der CDU-Fraktion zurück, "
        "dem der Rat zuvor mit 16 : 15 Stimmen zugestimmt hat.\n\nJa-Stimmen: 24 | Nein-Stimmen: "
        "5 | Enthaltungen: 3\n"
    )
    assert r.outcome == "approved_amended"
    [vote] = [v for v in r.votes if v.decisive]
    assert (vote.counts.yes, vote.counts.no) == (24, 5)


def test_a_framing_line_with_its_vote() -> None:
    r = parse_text(
        "Ratsherr H. unterstützt das Anliegen grundsätzlich, hält aber eine Beratung im "
        "Finanzausschuss für erforderlich.\n\nDer Ausschuss beschließt mit 9:2:1 Stimmen:\n\n"
        "Der Antrag wird an den Ausschuss für Finanzen verwiesen. Die Verwaltung wird gebeten, "
        "bis dahin die Fördermöglichkeiten darzustellen.\n"
    )
    assert r.outcome == "referred"
    assert counts(
        "Der Ausschuss beschließt mit 9:2:1 Stimmen:\n\nDer Antrag wird verwiesen.\n"
    ) == (
        9,
        2,
        1,
    )


@pytest.mark.parametrize(
    "text",
    [
        # a report the body is asked to take note of; its Beratungsfolge names its role
        "Mitteilungsvorlage\n\nBeratungsfolge:\nGremium                          Zuständigkeit\n"
        "Stadtverordnetenversammlung      Kenntnisnahme\n\nMitteilung:\nDer Magistrat berichtet "
        "über die Kindertagesbetreuung.\n\nDie Stadtverordnetenversammlung wird gebeten, den "
        "Bericht zur Kenntnis zu nehmen.\n",
        # an Informationsvorlage, its Beratungsfolge of roles in a pipe table, headed with a
        # remark
        "Informationsvorlage\n\nBeratungsfolge (Änderungen vorbehalten):\n"
        "Fachausschuss Bau | 07.05.2024 | Information zur Kenntnis\n"
        "Ratsversammlung | 22.05.2024 | Information zur Kenntnis\n\nSachverhalt:\n"
        "Zum Stand der Umsetzung wird berichtet.\n",
    ],
)
def test_a_report_to_be_taken_note_of_decides_nothing(text: str) -> None:
    assert parse_text(text).outcome is None


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # a statute quoted in a clause: its paragraphs' numbered lines are its own
        (
            "Beschluss:\n1. Der Stadtrat erlässt die Haushaltssatzung:\n\n"
            "   § 4  Die Steuersätze werden wie folgt festgesetzt:\n        1. Grundsteuer\n"
            "           a) für die Betriebe (A)   350 v. H.\n        2. Gewerbesteuer   340 v. H.\n"
            "   § 5  Der Höchstbetrag der Kassenkredite wird auf 6.000.000 € festgesetzt.\n\n"
            "2. Der Haushaltsplan 2025 wird beschlossen.\n3. Der Finanzplan wird beschlossen.\n",
            3,
        ),
        # a statute as the decided text: no clauses of the decision
        (
            "Beschluss:\nDer Gemeinderat beschließt folgende Haushaltssatzung:\n\n"
            "§ 1 Ergebnishaushalt\nDer Haushaltsplan wird festgesetzt mit\n"
            "1. im Ergebnishaushalt mit dem Gesamtbetrag von 10.000 €\n"
            "2. im Finanzhaushalt mit dem Gesamtbetrag von 9.000 €\n\n"
            "§ 2 Kreditermächtigung\nKredite werden nicht veranschlagt.\n",
            0,
        ),
    ],
)
def test_a_statutes_numbering_is_no_clause_of_the_decision(text: str, clauses: int) -> None:
    assert len(parse_text(text).clauses) == clauses


def test_votes_told_after_another_sitting_in_one_paragraph() -> None:
    r = parse_text(
        "Sitzungstermin: Donnerstag, 27. April 2023\n\nBeschluss: zurückgezogen\n\nSachverhalt:\n"
        "Die Verwaltung nimmt hierzu wie folgt Stellung:\nDer Stadtrat hat sich mit der Thematik "
        "bereits in seiner Sitzung am 19.10.2020 befasst. Ein Antrag wurde mit 22 : 8 Stimmen "
        "abgelehnt. Stattdessen wurde einstimmig beschlossen, ein Merkblatt herauszugeben.\n"
    )
    assert r.outcome == "withdrawn"
    assert not any(v.decisive for v in r.votes)


def test_a_table_by_group_printed_a_cell_a_line() -> None:
    cells = "Fraktion Ja Nein Enthaltung SPD 20 0 0 CDU 17 0 0 AfD 0 5 0".replace(" ", "\n")
    text = (
        "Beschluss:\nDer Kreistag beschließt den Nahverkehrsplan.\n\nAbstimmungsergebnis:\n"
        + cells
        + "\nGruppe LINKE/PARTEI\n0\n0\n2\nGesamt\n37\n5\n2\n"
    )
    assert counts(text) == (37, 5, 2)
    assert sides(text) == {
        "yes": ["SPD", "CDU"],
        "no": ["AfD"],
        "abstain": ["Gruppe LINKE/PARTEI"],
    }


def test_a_roll_call_table_headed_by_the_members_title() -> None:
    rows = "".join(f"| Mitglied {n}, A. (CDU) | X |  |  |\n" for n in range(1, 5))
    text = (
        "Abstimmung:\n| Gemeindevertreter/in | Ja | Nein | Enth. |\n|---|---|---|---|\n"
        + rows
        + "| Kowalski, D. (BfR) | entschuldigt |\n| Otto, B. (BfR) |  | X |  |\n"
        + "| Lorenz, A. (Die Linke) |  |  | X |\n"
    )
    assert counts(text) == (4, 1, 1)


def test_a_table_by_group_whose_groups_column_has_no_head() -> None:
    text = (
        "Beschluss:\nDer Kreistag beschließt.\n\nAbstimmungsergebnis:\n"
        "|                | ja | nein | Enth. |\n|----------------|----|------|-------|\n"
        "| CDU            | 25 |      |       |\n| AfD            |    |  3   |       |\n"
        "| UWG            |    |      |   2   |\n| Landrat        |  1 |      |       |\n"
        "| gesamt         | 26 |  3   |   2   |\n"
    )
    assert counts(text) == (26, 3, 2)
    assert sides(text) == {"yes": ["CDU"], "no": ["AfD"], "abstain": ["UWG"]}


def test_groups_against_without_a_verdict_dissent() -> None:
    r = parse_text(
        "III. Beschluss\n\nnach Antrag (gegen die Stimmen der AfD-Fraktion und der Fraktion "
        "ÖDP/München-Liste)\n"
    )
    assert r.outcome == "approved"
    [vote] = [v for v in r.votes if v.decisive]
    assert vote.unanimous is False


def test_the_groups_against_in_the_status_line() -> None:
    r = parse_text("Beschluss: nach Antrag (gegen die Stimmen der AfD-Fraktion)\n")
    assert r.outcome == "approved"
    assert sides("Beschluss: nach Antrag (gegen die Stimmen der AfD-Fraktion)\n")["no"] == [
        "AfD-Fraktion"
    ]


def test_a_group_list_cut_before_the_next_phrase() -> None:
    text = (
        "Abstimmung: Der Rat beschließt mit 38 Ja-Stimmen gegen 9 Stimmen der Fraktionen CDU "
        "und AfD bei 2 Enthaltungen.\n"
    )
    assert sides(text)["no"] == ["CDU", "AfD"]
