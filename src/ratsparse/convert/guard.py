"""What stands at OUT before a run: a lock against a second run, and checks that nothing but
ratsparse output is ever replaced, and never an input.

How ratsparse output is recognised (anything else at OUT is refused unless ``--force``):

* an empty file or an empty folder (nothing to lose);
* a SQLite database whose ``meta`` table says ``tool = "ratsparse"``;
* a JSON Lines or JSON file whose first record is a contract object (it has ``schema_version``
  and ``source``) or an OParl object (``id``, then an OParl ``type``), the same for
  ``NAME.errors.jsonl`` with an errors record (``id``, ``path``, ``code``);
* a folder with a ``manifest.json`` that says ``"tool": "ratsparse"`` (CSV, Parquet, shards).

The lock is ``OUT.part.lock``, held with ``flock`` for the whole run and removed at its end; a
second run into the same OUT finds it held and stops (POSIX only).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final
from urllib.parse import quote_from_bytes

from ratsparse.convert.names import path_text
from ratsparse.convert.writers import MANIFEST, OutputError, Writer, json_object

FileId = tuple[int, int]
"""(device, inode): the same file whatever name or link reaches it."""

_PEEK: Final = 512
"""How much of a file is read to recognise it."""
_CONTRACT_LINE: Final = re.compile(
    rb'(?:\[\n)?\{"schema_version":\s*\d+,\s*"source":|\[\n\n\]\n'
    rb'|\{"id":"[^"\n]{1,200}","type":"https://schema\.oparl\.org/'
)
"""A JSON Lines or JSON output: its first record is a contract object (or an OParl object of
``--to oparl``), or it is ``[]``."""
_ERRORS_LINE: Final = re.compile(rb'\{"id":\s*\d+,\s*"path":')
"""An errors file: its first record is an errors record."""


class OutputLock:
    """``OUT.part.lock``, held exclusively while a run writes OUT."""

    def __init__(self, writer: Writer) -> None:
        self.path = writer.part.with_name(writer.part.name + ".lock")
        self.fd: int | None = None

    def acquire(self, out: Path) -> None:
        parent = out.absolute().parent
        if not parent.is_dir():
            raise OutputError(f"{path_text(str(parent))}: no such folder")
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock
            return
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise OutputError(
                    f"{path_text(str(out))}: another ratsparse convert is writing it "
                    f"(it holds {path_text(str(self.path))}); wait for it to end or stop it"
                ) from None
            # A run that just ended removed the file we opened: lock the one now there.
            try:
                same = os.path.samestat(os.fstat(fd), self.path.stat())
            except FileNotFoundError:
                same = False
            if same:
                self.fd = fd
                return
            os.close(fd)

    def release(self) -> None:
        if self.fd is None:
            return
        self.path.unlink(missing_ok=True)  # while still held: no one can lock it meanwhile
        os.close(self.fd)
        self.fd = None


def file_ids(paths: Iterable[Path]) -> frozenset[FileId]:
    """The (device, inode) of every existing file among ``paths``, and of every file in those
    that are folders."""
    found: set[FileId] = set()
    for path in paths:
        try:
            st = path.stat()
        except OSError:
            continue
        if path.is_dir():
            for folder, _, files in os.walk(path):
                for name in files:
                    try:
                        inner = os.stat(os.path.join(folder, name))  # noqa: PTH116, PTH118
                    except OSError:
                        continue
                    found.add((inner.st_dev, inner.st_ino))
        else:
            found.add((st.st_dev, st.st_ino))
    return frozenset(found)


def input_clash(out: Path, path: str) -> OutputError:
    """The error for an input (``path``, as :func:`path_text` gives it) that the run would
    write over."""
    return OutputError(
        f"{path_text(str(out))}: is also an input ({path}); write the output somewhere else"
    )


def check_output(
    writer: Writer, fmt: str, given: Iterable[str], *, force: bool
) -> frozenset[FileId]:
    """Refuse an OUT that would clobber an input or something that is not ours (unless
    ``force``); return the files the run will replace, which no input may be."""
    out = writer.out
    targets = writer.targets()
    replaced = file_ids(targets)
    for p in given:
        try:
            st = os.stat(p)  # noqa: PTH116
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in replaced:
            raise input_clash(out, path_text(p))
    if writer.is_dir:
        if out.exists() and not out.is_dir():
            raise OutputError(
                f"{path_text(str(out))}: exists and is not a folder (--to {fmt} writes a folder)"
            )
    elif out.is_dir():
        raise OutputError(
            f"{path_text(str(out))}: is a folder; --to {fmt} writes a file "
            "(for a folder of tables write OUT/ or give --to csv or --to parquet)"
        )
    if force:
        return replaced
    for target in targets:
        if not _ours_or_nothing(target, errors=target != out):
            raise OutputError(
                f"{path_text(str(target))}: exists and is not ratsparse output; choose another "
                "OUT, or give --force to replace it"
            )
    return replaced


def _ours_or_nothing(path: Path, *, errors: bool) -> bool:
    """Whether ``path`` is absent, empty, or recognisably ratsparse output (see the module)."""
    try:
        if path.is_dir():
            if not any(path.iterdir()):
                return True
            return bool(json_object(path / MANIFEST).get("tool") == "ratsparse")
        if not path.exists() or path.stat().st_size == 0:
            return True
        with path.open("rb") as handle:
            head = handle.read(_PEEK)
    except OSError:
        return False
    if head.startswith(b"SQLite format 3\x00"):
        return bool(_sqlite_tool(path) == "ratsparse")
    pattern = _ERRORS_LINE if errors else _CONTRACT_LINE
    return pattern.match(head) is not None


def _sqlite_tool(path: Path) -> Any:
    try:
        uri = "file:" + quote_from_bytes(os.fsencode(path.absolute())) + "?mode=ro"
        con = sqlite3.connect(uri, uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'tool'").fetchone()
        finally:
            con.close()
        return json.loads(row[0]) if row else None
    except (sqlite3.Error, ValueError):
        return None
