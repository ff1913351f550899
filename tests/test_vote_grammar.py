"""grammar/vote.lark, rule by rule, through ``parse_vote``.

Each table row is a vote text of our own and the items the grammar must read from it. The coverage
tests at the end fail when vote.lark gains a rule or terminal no row exercises.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from ratsparse.parser import Member, VoteItem, VoteItemKind, build, parse_vote
from tests.grammar_tables import (
    alternatives,
    assert_all_used,
    expand,
    grammar_rules,
    grammar_terminals,
    grammar_text,
    used_names,
)

GRAMMAR_TEXT = grammar_text("vote")


# ---------------------------------------------------------------------------------------------
# The table.


@dataclass(frozen=True)
class Item:
    kind: VoteItemKind
    key: str | None = None
    """The keyword as written; None: not checked."""
    number: str | None = None
    groups: tuple[str, ...] = ()
    """Group names; a member with a number is written ``"4 SPD"``."""


def shown(member: Member) -> str:
    return f"{member.number.text} {member.name.text}" if member.number else member.name.text


def meaningful(items: tuple[VoteItem, ...]) -> list[VoteItem]:
    return [item for item in items if item.kind != "filler"]


@dataclass(frozen=True)
class VoteCase:
    text: str
    items: tuple[Item, ...]


VOTE_CASES: tuple[VoteCase, ...] = (
    # unanimity
    VoteCase("einstimmig", (Item("unanimity", "einstimmig"),)),
    # agreed without a vote: consent, none counted, no unanimity told
    VoteCase("Einvernehmlich beschlossen", (Item("consent", "Einvernehmlich"), Item("verdict"))),
    # a noun is no verdict: "die Ablehnung des Bauantrags" in decided text decides nothing
    VoteCase("Einstimmige Zustimmung", (Item("unanimity", "Einstimmige"),)),
    VoteCase("einstimmiger Beschluss", (Item("unanimity", "einstimmiger"),)),
    # a party named after the count word without parentheses: a known party, or a name joined
    # to "-Fraktion"
    VoteCase(
        "einstimmig, 1 Enthaltung CDU-Fraktion, 2 Enthaltungen FFH-Fraktion",
        (
            Item("unanimity", "einstimmig"),
            Item("count", "Enthaltung", "1", ("CDU-Fraktion",)),
            Item("count", "Enthaltungen", "2", ("FFH-Fraktion",)),
        ),
    ),
    VoteCase(
        "Einstimmig bei 2 Enthaltungen B‘90/Die Grünen angenommen",
        (
            Item("unanimity", "Einstimmig"),
            Item("count", "Enthaltungen", "2", ("B‘90/Die Grünen",)),
            Item("verdict", "angenommen"),
        ),
    ),
    VoteCase(
        "ohne Gegenstimmen bei 2 Enthaltungen angenommen",
        (
            Item("unanimity", "ohne Gegenstimmen"),
            Item("count", "Enthaltungen", "2"),
            Item("verdict", "angenommen"),
        ),
    ),
    VoteCase("ohne Gegenstimme", (Item("unanimity", "ohne Gegenstimme"),)),
    # everyone voted for it, in so many words: the number after "alle" is the Yes count
    VoteCase(
        "Für den Antrag stimmen alle acht Mitglieder mit „Ja“.",
        (Item("unanimity", "stimmen alle acht Mitglieder mit „Ja“", "acht"),),
    ),
    VoteCase(
        "Alle 14 anwesenden Ratsmitglieder stimmten dafür",
        (Item("unanimity", "Alle 14 anwesenden Ratsmitglieder stimmten dafür", "14"),),
    ),
    VoteCase(
        "Dem Vorschlag stimmen alle Fraktionen zu",
        (Item("unanimity", "stimmen alle Fraktionen zu"),),
    ),
    # not everyone: the rest, or a negation
    VoteCase("Alle übrigen stimmen dafür", (Item("verdict", "dafür"),)),
    # (the vote reader then finds the denial before the assent: tests/test_ninth_probe.py)
    VoteCase("Nicht alle Mitglieder stimmen zu", (Item("supporters", "stimmen zu"),)),
    # everyone for it, in two words ending the sentence; not before what they are for
    VoteCase("Abstimmung: alle dafür.", (Item("unanimity", "alle dafür"),)),
    VoteCase("alle dafür notwendigen Mittel", (Item("verdict", "dafür"),)),
    # a side's number told with its verb: the side word (or the verb of abstaining) is the key
    VoteCase(
        "Es votierten 21 Kreisrätinnen und Kreisräte für die Vorlage, 4 Mitglieder stimmten "
        "dagegen, einer enthielt sich.",
        (
            Item("count", "für", "21"),
            Item("count", "dagegen", "4"),
            Item("count", "enthielt sich", "einer"),
        ),
    ),
    VoteCase(
        "Dafür stimmten 9, der Stimme enthielten sich zwei",
        (Item("count", "Dafür", "9"), Item("count", "enthielten sich", "zwei")),
    ),
    VoteCase("acht Mitglieder stimmten mit „Nein“", (Item("count", "Nein", "acht"),)),
    VoteCase(
        "Für den Antrag stimmten 7 Mitglieder, gegen die Vorlage stimmten zwei",
        (Item("count", "Für", "7"), Item("count", "gegen", "zwei")),
    ),
    # not a count: a majority, or the noun Stimmen
    VoteCase("Eine Mehrheit stimmte dafür", (Item("verdict", "dafür"),)),
    # einstimmig, mehrheitlich before a noun of opinion: what was wanted, no vote
    VoteCase("Es ist der mehrheitliche Wunsch des Rates", ()),
    VoteCase("auf einstimmigen Wunsch der Fraktionen", ()),
    VoteCase("nach einhelliger, einstimmiger Auffassung", ()),
    # majority
    VoteCase("mehrheitlich", (Item("majority", "mehrheitlich"),)),
    VoteCase("Mehrheitliche Zustimmung", (Item("majority", "Mehrheitliche"),)),
    # unanimity denied is a majority
    VoteCase("nicht einstimmig", (Item("majority", "nicht einstimmig"),)),
    VoteCase(
        "Der Beschluss wurde nicht einmütig gefasst",
        (Item("majority", "nicht einmütig"), Item("verdict", "gefasst")),
    ),
    VoteCase(
        "Zustimmung 12, Ablehnung 3",
        (Item("count", "Zustimmung", "12"), Item("count", "Ablehnung", "3")),
    ),
    VoteCase("Mit Mehrheit", (Item("majority", "Mit Mehrheit"),)),
    VoteCase("mit großer Stimmenmehrheit", (Item("majority", "mit großer Stimmenmehrheit"),)),
    VoteCase("mit knapper Mehrheit", (Item("majority", "mit knapper Mehrheit"),)),
    # supporters
    VoteCase(
        "mit den Stimmen der CDU-Fraktion, der SPD-Fraktion und von RM Meier",
        (
            Item(
                "supporters",
                "mit den Stimmen der",
                groups=("CDU-Fraktion", "SPD-Fraktion", "RM Meier"),
            ),
        ),
    ),
    VoteCase(
        "bei Zustimmung der Grünen", (Item("supporters", "bei Zustimmung der", groups=("Grünen",)),)
    ),
    # a stop word ends a group list that runs on into the sentence
    VoteCase(
        "mehrheitlich gegen die Stimmen der Fraktion Volt bis zur Vorlage zurückgestellt",
        (
            Item("majority"),
            Item("opponents", "gegen die Stimmen der", groups=("Fraktion Volt",)),
            Item("verdict", "zurückgestellt"),
        ),
    ),
    VoteCase(
        "Mehrheitlich in geänderter Form empfohlen",
        (Item("majority"), Item("verdict", "in geänderter Form empfohlen")),
    ),
    VoteCase(
        "mehrheitlich bei Gegenstimmen der SPD und Enthaltung der FW",
        (
            Item("majority"),
            Item("opponents", "bei Gegenstimmen der", groups=("SPD",)),
            Item("abstainers", "Enthaltung der", groups=("FW",)),
        ),
    ),
    # the side told first, then who; the groups named before their abstaining verb
    VoteCase(
        "Für den Antrag stimmten die Fraktionen SPD und Grüne, dagegen die FDP; die AfD enthielt"
        " sich",
        (
            Item("supporters", "Für den Antrag stimmten", groups=("SPD", "Grüne")),
            # the list runs on into the groups before "enthielt sich" (ratsparse.votes takes
            # them out of it: see tests/test_transform.py)
            Item("opponents", "dagegen", groups=("FDP", "AfD")),
            Item("abstainers", "enthielt sich"),
        ),
    ),
    VoteCase(
        "Gegen die Vorlage votierte die CDU",
        (Item("opponents", "Gegen die Vorlage votierte", groups=("CDU",)),),
    ),
    VoteCase(
        "Dafür stimmten SPD und Volt",
        (Item("supporters", "Dafür stimmten", groups=("SPD", "Volt")),),
    ),
    VoteCase(
        "Mit Ja stimmten: CDU, SPD",
        (Item("supporters", "Mit Ja stimmten:", groups=("CDU", "SPD")),),
    ),
    VoteCase(
        "mit „Nein“ stimmte die AfD",
        (Item("opponents", "mit „Nein“ stimmte", groups=("AfD",)),),
    ),
    # assent with the verb's two parts: who assented stands before it (read by the vote reader)
    VoteCase("CDU und SPD stimmten dem Antrag zu", (Item("supporters", "stimmten dem Antrag zu"),)),
    VoteCase(
        "stimmte der Ausschuss dem Antrag geschlossen zu",
        (Item("supporters", "stimmte der Ausschuss dem Antrag geschlossen zu"),),
    ),
    # each group's number after the label, no total (the vote reader sums them)
    VoteCase(
        "Gegenstimmen: 3 (AfD), 2 (DIE LINKE)",
        (Item("count", "Gegenstimmen:", number="3", groups=("AfD", "DIE LINKE")),),
    ),
    # who cast a side's votes, told after the vote
    VoteCase(
        "Die Gegenstimmen kamen aus der CDU-Fraktion, die Enthaltungen kamen von der FDP",
        (
            Item("opponents", "Die Gegenstimmen kamen aus der", groups=("CDU-Fraktion",)),
            Item("abstainers", "die Enthaltungen kamen von der", groups=("FDP",)),
        ),
    ),
    # the verb of abstaining with a colon before its list
    VoteCase(
        "Der Stimme enthielten sich: Grüne, Volt",
        (Item("abstainers", "enthielten sich:", groups=("Grüne", "Volt")),),
    ),
    # rest
    VoteCase(
        "Bei Zustimmung der Fraktion DIE LINKE mit den übrigen Stimmen abgelehnt",
        (
            Item("supporters", "Bei Zustimmung der", groups=("Fraktion DIE LINKE",)),
            Item("rest", "mit den übrigen Stimmen"),
            Item("verdict", "abgelehnt"),
        ),
    ),
    VoteCase(
        "gegen die übrigen Stimmen beschlossen",
        (Item("rest", "gegen die übrigen Stimmen"), Item("verdict", "beschlossen")),
    ),
    VoteCase(
        "mit den Stimmen von CDU sowie FDP",
        (Item("supporters", "mit den Stimmen von", groups=("CDU", "FDP")),),
    ),
    VoteCase(
        "mit den Stimmen der Fraktion Bündnis 90/Die Grünen",
        (Item("supporters", groups=("Fraktion Bündnis 90/Die Grünen",)),),
    ),
    # opponents
    VoteCase(
        "gegen die Stimmen der AfD-Fraktion",
        (Item("opponents", "gegen die Stimmen der", groups=("AfD-Fraktion",)),),
    ),
    VoteCase("gegen SPD und FDP", (Item("opponents", "gegen", groups=("SPD", "FDP")),)),
    VoteCase(
        "gegen die Stimme von Pro Köln",
        (Item("opponents", "gegen die Stimme von", groups=("Pro Köln",)),),
    ),
    VoteCase("gegen CDU; FDP bzw. AfD", (Item("opponents", groups=("CDU", "FDP", "AfD")),)),
    VoteCase(
        "gegen die Stimmen der Fraktion Die Linke und der Gruppe GUT",
        (Item("opponents", groups=("Fraktion Die Linke", "Gruppe GUT")),),
    ),
    # a list ends before the particle of `lehnt … ab` / `stimmt … zu`
    VoteCase(
        "bei Zustimmung der CDU-Fraktion und der AfD-Fraktion ab. Herr Lenz lässt abstimmen.",
        (Item("supporters", groups=("CDU-Fraktion", "AfD-Fraktion")),),
    ),
    VoteCase(
        "stimmt gegen die Stimmen der SPD zu",
        (Item("verdict", "stimmt"), Item("opponents", groups=("SPD",))),
    ),
    # supporters and opponents: a side's number, then its list in parentheses
    VoteCase(
        "lehnt mit 9 Stimmen (SPD-Fraktion, CDU-Fraktion) gegen 2 Stimmen (Gruppe Volt) ab",
        (
            Item("verdict", "lehnt"),
            Item("supporters", "mit", "9", ("SPD-Fraktion", "CDU-Fraktion")),
            Item("opponents", "gegen", "2", ("Gruppe Volt",)),
        ),
    ),
    # a side's number alone, before a verdict, a conjunction or the end of the sentence
    VoteCase(
        "mit 7 Stimmen bei 2 Enthaltungen angenommen",
        (
            Item("supporters", "mit 7 Stimmen", "7"),
            Item("count", "Enthaltungen", "2"),
            Item("verdict", "angenommen"),
        ),
    ),
    VoteCase("Mit sieben Stimmen.", (Item("supporters", "Mit sieben Stimmen", "sieben"),)),
    VoteCase(
        "mit 14 Stimmen einstimmig",
        (Item("supporters", "mit 14 Stimmen", "14"), Item("unanimity", "einstimmig")),
    ),
    # not before a word that is no verdict: "mit 7 Stimmen Mehrheit" is no side's number
    VoteCase("mit 7 Stimmen Mehrheit", ()),
    VoteCase(
        "mit 24 Stimmen (12 SPD, 5 WNK UWG) gegen 11 Stimmen (7 Bürgerforum, 4 FDP)",
        (
            Item("supporters", "mit", "24", ("12 SPD", "5 WNK UWG")),
            Item("opponents", "gegen", "11", ("7 Bürgerforum", "4 FDP")),
        ),
    ),
    # abstainers
    VoteCase(
        "bei Stimmenthaltung der FDP-Fraktion",
        (Item("abstainers", "bei Stimmenthaltung der", groups=("FDP-Fraktion",)),),
    ),
    VoteCase(
        "bei Enthaltung der Stimmen des RM Herrn Krause (FDP)",
        (Item("abstainers", "bei Enthaltung der Stimmen des", groups=("RM Herrn Krause (FDP)",)),),
    ),
    VoteCase(
        "einstimmig bei Stimmenthaltung der FDP und der Linken",
        (Item("unanimity"), Item("abstainers", groups=("FDP", "Linken"))),
    ),
    VoteCase(
        "bei einer Enthaltung von pro NRW mehrheitlich abgelehnt",
        (
            Item("abstainers", "bei einer Enthaltung von", groups=("pro NRW",)),
            Item("majority"),
            Item("verdict", "abgelehnt"),
        ),
    ),
    # the article after Enthaltung is lower case: `Der` opens the next sentence
    VoteCase(
        "1 Stimmenthaltung Der Vorsitzende der Gruppe Volt stellt einen Antrag.",
        (Item("count", "Stimmenthaltung", "1"),),
    ),
    VoteCase(
        "Einstimmig bei Stimmenthaltung von Herrn Krause beschlossen.",
        (
            Item("unanimity"),
            Item("abstainers", "bei Stimmenthaltung von", groups=("Herrn Krause",)),
            Item("verdict", "beschlossen"),
        ),
    ),
    # lists end where the next phrase begins: `und`/`sowie`/`,` before bei/gegen/mit
    VoteCase(
        "Mehrheitlich gegen die Stimmen der SPD und bei Stimmenthaltung der Linken zugestimmt.",
        (
            Item("majority", "Mehrheitlich"),
            Item("opponents", "gegen die Stimmen der", groups=("SPD",)),
            Item("abstainers", "bei Stimmenthaltung der", groups=("Linken",)),
            Item("verdict", "zugestimmt"),
        ),
    ),
    VoteCase(
        "gegen die Stimmen der CDU und FDP und bei Enthaltung der Grünen",
        (
            Item("opponents", groups=("CDU", "FDP")),
            Item("abstainers", groups=("Grünen",)),
        ),
    ),
    VoteCase(
        "gegen die Stimmen der CDU, der FDP sowie von Herrn Weber und bei Enthaltung der Piraten",
        (
            Item("opponents", groups=("CDU", "FDP", "Herrn Weber")),
            Item("abstainers", groups=("Piraten",)),
        ),
    ),
    VoteCase(
        "mit den Stimmen der CDU sowie bei Enthaltung der FDP",
        (Item("supporters", groups=("CDU",)), Item("abstainers", groups=("FDP",))),
    ),
    VoteCase(
        "mit den Stimmen der CDU, gegen die Stimmen der SPD",
        (Item("supporters", groups=("CDU",)), Item("opponents", groups=("SPD",))),
    ),
    VoteCase(
        "mit den Stimmen der CDU und mit den Stimmen der Volt-Fraktion",
        (Item("supporters", groups=("CDU",)), Item("supporters", groups=("Volt-Fraktion",))),
    ),
    # count: KEY: number (members)
    VoteCase("Ja: 12", (Item("count", "Ja:", "12"),)),
    VoteCase("Nein-Stimmen: 0", (Item("count", "Nein-Stimmen:", "0"),)),
    VoteCase("Ja: zwölf", (Item("count", "Ja:", "zwölf"),)),
    VoteCase(
        "dafür: 10 (4 SPD, 3 CDU, 3 FDP)",
        (Item("count", "dafür:", "10", ("4 SPD", "3 CDU", "3 FDP")),),
    ),
    VoteCase("Enth.: 1 (OP)", (Item("count", "Enth.:", "1", ("OP",)),)),
    # a counted list run together without its comma; never after `Bündnis`
    VoteCase(
        "dagegen: 11 (4 SPD, 1 BÜRGERLISTE 1 OP, 1 FDP)",
        (Item("count", "dagegen:", "11", ("4 SPD", "1 BÜRGERLISTE", "1 OP", "1 FDP")),),
    ),
    VoteCase(
        "dafür: 6 (4 Bündnis 90 Die Grünen 2 SPD)",
        (Item("count", "dafür:", "6", ("4 Bündnis 90 Die Grünen", "2 SPD")),),
    ),
    # a comma left before the closing parenthesis
    VoteCase(
        "dafür: 3 (2 CDU, 1 pro NRW,)\ndagegen: 1 (1 OP)",
        (
            Item("count", "dafür:", "3", ("2 CDU", "1 pro NRW")),
            Item("count", "dagegen:", "1", ("1 OP",)),
        ),
    ),
    # a table's cell borders are layout
    VoteCase("Enthaltungen: | keine |", (Item("count", "Enthaltungen:", "keine"),)),
    VoteCase(
        "dafür: 10 (4 SPD, 3 CDU,\n3 FDP)",
        (Item("count", "dafür:", "10", ("4 SPD", "3 CDU", "3 FDP")),),
    ),
    VoteCase(
        "dagegen: 5 (\n3 AfD, 2 FW\n)",
        (Item("count", "dagegen:", "5", ("3 AfD", "2 FW")),),
    ),
    VoteCase(
        "Ja: 12, Nein: 3, Enthaltungen: 1",
        (
            Item("count", "Ja:", "12"),
            Item("count", "Nein:", "3"),
            Item("count", "Enthaltungen:", "1"),
        ),
    ),
    VoteCase(
        "Ja: 2 (CDU)\nNein: 3 (AfD)",
        (Item("count", "Ja:", "2", ("CDU",)), Item("count", "Nein:", "3", ("AfD",))),
    ),
    VoteCase("JA:\nNEIN:", (Item("count", "JA:"), Item("count", "NEIN:"))),
    # nobody, in so many words: a count of 0
    VoteCase(
        "einstimmig ohne Enthaltungen",
        (Item("unanimity"), Item("count", "ohne Enthaltungen")),
    ),
    VoteCase("ohne Stimmenthaltung angenommen", (Item("count"), Item("verdict"))),
    # a stray separator before the closing parenthesis; a number alone in parentheses
    VoteCase(
        "dafür: 2 (1 CDU, 1 OP,)\ndagegen: 1 (1 AfD)",
        (
            Item("count", "dafür:", "2", ("1 CDU", "1 OP")),
            Item("count", "dagegen:", "1", ("1 AfD",)),
        ),
    ),
    VoteCase("Nein 0 (2)", (Item("count", "Nein", "0"),)),
    # spaced and glued spellings of the count words
    VoteCase("Ja - Stimmen: 19", (Item("count", "Ja - Stimmen:", "19"),)),
    VoteCase(
        "18-Ja-Stimmen, 3 Nein-Stimmen",
        (Item("count", "-Ja-Stimmen", "18"), Item("count", "Nein-Stimmen", "3")),
    ),
    VoteCase(
        "bei 20 Dafürstimmen und einer Stimmenenthaltung",
        (Item("count", "Dafürstimmen", "20"), Item("count", "Stimmenenthaltung", "einer")),
    ),
    # count: lead number + count word (members)
    VoteCase(
        "31 Ja-Stimmen (SPD, Grüne)",
        (Item("count", "Ja-Stimmen", "31", ("SPD", "Grüne")),),
    ),
    VoteCase(
        "40 Gegenstimmen (CDU, FDP, LR)",
        (Item("count", "Gegenstimmen", "40", ("CDU", "FDP", "LR")),),
    ),
    VoteCase("2 Enthaltungen", (Item("count", "Enthaltungen", "2"),)),
    # a bare label and its number in columns, spaces between
    VoteCase("Ja-Stimmen      41", (Item("count", "Ja-Stimmen", "41"),)),
    # a count as a tick sheet writes it
    VoteCase(
        "12 x Ja, 2 x Nein",
        (Item("count", "Ja", "12 x"), Item("count", "Nein", "2 x")),
    ),
    VoteCase("eine Gegenstimme", (Item("count", "Gegenstimme", "eine"),)),
    VoteCase("1 Enthaltung", (Item("count", "Enthaltung", "1"),)),
    VoteCase("eine Stimmenthaltung", (Item("count", "Stimmenthaltung", "eine"),)),
    VoteCase("zwei Nein-Stimmen", (Item("count", "Nein-Stimmen", "zwei"),)),
    VoteCase(
        "mehrheitlich bei 2 Enthaltungen beschlossen",
        (Item("majority"), Item("count", "Enthaltungen", "2"), Item("verdict", "beschlossen")),
    ),
    VoteCase(
        "Ja = 12 Nein = 3",
        (Item("count", "Ja =", "12"), Item("count", "Nein =", "3")),
    ),
    # count: table form  KEY   number Stimmen   members
    VoteCase(
        "Ja   12 Stimmen   CDU, Grüne",
        (Item("count", "Ja", "12", ("CDU", "Grüne")),),
    ),
    VoteCase(
        "Nein   eine Stimme   Frau X (Pro Köln)",
        (Item("count", "Nein", "eine", ("Frau X (Pro Köln)",)),),
    ),
    VoteCase(
        "Ja   12 Stimmen   CDU,\nGrüne",
        (Item("count", "Ja", "12", ("CDU", "Grüne")),),
    ),
    VoteCase(
        "Ja   3 Stimmen   SPD\nNein   keine Stimmen",
        (Item("count", "Ja", "3", ("SPD",)), Item("count", "Nein", "keine")),
    ),
    VoteCase(
        "Ja 12 Stimmen CDU, Grüne, Frau B. (FDP)",
        (Item("count", "Ja", "12", ("CDU", "Grüne", "Frau B. (FDP)")),),
    ),
    VoteCase(
        "Ja 12 Stimmen, Nein 3 Stimmen AfD",
        (Item("count", "Ja", "12"), Item("count", "Nein", "3", ("AfD",))),
    ),
    VoteCase(
        "Ja:   11 Stimmen   CDU, Grüne, Frau B. (FDP)",
        (Item("count", "Ja:", "11", ("CDU", "Grüne", "Frau B. (FDP)")),),
    ),
    VoteCase(
        "Nein: 12 Stimmen (Grüne, CDU, SPD)",
        (Item("count", "Nein:", "12", ("Grüne", "CDU", "SPD")),),
    ),
    # count: bare label and number, no colon
    VoteCase(
        "Ja 10, Nein 2, Enthaltung 1",
        (
            Item("count", "Ja", "10"),
            Item("count", "Nein", "2"),
            Item("count", "Enthaltung", "1"),
        ),
    ),
    # ... and "Gegen" so, where its number ends the count (not "gegen 2 Stimmen")
    VoteCase(
        "Für 14, Gegen 2, Enthaltung 1",
        (
            Item("count", "Für", "14"),
            Item("count", "Gegen", "2"),
            Item("count", "Enthaltung", "1"),
        ),
    ),
    VoteCase(
        "Für 14 Gegen 2 Enthaltung 1",
        (
            Item("count", "Für", "14"),
            Item("count", "Gegen", "2"),
            Item("count", "Enthaltung", "1"),
        ),
    ),
    VoteCase("dafür 4 (2 SPD, 2 CDU)", (Item("count", "dafür", "4", ("2 SPD", "2 CDU")),)),
    VoteCase(
        "5 Ja / 9 Nein / 1 Enthaltung",
        (Item("count", "Ja", "5"), Item("count", "Nein", "9"), Item("count", "Enthaltung", "1")),
    ),
    # count: groups with their numbers in parentheses, no total
    VoteCase(
        "Zustimmung: CDU (12), SPD (4)",
        (Item("count", "Zustimmung:", None, ("12 CDU", "4 SPD")),),
    ),
    # count: groups with and without their numbers in one list
    VoteCase(
        "Enthaltung: FDP (3), Oberbürgermeister",
        (Item("count", "Enthaltung:", None, ("3 FDP", "Oberbürgermeister")),),
    ),
    VoteCase(
        "Ablehnung: Bündnis 90/Die Grünen (3)\nEnthaltung: FDP (1)",
        (
            Item("count", "Ablehnung:", None, ("3 Bündnis 90/Die Grünen",)),
            Item("count", "Enthaltung:", None, ("1 FDP",)),
        ),
    ),
    # ratio
    VoteCase("mit 17:3 Stimmen", (Item("ratio", "mit 17:3 Stimmen"),)),
    VoteCase("mit 10:5:2 Stimmen", (Item("ratio", "mit 10:5:2 Stimmen"),)),
    VoteCase("mit 17 : 3 Stimmen", (Item("ratio", "mit 17 : 3 Stimmen"),)),
    VoteCase("mit 21 zu 9 Stimmen", (Item("ratio", "mit 21 zu 9 Stimmen"),)),
    VoteCase("Stimmenverhältnis von 44 : 4", (Item("ratio", "Stimmenverhältnis von 44 : 4"),)),
    VoteCase("mit 20 gegen 15 Stimmen", (Item("ratio", "mit 20 gegen 15 Stimmen"),)),
    # ratio: a number word on either side
    VoteCase("mit 16 zu zwölf Stimmen angenommen", (Item("ratio"), Item("verdict"))),
    VoteCase("mit elf gegen 9 Stimmen", (Item("ratio", "mit elf gegen 9 Stimmen"),)),
    # ratio: a bare tally ending its line (Ja : Nein : Enthaltung)
    VoteCase("12:0", (Item("ratio", "12:0"),)),
    VoteCase("12 : 3 : 1\neinstimmig", (Item("ratio", "12 : 3 : 1"), Item("unanimity"))),
    VoteCase("11-2-0\nangenommen", (Item("ratio", "11-2-0"), Item("verdict"))),
    # counts with the nouns of assent and refusal, an abbreviated label after its number
    VoteCase(
        "14 Zustimmungen, 2 Ablehnungen, 0 Enth.",
        (
            Item("count", "Zustimmungen", "14"),
            Item("count", "Ablehnungen", "2"),
            Item("count", "Enth.", "0"),
        ),
    ),
    VoteCase("Gegenstimmen 2", (Item("count", "Gegenstimmen", "2"),)),
    # ratio: a tally with its labels, before or after it: a count per label, in their order
    VoteCase(
        "Ja / Enthaltung / Nein: 9 / 2 / 1",
        (Item("count", "Ja", "9"), Item("count", "Enthaltung", "2"), Item("count", "Nein", "1")),
    ),
    VoteCase(
        "Die Abstimmung ergab 14:3 (Dafür/Dagegen).",
        (Item("count", "Dafür", "14"), Item("count", "Dagegen", "3")),
    ),
    VoteCase(
        "Ja-Stimmen / Nein-Stimmen / Enth. 12/0/1",
        (
            Item("count", "Ja-Stimmen", "12"),
            Item("count", "Nein-Stimmen", "0"),
            Item("count", "Enth.", "1"),
        ),
    ),
    # not a tally: a date after the labels' words
    VoteCase("Ja/Nein: 12/3.2025", ()),
    # a count's list that says its own side: those groups voted that way, not the count's
    VoteCase(
        "1 Enthaltung (CDU, FDP dagegen)",
        (Item("count", "Enthaltung", "1"), Item("opponents", "dagegen", groups=("CDU", "FDP"))),
    ),
    # verdict
    VoteCase("zugestimmt", (Item("verdict", "zugestimmt"),)),
    VoteCase("Der Antrag wird abgelehnt.", (Item("verdict", "abgelehnt"),)),
    VoteCase("zur Kenntnis genommen", (Item("verdict", "Kenntnis"),)),
    VoteCase("einstimmig dafür", (Item("unanimity"), Item("verdict", "dafür"))),
    # consent: a decision without a vote
    VoteCase("Der Rat ist damit einverstanden.", (Item("consent", "einverstanden"),)),
    VoteCase(
        "Gegen diesen Vorschlag erhebt sich kein Widerspruch.",
        (
            # the grammar reads a group; the vote reader drops it (a demonstrative opens it)
            Item("opponents", "Gegen", groups=("diesen Vorschlag",)),
            Item("consent", "erhebt sich kein Widerspruch"),
        ),
    ),
    # subject
    VoteCase("Zu Ziffer 2: einstimmig", (Item("subject", "Zu Ziffer 2"), Item("unanimity"))),
    VoteCase("Zu Punkt 1.2:", (Item("subject", "Zu Punkt 1.2"),)),
    VoteCase("Dringlichkeit: einstimmig", (Item("subject", "Dringlichkeit"), Item("unanimity"))),
    # count: groups named after a label, no number
    VoteCase(
        "Zustimmung: CDU, SPD; Ablehnung: AfD",
        (
            Item("count", "Zustimmung:", None, ("CDU", "SPD")),
            Item("count", "Ablehnung:", None, ("AfD",)),
        ),
    ),
    VoteCase(
        "Ja: CDU, GRÜNE Nein: AfD",
        (Item("count", "Ja:", None, ("CDU", "GRÜNE")), Item("count", "Nein:", None, ("AfD",))),
    ),
    VoteCase(
        "mehrheitlich bei Gegenstimmen aus der AfD-Fraktion",
        (Item("majority"), Item("opponents", "bei Gegenstimmen aus der", groups=("AfD-Fraktion",))),
    ),
    # count: more labels
    VoteCase(
        "7 dafür, 2 dagegen, 1 Enthaltung",
        (
            Item("count", "dafür", "7"),
            Item("count", "dagegen", "2"),
            Item("count", "Enthaltung", "1"),
        ),
    ),
    VoteCase("Ja 15 Befangen 1", (Item("count", "Ja", "15"), Item("count", "Befangen", "1"))),
    VoteCase(
        "Anwesend: 15, Für: 14, Gegen: 1",
        (
            Item("count", "Anwesend:", "15"),
            Item("count", "Für:", "14"),
            Item("count", "Gegen:", "1"),
        ),
    ),
    VoteCase(
        "Für den Beschluss: 12, Gegen den Beschluss: 3",
        (Item("count", "Für den Beschluss:", "12"), Item("count", "Gegen den Beschluss:", "3")),
    ),
    VoteCase(
        "Stimmen dafür: 12\nStimmen dagegen: 2",
        (Item("count", "Stimmen dafür:", "12"), Item("count", "Stimmen dagegen:", "2")),
    ),
    # aside
    VoteCase(
        "(Herr X nimmt nicht teil.) einstimmig",
        (Item("aside", "(Herr X nimmt nicht teil.)"), Item("unanimity")),
    ),
    # filler only
    VoteCase("Der Ausschuss hat getagt.", ()),
    VoteCase("Sitzung um 17:30 Uhr", ()),
)


@pytest.mark.parametrize("case", VOTE_CASES, ids=lambda c: c.text)
def test_vote_items(case: VoteCase) -> None:
    result = parse_vote(case.text)
    assert result.skipped == ()
    got = meaningful(result.items)
    assert [item.kind for item in got] == [item.kind for item in case.items]
    for item, want in zip(got, case.items, strict=True):
        if want.key is not None:
            assert item.key is not None and item.key.text == want.key
        assert (item.number.text if item.number else None) == want.number
        assert tuple(shown(m) for m in item.groups) == want.groups
        for member in item.groups:
            assert not member.name.text[:1].isdigit(), "a member's number belongs in .number"


@pytest.mark.parametrize("case", VOTE_CASES, ids=lambda c: c.text)
def test_pieces_point_into_the_text(case: VoteCase) -> None:
    for item in parse_vote(case.text).items:
        assert case.text[item.piece.start : item.piece.end] == item.piece.text
        for piece in (item.key, item.number):
            if piece is not None:
                assert case.text[piece.start : piece.end] == piece.text
        for member in item.groups:
            assert case.text[member.name.start : member.name.end] == member.name.text


@pytest.mark.parametrize(
    "text",
    [
        "Enth.: 1 (OP)",
        "dafür: 10 (4 SPD, 3 CDU, 3 FDP)",
        "31 Ja-Stimmen (SPD, Grüne)",
    ],
)
def test_count_piece_includes_the_closing_parenthesis(text: str) -> None:
    [item] = parse_vote(text).items
    assert item.kind == "count"
    assert item.piece.text == text


def test_filler_items_keep_unknown_words() -> None:
    items = parse_vote("Der Ausschuss vertagt die Sache").items
    assert [(i.kind, i.piece.text) for i in items] == [
        ("filler", "Der"),
        ("filler", "Ausschuss"),
        ("verdict", "vertagt"),
        ("filler", "die"),
        ("filler", "Sache"),
    ]


def test_a_group_name_does_not_swallow_und() -> None:
    [opp, abst] = meaningful(
        parse_vote("gegen die Stimmen der SPD und bei Enthaltung der Grünen").items
    )
    assert opp.kind == "opponents"
    assert [m.name.text for m in opp.groups] == ["SPD"]
    assert opp.piece.text == "gegen die Stimmen der SPD"
    assert abst.kind == "abstainers"
    assert [m.name.text for m in abst.groups] == ["Grünen"]


def test_empty_template_gives_counts_without_numbers() -> None:
    items = parse_vote("JA:\nNEIN:\nENTHALTUNGEN:").items
    assert [i.kind for i in items] == ["count", "count", "count"]
    assert all(i.number is None and i.groups == () for i in items)


def test_a_line_break_ends_a_count_member_list_without_parentheses() -> None:
    items = meaningful(parse_vote("Ja   3 Stimmen   SPD\nzugestimmt").items)
    assert [i.kind for i in items] == ["count", "verdict"]
    assert [m.name.text for m in items[0].groups] == ["SPD"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("einstimmig bei einer Enthaltung", "unanimity"),
        ("einstimmig bei einer Enthaltung zugestimmt", "verdict"),
        ("mehrheitlich bei einer Enthaltung beschlossen", "majority"),
    ],
)
def test_bei_einer_enthaltung_does_not_lose_the_rest(text: str, kind: VoteItemKind) -> None:
    items = meaningful(parse_vote(text).items)
    assert kind in [i.kind for i in items]
    names = [m.name.text for i in items for m in i.groups]
    assert "zugestimmt" not in names
    assert "beschlossen" not in names


# ---------------------------------------------------------------------------------------------
# Vocabulary of the terminals.


def test_alternatives_reader() -> None:
    assert "zugestimmt" in alternatives(GRAMMAR_TEXT, "VERDICT")
    assert {"enth", "enth."} <= set(alternatives(GRAMMAR_TEXT, "COUNT_KEY"))
    assert set(expand(r"enthaltung(?:en)?")) == {"enthaltung", "enthaltungen"}
    assert set(expand(r"enth\.?|ja")) == {"enth.", "enth", "ja"}
    assert set(expand("stimmen?")) == {"stimme", "stimmen"}


@pytest.mark.parametrize("word", alternatives(GRAMMAR_TEXT, "VERDICT"))
def test_every_verdict_word_is_a_verdict(word: str) -> None:
    for form in (word, word.capitalize(), f"Der Ausschuss hat {word}."):
        verdicts = [i for i in parse_vote(form).items if i.kind == "verdict"]
        assert [v.piece.text.lower() for v in verdicts] == [word.lower()], form


@pytest.mark.parametrize("word", alternatives(GRAMMAR_TEXT, "UNANIMOUS"))
def test_every_unanimity_word(word: str) -> None:
    [item] = parse_vote(word.capitalize()).items
    assert item.kind == "unanimity"


@pytest.mark.parametrize("word", alternatives(GRAMMAR_TEXT, "NUMBER_WORD"))
def test_every_number_word_counts(word: str) -> None:
    [item] = parse_vote(f"Ja: {word}").items
    assert item.kind == "count"
    assert item.number is not None and item.number.text == word


@pytest.mark.parametrize("word", alternatives(GRAMMAR_TEXT, "COUNT_KEY"))
def test_every_count_key(word: str) -> None:
    [item] = parse_vote(f"{word.capitalize()}: 3").items
    assert item.kind == "count"
    assert item.number is not None and item.number.text == "3"


# ---------------------------------------------------------------------------------------------
# Coverage: every rule and terminal of vote.lark is exercised by a table row.


def used_in_tree(text: str) -> tuple[set[str], set[str]]:
    return used_names(build("vote").parse(text))


def _covered() -> tuple[set[str], set[str]]:
    return used_names(*(build("vote").parse(case.text) for case in VOTE_CASES))


def test_grammar_file_lists_rules_and_terminals() -> None:
    assert {"supporters", "count", "members", "member", "group"} <= grammar_rules(GRAMMAR_TEXT)
    assert {"VERDICT", "COUNT_KEY", "NAME_WORD", "FILLER"} <= grammar_terminals(GRAMMAR_TEXT)
    assert "_groups" not in grammar_rules(GRAMMAR_TEXT)
    assert "_SEP" not in grammar_terminals(GRAMMAR_TEXT)


def test_every_rule_has_a_case() -> None:
    rules, _ = _covered()
    assert_all_used("vote.lark rules", grammar_rules(GRAMMAR_TEXT), rules)


def test_every_terminal_has_a_case() -> None:
    _, terminals = _covered()
    assert_all_used("vote.lark terminals", grammar_terminals(GRAMMAR_TEXT), terminals)


@pytest.mark.parametrize("case", VOTE_CASES, ids=lambda c: c.text)
def test_case_uses_the_rules_it_names(case: VoteCase) -> None:
    rules, terminals = used_in_tree(case.text)
    if "LABELLED_TALLY" in terminals:
        rules |= {"count"}  # a tally with its labels is read as a count per label
    if "LIST_SIDE" in terminals:
        rules |= {"supporters", "opponents"}  # a list saying its side is that side's
    assert {item.kind for item in case.items} <= rules
    if not case.items:
        assert terminals <= {"FILLER", "STOP"}


@pytest.mark.parametrize(
    ("text", "kind", "groups"),
    [
        (
            "mehrheitlich beschlossen (CDU, FDP und Herr Meier dagegen)",
            "opponents",
            ("CDU", "FDP", "Herr Meier"),
        ),
        ("angenommen ( SPD dafür )", "supporters", ("SPD",)),
    ],
)
def test_a_parenthesis_naming_a_side_names_its_groups(
    text: str, kind: str, groups: tuple[str, ...]
) -> None:
    items = [i for i in parse_vote(text).items if i.kind in ("supporters", "opponents", "aside")]
    assert [i.kind for i in items] == [kind]
    assert tuple(m.name.text for m in items[0].groups) == groups
    for member in items[0].groups:
        assert text[member.name.start : member.name.end] == member.name.text


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("einstimmig (15:0)", [("ratio", "15:0")]),
        ("einstimmig (15/0/0)", [("ratio", "15/0/0")]),
        ("mehrheitlich ( 12 / 3 / 1 ) beschlossen", [("ratio", "12 / 3 / 1")]),
        (
            "mehrheitlich (13 Ja, 2 Nein, 1 Enthaltung) beschlossen",
            [("count", "13 Ja"), ("count", "2 Nein"), ("count", "1 Enthaltung")],
        ),
        ("abgelehnt (Ja: 4, Nein: 9)", [("count", "Ja: 4"), ("count", "Nein: 9")]),
        # a remark stays a remark, whatever words it holds
        ("einstimmig (Herr X stimmt dagegen)", []),
        ("einstimmig (Sitzung vom 12.03.2024)", []),
        ("einstimmig (07/03/10)", []),  # a leading zero: the number of something
    ],
)
def test_counts_in_parentheses_are_counts(text: str, counted: list[tuple[str, str]]) -> None:
    items = parse_vote(text).items
    found = [(i.kind, i.piece.text) for i in items if i.kind in ("count", "ratio")]
    assert found == counted
    for item in items:
        assert text[item.piece.start : item.piece.end] == item.piece.text
        if item.number is not None:
            assert text[item.number.start : item.number.end] == item.number.text
    asides = [i for i in items if i.kind == "aside"]
    assert bool(asides) == (not counted)


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("23 Ja-Stimmen, 1 Nein-Stimme, 1 Enthaltung 2. 20 Ja-Stimmen, 4 Nein-Stimmen", [23, 20]),
        ("Zu 1: 8 Ja-Stimmen, 0 Nein-Stimmen, 5 Enthaltungen Zu 2: 9 Ja-Stimmen", [8, 9]),
    ],
)
def test_a_side_counted_again_after_another_is_the_next_vote(text: str, yes: list[int]) -> None:
    from ratsparse import parse_text

    res = parse_text(f"Abstimmungsergebnis:\n{text}\n")
    # (headed by their parts' numbers, they are the parts' votes)
    votes = res.votes or tuple(v for item in res.items for v in item.votes)
    assert [v.counts.yes for v in votes] == yes  # two votes, not one of their sums


def test_the_same_side_counted_per_group_is_summed() -> None:
    from ratsparse import parse_text

    (vote,) = parse_text(
        "Beschluss: mehrheitlich beschlossen\n"
        "Abstimmungsergebnis: 20 Ja-Stimmen, zwei Gegenstimmen der AfD, eine Gegenstimme der FDP\n"
    ).votes
    assert (vote.counts.yes, vote.counts.no) == (20, 3)


@pytest.mark.parametrize(
    ("text", "yes", "unanimous"),
    [
        # a committee's abbreviation as the label, one line per body
        (
            "BUA:      einstimmig, 11 Ja-Stimmen, 0 Enthaltungen, 0 Nein-Stimmen\n"
            "WiToLa: einstimmig,   9 Ja-Stimmen, 0 Enthaltungen, 0 Nein-Stimmen\n",
            [11, 9],
            [True, True],
        ),
        ("Hauptausschuss: 9 Ja, 3 Nein, 1 Enthaltung\n", [9], [False]),
        ("HFA: mehrheitlich\n", [None], [False]),
    ],
)
def test_a_field_whose_value_is_a_vote_heads_it(
    text: str, yes: list[int | None], unanimous: list[bool]
) -> None:
    from ratsparse import parse_text

    res = parse_text(text)
    assert [v.counts.yes for v in res.votes] == yes
    assert [v.unanimous for v in res.votes] == unanimous
    assert res.outcome == "approved"


@pytest.mark.parametrize(
    "text",
    [
        "Gremium: Stadtrat\nBeschluss: beschlossen\n",
        "Stimmberechtigt: 15\nBeschluss: beschlossen\n",
        "Anwesend: 12 Mitglieder\nBeschluss: beschlossen\n",
    ],
)
def test_a_field_whose_value_is_no_vote_stays_a_field(text: str) -> None:
    from ratsparse import parse_text

    assert parse_text(text).votes == ()


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("Der Antrag wird nicht angenommen.", "rejected"),
        ("Dem Antrag wird nicht zugestimmt.", "rejected"),
        ("Die Niederschrift wird nicht genehmigt.", "rejected"),
        ("Der Antrag wurde mit 5 Ja-Stimmen und 9 Nein-Stimmen nicht angenommen.", "rejected"),
        ("Der Antrag wird angenommen.", "approved"),
        ("Der Antrag wird nicht öffentlich beraten und angenommen.", "approved"),
        # the minutes approved
        ("Das Protokoll der 9. Sitzung wird gebilligt.", "approved"),
        ("Der Rat billigt das Protokoll.", "approved"),
    ],
)
def test_a_verdict_in_prose_and_its_denial(sentence: str, outcome: str) -> None:
    from ratsparse import parse_text

    assert parse_text(f"TOP 4: Protokoll\n\n{sentence}\n").outcome == outcome


@pytest.mark.parametrize(
    ("sentence", "yes", "no"),
    [
        ("Mit 6 Ja-Stimmen und 9 Nein-Stimmen abgelehnt.", 6, 9),
        ("Der Antrag wird mit 12 Ja-Stimmen bei 3 Nein-Stimmen angenommen.", 12, 3),
        ("Der Antrag wird mit 6 Ja-Stimmen und 9 Nein-Stimmen nicht angenommen.", 6, 9),
    ],
)
def test_yes_and_no_counted_in_a_sentence_are_a_vote(sentence: str, yes: int, no: int) -> None:
    from ratsparse import parse_text

    (vote,) = parse_text(sentence + "\n").votes
    assert (vote.counts.yes, vote.counts.no) == (yes, no)


@pytest.mark.parametrize(
    ("text", "outcome", "counts", "groups"),
    [
        # the groups against, in a sentence of prose
        ("Gegen die Stimmen der AfD-Fraktion beschlossen.", "approved", (None, None, None),
         {"no": ["AfD-Fraktion"]}),
        ("Mehrheitlich gegen die Stimmen der AfD-Fraktion abgelehnt.", "rejected",
         (None, None, None), {"yes": ["AfD-Fraktion"]}),
        # a ratio of three numbers: Ja, Nein, Enthaltung
        ("Mehrheitlich mit 10:5:2 Stimmen beschlossen.", "approved", (10, 5, 2), {}),
        # a field whose value counts with ja and nein in lower case
        ("Stimmen: 10 ja, 2 nein, 1 Enthaltung", "approved", (10, 2, 1), {}),
        # under the item's own heading, the withdrawal is this item's
        ("TOP 3 Antrag der SPD\n\nDer Antrag wird zurückgezogen.", "withdrawn",
         None, {}),
        ("TOP 3 Antrag der SPD\n\nTOP 5 wird vertagt.", None, None, {}),
    ],
)  # fmt: skip
def test_more_prose_votes(
    text: str,
    outcome: str | None,
    counts: tuple[int | None, int | None, int | None] | None,
    groups: dict[str, list[str]],
) -> None:
    from ratsparse import parse_text

    res = parse_text(text + "\n")
    assert res.outcome == outcome
    vote = next((v for v in res.votes if v.decisive), None)
    if counts is None:
        assert vote is None
        return
    assert vote is not None
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts
    for side, names in groups.items():
        assert [g.name for g in getattr(vote.groups, side)] == names


@pytest.mark.parametrize(
    ("text", "unanimous", "yes", "no"),
    [
        ("Der Stadtrat beschließt die Satzung. (einstimmig)", True, None, None),
        ("Der Stadtrat beschließt die Satzung (einstimmig).", True, None, None),
        ("Der Stadtrat beschließt die Satzung. (12 Ja, 3 Nein)", False, 12, 3),
    ],
)
def test_a_vote_in_parentheses_after_the_decided_words(
    text: str, unanimous: bool, yes: int | None, no: int | None
) -> None:
    from ratsparse import parse_text

    res = parse_text(text + "\n")
    (vote,) = res.votes
    assert (vote.unanimous, vote.counts.yes, vote.counts.no) == (unanimous, yes, no)
    assert res.outcome == "approved"
