"""How an input's kind is told (from its content) and forced (--from)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ratsparse.cli.app import app
from ratsparse.core import read_bytes

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("01-koeln-kopf-einstimmig-zugestimmt.txt", "text"),
        ("143-oparl-sitzung.json", "oparl"),
        ("144-sessionnet-seite.html", "html"),
        ("146-niederschrift-pdf.pdf", "pdf"),
    ],
)
def test_the_kind_is_told_from_the_content_whatever_the_name(
    name: str, kind: str, tmp_path: Path
) -> None:
    renamed = tmp_path / "export.dat"
    renamed.write_bytes((SAMPLES / name).read_bytes())
    assert read_bytes(renamed.read_bytes()).source.kind == kind


def test_from_forces_the_kind() -> None:
    page = (SAMPLES / "143-oparl-sitzung.json").read_bytes()
    as_text = read_bytes(page, kind="text")
    assert as_text.source.kind == "text" and as_text.items == ()
    text = (SAMPLES / "01-koeln-kopf-einstimmig-zugestimmt.txt").read_bytes()
    assert [d.code for d in read_bytes(text, kind="oparl").diagnostics] == ["RP907"]
    assert [d.code for d in read_bytes(text, kind="pdf").diagnostics] == ["RP910"]
    assert read_bytes(text, kind="html").source.kind == "html"


def test_the_cli_takes_from_and_refuses_an_unknown_kind(tmp_path: Path) -> None:
    runner = CliRunner()
    page = str(SAMPLES / "143-oparl-sitzung.json")
    forced = runner.invoke(app, ["parse", "--from", "text", page, "--json"])
    assert forced.exit_code == 0
    assert json.loads(forced.output)["source"]["kind"] == "text"
    wrong = runner.invoke(app, ["parse", "--from", "xml", page])
    assert wrong.exit_code == 2 and "choose one of text, html, oparl, pdf" in wrong.output
    out = tmp_path / "out.jsonl"
    converted = runner.invoke(app, ["convert", page, "-o", str(out), "--from", "text", "-q"])
    assert converted.exit_code == 0, converted.output
    assert json.loads(out.read_text(encoding="utf-8"))["source"]["kind"] == "text"
    refused = runner.invoke(app, ["convert", page, "-o", str(tmp_path / "x.jsonl"), "--from", "x"])
    assert refused.exit_code == 2


def test_a_resumed_convert_keeps_the_kind_it_was_run_with(tmp_path: Path) -> None:
    from ratsparse.convert import OutputError
    from ratsparse.convert.engine import _read_journal

    journal = tmp_path / "out.jsonl.journal"
    header = {"format": "jsonl", "sharded": False, "split": False, "from": "oparl"}
    journal.write_text(json.dumps(header) + "\n", encoding="utf-8")
    with pytest.raises(OutputError, match="--from"):
        _read_journal(journal, "jsonl", False, None, kind=None)
    assert _read_journal(journal, "jsonl", False, None, kind="oparl").mark is None


def test_convert_says_which_glob_takes_a_folder_of_pages(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(3):
        (folder / f"to020-{n}.html").write_bytes(
            (SAMPLES / "144-sessionnet-seite.html").read_bytes()
        )
    result = CliRunner().invoke(app, ["convert", str(folder), "-o", str(tmp_path / "o.jsonl")])
    assert "no input files found" in result.output
    assert "3 *.html: add --glob '**/*.html'" in result.output
    taken = CliRunner().invoke(
        app, ["convert", str(folder), "-o", str(tmp_path / "p.jsonl"), "--glob", "**/*.html", "-q"]
    )
    assert taken.exit_code == 0
    rows = (tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 3 and all(json.loads(r)["source"]["kind"] == "html" for r in rows)
