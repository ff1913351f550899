"""The command line's entry point and its commonest job: read files, call the core, print.

Exit codes: 0 parsed (warnings allowed), 1 a file has error diagnostics, 2 usage error or a file
that cannot be read.

``ratsparse FILE... [--json | --jsonl]`` is read here without Typer: the plain records are
printed as JSON without Pydantic, so a one-file run starts about as fast as importing the parser.
Every other command line (help, other options, other commands) goes to the Typer application
in :mod:`ratsparse.cli_app`, which calls :func:`run_parse` for the same job.
"""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING, Any, Final, Literal

if TYPE_CHECKING:
    from ratsparse.records import SourceKind
    from ratsparse.render import Lang

Mode = Literal["text", "json", "jsonl", "oparl", "akn"]

COMMANDS: Final = frozenset({"parse", "split", "schema", "check", "rule", "convert"})
"""The Typer application's commands (a test keeps this in step with it)."""


def _fail(message: str) -> None:
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
        _fail(f"{name}: is a directory (give files, or use 'ratsparse convert' for folders)")
    except OSError as exc:
        _fail(f"{name}: cannot read: {exc.strerror or exc}")
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
                _fail(
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


def _piped() -> bool:
    """Whether standard input is a pipe or a file, not a terminal (``cat f | ratsparse``)."""
    try:
        return sys.stdin is not None and not sys.stdin.isatty()
    except (AttributeError, OSError, ValueError):  # closed or detached: nothing to read
        return False


def simple_parse(args: list[str], *, piped: bool = False) -> tuple[list[str], Mode] | None:
    """``[parse] FILE... [--json | --jsonl]`` in any order: the files and the output mode.
    With no file, standard input where it is ``piped`` (``cat f | ratsparse --json``).

    None for anything else (no file from a terminal, another command, any other option, both
    modes, ``--``): that command line is Typer's to read, with its help and its error messages.
    """
    if args and args[0] == "parse":
        args = args[1:]
    elif args and args[0] in COMMANDS:
        return None
    files: list[str] = []
    mode: Mode = "text"
    for arg in args:
        if arg in ("--json", "--jsonl"):
            if mode != "text":
                return None
            mode = "json" if arg == "--json" else "jsonl"
        elif arg == "-" or not arg.startswith("-"):
            files.append(arg)
        else:
            return None
    if not files and piped:
        files = ["-"]
    return (files, mode) if files else None


def main() -> None:
    """Console entry point: usage errors exit 2, never a traceback."""
    # The CLI runs no user code, so Pydantic need not scan installed packages for plugins.
    # Set the variable yourself to override.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    code: int | str | None = 0
    try:
        simple = simple_parse(sys.argv[1:], piped=_piped())
        if simple is not None:
            code = run_parse(*simple)
        else:
            from ratsparse.cli_app import app

            app(standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
    except BrokenPipeError:  # the reader went away ('| head'): nothing more to say to it
        code = 1
    except KeyboardInterrupt:
        _fail("interrupted")
        code = 130
    # Everything is written: leave without tearing down the interpreter (a third of the cold
    # start). Only the console script does this, never the library or in-process callers.
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, OSError):
        code = code or 1
    if isinstance(code, str):
        sys.stderr.write(code + "\n")
        code = 1
    os._exit(code or 0)
