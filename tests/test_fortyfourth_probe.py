"""Families found in the forty-third probe's remaining texts and the forty-fourth blind probe
(``tests/probes/fortyfourth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from tests.reading import meeting_date as _date

_STORY = (
    "Beratungsfolge:\n"
    "Gremium                                   Datum        Beratung\n"
    "Ortsrat Nordfeld                          04.03.2031   Anhörung\n"
    "Ausschuss für Bauen und Umwelt            18.03.2031   Vorberatung\n"
    "Verwaltungsausschuss                      01.04.2031   Entscheidung\n\n"
    "Beschlussempfehlung:\nDer Verwaltungsausschuss beschließt die Aufstellung.\n\n"
    "Ergebnis: einstimmig empfohlen\n"
)


@pytest.mark.parametrize(
    ("field", "date"),
    [
        # the sitting's field names the body, its day below in the value's column
        (
            "Sitzung:      Ausschuss für Bauen und Umwelt\n"
            "              Dienstag, 18.03.2031, 17:00 Uhr, Ratssaal\n",
            "2031-03-18",
        ),
        (
            "Sitzung:  Ausschuss für Bauen und Umwelt\n          18.03.2031  öffentlich\n",
            "2031-03-18",
        ),
        # guard: a body's line alone over a date is no sitting's field over its day
        ("Ausschuss für Bauen und Umwelt\nDie Vorlage vom 18.02.2031 wird beraten.\n", None),
    ],
)
def test_a_sitting_field_naming_the_body_over_its_day(field: str, date: str | None) -> None:
    assert _date(f"Stadt Nordfeld - Ratsinformationssystem\n\n{field}TOP: Ö 7\n\n{_STORY}") == date
