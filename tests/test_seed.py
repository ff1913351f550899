"""The seed (a Köln Nachtrag resolution of 17.01.2022) parses exactly as specified."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from ratsparse import Resolution, parse_bytes, parse_path, parse_text
from ratsparse.models import Span
from tests.spans import SPAN_KEYS, spans_in

SUBJECT = "AN/0131/2022"
SESSION = "DiA/0007/2022"
REPLACED = {"AN/1311/2021": "Ursprungsantrag", "AN/2108/2021": "Änderungsantrag"}
TITLE = "Köln braucht einen Masterplan Digitalisierung"
VOTE_TEXT = "Bei Stimmenthaltung der FDP-Fraktion zugestimmt"
RESIDUE = "2614"


@pytest.fixture(scope="module")
def seed(seed_path: Path) -> Resolution:
    return parse_path(seed_path)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+(?:-\w+)*", text)


def _cut(text: str, span: Span | None) -> str:
    assert span is not None
    return text[span.start : span.end]


# ---------------------------------------------------------------------------------------------
# Header: meeting, addendum, status


def test_meeting(seed: Resolution, seed_text: str) -> None:
    assert seed.meeting.date == dt.date(2022, 1, 17)
    assert seed.meeting.reference == SESSION
    assert SESSION in _cut(seed_text, seed.meeting.span)


def test_session_number_is_not_a_reference(seed: Resolution) -> None:
    assert SESSION not in {r.reference for r in seed.references}
    assert seed.paper is not None
    assert seed.paper.reference != SESSION


def test_addendum(seed: Resolution, seed_text: str) -> None:
    assert seed.addendum is not None
    assert seed.addendum.date == dt.date(2022, 1, 17)
    assert seed.addendum.note == "zugesetzt am 17.01.2022"
    assert _cut(seed_text, seed.addendum.span).startswith("Nachtrag")


def test_status(seed: Resolution, seed_text: str) -> None:
    assert seed.status is not None
    assert seed.status.text == "ungeändert beschlossen"
    assert seed.status.outcome == "approved"
    assert seed.status.amended is False
    assert _cut(seed_text, seed.status.span) == "ungeändert beschlossen"


# ---------------------------------------------------------------------------------------------
# Papers


def test_subject_paper(seed: Resolution, seed_text: str) -> None:
    paper = seed.paper
    assert paper is not None
    assert paper.reference == SUBJECT
    assert paper.prefix == "AN"
    assert paper.number == 131
    assert paper.year == 2022
    assert paper.role == "subject"
    assert _cut(seed_text, paper.span) == SUBJECT


def test_references_in_order(seed: Resolution) -> None:
    """Every paper reference, in order of first appearance, each once; no session number."""
    assert [r.reference for r in seed.references] == [SUBJECT, *REPLACED]
    subject = [r for r in seed.references if r.reference == SUBJECT]
    assert [r.role for r in subject] == ["subject"]


@pytest.mark.parametrize(("reference", "label"), REPLACED.items())
def test_replaced_references(seed: Resolution, seed_text: str, reference: str, label: str) -> None:
    found = [r for r in seed.references if r.reference == reference]
    assert len(found) == 1
    ref = found[0]
    assert ref.role == "replaced"
    assert ref.label == label
    assert ref.prefix == "AN"
    assert ref.year == 2021
    assert ref.number == int(reference.split("/")[1])
    assert _cut(seed_text, ref.span) == reference


# ---------------------------------------------------------------------------------------------
# Title and clauses


def test_title(seed: Resolution) -> None:
    assert seed.title == TITLE


def test_four_clauses(seed: Resolution) -> None:
    assert [c.number for c in seed.clauses] == ["1", "2", "3", "4"]
    assert [c.label for c in seed.clauses] == ["1.", "2.", "3.", "4."]
    assert all(c.children == () for c in seed.clauses)


def test_clause_texts_are_single_paragraphs(seed: Resolution) -> None:
    for clause in seed.clauses:
        assert "\n" not in clause.text
        assert "  " not in clause.text
        assert clause.text == clause.text.strip()
        assert not clause.text.startswith(clause.label)


def test_clause_one_keeps_its_wording(seed: Resolution) -> None:
    text = seed.clauses[0].text
    assert "z. B." in text
    assert "2018-2022" in text
    assert "„Digitales Köln 2025“" in text
    assert text.startswith("Die Verwaltung wird beauftragt")
    # The hard-wrapped lines are joined with one space.
    assert "auf der Grundlage der Weiterentwicklung" in text


def test_clause_texts_hold_the_original_words(seed: Resolution, seed_text: str) -> None:
    for clause in seed.clauses:
        original = _cut(seed_text, clause.span)
        assert original.startswith(clause.label)
        assert _words(original) == [*_words(clause.label), *_words(clause.text)]


def test_clauses_do_not_overlap_and_are_in_order(seed: Resolution) -> None:
    ends = [c.span.end for c in seed.clauses]
    starts = [c.span.start for c in seed.clauses]
    assert all(e <= s for e, s in zip(ends, starts[1:], strict=False))


# ---------------------------------------------------------------------------------------------
# The vote


def test_one_vote(seed: Resolution, seed_text: str) -> None:
    assert len(seed.votes) == 1
    vote = seed.votes[0]
    assert vote.text == VOTE_TEXT
    assert vote.outcome == "approved"
    assert vote.unanimous is None
    assert vote.decisive is True
    assert all(value is None for value in vote.counts.model_dump().values())
    assert vote.groups.yes == ()
    assert vote.groups.no == ()
    assert _words(VOTE_TEXT) == _words(_cut(seed_text, vote.span))


def test_vote_abstainers(seed: Resolution, seed_text: str) -> None:
    (group,) = seed.votes[0].groups.abstain
    assert group.name == "FDP-Fraktion"
    assert group.kind == "faction"
    assert group.party == "FDP"
    assert group.members is None
    assert _cut(seed_text, group.span) == "FDP-Fraktion"


def test_overall_outcome(seed: Resolution) -> None:
    assert seed.outcome == "approved"


def test_no_errors_or_warnings(seed: Resolution) -> None:
    assert [d for d in seed.diagnostics if d.severity in ("error", "warning")] == []


# ---------------------------------------------------------------------------------------------
# Provenance and spans


def test_source(seed: Resolution, seed_path: Path) -> None:
    import hashlib

    data = seed_path.read_bytes()
    assert seed.source.name == str(seed_path)
    assert seed.source.size == len(data)
    assert seed.source.sha256 == hashlib.sha256(data).hexdigest()
    assert seed.source.encoding == "utf-8"


def test_every_span_points_into_the_text(seed: Resolution, seed_text: str) -> None:
    spans = list(spans_in(seed.model_dump()))
    assert len(spans) >= 10
    lines = seed_text.split("\n")
    for where, span in spans:
        assert 0 <= span["start"] <= span["end"] <= len(seed_text), where
        assert span["end"] > span["start"], f"{where}: empty span"
        line_start = seed_text.rfind("\n", 0, span["start"]) + 1
        assert span["line"] == seed_text.count("\n", 0, span["start"]) + 1, where
        assert span["column"] == span["start"] - line_start + 1, where
        assert span["line"] <= len(lines), where
        cut = seed_text[span["start"] : span["end"]]
        assert cut == cut.strip(), f"{where}: span has surrounding white space: {cut!r}"


def test_parse_text_and_parse_bytes_agree_with_parse_path(
    seed: Resolution, seed_path: Path, seed_text: str
) -> None:
    from_bytes = parse_bytes(seed_path.read_bytes(), source=str(seed_path))
    assert from_bytes == seed
    from_text = parse_text(seed_text)
    assert from_text.model_dump(exclude={"source"}) == seed.model_dump(exclude={"source"})


def test_crlf_copy_reads_the_same(seed: Resolution, seed_text: str) -> None:
    """The same text with Windows line breaks yields the same data; spans follow the copy."""
    crlf = seed_text.replace("\n", "\r\n")
    res = parse_text(crlf)
    assert res.title == seed.title
    assert [c.text for c in res.clauses] == [c.text for c in seed.clauses]
    assert [v.text for v in res.votes] == [v.text for v in seed.votes]
    assert [r.reference for r in res.references] == [r.reference for r in seed.references]
    for ref in res.references:
        assert crlf[ref.span.start : ref.span.end] == ref.reference
    assert res.outcome == seed.outcome
    assert [d for d in res.diagnostics if d.severity != "info"] == []


# ---------------------------------------------------------------------------------------------
# Export residue glued to the last word


@pytest.fixture(scope="module")
def glued_text(seed_text: str) -> str:
    assert seed_text.rstrip().endswith("zugestimmt")
    return seed_text.rstrip() + RESIDUE


@pytest.fixture(scope="module")
def glued(glued_text: str) -> Resolution:
    return parse_text(glued_text)


def test_glued_residue_leaves_the_vote_alone(glued: Resolution, seed: Resolution) -> None:
    assert glued.votes == seed.votes
    assert glued.outcome == "approved"
    assert glued.clauses == seed.clauses
    assert glued.references == seed.references


def test_glued_residue_is_no_count(glued: Resolution) -> None:
    dumped = glued.model_dump(exclude={"source", "diagnostics"})
    numbers: list[Any] = []

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key not in SPAN_KEYS:
                    collect(value)
        elif isinstance(node, list | tuple):
            for value in node:
                collect(value)
        else:
            numbers.append(node)

    collect(dumped)
    assert 2614 not in numbers
    assert all(RESIDUE not in value for value in numbers if isinstance(value, str))


def test_glued_residue_is_one_rp801(glued: Resolution, glued_text: str) -> None:
    found = [d for d in glued.diagnostics if d.code == "RP801"]
    assert len(found) == 1
    (diag,) = found
    assert diag.name == "glued-residue"
    assert diag.severity == "warning"
    assert diag.span is not None
    assert _cut(glued_text, diag.span) == RESIDUE
    assert diag.span.end == len(glued_text)
    assert [d.code for d in glued.diagnostics if d.severity != "info"] == ["RP801"]


def test_glued_residue_with_a_final_newline(glued_text: str) -> None:
    text = glued_text + "\n"
    res = parse_text(text)
    assert res.votes[0].text == VOTE_TEXT
    (diag,) = [d for d in res.diagnostics if d.code == "RP801"]
    assert _cut(text, diag.span) == RESIDUE
