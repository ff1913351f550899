"""Families an eleventh blind probe found, and the ones the tenth left open (the eleventh:
240 texts from Rheinland-Pfalz and the Saarland, the city-states, county councils, PDF
minutes, the smallest bodies, amendments, numbers that are and are not references, and
decisions made without an ordinary vote).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from ratsparse.models import Vote


def counts(vote: Vote) -> tuple[int | None, int | None, int | None]:
    return vote.counts.yes, vote.counts.no, vote.counts.abstain


@pytest.mark.parametrize(
    "text",
    [
        # another body's earlier vote, told in the pluperfect under the result's heading
        "Beschluss:\n\nzurückgezogen\n\nAbstimmungsergebnis\n\nDer Antrag war im Ausschuss für "
        "Schule und Sport vorberaten worden. Der Ausschuss hatte ihn mit 4 Ja-\nStimmen, 6 "
        "Nein-Stimmen und 1 Enthaltung nicht zur Beschlussfassung empfohlen.\n\nDie Fraktion "
        "erklärt, dass der Antrag zurückgezogen wird.\n",
        # ... in the passive, in a sentence of prose
        "Der Antrag war im Hauptausschuss mit 9 Ja-Stimmen und 2 Nein-Stimmen befürwortet "
        "worden. Der Antragsteller zieht den Antrag zurück.\n",
    ],
)
def test_a_vote_told_in_the_pluperfect_came_before(text: str) -> None:
    r = parse_text(text)
    assert r.outcome == "withdrawn"
    assert not any(v.decisive and v.counts.yes is not None for v in r.votes)


def test_a_vote_told_in_the_perfect_is_this_ones() -> None:
    # guard: the record's own vote, in the perfect
    r = parse_text("Der Stadtrat hat den Antrag mit 9 Ja-Stimmen und 2 Nein-Stimmen beschlossen.\n")
    assert r.outcome == "approved"
    [vote] = [v for v in r.votes if v.decisive]
    assert counts(vote) == (9, 2, None)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # only the urgency vote is counted; the item was then withdrawn without a vote
        (
            "Beschlussart: zurückgezogen\n\nAbstimmungsergebnis (Dringlichkeit):\nDafür: 24\n"
            "Dagegen: 2\nEnthaltungen: 3\n\nDer Antragsteller zieht den Antrag zurück.\n",
            "withdrawn",
        ),
        # ... a motion to close the debate, then the item postponed
        (
            "Beschluss: vertagt\n\nAbstimmung über den Antrag auf Schluss der Debatte:\n"
            "Ja: 15, Nein: 10, Enthaltungen: 0\n",
            "postponed",
        ),
    ],
)
def test_votes_on_procedure_alone_decide_no_item(text: str, outcome: str) -> None:
    r = parse_text(text)
    assert r.outcome == outcome
    assert r.votes
    assert not any(v.decisive for v in r.votes)


def test_a_status_that_says_the_vote_beside_procedure_is_the_items_vote() -> None:
    r = parse_text(
        "Beschluss: einstimmig beschlossen\n\nAbstimmungsergebnis (Dringlichkeit):\nDafür: 20\n"
        "Dagegen: 3\nEnthaltungen: 0\n\nDer Rat beschließt die Resolution.\n"
    )
    assert r.outcome == "approved"
    [vote] = [v for v in r.votes if v.decisive]
    assert vote.unanimous is True
    assert vote.counts.yes is None


def test_a_lone_amendment_vote_still_decides() -> None:
    # guard: an amendment's vote is the only one told: it decides, as before
    r = parse_text(
        "Beschluss: geändert beschlossen\n\nAbstimmung über den Änderungsantrag der SPD:\n"
        "Ja: 12, Nein: 8, Enthaltungen: 1\n"
    )
    [vote] = [v for v in r.votes if v.decisive]
    assert counts(vote) == (12, 8, 1)


@pytest.mark.parametrize(
    "text",
    [
        # a body that is heard takes note with assent: it approves
        "Der Ortschaftsrat nimmt die Vorlage zustimmend zur Kenntnis; der Hinweis von Herrn "
        "Lorenz wird in die Stellungnahme aufgenommen.\n\nAbstimmungsergebnis: einstimmig\n",
        "Beschluss:\nDer Seniorenbeirat nimmt das Konzept befürwortend zur Kenntnis.\n\n"
        "Abstimmung: einstimmig\n",
    ],
)
def test_taking_note_with_assent_approves(text: str) -> None:
    assert parse_text(text).outcome == "approved"


def test_taking_note_plainly_is_noting() -> None:
    # guard
    text = (
        "Beschluss:\nDer Ortschaftsrat nimmt den Bericht zur Kenntnis.\n\nAbstimmung: einstimmig\n"
    )
    assert parse_text(text).outcome == "noted"
