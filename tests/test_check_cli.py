"""``ratsparse check`` and ``ratsparse rule`` as a town's CI and a clerk use them: exit codes,
configuration, file discovery, standard input, the seed and the real corpus.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from ratsparse import source
from ratsparse.lint import engine
from ratsparse.rules import RULES
from tests.conftest import RunCli, RunScript

CASES = Path(__file__).parent / "check_cases" / "rules"
ROOT = Path(__file__).resolve().parent.parent

CLEAN = "Sitzung: 12.03.2024 Rat\nBeschluss: einstimmig beschlossen\nDer Rat stimmt zu.\n"
WARNING = CLEAN.replace("Der Rat stimmt zu.", "Der Rat stimmt zu.\nFrist: 31.02.2024")
ERROR = "Anfrage der Fraktion X\nWie viele Bänke gibt es?\n"


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _codes(stdout: str) -> list[str]:
    return [json.loads(line)["code"] for line in stdout.splitlines()]


def _one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


# ---------------------------------------------------------------------------------------------
# Exit codes


def test_clean_exits_0(run_cli: RunCli, tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", CLEAN)
    result = run_cli("check", path, "--isolated")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "no findings" in result.stderr


def test_error_findings_exit_1(run_cli: RunCli, tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", ERROR)
    result = run_cli("check", path, "--isolated")
    assert result.exit_code == 1, result.output
    assert result.stdout.startswith(f"{path}:1:1: RP101 [error] ")


def test_warnings_pass_unless_fail_on_warning(run_cli: RunCli, tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", WARNING)
    result = run_cli("check", path, "--isolated")
    assert result.exit_code == 0, result.output
    assert "RP110 [warning]" in result.stdout  # shown, but below --fail-on error
    assert run_cli("check", path, "--isolated", "--fail-on", "warning").exit_code == 1
    assert run_cli("check", path, "--isolated", "--fail-on", "info").exit_code == 1
    assert run_cli("check", path, "--isolated", "--fail-on", "error").exit_code == 0


def test_fail_on_info(run_cli: RunCli, tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", CLEAN.replace("Rat stimmt", "Rat<br> stimmt"))
    assert run_cli("check", path, "--isolated", "--fail-on", "warning").exit_code == 0
    assert run_cli("check", path, "--isolated", "--fail-on", "info").exit_code == 1


def test_exit_zero(run_cli: RunCli, tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", ERROR)
    result = run_cli("check", path, "--isolated", "--exit-zero")
    assert result.exit_code == 0, result.output
    assert "RP101" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("--output-format", "yaml"),
        ("--fail-on", "fatal"),
        ("--select", "RP999"),
        ("--ignore", "nonsense"),
        ("--config", "missing.toml"),
    ],
)
def test_usage_errors_exit_2_with_one_line(
    run_cli: RunCli, tmp_path: Path, args: tuple[str, ...]
) -> None:
    path = _write(tmp_path, "a.txt", ERROR)
    result = run_cli("check", path, *args)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert _one_line(result.stderr).startswith("ratsparse check: error: ")


def test_missing_path_exits_2(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("check", tmp_path / "fehlt.txt")
    assert result.exit_code == 2
    assert "no such file" in _one_line(result.stderr)


def test_unknown_option_exits_2(run_script: RunScript) -> None:
    proc = run_script("check", "--yaml")
    assert proc.returncode == 2
    assert b"Traceback" not in proc.stderr


def test_forced_internal_error_exits_2_never_1(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ratsparse.core

    def broken(data: bytes, source: str | None = None) -> None:
        raise RuntimeError("kaputt")

    monkeypatch.setattr(ratsparse.core, "read_bytes", broken)
    path = _write(tmp_path, "a.txt", ERROR)
    result = run_cli("check", path, "--isolated")
    assert result.exit_code == 2, result.output
    line = _one_line(result.stderr)
    assert "internal error" in line and "RuntimeError: kaputt" in line
    # --exit-zero forgives findings, not bugs
    assert run_cli("check", path, "--isolated", "--exit-zero").exit_code == 2


def test_parser_failure_inside_the_core_exits_2(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ratsparse.core

    def broken(text: str) -> None:
        raise ValueError("grammar exploded")

    monkeypatch.setattr(ratsparse.core, "parse_document", broken)
    good = _write(tmp_path, "a.txt", CLEAN)
    result = run_cli("check", good, "--isolated", "--output-format", "json-lines")
    assert result.exit_code == 2, result.output
    assert _codes(result.stdout) == ["RP904"]  # reported, and the run is an error, not findings
    assert "internal error on" in result.stderr
    # a bug is not a rule one can switch off
    assert run_cli("check", good, "--isolated", "--ignore", "RP904").exit_code == 2


def test_unreadable_file_exits_2_and_the_others_are_checked(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = _write(tmp_path, "a.txt", CLEAN)
    _write(tmp_path, "b.txt", ERROR)
    real_read = source.read_file

    def read_file(path: Path, limit: int | None) -> tuple[bytes, int | None]:
        if path.name == bad.name:
            raise PermissionError(13, "Permission denied")
        return real_read(path, limit)

    monkeypatch.setattr(engine, "read_file", read_file)
    result = run_cli("check", tmp_path, "--isolated")
    assert result.exit_code == 2, result.output
    assert "RP101" in result.stdout
    assert "a.txt: cannot read: Permission denied" in result.stderr


# ---------------------------------------------------------------------------------------------
# Paths, standard input, output


def test_folders_are_searched_for_text_files(run_cli: RunCli, tmp_path: Path) -> None:
    _write(tmp_path, "2024/03/a.txt", ERROR)
    _write(tmp_path, "2024/b.TXT", ERROR)
    _write(tmp_path, "2024/notes.md", ERROR)
    _write(tmp_path, ".git/c.txt", ERROR)
    _write(tmp_path, "node_modules/d.txt", ERROR)
    result = run_cli("check", tmp_path, "--isolated")
    names = sorted(Path(line.split(":")[0]).name for line in result.stdout.splitlines())
    assert names == ["a.txt", "b.TXT"]
    assert "in 2 of 2 file(s)" in result.stderr


def test_a_file_named_explicitly_is_checked_whatever_its_name(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path = _write(tmp_path, "beschluss.md", ERROR)
    assert "RP101" in run_cli("check", path, "--isolated").stdout


def test_empty_folder(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("check", tmp_path, "--isolated")
    assert result.exit_code == 0
    assert "No text files found" in result.stderr


def test_stdin_with_a_name(run_cli: RunCli) -> None:
    result = run_cli(
        "check", "-", "--isolated", "--stdin-filename", "2024/beschluss.txt", input=ERROR
    )
    assert result.exit_code == 1
    assert result.stdout.startswith("2024/beschluss.txt:1:1: RP101")
    plain = run_cli("check", "-", "--isolated", input=ERROR)
    assert plain.stdout.startswith("-:1:1: RP101")
    # --stdin-filename alone reads stdin
    alone = run_cli("check", "--isolated", "--stdin-filename", "x.txt", input=ERROR)
    assert alone.stdout.startswith("x.txt:1:1: RP101")


def test_output_file(run_cli: RunCli, tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", ERROR)
    target = tmp_path / "out.sarif"
    result = run_cli("check", path, "--isolated", "--output-format", "sarif", "-o", target)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["runs"][0]["results"]


def test_github_is_the_default_in_github_actions(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path, "a.txt", ERROR)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert run_cli("check", path, "--isolated").stdout.startswith("::error ")
    concise = run_cli("check", path, "--isolated", "--output-format", "concise")
    assert concise.stdout.startswith(str(path))


def test_statistics(run_cli: RunCli) -> None:
    result = run_cli("check", CASES, "--statistics")
    assert result.exit_code == 1
    rows = [line.split() for line in result.stdout.splitlines()]
    counts = {row[1]: int(row[0]) for row in rows}
    assert counts["RP301"] == 3  # three empty templates in one file
    # no case files: an internal error, a FIFO, and the PDF extra missing (it is installed here)
    assert set(counts) == {c for c in RULES if c not in ("RP904", "RP906", "RP908")}
    assert [int(r[0]) for r in rows] == sorted((int(r[0]) for r in rows), reverse=True)


# ---------------------------------------------------------------------------------------------
# Selection and configuration


def test_select_and_ignore(run_cli: RunCli, tmp_path: Path) -> None:
    text = WARNING.replace("Der Rat", "Der Rat<br>")  # RP110 and RP802
    path = _write(tmp_path, "a.txt", text)
    args = ("check", path, "--isolated", "--output-format", "json-lines")
    assert sorted(_codes(run_cli(*args).stdout)) == ["RP110", "RP802"]
    assert _codes(run_cli(*args, "--select", "RP8").stdout) == ["RP802"]
    assert _codes(run_cli(*args, "--select", "impossible-date").stdout) == ["RP110"]
    assert _codes(run_cli(*args, "--ignore", "RP110,RP9").stdout) == ["RP802"]
    assert (
        _codes(run_cli(*args, "--select", "ALL", "--ignore", "RP1", "--ignore", "RP8").stdout) == []
    )


def test_config_in_pyproject_is_found_upward(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.ratsparse]\nignore = ["RP110"]\nfail-on = "warning"\n', encoding="utf-8"
    )
    path = _write(tmp_path, "sitzungen/2024/a.txt", WARNING.replace("Der Rat", "Der Rat<br>"))
    result = run_cli("check", path, "--output-format", "json-lines")
    assert _codes(result.stdout) == ["RP802"]
    assert result.exit_code == 0  # RP802 is info, below the configured fail-on warning
    # the command line wins
    assert _codes(
        run_cli("check", path, "--select", "RP110", "--output-format", "json-lines").stdout
    ) == ["RP110"]
    assert run_cli("check", path, "--select", "RP110", "--fail-on", "error").exit_code == 0
    assert run_cli("check", path, "--select", "RP110").exit_code == 1  # fail-on warning


def test_ratsparse_toml_wins_and_nearest_config_applies(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.ratsparse]\nignore = ["RP110"]\n', "utf-8")
    (tmp_path / "ratsparse.toml").write_text('severity = { RP110 = "error" }\n', "utf-8")
    _write(tmp_path, "a.txt", WARNING)
    sub = tmp_path / "archiv"
    _write(sub, "b.txt", WARNING)
    (sub / "pyproject.toml").write_text('[project]\nname = "x"\n', "utf-8")  # not ours: skipped
    (tmp_path / "alt").mkdir()
    (tmp_path / "alt" / "ratsparse.toml").write_text('select = ["RP8"]\n', "utf-8")
    _write(tmp_path, "alt/c.txt", WARNING)
    result = run_cli("check", tmp_path)
    assert result.exit_code == 1, result.output
    lines = sorted(result.stdout.splitlines())
    assert len(lines) == 2
    assert lines[0].startswith(f"{tmp_path / 'a.txt'}:") and "RP110 [error]" in lines[0]
    assert lines[1].startswith(f"{sub / 'b.txt'}:") and "RP110 [error]" in lines[1]


def test_per_file_ignores_and_exclude(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "ratsparse.toml").write_text(
        "exclude = ['entwurf/*']\n"
        "[per-file-ignores]\n"
        "'archiv/**' = ['RP110']\n"
        "'*-alt.txt' = ['impossible-date']\n",
        "utf-8",
    )
    _write(tmp_path, "archiv/2019/a.txt", WARNING)
    _write(tmp_path, "b-alt.txt", WARNING)
    _write(tmp_path, "entwurf/c.txt", WARNING)
    kept = _write(tmp_path, "d.txt", WARNING)
    result = run_cli("check", tmp_path)
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == [str(kept)]
    # an excluded file named on the command line is still checked
    named = run_cli("check", tmp_path / "entwurf" / "c.txt")
    assert "RP110" in named.stdout


def test_stdin_filename_picks_config_and_per_file_ignores(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ratsparse.toml").write_text(
        "[per-file-ignores]\n'archiv/*' = ['RP110']\n", "utf-8"
    )
    monkeypatch.chdir(tmp_path)
    args = ("check", "-", "--output-format", "json-lines", "--stdin-filename")
    assert _codes(run_cli(*args, "archiv/a.txt", input=WARNING).stdout) == []
    assert _codes(run_cli(*args, "neu/a.txt", input=WARNING).stdout) == ["RP110"]


def test_max_file_size(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "ratsparse.toml").write_text("max-file-size = 50\n", "utf-8")
    path = _write(tmp_path, "a.txt", CLEAN)
    result = run_cli("check", path, "--output-format", "json-lines")
    assert _codes(result.stdout) == ["RP905"]
    assert result.exit_code == 1
    stdin = run_cli("check", "-", "--config", tmp_path / "ratsparse.toml", input=CLEAN)
    assert "RP905" in stdin.stdout


@pytest.mark.parametrize(
    ("config", "complaint"),
    [
        ("selekt = ['RP1']\n", "unknown key 'selekt'"),
        ("select = 'RP1'\n", "select: expected a list of strings"),
        ("select = ['RP77']\n", "unknown rule or prefix 'RP77'"),
        ("severity = { RP110 = 'fatal' }\n", "severity.RP110"),
        ("fail-on = 3\n", "fail-on"),
        ("max-file-size = -1\n", "max-file-size"),
        ("output-format = 'xml'\n", "output-format"),
        ("per-file-ignores = ['a']\n", "per-file-ignores"),
        ("select = [\n", "not valid TOML"),
    ],
)
def test_bad_configuration_exits_2(
    run_cli: RunCli, tmp_path: Path, config: str, complaint: str
) -> None:
    (tmp_path / "ratsparse.toml").write_text(config, "utf-8")
    path = _write(tmp_path, "a.txt", CLEAN)
    result = run_cli("check", path)
    assert result.exit_code == 2, result.output
    line = _one_line(result.stderr)
    assert "ratsparse.toml" in line and complaint in line, line


def test_isolated_ignores_configuration(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "ratsparse.toml").write_text("select = [\n", "utf-8")  # broken, and ignored
    path = _write(tmp_path, "a.txt", WARNING)
    assert "RP110" in run_cli("check", path, "--isolated").stdout


def test_output_format_from_configuration(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "ratsparse.toml").write_text("output-format = 'json-lines'\n", "utf-8")
    path = _write(tmp_path, "a.txt", WARNING)
    assert _codes(run_cli("check", path).stdout) == ["RP110"]


def _skip_warning(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.startswith("ratsparse check: warning:")]
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.mark.parametrize("mode", [0o777, 0o1777], ids=["world-writable", "sticky-like-tmp"])
def test_config_in_a_folder_others_may_write_is_skipped(
    run_cli: RunCli, tmp_path: Path, mode: int
) -> None:
    shared = tmp_path / "shared"
    (shared / "work").mkdir(parents=True)
    (shared / "ratsparse.toml").write_text('ignore = ["ALL"]\n', "utf-8")
    path = _write(shared / "work", "a.txt", ERROR)
    shared.chmod(mode)
    try:
        result = run_cli("check", path)
    finally:
        shared.chmod(0o755)
    assert result.exit_code == 1, result.output
    assert "RP101 [error]" in result.stdout
    warning = _skip_warning(result.stderr)
    assert f"ignoring {shared / 'ratsparse.toml'}: its folder is writable by others" in warning
    # named outright, it applies
    assert run_cli("check", path, "--config", shared / "ratsparse.toml").exit_code == 0


def test_config_writable_by_a_shared_group_is_skipped(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ratsparse import trust

    config = tmp_path / "pyproject.toml"
    config.write_text('[tool.ratsparse]\nignore = ["ALL"]\n', "utf-8")
    config.chmod(0o664)
    path = _write(tmp_path / "work", "a.txt", ERROR)
    monkeypatch.setattr(trust, "_own_private_group", lambda gid: False)
    result = run_cli("check", path)
    assert result.exit_code == 1, result.output
    assert "it is writable by its group" in _skip_warning(result.stderr)
    # the user's own private group (Debian, Ubuntu) is the user
    monkeypatch.setattr(trust, "_own_private_group", lambda gid: True)
    assert run_cli("check", path).exit_code == 0


def test_config_of_another_user_is_skipped(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "ratsparse.toml"
    config.write_text('ignore = ["ALL"]\n', "utf-8")
    path = _write(tmp_path / "work", "a.txt", ERROR)
    if os.geteuid() == 0:  # root's files are trusted: give it to someone else
        os.chown(config, 4242, -1)
    else:
        uid = os.geteuid()
        monkeypatch.setattr(os, "geteuid", lambda: uid + 1)
    result = run_cli("check", path)
    assert result.exit_code == 1, result.output
    assert "owned by another user" in _skip_warning(result.stderr)


def test_skipped_config_path_is_escaped(run_cli: RunCli, tmp_path: Path) -> None:
    shared = tmp_path / "a\x1b[2Jb\nc"
    shared.mkdir()
    (shared / "ratsparse.toml").write_text('ignore = ["ALL"]\n', "utf-8")
    path = _write(shared, "a.txt", ERROR)
    shared.chmod(0o777)
    try:
        result = run_cli("check", path, "--output-format", "json")
    finally:
        shared.chmod(0o755)
    assert "\x1b" not in result.stderr
    assert "a\\x1b[2Jb\\nc" in _skip_warning(result.stderr)


# ---------------------------------------------------------------------------------------------
# The seed and the real corpus


def test_seed_has_no_findings(run_cli: RunCli, seed_path: Path) -> None:
    result = run_cli("check", seed_path, "--isolated", "--fail-on", "info")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_seed_with_glued_residue_has_exactly_rp801(run_cli: RunCli, seed_text: str) -> None:
    result = run_cli(
        "check", "-", "--isolated", "--output-format", "json-lines", input=seed_text + "2614"
    )
    assert _codes(result.stdout) == ["RP801"]
    (finding,) = [json.loads(line) for line in result.stdout.splitlines()]
    span = finding["span"]
    assert (seed_text + "2614")[span["start"] : span["end"]] == "2614"


def test_real_corpus_runs_without_a_crash(run_cli: RunCli, corpus_dir: Path) -> None:
    result = run_cli("check", corpus_dir / "real", "--isolated", "--output-format", "json")
    assert result.exit_code in (0, 1), result.output
    assert "internal error" not in result.stderr
    findings = json.loads(result.stdout)
    assert all(f["code"] in RULES for f in findings)
    assert "RP904" not in {f["code"] for f in findings}


# ---------------------------------------------------------------------------------------------
# ratsparse rule


def test_rule_explains(run_cli: RunCli) -> None:
    result = run_cli("rule", "RP301")
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.startswith("RP301 empty-count-template [warning]")
    for heading in ("What", "Why", "Example that triggers it", "How to fix it"):
        assert f"\n{heading}\n" in text
    assert "  | JA:" in text
    assert run_cli("rule", "empty-count-template").stdout == text
    assert run_cli("rule", "rp301").stdout == text


def test_rule_all(run_cli: RunCli) -> None:
    text = run_cli("rule", "--all").stdout
    assert [line.split()[0] for line in text.splitlines()] == list(RULES)
    data = json.loads(run_cli("rule", "--all", "--output-format", "json").stdout)
    assert [r["code"] for r in data] == list(RULES)
    assert all(r["why"] and r["fix"] and r["summary"] for r in data)
    one = json.loads(run_cli("rule", "RP801", "--output-format", "json").stdout)
    assert one["name"] == "glued-residue" and "2614" in one["example"]


@pytest.mark.parametrize(
    "args", [("RP999",), (), ("RP301", "--all"), ("RP301", "--output-format", "yaml")]
)
def test_rule_usage_errors(run_cli: RunCli, args: tuple[str, ...]) -> None:
    result = run_cli("rule", *args)
    assert result.exit_code == 2
    assert _one_line(result.stderr).startswith("ratsparse rule: error: ")


def test_check_is_a_subcommand_not_a_file(run_script: RunScript, tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", CLEAN)
    proc = run_script("check", "a.txt", "--isolated", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert b"All clear" in proc.stderr


def test_pre_commit_hook_definition() -> None:
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "- id: ratsparse-check" in text
    assert "entry: ratsparse check" in text
    assert "language: python" in text
    assert "ratsparse-check" in (ROOT / "README.md").read_text(encoding="utf-8")
