"""Families found in a thirty-fourth blind probe (``tests/probes/thirtyfourth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from ratsparse.models import Vote


def _decisive(text: str) -> Vote:
    return next(v for v in parse_text(text).votes if v.decisive)


_HANDS = (
    "Wer dem Antrag zustimmen möchte, den bitte ich um das Handzeichen!\n\n{yes}\n\n"
    "Ich bitte um die Gegenprobe!\n\n{no}\n\n"
    "Ich stelle fest, die Bürgerschaft {verdict} den Antrag.\n"
)


@pytest.mark.parametrize(
    ("yes", "no", "verdict", "unanimous"),
    [
        # a show of hands whose sides are told apart, each in its parenthesis
        ("(Dafür SPD, FDP)", "(Dagegen CDU)", "beschließt", False),
        ("(Dafür CDU)", "(Dagegen SPD, DIE LINKE)", "lehnt", False),
        # (guard) no one against
        ("(Einstimmig)", "", "beschließt", True),
    ],
)
def test_a_show_of_hands_whose_sides_are_told_apart(
    yes: str, no: str, verdict: str, unanimous: bool
) -> None:
    vote = _decisive(_HANDS.format(yes=yes, no=no, verdict=verdict))
    assert vote.unanimous is unanimous


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_parenthesis_of_sides_ends_its_last_groups_name(gap: str) -> None:
    groups = "SPD, Bündnis 90/Die Grünen, FDP"
    text = _HANDS.format(yes=f"(Dafür {groups})", no="(Dagegen CDU)", verdict="beschließt")
    vote = _decisive(text.replace("\n\n", gap))
    assert [g.name for g in vote.groups.yes] == groups.split(", ")
    assert [g.name for g in vote.groups.no] == ["CDU"]


@pytest.mark.parametrize(
    ("row", "counts"),
    [
        # a row of labelled cells whose first label counts something else: each count keeps the
        # number after its own label
        ("zurückgesandt: 19 | Zustimmung: 19 | Ablehnung: 0 | Enthaltung: 0", (19, 0, 0)),
        ("versandte Stimmzettel: 22 | Zustimmung: 17 | Ablehnung: 2 | Enthaltung: 1", (17, 2, 1)),
        # (guard) a count opened by its number after a word, its detail after a colon
        ("einstimmig bei 2 Enthaltungen: 9 Ja / 0 Nein / 2 Enthaltungen", (9, 0, 2)),
    ],
)
def test_a_row_of_labelled_counts_after_another_label(
    row: str, counts: tuple[int, int, int]
) -> None:
    vote = _decisive(f"Ergebnis des schriftlichen Verfahrens:\n{row}\n")
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts
