"""Families found in the forty-fourth probe's remaining texts and the forty-fifth blind probe
(``tests/probes/fortyfifth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        # the change a decided sentence decides, no change made to the proposal
        ("Der Rat beschließt die 2. Änderung der Hauptsatzung.", "approved"),
        ("Die Gemeindevertretung beschließt die Änderung der Gebührensatzung.", "approved"),
        ("Der Kreistag beschließt eine Ergänzung der Geschäftsordnung.", "approved"),
        # guards: the proposal changed in the meeting, as the status phrases say it
        ("mit Änderungen beschlossen", "approved_amended"),
        ("beschlossen mit folgender Ergänzung", "approved_amended"),
        ("in der Fassung der Ergänzung beschlossen", "approved_amended"),
    ],
)
def test_a_status_that_decides_a_change_is_no_changed_decision(status: str, outcome: str) -> None:
    text = f"Vorlage: GV/0412/2031\n\nBeschluss: {status}\n\nAbstimmungsergebnis: einstimmig\n"
    assert parse_text(text).outcome == outcome
