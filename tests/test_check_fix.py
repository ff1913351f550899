"""``ratsparse check --fix`` and ``--diff`` (the safe repairs), and ``# noqa`` (a finding
suppressed on its line): as a clerk cleans a text before publishing and as CI reviews it.
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from ratsparse import parse_text
from ratsparse.lint import fix
from tests.conftest import RunCli

RESIDUE = (
    "Beschluss: beschlossen<br>\n"
    "Die Verwal\u00adtung wird beauftragt &amp; die Gebühr erhöht.\n"
    "<p>Abstimmungsergebnis:</p>\n"
    "einstimmig zugestimmt\n"
)
REPAIRED = (
    "Beschluss: beschlossen\n"
    "Die Verwaltung wird beauftragt & die Gebühr erhöht.\n"
    "Abstimmungsergebnis:\n"
    "einstimmig zugestimmt\n"
)
GLUED = "Beschluss: beschlossen\nAbstimmungsergebnis:\neinstimmig zugestimmt2614\n"


def _repaired(text: str) -> str:
    return fix.apply(text, fix.edits(text, parse_text(text).diagnostics))


# ---------------------------------------------------------------------------------------------
# The repairs, one family each


@pytest.mark.parametrize(
    ("text", "want", "code"),
    [
        ("Die Verwal\u00adtung\u200b zahlt.", "Die Verwaltung zahlt.", "RP803"),
        ("Ja\x07: 3\x1b[2J", "Ja: 3[2J", "RP803"),
        ("beschlossen<br>\nweiter", "beschlossen\nweiter", "RP802"),
        ("beschlossen<br/>weiter", "beschlossen\nweiter", "RP802"),
        ("<p>Der Rat</p>", "Der Rat", "RP802"),
        ("Der <b>Rat</b> beschließt", "Der Rat beschließt", "RP802"),
        ("Ja</td><td>12", "Ja 12", "RP802"),
        ("Ja </td> <td>12", "Ja 12", "RP802"),
        ("A &amp; B &#228; &uuml;", "A & B ä ü", "RP802"),
        ("Geb\u00c3\u00bchr", "Gebühr", "RP805"),
        ("\u00e2\u20ac\u017eEntwurf", "\u201eEntwurf", "RP805"),
    ],
)
def test_each_family_is_repaired(text: str, want: str, code: str) -> None:
    found = fix.edits(text)
    assert {e.code for e in found} == {code}
    assert fix.apply(text, found) == want


@pytest.mark.parametrize(
    "text",
    [
        "Tab\tand form feed\f stay.\n",  # a page's mark is no residue
        "a < b and c > d; &unknown; stays",  # no tag, no known entity
        "&lt;b&gt; is escaped markup meant as text",
        "Ã is a letter of its own here",
        "Seite 2 von 3\n",  # page furniture is left to a person
    ],
)
def test_what_is_not_residue_is_left(text: str) -> None:
    assert fix.edits(text) == []


def test_a_glued_number_goes_where_the_parser_found_it() -> None:
    assert _repaired(GLUED) == GLUED.replace("2614", "")
    assert fix.edits(GLUED) == []  # only the parser's finding says it is residue


def test_repairing_twice_changes_nothing() -> None:
    once = _repaired(RESIDUE + GLUED)
    assert once == REPAIRED + GLUED.replace("2614", "")
    assert _repaired(once) == once


def test_counted_by_rule() -> None:
    assert fix.counted(fix.edits(RESIDUE)) == {"RP802": 4, "RP803": 1}


# ---------------------------------------------------------------------------------------------
# Inline suppression


def test_noqa_names_lines_and_rules() -> None:
    text = "a\nJa: Nein:  # noqa: RP301, glued-residue\nb # NOQA\nc # noqa: RP999\nd"
    assert fix.suppressions(text) == {2: frozenset({"RP301", "RP801"}), 3: None, 4: frozenset()}
    assert fix.suppressions("no marks here") == {}


def test_the_mark_is_not_read_as_text() -> None:
    plain = "Beschluss: beschlossen\nAbstimmungsergebnis:\nJa: 12 Nein: 3 Enthaltungen: 1\n"
    marked = plain.replace("Enthaltungen: 1\n", "Enthaltungen: 1   # noqa: RP306\n")
    a, b = parse_text(plain), parse_text(marked)
    assert b.outcome == a.outcome == "approved"
    c = b.votes[0].counts
    assert (c.yes, c.no, c.abstain) == (12, 3, 1)
    assert [d.code for d in b.diagnostics] == [d.code for d in a.diagnostics]


def test_noqa_suppresses_a_finding_on_its_line_only(run_cli: RunCli, tmp_path: Path) -> None:
    text = "Beschluss: beschlossen\nAbstimmungsergebnis:\nJa: Nein:\nFrist: 31.02.2024\n"
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    before = run_cli("check", path, "--isolated", "--output-format", "json-lines").stdout
    assert '"RP301"' in before and '"RP110"' in before
    path.write_text(text.replace("Ja: Nein:", "Ja: Nein: # noqa: RP301"), encoding="utf-8")
    after = run_cli("check", path, "--isolated", "--output-format", "json-lines").stdout
    assert '"RP301"' not in after and '"RP110"' in after
    path.write_text(text.replace("Ja: Nein:", "Ja: Nein: # noqa: RP110"), encoding="utf-8")
    other = run_cli("check", path, "--isolated", "--output-format", "json-lines").stdout
    assert '"RP301"' in other  # a rule not named is not suppressed


def test_a_suppressed_repair_is_not_made() -> None:
    text = "Die Verwal\u00adtung  # noqa: RP803\nDer Ra\u00adt\n"
    found = fix.edits(text, suppressed=fix.suppressions(text))
    assert [(e.code, e.start) for e in found] == [("RP803", text.index("Ra") + 2)]


# ---------------------------------------------------------------------------------------------
# The command


def test_fix_rewrites_and_reports(run_cli: RunCli, tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(RESIDUE, encoding="utf-8")
    b.write_text(GLUED, encoding="utf-8")
    a.chmod(0o640)
    result = run_cli("check", tmp_path, "--isolated", "--fix")
    assert result.exit_code == 0, result.output
    assert "Fixed 6 problem(s) in 2 file(s) (RP801 1, RP802 4, RP803 1)." in result.stderr
    assert a.read_text(encoding="utf-8") == REPAIRED
    assert b.read_text(encoding="utf-8") == GLUED.replace("2614", "")
    assert stat.S_IMODE(a.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]  # no temp file left
    again = run_cli("check", tmp_path, "--isolated", "--fix")
    assert "Nothing was repaired." in again.stderr


def test_fix_reports_what_is_left(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(RESIDUE.replace("zugestimmt", "zugestimmt\nJa: Nein:"), encoding="utf-8")
    result = run_cli("check", path, "--isolated", "--fix", "--fail-on", "warning")
    assert result.exit_code == 1  # the empty count template is for a person
    assert "RP301" in result.stdout and "RP802" not in result.stdout


def test_fix_keeps_a_byte_order_mark_and_line_ends(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + RESIDUE.replace("\n", "\r\n").encode())
    run_cli("check", path, "--isolated", "--fix")
    assert path.read_bytes() == b"\xef\xbb\xbf" + REPAIRED.replace("\n", "\r\n").encode()


def test_fix_follows_a_link(run_cli: RunCli, tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text(RESIDUE, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    run_cli("check", link, "--isolated", "--fix")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == REPAIRED


def test_fix_leaves_a_file_not_in_utf8(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    data = RESIDUE.encode("cp1252")
    path.write_bytes(data)
    result = run_cli("check", path, "--isolated", "--fix")
    assert path.read_bytes() == data
    assert "not rewritten: it is in cp1252; save it as UTF-8 first" in result.stderr


def test_fix_only_the_selected_rules(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(RESIDUE, encoding="utf-8")
    run_cli("check", path, "--isolated", "--fix", "--ignore", "RP803")
    assert path.read_text(encoding="utf-8") == REPAIRED.replace("Verwaltung", "Verwal\u00adtung")


def test_fix_of_standard_input_prints_the_text(run_cli: RunCli) -> None:
    result = run_cli("check", "-", "--isolated", "--fix", input=RESIDUE.encode())
    assert result.stdout == REPAIRED
    assert "Fixed 5 problem(s) in 1 file(s)" in result.stderr


def test_diff_shows_and_changes_nothing(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(RESIDUE, encoding="utf-8")
    result = run_cli("check", path, "--isolated", "--diff")
    assert result.exit_code == 1
    assert path.read_text(encoding="utf-8") == RESIDUE
    assert result.stdout.startswith(f"--- a/{path}\n+++ b/{path}\n@@ ")
    assert "+Die Verwaltung wird beauftragt & die Gebühr erhöht.\n" in result.stdout
    assert "Would fix 5 problem(s) in 1 file(s) (RP802 4, RP803 1)." in result.stderr
    path.write_text(REPAIRED, encoding="utf-8")
    clean = run_cli("check", path, "--isolated", "--diff")
    assert (clean.exit_code, clean.stdout) == (0, "")
    assert "Nothing to repair." in clean.stderr


def test_diff_marks_a_missing_last_line_feed(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Beschluss: beschlossen<br>", encoding="utf-8")
    out = run_cli("check", path, "--isolated", "--diff").stdout
    assert out.endswith("+Beschluss: beschlossen\n\\ No newline at end of file\n")


def test_help_names_the_repairs(run_cli: RunCli) -> None:
    out = run_cli("check", "--help").stdout
    assert "--fix" in out and "--diff" in out and "# noqa" in out
