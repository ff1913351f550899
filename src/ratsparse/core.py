"""The public entry points: text, bytes or a path in; a :class:`Resolution` out. Never raises on
bad input: problems become diagnostics. Imports neither Typer nor Rich.

The pipeline builds plain records (:mod:`ratsparse.records`); ``parse_*`` validate them into the
Pydantic models, ``read_*`` return them as they are, for callers that only serialise them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import os
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Final, TypeVar

from ratsparse import vocab
from ratsparse.checks import document_checks, too_large
from ratsparse.clauses import read_clauses, read_decided
from ratsparse.header import Header, read_header
from ratsparse.history import Consultation, consultations
from ratsparse.htmlpage import declared_single_byte, looks_like_html, page_text
from ratsparse.items import Cut, find_items
from ratsparse.layout import Layout, layout
from ratsparse.meeting_date import sitting_of_the_vote
from ratsparse.moved import Lines, Moved, with_spans
from ratsparse.normalize import Cleaned, clean, cleaning_findings
from ratsparse.oparl import looks_like_oparl, read_oparl
from ratsparse.parser import parse_document
from ratsparse.parser.vote import recovery_budget
from ratsparse.parts import find_parts
from ratsparse.pdf import is_pdf, read_pdf
from ratsparse.records import (
    Diagnostic,
    Item,
    ItemOf,
    Meeting,
    PaperRef,
    Resolution,
    Source,
    SourceKind,
    Span,
    Status,
    Vote,
)
from ratsparse.references import label_kind, read_references
from ratsparse.resolve import Evidence, agreed, agreed_vote, decisive_index, inner, resolve
from ratsparse.rules import diagnostic
from ratsparse.source import MAX_SIZE, decode, read_file
from ratsparse.text import line_below, parse_date
from ratsparse.votes import StatusVote, made_known_from, read_votes

if TYPE_CHECKING:
    from ratsparse import models


def parse_text(text: str, source: str | None = None) -> models.Resolution:
    """Parse a decoded resolution text. ``source`` names it in the result (``source.name``);
    the result's ``sha256`` and ``size`` are those of the text in UTF-8.

    Raises ``TypeError`` when ``text`` is not a ``str`` (bytes go to :func:`parse_bytes`) or
    ``source`` is neither a ``str`` nor None.
    """
    if not isinstance(text, str):
        hint = "; use parse_bytes() for bytes" if isinstance(text, bytes | bytearray) else ""
        raise TypeError(f"parse_text() takes the text as str, not {_type(text)}{hint}")
    name = _name("parse_text", source)
    with collector_paused():  # once for both steps
        return validated(read_text(text, source=name))


def parse_bytes(data: bytes, source: str | None = None) -> models.Resolution:
    """Parse raw bytes (UTF-8 with or without BOM, UTF-16 or UTF-32 with BOM, or cp1252).
    ``source`` names them in the result (``source.name``).

    Pure and picklable: the map function for batch engines. Raises ``TypeError`` when ``data``
    is not ``bytes`` (text goes to :func:`parse_text`) or ``source`` is neither a ``str`` nor None.
    """
    if not isinstance(data, bytes):
        hint = "; use parse_text() for text" if isinstance(data, str) else ""
        raise TypeError(f"parse_bytes() takes bytes, not {_type(data)}{hint}")
    name = _name("parse_bytes", source)
    with collector_paused():
        return validated(read_bytes(data, name))


def parse_path(
    path: str | os.PathLike[str], source: str | None = None, *, max_size: int | None = MAX_SIZE
) -> models.Resolution:
    """Parse a file. ``source`` names it in the result (``source.name``); by default the path as
    given.

    A file over ``max_size`` bytes (None: no limit) is not parsed: its result holds RP905, and
    reading stops one byte after the limit. Raises ``OSError`` when the file cannot be read at
    all: ``FileNotFoundError``, ``IsADirectoryError``, ``PermissionError``, or another
    ``OSError``; and ``TypeError`` when ``path`` is neither a ``str`` nor an ``os.PathLike`` of
    one, or ``source`` is neither a ``str`` nor None.
    """
    with collector_paused():
        return validated(_read_path("parse_path", path, source, max_size))


def _read_path(
    function: str, path: str | os.PathLike[str], source: object, max_size: int | None
) -> Resolution:
    """The record of a file (see :func:`parse_path`), its arguments checked for ``function``."""
    if not isinstance(path, str | os.PathLike) or not isinstance(os.fspath(path), str):
        raise TypeError(f"{function}() takes a str or os.PathLike path, not {_type(path)}")
    name = _name(function, source)
    data, size = read_file(path, max_size)
    label = os.fspath(path) if name is None else name
    if max_size is not None and len(data) > max_size:
        return over_limit(data, label, max_size, size)
    return read_bytes(data, label)


def _type(value: object) -> str:
    return type(value).__name__


def _name(function: str, source: object) -> str | None:
    if source is not None and not isinstance(source, str):
        raise TypeError(
            f"{function}(): source= names the input (a str) or is None, not {_type(source)}"
        )
    return source


def split(res: Resolution) -> tuple[Resolution, ...]:
    """One record per agenda item of ``res`` (``ratsparse split``): each with the text's source,
    meeting and Nachtrag, the item's own status, references, decided text, votes and outcome,
    ``item`` saying which it is, and the findings that lie within it. A text without items is
    its one record, as it is."""
    if not res.items:
        return (res,)
    records = []
    for seq, item in enumerate(res.items, 1):
        records.append(
            Resolution(
                source=res.source,
                meeting=res.meeting if item.meeting is None else item.meeting,
                addendum=res.addendum,
                status=item.status,
                paper=item.paper,
                references=item.references,
                preamble=item.preamble,
                clauses=item.clauses,
                votes=item.votes,
                outcome=item.outcome,
                item=ItemOf(seq, item.number, item.title, item.span, item.oparl, item.last_word),
                diagnostics=tuple(d for d in res.diagnostics if d.span and _in(d.span, item)),
            )
        )
    return tuple(records)


def split_text(text: str, source: str | None = None) -> list[models.Resolution]:
    """Parse a decoded text and give one record per agenda item (see :func:`split`); a text
    without items gives its one record. Raises ``TypeError`` as :func:`parse_text` does."""
    if not isinstance(text, str):
        raise TypeError(f"split_text() takes the text as str, not {_type(text)}")
    name = _name("split_text", source)
    with collector_paused():
        return [validated(r) for r in split(read_text(text, source=name))]


def split_path(
    path: str | os.PathLike[str], source: str | None = None, *, max_size: int | None = MAX_SIZE
) -> list[models.Resolution]:
    """Parse a file and give one record per agenda item (see :func:`split`); raises as
    :func:`parse_path` does."""
    with collector_paused():
        return [validated(r) for r in split(_read_path("split_path", path, source, max_size))]


def validated(res: Resolution) -> models.Resolution:
    """The validated contract model of a record."""
    from ratsparse.models import Resolution as Model

    # Pydantic reads the record's fields as attributes (nested records as nested models): twice
    # as fast as validating its plain form, and the same model (tests/test_plain_records.py).
    with collector_paused():
        return Model.model_validate(res, from_attributes=True)


class _Pause:
    """The cycle collector's pause, shared by the parses running at once in threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.running = 0
        """Parses running now with the collector paused."""
        self.resume = False
        """Whether the collector was on when the first of them paused it."""


_PAUSE: Final = _Pause()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a parse runs, and as it was afterwards.

    A parse builds records that only grow until it ends (a member list of 100,000 names holds
    about a million objects), and the collector, triggered by the allocations, traversed them
    all again each time the heap had grown by a quarter: a third of the time of such a text.
    The records hold no reference cycles; reference counting frees them, and whatever cycle a
    parse leaves (an exception and its traceback) is collected once the collector runs again.
    """
    with _PAUSE.lock:
        if _PAUSE.running == 0:
            _PAUSE.resume = gc.isenabled()
            gc.disable()
        _PAUSE.running += 1
    try:
        yield
    finally:
        with _PAUSE.lock:
            _PAUSE.running -= 1
            if _PAUSE.running == 0 and _PAUSE.resume:
                gc.enable()


def read_text(text: str, source: str | None = None) -> Resolution:
    """Like :func:`parse_text`, but the plain record, without validation (nor Pydantic)."""
    data = text.encode("utf-8", "surrogatepass")
    named = Source(
        name=source, sha256=hashlib.sha256(data).hexdigest(), encoding="utf-8", size=len(data)
    )
    if looks_like_oparl(text):
        return _oparl(text, named, ())
    return _parse(text, named, ())


KINDS: Final[tuple[SourceKind, ...]] = ("text", "html", "oparl", "pdf")
"""The kinds of input, as ``--from`` names them."""


def read_bytes(
    data: bytes, source: str | None = None, kind: SourceKind | None = None
) -> Resolution:
    """Like :func:`parse_bytes`, but the plain record: what the command line's JSON output and
    ``convert`` serialise, so that they need not import Pydantic. ``kind`` forces how the input
    is read (``--from``); None tells it from the content: a PDF by its first bytes, OParl JSON,
    an HTML page, else a text."""
    if kind == "pdf" or (kind is None and is_pdf(data)):
        return _pdf(data, source)
    decoded = decode(data, source)
    if decoded.binary:
        return Resolution(
            source=decoded.source,
            diagnostics=(diagnostic("RP902", "the input holds NUL bytes; it is not a text file"),),
        )
    if kind == "oparl" or (kind is None and looks_like_oparl(decoded.text)):
        return _oparl(decoded.text, decoded.source, decoded.diagnostics)
    if kind == "html" or (kind is None and looks_like_html(decoded.text)):
        notes = decoded.diagnostics
        if declared_single_byte(data):  # the page says how it is encoded: no guess to report
            notes = tuple(d for d in notes if d.code != "RP903")
        return _html(decoded.text, decoded.source, notes)
    return _parse(decoded.text, decoded.source, decoded.diagnostics)


def _pdf(data: bytes, name: str | None) -> Resolution:
    """The record of a PDF: its text layer read as a text (see :mod:`ratsparse.pdf`)."""
    source = Source(
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding="pdf",
        size=len(data),
        kind="pdf",
    )
    return _guarded(source, (), lambda: read_pdf(data, source, _build)[0])


def _html(page: str, source: Source, notes: tuple[Diagnostic, ...]) -> Resolution:
    """The record of an HTML page: its text read as a text, the spans moved into the page."""
    source = source._replace(kind="html")

    def read() -> Resolution:
        text = page_text(page)
        return Moved(text.starts, text.ends, Lines(page))(_build(text.text, source, list(notes)))

    return _guarded(source, notes, read)


def _oparl(text: str, source: Source, notes: tuple[Diagnostic, ...]) -> Resolution:
    """The record of an OParl file, its AgendaItems read one by one as texts."""
    source = source._replace(kind="oparl")
    return _guarded(
        source,
        notes,
        lambda: read_oparl(
            text, source, notes, lambda t: _build(t, source, [], whole=False, parts=True)
        ),
    )


def over_limit(data: bytes, source: str | None, limit: int, size: int | None) -> Resolution:
    """The record of an input over the size limit: not parsed, RP905. ``data`` is what was read
    (the first ``limit + 1`` bytes), and the record's ``source`` describes those bytes; ``size``
    is the file's whole size where it is known (a regular file)."""
    return Resolution(source=decode(data, source).source, diagnostics=too_large(size, limit))


def _parse(text: str, source: Source, notes: tuple[Diagnostic, ...]) -> Resolution:
    return _guarded(source, notes, lambda: _build(text, source, list(notes)))


def _guarded(
    source: Source, notes: tuple[Diagnostic, ...], read: Callable[[], Resolution]
) -> Resolution:
    """What ``read`` gives, with the collector paused and a recovery budget; a bug in a reader
    is a record with RP904, never an exception."""
    try:
        with collector_paused(), recovery_budget():
            return read()
    except Exception as exc:
        return Resolution(
            source=source,
            diagnostics=(
                *notes,
                diagnostic("RP904", f"internal error: {type(exc).__name__}: {exc}"),
            ),
        )


def _build(
    text: str,
    source: Source,
    notes: list[Diagnostic],
    *,
    whole: bool = True,
    parts: bool = False,
    sitting: dt.date | None = None,
) -> Resolution:
    """The reading of ``text``; ``whole``: the text is the whole input (its agenda items are
    read too), not one item of it; ``parts``: an item's text whose parts voted separately are
    read (an OParl agenda item's result); ``sitting``: the meeting date of the whole text an
    item stands in (an item's own head seldom names it: a vote it tells of another dated sitting
    is told apart by it)."""
    if not text.strip():
        notes.append(diagnostic("RP901", "the input is empty"))
        return Resolution(source=source, diagnostics=tuple(notes))
    cleaned = clean(text)
    notes.extend(cleaning_findings(cleaned, text))
    doc = parse_document(cleaned.text)
    lay = layout(doc, cleaned)
    header = read_header(lay, cleaned)
    meeting_date = header.meeting.date or sitting
    read, kind, own_text = (
        _read_items(source, cleaned, meeting_date)
        if whole
        else _read_parts(source, cleaned, meeting_date)
        if parts
        else ([], "", None)
    )
    items = tuple(item for item, _ in read)
    history_reading = None
    if kind == "consultations":  # each body's votes, whatever meeting they were taken at
        history_reading = read_votes(lay, header.status_piece, cleaned)
        read = _with_their_votes(read, history_reading.votes, cleaned, header.meeting.date)
        items = tuple(item for item, _ in read)
        header = _without_a_row_as_meeting(header, items)
    paper, references = read_references(cleaned, lay.markers, header.meeting.reference)
    # (an item whose votes are all inner ones, on an amendment or on procedure, its own final
    # vote cut off or not shown, shows no decision: "Abstimmung über den Änderungsantrag: … –
    # abgelehnt" / "Abstimmung: Ja: 4, Ne")
    decisions = [
        item for item in items if item.outcome is not None or any(v.decisive for v in item.votes)
    ]
    if (
        kind == "agenda items"
        and len(decisions) >= 2
        and decisions[-1] is items[-1]
        and not decisions[-1].votes
        and all(d.votes for d in decisions[:-1])
        and cleaned.text.rstrip()[-1:] not in _SENTENCE_CLOSE
    ):
        # minutes whose every item shows its vote, the last cut off before its own (the text
        # ends in mid-sentence: "… eingestellt:" / "A) Leistungsgebühr"): no decision shown
        decisions.pop()
    # an excerpt of one sitting of the paper's history, titled with its date: that sitting is
    # the last that shows a result (the record of an earlier one cannot know later results), and
    # the text is its record (its own decision; the earlier results the paper's past)
    own_sitting = (
        kind == "consultations"
        and header.meeting.date is not None
        and bool(decisions)
        and decisions[-1].meeting is not None
        and decisions[-1].meeting.date == header.meeting.date
    )
    if len(decisions) >= 2 and not own_sitting:
        # several decisions: the items' readings are the text's (its votes are not read whole)
        outcome = agreed([item.outcome for item in decisions], strict=True)
        note = diagnostic(
            "RP120",
            f"{len(decisions)} decisions in {len(items)} {kind}: each item is read on "
            "its own (items[])"
            + ("" if outcome is not None else "; they differ, so the text settles no one outcome"),
        )
        theirs = [d for _, found in read for d in found if _reported_of_an_item(d.code)]
        notes += [*lay.diagnostics, *header.diagnostics]
        notes = [d for d in notes if not _about_the_decision(d.code)]
        notes += [*theirs, note]
        notes.extend(document_checks(cleaned, header.meeting, header.addendum, references, ()))
        status = header.status
        # a paper's history, or parts voted separately: each body, each vote, decided on the
        # paper's own decided text, which stands in the text once (minutes' items have theirs
        # within them)
        decided = (
            read_decided(lay, cleaned, own_text, listed=False) if own_text is not None else None
        )
        # what the decisions' votes agree on is the text's vote (each field, or null); an item
        # given twice, its agenda row with its result and its record with its vote, is one
        summed = agreed_vote(
            [next((v for v in d.votes if v.decisive), None) for d in _recorded(decisions)]
        )
        return Resolution(
            source=source,
            meeting=header.meeting,
            addendum=header.addendum,
            status=status if status is not None and _outside(status.span, items) else None,
            paper=paper,
            references=references,
            title=decided.title if decided else None,
            preamble=decided.preamble if decided else None,
            clauses=decided.clauses if decided else (),
            votes=(summed,) if summed is not None else (),
            outcome=outcome,
            items=items,
            diagnostics=tuple(sorted(notes, key=_diag_order)),
        )
    reading = (
        history_reading
        if history_reading is not None and header.meeting.date is None
        else read_votes(lay, header.status_piece, cleaned, meeting_date)
    )
    # (decisions of another sitting made known are no decisions this text announces)
    announced = vocab.announcement(cleaned.text) if reading.made_known is None else None
    # (nor are their numbered items clauses of this text's decision)
    decided = read_decided(
        lay,
        cleaned,
        reading.vote_sentences,
        listed=announced == "several" or reading.made_known is not None,
        # (the votes on procedure or amendments its preamble may tell)
        aside=[v.text for v in reading.votes if inner(v)],
    )
    status = header.status
    status_vote = reading.status_vote
    if (
        status is not None
        and reading.made_known is not None
        and status.span.start >= cleaned.to_original(reading.made_known)
    ):
        # "Ergebnis: zurückgestellt" under decisions of another sitting made known: theirs, and
        # so is the vote it says ("Beschluss: einstimmig (11:0)")
        status = None
        status_vote = StatusVote()
    # (so are the results of those decisions: "Beschluss Nr. 2023/StR/188: Der Stadtrat stimmt
    # … zu.", one after the other)
    results = tuple(
        result
        for at, result in header.results
        if reading.made_known is None or at < reading.made_known
    )
    resolved = resolve(
        Evidence(
            status=status,
            status_vote=status_vote,
            # (the record of the history's last sitting: the earlier results are the past)
            results=results[-1:] if own_sitting else results,
            # (a status beside them is this text's own decision: the history is its past)
            history=header.meeting.date is None
            and not own_sitting
            and status is None
            and sum(r is not None for r in results) >= 2,
            open_=header.open_,
            votes=reading.votes,
            act=decided.act,
            act_may_do_more=decided.may_do_more,
            statement=reading.statement_outcome,
            statements=reading.statement_outcomes,
            in_prose=reading.in_prose,
            # (or in mid-sentence after the votes on amendments only: the item's own vote is
            # cut off, "… da die Flächen von dort aus" after "Der Änderungsantrag ist abgelehnt.")
            cut_off=reading.cut_off
            or (
                (_trails_off(cleaned.text) or _heading_cut_short(cleaned.text))
                and all(inner(v) for v in reading.votes)
                # (or no vote at all, the text cut off under the heading of its result:
                # "Beratungsergebnis:" / "Kreisrat Meier … beantragt, Ziffer 3 wie folgt zu
                # fassen: "Der Vorstand wird beauftragt, … ein Konzept")
                and (bool(reading.votes) or _cut_under_its_result(lay))
            ),
            parts_from=(
                cleaned.to_original(decided.parts_from) if decided.parts_from is not None else None
            ),
            reported=reading.reported_outcome,
            # (a report's "Beschluss:" heading over "Ein Beschluss war nicht zu fassen.")
            # (nor a heading over a letter's foot alone: "Beschluss:" / "" / "Mainz, 26.02.2024")
            decision_stated=lay.decision_stated
            and not decided.unwritten
            and not vocab.says_nothing_decided(cleaned.text),
            speaks_of_decision=_DECISION_WORD.search(text) is not None,
            announced=announced is not None,
            announced_one=announced == "one",
            bare_clauses=whole and _bare_clauses(cleaned.text),
            inquiry=(bool(references) and _an_inquiry(references[0]))
            or _answered(cleaned, reading.votes),
            proposal_changed=any(
                m.kind == "field"
                and vocab.is_proposal_label(m.label.text)
                and vocab.amended_of(m.label.text) is True
                for m in lay.markers
            )
            # "Beschluss in der Fassung des Änderungsantrages AN/0912/2024:" over the decided
            # text
            or any(
                vocab.amended_of(h.group()) is True and not _none_below(cleaned.text, h.end())
                for h in _DECISION_HEADING.finditer(cleaned.text)
            )
            # "… wurde der Beschlussvorschlag der Verwaltung in der Sitzung ergänzt (neue
            # Ziffer 3)."
            # (or "ließ über den so geänderten Beschlussvorschlag abstimmen")
            or _CHANGED_IN_THE_SITTING.search(cleaned.text) is not None,
        )
    )
    notes += [*lay.diagnostics, *header.diagnostics, *reading.diagnostics, *decided.diagnostics]
    notes.extend(resolved.diagnostics)
    clauses, preamble = decided.clauses, decided.preamble
    if not resolved.resolution:
        notes.append(
            diagnostic(
                "RP101", "no resolution found: no Beschluss status, no decision and no vote result"
            )
        )
        # Without a resolution there is no decided text: numbered lines are an agenda or the
        # questions of an inquiry, not clauses; a proposal (Beschlussvorschlag:) keeps its own.
        if not lay.proposals:
            clauses, preamble = (), None
        elif not clauses and lay.proposed:
            # a motion's formula in prose and its numbered clauses under a paper's field, an
            # export's blank line dropped ("Beratungsfolge" / its rows / "Die Gemeindevertretung
            # möge beschließen:" / "1. …"): the proposal's clauses
            clauses = read_clauses(
                lay.proposed, cleaned, reading.vote_sentences, marked=True
            ).clauses
    elif resolved.rule == "an-inquiry-answered":
        # the numbered questions of an inquiry answered are no clauses (the resolver's rule
        # an-inquiry-answered)
        clauses = ()
    elif (
        clauses
        and resolved.outcome == "noted"
        and not lay.decision_stated
        # (the last point runs on to the text's end: its paragraphs after it are sought)
        and (noted := _NOTED_AFTER.search(cleaned.text, cleaned.to_clean(clauses[-1].span.start)))
    ):
        # a report's numbered points, the body's taking note after them ("Der Ortsgemeinderat
        # nimmt den Jahresbericht … zur Kenntnis."), no heading over either: the points are the
        # report's, taking note has no clauses, and its paragraph is the decided text
        clauses = ()
        paragraph = cleaned.text[noted.start("said") : _paragraph_end(cleaned.text, noted.end())]
        preamble = " ".join(paragraph.split())
    if header.meeting.date is None and not items:
        header = _dated_by_the_vote(header, resolved.votes, cleaned)
    notes.extend(
        document_checks(cleaned, header.meeting, header.addendum, references, resolved.votes)
    )
    # one decision at most among the items: the text is read whole, as a single resolution
    return Resolution(
        source=source,
        meeting=header.meeting,
        addendum=header.addendum,
        status=header.status,
        paper=paper,
        references=references,
        title=decided.title,
        preamble=preamble,
        clauses=clauses,
        votes=resolved.votes,
        outcome=resolved.outcome,
        items=items,
        diagnostics=tuple(sorted(notes, key=_diag_order)),
    )


_Read = tuple[list[tuple[Item, tuple[Diagnostic, ...]]], str, tuple[tuple[int, int], ...] | None]
"""Items each read on its own with its findings; what they are; and, where the text's own decided
text is theirs, the clean ranges to leave out of it (None where it is not theirs)."""


def _read_items(source: Source, cleaned: Cleaned, sitting: dt.date | None) -> _Read:
    """The text's agenda items, each read on its own, with its findings; what they are (agenda
    items, consultations or parts voted separately); and, where the text's own decided text is
    theirs (a paper's history: each body decided on it; parts voted separately: each vote
    decided a part of it), the ranges to leave out of it (minutes' items have theirs within).

    A decision before the first heading (the agenda approved, an item whose heading the export
    dropped) is an item of its own, with no number; not words that announce the items
    (``folgende Beschlüsse wurden gefasst:``). Without agenda items, the items are a paper's
    consultations, or the parts of one decision voted on separately (the text before them, its
    decided text and status, is no part)."""
    cuts = find_items(cleaned.text)
    known = made_known_from(cleaned.text, sitting) if cuts else None
    if known is not None and cuts[0].start >= known:
        # "… gibt folgende Beschlüsse aus der nichtöffentlichen Sitzung vom … bekannt:" over
        # "1. … 2. …": another sitting's decisions made known, no items of this text
        return [], "agenda items", None
    course = consultations(cleaned.text)
    if not cuts or _rows_of_the_course(cuts, course, cleaned.text):
        history = _history(source, cleaned, course)
        if history:
            return history, "consultations", ()
        if not cuts:
            return _read_parts(source, cleaned, sitting)
    read = [_item(source, cleaned, cut, sitting) for cut in cuts]
    if cuts and cleaned.text[: cuts[0].start].strip():
        before, found = _item(source, cleaned, Cut(None, None, 0, cuts[0].start), sitting)
        if before.votes or (
            before.outcome is not None and vocab.announcement(cleaned.text[: cuts[0].start]) is None
        ):
            read.insert(0, (before, found))
    return read, "agenda items", None


def _rows_of_the_course(cuts: Sequence[Cut], found: Sequence[Consultation], text: str) -> bool:
    """Whether the items found are the numbered rows of the paper's Beratungsfolge (``1.
    Bezirksbeirat Neckarau   06.06.2023   Anhörung``; ``found``, its consultations), every one
    within its table."""
    return len(found) >= 2 and all(
        # (from the row's line start: an indented row's cells begin after its blanks)
        any(text.rfind("\n", 0, c.start) + 1 <= cut.start < c.end for c in found)
        for cut in cuts
    )


def _read_parts(source: Source, cleaned: Cleaned, sitting: dt.date | None) -> _Read:
    """The parts of the text's decision voted separately, each read on its own (as
    :func:`_read_items` gives them)."""
    parts = find_parts(cleaned.text)
    known = made_known_from(cleaned.text, sitting) if parts.cuts else None
    if known is not None and parts.cuts[0].start >= known:
        # "… gibt bekannt, dass der Rat in seiner Sitzung am … folgende Beschlüsse gefasst hat:"
        # over "1. … 2. …": another sitting's decisions made known, no parts of this one's
        return [], "parts voted separately", None
    read = [_item(source, cleaned, cut, sitting) for cut in parts.cuts]
    # the parts' results are none of the decided text, which stands before them, or after them
    # under its heading ("Ziffer 1: einstimmig angenommen" / … / "Beschlussvorschlag:" / "1. …")
    end = len(cleaned.text)
    if parts.cuts:
        end = next(
            (
                m.start()
                for m in _HEADING_LINE.finditer(cleaned.text, parts.cuts[-1].start)
                if vocab.is_proposal_label(m.group(1))
            ),
            end,
        )
    own = ((parts.opens, end),) if cleaned.text[: parts.opens].strip() else None
    return read, "parts voted separately", own


_HEADING_LINE: Final = re.compile(r"^[ \t]*([A-ZÄÖÜ][^\n:]{2,60}):[ \t]*$", re.MULTILINE)
"""A section's heading on a line of its own (``Beschlussvorschlag:``)."""


def _dated_by_the_vote(header: Header, votes: Sequence[Vote], cleaned: Cleaned) -> Header:
    """``header``, its meeting dated by the sentence of the decisive vote where that names its
    subject's sitting (:func:`sitting_of_the_vote`: ``Die Bezirksverordnetenversammlung hat in
    ihrer Sitzung am 18.04.2024 … mit den Stimmen … angenommen.``), and the head dates none."""
    vote = next((v for v in votes if v.decisive), None)
    if vote is None:
        return header
    found = sitting_of_the_vote(cleaned.text, cleaned.to_clean(vote.span.start))
    if found is None:
        return header
    span = cleaned.span(found.start, found.end)
    return header._replace(meeting=header.meeting._replace(date=found.date, span=span))


def _without_a_row_as_meeting(header: Header, items: tuple[Item, ...]) -> Header:
    """``header``, its meeting date left out where it was read from a row of the paper's
    history that lists meetings on several dates (``19.03.2024   Jugendhilfeausschuss`` among
    three bodies' rows): that row is one body's meeting, not the text's (and the body a row
    names, the row's)."""
    span = header.meeting.span
    dates = {item.meeting.date for item in items if item.meeting is not None}
    if span is None or len(dates - {None}) < 2:
        return header
    if not any(item.span.start <= span.start < item.span.end for item in items):
        return header
    decided = {item.meeting.date for item in items if item.meeting is not None and item.outcome}
    if decided == {header.meeting.date}:
        # one body's result alone, that row's: the text records that body's decision (the other
        # rows name sittings the paper went through without a result)
        return header
    body = header.meeting.body
    if body in {item.title for item in items}:  # that row's body ("Gremium: Sportausschuss")
        body = None
    return header._replace(meeting=header.meeting._replace(date=None, span=None, body=body))


def _history(
    source: Source, cleaned: Cleaned, found: Sequence[Consultation]
) -> list[tuple[Item, tuple[Diagnostic, ...]]]:
    """A paper's history as items: one per consultation its Beratungsfolge lists (``found``,
    two at least), each with the body's meeting and result, and the vote its result tells
    (``einstimmig empfohlen``, ``empfohlen (15/0/0)``); the last that shows a result is the
    paper's last word."""
    if len(found) < 2:
        return []
    last = max((i for i, c in enumerate(found) if c.outcome is not None), default=-1)
    items: list[tuple[Item, tuple[Diagnostic, ...]]] = []
    for i, c in enumerate(found):
        status = None
        votes: tuple[Vote, ...] = ()
        if c.result is not None:
            status = Status(
                c.result, c.outcome, c.amended, cleaned.span(c.result_start, c.result_end)
            )
            if vocab.VOTE_RESULT.search(c.result):
                # the result read as a text of its own: its vote, where it tells one
                start = cleaned.to_original(c.result_start)
                end = cleaned.to_original(c.result_end)
                at = cleaned.original_span(start, start)
                told = _build(cleaned.original[start:end], source, [], whole=False)
                votes = _Shift(start, at.line - 1, at.column - 1)(told.votes)
        items.append(
            (
                Item(
                    number=None,
                    title=c.body,
                    status=status,
                    paper=None,
                    references=(),
                    preamble=None,
                    clauses=(),
                    votes=votes,
                    outcome=c.outcome,
                    span=cleaned.span(c.start, c.end),
                    meeting=Meeting(date=parse_date(c.date) if c.date else None, body=c.body),
                    last_word=i == last,
                ),
                (),
            )
        )
    return items


_BODY_REACH: Final = 1000
"""A vote of a paper's history stands at most this many characters after its body's name."""


def _with_their_votes(
    read: list[tuple[Item, tuple[Diagnostic, ...]]],
    votes: tuple[Vote, ...],
    cleaned: Cleaned,
    sitting: dt.date | None = None,
) -> list[tuple[Item, tuple[Diagnostic, ...]]]:
    """A paper's history with each body's votes: a vote belongs to the consultation whose body's
    name last opens a line before it, outside the Beratungsfolge and at most
    :data:`_BODY_REACH` characters before it (``Stadtrat 20.03.2024: Ja 25 Nein 8``, or the
    body's line above ``Abstimmung: 27 Ja, 1 Nein``), or whose own stretch holds it (a block
    of the body's fields); a consultation whose result the table does not give has its
    decisive vote's. A vote no body's line claims, below the table, is the consultation's
    whose sitting is the text's own (``sitting``, the header's) and whose result the table
    leaves open: the record of that sitting (``Auszug aus dem Protokoll der Sitzung der
    Gemeindevertretung … am 5. März 2024``)."""
    text = cleaned.original
    table_end = max(item.span.end for item, _ in read)
    record = next(
        (
            i
            for i, (item, _) in enumerate(read)
            if sitting is not None
            and item.meeting is not None
            and item.meeting.date == sitting
            and item.status is None
        ),
        -1,
    )
    names_of = _short_names([item.title for item, _ in read])
    theirs: dict[int, list[Vote]] = {}
    for vote in votes:
        start = vote.span.start
        inside = next((i for i, (item, _) in enumerate(read) if _in(vote.span, item)), -1)
        if inside >= 0:  # a block of the body's fields holds its vote ("Abstimmung: 8 Ja / …")
            theirs.setdefault(inside, []).append(vote)
            continue
        low = max(table_end, start - _BODY_REACH)
        at, owner = max(
            (
                (_heading_line(text, name, low, start), i)
                for i, names in enumerate(names_of)
                for name in names
            ),
            default=(-1, -1),
        )
        if at >= 0:
            theirs.setdefault(owner, []).append(vote)
        elif record >= 0 and start >= table_end:
            theirs.setdefault(record, []).append(vote)
    out = []
    for i, (item, found) in enumerate(read):
        own = theirs.get(i)
        if own:
            # a vote read on across the next body's block is no one body's where the body has
            # one of its own ("Ergebnis: empfohlen  Abstimmung: 10 : 1" / "====" / "Stadtrat …"),
            # or its result tells one ("einstimmig empfohlen")
            within = [v for v in own if not _across(v, read)]
            own = within or ([] if item.votes else own)
        if not own:
            out.append((item, found))
            continue
        k = decisive_index(own, item.outcome)
        if k < 0:
            out.append((item._replace(votes=tuple(own)), found))
            continue
        marked = tuple(v._replace(decisive=j == k) for j, v in enumerate(own))
        out.append((item._replace(votes=marked, outcome=item.outcome or marked[k].outcome), found))
    return out


def _across(vote: Vote, read: Sequence[tuple[Item, tuple[Diagnostic, ...]]]) -> bool:
    """Whether ``vote`` runs on across another item's start."""
    return any(vote.span.start < item.span.start < vote.span.end for item, _ in read)


def _short_names(titles: Sequence[str | None]) -> list[tuple[str, ...]]:
    """The names each consultation's body may be headed with below the table: its row's name,
    without a remark in parentheses (``Hauptausschuss (Zuständigkeit nach § 15 Abs. 2
    BezVG)``), and its first word where no other body's name opens with it (``Bezirksversammlung
    Hamburg-Mitte`` headed ``Bezirksversammlung am 26.09.2024:``)."""
    firsts = [t.split()[0] if t and t.split() else "" for t in titles]
    out: list[tuple[str, ...]] = []
    for title, first in zip(titles, firsts, strict=True):
        if not title:
            out.append(())
            continue
        names = [title]
        plain = _REMARK_AT_END.sub("", title)
        if plain and plain != title:
            names.append(plain)
        if len(first) >= _SHORT_NAME and firsts.count(first) == 1 and first not in names:
            names.append(first)
        out.append(tuple(names))
    return out


_REMARK_AT_END: Final = re.compile(r"[ ]*\([^()]*\)$")
_SHORT_NAME: Final = 6
"""A body's first word names it below the table only where it is this long at least (not
``Rat``, ``BVV``: too often a word of a sentence's start)."""


def _heading_line(text: str, name: str, low: int, high: int) -> int:
    """Where ``name`` last opens a line within ``text[low:high]`` (after spaces, a table's
    border or the word for a result: a body's line over its result, not the body named in a
    sentence), or -1."""
    end = high
    while (at := text.rfind(name, low, end)) >= 0:
        if _RESULT_OF.fullmatch(text, text.rfind("\n", 0, at) + 1, at):
            return at
        end = at + len(name) - 1
    return -1


# What may stand before a body's name that opens its result: spaces or a table's border, or the
# word for its result ("Beratungsergebnis Gemeinderat, 2024-03-19:"), or for its sitting
# ("Sitzung des Kreisausschusses vom 26.09.2023", the name in the genitive after it)
# (in the original text: an HTML page's tags may stand there too, "<p>Stadtrat, Sitzung vom …")
_RESULT_OF: Final = re.compile(
    r"[ \t|]*(?:<[^<>\n]{1,40}>[ \t]*){0,4}"
    r"(?:(?:Beratungs)?[Ee]rgebnis(?:[ ]+(?:im|des|der))?[ ]+|Sitzung[ ]+(?:des|der)[ ]+)?"
)


_FIELD_LINE: Final = re.compile(r"[ \t]*[\w.-]+:")
_SMALL_WORD: Final = re.compile(r"[a-zäöüß]+")


_SENTENCE_CLOSE: Final = frozenset(".!?)»«“”\"'")
"""What a text that ends a sentence ends in."""


def _trails_off(text: str) -> bool:
    """Whether ``text`` ends in mid-sentence: its last line prose of five words at least, the
    last in small letters and no sign after it (not a field, ``Verteiler: …``, nor a
    signature), or any word inside a quotation its paragraph opened and never closed
    (``beantragt, Ziffer 3 wie folgt zu fassen: "Der Vorstand wird … ein Konzept``)."""
    stripped = text.rstrip()
    last = stripped.rpartition("\n")[2]
    words = last.split()
    if len(words) < 5 or _FIELD_LINE.match(last) is not None:
        return False
    if _SMALL_WORD.fullmatch(words[-1]) is not None:
        return True
    paragraph = stripped[stripped.rfind("\n\n") + 1 :]
    return words[-1].isalpha() and _open_quotation(paragraph)


_RESULT_HEADINGS: Final = ("abstimmungsergebnis", "beratungsergebnis", "beschlussfassung")


def _heading_cut_short(text: str) -> bool:
    """Whether ``text`` ends in the heading of its result cut off inside its word
    (``Abstimmungsergeb``, ``Beschlussfas``): the result itself is not shown."""
    last = text.rstrip().rpartition("\n")[2].strip(" |").lower()
    return len(last) >= _CUT_HEADING_LEAST and any(
        h.startswith(last) and h != last for h in _RESULT_HEADINGS
    )


_CUT_HEADING_LEAST: Final = 8
"""The fewest letters of a result's heading cut short that the text may end in (``Abstimmu``);
a shorter stub could be any word. (A first word alone, ``Abstimmung``, ``Beschluss``, is the
heading with nothing under it: cut off as well.)"""


def _cut_under_its_result(lay: Layout) -> bool:
    """Whether the text's last heading is that of its result (``Beratungsergebnis:``,
    ``Beschluss:``) with nothing on its line: what the text was cut off in."""
    last = lay.markers[-1] if lay.markers else None
    return last is not None and last.kind == "status" and last.rest is None


def _open_quotation(paragraph: str) -> bool:
    """Whether ``paragraph`` opens a quotation it does not close (``"`` an odd number of times,
    or more ``„`` than ``“``)."""
    return paragraph.count('"') % 2 == 1 or paragraph.count("„") > paragraph.count("“")


def _bare_clauses(text: str) -> bool:
    """Whether ``text`` opens with its first numbered clause, a sentence (``1. Die Ausführungen
    … werden zur Kenntnis genommen.`` / ``2. …``): nothing before it, not even a heading (an
    agenda item's numbered title, ``1. Forstwirtschaftsplan 2025``, is no sentence)."""
    first = _FIRST_CLAUSE.match(text)
    if first is None:
        return False
    end = text.find("\n\n", first.end())
    return text[first.end() : end if end >= 0 else len(text)].rstrip()[-1:] in (".", ";", ":")


_FIRST_CLAUSE: Final = re.compile(r"\s*+1[.)][ \t]")


def _recorded(decisions: Sequence[Item]) -> list[Item]:
    """``decisions`` without an agenda row's that its item's record gives again with its vote
    (``Ö 3 … 2024/0112 vertagt`` in the agenda's table, ``Ö 3 - Beschluss: … vertagt.`` /
    ``Abstimmungsergebnis: einstimmig`` below): the same number, the same outcome, no vote of
    its own."""
    voted = {
        (d.number, d.outcome) for d in decisions if d.number and any(v.decisive for v in d.votes)
    }
    return [
        d
        for d in decisions
        if any(v.decisive for v in d.votes) or (d.number, d.outcome) not in voted
    ]


def _an_inquiry(ref: PaperRef) -> bool:
    """Whether the text's own paper is an inquiry (``Anfrage``): by its letters (``AF``) only where
    no paper word before it names another kind (``Vorlage: AF-003/2024``: the letters may stand
    for a group's motion, as the word says a paper to decide; ``Drucksache`` is every kind's)."""
    if ref.kind != "Anfrage":
        return False
    return (label_kind(ref.label) if ref.label else None) in (None, "Anfrage", "Drucksache")


def _answered(cleaned: Cleaned, votes: tuple[Vote, ...]) -> bool:
    """Whether the text's head says it answers an inquiry, and no vote is told before the answer
    (a vote the answer tells, "Zuletzt betraf dies die Sitzung am 20.06.2024 (… 29 : 29
    Stimmen)", is part of what it answers)."""
    at = vocab.inquiry_answered_at(cleaned.text)
    if at is None:
        return False
    line_start = cleaned.text.rfind("\n", 0, at) + 1
    if cleaned.text[line_start:at].strip() or not _ANSWER_HEADING.match(cleaned.text, at):
        return not votes  # (named in a sentence: "verweist auf die Beantwortung der Anfrage …")
    answer = cleaned.to_original(at)
    return not any(v.span.start < answer for v in votes)


_ANSWER_HEADING: Final = re.compile(r"[^\n:]{0,60}(?::[ ]*|[ ]*)(?=\n|$)")
"""The answer's heading on a line of its own (``Antwort der Verwaltung:``), not a sentence."""


def _reported_of_an_item(code: str) -> bool:
    """Of an item's findings about its decision, the ones the text reports: all but RP101 (an
    agenda line with no result is no error) and RP103 (the item's number heads it)."""
    return _about_the_decision(code) and code not in ("RP101", "RP103")


def _outside(span: Span, items: tuple[Item, ...]) -> bool:
    """Whether ``span`` starts outside every item (in the text before the first)."""
    return not any(_in(span, i) for i in items)


def _in(span: Span, item: Item) -> bool:
    """Whether ``span`` starts within ``item``."""
    return item.span.start <= span.start < item.span.end


def _about_the_decision(code: str) -> bool:
    """A finding about the decided text, its votes or its outcome (each item has its own
    where a text holds several decisions), not about the text as such."""
    return code in ("RP101", "RP103", "RP104") or code.startswith("RP3")


def _item(
    source: Source, cleaned: Cleaned, cut: Cut, sitting: dt.date | None
) -> tuple[Item, tuple[Diagnostic, ...]]:
    """The reading of one item and its findings: its stretch of the text read as a text of
    its own (``sitting``: the whole text's meeting date), and its spans put back where they
    stand in the whole text."""
    start = cleaned.to_original(cut.start)
    end = len(cleaned.original) if cut.end >= len(cleaned.text) else cleaned.to_original(cut.end)
    at = cleaned.original_span(start, start)
    read = _build(cleaned.original[start:end], source, [], whole=False, sitting=sitting)
    shift = _Shift(start, at.line - 1, at.column - 1)
    item = Item(
        number=cut.number,
        title=cut.title,
        status=shift(read.status),
        paper=shift(read.paper),
        references=shift(read.references),
        preamble=read.preamble,
        clauses=shift(read.clauses),
        votes=shift(read.votes),
        outcome=read.outcome,
        span=cleaned.original_span(start, end),
    )
    return item, shift(read.diagnostics)


class _Shift:
    """Moves the spans of an item's reading to where they stand in the whole text."""

    def __init__(self, offset: int, lines: int, columns: int) -> None:
        self.offset, self.lines, self.columns = offset, lines, columns

    def __call__(self, value: _T) -> _T:
        return with_spans(value, self._span)

    def _span(self, span: Span) -> Span:
        start, end, line, column = span
        return Span(
            start + self.offset,
            end + self.offset,
            line + self.lines,
            column + self.columns if line == 1 else column,
        )


_T = TypeVar("_T")


# "Beschluss:" or "Beschluss" heading a line of its own, or "… beschließt …": the text gives a
# decision ("Beschluss über die Tagesordnung" in an agenda only names one)
_DECISION_WORD: Final = re.compile(
    # (each word's start checked after its first letters, so that re skips to a B or b: speed)
    r"Beschlu(?<!\wBeschlu)(?:ss|ß)[ ]*(?::|\n|$)|beschlie(?<!\wbeschlie)(?:ß|ss)t\b"
)


# A decision heading that says in which form the text was adopted, on a line of its own
# ("Beschluss in der Fassung des Änderungsantrages AN/0912/2024:", "Beschluss (in der geänderten
# Fassung):")
_DECISION_HEADING: Final = re.compile(
    r"^[ ]*(?:Beschluss[ ]+(?:\([ ]*)?in[ ]+der[ ][^\n:]{1,120}"
    # (or the decided text headed as changed: "Geänderter Beschluss:" over it, a plain status
    # "Beschluss: beschlossen" below)
    r"|(?:Geänderter|Ergänzter|Abweichender)[ ]+Beschluss(?:text)?"
    # (or the change in parentheses: "Beschluss (geänderte Fassung):")
    r"|Beschluss[ ]*\((?:in[ ]der[ ])?(?:geänderte|ergänzte)n?[ ]Fassung\)):[ ]*$",
    re.M,
)


def _none_below(text: str, end: int) -> bool:
    """Whether the line below a heading ending at ``end`` says there is nothing under it
    (``Abweichender Beschluss:`` / ``keiner``)."""
    value = line_below(text, end)
    return bool(value) and not vocab.states_a_result(value)


_NOTED_AFTER: Final = re.compile(
    # (a blank line before it, or a sentence's end at its line's end: an export without blank
    # lines)
    r"(?:\n[ ]*\n|[.!?][ ]*\n)[ ]*(?P<said>[^\n]{0,200}?\b(?:nimmt|nehmen|nahm|wurde|wird)\b"
    r"[^.]{0,300}?\bzur[ \n]+Kenntnis\b)"
)
"""A paragraph after a list that takes note (``Der Rat nimmt den Bericht zur Kenntnis.``)."""


def _paragraph_end(text: str, at: int) -> int:
    """Where the paragraph holding ``at`` ends: its blank line, or the text's end."""
    blank = text.find("\n\n", at)
    return len(text) if blank < 0 else blank


# The proposal changed in this sitting, told in a sentence (not another, dated one: "in seiner
# Sitzung am …")
_CHANGED_IN_THE_SITTING: Final = re.compile(
    r"\b(?:Beschlussvorschlag|Beschlussentwurf|Beschlussempfehlung|Vorlage|Antrag)\b"
    r"[^.;:!?\n]{0,80}?\bin der Sitzung (?:[^.;:!?\n]{1,40}? )?(?:ergänzt|geändert|abgeändert)\b"
    # ("Der Vorsitzende ließ über den so geänderten Beschlussvorschlag abstimmen.")
    # ("… lässt über den ergänzten Antrag abstimmen"; "Die Antragsteller übernehmen diese
    # Ergänzung als neue Ziffer 2.")
    r"|\büber[ \n]+den[ \n]+(?:so[ \n]+)?(?:geänderten|ergänzten|abgeänderten)[ \n]+"
    r"(?:Antrag|Beschlussvorschlag|Beschlussentwurf|Vorschlag)\b"
    # ("Herr Fischer übernimmt die Anregungen für die antragstellende Fraktion", "Landrat Rempe
    # erklärt, die Verwaltung übernehme die Ergänzung in ihren Beschlussvorschlag")
    r"|\b(?:übernimmt|übernehmen|übernahm|übernahmen|übernehme)[ \n]+(?:die|diese|den|diesen)"
    r"[ \n]+(?:Ergänzung|Ergänzungen|Änderung|Änderungen|Änderungsvorschlag|Ergänzungsvorschlag"
    r"|Anregung|Anregungen)\b"
    # (not where it is refused so: "Der Magistrat übernimmt die Ergänzung nicht;")
    r"(?![ \n]+nicht\b)"
    # ("Nach Abstimmung über diesen Änderungsantrag … ergeht folgender geänderter" / "" /
    # "Beschluss:")
    r"|\bfolgende[rn]?[ \n]+(?:geänderte|ergänzte|abgeänderte)[nr]?[ \n]{1,6}Beschluss\b"
    # (a motion that replaces the proposal, adopted: "Der Ersetzungsantrag ist damit angenommen
    # und tritt an die Stelle des Beschlussvorschlags.")
    r"|\btritt[ \n]+an[ \n]+die[ \n]+Stelle[ \n]+(?:des|der)[ \n]+"
    r"(?:Beschlussvorschlags|Beschlussvorschlages|Vorlage|Beschlussvorlage|Verwaltungsvorlage)\b"
    r"|\bso (?:geänderte|ergänzte|abgeänderte)[nr]? "
    r"(?:Beschlussvorschlag|Beschlussentwurf|Beschlussempfehlung|Beschlussvorlage|Vorlage|Antrag"
    r"|Fassung)\b"
    # ("Die Stadtverordnetenversammlung fasst den Beschluss mit folgender Änderung der Ziffer 3:
    # …" over the decided text)
    r"|\bfass(?:t|en|te|ten) den Beschluss\b[^.;:!?\n]{0,80}?\bmit (?:folgender|folgenden) "
    r"(?:Änderung|Ergänzung|Maßgabe)"
    # ("Der Ausschuss fasst sodann folgenden geänderten" / "Beschluss:", the heading's noun on
    # a line below)
    # (its vote between, a tally's colon too: "fasst mit 7:2 Stimmen folgenden, gegenüber dem
    # Beschlussvorschlag der" / "Verwaltung in Ziffer 2 geänderten Beschluss:")
    r"|\bfass(?:t|en|te|ten)\b(?:[^.;:!?]|(?<=[0-9])[:.](?=[0-9])){0,80}?\b(?:folgenden|den)"
    r"(?:,?[ ]*[^.;:!?]{1,120}?\s+|[ ]+|[ ]*(?:\n[ ]*){1,4})"
    r"(?:geänderten|ergänzten|abgeänderten)[ ]*(?:\n[ ]*){0,4}Beschluss\b"
)


def _diag_order(d: Diagnostic) -> tuple[int, str]:
    return (d.span.start if d.span else -1, d.code)
