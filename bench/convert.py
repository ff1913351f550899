"""Benchmark ``ratsparse convert``: docs/s, MB/s and peak memory against the bare-parser floor.

Builds a synthetic archive from ``samples/`` (the sample texts cycled, 1,000 files per folder),
converts it with ``--jobs 1`` and ``--jobs 2`` to JSONL and SQLite in fresh processes, and times,
in the same run, the floor: a minimal Lark LALR grammar that only splits each text into lines
(reading and decoding included). Figures are best read as ratios to that floor. Also times one
long text of 1 MB and of 10 MB (linear time wanted). Prints a report; exits 0 (2 on usage
errors). Not a test.

    .venv/bin/python bench/convert.py                       # 1k, 10k, 50k files (long)
    .venv/bin/python bench/convert.py --sizes 1000 --no-long  # a quick look
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "nachtrag-koeln-2022-01-17.txt"
PER_FOLDER = 1000

FLOOR_GRAMMAR = r"""
start: line*
line: TEXT? NL
TEXT: /[^\n]+/
NL: "\n"
"""


def build_archive(target: Path, files: int, *, seed_only: bool = False) -> list[Path]:
    """``files`` sample texts (or copies of the seed) in folders of 1,000; returns the folders."""
    texts = [p.read_bytes() for p in sorted(SAMPLES.glob("*.txt"))]
    if seed_only:
        texts = [SEED.read_bytes()]
    folders = []
    for f in range((files + PER_FOLDER - 1) // PER_FOLDER):
        folder = target / f"d{f:03d}"
        folder.mkdir(parents=True)
        folders.append(folder)
        for i in range(f * PER_FOLDER, min(files, (f + 1) * PER_FOLDER)):
            (folder / f"{i:06d}.txt").write_bytes(texts[i % len(texts)])
    return folders


def _tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as status:  # noqa: PTH123
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            for task in Path(f"/proc/{p}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return total


def run_convert(folders: list[Path], fmt: str, jobs: int, out_dir: Path) -> dict[str, float]:
    """One ``ratsparse convert`` process: wall and CPU seconds, peak RSS of its process tree."""
    out = out_dir / f"out.{fmt}"
    for stale in out_dir.glob("out.*"):
        stale.unlink()
    cmd = [sys.executable, "-m", "ratsparse", "convert", *map(str, folders), "-o", str(out)]
    cmd += ["--to", fmt, "--jobs", str(jobs), "-q"]
    peak = 0
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"convert failed ({proc.returncode}): {err}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": peak}


def floor(paths: list[Path]) -> tuple[float, float]:
    """docs/s of the bare-parser floor (read, decode, Lark LALR line split): wall and CPU."""
    from lark import Lark

    parser = Lark(FLOOR_GRAMMAR, parser="lalr")
    parser.parse("warm\n")
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for p in paths:
        text = p.read_bytes().decode("utf-8", "replace")
        parser.parse(text if text.endswith("\n") else text + "\n")
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    return len(paths) / wall, len(paths) / cpu


def core_rate(paths: list[Path]) -> float:
    """docs/s (CPU) of ``parse_bytes`` alone, in this process: what convert adds to."""
    from ratsparse import parse_bytes

    parse_bytes(b"Beschluss: einstimmig beschlossen\n")
    cpu0 = time.process_time()
    for p in paths:
        parse_bytes(p.read_bytes(), source=str(p))
    return len(paths) / (time.process_time() - cpu0)


def long_text(size: int) -> bytes:
    texts = [p.read_bytes() for p in sorted(SAMPLES.glob("*.txt"))]
    out = bytearray()
    i = 0
    while len(out) < size:
        out += texts[i % len(texts)] + b"\n\n"
        i += 1
    return bytes(out[:size])


def time_long(size: int) -> float:
    """CPU seconds of parse_bytes on one text of ``size`` bytes (in a fresh process)."""
    code = (
        "import sys, time; from ratsparse import parse_bytes; "
        "data = sys.stdin.buffer.read(); parse_bytes(b'Beschluss: x\\n'); "
        "t = time.process_time(); parse_bytes(data); print(time.process_time() - t)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], input=long_text(size), capture_output=True, check=True
    )
    return float(proc.stdout)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{cpu}, {os.cpu_count()} cores, load {load}; Python {platform.python_version()}, "
        f"{platform.platform()}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,50000", help="archive sizes (files)")
    ap.add_argument("--jobs", default="1,2", help="--jobs values")
    ap.add_argument("--formats", default="jsonl,sqlite", help="--to values")
    ap.add_argument("--no-long", action="store_true", help="skip the 1 MB / 10 MB long texts")
    ap.add_argument("--seed", action="store_true", help="an archive of copies of the seed only")
    ap.add_argument("--keep", type=Path, help="build the archive here and keep it")
    args = ap.parse_args()
    try:
        sizes = [int(s) for s in args.sizes.split(",")]
        jobs = [int(j) for j in args.jobs.split(",")]
    except ValueError:
        ap.error("--sizes and --jobs take comma-separated numbers")
    formats = args.formats.split(",")

    work = args.keep or Path(tempfile.mkdtemp(prefix="ratsparse-bench-"))
    print(f"machine: {machine()}")
    folders = build_archive(work / "archive", max(sizes), seed_only=args.seed)
    all_paths = sorted(p for f in folders for p in f.iterdir())
    mean_size = sum(p.stat().st_size for p in all_paths[:1000]) / min(1000, len(all_paths))
    what = "copies of the seed" if args.seed else "the samples cycled"
    print(f"archive: {len(all_paths)} files, {what}, mean {mean_size:.0f} bytes")
    floor_wall, floor_cpu = floor(all_paths[:2000])
    core = core_rate(all_paths[:1000])
    print(f"floor (Lark LALR line split): {floor_wall:,.0f} docs/s wall, {floor_cpu:,.0f} CPU")
    print(f"parse_bytes alone, in-process: {core:,.0f} docs/s CPU ({core / floor_cpu:.2f}× floor)")
    print()
    header = (
        f"{'files':>6} {'to':<6} {'jobs':>4} {'wall s':>7} {'docs/s':>7} {'MB/s':>5} "
        f"{'CPU docs/s':>10} {'×floor':>6} {'peak RSS MB':>11}"
    )
    print(header)
    results: dict[tuple[int, str, int], dict[str, float]] = {}
    out_dir = work / "out"
    out_dir.mkdir(exist_ok=True)
    for n in sizes:
        use = folders[: (n + PER_FOLDER - 1) // PER_FOLDER]
        mb = sum(p.stat().st_size for f in use for p in f.iterdir()) / 1e6
        for fmt in formats:
            for j in jobs:
                r = run_convert(use, fmt, j, out_dir)
                results[(n, fmt, j)] = r
                rate = n / r["wall"]
                print(
                    f"{n:>6} {fmt:<6} {j:>4} {r['wall']:>7.1f} {rate:>7,.0f} "
                    f"{mb / r['wall']:>5.2f} {n / r['cpu']:>10,.0f} {rate / floor_wall:>6.2f} "
                    f"{r['rss'] / 1e6:>11.0f}",
                    flush=True,
                )
    print()
    for n in sizes:
        for fmt in formats:
            if (n, fmt, 1) in results and (n, fmt, 2) in results:
                speedup = results[(n, fmt, 1)]["wall"] / results[(n, fmt, 2)]["wall"]
                print(f"--jobs 2 / --jobs 1, {n} files, {fmt}: {speedup:.2f}× (target ≥ 1.8×)")
    small, large = min(sizes), max(sizes)
    if small != large:
        for fmt in formats:
            for j in jobs:
                ratio = results[(large, fmt, j)]["rss"] / results[(small, fmt, j)]["rss"]
                print(
                    f"peak RSS {large} / {small} files, {fmt}, --jobs {j}: {ratio:.2f}× "
                    "(target ≤ 1.1×)"
                )
    if not args.no_long:
        one = time_long(1_000_000)
        ten = time_long(10_000_000)
        print(
            f"long text: 1 MB {one:.1f} s, 10 MB {ten:.1f} s CPU: {ten / one:.1f}× "
            "(target ≤ 12×; or refuse with --max-file-size)"
        )
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
