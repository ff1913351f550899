"""The Python API at its door: wrong types are refused with a clear TypeError, ``source=`` names
the input in every ``parse_*``, and ``parse_path`` raises exactly the errors the README lists."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest

import ratsparse
from ratsparse import parse_bytes, parse_path, parse_text, source
from ratsparse.source import MAX_SIZE
from tests.conftest import ROOT, SEED

TEXT = "Beschluss: einstimmig beschlossen\n"


@pytest.mark.parametrize(
    ("call", "argument", "hint"),
    [
        (parse_text, TEXT.encode(), "use parse_bytes"),
        (parse_text, None, "str"),
        (parse_bytes, TEXT, "use parse_text"),
        (parse_bytes, bytearray(b"x"), "bytes"),
        (parse_path, 3, "str or os.PathLike"),
        (parse_path, TEXT.encode(), "str or os.PathLike"),
    ],
    ids=["text-bytes", "text-none", "bytes-str", "bytes-bytearray", "path-int", "path-bytes"],
)
def test_a_wrong_input_type_is_a_type_error(call: Any, argument: Any, hint: str) -> None:
    with pytest.raises(TypeError, match=hint):
        call(argument)


@pytest.mark.parametrize("call", [parse_text, parse_bytes, parse_path])
def test_a_source_that_is_no_name_is_a_type_error(call: Any) -> None:
    argument = {parse_text: TEXT, parse_bytes: TEXT.encode(), parse_path: SEED}[call]
    with pytest.raises(TypeError, match="source= names the input"):
        call(argument, source=Path("x.txt"))


def test_source_names_the_input_in_every_parse() -> None:
    data = SEED.read_bytes()
    by_text = parse_text(data.decode("utf-8"), source="x.txt")
    by_bytes = parse_bytes(data, source="x.txt")
    by_path = parse_path(SEED, source="x.txt")
    assert by_text.source == by_bytes.source == by_path.source
    assert by_text.source.name == "x.txt"
    assert by_text.source.sha256 == hashlib.sha256(data).hexdigest()
    assert by_text == by_bytes == by_path


def test_source_defaults() -> None:
    assert parse_text(TEXT).source.name is None
    assert parse_bytes(TEXT.encode()).source.name is None
    assert parse_path(SEED).source.name == str(SEED)
    assert parse_path(os.fspath(SEED)).source.name == os.fspath(SEED)


def test_parse_path_raises_what_the_readme_says(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        parse_path(tmp_path / "missing.txt")
    with pytest.raises(IsADirectoryError):
        parse_path(tmp_path)
    readme = (ROOT / "README.md").read_text("utf-8")
    for name in ("FileNotFoundError", "IsADirectoryError", "PermissionError", "TypeError"):
        assert f"`{name}`" in readme, name


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_parse_path_raises_permission_error(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(TEXT, "utf-8")
    path.chmod(0)
    with pytest.raises(PermissionError):
        parse_path(path)


def test_parse_path_lets_a_permission_error_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root reads every file, so the refusal is made by hand: it must reach the caller as it is.
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied", str(args[0]))

    monkeypatch.setattr(source, "open", refuse, raising=False)
    with pytest.raises(PermissionError):
        parse_path(SEED)


def test_parse_path_gives_rp905_for_a_file_over_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(SEED.read_bytes())
    res = parse_path(path, max_size=100)
    assert [d.code for d in res.diagnostics] == ["RP905"]
    assert res.outcome is None
    assert parse_path(path, max_size=None).outcome == "approved"
    assert MAX_SIZE == 1_000_000


def test_the_package_exports_the_checked_functions() -> None:
    data: Any = b"x"
    with pytest.raises(TypeError, match="use parse_bytes"):
        ratsparse.parse_text(data)
