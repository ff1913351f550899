"""Writers: one per output format, all written to a temporary name and committed in batches.

A writer writes into ``OUT.part`` (a file, or a folder for csv/parquet/sharded jsonl). At each
commit it makes what it has written durable and returns a *mark* (offsets, a last id, a shard
count) that the run journal records; ``open(mark)`` on ``--resume`` cuts the output back to that
mark, so whatever a ``kill -9`` left half-written after it is dropped. ``finish`` completes the
output and renames it to ``OUT``: a reader never sees a half-written ``OUT``.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, ClassVar, Final, Literal
from urllib.parse import quote_from_bytes

from ratsparse.convert.tables import DERIVED, TABLES, Table
from ratsparse.convert.work import Done, Mode

if TYPE_CHECKING:
    import pyarrow as pa

Format = Literal["jsonl", "json", "csv", "sqlite", "parquet", "oparl"]
FORMATS: Final[tuple[Format, ...]] = ("jsonl", "json", "csv", "sqlite", "parquet", "oparl")
MANIFEST: Final = "manifest.json"
"""The file that marks a folder as ratsparse output (and lists its tables and columns)."""


class OutputError(ValueError):
    """The output cannot be written where asked (usage error, exit 2)."""


class Writer:
    """Base: the temporary name, the final name, and the rename at the end."""

    mode: ClassVar[Mode]
    is_dir: ClassVar[bool] = False
    replaced = 0
    """How many inputs of an earlier output this run replaced (``--append``)."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.part = out.with_name(out.name + ".part")

    def open(self, mark: Any | None) -> None:
        """Start afresh (``mark`` None: any old ``OUT.part`` is discarded) or cut back to mark."""
        raise NotImplementedError

    def write(self, item: Done) -> None:
        """Add one input's outcome (never a skipped one)."""
        raise NotImplementedError

    def commit(self, final: bool = False) -> Any | None:
        """Make everything written so far durable and return its mark; None when this writer
        keeps it buffered a while longer (then nothing new is durable yet)."""
        raise NotImplementedError

    def finish(self, manifest: dict[str, Any]) -> None:
        """Complete the output and move it to its final name."""
        raise NotImplementedError

    def close(self) -> None:
        """Release files without completing (an interrupted run keeps ``OUT.part``)."""

    def adopt(self, resumed: bool = False) -> int:
        """For ``--append``: take what stands at OUT as the start of ``OUT.part`` (``resumed``:
        an unfinished append run did so already) and return its last id (0 when OUT does not
        exist yet). Only SQLite, JSON Lines and Parquet output can be added to."""
        raise OutputError(
            f"{self.out}: --append adds to a SQLite, JSON Lines or Parquet output (.sqlite, "
            ".db, .jsonl, .parquet); other formats are written whole: convert the archive again"
        )

    def adopted_mark(self, last: int) -> Any | None:
        """For ``--append``: the mark :meth:`open` continues from after :meth:`adopt` gave
        ``last`` (for most writers that last id; None: nothing was adopted)."""
        return last

    def done(self) -> set[tuple[str, str]]:
        """For ``--append``: the (path, sha256) of every input the output holds (those not
        changed since are skipped)."""
        return set()

    def totals(self, runs: int) -> dict[str, int] | None:
        """For ``--append``: what the whole output now holds, for its metadata; None when the
        run's own counts say it."""
        return None

    def discard(self) -> None:
        """Close and remove ``OUT.part`` (nothing of it was committed)."""
        self.close()
        self._discard_part()

    def _discard_part(self) -> None:
        if self.part.is_dir() and not self.part.is_symlink():
            shutil.rmtree(self.part)
        elif self.part.exists() or self.part.is_symlink():
            self.part.unlink()

    def targets(self) -> list[Path]:
        """The final names this writer replaces (checked before the run)."""
        return [self.out]

    def working(self) -> list[Path]:
        """The files and folders it writes until the end (no input may be one of them)."""
        return [self.part]

    def _replace_out(self) -> None:
        """Rename ``OUT.part`` to ``OUT``; an old output folder is moved aside (into a new
        folder of its own, so nothing else is touched), then removed."""
        if self.is_dir and self.out.is_dir():
            aside = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.old-", dir=self.out.parent))
            self.out.rename(aside / "old")
            self.part.rename(self.out)
            shutil.rmtree(aside)
        else:
            self.part.replace(self.out)


def _lines(payload: str | list[str] | None) -> list[str]:
    """The JSON lines of an input: none, its one, or one per agenda item (``--split``)."""
    if payload is None:
        return []
    return payload if isinstance(payload, list) else [payload]


def errors_path(out: Path) -> Path:
    """Where jsonl/json outputs put their errors: ``koeln.jsonl`` → ``koeln.errors.jsonl``."""
    stem = out.name[: -len(out.suffix)] if out.suffix else out.name
    return out.with_name(stem + ".errors.jsonl")


def _error_line(item: Done) -> str:
    return json.dumps(
        {
            "id": item.id,
            "path": item.path,
            "sha256": item.sha256,
            "size": item.size,
            "code": item.code,
            "message": item.message,
        },
        ensure_ascii=False,
    )


class JsonlWriter(Writer):
    """One contract object per line; failed inputs also go to ``NAME.errors.jsonl``."""

    mode: ClassVar[Mode] = "json"
    opening, separator, terminator, closing = "", "", "\n", ""
    main: IO[bytes]
    errors: IO[bytes]

    appendable: ClassVar[bool] = True
    """Whether ``--append`` can add to this output (a JSON array or OParl objects cannot: an
    array is closed, and OParl objects carry no input's path and hash)."""

    def __init__(self, out: Path) -> None:
        super().__init__(out)
        self.errors_out = errors_path(out)
        self.errors_part = self.errors_out.with_name(self.errors_out.name + ".part")
        self.count = 0
        self.error_count = 0
        self.appending = False
        self.kept = (0, 0)
        """With ``--append``: how many bytes of ``OUT.part`` and of its errors file hold the
        earlier output (what comes after them this run wrote)."""

    def adopt(self, resumed: bool = False) -> int:
        """Copy OUT and its errors file (where they exist) to their ``.part`` names, so that
        OUT stays whole until the run ends; return the last id given. OUT must be ratsparse
        JSON Lines."""
        if not self.appendable:
            return super().adopt(resumed)
        self.appending = True
        if not resumed:
            for src, dst in ((self.out, self.part), (self.errors_out, self.errors_part)):
                dst.unlink(missing_ok=True)
                if src.is_file():
                    shutil.copyfile(src, dst)
        last = 0
        for n, record in enumerate(_records(self.part), start=1):
            if not isinstance(record.get("source"), dict) or "schema_version" not in record:
                self.discard()
                raise OutputError(
                    f"{self.out}: line {n} is no record of ratsparse convert; --append adds "
                    "to its JSON Lines output only (choose another OUT)"
                )
            last += 1
        for record in _records(self.errors_part):
            if isinstance(record.get("id"), int):
                last = max(last, record["id"])
        return last

    def done(self) -> set[tuple[str, str]]:
        return {(path, sha) for path, sha in self._inputs((0, None), (0, None)) if sha}

    def _inputs(
        self, main_span: tuple[int, int | None], errors_span: tuple[int, int | None]
    ) -> Iterator[tuple[str, str]]:
        """(path, sha256) of every line within the given byte ranges of the main file and of
        the errors file (an end of None: to the file's end)."""
        for handle in (getattr(self, "main", None), getattr(self, "errors", None)):
            if handle is not None and not handle.closed:
                handle.flush()
        for record in _records(self.part, *main_span):
            source = record.get("source")
            source = source if isinstance(source, dict) else {}
            yield str(source.get("name") or ""), str(source.get("sha256") or "")
        for record in _records(self.errors_part, *errors_span):
            yield str(record.get("path") or ""), str(record.get("sha256") or "")

    def _drop_replaced(self) -> None:
        """Drop the lines the earlier output holds for an input this run read again (it
        changed, or could not be read before): the newest reading of a path is the one kept."""
        main_at, errors_at = self.kept
        again = {path for path, _ in self._inputs((main_at, None), (errors_at, None))}
        earlier = list(self._inputs((0, main_at), (0, errors_at)))
        # (an input unreadable before has no content to compare: it is no changed file)
        self.replaced += len({path for path, sha in earlier if sha and path in again})
        if not any(path in again for path, _ in earlier):
            return
        self.close()
        main_at = _drop_lines(self.part, main_at, lambda r: _source_name(r) in again)
        errors_at = _drop_lines(self.errors_part, errors_at, lambda r: str(r.get("path")) in again)
        self.kept = (main_at, errors_at)
        self.main = _reopen(self.part, self.part.stat().st_size)
        self.errors = _reopen(self.errors_part, self.errors_part.stat().st_size)

    def targets(self) -> list[Path]:
        return [self.out, self.errors_out]

    def working(self) -> list[Path]:
        parts = [self.part, self.errors_part]
        return [*parts, *(p.with_name(p.name + ".kept") for p in parts)]

    def open(self, mark: Any | None) -> None:
        if mark is None:
            for p in (self.part, self.errors_part):
                p.unlink(missing_ok=True)
            self.main = self.part.open("wb")
            self.errors = self.errors_part.open("wb")
            self.main.write(self.opening.encode())
            return
        if isinstance(mark, int):  # --append: after what adopt() copied from OUT
            for path in (self.part, self.errors_part):
                path.touch()
            mark = [self.part.stat().st_size, self.errors_part.stat().st_size, 0, 0]
            mark += mark[:2]
        main_at, errors_at, self.count, self.error_count, *kept = mark
        self.kept = (kept[0], kept[1]) if kept else (0, 0)
        self.main = _reopen(self.part, main_at)
        self.errors = _reopen(self.errors_part, errors_at)

    def write(self, item: Done) -> None:
        for line in _lines(item.payload):
            sep = self.separator if self.count else ""
            self.main.write(f"{sep}{line}{self.terminator}".encode())
            self.count += 1
        if item.state in ("failed", "error"):
            self.errors.write((_error_line(item) + "\n").encode("utf-8"))
            self.error_count += 1

    def commit(self, final: bool = False) -> Any | None:
        self.main.flush()
        self.errors.flush()
        if final and self.appending:
            self._drop_replaced()
        return [self.main.tell(), self.errors.tell(), self.count, self.error_count, *self.kept]

    def finish(self, manifest: dict[str, Any]) -> None:
        self.main.write(self.closing.encode())
        self.close()
        if self.error_count or (self.appending and self.errors_part.stat().st_size):
            self.errors_part.replace(self.errors_out)
        else:
            self.errors_part.unlink(missing_ok=True)
            self.errors_out.unlink(missing_ok=True)
        self._replace_out()

    def discard(self) -> None:
        super().discard()
        self.errors_part.unlink(missing_ok=True)

    def close(self) -> None:
        for handle in (getattr(self, "main", None), getattr(self, "errors", None)):
            if handle is not None and not handle.closed:
                handle.close()


class JsonWriter(JsonlWriter):
    """One JSON array, one contract object per line inside it."""

    appendable = False

    opening, separator, terminator, closing = "[\n", ",\n", "", "\n]\n"


class OparlWriter(JsonlWriter):
    """OParl 1.1 objects, one per line (:mod:`ratsparse.oparl_out`): each input's Meeting,
    AgendaItems, Consultations and Papers; failed inputs also go to ``NAME.errors.jsonl``."""

    mode = "oparl"
    appendable = False


def _records(path: Path, start: int = 0, end: int | None = None) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON Lines file between two byte offsets (none where the file
    does not exist; a line that is no object gives an empty one)."""
    if not path.is_file():
        return
    with path.open("rb") as handle:
        handle.seek(start)
        at = start
        for line in handle:
            if end is not None and at >= end:
                break
            at += len(line)
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except ValueError:
                value = {}
            yield value if isinstance(value, dict) else {}


def _source_name(record: dict[str, Any]) -> str:
    source = record.get("source")
    return str(source.get("name")) if isinstance(source, dict) else ""


def _drop_lines(path: Path, end: int, dropped: Callable[[dict[str, Any]], bool]) -> int:
    """Rewrite ``path`` without the lines before byte ``end`` that ``dropped`` names; return
    where the lines that stood before ``end`` now end."""
    kept = path.with_name(path.name + ".kept")
    new_end = 0
    with path.open("rb") as src, kept.open("wb") as dst:
        at = 0
        for line in src:
            old = at < end
            at += len(line)
            if old and line.strip():
                try:
                    value = json.loads(line)
                except ValueError:
                    value = None
                if isinstance(value, dict) and dropped(value):
                    continue
            dst.write(line)
            if old:
                new_end = dst.tell()
        dst.flush()
        os.fsync(dst.fileno())
    kept.replace(path)
    return new_end


def _reopen(path: Path, at: int) -> IO[bytes]:
    handle = path.open("r+b")
    handle.truncate(at)
    handle.seek(at)
    return handle


class CsvWriter(Writer):
    """A folder of CSV tables (``resolutions.csv`` …) with a header row each."""

    mode = "tables"
    is_dir = True

    def open(self, mark: Any | None) -> None:
        self.handles: list[IO[str]] = []
        if mark is None:
            self._discard_part()
            self.part.mkdir()
        for i, table in enumerate(TABLES):
            path = self.part / f"{table.name}.csv"
            if mark is None:
                handle: IO[str] = path.open("w", encoding="utf-8", newline="")
                csv.writer(handle, lineterminator="\n").writerow(table.column_names)
            else:
                handle = path.open("r+", encoding="utf-8", newline="")
                handle.truncate(mark[i])
                handle.seek(mark[i])
            self.handles.append(handle)
        self.writers = [csv.writer(h, lineterminator="\n") for h in self.handles]

    def write(self, item: Done) -> None:
        for writer, rows in zip(self.writers, item.payload, strict=True):
            if rows:
                writer.writerows(rows)

    def commit(self, final: bool = False) -> Any | None:
        marks = []
        for handle in self.handles:
            handle.flush()
            marks.append(handle.tell())
        return marks

    def finish(self, manifest: dict[str, Any]) -> None:
        self.close()
        _write_manifest(self.part, manifest)
        self._replace_out()

    def close(self) -> None:
        for handle in getattr(self, "handles", []):
            if not handle.closed:
                handle.close()


def _write_manifest(folder: Path, manifest: dict[str, Any]) -> None:
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    (folder / MANIFEST).write_text(text, encoding="utf-8")


def table_layout() -> dict[str, list[str]]:
    """Every table's columns, for manifests."""
    return {t.name: list(t.column_names) for t in TABLES}


_SQL_TYPES: Final = {
    "int": "INTEGER",
    "text": "TEXT",
    "bool": "INTEGER",
    # (SQLite's dates are ISO text: date(meeting_date), meeting_date > '2015-01-01')
    "date": "TEXT",
    "enum": "TEXT",
}

SQL_INDEXES: Final = (
    ("resolutions", ("paper_reference",)),
    ("resolutions", ("meeting_date",)),
    ("resolutions", ("path", "sha256")),
    ("paper_refs", ("reference",)),
    ("vote_groups", ("party",)),
    ("diagnostics", ("code",)),
    ("errors", ("path",)),
    ("resolutions", ("urn",)),
)
"""Indexes beyond the primary keys, which already index every ``resolution_id`` (new ones at the
end: an index is named by its place, and ``--append`` to an older output adds the new ones)."""

FTS_TABLES: Final = (
    ("clauses_fts", "clauses", ("text",), "rowid"),
    ("votes_fts", "votes", ("text",), "rowid"),
    # (the decided text without numbered clauses, most resolutions', stands in the preamble)
    ("resolutions_fts", "resolutions", ("title", "preamble"), "id"),
    ("items_fts", "items", ("title", "preamble"), "rowid"),
)
"""Full-text search over all decided text, titles and vote text: the search table, the table it
indexes, the columns, and the column its rowid is (``clauses_fts MATCH 'Radweg'`` gives rowids of
``clauses``; ``resolutions_fts MATCH 'Radweg'`` the ``id`` of ``resolutions``)."""


def create_table_sql(table: Table) -> str:
    cols = [f'"{n}" {_SQL_TYPES[k]}' for n, k in table.columns]
    cols.append("PRIMARY KEY (" + ", ".join(table.primary_key) + ")")
    for own, other, theirs in table.foreign_keys:
        cols.append(f"FOREIGN KEY ({', '.join(own)}) REFERENCES {other} ({', '.join(theirs)})")
    return f"CREATE TABLE IF NOT EXISTS {table.name} (\n  " + ",\n  ".join(cols) + "\n)"


class SqliteWriter(Writer):
    """One SQLite database: the tables with keys, indexes and FTS5 search; committed per batch."""

    mode = "tables"
    _files: ClassVar[tuple[str, ...]] = ("", "-wal", "-shm", "-journal")

    def working(self) -> list[Path]:
        return [Path(f"{self.part}{suffix}") for suffix in self._files]

    def open(self, mark: Any | None) -> None:
        if mark is None:
            for suffix in self._files:
                Path(f"{self.part}{suffix}").unlink(missing_ok=True)
        self.db = sqlite3.connect(self.part, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=OFF")  # rows arrive parent first; checked at finish
        for table in TABLES:
            self.db.execute(create_table_sql(table))
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        if mark is not None:
            self.db.execute("BEGIN")
            for table in TABLES:
                key = "resolution_id" if "resolution_id" in table.column_names else "id"
                self.db.execute(f"DELETE FROM {table.name} WHERE {key} > ?", (mark,))
            self.db.execute("COMMIT")
        self.last_id = mark or 0
        self.inserts = [
            f"INSERT INTO {t.name} VALUES ({', '.join('?' * len(t.columns))})" for t in TABLES
        ]
        self.pending: list[list[tuple[Any, ...]]] = [[] for _ in TABLES]
        if self.appending:
            self._create_indexes()  # the path lookups of replace() need them at once

    appending = False
    """Whether this run adds to an earlier output (``--append``): a changed input's rows of
    the earlier run are then replaced by its new ones."""
    _runs_before = 0

    def adopt(self, resumed: bool = False) -> int:
        """Copy OUT (when it exists) to ``OUT.part`` with SQLite's backup, so that OUT stays
        whole until the run ends; add any column a newer ratsparse has (columns are only ever
        added at the end); return the last id. OUT must be ratsparse output."""
        self.appending = True
        if not resumed:
            self._copy_out()
        if not self.part.exists():
            return 0
        db = sqlite3.connect(self.part, isolation_level=None)
        try:
            for table in TABLES:
                have = [row[1] for row in db.execute(f"PRAGMA table_info({table.name})")]
                if have and list(table.column_names[: len(have)]) != have:
                    raise OutputError(
                        f"{self.out}: its {table.name} table has other columns than this "
                        "ratsparse writes; convert the archive again instead of --append"
                    )
                for name, kind in table.columns[len(have) :] if have else ():
                    db.execute(f'ALTER TABLE {table.name} ADD COLUMN "{name}" {_SQL_TYPES[kind]}')
                    if (table.name, name) in DERIVED:
                        source, how = DERIVED[table.name, name]
                        key = table.primary_key[0]
                        rows = db.execute(f'SELECT {key}, "{source}" FROM {table.name}')
                        db.executemany(
                            f'UPDATE {table.name} SET "{name}" = ? WHERE {key} = ?',
                            [(how(value), k) for k, value in rows.fetchall()],
                        )
            counts = db.execute("SELECT value FROM meta WHERE key = 'counts'").fetchone()
            self._runs_before = int(json.loads(counts[0]).get("runs", 1)) if counts else 1
            last = db.execute(
                "SELECT max(m) FROM (SELECT max(id) AS m FROM resolutions "
                "UNION ALL SELECT max(id) FROM errors)"
            ).fetchone()[0]
        finally:
            db.close()
        return int(last or 0)

    def _copy_out(self) -> None:
        for suffix in self._files:
            Path(f"{self.part}{suffix}").unlink(missing_ok=True)
        if not self.out.exists():
            return
        try:
            # (the path quoted: a name with "?" or "%" is no URI's query)
            uri = "file:" + quote_from_bytes(os.fsencode(self.out.absolute())) + "?mode=ro"
            source = sqlite3.connect(uri, uri=True)
            try:
                tool = source.execute("SELECT value FROM meta WHERE key = 'tool'").fetchone()
                if tool is None or json.loads(tool[0]) != "ratsparse":
                    raise sqlite3.DatabaseError("no ratsparse meta")
                target = sqlite3.connect(self.part)
                try:
                    source.backup(target)
                finally:
                    target.close()
            finally:
                source.close()
        except (sqlite3.Error, ValueError):
            Path(self.part).unlink(missing_ok=True)
            raise OutputError(
                f"{self.out}: --append adds to a SQLite output of ratsparse convert; this is "
                "none (choose another OUT)"
            ) from None

    def done(self) -> set[tuple[str, str]]:
        rows = self.db.execute(
            "SELECT path, sha256 FROM resolutions WHERE sha256 IS NOT NULL AND sha256 != '' "
            "UNION SELECT path, sha256 FROM errors WHERE sha256 IS NOT NULL AND sha256 != ''"
        )
        return {(path, sha) for path, sha in rows}

    def totals(self, runs: int) -> dict[str, int] | None:
        if not self.appending:
            return None
        by_state = dict(
            self.db.execute("SELECT state, count(*) FROM resolutions GROUP BY state").fetchall()
        )
        unread = self.db.execute(
            "SELECT count(*) FROM errors WHERE id NOT IN (SELECT id FROM resolutions)"
        ).fetchone()[0]
        return _totals(by_state, unread, self._runs_before + runs)

    def _replace(self) -> None:
        """Drop the rows an earlier run wrote for an input now written again (it changed): the
        newest reading of a path is the one the output keeps."""
        first, errors = self.pending[0], self.pending[-1]
        newest = {row[1]: row[0] for row in first}
        newest.update({row[1]: row[0] for row in errors if row[1] not in newest})
        old: set[int] = set()
        changed: set[int] = set()  # (an input unreadable before has no content to compare)
        for path, rid in newest.items():
            for name in ("resolutions", "errors"):
                found = self.db.execute(
                    f"SELECT id, sha256 FROM {name} WHERE path = ? AND id < ?", (path, rid)
                )
                for old_id, sha in found:
                    old.add(old_id)
                    if sha:
                        changed.add(old_id)
        for rid in sorted(old):
            for table in TABLES:
                key = "resolution_id" if "resolution_id" in table.column_names else "id"
                self.db.execute(f"DELETE FROM {table.name} WHERE {key} = ?", (rid,))
        self.replaced += len(changed)

    def _create_indexes(self) -> None:
        for i, (table, columns) in enumerate(SQL_INDEXES):
            self.db.execute(
                f"CREATE INDEX IF NOT EXISTS ix_{table}_{i} ON {table} ({', '.join(columns)})"
            )

    def write(self, item: Done) -> None:
        for buffer, rows in zip(self.pending, item.payload, strict=True):
            if rows:
                buffer.extend(rows)
        self.last_id = item.id

    def commit(self, final: bool = False) -> Any | None:
        self.db.execute("BEGIN")
        if self.appending:
            self._replace()
        for sql, rows in zip(self.inserts, self.pending, strict=True):
            if rows:
                self.db.executemany(sql, rows)
                rows.clear()
        self.db.execute("COMMIT")
        return self.last_id

    def finish(self, manifest: dict[str, Any]) -> None:
        db = self.db
        db.execute("BEGIN")
        self._create_indexes()
        for fts, table, columns, rowid in FTS_TABLES:
            db.execute(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({', '.join(columns)}, "
                f"content='{table}', content_rowid='{rowid}', "
                "tokenize='unicode61 remove_diacritics 2')"
            )
            db.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
        db.execute("DELETE FROM meta")
        db.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [(k, json.dumps(v, ensure_ascii=False)) for k, v in manifest.items()],
        )
        db.execute("COMMIT")
        db.execute("PRAGMA journal_mode=DELETE")
        db.close()
        self._replace_out()

    def close(self) -> None:
        db = getattr(self, "db", None)
        if db is not None:
            db.close()


def _arrow_schema(table: Table) -> pa.Schema:
    import pyarrow as pa

    kinds = {
        "int": pa.int64(),
        "text": pa.string(),
        "bool": pa.bool_(),
        # (a date DuckDB and pandas compare as one: meeting_date > DATE '2015-01-01')
        "date": pa.date32(),
        # (a value of a small set, stored once per shard: outcome, kind, role …)
        "enum": pa.dictionary(pa.int32(), pa.string()),
    }
    return pa.schema([(n, kinds[k]) for n, k in table.columns])


def _arrow_values(column: Sequence[Any], kind: pa.DataType) -> Sequence[Any]:
    """A column's values as Arrow takes them for its type: ISO dates as dates."""
    import pyarrow as pa

    if kind == pa.date32():
        return [None if v is None else dt.date.fromisoformat(v) for v in column]
    return column


class ParquetWriter(Writer):
    """A folder per table of Parquet shards (``resolutions/part-00001.parquet`` …).

    Rows are buffered and written as one shard per table every ``shard_docs`` documents; a
    shard is written under a temporary name and renamed, so a shard is whole or absent.
    """

    mode = "tables"
    is_dir = True
    shard_docs: ClassVar[int] = 5000

    appending = False
    """Whether this run adds to an earlier output (``--append``)."""
    _adopted = 0
    """How many shards per table the earlier output held."""
    _runs_before = 0

    def adopt(self, resumed: bool = False) -> int:
        """Link OUT's shards (when it exists) into ``OUT.part``, so that OUT stays whole until
        the run ends (a shard is never changed in place: a changed one is written anew and
        renamed over its name); give older shards the columns a newer ratsparse has (columns
        are only ever added at the end); return the last id. OUT must be ratsparse's Parquet
        output."""
        import pyarrow.parquet as pq

        self.appending = True
        if not resumed:
            self._link_out()
        if not self.part.is_dir():
            return 0
        manifest = json_object(self.part / MANIFEST)
        counts = manifest.get("counts")
        runs = counts.get("runs", 1) if isinstance(counts, dict) else 1
        self._runs_before = runs if isinstance(runs, int) else 1
        last = 0
        for table, schema in zip(TABLES, map(_arrow_schema, TABLES), strict=True):
            for shard in self._shards(table.name):
                self._adopted = max(self._adopted, _shard_no(shard))
                have = pq.read_schema(shard)
                if list(have.names) != list(table.column_names):
                    self._widen(shard, table, schema, have)
                if table.name in ("resolutions", "errors"):
                    ids = pq.read_table(shard, columns=["id"]).column("id").to_pylist()
                    last = max([last, *(i for i in ids if i is not None)])
        return last

    def adopted_mark(self, last: int) -> Any | None:
        return self._adopted or None

    def _link_out(self) -> None:
        self._discard_part()
        if not self.out.exists():
            return
        manifest = json_object(self.out / MANIFEST) if self.out.is_dir() else {}
        if manifest.get("tool") != "ratsparse" or manifest.get("format") != "parquet":
            raise OutputError(
                f"{self.out}: --append adds to a Parquet output of ratsparse convert; this is "
                "none (choose another OUT)"
            )

        def link(source: str, target: str) -> object:
            try:
                os.link(source, target)
            except OSError:  # (another file system, or no hard links there)
                shutil.copy2(source, target)
            return target

        shutil.copytree(self.out, self.part, copy_function=link)

    def _shards(self, table: str) -> list[Path]:
        folder = self.part / table
        if not folder.is_dir():
            return []
        return sorted((p for p in folder.iterdir() if p.name.endswith(".parquet")), key=_shard_no)

    def _widen(self, shard: Path, table: Table, schema: pa.Schema, have: pa.Schema) -> None:
        """Rewrite a shard of an older ratsparse with this one's columns (the new ones empty);
        a shard whose columns are not the first of this version's is refused."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        names = list(have.names)
        if names != list(table.column_names[: len(names)]) or any(
            have.field(n).type != schema.field(n).type for n in names
        ):
            raise OutputError(
                f"{self.out}: its {table.name} table has other columns than this ratsparse "
                "writes; convert the archive again instead of --append"
            )
        data = pq.read_table(shard)
        for field in list(schema)[len(names) :]:
            if (table.name, field.name) in DERIVED:
                source, how = DERIVED[table.name, field.name]
                values = [how(v) for v in data.column(source).to_pylist()]
                data = data.append_column(field, pa.array(values, type=field.type))
            else:
                data = data.append_column(field, pa.nulls(data.num_rows, type=field.type))
        _write_shard(data, shard)

    def _drop_replaced(self) -> None:
        """Keep each input's newest rows: an input written again (it changed, or could not be
        read before) has its earlier id's rows removed from every table (the tables that refer
        to it first, so that a run cut short while doing so leaves rows to find again)."""
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        newest: dict[str, int] = {}
        seen: list[tuple[int, str, str | None]] = []
        for name in ("resolutions", "errors"):
            for shard in self._shards(name):
                data = pq.read_table(shard, columns=["id", "path", "sha256"])
                ids, paths, shas = (data.column(c).to_pylist() for c in ("id", "path", "sha256"))
                for rid, path, sha in zip(ids, paths, shas, strict=True):
                    seen.append((rid, path, sha))
                    newest[path] = max(newest.get(path, rid), rid)
        old = {rid for rid, path, _ in seen if rid < newest[path]}
        if not old:
            return
        gone = pa.array(sorted(old), type=pa.int64())
        keyed = ("resolutions", "errors")  # (rewritten last: they say which ids are old)
        for table in sorted(TABLES, key=lambda t: t.name in keyed):
            key = "resolution_id" if "resolution_id" in table.column_names else "id"
            for shard in self._shards(table.name):
                data = pq.read_table(shard)
                hit = pc.is_in(data.column(key), value_set=gone)
                if pc.any(hit).as_py():
                    _write_shard(data.filter(pc.invert(hit)), shard)
        self.replaced += len({rid for rid, _, sha in seen if rid in old and sha})

    def done(self) -> set[tuple[str, str]]:
        import pyarrow.parquet as pq

        out: set[tuple[str, str]] = set()
        for name in ("resolutions", "errors"):
            for shard in self._shards(name):
                data = pq.read_table(shard, columns=["path", "sha256"])
                paths, shas = (data.column(c).to_pylist() for c in ("path", "sha256"))
                out.update((p, s) for p, s in zip(paths, shas, strict=True) if s)
        return out

    def totals(self, runs: int) -> dict[str, int] | None:
        import pyarrow.parquet as pq

        if not self.appending:
            return None
        by_state: dict[str, int] = {}
        read: set[int] = set()
        for shard in self._shards("resolutions"):
            data = pq.read_table(shard, columns=["id", "state"])
            read.update(data.column("id").to_pylist())
            for state in data.column("state").to_pylist():
                by_state[state] = by_state.get(state, 0) + 1
        unread = 0
        for shard in self._shards("errors"):
            ids = pq.read_table(shard, columns=["id"]).column("id").to_pylist()
            unread += sum(1 for i in ids if i not in read)
        return _totals(by_state, unread, self._runs_before + runs)

    def open(self, mark: Any | None) -> None:
        import pyarrow  # noqa: F401 - fail now, not after the first batch

        if mark is None:
            self._discard_part()
            self.part.mkdir()
            for table in TABLES:
                (self.part / table.name).mkdir()
        self.shards = mark or 0
        for table in TABLES:
            for shard in (self.part / table.name).iterdir():
                if not shard.name.endswith(".parquet") or _shard_no(shard) > self.shards:
                    shard.unlink()
        self.schemas = [_arrow_schema(t) for t in TABLES]
        self.pending: list[list[tuple[Any, ...]]] = [[] for _ in TABLES]
        self.docs = 0

    def write(self, item: Done) -> None:
        for buffer, rows in zip(self.pending, item.payload, strict=True):
            if rows:
                buffer.extend(rows)
        self.docs += 1

    def commit(self, final: bool = False) -> Any | None:
        if not final and self.docs < self.shard_docs:
            return None
        # (nothing new: no shard; a first shard is written even when empty)
        if self.docs or not self.shards:
            self._write_pending()
        if final and self.appending:
            self._drop_replaced()
        return self.shards

    def _write_pending(self) -> None:
        """The rows buffered since the last shard, as the next shard of each table."""
        import pyarrow as pa

        self.shards += 1
        for table, schema, rows in zip(TABLES, self.schemas, self.pending, strict=True):
            columns = list(zip(*rows, strict=True)) if rows else [() for _ in schema]
            data = pa.table(
                [
                    pa.array(_arrow_values(col, f.type), type=f.type)
                    for col, f in zip(columns, schema, strict=True)
                ],
                schema=schema,
            )
            _write_shard(data, self.part / table.name / f"part-{self.shards:05d}.parquet")
            rows.clear()
        self.docs = 0

    def finish(self, manifest: dict[str, Any]) -> None:
        _write_manifest(self.part, manifest)
        self._replace_out()


def _totals(by_state: dict[str, int], unread: int, runs: int) -> dict[str, int]:
    """What an output holds after ``--append``: its resolutions by state, the inputs that could
    not be read (errors without a resolution) among the failed, and the runs that wrote it."""
    clean, warnings = by_state.get("clean", 0), by_state.get("warnings", 0)
    failed = by_state.get("failed", 0) + unread
    return {
        "seen": clean + warnings + failed,
        "clean": clean,
        "warnings": warnings,
        "failed": failed,
        "runs": runs,
    }


def _write_shard(data: pa.Table, target: Path) -> None:
    """Write a shard whole or not at all: under a temporary name, then renamed over ``target``."""
    import pyarrow.parquet as pq

    tmp = target.with_name(target.name + ".tmp")
    pq.write_table(data, tmp)
    tmp.replace(target)


def json_object(path: Path) -> dict[str, Any]:
    """A JSON object from ``path`` (a manifest); empty where there is none."""
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _shard_no(path: Path) -> int:
    try:
        return int(path.name.split("-")[1].split(".")[0])
    except (IndexError, ValueError):
        return 1 << 30


class ShardedJsonlWriter(Writer):
    """A folder of JSONL shards (``part-00001.jsonl`` …) plus ``errors.jsonl``; for Dask runs."""

    mode = "json"
    is_dir = True
    shard_docs: ClassVar[int] = 2000
    errors: IO[bytes]

    def open(self, mark: Any | None) -> None:
        if mark is None:
            self._discard_part()
            self.part.mkdir()
            self.errors = (self.part / "errors.jsonl").open("wb")
            self.shards = 0
        else:
            self.shards, errors_at = mark
            self.errors = _reopen(self.part / "errors.jsonl", errors_at)
            for shard in self.part.glob("part-*"):
                if _shard_no(shard) > self.shards or not shard.name.endswith(".jsonl"):
                    shard.unlink()
        self.lines: list[str] = []

    def write(self, item: Done) -> None:
        self.lines.extend(_lines(item.payload))
        if item.state in ("failed", "error"):
            self.errors.write((_error_line(item) + "\n").encode("utf-8"))

    def commit(self, final: bool = False) -> Any | None:
        if self.lines and (final or len(self.lines) >= self.shard_docs):
            self.shards += 1
            target = self.part / f"part-{self.shards:05d}.jsonl"
            tmp = target.with_name(target.name + ".tmp")
            tmp.write_text("".join(line + "\n" for line in self.lines), encoding="utf-8")
            tmp.replace(target)
            self.lines.clear()
        elif not final:
            return None
        self.errors.flush()
        return [self.shards, self.errors.tell()]

    def finish(self, manifest: dict[str, Any]) -> None:
        self.errors.close()
        _write_manifest(self.part, manifest)
        self._replace_out()

    def close(self) -> None:
        errors = getattr(self, "errors", None)
        if errors is not None and not errors.closed:
            errors.close()


def make_writer(fmt: Format, out: Path, *, sharded: bool = False) -> Writer:
    """The writer for a format (``sharded``: JSONL as a folder of shards, for Dask runs)."""
    if fmt == "jsonl" and sharded:
        return ShardedJsonlWriter(out)
    kinds: dict[Format, type[Writer]] = {
        "jsonl": JsonlWriter,
        "json": JsonWriter,
        "csv": CsvWriter,
        "sqlite": SqliteWriter,
        "parquet": ParquetWriter,
        "oparl": OparlWriter,
    }
    return kinds[fmt](out)


def format_from_name(out: str, *, folder: bool = False) -> Format:
    """``--to``'s default from OUT's extension (``.jsonl``, ``.json``, ``.sqlite``/``.db``,
    ``.parquet``); otherwise CSV when ``folder`` (OUT was written ``OUT/``), else JSON Lines.
    Never from what is on disk: the same command writes the same format every time."""
    suffix = Path(out).suffix.lower()
    by_suffix: dict[str, Format] = {
        ".jsonl": "jsonl",
        ".ndjson": "jsonl",
        ".json": "json",
        ".sqlite": "sqlite",
        ".sqlite3": "sqlite",
        ".db": "sqlite",
        ".parquet": "parquet",
        ".csv": "csv",
    }
    return by_suffix.get(suffix, "csv" if folder else "jsonl")
