"""The wheel: build it, install it into a fresh virtual environment, parse the seed with the
installed console script. Slow (it builds, creates a venv and installs dependencies)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _run(args: list[str], *, cwd: Path | None = None, timeout: float = 900) -> str:
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
    env.pop("PYTHONPATH", None)
    env.pop("VIRTUAL_ENV", None)
    proc = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert proc.returncode == 0, f"{args}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
    return proc.stdout


@pytest.fixture(scope="module")
def wheel(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # Build from a copy so that the build leaves nothing behind in the working tree.
    src = tmp_path_factory.mktemp("src") / "ratsparse"
    shutil.copytree(
        root,
        src,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", ".hypothesis", "*_cache", "__pycache__", "dist", "build"
        ),
    )
    _run([sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(src)])
    wheels = sorted(out.glob("ratsparse-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    env_dir = tmp_path_factory.mktemp("venv") / "env"
    _run([sys.executable, "-m", "venv", str(env_dir)])
    python = env_dir / "bin" / "python"
    _run([str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q", str(wheel)])
    return env_dir


def test_wheel_contains_the_grammars(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    assert "ratsparse/grammar/document.lark" in names
    assert "ratsparse/grammar/vote.lark" in names
    assert "ratsparse/__init__.py" in names


def test_wheel_is_marked_typed(wheel: Path) -> None:
    """A typed package ("Typing :: Typed", mypy --strict) ships the PEP 561 py.typed marker."""
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    assert "ratsparse/py.typed" in names


def test_wheel_grammars_match_the_source(wheel: Path, root: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        for name in ("document", "vote"):
            packed = zf.read(f"ratsparse/grammar/{name}.lark")
            assert packed == (root / "grammar" / f"{name}.lark").read_bytes()


def test_installed_script_parses_the_seed(venv: Path, seed_path: Path, tmp_path: Path) -> None:
    script = venv / "bin" / "ratsparse"
    assert script.is_file()
    # Run from an empty directory so nothing from the source tree can be picked up.
    out = _run([str(script), str(seed_path), "--json"], cwd=tmp_path)
    doc = json.loads(out)
    assert doc["outcome"] == "approved"
    assert doc["paper"]["reference"] == "AN/0131/2022"
    assert doc["title"] == "Köln braucht einen Masterplan Digitalisierung"
    assert len(doc["clauses"]) == 4


def test_installed_package_uses_its_own_grammars(venv: Path, tmp_path: Path) -> None:
    code = (
        "import ratsparse, ratsparse.parser as p; print(ratsparse.__file__); print(p.grammar_dir())"
    )
    out = _run([str(venv / "bin" / "python"), "-c", code], cwd=tmp_path).splitlines()
    package_file, grammar_dir = (Path(line) for line in out[-2:])
    assert package_file.is_relative_to(venv)
    assert grammar_dir.is_relative_to(venv)


def test_installed_version(venv: Path, tmp_path: Path) -> None:
    import ratsparse

    out = _run([str(venv / "bin" / "ratsparse"), "--version"], cwd=tmp_path)
    assert out.strip() == f"ratsparse {ratsparse.__version__}"


def test_wheel_ships_built_tables(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
    for grammar in ("document", "vote"):
        assert any(
            n.startswith(f"ratsparse/grammar/{grammar}-") and n.endswith(".lark-tables")
            for n in names
        ), names


def test_first_run_after_install_needs_no_build(
    venv: Path, seed_path: Path, tmp_path: Path
) -> None:
    # An empty user cache: the tables must come from the wheel, with no build and no notice.
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "empty-cache")}
    proc = subprocess.run(
        [str(venv / "bin" / "ratsparse"), str(seed_path), "--json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "building" not in proc.stderr
    assert json.loads(proc.stdout)["outcome"] == "approved"
    assert not list((tmp_path / "empty-cache").glob("**/*.lark-tables"))
