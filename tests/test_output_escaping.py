"""Nothing from the input reaches a terminal unescaped: control characters in a text or in a file
name are shown as escapes in the summary, in every ``check`` format and in messages; JUnit XML
stays parseable and ``concise`` keeps one finding a line.
"""

from __future__ import annotations

import io
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ratsparse.lint import formats
from ratsparse.text import printable
from tests.conftest import RunCli, RunScript

ESC = "\x1b"
NAME = f"a{ESC}[31mb\nc.txt"
"""A file name with an escape sequence and a line break."""
TEXT = (
    f"Beschluss:\n{ESC}[31mTitel rot{ESC}[0m \x9b2J\n\nDer Rat beschließt {ESC}]0;pwn\x07 dies.\n\n"
    f"Abstimmungsergebnis: Ja: 3 Nein: ({ESC}[2J\n"
)
"""A text with escape sequences (SGR, CSI as C1, OSC with BEL), one on a line with a finding."""


@pytest.fixture
def tricky(tmp_path: Path) -> Path:
    path = tmp_path / NAME
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_printable_escapes_controls_only() -> None:
    assert printable(f"ä{ESC}[1m\x00\x7f\x85\t\n\r\\ß") == "ä\\x1b[1m\\x00\\x7f\\x85\\t\\n\\r\\ß"
    assert printable("a\tb\nc", keep="\n") == "a\\tb\nc"
    assert printable("caf\udce9 \ufffe \u2028 \u202e") == "caf\\udce9 \\ufffe \\u2028 \\u202e"
    assert printable("Köln – AN/0131/2022 “x”") == "Köln – AN/0131/2022 “x”"


def test_plain_summary_escapes_text_and_file_name(run_script: RunScript, tricky: Path) -> None:
    proc = run_script(tricky)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf-8")
    assert ESC not in out and "\x9b" not in out and "\x07" not in out
    assert out.splitlines()[0] == f"Datei        {printable(str(tricky))}"


def test_rich_summary_escapes_text_and_file_name(tricky: Path) -> None:
    from rich.console import Console

    from ratsparse import parse_path
    from ratsparse.render import rich_view

    buffer = io.StringIO()
    Console(file=buffer, color_system=None, width=100).print(rich_view(parse_path(tricky)))
    shown = buffer.getvalue()
    assert ESC not in shown and "\x9b" not in shown
    assert "\\x1b[31mb\\nc.txt" in shown


@pytest.mark.parametrize("fmt", sorted(formats.FORMATS))
def test_no_escape_character_in_any_check_format(run_cli: RunCli, tricky: Path, fmt: str) -> None:
    result = run_cli("check", tricky, "--isolated", "--output-format", fmt)
    assert result.exit_code == 0, result.output
    assert ESC not in result.stdout and "\x9b" not in result.stdout
    assert ESC not in result.stderr


def _findings(run_cli: RunCli, path: Path) -> int:
    return len(
        run_cli("check", path, "--isolated", "--output-format", "json-lines").stdout.splitlines()
    )


def test_concise_quotes_a_name_with_a_line_break(run_cli: RunCli, tricky: Path) -> None:
    lines = run_cli("check", tricky, "--isolated").stdout.splitlines()
    assert len(lines) == _findings(run_cli, tricky) >= 2
    quoted = '"' + printable(str(tricky)) + '"'
    assert all(line.startswith(f"{quoted}:") for line in lines), lines


def test_full_keeps_the_caret_under_the_finding_after_an_escape(
    run_cli: RunCli, tricky: Path
) -> None:
    out = run_cli("check", tricky, "--isolated", "--output-format", "full").stdout
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("6 | "))
    source, caret = lines[at], lines[at + 1]
    start = caret.index("^")
    assert source[start:].startswith("Ja: 3 Nein: (\\x1b[2J")
    assert caret.count("^") == len("Ja: 3 Nein: (\\x1b[2J")


def test_full_on_a_terminal_has_no_escape_from_the_input(tricky: Path) -> None:
    from ratsparse.lint import engine
    from ratsparse.lint.config import Overrides, Resolver

    report = engine.check([str(tricky)], Resolver(Overrides(isolated=True)))
    pieces = [text for line in formats.full_lines(report) for text, _ in line]
    assert pieces and not any(ESC in p or "\x9b" in p for p in pieces)


def test_junit_parses_and_names_the_file_escaped(run_cli: RunCli, tricky: Path) -> None:
    out = run_cli("check", tricky, "--isolated", "--output-format", "junit").stdout
    case = ET.fromstring(out).find("./testsuite/testcase")
    assert case is not None
    assert case.get("name") == printable(str(tricky))
    body = case.find("system-out")
    assert body is not None and body.text is not None
    assert len(body.text.splitlines()) == _findings(run_cli, tricky)


def test_junit_drops_nothing_xml_forbids_into_the_document() -> None:
    from ratsparse.lint.engine import FileReport, Finding, Report

    name = "x\x00\x01\x0b\ufffe\udce9.txt"
    finding = Finding(name, "RP101", "no-resolution", "error", "m\x02\uffff")
    out = formats.junit(Report(files=[FileReport(name, (finding,), "error")]))
    root = ET.fromstring(out.encode("utf-8"))
    case = root.find("./testsuite/testcase")
    assert case is not None and case.get("name") == "x\\x00\\x01\\x0b\\ufffe\\udce9.txt"


def test_a_file_name_that_is_not_utf8_is_written_by_json_formats(
    run_cli: RunCli, tmp_path: Path
) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text("Anfrage der Fraktion X\n", encoding="utf-8")
    for fmt in ("json", "json-lines", "gitlab", "sarif", "junit", "concise"):
        out = tmp_path / f"out.{fmt}"
        result = run_cli("check", tmp_path / name, "--isolated", "--output-format", fmt, "-o", out)
        assert result.exit_code == 1, (fmt, result.output)
        out.read_bytes().decode("utf-8")  # valid UTF-8
    record = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))[0]
    assert record["filename"] == str(tmp_path / name), "the name is kept exactly"


def test_messages_about_files_are_escaped(
    run_cli: RunCli, run_script: RunScript, tmp_path: Path
) -> None:
    missing = tmp_path / f"x{ESC}[2Jy.txt"
    result = run_cli("check", missing)
    assert result.exit_code == 2
    assert ESC not in result.stderr and "x\\x1b[2Jy.txt" in result.stderr
    proc = run_script(missing)
    assert proc.returncode == 2
    assert ESC.encode() not in proc.stderr and b"x\\x1b[2Jy.txt" in proc.stderr


def test_convert_messages_escape_file_names(run_cli: RunCli, tmp_path: Path) -> None:
    missing = tmp_path / f"nope{ESC}[2J.txt"
    result = run_cli("convert", missing, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 2
    assert ESC not in result.stderr
    assert "nope\\x1b[2J.txt" in result.stderr


@pytest.mark.parametrize("mode", ["--json", "--jsonl"])
def test_json_output_stays_utf8_for_a_name_that_is_not(
    run_script: RunScript, tmp_path: Path, mode: str
) -> None:
    """A POSIX file name of bytes that are not UTF-8 is written escaped (as convert writes it),
    so the JSON on stdout is valid UTF-8 and still names the file."""
    path = tmp_path / os.fsdecode(b"bad\xff.txt")
    path.write_text(TEXT, encoding="utf-8")
    result = run_script(mode, path)
    doc = json.loads(
        result.stdout.decode("utf-8").splitlines()[0]
        if mode == "--jsonl"
        else result.stdout.decode("utf-8")
    )
    assert doc["source"]["name"].endswith("bad\\xff.txt")
