"""Fuzzer: ``parse_bytes`` on mutated corpus texts and on texts generated from the grammars.

Every input must give a result: no exception out of the core, no internal error (RP904, an
exception the core caught), every span inside the text, and no input over the CPU limit (a
per-input watchdog). Inputs that break one of these are findings: each is written to ``--out``
with a line in ``findings.jsonl`` (kind, input number, size, CPU seconds, what happened).

The inputs come from ``--seed`` and their number alone: input ``i`` is made by
``random.Random(f"{seed}:{i}")``, so ``--only I`` makes one input again to look at it.

Kinds of input:

* nine in ten: one to three mutations of a corpus text (``--corpus``, default ``samples/`` and
  ``../shared/corpus``), mostly of a stretch of it (a header, a vote, some clauses): byte flips,
  splices of two texts, duplicated lines, invisible and combining characters, NUL bytes, CR-only
  line ends, huge numbers, deep nesting of parentheses and tags, a run of one unit, truncation;
  now and then texts joined into one of up to 100 kB;
* one in ten: texts generated from ``grammar/document.lark`` and ``grammar/vote.lark``: their
  rules expanded at random and each terminal replaced by a string its regular expression matches.

On all cores by default (``--jobs``). The report gives the inputs per second, the findings, and
the worst CPU microseconds per byte (among inputs of at least 1 kB, where the fixed cost per
call no longer dominates). Exit code: 0 without findings, 1 with findings, 2 on usage errors.

    .venv/bin/python bench/fuzz.py --count 20000
    .venv/bin/python bench/fuzz.py --count 1000000 --out /tmp/fuzz-findings --json
    .venv/bin/python bench/fuzz.py --only 4711 --seed 1 --write /tmp/input.txt
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import importlib
import json
import multiprocessing
import os
import random
import re
import signal
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any, Final

REPO: Final = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.append(str(REPO))  # for tests.spans
DEFAULT_CORPORA: Final = (
    REPO / "samples",
    REPO.parent / "shared" / "corpus" / "real",
    REPO.parent / "shared" / "corpus" / "wild",
)
MIN_RATE_BYTES: Final = 1024
"""Inputs shorter than this leave the µs-per-byte figure out (the call's fixed cost rules)."""


# ---------------------------------------------------------------------------------------------
# Mutations: each takes the random source, the text to change (bytes) and the corpus.

Mutator = Callable[[random.Random, bytes, Sequence[bytes]], bytes]

INVISIBLE: Final = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u2028")
COMBINING: Final = ("\u0301", "\u0308", "\u0327", "\u20dd", "\u0489")


def _at(rng: random.Random, data: bytes) -> int:
    return rng.randrange(len(data) + 1)


def _times(rng: random.Random) -> int:
    """How often to repeat a thing: mostly a few times, now and then thousands (most inputs stay
    small, so that a run of a million inputs takes minutes, not hours)."""
    return rng.choices((2, 10, 100, 1000, 10000), weights=(70, 20, 8, 1.6, 0.4))[0]


def flip_bytes(rng: random.Random, data: bytes, _: Sequence[bytes]) -> bytes:
    out = bytearray(data)
    for _i in range(rng.randint(1, 1 + len(out) // 64)):
        if out:
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def splice(rng: random.Random, data: bytes, corpus: Sequence[bytes]) -> bytes:
    other = rng.choice(corpus)
    return data[: _at(rng, data)] + other[_at(rng, other) :]


def duplicate_lines(rng: random.Random, data: bytes, _: Sequence[bytes]) -> bytes:
    lines = data.split(b"\n")
    i = rng.randrange(len(lines))
    return b"\n".join(lines[:i] + [lines[i]] * _times(rng) + lines[i + 1 :])


def sprinkle(chars: Sequence[str]) -> Mutator:
    def mutate(rng: random.Random, data: bytes, _: Sequence[bytes]) -> bytes:
        text = data.decode("utf-8", "replace")
        spots = sorted(rng.randrange(len(text) + 1) for _i in range(rng.randint(1, 50)))
        parts, last = [], 0
        for spot in spots:
            parts += [text[last:spot], rng.choice(chars) * rng.choice((1, 1, 3, 40))]
            last = spot
        return ("".join(parts) + text[last:]).encode("utf-8", "surrogatepass")

    mutate.__name__ = f"sprinkle_{'_'.join(f'{ord(c):x}' for c in chars[:2])}"
    return mutate


def nul_bytes(rng: random.Random, data: bytes, _: Sequence[bytes]) -> bytes:
    at = _at(rng, data)
    return data[:at] + b"\0" * rng.choice((1, 2, 1000)) + data[at:]


def cr_only(_rng: random.Random, data: bytes, _: Sequence[bytes]) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r")


def huge_numbers(rng: random.Random, data: bytes, _: Sequence[bytes]) -> bytes:
    digits = b"9" * rng.choices((20, 400, 5000), weights=(70, 25, 5))[0]
    return re.sub(rb"[0-9]+", lambda m: digits if rng.random() < 0.3 else m.group(), data)


NESTING: Final = (b"(", b"((", b"[", b"<b>", b"<div><span>", b"\xe2\x80\x9e", b"Ja: 3 (", b"|")


def deep_nesting(rng: random.Random, data: bytes, _: Sequence[bytes]) -> bytes:
    at = _at(rng, data)
    return data[:at] + rng.choice(NESTING) * _times(rng) + data[at:]


def long_run(rng: random.Random, data: bytes, _: Sequence[bytes]) -> bytes:
    at = _at(rng, data)
    unit = rng.choice((b" ", b"\t", b"\n", b"-", b".", b"1", b"a", b": ", b"1. ", b"CDU, "))
    return data[:at] + unit * _times(rng) + data[at:]


def window(rng: random.Random, data: bytes) -> bytes:
    """A stretch of a text from the start of one of its lines: a header, a vote, some clauses
    (most inputs are such stretches, so that a million of them take minutes, not hours)."""
    starts = [0, *(m.end() for m in re.finditer(b"\n", data))]
    start = rng.choice(starts)
    return data[start : start + rng.choice((200, 500, 1000, 3000))]


def truncate(rng: random.Random, data: bytes, _: Sequence[bytes]) -> bytes:
    return data[: _at(rng, data)]


def grow(rng: random.Random, data: bytes, corpus: Sequence[bytes]) -> bytes:
    """Texts joined without a blank line between them, up to about a megabyte."""
    target = rng.choice((5_000, 20_000, 100_000))
    parts, size = [data], len(data)
    while size < target:
        part = rng.choice(corpus)
        parts.append(part)
        size += len(part) + 1
    return rng.choice((b"\n", b" ", b"")).join(parts)


MUTATORS: Final[tuple[Mutator, ...]] = (
    flip_bytes,
    splice,
    duplicate_lines,
    sprinkle(INVISIBLE),
    sprinkle(COMBINING),
    nul_bytes,
    cr_only,
    huge_numbers,
    deep_nesting,
    long_run,
    truncate,
)


# ---------------------------------------------------------------------------------------------
# Generation from the grammars.


def sample_regex(rng: random.Random, pattern: str, flags: int = 0) -> str:
    """A string that ``pattern`` matches, mostly: lookarounds and anchors are left out, so the
    lexer may still read it otherwise (that is part of the point)."""
    return _sample(rng, _parsed(pattern, flags), 0)


@functools.cache
def _parsed(pattern: str, flags: int) -> Any:
    """``pattern`` read by the standard library's regex parser (once: it is slow)."""
    return importlib.import_module("re._parser").parse(pattern, flags)


_MAX_REPEAT: Final = 4


def _sample(rng: random.Random, parsed: Any, depth: int) -> str:
    c = importlib.import_module("re._constants")

    out: list[str] = []
    for op, arg in parsed:
        if op is c.LITERAL:
            out.append(chr(arg))
        elif op is c.NOT_LITERAL:
            out.append(rng.choice([ch for ch in "aZ 1.,:-ä" if ord(ch) != arg]))
        elif op is c.ANY:
            out.append(rng.choice("aZ 1.,:-ä"))
        elif op is c.IN:
            out.append(_sample_set(rng, arg))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, high, sub = arg
            high = min(high, low + _MAX_REPEAT) if high is not c.MAXREPEAT else low + _MAX_REPEAT
            out.extend(_sample(rng, sub, depth + 1) for _i in range(rng.randint(low, high)))
        elif op is c.SUBPATTERN:
            out.append(_sample(rng, arg[-1], depth + 1))
        elif op is c.BRANCH:
            out.append(_sample(rng, rng.choice(arg[1]), depth + 1))
        elif op is c.ATOMIC_GROUP:
            out.append(_sample(rng, arg, depth + 1))
        # AT, ASSERT, ASSERT_NOT, GROUPREF and the like produce nothing
    return "".join(out)


def _sample_set(rng: random.Random, items: Sequence[tuple[Any, Any]]) -> str:
    c = importlib.import_module("re._constants")

    if items and items[0][0] is c.NEGATE:
        banned = {chr(a) for op, a in items if op is c.LITERAL}
        return rng.choice([ch for ch in " aZ1.,:-ä(" if ch not in banned] or ["a"])
    op, arg = rng.choice(list(items))
    if op is c.LITERAL:
        return chr(arg)
    if op is c.RANGE:
        return chr(rng.randint(arg[0], arg[1]))
    if op is c.CATEGORY:
        return {"CATEGORY_DIGIT": "7", "CATEGORY_SPACE": " "}.get(str(arg), "ü")
    return "x"


@dataclass
class GrammarGenerator:
    """Random texts from one of ratsparse's grammars: its rules and terminals as Lark reads them."""

    rules: dict[str, list[list[tuple[bool, str]]]] = field(default_factory=dict)
    """Rule name -> its expansions, each a list of (is_terminal, name)."""
    terminals: dict[str, tuple[str, int]] = field(default_factory=dict)
    """Terminal name -> its regular expression and flags."""

    @classmethod
    def of(cls, name: str) -> GrammarGenerator:
        import re

        from ratsparse.parser.tables import build

        parser = build(name)
        gen = cls()
        for rule in parser.rules:
            expansion = [(sym.is_term, sym.name) for sym in rule.expansion]
            gen.rules.setdefault(rule.origin.name, []).append(expansion)
        for term in parser.terminals:
            flags = re.IGNORECASE if "i" in term.pattern.flags else 0
            gen.terminals[term.name] = (term.pattern.to_regexp(), flags)
        return gen

    def text(self, rng: random.Random, budget: int = 400) -> str:
        """Some derivations of the start rule, one after another (one alone is mostly short)."""
        out: list[str] = []
        for _i in range(rng.randint(1, 10)):
            self._expand(rng, "start", 0, out, [budget])
            out.append(rng.choice(("\n", "\n\n", " ")))
        return "".join(out)

    def _expand(
        self, rng: random.Random, name: str, depth: int, out: list[str], budget: list[int]
    ) -> None:
        expansions = self.rules[name]
        if depth > 12 or budget[0] <= 0:  # the shortest way out
            expansions = [min(expansions, key=len)]
        budget[0] -= 1
        for is_term, sym in rng.choice(expansions):
            if is_term:
                pattern, flags = self.terminals[sym]
                out.append(sample_regex(rng, pattern, flags))
                if rng.random() < 0.5 and sym not in ("_NL", "NL"):
                    out.append(" ")
            else:
                self._expand(rng, sym, depth + 1, out, budget)


# ---------------------------------------------------------------------------------------------
# One input, and what became of it.


MAX_BYTES: Final = 100_000
"""Inputs are cut to this size: at the 5 s per MB that issue 11 allows, a linear parse of an
input this large stays under half a second, so that every input over the 1 s limit is a
finding. Larger inputs are bench/scaling.py's part."""


def make_input(
    seed: str,
    index: int,
    corpus: Sequence[bytes],
    grammars: Sequence[GrammarGenerator],
    max_bytes: int = MAX_BYTES,
) -> tuple[str, bytes]:
    """Input ``index`` of the run: its kind and its bytes."""
    rng = random.Random(f"{seed}:{index}")
    roll = rng.random()
    if roll < 0.1 and grammars:
        gen = rng.choice(grammars)
        return "grammar", gen.text(rng).encode("utf-8", "surrogatepass")[:max_bytes]
    if roll < 0.103:
        return "grow", grow(rng, rng.choice(corpus), corpus)[:max_bytes]
    data = rng.choice(corpus)
    kinds = []
    if rng.random() < 0.75:
        data = window(rng, data)
        kinds.append("window")
    for _i in range(rng.choice((1, 1, 2, 3))):
        mutate = rng.choice(MUTATORS)
        data = mutate(rng, data, corpus)[:max_bytes]
        kinds.append(mutate.__name__)
    return "+".join(kinds), data


class Overtime(BaseException):
    """Raised by the watchdog; a BaseException, so that the core's guard does not catch it."""


def _on_timer(_signum: int, _frame: FrameType | None) -> None:
    raise Overtime


@dataclass
class Outcome:
    index: int
    kind: str
    size: int
    cpu: float
    problem: str | None = None


def check_one(index: int, kind: str, data: bytes, limit: float) -> Outcome:
    """Parse ``data`` under a CPU watchdog of ``limit`` seconds and check the result."""
    from tests.spans import spans_in  # the test suite's reading of spans in a model dump

    from ratsparse import parse_bytes
    from ratsparse.source import decode

    start = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, limit)
    try:
        result = parse_bytes(data)
    except Overtime:
        return Outcome(index, kind, len(data), time.process_time() - start, f"over {limit} s")
    except Exception as exc:  # the finding the fuzzer is for
        problem = f"raised {type(exc).__name__}: {exc}"[:300]
        return Outcome(index, kind, len(data), time.process_time() - start, problem)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    cpu = time.process_time() - start
    internal = [d for d in result.diagnostics if d.code == "RP904"]
    if internal:
        return Outcome(index, kind, len(data), cpu, f"internal error: {internal[0].message}"[:300])
    length = len(decode(data).text)  # spans refer to the text as decoded
    for path, span in spans_in(result.model_dump()):
        if not 0 <= span["start"] <= span["end"] <= length:
            return Outcome(index, kind, len(data), cpu, f"span {path} out of the text")
    return Outcome(index, kind, len(data), cpu)


# ---------------------------------------------------------------------------------------------
# Workers.

_STATE: dict[str, Any] = {}


def _init(seed: str, corpora: Sequence[str], limit: float, out: str | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    signal.signal(signal.SIGPROF, _on_timer)
    corpus = load_corpus([Path(c) for c in corpora])
    grammars = [GrammarGenerator.of("document"), GrammarGenerator.of("vote")]
    _STATE.update(seed=seed, corpus=corpus, grammars=grammars, limit=limit, out=out)
    from ratsparse import parse_bytes

    parse_bytes(corpus[0])  # load the parse tables now, not in the first input's time


def _work(indexes: range) -> list[dict[str, Any]]:
    """Run a batch; findings are saved by the worker, and every outcome goes back (small)."""
    results = []
    for index in indexes:
        kind, data = make_input(_STATE["seed"], index, _STATE["corpus"], _STATE["grammars"])
        outcome = check_one(index, kind, data, _STATE["limit"])
        if outcome.problem is not None and _STATE["out"] is not None:
            save_finding(Path(_STATE["out"]), outcome, data)
        results.append(asdict(outcome))
    return results


def save_finding(out: Path, outcome: Outcome, data: bytes) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    name = f"{outcome.index:08d}-{hashlib.sha256(data).hexdigest()[:12]}.bin"
    (out / name).write_bytes(data)
    with (out / "findings.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps({**asdict(outcome), "file": name}, ensure_ascii=False) + "\n")
    return out / name


def load_corpus(dirs: Sequence[Path]) -> list[bytes]:
    texts = [p.read_bytes() for d in dirs if d.is_dir() for p in sorted(d.glob("*.txt"))]
    return [t for t in texts if t]


@dataclass
class Report:
    inputs: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    bytes: int = 0
    findings: list[dict[str, Any]] = field(default_factory=list)
    slowest: dict[str, Any] | None = None
    worst_us_per_byte: float = 0.0
    worst_rate_input: dict[str, Any] | None = None
    kinds: dict[str, list[float]] = field(default_factory=dict)
    """First mutation (or ``grammar``, ``grow``) -> [inputs, bytes, CPU seconds]."""

    def add(self, outcome: dict[str, Any]) -> None:
        kind = self.kinds.setdefault(
            outcome["kind"].removeprefix("window+").split("+")[0], [0, 0, 0.0]
        )
        kind[0] += 1
        kind[1] += outcome["size"]
        kind[2] += outcome["cpu"]
        self.inputs += 1
        self.bytes += outcome["size"]
        self.cpu_seconds += outcome["cpu"]
        if outcome["problem"] is not None:
            self.findings.append(outcome)
        if self.slowest is None or outcome["cpu"] > self.slowest["cpu"]:
            self.slowest = outcome
        if outcome["size"] >= MIN_RATE_BYTES:
            rate = outcome["cpu"] * 1e6 / outcome["size"]
            if rate > self.worst_us_per_byte:
                self.worst_us_per_byte, self.worst_rate_input = rate, outcome


def run(
    count: int,
    *,
    seed: str = "1",
    jobs: int = 0,
    limit: float = 1.0,
    corpora: Sequence[Path] = DEFAULT_CORPORA,
    out: Path | None = None,
    start: int = 0,
    progress: Callable[[Report], None] | None = None,
) -> Report:
    """Fuzz ``count`` inputs (numbers ``start`` …) on ``jobs`` processes (0: every core)."""
    jobs = jobs or len(os.sched_getaffinity(0))
    batch = 50
    batches = [range(i, min(i + batch, start + count)) for i in range(start, start + count, batch)]
    report = Report()
    began = time.perf_counter()
    args = (seed, [str(c) for c in corpora], limit, str(out) if out else None)
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs, initializer=_init, initargs=args) as pool:
        for results in pool.imap_unordered(_work, batches):
            for outcome in results:
                report.add(outcome)
            report.seconds = time.perf_counter() - began
            if progress is not None:
                progress(report)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0] if __doc__ else None,
        epilog="Exit: 0 without findings, 1 with findings, 2 on usage errors.",
    )
    ap.add_argument("--count", type=int, default=10_000, help="inputs to try (default 10000)")
    ap.add_argument("--seed", default="1", help="what the inputs are made from (default 1)")
    ap.add_argument("--start", type=int, default=0, help="number of the first input")
    ap.add_argument("--jobs", type=int, default=0, help="processes (default: every core)")
    ap.add_argument("--limit", type=float, default=1.0, help="CPU seconds per input (default 1)")
    ap.add_argument("--corpus", type=Path, action="append", help="folder of *.txt seeds")
    ap.add_argument("--out", type=Path, help="folder for the inputs that are findings")
    ap.add_argument("--only", type=int, help="make input ONLY and check it, nothing else")
    ap.add_argument("--write", type=Path, help="with --only: write the input to this file")
    ap.add_argument("--json", action="store_true", help="the report as JSON on stdout")
    args = ap.parse_args(argv)
    corpora = args.corpus or list(DEFAULT_CORPORA)
    if not load_corpus(corpora):
        ap.error("no *.txt seed texts in " + ", ".join(str(c) for c in corpora))
    if args.count < 1 or args.limit <= 0:
        ap.error("--count and --limit must be positive")

    if args.only is not None:
        _init(args.seed, [str(c) for c in corpora], args.limit, None)
        kind, data = make_input(args.seed, args.only, _STATE["corpus"], _STATE["grammars"])
        if args.write:
            args.write.write_bytes(data)
        print(json.dumps(asdict(check_one(args.only, kind, data, args.limit))))
        return 0

    last = [0.0]

    def progress(report: Report) -> None:
        if report.seconds - last[0] >= 10 or report.inputs == args.count:
            last[0] = report.seconds
            print(
                f"\r{report.inputs}/{args.count} inputs, {report.inputs / report.seconds:.0f}/s,"
                f" {len(report.findings)} findings",
                end="",
                file=sys.stderr,
                flush=True,
            )

    report = run(
        args.count,
        seed=args.seed,
        jobs=args.jobs,
        limit=args.limit,
        corpora=corpora,
        out=args.out,
        start=args.start,
        progress=progress,
    )
    print(file=sys.stderr)
    if args.json:
        print(json.dumps(asdict(report), ensure_ascii=False, indent=2))
    else:
        over = sum(1 for f in report.findings if f["problem"].startswith("over"))
        print(
            f"inputs {report.inputs}, {report.bytes / 1e6:.1f} MB, {report.seconds:.0f} s wall,"
            f" {report.cpu_seconds:.0f} s CPU\n"
            f"findings {len(report.findings)} (exceptions or internal errors"
            f" {len(report.findings) - over}, over {args.limit} s {over})\n"
            f"slowest input {report.slowest}\n"
            f"worst {report.worst_us_per_byte:.1f} µs per byte"
            f" (inputs of {MIN_RATE_BYTES} bytes or more): {report.worst_rate_input}"
        )
        for finding in report.findings[:20]:
            print(f"  {finding}")
    return 1 if report.findings else 0


if __name__ == "__main__":
    sys.exit(main())
