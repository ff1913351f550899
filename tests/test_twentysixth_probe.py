"""Families found in a twenty-sixth blind probe, in the session that wrote the twenty-fifth
(``tests/probes/twentysixth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a body whose name lists its fields with commas, between dashes
        (
            "Auszug – Ausschuss für Jugend, Schule und Sport – 25.02.2026 – öffentlich\n"
            "Stadt Elsberg\n\nTagesordnungspunkt: Ö 9\n\nDer Ausschuss lehnt den Antrag ab.\n",
            "2026-02-25",
        ),
        # ... with "für" and "und" shortened
        (
            "Stadt Elsberg\nAusschuss f. Umwelt, Klima u. Mobilität  -  Sitzung am Mi., "
            "20.05.2026\n\nÖ 3.2\nWärmeplanung\n\nDer Ausschuss beschließt die Vergabe.\n",
            "2026-05-20",
        ),
        # a committee's short name before its sitting, the record after it
        (
            "Stadt Elsberg\nJHA - Sitzung vom 06.10.26 - Auszug aus der Niederschrift\n\nTOP 6\n"
            "Kita-Plätze\n\nDer Jugendhilfeausschuss beschließt den Ausbau.\n",
            "2026-10-06",
        ),
        # a sitting's title over a line of its weekday and date, and whether it was public
        (
            "Gemeinde Elsbach\n\nSitzung des Gemeinderates\nDienstag, 14. April 2026 · öffentlich"
            "\n\nTOP 4 - Spielplatz Lindenweg\n\nDer Gemeinderat stimmt der Sanierung zu.\n",
            "2026-04-14",
        ),
        # the record a text was taken from, in parentheses under it
        (
            "Tagesordnungspunkt 5\nAntrag der Fraktion vom 02.03.2026\n\nDie Gemeindevertretung "
            "erklärt den Antrag für erledigt.\n\nAbstimmungsergebnis: einstimmig\n\n(Aus der "
            "Niederschrift der öffentlichen Sitzung der Gemeindevertretung Elsbach vom "
            "17.03.2026)\n",
            "2026-03-17",
        ),
        # a gazette's report opening with the sitting it reports on
        (
            "Mitteilungsblatt Elsbach\n\nIn der Sitzung am 9. März 2026 stand der Bericht der "
            "Feuerwehr auf der Tagesordnung.\n\nDer Gemeinderat nahm den Bericht zur Kenntnis.\n",
            "2026-03-09",
        ),
        # a header's cells run together, the date's label glued to the body's name
        (
            "Gremium:Rat der Stadt ElsbachDatum:Do, 12.03.2026Beginn:17:00 Uhr\nTOP:Ö 4\n\n"
            "Der Rat beschließt die Satzung.\n",
            "2026-03-12",
        ),
        # a header's table run into one line, its labels without colons
        (
            "Stadt Elsbach Niederschrift über die Sitzung Gremium Bauausschuss (BA) Sitzungstermin "
            "Mittwoch, 11.03.2026 Sitzungsort Rathaus, Saal 2\n\nÖffentliche Sitzung\n\n"
            "Der Ausschuss beschließt die Vergabe.\n",
            "2026-03-11",
        ),
        # a committee's short name, the date and the item in cells over a paper's course
        (
            "Stadt Elsbach\nBauA | 05.03.2026 | TOP Ö 6\n\nRadweg Südring\nVorlage 0123/26\n\n"
            "Beratungsfolge:\nBauausschuss        05.03.2026   Vorberatung\nRat der Stadt Elsbach"
            "   19.03.2026   Entscheidung\n\nBeschluss:\nDer Bauausschuss empfiehlt den Ausbau.\n",
            "2026-03-05",
        ),
        # a sitting's own columns over the excerpt, the item's line below ("Zu Punkt …"), the
        # motion's date under it
        (
            "Ortsbeirat Nord\n\nSitzung Gremium Datum Uhrzeit Ort\n12. Sitzung Ortsbeirat Nord "
            "04.02.2026 18:00 Bürgerhaus\n\nAuszug aus der Niederschrift\n\nZu Punkt 5   Tempo 30"
            "\n   - Antrag der SPD vom 20.01.2026 -\n\nDer Ortsbeirat stimmt dem Antrag zu.\n",
            "2026-02-04",
        ),
        # a decision's letter-spaced sheet with its number, the body and its sitting below
        (
            "B e s c h l u s s   Nr. 45-07/2026\n\ndes Gemeinderates der Gemeinde Elsbach\n"
            "gefasst in der öffentlichen Sitzung am 26. Februar 2026\n\nDer Gemeinderat erteilt "
            "das Einvernehmen.\n",
            "2026-02-26",
        ),
        # a body's recommendation told in its first sentence, the paper it deliberated named
        (
            "Stadt Elsbach/Harz\nOrtschaftsrat Nord\n\nBeschlussempfehlung an den Stadtrat\n\n"
            "In seiner Sitzung am 3. März 2026 hat der Ortschaftsrat Nord zur Beschlussvorlage "
            "BV/012/2026 „Verkauf des alten Schulhauses, Dorfstraße 4, Flur 2, Flurstück 17“ "
            "beraten.\n\nDer Ortschaftsrat empfiehlt dem Stadtrat, dem Verkauf zuzustimmen.\n\n"
            "Abstimmung:\ndafür: 4\ndagegen: 0\nEnthaltung: 1\n\nDie Vorlage wird im Stadtrat am "
            "20.03.2026 beraten.\n",
            "2026-03-03",
        ),
        # a word-for-word record, letter-spaced, of a sitting numbered and called ordinary
        (
            "Bezirksverordnetenversammlung Elsbach\n\nW o r t p r o t o k o l l\nder 12. "
            "ordentlichen Sitzung vom 22. Januar 2026\n\n- Auszug -\n\nDie BVV beschließt den "
            "Antrag.\n",
            "2026-01-22",
        ),
        # the item's number, then its sitting in parentheses
        (
            "Ausschuss für Planen und Bauen\n\nBeschlussempfehlung\nTagesordnungspunkt 7 (18. "
            "Sitzung des Ausschusses am 13.04.2026)\n\nDie Stadtverordnetenversammlung wolle "
            "beschließen: Der Plan wird aufgestellt.\n",
            "2026-04-13",
        ),
    ],
)
def test_meeting_dates(text: str, date: str) -> None:
    found = parse_text(text).meeting.date
    assert found is not None and found.isoformat() == date


def test_each_bodys_sitting_line_in_a_papers_course_names_no_one_meeting() -> None:
    # guard: a gazette documents the paper's way through two bodies, each sitting on its line
    text = (
        "Stadtnachrichten\n\nParkraumkonzept\nVorlage 26/0456\n\nAusschuss für Stadtentwicklung, "
        "Bauen und Verkehr – Sitzung vom 06.10.2026\nErgebnis: mehrheitlich empfohlen (9 : 4)\n\n"
        "Stadtrat – Sitzung vom 15.10.2026\nBeschluss:\n1. Die Zone wird eingerichtet.\n"
        "Ergebnis: mehrheitlich beschlossen (18 : 10)\n"
    )
    assert parse_text(text).meeting.date is None


def test_a_vote_heading_that_names_the_body_and_its_sitting() -> None:
    doc = parse_text(
        "Beschlussvorschlag:\nDer Stadtrat beschließt die Satzung.\n\nAbstimmungsergebnis "
        "Stadtrat, Sitzung vom 26.05.2026, TOP Ö 7:\n24 : 17 : 2\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (24, 17, 2)
    assert doc.outcome == "approved"


@pytest.mark.parametrize(
    ("text", "references"),
    [
        # a sitting's number in a table's cell after its label's
        (
            "| Gremium: | Gemeindevertretung |\n| Sitzung: | GV/031/2026 |\n"
            "| Datum: | Do, 16.04.2026 |\n\nAntrag AN/0009/2026\n",
            ["AN/0009/2026"],
        ),
        # ... after the body in the sitting's cell, in parentheses
        ("Sitzung | Rat der Stadt Elsberg (RAT/0031/2026)\nVorlage 0071/2026\n", ["0071/2026"]),
        # guard: a title's last word in the cell before a paper's cell names no plan number
        (
            "4 | Haushaltssatzung mit Haushaltsplan | 2026/0481\n5 | Stellenplan | 2026/0477\n",
            ["2026/0481", "2026/0477"],
        ),
    ],
)
def test_paper_references(text: str, references: list[str]) -> None:
    assert [r.reference for r in parse_text(text).references] == references


def test_a_motion_told_in_the_pluperfect_below_the_counts_ends_the_result() -> None:
    doc = parse_text(
        "Beschluss:\n1. Der Rat beschließt den Neubau.\n\nAbstimmungsergebnis:\n"
        "Zustimmung:   21 (CDU 10, FWG 7, FDP 3, Bürgermeister)\nAblehnung:     6 (SPD 6)\n"
        "Enthaltung:    2 (GRÜNE 2)\n\nDie SPD-Fraktion hatte zuvor beantragt, auch einen dritten "
        "Standort prüfen zu lassen; dieser Antrag fand keine Mehrheit.\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (21, 6, 2)
    assert doc.outcome == "approved"


def test_an_items_title_that_opens_with_an_ordinal_heads_its_item() -> None:
    doc = parse_text(
        "Niederschrift über die Sitzung der Gemeindevertretung\n\n1.  Mitteilungen\n\nKeine.\n\n"
        "2.  Genehmigung der Niederschrift\n\nDie Niederschrift wird einstimmig genehmigt.\n\n"
        "3.  3. Satzung zur Änderung der Friedhofsgebührenordnung\n\nDie Satzung wird mit 18 "
        "Ja-Stimmen bei 3 Gegenstimmen beschlossen.\n\n4.  Antrag der SPD-Fraktion: Klimaschutz\n"
        "\nDer Antrag wird mit 6 Ja-Stimmen bei 15 Gegenstimmen abgelehnt.\n"
    )
    assert [i.number for i in doc.items] == ["1.", "2.", "3.", "4."]
    assert doc.outcome is None  # the items' outcomes differ


def test_the_items_records_below_the_agenda_are_the_items() -> None:
    doc = parse_text(
        "Protokoll über die Sitzung des Bauausschusses\n\nTagesordnung:\n1.   Eröffnung\n"
        "2.   Genehmigung des Protokolls\n3.   Bebauungsplan Nr. 02/26  (2026/061)\n\n"
        "Zu 1. Eröffnung der Sitzung ...\nDer Vorsitzende eröffnet die Sitzung.\n\n"
        "Zu 2. Genehmigung des Protokolls\nDas Protokoll wird einstimmig genehmigt.\n\n"
        "Zu 3. Bebauungsplan Nr. 02/26\nDer Ausschuss vertagt die Beratung einstimmig.\n"
    )
    assert [i.title for i in doc.items][:2] == [
        "Eröffnung der Sitzung ...",
        "Genehmigung des Protokolls",
    ]
    assert doc.outcome is None  # approved, then postponed


def test_decisions_made_known_under_the_sittings_cells_decide_nothing_here() -> None:
    doc = parse_text(
        "Stadt Elsberg\nSitzung des Rates  |  05.11.2026  |  TOP Ö 3\n\nBekanntgabe der in "
        "nichtöffentlicher Sitzung gefassten Beschlüsse\n\nDer Rat hat in seiner Sitzung am "
        "24.09.2026 in nichtöffentlicher Sitzung folgende Beschlüsse gefasst:\n\n1. Verkauf des "
        "Grundstücks Flurstück 112/3 (Vorlage 2026/0455).\n   Einstimmig beschlossen.\n\n"
        "2. Vergabe der Rohbauarbeiten (Vorlage 2026/0461).\n   Mehrheitlich beschlossen.\n"
    )
    assert doc.outcome is None


def test_the_one_body_with_a_result_in_a_papers_course_names_the_meeting() -> None:
    # the committee's row has no result; the council's result, its heading dated in parentheses
    doc = parse_text(
        "Stadt Elsbach\n\nBeschlussvorlage Nr. B-012/2026\n\nBeratungsfolge:\n"
        "Gremium                       Termin        Status    Ergebnis\n"
        "Bauausschuss                  04.03.2026    Ö\n"
        "Stadtrat                      25.03.2026    Ö         bestätigt\n\n"
        "Beschlussvorschlag:\nDer Stadtrat beschließt:\n1. Die Brücke wird ersetzt.\n"
        "2. Die Mittel werden eingeplant.\n\nAbstimmungsergebnis Stadtrat (25.03.2026):\n"
        "Ja-Stimmen:          30\nNein-Stimmen:        2\nStimmenthaltungen:   1\n"
    )
    assert doc.meeting.date is not None and doc.meeting.date.isoformat() == "2026-03-25"


def test_a_count_table_whose_columns_are_parted_by_slashes() -> None:
    doc = parse_text(
        "Beschlussvorschlag:\nDer Ausschuss erteilt das Einvernehmen.\n\nAbstimmung:\n"
        "Ja / Nein / Enthaltung\n4  /  4   /  1\n\nBei Stimmengleichheit hat der "
        "Beschlussvorschlag keine Mehrheit gefunden.\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (4, 4, 1)
    assert doc.outcome == "rejected"


def test_each_groups_number_added_up_where_no_total_is_given() -> None:
    doc = parse_text(
        "Beschluss:\nDer Stadtrat beschließt die Satzung.\n\nAbstimmung: mit den Stimmen der "
        "Fraktionen CDU (9), SPD/Grüne (4) und Freie Wähler (3) gegen die Stimmen der Fraktion AfD "
        "(8) bei Enthaltung der Fraktion DIE LINKE (2) angenommen\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (16, 8, 2)
    assert "RP309" in [d.code for d in doc.diagnostics]
