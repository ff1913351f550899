"""The parts reader: a decision voted on part by part, each part with its own result."""

from __future__ import annotations

import time

import pytest

from ratsparse import parse_bytes, parse_text
from ratsparse.parts import find_parts


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "Zu Punkt a): 6 Ja-Stimmen, 6 Nein-Stimmen. Damit abgelehnt. Zu Punkt b): "
            "9 Ja-Stimmen, 3 Nein-Stimmen\n",
            ["Zu Punkt a)", "Zu Punkt b)"],
        ),
        ("Zu 1: einstimmig\nZu 2: 12 Ja, 3 Nein\n", ["Zu 1", "Zu 2"]),
        (
            "1. 8 Ja-Stimmen, 5 Enthaltungen 2. 9 Ja-Stimmen, 1 Nein-Stimme 3. einstimmig\n",
            ["1.", "2.", "3."],
        ),
        ("a) einstimmig b) 4 Ja-Stimmen, 10 Nein-Stimmen\n", ["a)", "b)"]),
        # a range of parts voted together; a vote word glued to the number
        ("1. 18 Ja-Stimmen, 9 Nein-Stimmen\n2. – 4.einstimmig\n", ["1.", "2. – 4."]),
        # numbered clauses, then their votes numbered again: the votes are the parts
        (
            "Beschluss:\n1. Der Rat beschließt A.\n2. Der Rat beschließt B.\n"
            "Abstimmungsergebnis:\n1. einstimmig\n2. 12 Ja, 3 Nein\n",
            ["1.", "2."],
        ),
    ],
)
def test_parts(text: str, numbers: list[str]) -> None:
    parts = find_parts(text)
    assert [c.number for c in parts.cuts] == numbers
    # each part runs from after its number to the next part's
    assert all(c.start < c.end for c in parts.cuts)
    assert parts.cuts[-1].end == len(text)


@pytest.mark.parametrize(
    "text",
    [
        # numbered clauses with one vote after them
        "1. Der Rat beschließt A.\n2. Der Rat beschließt B.\nAbstimmung: einstimmig\n",
        # one part only
        "1. einstimmig\n",
        # numbers that do not run as a list does
        "2. einstimmig 3. 12 Ja, 3 Nein\n",
        "1. einstimmig 3. 12 Ja, 3 Nein\n",
        # a date is no part's number
        "am 12. 03. 2024 einstimmig\n",
    ],
)
def test_no_parts(text: str) -> None:
    assert find_parts(text).cuts == []


def test_parts_with_different_results_settle_no_outcome() -> None:
    res = parse_text(
        "Beschluss:\nDer Rat beschließt den Kreisverkehr und die Ampel.\n\n"
        "Zu Punkt a): 6 Ja-Stimmen, 6 Nein-Stimmen. Damit ist der Kreisverkehr abgelehnt.\n"
        "Zu Punkt b): 9 Ja-Stimmen, 3 Nein-Stimmen\n"
    )
    assert [i.number for i in res.items] == ["Zu Punkt a)", "Zu Punkt b)"]
    assert [i.outcome for i in res.items] == ["rejected", "approved"]
    assert res.outcome is None
    # each part has its own votes; the text's vote holds only what they agree on: dissent
    (summed,) = res.votes
    assert summed.outcome_basis == "items"
    assert (summed.outcome, summed.unanimous) == (None, False)
    assert (summed.counts.yes, summed.counts.no) == (None, None)
    assert res.preamble == "Der Rat beschließt den Kreisverkehr und die Ampel."
    assert "RP120" in [d.code for d in res.diagnostics]


def test_parts_with_the_same_result_give_it() -> None:
    res = parse_text("1. 8 Ja-Stimmen, 5 Enthaltungen\n2. einstimmig\n")
    assert res.outcome == "approved"
    assert [(i.votes[0].counts.yes, i.votes[0].unanimous) for i in res.items] == [
        (8, None),  # abstentions alone say nothing of unanimity
        (None, True),
    ]


def test_each_parts_spans_point_into_the_text() -> None:
    text = "Abstimmung:\na) einstimmig\nb) 4 Ja-Stimmen, 10 Nein-Stimmen\n"
    res = parse_text(text)
    for item in res.items:
        for vote in item.votes:
            assert text[vote.span.start : vote.span.end] == vote.text
    assert text[res.items[1].span.start : res.items[1].span.end].strip() == (
        "4 Ja-Stimmen, 10 Nein-Stimmen"
    )


def test_an_oparl_result_voted_part_by_part() -> None:
    page = (
        '{"id": "https://ris.example/oparl/agendaitem/1", '
        '"type": "https://schema.oparl.org/1.1/AgendaItem", '
        '"result": "a) einstimmig, 0 Enthaltungenb) 4 Ja-Stimmen, 10 Nein-Stimmen"}'
    )
    res = parse_bytes(page.encode())
    assert res.outcome is None  # approved and rejected
    (item,) = res.items
    assert [v.counts.no for v in item.votes] == [None, 10]
    assert not any(v.decisive for v in item.votes)  # the parts are the decisions
    # the record, as a text of several parts: only what its parts share (here nothing), not
    # the last part's vote as if it were the whole's
    assert res.votes == ()


def test_many_numbers_take_linear_time() -> None:
    text = "".join(f"{i % 99 + 1}. einstimmig " for i in range(20_000))
    start = time.process_time()
    find_parts(text)
    assert time.process_time() - start < 5


def test_parts_whose_results_are_told_in_sentences() -> None:
    # a naming voted part by part: each part's result a sentence of its own, one with an
    # adjective ("Einstimmiges Votum"), one with the votes a proposal received
    text = (
        "a) Für die neue Straße wird der Name „Im Kamp“ vorgeschlagen.\n\n"
        "Mit 6 Ja-Stimmen und 3 Gegenstimmen wird der Straßenname „Im Kamp“ gewählt.\n\n"
        "b) Für den Stichweg wird der Name „Steingrund“ vorgeschlagen.\n\n"
        "Einstimmiges Votum für den Namen „Steingrund“.\n\n"
        "c) Für den letzten Abschnitt werden zwei Namen vorgeschlagen.\n\n"
        "Bei der Abstimmung erhält der Vorschlag „Pastor-Wagener-Weg“ 5 Stimmen und der Vorschlag "
        "„Dechant-Weg“ 4 Stimmen.\n"
    )
    found = parse_text(text)
    assert [i.number for i in found.items] == ["a)", "b)", "c)"]
    assert found.items[0].votes[0].counts.yes == 6
    assert found.items[1].votes[0].unanimous is True
