"""The clerk's view: a summary of a parsed resolution, as Rich renderables or as plain text.

Values come from the input (the file name, the text): both views show them through
:func:`ratsparse.text.printable`, so no control character reaches the terminal.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ratsparse.models import Clause, Group, Item, Resolution, Vote
from ratsparse.text import printable

if TYPE_CHECKING:
    from rich.console import RenderableType

OUTCOME_DE = {
    "approved": "angenommen",
    "approved_amended": "geändert angenommen",
    "rejected": "abgelehnt",
    "noted": "zur Kenntnis genommen",
    "postponed": "vertagt",
    "referred": "verwiesen",
    "withdrawn": "zurückgezogen",
    "other": "sonstiges",
}


def _outcome(code: str | None) -> str:
    return f"{OUTCOME_DE.get(code, code)} ({code})" if code else "—"


def _groups(groups: tuple[Group, ...]) -> str:
    out = []
    for g in groups:
        name = f"{g.members} {g.name}" if g.members is not None else g.name
        out.append(f"{name} [{g.party}]" if g.party and g.party not in g.name else name)
    return ", ".join(out)


def _vote_lines(vote: Vote) -> Iterator[tuple[str, str]]:
    if vote.outcome_basis == "items":
        # the text's decisions, summed up: what their votes agree on (the votes are the items')
        yield "Abstimmung", "alle Punkte (was ihre Abstimmungen gemeinsam haben)"
    else:
        head = "entscheidend" if vote.decisive else "weitere Abstimmung"
        if vote.subject and not vote.text.startswith(vote.subject):
            head += f" — {vote.subject}"
        yield "Abstimmung", f"{head}: {vote.text}"
    how = []
    if vote.unanimous is True:
        how.append("einstimmig")
    elif vote.unanimous is False:
        how.append("nicht einstimmig")
    if vote.majority:
        how.append("mehrheitlich")
    yield "  Ergebnis", ", ".join([_outcome(vote.outcome), *how])
    counts = vote.counts.model_dump()
    shown = [f"{k} {v}" for k, v in counts.items() if v is not None]
    if shown:
        yield "  Stimmen", ", ".join(shown)
    for side, label in (("yes", "  dafür"), ("no", "  dagegen"), ("abstain", "  Enthaltung")):
        groups = getattr(vote.groups, side)
        if groups:
            yield label, _groups(groups)


def _clause_lines(clauses: tuple[Clause, ...], depth: int = 0) -> Iterator[str]:
    for c in clauses:
        yield f"{'    ' * depth}{c.label} {c.text}"
        yield from _clause_lines(c.children, depth + 1)


def _heading(number: str | None, title: str | None) -> str:
    """An agenda item's number and title, as its heading gives them."""
    return " ".join(x for x in (number, title) if x) or "(ohne Nummer)"


def _item_lines(item: Item) -> Iterator[tuple[str, str]]:
    """An agenda item in two lines at most: its heading and result, and the vote that settled
    it (the whole reading is in the JSON, or in ``ratsparse split``)."""
    when = f" ({item.meeting.date.isoformat()})" if item.meeting and item.meeting.date else ""
    last = ", letztes Wort" if item.last_word else ""
    yield "Punkt", f"{_heading(item.number, item.title)}{when} → {_outcome(item.outcome)}{last}"
    vote = next((v for v in item.votes if v.decisive), None)
    if vote is not None:
        yield "  Abstimmung", vote.text


def summary_rows(res: Resolution) -> Iterator[tuple[str, str]]:
    """The summary as (label, value) rows, in reading order."""
    yield "Datei", res.source.name or "—"
    m = res.meeting
    meeting = " ".join(
        x for x in (m.date.isoformat() if m.date else None, m.reference, m.body) if x
    )
    yield "Sitzung", meeting or "—"
    if res.item is not None:
        yield "Punkt", f"{res.item.seq}: {_heading(res.item.number, res.item.title)}"
    if res.addendum:
        a = res.addendum
        yield "Nachtrag", " ".join(x for x in (a.date.isoformat() if a.date else None, a.note) if x)
    if res.status:
        yield "Beschluss", f"{res.status.text} → {_outcome(res.status.outcome)}"
    if res.paper:
        yield "Vorlage", res.paper.reference
    for ref in res.references:
        if ref.role != "subject":
            yield "Bezug", f"{ref.reference} ({ref.label or ref.kind or 'Papier'}, {ref.role})"
    if res.title:
        yield "Titel", res.title
    if res.preamble:
        yield "Einleitung", res.preamble
    for line in _clause_lines(res.clauses):
        yield "Ziffer", line
    for vote in res.votes:
        yield from _vote_lines(vote)
    for item in res.items:
        yield from _item_lines(item)
    yield "Ergebnis", _outcome(res.outcome)
    for d in res.diagnostics:
        where = f"{d.span.line}:{d.span.column} " if d.span else ""
        yield "Hinweis", f"{where}{d.code} [{d.severity}] {d.message}"


def plain(res: Resolution) -> str:
    """Plain text, one row per line, for pipes and files."""
    return "".join(f"{label:<12} {printable(value)}\n" for label, value in summary_rows(res))


def rich_view(res: Resolution) -> RenderableType:
    """A Rich table for terminals."""
    from rich.table import Table
    from rich.text import Text

    styles = {"error": "bold red", "warning": "yellow", "info": "dim"}
    table = Table(show_header=False, box=None, padding=(0, 1), expand=False)
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column(overflow="fold")
    for label, value in summary_rows(res):
        style = ""
        if label == "Ergebnis":
            style = "bold green" if res.outcome in ("approved", "approved_amended") else "bold"
        elif label == "Hinweis":
            style = next((s for k, s in styles.items() if f"[{k}]" in value), "")
        table.add_row(label, Text(printable(value), style=style))
    return table
