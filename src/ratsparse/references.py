"""Paper references (Vorlage, Antrag, Drucksache numbers): a registry of formats, and their roles.

Each format is a named pattern with the parts it tells (prefix, number, year). Formats that are
ambiguous on their own (``109/23`` could be a plot number) are only read after a paper word
(``Vorlage``, ``Drucksache`` …). Session numbers (``DiA/0007/2022`` in a ``Sitzung:`` line) are
meetings and are never papers.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from ratsparse import vocab
from ratsparse.meeting_date import body_named
from ratsparse.normalize import Cleaned
from ratsparse.parser import Marker
from ratsparse.records import PaperRef, Role
from ratsparse.text import Occurrences, Sentences, lower_aligned
from ratsparse.vocab import alternation


@dataclass(frozen=True, slots=True)
class RefFormat:
    """One way towns write paper numbers."""

    name: str
    pattern: re.Pattern[str]
    needs_label: bool
    """Only read right after a paper word (the format alone is too ambiguous)."""
    example: str
    opens_with_digit: bool
    """Every match opens with a digit (else with a capital letter), as the example does."""
    fallback: bool = False
    """Any other system's number, read only after a paper word and tried last; what its parts
    mean is not known (RP201 still says the format is not the registry's)."""


def _unnamed(pattern: str) -> str:
    """``pattern`` with its named groups made plain groups (so that patterns can be joined)."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


def _fmt(
    name: str, pattern: str, example: str, *, needs_label: bool = False, fallback: bool = False
) -> RefFormat:
    opens_with_digit = example[0].isdecimal()
    return RefFormat(
        name, re.compile(pattern), needs_label or fallback, example, opens_with_digit, fallback
    )


_B: Final = r"(?<![\w/.-])"  # not glued to a preceding word, slash, dot or hyphen
# not continued by a word character, a slash, a hyphenated number, an amendment's suffix
# ("-E1", "-ÄA-03") or a kind's letters ("0467/2024-A", "2024/0311-BV"): the fallback formats
# read the whole
_E: Final = r"(?![\w/]|-\d|-[A-ZÄÖÜ]{1,3}-?\d|-[A-ZÄÖÜ]{1,3}(?![\w-]))"
_YEAR: Final = r"(?:19|20)\d\d"
_ROMAN: Final = r"[IVX]{1,5}"
_VARIANT: Final = r"(?:-(?:ÄA|E)-?\d{1,2}|[ ](?:N|E)[1-9]\d?(?![\w/.-]))?"
"""An amendment's or a new version's number after its paper's (``1770/2020-E1``; Hannover's
``0588/2024 E1``, an Ergänzung, and ``0876/2024 N1``, a Neufassung)."""
"""An amendment to the paper or a supplement to it, numbered after it (``0431/2024-ÄA1``,
``XI/0234-E1``): a paper of its own."""

_LETTERS: Final = r"[A-ZÄÖÜ][A-Za-zÄÖÜ]{1,3}(?:-[A-ZÄÖÜ](?:[A-ZÄÖÜ]{0,3}|[a-zäöü]{1,2}))?"
"""A body's or a paper kind's letters before a number: ``GR``, ``StR``, ``GR-BV``, ``BV-Zi``."""
_KIND_AND_BODY: Final = r"[A-ZÄÖÜ]{2,4} [A-ZÄÖÜ][a-zäöüß]{1,3}(?: [A-ZÄÖÜ]{2,4})?"
"""A paper kind's letters before a body's short name, before a number: ``BV Bla``, ``MV Eg``;
or a body's, an office's and a kind's: ``GV Di AN``."""

# Words that introduce a paper reference, and the paper kind each names (several words a key:
# the words in that order, any white space between them).
PAPER_LABELS: Final[Mapping[str, str]] = {
    "vorlage": "Vorlage",
    "verwaltungsvorlage": "Vorlage",
    "beschlussvorlage": "Vorlage",
    "beschlußvorlage": "Vorlage",  # the spelling before 1996
    "sitzungsvorlage": "Vorlage",
    "tischvorlage": "Vorlage",
    "vorl": "Vorlage",  # Vorl.-Nr. 1287/XVI
    "ergänzungsvorlage": "Vorlage",
    "dringlichkeitsvorlage": "Vorlage",
    "eilvorlage": "Vorlage",
    "entscheidungsvorlage": "Vorlage",
    "änderungsvorlage": "Vorlage",
    "berichtsvorlage": "Bericht",
    "bekanntgabevorlage": "Mitteilung",  # "Bekanntgabevorlage 2025/0311"
    "bezüglich": "Vorlage",  # ALLRIS: "Bezüglich: 2015/0288", the paper this one follows
    "mitteilungsvorlage": "Mitteilung",
    "informationsvorlage": "Mitteilung",
    "mitteilung": "Mitteilung",
    "antrag": "Antrag",
    "ursprungsantrag": "Antrag",
    "änderungsantrag": "Antrag",
    "änderungsanträge": "Antrag",  # "in der durch die Änderungsanträge der CDU (…) … Fassung"
    "ergänzungsantrag": "Antrag",
    "zusatzantrag": "Antrag",
    "ersetzungsantrag": "Antrag",
    "gegenantrag": "Antrag",
    "dringlichkeitsantrag": "Antrag",
    "etatantrag": "Antrag",  # Frankfurt
    "anfrage": "Anfrage",
    "einwohneranfrage": "Anfrage",  # "Die Einwohneranfrage Nr. 0009/XXI wurde … beantwortet"
    "anregung": "Anregung",  # Frankfurt: an Ortsbeirat's Anregung (OA, OM)
    "etatanregung": "Anregung",
    "drucksache": "Drucksache",
    "beschlussdrucksache": "Drucksache",
    # the paper a later one follows: "Ursprungsdrucksache: 22-1834 (Kleine Anfrage …)"
    "ursprungsdrucksache": "Drucksache",
    "ursprungsvorlage": "Vorlage",
    "ds": "Drucksache",
    "drs": "Drucksache",  # Drs. 22-2830
    "drucks": "Drucksache",  # GR-Drucks. 2010-53
    "grdrs": "Drucksache",  # Stuttgart: GRDrs 123/2024
    "magistratsvorlage": "Vorlage",  # Hessen: Magistratsvorlage: MV 2024/057
    "vorlagennummer": "Vorlage",
    "vorlagenummer": "Vorlage",
    "magistratsvortrag": "Vorlage",  # Frankfurt: M 55
    "vortrag des magistrats": "Vorlage",
    "bericht des magistrats": "Bericht",  # Frankfurt: B 310
    "stellungnahme des magistrats": "Stellungnahme",  # Frankfurt: ST 1234
    "stellungnahme der verwaltung": "Stellungnahme",  # Bonn: 2312873ST2
    "verwaltungsstandpunkt": "Stellungnahme",  # Leipzig: VII-A-09124-VSP-01
}

# A body's name or whose paper it is, before a paper word in one compound
# ("Kreistagsdrucksache 2023/0712", "Ratsvorlage 0412/2024", "Bürgerschaftsdrucksache 22/1234",
# "Fraktionsantrag 2024/012"): the compound names a paper of the word's kind.
PAPER_COMPOUND_HEADS: Final[tuple[str, ...]] = (
    "kreistags",
    "rats",
    "stadtrats",
    "gemeinderats",
    "ortsrats",
    "ortsbeirats",
    "bezirks",
    "bezirksamts",
    "stadtverordneten",
    "gemeindevertretungs",
    "bürgerschafts",
    "senats",
    "deputations",  # Bremen: "Deputationsvorlage Nr. 21/1287"
    "landtags",
    "ausschuss",
    "fraktions",
    "bürger",
    # a company's or an association's boards: "Aufsichtsratsvorlage Nr. AR 04/2024",
    # "Verbandsversammlungsvorlage 12/2024"
    "aufsichtsrats",
    "verbandsversammlungs",
)

# Letter prefixes and the paper kind they stand for.
PREFIX_KINDS: Final[Mapping[str, str]] = {
    "AN": "Antrag",
    "A": "Antrag",
    "AF": "Anfrage",
    "F": "Anfrage",  # Leipzig VII-F-01234; Frankfurt's F, a question of the Fragestunde
    "VO": "Vorlage",
    "VL": "Vorlage",
    "V": "Vorlage",
    "BV": "Vorlage",
    "B": "Bericht",
    "ST": "Stellungnahme",
    "NR": "Antrag",
    "OF": "Antrag",
    "OA": "Anregung",
    "OM": "Anregung",
    "EA": "Anregung",
    "DS": "Drucksache",
    "GD": "Drucksache",  # Ulm: Gemeinderatsdrucksache
}

# A number alone after a paper word ("Vorlage: 3987", "Drucksachen-Nr. 240488", "Antrag Nr.
# 2871"; three digits or more, not a year, not a size or an amount): the word is part of the
# format's match (its ``label``), as no slash or hyphen marks such a number
_BARE_WORDS: Final = alternation(w for w in PAPER_LABELS if " " not in w and len(w) <= 19)
"""The paper words a bare number may follow (one word each: the match's width stays within
the anchor's reach)."""
_BARE_AFTER: Final = r"[\w.-]{0,4}[ \t]{0,2}(?:[Nn]r\.?)?[ \t]{0,2}:?[ \t]{0,2}"
_BARE_LABEL: Final = r"(?P<label>(?=[A-ZÄÖÜ])(?i:" + _BARE_WORDS + ")" + _BARE_AFTER + ")"
_BARE_NUMBER: Final = (
    r"(?!(?:19|20)[0-9][0-9](?![0-9]))(?P<number>[0-9]{3,6})(?![\w/]|[.,-][0-9])"
    r"(?![ ]?(?:KB|kB|MB|GB|Seiten|Euro|EUR|€|%|Uhr|m²|qm|ha)\b)"
)
_BARE_AFTER_LABEL: Final = re.compile(
    _BARE_WORDS + _BARE_AFTER.replace("[Nn]r", "nr") + r"(?=[0-9]{3,6}(?![\w/]|[.,-][0-9]))"
)
"""Where a paper word ends before a number that no slash or hyphen marks: the anchor of the
"bare number" format (the number's first digit). Searched in the lowered text."""


_AMT_BODY: Final = r"[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]{1,5}(?:-[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]{1,4})?"
"""The short name of an Amt's body or member town between a paper's kind and its numbers
(``StV``, ``Gr``, ``GV``; the body and its town joined by a hyphen, ``GV-Sü``, ``GV-KlR``)."""

# The formats in the order they are tried: where two overlap, the one tried first wins, so the
# longer formats stand before the shorter ones they contain.
REF_FORMATS: Final[tuple[RefFormat, ...]] = (
    _fmt(  # Kassel: office . Wahlperiode . number (101.19.1187), dots between the parts
        "office.period.number",
        _B + r"(?P<office>[1-9]\d\d)\.(?P<period>\d\d)\.(?P<number>\d{3,5})" + _E + r"(?!\.\d)",
        "101.19.1187",
    ),
    _fmt(  # Offenbach: Wahlperiode / kind - Dezernat (and office) number: 2021-26/DS-I(A)0652
        "period/prefix-office number",
        _B
        + r"(?P<period>"
        + _YEAR
        + r"-\d\d)/(?P<prefix>[A-Z]{1,3})-(?P<office>"
        + _ROMAN
        + r"(?:\([A-Z]{1,2}\))?)(?P<number>\d{3,5})"
        + _E,
        "2021-26/DS-I(A)0652",
    ),
    _fmt(  # Bremerhaven: the body, a dash, the kind, number / year (StVV - V 14/2024, StVV - AT
        # 19/2024, StVV - MIT 7/2024)
        "body - prefix number/year",
        _B + r"(?P<body>[A-Z][A-Za-z]{1,4}) - (?P<prefix>[A-Z]{1,4}) (?P<number>\d{1,4})/"
        r"(?P<year>" + _YEAR + r")" + _E,
        "StVV - V 14/2024",
    ),
    _fmt(  # Zeitz (ALLRIS): period / body / session / number / year
        "period/body/session/number/short-year",
        _B + r"(?P<period>[IVX]{1,4})/(?P<prefix>[A-Z]{2,4})/(?P<session>\d{1,3})/"
        r"(?P<number>\d{1,5})/(?P<year>\d\d)" + _E,
        "IV/STR/20/1475/08",
    ),
    _fmt(
        "prefix/number/year",
        _B
        # (an office's letters after the kind's: A-R/0087/2022, A-BV-Mi/0003/2024)
        # (a print's space after the first slash: I/ 112/2024)
        + r"(?P<prefix>[A-ZÄÖÜ]{1,5}(?:-[A-ZÄÖÜ][A-Za-zÄÖÜ]{0,3}){0,2})/[ ]?(?P<number>\d{1,6})/"
        + r"(?P<year>"
        + _YEAR
        + ")"
        + _VARIANT
        + _E,
        "AN/0131/2022",
    ),
    _fmt(  # ALLRIS in Mecklenburg-Vorpommern: kind / body / year / number (VO/StV/2023/0567;
        # the body of an Amt's member town two words, VO/GV Ban/2024/0145)
        "prefix/body/year/number",
        _B
        + r"(?P<prefix>[A-ZÄÖÜ]{1,5})/(?P<office>"
        + _AMT_BODY
        + r"(?:[ ][A-ZÄÖÜ][a-zäöüß]{1,4})?)/(?P<year>"
        + _YEAR
        + r")/(?P<number>\d{1,6})"
        + _E,
        "VO/StV/2023/0567",
    ),
    _fmt(  # ... and number / year (VO/StV/0412/2024, BV/Gr/009/2023)
        "prefix/body/number/year",
        _B
        + r"(?P<prefix>[A-ZÄÖÜ]{1,5})/(?P<office>"
        + _AMT_BODY
        + r")/(?P<number>\d{1,6})/(?P<year>"
        + _YEAR
        + r")"
        + _E,
        "VO/StV/0412/2024",
    ),
    _fmt(  # kind, a space, a body's short name / number / year: Vorlage GV Da/0029/2023 (after
        # a paper word only)
        "prefix body/number/year",
        _B + r"(?P<prefix>[A-ZÄÖÜ]{1,5}) (?P<office>[A-ZÄÖÜ][a-zäöüß]{1,3})/(?P<number>\d{1,6})/"
        r"(?P<year>" + _YEAR + r")" + _E,
        "GV Da/0029/2023",
        needs_label=True,
    ),
    _fmt(  # ... and year / number, the town's short name of two parts: Vorlage GV GrWi/2023/031
        "prefix body/year/number",
        _B + r"(?P<prefix>[A-ZÄÖÜ]{1,5}) "
        r"(?P<office>[A-ZÄÖÜ][a-zäöüß]{1,3}(?:[A-ZÄÖÜ][a-zäöüß]{1,3})?)/"
        r"(?P<year>" + _YEAR + r")/(?P<number>\d{1,6})" + _E,
        "GV GrWi/2023/031",
        needs_label=True,
    ),
    _fmt(  # the same with a space for the slash: Antrag AN 0051/2017 (a paper kind's prefix)
        "prefix number/year",
        # (or a Mitteilungs-, Informations- or Sitzungsvorlage's: MV 0093/2023, IV 0012/2024; a
        # Vorlage's as some systems abbreviate it: VL 0412/2024)
        _B
        + r"(?P<prefix>AN|AF|BV|VO|VL|DS|MV|IV|SV) (?P<number>\d{1,6})/(?P<year>"
        + _YEAR
        + ")"
        + _E,
        "AN 0051/2017",
    ),
    _fmt(  # and the year first: Beschlussvorlage BV 2024/0456, Änderungsantrag ÄA 2024/003
        "prefix year/number",
        _B
        + r"(?P<prefix>AN|AF|BV|VO|VL|DS|ÄA|MV|IV|SV) (?P<year>"
        + _YEAR
        + r")/(?P<number>\d{1,6})"
        + _E,
        "BV 2024/0456",
    ),
    _fmt(  # SessionNet: VO/2024/0123; VO/2025/14058-01 is a later version of VO/2025/14058
        "prefix/year/number",
        _B + r"(?P<prefix>[A-ZÄÖÜ]{1,5})/(?P<year>" + _YEAR + r")/(?P<number>\d{1,6})"
        r"(?:-\d{1,2}){0,2}" + _E,
        "V/2021/1234",
    ),
    _fmt(  # Augsburg, Regensburg: kind / two-digit year / five-digit number, and the office
        # that made it (VO/24/21034/61, VO/24/20874/SB)
        "prefix/short-year/number",
        _B
        + r"(?P<prefix>[A-ZÄÖÜ]{2,4})/(?P<year>\d\d)/(?P<number>\d{5})"
        + r"(?:/(?P<office>\d{2,3}|[A-Z]{2,3}))?"
        + _E,
        "BSV/24/01876",
    ),
    _fmt(  # Region Hannover: 1843 (IV) BDs (number, Wahlperiode, kind), an amendment 1843 (IV) ÄA 1
        "number (roman period) kind",
        _B + r"(?P<number>\d{1,5}) \((?P<period>" + _ROMAN + r")\) "
        r"(?P<prefix>[A-ZÄÖÜ][A-Za-zÄÖÜ]{1,3}(?: \d{1,2})?)(?![\w/])",
        "1843 (IV) BDs",
    ),
    _fmt(  # ALLRIS with a two-digit year: the number zero-padded to four digits
        "prefix/number/short-year",
        _B + r"(?P<prefix>[A-ZÄÖÜ]{1,5})/(?P<number>\d{4})/(?P<year>\d\d)" + _E,
        "VO/0123/24",
    ),
    _fmt(  # Berlin BVV: DS/1234/XIX, the Wahlperiode in Roman numerals
        "prefix/number/roman period",
        _B + r"(?P<prefix>[A-Z]{1,3})/(?P<number>\d{3,5})/(?P<period>" + _ROMAN + ")" + _E,
        "DS/0570/IX",
    ),
    _fmt(  # Rostock: year / kind / number
        "year/prefix/number",
        _B
        + r"(?P<year>"
        + _YEAR
        + r")/(?P<prefix>[A-Z]{1,4})/(?P<number>\d{3,6})(?:-\d\d)?"
        + _E,  # (2023/AN/4178-01: an amendment to it, or a later version)
        "2023/AN/4178",
    ),
    _fmt(  # Potsdam: year / body / number (SVV, the Stadtverordnetenversammlung)
        "short-year/body/number",
        _B + r"(?P<year>\d\d)/(?P<prefix>[A-Z]{2,4})/(?P<number>\d{3,5})" + _E,
        "09/SVV/0143",
    ),
    _fmt(  # Greifswald, Cloppenburg: kind - office / period / number
        "prefix-office/period/number",
        _B
        + r"(?P<prefix>[A-Z]{1,3})-(?P<office>[A-Z]{1,4})/(?P<period>\d\d)/(?P<number>\d{3,4})"
        + _E,
        "BV-P/07/0050",
    ),
    _fmt(  # Wolfenbüttel: period - number / year / version
        "roman period-number/year/part",
        _B + r"(?P<period>" + _ROMAN + r")-(?P<number>\d{3,5})/(?P<year>" + _YEAR + r")"
        r"(?:/(?P<part>\d{1,2}))?" + _E,
        "XVII-0490/2014/4",
    ),
    _fmt(  # Berlin's BVVs: Drucksache IX-1127 (the Wahlperiode, the number; after a paper word
        # or in a paper's slot only)
        "roman period-number",
        _B + r"(?P<period>[IVX]{1,4})-(?P<number>\d{4})" + _E,
        "IX-1127",
        needs_label=True,
    ),
    _fmt(  # Leipzig: period - kind - number (VII-DS-…, VII-Ifo-… an Informationsvorlage), and a
        # Neufassung or Änderungsantrag to it
        "roman period-prefix-number",
        _B + r"(?P<period>[IVX]{1,4})-(?P<prefix>[A-Z][A-Za-z]{0,3})-(?P<number>\d{4,5})"
        # (VSP: the administration's Standpunkt; AW: its answer to a question; an amendment to
        # a Neufassung: VII-DS-09512-NF-01-ÄA-02)
        r"(?:-(?:NF|ÄA|VSP|AW)-\d\d){0,2}" + _E,
        "VII-A-01234-NF-01",
    ),
    _fmt(  # Magdeburg, Dresden: kind glued to a four-digit number / year, and a version
        "prefix+number/short-year",
        _B + r"(?P<prefix>[A-Z]{1,2})(?P<number>\d{4})/(?P<year>\d\d)(?:/(?P<part>\d{1,2}))?" + _E,
        "DS0014/13",
    ),
    _fmt(  # München: 20-26 / V 01234 (Wahlperiode, kind, number)
        "period/prefix number",
        _B + r"(?P<period>\d\d-\d\d)[ \n]?/[ \n]?(?P<prefix>[A-Z])[ \n](?P<number>\d{3,6})" + _E,
        "20-26/ A 01508",
    ),
    _fmt(  # Mecklenburg-Vorpommern's Ämter: kind / the member body's code / year-number
        # (VO/12GV/2024-1534, VO/GV11/2024-0187: the Gemeindevertretung of member 12 or 11)
        "prefix/body/year-number",
        _B + r"(?P<prefix>[A-Z]{1,3})/(?P<body>[0-9]{1,2}[A-Z]{1,4}|[A-Z]{1,4}[0-9]{1,2})/"
        r"(?P<year>" + _YEAR + r")-(?P<number>[0-9]{3,5})" + _E,
        "VO/12GV/2024-1534",
    ),
    _fmt(  # Düsseldorf's district councils: the kind's letters, then office / number / year
        # (a PDF's text may part the office from the number: "BV 03/ 052/2023")
        "prefix office/number/year",
        _B
        + r"(?P<prefix>[A-Z]{2,3})[ ](?P<office>\d{2,3})/[ ]?(?P<number>\d{3})/(?P<year>"
        + _YEAR
        + r")(?:/(?P<part>\d{1,2}))?"
        + _E,
        "BV 03/031/2024",
    ),
    _fmt(  # Erlangen, Haan: office / number (three digits) / year, and a version
        "office/number/year",
        _B + r"(?P<office>\d{2,3})/(?P<number>\d{3})/(?P<year>" + _YEAR + r")"
        r"(?:/(?P<part>\d{1,2}))?" + _E,
        "613/094/2023",
    ),
    _fmt(  # ALLRIS: 2023/12331-01-01, a version of a paper (the plain 2023/12331 needs a word)
        "year/number-version",
        _B + r"(?P<year>" + _YEAR + r")/(?!" + _YEAR + r"-)(?P<number>\d{4,6})(?:-\d\d){1,2}" + _E,
        "2023/12331-01-01",
    ),
    _fmt(  # a paper kind's or body's letter, a space, then number / year: Antrag A 045/2025,
        # Vorlage V 12/24, Vorlage: B 0078/2023 (after a paper word only: a letter alone names
        # nothing)
        "letter number/year",
        _B + r"(?P<prefix>[A-ZÄÖÜ]) (?P<number>\d{1,6})/(?P<year>" + _YEAR + r"|\d\d)" + _E,
        "V 12/24",
        needs_label=True,
    ),
    _fmt(  # a paper kind's letter, a space, then its running number: Vorlage: P 2751,
        # Drucksache B 0412 (after a paper word only, three digits at least)
        "letter number",
        _B + r"(?P<prefix>[A-ZÄÖÜ]) (?P<number>\d{3,6})(?![\w/.,-])",
        "P 2751",
        needs_label=True,
    ),
    _fmt(  # a body's or kind's letters, a space, then number / four-digit year: Vorlage:
        # GR 012/2024, BA 021/2024, StR 45/2024, GR-BV 088/2024, DS-KT 0112/2024, BV Bla 12/2023
        # (after a paper word only; with a two-digit year the number after the slash may be no
        # year: OF 652/11)
        "letters number/year",
        _B + r"(?P<prefix>" + _KIND_AND_BODY + "|" + _LETTERS + r") (?P<number>\d{1,6})/"
        r"(?P<year>" + _YEAR + r")" + _VARIANT + _E,
        "GR 012/2024",
        needs_label=True,
    ),
    _fmt(  # Essen: Vorlage 0421/2023/6A (number / year / the office and kind)
        "number/year/office",
        _B
        + r"(?P<number>\d{1,5})/(?P<year>"
        + _YEAR
        + r")/(?P<part>\d{1,2}[A-Z])(?:-\d{1,2})?"
        + _E,
        "0421/2023/6A",
        needs_label=True,
    ),
    _fmt(  # Bochum: Vorlage 20231789 (the year, then the number, in one run of digits)
        "year+number",
        _B + r"(?P<year>20\d\d)(?P<number>\d{4})" + _E,
        "20231789",
        needs_label=True,
    ),
    _fmt(  # Bonn: Drucksache 2312873 (a two-digit year, the number), 2312873ST2, 2312456AA4 (a
        # Stellungnahme, an Änderungsantrag to it), 2410371-01 (a supplement to it)
        "short-year+number",
        _B + r"(?P<year>\d\d)(?P<number>\d{4,5})(?:(?P<part>[A-Z]{1,3})\d{0,2}|-\d\d)?" + _E,
        "2312873",
        needs_label=True,
    ),
    _fmt(  # a body's letters, a space, then year / number: Vorlage GR-DS 2023/77, and after a
        # kind's letters, a body's short name: BV Bla 2023/044 (after a paper word only)
        "letters year/number",
        _B + r"(?P<prefix>" + _KIND_AND_BODY + "|" + _LETTERS + r") (?P<year>" + _YEAR + r")/"
        r"(?P<number>\d{1,6})" + _VARIANT + _E,
        "GR-DS 2023/77",
        needs_label=True,
    ),
    _fmt(  # a year range ("2021/2022") is not a paper
        "number/year",
        _B + r"(?!" + _YEAR + r"/)(?P<number>\d{1,6})/(?P<year>" + _YEAR + ")" + _VARIANT + _E,
        "1770/2020",
    ),
    _fmt(  # Frankfurt with a year: Vortrag (M), Bericht (B), Stellungnahme (ST) des Magistrats;
        # Ulm: a Gemeinderatsdrucksache (GD 287/24)
        "prefix number/short-year",
        _B + r"(?P<prefix>M|B|NR|ST|GD)[ \n](?P<number>\d{1,5})/(?P<year>\d\d)" + _E,
        "M 87/21",
    ),
    _fmt(  # Frankfurt: an Ortsbeirat's paper and the Ortsbeirat's number (OF 652/11)
        "prefix number/district",
        _B + r"(?P<prefix>OF|OA|OM|EA)[ \n](?P<number>\d{1,5})/(?P<district>\d{1,2})" + _E,
        "OF 652/11",
    ),
    _fmt(  # a parliament's Drucksache: period/number after its label, which is no part of the
        # number (a format's ``label`` group: the reference is what follows it)
        "DS period/number",
        _B
        + r"(?P<label>(?P<prefix>DS|Drs\.|DRS\.)[ \n]?)(?P<period>\d{1,2})/(?P<number>\d{1,6})"
        # (Bremen's, for the city or the Land: "Drs. 20/1687 S")
        + r"(?:[ ](?P<part>[SL])(?![\w.]))?"
        + _E
        + r"(?!-[A-Z])",  # (not DS 23/2134-BV: the kind after the number, Jena's)
        "DS 17/1234",
    ),
    _fmt(
        "roman period/number/part",
        _B + r"(?P<period>" + _ROMAN + r")/(?P<number>\d{2,5})/(?P<part>\d{1,3})" + _E,
        "VIII/233/2",
    ),
    _fmt(  # Freisen: office (FB1) - number / year
        "prefix-number/year",
        _B + r"(?P<prefix>[A-ZÄÖÜ]{1,5}\d?)-(?P<number>\d{1,6})/(?P<year>(?:19|20)?\d\d)" + _E,
        "GR-123/2024",
    ),
    _fmt(  # Frankfurt: NR 404 (Antrag), OA 487, OM 1234 (Anregungen of an Ortsbeirat), ST 1456
        # (a Stellungnahme des Magistrats); at least two digits ("NR 3" may be a Nummer)
        "two-letter prefix number",
        _B + r"(?P<prefix>NR|OA|OF|OM|EA|ST) (?P<number>\d{2,5})(?![\w/]|[-.,]\d)",
        "NR 404",
    ),
    _fmt(  # Vorlage 2024/0123: the year first, after a paper word only; -1 a later version
        "year/number",
        _B + r"(?P<year>" + _YEAR + r")/(?P<number>\d{1,6})(?:-\d{1,2})?" + _E,
        "2024/0123",
        needs_label=True,
    ),
    _fmt(  # Jena: Beschlussvorlage 23/2134-BV (the year, the number, the kind after a hyphen)
        "short-year/number-kind",
        # (an amendment to it numbered after it: 24/2567-BV-ÄA-01)
        _B + r"(?P<year>\d\d)/(?P<number>\d{3,5})-(?P<prefix>[A-Z]{1,3})" + _VARIANT + _E,
        "23/2134-BV",
        needs_label=True,
    ),
    _fmt(  # Drucksache 21/1234: the electoral period first, after a paper word only; Bremen's
        # Vorlage 21/1187 (S), for the city (S) or the Land (L); early in a period the number
        # has two digits, the part after it (Drucksache 21/84 S)
        "period/number",
        _B
        + r"(?P<period>\d{1,2})/(?P<number>\d{3,6}|\d{2}(?=[ ]\(?[SL]\)?(?![\w.])))"
        + r"(?:[ ]\((?P<part>[SL])\)|[ ][SL](?![\w.]))?"
        + _E,
        "21/1234",
        needs_label=True,
    ),
    _fmt(
        "number/short-year",
        _B + r"(?P<number>\d{1,6})/(?P<year>\d\d)" + _E,
        "109/23",
        needs_label=True,
    ),
    _fmt(  # Berlin: Drs. 1234/XIX
        "number/roman period",
        _B + r"(?P<number>\d{1,5})/(?P<period>" + _ROMAN + ")" + _E,
        "0412/IV",
        needs_label=True,
    ),
    _fmt(  # Südhessen's Regionalversammlung: Drucksache Nr. IX / 42.0 (the Wahlperiode, the
        # number and its part, spaces around the slash)
        "roman period / number.part",
        _B + r"(?P<period>" + _ROMAN + r") / (?P<number>\d{1,4})\.(?P<part>\d{1,2})" + _E,
        "IX / 42.0",
        needs_label=True,
    ),
    _fmt(  # Leipzig before 2014: the Wahlperiode, a kind's letters and the number: an
        # Einwohnerfrage V/EF 214, a Petition V/P 99 (V/P 012/10 with its year), an Antrag
        # V/A 123, an Anfrage V/F 456, an Informationsvorlage V/Ifo 12 (the kinds a closed set)
        "roman period/kind number",
        _B + r"(?P<period>" + _ROMAN + r")/(?P<prefix>EF|P|A|F|DS|Ifo|AF|HP)[ ](?P<number>\d{1,5})"
        r"(?:/(?P<year>\d\d))?(?![.,:]\d)" + _E,  # (not an office before a date: II/A 17.07.2018)
        "V/EF 214",
    ),
    _fmt(  # Leipzig before 2014: Drucksache V/690 (the Wahlperiode, then the number)
        "roman period/number",
        _B + r"(?P<period>" + _ROMAN + r")/(?P<number>\d{2,5})" + _VARIANT + _E,
        "V/690",
        needs_label=True,
    ),
    _fmt(  # Freiburg: Vorlage G-17/074 (office, two-digit year, number)
        "prefix-short-year/number",
        _B + r"(?P<prefix>[A-Z]{1,3})-(?P<year>\d\d)/(?P<number>\d{2,5})" + _E,
        "G-17/074",
        needs_label=True,
    ),
    _fmt(
        "number-part-suffix",
        _B + r"(?!" + _YEAR + r"-)(?P<number>\d{3,6})-(?P<part>\d{2})(?:-[A-Z]\d{0,2})?" + _E,
        "17234-11-E2",
        needs_label=True,
    ),
    _fmt(  # Hamburg: Drucksache 21-1234, 21-9085B, 23-0646.1 (the Wahlperiode first)
        "period-number",
        _B + r"(?P<period>\d\d)-(?P<number>\d{4})(?:[A-Z]|\.\d{1,2})?" + _E,
        "21-1234",
        needs_label=True,
    ),
    _fmt(  # Braunschweig: Drucksache 24-23412 (the year, a number of five digits), 24-23412-01
        # an amendment to it
        "short-year-number",
        _B + r"(?P<year>\d\d)-(?P<number>\d{5})(?:-(?P<part>\d\d))?" + _E,
        "24-23412",
        needs_label=True,
    ),
    _fmt(  # GR-Drucks. 2010-53
        "year-number",
        _B + r"(?P<year>" + _YEAR + r")-(?P<number>\d{1,3})" + _E,
        "2010-53",
        needs_label=True,
    ),
    _fmt(  # DS-Nr.: 201-1/2008, a paper filed under the budget's 201/2008
        "number-part/year",
        _B + r"(?P<number>\d{1,5})-(?P<part>\d{1,3})/(?P<year>" + _YEAR + ")" + _E,
        "201-1/2008",
        needs_label=True,
    ),
    _fmt(  # Drucksachen-Nr.: 187/04-2017 (number / session - year)
        "number/session-year",
        _B + r"(?P<number>\d{1,5})/(?P<session>\d\d)-(?P<year>" + _YEAR + ")" + _E,
        "187/04-2017",
        needs_label=True,
    ),
    _fmt(  # Norderstedt: Vorlage A03/0386 (kind and period glued, then the number)
        "prefix+period/number",
        _B + r"(?P<prefix>[A-Z]{1,3})(?P<period>\d\d)/(?P<number>\d{3,5})" + _E,
        "A03/0386",
        needs_label=True,
    ),
    _fmt(  # Berlin Charlottenburg-Wilmersdorf: Drucksache 1083/3 (the BVV's period, one digit)
        "number/period",
        _B + r"(?P<number>\d{1,5})/(?P<period>\d)" + _E,
        "1083/3",
        needs_label=True,
    ),
    _fmt(  # Frankfurt: Bericht des Magistrats vom 12.08.2024, B 310; Vortrag M 55
        "prefix number",
        _B + r"(?P<prefix>M|B|ST|E|A|F|K) (?P<number>\d{1,5})(?![\w/]|[-.,]\d)",
        "B 310",
        needs_label=True,
    ),
    # Any other system's number after a paper word, tried last: letters and digits joined by
    # hyphens or slashes. The formats above say what each part means; of these only the number
    # (the first digits) is known.
    _fmt(  # Vorlage: OB-N/0112/25, Drucksache: SV 1234/25 (after a space, not TOP 1 or BA 16);
        # an office's letters in mixed case (GV-Zi/23/0412), a body before the kind (SG/BV/…)
        "labelled prefix-number",
        # (the number glued to its prefix only with a part after it: every match holds an anchor)
        # (two offices' letters: BV-OR-DEE/0009/2024, a Ortsrat's Beschlussvorlage)
        # (a prefix in mixed case ending in a capital: SchV-2023-08, a Schulverband's)
        # (an office's letters ending in lower case: GVLu/24/041; a kind and a body's short
        # name before a slash: GV Suk/2024/0412; a town's short name: Schw/2023/041)
        _B + r"(?P<prefix>(?:[A-ZÄÖÜ]{1,5}(?:[a-zäöü]{1,2}|(?<![A-ZÄÖÜ]{2})[a-zäöü]{3}(?=/)"
        r"|[ ][A-ZÄÖÜ][a-zäöü]{1,3}(?=/))?"
        # (or in capitals after it: BfMB/007/2024, a Beirat für Menschen mit Behinderungen's)
        r"|[A-ZÄÖÜ][a-zäöü]{1,3}[A-ZÄÖÜ]{1,3})"
        # (an office and a kind: OR-LA/V/0004/24, an Ortschaftsrat's Vorlage)
        r"(?:(?:-[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,3}){1,2}|(?:-[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,3})?/[A-ZÄÖÜ]{1,4})?)"
        r"(?:[-/]|[ ]?(?=\d{1,5}[-/]))"
        r"(?P<number>\d{1,5})"
        # (Aachen: FB 61/0512/WP18; an amendment's suffix: STV/1186/2023-1, BV 8/0431-E1)
        r"(?:[-/](?:\d{1,4}|[A-ZÄÖÜ]{1,3}\d{0,2})){0,3}" + _E,
        "OB-N/0112/25",
        fallback=True,
    ),
    _fmt(  # a number alone after its paper word (the word part of the match, as with DS)
        "bare number",
        _B + _BARE_LABEL + _BARE_NUMBER,
        "Vorlage 3987",
    ),
    _fmt(  # Vorlage: 2025-BV-0112, Antrag: 17/2025/3 (not the party: Antrag der Fraktion
        # BÜNDNIS 90/DIE GRÜNEN)
        "labelled number",
        _B
        # (a dotted office number first: 2.3/012/2024; a kind's or an office's short name in
        # mixed case last: 0812/2023/An, 18/2024/StW)
        # (the party also typed without umlauts: "Buendnis 90/Die Gruenen")
        # (an office with its roman number between: 2024/FB II/1287)
        # (wrapped after "Bündnis" too: _PARTY_BEFORE)
        + r"(?<!(?i:bündnis) )(?<!(?i:buendnis) )(?P<number>\d{1,5})(?:\.\d{1,2}(?=/))?"
        r"(?:[-/](?:[A-ZÄÖÜ]{1,3}[ ][IVX]{1,4}(?=/\d)|\d{1,4}"
        r"|[A-ZÄÖÜ](?:[A-ZÄÖÜ]{0,2}|[a-zäöü]{1,2}[A-ZÄÖÜ]?)\d{0,2})){1,4}" + _E,
        "2025-BV-0112",
        fallback=True,
    ),
)

_PARTY_BEFORE: Final = re.compile(r"(?:bündnis|buendnis)\s+\Z")
"""The first word of ``Bündnis 90/Die Grünen`` right before a number, across a line's break and
its indent (in a lowered window)."""

# Letter prefixes that abbreviate a paper word where a space parts them from the number, no
# part of it ("DS 0045/2024" is Drucksache 0045/2024; "DS/0570/IX" keeps its DS).
# ("Nr" without its full stop is the label's "number", no prefix: "Vorlage Nr 12/2024"; not
# Frankfurt's "NR 812", a motion of the city's council)
LABEL_PREFIXES: Final[frozenset[str]] = frozenset({"DS", "Nr"})


def _party_letters(prefix: str) -> bool:
    """Whether a prefix's letters are a party's or a group's short name (``SPD``, ``CDU``,
    ``UWG``): the mover named before the number, no part of it."""
    return prefix.isupper() and vocab.party_of(prefix) is not None


# Letter prefixes of numbers that are not papers, and what they number.
NOT_PAPER_PREFIXES: Final[Mapping[str, str]] = {
    "SI": "Sitzung",  # SessionNet, ALLRIS: SI/2023/272 is a session
}


@dataclass(frozen=True, slots=True)
class NotPaper:
    """Words that make the number right after them something that only looks like a paper."""

    what: str
    words: str
    """A pattern of the words in lower case (they are matched case-blind), as they end right
    before the number; ``Nr.`` and a colon may follow them. Without a leading ``\\b`` a
    pattern also ends longer words (``Aufstellungsbeschluss``, ``Amtsblatt``)."""
    example: str
    """A text whose number is not read for these words."""


_SITTING_DAY: Final = r"\bsitzung\s*:\s*[0-9]{1,2}\.\s?(?:[0-9]{1,2}\.|[a-zä]{3,9})\s?[0-9]{2,4}"
"""A sitting's field and its day, in lower case (``sitzung: 06.02.2025``, ``sitzung: 6. februar
2025``): a number in parentheses right after it is the sitting's (in prose, "in seiner Sitzung
am 15.06.2022 (SV-10-0377)" names the paper it dealt with)."""
_FILE_MARK_WORDS: Final = r"(?:\baz\.|aktenzeichen|\bgz\.|geschäftszeichen)"
"""The words of a file mark (Aktenzeichen), in lower case."""


NOT_PAPERS: Final[tuple[NotPaper, ...]] = (
    NotPaper(  # also Aufstellungsbeschluss; not "Beschluss:", the ALLRIS field of the Vorlage
        "Beschluss number",
        r"beschl(?:uss|uß|üsse)(?:es)?(?!\s*:)|beschl\.|beschlussbuch(?:es)?"
        # the certified copy of a decision, under the decision's number ("Beschlussausfertigung
        # SR/071/2023")
        r"|beschl(?:uss|uß)ausfertigung(?:en)?"
        # "Beschluss der Ratsversammlung Nr. RBVII-1875/23"
        r"|beschl(?:uss|uß)(?:es)?\s(?:des|der)\s[a-zäöüß-]{3,40}(?=\s?(?:nr\.?|nummer))"
        # "Kreistagsbeschluss vom 18.05.2020, Nr. KT/2020/012", "Beschluss des Kreistags vom
        # 24.03.2023, Nr. 17/2023"
        r"|beschl(?:uss|uß)(?:es)?\s{1,8}(?:(?:des|der)\s{1,8}[a-zäöüß-]{3,40}\s{1,8})?vom\s{1,8}"
        r"[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{2,4},?(?=\s{0,8}(?:nr\.?|nummer))",
        "mit Beschluss NI-013/2021",
    ),
    NotPaper("gazette issue", r"ausgabe|blatt(?:e?s)?|zeitung", "Amtsblatt, Ausgabe 23/2023"),
    # a gazette's or a district's numbered notice: "Öffentliche Bekanntmachung Nr. 31/2023"
    NotPaper("notice", r"bekanntmachung", "Öffentliche Bekanntmachung Nr. 31/2023"),
    # a local paper's name: "Hüttenfelder Nachrichten Nr. 21/2024", "Gemeindebote Nr. 4/2024"
    NotPaper("local paper", r"nachrichten|bote|kurier|rundschau", "Dorfnachrichten Nr. 21/2024"),
    # a law of the European Union: "VO (EG) Nr. 1370/2007", "Richtlinie (EU) 2019/1024"
    NotPaper("EU legal act", r"\((?:eg|eu|ewg)\)", "Verordnung (EG) Nr. 1370/2007"),
    NotPaper(
        "Aktenzeichen",
        # (its file plan's number and a dash before: "Az.: 632.21 - BV 0117/2023"; or the
        # plan's numbers joined by dashes: "Az. 41-602-BV 0311/2023", "Az. 6024-B 17/2024")
        rf"{_FILE_MARK_WORDS}(?:\s?:?\s?[0-9][0-9.]{{0,11}}(?:\s[-–]|(?:-[0-9]{{1,5}}){{0,3}}-))?"
        # (or whose file it is, before its colon: "Az. der Kreisverwaltung Bernkastel-Wittlich:
        # BA-0415/2024")
        rf"|{_FILE_MARK_WORDS}\s(?:der|des)\s[a-zäöüß-]{{3,40}}(?:\s[a-zäöüß-]{{2,30}}){{0,2}}:",
        "Az. 613/094/2023",
    ),
    NotPaper("plan number", r"plan(?:e?s)?", "Bebauungsplan Nr. 1770/2020"),
    # an audit office's report: "Prüfbericht RPA 14/2024"
    NotPaper("audit report", r"prüfbericht(?:e?s)?", "Prüfbericht RPA 14/2024"),
    # a public tender's number: "Ausschreibung Nr. EB-A 17/2023", "Vergabevermerk EB-A 17/2023"
    NotPaper(
        "tender",
        # (or its code: "… ausgeschrieben (Kennziffer RPA-01/2024)")
        r"ausschreibung|vergabe(?:vermerk|nummer|verfahren)?|kennziffer",
        "Ausschreibung Nr. 17/2023",
    ),
    NotPaper("parcel", r"flurstück(?:e?s)?|\bflst\.|\bfl\.\s?nr\.?", "Flurstück 1770/2020"),
    NotPaper("minutes number", r"protokoll(?:e?s)?|niederschrift", "Protokoll Nr. 19/2023"),
    # (also in parentheses after it: "15. Sitzung (JHA/015/2023) am …", "11. Sitzung des
    # Kreisausschusses (KA/11/2024)")
    NotPaper(
        "session number",
        r"\bsitzungs?(?:\s?\(|\s[-–])?"
        # (the body's name of up to three words: "31. Sitzung des Stadtbezirksbeirates Neustadt
        # (SBR NS/031/2024)")
        r"|\bsitzung\s{1,4}(?:des|der)\s{1,4}[a-zäöüß-]{3,40}(?:\s{1,4}[a-zäöüß-]{2,30}){0,2}\s?\("
        # (a table's cell, or a flattened table's label alone on its line: "| Sitzung |
        # BUA/007/2023 |", "Sitzung" / "HFA/0012/2024")
        r"|\bsitzung\s*\|"
        r"|(?:^[ ]?|[ ]{3})sitzung[ ]{3,8}"
        # (the body in the sitting's cell, its number after it: "Sitzung | Rat der Stadt
        # Gütersloh (RAT/0031/2024)")
        r"|\bsitzung\s*[|:]\s*[a-zäöüß][^|()]{2,60}\("
        # (or its field's day: "Sitzung: 06.02.2025 (RAT/002/2025)")
        r"|" + _SITTING_DAY + r"\s?\("
        # the invitation to the session ("Einladung SR/048/2024"); the number in parentheses on
        # the line under the body's name that opens its paragraph (Dresden: "Stadtrat" /
        # "(SR/048/2023)"; the window has its line breaks as spaces, a line of spaces between
        # lines makes three)
        r"|\beinladung"
        r"|(?:^[ ]?|[ ]{3})[a-zäöüß-]*(?:rat|tag|ausschuss|beirat|versammlung|vertretung)[ ]\(",
        "Sitzungsnummer: RAT/027/2024",
    ),
    NotPaper(
        "press release", r"presse(?:mitteilung|meldung|information)", "Pressemitteilung Nr. 41/2022"
    ),
)


def _words(key: str) -> str:
    return r"\s+".join(re.escape(word) for word in key.split())


# Both are searched in the lowered window (:func:`_window_before`): an alternation of plain
# lower-case words is tried much faster than a case-blind one (speed).
# (a body's name before the paper word, in one compound: "Kreistagsdrucksache")
_COMPOUND_HEAD: Final = r"(?:" + alternation(PAPER_COMPOUND_HEADS) + r")?"
_LABEL_RE: Final = re.compile(
    r"\b"
    + _COMPOUND_HEAD
    + r"(?P<label>"
    + "|".join(_words(k) for k in sorted(PAPER_LABELS, key=len, reverse=True))
    + r")(?:s|n)?(?:nummer\b|\b)\.?"  # Vorlagen-Nr., Antrags, Drs., Drucksachennummer
    # Antrag der SPD-Fraktion, Änderungsantrag der Fraktion BVB/Freie Wähler
    # (or whose it is: "Ergänzungsantrag ihrer Fraktion (A 25/0187/1)")
    # ("Änderungsantrag der Fraktion Bürger für Jena (24/2567-BV-ÄA-01)")
    # (a third word only before the number in parentheses)
    r"(?:\s+(?:der|des|von|vom|ihrer|seiner)\s+[\w-]+(?:\s+[\w/-]+){0,2}"
    r"(?:\s+[\w/-]+(?=\s*\())?)?"
    r"(?:\s+vom\s+\d\d?\.\s?\d\d?\.\s?\d{4}\s*,?)?"  # Anregung vom 02.09.2024, OA 487
    # its kind in parentheses: "SITZUNGSVORLAGE (Informationsvorlage)" / "Nr. 2024/0219"
    r"(?:[ \t]*+\([a-zäöüß -]{1,40}\))?"
    # Drucksachen–Nr.: (a dash); | Vorlage: | 0421/2023/6A | (a table's next cell)
    # "Änderungsantrag (STV/1186/2023-1)": the number in parentheses after its word
    # (each run of spaces taken whole: a long run before a word that is no label's end was
    # tried split every way, 0.1 s for a window of 60 characters)
    r"\s*+(?:[-–\s]?(?:nr\.?|nummer))?\s*+\)?\s*+:?\s*+[-–]?\s*+\|?\s*+\(?$"
)
_FIELD_LABEL: Final = re.compile(r"[ ]{0,3}[A-ZÄÖÜ][a-zäöüß-]{2,30}[ ]{1,3}")
"""A field's label alone before its value at the start of a line (the tabs as read are spaces)."""
_BARE_WORD_END: Final = re.compile(r"[a-zäöüß](?<!nummer)(?<!\bnr)[ ]*$")
"""A not-paper word that ends right before the number, no "Nr." nor "-nummer" after it."""
# A not-paper word and its "Nr.:" end within the last _NOT_PAPER_REACH characters of the window:
# only those are searched (speed).
_NOT_PAPER_REACH: Final = 64
_NOT_PAPER_RE: Final = re.compile(
    "(?:"
    + "|".join(f"(?:{n.words})" for n in NOT_PAPERS)
    # its "Nr." or colon, or a space or two: not a table's next column ("Aufstellungsbeschluss
    # 0021/2024" across a column gap)
    # (or, after its colon, a table's cell border: "| Sitzung: | GV/031/2024 |")
    # (or several numbers: "Beschlussnummern RAT/2024/114 bis RAT/2024/116")
    + r")(?:\s{0,2}(?:[-\s]?(?:nr\.?|nummern?)\s*:?|:)\s*(?:\|\s*)?|\s{0,2})"
    # a body's letters before the number ("Beschluss-Nr.: KT 29/2024", "AA-BS 14/2023", "GV Zi
    # 45/2024")
    # (not a word of a sentence between, vocab.MID_PHRASE_WORDS: "Beschluss zu DS 23-1284")
    rf"(?:(?<![a-zäöüß])(?!(?:{alternation(vocab.MID_PHRASE_WORDS)})\s)"
    r"[a-zäöü]{1,4}(?:-[a-zäöü]{1,4})?\s{1,8}){0,2}"
    # a number of the same kind before it, in a range or a pair ("Beschlussbuch Nr. 112/2024 bis
    # Nr. 119/2024", "Flurstück 12/3 und 13/1"): a word joins them (a window that ends in a
    # digit and a comma or dash is not searched: _ends_worded)
    # (the first with its letters: "Nr. RAT/2024/114 bis RAT/2024/116")
    r"(?:(?:[a-zäöü]{1,5}/)?\d[\w.-]{0,10}/[\w/.-]{1,12}[ ]{1,4}(?:bis|und|sowie)[ ]{1,4}"
    r"(?:nr\.?[ ]?)?)?$"
)
# A gazette's head, its title and then the issue's number ("Amtsblatt der Gemeinde X · Nr.
# 17/2024"), in the lowered window before the number
_GAZETTE_ISSUE: Final = re.compile(
    r"(?:amtsblatt|amtsanzeiger|mitteilungsblatt|gemeindeblatt|stadtanzeiger|kreisanzeiger"
    r"|staatsanzeiger|landesanzeiger|bekanntmachungsblatt|gesetzblatt)\b"
    # (the town's name and a column's gap between: "Mitteilungsblatt der Gemeinde X
    # Nr. 20/2024")
    r"[^:\n]{0,80}?\bnr\.?[ ]*$"
)
# A gazette's issue line: "Nr." opening it, then the issue's number, its volume, date or page
# ("Nr. 21/2024     48. Jahrgang     ausgegeben am 02.10.2024", "Nr. 14/2025 - Donnerstag, 3.
# April 2025     Seite 9")
_ISSUE_NUMBER: Final = re.compile(
    # (the volume before it, after a column's gap or a separator: "34. Jahrgang      Nr.",
    # "Jahrgang 2024 | Nr.", "Jahrgang 31 · Nr.")
    r"[ \t]*(?:(?:\d{1,3}\.[ \t]*Jahrgang|Jahrgang[ \t]+\d{1,4})(?:[ \t]{2,}|[ \t]*[|·•][ \t]*))?"
    r"(?:Nr\.?|Nummer)[ \t]*:?[ \t]*"
)
_ISSUE_REST: Final = re.compile(
    r"Jahrgang|[Aa]usgegeben|[Ee]rschienen|Seite[ \t]+\d|[A-Z][a-z]+tag[,:]?[ \t]+(?:den[ \t]+)?\d"
    # (or the place and date of the issue: "Nr. 14/2024          Gladbeck, 5. April 2024")
    r"|[A-ZÄÖÜ][\w.-]+(?:[ ][\w.()-]+){0,2},[ \t]+(?:den[ \t]+)?\d{1,2}\."
    # (or its date alone after a column's gap: "Nr. 14/2023          21. Juli 2023")
    r"|(?<=[ \t]{2})\d{1,2}\.[ \t]*(?:\d{1,2}\.[ \t]*\d{2,4}|[A-ZÄÖÜ][a-zäöü]{2,8}\.?[ \t]+\d{4})"
)
_ISSUE_REACH: Final = 160
# ... or closing it, the volume first: "34. Jahrgang      Nordhausen, den 19. Juli 2024      Nr."
_ISSUE_AT_END: Final = re.compile(
    # (or "Jahrgang 18 … Nr.")
    r"^[ \t]*(?:\d{1,3}\.[ \t]*Jahrgang\b|Jahrgang[ \t]+\d{1,3}\b)[^\n]*?[ \t]{2}"
    r"(?:Nr\.?|Nummer)[ \t]*:?[ \t]*$",
    re.MULTILINE,
)


_GAZETTE_REACH: Final = 160
"""How far back on its line a gazette's head over an issue's number is looked for."""


def _gazette_issue(line: str) -> bool:
    """Whether ``line``, lowered, up to a number ends with a gazette's head and its issue's
    ``Nr.`` (:data:`_GAZETTE_ISSUE`)."""
    return ("blatt" in line or "anzeiger" in line) and _GAZETTE_ISSUE.search(line) is not None


def _issue_line(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is a gazette's issue in its issue line."""
    line = text.rfind("\n", max(0, start - _ISSUE_REACH), start) + 1
    line_end = text.find("\n", end, end + _ISSUE_REACH)
    if (
        (line > 0 or start <= _ISSUE_REACH)
        and not text[end : line_end if line_end >= 0 else len(text)].strip()
        and _ISSUE_AT_END.search(text, line, start) is not None
    ):
        return True  # "34. Jahrgang      Nordhausen, den 19. Juli 2024      Nr. 14/2024"
    opens = text.rfind("\n", max(0, start - 40), start) + 1
    if (opens == 0 and start > 40) or not _ISSUE_NUMBER.fullmatch(text, opens, start):
        return False
    stop = text.find("\n", end, end + _ISSUE_REACH)
    return _ISSUE_REST.search(text, end, stop if stop >= 0 else end + _ISSUE_REACH) is not None


# The paper-number slot of an agenda line: "Ö 5.1 - 22-0487", "TOP 5 - 22-0487" (the item's
# number, a dash, the paper's number); "Ö 6.1    21-4567    Neugestaltung …" (a column's gap
# for the dash); "| 6.1 | IX-0845 | Mehr Grün … |" (the cell after the item's number)
_AGENDA_SLOT: Final = re.compile(
    # (every run of blanks possessive: a fullmatch that fails after a long run of them tried
    # every split of it)
    r"[ \t]*+(?:TOP:?[ \t]*+(?:[ÖN][ \t]?)?|[ÖN][ \t]?)\d{1,3}(?:\.\d{1,3})*"
    # (or a cell's border, the row's first with none before it: "Ö 3   | 2024/142  | …")
    r"(?:[ \t]*+[-–|]|[ ]{3}|\t)[ \t]*+"
    r"|[ \t]*+\|[ \t]*+(?:TOP[ \t]*+)?(?:[ÖN][ \t]?)?\d{1,3}(?:\.\d{1,3})*[ \t]*+\|[ \t]*+"
    # (a sub-item's number alone, a column's gap after it: "5.1   0845/XXI   Vorlage zur …")
    r"|[ \t]*+\d{1,3}(?:\.\d{1,3})+\.?(?:[ ]{3}|\t)[ \t]*+"
)
# An agenda table's row up to its last cell, which holds the paper's number: "| Ö 5.1 | Zuschuss
# … | 2024/0188 |", "| 4 | Nachwahl … | 2024/245 |" (the item's number in the first cell)
_ROW_SLOT: Final = re.compile(
    r"[ \t]*+\|?[ \t]*+(?:TOP[ \t]*+)?(?:[ÖN][ \t]?)?\d{1,3}(?:\.\d{1,3})*[ \t]*+\|[^|\n]*\|"
    r"[ \t]*+"
)
_LAST_CELL: Final = re.compile(r"[ \t]*+\|?[ \t]*+")
_RESULT_CELL: Final = re.compile(
    r"(?:[ \t]*+\||\t[ \t]*+|[ ]{3}[ \t]*+)[^|\n\d]{1,60}(?:\([^()|\n]{1,40}\)[ \t]*+)?"
    r"(?:\|[0-9/: \t-]{0,20})*\|?[ \t]*+"
)
"""The item's result in the cell after the paper's (``| 2023/0588 | einstimmig beschlossen |``, or
a tab's or a gap's column: ``2025/0412<TAB>ungeändert beschlossen``), its tally in parentheses
after it (``| abgelehnt (5 Ja / 9 Nein / 1 Enth.) |``) or in cells after it (``| beschlossen |
7/0/2 |``)."""
_TABBED_RESULT_CELL: Final = re.compile(r"[ ][^|\n\d\t]{1,60}")
"""The item's result in the column after the paper's, a tab before it that the clean view made
one space (``2023/0456<TAB>mehrheitlich beschlossen``)."""
_AGENDA_LINE: Final = 240
"""An agenda line's paper number stands at most this many characters into the line."""
# An agenda line up to its last column, the paper's number after a gap of three spaces or more
# ("6.  3. Satzung zur Änderung der Hauptsatzung          GV 0234/2023")
# (both read up to the column's gap, which :func:`_column_gap` finds: a lazy title before a gap
# of spaces, matched to its end, was tried at every blank of a long run of them)
_COLUMN_SLOT: Final = re.compile(
    r"[ \t]*(?:TOP[ \t]*)?(?:[ÖN][ \t]?)?\d{1,3}(?:\.\d{1,3})*\.?[ \t]+\S(?:[^\n]*\S)?"
)
# ... or a title's line indented under its item's line ("5.3.   Bebauungsplan „Querumer
# Forst“," / "       QU 63 – Auslegungsbeschluss          24-22987")
_CONTINUED_SLOT: Final = re.compile(r"(?:[ ]{3,}|\t+)\S(?:[^\n]*\S)?")
_TABBED_CONTINUED_SLOT: Final = re.compile(r"[ ]\S(?:[^\n]*\S)?")
_ITEM_LINE: Final = re.compile(
    r"[ \t]*(?:TOP[ \t]*)?(?:[ÖN][ \t]?)?\d{1,3}(?:\.\d{1,3})*\.?[ \t]+\S"
)
# The last lines of ALLRIS's sitting head on an item's page, above the paper's number
_HEAD_ENDS: Final = re.compile(r"[ \t]*(?:Ort|Raum|Zeit|Anlass)[ \t]*:[^\n]*\n")
_REPLACED: Final = re.compile(r"(?i)\bersetzt\b|\bersetzen\b")
_AMENDED: Final = re.compile(
    r"(?i)in der fassung des änderungsantrag|geändert durch|mit den änderungen"
)
# an Änderungsantrag taken over into the decision
_ADOPTED: Final = re.compile(r"(?i)in der fassung|übernommen|angenommen|beschlossen")
_OPENS: Final[dict[str, tuple[str, ...]]] = {
    _REPLACED.pattern: ("ersetz",),
    _AMENDED.pattern: ("in der fassung des ä", "geändert durch", "mit den änderungen"),
    _ADOPTED.pattern: ("in der fassung", "übernommen", "angenommen", "beschlossen"),
}
"""How each match of a role cue begins, in lower case (:class:`ratsparse.text.Occurrences`)."""


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


def _window_before(text: str, start: int) -> str:
    """The 60 characters before ``start`` within its paragraph, lowered, line breaks made spaces:
    where a paper word stands right before a number, also when a line break hard-wrapped it
    (``Drucksache`` / ``Nr.: 17234-11-E2``). Lowering keeps every offset (speed: the word lists
    are then matched case-sensitively)."""
    # only a blank line within the window can shorten it: the search looks no further back (it
    # scanned back to the start of a text without blank lines, for every number: quadratic time)
    paragraph_start = text.rfind("\n\n", max(0, start - 61), start) + 1
    window = text[max(paragraph_start, start - 60) : start].replace("\n", " ")
    lowered = window.lower()
    if len(lowered) != len(window):  # "İ" lowers to two characters
        lowered = "".join(c if len(c.lower()) > 1 else c.lower() for c in window)
    return lowered


def _ends_worded(window: str) -> bool:
    """Whether ``window`` may end in a paper word or a not-paper word (:data:`_LABEL_RE`,
    :data:`_NOT_PAPER_RE`): past what may follow such a word (spaces, a colon, a dash, a
    parenthesis), it ends in a letter or a full stop. Where not, only a paper word with its author
    or date after it may end it (``Antrag der B90``, ``Anregung vom 02.09.2024,``), and that
    holds ``der``, ``des``, ``von`` or ``vom``. A test of one character that spares the two
    searches for most numbers of a run of references (speed)."""
    tail = window.rstrip(" \t:–-)(|")  # (a table's cell border: "| Drucksache: | G-24/058 |")
    # (or a file mark's plan number: "Az.: 632.21 - BV 0117/2023"; or a sitting's day before
    # the parenthesis: "Sitzung: 06.02.2025 (RAT/002/2025)")
    return bool(tail) and (
        tail[-1].isalpha()
        or tail[-1] == "."
        or ("z" in tail and _FILE_PLAN_END.search(tail, len(tail) - 40) is not None)
        or (
            window.endswith("(")
            and "itzung" in tail
            and _SITTING_DAY_END.search(tail, len(tail) - 40) is not None
        )
    )


_SITTING_DAY_END: Final = re.compile(_SITTING_DAY + r"$")
_FILE_PLAN_END: Final = re.compile(
    rf"{_FILE_MARK_WORDS}\s?:?\s?[0-9][0-9.]{{0,11}}(?:-[0-9]{{1,5}}){{0,3}}$"
)


def _may_end_labelled(window: str, worded: bool) -> bool:
    """Whether a paper word may end ``window`` (see :func:`_ends_worded`, which ``worded`` is)."""
    return worded or "de" in window or "vo" in window


def _label_before(text: str, start: int, window: str) -> str | None:
    """The paper word that ends ``window`` (:func:`_window_before` of ``start``), as written in
    ``text`` ("Vorlage: ", "Antrag Nr. ", "Bericht des Magistrats vom 12.08.2024, ")."""
    m = _LABEL_RE.search(window)
    if m is None:
        return None
    offset = start - len(window)
    return " ".join(text[offset + m.start("label") : offset + m.end("label")].split())


_LETTER_SPACED: Final = re.compile(r"(?<!\S)(?:[^\W\d_][ ]){2,}[^\W\d_](?!\S)")
"""A word printed with a space after each letter (``P R O T O K O L L``)."""


def _unspaced(window: str) -> str:
    """``window`` with its letter-spaced words closed up (``p r o t o k o l l  nr. `` →
    ``protokoll  nr. ``): a title word before the number, read as it would be written."""
    return _LETTER_SPACED.sub(lambda m: m.group().replace(" ", ""), window)


def label_kind(label: str) -> str | None:
    """The paper kind a paper word names (``Beschlußvorlage`` → ``Vorlage``), None for a word
    that names none."""
    return PAPER_LABELS.get(" ".join(label.split()).lower())


class _Index:
    """What the readers of one text look up again and again, found once: its line breaks, where
    its content starts and ends, its sentences, and where the role cues and decision verbs stand
    (built on first use). Looking each up from scratch for every number scanned long stretches of
    the text each time: quadratic on a long line, a text without blank lines, or a long sentence
    of numbers."""

    def __init__(self, text: str, tab_before: Callable[[int], bool] | None = None) -> None:
        self.text = text
        self.tab_before = tab_before
        """Whether the text as read held a tab right before a clean offset (a column's gap the
        clean view made one space); None where not known."""
        self._breaks: list[int] | None = None
        self._sentences: Sentences | None = None
        self._cues: dict[str, Occurrences] = {}
        self._lower: str | None = None
        """The text in lower case, where it lines up with it (``""`` where not; built on use)."""
        self.content_start = len(text) - len(text.lstrip())
        """The first offset that is not white space (``len(text)`` in a blank text)."""
        self.content_end = len(text.rstrip())
        """The offset after the last character that is not white space."""

    def line_start(self, at: int) -> int:
        """Where the line that holds ``at`` starts (``text.rfind("\\n", 0, at) + 1``)."""
        if self._breaks is None:
            self._breaks = [m.start() for m in _LINE_BREAK.finditer(self.text)]
        before = bisect_left(self._breaks, at) - 1
        return self._breaks[before] + 1 if before >= 0 else 0

    def line_end(self, at: int) -> int:
        """The line break at or after ``at``; -1 where none follows (``text.find("\\n", at)``)."""
        if self._breaks is None:
            self._breaks = [m.start() for m in _LINE_BREAK.finditer(self.text)]
        after = bisect_left(self._breaks, at)
        return self._breaks[after] if after < len(self._breaks) else -1

    def line_number(self, at: int) -> int:
        """How many lines stand above the one that holds ``at``."""
        if self._breaks is None:
            self._breaks = [m.start() for m in _LINE_BREAK.finditer(self.text)]
        return bisect_left(self._breaks, at)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence around ``[start, end)`` (:class:`Sentences`)."""
        if self._sentences is None:
            self._sentences = Sentences(self.text)
        return self._sentences.bounds(start, end)

    def says(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """Whether ``pattern`` (a pattern of words, see :class:`Occurrences`) matches in the
        sentence around ``[start, end)``: ``pattern.search(sentence_around(text, start, end))``."""
        found = self._cues.get(pattern.pattern)
        if found is None:
            if self._lower is None:
                self._lower = lower_aligned(self.text)
            found = self._cues[pattern.pattern] = Occurrences(
                pattern, self.text, _OPENS.get(pattern.pattern, ()), self._lower
            )
        return found.within(*self.sentence(start, end))


_LINE_BREAK: Final = re.compile("\n")
_NON_SPACE: Final = re.compile(r"\S")


_CELL_LETTERS: Final = re.compile(r"[ ]*(?:[A-ZÄÖÜ]{1,6}(?:[ -][A-ZÄÖÜ]{1,6})?[ -]?)?[ ]*$")
_TABLE_REACH: Final = 40
"""How many rows above a cell its table's head may stand (and how long a row is read: 400)."""


def _not_paper_column(index: _Index, start: int, end: int) -> bool:
    """Whether the number fills a cell of a pipe table whose head names the column as no
    paper's (``| Beschluss-Nr. | …``, ``| Sitzungs-Nr. | …``; the first cell without its border
    too, ``Beschluss-Nr. |Datum |…`` over ``SVV-B 31/2024 |25.04.2024 |…``): the number alone in
    its cell."""
    text = index.text
    line_start = index.line_start(start)
    if start - line_start > 400:
        return False
    line_end = index.line_end(end)
    line_end = len(text) if line_end == -1 else line_end
    bordered = text.startswith("|", line_start)
    if not bordered and "|" not in text[start : min(line_end, start + 400)]:
        return False
    before, after = text[line_start:start], text[end : min(line_end, end + 400)]
    # (the number with its body's letters before it: "| GR 74/2024 |", "SVV-B 31/2024 |")
    opens = _CELL_LETTERS.sub("", before)
    if (opens[-1:] != "|" if bordered or opens else False) or after.lstrip(" ")[:1] != "|":
        return False  # (not the cell's whole content)
    column = before.count("|") - (1 if bordered else 0)
    head = line_start
    for _ in range(_TABLE_REACH):  # the table's first row, a bounded climb
        if head == 0:
            break
        above = index.line_start(head - 1)
        above_end = head - 1
        if not (
            text.startswith("|", above)
            if bordered
            else "|" in text[above : min(above_end, above + 400)]
        ):
            break
        head = above
    if head == line_start:
        return False
    head_end = index.line_end(head)
    cells = text[head : head_end if head_end != -1 else len(text)][:400].strip(" |").split("|")
    if column >= len(cells):
        return False
    word = cells[column].strip().lower()
    return bool(word) and _NOT_PAPER_RE.fullmatch(word) is not None


def _in_paper_column(index: _Index, start: int, end: int) -> bool:
    """The number stands in an agenda's paper slot: after the item number of an agenda line
    (``Ö 5.1 - 22-0487``), or in the paper column of an agenda's table or lines, the last one or
    the one before the item's result (``| Ö 5.1 | Zuschuss … | 2024/0188 | einstimmig
    beschlossen |``, ``6.  3. Satzung zur Änderung …      GV 0234/2023``)."""
    text = index.text
    line_start = index.line_start(start)
    if _AGENDA_SLOT.fullmatch(text, line_start, start):
        return True
    if (
        line_start > 0
        and _alone_on_its_line(index, start, end)
        and _ITEM_LINE.match(text, index.line_start(line_start - 1)) is not None
    ):
        # an agenda item's paper alone on the line under its title ("3.1 Änderungsantrag der
        # Fraktion …" / "   GR 2024/088-1")
        return True
    line_end = index.line_end(end)
    line_end = line_end if line_end != -1 else len(text)
    rest_of_line = (
        _LAST_CELL.fullmatch(text, end, line_end)
        or _RESULT_CELL.fullmatch(text, end, line_end)
        # (the result's cell after a tab the clean view made one space: "2023/0456<TAB>
        # mehrheitlich beschlossen")
        or (
            index.tab_before is not None
            and index.tab_before(end + 1)
            and _TABBED_RESULT_CELL.fullmatch(text, end, line_end)
        )
    )
    # (an agenda line is short: a long one is read no further, which keeps a line of many
    # numbers linear)
    return bool(
        rest_of_line
        and start - line_start <= _AGENDA_LINE
        and (
            _ROW_SLOT.fullmatch(text, line_start, start)
            or (
                (gap := _column_gap(text, line_start, start, index.tab_before)) >= 0
                and _COLUMN_SLOT.fullmatch(text, line_start, gap) is not None
            )
            or (
                gap >= 0
                and (
                    _CONTINUED_SLOT.fullmatch(text, line_start, gap)
                    # (indented by a tab the clean view made one space)
                    or (
                        index.tab_before is not None
                        and index.tab_before(line_start + 1)
                        and _TABBED_CONTINUED_SLOT.fullmatch(text, line_start, gap)
                    )
                )
                and line_start > 0
                and _ITEM_LINE.match(text, index.line_start(line_start - 1)) is not None
            )
        )
    )


def _column_gap(
    text: str, line_start: int, start: int, tab_before: Callable[[int], bool] | None = None
) -> int:
    """Where the gap before the last column (``start``) begins, a gap of three spaces or more or
    of tabs after the text before it (``tab_before``: whether the text as read held a tab where
    the clean view holds a space); -1 where there is none."""
    gap = len(text[line_start:start].rstrip(" \t")) + line_start
    spaces = text[gap:start]
    tabbed = tab_before is not None and tab_before(start)
    if gap == line_start or not ("\t" in spaces or len(spaces) >= 3 or tabbed):
        return -1
    return gap


def _in_number_slot(index: _Index, start: int, end: int) -> bool:
    """The number stands where a page puts its paper's number without a word: in an agenda's
    paper slot (:func:`_in_paper_column`), or alone on the first line of a text that goes on
    (the header above the paper's title)."""
    if _in_paper_column(index, start, end):
        return True
    text = index.text
    line_start = index.line_start(start)
    if (
        line_start > 0
        and not text[line_start:start].strip()
        and _HEAD_ENDS.fullmatch(text, index.line_start(line_start - 1), line_start)
    ):
        # ALLRIS's item page: the paper's number and title open the line under the sitting's
        # head ("Ort: Rathaus" / "2024/0187 Fortschreibung der Kita-Bedarfsplanung")
        return True
    line_end = index.line_end(end)
    if (
        line_end != -1
        and _NON_SPACE.search(text, end, line_end) is None
        and index.content_start >= start
        and index.content_end > line_end
    ):
        return True
    return (
        _under_its_label(index, start, end)
        or _in_a_letterhead(index, start, end)
        or _right_of_its_kind(index, start, end)
    )


_KIND_OPENS: Final = re.compile(r"[ \t]*+(?=[A-ZÄÖÜ])(?i:" + _BARE_WORDS + r")(?![\w-])")
"""A line that opens with a paper's kind (``Antrag der Fraktion … vom 28.03.2024``)."""


def _right_of_its_kind(index: _Index, start: int, end: int) -> bool:
    """The number ends a line that opens with the paper's kind, set apart by a wide gap (an
    item's head in a protocol's excerpt: ``Antrag der Fraktion … vom 28.03.2024      24-23318``)."""
    return _KIND_OPENS.match(
        index.text, index.line_start(start)
    ) is not None and _ends_right_column(index, start, end)


def _ends_right_column(index: _Index, start: int, end: int) -> bool:
    """The number ends its line, in a right column set apart by a wide gap, not far into it."""
    text = index.text
    line_start = index.line_start(start)
    if start - line_start > _AGENDA_LINE:
        return False
    line_end = index.line_end(end)
    if _NON_SPACE.search(text, end, line_end if line_end >= 0 else len(text)) is not None:
        return False
    return _RIGHT_COLUMN.fullmatch(text, line_start, start) is not None


def _under_its_label(index: _Index, start: int, end: int) -> bool:
    """The number stands in a column under its paper word on the line above (``Drucksache-Nr.
    Datum`` / ``23-1019          12.09.2023``; ``Drucksache:`` / ``0087/2024/AN``), or in a
    flattened table's cell under its item's number and title (``|Ö 3`` / ``|Klimaschutz…`` /
    ``|2024/112``)."""
    text = index.text
    line_start = index.line_start(start)
    if line_start == 0:
        return False
    above = index.line_start(line_start - 1)
    # (or the column of its "Nr.": "Stadt Plauen      Beschlussvorlage" / "Stadtrat      Nr.
    # 2025/0112")
    numbered = _NR_BEFORE.search(text, max(line_start, start - 8), start)
    column = (numbered.start() if numbered is not None else start) - line_start
    low = max(above, above + column - 2)
    if low < line_start - 1 and _LABEL_ABOVE.match(text, low, line_start - 1) is not None:
        return True
    line_end = index.line_end(end)
    if not _ALONE_IN_A_CELL.fullmatch(text, line_start, start) or not _CELL_ENDS.fullmatch(
        text, end, line_end if line_end >= 0 else len(text)
    ):
        return False
    if "|" not in text[line_start:start]:
        # without the table's pipes: the item's number, written as one, over its title's line
        # or two ("Ö 4.1" / "Umgestaltung des Spielplatzes" / "SV-2024/0871"), no blank between
        for _ in range(2):
            if above == 0 or not text[above : index.line_end(above)].strip():
                return False
            above = index.line_start(above - 1)
            if _ITEM_ALONE.fullmatch(text, above, index.line_end(above)):
                return True
        return False
    # the item's number in a cell of its own one or two lines up
    for _ in range(2):
        if above == 0:
            return False
        above = index.line_start(above - 1)
        if _ITEM_CELL.fullmatch(text, above, index.line_end(above)):
            return True
    return False


_NR_BEFORE: Final = re.compile(r"(?<![\w.-])Nr\.?[ ]{1,3}$")
"""A number's ``Nr.`` right before it."""


def _numbered_in_a_letterhead(index: _Index, start: int, end: int) -> bool:
    """The number, after its ``Nr.``, in a letterhead's right column (``Anfrage
    Nr.  15-2681/2030``, a paper word on its line or the one above): the paper's."""
    text = index.text
    line_start = index.line_start(start)
    return _NR_BEFORE.search(
        text, max(line_start, start - 8), start
    ) is not None and _in_a_letterhead(index, start, end)


def _in_a_letterhead(index: _Index, start: int, end: int) -> bool:
    """The number ends one of the first lines of the text, set apart by a wide gap (a letterhead's
    right column: ``Der Oberbürgermeister                         24-23011``)."""
    text = index.text
    line_start = index.line_start(start)
    if index.line_number(start) > _LETTERHEAD_LINES or not _ends_right_column(index, start, end):
        return False
    if _NR_BEFORE.search(text, max(line_start, start - 8), start) is None:
        return True
    # its "Nr." before it: a paper word on its line or the one above ("Stadt Plauen
    # Beschlussvorlage" / "Stadtrat       Nr. 2025/0112"), not a gazette's issue ("Amtsblatt der
    # Gemeinde X          Nr. 08/2030")
    above = index.line_start(line_start - 1) if line_start else line_start
    return _PAPER_WORD.search(text, above, start) is not None


_PAPER_WORD: Final = re.compile(r"(?<![\w-])(?i:" + _BARE_WORDS + r")n?(?![\w-])")
"""A paper word anywhere (``Beschlussvorlage``, ``Anfrage``)."""


# A paper word at the start of a column (a label over its value in the line below)
# (the paper words of PAPER_LABELS, also in the plural: "Drucksachen-Nr.")
_LABEL_ABOVE: Final = re.compile(
    r"[ \t]{0,4}(?<![^ \t\n])(?=[A-ZÄÖÜ])(?i:" + _BARE_WORDS + r")n?"
    r"(?:[-. ]?(?:Nr|Nummer)\.?)?[ \t]*:?(?:[ \t]{2}|[ \t]*$)",
    re.MULTILINE,
)
_ALONE_IN_A_CELL: Final = re.compile(r"[ \t]*+\|?[ \t]*+")
_CELL_ENDS: Final = re.compile(r"[ \t]*+\|?[ \t]*+")
_ITEM_CELL: Final = re.compile(
    r"[ \t]*+\|?[ \t]*+(?:TOP[ \t]*+)?(?:[ÖN][ \t]?)?\d{1,3}(?:\.\d{1,3})*\.?[ \t]*+\|?[ \t]*+"
)
_ITEM_ALONE: Final = re.compile(
    r"[ \t]*+(?:TOP[ \t]*+(?:[ÖN][ \t]?)?|[ÖN][ \t]?)\d{1,3}(?:\.\d{1,3})*\.?[ \t]*+"
)
"""An agenda item's number alone on its line, written as one (``Ö 4.1``, ``TOP 7``)."""
_RIGHT_COLUMN: Final = re.compile(r"[ \t]*\S[^\n]*?[^\s:][ ]{10,}(?:Nr\.[ ]{1,3})?")
"""A letterhead's line up to its right column (not a label's: ``Sitzung:          GV/021/2024``),
and the number's ``Nr.`` there (``Stadtrat                    Nr. 2025/0112``)."""
_LETTERHEAD_LINES: Final = 5
"""A letterhead's right column stands in the text's first lines: at most this many lines above."""


def _is_month(m: re.Match[str]) -> bool:
    """A bare ``MM/YYYY`` is a month, not a paper (papers so small carry a paper word)."""
    number = m.group("number")
    return len(number) <= 2 and 1 <= int(number) <= 12


def _is_year_range(m: re.Match[str]) -> bool:
    """``2020-21`` is a span of years, not the paper 21 of 2020."""
    number = m.group("number")
    return len(number) == 2 and 0 < (int(number) - int(m.group("year")[2:])) % 100 <= 10


def _cut_short(text: str, index: _Index, end: int) -> bool:
    """Whether a number ending at ``end`` ends the text inside a parenthesis left open on its
    line (``(DS-Nr.: 201-4/200``), or with a part of two digits at most after a letter's slash
    (``Vorlage VO/20``): the end of the text cut it, and may have cut it short."""
    if end < index.content_end:
        return False
    line = text[index.line_start(end) : end]
    return line.count("(") > line.count(")") or _SHORT_TAIL.search(line) is not None


_SHORT_TAIL: Final = re.compile(r"[A-ZÄÖÜ]/\d{1,2}$")


KNOWN_REF_FORMATS: Final = tuple(f for f in REF_FORMATS if not f.fallback)
"""The formats whose every part is known: a reference in none of them (read by a fallback
format, or by none) is no format the registry knows (RP201)."""


_YEAR_SPAN: Final = re.compile(r"(?:19|20)\d\d-(?:(?:19|20)\d\d|\d\d)")
"""``2018-2022``, ``2020-21``: a span of years, never a number the fallback formats read."""


# Every format's match holds an anchor (a slash beside a digit, a hyphen between two digits or
# between a letter and a digit, or a space between a capital letter and a digit) and is at most
# ANCHOR_REACH - 2 characters long (tests/test_references.py checks both): so a match stands
# within ANCHOR_REACH of an anchor, and only those stretches of a text need searching. (A slash
# between letters, as in "die/das" or "Bündnis 90/Die Grünen", is no anchor.)
ANCHOR_REACH: Final = 46

# A space before a digit; an anchor where a capital letter stands before it ("B 310"). The
# pattern opens with a plain character, which re finds fast (speed).
_SPACE_DIGIT: Final = re.compile(r" \d")
_DIGIT_RUN_CUE: Final = re.compile(r"\d{6}")
_DOTTED: Final = re.compile(r"\d\d\d\.\d\d\.\d")
_DIGIT_RUN: Final = re.compile(r"(?<![\d/.-])\d{6,8}(?:[A-Z]{1,3}\d{0,2})?(?![\d/])")


def _anchors(text: str) -> list[int]:
    """Offsets of every ``/`` beside a digit (``\\d``, or a space then a digit: ``IX / 42.0``), of
    every ``-`` before a digit after a digit or a letter ("2018-2022", "VII-Ifo-09217"), of every
    space between a capital letter and a digit ("B 310"), of a bracket after a number that holds
    a Wahlperiode ("1843 (IV) BDs"), of the first dot of a dotted number ("101.19.1187"), of runs
    of digits, and of numbers alone after a paper word, in order."""
    found = [
        at for m in _SPACE_DIGIT.finditer(text) if (at := m.start()) and "A" <= text[at - 1] <= "Z"
    ]
    last = len(text) - 1
    at = text.find("/")
    while at != -1:
        if (
            (at < last and text[at + 1].isdecimal())
            or (at and text[at - 1].isdecimal())
            # (a space after it, then the number: "IX / 42.0")
            or (at < last - 1 and text[at + 1] == " " and text[at + 2].isdecimal())
        ):
            found.append(at)
        at = text.find("/", at + 1)
    at = text.find("-")
    while at != -1:
        if at and at < last and text[at + 1].isdecimal():
            before = text[at - 1]
            if before.isdecimal() or before.isalpha():  # "VII-DS-01234", "VII-Ifo-09217"
                found.append(at)
        at = text.find("-", at + 1)
    # a Wahlperiode in brackets after the number (Region Hannover's "1843 (IV) BDs")
    at = text.find(" (")
    while at != -1:
        if at and text[at - 1].isdecimal() and text[at + 2 : at + 3] in ("I", "V", "X"):
            found.append(at)
        at = text.find(" (", at + 1)
    # the first dot of an office's number with its parts dotted (Kassel's 101.19.1187)
    if "." in text:
        found.extend(m.start() + 3 for m in _DOTTED.finditer(text))
    # a run of six to eight digits (Bochum's 20231789, Bonn's 2312873): its first digit
    if _DIGIT_RUN_CUE.search(text) is not None:  # (a cheap search first: speed)
        found.extend(m.start() for m in _DIGIT_RUN.finditer(text))
    # (searched in the lowered text, its words plain: a case-blind alternation is much slower)
    lowered = lower_aligned(text)
    if lowered:
        found.extend(m.end() for m in _BARE_AFTER_LABEL.finditer(lowered))
    else:  # (a letter whose lower case is longer: case-blind, as rare as such letters are)
        bare = re.compile(_BARE_AFTER_LABEL.pattern, re.IGNORECASE)
        found.extend(m.end() for m in bare.finditer(text))
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
        # a stretch never ends inside a word or a number (a format's lookahead would take the
        # cut for its end: "Vorlage 39872|0231789"), within a reach more at most
        if end < size and text[end - 1].isalnum():
            run = _WORD_RUN.match(text, end, min(size, end + ANCHOR_REACH))
            end = run.end() if run is not None else end
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


# Every format at once, in a lookahead: it matches (empty) where a match of some format starts.
# (Every format opens with _B, then a digit or a capital letter as its ``opens_with_digit`` says;
# tests/test_references.py checks it.) Looking at that first character before anything else
# spares trying every format at each lower-case letter, space or sign, and at a digit only the
# formats that open with one are tried (speed).
def _any_of(formats: Sequence[RefFormat]) -> str:
    return "|".join(_unnamed(f.pattern.pattern.removeprefix(_B)) for f in formats)


_ANY_FORMAT: Final = re.compile(
    r"(?=[\dA-ZÄÖÜ])"
    + _B
    + r"(?=(?=\d)(?:"
    + _any_of([f for f in REF_FORMATS if f.opens_with_digit])
    + ")|(?:"
    + _any_of([f for f in REF_FORMATS if not f.opens_with_digit])
    + "))"
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


def find_references(
    text: str,
    *,
    exclude: frozenset[str] = frozenset(),
    index: _Index | None = None,
    tab_before: Callable[[int], bool] | None = None,
) -> list[FoundRef]:
    """Every paper reference in ``text`` in order of appearance (repeats included);
    ``tab_before`` tells whether the text as read held a tab right before a clean offset (a
    column's gap the clean view made one space)."""
    if index is None:
        index = _Index(text, tab_before)
    taken_starts: list[int] = []  # disjoint stretches already read, sorted by start
    taken_ends: list[int] = []
    found: list[FoundRef] = []
    not_papers: set[str] = set()  # numbers the text shows to be no papers where they stand
    labelled_ends: dict[int, str] = {}  # where a number read after its paper word ends
    # numbers no paper word or slot names, kept until the text's labelled papers are known: one
    # of their shape is a paper too (:func:`_shape`)
    unnamed: list[FoundRef] = []
    role_cues: bool | None = None  # whether the text holds a word of the role cues at all
    starts = match_starts(text)
    if not starts:
        return found
    # a format is tried only where a match may open: at a digit or at a capital letter (speed)
    at_digit = [s for s in starts if text[s[0]].isdecimal()]
    at_letter = [s for s in starts if not text[s[0]].isdecimal()]
    for fmt in REF_FORMATS:
        fmt_starts = at_digit if fmt.opens_with_digit else at_letter
        if not fmt_starts:
            continue
        # the stretches this format reads, merged into the taken ones after it (inserting each
        # into the sorted lists at once took quadratic time with many references)
        new_starts: list[int] = []
        new_ends: list[int] = []
        for m in format_matches(fmt, text, fmt_starts):
            start, end = m.span()
            before = bisect_left(taken_starts, end)  # the stretches that start before this ends
            if before and taken_ends[before - 1] > start:
                continue
            parts = m.groupdict()
            prefix = parts.get("prefix")
            moved_by = prefix is not None and _party_letters(prefix)
            if parts.get("label") is not None:
                start = m.end("label")  # "Drs. 21/1234": the number without its label
            elif (
                prefix is not None
                and text[m.end("prefix") : m.end("prefix") + 1] == " "
                and (prefix in LABEL_PREFIXES or moved_by)
            ):
                # "DS 0045/2024": the paper word, abbreviated; "Änderungsantrag SPD
                # 0311/XIX-1": the group that moved it
                start = m.end("prefix") + 1
            reference = text[start:end].replace("\n", " ")  # a reference wrapped at its space
            if reference in exclude or prefix in NOT_PAPER_PREFIXES:
                continue
            # (the paper word stands before the group's letters: "Änderungsantrag SPD 0311/…")
            named_at = m.start() if moved_by else start
            window = _window_before(text, named_at)
            worded = _ends_worded(window)
            if fmt.fallback and _PARTY_BEFORE.search(window) is not None:
                continue  # "… der Fraktion Bündnis" / "90/Die Grünen": the party's name, wrapped
            label = (
                _label_before(text, named_at, window) if _may_end_labelled(window, worded) else None
            )
            if label is None and window.endswith("(") and (gap := _SAME_WORD_GAP.search(window)):
                # "… die Änderungsanträge der CDU-Fraktion (KT/0112/2024-Ä1) und der Fraktion
                # Freie Wähler (KT/0112/2024-Ä3)": the paper word of the number before
                label = labelled_ends.get(start - (len(window) - gap.start()))
            unnamed_here = False
            if label is None:
                if fmt.needs_label and not _in_number_slot(index, start, end):
                    unnamed_here = True
                elif fmt.fallback and not (
                    _in_paper_column(index, start, end)
                    or _under_its_label(index, start, end)
                    # (a letterhead's right column, its "Nr." there, a paper word opening
                    # its line: "Anfrage       Nr.  15-2681/2030"; not a gazette's issue)
                    or _numbered_in_a_letterhead(index, start, end)
                ):
                    # the fallback formats read only what a paper word or slot names
                    unnamed_here = True
                if fmt.name == "number/year" and _is_month(m):  # "bis 12/2025"
                    continue
            # "mit Beschluss NI-013/2021", "Ausgabe 23/2023", "Vorlage des Bebauungsplans Nr. …"
            if (
                worded
                and (
                    looks := _NOT_PAPER_RE.search(
                        unspaced := _unspaced(window), len(unspaced) - _NOT_PAPER_REACH
                    )
                )
                # (not across a tab right after the word: a title's cell ending in
                # "Offenlagebeschluss", the paper's number in the next column; a label's
                # "Nr." or "-nummer" still names the number, "Sitzungsnummer<TAB>OR-HI/014/2024",
                # and so does a field's label alone before it, "Sitzung<TAB>BPUA/012/2023")
                and not (
                    tab_before is not None
                    and _BARE_WORD_END.search(looks.group()) is not None
                    and tab_before(start)
                    and not _FIELD_LABEL.fullmatch(text, index.line_start(start), start)
                )
                and not (
                    prefix
                    and (
                        _alone_on_its_line(index, start, end) or _in_number_slot(index, start, end)
                    )
                    # (but under the sitting's label alone on the line above, a flattened table's:
                    # "Sitzung" / "HFA/0012/2024")
                    and _NO_PAPERS_LABEL_ABOVE.search(text, max(0, start - 40), start) is None
                )
            ):
                not_papers.add(reference)
                continue
            if label is None and _not_paper_column(index, m.start(), end):
                # "| Beschluss-Nr. | Gegenstand |" over "| GR 74/2024 | … (Vorlage BV 2024/061) |":
                # the column of the decisions' numbers
                not_papers.add(reference)
                continue
            if (
                label is None
                and (_session_cell(text, start, end) or _SITTING_AFTER.match(text, end) is not None)
                # (not in the column of its paper word: "Sitzung   Datum   Vorlagen-Nr." over
                # "Bezirksbeirat Nord   14.03.2030   BBN/019/2030")
                and not _under_its_label(index, start, end)
            ):
                # "Kulturausschuss | KA/004/2024 | 18.04.2024", "SVV/031/2025 – 31. Sitzung –
                # Donnerstag, …": a session's number
                not_papers.add(reference)
                continue
            if label is None and (
                # (not a paper kind's letters: "GD 145/22" right of an item's title)
                (_minutes_number(index, start, end) and prefix not in PREFIX_KINDS)
                or _office_above(index, start, end)
                or _FILE_MARK_FIELD.fullmatch(text, index.line_start(start), start) is not None
                or (
                    _BODY_DASH.fullmatch(text, index.line_start(start), start) is not None
                    and _alone_after(index, end)
                )
            ):
                # "Der Bürgermeister          ASU/012/2022" in the head of a Niederschrift: the
                # minutes' number; "Dezernat, Dienststelle" / "I/15/151": an office's code
                not_papers.add(reference)
                continue
            if (
                worded
                and (
                    _gazette_issue(window)
                    # (the line's head read at most _GAZETTE_REACH back: one long line of numbers)
                    or _gazette_issue(
                        text[max(index.line_start(start), start - _GAZETTE_REACH) : start].lower()
                    )
                )
            ):
                continue  # "Amtsblatt der Stadt X   Nr. 24/2025": the gazette's issue
            if _issue_line(text, start, end):
                continue  # "Nr. 21/2024     48. Jahrgang     ausgegeben am 02.10.2024"
            if fmt.name == "year-number" and _is_year_range(m):
                continue
            if fmt.fallback and (
                _YEAR_SPAN.fullmatch(reference)
                or _ISO_DATE.fullmatch(reference)
                or _cut_short(text, index, end)
            ):
                # a span of years; a date written as ISO's ("Beratungen dieser Drucksache" /
                # "2024-03-14 Rat der Stadt"); a number the end of the text may have cut short
                continue
            kind = PREFIX_KINDS.get(prefix or "") or (label_kind(label) if label else None)
            # Each role cue below holds "ersetz" or "änder", which case folding keeps: looking for
            # them in the folded text, then in the folded sentence, spares finding the sentence
            # and the case-blind scans where there are none (speed).
            if role_cues is None:
                folded_text = text.casefold()
                role_cues = "ersetz" in folded_text or "änder" in folded_text
            role: Role = "mentioned"
            # (each cue holds "ersetz" or "änder": a match in the sentence is one in its folded
            # form, so the look-up in the index stands for the folded test and the search)
            if role_cues:
                if index.says(_REPLACED, start, end):
                    role = "replaced"
                elif index.says(_AMENDED, start, end) or (
                    label is not None
                    and label.lower() == "änderungsantrag"
                    and index.says(_ADOPTED, start, end)
                ):
                    role = "amended"
            ref = FoundRef(
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
            if unnamed_here:
                unnamed.append(ref)
                continue
            new_starts.append(start)
            new_ends.append(end)
            if label is not None:
                labelled_ends[end] = label
            found.append(ref)
        if new_starts:  # disjoint from the taken ones, and in order
            merged = sorted(
                zip([*taken_starts, *new_starts], [*taken_ends, *new_ends], strict=True)
            )
            taken_starts = [a for a, _ in merged]
            taken_ends = [b for _, b in merged]
            # where a reference stands no later format can read one (speed)
            at_digit = _untaken(at_digit, taken_starts, taken_ends)
            at_letter = _untaken(at_letter, taken_starts, taken_ends)
    found.extend(_of_a_named_shape(unnamed, found, taken_starts, taken_ends))
    found.sort(key=lambda r: r.start)
    found = _with_their_letter(text, found)
    if not_papers:
        # a number the text shows to be a session's (or any not-paper's) is none where it
        # stands without a paper word either ("Startseite » SR/012/2024 » TOP Ö 7")
        found = [f for f in found if f.label is not None or f.reference not in not_papers]
    return found


_NOT_OF_A_SERIES: Final = re.compile(
    r"(?:19|20)[0-9]{2}[-/](?:(?:19|20)[0-9]{2}|[0-9]{2})|(?:0?[1-9]|1[0-2])[/.](?:19|20)[0-9]{2}"
)
"""A span of years (``2023/2024``, ``2024/25``) or a month (``08/2023``): what a number of a
paper's shape may be instead."""
_DIGITS: Final = re.compile(r"[0-9]")
_SUFFIX: Final = re.compile(r"(?:[-/.][0-9]{1,2}(?:-[A-Z])?)$")


def _shape(reference: str) -> str:
    """A reference's shape: its digits as 9s (``0347/2023`` → ``9999/9999``)."""
    return _DIGITS.sub("9", reference)


def _of_a_named_shape(
    unnamed: Sequence[FoundRef],
    found: Sequence[FoundRef],
    taken_starts: Sequence[int],
    taken_ends: Sequence[int],
) -> Iterator[FoundRef]:
    """The numbers no paper word names that have the shape of a paper the text names, or that
    shape with a supplement's suffix (``Vorlage 0347/2023`` … ``(0347/2023-1)``, a table's
    column of ``2023/118``, ``2024/009`` under one ``Antrag 2024/071``): the series of the
    text's papers. Only shapes with a separator or a letter (a bare number's shape is any
    amount's)."""
    shapes = {
        shape
        for f in found
        if f.label is not None and not (shape := _shape(f.reference)).isdecimal()
    }
    if not shapes:
        return
    for ref in unnamed:
        shape = _shape(ref.reference)
        if shape not in shapes and _SUFFIX.sub("", shape) not in shapes:
            continue
        if _NOT_OF_A_SERIES.fullmatch(ref.reference):
            continue  # "2023/2024", "2024/25": a span of years; "08/2023": a month
        at = bisect_left(taken_starts, ref.end)
        if at and taken_ends[at - 1] > ref.start:
            continue  # within a stretch another format read
        yield ref


# A session's number in a Beratungsfolge's row: the body's cell before it, the sitting's date
# in the cell after it or between ("Kulturausschuss | KA/004/2024 | 18.04.2024 | Vorberatung",
# "Gemeindevertretung	22.10.2024	GV/006/2024", a flattened row's cells one a line). A paper
# in an agenda's row stands beside its title, not between a body and a date.
_CELL_GAP: Final = r"(?:[ ]*\|[ ]*|[ ]+|[ ]*\n[ ]*)"  # (cleaning made a tab a space)
_ROW_DATE: Final = r"[0-9]{1,2}\.[ ]?(?:[0-9]{1,2}\.|[A-ZÄÖÜ][a-zäöü]+)[ ]?(?:19|20)[0-9]{2}"
_BODY_CELL: Final = (
    r"(?i:ausschuss(?:es)?|rat(?:es)?|räte|tag(?:es)?|vertretung|versammlung|beirat(?:es)?"
    r"|bürgerschaft|magistrat|gremium|kommission)"
    r"[^\n|0-9]{0,50}?"  # the rest of its name: "Rat der Gemeinde Wedemark"
)
_SESSION_BEFORE: Final = re.compile(
    # (a date in a cell of its own: "Empfehlung des Ausschusses vom 14.11.2023 | 2023/HA/112"
    # is a title's; "… – Verlängerung bis 31.12.2025" / "|2024/118" a deadline in a title)
    rf"{_BODY_CELL}(?:{_CELL_GAP}(?<!vom )(?<!am )(?<!bis )(?<!zum )(?<!ab ){_ROW_DATE})?"
    rf"{_CELL_GAP}[ |]*$"
)
_SESSION_AFTER: Final = re.compile(rf"{_CELL_GAP}[ |]*{_ROW_DATE}")
_ROW_DATE_RE: Final = re.compile(_ROW_DATE)
_SITTING_AFTER: Final = re.compile(r"[ ]+[-–][ ]+(?:[0-9]{1,3}\.[ ]+)?(?:\w+[ ]+)?Sitzung\b")
"""The sitting the number is of, after a dash (``SVV/031/2025 – 31. Sitzung``)."""
_SESSION_REACH: Final = 60


_FILE_MARK_FIELD: Final = re.compile(
    r"[ \t]*(?:Az\.|Aktenzeichen|Gz\.|Geschäftszeichen)[ \t]*:?[ \t]*(?:[\w.]{1,12}[-/ ]){0,3}"
)
"""A file mark's field up to a number in its value (``Az.: 602-BV 14/2024``): the office's
file, no paper."""
_MINUTES_HEAD: Final = re.compile(r"\b(?:Niederschrift|Sitzungsniederschrift|Protokoll)\b")
_PUBLIC_AFTER: Final = re.compile(r"[ \t]*(?:[-–][ \t]*(?:nicht)?öffentlich)?[ \t]*")


def _minutes_number(index: _Index, start: int, end: int) -> bool:
    """Whether the number stands in the right column of the head of minutes (a letterhead's
    first lines that name a ``Niederschrift`` or ``Protokoll``): the minutes' own number
    (``Stadt Kamen      Niederschrift`` / ``Der Bürgermeister      ASU/012/2022``)."""
    text = index.text
    line_start = index.line_start(start)
    if index.line_number(start) > _LETTERHEAD_LINES or start - line_start > _AGENDA_LINE:
        return False
    line_end = index.line_end(end)
    line_end = len(text) if line_end < 0 else line_end
    if _PUBLIC_AFTER.fullmatch(text, end, line_end) is None:
        return False
    if _RIGHT_COLUMN.fullmatch(text, line_start, start) is None:
        return False
    head_end = index.line_end(index.line_start(min(len(text), line_end + 1)))
    head_end = len(text) if head_end < 0 else head_end
    return _MINUTES_HEAD.search(text, 0, min(head_end, _HEAD_REACH)) is not None


_HEAD_REACH: Final = 600
"""How far the head of minutes reaches (a few letterhead lines)."""
_OFFICE_LABEL: Final = re.compile(
    r"[ \t]*(?:Dezernat|Dienststelle|Amt|Fachbereich|Fachdienst|Abteilung|Referat"
    r"|Geschäftszeichen)\b[^\n]{0,60}"
)


_BODY_DASH: Final = re.compile(
    r"[ \t]*[A-ZÄÖÜ][^\n\d|:()]{0,60}?(?i:" + vocab.BODY_WORDS + r")(?:e?s)?[ ]+[-–][ ]+"
)
"""A body's name and a dash before a number, the line's start (ALLRIS's record of a sitting:
``Auszug aus dem Protokoll`` / ``Verbandsgemeinderat - VGR/05/2024``, the sitting's number)."""


def _alone_after(index: _Index, end: int) -> bool:
    """Whether nothing but blanks follows ``end`` on its line."""
    line_end = index.line_end(end)
    return not index.text[end : line_end if line_end >= 0 else len(index.text)].strip()


def _office_above(index: _Index, start: int, end: int) -> bool:
    """Whether the number stands alone on its line under an office's label (``Dezernat,
    Dienststelle`` / ``I/15/151``): the office's code, no paper."""
    text = index.text
    line_start = index.line_start(start)
    # (the first character that is no blank, sought from the line's start: a copy of the line
    # up to each number of a long line of numbers was quadratic)
    if (
        line_start == 0
        or _NON_SPACE.search(text, line_start, start) is not None
        or not _alone_on_its_line(index, start, end)
    ):
        return False
    above = index.line_start(line_start - 1)
    return _OFFICE_LABEL.fullmatch(text, above, line_start - 1) is not None


_NO_PAPERS_LABEL_ABOVE: Final = re.compile(
    r"(?:^|\n)[ \t]*(?:Sitzung(?:snummer|s-?[Nn]r\.?)?|Beschluss(?:nummer|-?[Nn]r\.?))"
    r"[ \t]*:?[ \t]*\n[ \t]*$"
)
"""A sitting's or a decision's number's label alone on the line above a number alone on its own
(a flattened table's row or a form's field a line: ``Sitzung`` / ``HFA/0012/2024``,
``Beschluss-Nr.:`` / ``SR/0412/24``)."""


def _session_cell(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is a session's, in a Beratungsfolge's row
    (:data:`_SESSION_BEFORE`): the body's cell right before it, a date right after it or
    between the two."""
    before = _SESSION_BEFORE.search(text, max(0, start - _SESSION_REACH), start)
    if before is None:
        return False
    between = text[before.start() : start]
    return _ROW_DATE_RE.search(between) is not None or _SESSION_AFTER.match(text, end) is not None


_WORD_RUN: Final = re.compile(r"\w*")
_ISO_DATE: Final = re.compile(r"(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]")

_SAME_WORD_GAP: Final = re.compile(
    r"\)[ ]?(?:,|und|sowie)[ ](?:(?:der|des|von)[ ])?[\w/-]+(?:[ ][\w/-]+){0,3}[ ]?\($"
)
"""In the lowered window before a number in parentheses: the number before it in parentheses,
and a joining word and its mover between (``… (KT/0112/2024-Ä1) und der Fraktion Freie Wähler
(``): the two numbers share the paper word."""


def _with_their_letter(text: str, found: list[FoundRef]) -> list[FoundRef]:
    """``found``, each number read without the kind's letter before it (``B 0042/2024`` in a
    page's running head, where no paper word stands) given it where the text reads that
    paper with it elsewhere (``Vorlage Nr.: B 0042/2024``)."""
    whole = {f.reference for f in found if " " in f.reference}
    if not whole:
        return found
    out = []
    for ref in found:
        start = ref.start
        if (
            ref.label is None
            and start >= 2
            and text[start - 1] == " "
            and text[start - 2].isupper()
            and (start < 3 or not text[start - 3].isalnum())
            and (longer := text[start - 2 : ref.end]) in whole
        ):
            letter = text[start - 2]
            out.append(dataclasses.replace(ref, reference=longer, start=start - 2, prefix=letter))
        else:
            out.append(ref)
    return out


def _alone_on_its_line(index: _Index, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all its line holds: a paper's number under its heading
    (``… Freigabe der Ausschreibung`` / ``BV/2023/0412``), which the word ending the line above
    does not name (a hard-wrapped ``Ausschreibung`` / ``Nr. 17/2023`` has its ``Nr.``)."""
    return not index.text[index.line_start(start) : start].strip() and _alone_after(index, end)


def _untaken(
    starts: list[tuple[int, int]], taken_starts: list[int], taken_ends: list[int]
) -> list[tuple[int, int]]:
    """``starts`` without those inside a taken stretch."""
    if not taken_starts:
        return starts
    out = []
    for s in starts:
        at = bisect_right(taken_starts, s[0]) - 1
        if at < 0 or taken_ends[at] <= s[0]:
            out.append(s)
    return out


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
    # "Sitzung:   Rat der Stadt X      RAT/031/2024": a number on the sitting's line that no
    # paper word names is the session's
    sittings = [(m.rest.start, m.rest.end) for m in markers if m.kind == "meeting" and m.rest]
    sitting_starts = [a for a, _ in sittings]
    original = cleaned.original

    def tab_before(at: int) -> bool:
        where = cleaned.to_original(at) - 1
        return 0 <= where < len(original) and original[where] == "\t"

    index = _Index(text, tab_before)

    for f in find_references(text, exclude=exclude, index=index, tab_before=tab_before):
        on = bisect_right(sitting_starts, f.start) - 1
        if f.label is None and on >= 0 and f.start < sittings[on][1]:
            continue
        if (
            f.label is None
            and (
                _on_a_body_line(text, index, f.start, f.end)
                or _a_sittings_number(text, index, f.start, f.end)
            )
            # (not under its paper word: "Stadt Plauen     Beschlussvorlage" / "Stadtrat     Nr.
            # 2025/0112", a letterhead's right column)
            and not _under_its_label(index, f.start, f.end)
        ):
            continue  # "Stadtrat (SR/071/2024)": the body's session
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
        decided = next(
            (i for i, r in enumerate(refs) if _decided_in_prose(r, index, *where[i])), None
        )
        if decided is None and refs and _heads_a_line(refs[0], text, where[0][0]):
            decided = 0  # ALLRIS: "VO/0266/2025 Radverkehrskonzept …" under the header
        if decided is not None:
            paper = refs[decided] = refs[decided]._replace(role="subject")
    return paper, tuple(refs)


def _on_a_body_line(text: str, index: _Index, start: int, end: int) -> bool:
    """Whether the number stands on a line that names a body and nothing else (``Stadtrat
    (SR/071/2024)``, ``Bau- und Planungsausschuss      BPA/014/2019``): the body's session."""
    line_start, line_end = index.line_start(start), index.line_end(end)
    line_end = line_end if line_end != -1 else len(text)
    # (measured before the line is sliced: a long line of numbers stays linear)
    if start - line_start > 120 or line_end - end > 8 or text[end:line_end].strip(" )|"):
        return False
    return body_named(text[line_start:start].rstrip(" (|")) is not None


# (or dated: "öffentliche Sitzung vom 15.05.2024 (SR/031/2024)")
_SITTING_OF: Final = re.compile(
    # (the date's weekday before it: "Sitzung vom Di, 07.11.2023   (ASUV/06/2023)")
    r"\b[Ss]itzung[ ]+(?:des|der\b|(?:vom|am)[ ]+(?:[A-Z][a-z]{1,9}\.?,?[ ]+)?"
    r"\d{1,2}\.[ ]?\d{1,2}\.[ ]?\d{2,4}[ ]*\(?$)"
)
_DASH_BEFORE: Final = re.compile(r"\S[ ]+[-–][ ]+$")
_DASH_DATE_AFTER: Final = re.compile(r"[ ]+[-–][ ]+\d{1,2}\.\d{1,2}\.\d{4}[ ]*")
# Before the number on its own line: a parenthesis, or a body's short letters ("OR SW/024/2024")
_ALONE_OR_LETTERS: Final = re.compile(r"[ \t]*(?:\(|[A-ZÄÖÜ]{1,5}[ ])?[ \t]*")
_SITTING_LINE: Final = 160
"""The longest line read for a sitting's name before or above its number."""


_DATED_REACH: Final = 80
_BODY_LETTERS: Final = re.compile(r"([A-ZÄÖÜ]{1,6})/\d")
_DECISION_DATED: Final = re.compile(
    r"(?i:beschlu(?:ss|ß)(?:es)?)[ ]+vom[ ]+\d{1,2}\.[ ]?\d{1,2}\.[ ]?\d{2,4}[ ]*,[ ]*$"
)
"""A decision dated just before the number (``(Stadtratsbeschluss vom 14.12.2023, …``)."""


def _a_sittings_number(text: str, index: _Index, start: int, end: int) -> bool:
    """Whether the number is a sitting's by where it stands: in parentheses at the end of a line
    that names a sitting (``… zur 12. Sitzung des Ausschusses für Umwelt (UKM/012/2024)``), or
    alone on its line (in parentheses, or after a body's letters) under a line that names a
    body or a sitting of one (``Stadtrat`` / ``(SR/071/2024)``, ``… 36. Sitzung des Rates …`` /
    ``(RAT/036/2024)``, ``Ortschaftsrat Schönfeld-Weißig`` / ``OR SW/024/2024``)."""
    line_start = index.line_start(start)
    line_end = index.line_end(end)
    line_end = len(text) if line_end == -1 else line_end
    near = max(line_start, start - _DATED_REACH)
    # (a body's letters, no paper's, before the first slash: "SR/071/2024"; not "SV-10-0377" nor
    # "BV/0182/2024", papers)
    lettered = _BODY_LETTERS.match(text, start, end)
    if (
        lettered is not None
        and lettered.group(1) not in PREFIX_KINDS
        and (
            (text[start - 1 : start] == "(" and _SITTING_OF.search(text, near, start))
            or _DECISION_DATED.search(text, near, start)
        )
    ):
        # "… in seiner Sitzung am 14.03.2024 (SR/071/2024) in nichtöffentlicher …", "(Stadt-
        # ratsbeschluss vom 14.12.2023, SR/061/2023)": the sitting's or the decision's number,
        # wherever the line goes on
        return True
    if (
        start - line_start <= _SITTING_LINE
        and _DASH_BEFORE.search(text, line_start, start) is not None
        and _DASH_DATE_AFTER.fullmatch(text, end, line_end) is not None
    ):
        return True  # ALLRIS's title: "Ausschuss für Jugend - JSS/005/2024 - 19.06.2024"
    if start - line_start > _SITTING_LINE or line_end - end > 4 or text[end:line_end].strip(" )"):
        return False
    if text[start - 1 : start] == "(" and _SITTING_OF.search(text, line_start, start):
        return True
    if line_start == 0 or _ALONE_OR_LETTERS.fullmatch(text, line_start, start) is None:
        return False
    above_start = index.line_start(line_start - 1)
    if line_start - 1 - above_start > _SITTING_LINE:
        return False
    above = text[above_start : line_start - 1].strip(" |")
    return body_named(above) is not None or _SITTING_OF.search(above) is not None


# "Der Bauausschuss beschließt auf Grundlage der Vorlage V/2023/0117 …": without a Vorlage line,
# the Vorlage or Drucksache that the decision sentence names is the paper decided.
_DECIDING: Final = re.compile(
    # present tense: this item's decision, not one recalled from an earlier session
    r"\b(?:beschließt|beschließen|empfiehlt|empfehlen|stimmt|nimmt)\b"
)


def _heads_a_line(ref: PaperRef, text: str, start: int) -> bool:
    """The first reference opens a line of its own, the paper's number before its title; or it
    opens the text, whatever its kind (Hamburg's "22-0417" above the title)."""
    if ref.role != "mentioned":
        return False
    if not text[:start].strip():
        return True
    opens = text[start - 1] == "\n"
    return opens and ref.kind in ("Vorlage", "Drucksache", "Antrag")


def _decided_in_prose(ref: PaperRef, index: _Index, start: int, end: int) -> bool:
    if ref.role != "mentioned" or ref.kind not in ("Vorlage", "Drucksache"):
        return False
    return index.says(_DECIDING, start, end)
