"""The command line: read, call the core, render. Data to stdout, messages to stderr.

Exit codes: 0 parsed (warnings allowed), 1 a file has error diagnostics, 2 usage error or a file
that cannot be read.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from ratsparse._version import __version__
from ratsparse.cli_check import register as register_check
from ratsparse.cli_convert import register as register_convert

EPILOG = """\
Examples:

\b
  ratsparse beschluss.txt                 summary in the terminal
  ratsparse beschluss.txt --json          the contract as one JSON object
  ratsparse a.txt b.txt --jsonl           one JSON object per line
  cat beschluss.txt | ratsparse - --json  read standard input
  ratsparse schema > resolution.schema.json
"""


class _DefaultToParse(TyperGroup):
    """``ratsparse FILE`` means ``ratsparse parse FILE``."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["parse", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(
    cls=_DefaultToParse,
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Parse German council resolution texts (Beschlüsse) into validated data.\n\n"
    "'ratsparse FILE...' is short for 'ratsparse parse FILE...'.",
    epilog=EPILOG,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"ratsparse {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Parse German council resolution texts (Beschlüsse) into validated data.

    'ratsparse FILE...' is short for 'ratsparse parse FILE...'.
    """


def _fail(message: str) -> None:
    sys.stderr.write(f"ratsparse: {message}\n")


def _read(name: str) -> bytes | None:
    if name == "-":
        return sys.stdin.buffer.read()
    path = Path(name)
    try:
        if path.is_dir():
            _fail(f"{name}: is a directory (give files, or use 'ratsparse convert' for folders)")
            return None
        return path.read_bytes()
    except OSError as exc:
        _fail(f"{name}: cannot read: {exc.strerror or exc}")
        return None


def _dump(obj: Any, *, indent: int | None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent)


@app.command(epilog=EPILOG)
def parse(
    files: Annotated[
        list[str], typer.Argument(help="Resolution text files; '-' reads stdin.", metavar="FILE")
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print JSON (an array for several files).")
    ] = False,
    as_jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Print one JSON object per line.")
    ] = False,
) -> None:
    """Parse FILEs and show a summary (or JSON with --json / --jsonl)."""
    from ratsparse.core import parse_bytes
    from ratsparse.parser import tables_cached

    if as_json and as_jsonl:
        raise typer.BadParameter("choose one of --json and --jsonl")
    unreadable = False
    errors = False
    docs: list[dict[str, Any]] = []
    for name in files:
        data = _read(name)
        if data is None:
            unreadable = True
            continue
        if not tables_cached():
            _fail("building the parser tables (first run only, a few seconds)…")
        res = parse_bytes(data, source=name)
        errors = errors or any(d.severity == "error" for d in res.diagnostics)
        if as_jsonl:
            sys.stdout.write(_dump(res.model_dump(mode="json"), indent=None) + "\n")
        elif as_json:
            docs.append(res.model_dump(mode="json"))
        else:
            _show(res)
    if as_json and docs:
        out = docs[0] if len(files) == 1 else docs
        sys.stdout.write(_dump(out, indent=2) + "\n")
    sys.stdout.flush()
    raise typer.Exit(2 if unreadable else 1 if errors else 0)


def _show(res: Any) -> None:
    from ratsparse.render import plain, rich_view

    if sys.stdout.isatty() and os.environ.get("TERM") != "dumb":
        from rich.console import Console

        Console().print(rich_view(res))
    else:
        sys.stdout.write(plain(res) + "\n")


SCHEMA_EPILOG = """\
Examples:

\b
  ratsparse schema > resolution.schema.json
  ratsparse schema | python -m json.tool | less
"""


@app.command(epilog=SCHEMA_EPILOG)
def schema() -> None:
    """Print the JSON Schema of the output (schema_version 1)."""
    from ratsparse.models import Resolution

    sys.stdout.write(_dump(Resolution.model_json_schema(mode="serialization"), indent=2) + "\n")


register_check(app)  # the linter: 'ratsparse check', 'ratsparse rule'
register_convert(app)  # batch conversion: 'ratsparse convert'


def main() -> None:
    """Console entry point: usage errors exit 2, never a traceback."""
    # The CLI runs no user code, so Pydantic need not scan installed packages for plugins.
    # Set the variable yourself to override.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    code: int | str | None = 0
    try:
        app(standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
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
