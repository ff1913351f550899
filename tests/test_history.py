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


HISTORY_TOLD = (
    "Vorlage: BV/0140/2026\n\nDer Rat beschließt die Richtlinien zur Vereinsförderung.\n\n"
    "Beratungsfolge:\n"
    "Datum       | Gremium               | Zuständigkeit | Ergebnis\n"
    "03.03.2026  | Sportausschuss        | Vorberatung   | einstimmig empfohlen\n"
    "17.03.2026  | Hauptausschuss        | Vorberatung   | empfohlen (15/0/0)\n"
    "26.03.2026  | Rat der Stadt Lindau  | Entscheidung  | "
    "einstimmig bei 1 Enthaltung beschlossen\n"
)


def test_each_result_of_a_history_tells_its_vote() -> None:
    found = parse_text(HISTORY_TOLD)
    told = [
        [(v.decisive, v.unanimous, v.counts.yes, v.counts.abstain) for v in i.votes]
        for i in found.items
    ]
    assert told == [[(True, True, None, None)], [(True, True, 15, 0)], [(True, True, None, 1)]]
    for item in found.items:  # each vote's span is its row's result
        (vote,) = item.votes
        assert HISTORY_TOLD[vote.span.start : vote.span.end] == vote.text
    # the record: what the three agree on, unanimity; no count (15 against none)
    (summed,) = found.votes
    assert (summed.unanimous, summed.counts.yes, found.outcome) == (True, None, "approved")


def test_a_history_whose_results_tell_no_vote_has_none() -> None:
    text = (
        HISTORY_TOLD.replace("einstimmig empfohlen", "empfohlen")
        .replace("empfohlen (15/0/0)", "empfohlen")
        .replace("einstimmig bei 1 Enthaltung beschlossen", "beschlossen")
    )
    found = parse_text(text)
    assert [i.votes for i in found.items] == [(), (), ()]
    assert found.votes == ()


def test_the_shared_vote_spans_from_the_first_to_the_last_it_joins() -> None:
    # the first body's vote told below the table, the others' in its rows: the record's vote
    # runs from the first row's result to the block below, not backwards
    text = (
        "Beratungsfolge:\n"
        "| Gremium        | Datum      | Zuständigkeit | Ergebnis             |\n"
        "| Schulausschuss | 05.09.2026 | Vorberatung   | empfohlen            |\n"
        "| Hauptausschuss | 19.09.2026 | Vorberatung   | einstimmig empfohlen |\n"
        "| Rat der Stadt  | 26.09.2026 | Entscheidung  | einstimmig beschl.   |\n\n"
        "Beschlussvorschlag:\n1. Der Rat beschließt den Bau der Mensa.\n\n"
        "Begründung:\nDie Räume reichen nicht aus.\n\n"
        "Beratungsergebnisse:\nSchulausschuss, 05.09.2026:   Ja 15 / Nein 0 / Enthaltung 0\n"
        "Hauptausschuss, 19.09.2026:   einstimmig\n"
    )
    found = parse_text(text)
    assert [len(i.votes) for i in found.items] == [1, 1, 1]
    (summed,) = found.votes
    assert summed.unanimous is True
    assert 0 <= summed.span.start < summed.span.end <= len(text)
    assert summed.span.start == min(v.span.start for i in found.items for v in i.votes)
    assert summed.span.end == max(v.span.end for i in found.items for v in i.votes)
