"""Document checks: findings that need the whole reading or the text, after the parse.

Each check is a small pure function from the reading (meeting, references, votes …) or the text to
diagnostics; :func:`document_checks` runs them all. The core calls it once, where it gathers its
diagnostics. Nothing here changes the reading; a check only reports.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import Final

from ratsparse import vocab
from ratsparse.normalize import MOJIBAKE, Cleaned
from ratsparse.records import Addendum, Diagnostic, Meeting, PaperRef, Vote
from ratsparse.references import KNOWN_REF_FORMATS
from ratsparse.rules import diagnostic
from ratsparse.source import MAX_SIZE

# ---------------------------------------------------------------------------------------------
# Paper references

# Shaped like a lettered paper number (prefix / number / year) — e.g. "AN/131/22" — but not read
# as one by the registry of formats: a digit is missing, or the year is cut to two digits.
# (The first letter is matched before the lookbehind checks the character ahead of it: a pattern
# that opens with a character class lets re skip to candidate characters instead of trying the
# whole pattern at every position, three times faster on a long text.)
_REF_SHAPE: Final = re.compile(r"[A-ZÄÖÜ](?<![\w/.-].)[A-ZÄÖÜ]{0,4}/\d{1,6}/\d{1,4}(?![\w/]|-\d)")


def malformed_references(cleaned: Cleaned) -> Iterator[Diagnostic]:
    """RP201: a prefix/number/year shape that no reference format accepts."""
    for m in _REF_SHAPE.finditer(cleaned.text):
        if any(f.pattern.fullmatch(m.group()) for f in KNOWN_REF_FORMATS):
            continue
        yield diagnostic(
            "RP201",
            f"'{m.group()}' looks like a paper reference but has no known format "
            "(Köln writes AN/0131/2022)",
            cleaned.span(m.start(), m.end()),
        )


def references_after_meeting(
    meeting: Meeting, references: Sequence[PaperRef]
) -> Iterator[Diagnostic]:
    """RP202: a paper cannot be numbered in a year after the meeting that decides on it.

    Only references that are surely papers count: with a letter prefix, after a paper word, or
    with a role; a bare ``12/2025`` may be a month (``bis 12/2025``).
    """
    if meeting.date is None:
        return
    for ref in references:
        sure = ref.prefix is not None or ref.label is not None or ref.role != "mentioned"
        if sure and ref.year is not None and ref.year > meeting.date.year:
            yield diagnostic(
                "RP202",
                f"'{ref.reference}' is of {ref.year}, after the meeting of {meeting.date:%d.%m.%Y}",
                ref.span,
            )


# ---------------------------------------------------------------------------------------------
# Dates

# A numeric (``31.02.2022``) or a named-month date (``30. Februar 2023``), in one pass over the
# text: their matches cannot overlap, since inside either no digit can start another. The day's
# first digit is matched before the lookbehind checks what stands ahead of it, so that re skips
# to digits instead of trying the pattern at every position.
_DATE: Final = re.compile(
    r"(?P<d>\d(?<![\d.]\d)\d?)\. ?"
    r"(?:(?P<m>\d{1,2})\. ?|(?P<name>(?i:" + "|".join(map(re.escape, vocab.MONTHS)) + r")) )"
    r"(?P<y>(?:19|20)\d\d)(?!\d)"
)


def impossible_dates(cleaned: Cleaned) -> Iterator[Diagnostic]:
    """RP110: a date that is not in the calendar (``31.02.2022``, ``30. Februar 2023``)."""
    for m in _DATE.finditer(cleaned.text):
        if m["m"] is not None:
            month = int(m["m"])
        else:  # (?i) also matches "ſeptember"; casefold brings it home
            named = vocab.MONTHS.get(m["name"].casefold())
            if named is None:
                continue
            month = named
        try:
            dt.date(int(m["y"]), month, int(m["d"]))
        except ValueError:
            yield diagnostic(
                "RP110",
                f"'{m.group()}' is not a date in the calendar",
                cleaned.span(m.start(), m.end()),
            )


_NOTE_DATE: Final = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def addendum_after_meeting(meeting: Meeting, addendum: Addendum | None) -> Iterator[Diagnostic]:
    """RP111: an item added to the agenda (Nachtrag) after the meeting it was added to."""
    if meeting.date is None or addendum is None:
        return
    dates: list[dt.date] = []
    if addendum.date is not None:
        dates.append(addendum.date)
    for m in _NOTE_DATE.finditer(addendum.note or ""):
        try:
            dates.append(dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
        except ValueError:
            continue  # RP110 reports it
    late = [d for d in dates if d > meeting.date]
    if late:
        yield diagnostic(
            "RP111",
            f"the Nachtrag is dated {max(late):%d.%m.%Y}, after the meeting of "
            f"{meeting.date:%d.%m.%Y}",
            addendum.span,
        )


# ---------------------------------------------------------------------------------------------
# Votes


def count_totals(votes: Sequence[Vote]) -> Iterator[Diagnostic]:
    """RP306: the votes counted do not add up to the total given (Anwesend, Stimmberechtigte …)."""
    for vote in votes:
        c = vote.counts
        if c.yes is None or c.no is None:
            continue
        voted = c.yes + c.no + (c.abstain or 0)
        with_conflicted = voted + (c.conflicted or 0)
        if c.present is not None and with_conflicted != c.present:
            yield diagnostic(
                "RP306",
                f"{with_conflicted} members counted (Ja, Nein, Enthaltung"
                f"{', befangen' if c.conflicted else ''}) but {c.present} present",
                vote.span,
            )
            continue
        for total, what in ((c.eligible, "entitled to vote"), (c.cast, "votes cast")):
            if total is not None and voted > total:
                yield diagnostic(
                    "RP306", f"{voted} votes counted but only {total} {what}", vote.span
                )
                break


def outcome_against_majority(votes: Sequence[Vote]) -> Iterator[Diagnostic]:
    """RP307: ``abgelehnt`` with more Yes than No votes, or adopted with more No than Yes."""
    for vote in votes:
        yes, no = vote.counts.yes, vote.counts.no
        if yes is None or no is None:
            continue
        if vote.outcome == "rejected" and yes > no:
            yield diagnostic("RP307", f"rejected although {yes} voted yes and {no} no", vote.span)
        elif vote.outcome in ("approved", "approved_amended") and no > yes:
            yield diagnostic("RP307", f"adopted although {yes} voted yes and {no} no", vote.span)


# ---------------------------------------------------------------------------------------------
# Text hygiene


def mojibake(cleaned: Cleaned) -> Iterator[Diagnostic]:
    """RP805: UTF-8 that was once decoded as Windows-1252 and saved again (``Ã¤`` for ``ä``)."""
    text = cleaned.original
    if "Ã" not in text and "Â" not in text and "â€" not in text:  # every hit opens so (speed)
        return
    hits = list(MOJIBAKE.finditer(text))
    if hits:
        first = hits[0]
        yield diagnostic(
            "RP805",
            f"'{first.group()}' is mojibake (UTF-8 read as Windows-1252); "
            f"{len(hits)} such sequence(s) in the text",
            cleaned.original_span(first.start(), first.end()),
        )


# ---------------------------------------------------------------------------------------------
# Input


def too_large(size: int | None, limit: int = MAX_SIZE) -> tuple[Diagnostic, ...]:
    """RP905 for an input that reading found larger than ``limit`` bytes (it is not parsed).

    ``size`` is the file's size where it is known (a regular file); None, or a size within the
    limit (a file that grew while it was read, or one in /proc), says only that reading went past
    the limit.
    """
    if size is None or size <= limit:
        message = f"the input has more than {limit} bytes, the size limit; not read"
    else:
        message = f"the file has {size} bytes, more than the limit of {limit}; not read"
    return (diagnostic("RP905", message),)


# ---------------------------------------------------------------------------------------------


def document_checks(
    cleaned: Cleaned,
    meeting: Meeting,
    addendum: Addendum | None,
    references: Sequence[PaperRef],
    votes: Sequence[Vote],
) -> tuple[Diagnostic, ...]:
    """Every document check over one reading."""
    return (
        *impossible_dates(cleaned),
        *addendum_after_meeting(meeting, addendum),
        *malformed_references(cleaned),
        *references_after_meeting(meeting, references),
        *count_totals(votes),
        *outcome_against_majority(votes),
        *mojibake(cleaned),
    )
