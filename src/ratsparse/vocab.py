"""Vocabularies: what the words of the format mean. Data, in one place, each entry tested.

The grammars say *which* words are keywords; these tables say what each keyword *means*.
Keys are lower-case with single spaces (see :func:`key`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, Literal, NamedTuple, TypeVar

from ratsparse.records import Outcome

CountField = Literal["yes", "no", "abstain", "conflicted", "present", "eligible", "cast", "valid"]

_T = TypeVar("_T")


def cached_lookup(lookup: Callable[[str], _T]) -> Callable[[str], _T]:
    """``lookup``, keeping its last answers for short texts (speed). Labels, status values and
    party names repeat from document to document in any archive; a sentence hardly ever does, so
    a long text is looked up afresh and never fills the cache."""
    kept = functools.lru_cache(maxsize=4096)(lookup)

    @functools.wraps(lookup)
    def cached(text: str) -> _T:
        return kept(text) if len(text) <= SHORT else lookup(text)

    return cached


SHORT: Final = 60
"""The longest text whose look-ups :func:`cached_lookup` keeps."""

_KEY_ENDS: Final = " .:;,=-–*"


@cached_lookup
def key(text: str) -> str:
    """Lower-case, single-spaced, trimmed of punctuation at the ends."""
    # str.split() splits where the regex \s would (speed: a regex substitution costs 3×)
    return " ".join(text.replace("|", " ").split()).strip(_KEY_ENDS).lower()


_SECTION_REMARK: Final = re.compile(r"[ ]*\([^()]*\)$")
_OUTLINE: Final = re.compile(r"^(?:[a-h]|[ivx]{1,4})\.[ ]+")


def section_key(label: str) -> str:
    """A section label's :func:`key` without the remark in parentheses at its end
    (``Begründung (aus der Vorlage):`` → ``begründung``) and without its place in an outline
    (``F. Beschlussvorschlag`` → ``beschlussvorschlag``)."""
    return _OUTLINE.sub("", _SECTION_REMARK.sub("", key(label)))


def alternation(phrases: Iterable[str]) -> str:
    """A regex matching any of ``phrases``, written as a tree of their common beginnings
    (``ab(?:gelehnt|gesetzt)``): at each position the regex engine tries one branch per next
    letter instead of every phrase (speed). Where one phrase begins another, the longer is tried
    first, as in a list sorted longest first."""
    tree: dict[str, dict[str, Any]] = {}
    for phrase in phrases:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def branches(node: dict[str, dict[str, Any]]) -> str:
        alts = [re.escape(c) + branches(node[c]) for c in sorted(node) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return "(?:" + branches(tree) + ")"


# Status phrases (Beschluss: …) and verdict words of vote results, by outcome. A text is mapped
# by its longest contained phrase, so "ungeändert beschlossen" beats "beschlossen". A phrase
# marked as a verdict is also a keyword of the vote language (vote.lark's VERDICT is made of
# them): inside a vote result it says what became of the motion.


class Phrase(NamedTuple):
    outcome: Outcome
    verdict: bool = False
    """vote.lark reads it as the verdict of a vote (``… mehrheitlich zugestimmt``)."""
    present: bool = False
    """The present tense of a decision sentence (``Der Rat beschließt …``): the wording of a
    decided text or proposal, no report that anything was decided."""
    weak: bool = False
    """A verdict only inside a vote result (``einstimmig dafür``); in prose it is a common word
    (``dafür Sorge tragen``, ``fasst zusammen``) and states nothing."""
    after_how: bool = False
    """A verdict only right after how the vote went (``einstimmig dagegen``, ``mehrheitlich
    dagegen``); elsewhere it tells a member's or a group's vote (``AfD dagegen``)."""
    deniable: bool = True
    """``nicht`` before it turns the approval into a rejection (``nicht angenommen``). Where
    False, a denial says nothing sure: what is not followed may itself be a rejection (``Der
    Ablehnung … wird nicht gefolgt``)."""
    particle: str | None = None
    """The particle a separable verb's stem needs to be a verdict (``Der Rat lehnt den Antrag
    ab``): without it the word is something else (a member named Lehnen in a list of names)."""


WITHDRAWING: Final = tuple(
    f"{verb} {whose} {what} zurück"
    for verb in ("zieht", "ziehen", "zog")
    for whose in ("den", "ihren", "seinen")
    for what in ("antrag", "änderungsantrag")
)
"""The mover's own act, in the present or the past (``Die Fraktion zieht ihren Antrag
zurück.``)."""


_WITH_CHANGES: Final = (
    "mit änderung",
    "mit änderungen",
    "mit der änderung",
    "mit den änderungen",
    "mit einer änderung",
    "mit folgender änderung",
    "mit folgenden änderungen",
    "mit den vorgeschlagenen änderungen",
    "mit der vorgeschlagenen änderung",
    # an addition is a change too ("beschlossen mit Ergänzung")
    "mit ergänzung",
    "mit ergänzungen",
    "mit der ergänzung",
    "mit folgender ergänzung",
    "mit folgenden ergänzungen",
)
"""How a decision names the changes it was taken with (``mit folgender Änderung beschlossen``)."""

_AMENDED_VERDICTS: Final = {
    **{
        f"{how} {verb}": Phrase("approved_amended", verdict=True)
        for how in (
            "in geänderter form",
            "in geänderter fassung",
            "geändert",
            *_WITH_CHANGES,
        )
        # (and a recommendation's infinitive: "empfiehlt, dem Beschlussvorschlag mit folgender
        # Änderung zuzustimmen")
        for verb in ("beschlossen", "empfohlen", "angenommen", "zugestimmt", "zuzustimmen")
    },
    # the verdict first, then what was changed: "mehrheitlich zugestimmt zu geändertem
    # Beschlusstext", "beschlossen mit Änderungen"
    **{
        f"{verb} {how}": Phrase("approved_amended", verdict=True)
        for verb in ("beschlossen", "angenommen", "zugestimmt")
        for how in ("in geänderter fassung", *_WITH_CHANGES)
    },
    "zugestimmt zu geändertem": Phrase("approved_amended", verdict=True),
    # the version adopted, as a status or a decision's heading says it ("Beschluss (in der
    # geänderten Fassung):", "Beschluss der BVV in der geänderten Fassung:")
    "in der geänderten fassung": Phrase("approved_amended"),
    "in geänderter fassung": Phrase("approved_amended"),
    # "beschließt den Vorschlag der Verwaltung in der Fassung des Änderungsantrags der Koalition"
    "in der fassung des änderungsantrags": Phrase("approved_amended", verdict=True),
    "in der fassung der änderungsanträge": Phrase("approved_amended", verdict=True),
    "zugestimmt zum geänderten": Phrase("approved_amended", verdict=True),
}

# The outcome phrases as written (the "… erfolgt" ones are derived from them below)
_OUTCOME_WORDS: Final[dict[str, Phrase]] = {
    # approved
    "beschlossen": Phrase("approved", verdict=True),
    "ungeändert beschlossen": Phrase("approved"),
    "einstimmig beschlossen": Phrase("approved"),
    "mehrheitlich beschlossen": Phrase("approved"),
    "angenommen": Phrase("approved", verdict=True),
    "zugestimmt": Phrase("approved", verdict=True),
    "stimmt": Phrase("approved", verdict=True, present=True, particle="zu"),
    "beschließt": Phrase("approved", verdict=True, present=True),
    "beschließen": Phrase("approved", verdict=True, present=True),
    "genehmigt": Phrase("approved", verdict=True),
    # an application's money granted, inside a vote result ("Der Antrag wird einstimmig
    # bewilligt."); alone it tells of money granted before ("Bis Ende Oktober wurden 61
    # Vorhaben bewilligt.")
    "bewilligt": Phrase("approved", verdict=True, weak=True),
    # the minutes approved ("Das Protokoll … wird gebilligt", "Der Rat billigt das Protokoll")
    "gebilligt": Phrase("approved", verdict=True),
    "billigt": Phrase("approved", verdict=True, present=True),
    "empfohlen": Phrase("approved", verdict=True),
    "ungeändert empfohlen": Phrase("approved"),
    "annahme": Phrase("approved"),
    "dafür": Phrase("approved", verdict=True, weak=True),
    "dagegen": Phrase("rejected", verdict=True, weak=True, after_how=True),
    "fasst": Phrase("approved", verdict=True, present=True, weak=True),
    "fasste": Phrase("approved", verdict=True),
    "beschluss gefasst": Phrase("approved"),
    # "Der Beschluss wurde mit 7 Stimmen gefasst"; alone it rewrites ("§ 3 wird wie folgt
    # gefasst"), so only inside a vote result
    "gefasst": Phrase("approved", verdict=True, weak=True),
    "wie vorlage": Phrase("approved"),
    # adopted as proposed, in so many words
    **{
        f"{how} {what}": Phrase("approved")
        # (abbreviated too, as a form's column heads it: "lt. Beschlussvorschlag")
        for how in ("wie", "gemäß", "laut", "lt.", "gem.")
        for what in (
            "beschlussvorschlag",
            "beschlussempfehlung",
            "verwaltungsvorlage",
            "beschlussvorlage",
            # the proposal's other names ("Beschluss: wie Beschlussentwurf", "gemäß
            # Beschlussantrag")
            "beschlussentwurf",
            "beschlussantrag",
        )
    },
    "gemäß vorlage": Phrase("approved"),
    "wie antrag": Phrase("approved"),
    # München: "Beschluss: nach Antrag" (as the Referat proposed), and with a proviso that
    # changes it ("nach Antrag mit der Maßgabe, dass …")
    "nach antrag": Phrase("approved"),
    "nach antrag mit der maßgabe": Phrase("approved_amended"),
    **{
        f"nach antrag mit {change}": Phrase("approved_amended")
        for change in (
            "folgender änderung",
            "folgenden änderungen",
            "änderungen",
            "folgender ergänzung",
            "folgenden ergänzungen",
        )
    },
    "nach vorlage": Phrase("approved"),
    "wie vorgeschlagen": Phrase("approved"),
    "wie beantragt": Phrase("approved"),
    "wie empfohlen": Phrase("approved"),
    "anerkannt": Phrase("approved", verdict=True),
    # an election that succeeded ("Damit ist Frau G. zur Schiedsperson gewählt.")
    "gewählt": Phrase("approved", verdict=True),
    "zustimmung": Phrase("approved"),
    "einstimmig": Phrase("approved"),
    "mehrheitlich": Phrase("approved"),
    # a checkbox template's row ("☒ mit Stimmenmehrheit")
    "mit stimmenmehrheit": Phrase("approved"),
    "bejaht": Phrase("approved", verdict=True),
    # SessionNet: the minutes confirmed; a verdict inside a vote ("Die Niederschrift … wird bei
    # 2 Enthaltungen bestätigt."), in prose a common word ("Der Bürgermeister bestätigt, dass …")
    "bestätigt": Phrase("approved", verdict=True, weak=True),
    # following a proposal or recommendation is adopting it ("Dem Beschlussvorschlag wird
    # gefolgt", "Der Rat folgt der Empfehlung des Hauptausschusses")
    "gefolgt": Phrase("approved", verdict=True, deniable=False),
    **{
        f"folgt {what}": Phrase("approved", verdict=True, present=True, deniable=False)
        for what in (
            "der empfehlung",
            "der beschlussempfehlung",
            "dem beschlussvorschlag",
            "dem vorschlag",
            "dem antrag",
        )
    },
    # a building application: the municipality's consent (Baugesetzbuch § 36), given
    "einvernehmen erteilt": Phrase("approved", verdict=True),
    "einvernehmen wird erteilt": Phrase("approved", verdict=True),
    "einvernehmen wurde erteilt": Phrase("approved", verdict=True),
    # approved with changes
    **_AMENDED_VERDICTS,
    "geänderter beschluss": Phrase("approved_amended"),  # SessionNet's status of an item
    "abweichender beschluss": Phrase("approved_amended"),  # other than the proposal said
    "abweichend beschlossen": Phrase("approved_amended"),
    # a result form's row ("☒ abweichend vom Beschlussvorschlag (siehe Anmerkung)")
    **{
        f"abweichend {what}": Phrase("approved_amended")
        for what in (
            "vom beschlussvorschlag",
            "von der beschlussvorlage",
            "von der vorlage",
            "vom vorschlag der verwaltung",
            "von der beschlussempfehlung",
        )
    },
    # rejected
    "abgelehnt": Phrase("rejected", verdict=True),
    "lehnt": Phrase("rejected", verdict=True, present=True, particle="ab"),
    "lehnen": Phrase("rejected", verdict=True, present=True, particle="ab"),
    # the past of minutes, a report that it was decided ("Der Rat lehnte den Antrag … ab")
    "lehnte": Phrase("rejected", verdict=True, particle="ab"),
    "lehnten": Phrase("rejected", verdict=True, particle="ab"),
    "endgültig abgelehnt": Phrase("rejected"),
    "ablehnung": Phrase("rejected"),
    "nicht beschlossen": Phrase("rejected"),
    "nicht angenommen": Phrase("rejected"),
    "nicht zugestimmt": Phrase("rejected"),
    "keine mehrheit": Phrase("rejected", verdict=True),
    # the majority the decision needed, not reached ("erhielt nicht die erforderliche Mehrheit")
    **{
        f"nicht die {what} mehrheit": Phrase("rejected", verdict=True)
        for what in ("erforderliche", "notwendige", "nötige", "benötigte")
    },
    "einstimmig abgelehnt": Phrase("rejected"),
    "mehrheitlich abgelehnt": Phrase("rejected"),
    # noted
    "kenntnis": Phrase("noted", verdict=True),
    "zur kenntnis genommen": Phrase("noted"),
    # taking note with assent is approving ("Der Ortschaftsrat nimmt die Vorlage zustimmend zur
    # Kenntnis", as a body that is only heard says it agrees)
    "zustimmend zur kenntnis": Phrase("approved", verdict=True),
    "befürwortend zur kenntnis": Phrase("approved", verdict=True),
    "kenntnisnahme": Phrase("noted"),
    # postponed
    "vertagt": Phrase("postponed", verdict=True),
    "vertagte": Phrase("postponed", verdict=True),
    "vertagung": Phrase("postponed"),
    "zurückstellung": Phrase("postponed"),
    "absetzung": Phrase("postponed"),
    "zurückgestellt": Phrase("postponed", verdict=True),
    "abgesetzt": Phrase("postponed"),
    # the item taken off the agenda, or its decision moved to a later sitting
    "von der tagesordnung abgesetzt": Phrase("postponed", verdict=True),
    "von der tagesordnung genommen": Phrase("postponed", verdict=True),
    "wurde abgesetzt": Phrase("postponed", verdict=True),
    "wird abgesetzt": Phrase("postponed", verdict=True),
    "auf die nächste sitzung verschoben": Phrase("postponed", verdict=True),
    # Hannover's: a group's right to take a motion back for its own deliberation, the item
    # postponed ("Auf Wunsch der SPD-Fraktion in die Fraktionen gezogen")
    "in die fraktionen gezogen": Phrase("postponed", verdict=True),
    "in die fraktion gezogen": Phrase("postponed", verdict=True),
    "in die nächste sitzung verschoben": Phrase("postponed", verdict=True),
    "wiedervorlage": Phrase("postponed"),  # to be put before the body again
    # referred
    "verwiesen": Phrase("referred", verdict=True),
    "überwiesen": Phrase("referred", verdict=True),
    # the body's verb in the past, as a report tells it ("verwies der Gemeinderat den Antrag
    # einstimmig zur Vorberatung in den Verwaltungsausschuss"; not "verwies auf …": a pointer)
    "verwies": Phrase("referred", verdict=True),
    "überwies": Phrase("referred", verdict=True),
    # the body's own verb ("Der Regionalausschuss überweist den Antrag einstimmig in den …"):
    # not "verweist", which also points to a thing ("verweist auf die Konzeption")
    "überweist": Phrase("referred", verdict=True, present=True),
    "überweisen": Phrase("referred", verdict=True, present=True),
    "zurückverwiesen": Phrase("referred", verdict=True),
    "verweisung": Phrase("referred"),
    "überweisung": Phrase("referred"),
    "rücküberweisung": Phrase("referred"),
    "rückverweisung": Phrase("referred"),
    "zurückverweisung": Phrase("referred"),
    "ohne votum in nachfolgende gremien": Phrase("referred"),
    # passed on to the next body without a recommendation of this one
    **{
        f"ohne {what} weitergeleitet": Phrase("referred")
        for what in ("empfehlung", "beschlussempfehlung", "votum")
    },
    # withdrawn
    "zurückgezogen": Phrase("withdrawn", verdict=True),
    "zurückgenommen": Phrase("withdrawn", verdict=True),
    "rücknahme": Phrase("withdrawn"),
    # the mover withdrawing in the meeting ("teilt mit, dass die Fraktion den Antrag zurückzieht",
    # "Die Fraktion zieht ihren Antrag zurück.")
    "zurückzieht": Phrase("withdrawn", verdict=True),
    # settled another way
    "erfolgt unter top": Phrase("other", verdict=True),  # deliberated under another item
    "erledigt": Phrase("other"),
    # a motion overtaken by events ("Der Antrag hat sich erledigt", "… durch Verwaltungshandeln")
    "hat sich erledigt": Phrase("other", verdict=True),
    # (with the word that says how: "Der Antrag hat sich damit erledigt.")
    **{
        f"hat sich {how} erledigt": Phrase("other", verdict=True)
        for how in ("damit", "somit", "dadurch", "inzwischen", "mittlerweile", "bereits")
    },
    "durch verwaltungshandeln erledigt": Phrase("other", verdict=True),
    "für erledigt erklärt": Phrase("other", verdict=True),
    "für erledigt": Phrase("other", verdict=True),  # "erklärt den Antrag mehrheitlich für erledigt"
    "gilt als behandelt": Phrase("other"),
    "nichtbehandlung": Phrase("other"),  # the body decides not to deal with the motion
    "nichtbefassung": Phrase("other"),  # ("Beschlussart: Nichtbefassung")
    # a terse result line's abbreviations, written with or without their full stops ("mehrh.
    # abgel.", "geänd. beschl.", "überw. an BA", "z.K.g."): matched where no letter goes on, so
    # "abgel" is never a piece of "abgelehnt"; not "beschl." or "besch." alone, the noun's
    # ("Beschl. Nr. 12") or a word cut off ("Für den Besch")
    "abgel": Phrase("rejected", verdict=True),
    "geänd. beschl": Phrase("approved_amended", verdict=True),
    "geänd. besch": Phrase("approved_amended", verdict=True),
    "mit änd. beschl": Phrase("approved_amended", verdict=True),  # (mit Änderung beschlossen)
    "beschl. mit änd": Phrase("approved_amended", verdict=True),
    "zurückgest": Phrase("postponed", verdict=True),
    "überw": Phrase("referred", verdict=True),
    "z.k.g": Phrase("noted", verdict=True),
    "z. k. g": Phrase("noted", verdict=True),
    "z.k.n": Phrase("noted", verdict=True),
    "einv. ert": Phrase("approved", verdict=True),  # (Einvernehmen erteilt)
}

_DONE_NOUNS: Final = (
    "kenntnisnahme",
    "zustimmung",
    "ablehnung",
    "vertagung",
    "verweisung",
    "überweisung",
)
"""Nouns of what was done that ``erfolgt`` may follow (``Ergebnis: Kenntnisnahme erfolgt.``)."""

OUTCOME_VOCABULARY: Final[Mapping[str, Phrase]] = {
    **_OUTCOME_WORDS,
    # what was done, said with "erfolgt": the noun's own outcome, a verdict now
    **{
        f"{noun} erfolgt": Phrase(_OUTCOME_WORDS[noun].outcome, verdict=True)
        for noun in _DONE_NOUNS
    },
}
"""Each outcome phrase (key form) with its outcome and its grammar flags."""

OUTCOME_PHRASES: Final[Mapping[str, Outcome]] = {
    phrase: entry.outcome for phrase, entry in OUTCOME_VOCABULARY.items()
}
"""Each phrase's outcome (the vocabulary without its grammar flags)."""

_PHRASE_RE: Final = re.compile(r"(?<![\w])" + alternation(OUTCOME_PHRASES) + r"(?![\w])")


_MANNER_ONLY: Final = frozenset({"einstimmig", "mehrheitlich"})
"""Words that say how a decision was taken, not what it was: they count only alone."""


@cached_lookup
def outcome_of(text: str) -> Outcome | None:
    """The outcome a status phrase or verdict word names: the longest known phrase in it wins,
    and ``einstimmig``/``mehrheitlich`` only when nothing else is named (``abgelehnt
    mehrheitlich`` is a rejection)."""
    found = [m.group() for m in _PHRASE_RE.finditer(key(text))]
    named = [f for f in found if f not in _MANNER_ONLY] or found
    if not named:
        return None
    return OUTCOME_PHRASES[max(named, key=len)]


def first_outcome_phrase(text: str) -> int | None:
    """Where in ``text`` (as written, single-spaced) the first outcome phrase starts; None
    where it names none."""
    m = _PHRASE_RE.search(text.lower())
    return None if m is None else m.start()


@cached_lookup
def status_outcome(text: str) -> Outcome | None:
    """The outcome of a status line: its phrase, refined by geändert (``beschlossen mit Änderungen``
    is ``approved_amended``)."""
    outcome = outcome_of(text)
    if outcome == "approved" and amended_of(text):
        return "approved_amended"
    return outcome


def status_phrase(text: str) -> Outcome | None:
    """The outcome of a text that is one status phrase and nothing else (``Ablehnung``, ``keine
    Mehrheit``, ``Vertagung``); not ``einstimmig`` or ``mehrheitlich``, which say only how, nor
    a count's label alone (``Dafür``: its number is missing, no verdict is given)."""
    k = key(text)
    entry = OUTCOME_VOCABULARY.get(k)
    return None if entry is None or entry.weak or k in _MANNER_ONLY else entry.outcome


def is_weak(phrase: str) -> bool:
    """Whether an outcome phrase states a verdict only inside a vote result (``dafür``)."""
    entry = OUTCOME_VOCABULARY.get(key(phrase))
    return entry is not None and entry.weak


def is_deniable(phrase: str) -> bool:
    """Whether ``nicht`` before an approving phrase makes it a rejection (see Phrase)."""
    entry = OUTCOME_VOCABULARY.get(key(phrase))
    return entry is None or entry.deniable


def is_after_how(phrase: str) -> bool:
    """Whether a verdict counts only right after how the vote went (see Phrase)."""
    entry = OUTCOME_VOCABULARY.get(key(phrase))
    return entry is not None and entry.after_how


def particle_of(phrase: str) -> str | None:
    """The particle an outcome phrase needs to be a verdict (``lehnt`` … ``ab``), if any."""
    entry = OUTCOME_VOCABULARY.get(key(phrase))
    return entry.particle if entry is not None else None


def is_present(phrase: str) -> bool:
    """Whether an outcome phrase is the present tense of a decision sentence (no report)."""
    entry = OUTCOME_VOCABULARY.get(key(phrase))
    return entry is not None and entry.present


_ARTICLES_AND_PRONOUNS: Final = frozenset(
    {"der", "die", "das", "den", "dem", "des", "er", "sie", "es"}
)


# The head of a text that answers an inquiry: "Beantwortung einer Anfrage", "Betreff: Anfrage der
# Fraktion …", "Antwort der Verwaltung"
_INQUIRY_HEAD: Final = re.compile(
    r"\bBeantwortung (?:einer|der) (?:Kleinen |Großen |schriftlichen )?Anfrage\b"
    r"|\bBetreff:[ ]*(?:Kleine |Große |Schriftliche )?Anfrage\b"
    r"|\bAntwort (?:der Verwaltung|des Bezirksamt(?:e?s)|des (?:Ober)?[Bb]ürgermeisters"
    r"|des Landrat(?:e?s)|des Magistrat(?:e?s))\b"
    # (a RIS page's kind of paper, "Drucksache-Art: Kleine Anfrage", "Vorlageart: Anfrage"; the
    # answer's heading, "Beantwortung durch das Bezirksamt:")
    r"|\b(?:Drucksache|Vorlage)n?-?[Aa]rt:[ ]*(?:Kleine |Große |Schriftliche |Mündliche )?"
    r"Anfrage\b"
    r"|\bBeantwortung durch (?:das|den|die) [A-ZÄÖÜ]"
    # (the inquiry's own line atop the page: "Anfrage der Fraktion Bündnis 90/Die Grünen vom
    # 04.03.2024")
    r"|(?:(?<=\n)|^)[ ]*(?:Kleine |Große |Schriftliche |Mündliche )?Anfrage (?:der|des|von) "
    r"(?:Fraktion|Gruppe|Ratsfraktion|Ratsgruppe|Ratsmitglied|Stadtverordneten|Kreistagsfraktion"
    r"|[A-ZÄÖÜ][\w./-]*-Fraktion)\b"
    # (or the page's kind of paper alone on its line: "Kleine Anfrage")
    r"|(?:(?<=\n)|^)[ ]*(?:Kleine|Große|Schriftliche|Mündliche)[ ]Anfrage[ ]*(?=\n)"
)
_INQUIRY_HEAD_REACH: Final = 800


def answers_an_inquiry(text: str) -> bool:
    """Whether the head of ``text`` (its first :data:`_INQUIRY_HEAD_REACH` characters) says it
    answers an inquiry."""
    return inquiry_answered_at(text) is not None


def inquiry_answered_at(text: str) -> int | None:
    """Where the head of ``text`` says it answers an inquiry (:func:`answers_an_inquiry`), or
    None."""
    found = _INQUIRY_HEAD.search(text, 0, _INQUIRY_HEAD_REACH)
    return found.start() if found is not None else None


_PROVISO: Final = re.compile(r"(?<=maßgabe),? dass\b.*", re.DOTALL)
# Where the status was given, as Berlin's ALLRIS prints it: "mit Änderungen in der BVV
# beschlossen", "im Ausschuss abgelehnt"
_WHERE_GIVEN: Final = re.compile(
    r"(?:^| )(?:in der|im) (?:bvv|[a-zäöü]*(?:ausschuss|rat|versammlung|vertretung|beirat))(?= |$)"
)


@cached_lookup
def is_status_value(text: str) -> bool:
    """Whether ``text`` is a status phrase and little more, as ALLRIS prints the value of its
    ``Beschluss:`` field on the line below (``abgelehnt``, ``ungeändert beschlossen``, ``an
    Gremium überwiesen``, ``zur Kenntnis genommen``): one phrase of the vocabulary (not a verb of
    a sentence) and at most two other words, none of them an article or a pronoun; two
    phrases of one outcome as a form offers them (``zurückgestellt / vertagt``) are one; a
    proviso's clause is the phrase's (``nach Antrag mit der Maßgabe, dass …``), and so is the
    body it was given in (``mit Änderungen in der BVV beschlossen``)."""
    k = _WHERE_GIVEN.sub("", _PROVISO.sub("", key(text)))
    words = [w for w in k.split() if w != "/"]
    if (
        not words
        or len(words) > 5
        or any(not w.isalpha() and w not in _HOW_ABBREVIATED for w in words)
    ):
        return False
    found = [m.group() for m in _PHRASE_RE.finditer(k)]
    if not found:
        return False
    phrase = max(found, key=len)
    others = [w for w in words if w not in phrase.split()]
    return (
        not OUTCOME_VOCABULARY[phrase].present
        and not as_proposed(phrase)  # the decided text "as the paper", not a status
        and len(others) <= 2
        and not any(w in _ARTICLES_AND_PRONOUNS for w in others)
    )


_HOW_ABBREVIATED: Final = frozenset({"lt.", "gem."})
"""``laut`` and ``gemäß`` abbreviated (``lt. Beschlussvorschlag``), words of a status value."""


def as_proposed(text: str) -> bool:
    """Whether ``text`` is a phrase that adopts what was put forward by naming it (``Wie
    Vorlage``, ``wie Antrag``, ``gemäß Beschlussvorschlag``): a decided text by reference."""
    k = key(text)
    return k in OUTCOME_VOCABULARY and k.startswith(("wie ", "gemäß ", "gem. "))


NO_RESULT_TEXTS: Final = frozenset(
    {"ohne", "keine", "keiner", "kein text vorhanden", "siehe anlage", "siehe protokoll"}
    | {"siehe oben"}
)
"""What a RIS writes in a result field that holds no result (compared after :func:`key`, without
punctuation); a field without a word of three letters holds none either (``-.-``, ``0``)."""


def states_a_result(text: str) -> bool:
    """Whether a result field's value says anything (``erledigt`` does; ``-.-``, ``Ohne``,
    ``(kein Text vorhanden)`` do not)."""
    words = re.findall(r"[^\W\d_]+", key(text))
    return any(len(w) >= 3 for w in words) and " ".join(words) not in NO_RESULT_TEXTS


@cached_lookup
def amended_of(text: str) -> bool | None:
    """Whether a status phrase says geändert (true) or ungeändert (false)."""
    k = key(text)
    if re.search(r"\bungeändert\b|\bohne (?:änderung|ergänzung)", k):
        return False
    if re.search(
        # (Berlin's ALLRIS: "ersetzt beschlossen", the motion as an Ersetzungsantrag replaced it)
        r"\b(?:geändert(?:e[mnrs]?)?|abweichend(?:e[mnrs]?)?|maßgabe"
        # (not what a decided sentence decides: "… beschließt die 3. Änderung der Hauptsatzung",
        # "… beschließt die Satzung zur Änderung der Wasserversorgungssatzung")
        r"|(?<!die )(?<!eine )(?<!zur )(?<![0-9]\. )(?:änderung(?:en)?|ergänzung(?:en)?)"
        r"|ersetzt"
        # (a terse result line's "geänd. beschl.")
        r"|geänd(?=\.)|(?<=mit )änd(?=\.|\Z)"
        # ("in der Fassung des Ersetzungsantrages": the motion as another replaced it)
        r"|(?<=fassung des )(?:änderungs|ersetzungs|ergänzungs)antrage?s"
        r"|(?<=fassung der )(?:änderungs|ersetzungs|ergänzungs)anträge)\b",
        k,
    ):
        return True
    return None


# The words of vote counts: what each counts, and where the vote language reads it. One row per
# word; vote.lark and document.lark build their count terminals from the flags.


class CountWord(NamedTuple):
    field: CountField | None
    """What the number after (or before) it counts; None: a number that is no count."""
    label: bool = False
    """A label before a colon: ``Ja: 12``, ``Enth.: 1`` (COUNT_KEY; a count line)."""
    after_number: bool = False
    """A word after the number: ``31 Ja-Stimmen``, ``eine Gegenstimme`` (COUNT_WORD)."""
    bare: bool = False
    """A label before a number without a colon: ``Ja 10, Nein 2`` (COUNT_BARE)."""
    table: bool = False
    """A table row's first column: ``Ja   12 Stimmen   CDU`` (COUNT_TABLE_KEY)."""
    abbreviation: bool = False
    """Written with or without its full stop (``Enth.``, ``Enth``)."""


# "zwei enthielten sich": an abstention told with its verb (vote.lark's VOTED, with VOTING_VERBS
# and VOTED_SIDES below); a count key of its own, never a label.
ABSTAINING_VERBS: Final[tuple[str, ...]] = (
    "enthält sich",
    "enthielt sich",
    "enthalten sich",
    "enthielten sich",
    # the perfect, as a roll call heads its list: "Der Stimme enthalten hat sich:"
    "enthalten hat sich",
    "enthalten haben sich",
    "hat sich enthalten",
    "haben sich enthalten",
)

_YES: Final = CountWord("yes", label=True)
_NO: Final = CountWord("no", label=True)

COUNT_VOCABULARY: Final[Mapping[str, CountWord]] = {
    "ja": CountWord("yes", label=True, after_number=True, bare=True, table=True),
    "ja-stimmen": CountWord("yes", label=True, after_number=True, bare=True),
    "ja-stimme": CountWord("yes", after_number=True),
    # the compound's first half, its second said once for both ("mit 3 Ja- bei 18 Nein-Stimmen")
    "ja-": CountWord("yes", after_number=True),
    "dafür": CountWord("yes", label=True, after_number=True, bare=True),
    "dafürstimmen": CountWord("yes", after_number=True),
    "dafürstimme": CountWord("yes", after_number=True),
    "für den antrag": _YES,
    "für den beschluss": _YES,
    "für den beschlussvorschlag": _YES,
    "für die vorlage": _YES,
    "für": CountWord("yes", label=True, bare=True),
    "stimmen dafür": CountWord("yes", label=True, after_number=True, bare=True),
    "zustimmung": CountWord("yes", label=True, after_number=True, bare=True),
    "zustimmungen": CountWord("yes", after_number=True),
    "nein": CountWord("no", label=True, after_number=True, bare=True, table=True),
    "nein-stimmen": CountWord("no", label=True, after_number=True, bare=True),
    "nein-stimme": CountWord("no", after_number=True),
    "nein-": CountWord("no", after_number=True),
    "dagegen": CountWord("no", label=True, after_number=True, bare=True),
    "gegenstimmen": CountWord("no", label=True, after_number=True, bare=True),
    "gegenstimme": CountWord("no", after_number=True),
    "gegen den antrag": _NO,
    "gegen den beschluss": _NO,
    "gegen den beschlussvorschlag": _NO,
    "gegen die vorlage": _NO,
    "gegen": _NO,
    "stimmen dagegen": CountWord("no", label=True, after_number=True, bare=True),
    "ablehnung": CountWord("no", label=True, after_number=True, bare=True),
    # a side's label as Frankfurt's minutes head each list ("Annahme: GRÜNE, CDU" / "Ablehnung:
    # AfD")
    "annahme": CountWord("yes", label=True),
    "ablehnungen": CountWord("no", after_number=True),
    "enthaltung": CountWord("abstain", label=True, after_number=True, bare=True, table=True),
    "enthaltungen": CountWord("abstain", label=True, after_number=True, bare=True),
    "stimmenthaltung": CountWord("abstain", label=True, after_number=True, bare=True),
    "stimmenthaltungen": CountWord("abstain", label=True, after_number=True, bare=True),
    "stimmenenthaltung": CountWord("abstain", label=True, after_number=True, bare=True),
    "stimmenenthaltungen": CountWord("abstain", label=True, after_number=True, bare=True),
    "enth": CountWord(
        "abstain", label=True, after_number=True, bare=True, table=True, abbreviation=True
    ),
    # (abbreviated further on: "Ja 15 / Nein 19 / Enthalt. 1")
    "enthalt": CountWord(
        "abstain", label=True, after_number=True, bare=True, table=True, abbreviation=True
    ),
    "befangen": CountWord("conflicted", label=True, bare=True),
    "befangenheit": CountWord("conflicted", label=True),
    "persönlich beteiligt": CountWord("conflicted", label=True),
    # (abbreviated in a table's narrow head: "| Anwesend | Ja | Nein | pers. beteiligt |")
    "pers. beteiligt": CountWord("conflicted", label=True),
    "persönl. beteiligt": CountWord("conflicted", label=True),
    "persönliche beteiligung": CountWord("conflicted", label=True),
    "mitwirkungsverbot": CountWord("conflicted", label=True),  # Sachsen-Anhalt, Brandenburg
    # (or the exclusion it brings: "Ausschluss § 33 KVG LSA: 1", "| Ausschluss |")
    "ausschluss": CountWord("conflicted", label=True),
    # Rheinland-Pfalz: excluded for a special interest (§ 22 GemO)
    "sonderinteresse": CountWord("conflicted", label=True, bare=True),
    # (or for its grounds: "| Ausschließungsgründe (§ 22 GemO) |")
    "ausschließungsgrund": CountWord("conflicted", label=True, bare=True),
    "ausschließungsgründe": CountWord("conflicted", label=True, bare=True),
    "ausschliessungsgrund": CountWord("conflicted", label=True, bare=True),  # (in capitals)
    "ausschliessungsgründe": CountWord("conflicted", label=True, bare=True),
    "persölich beteiligt": CountWord("conflicted", label=True),  # a vendor's typo, as printed
    "anwesend": CountWord("present", label=True, bare=True),
    "anwesende": CountWord("present", label=True),
    "anwesende mitglieder": CountWord("present", label=True),
    "davon anwesend": CountWord("present", label=True),
    "stimmberechtigte": CountWord("eligible", label=True),
    "stimmberechtigt": CountWord("eligible", label=True),
    "stimmberechtigte mitglieder": CountWord("eligible", label=True),
    "abgegebene stimmen": CountWord("cast", label=True),
    "davon gültige": CountWord("valid", label=True),
    "gültige stimmen": CountWord("valid", label=True),
    "ungültige stimmen": CountWord(None, label=True),
    "nicht anwesend": CountWord(None, label=True),
    # the body's size by law, the head of an attendance block (Mecklenburg-Vorpommern, Sachsen)
    "gesetzliche mitgliederzahl": CountWord(None, label=True),
    "anzahl der mitglieder": CountWord(None, label=True),
    "gesetzl. mitglieder": CountWord(None, label=True),
    "gesetzl. mitgliederzahl": CountWord(None, label=True),
    "mitglieder": CountWord(None, label=True),  # a count table's first column
    # (abridged, the word for the law or the whole after it: "| Mitgl. gesetzl. | anwesend | Ja
    # | Nein |", "|Mitglieder gesamt|anwesend|Ja|…")
    **{
        f"{members}{after}": CountWord(None, label=True)
        for members in ("mitgl.", "mitglieder")
        for after in ("", " gesetzl.", " gesetzlich", " gesamt", " insgesamt")
        if members != "mitglieder" or after
    },
    "gesetzl. mitgl.": CountWord(None, label=True),
    # (the body's size as its Hauptsatzung fixes it: "|Mitglieder lt. Hauptsatzung|anwesend|Ja|…")
    **{
        f"mitglieder {by} hauptsatzung": CountWord(None, label=True)
        for by in ("lt.", "laut", "gem.", "gemäß", "gemäss", "nach")  # (gemäss: in capitals)
    },
    "gesetzliche mitglieder": CountWord(None, label=True),
    "gesetzliche anzahl": CountWord(None, label=True),
    "gesetzl. anzahl": CountWord(None, label=True),
    # ("gesetzliche Anzahl der Mitglieder", or the members named by the body's own word:
    # "|gesetzl. Anzahl der GV-Mitglieder|davon anwesend|Ja-Stimmen|…", "gesetzl. Anzahl der
    # Gemeindevertreter/innen: 39")
    **{
        f"{size} der {members}": CountWord(None, label=True)
        # (or "Zahl": "| gesetzl. Zahl der Mitglieder | davon anwesend | Ja | …")
        # (or the whole number: "Gesamtzahl der Mitglieder   Anwesend   Ja-Stimmen …")
        for size in (
            "gesetzliche anzahl",
            "gesetzl. anzahl",
            "gesetzliche zahl",
            "gesetzl. zahl",
            "gesamtzahl",
            "gesamtanzahl",
        )
        for members in (
            "mitglieder",
            "gv-mitglieder",
            "gemeindevertreter",
            "gemeindevertreter/innen",
            "stadtverordneten",
            "ratsmitglieder",
            "kreistagsmitglieder",
            "kreistagsabgeordneten",
        )
    },
    # a secret ballot's papers: "| abgegebene Stimmzettel | ungültig | Ja | Nein | Enthaltung |"
    "abgegebene stimmzettel": CountWord("cast", label=True),
    "stimmzettel": CountWord("cast", label=True),
    "ungültig": CountWord(None, label=True),
    "ungültige": CountWord(None, label=True),
    "ungültige stimmzettel": CountWord(None, label=True),
    "gültig": CountWord("valid", label=True),
    "gültige stimmzettel": CountWord("valid", label=True),
    "davon stimmberechtigt": CountWord("eligible", label=True),
    **{verb: CountWord("abstain") for verb in ABSTAINING_VERBS},
}


def _spellings(word: str, entry: CountWord) -> Iterator[str]:
    """How a count word is written: as listed; a hyphenated one also with spaces around its
    hyphen, as typed tables print it (``Ja - Stimmen``); an abbreviation with its full stop."""
    yield word
    if "-" in word:
        yield word.replace("-", " - ")
    if entry.abbreviation:
        yield word + "."


COUNT_KEYS: Final[Mapping[str, CountField | None]] = {
    key(spelling): entry.field
    for word, entry in COUNT_VOCABULARY.items()
    for spelling in _spellings(word, entry)
}
"""Each count word's field, by every spelling (the vocabulary without its grammar flags)."""


def _row_labels() -> Iterator[str]:
    for word, entry in COUNT_VOCABULARY.items():
        if (
            entry.field in ("yes", "no", "abstain")
            and (entry.label or entry.bare)
            and " " not in word
        ):
            yield from _spellings(word, entry)


RESULT_WORD_TALLY: Final = re.compile(
    r"[ ]*(?P<word>Zustimmung|Ablehnung|Annahme)[ ]+"
    r"(?P<tally>(?:0|[1-9][0-9]{0,2})(?:[ ]?:[ ]?(?:0|[1-9][0-9]{0,2})){1,2})[ .]*"
)
"""A result in one word and its tally (``Zustimmung 22:0``, ``Ablehnung 5 : 17 : 1``), a line of
its own in Baden-Württemberg's minutes: the layout keeps it as a vote block, the vote reader
takes the word's verdict and the tally's numbers (yes, no, abstentions)."""

TALLY_INITIALS: Final[Mapping[str, CountField]] = {"j": "yes", "n": "no", "e": "abstain"}
"""The labels of a tally by their initials (``Abstimmung (J/N/E): 11 / 0 / 0``; vote.lark's
LABELLED_TALLY admits them in this order only)."""

COUNT_ROW_LABELS: Final[tuple[str, ...]] = tuple(_row_labels())
"""The labels of a tally written with them, one word each: ``Ja / Nein / Enthaltung: 9 / 1 / 1``,
``9/1/1 (Ja/Nein/Enth.)`` (vote.lark's LABELLED_TALLY)."""


def _count_words(flag: str, field: CountField | None = None) -> Iterator[str]:
    for word, entry in COUNT_VOCABULARY.items():
        if getattr(entry, flag) and (field is None or entry.field == field):
            yield from _spellings(word, entry)


# A decision taken by consent to a proposal, without a vote (vote.lark's CONSENT): the proposal
# is adopted; no one voted, so it is neither unanimous nor by majority. An objection not raised
# ("Einwendungen gegen die Tagesordnung werden nicht erhoben", "keine Einwände") is a formality,
# as the chair's findings are, and not listed.
CONSENT_PHRASES: Final[tuple[str, ...]] = (
    "einverstanden",
    "kein widerspruch",
    "keinen widerspruch",
    "widerspruch erhebt sich nicht",
    "erhebt sich kein widerspruch",
    # (told in the past, a report of the sitting: "Widerspruch erhob sich nicht.")
    "widerspruch erhob sich nicht",
    "erhob sich kein widerspruch",
    "erhob sich nicht",
    "erhoben sich nicht",
    # "Widerspruch gegen die Erweiterung erhebt sich nicht", "Einwände erheben sich nicht"
    "erhebt sich nicht",
    "erheben sich nicht",
    "ohne widerspruch",
    "widerspruchslos",
    # ("Die Bezirksversammlung stimmt dem Antrag einvernehmlich zu", "stellt einvernehmlich
    # fest, dass sich der Antrag erledigt hat": agreed, no vote taken, none counted)
    *(f"einvernehmlich{ending}" for ending in ("", "e", "en", "er")),
    "besteht einverständnis",
    "besteht einvernehmen",
    "herrscht einvernehmen",
    "besteht einmütigkeit",
    "kommt überein",
    "kommen überein",
    "kam überein",
    "kamen überein",
    # (the verb's particle after its subject: "Nach Aussprache kommt der Ausschuss überein, dass
    # die Verwaltung …")
    "überein, dass",
    # ("Der Ausschuss verständigt sich ohne förmliche Abstimmung darauf, dem Antrag zu folgen")
    "verständigt sich",
    "verständigen sich",
    "verständigte sich",
    "verständigten sich",
    "ohne förmliche abstimmung",
    "befürwortet",
    "allgemeine zustimmung",
    "allgemeiner zustimmung",
)

RECEPTION_WORDS: Final = frozenset(
    {"gut", "rege", "gern", "gerne", "positiv", "schlecht", "kaum", "dankbar", "begeistert"}
)
"""Words before ``angenommen`` that say how an offer was received (``Die Sprechstunde wird gut
angenommen``): no verdict."""

# A vote told with its verb (vote.lark's VOTED): "16 Stadträte stimmten dagegen", "votierten 12
# Mitglieder für den Antrag", "zwei enthielten sich" (ABSTAINING_VERBS, above). The side word
# after the verb (and `mit Ja`, `mit Nein`) is a count key: COUNT_KEYS gives its side.
VOTING_VERBS: Final[tuple[str, ...]] = (
    "stimmt",
    "stimmte",
    "stimmten",
    "stimmen",
    "votiert",
    "votierte",
    "votierten",
    "votieren",
)
VOTED_SIDES: Final[tuple[str, ...]] = ("dafür", "für", "dagegen", "gegen")
VOTING_ADVERBS: Final[tuple[str, ...]] = ("geschlossen", "ebenfalls", "auch", "jeweils")
"""What may stand between a voting verb and its side (``die Fraktion stimmte geschlossen
dagegen``)."""

# Unanimity and majority: how a vote was decided (vote.lark's UNANIMOUS and MAJORITY).
UNANIMITY_WORDS: Final[tuple[str, ...]] = (
    *(f"einstimmig{ending}" for ending in ("", "e", "en", "er", "es")),
    # (Niedersachsen's and Bremen's minutes: "empfiehlt einmütig bei einer Enthaltung")
    *(f"einmütig{ending}" for ending in ("", "e", "en", "er", "es")),
    "einst.",  # (a terse result line's: "Abst.: einst. (1 befangen)")
    "ohne gegenstimme",
    "ohne gegenstimmen",
)
# Nobody voted that way, in so many words: a count of 0 (vote.lark's NONE_COUNTED; `ohne
# Gegenstimmen` is read as unanimity too, UNANIMOUS).
NONE_COUNTED: Final[Mapping[str, CountField]] = {
    "ohne gegenstimme": "no",
    "ohne gegenstimmen": "no",
    "ohne enthaltung": "abstain",
    "ohne enthaltungen": "abstain",
    "ohne stimmenthaltung": "abstain",
    "ohne stimmenthaltungen": "abstain",
    # (the dative after "bei": "… gegen 7 Nein-Stimmen bei keiner Enthaltung ab", "mit 9
    # Ja-Stimmen bei keinen Gegenstimmen")
    "keiner gegenstimme": "no",
    "keinen gegenstimmen": "no",
    "keiner enthaltung": "abstain",
    "keinen enthaltungen": "abstain",
    "keiner stimmenthaltung": "abstain",
    "keinen stimmenthaltungen": "abstain",
}
MAJORITY_WORDS: Final[tuple[str, ...]] = (
    *(f"mehrheitlich{ending}" for ending in ("", "e", "en", "er", "es")),
    "mehrh.",  # (a terse result line's: "Abstimmungsergebnis: mehrh. 12/3/1")
    # (unanimity denied: "Der Beschluss wurde nicht einstimmig gefasst")
    *(f"nicht {word}{ending}" for word in ("einstimmig", "einmütig") for ending in ("", "e", "en")),
    *(
        f"mit {size}{kind}mehrheit"
        for size in ("", "großer ", "knapper ", "einfacher ", "absoluter ")
        for kind in ("", "stimmen")
    ),
)
# "der mehrheitliche Wunsch des Kreistages", "auf einstimmigen Wunsch": einstimmig and mehrheitlich
# before a noun of what people want or think describe an opinion, not a vote (vote.lark's
# UNANIMOUS and MAJORITY do not match before them).
OPINION_NOUNS: Final[tuple[str, ...]] = (
    "wunsch",
    "wunsches",
    "meinung",
    "auffassung",
    "ansicht",
    "einschätzung",
    "tenor",
    "überzeugung",
)

_SMALL_NUMBERS: Final[Mapping[str, int]] = {
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
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
}

# Tens and units from which the number words 20 to 99 are built ("dreiundzwanzig" = 3 + 20): a
# council of forty members writes its counts so ("mit einunddreißig Stimmen").
_TENS: Final[Mapping[str, int]] = {
    "zwanzig": 20,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}
_UNITS: Final[Mapping[str, int]] = {
    word: n for word, n in _SMALL_NUMBERS.items() if 1 <= n <= 9 and word not in ("eine", "einer")
}
COMPOUND_NUMBER_WORDS: Final[Mapping[str, int]] = {
    unit + "und" + ten: u + t for ten, t in _TENS.items() for unit, u in _UNITS.items()
}
"""``einunddreißig`` …: the vote grammar does not list them (their ``und`` beside the list
separator ``und`` made its strict build four times slower); the vote reader gives them to it as
digits (:func:`ratsparse.votes._compounds_as_digits`)."""
NUMBER_WORDS: Final[Mapping[str, int]] = {**_SMALL_NUMBERS, **_TENS, **COMPOUND_NUMBER_WORDS}


_MAX_COUNT_DIGITS: Final = 6
"""A count has at most this many digits; a longer number is none (and Python refuses to read
numbers of over 4300 digits)."""


@cached_lookup
def number_of(text: str) -> int | None:
    """A count as written: digits (at most :data:`_MAX_COUNT_DIGITS`) or a number word."""
    k = key(text)
    if k[-1:] in ("x", "×") and k[:-1].rstrip().isdecimal():
        k = k[:-1].rstrip()  # "12 x Ja", a count as a tick sheet writes it
    if k.isdecimal():
        return int(k) if len(k) <= _MAX_COUNT_DIGITS else None
    return NUMBER_WORDS.get(k)


# Canonical party short names and the ways councils write them (keys as folded by party_key: lower
# case, no Fraktion/Gruppe word, no space around a slash). Parties, and the common kinds of local
# list: Freie Wähler, Wählergemeinschaften, Bürgerlisten. A local list's own name ("Gruppe GUT",
# "OP") is no party: its party is null.
PARTY_ALIASES: Final[Mapping[str, tuple[str, ...]]] = {
    "CDU": ("cdu", "christlich demokratische union"),
    "CSU": ("csu", "christlich-soziale union"),
    "SPD": ("spd", "sozialdemokraten", "sozialdemokratische partei deutschlands"),
    "GRÜNE": (
        "grüne",
        "die grünen",
        "grünen",
        "bündnis 90/die grünen",
        "bündnis90/die grünen",
        "bündnis 90/grüne",
        "bündnis 90 die grünen",
        "bündnisgrüne",
        "b90/grüne",
        "b90/die grünen",
        # (the apostrophe of B'90 in its three forms)
        "b'90/die grünen",
        "b‘90/die grünen",
        "b’90/die grünen",
        "gal",
        "grün-alternative liste",
        # (as typed without umlauts)
        "gruene",
        "die gruenen",
        "gruenen",
        "bündnis 90/die gruenen",
        "buendnis 90/die gruenen",
    ),
    "FDP": ("fdp", "f.d.p", "fdp/bff", "freie demokraten", "freie demokratische partei"),
    "LINKE": (
        "linke",
        "linken",
        "die linke",
        "die linken",
        "die linke.",
        "linke.",
        "pds",
        "linksfraktion",
        "linkspartei",
        "die linkspartei",
        "linkspartei.pds",
    ),
    "AfD": ("afd", "alternative für deutschland"),
    "FW": (
        "freie wähler",
        "fw",
        "fwg",
        "fwv",
        "freie wählergemeinschaft",
        "freie wählervereinigung",
        # (declined: "mit den Stimmen der Freien Wähler", "… von den Freien Wählern")
        "freien wähler",
        "freien wählern",
        # (Brandenburg's party of the free voters: BVB / FREIE WÄHLER)
        "bvb/freie wähler",
        "bvb/fw",
    ),
    "WG": (
        "wählergemeinschaft",
        "unabhängige wählergemeinschaft",
        "uwg",
        "wg",
        "wählervereinigung",
        "unabhängige wählervereinigung",
        "wählergruppe",
        "unabhängige wähler",
    ),
    "Bürgerliste": ("bürgerliste", "bl", "unabhängige bürgerliste", "ubl"),
    "Volt": ("volt", "volt deutschland"),
    "PIRATEN": ("piraten", "piratenpartei", "piratenpartei deutschland"),
    "ÖDP": ("ödp", "oedp", "ökologisch-demokratische partei"),
    "BSW": ("bsw", "bündnis sahra wagenknecht"),
    "Bündnis Deutschland": ("bündnis deutschland",),
    "ÖkoLinX": ("ökolinx", "ökolinx-arl", "ökolinx-antirassistische liste"),
    "PARTEI": ("die partei", "partei"),
    "Tierschutzpartei": (
        "tierschutzpartei",
        "partei mensch umwelt tierschutz",
        "mensch umwelt tierschutz",
    ),
    "Familienpartei": ("familienpartei", "familien-partei", "familienpartei deutschlands"),
    "pro NRW": ("pro nrw", "bürgerbewegung pro nrw"),
    "pro Köln": ("pro köln", "bürgerbewegung pro köln"),
    "NPD": ("npd", "die heimat"),
    "REP": ("rep", "republikaner", "die republikaner"),
    "DKP": ("dkp",),
    "MLPD": ("mlpd",),
    "Zentrum": ("zentrum", "deutsche zentrumspartei"),
    "SSW": ("ssw", "südschleswigscher wählerverband"),
    "Bayernpartei": ("bayernpartei", "bp"),
    "dieBasis": ("diebasis", "die basis"),
    "PdH": ("pdh", "partei der humanisten", "die humanisten"),
    "Klimaliste": ("klimaliste",),
    "WIR": ("wir",),
}

_PARTY_BY_ALIAS: Final[Mapping[str, str]] = {
    alias: party for party, aliases in PARTY_ALIASES.items() for alias in aliases
}
_GROUP_WORD: Final = (
    r"(?:^|\s|-)(?:fraktion|fraktionen|gruppe|ratsgruppe|ratsfraktion|stadtratsfraktion"
    r"|kreistagsfraktion|bezirksfraktion|gemeinderatsfraktion)(?=\s|$|-)"
)
_GROUP_WORDS: Final = re.compile(_GROUP_WORD + r"|^(?:der|die|des)\s+")
# Only the Fraktion/Gruppe words: "Die Basis-Fraktion" is the party "Die Basis"
_GROUP_WORDS_ONLY: Final = re.compile(_GROUP_WORD)
# Local suffixes after a party name: "Die Linke.Köln", "DIE LINKE.LEV", "Grüne Köln".
_LOCAL_SUFFIX: Final = re.compile(r"(?<=\.)[a-zäöüß]+$")


_AROUND_SLASH: Final = re.compile(r" ?/ ?")


@cached_lookup
def party_key(name: str) -> str:
    """Fold a group name for the alias table: drop Fraktion/Gruppe words and leading articles,
    and the spaces around a slash (``Bündnis 90 / Die Grünen``)."""
    k = _AROUND_SLASH.sub("/", key(name))
    k = _GROUP_WORDS.sub(" ", k)
    return " ".join(k.replace(" -", " ").split()).strip(" -")


_ARTICLES: Final = re.compile(r"\b(?:der|die|des|den)\s+")


def _party_candidates(name: str) -> Iterator[str]:
    raw = _AROUND_SLASH.sub("/", key(name))
    folded = party_key(name)
    with_article = " ".join(_GROUP_WORDS_ONLY.sub(" ", raw).replace(" -", " ").split()).strip(" -")
    for k in (
        raw,
        folded,
        _ARTICLES.sub("", folded).strip(),
        party_key(_ARTICLES.sub("", raw)),
        with_article,
    ):
        yield k
        yield k.rstrip(".")
        yield _LOCAL_SUFFIX.sub("", k).rstrip(".")
        if " " in k:  # a town after the party: "Grüne Köln"
            yield k.rsplit(" ", 1)[0]


_JOINT_NAME: Final = 40
"""The longest joint group's name read part by part (``UWG/Die Aktive``)."""


@cached_lookup
def party_of(name: str) -> str | None:
    """The canonical party of a group name, or None when it is not a known party. A joint
    group's name of one party and a local list (``UWG/Die Aktive``, ``WNK/UWG``) is that
    party's; one of two parties (``CDU/FDP``) is none."""
    for cand in _party_candidates(name):
        if cand in _PARTY_BY_ALIAS:
            return _PARTY_BY_ALIAS[cand]
    parts = name.split("/")
    # (a name, not a stretch of a sentence: short, each part of a few words)
    if len(parts) > 1 and len(name) <= _JOINT_NAME and all(len(p.split()) <= 3 for p in parts):
        parties = {party_of(part) for part in parts if part.strip()}
        if len(parties - {None}) == 1 and len(parties) == 2:
            return next(p for p in parties if p is not None)
    return None


# Words that say a name is a group's: a Fraktion, a Gruppe, a list, voters' association, a party
# (in any compound: `Ratsfraktion`, `Klimaliste`, `Wählergemeinschaft`, `Tierschutzpartei`).
GROUP_KIND_WORDS: Final[tuple[str, ...]] = ("fraktion", "gruppe", "liste", "wähler", "partei")

# Lower-case words a group's name may open with: articles, and the members without a group
# (`fraktionslos`, kept as written in a list). A name that opens with any other lower-case word
# that is no party (`dagegen`, `s. u.`, `stellt einen Antrag`) is a word of the sentence.
LOWER_CASE_NAME_OPENINGS: Final[tuple[str, ...]] = (
    *("der", "die", "das", "den", "dem", "des"),
    *("fraktionslos", "fraktionslose", "fraktionslosen", "fraktionsloser"),
    *("parteilos", "parteilose", "parteilosen", "parteiloser"),
)

# What a group's name in a list of sides may end with when its members voted both ways ("dagegen:
# Freie Wähler; CDU-Fraktion uneinheitlich"): the group is on no side.
SPLIT_VOTE_WORDS: Final[frozenset[str]] = frozenset(
    {"uneinheitlich", "gespalten", "geteilt", "unterschiedlich", "teilweise"}
)

# Members who vote in no group: a row of a vote table by groups that counts, but names none.
UNAFFILIATED: Final[frozenset[str]] = frozenset(
    {
        *("fraktionslos", "fraktionslose", "fraktionsloser", "parteilos", "parteilose"),
        *("einzelbewerber", "einzelbewerberin", "einzelbewerber/in", "einzelbewerber*in"),
        *("einzelmitglied", "einzelmitglieder", "einzelvertreter", "einzelvertreterin"),
        *("gruppenlos", "gruppenlose", "ohne fraktion", "ohne fraktionszugehörigkeit"),
    }
)

_INITIALISM: Final = re.compile(r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü]?[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,3}")


@cached_lookup
def names_a_group(name: str) -> bool:
    """Whether a name says by itself that it is a group's (or a member's): a known party, a
    person's title, a word for a kind of group in its first word (``Fraktion Die Linke``,
    ``CDU-Fraktion``, ``Klimaliste Marburg``), or a first word in capitals (``OP``, ``BfM``).
    ``die beabsichtigte Änderung`` does not."""
    if party_of(name) is not None or is_person(name):
        return True
    words = _ARTICLES.sub("", key(name)).split()
    if not words:
        return False
    if any(kind in words[0] for kind in GROUP_KIND_WORDS):
        return True
    first = re.split(r"[\s/-]+", _ARTICLES.sub("", name.strip()), maxsplit=1)[0]
    return _INITIALISM.fullmatch(first) is not None


def heads_a_group_column(name: str) -> bool:
    """Whether a column head of a vote table by groups names a group: as :func:`names_a_group`
    does, or by a word for a kind of group anywhere in it (``Hattinger Wählergemeinschaft``,
    ``Freie Bürgerliste``), where the row of heads already names parties."""
    if names_a_group(name):
        return True
    return any(kind in word for word in key(name).split() for kind in GROUP_KIND_WORDS)


@cached_lookup
def may_open_a_name(name: str) -> bool:
    """Whether a name opens as a group's or a person's can: with a capital, a digit, or one of
    :data:`LOWER_CASE_NAME_OPENINGS` (``pro NRW`` and other parties are known by
    :func:`party_of`)."""
    words = name.split(maxsplit=1)
    if not words:
        return False
    return not words[0][:1].islower() or words[0].rstrip(".,") in LOWER_CASE_NAME_OPENINGS


# What a decided text does: the verbs (and their infinitives and participles) of its acts. The
# decided text's outcome is what all its acts agree on; an approving act beside taking note
# approves ("nimmt den Bericht zur Kenntnis und bewilligt die Mittel").
ACTS: Final[Mapping[str, Outcome]] = {
    # approving acts
    **{
        verb: "approved"
        for verb in (
            "bewilligt",
            "beauftragt",
            "ermächtigt",
            "empfiehlt",
            "empfehlen",
            "genehmigt",
            "billigt",
            "gebilligt",
            "erteilt",
            "wählt",
            "gewählt",
            "bestellt",
            "benennt",
            "erlässt",
            "verabschiedet",
            "zugestimmt",
            "zuzustimmen",
            "stimmt",
            "fordert",
            "bittet",
            "ersucht",
            "unterstützt",
            "gewährt",
            "vergibt",
            "vergab",
            "überträgt",
            "beitritt",
            "tritt",
            "aufgehoben",
            "hebt",
            "festgesetzt",
            "setzt",
            "beschlossen",
            "angenommen",
            "übernimmt",
            "spricht",
            "beschließt",
            "beschließen",
            "beschloss",
        )
    },
    # the proposal approved with changes made in the meeting
    **{
        phrase: "approved_amended"
        for phrase in (
            "geänderter beschlussvorschlag",
            "geänderte beschlussempfehlung",
            "in geänderter fassung",
            "in der geänderten fassung",
            "in geänderter form",
            "in der angepassten fassung",
        )
    },
    # rejecting the motion
    "abgelehnt": "rejected",
    "abzulehnen": "rejected",
    "lehnt": "rejected",
    "lehnen": "rejected",
    "nicht zugestimmt": "rejected",
    "nicht zuzustimmen": "rejected",
    "nicht stattgegeben": "rejected",
    "nicht entsprochen": "rejected",  # "Dem Einwohnerantrag wird nicht entsprochen."
    # (with a modal verb: "Der Beirat kann dem Bürgerantrag … nicht entsprechen.")
    "nicht entsprechen": "rejected",
    "nicht gefolgt": "rejected",  # "Der Anregung wird nicht gefolgt."
    "nicht abgeholfen": "rejected",
    # ... framed: "beschließt, der Anregung nicht zu folgen", "… dem Antrag nicht zu entsprechen"
    "nicht zu folgen": "rejected",
    "nicht zu entsprechen": "rejected",
    "nicht abzuhelfen": "rejected",
    # an objection or a request turned away ("Der Einspruch … wird als unbegründet
    # zurückgewiesen.", "… beschließt, den Widerspruch zurückzuweisen")
    "zurückgewiesen": "rejected",
    "zurückzuweisen": "rejected",
    # taking note
    "kenntnis": "noted",
    "zustimmend zur kenntnis": "approved",  # taking note with assent: approving
    "befürwortend zur kenntnis": "approved",
    "kenntnisnahme": "noted",
    "beantwortet": "noted",  # a question or motion answered
    # postponing
    "vertagt": "postponed",
    "vertagen": "postponed",
    "zurückgestellt": "postponed",
    "zurückzustellen": "postponed",
    "in die fraktionen gezogen": "postponed",
    "in die fraktion gezogen": "postponed",
    "abgesetzt": "postponed",
    "abzusetzen": "postponed",
    # referring
    "verwiesen": "referred",
    "verweist": "referred",
    "verwies": "referred",
    "überwies": "referred",
    "verweisen": "referred",
    "überwiesen": "referred",
    "überweist": "referred",
    "überweisen": "referred",
    # sending back to where the paper came from ("wird … an den Ortsbeirat zurückverwiesen")
    "zurückverwiesen": "referred",
    "zurückverweist": "referred",
    "zurückverweisen": "referred",
    "zurückzuverweisen": "referred",
    # passing it on without a recommendation of this body ("leitet die Drucksache ohne
    # Beschlussempfehlung an den Stadtrat weiter")
    "ohne beschlussempfehlung": "referred",
    "ohne empfehlung": "referred",
    "ohne votum": "referred",
    # withdrawing
    "zurückgezogen": "withdrawn",
    "zurückzuziehen": "withdrawn",
    "zurückgenommen": "withdrawn",
    "zurückzieht": "withdrawn",  # "teilt mit, dass die Fraktion den Antrag zurückzieht"
    **{phrase: "withdrawn" for phrase in WITHDRAWING},
    # settling otherwise ("erklärt den Antrag für erledigt", "… wird für erledigt erklärt";
    # "beschließt, sich mit dem Antrag nicht zu befassen", the Nichtbefassung)
    "für erledigt": "other",
    # settled by something else ("Der Antrag ist durch den Beschluss zu TOP 11 erledigt", "…,
    # dass sich der Antrag durch die Beschlussfassung zu TOP 5 erledigt hat"; _SETTLED_THROUGH)
    "erledigt": "other",
    "nicht zu befassen": "other",
    "befasst sich nicht": "other",  # "Der Stadtrat befasst sich nicht mit dem Antrag A0789/23."
}

_ACT_RE: Final = re.compile(r"(?<![\w-])" + alternation(ACTS) + r"(?![\w-])")
_SETTLED_THROUGH: Final = re.compile(
    # (a number's full stops go on: "durch die Beschlussfassung zu TOP 1.4 (Drucksachen-Nr.
    # 2310877) erledigt")
    r"\b(?:durch|sich)\b(?:[^.]|\.(?=[ ]?[0-9])){0,200}\berledigt\b"
    # (or a motion settled by what went before: "stellt fest, dass der Antrag damit erledigt
    # ist")
    r"|\b(?:antrag|anträge|anliegen)\b[^.]{0,40}\bdamit\b[^.]{0,40}\berledigt\b"
)
_INSTRUCTING: Final = frozenset({"beauftragt", "bittet", "ersucht", "fordert"})
"""Acts that instruct the administration: beside a referral or a postponement they prepare it,
beside a refusal they say what is done instead."""
_SERVED_BY_INSTRUCTION: Final = frozenset({"referred", "postponed", "rejected"})
_PERMIT_WORDS: Final = ("einvernehmen", "befreiung", "bauantrag", "bauvoranfrage", "vorbescheid")
"""Words of an application to build that the body decides on (Baugesetzbuch § 36, § 31)."""


_FRAMES: Final = frozenset(
    {"beschließt", "beschließen", "beschloss", "beschlossen", "empfiehlt", "empfehlen"}
)
"""Verbs that frame another act (``Der Rat beschließt, den Antrag abzulehnen``, ``Der
Kreisausschuss empfiehlt dem Kreistag, den Antrag abzulehnen``)."""
_FRAMED: Final = (
    "abzulehnen",
    "zu vertagen",
    "zurückzustellen",
    "abzusetzen",
    "zu verweisen",
    "zu überweisen",
    "zurückzuverweisen",
    "zurückzuziehen",
    "nicht zuzustimmen",
    "nicht zu befassen",
    "nicht zu folgen",
    "nicht zu entsprechen",
    "nicht abzuhelfen",
)
"""The acts a framing verb gives (``beschließt, … abzulehnen``)."""
_INFINITIVES: Final = re.compile(r"\b" + alternation(_FRAMED) + r"\b")
# (a few words may stand between the verb and its colon, how the vote went among them:
# "beschließt einstimmig:", "beschließt nach kurzer Aussprache mehrheitlich:")
_FRAME_COLON: Final = re.compile(
    r"\b(?:beschließt|beschließen|beschloss)(?:[ ]+[^\s:.,;]+){0,4}?[ ]*:"
)
_FRAME_ENDS: Final = re.compile(
    r"(?i:beschließt|beschließen|beschloss)(?:[ ]+[^\s:.,;]+){0,4}?[ ]*:[ ]*\Z"
)
"""A part of a decided text that ends framing the acts below it (``Die Stadtverordnetenversammlung
beschließt:`` over the clauses)."""


def _keys_of(part: str) -> list[str]:
    """The sentence keys of one part of a decided text; a last sentence that only frames the
    acts below it (``… beschließt:``) as an empty key: a sentence with no act of its own."""
    keys = [_separable_read(k) for k in _sentence_keys(part) if k]
    if keys and _FRAME_ENDS.search(part) is not None:
        words = _ACT_RE.findall(keys[-1])
        # (a frame that says the text was changed keeps its say: "Beschluss (in der … geänderten
        # Fassung): Die Stadtverordnetenversammlung beschließt:")
        if words and all(w in _FRAMES for w in words) and not _changed(keys[-1], True):
            keys[-1] = ""
    return keys


# "Auf die Stellungnahme wird verwiesen", "verweist auf seine Ausführungen", "verwiesen die
# Gegner vor allem auf …": a reference to a text, not a referral ("Auf Antrag der X verweist der
# Rat …", "Auf Vorschlag des Vorsitzenden wird der Antrag … verwiesen" are one)
_POINTS_TO: Final = re.compile(
    r"\bauf\b(?! (?:antrag|vorschlag|anregung|empfehlung|bitte|wunsch)\b)[^!?]{0,160}?"
    r"\b(?:verwiesen|verweist|verwies)\b|\b(?:verweist|verwiesen|verwies)\s+"
    # (who points, a few words between, none the referral's "an" or "in": "In der Debatte
    # verwiesen die Gegner des Antrags vor allem auf die Sorgen …")
    r"(?:(?!(?:an|in|ins|zur|zum|am)\s)[^\s.;:!?]+\s+){0,6}?(?:dar)?auf\b"
)


def points_to(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` (``verwiesen``) points to a text rather than
    refers the matter (``Auf die Ausführungen wird verwiesen``, ``Andere verwiesen auf die
    Erfahrungen``); the search is bounded around the word."""
    low = text[max(0, start - _POINT_REACH) : end + _POINT_REACH].lower()
    at = start - max(0, start - _POINT_REACH)
    return _may_point(low) and any(m.start() <= at < m.end() for m in _POINTS_TO.finditer(low))


_POINT_REACH: Final = 200


def _may_point(k: str) -> bool:
    """Whether the sentence key ``k`` may hold a pointer to a text (every one of
    :data:`_POINTS_TO` holds one of these words; speed: "verw" alone is in "verwaltung")."""
    return "verwies" in k or "verweist" in k


# "der Beschlussvorschlag mit folgender Änderung": the proposal changed in the meeting. Every
# branch holds one of _CHANGED_WORDS (a quick test first: speed).
_CHANGED_WORDS: Final = (
    "änderung",
    "ergänzung",
    "ersetzung",
    "maßgabe",
    "unter ",
    "in der sitzung ",
    "entsprechend ",
    "fassung",
    "so geänd",
    "so ergänzt",
    "so abgeänd",
    "geänderte",
    "ergänzte",
    "berichtigung",
)
_CHANGED_PROPOSAL: Final = re.compile(
    # the proposal, a few words on ("den Entwurf des Bebauungsplans Nr. 48 „Am Lindenhof“"; no
    # auxiliary between: another clause), adopted with a change, an addition or a proviso; not
    # "beschließt die Neufassung der Ordnung mit folgenden Änderungen", whose content is a change
    r"\b(?:vorlage|beschlussvorlage|beschlussvorschlag|beschlussantrag|vorschlag|entwurf"
    r"|satzungsentwurf|beschlussentwurf|beschlussempfehlung|verwaltungsvorlage|fassung|antrag)\b"
    # (a version's date among them: "in der Fassung des Entwurfs vom 24.09.2024 mit …")
    r"(?: (?!(?:wird|werden|wurde|wurden|ist|sind|sich)\b)"
    r"(?:nr\.|[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{2,4}|[^ .;:]+)){0,8}?"
    r" mit (?:folgender|folgenden|der|den|einer) "
    r"(?:änderung(?:en)?|ergänzung(?:en)?|maßgabe)\b"
    # the decision reported as taken with changes: "… wird mit folgender Ergänzung beschlossen",
    # "… wird mit der Maßgabe beschlossen, dass …"
    # (whose change it is between: "… mit der Maßgabe des Antrages NR 812 angenommen")
    r"|\bmit (?:folgender|folgenden|der) (?:änderung|ergänzung|maßgabe)(?:en)? (?:[^ .;:]+ ){0,5}?"
    # (or recommended so: "empfiehlt …, den Antrag mit folgenden Änderungen anzunehmen:")
    r"(?:beschlossen|angenommen|zugestimmt|empfohlen|anzunehmen|zuzustimmen|zu beschließen)\b"
    # "in der durch den Änderungsantrag der CDU-Fraktion (Drs. 21-4512.1) geänderten Fassung"
    r"|\bin der (?:durch|vom|von|im|in der) [^;:!?]{1,160}? (?:geänderten|ergänzten|abgeänderten)"
    r" fassung\b"
    # consent given with a change: "Der Beirat stimmt der Entwurfsplanung mit folgender
    # Änderung zu: …", "… stimmen dem Antrag mit der Maßgabe zu, dass …"
    r"|\bstimm(?:t|en) (?:der|dem|den) (?:[^ .;:]+ ){1,8}?mit (?:folgender|folgenden|der|den) "
    r"(?:änderung|ergänzung|maßgabe)"
    # "Der Stadtrat beschließt mit folgender Änderung:" (the change follows)
    # ("beschließt mit der vorgenannten Änderung:", "… mit den soeben beschlossenen Ergänzungen")
    r"|\bbeschließt mit (?:folgender|folgenden|der|den) (?:[^ .;:]+ ){0,2}?"
    r"(?:änderung|ergänzung|maßgabe)"
    # what the paper laid before the body, a few words on: "… beschließt die als Anlage 1
    # beigefügte Satzung über die Erhebung von Gebühren … mit folgender Änderung:"
    r"|\b(?:beigefügte|beigefügten|vorgelegte|vorgelegten|vorliegende|vorliegenden) "
    r"(?:[^ .;:]+ ){0,16}?mit (?:folgender|folgenden) (?:änderung|ergänzung)(?:en)?\b"
    # "Die Bezirksvertretung fasst sodann mit folgender Änderung den Beschluss:"
    r"|\bfass(?:t|en|te|ten) (?:[^ .;:]+ ){0,2}?mit (?:folgender|folgenden|der|den) "
    r"(?:änderung|ergänzung|maßgabe)"
    # "… fasst den Beschluss gemäß Vorlage 421/24 mit folgender Änderung (neue Ziffer 3):"
    r"|\bfass(?:t|en|te|ten) (?:den|folgenden) beschluss(?: (?!(?:wird|werden|wurde|wurden|ist"
    r"|sind)\b)(?:nr\.|[^ .;:]+)){0,8}? mit (?:folgender|folgenden|der|den) "
    r"(?:änderung|ergänzung|maßgabe)"
    # "… beschließt die Satzung in der Fassung der Anlage 2 mit folgender in der Sitzung
    # beantragter Änderung:": the change said to be made in the meeting
    r"|\bmit (?:folgender|folgenden|der|den) in der sitzung (?:beantragte|beschlossene"
    r"|vorgenommene|vorgetragene)[nr]? (?:änderung|ergänzung)"
    # "Die Niederschrift … wird mit der vorgenannten Berichtigung bestätigt": the minutes
    # approved as corrected in the meeting
    # (not "mit folgender Berichtigung genehmigt", as a later sitting's approval is told in a
    # footnote: "Der Stadtrat hat in seiner Sitzung am … die Niederschrift … mit folgender
    # Berichtigung genehmigt: …")
    r"|\bmit (?:der|den|diesen) (?:(?:vorgenannten|genannten|vorstehenden"
    r"|soeben|besprochenen) )?berichtigung(?:en)? (?:[^ .;:]+ ){0,3}?"
    r"(?:bestätigt|genehmigt|angenommen|beschlossen|gebilligt|festgestellt)\b"
    # "Die Gemeinderäte sind mit dem so geänderten Sitzungsplan einverstanden": consent to what
    # the meeting changed, whatever it is
    # ("… mit dem so geänderten Sitzungskalender 2025 einverstanden")
    r"|\bmit (?:dem|der|den) so (?:geänderten|ergänzten|abgeänderten) [^ .;:]+(?: [^ .;:]+){0,2}?"
    r" einverstanden\b"
    # "Der Gemeinderat ist mit dem Sitzungsplan mit diesen Änderungen einverstanden": the changes
    # just told, made in the meeting
    r"|\bmit (?:diesen|den vorgenannten|den genannten|den besprochenen|den vorstehenden)"
    r" (?:änderungen|ergänzungen|änderung|ergänzung)\b"
    # "Der so geänderte Antrag wird … angenommen": the motion as the amendment changed it
    # ("… beschloss … den wie folgt ergänzten Beschlussvorschlag:")
    r"|\b(?:so|wie folgt) (?:geänderte|ergänzte|abgeänderte)[nr]? (?:antrag|vorlage"
    r"|beschlussvorschlag|beschlussantrag|beschlussempfehlung|beschlussvorlage|fassung|text)\b"
    # "Anschließend lässt der Vorsteher über die geänderte Beschlussempfehlung abstimmen."
    r"|\büber (?:die|den|das) (?:so )?(?:geänderte|ergänzte|abgeänderte)[nr]? (?:antrag"
    r"|vorlage|beschlussvorschlag|beschlussantrag|beschlussempfehlung|beschlussvorlage|fassung"
    r"|text)\b"
    # "Der Vorlage M 45 wird in der Fassung des Antrages NR 612 zugestimmt": as a motion to
    # it changed it
    # ("… beschließt in der Fassung des gemeinsamen Änderungsantrags der Fraktionen …")
    r"|\bin der fassung (?:des|der) (?:[a-zäöüß]+en )?(?:antrage?s|ergänzungsantrage?s"
    r"|ersetzungsantrage?s"
    r"|änderungsantrage?s|änderungsanträge|anträge"
    # (Berlin's BVV: "… in der Fassung der Beschlussempfehlung angenommen", the motion as the
    # committee changed it)
    r"|beschlussempfehlung)\b"
    # "Annahme in geänderter Fassung", "Abstimmung über den Antrag in der geänderten Fassung"
    # ("… empfiehlt …, den Antrag in folgender geänderter Fassung anzunehmen:")
    r"|\bin (?:der |folgender |nachstehender )?(?:so )?"
    r"(?:geänderte[nr]|ergänzte[nr]|abgeänderte[nr]) fassung\b"
    # "In Ersetzung des Beschlussvorschlags der Verwaltung fasst der Rat folgenden Beschluss:":
    # the proposal as a motion made in the meeting replaced it
    r"|\bin ersetzung (?:des|der) (?:beschlussvorschlage?s|vorlage|beschlussvorlage"
    r"|verwaltungsvorlage|antrage?s|beschlussantrage?s)\b"
    # "geändert beschlossen; Ergänzungsantrag der SPD-Fraktion angenommen", "mit geändertem
    # Geltungsbereich beschlossen": the result reported as taken in a changed form
    r"|\b(?:geändert|ergänzt|abgeändert) (?:beschlossen|angenommen|zugestimmt|empfohlen)\b"
    r"|\bmit (?:geändertem|geänderter|geänderten|ergänztem|ergänzter|ergänzten) [^ .;:]+"
    r" (?:beschlossen|angenommen|zugestimmt|empfohlen)\b"
    # "mit den in der Sitzung beschlossenen Änderungen"
    r"|\bin der sitzung (?:beschlossenen|vorgenommenen|vereinbarten) (?:änderung|ergänzung)"
    # "unter Einbeziehung der Anmerkungen von GR X gebilligt", "in der Sitzung in einen
    # Prüfantrag umgewandelt": changed in the meeting
    r"|\bunter (?:einbeziehung|berücksichtigung) der (?:anmerkungen|hinweise|änderungen)\b"
    # "fasst unter Einbeziehung des o. g. Zusatz-/Ergänzungsantrages der Fraktion … folgenden
    # Beschluss": the motion as an amendment made in the meeting changed it
    r"|\bunter (?:einbeziehung|berücksichtigung|einarbeitung) (?:des|der) (?:[^ ;:]+ ){0,3}?"
    r"[^ .;:]*(?:änderungs|ergänzungs|zusatz)[^ .;:]*antr(?:ag|ages|ags|äge)\b"
    # (or as the adjective: "den Beschlussvorschlag mit der in der Sitzung ergänzten Ziffer 2")
    r"|\bin der sitzung (?:[^ .;:]+ ){0,5}?(?:umgewandelt|abgeändert|geändert|ergänzt)(?:e[nr]?)?\b"
    # "… dafür aus, die Abwägung entsprechend zu ändern"
    r"|\bentsprechend (?:zu )?(?:ändern|geändert|abzuändern|abgeändert|anzupassen|angepasst)\b"
)


# An act about another agenda item, named by its number ("TOP 6 wird von der Tagesordnung
# abgesetzt", "Die Tagesordnungspunkte 4, 10.1 und 10.2 … werden zurückgestellt"): a change of
# the agenda, not what this item's decided text does to its own motion. Every branch holds
# "top" or "tagesordnungspunkt" (a quick test first: speed).
_OTHER_ITEM: Final = re.compile(r"\b(?:top|tops|top'e|top’e|tagesordnungspunkte?)\s*[ön]?\s*\d")
AGENDA_MOVES: Final = frozenset({"postponed", "withdrawn", "referred"})


def moves_another_item(sentence_key: str) -> bool:
    """Whether a sentence (its :func:`key`) names another agenda item by its number, so that
    postponing, withdrawing or referring in it moves that item (:data:`AGENDA_MOVES`)."""
    return ("top" in sentence_key or "tagesordnungspunkt" in sentence_key) and (
        _OTHER_ITEM.search(sentence_key) is not None
    )


def _moves_another_item_in(k: str, words: Sequence[str]) -> bool:
    """Whether a part of the sentence ``k`` between colons names another agenda item by its
    number and moves it (one of ``words``, the sentence's act words, postpones, withdraws or
    refers there): not the item a framing names before its colon ("… hat der Stadtrat zu
    Tagesordnungspunkt 11 folgenden Beschluss gefasst: Der Antrag wird … verwiesen.")."""
    if ":" not in k:
        return moves_another_item(k)
    moving = [w for w in words if ACTS.get(w) in AGENDA_MOVES]
    return any(moves_another_item(part) and any(w in part for w in moving) for part in k.split(":"))


# The verb after an act that makes it reported speech ("informiert, dass die Vorlage
# zurückgezogen werde", "teilt mit, dass … zurückgezogen worden sei"): what someone announced,
# not what the body did.
_REPORTED: Final = frozenset(
    {"werde", "sei", "seien", "worden sei", "worden seien", "habe", "hätte", "hätten"}
)


def _reported(k: str, end: int) -> bool:
    """Whether the act word ending at ``end`` of the sentence key ``k`` is in reported speech
    (the subjunctive after it: ``zurückgezogen werde``, ``vertagt worden sei``, ``abgelehnt
    habe``)."""
    after = k[end : end + 16].replace(",", " ").replace(".", " ").split()[:2]
    return bool(after) and (after[0] in _REPORTED or " ".join(after) in _REPORTED)


# A sentence ends at ., !, ? or ; before a capital, in text whose spaces are single.
_SENTENCE_END: Final = re.compile(r"[.!?;] (?=[A-ZÄÖÜ])")


def _sentence_keys(part: str) -> Iterator[str]:
    """The :func:`key` of each sentence of ``part``. For speed, the spaces are made single and
    the letters lower-case once for the whole part; where that would not give each sentence's
    key (a ``|``, a letter whose lower case is longer), each sentence is keyed on its own."""
    single = " ".join(part.split())
    lower = single.lower()
    fast = "|" not in single and len(lower) == len(single)
    start = 0
    for m in _SENTENCE_END.finditer(single):
        end = m.start() + 1
        yield lower[start:end].strip(_KEY_ENDS) if fast else key(single[start:end])
        start = m.end()
    yield lower[start:].strip(_KEY_ENDS) if fast else key(single[start:])


def _holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``words`` anywhere (substring tests: far quicker than a
    regex's scan, so they tell first whether one is worth running)."""
    return any(w in text for w in words)


def says_changed(text: str) -> bool:
    """Whether ``text`` says the proposal was changed in the meeting (``Der so geänderte Antrag
    wird … angenommen``, ``in der durch … geänderten Fassung``)."""
    return _changed(key(text), True)


def _changed(k: str, maybe_changed: bool) -> bool:
    """Whether the sentence key ``k`` says the proposal was changed in the meeting (``mit
    folgender Änderung``); ``maybe_changed`` False where no sentence can say so."""
    if not (maybe_changed and _holds_any(k, _CHANGED_WORDS)):
        return False
    for m in _CHANGED_PROPOSAL.finditer(k):
        if m.group().startswith("entsprechend") and _RULES_CHANGED.search(
            k, max(0, m.start() - _RULES_REACH), m.start()
        ):
            continue  # "… die Parkgebührenordnung wird entsprechend geändert": what it decides
        if m.group().endswith(("zu ändern", "abzuändern", "anzupassen")) and _RULE_TO_CHANGE.search(
            k, max(0, m.start() - _RULE_OBJECT_REACH), m.start()
        ):
            # "… wird beauftragt, die Satzung über die Erhebung von Elternbeiträgen entsprechend
            # zu ändern" ("die Entgeltordnung entsprechend anzupassen"): an instruction to change
            # a rule, the proposal unchanged
            continue
        return True
    return False


_RULES_CHANGED: Final = re.compile(
    r"(?:ordnung|satzung|richtlinie|vertrag|plan|tarif|verordnung)(?:en|n|e)?\b"
    # (named in a few words: "Die Satzung über die Benutzung der Kindergärten wird entsprechend
    # geändert")
    r"[^,.;:]{0,60}? (?:wird|werden) $"
)
"""A rule, a contract or a plan (the subject of a passive) before ``entsprechend geändert``: the
decided text changes it, the proposal was not changed."""
_RULES_REACH: Final = 100
_RULE_TO_CHANGE: Final = re.compile(
    r"\b(?:die|den|das)[ ][\w-]*(?:ordnung|satzung|richtlinie|vertrag|plan|tarif|verordnung)\b"
    r"[^,.;:]{0,70}$"
)
"""A rule, a contract or a plan as the object of an instruction before ``entsprechend zu
ändern``."""
_RULE_OBJECT_REACH: Final = 100


def _acts(
    k: str, motion: str | None, framed_words: Sequence[str], maybe_changed: bool
) -> set[Outcome] | None:
    """The acts of one sentence, given as its :func:`key` and the motion it names;
    ``framed_words`` are the acts a framing verb may give that the decided text holds, and
    ``maybe_changed`` is False where no sentence can say the proposal was changed. None where
    every act of the sentence is about something else: reported speech (``… zurückgezogen
    werde``), another agenda item moved (``TOP 6 wird abgesetzt``)."""
    if _may_point(k):
        k = _POINTS_TO.sub(" ", k)
    matches = list(_ACT_RE.finditer(k))
    # an act in reported speech is an announcement: its word is left out
    words = [
        m.group()
        for m in matches
        if not (
            k.startswith((" werde", " sei", " worden", " habe", " hätte"), m.end())
            and _reported(k, m.end())
        )
    ]
    framed = any(w in _FRAMES for w in words) and (
        (_holds_any(k, framed_words) and _INFINITIVES.search(k) is not None)
        # "Der Kreistag beschließt: Der Antrag … wird … überwiesen.": the colon frames the act
        or (len(words) > 1 and _FRAME_COLON.search(k) is not None)
    )
    found: set[Outcome] = {
        ACTS[w]
        for w in words
        if not (framed and w in _FRAMES)
        # "Der Ablehnung … wird nicht gefolgt": not following a refusal refuses nothing
        and not (w == "nicht gefolgt" and "ablehnung" in k)
        # "erledigt" settles the item where something else settled it ("ist durch den Beschluss
        # zu TOP 11 erledigt"), not as a status told in a sentence ("Sache ist erledigt")
        and not (w == "erledigt" and _SETTLED_THROUGH.search(k) is None)
    }
    elsewhere = len(words) < len(matches)
    if found & AGENDA_MOVES and _moves_another_item_in(k, words):
        found -= AGENDA_MOVES
        elsewhere = True
    if elsewhere and not found:
        return None  # every act is about something else: the sentence is no part of the text
    if found == {"rejected"} and _holds_any(k, _PERMIT_WORDS):
        # "Das gemeindliche Einvernehmen nach § 36 BauGB wird nicht erteilt", "Die beantragte
        # Befreiung wird abgelehnt": the body decides on someone's application, and refusing it
        # is its decision (the conventions: the adopted proposal stays approved)
        found = {"approved"}
    if _changed(k, maybe_changed):
        found.add("approved_amended")
    # "Dem Antrag auf Vertagung wird zugestimmt": adopting a motion that ends the item
    adopted = MOTIONS.get(motion or "")
    if found == {"approved"} and adopted is not None and adopted.kind == "ends-item":
        return {adopted.outcome} if adopted.outcome else found
    return found


def _longest_word(phrase: str) -> str:
    return max(phrase.split(), key=len)


def may_do_more(parts: Iterable[str], *, amended_counts: bool) -> bool:
    """Whether :func:`act_of` may find that the decided text ``parts`` does more than approve
    (rejects, takes note, postpones, refers, withdraws; or, where ``amended_counts``, approves
    with changes): False only where none of the words such an act needs stands in the text,
    in any case (a few substring tests where act_of reads every sentence; speed)."""
    low = "\n".join(parts).lower()
    return (
        _holds_any(low, _ENDING_WORDS)
        or (_holds_any(low, _PARTICLES) and _SEPARABLE_RE.search(low) is not None)
    ) or (amended_counts and _holds_any(low, _AMENDING_WORDS))


# Separable verbs: the stem stands second, its particle at the end of the clause ("Der Ausschuss
# stellt die Behandlung der Stellungnahmen zurück, bis …"). The pair is the act its participle
# names (ACTS), and is read as that word where the particle stands.
SEPARABLE: Final[Mapping[tuple[str, str], str]] = {
    **{(stem, "zurück"): "zurückgestellt" for stem in ("stellt", "stellen")},
    **{(stem, "zurück"): "zurückgezogen" for stem in ("zieht", "ziehen", "nimmt", "nehmen")},
    **{(stem, "ab"): "abgesetzt" for stem in ("setzt", "setzen")},
    **{(stem, "zurück"): "abgelehnt" for stem in ("weist", "weisen")},
    # the past of a report too ("Der Gemeinderat stimmte der Satzung bei zwei Gegenstimmen zu")
    **{(stem, "zu"): "zugestimmt" for stem in ("stimmt", "stimmen", "stimmte", "stimmten")},
    **{(stem, "ab"): "abgelehnt" for stem in ("lehnt", "lehnen", "lehnte", "lehnten")},
}
_PARTICLE_ENDS: Final = r"(?=[ ]*(?:[,;.!?)\n]|$)|[ ](?:und|bis|weil|da)\b)"
"""After a separable verb's particle: the clause ends (``zurück, bis …``, ``ab und …``); ``ab
dem 1. Januar`` is no particle."""


_SEPARABLE_RE: Final = re.compile(
    r"\b(" + alternation({stem for stem, _ in SEPARABLE}) + r")\b"
    # the clause between the stem and its particle: no sentence or clause end (linear: the gap
    # is bounded)
    r"[^.;:!?]{1,160}?\b("
    + alternation({particle for _, particle in SEPARABLE})
    + r")"
    # the particle ends the clause ("zurück, bis …", "ab und …"); "ab dem 1. Januar" is no
    # particle
    + _PARTICLE_ENDS
)


@functools.lru_cache(maxsize=16)
def _particle_after(particle: str) -> re.Pattern[str]:
    # (a full stop ends it only where a sentence begins after it: "Nr.: 2025/0561", "Die
    # Linke.)" go on)
    gap = r"(?:[^.;!?]|\.(?![ ]*(?:\n|$)|[ ]+[A-ZÄÖÜ]))"
    return re.compile(rf"{gap}{{0,300}}?(?<!\w)(?i:{re.escape(particle)}){_PARTICLE_ENDS}")


def particle_follows(text: str, pos: int, particle: str) -> bool:
    """Whether ``particle`` ends the clause that goes on at ``pos`` in ``text`` (``Der Rat lehnt``
    | ``den Antrag mit 12 Stimmen ab.``); the search is bounded (linear)."""
    return _particle_after(particle).match(text, pos) is not None


_PARTICLES: Final = tuple(sorted({" " + particle for _, particle in SEPARABLE}))
"""Each particle as a word: every separable verb holds one (quick substring tests)."""


def _separable_read(k: str) -> str:
    """The sentence key ``k`` with each separable verb read as the participle of the act it
    makes (:data:`SEPARABLE`): ``stellt … zurück`` as ``STELLT … zurückgestellt``."""
    if not _holds_any(k, _PARTICLES):
        return k  # speed: no particle, no pair

    def participle(m: re.Match[str]) -> str:
        act = SEPARABLE.get((m.group(1), m.group(2)))
        if act is None:
            return m.group()
        # the stem in capitals is no act of its own ("setzt" alone approves: "setzt … fest")
        return m.group(1).upper() + m.group()[m.end(1) - m.start() : m.start(2) - m.start()] + act

    return _SEPARABLE_RE.sub(participle, k)


def _only_instructs(found: Sequence[re.Match[str]], first: int, end: int) -> bool:
    """Whether the act words ``found[first:]`` that start before ``end`` (one sentence's) are
    all words that instruct; read up to the sentence's end only (linear over a text of many
    sentences)."""
    i = first
    while i < len(found) and found[i].start() < end:
        if found[i].group() not in _INSTRUCTING:
            return False
        i += 1
    return True


_STANCE: Final = re.compile(
    # (in the past too, several groups named: "Die Fraktionen von AfD und FDP sowie die Freien
    # Wähler lehnten die Vorlage ab.")
    # (a word's length bounded: a run of thousands of letters was tried from each of them)
    r"(?i:die|der)[ ](?:[\w./-]{0,40}-)?(?:fraktion|gruppe)(?:en)?[ ](?:[\w./-]+[ ]){0,8}?"
    r"(?i:lehnt|lehnen|lehnte|lehnten|stimmt|stimmen|stimmte|stimmten|befürwortet|befürworten"
    r"|befürwortete|befürworteten|unterstützt|unterstützen)\b"
    # (or a member speaking: "Ortsratsmitglied Frau Gieseke bedauert dies und bittet, die
    # Maßnahme erneut zu prüfen.")
    r"|(?i:[\w-]{0,40}(?:mitglied|rat|rätin|verordneter?|vertreter|vertreterin)[ ])?"
    r"(?i:herr|frau)[ ](?:(?i:dr|prof)\.[ ])?[\w-]+(?:[ ][\w-]+)?[ ](?:\([^()]{1,40}\)[ ])?"
    r"(?i:bittet|regt|fragt|schlägt|erklärt|kündigt|bedauert|betont|weist|spricht|begrüßt"
    r"|kritisiert|fordert|möchte|wünscht|sagt|sagte|erläutert|teilt|antwortet|berichtet)\b"
)
"""A sentence in which a group takes its stance (``Die AfD-Fraktion lehnt den Antrag ab.``, ``Die
Fraktion der SPD stimmt dem Antrag zu.``), or a member speaks (``Frau Gieseke bittet, die
Maßnahme zu prüfen.``, ``Herr Sander sagt eine Prüfung zu.``): the debate, not the body's
decision."""


MOVED: Final = re.compile(
    r"\bbeantrag(?:t|te|ten)\b|(?<!\bzu )\bbeantragen\b|\bstell(?:t|te|en|ten) den antrag\b"
)
"""A member's or a group's motion (``Stv. Merten beantragt namens ihrer Fraktion, die Beratung
zu vertagen``, ``Die SPD stellt den Antrag, …``), in a sentence's key: a request, which only the
vote on it makes an act; not what someone is to apply for (``… Fördermittel zu beantragen``)."""
_MOTION_FAILED: Final = re.compile(
    r"\b(?:fand|findet|erhielt|erhält) keine mehrheit\b|\bscheiterte\b|\bgescheitert\b"
    r"|\b(?:wurde|wird|ist) (?:\w+ ){0,3}?(?:abgelehnt|nicht angenommen)\b"
)
"""A motion's failure told in its sentence (``… fand keine Mehrheit``, ``… wurde mehrheitlich
abgelehnt``)."""


def act_of(parts: Iterable[str]) -> Outcome | None:
    """What a decided text (its preamble and clauses, ``parts``) does, by its acts
    (:data:`ACTS`): their one outcome; any one other act beside taking note gives that act;
    granting one thing beside refusing another grants (in part); a
    change made in the meeting beside approving approves with changes; a referral or a
    postponement beside one sentence that instructs the administration gives the referral or
    postponement; any other mix says nothing (None). Taking note is the text's outcome only
    where every sentence of it takes note: a sentence that does
    something else (``Eine Änderung ist nicht veranlasst.``) makes it a decision of its own. A
    verb that frames another act (``beschließt, … abzulehnen``) and a pointer to a text (``auf …
    wird verwiesen``) are no acts of their own; a sentence about a motion on procedure (a secret
    ballot), and one whose acts are all about something else (reported speech: ``teilt mit, dass
    die Vorlage zurückgezogen werde``; another agenda item moved: ``TOP 6 wird abgesetzt``), is
    left out."""
    keys = [k for part in parts for k in _keys_of(part)]
    # Substring tests on all sentences at once tell which words are worth a regex's scan in
    # each (speed): a sentence can name a motion only if it holds a motion's words.
    whole = "\n".join(keys)
    motions = [m for m in MOTIONS if m in whole]
    framed_words = [w for w in _FRAMED if w in whole]
    changed = _holds_any(whole, _CHANGED_WORDS)
    # The act words of all sentences in one scan (no match reaches across the line break that
    # joins two): a sentence without one, most of them, has no act but a change (speed).
    found_acts = list(_ACT_RE.finditer(whole))
    acted = [m.start() for m in found_acts]
    next_act = 0
    at = 0  # where the sentence begins in ``whole``
    per_sentence: list[set[Outcome]] = []
    instructing = False  # a sentence that only instructs ("Die Verwaltung wird beauftragt, …")
    granting = False  # a sentence that approves outright ("Der Vorlage M 23 wird zugestimmt.")
    for k in keys:
        end = at + len(k)
        while next_act < len(acted) and acted[next_act] < at:
            next_act += 1
        has_act = next_act < len(acted) and acted[next_act] < end
        at = end + 1
        if has_act and _STANCE.match(k) is not None:
            continue  # "Die AfD-Fraktion lehnt den Antrag ab.": a group's stance in the debate
        motion = _motion_in_key(k) if _holds_any(k, motions) else None
        # a sentence about a motion on procedure records an inner vote, not the decision
        if motion is not None and MOTIONS[motion].kind == "procedure":
            continue
        if not has_act and not _may_point(k):  # what _acts finds in a sentence without an act
            per_sentence.append({"approved_amended"} if _changed(k, changed) else set())
            continue
        acts = _acts(k, motion, framed_words, changed)
        if acts == {"rejected"} and motion is not None and MOTIONS[motion].kind == "amendment":
            continue  # "Der Kreistag lehnt den Änderungsantrag der SPD ab": an inner decision
        if (
            motion is not None
            and MOTIONS[motion].kind == "ends-item"
            and (_MOTION_FAILED.search(k) is not None or MOVED.search(k) is not None)
        ):
            # "Ein Antrag der SPD, die Vorlage in den Ausschuss zu überweisen, fand keine
            # Mehrheit.": the item went on; an inner decision (and one moved is no act yet)
            continue
        if acts == {"approved"} and _ALREADY.search(k) is not None:
            continue  # "… dass der Stadtrat … bereits beschlossen hat, …": told, not done here
        if _PLUPERFECT_ACT.search(k) is not None:
            continue  # "Der Ortsbeirat hatte am 10.06.2024 … die Umbenennung abgelehnt.": the past
        if acts is not None:
            per_sentence.append(acts)
            if acts == {"approved"}:
                only = _only_instructs(found_acts, next_act, end)
                instructing = instructing or only
                granting = granting or not only
    found: set[Outcome] = set().union(*per_sentence) if per_sentence else set()
    served = found - {"approved", "noted"}
    if instructing and len(served) == 1 and served <= _SERVED_BY_INSTRUCTION:
        # "Der Antrag wird an den Ausschuss verwiesen. Die Verwaltung wird beauftragt, bis
        # dahin die Kosten darzustellen.": the instruction serves the referral; "Dem Antrag der
        # Anlieger kann nicht entsprochen werden. Die Verwaltung wird beauftragt, …": what is
        # done instead of what was asked (taking note of the request beside it says no more)
        approving = [acts for acts in per_sentence if "approved" in acts]
        if len(approving) == 1:
            return served.pop()
    if found == {"noted"} and any(not acts for acts in per_sentence):
        return "approved"
    if "approved_amended" in found and found <= {"approved", "approved_amended", "noted"}:
        return "approved_amended"
    if len(found) == 1:
        return found.pop()
    if found - {"noted"} == {"approved", "other"} and granting:
        # adopting the item and declaring another motion settled by it ("Der Vorlage M 23 wird
        # zugestimmt. … Die Vorlage NR 812 wird im Hinblick auf die Vorlage M 23 für erledigt
        # erklärt."): the item is adopted (taking note beside says no more)
        return "approved"
    if found == {"approved", "rejected"} and (granting or not instructing):
        # granting one thing and refusing another ("Der Befreiung A wird zugestimmt; der
        # Befreiung B wird nicht zugestimmt."): a decision that grants, in part (also where it
        # instructs the administration beside: "… werden folgende Zuwendungen bewilligt:" / "Die
        # Förderanträge … werden abgelehnt." / "Der Amtsleiter wird beauftragt, …")
        return "approved"
    if len(found) == 2 and "noted" in found:
        # taking note beside one other act: that act ("… und bewilligt die Mittel", "nimmt
        # die Anregung zur Kenntnis. Der Anregung kann nicht entsprochen werden.", "nimmt von
        # der Anordnung Kenntnis und erklärt den Antrag für erledigt")
        return (found - {"noted"}).pop()
    return None


_ALREADY: Final = re.compile(
    r"\bbereits\b[^.;]{0,120}?\b(?:beschlossen|zugestimmt|genehmigt|gebilligt|bewilligt)\b"
)
"""An approval a sentence tells as given already (``… bereits beschlossen hat``), in a key."""
_PLUPERFECT_ACT: Final = re.compile(
    # (a date's or a tally's marks within: "am 10.06.2024 mit 3 : 2 Stimmen")
    r"\bhatten?\b(?:[^.;:]|(?<=[0-9])[ ]?[.:](?=[ ]?[0-9])){0,200}?"
    r"\b(?:beschlossen|zugestimmt|genehmigt|gebilligt|bewilligt"
    r"|abgelehnt|vertagt|zurückgestellt|verwiesen|kenntnis[ ]genommen)\b"
)
"""An act a sentence tells in the pluperfect (``… hatte am 10.06.2024 mit 3 : 2 Stimmen die
Umbenennung abgelehnt``), before this text's decision: no act of its own, in a key (not a
recommendation told so, which the text may follow: ``… hatte empfohlen, den Antrag … zu
verweisen. Der Verbandsgemeinderat folgte dieser Empfehlung``)."""


# What a vote is about, where it is not the item itself: a motion on procedure or an amendment
# (inner votes of an item), or a motion that ends the item when it is adopted.

MotionKind = Literal["procedure", "amendment", "ends-item"]


class Motion(NamedTuple):
    kind: MotionKind
    outcome: Outcome | None = None
    """For a motion that ends the item: what adopting it makes of the item."""


MOTIONS: Final[Mapping[str, Motion]] = {
    # on procedure: they never decide the item
    "geschäftsordnungsantrag": Motion("procedure"),
    "antrag zur geschäftsordnung": Motion("procedure"),
    "go-antrag": Motion("procedure"),
    "schluss der debatte": Motion("procedure"),
    "schluss der aussprache": Motion("procedure"),
    "schluss der rednerliste": Motion("procedure"),
    "schluss der beratung": Motion("procedure"),
    "sofortige abstimmung": Motion("procedure"),
    "namentliche abstimmung": Motion("procedure"),
    "geheime abstimmung": Motion("procedure"),
    # (the body's decision on how to vote: "beschließt einstimmig, über den Antrag namentlich
    # abzustimmen", "…, die Wahl offen durchzuführen" is an election's, not this)
    "namentlich abzustimmen": Motion("procedure"),
    "geheim abzustimmen": Motion("procedure"),
    "offen abzustimmen": Motion("procedure"),
    "en bloc abzustimmen": Motion("procedure"),
    "dringlichkeit": Motion("procedure"),
    "rederecht": Motion("procedure"),
    "sitzungsunterbrechung": Motion("procedure"),
    # whether to debate a report at all ("Abstimmung über den Antrag auf Aussprache:")
    "antrag auf aussprache": Motion("procedure"),
    "antrag auf durchführung einer aussprache": Motion("procedure"),
    # amendments: the item is decided by the vote after them
    "änderungsantrag": Motion("amendment"),
    "änderungsanträge": Motion("amendment"),
    "ergänzungsantrag": Motion("amendment"),
    "ergänzungsanträge": Motion("amendment"),
    "zusatzantrag": Motion("amendment"),
    "zusatzanträge": Motion("amendment"),
    "ersetzungsantrag": Motion("amendment"),
    # (one that strikes a part: "Der Streichungsantrag der SPD-Fraktion wird … abgelehnt.")
    "streichungsantrag": Motion("amendment"),
    "streichungsanträge": Motion("amendment"),
    "änderungsliste": Motion("amendment"),
    "änderungsvorschlag": Motion("amendment"),
    # ending the item when adopted
    "vertagung": Motion("ends-item", "postponed"),
    "vertagungsantrag": Motion("ends-item", "postponed"),
    "zurückstellungsantrag": Motion("ends-item", "postponed"),
    "absetzungsantrag": Motion("ends-item", "postponed"),
    "verweisungsantrag": Motion("ends-item", "referred"),
    "überweisungsantrag": Motion("ends-item", "referred"),
    "zu vertagen": Motion("ends-item", "postponed"),
    "zu verschieben": Motion("ends-item", "postponed"),
    "nachzuholen": Motion("ends-item", "postponed"),
    "verschoben werden": Motion("ends-item", "postponed"),
    "zurückstellung": Motion("ends-item", "postponed"),
    "zurückzustellen": Motion("ends-item", "postponed"),
    "absetzung": Motion("ends-item", "postponed"),
    "abzusetzen": Motion("ends-item", "postponed"),
    "verweisung": Motion("ends-item", "referred"),
    "zu verweisen": Motion("ends-item", "referred"),
    "überweisung": Motion("ends-item", "referred"),
    "zu überweisen": Motion("ends-item", "referred"),
    "rücküberweisung": Motion("ends-item", "referred"),
    # (the paper sent back to the committee that advised on it: "Abstimmung über den Antrag auf
    # Rückverweisung:", "… beantragt, die Vorlage in den Ausschuss zurückzuverweisen")
    "rückverweisung": Motion("ends-item", "referred"),
    "zurückverweisung": Motion("ends-item", "referred"),
    "zurückzuverweisen": Motion("ends-item", "referred"),
    "zurückverwiesen werden": Motion("ends-item", "referred"),
    "wiedervorlage": Motion("ends-item", "postponed"),
    "vertagt werden": Motion("ends-item", "postponed"),
    "zurückgestellt werden": Motion("ends-item", "postponed"),
    "verwiesen werden": Motion("ends-item", "referred"),
    "überwiesen werden": Motion("ends-item", "referred"),
    "nichtbefassung": Motion("ends-item", "other"),
    "nicht abzustimmen": Motion("ends-item", "other"),
    "erledigterklärung": Motion("ends-item", "other"),
    "für erledigt zu erklären": Motion("ends-item", "other"),
    "als erledigt zu betrachten": Motion("ends-item", "other"),
}

_ENDING: Final = frozenset({"rejected", "noted", "postponed", "referred", "withdrawn", "other"})
_ENDING_WORDS: Final = tuple(
    sorted(
        {_longest_word(w) for w, outcome in ACTS.items() if outcome in _ENDING}
        | {
            _longest_word(m)
            for m, motion in MOTIONS.items()
            if motion.kind == "ends-item" and motion.outcome in _ENDING
        }
    )
)
"""A word of every act and every adopted motion that makes a decided text do more than approve."""
_AMENDING_WORDS: Final = tuple(
    sorted(
        {_longest_word(w) for w, outcome in ACTS.items() if outcome == "approved_amended"}
        | {_longest_word(w) for w in _CHANGED_WORDS}
    )
)
"""A word of every act, and of every phrase, that says the proposal was changed in the meeting."""

_MOTION_RE: Final = re.compile(r"(?<![\w-])" + alternation(MOTIONS) + r"(?![\w-])")


@cached_lookup
def motion_in(text: str) -> str | None:
    """The motion a text names as what was voted on (``über den Geschäftsordnungsantrag auf
    Schluss der Debatte``): the one that ends the item where it names one
    (``Geschäftsordnungsantrag auf Vertagung`` is a Vertagung), else the first."""
    return _motion_in_key(key(text))


# A motion named as what changed the text voted on ("über den Beschlussantrag in der durch den
# Ergänzungsantrag geänderten Fassung"): the vote is on the changed text, not on the motion
_CHANGED_BY: Final = re.compile(r"\bdurch (?:den|die|das) [^.;:]{0,80}?\bgeänderte[nrs]?\b")


# A move of the item to the other part of the sitting ("Geschäftsordnungsantrag auf Verweisung in
# den öffentlichen Teil"): the item goes on in this sitting, no referral
_TO_OTHER_PART: Final = re.compile(
    r"\b(?:verweisung|überweisung|verlegung)\w* (?:in|auf) (?:den|die) (?:nicht[ -]?)?"
    r"öffentlichen? (?:teil|sitzung|sitzungsteil)\b"
)


# How a vote was taken, in parentheses beside its heading ("Abstimmungsergebnis (geheime
# Abstimmung):"): the manner of this vote, no motion for it
_MANNER_IN_PARENS: Final = re.compile(r"\((?:in )?(?:geheimer?|namentlicher?) abstimmung\)")


_NOT_BEFORE: Final = re.compile(r"\bnicht(?: [\w-]+){0,3} \Z")
"""A negation a few words before what follows (``nicht weiter nach hinten |zu verschieben``)."""


def _motion_in_key(k: str) -> str | None:
    if "geändert" in k:
        k = _CHANGED_BY.sub(" ", k)
    if "abstimmung)" in k:
        k = _MANNER_IN_PARENS.sub(" ", k)
    if "öffentliche" in k:
        k = _TO_OTHER_PART.sub(" ", k)
    found = [
        m.group()
        for m in _MOTION_RE.finditer(k)
        # (not one asked against: "bittet, die Sitzung im Mai nicht weiter nach hinten zu
        # verschieben")
        if not (m.group().startswith("zu ") and _NOT_BEFORE.search(k, 0, m.start()))
    ]
    if not found:
        return None
    ending = [f for f in found if MOTIONS[f].kind == "ends-item"]
    return (ending or found)[0]


# Demonstratives: "gegen diesen Vorschlag" names what is opposed, never a group.
DEMONSTRATIVES: Final[frozenset[str]] = frozenset(
    {"dieser", "diese", "diesen", "dieses", "diesem", "jener", "jene", "jenen", "jenes"}
)

# What "gegen den Vorschlag …" or "mit der Änderung …" opposes or names, or where a count label
# points to (`Für den Beschluss: s. u.`): a thing, never a group.
NOT_GROUPS: Final[frozenset[str]] = frozenset(
    {
        "vorschlag",
        "antrag",
        "anträge",
        "beschlussvorschlag",
        "vorlage",
        "tagesordnung",
        "niederschrift",
        "protokoll",
        "erweiterung",
        "änderung",
        "beschluss",
        "verfahren",
        "vorgehensweise",
        # a pointer to where the votes are told ("Für den Beschluss: s. u.")
        "s.",
        "s.u.",
        "siehe",
    }
)

# Groups of groups, named by what they are for: "mit den Stimmen der Koalition" names no group
# (which groups the coalition holds, the text does not say).
COLLECTIVES: Final[frozenset[str]] = frozenset(
    {
        "koalition",
        "opposition",
        "mehrheit",
        "koalitionsfraktionen",
        "oppositionsfraktionen",
        "mehrheitsfraktionen",
        "mehrheitsgruppe",
    }
)

# Headed sections of RIS pages that tell about the paper or remark on the meeting, never the
# decided text: their lines are left out when a text has no "Beschluss:" heading that says where
# the decision stands, and a numbering after such a label is no clause list.
NON_DECISION_SECTIONS: Final[frozenset[str]] = frozenset(
    {
        "beratungsfolge",
        "sachverhalt",
        "begründung",
        "sachverhalt / begründung",  # one heading for both, as many Vorlagen have it
        "sachverhalt/begründung",
        # (its other names: "Sachdarstellung:", "Sachstand:" over a report's numbered points)
        "sachdarstellung",
        "sachstand",
        "anlagen",
        "finanzielle auswirkungen",
        "bemerkungen",
        "hinweis",
        "hinweise",  # a gazette's notes under a statute it prints ("Hinweise:" / "1. Die …")
        "protokollvermerk",
        "tagesordnung",
        "mitteilung",  # the administration's report (Geschäftliche Mitteilung, Mitteilungsvorlage)
        "informationstext",  # ... an Informationsvorlage's ("Informationstext:")
        "information",  # ("Information:" over its report)
        # München's Sitzungsvorlage: the Referat's report before its proposal
        "vortrag der referentin",
        "vortrag des referenten",
    }
)

# Headed sections that hold a proposal, not a record of what was decided: without a status or a
# vote result, their wording ("Der Rat beschließt …") decides nothing.
PROPOSAL_SECTIONS: Final[tuple[str, ...]] = (
    "beschlussvorschlag",
    "geänderter beschlussvorschlag",
    "beschlussempfehlung",
    "beschlussantrag",
    "beschlussentwurf",  # the administration's draft (Duisburg's Vorlagen)
    "empfehlung",
    "vorschlag",
    # a motion's page: its wording, for the vote to adopt or refuse ("Antragstext:", "Wortlaut
    # des Antrags:")
    "antragstext",
    # (or the bare word over the administration's proposal, as Kiel's Beschlussvorlagen head it:
    # "Antrag:" / "1. Der Entwurfsplanung … wird zugestimmt.")
    "antrag",
    "wortlaut des antrags",
    "wortlaut des antrages",
    # München's Sitzungsvorlage: "II. Antrag der Referentin", adopted by "III. Beschluss" /
    # "nach Antrag."
    "antrag der referentin",
    "antrag des referenten",
)


# What a decision heading's text says where no decision was taken (`Beschluss:` / `Kein Beschluss,
# da Wahl gemäß KWO`): the heading then gives no decided text.
NO_DECISION: Final[tuple[str, ...]] = (
    "kein beschluss",
    "keine beschlussfassung",
    "ohne beschluss",
    "ohne beschlussfassung",
)


_NOTHING_DECIDED: Final = re.compile(
    r"\b(?:[Ee]in|[Kk]ein)[ \n]+Beschluss[ \n]+(?:war|ist|wurde|wird)[ \n]+(?:nicht[ \n]+)?"
    r"(?:zu[ \n]+fassen|erforderlich|gefasst|notwendig)\b"
    r"|\b(?:[Ee]ine|[Kk]eine)[ \n]+Beschlussfassung[ \n]+(?:war|ist|erfolgte|erfolgt)[ \n]+"
    r"(?:nicht[ \n]+)?(?:erforderlich|notwendig|vorgesehen)\b"
)
"""A sentence that says the item decides nothing (``Ein Beschluss war nicht zu fassen.``, ``Eine
Beschlussfassung ist nicht erforderlich.``): a report's, under an empty ``Beschluss:`` heading."""


def says_nothing_decided(text: str) -> bool:
    """Whether ``text`` says in a sentence of its own that its item decides nothing
    (:data:`_NOTHING_DECIDED`; ``Kein Beschluss war erforderlich`` too)."""
    if "eschluss" not in text:
        return False
    for m in _NOTHING_DECIDED.finditer(text):
        said = m.group()
        # "Ein Beschluss war nicht zu fassen" / "Kein Beschluss war erforderlich"; not "Ein
        # Beschluss war zu fassen" (what the item is for)
        if " nicht" in said.replace("\n", " ") or said.lower().startswith("kein"):
            return True
    return False


@cached_lookup
def says_no_decision(text: str) -> bool:
    """Whether a decision heading's first line says no decision was taken (``Kein Beschluss``)."""
    k = key(text)
    return any(k == p or k.startswith((p + " ", p + ",", p + ".", p + ":")) for p in NO_DECISION)


# A proposal's field that says there is none (`Beschlussvorschlag: entfällt (die Vorlage dient der
# Information)`, `Beschlussvorschlag: kein Beschlussvorschlag`): the lines under it are no
# proposal.
NO_PROPOSAL: Final[tuple[str, ...]] = (
    "entfällt",
    "entfallen",
    "kein",
    "keine",
    "keiner",
    "ohne beschluss",
    "ohne beschlussvorschlag",
)
_NO_PROPOSAL: Final = re.compile(rf"(?:{'|'.join(NO_PROPOSAL)})\b")


def says_no_proposal(value: str) -> bool:
    """Whether a proposal field's value says there is none (:data:`NO_PROPOSAL`)."""
    return _NO_PROPOSAL.match(key(value)) is not None


# A text that announces the decisions it lists as taken: a gazette's or a town's news page
# (`In der Sitzung am … wurden folgende Beschlüsse gefasst:`, `Der Stadtrat fasste unter anderem
# folgende Beschlüsse:`, a title `Öffentliche Beschlüsse der Sitzung des Stadtrates am …`, `hat …
# folgende Satzung beschlossen`). Not an agenda line that announces decisions of another sitting
# (`Bekanntgabe der Beschlüsse aus nichtöffentlicher Sitzung`): the title stands at a line's start.
BLANK_DATE: Final = r"\b(?:am|vom)[ ]+(?:_{4,}|\.{6,}|…{3,})"
"""A draft's date left blank for the sitting to fill in (``hat der Rat in seiner Sitzung am
______________ folgende Satzung beschlossen``, ``am ………… beschlossen``): what follows was not
decided yet."""
_BLANK_DATE: Final = re.compile(BLANK_DATE)

_ANNOUNCING: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "folgende",
        re.compile(
            # (wrapped anywhere: "folgende Beschlüsse" / "gefasst:"; a statute by its kind:
            # "folgende Haushaltssatzung beschlossen")
            r"folgenden?[ \n]+(?:Beschlüsse|Beschluss|Satzungen"
            r"|(?:[A-ZÄÖÜ][a-zäöüß-]*)?[Ss]atzung)[ \n]+"
            r"(?:gefasst|beschlossen)\b"
        ),
    ),
    ("fasste", re.compile(r"fasste (?:unter anderem |u\. ?a\. )?folgende Beschlüsse\b")),
    (
        # a decision's copy: "Die Stadtverordnetenversammlung hat in ihrer 31. Sitzung am 7. März
        # 2024 beschlossen:" (what follows is that decision)
        "beschlossen:",
        re.compile(
            r"\bin (?:seiner|ihrer) (?:\d{1,3}\. )?(?:[\w-]+ )?Sitzung (?:am|vom) "
            r"(?:\w+, (?:den |dem )?)?\d{1,2}\. ?(?:\d{1,2}\. ?\d{2,4}|[A-ZÄÖÜ][a-zäöü]+ \d{4})"
            r" beschlossen:"
        ),
    ),
    (
        # a gazette's title: "Bekanntmachung der in der öffentlichen Sitzung des
        # Ortsgemeinderates Sohren am Dienstag, 05.03.2024 gefassten Beschlüsse"
        "gefassten",
        re.compile(
            r"Bekanntmachung[ \n]+der[ \n]+in[ \n]+der[ \n]+öffentlichen[ \n]+Sitzung\b"
            r"[^:;]{0,160}?[ \n]gefassten[ \n]+Beschlüsse\b"
        ),
    ),
    (
        "Beschlüsse wurden",
        re.compile(r"(?:nachstehend|nachfolgend) (?:aufgeführten |genannten )?Beschlüsse wurden\b"),
    ),
)
"""Announcing phrases, each with a word it holds: a regex runs only where its word stands, and
starts with a literal the regex engine searches for fast (speed: most texts hold none)."""
_ANNOUNCING_TITLE: Final = re.compile(
    # ("Öffentliche Bekanntmachung der Beschlüsse der Gemeindevertretung Sonnenberg")
    r"[ ]*(?:Öffentliche |Gefasste )?(?:Bekanntmachung der )?Beschlüsse\s+(?:des|der|aus der) "
    r"[A-ZÄÖÜa-zäöü]"
)


def announcement(text: str) -> Literal["several", "one"] | None:
    """Whether ``text`` announces the decisions it lists as taken: ``several`` (``folgende
    Beschlüsse gefasst``: its numbered items are those decisions, not clauses of one), ``one``
    (``folgende Satzung beschlossen``), or None."""
    found: Literal["several", "one"] | None = None
    for word, pattern in _ANNOUNCING:
        if word not in text:
            continue
        for m in pattern.finditer(text):
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
                continue  # inside a longer word ("befasste")
            if _BLANK_DATE.search(text, max(0, m.start() - 120), m.end()):
                continue  # a draft's formula: "in seiner Sitzung am ______ folgende Satzung …"
            if "Beschlüsse" in m.group() or "Satzungen" in m.group():
                return "several"
            found = "one"
    at = text.find("Beschlüsse")
    while at != -1:
        # the title opens its line: only a few spaces and "Öffentliche " may stand before it
        reach = max(0, at - 48)
        newline = text.rfind("\n", reach, at)
        if (newline != -1 or reach == 0) and _ANNOUNCING_TITLE.match(text, newline + 1):
            return "several"
        at = text.find("Beschlüsse", at + 1)
    return found


@cached_lookup
def is_proposal_label(label: str) -> bool:
    """Whether a section label heads a proposal (``Beschlussempfehlung an den Rat:``; two
    names of it joined by a slash, ``Beschlussvorschlag/Empfehlung:``,
    ``Petitum/Beschlussvorschlag:``; the form's one field for the proposal and the decision it
    becomes, ``Beschlussvorschlag/Beschluss:``, whose result is written below it)."""
    k = _OUTLINE.sub("", key(label))
    if any(k == p or k.startswith(p + " ") for p in PROPOSAL_SECTIONS):
        return True
    parts = [part.strip() for part in k.split("/")]
    return (
        len(parts) > 1
        and any(p in PROPOSAL_SECTIONS for p in parts)
        and all(p in PROPOSAL_SECTIONS or p in ("petitum", "beschluss") for p in parts)
    )


# Headed sections that hold the decided text without being a Beschluss status (`Beschlussvorschlag:`
# on an ALLRIS Vorlage page): such a label opens its section even after a line that does not end
# a sentence (never a hard wrap's stray `Word:`).
DECISION_SECTIONS: Final[frozenset[str]] = frozenset(
    {
        "beschlussvorschlag",
        "beschlussantrag",  # Baden-Württemberg's Vorlagen
        "beschlusstext",
        "beschlussentwurf",
        "antragstext",
    }
)

# Sections that tell the item's background: what they say was decided or voted happened before
# or elsewhere (a committee's vote in the Sachverhalt), never this item's decision.
BACKGROUND_SECTIONS: Final[frozenset[str]] = frozenset(
    {
        "sachverhalt",
        "begründung",
        "sachverhalt / begründung",
        "sachverhalt/begründung",
        "kurzfassung",
        "sachdarstellung",
        "sachstand",
        "erläuterungen",
        "sachvortrag",
        "anlagen",
        "finanzielle auswirkungen",
        # an Informationsvorlage's report ("Information:", "Informationstext:")
        "information",
        "informationstext",
        # München's Sitzungsvorlage: "I. Vortrag der Referentin" (then "II. Antrag der …")
        "vortrag der referentin",
        "vortrag des referenten",
        # Bremen's Deputationsvorlage: "A. Problem", "B. Lösung", "C. Alternativen", "D.
        # Finanzielle / personalwirtschaftliche Auswirkungen / Genderprüfung", "E. Beteiligung /
        # Abstimmung" (with other offices: no vote), "F. Öffentlichkeitsarbeit / …", then "G.
        # Beschlussvorschlag"
        "problem",
        "lösung",
        "alternativen",
        "finanzielle / personalwirtschaftliche auswirkungen / genderprüfung",
        "beteiligung / abstimmung",
        "öffentlichkeitsarbeit / veröffentlichung nach dem informationsfreiheitsgesetz",
    }
)

# Background sections that weigh the options (a Vorlage's "C. Alternativen" / "Werden nicht
# empfohlen."): what they say for or against decides nothing.
CONSIDERED_SECTIONS: Final[frozenset[str]] = frozenset({"problem", "lösung", "alternativen"})

# Result headings of the bodies that deliberated before this one (a SessionNet page's
# "Beratungsergebnis der Vorberatung:"): the committee's recommendation, background to the text.
EARLIER_RESULTS: Final[frozenset[str]] = frozenset(
    {
        "beratungsergebnis der vorberatung",
        "vorberatungsergebnis",
    }
)
# The deliberation before, told as a section's first paragraph ("Vorberatung:" / "Planungs-
# ausschuss, Sitzung vom 11.06.2024. Der Ausschuss hat mit 8 : 5 Stimmen empfohlen, …"): its
# votes are another body's; the paragraphs after it may tell this one's.
EARLIER_DELIBERATIONS: Final[frozenset[str]] = frozenset(
    {
        "vorberatung",
        "vorberatungen",
    }
)

MADE_KNOWN_TITLE: Final = re.compile(
    r"\bBekanntgabe\s+(?:von\s+|der\s+|des\s+)?(?:(?:in|aus|im)\s+(?:der\s+)?)?(?:\w+\s+){0,3}?"
    r"Beschl(?:üssen?|uss)\b"
    # (the sitting that took them between: "Bekanntgabe der in der nichtöffentlichen Sitzung des
    # Stadtrates am 14.03.2024 gefassten Beschlüsse")
    r"|\bBekanntgabe\s+der\s+in\s+(?:[^\n]|\n(?![ ]*\n)){1,120}?\bgefassten\s+Beschlüsse\b"
    # (a report on them: "Bericht des Bürgermeisters über wichtige Angelegenheiten und über
    # Beschlüsse des Verwaltungsausschusses")
    r"|\b(?:Bericht|Mitteilungen?|Unterrichtung|Informationen?)\b[^\n.]{0,80}?\büber\s+(?:die\s+)?"
    r"Beschlüsse\b"
)
"""A title that makes known decisions of other sittings (``Bekanntgabe von Beschlüssen aus
nichtöffentlicher Sitzung``, ``Bericht … über Beschlüsse des Verwaltungsausschusses``): a sitting
named under it is the one that took them."""

# Section headings that print views show without their colon, alone on a line (document.lark's
# SECTION_HEADING): "Sachverhalt", "Beschlussvorschlag", "Wortprotokoll".
SECTION_HEADINGS: Final[tuple[str, ...]] = tuple(
    sorted(
        NON_DECISION_SECTIONS
        | BACKGROUND_SECTIONS
        | DECISION_SECTIONS
        | {"beratungsfolge"}
        | set(PROPOSAL_SECTIONS)
        | {"wortprotokoll", "protokoll"}
    )
)

# Headings of the decided text that print views show without their colon, alone on a line
# (document.lark's DECISION_HEADING): "Beschluss", Hamburg's "Petitum/Beschluss".
DECISION_HEADINGS: Final[tuple[str, ...]] = (
    "beschluss",
    "beschlusstext",
    "petitum",
    "petitum/beschluss",
    # the proposal printed as the decision it became ("Beschlussvorschlag / Beschluss" over the
    # numbered clauses, the vote below)
    "beschlussvorschlag/beschluss",
    "beschlussvorschlag / beschluss",
)

# The words a line ends with when a hard wrap broke it off mid-phrase (`… stellte die Planung zur`
# / `Abstimmung:`; `… für die` / `Grundschule …`): articles, prepositions, conjunctions.
MID_PHRASE_WORDS: Final[tuple[str, ...]] = (
    *("der", "die", "das", "den", "dem", "des", "zur", "zum"),
    *("in", "an", "auf", "bei", "mit", "von", "für", "über", "nach", "und", "oder"),
    *("im", "am", "vom", "zu", "gemäß", "sowie"),
    *("ein", "eine", "einer", "eines"),
    *("folgende", "folgender", "folgenden"),
)

# Articles: a numbered line that opens with one (`1. Der Rat stimmt der Satzung zu`) is a sentence,
# never an agenda item's or a part's heading, even where its full stop was lost.
ARTICLES: Final[tuple[str, ...]] = (
    *("der", "die", "das", "dem", "den", "des"),
    *("ein", "eine", "einem", "einen", "einer", "eines"),
)

# How the standing items of an agenda open (`1. Eröffnung, Begrüßung …`, `2. Genehmigung der
# Niederschrift …`, `3. Beratung und Beschlussfassung über …`): a numbering with such an item is an
# agenda or the minutes' items, not the clauses of a decided text.
AGENDA_ITEMS: Final[tuple[str, ...]] = (
    "anfragen",
    "begrüßung",
    "bekanntgaben",
    "beratung und beschlussfassung",
    "bürgerfragestunde",
    "einwohnerfragestunde",
    "eröffnung",
    "feststellung der beschlussfähigkeit",
    "feststellung der ordnungsgemäßen ladung",
    "fragemöglichkeit",
    "fragestunde",
    "genehmigung der niederschrift",
    "genehmigung der tagesordnung",
    "genehmigung des protokolls",
    "mitteilungen",
    "tagesordnung",
    "verschiedenes",
)
_AGENDA_ITEM: Final = re.compile(rf"(?:{'|'.join(AGENDA_ITEMS)})\b")


@cached_lookup
def is_agenda_item(text: str) -> bool:
    """True when a numbered item opens like a standing item of an agenda (``Eröffnung der
    Sitzung``, ``Genehmigung der Niederschrift vom …``)."""
    return _AGENDA_ITEM.match(key(text)) is not None


PUBLIC_CELLS: Final[frozenset[str]] = frozenset(
    {"ö", "n", "nö", "ö/n", "ö / n", "öffentlich", "nichtöffentlich", "nicht öffentlich"}
)
"""A table's cell that says whether a body's sitting is public (``Ö``, ``N``), in a
Beratungsfolge's row (lower case)."""


COURSE_COLUMN_HEADS: Final[tuple[str, ...]] = (
    "Datum",
    "Gremium",
    "Zuständigkeit",
    "Ergebnis",
    "Art",
    "Status",
    "Sitzung",
    "Sitzungstermin",
    "Sitzungsdatum",
    "Sitzungstag",
    "Termin",
    "Rolle",
    "Beratung",
    "TOP",
    "Öff.",
    "N.Ö.",
    "Ö",
    "NÖ",
)
"""The heads of a Beratungsfolge table's columns (``Datum  Gremium  Zuständigkeit  Ergebnis``;
``TOP  Sitzungstermin  Öff.  N.Ö.  Zuständigkeit``), as written."""
COURSE_COLUMN_HEAD: Final = "|".join(
    re.escape(w) + (r"(?!\w)" if w[-1].isalpha() else "")
    for w in sorted(COURSE_COLUMN_HEADS, key=len, reverse=True)
)
"""One head of :data:`COURSE_COLUMN_HEADS` as a pattern (a whole word)."""


# Words of a published notice or report of a meeting (a gazette, a press release, a town's news
# page): there "Der Rat hat in seiner Sitzung am … beschlossen" tells the meeting the text
# reports, where in a paper it tells an earlier decision.
NOTICE_WORDS: Final[tuple[str, ...]] = (
    "Bekanntmachung",
    "Amtsblatt",
    "AMTSBLATT",
    "Mitteilungsblatt",
    "Gemeindeblatt",
    "Pressemitteilung",
    "Pressestelle",
    "Pressemeldung",
    "bekannt gemacht",
    "Aus dem Stadtrat",
    "Aus dem Gemeinderat",
    "Aus dem Rathaus",
    "aus dem Rathaus",
    "Kurz notiert",
    # a town's news pages reporting a sitting
    "Rathausnachrichten",
    "Rathaus-Nachrichten",
    # ("Fernwalder Nachrichten, Ausgabe 12", "Stadtnachrichten", "Gemeindenachrichten")
    "Nachrichten",
    "nachrichten",
    "Kurz berichtet",
    "Bericht aus der",
    "Aus der Sitzung",
    "Aus der öffentlichen Sitzung",
    "Aus den Gremien",
    "Aktuelles aus",
)

# Month names as dates write them ("12. März 2024", "26. Sept. 2024").
MONTHS: Final[Mapping[str, int]] = {
    "januar": 1,
    "jänner": 1,
    "februar": 2,
    "märz": 3,
    "marz": 3,  # (its umlaut lost, as a scan or a plain keyboard writes it: "13. Marz 2023")
    "april": 4,
    "mai": 5,
    "juni": 6,
    "juli": 7,
    "august": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "dezember": 12,
    # abbreviated, with their full stop ("26. Sept. 2024"); "Mai" has none
    "jan.": 1,
    "feb.": 2,
    "febr.": 2,
    "mrz.": 3,
    "apr.": 4,
    "jun.": 6,
    "jul.": 7,
    "aug.": 8,
    "sep.": 9,
    "sept.": 9,
    "okt.": 10,
    "nov.": 11,
    "dez.": 12,
    # and without it, as a calendar's short form prints them ("Do, 10. Okt 2024")
    "jan": 1,
    "feb": 2,
    "mrz": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "okt": 10,
    "nov": 11,
    "dez": 12,
}

STATUS_FIELD_LABELS: Final[frozenset[str]] = frozenset(
    {"status", "stand", "bearbeitungsstatus", "beratungsstand"}
)
"""Labels of a field that holds the item's status in some systems (``Status: beschlossen``,
``Stand: zurückgestellt``) beside other uses (``Status: öffentlich``): the field is the status
only where its whole value is a status phrase."""

MEETING_LABELS: Final[tuple[str, ...]] = (
    "Sitzung",
    "Sitzungstermin",
    "Sitzungsdatum",
    "Sitzungstag",
    # (a Tagung's: "Tagungstag:  Donnerstag, 15.02.2024")
    "Tagungstag",
    "Tagungsdatum",
    "Datum",
    # minutes' head, beside "Ort:", "Beginn:" and "Ende:"
    "Tag",
    # the same fields spelt out, as Sitzungsdienst templates and town-made forms print them
    "Sitzung am",
    "Sitzung vom",
    "Datum der Sitzung",
    "Tag der Sitzung",
    # Baden-Württemberg's minutes: "Verhandelt am: 28. September 2023"
    "Verhandelt am",
    # a form's field for the sitting that deals with the paper ("Beratung am: 04.04.2024 TOP
    # 3.1.4", "Verhandlung am: 20.05.2025"), an invitation's ("Termin: Dienstag, 08. April 2025")
    "Beratung am",
    "Verhandlung am",
    "Termin",
    # a motion's page naming the sitting that dealt with it ("Behandelt in: Sitzung des
    # Bezirksausschusses 9 am 14.01.2025 (öffentlich), TOP 5.2", "Behandelt am: 14.01.2025")
    "Behandelt in",
    "Behandelt am",
    # komuna's item page (Bayern): "Daten angezeigt aus Sitzung:  Sitzung des Gemeinderates,
    # 01.06.2022"
    "Daten angezeigt aus Sitzung",
    # the body's sitting in one word ("Stadtratssitzung: Mi 18.09.2024, 17:00 Uhr")
    "Ratssitzung",
    "Stadtratssitzung",
    "Gemeinderatssitzung",
    "Marktgemeinderatssitzung",
    "Kreistagssitzung",
    "Ausschusssitzung",
    "Ortschaftsratssitzung",
    "Ortsratssitzung",
    "Ortsbeiratssitzung",
    "Bezirksratssitzung",
    "Stadtverordnetensitzung",
    "Gemeindevertretersitzung",
)
"""Header labels whose value is the meeting (``Sitzung: 13.12.2016``, ``Datum: Mi, 07.11.2012``,
``Sitzungstag:`` over ``17.02.2021``, ``Datum der Sitzung: 12.03.2024``, ``Tag: 12.11.2015``)."""

MEETING_LABEL_TAILS: Final[tuple[str, ...]] = ("Beginn", "Ende", "Uhrzeit", "Zeit", "Ort")
"""What a meeting label names beside the day, after a slash or ``und`` (``Sitzungstag/-beginn/-ende:
11.06.2024 / 19:00 Uhr``, ``Sitzungsdatum / Uhrzeit:``, ``Datum und Ort:``): the value still opens
with the meeting's date."""

ASSEMBLY_SHORT: Final[tuple[str, ...]] = ("BVV", "SVV", "StVV", "BV")
"""Short names of assemblies, written before their place (``BVV Friedrichshain-Kreuzberg``: a
Berlin district's Bezirksverordnetenversammlung; ``SVV Potsdam``, ``StVV Frankfurt``: a city's
Stadtverordnetenversammlung; ``BV Brackwede``: a Bezirksvertretung named by its district)."""

BODY_WORDS: Final = r"(?:rat|tag|vertretung|versammlung|ausschuss|beirat|bürgerschaft)"
"""How a body's name ends (``Gemeinderat``, ``Kreistag``, ``Gemeindevertretung``,
``Stadtverordnetenversammlung``, ``Ausschuss``, ``Ortsbeirat``, ``Bürgerschaft``), in lower
case."""

NUMBERED_BODY_SHORT: Final[tuple[str, ...]] = ("BA", "BV", "BVV", "OBR", "OB", "SBR", "SBB", "BBR")
"""Short names of the numbered bodies of a city's districts, written before their number (``BA 9
Neuhausen-Nymphenburg``: München's Bezirksausschuss; ``BV 3``: a Bezirksvertretung; ``OBR 4``,
``OB 1``: Frankfurt's Ortsbeiräte)."""

BOX: Final = re.compile(r"[\[(][ ]?(?P<tick>[xX✓✔])?[ ]?[\])]|(?P<glyph>[☐☒☑])")
"""A form's box written with brackets (``[X]``, ``[ ]``, ``(x)``) or as its own character."""
SIDES_WANTED: Final = r"gegen[ ][^\n()]{1,200}?\([ ]?=[ ]?"
"""Frankfurt's line of sides up to what those against wanted (``GRÜNE, CDU gegen AfD (=``
before ``Ablehnung)``): a vote result, and a sentence's cue of one (votes.py)."""
VOTE_RESULT: Final = re.compile(
    # every alternative opens with one of these (checked first: speed)
    r"(?=[0-9EeMmSsſGgJjNnDd])(?:"
    # (the adjective too: "Einstimmiges Votum für den Namen …")
    r"(?i:einstimmig|einmütig|mehrheitlich|stimmeneinheitlich)(?i:e[mnrs]?)?\b"
    r"|[0-9]{1,3}[ ]*(?i:ja\b|ja-|nein|dafür|dagegen|gegenstimme|enthaltung|stimmenthaltung)"
    # (a proposal's votes: "… erhält der Vorschlag „Pastor-Wagener-Weg“ 5 Stimmen")
    r"|(?i:erh(?:ält|ielt|alten|ielten))\b[^\n.]{0,80}?[0-9]{1,3}[ ]+(?i:stimmen)\b"
    # the votes against, as Bavarian minutes print them after the decision: "(gegen 3 Stimmen)"
    r"|(?i:gegen)[ ]+(?:[0-9]{1,3}|eine)[ ]+(?i:stimmen?)\b"
    # who voted how: "mit den Stimmen von SPD, CDU und AfD gegen die Stimmen von GRÜNE"
    r"|(?i:mit[ ]+den|gegen[ ]+die)[ ]+Stimmen[ ]+(?:von|der|des)\b"
    # (Frankfurt's sides: "GRÜNE, CDU und SPD gegen AfD (= Ablehnung)")
    r"|(?i:" + SIDES_WANTED + r")[A-ZÄÖÜ]"
    # (or without the colon, a count after each label: "Ja 12 / Nein 5 / Enthaltung 1")
    r"|(?i:ja|nein|dafür)(?:-Stimmen)?[ ]*:[ ]*[0-9]"
    r"|(?i:ja|dafür)[ ]+[0-9]{1,3}[ ]*[/,|][ ]*(?i:nein|dagegen)[ ]+[0-9]"
    # a bare tally of three numbers, Ja : Nein : Enthaltung, ending the value or before its verdict
    r"|[0-9]{1,3}(?:[ ]?:[ ]?[0-9]{1,3}){2}(?=[ ]*(?:$|\n|[,;()–-]))"
    r"|[0-9]{1,3}(?:[ ]?/[ ]?[0-9]{1,3}){2}(?=[ ]*(?:$|\n|[,;()–-]))"
    r")"
)
"""A vote result's words: how the body voted (``einstimmig``), a count with its label (``9
Ja``, ``11 Ja-Stimmen``, ``Ja: 12``, ``gegen 3 Stimmen``), or a tally (``9 : 2 : 0``,
``11/0/0``, ``empfohlen (15/0/0)``). What a field's value opens with where the field heads a
vote (``BUA: einstimmig, …``), what each part of a result voted part by part holds, and what a
paper's history row tells besides its outcome."""

OTHER_MEETING_WORDS: Final[frozenset[str]] = frozenset(
    {"nächste", "letzte", "vorige", "vorherige", "frühere", "kommende", "folgende"}
    | {"nächsten", "letzten", "vorigen", "vorherigen", "früheren", "kommenden", "folgenden"}
)
"""Words that make a meeting label another meeting's (``Nächste Sitzung:`` over a date)."""

WEEKDAYS: Final[tuple[str, ...]] = (
    *("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    *("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
)
"""Weekdays as RIS headers print them before a date (``Mi, 07.11.2012``)."""

# Members' titles in the plural, before the names of several ("bei Enthaltung der Ratsmitglieder
# Wessel und Yıldız"): each name after it is a member's.
PLURAL_PERSON_TITLES: Final[tuple[str, ...]] = (
    "ratsmitglieder",
    "ratsfrauen",
    "ratsherren",
    "stadträte",
    "stadträtinnen",
    "kreisräte",
    "kreisrätinnen",
    "gemeinderäte",
    "gemeinderätinnen",
    "kreistagsmitglieder",
    "kreistagsabgeordneten",
)

PERSON_TITLES: Final[tuple[str, ...]] = (
    "herr",
    "herrn",
    "frau",
    "hr",  # "Hr. Brandt (BfB)", "Fr. Claußen (BfB)": the two abbreviated
    "fr",
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
    # a member called by the county's word, abbreviated ("1 Nein-Stimme (Abg. Heitmann, FDP)")
    "abg",
    "abgeordneter",
    "abgeordnete",
    "str",
    "stadtrat",
    "stadträtin",
    "sv",
    "stadtverordneter",
    "stadtverordnete",
    "stadtverordneten",
    "bezirksverordneter",
    "bezirksverordnete",
    "bezirksverordneten",  # "bei Enthaltung der Bezirksverordneten Frau Kaya (WIN)"
    "gemeindevertreter",
    "gemeindevertreterin",
    "gemeindevertreters",  # "bei Stimmenthaltung … des Gemeindevertreters Brandl (AfD)"
    "gv",  # the abbreviations of Gemeindevertreter and Stadtrat: "GV Albers (CDU)", "SRin Dietze"
    "gvin",
    "sr",
    "srin",
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
    "grin",  # (the abbreviations' feminine: "GRin Asal (Grüne)", "StRin", "KRin")
    "strin",
    "krin",
    "mgrin",
    "gemeinderat",
    "gemeinderätin",
    "mgr",  # Bayern's Märkte: "MGR Sepp Lindner"
    "marktgemeinderat",
    "marktgemeinderätin",
    "kr",
    "kreisrat",
    "kreisrätin",
    "kreisrats",
    "kreisrates",
    "dr.",
    "prof.",
    "einzelmandatsträger",
    "einzelmandatsträgerin",
    "einzelmandatsträgers",
    # a member called by the body's word ("gegen die Stimmen der CDU-Fraktion und von
    # BV-Mitglied Schäfer (AfD)", "Ausschussmitglied Kern (FDP)")
    "mitglied",
    "bv-mitglied",
    "ausschussmitglied",
    "beiratsmitglied",
    "kreistagsmitglied",
    "einzelmitglied",  # "Enthaltungen: GFL (2), Einzelmitglied Herr Balzer (Die Linke)"
    "einzelmitglieds",
    "einzelvertreter",
    "einzelvertreterin",
    "einzelvertreters",
    "ratsmitglieds",
    "ratsmitgliedes",
    # a member of a body by a compound of its name, or one without a group ("bei Enthaltung von
    # Einzelratsmitglied Hoffmann", "Kreistagsmitglied Roth")
    *(
        f"{body}mitglied{end}"
        for body in (
            "einzelrats",
            "kreistags",
            "gemeinderats",
            "stadtrats",
            "bezirksrats",
            "ortsrats",
            "ortsbeirats",
            "ortschaftsrats",
        )
        for end in ("", "s", "es")
    ),
    "einzelstadtverordneter",
    "einzelstadtverordnete",
    "einzelstadtverordneten",
    "mitglied",
    "mitglieds",
    "mitgliedes",
    "stv",
    "stadtverordnetem",
    "vorsitzende",
    "vorsitzender",
    *PLURAL_PERSON_TITLES,
)


_TITLE_WORDS: Final = frozenset(t.rstrip(".") for t in PERSON_TITLES)

# What a roll call's row says of a member who cast no vote (``| Kowalski, Dirk | entschuldigt
# |``): the row is passed over, the table goes on; so is such a line between a roll call's lines,
# and a count's remark in parentheses that says it names no group.
NOT_VOTING: Final[frozenset[str]] = frozenset(
    {
        "entschuldigt",
        "abwesend",
        "nicht anwesend",
        "fehlt",
        "fehlt entschuldigt",
        "befangen",
        "ausgeschlossen",
        "nicht teilgenommen",
        "nicht stimmberechtigt",
        # (as a sentence says it: "GR Lutz nimmt nicht teil", "… nahm an der Abstimmung nicht teil")
        "nimmt nicht teil",
        "nahm nicht teil",
    }
)


@cached_lookup
def is_person(name: str) -> bool:
    """True when a group name introduces an individual (``Herr X``, ``RM Y``, ``OB``, ``der
    Ortsbürgermeister``), or names one who belongs to no group (``Lind (parteilos)``)."""
    words = key(name).split()
    if words and words[0] in _PERSON_ARTICLES and 1 < len(words) <= 3:
        words = words[1:]  # (a name's few words: a sentence that opens so is no name)
    if len(words) > 1 and words[0] in _OFFICE_RANKS:
        words = words[1:]  # ("der Erste Bürgermeister", "stellvertretende Landrätin")
    if bool(words) and words[0].rstrip(".") in _TITLE_WORDS:
        return True
    return len(words) > 1 and words[-1].strip("()") in _WITHOUT_A_GROUP


_PERSON_ARTICLES: Final = frozenset({"der", "die", "dem", "den"})
_OFFICE_RANKS: Final = frozenset(
    {"erste", "erster", "ersten", "zweite", "zweiter", "zweiten", "dritte", "dritter", "dritten"}
    | {"stellvertretende", "stellvertretender", "stellvertretenden", "stellv."}
)
"""Words of an office's rank before its title (``Erster Bürgermeister``, ``stellv. Landrat``)."""
_WITHOUT_A_GROUP: Final = frozenset(
    {"parteilos", "fraktionslos", "parteilose", "fraktionslose", "parteiloser", "fraktionsloser"}
)
"""What a member's party in parentheses says where the member belongs to no group."""


def opens_with_plural_title(name: str) -> bool:
    """Whether a member's name opens with a title in the plural (``Ratsmitglieder Wessel``)."""
    words = key(name).split()
    return bool(words) and words[0] in PLURAL_PERSON_TITLES


def is_title(word: str) -> bool:
    """True for a person's title (``Prof``, ``Dr.``, ``Frau``): a full stop after it ends no
    sentence."""
    return key(word).rstrip(".") in _TITLE_WORDS


# ---------------------------------------------------------------------------------------------
# The grammars' word lists


def grammar_slots() -> dict[str, tuple[str, ...]]:
    """The word lists the grammars take from these tables: ``{{name}}`` in a ``.lark`` file
    stands for the alternation of ``grammar_slots()[name]`` (see :mod:`ratsparse.parser.tables`).
    """
    return {
        "count_labels": tuple(_count_words("label")),
        "count_words": tuple(_count_words("after_number")),
        "count_bare": tuple(_count_words("bare")),
        "count_bare_yes": tuple(_count_words("bare", "yes")),
        "count_bare_no": tuple(_count_words("bare", "no")),
        "count_table": tuple(_count_words("table")),
        "count_row_labels": COUNT_ROW_LABELS,
        "number_words": tuple(w for w in NUMBER_WORDS if w not in COMPOUND_NUMBER_WORDS),
        "compound_number_words": tuple(COMPOUND_NUMBER_WORDS),
        "unanimity": UNANIMITY_WORDS,
        "none_counted": tuple(p for p in NONE_COUNTED if p not in UNANIMITY_WORDS),
        "consent": CONSENT_PHRASES,
        "majority": MAJORITY_WORDS,
        "opinion_nouns": OPINION_NOUNS,
        "voting_verbs": VOTING_VERBS,
        "voted_sides": VOTED_SIDES,
        "abstaining_verbs": ABSTAINING_VERBS,
        # (the names a count is followed by, "1 Enthaltung CDU", "2 Enthaltungen Die Linke": the
        # short ones; the long names cost the vote grammar's strict build a quarter minute)
        "party_names": tuple(a for a in _PARTY_BY_ALIAS if len(a) <= 16 and a.count(" ") <= 1),
        "verdicts": tuple(p for p, entry in OUTCOME_VOCABULARY.items() if entry.verdict),
        "months": tuple(m.capitalize() for m in MONTHS),
        "weekdays": WEEKDAYS,
        "section_headings": SECTION_HEADINGS,
        "decision_headings": DECISION_HEADINGS,
        "meeting_labels": MEETING_LABELS,
        "meeting_label_tails": MEETING_LABEL_TAILS,
    }


_UMLAUT_WORD: Final = re.compile(r"[a-zäöüß]*[äöüß][a-zäöüß]*")
_SPELT_OUT: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


@functools.cache
def spelt_without_umlauts() -> Mapping[str, str]:
    """Every word of this module's tables written with an umlaut or ``ß``, keyed by the way a
    text typed without them writes it (``ueberwiesen`` → ``überwiesen``, ``maerz`` → ``märz``,
    ``beschliesst`` → ``beschließt``); lower case. A spelling that is a word of the tables itself
    is left out (it needs no reading back)."""
    words: set[str] = set()

    def add(value: object) -> None:
        if isinstance(value, str):
            words.update(_UMLAUT_WORD.findall(value.lower()))

    # (not the parties' names: a group is named as the text writes it, "Buergerliste")
    names = (PARTY_ALIASES, _PARTY_BY_ALIAS)
    for value in list(globals().values()):
        if any(value is table for table in names):
            continue
        if isinstance(value, Mapping):
            for k, v in value.items():
                add(k)
                add(v)
        elif isinstance(value, (tuple, frozenset, list, set)):
            for item in value:
                add(item)
    plain: set[str] = set()
    for value in list(globals().values()):
        if isinstance(value, Mapping):
            plain.update(k.lower() for k in value if isinstance(k, str))
    return {
        spelt: word
        for word in sorted(words)
        if (spelt := word.translate(_SPELT_OUT)) not in plain and spelt != word
    }
