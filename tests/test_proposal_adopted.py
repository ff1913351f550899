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


MUENCHEN = (
    "Landeshauptstadt München\nReferat für Klima- und Umweltschutz\n\nAusweitung der "
    "Trinkbrunnen\n\nSitzungsvorlage Nr. 20-26 / V 12345\n\n"
    "I. Vortrag der Referentin\nDie Stadtwerke betreiben 42 Trinkbrunnen.\n1. Im Jahr 2025 "
    "kamen sechs hinzu.\n2. Der Bezirksausschuss hat zugestimmt.\n\nII. Antrag der Referentin\n"
    "1. Das Referat wird beauftragt, 20 weitere Trinkbrunnen zu errichten.\n2. Die Mittel "
    "werden angemeldet.\n3. Dieser Beschluss unterliegt nicht der Beschlussvollzugskontrolle.\n"
    "\nIII. Beschluss\n"
)


@pytest.mark.parametrize(
    ("decision", "outcome"),
    [
        ("nach Antrag.\n", "approved"),
        (
            "nach Antrag mit der Maßgabe, dass 30 Trinkbrunnen errichtet werden.\n",
            "approved_amended",
        ),
    ],
)
def test_muenchens_proposal_section_is_the_decided_text(decision: str, outcome: str) -> None:
    # "I. Vortrag der Referentin" is background (its points no clauses), "II. Antrag der
    # Referentin" the proposal, whose clauses "III. Beschluss" adopts; not two clauses I. and II.
    found = parse_text(MUENCHEN + decision)
    assert (found.outcome, len(found.clauses)) == (outcome, 3)
    assert found.clauses[0].text.startswith("Das Referat wird beauftragt")


def test_an_excerpts_title_below_the_proposal_is_no_part_of_its_last_clause() -> None:
    found = parse_text(OUTLINE + "Beschluss:\nwie Vorlage.\n")
    assert found.clauses[-1].text == "Die Deputation bittet um einen Bericht im Jahr 2027."
