"""Families a twenty-fourth session found in a twenty-fourth blind probe
(``tests/probes/twentyfourth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ratsparse import parse_text

PROBE = Path(__file__).parent / "probes" / "twentyfourth"

_HISTORY = (
    "Beratungsfolge:\nDatum        Gremium                      Zuständigkeit\n"
    "12.05.2026   Hauptausschuss               Vorberatung\n"
    "16.06.2026   Stadtrat der Stadt Elsberg   Entscheidung\n\n"
)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the announcing sentence sets the decision's heading apart
        (
            "Landratsamt Elsberg\n\nP r o t o k o l l a u s z u g\n\nDer Kreisausschuss hat in "
            "seiner öffentlichen Sitzung am Montag, "
            "den 9. März 2026, unter\nTOP 4 folgenden\n\nBeschluss Nr. 12/2026\ngefasst:\n\n"
            "Der Kreisausschuss beschließt den Zuschuss.\n",
            "2026-03-09",
        ),
        # an excerpt's print head (body and date) over a Beratungsfolge of several sittings
        (
            "Auszug - Hauptausschuss - 12.05.2026\n\nÖ 4 - Friedhofssatzung\n\n"
            + _HISTORY
            + "Beschluss:\nDer Hauptausschuss empfiehlt die Satzung.\n",
            "2026-05-12",
        ),
        # a running foot with the body's short name and a sheet number
        (
            "3. Der Bürgermeister wird beauftragt, den Plan bekannt zu machen.\n\nJa: 14   "
            "Nein: 0\n\nGemeinde Musterdorf · Niederschrift GR 14.10.2025 öffentl.        "
            "Blatt 3\n",
            "2025-10-14",
        ),
        # a print view's label, the date after a comma, the item after it
        (
            "Druckansicht – Sitzung des Stadtrats, 21.04.2026, TOP Ö 7\nStadt Elsberg\n\n"
            "Hebesätze ab 2027\n\nDer Stadtrat beschließt die Hebesätze.\n",
            "2026-04-21",
        ),
        # a decision sheet: its letter-spaced title word over the sitting's lines
        (
            "Gemeinde Elsberg                          Beschluss-Nr.: 31/7/2026\n\n"
            "                B e s c h l u s s\n\n"
            "        der 7. Sitzung des Gemeinderates der Gemeinde Elsberg\n"
            "                   am 05.05.2026\n\nDer Gemeinderat beschließt die Satzung.\n",
            "2026-05-05",
        ),
        # a paper's page: its Beratungsfolge, its story, then the deciding sitting's line over
        # the item
        (
            "Beschlussvorlage BV 112/2026\n\n" + _HISTORY + "Beschlussvorschlag:\nDer Stadtrat "
            "beschließt die Übertragung der Kita.\n\nBegründung:\nDie Stadt ist Träger von "
            "sieben Kitas.\n\n-----\nSitzung des Stadtrates der Stadt Elsberg vom 16.06.2026"
            "        TOP Ö 9\n\nBeschluss:   einstimmig beschlossen\n",
            "2026-06-16",
        ),
    ],
)
def test_meeting_dates(text: str, date: str) -> None:
    found = parse_text(text).meeting.date
    assert found is not None and found.isoformat() == date


def test_a_paper_history_with_each_bodys_result_names_no_one_meeting() -> None:
    # guard: below the story, an excerpt's title without its item (the bodies' results stand in
    # the table) keeps the history's several dates open
    text = (
        "Vorlage - V/2026/512\n\nBeratungsfolge:\n|Datum|Gremium|Ergebnis|\n"
        "|12.05.2026|Hauptausschuss|einstimmig empfohlen|\n"
        "|16.06.2026|Rat der Stadt Elsberg|mehrheitlich beschlossen|\n\n"
        "Beschlussvorschlag:\nDer Rat beschließt X.\n\nSachverhalt:\nDie Stadt plant X.\n\n"
        "Auszug aus der Niederschrift des Rates vom 16.06.2026:\n"
        "Abstimmungsergebnis: Ja 38, Nein 4, Enthaltungen 2\n"
    )
    assert parse_text(text).meeting.date is None
