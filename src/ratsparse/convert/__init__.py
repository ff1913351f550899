"""Batch conversion of whole archives (``ratsparse convert``).

``inputs`` finds the files, ``work`` reads and parses them (in worker processes or on a Dask
cluster), ``tables`` is the flat table layout, ``writers`` write each format under a temporary
name in committed batches, and ``engine`` runs it all in input order with a journal for
``--resume``. Imports neither Typer nor Rich.
"""

from __future__ import annotations

from ratsparse.convert.engine import Options, Summary, WriteError, run
from ratsparse.convert.inputs import InputError, describe, discover, parse_size, read_stdin_list
from ratsparse.convert.tables import TABLES
from ratsparse.convert.writers import FORMATS, OutputError, format_from_name

__all__ = [
    "FORMATS",
    "TABLES",
    "InputError",
    "Options",
    "OutputError",
    "Summary",
    "WriteError",
    "describe",
    "discover",
    "format_from_name",
    "parse_size",
    "read_stdin_list",
    "run",
]
