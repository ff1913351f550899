"""The item reader: where a text of several agenda items (minutes, a meeting page, a gazette's
list of decisions) cuts into items.

It finds item headings, each at the start of a line of the clean text:

- ``TOP 3``, ``zu TOP 4.1``, ``Tagesordnungspunkt 5``, ``TOP 6:`` (a TOP word and a number);
  ``Punkt 3: …``, or ``Punkt 3`` alone on its line (``Punkt 7 der Tagesordnung:``);
  ``zu 6`` with the item's record beside it after a column's gap (``zu 6    Herr S. begründet
  …``); ``Zu Punkt 4:`` or ``Zu 5.`` alone on its line;
- ``Ö 3``, ``NÖ 2``, ``N 4.1`` (SessionNet's public and non-public item numbers), also after
  the TOP word (``TOP Ö 5``);
- an ALLRIS print view's title, the sitting's date and the item's number (``08.11.2023 - 12
  Kita-Ausbauprogramm …``): several such pages copied into one text;
- where no numbered headings run from 1, agenda lines with their paper's number in a column at
  their end (``9.4  Antrag Fraktion DIE LINKE        2024/AN/5201``; an excerpt of items 9.4
  and 9.5);
- ``Beschluss-Nr. GR 63-05/2005`` (a gazette's list of decisions, one per number), or such a
  number alone on its line (``72/12/2012``, a Beschlussbuch's list);
- ``§ 31 Genehmigung der Tagesordnung``, ``§ 32 …`` (Baden-Württemberg's running paragraph
  numbers; not a statute's, which run from ``§ 1``);
- a numbered heading, ``3. Bauantrag …``, ``5.1 | Bestimmung …``, ``07 Verfügung …``, ``| 3) |
  Bauantrag |``, or ``3.`` alone with the title on the next line (minutes printed from a PDF):
  a number and a title (no sentence: it does not end with a full stop), where the text speaks
  of an agenda (Tagesordnung, Niederschrift, Protokoll, TOP). Such numbers must run as an agenda
  runs: the first is 1, each top-level number is the one before or the next; a number out of
  that order is something else (the ordinal of a session, a member of an attendance list);
- such headings all numbered ``1.``, each with a vote of its own (a list that lost its numbers);
- an agenda printed as a column of numbers alone under ``Tagesordnung`` (``1.`` / ``2.`` / …, a
  PDF's text layer): each number an item, its line alone, where no heading has it already;
- an agenda table whose rows give each item's number and paper (``1PL/4/1/23 Neue …``, ``3
  2026/BV/0012 Haushalt``): the items the page gives in full (``2. / PL/4/2/23. …``) are their
  headings, the others their rows alone;
- lettered sub-items listed right under their item (``a) …``, a table's ``| b.) | … |``).

A gazette's report of a sitting (``Aus der Sitzung des Ortsgemeinderates … vom …``) speaks of an
agenda as minutes do.

Each item runs from its heading to the next heading, the last to the end of the text. The text
before the first heading (the header of the minutes, the attendance) belongs to no item (the
core makes it one, without a number, where it holds a decision: the agenda approved). Fewer
than two headings: no items (a single resolution is read whole).

Linear: one scan of the lines.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from ratsparse import vocab


@dataclass(frozen=True, slots=True)
class Cut:
    """One item: its heading's number and title, and where it runs in the clean text."""

    number: str | None
    title: str | None
    start: int
    """Where its heading's line starts."""
    end: int
    """Where the next item's heading starts (or the text ends)."""


MAX_ITEMS: Final = 400
"""Items beyond this many are not cut (a text of more is no minutes; and each item is read on
its own, which costs a parse's overhead per item)."""

_STRONG: Final = re.compile(
    r"""^[ \t]*(?:\|[ \t]*)?
    (?:
        (?:[Zz]u[ \t]+)?(?:TOP|Top|TOP-Nr\.?|Tagesordnungspunkt|TO-Punkt)[ \t]*[.:]?[ \t]*
            (?P<part>(?:Ö|NÖ|N)[ \t]?)?(?P<top>\d{1,3}(?:\.\d{1,3})*\.?[a-z]?)(?![\d/])
      | \d{1,2}\.\d{1,2}\.(?:19|20)\d\d[ \t]+[-–][ \t]+(?:(?:Ö|NÖ|N)[ \t]?)?
            (?P<view>\d{1,3}(?:\.\d{1,3})*)(?=[ \t])
      | (?:[Zz]u[ \t]+)?(?P<oe>(?:Ö|NÖ|N)[ \t]?\d{1,3}(?:\.\d{1,3})*)(?![\d/.,:])
        # (or its record under the agenda: "zu Ö 4   Bericht der Verwaltung …")
      | (?P<bare>Eil[ \t]+\d{1,4}/(?:19|20)\d\d|\d{1,4}/\d{1,4}/(?:19|20)\d\d)[ \t]*$
      | (?P<bnr>Beschluss(?:-|[ \t])?(?:Nr\.|Nummer)[ \t]*:?[ \t]*[^\s|][^\n|]{0,40}?)[ \t]*$
      | Punkt[ \t]+(?P<punkt>\d{1,2}(?:\.\d{1,2})*)(?:[ \t]+der[ \t]+Tagesordnung)?
        [ \t]*(?::(?=[ \t]*\S)|:?(?=[ \t]*$))
        # ("Punkt 3: Titel", or "Punkt 3" alone on its line, its title on the next; "Punkt 7 der
        # Tagesordnung:")
      | [Zz]u[ \t]+(?P<zu>\d{1,2}(?:\.\d{1,2})*)(?=[ \t]{2,}\S)  # ("zu 6    Herr S. begründet …")
      | [Zz]u[ \t]+(?:Punkt[ \t]+)?(?P<zupunkt>\d{1,2}(?:\.\d{1,2})*)
        (?P<answer>\.[ \t]*:)?\.?[ \t]*:?(?=[ \t]*$)
        # ("Zu Punkt 4:", "Zu 5." or "zu 5.:" alone on its line)
      | [Zz]u[ \t]+Punkt[ \t]+(?P<titled>\d{1,2}(?:\.\d{1,2})*)[ \t]*:(?=[ \t]*\S)
        # (or with the item's title after it: "Zu Punkt 2: Genehmigung der Niederschrift")
      | [Zz]u[ \t]+(?P<dotted>\d{1,2}(?:\.\d{1,2})*)\.[ \t]*:(?=[ \t]*\S)
        # (or its number's dot and a colon: "Zu 1.: Eröffnung der Sitzung")
    )
    (?P<rest>[^\n]*)$""",
    re.MULTILINE | re.VERBOSE,
)
"""A heading of a strong family: its number is the item's without doubt (also in a table's
first cell: ``| Ö 5.1 | Zuschuss … | 2024/0188 |``)."""

_NUMBERED: Final = re.compile(
    r"""^[ \t]{0,3}(?:\|[ \t]*)?(?:[Zz]u[ \t]+)?
    (?P<num>\d{1,2}(?:\.\d{1,2})*\.?|\d{1,2}\.?\))(?:[ \t]*\|)?
    (?:[ \t]+(?P<rest>(?:\d{1,2}\.[ \t]+)?[„"»A-ZÄÖÜ][^\n]*)  # ("5.  3. Satzung zur Änderung …")
      | [ \t]*\n(?:[ \t]*\n){0,3}(?P<next>[ \t]*[„"»A-ZÄÖÜ][^\n]*))$""",
    re.MULTILINE | re.VERBOSE,
)
"""A numbered line that may head an item: a number, then what starts like a title, on its line
(indented three spaces at most: deeper, it numbers a list inside a clause, ``II. … umgelegt:``
over ``     1. Landkreis …``)
or, where the number stands alone (``3.`` as minutes printed from a PDF give it), on the next
(after blank lines, where the export put them between every two lines).
Also a table's row (``| 3) | Bauantrag … |``)."""

_RECORD_OF_ITEM: Final = re.compile(r"[ \t|]*[Zz]u[ \t]")
"""A numbered heading that opens an item's record (``Zu 3. Genehmigung …``)."""

_AGENDA_WORD: Final = re.compile(
    # (TOP's word boundary after its first letter: a pattern that opens with a letter lets re skip
    # to the next T fast; every word here opens so — speed)
    r"Tagesordnung|Niederschrift|Protokoll|TOP\b(?<!\wTOP)|Sitzungsverlauf|Beschlüsse\s+(?:der|des)\s"
    # (a minutes' title in capitals: "NIEDERSCHRIFT über die öffentliche Verhandlung")
    r"|TAGESORDNUNG|NIEDERSCHRIFT|PROTOKOLL"
    # (a gazette's report of a sitting: "Aus der Sitzung des Ortsgemeinderates … vom …",
    # "Bericht über die Sitzung des Ortsgemeinderates … vom …")
    r"|Aus\s+der\s+[\w-]*[Ss]itzung\b|Bericht\s+(?:über|aus)\s+d(?:er|em|ie)\s+[\w-]*[Ss]itzung\b"
)
_SITTING_OF: Final = re.compile(r"Sitzung[ \t]+(?:des|der)[ \t]")
_SITTING_LINE_HEAD: Final = re.compile(r"[ \t]*(?:(?:Öffentliche|Nichtöffentliche)[ \t]+)?")
_HEAD_REACH: Final = 80
"""How far before ``Sitzung des`` its line may start (an indent and ``Nichtöffentliche``)."""


_PART_OF_SITTING: Final = re.compile(
    r"^[ \t]*(?:[IV]{1,3}\.[ \t]*)?(?:Öffentlicher?|Nicht[ -]?öffentlicher?)[ \t]+"
    r"(?:Sitzung|Teil|Sitzungsteil)[ \t]*:?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
"""A line that heads the public or the closed part of a sitting (``Öffentliche Sitzung``,
``I. Öffentlicher Teil:``): what follows is the sitting's agenda."""


def _speaks_of_agenda(text: str) -> bool:
    """The text speaks of an agenda: its numbered headings may be items. Also a report that
    opens a line with the sitting it tells of (``Sitzung des Stadtrates … vom 04.05.2023``, a
    gazette's), or that heads the sitting's public part (``Öffentliche Sitzung``)."""
    if _AGENDA_WORD.search(text) is not None:
        return True
    if ("ffentlich" in text or "FFENTLICH" in text) and _PART_OF_SITTING.search(text) is not None:
        return True
    for m in _SITTING_OF.finditer(text):
        line = text.rfind("\n", max(0, m.start() - _HEAD_REACH), m.start()) + 1
        if (line > 0 or m.start() <= _HEAD_REACH) and _SITTING_LINE_HEAD.fullmatch(
            text, line, m.start()
        ):
            return True
    return False


_NOT_TITLE: Final = re.compile(
    r"""(?:
        (?:[a-zäöü]+[ \t]+)?(?:Sitzung|Version|Jahrgang|Nachtrag|Änderung|Lesung|Fassung|Ausgabe
          |Wahlgang|Durchgang|Abstimmungsgang)\b
      | (?!(?:Mitteilungen|Anfragen|Anregungen|Bekanntgaben|Informationen|Fragen|Wünsche
          |Berichte|Verschiedenes)\b)
        [A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?,[ \t]+(?:Dr\.[ \t]+)?[A-ZÄÖÜ][a-zäöüß]+
          (?![a-zäöüß]|[ \t]+(?:[a-zäöüß]|[A-ZÄÖÜ][a-zäöüß]+[ \t]+[a-zäöüß]))
          # (no given name ends as a noun of an agenda's matters does: "Eröffnung, Begrüßung")
          (?<!ung)(?<!heit)(?<!keit)(?<!schaft)(?<!tion)(?<!nahme)
      | (?:GV|GVin|StR|StRin|Stv\.|RM|Ratsherr|Ratsfrau|Ratsmitglied|Gemeindevertreter(?:in)?
          |(?:Orts|Ober)?[Bb]ürgermeister(?:in)?|Kreisrat|Kreisrätin|Vorsitzender?
          |Beigeordneter?)[ \t]+(?:Dr\.[ \t]+)?
          [A-ZÄÖÜ][a-zäöüß]+[ \t]+[A-ZÄÖÜ][a-zäöüß]
      | (?:De[rnms]|Die|Das|Eine?[mnrs]?|Es|Er|Sie|Wir|Diese[rnms]?)\b
        # a stage of one item's record ("1. Abstimmung über die Dringlichkeit", "2. Beratung und
        # Abstimmung in der Sache")
      | (?:Abstimmung|Beratung|Beschlussfassung|Entscheidung)\b[^\n]{0,40}?
          \b(?:Dringlichkeit|in[ \t]+der[ \t]+Sache)\b
    )""",
    re.VERBOSE,
)
"""What follows a number that makes it an ordinal (``12. Sitzung``, ``2. Version``, ``2.
Wahlgang``: a ballot of one election), a member of a list of names (``3. Brüggemeier, Ulrich``,
``2. GV Carsten Block``; not ``1. Eröffnung, Feststellung der Beschlussfähigkeit``, whose
words go on in lower case, nor ``1. Eröffnung, Begrüßung, Feststellung …``, whose second word is
a matter's noun, no given name, nor ``6. Mitteilungen, Anfragen, Anregungen``, the matters that
close an agenda), a clause of a decided text (``1. Der
Gemeinderat stimmt …``: a sentence opens with an article or a pronoun, an item's title with its
matter), or a stage of the item's record (``1. Abstimmung über die Dringlichkeit``), not an
item's heading."""


_SENTENCE_GOES_ON: Final = re.compile(r"[ \t]+[a-zäöüß][^\n]*\.[ \t]*")
"""What makes a line that opens with ``TOP 5`` the end of a sentence wrapped onto it (its words
in lower case, ending in a full stop), not an item's heading."""
_ABOUT_THE_ITEM: Final = re.compile(
    r"[ \t]*(?:,[ \t]*\d|(?:und|bis)[ \t]+\d|(?:wird|werden|ist|sind|entfällt|entfallen)\b)"
)
"""What makes a line that opens with ``TOP 3`` a sentence about the item (a change of the agenda:
``TOP 14 wird erweitert``, ``TOP 11.1, 14.4 werden zurückgezogen``), not its heading."""


def _result_only(rest: str) -> bool:
    """Whether what follows an item's number is a result, not a title (``- empfohlen``,
    ``Ergebnis: beschlossen``): the line of a body's session in a paper's history, which names
    the item of that session's agenda."""
    said = _RESULT_LEAD.sub("", rest, count=1).strip()
    return bool(said) and (
        _RESULT_LABEL.match(said) is not None or vocab.status_outcome(said) is not None
    )


_CONTINUED: Final = re.compile(
    r"[ \t]*[-–(]?[ \t]*(?:Fortsetzung|Forts\.|fortgesetzt)[ \t]*[-–)]?[ \t]*"
)
"""What a heading repeated atop a page after a break says of its item (``Ö 6 (Fortsetzung)``)."""
_RESULT_LEAD: Final = re.compile(r"^[ \t]*[-–:|]?[ \t]*")
_RESULT_LABEL: Final = re.compile(r"(?:Beratungs)?[Ee]rgebnis[ \t]*:")


def find_items(text: str) -> tuple[Cut, ...]:
    """The items of ``text`` (clean), in text order; none where fewer than two are found."""
    heads: list[tuple[int, int, str | None, str | None]] = []
    families: list[str] = []  # each heading's: an agenda item's or a decision's record
    answers: bool | None = None  # (asked once, where it matters)
    for m in _STRONG.finditer(text):
        if m.group("answer") or m.group("dotted"):
            if answers is None:
                answers = vocab.answers_an_inquiry(text)
            if answers:
                continue  # "Antwort der Verwaltung:" / "Zu 1.:": the answer to a question
        if m.group("top") and _ABOUT_THE_ITEM.match(m.group("rest")):
            continue  # "TOP 14 wird erweitert: …", "TOP 11.1, 14.4 werden zurückgezogen."
        if m.group("top") and _SENTENCE_GOES_ON.fullmatch(m.group("rest")):
            continue  # "… durch die Beschlussfassung" / "zu TOP 5 für erledigt erklärt."
        if m.group("top") and _result_only(m.group("rest")):
            continue  # "TOP Ö 5 - empfohlen": a body's session in a paper's history
        if _CONTINUED.fullmatch(m.group("rest") or ""):
            continue  # "Ö 6 (Fortsetzung)" atop a page: the item goes on, none opens
        number = m.group("top") or m.group("oe") or m.group("bare") or m.group("bnr")
        if m.group("top"):
            number = "TOP " + (m.group("part") or "") + m.group("top")
        elif m.group("punkt"):
            number = "Punkt " + m.group("punkt")
        elif m.group("view"):
            number = m.group("view")
        elif m.group("zu"):
            number = "zu " + m.group("zu")
        elif m.group("zupunkt") or m.group("titled") or m.group("dotted"):
            group = "zupunkt" if m.group("zupunkt") else "titled" if m.group("titled") else "dotted"
            number = " ".join(text[m.start() : m.end(group)].split()).lstrip("| ")
        # (the record of a "zu 6" or "Zu Punkt 4:" item opens after its heading: no title)
        bare = m.group("zu") or m.group("zupunkt")
        title = None if bare else _title(m.group("rest"))
        if not bare and (title is None or not any(ch.isalpha() for ch in title)):
            title = _next_line(text, m.end()) or title
        heads.append((m.start(), -1, _clean_number(number), title))
        families.append(
            "agenda"
            if m.group("top")
            or m.group("punkt")
            or m.group("oe")
            or m.group("view")
            or m.group("zu")
            or m.group("zupunkt")
            or m.group("titled")
            or m.group("dotted")
            else "record"
        )
        if len(heads) > MAX_ITEMS:
            return ()
    if any(m == "agenda" for m in families) and any(m != "agenda" for m in families):
        # a decision's number or a Beschlussbuch's line within an agenda item heads no item of
        # its own: the agenda's headings cut the text
        heads = [h for h, m in zip(heads, families, strict=True) if m == "agenda"]
    if len(heads) < 2 and "§" in text:
        heads = _paragraphs(text) or heads
    if len(heads) < 2 and (heads or _speaks_of_agenda(text)):
        # (one heading of the strong families, an agenda item's print view, is an agenda's too)
        heads = (
            _sub_items(text, heads)
            or _excerpts_items(text)
            or _numbered(text)
            or _listed(text)
            or heads
        )
    if not heads:
        heads = _report_titles(text)
    heads = _with_letters(text, heads)
    heads = _with_column(text, heads)
    heads = _with_rows(text, heads)
    heads = _without_agenda_lines(text, heads)
    if len(heads) < 2 or len(heads) > MAX_ITEMS or _one_items_record(heads):
        return ()
    # an item runs to the next heading; an agenda line alone (its end given) to its line's end
    runs = [*[start for start, end, _, _ in heads if end < 0][1:], _last_items_end(text, heads)]
    cuts = []
    for start, given, number, title in heads:
        end = runs.pop(0) if given < 0 else given
        cuts.append(Cut(number=number, title=title, start=start, end=end))
    return tuple(cuts)


_Head = tuple[int, int, str | None, str | None]

_PIPE_ROW: Final = re.compile(r"[ \t]*\|[^\n]*(?:\n|$)")


def _last_items_end(text: str, heads: Sequence[_Head]) -> int:
    """Where the last item runs to: the text's end; or, where every item heads a row of one
    unbroken pipe table (``|Ö 8 |Bericht …|`` / ``|N 10 |Personalangelegenheiten|``), the
    table's end: the paragraphs below it are the page's own (``Hinweis: …``, ``Beschlüsse des
    nichtöffentlichen Teils werden … bekannt gegeben.``), no part of its last row."""
    if not heads or not _PIPE_ROW.match(text, heads[0][0]):
        return len(text)
    # (one table: its rows run on from the first item's to the last's and past it; rows with a
    # result's lines between them, "| Ö 3.1 | … |" / "Beschluss: …", are a table cut up)
    pos = heads[0][0]
    while (row := _PIPE_ROW.match(text, pos)) is not None and row.end() > pos:
        pos = row.end()
    return pos if pos > heads[-1][0] else len(text)


_RECORD_HEAD: Final = re.compile(r"[ \t|]*[Zz]u[ \t]")
"""A record's heading under the agenda (``zu Ö 4``, ``Zu TOP 5``)."""


def _without_agenda_lines(text: str, heads: list[_Head]) -> list[_Head]:
    """``heads`` without the agenda's lines whose items come again below with their record
    (``Ö 4   Bericht der Verwaltung …`` in the agenda, ``zu Ö 4   Bericht der Verwaltung …`` over
    what was said and decided): a heading whose stretch is its one line, whose number a later
    record's heading has (:data:`_RECORD_HEAD`)."""
    last = {number: i for i, (_, _, number, _) in enumerate(heads)}  # (one pass: linear)
    if len(last) == len(heads):
        return heads
    kept = []
    titles: dict[str | None, str | None] = {}  # the agenda's title of each item dropped
    for i, head in enumerate(heads):
        start, given, number, title = head
        # (the later one a record's, "zu Ö 4": not the next part's item of the same number, "B)
        # Nichtöffentliche Sitzung:" / "1. Grundstücksangelegenheiten")
        later = (
            number is not None
            and last[number] > i
            and _RECORD_HEAD.match(text, heads[last[number]][0]) is not None
        )
        nxt = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        one_line = given < 0 and "\n" not in text[start:nxt].strip()
        if later and one_line:
            titles[number] = title
            continue
        if number in titles and len(text[start : _line_end(text, start)].split()) <= 3:
            # the record's heading is its number alone ("zu Ö 1"): the agenda's title is its own
            title = titles[number]
        kept.append((start, given, number, title))
    return kept


_ITEM_NUMBER: Final = re.compile(r"(\d{1,3}(?:\.\d{1,3})*)\.?[a-z]?$")
_AMENDMENT_TITLE: Final = re.compile(
    r"(?:Änderungs|Ergänzungs|Ersetzungs|Zusatz|Gegen)[-]?[Aa]ntrag|Tischvorlage"
)


def _one_items_record(heads: list[_Head]) -> bool:
    """Whether ``heads`` are one agenda item's record with its sub-items, not several items:
    every number is the first's or one of its sub-numbers (``zu 8.4``, ``zu 8.4.1``), and the
    sub-items are its motions to amend (their titles say so) or the record comes back to the
    item after them (``zu 8.4.1`` its amendment's vote, then ``zu 8.4`` the item's own)."""
    numbers = []
    for _, _, number, _ in heads:
        found = _ITEM_NUMBER.search(number or "")
        if found is None:
            return False
        numbers.append(found.group(1))
    root = numbers[0]
    if any(n != root and not n.startswith(root + ".") for n in numbers):
        return False
    subs = [(n, title) for (n, (_, _, _, title)) in zip(numbers, heads, strict=True) if n != root]
    if not subs:
        return False  # (one number repeated: the same item's pages or an agenda and its record)
    returns = any(n == root for n in numbers[numbers.index(subs[0][0]) :])
    amendments = all(title is not None and _AMENDMENT_TITLE.search(title) for _, title in subs)
    return returns or amendments


_COLUMN: Final = re.compile(
    r"^[ \t]*Tagesordnung[ \t]*:?[ \t]*\n(?:[ \t]*(?:[Öö]ffentlicher|[Nn]ichtöffentlicher)[ \t]+"
    r"(?:Teil|Sitzungsteil)[ \t]*:?[ \t]*\n)?(?P<column>(?:[ \t]*[0-9]{1,2}\.[ \t]*\n){3,"
    + str(MAX_ITEMS)
    + r"})",
    re.MULTILINE,
)
"""An agenda printed as a column of numbers alone (``Tagesordnung`` / ``1.`` / ``2.`` / ``3.``
…), its titles in a column of their own that a PDF's text layer gives after it, or not at all."""
_COLUMN_NUMBER: Final = re.compile(r"[ \t]*(?P<num>[0-9]{1,2}\.)[ \t]*\n")


def _with_column(text: str, heads: list[_Head]) -> list[_Head]:
    """``heads`` with the items of an agenda printed as a column of numbers (:data:`_COLUMN`,
    numbered 1, 2, 3 … in order), each its line alone, where no heading has its number already
    (``Zu TOP 1.`` above it, with its text: that item is the heading)."""
    found = _COLUMN.search(text) if "Tagesordnung" in text else None
    if found is None:
        return heads
    lines = list(_COLUMN_NUMBER.finditer(text, found.start("column"), found.end("column")))
    if [int(m.group("num")[:-1]) for m in lines] != list(range(1, len(lines) + 1)):
        return heads
    have = {_number_of(number) for _, _, number, _ in heads}
    more = [
        (m.start("num"), m.end("num"), m.group("num"), None)
        for m in lines
        if _number_of(m.group("num")) not in have
    ]
    return sorted([*heads, *more]) if more else heads


_LETTERED: Final = re.compile(
    r"(?:[ \t]*\n)*?[ \t]{0,3}(?:\|[ \t]*)?(?P<num>[a-z])(?P<close>\.?\))(?:[ \t]*\|)?[ \t]+"
    r"(?P<rest>[„\"»A-ZÄÖÜ][^\n]*)$",
    re.MULTILINE,
)
"""A lettered sub-item's line (``a) Festlegung der Wahlbereiche``, a table's ``| b.) | … |``)."""


def _with_letters(text: str, heads: list[_Head]) -> list[_Head]:
    """``heads`` with the lettered sub-items listed right under one (:data:`_LETTERED`: on the
    next lines, blank lines between at most; ``a``, ``b``, ``c`` … in order; a title, no
    sentence ending with a full stop): each an item, as its head is (to the next heading, or its
    line alone where the head is an agenda line alone). Letters further down are the points of
    the item's text."""
    if len(heads) < 2:
        return heads
    out: list[_Head] = []
    for start, given, number, title in heads:
        out.append((start, given, number, title))
        at = _line_end(text, start) + 1
        letter = "a"
        while at < len(text):
            m = _LETTERED.match(text, at)
            if m is None or m.group("num") != letter:
                break
            rest = m.group("rest").strip(" \t|")
            if rest.endswith("."):
                break
            first = text.rfind("\n", 0, m.start("num")) + 1  # (its line's start)
            end = _line_end(text, first) if given >= 0 else -1
            out.append((first, end, letter + m.group("close"), _title(rest)))
            letter = chr(ord(letter) + 1)
            at = m.end() + 1
    return out


_ROW: Final = re.compile(
    r"^[ \t]*(?P<num>[0-9]{1,2})\.?"
    # (a paper's number that opens with letters may be glued to it; one of digits is not)
    r"(?:[ \t]*[A-Z][A-Za-z]{0,5}(?:/[0-9A-Za-z]{1,8}){2,4}"
    r"|[ \t]+[0-9]{1,4}(?:/[0-9A-Za-z]{1,8}){1,3})"
    r"[ \t]+(?P<rest>[„\"A-ZÄÖÜ][^\n]*)$",
    re.MULTILINE,
)
"""A row of an agenda table: the item's number, its paper's (glued to the number where a
table's cells ran together: ``1PL/4/1/23 Neue Sitzungsnummer``), the title."""
_ROW_ITEM: Final = re.compile(
    r"^[ \t]*(?P<num>[0-9]{1,2})\.[ \t]*/[ \t]*[^\s/]+(?:/[^\s/]+){1,4}?\.?[ \t]+"
    r"(?P<rest>[„\"A-ZÄÖÜ][^\n]*)$",
    re.MULTILINE,
)
"""The heading of an item of such a table, its number and its paper's before the title
(``2. / PL/4/2/23. Anpassung der Eintrittspreise …``)."""


def _with_rows(text: str, heads: list[_Head]) -> list[_Head]:
    """``heads`` with the items of an agenda table whose rows give each item's number and paper
    (:data:`_ROW`, three rows at least, numbered 1, 2, 3 … in order): an item with a heading of
    its own (:data:`_ROW_ITEM`, or one of ``heads``) is that heading, any other its row alone."""
    rows: list[re.Match[str]] = []
    for m in _ROW.finditer(text):
        if int(m.group("num")) == len(rows) + 1:
            rows.append(m)
        elif len(rows) < 3:
            rows = [m] if m.group("num") == "1" else []
        else:
            break
        if len(rows) > MAX_ITEMS:
            return heads
    if len(rows) < 3:
        return heads
    end = _line_end(text, rows[-1].start())
    own = [
        (m.start(), -1, m.group("num") + ".", _title(m.group("rest")))
        for m in _ROW_ITEM.finditer(text, end)
    ]
    have = {_number_of(number) for _, _, number, _ in [*heads, *own]}
    more = [
        (m.start(), _line_end(text, m.start()), m.group("num"), _title(m.group("rest")))
        for m in rows
        if m.group("num") not in have
    ]
    return sorted([*heads, *own, *more]) if more or own else heads


_NUMBER_WORDS: Final = re.compile(r"^[^0-9]*")


def _number_of(number: str | None) -> str:
    """An item's number without its words and closing dot (``TOP 1.`` → ``1``)."""
    return _NUMBER_WORDS.sub("", number or "").rstrip(".").lstrip("0")


_PARAGRAPH: Final = re.compile(
    r"^[ \t]*§[ \t]*(?P<num>\d{1,4})"
    # (its title on the line, or alone on its line with the title on the next: "§ 41" /
    # "Bekanntgabe von Beschlüssen aus nichtöffentlicher Sitzung")
    r"(?:[ \t]+|[ \t]*\n[ \t]*)(?P<rest>(?!Abs\.|Satz\b)[„\"A-ZÄÖÜ][^\n]*)$",
    re.MULTILINE,
)
"""A minutes' item numbered as Baden-Württemberg's are, by a running paragraph number: ``§ 31
Genehmigung der Tagesordnung`` (not ``§ 3 Abs. 2 erhält folgende Fassung``)."""


_OPENING_ITEM: Final = re.compile(
    r"(?:Frage|Anfrage|Einwohner|Bürger|Eröffnung|Begrüßung|Feststellung|Genehmigung|Bekannt"
    r"|Mitteilungen|Tagesordnung)"
)
"""How the first item of minutes is titled (questions, a question time, the opening, the last
minutes, what is made known): no statute's first paragraph."""


def _paragraphs(text: str) -> list[_Head]:
    """Items headed by running paragraph numbers (:data:`_PARAGRAPH`): two at least, each the
    one before's next; from ``§ 1``, where a statute's paragraphs run (a Haushaltssatzung's
    ``§ 1 Ergebnishaushalt``, ``§ 2 Kreditermächtigung`` in its decided text), only where the
    first is titled as minutes open (:data:`_OPENING_ITEM`) and the text speaks of an agenda."""
    # (not a statute's paragraph that opens with its sentence: "§ 4 Die Steuersätze werden …")
    found = [
        m
        for m in _PARAGRAPH.finditer(text)
        if not _NOT_TITLE.match(m.group("rest")) and not m.group("rest").rstrip().endswith(".")
    ]
    numbers = [int(m.group("num")) for m in found]
    if len(found) < 2 or any(b != a + 1 for a, b in itertools.pairwise(numbers)):
        return []
    # (from § 1 only where minutes open so: "§ 1 Fragen der Einwohner", "§ 1 Genehmigung der
    # Niederschrift", under a minutes' head)
    if numbers[0] <= 1 and not (
        _OPENING_ITEM.match(found[0].group("rest")) and _speaks_of_agenda(text)
    ):
        return []
    return [(m.start(), -1, "§ " + m.group("num"), _title(m.group("rest"))) for m in found]


_REPORT_OF_SITTING: Final = re.compile(
    r"^[ \t]*(?:(?:Bericht|Neues|Aktuelles)[ \t]+aus[ \t]+(?:der|dem)|Aus[ \t]+(?:der|dem))[ \t]+"
    r"[\w-]*(?:[Ss]itzung|rat|tag|ausschuss|vertretung)\b[^\n]*$",
    re.MULTILINE,
)
"""The title of a gazette's report of a sitting (``Bericht aus der Gemeinderatssitzung vom 24.
Februar 2025``, ``Aus dem Gemeinderat``)."""
_TITLE_LINE: Final = re.compile(r"[ \t]*[„\"A-ZÄÖÜ][^\n]{2,150}")
_PROSE_LINE: Final = re.compile(r"[ \t]*[A-ZÄÖÜ][^\n]*[.!][ \t]*")
_SENTENCE_END: Final = re.compile(r"[a-zäöüß]{2}[.!?][ \t]+[A-ZÄÖÜ]")
_PROSE_START: Final = re.compile(r"[ \t]*[A-ZÄÖÜ][a-zäöüß]*[ \t]")
_REPORT_TITLE_HEAD: Final = 400
"""The report's title stands this near the text's start."""


def _report_titles(text: str) -> list[_Head]:
    """Items of a gazette's report of a sitting that are headed by their titles alone, without a
    number: two at least, after the report's title (:data:`_REPORT_OF_SITTING`). A title is a
    line with no sentence's end (no full stop or colon) that opens a paragraph of prose ending
    with a full stop; where the report parts its paragraphs by blank lines, it opens one after a
    blank line (its paragraph may be wrapped), else it follows a line that ends a sentence."""
    report = _REPORT_OF_SITTING.search(text, 0, _REPORT_TITLE_HEAD)
    if report is None:
        return []
    # the lines after the report's title, each with whether a blank line stands before it
    lines: list[tuple[int, str, bool]] = []
    pos = report.end() + 1
    blank = True
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].rstrip()
        if line.strip():
            lines.append((pos, line, blank))
        blank = not line.strip()
        pos = end + 1
    by_blanks = sum(1 for _, _, after_blank in lines if after_blank) >= 3
    # each line's paragraph's last line (one pass from the end: linear)
    last_of = list(range(len(lines)))
    for k in range(len(lines) - 2, -1, -1):
        if not lines[k + 1][2]:
            last_of[k] = last_of[k + 1]
    found: list[_Head] = []
    for k, (start, line, after_blank) in enumerate(lines):
        if k + 1 >= len(lines) or line.endswith((".", ":", ",", ";", "!", "?")):
            continue
        if _TITLE_LINE.fullmatch(line) is None or lines[k + 1][2]:
            continue
        if _SENTENCE_END.search(line) is not None:
            continue  # ("Die nächste Sitzung … findet am … statt. Vorlagen und": prose)
        if by_blanks:
            # (its paragraph runs to the next blank line, and ends a sentence there)
            if not after_blank or _PROSE_START.match(lines[k + 1][1]) is None:
                continue
            if not lines[last_of[k]][1].endswith((".", "!", ")")):
                continue
        elif (k and not lines[k - 1][1].endswith((".", "!"))) or _PROSE_LINE.fullmatch(
            lines[k + 1][1]
        ) is None:
            continue
        found.append((start, -1, None, line.strip()))
        if len(found) > MAX_ITEMS:
            return []
    return found if len(found) >= 2 else []


_LISTED: Final = re.compile(
    r"^[ \t]{0,3}(?P<num>\d{1,2}(?:\.\d{1,2})*\.?)[ \t]{2,}(?P<rest>[„\"A-ZÄÖÜ][^\n]{0,200}?)"
    r"[ \t]{3,80}+[A-Z0-9][\w-]{0,12}/[\w/-]{1,20}[ \t]*+$",
    re.MULTILINE,
)
"""An agenda line with its paper's number in a column at its end (``9.4  Antrag Fraktion DIE
LINKE        2024/AN/5201``)."""


def _listed(text: str) -> list[_Head]:
    """Items headed by agenda lines with their papers (:data:`_LISTED`), whatever number they
    start with (an excerpt of items 9.4 and 9.5, where numbers running from 1 are not to be
    had), two at least, each number once."""
    found = list(itertools.islice(_LISTED.finditer(text), MAX_ITEMS + 1))
    numbers = [m.group("num").rstrip(".") for m in found]
    if len(found) < 2 or len(set(numbers)) != len(numbers):
        return []
    return [(m.start(), -1, m.group("num"), _title(m.group("rest"))) for m in found]


_EXCERPT_OF_ITEMS: Final = re.compile(
    r"\bAuszug\b[^\n]{0,30}?\b(?:TOP|Tagesordnungspunkte?|Punkte?)[ \t]*(?P<first>[0-9]{1,3})\b"
)
"""An excerpt's note of the items it holds (``(Auszug: TOP 7 und 8)``): its items run from that
number, not from 1."""


def _excerpts_items(text: str) -> list[_Head]:
    """The numbered headings of an excerpt of minutes that names the items it holds (``(Auszug:
    TOP 7 und 8)`` over ``7.  Vergabe …`` / ``8.  Benennung …``), two at least, running from the
    first it names."""
    found = _EXCERPT_OF_ITEMS.search(text)
    if found is None or int(found.group("first")) < 2:
        return []
    heads = _numbered(text, int(found.group("first")) - 1)
    return heads if len(heads) >= 2 else []


def _sub_items(text: str, heads: list[_Head]) -> list[_Head]:
    """The sub-items (``5.1``, ``5.2`` …) of the one agenda item ``heads`` hold (``TOP 5
    Vergabe von Sondermitteln``), where they run from its number and each holds a vote of its
    own (applications decided one by one): the text's items. None where they do not (a paper's
    sections numbered under its item, ``5.1 Sachverhaltsdarstellung``; a table's rows whose
    votes stand in a line of their own, ``Die Beschlüsse wurden jeweils einstimmig gefasst``)."""
    found = _ITEM_NUMBER.search(heads[0][2] or "") if len(heads) == 1 else None
    if found is None or not found.group(1).isdigit():
        return []
    under = int(found.group(1))
    subs = _numbered(text, under)
    if len(subs) < 2 or not (subs[0][2] or "").startswith(f"{under}."):
        return []
    ends = [start for start, _, _, _ in subs[1:]] + [len(text)]
    stretches = zip(subs, ends, strict=True)
    if any(_VOTED.search(text, start, end) is None for (start, _, _, _), end in stretches):
        return []
    return subs


def _numbered(text: str, under: int = 0) -> list[_Head]:
    """Numbered headings that run as an agenda runs (see the module's doc). Where one way of
    closing the numbers (``3.)``, as Austrian minutes print it, beside ``3.``) gives three
    headings or more that run from 1 without starting again, those are the items, whatever the
    numbered lines written the other way (questions of an inquiry, clauses of a decided text)
    do. ``under``: the one agenda item the text names (``TOP 5``), whose sub-items (``5.1``,
    ``5.2``) may run from it instead of from 1."""
    candidates: dict[str, list[re.Match[str]]] = {}
    weak: set[int] = set()  # (where an ordinal's title may stand: see _AMENDING)
    # (in text order, as the matches: walked once)
    lists = sorted(_attachment_lists(text) + _decided_lists(text) + _described_lists(text))
    at = 0
    for m in _NUMBERED.finditer(text):
        while at < len(lists) and lists[at][1] <= m.start():
            at += 1
        if at < len(lists) and lists[at][0] <= m.start():
            # "Anlagen:" / "1 Entwurfsplanung": an attachment, no item; "… bewilligt folgende
            # Zuwendungen:" / "1. Kinderfarm …: 2.500,00 €": the decision's list, no item
            continue
        number = m.group("num")
        alone = m.group("rest") is None
        if alone and number.isdigit():
            continue  # a number alone without its dot is a page number
        rest = (m.group("next") if alone else m.group("rest")).strip(" \t|")
        # a title ends with no full stop; one alone on its line may end with a semicolon; a
        # line that goes on below ends where its last line does (also a title under its number
        # alone: "2." / "Eröffnung der Sitzung, Feststellung der Ladung," / "Anwesenheit …")
        ending = _continued(text, m.end(), rest)
        # (an ellipsis ends no sentence: "Zu 1. Eröffnung der Sitzung ...", a title cut short)
        if ending.rstrip().endswith(("...", "…")):
            ending = ending.rstrip(" .…")
        if ending.endswith(
            (".", ",") if alone else (".", ",", ";")
        ) and not _ABBREVIATED_END.search(ending):
            continue
        if ending.endswith("?"):
            continue  # "1. Wie viele Schulsporthallen sind gesperrt?": a question of an inquiry
        if _NOT_TITLE.match(rest):
            if not _AMENDING.match(rest):
                continue
            weak.add(m.start())
        candidates.setdefault(_style(number), []).append(m)
    # the record of each item, headed "Zu 1. …", "Zu 2. …", below the agenda that lists them
    # ("1.   Eröffnung …" / … / "Zu 1. Eröffnung …"): the records are the items, not the list
    for style, found in candidates.items():
        records = [m for m in found if _RECORD_OF_ITEM.match(m.group())]
        if len(records) >= 2 and _key(records[0].group("num")) == "1":
            candidates[style] = [m for m in found if m.start() >= records[0].start()]
    every = sorted((m for found in candidates.values() for m in found), key=lambda m: m.start())
    best: list[_Head] = []
    for found in candidates.values():
        heads, restarts = _running(text, found, weak, under)
        if not restarts and len(heads) > len(best):
            best = heads
    if len(best) >= 3:
        return best
    running = _running(text, every, weak, under)[0]
    if len(running) < 2:
        return _each_one(text, every) or running
    return running


_VOTED: Final = re.compile(r"Abstimmung|Dafür[ \t]*:|Ja[ \t]*:|Ja-Stimmen|einstimmig", re.I)
"""What shows that a stretch holds a vote of its own."""


def _each_one(text: str, found: list[re.Match[str]]) -> list[_Head]:
    """Headings all numbered ``1.`` (an export that lost an ordered list's numbers: each motion
    of a list printed as ``1.``), two at least, where each one's stretch holds a vote of its
    own: each is an item."""
    if len(found) < 2 or any(m.group("num") != "1." for m in found):
        return []
    ends = [m.start() for m in found[1:]] + [len(text)]
    if any(_VOTED.search(text, m.end(), end) is None for m, end in zip(found, ends, strict=True)):
        return []
    return [
        (m.start(), -1, "1.", _title((m.group("next") or m.group("rest") or "").strip(" \t|")))
        for m in found
    ]


_ATTACHMENTS: Final = re.compile(
    r"^[ \t]*(?:Anlagen?|Anlage\(n\)|Anhänge?)[ \t]*:?[ \t]*$", re.MULTILINE
)
_LIST_ENDS: Final = re.compile(r"\n[ \t]*\n(?![ \t]*[0-9])")
"""Where an attachment list ends: a blank line before a line that numbers no attachment."""


def _attachment_lists(text: str) -> list[tuple[int, int]]:
    """The stretches of the text that list its attachments (``Anlagen:`` over ``1 Entwurfsplanung``
    / ``2 Kostenberechnung``), each to its end (:data:`_LIST_ENDS`)."""
    return _headed_lists(text, _ATTACHMENTS, _LIST_ENDS)


def _headed_lists(
    text: str, heads: re.Pattern[str], ends: re.Pattern[str], *, set_off: bool = False
) -> list[tuple[int, int]]:
    """The stretches of the text under each of ``heads`` to the next of ``ends`` (a head
    within a stretch opens none of its own); with ``set_off``, the blank lines right under a
    head open no end (a list set off from its sentence by a blank line)."""
    out: list[tuple[int, int]] = []
    for head in heads.finditer(text):
        inside = bool(out) and head.start() < out[-1][1]
        if inside and not set_off:
            continue
        start = head.end()
        if set_off and (blanks := _BLANK_LINES.match(text, start)) is not None:
            start = blanks.end()
        found = ends.search(text, start)
        end = found.start() if found is not None else len(text)
        if inside:
            # (a list's point that opens a list of its own, set off below it: the stretch goes
            # on to that list's end)
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((head.end(), end))
    return out


_DECIDED_LIST: Final = re.compile(
    r"^(?![^\n]*Tagesordnung)[^\n]*\b(?:beschließt|beschliesst|bewilligt|wählt|bestellt|benennt"
    # (the sentence wrapped once before its colon: "… folgende" / "Zuwendungen:")
    r"|gewährt|vergibt|entsendet|beruft)\b[^\n]{0,200}(?:\n[^\n:]{1,80})?:[ \t]*$",
    re.MULTILINE,
)
"""A decision's sentence that opens a list of what it decides (``Der Beirat bewilligt aus den
Globalmitteln folgende Zuwendungen:``); not an agenda adopted (``… beschließt folgende
Tagesordnung:``)."""
_DECIDED_LIST_END: Final = re.compile(r"\n[ \t]*\n")


_DESCRIBED_LIST: Final = re.compile(
    # (a sentence's line, no longer than a sentence: a line of thousands of such verbs is tried
    # no further than that)
    r"^(?=[^\n]{0,300}:[ \t]*$)"
    r"(?![^\n]*(?:Tagesordnung|Beschl|Sitzung|TOP))[^\n]*\b(?:ergibt|ergeben|sind|umfasst"
    r"|umfassen|enthält|enthalten|betreffen|betrifft)\b[^\n]{0,200}:[ \t]*$",
    re.MULTILINE,
)
"""A sentence that opens a list of what it describes (``Zum Stichtag ergibt sich folgendes
Bild:``, ``Die wesentlichen Änderungen sind:``): its points are the Sachverhalt's, no agenda's;
not a sentence about the agenda, the sitting or its decisions (``Folgende Beschlüsse …:``)."""


def _described_lists(text: str) -> list[tuple[int, int]]:
    """The stretches of the text that list what a sentence describes, each to the blank line
    that ends it."""
    if ":" not in text:
        return []
    return _headed_lists(text, _DESCRIBED_LIST, _DECIDED_LIST_END)


def _decided_lists(text: str) -> list[tuple[int, int]]:
    """The stretches of the text that list what a decision's sentence decides, each to the
    blank line that ends it."""
    if ":" not in text:
        return []
    return _headed_lists(text, _DECIDED_LIST, _DECIDED_LIST_END, set_off=True)


_BLANK_LINES: Final = re.compile(r"(?:[ \t]*\n)+(?=[ \t]*(?:[|•–-]|[0-9]{1,2}[.)][ \t]))")
"""The blank lines between a decision's sentence and its list set off below it, a table's, a
bulleted or a numbered one (``… werden folgende Zuwendungen bewilligt:`` / "" / ``| 1 |
Kinderladen … |``, ``1. Findorffer Geschichtswerkstatt e. V. …``): the decision's points, not
agenda items (points voted one by one are the parts of the one decision)."""


_ABBREVIATED_END: Final = re.compile(r"\b(?:e\.[ ]?V|Str|Nr|Abs)\.$")
"""A title that ends with an abbreviation's full stop (``3. Zuschuss an den Musikverein e.V.``),
no sentence's."""
_AMENDING: Final = re.compile(r"(?:Änderung|Nachtrag|Fassung)\b")
"""A title that may be an ordinal's (``4. Änderung der Gebührensatzung``: the fourth change, or
item 4, the change): a heading only where it goes on a running agenda."""


_GOES_ON: Final = re.compile(r"\n[ \t]*([^\s|•\-–0-9][^\n]*)")
_LOWER_START: Final = re.compile(r"[a-zäöüß](?![).][ \t])")
"""A line that goes on a sentence in lower case (not a lettered point under a heading: ``a) Der
Zuwendungsbescheid …`` under ``2. Mitteilungen des Ortsbürgermeisters``)."""
_BREAKS_OFF: Final = re.compile(rf"(?:[-,;]|\b(?:{'|'.join(vocab.MID_PHRASE_WORDS)}))$")
"""A line that breaks off inside a sentence: after a hyphen, a comma, a semicolon (a Bavarian
agenda's "Vollzug der Baugesetze;" / "Antrag auf Baugenehmigung …"), or a word of the middle of
a phrase (vocab.MID_PHRASE_WORDS: a conjunction, an article, a preposition)."""

_MAX_GOES_ON: Final = 6


def _continued(text: str, end: int, rest: str) -> str:
    """``rest``, the text of the numbered line ending at ``end``, with the lines that go on it
    (at most a few): a wrapped sentence ("1. Für das Gebiet ist ein Bebauungsplan" /
    "aufzustellen.", "… mit Einfamilien- und" / "Doppelhäusern.") ends with its full stop there,
    not on the numbered line. A line opening in capitals after a line that ends whole is text of
    its own (an item's body, indented under its heading)."""
    for _ in range(_MAX_GOES_ON):
        more = _GOES_ON.match(text, end)
        if more is None:
            break
        line = more.group(1).strip(" \t|")
        if not (_LOWER_START.match(line) or _BREAKS_OFF.search(rest)):
            break
        rest, end = line, more.end()
    return rest


def _style(number: str) -> str:
    """How a number is closed: ``3.``, ``3.1`` and ``3`` alike; ``3)``; ``3.)``."""
    if not number.endswith(")"):
        return "."
    return ".)" if number.endswith(".)") else ")"


def _running(
    text: str, found: list[re.Match[str]], weak: set[int], under: int = 0
) -> tuple[list[_Head], int]:
    """The headings among ``found`` that run as an agenda runs, and how often the numbers
    started again at 1. Where they do (the agenda, then the items with their text), an item of
    the agenda that comes again is the later heading; one that does not is its agenda line
    alone. A heading that starts at ``weak`` is taken only where it goes on a run: the next
    item, or one under the last (``5.`` / ``5.1. Änderung der Niederschrift``); never the first,
    nor one that starts it again. ``under``: the number of the one item whose sub-items
    (``5.1``, ``5.2``, never ``5`` again) may open the run."""
    heads: list[_Head] = []
    agenda: list[_Head] = []
    restarts = 0
    last = under  # the top-level number of the last heading taken
    for m in found:
        number = m.group("num")
        alone = m.group("rest") is None
        rest = (m.group("next") if alone else m.group("rest")).strip(" \t|")
        top = int(number.split(".")[0].rstrip(")"))
        sub = "." in number.rstrip(".")
        if heads and _key(number) == _key(heads[-1][2]):
            continue  # the item's number again (a page's table cell, "3.1 |"): the same item
        if m.start() in weak and (last == 0 or (top, sub) not in ((last + 1, False), (last, True))):
            continue  # (a weak heading goes on its run: the next item, or one under the last)
        if top not in (last, last + 1) or (top == last and not sub):
            if top != 1:
                continue
            if (
                heads
                and _SECTION.search(text, heads[-1][0], m.start()) is not None
                and _SECTION.search(text, max(0, heads[0][0] - _SECTION_REACH), heads[0][0])
            ):
                # "III. Anträge" over "1. …", where "I. Allgemeines" headed the first run: the
                # minutes' next part numbers from 1 again (not the records after an agenda,
                # under "I. Öffentlicher Teil")
                pass
            elif heads:  # the numbers start again
                agenda, heads = agenda + heads, []
                restarts += 1
        heads.append((m.start(), -1, number, _title(rest)))
        last = top
        if len(heads) + len(agenda) > MAX_ITEMS:
            break
    again = {_key(number) for _, _, number, _ in heads}
    kept = [
        (start, _line_end(text, start), number, title)
        for start, _, number, title in agenda
        if _key(number) not in again
    ]
    return sorted(kept + heads), restarts


_SECTION: Final = re.compile(
    r"^[ \t]*(?:[IVX]{1,4}\.|[A-F]\))[ \t]+[A-ZÄÖÜ][^\n]{0,80}$", re.MULTILINE
)
"""A part of minutes headed by a roman number or a letter (``III. Anträge``, ``B)
Nichtöffentliche Sitzung:``), whose items number from 1."""
_SECTION_REACH: Final = 300
"""How far above the first item of a run the part's heading may stand."""


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _key(number: str | None) -> str:
    return (number or "").rstrip(".").lstrip("0")


def _next_line(text: str, pos: int) -> str | None:
    """The title a heading gives on the line after it (``Ö 1`` / blank / ``Begrüßung``): the
    next line with text, if it is no label (``Vorlage: …``) and no heading of its own."""
    for raw in text[pos : pos + 400].split("\n")[1:]:
        line = raw.strip(" \t|")
        if not line:
            continue
        if ":" in line[:40] or _STRONG.match(line) or len(line) > 200:
            return None
        return _title(line)
    return None


def _clean_number(number: str | None) -> str | None:
    return None if number is None else " ".join(number.split())


def _title(rest: str) -> str | None:
    """The heading's text; of a table's row, its first cell."""
    title = rest.strip(" \t|:─–-").split("|")[0].strip()
    return " ".join(title.split()) or None
