"""The accuracy bar on real texts: ``score_corpus.py`` over ``../shared/corpus`` must reach 95 % of
all scored fields, every field at least 85 %, and no crash.

The scorer belongs to the workplace, not to this repository: it runs ``python -m ratsparse --json``
(this checkout) on every gold-annotated file and prints a table. The test is skipped when the
scorer or the corpus is absent.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS

SCORER = CORPUS.parent / "tools" / "score_corpus.py"

OVERALL_BAR = 95.0
FIELD_BAR = 85.0

_FIELD_ROW = re.compile(r"^(?P<field>[a-z_]+)\s+(?P<right>\d+) / (?P<scored>\d+)\s+")
_SCORE = re.compile(
    r"^score: (?P<score>[0-9.]+)% of (?P<n>\d+) fields \(crashes (?P<crashes>\d+)\)$"
)


def _table(output: str) -> tuple[dict[str, tuple[int, int]], float, int]:
    """Per-field (right, scored), the overall score and the crash count from the scorer's output."""
    fields: dict[str, tuple[int, int]] = {}
    score: float | None = None
    crashes = -1
    for line in output.splitlines():
        if row := _FIELD_ROW.match(line):
            fields[row["field"]] = (int(row["right"]), int(row["scored"]))
        elif total := _SCORE.match(line):
            score, crashes = float(total["score"]), int(total["crashes"])
    assert score is not None, f"the scorer printed no score line:\n{output}"
    return fields, score, crashes


def test_table_reader_reads_the_scorer_format() -> None:
    fields, score, crashes = _table(
        "field              right / scored share\n"
        "outcome               36 / 40      90.0%\n"
        "clause_count           0 / 0        - \n"
        "score: 91.3% of 150 fields (crashes 2)\n"
    )
    assert fields == {"outcome": (36, 40), "clause_count": (0, 0)}
    assert (score, crashes) == (91.3, 2)


@pytest.mark.slow
def test_corpus_score_meets_the_bar(corpus_dir: Path, cli_env: dict[str, str]) -> None:
    if not SCORER.is_file():
        pytest.skip(f"scorer not available at {SCORER}")
    proc = subprocess.run(
        [
            sys.executable,
            os.fspath(SCORER),
            "--corpus",
            os.fspath(corpus_dir),
            "--cmd",
            f"{sys.executable} -m ratsparse --json",
            "--verbose",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, **cli_env},
        timeout=600,
        check=False,
    )
    fields, score, crashes = _table(proc.stdout)
    report = proc.stdout + proc.stderr
    assert crashes == 0, report
    assert score >= OVERALL_BAR, report
    low = {
        name: f"{100 * right / scored:.1f}%"
        for name, (right, scored) in fields.items()
        if scored and 100 * right / scored < FIELD_BAR
    }
    assert not low, f"fields below {FIELD_BAR}%: {low}\n{report}"
