"""Cold-start benchmark: ``ratsparse SEED --json`` against importing its dependencies.

The baseline is what any ratsparse run must pay anyway: starting the same interpreter and
``import typer, rich, pydantic, lark``. The target is that a whole ``ratsparse SEED --json`` run
takes at most 1.2 times that.

Each command runs ``--warmup`` times first (default 2; this also makes sure ratsparse's on-disk
parser cache exists, so the timed runs measure the cached path), then ``--runs`` times (default
20), interleaved A, B, C, A, B, C … so that drift in machine load hits every command alike. Wall
time is measured around ``subprocess.run`` with the same ``sys.executable`` for every command.

This is a report, not a gate: it exits 0 whatever the figures say (2 on usage errors) and prints
PASS or MISS against the target.

By default the commands read byte code from a temporary ``PYTHONPYCACHEPREFIX`` that the warm-up
fills, even where ``PYTHONDONTWRITEBYTECODE`` is set, so no timed run compiles source (as on a
user's machine from the second run on) and nothing is written into the source tree;
``--bytecode as-is`` runs them in the environment unchanged.

    .venv/bin/python bench/cold_start.py
    mkdir -p bench/out && .venv/bin/python bench/cold_start.py --json > bench/out/cold.json
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Final

REPO: Final = Path(__file__).resolve().parents[1]
SEED: Final = "samples/nachtrag-koeln-2022-01-17.txt"
TARGET: Final = 1.2
BASELINE_CODE: Final = "import typer, rich, pydantic, lark"
PACKAGES: Final = ("lark", "pydantic", "pydantic-core", "typer", "rich", "ratsparse")
RATSPARSE_OK: Final = frozenset({0, 1})
"""ratsparse exits 0 (parsed) or 1 (parsed, with error diagnostics); both are complete runs."""


@dataclass(frozen=True, slots=True)
class Command:
    """One command line to time."""

    name: str
    argv: list[str]
    ok_codes: frozenset[int]


@dataclass(slots=True)
class Timing:
    """Wall times of one command, in milliseconds."""

    name: str
    argv: list[str]
    samples_ms: list[float] = field(default_factory=list)
    min_ms: float = 0.0
    median_ms: float = 0.0
    mean_ms: float = 0.0
    stdev_ms: float = 0.0

    def summarize(self) -> None:
        self.min_ms = min(self.samples_ms)
        self.median_ms = statistics.median(self.samples_ms)
        self.mean_ms = statistics.fmean(self.samples_ms)
        self.stdev_ms = statistics.stdev(self.samples_ms) if len(self.samples_ms) > 1 else 0.0


@dataclass(frozen=True, slots=True)
class Ratio:
    """One ratsparse command against the baseline."""

    command: str
    median: float
    min: float
    verdict: str
    """``PASS`` when the ratio of medians is at most the target, else ``MISS``."""


class CommandError(Exception):
    """A command exited with a code that means it did not do its work."""


# ---------------------------------------------------------------------------------------------
# Facts about the machine and the packages


def cpu_model() -> str:
    """The CPU model from ``/proc/cpuinfo``, or what :mod:`platform` knows."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition(":")
            if key.strip() in ("model name", "Hardware", "cpu model") and value.strip():
                return value.strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    usable: int | None
    try:
        usable = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        usable = None
    try:
        load: list[float] | None = [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        load = None
    return {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "load_average": load,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "executable": sys.executable,
        "platform": platform.platform(),
    }


def versions() -> dict[str, str | None]:
    """Installed versions of the packages that matter for start-up (None if not installed)."""
    out: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            out[name] = None
    return out


def parser_cache_files() -> dict[str, int]:
    """ratsparse's on-disk Lark caches where its parser module puts them, with their mtimes (ns)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    found: dict[str, int] = {}
    for folder in (Path(base) / "ratsparse", Path(tempfile.gettempdir()) / "ratsparse-cache"):
        if folder.is_dir():
            for path in sorted(folder.glob("*.lark-tables")):
                found[str(path)] = path.stat().st_mtime_ns
    return found


def cache_state(before: dict[str, int], after: dict[str, int]) -> str:
    """What the warm-up did to the parser cache."""
    if not after:
        return "none found"
    if not before:
        return "built by the warm-up"
    if before != after:
        return "rebuilt by the warm-up (a grammar changed)"
    return "already present"


# ---------------------------------------------------------------------------------------------
# Measuring


def commands(seed: str) -> list[Command]:
    """The baseline, ``python -m ratsparse``, and the console script when it is installed."""
    out = [
        Command("baseline", [sys.executable, "-c", BASELINE_CODE], frozenset({0})),
        Command(
            "python -m ratsparse",
            [sys.executable, "-m", "ratsparse", seed, "--json"],
            RATSPARSE_OK,
        ),
    ]
    bindir = Path(sys.executable).parent
    for script in (bindir / "ratsparse", bindir / "ratsparse.exe"):
        if script.is_file() and os.access(script, os.X_OK):
            # Through the same interpreter, so the script's shebang cannot pick another one.
            argv = [str(script), seed, "--json"]
            if script.suffix != ".exe":
                argv.insert(0, sys.executable)
            out.append(Command("ratsparse script", argv, RATSPARSE_OK))
            break
    return out


def child_env(bytecode: str, pycache: str) -> dict[str, str]:
    """The environment of the timed commands.

    ``cached`` (the default) lets every command read and write byte code in ``pycache`` (through
    ``PYTHONPYCACHEPREFIX``, so nothing is written into the source tree) even where the
    environment sets ``PYTHONDONTWRITEBYTECODE``: after the warm-up no command compiles source, as
    on a user's machine after the first run. ``as-is`` keeps the environment unchanged.
    """
    env = dict(os.environ)
    if bytecode == "cached":
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def run_once(cmd: Command, env: dict[str, str]) -> float:
    """Run ``cmd`` once; its wall time in milliseconds."""
    start = time.perf_counter_ns()
    proc = subprocess.run(
        cmd.argv,
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
    )
    elapsed = (time.perf_counter_ns() - start) / 1e6
    if proc.returncode not in cmd.ok_codes:
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-5:]
        raise CommandError(
            f"{cmd.name} exited {proc.returncode}: {' '.join(cmd.argv)}\n  " + "\n  ".join(tail)
        )
    return elapsed


def warm_up(cmds: list[Command], warmup: int, env: dict[str, str]) -> None:
    """Run every command ``warmup`` times, untimed."""
    for _ in range(warmup):
        for cmd in cmds:
            run_once(cmd, env)


def measure(cmds: list[Command], runs: int, env: dict[str, str]) -> list[Timing]:
    """Time the commands interleaved, round-robin."""
    timings = [Timing(cmd.name, cmd.argv) for cmd in cmds]
    for _ in range(runs):
        for cmd, timing in zip(cmds, timings, strict=True):
            timing.samples_ms.append(round(run_once(cmd, env), 3))
    for timing in timings:
        timing.summarize()
    return timings


def ratios(timings: list[Timing], target: float) -> list[Ratio]:
    """Every ratsparse command against the baseline (the first timing)."""
    base = timings[0]
    out: list[Ratio] = []
    for t in timings[1:]:
        median = t.median_ms / base.median_ms
        out.append(
            Ratio(
                command=t.name,
                median=round(median, 3),
                min=round(t.min_ms / base.min_ms, 3),
                verdict="PASS" if median <= target else "MISS",
            )
        )
    return out


# ---------------------------------------------------------------------------------------------
# Reporting


def print_text(report: dict[str, Any], timings: list[Timing], found: list[Ratio]) -> None:
    m = report["machine"]
    cores = f"{m['cores']} cores" + (
        f" ({m['usable_cores']} usable)"
        if m["usable_cores"] is not None and m["usable_cores"] != m["cores"]
        else ""
    )
    print("ratsparse cold start")
    print(f"  machine   {m['cpu']}, {cores}, load {m['load_average']}")
    print(f"  python    {m['implementation']} {m['python']} on {m['platform']}")
    print(f"            {m['executable']}")
    print(
        "  packages  "
        + ", ".join(f"{k} {v or '(not installed)'}" for k, v in report["versions"].items())
    )
    cache = report["parser_cache"]
    print(
        f"  warm-up   {report['warmup']} run(s) of each command, not timed; they also make sure "
        "ratsparse's on-disk parser cache exists"
    )
    print(f"  parser    cache {cache['state']}:")
    for path in cache["files"] or ["(no cache file found: timed runs may build the grammars)"]:
        print(f"            {path}")
    if cache["changed_during_timed_runs"]:
        print("            WARNING: rewritten during the timed runs (a grammar changed meanwhile)")
    if report["bytecode"] == "cached":
        code = "read from a temporary PYTHONPYCACHEPREFIX filled by the warm-up"
    elif report["env_dont_write_bytecode"]:
        code = "as-is; PYTHONDONTWRITEBYTECODE is set: sources without .pyc compile on every run"
    else:
        code = "as-is"
    print(f"  bytecode  {code}")
    print(
        f"  timed     {report['runs']} run(s) of each command, interleaved; seed {report['seed']}"
    )
    print()
    width = max(len(t.name) for t in timings)
    print(f"  {'command':<{width}}  {'min':>8}  {'median':>8}  {'mean':>8}  {'stdev':>7}  (ms)")
    for t in timings:
        print(
            f"  {t.name:<{width}}  {t.min_ms:8.1f}  {t.median_ms:8.1f}  {t.mean_ms:8.1f}"
            f"  {t.stdev_ms:7.1f}"
        )
    print(f"\n  baseline: {' '.join(timings[0].argv[1:])}")
    for r in found:
        print(
            f"  {r.verdict}  {r.command}: {r.median:.2f}x the baseline by median, "
            f"{r.min:.2f}x by minimum (target <= {report['target']}x by median)"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="Time the cold start of 'ratsparse SEED --json' against importing its "
        "dependencies (typer, rich, pydantic, lark) with the same interpreter. "
        "Always exits 0: a report, not a gate.",
    )
    ap.add_argument("--runs", type=int, default=20, help="timed runs per command (default 20)")
    ap.add_argument(
        "--warmup", type=int, default=2, help="untimed warm-up runs per command (default 2)"
    )
    ap.add_argument(
        "--seed", default=SEED, help=f"input file, relative to the repo (default {SEED})"
    )
    ap.add_argument(
        "--target", type=float, default=TARGET, help=f"ratio to meet (default {TARGET})"
    )
    ap.add_argument(
        "--bytecode",
        choices=("cached", "as-is"),
        default="cached",
        help="'cached' (default): commands use byte code from a temporary PYTHONPYCACHEPREFIX, "
        "written by the warm-up, even if PYTHONDONTWRITEBYTECODE is set; 'as-is': the "
        "environment unchanged (with PYTHONDONTWRITEBYTECODE set, ratsparse's own modules are "
        "compiled from source on every run)",
    )
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args(argv)
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    if args.warmup < 0:
        ap.error("--warmup must not be negative")
    if not (REPO / args.seed).is_file():
        ap.error(f"no such seed file: {REPO / args.seed}")

    cmds = commands(args.seed)
    report: dict[str, Any] = {
        "benchmark": "cold_start",
        "machine": machine(),
        "versions": versions(),
        "seed": args.seed,
        "runs": args.runs,
        "warmup": args.warmup,
        "target": args.target,
        "bytecode": args.bytecode,
        "env_dont_write_bytecode": bool(os.environ.get("PYTHONDONTWRITEBYTECODE")),
    }
    cache_before = parser_cache_files()
    try:
        with tempfile.TemporaryDirectory(prefix="ratsparse-bench-pyc-") as pycache:
            env = child_env(args.bytecode, pycache)
            warm_up(cmds, args.warmup, env)
            cache_warm = parser_cache_files()
            timings = measure(cmds, args.runs, env)
            cache_after = parser_cache_files()
    except (CommandError, OSError) as exc:
        # Still a report: say what could not be measured, exit 0.
        report["error"] = str(exc)
        if args.json:
            print(json.dumps(report, indent=2))
        else:
            print(f"ERROR: cannot measure: {exc}")
        return 0
    found = ratios(timings, args.target)
    report["parser_cache"] = {
        "state": cache_state(cache_before, cache_warm),
        "files": sorted(cache_after),
        "changed_during_timed_runs": cache_warm != cache_after,
    }
    report["commands"] = [asdict(t) for t in timings]
    report["ratios"] = [asdict(r) for r in found]
    report["verdict"] = found[0].verdict
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_text(report, timings, found)
    return 0


if __name__ == "__main__":
    sys.exit(main())
