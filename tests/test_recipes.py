"""The README's recipes for Datasette and DuckDB, run as written: the commands of each recipe
block on a small archive, then what the recipe promises (facets, search and labels in Datasette;
the DuckDB queries over the Parquet tables, which must give what SQLite gives)."""

from __future__ import annotations

import asyncio
import json
import re
import shlex
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from ratsparse.convert.datasette import datasette_metadata
from tests.conftest import RunCli
from tests.convert_archive import make_archive

README = Path(__file__).resolve().parents[1] / "README.md"

TEXTS = {
    "rat-2024-03.txt": (
        "Sitzung: 12.03.2024\nVorlage: AN/0021/2024\nBeschluss: abgelehnt\n\n"
        "Der Antrag, an der Lindenallee einen Radweg zu bauen, wird abgelehnt.\n\n"
        "Abstimmungsergebnis:\nMehrheitlich bei Stimmenthaltung der FDP-Fraktion gegen die "
        "Stimmen der Fraktion DIE LINKE abgelehnt.\n"
    ),
    "rat-2024-04.txt": (
        "Sitzung: 16.04.2024\nVorlage: VO/0112/2024\nBeschluss: ungeändert beschlossen\n\n"
        "Der Rat beschließt den Bau eines Radweges am Mühlbach.\n\nAbstimmungsergebnis:\n"
        "Bei Stimmenthaltung der FDP-Fraktion zugestimmt.\n"
    ),
    "bv-2016-05.txt": (
        "Sitzung: 03.05.2016\nVorlage: AN/0044/2016\nBeschluss: abgelehnt\n\n"
        "Der Antrag auf eine Hundewiese wird abgelehnt.\n"
    ),
}
"""Texts of our own with dates after 2015, rejections, abstentions and a Radweg."""


def _recipe(name: str) -> list[tuple[str, str]]:
    """The fenced blocks (language, body) after the README's ``<!-- recipe: NAME`` marker, up
    to the next marker or heading."""
    text = README.read_text(encoding="utf-8")
    start = text.index(f"<!-- recipe: {name}")
    ends = [text.find(mark, start + 1) for mark in ("\n#", "<!-- recipe:")]
    end = min(e for e in ends if e != -1)
    return re.findall(r"```(\w+)\n(.*?)```", text[start:end], re.DOTALL)


def _run_commands(block: str, run_cli: RunCli) -> list[str]:
    """Run the block's ``ratsparse`` lines (``> FILE`` writes stdout there); return the others."""
    others = []
    for line in block.strip().splitlines():
        words = shlex.split(line)
        if words[0] != "ratsparse":
            others.append(line)
            continue
        target = None
        if ">" in words:
            words, target = words[: words.index(">")], words[words.index(">") + 1]
        result = run_cli(*words[1:])
        assert result.exit_code in (0, 1), (line, result.stderr)  # 1: the archive's bad files
        if target is not None:
            Path(target).write_text(result.stdout, encoding="utf-8")
    return others


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    archive = make_archive(tmp_path / "archive")
    for name, text in TEXTS.items():
        (archive / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_datasette_recipe(run_cli: RunCli, workdir: Path) -> None:
    datasette_app = pytest.importorskip("datasette.app")
    [(lang, block)] = _recipe("datasette")
    assert lang == "sh"
    [serve] = _run_commands(block, run_cli)
    words = shlex.split(serve)
    assert words[0] == "datasette"
    db, metadata = Path(words[1]), Path(words[words.index("--metadata") + 1])
    assert json.loads(metadata.read_text(encoding="utf-8")) == datasette_metadata(db)
    ds = datasette_app.Datasette([str(db)], metadata=json.loads(metadata.read_text("utf-8")))
    name = db.stem

    async def get(path: str) -> Any:
        response = await ds.client.get(path)
        assert response.status_code == 200, path
        return response.json()

    # the README's example: resolutions naming a Radweg (a prefix search), counted by outcome
    example = re.search(r"`/koeln/resolutions\?([^`]+)`", README.read_text(encoding="utf-8"))
    assert example is not None
    found = asyncio.run(get(f"/{name}/resolutions.json?{example.group(1)}"))
    facet = {r["value"]: r["count"] for r in found["facet_results"]["outcome"]["results"]}
    assert facet == {"rejected": 1, "approved": 1}
    assert asyncio.run(get(f"/{name}/resolutions.json?_search=Hundewiese"))["rows"]
    # a vote's resolution shown by its file; the parties faceted
    votes = asyncio.run(get(f"/{name}/votes.json?_labels=on&_shape=objects&decisive=1"))
    assert any(str(row["resolution_id"]["label"]).endswith(".txt") for row in votes["rows"])
    groups = asyncio.run(get(f"/{name}/vote_groups.json?_facet=party&side=abstain"))
    parties = {r["value"]: r["count"] for r in groups["facet_results"]["party"]["results"]}
    assert parties.get("FDP") == 2
    assert asyncio.run(get(f"/{name}/clauses.json?_search=Verwaltung"))["rows"]


def _statements(sql: str) -> list[str]:
    lines = [line for line in sql.splitlines() if not line.startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def test_the_duckdb_recipe(run_cli: RunCli, workdir: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    [(sh, block), (sql, queries)] = _recipe("duckdb")
    assert (sh, sql) == ("sh", "sql")
    assert _run_commands(block, run_cli) == []
    run_cli("convert", "archive/", "-o", "same.sqlite")
    statements = _statements(queries)
    assert len(statements) == 3
    con = duckdb.connect()
    results = [con.sql(s).fetchall() for s in statements]
    with sqlite3.connect("same.sqlite") as lite:
        rejected = lite.execute(
            "SELECT body, count(*) FROM resolutions WHERE outcome = 'rejected' "
            "AND meeting_date >= '2015-01-01' GROUP BY body"
        ).fetchall()
        abstaining = lite.execute(
            "SELECT g.party, count(*) FROM vote_groups g JOIN votes v ON v.resolution_id = "
            "g.resolution_id AND v.seq = g.vote_seq WHERE v.decisive AND g.side = 'abstain' "
            "AND g.party IS NOT NULL GROUP BY g.party"
        ).fetchall()
    assert sorted(results[0], key=repr) == sorted(rejected, key=repr)
    assert sum(n for _, n in results[0]) == 2  # 2024-03 and 2016-05; not the 2023 one
    assert sorted(results[1]) == sorted(abstaining) == [("FDP", 2)]
    radweg = results[2]
    assert [str(row[0]) for row in radweg] == ["2024-04-16", "2024-03-12"]  # dates, newest first


def test_the_datasette_metadata_names_only_what_the_tables_have() -> None:
    from ratsparse.convert.tables import TABLES
    from ratsparse.convert.writers import FTS_TABLES

    meta = datasette_metadata(Path("/archives/koeln.sqlite"))
    tables = meta["databases"]["koeln"]["tables"]
    columns = {t.name: set(t.column_names) for t in TABLES}
    searches = {search: table for search, table, _, _ in FTS_TABLES}
    for table, entry in tables.items():
        if table in searches or table == "meta":
            continue
        assert entry["label_column"] in columns[table], table
        assert set(entry["facets"]) <= columns[table], table
        assert set(entry["columns"]) <= columns[table], table
        if "fts_table" in entry:
            assert searches[entry["fts_table"]] == table
    assert set(columns) <= set(tables)  # every table described
    assert {searches[t] for t in searches} <= {t for t, e in tables.items() if "fts_table" in e}
