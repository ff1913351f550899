"""Families found in the fortieth probe's remaining texts and the forty-first blind probe
(``tests/probes/fortyfirst``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from tests.reading import meeting_date as _date
from tests.reading import references
from tests.reading import sides as _sides


@pytest.mark.parametrize(
    ("fields", "date"),
    [
        # the sitting's own field below the paper's date
        ("Sitzung: 15.05.2030 Stadtrat\nBeschluss: abgelehnt", "2030-05-15"),
        ("Sitzungstermin: 15.05.2030\nErgebnis: abgelehnt", "2030-05-15"),
        # guard: one body's sitting in the paper's course is a heading, not the page's field
        ("Sitzung des Rates, 15.05.2030\nDer Rat lehnt den Antrag ab.", None),
    ],
)
def test_a_sittings_field_below_the_papers_date(fields: str, date: str | None) -> None:
    text = (
        "Drucksache - 0871/30\n\nBetreff: Parken an Adventssamstagen\nDatum: 04.04.2030\n\n"
        "Beratungsfolge:\n17.04.2030 | Bauausschuss | Vorberatung\n"
        "15.05.2030 | Stadtrat | Entscheidung\n\nBeschlussvorschlag\n\n"
        "Die Parkgebühren entfallen.\n\nBegründung\n\nDer Handel leidet.\n\n"
        f"{fields}\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("story", "date"),
    [
        # an earlier sitting told in the paper's story
        (
            "Die BVV hat in ihrer Sitzung am 15.06.2029 folgendes Ersuchen beschlossen:",
            "2030-11-22",
        ),
        # guard: the same with the month's name
        (
            "Die Bezirksverordnetenversammlung hat in ihrer Sitzung am 3. Februar 2030 "
            "beschlossen (Drucksache IX-0321):",
            "2030-11-22",
        ),
        # guard: the story tells of the listed sitting itself
        ("Die BVV hat in ihrer Sitzung am 22.11.2030 beschlossen:", "2030-11-22"),
    ],
)
def test_an_earlier_sitting_told_over_a_one_row_course(story: str, date: str) -> None:
    text = (
        "Drucksache - IX-0789\n\nBetreff: Sitzbänke im Bürgerpark\n"
        "Drucksache-Art: Vorlage zur Kenntnisnahme\n\nBeratungsfolge:\n"
        "Datum\tGremium\tBeschlussart\n22.11.2030\tBezirksverordnetenversammlung\t"
        "zur Kenntnis genommen\n\n"
        f"{story}\n\n„Das Bezirksamt wird ersucht, Bänke aufzustellen.“\n\n"
        "Hierzu wird berichtet: Es wurden zwölf Bänke aufgestellt.\n"
    )
    assert _date(text) == date


_COURSE = (
    "Vorlage - V/0456/2030\n\nBetreff: Neugestaltung des Marktplatzes\n\nBeratungsfolge:\n"
    "Gremium                         Sitzung      Beschlussart\n"
    "Bezirksvertretung Mitte         20.06.2030   vertagt\n"
    "Ausschuss für Verkehr           03.07.2030\n"
    "Rat der Stadt                   11.07.2030\n\n"
    "Beschlussvorschlag:\nDer Rat stimmt der Planung zu.\n\n"
)


@pytest.mark.parametrize(
    ("heading", "date"),
    [
        # one body's result, headed by the body and its sitting's day after a comma
        ("Beratungsergebnis Bezirksvertretung Mitte, 20.06.2030:", "2030-06-20"),
        ("Abstimmungsergebnis Ausschuss für Verkehr, 03.07.2030:", "2030-07-03"),
        # an excerpt of one body's minutes, its item after it
        ("Auszug aus der Niederschrift des Ausschusses für Verkehr, TOP 19", "2030-07-03"),
        ("Auszug aus dem Protokoll der Bezirksvertretung Mitte TOP Ö 4.2", "2030-06-20"),
        # guard: a letter's heading, no result's
        ("Schreiben der Bezirksvertretung Mitte, 20.06.2030:", None),
    ],
)
def test_one_bodys_result_under_a_course_of_several(heading: str, date: str | None) -> None:
    text = f"{_COURSE}{heading}\n\nDie Vorlage wird vertagt.\n"
    assert _date(text) == date


@pytest.mark.parametrize(
    ("lines", "outcome"),
    [
        # the decision's kind as its status, the result reported below it, a vote of sides only
        (
            "Beschluss: Anregung an den Magistrat OM 5234 2030\n"
            "Die Vorlage OF 812/5 wird mit der Maßgabe beschlossen, dass Ziffer 2 entfällt.\n"
            "Abstimmung: SPD, GRÜNE und Volt gegen CDU und FDP (= Ablehnung)",
            "approved_amended",
        ),
        (
            "Beschluss: Anregung an den Magistrat OM 5234 2030\n"
            "Die Vorlage OF 812/5 wird beschlossen.\n"
            "Abstimmung: SPD, GRÜNE und Volt gegen CDU und FDP (= Ablehnung)",
            "approved",
        ),
        # guard: no vote, a phrase that says nothing was decided
        (
            "Beschluss: entfällt – Informationsvorlage\nDie Beigeordnete bejaht dies.",
            None,
        ),
    ],
)
def test_a_decisions_kind_as_its_status_over_the_result_reported(
    lines: str, outcome: str | None
) -> None:
    head = "Ortsbeirat 5\nAntrag vom 02.04.2030, OF 812/5\nDer Magistrat wird gebeten, zu prüfen."
    text = f"{head}\n\n{lines}\n"
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("record", "count"),
    [
        # a sitting's ordinal out of the list's turn heads the record below the clauses
        ("29. Sitzung des OBR 3 am 25.03.2030, TOP 8", 2),
        ("14. öffentliche Sitzung der Stadtverordnetenversammlung am 25.03.2030", 2),
        # guard: the next clause in turn
        ("3. Sitzung des Ausschusses ist der Bericht vorzulegen.", 3),
    ],
)
def test_a_sittings_ordinal_below_the_clauses(record: str, count: int) -> None:
    text = (
        "Antrag vom 11.03.2030, OF 455/3\n\nDer Ortsbeirat möge beschließen:\n"
        "Der Magistrat wird gebeten,\n1. Tempo 30 anzuordnen;\n2. die Einhaltung zu überwachen.\n\n"
        f"Beratungsergebnisse:\n{record}\n\nDie Vorlage OF 455/3 wird beschlossen.\n"
    )
    assert len(parse_text(text).clauses) == count


@pytest.mark.parametrize(
    ("title", "date"),
    [
        # a list of a sitting's decisions, its title word alone on the line above
        (
            "Beschlussübersicht\nder 28. Tagung der Bezirksverordnetenversammlung\n"
            "am Mittwoch, dem 12. Juni 2030",
            "2030-06-12",
        ),
        ("Ergebnisliste\nüber die öffentliche Sitzung des Rates am 12.06.2030", "2030-06-12"),
        # guard: the word alone, no sitting below it
        ("Beschlussübersicht\nStand: 12.06.2030", None),
    ],
)
def test_a_list_of_decisions_titled_over_two_lines(title: str, date: str | None) -> None:
    text = (
        f"{title}\n\n| Lfd. | Drucksache | Ergebnis |\n| 7.1 | IX-0452 | beschlossen |\n"
        "| 7.2 | IX-0460 | abgelehnt |\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # the sitting's ordinal after a head's parts between dashes
        ("BVV Mitte von Berlin – 29. ordentliche Sitzung – 20.06.2030", "2030-06-20"),
        ("Stadtbürgerschaft – 21. Wahlperiode – 18. Sitzung am 11. Juni 2030", "2030-06-11"),
        # the sitting's day after a comma, the record after a dash
        (
            "Bezirksversammlung Wandsbek\n13. Sitzung, 22.05.2030 – Niederschrift (Auszug)",
            "2030-05-22",
        ),
        # guard: a dash in prose, no sitting's ordinal after it
        ("Kiezblock Sparrplatz – Sperren – bis 20.06.2030 umsetzen", None),
    ],
)
def test_a_sittings_ordinal_in_a_head_of_parts(head: str, date: str | None) -> None:
    text = (
        f"{head}\n\nÖ 6.8\nKiezblock Sparrplatz\nAntrag der Fraktion Die Linke\n\n"
        "Beschluss:\nDie Bezirksverordnetenversammlung erklärt die Drucksache für erledigt.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # the deciding body's line, its item bare after the day
        ("Stadtrat, 11.07.2030, Ö 23", "2030-07-11"),
        # an earlier body's line: the excerpt of its sitting, which referred the paper on
        ("Ausschuss für Verkehr, Sitzung vom 03.07.2030, TOP 1.4", "2030-07-03"),
        # guard: a day no row of the course has
        ("Stadtrat, 12.07.2030, Ö 23", None),
    ],
)
def test_one_bodys_line_below_a_course_of_roles(line: str, date: str | None) -> None:
    text = (
        "Vorlage - V/0456/2030\n\nBetreff: Neugestaltung des Marktplatzes\n\nBeratungsfolge:\n"
        "Gremium                         Sitzung      Rolle\n"
        "Bezirksvertretung Mitte         20.06.2030   Vorberatung\n"
        "Ausschuss für Verkehr           03.07.2030   Vorberatung\n"
        "Stadtrat                        11.07.2030   Entscheidung\n\n"
        "Beschlussvorschlag:\nDer Rat stimmt der Planung zu.\n\n"
        f"{line}\n\nBeschluss:\nDie Vorlage wird in den Ausschuss verwiesen.\n\n"
        "Abstimmung: einstimmig\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("row", "papers"),
    [
        # an agenda table's row with no border before its first cell
        (
            "Ö 3   | 2030/142  | Bestellung einer Schiedsperson | einstimmig beschlossen",
            ["2030/142"],
        ),
        ("TOP 4 | 2030/139 | Nachtragshaushalt 2030 | beschlossen", ["2030/139"]),
        # guard: a count in the cell after the item's number
        ("Ö 5   | 12  | Ja-Stimmen | beschlossen", []),
    ],
)
def test_an_agenda_row_without_its_first_border(row: str, papers: list[str]) -> None:
    text = (
        "Stadtverordnetenversammlung\nÜbersicht der gefassten Beschlüsse\n"
        "32. Sitzung am 20.09.2030\n\nTOP   | Vorlage   | Betreff | Ergebnis\n"
        f"{row}\n"
    )
    assert references(text) == papers


@pytest.mark.parametrize(
    ("line", "papers"),
    [
        # the paper's number in the right column of a line that opens with its kind
        (
            "Antrag der Fraktion BÜNDNIS 90/DIE GRÜNEN vom 28.03.2030           30-23318",
            ["30-23318"],
        ),
        # guard: a line that opens with no paper's kind
        ("Tempo 30 in der Goslarschen Straße                        30-23318", []),
    ],
)
def test_a_papers_number_right_of_its_kind(line: str, papers: list[str]) -> None:
    text = (
        "Stadt Lindenburg\nDer Oberbürgermeister\n\nStadtbezirksrat 310\n"
        "Protokollauszug aus der Sitzung am 16.04.2030\n\nTOP 7.2\n"
        f"Tempo 30 in der Goslarschen Straße\n{line}\n\nBeschlussvorschlag:\n"
        "Die Verwaltung wird gebeten, Tempo 30 anzuordnen.\n\nAbstimmungsergebnis:\n"
        "dafür: 4 dagegen: 9 Enthaltungen: 1\n"
    )
    assert references(text) == papers


@pytest.mark.parametrize(
    ("decision", "count"),
    [
        # the paper adopted by naming it, and how it was voted at most
        ("Der Kreistag beschließt die Drucksache ohne Gegenstimmen bei 3 Enthaltungen.", 2),
        ("Der Kreistag beschließt die Vorlage mit 41 Ja-Stimmen bei 3 Gegenstimmen.", 2),
        ("Der Kreistag beschließt die Beschlussvorlage.", 2),
        # guard: the paper named, then a decision of its own
        ("Der Kreistag beschließt die Drucksache in folgender Fassung: Die Busse fahren.", 0),
    ],
)
def test_the_paper_adopted_by_naming_it(decision: str, count: int) -> None:
    text = (
        "Antrag\n\n1. Der Kreistag beschließt die Taktverdichtung.\n"
        "2. Die Mehrkosten werden veranschlagt.\n\nBegründung\n\nDie Busse sind voll.\n\n"
        f"Beschluss:\n{decision}\n"
    )
    assert len(parse_text(text).clauses) == count


@pytest.mark.parametrize(
    ("below", "outcome", "count"),
    [
        # the text adopted instead of the proposal, headed as such
        (
            "Abweichender Beschluss:\n1. Der Gemeinderat beschließt Variante 2.\n"
            "2. Die Verwaltung wird beauftragt.",
            "approved_amended",
            2,
        ),
        # ... or only the change to one of the proposal's parts
        (
            "Abweichender Beschluss:\n"
            'In Nr. 2 wird der Betrag "5.000 EUR" durch "7.500 EUR" ersetzt.',
            "approved_amended",
            3,
        ),
        # guard: the form's field says there was none
        ("Abweichender Beschluss:\n keiner", "approved", 3),
    ],
)
def test_a_decision_other_than_proposed(below: str, outcome: str, count: int) -> None:
    text = (
        "Beschlussvorschlag:\n1. Der Gemeinderat beschließt Variante 1.\n"
        "2. Der Zuschuss beträgt 5.000 EUR.\n3. Die Verwaltung wird beauftragt.\n\n"
        f"Abstimmungsergebnis:   Ja: 15   Nein: 6   anwesend: 21\n\n{below}\n"
    )
    res = parse_text(text)
    assert (res.outcome, len(res.clauses)) == (outcome, count)


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        # the body notes that the motion was withdrawn
        ("Der Kreistag nimmt die Rücknahme des Antrages zur Kenntnis.", "withdrawn"),
        ("Der Rat nimmt die Zurückziehung der Vorlage zur Kenntnis.", "withdrawn"),
        # guard: a report noted
        ("Der Kreistag nimmt den Bericht zur Kenntnis.", "noted"),
    ],
)
def test_a_withdrawal_noted(sentence: str, outcome: str) -> None:
    text = (
        "TOP 14\nAntrag der Gruppe FDP: Kostenfreie Schülerbeförderung\nDrucksache: 2030/189\n\n"
        "Nach weiterer Aussprache erklärt Kreistagsabgeordneter Wiechmann, dass die Gruppe "
        "ihren Antrag zurückzieht.\n\n"
        f"{sentence}\n"
    )
    if outcome == "noted":
        text = text.replace("ihren Antrag zurückzieht", "den Bericht begrüßt")
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("known", "outcome"),
    [
        # decisions made known inline, in their paragraph; the sitting's own items below
        (
            "Zu Beginn gab der Bürgermeister die in der nichtöffentlichen Sitzung vom 18. März\n"
            "2030 gefassten Beschlüsse bekannt: Der Gemeinderat hatte dem Erwerb zugestimmt.",
            "approved",
        ),
        # guard: a list of decisions made known below the colon, the text's whole matter
        (
            "Der Bürgermeister gab die in der nichtöffentlichen Sitzung vom 18. März 2030\n"
            "gefassten Beschlüsse bekannt:",
            None,
        ),
    ],
)
def test_decisions_made_known_inline(known: str, outcome: str | None) -> None:
    text = (
        "Aus der Sitzung des Gemeinderats vom 22. April 2030\n\n"
        f"{known}\n\nSpenden\nDer Gemeinderat stimmte der Annahme von elf Spenden einstimmig "
        "zu.\n\nBausachen\nDem Bauantrag erteilte der Gemeinderat einstimmig das Einvernehmen.\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("sentence", "papers"),
    [
        # a Vorlage's letters as some systems abbreviate them, a space before its number
        ("Der Kreistag beschließt die VL 0412/2030.", ["VL 0412/2030"]),
        ("Die VL 2030/0412 wird vertagt.", ["VL 2030/0412"]),
        # guard: the letters of no paper kind before a year range
        ("Der Kreistag beschließt die Richtlinie für 2030/2031.", []),
    ],
)
def test_a_vorlages_abbreviated_letters(sentence: str, papers: list[str]) -> None:
    assert references(f"{sentence}\n") == papers


@pytest.mark.parametrize(
    ("fields", "date"),
    [
        # a sitting's page of fields, a label and its value a line, tabs between them
        (
            "Sitzung des Gemeinderates\nSitzungsnummer\tGR/004/2030\nGremium\tGemeinderat\n"
            "Datum\tMi, 16.04.2030\nBeginn\t19:00 Uhr",
            "2030-04-16",
        ),
        ("Sitzungsnummer\tBA/012/2030\nGremium\tBauausschuss\nTermin\t16.04.2030", "2030-04-16"),
        # guard: a paper's fields, no sitting over them
        ("Vorlage\tBV/041/2030\nGremium\tGemeinderat\nDatum\t16.04.2030", None),
    ],
)
def test_a_sittings_page_of_fields_without_colons(fields: str, date: str | None) -> None:
    text = f"{fields}\n\nTagesordnung - öffentlicher Teil\nÖ 1\tBekanntgaben\nÖ 2\tAnfragen\n"
    assert _date(text) == date


@pytest.mark.parametrize(
    ("item", "date"),
    [
        # an agenda's item that names an earlier sitting, on a page with a breadcrumb above
        ("3. Genehmigung der Niederschrift über die Sitzung vom 25.03.2030", "2030-06-17"),
        ("Ö 2 Protokoll der Sitzung des Bauausschusses vom 11.03.2030", "2030-06-17"),
        # guard: a breadcrumb's step that names another sitting
        ("Gemeindevertretung > Sitzung vom 25.03.2030 > Niederschrift", None),
    ],
)
def test_an_agenda_item_on_a_page_with_a_breadcrumb(item: str, date: str | None) -> None:
    text = (
        "Sie sind hier: Gemeindevertretung > Sitzung GV/2030/03 > Niederschrift\n\n"
        "Niederschrift\nüber die Sitzung der Gemeindevertretung Klein Norden\n"
        f"am Dienstag, 17.06.2030\n\nTagesordnung:\n1. Eröffnung\n{item}\n\n"
        "Die Niederschrift wird mit 10 Ja-Stimmen genehmigt.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # an excerpt's title word alone, the body on the line below it, a course of several days
        ("Beschlussauszug\n\nRat der Stadt Lindenau\nöffentliche Sitzung, TOP Ö 14", "2030-03-21"),
        ("Protokollauszug\nHaupt- und Finanzausschuss\nTOP Ö 3", "2030-03-07"),
        # (the bare word, as ALLRIS heads an item's excerpt on a paper's page)
        ("Auszug\nJugendhilfeausschuss\nTOP Ö 6", "2030-02-27"),
        # guard: a body the course does not list
        ("Beschlussauszug\n\nBezirksvertretung Mitte\nTOP Ö 3", None),
    ],
)
def test_an_excerpts_body_below_its_title(head: str, date: str | None) -> None:
    text = (
        f"{head}\n\nDrucksache Nr.: 0187/2030\nSpielflächenbedarfsplan\n\nBeratungsfolge:\n"
        "| Gremium                    | Datum      | Zuständigkeit |\n"
        "| Jugendhilfeausschuss       | 27.02.2030 | Vorberatung   |\n"
        "| Haupt- und Finanzausschuss | 07.03.2030 | Vorberatung   |\n"
        "| Rat der Stadt Lindenau     | 21.03.2030 | Entscheidung  |\n\n"
        "Beschluss:\nDer Plan wird beschlossen.\n\nAbstimmungsergebnis:\neinstimmig\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("side", "groups"),
    [
        # members named after a title in the plural, and their standing after a comma
        ("Enthaltung:  2   (Ratsmitglieder Wessel und Yıldız, fraktionslos)", []),
        ("Enthaltung:  2   (Stadträte Brandt und Okafor)", []),
        # a party before them is a group of its own
        ("Enthaltung:  5   (GRÜNE und Ratsmitglieder Wessel und Yıldız)", ["GRÜNE"]),
    ],
)
def test_members_after_a_title_in_the_plural(side: str, groups: list[str]) -> None:
    text = (
        "Beschluss:\nDer Rat beschließt den Plan.\n\nAbstimmungsergebnis:\n"
        f"Ja:          40\nNein:         3   (AfD)\n{side}\n"
    )
    assert _sides(text)[2] == groups


@pytest.mark.parametrize(
    ("title", "date"),
    [
        # a question's title that names the body it is put to and the day, on its next line
        (
            "Anfrage der CDU-Fraktion zum Sanierungsbedarf der Sporthallen\n"
            "in der Ratsversammlung am 30.05.2030",
            "2030-05-30",
        ),
        ("Anfrage der Gruppe LINKE in die Ratsversammlung am 30.05.2030", "2030-05-30"),
        # guard: a question of an earlier day, told in a sentence
        ("Die Anfrage wurde in der Ratsversammlung am 30.05.2030 gestellt.", None),
    ],
)
def test_a_questions_title_naming_its_body_and_day(title: str, date: str | None) -> None:
    text = (
        f"Landeshauptstadt Lindenau\nAnfrage   Drucksache Nr. 1135/2030\n\n{title}\n\n"
        "Wir fragen die Verwaltung:\n1. Wie hoch ist der Bedarf?\n\n"
        "Antwort der Verwaltung:\nZu Frage 1: Rund 214 Mio. Euro.\n"
    )
    assert _date(text) == date
