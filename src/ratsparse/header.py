"""The header: the meeting (Sitzung), the addendum (Nachtrag) and the status line (Beschluss:),
read from the layout's markers; the deciding body named in the decided text.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, NamedTuple

from ratsparse import vocab
from ratsparse.history import COURSE_HEADING, consultations, is_role
from ratsparse.layout import (
    ANY_FIELD,
    SITTING_NAMED,
    Layout,
    in_earlier_course,
    results_before_the_decision,
    ticked,
    ticked_column,
    title_of_a_record,
)
from ratsparse.meeting_date import (
    SITTING_HEADING,
    SITTING_NUMBER,
    Candidate,
    body_named,
    breaks_off_above,
    candidates,
    dates_a_paper,
    in_mail_head,
    sitting_heading_days,
    stated_below,
    stated_meeting_date,
)
from ratsparse.normalize import Cleaned
from ratsparse.parser import Line, Marker, Piece, parse_vote
from ratsparse.records import Addendum, Diagnostic, Meeting, Outcome, Span, Status
from ratsparse.rules import diagnostic
from ratsparse.text import days_in, fold, line_below, nominative, parse_date, parse_slashed_date

# Tried only where a run of white space starts, and the run taken whole (possessive): tried at
# every space of a long run, each try scanning to the run's end, the search took quadratic time
# (the matches are the same: a capital letter can only stand after the whole run).
# After a gap of two spaces or more, or a cell border, the label may have up to three words
# ("Gremium: Rat   Nächste Sitzung: 12.03.2025").
_NEXT_FIELD: Final = re.compile(
    r"(?<!\s)(?:[ ]*\|[ ]*|[ ]{2,}+(?=\S))[A-ZÄÖÜ][\w/.-]*(?: [\w/.-]+){0,2}:(?:\s|$)"
    r"|(?<!\s)\s++[A-ZÄÖÜ][\w/.-]*:(?:\s|$)"
)


def _strip_decoration(text: str) -> str:
    """A header value without frame characters, and cut before a second field on the same
    line (ALLRIS prints ``Gremium: Rat Beschlussart: erledigt``)."""
    text = _NEXT_FIELD.split(text, maxsplit=1)[0]
    if _FIELD_FIRST.match(text):
        return ""  # "Sitzung: Mi, 17.06.2026      Status: öffentlich": the next field, no body
    return text.strip(" -–—*|").strip()


_FIELD_FIRST: Final = re.compile(r"[ |]*[A-ZÄÖÜ][\w/.-]*(?: [\w/.-]+){0,2}:(?:\s|$)")

# "Der Rat der Stadt beschließt …", "Die Bezirksvertretung Ehrenfeld lehnt … ab": the body
# that decides, named as the subject of the decision sentence, at a line start or after a
# sentence end. (The "D" comes first and the lookbehinds check what stands before it: a pattern
# that opens with a letter lets re skip to that letter, eight times faster than trying the whole
# pattern at every position.)
_BODY_SENTENCE: Final = re.compile(
    r"D(?:(?<=^D)|(?<=[.:!?] D))(?:er|ie|as) "
    r"(?P<body>[A-ZÄÖÜ][\w-]*(?: (?:der|des|für|und|[A-ZÄÖÜ0-9][\w.,-]*)){0,6}?) "
    r"(?:beschließt|beschloss|empfiehlt|fasst|fasste|stimmt|lehnt|nimmt|verweist|vertagt"
    r"|befindet)\b",
    re.MULTILINE,
)


def body_in(lines: Iterable[Line]) -> str | None:
    """The deciding body named in the decided text, if a decision sentence names one."""
    for line in lines:
        m = _BODY_SENTENCE.search(line.piece.text)
        if m:
            return m.group("body")
    return None


_WRAPPED_DATE: Final = re.compile(
    r"[ ]*\n[ ]{2,}(?:am|vom)[ ]+(?:[A-Z][a-z]{1,9}\.?,[ ]+)?"
    r"(?P<date>[0-9][^\n,]{5,20}?)[ ]*(?:,|$)",
    re.MULTILINE,
)
_NUMBERED_SITTING: Final = re.compile(rf"(?P<ref>{SITTING_NUMBER})[ ]+(?:am|vom)[ ]")
"""A sitting's number before its date, as a field's value (``GR/2025/04 am 10.04.2025``)."""
_SITTING_OF: Final = re.compile(r"Sitzung (?P<article>des|der) (?P<body>[^,]+?)(?:,| am\b| vom\b)")


def _nominative(article: str, name: str) -> str:
    """``des Gemeinderates`` → ``Gemeinderat``; ``der Bezirksvertretung`` stays as it is."""
    if article != "des":
        return name
    head, _, last = name.rpartition(" ")
    last = nominative(last)
    return f"{head} {last}" if head else last


_COURSE_REACH: Final = 600


def _rows_of_a_course(markers: Iterable[Marker], text: str, at: int) -> bool:
    """Whether the meeting's field on the line at ``at`` is one row of a Beratungsfolge whose
    rows give sittings on more than one day (its heading above it, no blank line between)."""
    head = max(
        COURSE_HEADING.finditer(text, max(0, at - _COURSE_REACH), at),
        default=None,
        key=lambda m: m.start(),
    )
    if head is None or "\n\n" in text[head.end() : at]:
        return False
    block_end = text.find("\n\n", at)
    block_end = len(text) if block_end == -1 else block_end
    days = {
        parse_date(m.date.text)
        for m in markers
        if m.kind == "meeting" and m.date is not None and head.end() <= m.label.start < block_end
    }
    return len(days - {None}) > 1


def _bodies_sittings(markers: Sequence[Marker]) -> bool:
    """Whether the text lists its bodies' sittings, each a ``Gremium:`` field over its own
    ``Sitzung:`` field, on more than one day (a paper's results in each body it went
    through: ``Gremium: Ortsteilvertretung`` / ``Sitzung: 30.08.2023`` / … / ``Gremium:
    Bürgerschaft`` / ``Sitzung: 28.09.2023``)."""
    days = {
        parse_date(m.date.text)
        for before, m in itertools.pairwise(markers)
        if m.kind == "meeting"
        and m.date is not None
        and before.kind == "field"
        and vocab.key(before.label.text) == "gremium"
    }
    return len(days - {None}) > 1


def _sittings_in_turn(markers: Sequence[Marker], text: str) -> bool:
    """Whether the text heads each body's dealing with the paper by the body's sitting, on more
    than one day (``Sitzung der Bezirksvertretung … vom 05.03.2024`` … ``Sitzung des Rates vom
    21.03.2024``): headings, not fields (no colon after the label). (Above the first such
    heading, a heading the grammar does not take, ``Sitzung des Ausschusses für Stadtentwicklung
    und Bauen am 04.06.2024``, heads an earlier sitting of the course too; the text's own title
    has none above it.)"""
    headings = [
        m
        for m in markers
        if m.kind == "meeting"
        and m.date is not None
        and SITTING_HEADING.match(f"{m.label.text} ") is not None
    ]
    days = {parse_date(m.date.text) for m in headings if m.date is not None}
    if headings:
        days |= sitting_heading_days(text, 0, headings[0].label.start)
    return len(days - {None}) > 1


def _names_a_sitting(m: Marker) -> bool:
    """Whether a meeting marker is a sitting's field with its date (``Sitzung: 15.05.2024``,
    ``Sitzungstermin: …``): not a bare ``Datum:``, nor a heading of one body's sitting in a
    paper's course (``Sitzung des Rates, 27.09.2023``)."""
    return (
        m.date is not None
        and m.label.text.rstrip().endswith(":")
        and "sitzung" in vocab.key(m.label.text)
    )


_DATED_IN_BRACKETS: Final = re.compile(r"\([^()\n]{0,60}\b[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}\b")
"""A decision's heading that gives its sitting's day in brackets (``Beschluss (Kreistag,
23.09.2024, TOP Ö 9):``)."""


def read_meeting(markers: Iterable[Marker], cleaned: Cleaned) -> Meeting:
    markers = list(markers)
    date = reference = body = None
    span: Span | None = None
    paper_dated = False
    body_of_a_row = False  # the body named by a "Gremium:" field
    dated_at = 0  # where the line of the meeting's field starts
    for m in markers:
        if (
            m.kind == "meeting"
            # (a sitting's own field below a bare "Datum:", which may date the paper: "Datum:
            # 04.04.2024" over "Sitzung: 15.05.2024 Stadtrat" / "Beschluss: abgelehnt")
            and (date is None or (paper_dated and _names_a_sitting(m)))
            # (not the sitting that took the decisions a title makes known: "Bekanntgabe von
            # Beschlüssen aus nichtöffentlichen Sitzungen" … "Sitzung des Stadtrates vom …";
            # the page's own field, "Sitzung: 29.04.2025", is the page's)
            and (
                m.label.text.rstrip().endswith(":")
                or vocab.MADE_KNOWN_TITLE.search(cleaned.text, 0, m.label.start) is None
            )
            # (not an e-mail's: "Von: …" / "Datum: Do, 09.11.2023 22:47" / "An: …", the day it
            # was sent)
            and not in_mail_head(cleaned.text, m.label.start)
            # (nor a sentence's end wrapped onto its line: "Ö 1  Genehmigung der Niederschrift
            # über die öffentliche" / "Sitzung vom 25.07.2024", an earlier sitting)
            and (
                m.label.text.rstrip().endswith(":")
                or not breaks_off_above(cleaned.text, m.label.start)
            )
        ):
            date = parse_date(m.date.text) if m.date else None
            if date is None and m.rest is not None:  # "Sitzung: Sitzung des Rates am 12.03.2024"
                date = parse_date(m.rest.text) or parse_slashed_date(m.rest.text)
            if date is None and m.rest is not None:
                # the value wrapped onto the next line, indented under it ("Sitzung:   31.
                # Plenarsitzung der Stadtverordnetenversammlung" / "   am Do., 14. März 2024")
                wrapped = _WRAPPED_DATE.match(cleaned.text, m.rest.end)
                date = parse_date(wrapped.group("date")) if wrapped is not None else None
            reference = m.session_ref.text if m.session_ref else None
            label = vocab.key(m.label.text)
            # "Datum:" alone: the meeting's date on a page of one meeting, the paper's on a
            # paper's page (see below)
            paper_dated = label == "datum"
            dated_at = cleaned.text.rfind("\n", 0, m.label.start) + 1
            named = _SITTING_OF.search(m.label.text) or (
                _SITTING_OF.search(m.rest.text) if m.rest else None
            )
            if named is not None:  # "Sitzung des Gemeinderates, 04.03.2025"
                body = _nominative(named.group("article"), named.group("body"))
            elif m.rest and (numbered := _NUMBERED_SITTING.match(m.rest.text)) is not None:
                # "Sitzung: GR/2025/04 am 10.04.2025": the sitting's number, not a body
                reference = reference or numbered.group("ref")
            elif m.rest and label == "sitzung" and not re.match(r"[\d,(]", m.rest.text):
                body = _strip_decoration(m.rest.text) or None
            end = max(p.end for p in (m.label, m.date, m.session_ref, m.rest) if p)
            span = cleaned.span(m.label.start, end)
        elif m.kind == "field" and vocab.key(m.label.text) == "gremium" and m.rest and not body:
            body = _strip_decoration(m.rest.text) or None
            body_of_a_row = True
    marked = date
    if date is not None and paper_dated and "Beratung" in cleaned.text:
        # "Datum: 03.09.2024" on a paper's page dates the paper: the meeting is the one its
        # Beratungsfolge gives (one date), else none the page tells for sure
        rows = sorted(
            (c for c in candidates(cleaned.text) if c.rule == "Beratungsfolge"),
            key=lambda c: c.start,
        )
        if rows and date not in {c.date for c in rows}:
            one = rows[0] if len({c.date for c in rows}) == 1 else None
            date = one.date if one is not None else None
            span = cleaned.span(one.start, one.end) if one is not None else None
            marked = None
    if date is not None and _rows_of_a_course(markers, cleaned.text, dated_at):
        # "Beratungsfolge:" / "Ausschuss …" / "Sitzung: 07.12.2023   TOP Ö 6   Ergebnis:" /
        # "Stadtrat" / "Sitzung: 13.12.2023 …": the paper's sittings, more than one
        date, span, marked = None, None, None
    if date is not None and _bodies_sittings(markers):
        # "Gremium: Ortsbeirat" / "Sitzung: 02.09.2026" / … / "Gremium: Stadtrat" / "Sitzung:
        # 24.09.2026": each body's sitting (and the body the first names, that row's)
        date, span, marked = None, None, None
        body = None if body_of_a_row else body
    if date is not None and _sittings_in_turn(markers, cleaned.text):
        # "Sitzung der Bezirksvertretung Mitte vom 05.03.2024" / its result / … / "Sitzung des
        # Rates vom 21.03.2024" / its result: a paper's course told sitting by sitting
        date, span, marked = None, None, None
    if marked is not None and paper_dated and dates_a_paper(cleaned.text, dated_at):
        # "Drucksache 21-3456" / "Datum: 12.10.2023": a paper's letterhead dates the paper
        date, span = None, None
    if date is None:  # "Beschluss des Gemeinderates vom 12.03.2024:" dates the decision, and
        # so does "Beratungsergebnis im Ortsbeirat … am 06.06.2024:"
        listed = list(markers)
        others = results_before_the_decision(listed)
        date = next(
            (
                d
                for i, m in enumerate(listed)
                if m.kind == "status"
                and (
                    " vom " in m.label.text
                    or " am " in m.label.text
                    # ("Beschluss (Kreistag, 23.09.2024, TOP Ö 9):", the body and its day)
                    or _DATED_IN_BRACKETS.search(m.label.text) is not None
                )
                # (not another body's recommendation: "Beschlussempfehlung des … vom …:"; nor
                # a committee's result above the text's own "Beschluss:")
                and not vocab.key(m.label.text).startswith("beschlussempfehlung")
                and i not in others
                if (d := parse_date(m.label.text)) is not None
            ),
            None,
        )
    if date is None:  # a title, a print-view title, a table, an announcing sentence
        # the head of the text: what stands before its first decision
        head_end = next(
            (
                m.label.start
                for m in markers
                if m.kind in ("status", "vote_heading")
                and not _page_title(m, cleaned.text)
                and not _field_on_top(m, cleaned.text)
                # ("BESCHLUSS" / "des Kreisausschusses in seiner … Sitzung am: …": a title)
                and not title_of_a_record(m, cleaned.text)
            ),
            len(cleaned.text),
        )
        stated = stated_meeting_date(cleaned.text, head_end)
        if stated is None:  # a record's title under the motion, or the result names its
            # sitting ("Beratungsergebnis:" / "Die … hat den Bericht in ihrer Sitzung am … zur
            # Kenntnis genommen.")
            results = next((m.label.start for m in markers if _opens_results(m)), None)
            stated = stated_below(cleaned.text, head_end, results)
        if stated is None:
            stated = _excerpt_of_a_listed_body(cleaned.text)
        if stated is None:
            stated = _result_of_a_listed_body(cleaned.text)
        if stated is not None:
            date, span = stated.date, cleaned.span(stated.start, stated.end)
    return Meeting(date=date, reference=reference, body=body, span=span)


_EXCERPT_OF_A_BODY: Final = re.compile(
    r"^[ ]*Auszug[ ]+aus[ ]+(?:dem|der)[ ]+[\w-]*(?:[Pp]rotokoll|[Nn]iederschrift)[ ]+"
    r"(?:des|der)[ ]+(?P<body>[^\n0-9:()]{3,100}?)"
    # (the item after it: "Auszug aus der Niederschrift der Regionsversammlung, TOP 19")
    r"(?:[ ]*,?[ ]+(?:TOP|Tagesordnungspunkt)[ ]*(?:[ÖöN][ ]*)?[0-9][0-9.]*)?[ ]*$",
    re.MULTILINE,
)
"""An excerpt's title that names the body whose minutes it is from, and no day (``Auszug aus
dem Protokoll des Bau-, Planungs- und Umweltausschusses``), perhaps the item after it."""


_EXCERPT_THEN_BODY: Final = re.compile(
    r"^[ ]*(?:(?:Beschluss|Protokoll|Niederschrifts?)auszug|Auszug)"
    r"(?:[ ]*\n(?:[ ]*\n){0,3}[ ]*|[ ]+(?:(?:des|der)[ ]+)?(?=[A-ZÄÖÜ]))"
    r"(?P<body>[A-ZÄÖÜ][^\n0-9:()|]{2,80}?)[ ]*$",
    re.MULTILINE,
)
"""... or an excerpt's title word alone, the body on the line below it (``Beschlussauszug`` /
``Rat der Stadt Unna``, ``Auszug`` / ``Ausschuss für Feuerwehr, Ordnung und Sicherheit``), or
after it on its line (``Protokollauszug Kreistag``, ``Beschlussauszug des Gemeinderates``)."""


def _excerpt_of_a_listed_body(text: str) -> Candidate | None:
    """The day of the sitting an excerpt of the minutes is from, where its title names the body
    (or the line below it) and no day and the paper's Beratungsfolge lists that body's sitting on
    one day (``| 17.03.2025 | Bau-, Planungs- und Umweltausschuss | Vorberatung |``)."""
    if "uszug" not in text:  # (speed: most texts hold no excerpt)
        return None
    listed: list[tuple[str, str]] | None = None  # each row's body and day, read once
    found = itertools.chain(_EXCERPT_OF_A_BODY.finditer(text), _EXCERPT_THEN_BODY.finditer(text))
    for m in found:
        if listed is None:
            listed = _listed(text)
        if (day := _listed_day(listed, m.group("body"))) is not None:
            return Candidate(day, m.start("body"), m.end("body"), "excerpt of a listed body")
    return None


def _listed(text: str) -> list[tuple[str, str]]:
    """Each row of the paper's Beratungsfolge that has a day: its body (:func:`_uninflected`) and
    the day as written."""
    return [(_uninflected(c.body), c.date) for c in consultations(text) if c.date]


def _listed_day(listed: Sequence[tuple[str, str]], body: str) -> dt.date | None:
    """The one day ``listed`` gives the body named ``body`` (in any case), or None."""
    name = _uninflected(body)
    days = {parse_date(date) for row, date in listed if row == name}
    return days.pop() if len(days) == 1 else None


# A result's heading that names the body and no day ("Ergebnis der Beratung im Stadtrat:",
# "Beratungsergebnis Haupt- und Finanzausschuss:", "Abstimmungsergebnis im Rat der Stadt:").
_RESULT_OF_A_BODY: Final = re.compile(
    r"^[ ]*(?:Ergebnis[ ]+der[ ]+(?:Beratung|Abstimmung)|Beratungsergebnis|Abstimmungsergebnis)"
    r"[ ]+(?:(?:im|in[ ]+der|des|der)[ ]+)?(?P<body>[A-ZÄÖÜ][^\n0-9:()]{2,80}?)[ ]*:[ ]*$",
    re.MULTILINE,
)


def _result_of_a_listed_body(text: str) -> Candidate | None:
    """The day of the sitting whose result the text shows, where the result's heading names the
    body (and no day: :data:`_RESULT_OF_A_BODY`), the one such heading, and the paper's
    Beratungsfolge lists that body's sitting on one day (``Stadtrat   21.03.2024   öffentlich
    Entscheidung``)."""
    if "rgebnis" not in text:  # (speed)
        return None
    headings = list(itertools.islice(_RESULT_OF_A_BODY.finditer(text), 2))
    if len(headings) != 1:
        return None  # (each body's result of a paper's course: its sittings' days are several)
    m = headings[0]
    if (day := _listed_day(_listed(text), m.group("body"))) is not None:
        return Candidate(day, m.start("body"), m.end("body"), "result of a listed body")
    return None


def _uninflected(name: str) -> str:
    """A body's name with no word in the genitive, to compare (``Ausschusses für Soziales`` and
    ``Ausschuss für Soziales`` alike)."""
    return " ".join(nominative(word) for word in vocab.key(name).split())


def _field_on_top(m: Marker, text: str) -> bool:
    """A status or vote field with its value, among the first lines of the text, over its head
    (SessionNet's excerpt: ``Beschluss: vertagt`` / ``Abstimmung: Ja: 14, Nein: 9`` over
    ``Gremium: … Sitzung vom: 08.10.2024``): a field of the page, not the start of its decision."""
    if m.rest is None or m.label.start > _TOP_REACH:
        return False
    if text.count("\n", 0, m.label.start) < _TOP_LINES:
        return True
    # (or under fields alone, blank lines between not counted: an HTML page's paragraphs leave
    # more of them, "Beschluss: verwiesen" / "" / "" / "Abstimmungsergebnis: einstimmig")
    above = [line for line in text[: m.label.start].split("\n") if line.strip()]
    return len(above) < _TOP_LINES and all(ANY_FIELD.match(line.strip()) for line in above)


_TOP_LINES: Final = 4
"""How many lines from the top a page's status fields may stand over its head (or how many
fields, the blank lines between them not counted)."""
_TOP_REACH: Final = 600
"""How far into the text such fields may stand (a few lines)."""


def _opens_results(m: Marker) -> bool:
    """Whether ``m`` heads the text's results: a vote's heading, or a status labelled as a
    result (``Beratungsergebnis:``, ``Ergebnis:``)."""
    return m.kind == "vote_heading" or (
        m.kind == "status" and "ergebnis" in vocab.key(m.label.text)
    )


def _page_title(m: Marker, text: str) -> bool:
    """``Beschluss`` alone, without a colon, opening the text or over the body that took it
    (``Markt Wolfsbach`` / ``Beschluss`` / ``Bau- und Umweltausschuss`` / ``öffentliche Sitzung am
    …``): the title of a page whose fields follow (a web page copied, a print), not the start of
    its decision."""
    if m.rest is not None or m.label.text.rstrip().endswith(":"):
        return False
    if not text[: m.label.start].strip():
        return True
    after = text[m.label.end : m.label.end + _NEXT_LINE_REACH].lstrip(" \n").split("\n", 1)[0]
    # (or over the sitting's line: "Beschluss" / "Sitzung vom 20. Juni 2024   Beschluss Nr. 0087")
    return body_named(after) is not None or _SITTING_LINE.match(after) is not None


_NEXT_LINE_REACH: Final = 200
_SITTING_LINE: Final = re.compile(
    # (or naming its body: "Sitzung des Beirates Huchting am:   20.06.2024")
    r"(?:[0-9]{1,3}\.[ ]+)?(?:öffentliche[ ]+)?Sitzung(?:[ ]+(?:des|der)[ ]+[^\n:]{1,80}?)?"
    r"[ ]+(?:vom|am)[ ]*[: ]"
)


def read_addendum(markers: Iterable[Marker], cleaned: Cleaned) -> Addendum | None:
    date: dt.date | None = None
    note: str | None = None
    span: Span | None = None
    seen = False
    for m in markers:
        if m.kind == "addendum" and not seen:
            seen = True
            date = parse_date(m.date.text) if m.date else None
            end = max(p.end for p in (m.label, m.date, m.rest) if p)
            span = cleaned.span(m.label.start, end)
        elif m.kind == "note" and note is None and m.rest:
            seen = True
            note = _strip_decoration(m.rest.text) or None
    return Addendum(date=date, note=note, span=span) if seen else None


# A status that is a decision sentence of its own: "Beschluss: Der Ortschaftsrat beschließt
# einstimmig, die Entscheidung … zu vertagen."
_DECISION_SENTENCE: Final = re.compile(r"(?:Der|Die|Das)[ ][^.!?]{10,}[.!]?$")


def _sentence_outcome(text: str) -> Outcome | None:
    """What a status written as a decision sentence does where its words frame another act than
    an approval (``beschließt einstimmig, … zu vertagen``: postponed; ``… einstimmig`` said how,
    ``beschließt`` framed it): None where it approves, or is no such sentence."""
    if not _DECISION_SENTENCE.match(text):
        return None
    act = vocab.act_of([text])
    return act if act not in (None, "approved") else None


def read_status(markers: Iterable[Marker], cleaned: Cleaned) -> tuple[Status | None, Piece | None]:
    listed = list(markers)
    others = results_before_the_decision(listed)
    for i, m in enumerate(listed):
        if i in others:
            continue  # another body's result, above the text's own decision
        if in_earlier_course(cleaned.text, m.label.start):
            continue  # "Vorgang: Ausschuss … vom 09.04.2024" / "   Beschluss: …"
        # a status field with a value (:func:`_holds_a_status`)
        if m.rest is not None and _holds_a_status(m):
            rest = ticked(_wrapped_status(m.rest, cleaned.text))
            text = fold(rest.text.replace("|", " "))
            status = Status(
                text=text,
                # "Beschluss: 15 : 0" is a vote result, not a phrase (votes.py reads it);
                # "Beschluss: Der Rat verweist den Antrag an …" a decision sentence, which does
                # what it says
                outcome=_sentence_outcome(text)
                or vocab.status_outcome(text)
                or (None if _only_counts(text) else vocab.act_of([text]) or "other"),
                amended=vocab.amended_of(text),
                span=cleaned.span(rest.start, rest.end),
            )
            return status, rest
        if (
            m.kind == "status"
            and m.rest is None
            and i + 1 < len(listed)
            and (under := _status_field_below(m, listed[i + 1], cleaned.text)) is not None
        ):
            # "Beschluss der Ratsversammlung vom 22.11.2023:" / "Status: erledigt durch
            # Verwaltungshandeln": the decision's status in the field right under its heading
            text = fold(under.text)
            status = Status(
                text=text,
                outcome=vocab.status_outcome(text) or "other",
                amended=vocab.amended_of(text),
                span=cleaned.span(under.start, under.end),
            )
            return status, under
        if m.kind == "status" and m.rest is None and (form := _ticked_below(m, cleaned)):
            # "Beschlussergebnis:" over a column of boxes, one ticked ("☒ mit Änderungen (siehe
            # unten)"): the ticked result is the status
            box, said = form
            status = Status(
                text=fold(box.text),
                outcome=said,
                amended=vocab.amended_of(box.text),
                span=cleaned.span(box.start, box.end),
            )
            return status, box
    for m in markers:
        # "Beschluss (einstimmig):" heads the decided text and says how it was decided
        paren = _LABEL_PAREN.search(m.label.text) if m.kind == "status" else None
        if (
            paren is not None
            and "fassung" in paren.group(1).lower()
            and vocab.status_outcome(fold(paren.group(1))) is None
        ):
            # "Beschluss (in der beschlossenen Fassung):", "Beschluss (Fassung des
            # Ersetzungsantrages):" say which text was decided, not how: no status
            paren = None
        if paren is not None:
            start = m.label.start + paren.start(1)
            piece = Piece(paren.group(1), start, start + len(paren.group(1)))
            text = fold(piece.text)
            return Status(
                text=text,
                outcome=vocab.status_outcome(text) or "other",
                amended=vocab.amended_of(text),
                span=cleaned.span(piece.start, piece.end),
            ), piece
        # "Beschluss der BVV in der geänderten Fassung:": the heading says the text was changed
        changed = _CHANGED_IN_LABEL.search(m.label.text) if m.kind == "status" else None
        value = _value_of(m, cleaned.text) if changed is not None else ""
        if value and not vocab.states_a_result(value):
            # a form's field that says there was none ("Abweichender Beschluss: keiner", or its
            # value on the line below)
            continue
        if changed is not None:
            start = m.label.start + changed.start()
            piece = Piece(changed.group(), start, start + len(changed.group()))
            return Status(
                text=fold(piece.text),
                # ("Geänderter Beschluss:" is SessionNet's status of a changed decision too; the
                # text a substitute gave, "Beschluss (Fassung des Ersetzungsantrages):", was
                # adopted so)
                outcome=vocab.status_outcome(piece.text)
                or vocab.status_outcome(m.label.text)
                or ("approved_amended" if piece.text.startswith("Fassung") else "other"),
                amended=True,
                span=cleaned.span(piece.start, piece.end),
            ), piece
    for m in markers:
        # ALLRIS prints two fields a line: "Gremium: Rat Beschlussart: ungeändert beschlossen".
        # Only a known decision counts: "Beschlussart: erledigt" / "(offen)" decide nothing.
        inline = _INLINE_STATUS.search(m.rest.text) if m.rest is not None else None
        if m.rest is None or inline is None:
            continue
        value = _NEXT_FIELD.split(inline.group("value"), maxsplit=1)[0].strip(" |")
        outcome = vocab.status_outcome(value)
        if outcome is None:
            continue
        return _status_of(value, m.rest.start + inline.start("value"), outcome, cleaned)
    for m in markers:
        # "Ergebnis: abgesetzt", "Abstimmungsergebnis: zurückgezogen": a result line that holds
        # no vote but a result that ends the item otherwise is the status
        if m.kind != "vote_heading" or m.rest is None:
            continue
        if in_earlier_course(cleaned.text, m.label.start):
            continue  # (another body's, in the paper's earlier course)
        value = m.rest.text.strip(" |")
        outcome = vocab.status_phrase(value)
        if outcome is None or outcome not in _ENDS_OTHERWISE:
            continue
        return _status_of(value, m.rest.start + m.rest.text.find(value), outcome, cleaned)
    for m in markers:
        # "Status: beschlossen", "Stand: zurückgestellt": a field of another name whose value is
        # a status phrase and nothing else ("Status: öffentlich" is none)
        if m.kind != "field" or m.rest is None:
            continue
        if vocab.key(m.label.text) not in vocab.STATUS_FIELD_LABELS:
            continue
        value = _NEXT_FIELD.split(m.rest.text, maxsplit=1)[0].strip(" |")
        outcome = vocab.status_phrase(value) or vocab.status_phrase(_MANNER.sub("", value))
        if outcome is None:
            continue
        return _status_of(value, m.rest.start + m.rest.text.find(value), outcome, cleaned)
    return None, None


def _status_of(value: str, start: int, outcome: Outcome, cleaned: Cleaned) -> tuple[Status, Piece]:
    """The status a field's ``value`` (at ``start`` in the clean text) gives, and its piece."""
    piece = Piece(value, start, start + len(value))
    span = cleaned.span(piece.start, piece.end)
    return Status(
        text=fold(value), outcome=outcome, amended=vocab.amended_of(value), span=span
    ), piece


_ENDS_OTHERWISE: Final[frozenset[Outcome | None]] = frozenset(
    {"noted", "postponed", "referred", "withdrawn", "other"}
)
"""Results that end an item without adopting or rejecting it: as a vote heading's value they are
the item's status, not a vote."""

# "einstimmig beschlossen", "mehrheitlich abgelehnt": how, before the status phrase
_MANNER: Final = re.compile(
    r"^(?:einstimmig|einmütig|mehrheitlich|stimmeneinheitlich)[ ]+", re.IGNORECASE
)


def _wrapped_status(rest: Piece, text: str) -> Piece:
    """A status phrase hard-wrapped onto the next line (``Beschluss: zur weiteren Bearbeitung in
    die`` / ``Verwaltung überwiesen``): taken whole when only the two lines together name an
    outcome; a decision sentence wrapped so, whole to its full stop (:func:`_wrapped_sentence`)."""
    if (sentence := _wrapped_sentence(rest, text)) is not None:
        return sentence
    if vocab.status_outcome(rest.text) is not None or text[rest.end : rest.end + 1] != "\n":
        return rest
    line_end = text.find("\n", rest.end + 1)
    following = text[rest.end + 1 : line_end if line_end != -1 else len(text)]
    words = following.split()
    # the rest of a phrase, not a sentence of the decided text
    if (
        not words
        or len(words) > 5
        or following.rstrip()[-1] in ".:!?"
        or _LABEL_START.match(following)
    ):
        return rest
    joined = f"{rest.text} {following.strip()}"
    if vocab.status_outcome(joined) is None:
        return rest
    end = rest.end + 1 + len(following.rstrip())
    return Piece(text[rest.start : end].replace("\n", " "), rest.start, end)


_SENTENCE_OPENS: Final = re.compile(r"(?:Der|Die|Das)[ ]+\S+(?:[ ]+\S+){2}")
"""A status value that opens a sentence of three words at least (``Der Rat lehnt den …``)."""
_SENTENCE_GOES_ON: Final = re.compile(r"[ ]*[a-zäöü0-9][^\n:|]*")
"""A line that goes on with a sentence (in lower case, no label, no cell)."""
_SENTENCE_LINES: Final = 2
"""How many lines a status's sentence may be wrapped onto."""


def _wrapped_sentence(rest: Piece, text: str) -> Piece | None:
    """A decision sentence as a status's value, hard-wrapped onto the lines below it (``Beschluss:
    Der Rat lehnt den Antrag mit 55 gegen 6 Stimmen`` / ``bei 2 Enthaltungen ab.``): taken whole
    up to its full stop, so that its verb's particle and its counts are read with it; None for
    any other value."""
    if _SENTENCE_OPENS.match(rest.text) is None or rest.text.rstrip()[-1:] in ".:;!?":
        return None
    end = rest.end
    for _ in range(_SENTENCE_LINES):
        if text[end : end + 1] != "\n":
            return None
        line_end = text.find("\n", end + 1)
        line_end = len(text) if line_end == -1 else line_end
        m = _SENTENCE_GOES_ON.fullmatch(text, end + 1, line_end)
        if m is None:
            return None
        end = end + 1 + len(m.group().rstrip())
        if m.group().rstrip().endswith("."):
            return Piece(text[rest.start : end].replace("\n", " "), rest.start, end)
    return None


_BARE_LABEL: Final = re.compile(r"[ ]*[A-ZÄÖÜ][\w./-]*[ ]*:[ ]*")
_DECISION_NUMBER: Final = re.compile(r"[ ]*(?:§|Nr\.)[ ]?[0-9]{1,6}(?:/[0-9]{2,4})?[ ]*")
"""A status field's value that is the decision's number (``§ 4711``, ``Nr. 112/2030``)."""


def _holds_a_status(m: Marker) -> bool:
    """Whether ``m`` is a status field with a value that may name a result: not the next
    field's label glued on (``Beschluss: Abstimmungsergebnis:``), nor the decision's number in
    the book of decisions (``Beschluss: § 4711``)."""
    return (
        m.kind == "status"
        and m.rest is not None
        and not _BARE_LABEL.fullmatch(m.rest.text)
        and not _DECISION_NUMBER.fullmatch(m.rest.text)
        and not SITTING_NAMED.fullmatch(m.rest.text)
    )


def _status_field_below(heading: Marker, below: Marker, text: str) -> Piece | None:
    """The value of ``below``, where it is a ``Status:`` field on the line right under the
    decision's ``heading`` whose value names a result (``Status: erledigt durch
    Verwaltungshandeln``; not ``Status: öffentlich``)."""
    if (
        below.kind != "field"
        or below.rest is None
        or vocab.key(below.label.text) != "status"
        or text.count("\n", heading.label.end, below.label.start) != 1
    ):
        return None
    return below.rest if vocab.status_outcome(fold(below.rest.text)) is not None else None


def _ticked_below(m: Marker, cleaned: Cleaned) -> tuple[Piece, Outcome] | None:
    """The ticked result of a column of boxes right below a status label (:func:`ticked_column`)
    and the outcome it says; else None."""
    box = ticked_column(cleaned.text, m.label.end)
    if box is None:
        return None
    outcome = vocab.status_outcome(box.text) or (
        "approved_amended" if vocab.amended_of(box.text) else None
    )
    return (box, outcome) if outcome is not None else None


_LABEL_START: Final = re.compile(r"[ ]*[A-ZÄÖÜ][\w./-]*[ ]*:")
_LABEL_PAREN: Final = re.compile(r"\(([^()]+)\)")


_CHANGED_IN_LABEL: Final = re.compile(
    r"\b(?:in (?:der )?(?:geänderten|ergänzten|abgeänderten) Fassung|mit (?:den )?Änderungen"
    # (the version a substitute or an amendment gave it: "Beschluss (Fassung des
    # Ersetzungsantrages):")
    r"|Fassung (?:des|der) (?:Ersetzungs|Änderungs|Ergänzungs)antrag(?:e?s)?"
    # (or other than proposed: "Abweichender Beschluss:" over the text adopted instead)
    r"|^(?:geänderter|ergänzter|abweichender)(?= beschluss))\b",
    re.IGNORECASE,
)
"""A decision heading's words that say the text under it was changed in the meeting."""


def _value_of(m: Marker, text: str) -> str:
    """A field's value: on its line, or else on the line right below it ("" where that line is
    blank)."""
    return m.rest.text if m.rest is not None else line_below(text, m.label.end)


@vocab.cached_lookup  # status values repeat from item to item
def _only_counts(text: str) -> bool:
    """Whether the vote language reads nothing but counts in ``text`` (``15 : 0``)."""
    items = [item for item in parse_vote(text).items if item.kind != "filler"]
    return bool(items) and all(item.kind in ("count", "ratio") for item in items)


# "Gremium: Rat Beschlussart: (offen)": the item is not decided yet
_OPEN: Final = re.compile(r"(?:^|[ |])Beschlu(?:ss|ß)(?:art)?[ ]*:[ ]*\(?offen\)?[ |]*$")
_INLINE_STATUS: Final = re.compile(r"(?:^|[ |])Beschlussart[ ]*:[ ]*(?P<value>[^\n]+)")


class Header(NamedTuple):
    meeting: Meeting
    addendum: Addendum | None
    status: Status | None
    status_piece: Piece | None
    """The status phrase as it stands in the clean text (the vote reader reads it too)."""
    results: tuple[tuple[int, Outcome | None], ...]
    """What every status value of the text says, in order, and where it stands (the clean offset
    of its label or its table): each ``Beschluss: …`` field (a page of several items, a paper's
    history) and each result line of a Beratungsfolge."""
    open_: bool
    """The RIS says the item is not decided yet (ALLRIS ``Beschlussart: (offen)``)."""
    diagnostics: tuple[Diagnostic, ...]


def read_header(lay: Layout, cleaned: Cleaned) -> Header:
    """The meeting, the addendum and the status line; the body from the decided text where the
    header names none."""
    meeting = read_meeting(lay.markers, cleaned)
    if meeting.body is None and (body := body_in(lay.decided)) is not None:
        meeting = meeting._replace(body=body)
    if meeting.body is None:  # the letterhead names the sender ("Marktausschuss")
        named = (body_named(line.piece.text) for line in lay.letterhead)
        if (body := next((b for b in named if b is not None), None)) is not None:
            meeting = meeting._replace(body=body)
    status, piece = read_status(lay.markers, cleaned)
    notes: list[Diagnostic] = []
    if status is not None and status.outcome == "other" and vocab.outcome_of(status.text) is None:
        notes.append(
            diagnostic(
                "RP302",
                f"status phrase '{status.text}' is not in the outcome vocabulary",
                status.span,
            )
        )
    # (a page of one sitting's item, its own status beside its day: the other days' results are
    # the paper's past, or other bodies')
    own = meeting.date if status is not None else None
    results = (*_status_values(lay.markers), *_consultation_results(lay, cleaned, own))
    open_ = status is None and any(
        m.rest is not None and _OPEN.search(m.rest.text) for m in lay.markers
    )
    return Header(
        meeting,
        read_addendum(lay.markers, cleaned),
        status,
        piece,
        results,
        open_,
        tuple(notes),
    )


def _dated_otherwise(line: str, sitting: dt.date) -> bool:
    """Whether ``line`` names a day (``11.10.2023``), and none of its days is ``sitting``."""
    days = days_in(line)
    return bool(days) and sitting not in days


def _status_values(markers: Iterable[Marker]) -> Iterator[tuple[int, Outcome | None]]:
    for m in markers:
        if m.rest is not None and _holds_a_status(m):
            text = fold(m.rest.text.replace("|", " "))
            if not _only_counts(text):
                yield m.label.start, vocab.status_outcome(text)


def _consultation_results(
    lay: Layout, cleaned: Cleaned, sitting: dt.date | None = None
) -> Iterator[tuple[int, Outcome]]:
    """The result each body's line of a Beratungsfolge ends with (``… Sitzung des Rates der
    Stadt X ungeändert beschlossen``); where the header dates the text's own sitting
    (``sitting``), not a line dated another day (``11.10.2023   BVV Pankow   vertagt`` on the page
    of the sitting of 15.11.2023: the paper's past, or another body's)."""
    for start, end in lay.consultations:
        for line in cleaned.text[start:end].split("\n"):
            if sitting is not None and _dated_otherwise(line, sitting):
                continue
            words = vocab.key(line).split()
            # (the column of whether the sitting is public ends the row: "… Kenntnisnahme   Ö")
            while words and words[-1] in vocab.PUBLIC_CELLS:
                words.pop()
            tail = next(
                (
                    " ".join(words[-n:])
                    for n in range(min(4, len(words)), 0, -1)
                    if vocab.is_status_value(" ".join(words[-n:]))
                ),
                None,
            )
            # (not the body's role: "… 14.09.2023  Kenntnisnahme", "Stadtverordnetenversammlung
            # Kenntnisnahme" is what it is to do)
            role = tail is not None and any(
                is_role(" ".join(words[-n:])) for n in range(1, min(3, len(words)) + 1)
            )
            outcome = vocab.status_outcome(tail) if tail is not None and not role else None
            if outcome is not None:
                yield start, outcome
