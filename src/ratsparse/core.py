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

from ratsparse import clauses as cl
from ratsparse import transform as tf
from ratsparse import votes as vt
from ratsparse.checks import document_checks
from ratsparse.normalize import clean
from ratsparse.parser import Line, parse_document
from ratsparse.records import Diagnostic, Outcome, Resolution, Source
from ratsparse.rules import diagnostic
from ratsparse.source import decode

if TYPE_CHECKING:
    from ratsparse import models


def parse_text(text: str, *, source: models.Source | None = None) -> models.Resolution:
    """Parse a decoded resolution text."""
    named = None
    if source is not None:
        named = Source(source.name, source.sha256, source.encoding, source.size)
    return validated(read_text(text, source=named))


def parse_bytes(data: bytes, source: str | None = None) -> models.Resolution:
    """Parse raw bytes (UTF-8, UTF-8 with BOM, or cp1252). ``source`` names them in the result.

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
    if cleaned.dropped:
        notes.append(
            diagnostic("RP803", f"{cleaned.dropped} control or invisible character(s) removed")
        )
    if cleaned.markup:
        first_start, first_end = cleaned.markup[0]
        notes.append(
            diagnostic(
                "RP802",
                f"HTML markup '{text[first_start:first_end]}' in the text "
                f"({len(cleaned.markup)} tag(s) or entities in all); read without it",
                cleaned.original_span(first_start, first_end),
            )
        )
    notes.extend(
        diagnostic(
            "RP804",
            "page break (form feed) read as a line break",
            cleaned.original_span(at, at + 1),
        )
        for at in cleaned.page_breaks
    )
    doc = parse_document(cleaned.text)
    if doc.error is not None:
        notes.append(
            diagnostic(
                "RP904",
                "the document grammar stopped here",
                cleaned.span(doc.error.start, doc.error.end),
            )
        )
    lay = tf.layout(doc)
    notes.extend(tf.layout_findings(doc, cleaned))
    meeting = tf.read_meeting(lay.markers, cleaned)
    if meeting.body is None and (body := tf.body_in(lay.decided)) is not None:
        meeting = meeting._replace(body=body)
    addendum = tf.read_addendum(lay.markers, cleaned)
    status, status_piece = tf.read_status(lay.markers, cleaned)
    if status is not None and status.outcome == "other":
        notes.append(
            diagnostic(
                "RP302",
                f"status phrase '{status.text}' is not in the outcome vocabulary",
                status.span,
            )
        )
    paper, references = tf.read_references(cleaned, lay.markers, meeting.reference)
    reading = vt.read_votes(lay, status_piece, cleaned)
    notes.extend(reading.diagnostics)
    decided = cl.read_clauses(lay.decided, cleaned, reading.vote_sentences)
    notes.extend(decided.diagnostics)
    title, title_range = cl.read_title(decided.preamble_lines, cleaned.text)
    preamble = _preamble(decided.preamble_lines, title_range)
    votes = vt.mark_decisive(reading.votes)
    decisive = next((v for v in votes if v.decisive), None)
    outcome = _overall(
        status.outcome if status else None,
        decisive.outcome if decisive else None,
        reading.statement_outcome,
    )
    if outcome is None and lay.decision_stated and (status is None or status.outcome != "other"):
        outcome = "approved"  # a decision is given and nothing says it failed
    vote_conflict = (
        status is not None and decisive is not None and _opposed(status.outcome, decisive.outcome)
    )
    # a status that names no outcome (unknown phrase, or counts only) contradicts nothing
    if status is not None and status.outcome not in (None, "other", outcome) and not vote_conflict:
        notes.append(
            diagnostic(
                "RP303",
                f"status says {status.outcome} but the decided text says {outcome}; "
                "the text is followed",
                status.span,
            )
        )
    if vote_conflict and status is not None and decisive is not None:
        if decisive.outcome_basis == "words" or reading.statement_outcome == decisive.outcome:
            outcome = decisive.outcome
            verdict = "the words of the vote result are followed"
        else:
            outcome = None
            verdict = "only its counts say so, so the outcome is left open"
        notes.append(
            diagnostic(
                "RP303",
                f"status says {status.outcome} but the vote result says {decisive.outcome}; "
                + verdict,
                decisive.span,
            )
        )
    clauses = decided.clauses
    if status is None and not votes and outcome is None and not _DECISION_WORD.search(text):
        notes.append(
            diagnostic(
                "RP101", "no resolution found: no Beschluss status, no decision and no vote result"
            )
        )
        # Without a resolution there is no decided text: numbered lines are an agenda or the
        # questions of an inquiry, not clauses.
        clauses, preamble = (), None
    notes.extend(document_checks(cleaned, meeting, addendum, references, votes))
    return Resolution(
        source=source,
        meeting=meeting,
        addendum=addendum,
        status=status,
        paper=paper,
        references=references,
        title=title,
        preamble=preamble,
        clauses=clauses,
        votes=votes,
        outcome=outcome,
        diagnostics=tuple(sorted(notes, key=_diag_order)),
    )


_DECISION_WORD: Final = re.compile(r"\bBeschlu(?:ss|ß)\b|\bbeschlie(?:ß|ss)t\b")


def _diag_order(d: Diagnostic) -> tuple[int, str]:
    return (d.span.start if d.span else -1, d.code)


def _opposed(a: Outcome | None, b: Outcome | None) -> bool:
    """Approval and rejection contradict; a vote approving a referral or a postponement does not."""
    sides = {"approved": 1, "approved_amended": 1, "rejected": -1}
    return sides.get(a or "", 0) * sides.get(b or "", 0) < 0


def _overall(
    status: Outcome | None, vote: Outcome | None, statement: Outcome | None
) -> Outcome | None:
    """Status line first (the RIS's own verdict), then the deciding vote, then prose.

    A status phrase that is not in the vocabulary gives ``other`` unless a vote result says what
    happened; the decided text's own wording (``Der Rat beschließt …``) does not, since it is the
    proposal, not a report of the vote.

    A plain approval in the status line (``mehrheitlich beschlossen``) only says the proposed text
    was adopted; when that adopted text itself rejects the motion or takes note of a report
    (``Der Antrag wird abgelehnt.``, ``Der Bericht dient zur Kenntnis.``), the text is the more
    specific evidence and decides.
    """
    if status == "approved" and statement in ("rejected", "noted"):
        return statement
    if status == "other":
        return vote or status  # "Beschluss: <unknown phrase>": only a vote result can say more
    if status is not None:
        return status
    return vote or statement


def _preamble(lines: tuple[Line, ...], title_range: tuple[int, int] | None) -> str | None:
    """The decided text before the first clause, reflowed, without the title."""
    kept: list[str] = []
    for line in lines:
        a, b = line.piece.start, line.piece.end
        if title_range is not None and title_range[0] <= a and b <= title_range[1]:
            continue
        text = line.piece.text
        if title_range is not None and a < title_range[1] <= b:
            text = text[title_range[1] - a :]
        elif title_range is not None and a <= title_range[0] < b:
            text = text[: title_range[0] - a]
        kept.append(text)
    return tf.fold(" ".join(kept)) or None
