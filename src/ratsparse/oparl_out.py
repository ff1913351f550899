"""A resolution as OParl 1.1 objects: its Meeting, an AgendaItem per decision, the Paper it
decides (and the papers it replaces or amends) and the Consultation that joins paper and item.

OParl keeps an agenda item's result as one free string (``result``); the structured vote it
cannot hold goes into a namespaced extension shaped like a Popolo VoteEvent
(``ratsparse:voteEvents``: the result, the counts by option, the groups by option). OParl has
no date-only field for a meeting (``start`` is a date-time): the day read from the text is
``ratsparse:date``, and the meeting's ``name`` says it.

Ids: under ``base_url`` (the API's address, e.g. ``https://ris.example.de/oparl/v1.1``) they are
URLs, a paper's by its reference (the same paper, the same id, in every file); without, URNs from
the text's SHA-256 (``urn:ratsparse:<hash>:agendaitem:1``). Objects read from OParl keep their
own ids. Everything is built from the JSON contract (:func:`ratsparse.records.to_plain`), so the
objects say nothing the contract does not.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Final
from urllib.parse import quote

from ratsparse.records import VoteGroups, urn_of
from ratsparse.render import TERMS

OPARL: Final = "https://schema.oparl.org/1.1/"
"""The prefix of every OParl 1.1 type URL."""
PREFIX: Final = "ratsparse:"
"""The namespace of ratsparse's own properties (OParl's rule for vendor extensions)."""
SIDES: Final = VoteGroups._fields
"""The sides of a vote, as the contract names them."""


def to_oparl(doc: Mapping[str, Any], base_url: str | None = None) -> list[dict[str, Any]]:
    """The OParl objects of one record of the JSON contract: the Meeting (where the text names
    one), then per decision its AgendaItem, Consultation and Paper(s)."""
    ids = _Ids(doc, base_url)
    objects: list[dict[str, Any]] = []
    meeting = _meeting(doc, ids)
    if meeting is not None:
        objects.append(meeting)
    decisions = doc.get("items") or [doc]
    for order, decision in enumerate(decisions, 1):
        objects.extend(_decision(doc, decision, order, ids, meeting is not None))
    return objects


class _Ids:
    """Ids of the objects of one record."""

    def __init__(self, doc: Mapping[str, Any], base_url: str | None) -> None:
        self.base = base_url.rstrip("/") if base_url else None
        self.urn = urn_of(str((doc.get("source") or {}).get("sha256") or ""))
        self.key = self.urn.rpartition(":")[2]

    def of(self, kind: str, n: int | str | None = None) -> str:
        tail = kind if n is None else f"{kind}/{n}"
        if self.base is not None:
            return f"{self.base}/{kind}/{self.key}" + ("" if n is None else f"-{n}")
        return f"{self.urn}:{tail.replace('/', ':')}"

    def paper(self, reference: str, n: str) -> str:
        if self.base is not None:
            return f"{self.base}/paper/{quote(reference, safe='')}"
        return self.of("paper", n)


def _meeting(doc: Mapping[str, Any], ids: _Ids) -> dict[str, Any] | None:
    meeting = doc.get("meeting") or {}
    date, reference, body = meeting.get("date"), meeting.get("reference"), meeting.get("body")
    if not (date or reference):
        return None
    name = " ".join(
        part
        for part in (
            body or "Sitzung",
            f"am {date[8:10]}.{date[5:7]}.{date[:4]}" if date else None,
            f"({reference})" if reference else None,
        )
        if part
    )
    obj: dict[str, Any] = {
        "id": _meeting_id(doc, ids),
        "type": OPARL + "Meeting",
        "name": name,
    }
    if date:
        obj[PREFIX + "date"] = date
    if reference:
        obj[PREFIX + "reference"] = reference
    return obj


def _first_oparl(doc: Mapping[str, Any], field: str) -> str | None:
    for item in doc.get("items") or ():
        value = (item.get("oparl") or {}).get(field)
        if value:
            return str(value)
    return None


def _decision(
    doc: Mapping[str, Any],
    decision: Mapping[str, Any],
    order: int,
    ids: _Ids,
    has_meeting: bool,
) -> list[dict[str, Any]]:
    """The AgendaItem of one decision, its Consultation and its Paper(s)."""
    own = decision.get("oparl") or {}
    item_id = own.get("agenda_item") or ids.of("agendaitem", order)
    meeting_id = own.get("meeting") or (_meeting_id(doc, ids) if has_meeting else None)
    item: dict[str, Any] = {"id": item_id, "type": OPARL + "AgendaItem", "order": order}
    if meeting_id:
        item["meeting"] = meeting_id
    number = decision.get("number") if decision is not doc else None
    if number:
        item["number"] = str(number)
    name = decision.get("title") if decision is not doc else doc.get("title")
    if name:
        item["name"] = name
    result = _result(decision)
    if result:
        item["result"] = result
    text = _resolution_text(decision)
    if text:
        item["resolutionText"] = text
    if decision.get("outcome"):
        item[PREFIX + "outcome"] = decision["outcome"]
    events = [_vote_event(v) for v in decision.get("votes") or ()]
    if events:
        item[PREFIX + "voteEvents"] = events
    refs: Sequence[Mapping[str, Any]] = decision.get("references") or ()
    paper = decision.get("paper")
    if paper is None:
        return [item]
    papers = _papers(paper, refs, decision, ids, order, own.get("paper"))
    consultation_id = own.get("consultation") or ids.of("consultation", order)
    item["consultation"] = consultation_id
    consultation: dict[str, Any] = {
        "id": consultation_id,
        "type": OPARL + "Consultation",
        "paper": papers[0]["id"],
        "agendaItem": item_id,
        "authoritative": decision.get("outcome") is not None,
    }
    if meeting_id:
        consultation["meeting"] = meeting_id
    return [item, consultation, *papers]


def _meeting_id(doc: Mapping[str, Any], ids: _Ids) -> str:
    return _first_oparl(doc, "meeting") or ids.of("meeting")


def _papers(
    paper: Mapping[str, Any],
    refs: Sequence[Mapping[str, Any]],
    decision: Mapping[str, Any],
    ids: _Ids,
    order: int,
    known_id: str | None,
) -> list[dict[str, Any]]:
    """The decided paper, then each paper it replaces or amends (its ``relatedPaper``)."""
    related = [r for r in refs if r.get("role") in ("replaced", "amended")]
    main: dict[str, Any] = {
        "id": known_id or ids.paper(paper["reference"], str(order)),
        "type": OPARL + "Paper",
        "reference": paper["reference"],
    }
    if decision.get("title"):
        main["name"] = decision["title"]
    if paper.get("kind"):
        main["paperType"] = paper["kind"]
    others = [
        {
            "id": ids.paper(r["reference"], f"{order}.{n}"),
            "type": OPARL + "Paper",
            "reference": r["reference"],
            **({"paperType": r["kind"]} if r.get("kind") else {}),
            PREFIX + "role": r["role"],
        }
        for n, r in enumerate(related, 1)
    ]
    if others:
        main["relatedPaper"] = [o["id"] for o in others]
    return [main, *others]


def _result(decision: Mapping[str, Any]) -> str | None:
    """OParl's free-text result: the status as the text wrote it, else the outcome in German
    (the vote as told is the extension's: OParl readers take a vote's words in ``result`` over
    the status, and ``verwiesen; Einstimmig zugestimmt`` reads as an approval)."""
    status = decision.get("status") or {}
    if status.get("text"):
        return str(status["text"])
    outcome = decision.get("outcome")
    return TERMS["de"][outcome] if outcome else None


def _resolution_text(decision: Mapping[str, Any]) -> str | None:
    lines = [decision["preamble"]] if decision.get("preamble") else []
    lines.extend(_clause_lines(decision.get("clauses") or (), 0))
    return "\n".join(lines) or None


def _clause_lines(clauses: Sequence[Mapping[str, Any]], depth: int) -> Iterator[str]:
    for clause in clauses:
        label = clause.get("label") or clause.get("number") or ""
        yield "  " * depth + f"{label} {clause.get('text') or ''}".strip()
        yield from _clause_lines(clause.get("children") or (), depth + 1)


def _vote_event(vote: Mapping[str, Any]) -> dict[str, Any]:
    """A vote shaped like a Popolo VoteEvent: its result, counts by option, groups by option."""
    counts = vote.get("counts") or {}
    groups = vote.get("groups") or {}
    event: dict[str, Any] = {
        "result": vote.get("outcome"),
        "decisive": bool(vote.get("decisive")),
        "unanimous": vote.get("unanimous"),
        "text": vote.get("text"),
        "counts": [
            {"option": option, "value": counts[option]}
            for option in (*SIDES, "conflicted", "present", "eligible")
            if counts.get(option) is not None
        ],
        "groupResults": [
            {
                "group": g.get("name"),
                "party": g.get("party"),
                "kind": g.get("kind"),
                "option": side,
            }
            for side in SIDES
            for g in groups.get(side) or ()
        ],
    }
    return event
