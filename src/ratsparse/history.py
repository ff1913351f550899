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

import bisect
import dataclasses
import re
from dataclasses import dataclass
from typing import Final

from ratsparse import vocab
from ratsparse.records import Outcome

COURSE_HEADING: Final = re.compile(
    # ("Beratungsfolge / Ergebnisse", Dresden's "Beschlusslauf")
    r"^[ \t]*(?:Beratungs(?:reihen)?folge|Beratungsverlauf|Beschlusslauf)"
    r"(?:[ \t]*/[ \t]*Ergebnisse?)?[ \t]*:?"
    # (the row of column heads on the heading's own line, after a gap: "Beratungsfolge
    # TOP  Sitzungstermin  Öff.  N.Ö.  Zuständigkeit")
    rf"(?:(?:\t|[ ]{{2,}})(?:{vocab.COURSE_COLUMN_HEAD})"
    rf"(?:[ \t|]+(?:{vocab.COURSE_COLUMN_HEAD}))*)?[ \t]*$",
    re.MULTILINE,
)
"""The heading of a paper's Beratungsfolge, alone on its line (or with its columns' heads)."""
# A body's role: what it is to do with the paper (the end of its line, or a table's cell)
_ROLES: Final = (
    r"Vorberatung und Empfehlung|Vorberatung|Beratung|Entscheidung|Beschlussfassung"
    r"|(?:zur )?Kenntnisnahme|Anhörung|(?:Information )?zur Kenntnis|Empfehlung"
    # (a Berlin BVV's: the plenary passes the paper on to a committee)
    r"|Überweisung"
)
_ROLE: Final = re.compile(rf"[ \t]+(?P<role>{_ROLES})$")
_ROLE_REACH: Final = 40
"""A role ends its line: it is sought in the line's last characters only (a line of thousands of
blanks, searched whole, was tried from every blank)."""
_DATE: Final = re.compile(r"^[ \t]*(?P<date>[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4})[ \t]*(?P<rest>.*)$")
_SESSION: Final = re.compile(r"Sitzung\b", re.IGNORECASE)
_DATE_AT_END: Final = re.compile(r"[ \t]+(?P<date>[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4})$")
_AMENDMENT: Final = re.compile(r"(?i)\b(?:mit|ohne)\s+Änderungen\b")
_CONTINUED_ROW: Final = re.compile(r"[ \t]{4,}(?![0-9]{1,2}\.[0-9]{1,2}\.)\S")
"""A table row's cells wrapped onto the next line, indented under them (no date of its own)."""
_VOTE_ROW: Final = re.compile(
    r"[ \t|]*(?:Abstimmung(?:sergebnis)?[ \t]*:[ \t]*)?(?:Ja|Ja-Stimmen|Dafür)[ \t]*:?[ \t]*[0-9]",
    re.IGNORECASE,
)
"""A row of the table that gives the vote of the row above it, without a date of its own (``| |
Abstimmung: Ja: 9 | Nein: 0 | Enthaltung: 2 | |``)."""
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
    """The consultations of the text's Beratungsfolge, in order; none without one (or those
    its blocks of fields give, :func:`_field_blocks`). Where the Beratungsfolge shows no
    result, each body's session line over its result (:func:`_result_blocks`) gives them."""
    found = _listed(text)
    if all(c.outcome is None for c in found):
        # (each body's act told in its sentence only where no Beratungsfolge lists the bodies:
        # under one, the paper's story tells of them too)
        blocks = _result_blocks(text, told=not found)
        if blocks:
            return blocks
        return found
    bare = [c.result is not None and not vocab.VOTE_RESULT.search(c.result) for c in found]
    if any(bare):
        # a row's bare result ("beschlossen") with the body's own block below the table telling
        # how ("Stadtrat, Sitzung vom 29.02.2024" / "Beschluss: einstimmig beschlossen"): the
        # block's result, where its outcome is the row's, gives the vote
        told = {
            b.date: b
            for b in _result_blocks(text, dates=1)
            if b.result is not None and vocab.VOTE_RESULT.search(b.result)
        }
        for i, c in enumerate(found):
            block = told.get(c.date) if bare[i] else None
            if block is not None and block.outcome == c.outcome:
                found[i] = dataclasses.replace(
                    c,
                    result=block.result,
                    result_start=block.result_start,
                    result_end=block.result_end,
                )
    return found


def _listed(text: str) -> list[Consultation]:
    """The consultations the Beratungsfolge lists (:func:`consultations`)."""
    heading = COURSE_HEADING.search(text)
    if heading is None:
        return _field_blocks(text)
    found: list[Consultation] = []
    body: tuple[str, str | None] | None = None  # the body and its role
    body_start = 0
    met = False  # whether the body's line has been followed by a meeting of it
    wrapped = False  # whether a row has gone on onto an indented line below it
    pos = heading.end() + 1
    for _ in range(_MAX_LINES):
        if pos >= len(text):
            break
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if not line.strip():
            # the rows set apart by blank lines, each with its result below it ("05.09.2023
            # Kreisausschuss" / "Ergebnis: einstimmig empfohlen" / "" / "28.09.2023 …")
            # (only where the rows carry lines of their own below them: a line after a blank one
            # under a plain table is the record's own, "Sitzung der StVV   22.02.2024   TOP 17")
            if (
                body is None
                and found
                and wrapped
                and (next_row := _row_after_blanks(text, end)) is not None
            ):
                pos = next_row
                continue
            if found or body is not None:
                break  # the table ends at a blank line
            pos = end + 1
            continue
        row = _table_row(text, pos, end) if body is None else None
        if row is _HEAD_ROW and not found:
            pos = end + 1
            continue
        if isinstance(row, Consultation):
            found.append(row)
            pos = end + 1
            continue
        if (
            row is None
            and body is None
            and found
            and line[:1].isupper()
            and _CELL_GAP.search(line) is None
        ):
            # a body's name wrapped over two lines, its row's cells on the second
            # ("Ausschuss für Stadtentwicklung, Bau, Verkehr und" / "Liegenschaften   | Mittwoch,
            # 27.09.2023 | Vorberatung | zugestimmt"); not a row's cells wrapped, indented
            below_end = text.find("\n", end + 1)
            below_end = len(text) if below_end < 0 else below_end
            below = _table_row(text, end + 1, below_end) if end < len(text) else None
            if isinstance(below, Consultation):
                found.append(
                    dataclasses.replace(below, body=f"{line.strip()} {below.body}", start=pos)
                )
                pos = below_end + 1
                continue
        if (
            row is None
            and body is None
            and found
            and (_CONTINUED_ROW.match(line) or _VOTE_ROW.match(line))
        ):
            # a row's cells wrapped onto an indented line below it ("und Schule", "Abst.:
            # 9/1/2"): the row's still; its result where the row gives none ("Ergebnis:
            # empfohlen")
            found[-1] = dataclasses.replace(found[-1], end=end)
            wrapped = True
            told = _RESULT_LINE.match(text, pos, end) if found[-1].result is None else None
            if told is not None and vocab.status_outcome(told.group("result")) is not None:
                result = told.group("result")
                found[-1] = dataclasses.replace(
                    found[-1],
                    result=result,
                    outcome=vocab.status_outcome(result),
                    amended=vocab.amended_of(result),
                    result_start=told.start("result"),
                    result_end=told.end("result"),
                )
            pos = end + 1
            continue
        date = _DATE.match(line)
        body_text = line.rstrip(" \t")
        role = _ROLE.search(body_text, max(0, len(body_text) - _ROLE_REACH))
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
            if session and vocab.first_outcome_phrase(session) is None and end < len(text):
                # the result indented on the line below the session's ("Sitzung des Ortsbeirates
                # Güls" / "<TAB>einstimmig empfohlen")
                nxt = text.find("\n", end + 1)
                nxt = len(text) if nxt < 0 else nxt
                after = text[end + 1 : nxt]
                said = after.strip()
                if after[:1] in (" ", "\t") and said and vocab.status_outcome(said) is not None:
                    session, at, end = said, end + 1 + after.find(said[:1]), nxt
            first = body_start if not met else pos
            found.append(_consultation(text, body, date.group("date"), session, at, first, end))
            met = True
        elif role is not None and not _SESSION.search(line):
            if body is not None and not met:  # a body without a meeting yet
                found.append(_consultation(text, body, None, "", body_start, body_start, pos - 1))
            indent = len(line) - len(line.lstrip())
            named = line[indent : role.start()].strip()
            dated = _DATE_AT_END.search(named)
            if dated is not None and named[: dated.start()].strip():
                # the body and its meeting's date on one line, the table's tabs made spaces
                # ("Haupt- und Finanzausschuss 05.02.2024 Vorberatung")
                body = (named[: dated.start()].strip(), role.group("role"))
                found.append(
                    _consultation(text, body, dated.group("date"), "", pos, pos + indent, end)
                )
                body = None
                pos = end + 1
                continue
            body = (named, role.group("role"))
            body_start, met = pos + indent, False
        elif found or body is not None:
            break  # a line of another kind: the table is over
        pos = end + 1
    if body is not None and not met:
        found.append(_consultation(text, body, None, "", body_start, body_start, pos - 1))
    return found


def _row_after_blanks(text: str, at: int) -> int | None:
    """Where the next line that is not blank starts after ``at`` (a blank line's end), if it is
    a consultation's table row (:func:`_table_row`) within a few lines; else None."""
    pos = at + 1
    for _ in range(_BLANKS_BETWEEN_ROWS):
        if pos >= len(text):
            return None
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            return pos if isinstance(_table_row(text, pos, end), Consultation) else None
        pos = end + 1
    return None


_BLANKS_BETWEEN_ROWS: Final = 3


# A Beratungsfolge printed as a table, a consultation a row (``| 21.03.2023 | Haupt- und
# Finanzausschuss | empfohlen |``, or the cells parted by tabs or wide gaps), under a row of
# column heads (``Datum  Gremium  Zuständigkeit  Ergebnis``).
_CELL_GAP: Final = re.compile(r"[ \t]*\|[ \t|]*|\t+|[ ]{2,}")
_FULL_DATE: Final = re.compile(
    r"[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}|[12][0-9]{3}-[01][0-9]-[0-3][0-9]"
)
# (after the consultation's status, where the export ran the two cells together: "öffentlich
# Kenntnisnahme", "Ö Entscheidung")
_ROLE_CELL: Final = re.compile(rf"(?i:(?:(?:nicht)?öffentlich|ö|n)[ \t|]+)?(?i:{_ROLES})")


def is_role(text: str) -> bool:
    """Whether ``text`` is a body's role in a Beratungsfolge (``Vorberatung``, ``zur
    Kenntnisnahme``), which names what the body is to do, not what it did."""
    return _ROLE_CELL.fullmatch(text.strip(" |")) is not None


_COLUMN_HEADS: Final = frozenset(vocab.key(w) for w in vocab.COURSE_COLUMN_HEADS)
_HEAD_ROW: Final = object()
"""What :func:`_table_row` gives for the row of column heads."""


def _table_row(text: str, start: int, end: int) -> Consultation | object | None:
    """The consultation a table row gives (a date cell, a body cell, and the role and result
    cells where they stand), :data:`_HEAD_ROW` for the row of column heads, else None."""
    line = text[start:end]
    cells: list[tuple[int, str]] = []
    pos = 0
    for m in [*_CELL_GAP.finditer(line), None]:
        stop = len(line) if m is None else m.start()
        if line[pos:stop].strip():
            cells.append((start + pos, line[pos:stop].strip()))
        if m is not None:
            pos = m.end()
    if len(cells) < 2:
        return _spaced_row(line, start, end)
    if all(vocab.key(c) in _COLUMN_HEADS for _, c in cells):
        return _HEAD_ROW
    dated = [(c, m) for c in cells if (m := _DATE_CELL.fullmatch(c[1])) is not None]
    if len(dated) != 1:
        return None
    [(date_cell, date_match)] = dated
    dates = [(date_cell[0], date_match.group("date"))]
    others = [c for c in cells if c is not date_cell]
    role = next((c for c in others if is_role(c[1])), None)
    result = next(
        (c for c in others if c is not role and vocab.status_outcome(c[1]) is not None), None
    )
    body = next(
        (
            c
            for c in others
            if c not in (result, role)
            and any(ch.isalpha() for ch in c[1])
            # (not the cell that says whether the sitting is public: "Ö | 13.02.2024 | …")
            and c[1].lower() not in vocab.PUBLIC_CELLS
        ),
        None,
    )
    if body is None:
        return None
    return Consultation(
        # (without the row's number: "1. Bezirksbeirat Neckarau")
        body=_ROW_NUMBER.sub("", body[1], count=1),
        role=role[1] if role else None,
        date=dates[0][1],
        result=result[1] if result else None,
        outcome=vocab.status_outcome(result[1]) if result else None,
        amended=vocab.amended_of(result[1]) if result else None,
        start=cells[0][0],
        end=end,
        result_start=result[0] if result else start,
        result_end=result[0] + len(result[1]) if result else start,
    )


_ROW_NUMBER: Final = re.compile(r"^[0-9]{1,2}[.)][ \t]+(?=\D)")
"""A table row's running number before its body's name (``1. Bezirksbeirat Neckarau``)."""
_SPACED_ROW: Final = re.compile(
    rf"[ ]*(?P<date>{_FULL_DATE.pattern})[ ]+(?P<body>\S[^\n]*?)[ ]+(?P<role>{_ROLES})"
    r"(?:[ ]+(?P<result>\S[^\n]*?))?[ ]*"
)
"""A table's row whose tabs the cleaning made single spaces (``17.01.2024 BVV Pankow Überweisung
überwiesen``): the date, the body, its role (a word of the roles' vocabulary parts the body from
the result), the result."""


def _spaced_row(line: str, start: int, end: int) -> Consultation | object | None:
    """The consultation, or the column heads, of a :data:`_SPACED_ROW` line (see
    :func:`_table_row`); None for any other line."""
    words = line.split()
    if len(words) >= 2 and all(vocab.key(w) in _COLUMN_HEADS for w in words):
        return _HEAD_ROW  # "Datum Gremium Zuständigkeit Ergebnis"
    m = _SPACED_ROW.fullmatch(line)
    if m is None:
        return None
    result = m.group("result")
    outcome = vocab.status_outcome(result) if result else None
    if result and outcome is None:
        return None  # (what follows the role is no result: not such a row)
    return Consultation(
        body=m.group("body"),
        role=m.group("role"),
        date=m.group("date"),
        result=result,
        outcome=outcome,
        amended=vocab.amended_of(result) if result else None,
        start=start + m.start("date"),
        end=end,
        result_start=start + m.start("result") if result else start,
        result_end=start + m.end("result") if result else start,
    )


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


# A paper's results as blocks of fields, one block a body ("Gremium: Finanzausschuss" /
# "Sitzung: 11.06.2024" / "Ergebnis: empfohlen" / "Abstimmung: 8 Ja / 3 Nein / 0 Enthaltungen")
_FIELD_BLOCK: Final = re.compile(
    r"^[ \t]*Gremium[ \t]*:[ \t]*(?P<body>[^\n]{2,120}?)[ \t]*\n"
    r"[ \t]*(?:Sitzung|Sitzungsdatum|Datum)[ \t]*:[ \t]*(?P<date>[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4})"
    r"[^\n]*(?:\n[ \t]*(?:Ergebnis|Beschluss|Beschlussart)[ \t]*:[ \t]*(?P<result>[^\n]+))?",
    re.MULTILINE,
)
_BLOCK_END: Final = re.compile(r"\n[ \t]*\n")
_BLOCK_REACH: Final = 2000
_MAX_BLOCKS: Final = 100
"""More blocks than this are no paper's history (and each block's votes are sought among them)."""


def _field_blocks(text: str) -> list[Consultation]:
    """The consultations a paper's blocks of fields give (:data:`_FIELD_BLOCK`), two at least on
    different dates (one alone is the page's own header), each to its first blank line."""
    if "Gremium" not in text:
        return []
    found: list[Consultation] = []
    for m in _FIELD_BLOCK.finditer(text):
        if len(found) == _MAX_BLOCKS:
            return []
        stop = _BLOCK_END.search(text, m.end(), m.end() + _BLOCK_REACH)
        end = stop.start() if stop is not None else min(len(text), m.end() + _BLOCK_REACH)
        result = m.group("result")
        found.append(
            Consultation(
                body=m.group("body").strip(),
                role=None,
                date=m.group("date"),
                result=result.strip() if result else None,
                outcome=vocab.status_outcome(result) if result else None,
                amended=vocab.amended_of(result) if result else None,
                start=m.start(),
                end=end,
                result_start=m.start("result") if result else m.start(),
                result_end=m.end("result") if result else m.start(),
            )
        )
    if len({c.date for c in found}) < 2:
        return []
    return found


# Each body's session line over its result, as a paper's page prints its course ("Beratungsverlauf"
# / "Stadtbezirksrat 112, Sitzung vom 27.02.2024, TOP 9.1" / "Ergebnis: Der Stadtbezirksrat stimmt
# der Vorlage zu."; "Ortschaftsrat Unterzeil      05.03.2025     Anhörung" / "   Ergebnis: …";
# "—— Ausschuss für Kultur, 03.09.2024, TOP Ö 6 ——" / "Ergebnis: einstimmig empfohlen")
_RESULT_LINE: Final = re.compile(
    # (or the body's decision: "Beschluss:   empfohlen", "Beschlussart: beschlossen"; or its
    # sentence on the line below the label, the session line right above: "Beschluss:" / "Der
    # Ausschuss empfiehlt …")
    r"^[ \t]*(?:(?:Beratungs)?[Ee]rgebnis|Beschluss(?:art)?)[ \t]*:(?P<alone>[ \t]*\n)?[ \t]*"
    r"(?P<result>[^\n]*\S)",
    re.MULTILINE,
)
_VOTE_RESULT_LINE: Final = re.compile(
    r"^[ \t]*Abstimmungsergebnis[ \t]*:(?P<alone>[ \t]*\n)?[ \t]*(?P<result>[^\n]*\S)",
    re.MULTILINE,
)
"""A body's vote's result (``Abstimmungsergebnis: einstimmige Zustimmung``), its result where no
Beratungsfolge lists the bodies."""
_RESULT_SENTENCE: Final = re.compile(
    # (or what the body did, told in its sentence right under its session line: "Ortschaftsrat
    # Grötzingen, 10.09.2024" / "Der Ortschaftsrat empfiehlt dem Gemeinderat einstimmig, …")
    r"^[ \t]*(?P<alone>(?!))?(?P<result>(?:Der|Die|Das)[ \t]+[\w-]{0,40}(?i:"
    + vocab.BODY_WORDS
    + r")"
    # (the body's name after it: "Der Bezirksbeirat Neckarau empfiehlt …")
    r"(?:[ \t]+[A-ZÄÖÜ][\w.-]{0,30}){0,3}[ \t]+"
    r"(?:empfiehlt|beschließt|stimmt|lehnt|nimmt|verweist|vertagt|billigt)\b[^\n]*\S)",
    re.MULTILINE,
)
"""A body's act told in a sentence that opens a line, below its session line or what was said
after it (its group ``alone`` never matches: no label alone on its line)."""
_SESSION_LINE: Final = re.compile(
    # (the body ends on a letter, the gap after it taken whole: one way to read a run of blanks)
    # (or a dash, a hyphen set apart as one: "Ortsbeirat Oberstedten – 06.11.2024 – TOP Ö 4",
    # "Bausenat - Sitzung vom 19.09.2024 - TOP 4")
    # (not a sitting's field alone, its body on the line above: "Sitzung vom 02.09.2024, TOP 5")
    # (or the fields of the body and its sitting: "Gremium: Verwaltungsausschuss    Sitzung:
    # 17.09.2024    TOP 21")
    r"[ \t|—–-]*(?:Gremium[ \t]*:[ \t]*)?(?!(?:öffentliche[ \t]+)?Sitzung[ \t]+(?:am|vom)[ \t])"
    r"(?P<body>[A-ZÄÖÜ][^\n]{0,118}?\S)(?:[ \t]*+,|[ \t]{2,}+|[ \t]*+\|"
    # (or the sitting's words: "Sitzung des Haupt- und Finanzausschusses am 10.09.2024")
    r"|[ \t]++[–—-][ \t]++|[ \t]++(?=(?:am|vom)[ \t]))(?:(?:am|vom)[ \t]++)?[ \t|]*+"
    r"(?:(?:[0-9]{1,3}\.[ \t]*)?(?:öffentliche[ \t]+)?Sitzung(?:[ \t]+(?:vom|am)|[ \t]*:)[ \t]+)?"
    r"(?P<date>[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4})(?P<rest>[^\n]*)"
)
_DATE_CELL: Final = re.compile(
    rf"(?:(?:{vocab.alternation(vocab.WEEKDAYS)})\.?,?[ ]+)?(?P<date>{_FULL_DATE.pattern})"
)
"""A table's date cell, its weekday before it (``Dienstag, 12.09.2023``)."""
_FULL_DATE_IN: Final = re.compile(r"[0-9]\.[0-9]{1,2}\.[0-9]{4}")
_SITTING_SAID: Final = r"Sitzung(?:[ \t]*:|[ \t]+(?:vom|am))[ \t]*"
"""A sitting's field (``Sitzung:``), or its words (``Sitzung vom``)."""
_SITTING_FIELD: Final = re.compile(
    rf"[ \t]*{_SITTING_SAID}[0-9]{{1,2}}\.[0-9]{{1,2}}\.[0-9]{{4}}(?:[ \t,][^\n]*)?"
)
_BODY_OVER_FIELD: Final = re.compile(
    rf"[ \t]*(?P<body>[A-ZÄÖÜ][^\n:]{{1,119}}?)[ \t]*\n[ \t]*{_SITTING_SAID}"
    r"(?P<date>[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4})(?P<rest>[^\n]*)"
)
"""A body's line over its sitting's field (``Gemeinderat`` / ``Sitzung: 06.05.2024 …``, or
``Sitzung vom 03.06.2024, TOP Ö 7``)."""
_SESSION_REACH: Final = 300
"""The session line stands right above its result, within this many characters."""
_LINES_ABOVE: Final = 5
"""The most lines the session line stands above its result (blank lines counted)."""
_PROSE_WORDS: Final = 4
"""Words in lower case that make a line prose, not a session line's wrapped part."""


def _between_session_and_result(line: str) -> bool:
    """Whether ``line`` may stand between a session line and its result: a blank line, a rule
    under the session line (``-----``), the body's role (``Vorberatung``), or prose of what was
    said (a sentence's end, or words in lower case)."""
    said = line.strip(" \t|")
    return (
        not said
        or not said.strip("-=_–—")
        or _ROLE_ALONE.fullmatch(said) is not None
        or said.endswith((".", "!", "?"))
        or sum(1 for word in said.split() if word[:1].islower()) >= _PROSE_WORDS
    )


_ROLE_ALONE: Final = re.compile(_ROLES)


def _result_blocks(text: str, dates: int = 2, *, told: bool = False) -> list[Consultation]:
    """The consultations each body's session line over its result gives (:data:`_SESSION_LINE`
    right above a :data:`_RESULT_LINE`, or with ``told`` a :data:`_VOTE_RESULT_LINE` or a
    :data:`_RESULT_SENTENCE`), ``dates`` at least on different dates, each to the next."""
    if "rgebnis" not in text and "Beschluss" not in text and not told:
        return []
    heads: list[tuple[int, re.Match[str], re.Match[str]]] = []
    results = list(_RESULT_LINE.finditer(text))
    if told and "Abstimmungsergebnis" in text:
        voted = list(_VOTE_RESULT_LINE.finditer(text))
        results = sorted([*results, *voted], key=lambda m: m.start())
    if told and ("Der " in text or "Die " in text or "Das " in text):
        labelled = [m.start() for m in results]
        sentences = [
            m for m in _RESULT_SENTENCE.finditer(text) if not _within(m, results, labelled)
        ]
        results = sorted([*results, *sentences], key=lambda m: m.start())
    for result in results:
        above_end = result.start() - 1
        if above_end <= 0:
            continue
        session = None
        # the session line right above, or a few lines above: past a blank line, or past the
        # body's role and what it said before its result ("Technischer Ausschuss – Sitzung vom
        # 09.04.2025 – TOP 6" / "Vorberatung" / "Aus der Mitte des Ausschusses …" / "Ergebnis:")
        for _ in range(_LINES_ABOVE):
            reach = max(0, above_end - _SESSION_REACH)
            above = text.rfind("\n", reach, above_end) + 1
            if above == 0 and reach > 0:
                break  # a line too long for a session's (and a search along it too slow)
            # (a line without a date is no session's line: the pattern is not tried along it)
            if _FULL_DATE_IN.search(text, above, above_end) is not None:
                session = _SESSION_LINE.fullmatch(text, above, above_end)
                if session is None and _SITTING_FIELD.fullmatch(text, above, above_end):
                    # the body on its own line over its sitting's field, what it said between
                    # them and its result ("Ortsbeirat Nord" / "Sitzung vom 18.02.2025, TOP 3" /
                    # "Der Ortsbeirat stimmt der Vorlage zu." / "Abstimmungsergebnis: …")
                    session, above = _body_over_field(text, above, above_end)
                break
            if result.group("alone") is not None:
                break  # (a label alone on its line has its session line right above it)
            if _RESULT_LINE.match(text, above) is not None or above == 0:
                break  # another body's result: this one has no session line of its own
            if not _between_session_and_result(text[above:above_end]):
                break  # (a session line's wrapped part: "Ausschuss … vom 18.04.2023," / "Nr. 187")
            above_end = above - 1
        if session is None:
            above_end = result.start() - 1
            reach = max(0, above_end - _SESSION_REACH)
            above = text.rfind("\n", reach, above_end) + 1
            if above == 0 and reach > 0:
                continue
        if session is None and _SITTING_FIELD.fullmatch(text, above, above_end) is not None:
            # the body on its own line over its sitting's field ("Ausschuss für Technik und
            # Umwelt" / "Sitzung: 24.04.2024    öffentlich    Vorberatung" / "Ergebnis: …")
            session, above = _body_over_field(text, above, above_end)
            if session is None:
                continue
        if (
            session is None
            or _ROLE_CELL.fullmatch(session.group("body"))
            # (not a sentence that tells of a sitting, "Der Bauausschuss hat in seiner Sitzung am
            # 12.01.2023 …", nor a field's line, "Beschluss: Der Antrag … vom 14.11.2022 …")
            or _NO_BODY.search(session.group("body")) is not None
            or _PROSE_REST.search(session.group("rest")) is not None
        ):
            continue
        if heads and heads[-1][0] == above:
            # (the body's result, then its vote's, both under its session line: "Der Ortsbeirat
            # stimmt der Vorlage zu." / "Abstimmungsergebnis: einstimmige Zustimmung", "Beschluss:
            # mit Änderung beschlossen" / "Abstimmungsergebnis: einstimmig (Ja 36 …)"; the one
            # whose words give the outcome, a label's before a sentence's, else the first)
            if _rank(result) <= _rank(heads[-1][2]):
                continue
            heads.pop()
        heads.append((above, session, result))
        if len(heads) > _MAX_BLOCKS:
            return []
    if len({s.group("date") for _, s, _ in heads}) < dates:
        return []
    found = []
    for i, (start, session, result) in enumerate(heads):
        end = heads[i + 1][0] - 1 if i + 1 < len(heads) else _block_end(text, result.end())
        said = result.group("result")
        outcome = vocab.status_outcome(said)
        found.append(
            Consultation(
                body=_SITTING_OF.sub("", session.group("body").strip(" ,|—–-")),
                role=None,
                date=session.group("date"),
                result=said if outcome is not None else None,
                outcome=outcome,
                amended=vocab.amended_of(said) if outcome is not None else None,
                start=start,
                end=max(end, start),
                result_start=result.start("result"),
                result_end=result.end("result"),
            )
        )
    return found


_NO_BODY: Final = re.compile(
    r"\A[ \t]*Beschluss[ \t]*:|\b(?:hat|haben|hatte|hatten|wurde|wurden)\b"
)
"""What a session line's body never holds: a result's label before it, a sentence's verb."""


_PROSE_REST: Final = re.compile(r"\A[ ][a-zäöüß]|\.[ \t]*\Z")
"""What follows a date in a line of prose, no session's: a word of the sentence right after it
(``… erst am 27.02.2024 erhalten``), or the sentence's full stop at the line's end."""


def _rank(result: re.Match[str]) -> tuple[bool, bool]:
    """How well a result line tells a body's result: whether its words give the outcome, and
    whether it is a label's (``Ergebnis: …``) rather than a sentence's."""
    said = vocab.status_outcome(result.group("result")) is not None
    return said, result.re is not _RESULT_SENTENCE


def _within(m: re.Match[str], results: list[re.Match[str]], starts: list[int]) -> bool:
    """Whether ``m`` stands in one of ``results``' lines (a label's sentence after it; ``starts``
    their starts, in order)."""
    at = bisect.bisect_right(starts, m.start()) - 1
    return at >= 0 and m.start() < results[at].end()


def _body_over_field(text: str, field: int, field_end: int) -> tuple[re.Match[str] | None, int]:
    """The body's line over a sitting's field (the line ``[field, field_end)``) read with it as
    one session (:data:`_BODY_OVER_FIELD`), and where it starts; None where the line above names
    no body."""
    body_end = field - 1
    reach = max(0, body_end - _SESSION_REACH)
    body_start = text.rfind("\n", reach, body_end) + 1
    if body_start == 0 and reach > 0:
        return None, field
    session = _BODY_OVER_FIELD.fullmatch(text, body_start, field_end)
    return session, (body_start if session is not None else field)


_SITTING_OF: Final = re.compile(
    r"^(?:[0-9]{1,3}\.[ \t]*)?(?:(?:nicht)?öffentliche[ \t]+)?Sitzung[ \t]+(?:des|der)[ \t]+"
)
"""The words before the body in a sitting's name (``Sitzung des Stadtrates``): the body is
what follows, as written."""


def _block_end(text: str, at: int) -> int:
    """Where the last body's block ends: at its first blank line, or a field's label opening a
    line (``Beschlussvorschlag:``, ``Begründung:``), within :data:`_BLOCK_REACH`."""
    stop = _LAST_BLOCK_END.search(text, at, at + _BLOCK_REACH)
    return stop.start() if stop is not None else min(len(text), at + _BLOCK_REACH)


_LAST_BLOCK_END: Final = re.compile(
    r"\n[ \t]*\n|\n(?=[ \t]*(?!Abstimmung|Ergebnis)[A-ZÄÖÜ][\w-]{3,40}[ \t]*:[ \t]*\n)"
)
