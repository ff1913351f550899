"""Inputs that are too large, endless, or not files: every command ends, with a result.

One size limit (``--max-file-size``, 1000000 bytes by default) holds for ``ratsparse FILE``,
``check``, ``convert``, standard input and devices; reading stops one byte after it and the input
gets RP905. A FIFO met in a folder is skipped with a finding, never opened.

The command lines that could hang or eat memory before the fix run in a subprocess with a
timeout and an address-space limit, so that a regression fails instead of stalling the suite or
the machine.
"""

from __future__ import annotations

import io
import json
import os
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ratsparse.source import MAX_SIZE, parse_size, read_at_most
from tests.conftest import SEED, RunCli

MEMORY_CAP = 1 << 31
"""Address space for a command under test (2 GiB): far above what a checked text needs, far
below what reading /dev/zero to the end takes."""


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def _run(
    cli_env: dict[str, str], *args: str | os.PathLike[str], input: bytes = b""
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "ratsparse", *(os.fspath(a) for a in args)],
        input=input,
        capture_output=True,
        env={**os.environ, **cli_env},
        timeout=120,
        preexec_fn=_capped,
        check=False,
    )


def _codes(doc: dict[str, Any]) -> list[str]:
    return [d["code"] for d in doc["diagnostics"]]


# --- the limit ---------------------------------------------------------------------------------


def test_reading_stops_one_byte_after_the_limit() -> None:
    stream = io.BytesIO(b"x" * 10_000)
    assert read_at_most(stream, 100) == b"x" * 101
    assert stream.tell() == 101
    assert read_at_most(io.BytesIO(b"short"), 100) == b"short"


@pytest.mark.parametrize(
    ("text", "size"),
    [("500", 500), ("50k", 50 * 1024), ("50M", 50 * 1024**2), ("1.5 GiB", 3 * 1024**3 // 2)],
)
def test_sizes_take_suffixes(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "lots", "-5", "0", "5X"])
def test_a_size_that_is_no_size_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="give bytes or a size like"):
        parse_size(text)


def test_dev_zero_ends_with_a_result_and_rp905(cli_env: dict[str, str]) -> None:
    proc = _run(cli_env, "/dev/zero", "--json")
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    assert _codes(doc) == ["RP905"]
    assert doc["source"]["size"] == MAX_SIZE + 1


def test_check_reads_a_device_with_the_limit(cli_env: dict[str, str]) -> None:
    proc = _run(cli_env, "check", "/dev/zero", "--output-format", "json")
    assert proc.returncode == 1, proc.stderr
    assert [f["code"] for f in json.loads(proc.stdout)] == ["RP905"]


def test_stdin_is_limited(cli_env: dict[str, str]) -> None:
    big = SEED.read_bytes() * 20
    proc = _run(cli_env, "-", "--json", "--max-file-size", "1k", input=big)
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    assert _codes(doc) == ["RP905"]
    assert "more than 1024 bytes" in doc["diagnostics"][0]["message"]
    checked = _run(cli_env, "check", "-", "--max-file-size", "1k", input=big)
    assert checked.returncode == 1
    assert b"RP905" in checked.stdout


def test_the_default_limit_holds_for_a_file(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Beschluss: beschlossen\n" + b"x" * MAX_SIZE)
    doc = json.loads(run_cli(path, "--json").stdout)
    assert _codes(doc) == ["RP905"]
    assert f"has {MAX_SIZE + 23} bytes" in doc["diagnostics"][0]["message"]


def test_the_flag_raises_the_limit(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(SEED.read_bytes())
    small = json.loads(run_cli(path, "--json", "--max-file-size", "100").stdout)
    assert _codes(small) == ["RP905"]
    enough = json.loads(run_cli(path, "--json", "--max-file-size", "1M").stdout)
    assert "RP905" not in _codes(enough)
    assert enough["outcome"] == "approved"


def _convert_codes(out: Path) -> list[str]:
    with sqlite3.connect(out) as db:
        return [code for (code,) in db.execute("SELECT code FROM errors")]


@pytest.mark.parametrize("command", ["parse", "check", "convert"])
def test_every_command_has_the_same_flag(run_cli: RunCli, tmp_path: Path, command: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(SEED.read_bytes())
    help_text = run_cli(command, "--help").stdout
    assert "--max-file-size" in help_text
    assert "1000000" in help_text
    if command == "parse":
        result = run_cli(path, "--jsonl", "--max-file-size", "100")
        assert _codes(json.loads(result.stdout)) == ["RP905"]
    elif command == "check":
        result = run_cli("check", path, "--output-format", "json", "--max-file-size", "100")
        assert [f["code"] for f in json.loads(result.stdout)] == ["RP905"]
    else:
        out = tmp_path / "out.sqlite"
        result = run_cli("convert", path, "-o", out, "-j", "1", "--max-file-size", "100")
        assert _convert_codes(out) == ["too-large"]
    assert result.exit_code == 1
    output = ["-o", tmp_path / "bad.jsonl"] if command == "convert" else []
    bad = run_cli(command, path, *output, "--max-file-size", "lots")
    assert bad.exit_code == 2
    assert "give bytes or a size like" in bad.stderr


def test_convert_has_the_default_limit(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"x" * (MAX_SIZE + 1))
    out = tmp_path / "out.sqlite"
    assert run_cli("convert", path, "-o", out, "-j", "1").exit_code == 1
    assert _convert_codes(out) == ["too-large"]


def test_check_flag_wins_over_the_configuration(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "ratsparse.toml").write_text("max-file-size = 50\n", "utf-8")
    path = tmp_path / "a.txt"
    path.write_bytes(SEED.read_bytes())
    result = run_cli("check", path, "--output-format", "json", "--max-file-size", "1M")
    assert "RP905" not in [f["code"] for f in json.loads(result.stdout)]


def test_the_configuration_takes_a_size_with_a_suffix(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "ratsparse.toml").write_text('max-file-size = "1k"\n', "utf-8")
    path = tmp_path / "a.txt"
    path.write_bytes(SEED.read_bytes() * 3)
    result = run_cli("check", path, "--output-format", "json")
    assert [f["code"] for f in json.loads(result.stdout)] == ["RP905"]


# --- files that are not files ------------------------------------------------------------------


def test_check_skips_a_fifo_in_a_folder(cli_env: dict[str, str], tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "real.txt").write_bytes(SEED.read_bytes())
    proc = _run(cli_env, "check", tmp_path, "--output-format", "json")
    findings = json.loads(proc.stdout)
    assert [(Path(f["filename"]).name, f["code"]) for f in findings] == [("pipe.txt", "RP906")]
    assert "not a regular file" in findings[0]["message"]
    assert proc.returncode == 1, proc.stderr
