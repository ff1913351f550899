"""``ratsparse convert`` never loses or mixes data: odd file names, outputs that are not ours,
inputs that would be overwritten, resumes of another archive, two runs at once, a full disk."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from ratsparse.convert import writers
from ratsparse.convert.names import path_bytes, path_text

RunCli = Callable[..., Result]

GOOD_TEXT = b"Vorlage: VO/0001/2024\nBeschluss: abgelehnt\n"
FORMATS = [("jsonl", "out.jsonl"), ("json", "out.json"), ("csv", "tables"), ("sqlite", "out.db")]
FORMATS_ALL = [*FORMATS, ("parquet", "out.parquet")]
LINUX = pytest.mark.skipif(sys.platform != "linux", reason="names of raw bytes: a Linux matter")


def _tree(root: Path, names: list[bytes]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name in names:
        with open(os.fsencode(root) + b"/" + name, "wb") as handle:  # noqa: PTH123
            handle.write(GOOD_TEXT)
    return root


def _paths(out: Path, fmt: str) -> list[str]:
    """The path of every resolution in an output, in id order."""
    if fmt in ("jsonl", "json"):
        text = out.read_text(encoding="utf-8")
        docs = json.loads(text) if fmt == "json" else [json.loads(x) for x in text.splitlines()]
        return [d["source"]["name"] for d in docs]
    if fmt == "sqlite":
        with sqlite3.connect(out) as con:
            return [p for (p,) in con.execute("SELECT path FROM resolutions ORDER BY id")]
    if fmt == "csv":
        import csv

        with (out / "resolutions.csv").open(encoding="utf-8", newline="") as handle:
            return [r["path"] for r in csv.DictReader(handle)]
    import pyarrow.parquet as pq

    return [str(p) for p in pq.read_table(out / "resolutions").column("path").to_pylist()]


def _manifest(out: Path, fmt: str) -> dict[str, Any]:
    if fmt == "sqlite":
        with sqlite3.connect(out) as con:
            return {k: json.loads(v) for k, v in con.execute("SELECT key, value FROM meta")}
    return dict(json.loads((out / "manifest.json").read_text(encoding="utf-8")))


# --- file names that are not UTF-8 -------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        b"plain.txt",
        b"bad\xff.txt",
        b"back\\slash.txt",
        b"bad\xff and back\\xff.txt",
        "Straße.txt".encode(),
        b"\xc3.txt",
    ],
)
def test_path_text_round_trips_to_the_raw_bytes(name: bytes) -> None:
    path = os.fsdecode(b"/archive/" + name)
    text = path_text(path)
    text.encode("utf-8")  # always valid UTF-8 text
    assert path_bytes(text) == b"/archive/" + name


def test_path_text_leaves_ordinary_names_alone() -> None:
    assert path_text("/archive/Straße 1.txt") == "/archive/Straße 1.txt"
    assert path_text(os.fsdecode(b"a/bad\xff.txt")) == "a/bad\\xff.txt"
    assert path_text("a\\b.txt") == "a\\\\b.txt"  # else it would read as an escape


@LINUX
@pytest.mark.parametrize(("fmt", "name"), FORMATS_ALL)
def test_a_name_that_is_not_utf8_is_kept_and_the_run_goes_on(
    run_cli: RunCli, tmp_path: Path, fmt: str, name: str
) -> None:
    archive = _tree(tmp_path / "a", [b"bad\xff.txt", b"good.txt"])
    out = tmp_path / name
    result = run_cli("convert", archive, "-o", out, "--to", fmt, "-j", "1")
    assert result.exit_code == 0, result.stderr
    paths = _paths(out, fmt)
    assert paths == [f"{archive}/bad\\xff.txt", f"{archive}/good.txt"]
    assert path_bytes(paths[0]) == os.fsencode(archive) + b"/bad\xff.txt"


@LINUX
@pytest.mark.parametrize(("fmt", "name"), FORMATS)
def test_resume_with_a_name_that_is_not_utf8(
    run_cli: RunCli, tmp_path: Path, fmt: str, name: str
) -> None:
    archive = _tree(tmp_path / "a", [b"1-bad\xff.txt", b"3-good.txt"])
    (archive / "2-empty.txt").write_bytes(b"")  # fails: stops the first run
    out = tmp_path / name
    first = run_cli("convert", archive, "-o", out, "--to", fmt, "-j", "1", "--abort-on-error")
    assert first.exit_code == 1, first.stderr
    again = run_cli("convert", archive, "-o", out, "--to", fmt, "-j", "1", "--resume")
    assert again.exit_code == 1, again.stderr  # the empty file failed in the first run
    assert "2 skipped (resume" in again.stderr, again.stderr
    paths = _paths(out, fmt)
    assert paths[0] == f"{archive}/1-bad\\xff.txt" and paths[-1] == f"{archive}/3-good.txt"


@LINUX
def test_a_list_on_stdin_may_hold_names_that_are_not_utf8(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    import subprocess

    archive = _tree(tmp_path / "a", [b"bad\xff.txt"])
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "ratsparse", "convert", "--files-from", "-", "-o", out, "-j", "1"],
        input=os.fsencode(archive) + b"/bad\xff.txt\n",
        capture_output=True,
        env={**os.environ, **cli_env, "LC_ALL": "C.UTF-8"},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert _paths(out, "jsonl") == [f"{archive}/bad\\xff.txt"]


# --- what is at -o -----------------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "name"), FORMATS_ALL)
def test_an_output_that_is_not_ours_is_refused_unless_force(
    run_cli: RunCli, tmp_path: Path, fmt: str, name: str
) -> None:
    archive = _tree(tmp_path / "a", [b"good.txt"])
    out = tmp_path / name
    if fmt in ("csv", "parquet"):
        out.mkdir()
        (out / "notes.txt").write_text("mine\n")
    else:
        out.write_text("my own notes, not a conversion\n")
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run_cli("convert", archive, "-o", out, "--to", fmt, "-j", "1")
    assert result.exit_code == 2, result.stderr
    assert "not ratsparse output" in result.stderr and "--force" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing touched
    forced = run_cli("convert", archive, "-o", out, "--to", fmt, "-j", "1", "--force")
    assert forced.exit_code == 0, forced.stderr
    assert _paths(out, fmt) == [str(archive / "good.txt")]
    again = run_cli("convert", archive, "-o", out, "--to", fmt, "-j", "1")
    assert again.exit_code == 0, again.stderr  # our own output is replaced without --force


def test_an_errors_file_that_is_not_ours_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    archive = _tree(tmp_path / "a", [b"good.txt"])
    (tmp_path / "out.errors.jsonl").write_text("my list of errors\n")
    result = run_cli("convert", archive, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 2, result.stderr
    assert "out.errors.jsonl" in result.stderr and "not ratsparse output" in result.stderr
    assert (tmp_path / "out.errors.jsonl").read_text() == "my list of errors\n"


@pytest.mark.parametrize("force", [[], ["--force"]], ids=["plain", "force"])
def test_an_input_is_never_written_over(run_cli: RunCli, tmp_path: Path, force: list[str]) -> None:
    archive = _tree(tmp_path / "a", [b"1.txt", b"2.txt"])
    target = archive / "2.txt"
    result = run_cli("convert", archive / "1.txt", target, "-o", target, "--to", "jsonl", *force)
    assert result.exit_code == 2, result.stderr
    assert "is also an input" in result.stderr
    assert target.read_bytes() == GOOD_TEXT
    # The same through a folder and a symbolic link to the output (an earlier conversion).
    out = tmp_path / "out.db"
    assert run_cli("convert", archive / "1.txt", "-o", out).exit_code == 0
    before = out.read_bytes()
    (archive / "link.txt").symlink_to(out)
    result = run_cli("convert", archive, "-o", out, "-j", "1", *force)
    assert result.exit_code == 2, result.stderr
    assert "is also an input" in result.stderr
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "out.db"]


def test_a_folder_output_holding_an_input_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    archive = _tree(tmp_path / "a", [b"good.txt"])
    tables = tmp_path / "tables"
    assert run_cli("convert", archive, "-o", tables, "--to", "csv").exit_code == 0
    (tables / "late.txt").write_bytes(GOOD_TEXT)
    result = run_cli("convert", tables, "-o", tables, "--to", "csv", "--force")
    assert result.exit_code == 2, result.stderr
    assert "is also an input" in result.stderr
    assert (tables / "late.txt").read_bytes() == GOOD_TEXT


@pytest.mark.parametrize(("fmt", "name"), FORMATS_ALL)
def test_the_run_never_reads_its_own_files(
    run_cli: RunCli, tmp_path: Path, fmt: str, name: str
) -> None:
    archive = _tree(tmp_path / "a", [b"good.txt"])
    out = archive / "zz" / name  # walked after the run has created its files
    out.parent.mkdir()
    result = run_cli("convert", archive, "--glob", "**/*", "-o", out, "--to", fmt, "-j", "1")
    assert result.exit_code == 2, result.stderr
    assert "is also an input" in result.stderr
    assert [p.name for p in out.parent.iterdir()] == []  # nothing left behind


def test_a_worker_ends_when_its_parent_changes() -> None:
    import subprocess

    watch = "from ratsparse.convert.work import _watch_parent; _watch_parent(0, 0.01)"
    proc = subprocess.run([sys.executable, "-c", watch], timeout=60, check=False)
    assert proc.returncode == 1  # its parent was never pid 0: it ends at the first look


@pytest.mark.parametrize(
    ("fmt", "name"), [("parquet", "out.parquet"), ("sqlite", "out.sqlite"), ("csv", "out.csv")]
)
def test_the_format_comes_from_the_name_not_from_the_disk(
    run_cli: RunCli, tmp_path: Path, fmt: str, name: str
) -> None:
    archive = _tree(tmp_path / "a", [b"good.txt"])
    out = tmp_path / name
    for _ in range(2):
        result = run_cli("convert", archive, "-o", out, "-j", "1")
        assert result.exit_code == 0, result.stderr
        assert _manifest(out, fmt)["format"] == fmt


# --- resume ------------------------------------------------------------------------------------


def test_resume_with_other_inputs_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    one = _tree(tmp_path / "one", [b"1.txt", b"3.txt"])
    (one / "2.txt").write_bytes(b"")
    other = _tree(tmp_path / "other", [b"x.txt"])
    out = tmp_path / "out.jsonl"
    assert run_cli("convert", one, "-o", out, "-j", "1", "--abort-on-error").exit_code == 1
    for args in ([other], [one, other], [one, "--glob", "*.txt"]):
        result = run_cli("convert", *args, "-o", out, "-j", "1", "--resume")
        assert result.exit_code == 2, result.stderr
        assert "other inputs" in result.stderr
    assert out.with_name("out.jsonl.part").exists()  # still resumable with the right inputs
    result = run_cli("convert", one, "-o", out, "-j", "1", "--resume")
    assert result.exit_code == 1, result.stderr
    assert _paths(out, "jsonl") == [str(one / n) for n in ("1.txt", "2.txt", "3.txt")]


def test_resume_checks_a_list_of_files_too(run_cli: RunCli, tmp_path: Path) -> None:
    archive = _tree(tmp_path / "a", [b"1.txt", b"3.txt"])
    (archive / "2.txt").write_bytes(b"")
    listing = "".join(f"{archive / n}\n" for n in ("1.txt", "2.txt", "3.txt"))
    out = tmp_path / "out.sqlite"
    first = run_cli("convert", "--files-from", "-", "-o", out, "--abort-on-error", input=listing)
    assert first.exit_code == 1
    other = run_cli("convert", "--files-from", "-", "-o", out, "--resume", input=listing[:-6])
    assert other.exit_code == 2 and "other inputs" in other.stderr, other.stderr
    same = run_cli("convert", "--files-from", "-", "-o", out, "--resume", input=listing)
    assert same.exit_code == 1, same.stderr


@pytest.mark.parametrize(
    ("fmt", "name"), [("csv", "tables"), ("sqlite", "out.db"), ("parquet", "out.parquet")]
)
def test_counts_in_the_metadata_cover_every_run(
    run_cli: RunCli, tmp_path: Path, fmt: str, name: str
) -> None:
    archive = _tree(tmp_path / "a", [b"1.txt", b"3.txt", b"4.txt"])
    (archive / "2.txt").write_bytes(b"")
    out = tmp_path / name
    args = ("convert", archive, "-o", out, "--to", fmt, "-j", "1")
    first = run_cli(*args, "--abort-on-error")
    assert first.exit_code == 1, first.stderr
    again = run_cli(*args, "--resume")
    assert again.exit_code == 1, again.stderr
    counts = _manifest(out, fmt)["counts"]
    assert counts == {"seen": 4, "clean": 3, "warnings": 0, "failed": 1, "runs": 2}


# --- two runs, one output ----------------------------------------------------------------------


def test_a_second_run_into_the_same_output_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    archive = _tree(tmp_path / "a", [b"good.txt"])
    out = tmp_path / "out.sqlite"
    lock = out.with_name("out.sqlite.part.lock")
    with lock.open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # what a running conversion holds
        result = run_cli("convert", archive, "-o", out)
    assert result.exit_code == 2, result.stderr
    assert "another ratsparse convert" in result.stderr
    assert not out.exists()
    assert run_cli("convert", archive, "-o", out).exit_code == 0
    assert not lock.exists()  # removed at the end


# --- a full disk -------------------------------------------------------------------------------


def _disk_full(*args: Any, **kwargs: Any) -> Any:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize(("fmt", "name"), [*FORMATS_ALL, ("sqlite-full", "out.sqlite")])
def test_a_full_disk_exits_2_in_every_format(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, name: str
) -> None:
    archive = _tree(tmp_path / "a", [b"good.txt"])
    if fmt == "sqlite-full":  # what SQLite itself says when the disk is full
        fmt = "sqlite"

        def full(self: Any, *args: Any, **kwargs: Any) -> Any:
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(writers.SqliteWriter, "commit", full)
    else:
        kinds = {
            "jsonl": writers.JsonlWriter,
            "json": writers.JsonWriter,
            "csv": writers.CsvWriter,
            "sqlite": writers.SqliteWriter,
            "parquet": writers.ParquetWriter,
        }
        monkeypatch.setattr(kinds[fmt], "finish", _disk_full)
    result = run_cli("convert", archive, "-o", tmp_path / name, "--to", fmt, "-j", "1")
    assert result.exit_code == 2, result.stderr
    assert "No space left on device" in result.stderr or "disk is full" in result.stderr
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr
