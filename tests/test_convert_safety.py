"""``ratsparse convert`` never loses or mixes data: odd file names."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

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
