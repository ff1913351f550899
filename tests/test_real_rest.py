"""Families a nineteenth session found in the real texts that the shared gold leaves without
(``tests/corpus/real-rest-gold.jsonl``: minutes, pages of several items, questions and reports,
annotated blind): each row is a short text of our own in the phrasing of its family, and what the
parser must make of it; every row failed before the fix it stands for, but those marked as
guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a draft's formula with the sitting's date left blank: a proposal, not a decision
        (
            "Vorlage Nr. 145/2024\nBetreff: 3. Änderung der Hauptsatzung\n\nBeschlussentwurf:\n"
            "Aufgrund von § 7 GO NRW hat der Rat der Stadt Nordheim in seiner Sitzung am "
            "______________ folgende Satzung beschlossen:\n\nArtikel I\nIn § 4 wird ein Absatz "
            "angefügt.\n",
            None,
        ),
        (
            "Vorlage Nr. 145/2024\nBetreff: 3. Änderung der Hauptsatzung\n\nAufgrund von § 7 GO "
            "NRW hat der Rat der Stadt Nordheim in seiner Sitzung am ............ folgende "
            "Satzung beschlossen:\n\nArtikel I\nIn § 4 wird ein Absatz angefügt.\n",
            None,
        ),
        # (guard) the same formula with its date: the statute as adopted
        (
            "Vorlage Nr. 145/2024\nBetreff: 3. Änderung der Hauptsatzung\n\nAufgrund von § 7 GO "
            "NRW hat der Rat der Stadt Nordheim in seiner Sitzung am 12.03.2024 folgende "
            "Satzung beschlossen:\n\nArtikel I\nIn § 4 wird ein Absatz angefügt.\n",
            "approved",
        ),
    ],
)
def test_outcome(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome
