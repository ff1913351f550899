"""The diagnostic rules: every finding the parser can report, with a stable code and name.

Codes are grouped: ``RP1xx`` document structure, ``RP2xx`` paper references, ``RP3xx`` votes and
outcome, ``RP8xx`` text hygiene, ``RP9xx`` input. Codes are never reused for another meaning.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from ratsparse.records import Diagnostic, Severity, Span


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of finding: all that is said of it, in one record (what ``ratsparse rule CODE``
    prints, SARIF's rule metadata and every finding's code, name and severity come from here)."""

    code: str
    """Stable, never reused for another meaning (``RP301``)."""
    name: str
    """Stable, readable, usable instead of the code in configuration (``empty-count-template``)."""
    severity: Severity
    summary: str
    """One sentence: what was found."""
    why: str
    """Why the finding matters."""
    example: str
    """A short text that triggers the rule (in parentheses where no text can: an input's bytes)."""
    fix: str
    """How to make the finding go away."""


_RULES: Final = (
    Rule(
        code="RP101",
        name="no-resolution",
        severity="error",
        summary="The text holds no resolution: no Beschluss status, no decided text and no vote "
        "result.",
        why="A text without a decision is an inquiry, a report or an agenda header; publishing it "
        "as a resolution misleads readers, and a converter has nothing to extract.",
        example="Anfrage der Fraktion X\nWie viele Parkplätze gibt es in der Innenstadt?",
        fix="Check that the right document was exported. Add the status line (Beschluss: …) or "
        "the vote result if they were lost.",
    ),
    Rule(
        code="RP102",
        name="empty-vote-heading",
        severity="warning",
        summary="A vote-result heading (Abstimmungsergebnis) has nothing after it.",
        why="An empty Abstimmungsergebnis usually means the result was lost in the export; the "
        "outcome must then be guessed from other lines.",
        example="Beschluss: beschlossen\nDer Rat beschließt die Satzung.\nAbstimmungsergebnis:\n",
        fix="Write the result after the heading (einstimmig, or Ja/Nein/Enthaltung counts), or "
        "remove the heading.",
    ),
    Rule(
        code="RP103",
        name="unnumbered-item",
        severity="info",
        summary="A leading item number (e.g. a TOP number) was not read as a clause.",
        why="A number such as the TOP number in front of the text is not a clause; it is kept as "
        "text so that the clause tree does not start at 6.",
        example="Beschluss: beschlossen\n6) Die Versammlung beschließt den Haushalt.",
        fix="Nothing needs fixing if the number is an agenda item number; otherwise number the "
        "clauses from 1.",
    ),
    Rule(
        code="RP104",
        name="clause-numbering",
        severity="warning",
        summary="Clause numbering has a gap or a repeat.",
        why="A gap (1., 2., 4.) or a repeat (1., 1.) in the clause numbering suggests a lost or "
        "doubled clause, and citations such as 'Ziffer 3' become ambiguous.",
        example="Beschluss: beschlossen\n1. Erstens.\n2. Zweitens.\n4. Viertens.",
        fix="Renumber the clauses, or restore the clause that is missing.",
    ),
    Rule(
        code="RP120",
        name="several-decisions",
        severity="info",
        summary="The text holds the decisions of several agenda items; each item is read on its "
        "own.",
        why="Minutes, a meeting page or a gazette's list of decisions settle several items; one "
        "outcome or one vote for the whole text would be wrong for all but one of them.",
        example="TOP 1 Tagesordnung\nEinstimmig beschlossen.\nTOP 2 Haushalt\n"
        "Mehrheitlich abgelehnt.",
        fix="Nothing to fix: read the items (items[], or `ratsparse split`). The text's outcome "
        "is the one its decisions share, else null.",
    ),
    Rule(
        code="RP110",
        name="impossible-date",
        severity="warning",
        summary="A date does not exist in the calendar (e.g. '31.02.2022').",
        why="A date that does not exist (31.02.2022) is a typing error; the meeting or deadline "
        "it names cannot be known.",
        example="Beschluss: beschlossen\nDie Frist endet am 31.02.2022.",
        fix="Correct the date.",
    ),
    Rule(
        code="RP111",
        name="addendum-after-meeting",
        severity="warning",
        summary="The Nachtrag is dated after the meeting it was added to.",
        why="A Nachtrag adds an item to the agenda before the meeting; a date after the meeting "
        "is a typing error in one of the two dates.",
        example="Nachtrag: 20.01.2022\nSitzung: 17.01.2022\nBeschluss: beschlossen",
        fix="Correct the Nachtrag date or the meeting date.",
    ),
    Rule(
        code="RP201",
        name="malformed-reference",
        severity="warning",
        summary="A paper reference has no known format (e.g. 'AN/131/22' for 'AN/0131/2022').",
        why="A paper number in a form the RIS does not use cannot be linked to its paper; it is "
        "usually a lost digit or a shortened year.",
        example="Beschluss: beschlossen\nDer Antrag AN/131/22 wird angenommen.",
        fix="Write the number as the RIS shows it, e.g. AN/0131/2022.",
    ),
    Rule(
        code="RP202",
        name="reference-after-meeting",
        severity="warning",
        summary="A paper reference's year lies after the meeting date.",
        why="A paper is numbered when it is filed, so it cannot be from a year after the meeting "
        "that decides it; either the year or the meeting date is wrong.",
        example="Sitzung: 17.01.2022\nBeschluss: beschlossen\nVorlage: AN/0131/2023",
        fix="Correct the reference's year or the meeting date.",
    ),
    Rule(
        code="RP301",
        name="empty-count-template",
        severity="warning",
        summary="A vote-count template (JA: / NEIN:) has no number after it.",
        why="A count template left empty (JA: / NEIN:) means the numbers were never filled in; "
        "the record does not show how the vote went.",
        example="Beschluss: beschlossen\nAbstimmungsergebnis:\nJA:\nNEIN:",
        fix="Fill in the numbers, or delete the template and state the result in words.",
    ),
    Rule(
        code="RP302",
        name="unknown-outcome-phrase",
        severity="warning",
        summary="An outcome phrase is not in the vocabulary; the outcome is 'other'.",
        why="The outcome is read from the status phrase through a vocabulary; an unknown phrase "
        "gives the outcome 'other', which search and statistics cannot use.",
        example="Beschluss: in Arbeitskreis gegeben",
        fix="Use a phrase of the vocabulary (beschlossen, abgelehnt, vertagt, zur Kenntnis "
        "genommen …) or ask for the phrase to be added to ratsparse.",
    ),
    Rule(
        code="RP303",
        name="outcome-conflict",
        severity="warning",
        summary="The status line and the vote result disagree.",
        why="When the status line says one thing and the vote or the decided text another, one of "
        "them is wrong, and readers cannot tell which.",
        example="Beschluss: beschlossen\nAbstimmungsergebnis: einstimmig abgelehnt",
        fix="Make the status line and the vote result agree.",
    ),
    Rule(
        code="RP304",
        name="unparsed-vote-text",
        severity="info",
        summary="Part of the vote result was not understood and was skipped.",
        why="Part of the vote result could not be read, so who voted how may be incomplete.",
        example="Beschluss: beschlossen\nAbstimmungsergebnis: Ja: 12 (CDU, SPD",
        fix="Write the vote result in the usual form (Ja: 12, Nein: 3, Enthaltungen: 1; mit den "
        "Stimmen der …), or ignore this info finding.",
    ),
    Rule(
        code="RP305",
        name="unanimous-with-dissent",
        severity="warning",
        summary="The vote is called einstimmig but No votes are counted.",
        why="einstimmig means nobody voted against; counted No votes contradict it.",
        example="Beschluss: einstimmig beschlossen\nAbstimmungsergebnis: Ja: 10, Nein: 2",
        fix="Correct either the word einstimmig (mehrheitlich) or the counts.",
    ),
    Rule(
        code="RP306",
        name="count-total-mismatch",
        severity="warning",
        summary="The vote counts do not add up to the total given (Anwesend, Stimmberechtigte).",
        why="Where the minutes say how many members were present, the Ja, Nein and Enthaltung "
        "counts (and members excluded as befangen) must add up to it; otherwise a count is "
        "wrong.",
        example="Beschluss: beschlossen\nAnwesend: 11\nJa: 10\nNein: 2\nEnthaltungen: 0",
        fix="Correct the counts or the number present.",
    ),
    Rule(
        code="RP307",
        name="outcome-against-majority",
        severity="warning",
        summary="A vote is abgelehnt with a Yes majority, or adopted with a No majority.",
        why="A motion with more Yes than No votes is normally adopted; 'abgelehnt' with a Yes "
        "majority (or adopted with a No majority) is usually a swapped count or verdict.",
        example="Beschluss: abgelehnt\nAbstimmungsergebnis:\nJa: 12\nNein: 3\nDer Antrag wird "
        "abgelehnt.",
        fix="Check the counts and the verdict. If a qualified majority was required, say so in "
        "the text and ignore this rule for the file.",
    ),
    Rule(
        code="RP308",
        name="roll-call-counted",
        severity="info",
        summary="No total is given: the counts were added up from a roll call's names.",
        why="A roll call (namentliche Abstimmung) lists each member's vote; where the minutes "
        "give no total, ratsparse counts the names. A member left out of the list, or a line "
        "it could not read, makes the counts short, so the record says they were added up.",
        example="Beschluss:\nDer Rat beschließt X.\nHerr Albers: ja\nFrau Brandt: ja\n"
        "Herr Claasen: nein",
        fix="State the total under the roll call (Ja: 2, Nein: 1).",
    ),
    Rule(
        code="RP309",
        name="group-counts-added",
        severity="info",
        summary="No total is given: the counts were added up from each group's number.",
        why="A result may give each group's number of votes and no total (mit den Stimmen der "
        "CDU (9) und der SPD (4) gegen die Stimmen der AfD (8)); ratsparse adds them up per "
        "side. A group left out makes the counts short, so the record says they were added up.",
        example="Beschluss:\nDer Rat beschließt X.\nAbstimmung: mit den Stimmen der CDU (9) und "
        "der SPD (4) gegen die Stimmen der AfD (8) angenommen",
        fix="State the total (Ja: 13, Nein: 8).",
    ),
    Rule(
        code="RP801",
        name="glued-residue",
        severity="warning",
        summary="Export residue is glued to the last word (e.g. 'zugestimmt2614').",
        why="Exports from some RIS glue a number (a file size or page id) to the last word; it is "
        "not part of the resolution and confuses readers and search.",
        example="Beschluss: beschlossen\nAbstimmungsergebnis:\neinstimmig zugestimmt2614",
        fix="Remove the glued number from the text.",
    ),
    Rule(
        code="RP802",
        name="layout-residue",
        severity="info",
        summary="Web-page layout residue (pipe-table rests, HTML tags and entities) is in the "
        "text.",
        why="Pipe-table rests and HTML tags come from copying a web page; they are not part of "
        "the resolution and show up in every reuse of the text.",
        example="Beschluss: beschlossen<br>\nDer Rat beschließt die Satzung.",
        fix="Export the text as plain text, or remove the pipes and tags.",
    ),
    Rule(
        code="RP803",
        name="control-characters",
        severity="info",
        summary="Control characters or invisible format characters were removed.",
        why="Soft hyphens, zero-width characters and control characters are invisible but break "
        "search and copy-paste.",
        example="Beschluss: beschlossen\nDie Verwal­tung wird beauftragt.",
        fix="Remove the invisible characters (most editors can show them).",
    ),
    Rule(
        code="RP804",
        name="page-furniture",
        severity="info",
        summary="Page furniture (page numbers, 'Seite 3 von 12', form feeds) was removed from the "
        "text.",
        why="Page numbers, 'Seite 3 von 12' and form feeds come from a paged export; inside a "
        "clause they split the text.",
        example="Beschluss: beschlossen\n1. Die Verwaltung wird\nSeite 2 von 3\nbeauftragt.",
        fix="Export without page furniture, or remove those lines.",
    ),
    Rule(
        code="RP805",
        name="mojibake",
        severity="warning",
        summary="The text holds mojibake: UTF-8 once read as Windows-1252 (e.g. 'Ã¤' for 'ä').",
        why="Text that was UTF-8 but read as Windows-1252 and saved again shows 'Ã¤' for 'ä'; "
        "readers see garbage and search for the real words fails.",
        example="Beschluss: beschlossen\nDie VerwaltungsgebÃ¼hr wird erhöht.",
        fix="Re-export from the RIS as UTF-8, or repair the text (e.g. with the ftfy tool).",
    ),
    Rule(
        code="RP901",
        name="empty-input",
        severity="error",
        summary="The input is empty or holds only white space.",
        why="An empty file is usually a failed export.",
        example="",
        fix="Export the text again.",
    ),
    Rule(
        code="RP902",
        name="binary-input",
        severity="error",
        summary="The input is not text (it holds NUL bytes).",
        why="A file with NUL bytes is a binary file (a Word document, an archive), not a text; "
        "PDF is read through its text layer (ratsparse[pdf]).",
        example="(a Word document)",
        fix="Convert the document to plain text first.",
    ),
    Rule(
        code="RP903",
        name="not-utf8",
        severity="warning",
        summary="The input is not valid UTF-8; it was decoded as Windows-1252.",
        why="The file is not UTF-8; it was decoded as Windows-1252, which may be wrong for some "
        "characters.",
        example="(a file saved as Windows-1252 / ANSI with umlauts)",
        fix="Save the file as UTF-8.",
    ),
    Rule(
        code="RP904",
        name="internal-error",
        severity="error",
        summary="The parser failed on this input (a bug in ratsparse).",
        why="ratsparse failed on this input; this is a bug in ratsparse, not in the text. The "
        "check exits with code 2 so that CI does not read it as a finding.",
        example="(none: report it with the input that caused it)",
        fix="Report the bug with the file; meanwhile exclude the file.",
    ),
    Rule(
        code="RP905",
        name="file-too-large",
        severity="error",
        summary="The input is larger than the size limit; it was not parsed.",
        why="Resolution texts are a few kilobytes; an input over the limit is something else (a "
        "whole protocol, a data dump, a device such as /dev/zero). Reading stops one byte "
        "after the limit, so no input can fill the memory, and the input is not parsed.",
        example="(an input over the limit: 1000000 bytes unless --max-file-size or max-file-size "
        "says otherwise)",
        fix="Split the file or exclude it; or raise the limit with --max-file-size (e.g. 5M), for "
        "'check' also with max-file-size in [tool.ratsparse].",
    ),
    Rule(
        code="RP906",
        name="not-a-file",
        severity="error",
        summary="A path found in a folder is not a regular file (a FIFO, socket or device); it "
        "was skipped.",
        why="Opening a FIFO waits for a writer and a device may never end, so a folder's search "
        "skips them instead of reading them, and a check always ends. A FIFO or device named "
        "*.txt among the minutes is usually a mistake.",
        example="(a FIFO named beschluss.txt in a checked folder, made with mkfifo)",
        fix="Remove or rename it, or exclude it in [tool.ratsparse]; to read it anyway, name it "
        "on the command line.",
    ),
    Rule(
        code="RP907",
        name="malformed-oparl",
        severity="error",
        summary="The input is OParl JSON (it names an OParl schema) but does not parse as JSON.",
        why="A file that opens with '{' or '[' and names schema.oparl.org is read as OParl, whose "
        "AgendaItems hold the results; JSON cut off by a failed download or edited by hand "
        "cannot be read, and none of its items is.",
        example='{"type": "https://schema.oparl.org/1.1/AgendaItem", "result": "einstimmig"',
        fix="Fetch the page from the OParl API again, or repair the JSON.",
    ),
    Rule(
        code="RP908",
        name="pdf-extra-missing",
        severity="error",
        summary="The input is a PDF, and reading PDF needs the extra: pip install "
        "'ratsparse[pdf]'.",
        why="PDF minutes are read through PDFium (pypdfium2), which the plain install does not "
        "bring, so that text users need not install it.",
        example="(a PDF file, read where pypdfium2 is not installed)",
        fix="pip install 'ratsparse[pdf]'.",
    ),
    Rule(
        code="RP909",
        name="no-text-layer",
        severity="error",
        summary="The PDF has no text layer (a scan); nothing was read.",
        why="A scanned page is a picture: without a text layer there are no words to read, and an "
        "empty result would look like a document without decisions.",
        example="(a PDF of scanned pages without OCR)",
        fix="Run OCR on the PDF first (for instance with ocrmypdf), then read the result.",
    ),
    Rule(
        code="RP910",
        name="unreadable-pdf",
        severity="error",
        summary="The input is a PDF that cannot be opened.",
        why="A PDF that PDFium cannot open is damaged (a failed download, a cut-off file) or "
        "encrypted with a password.",
        example="(a file that starts like a PDF, %PDF-1.7, and is none)",
        fix="Download the document again, or save it without a password.",
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


def rule_for(code_or_name: str) -> Rule | None:
    """The rule with this code (``RP301``, any case) or name (``empty-count-template``)."""
    key = code_or_name.strip()
    rule = RULES.get(key.upper())
    if rule is None:
        rule = next((r for r in RULES.values() if r.name == key.lower()), None)
    return rule
