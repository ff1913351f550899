"""Families found in the fortieth probe's remaining texts and the forty-first blind probe
(``tests/probes/fortyfirst``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from tests.reading import meeting_date as _date


@pytest.mark.parametrize(
    ("fields", "date"),
    [
        # the sitting's own field below the paper's date
        ("Sitzung: 15.05.2030 Stadtrat\nBeschluss: abgelehnt", "2030-05-15"),
        ("Sitzungstermin: 15.05.2030\nErgebnis: abgelehnt", "2030-05-15"),
        # guard: one body's sitting in the paper's course is a heading, not the page's field
        ("Sitzung des Rates, 15.05.2030\nDer Rat lehnt den Antrag ab.", None),
    ],
)
def test_a_sittings_field_below_the_papers_date(fields: str, date: str | None) -> None:
    text = (
        "Drucksache - 0871/30\n\nBetreff: Parken an Adventssamstagen\nDatum: 04.04.2030\n\n"
        "Beratungsfolge:\n17.04.2030 | Bauausschuss | Vorberatung\n"
        "15.05.2030 | Stadtrat | Entscheidung\n\nBeschlussvorschlag\n\n"
        "Die Parkgebühren entfallen.\n\nBegründung\n\nDer Handel leidet.\n\n"
        f"{fields}\n"
    )
    assert _date(text) == date
