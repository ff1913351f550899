"""Options that several commands share, so that one flag means one thing everywhere."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from ratsparse.records import SourceKind
from ratsparse.source import MAX_SIZE, parse_size

if TYPE_CHECKING:
    from ratsparse.render import Lang


def max_file_size(larger: str, default: str = f"{MAX_SIZE} bytes") -> Any:
    """``--max-file-size SIZE``; ``larger`` says what becomes of a larger input."""
    return typer.Option(
        "--max-file-size",
        metavar="SIZE",
        help="Largest input read, e.g. 5M or 500k (k, M, G: powers of 1024); reading stops "
        f"after it. {larger} [default: {default}]",
        show_default=False,
    )


def size_limit(value: str | None, default: int = MAX_SIZE) -> int:
    """The limit ``--max-file-size`` gives; a usage error (exit 2) when it is no size."""
    if value is None:
        return default
    try:
        return parse_size(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--max-file-size'") from None


From = Annotated[
    str | None,
    typer.Option(
        "--from",
        metavar="KIND",
        help="Read every input as this kind: text, html, oparl or pdf "
        "[default: told from each input's content].",
        show_default=False,
    ),
]


def input_kind(value: str | None) -> SourceKind | None:
    """The kind ``--from`` names; a usage error (exit 2) for any other word."""
    from ratsparse.core import KINDS

    if value is None:
        return None
    for kind in KINDS:
        if value.lower() == kind:
            return kind
    raise typer.BadParameter(f"{value!r}: choose one of {', '.join(KINDS)}", param_hint="--from")


LangOption = Annotated[
    str,
    typer.Option(
        "--lang",
        metavar="LANG",
        help="The summary's language: de (German, the default) or en (English); JSON is the "
        "same in both.",
    ),
]


def summary_lang(value: str) -> Lang:
    """The language ``--lang`` names; a usage error (exit 2) for any other word."""
    from ratsparse.render import LANGS

    for lang in LANGS:
        if value.lower() == lang:
            return lang
    raise typer.BadParameter(f"{value!r}: choose one of {', '.join(LANGS)}", param_hint="--lang")
