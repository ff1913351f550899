"""OParl JSON in: every AgendaItem an item, its ``result`` and ``resolutionText`` read as text,
the OParl ids kept, spans into the file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ratsparse import parse_bytes, split_path
from ratsparse.cli.app import app
from ratsparse.models import Resolution

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "143-oparl-sitzung.json"
INPUTS = ROOT.parent / "shared" / "inputs" / "oparl"
AGENDA_ITEM = "https://schema.oparl.org/1.1/AgendaItem"
MEETING = "https://schema.oparl.org/1.0/Meeting"


def _parse(obj: Any) -> Resolution:
    return parse_bytes(json.dumps(obj, ensure_ascii=False, indent=1).encode(), "page.json")


def _item(number: str, result: str | None = None, **more: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"id": f"https://x.example/ai/{number}", "type": AGENDA_ITEM}
    item.update(number=number, name=f"Punkt {number}")
    if result is not None:
        item["result"] = result
    item.update(more)
    return item


def test_the_sample_meeting_gives_one_item_per_agenda_item() -> None:
    res = parse_bytes(SAMPLE.read_bytes(), SAMPLE.name)
    assert res.source.kind == "oparl"
    assert res.meeting.date is not None and res.meeting.date.isoformat() == "2025-09-23"
    assert [i.number for i in res.items] == ["Ö 1", "Ö 1.1", "Ö 1.2", "Ö 1.3", "Ö 1.4", "Ö 1.5"]
    assert [i.outcome for i in res.items] == [
        None,
        "approved",
        "approved",
        "rejected",
        "noted",
        None,
    ]
    counted = res.items[2].votes[0].counts
    assert (counted.yes, counted.no, counted.abstain) == (11, 2, 0)
    assert res.items[2].preamble is not None and "Variante B" in res.items[2].preamble
    assert res.outcome is None  # the decisions differ
    assert [d.code for d in res.diagnostics] == ["RP120"]
    assert res.items[3].oparl is not None
    assert (
        res.items[3].oparl.agenda_item
        == "https://ris.example.org/oparl/v1.1/body/1/agendaitem/5104"
    )
    assert res.items[3].oparl.meeting == "https://ris.example.org/oparl/v1.1/body/1/meeting/417"


def test_spans_point_into_the_file_through_escapes() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    res = parse_bytes(SAMPLE.read_bytes(), SAMPLE.name)
    for item in res.items:
        assert text[item.span.start] == "{" and text[item.span.end - 1] == "}"
        for vote in item.votes:
            as_json = text[vote.span.start : vote.span.end]
            assert json.loads(f'"{as_json}"') == vote.text
    # the result with \u00fc escapes: its group's span covers the escaped name as written
    (group,) = res.items[3].votes[0].groups.yes
    assert group.span is not None
    assert text[group.span.start : group.span.end] == "Fraktion B\\u00fcndnis 90/Die Gr\\u00fcnen"
    status = res.items[4].status
    assert status is not None and text[status.span.start : status.span.end] == "Kenntnisnahme"
    # line and column of the file
    line = text[: status.span.start].count("\n") + 1
    assert status.span.line == line
    assert status.span.column == status.span.start - text.rfind("\n", 0, status.span.start)


def test_a_result_and_a_resolution_text_are_read_as_one_item() -> None:
    item = _item(
        "3",
        "ungeändert beschlossen",
        resolutionText="Der Rat beschließt:\n1. Die Satzung wird erlassen.\n2. Sie tritt in Kraft.",
    )
    res = _parse(item)
    assert res.outcome == "approved"
    assert [c.number for c in res.clauses] == ["1", "2"]
    assert len(res.items) == 1 and res.items[0].number == "3"


def test_the_result_is_the_items_status_field() -> None:
    # OParl's result is what a text writes after "Beschluss:": read as its value is
    page = {
        "data": [
            _item("1", "erledigt"),
            _item("2", "Zugestimmt zu geändertem Beschlusstext"),
            _item("3", "(kein Text vorhanden)"),
            _item("4", "Ohne"),
            _item("5", "-.-"),
        ],
        "links": {},
        "pagination": {},
    }
    res = _parse(page)
    assert [i.outcome for i in res.items] == ["other", "approved_amended", None, None, None]
    assert res.items[0].status is not None and res.items[0].status.text == "erledigt"


def test_a_list_page_links_items_to_the_papers_it_holds() -> None:
    paper = {
        "id": "https://x.example/paper/7",
        "type": "https://schema.oparl.org/1.0/Paper",
        "reference": "VO/2024/0815",
        "paperType": "Beschlussvorlage",
        "consultation": [
            {
                "id": "https://x.example/consultation/9",
                "type": "https://schema.oparl.org/1.0/Consultation",
                "agendaItem": "https://x.example/ai/4",
            }
        ],
    }
    meeting = {
        "id": "https://x.example/meeting/2",
        "type": MEETING,
        "name": "Rat",
        "start": "2024-03-05T18:00:00+01:00",
        "agendaItem": [_item("4", "einstimmig beschlossen")],
    }
    res = _parse({"data": [paper, meeting], "links": {}, "pagination": {}})
    (item,) = res.items
    assert item.paper is not None and item.paper.reference == "VO/2024/0815"
    assert item.paper.kind == "Beschlussvorlage"
    assert item.oparl is not None and item.oparl.paper == "https://x.example/paper/7"
    assert res.paper == item.paper and res.outcome == "approved"


def test_items_of_several_meetings_keep_their_own_meeting(tmp_path: Path) -> None:
    meetings = [
        {
            "id": f"https://x.example/meeting/{n}",
            "type": MEETING,
            "name": f"Ausschuss {n}",
            "start": f"2024-0{n}-10T18:00:00+01:00",
            "agendaItem": [_item(f"{n}.1", "einstimmig beschlossen")],
        }
        for n in (1, 2)
    ]
    path = tmp_path / "meetings.json"
    path.write_text(json.dumps({"data": meetings}), encoding="utf-8")
    records = split_path(path)
    assert [r.meeting.date.isoformat() for r in records if r.meeting.date] == [
        "2024-01-10",
        "2024-02-10",
    ]
    assert [r.item.oparl.meeting for r in records if r.item and r.item.oparl] == [
        "https://x.example/meeting/1",
        "https://x.example/meeting/2",
    ]
    whole = parse_bytes(path.read_bytes())
    assert whole.meeting.date is None  # two meetings: each item says its own
    assert all(i.meeting is not None for i in whole.items)


@pytest.mark.parametrize(
    "data",
    [
        b'{"type": "https://schema.oparl.org/1.1/AgendaItem", "result": "einstimmig"',
        b"[" * 100_000 + b'"https://schema.oparl.org/1.0/x"' + b"]" * 100_000,
    ],
    ids=["cut-off", "deep"],
)
def test_json_that_does_not_parse_gives_rp907(data: bytes) -> None:
    res = parse_bytes(data, "broken.json")
    assert res.source.kind == "oparl"
    assert [d.code for d in res.diagnostics] == ["RP907"]
    assert res.items == ()


def test_a_file_without_agenda_items_says_what_it_holds() -> None:
    body = {"id": "https://x.example/body/1", "type": "https://schema.oparl.org/1.1/Body"}
    res = _parse(body)
    assert [d.code for d in res.diagnostics] == ["RP101"]
    assert "Body" in res.diagnostics[0].message


def test_a_text_that_only_mentions_json_is_read_as_text() -> None:
    res = parse_bytes(b"Beschluss: einstimmig beschlossen\n{siehe schema.oparl.org/1.1}\n")
    assert res.source.kind == "text" and res.outcome == "approved"


def test_the_cli_shows_each_item_and_splits_them(tmp_path: Path) -> None:
    runner = CliRunner()
    shown = runner.invoke(app, [str(SAMPLE)])
    assert shown.exit_code == 0, shown.output
    assert "Ö 1.3" in shown.output and "abgelehnt" in shown.output
    split = runner.invoke(app, ["split", str(SAMPLE), "--jsonl"])
    assert split.exit_code == 0
    records = [json.loads(line) for line in split.output.splitlines()]
    assert len(records) == 6
    assert [r["item"]["oparl"]["agenda_item"][-4:] for r in records] == [
        "5101",
        "5102",
        "5103",
        "5104",
        "5105",
        "5106",
    ]
    broken = tmp_path / "broken.json"
    broken.write_text('{"type": "https://schema.oparl.org/1.1/Meeting", ', encoding="utf-8")
    failed = runner.invoke(app, [str(broken)])
    assert failed.exit_code == 1 and "RP907" in failed.output


def test_convert_split_writes_a_row_per_agenda_item(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["convert", str(SAMPLE), "-o", str(out), "--split", "--quiet"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["item"]["number"] for r in rows] == [
        "Ö 1",
        "Ö 1.1",
        "Ö 1.2",
        "Ö 1.3",
        "Ö 1.4",
        "Ö 1.5",
    ]
    assert {r["source"]["kind"] for r in rows} == {"oparl"}


REAL = sorted(INPUTS.glob("*/*.json")) if INPUTS.is_dir() else []


@pytest.mark.skipif(not REAL, reason="../shared/inputs/oparl is not here")
@pytest.mark.parametrize("path", REAL, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_real_oparl_file_gives_each_agenda_item_once(path: Path) -> None:
    data = path.read_bytes()
    text = data.decode("utf-8-sig")
    ids: set[str] = set()

    def count(node: Any) -> None:
        if isinstance(node, list):
            for value in node:
                count(value)
        elif isinstance(node, dict):
            if str(node.get("type", "")).endswith("/AgendaItem"):
                ids.add(node["id"])
            for value in node.values():
                count(value)

    count(json.loads(text))
    res = parse_bytes(data, path.name)
    assert res.source.kind == "oparl"
    assert not [d for d in res.diagnostics if d.code in ("RP904", "RP907")]
    assert {i.oparl.agenda_item for i in res.items if i.oparl} == ids
    assert len(res.items) == len(ids)
    for item in res.items:
        assert 0 <= item.span.start < item.span.end <= len(text)
        for vote in item.votes:
            assert item.span.start <= vote.span.start <= vote.span.end <= item.span.end


def test_convert_to_sqlite_keeps_the_oparl_ids_and_meeting_per_item(tmp_path: Path) -> None:
    import sqlite3

    out = tmp_path / "out.sqlite"
    result = CliRunner().invoke(app, ["convert", str(SAMPLE), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(out) as db:
        kinds = db.execute("SELECT source_kind, item_count FROM resolutions").fetchall()
        rows = db.execute(
            "SELECT number, outcome, meeting_date, oparl_id FROM items ORDER BY seq"
        ).fetchall()
    assert kinds == [("oparl", 6)]
    assert rows[3] == (
        "Ö 1.3",
        "rejected",
        "2025-09-23",
        "https://ris.example.org/oparl/v1.1/body/1/agendaitem/5104",
    )
    assert [r[1] for r in rows] == [None, "approved", "approved", "rejected", "noted", None]
