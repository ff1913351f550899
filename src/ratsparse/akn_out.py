"""A resolution as an Akoma Ntoso 3.0 ``statement`` (OASIS LegalDocML): what a council
decided, as the legal-document standard writes it.

- ``meta``: the FRBR identification (work, expression, manifestation) under an AKN IRI made of
  the country, the document type, the meeting's day and the paper's reference
  (``/akn/de/statement/resolution/2022-01-17/AN-0131-2022``); the votes under
  ``analysis/parliamentary`` (``voting`` with a ``count`` per option, each group's side as a
  ``quorum`` of its own); the papers the decision replaces or amends as ``activeModifications``
  (a ``textualMod`` of type ``substitution`` or ``amendment`` whose destination is the paper);
  the body, the outcome and the options as TLC references.
- ``preface``: the paper's number, the meeting's day and number, the title and the status.
- ``mainBody``: the preamble as an ``intro``, the clauses as numbered ``paragraph``s (nested
  clauses as ``subparagraph``s) with ``eId``s by AKN's naming convention (``para_1``,
  ``para_1__subpara_a``); minutes give an ``hcontainer`` per agenda item.

Built from the JSON contract (:func:`ratsparse.records.to_plain`) with the standard library's
ElementTree; the tests validate the result against the OASIS schema.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Final

from ratsparse._version import __version__
from ratsparse.records import VoteGroups
from ratsparse.text import printable

AKN: Final = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
"""The Akoma Ntoso 3.0 namespace."""
SIDES: Final = VoteGroups._fields
"""The sides of a vote, as the contract names them."""
_SAFE: Final = re.compile(r"[^A-Za-z0-9äöüÄÖÜß.-]+")
_ID_SAFE: Final = re.compile(r"[^A-Za-z0-9]+")


def to_akn(doc: Mapping[str, Any]) -> str:
    """The Akoma Ntoso document of one record of the JSON contract, as XML text."""
    ET.register_namespace("", AKN)
    root = _el("akomaNtoso")
    statement = _sub(root, "statement", name="resolution")
    _meta(statement, doc)
    _preface(statement, doc)
    body = _sub(statement, "mainBody")
    items = doc.get("items") or ()
    if items:
        for n, item in enumerate(items, 1):
            container = _sub(body, "hcontainer", eId=f"hcontainer_{n}", name="agendaItem")
            if item.get("number"):
                _sub(container, "num").text = str(item["number"])
            if item.get("title"):
                _sub(container, "heading").text = str(item["title"])
            _decided(container, item, f"hcontainer_{n}__")
    else:
        _decided(body, doc, "")
    if len(body) == 0:  # no decided text: the body may not be empty
        block = _sub(body, "hcontainer", eId="hcontainer_empty", name="noDecidedText")
        _sub(_sub(block, "content"), "p").text = str(doc.get("title") or "")
    _printable(root)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def _printable(root: ET.Element) -> None:
    """Every text and attribute as XML may hold it: the characters it forbids (C0 controls but
    tab and line break, lone surrogates, U+FFFE/U+FFFF) written as visible escapes."""
    for element in root.iter():
        if element.text:
            element.text = printable(element.text, keep="\n\t")
        if element.tail:
            element.tail = printable(element.tail, keep="\n\t")
        for name, value in element.attrib.items():
            element.set(name, printable(value))


def _el(tag: str, **attrs: str) -> ET.Element:
    return ET.Element(f"{{{AKN}}}{tag}", attrs)


def _sub(parent: ET.Element, tag: str, **attrs: str) -> ET.Element:
    return ET.SubElement(parent, f"{{{AKN}}}{tag}", attrs)


def _iri(doc: Mapping[str, Any]) -> str:
    """The work's AKN IRI: country, type, the meeting's day (else the hash) and the paper."""
    date = (doc.get("meeting") or {}).get("date")
    paper = (doc.get("paper") or {}).get("reference")
    sha = str((doc.get("source") or {}).get("sha256") or "0" * 16)[:16]
    number = _SAFE.sub("-", paper).strip("-") if paper else sha
    return f"/akn/de/statement/resolution/{date or '0000-00-00'}/{number}"


def _meta(statement: ET.Element, doc: Mapping[str, Any]) -> None:
    meta = _sub(statement, "meta")
    ident = _sub(meta, "identification", source="#ratsparse")
    work = _iri(doc)
    date = (doc.get("meeting") or {}).get("date") or "0000-00-00"
    day = date if date != "0000-00-00" else "1970-01-01"
    for level, this, uri, extra in (
        ("FRBRWork", f"{work}/!main", work, "country"),
        ("FRBRExpression", f"{work}/deu@/!main", f"{work}/deu@", "language"),
        ("FRBRManifestation", f"{work}/deu@/!main.xml", f"{work}/deu@.xml", None),
    ):
        frbr = _sub(ident, level)
        _sub(frbr, "FRBRthis", value=this)
        _sub(frbr, "FRBRuri", value=uri)
        _sub(frbr, "FRBRdate", date=day, name="meeting")  # (the same day: output is reproducible)
        _sub(frbr, "FRBRauthor", href="#body" if level != "FRBRManifestation" else "#ratsparse")
        if extra == "country":
            _sub(frbr, "FRBRcountry", value="de")
        elif extra == "language":
            _sub(frbr, "FRBRlanguage", language="deu")
    _analysis(meta, doc)
    refs = _sub(meta, "references", source="#ratsparse")
    body = (doc.get("meeting") or {}).get("body") or "Gremium"
    _sub(
        refs,
        "TLCOrganization",
        eId="body",
        href="/akn/ontology/organizations/de/body",
        showAs=str(body),
    )
    _sub(
        refs,
        "TLCOrganization",
        eId="ratsparse",
        href="/akn/ontology/organizations/ratsparse",
        showAs=f"ratsparse {__version__}",
    )
    for concept in _concepts(doc):
        _sub(
            refs,
            "TLCConcept",
            eId=concept,
            href=f"/akn/ontology/concepts/{concept}",
            showAs=concept,
        )
    for eid, name in _groups(doc).items():
        _sub(
            refs,
            "TLCOrganization",
            eId=eid,
            href=f"/akn/ontology/organizations/de/{eid}",
            showAs=name,
        )
    for n, ref in enumerate(_modified(doc), 1):
        _sub(
            refs,
            "TLCReference",
            eId=f"paper_{n}",
            name="paper",
            href=_paper_iri(ref["reference"]),
            showAs=ref["reference"],
        )


def _group_id(group: Mapping[str, Any]) -> str:
    return "group_" + (_ID_SAFE.sub("_", str(group.get("name") or "")).strip("_").lower() or "x")


def _groups(doc: Mapping[str, Any]) -> dict[str, str]:
    """Every group named on a side of a vote: its reference's eId and its name."""
    found: dict[str, str] = {}
    for decision in _decisions(doc):
        for vote in decision.get("votes") or ():
            for side in SIDES:
                for group in (vote.get("groups") or {}).get(side) or ():
                    found.setdefault(_group_id(group), str(group.get("name") or ""))
    return found


def _paper_iri(reference: str) -> str:
    return f"/akn/de/doc/paper/{_SAFE.sub('-', reference).strip('-')}"


def _modified(doc: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [r for r in doc.get("references") or () if r.get("role") in ("replaced", "amended")]


def _decisions(doc: Mapping[str, Any]) -> Sequence[Mapping[str, Any]]:
    return doc.get("items") or [doc]


def _concepts(doc: Mapping[str, Any]) -> list[str]:
    """The outcomes and vote options the analysis refers to."""
    found: dict[str, None] = {}
    if any(decision.get("votes") for decision in _decisions(doc)):
        found |= {"voteText": None, "unanimous": None, "decisive": None}
    for decision in _decisions(doc):
        for vote in decision.get("votes") or ():
            if vote.get("outcome"):
                found[str(vote["outcome"])] = None
            for option, value in (vote.get("counts") or {}).items():
                if value is not None:
                    found[option] = None
            for side in SIDES:
                if (vote.get("groups") or {}).get(side):
                    found[side] = None
        if decision.get("outcome"):
            found[str(decision["outcome"])] = None
    return list(found)


def _analysis(meta: ET.Element, doc: Mapping[str, Any]) -> None:
    votes = [
        (d, n, v)
        for d, decision in enumerate(_decisions(doc), 1)
        for n, v in enumerate(decision.get("votes") or (), 1)
    ]
    replaced = [(n, r) for n, r in enumerate(_modified(doc), 1) if r["role"] == "replaced"]
    if not votes and not replaced:
        return
    analysis = _sub(meta, "analysis", source="#ratsparse")
    if replaced:
        # the decided text takes the place of the papers it replaces (an amended paper is a
        # source of the text, not a paper it changes: a reference only)
        mods = _sub(analysis, "activeModifications")
        for n, _ in replaced:
            mod = _sub(mods, "textualMod", eId=f"mod_{n}", type="substitution")
            _sub(mod, "source", href="#mainBody")
            _sub(mod, "destination", href=f"#paper_{n}")
    if votes:
        parliamentary = _sub(analysis, "parliamentary")
        for d, n, vote in votes:
            attrs = {"eId": f"vote_{d}_{n}", "href": "#mainBody"}
            if vote.get("outcome"):
                attrs["outcome"] = f"#{vote['outcome']}"
            voting = _sub(parliamentary, "voting", **attrs)
            if vote.get("decisive"):
                voting.set("refersTo", "#decisive")
            # the vote as the text tells it, and whether it was unanimous where it says so
            _sub(
                voting,
                "count",
                eId=f"vote_{d}_{n}__text",
                value=str(vote.get("text") or ""),
                refersTo="#voteText",
            )
            if vote.get("unanimous") is not None:
                _sub(
                    voting,
                    "count",
                    eId=f"vote_{d}_{n}__unanimous",
                    value="true" if vote["unanimous"] else "false",
                    refersTo="#unanimous",
                )
            for option, value in (vote.get("counts") or {}).items():
                if value is not None:
                    _sub(
                        voting,
                        "count",
                        eId=f"vote_{d}_{n}__{option}",
                        value=str(value),
                        refersTo=f"#{option}",
                    )
            for side in SIDES:
                for g, group in enumerate((vote.get("groups") or {}).get(side) or (), 1):
                    # a group's side: a count of its members (where the text gives them), linked
                    # to the group's reference
                    members = group.get("members")
                    _sub(
                        voting,
                        "count",
                        eId=f"vote_{d}_{n}__{side}_{g}",
                        value="" if members is None else str(members),
                        refersTo=f"#{side}",
                        href=f"#{_group_id(group)}",
                    )


def _preface(statement: ET.Element, doc: Mapping[str, Any]) -> None:
    meeting = doc.get("meeting") or {}
    paper = doc.get("paper") or {}
    status = doc.get("status") or {}
    preface = _sub(statement, "preface")
    lines: list[ET.Element] = []
    if paper.get("reference"):
        p = _sub(preface, "p")
        p.text = f"{paper.get('label') or 'Vorlage'}: "
        _sub(p, "docNumber").text = str(paper["reference"])
        lines.append(p)
    if meeting.get("date"):
        p = _sub(preface, "p")
        p.text = "Sitzung: "
        date = str(meeting["date"])
        _sub(p, "docDate", date=date).text = f"{date[8:10]}.{date[5:7]}.{date[:4]}"
        if meeting.get("reference"):
            session = _sub(p, "session", value=str(meeting["reference"]))
            session.text = str(meeting["reference"])
            session.tail = ""
        lines.append(p)
    if doc.get("title"):
        _sub(_sub(preface, "longTitle"), "p").text = str(doc["title"])
    if status.get("text"):
        p = _sub(preface, "p")
        p.text = "Beschluss: "
        _sub(p, "docStatus").text = str(status["text"])
    if len(preface) == 0:
        _sub(preface, "p").text = str((doc.get("source") or {}).get("name") or "")


def _decided(parent: ET.Element, decision: Mapping[str, Any], prefix: str) -> None:
    """The decided text: the preamble as a container of its own, the clauses as paragraphs."""
    if decision.get("preamble"):
        block = _sub(parent, "hcontainer", eId=f"{prefix}hcontainer_preamble", name="preamble")
        _sub(_sub(block, "content"), "p").text = str(decision["preamble"])
    for clause, eid in _numbered(decision.get("clauses") or (), f"{prefix}para"):
        _clause(parent, clause, eid, "paragraph")


def _numbered(
    clauses: Sequence[Mapping[str, Any]], stem: str
) -> Iterator[tuple[Mapping[str, Any], str]]:
    """Each clause with its eId: the stem and its number (``para_1``, ``para_1__subpara_a``), or
    its position where it has none or repeats one."""
    seen: set[str] = set()
    for n, clause in enumerate(clauses, 1):
        num = _ID_SAFE.sub("", str(clause.get("number") or "")) or str(n)
        if num in seen:
            num = f"{num}_{n}"
        seen.add(num)
        yield clause, f"{stem}_{num}"


def _clause(parent: ET.Element, clause: Mapping[str, Any], eid: str, tag: str) -> None:
    element = _sub(parent, tag, eId=eid)
    if clause.get("label") or clause.get("number"):
        _sub(element, "num").text = str(clause.get("label") or clause.get("number"))
    children = clause.get("children") or ()
    if children:
        if clause.get("text"):
            _sub(_sub(element, "intro", eId=f"{eid}__intro_1"), "p").text = str(clause["text"])
        for child, child_id in _numbered(children, f"{eid}__subpara"):
            _clause(element, child, child_id, "subparagraph")
    else:
        _sub(_sub(element, "content"), "p").text = str(clause.get("text") or "")
