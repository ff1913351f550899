"""The contract as plain values: what the pipeline builds, before any validation.

Every class here mirrors the model of the same name in :mod:`ratsparse.models` field for field
and in the same order; :func:`to_plain` turns a :class:`Resolution` record into exactly what
``models.Resolution.model_dump(mode="json")`` gives for it. The pipeline and the batch converter
work with these values alone, so a run that only prints JSON never imports Pydantic; the public
``parse_*`` functions validate the plain data into the Pydantic models at their boundary.

The records are named tuples: immutable, cheap to build, and typed for mypy. Fields follow the
models' documentation (see there for the German terms).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, NamedTuple

SCHEMA_VERSION: Literal[1] = 1

Outcome = Literal[
    "approved",
    "approved_amended",
    "rejected",
    "noted",
    "postponed",
    "referred",
    "withdrawn",
    "other",
]
"""Ergebnis — what became of the matter put to the vote."""

OutcomeBasis = Literal["words", "counts", "convention", "items"]
"""Where a vote's outcome was read from (see ``Vote.outcome_basis``)."""

Severity = Literal["error", "warning", "info"]
Role = Literal["subject", "replaced", "amended", "mentioned"]
GroupKind = Literal["faction", "person", "other"]
SourceKind = Literal["text", "html", "oparl", "pdf"]
"""What kind of input a record was read from (see ``Source.kind``)."""


def urn_of(sha256: str | None) -> str:
    """A record's name that does not depend on the run: ``urn:ratsparse:`` and the first 16 hex
    digits of its input's SHA-256 (the same bytes, the same name, in every run and on every
    machine; a copy of a file under another path shares it). Its agenda items are
    ``URN:agendaitem:SEQ``, the ids ``--to oparl`` gives them without ``--base-url``."""
    return "urn:ratsparse:" + (sha256 or "0" * 16)[:16]


class Span(NamedTuple):
    """A region of the decoded input text, as read: ``text[start:end]``."""

    start: int
    end: int
    line: int
    column: int


class Source(NamedTuple):
    """Where the text came from (Quelle)."""

    name: str | None
    sha256: str
    encoding: str
    size: int
    kind: SourceKind = "text"
    pages: tuple[int, ...] | None = None


class Meeting(NamedTuple):
    """Sitzung."""

    date: dt.date | None = None
    reference: str | None = None
    body: str | None = None
    span: Span | None = None


class Addendum(NamedTuple):
    """Nachtrag."""

    date: dt.date | None
    note: str | None
    span: Span | None = None


class Status(NamedTuple):
    """Beschlussstatus (the ``Beschluss:`` line)."""

    text: str
    outcome: Outcome | None
    amended: bool | None
    span: Span


class PaperRef(NamedTuple):
    """A paper reference (Vorlage, Antrag, Drucksache, Mitteilung)."""

    reference: str
    prefix: str | None
    number: int | None
    year: int | None
    kind: str | None
    role: Role
    label: str | None
    span: Span


class Clause(NamedTuple):
    """Ziffer, with its Unterziffern."""

    number: str
    label: str
    text: str
    children: tuple[Clause, ...]
    span: Span


class Group(NamedTuple):
    """A voting group: a Fraktion, a Gruppe, or a single member."""

    name: str
    party: str | None
    kind: GroupKind
    members: int | None = None
    span: Span | None = None


class VoteCounts(NamedTuple):
    """Stimmen, as written."""

    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    conflicted: int | None = None
    present: int | None = None
    eligible: int | None = None
    cast: int | None = None
    valid: int | None = None


class VoteGroups(NamedTuple):
    """Who voted how."""

    yes: tuple[Group, ...] = ()
    no: tuple[Group, ...] = ()
    abstain: tuple[Group, ...] = ()


class Vote(NamedTuple):
    """Abstimmungsergebnis. Every field is given (no defaults), as the model's order demands."""

    text: str
    subject: str | None
    outcome: Outcome | None
    outcome_basis: OutcomeBasis | None
    unanimous: bool | None
    majority: bool | None
    counts: VoteCounts
    groups: VoteGroups
    decisive: bool
    span: Span


class Diagnostic(NamedTuple):
    """A finding about the text."""

    code: str
    name: str
    severity: Severity
    message: str
    span: Span | None


class OParlIds(NamedTuple):
    """The OParl objects an item was read from, by their ``id`` URLs."""

    agenda_item: str | None
    meeting: str | None
    consultation: str | None
    paper: str | None


class Item(NamedTuple):
    """Tagesordnungspunkt: one agenda item of a text of several, read on its own."""

    number: str | None
    title: str | None
    status: Status | None
    paper: PaperRef | None
    references: tuple[PaperRef, ...]
    preamble: str | None
    clauses: tuple[Clause, ...]
    votes: tuple[Vote, ...]
    outcome: Outcome | None
    span: Span
    meeting: Meeting | None = None
    oparl: OParlIds | None = None
    last_word: bool = False


class ItemOf(NamedTuple):
    """Which agenda item of its text a record of ``ratsparse split`` is."""

    seq: int
    number: str | None
    title: str | None
    span: Span
    oparl: OParlIds | None = None
    last_word: bool = False


class Resolution(NamedTuple):
    """Beschluss. ``schema_version`` is not stored: :func:`to_plain` writes it first."""

    source: Source
    meeting: Meeting = Meeting()
    addendum: Addendum | None = None
    status: Status | None = None
    paper: PaperRef | None = None
    references: tuple[PaperRef, ...] = ()
    title: str | None = None
    preamble: str | None = None
    clauses: tuple[Clause, ...] = ()
    votes: tuple[Vote, ...] = ()
    outcome: Outcome | None = None
    items: tuple[Item, ...] = ()
    item: ItemOf | None = None
    diagnostics: tuple[Diagnostic, ...] = ()


def to_plain(res: Resolution) -> dict[str, Any]:
    """The JSON-ready form of ``res``: dicts, lists, strings, numbers, booleans and None,
    equal to the validated model's ``model_dump(mode="json")``.

    Written out per record type (keys in field order), as the generic walk over ``_fields``
    cost twice as much; ``tests/test_plain_records.py`` holds the two equal, key order included.
    """
    (
        source,
        meeting,
        addendum,
        status,
        paper,
        references,
        title,
        preamble,
        clauses,
        votes,
        outcome,
        items,
        item,
        diagnostics,
    ) = res
    name, sha256, encoding, size, kind, pages = source
    return {
        "schema_version": SCHEMA_VERSION,
        "source": {
            "name": name,
            "sha256": sha256,
            "encoding": encoding,
            "size": size,
            "kind": kind,
            "pages": None if pages is None else list(pages),
        },
        "meeting": _meeting(meeting),
        "addendum": None if addendum is None else _addendum(addendum),
        "status": None if status is None else _status(status),
        "paper": None if paper is None else _paper(paper),
        "references": [_paper(r) for r in references],
        "title": title,
        "preamble": preamble,
        "clauses": [_clause(c) for c in clauses],
        "votes": [_vote(v) for v in votes],
        "outcome": outcome,
        "items": [_item(i) for i in items],
        "item": None if item is None else _item_of(item),
        "diagnostics": [_diagnostic(d) for d in diagnostics],
    }


def _meeting(meeting: Meeting) -> dict[str, Any]:
    date, reference, body, span = meeting
    return {
        "date": None if date is None else date.isoformat(),
        "reference": reference,
        "body": body,
        "span": None if span is None else _span(span),
    }


def _oparl(ids: OParlIds | None) -> dict[str, Any] | None:
    if ids is None:
        return None
    agenda_item, meeting, consultation, paper = ids
    return {
        "agenda_item": agenda_item,
        "meeting": meeting,
        "consultation": consultation,
        "paper": paper,
    }


def _item_of(item: ItemOf) -> dict[str, Any]:
    seq, number, title, span, oparl, last_word = item
    return {
        "seq": seq,
        "number": number,
        "title": title,
        "span": _span(span),
        "oparl": _oparl(oparl),
        "last_word": last_word,
    }


def _item(item: Item) -> dict[str, Any]:
    (
        number,
        title,
        status,
        paper,
        references,
        preamble,
        clauses,
        votes,
        outcome,
        span,
        meeting,
        oparl,
        last_word,
    ) = item
    return {
        "number": number,
        "title": title,
        "status": None if status is None else _status(status),
        "paper": None if paper is None else _paper(paper),
        "references": [_paper(r) for r in references],
        "preamble": preamble,
        "clauses": [_clause(c) for c in clauses],
        "votes": [_vote(v) for v in votes],
        "outcome": outcome,
        "span": _span(span),
        "meeting": None if meeting is None else _meeting(meeting),
        "oparl": _oparl(oparl),
        "last_word": last_word,
    }


def _span(span: Span) -> dict[str, Any]:
    start, end, line, column = span
    return {"start": start, "end": end, "line": line, "column": column}


def _addendum(addendum: Addendum) -> dict[str, Any]:
    date, note, span = addendum
    return {
        "date": None if date is None else date.isoformat(),
        "note": note,
        "span": None if span is None else _span(span),
    }


def _status(status: Status) -> dict[str, Any]:
    text, outcome, amended, span = status
    return {"text": text, "outcome": outcome, "amended": amended, "span": _span(span)}


def _paper(paper: PaperRef) -> dict[str, Any]:
    reference, prefix, number, year, kind, role, label, span = paper
    return {
        "reference": reference,
        "prefix": prefix,
        "number": number,
        "year": year,
        "kind": kind,
        "role": role,
        "label": label,
        "span": _span(span),
    }


def _clause(clause: Clause) -> dict[str, Any]:
    number, label, text, children, span = clause
    return {
        "number": number,
        "label": label,
        "text": text,
        "children": [_clause(c) for c in children],
        "span": _span(span),
    }


def _groups(groups: tuple[Group, ...]) -> list[dict[str, Any]]:
    return [
        {
            "name": name,
            "party": party,
            "kind": kind,
            "members": members,
            "span": None if span is None else _span(span),
        }
        for name, party, kind, members, span in groups
    ]


def _vote(vote: Vote) -> dict[str, Any]:
    text, subject, outcome, basis, unanimous, majority, counts, groups, decisive, span = vote
    yes, no, abstain, conflicted, present, eligible, cast, valid = counts
    g_yes, g_no, g_abstain = groups
    return {
        "text": text,
        "subject": subject,
        "outcome": outcome,
        "outcome_basis": basis,
        "unanimous": unanimous,
        "majority": majority,
        "counts": {
            "yes": yes,
            "no": no,
            "abstain": abstain,
            "conflicted": conflicted,
            "present": present,
            "eligible": eligible,
            "cast": cast,
            "valid": valid,
        },
        "groups": {"yes": _groups(g_yes), "no": _groups(g_no), "abstain": _groups(g_abstain)},
        "decisive": decisive,
        "span": _span(span),
    }


def _diagnostic(diagnostic: Diagnostic) -> dict[str, Any]:
    code, name, severity, message, span = diagnostic
    return {
        "code": code,
        "name": name,
        "severity": severity,
        "message": message,
        "span": None if span is None else _span(span),
    }
