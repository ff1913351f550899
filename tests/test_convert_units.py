"""The parts of ``convert``: globbing, sizes, discovery order, the table rows, picklability,
and the README's recipes (Spark, SQL) run for real."""

from __future__ import annotations

import pickle
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

import ratsparse
from ratsparse import parse_bytes
from ratsparse.convert import TABLES, InputError, discover, parse_size
from ratsparse.convert.inputs import glob_regex
from ratsparse.convert.tables import rows_of
from ratsparse.convert.work import process_batch
from ratsparse.core import read_bytes
from ratsparse.records import Clause, Vote
from tests.convert_archive import make_archive

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("**/*.txt", "a.txt", True),
        ("**/*.txt", "x/y/a.txt", True),
        ("**/*.txt", "a.txt.bak", False),
        ("**/*.txt", "a.TXT", False),
        ("*.txt", "x/a.txt", False),
        ("*.txt", "a.txt", True),
        ("x/**/*.txt", "x/a.txt", True),
        ("x/**/*.txt", "y/a.txt", False),
        ("rat-20??-*.txt", "rat-2023-01.txt", True),
        ("rat-20??-*.txt", "rat-202-01.txt", False),
        ("[!b]*.txt", "a.txt", True),
        ("[!b]*.txt", "b.txt", False),
        ("[ab].txt", "b.txt", True),
        ("**", "any/thing", True),
        ("a+b(1).txt", "a+b(1).txt", True),
    ],
)
def test_glob(pattern: str, path: str, matches: bool) -> None:
    assert bool(glob_regex(pattern).match(path)) is matches


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("100", 100),
        ("1k", 1024),
        ("10MB", 10 * 1024**2),
        ("10M", 10 * 1024**2),
        ("1.5 GiB", int(1.5 * 1024**3)),
        ("2t", 2 * 1024**4),
    ],
)
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "lots", "-1", "10 XB", "1e6"])
def test_parse_size_refuses(text: str) -> None:
    with pytest.raises(InputError):
        parse_size(text)


def test_discovery_order_is_stable_and_complete(tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "a")
    (archive / "nested" / "deeper").mkdir()
    (archive / "nested" / "deeper" / "z.txt").write_text("x", encoding="utf-8")
    (archive / "loop").symlink_to(archive, target_is_directory=True)  # never followed
    found = [Path(p).relative_to(archive).as_posix() for p in discover([str(archive)])]
    assert found == [
        "binary.txt",
        "cp1252.txt",
        "empty.txt",
        "folder.txt",
        "missing.txt",
        "pipe.txt",
        "rat-2023-01.txt",
        "rat-2023-02.txt",
        "nested/bv-2023-03.txt",
        "nested/deeper/z.txt",
    ]
    # A file given by name is taken whatever its name; the list keeps the given order.
    given = [str(archive / "notes.md"), str(archive / "nested")]
    assert [Path(p).name for p in discover(given)] == ["notes.md", "bv-2023-03.txt", "z.txt"]


def _flat(clauses: Iterable[Clause]) -> Iterator[Clause]:
    for c in clauses:
        yield c
        yield from _flat(c.children)


@pytest.mark.parametrize("sample", sorted((ROOT / "samples").glob("*.txt")), ids=lambda p: p.stem)
def test_rows_fit_the_tables_and_carry_the_contract(sample: Path) -> None:
    res = read_bytes(sample.read_bytes(), source=str(sample))
    rows = rows_of(7, res)
    for table, table_rows in zip(TABLES, rows, strict=True):
        for row in table_rows:
            assert len(row) == len(table.columns), table.name
            assert row[0] == 7
    resolution = dict(zip(TABLES[0].column_names, rows[0][0], strict=True))
    assert resolution["path"] == str(sample)
    assert resolution["outcome"] == res.outcome
    assert resolution["paper_reference"] == (res.paper.reference if res.paper else None)
    clauses: list[tuple[Clause, int | None]] = [(c, None) for c in _flat(res.clauses)]
    clauses += [(c, k) for k, item in enumerate(res.items, 1) for c in _flat(item.clauses)]
    assert [(*r[4:7], r[-1]) for r in rows[1]] == [
        (c.number, c.label, c.text, k) for c, k in clauses
    ]
    for r in rows[1]:  # parents come first, one level up
        if r[2] is not None:
            assert rows[1][r[2] - 1][3] == r[3] - 1
    votes: list[tuple[Vote, int | None]] = [(v, None) for v in res.votes]
    votes += [(v, k) for k, item in enumerate(res.items, 1) for v in item.votes]
    assert [(r[2], r[-1]) for r in rows[3]] == [(v.text, k) for v, k in votes]
    groups = sum(len(v.groups.yes) + len(v.groups.no) + len(v.groups.abstain) for v, _ in votes)
    assert len(rows[4]) == groups
    assert [r[2] for r in rows[5]] == [d.code for d in res.diagnostics]
    assert [(r[2], r[5], r[6]) for r in rows[6]] == [
        (i.number, i.paper.reference if i.paper else None, i.outcome) for i in res.items
    ]
    assert resolution["item_count"] == len(res.items)
    assert bool(rows[7]) == any(d.severity == "error" for d in res.diagnostics)


def test_parse_bytes_and_its_result_are_picklable() -> None:
    func = pickle.loads(pickle.dumps(ratsparse.parse_bytes))
    res = func(b"Vorlage: VO/0042/2023\nBeschluss: abgelehnt\n", source="x.txt")
    assert pickle.loads(pickle.dumps(res)) == res
    assert res.outcome == "rejected"
    done = process_batch([(1, "no/such/file.txt")], "json")
    assert pickle.loads(pickle.dumps(done)) == done
    assert done[0].state == "error" and done[0].code == "unreadable"


class _FakeRdd:
    """Just enough of a Spark RDD: a list of partitions."""

    def __init__(self, partitions: list[list[Any]], saved: dict[str, list[str]]) -> None:
        self.partitions, self.saved = partitions, saved

    def mapPartitions(self, func: Callable[[Iterator[Any]], Iterable[Any]]) -> _FakeRdd:  # noqa: N802
        return _FakeRdd([list(func(iter(p))) for p in self.partitions], self.saved)

    def saveAsTextFile(self, path: str) -> None:  # noqa: N802
        self.saved[path] = [line for p in self.partitions for line in p]


class _FakeContext:
    def __init__(self, files: dict[str, bytes], saved: dict[str, list[str]]) -> None:
        self.files, self.saved = files, saved

    def binaryFiles(self, pattern: str, minPartitions: int = 2) -> _FakeRdd:  # noqa: N802, N803
        items = sorted(self.files.items())
        return _FakeRdd([items[i::minPartitions] for i in range(minPartitions)], self.saved)


def test_spark_recipe_in_readme_runs_on_plain_data(tmp_path: Path) -> None:
    block = re.search(r"<!-- spark-recipe -->\n```python\n(.*?)```", README, re.S)
    assert block is not None, "the README's Spark recipe is missing"
    archive = make_archive(tmp_path / "a")
    files = {str(p): p.read_bytes() for p in sorted(archive.rglob("*.txt")) if p.is_file()}
    saved: dict[str, list[str]] = {}
    spark = type("Spark", (), {"sparkContext": _FakeContext(files, saved)})()
    exec(compile(block.group(1), "README.md", "exec"), {"spark": spark})
    [(target, lines)] = saved.items()
    assert target.startswith("s3a://")
    assert len(lines) == len(files)
    got = {r.source.name: r for r in map(ratsparse.Resolution.model_validate_json, lines)}
    assert got == {name: parse_bytes(data, source=name) for name, data in files.items()}


def test_readme_sql_runs_against_a_converted_archive(
    run_cli: Callable[..., Result], tmp_path: Path
) -> None:
    archive = make_archive(tmp_path / "a")
    db = tmp_path / "koeln.sqlite"
    run_cli("convert", archive, "-o", db, "-j", "1")
    # the SQLite queries (DuckDB's recipe, after its marker, is tests/test_recipes.py's)
    queries = re.findall(r"```sql\n(.*?)```", README.split("<!-- recipe: duckdb")[0], re.S)
    assert len(queries) == 2
    with sqlite3.connect(db) as con:
        against = con.execute(queries[0]).fetchall()
        hits = con.execute(queries[1]).fetchall()
    # In rat-2023-01.txt the FDP voted no and the motion was approved.
    assert against == [("FDP", 1)]
    assert [(Path(p).name, label) for p, label, _ in hits] == [("rat-2023-01.txt", "1.")]
