"""The diagnostic rules: every finding the parser can report, with a stable code and name.

Codes are grouped: ``RP1xx`` document structure, ``RP2xx`` paper references, ``RP3xx`` votes and
outcome, ``RP8xx`` text hygiene, ``RP9xx`` input. Codes are never reused for another meaning.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from ratsparse.models import Diagnostic, Severity, Span


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of finding."""

    code: str
    name: str
    severity: Severity
    summary: str


_RULES: Final = (
    Rule(
        "RP101",
        "no-resolution",
        "error",
        "The text holds no resolution: no Beschluss status, no decided text and no vote result.",
    ),
    Rule(
        "RP102",
        "empty-vote-heading",
        "warning",
        "A vote-result heading (Abstimmungsergebnis) has nothing after it.",
    ),
    Rule(
        "RP103",
        "unnumbered-item",
        "info",
        "A leading item number (e.g. a TOP number) was not read as a clause.",
    ),
    Rule("RP104", "clause-numbering", "warning", "Clause numbering has a gap or a repeat."),
    Rule(
        "RP301",
        "empty-count-template",
        "warning",
        "A vote-count template (JA: / NEIN:) has no number after it.",
    ),
    Rule(
        "RP302",
        "unknown-outcome-phrase",
        "warning",
        "An outcome phrase is not in the vocabulary; the outcome is 'other'.",
    ),
    Rule("RP303", "outcome-conflict", "warning", "The status line and the vote result disagree."),
    Rule(
        "RP304",
        "unparsed-vote-text",
        "info",
        "Part of the vote result was not understood and was skipped.",
    ),
    Rule(
        "RP305",
        "unanimous-with-dissent",
        "warning",
        "The vote is called einstimmig but No votes are counted.",
    ),
    Rule(
        "RP801",
        "glued-residue",
        "warning",
        "Export residue is glued to the last word (e.g. 'zugestimmt2614').",
    ),
    Rule(
        "RP802",
        "layout-residue",
        "info",
        "Web-page layout residue (pipe-table rests, HTML tags and entities) was ignored.",
    ),
    Rule(
        "RP803",
        "control-characters",
        "info",
        "Control characters or invisible format characters were removed.",
    ),
    Rule(
        "RP804",
        "page-furniture",
        "info",
        "Page furniture (page numbers, 'Seite 3 von 12', form feeds) was removed from the text.",
    ),
    Rule("RP901", "empty-input", "error", "The input is empty or holds only white space."),
    Rule("RP902", "binary-input", "error", "The input is not text (it holds NUL bytes)."),
    Rule(
        "RP903",
        "not-utf8",
        "warning",
        "The input is not valid UTF-8; it was decoded as Windows-1252.",
    ),
    Rule(
        "RP904", "internal-error", "error", "The parser failed on this input (a bug in ratsparse)."
    ),
)

RULES: Final[Mapping[str, Rule]] = {rule.code: rule for rule in _RULES}
"""Every rule by code."""


def diagnostic(code: str, message: str, span: Span | None = None) -> Diagnostic:
    """A finding of rule ``code``."""
    rule = RULES[code]
    return Diagnostic(
        code=rule.code, name=rule.name, severity=rule.severity, message=message, span=span
    )
