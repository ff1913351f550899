"""PDF minutes in: the text layer page by page, furniture blanked, scans refused."""

from __future__ import annotations

import builtins
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ratsparse import page_of, parse_bytes, parse_path
from ratsparse.cli.app import app
from ratsparse.pdf import _furniture, is_pdf
from tests.pdfmaker import make_pdf

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "146-niederschrift-pdf.pdf"
INPUTS = ROOT.parent / "shared" / "inputs" / "pdf"


def test_the_sample_minutes_give_their_items() -> None:
    res = parse_path(SAMPLE)
    assert res.source.kind == "pdf" and res.source.encoding == "pdf"
    assert res.source.pages is not None and len(res.source.pages) == 4
    assert [i.number for i in res.items] == ["TOP 1", "TOP 2", "TOP 3", "TOP 4", "TOP 5"]
    assert [i.outcome for i in res.items] == ["approved", "approved", "rejected", "noted", None]
    counts = res.items[1].votes[0].counts
    assert (counts.yes, counts.no, counts.abstain) == (10, 2, 1)
    assert res.meeting.date is not None and res.meeting.date.isoformat() == "2025-05-12"
    # the vote of TOP 2 stands on page 2, after the running head
    assert page_of(res.source, res.items[1].votes[0].span) == 2
    assert page_of(res.source, res.items[0].span) == 1
    assert page_of(parse_bytes(b"Beschluss: vertagt").source, res.items[0].span) is None


def test_running_heads_and_page_numbers_are_furniture() -> None:
    head = "Stadt Nordheim - Niederschrift vom 12.05.2025 - Seite {}"
    words = ["Haushalt", "Bebauungsplan", "Feuerwehr", "Schule"]
    pages = [
        f"{head.format(n)}\nText über {word} 2025\nEinstimmig angenommen.\nZeile drei\n- {n} -"
        for n, word in enumerate(words, 1)
    ]
    for page, stretches in zip(pages, _furniture(pages), strict=True):
        blanked = {page[a:b] for a, b in stretches}
        assert any(line.startswith("Stadt Nordheim") for line in blanked)
        assert any(line.startswith("- ") for line in blanked)
        # a line that repeats, but not in the same place of the page, is no furniture
        assert not any("Text über" in line or "Einstimmig" in line for line in blanked)


def test_a_running_head_does_not_cut_a_vote_in_two() -> None:
    head = "Niederschrift Gemeinderat Nordheim 12.05.2025"
    pdf = make_pdf(
        [
            ["Beschluss: mehrheitlich beschlossen", "Der Gemeinderat beschließt die Satzung.",
             "Abstimmungsergebnis:"],
            [head, "Ja: 10, Nein: 2, Enthaltungen: 1", "Seite 2"],
            [head, "Die Sitzung endet um 21:10 Uhr.", "Seite 3"],
        ]
    )  # fmt: skip
    res = parse_bytes(pdf)
    (vote,) = res.votes
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (10, 2, 1)
    assert res.outcome == "approved"


def test_a_scan_without_text_is_an_error_not_an_empty_success() -> None:
    res = parse_bytes(make_pdf([[], []]), "scan.pdf")
    assert [d.code for d in res.diagnostics] == ["RP909"]
    assert res.source.pages == (0, 1)


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\nnot really a PDF\n",
        # a page the file lists but does not hold (found by fuzzing: it was RP904)
        make_pdf([["Beschluss: vertagt"], ["Seite zwei"]]).replace(
            b"/Kids [4 0 R", b"/Kids [9 0 R"
        ),
    ],
    ids=["not-a-pdf", "missing-page"],
)
def test_a_damaged_pdf_is_rp910(data: bytes) -> None:
    res = parse_bytes(data, "broken.pdf")
    assert [d.code for d in res.diagnostics] == ["RP910"]
    assert res.source.kind == "pdf"


def test_without_the_extra_rp908_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_pdfium(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("pypdfium2"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pdfium)
    res = parse_bytes(SAMPLE.read_bytes())
    (finding,) = res.diagnostics
    assert finding.code == "RP908" and "ratsparse[pdf]" in finding.message


def test_pdf_is_known_by_its_bytes() -> None:
    assert is_pdf(SAMPLE.read_bytes())
    assert is_pdf(b"\n\n%PDF-1.4 ...")
    assert not is_pdf(b"Beschluss: %PDF-1.4 steht erst nach einem Kilobyte" * 0 + b"x" * 2000)


def test_the_cli_reads_a_pdf_and_fails_a_scan(tmp_path: Path) -> None:
    runner = CliRunner()
    shown = runner.invoke(app, [str(SAMPLE)])
    assert shown.exit_code == 0, shown.output
    assert "TOP 3" in shown.output and "abgelehnt" in shown.output
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(make_pdf([[]]))
    failed = runner.invoke(app, [str(scan)])
    assert failed.exit_code == 1 and "RP909" in failed.output


REAL = sorted(INPUTS.glob("*/*.pdf")) if INPUTS.is_dir() else []


@pytest.mark.skipif(not REAL, reason="../shared/inputs/pdf is not here")
@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_every_real_pdf_is_read_or_refused_clearly(path: Path) -> None:
    res = parse_path(path)
    codes = [d.code for d in res.diagnostics]
    assert "RP904" not in codes and "RP910" not in codes
    assert res.source.pages is not None
    if "RP909" not in codes:
        for item in res.items:
            assert page_of(res.source, item.span) is not None


@pytest.mark.skipif(not REAL, reason="../shared/inputs/pdf is not here")
def test_the_austrian_minutes_give_their_numbered_items() -> None:
    res = parse_path(INPUTS / "wels-at" / "wels_gemeinderat_2022-04-04_verhandlungsschrift.pdf")
    numbered = [i for i in res.items if i.number]
    assert [i.number for i in numbered][:3] == ["1.)", "2.)", "3.)"]
    assert sum(i.outcome == "approved" for i in numbered) >= 6
    assert (
        parse_path(INPUTS / "koeln-scans" / "koeln_bv-porz_2008_antrag_scan.pdf")
        .diagnostics[0]
        .code
        == "RP909"
    )
