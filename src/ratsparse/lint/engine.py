"""Checking files: discovery, reading, parsing, and turning diagnostics into findings.

Folders are searched recursively for text files (``*.txt``, ``*.text``); hidden folders and
configured ``exclude`` globs are skipped. Files named on the command line are always checked.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from ratsparse.checks import too_large
from ratsparse.lint.config import RANK, Resolver, Settings
from ratsparse.records import Diagnostic, Resolution, Severity
from ratsparse.rules import RULES, diagnostic
from ratsparse.source import not_a_file, read_at_most, read_file

TEXT_SUFFIXES: Final = frozenset({".txt", ".text"})
_SKIP_DIRS: Final = frozenset({"node_modules", "__pycache__", "venv", "site-packages"})


class UsageError(Exception):
    """A path on the command line that does not exist (exit code 2)."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One diagnostic of one file, with its effective severity and 1-based positions."""

    path: str
    code: str
    name: str
    severity: Severity
    message: str
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    """Column just past the finding's last character (exclusive)."""
    start: int | None = None
    end: int | None = None
    source_line: str | None = None
    """The text of ``line``, for the full format."""


@dataclass(frozen=True, slots=True)
class FileReport:
    """Everything found in one file."""

    path: str
    findings: tuple[Finding, ...]
    fail_on: Severity

    @property
    def failing(self) -> tuple[Finding, ...]:
        """The findings at or above this file's ``fail-on`` level."""
        return tuple(f for f in self.findings if RANK[f.severity] >= RANK[self.fail_on])


@dataclass(slots=True)
class Report:
    """The result of one ``ratsparse check`` run."""

    files: list[FileReport] = field(default_factory=list)
    read_errors: list[str] = field(default_factory=list)
    """Files that could not be read (one message each)."""
    internal_errors: list[str] = field(default_factory=list)
    """Files on which ratsparse failed (RP904): a bug, never a finding."""

    @property
    def findings(self) -> Iterator[Finding]:
        """Every finding, file by file."""
        for f in self.files:
            yield from f.findings

    @property
    def failing(self) -> bool:
        """Whether a finding is at or above its file's ``fail-on`` level."""
        return any(f.failing for f in self.files)


Parse = Callable[[bytes, str], Resolution]


def _default_parse(data: bytes, name: str) -> Resolution:
    from ratsparse.core import read_bytes

    return read_bytes(data, source=name)


@dataclass(frozen=True, slots=True)
class Target:
    """A file to check: where it is (None for stdin), and how it is shown."""

    path: Path | None
    display: str
    found: bool = False
    """Found by a folder's search (not named): read only if it is a regular file."""


def discover(paths: Sequence[str], resolver: Resolver, stdin_name: str | None) -> list[Target]:
    """The files to check, in a stable order; ``-`` is standard input."""
    targets: list[Target] = []
    for name in paths:
        if name == "-":
            targets.append(Target(None, stdin_name or "-"))
            continue
        path = Path(name)
        if path.is_dir():
            targets.extend(Target(p, str(p), found=True) for p in _walk(path, resolver))
        elif path.exists():
            targets.append(Target(path, name))
        else:
            raise UsageError(f"{name}: no such file or folder")
    return targets


def _walk(folder: Path, resolver: Resolver) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(folder):
        here = Path(dirpath)
        settings = resolver.for_folder(here)
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".") and d not in _SKIP_DIRS and not settings.excluded(here / d)
        )
        for f in sorted(filenames):
            p = here / f
            if p.suffix.lower() in TEXT_SUFFIXES and not settings.excluded(p):
                yield p


def _settings_for(target: Target, resolver: Resolver, stdin_name: str | None) -> Settings:
    if target.path is not None:
        return resolver.for_folder(target.path.parent)
    named = Path(stdin_name) if stdin_name else None
    return resolver.for_folder(named.parent if named else Path.cwd())


def check(
    paths: Sequence[str],
    resolver: Resolver,
    *,
    stdin_name: str | None = None,
    parse: Parse = _default_parse,
) -> Report:
    """Check every file under ``paths``; unreadable files are noted, never fatal."""
    report = Report()
    for target in discover(paths, resolver, stdin_name):
        settings = _settings_for(target, resolver, stdin_name)
        where = target.path if target.path is not None else Path(stdin_name or "-")
        codes = settings.codes_for(where)
        data = _read(target, settings, report)
        if data is None:
            continue
        if isinstance(data, tuple):  # not read
            diagnostics: tuple[Diagnostic, ...] = data
            text = ""
        else:
            res = parse(data, target.display)
            diagnostics = res.diagnostics
            text = _decoded(data)
            if any(d.code == "RP904" for d in diagnostics):
                report.internal_errors.append(target.display)
        findings = tuple(
            _finding(target.display, d, text, settings) for d in diagnostics if d.code in codes
        )
        report.files.append(FileReport(target.display, findings, settings.fail_on))
    return report


def _read(
    target: Target, settings: Settings, report: Report
) -> bytes | tuple[Diagnostic, ...] | None:
    """The bytes; why they were not read (RP905, RP906); None when unreadable.

    Reading stops one byte after the size limit, whatever the input: a device or a pipe has no
    size to ask for beforehand.
    """
    limit = settings.max_file_size
    if target.path is None:
        data = read_at_most(sys.stdin.buffer, limit)
        return too_large(None, limit) if len(data) > limit else data
    try:
        if target.found:
            why = not_a_file(target.path.stat().st_mode)
            if why is not None:
                return (diagnostic("RP906", f"{why}; skipped"),)
        data, size = read_file(target.path, limit)
    except OSError as exc:
        report.read_errors.append(f"{target.display}: cannot read: {exc.strerror or exc}")
        return None
    return too_large(size, limit) if len(data) > limit else data


def _decoded(data: bytes) -> str:
    from ratsparse.source import decode

    return decode(data).text


def _finding(path: str, d: Diagnostic, text: str, settings: Settings) -> Finding:
    severity = settings.severity.get(d.code, d.severity)
    name = RULES[d.code].name if d.code in RULES else d.name
    if d.span is None:
        return Finding(path, d.code, name, severity, d.message)
    start, end = d.span.start, max(d.span.end, d.span.start)
    end_line = text.count("\n", 0, end) + 1
    end_column = end - (text.rfind("\n", 0, end) + 1) + 1
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    source_line = text[line_start : line_end if line_end != -1 else len(text)].rstrip("\r")
    return Finding(
        path,
        d.code,
        name,
        severity,
        d.message,
        line=d.span.line,
        column=d.span.column,
        end_line=end_line,
        end_column=end_column,
        start=start,
        end=end,
        source_line=source_line,
    )
