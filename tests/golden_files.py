"""Golden files: the JSON each sample in ``samples/`` parses to, produced by the code and reviewed.

Regenerate after a reviewed change with ``python -m tests.golden_files`` (from the repo root), then
read the diff before committing it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
GOLDEN = ROOT / "tests" / "golden"


def sample_files() -> list[Path]:
    """Every sample: texts (``*.txt``), OParl (``*.json``), RIS pages (``*.html``) and PDF, found by
    glob (never listed by hand)."""
    return sorted(
        p for suffix in ("txt", "json", "html", "pdf") for p in SAMPLES.glob(f"*.{suffix}")
    )


def golden_path(sample: Path) -> Path:
    return GOLDEN / f"{sample.stem}.json"


def render(sample: Path) -> dict[str, Any]:
    """The contract object of a sample, with the source named by file name only."""
    from ratsparse import parse_bytes

    result: dict[str, Any] = parse_bytes(sample.read_bytes(), source=sample.name).model_dump(
        mode="json"
    )
    return result


def dump(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for sample in sample_files():
        golden_path(sample).write_text(dump(render(sample)), encoding="utf-8")
    stale = {p.stem for p in GOLDEN.glob("*.json")} - {s.stem for s in sample_files()}
    for stem in sorted(stale):
        (GOLDEN / f"{stem}.json").unlink()
    sys.stdout.write(f"wrote {len(sample_files())} golden files, removed {len(stale)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
