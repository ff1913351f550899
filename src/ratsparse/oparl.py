"""OParl JSON in (OParl 1.0 and 1.1): every AgendaItem of a file becomes an item of its record.

OParl keeps what a body decided on an agenda item in two free strings: ``result`` (the vote and
verdict as the RIS writes them, ``11 Ja-Stimmen, 0 Enthaltungen, 1 Nein-Stimme``) and
``resolutionText`` (the decided text). This module finds the AgendaItems of a file, whatever
holds them: a single object (AgendaItem, Meeting, Paper, Consultation), a list page (``data``,
``links``, ``pagination``) or a JSON array of objects. It reads the two strings of each item
with the pipeline that reads a text (the caller's ``read``), and keeps the OParl ids, the
meeting (its ``start`` date and ``name``) and, where the file holds the Paper, the paper's
``reference``.

Spans point into the decoded file, into the JSON strings the values were read from; an escape
counts as written (``\\n`` is two characters of the file and one of the value).
"""

from __future__ import annotations

import datetime as dt
import json
import json.scanner
import re
from collections.abc import Callable
from typing import Any, Final, TypeVar

from ratsparse import vocab
from ratsparse.moved import Lines, Moved
from ratsparse.records import (
    Diagnostic,
    Item,
    Meeting,
    OParlIds,
    PaperRef,
    Resolution,
    Source,
    Status,
    Vote,
)
from ratsparse.resolve import agreed
from ratsparse.rules import diagnostic
from ratsparse.text import fold

_TYPE: Final = re.compile(r"https?://schema\.oparl\.org/1\.[01]/(\w+)\Z")
"""An OParl object's ``type``: the schema URL, whose last segment names the kind."""

_READ: Final = ("resolutionText", "result")
_VOTE_WORDS: Final = re.compile(r"(?i)enthalt|stimmen|\bja\b|\bnein\b|JaNein")
"""The strings of an AgendaItem that are read, in this order."""

_ESCAPE: Final = re.compile(
    r"\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)",
    re.DOTALL,
)
"""One escape of a JSON string: a surrogate pair (one character), ``\\uXXXX`` or ``\\n`` etc."""


def looks_like_oparl(text: str) -> bool:
    """Whether ``text`` is to be read as OParl: JSON (it opens with ``{`` or ``[``) that names
    an OParl schema."""
    return text.lstrip("\ufeff \t\r\n")[:1] in ("{", "[") and "schema.oparl.org/1." in text


class _Str(str):
    """A JSON string value and where it stands in the file (its quotes included)."""

    start: int
    end: int


class _Obj(dict[str, Any]):
    """A JSON object and where it stands in the file (its braces included)."""

    start: int
    end: int


_V = TypeVar("_V", _Str, _Obj)


def _placed(value: _V, start: int, end: int) -> _V:
    value.start, value.end = start, end
    return value


def _load(text: str) -> Any:
    """``text`` decoded as JSON, its objects as :class:`_Obj` and its string values as
    :class:`_Str`, each knowing its place. Raises ``ValueError`` (``json.JSONDecodeError``) or
    ``RecursionError`` as ``json.loads`` does."""
    decoder: Any = json.JSONDecoder()  # its parse_* hooks are not in the type stubs
    plain_object, plain_string = decoder.parse_object, decoder.parse_string

    def parse_object(s_and_end: tuple[str, int], *rest: Any) -> tuple[_Obj, int]:
        value, end = plain_object(s_and_end, *rest)
        return _placed(_Obj(value), s_and_end[1] - 1, end), end

    def parse_string(s: str, end: int, strict: bool) -> tuple[_Str, int]:
        value, stop = plain_string(s, end, strict)
        return _placed(_Str(value), end - 1, stop), stop

    decoder.parse_object = parse_object
    decoder.parse_string = parse_string
    # the scanner written in Python calls the two above; the C one would not
    scanner: Any = json.scanner
    decoder.scan_once = scanner.py_make_scanner(decoder)
    return decoder.decode(text)


def _kind(obj: _Obj) -> str | None:
    kind = obj.get("type")
    m = _TYPE.match(kind) if isinstance(kind, str) else None
    return m.group(1) if m else None


def _id(value: Any) -> str | None:
    """An object's ``id``, or the link itself where a field holds a link instead of an
    object."""
    if isinstance(value, dict):
        value = value.get("id")
    return value if isinstance(value, str) and value else None


class _Found:
    """What a file holds: its AgendaItems in file order, each with the Meeting it stands in,
    and the Meetings, Consultations and Papers by id."""

    def __init__(self) -> None:
        self.items: list[tuple[_Obj, _Obj | None]] = []
        self.meetings: dict[str, _Obj] = {}
        self.consultations: dict[str, _Obj] = {}
        self.paper_of_item: dict[str, str] = {}
        self.papers: dict[str, _Obj] = {}
        self.kinds: set[str] = set()

    def walk(self, root: Any) -> None:
        """Every object of ``root``, depth first in file order (a stack, not recursion)."""
        stack: list[tuple[Any, _Obj | None, _Obj | None]] = [(root, None, None)]
        while stack:
            node, meeting, paper = stack.pop()
            if isinstance(node, list):
                stack.extend((v, meeting, paper) for v in reversed(node))
                continue
            if not isinstance(node, _Obj):
                continue
            kind = _kind(node)
            ident = _id(node)
            if kind is not None:
                self.kinds.add(kind)
            if kind == "Meeting":
                meeting = node
                if ident is not None:
                    self.meetings.setdefault(ident, node)
            elif kind == "AgendaItem":
                self.items.append((node, meeting))
            elif kind == "Paper":
                paper = node
                if ident is not None:
                    self.papers.setdefault(ident, node)
            elif kind == "Consultation":
                if ident is not None:
                    self.consultations.setdefault(ident, node)
                item, of = _id(node.get("agendaItem")), _id(node.get("paper")) or _id(paper)
                if item is not None and of is not None:
                    self.paper_of_item.setdefault(item, of)
            stack.extend(
                (v, meeting, paper) for v in reversed(node.values()) if isinstance(v, dict | list)
            )


def _offsets(text: str, value: _Str) -> tuple[list[int], list[int]]:
    """Where each character of ``value`` stands in the file: its start and end offsets (an
    escape is one character of the value and several of the file)."""
    raw_start = value.start + 1
    raw = text[raw_start : value.end - 1]
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _ESCAPE.finditer(raw):
        starts.extend(range(raw_start + pos, raw_start + m.start()))
        ends.extend(range(raw_start + pos + 1, raw_start + m.start() + 1))
        starts.append(raw_start + m.start())
        ends.append(raw_start + m.end())
        pos = m.end()
    starts.extend(range(raw_start + pos, raw_start + len(raw)))
    ends.extend(range(raw_start + pos + 1, raw_start + len(raw) + 1))
    if len(starts) != len(value):  # cannot happen for a string the decoder read; be safe anyway
        starts = [raw_start + min(i, len(raw)) for i in range(len(value))]
        ends = [raw_start + min(i + 1, len(raw)) for i in range(len(value))]
    return starts, ends


def _meeting(meeting: _Obj | None, lines: Lines) -> Meeting | None:
    if meeting is None:
        return None
    start, name = meeting.get("start"), meeting.get("name")
    date = None
    span = None
    if isinstance(start, _Str):
        try:
            date = dt.date.fromisoformat(start[:10])
            span = lines.span(start.start + 1, start.start + 11)
        except ValueError:
            date = None
    return Meeting(
        date=date, body=name.strip() or None if isinstance(name, str) else None, span=span
    )


def _paper(paper: _Obj | None, lines: Lines) -> PaperRef | None:
    """The Paper's ``reference`` as the item's paper, as written."""
    if paper is None:
        return None
    reference = paper.get("reference")
    if not isinstance(reference, _Str) or not reference.strip():
        return None
    kind = paper.get("paperType")
    return PaperRef(
        reference=reference,
        prefix=None,
        number=None,
        year=None,
        kind=kind if isinstance(kind, str) and kind else None,
        role="subject",
        label="reference",
        span=lines.span(reference.start + 1, reference.end - 1),
    )


Read = Callable[[str], Resolution]
"""The pipeline that reads one text as one resolution (no agenda items of its own)."""


def read_oparl(text: str, source: Source, notes: tuple[Diagnostic, ...], read: Read) -> Resolution:
    """The record of an OParl file: its AgendaItems as ``items``, each read by ``read``.

    A file that is not JSON gives RP907 and nothing else; a file without AgendaItems RP101.
    One AgendaItem: the record is its reading. Several: as a text of several agenda items, the
    outcome they share, and RP120 where two or more decided.
    """
    source = source._replace(kind="oparl")
    try:
        root = _load(text)
    except (ValueError, RecursionError) as exc:
        where = None
        if isinstance(exc, json.JSONDecodeError):
            where = Lines(text).span(exc.pos, min(exc.pos + 1, len(text)))
        message = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
        return Resolution(
            source=source,
            diagnostics=(
                *notes,
                diagnostic("RP907", f"the OParl JSON does not parse: {message}", where),
            ),
        )
    found = _Found()
    found.walk(root)
    lines = Lines(text)
    items: list[Item] = []
    own: list[tuple[Vote, ...]] = []  # each item's votes of its text as a whole (not its parts')
    findings: list[Diagnostic] = []
    seen: set[str] = set()
    for obj, held_in in found.items:
        ident = _id(obj)
        if ident is not None:
            if ident in seen:
                continue
            seen.add(ident)
        item, whole, theirs = _item(text, lines, found, obj, held_in, read)
        items.append(item)
        own.append(whole)
        findings.extend(theirs)
    if not items:
        held = ", ".join(sorted(found.kinds)) or "no OParl objects"
        return Resolution(
            source=source,
            diagnostics=(
                *notes,
                diagnostic("RP101", f"no OParl AgendaItem in this file (it holds: {held})"),
            ),
        )
    meetings = {i.meeting for i in items}
    meeting = meetings.pop() if len(meetings) == 1 else None
    if len(items) == 1:
        (one,) = items
        return Resolution(
            source=source,
            meeting=one.meeting or Meeting(),
            status=one.status,
            paper=one.paper,
            references=one.references,
            preamble=one.preamble,
            clauses=one.clauses,
            # (parts voted separately: their votes are the item's; the record has the vote of
            # the whole, what they share, as a text of several items has)
            votes=own[0],
            outcome=one.outcome,
            items=(one._replace(meeting=None),),
            diagnostics=(*notes, *findings),
        )
    decisions = [i for i in items if i.outcome is not None or i.votes]
    outcome = agreed([i.outcome for i in decisions], strict=True) if decisions else None
    if len(decisions) >= 2:
        findings.append(
            diagnostic(
                "RP120",
                f"{len(decisions)} decisions in {len(items)} OParl agenda items: each item is "
                "read on its own (items[])"
                + (
                    ""
                    if outcome is not None
                    else "; they differ, so the file settles no one outcome"
                ),
            )
        )
    if meeting is not None:
        items = [i._replace(meeting=None) for i in items]
    return Resolution(
        source=source,
        meeting=meeting or Meeting(),
        outcome=outcome,
        items=tuple(items),
        diagnostics=(*notes, *findings),
    )


def _item(
    text: str, lines: Lines, found: _Found, obj: _Obj, meeting: _Obj | None, read: Read
) -> tuple[Item, tuple[Vote, ...], tuple[Diagnostic, ...]]:
    """An AgendaItem read: the item, the votes of its text as a whole (where its parts were
    voted separately, none but what they share), and its reading's findings."""
    ident = _id(obj)
    if meeting is None:
        meeting = found.meetings.get(_id(obj.get("meeting")) or "")
    consultation = _id(obj.get("consultation"))
    paper_id = found.paper_of_item.get(ident or "")
    if paper_id is None and consultation is not None:
        linked = found.consultations.get(consultation)
        paper_id = None if linked is None else _id(linked.get("paper"))
    number, name = obj.get("number"), obj.get("name")
    item = Item(
        number=number.strip() or None if isinstance(number, str) else None,
        title=name.strip() or None if isinstance(name, str) else None,
        status=None,
        paper=_paper(found.papers.get(paper_id or ""), lines),
        references=(),
        preamble=None,
        clauses=(),
        votes=(),
        outcome=None,
        span=lines.span(obj.start, obj.end),
        meeting=_meeting(meeting, lines),
        oparl=OParlIds(ident, _id(meeting) or _id(obj.get("meeting")), consultation, paper_id),
    )
    parts = [v for v in (obj.get(k) for k in _READ) if isinstance(v, _Str) and v.strip()]
    if not parts:
        return item, (), ()
    joined: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for value in parts:
        at, to = _offsets(text, value)
        if joined:  # the blank line between two strings stands where the first one ends
            joined.append("\n\n")
            starts += [ends[-1]] * 2
            ends += [ends[-1]] * 2
        joined.append(value)
        starts += at
        ends += to
    reading = read("".join(joined))
    moved = Moved(starts, ends, lines)
    status, outcome = moved(reading.status), reading.outcome
    # parts voted separately: the parts are the decisions, so no one vote is decisive
    votes = reading.votes or tuple(
        vote._replace(decisive=False) for part in reading.items for vote in part.votes
    )
    result = obj.get("result")
    if status is None and not votes and isinstance(result, _Str) and vocab.states_a_result(result):
        # the status field's phrase decides, as a text's "Beschluss:" line does; one that
        # names no outcome ("erledigt") leaves it to the reading; and a vote result that was
        # not read is no status
        status = _status(text, result, lines)
        if status.outcome == "other" and _VOTE_WORDS.search(result):
            status = None
        elif status.outcome != "other" or outcome is None:
            outcome = status.outcome
    item = item._replace(
        status=status,
        references=moved(reading.references),
        preamble=reading.preamble,
        clauses=moved(reading.clauses),
        votes=moved(votes),
        outcome=outcome,
    )
    if item.paper is None:
        item = item._replace(paper=moved(reading.paper))
    findings = moved(tuple(d for d in reading.diagnostics if _reported(d.code)))
    return item, item.votes if reading.votes else (), findings


def _status(file: str, result: _Str, lines: Lines) -> Status:
    """``result`` as the item's status, where its reading found neither a status nor a vote:
    OParl's ``result`` is the field a text writes as ``Beschluss:``, so it is read as that
    field's value is (``Kenntnisnahme``, ``erledigt``: a status naming no outcome is ``other``)."""
    text = fold(result)
    starts, ends = _offsets(file, result)
    lead, end = len(result) - len(result.lstrip()), len(result.rstrip())
    return Status(
        text=text,
        outcome=vocab.status_outcome(text) or "other",
        amended=vocab.amended_of(text),
        span=lines.span(starts[lead], ends[end - 1]),
    )


def _reported(code: str) -> bool:
    """The findings of an item's reading that a file reports: those about the text that was
    read, and about its decision, except that an item without a decision is no error."""
    return code not in {"RP101", "RP103"}
