"""Families found in the thirty-eighth probe's remaining texts and the thirty-ninth blind probe
(``tests/probes/thirtyninth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text


@pytest.mark.parametrize(
    ("framing", "outcome"),
    [
        # what kind of decision between "folgenden" and "Beschluss", over a background section
        (
            "Der Ausschuss fasst mit 7:2 Stimmen folgenden, gegenüber dem Beschlussvorschlag\n"
            "der Verwaltung in Ziffer 2 geänderten Beschluss:",
            "approved_amended",
        ),
        (
            "Der Ausschuss fasst einstimmig folgenden, in Ziffer 2 ergänzten Beschluss:",
            "approved_amended",
        ),
        # guard: the plain framing line
        ("Der Ausschuss fasst folgenden Beschluss:", "approved"),
    ],
)
def test_a_framing_line_with_the_decisions_kind(framing: str, outcome: str) -> None:
    res = parse_text(
        "TOP 4\nBauantrag Am Kirchfeld 14\n\nSachverhalt:\nDer Bauantrag ging am 12.08.2030 ein."
        f"\n\n{framing}\n\n1. Das Einvernehmen wird erteilt.\n"
        "2. Der Befreiung von der Baugrenze wird zugestimmt.\n"
    )
    assert (res.outcome, len(res.clauses)) == (outcome, 2)
