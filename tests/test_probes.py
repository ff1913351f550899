"""The blind probes' texts (tests/probes/): every text has its gold line and parses cleanly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ratsparse import parse_path

PROBES = Path(__file__).parent / "probes"
GOLD = sorted(PROBES.glob("*/*/gold.jsonl"))
TEXTS = sorted(PROBES.glob("*/*/*.txt"))


def test_the_probes_are_there() -> None:
    assert len(GOLD) >= 4 and len(TEXTS) >= 120


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: f"{p.parent.parent.name}-{p.parent.name}")
def test_every_text_has_one_gold_line(gold: Path) -> None:
    named = [json.loads(line)["file"] for line in gold.read_text(encoding="utf-8").splitlines()]
    assert sorted(named) == sorted(p.name for p in gold.parent.glob("*.txt"))


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_every_text_parses_with_spans_in_it(path: Path) -> None:
    res = parse_path(path)
    assert [d.message for d in res.diagnostics if d.code == "RP904"] == []
    length = len(path.read_bytes().decode("utf-8"))  # (line ends as written: CRLF counts two)
    spans = [
        *(x.span for x in res.references),
        *(x.span for x in res.votes),
        *(x.span for x in res.clauses),
        *(x.span for x in res.items),
    ]
    assert all(0 <= s.start <= s.end <= length for s in spans)
