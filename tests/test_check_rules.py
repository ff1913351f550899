"""Every rule: a text that triggers it and a clean one (tests/check_cases/rules), its explanation,
and the document checks of ``checks.py`` one by one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ratsparse import checks, parse_text
from ratsparse.lint.config import Overrides, Resolver
from ratsparse.lint.engine import check
from ratsparse.normalize import clean
from ratsparse.records import Addendum, Meeting, Outcome, Span, Vote, VoteCounts, VoteGroups
from ratsparse.rules import RULES, diagnostic, rule_for

CASES = Path(__file__).parent / "check_cases" / "rules"
TRIGGERS = sorted(CASES.glob("RP*-trigger.txt"))
CLEANS = sorted(CASES.glob("RP*-clean.txt"))
NO_TRIGGER_FILE = {
    "RP904": "an internal error; forced in test_check_cli.py",
    "RP906": "a FIFO, which git cannot hold; made in test_input_limits.py",
    "RP908": "the PDF extra missing, which it is not here; forced in test_pdf.py",
}


def _codes(path: Path) -> list[str]:
    report = check([str(path)], Resolver(Overrides()))
    return [f.code for f in report.findings]


def test_every_rule_has_a_trigger_and_a_clean_case() -> None:
    triggered = {p.name.split("-")[0] for p in TRIGGERS}
    cleaned = {p.name.split("-")[0] for p in CLEANS}
    for code in RULES:
        if code in NO_TRIGGER_FILE:
            continue
        assert code in triggered, f"no {code}-trigger.txt in {CASES}"
        assert code in cleaned, f"no {code}-clean.txt in {CASES}"
    assert triggered <= set(RULES), triggered - set(RULES)
    assert cleaned <= set(RULES), cleaned - set(RULES)


@pytest.mark.parametrize("path", TRIGGERS, ids=lambda p: p.stem)
def test_trigger_case_is_found(path: Path) -> None:
    code = path.name.split("-")[0]
    codes = _codes(path)
    assert code in codes, codes
    # The case is about its rule: nothing else is wrong with it.
    assert set(codes) == {code}, codes


@pytest.mark.parametrize("path", CLEANS, ids=lambda p: p.stem)
def test_clean_case_has_no_findings(path: Path) -> None:
    assert _codes(path) == []


def test_every_rule_is_explained() -> None:
    for code, rule in RULES.items():
        assert rule.why.strip() and rule.fix.strip(), code
        assert rule.summary.endswith("."), code


@pytest.mark.parametrize(
    "code",
    [c for c, rule in RULES.items() if not rule.example.startswith("(")],
)
def test_explanation_example_triggers_its_rule(code: str) -> None:
    found = [d.code for d in parse_text(RULES[code].example).diagnostics]
    assert code in found, found


def test_codes_names_and_groups_are_stable() -> None:
    names = [r.name for r in RULES.values()]
    assert len(set(names)) == len(names)
    for code, rule in RULES.items():
        assert code[:2] == "RP" and len(code) == 5 and code[2] in "12389", code
        assert rule.name == rule.name.lower() and " " not in rule.name
    # codes the lead reserved stay free
    assert not {f"RP10{i}" for i in range(5, 10)} & set(RULES)
    assert RULES["RP801"].name == "glued-residue"
    assert RULES["RP804"].name == "page-furniture"
    assert RULES["RP804"].severity == "info"


def test_rule_lookup_by_code_or_name() -> None:
    assert rule_for("rp301") is RULES["RP301"]
    assert rule_for("glued-residue") is RULES["RP801"]
    assert rule_for("RP999") is None


# ---------------------------------------------------------------------------------------------
# The checks one by one


def _diags(text: str) -> list[tuple[str, str]]:
    return [(d.code, d.message) for d in parse_text(text).diagnostics]


@pytest.mark.parametrize(
    ("date", "bad"),
    [
        ("31.02.2022", True),
        ("29.02.2023", True),
        ("29.02.2024", False),
        ("31.12.2024", False),
        ("00.01.2024", True),
        ("12.13.2024", True),
        ("30. Februar 2023", True),
        ("28. Februar 2023", False),
        ("31. april 2023", True),
        ("1. 4. 2023", False),
    ],
)
def test_impossible_dates(date: str, bad: bool) -> None:
    found = list(checks.impossible_dates(clean(f"Frist bis {date}.")))
    assert [d.code for d in found] == (["RP110"] if bad else [])
    if bad:
        span = found[0].span
        assert span is not None
        assert f"Frist bis {date}."[span.start : span.end] == date


def test_addendum_after_meeting_reads_the_note_date_too() -> None:
    meeting = Meeting(date=dt.date(2022, 1, 17))
    on_time = Addendum(date=dt.date(2022, 1, 17), note="zugesetzt am 17.01.2022")
    late_note = Addendum(date=dt.date(2022, 1, 10), note="zugesetzt am 18.01.2022")
    assert list(checks.addendum_after_meeting(meeting, on_time)) == []
    late = list(checks.addendum_after_meeting(meeting, late_note))
    assert [d.code for d in late] == ["RP111"]
    assert "18.01.2022" in late[0].message
    assert list(checks.addendum_after_meeting(Meeting(), late_note)) == []


@pytest.mark.parametrize(
    ("reference", "malformed"),
    [
        ("AN/131/22", True),
        ("V/21/1234", True),
        ("AN/0131/2022", False),
        ("V/2021/1234", False),
        ("VIII/233/2", False),
        ("HA/0014/2023", False),
    ],
)
def test_malformed_references(reference: str, malformed: bool) -> None:
    found = list(checks.malformed_references(clean(f"Antrag {reference} wird beraten.")))
    assert [d.code for d in found] == (["RP201"] if malformed else [])


def test_reference_after_meeting_needs_a_meeting_date() -> None:
    text = "Sitzung: 17.01.2022\nBeschluss: beschlossen\nVorlage: AN/0131/2023\n"
    assert [c for c, _ in _diags(text)] == ["RP202"]
    assert _diags(text.replace("Sitzung: 17.01.2022\n", "")) == []
    assert _diags(text.replace("2023", "2022")) == []
    # a bare number/year may be a month: "bis 12/2025" is a deadline, not a paper
    deadline = "Sitzung: 17.01.2022\nBeschluss: beschlossen\nUmsetzung bis 12/2023.\n"
    assert _diags(deadline) == []
    assert [c for c, _ in _diags(deadline.replace("bis", "gemäß Vorlage"))] == ["RP202"]


_SPAN = Span(start=0, end=1, line=1, column=1)


def _vote(outcome: Outcome, **counts: int) -> Vote:
    return Vote(
        text="x",
        subject=None,
        outcome=outcome,
        outcome_basis="words",
        unanimous=None,
        majority=None,
        counts=VoteCounts(**counts),
        groups=VoteGroups(),
        decisive=True,
        span=_SPAN,
    )


@pytest.mark.parametrize(
    ("counts", "flagged"),
    [
        ({"yes": 10, "no": 2, "present": 11}, True),  # more votes than members present
        ({"yes": 8, "no": 2, "present": 11}, True),  # a member present did not vote
        ({"yes": 8, "no": 2, "abstain": 1, "present": 11}, False),
        ({"yes": 8, "no": 2, "conflicted": 1, "present": 11}, False),
        ({"yes": 8, "no": 2}, False),
        ({"yes": 8, "no": 4, "eligible": 11}, True),
        ({"yes": 8, "no": 2, "eligible": 11}, False),
        ({"yes": 8, "no": 4, "cast": 11}, True),
        ({"yes": 8, "present": 7}, False),  # no No count: nothing to add up
    ],
)
def test_count_totals(counts: dict[str, int], flagged: bool) -> None:
    found = list(checks.count_totals([_vote("approved", **counts)]))
    assert [d.code for d in found] == (["RP306"] if flagged else [])


@pytest.mark.parametrize(
    ("outcome", "yes", "no", "flagged"),
    [
        ("rejected", 12, 3, True),
        ("rejected", 3, 12, False),
        ("rejected", 7, 7, False),  # a tie fails
        ("approved", 3, 12, True),
        ("approved_amended", 3, 12, True),
        ("approved", 12, 3, False),
        ("referred", 3, 12, False),
    ],
)
def test_outcome_against_majority(outcome: Outcome, yes: int, no: int, flagged: bool) -> None:
    found = list(checks.outcome_against_majority([_vote(outcome, yes=yes, no=no)]))
    assert [d.code for d in found] == (["RP307"] if flagged else [])


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Die GebÃ¼hr", True),
        ("Ã„nderung", True),
        ("StraÃŸe", True),
        ("â€žKöln“", True),
        ("Die Gebühr für die Straße", False),
        ("Ärger über Öffnungszeiten", False),
        ("Â§ 5", True),
    ],
)
def test_mojibake(text: str, flagged: bool) -> None:
    found = list(checks.mojibake(clean(text)))
    assert [d.code for d in found] == (["RP805"] if flagged else [])


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Beschluss<br/> gefasst", True),
        ("der <p class='x'>Rat", True),
        ("Straße&nbsp;1", True),
        ("Mehr als 3 < 5 > 4 Stimmen", False),
        ("Müller & Söhne", False),
    ],
)
def test_stray_html(text: str, flagged: bool) -> None:
    """The cleaning pass removes markup; the core reports it where it stood (RP802)."""
    found = [d for d in parse_text(text).diagnostics if d.code == "RP802"]
    assert len(found) == (1 if flagged else 0)
    if found and found[0].span is not None:
        assert text[found[0].span.start : found[0].span.end][0] in "<&"


def test_too_large() -> None:
    (found,) = checks.too_large(11, limit=10)
    assert found == diagnostic(
        "RP905", "the file has 11 bytes, more than the limit of 10; not read"
    )
    # Reading went past the limit, but the size is not known (a pipe), or stat said less (/proc).
    unknown = diagnostic("RP905", "the input has more than 10 bytes, the size limit; not read")
    assert checks.too_large(None, limit=10) == checks.too_large(0, limit=10) == (unknown,)


def test_mojibake_span_points_into_the_text_as_read() -> None:
    text = "Beschluss: beschlossen\r\nDie Ver\u00adwaltungsgebÃ¼hr steigt.\n"
    (found,) = [d for d in parse_text(text).diagnostics if d.code == "RP805"]
    assert found.span is not None
    assert text[found.span.start : found.span.end] == "Ã¼"
    assert (found.span.line, found.span.column) == (2, 20)
