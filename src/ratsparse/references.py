"""Paper references (Vorlage, Antrag, Drucksache numbers): a registry of formats, and their roles.

Each format is a named pattern with the parts it tells (prefix, number, year). Formats that are
ambiguous on their own (``109/23`` could be a plot number) are only read after a paper word
(``Vorlage``, ``Drucksache`` …). Session numbers (``DiA/0007/2022`` in a ``Sitzung:`` line) are
meetings and are never papers.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from ratsparse.normalize import Cleaned
from ratsparse.parser import Marker
from ratsparse.records import PaperRef, Role
from ratsparse.text import sentence_around


@dataclass(frozen=True, slots=True)
class RefFormat:
    """One way towns write paper numbers."""

    name: str
    pattern: re.Pattern[str]
    needs_label: bool
    """Only read right after a paper word (the format alone is too ambiguous)."""
    example: str


def _unnamed(pattern: str) -> str:
    """``pattern`` with its named groups made plain groups (so that patterns can be joined)."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def _fmt(name: str, pattern: str, example: str, *, needs_label: bool = False) -> RefFormat:
    return RefFormat(name, re.compile(pattern), needs_label, example)


_B: Final = r"(?<![\w/.-])"  # not glued to a preceding word, slash, dot or hyphen
_E: Final = r"(?![\w/]|-\d)"  # not continued by a word character, slash or hyphenated number

REF_FORMATS: Final[tuple[RefFormat, ...]] = (
    _fmt(
        "prefix/number/year",
        _B + r"(?P<prefix>[A-ZÄÖÜ]{1,5})/(?P<number>\d{1,6})/(?P<year>(?:19|20)\d\d)" + _E,
        "AN/0131/2022",
    ),
    _fmt(
        "prefix/year/number",
        _B + r"(?P<prefix>[A-ZÄÖÜ]{1,5})/(?P<year>(?:19|20)\d\d)/(?P<number>\d{1,6})" + _E,
        "V/2021/1234",
    ),
    _fmt(
        "period/prefix number",
        _B + r"(?P<period>\d\d-\d\d)[ \n]?/[ \n]?(?P<prefix>[A-Z])[ \n](?P<number>\d{3,6})" + _E,
        "20-26/ A 01508",
    ),
    _fmt(  # Erlangen: office / number / year
        "office/number/year",
        _B + r"(?P<office>\d{2,3})/(?P<number>\d{1,4})/(?P<year>(?:19|20)\d\d)" + _E,
        "613/094/2023",
    ),
    _fmt(  # a year range ("2021/2022") is not a paper
        "number/year",
        _B + r"(?!(?:19|20)\d\d/)(?P<number>\d{1,6})/(?P<year>(?:19|20)\d\d)" + _E,
        "1770/2020",
    ),
    _fmt(
        "prefix number/short-year",
        _B + r"(?P<prefix>M|B|NR|OF|ST)[ \n](?P<number>\d{1,5})/(?P<year>\d\d)" + _E,
        "M 87/21",
    ),
    _fmt(
        "DS period/number",
        _B + r"(?P<prefix>DS|Drs\.|DRS\.)[ \n]?(?P<period>\d{1,2})/(?P<number>\d{1,6})" + _E,
        "DS 17/1234",
    ),
    _fmt(
        "roman period/number/part",
        _B + r"(?P<period>[IVX]{1,5})/(?P<number>\d{2,5})/(?P<part>\d{1,3})" + _E,
        "VIII/233/2",
    ),
    _fmt(
        "prefix-number/year",
        _B + r"(?P<prefix>[A-ZÄÖÜ]{1,5})-(?P<number>\d{1,6})/(?P<year>(?:19|20)\d\d)" + _E,
        "GR-123/2024",
    ),
    _fmt(  # Vorlage 2024/0123: the year first, after a paper word only
        "year/number",
        _B + r"(?P<year>(?:19|20)\d\d)/(?P<number>\d{1,6})" + _E,
        "2024/0123",
        needs_label=True,
    ),
    _fmt(  # Drucksache 21/1234: the electoral period first, after a paper word only
        "period/number",
        _B + r"(?P<period>\d{1,2})/(?P<number>\d{3,6})" + _E,
        "21/1234",
        needs_label=True,
    ),
    _fmt(
        "number/short-year",
        _B + r"(?P<number>\d{1,6})/(?P<year>\d\d)" + _E,
        "109/23",
        needs_label=True,
    ),
    _fmt(
        "number/roman period",
        _B + r"(?P<number>\d{1,5})/(?P<period>[IVX]{1,5})" + _E,
        "0412/IV",
        needs_label=True,
    ),
    _fmt(
        "number-part-suffix",
        _B + r"(?P<number>\d{3,6})-(?P<part>\d{2})(?:-[A-Z]\d{0,2})?" + _E,
        "17234-11-E2",
        needs_label=True,
    ),
)

# Words that introduce a paper reference, and the paper kind each names.
PAPER_LABELS: Final[Mapping[str, str]] = {
    "vorlage": "Vorlage",
    "verwaltungsvorlage": "Vorlage",
    "beschlussvorlage": "Vorlage",
    "mitteilungsvorlage": "Mitteilung",
    "mitteilung": "Mitteilung",
    "antrag": "Antrag",
    "ursprungsantrag": "Antrag",
    "änderungsantrag": "Antrag",
    "dringlichkeitsantrag": "Antrag",
    "anfrage": "Anfrage",
    "drucksache": "Drucksache",
    "beschlussdrucksache": "Drucksache",
    "ds": "Drucksache",
}

# Letter prefixes and the paper kind they stand for.
PREFIX_KINDS: Final[Mapping[str, str]] = {
    "AN": "Antrag",
    "A": "Antrag",
    "AF": "Anfrage",
    "VO": "Vorlage",
    "V": "Vorlage",
    "BV": "Vorlage",
    "B": "Bericht",
    "ST": "Stellungnahme",
    "NR": "Antrag",
    "OF": "Antrag",
    "DS": "Drucksache",
}

_LABEL_RE: Final = re.compile(
    r"(?i)\b(?P<label>" + "|".join(sorted(PAPER_LABELS, key=len, reverse=True)) + r")s?\b"
    r"(?:\s+(?:der|des|von|vom)\s+[\w-]+(?:\s+[\w-]+)?)?\s*(?:Nr\.?|Nummer)?\s*:?\s*[-–]?\s*$"
)
_REPLACED: Final = re.compile(r"(?i)\bersetzt\b|\bersetzen\b")
_AMENDED: Final = re.compile(
    r"(?i)in der fassung des änderungsantrag|geändert durch|mit den änderungen"
)


@dataclass(frozen=True, slots=True)
class FoundRef:
    """A reference found in the clean text."""

    reference: str
    start: int
    end: int
    prefix: str | None
    number: int | None
    year: int | None
    kind: str | None
    label: str | None
    role: Role


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    y = int(text)
    if len(text) == 2:
        y += 2000 if y < 70 else 1900
    return y


def _label_before(text: str, start: int) -> str | None:
    """The paper word just before ``start`` ("Vorlage: ", "Antrag Nr. "), also across a line
    break that hard-wrapped it (``Drucksache`` / ``Nr.: 17234-11-E2``)."""
    paragraph_start = text.rfind("\n\n", 0, start) + 1  # the label sits right before the number
    window = text[max(paragraph_start, start - 60) : start].replace("\n", " ")
    m = _LABEL_RE.search(window)
    return m.group("label") if m else None


def _is_month(m: re.Match[str]) -> bool:
    """A bare ``MM/YYYY`` is a month, not a paper (papers so small carry a paper word)."""
    number = m.group("number")
    return len(number) <= 2 and 1 <= int(number) <= 12


# Every format's match holds a slash beside a digit or a hyphen between two digits, and is at most
# ANCHOR_REACH - 2 characters long (tests/test_references.py checks both): so a match stands within
# ANCHOR_REACH of such an anchor, and only those stretches of a text need searching. (A slash
# between letters, as in "die/das" or "Bündnis 90/Die Grünen", is no anchor.)
ANCHOR_REACH: Final = 20


def _anchors(text: str) -> list[int]:
    """Offsets of every ``/`` beside a digit (``\\d``) and of every ``-`` between two digits,
    in order."""
    found: list[int] = []
    last = len(text) - 1
    for char in "/-":
        at = text.find(char)
        while at != -1:
            before = at > 0 and text[at - 1].isdecimal()
            after = at < last and text[at + 1].isdecimal()
            if (before and after) or (char == "/" and (before or after)):
                found.append(at)
            at = text.find(char, at + 1)
    found.sort()
    return found


def search_stretches(text: str) -> list[tuple[int, int]]:
    """The stretches ``[start, end)`` of ``text`` where a paper reference may stand, in order.

    Searching a format in these gives the same matches as searching the whole text: no match can
    start outside them, lookbehinds see the text before a stretch, and a stretch runs on at least
    two characters past any match in it (the lookaheads' reach).
    """
    out: list[tuple[int, int]] = []
    size = len(text)
    for at in _anchors(text):
        start, end = max(0, at - ANCHOR_REACH), min(size, at + 1 + ANCHOR_REACH)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


# Every format at once, in a lookahead: it matches (empty) where a match of some format starts.
# (Every format opens with _B; tests/test_references.py checks it.)
_ANY_FORMAT: Final = re.compile(
    _B + "(?=" + "|".join(_unnamed(f.pattern.pattern.removeprefix(_B)) for f in REF_FORMATS) + ")"
)


def match_starts(text: str) -> list[tuple[int, int]]:
    """Where in ``text`` a match of some format starts, each with the end of its stretch
    (:func:`search_stretches`)."""
    return [
        (m.start(), b) for a, b in search_stretches(text) for m in _ANY_FORMAT.finditer(text, a, b)
    ]


def format_matches(
    fmt: RefFormat, text: str, starts: Sequence[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """The matches of ``fmt`` in ``text``, given where matches start (:func:`match_starts`).

    Trying the format at those few places, in order and going on after each match, finds what
    searching every stretch with it finds, at a fraction of the cost (speed).
    """
    after = 0
    for at, end in starts:
        if at >= after and (m := fmt.pattern.match(text, at, end)) is not None:
            after = m.end()
            yield m


def find_references(text: str, *, exclude: frozenset[str] = frozenset()) -> list[FoundRef]:
    """Every paper reference in ``text`` in order of appearance (repeats included)."""
    taken_starts: list[int] = []  # disjoint stretches already read, sorted by start
    taken_ends: list[int] = []
    found: list[FoundRef] = []
    starts = match_starts(text)
    for fmt in REF_FORMATS:
        for m in format_matches(fmt, text, starts):
            start, end = m.span()
            before = bisect_left(taken_starts, end)  # the stretches that start before this ends
            if before and taken_ends[before - 1] > start:
                continue
            reference = m.group().replace("\n", " ")  # a reference wrapped at its space
            if reference in exclude:
                continue
            label = _label_before(text, start)
            if fmt.needs_label and label is None:
                continue
            if label is None and fmt.name == "number/year" and _is_month(m):  # "bis 12/2025"
                continue
            parts = m.groupdict()
            prefix = parts.get("prefix")
            kind = PREFIX_KINDS.get(prefix or "") or (
                PAPER_LABELS[label.casefold()] if label else None
            )
            sentence = sentence_around(text, start, end)
            # Each cue below holds "ersetz" or "änder", which case folding keeps: looking for
            # them in the folded sentence first spares the case-blind scans (speed).
            folded = sentence.casefold()
            role: Role = "mentioned"
            if "ersetz" in folded and _REPLACED.search(sentence):
                role = "replaced"
            elif ("änder" in folded and _AMENDED.search(sentence)) or (
                label is not None
                and label.lower() == "änderungsantrag"
                and re.search(r"(?i)in der fassung|übernommen|angenommen|beschlossen", sentence)
            ):
                role = "amended"
            taken_starts.insert(before, start)
            taken_ends.insert(before, end)
            found.append(
                FoundRef(
                    reference=reference,
                    start=start,
                    end=end,
                    prefix=prefix,
                    number=int(parts["number"]) if parts.get("number") else None,
                    year=_year(parts.get("year")),
                    kind=kind,
                    label=label,
                    role=role,
                )
            )
    found.sort(key=lambda r: r.start)
    return found


# ---------------------------------------------------------------------------------------------
# References


def read_references(
    cleaned: Cleaned, markers: Sequence[Marker], meeting_ref: str | None
) -> tuple[PaperRef | None, tuple[PaperRef, ...]]:
    text = cleaned.text
    subject_ranges = [
        (m.rest.start, m.rest.end, m.label.text.rstrip(": -–").strip())
        for m in markers
        if m.kind == "paper" and m.rest is not None
    ]
    exclude = frozenset({meeting_ref} if meeting_ref else set())
    refs: list[PaperRef] = []
    seen: set[str] = set()
    where: list[tuple[int, int]] = []  # clean offsets of each reference's first appearance
    paper: PaperRef | None = None
    subject_starts = [s for s, _, _ in subject_ranges]  # markers stand in text order
    for f in find_references(text, exclude=exclude):
        at = bisect_right(subject_starts, f.start) - 1
        in_line = at >= 0 and f.start < subject_ranges[at][1]
        subject_label = subject_ranges[at][2] if in_line else None
        is_subject = subject_label is not None
        ref = PaperRef(
            reference=f.reference,
            prefix=f.prefix,
            number=f.number,
            year=f.year,
            kind=f.kind or ("Vorlage" if is_subject and f.prefix is None else None),
            role="subject" if is_subject else f.role,
            label=subject_label or f.label,
            span=cleaned.span(f.start, f.end),
        )
        if is_subject and paper is None:
            paper = ref
        if f.reference not in seen:
            seen.add(f.reference)
            refs.append(ref)
            where.append((f.start, f.end))
    if paper is None and not subject_ranges:
        index = next((i for i, r in enumerate(refs) if _decided_in_prose(r, text, *where[i])), None)
        if index is None and refs and _heads_a_line(refs[0], text, where[0][0]):
            index = 0  # ALLRIS: "VO/0266/2025 Radverkehrskonzept …" under the header
        if index is not None:
            paper = refs[index] = refs[index]._replace(role="subject")
    return paper, tuple(refs)


# "Der Bauausschuss beschließt auf Grundlage der Vorlage V/2023/0117 …": without a Vorlage line,
# the Vorlage or Drucksache that the decision sentence names is the paper decided.
_DECIDING: Final = re.compile(
    # present tense: this item's decision, not one recalled from an earlier session
    r"\b(?:beschließt|beschließen|empfiehlt|empfehlen|stimmt|nimmt)\b"
)


def _heads_a_line(ref: PaperRef, text: str, start: int) -> bool:
    """The first reference opens a line of its own, the paper's number before its title."""
    opens = start == 0 or text[start - 1] == "\n"
    return opens and ref.role == "mentioned" and ref.kind in ("Vorlage", "Drucksache", "Antrag")


def _decided_in_prose(ref: PaperRef, text: str, start: int, end: int) -> bool:
    if ref.role != "mentioned" or ref.kind not in ("Vorlage", "Drucksache"):
        return False
    return bool(_DECIDING.search(sentence_around(text, start, end)))
