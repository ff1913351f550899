"""The command line's Typer application: every command, its options and its help.

Data to stdout, messages to stderr. The entry point is :func:`ratsparse.cli.main`, which runs
the plain ``ratsparse FILE...`` itself and hands every other command line to :data:`app`.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from typer.core import TyperArgument, TyperGroup

from ratsparse._version import __version__
from ratsparse.cli.check import register as register_check
from ratsparse.cli.convert import register as register_convert
from ratsparse.cli.options import (
    From,
    LangOption,
    input_kind,
    max_file_size,
    size_limit,
    summary_lang,
)
from ratsparse.cli.run import Mode, dump, run_parse


def _argument_shown(self: TyperArgument, ctx: Any) -> str | None:
    """How help shows an argument after its metavar: ``FILE...`` for several, nothing for one
    (Typer would add the Python type, ``FILE <list[str]>``)."""
    if self.metavar is None:
        return _typer_shown(self, ctx)
    return "..." if self.nargs != 1 else None


# Typer's help shows an argument's Python type beside its metavar; every argument here has a
# metavar that says what it is, so the help shows that alone.
_typer_shown = TyperArgument.display_type_rich
TyperArgument.display_type_rich = _argument_shown  # type: ignore[method-assign, assignment]

EPILOG = """\
Examples:

\b
  ratsparse beschluss.txt                 summary in the terminal
  ratsparse beschluss.txt --json          the contract as one JSON object
  ratsparse beschluss.txt --lang en       the summary in English
  ratsparse a.txt b.txt --jsonl           one JSON object per line
  cat beschluss.txt | ratsparse --json    read standard input
  ratsparse split niederschrift.txt --json one record per agenda item
  ratsparse beschluss.txt --to oparl      OParl 1.1 objects (the vote in an extension)
  ratsparse beschluss.txt --to akn        an Akoma Ntoso 3 statement (XML)
  ratsparse schema > resolution.schema.json

Exit codes: 0 parsed (warnings allowed), 1 a file has error diagnostics, 2 usage
error or a file that cannot be read.
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


Files = Annotated[list[str], typer.Argument(help="Text files; '-' reads stdin.", metavar="FILE")]
JsonLines = Annotated[bool, typer.Option("--jsonl", help="Print one JSON object per line.")]
MaxSize = Annotated[
    str | None, max_file_size("A larger input is not parsed; its result holds RP905.")
]


def _run(
    files: list[str],
    as_json: bool,
    as_jsonl: bool,
    max_size: str | None,
    items: bool,
    kind: str | None = None,
    lang: str = "de",
    to: str | None = None,
    base_url: str | None = None,
) -> int:
    if as_json and as_jsonl:
        raise typer.BadParameter("choose one of --json and --jsonl")
    standard = to.lower() if to is not None else None
    if standard is not None and standard not in ("oparl", "akn"):
        raise typer.BadParameter(f"--to {to}: choose oparl (OParl 1.1) or akn (Akoma Ntoso 3)")
    if standard is not None and (as_json or as_jsonl):
        raise typer.BadParameter(f"--to {standard} prints its own format; leave out --json/--jsonl")
    if base_url is not None and standard != "oparl":
        raise typer.BadParameter("--base-url names the ids of --to oparl; give --to oparl")
    if standard == "akn" and len(files) != 1:
        raise typer.BadParameter("--to akn writes one XML document: give one file")
    mode: Mode = (
        "oparl"
        if standard == "oparl"
        else "akn"
        if standard == "akn"
        else "json"
        if as_json
        else "jsonl"
        if as_jsonl
        else "text"
    )
    return run_parse(
        files,
        mode,
        size_limit(max_size),
        items=items,
        kind=input_kind(kind),
        lang=summary_lang(lang),
        base_url=base_url,
    )


@app.command(epilog=EPILOG)
def parse(
    files: Files,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print JSON (an array for several files).")
    ] = False,
    as_jsonl: JsonLines = False,
    max_size: MaxSize = None,
    kind: From = None,
    lang: LangOption = "de",
    to: Annotated[
        str | None,
        typer.Option(
            "--to",
            help="Print the resolutions in a standard instead: oparl (OParl 1.1 objects: "
            "Meeting, AgendaItem, Paper, Consultation, the vote in an extension) or akn (an "
            "Akoma Ntoso 3 statement; one file).",
            metavar="FORMAT",
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="With --to oparl: the OParl API's address the ids are made under (else URNs "
            "from the text's hash).",
            metavar="URL",
        ),
    ] = None,
) -> None:
    """Parse FILEs and show a summary (or JSON with --json / --jsonl). Texts, RIS HTML pages,
    OParl JSON and PDF minutes are told apart by their content."""
    raise typer.Exit(
        _run(
            files,
            as_json,
            as_jsonl,
            max_size,
            items=False,
            kind=kind,
            lang=lang,
            to=to,
            base_url=base_url,
        )
    )


SPLIT_EPILOG = """\
Examples:

\b
  ratsparse split niederschrift.txt           a summary per agenda item
  ratsparse split niederschrift.txt --json    one JSON array, a record per item
  ratsparse split protokolle/*.txt --jsonl    one record per line, every item of every file

A record of an item carries 'item' (seq, number, title, span) beside the contract's fields;
a text without agenda items gives its one record, the same as parsing it.

Exit codes: 0 split (warnings allowed), 1 a file has error diagnostics, 2 usage
error or a file that cannot be read.
"""


@app.command(epilog=SPLIT_EPILOG)
def split(
    files: Files,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON array of every record.")
    ] = False,
    as_jsonl: JsonLines = False,
    max_size: MaxSize = None,
    kind: From = None,
    lang: LangOption = "de",
) -> None:
    """Cut minutes and meeting pages into agenda items: one record per item (TOP, Ö 3, a
    numbered agenda, an OParl AgendaItem), each read on its own."""
    raise typer.Exit(_run(files, as_json, as_jsonl, max_size, items=True, kind=kind, lang=lang))


SCHEMA_EPILOG = """\
Examples:

\b
  ratsparse schema > resolution.schema.json
  ratsparse schema | python -m json.tool | less
  ratsparse schema --datasette koeln.sqlite > metadata.json
  datasette koeln.sqlite --metadata metadata.json

The same schema ships as schema/resolution-1.json (the number is schema_version).

Exit codes: 0 printed, 2 usage error.
"""


@app.command(epilog=SCHEMA_EPILOG)
def schema(
    datasette: Annotated[
        str | None,
        typer.Option(
            "--datasette",
            help="Print instead Datasette's metadata for DB, a SQLite archive of 'ratsparse "
            "convert': table descriptions, labels, facets and search.",
            metavar="DB",
        ),
    ] = None,
) -> None:
    """Print the JSON Schema of the output (schema_version 1)."""
    if datasette is not None:
        from ratsparse.convert.datasette import datasette_metadata

        sys.stdout.write(dump(datasette_metadata(datasette), indent=2) + "\n")
        return
    from ratsparse.models import Resolution

    sys.stdout.write(dump(Resolution.model_json_schema(mode="serialization"), indent=2) + "\n")


register_check(app)  # the linter: 'ratsparse check', 'ratsparse rule'
register_convert(app)  # batch conversion: 'ratsparse convert'
