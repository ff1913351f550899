"""What the probe tests read of a text, in one place: its meeting date, its references and its
decisive vote (each parsed afresh from the text)."""

from __future__ import annotations

from ratsparse import parse_text
from ratsparse.models import Vote


def meeting_date(text: str) -> str | None:
    """The text's meeting date in ISO form, or None."""
    date = parse_text(text).meeting.date
    return date.isoformat() if date else None


def references(text: str) -> list[str]:
    """The text's paper references as written, in order."""
    return [r.reference for r in parse_text(text).references]


def decisive_vote(text: str) -> Vote:
    """The text's decisive vote (the test fails where there is none)."""
    return next(v for v in parse_text(text).votes if v.decisive)
