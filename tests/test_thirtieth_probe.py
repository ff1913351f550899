"""Families found in a thirtieth blind probe (``tests/probes/thirtieth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text


@pytest.mark.parametrize(
    ("result", "counts", "outcome"),
    [
        # the result in one word and its tally, on a line of its own
        ("Zustimmung 22:0", (22, 0, None), "approved"),
        # ... or under its heading, with the abstentions
        ("Abstimmung: Ablehnung 5 : 17 : 1", (5, 17, 1), "rejected"),
    ],
)
def test_a_result_word_and_its_tally(
    result: str, counts: tuple[int, int, int | None], outcome: str
) -> None:
    doc = parse_text(
        f"Beschluss:\nDer Gemeinderat stimmt der Annahme der Spenden zu.\n\n{result}\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts
    assert vote.outcome == outcome


@pytest.mark.parametrize("number", ["3", "drei"])  # (the number in words: no voting verb)
def test_the_side_against_counted_after_its_article(number: str) -> None:
    doc = parse_text(
        "Beschluss:\nDer Rat stimmt der Vorlage zu.\n\nAbstimmung: mehrheitlich gegen die "
        f"{number} Stimmen der Fraktion Bündnis 90/Die Grünen\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert vote.counts.no == 3
    assert [g.name for g in vote.groups.no] == ["Fraktion Bündnis 90/Die Grünen"]


def test_a_result_broken_before_the_count_against() -> None:
    doc = parse_text(
        "Beschluss:\nDie Volkshochschule wird fortgeführt.\n\nAbstimmungsergebnis: angenommen mit "
        "31 Ja-Stimmen (SPD, GRÜNE) gegen\n22 Nein-Stimmen (CDU, AfD) bei 3 Enthaltungen\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (31, 22, 3)
    assert [g.name for g in vote.groups.yes] == ["SPD", "GRÜNE"]


@pytest.mark.parametrize(
    "result",
    [
        "Abstimmung:\nGRÜNE und SPD gegen AfD und BFF bei Stimmenthaltung\nCDU (= Annahme)",
        "Abstimmung: mehrheitlich gegen AfD und BFF bei Stimmenthaltung CDU",
    ],
)
def test_an_abstention_named_without_an_article(result: str) -> None:
    doc = parse_text(f"Beschluss:\nDer Vorlage wird zugestimmt.\n\n{result}\n")
    vote = next(v for v in doc.votes if v.decisive)
    assert [g.name for g in vote.groups.no] == ["AfD", "BFF"]
    assert [g.name for g in vote.groups.abstain] == ["CDU"]


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # the hour the sitting began after its date
        ("Kreistag am Freitag, 24. Mai 2027, 9:30 Uhr", "2027-05-24"),
        ("Gemeinderat am 12.03.2027 um 19.00 Uhr", "2027-03-12"),
        ("Bauausschuss, 05.06.2027, 17:00 - 18:45 Uhr", "2027-06-05"),
        # a field in a second column, its label abbreviated
        ("Kreistag, 27.06.2027                Beschluss-Nr.: KT/2027/047", "2027-06-27"),
        # the sitting's number on the body's line, its date on the line below
        ("Kreistag (KT) - 23. Sitzung\nam 22.04.2027", "2027-04-22"),
    ],
)
def test_a_body_and_its_sittings_date_heading_the_text(head: str, date: str) -> None:
    doc = parse_text(f"{head}\n\nBeschluss:\nDer Kreistag stimmt der Satzung zu.\n\neinstimmig\n")
    assert doc.meeting is not None and str(doc.meeting.date) == date


@pytest.mark.parametrize(
    ("finding", "counts"),
    [
        # the proposal carried, and with it the request it refuses fell: 21 for the proposal
        (
            "Der Vorsitzende stellt fest, dass der Beschlussvorschlag angenommen und der "
            "Einwohnerantrag damit abgelehnt ist.",
            (21, 12),
        ),
        # (guard) a verdict after the tally that rejects: the larger number is against
        ("Der Antrag ist damit abgelehnt.", (12, 21)),
    ],
)
def test_the_verdict_right_after_a_tally_tells_which_side_won(
    finding: str, counts: tuple[int, int]
) -> None:
    doc = parse_text(
        "Beschluss:\nDer Stadtrat lehnt den Einwohnerantrag ab.\n\n"
        f"Abstimmungsergebnis: 21 : 12 : 2\n\n{finding}\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no) == counts


@pytest.mark.parametrize("by", ["lt.", "laut"])
def test_a_count_table_headed_by_the_members_the_hauptsatzung_fixes(by: str) -> None:
    doc = parse_text(
        "Beschluss:\nDie Verbandsversammlung beschließt den Wirtschaftsplan.\n\n"
        f"Abstimmungsergebnis:\n|Mitglieder {by} Hauptsatzung|anwesend|Ja|Nein|Enthaltung|\n"
        "|---|---|---|---|---|\n|17|14|11|2|1|\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (11, 2, 1)
