"""The clerk's view: a summary of a parsed resolution, as Rich renderables or as plain text.

The summary speaks one language, German by default (``--lang de``) or English (``--lang en``):
its labels and the values it names (outcomes, count keys, paper roles) both. Messages of the
findings are the rules' own (see ``ratsparse rule``). Values come from the input (the file name,
the text): both views show them through :func:`ratsparse.text.printable`, so no control
character reaches the terminal.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Final, Literal

from ratsparse.models import Clause, Group, Item, Resolution, Vote
from ratsparse.text import printable

if TYPE_CHECKING:
    from rich.console import RenderableType

Lang = Literal["de", "en"]
LANGS: Final[tuple[Lang, ...]] = ("de", "en")

TERMS: Final[Mapping[Lang, Mapping[str, str]]] = {
    "de": {
        # labels
        "file": "Datei",
        "meeting": "Sitzung",
        "item": "Punkt",
        "addendum": "Nachtrag",
        "status": "Beschluss",
        "paper": "Vorlage",
        "reference": "Bezug",
        "title": "Titel",
        "preamble": "Einleitung",
        "clause": "Ziffer",
        "vote": "Abstimmung",
        "vote_result": "Ergebnis",
        "counts": "Stimmen",
        "side_yes": "dafür",
        "side_no": "dagegen",
        "side_abstain": "Enthaltung",
        "outcome": "Ergebnis",
        "note": "Hinweis",
        # values
        "approved": "angenommen",
        "approved_amended": "geändert angenommen",
        "rejected": "abgelehnt",
        "noted": "zur Kenntnis genommen",
        "postponed": "vertagt",
        "referred": "verwiesen",
        "withdrawn": "zurückgezogen",
        "other": "sonstiges",
        "yes": "Ja",
        "no": "Nein",
        "abstain": "Enthaltung",
        "conflicted": "befangen",
        "present": "anwesend",
        "eligible": "stimmberechtigt",
        "cast": "abgegeben",
        "valid": "gültig",
        "subject": "Gegenstand",
        "replaced": "ersetzt",
        "amended": "geändert",
        "mentioned": "erwähnt",
        "paper_word": "Papier",
        "decisive": "entscheidend",
        "further": "weitere Abstimmung",
        "all_items": "alle Punkte (was ihre Abstimmungen gemeinsam haben)",
        "unanimous": "einstimmig",
        "not_unanimous": "nicht einstimmig",
        "majority": "mehrheitlich",
        "last_word": "letztes Wort",
        "no_number": "(ohne Nummer)",
    },
    "en": {
        "file": "File",
        "meeting": "Meeting",
        "item": "Item",
        "addendum": "Addendum",
        "status": "Status",
        "paper": "Paper",
        "reference": "Reference",
        "title": "Title",
        "preamble": "Preamble",
        "clause": "Clause",
        "vote": "Vote",
        "vote_result": "Result",
        "counts": "Counts",
        "side_yes": "for",
        "side_no": "against",
        "side_abstain": "abstained",
        "outcome": "Outcome",
        "note": "Finding",
        "approved": "approved",
        "approved_amended": "approved as amended",
        "rejected": "rejected",
        "noted": "noted",
        "postponed": "postponed",
        "referred": "referred",
        "withdrawn": "withdrawn",
        "other": "other",
        "yes": "yes",
        "no": "no",
        "abstain": "abstain",
        "conflicted": "conflicted",
        "present": "present",
        "eligible": "eligible",
        "cast": "cast",
        "valid": "valid",
        "subject": "subject",
        "replaced": "replaced",
        "amended": "amended",
        "mentioned": "mentioned",
        "paper_word": "paper",
        "decisive": "decisive",
        "further": "further vote",
        "all_items": "all items (what their votes agree on)",
        "unanimous": "unanimous",
        "not_unanimous": "not unanimous",
        "majority": "by majority",
        "last_word": "last word",
        "no_number": "(no number)",
    },
}
"""Every word the summary prints, per language: a label, or a value of the contract named."""


class _View:
    def __init__(self, lang: Lang) -> None:
        self.t = TERMS[lang]

    def outcome(self, code: str | None) -> str:
        return self.t.get(code, code) if code else "—"

    def groups(self, groups: tuple[Group, ...]) -> str:
        out = []
        for g in groups:
            name = f"{g.members} {g.name}" if g.members is not None else g.name
            out.append(f"{name} [{g.party}]" if g.party and g.party not in g.name else name)
        return ", ".join(out)

    def vote_lines(self, vote: Vote) -> Iterator[tuple[str, str, str]]:
        t = self.t
        if vote.outcome_basis == "items":
            # the text's decisions, summed up: what their votes agree on (the votes are the items')
            yield "vote", t["vote"], t["all_items"]
        else:
            head = t["decisive"] if vote.decisive else t["further"]
            if vote.subject and not vote.text.startswith(vote.subject):
                head += f" — {vote.subject}"
            yield "vote", t["vote"], f"{head}: {vote.text}"
        how = []
        if vote.unanimous is True:
            how.append(t["unanimous"])
        elif vote.unanimous is False:
            how.append(t["not_unanimous"])
        if vote.majority:
            how.append(t["majority"])
        yield "vote_result", "  " + t["vote_result"], ", ".join([self.outcome(vote.outcome), *how])
        counts = vote.counts.model_dump()
        shown = [f"{t[k]} {v}" for k, v in counts.items() if v is not None]
        if shown:
            yield "counts", "  " + t["counts"], ", ".join(shown)
        for side in ("yes", "no", "abstain"):
            groups = getattr(vote.groups, side)
            if groups:
                yield "side", "  " + t["side_" + side], self.groups(groups)

    def clause_lines(self, clauses: tuple[Clause, ...], depth: int = 0) -> Iterator[str]:
        for c in clauses:
            yield f"{'    ' * depth}{c.label} {c.text}"
            yield from self.clause_lines(c.children, depth + 1)

    def heading(self, number: str | None, title: str | None) -> str:
        """An agenda item's number and title, as its heading gives them."""
        return " ".join(x for x in (number, title) if x) or self.t["no_number"]

    def item_lines(self, item: Item) -> Iterator[tuple[str, str, str]]:
        """An agenda item in two lines at most: its heading and result, and the vote that
        settled it (the whole reading is in the JSON, or in ``ratsparse split``)."""
        t = self.t
        when = f" ({item.meeting.date.isoformat()})" if item.meeting and item.meeting.date else ""
        last = f", {t['last_word']}" if item.last_word else ""
        heading = self.heading(item.number, item.title)
        yield "item", t["item"], f"{heading}{when} → {self.outcome(item.outcome)}{last}"
        vote = next((v for v in item.votes if v.decisive), None)
        if vote is not None:
            yield "vote", "  " + t["vote"], vote.text

    def rows(self, res: Resolution) -> Iterator[tuple[str, str, str]]:
        t = self.t
        yield "file", t["file"], res.source.name or "—"
        m = res.meeting
        meeting = " ".join(
            x for x in (m.date.isoformat() if m.date else None, m.reference, m.body) if x
        )
        yield "meeting", t["meeting"], meeting or "—"
        if res.item is not None:
            heading = self.heading(res.item.number, res.item.title)
            yield "item", t["item"], f"{res.item.seq}: {heading}"
        if res.addendum:
            a = res.addendum
            said = " ".join(x for x in (a.date.isoformat() if a.date else None, a.note) if x)
            yield "addendum", t["addendum"], said
        if res.status:
            yield "status", t["status"], f"{res.status.text} → {self.outcome(res.status.outcome)}"
        if res.paper:
            yield "paper", t["paper"], res.paper.reference
        for ref in res.references:
            if ref.role != "subject":
                kind = ref.label or ref.kind or t["paper_word"]
                yield "reference", t["reference"], f"{ref.reference} ({kind}, {t[ref.role]})"
        if res.title:
            yield "title", t["title"], res.title
        if res.preamble:
            yield "preamble", t["preamble"], res.preamble
        for line in self.clause_lines(res.clauses):
            yield "clause", t["clause"], line
        for vote in res.votes:
            yield from self.vote_lines(vote)
        for item in res.items:
            yield from self.item_lines(item)
        yield "outcome", t["outcome"], self.outcome(res.outcome)
        for d in res.diagnostics:
            where = f"{d.span.line}:{d.span.column} " if d.span else ""
            yield "note", t["note"], f"{where}{d.code} [{d.severity}] {d.message}"


def summary_rows(res: Resolution, lang: Lang = "de") -> Iterator[tuple[str, str]]:
    """The summary as (label, value) rows, in reading order, in ``lang``."""
    for _key, label, value in _View(lang).rows(res):
        yield label, value


def plain(res: Resolution, lang: Lang = "de") -> str:
    """Plain text, one row per line, for pipes and files."""
    return "".join(f"{label:<12} {printable(value)}\n" for label, value in summary_rows(res, lang))


def rich_view(res: Resolution, lang: Lang = "de") -> RenderableType:
    """A Rich table for terminals."""
    from rich.table import Table
    from rich.text import Text

    styles = {"error": "bold red", "warning": "yellow", "info": "dim"}
    table = Table(show_header=False, box=None, padding=(0, 1), expand=False)
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column(overflow="fold")
    for key, label, value in _View(lang).rows(res):
        style = ""
        if key == "outcome":
            style = "bold green" if res.outcome in ("approved", "approved_amended") else "bold"
        elif key == "note":
            style = next((s for k, s in styles.items() if f"[{k}]" in value), "")
        table.add_row(label, Text(printable(value), style=style))
    return table
