"""Checking files: discovery, reading, parsing, and turning diagnostics into findings.

Folders are searched recursively for text files (``*.txt``, ``*.text``); hidden folders and
configured ``exclude`` globs are skipped. Files named on the command line are always checked.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, Literal

from ratsparse.checks import too_large
from ratsparse.lint import fix
from ratsparse.lint.config import RANK, Resolver, Settings
from ratsparse.records import Diagnostic, Resolution, Severity
from ratsparse.rules import RULES, diagnostic
from ratsparse.source import Decoded, decode, not_a_file, read_at_most, read_file

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
    fixed: Mapping[str, int] = field(default_factory=dict)
    """The repairs ``--fix`` made (or ``--diff`` would make), by rule code."""
    diff: str = ""
    """The unified diff of the repairs (``--diff``)."""
    left: str | None = None
    """Why repairs that were found were not written (a file not in UTF-8)."""

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
    stdin_text: str | None = None
    """Standard input, repaired (``--fix`` prints it)."""

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
Mode = Literal["check", "fix", "diff"]
"""Only check; repair the files (``--fix``); or show the repairs as a diff (``--diff``)."""


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
    mode: Mode = "check",
) -> Report:
    """Check every file under ``paths``; unreadable files are noted, never fatal. With ``mode``
    ``fix`` the safe repairs (:mod:`ratsparse.lint.fix`) are written first and what is left is
    reported; with ``diff`` they are only shown."""
    report = Report()
    for target in discover(paths, resolver, stdin_name):
        settings = _settings_for(target, resolver, stdin_name)
        where = target.path if target.path is not None else Path(stdin_name or "-")
        codes = settings.codes_for(where)
        data = _read(target, settings, report)
        if data is None:
            continue
        repaired: _Repaired | None = None
        if isinstance(data, tuple):  # not read
            diagnostics: tuple[Diagnostic, ...] = data
            text = ""
        else:
            res = parse(data, target.display)
            diagnostics = res.diagnostics
            decoded = decode(data)
            text = decoded.text
            if mode != "check" and not decoded.binary:
                repaired = _repair(target, decoded, diagnostics, codes, mode, report)
                if repaired is not None and repaired.data is not None:
                    res = parse(repaired.data, target.display)
                    diagnostics, text = res.diagnostics, repaired.text
            if target.path is None and mode == "fix":
                report.stdin_text = text
            if any(d.code == "RP904" for d in diagnostics):
                report.internal_errors.append(target.display)
        suppressed = fix.suppressions(text)
        findings = tuple(
            _finding(target.display, d, text, settings)
            for d in diagnostics
            if d.code in codes
            and not fix.is_suppressed(suppressed, d.span.line if d.span else None, d.code)
        )
        report.files.append(
            FileReport(
                target.display,
                findings,
                settings.fail_on,
                fixed=repaired.fixed if repaired else {},
                diff=repaired.diff if repaired else "",
                left=repaired.left if repaired else None,
            )
        )
    return report


@dataclass(frozen=True, slots=True)
class _Repaired:
    fixed: Mapping[str, int]
    text: str
    data: bytes | None
    """The repaired bytes, where they were written (or are standard input's)."""
    diff: str = ""
    left: str | None = None


_WRITABLE: Final = {"utf-8": b"", "utf-8-sig": b"\xef\xbb\xbf"}
"""The encodings a repaired file is written back in, with the mark it starts with."""


def _repair(
    target: Target,
    decoded: Decoded,
    diagnostics: tuple[Diagnostic, ...],
    codes: frozenset[str],
    mode: Mode,
    report: Report,
) -> _Repaired | None:
    """Make (or, for ``diff``, show) the safe repairs of one input; None when there are none."""
    text = decoded.text
    found = [e for e in fix.edits(text, diagnostics, fix.suppressions(text)) if e.code in codes]
    if not found:
        return None
    repaired = fix.apply(text, found)
    fixed = fix.counted(found)
    if mode == "diff":
        return _Repaired(fixed, text, None, diff=_diff(target.display, text, repaired))
    bom = _WRITABLE.get(decoded.source.encoding or "")
    if bom is None:
        left = f"not rewritten: it is in {decoded.source.encoding}; save it as UTF-8 first"
        return _Repaired({}, text, None, left=left)
    data = bom + repaired.encode("utf-8", errors="surrogatepass")
    if target.path is not None:
        try:
            _write_in_place(target.path, data)
        except OSError as exc:
            report.read_errors.append(f"{target.display}: cannot write: {exc.strerror or exc}")
            return _Repaired({}, text, None, left="not rewritten: cannot write")
    return _Repaired(fixed, repaired, data)


def _diff(name: str, before: str, after: str) -> str:
    import difflib

    lines = difflib.unified_diff(
        _lines(before),
        _lines(after),
        fromfile=f"a/{name}",
        tofile=f"b/{name}",
    )
    return "".join(
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines
    )


def _lines(text: str) -> list[str]:
    """The lines of ``text``, each with its line feed (only a line feed ends a line here)."""
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def _write_in_place(path: Path, data: bytes) -> None:
    """Replace the file's content at once (a reader never sees half of it), keeping its mode;
    a link is followed, not replaced."""
    import stat
    import tempfile

    real = path.resolve()
    mode = stat.S_IMODE(real.stat().st_mode)
    fd, tmp = tempfile.mkstemp(dir=real.parent, prefix=f".{real.name}.", suffix=".fix")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        Path(tmp).chmod(mode)
        Path(tmp).replace(real)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
