"""Families found in the forty-seventh probe's remaining texts and the forty-eighth blind probe
(``tests/probes/fortyeighth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from tests.reading import references


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # the numbers a decision was filed under, in the plural
        ("Die Beschlüsse sind unter den Beschlussnummern SR/2031/114 bis SR/2031/116 erfasst.", []),
        ("Die Beschlüsse tragen die Beschlussnummern SR/2031/114 und SR/2031/115.", []),
        # the certified copy of an earlier decision
        ("Der Stadtrat hebt seinen Beschluss (Beschlussausfertigung SR/071/2031) auf.", []),
        # guard: a paper after them
        ("Die Beschlussnummer folgt. Der Antrag AN/0412/2031 ist erledigt.", ["AN/0412/2031"]),
    ],
)
def test_a_decisions_own_number_is_no_paper(sentence: str, refs: list[str]) -> None:
    text = f"Vorlage 0877/2031\n\n{sentence}\n\nAbstimmungsergebnis: einstimmig\n"
    assert references(text) == ["0877/2031", *refs]


@pytest.mark.parametrize(
    ("row", "refs"),
    [
        # a web page's fields, label and value set apart by a tab
        ("Sitzung\tBPUA/012/2031\t", []),
        ("Sitzung\t\tR/19/2031", []),
        # guard: a paper's field
        ("Vorlage\tBV/045/2031\t", ["BV/045/2031"]),
    ],
)
def test_a_sittings_field_set_apart_by_a_tab_numbers_no_paper(row: str, refs: list[str]) -> None:
    text = (
        f"Tagesordnungspunkt\n\nNeubau eines Feuerwehrgerätehauses\n\n{row}\n"
        "Gremium\tBauausschuss\t\nDatum\tDi, 14.03.2031\t\n\n"
        "Der Bauausschuss beschließt die Planung. Abstimmungsergebnis: einstimmig\n"
    )
    assert references(text) == refs


@pytest.mark.parametrize(
    ("line", "refs"),
    [
        # a town's own kind of paper: Ulm's Gemeinderatsdrucksache, alone or in a right column
        ("       GD 287/31", ["GD 287/31"]),
        ("- Anhörung des Ortschaftsrats -                     GD 145/31", ["GD 145/31"]),
        # more compounds of a Vorlage
        ("(Bekanntgabevorlage 2031/0311)", ["2031/0311"]),
        ("Dringlichkeitsvorlage 2031/0312", ["2031/0312"]),
        ("Berichtsvorlage: 2031/0313", ["2031/0313"]),
        # guard: a plan's number
        ("Bebauungsplan Nr. 287/31", []),
    ],
)
def test_a_papers_number_under_its_title(line: str, refs: list[str]) -> None:
    text = (
        f"§ 412  Neuordnung der Parkgebühren\n{line}\n\n"
        "Der Gemeinderat beschließt die Parkgebührenordnung.\n\nAbstimmung: einstimmig\n"
    )
    assert references(text) == refs


@pytest.mark.parametrize(
    ("number", "refs"),
    [
        # a paper kind's letters right of an item's title in the head of minutes
        ("GD 145/31", ["GD 145/31"]),
        ("BV/0145/2031", ["BV/0145/2031"]),
        # guard: the minutes' own number there
        ("OR-WI/005/2031", []),
    ],
)
def test_a_papers_number_in_the_head_of_minutes(number: str, refs: list[str]) -> None:
    text = (
        "Öffentliche Sitzung des Ortschaftsrats Wiblingen am 10.05.2031\n"
        "Niederschrift Punkt 5\n\n"
        "Neubau einer Mobilitätsstation am Tannenplatz\n"
        f"- Anhörung des Ortschaftsrats -                          {number}\n\n"
        "Der Ortschaftsrat stimmt dem Standort zu. Abstimmung: einstimmig\n"
    )
    assert references(text) == refs


@pytest.mark.parametrize(
    ("before", "outcome"),
    [
        # a motion on procedure or an amendment voted down, told before the decision
        (
            "Die Fraktion der FDP beantragt, die Entscheidung zu vertagen. Der Vertagungsantrag "
            "wird mit 14 Ja- und 36 Nein-Stimmen bei 2 Enthaltungen abgelehnt.",
            "approved",
        ),
        # guards: an amendment voted down, the debate alone
        (
            "Der Änderungsantrag der CDU-Fraktion wird mit 12 gegen 30 Stimmen abgelehnt.",
            "approved",
        ),
        ("Herr Dr. Hoff erläutert die Vorlage.", "approved"),
    ],
)
@pytest.mark.parametrize(
    "decision",
    ["Beschluss: Dem Beschlussvorschlag wird zugestimmt.", "Beschluss: wie Beschlussentwurf"],
)
def test_a_vote_on_another_thing_before_the_decision_is_not_its_act(
    before: str, outcome: str, decision: str
) -> None:
    text = (
        f"Vorlage 0457/2031\n\n{before}\n\n{decision}\n"
        "Abstimmungsergebnis: Ja 41 | Nein 9 | Enthaltung 2\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    "status", ["wie Beschlussentwurf", "gemäß Beschlussantrag", "wie Beschlussvorlage"]
)
def test_a_status_adopting_the_proposal_by_another_name(status: str) -> None:
    result = parse_text(
        "Vorlage 0457/2031\n\nBeschlussentwurf:\nDie Baumschutzsatzung wird beschlossen.\n\n"
        f"Beschluss: {status}\nAbstimmungsergebnis: Ja 41 | Nein 9 | Enthaltung 2\n"
    )
    assert result.status is not None
    assert result.status.outcome == "approved"
    assert result.outcome == "approved"
