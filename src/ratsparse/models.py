"""The output contract: frozen Pydantic models of a parsed resolution (schema_version 1).

Every extracted value carries a :class:`Span` into the decoded text *as read* (before cleaning), so
``text[span.start:span.end]`` is the original wording. Field names follow OParl where it has words
for them (``meeting``, ``paper``, ``result``); German terms are in the field docstrings.

The parser builds the same shapes as plain records (:mod:`ratsparse.records`); the public
``parse_*`` functions validate those into these models.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ratsparse.records import (
    SCHEMA_VERSION,
    GroupKind,
    Outcome,
    OutcomeBasis,
    Role,
    Severity,
    SourceKind,
)

__all__ = [
    "SCHEMA_VERSION",
    "Addendum",
    "Clause",
    "Diagnostic",
    "Group",
    "GroupKind",
    "Meeting",
    "OParlIds",
    "Outcome",
    "OutcomeBasis",
    "PaperRef",
    "Resolution",
    "Role",
    "Severity",
    "Source",
    "SourceKind",
    "Span",
    "Status",
    "Vote",
    "VoteCounts",
    "VoteGroups",
]


class Model(BaseModel):
    """Base of every contract model: immutable, no unknown fields; each field's docstring is its
    description in the JSON Schema."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class Span(Model):
    """A region of the decoded input text, as read (before any cleaning)."""

    start: int
    """Offset of the first character (0-based, in characters of the decoded text)."""
    end: int
    """Offset just past the last character: ``text[start:end]`` is the original wording."""
    line: int
    """Line of ``start``, counted from 1."""
    column: int
    """Column of ``start`` within its line, counted from 1."""


class Source(Model):
    """Where the text came from (Quelle)."""

    name: str | None
    """File name or the caller's label; ``-`` for standard input; null when unknown."""
    sha256: str
    """SHA-256 of the raw bytes, hex."""
    encoding: str
    """Encoding the bytes were decoded with: ``utf-8``, ``utf-8-sig``, ``utf-16-le``, ``utf-16-be``,
    ``utf-32-le``, ``utf-32-be`` (each behind its byte order mark) or ``cp1252``; ``pdf`` for
    the text layer of a PDF."""
    size: int
    """Size of the raw input in bytes."""
    kind: SourceKind = "text"
    """What was read: ``text`` (a resolution text, minutes), ``html`` (an RIS page, read as the
    text a reader sees; spans point into the page), ``oparl`` (OParl JSON, whose AgendaItems
    are the ``items``; spans point into the JSON file's strings) or ``pdf`` (the text layer of
    a PDF; spans point into it, its pages joined by line breaks)."""
    pages: tuple[int, ...] | None = None
    """For a PDF, the offset where each page starts in the text as read (``ratsparse.page_of``
    gives a span's page); null for other inputs."""


class Meeting(Model):
    """Sitzung — the meeting in which the resolution was taken."""

    date: dt.date | None = None
    """Sitzungsdatum — the meeting date, when the text states it."""
    reference: str | None = None
    """Sitzungsnummer as written, e.g. ``DiA/0007/2022`` (a session number, never a paper)."""
    body: str | None = None
    """Gremium — the deciding body when named, e.g. ``Rat`` or ``Bezirksvertretung 1``."""
    span: Span | None = None
    """Where the meeting line stands."""


class Addendum(Model):
    """Nachtrag — the item was added to the agenda after it was sent out."""

    date: dt.date | None
    """Datum des Nachtrags, from the ``Nachtrag:`` line."""
    note: str | None
    """Zusatz as written (without decoration), e.g. ``zugesetzt am 17.01.2022``."""
    span: Span | None = None
    """Where the Nachtrag line stands."""


class Status(Model):
    """Beschlussstatus — the RIS's one-line verdict (the ``Beschluss:`` line)."""

    text: str
    """The status phrase as written, e.g. ``ungeändert beschlossen``."""
    outcome: Outcome | None
    """The phrase mapped through the outcome vocabulary; ``other`` for unknown phrases."""
    amended: bool | None
    """geändert (true) or ungeändert (false) when the phrase says so, else null."""
    span: Span
    """Where the phrase stands."""


class PaperRef(Model):
    """A paper reference: Vorlage, Antrag, Drucksache or Mitteilung number."""

    reference: str
    """As written, e.g. ``AN/0131/2022``."""
    prefix: str | None
    """Letter prefix when the format has one (``AN`` Antrag, ``VO`` Vorlage, ``M`` Magistrat)."""
    number: int | None
    """The running number, e.g. 131 for ``AN/0131/2022``."""
    year: int | None
    """The four-digit year the format tells, e.g. 2022 (two-digit years are expanded)."""
    kind: str | None
    """What kind of paper the prefix or label says: ``Antrag``, ``Vorlage``, ``Drucksache``…"""
    role: Role
    """Rolle: ``subject`` (the Vorlage decided), ``replaced`` (Ursprungsantrag ersetzt),
    ``amended`` (Änderungsantrag), or ``mentioned``."""
    label: str | None
    """The German word that introduced it, e.g. ``Vorlage``, ``Ursprungsantrag``."""
    span: Span
    """Where it stands in the text as read: ``text[span.start:span.end] == reference``."""


class Clause(Model):
    """Ziffer — a numbered clause of the decided text, with its sub-clauses."""

    number: str
    """The number without punctuation: ``1``, ``a``, ``II``, ``1.2``."""
    label: str
    """The number as written: ``1.``, ``a)``, ``II.``."""
    text: str
    """The clause text reflowed into one paragraph (hard line breaks joined)."""
    children: tuple[Clause, ...] = ()
    """Unterziffern — nested clauses (``a)`` under ``1.``)."""
    span: Span
    """From the label to the end of the clause's own text."""


class Group(Model):
    """A voting group: a Fraktion, a Gruppe, or a single member."""

    name: str
    """As written, e.g. ``FDP-Fraktion``, ``RM Wortmann``."""
    party: str | None
    """Canonical short party name (``FDP``, ``GRÜNE``…) from the alias table; null if unknown."""
    kind: GroupKind
    """``faction`` (Fraktion, Gruppe, party), ``person`` (Ratsmitglied, OB), or ``other``."""
    members: int | None = None
    """How many of the group voted this way, when the text gives it (``4 CDU``)."""
    span: Span | None = None
    """Where the name stands."""


class VoteCounts(Model):
    """Stimmen — the numbers of a vote as written; never inferred."""

    yes: int | None = None
    """Ja-Stimmen / dafür."""
    no: int | None = None
    """Nein-Stimmen / dagegen / Gegenstimmen."""
    abstain: int | None = None
    """Enthaltungen."""
    conflicted: int | None = None
    """Befangen / persönlich beteiligt — members excluded for a conflict of interest."""
    present: int | None = None
    """Anwesend — members present (attendance, not a vote)."""
    eligible: int | None = None
    """Stimmberechtigte — members entitled to vote."""
    cast: int | None = None
    """Abgegebene Stimmen — ballots cast (secret ballots)."""
    valid: int | None = None
    """Gültige Stimmen — valid ballots."""


class VoteGroups(Model):
    """Who voted how."""

    yes: tuple[Group, ...] = ()
    """Groups voting for the motion (mit den Stimmen der …)."""
    no: tuple[Group, ...] = ()
    """Groups voting against (gegen die Stimmen der …)."""
    abstain: tuple[Group, ...] = ()
    """Groups abstaining (bei Stimmenthaltung der …)."""


class Vote(Model):
    """Abstimmungsergebnis — one vote of the item."""

    text: str
    """The vote result as written, whitespace folded."""
    subject: str | None = None
    """What this vote was about when the text says (``Ziffer 1``, ``Dringlichkeit``)."""
    outcome: Outcome | None
    """Ergebnis of this vote."""
    outcome_basis: OutcomeBasis | None = None
    """What the outcome was read from: ``words`` (a verdict in the vote's own text, e.g.
    ``zugestimmt``, ``abgelehnt``), ``counts`` (only the numbers: more Ja than Nein), or
    ``convention`` (a bare ``einstimmig``/``mehrheitlich`` adopts the proposal); null without
    an outcome. ``items`` marks the vote of a text of several decisions, which sums up what
    their deciding votes agree on (each field, or null; see Resolution.votes), whatever its
    outcome."""
    unanimous: bool | None
    """einstimmig (true); mehrheitlich or dissent in the counts (false); else null."""
    majority: bool | None
    """mehrheitlich (true) — a majority decision; null when the text does not say."""
    counts: VoteCounts = Field(default_factory=VoteCounts)
    """The numbers as written."""
    groups: VoteGroups = Field(default_factory=VoteGroups)
    """Who voted how: the groups the text names on each side (Fraktionen, members)."""
    decisive: bool = False
    """True for the one vote that settles the item (see README: how it is chosen)."""
    span: Span
    """Where the vote result stands."""


class Diagnostic(Model):
    """A finding about the text: a problem, a doubt, or a repair that was made."""

    code: str
    """Stable rule code, e.g. ``RP801``."""
    name: str
    """Rule name in kebab-case, e.g. ``glued-residue``."""
    severity: Severity
    """``error`` (no usable resolution), ``warning`` (doubtful), ``info`` (repaired)."""
    message: str
    """What was found, in German-friendly English."""
    span: Span | None
    """Where it was found; null for findings about the whole input."""


class OParlIds(Model):
    """The OParl objects an item was read from, by their ``id`` URLs: a record joins back to
    the API through them."""

    agenda_item: str | None
    """The AgendaItem (Tagesordnungspunkt) whose ``result`` and ``resolutionText`` were read."""
    meeting: str | None
    """Its Meeting (Sitzung): the one it stands in, or its ``meeting`` link."""
    consultation: str | None
    """Its Consultation (Beratung), which links it to a paper."""
    paper: str | None
    """The Paper (Vorlage) that consultation is about, where the file says."""


class Item(Model):
    """Tagesordnungspunkt — one agenda item of a text of several (minutes, a meeting page, a
    gazette's list of decisions), read on its own."""

    number: str | None
    """Its number as written (``TOP 3``, ``Ö 5.1``, ``3.``, ``Beschluss-Nr. 12/2024``)."""
    title: str | None
    """Its heading's text after the number (Betreff of the item)."""
    status: Status | None = None
    """Beschlussstatus — the item's ``Beschluss:`` line."""
    paper: PaperRef | None = None
    """Vorlage — the paper this item decides."""
    references: tuple[PaperRef, ...] = ()
    """The paper references within the item."""
    preamble: str | None = None
    """The item's decided text before its first clause, reflowed."""
    clauses: tuple[Clause, ...] = ()
    """Ziffern — the numbered clauses of the item's decided text."""
    votes: tuple[Vote, ...] = ()
    """Abstimmungen — the item's votes; the one that settles the item is decisive."""
    outcome: Outcome | None = None
    """Ergebnis — what became of the item; null where the text shows no result for it."""
    span: Span
    """From the item's heading to the next item's heading (or the end of the text); in OParl,
    the AgendaItem object."""
    meeting: Meeting | None = None
    """Sitzung — the item's own meeting where it differs by item (an OParl page of several
    meetings, the consultations of a paper's history); null where the text's ``meeting`` holds
    for it."""
    oparl: OParlIds | None = None
    """The OParl ids of the item, when it was read from OParl JSON."""
    last_word: bool = False
    """In a paper's history (its Beratungsfolge, one item per consultation): this consultation's
    result is the paper's last word, the last in order that shows one."""


class ItemOf(Model):
    """Which agenda item of its text a record of ``ratsparse split`` is."""

    seq: int
    """Its place among the text's items (from 1, in text order)."""
    number: str | None
    """Its number as written (``TOP 3``, ``Ö 5.1``)."""
    title: str | None
    """Its heading's text after the number."""
    span: Span
    """From the item's heading to the next item's heading (or the end of the text)."""
    oparl: OParlIds | None = None
    """The OParl ids of the item, when it was read from OParl JSON."""
    last_word: bool = False
    """The consultation whose result is the paper's last word (see ``Item.last_word``)."""


class Resolution(Model):
    """Beschluss — one parsed resolution text."""

    schema_version: Literal[1] = SCHEMA_VERSION
    """Version of this contract."""
    source: Source
    """Where the text came from."""
    meeting: Meeting = Field(default_factory=Meeting)
    """Sitzung — date, session number and body."""
    addendum: Addendum | None = None
    """Nachtrag — set when the item was added to the agenda later."""
    status: Status | None = None
    """Beschlussstatus — the ``Beschluss:`` line."""
    paper: PaperRef | None = None
    """Vorlage — the paper this resolution decides."""
    references: tuple[PaperRef, ...] = ()
    """Every paper reference in the text, in order of first appearance (no session numbers)."""
    title: str | None = None
    """Betreff — the quoted title of the decided motion, when given."""
    preamble: str | None = None
    """Decided text before the first clause, reflowed."""
    clauses: tuple[Clause, ...] = ()
    """Ziffern — the numbered clauses of the decided text."""
    votes: tuple[Vote, ...] = ()
    """Abstimmungen — every vote; exactly one is decisive when any exist. In a text of several
    decisions (``items``) the one vote, with ``outcome_basis`` ``items``, sums up what the
    decisions' deciding votes agree on (each field, or null: minutes whose items were all carried
    unanimously are unanimous), and is absent where a decision shows no vote or they agree on
    nothing."""
    outcome: Outcome | None = None
    """Ergebnis — what became of the item overall. In a text of several decisions (``items``),
    the outcome they all share, else null."""
    items: tuple[Item, ...] = ()
    """Tagesordnungspunkte — the agenda items of a text of several (minutes, a meeting page),
    each read on its own; empty for a single resolution. Where two or more of them hold a
    decision, their votes are theirs alone (``votes`` holds only what they agree on)."""
    item: ItemOf | None = None
    """Set on the records of ``ratsparse split``: the agenda item this record is, of the text
    named in ``source``; null for a whole text."""
    diagnostics: tuple[Diagnostic, ...] = ()
    """Findings: problems, doubts and repairs, each with its rule code."""
