"""Every sample parses to its reviewed golden JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.golden_files import GOLDEN, golden_path, render, sample_files


@pytest.mark.parametrize("sample", sample_files(), ids=lambda p: p.stem)
def test_sample_matches_golden(sample: Path) -> None:
    expected = json.loads(golden_path(sample).read_text(encoding="utf-8"))
    assert render(sample) == expected


def test_every_golden_has_a_sample() -> None:
    stems = {p.stem for p in sample_files()}
    orphans = [p.name for p in GOLDEN.glob("*.json") if p.stem not in stems]
    assert orphans == []


def test_enough_samples() -> None:
    # The seed plus at least fifteen hand-written samples.
    assert len(sample_files()) >= 16
