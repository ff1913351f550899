"""Count tables flattened into glued digits: the counts where only one reading fits."""

from __future__ import annotations

import time

import pytest

from ratsparse import parse_text
from ratsparse.flattened import count_lines, counts
from ratsparse.normalize import clean


@pytest.mark.parametrize(
    ("rows", "total", "expected"),
    [
        # every cell written, zeros too: 1/0/0, 12/0/0, 0/5/0, 0/0/1
        (["100", "1200", "050", "001"], "1351", (13, 5, 1)),
        # empty cells left out: each group voted as one
        (["1", "11", "5", "3"], "1550", (15, 5, 0)),
        # a group split its votes (11 and 1): still one reading adds up
        (["1", "111", "4", "2"], "1810", (18, 1, 0)),
        # digits no split of the rows adds up to
        (["1", "12"], "999", (None, None, None)),
    ],
)
def test_counts(rows: list[str], total: str, expected: tuple[int | None, ...]) -> None:
    assert counts(rows, total) == expected


def test_a_table_is_its_count_line() -> None:
    text = "Beschluss:\nJaNeinEnthaltungBM1CDU11SPD5B'90/Die Grünen3Gesamt1550Damit angenommen."
    ((start, end, line),) = count_lines(text)
    assert text[start:end].startswith("JaNein") and text[start:end].endswith("1550")
    assert line == "Ja: 15, Nein: 5, Enthaltungen: 0"  # the 90 of B'90 is a name's


def test_without_a_total_nothing_is_read() -> None:
    assert count_lines("JaNeinEnthaltungBM1CDU11SPD5Grüne3") == []


def test_the_cleaning_pass_writes_the_count_line_with_the_way_back() -> None:
    text = "Beschluss:\nJaNeinEnthaltungBM100CDU1200SPD050FDP001Ergebnis:1351Damit beschlossen."
    cleaned = clean(text)
    assert cleaned.text == ("Beschluss:\nJa: 13, Nein: 5, Enthaltungen: 1\nDamit beschlossen.")
    assert clean(cleaned.text).text == cleaned.text  # safe to run twice
    line = cleaned.text.index("Ja:")
    span = cleaned.span(line, cleaned.text.index("\nDamit"))
    assert text[span.start : span.end] == text[11 : text.index("Damit")]


def test_a_result_with_a_flattened_table_reads_its_counts() -> None:
    res = parse_text("JaNeinEnthaltungBM010CDU0120SPD400FDP030Ergebnis:4160")
    (vote,) = res.votes
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (4, 16, 0)
    assert res.outcome == "rejected"  # the counts alone decide, by simple majority


def test_many_tables_take_linear_time() -> None:
    text = "JaNeinEnthaltung" + "CDU1234567" * 30
    start = time.process_time()
    count_lines(text * 2000)
    assert time.process_time() - start < 5  # quadratic would take minutes
