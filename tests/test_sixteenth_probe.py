"""Families a sixteenth blind probe and a review of the annotated wild texts found (large towns
of the north, west and Hessen, climate and mobility, Eigenbetriebe and Vergaben, middle towns of
the south, votes in tables and blocks, culture and small rural municipalities).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a person accepts an office, a seat or an election: the body decides nothing
        (
            "Mandatswechsel\nFrau Lenz wurde durch den Kreiswahlleiter in die "
            "Stadtverordnetenversammlung berufen und hat das Mandat angenommen.\n",
            None,
        ),
        ("Wahl des Ortsvorstehers\nDer Gewählte hat die Wahl angenommen.\n", None),
        # guards: a motion or a proposal for an election accepted is a decision
        ("Der Wahlvorschlag der Verwaltung wird einstimmig angenommen.\n", "approved"),
        ("Der Antrag der Fraktion wird angenommen.\n", "approved"),
        # numbered clauses alone, nothing over them: a proposal printed bare
        (
            "1. Der Stadtrat beschließt den Bebauungsplan Nr. 12 als Satzung.\n\n"
            "2. Die Verwaltung wird beauftragt, den Beschluss bekannt zu machen.\n",
            None,
        ),
        # guards: the same under a heading of its own, or with its vote
        (
            "Beschluss:\n1. Der Stadtrat beschließt den Bebauungsplan Nr. 12 als Satzung.\n\n"
            "2. Die Verwaltung wird beauftragt, den Beschluss bekannt zu machen.\n",
            "approved",
        ),
        (
            "1. Der Stadtrat beschließt den Bebauungsplan Nr. 12 als Satzung.\n\n"
            "2. Die Verwaltung wird beauftragt, den Beschluss bekannt zu machen.\n\n"
            "Abstimmungsergebnis: einstimmig\n",
            "approved",
        ),
        # minutes in prose: a note taken and two votes that differ settle no one outcome
        (
            "Die Bezirksversammlung nimmt den Bericht des Bezirksamtes zur Kenntnis.\n\n"
            "Die Bezirksversammlung lehnt den Antrag der CDU-Fraktion mehrheitlich ab.\n\n"
            "Die Bezirksversammlung beschließt den Antrag der SPD-Fraktion einstimmig.\n",
            None,
        ),
        # guard: an amendment rejected, then the motion adopted
        (
            "Der Änderungsantrag der FDP wird mehrheitlich abgelehnt.\n\n"
            "Der Antrag wird einstimmig angenommen.\n",
            "approved",
        ),
    ],
)
def test_what_prose_decides(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome
