"""A paper's history: one item per consultation of its Beratungsfolge, the last word marked."""

from __future__ import annotations

from pathlib import Path

from ratsparse import parse_path, parse_text, split_path
from ratsparse.history import consultations

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "150-beratungsfolge-einer-vorlage.txt"


def test_each_consultation_with_its_body_date_and_result() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    found = consultations(text)
    assert [(c.body, c.role, c.date, c.outcome) for c in found] == [
        ("Ausschuss für Verkehr und Ordnung", "Vorberatung", "02.09.2025", "postponed"),
        ("Ausschuss für Verkehr und Ordnung", "Vorberatung", "30.09.2025", "approved_amended"),
        ("Haupt- und Finanzausschuss", "Vorberatung", None, None),
        ("Stadtrat", "Entscheidung", "16.10.2025", "approved"),
    ]
    assert [text[c.result_start : c.result_end] for c in found if c.result] == [
        "vertagt",
        "mit Änderungen im Ausschuss beschlossen",
        "ungeändert beschlossen",
    ]


def test_the_record_lists_the_history_and_its_last_word() -> None:
    res = parse_path(SAMPLE)
    assert [i.title for i in res.items][-1] == "Stadtrat"
    assert [i.last_word for i in res.items] == [False, False, False, True]
    assert res.items[-1].meeting is not None
    assert str(res.items[-1].meeting.date) == "2025-10-16"
    assert res.outcome is None  # the bodies' results differ (the agreement rule)
    assert [c.number for c in res.clauses] == ["1", "2"]  # the paper's own decided text
    status = res.items[1].status
    assert status is not None and status.amended is True
    records = split_path(SAMPLE)
    assert [r.meeting.body for r in records] == [i.title for i in res.items]
    assert [r.item.last_word for r in records if r.item] == [False, False, False, True]


def test_a_session_on_the_line_of_its_date_and_ohne_aenderungen() -> None:
    text = (
        "Beratungsfolge:\n"
        "Bezirksverordnetenversammlung Vorberatung\n"
        "16.05.2025 9. öffentliche Sitzung der Bezirksverordnetenversammlung überwiesen\n"
        "Ausschuss für Bildung Vorberatung\n"
        "23.05.2025    7. nichtöffentliche Sitzung des Bildungsausschusses\n"
        "Bezirksverordnetenversammlung Beratung\n"
        "20.06.2025\n"
        "10. öffentliche Sitzung der Bezirksverordnetenversammlung ohne Änderungen beschlossen\n"
        "\n"
        "Sachverhalt\n"
    )
    found = consultations(text)
    assert [(c.date, c.outcome, c.amended) for c in found] == [
        ("16.05.2025", "referred", None),
        ("23.05.2025", None, None),
        ("20.06.2025", "approved", False),
    ]


def test_no_beratungsfolge_or_a_single_consultation_gives_no_items() -> None:
    assert parse_text("Beschluss: einstimmig beschlossen\n").items == ()
    single = parse_text(
        "Beschluss: einstimmig beschlossen\n\nBeratungsfolge:\nRat Entscheidung\n12.03.2025\n"
        "5. Sitzung des Rates einstimmig beschlossen\n"
    )
    assert single.items == () and single.outcome == "approved"
