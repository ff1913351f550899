"""The public entry points: text, bytes or a path in; a :class:`Resolution` out. Never raises on
bad input: problems become diagnostics. Imports neither Typer nor Rich.

The pipeline builds plain records (:mod:`ratsparse.records`); ``parse_*`` validate them into the
Pydantic models, ``read_*`` return them as they are, for callers that only serialise them.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Final

from ratsparse.checks import document_checks, too_large
from ratsparse.clauses import read_decided
from ratsparse.header import read_header
from ratsparse.layout import layout
from ratsparse.normalize import clean, cleaning_findings
from ratsparse.parser import parse_document
from ratsparse.records import Diagnostic, Resolution, Source
from ratsparse.references import read_references
from ratsparse.resolve import Evidence, resolve
from ratsparse.rules import diagnostic
from ratsparse.source import decode
from ratsparse.votes import read_votes

if TYPE_CHECKING:
    from ratsparse import models


def parse_text(text: str, *, source: models.Source | None = None) -> models.Resolution:
    """Parse a decoded resolution text."""
    named = None
    if source is not None:
        named = Source(source.name, source.sha256, source.encoding, source.size)
    return validated(read_text(text, source=named))


def parse_bytes(data: bytes, source: str | None = None) -> models.Resolution:
    """Parse raw bytes (UTF-8 with or without BOM, UTF-16 or UTF-32 with BOM, or cp1252).
    ``source`` names them in the result.

    Pure and picklable: the map function for batch engines.
    """
    return validated(read_bytes(data, source))


def parse_path(path: str | os.PathLike[str]) -> models.Resolution:
    """Parse a file. Raises ``OSError`` only when the file cannot be read at all."""
    p = Path(path)
    return parse_bytes(p.read_bytes(), source=str(path))


def validated(res: Resolution) -> models.Resolution:
    """The validated contract model of a record."""
    from ratsparse.models import Resolution as Model

    # Pydantic reads the record's fields as attributes (nested records as nested models): twice
    # as fast as validating its plain form, and the same model (tests/test_plain_records.py).
    return Model.model_validate(res, from_attributes=True)


def read_text(text: str, *, source: Source | None = None) -> Resolution:
    """Like :func:`parse_text`, but the plain record, without validation (nor Pydantic)."""
    if source is None:
        data = text.encode("utf-8", "surrogatepass")
        source = Source(
            name=None, sha256=hashlib.sha256(data).hexdigest(), encoding="utf-8", size=len(data)
        )
    return _parse(text, source, ())


def read_bytes(data: bytes, source: str | None = None) -> Resolution:
    """Like :func:`parse_bytes`, but the plain record: what the command line's JSON output and
    ``convert`` serialise, so that they need not import Pydantic."""
    decoded = decode(data, source)
    if decoded.binary:
        return Resolution(
            source=decoded.source,
            diagnostics=(diagnostic("RP902", "the input holds NUL bytes; it is not a text file"),),
        )
    return _parse(decoded.text, decoded.source, decoded.diagnostics)


def over_limit(data: bytes, source: str | None, limit: int, size: int | None) -> Resolution:
    """The record of an input over the size limit: not parsed, RP905. ``data`` is what was read
    (the first ``limit + 1`` bytes), and the record's ``source`` describes those bytes; ``size``
    is the file's whole size where it is known (a regular file)."""
    return Resolution(source=decode(data, source).source, diagnostics=too_large(size, limit))


def _parse(text: str, source: Source, notes: tuple[Diagnostic, ...]) -> Resolution:
    try:
        return _build(text, source, list(notes))
    except Exception as exc:
        return Resolution(
            source=source,
            diagnostics=(
                *notes,
                diagnostic("RP904", f"internal error: {type(exc).__name__}: {exc}"),
            ),
        )


def _build(text: str, source: Source, notes: list[Diagnostic]) -> Resolution:
    if not text.strip():
        notes.append(diagnostic("RP901", "the input is empty"))
        return Resolution(source=source, diagnostics=tuple(notes))
    cleaned = clean(text)
    notes.extend(cleaning_findings(cleaned, text))
    doc = parse_document(cleaned.text)
    lay = layout(doc, cleaned)
    header = read_header(lay, cleaned)
    paper, references = read_references(cleaned, lay.markers, header.meeting.reference)
    reading = read_votes(lay, header.status_piece, cleaned, header.meeting.date)
    decided = read_decided(lay, cleaned, reading.vote_sentences)
    resolved = resolve(
        Evidence(
            status=header.status,
            status_vote=reading.status_vote,
            results=header.results,
            open_=header.open_,
            votes=reading.votes,
            act=decided.act,
            statement=reading.statement_outcome,
            statements=reading.statement_outcomes,
            in_prose=reading.in_prose,
            cut_off=reading.cut_off,
            parts_from=(
                cleaned.to_original(decided.parts_from) if decided.parts_from is not None else None
            ),
            reported=reading.reported_outcome,
            decision_stated=lay.decision_stated,
            speaks_of_decision=_DECISION_WORD.search(text) is not None,
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
    notes.extend(
        document_checks(cleaned, header.meeting, header.addendum, references, resolved.votes)
    )
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
        diagnostics=tuple(sorted(notes, key=_diag_order)),
    )


# "Beschluss:" or "Beschluss" heading a line of its own, or "… beschließt …": the text gives a
# decision ("Beschluss über die Tagesordnung" in an agenda only names one)
_DECISION_WORD: Final = re.compile(r"\bBeschlu(?:ss|ß)[ ]*(?::|\n|$)|\bbeschlie(?:ß|ss)t\b")


def _diag_order(d: Diagnostic) -> tuple[int, str]:
    return (d.span.start if d.span else -1, d.code)
