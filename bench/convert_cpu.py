"""Where ``convert`` spends CPU: the parent against the workers, and how busy the rest of the
machine was meanwhile, for ``--jobs 1`` and ``--jobs 2`` in alternating rounds.

Runs ``convert.run`` in this process on an archive of seed copies (built here, or ``--archive``
given) and prints, per run, wall seconds, docs/s, the parent's and the workers' CPU seconds, and
the *foreign* CPU seconds: what other processes on the machine used during the run (from
``/proc/stat``, Linux only). A run with much foreign CPU was disturbed; compare the quiet ones.
The parser is built once before the first run, so the figures leave out its build and the
command line's imports (about 0.5 s per ``ratsparse convert`` process).
A report, not a test: exits 0 (2 on usage errors).

    .venv/bin/python bench/convert_cpu.py --files 5000 --rounds 3
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from convert import build_archive


def _machine_busy() -> float:
    """CPU seconds the whole machine has been busy (not idle, not waiting on I/O)."""
    try:
        with open("/proc/stat") as stat:  # noqa: PTH123
            ticks = [int(x) for x in stat.readline().split()[1:]]
    except OSError:
        return 0.0
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")


def one_run(paths: list[str], out: Path, jobs: int, fmt: str) -> str:
    from ratsparse.convert.engine import Options, run

    for stale in out.parent.glob(out.name + "*"):
        if stale.is_dir():
            shutil.rmtree(stale)
        else:
            stale.unlink()
    me0 = resource.getrusage(resource.RUSAGE_SELF)
    kids0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    busy0, started = _machine_busy(), time.perf_counter()
    run(Options(inputs=paths, out=out, fmt=fmt, jobs=jobs))  # type: ignore[arg-type]
    wall, busy = time.perf_counter() - started, _machine_busy() - busy0
    me1 = resource.getrusage(resource.RUSAGE_SELF)
    kids1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    parent = me1.ru_utime - me0.ru_utime + me1.ru_stime - me0.ru_stime
    workers = kids1.ru_utime - kids0.ru_utime + kids1.ru_stime - kids0.ru_stime
    foreign = max(0.0, busy - parent - workers)
    return (
        f"{fmt:<6} {jobs:>4} {wall:>7.2f} {len(paths) / wall:>7,.0f} {parent:>8.2f} "
        f"{workers:>9.2f} {parent + workers:>7.2f} {foreign:>8.2f}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--files", type=int, default=5000, help="seed copies in the archive")
    ap.add_argument("--archive", type=Path, help="an archive folder to use instead")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jobs", default="1,2", help="--jobs values, alternated in every round")
    ap.add_argument("--formats", default="jsonl", help="--to values")
    args = ap.parse_args()
    try:
        jobs = [int(j) for j in args.jobs.split(",")]
    except ValueError:
        ap.error("--jobs takes comma-separated numbers")
    work = Path(tempfile.mkdtemp(prefix="ratsparse-cpu-"))
    try:
        archive = args.archive
        if archive is None:
            archive = work / "archive"
            build_archive(archive, args.files, seed_only=True)
        paths = sorted(str(p) for p in archive.rglob("*.txt"))
        from ratsparse.convert.work import warm_up

        warm_up()  # the parser, built before the first run: every run then starts alike
        print(f"{len(paths)} files; load {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(
            f"{'to':<6} {'jobs':>4} {'wall s':>7} {'docs/s':>7} {'parent s':>8} "
            f"{'workers s':>9} {'CPU s':>7} {'foreign':>8}"
        )
        for _ in range(args.rounds):
            for fmt in args.formats.split(","):
                for j in jobs:
                    print(one_run(paths, work / f"out.{fmt}", j, fmt), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
