"""``convert --append``: an archive that grows is added to its SQLite, JSON Lines or Parquet
output without a rewrite.

Inputs held unchanged (same path and SHA-256) are skipped, changed ones replace their rows, new
ones are added after the last id; ids already given never change, and the result holds what a
fresh conversion of the whole archive holds.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from ratsparse.convert import TABLES, discover
from ratsparse.convert.engine import Options, run
from ratsparse.convert.writers import Format
from ratsparse.records import urn_of
from tests.conftest import RunCli
from tests.convert_archive import GOOD, make_archive

NEW = {
    "rat-2024-05.txt": (
        "Sitzung: 14.05.2024\nVorlage: VO/0311/2024\nBeschluss: ungeändert beschlossen\n\n"
        "Der Rat beschließt die Sanierung der Turnhalle Kastanienweg.\n\n"
        "Abstimmungsergebnis:\nJa: 31, Nein: 4, Enthaltungen: 1\n"
    ),
    "nested/bv-2024-06.txt": (
        "Vorlage: AN/0017/2024\nBeschluss: abgelehnt\n\n"
        "Der Antrag auf eine Hundewiese am Deich wird abgelehnt.\n"
    ),
}
CHANGED = "rat-2023-02.txt"
CHANGED_TEXT = (
    "Vorlage: AN/0007/2023\nBeschluss: vertagt\n\n"
    "Der Antrag auf Umbenennung des Rosengartens wird vertagt.\n"
)


def _rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as con:
        return con.execute(sql).fetchall()


def _grow(archive: Path) -> None:
    for name, text in NEW.items():
        (archive / name).write_text(text, encoding="utf-8")
    (archive / CHANGED).write_text(CHANGED_TEXT, encoding="utf-8")


def _content(db: Path) -> dict[str, tuple[Any, ...]]:
    """Every input's reading without its id: path → its row in resolutions or errors, and its
    clauses, references and votes."""
    found: dict[str, tuple[Any, ...]] = {}
    with sqlite3.connect(db) as con:
        for table in TABLES:
            key = "resolution_id" if table.name not in ("resolutions", "errors") else "id"
            path = "(SELECT path FROM resolutions r WHERE r.id = t.{k} UNION "
            path += "SELECT path FROM errors e WHERE e.id = t.{k} LIMIT 1)"
            sql = f"SELECT {path.format(k=key)}, t.* FROM {table.name} t"
            for row in con.execute(sql):
                rest = tuple(v for i, v in enumerate(row[1:]) if i != 0)  # without the id
                found.setdefault(row[0], ())
                found[row[0]] += ((table.name, rest),)
    return {p: tuple(sorted(v, key=repr)) for p, v in found.items()}


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return make_archive(tmp_path / "archive")


def test_append_adds_new_skips_unchanged_and_replaces_changed(
    run_cli: RunCli, archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "archive.sqlite"
    first = run_cli("convert", archive, "-o", out, "--jobs", "1")
    assert first.exit_code == 1, first.stderr  # the archive holds failing inputs
    ids_before = dict(_rows(out, "SELECT path, id FROM resolutions"))
    last_before = max(
        i for (i,) in _rows(out, "SELECT id FROM resolutions UNION SELECT id FROM errors")
    )
    _grow(archive)

    second = run_cli("convert", archive, "-o", out, "--jobs", "1", "--append")
    assert second.exit_code == 1, second.stderr  # the unreadable inputs are tried again
    summary = re.search(
        r"(\d+) files seen: .* (\d+) skipped \(unchanged\), (\d+) replaced", second.stderr
    )
    assert summary is not None, second.stderr
    seen, skipped, replaced = map(int, summary.groups())
    # The unreadable inputs have no content to compare: they are read again (and are no
    # changed files), as is the changed file and every new one.
    unreadable = len(_rows(out, "SELECT id FROM errors WHERE sha256 IS NULL"))
    assert unreadable == 3
    assert seen - skipped == len(NEW) + 1 + unreadable
    assert replaced == 1
    assert len(_rows(out, "SELECT path FROM errors")) == len(
        set(_rows(out, "SELECT path FROM errors"))
    )

    ids_after = dict(_rows(out, "SELECT path, id FROM resolutions"))
    changed = str(archive / CHANGED)
    for path, rid in ids_before.items():
        if path != changed:
            assert ids_after[path] == rid, path  # ids already given never change
    assert ids_after[changed] > last_before
    for name in NEW:
        assert ids_after[str(archive / name)] > last_before
    # One reading per input, the newest: the changed file's old rows are gone, search too.
    paths = [p for (p,) in _rows(out, "SELECT path FROM resolutions")]
    assert len(paths) == len(set(paths))
    assert _rows(out, f"SELECT outcome FROM resolutions WHERE path = '{changed}'") == [
        ("postponed",)
    ]
    hits = _rows(out, "SELECT rowid FROM resolutions_fts WHERE resolutions_fts MATCH 'Marktplatz*'")
    assert hits == []
    hits = _rows(
        out, "SELECT rowid FROM resolutions_fts WHERE resolutions_fts MATCH 'Rosengarten*'"
    )
    assert hits == [(ids_after[changed],)]
    orphans = _rows(
        out, "SELECT count(*) FROM votes WHERE resolution_id NOT IN (SELECT id FROM resolutions)"
    )
    assert orphans == [(0,)]
    counts = _rows(out, "SELECT value FROM meta WHERE key = 'counts'")[0][0]
    assert f'"seen": {len(list(discover([str(archive)])))}' in counts
    assert '"runs": 2' in counts


def test_append_again_changes_nothing(run_cli: RunCli, archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "archive.sqlite"
    # Every input readable: nothing to try again.
    (archive / "missing.txt").unlink()
    (archive / "pipe.txt").unlink()
    shutil.rmtree(archive / "folder.txt")
    run_cli("convert", archive, "-o", out, "--jobs", "1")
    before = _rows(out, "SELECT * FROM resolutions ORDER BY id")
    again = run_cli("convert", archive, "-o", out, "--jobs", "1", "--append")
    assert again.exit_code == 0, again.stderr  # this run failed nothing: it read nothing
    n = len(before) + len(
        _rows(out, "SELECT id FROM errors WHERE id NOT IN (SELECT id FROM resolutions)")
    )
    assert f"{n} skipped (unchanged)" in again.stderr
    assert _rows(out, "SELECT * FROM resolutions ORDER BY id") == before


def test_append_to_nothing_is_a_first_run(run_cli: RunCli, archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "new.sqlite"
    result = run_cli("convert", archive, "-o", out, "--jobs", "1", "--append")
    assert result.exit_code == 1, result.stderr
    assert len(_rows(out, "SELECT id FROM resolutions")) == len(GOOD) + 3


def test_append_is_refused_where_it_cannot_add(
    run_cli: RunCli, archive: Path, tmp_path: Path
) -> None:
    for name in ("a.json", "tables/", "a.oparl.jsonl"):
        more = ("--to", "oparl") if "oparl" in name else ()
        refused = run_cli("convert", archive, "-o", f"{tmp_path}/{name}", "--append", *more)
        assert refused.exit_code == 2, name
        assert "--append adds to a SQLite, JSON Lines or Parquet output" in refused.stderr, name
        assert not (tmp_path / name).exists(), name
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE t (x)")
    foreign = run_cli("convert", archive, "-o", other, "--append")
    assert foreign.exit_code == 2
    assert "not ratsparse output" in foreign.stderr or "this is none" in foreign.stderr
    assert _rows(other, "SELECT name FROM sqlite_master") == [("t",)]  # untouched
    both = run_cli("convert", archive, "-o", other, "--append", "--force")
    assert both.exit_code == 2
    assert "--force" in both.stderr


def test_append_adds_the_columns_of_a_newer_version(
    run_cli: RunCli, archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "old.sqlite"
    run_cli("convert", archive, "-o", out, "--jobs", "1")
    with sqlite3.connect(out) as con:  # as an older ratsparse wrote it: its last columns missing
        con.execute("DROP INDEX ix_resolutions_7")
        con.execute("ALTER TABLE resolutions DROP COLUMN urn")
        con.execute("ALTER TABLE resolutions DROP COLUMN source_kind")
    _grow(archive)
    result = run_cli("convert", archive, "-o", out, "--jobs", "1", "--append")
    assert result.exit_code == 1, result.stderr
    kinds = _rows(out, "SELECT DISTINCT source_kind FROM resolutions WHERE source_kind IS NOT NULL")
    assert kinds == [("text",)]
    # a column that follows from the row (its content's name) is filled in for the kept rows too
    rows = _rows(out, "SELECT sha256, urn FROM resolutions")
    assert len(rows) > len(NEW)  # (the older rows are there)
    assert all(urn == urn_of(sha) for sha, urn in rows)


class _StopAfter:
    """A progress display that interrupts the run after some batches, as Ctrl-C would."""

    def __init__(self, batches: int) -> None:
        self.left = batches

    def start(self) -> None:
        pass

    def advance(self, n: int) -> None:
        self.left -= 1
        if self.left == 0:
            raise KeyboardInterrupt

    def stop(self) -> None:
        pass


def _options(archive: Path, out: Path, **more: Any) -> Options:
    settings: dict[str, Any] = {"batch_size": 2, "commit_every": 1, "append": True, **more}
    return Options(inputs=discover([str(archive)]), out=out, fmt="sqlite", **settings)


def test_an_interrupted_append_resumes_to_the_same_output(archive: Path, tmp_path: Path) -> None:
    whole, cut = tmp_path / "whole.sqlite", tmp_path / "cut.sqlite"
    for out in (whole, cut):
        run(_options(archive, out, append=False))
    _grow(archive)
    run(_options(archive, whole))
    with pytest.raises(KeyboardInterrupt):
        run(_options(archive, cut), _StopAfter(3))
    assert cut.with_name("cut.sqlite.part.journal").is_file()
    with pytest.raises(ValueError, match="added to OUT"):
        run(_options(archive, cut, resume=True, append=False))
    summary = run(_options(archive, cut, resume=True))
    assert summary.resumed
    with sqlite3.connect(whole) as a, sqlite3.connect(cut) as b:
        for table in TABLES:
            sql = f"SELECT * FROM {table.name} ORDER BY 1, 2"
            assert a.execute(sql).fetchall() == b.execute(sql).fetchall(), table.name


def test_append_to_a_file_whose_name_holds_uri_signs(
    run_cli: RunCli, archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "rat?2024%20.sqlite"  # ("?" and "%" would end or escape a URI's path)
    run_cli("convert", archive, "-o", out, "--jobs", "1")
    _grow(archive)
    again = run_cli("convert", archive, "-o", out, "--jobs", "1", "--append")
    assert again.exit_code == 1, again.stderr  # the archive's failing inputs, no usage error
    assert "skipped (unchanged)" in again.stderr
    assert any(
        str(p).endswith("rat-2024-05.txt") for (p,) in _rows(out, "SELECT path FROM resolutions")
    )


def _lines(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _by_input(out: Path) -> dict[str, tuple[str, ...]]:
    """Every input's JSON lines, main and errors, by path (the errors' ids left out)."""
    found: dict[str, list[str]] = {}
    for record in _lines(out):
        found.setdefault(record["source"]["name"], []).append(json.dumps(record, sort_keys=True))
    errors = out.with_name(out.stem + ".errors.jsonl")
    for record in _lines(errors) if errors.exists() else []:
        record.pop("id")
        found.setdefault(record["path"], []).append(json.dumps(record, sort_keys=True))
    return {path: tuple(sorted(lines)) for path, lines in found.items()}


def test_append_to_json_lines_adds_new_skips_unchanged_and_replaces_changed(
    run_cli: RunCli, archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "archive.jsonl"
    run_cli("convert", archive, "-o", out, "--jobs", "1")
    before = _lines(out)
    error_ids = {r["path"]: r["id"] for r in _lines(tmp_path / "archive.errors.jsonl")}
    _grow(archive)

    second = run_cli("convert", archive, "-o", out, "--jobs", "1", "--append")
    assert second.exit_code == 1, second.stderr  # the unreadable inputs are tried again
    assert re.search(r"\d+ skipped \(unchanged\), 1 replaced", second.stderr), second.stderr
    after = _lines(out)
    changed = str(archive / CHANGED)
    # The earlier lines stay as they were, in their order, but the changed input's.
    assert [r for r in before if r["source"]["name"] != changed] == after[: len(before) - 1]
    newest = [r for r in after if r["source"]["name"] == changed]
    assert [r["outcome"] for r in newest] == ["postponed"]
    for name in NEW:
        assert [r["source"]["name"] for r in after].count(str(archive / name)) == 1
    # An error line of an input read again is replaced, under a new id; the others keep theirs.
    errors = _lines(tmp_path / "archive.errors.jsonl")
    paths = [r["path"] for r in errors]
    assert len(paths) == len(set(paths))
    for record in errors:
        if record["sha256"]:
            assert record["id"] == error_ids[record["path"]]
        else:
            assert record["id"] > max(error_ids.values())


def _parquet(out: Path, table: str) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    shards = sorted((out / table).glob("*.parquet"))
    return [row for shard in shards for row in pq.read_table(shard).to_pylist()]


def _parquet_content(out: Path) -> dict[str, tuple[Any, ...]]:
    """As :func:`_content`, for a folder of Parquet tables."""
    paths = {r["id"]: r["path"] for t in ("resolutions", "errors") for r in _parquet(out, t)}
    found: dict[str, tuple[Any, ...]] = {}
    for table in TABLES:
        key = "resolution_id" if table.name not in ("resolutions", "errors") else "id"
        for row in _parquet(out, table.name):
            rest = tuple(sorted((k, repr(v)) for k, v in row.items() if k != key))
            found.setdefault(paths[row[key]], ())
            found[paths[row[key]]] += ((table.name, rest),)
    return {p: tuple(sorted(v, key=repr)) for p, v in found.items()}


@pytest.mark.parametrize("suffix", [".sqlite", ".jsonl", ".parquet"])
def test_append_gives_what_a_fresh_conversion_gives(
    run_cli: RunCli, archive: Path, tmp_path: Path, suffix: str
) -> None:
    content = {".sqlite": _content, ".jsonl": _by_input, ".parquet": _parquet_content}[suffix]
    grown = tmp_path / f"grown{suffix}"
    run_cli("convert", archive, "-o", grown, "--jobs", "1")
    _grow(archive)
    run_cli("convert", archive, "-o", grown, "--jobs", "2", "--append")
    fresh = tmp_path / f"fresh{suffix}"
    run_cli("convert", archive, "-o", fresh, "--jobs", "1")
    assert content(grown) == content(fresh)
    again = run_cli("convert", archive, "-o", grown, "--jobs", "1", "--append")
    assert "replaced" not in again.stderr  # the unreadable inputs only: no changed file
    assert content(grown) == content(fresh)


def test_append_refuses_json_lines_that_are_not_its_output(
    run_cli: RunCli, archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "mixed.jsonl"
    run_cli("convert", archive, "-o", out, "--jobs", "1")
    text = out.read_text(encoding="utf-8")
    out.write_text(text + '{"note": "added by hand"}\n', encoding="utf-8")
    result = run_cli("convert", archive, "-o", out, "--jobs", "1", "--append")
    assert result.exit_code == 2
    assert "line " in result.stderr and "no record of ratsparse convert" in result.stderr
    assert out.read_text(encoding="utf-8").startswith(text)  # untouched
    assert not out.with_name(out.name + ".part").exists()


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_an_interrupted_append_resumes_to_the_same_output_in_every_format(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: Format
) -> None:
    from ratsparse.convert.writers import ParquetWriter

    monkeypatch.setattr(ParquetWriter, "shard_docs", 1)  # a shard, and a commit, per batch
    content = _by_input if fmt == "jsonl" else _parquet_content
    whole, cut = tmp_path / f"whole.{fmt}", tmp_path / f"cut.{fmt}"

    def options(out: Path, **more: Any) -> Options:
        settings: dict[str, Any] = {"batch_size": 2, "commit_every": 1, "append": True, **more}
        return Options(inputs=discover([str(archive)]), out=out, fmt=fmt, **settings)

    for out in (whole, cut):
        run(options(out, append=False))
    _grow(archive)
    run(options(whole))
    with pytest.raises(KeyboardInterrupt):
        run(options(cut), _StopAfter(3))
    assert cut.with_name(f"cut.{fmt}.part.journal").is_file()
    summary = run(options(cut, resume=True))
    assert summary.resumed
    assert content(cut) == content(whole)


def test_append_to_parquet_adds_new_skips_unchanged_and_replaces_changed(
    run_cli: RunCli, archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "archive.parquet"
    run_cli("convert", archive, "-o", out, "--jobs", "1")
    ids_before = {r["path"]: r["id"] for r in _parquet(out, "resolutions")}
    last_before = max(r["id"] for t in ("resolutions", "errors") for r in _parquet(out, t))
    shard = out / "resolutions" / "part-00001.parquet"
    written_before = shard.stat().st_mtime_ns
    _grow(archive)

    second = run_cli("convert", archive, "-o", out, "--jobs", "1", "--append")
    assert second.exit_code == 1, second.stderr  # the unreadable inputs are tried again
    assert re.search(r"\d+ skipped \(unchanged\), 1 replaced", second.stderr), second.stderr
    rows = _parquet(out, "resolutions")
    ids_after = {r["path"]: r["id"] for r in rows}
    changed = str(archive / CHANGED)
    for path, rid in ids_before.items():
        if path != changed:
            assert ids_after[path] == rid, path  # ids already given never change
    assert ids_after[changed] > last_before
    for name in NEW:
        assert ids_after[str(archive / name)] > last_before
    # One reading per input, the newest: the changed file's old rows are gone everywhere.
    assert len(rows) == len(ids_after)
    assert [r["outcome"] for r in rows if r["path"] == changed] == ["postponed"]
    kept = {r["id"] for r in rows} | {r["id"] for r in _parquet(out, "errors")}
    for table in TABLES:
        if table.name not in ("resolutions", "errors"):
            assert {r["resolution_id"] for r in _parquet(out, table.name)} <= kept, table.name
    errors = [r["path"] for r in _parquet(out, "errors")]
    assert len(errors) == len(set(errors))
    # The new rows are a shard of their own; the old shard was rewritten, not added to.
    assert sorted(p.name for p in (out / "resolutions").iterdir()) == [
        "part-00001.parquet",
        "part-00002.parquet",
    ]
    assert shard.stat().st_mtime_ns != written_before
    counts = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["counts"]
    assert counts["seen"] == len(list(discover([str(archive)])))
    assert counts["runs"] == 2


def test_append_to_parquet_refuses_a_folder_that_is_not_its_output(
    run_cli: RunCli, archive: Path, tmp_path: Path
) -> None:
    out = tmp_path / "photos.parquet"
    out.mkdir()
    (out / "holiday.jpg").write_bytes(b"\xff\xd8\xff")
    refused = run_cli("convert", archive, "-o", out, "--append")
    assert refused.exit_code == 2
    assert "not ratsparse output" in refused.stderr or "this is none" in refused.stderr
    assert [p.name for p in out.iterdir()] == ["holiday.jpg"]  # untouched
    csv = tmp_path / "tables.parquet"
    run_cli("convert", archive, "-o", csv, "--to", "csv", "--jobs", "1")
    other = run_cli("convert", archive, "-o", csv, "--append", "--to", "parquet")
    assert other.exit_code == 2, other.stderr  # ratsparse output, but CSV tables
    assert "Parquet output of ratsparse convert" in other.stderr


def test_append_to_parquet_adds_the_columns_of_a_newer_version(
    run_cli: RunCli, archive: Path, tmp_path: Path
) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "old.parquet"
    run_cli("convert", archive, "-o", out, "--jobs", "1")
    shard = out / "resolutions" / "part-00001.parquet"
    older = pq.read_table(shard).drop_columns(["source_kind", "urn"])
    pq.write_table(older, shard)  # as an older ratsparse wrote it
    _grow(archive)
    result = run_cli("convert", archive, "-o", out, "--jobs", "1", "--append")
    assert result.exit_code == 1, result.stderr
    rows = _parquet(out, "resolutions")
    assert {r["source_kind"] for r in rows if r["path"].endswith("rat-2024-05.txt")} == {"text"}
    assert all(r["urn"] == urn_of(r["sha256"]) for r in rows)  # the kept rows' too
    assert pq.read_schema(shard).names == list(TABLES[0].column_names)
