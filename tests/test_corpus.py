"""The real corpus (``../shared/corpus/real``): every file parses without an internal error, and
the texts the manifest calls ``not-resolution`` are reported as such (RP101).

The corpus is not part of the repository; these tests are skipped when it is absent. No corpus
text is copied here: everything is read from the corpus directory.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from ratsparse import Resolution, parse_path
from ratsparse.rules import RULES

# Collection needs the path before fixtures exist; the same place as conftest's CORPUS.
REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "real"


def _corpus_files() -> list[Path]:
    return sorted(REAL.glob("*.txt")) if REAL.is_dir() else []


def _manifest(corpus: Path) -> dict[str, str]:
    """File name → kind, from ``real/MANIFEST.tsv``."""
    with (corpus / "real" / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert rows, "MANIFEST.tsv is empty"
    assert {"file", "kind"} <= set(rows[0]), "MANIFEST.tsv lacks the file/kind columns"
    return {row["file"]: row["kind"] for row in rows}


def _files_of_kind(kind: str) -> list[Path]:
    if not (REAL / "MANIFEST.tsv").is_file():
        return []
    return [REAL / name for name, k in sorted(_manifest(REAL.parent).items()) if k == kind]


def _gold() -> dict[str, dict[str, Any]]:
    """File name → gold line, for the corpus files (``gold.jsonl``; seeds excluded)."""
    gold = REAL.parent / "gold.jsonl"
    if not gold.is_file():
        return {}
    lines = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    return {g["file"]: g for g in lines if "/" not in g["file"]}


def _settled() -> list[Path]:
    """Corpus files whose gold reading has an outcome: certainly resolutions."""
    return [REAL / name for name, g in sorted(_gold().items()) if g.get("outcome") is not None]


_cache: dict[Path, Resolution] = {}


def _parse(path: Path) -> Resolution:
    if path not in _cache:
        _cache[path] = parse_path(path)
    return _cache[path]


def test_corpus_is_there(corpus_dir: Path) -> None:
    files = sorted((corpus_dir / "real").glob("*.txt"))
    assert len(files) >= 10, "the corpus looks truncated"
    assert _files_of_kind("not-resolution"), "the manifest names no not-resolution file"


def test_manifest_covers_every_file(corpus_dir: Path) -> None:
    kinds = _manifest(corpus_dir)
    names = {p.name for p in (corpus_dir / "real").glob("*.txt")}
    assert names <= set(kinds), sorted(names - set(kinds))
    assert set(kinds.values()) <= {"resolution", "multi", "not-resolution"}


@pytest.mark.parametrize("path", _corpus_files(), ids=lambda p: p.stem)
def test_corpus_file_parses(corpus_dir: Path, path: Path) -> None:
    res = _parse(path)
    assert isinstance(res, Resolution)
    assert res.source.name == str(path)
    internal = [d for d in res.diagnostics if d.code == "RP904"]
    assert internal == [], f"{path.name}: {[d.message for d in internal]}"
    assert all(d.code in RULES for d in res.diagnostics)
    text_length = len(path.read_bytes().decode(res.source.encoding, errors="replace"))
    spans = [x.span for x in res.references] + [x.span for x in res.votes]
    spans += [x.span for x in res.clauses]
    for span in spans:
        assert 0 <= span.start <= span.end <= text_length, (path.name, span)


@pytest.mark.parametrize("path", _files_of_kind("not-resolution"), ids=lambda p: p.stem)
def test_not_resolution_carries_rp101(corpus_dir: Path, path: Path) -> None:
    codes = {d.code for d in _parse(path).diagnostics}
    assert "RP101" in codes, f"{path.name} is not a resolution but has no RP101"


@pytest.mark.parametrize("path", _settled(), ids=lambda p: p.stem)
def test_settled_resolution_has_no_rp101(corpus_dir: Path, path: Path) -> None:
    """A text whose gold reading has an outcome holds a resolution: RP101 would be wrong."""
    codes = {d.code for d in _parse(path).diagnostics}
    assert "RP101" not in codes, f"{path.name} has a resolution but was reported as none"
