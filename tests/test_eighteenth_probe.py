"""Families an eighteenth session found: in an eighteenth blind probe (Bayern's Gemeinderäte and
Kreistage, Hessen's Stadtverordnetenversammlungen, Berlin's BVVs and Hamburg's
Bezirksversammlungen, votes that are not a plain yes or no, PDF minutes turned to text,
Nordrhein-Westfalen's Bezirksvertretungen, small Gemeinden with an Amt or a Verbandsgemeinde, the
Kreistage of four Länder), and in the probes kept from earlier sessions.

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from tests.test_seventeenth_probe import _counts, _date


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # a row of labels without borders over one row of values (a table's tabs)
        (
            "Bebauungsplan Nr. 4\nGremium\tSitzung\tSitzungsdatum\tö / nö\tTOP-Nr.\n"
            "Gemeinderat Aholfing\t12. Sitzung\t14.03.2024\tö\t5\nSachverhalt\nDer Plan.\n",
            "2024-03-14",
        ),
        # ... not a course of several bodies, whose row is this text's is not said
        (
            "Gremium\tSitzungsdatum\tBeratungstyp\nBauausschuss\t05.03.2024\tvorberatend\n"
            "Gemeinderat\t14.03.2024\tbeschließend\nSachverhalt\nDer Plan.\n",
            None,
        ),
        # the sitting's date alone on its line, with whether it was public
        (
            "Gemeinde Kirchdorf\nSitzung des Gemeinderates\n14.03.2024 – öffentlich\n\nTOP 3\n"
            "Bauantrag\n",
            "2024-03-14",
        ),
        # what follows was said in the sitting the line names
        (
            "Anfrage der Fraktion X vom 01.02.2024\n\nAntwort der Verwaltung, vorgetragen in der "
            "Sitzung des Stadtrates am 14.03.2024:\n\nDer Radweg wird saniert.\n",
            "2024-03-14",
        ),
        # ... not an earlier sitting told in a sentence
        (
            "Der Bauausschuss hat die Sache in der Sitzung des Bauausschusses am 05.03.2024 "
            "beraten.\n",
            None,
        ),
        # a report of the sitting, its verb before the sitting
        (
            "Der Ortsgemeinderat trat in seiner Sitzung am Donnerstag, dem 28.11.2024, im "
            "Gemeindehaus zusammen.\n",
            "2024-11-28",
        ),
    ],
)
def test_meeting_heads(head: str, date: str | None) -> None:
    assert _date(head) == date


@pytest.mark.parametrize(
    ("result", "counts"),
    [
        # einmütig: everyone agreed (abstentions do not break it)
        ("Der Ausschuss empfiehlt einmütig bei einer Enthaltung.\n", (True, None, None, 1, [])),
        ("Abstimmungsergebnis: einmütig beschlossen\n", (True, None, None, None, [])),
        # a terse result line: Abst. for Abstimmung, einst. for einstimmig
        ("Abst.: einst. (1 befangen)\n", (True, None, None, None, [])),
    ],
)
def test_counts(result: str, counts: tuple[object, ...]) -> None:
    assert _counts(result) == counts


def test_minutes_that_head_their_public_part_are_cut_into_items() -> None:
    text = (
        "Mitteilungsblatt\nUnterrichtung über die Sitzung des Ortsgemeinderates\n\n"
        "Öffentliche Sitzung\n\n1. Einwohnerfragestunde\nFragen wurden nicht gestellt.\n\n"
        "2. Forstwirtschaftsplan 2025\nDer Ortsgemeinderat stimmte dem Plan einstimmig zu.\n\n"
        "3. Auftragsvergabe Dach\nDer Ortsgemeinderat beschloss die Vergabe mit 7 Ja-Stimmen "
        "bei 2 Enthaltungen.\n"
    )
    read = parse_text(text)
    assert [i.number for i in read.items] == ["1.", "2.", "3."]
    assert [i.outcome for i in read.items] == [None, "approved", "approved"]


def test_parts_told_in_sentences_are_the_decisions() -> None:
    text = (
        "Beschluss der Vollversammlung des Stadtrates vom 24.07.2024\n\nI. Antrag\n"
        "1. Der Versuch wird fortgeführt.\n2. Die Planung wird beauftragt.\n\nII. Beschluss\n"
        "Über die Ziffern 1 und 2 wurde getrennt abgestimmt.\nZiffer 1 wurde einstimmig "
        "beschlossen.\nZiffer 2 wurde mit 45 gegen 32 Stimmen beschlossen.\n"
    )
    read = parse_text(text)
    assert [i.number for i in read.items] == ["Ziffer 1", "Ziffer 2"]
    assert read.outcome == "approved"
    assert not any(v.decisive for v in read.votes)  # no one vote is the text's
