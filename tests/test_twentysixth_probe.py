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
