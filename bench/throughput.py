"""Throughput benchmark: in-process ``parse_bytes`` in documents per second, against a floor.

The floor is the bare parser: a minimal Lark LALR grammar that only splits the seed into lines
(same Lark options as ratsparse: contextual lexer, strict, positions propagated), timed in the
same run. The figures that travel between machines are the ratios to it; the target of issue 5
(``convert --jobs 1`` at 2,000 seed-sized docs/s) is "at least the floor", a ratio of 1.0.

Five workloads run interleaved, round after round (floor, seed, seed-jsonl, samples, oparl, …),
so that drift in the machine's load hits them alike; each reports its best round (the least
disturbed one) and the median round. ``seed`` is ``parse_bytes`` (validated models);
``seed-jsonl`` is what ``convert`` does per document for JSON Lines, without the file reading:
the plain records of ``read_bytes`` written as a JSON line. ``samples`` parses every
``samples/*.txt`` once per pass, so it is the mean over the kinds of text the project knows.
``oparl`` reads ``samples/143-oparl-sitzung.json``, an OParl Meeting of six AgendaItems (the
figure is pages/s: six items each).

This is a report, not a gate: it exits 0 whatever the figures say (2 on usage errors).

    .venv/bin/python bench/throughput.py
    .venv/bin/python bench/throughput.py --rounds 15 --seconds 0.5 --json
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from cold_start import machine, versions

REPO: Final = Path(__file__).resolve().parents[1]
SEED: Final = REPO / "samples" / "nachtrag-koeln-2022-01-17.txt"
OPARL: Final = REPO / "samples" / "143-oparl-sitzung.json"
"""An OParl Meeting of six AgendaItems: the ``oparl`` workload's page."""
FLOOR_GRAMMAR: Final = r"""
start: line*
line: LINE? _NL
LINE: /[^\n]+/
_NL: /\n/
"""


def floor_parser() -> Callable[[str], object]:
    """The bare parser: Lark LALR splitting a text into lines, nothing else."""
    from lark import Lark

    parser = Lark(
        FLOOR_GRAMMAR,
        parser="lalr",
        lexer="contextual",
        strict=True,
        propagate_positions=True,
        maybe_placeholders=False,
    )
    return parser.parse


def _installed(package: str) -> str | None:
    """The installed version of ``package``, or None."""
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def time_round(work: Callable[[], int], seconds: float) -> float:
    """Docs per second of ``work`` (which parses some documents and says how many) over a round
    of at least ``seconds``."""
    docs = 0
    start = time.perf_counter()
    while True:
        docs += work()
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return docs / elapsed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Documents per second of ratsparse.parse_bytes on the seed and on all "
        "samples, against the bare Lark parser splitting the seed into lines. Always exits 0.",
    )
    ap.add_argument("--rounds", type=int, default=7, help="rounds per workload (default 7)")
    ap.add_argument(
        "--seconds", type=float, default=0.3, help="minimum length of a round (default 0.3)"
    )
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args(argv)
    if args.rounds < 1 or args.seconds <= 0:
        ap.error("--rounds must be at least 1 and --seconds positive")

    from ratsparse import parse_bytes
    from ratsparse.convert.work import json_line
    from ratsparse.core import read_bytes
    from ratsparse.records import to_plain

    seed = SEED.read_bytes()
    seed_text = seed.decode("utf-8")
    if not seed_text.endswith("\n"):
        seed_text += "\n"  # as ratsparse's document parser does
    samples = [p.read_bytes() for p in sorted((REPO / "samples").glob("*.txt"))]
    oparl = OPARL.read_bytes()
    floor = floor_parser()

    def run_floor() -> int:
        floor(seed_text)
        return 1

    def run_seed() -> int:
        parse_bytes(seed, source="seed")
        return 1

    def run_seed_jsonl() -> int:
        json_line(to_plain(read_bytes(seed, source="seed")))
        return 1

    def run_samples() -> int:
        for data in samples:
            parse_bytes(data, source="sample")
        return len(samples)

    def run_oparl() -> int:
        parse_bytes(oparl, source="oparl")
        return 1

    workloads = {
        "floor": run_floor,
        "seed": run_seed,
        "seed-jsonl": run_seed_jsonl,
        "samples": run_samples,
        "oparl": run_oparl,
    }
    for work in workloads.values():  # warm up: parsers built, tables loaded, caches filled
        work()
    rates: dict[str, list[float]] = {name: [] for name in workloads}
    for _ in range(args.rounds):
        for name, work in workloads.items():
            rates[name].append(time_round(work, args.seconds))

    best = {name: max(r) for name, r in rates.items()}
    median = {name: statistics.median(r) for name, r in rates.items()}
    report: dict[str, Any] = {
        "benchmark": "throughput",
        "machine": machine(),
        "versions": {**versions(), "lark-cython": _installed("lark-cython")},
        "rounds": args.rounds,
        "seconds_per_round": args.seconds,
        "samples": len(samples),
        "docs_per_second": {"best": best, "median": median},
        "ratio_to_floor": {
            name: round(best[name] / best["floor"], 3) for name in workloads if name != "floor"
        },
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    m = report["machine"]
    print("ratsparse throughput (in-process parse_bytes, one process)")
    print(f"  machine   {m['cpu']}, {m['cores']} cores, load {m['load_average']}")
    print(f"  python    {m['implementation']} {m['python']}")
    print(
        "  packages  "
        + ", ".join(f"{k} {v or '(not installed)'}" for k, v in report["versions"].items())
    )
    print(f"  rounds    {args.rounds} of >= {args.seconds}s each, interleaved\n")
    print(f"  {'workload':<10}  {'best':>9}  {'median':>9}  docs/s   best / floor")
    for name in workloads:
        ratio = "" if name == "floor" else f"{best[name] / best['floor']:.3f}"
        print(f"  {name:<10}  {best[name]:9.0f}  {median[name]:9.0f}           {ratio}")
    print(f"\n  floor: Lark LALR splitting the seed into lines ({len(seed_text)} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
