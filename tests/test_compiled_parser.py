"""lark-cython's compiled lexer and parser read exactly as Lark's own classes do.

ratsparse parses with lark-cython where it is installed and falls back to Lark's pure-Python
classes elsewhere; both paths must give the same resolutions, findings and offsets. A vote text
the compiled parser stumbles on is read again by Lark's classes, which recover from errors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ratsparse import parse_bytes
from ratsparse import parser as rp
from ratsparse.parser import Piece, parse_vote
from tests.conftest import CORPUS, SAMPLES

pytest.importorskip("lark_cython")


def _inputs() -> list[Path]:
    found = sorted(SAMPLES.glob("*.txt"))
    if (CORPUS / "real").is_dir():
        found += sorted((CORPUS / "real").glob("*.txt"))
    return found


def _parser_module(name: str) -> str:
    return type(rp.reader(name).parser.parser).__module__


def test_compiled_classes_are_used() -> None:
    for name in rp.GRAMMARS:
        assert _parser_module(name).startswith("lark_cython")


def test_same_reading_as_pure_python(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [p.read_bytes() for p in _inputs()]
    # Raw layouts the clean view never shows the grammar: tabs, no-break spaces, a lone CR.
    texts += [b"Beschluss:\t\xc2\xa0einstimmig\r\n\tJa: 1", b"\x0c1. a\x0b\n|||\n"]
    fast = [parse_bytes(t).model_dump_json() for t in texts]
    documents = [rp.parse_document(t.decode("utf-8", "replace")) for t in texts]
    monkeypatch.setattr(rp.tables, "compiled_plugins", dict)
    rp.reader.cache_clear()
    try:
        assert all(_parser_module(name).startswith("lark.") for name in rp.GRAMMARS)
        slow = [parse_bytes(t).model_dump_json() for t in texts]
        assert documents == [rp.parse_document(t.decode("utf-8", "replace")) for t in texts]
    finally:
        rp.reader.cache_clear()  # the next parse is compiled again
    assert fast == slow


def test_vote_recovery_skips_a_character_no_terminal_matches() -> None:
    # U+00A0 is no vote terminal and not ignored: Lark skips it and reads on (lark-cython 0.0.17
    # would fail here with a TypeError).
    result = parse_vote("Ja:\u00a013, Nein:\u00a00")
    assert Piece("\u00a0", 3, 4) in result.skipped
    assert [i.kind for i in result.items if i.kind != "filler"] == ["count", "count"]


def _broken_parser_class() -> type:
    from lark.parsers.lalr_parser import LALR_Parser

    class Broken(LALR_Parser):
        def parse(self, *args: object, **kwargs: object) -> object:
            raise RuntimeError("a compiled parser that does not fit this Lark")

    return Broken


@pytest.mark.parametrize("breaks", ["at parse", "at build"])
def test_a_broken_compiled_parser_falls_back_to_lark(
    breaks: str, monkeypatch: pytest.MonkeyPatch, seed_path: Path
) -> None:
    expected = parse_bytes(seed_path.read_bytes()).model_dump_json()
    broken = _broken_parser_class() if breaks == "at parse" else object
    monkeypatch.setattr(rp.tables, "compiled_plugins", lambda: {"LALR_Parser": broken})
    rp.reader.cache_clear()
    try:
        assert parse_bytes(seed_path.read_bytes()).model_dump_json() == expected
    finally:
        rp.reader.cache_clear()
