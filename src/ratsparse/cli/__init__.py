"""The command line: its entry point, and the shell's modules beside it.

Exit codes: 0 parsed (warnings allowed), 1 a file has error diagnostics, 2 usage error or a file
that cannot be read.

``ratsparse FILE... [--json | --jsonl]`` is read here without Typer (:mod:`.run` does the job):
the plain records are printed as JSON without Pydantic, so a one-file run starts about as fast as
importing the parser. Every other command line (help, other options, other commands) goes to the
Typer application in :mod:`.app`, which calls the same :func:`.run.run_parse`. The package:

- ``__init__``: the entry point, :func:`main`;
- ``run``: reading files, calling the core, printing (no Typer, no Rich until a summary is shown);
- ``app``: the Typer application and the commands ``parse``, ``split`` and ``schema``;
- ``check``, ``convert``: the commands of those names, added to the application;
- ``options``: the options those commands share.
"""

from __future__ import annotations

import os
import sys
from typing import Final

from ratsparse.cli.run import Mode, fail, run_parse

COMMANDS: Final = frozenset({"parse", "split", "schema", "check", "rule", "convert"})
"""The Typer application's commands (a test keeps this in step with it)."""


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
            from ratsparse.cli.app import app

            app(standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
    except BrokenPipeError:  # the reader went away ('| head'): nothing more to say to it
        code = 1
    except KeyboardInterrupt:
        fail("interrupted")
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
