"""The commonest job of the command line, without Typer: read files, call the core, print.

Both the entry point (:mod:`ratsparse.cli`, for ``ratsparse FILE... [--json | --jsonl]``) and the
Typer application (:mod:`ratsparse.cli.app`, for every other command line that parses files) run
:func:`run_parse`; neither imports the other's module for it.
"""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ratsparse.records import SourceKind
    from ratsparse.render import Lang

Mode = Literal["text", "json", "jsonl", "oparl", "akn"]


def fail(message: str) -> None:
    from ratsparse.text import printable

    sys.stderr.write(f"ratsparse: {printable(message)}\n")


def _read(name: str, limit: int) -> tuple[bytes, int | None] | None:
    """The bytes, at most ``limit + 1`` of them, and the file's size where it is known."""
    from ratsparse.source import read_at_most, read_file

    if name == "-":
        return read_at_most(sys.stdin.buffer, limit), None
    try:
        return read_file(name, limit)
    except IsADirectoryError:
        fail(f"{name}: is a directory (give files, or use 'ratsparse convert' for folders)")
    except OSError as exc:
        fail(f"{name}: cannot read: {exc.strerror or exc}")
    return None


def dump(obj: Any, *, indent: int | None) -> str:
    """JSON as the command line prints it: UTF-8 text, not ASCII-escaped."""
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def run_parse(
    files: list[str],
    mode: Mode,
    max_size: int | None = None,
    *,
    items: bool = False,
    kind: SourceKind | None = None,
    lang: Lang = "de",
    base_url: str | None = None,
) -> int:
    """Parse ``files`` and print them; the exit code. Inputs over ``max_size`` bytes (default:
    :data:`ratsparse.source.MAX_SIZE`) are not parsed; their result holds RP905. ``items``: one
    record per agenda item (``ratsparse split``), and ``json`` is then always one array;
    ``lang``: the summary's language."""
    from ratsparse.core import over_limit, read_bytes, split
    from ratsparse.parser import tables_cached, tables_kept
    from ratsparse.records import to_plain
    from ratsparse.source import MAX_SIZE
    from ratsparse.text import path_text

    unreadable = False
    errors = False
    docs: list[dict[str, Any]] = []
    limit = MAX_SIZE if max_size is None else max_size
    for name in files:
        read = _read(name, limit)
        if read is None:
            unreadable = True
            continue
        data, size = read
        shown = path_text(name)  # a name that is not UTF-8, escaped: the JSON stays UTF-8
        if len(data) > limit:
            res = over_limit(data, shown, limit, size)
        else:
            if not tables_cached():
                fail(
                    "building the parser tables (first run only, a few seconds)…"
                    if tables_kept()
                    else "building the parser tables (a few seconds; no private cache folder"
                    " to keep them in, see README)…"
                )
            res = read_bytes(data, source=shown, kind=kind)
        errors = errors or any(d.severity == "error" for d in res.diagnostics)
        for record in split(res) if items else (res,):
            if mode == "jsonl":
                sys.stdout.write(dump(to_plain(record), indent=None) + "\n")
            elif mode == "oparl":
                from ratsparse.oparl_out import to_oparl

                docs.extend(to_oparl(to_plain(record), base_url))
            elif mode == "akn":  # one document (the command line takes one file)
                from ratsparse.akn_out import to_akn

                sys.stdout.write(to_akn(to_plain(record)) + "\n")
            elif mode == "json":
                docs.append(to_plain(record))
            else:
                _show(record, lang)
    if mode == "json" and (docs or items):
        out = docs[0] if len(files) == 1 and not items else docs
        sys.stdout.write(dump(out, indent=2) + "\n")
    elif mode == "oparl":  # one array of every file's objects
        sys.stdout.write(dump(docs, indent=2) + "\n")
    sys.stdout.flush()
    return 2 if unreadable else 1 if errors else 0


def _show(res: Any, lang: Lang) -> None:
    from ratsparse.core import validated
    from ratsparse.render import plain, rich_view

    model = validated(res)
    if sys.stdout.isatty() and os.environ.get("TERM") != "dumb":
        from rich.console import Console

        Console().print(rich_view(model, lang))
    else:
        sys.stdout.write(plain(model, lang) + "\n")
