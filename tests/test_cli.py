"""The command line: every option, every exit code, stdout for data and stderr for messages."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import Result

import ratsparse
from ratsparse.cli.app import app
from ratsparse.models import SCHEMA_VERSION

RunCli = Callable[..., Result]
RunScript = Callable[..., "subprocess.CompletedProcess[bytes]"]

PAPER = "AN/0131/2022"
TITLE = "Köln braucht einen Masterplan Digitalisierung"
REJECTED_TEXT = "Vorlage: VO/0042/2023\nBeschluss: abgelehnt\n"

SCHEMA_FIELDS = {
    "schema_version",
    "source",
    "meeting",
    "addendum",
    "status",
    "paper",
    "references",
    "title",
    "preamble",
    "clauses",
    "votes",
    "outcome",
    "diagnostics",
}


def _codes(doc: dict[str, Any]) -> set[str]:
    return {d["code"] for d in doc["diagnostics"]}


def _json(text: str) -> Any:
    return json.loads(text)


@pytest.fixture
def rejected_file(tmp_path: Path) -> Path:
    path = tmp_path / "abgelehnt.txt"
    path.write_text(REJECTED_TEXT, encoding="utf-8")
    return path


@pytest.fixture
def empty_file(tmp_path: Path) -> Path:
    path = tmp_path / "leer.txt"
    path.write_bytes(b"")
    return path


@pytest.fixture
def binary_file(tmp_path: Path) -> Path:
    path = tmp_path / "bild.bin"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    return path


# ---------------------------------------------------------------------------------------------
# The plain summary


def test_plain_summary_when_not_a_tty(run_cli: RunCli, seed_path: Path) -> None:
    result = run_cli(seed_path)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert re.search(r"^Ergebnis +angenommen$", out, re.MULTILINE)
    assert PAPER in out
    assert TITLE in out
    assert not out.lstrip().startswith("{"), "without --json the output must not be JSON"
    assert "\x1b[" not in out, "no terminal escapes when stdout is not a terminal"
    assert result.stderr == ""


def test_plain_summary_through_the_script(run_script: RunScript, seed_path: Path) -> None:
    proc = run_script(seed_path)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf-8")
    assert re.search(r"^Ergebnis +angenommen$", out, re.MULTILINE)
    assert PAPER in out
    assert TITLE in out
    assert proc.stderr == b""


def test_plain_summary_names_the_rejection(run_cli: RunCli, rejected_file: Path) -> None:
    result = run_cli(rejected_file)
    assert result.exit_code == 0, result.output
    assert re.search(r"^Ergebnis +abgelehnt$", result.stdout, re.MULTILINE)
    assert "angenommen" not in result.stdout
    assert "VO/0042/2023" in result.stdout


def _read_pty(fd: int, proc: subprocess.Popen[bytes]) -> bytes:
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([fd], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=60)
    return b"".join(chunks)


@pytest.mark.parametrize("term", ["xterm-256color", "dumb"])
def test_summary_on_a_terminal(seed_path: Path, cli_env: dict[str, str], term: str) -> None:
    """On a TTY the summary is a Rich table (plain when TERM=dumb); either way it is readable."""
    master, slave = pty.openpty()
    env = {**os.environ, **cli_env, "LINES": "50", "TERM": term}
    proc = subprocess.Popen(
        [sys.executable, "-m", "ratsparse", os.fspath(seed_path)],
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=subprocess.PIPE,
        env=env,
    )
    os.close(slave)
    try:
        raw = _read_pty(master, proc)
    finally:
        os.close(master)
    assert proc.stderr is not None
    stderr = proc.stderr.read()
    proc.stderr.close()
    assert proc.returncode == 0, stderr
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", raw.decode("utf-8")).replace("\r\n", "\n")
    assert PAPER in shown
    assert TITLE in shown
    assert "angenommen" in shown
    if term != "dumb":
        # Rich lays the table out within the pinned width.
        assert max(len(line) for line in shown.splitlines()) <= 100
    else:
        assert shown.startswith("Datei"), "TERM=dumb falls back to the plain summary"


# ---------------------------------------------------------------------------------------------
# JSON and JSON Lines


def test_json_single_file_is_one_object(run_cli: RunCli, seed_path: Path) -> None:
    result = run_cli(seed_path, "--json")
    assert result.exit_code == 0, result.output
    doc = _json(result.stdout)
    assert isinstance(doc, dict)
    assert doc["outcome"] == "approved"
    assert doc["paper"]["reference"] == PAPER
    assert doc["title"] == TITLE
    assert doc["source"]["name"] == os.fspath(seed_path)
    assert result.stderr == ""


def test_json_matches_the_core(run_cli: RunCli, seed_path: Path) -> None:
    result = run_cli(seed_path, "--json")
    assert result.exit_code == 0, result.output
    expected = ratsparse.parse_path(seed_path).model_dump(mode="json")
    expected["source"]["name"] = os.fspath(seed_path)
    assert _json(result.stdout) == expected


def test_json_several_files_is_an_array(
    run_cli: RunCli, seed_path: Path, rejected_file: Path
) -> None:
    result = run_cli(seed_path, rejected_file, "--json")
    assert result.exit_code == 0, result.output
    docs = _json(result.stdout)
    assert isinstance(docs, list)
    assert [d["source"]["name"] for d in docs] == [os.fspath(seed_path), os.fspath(rejected_file)]
    assert [d["outcome"] for d in docs] == ["approved", "rejected"]


def test_json_same_file_twice_is_still_an_array(run_cli: RunCli, seed_path: Path) -> None:
    result = run_cli(seed_path, seed_path, "--json")
    assert result.exit_code == 0, result.output
    docs = _json(result.stdout)
    assert isinstance(docs, list)
    assert len(docs) == 2
    assert docs[0] == docs[1]


def test_jsonl_one_object_per_line(run_cli: RunCli, seed_path: Path, rejected_file: Path) -> None:
    result = run_cli(seed_path, rejected_file, seed_path, "--jsonl")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    docs = [_json(line) for line in lines]
    assert all(isinstance(d, dict) for d in docs)
    assert [d["outcome"] for d in docs] == ["approved", "rejected", "approved"]
    assert docs[0]["paper"]["reference"] == PAPER
    assert result.stdout.endswith("\n")


def test_jsonl_single_file_is_one_line(run_cli: RunCli, seed_path: Path) -> None:
    result = run_cli(seed_path, "--jsonl")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert _json(lines[0])["paper"]["reference"] == PAPER


def test_dash_reads_stdin(run_cli: RunCli, seed_path: Path) -> None:
    result = run_cli("-", "--json", input=seed_path.read_bytes())
    assert result.exit_code == 0, result.output
    doc = _json(result.stdout)
    assert doc["source"]["name"] == "-"
    assert doc["paper"]["reference"] == PAPER
    assert doc["outcome"] == "approved"


def test_dash_reads_stdin_through_the_script(run_script: RunScript, seed_path: Path) -> None:
    data = seed_path.read_bytes()
    proc = run_script("-", "--jsonl", input=data)
    assert proc.returncode == 0, proc.stderr
    doc = _json(proc.stdout.decode("utf-8"))
    assert doc["source"]["name"] == "-"
    assert doc["source"]["size"] == len(data)
    assert doc["outcome"] == "approved"


def test_dash_reads_cp1252_stdin(run_cli: RunCli) -> None:
    data = "Beschluss: ungeändert beschlossen\n".encode("cp1252")
    result = run_cli("-", "--json", input=data)
    assert result.exit_code == 0, result.output
    doc = _json(result.stdout)
    assert doc["source"]["encoding"] == "cp1252"
    assert doc["status"]["text"] == "ungeändert beschlossen"
    assert "RP903" in _codes(doc)


def test_json_is_utf8_not_ascii_escaped(run_cli: RunCli, seed_path: Path) -> None:
    result = run_cli(seed_path, "--json")
    assert result.exit_code == 0, result.output
    raw = result.stdout_bytes
    assert "ungeändert".encode() in raw
    assert TITLE.encode() in raw
    assert b"\\u00" not in raw
    assert raw.decode("utf-8") == result.stdout


def test_json_is_utf8_through_the_script(run_script: RunScript, seed_path: Path) -> None:
    proc = run_script(seed_path, "--json")
    assert proc.returncode == 0, proc.stderr
    raw = proc.stdout
    assert "ungeändert".encode() in raw
    assert "„Digitales Köln 2025“".encode() in raw
    assert b"\\u" not in raw
    assert _json(raw.decode("utf-8"))["title"] == TITLE


def test_json_and_jsonl_together_is_a_usage_error(run_cli: RunCli, seed_path: Path) -> None:
    result = run_cli(seed_path, "--json", "--jsonl")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--jsonl" in result.stderr
    assert "Traceback" not in result.output


def test_json_and_jsonl_together_through_the_script(run_script: RunScript, seed_path: Path) -> None:
    proc = run_script(seed_path, "--jsonl", "--json")
    assert proc.returncode == 2
    assert proc.stdout == b""
    assert b"--json" in proc.stderr
    assert b"Traceback" not in proc.stderr


# ---------------------------------------------------------------------------------------------
# schema, --version, --help


def test_schema_lists_the_contract(run_cli: RunCli) -> None:
    result = run_cli("schema")
    assert result.exit_code == 0, result.output
    schema = _json(result.stdout)
    assert schema["type"] == "object"
    assert set(schema["properties"]) >= SCHEMA_FIELDS
    assert schema["properties"]["schema_version"].get("const") == 1
    assert result.stdout == result.stdout.rstrip("\n") + "\n"


def test_schema_describes_a_real_result(run_cli: RunCli, seed_path: Path) -> None:
    """Every top-level key of actual output is declared by the schema, and no more are required."""
    schema = _json(run_cli("schema").stdout)
    doc = _json(run_cli(seed_path, "--json").stdout)
    assert set(doc) == set(schema["properties"])
    assert set(schema.get("required", ())) <= set(doc)


def test_the_schema_file_is_the_schema_ratsparse_prints(run_cli: RunCli) -> None:
    """``schema/resolution-<schema_version>.json`` is kept as a file for tools that validate
    against it; regenerate it with ``ratsparse schema > schema/resolution-1.json``."""
    shipped = Path(__file__).resolve().parents[1] / "schema" / f"resolution-{SCHEMA_VERSION}.json"
    assert shipped.read_text(encoding="utf-8") == run_cli("schema").stdout


def test_every_field_of_the_schema_is_described(run_cli: RunCli) -> None:
    """Each field's docstring in the models is its description in the schema."""
    schema = _json(run_cli("schema").stdout)
    models = {"Resolution": schema, **schema["$defs"]}
    undescribed = [
        f"{model}.{name}"
        for model, definition in models.items()
        for name, field in definition.get("properties", {}).items()
        if not field.get("description")
    ]
    assert undescribed == []
    assert all(definition.get("description") for definition in models.values())


@pytest.mark.parametrize("command", ["parse", "split", "check", "rule", "convert", "schema"])
def test_every_command_s_help_lists_its_exit_codes(run_cli: RunCli, command: str) -> None:
    result = run_cli(command, "--help")
    assert result.exit_code == 0, result.output
    listed = " ".join(result.stdout.split())
    assert "Exit codes: 0 " in listed
    assert re.search(r"\b2 usage", listed) is not None


_COUNTED = "Vorlage: AN/0131/2022\nBeschluss: angenommen\nAbstimmung: Ja: 12, Nein: 3\n"


def test_the_summary_speaks_german_by_default(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "beschluss.txt"
    path.write_text(_COUNTED + "Siehe auch AN/0131/2021.\n", encoding="utf-8")
    result = run_cli(path)
    assert result.exit_code == 0, result.output
    assert re.search(r"^Ergebnis +angenommen$", result.stdout, re.MULTILINE)
    assert re.search(r"^  Stimmen +Ja 12, Nein 3$", result.stdout, re.MULTILINE)
    assert "(Vorlage, erwähnt)" in result.stdout or "erwähnt)" in result.stdout
    assert not re.search(r"\b(?:approved|mentioned|yes|no)\b", result.stdout)


def test_the_summary_in_english(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "beschluss.txt"
    path.write_text(_COUNTED, encoding="utf-8")
    result = run_cli(path, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert re.search(r"^Outcome +approved$", result.stdout, re.MULTILINE)
    assert re.search(r"^  Counts +yes 12, no 3$", result.stdout, re.MULTILINE)
    assert "Ergebnis" not in result.stdout


def test_an_unknown_summary_language_is_a_usage_error(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "beschluss.txt"
    path.write_text(_COUNTED, encoding="utf-8")
    result = run_cli(path, "--lang", "fr")
    assert result.exit_code == 2
    assert "choose one of de, en" in result.output


def test_version(run_cli: RunCli) -> None:
    result = run_cli("--version")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"ratsparse {ratsparse.__version__}"


def test_version_through_the_script(run_script: RunScript) -> None:
    proc = run_script("--version")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().strip() == f"ratsparse {ratsparse.__version__}"


def _command_names() -> list[str]:
    group = typer.main.get_command(app)
    commands = getattr(group, "commands", {})
    assert commands, "the app has no sub-commands"
    return sorted(commands)


def _assert_shows_examples(help_text: str) -> None:
    assert "Examples:" in help_text, help_text
    examples = help_text.split("Examples:", 1)[1]
    lines = [line.strip() for line in examples.splitlines() if line.strip()]
    assert any(line.startswith("ratsparse ") for line in lines), help_text
    # Each example stays on its own line: a command line is never run into the previous
    # example's description by re-wrapping.
    for line in lines:
        if "ratsparse " in line:
            pipeline = re.match(r"[a-z]+ [^|]*\| ratsparse ", line)  # "find … | ratsparse …"
            assert line.startswith("ratsparse ") or pipeline, f"mangled example line: {line!r}"


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_app_help(run_cli: RunCli, flag: str) -> None:
    result = run_cli(flag)
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.stdout
    for name in _command_names():
        assert name in result.stdout
    _assert_shows_examples(result.stdout)


@pytest.mark.parametrize("command", _command_names())
def test_command_help(run_cli: RunCli, command: str) -> None:
    result = run_cli(command, "--help")
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.stdout
    assert command in result.stdout
    _assert_shows_examples(result.stdout)


@pytest.mark.parametrize("command", _command_names())
def test_command_help_shows_metavars_not_python_types(run_cli: RunCli, command: str) -> None:
    result = run_cli(command, "--help")
    assert result.exit_code == 0, result.output
    assert re.search(r"<(?:str|int|list\[[a-z]+\]|float|bool)>", result.stdout) is None
    assert "Exit" in result.stdout or "exit" in result.stdout  # its exit codes


def test_parse_help_lists_its_options(run_cli: RunCli) -> None:
    result = run_cli("parse", "--help")
    assert result.exit_code == 0, result.output
    for option in ("--json", "--jsonl", "--help"):
        assert option in result.stdout


def test_explicit_parse_command(run_cli: RunCli, seed_path: Path) -> None:
    result = run_cli("parse", seed_path, "--jsonl")
    assert result.exit_code == 0, result.output
    assert _json(result.stdout)["paper"]["reference"] == PAPER


def test_no_arguments_shows_usage(run_cli: RunCli) -> None:
    result = run_cli()
    assert result.exit_code in (0, 2)
    assert "Usage:" in result.output
    assert "Traceback" not in result.output


def test_unknown_option_is_a_usage_error(run_script: RunScript, seed_path: Path) -> None:
    proc = run_script(seed_path, "--yaml")
    assert proc.returncode == 2
    assert b"--yaml" in proc.stderr
    assert b"Traceback" not in proc.stderr
    assert proc.stdout == b""


# ---------------------------------------------------------------------------------------------
# Exit codes


def test_exit_0_for_the_seed(run_cli: RunCli, seed_path: Path) -> None:
    assert run_cli(seed_path, "--json").exit_code == 0


def test_exit_1_for_an_empty_file(run_cli: RunCli, empty_file: Path) -> None:
    result = run_cli(empty_file, "--json")
    assert result.exit_code == 1
    doc = _json(result.stdout)
    assert "RP901" in _codes(doc)
    assert {d["severity"] for d in doc["diagnostics"] if d["code"] == "RP901"} == {"error"}


def test_exit_1_for_a_blank_file(run_cli: RunCli, tmp_path: Path) -> None:
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b" \r\n\t\n   \n")
    result = run_cli(blank, "--json")
    assert result.exit_code == 1
    assert "RP901" in _codes(_json(result.stdout))


def test_exit_1_for_an_empty_file_in_plain_mode(run_cli: RunCli, empty_file: Path) -> None:
    result = run_cli(empty_file)
    assert result.exit_code == 1
    assert "RP901" in result.stdout


def test_exit_1_for_a_binary_file(run_cli: RunCli, binary_file: Path) -> None:
    result = run_cli(binary_file, "--json")
    assert result.exit_code == 1
    doc = _json(result.stdout)
    assert "RP902" in _codes(doc)
    assert doc["outcome"] is None


def test_exit_1_for_a_binary_file_through_the_script(
    run_script: RunScript, binary_file: Path
) -> None:
    proc = run_script(binary_file, "--jsonl")
    assert proc.returncode == 1
    assert "RP902" in _codes(_json(proc.stdout.decode("utf-8")))
    assert b"Traceback" not in proc.stderr


def test_exit_1_when_any_file_has_errors(
    run_cli: RunCli, seed_path: Path, empty_file: Path
) -> None:
    result = run_cli(seed_path, empty_file, "--jsonl")
    assert result.exit_code == 1
    docs = [_json(line) for line in result.stdout.splitlines()]
    assert [d["outcome"] for d in docs] == ["approved", None]


def _assert_one_clear_line(stderr: str, name: str) -> None:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert name in lines[0]
    assert lines[0].startswith("ratsparse:")
    assert "Traceback" not in stderr


def test_exit_2_for_a_missing_file(run_cli: RunCli, tmp_path: Path) -> None:
    missing = tmp_path / "fehlt.txt"
    result = run_cli(missing, "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    _assert_one_clear_line(result.stderr, os.fspath(missing))


def test_exit_2_for_a_directory(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli(tmp_path)
    assert result.exit_code == 2
    assert result.stdout == ""
    _assert_one_clear_line(result.stderr, os.fspath(tmp_path))


@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_exit_2_through_the_script(run_script: RunScript, tmp_path: Path, kind: str) -> None:
    target = tmp_path / "fehlt.txt" if kind == "missing" else tmp_path
    proc = run_script(target, "--json")
    assert proc.returncode == 2
    assert proc.stdout == b""
    _assert_one_clear_line(proc.stderr.decode("utf-8"), os.fspath(target))


def test_missing_file_on_a_fresh_install(run_script: RunScript, tmp_path: Path) -> None:
    """No parser tables cached yet, nothing to parse: still just the one line about the file."""
    missing = tmp_path / "fehlt.txt"
    proc = run_script(missing, env={"XDG_CACHE_HOME": os.fspath(tmp_path / "cache")})
    assert proc.returncode == 2
    assert proc.stdout == b""
    _assert_one_clear_line(proc.stderr.decode("utf-8"), os.fspath(missing))


def test_missing_file_among_good_ones_json(
    run_cli: RunCli, seed_path: Path, rejected_file: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "fehlt.txt"
    result = run_cli(seed_path, missing, rejected_file, "--json")
    assert result.exit_code == 2
    docs = _json(result.stdout)
    assert isinstance(docs, list)
    assert [d["source"]["name"] for d in docs] == [os.fspath(seed_path), os.fspath(rejected_file)]
    _assert_one_clear_line(result.stderr, os.fspath(missing))


def test_missing_file_among_good_ones_jsonl(
    run_cli: RunCli, seed_path: Path, rejected_file: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "fehlt.txt"
    result = run_cli(missing, seed_path, rejected_file, "--jsonl")
    assert result.exit_code == 2
    docs = [_json(line) for line in result.stdout.splitlines()]
    assert [d["outcome"] for d in docs] == ["approved", "rejected"]
    _assert_one_clear_line(result.stderr, os.fspath(missing))


def test_missing_file_among_good_ones_plain(
    run_script: RunScript, seed_path: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "fehlt.txt"
    proc = run_script(seed_path, missing)
    assert proc.returncode == 2
    out = proc.stdout.decode("utf-8")
    assert PAPER in out
    assert TITLE in out
    _assert_one_clear_line(proc.stderr.decode("utf-8"), os.fspath(missing))


def test_unreadable_beats_errors(run_cli: RunCli, empty_file: Path, tmp_path: Path) -> None:
    """Exit 2 (a file could not be read) outranks exit 1 (a file has error diagnostics)."""
    result = run_cli(empty_file, tmp_path / "fehlt.txt", "--jsonl")
    assert result.exit_code == 2
    assert "RP901" in _codes(_json(result.stdout))


def test_cold_cache_keeps_stdout_clean(
    run_script: RunScript, seed_path: Path, tmp_path: Path
) -> None:
    """A first run (no cached parser tables) may say so on stderr, never on stdout."""
    proc = run_script(seed_path, "--json", env={"XDG_CACHE_HOME": os.fspath(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    assert _json(proc.stdout.decode("utf-8"))["paper"]["reference"] == PAPER
    assert b"Traceback" not in proc.stderr
    warm = run_script(seed_path, "--json", env={"XDG_CACHE_HOME": os.fspath(tmp_path)})
    assert warm.returncode == 0, warm.stderr
    assert warm.stdout == proc.stdout
    assert warm.stderr == b"", "the second run finds the cached tables"


# ---------------------------------------------------------------------------------------------
# The core stays free of the CLI's dependencies


def test_core_imports_neither_typer_nor_rich() -> None:
    code = (
        "import ratsparse, sys; ratsparse.parse_text('Beschluss: abgelehnt'); "
        "assert 'typer' not in sys.modules and 'rich' not in sys.modules, "
        "sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'rich', 'click'))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr


def test_json_path_imports_neither_pydantic_nor_typer_nor_rich(
    cli_env: dict[str, str], seed_path: Path
) -> None:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "ratsparse", os.fspath(seed_path), "--json"],
        capture_output=True,
        text=True,
        env={**os.environ, **cli_env},
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    imported = {
        line.rsplit("|", 1)[1].strip().split(".")[0]
        for line in proc.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert "lark" in imported  # the measurement works
    assert imported.isdisjoint({"pydantic", "pydantic_core", "typer", "click", "rich"})


def test_no_module_of_the_shell_imports_the_entry_point() -> None:
    """The shell's modules share :mod:`ratsparse.cli.run`; none imports the entry point's
    package module (``ratsparse.cli`` itself), which imports the application only when a
    command line needs it: no cycle."""
    import ast

    import ratsparse.cli

    folder = Path(ratsparse.cli.__file__).parent
    modules = sorted(folder.glob("*.py"))
    assert {p.stem for p in modules} >= {"__init__", "run", "app", "check", "convert", "options"}
    for path in modules:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = [
            (n.module or "", [a.name for a in n.names])
            for n in ast.walk(tree)
            if isinstance(n, ast.ImportFrom)
        ]
        if path.stem == "__init__":  # the entry point: the application only lazily
            top = [n for n in tree.body if isinstance(n, ast.ImportFrom)]
            assert all(not (n.module or "").endswith(".app") for n in top), path.name
            continue
        for module, names in imported:
            assert module != "ratsparse.cli" or names == ["options"], (path.name, module, names)


# ---------------------------------------------------------------------------------------------
# The entry point reads plain 'ratsparse FILE...' itself; Typer reads everything else


def test_the_entry_point_knows_every_command() -> None:
    from ratsparse.cli import COMMANDS

    assert sorted(COMMANDS) == _command_names()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["a.txt"], (["a.txt"], "text")),
        (["a.txt", "--json"], (["a.txt"], "json")),
        (["--json", "a.txt"], (["a.txt"], "json")),
        (["a.txt", "--jsonl", "b.txt"], (["a.txt", "b.txt"], "jsonl")),
        (["parse", "-", "--json"], (["-"], "json")),
        (["parse"], None),  # no file: Typer says what is missing
        ([], None),
        (["--json"], None),
        (["a.txt", "--json", "--jsonl"], None),  # Typer reports the conflict
        (["a.txt", "--json", "--json"], None),
        (["a.txt", "--help"], None),
        (["a.txt", "-h"], None),
        (["--version"], None),
        (["a.txt", "--", "-b.txt"], None),
        (["a.txt", "--jsn"], None),
        (["check", "a.txt"], None),
        (["convert", "a", "-o", "x.jsonl"], None),
        (["schema"], None),
        (["rule", "RP101"], None),
    ],
)
def test_simple_command_lines(args: list[str], expected: object) -> None:
    from ratsparse.cli import simple_parse

    assert simple_parse(args) == expected


@pytest.mark.parametrize(
    "args",
    [
        ["{seed}", "--json"],
        ["--json", "{seed}"],
        ["parse", "{seed}", "--jsonl"],
        ["{seed}", "{rejected}", "--jsonl"],
        ["{seed}", "{rejected}", "--json"],
        ["{seed}"],
        ["{rejected}", "{missing}"],
    ],
    ids=" ".join,
)
def test_entry_point_answers_as_the_typer_command(
    run_cli: RunCli, run_script: RunScript, args: list[str], seed_path: Path, rejected_file: Path
) -> None:
    names = {
        "seed": os.fspath(seed_path),
        "rejected": os.fspath(rejected_file),
        "missing": os.fspath(rejected_file.with_name("missing.txt")),
    }
    argv = [a.format(**names) for a in args]
    typer_run = run_cli(*argv)
    script = run_script(*argv)
    assert script.returncode == typer_run.exit_code
    assert script.stdout.decode("utf-8") == typer_run.stdout
    assert script.stderr.decode("utf-8") == typer_run.stderr


@pytest.mark.parametrize("mode", ["--jsonl", "--json", None])
def test_a_closed_pipe_ends_quietly(
    cli_env: dict[str, str], seed_path: Path, mode: str | None
) -> None:
    # 'ratsparse … | head -c 10': the reader is gone before the first write.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "ratsparse", os.fspath(seed_path), *([mode] if mode else [])],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env={**os.environ, **cli_env},
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert proc.returncode == 1
    assert proc.stderr == b""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], (["-"], "text")),
        (["--json"], (["-"], "json")),
        (["parse", "--jsonl"], (["-"], "jsonl")),
        (["a.txt"], (["a.txt"], "text")),  # files named: standard input is not read
        (["check"], None),
        (["--help"], None),
    ],
)
def test_piped_standard_input_is_the_file(args: list[str], expected: object) -> None:
    from ratsparse.cli import simple_parse

    assert simple_parse(args, piped=True) == expected
    if not args:
        assert simple_parse(args) is None  # from a terminal: the help


def test_cat_into_ratsparse_reads_it(cli_env: dict[str, str], seed_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ratsparse", "--json"],
        input=seed_path.read_bytes(),
        capture_output=True,
        env={**os.environ, **cli_env},
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["source"]["name"] == "-"
    assert record["source"]["size"] == len(seed_path.read_bytes())
    assert record["outcome"] == "approved"
