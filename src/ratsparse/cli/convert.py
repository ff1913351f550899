"""``ratsparse convert``: batch-convert whole archives. Thin: options in, ``convert.run``, summary.

Data goes only to the output; the progress bar (Rich, on stderr, only when stderr is a terminal)
and the summary line go to stderr.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Final

import typer

from ratsparse.cli import options as cli_options
from ratsparse.source import MAX_SIZE

if TYPE_CHECKING:
    from ratsparse.convert.engine import Progress

EPILOG = """\
Examples:

\b
  ratsparse convert archive/ -o koeln.sqlite            all *.txt under archive/, SQLite
  ratsparse convert archive/ -o out.jsonl --jobs 2      JSON Lines, two worker processes
  ratsparse convert archive/ -o tables/ --to csv        a folder of CSV tables
  ratsparse convert archive/ -o out.parquet             Parquet tables (ratsparse[parquet])
  ratsparse convert archive/ --glob '**/*.TXT' -o x.db  other file names
  cat paths.txt | ratsparse convert --files-from - -o out.jsonl
  ratsparse convert archive/ -o koeln.sqlite --resume   continue an interrupted run
  ratsparse convert archive/ -o koeln.sqlite --append   add new and changed files only
  ratsparse convert archive/ -o koeln.jsonl --append    the same for JSON Lines
  ratsparse convert archive/ -o koeln.parquet --append  and for Parquet tables
  ratsparse convert protokolle/ -o items.jsonl --split  one line per agenda item
  ratsparse convert archive/ -o ris.jsonl --to oparl    OParl 1.1 objects, one per line
  ratsparse convert archive/ -o out/ --engine dask --scheduler tcp://host:8786

\b
Exit codes: 0 every file parsed (warnings allowed), 1 a file failed (it is a row
in the errors table or NAME.errors.jsonl), 2 usage error (also: OUT is not ratsparse
output, is an input, is being written by another run, or cannot be written, e.g. the
disk is full), 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).
"""


def _fail(message: str) -> None:
    from ratsparse.text import printable

    # file names and messages may hold control characters: none reaches the terminal raw
    sys.stderr.write(f"ratsparse convert: {printable(message)}\n")


class _RichProgress:
    """Files done, files/s and ETA on stderr."""

    def __init__(self, total: int | None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("convert"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} files/s"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.task = self.progress.add_task("convert", total=total, rate="…")

    def start(self) -> None:
        self.progress.start()

    def advance(self, n: int) -> None:
        task = self.progress.tasks[0]
        speed = task.speed
        self.progress.update(
            self.task, advance=n, rate=f"{speed:,.0f}" if speed is not None else "…"
        )

    def stop(self) -> None:
        self.progress.stop()


class _Terminated(KeyboardInterrupt):
    """SIGTERM: handled as Ctrl-C is, but exits 143."""


def _terminate(signum: int, frame: Any) -> None:
    raise _Terminated


def convert(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files and folders (folders are searched recursively).", metavar="PATH"
        ),
    ] = None,
    output: Annotated[
        str,
        typer.Option(
            "-o", "--output", help="Output file, or folder for csv/parquet/dask.", metavar="OUT"
        ),
    ] = "",
    to: Annotated[
        str | None,
        typer.Option(
            "--to",
            help="jsonl, json, csv, sqlite, parquet or oparl (OParl 1.1 objects, one per "
            "line) (default: from OUT's extension).",
            metavar="FORMAT",
        ),
    ] = None,
    glob: Annotated[
        str | None,
        typer.Option(
            "--glob",
            help="Which files a folder contributes [default: '**/*.txt'].",
            metavar="PATTERN",
        ),
    ] = None,
    files_from: Annotated[
        str | None,
        typer.Option(
            "--files-from", help="Read paths, one per line, from FILE ('-': stdin).", metavar="FILE"
        ),
    ] = None,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            help="Worker processes [default: all cores].",
            show_default=False,
            metavar="N",
        ),
    ] = 0,
    resume: Annotated[
        bool, typer.Option("--resume", help="Continue an interrupted run into the same OUT.")
    ] = False,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="With --to oparl: the OParl API's address the ids are made under (else URNs "
            "from each text's hash).",
            metavar="URL",
        ),
    ] = None,
    append: Annotated[
        bool,
        typer.Option(
            "--append",
            help="Add to the SQLite, JSON Lines or Parquet OUT: inputs it holds unchanged (same "
            "path and SHA-256) are skipped, changed ones replace their rows, new ones are added; "
            "ids stay.",
        ),
    ] = False,
    abort_on_error: Annotated[
        bool, typer.Option("--abort-on-error", help="Stop at the first file that fails.")
    ] = False,
    max_file_size: Annotated[
        str | None, cli_options.max_file_size("A larger file fails: an errors row, too-large.")
    ] = None,
    engine: Annotated[
        str,
        typer.Option(
            "--engine", help="local (processes) or dask (ratsparse[dask]).", metavar="ENGINE"
        ),
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Dask scheduler address; without it a local cluster is started.",
            metavar="ADDRESS",
        ),
    ] = None,
    commit_every: Annotated[
        int,
        typer.Option(
            "--commit-every",
            help="Documents between commits (what a kill can cost; --resume redoes it).",
            metavar="N",
        ),
    ] = 500,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Replace OUT even when it is not ratsparse output (never an input)."
        ),
    ] = False,
    split: Annotated[
        bool,
        typer.Option(
            "--split",
            help="One record per agenda item of minutes (JSON Lines or JSON); a text without "
            "items stays one record. The tables formats have the items table instead.",
        ),
    ] = False,
    kind: cli_options.From = None,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No progress, no summary.")] = False,
) -> None:
    """Convert whole archives of resolution texts to JSON Lines, JSON, CSV, SQLite, Parquet or
    OParl.

    Every input is accounted for: a file that fails is a row in the errors table (or
    NAME.errors.jsonl) and never stops the run.
    """
    from ratsparse.convert import (
        FORMATS,
        InputError,
        Options,
        OutputError,
        WriteError,
        describe,
        discover,
        format_from_name,
        parse_size,
        read_stdin_list,
        run,
    )
    from ratsparse.convert.inputs import check_paths

    given = list(paths or [])
    source_kind = cli_options.input_kind(kind)  # a usage error (exit 2) before anything runs
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        if not output:
            raise InputError("give the output with -o OUT")
        if not given and files_from is None:
            raise InputError("give files or folders to convert (or --files-from FILE)")
        # OUT/ (a folder): the tables as CSV files; never guessed from what is on disk.
        folder = output.endswith("/") and engine == "local"
        fmt = to.lower() if to else format_from_name(output, folder=folder)
        if fmt not in FORMATS:
            raise InputError(f"--to {to}: choose one of {', '.join(FORMATS)}")
        if engine not in ("local", "dask"):
            raise InputError(f"--engine {engine}: choose local or dask")
        if split and fmt not in ("jsonl", "json"):
            raise InputError(
                f"--split writes JSON Lines or JSON, not {fmt}: "
                + (
                    "every agenda item is an AgendaItem of its own already"
                    if fmt == "oparl"
                    else "the tables give every agenda item a row of their items table already"
                )
            )
        if base_url is not None and fmt != "oparl":
            raise InputError("--base-url names the ids of --to oparl; give --to oparl")
        if append and (fmt not in ("sqlite", "jsonl", "parquet") or engine == "dask"):
            raise InputError(
                "--append adds to a SQLite, JSON Lines or Parquet output (.sqlite, .db, .jsonl, "
                f".parquet) of the local engine, not {fmt}"
                + (" by --engine dask" if fmt in ("sqlite", "jsonl", "parquet") else "")
                + ": the other outputs are written whole, so convert the archive again"
            )
        if append and force:
            raise InputError("--append keeps what OUT holds; --force would replace it: give one")
        if scheduler and engine != "dask":
            raise InputError("--scheduler needs --engine dask")
        _need_extra(fmt == "parquet", "pyarrow", "parquet", "--to parquet")
        _need_extra(engine == "dask", "distributed", "dask", "--engine dask")
        if jobs < 0:
            raise InputError("--jobs must be at least 1")
        if commit_every < 1:
            raise InputError("--commit-every must be at least 1")
        max_size = parse_size(max_file_size) if max_file_size is not None else MAX_SIZE
        check_paths(given)
        show = not quiet and sys.stderr.isatty()
        listed = read_stdin_list() if files_from == "-" else None
        inputs = discover(given, glob, files_from, listed)
        total: int | None = None
        if show:
            total = sum(1 for _ in discover(given, glob, files_from, listed))
        options = Options(
            inputs=inputs,
            out=Path(output.rstrip("/") or output),
            fmt=fmt,
            jobs=jobs or _cores(),
            resume=resume,
            append=append,
            base_url=base_url,
            abort_on_error=abort_on_error,
            max_size=max_size,
            engine=engine,  # type: ignore[arg-type]  # checked above
            scheduler=scheduler,
            commit_every=commit_every,
            force=force,
            split=split,
            kind=source_kind,
            given=tuple(given),
            sources=describe(given, glob, files_from, listed),
        )
        progress: Progress | None = _RichProgress(total) if show else None
        summary = run(options, progress)
    except WriteError as exc:
        _fail(f"{exc}; once that is fixed, run the same command with --resume to continue")
        raise typer.Exit(2) from None
    except (InputError, OutputError) as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None
    except KeyboardInterrupt as exc:
        _fail(f"interrupted; run the same command with --resume to continue into {output}")
        raise typer.Exit(143 if isinstance(exc, _Terminated) else 130) from None
    except OSError as exc:
        _fail(f"{exc.filename or output}: {exc.strerror or exc}")
        raise typer.Exit(2) from None
    except Exception as exc:  # a worker died, a cluster went away: say so in one line
        _fail(f"{type(exc).__name__}: {exc}; --resume continues from the last commit")
        raise typer.Exit(1) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
    if resume and not summary.resumed and not quiet:
        _fail("nothing to resume for this output; converted everything")
    if summary.seen == 0 and not quiet:
        hint = "" if glob else _other_inputs(given)
        _fail(f"no input files found (folders contribute files matching {glob or '**/*.txt'})")
        if hint:
            _fail(hint)
    if summary.aborted:
        _fail(f"stopped at {summary.aborted} (--abort-on-error); --resume continues")
    if not quiet:
        _fail(summary.line(options.out))
    failed = summary.failed or summary.failed_before or summary.aborted
    raise typer.Exit(1 if failed else 0)


_OTHER_SUFFIXES: Final = (".html", ".htm", ".json", ".pdf")


def _other_inputs(given: list[str], look_at: int = 10_000) -> str:
    """A hint where the given folders hold RIS pages, OParl JSON or PDF but no texts: how many
    of each (among the first ``look_at`` names), and the --glob that takes them."""
    found: dict[str, int] = {}
    seen = 0
    for folder in given:
        if not Path(folder).is_dir():
            continue
        for _, _, names in os.walk(folder):
            for name in names:
                seen += 1
                suffix = Path(name).suffix.lower()
                if suffix in _OTHER_SUFFIXES:
                    found[suffix] = found.get(suffix, 0) + 1
            if seen >= look_at:
                break
    if not found:
        return ""
    most = max(found, key=lambda k: found[k])
    listed = ", ".join(f"{n} *{suffix}" for suffix, n in sorted(found.items()))
    return f"the folders hold {listed}: add --glob '**/*{most}' to convert them"


def _cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _need_extra(needed: bool, module: str, extra: str, option: str) -> None:
    import importlib.util

    from ratsparse.convert import InputError

    if needed and importlib.util.find_spec(module) is None:
        raise InputError(f"{option} needs {module}: pip install 'ratsparse[{extra}]'")


def register(app: typer.Typer) -> None:
    """Add ``convert`` to the command line."""
    app.command(name="convert", epilog=EPILOG, no_args_is_help=True)(convert)
