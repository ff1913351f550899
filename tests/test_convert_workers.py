"""Worker processes never outlive the run, however the parent ends; SIGTERM ends it cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.convert_archive import copy_samples

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Big enough that two workers need several seconds."""
    root = tmp_path_factory.mktemp("workers")
    return copy_samples(Path(__file__).parent.parent / "samples", root / "archive", 150)


def _children(pid: int) -> set[int]:
    """The processes whose parent is ``pid``."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for its reaper has ended)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _start(cli_env: dict[str, str], archive: Path, out: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            *(sys.executable, "-m", "ratsparse", "convert", os.fspath(archive)),
            *("-o", os.fspath(out), "--jobs", "2", "--commit-every", "40"),
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **cli_env},
    )


def _workers_once_busy(proc: subprocess.Popen[str], out: Path) -> set[int]:
    """The worker pids, once the run has committed output (so the workers are at work)."""
    journal = out.with_name(out.name + ".part.journal")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if journal.exists() and len(journal.read_bytes().splitlines()) > 1:
            workers = _children(proc.pid)
            if len(workers) >= 2:
                return workers
        time.sleep(0.01)
    pytest.fail("the run ended or stalled before its workers were busy; make the archive bigger")


def _gone_soon(pids: set[int]) -> set[int]:
    """The pids still running after a grace period of a few seconds (empty: all ended)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.05)
    return {p for p in pids if _alive(p)}


def test_workers_end_when_the_parent_is_killed(
    cli_env: dict[str, str], archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    proc = _start(cli_env, archive, out)
    workers = _workers_once_busy(proc, out)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    survivors = _gone_soon(workers)
    for pid in survivors:  # do not leave them running for the next test
        os.kill(pid, signal.SIGKILL)
    assert not survivors, "workers outlived their parent"


@pytest.mark.parametrize(
    ("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["SIGTERM", "SIGINT"]
)
def test_a_signal_ends_the_run_and_its_workers_without_a_traceback(
    cli_env: dict[str, str], archive: Path, tmp_path: Path, sig: signal.Signals, code: int
) -> None:
    out = tmp_path / "out.jsonl"
    proc = _start(cli_env, archive, out)
    workers = _workers_once_busy(proc, out)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err
    assert "Traceback" not in err and "interrupted" in err
    survivors = _gone_soon(workers)
    for pid in survivors:
        os.kill(pid, signal.SIGKILL)
    assert not survivors, "workers outlived the interrupted run"
