"""RIS HTML pages in: the text a reader sees, read by the text rules, spans into the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from ratsparse import parse_bytes
from ratsparse.cli.app import app
from ratsparse.htmlpage import looks_like_html, page_text

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "144-sessionnet-seite.html"
INPUTS = ROOT.parent / "shared" / "inputs" / "html"


def _page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def test_the_sample_page_reads_as_its_text_would() -> None:
    res = parse_bytes(SAMPLE.read_bytes(), SAMPLE.name)
    assert res.source.kind == "html"
    assert res.status is not None and res.status.text == "mehrheitlich beschlossen"
    assert res.outcome == "approved"
    assert res.paper is not None and res.paper.reference == "VO/2025/0231"
    assert res.title == "Neufassung der Gebührensatzung für die Kindertagesstätten"
    assert [c.number for c in res.clauses] == ["1", "2"]
    (vote,) = res.votes
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (14, 5, 2)
    assert res.meeting.date is not None and res.meeting.date.isoformat() == "2025-10-14"


def test_spans_point_into_the_page() -> None:
    page = SAMPLE.read_text(encoding="utf-8")
    res = parse_bytes(SAMPLE.read_bytes(), SAMPLE.name)
    assert res.status is not None
    assert page[res.status.span.start : res.status.span.end] == "mehrheitlich beschlossen"
    assert res.paper is not None
    assert page[res.paper.span.start : res.paper.span.end] == "VO/2025/0231"
    # an entity is one character of the text and the whole entity in the page
    first = res.clauses[0]
    assert page[first.span.start : first.span.end].startswith("1. Die Geb&uuml;hrensatzung")
    line = page[: res.paper.span.start].count("\n") + 1
    assert res.paper.span.line == line


def test_scripts_styles_and_the_head_are_no_text() -> None:
    page = _page(
        "<p>Beschluss: einstimmig beschlossen</p><script>var Beschluss = 'abgelehnt';</script>",
        head="<title>abgelehnt</title><style>p { color: red }</style>",
    )
    text = page_text(page).text
    assert "abgelehnt" not in text and "color" not in text
    assert parse_bytes(page.encode()).outcome == "approved"


def test_inline_markup_inside_a_word_leaves_no_gap() -> None:
    text = page_text(_page("<p>Der Rat er<span>l</span>&auml;utert <b>die</b> Lage.</p>")).text
    assert text == "Der Rat erläutert die Lage.\n"


def test_label_cells_become_fields_and_other_cells_a_pipe_row() -> None:
    page = _page(
        "<table><tr><td>Gremium:</td><td>Rat</td><td>Beschlussart:</td>"
        "<td>ungeändert beschlossen</td></tr>"
        "<tr><th>Ja</th><th>Nein</th><th>Enthaltung</th></tr><tr><td>9</td><td>0</td><td></td></tr>"
        "</table>"
    )
    lines = page_text(page).text.splitlines()
    assert lines[0] == "Gremium: Rat | Beschlussart: ungeändert beschlossen"
    assert lines[1:3] == ["Ja | Nein | Enthaltung", "9 | 0"]


def test_every_character_maps_into_the_page() -> None:
    page = _page("<div>Ja:&nbsp;12 &amp; <i>Nein</i>: 3</div>\n<pre>a\n b</pre>")
    text = page_text(page)
    assert len(text.starts) == len(text.ends) == len(text.text)
    for char, start, end in zip(text.text, text.starts, text.ends, strict=True):
        assert 0 <= start <= end <= len(page)
        if start < end and char not in " \n":
            written = page[start:end]
            assert written == char or written.startswith("&"), (char, written)


@pytest.mark.parametrize(
    ("text", "is_page"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        ("<!-- saved from url -->\n<html><body><div>x</div></body></html>", True),
        ("\ufeff<html><table><tr><td>x</td></tr></table></html>", True),
        ("Beschluss: einstimmig <br> beschlossen", False),  # stray markup in a text
        ("<p>Ein Absatz</p>", False),
    ],
)
def test_what_counts_as_a_page(text: str, is_page: bool) -> None:
    assert looks_like_html(text) is is_page


def test_a_declared_latin_1_page_is_read_without_a_finding() -> None:
    page = _page(
        "<p>Beschluss: zur Kenntnis genommen</p><p>Gremium: Ausschuss f\xfcr Mobilit\xe4t</p>",
        head='<meta http-equiv="content-type" content="text/html; charset=iso-8859-1" />',
    )
    res = parse_bytes(page.encode("latin-1"))
    assert res.source.encoding == "cp1252"
    assert [d.code for d in res.diagnostics] == []
    assert res.outcome == "noted"
    undeclared = parse_bytes(_page("<p>Beschluss: beschlossen \xfcber</p>").encode("latin-1"))
    assert [d.code for d in undeclared.diagnostics] == ["RP903"]


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><table><tr><td>Beschluss:<td>abgelehnt</table>",  # cells never closed
        "<html><body><p>Beschluss: abgelehnt</div></span></p></td></tr>",  # stray end tags
        "<html><head><title>x</title><body><p>Beschluss: abgelehnt",  # head never closed
        "<html><body><p>Beschluss: abgelehnt &unknown; &#99999999; &",  # odd entities
    ],
)
def test_broken_markup_is_read(page: str) -> None:
    res = parse_bytes(page.encode())
    assert res.source.kind == "html"
    assert res.outcome == "rejected"
    assert not [d for d in res.diagnostics if d.code == "RP904"]


def test_the_cli_reads_a_page() -> None:
    result = CliRunner().invoke(app, [str(SAMPLE)])
    assert result.exit_code == 0, result.output
    assert "mehrheitlich beschlossen" in result.output and "VO/2025/0231" in result.output


REAL = sorted(INPUTS.glob("*/*.html")) if INPUTS.is_dir() else []


@pytest.mark.skipif(not REAL, reason="../shared/inputs/html is not here")
@pytest.mark.parametrize("path", REAL, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_real_page_is_read_with_spans_into_it(path: Path) -> None:
    data = path.read_bytes()
    res = parse_bytes(data, path.name)
    assert res.source.kind == "html"
    assert not [d for d in res.diagnostics if d.code in ("RP903", "RP904")]
    page = (
        data.decode("utf-8") if res.source.encoding.startswith("utf-8") else data.decode("cp1252")
    )
    for vote in res.votes:
        assert 0 <= vote.span.start < vote.span.end <= len(page)
    if res.status is not None:
        written = page[res.status.span.start : res.status.span.end]
        assert res.status.text.split()[0] in written


@pytest.mark.skipif(not REAL, reason="../shared/inputs/html is not here")
def test_the_allris_page_gives_its_decision_and_date() -> None:
    page = INPUTS / "allris" / "hamburg-altona_to020.html"
    res = parse_bytes(page.read_bytes(), page.name)
    assert res.status is not None and res.status.text == "zur Kenntnis genommen"
    assert res.outcome == "noted"
    assert res.meeting.date is not None and res.meeting.date.isoformat() == "2025-03-03"
