"""bench/fuzz.py: its inputs are reproducible, its grammar sampler writes what the grammar's
terminals match, and its checks catch what they are for (an exception, an overrun, an internal
error)."""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SAMPLES

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import fuzz

_LOOKAROUND = re.compile(r"\(\?<?[=!]|\\b|\^|\$|\\Z|\\A")


@pytest.fixture(scope="module")
def corpus() -> list[bytes]:
    return fuzz.load_corpus([SAMPLES])


@pytest.fixture(scope="module")
def grammars() -> list[fuzz.GrammarGenerator]:
    return [fuzz.GrammarGenerator.of("document"), fuzz.GrammarGenerator.of("vote")]


def test_an_input_is_made_again_from_its_number(
    corpus: list[bytes], grammars: list[fuzz.GrammarGenerator]
) -> None:
    first = [fuzz.make_input("7", i, corpus, grammars) for i in range(40)]
    again = [fuzz.make_input("7", i, corpus, grammars) for i in range(40)]
    assert first == again
    assert len({data for _, data in first}) > 30  # and the inputs differ from one another
    assert {kind.split("+")[0] for kind, _ in first} >= {"grammar", "splice"}
    assert all(len(data) <= fuzz.MAX_BYTES for _, data in first)


@pytest.mark.parametrize("mutate", fuzz.MUTATORS, ids=lambda m: m.__name__)
def test_every_mutation_changes_the_text(mutate: fuzz.Mutator, corpus: list[bytes]) -> None:
    text = max(corpus, key=len)
    changed = [mutate(random.Random(i), text, corpus) != text for i in range(10)]
    assert any(changed), mutate.__name__


@pytest.mark.parametrize("name", ["document", "vote"])
def test_the_sampler_writes_what_each_terminal_matches(name: str) -> None:
    """For every terminal without lookarounds or anchors (which the sampler leaves out), the
    sample is a full match of the terminal's regular expression."""
    gen = fuzz.GrammarGenerator.of(name)
    checked = 0
    for term, (pattern, flags) in gen.terminals.items():
        if _LOOKAROUND.search(pattern):
            continue
        for seed in range(5):
            sample = fuzz.sample_regex(random.Random(seed), pattern, flags)
            assert re.fullmatch(pattern, sample, flags), (term, pattern[:80], sample)
        checked += 1
    assert checked >= 3


def test_generated_texts_are_long_enough_to_reach_the_readers(
    grammars: list[fuzz.GrammarGenerator],
) -> None:
    sizes = [len(grammars[0].text(random.Random(i))) for i in range(20)]
    assert sum(sizes) / len(sizes) > 200


def _raises(data: bytes) -> Any:
    raise KeyError("boom")


def _loops(data: bytes) -> Any:
    while True:
        time.process_time()


def test_check_one_reports_an_exception(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ratsparse.parse_bytes", _raises)
    outcome = fuzz.check_one(3, "x", b"Beschluss: abgelehnt", 1.0)
    assert outcome.problem is not None
    assert outcome.problem.startswith("raised KeyError")


def test_the_watchdog_stops_an_input_that_runs_too_long(monkeypatch: pytest.MonkeyPatch) -> None:
    import signal

    previous = signal.signal(signal.SIGPROF, fuzz._on_timer)
    try:
        monkeypatch.setattr("ratsparse.parse_bytes", _loops)
        outcome = fuzz.check_one(3, "x", b"Beschluss: abgelehnt", 0.05)
    finally:
        signal.signal(signal.SIGPROF, previous)
    assert outcome.problem == "over 0.05 s"


def test_a_clean_input_is_no_finding() -> None:
    seed = (SAMPLES / "nachtrag-koeln-2022-01-17.txt").read_bytes()
    outcome = fuzz.check_one(1, "x", seed, 5.0)
    assert outcome.problem is None
    assert outcome.size == len(seed)


def test_a_short_run_on_the_samples_has_no_findings(tmp_path: Path) -> None:
    report = fuzz.run(40, seed="3", jobs=1, limit=5.0, corpora=[SAMPLES], out=tmp_path)
    assert report.inputs == 40
    assert report.findings == []
    assert sum(int(k[0]) for k in report.kinds.values()) == 40
    assert not (tmp_path / "findings.jsonl").exists()
