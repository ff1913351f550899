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
