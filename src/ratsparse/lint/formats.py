"""Output formats of ``ratsparse check``: one function per format, report in, text out.

``concise`` and ``full`` are for people; ``json`` and ``json-lines`` for scripts; ``github``
(workflow commands), ``gitlab`` (Code Quality), ``sarif`` (2.1.0, code scanning) and ``junit``
(one test case per file) for CI systems.

File names and messages come from the input. The formats people and CI logs read show them
through :func:`ratsparse.text.printable` (control characters as escapes, so no escape sequence
reaches a terminal and JUnit holds nothing XML forbids), a name that holds a line break in
quotes; the JSON formats keep them exactly, escaped as JSON does.
"""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Final

from ratsparse._version import __version__
from ratsparse.lint.engine import Finding, Report
from ratsparse.rules import RULES
from ratsparse.text import printable

INFORMATION_URI: Final = "https://pypi.org/project/ratsparse/"

_LINE_BREAK: Final = re.compile("[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def shown_path(path: str) -> str:
    """A file name as people see it: escaped, and in quotes (``"a\\nb.txt"``, with ``\\`` and
    ``\\"`` inside) when it holds a line break, so that it cannot pass for two lines."""
    if _LINE_BREAK.search(path):
        return '"' + printable(path.replace("\\", "\\\\").replace('"', '\\"')) + '"'
    return printable(path)


def _where(f: Finding) -> str:
    return f"{shown_path(f.path)}:{f.line or 1}:{f.column or 1}"


def _line(f: Finding) -> str:
    return f"{_where(f)}: {f.code} [{f.severity}] {printable(f.message)}\n"


def concise(report: Report) -> str:
    """``path:line:col: CODE [severity] message``, one finding per line."""
    return "".join(_line(f) for f in report.findings)


def full_lines(report: Report) -> list[list[tuple[str, str]]]:
    """The full format as lines of (text, style) pieces; :func:`full` joins them."""
    out: list[list[tuple[str, str]]] = []
    style = {"error": "bold red", "warning": "yellow", "info": "cyan"}
    for f in report.findings:
        out.append(
            [
                (f"{_where(f)}: ", "bold"),
                (f.code, style[f.severity]),
                (f" [{f.severity}] ", style[f.severity]),
                (printable(f.message), ""),
            ]
        )
        if f.source_line is not None and f.line is not None and f.column is not None:
            number = str(f.line)
            pad = " " * len(number)
            width = (
                f.end_column - f.column if f.end_line == f.line and f.end_column else 0
            ) or max(len(f.source_line) - f.column + 1, 1)
            # Tabs as one space and controls as escapes: the caret moves with the escapes.
            source = f.source_line.replace("\t", " ")
            before = source[: f.column - 1]
            marked = source[f.column - 1 : f.column - 1 + width]
            offset = len(printable(before)) + (f.column - 1 - len(before))
            width += len(printable(marked)) - len(marked)
            out.append([(f"{pad} |", "blue")])
            out.append([(f"{number} | ", "blue"), (printable(source), "")])
            out.append([(f"{pad} | ", "blue"), (" " * offset + "^" * width, style[f.severity])])
        out.append([(f"  = {f.name}: {RULES[f.code].summary}", "dim")] if f.code in RULES else [])
        out.append([])
    return out


def full(report: Report) -> str:
    """Each finding with its source line, a caret under the finding and the rule's summary."""
    return "".join("".join(text for text, _ in line) + "\n" for line in full_lines(report))


def _record(f: Finding) -> dict[str, Any]:
    return {
        "filename": f.path,
        "code": f.code,
        "name": f.name,
        "severity": f.severity,
        "message": f.message,
        "location": None if f.line is None else {"line": f.line, "column": f.column},
        "end_location": None
        if f.end_line is None
        else {"line": f.end_line, "column": f.end_column},
        "span": None if f.start is None else {"start": f.start, "end": f.end},
    }


_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def _json(data: object, indent: int | None = 2) -> str:
    """JSON as UTF-8 text. A file name that is not UTF-8 holds lone surrogates, which no UTF-8
    text can carry: they are written as JSON escapes (``\\udce9``), which JSON readers give
    back as the same name."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def as_json(report: Report) -> str:
    """A JSON array of findings."""
    return _json([_record(f) for f in report.findings]) + "\n"


def json_lines(report: Report) -> str:
    """One JSON object per finding and line."""
    return "".join(_json(_record(f), indent=None) + "\n" for f in report.findings)


def _escape_data(s: str) -> str:
    # GitHub decodes %0A and %0D into line breaks; every other control is shown escaped.
    return printable(s, keep="\r\n").replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(s: str) -> str:
    return _escape_data(s).replace(":", "%3A").replace(",", "%2C")


def github(report: Report) -> str:
    """GitHub Actions workflow commands: an annotation per finding."""
    level = {"error": "error", "warning": "warning", "info": "notice"}
    lines = []
    for f in report.findings:
        props = [f"title={_escape_property(f'ratsparse ({f.code})')}"]
        props.append(f"file={_escape_property(f.path)}")
        props.append(f"line={f.line or 1}")
        props.append(f"col={f.column or 1}")
        if f.end_line is not None:
            props.append(f"endLine={f.end_line}")
            props.append(f"endColumn={f.end_column}")
        message = _escape_data(f"{_where(f)}: {f.code} {f.message}")
        lines.append(f"::{level[f.severity]} {','.join(props)}::{message}\n")
    return "".join(lines)


def gitlab(report: Report) -> str:
    """GitLab Code Quality: a JSON array of issues with stable fingerprints."""
    severity = {"error": "major", "warning": "minor", "info": "info"}
    seen: Counter[tuple[str, str, str]] = Counter()
    issues = []
    for f in report.findings:
        key = (f.path, f.code, f.message)
        seen[key] += 1
        joined = "\0".join((*key, str(seen[key])))
        fingerprint = hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()
        issues.append(
            {
                "description": f"{f.code} {f.name}: {f.message}",
                "check_name": f.code,
                "fingerprint": fingerprint,
                "severity": severity[f.severity],
                "location": {
                    "path": f.path,
                    "lines": {"begin": f.line or 1, "end": f.end_line or f.line or 1},
                },
            }
        )
    return _json(issues) + "\n"


def _uri(path: str) -> str:
    p = Path(path)
    return p.as_uri() if p.is_absolute() else p.as_posix()


def sarif(report: Report) -> str:
    """SARIF 2.1.0 with every rule's metadata, for code-scanning services."""
    level = {"error": "error", "warning": "warning", "info": "note"}
    order = list(RULES)
    rules = []
    for code in order:
        rule = RULES[code]
        rules.append(
            {
                "id": code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": rule.why},
                "help": {"text": f"{rule.summary}\n\nWhy: {rule.why}\n\nFix: {rule.fix}"},
                "defaultConfiguration": {"level": level[rule.severity]},
            }
        )
    results = []
    for f in report.findings:
        location: dict[str, Any] = {"artifactLocation": {"uri": _uri(f.path)}}
        if f.line is not None:
            location["region"] = {
                "startLine": f.line,
                "startColumn": f.column,
                "endLine": f.end_line,
                "endColumn": f.end_column,
            }
        result: dict[str, Any] = {
            "ruleId": f.code,
            "level": level[f.severity],
            "message": {"text": f.message},
            "locations": [{"physicalLocation": location}],
        }
        if f.code in RULES:
            result["ruleIndex"] = order.index(f.code)
        results.append(result)
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "ratsparse",
                        "version": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
    return _json(log) + "\n"


def junit(report: Report) -> str:
    """JUnit XML: one test case per file; it fails when a finding reaches ``fail-on``."""
    failures = sum(1 for f in report.files if f.failing)
    suites = ET.Element(
        "testsuites", name="ratsparse", tests=str(len(report.files)), failures=str(failures)
    )
    suite = ET.SubElement(
        suites,
        "testsuite",
        name="ratsparse check",
        tests=str(len(report.files)),
        failures=str(failures),
        errors="0",
    )
    for file in report.files:
        case = ET.SubElement(
            suite, "testcase", name=printable(file.path), classname="ratsparse.check"
        )
        failing = file.failing
        if failing:
            failure = ET.SubElement(
                case,
                "failure",
                message=f"{len(failing)} finding(s) at or above {file.fail_on}",
                type=failing[0].code,
            )
            failure.text = "".join(_line(f) for f in failing)
        rest = [f for f in file.findings if f not in failing]
        if rest:
            out = ET.SubElement(case, "system-out")
            out.text = "".join(_line(f) for f in rest)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, "unicode") + "\n"


FORMATS: Final[Mapping[str, Callable[[Report], str]]] = {
    "concise": concise,
    "full": full,
    "json": as_json,
    "json-lines": json_lines,
    "github": github,
    "gitlab": gitlab,
    "sarif": sarif,
    "junit": junit,
}
"""Every output format by name."""


def statistics_rows(report: Report) -> list[tuple[int, str, str, str]]:
    """(count, code, name, severity) per rule found, most frequent first."""
    counts: Counter[str] = Counter(f.code for f in report.findings)
    names = {f.code: (f.name, f.severity) for f in report.findings}
    return [
        (n, code, *names[code])
        for code, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]


def statistics(report: Report, fmt: str) -> str:
    """The number of findings per rule; JSON for the json formats, a table otherwise."""
    rows = statistics_rows(report)
    if fmt in ("json", "json-lines"):
        data = [{"code": c, "name": nm, "severity": s, "count": n} for n, c, nm, s in rows]
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    width = max((len(str(n)) for n, *_ in rows), default=1)
    name_width = max((len(nm) for _, _, nm, _ in rows), default=0)
    return "".join(f"{n:>{width}}  {c}  {nm:<{name_width}}  [{s}]\n" for n, c, nm, s in rows)
