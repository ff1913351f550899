"""Families found in the forty-second probe's remaining texts and the forty-third blind probe
(``tests/probes/fortythird``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from ratsparse.items import find_items


@pytest.mark.parametrize(
    ("first", "numbers"),
    [
        # the first item's title a list of matters, its second word no given name
        (
            "1.  Eröffnung, Begrüßung, Feststellung der ordnungsgemäßen Ladung",
            ["1.", "2.", "3."],
        ),
        # guard: its words going on in lower case, the title was an item's already
        ("1.  Begrüßung, Eröffnung und Feststellung der Tagesordnung", ["1.", "2.", "3."]),
        # guard: a member of a list of names is no item (and the items then run from 2)
        ("1.  Brüggemeier, Ulrich", []),
    ],
)
def test_an_opening_items_title_of_several_matters(first: str, numbers: list[str]) -> None:
    text = (
        "Niederschrift über die 12. Sitzung der Gemeindevertretung am 14.03.2030\n\n"
        f"{first}\n\nDer Vorsitzende eröffnet die Sitzung.\n\n"
        "2.  Genehmigung der Niederschrift\n\nDie Niederschrift wird einstimmig genehmigt.\n\n"
        "3.  Bauhof, Erwerb eines Radladers\n\n"
        "Die Gemeindevertretung stimmt dem Erwerb zu.\n\nAbstimmung: 17 Ja, 4 Nein\n"
    )
    assert [cut.number for cut in find_items(text)] == numbers


def test_minutes_whose_items_decide_differently_give_no_single_outcome() -> None:
    text = (
        "Niederschrift über die 12. Sitzung der Gemeindevertretung am 14.03.2030\n\n"
        "1.  Eröffnung, Begrüßung, Feststellung der Beschlussfähigkeit\n\n"
        "Der Vorsitzende eröffnet die Sitzung.\n\n"
        "2.  Bauhof, Erwerb eines Radladers\n\n"
        "Die Gemeindevertretung stimmt dem Erwerb zu.\n\nAbstimmung: 17 Ja, 4 Nein\n\n"
        "3.  Antrag der Fraktion FWG: Bänke am Mühlbach\n\n"
        "Die Gemeindevertretung erklärt den Antrag ohne Widerspruch für erledigt.\n"
    )
    result = parse_text(text)
    assert (result.outcome, [v for v in result.votes if v.decisive]) == (None, [])
