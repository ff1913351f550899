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


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a proposal in the pluperfect is what was asked for before, no decision; the verdict
        # stated after the counts stands against them (a qualified majority)
        (
            "Die Verwaltung hatte vorgeschlagen, die Hauptsatzung so zu ändern, dass künftig ohne "
            "Wohnbezirke gewählt wird.\n\nAm Ende stimmten neun Mitglieder für die Änderung, "
            "sieben dagegen, zwei enthielten sich.\n\nWeil die Änderung der Mehrheit aller "
            "Mitglieder bedarf, ist der Antrag nicht angenommen.\n",
            "rejected",
        ),
        (
            "Am Ende stimmten neun Mitglieder für die Änderung, sieben dagegen.\n\nWeil die "
            "Änderung der Mehrheit aller Mitglieder bedarf, ist der Antrag nicht angenommen.\n",
            "rejected",
        ),
        # guard: prose that agrees with the counts
        (
            "Am Ende stimmten neun Mitglieder für die Änderung, sieben dagegen.\n\nDer Antrag "
            "ist damit angenommen.\n",
            "approved",
        ),
    ],
)
def test_a_proposal_in_the_pluperfect_a_verdict_against_the_counts(text: str, outcome: str) -> None:
    assert parse_text(text).outcome == outcome
