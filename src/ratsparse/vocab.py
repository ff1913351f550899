"""Vocabularies: what the words of the format mean. Data, in one place, each entry tested.

The grammars say *which* words are keywords; these tables say what each keyword *means*.
Keys are lower-case with single spaces (see :func:`key`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Final, Literal

from ratsparse.records import Outcome

CountField = Literal["yes", "no", "abstain", "conflicted", "present", "eligible", "cast", "valid"]

_FOLD: Final = re.compile(r"[\s|]+")


def key(text: str) -> str:
    """Lower-case, single-spaced, trimmed of punctuation at the ends."""
    return _FOLD.sub(" ", text).strip(" .:;,=-–*").lower()


# Status phrases (Beschluss: …) and verdict words of vote results, by outcome.
# A text is mapped by its longest contained phrase, so "ungeändert beschlossen" beats "beschlossen".
OUTCOME_PHRASES: Final[Mapping[str, Outcome]] = {
    # approved
    "beschlossen": "approved",
    "ungeändert beschlossen": "approved",
    "einstimmig beschlossen": "approved",
    "mehrheitlich beschlossen": "approved",
    "angenommen": "approved",
    "zugestimmt": "approved",
    "stimmt": "approved",
    "beschließt": "approved",
    "beschließen": "approved",
    "genehmigt": "approved",
    "empfohlen": "approved",
    "ungeändert empfohlen": "approved",
    "annahme": "approved",
    "dafür": "approved",
    "fasst": "approved",
    "fasste": "approved",
    "beschluss gefasst": "approved",
    "wie vorlage": "approved",
    "anerkannt": "approved",
    "zustimmung": "approved",
    "einstimmig": "approved",
    "mehrheitlich": "approved",
    "bejaht": "approved",
    # approved with changes
    "geändert beschlossen": "approved_amended",
    "mit änderungen beschlossen": "approved_amended",
    "mit änderungen empfohlen": "approved_amended",
    "in geänderter form beschlossen": "approved_amended",
    "in geänderter form empfohlen": "approved_amended",
    "geändert empfohlen": "approved_amended",
    # rejected
    "abgelehnt": "rejected",
    "lehnt": "rejected",
    "lehnen": "rejected",
    "endgültig abgelehnt": "rejected",
    "ablehnung": "rejected",
    "nicht beschlossen": "rejected",
    "nicht angenommen": "rejected",
    "nicht zugestimmt": "rejected",
    "keine mehrheit": "rejected",
    "einstimmig abgelehnt": "rejected",
    "mehrheitlich abgelehnt": "rejected",
    # noted
    "kenntnis": "noted",
    "zur kenntnis genommen": "noted",
    "kenntnisnahme": "noted",
    # postponed
    "vertagt": "postponed",
    "vertagung": "postponed",
    "zurückstellung": "postponed",
    "absetzung": "postponed",
    "zurückgestellt": "postponed",
    "abgesetzt": "postponed",
    # referred
    "verwiesen": "referred",
    "überwiesen": "referred",
    "zurückverwiesen": "referred",
    "verweisung": "referred",
    "überweisung": "referred",
    "rücküberweisung": "referred",
    "ohne votum in nachfolgende gremien": "referred",
    # withdrawn
    "zurückgezogen": "withdrawn",
}

_PHRASE_RE: Final = re.compile(
    r"(?<![\w])(?:"
    + "|".join(re.escape(p) for p in sorted(OUTCOME_PHRASES, key=len, reverse=True))
    + r")(?![\w])"
)


_MANNER_ONLY: Final = frozenset({"einstimmig", "mehrheitlich"})
"""Words that say how a decision was taken, not what it was: they count only alone."""


def outcome_of(text: str) -> Outcome | None:
    """The outcome a status phrase or verdict word names: the longest known phrase in it wins,
    and ``einstimmig``/``mehrheitlich`` only when nothing else is named (``abgelehnt
    mehrheitlich`` is a rejection)."""
    found = [m.group() for m in _PHRASE_RE.finditer(key(text))]
    named = [f for f in found if f not in _MANNER_ONLY] or found
    if not named:
        return None
    return OUTCOME_PHRASES[max(named, key=len)]


def status_outcome(text: str) -> Outcome | None:
    """The outcome of a status line: its phrase, refined by geändert (``beschlossen mit Änderungen``
    is ``approved_amended``)."""
    outcome = outcome_of(text)
    if outcome == "approved" and amended_of(text):
        return "approved_amended"
    return outcome


def amended_of(text: str) -> bool | None:
    """Whether a status phrase says geändert (true) or ungeändert (false)."""
    k = key(text)
    if re.search(r"\bungeändert\b", k):
        return False
    if re.search(r"\b(?:geändert|geänderter|änderung(?:en)?)\b", k):
        return True
    return None


# Count labels of vote tables (Ja:, dafür:, Enth.: …) and count words (31 Ja-Stimmen).
COUNT_KEYS: Final[Mapping[str, CountField | None]] = {
    "ja": "yes",
    "ja-stimmen": "yes",
    "dafür": "yes",
    "für den antrag": "yes",
    "für den beschluss": "yes",
    "für den beschlussvorschlag": "yes",
    "für die vorlage": "yes",
    "für": "yes",
    "stimmen dafür": "yes",
    "zustimmung": "yes",
    "nein": "no",
    "nein-stimmen": "no",
    "dagegen": "no",
    "gegenstimmen": "no",
    "gegenstimme": "no",
    "gegen den antrag": "no",
    "gegen den beschluss": "no",
    "gegen den beschlussvorschlag": "no",
    "gegen die vorlage": "no",
    "gegen": "no",
    "stimmen dagegen": "no",
    "ablehnung": "no",
    "enthaltung": "abstain",
    "enthaltungen": "abstain",
    "stimmenthaltung": "abstain",
    "stimmenthaltungen": "abstain",
    "enth": "abstain",
    "befangen": "conflicted",
    "persönlich beteiligt": "conflicted",
    "persönliche beteiligung": "conflicted",
    "persölich beteiligt": "conflicted",
    "anwesend": "present",
    "davon anwesend": "present",
    "stimmberechtigte": "eligible",
    "abgegebene stimmen": "cast",
    "davon gültige": "valid",
    "gültige stimmen": "valid",
    "ungültige stimmen": None,
    "nicht anwesend": None,
}

NUMBER_WORDS: Final[Mapping[str, int]] = {
    "keine": 0,
    "ein": 1,
    "eine": 1,
    "einer": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
}


def number_of(text: str) -> int | None:
    """A count as written: digits or a number word."""
    k = key(text)
    if k.isdigit():
        return int(k)
    return NUMBER_WORDS.get(k)


# Canonical party short names and the ways councils write them (keys as folded by party_key).
PARTY_ALIASES: Final[Mapping[str, tuple[str, ...]]] = {
    "CDU": ("cdu",),
    "CSU": ("csu",),
    "SPD": ("spd",),
    "GRÜNE": (
        "grüne",
        "die grünen",
        "bündnis 90/die grünen",
        "bündnis 90/ die grünen",
        "bündnis90/die grünen",
        "b90/grüne",
        "b90/die grünen",
        "grünen",
    ),
    "FDP": ("fdp", "fdp/bff", "freie demokraten"),
    "LINKE": ("linke", "die linke", "die linke.", "linke.", "pds", "linksfraktion"),
    "AfD": ("afd", "alternative für deutschland"),
    "FW": ("freie wähler", "fw", "fwg", "freie wählergemeinschaft"),
    "Volt": ("volt",),
    "PIRATEN": ("piraten", "piratenpartei"),
    "ÖDP": ("ödp",),
    "BSW": ("bsw",),
    "PARTEI": ("die partei", "partei"),
    "Tierschutzpartei": ("tierschutzpartei",),
}

_PARTY_BY_ALIAS: Final[Mapping[str, str]] = {
    alias: party for party, aliases in PARTY_ALIASES.items() for alias in aliases
}
_GROUP_WORDS: Final = re.compile(
    r"(?:^|\s|-)(?:fraktion|fraktionen|gruppe|ratsgruppe|ratsfraktion|stadtratsfraktion"
    r"|kreistagsfraktion|bezirksfraktion|gemeinderatsfraktion)(?=\s|$|-)"
    r"|^(?:der|die|des)\s+"
)
# Local suffixes after a party name: "Die Linke.Köln", "DIE LINKE.LEV", "Grüne Köln".
_LOCAL_SUFFIX: Final = re.compile(r"(?<=\.)[a-zäöüß]+$")


def party_key(name: str) -> str:
    """Fold a group name for the alias table: drop Fraktion/Gruppe words and leading articles."""
    k = key(name)
    k = _GROUP_WORDS.sub(" ", k)
    return " ".join(k.replace(" -", " ").split()).strip(" -")


_ARTICLES: Final = re.compile(r"\b(?:der|die|des|den)\s+")


def _party_candidates(name: str) -> Iterator[str]:
    raw = key(name)
    folded = party_key(name)
    for k in (raw, folded, _ARTICLES.sub("", folded).strip(), party_key(_ARTICLES.sub("", raw))):
        yield k
        yield k.rstrip(".")
        yield _LOCAL_SUFFIX.sub("", k).rstrip(".")
        if " " in k:  # a town after the party: "Grüne Köln"
            yield k.rsplit(" ", 1)[0]


def party_of(name: str) -> str | None:
    """The canonical party of a group name, or None when it is not a known party."""
    for cand in _party_candidates(name):
        if cand in _PARTY_BY_ALIAS:
            return _PARTY_BY_ALIAS[cand]
    return None


# How an individual member is introduced (a person, not a faction).
# Headed sections of RIS pages that tell about the paper, never the decided text: their lines
# are left out when a text has no "Beschluss:" heading that says where the decision stands.
NON_DECISION_SECTIONS: Final[frozenset[str]] = frozenset(
    {
        "beratungsfolge",
        "sachverhalt",
        "begründung",
        "anlagen",
        "finanzielle auswirkungen",
    }
)

# Month names as dates write them ("12. März 2024").
MONTHS: Final[Mapping[str, int]] = {
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
}

PERSON_TITLES: Final[tuple[str, ...]] = (
    "herr",
    "herrn",
    "frau",
    "rm",
    "ratsmitglied",
    "ratsfrau",
    "ratsherr",
    "ratsherrn",
    "emt",
    "ob",
    "obm",
    "oberbürgermeister",
    "oberbürgermeisterin",
    "oberbürgermeisters",
    "bürgermeister",
    "bürgermeisterin",
    "bürgermeisters",
    "bm",
    "lr",
    "landrat",
    "landrätin",
    "landrats",
    "kta",
    "kreistagsabgeordneter",
    "kreistagsabgeordnete",
    "str",
    "stadtrat",
    "stadträtin",
    "sv",
    "stadtverordneter",
    "stadtverordnete",
    "stadtverordneten",
    "bezirksverordneter",
    "bezirksverordnete",
    "gemeindevertreter",
    "gemeindevertreterin",
    "ortsbürgermeister",
    "ortsbürgermeisterin",
    "ortsvorsteher",
    "ortsvorsteherin",
    "bv",
    "bezirksvertreter",
    "bezirksvertreterin",
    "bezirksbürgermeister",
    "bezirksbürgermeisterin",
    "bezirksvorsteher",
    "bezirksvorsteherin",
    "gr",
    "gemeinderat",
    "gemeinderätin",
    "kr",
    "kreisrat",
    "kreisrätin",
    "dr.",
    "einzelmandatsträger",
    "einzelmandatsträgerin",
    "vorsitzende",
    "vorsitzender",
)


_TITLE_WORDS: Final = frozenset(t.rstrip(".") for t in PERSON_TITLES)


def is_person(name: str) -> bool:
    """True when a group name introduces an individual (``Herr X``, ``RM Y``, ``OB``)."""
    words = key(name).split()
    return bool(words) and words[0].rstrip(".") in _TITLE_WORDS
