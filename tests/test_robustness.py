"""The same resolution, exported differently, reads the same.

RIS exports differ in line ends, spaces, blank lines, indentation, HTML paragraphs and where they
hard-wrap lines. Every sample is re-exported in each of these ways and must keep the fields that
matter to users and to the corpus score: meeting date, paper references, outcome, the decisive
vote's unanimity, counts and groups per side, and the number of clauses.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ratsparse import Resolution, parse_path, parse_text
from tests.conftest import SAMPLES


def _fields(res: Resolution) -> dict[str, Any]:
    vote = next((v for v in res.votes if v.decisive), None)
    sides: dict[str, Any] = {}
    if vote is not None:
        sides = {
            s: sorted(g.name for g in getattr(vote.groups, s)) for s in ("yes", "no", "abstain")
        }
    return {
        "meeting_date": res.meeting.date,
        "references": sorted(r.reference for r in res.references),
        "outcome": res.outcome,
        "unanimous": vote.unanimous if vote else None,
        "counts": (vote.counts.yes, vote.counts.no, vote.counts.abstain) if vote else None,
        "groups": sides,
        "clauses": len(res.clauses),
    }


def _wrap(text: str, width: int) -> str:
    lines: list[str] = []
    for line in text.split("\n"):
        wrapped = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        table = "|" in line or "   " in line.strip()  # columns are laid out, not wrapped
        lines.extend(wrapped if len(line) > width and not table else [line])
    return "\n".join(lines)


EXPORTS: dict[str, Callable[[str], str]] = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "nbsp": lambda t: t.replace(" ", "\u00a0", 50),
    "html-paragraphs": lambda t: "<p>" + t.replace("\n\n", "</p>\n<p>") + "</p>",
    "no-blank-lines": lambda t: re.sub(r"\n\s*\n", "\n", t),
    "double-blank-lines": lambda t: t.replace("\n\n", "\n\n\n"),
    "indented": lambda t: "\n".join("   " + line for line in t.split("\n")),
    "tabs-after-labels": lambda t: t.replace(": ", ":\t"),
    "wrapped-at-70": lambda t: _wrap(t, 70),
}


def _samples() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


@pytest.mark.parametrize("export", sorted(EXPORTS), ids=str)
@pytest.mark.parametrize("sample", _samples(), ids=lambda p: p.stem)
def test_another_export_reads_the_same(sample: Path, export: str) -> None:
    original = parse_path(sample)
    text = sample.read_bytes().decode(original.source.encoding)
    assert _fields(parse_text(EXPORTS[export](text))) == _fields(original)


def test_the_exports_change_the_text() -> None:
    text = (
        "Beschluss: beschlossen\n\nDer Rat beschließt die Satzung über die Gebühren der Stadt "
        "und beauftragt die Verwaltung mit der Umsetzung.\n"
    )
    assert all(export(text) != text for export in EXPORTS.values())


def _corpus_files() -> list[Path]:
    """The gold-annotated corpus files: those whose fields are scored."""
    from tests.conftest import CORPUS

    gold = CORPUS / "gold.jsonl"
    if not gold.is_file():
        return []
    names = [json.loads(line)["file"] for line in gold.read_text("utf-8").splitlines() if line]
    return [CORPUS / "real" / name for name in names if "/" not in name]


@pytest.mark.parametrize("export", sorted(EXPORTS), ids=str)
@pytest.mark.parametrize("path", _corpus_files(), ids=lambda p: p.stem)
def test_a_real_text_exported_otherwise_reads_the_same(
    corpus_dir: Path, path: Path, export: str
) -> None:
    original = parse_path(path)
    text = path.read_bytes().decode(original.source.encoding, errors="replace")
    assert _fields(parse_text(EXPORTS[export](text))) == _fields(original)
