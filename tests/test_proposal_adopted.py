"""A decision that adopts the proposal by naming it has the proposal's clauses, also where the
proposal heads a section of an outline (``F. Beschlussvorschlag``, as Bremen's Deputation
papers number their sections ``A. Problem`` … ``F. Beschlussvorschlag``)."""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from ratsparse.vocab import is_proposal_label, section_key

OUTLINE = (
    "A. Problem\nDie Kreuzung ist unfallträchtig.\n\nB. Lösung\nEin Umbau wird vorgeschlagen.\n\n"
    "F. Beschlussvorschlag\n1. Die Deputation stimmt der Planung zu.\n2. Die Deputation bittet "
    "die Senatorin, die Ausführungsplanung zu erstellen.\n3. Die Deputation bittet um einen "
    "Bericht im Jahr 2027.\n\nAuszug aus dem Protokoll der Sitzung vom 07.12.2026:\n\n"
)


@pytest.mark.parametrize(
    "decision",
    [
        "Beschluss:\nDie Deputation stimmt der Vorlage mehrheitlich zu.\n",
        "Beschluss:\nDie Deputation stimmt dem Beschlussvorschlag einstimmig zu.\n",
        "Beschluss:\nwie Vorlage.\n",
    ],
)
def test_the_adopted_proposal_of_an_outline_has_its_clauses(decision: str) -> None:
    found = parse_text(OUTLINE + decision)
    assert (found.outcome, len(found.clauses)) == ("approved", 3)
    assert found.clauses[0].text.startswith("Die Deputation stimmt der Planung zu")


def test_an_outlines_proposal_without_a_result_decides_nothing() -> None:
    # the proposal's own wording ("stimmt … zu") is no decision taken
    found = parse_text(OUTLINE.partition("Auszug")[0])
    assert found.outcome is None


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("F. Beschlussvorschlag", "beschlussvorschlag"),
        ("II. Sachverhalt", "sachverhalt"),
        ("Begründung (aus der Vorlage)", "begründung"),
        ("Beschlussvorschlag", "beschlussvorschlag"),
    ],
)
def test_a_section_key_leaves_out_the_outline(label: str, key: str) -> None:
    assert section_key(label) == key


def test_an_outlines_proposal_label_is_a_proposal() -> None:
    assert is_proposal_label("F. Beschlussvorschlag")
    assert not is_proposal_label("F. Finanzielle Auswirkungen")
