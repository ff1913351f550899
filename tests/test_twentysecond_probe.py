"""Families a twenty-second session found in a twenty-second blind probe and among the twenty-first
probe's leftovers (``tests/probes/twentysecond``, ``tests/probes/twentyfirst``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # what the body must still decide is no decision ("hat … erneut zu beschließen")
        (
            "Mitteilungsvorlage\n\nInhalt der Mitteilung:\nDer Bürgermeister hat dem Beschluss "
            "über die Gebührensatzung widersprochen. Über die Angelegenheit hat der Rat in "
            "seiner nächsten Sitzung erneut zu beschließen.\n",
            None,
        ),
        # (guard) what it decided: to decide later, a decision all the same
        (
            "Der Rat hat beschlossen, über den Antrag in seiner nächsten Sitzung zu entscheiden.\n",
            "approved",
        ),
    ],
)
def test_outcome(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


def test_annahme_heads_the_list_of_those_for() -> None:
    doc = parse_text(
        "Beschluss:\nDer Vorlage wird zugestimmt.\n\nAbstimmung:\nAnnahme:    CDU, SPD, FDP\n"
        "Ablehnung:  AfD\nEnthaltung: LINKE\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert [g.name for g in vote.groups.yes] == ["CDU", "SPD", "FDP"]
    assert [g.name for g in vote.groups.no] == ["AfD"]
    assert [g.name for g in vote.groups.abstain] == ["LINKE"]
    assert doc.outcome == "approved"


def _decisive(text: str) -> tuple[str | None, int | None, int | None, int | None, list[str]]:
    doc = parse_text(text)
    vote = next(v for v in doc.votes if v.decisive)
    factions = [
        g.name for side in (vote.groups.yes, vote.groups.no) for g in side if g.kind == "faction"
    ]
    return doc.outcome, vote.counts.yes, vote.counts.no, vote.counts.abstain, factions


def test_a_roll_call_of_members_with_their_party_is_counted_by_name() -> None:
    # (Gemeindevertreter and Stadträte by their abbreviations: people, never groups)
    text = (
        "Beschlussvorschlag:\nDie Gemeindevertretung stimmt dem Vorhaben zu.\n\n"
        "Namentliche Abstimmung:\n\n"
        "dafür:        GV Arndt (CDU), GV Brehm (CDU), GVin Claasen (SPD), GV Dohse (SPD)\n"
        "dagegen:      GV Ewers (WGT), SRin Falk (WGT)\n"
        "Enthaltung:   GV Gerdes (FDP)\n\n"
        "Damit ist der Beschlussvorschlag angenommen.\n"
    )
    assert _decisive(text) == ("approved", 4, 2, 1, [])


def test_a_roll_call_one_name_a_line_under_each_side() -> None:
    text = (
        "Beschluss:\nDer Rat beschließt die Kürzung.\n\nEs wird namentlich abgestimmt.\n\n"
        "Dafür stimmen:\nRatsmitglied Albers (FDP)\nRatsmitglied Dr. Brune (CDU)\n"
        "Ratsmitglied Corsten (CDU)\n\nDagegen stimmen:\nBürgermeister Dahm\n"
        "Ratsmitglied Ehlert (SPD)\nRatsmitglied Fink (SPD)\nRatsmitglied Gores (GRÜNE)\n\n"
        "Der Stimme enthält sich:\nRatsmitglied Hahn (DIE LINKE)\n\n"
        "Damit hat der Antrag keine Mehrheit gefunden.\n"
    )
    assert _decisive(text) == ("rejected", 3, 4, 1, [])


def test_a_count_on_the_motion_for_a_roll_call_leaves_the_roll_call_counted() -> None:
    # (the later sides' lists need no titles once the first has them)
    text = (
        "Ratsmitglied Born beantragt namentliche Abstimmung. Dem Antrag wird ohne "
        "Gegenstimmen entsprochen.\n\nNamentliche Abstimmung über den Beschlussvorschlag:\n\n"
        "Mit Ja stimmten:\nOrtsbürgermeister Klaus Adam, Bernd Bauer, Petra Cramer, "
        "Michael Dorn\n\nMit Nein stimmten:\nHeike Engel, Andreas Frey\n\n"
        "Der Stimme enthielt sich:\nThomas Born\n\n"
        "Damit ist dem Beschlussvorschlag mehrheitlich zugestimmt.\n"
    )
    assert _decisive(text) == ("approved", 4, 2, 1, [])


def test_a_roll_call_keeps_the_result_said_below_it() -> None:
    # a qualified majority missed: the words decide, the names count
    text = (
        "Antrag auf Abberufung des Vorsitzenden\n\nMit Ja stimmten:\nHr. Asmus (BfB), Fr. Brandt "
        "(BfB), Hr. Claußen (WHU), Fr. Dierks (WHU)\n\nMit Nein stimmten:\nFr. Ehlers (CDU), "
        "Hr. Feddersen (SPD), Fr. Grewe (SPD)\n\nErgebnis:\nDie erforderliche Mehrheit von "
        "sechs Stimmen ist nicht erreicht. Der Antrag ist damit abgelehnt.\n"
    )
    assert _decisive(text) == ("rejected", 4, 3, None, [])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the sitting's kind before the minutes' title word, an excerpt's remark after it
        (
            "Stadt Hagen\n\nÖffentliche Niederschrift (Auszug) über die Sitzung vom 14.11.2024\n\n"
            "TOP 5.3   Umgestaltung des Volksparks\n\nDer Vertagungsantrag wird angenommen.\n",
            "2024-11-14",
        ),
        # a sentence that opens with the sitting, its verb in the past, over the item
        (
            "Auszug aus der Niederschrift\n\nIn ihrer Sitzung am 16. Mai 2024 behandelte die "
            "Bezirksvertretung unter Tagesordnungspunkt 8.2.3 folgende Angelegenheit:\n\n"
            "Die Bezirksvertretung stimmt dem Antrag zu.\n",
            "2024-05-16",
        ),
        # the sitting in parentheses under a decision's title in capitals with its number
        (
            "Stadtverwaltung Gotha\n\nBESCHLUSS Nr. 212/24\ndes Stadtrates der Stadt Gotha\n"
            "(24. Sitzung – öffentlich – am 14.02.2024)\n\nDer Stadtrat beschließt die Satzung.\n",
            "2024-02-14",
        ),
        # an ALLRIS item's head: the body, the date, the item's number and title
        (
            "Rat der Stadt Wittmund - 13.06.2024 - 9 Wahl einer Schiedsperson\n\n"
            "Beschluss: einstimmig beschlossen\n",
            "2024-06-13",
        ),
    ],
)
def test_meeting_date(text: str, date: str) -> None:
    meeting = parse_text(text).meeting
    assert meeting is not None
    assert str(meeting.date) == date


def test_an_earlier_decision_told_in_the_perfect_dates_no_sitting() -> None:
    # (guard) "Der Rat hat in seiner Sitzung am … folgenden Beschluss gefasst:" quotes the past
    text = (
        "Beratungsfolge:\nGremium                Datum\nAusschuss für Umwelt   14.09.2023\n\n"
        "Der Rat hat in seiner Sitzung am 07.07.2022 auf Antrag der Fraktionen mehrheitlich "
        "folgenden Beschluss gefasst:\n\n1. Die Verwaltung pflanzt Bäume.\n"
    )
    meeting = parse_text(text).meeting
    assert meeting is None or str(meeting.date) != "2022-07-07"


def test_a_vote_row_under_a_body_s_row_goes_on_with_the_history() -> None:
    # each body's result row, its vote on a row of its own below it: three decisions agreed
    text = (
        "Beratungsfolge:\n| Datum | Gremium | | Zuständigkeit | Ergebnis |\n"
        "| 05.03.2024 | Ausschuss für Umwelt | Ö | Vorberatung | empfohlen |\n"
        "| | Abstimmung: Ja: 9 | Nein: 0 | Enthaltung: 2 | |\n"
        "| 12.03.2024 | Verwaltungsausschuss | N | Vorberatung | empfohlen |\n"
        "| 21.03.2024 | Rat der Stadt | Ö | Entscheidung | ungeändert beschlossen |\n"
        "| | Abstimmung: Ja: 34 | Nein: 3 | Enthaltung: 1 | |\n\n"
        "Beschlussvorschlag:\n1. Der Rat beschließt den Plan.\n"
    )
    doc = parse_text(text)
    assert len(doc.items) == 3
    assert doc.outcome == "approved"
    # (the bodies' votes differ, and one body shows none: no count, no unanimity)
    vote = next((v for v in doc.votes if v.decisive), None)
    assert vote is None or (vote.counts.yes, vote.counts.no, vote.unanimous) == (None, None, None)
