"""A paper's history: the consultations its Beratungsfolge lists, one per body and meeting.

An RIS page of a paper (ALLRIS ``vo020``, and pages printed from it) lists where the paper went
under ``Beratungsfolge:``, in order: a body's line with its role (``Ausschuss für Haushalt
Vorberatung``), then, for each of its meetings that dealt with the paper, the date and the
session's line, which ends with that meeting's result where there is one:

    Beratungsfolge:
    Bezirksverordnetenversammlung Beratung
    20.11.2008
    25. Öffentliche Sitzung der Bezirksverordnetenversammlung … überwiesen
    Ausschuss für Haushalt und Verwaltungsreform Beratung
    09.12.2008
    30. Öffentliche Sitzung des Ausschusses für Haushalt und Verwaltungsreform vertagt

:func:`consultations` gives each consultation (a body's meeting, or a body that has none yet),
its result and where it stands. The last one that shows a result is the paper's last word.
Linear: one pass over the lines of the section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from ratsparse import vocab
from ratsparse.records import Outcome

_HEADING: Final = re.compile(r"^[ \t]*Beratungs(?:reihen)?folge[ \t]*:?[ \t]*$", re.MULTILINE)
_ROLE: Final = re.compile(
    r"[ \t]+(?P<role>Vorberatung|Beratung|Entscheidung|Beschlussfassung|Kenntnisnahme|Anhörung"
    r"|Vorberatung und Empfehlung|zur Kenntnis)[ \t]*$"
)
_DATE: Final = re.compile(r"^[ \t]*(?P<date>[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4})[ \t]*(?P<rest>.*)$")
_SESSION: Final = re.compile(r"Sitzung\b", re.IGNORECASE)
_AMENDMENT: Final = re.compile(r"(?i)\b(?:mit|ohne)\s+Änderungen\b")
_MAX_LINES: Final = 200
"""A Beratungsfolge longer than this is no table of consultations."""


@dataclass(frozen=True, slots=True)
class Consultation:
    """One body's dealing with the paper (Beratung), in the clean text."""

    body: str
    """The body as its line writes it, without the role."""
    role: str | None
    date: str | None
    """As written (``17.11.2015``)."""
    result: str | None
    """The session line's result as written (``ungeändert beschlossen``), where it shows one."""
    outcome: Outcome | None
    amended: bool | None
    start: int
    end: int
    result_start: int = 0
    result_end: int = 0


def consultations(text: str) -> list[Consultation]:
    """The consultations of the text's Beratungsfolge, in order; none without one."""
    heading = _HEADING.search(text)
    if heading is None:
        return []
    found: list[Consultation] = []
    body: tuple[str, str | None] | None = None  # the body and its role
    body_start = 0
    met = False  # whether the body's line has been followed by a meeting of it
    pos = heading.end() + 1
    for _ in range(_MAX_LINES):
        if pos >= len(text):
            break
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if not line.strip():
            if found or body is not None:
                break  # the table ends at a blank line
            pos = end + 1
            continue
        date = _DATE.match(line)
        role = _ROLE.search(line)
        if date is not None and body is not None:
            session, at = date.group("rest").strip(), pos + date.start("rest")
            if not session:  # the session stands on the next line
                nxt = text.find("\n", end + 1)
                nxt = len(text) if nxt < 0 else nxt
                following = text[end + 1 : nxt]
                if _SESSION.search(following) and not _DATE.match(following):
                    session, at, end = (
                        following.strip(),
                        end + 1 + following.find(following.strip()[:1]),
                        nxt,
                    )
            first = body_start if not met else pos
            found.append(_consultation(text, body, date.group("date"), session, at, first, end))
            met = True
        elif role is not None and not _SESSION.search(line):
            if body is not None and not met:  # a body without a meeting yet
                found.append(_consultation(text, body, None, "", body_start, body_start, pos - 1))
            indent = len(line) - len(line.lstrip())
            body = (line[indent : role.start()].strip(), role.group("role"))
            body_start, met = pos + indent, False
        elif found or body is not None:
            break  # a line of another kind: the table is over
        pos = end + 1
    if body is not None and not met:
        found.append(_consultation(text, body, None, "", body_start, body_start, pos - 1))
    return found


def _consultation(
    text: str,
    body: tuple[str, str | None],
    date: str | None,
    session: str,
    session_start: int,
    start: int,
    end: int,
) -> Consultation:
    """One consultation; its result, from the first outcome phrase of its session's line to
    the line's end (``mit Änderungen im Ausschuss beschlossen``)."""
    name, role = body
    result, outcome, amended = None, None, None
    r_start = r_end = session_start
    at = vocab.first_outcome_phrase(session)
    if at is not None:
        amendment = _AMENDMENT.search(session, 0, at)
        at = amendment.start() if amendment else at
        result = session[at:].strip()
        outcome = vocab.status_outcome(result)
        amended = vocab.amended_of(result)
        r_start, r_end = session_start + at, session_start + at + len(result)
    return Consultation(
        body=name,
        role=role,
        date=date,
        result=result,
        outcome=outcome,
        amended=amended,
        start=start,
        end=max(end, start),
        result_start=r_start,
        result_end=r_end,
    )
