"""``ratsparse convert``: every input accounted for, every format, exit codes, order, errors."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from ratsparse import parse_bytes
from ratsparse.convert import TABLES
from ratsparse.oparl_out import to_oparl
from tests.convert_archive import CP1252, EXPECTED_ERRORS, GOOD, make_archive

RunCli = Callable[..., Result]

N_GOOD = len(GOOD) + 1  # and the cp1252 file
N_INPUTS = N_GOOD + len(EXPECTED_ERRORS)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return make_archive(tmp_path / "archive")


def _rel(path: str, archive: Path) -> str:
    return Path(path).relative_to(archive).as_posix()


def _sqlite_rows(db: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as con:
        return con.execute(sql, args).fetchall()


def test_every_input_is_accounted_for_and_good_ones_converted(
    run_cli: RunCli, archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "koeln.sqlite"
    result = run_cli("convert", archive, "-o", out, "--jobs", "1")
    assert result.exit_code == 1, result.stderr
    assert result.stdout == ""
    summary = re.search(
        r"(\d+) files seen: (\d+) clean, (\d+) with warnings, (\d+) failed, (\d+) skipped",
        result.stderr,
    )
    assert summary is not None, result.stderr
    seen, clean, warnings, failed, skipped = map(int, summary.groups())
    assert (seen, failed, skipped) == (N_INPUTS, len(EXPECTED_ERRORS), 0)
    by_state = dict(_sqlite_rows(out, "SELECT state, count(*) FROM resolutions GROUP BY state"))
    assert (clean, warnings) == (by_state.get("clean", 0), by_state.get("warnings", 0))
    assert clean + warnings == N_GOOD
    errors = {
        _rel(p, archive): code for p, code in _sqlite_rows(out, "SELECT path, code FROM errors")
    }
    assert errors == EXPECTED_ERRORS
    paths = [_rel(p, archive) for (p,) in _sqlite_rows(out, "SELECT path FROM resolutions")]
    # Parsed inputs (empty and binary too: they fail with a diagnostic) are resolution rows.
    assert sorted(paths) == sorted([*GOOD, "cp1252.txt", "empty.txt", "binary.txt"])
    states = dict(_sqlite_rows(out, "SELECT path, state FROM resolutions"))
    assert states[str(archive / "empty.txt")] == "failed"
    assert states[str(archive / "rat-2023-01.txt")] in ("clean", "warnings")
    enc = _sqlite_rows(out, "SELECT encoding FROM resolutions WHERE path LIKE '%cp1252.txt'")
    assert enc == [("cp1252",)]
    # Every input has one id in input order: resolutions and errors share the numbering (an
    # input that parsed but failed is in both).
    ids = _sqlite_rows(out, "SELECT id FROM resolutions UNION SELECT id FROM errors ORDER BY id")
    assert [i for (i,) in ids] == list(range(1, N_INPUTS + 1))
    both = _sqlite_rows(out, "SELECT e.code FROM errors e JOIN resolutions r ON r.id = e.id")
    assert sorted(both) == [("RP901",), ("RP902",)]
    assert not out.with_name(out.name + ".part").exists()


def test_sqlite_tables_join(run_cli: RunCli, archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.sqlite"
    run_cli("convert", archive, "-o", out, "-j", "1")
    # Who voted no on which paper: resolutions ⋈ votes ⋈ vote_groups.
    rows = _sqlite_rows(
        out,
        """SELECT r.paper_reference, v.outcome, g.side, g.party
           FROM resolutions r
           JOIN votes v ON v.resolution_id = r.id
           JOIN vote_groups g ON g.resolution_id = v.resolution_id AND g.vote_seq = v.seq
           WHERE v.decisive ORDER BY g.side, g.party""",
    )
    assert ("VO/0042/2023", "approved", "no", "FDP") in rows
    assert ("VO/0042/2023", "approved", "yes", "SPD") in rows
    counts = _sqlite_rows(
        out,
        """SELECT v.yes, v.no, v.abstain FROM votes v JOIN resolutions r
           ON r.id = v.resolution_id WHERE r.paper_reference = 'AN/0007/2023'""",
    )
    assert counts == [(12, 30, 2)]
    clauses = _sqlite_rows(
        out,
        """SELECT r.paper_reference, c.number FROM clauses c
           JOIN resolutions r ON r.id = c.resolution_id ORDER BY r.id, c.seq""",
    )
    assert ("VO/0042/2023", "1") in clauses
    assert ("VO/0042/2023", "2") in clauses
    # Full-text search over clause text.
    hits = _sqlite_rows(
        out,
        """SELECT r.paper_reference FROM clauses_fts f JOIN clauses c ON c.rowid = f.rowid
           JOIN resolutions r ON r.id = c.resolution_id WHERE clauses_fts MATCH 'radweg'""",
    )
    assert hits == [("VO/0042/2023",)]
    vote_hits = _sqlite_rows(out, "SELECT count(*) FROM votes_fts WHERE votes_fts MATCH 'FDP'")
    assert vote_hits == [(1,)]
    # ... and over the decided text without clauses, which stands in the preamble
    prose_hits = _sqlite_rows(
        out,
        """SELECT r.paper_reference FROM resolutions_fts f JOIN resolutions r ON r.id = f.rowid
           WHERE resolutions_fts MATCH 'marktplatz*'""",
    )
    assert prose_hits == [("AN/0007/2023",)]
    with sqlite3.connect(out) as con:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        fks = con.execute("PRAGMA foreign_key_list(vote_groups)").fetchall()
        indexes = {r[1] for r in con.execute("PRAGMA index_list(paper_refs)")}
    assert {fk[2] for fk in fks} == {"resolutions", "votes"}
    assert any(name.startswith("ix_paper_refs") for name in indexes)


def test_a_records_urn_is_the_same_in_every_run_and_names_its_oparl_objects(
    run_cli: RunCli, archive: Path, tmp_path: Path
) -> None:
    whole, part = tmp_path / "whole.sqlite", tmp_path / "part.sqlite"
    run_cli("convert", archive, "-o", whole, "-j", "2")
    run_cli("convert", archive / "nested", "-o", part, "-j", "1")
    sql = "SELECT path, id, urn FROM resolutions WHERE path LIKE '%bv-2023-03.txt'"
    ((_, id_whole, urn_whole),) = _sqlite_rows(whole, sql)
    ((_, id_part, urn_part),) = _sqlite_rows(part, sql)
    assert id_whole != id_part  # ids are places in a run
    assert urn_whole == urn_part  # the urn is the content's
    urns = _sqlite_rows(whole, "SELECT urn FROM resolutions WHERE urn IS NOT NULL")
    assert len(set(urns)) == len(urns) == N_INPUTS - 3  # (one per input read; no two alike)
    # the OParl objects of the same text carry it: the tables join to --to oparl's output
    text = (archive / "nested" / "bv-2023-03.txt").read_bytes()
    objects = to_oparl(parse_bytes(text).model_dump(mode="json"))
    item = next(o for o in objects if o["type"].endswith("/AgendaItem"))
    assert item["id"] == f"{urn_whole}:agendaitem:1"


def test_jsonl_lines_are_the_contract_in_input_order(
    run_cli: RunCli, archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    result = run_cli("convert", archive, "-o", out, "-j", "2")
    assert result.exit_code == 1
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    names = [_rel(d["source"]["name"], archive) for d in docs]
    # Sorted by name within a folder; a folder's own files before its subfolders'.
    assert names == [
        "binary.txt",
        "cp1252.txt",
        "empty.txt",
        "rat-2023-01.txt",
        "rat-2023-02.txt",
        "nested/bv-2023-03.txt",
    ]
    first = archive / "rat-2023-01.txt"
    expected = parse_bytes(first.read_bytes(), source=str(first)).model_dump(mode="json")
    assert docs[names.index("rat-2023-01.txt")] == expected
    cp = parse_bytes(CP1252, source=str(archive / "cp1252.txt")).model_dump(mode="json")
    assert docs[names.index("cp1252.txt")] == cp
    errors = [json.loads(x) for x in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert {_rel(e["path"], archive): e["code"] for e in errors} == EXPECTED_ERRORS


def test_json_is_one_array(run_cli: RunCli, archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    run_cli("convert", archive / "rat-2023-01.txt", archive / "rat-2023-02.txt", "-o", out)
    docs = json.loads(out.read_text(encoding="utf-8"))
    assert [d["paper"]["reference"] for d in docs] == ["VO/0042/2023", "AN/0007/2023"]
    assert not (tmp_path / "out.errors.jsonl").exists()


def test_json_of_nothing_is_an_empty_array(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "empty-folder").mkdir()
    result = run_cli("convert", tmp_path / "empty-folder", "-o", tmp_path / "out.json")
    assert result.exit_code == 0
    assert "no input files found" in result.stderr
    assert json.loads((tmp_path / "out.json").read_text()) == []


def test_csv_folder_has_every_table_with_stable_columns(
    run_cli: RunCli, archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "tables"
    result = run_cli("convert", archive, "-o", out, "--to", "csv", "-j", "1")
    assert result.exit_code == 1
    for table in TABLES:
        with (out / f"{table.name}.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert tuple(rows[0]) == table.column_names
    with (out / "errors.csv").open(encoding="utf-8", newline="") as handle:
        errors = {_rel(r["path"], archive): r["code"] for r in csv.DictReader(handle)}
    assert errors == EXPECTED_ERRORS
    with (out / "clauses.csv").open(encoding="utf-8", newline="") as handle:
        clauses = list(csv.DictReader(handle))
    assert any("Radweg" in c["text"] for c in clauses)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["seen"] == N_INPUTS
    assert manifest["tables"]["votes"][:2] == ["resolution_id", "seq"]


def test_a_folder_output_defaults_to_csv(run_cli: RunCli, archive: Path, tmp_path: Path) -> None:
    result = run_cli("convert", archive / "nested", "-o", f"{tmp_path / 'tables'}/")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "tables" / "resolutions.csv").is_file()


MINUTES = (
    "Niederschrift über die Sitzung des Ortsrates am 20.04.2023\n\n"
    "TOP 1 Feststellung der Tagesordnung\n"
    "Die Tagesordnung wird einstimmig festgestellt.\n\n"
    "TOP 2 Bänke am Dorfteich\n"
    "Der Ortsrat beschließt:\n"
    "1. Am Dorfteich werden drei Bänke aufgestellt.\n"
    "2. Die Kosten trägt das Ortsratsbudget.\n"
    "Abstimmungsergebnis: Ja: 6, Nein: 1, Enthaltungen: 0\n"
)
"""Minutes of two decided items, written for these tests."""


def test_minutes_give_a_row_per_item_and_keep_every_vote(
    run_cli: RunCli, archive: Path, tmp_path: Path
) -> None:
    (archive / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    out = tmp_path / "out.sqlite"
    run_cli("convert", archive / "minutes.txt", "-o", out)
    assert _sqlite_rows(out, "SELECT outcome, item_count FROM resolutions") == [("approved", 2)]
    assert _sqlite_rows(out, "SELECT seq, number, title, outcome, vote_count FROM items") == [
        (1, "TOP 1", "Feststellung der Tagesordnung", "approved", 1),
        (2, "TOP 2", "Bänke am Dorfteich", "approved", 1),
    ]
    votes = "SELECT item_seq, unanimous, yes, no FROM votes ORDER BY seq"
    assert _sqlite_rows(out, votes) == [(1, 1, None, None), (2, 0, 6, 1)]
    clauses = "SELECT item_seq, number FROM clauses ORDER BY seq"
    assert _sqlite_rows(out, clauses) == [(2, "1"), (2, "2")]


def test_parquet_tables_match_sqlite(run_cli: RunCli, archive: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    (archive / "minutes.txt").write_text(MINUTES, encoding="utf-8")  # rows of items
    run_cli("convert", archive, "-o", tmp_path / "out.sqlite", "-j", "1")
    result = run_cli("convert", archive, "-o", tmp_path / "out.parquet", "-j", "1")
    assert result.exit_code == 1, result.stderr
    for table in TABLES:
        data = pq.read_table(tmp_path / "out.parquet" / table.name)
        assert tuple(data.column_names) == table.column_names
        from_parquet = [tuple(r.values()) for r in data.to_pylist()]
        from_sqlite = _sqlite_rows(tmp_path / "out.sqlite", f"SELECT * FROM {table.name}")

        def norm(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
            # (Parquet's dates are dates; SQLite's their ISO text)
            return sorted(
                tuple(
                    int(v)
                    if isinstance(v, bool)
                    else v.isoformat()
                    if isinstance(v, dt.date)
                    else v
                    for v in r
                )
                for r in rows
            )

        assert norm(from_parquet) == norm(from_sqlite), table.name
        assert len(from_parquet) > 0 or table.name in ("paper_refs",), table.name


def test_parquet_types_dates_and_enumerations(
    run_cli: RunCli, archive: Path, tmp_path: Path
) -> None:
    """Dates are Parquet dates (``meeting_date > DATE '2015-01-01'`` in DuckDB), and the values
    of a closed set dictionary-encoded."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    run_cli("convert", archive, "-o", tmp_path / "out.parquet", "-j", "1")
    data = pq.read_table(tmp_path / "out.parquet" / "resolutions")
    assert data.schema.field("meeting_date").type == pa.date32()
    assert data.schema.field("outcome").type == pa.dictionary(pa.int32(), pa.string())
    later = data.filter(pc.greater(data["meeting_date"], pa.scalar(dt.date(2015, 1, 1))))
    assert later.num_rows > 0
    assert all(d > dt.date(2015, 1, 1) for d in later["meeting_date"].to_pylist())
    groups = pq.read_table(tmp_path / "out.parquet" / "vote_groups")
    assert groups.schema.field("side").type == pa.dictionary(pa.int32(), pa.string())


def test_glob_and_files_from(run_cli: RunCli, archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run_cli("convert", archive, "--glob", "rat-*.txt", "-o", out)
    assert result.exit_code == 0, result.stderr
    assert "2 files seen: " in result.stderr
    listed = f"{archive / 'rat-2023-02.txt'}\n\n{archive / 'nested'}\n"
    result = run_cli("convert", "--files-from", "-", "-o", out, input=listed)
    assert result.exit_code == 0, result.stderr
    names = [json.loads(x)["source"]["name"] for x in out.read_text().splitlines()]
    assert names == [str(archive / "rat-2023-02.txt"), str(archive / "nested/bv-2023-03.txt")]
    listing = tmp_path / "list.txt"
    listing.write_text(f"{archive / 'notes.md'}\n", encoding="utf-8")
    result = run_cli("convert", "--files-from", listing, "-o", out)
    assert (
        result.exit_code == 1
    )  # a listed file is taken whatever its name; this one is no resolution
    assert "1 files seen" in result.stderr


def test_max_file_size_refuses_cleanly(run_cli: RunCli, archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.sqlite"
    result = run_cli(
        "convert",
        archive / "nested",
        archive / "rat-2023-01.txt",
        "--max-file-size",
        "200",
        "-o",
        out,
    )
    assert result.exit_code == 1
    rows = _sqlite_rows(out, "SELECT path, code FROM errors")
    assert rows == [(str(archive / "rat-2023-01.txt"), "too-large")]


def test_abort_on_error_stops_and_can_resume(
    run_cli: RunCli, archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    result = run_cli("convert", archive, "-o", out, "-j", "1", "--abort-on-error")
    assert result.exit_code == 1
    assert "binary.txt" in result.stderr and "--abort-on-error" in result.stderr
    assert not out.exists()
    assert out.with_name("out.jsonl.part").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["convert"], "Usage"),
        (["convert", "nowhere/"], "give the output with -o OUT"),
        (["convert", "-o", "x.jsonl"], "give files or folders"),
        (["convert", "nowhere/", "-o", "x.jsonl"], "nowhere/: no such file or directory"),
        (["convert", ".", "-o", "x.xml", "--to", "xml"], "--to xml: choose one of"),
        (["convert", ".", "-o", "x.jsonl", "--engine", "spark"], "--engine spark"),
        (["convert", ".", "-o", "x.jsonl", "--scheduler", "tcp://h:1"], "needs --engine dask"),
        (["convert", ".", "-o", "x.jsonl", "--max-file-size", "lots"], "give bytes or a size"),
        (["convert", ".", "-o", "x.jsonl", "--jobs", "-1"], "--jobs must be at least 1"),
    ],
)
def test_usage_errors_exit_2(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli(*args)
    assert result.exit_code == 2
    assert message in result.stderr + result.stdout
    assert "Traceback" not in result.stderr + result.stdout


def test_output_that_is_not_ours_is_refused(run_cli: RunCli, archive: Path, tmp_path: Path) -> None:
    precious = tmp_path / "documents"
    precious.mkdir()
    (precious / "thesis.odt").write_bytes(b"years of work")
    result = run_cli("convert", archive, "-o", precious, "--to", "csv")
    assert result.exit_code == 2
    assert "not ratsparse output" in result.stderr
    assert (precious / "thesis.odt").read_bytes() == b"years of work"
    # A folder that *is* ratsparse output is replaced as a whole.
    tables = tmp_path / "tables"
    assert run_cli("convert", archive, "-o", tables, "--to", "csv").exit_code == 1
    assert run_cli("convert", archive / "nested", "-o", tables, "--to", "csv").exit_code == 0
    assert len((tables / "resolutions.csv").read_text().splitlines()) == 2


def test_convert_is_a_subcommand_with_examples(run_cli: RunCli) -> None:
    result = run_cli("convert", "--help")
    assert result.exit_code == 0
    for needle in ("--files-from", "--resume", "--engine", "Examples", "koeln.sqlite"):
        assert needle in result.stdout
    assert "convert" in run_cli("--help").stdout


def test_all_good_exits_0_and_summary_counts(
    run_script: Callable[..., Any], archive: Path, tmp_path: Path
) -> None:
    proc = run_script(
        "convert",
        archive / "nested",
        archive / "rat-2023-02.txt",
        "-o",
        tmp_path / "ok.jsonl",
        "-j",
        "2",
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b""
    line = proc.stderr.decode()
    assert "2 files seen: " in line and "0 failed, 0 skipped (resume)" in line
    assert "docs/s" in line and "MB" in line
    quiet = run_script("convert", archive / "nested", "-o", tmp_path / "q.jsonl", "-q")
    assert quiet.returncode == 0 and quiet.stderr == b""


def test_progress_on_a_terminal_only(
    cli_env: dict[str, str], archive: Path, tmp_path: Path
) -> None:
    import os
    import pty
    import subprocess
    import sys

    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ratsparse",
            "convert",
            os.fspath(archive),
            "-o",
            os.fspath(tmp_path / "out.jsonl"),
            "-j",
            "1",
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=follower,
        env={**os.environ, **cli_env, "TERM": "xterm", "COLUMNS": "100"},
    )
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    stdout, _ = proc.communicate(timeout=300)
    assert proc.returncode == 1
    assert stdout == b""
    text = seen.decode("utf-8", "replace")
    assert "files/s" in text and f"{N_INPUTS} files seen" in text


def test_split_writes_a_line_per_agenda_item(
    run_cli: RunCli, archive: Path, tmp_path: Path
) -> None:
    (archive / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    out = tmp_path / "items.jsonl"
    result = run_cli("convert", archive / "minutes.txt", archive / "rat-2023-02.txt", "-o", out)
    assert result.exit_code == 0, result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2  # a line per file
    result = run_cli(
        "convert", archive / "minutes.txt", archive / "rat-2023-02.txt", "-o", out, "--split"
    )
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["item"] and r["item"]["number"], r["outcome"]) for r in records] == [
        ("TOP 1", "approved"),
        ("TOP 2", "approved"),
        (None, "rejected"),  # a single resolution stays one record
    ]
    array = tmp_path / "items.json"
    assert run_cli("convert", archive / "minutes.txt", "-o", array, "--split").exit_code == 0
    assert [r["item"]["seq"] for r in json.loads(array.read_text(encoding="utf-8"))] == [1, 2]


def test_split_refuses_the_tables_formats(run_cli: RunCli, archive: Path, tmp_path: Path) -> None:
    result = run_cli("convert", archive, "-o", tmp_path / "out.sqlite", "--split")
    assert result.exit_code == 2
    assert "--split writes JSON Lines or JSON" in result.stderr
    assert not (tmp_path / "out.sqlite").exists()


def test_resume_keeps_the_split_of_the_run_it_continues(tmp_path: Path) -> None:
    from ratsparse.convert.engine import _read_journal
    from ratsparse.convert.writers import OutputError

    journal = tmp_path / "out.jsonl.journal"
    journal.write_text('{"format": "jsonl", "sharded": false, "split": true}\n', encoding="utf-8")
    with pytest.raises(OutputError, match="one record per agenda item"):
        _read_journal(journal, "jsonl", False, None, split=False)
    assert _read_journal(journal, "jsonl", False, None, split=True).mark is None
