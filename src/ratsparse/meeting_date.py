"""The meeting date where no header field states it: titles, print-view titles, label/value tables,
time lines and the sentences that announce decisions.

The header reader (:mod:`ratsparse.header`) takes the date of a ``Sitzung:`` / ``Datum:`` marker
first. Where there is none, the rules below read the other places a meeting date is printed. Each
rule is one family of phrasings and yields candidates; :func:`stated_meeting_date` gives the one
date they agree on. Where they name different dates, or a Beratungsfolge lists meetings on
several dates, the text is about several meetings and the date stays open (a wrong date is worse
than none).

What is never a candidate: a date after ``Genehmigung der Niederschrift …`` (an earlier meeting),
an addendum, a publication or posting date, a motion date, a deadline, a date without a year.
Every rule is anchored at a line start or on an announcing phrase, so dates in running text do
not count.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, NamedTuple

from ratsparse import vocab
from ratsparse.parser.tables import alternation
from ratsparse.text import Sentences, nominative, parse_date


class Candidate(NamedTuple):
    """A date a rule reads as the meeting's, and the stretch of the clean text that states it."""

    date: dt.date
    start: int
    end: int
    rule: str


# ---------------------------------------------------------------------------------------------
# Building blocks

_MONTHS: Final = alternation([m.capitalize() for m in vocab.MONTHS])
# 12.03.2024 | 12.03.24 | 12. 03. 2024 | 12. März 2024 (also wrapped after the day or the month)
# | 2024-03-12 (a date without a year never counts; a spaced one only with its four-digit year,
# as text.parse_date reads it)
_DATE: Final = (
    # (a full stop may end the sentence after it, not go on into a number: "am 17.10.2024.")
    r"(?:[0-9]{1,2}\.[0-9]{1,2}\.(?:[0-9]{4}|[0-9]{2})(?![0-9]|\.[0-9])"
    r"|[0-9]{1,2}\.[ ]?[0-9]{1,2}\.[ ]?[0-9]{4}(?![0-9]|\.[0-9])"
    # (a PDF's line broken after the month: "der 17. Sitzung des Gemeinderates vom 03.11." /
    # "2022")
    r"|[0-9]{1,2}\.[0-9]{1,2}\.[ ]*+\n[ ]*+[0-9]{4}(?![0-9]|\.[0-9])"
    rf"|[0-9]{{1,2}}\.(?:[ ]?|[ ]*+\n[ ]*+)(?:{_MONTHS})(?:[ ]+|[ ]*\n[ ]*)[0-9]{{4}}(?![0-9])"
    r"|[12][0-9]{3}-[01][0-9]-[0-3][0-9](?![0-9]))"
)
# Spaces, or a line break where an export wrapped the sentence; a run of words within one sentence
# and paragraph.
_GAP: Final = r"(?:[ ]+|[ ]*\n[ ]*)"
_GAP_OR_BLANK: Final = r"(?:[ ]+|[ ]*\n(?:[ ]*\n)?[ ]*)"


def _words(most: int, stop: str = ".:") -> str:
    return rf"(?:[^{stop}\n]|\n(?![ |]*\n)){{0,{most}}}?"


def _clause(most: int) -> str:
    """Up to ``most`` characters of one sentence, abbreviations in it (``Nr. 64``, ``Abs. 1``,
    ``i. V. m. Art. 23``): a full stop ends it only before a capital letter, and not after
    a small letter alone, an ordinal within the line (``1. Erweiterung``), a day before its
    month (``vom`` / ``3. März 2016``) or an abbreviation before a number's letters
    (``Beschluss-Nr. KT 0231/2022``, ``Az. SG 3``); no blank line."""
    return (
        rf"(?:[^.\n]|\.(?![ \n]+[A-ZÄÖÜ])|(?<=[ \n(][a-zäöü])\.|(?<= [0-9])\.|(?<= [0-9]{{2}})\."
        rf"|(?<=[0-9])\.(?=[ ]?(?:{_MONTHS})\b)|{_ABBREVIATED}\.|\n(?![ |]*\n))"
        rf"{{0,{most}}}?"
    )


# (each its own look-behind: Python's are of one width)
_ABBREVIATED: Final = (
    # (and a gazette's: "(BGBl. I S. 3634)", "GVBl. LSA")
    "(?:" + "|".join(f"(?<={a})" for a in ("Nr", "Az", "Abs", "Art", "Ziff", "Bl")) + ")"
)


def _sentence_over_blank(most: int) -> str:
    """As :func:`_sentence`, across a blank line too: an invitation sets its date apart
    ("… findet am" / "" / "Mittwoch, dem 27. März 2024, um 16:00 Uhr" / "" / "im Saal … statt.")."""
    # (a full stop within a word, "a.d.Aisch", ends nothing, nor does an abbreviation's)
    return rf"(?:[^.\n]|(?<=[0-9])\.|\.(?![ \n])|{_ABBREVIATED}\.|\n){{0,{most}}}?"


def _sentence(most: int) -> str:
    """Up to ``most`` characters of one sentence: no full stop but an ordinal's ("die 2.
    Sitzung") or an abbreviation's ("(Sitzungs-Nr. AA/2024/04)"), no blank line."""
    return rf"(?:[^.\n]|(?<=[0-9])\.|{_ABBREVIATED}\.|\n(?![ |]*\n)){{0,{most}}}?"


# "Mi, " | "Donnerstag, dem " | "Dienstag, den " | "den "
_WEEKDAY: Final = (
    # (a press release's time of day: "am Dienstagabend, 12. März 2024")
    rf"(?:(?:{alternation(vocab.WEEKDAYS)})(?:abend|nachmittag|vormittag|morgen)?\.?,?[ \n]+"
    r"(?:den[ \n]+|dem[ \n]+)?|(?:den|dem)[ \n]+)"
)
# What may follow a meeting date in a title: the end of the line, punctuation, a time, a place
# ("im Rathaus", "in Plön"), the next capitalised word of a flattened header, a breadcrumb's
# next step (" > TOP 12"). Not a verb or an adjective: "am 25. Mai 2008 gewählten Kreistages",
# "vom 14.01.2021 wird genehmigt"; but the decisions it took: "… am 25. Januar 2024 gefassten
# Beschlüsse".
_TITLE_TAIL: Final = (
    # (or the next column after a gap: "Sitzung am Dienstag, 05. März 2024      lfd. Nr. 47")
    # (or a minutes' paragraph number in its column: "… vom 21. November 2023      § 143")
    # (or a form's boxes: "Sitzung des Kreistages am: 29.11.2023     ☒ öffentlich")
    r"(?=[ ]{2,}(?:[^\W\d_]|§[ ]?[0-9]|[☐☒☑□■\[])"
    # (or the parenthesis that holds the sitting: "(24. Sitzung – öffentlich – am 14.02.2024)")
    r"|[ ]*(?:\n|$|[,;:(.\-–—/>]|\)[ ]*(?:\n|$)|(?:um|ab|im|in|Beginn|gefassten)\b"
    r"|[0-9]{1,2}[:.][0-9]{2}"
    r"|[A-ZÄÖÜ]|(?:öffentlich|nichtöffentlich|nicht[ ]öffentlich)\b))"
)
# A word that names a sitting or a body ("Beiratssitzung", "Stadtverordnetenversammlung",
# "Gemeinderates", "Kreistages"); "Beratung" and "Rathaus" are neither.
_SITTING_OR_BODY: Final = re.compile(
    r"(?i:sitzung|tagung|versammlung|vertretung|ausschuss|beirat|bürgerschaft|gremium|kreistag"
    r"|rat(?:e?s)?\b|räte)"
    # (a Versammlung's short name: "Beschluss der BVV vom 17.04.2024", StVV, SVV; a
    # Gemeindevertretung's or Gemeinderat's: "Protokollauszug" / "GV am Do., 21.03.24, …")
    r"|\b(?:BVV|StVV|SVV|GV|GR)\b"
)
_CONNECTED_DATE: Final = re.compile(
    # (not an earlier decision's: "… gemäß Stadtratsbeschluss vom 24.07.2019")
    rf"(?:\b(?<!eschluss )(?:am|vom):?[ \n]+{_WEEKDAY}?"
    # (or a comma and the weekday: "23. Sitzung der Bezirksvertretung Ehrenfeld, Montag,
    # 18.09.2023, 17:00 Uhr"; or a column's gap or a dash: "Öffentliche Sitzung   Donnerstag,
    # 25.05.2023, 17:00 Uhr", "8. Sitzung - Mittwoch, 04.12.2024 - Kreistagssaal")
    rf"|(?:,[ ]+|[ ]{{3,}}|[ ]+[-–—][ ]+)(?={alternation(vocab.WEEKDAYS)}){_WEEKDAY}"
    # (or a comma and the date, the item of that sitting after it: "Sitzung des Gemeinderats,
    # 26.11.2024, TOP Ö 5")
    # (or the record after a dash: "13. Sitzung, 22.05.2025 – Niederschrift (Auszug)")
    rf"|,[ ]+(?={_DATE}(?:,[ ]+(?:TOP|Tagesordnungspunkt)[ ]"
    r"|[ ]+[–—-][ ]+(?:Niederschrift|Protokoll|Auszug|Beschlussauszug)\b)))"
    rf"(?P<date>{_DATE}){_TITLE_TAIL}"
)
# ... a title in a cell of its own, its date before the cell's border ("Gemeindevertretung X |
# Sitzung am 28.05.2024 | TOP Ö 8"; a line's first cell may be a page's title a mirror added)
# (or right after the sitting's word: "Rat der Stadt X | Sitzung 24. Sep. 2024 | 17:00 Uhr")
_DATE_IN_CELL: Final = re.compile(
    rf"(?:\b(?:am|vom):?[ ]+|(?<=[Ss]itzung)[ ]+|(?<=Tagung)[ ]+)"
    rf"{_WEEKDAY}?(?P<date>{_DATE})(?=[ ]*[|·•])"
)
# ... or in the next cell of a title line (``14. Tagung  |  Donnerstag, 15. Juni 2023  |  17:30
# Uhr``, ``Öffentliche Sitzung · Donnerstag, 12. Oktober 2023 · Sitzungssaal``)
_CELL_AFTER: Final = re.compile(
    rf"[ ]*[|·•][ ]*{_WEEKDAY}?(?P<date>{_DATE})(?=[ ]*(?:\n|$|[|·•,;]))"
)
# A page's number after a running head's date, in its own column ("…  19.03.2024      - 4 -",
# "… – öffentlicher Teil      Seite 11 von 19")
_PAGE_TAIL: Final = (
    r"(?:[ ]{2,}(?:-[ ]?[0-9]{1,3}[ ]?-|Seite[ ]+[0-9]{1,3}(?:[ ]+von[ ]+[0-9]{1,3})?))?"
)
# ... or whether the sitting was public ("Sitzung Gemeinderat – Mi., 17.04.2024 – öffentlich")
# (also "… 13.05.2024, öffentliche Sitzung", "… 14.3.2024 - öffentliche Sitzung -
# Tagesordnungspunkt 8")
_PUBLIC_TAIL: Final = (
    # (or one space before the sitting's kind, its cell glued on: "… Sitzung am 20.06.2024
    # Öffentliche Sitzung")
    r"(?:(?:[ ]*[,–—-][ ]*|[ ]{2,}|[ ](?=(?:[Öö]ffentliche|[Nn]ichtöffentliche)[ ]+Sitzung))"
    r"(?:[Öö]ffentlich|[Nn]ichtöffentlich|[Nn]icht öffentlich)"
    r"(?:er[ ]+Teil|e[ ]+Sitzung)?"
    r"(?:(?:[ ]*[,–-][ ]*|[ ]{2,})(?:Tagesordnungspunkt|TOP)[ ]*(?:[ÖN][ ]?)?[0-9]{1,3}"
    r"(?:\.[0-9]{1,2})*)?)?"
)
# ... or the item's number in a column after it ("Sitzung der Stadtverordnetenversammlung
# 22.02.2024   TOP Ö 17")
_ITEM_TAIL: Final = (
    # (after a dash too: "Auszug  -  Sitzung der Gemeindevertretung  16.11.2023  -  TOP Ö 9")
    # (or a bar: "Öffentliche Sitzung vom 14. März 2024 | TOP Ö 7"; the part after the number:
    # "- 25.11.2021 - TOP 9 ö")
    r"(?:(?:[ ]{2,}|[ ]+[-–—][ ]+|[ ]*\|[ ]*)(?:TOP|Tagesordnungspunkt)[ ]*(?:[ÖN][ ]?)?[0-9]{1,3}"
    r"(?:\.[0-9]{1,2})*(?:[ ](?:ö|Ö|nö|NÖ|n|N))?)?"
)
_LINE_END_DATE: Final = re.compile(
    # (a result's heading ends in a colon: "Beratungsergebnis Bezirksvertretung Mitte, 20.06.2024:")
    rf"[ ,](?P<date>{_DATE}){_PUBLIC_TAIL}{_PAGE_TAIL}{_ITEM_TAIL}[ ]*+(?::[ ]*+)?$"
)
# A title's date on a line of its own, with its weekday and time ("Mittwoch, 12.03.2025, 18 Uhr")
# or place ("Mittwoch, 04.12.2024, Kulturhaus Aue, Großer Saal") or whether it was public
# ("21.05.2024 - öffentlich", "Montag, 17. Juni 2024 · öffentlich")
_DATE_ALONE: Final = re.compile(
    rf"^[ |]*{_WEEKDAY}?(?P<date>{_DATE})"
    r"(?:[ ]*[,|]?[ ]*(?:um[ ]+)?[0-9]{1,2}[:.][0-9]{2}[^\n]*"
    r"|[ ]*,[ ]*[A-ZÄÖÜ][^\n]*"
    r"|[ ]*[-–,·•][ ]*(?i:öffentlich|nichtöffentlich|nicht[ ]öffentlich)[^\n]*)?"
    r"[ |]*$",
    re.MULTILINE,
)


def _date_of(m: re.Match[str], group: str = "date") -> dt.date | None:
    """The date a match names (a date wrapped at its space: "20. August" / "2009")."""
    return parse_date(" ".join(m.group(group).split()))


def _candidate(m: re.Match[str], rule: str) -> Candidate | None:
    date = _date_of(m)
    return None if date is None else Candidate(date, m.start(), m.end("date"), rule)


def _matches(pattern: re.Pattern[str], text: str, rule: str) -> Iterator[Candidate]:
    """A candidate of ``rule`` for each match of ``pattern`` in ``text`` whose date is one."""
    for m in pattern.finditer(text):
        if (found := _candidate(m, rule)) is not None:
            yield found


# ---------------------------------------------------------------------------------------------
# 1. Titles of minutes and reports, possibly wrapped over a few lines:
#    "Niederschrift / über die 2. Sitzung der Bezirksvertretung Innenstadt-West / am 25.11.2009",
#    "Aus der Gemeinderatssitzung vom 6. November 2014", "Sitzung am 25.07.2022 um 19:00 Uhr",
#    "über die Sitzung des Gemeinderates …, am Donnerstag, dem 14.09.2023, um 19:00 Uhr",
#    "Protokoll der Sitzung Beirat Hemelingen 17.02.2021". The title word opens a line;
#    "Genehmigung der Niederschrift über die Sitzung vom …" (an earlier meeting) does not.

_CRUMB: Final = r"(?:[^\n>›»]{1,60}[ ][>›»][ ]+)"
"""One step of a web page's breadcrumb (``Sitzungskalender > ``, ``Politik › ``)."""

_AUTHORITY: Final = (
    r"(?:Stadt|Gemeinde|Markt|Landkreis|Kreis|Amt|Samtgemeinde|Verbandsgemeinde|Ortsgemeinde"
    r"|Hansestadt)"
)
"""The word for the authority before its name in a letterhead or a print's head (``Stadt
Ochtrup``, ``Amt Hüttener Berge``)."""
_TITLE_START: Final = re.compile(
    # a bullet before it, as a web page's list gives it ("• Sitzung des Rates am …"); the town
    # before it in a running head ("Stadt Marienhafen – Niederschrift Bauausschuss 19.03.2024");
    # a letterhead's place and date glued on by a PDF export ("München, den 14.04.2021 Protokoll
    # der …")
    # a web page's breadcrumb ("Sitzungsdienst > Landschaftsausschuss > Sitzung vom 07.02.2024 >
    # TOP 12")
    # the item's number in the sitting before it ("Ö 9.3 Auszug aus der 34. Sitzung der BVV …")
    # a sitting in parentheses under a gazette's heading ("(Sitzung vom 10.09.2024)"), or the
    # record a text was taken from, below it ("(Aus der Niederschrift der … Sitzung … vom …)")
    # a print view's label ("Druckansicht – Sitzung des Gemeinderats, 26.11.2024, TOP Ö 5")
    # the item's number before the sitting in parentheses ("Tagesordnungspunkt 7 (18. Sitzung des
    # Ausschusses am 13.05.2024)")
    rf"^[ ]*(?:[•*][ ]+|(?:(?:TOP|Tagesordnungspunkt)[ ]+\d{{1,3}}(?:\.\d{{1,3}})*[ ]+)?"
    r"\((?=(?:\d{1,3}\.[ ]+)?Sitzung[ ]|Aus[ ]+de[rm][ ]|Auszug[ ])"
    # a book of decisions' head ("Beschlussbuch – Sitzung 4/2030 vom 15.05.2030 (öffentlich)")
    # a web page's title after the system's name ("Ratsinformationssystem – Sitzung des
    # Stadtrates am 12.12.2030")
    rf"|{_CRUMB}{{1,5}}|(?:Druck(?:ansicht|version)|Beschlussbuch|Sitzungsbuch"
    r"|(?:Rats|Bürger|Kreistags)info(?:rmationssystem)?|Sitzungsdienst)[ ]+[–—-][ ]+"
    # a question's addressee with the sitting it is for ("An den Stadtbezirksrat Nord (zur
    # Sitzung am 21.11.2030)")
    r"|An[ ]+(?:den|die|das)[ ]+[^\n()]{1,80}?[ ]+\((?=zur[ ]+Sitzung[ ])"
    # the agenda's part before the sitting's ordinal (Frankfurt: "Tagesordnung I, 34. Sitzung am
    # 14.03.2024")
    r"|Tagesordnung[ ]+[IVX]{1,4},[ ]+(?=[0-9]{1,3}\.[ ]+Sitzung\b)"
    rf"|(?:TOP[ ]+)?(?:Ö|NÖ|N)[ ]?\d{{1,3}}(?:\.\d{{1,3}})*[ ]+)?"
    rf"(?:[A-ZÄÖÜ][\w.-]*(?:[ ][\w.-]+){{0,3}},[ ]den[ ]{_DATE}[ ]+"
    # (and the body: "Stadt Ebern - Stadtrat - Niederschrift öffentlicher Teil - 29.01.2024")
    rf"|{_AUTHORITY}[ ][\w.-]+(?:[ ][\w.-]+)?[ ][–—-][ ]"
    r"(?:[A-ZÄÖÜ][\w-]*(?:rat|tag|ausschuss|vertretung|versammlung)[ ][–—-][ ])?"
    # (or the letterhead run into the title by a PDF's text layer: "Rat der Stadt Hückelhoven
    # Niederschrift über die 14. Sitzung …")
    rf"|(?:[A-ZÄÖÜ][\w-]*[ ](?:der|des)[ ])?{_AUTHORITY}[ ][\w.-]+"
    r"(?:[ ][\w.-]+)?[ ](?=(?:Niederschrift|Protokoll)[ ])"
    # (the town's name alone, as a town's news page puts it: "Oftersheim - Aus der
    # Gemeinderatssitzung vom 18. Juli 2024")
    r"|[A-ZÄÖÜ][\w.-]+(?:[ ][A-ZÄÖÜ][\w.-]+)?[ ][–—-][ ](?=Aus[ ]+der\b)"
    # (or a head's parts between dashes before the sitting's ordinal: "BVV Mitte von Berlin – 29.
    # ordentliche Sitzung – 20.06.2024", "Stadtbürgerschaft – 21. Wahlperiode – 18. Sitzung am …")
    r"|(?:[A-ZÄÖÜ0-9][^\n–—|]{1,60}?[ ][–—][ ]){1,2}"
    r"(?=[0-9]{1,3}\.[ ]+(?:[a-zäöüß]+[ ]+)?(?:Sitzung|Tagung)\b)"
    # ... or the body ("Ortsrat Rethen - Niederschrift über die 9. Sitzung am 17.04.2024")
    # (its adjective before it: "Technischer Ausschuss – öffentliche Sitzung am 08.10.2024")
    r"|(?:[A-ZÄÖÜ][\w-]*[ ])?(?:[A-ZÄÖÜ][\w-]*(?:rat|tag|ausschuss|beirat|vertretung|versammlung)"
    r"|Ausschuss|Rat|Beirat)(?:[ ][\w.-]+){0,3}[ ][–—-][ ])?(?:"
    # (the sitting's kind before it: "Öffentliche Niederschrift (Auszug) über die Sitzung vom …")
    r"(?:(?:[Öö]ffentliche|[Nn]ichtöffentliche)[ ]+)?(?i:niederschrift|protokoll)\b(?![ ]*:)"
    # a compound of either ("Sitzungsniederschrift", "Ergebnisprotokoll", "Festlegungsprotokoll")
    # (not ALLRIS's tab "Wortprotokoll" alone on its line, over the item's text)
    r"|(?!Wortprotokoll[ ]*$)[A-ZÄÖÜ][a-zäöüß]+(?:niederschrift|protokoll)\b(?![ ]*:)"
    # an excerpt of the minutes, as a council's decision is sent on: "Auszug aus der Niederschrift
    # über die Sitzung …", "Protokollauszug", "Beschlussauszug aus der Sitzung … vom"
    r"|Auszug(?=[ \n]+(?:aus[ \n]+(?:der|dem)|Niederschrift|Protokoll)\b"
    # (or the sitting after a dash: "Auszug  -  Sitzung der Gemeindevertretung  16.11.2023  -
    # TOP Ö 9")
    r"|[ ]+[–—-][ ]+(?:[Öö]ffentliche[ ]+)?Sitzung[ ]+(?:des|der)\b)"
    # (any compound: "Beschlussbuchauszug", "Sitzungsbuchauszug")
    r"|(?:Protokoll|Niederschrifts?|Sitzungsniederschrifts?|Beschluss|Beschlussbuch|Sitzungsbuch)"
    r"(?:auszug|auszüge)\b"
    r"(?![ ]*:)"
    # (or a correction's line: "Berichtigung" / "zum Bericht aus der Gemeinderatssitzung vom …")
    r"|(?:[Zz]um[ ]+)?(?:Kurz|Sitzungs)?[Bb]ericht[ ]+(?:über|aus)\b"
    # what a sitting decided: "Beratungsergebnis der Sitzung des Stadtrates vom …",
    # "Beratungsergebnis im Ortsbeirat … am …:"; one decision sent on: "Beschluss des Beirates
    # … / aus der öffentlichen Sitzung am …" ("Mit Beschluss des Rates vom …" opens no line)
    # (a vote's: "Abstimmungsergebnis in der Sitzung der Stadtvertretung am 19.09.2024:")
    r"|(?:Beratungs|Sitzungs|Beschluss|Abstimmungs)?[Ee]rgebnis(?:se)?"
    r"(?=[ \n]+(?:der|des|aus|im|in[ ]+der)\b"
    # (or the body, then its sitting: "Beratungsergebnis Ausschuss für Planung, Bau und Umwelt,
    # Sitzung am 3.9.24:")
    r"|[ ]+[A-ZÄÖÜ][^\n:]{0,80}?,?[ ]+Sitzung[ ]+(?:am|vom)[ ]"
    # (or the body and its sitting's day: "Abstimmungsergebnis Schulverbandsversammlung am
    # 05.03.2024:"; in parentheses, :data:`_RESULT_IN_PARENS`)
    r"|[ ]+[A-ZÄÖÜ][^\n:()]{0,80}?[ ]+(?:am|vom)[ ]+[0-9]{1,2}\."
    # (or after a comma: "Beratungsergebnis Bezirksvertretung Münster-Mitte, 20.06.2024:")
    r"|[ ]+[A-ZÄÖÜ][^\n:(),]{0,80}?,[ ]+[0-9]{1,2}\.[ ]?[0-9]{1,2}\.[ ]?[0-9]{2,4}[ ]*:)"
    # (the Swiss word, and a pair: "Geschäfte und Resultate der Sitzung des GGR vom …")
    r"|(?:[A-ZÄÖÜ][a-zäöü]+[ ]+und[ ]+)?Resultate?(?=[ \n]+(?:der|des|aus|im)\b)"
    r"|Unterrichtung[ ]+über\b"
    # a sitting's report, or the list of its decisions: "Sitzungsbericht des Ortschaftsrates …
    # – öffentliche Sitzung vom 10.10.24", "Beschlussliste über die öffentliche Sitzung des
    # Rates … am 10. Dezember 2024", "Beschlussübersicht zur Sitzung am 11. Juli 2024"
    r"|Sitzungsbericht(?=[ ]+(?:des|der|vom|über|aus)\b)"
    # (its words on the line below: "Beschlussübersicht" / "der 28. Tagung der BVV Pankow")
    r"|(?:Beschluss|Ergebnis)(?:liste|übersicht)(?=[ ]*+\n?[ ]*+(?:über|zur|der|des|aus|vom)\b)"
    # a question time's own page: "Fragestunde der Stadtverordnetenversammlung am 11. November 2024"
    r"|(?:Einwohner|Bürger)?[Ff]ragestunde(?=[ ]+(?:der|des)\b)"
    # a gazette's: "Bekanntmachung der Beschlüsse des Kreistages … aus seiner Sitzung am …"
    r"|(?:(?:Öffentliche|Amtliche)[ ]+)?Bekanntmachung(?=[ \n]+(?:der|über[ \n]+die|von)[ \n]+"
    r"(?:Beschlüssen?|Sitzung|öffentlichen|in[ ]+der)\b)"
    # (or "Bekanntgabe der Beschlüsse des Gemeinderates" / "aus der öffentlichen Sitzung vom …")
    # (not "Bekanntgabe von Beschlüssen aus nichtöffentlicher Sitzung", an item of minutes)
    r"|Bekanntgabe(?=[ \n]+der[ \n]+Beschlüsse\b)"
    # a gazette's or a BVV's list of a sitting's decisions: "1. Beschlüsse des Kreistages aus
    # der öffentlichen Sitzung vom 09.07.2024", "Beschlüsse und Abstimmungsergebnisse der 31.
    # Tagung" (over "Donnerstag, 14. März 2024, …")
    # (or a BVV's overview of them: "Übersicht der gefassten Beschlüsse" / "der 27. öffentlichen
    # Sitzung der Bezirksverordnetenversammlung" / "am Mittwoch, 20. März 2024")
    r"|(?:[0-9]{1,2}\.[ ]+|Übersicht[ ]+(?:der|über[ ]+die)[ ]+(?:gefassten[ ]+)?)?Beschlüsse"
    r"(?:[ ]+und[ ]+Abstimmungsergebnisse)?"
    r"(?=[ ]+(?:des|der)[ ]+[\w.-]+(?:[ ]+[\w.-]+)?[ ]+(?:aus[ ]+der|Tagung|Sitzung)\b"
    r"|[ \n]+der[ ]+[0-9]{1,3}\.[ ]+(?:(?:öffentlichen|nichtöffentlichen)[ ]+)?"
    r"(?:Tagung|Sitzung)\b)"
    r"|Einladung(?=[ \n]+zur\b)"
    # a paper's page that names the sitting dealing with it: "Bekanntgabe in der Sitzung des
    # Ausschusses für Arbeit und Wirtschaft vom 12.03.2024" (München), "Beantwortung in der
    # Sitzung des Kreistages am 27.06.2024"
    # (who answers between: "Beantwortung durch das Bezirksamt in der Sitzung der
    # Bezirksverordnetenversammlung am 21. Februar 2024")
    r"|(?:Bekanntgabe|Beantwortung|Behandlung)(?=(?:[ ]+durch[ ]+(?:das|den|die)[ ]+[\w-]+)?"
    r"[ ]+in[ ]+der[ ]+(?:\w+[ ]+)?Sitzung\b"
    # (a question's field: "Beantwortung:   mündlich in der Sitzung des Stadtrates am …",
    # "Beantwortung in: Stadtverordnetenversammlung, Fragestunde am 27.08.2024")
    r"|[ ]*:[ ]*(?:(?:mündlich|schriftlich)[ ]+)?in[ ]+der[ ]+(?:\w+[ ]+)?Sitzung\b"
    r"|[ ]+in[ ]*:[ ]*[A-ZÄÖÜ][\w-]+(?:[ ][\w-]+){0,3},[ ]+(?:Fragestunde|Sitzung)\b)"
    # Erfurt's decision page: "Beschluss zur Drucksache 1876/23" / "der 38. Sitzung des …"
    r"|Beschluss(?=[ ]+zur[ ]+(?:Drucksache|Vorlage)\b"
    # (or alone over its sitting: "Beschluss" / "in der Sitzung des Stadtrates am 21. November
    # 2024")
    r"|[ ]*\n[ ]*in[ ]+der[ ]+(?:[a-zäöü]+[ ]+)?Sitzung[ ]+(?:des|der)\b)"
    # an invitation's or a question's sitting, its title word above it ("E i n l a d u n g" /
    # "zur 12. Sitzung des Ausschusses …" / "am Donnerstag, 18. April 2024")
    # (its kind in parentheses: "zur 1. (konstituierenden) Sitzung des Amtsausschusses")
    r"|[Zz]ur(?=[ ]+(?:[0-9]{1,2}\.[ ]+)?(?:\w+[ ]+|\(\w+\)[ ]+)?Sitzung\b)"
    # a paper's sitting: "Vorlage Nr. 21/1187 (S)" / "für die Sitzung der städtischen Deputation
    # … am 15.02.2024"
    # (or the paper's kind before it: "Sitzungsvorlage für die 14. Sitzung des Regionalrates am
    # 29. September 2023")
    # ("Sitzungsvorlage zur Sitzung des Gemeinderats am 22.07.2024 - TOP 9")
    # ("Vorlage zur Sitzung des Kreistages am 19.09.2024")
    r"|(?:(?:[A-ZÄÖÜ][a-zäöüß]*v|V)orlage[ ]+)?(?:[Ff]ür[ ]+die|(?<=orlage[ ])zur)"
    r"(?=[ ]+(?:[0-9]{1,2}\.[ ]+)?(?:\w+[ ]+)?Sitzung\b)"
    # an item's excerpt: "Tagesordnungspunkt 12 der 23. Sitzung des Ortsbeirates 7 am …"
    r"|Tagesordnungspunkt[ ]+[0-9]{1,3}(?:\.[0-9]{1,2})?(?=[ ]+der[ ]+(?:[0-9]{1,2}\.[ ]+)?"
    r"(?:\w+[ ]+)?Sitzung\b)"
    # where a paper was dealt with, or the sitting it is for: "Behandelt in der Sitzung des BA 18
    # am …", "Anfrage 0612/2023 der CDU-Fraktion zur Sitzung am …"
    r"|(?:[Bb]ehandelt|[Bb]eantwortet|Beratung)(?=[ ]+in[ ]+der[ ]+(?:\w+[ ]+)?Sitzung\b)"
    # (or the body that deliberates it: "Beratung im Ausschuss für Schule, Bildung und Kultur am
    # 25.11.2024, TOP 3")
    # (its date on its line: "Beratung im Ortsbeirat: 3, 4" lists bodies, and the line below
    # it may be another body's earlier sitting, "Vorberatung im Ausschuss … am 05.06.2023:")
    # ("Beratung im: Gemeinderat am 12.09.2024 (Kenntnisnahme)")
    r"|Beratung(?=[ ]+im:?[ ]+[A-ZÄÖÜ][^\n]{0,120}?[ ](?:am|vom)[ ])"
    # a paper's field of where it is dealt with: "Behandlung:  Rat der Stadt X, Sitzung am …"
    r"|(?:Behandlung|Beratung)[ ]*:(?=[^\n]{0,80}\bSitzung[ ]+(?:am|vom)\b)"
    # (or "für die Sitzung", or an item of it: "Änderungsantrag zu TOP 7 der Sitzung des
    # Stadtrates am 27.06.2024")
    # (an adjective before it: "Gemeinsamer Antrag zur Sitzung des Rates am 07.12.2023",
    # "Kleine Anfrage zur Sitzung …")
    r"|(?:[A-ZÄÖÜ][a-zäöüß]+(?:e|er|es)[ ]+(?=A))?"
    r"(?:Anfrage|(?:[A-ZÄÖÜ][a-zäöüß]*a|A)ntrag|Anregung|Mitteilung|Beantwortung|Antwort)\b"
    r"(?=[^\n]{0,80}[ ](?:zur|für[ ]+die|zu[ ]+TOP[ ]+[ÖN]?[ ]?[0-9]{1,3}(?:\.[0-9]{1,2})?[ ]+der)"
    r"[ ]+(?:\w+[ ]+)?Sitzung\b"
    # (an answer given in the sitting: "Antwort des Magistrats in der Sitzung der
    # Stadtverordnetenversammlung am 18. November 2024:")
    r"|(?<=Antwort)[^\n]{0,60}[ ]in[ ]+der[ ]+(?:\w+[ ]+)?Sitzung\b"
    # (or the body it is put to and the day, perhaps on the title's next line: "Anfrage der
    # CDU-Fraktion zum Sanierungsbedarf …" / "in der Ratsversammlung am 30.05.2024")
    r"|(?<=Anfrage)(?:[^\n]|\n(?![ ]*\n)){0,160}?[ \n](?:in[ ]+der|in[ ]+die|an[ ]+die)[ ]+"
    r"[A-ZÄÖÜ][\w-]*(?:versammlung|vertretung|rat|tag|ausschuss)[ ]+am[ ])"
    # (a question's or a paper's line of where it is dealt with: "zur Beantwortung in der Sitzung
    # der Stadtverordnetenversammlung am 07.12.2023")
    r"|[Zz]ur[ ]+(?:Beantwortung|Beratung|Behandlung|Kenntnisnahme|Entscheidung)"
    r"(?=[ ]+in[ ]+der[ ]+(?:\w+[ ]+)?Sitzung\b)"
    r"|Aus[ ]+(?:der|dem)\b"
    # (these three go on a title above them: "B E S C H L U S S A U S Z U G" / "aus der …")
    # (or the body's assembly: "P R O T O K O L L" / "der ordentlichen Verbandsversammlung am …")
    r"|(?P<over>[Üü]ber[ ]+(?:die|den)\b"
    r"|[Dd]er[ ]+(?:[\w.-]+[ ]+){0,2}[\w-]*(?:[Ss]itzung|[Vv]ersammlung|[Tt]agung)\b"
    r"|aus[ ]+(?:der|dem)\b"
    # (a decision's sheet: "B e s c h l u s s   Nr. 112-14/2023" / "des Gemeinderates der
    # Gemeinde …" / "gefasst in der öffentlichen Sitzung am …")
    r"|des[ ]+[A-ZÄÖÜ][\w-]*(?:rat|tag|ausschuss|versammlung|vertretung)(?:e?s)?\b)"
    # ("Magistratsbeschluss Nr. 412/2024" / "aus der Sitzung des Magistrats am …")
    r"|(?:Öffentliche[ ]+)?(?:[A-ZÄÖÜ][a-zäöüß]+b|B)eschl(?:üsse|u(?:ss|ß))"
    # ("Beschluss-Nr. GR/2024/117" / "aus der öffentlichen Sitzung des Gemeinderats vom …")
    r"(?:(?:[ ]+|-)Nr\.?[ ]*:?[ ]*[0-9A-Z][\w/.-]*)?"
    # ("Beschlüsse in Kurzform aus der öffentlichen Sitzung des Gemeinderates" / "vom …")
    r"(?:[ ]+(?:in[ ]+Kurzform|im[ ]+Überblick))?(?=[ \n]+(?:der|des|aus)\b)"
    r"|(?:[0-9]{1,2}\.[ ]+)?(?:(?:[Öö]ffentliche|[Nn]ichtöffentliche|[Kk]onstituierende"
    r"|[Aa]ußerordentliche|[Oo]rdentliche|[Gg]emeinsame)[ ]+)*(?:[A-ZÄÖÜ]?[\w-]*[Ss]itzung|Tagung)"
    r"\b(?![ ]*:)"
    # (the plenary's sitting in one word, after its body: "Stadtrat Landsberg – Plenum vom …")
    r"|(?<=[–—-][ ])Plenum(?=[ ]+(?:am|vom)[ ])"
    r")",
    re.MULTILINE,
)
_TITLE_LINES: Final = 5
# The same title in a letterhead's second column, after a gap of three spaces or more ("Gemeinde
# Musterhausen      Niederschrift vom 12.03.2025") or a cell's border ("Kreistag | Sitzung am
# Donnerstag, 28. September 2023 | Öffentliche Sitzung")
_TITLE_BESIDE: Final = re.compile(_TITLE_START.pattern.removeprefix("^"), re.MULTILINE)
_COLUMN_GAP: Final = re.compile(r"\S(?:[ ]{3,}+|[ ]*+[|·•][ ]*+)(?=\S)")


def _title_beside(text: str, at: int) -> re.Match[str] | None:
    """A title in a later column of the line at ``at``, one of its first few (a web page's
    head: "Stadt Hamm | Ratsinformationssystem | Rat der Stadt Hamm | Sitzung vom …")."""
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    for i, gap in zip(range(_COLUMNS_BESIDE), _COLUMN_GAP.finditer(text, at, end), strict=False):
        if i == 0 and _ITEM_NUMBER_CELL.fullmatch(text, at, gap.start() + 1):
            return None  # "2   Niederschrift über die Sitzung vom 26.11.2024": an agenda's line
        if title := _TITLE_BESIDE.match(text, gap.end()):
            return title
    return None


# (minutes' items: "zu TOP 3   Bekanntgabe der Beschlüsse aus der nichtöffentlichen Sitzung")
_ITEM_NUMBER_CELL: Final = re.compile(
    r"[ |]*(?:[Zz]u[ ]+)?(?:TOP[ ]*)?(?:[ÖN][ ]?)?\d{1,3}(?:\.\d{1,3})*[.)]?"
)


_COLUMNS_BESIDE: Final = 5
"""How many columns of a line :func:`_title_beside` looks into."""


_TITLE_CHARS: Final = 400
# A title ends before a label (``Tagesordnung:``) or a sentence end (not an abbreviated word of
# the sitting's kind: "Kurzprotokoll der öffentl. Sitzung vom 5.2.2025", "öff.", "ordentl.").
_TITLE_BREAK: Final = re.compile(
    r":[ ]*(?:\n|$)|[a-zäöüß]{3}\.(?<!ffentl\.)(?<!öff\.)(?<!rdentl\.)(?:[ ]|\n|$)"
)
# A line that cannot continue a title: an agenda item ("1 Genehmigung …", "2. Fragestunde",
# "TOP 3"), a paper's roman section, a label ("Anwesend:"), an agenda heading.
_NOT_TITLE: Final = re.compile(
    # (the sitting's ordinal is no agenda number: "Beschlussauszug" / "aus der" / "23. Sitzung der
    # Stadtverordnetenversammlung" / "vom 23.06.2022")
    rf"[ |]*(?!{_DATE})(?![0-9]{{1,3}}\.[ ]+(?:[\w-]+[ ]+)?(?:[\w-]*[Ss]itzung|Tagung)\b)(?:"
    r"[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]?(?:[ ]+[A-ZÄÖÜ]|[ |]*$)|TOP\b|[ÖN][ ]?[0-9]|§[ ]?[0-9]"
    # (the item's line of minutes: "Zu Punkt 7.2   Tempo 30 …", "Zu TOP 4")
    r"|Zu[ ]+(?:Punkt|TOP|Tagesordnungspunkt)[ ]+[ÖN]?[ ]?[0-9]"
    # (a paper's roman section: "I. Vortrag der Referentin")
    r"|[IVX]{1,4}\.[ ]+[A-ZÄÖÜ]"
    # (not the sitting's own number under its title: "Öffentliche Sitzung des Rates" /
    # "Sitzung: R/03/2025" / "am 20.02.2025 im Ratssaal")
    r"|(?!Sitzung[ ]*:[ ]*[A-Z]{1,4}/)[A-ZÄÖÜ][\w./-]*(?:[ ][\w./-]+)?[ ]*:|Tagesordnung\b"
    # (a paper's line: "Antrag der SPD-Fraktion … vom 19.06.2023", its date the paper's)
    r"|(?:Antrag|Anfrage|Anregung|Beschlussvorlage|Vorlage|Drucksache|Mitteilung)\b)"
)


# A decision's number alone on its line between its sheet's title and the sitting ("Beschluss
# der Stadtverordnetenversammlung" / "§ 3847" / "aus der 26. Plenarsitzung vom 21.09.2023",
# "Beschluss" / "Nr. 112/2024" / "aus der Sitzung des Gemeinderates vom …")
_NUMBER_ALONE: Final = re.compile(r"(?:§|Nr\.|Beschluss-?Nr\.?[ ]*:?)[ ]*[0-9][\w/.-]{0,20}")


def _title_block(text: str, start: int) -> str:
    """The title that opens at ``start``: its line and the next few non-blank lines that may
    continue it."""
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    seen = 1
    limit = min(len(text), start + _TITLE_CHARS)
    while seen < _TITLE_LINES and end < limit:
        line_start = end + 1
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end == -1 else line_end
        line = text[line_start:line_end]
        if not line.strip(" |"):
            end = line_end
            continue  # a blank line does not count
        if _NUMBER_ALONE.fullmatch(line.strip(" |")):
            # nor the decision's number ("Beschluss des Stadtrates" / "Beschluss-Nr.: 0213/24" /
            # "gefasst in der öffentlichen Sitzung des Stadtrates am 30. Oktober 2024")
            end = line_end
            continue
        if _NOT_TITLE.match(line):
            break
        end, seen = line_end, seen + 1
    return text[start:end]


def _previous_line(text: str, start: int) -> str:
    """The last non-blank line before ``start`` ("" at the start of the text)."""
    return text[max(0, start - 200) : start].rstrip(" |\n").rsplit("\n", 1)[-1].strip(" |")


# Lines before a title that make it something else:
# - an agenda number alone ("1." / "Protokoll der Sitzung am 18.03.2021" names an agenda item,
#   the minutes of an earlier meeting; a bare "1" is a page number);
# - running text that breaks off ("Die Stellungnahmen wurden in der" / "Sitzung am 14.11.2024 …").
_AGENDA_NUMBER: Final = re.compile(
    r"(?:(?:TOP|Tagesordnungspunkt|Punkt)[ ]*|[ÖN][ ]?)[0-9]{1,2}(?:\.[0-9]{1,2})*[.)]?"
    r"|[0-9]{1,2}(?:\.[0-9]{1,2})+\.?|[0-9]{1,2}[.)]"
)
_PROSE_GOES_ON: Final = re.compile(
    r"(?:^|[ ])(?:der|die|das|den|dem|des|zur|zum|in|im|an|am|auf|bei|mit|von|vom|für|über"
    r"|nach|bis|und|oder|wurde|wurden|ist|sind|hat|haben"
    # (a sitting's kind before its noun: "Ö 1  Genehmigung der Niederschrift über die öffentliche"
    # / "Sitzung vom 25.07.2024")
    r"|(?:nicht)?öffentlichen?"
    # (a reference to an earlier decision wrapped after its cue: "… (vgl." / "Beschluss der
    # Vollversammlung vom 27.07.2022, …)")
    r"|\(?vgl\.|\(?siehe)$"
)


def breaks_off_above(text: str, start: int) -> bool:
    """Whether the line right above the line of ``start`` (no blank line between) breaks off
    mid-phrase (:data:`_PROSE_GOES_ON`): the line of ``start`` goes on its sentence ("Ö 1
    Genehmigung der Niederschrift über die öffentliche" / "Sitzung vom 25.07.2024")."""
    line = text.rfind("\n", 0, start)
    if line <= 0:
        return False
    above = text[max(0, text.rfind("\n", 0, line) + 1, line - 200) : line].rstrip(" |")
    return bool(above.strip()) and _PROSE_GOES_ON.search(above) is not None


# "über die Sitzung …" opens a title only under its title word ("Niederschrift", also letter-
# spaced: "N i e d e r s c h r i f t") or as the text's first line.
_TITLE_SIGNS: Final = re.compile(r"[ ()–-]")
_TITLE_WORDS: Final = frozenset(
    {"niederschrift", "protokoll", "sitzungsniederschrift", "ergebnisniederschrift"}
    | {"ergebnisprotokoll", "kurzbericht", "bericht", "sitzungsbericht", "unterrichtung"}
    | {"auszug", "protokollauszug", "niederschriftsauszug", "beschlussauszug"}
    # (a decision's own sheet: "B e s c h l u s s" / "der 19. Sitzung des Stadtrates … am …";
    # its certified copy, "B e s c h l u s s a u s f e r t i g u n g" / "aus der 31. Sitzung …")
    | {"beschluss", "beschlussausfertigung", "ausfertigung"}
)


# (also hyphened, with a colon and the body's letters: "Beschluss-Nr.: GR 112/17/2024")
_RECORD_NUMBER_AFTER: Final = re.compile(
    r"(?:[ ]+|-)Nr\.?[ ]*:?[ ]*(?:[A-ZÄÖÜ]{1,5}[ ]?)?[0-9][\w/.-]{0,20}[ ]*$"
)
_SPACED_NUMBER_AFTER: Final = re.compile(r"nr\.?[0-9][0-9/.()-]{0,30}$")


def _title_word(line: str) -> bool:
    """Whether ``line`` is a title word alone, also letter-spaced or compound ("F E S T L E G U N
    G S P R O T O K O L L"), or two of them ("N i e d e r s c h r i f t  (Auszug)", "N i e d e r
    s c h r i f t  -  A u s z u g")."""
    # (the record's number after it: "B e s c h l u s s   Nr. 112-14/2023", "P r o t o k o l l
    # N r .   9   ( 2 0 2 3 - 2 0 2 7 )")
    line = _RECORD_NUMBER_AFTER.sub("", line)
    word = _TITLE_SIGNS.sub("", line).casefold()
    word = _SPACED_NUMBER_AFTER.sub("", word)
    compound = word.isalpha() and word.endswith(("protokoll", "niederschrift", "auszug"))
    if word in _TITLE_WORDS or compound:
        return True
    # ... or the title word with whose record it is, or whom it tells ("Niederschrift des
    # Gemeinderates" / "über die Sitzung vom …", "Unterrichtung der Einwohnerinnen und
    # Einwohner" / "über die öffentliche Sitzung …")
    addressed = _TITLE_OF.fullmatch(line.strip())
    return addressed is not None and addressed.group(1).casefold() in _TITLE_WORDS


_TITLE_OF: Final = re.compile(
    r"([A-ZÄÖÜ][a-zäöüß]+)[ ]+(?:der|des|für[ ]+die)[ ]+[^\n.:;0-9]{2,80}"
)


def _opens_title(text: str, title: re.Match[str], *, after_title: bool) -> bool:
    before = _previous_line(text, title.start())
    if _NUMBER_ALONE.fullmatch(before):  # the title above the decision's number
        above = text.rfind(before, max(0, title.start() - 200), title.start())
        if _title_word(_previous_line(text, above)):
            return True
    if _title_word(before):
        return True
    if _AGENDA_NUMBER.fullmatch(before) or _PROSE_GOES_ON.search(before):
        return False
    # below the document's title, one under an agenda item's line ("5. Drucksache Nr.: V/633" /
    # "Niederschrift der Sitzung … vom 19.05.10") names what the item deals with: an earlier
    # meeting's minutes (above the title, the agenda's lines are the agenda's)
    number = _AGENDA_NUMBER.match(before)
    if after_title and number is not None and before[number.end() : number.end() + 1] == " ":
        return False
    return title.group("over") is None or not before


def _title_in_cell(text: str, at: int) -> re.Match[str] | None:
    """A title in the first cell of a table's row that opens at ``at`` (``| aus der öffentlichen
    Sitzung des Stadtrates vom 29.05.2024 |  |``), or None."""
    cell = _CELL_START.match(text, at)
    if cell is None:
        return None
    # (its date in the cell: not a row of column heads, "| Sitzung | Datum | TOP |")
    line_end = text.find("\n", cell.end())
    cell_end = text.find("|", cell.end(), line_end if line_end >= 0 else len(text))
    if _DATE_LIKE.search(text, cell.end(), cell_end if cell_end >= 0 else line_end) is None:
        return None
    return _TITLE_BESIDE.match(text, cell.end())


_CELL_START: Final = re.compile(r"[ ]*\|[ ]*(?=[^\s|])")


def _title_starts(text: str) -> list[re.Match[str]]:
    """Where titles open that may hold a date: a title is sought from its date up (a text has
    few dates and many lines), on the date's line and the few non-blank lines above it."""
    found: dict[int, re.Match[str] | None] = {}
    for date in _DATE_LIKE.finditer(text):
        at = text.rfind("\n", 0, date.start()) + 1
        lines = 0
        while lines < _TITLE_LINES and date.start() - at <= _TITLE_CHARS:
            if at not in found:
                found[at] = (
                    _TITLE_START.match(text, at)
                    or _title_in_cell(text, at)
                    or _title_beside(text, at)
                )
            if at == 0:
                break
            above = text.rfind("\n", 0, at - 1) + 1
            if text[above : at - 1].strip(" |"):
                lines += 1
            at = above
    return [m for _, m in sorted(found.items()) if m is not None]


_MINUTES_OF: Final = re.compile(
    r"[ ]*(?:(?:Sitzungs|Ergebnis)?[Nn]iederschrift|(?:Ergebnis|Sitzungs)?[Pp]rotokoll|"
    r"NIEDERSCHRIFT|PROTOKOLL)(?=[ ]+(?:vom|am)[ ]"
    # a running foot with the body's short name: "Niederschrift HFA 07.11.2024    Seite 5 von 9"
    r"|[ ]+[A-ZÄÖÜ][A-Za-zÄÖÜ]{1,5}[ ]+[0-9])"
)


_COLUMN_HEADS: Final = re.compile(
    rf"[ |]*(?:{vocab.COURSE_COLUMN_HEAD})"
    rf"(?:(?:[ ]{{2,}}|[ ]*\|[ ]*)(?:{vocab.COURSE_COLUMN_HEAD}))+[ |]*"
)
"""A line of a Beratungsfolge's column heads alone (``Sitzung          Ergebnis``)."""
_SEQUENCE_BESIDE: Final = re.compile(r"Beratungs(?:reihen)?folge")


def _titles(text: str) -> Iterator[Candidate]:
    read_to = 0  # a title's own lines ("über die …" under "Niederschrift") open none of their own
    for title in _title_starts(text):
        if title.start() < read_to or not _opens_title(text, title, after_title=read_to > 0):
            continue
        block = _title_block(text, title.start())
        if _COLUMN_HEADS.fullmatch(block.split("\n", 1)[0]) and _SEQUENCE_BESIDE.search(
            text, text.rfind("\n", 0, title.start()) + 1, title.start()
        ):
            # a Beratungsfolge's heads beside its label ("Beratungsfolge     Sitzung     Ergebnis"
            # over "Rat   21.03.2024"): its rows are read as such
            continue
        # a sitting or a body named, or the minutes dated at once ("Niederschrift vom …")
        # (the first: "Auszug aus der Niederschrift vom …" over "Öffentliche Sitzung")
        found = [m for m in (_SITTING_OR_BODY.search(block), _MINUTES_OF.search(block)) if m]
        if not found:
            continue
        named = min(found, key=lambda m: m.start())
        first_line = block.split("\n", 1)[0]
        ends = _LINE_END_DATE.search(first_line)
        beside = bool(text[text.rfind("\n", 0, title.start()) + 1 : title.start()].strip())
        # a title beside another cell: its date before its cell's border, on its line
        dated = _DATE_IN_CELL.search(first_line, named.start()) if beside else None
        if dated is None:
            dated = _CONNECTED_DATE.search(block, named.start())
        if dated is None:  # "Öffentliche Sitzung · Donnerstag, 12. Oktober 2023 · Saal 2"
            # (also after the body: "3. Sitzung des Kreistages · Mittwoch, 18. September 2024")
            dated = _CELL_AFTER.search(block, named.end(), len(first_line))
        if dated is None:  # "Sitzung des Sozialausschusses" / "12.03.2025": its own line
            dated = _DATE_ALONE.search(block, named.end())
        if (
            ends is not None
            and ends.start() > named.start()
            and (dated is None or ends.start() < dated.start())
        ):
            dated = ends
        if dated is None or _TITLE_BREAK.search(block, 0, dated.start()):
            continue
        date = _date_of(dated)
        if date is not None:  # the whole title, up to its date
            start = title.start() + len(title.group()) - len(title.group().lstrip())
            read_to = title.start() + dated.end("date")
            yield Candidate(date, start, read_to, "title")
    if "rgebnis" in text or "Beschlu" in text or "rotokoll" in text:
        yield from _matches(_RESULT_IN_PARENS, text, "title")


_RESULT_WORD: Final = r"[ |]*(?:Beratungs|Abstimmungs)?[Ee]rgebnis"
"""The word that heads the result a text shows, at its line's start (``Abstimmungsergebnis``)."""
_RESULT_IN_PARENS: Final = re.compile(
    rf"^(?:{_RESULT_WORD}|[ |]*Beschlu(?:ss|ß)|[ |]*(?:Wort|Ergebnis|Kurz)?[Pp]rotokoll)[ ]*:?[ ]*"
    r"\([ ]*[A-ZÄÖÜ][^\n:()]{2,80}?(?:[ ]+am[ ]+|,[ ]+)"
    rf"{_WEEKDAY}?(?P<date>{_DATE})[ ]*\)[ ]*:?[ ]*$",
    re.MULTILINE,
)
"""A result's heading that names the body and its sitting's day in parentheses
(``Abstimmungsergebnis (Schulverbandsversammlung am 05.03.2024):``, ``Beschluss: (Sitzung des
Bauausschusses am 05.09.2023)``), or the record's (``Wortprotokoll (Werkausschuss,
26.11.2024):``), a title of its own."""


# A resolution's own record, numbered, opening a line: "Beschluß 100/08 vom 29.10.2008",
# "Beschluss Nr. 2024/117 vom 12.03.2024" (a mirror of a council's resolutions, a Beschlussbuch).
# Without its number, "Beschluss vom …" cites an earlier decision in a sentence, and is no title.
_RECORD: Final = re.compile(
    rf"^[ ]*Beschlu(?:ss|ß)[ ]+(?:Nr\.[ ]*)?[\w./-]*[0-9][\w./-]*[ ]+vom[ ]+(?P<date>{_DATE})",
    re.MULTILINE,
)


SITTING_NUMBER: Final = r"[A-ZÄÖÜ][\w-]{0,9}(?:/\w{1,6}){1,3}"
"""A sitting's number as a RIS writes it (``GR/2025/04``, ``SVV/031/2025``): no paper's."""
# ... or the sitting's own line, its number first ("SVV/031/2025 – 31. Sitzung – Donnerstag, 29.
# Januar 2025")
_SITTING_NUMBER_LINE: Final = re.compile(
    rf"^[ ]*{SITTING_NUMBER}[ ]+[-–][ ]+(?:[0-9]{{1,3}}\.[ ]+)?"
    r"(?:(?:[Öö]ffentliche|[Nn]ichtöffentliche)[ ]+)?Sitzung[ ]*[-–,][ ]+"
    rf"{_WEEKDAY}?(?P<date>{_DATE})[ ]*$",
    re.MULTILINE,
)


def _records(text: str) -> Iterator[Candidate]:
    if "vom" in text:
        yield from _matches(_RECORD, text, "record")
    if "Sitzung" in text:
        yield from _matches(_SITTING_NUMBER_LINE, text, "title")


# ---------------------------------------------------------------------------------------------
# 2. Print-view titles of an agenda item (ALLRIS): "16.09.2019 - 2 Feststellung …",
#    "24.02.2025 - 8.16 Besetzung …", "02.07.2020 - 8.31.2". The agenda number after the dash is
#    what makes it one ("17.08.2012 - Frank Peuker" is a posting line).

_PRINT_VIEW: Final = re.compile(
    # (SessionNet's with its TOP word: "10.12.2024 - TOP Ö 5.3   Förderrichtlinie …")
    # (or under the print view's label, the body in short before it: "Druckansicht   BPU
    # 12.06.2025 - Ö 7")
    r"^[ ]*(?:Druckansicht[ ]+(?:[A-ZÄÖÜ][A-Za-zÄÖÜ]{1,7}[ ]+)?)?"
    rf"(?P<date>{_DATE})[ ]+[-–][ ]+(?:TOP[ ]?)?(?:[ÖN][ ]?)?[0-9]{{1,3}}(?:\.[0-9]{{1,3}})*"
    r"\.?[a-z]?(?=[ ]|$)",
    re.MULTILINE,
)


# A web page's breadcrumb that ends in the sitting's date after its body ("Beschlüsse >
# Betriebsausschuss Stadtreinigung > 15.05.2024", "Gremien > Rat der Stadt > 12.03.2024 > TOP 5")
_BREADCRUMB: Final = re.compile(
    # (or both in one step: "Startseite > Sitzungen > Stadtrat 23.05.2023 > TOP Ö 9")
    rf"^[ ]*{_CRUMB}{{0,4}}(?P<body>[^\n>›»]{{1,60}}?)[ ]+(?:[>›»][ ]+)?{_WEEKDAY}?"
    rf"(?P<date>{_DATE})[ ]*(?:[>›»]|$)",
    re.MULTILINE,
)


def _breadcrumbs(text: str) -> Iterator[Candidate]:
    if " > " not in text and " › " not in text and " » " not in text:
        return
    for m in _BREADCRUMB.finditer(text):
        # (a line with no step of a breadcrumb is none: "3. Genehmigung der Niederschrift über
        # die Sitzung vom 25.03.2025", an agenda's item on a page that has a breadcrumb above)
        if not _CRUMB_MARK.search(m.group()):
            continue
        if _SITTING_OR_BODY.search(m.group("body")) and (found := _candidate(m, "breadcrumb")):
            yield found


_CRUMB_MARK: Final = re.compile(r"[>›»]")


# ... or the item first, then its sitting ("TOP Ö 11 - Sitzung vom 13.12.2022")
_ITEM_OF_SITTING: Final = re.compile(
    rf"^[ ]*TOP[ ]?(?:[ÖN][ ]?)?[0-9]{{1,3}}(?:\.[0-9]{{1,3}})*\.?[ ]+[-–][ ]+"
    rf"(?:(?:[Öö]ffentliche|[Nn]ichtöffentliche)[ ]+)?Sitzung[ ]+(?:am|vom)[ ]+{_WEEKDAY}?"
    rf"(?P<date>{_DATE})[ ]*$",
    re.MULTILINE,
)


# ... or the body, its sitting's number and its date ("Ausschuss für Jugend, Sport und Soziales
# - JSS/005/2024 - 19.06.2024", ALLRIS's head of an item's page)
_BODY_SESSION_DATE: Final = re.compile(
    r"^[ ]*[A-ZÄÖÜ][^\n]{2,100}?[ ][-–][ ][A-ZÄÖÜ][A-Za-zÄÖÜ]{0,5}/\d{1,4}/\d{2,4}"
    rf"[ ][-–][ ](?P<date>{_DATE})[ ]*$",
    re.MULTILINE,
)


def _print_views(text: str) -> Iterator[Candidate]:
    if " - " not in text and " – " not in text:
        return
    for pattern in (_PRINT_VIEW, _ITEM_OF_SITTING, _BODY_SESSION_DATE):
        for m in pattern.finditer(text):
            if (found := _candidate(m, "print view")) is not None:
                yield found


# ---------------------------------------------------------------------------------------------
# 3. Header tables whose value stands on the line below its label: "Sitzungstermin:" /
#    "Donnerstag, 11.07.2024", "- Datum:" / "- Do, 02.07.2020", a row of labels over a row of
#    values ("Sitzungstag: Sitzungsbeginn: Sitzungsende:" / "17.02.2021 16:30 Uhr 18:50 Uhr"),
#    and SessionNet's column of bare labels ("Gremium" / "Stadtrat" / … / "Datum" / "06.06.2013").

_LABELS: Final = alternation(vocab.MEETING_LABELS)
# (a label that names the hour or the place beside the day: "Sitzungstag/-beginn/-ende:")
_LABEL_TAIL: Final = rf"(?:[ ]?(?:/|und)[ ]?-?(?i:{alternation(vocab.MEETING_LABEL_TAILS)}))*"
_NEXT_LINE_VALUE: Final = (
    rf"[ ]*\n(?:[ |]*\n)*[ |]*(?:[-–•][ ]+)?{_WEEKDAY}?(?P<date>{_DATE})(?![0-9])"
)
# (Both open with the label: a pattern that opens with its words is found fast; what stands
# before the label is checked after.)
_LABEL_ABOVE: Final = re.compile(
    rf"(?:{_LABELS}){_LABEL_TAIL}[ ]*:(?:[ ]+[A-ZÄÖÜ][\w.-]*[ ]*:[^0-9\n]{{0,80}}"
    # (or a column of labels, the values in a column below them, as a PDF's two columns come
    # out: "Sitzungstag:" / "Sitzungsbeginn:" / "Sitzungsort:" / "Montag, 08.07.2019" / …)
    r"|(?:[ ]*\n[ ]*[A-ZÄÖÜ][\w.-]*(?:[ ][\w.-]+){0,2}[ ]*:){1,6}(?=[ ]*\n))?" + _NEXT_LINE_VALUE
)
_BARE_LABEL_ABOVE: Final = re.compile(rf"(?P<label>{_LABELS}){_NEXT_LINE_VALUE}[ ]*$", re.MULTILINE)
# Labels that name the sitting ("Sitzungsdatum", "Tag der Sitzung", not "Datum" or "Sitzung"):
# their value is the meeting's date without a colon, beside them or below them, in any table.
_SITTING_LABELS: Final = frozenset(
    label for label in vocab.MEETING_LABELS if "sitzung" in label.casefold() and label != "Sitzung"
)
_BARE_SITTING_LABEL: Final = re.compile(
    rf"(?:{alternation(_SITTING_LABELS)})[ |]+{_WEEKDAY}?(?P<date>{_DATE})"
    # ("Sitzungsdatum 25.06.2024 | öffentlich | TOP 4"; "Sitzungsdatum 30.01.2024   Beginn 17:00
    # Uhr": another field after a column's gap, or one that names the hour or the place)
    # (or whether it was public in parentheses: "Sitzung vom  | Dienstag, den 8. November 2030
    # (öffentlich)")
    r"(?=[ ]*(?:$|,|[0-9]|\|)|[ ]{2,}[A-ZÄÖÜ]|[ ]{2,}(?:nicht)?öffentlich\b"
    r"|[ ]*\((?:nicht)?öffentlich\)"
    rf"|[ ]+(?:Sitzungs-?)?(?i:{alternation(vocab.MEETING_LABEL_TAILS)})\b)",
    re.MULTILINE,
)
_BODY_FIELD_BEFORE: Final = re.compile(r"(?:^|[ ])Gremium[ ]+[A-ZÄÖÜ][^\n:]{2,100}$")
"""The body's field before a sitting's label on one line (``Gremium Ausschuss für Umweltschutz``),
a header's table flattened into it."""
_SHORT_BODY_PREFIX: Final = re.compile(r"[A-ZÄÖÜ]{1,6}-")
"""A body's short name joined to a label (``GR-`` of ``GR-Sitzung vom``: the Gemeinderat's)."""
_COLUMN_TABLE: Final = re.compile(r"^[ ]*(?:Gremium|Sitzung)[ ]*$", re.MULTILINE)
# A table of two columns, label and value ("Gremium | Rat der Stadt" / "Datum | 23.04.2024"), as
# a page's field table copied with its cell borders (the sitting's number before the date: "Sitzung
# | 32. Sitzung, 05.03.2024")
_PIPE_FIELD: Final = re.compile(
    rf"^[ |]*(?P<label>{_LABELS})[ ]*\|[ ]*(?:[0-9]{{1,3}}\.[ ]+[\w-]*[Ss]itzung[ ]*[,–-]?[ ]*)?"
    # (the time after it in the cell: "Sitzung | Di., 25.07.2023, 18:00 Uhr |")
    rf"{_WEEKDAY}?(?P<date>{_DATE})(?:,?[ ]*[0-9]{{1,2}}[:.][0-9]{{2}}[^|\n]{{0,40}})?"
    r"[ ]*(?:\|[^\n]*)?$",
    re.MULTILINE,
)
_PIPE_BODY_ROW: Final = re.compile(r"^[ |]*(?:Gremium|Sitzung)[ ]*\|", re.MULTILINE)
# A meeting label with its date beside another field of the same header line, a gap or a cell
# border between them, as a form's two columns run together in an export ("Gremium:
# Hauptausschuss   Datum: 12.03.2025", "Gremium: Ratsversammlung Datum: Do, 23.11.2023").
_SECOND_FIELD: Final = re.compile(
    # (its value in the next cell: "| Stadtrat | Sitzung am: | 28.11.2024 |")
    rf"(?:[ ]+|[ ]*\|[ ]*)(?P<label>{_LABELS})[ ]*:[ ]*(?:\|[ ]*)?"
    # (the sitting's number before its date: "Sitzung: GR/2025/04 am 10.04.2025", "Sitzung: 23.
    # Sitzung am 30.03.2022")
    rf"(?:(?:{SITTING_NUMBER}|[0-9]{{1,3}}\.[ ]+(?:[Öö]ffentliche[ ]+)?Sitzung)[ ]+(?:am|vom)[ ]+)?"
    rf"{_WEEKDAY}?(?P<date>{_DATE})(?![0-9])"
)
_PAPER_OPENS_LINE: Final = re.compile(
    r"[ |]*(?:Drucksache|Vorlage|Beschlussvorlage|Sitzungsvorlage)(?:-?Nr\.)?[ ]*:?[ ]*"
    r"[A-Z0-9][\w/.-]*(?:[ ][A-Z0-9][\w/.-]*)?[ ]{2,}"
)
"""A paper's number that opens the line, a column's gap after it."""
_SITTING_OPENS_LINE: Final = re.compile(
    r"[ |]*(?:[Öö]ffentliche[ ]+|[Nn]ichtöffentliche[ ]+)?Sitzung[ ]+(?:des|der)[ ]+"
    r"[A-ZÄÖÜ][^\n:|]{0,60}?[ ]{2,}"
)
"""A sitting's heading that opens the line, a column's gap after it (``Sitzung des Stadtrates``)."""
_FIELD_OPENS_LINE: Final = re.compile(
    r"[ |]*[A-ZÄÖÜ][\w./-]*(?: [\w./-]+){0,3}[ ]*:|[ |]*[A-ZÄÖÜ][^|\n:]{0,80}\|"
)
"""A field opens the line (``Gremium: Rat``), or a table's cell (``Sitzung des Stadtrates |``)."""
_AUTHORITY_OPENS_LINE: Final = re.compile(
    rf"[ ]*{_AUTHORITY}[ ][A-ZÄÖÜ][\w.-]*(?:[ ][\w.-]+){{0,2}}[ ]{{3,}}(?=Sitzung[ ]*:)"
)
"""The authority's name that opens the line, the sitting's field in the column beside it
(``Stadt Ochtrup          Sitzung: 27.06.2024 Rat``: a print's head)."""
_COLUMN_REACH: Final = 200
# The decisions' label with the date of the meeting that took them (BRS: "Beschlüsse: 28.01.2019
# Stadtvertretung 040/StV/2019 40. öffentliche Sitzung …").
_DECISIONS_OF: Final = re.compile(
    rf"(?:^|[ |])Beschlüsse[ ]*:[ ]*(?P<date>{_DATE})(?={_GAP}[A-ZÄÖÜ])", re.MULTILINE
)


# A table's row of labels with cell borders, one of them a meeting label alone in its cell
# ("Gremium | Sitzung | Datum"); the next row holds the values in the same cells.
_LABEL_CELL: Final = re.compile(rf"(?:^|\|)[ ]*(?:{_LABELS})[ ]*(?=\||$)", re.MULTILINE)
_CELL_DATE: Final = re.compile(
    rf"[ ]*{_WEEKDAY}?(?P<date>{_DATE})[ ]*(?:,?[ ]*[0-9]{{1,2}}[:.][0-9]{{2}}[^|]*)?"
)


def _pipe_rows(text: str) -> Iterator[Candidate]:
    """``Gremium | Sitzung | Datum`` over ``Gemeinderat | 4. Sitzung | 12.03.2025``: the date in
    a meeting label's cell of the row below (the first such cell that holds one)."""
    done = -1  # the label row read last (each row once: linear time)
    for cell in _LABEL_CELL.finditer(text):
        row_start = text.rfind("\n", 0, cell.start()) + 1
        below = text.find("\n", cell.end())
        if row_start <= done or below < 0 or "|" not in text[row_start:below]:
            continue
        done = row_start
        labels = [c.strip() for c in text[row_start:below].split("|")]
        end = text.find("\n", below + 1)
        end = len(text) if end < 0 else end
        if _RULE_ROW.fullmatch(text, below + 1, end) is not None:
            # a markdown table's rule under its head ("|---|---|"): the values on the next row,
            # the one row of the table (a table of several is a paper's course)
            below = end
            end = text.find("\n", below + 1)
            end = len(text) if end < 0 else end
            if _ROW_START.match(text, end + 1) is not None:
                continue
        values = text[below + 1 : end].split("|")
        if len(values) != len(labels):
            continue
        start = below + 1
        after = text.find("\n", end + 1)
        next_row = text[end + 1 : len(text) if after < 0 else after].split("|")
        for k, (label, value) in enumerate(zip(labels, values, strict=True)):
            m = _CELL_DATE.fullmatch(text, start, start + len(value))
            start += len(value) + 1
            if label in vocab.MEETING_LABELS and m is not None:
                if len(next_row) == len(labels) and _ANY_DATE.search(next_row[k]) is not None:
                    break  # a second row dated in that column: a list of decisions or sittings
                if (found := _candidate(m, "label above value")) is not None:
                    yield found
                break


_RULE_ROW: Final = re.compile(r"[ ]*\|?(?:[ ]*:?-{3,}:?[ ]*\|)+[ ]*:?-*:?[ ]*")
"""A markdown table's rule row (``|---|:---:|``)."""
_ROW_START: Final = re.compile(r"[ ]*\|")


# A row of labels without borders (a table whose tabs the cleaning made spaces), one of them
# naming the sitting's day ("Gremium Sitzung Sitzungsdatum ö / nö Beratungstyp TOP-Nr."), over
# one row of values that holds one date: the sitting's. A second row with a date below is a
# Beratungsfolge of several bodies, whose row is this text's is not said.
_ONE_DATED_ROW: Final = (
    rf"(?P<row>[^\n]{{0,120}}?)\b{_WEEKDAY}?(?P<date>{_DATE})(?![^\n]*?\b{_DATE})[^\n]*(?:\n|$)"
)
"""A row of values below its labels that holds one date (its own line after the row of labels)."""
_LABEL_ROW: Final = re.compile(
    rf"^[^\n0-9|:]{{0,80}}\b(?:{alternation(_SITTING_LABELS)})\b[^\n0-9|:]{{1,80}}\n"
    + _ONE_DATED_ROW,
    re.MULTILINE,
)
# (or a course of bodies of one row, its date's column headed as plainly: "Beratungsfolge
# Termin  Behandlung  Art" over "Kreistag   07.12.2023   öffentlich   Beschlussfassung")
# (or a sitting's column of its own, the body in it, beside a date's: "Sitzung   Datum
# Vorlagen-Nr." over "Bezirksvertretung 3   15.03.2024   BV3/037/2024")
_BODIES_ROW: Final = re.compile(
    r"^[^\n0-9|:]{0,80}(?:\b(?:Gremium|Beratungsfolge)\b|(?:^|[ ]{2,}|\t)Sitzung(?=[ ]{2,}|\t))"
    r"[^\n0-9|:]{0,80}\b(?:Termin|Datum)\b[^\n0-9|:]{0,80}\n" + _ONE_DATED_ROW,
    re.MULTILINE,
)
_ROW_DATE: Final = re.compile(_DATE)


def _holds(text: str, words: Iterable[str]) -> bool:
    return any(w in text for w in words)


# The place first, then the day: "Ort/Datum: Dorfgemeinschaftshaus Radbruch, Mittwoch, 15. Mai
# 2024, 19.30 Uhr" (a minutes' head field)
_PLACE_AND_DATE: Final = re.compile(
    rf"^[ |]*(?:Sitzungs)?[Oo]rt[ ]*(?:/|,|und)[ ]*(?:Datum|Zeit|Termin)[ ]*:[^\n:]{{0,80}}?"
    rf"(?:,|[ ]{{2,}})[ ]*{_WEEKDAY}?(?P<date>{_DATE})",
    re.MULTILINE,
)


def _places_and_dates(text: str) -> Iterator[Candidate]:
    if "rt" not in text:
        return
    yield from _matches(_PLACE_AND_DATE, text, "label beside value")


# A sitting's page of fields, a label and its value a line, no colons (a tab the clean view made
# one space), under the sitting's title or its number: "Sitzung des Gemeinderates" /
# "Sitzungsnummer GR/004/2025" / "Gremium Gemeinderat" / "Datum Mi, 16.04.2025"
_SITTING_FIELDS: Final = re.compile(
    r"^[ ]*Sitzung(?:snummer)?\b[^\n]{0,100}\n"
    r"(?:[ ]*[A-ZÄÖÜ][a-zäöü]{2,20}[ ]+[^\n:]{1,100}\n){0,4}"
    rf"[ ]*(?:Datum|Termin)[ ]+{_WEEKDAY}?(?P<date>{_DATE})[ ]*(?:\n|$)",
    re.MULTILINE,
)
# ... or opened by the body's, the sitting's hour below the day ("Gremium    Gemeinderat" /
# "Datum      Di, 30.07.2024" / "Beginn     19:30 Uhr"; not a paper's fields)
_BODY_FIELDS: Final = re.compile(
    rf"^[ ]*Gremium[ ]+[^\n:]{{1,100}}\n[ ]*(?:Datum|Termin)[ ]+{_WEEKDAY}?(?P<date>{_DATE})"
    r"[ ]*\n[ ]*(?:Beginn|Uhrzeit|Zeit)[ ]+[0-9]",
    re.MULTILINE,
)


# ... or a paper's fields of the body that deals with it and the day, one a line ("zur
# Behandlung im:    Ausschuss für Planung, Verkehr und Umwelt" / "am:    14.10.2024, öffentlich";
# "Sitzung:    SBR NE/031/2024" / "am:    Montag, 22. April 2024"; or both on one line, a column
# gap between: "Beratung im:    Gemeinderat            am: 20.06.2024")
_DEALT_IN_FIELDS: Final = re.compile(
    r"^[ ]*(?:(?:zur[ ]+)?(?:Behandlung|Beratung)[ ]+(?:im|in[ ]+der|in)|Sitzung|Gremium)[ ]*:[ ]*"
    r"[A-ZÄÖÜ][^\n:]{1,120}(?:\n[ ]*|(?<=[ ]{2}))"
    rf"am[ ]*:[ ]*{_WEEKDAY}?(?P<date>{_DATE})(?![0-9])",
    re.MULTILINE,
)


def _sitting_fields(text: str) -> Iterator[Candidate]:
    if "am:" in text or "am :" in text:  # (a cheap test first: speed)
        yield from _matches(_DEALT_IN_FIELDS, text, "label beside value")
    if "Datum" not in text and "Termin" not in text:
        return
    yield from _matches(_SITTING_FIELDS, text, "label beside value")
    if "Gremium" in text:
        yield from _matches(_BODY_FIELDS, text, "label beside value")


# A table of the sitting flattened into one column, its labels one per line and then its values
# in the same order ("Gremium" / "Sitzung" / "Datum" / "TOP" / "Ausschuss für Finanzen" /
# "FinA/2025/01" / "29.01.2025" / "Ö 6"); the table names the body or the sitting
# (or the sitting's fields, its labels with colons: "Sitzungstermin:" / "Sitzungsbeginn:" /
# "Sitzungsende:" / "Ort, Raum:" / "Donnerstag, 10.04.2025" / "18:00 Uhr" / …)
_COLUMN_LABELS: Final = re.compile(
    r"^(?:[ ]*(?:Gremium|Sitzung|Sitzungsnummer|Datum|Sitzungsdatum|Sitzungstermin|Termin|TOP"
    r"|Status|Öffentlichkeit|Ort|Sitzungsort|Ort,[ ]Raum|Raum|Beginn|Sitzungsbeginn|Ende"
    r"|Sitzungsende|Uhrzeit|Zeit)[ ]*:?[ ]*\n){2,8}",
    re.MULTILINE,
)
_COLUMN_DATE_LABELS: Final = frozenset({"Datum", "Sitzungsdatum", "Sitzungstermin", "Termin"})
_COLUMN_VALUE: Final = re.compile(rf"[ ]*{_WEEKDAY}?(?P<date>{_DATE})[ ]*$", re.MULTILINE)


def _flattened_columns(text: str) -> Iterator[Candidate]:
    for m in _COLUMN_LABELS.finditer(text):
        labels = [line.strip(" :") for line in m.group().splitlines()]
        if not any(
            label in ("Gremium", "Sitzung") or label.startswith("Sitzungs") for label in labels
        ):
            continue
        at = m.end()
        for label in labels:  # (the values' lines in the labels' order)
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if label in _COLUMN_DATE_LABELS:
                value = _COLUMN_VALUE.match(text, at, end)
                if value is not None and (found := _candidate(value, "label above value")):
                    yield found
                break
            at = end + 1


def _label_rows(text: str) -> Iterator[Candidate]:
    """``Gremium Sitzung Sitzungsdatum …`` over ``Stadtrat 41. Sitzung 27.06.2024 ö …``: the
    date of the one row of values."""
    # (speed: a row of labels names one of them)
    rows = _LABEL_ROW.finditer(text) if _holds(text, _SITTING_LABELS) else iter(())
    bodies = (
        _BODIES_ROW.finditer(text)
        if ("Gremium" in text or "Beratungsfolge" in text or "Sitzung" in text)
        and ("Termin" in text or "Datum" in text)
        else iter(())
    )
    for m in itertools.chain(rows, bodies):
        labels = text[m.start() : text.find("\n", m.start())]
        if ", " in labels or _PROSE_GOES_ON.search(labels.rstrip()):
            # a sentence wrapped over the line, a sitting's word in it ("… erst am" /
            # "Sitzungstag eingegangen ist, und schlägt vor, … in der" / "Sitzung am …")
            continue
        below = text.find("\n", m.end())
        if _ROW_DATE.search(text, m.end(), len(text) if below < 0 else below) is not None:
            continue
        if (found := _candidate(m, "label above value")) is not None:
            yield found


# A paper's number or file mark in a letterhead's column ("Drucksache 21-3456", "Az.: 61.21")
# (or a paper page's field: "Vorlage-Art: Anfrage")
_PAPER_FIELD: Final = re.compile(
    # ("Drucksachen–Nr.: 21-4817", "Vorlagen-Nr.", "Beschlussvorlage 2024/0311")
    # ("Vorlagennummer: VO/24/21087/61" / "Datum: 19.02.2024")
    r"(?:\b|(?<=[a-zäöüß]))(?:Drucksache|(?<=[a-zäöüß])vorlage|Vorlage)n?(?:nummer)?(?![a-zäöüß])"
    r"|\bAz\.|\bAktenzeichen\b"
)
# (or who made the paper, on the date's line or next to it: "Einreicher: Landrat   Datum:
# 12.08.2024" over "Fachdienst: Schulverwaltung")
_OFFICES: Final = r"Fachbereich|Fachdienst|Dezernat|Referat|Amt|Abteilung|Fachgebiet"
"""The words for the office that made a paper."""
_PAPER_MAKER: Final = re.compile(
    # (or the motion's mover: "Antragsteller: Fraktion DIE LINKE           Datum: 27.02.2024")
    # (or the office, or the clerk: "Organisationseinheit:  Fachbereich 4", "Sachbearbeiter:")
    # (or where a motion comes from, as Berlin's pages name it: "Ursprung: Fraktion der SPD")
    rf"\b(?:Einreicher|Federführung|Federführend|{_OFFICES}|Verfasser|Antragsteller|Einbringer"
    r"|Ursprung"
    r"|Bereich|Organisationseinheit|Sachbearbeiter|Sachbearbeitung|Ansprechpartner)(?:in)?[ ]*:"
)


def dates_a_paper(text: str, line_start: int) -> bool:
    """Whether a bare ``Datum:`` on the line at ``line_start`` stands beside or right under a
    paper's number or file mark (``Drucksache 21-3456`` / ``Datum: 12.10.2023``), or among the
    fields of who made it (``Einreicher: Landrat   Datum: 12.08.2024``, on its line, the one
    above or the one below; or the office, under the paper's number: ``Mitteilungsvorlage
    2024/0611`` / ``Fachbereich Zentrale Steuerung`` / ``Datum: 26.09.2024``): the paper's
    date, not the meeting's."""
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    # (or before it on its own line: "Vorlage: BV/0412/2020          Datum: 20.10.2020"; not a
    # field after it, "Datum: 12.09.2023 Status:öffentlichVorlage-Art:Beschlussvorlage")
    line_end = text.find("\n", line_start)
    field = text.find("Datum", line_start, len(text) if line_end < 0 else line_end)
    if _PAPER_FIELD.search(text, above, line_start if field < 0 else field) is not None:
        return True
    if _OFFICE_LINE.match(text, above) is not None:
        two_above = text.rfind("\n", 0, max(0, above - 1)) + 1
        if _PAPER_FIELD.search(text, two_above, above) is not None:
            return True
    end = text.find("\n", line_start)
    below_end = -1 if end < 0 else text.find("\n", end + 1)
    until = len(text) if end < 0 or below_end < 0 else below_end
    if _PAPER_MAKER.search(text, above, until) is not None:
        return True
    # (or the last field of the paper's block of fields, its kind or number and who made it
    # further up: "Basisdaten" / "Vorlage-Art: Antrag" / "Einreicher: …" / "Status: öffentlich"
    # / "Datum: …"; "Vorlage Nr.: 20301587" / "Art: Beschlussvorlage" / "Bereich: 4-12
    # Stadtplanung" / "Datum: …")
    # (not a block that holds the sitting's fields too: "Gremium: …" / "Datum: Di, 17.09.2024" /
    # "Zeit: 17:30 - 19:05 Anlass: Sitzung")
    block = _field_block_start(text, above)
    return (
        block < above
        and (
            _PAPER_KIND_FIELD.search(text, block, above) is not None
            or _PAPER_FIELD.search(text, block, above) is not None
        )
        and _PAPER_MAKER.search(text, block, above) is not None
        and _SITTING_FIELD.search(text, block, until) is None
    )


_SITTING_FIELD: Final = re.compile(r"\b(?:Gremium|Anlass|Zeit|Beginn|Sitzung)[ ]*:")
_PAPER_KIND_FIELD: Final = re.compile(r"\b(?:Vorlage-?[Aa]rt|Vorlagenart|Drucksachenart)[ ]*:")
_FIELD_BLOCK_LINES: Final = 6


def _field_block_start(text: str, line_start: int) -> int:
    """Where the block of lines (no blank line between them, :data:`_FIELD_BLOCK_LINES` at
    most) that ends above ``line_start`` starts."""
    start = line_start
    for _ in range(_FIELD_BLOCK_LINES):
        if start == 0:
            break
        above = text.rfind("\n", 0, start - 1) + 1
        if not text[above : start - 1].strip():
            break
        start = above
    return start


_OFFICE_LINE: Final = re.compile(rf"[ ]*(?:{_OFFICES})[ ]+[A-ZÄÖÜ0-9]")
"""A line that names the office that made a paper, without a label's colon."""
_MAIL_FIELD: Final = re.compile(r"^[ ]*(?:Von|From|An|To|Cc|Gesendet|Sent)[ ]?:", re.MULTILINE)
_MAIL_REACH: Final = 300


def in_mail_head(text: str, at: int) -> bool:
    """Whether the field at ``at`` stands among an e-mail's head fields (``Von:`` and ``An:``
    within a few lines of it): its ``Datum:`` is the day the e-mail was sent."""
    near = text[max(0, at - _MAIL_REACH) : at + _MAIL_REACH]
    return len({m.group().strip()[:2] for m in _MAIL_FIELD.finditer(near)}) >= 2


def _labels_above_values(text: str) -> Iterator[Candidate]:
    for m in _LABEL_ABOVE.finditer(text):
        # the label opens a cell: at a line start, after a space, a pipe or a bullet ("- Datum:")
        opens = text[m.start() - 1 : m.start()] in ("", "\n", " ", "|")
        # "Nächste Sitzung:" / "Letzte Sitzung:" over a date name another meeting
        if _another_meeting(text, m.start()):
            continue
        if opens and (found := _candidate(m, "label above value")) is not None:
            yield found
    for m in _BARE_LABEL_ABOVE.finditer(text):
        # alone on its line; a bare "Datum" is a meeting field only in a table that names the
        # body or the sitting (a file portal's "Größe / Datum / Erstellt" dates the upload)
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start : m.start()].strip(" ") or (
            m.group("label") not in _SITTING_LABELS
            and _COLUMN_TABLE.search(text, max(0, m.start() - _COLUMN_REACH), m.start()) is None
        ):
            continue
        if (found := _candidate(m, "label above value")) is not None:
            yield found
    for m in _BARE_SITTING_LABEL.finditer(text):
        # "Sitzungsdatum 12.03.2024", a table row whose cell border an export lost (the
        # label may name the body in short before it: "| GR-Sitzung vom | 19.3.2025 |")
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()].strip(" |")
        # (or a header's fields run into one line, the body's first: "… Gremium Ausschuss für
        # Umweltschutz (AfU) Sitzungstermin Dienstag, 17.09.2024 Sitzungsort Rathaus")
        if (
            (
                not before
                or _SHORT_BODY_PREFIX.fullmatch(before)
                or _BODY_FIELD_BEFORE.search(before[-120:]) is not None
                # (or it opens a cell of a header's row: "Stadt D  |  Werkausschuss  |
                # Sitzungsdatum 2024-12-05  |  öffentlich")
                or text[line_start : m.start()].rstrip(" ").endswith("|")
            )
            # (not a sentence's end wrapped onto its line: "Ö 1  Genehmigung der Niederschrift
            # über die öffentliche" / "Sitzung vom 25.07.2024", an earlier sitting)
            and not breaks_off_above(text, m.start())
            and (found := _candidate(m, "label beside value"))
        ):
            yield found
    for m in _SECOND_FIELD.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        # (a label that names the sitting needs no field before it: "Kreistag   Sitzungsdatum: …")
        if (
            (
                m.group("label") in _SITTING_LABELS
                or _FIELD_OPENS_LINE.match(text, line_start) is not None
                # (or the paper's number opens it: "Drucksache WV 24/031      Sitzung:
                # 27.06.2024", the sitting that deals with it)
                or (m.group("label") == "Sitzung" and _PAPER_OPENS_LINE.match(text, line_start))
                # (or the sitting's heading opens it: "Sitzung des Stadtrates      Datum:
                # 25.11.2024", the sitting's date beside it)
                or _SITTING_OPENS_LINE.match(text, line_start) is not None
                or _AUTHORITY_OPENS_LINE.match(text, line_start) is not None
            )
            and not _another_meeting(text, m.start())
            and not (m.group("label") not in _SITTING_LABELS and dates_a_paper(text, line_start))
            and not in_mail_head(text, m.start())
            and (found := _candidate(m, "label beside value")) is not None
        ):
            yield found
    yield from _label_rows(text)
    if "Gremium" in text or "Sitzung" in text:
        yield from _flattened_columns(text)
    if "|" in text:
        yield from _pipe_rows(text)
        for m in _PIPE_FIELD.finditer(text):
            # "Datum" dates the meeting only in a table that names the body or the sitting (a
            # label naming the sitting is read above, wherever it stands)
            reach = text[max(0, m.start() - _COLUMN_REACH) : m.end() + _COLUMN_REACH]
            if (
                m.group("label") not in _SITTING_LABELS
                and _PIPE_BODY_ROW.search(reach) is not None
                and (found := _candidate(m, "label beside value")) is not None
            ):
                yield found
    if "Beschlüsse" in text:
        yield from _matches(_DECISIONS_OF, text, "decisions of")


# ---------------------------------------------------------------------------------------------
# 4. A line that opens with the meeting's day and time: "Montag, 28. September 2020 , 19:00 Uhr",
#    "23.06.2014, 20:00 Uhr, im Rathaus", "am 25.11.2009, Beginn: 16:00 Uhr". A bare weekday line
#    ("Dienstag, 24. Juni 2025") is the date of a notice; the time makes it a meeting.

_WEEKDAY_AT_END: Final = re.compile(rf"(?:^|[ ])(?:{alternation(vocab.WEEKDAYS)})\.?,?$")
_WRAP_WIDTH: Final = 60


def _wrapped_sentence(before: str) -> bool:
    """Whether the line before is a sentence that goes on in the next line: it breaks off after a
    function word or a weekday, or it is a long line without a closing mark (a hard wrap)."""
    return (
        _PROSE_GOES_ON.search(before) is not None
        or _WEEKDAY_AT_END.search(before) is not None
        # (not a title that ends in a number: "… 4. Sitzung der Wahlperiode 2023/2025")
        or (len(before) >= _WRAP_WIDTH and before[-1] not in ".:!?)" and not before[-1].isdigit())
    )


_TIME_LINE: Final = re.compile(
    rf"^[ ]*(?:[-–•][ ]+)?(?:am[ ]+)?{_WEEKDAY}?(?P<date>{_DATE})[ ]*,?[ ]*"
    r"(?:Beginn:?[ ]*|um[ ]+|ab[ ]+)?[0-9]{1,2}(?:[:.][0-9]{2})?[ ]*Uhr",
    re.MULTILINE,
)


def _time_lines(text: str) -> Iterator[Candidate]:
    if "Uhr" not in text:
        return
    for m in _TIME_LINE.finditer(text):
        if _wrapped_sentence(_previous_line(text, m.start())):
            continue  # "Die Frist endet am" / "18.03.2025, 12:00 Uhr"
        if (found := _candidate(m, "time line")) is not None:
            yield found


# ---------------------------------------------------------------------------------------------
# 5. A body and a date as the whole title line: "Stadtrat 26.05.2021", "Gemeinderat, 12.03.2025",
#    "Gemeinderat, Sitzung am 12.03.2025",
#    "Kreistag 24. September 2008 06.10.2008" (a second date on the line is the posting's), or
#    the date first: "12.03.2025 Gemeinderat".

_BODY_WORDS: Final = vocab.BODY_WORDS
_NO_BODY_WORD: Final = "".join(
    f"(?<!(?i:{word}))" for word in ("referat", "apparat", "inserat", "vorrat", "heirat")
)
"""Nouns that end as a body's name does (``Mobilitätsreferat``, ``Vorrat``) and name none."""
_BODY: Final = (
    # not a weekday ("Dienstag, 01.04.2024"), whose name ends as a Kreistag's does
    rf"(?!(?:{'|'.join(d for d in vocab.WEEKDAYS if len(d) > 2)}|Feiertag)\b)"
    # ("Haupt- und Finanzausschuss", "Bau-, Umwelt- und Verkehrsausschuss": a compound's first
    # parts, suspended, before it)
    r"(?:[A-ZÄÖÜ]\w*-(?:,[ ]+[A-ZÄÖÜ]\w*-){0,3}[ ]+(?:und|&)[ ]+)?"
    # (not an office of the administration, nor another noun that ends as a council does:
    # "Mobilitätsreferat, Schreiben vom 14.09.2023")
    rf"(?:(?:[A-ZÄÖÜ][\w-]*{_BODY_WORDS}{_NO_BODY_WORD}|(?i:{_BODY_WORDS}))(?:e?s)?"
    # or its short name with its number, as a city's districts have them ("BA 9", "BV 3")
    rf"|(?:{alternation(vocab.NUMBERED_BODY_SHORT)})[ ]?[0-9]{{1,2}}(?![0-9.])"
    # or an assembly's short name before its place ("BVV Friedrichshain-Kreuzberg", "SVV Potsdam")
    rf"|(?:{alternation(vocab.ASSEMBLY_SHORT)})(?=[ ]+[A-ZÄÖÜ])"
    # or a committee's short name, where its sitting or item follows ("JHA - Sitzung vom
    # 08.10.24", "SchA | 12.09.2024 | TOP Ö 6")
    r"|[A-ZÄÖÜ][a-zäöü]{0,2}[A-ZÄÖÜ][A-Za-zÄÖÜ]{0,4}(?=[ ]+[-–][ ]+Sitzung[ ]+(?:am|vom)\b"
    r"|[ ]*\|[ ]*[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{2,4}[ ]*\|[ ]*TOP\b"
    # (or its sitting's day, then the sitting's kind: "HFA am 20.01.2025 - öffentliche Sitzung")
    r"|[ ]+(?:am|vom)[ ]+[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{2,4}[ ]+[-–][ ]+"
    r"(?:[Öö]ffentliche|[Nn]ichtöffentliche)[ ]+Sitzung\b))"
    # its further words: names, numbers, a parenthesis, "für", "und", "der" between ("Ausschuss
    # für Umwelt und Verkehr", "Rat der Stadt")
    r"(?:[ ]+(?:[A-ZÄÖÜ][\w.-]*|[0-9]+(?![0-9.])|\([^()\n]{1,30}\)|für"
    r"|(?:und|der|des)(?=[ ]+[A-ZÄÖÜ]))"
    # (names listed with commas, "für" and "und" shortened: "Ausschuss für Jugend, Schule und
    # Sport", "Ausschuss f. Umwelt, Klima u. Mobilität")
    r"|,[ ]+(?!Sitzung\b)[A-ZÄÖÜ][\w-]*|[ ]+(?:f|u)\.(?=[ ]+[A-ZÄÖÜ])){0,8}"
)
# what may stand between a body and its date, or after the date: a comma or a dash, "am"/"vom"
_BETWEEN: Final = r"(?:,|[ ]+[-–—]|[ ]+(?:am|vom))?"
_PUBLIC: Final = _PUBLIC_TAIL
# ... or with its sitting between: "Ortsgemeinderat Steinbach, Sitzung am 26.11.2025",
# "Hauptausschuss – öffentliche Sitzung vom 12.03.2025", "Kreistag, 6. Sitzung, 10.07.2024",
# "Kreisausschuss - 22. Sitzung - 27.06.2023", in a table's cells ("Rat der Stadt | Sitzung
# 29.02.2024 | Ö 14"), with the sitting's number ("Bauausschuss - Sitzung BVA/08/2024 am
# 04.09.2024")
_SITTING_BETWEEN: Final = (
    r"(?:[ ]+[-–—·•]|[ ]*\|)?[ ]+(?:[0-9]{1,2}\.[ ]+)?"
    r"(?:(?:[Öö]ffentliche|[Nn]ichtöffentliche|[Öö]ffentl\.|[Nn]ichtöffentl\.|[Kk]onstituierende"
    r"|[Aa]ußerordentliche|[Gg]emeinsame)[ ]+){0,2}Sitzung"
    r"(?:[ ]+[A-Za-zÄÖÜ]{1,8}[0-9]{0,2}/[0-9]{1,5}/[0-9]{2,4})?(?:[ ]+(?:am|vom)|,|[ ]+[-–—·•]"
    # (the date on the line below: "Kreistag (KT) - 23. Sitzung" / "am 22.04.2024")
    r"|[ ]*\n[ ]*(?:am|vom)(?=[ ]))?"
)
# ... or its date in a field after a column gap or a dash ("Stadtrat      Datum: 20.11.2023
# Status: beschlossen", "Kreistag – Sitzungstag: 11.12.2023")
_DATE_FIELD_BETWEEN: Final = (
    r"(?:[ ]{2,}|[ ]+[-–—][ ]+)(?:Datum|Sitzungsdatum|Sitzungstermin|Sitzungstag|Sitzung)[ ]*:"
)
_FIELD_AFTER: Final = r"(?:[ ]{2,}[A-ZÄÖÜ][\w-]{1,30}\.?[ ]*:[^\n]*)?"
"""A field in a second column after the date (``Kreistag, 27.06.2024      Beschluss-Nr.: KT/…``)."""
# ... and the item's number in a column of its own ("Stadtverordnetenversammlung   14.03.2024
# TOP 7   öffentlich", "Ortschaftsrat Durlach, 21.02.2024, TOP 4, öffentlich")
_AGENDA_COLUMN: Final = (
    r"(?:(?:[ ]{2,}|[ ]*\|[ ]*|[ ]+[-–—][ ]+|,[ ]+)(?:TOP(?:[ ]?[ÖN])?|Ö|N)[ ]?[0-9]{1,3}"
    r"(?:\.[0-9]{1,2})*(?:[ ]*\|)?)?"
)
# ... and, parted by a dash, what the line is: the body's role or the record ("Ratsversammlung –
# 25.04.2024 – TOP 3.2 – Beantwortung", "Stadt Gütersloh – Rat – 12.07.2024 – Niederschrift
# (öffentlicher Teil)")
# (or the sitting's number: "Stadtverordnetenversammlung am Donnerstag, 14.11.2024 – Sitzungs-Nr.
# StVV/31/2024")
_LAST_CELL: Final = (
    r"(?:[ ]+[-–—][ ]+(?:[A-ZÄÖÜ][a-zäöüß]{3,20}(?:[ ]*\([^()\n]{1,30}\))?"
    # (the record it is from: "JHA - Sitzung vom 08.10.24 - Auszug aus der Niederschrift")
    r"|Auszug[ ]+aus[ ]+(?:der|dem)[ ]+[A-ZÄÖÜ][a-zäöüß]{3,30}"
    r"|Sitzungs?[ -]?(?:[Nn]r\.|[Nn]ummer)[ ]*:?[ ]*[\w/.-]{1,30}"
    # (or the item, its number and title, as an ALLRIS page heads it: "Rat der Stadt Wittmund -
    # 13.06.2024 - 9 Wahl einer Schiedsperson …")
    r"|(?:TOP[ ]+)?(?:[ÖN][ ]?)?[0-9]{1,3}(?:\.[0-9]{1,3})*[ ]+[A-ZÄÖÜ][^\n]{0,300}))?"
)
# (a paper's one line of Beratungsfolge names its meeting: "Beratungsfolge: Rat der Stadt -
# Sitzung am 20.06.2024 - öffentlich"; and so does a paper's body field: "Gremium: Bauausschuss,
# Sitzung am 14.10.2024")
# (the body in a running head's second column: "Gemeinde Wiesental       Gemeinderat – Sitzung
# vom 3.7.2023"; the weekday after the date: "… vom 04.10.2023 (Mittwoch)")
# (or the town before a dash: "Stadt Gütersloh – Rat – 12.07.2024 – Niederschrift")
_FIRST_COLUMN: Final = (
    r"(?:[^\n]{0,59}?\S(?:[ ]{3,}+|[ ]++[-–—][ ]++)"  # (its last letter, the gap whole: linear)
    # (or the agenda item's number, two blanks after it: "TOP Ö 9  Gemeindevertretung  Di,
    # 14.05.2024", an item's page)
    r"|(?:TOP[ ]?)?(?:[ÖN][ ]?)?[0-9]{1,3}(?:\.[0-9]{1,2})*[ ]{2}+)?"
)
_WEEKDAY_AFTER: Final = rf"(?:[ ]*\((?:{alternation(vocab.WEEKDAYS)})\))?"
# ... or the sitting's number in parentheses ("BV Brackwede  20.02.2025  (41. Sitzung)")
_SITTING_AFTER: Final = (
    r"(?:[ ]+\((?:[0-9]{1,3}\.[ ]+)?(?:[Öö]ffentliche[ ]+)?Sitzung\)"
    # (or in a column of its own: "Rat der Stadt   30.09.2024   Sitzung Nr. 34   TOP 7")
    r"|(?:[ ]{2,}|[ ]*\|[ ]*)Sitzung(?:[ ]+Nr\.?|s-?[Nn]r\.?)[ ]*[0-9]{1,3}(?![0-9])"
    # (or its number in parentheses: "Rat der Gemeinde Kerken - Sitzung: 06.02.2025
    # (RAT/002/2025) - TOP Ö 11")
    r"|[ ]+\([A-ZÄÖÜ][\w-]{0,12}(?:/[\w-]{1,12}){1,3}\))?"
)
# ... or the hour it began, and ended ("Kreistag am Freitag, 24. Mai 2024, 9:30 Uhr", "Gemeinderat
# am 12.03.2024 um 19.00 Uhr", "Bauausschuss, 05.06.2024, 17:00 - 18:45 Uhr")
_HOUR_AFTER: Final = (
    r"(?:(?:,[ ]*|[ ]+)(?:(?:um|ab|Beginn:?)[ ]+)?[0-9]{1,2}(?:[:.][0-9]{2})?"
    r"(?:[ ]*Uhr|(?=[ ]*[-–][ ]*[0-9]{1,2}(?:[:.][0-9]{2})?[ ]*Uhr))"
    r"(?:[ ]*[-–][ ]*[0-9]{1,2}(?:[:.][0-9]{2})?[ ]*Uhr)?)?"
)
# (the place after the date, or the dash that closes a title framed by dashes: "Kreistag, 45.
# Sitzung, Mittwoch, 4. Oktober 2023, Annaberg-Buchholz", "Bezirksvertretung Nord      - Sitzung
# vom 12.10.2023 -")
# (or "in" and the place, its venue after a comma: "Verbandsversammlung am 18. April 2024 in
# Altentreptow, Gaststätte „Zur Eiche“")
_PLACE_TAIL: Final = (
    r"(?:(?:,[ ]*(?!TOP\b)|[ ]+in[ ]+)[A-ZÄÖÜ][\w.-]*(?:[ ][\w.-]+){0,3}"
    r"(?:,[ ]*[A-ZÄÖÜ][^\n,]{1,60})?|[ ]+[-–])?"
)
# (or a remark in parentheses: "Gremium: Stadtrat, Sitzung am 17.04.2024 (schriftliche
# Beantwortung)")
_REMARK_TAIL: Final = r"(?:[ ]+\([^()\n]{1,40}\))?"
_BODY_DATE: Final = re.compile(
    # (the body's field with its sitting's date after a gap: "Gremium: Ausschuss für Feuerwehr,
    # Ordnung und Sicherheit         16.04.2024")
    rf"^[ ]*(?:Beratungsfolge[ ]*:[ ]*|Gremium[ ]*:[ ]*(?=[^\n]*Sitzung[ ]+(?:am|vom)"
    rf"|[^\n]*\S[ ]{{3,}}{_DATE}[ ]*$)"
    rf"|{_FIRST_COLUMN}){_BODY}"
    rf"(?:{_SITTING_BETWEEN}|,{_SITTING_BETWEEN}|{_DATE_FIELD_BETWEEN}|{_BETWEEN})[ ]+"
    rf"{_WEEKDAY}?(?P<date>{_DATE})"
    rf"(?:[ ]+{_DATE})?{_WEEKDAY_AFTER}{_HOUR_AFTER}{_SITTING_AFTER}{_AGENDA_COLUMN}{_PUBLIC}"
    rf"{_LAST_CELL}"
    rf"{_PAGE_TAIL}{_PLACE_TAIL}{_FIELD_AFTER}{_REMARK_TAIL}[ ]*$",
    re.MULTILINE,
)
# the date first, as a print's header line has it: "12.03.2025 Gemeinderat", "12.03.2025 -
# Sitzung des Hauptausschusses"
_DATE_BODY: Final = re.compile(
    rf"^[ ]*(?P<date>{_DATE})(?:,|[ ]+[-–])?[ ]+(?:Sitzung[ ]+(?:des|der)[ ]+)?{_BODY}[ ]*$",
    re.MULTILINE,
)
# ... or the minutes' running head, the date in a column before the title: "25.01.2024
# Niederschrift - öffentlicher Teil -"
_DATE_BEFORE_MINUTES: Final = re.compile(
    rf"^[ ]*(?P<date>{_DATE})[ ]{{3,}}(?:Sitzungsn|N)iederschrift\b[^\n]{{0,60}}$", re.MULTILINE
)


# a print's head as cells: the body, the date, then what the sitting was ("Kreistag | 05.11.2020
# | konstituierende Sitzung | öffentlich", "Stadtverordnetenversammlung | Do, 18.01.2024 |
# öffentlich")
# (the cells parted by middle dots too, whether public or the sitting between: "Gemeinderat ·
# öffentlich · Do.,
# 14.11.2024 · TOP 4", "Kreisausschuss  ·  27. Sitzung  ·  Mittwoch, 21. Juni 2023  ·  16:00 Uhr")
# (in a web page's breadcrumb too: "Bürgerinfo > Sitzungskalender > Stadtverordnetenversammlung
# (44.) · 20.06.2024 > TOP Ö 19")
_BODY_DATE_CELLS: Final = re.compile(
    # (a label before the body: "Beratung    Stadtbezirksrat Linden-Limmer  |  09.04.2025")
    # (or the sitting of the body: "Sitzung des Rates  |  07.11.2024  |  TOP Ö 3")
    rf"^[ |]*(?:(?:Beratung|Gremium)[ ]*:?[ ]{{2,}})?{_CRUMB}{{0,5}}"
    # (or the town's cell before it: "Stadt Gera · Stadtrat · 21.09.2023 · TOP Ö 3")
    rf"(?:{_AUTHORITY}[ ][^|·•\n]{{1,40}}?"
    r"[ ]*[|·•][ ]*)?"
    rf"(?:Sitzung[ ]+(?:des|der)[ ]+)?{_BODY}[ ]*"
    r"(?:[|·•][ ]*(?:[Öö]ffentlich|[Nn]ichtöffentlich|[Nn]icht öffentlich"
    r"|(?:[0-9]{1,3}\.[ ]+)?(?:(?:[Öö]ffentliche|[Nn]ichtöffentliche)[ ]+)?Sitzung"
    # (or the body's make-up: "BA 9 Neuhausen-Nymphenburg | Vollgremium | 08.04.2025")
    r"|Vollgremium|Plenum|Gesamtgremium)"
    rf"[ ]*)?[|·•][ ]*{_WEEKDAY}?(?P<date>{_DATE})[ ]*(?:[|·•][^|·•\n]*)*"
    r"(?:[ ]>[ ][^\n]*)?$",
    re.MULTILINE,
)


# the body on a line of its own, the date alone on the next, as a print's head has them
# ("Verkehrsausschuss" / "14.05.2024" / "TOP 8.3"), or with the sitting's being public
# ("Gemeinderat" / "23. April 2024 - öffentlich")
_BODY_OVER_DATE: Final = re.compile(
    rf"^[ ]*{_BODY}[ ]*\n[ ]*{_WEEKDAY}?(?P<date>{_DATE}){_PUBLIC_TAIL}[ ]*$", re.MULTILINE
)


# ... or the sitting's field naming the body, its day below in the value's column ("Sitzung:
# Ausschuss für Stadtentwicklung" / "Dienstag, 03.06.2025, 17:00 Uhr, Ratssaal")
_FIELD_BODY_OVER_DATE: Final = re.compile(
    rf"^[ ]*Sitzung[ ]*:[ ]*{_BODY}[ ]*\n[ ]+{_WEEKDAY}?(?P<date>{_DATE})"
    r"(?:,?[ ]+(?:um[ ]+)?[0-9]{1,2}[:.][0-9]{2}\b[^\n]{0,100}|" + _PUBLIC_TAIL + r")[ ]*$",
    re.MULTILINE,
)


# a print's running head, the body, the sitting's day and the item, one space apart ("Rat
# 08.04.2025 TOP Ö 6")
_BODY_DATE_ITEM: Final = re.compile(
    rf"^[ ]*{_BODY}[ ]{_WEEKDAY}?(?P<date>{_DATE})[ ](?:TOP|Tagesordnungspunkt)[ ]*[ÖN]?[ ]?"
    r"[0-9]{1,3}(?:\.[0-9]{1,3})*\.?[ ]*$",
    re.MULTILINE,
)


_BODY_ALONE: Final = re.compile(rf"(?:.*[ ][-–][ ]+)?(?P<body>{_BODY})[ ]*")


def body_named(line: str) -> str | None:
    """The body a letterhead line names (``Marktausschuss``, ``Gemeinde Tannau - Gemeinderat``),
    or None where the line is something else."""
    m = _BODY_ALONE.fullmatch(line.strip())
    return m.group("body") if m is not None else None


_EARLIER_BODIES: Final = re.compile(r"[ ]*(?:Vorberatung(?:en)?|Vorberaten|Beraten)[ ]*:")


def _under_earlier_bodies(text: str, at: int) -> bool:
    """Whether the line at ``at`` stands in a list of the bodies that deliberated before, under
    its heading alone on a line (``Vorberatung:``), each line above it up to the heading a
    body's with its day, no blank line between."""
    end = text.rfind("\n", 0, at)
    for _ in range(_EARLIER_ROWS):
        if end < 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        if _EARLIER_HEADING.fullmatch(text, start, end) is not None:
            return True
        if _ANY_DATE.search(text, start, end) is None:
            return False  # (a blank line, or a line of something else)
        end = start - 1
    return False


_EARLIER_ROWS: Final = 8
"""The most bodies a list of the deliberation before holds."""
_EARLIER_HEADING: Final = re.compile(_EARLIER_BODIES.pattern + r"[ ]*")
"""The heading of that list, alone on its line (:data:`_EARLIER_BODIES`)."""

# A letterhead's place and day in a right column, after the body's name (a place's name, not a
# weekday's short one: "Do., 12.09.24")
_DATELINE_COLUMN: Final = re.compile(
    r"[^\n]*?\S[ ]{3,}[A-ZÄÖÜ][a-zäöüß][\w-]+(?:[ ][\w.()-]+){0,3},[ ]*"
)


def _body_dates(text: str) -> Iterator[Candidate]:
    for pattern in (
        _BODY_DATE,
        _DATE_BODY,
        _DATE_BEFORE_MINUTES,
        _BODY_DATE_CELLS,
        _BODY_OVER_DATE,
        _FIELD_BODY_OVER_DATE,
        _BODY_DATE_ITEM,
    ):
        if pattern is _DATE_BEFORE_MINUTES and "iederschrift" not in text:
            continue  # (speed)
        for m in pattern.finditer(text):
            before = _previous_line(text, m.start())
            if _PROSE_GOES_ON.search(before):
                continue  # "Genehmigung der Niederschrift über die 6. Sitzung der" / "Rat am …"
            if before.endswith(",") and _EARLIER_BODIES.match(before):
                # a list of the bodies that deliberated before, wrapped ("Vorberatung: Ausschuss
                # … am 03.09.2024 (einstimmig empfohlen)," / "Verwaltungsausschuss am …")
                continue
            if _under_earlier_bodies(text, m.start()):
                continue  # "Vorberatung:" / "Bau- und Umweltausschuss am 05.03.2024" / …
            label = _EARLIER_BODIES.match(text, text.rfind("\n", 0, m.start()) + 1)
            if label is not None and label.end() <= m.start("date"):
                continue  # "Vorberatung:    Finanzausschuss am 06.06.2024": the field's body's
            if _DATELINE_COLUMN.fullmatch(text, m.start(), m.start("date")) is not None:
                # a letterhead's place and date in the right column, the body in the left:
                # "Ortschaftsrat Nußbach                 Nußbach, 29.02.2024" (the letter's day)
                continue
            if (found := _candidate(m, "body and date")) is not None:
                if pattern is _BODY_OVER_DATE:  # the date's own line states it
                    found = found._replace(start=m.start("date"))
                yield found


# ---------------------------------------------------------------------------------------------
# 6. Sentences that announce the decisions that follow, or the meeting itself:
#    "Der Gemeinderat beschließt in seiner Sitzung am 27.08.2024:",
#    "Der Gemeinderat hat in seiner Sitzung am 26.02.2020 folgende Beschlüsse gefasst:",
#    "In öffentlicher Sitzung des Gemeinderates … am 19.05.2005 wurden folgende Beschlüsse gefasst",
#    "Am 15.12.2020 wurde durch den Hauptausschuss folgender Beschluss gefasst:",
#    "… der 15. Gemeinderatssitzung …, die am 27.03.2023 im OT Ammern stattfand, gefasst",
#    "Am Dienstag, den 01. Juli 2025 findet um 16 Uhr … eine Sitzung des Stadtrates … statt.",
#    "Unter dem Vorsitz von … fand am 12.09.2024 im Dorfsaal … die 2. Sitzung des Gemeinderates
#    statt", "Die Sitzung des Ortsrates fand am 3. Mai 2022 im Rathaus statt",
#    a gazette's notice of a decision: "Bekanntmachung … Der Gemeinderat hat auf seiner Sitzung am
#    28.08.2019 den Aufstellungsbeschluss … gefasst".
#    An earlier decision told in the past ("hat in seiner Sitzung vom 13.10.2022 … beschlossen.")
#    announces nothing that follows.

_ANSWERED_IN: Final = re.compile(
    rf"\b(?:vorgetragen|beantwortet|verlesen)\b[^\n()]{{0,80}}?{_GAP}in{_GAP}der{_GAP}"
    rf"(?:[\w.-]+{_GAP})?Sitzung{_GAP}(?:des|der){_GAP}[^:.()]{{1,80}}?{_GAP}(?:am|vom)"
    rf"{_GAP}{_WEEKDAY}?(?P<date>{_DATE})\)"
)
"""An answer given in a sitting, in parentheses (see :data:`_ANNOUNCED`; below the question's
reasons too: :func:`stated_below`)."""

# Each phrasing, with the words a text must hold for it to apply (a cheap test spares the scan).
_ANNOUNCED: Final = (
    (
        ("seiner", "ihrer", "der"),
        re.compile(
            # (or the sitting with its article: "hat … in der Sitzung am 27.02.2024 folgende
            # Haushaltssatzung beschlossen, die … bekannt gemacht wird:")
            rf"\b[Ii]n{_GAP}(?:seiner|ihrer|der){_GAP}(?:[\w.-]+{_GAP}){{0,2}}?[\w-]*[Ss]itzung{_GAP}"
            rf"(?:am|vom){_GAP}{_WEEKDAY}?(?P<date>{_DATE})"
            rf"(?=[ ]*:|{_GAP}beschlossen[ ]*:|{_GAP}(?:folgende|nachstehende)[nrs]?\b"
            # "… am 7. September 2023 zur Drucksache DS0234/23 "…" folgenden Beschluss gefasst:"
            rf"|{_GAP}zur{_GAP}{_clause(120)}\b(?:folgende|nachstehende)[nrs]?{_GAP_OR_BLANK}Beschl"
            # (the paper's fields between, a line each: "… am 12. Dezember 2030 zu" / "Vorlage
            # Nr.:  V2567/30" / "Gegenstand:  …" / "folgenden Beschluss gefasst:")
            r"|[ ]+zu[ ]*\n(?:[^\n]{0,120}\n){1,6}?[ ]*(?:folgende|nachstehende)[nrs]?[ ]+Beschl"
            # "… am Montag, dem 23. September 2024, mit 21 Ja-Stimmen … folgenden Beschluss"
            # (the decision's heading may stand apart, after a blank line: "… unter TOP 5
            # folgenden" / "" / "Beschluss Nr. 47/2024" / "gefasst:")
            # (or an election held: "… am Freitag, dem 24. Juni 2022, im Sitzungssaal … folgende
            # Wahl durchgeführt:")
            rf"|,{_GAP}{_clause(200)}\b(?:folgende|nachstehende)[nrs]?{_GAP_OR_BLANK}(?:Beschl|Wahl)"
            # "… am Mittwoch, dem 21. Februar 2024 in Lübben (Spreewald) folgenden Beschluss
            # gefasst:" (the sitting's place)
            rf"|{_GAP}(?:in|im){_GAP}{_clause(80)}\b(?:folgende|nachstehende)[nrs]?{_GAP_OR_BLANK}Beschl"
            # "… am 16. Januar 2024 auf Grundlage eines Bürgerantrages vom 5. Dezember 2023
            # folgenden Beschluss gefasst:" (what it was based on)
            rf"|{_GAP}(?:auf|aufgrund|nach){_GAP}{_clause(120)}\b(?:folgende|nachstehende)[nrs]?"
            rf"{_GAP_OR_BLANK}Beschl"
            # "… am 21. März 2024 mit der Mehrheit der gesetzlichen Zahl seiner Mitglieder
            # folgende Satzung beschlossen:" (how it was adopted; a statute)
            rf"|{_GAP}mit{_GAP}{_clause(120)}\b(?:folgende|nachstehende)[nrs]?{_GAP}"
            r"(?:Beschl|[\w-]*[Ss]atzung\b)"
            # "… am 15. April 2024 unter Punkt 12 der Tagesordnung folgenden Beschluss gefasst:"
            # (the item's place in that sitting: the record's own, not an earlier decision's)
            # (whether it was public in parentheses after it: "unter TOP 8.4 (öffentlich)")
            # ("… am 16.05.2024 zu Tagesordnungspunkt 11 (Vorlage-Nr.: 2024/0231) folgenden
            # Beschluss gefasst:", the paper in parentheses)
            rf"|{_GAP}(?:unter|zu){_GAP}(?:Punkt|Tagesordnungspunkt|TOP){_GAP}[ÖN]?[ ]?[0-9][0-9.]*"
            rf"(?:{_GAP}der{_GAP}Tagesordnung)?(?:{_GAP}\((?:nicht[ ]?)?öffentlich\))?"
            r"(?:[ ]+\([^()\n]{1,60}\))?"
            rf"{_GAP}(?:folgende|nachstehende)[nrs]?{_GAP_OR_BLANK}Beschl"
            # (a body heard on a paper: "… am 23.04.2024 zu der oben genannten Vorlage gemäß § 67
            # Abs. 2 SächsGemO wie folgt Stellung genommen:")
            rf"|{_GAP}zu{_GAP}{_clause(160)}\bwie{_GAP}folgt{_GAP}Stellung{_GAP}genommen[ ]*:"
            # "… am Donnerstag, dem 13. Juni 2024, unter Tagesordnungspunkt 12 beraten:"
            # (or a sentence of its own: "… am 5. Dezember 2024 die Vorlage beraten.")
            rf"|,?{_GAP}{_clause(120)}\bberaten[ ]*[:.])"
        ),
    ),
    (
        # the sentence opening with the sitting, its verb in the past: "In ihrer Sitzung am 16.
        # Mai 2024 behandelte die Bezirksvertretung … folgende Angelegenheit:" (not the perfect
        # of an earlier decision: "Der Rat hat in seiner Sitzung am … folgenden Beschluss gefasst")
        ("In ",),
        re.compile(
            rf"^[ ]*In{_GAP}(?:seiner|ihrer|der){_GAP}(?:[\w.-]+{_GAP}){{0,2}}?[\w-]*[Ss]itzung"
            rf"{_GAP}(?:am|vom){_GAP}{_WEEKDAY}?(?P<date>{_DATE}),?{_GAP}"
            rf"(?:behandelte|beriet|fasste|traf|beschloss)(?:en)?\b{_clause(200)}"
            rf"\b(?:folgende|nachstehende)[nrs]?{_GAP}(?:Beschl|Angelegenheit|Entscheidung)",
            re.MULTILINE,
        ),
    ),
    (
        # the record's sentence opening with its sitting, what happened there told in the present
        # or the past: "In der 23. Sitzung der Stadtverordnetenversammlung am 5. März 2024
        # begründet Stadtverordneter Wagner den Antrag.", "In seiner Sitzung am Donnerstag, dem
        # 7. März 2024, befasste sich der Ortsgemeinderat erneut mit …" (not an earlier
        # decision's perfect or passive: "In seiner Sitzung am … hat der Rat …")
        ("In ",),
        re.compile(
            rf"^[ ]*In{_GAP}(?:seiner|ihrer|der){_GAP}(?:[\w.-]+{_GAP}){{0,2}}?[\w-]*[Ss]itzung"
            rf"(?:{_GAP}(?:des|der){_GAP}(?:[\w.-]+{_GAP}){{0,3}}?[\w-]+)?"
            rf"{_GAP}(?:am|vom){_GAP}{_WEEKDAY}?(?P<date>{_DATE}),?{_GAP}"
            r"(?:begründe|erläuter|berichte|beriet|berät|behandel|stell|brach|bring|trug|träg"
            r"|befasst|eröffne|informier)\w*\b",
            re.MULTILINE,
        ),
    ),
    (
        ("folgende", "nachstehende"),
        re.compile(
            rf"[Ss]itzung\b{_words(150)}\b(?:am|vom){_GAP}{_WEEKDAY}?(?P<date>{_DATE})"
            # (the sitting's part between: "… am 15.02.2024 wurden im öffentlichen Teil folgende
            # Beschlüsse gefasst:")
            rf"(?={_GAP}wurden?{_GAP}(?:im{_GAP}(?:nicht{_GAP}|nicht)?öffentlichen{_GAP}"
            rf"(?:Teil|Sitzungsteil){_GAP})?(?:folgende|nachstehende)[nr]?{_GAP}Beschl)"
        ),
    ),
    (
        # what follows was said or done in the sitting the line names: "Antwort der Verwaltung,
        # vorgetragen in der Sitzung des Stadtrates am 18.04.2024:"
        ("Sitzung des", "Sitzung der"),
        re.compile(
            rf"\bin{_GAP}der{_GAP}(?:[\w-]+{_GAP})?Sitzung{_GAP}(?:des|der){_GAP}"
            rf"[^\n:.]{{1,80}}?{_GAP}(?:am|vom){_GAP}{_WEEKDAY}?(?P<date>{_DATE})[ ]*:[ ]*$",
            re.MULTILINE,
        ),
    ),
    (
        # ... or in parentheses under the answer's heading: "Antwort des Magistrats" / "(mündlich
        # vorgetragen von Stadtbaurat X in der 41. Sitzung der" / "Stadtverordnetenversammlung
        # am Montag, 11. November 2024)"
        ("vorgetragen", "beantwortet", "verlesen"),
        _ANSWERED_IN,
    ),
    (
        # a report of the sitting: "Am Donnerstag, dem 22. Februar 2024, trat der
        # Ortsgemeinderat … zu seiner 19. Sitzung im Gemeindehaus zusammen."
        ("trat",),
        re.compile(
            rf"\b[Aa]m{_GAP}{_WEEKDAY}?(?P<date>{_DATE}),?{_GAP}trat(?:en)?\b"
            rf"(?={_sentence(200)}\bzusammen\b)"
        ),
    ),
    (
        # an invitation's letter, the date on its own line below: "hiermit lade ich Sie zur 18.
        # Sitzung des Kreistages (Sitzungsnummer KT/18/2024)" / "ein auf" / "" / "Montag, den
        # 17. Juni 2024, 15:00 Uhr,"
        ("lade",),
        re.compile(
            rf"\blade(?:n)?\b{_sentence(120)}\b[\w-]*[Ss]itzung\b{_sentence(160)}\bein\b"
            rf"(?:{_GAP}(?:auf|für|zu))?[ ]*[:,]?{_GAP_OR_BLANK}[ ]*{_WEEKDAY}?(?P<date>{_DATE})"
        ),
    ),
    (
        # ... or came together, the date after the body: "Zu seiner 19. Sitzung kam der Rat der
        # Gemeinde Wiedensahl am Donnerstag, den 20. Juni 2024, im Dorfgemeinschaftshaus
        # zusammen."
        ("kam",),
        re.compile(
            rf"\bkam(?:en)?\b{_sentence(120)}\b[Aa]m{_GAP}{_WEEKDAY}?(?P<date>{_DATE})"
            rf"(?={_sentence(200)}\bzusammen\b)"
        ),
    ),
    (
        # ... or sat: "Am Mittwoch, dem 6. März 2024, tagte der Ortsgemeinderat Dreis im
        # Gemeindehaus."
        ("tagte",),
        re.compile(rf"\b[Aa]m{_GAP}{_WEEKDAY}?(?P<date>{_DATE}),?{_GAP}tagten?\b"),
    ),
    (
        # ... the body first: "Die Stadtverordnetenversammlung tagte am Donnerstag, dem 14.
        # November 2024, im Saal …"
        ("tagte",),
        re.compile(
            rf"\b(?:[Dd]er|[Dd]ie|[Dd]as){_GAP}[\w-]*(?:[Vv]ersammlung|[Vv]ertretung|[Rr]at|[Tt]ag"
            rf"|[Aa]usschuss|[Bb]eirat)(?:{_GAP}[A-ZÄÖÜ][\w-]*){{0,2}}{_GAP}tagten?{_GAP}am{_GAP}"
            rf"{_WEEKDAY}?(?P<date>{_DATE})"
        ),
    ),
    (
        # ... the sitting after the verb: "Der Ortsgemeinderat trat in seiner Sitzung am
        # Donnerstag, dem 28.11.2024, im Gemeindehaus zusammen."
        ("trat",),
        re.compile(
            rf"\btrat(?:en)?{_GAP}(?:in|zu){_GAP}(?:seiner|ihrer){_GAP}(?:[\w.-]+{_GAP}){{0,2}}?"
            rf"[\w-]*[Ss]itzung{_GAP}am{_GAP}{_WEEKDAY}?(?P<date>{_DATE})"
            rf"(?={_sentence(200)}\bzusammen\b)"
        ),
    ),
    (
        ("stattfand",),
        re.compile(
            rf"[Ss]itzung\b{_words(150)},{_GAP}(?:die|welche){_GAP}(?:am|vom){_GAP}{_WEEKDAY}?"
            rf"(?P<date>{_DATE})(?={_words(100, '.')}\bstattfand\b)"
        ),
    ),
    (
        ("fand", "findet"),
        re.compile(
            rf"\b(?:fand|findet){_GAP}am{_GAP}{_WEEKDAY}?(?P<date>{_DATE})"
            rf"(?={_sentence(200)}(?P<sitting>[Ss]itzung)\b{_sentence(150)}\bstatt\b)"
        ),
    ),
    (
        ("fand", "findet"),
        re.compile(
            # (the date set apart on a line of its own: "Die Sitzung findet am" / "" /
            # "Donnerstag, 7. März 2024, 20:00 Uhr,")
            rf"(?P<sitting>[Ss]itzung)\b{_words(150)}\b(?:fand|findet){_GAP}am{_GAP_OR_BLANK}"
            rf"{_WEEKDAY}?"
            rf"(?P<date>{_DATE})"
            rf"(?={_sentence_over_blank(150)}\bstatt\b)"
        ),
    ),
    (
        ("fand", "findet"),
        # (its "statt" before the date: "Die Sitzung findet statt am" / "" / "Donnerstag, den 5.
        # Dezember 2024, um 19:30 Uhr,")
        # (or the body between: "Die 15. Sitzung der Bezirksvertretung … findet statt am")
        re.compile(
            rf"(?P<sitting>[Ss]itzung)\b{_words(150)}\b(?:fand|findet){_GAP}statt{_GAP}am"
            rf"{_GAP_OR_BLANK}{_WEEKDAY}?(?P<date>{_DATE})"
        ),
    ),
    (
        # an invitation to the sitting by its date: "E i n l a d u n g" / "zu der am Mittwoch,
        # dem 17. Januar 2024, um 19:00 Uhr im Ratssaal … stattfindenden Sitzung des Ausschusses"
        ("stattfindenden",),
        re.compile(
            rf"\b[Zz]u(?:r|[ ]der)?{_GAP}am{_GAP_OR_BLANK}{_WEEKDAY}?(?P<date>{_DATE})"
            rf"(?={_sentence_over_blank(200)}\bstattfindenden{_GAP}(?:[\w.-]+{_GAP}){{0,2}}?"
            rf"[\w-]*[Ss]itzung\b)"
        ),
    ),
    (
        # decisions of another sitting made known in this one: "In der öffentlichen Sitzung des
        # Gemeinderats am Dienstag, 23. April 2024, gab Bürgermeister … die … gefassten
        # Beschlüsse bekannt", "In der Sitzung der Stadtvertretung am 13.06.2024 hat der
        # Bürgermeister die … Beschlüsse … bekannt gegeben"
        ("bekannt",),
        re.compile(
            rf"\b[Ii]n{_GAP}der{_GAP}(?:[\w.-]+{_GAP})?Sitzung{_GAP}(?:des|der){_GAP}"
            rf"[^\n:.]{{1,80}}?{_GAP}(?:am|vom){_GAP}{_WEEKDAY}?(?P<date>{_DATE})"
            rf"(?=,?{_GAP}(?:gab|hat|haben|wurden?|teilte|verlas)\b{_sentence(300)}\bbekannt\b)"
        ),
    ),
    (
        # an invitation: "hiermit lade ich Sie zur 2. öffentlichen Sitzung der
        # Verbandsversammlung am" / "" / "Montag, 17. Februar 2025, 15:00 Uhr," / "" / "in den
        # Großen Sitzungssaal … ein."; "… lade ich Sie zu der am" / "" / "Mittwoch, dem …" /
        # "" / "im Sitzungssaal … stattfindenden Sitzung ein."; the sitting set apart too: "…
        # zur 18. öffentlichen Sitzung des Bauausschusses" / "" / "am Mittwoch, dem 10. April …"
        ("lade",),
        re.compile(
            rf"\blade(?:n|t)?[ ]+(?:ich|wir)?[ ]*(?:Sie|Euch|dich)\b{_sentence_over_blank(150)}\bam"
            rf"{_GAP_OR_BLANK}{_WEEKDAY}?(?P<date>{_DATE})"
            rf"(?={_sentence_over_blank(200)}\bein\b)"
        ),
    ),
    (
        # a notice, a gazette, a press release (elsewhere such a sentence tells an earlier
        # decision): "Der Stadtrat hat in seiner Sitzung am 27.02.2024
        # den Bebauungsplan Nr. 64 … gemäß § 10 Abs. 1 BauGB als Satzung beschlossen", "… hat
        # der Stadtrat in seiner Sitzung am Donnerstag, 14. Dezember 2023, die … beschlossen"
        vocab.NOTICE_WORDS,
        re.compile(
            # (a press release tells what the sitting did, "… hat … den Weg für den Neubau frei
            # gemacht", or what it will do: "Der Stadtrat wird sich in seiner Sitzung am …
            # mit dem Hitzeaktionsplan befassen")
            rf"\b(?:hat|wird){_GAP}(?:(?:der|die|das){_GAP}[\w-]+{_GAP})?(?:sich{_GAP})?"
            rf"(?:in|auf){_GAP}(?:seiner|ihrer){_GAP}(?:[\w.-]+{_GAP}){{0,2}}?"
            rf"[\w-]*[Ss]itzung{_GAP}(?:am|vom){_GAP}{_WEEKDAY}?(?P<date>{_DATE})"
            rf"(?={_clause(300)}\b(?:beschlossen|gefasst|erlassen|verwiesen|zugestimmt|befasst"
            r"|entschieden|abgelehnt|vertagt|genehmigt|gewählt|gemacht|gebracht|befassen"
            r"|beraten|behandelt|entscheiden|beschließen)\b)"
        ),
    ),
    (
        # ... or the date before the sitting: "Der Gemeinderat der Gemeinde Dußlingen hat am
        # 18.09.2024 in öffentlicher Sitzung den Bebauungsplan … als Satzung beschlossen"
        vocab.NOTICE_WORDS,
        re.compile(
            rf"\bhat{_GAP}am{_GAP}{_WEEKDAY}?(?P<date>{_DATE}){_GAP}in{_GAP}"
            r"(?:(?:öffentlicher|nichtöffentlicher|nicht[ ]öffentlicher)[ ]+)?Sitzung\b"
        ),
    ),
    (
        # a notice's or a town's news page's report of a body's sitting: "Zu Beginn der Sitzung
        # des Stadtrates am 26. September 2024 beantragte …", "… ist in der Sitzung der
        # Ratsversammlung am 19. September 2024 für erledigt erklärt worden" (not "die nächste
        # Sitzung des Stadtrates am …")
        vocab.NOTICE_WORDS,
        re.compile(
            # (not a sitting planned: "… ist für die Sitzung des Kreistages am … vorgesehen";
            # nor one whose date ends the sentence, what is to happen in it: "Seine Verpflichtung
            # erfolgt in der Sitzung der Stadtvertretung am 14.04.2026.")
            rf"(?<!für die )(?<!in die )(?<!zur )"
            rf"(?P<sitting>[Ss]itzung){_GAP}(?:des|der){_GAP}(?:[\w.-]+{_GAP}){{0,4}}?"
            # (the sitting's number in parentheses after the body: "17. Sitzung des Kreistages
            # (KT/017/2027) am 27.09.2027")
            rf"(?:\([^()\n]{{1,30}}\){_GAP})?"
            rf"(?:am|vom){_GAP}{_WEEKDAY}?(?P<date>{_DATE})(?![ ]*\.)"
        ),
    ),
    (
        # the sitting first: "In seiner Sitzung vom 21.03.2023 hat der Hauptausschuss …",
        # "In ihrer jüngsten Sitzung am 24. Oktober 2023 haben die Stadtverordneten …"
        vocab.NOTICE_WORDS,
        re.compile(
            rf"(?:^[ ]*|(?<=[.:!?] ))In{_GAP}(?:seiner|ihrer){_GAP}(?:[\w.-]+{_GAP}){{0,2}}?"
            rf"[\w-]*[Ss]itzung{_GAP}(?:am|vom){_GAP}{_WEEKDAY}?(?P<date>{_DATE}),?{_GAP}"
            rf"(?=(?:hat|haben)\b)",
            re.MULTILINE,
        ),
    ),
    (
        # ... or what the body did in it, told in the past: "Der Gemeinderat befasste sich in
        # seiner öffentlichen Sitzung am Montag, 22. Januar 2024, mit …"
        vocab.NOTICE_WORDS,
        re.compile(
            r"\b(?:befasste|befassten|beschäftigte|beschloss|beschlossen|beriet|berieten"
            r"|stimmte|stimmten|fasste|fassten|entschied|vergab|genehmigte|billigte)\b"
            rf"(?:{_GAP}sich)?{_GAP}in{_GAP}(?:seiner|ihrer){_GAP}(?:[\w.-]+{_GAP}){{0,2}}?"
            rf"[\w-]*[Ss]itzung{_GAP}(?:am|vom){_GAP}{_WEEKDAY}?(?P<date>{_DATE})"
        ),
    ),
    (
        # ... or the sitting it reports on, its body in the notice's heading: "In der Sitzung am
        # 18. März 2024 stand der Jahresbericht … auf der Tagesordnung", "In der letzten
        # Gemeinderatssitzung vom … wurde …"
        vocab.NOTICE_WORDS,
        re.compile(
            rf"(?:^[ ]*|(?<=[.:!?] ))In{_GAP}der{_GAP}(?:(?:letzten|jüngsten|öffentlichen){_GAP})?"
            rf"[\w-]*[Ss]itzung{_GAP}(?:am|vom){_GAP}{_WEEKDAY}?(?P<date>{_DATE}),?{_GAP}"
            # (or any verb in the past: "… informierte Bürgermeisterin Seeger über …")
            rf"(?=(?:hat|haben|stand|standen|wurde|wurden|beschloss|beschlossen|beriet|berieten"
            rf"|gab|[a-zäöüß]{{3,}}ten?)\b)",
            re.MULTILINE,
        ),
    ),
    (
        # a statute's preamble: "… hat der Gemeinderat der Stadt X am 19.10.2022 folgende Satzung
        # beschlossen"
        ("folgende",),
        re.compile(
            rf"\bhat{_GAP}(?:der|die|das){_GAP}{_words(80)}\b(?:am|vom){_GAP}{_WEEKDAY}?"
            # (the statute named in the sentence: "folgende Haushaltssatzung für das
            # Haushaltsjahr 2024 beschlossen", "folgende Satzung zur Änderung der
            # Hundesteuersatzung vom 14. November 2017 beschlossen")
            # (the majority it took between: "am 15.10.2024 mit der Mehrheit der Stimmen aller
            # Mitglieder folgende Satzung beschlossen")
            rf"(?P<date>{_DATE}){_GAP}(?=(?:mit{_GAP}{_words(80)}{_GAP})?folgende[nrs]?{_GAP}"
            rf"{_clause(160)}\b(?:beschlossen|erlassen)\b)"
        ),
    ),
    (
        # a decision sheet's opening sentence: "In ihrer Sitzung am Freitag, dem 15. März 2024,
        # hat die Regionalversammlung Südhessen zu Tagesordnungspunkt 6 folgenden Beschluss
        # gefasst:", "In seiner 31. Sitzung am … hat der Stadtrat der Stadt Gotha zu
        # Tagesordnungspunkt 11 …" (not a story's "hat … beschlossen, …": the item or the
        # decision that follows is named)
        ("In seiner", "In ihrer"),
        re.compile(
            rf"(?:^[ ]*|(?<=[.:!?] ))In{_GAP}(?:seiner|ihrer){_GAP}(?:[\w.-]+{_GAP}){{0,2}}?"
            rf"[\w-]*[Ss]itzung{_GAP}(?:am|vom){_GAP}{_WEEKDAY}?(?P<date>{_DATE}),?{_GAP}"
            # (or the paper it deliberated: "… hat der Ortschaftsrat Steutz zur Beschlussvorlage
            # BV/018/2025 … beraten")
            # (the law it rests on between, abbreviated: "auf der Grundlage des § 140 i. V. m.
            # § 65 der Kommunalverfassung …")
            rf"(?=(?:hat|haben)\b{_clause(200)}\b(?:zu{_GAP}(?:Tagesordnungspunkt|TOP)\b"
            rf"|zu[rm]{_GAP}(?:Beschlussvorlage|Vorlage|Drucksache|Antrag)\b"
            rf"|folgenden{_GAP}Beschluss\b))",
            re.MULTILINE,
        ),
    ),
    (
        # an invitation's sitting, its day in a relative clause: "Hiermit lade ich Sie … zur
        # konstituierenden Sitzung des Kreistages ein, die am Donnerstag, dem 15. Juni 2023, um
        # 17:00 Uhr, im Kreistagssitzungssaal … stattfindet."
        ("stattfindet",),
        re.compile(
            rf"[Ss]itzung\b{_clause(200)},{_GAP}die{_GAP}am{_GAP}{_WEEKDAY}?(?P<date>{_DATE})"
            rf"(?={_clause(200)}\bstattfindet\b)"
        ),
    ),
    (
        # an invitation's body that meets: "Der Ortsgemeinderat Hinterwald tritt am Montag, den
        # 03. Juni 2024, um 19:30 Uhr, im Dorfgemeinschaftshaus … zu einer Sitzung zusammen."
        # (not the next sitting's at the end of minutes: "… tritt am … zu seiner nächsten
        # Sitzung zusammen")
        ("zusammen",),
        re.compile(
            rf"\btritt{_GAP}am{_GAP}{_WEEKDAY}?(?P<date>{_DATE})"
            rf"(?={_clause(200)}\bzu[r]?{_GAP}(?:(?:einer|seiner|ihrer){_GAP})?"
            rf"(?:[\w-]+{_GAP}){{0,2}}?(?P<sitting>[\w-]*[Ss]itzung)\b{_clause(60)}\bzusammen\b)"
        ),
    ),
    (
        # a question's page that names the sitting it is answered in: "Die Anfrage wird in der
        # Sitzung des Jugendhilfeausschusses am 22.05.2024 mündlich und schriftlich beantwortet."
        ("beantwortet",),
        re.compile(
            rf"\b(?:Anfrage|Frage|Fragen|Einwohnerfrage)\b{_GAP}(?:wird|werden){_GAP}in{_GAP}der"
            rf"{_GAP}(?:[\w.-]+{_GAP})?Sitzung{_GAP}(?:des|der){_GAP}[^:.()\n]{{1,80}}?{_GAP}"
            rf"(?:am|vom){_GAP}{_WEEKDAY}?(?P<date>{_DATE})(?={_clause(80)}\bbeantwortet\b)"
        ),
    ),
    (
        ("Am",),
        re.compile(
            rf"(?:^[ ]*|(?<=[.:] ))Am{_GAP}{_WEEKDAY}?(?P<date>{_DATE})"
            # (its hour between: "Am Donnerstag, 16. November 2023, um 19:30 Uhr findet …",
            # "Am Donnerstag, 7. März 2024, 19.30 Uhr, findet …"; or a comma alone: "Am
            # Donnerstag, 18. Juli 2024, findet um 18:00 Uhr … statt")
            r"(?:,?[ ]*(?:um[ ]+)?[0-9]{1,2}(?:[:.][0-9]{2})?[ ]+Uhr,?|,)?"
            rf"{_GAP}"
            rf"(?=(?:wurden?|hat|haben|fasste|fassten)\b{_words(150, '.')}folgende[nr]?{_GAP}"
            # (a place's abbreviation after the sitting: "… des Gemeinderates Großpostwitz/O.L.
            # statt")
            rf"Beschl|findet\b{_sentence(150)}[Ss]itzung\b{_clause(100)}\bstatt\b)",
            re.MULTILINE,
        ),
    ),
)


_MADE_KNOWN: Final = re.compile(
    r"\b(?:gibt|gab)\b[^\n]{0,80}(?:\n[^\n]{0,80})?\bbekannt\b|\bbekannt[ ]?gegeben\b"
)
_MADE_KNOWN_REACH: Final = 120


def _announcements(text: str) -> Iterator[Candidate]:
    for words, phrasing in _ANNOUNCED:
        if any(word in text for word in words):
            for m in phrasing.finditer(text):
                if (
                    "sitting" in phrasing.groupindex
                    and _another_meeting(text, m.start("sitting"))
                    and _AGENDA_BELOW.search(text, m.end(), m.end() + _AGENDA_REACH) is None
                ):
                    # "Die nächste Sitzung findet am … statt" (at the end of minutes; not an
                    # invitation's, its agenda below it)
                    continue
                if _MADE_KNOWN.search(text, max(0, m.start() - _MADE_KNOWN_REACH), m.start()):
                    # "… gibt bekannt, dass der Gemeinderat in seiner nichtöffentlichen Sitzung
                    # am … folgende Beschlüsse gefasst hat": an earlier sitting's decisions
                    continue
                if (found := _candidate(m, "announcement")) is not None:
                    yield found


_AGENDA_BELOW: Final = re.compile(r"\n[ ]*Tagesordnung[ ]*:?[ ]*\n")
_AGENDA_REACH: Final = 400


def _another_meeting(text: str, at: int) -> bool:
    """Whether the word before ``at`` makes the sitting there another one ("nächste"), or the
    word before that ("die nächste öffentliche Sitzung")."""
    before = text[max(0, at - 40) : at].split()[-2:]
    return any(word.casefold() in vocab.OTHER_MEETING_WORDS for word in before)


# ---------------------------------------------------------------------------------------------
# 7. What the text's Beratungsfolge (Hamburg: Beratungsreihenfolge; the bodies a paper goes
#    through) says: one dated meeting is this text's meeting; meetings on several dates make the
#    text a paper's history, whose date is not one meeting's. Frankfurt's "Beratungsergebnisse:
#    30. Sitzung des Ausschusses … am 04.11.2024" lists the meetings that decided.

# (opening with its word, found fast; that the word opens its line is checked after)
_SEQUENCE: Final = re.compile(
    # (the table's column heads may stand on the heading's line: "Beratungsfolge:   Sitzung am
    # TOP", "Beratungsfolge   Sitzungstermin   öffentlich   Zuständigkeit", "Beratungsfolge
    # Termin   Beratungsart")
    # (a table of the bodies without the word: "Gremium        Datum", a SessionNet
    # Mitteilung's head)
    # (SessionNet's list of the paper's sittings: "Beratungen:" over "Datum   Gremium   Ergebnis")
    # (or its heading alone, without a colon, over the table's head: "Beratungen" / "Datum
    # Gremium   Rolle   Ergebnis")
    r"(?:Beratungs(?:reihen)?folge\b[ ]*:?|Beratungen[ ]*:|Beratungen(?=[ ]*\n[ ]*Datum\b)"
    r"|Gremium(?=[ \t|]+(?:Datum|Sitzungstermin|Termin|Sitzung[ ]am)\b)"
    # (a paper's table of the bodies it goes to: "Vorlage an   zur   Sitzungsart   Sitzungstermin")
    r"|Vorlage[ ]an(?=[ \t|]+zur[ \t|]))"
    # (each head with its colon or none: "Beratungsfolge:      Sitzungstermin:")
    # (Dresden's "Beratungsfolge   Plandatum   Zuständigkeit")
    # (the sittings planned: "Geplante Sitzungstermine")
    r"(?:[ \t|]+(?:(?:[Gg]eplante[ ])?Sitzungstermine?|Sitzung(?:[ ]am|sart)?"
    r"|(?:Plan|Sitzungs|Beratungs)?[Dd]atum"
    r"|Termin|Gremium|zur"
    r"|Zuständigkeit|öffentlich|TOP|Status|Ergebnis|Beratungs(?:art|ziel)|Beratung|Behandlung"
    # (the columns of its results: "Empfehlung   Beschluss"; public or not: "Öff.   N.Ö.")
    r"|Empfehlung|Beschluss|Öff\.|N\.[ ]?Ö\."
    # ("Öff. / N.öff.", "Öff. / N.ö.": public or not)
    r"|Öff\.[ ]?/[ ]?N\.[ ]?(?:öff|ö|Ö)\.|Ö[ ]?/[ ]?N):?)*[ \t|]*$",
    re.MULTILINE,
)
_SEQUENCE_END: Final = re.compile(
    r"\n[ |]*\n|\n[^\n]{0,200}:[ ]*(?=\n)|(?<=\|)[ ]*\n(?=[ ]*[^|\s][^|\n]*(?:\n|$))"
    r"|\n(?=[ ]*(?:Auszug[ ]+aus|Protokollauszug|Beschlussauszug)\b)"
    # (or a section's heading alone on its line, without its colon: "Sachverhalt")
    r"|\n(?=[ ]*(?:"
    + alternation(
        h.capitalize()
        for h in (*vocab.NON_DECISION_SECTIONS, *vocab.PROPOSAL_SECTIONS, "beschluss")
        if h != "beratungsfolge"
    )
    + r")[ ]*:?[ ]*(?:\n|$))"
)
"""Where a Beratungsfolge ends: a blank line, or a line that heads the next section (``Die
Bezirksverordnetenversammlung möge beschließen:``, ``Sachverhalt``, where an export dropped the
blank lines), or a
line without a cell's border after a table's row (``| 16.11.2030 | Gemeindevertretung |`` /
``Auszug - Sitzung der Gemeindevertretung 16.11.2030``), or the title of a record's excerpt
(``Auszug aus dem Protokoll des Kreistages vom …``, its blank line before dropped)."""
_BLANK_LINES: Final = re.compile(r"(?:\n[ \t|]*(?=\n))*")
_ANY_DATE: Final = re.compile(rf"(?P<date>{_DATE})")
_RESULTS: Final = re.compile(r"Beratungsergebniss?e?:")
# ... and each sitting it lists, on a line of its own ("12. Sitzung des OBR 5 am 20.05.2022, TO I,
# TOP 23", each over its body's decision and vote)
_RESULT_SITTING: Final = re.compile(
    rf"(?:^[ ]*|(?<=:)[ ]+)(?:[0-9]{{1,3}}\.[ ]+)?Sitzung\b{_words(120, '.')}\bam{_GAP}"
    rf"(?P<date>{_DATE})",
    re.MULTILINE,
)
_RESULTS_REACH: Final = 3000


# A Beratungsfolge whose table a PDF export ran into one line: "Beratungsfolge: Gremium Datum
# 22.06.2011 Bezirksverordnetenversammlung …" (its first date; the line runs on into the paper)
_RUN_ON_SEQUENCE: Final = re.compile(
    r"Beratungs(?:reihen)?folge[ ]*:?[ ]+(?:Gremium[ ]+Datum|Datum[ ]+Gremium)[ ]+"
    rf"(?P<date>{_DATE})"
)


# A Beratungsfolge of one line, a field: "Beratung: Stadtrat  10.04.2024  öffentlich  TOP 9.2"
# (the body, then its meeting's date)
_ONE_LINE_SEQUENCE: Final = re.compile(
    rf"^[ \t|]*Beratung[ ]*:[ \t]*(?:[^\n0-9]|[0-9]{{1,2}}\.[ ]){{1,80}}?[ \t|]+(?P<date>{_DATE})",
    re.MULTILINE,
)


# A paper's course through its bodies, each body's line with its meeting's date and agenda
# number above what the body did ("Beratungsverlauf:" / "Ortsrat Buer   23.10.2023   Ö 6" /
# "Beschlussart: einstimmig empfohlen" / "Rat der Stadt Melle   06.12.2023   Ö 15" / …)
_COURSE: Final = re.compile(r"^[ ]*Beratungsverlauf[ ]*:?[ ]*$", re.MULTILINE)
_DATE_CELL_FIRST: Final = re.compile(rf"^[ ]*\|[ ]*(?P<date>{_DATE})[ ]*\|", re.MULTILINE)
"""A row of the paper's course as a table, its sitting's date in its first cell."""


# A body's deliberation of the paper, on a line of its own ("Beratung im Ausschuss für Umwelt und
# Energie am 05.11.2024" / "Ergebnis: zur Kenntnis genommen"): a row of the paper's course, as
# many as the bodies that dealt with it
_DELIBERATION: Final = re.compile(
    # (or a field: "Beratung im Ortsbeirat: 10.11.2023, TOP 17")
    rf"^[ ]*Beratung[ ]+im[ ]+[A-ZÄÖÜ][^\n]{{0,120}}?(?:[ ]am|:)[ ]+{_WEEKDAY}?(?P<date>{_DATE})",
    re.MULTILINE,
)
# ... or a paper's field of the body and the day ("Beratung in: Stadtvertretung, 22.04.2024
# (Fragestunde gem. § 18 Geschäftsordnung)")
_DELIBERATION_FIELD: Final = re.compile(
    rf"^[ ]*Beratung[ ]+in[ ]*:[ ]*[A-ZÄÖÜ][^\n,:]{{0,80}},[ ]*{_WEEKDAY}?(?P<date>{_DATE})",
    re.MULTILINE,
)


def _sequence_dates(text: str) -> Iterator[Candidate]:
    for head in _COURSE.finditer(text):
        # (each body's line, or its date first: "12.03.2024  Schulausschuss")
        # (or a table's rows, the date in the first cell: "| 26.02.2024 | Ortschaftsrat … |", to
        # the table's end)
        stop = _SEQUENCE_END.search(text, head.end() + 1)
        end = stop.start() if stop is not None else len(text)
        for m in itertools.chain(
            _BODY_DATE.finditer(text, head.end()),
            _DATE_BODY.finditer(text, head.end()),
            _DATE_CELL_FIRST.finditer(text, head.end(), end),
        ):
            if (found := _candidate(m, "Beratungsfolge")) is not None:
                yield found
        break
    for head in _SEQUENCE.finditer(text):
        if text[text.rfind("\n", 0, head.start()) + 1 : head.start()].strip(" |"):
            continue  # "Änderungsempfehlungen aus der Beratungsfolge:" is no heading
        # (a blank line may part the heading from its table)
        blank = _BLANK_LINES.match(text, head.end())
        start = blank.end() if blank is not None else head.end()
        stop = _SEQUENCE_END.search(text, start)
        end = stop.start() if stop is not None else len(text)
        for m in _ANY_DATE.finditer(text, start, min(end, start + 3000)):
            if (found := _candidate(m, "Beratungsfolge")) is not None:
                yield found
    yield from _matches(_RUN_ON_SEQUENCE, text, "Beratungsfolge")
    for head in _RESULTS.finditer(text):
        for m in _RESULT_SITTING.finditer(text, head.end(), head.end() + _RESULTS_REACH):
            if (found := _candidate(m, "Beratungsfolge")) is not None:
                yield found
        break
    yield from _matches(_ONE_LINE_SEQUENCE, text, "Beratungsfolge")
    if "Beratung im" in text:
        for m in _DELIBERATION.finditer(text):
            # (not a sentence wrapped before it: "… berichtet über die" / "Beratung im Ausschuss
            # am 11.06.2024.")
            if _PROSE_GOES_ON.search(_previous_line(text, m.start())) is None and (
                found := _candidate(m, "Beratungsfolge")
            ):
                yield found
    if "Beratung in" in text:
        yield from _matches(_DELIBERATION_FIELD, text, "Beratungsfolge")


# 8. A committee's Beschlussempfehlung, its own sitting: "Der Ausschuss … hat den o. g. Antrag in
#    seiner Sitzung am 12.06.2023 beraten und empfiehlt der BVV, …" (the present tense: the text
#    is the recommendation). Quoted in the minutes of the body it recommends to, it is that
#    committee's sitting, not the text's: it counts only where the text states no other date
#    (stated_meeting_date).
_RECOMMENDING: Final = re.compile(
    rf"\bin{_GAP}(?:seiner|ihrer){_GAP}(?:[\w.-]+{_GAP}){{0,2}}?[\w-]*[Ss]itzung{_GAP}"
    rf"(?:am|vom){_GAP}{_WEEKDAY}?(?P<date>{_DATE}),?{_GAP}"
    rf"(?={_words(60, '.')}\b(?:beraten|behandelt|erörtert){_GAP}und{_GAP}"
    rf"(?:empfiehlt|empfehlen)\b)"
)


_ANNOUNCING_HEAD: Final = re.compile(
    r"Amtsblatt|Bekanntmachung|BEKANNTMACHUNG|Pressemitteilung|Presseinformation|Amtliche[ ]"
)
"""What heads a gazette's notice or a press release (in its first lines)."""
_ANNOUNCING_REACH: Final = 400
_GAZETTE_REPORT: Final = re.compile(
    # "Der Gemeinderat … hat am 23.04.2024 in öffentlicher Sitzung den Bebauungsplan …"
    rf"\bhat{_GAP}am{_GAP}{_WEEKDAY}?(?P<date>{_DATE}),?{_GAP}in{_GAP}(?:öffentlicher{_GAP})?"
    r"Sitzung\b"
    # "Der Stadtrat … hat in seiner öffentlichen Sitzung am 19. Juni 2024 … gewählt", "Das Amt
    # hat dem Bauausschuss in seiner Sitzung am Dienstag, 9. April 2024, den Sachstand …"
    rf"|\bhat\b{_words(100)}\b[Ii]n{_GAP}(?:seiner|ihrer){_GAP}(?:öffentlichen{_GAP})?Sitzung"
    rf"{_GAP}am{_GAP}{_WEEKDAY}?(?P<in_date>{_DATE})"
)
"""A gazette's or a press release's report of what a body did in its sitting, in the perfect."""


def _gazette_reports(text: str) -> Iterator[Candidate]:
    """The sitting a gazette's notice or a press release reports on (:data:`_GAZETTE_REPORT`):
    its first such sentence, the first sitting the text names. In other texts the perfect tells
    of an earlier decision (``Der Rat hat in seiner Sitzung am … beschlossen, …`` in a paper's
    reasons)."""
    if _ANNOUNCING_HEAD.search(text, 0, _ANNOUNCING_REACH) is None:
        return
    m = _GAZETTE_REPORT.search(text)
    # (the first sitting the text names: not a committee's before the sitting a press release
    # announces, "… wird in ihrer Sitzung am 11. Juli 2024 … entscheiden. Der Finanzausschuss
    # hat die Vorlage in seiner Sitzung am 2. Juli 2024 … weitergeleitet.")
    if m is not None and "itzung" not in text[: m.start()]:
        group = "date" if m.group("date") else "in_date"
        date = _date_of(m, group)
        # (once: not where an announcement's phrasing reads it already)
        if date is not None and all(c.date != date for c in _announcements(text)):
            yield Candidate(date, m.start(), m.end(group), "announcement")


def _recommendations(text: str) -> Iterator[Candidate]:
    if "empfiehlt" not in text and "empfehlen" not in text:
        return
    yield from _matches(_RECOMMENDING, text, "recommendation")


# 9. A result that names its own sitting, below the decision (read by :func:`stated_below`,
#    where the head states no meeting): "Beratungsergebnis:" / "Die Stadtverordnetenversammlung
#    hat den Bericht in ihrer Sitzung am Donnerstag, den 7. Dezember 2023, zur Kenntnis
#    genommen.", "Abstimmungsergebnis: 27 : 21" / "In seiner Sitzung vom 18.07.24 hat der
#    Stadtrat den vorstehenden Beschluss gefasst." The sentence opens with the body or the
#    sitting and ends with its verdict (not a relative clause of a decided text: "…, den er in
#    seiner Sitzung am … gefasst hat").
_RESULT_DATED: Final = re.compile(
    rf"(?:^[ ]*|(?<=[.:] ))(?:(?:Der|Die|Das){_GAP}{_words(80)}\b(?:hat|haben){_GAP}"
    rf"{_words(80)}\bin|In){_GAP}(?:seiner|ihrer){_GAP}(?:[\w.-]+{_GAP}){{0,2}}?"
    rf"[\w-]*[Ss]itzung{_GAP}(?:am|vom){_GAP}{_WEEKDAY}?(?P<date>{_DATE}),?"
    rf"(?={_words(120)}\b(?:zur{_GAP}Kenntnis{_GAP}genommen|beschlossen|gefasst|zugestimmt"
    # (or the item dealt with, its result told after: "In seiner Sitzung am Freitag, dem 7. Juni
    # 2024, hat der Kreistag den Antrag beraten.")
    r"|abgelehnt|vertagt|verwiesen|überwiesen|genehmigt|beraten|behandelt)[ ]*\.)",
    re.MULTILINE,
)


_SITTING_OF_ITS_SUBJECT: Final = re.compile(
    rf"\b(?:hat|haben){_GAP}(?:[\w.-]+{_GAP}){{0,4}}?in{_GAP}(?:seiner|ihrer){_GAP}"
    rf"(?:[\w.-]+{_GAP}){{0,2}}?[\w-]*[Ss]itzung{_GAP}(?:am|vom){_GAP}{_WEEKDAY}?(?P<date>{_DATE})"
    # (and on in the same sentence to the vote, where the search ends)
    rf"{_clause(300)}\Z"
)
"""The sitting a sentence's subject decided in (``Die Bezirksverordnetenversammlung hat in ihrer
Sitzung am 18.04.2024 …``)."""


_SUBJECT_REACH: Final = 500
"""How far before a vote its sentence's subject and sitting are sought."""


def sitting_of_the_vote(text: str, vote: int) -> Candidate | None:
    """The sitting that the sentence holding the vote at ``vote`` names as its subject's,
    before the vote (``Die Bezirksverordnetenversammlung hat in ihrer Sitzung am 18.04.2024 die
    Beschlussempfehlung … mit den Stimmen der Fraktionen SPD … angenommen.``): the decision's,
    where the vote decides the text. Not a recommendation's (``Der Ausschuss … hat in seiner
    Sitzung am 16.04.2024 … mit 5 : 2 Stimmen empfohlen``): another body's sitting."""
    found = _SITTING_OF_ITS_SUBJECT.search(text, max(0, vote - _SUBJECT_REACH), vote)
    if found is None:
        return None
    _, end = Sentences(text).bounds(vote, vote)
    if _RECOMMENDED.search(text, found.start(), end) is not None:
        return None
    return _candidate(found, "result")


_DECIDED_IN_SITTING: Final = re.compile(
    rf"^[ ]*In{_GAP}der{_GAP}(?:(?:öffentlichen|nichtöffentlichen){_GAP})?Sitzung{_GAP}"
    rf"(?:des|der){_GAP}{_words(80)}\b(?:am|vom){_GAP}{_WEEKDAY}?(?P<date>{_DATE}),?{_GAP}"
    rf"(?=(?:wurde|wurden){_words(60)}\b(?:beschlossen|gefasst)[ ]*:)",
    re.MULTILINE,
)
"""A decision opened with the sitting that took it (``In der Sitzung des Ortschaftsrates
Markwerben am 16.05.2023 wurde wie folgt beschlossen:``)."""
_EXCERPT_OPENS_WITH_SITTING: Final = re.compile(
    r"^[ ]*(?:Auszug[ ]+aus[ ]+(?:der[ ]+Niederschrift|dem[ ]+Protokoll)|Protokollauszug"
    r"|Niederschriftsauszug)[ ]*:?[ ]*\n(?:[ ]*\n)*"
    rf"[ ]*In{_GAP}der{_GAP}(?:(?:öffentlichen|nichtöffentlichen){_GAP})?Sitzung{_GAP}"
    rf"(?:des|der){_GAP}{_words(80)}\b(?:am|vom){_GAP}{_WEEKDAY}?(?P<date>{_DATE}),?{_GAP}"
    rf"(?=(?:wurde|wurden){_words(80)}\b(?:beraten|behandelt|beschlossen)\b)",
    re.MULTILINE,
)
"""An excerpt of the minutes, headed so, whose record opens with its sitting (``Auszug aus der
Niederschrift:`` / ``In der Sitzung des Ortsbeirates … am Mittwoch, dem 12. Juni 2024, wurde
unter TOP 8 der vorstehende Antrag beraten.``): under the motion it deals with."""


# ... or the record's closing line, as a certified extract ends ("Beschlossen in öffentlicher
# Sitzung des Ortsgemeinderates Hahnheim am 17.10.2024.")
_CLOSING_DATED: Final = re.compile(
    rf"^[ ]*(?:Beraten{_GAP}und{_GAP})?[Bb]eschlossen{_GAP}in{_GAP}(?:der{_GAP})?"
    rf"(?:(?:[Öö]ffentliche[nr]|[Nn]ichtöffentliche[nr]|[Nn]icht[ ]öffentliche[nr]){_GAP})?"
    rf"Sitzung\b{_words(160)}{_GAP}(?:am|vom){_GAP}{_WEEKDAY}?(?P<date>{_DATE})"
    # (the item's number after it: "…, TOP 11.")
    r"(?:,[ ]*(?:TOP|Tagesordnungspunkt)[ ]+[ÖN]?[ ]?[0-9][0-9.]*?)?[ ]*\.?[ ]*$",
    re.MULTILINE,
)


_RESULT_HEADING: Final = re.compile(
    r"^[ ]*(?:Beratungs|Sitzungs|Abstimmungs)?[Ee]rgebnis(?:se)?[ ]*:?[ ]*\n(?:[ ]*\n)?",
    re.MULTILINE,
)
"""A result's heading alone on its line (``Beratungsergebnis``)."""
_RESULT_FIELDS_REACH: Final = 200
"""How far below its heading a result's fields stand."""
_RESULT_REST: Final = 2000
"""How far below it another body's result would stand."""
_RECOMMENDED: Final = re.compile(r"\b(?:empfiehlt|empfehlen|empfohlen)\b")


def _course_with_results(text: str, decision: int) -> bool:
    """Whether the head of ``text`` holds a Beratungsfolge whose rows show results (``überwiesen``,
    ``mit Änderungen empfohlen``): a paper's history, whose results are each body's."""
    for row in candidates(text, decision):
        if row.rule != "Beratungsfolge":
            continue
        start = text.rfind("\n", 0, row.start) + 1
        end = text.find("\n", row.end)
        if _ROW_RESULT.search(text, start, len(text) if end < 0 else end) is not None:
            return True
    return False


def stated_below(text: str, decision: int, results: int | None) -> Candidate | None:
    """The meeting as the text states it below its head (what :func:`stated_meeting_date`
    reads, up to ``decision``, where the text's first decision starts), where the head states
    none: the title of a record of the sitting (``Auszug aus der Niederschrift über die Sitzung
    der Verbandsversammlung`` / ``vom 28. Juni 2024``, under the motion it decided), the
    record's closing line (:data:`_CLOSING_DATED`), and a result's sentence
    (:data:`_RESULT_DATED`) from ``results`` (where its results start) on;
    their one date, or None (none, or several dates)."""
    below = len(_head(text, decision))
    # an excerpt of the minutes opened with its sitting, in the head or below it (its heading
    # says what it is, wherever it stands)
    opened = (
        [
            c
            for m in _EXCERPT_OPENS_WITH_SITTING.finditer(text)
            if (c := _candidate(m, "result")) is not None
        ]
        if "Auszug" in text or "auszug" in text
        else []
    )
    # (a sitting named, or a result's heading that names the body and the day: "Ergebnis der
    # Beratung im Jugendhilfeausschuss am 10.09.2024 (TOP 5.2):")
    sitting = "itzung" in text[below:]
    if (
        not sitting
        and not opened
        and (
            "rgebnis " not in text[below:]
            # (one result's heading: not each body's of a paper's course, "Ergebnis der Beratung im
            # Ausschuss … am …:" / "Ergebnis der Beratung im Rat … am …:", nor one below a
            # Beratungsfolge that shows the course's results)
            or len(_RESULT_LINE.findall(text, below)) != 1
            or _course_with_results(text, decision)
        )
    ):
        return None
    found = [
        c
        for c in _titles(text)
        if c.start >= below
        and (sitting or _RESULT_TITLE.match(text, c.start) is not None)
        and (
            _RECORD_OR_RESULT.search(text, c.start, c.end) is not None
            # (or where the paper was dealt with: "Beratung in der Sitzung des Stadtrates am
            # 20.03.2024, TOP 9.2", under the motion's reasons)
            or text[c.start : c.end].lstrip().startswith("Beratung ")
        )
    ]
    # (or from a result's heading alone on its line, above the decision: "Beratungsergebnis" /
    # "In seiner Sitzung am Freitag, dem 7. Juni 2024, hat der Kreistag den Antrag beraten.")
    if "rgebnis" in text and (heading := _RESULT_HEADING.search(text, below)) is not None:
        results = heading.end() if results is None else min(results, heading.end())
    if results is not None:
        found += [
            c
            for m in _RESULT_DATED.finditer(text, results)
            if (c := _candidate(m, "result")) is not None
        ]
    if "eschlossen in" in text:
        found += [
            c
            for m in _CLOSING_DATED.finditer(text, below)
            if (c := _candidate(m, "result")) is not None
        ]
    if "In der Sitzung" in text:
        # the decision opened with its sitting, below the paper's story ("In der Sitzung des
        # Ortschaftsrates Markwerben am 16.05.2023 wurde wie folgt beschlossen:")
        found += [
            c
            for m in _DECIDED_IN_SITTING.finditer(text, below)
            if (c := _candidate(m, "result")) is not None
        ]
    found += opened
    if "rgebnis" in text:
        # a result's heading over the sitting's fields ("Beratungsergebnis" / "Gremium: Stadtrat
        # Sitzung: 23. Sitzung am 30.03.2022   TOP 9"), below the paper's story
        # (one body's: not a paper's course of several, each with its fields, nor a body's
        # recommendation to the one that decides later)
        for heading in _RESULT_HEADING.finditer(text, below):
            rest = text[heading.end() : heading.end() + _RESULT_REST]
            dated = list(_labels_above_values(rest))
            if (
                len(dated) != 1
                or dated[0].start >= _RESULT_FIELDS_REACH
                or _RECOMMENDED.search(rest) is not None
            ):
                continue
            at = heading.end()
            found.append(
                dated[0]._replace(start=dated[0].start + at, end=dated[0].end + at, rule="result")
            )
    if "vorgetragen" in text or "beantwortet" in text or "verlesen" in text:
        # "Antwort des Magistrats" / "(mündlich vorgetragen … in der 41. Sitzung der …
        # am Montag, 11. November 2024)", below the question's reasons
        found += [
            c
            for m in _ANSWERED_IN.finditer(text, below)
            if (c := _candidate(m, "announcement")) is not None
        ]
    if len({c.date for c in found}) != 1:
        return None
    # (not the last of a paper's sittings told in turn, the first heading above its decision:
    # "Auszug aus dem Protokoll der Sitzung des Ausschusses … vom 04.03.2025" / its decision /
    # "Auszug aus dem Protokoll der Sitzung des Hauptausschusses vom 13.03.2025")
    return None if sitting_heading_days(text, 0, below) - {found[0].date} else found[0]


# ---------------------------------------------------------------------------------------------
# The decision

_RULES: Final = (
    _titles,
    _places_and_dates,
    _sitting_fields,
    _records,
    _print_views,
    _breadcrumbs,
    _labels_above_values,
    _time_lines,
    _body_dates,
    _announcements,
    _recommendations,
    _gazette_reports,
)
# The meeting is stated in the head of a text, before its first decision; dates further down
# are the text's references to other meetings ("Marktgemeinderatssitzung vom 26.06.2025:" over
# the decisions of an earlier meeting, announced in this one).
HEAD: Final = 3000


# The paper's story starts at its heading ("Sachverhalt", "Begründung:" opening a line): there
# "Der Rat hat in seiner Sitzung am … folgenden Beschluss gefasst:" quotes an earlier decision.
_STORY_HEADINGS: Final = ("Sachverhalt", "Begründung")
_HEADING_END: Final = re.compile(r"[ ]*:|[ |]*(?:\n|$)")


def _story_start(text: str, cut: int) -> int:
    """Where the first story heading before ``cut`` opens its line (else ``cut``)."""
    for word in _STORY_HEADINGS:
        at = text.find(word, 0, cut)
        while at != -1:
            line_start = text.rfind("\n", 0, at) + 1
            if not text[line_start:at].strip(" |") and _HEADING_END.match(text, at + len(word)):
                cut = line_start
                break
            at = text.find(word, at + 1, cut)
    return cut


_LOWER: Final = re.compile(r"(?!(?<=\bN)r\.)[a-zäöüß]")
"""A small letter, but the r of a number's ``Nr.`` (``BESCHLUSS Nr. 212/24``)."""
_CAPITALS: Final = re.compile(r"[A-ZÄÖÜ]{3}")
_CAPITAL_WORD: Final = re.compile(r"[A-ZÄÖÜ]+")
_SMALL_WORDS: Final = frozenset(
    {"am", "an", "auf", "aus", "bei", "das", "dem", "den", "der", "des", "die", "für", "im", "in"}
    | {"mit", "über", "um", "und", "vom", "von", "zum", "zur"}
)


def _in_mixed_case(text: str) -> str:
    """``text`` with each line in capitals (two words of three letters at least, no small
    letter: ``AUS DER ÖFFENTLICHEN SITZUNG DES RATES VOM …``) written as German prose writes it:
    a noun with its capital, the small words of a title (articles, prepositions) in lower case,
    the line's first word capitalised; same length, so every offset stays. A title printed in
    capitals is then read as any other. (Line by line, each looked at once: linear.)"""
    if _CAPITALS.search(text) is None:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _LOWER.search(line) is not None or len(_CAPITALS.findall(line)) < 2:
            continue
        words: list[str] = []
        pos = 0
        for n, m in enumerate(_CAPITAL_WORD.finditer(line)):
            w = m.group()
            low = w.lower()
            words += [line[pos : m.start()], low if n and low in _SMALL_WORDS else w[0] + low[1:]]
            pos = m.end()
        cased = "".join([*words, line[pos:]])
        if len(cased) == len(line):
            lines[i] = cased
    return "\n".join(lines)


def _head(text: str, head_end: int, *, story: bool = True) -> str:
    """``text`` before its first decision (``head_end``) or its Sachverhalt, at most
    :data:`HEAD` characters, cut at a line end."""
    cut = min(head_end, HEAD, len(text))
    if story:
        cut = _story_start(text, cut)
    if cut >= len(text):
        return text
    return text[: text.rfind("\n", 0, cut + 1) + 1]


# What every date holds from its first full stop on (".03.20", ". 03. 20", ". März 2024",
# ". Sept. 2024"), or an ISO date from its first dash ("-03-12"); a pattern that opens with a
# literal is found fast.
_DATE_LIKE: Final = re.compile(
    r"\.(?:[ ]?[0-9]{1,2}\.(?:[ ]?|[ ]*+\n[ ]*+)[0-9]{2}"
    r"|(?:[ ]?|[ ]*+\n[ ]*+)[A-ZÄÖÜ][a-zä]{2,8}\.?[ \n]+[0-9]{4})"
    r"|-[01][0-9]-[0-3][0-9]"
)


# A running head or foot that titles the minutes with their sitting's date, beside the page's
# number ("Niederschrift über die Sitzung der Gemeindevertretung Felde am 26.09.2024     Seite 6
# von 11"), or the sitting alone ("Sitzung des Gemeinderates Egling vom 08.10.2024     Seite 4
# von 9"): the document's own date, wherever a page break puts it
_RUNNING_TITLE: Final = re.compile(
    rf"^[ ]*(?:[^\n]{{0,60}}?[ ])?(?:Niederschrift|Protokoll|Sitzung)\b"
    # (or the body's short name and the date: "Gemeinde Eching · Niederschrift GR 21.09.2023
    # öffentl.      Blatt 5")
    rf"(?:[^\n]{{0,120}}?\b(?:am|vom)[ ]+|[ ]+[A-ZÄÖÜ][A-Za-zÄÖÜ]{{1,5}}[ ]+)"
    rf"{_WEEKDAY}?(?P<date>{_DATE})[^\n]{{0,40}}?[ ]{{2,}}"
    r"(?:(?:Seite|Blatt)[ ]+[0-9]{1,4}(?:[ ]+von[ ]+[0-9]{1,4})?|-[ ]?[0-9]{1,3}[ ]?-)[ ]*$",
    re.MULTILINE,
)


# ... or a print's foot that names the body, the sitting's date and the item, then the page
# ("Ausschuss für Stadtentwicklung, Umwelt und Verkehr - 26.11.2024 - Ö 7      Seite 4 von 11")
_SITTING_FOOT: Final = re.compile(
    rf"^[ ]*[A-ZÄÖÜ][^\n]{{2,100}}?[ ]+[-–][ ]+(?P<date>{_DATE})[ ]+[-–][ ]+"
    r"(?:TOP[ ]+)?(?:[ÖN][ ]?)?[0-9]{1,3}(?:\.[0-9]{1,3}){0,3}[a-z]?[ ]{2,}"
    r"(?:Seite|Blatt)[ ]+[0-9]{1,4}(?:[ ]+von[ ]+[0-9]{1,4})?[ ]*$",
    re.MULTILINE,
)


def _running_titles(text: str) -> Iterator[Candidate]:
    # (every running title names the record or the sitting: a cheap test spares the scan)
    if "Niederschrift" in text or "Protokoll" in text or "Sitzung" in text:
        yield from _matches(_RUNNING_TITLE, text, "running title")
    if "Seite" in text or "Blatt" in text:
        yield from _matches(_SITTING_FOOT, text, "running title")


def candidates(text: str, head_end: int = HEAD, *, story: bool = True) -> list[Candidate]:
    """Every date a rule reads as a meeting date in the head of ``text`` (up to ``head_end`` and
    never beyond :data:`HEAD` characters; with ``story``, not beyond the paper's story), in text
    order."""
    found: list[Candidate] = []
    # every rule reads a date: a head without one is passed at once (most texts with no date
    # before their first decision)
    if _DATE_LIKE.search(text, 0, min(head_end, HEAD)) is not None:
        head = _in_mixed_case(_head(text, head_end, story=story))
        found = [c for rule in _RULES for c in rule(head)]
    # a paper's Beratungsfolge is a table of its own, wherever the page prints it
    if "Beratung" in text or "Gremium" in text or "Vorlage an" in text:
        found.extend(_sequence_dates(_head(text, HEAD, story=False)))
    # a page's running title, wherever it stands
    found.extend(_running_titles(text))
    # the text's own decision announced with its sitting, past the paper's story (where no
    # other rule reads a date: a body's recommendation the story tells is not then taken)
    if not found and ("Beschl" in text or "Sitzung" in text):
        found.extend(_own_decision_announced(text))
    return sorted(found, key=lambda c: (c.start, c.rule))


_OWN_DECISION_ANNOUNCED: Final = re.compile(
    rf"\bhat\b{_words(100)}\b[Ii]n{_GAP}(?:seiner|ihrer){_GAP}(?:öffentlichen{_GAP})?Sitzung"
    rf"{_GAP}am{_GAP}{_WEEKDAY}?(?P<date>{_DATE}),?[ \n]"
    # (or what it dealt with between: "… am 27. Juni 2024 die Beschlussvorlage BV-045/24 …
    # beraten und folgende Empfehlung beschlossen:"; one run of words, a space before the
    # formula: no two runs of blanks to share out between them)
    rf"{_words(200)}(?<=[ \n])"
    r"(?:(?:folgenden|nachstehenden)(?:[ ]+|[ ]*\n[ ]*)Beschluss(?:[ ]+|[ ]*\n[ ]*)gefasst"
    r"|folgende(?:[ ]+|[ ]*\n[ ]*)(?:Empfehlung|Stellungnahme)(?:[ ]+|[ ]*\n[ ]*)"
    r"(?:beschlossen|abgegeben))[ ]*:"
    # (not one quoted, an earlier decision a paper reports: "… folgenden Beschluss gefasst:" /
    # "„1. Das Bezirksamt wird gebeten, …“")
    r"(?![ \n]*[„“\"»])"
)
"""The text's own decision announced with its sitting, over it (``Der Stadtrat … hat in seiner
öffentlichen Sitzung am Donnerstag, dem 19. September 2024, folgenden Beschluss gefasst:``),
after the paper's story (a Beschlussausfertigung's Sachverhalt, then the decision)."""


# ... or its vote in the sentence, the decided text after its colon ("Die
# Bezirksverordnetenversammlung hat in ihrer 27. öffentlichen Sitzung am 18. April 2024 auf
# Empfehlung des Ausschusses … einstimmig beschlossen:")
_OWN_DECISION_VOTED: Final = re.compile(
    rf"\bhat\b{_words(100)}\b[Ii]n{_GAP}(?:seiner|ihrer){_GAP}(?:[0-9]{{1,3}}\.{_GAP})?"
    rf"(?:öffentlichen{_GAP})?Sitzung{_GAP}am{_GAP}{_WEEKDAY}?(?P<date>{_DATE}),?[ \n]"
    rf"{_words(200)}(?<=[ \n])(?:einstimmig|mehrheitlich){_GAP}beschlossen[ ]*:"
    r"(?![ \n]*[„“\"»])"
)


def _own_decision_announced(text: str) -> Iterator[Candidate]:
    """The sitting of :data:`_OWN_DECISION_ANNOUNCED` (or :data:`_OWN_DECISION_VOTED`), its first
    such sentence."""
    if "beschlossen:" in text and (voted := _OWN_DECISION_VOTED.search(text)) is not None:
        if (date := _date_of(voted, "date")) is not None:
            yield Candidate(date, voted.start(), voted.end("date"), "announcement")
        return
    opens = _OWN_SITTING_OPENS.search(text) if "Sitzung" in text else None
    if opens is not None and vocab.VOTE_RESULT.search(
        text, opens.end(), opens.end() + _ITS_VOTE_REACH
    ):
        if (date := _date_of(opens, "date")) is not None:
            yield Candidate(date, opens.start(), opens.end("date"), "announcement")
        return
    if "folgende" not in text and "nachstehenden" not in text:
        return
    m = _OWN_DECISION_ANNOUNCED.search(text)
    # (the text's own only where its vote follows: an earlier decision a Sachverhalt quotes so,
    # "Der Rat hat in seiner Sitzung am 07.07.2022 … folgenden Beschluss gefasst:" over its
    # text alone, tells no sitting of this record)
    if m is None or vocab.VOTE_RESULT.search(text, m.end(), m.end() + _ITS_VOTE_REACH) is None:
        return
    if (date := _date_of(m, "date")) is not None:
        yield Candidate(date, m.start(), m.end("date"), "announcement")


_OWN_SITTING_OPENS: Final = re.compile(
    rf"(?m)^[ ]*In{_GAP}(?:seiner|ihrer){_GAP}(?:öffentlichen{_GAP})?Sitzung{_GAP}(?:vom|am)"
    rf"{_GAP}{_WEEKDAY}?(?P<date>{_DATE}){_GAP}(?:hat|haben)\b{_words(200, ':')}(?<=[ \n])"
    r"(?:befasst|beraten|behandelt)[ ]*:"
)
"""An excerpt's opening sentence that tells the sitting the record is of (``In seiner Sitzung
vom 8. Mai 2023 hat sich der Ortschaftsrat mit der Drucksache Nr. 061/2023 befasst:``)."""
_ITS_VOTE_REACH: Final = 3000
"""How far below its announcement the decision's vote result (vocab.VOTE_RESULT) stands."""


_RECORD_TITLE: Final = re.compile(r"Auszug|Niederschrift|[Pp]rotokoll|Beschluss")
"""What titles a record of one sitting (an excerpt, the minutes, a ``Wortprotokoll``, the
decision)."""
_DECISION_OF: Final = re.compile(r"Beschlu(?:ss|ß)[ ]+(?:der|des)\b")
_ROW_RESULT: Final = re.compile(
    r"\b(?:beschlossen|empfohlen|überwiesen|verwiesen|abgelehnt|vertagt|zurückgestellt"
    r"|zurückgezogen|zugestimmt|angenommen|zur[ ]Kenntnis[ ]genommen|erledigt)\b"
)
"""A result in a Beratungsfolge's rows: the table is a history, not the bodies still to come."""
_RESULT_TITLE: Final = re.compile(_RESULT_WORD + r"\b")
_RESULT_LINE: Final = re.compile(
    "^" + _RESULT_WORD + r"[ ]+(?:(?:der|des|im|in)[ ]|\(?[A-ZÄÖÜ])", re.MULTILINE
)
"""A heading of the result the text shows (``Ergebnis der Anhörung im Ortschaftsrat … am …``)."""
_RECORD_OR_RESULT: Final = re.compile(
    _RECORD_TITLE.pattern + r"|[Ee]rgebnis|\bAntwort\b|\bAus[ ]+der[ ]+(?:\w+[ ]+)?Sitzung\b"
)
"""... or its result ("Ergebnis der Beratung in der Sitzung der Verbandskammer am Mittwoch, 13.
Dezember 2023:"), or a question's answer ("Antwort des Magistrats in der Sitzung … am …:"), or
what the sitting made of the paper, under it ("Aus der Sitzung des Ausschusses … am Mittwoch,
dem 6. November 2024:"), below a head that names no sitting (:func:`stated_below`)."""


_RESULT_OF: Final = re.compile(
    r"^[ |]*(?:(?:Beschlu(?:ss|ß)|Ergebnis|Abstimmungsergebnis|Entscheidung)[ ]+"
    r"(?:(?:des|der|im)[ ]+(?P<body>[^\W\d][^\n:0-9|]{2,79}?)"
    # (or the body's name alone, its sitting's date after it: "Abstimmungsergebnis Stadtrat am
    # 07.03.2024")
    # (or in parentheses: "Abstimmungsergebnis Stadtrat (28.05.2025):")
    rf"|(?P<named>[A-ZÄÖÜ][^\n:0-9|()]{{2,79}}?)[ ]+(?:(?:am|vom)[ ]+(?P<date>{_DATE})"
    rf"|\((?P<within>{_DATE})\)))[ ]*:?"
    # (or the body and its sitting's date alone, as a heading: "Kreistag 22.02.2024:")
    rf"|(?P<alone>[A-ZÄÖÜ][^\n:0-9|()]{{2,79}}?)[ ]+(?P<alone_date>{_DATE})[ ]*:"
    # (or the body's minutes excerpted, undated: "Auszug aus der Niederschrift über die 14. Sitzung
    # des Kreisausschusses")
    r"|(?:Auszug[ ]+aus[ ]+der[ ]+)?(?:Niederschrift|Protokoll)[ ]+"
    r"(?:über[ ]+die|der|aus[ ]+der)[ ]+(?:[0-9]{1,3}\.[ ]+)?"
    # (the body's name wrapped onto the next line: "… der 12. Sitzung der" / "Verbandsversammlung,
    # TOP 4")
    r"(?:(?:öffentlichen?|nichtöffentlichen?)[ ]+)?Sitzung[ ]+(?:des|der)(?:[ ]+|[ ]*\n[ ]*)"
    r"(?P<excerpt>[^\W\d][^\n:0-9|()]{2,79}?)"
    # (the item after it: "Auszug aus der Niederschrift der 27. Sitzung der Regionalversammlung,
    # TOP 4")
    r"(?:[ ]*,?[ ]+(?:TOP|Tagesordnungspunkt)[ ]*(?:[ÖöN][ ]*)?[0-9][0-9.]*)?"
    # (or the body and its sitting's number on the line under an excerpt's title, as ALLRIS
    # prints it: "Auszug aus dem Protokoll" / "Verbandsgemeinderat - VGR/05/2024")
    r"|(?:Auszug[ ]+aus[ ]+dem[ ]+Protokoll|Protokollauszug)[ ]*\n[ ]*"
    r"(?P<protocol>[^\W\d][^\n:0-9|()]{2,79}?)[ ]+[-–][ ]+[^\s|]{3,30})[ |]*$",
    re.MULTILINE,
)
"""A result's heading that names the body it is of, alone on its line (``Beschluss des
Stadtrates:``)."""


def _deciding_row(
    text: str, rows: Sequence[Candidate], after: int, before: int
) -> Candidate | None:
    """The row of a Beratungsfolge (``rows``) of the one body whose result the text shows below
    it under a heading that names that body (``Stadtrat   13.03.2025   Ö   Entscheidung`` …
    ``Beschluss des Stadtrates:``), or, where none does, of the one body whose record the text
    is by its title above the table (``Auszug aus der Niederschrift der 31. Sitzung der
    Stadtverordnetenversammlung``, undated); or None. A heading for each of several bodies, or
    a body on several rows, names no one meeting."""
    headings = list(_RESULT_OF.finditer(text, after))
    if not headings:
        headings = [
            m
            for m in _RESULT_OF.finditer(text, 0, before)
            if m.group("excerpt") or m.group("protocol")
        ]
    named = {
        _folded(
            m.group("body")
            or m.group("named")
            or m.group("alone")
            or m.group("excerpt")
            or m.group("protocol")
        )
        for m in headings
    }
    if len(named) != 1:
        return None
    (body,) = named
    dated = {
        d
        for m in headings
        for group in ("date", "within", "alone_date")
        if m.group(group) and (d := _date_of(m, group)) is not None
    }
    matching = []
    for row in rows:
        start = text.rfind("\n", 0, row.start) + 1
        cells = _CELL_GAP.split(text[start : row.start].strip(" |"))[:_BODY_CELLS]
        if not text[start : row.start].strip(" |"):
            # (the date's cell first, the body's after it: "|20.06.2024 |Verbandsgemeinderat
            # |Entscheidung |")
            end = text.find("\n", row.end)
            cells = _CELL_GAP.split(text[row.end : len(text) if end < 0 else end].strip(" |"))[:1]
        # (the one name the other's first words: "Kreistag Vorpommern-Greifswald" / "Beschluss
        # des Kreistages:"; the body's cell after a status's: "Öffentlich | Kreistag | …")
        if any(
            (name := _folded(cell))
            and ((body + " ").startswith(name + " ") or (name + " ").startswith(body + " "))
            for cell in cells
        ):
            matching.append(row)
    if len({r.date for r in matching}) != 1 or not dated <= {matching[0].date}:
        return None
    return matching[0]


_BODY_CELLS: Final = 2
"""A Beratungsfolge row names its body in its first cell, or its second after a status's."""
_CELL_GAP: Final = re.compile(r"[ ]{2,}|\t|[ ]*\|[ ]*")
"""What parts a Beratungsfolge row's cells: two spaces, a tab, or a pipe."""


def _folded(name: str) -> str:
    """A body's name to compare: lower-case, single-spaced, without a genitive's ending
    (``Stadtrates`` → ``stadtrat``)."""
    return " ".join(nominative(word) for word in name.lower().split())


_RULE_LINE: Final = re.compile(r"[ ]*(?:-{5,}|_{5,}|={5,}|–{5,})[ ]*(?:\n|$)")
_PUBLIC_TO_END: Final = re.compile(
    r"[ ]*(?:[-–—,][ ]*(?:[Öö]ffentlich|[Nn]ichtöffentlich|[Nn]icht öffentlich)[ ]*)?(?:\n|$)"
)


def _framed_heading(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, a sitting's line, is a heading framed by rules (a rule's line
    right above it and right below it), nothing but whether it was public after it."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or (match := _PUBLIC_TO_END.match(text, end)) is None:
        return False
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return (
        line_start > 0
        and _RULE_LINE.match(text, above) is not None
        and _RULE_LINE.match(text, match.end()) is not None
    )


_SITTING_FIELDS_LINE: Final = re.compile(r"[ |]*Sitzung(?:snummer|s-?Nr\.?)?[ ]*:")
"""A line of the sitting's fields, its number or name first (``Sitzungsnummer:AUKA/0012/2024
Datum:04.11.2024``)."""
_ITEM_AFTER: Final = re.compile(
    # (whether the part was public between: ", öffentlicher Teil, TOP 8")
    r"(?:[ ]*,[ ]*(?:[Öö]ffentliche[rn]?|[Nn]ichtöffentliche[rn]?)[ ]+(?:Teil|Sitzung))?"
    r"[ ]*[,|]?(?:[ ]+|[ ]*\n[ ]*)"
    r"(?:(?:TOP|Tagesordnungspunkt)[ ]|(?:Ö|NÖ|N)[ ]?[0-9]{1,3}(?:\.[0-9]{1,3})*\b)"
)
"""The item of the sitting after its date on its line (``… vom 04.06.2024        TOP Ö 12``,
``SchA | 12.09.2024 | TOP Ö 6``, ``Stadtrat, 07.03.2024, Ö 23``, ``Stadtrat Weißenfels, 42.
Sitzung am 18.04.2024, öffentlicher Teil, TOP 8``)."""


def stated_meeting_date(text: str, head_end: int = HEAD) -> Candidate | None:
    """The one meeting date the rules agree on in the head of ``text`` (its first statement), or
    None.

    A Beratungsfolge with meetings on several dates makes the text a paper's history: None,
    unless the rest of the head states one of those meetings as the text's own. A
    mirror site repeats its page title (``Aktie "Protokoll … vom 18.06.2021"``); where that copy
    and the document's own header disagree, the header wins.
    """
    found = candidates(text, head_end)
    history = {c.date for c in found if c.rule == "Beratungsfolge"}
    if len(history) > 1:
        # an excerpt of one of the meetings of its history, titled so ("Auszug aus der Sitzung
        # des Verwaltungsausschusses vom 20.02.2024" over the Beratungsfolge): that meeting's
        # date (a sentence that tells of a sitting, "Der Rat hat in seiner Sitzung am …", is none)
        rows = [c for c in found if c.rule == "Beratungsfolge"]
        low, high = min(r.start for r in rows), max(r.end for r in rows)
        # a title, or a body and its sitting's date ("Gemeinderat - Sitzung vom 20.05.2025"),
        # above the table; below it, only the title of an excerpt or of minutes ("Auszug aus
        # der Sitzung des Verwaltungsausschusses vom 20.02.2024"): not a row of the table read
        # as a title ("12. Sitzung des Ausschusses … 30.09.2025"), nor a listing of each body's
        # result, which repeats the sittings ("Ortsrat Altkloster – Sitzung am 12.02.2024 –
        # TOP 6", "Rat   07.11.2023")
        stated = [
            c
            for c in found
            if (
                c.end <= low
                and (
                    # (or a certified copy's opening sentence: "Die Stadtverordnetenversammlung
                    # hat in ihrer 24. Sitzung am 16.05.2024 … folgenden Beschluss gefasst:", the
                    # paper with its course appended below)
                    c.rule in {"title", "announcement"}
                    # (or the sitting's field over it: "Gremium: Stadtrat   Sitzung: 27.09.2023
                    # TOP: 9.2   Ergebnis: in Ausschuss verwiesen")
                    or (
                        c.rule == "label beside value"
                        and (
                            "Sitzung" in text[c.start : c.end]
                            # (or the line of the sitting's fields: "Sitzungsnummer:AUKA/0012/2024
                            # Datum:04.11.2024   Status:öffentlich")
                            or _SITTING_FIELDS_LINE.match(text, text.rfind("\n", 0, c.start) + 1)
                            is not None
                        )
                    )
                    or (
                        c.rule == "body and date"
                        # (or an excerpt's: "Auszug - Haupt- und Finanzausschuss - 12.09.2023")
                        and (
                            "Sitzung" in text[c.start : c.end]
                            or _RECORD_TITLE.search(text, c.start, c.end) is not None
                            # (or its item after it: "SchA | 12.09.2024 | TOP Ö 6")
                            or _ITEM_AFTER.match(text, c.end) is not None
                        )
                    )
                )
            )
            or (
                c.start >= high
                and c.rule == "title"
                and _RECORD_TITLE.search(text, c.start, c.end) is not None
                # (not one body's decision heading in the history: "Beschluss der BVV vom …")
                and _DECISION_OF.match(text, c.start) is None
            )
        ]
        if len({c.date for c in stated}) == 1 and stated[0].date in history:
            return None if _another_sitting_below(text, stated[0], head_end) else stated[0]
        # ... or the one title below it, the deciding sitting's line over the item ("Sitzung
        # der Stadtverordnetenversammlung   22.02.2024   TOP Ö 17"; a listing of each body's
        # result repeats one such line per body)
        # (the whole head read: a listing may run on past the first decision; and past the
        # paper's story, the deciding sitting's line over its item: "Begründung: …" / "Sitzung
        # des Stadtrates … vom 04.06.2024   TOP Ö 12" / "Beschluss: …")
        everything = candidates(text) if head_end < HEAD else list(found)
        story_end = len(_head(text, HEAD))
        # (or a heading line of its own, framed by rules: "-----" / "Verwaltungsausschuss -
        # Sitzung vom Dienstag, 11.06.2024 - nichtöffentlich" / "-----")
        everything += [
            c
            for c in candidates(text, story=False)
            if c.start >= story_end
            and (
                _ITEM_AFTER.match(text, c.end) is not None or _framed_heading(text, c.start, c.end)
            )
        ]
        below = [c for c in everything if c.start >= high and c.rule in ("title", "body and date")]
        titles = [
            c for c in below if c.rule == "title" and _DECISION_OF.match(text, c.start) is None
        ]
        if not stated and not below and (row := _deciding_row(text, rows, high, low)) is not None:
            return row
        if not stated and len(titles) == 1 and {c.date for c in below} == {titles[0].date}:
            # (the last sitting of the history, the one that decides: an earlier body's line
            # over its result is one body's result listed, "… – Sitzung am … – TOP 6" /
            # "empfohlen")
            # (or a result's heading, the one result the text shows: "Ergebnis der Anhörung im
            # Ortschaftsrat Durlach am 26.06.2024", the later bodies still to come)
            # (or the one heading framed by rules over the text's decision: that body's record)
            last = titles[0].date == max(history)
            framed = _framed_heading(text, titles[0].start, titles[0].end)
            return (
                titles[0] if last or framed or _RESULT_TITLE.match(text, titles[0].start) else None
            )
        # (or the body's line with its sitting's date and the item: "Verbandsgemeinderat
        # Elbe-Heide, 30.11.2023, TOP Ö 7" over "Abstimmungsergebnis:")
        decisions = [
            c
            for c in below
            if (c.rule == "title" and c not in titles)
            or (c.rule == "body and date" and _ITEM_AFTER.match(text, c.end) is not None)
        ]
        if (
            not stated
            and not titles
            and len(decisions) == 1
            and len(below) == 1
            and _ROW_RESULT.search(text, low, high) is None
        ):
            # the one decision heading below a table of the bodies still to deal with it (their
            # roles, no results), the sitting of one of them ("Beschluss des Rates in der
            # Sitzung am 14. November 2024 (TOP Ö 9):"; a district's that referred it on,
            # "Bezirksvertretung Beuel, Sitzung vom 11.06.2024, TOP 1.4"); a history lists
            # results
            return decisions[0] if decisions[0].date in history else None
        return None
    if len({c.date for c in found}) > 1:
        head = _head(text, head_end)
        folded = " ".join(head.split())
        found = [
            c
            for c in found
            if c.rule != "title" or folded.count(" ".join(head[c.start : c.end].split())) < 2
        ]
        # a running head over a page's number ("Verhandlungsniederschrift GR 21.11.2023   - 9 -",
        # a template's date left from the sitting before; a running title) or a browser's page
        # title ("Ortsrat X - Sitzung vom 14.06.2024 - Bürgerinformationssystem …") beside the
        # document's own title: the document's title wins
        own = [
            c
            for c in found
            if c.rule != "running title" and (c.rule != "title" or not _page_furniture(text, c))
        ]
        if len(own) < len(found) and any(c.rule == "title" for c in own):
            found = own
    if (
        "Beschl" in text
        and (known := vocab.MADE_KNOWN_TITLE.search(text)) is not None
        and any(c.rule == "title" and c.end <= known.start() for c in found)
    ):
        # decisions of other sittings made known under the title ("Bekanntgabe von Beschlüssen
        # aus nichtöffentlichen Sitzungen" / … / "Verwaltungsausschuss, Sitzung am 19.02.2024"):
        # the sittings below are theirs
        found = [c for c in found if c.start < known.start()]
    titled = {c.date for c in found if c.rule == "title"}
    if len(titled) == 1 and history and min(history) > min(titled):
        # the title's sitting comes before every dated row of the Beratungsfolge: its rows are
        # the sittings still to come ("Sitzung am Mittwoch, den 8. November 2023" over
        # "Beratungsfolge:" / "Ausschuss … – Vorberatung" / "Rat – Entscheidung 14.12.2023")
        found = [c for c in found if c.rule != "Beratungsfolge"]
    elif len(titled) == 1 and history and max(history) < min(titled):
        # ... or after every one: they are the bodies that dealt with it before the sitting the
        # title names ("Beschluss der Stadtverordnetenversammlung" / "aus der 26. Plenarsitzung
        # vom 21.09.2023" over "Beratung im Ausschuss für Bildung … am 11.09.2023")
        found = [c for c in found if c.rule != "Beratungsfolge"]
    if len(titled) == 1:
        # the title names the sitting ("Aus der Sitzung des Kreistages am 14. Dezember 2001",
        # "für die Sitzung des Ausschusses … am 11.06.2024"); a sentence below it that tells of
        # a sitting on another day tells the paper's story ("Der Kreisausschuß hat in seiner
        # Sitzung am 03.12.2001 …", "Der Rat hat in seiner Sitzung am 14.05.2024 … beschlossen")
        found = [c for c in found if c.rule != "announcement" or c.date in titled]
    if len(history) == 1:
        # a sentence that tells of a sitting before the one the Beratungsfolge lists tells the
        # paper's story ("Die BVV hat in ihrer Sitzung am 15.06.2022 folgendes Ersuchen …
        # beschlossen" over a report for the sitting of 22.11.2023)
        found = [c for c in found if c.rule != "announcement" or c.date >= min(history)]
    if any(c.rule != "recommendation" for c in found):
        # a committee's recommendation quoted in the minutes of the body it recommends to
        found = [c for c in found if c.rule != "recommendation"]
    if not found or len({c.date for c in found}) > 1:
        return None
    if _another_sitting_below(text, found[0], head_end):
        return None
    if (
        found[0].rule == "body and date"
        and head_end < HEAD
        and _SITTING_DASH.match(text, found[0].start)
    ):
        # each body's sitting on a line of its own, another below the first decision ("Ausschuss
        # … – Sitzung vom 08.10.2024" / its result / "Stadtrat – Sitzung vom 17.10.2024" / …): a
        # paper's course through its bodies, no one meeting
        later = {
            c.date
            for c in _body_dates(text[:HEAD])
            if c.start >= head_end and _SITTING_DASH.match(text, c.start)
        }
        if later - {found[0].date}:
            return None
    return found[0]


_FURNITURE_AFTER: Final = re.compile(
    r"[^\n]*?(?:[ \t]{3,}(?:Seite[ ]\d{1,4}(?:(?:[ ]von[ ]|/)\d{1,4})?|[-–][ ]?\d{1,4}[ ]?[-–])"
    r"|[ ]+[-–|][ ]+(?:Bürger|Rats)?[Ii]nformationssystem\b|[ ]+[-–|][ ]+(?:SessionNet|ALLRIS)\b)"
)
"""What makes a title's line page furniture: a page's number after a gap (a running head), or a
Ratsinformationssystem's name after a dash (a browser's page title)."""


def _page_furniture(text: str, title: Candidate) -> bool:
    """Whether ``title`` stands on a running head's line or a browser page title's."""
    end = text.find("\n", title.end)
    return _FURNITURE_AFTER.match(text, title.end, len(text) if end < 0 else end) is not None


def _another_sitting_below(text: str, first: Candidate, head_end: int) -> bool:
    """Whether ``first``, a sitting's heading over its body's dealing with the paper (``Sitzung
    der Bezirksvertretung Mitte vom 05.03.2024``, ``Auszug aus dem Protokoll der Sitzung des
    Hauptausschusses vom 13.03.2025``), has another such heading below the text's first decision
    on another day: a paper's course through its bodies told sitting by sitting, no one meeting."""
    if head_end >= HEAD or first.rule != "title" or not SITTING_HEADING.match(text, first.start):
        return False
    return bool(sitting_heading_days(text, head_end, HEAD) - {first.date})


def sitting_heading_days(text: str, start: int, end: int) -> set[dt.date]:
    """The days the titles of ``text[start:end]`` that head a body's sitting on the paper
    (:data:`SITTING_HEADING`) name."""
    return {
        c.date
        for c in _titles(text[:end])
        if c.start >= start and SITTING_HEADING.match(text, c.start) is not None
    }


SITTING_HEADING: Final = re.compile(
    # ("Auszug aus dem Protokoll der Sitzung des …", "Sitzung der Bezirksvertretung … vom …")
    r"(?:Auszug[ ]+aus[ ]+(?:dem|der)[ ]+[A-ZÄÖÜ]\w+[ ]+(?:der|über[ ]+die)[ ]+)?"
    r"(?:[0-9]{1,3}\.[ ]+)?(?:öffentlichen?[ ]+)?Sitzung[ ]+(?:des|der)[ ]+[^\n]{1,120}?"
    r"[ ]+(?:vom|am)[ ]"
)
"""A line that heads one body's sitting on the paper (``Sitzung des Rates vom …``)."""


_SITTING_DASH: Final = re.compile(r"[^\n]{1,120}?[ ][–—-][ ]+Sitzung[ ]+(?:am|vom)[ ]")
"""A line that names a body and its sitting after a dash (``Stadtrat – Sitzung vom …``)."""
