"""What the probe tests read of a text, in one place: its meeting date, its references, its
decisive vote and the groups on that vote's sides (each parsed afresh from the text)."""

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


def sides(text: str) -> tuple[list[str], list[str], list[str]]:
    """The groups on each side (yes, no, abstain) of the text's decisive vote, members by name
    left out."""
    vote = decisive_vote(text)
    yes, no, abstain = (
        [g.name for g in side if g.kind != "person"]
        for side in (vote.groups.yes, vote.groups.no, vote.groups.abstain)
    )
    return yes, no, abstain
