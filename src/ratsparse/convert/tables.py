"""The flat table layout: one row per resolution, child tables joined by keys.

Every table and column is listed here, once; the CSV, SQLite and Parquet writers all read this
list, so the three agree. Columns are stable: new ones are only ever added at the end.

Keys: ``resolutions.id`` and ``errors.id`` are the input's position in the run (1, 2, 3 … in
input order, the same in a resumed run); child tables point at ``resolutions.id`` through
``resolution_id`` and number their rows per resolution with ``seq`` (from 1, in text order).
``resolutions.urn`` names the record by its input's content (:func:`ratsparse.records.urn_of`):
the same in every run, so that archives converted apart can be joined.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Literal

from ratsparse.records import urn_of

if TYPE_CHECKING:
    from ratsparse.records import Clause, Meeting, Resolution, Span, Vote

Kind = Literal["int", "text", "bool", "date", "enum"]
"""A column's kind: ``date`` is an ISO date (``2024-03-12``; Parquet's date type, text in CSV
and SQLite), ``enum`` a value of a small closed set (outcome, kind, role, side, severity;
Parquet's dictionary type, text elsewhere)."""


@dataclass(frozen=True, slots=True)
class Table:
    """A table: its columns with their kinds, primary key, and foreign keys."""

    name: str
    columns: tuple[tuple[str, Kind], ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = ()
    """(columns, referenced table, referenced columns)."""

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.columns)


_SPAN: Final[tuple[tuple[str, Kind], ...]] = (
    ("span_start", "int"),
    ("span_end", "int"),
    ("line", "int"),
)
_RES_FK: Final = ((("resolution_id",), "resolutions", ("id",)),)

RESOLUTIONS: Final = Table(
    "resolutions",
    (
        ("id", "int"),
        ("path", "text"),
        ("sha256", "text"),
        ("size", "int"),
        ("encoding", "text"),
        ("state", "enum"),
        ("outcome", "enum"),
        ("meeting_date", "date"),
        ("meeting_reference", "text"),
        ("body", "text"),
        ("addendum_date", "date"),
        ("addendum_note", "text"),
        ("status_text", "text"),
        ("status_outcome", "enum"),
        ("status_amended", "bool"),
        ("paper_reference", "text"),
        ("paper_kind", "text"),
        ("title", "text"),
        ("preamble", "text"),
        ("clause_count", "int"),
        ("vote_count", "int"),
        ("error_count", "int"),
        ("warning_count", "int"),
        ("item_count", "int"),
        ("source_kind", "enum"),
        ("urn", "text"),
    ),
    ("id",),
)
CLAUSES: Final = Table(
    "clauses",
    (
        ("resolution_id", "int"),
        ("seq", "int"),
        ("parent_seq", "int"),
        ("depth", "int"),
        ("number", "text"),
        ("label", "text"),
        ("text", "text"),
        *_SPAN,
        ("item_seq", "int"),
    ),
    ("resolution_id", "seq"),
    _RES_FK,
)
PAPER_REFS: Final = Table(
    "paper_refs",
    (
        ("resolution_id", "int"),
        ("seq", "int"),
        ("reference", "text"),
        ("prefix", "text"),
        ("number", "int"),
        ("year", "int"),
        ("kind", "enum"),
        ("role", "enum"),
        ("label", "text"),
        *_SPAN,
    ),
    ("resolution_id", "seq"),
    _RES_FK,
)
VOTES: Final = Table(
    "votes",
    (
        ("resolution_id", "int"),
        ("seq", "int"),
        ("text", "text"),
        ("subject", "text"),
        ("outcome", "enum"),
        ("unanimous", "bool"),
        ("majority", "bool"),
        ("decisive", "bool"),
        ("yes", "int"),
        ("no", "int"),
        ("abstain", "int"),
        ("conflicted", "int"),
        ("present", "int"),
        ("eligible", "int"),
        ("cast", "int"),
        ("valid", "int"),
        *_SPAN,
        ("item_seq", "int"),
    ),
    ("resolution_id", "seq"),
    _RES_FK,
)
VOTE_GROUPS: Final = Table(
    "vote_groups",
    (
        ("resolution_id", "int"),
        ("vote_seq", "int"),
        ("side", "enum"),
        ("seq", "int"),
        ("name", "text"),
        ("party", "text"),
        ("kind", "enum"),
        ("members", "int"),
    ),
    ("resolution_id", "vote_seq", "side", "seq"),
    (
        *_RES_FK,
        (("resolution_id", "vote_seq"), "votes", ("resolution_id", "seq")),
    ),
)
DIAGNOSTICS: Final = Table(
    "diagnostics",
    (
        ("resolution_id", "int"),
        ("seq", "int"),
        ("code", "text"),
        ("name", "text"),
        ("severity", "enum"),
        ("message", "text"),
        *_SPAN,
        ("column", "int"),
    ),
    ("resolution_id", "seq"),
    _RES_FK,
)
ITEMS: Final = Table(
    "items",
    (
        ("resolution_id", "int"),
        ("seq", "int"),
        ("number", "text"),
        ("title", "text"),
        ("status_text", "text"),
        ("paper_reference", "text"),
        ("outcome", "enum"),
        ("preamble", "text"),
        ("clause_count", "int"),
        ("vote_count", "int"),
        *_SPAN,
        ("meeting_date", "date"),
        ("body", "text"),
        ("oparl_id", "text"),
    ),
    ("resolution_id", "seq"),
    _RES_FK,
)
ERRORS: Final = Table(
    "errors",
    (
        ("id", "int"),
        ("path", "text"),
        ("sha256", "text"),
        ("size", "int"),
        ("code", "text"),
        ("message", "text"),
    ),
    ("id",),
)

DERIVED: Final[dict[tuple[str, str], tuple[str, Callable[[Any], Any]]]] = {
    ("resolutions", "urn"): ("sha256", urn_of),
}
"""Columns a newer ratsparse added that follow from an older column of the same row: (table,
column) → (the column it follows from, how). ``--append`` to an older output fills them in for
the rows it keeps, so that every row of the output has them."""

TABLES: Final = (RESOLUTIONS, CLAUSES, PAPER_REFS, VOTES, VOTE_GROUPS, DIAGNOSTICS, ITEMS, ERRORS)
"""Every table, in the order rows are produced (``rows_of`` returns one list per table)."""

Rows = tuple[list[tuple[Any, ...]], ...]
"""One list of row tuples per table of :data:`TABLES`."""


def _span(span: Span | None) -> tuple[int | None, int | None, int | None]:
    if span is None:
        return (None, None, None)
    return (span.start, span.end, span.line)


def state_of(res: Resolution) -> tuple[str, int, int]:
    """``failed`` (an error diagnostic), ``warnings`` or ``clean``; with the two counts."""
    errors = warnings = 0
    for d in res.diagnostics:
        if d.severity == "error":
            errors += 1
        elif d.severity == "warning":
            warnings += 1
    return ("failed" if errors else "warnings" if warnings else "clean"), errors, warnings


def rows_of(rid: int, res: Resolution) -> Rows:
    """The resolution as rows of every table (errors: a row when it failed)."""
    state, n_errors, n_warnings = state_of(res)
    src, meeting, status, paper, add = res.source, res.meeting, res.status, res.paper, res.addendum
    resolution = (
        rid,
        src.name,
        src.sha256,
        src.size,
        src.encoding,
        state,
        res.outcome,
        meeting.date.isoformat() if meeting.date else None,
        meeting.reference,
        meeting.body,
        add.date.isoformat() if add and add.date else None,
        add.note if add else None,
        status.text if status else None,
        status.outcome if status else None,
        status.amended if status else None,
        paper.reference if paper else None,
        paper.kind if paper else None,
        res.title,
        res.preamble,
        len(res.clauses),
        len(res.votes),
        n_errors,
        n_warnings,
        len(res.items),
        src.kind,
        urn_of(src.sha256),
    )
    clauses: list[tuple[Any, ...]] = []
    _clause_rows(rid, res.clauses, None, 0, clauses, None)
    for k, item in enumerate(res.items, 1):
        _clause_rows(rid, item.clauses, None, 0, clauses, k)
    refs = [
        (rid, i, r.reference, r.prefix, r.number, r.year, r.kind, r.role, r.label, *_span(r.span))
        for i, r in enumerate(res.references, 1)
    ]
    votes: list[tuple[Any, ...]] = []
    groups: list[tuple[Any, ...]] = []
    # the text's votes, then each item's (a text of several decisions keeps its votes there)
    every: list[tuple[Vote, int | None]] = [(v, None) for v in res.votes]
    every += [(v, k) for k, item in enumerate(res.items, 1) for v in item.votes]
    for i, (v, item_seq) in enumerate(every, 1):
        c = v.counts
        votes.append(
            (
                rid,
                i,
                v.text,
                v.subject,
                v.outcome,
                v.unanimous,
                v.majority,
                v.decisive,
                c.yes,
                c.no,
                c.abstain,
                c.conflicted,
                c.present,
                c.eligible,
                c.cast,
                c.valid,
                *_span(v.span),
                item_seq,
            )
        )
        for side, members in (
            ("yes", v.groups.yes),
            ("no", v.groups.no),
            ("abstain", v.groups.abstain),
        ):
            for j, g in enumerate(members, 1):
                groups.append((rid, i, side, j, g.name, g.party, g.kind, g.members))
    diags = [
        (
            rid,
            i,
            d.code,
            d.name,
            d.severity,
            d.message,
            *_span(d.span),
            d.span.column if d.span else None,
        )
        for i, d in enumerate(res.diagnostics, 1)
    ]
    items = [
        (
            rid,
            k,
            item.number,
            item.title,
            item.status.text if item.status else None,
            item.paper.reference if item.paper else None,
            item.outcome,
            item.preamble,
            len(item.clauses),
            len(item.votes),
            *_span(item.span),
            # an item's own meeting (OParl pages of several meetings), else the text's
            _date(item.meeting or meeting),
            (item.meeting or meeting).body,
            item.oparl.agenda_item if item.oparl else None,
        )
        for k, item in enumerate(res.items, 1)
    ]
    errors: list[tuple[Any, ...]] = []
    if state == "failed":
        first = next(d for d in res.diagnostics if d.severity == "error")
        errors.append((rid, src.name, src.sha256, src.size, first.code, first.message))
    return ([resolution], clauses, refs, votes, groups, diags, items, errors)


def _date(meeting: Meeting) -> str | None:
    return meeting.date.isoformat() if meeting.date else None


def _clause_rows(
    rid: int,
    clauses: tuple[Clause, ...],
    parent: int | None,
    depth: int,
    out: list[tuple[Any, ...]],
    item: int | None,
) -> None:
    for c in clauses:
        seq = len(out) + 1
        out.append((rid, seq, parent, depth, c.number, c.label, c.text, *_span(c.span), item))
        _clause_rows(rid, c.children, seq, depth + 1, out, item)


def error_rows(
    rid: int, path: str, sha256: str | None, size: int | None, code: str, message: str
) -> Rows:
    """An input that could not be read: one row in ``errors``, nothing elsewhere."""
    return ([], [], [], [], [], [], [], [(rid, path, sha256, size, code, message)])
