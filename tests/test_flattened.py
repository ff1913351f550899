"""Count tables flattened into glued digits: the counts where only one reading fits."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Final

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
    # one digit at the end: the last row's, no total glued to it
    assert count_lines("JaNeinEnthaltungBM1CDU11SPD5Grüne3") == []


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # the total without its label, glued to the last row (0/0/0, then 13/7/1)
        (
            "JaNeinEnthaltungBM100CDU1100SPD041FDP030B90/ Die Grünen100Hr. Meier0001371",
            "Ja: 13, Nein: 7, Enthaltungen: 1",
        ),
        # empty cells left out: the last row 1, the total 17/7/0
        (
            "JaNeinEnthaltungenBM10CDU12SPD5FDP3Grüne2Hr. Meier11770",
            "Ja: 17, Nein: 7, Enthaltungen: 0",
        ),
    ],
)
def test_a_total_without_its_label(text: str, line: str) -> None:
    ((start, end, found),) = count_lines(text)
    assert (start, end) == (0, len(text))
    assert found == line


def test_a_total_whose_columns_the_rows_leave_open_gives_only_what_is_sure() -> None:
    # the last row 1 and the total 221 (22 and 1, its zero column left out), or the row 12 and
    # the total 21: Ja, Nein or Enthaltung for the 1 is not told, so only the Ja column is read
    # (the bloc of 22 read as a Nein, 2 and 21, would have the table record a refused item)
    assert count_lines("JaNeinEnthaltungBM1CDU111SPD4FDP 3Grüne2Hr. Meier1221") == [
        (0, 53, "Ja: 22")
    ]


@pytest.mark.parametrize(
    ("rows", "total", "expected"),
    [
        # every group voted as one: 22/5/0 and 2/25/0 both fit; the item carried is read
        (["1", "12", "6", "3", "3", "2"], "2250", (22, 5, 0)),
        # 24/2/0 or 2/4/20
        (["12", "6", "2", "3", "2", "1"], "2420", (24, 2, 0)),
        # only one reading fits, and it does not carry the item: it stands
        (["4", "8", "3", "3", "2", "3", "2", "1"], "12140", (12, 14, 0)),
    ],
)
def test_of_two_readings_that_fit_alike_the_one_that_carries_the_item_is_read(
    rows: list[str], total: str, expected: tuple[int, int, int]
) -> None:
    assert counts(rows, total) == expected


def test_the_next_parts_number_glued_to_the_total_is_not_the_totals() -> None:
    text = "1. JaNeinEnthaltungBM1CDU12SPD6Grüne3FFH3FDP1Hr. Meier1Gesamt18902. – 4. einstimmig"
    ((start, end, line),) = count_lines(text)
    assert text[start:end].endswith("Gesamt1890")
    assert line == "Ja: 18, Nein: 9, Enthaltungen: 0"


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


def test_digits_that_many_splits_fit_take_linear_time() -> None:
    rows = "".join(f"G{d}" for d in "123456789123")
    one = f"JaNeinEnthaltung{rows}Gesamt3030\nJaNeinEnthaltung{rows}1234567\n"
    start = time.process_time()
    count_lines(one * 2000)  # 170 kB
    assert time.process_time() - start < 5  # without the effort bound: minutes


SDNET: Final = (
    Path(__file__).resolve().parents[2] / "shared" / "inputs" / "oparl" / "huertgenwald-sdnetrim"
)


@pytest.mark.skipif(not SDNET.is_dir(), reason="../shared/inputs/oparl is not here")
def test_the_real_tables_need_a_small_share_of_the_effort() -> None:
    import json

    from ratsparse.flattened import _WORK_BASE, _Work

    most, read = 0, 0
    for path in sorted(SDNET.glob("*.json")):
        for result in re.findall(r'"result"\s*:\s*("(?:[^"\\]|\\.)*")', path.read_text("utf-8")):
            work = _Work(_WORK_BASE)
            read += len(count_lines(json.loads(result), work))
            most = max(most, _WORK_BASE - work.left)
    assert read > 40  # the tables are there, and read
    assert most < _WORK_BASE // 5
