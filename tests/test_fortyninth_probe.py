"""Families found in the forty-eighth probe's remaining texts and the forty-ninth blind probe
(``tests/probes/fortyninth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text

_PAPER = (
    "Beschlussvorlage                    Drucksache Nr. 0412/2031\n\n"
    "Betreff:\nSatzung über die Erhebung einer Zweitwohnungsteuer\n\n"
    "Beschlussvorschlag:\nDer Rat beschließt die Satzung in der Fassung der Anlage 1.\n\n"
    "Begründung:\nDie Verwaltung rechnet mit Erträgen von rund 80.000 Euro.\n\n"
)


@pytest.mark.parametrize(
    ("record", "outcome"),
    [
        # the record's title on one line, and wrapped over two
        (
            "Auszug aus der Niederschrift über die Sitzung des Rates vom 04.12.2031, TOP 9:\n"
            "Auf Antrag der CDU-Fraktion verweist der Rat die Vorlage in den Finanzausschuss.",
            "referred",
        ),
        (
            "Auszug aus dem Protokoll der Sitzung des Rates vom\n04.12.2031, TOP 9:\n"
            "Der Rat vertagt die Beratung der Vorlage auf seine nächste Sitzung.",
            "postponed",
        ),
        # guard: a record that tells the debate alone; the proposal is what was voted on
        (
            "Auszug aus der Niederschrift über die Sitzung des Rates vom 04.12.2031, TOP 9:\n"
            "Herr Brandt erläutert die Vorlage und beantwortet Fragen.",
            "approved",
        ),
    ],
)
def test_a_record_below_the_reasons_tells_what_the_body_did(record: str, outcome: str) -> None:
    text = f"{_PAPER}{record}\nAbstimmungsergebnis: mehrheitlich bei 4 Gegenstimmen\n"
    assert parse_text(text).outcome == outcome
