"""Output formats of ``ratsparse check``: a reviewed snapshot per format, and the structure each
CI system needs (SARIF 2.1.0, GitLab Code Quality, JUnit XML, GitHub workflow commands).

Snapshots live in ``tests/check_cases/snapshots/expected/<format>.out`` and are found by glob.
They were produced by the code and read line by line before they were stored; after a deliberate
change, regenerate them with ``RATSPARSE_UPDATE_SNAPSHOTS=1 pytest tests/test_check_formats.py``
and review the diff.
"""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

import ratsparse
from ratsparse.lint import formats
from ratsparse.lint.engine import FileReport, Finding, Report
from ratsparse.rules import RULES
from tests.conftest import RunCli

SNAPSHOTS = Path(__file__).parent / "check_cases" / "snapshots"
EXPECTED = SNAPSHOTS / "expected"
UPDATE = os.environ.get("RATSPARSE_UPDATE_SNAPSHOTS") == "1"
STATISTICS = {"statistics": ("--statistics",), "statistics-json": ("--statistics", "json")}
"""Snapshots that are not a format: the name and the extra arguments."""


def _run(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    monkeypatch.chdir(SNAPSHOTS)
    result = run_cli("check", "input", "--isolated", *args)
    assert result.exit_code == 1, result.output  # c-anfrage.txt is not a resolution: an error
    assert "Traceback" not in result.output
    return result.stdout.replace(ratsparse.__version__, "{version}")


def _args(name: str) -> tuple[str, ...]:
    if name in STATISTICS:
        extra = STATISTICS[name]
        return (extra[0], "--output-format", extra[1]) if len(extra) > 1 else extra
    return ("--output-format", name)


def test_every_format_has_a_snapshot() -> None:
    stems = {p.stem for p in EXPECTED.glob("*.out")}
    assert stems == set(formats.FORMATS) | set(STATISTICS)


@pytest.mark.parametrize("snapshot", sorted(EXPECTED.glob("*.out")), ids=lambda p: p.stem)
def test_output_matches_snapshot(
    snapshot: Path, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _run(run_cli, monkeypatch, *_args(snapshot.stem))
    if UPDATE:
        snapshot.write_text(out, encoding="utf-8")
    assert out == snapshot.read_text(encoding="utf-8")


def _snapshot(name: str) -> str:
    return (EXPECTED / f"{name}.out").read_text(encoding="utf-8")


def test_concise_is_one_line_per_finding() -> None:
    lines = _snapshot("concise").splitlines()
    assert len(lines) == 6
    for line in lines:
        path, row, col, rest = line.split(":", 3)
        assert path.startswith("input/") and row.isdigit() and col.isdigit()
        code, severity = rest.split()[:2]
        assert code in RULES and severity in ("[error]", "[warning]", "[info]")


def test_full_points_a_caret_at_the_finding() -> None:
    text = _snapshot("full")
    block = text.split("\n\n")[1]  # the impossible date
    header, _, source, caret, _ = block.splitlines()
    assert "RP110" in header
    assert source.split(" | ", 1)[1][caret.index("^") - len("  | ") :].startswith("31.04.2024")
    assert caret.count("^") == len("31.04.2024")


def test_json_formats_agree() -> None:
    records = json.loads(_snapshot("json"))
    lines = [json.loads(line) for line in _snapshot("json-lines").splitlines()]
    assert records == lines
    for r in records:
        assert set(r) == {
            "filename",
            "code",
            "name",
            "severity",
            "message",
            "location",
            "end_location",
            "span",
        }
        assert r["name"] == RULES[r["code"]].name


def test_sarif_has_the_2_1_0_structure() -> None:
    log = json.loads(_snapshot("sarif"))
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-2.1.0.json")
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "ratsparse"
    rule_ids = [r["id"] for r in driver["rules"]]
    assert rule_ids == list(RULES)
    for r in driver["rules"]:
        assert r["shortDescription"]["text"] and r["help"]["text"]
        assert r["defaultConfiguration"]["level"] in ("error", "warning", "note")
    assert len(run["results"]) == 6
    for res in run["results"]:
        assert res["ruleId"] in RULES
        assert rule_ids[res["ruleIndex"]] == res["ruleId"]
        assert res["level"] in ("error", "warning", "note")
        assert res["message"]["text"]
        (loc,) = res["locations"]
        phys = loc["physicalLocation"]
        assert phys["artifactLocation"]["uri"].startswith("input/")
        region = phys.get("region")
        if region is not None:
            assert region["startLine"] >= 1 and region["startColumn"] >= 1
            assert (region["endLine"], region["endColumn"]) >= (
                region["startLine"],
                region["startColumn"],
            )


def test_gitlab_code_quality_issues() -> None:
    issues = json.loads(_snapshot("gitlab"))
    assert len(issues) == 6
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    for i in issues:
        assert i["check_name"] in RULES
        assert i["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert i["description"]
        assert i["location"]["path"].startswith("input/")
        assert i["location"]["lines"]["begin"] >= 1


def test_junit_has_one_testcase_per_file() -> None:
    root = ET.fromstring(_snapshot("junit"))
    assert root.tag == "testsuites"
    cases = root.findall("./testsuite/testcase")
    assert [c.get("name") for c in cases] == [
        "input/a-sauber.txt",
        "input/b-exportreste.txt",
        "input/c-anfrage.txt",
    ]
    failed = [c.get("name") for c in cases if c.find("failure") is not None]
    assert failed == ["input/c-anfrage.txt"]  # warnings stay below --fail-on error
    assert root.get("tests") == "3" and root.get("failures") == "1"
    out = cases[1].find("system-out")
    assert out is not None and out.text is not None and "RP801" in out.text


def test_github_annotations() -> None:
    lines = _snapshot("github").splitlines()
    assert len(lines) == 6
    assert lines[-1].startswith("::error title=ratsparse (RP101),file=input/c-anfrage.txt,")
    assert all(line.split(" ", 1)[0] in ("::error", "::warning", "::notice") for line in lines)


def _tricky() -> Report:
    finding = Finding(
        path="a,b:c.txt",
        code="RP802",
        name="layout-residue",
        severity="warning",
        message="50% <b>&\nzwei Zeilen",
        line=2,
        column=3,
        end_line=2,
        end_column=5,
        start=10,
        end=12,
        source_line="xx<b>",
    )
    return Report(files=[FileReport("a,b:c.txt", (finding,), "warning")])


def test_special_characters_are_escaped_in_every_format() -> None:
    report = _tricky()
    gh = formats.github(report)
    assert gh.count("\n") == 1
    assert "file=a%2Cb%3Ac.txt" in gh and "50%25 <b>&%0Azwei" in gh
    root = ET.fromstring(formats.junit(report))
    failure = root.find("./testsuite/testcase/failure")
    assert failure is not None and failure.text is not None
    assert "50% <b>&\\nzwei" in failure.text, "one finding a line, as in concise"
    assert failure.text.count("\n") == 1
    for name in ("json", "gitlab", "sarif"):
        data: Any = json.loads(formats.FORMATS[name](report))
        assert "50% <b>&\\nzwei" in json.dumps(data)
    for line in formats.json_lines(report).splitlines():
        assert json.loads(line)["message"] == "50% <b>&\nzwei Zeilen"


def test_empty_report_is_valid_in_every_format() -> None:
    empty = Report()
    assert formats.concise(empty) == ""
    assert json.loads(formats.as_json(empty)) == []
    assert json.loads(formats.gitlab(empty)) == []
    assert json.loads(formats.sarif(empty))["runs"][0]["results"] == []
    assert ET.fromstring(formats.junit(empty)).get("tests") == "0"


def _on_a_terminal(args: list[str], env: dict[str, str]) -> bytes:
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ratsparse", *args],
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=subprocess.DEVNULL,
        cwd=SNAPSHOTS,
        env=env,
    )
    os.close(slave)
    chunks = []
    try:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the terminal closed when the process ended
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(master)
    assert proc.wait(timeout=60) == 1
    return b"".join(chunks)


@pytest.mark.parametrize("colour", [True, False], ids=["colour", "NO_COLOR"])
def test_full_on_a_terminal_is_the_snapshot_in_colour(
    cli_env: dict[str, str], colour: bool
) -> None:
    env = {**os.environ, **cli_env, "TERM": "xterm-256color"}
    if colour:
        env.pop("NO_COLOR", None)
    raw = _on_a_terminal(["check", "input", "--isolated", "--output-format", "full"], env)
    text = raw.decode("utf-8").replace("\r\n", "\n")
    assert ("\x1b[" in text) == colour
    assert re.sub(r"\x1b\[[0-9;]*m", "", text) == _snapshot("full")


def test_full_caret_stays_under_the_finding_after_a_tab() -> None:
    finding = Finding(
        path="a.txt",
        code="RP110",
        name="impossible-date",
        severity="warning",
        message="m",
        line=1,
        column=3,
        end_line=1,
        end_column=5,
        source_line="\tx31",
    )
    text = formats.full(Report(files=[FileReport("a.txt", (finding,), "error")]))
    source, caret = text.splitlines()[2:4]
    assert source == "1 |  x31"
    assert caret == "  |   ^^"
    assert source[caret.index("^") :].startswith("31")
