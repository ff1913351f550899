"""The ``check`` and ``rule`` commands: the linter for CI and for clerks before publishing.

Exit codes of ``check``: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 usage
error, bad configuration, a file that cannot be read, or an internal error — an exception in
ratsparse never exits 1, which CI would read as findings.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ratsparse.cli.options import max_file_size, size_limit
from ratsparse.source import MAX_SIZE

CHECK_EPILOG = """\
Examples:

\b
  ratsparse check minutes/                      every .txt file below minutes/
  ratsparse check a.txt b.txt --fail-on warning  warnings fail the run too
  ratsparse check minutes/ --statistics         how often each rule was found
  ratsparse check minutes/ --output-format sarif -o ratsparse.sarif
  ratsparse check minutes/ --select RP3 --ignore RP304
  cat beschluss.txt | ratsparse check - --stdin-filename 2024/beschluss.txt
  ratsparse check minutes/ --diff                the safe repairs --fix would make
  ratsparse check minutes/ --fix                 make them, then report what is left
  ratsparse rule RP301                           what a rule means and how to fix it

\b
Exit codes: 0 clean (nothing at or above --fail-on), 1 findings, 2 usage or
configuration error, unreadable or unwritable file, or an internal error.
With --diff: 0 nothing to repair, 1 repairs shown.
--fix repairs only what is safe: invisible and control characters (RP803),
HTML tags and entities (RP802), mojibake (RP805), a number glued to the vote
(RP801); in UTF-8 files. A line ending in '# noqa' (every rule) or
'# noqa: RP301, RP805' suppresses those findings on that line.
Configuration: [tool.ratsparse] in pyproject.toml, or ratsparse.toml, searched
upward from the checked files (select, ignore, per-file-ignores, severity,
fail-on, max-file-size, exclude, output-format). Flags win.
"""

RULE_EPILOG = """\
Examples:

\b
  ratsparse rule RP301
  ratsparse rule glued-residue
  ratsparse rule --all
  ratsparse rule --all --output-format json

Exit codes: 0 explained, 2 usage error or an unknown rule.
"""


def _error(command: str, message: str) -> typer.Exit:
    from ratsparse.text import printable

    sys.stderr.write(f"ratsparse {command}: error: {printable(message)}\n")
    return typer.Exit(2)


def _split(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [part.strip() for v in values for part in v.split(",") if part.strip()]


def check(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files or folders (searched recursively for .txt files); '-' reads stdin. "
            "Default: the current folder.",
            metavar="PATH",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--output-format",
            metavar="FORMAT",
            help="concise, full, json, json-lines, github, gitlab, sarif or junit. "
            "Default: github when GITHUB_ACTIONS=true, else concise.",
            show_default=False,
        ),
    ] = None,
    select: Annotated[
        list[str] | None,
        typer.Option(
            "--select",
            metavar="CODES",
            help="Rules to check: codes, prefixes (RP3), names or ALL; comma-separated. "
            "Replaces the configured selection.",
        ),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option(
            "--ignore", metavar="CODES", help="Rules not to check (codes, prefixes, names)."
        ),
    ] = None,
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on",
            metavar="LEVEL",
            help="Lowest severity that fails the run: error, warning or info. Default: error.",
            show_default=False,
        ),
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even when findings fail the run.")
    ] = False,
    show_statistics: Annotated[
        bool, typer.Option("--statistics", help="Show how often each rule was found.")
    ] = False,
    stdin_filename: Annotated[
        str | None,
        typer.Option(
            "--stdin-filename",
            metavar="NAME",
            help="Name for standard input in the output, for configuration and per-file-ignores.",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the output to this file instead of stdout.",
        ),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config", metavar="FILE", help="Use this configuration file instead of searching."
        ),
    ] = None,
    isolated: Annotated[
        bool, typer.Option("--isolated", help="Ignore every configuration file.")
    ] = False,
    fix: Annotated[
        bool,
        typer.Option(
            "--fix",
            help="Repair what is safe to repair (see below) in place, then report what is left. "
            "Standard input is repaired to stdout (the findings then go to stderr).",
        ),
    ] = False,
    diff: Annotated[
        bool,
        typer.Option(
            "--diff", help="Show the repairs --fix would make as a unified diff; change nothing."
        ),
    ] = False,
    max_size: Annotated[
        str | None,
        max_file_size(
            "A larger input gets RP905.",
            f"max-file-size of the configuration, else {MAX_SIZE} bytes",
        ),
    ] = None,
) -> None:
    """Check resolution texts and report findings with rule codes, for CI or before publishing."""
    limit = None if max_size is None else size_limit(max_size)
    try:
        code = _check(
            paths=paths or (["-"] if stdin_filename else ["."]),
            output_format=output_format,
            select=_split(select),
            ignore=_split(ignore) or [],
            fail_on=fail_on,
            exit_zero=exit_zero,
            show_statistics=show_statistics,
            stdin_filename=stdin_filename,
            output=output,
            config=config,
            isolated=isolated,
            max_file_size=limit,
            mode="diff" if diff else "fix" if fix else "check",
        )
    except typer.Exit:
        raise
    except Exception as exc:  # a bug in ratsparse: never exit 1, which CI reads as findings
        from ratsparse.text import printable

        sys.stderr.write(
            f"ratsparse check: internal error: {type(exc).__name__}: {printable(str(exc))} "
            "(a bug in ratsparse; please report it)\n"
        )
        raise typer.Exit(2) from None
    raise typer.Exit(code)


def _check(
    *,
    paths: list[str],
    output_format: str | None,
    select: list[str] | None,
    ignore: list[str],
    fail_on: str | None,
    exit_zero: bool,
    show_statistics: bool,
    stdin_filename: str | None,
    output: Path | None,
    config: Path | None,
    isolated: bool,
    max_file_size: int | None,
    mode: str = "check",
) -> int:
    from ratsparse.lint import config as cfg
    from ratsparse.lint import engine
    from ratsparse.lint.formats import FORMATS, shown_path, statistics
    from ratsparse.text import printable

    if output_format is not None and output_format not in cfg.OUTPUT_FORMATS:
        raise _error("check", f"--output-format must be one of {', '.join(cfg.OUTPUT_FORMATS)}")
    if fail_on is not None and fail_on not in cfg.SEVERITIES:
        raise _error("check", "--fail-on must be one of error, warning, info")
    if config is not None and not config.is_file():
        raise _error("check", f"--config {config}: no such file")
    try:
        resolver = cfg.Resolver(
            cfg.Overrides(
                select=select,
                ignore=ignore,
                fail_on=fail_on,
                config=config,
                isolated=isolated,
                max_file_size=max_file_size,
            )
        )
        first = Path(paths[0]) if paths[0] != "-" else Path(stdin_filename or "x")
        base = resolver.for_folder(first if first.is_dir() else first.parent)
        report = engine.check(
            paths,
            resolver,
            stdin_name=stdin_filename,
            mode="diff" if mode == "diff" else "fix" if mode == "fix" else "check",
        )
    except (cfg.ConfigError, engine.UsageError) as exc:
        raise _error("check", str(exc)) from None
    if mode == "diff":
        return _show_diff(report, output)
    fmt = output_format or base.output_format
    if fmt is None:
        fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "concise"
    text = statistics(report, fmt) if show_statistics else FORMATS[fmt](report)
    rich = fmt == "full" and not show_statistics and output is None and _colour()
    if report.stdin_text is not None:  # --fix of standard input: the text is the output
        fixed = report.stdin_text
        _write(printable(fixed, keep="\n\t") if sys.stdout.isatty() else fixed)
    if output is not None:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise _error("check", f"-o {output}: cannot write: {exc.strerror or exc}") from None
    elif report.stdin_text is not None:
        sys.stderr.write(text)
    elif rich:
        _print_rich(report)
    else:
        _write(text)
    for message in report.read_errors:
        sys.stderr.write(f"ratsparse check: {printable(message)}\n")
    if fmt in ("concise", "full") or show_statistics:
        sys.stderr.write(_summary(report) + "\n")
    if mode == "fix":
        sys.stderr.write(_fixed(report, "Fixed") + "\n")
    for name in report.internal_errors:
        sys.stderr.write(
            f"ratsparse check: internal error on {shown_path(name)} (RP904, a bug in ratsparse; "
            "please report it)\n"
        )
    if report.read_errors or report.internal_errors:
        return 2
    return 1 if report.failing and not exit_zero else 0


def _write(text: str) -> None:
    """Write to stdout; a reader that stops early (``| head``) is not an error of ours."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _show_diff(report: Any, output: Path | None) -> int:
    """``--diff``: the repairs as one unified diff; 1 when there are any."""
    from ratsparse.normalize import INVISIBLE
    from ratsparse.text import printable

    diff = "".join(f.diff for f in report.files)
    if output is not None:
        try:
            output.write_text(diff, encoding="utf-8")
        except OSError as exc:
            raise _error("check", f"-o {output}: cannot write: {exc.strerror or exc}") from None
    elif sys.stdout.isatty():  # what the input holds reaches no terminal unescaped
        shown = printable(diff, keep="\n\t")
        _write("".join(f"\\u{ord(c):04x}" if c in INVISIBLE else c for c in shown))
    else:
        _write(diff)
    for message in report.read_errors:
        sys.stderr.write(f"ratsparse check: {printable(message)}\n")
    sys.stderr.write(_fixed(report, "Would fix") + "\n")
    if report.read_errors or report.internal_errors:
        return 2
    return 1 if diff else 0


def _fixed(report: Any, verb: str) -> str:
    """What --fix repaired (or --diff would), and files it could not rewrite."""
    from collections import Counter

    from ratsparse.lint.formats import shown_path
    from ratsparse.text import printable

    total: Counter[str] = Counter()
    files = 0
    for f in report.files:
        if f.fixed:
            files += 1
            total.update(f.fixed)
    if total:
        by_rule = ", ".join(f"{code} {n}" for code, n in sorted(total.items()))
        line = f"{verb} {sum(total.values())} problem(s) in {files} file(s) ({by_rule})."
    else:
        line = "Nothing to repair." if verb == "Would fix" else "Nothing was repaired."
    left = [f for f in report.files if f.left]
    for f in left:
        line += f"\n{printable(shown_path(f.path))}: {f.left}"
    return line


def _colour() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def _print_rich(report: Any) -> None:
    from rich.console import Console
    from rich.text import Text

    from ratsparse.lint.formats import full_lines

    console = Console(highlight=False, soft_wrap=True)
    for line in full_lines(report):
        console.print(Text.assemble(*line))


def _summary(report: Any) -> str:
    findings = list(report.findings)
    files = len(report.files)
    if not files:
        return "No text files found."
    if not findings:
        return f"All clear: {files} file(s) checked, no findings."
    words = {"error": "error(s)", "warning": "warning(s)", "info": "info"}
    by = {s: sum(1 for f in findings if f.severity == s) for s in words}
    parts = ", ".join(f"{n} {words[s]}" for s, n in by.items() if n)
    affected = sum(1 for f in report.files if f.findings)
    return f"Found {len(findings)} finding(s) ({parts}) in {affected} of {files} file(s)."


def rule(
    code: Annotated[
        str | None,
        typer.Argument(help="A rule code (RP301) or name (empty-count-template).", metavar="RULE"),
    ] = None,
    show_all: Annotated[bool, typer.Option("--all", help="List every rule.")] = False,
    output_format: Annotated[
        str, typer.Option("--output-format", metavar="FORMAT", help="text or json.")
    ] = "text",
) -> None:
    """Explain a rule: what it finds, why it matters, an example, and how to fix it."""
    from ratsparse.rules import RULES, rule_for

    if output_format not in ("text", "json"):
        raise _error("rule", "--output-format must be text or json")
    if show_all == (code is not None):
        raise _error("rule", "give one RULE, or --all")
    if show_all:
        rules = list(RULES.values())
        if output_format == "json":
            out = json.dumps([_rule_record(r.code) for r in rules], ensure_ascii=False, indent=2)
            sys.stdout.write(out + "\n")
        else:
            width = max(len(r.name) for r in rules)
            sys.stdout.write(
                "".join(
                    f"{r.code}  {r.name:<{width}}  {r.severity:<7}  {r.summary}\n" for r in rules
                )
            )
        return
    found = rule_for(code or "")
    if found is None:
        raise _error("rule", f"unknown rule '{code}' (see 'ratsparse rule --all')")
    if output_format == "json":
        sys.stdout.write(json.dumps(_rule_record(found.code), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(explain(found.code))


def _rule_record(code: str) -> dict[str, str]:
    from ratsparse.rules import RULES

    r = RULES[code]
    return {
        "code": r.code,
        "name": r.name,
        "severity": r.severity,
        "summary": r.summary,
        "why": r.why,
        "example": r.example,
        "fix": r.fix,
    }


def explain(code: str) -> str:
    """The text ``ratsparse rule CODE`` prints."""
    import textwrap

    record = _rule_record(code)

    def para(text: str) -> str:
        return textwrap.fill(text, width=88, initial_indent="  ", subsequent_indent="  ")

    example = record["example"]
    if not example:
        shown = "  (an empty file)"
    elif example.startswith("("):
        shown = f"  {example}"
    else:
        shown = "\n".join(f"  | {line}" for line in example.split("\n"))
    return (
        f"{record['code']} {record['name']} [{record['severity']}]\n\n"
        f"What\n{para(record['summary'])}\n\n"
        f"Why\n{para(record['why'])}\n\n"
        f"Example that triggers it\n{shown}\n\n"
        f"How to fix it\n{para(record['fix'])}\n"
    )


def register(app: typer.Typer) -> None:
    """Add ``check`` and ``rule`` to the ``ratsparse`` command."""
    app.command(epilog=CHECK_EPILOG)(check)
    app.command(epilog=RULE_EPILOG)(rule)
