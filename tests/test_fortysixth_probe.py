"""Families found in the forty-fifth probe's remaining texts and the forty-sixth blind probe
(``tests/probes/fortysixth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from tests.reading import meeting_date as _date

# A decision's sheet: its title, its number alone on a line, the sitting; the committee that
# dealt with the paper before, with its day, at the foot.
_SHEET = (
    "{title}\n{number}\naus der 12. Plenarsitzung vom 20.03.2031\n\n"
    "Betreff: Sanierung der Turnhalle Am Anger\n\n"
    "Vorgang: Vortrag des Magistrats vom 02.02.2031, M 41\n\n"
    "Der Vorlage M 41 wird zugestimmt.\n\n"
    "Abstimmung: einstimmig\n\n"
    "Beratung im Ausschuss für Bildung und Schulbau am {committee}, TO I, 4\n"
)


@pytest.mark.parametrize(
    ("title", "number", "committee", "date"),
    [
        # the number between the title and its sitting
        ("Beschluss der Stadtverordnetenversammlung", "§ 3847", "09.03.2031", "2031-03-20"),
        ("Beschluss", "Nr. 112/2031", "09.03.2031", "2031-03-20"),
        ("B E S C H L U S S", "Beschluss-Nr.: 45/2031", "09.03.2031", "2031-03-20"),
        # guard: no title over the number, a paragraph of a law (its sitting no title's)
        ("Betreff: Turnhalle", "§ 3847", "09.03.2031", "2031-03-09"),
    ],
)
def test_a_decisions_number_between_its_title_and_sitting(
    title: str, number: str, committee: str, date: str
) -> None:
    text = _SHEET.format(title=title, number=number, committee=committee)
    assert _date(text) == date
