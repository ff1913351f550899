"""``--to akn``: a resolution as an Akoma Ntoso 3.0 ``statement``, valid against the OASIS schema,
with the preface, the clauses as numbered paragraphs with eIds, the votes under analysis and
the replaced papers as textual modifications."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from ratsparse import parse_bytes, parse_path
from ratsparse.akn_out import AKN, to_akn
from tests.conftest import CORPUS, RunCli

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
SEED = ROOT / "samples" / "nachtrag-koeln-2022-01-17.txt"
XSD = CORPUS.parent / "inputs" / "akn-schema" / "akomantoso30.xsd"
NS = {"a": AKN}

# The schema imports ./xml.xsd, the W3C schema of the XML namespace, which does not come with it:
# the four standard attributes it declares (xml:lang, xml:space, xml:base, xml:id).
XML_XSD = """<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           targetNamespace="http://www.w3.org/XML/1998/namespace">
  <xs:attribute name="lang" type="xs:language"/>
  <xs:attribute name="space">
    <xs:simpleType>
      <xs:restriction base="xs:NCName">
        <xs:enumeration value="default"/>
        <xs:enumeration value="preserve"/>
      </xs:restriction>
    </xs:simpleType>
  </xs:attribute>
  <xs:attribute name="base" type="xs:anyURI"/>
  <xs:attribute name="id" type="xs:ID"/>
</xs:schema>
"""


@pytest.fixture(scope="module")
def schema(tmp_path_factory: pytest.TempPathFactory) -> Any:
    etree = pytest.importorskip("lxml.etree")
    if not XSD.is_file():
        pytest.skip("the Akoma Ntoso schema is not here (../shared/inputs/akn-schema)")
    folder = tmp_path_factory.mktemp("akn")
    shutil.copy(XSD, folder / XSD.name)
    (folder / "xml.xsd").write_text(XML_XSD, encoding="utf-8")
    return etree.XMLSchema(etree.parse(str(folder / XSD.name)))


def _xml(path: Path) -> str:
    return to_akn(parse_path(path).model_dump(mode="json"))


def _assert_valid(schema: Any, xml: str) -> None:
    etree = pytest.importorskip("lxml.etree")
    ok = schema.validate(etree.fromstring(xml.encode("utf-8")))
    assert ok, [str(e) for e in schema.error_log][:3]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_every_sample_is_a_valid_statement_with_unique_eids(sample: Path, schema: Any) -> None:
    xml = _xml(sample)
    _assert_valid(schema, xml)
    eids = [e.get("eId") for e in ET.fromstring(xml).iter() if e.get("eId")]
    assert len(eids) == len(set(eids))
    # every local link names something in the document
    targets = {f"#{e}" for e in eids} | {"#mainBody"}
    for element in ET.fromstring(xml).iter():
        for attr in ("href", "refersTo", "outcome", "source"):
            value = element.get(attr)
            if value and value.startswith("#"):
                assert value in targets, (attr, value)


def test_the_seed_as_akoma_ntoso(schema: Any) -> None:
    root = ET.fromstring(_xml(SEED))
    statement = root.find("a:statement", NS)
    assert statement is not None and statement.get("name") == "resolution"
    work = root.find(".//a:FRBRWork/a:FRBRthis", NS)
    assert work is not None
    assert work.get("value") == "/akn/de/statement/resolution/2022-01-17/AN-0131-2022/!main"
    assert root.findtext(".//a:preface//a:docNumber", namespaces=NS) == "AN/0131/2022"
    date = root.find(".//a:preface//a:docDate", NS)
    assert date is not None and date.get("date") == "2022-01-17"
    assert root.findtext(".//a:preface//a:session", namespaces=NS) == "DiA/0007/2022"
    assert root.findtext(".//a:docStatus", namespaces=NS) == "ungeändert beschlossen"
    paragraphs = root.findall(".//a:mainBody/a:paragraph", NS)
    assert [p.get("eId") for p in paragraphs] == ["para_1", "para_2", "para_3", "para_4"]
    assert [p.findtext("a:num", namespaces=NS) for p in paragraphs] == ["1.", "2.", "3.", "4."]
    # the papers replaced: textual modifications whose destinations are those papers
    papers = {f"#{r.get('eId')}": r.get("showAs") for r in root.findall(".//a:TLCReference", NS)}
    mods = root.findall(".//a:activeModifications/a:textualMod", NS)
    assert {m.get("type") for m in mods} == {"substitution"}
    destinations = [m.find("a:destination", NS) for m in mods]
    assert sorted(str(papers[d.get("href", "")]) for d in destinations if d is not None) == [
        "AN/1311/2021",
        "AN/2108/2021",
    ]
    [voting] = root.findall(".//a:parliamentary/a:voting", NS)
    assert voting.get("outcome") == "#approved" and voting.get("refersTo") == "#decisive"
    abstain = [c for c in voting.findall("a:count", NS) if c.get("refersTo") == "#abstain"]
    groups = {f"#{o.get('eId')}": o.get("showAs") for o in root.findall(".//a:TLCOrganization", NS)}
    assert [groups[c.get("href", "")] for c in abstain] == ["FDP-Fraktion"]


def test_nested_clauses_minutes_and_controls(schema: Any) -> None:
    text = (
        "Vorlage: VO/0042/2023\nBeschluss: ungeändert beschlossen\n\nDer Rat beschließt:\n"
        "1. Der Plan wird gebilligt:\n a) im Norden\n b) im Süden\n"
        "2. Die Kosten trägt die Stadt.\n"
    ).encode()
    doc = parse_bytes(text).model_dump(mode="json")
    # what XML forbids never reaches it, wherever the contract may hold it
    doc["title"] = "Titel\x1b[31m mit\x0b Steuerzeichen\ufffe"
    xml = to_akn(doc)
    _assert_valid(schema, xml)
    assert "\x1b" not in xml and "\x0b" not in xml and "\\x1b[31m mit\\x0b" in xml
    root = ET.fromstring(xml)
    subs = [e.get("eId") for e in root.iter(f"{{{AKN}}}subparagraph")]
    assert subs == ["para_1__subpara_a", "para_1__subpara_b"]
    minutes = (
        "Niederschrift über die Sitzung des Gemeinderates am 12.03.2024\n\n"
        "TOP 1 Bebauungsplan Nr. 12 Am Bach\nBeschluss: einstimmig beschlossen\n\n"
        "TOP 2 Antrag auf Tempo 30\nBeschluss: abgelehnt\nJa: 5, Nein: 9, Enthaltungen: 1\n"
    ).encode()
    xml = to_akn(parse_bytes(minutes).model_dump(mode="json"))
    _assert_valid(schema, xml)
    items = ET.fromstring(xml).findall(".//a:mainBody/a:hcontainer[@name='agendaItem']", NS)
    assert [i.findtext("a:heading", namespaces=NS) for i in items] == [
        "Bebauungsplan Nr. 12 Am Bach",
        "Antrag auf Tempo 30",
    ]
    counts = {
        c.get("refersTo"): c.get("value")
        for c in ET.fromstring(xml).iter(f"{{{AKN}}}count")
        if c.get("eId", "").startswith("vote_2_")
    }
    assert (counts["#yes"], counts["#no"], counts["#abstain"]) == ("5", "9", "1")


def test_the_command_line_writes_one_document(run_cli: RunCli) -> None:
    result = run_cli(str(SEED), "--to", "akn")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == _xml(SEED) + "\n"
    several = run_cli(str(SEED), str(SAMPLES[0]), "--to", "akn")
    assert several.exit_code == 2 and several.stdout == ""
