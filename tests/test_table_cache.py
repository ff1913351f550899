"""Where parse tables are read from: the package's own, or a cache folder only this user can write.

A tables file is a pickle, so reading one planted by another user would run their code. Each
test plants a pickle that, when loaded, creates a marker folder, and checks it never runs.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

import pytest

from ratsparse.parser import tables

GRAMMAR = "document"  # the quicker of the two to build


class _Planted:
    """Unpickling it calls ``os.mkdir(marker)``: proof that a tables file ran code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Any, ...]:
        return (os.mkdir, (os.fspath(self.marker),))


def _plant(folder: Path, marker: Path) -> Path:
    """A tables file with the right name that runs code when unpickled."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / tables.tables_name(GRAMMAR, tables.grammar_text(GRAMMAR))
    target.write_bytes(pickle.dumps(_Planted(marker)))
    return target


@pytest.fixture(scope="module")
def built() -> object:
    """The grammar built once for this module; the tests count builds instead of repeating it."""
    return tables.compile_grammar(GRAMMAR, tables.grammar_text(GRAMMAR))


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch, built: object) -> list[str]:
    """Every build of a grammar, by name; each build returns the module's built parser."""
    calls: list[str] = []

    def compile_grammar(name: str, *args: object, **kwargs: object) -> object:
        calls.append(name)
        return built

    monkeypatch.setattr(tables, "compile_grammar", compile_grammar)
    return calls


@pytest.fixture
def no_home_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A home cache that cannot be made (its parent is a file): the old code fell back to /tmp."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", os.fspath(blocker / "cache"))


def _open() -> object:
    return tables._open(GRAMMAR, None, {}, use_cache=True)


def test_a_shared_temporary_folder_is_never_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, builds: list[str], no_home_cache: None
) -> None:
    shared_tmp = tmp_path / "tmp"
    shared_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", os.fspath(shared_tmp))
    planted = _plant(shared_tmp / "ratsparse-cache", tmp_path / "ran")
    _open()
    assert not (tmp_path / "ran").exists(), "a tables file from the temporary folder ran code"
    assert builds == [GRAMMAR], "without a safe cache the tables are built in memory"
    assert list(planted.parent.iterdir()) == [planted], "nothing is cached in a shared folder"


def test_a_cache_folder_others_may_write_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, builds: list[str]
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", os.fspath(tmp_path / "cache"))
    planted = _plant(tmp_path / "cache" / "ratsparse", tmp_path / "ran")
    planted.parent.chmod(0o777)
    _open()
    assert not (tmp_path / "ran").exists(), "a tables file from a world-writable folder ran code"
    assert builds == [GRAMMAR]
    assert list(planted.parent.iterdir()) == [planted], "nothing is cached there either"


def test_a_cache_folder_of_another_user_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, builds: list[str]
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", os.fspath(tmp_path / "cache"))
    planted = _plant(tmp_path / "cache" / "ratsparse", tmp_path / "ran")
    planted.parent.chmod(0o700)
    owner = planted.parent.stat().st_uid
    monkeypatch.setattr(os, "geteuid", lambda: owner + 1)  # as seen by someone else
    _open()
    assert not (tmp_path / "ran").exists()
    assert builds == [GRAMMAR]


def test_the_cache_folder_is_private_and_reused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, builds: list[str]
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", os.fspath(tmp_path / "cache"))
    _open()
    folder = tmp_path / "cache" / "ratsparse"
    assert folder.stat().st_mode & 0o777 == 0o700
    assert len(list(folder.iterdir())) == 1
    _open()
    assert builds == [GRAMMAR], "the second open loads the cached tables"


def test_an_older_readable_cache_folder_is_made_private(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, builds: list[str]
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", os.fspath(tmp_path / "cache"))
    folder = tmp_path / "cache" / "ratsparse"
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    _open()
    _open()
    assert folder.stat().st_mode & 0o777 == 0o700
    assert builds == [GRAMMAR]


@pytest.mark.parametrize("keep_head", [False, True], ids=["replaced", "payload-swapped"])
def test_a_tampered_cache_file_is_not_loaded_and_is_rebuilt(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, builds: list[str], keep_head: bool
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", os.fspath(tmp_path / "cache"))
    _open()
    (cached,) = (tmp_path / "cache" / "ratsparse").iterdir()
    head = cached.read_bytes().partition(b"\n")[0] + b"\n" if keep_head else b""
    cached.write_bytes(head + pickle.dumps(_Planted(tmp_path / "ran")))
    _open()
    assert not (tmp_path / "ran").exists(), "a file whose hash does not match ran code"
    assert builds == [GRAMMAR, GRAMMAR], "the tampered file is rebuilt"
    _open()
    assert builds == [GRAMMAR, GRAMMAR], "and the rebuilt file is good"


def test_tables_that_hold_code_are_refused_even_with_a_matching_hash(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, builds: list[str]
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", os.fspath(tmp_path / "cache"))
    _open()
    (cached,) = (tmp_path / "cache" / "ratsparse").iterdir()
    cached.write_bytes(tables.seal(pickle.dumps(_Planted(tmp_path / "ran"))))
    _open()
    assert not (tmp_path / "ran").exists(), "tables are plain data; no pickled code runs"
    assert builds == [GRAMMAR, GRAMMAR]


def test_the_packaged_tables_are_used(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, builds: list[str]
) -> None:
    packaged = tmp_path / "package" / "grammar"
    packaged.mkdir(parents=True)
    tables.write_tables(GRAMMAR, packaged)
    monkeypatch.setattr(tables, "packaged_dir", lambda: packaged)
    monkeypatch.setenv("XDG_CACHE_HOME", os.fspath(tmp_path / "cache"))
    builds.clear()
    parser: Any = _open()
    assert builds == [], "the packaged tables are loaded, not built"
    assert not list((tmp_path / "cache").glob("**/*.lark-tables")), "and not copied to the cache"
    assert parser.parse("Beschluss: einstimmig beschlossen\n").data == "start"
