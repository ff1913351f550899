"""The gold files kept in tests/corpus are well formed: every line parses, names a text that
exists (where the corpus is here), and uses only the values the conventions allow
(tests/corpus/CONVENTIONS.md). A typo in a gold line would silently skew every score."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, get_args

import pytest

from ratsparse.records import Outcome
from tests.conftest import CORPUS

HERE = Path(__file__).resolve().parent / "corpus"
OUTCOMES = {*get_args(Outcome), None}
HOLDOUT = {
    line[3:-1]
    for line in (HERE / "HOLDOUT.md").read_text(encoding="utf-8").splitlines()
    if line.startswith("- `") and line.endswith("`")
}


def _lines(name: str) -> list[dict[str, Any]]:
    text = (HERE / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _assert_vote_fields(entry: dict[str, Any]) -> None:
    assert entry["outcome"] in OUTCOMES, entry
    assert entry["unanimous"] in (True, False, None), entry
    for field in ("yes", "no", "abstain"):
        value = entry[field]
        assert value is None or (isinstance(value, int) and 0 <= value < 1000), entry


def test_the_oparl_result_gold_is_well_formed() -> None:
    lines = _lines("oparl-results-gold.jsonl")
    assert len(lines) >= 100  # issue 12: at least 100 result strings
    assert len({line["result"] for line in lines}) == len(lines)  # each string once
    for line in lines:
        assert line["result"].strip()
        assert line["id"].startswith("http")
        _assert_vote_fields(line)


def test_the_items_gold_is_well_formed() -> None:
    lines = _lines("items-gold.jsonl")
    assert len(lines) >= 20  # issue 12: the items of at least 20 minutes and multi texts
    assert {line["file"] for line in lines}.isdisjoint(HOLDOUT)  # the held-back texts stay unread
    for line in lines:
        assert line["kind"] in ("minutes", "multi")
        for item in line["items"]:
            _assert_vote_fields(item)
        if (CORPUS / "wild").is_dir():
            assert (CORPUS / "wild" / line["file"]).is_file(), line["file"]


_CORPUS_KEYS = {
    *("file", "kind", "meeting_date", "body", "paper_refs", "outcome", "unanimous"),
    *("yes", "no", "abstain", "factions_yes", "factions_no", "factions_abstain"),
    *("clause_count", "notes"),
}


def test_the_gold_of_the_rest_of_the_real_corpus_is_well_formed() -> None:
    lines = _lines("real-rest-gold.jsonl")
    names = [line["file"] for line in lines]
    assert len(names) == len(set(names)) == 35
    for line in lines:
        assert set(line) == _CORPUS_KEYS, line["file"]
        assert line["kind"] in ("resolution", "multi", "minutes", "not-resolution")
        _assert_vote_fields(line)
        assert line["meeting_date"] is None or len(line["meeting_date"]) == 10
        assert isinstance(line["clause_count"], int) and line["clause_count"] >= 0
        assert all(isinstance(r, str) and r for r in line["paper_refs"])
    real = CORPUS / "real"
    if real.is_dir():
        shared = {
            json.loads(x)["file"]
            for x in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines()
            if x.strip()
        }
        # exactly the texts the shared gold leaves without
        assert set(names) == {p.name for p in real.glob("*.txt")} - shared


@pytest.mark.parametrize(
    "name", ["oparl-results-gold.jsonl", "items-gold.jsonl", "real-rest-gold.jsonl"]
)
def test_every_gold_line_says_why_where_it_judged(name: str) -> None:
    assert all(isinstance(line.get("notes"), str) for line in _lines(name))
