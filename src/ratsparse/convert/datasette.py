"""Datasette's metadata for a SQLite archive of ``ratsparse convert``: what each table holds, the
column a row is named by, the facets that answer the common questions, and the search tables.

``ratsparse schema --datasette koeln.sqlite > metadata.json``, then ``datasette koeln.sqlite
--metadata metadata.json``. Datasette names a database after its file's stem, and its metadata
is keyed by that name, so the metadata is made for one file. The search tables are named
explicitly: Datasette finds an external-content FTS table only when its ``content=`` is written
in double quotes, and ours are not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final

from ratsparse.convert.tables import TABLES
from ratsparse.convert.writers import FTS_TABLES

TABLE_DESCRIPTIONS: Final[dict[str, str]] = {
    "resolutions": "One row per input file: its meeting, status, paper, title, decided text "
    "(preamble) and outcome, and whether it read clean.",
    "clauses": "The numbered clauses of the decided text (Ziffern), nested by parent_seq.",
    "paper_refs": "Every paper reference (Vorlage, Antrag, Drucksache) and its role.",
    "votes": "Every vote told, with its counts; decisive marks the vote that settled the item.",
    "vote_groups": "The groups (factions, members) named on a vote's side, with their party.",
    "diagnostics": "What the parser found wrong or doubtful in a text (rule codes RPxxx).",
    "items": "The agenda items of minutes and meeting pages, each read as a decision of its own.",
    "errors": "Inputs that could not be read or failed, with the first error's code.",
}
"""Each table's description (the README's "The tables" says more)."""

LABEL_COLUMNS: Final[dict[str, str]] = {
    "resolutions": "path",  # (always there; most resolutions have no title of their own)
    "items": "title",
    "votes": "text",
    "clauses": "text",
    "paper_refs": "reference",
    "vote_groups": "name",
    "diagnostics": "message",
    "errors": "path",
}
"""The column a row is shown by where another table points at it (``votes.resolution_id`` shows
the resolution's file)."""

FACETS: Final[dict[str, list[str]]] = {
    "resolutions": ["outcome", "body", "state", "source_kind"],
    "votes": ["outcome", "decisive", "unanimous"],
    "vote_groups": ["party", "side", "kind"],
    "paper_refs": ["kind", "role"],
    "clauses": ["depth"],
    "diagnostics": ["code", "severity"],
    "items": ["outcome", "body"],
    "errors": ["code"],
}
"""Facets where the values are few and the counts answer a question: rejections per body, which
parties abstain, which rule fires most."""

COLUMN_DESCRIPTIONS: Final[dict[str, str]] = {
    "resolution_id": "The resolution (resolutions.id) this row belongs to.",
    "seq": "The row's order within its resolution (from 1).",
    "span_start": "Where it starts in the text as read (a character offset).",
    "span_end": "Where it ends in the text as read (a character offset).",
    "line": "The line of the text it starts on (from 1).",
    "item_seq": "The agenda item (items.seq) it belongs to, or null.",
    "outcome": "approved, approved_amended, rejected, noted, postponed, referred, withdrawn, "
    "other, or null where the text settles none.",
    "party": "The canonical party of the group, where it is one (CDU, SPD, GRÜNE, FW, …).",
    "state": "clean, warnings or failed: whether the text read without findings.",
    "decisive": "1 for the vote that settled the item.",
}
"""Descriptions of the columns whose names do not say it all, wherever they stand."""


def datasette_metadata(database: Path | str) -> dict[str, Any]:
    """The metadata for the SQLite archive at ``database`` (only its name is used)."""
    name = Path(database).stem
    fts = {table: (search, rowid) for search, table, _, rowid in FTS_TABLES}
    tables: dict[str, Any] = {}
    for table in TABLES:
        entry: dict[str, Any] = {
            "description": TABLE_DESCRIPTIONS[table.name],
            "label_column": LABEL_COLUMNS[table.name],
            "facets": FACETS.get(table.name, []),
            "columns": {
                column: text
                for column, text in COLUMN_DESCRIPTIONS.items()
                if column in table.column_names
            },
        }
        if table.name in fts:
            entry["fts_table"], entry["fts_pk"] = fts[table.name]
        tables[table.name] = entry
    for search, _, _, _ in FTS_TABLES:
        tables[search] = {"hidden": True}
    tables["meta"] = {"description": "The ratsparse version, the format and the counts."}
    return {
        "title": "Council resolutions (ratsparse)",
        "description": "Resolution texts of German councils read by ratsparse convert.",
        "databases": {name: {"tables": tables}},
    }
