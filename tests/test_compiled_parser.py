"""lark-cython's compiled lexer and parser read exactly as Lark's own classes do.

ratsparse parses with lark-cython where it is installed and falls back to Lark's pure-Python
classes elsewhere; both paths must give the same resolutions, findings and offsets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ratsparse import parse_bytes
from ratsparse import parser as rp
from tests.conftest import CORPUS, SAMPLES

lark_cython = pytest.importorskip("lark_cython")

VOTE_TEXTS = (
    "Bei Stimmenthaltung der FDP-Fraktion zugestimmt",
    "Ja: 12 (4 CDU, 4 SPD,\n2 BÜNDNIS 90/DIE GRÜNEN)\nNein: 3\nEnthaltung: 1",
    "Zustimmung: CDU (12), SPD (4)",
    "mit 17:3 Stimmen abgelehnt",
    "31 Ja-Stimmen (SPD, Grüne) ) , ; :",  # a stray parenthesis and punctuation are skipped
    "Ja: 12 (4 CDU,",  # an unclosed list: the whole text is unplaceable
    "gegen die Stimmen der AfD und bei Enthaltung der Grünen (Herr X nimmt nicht teil.)",
)


def _inputs() -> list[Path]:
    found = sorted(SAMPLES.glob("*.txt"))
    if (CORPUS / "real").is_dir():
        found += sorted((CORPUS / "real").glob("*.txt"))
    return found


def test_compiled_classes_are_used() -> None:
    for name in rp.GRAMMARS:
        assert type(rp._reader(name).parser.parser).__module__.startswith("lark_cython")


def _read_all() -> tuple[list[str], list[rp.VoteParse]]:
    resolutions = [parse_bytes(p.read_bytes(), source=p.name).model_dump_json() for p in _inputs()]
    return resolutions, [rp.parse_vote(text) for text in VOTE_TEXTS]


def test_same_reading_as_pure_python(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _read_all()
    monkeypatch.setattr(rp, "compiled_plugins", dict)
    rp._reader.cache_clear()
    try:
        assert type(rp._reader("vote").parser.parser).__module__.startswith("lark.")
        slow = _read_all()
    finally:
        rp._reader.cache_clear()  # the next parse is compiled again
    assert fast[0] == slow[0]
    assert fast[1] == slow[1]
    assert any(v.skipped for v in slow[1])  # the recovery path is compared too
