"""Interrupted runs: ``kill -9`` halfway never leaves a corrupt OUT, and ``--resume`` then gives
output identical to an uninterrupted run, without duplicates or gaps."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from ratsparse.convert import TABLES, discover
from tests.convert_archive import EXPECTED_ERRORS, copy_samples, make_archive

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("resume")
    make_archive(root / "archive" / "odd")  # failures and errors must resume too
    return copy_samples(Path(__file__).parent.parent / "samples", root / "archive", 25)


def _start(env: Mapping[str, str], *args: str | os.PathLike[str]) -> subprocess.Popen[bytes]:
    """A convert run in the background, output discarded (it is going to be killed)."""
    return subprocess.Popen(
        [sys.executable, "-m", "ratsparse", "convert", *[os.fspath(a) for a in args]],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **env},
    )


def _convert(
    env: Mapping[str, str], *args: str | os.PathLike[str]
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ratsparse", "convert", *[os.fspath(a) for a in args]],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=600,
        check=False,
    )


def _commits(journal: Path) -> int:
    try:
        return max(0, len(journal.read_bytes().splitlines()) - 1)
    except FileNotFoundError:
        return 0


def _size(out: Path) -> int:
    """Bytes written so far under OUT.part (a file, its SQLite WAL, or a folder)."""
    part = out.with_name(out.name + ".part")
    paths = [*part.parent.glob(part.name + "*"), *(part.glob("*") if part.is_dir() else [])]
    return sum(p.stat().st_size for p in paths if p.is_file())


def _snapshot(out: Path, fmt: str) -> Any:
    if fmt == "sqlite":
        with sqlite3.connect(out) as con:
            return {
                t.name: con.execute(f"SELECT * FROM {t.name} ORDER BY 1, 2").fetchall()
                for t in TABLES
            } | {
                "fts": con.execute(
                    "SELECT rowid FROM clauses_fts WHERE clauses_fts MATCH 'Verwaltung'"
                ).fetchall()
            }
    if fmt == "csv":
        return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}
    return out.read_bytes()


@pytest.mark.parametrize(
    ("fmt", "name"), [("jsonl", "out.jsonl"), ("sqlite", "out.sqlite"), ("csv", "tables")]
)
def test_kill_9_halfway_then_resume_equals_an_uninterrupted_run(
    cli_env: dict[str, str], archive: Path, tmp_path: Path, fmt: str, name: str
) -> None:
    whole = tmp_path / "whole" / name
    whole.parent.mkdir()
    ref = _convert(cli_env, archive, "-o", whole, "--to", fmt, "-j", "1", "-q")
    assert ref.returncode == 1, ref.stderr

    out = tmp_path / "killed" / name
    out.parent.mkdir()
    journal = out.with_name(out.name + ".part.journal")
    args = (archive, "-o", out, "--to", fmt, "-j", "1", "-q", "--commit-every", "40")
    run = _start(cli_env, *args)
    deadline = time.monotonic() + 300
    while _commits(journal) < 3 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    # Kill between commits, once uncommitted output has reached the disk (or a commit later).
    base = _size(out)
    while (
        _size(out) < base + 9000
        and _commits(journal) < 5
        and run.poll() is None
        and time.monotonic() < deadline
    ):
        time.sleep(0.002)
    assert run.poll() is None, "the run ended before it could be killed; make the archive bigger"
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert not out.exists(), "a killed run must not leave OUT"
    assert out.with_name(out.name + ".part").exists()

    resumed = _convert(cli_env, *args, "--resume")
    assert resumed.returncode == 1, resumed.stderr  # the odd files fail in both runs
    assert not journal.exists()
    assert _snapshot(out, fmt) == _snapshot(whole, fmt)


def test_resume_skips_what_is_done_and_reports_it(cli_env: dict[str, str], tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "small")
    out = tmp_path / "out.jsonl"
    first = _convert(cli_env, archive, "-o", out, "-j", "1", "--abort-on-error")
    assert first.returncode == 1
    assert not out.exists()
    again = _convert(cli_env, archive, "-o", out, "-j", "1", "--resume")
    # binary.txt stopped the first run and was committed; --resume skips it.
    assert "9 files seen" in again.stderr, again.stderr
    assert " 1 skipped (resume, 1 of them failed)" in again.stderr, again.stderr
    assert len(out.read_text().splitlines()) == 6
    errors = [json.loads(x) for x in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert sorted(e["path"] for e in errors) == sorted({str(archive / n) for n in EXPECTED_ERRORS})
    fresh = _convert(cli_env, archive, "-o", out, "-j", "1", "--resume")
    assert "nothing to resume" in fresh.stderr


def test_a_resumed_run_exits_1_when_a_file_failed_before(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    archive = tmp_path / "a"
    archive.mkdir()
    (archive / "1-empty.txt").write_bytes(b"")
    (archive / "2-good.txt").write_text("Vorlage: VO/0001/2024\nBeschluss: abgelehnt\n")
    out = tmp_path / "out.sqlite"
    first = _convert(cli_env, archive, "-o", out, "-j", "1", "--abort-on-error")
    assert first.returncode == 1
    again = _convert(cli_env, archive, "-o", out, "-j", "1", "--resume")
    # Only the good file is parsed now, but the output holds the failed one: still exit 1.
    assert again.returncode == 1, again.stderr
    assert "0 failed, 1 skipped (resume, 1 of them failed)" in again.stderr


@pytest.mark.parametrize(
    ("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)], ids=["SIGINT", "SIGTERM"]
)
def test_interrupt_exits_130_or_143_keeps_the_part_and_resume_completes(
    cli_env: dict[str, str], archive: Path, tmp_path: Path, sig: signal.Signals, code: int
) -> None:
    out = tmp_path / "out.jsonl"
    journal = out.with_name(out.name + ".part.journal")
    args = (archive, "-o", out, "-j", "2", "--commit-every", "40")
    proc = subprocess.Popen(
        [sys.executable, "-m", "ratsparse", "convert", *[os.fspath(a) for a in args]],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **cli_env},
    )
    deadline = time.monotonic() + 300
    while _commits(journal) < 1 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == code, err
    assert "interrupted" in err and "--resume" in err and "Traceback" not in err
    assert not out.exists()
    resumed = _convert(cli_env, *args, "--resume")
    assert resumed.returncode == 1, resumed.stderr
    names = [json.loads(line)["source"]["name"] for line in out.read_text().splitlines()]
    readable = [p for p in discover([str(archive)]) if Path(p).is_file()]
    assert names == readable  # every parsable input once, in input order
