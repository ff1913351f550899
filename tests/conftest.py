"""Shared fixtures: where things are, and two ways to run the command line.

* ``run_cli`` drives ``ratsparse.cli.app`` in-process through Typer's ``CliRunner``;
* ``run_script`` runs ``python -m ratsparse`` (the console script's entry point) in a subprocess.

Both pin the terminal (``COLUMNS=100``, ``NO_COLOR=1``, ``TERM=dumb``) so that output is stable,
and both use a parser-table cache of their own (``XDG_CACHE_HOME``) that is filled once per
session, so that no first-run notice depends on what other processes did to the user's cache.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

# The shared helper modules assert too; let pytest explain their failures as in the tests.
pytest.register_assert_rewrite("tests.grammar_tables", "tests.spans")

ROOT = Path(__file__).resolve().parent.parent
"""The repository root (where pyproject.toml is)."""
SAMPLES = ROOT / "samples"
"""Hand-made sample texts."""
SEED = SAMPLES / "nachtrag-koeln-2022-01-17.txt"
"""The seed: a Köln Nachtrag resolution whose reading is fully specified."""
CORPUS = ROOT.parent / "shared" / "corpus"
"""Real resolution texts (not part of the repository; may be absent)."""

TERMINAL_ENV: Mapping[str, str] = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
"""Pinned terminal settings for stable output."""

RunCli = Callable[..., Result]
RunScript = Callable[..., "subprocess.CompletedProcess[bytes]"]


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository root."""
    return ROOT


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    """The samples directory."""
    return SAMPLES


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """Path of the seed text."""
    assert SEED.is_file(), f"the seed is missing: {SEED}"
    return SEED


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    """The seed as decoded text (UTF-8)."""
    return seed_path.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shared corpus; tests that need it are skipped when it is absent."""
    if not (CORPUS / "real").is_dir():
        pytest.skip(f"corpus not available at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def cli_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Pinned terminal plus a private, pre-filled parser-table cache."""
    env = {**TERMINAL_ENV, "XDG_CACHE_HOME": os.fspath(tmp_path_factory.mktemp("xdg-cache"))}
    warm = subprocess.run(
        [sys.executable, "-m", "ratsparse", "-", "--jsonl"],
        input=SEED.read_bytes(),
        capture_output=True,
        env={**os.environ, **env},
        timeout=300,
        check=False,
    )
    assert warm.returncode == 0, warm.stderr.decode("utf-8", "replace")
    return env


@pytest.fixture
def run_cli(cli_env: dict[str, str]) -> RunCli:
    """Run the CLI in-process: ``run_cli("FILE", "--json", input=b"...")`` → Typer ``Result``."""
    from ratsparse.cli.app import app

    def invoke(*args: str | os.PathLike[str], input: bytes | str | None = None) -> Result:
        runner = CliRunner(env=cli_env)
        return runner.invoke(app, [os.fspath(a) for a in args], input=input, catch_exceptions=True)

    return invoke


@pytest.fixture
def run_script(cli_env: dict[str, str]) -> RunScript:
    """Run ``python -m ratsparse ARGS`` in a subprocess; stdout/stderr are bytes.

    ``env`` entries are added to (and override) the pinned environment.
    """

    def run(
        *args: str | os.PathLike[str],
        input: bytes | None = None,
        cwd: Path | None = None,
        env: Mapping[str, str] | None = None,
        timeout: float = 300,
    ) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "ratsparse", *(os.fspath(a) for a in args)],
            input=input if input is not None else b"",
            capture_output=True,
            cwd=cwd,
            env={**os.environ, **cli_env, **(env or {})},
            timeout=timeout,
            check=False,
        )

    return run
