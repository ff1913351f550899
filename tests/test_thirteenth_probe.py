"""Families a thirteenth blind probe found, and the ones earlier probes left open (the
thirteenth: 240 texts from RIS vendors seldom seen, terse exports, careless typing, press
releases and gazette notices, motions on procedure, votes by faction and member, Baden-Württemberg
and Bayern, Niedersachsen, Schleswig-Holstein and Nordrhein-Westfalen).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a member named like a verb's stem ("Lehnen") in the list of those present: no verdict
        (
            "Anwesend:\nBell, Sabine          Diewald, Stefan\nKiefer, Martina       Lehnen, Jörg\n"
            "\nDer Vorsitzende eröffnet die Sitzung und stellt die Beschlussfähigkeit fest.\n",
            None,
        ),
        # guard: the stem with its particle is the verdict
        ("Der Ortsgemeinderat lehnt den Antrag Nr. 12 mit 6 Stimmen ab.\n", "rejected"),
    ],
)
def test_a_verbs_stem_without_its_particle(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome
