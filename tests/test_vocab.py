"""The vocabulary tables of ratsparse.vocab, entry by entry, and their agreement with grammars."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

import pytest

from ratsparse import parse_text, vocab
from ratsparse.models import Outcome
from ratsparse.parser.tables import GRAMMARS, alternation, grammar_source
from tests.grammar_tables import alternatives, expand, grammar_text
from tests.reading import decisive_vote

VOTE_GRAMMAR = grammar_text("vote")
DOCUMENT_GRAMMAR = grammar_text("document")


def count_key(word: str) -> str:
    """A count label folded as the COUNT_KEYS table keys are."""
    return vocab.key(word).rstrip(":").rstrip(".")


def test_alternatives_reader_sees_the_grammar() -> None:
    verdicts = alternatives(VOTE_GRAMMAR, "VERDICT")
    assert {"zugestimmt", "abgelehnt", "vertagt"} <= set(verdicts)
    assert {"enth", "enth."} <= set(alternatives(VOTE_GRAMMAR, "COUNT_KEY"))
    assert set(expand(r"enthaltung(?:en)?|enth\.?")) == {
        "enthaltung",
        "enthaltungen",
        "enth.",
        "enth",
    }


# ---------------------------------------------------------------------------------------------
# key


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("  Ja :  ", "ja"),
        ("Enth.:", "enth"),
        ("Für  den\nAntrag:", "für den antrag"),
        ("| Beschluss | ", "beschluss"),
        ("- Vertagt -", "vertagt"),
        ("*Zugestimmt*", "zugestimmt"),
    ],
)
def test_key_folds(raw: str, folded: str) -> None:
    assert vocab.key(raw) == folded


@pytest.mark.parametrize(
    "table",
    [vocab.OUTCOME_PHRASES, vocab.COUNT_KEYS, vocab.NUMBER_WORDS],
    ids=["OUTCOME_PHRASES", "COUNT_KEYS", "NUMBER_WORDS"],
)
def test_table_keys_are_folded(table: dict[str, object]) -> None:
    for k in table:
        assert vocab.key(k) == k, k


# ---------------------------------------------------------------------------------------------
# OUTCOME_PHRASES / outcome_of


@pytest.mark.parametrize(("phrase", "outcome"), sorted(vocab.OUTCOME_PHRASES.items()))
def test_outcome_of_every_phrase(phrase: str, outcome: Outcome) -> None:
    assert vocab.outcome_of(phrase) == outcome
    assert vocab.outcome_of(phrase.capitalize()) == outcome
    assert vocab.outcome_of(f"Der Antrag wird {phrase}.") == outcome
    assert vocab.outcome_of(f"| {phrase} |") == outcome


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("ungeändert beschlossen", "approved"),
        ("geändert beschlossen", "approved_amended"),
        ("mit Änderungen beschlossen", "approved_amended"),
        ("in geänderter Form empfohlen", "approved_amended"),
        ("endgültig abgelehnt", "rejected"),
        ("Zur Kenntnis genommen", "noted"),
        ("Beschluss: wie Vorlage", "approved"),
        ("ohne Votum in nachfolgende Gremien", "referred"),
        ("Ungeändert Beschlossen", "approved"),
        # how it was decided does not outweigh what was decided
        ("abgelehnt mehrheitlich", "rejected"),
        ("einstimmig vertagt", "postponed"),
        ("mehrheitlich", "approved"),
    ],
)
def test_longest_phrase_wins(text: str, outcome: Outcome) -> None:
    assert vocab.outcome_of(text) == outcome


@pytest.mark.parametrize(
    "text",
    ["", "Der Rat tagt.", "beschlossene Sache", "Abgelehntes", "Beschlussvorlage", "Kenntnisse"],
)
def test_no_outcome_for_unknown_text(text: str) -> None:
    # Phrases match whole words only.
    assert vocab.outcome_of(text) is None


@pytest.mark.parametrize("word", alternatives(VOTE_GRAMMAR, "VERDICT"))
def test_every_verdict_word_of_the_grammar_has_an_outcome(word: str) -> None:
    assert vocab.outcome_of(word) is not None
    assert vocab.outcome_of(word.capitalize()) == vocab.outcome_of(word)


@pytest.mark.parametrize(
    ("text", "amended"),
    [
        ("ungeändert beschlossen", False),
        ("Ungeändert empfohlen", False),
        ("geändert beschlossen", True),
        ("mit Änderungen beschlossen", True),
        ("mit Änderung empfohlen", True),
        ("in geänderter Form beschlossen", True),
        ("beschlossen", None),
        ("abgelehnt", None),
        ("beschlossen mit Ergänzung", True),
        ("ohne Ergänzung beschlossen", False),
    ],
)
def test_amended_of(text: str, amended: bool | None) -> None:
    assert vocab.amended_of(text) is amended


@pytest.mark.parametrize("phrase", sorted(vocab.OUTCOME_PHRASES))
def test_amended_phrases_say_geaendert(phrase: str) -> None:
    amended = vocab.amended_of(phrase)
    if vocab.OUTCOME_PHRASES[phrase] == "approved_amended":
        assert amended is True
    else:
        assert amended is not True


# ---------------------------------------------------------------------------------------------
# COUNT_KEYS


@pytest.mark.parametrize(("label", "field"), sorted(vocab.COUNT_KEYS.items()))
def test_count_key_entry(label: str, field: str | None) -> None:
    assert vocab.COUNT_KEYS[count_key(f"{label.capitalize()}:")] == field
    assert vocab.COUNT_KEYS[count_key(f"{label.upper()} :")] == field


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Ja:", "yes"),
        ("Dafür:", "yes"),
        ("Nein-Stimmen:", "no"),
        ("Gegenstimmen", "no"),
        ("Enth.:", "abstain"),
        ("Stimmenthaltungen:", "abstain"),
        ("Befangen:", "conflicted"),
        ("Anwesend:", "present"),
        ("Ungültige Stimmen:", None),
    ],
)
def test_count_key_meaning(label: str, field: str | None) -> None:
    assert count_key(label) in vocab.COUNT_KEYS
    assert vocab.COUNT_KEYS[count_key(label)] == field


@pytest.mark.parametrize(
    ("terminal", "grammar"),
    [
        ("COUNT_KEY", VOTE_GRAMMAR),
        ("COUNT_WORD", VOTE_GRAMMAR),
        ("COUNT_TABLE_KEY", VOTE_GRAMMAR),
        ("COUNT_LINE", DOCUMENT_GRAMMAR),
    ],
)
def test_every_count_word_of_the_grammars_has_a_count_key(terminal: str, grammar: str) -> None:
    words = alternatives(grammar, terminal)
    assert words
    missing = sorted({w for w in words if count_key(w) not in vocab.COUNT_KEYS})
    assert not missing, f"{terminal} words without a COUNT_KEYS entry: {missing}"


# ---------------------------------------------------------------------------------------------
# NUMBER_WORDS / number_of


@pytest.mark.parametrize(("word", "value"), sorted(vocab.NUMBER_WORDS.items()))
def test_number_of_every_number_word(word: str, value: int) -> None:
    assert vocab.number_of(word) == value
    assert vocab.number_of(word.capitalize()) == value
    assert vocab.number_of(word.upper()) == value


@pytest.mark.parametrize(
    ("text", "value"), [("0", 0), ("7", 7), ("12", 12), (" 31 ", 31), ("120", 120)]
)
def test_number_of_digits(text: str, value: int) -> None:
    assert vocab.number_of(text) == value


@pytest.mark.parametrize(
    "text",
    ["", "viele", "zwölfe", "1.5", "12a", "einige", "²", "1234567", "9" * 5000],
    ids=lambda t: t if len(t) < 10 else f"{len(t)} digits",
)
def test_number_of_unknown(text: str) -> None:
    """A superscript is a digit to str.isdigit but no number to int(); a number of thousands of
    digits is refused by int() (and is no count)."""
    assert vocab.number_of(text) is None


def test_a_huge_number_in_a_vote_is_no_internal_error() -> None:
    res = parse_text("Abstimmungsergebnis:\nJa: " + "9" * 5000 + "\nNein: 1\n")
    assert [d for d in res.diagnostics if d.code == "RP904"] == []


@pytest.mark.parametrize("terminal", ["NUMBER_WORD", "LEAD_NUMBER"])
def test_every_number_word_of_the_grammar_has_a_value(terminal: str) -> None:
    missing = [w for w in alternatives(VOTE_GRAMMAR, terminal) if vocab.number_of(w) is None]
    assert not missing, f"{terminal} words without a NUMBER_WORDS entry: {missing}"


# ---------------------------------------------------------------------------------------------
# PARTY_ALIASES / party_of

ALIASES: list[tuple[str, str]] = sorted(
    (alias, party) for party, aliases in vocab.PARTY_ALIASES.items() for alias in aliases
)


@pytest.mark.parametrize(("alias", "party"), ALIASES)
def test_party_of_every_alias(alias: str, party: str) -> None:
    assert vocab.party_of(alias) == party
    assert vocab.party_of(alias.upper()) == party
    assert vocab.party_of(alias.title()) == party


@pytest.mark.parametrize(("alias", "party"), ALIASES)
def test_party_of_every_alias_as_a_faction(alias: str, party: str) -> None:
    assert vocab.party_of(f"Fraktion {alias}") == party
    assert vocab.party_of(f"{alias}-Fraktion") == party


@pytest.mark.parametrize("party", sorted(vocab.PARTY_ALIASES))
def test_party_of_the_canonical_name(party: str) -> None:
    assert vocab.party_of(party) == party


@pytest.mark.parametrize(
    ("name", "party"),
    [
        ("SPD-Fraktion", "SPD"),
        ("CDU-Fraktion", "CDU"),
        ("der FDP-Fraktion", "FDP"),
        ("Fraktion Bündnis 90/Die Grünen", "GRÜNE"),
        ("Fraktion BÜNDNIS 90/DIE GRÜNEN", "GRÜNE"),
        ("Die Linke.Köln", "LINKE"),
        ("DIE LINKE.Bonn", "LINKE"),
        ("Fraktion DIE LINKE.", "LINKE"),
        ("die Grünen", "GRÜNE"),
        ("AfD-Ratsgruppe", "AfD"),
        ("Ratsgruppe Volt", "Volt"),
        ("SPD-Kreistagsfraktion", "SPD"),
        ("Freie Wähler-Fraktion", "FW"),
        ("Fraktion der SPD", "SPD"),
        ("die Fraktion der CDU", "CDU"),
        ("Die PARTEI", "PARTEI"),
        ("Grüne Köln", "GRÜNE"),
        ("SPD-Ratsfraktion", "SPD"),
        ("CDU-Stadtratsfraktion", "CDU"),
        ("Gemeinderatsfraktion der SPD", "SPD"),
        # spaces around the slash, an old spelling, a case ending, an article kept
        ("Fraktion Bündnis 90 / Die Grünen", "GRÜNE"),
        ("BÜNDNIS 90 /DIE GRÜNEN", "GRÜNE"),
        ("F.D.P.-Fraktion", "FDP"),
        ("Fraktion Die Linken", "LINKE"),
        ("Die Basis-Fraktion", "dieBasis"),
        # local lists of a common kind, with their town
        ("BÜRGERLISTE", "Bürgerliste"),
        ("Fraktion BÜRGERLISTE", "Bürgerliste"),
        ("Unabhängige Wählergemeinschaft Kirchwalde", "WG"),
        ("UWG Moorbach", "WG"),
        ("Freie Wähler OWG-UWG", "FW"),
        ("FWG-Fraktion", "FW"),
        ("Klimaliste Moorbach", "Klimaliste"),
        ("Fraktion pro Köln", "pro Köln"),
        ("PRO NRW", "pro NRW"),
        # a joint group of one party (or a common kind of list) and a local list
        ("UWG/Die Aktive", "WG"),
        ("WNK/UWG", "WG"),
        ("Fraktion FDP / Bürgerforum", "FDP"),
        # a party's name that holds a shorter one: the whole name decides
        ("Partei der Humanisten", "PdH"),
        ("Partei Mensch Umwelt Tierschutz", "Tierschutzpartei"),
    ],
)
def test_party_of_written_forms(name: str, party: str) -> None:
    assert vocab.party_of(name) == party


@pytest.mark.parametrize(
    "name",
    [
        "Gruppe GUT",
        "Die Unabhängigen",
        "OP",
        "WNK UWG",
        "Marburger Linke",
        "Bürgerforum",
        "CDU/FDP",
        "SPD/Grüne",
        "Gruppe GUT/Bürgerforum",
        "fraktionslos",
        "Herr Müller",
        "",
        "RM",
    ],
)
def test_party_of_unknown_groups(name: str) -> None:
    assert vocab.party_of(name) is None


# ---------------------------------------------------------------------------------------------
# GROUP_KIND_WORDS / names_a_group, LOWER_CASE_NAME_OPENINGS / may_open_a_name


@pytest.mark.parametrize("word", vocab.GROUP_KIND_WORDS)
def test_names_a_group_for_every_group_kind_word(word: str) -> None:
    assert vocab.names_a_group(f"{word.capitalize()} Moorbach")
    assert vocab.names_a_group(f"Moorbacher{word}")  # in a compound
    assert not vocab.names_a_group(f"Moorbach {word.capitalize()}")  # the first word says it


@pytest.mark.parametrize(
    "name",
    [
        "CDU-Fraktion",
        "Fraktion Die Linke",
        "Gruppe GUT",
        "Klimaliste Moorbach",
        "Wählergemeinschaft Kirchwalde",
        "pro NRW",
        "OP",
        "BfM",
        "BüFo",
        "WNK UWG",
        "RM Krause",
        "Herrn Lenz (FDP)",
    ],
)
def test_names_a_group(name: str) -> None:
    assert vocab.names_a_group(name)


@pytest.mark.parametrize(
    "name",
    [
        "Beabsichtigte Änderung der Hauptsatzung",
        "geplante Schließung der Bücherei",
        "Vorlage der CDU-Fraktion",  # the Vorlage is no group, whoever wrote it
        "Antrag",
        "GmbH",
        "Marburger Linke",  # a local list without a word for its kind: not after a bare gegen
        "",
    ],
)
def test_names_no_group(name: str) -> None:
    assert not vocab.names_a_group(name)


@pytest.mark.parametrize("word", vocab.LOWER_CASE_NAME_OPENINGS)
def test_may_open_a_name_for_every_lower_case_opening(word: str) -> None:
    assert vocab.may_open_a_name(f"{word} Moorbacher Liste")
    assert vocab.may_open_a_name(word)


@pytest.mark.parametrize(
    ("name", "opens"),
    [
        ("CDU", True),
        ("Frau Roth", True),
        ("BÜRGERLISTE", True),
        ("4 SPD", True),
        ("dagegen", False),
        ("s. u", False),
        ("stellt einen Geschäftsordnungsantrag", False),
        ("kritisiert", False),
        ("", False),
    ],
)
def test_may_open_a_name(name: str, opens: bool) -> None:
    assert vocab.may_open_a_name(name) is opens


# ---------------------------------------------------------------------------------------------
# PERSON_TITLES / is_person


@pytest.mark.parametrize("title", vocab.PERSON_TITLES)
def test_is_person_for_every_title(title: str) -> None:
    assert vocab.is_person(f"{title} Müller")
    assert vocab.is_person(f"{title.capitalize()} Müller")
    assert vocab.is_person(f"{title.upper()} Müller (SPD)")


@pytest.mark.parametrize(
    "name",
    [
        "CDU-Fraktion",
        "SPD",
        "Fraktion Die Linke",
        "Bündnis 90/Die Grünen",
        "Gruppe GUT",
        "Ratsgruppe Volt",
        "Herrmann-Stiftung",
        "Frauenunion",
        "",
    ],
)
def test_is_person_false_for_factions(name: str) -> None:
    assert not vocab.is_person(name)


@pytest.mark.parametrize("title", vocab.PERSON_TITLES)
def test_no_title_is_a_party(title: str) -> None:
    assert vocab.party_of(title) is None


@pytest.mark.parametrize("title", vocab.PERSON_TITLES)
def test_is_title_for_every_title(title: str) -> None:
    assert vocab.is_title(title)
    assert vocab.is_title(title.rstrip(".").capitalize() + ".")


@pytest.mark.parametrize("word", ["Linke", "Fraktion", "CDU", "Hochheim", ""])
def test_is_title_false_for_other_words(word: str) -> None:
    assert not vocab.is_title(word)


@pytest.mark.parametrize(("name", "number"), sorted(vocab.MONTHS.items()))
def test_every_month_name_dates(name: str, number: int) -> None:
    from ratsparse.text import parse_date

    assert vocab.MONTHS[name] == number
    for written in (name, name.capitalize()):
        assert parse_date(f"am 3. {written} 2024") == dt.date(2024, number, 3)
    assert parse_date(f"31. {name.capitalize()} 2024") is None or number in (1, 3, 5, 7, 8, 10, 12)


# ---------------------------------------------------------------------------------------------
# AGENDA_ITEMS / is_agenda_item, the decided text's sections


@pytest.mark.parametrize("opening", vocab.AGENDA_ITEMS)
def test_is_agenda_item_for_every_opening(opening: str) -> None:
    assert vocab.key(opening) == opening
    assert vocab.is_agenda_item(f"{opening.capitalize()} vom 12.03.2024")
    assert vocab.is_agenda_item(opening.upper()) or "ß" in opening  # "ß".upper() is "SS"
    assert vocab.is_agenda_item(f"  {opening.capitalize()}, Anfragen")


@pytest.mark.parametrize(
    "text",
    [
        "Die Verwaltung wird beauftragt, die Fragestunde neu zu regeln.",  # not at the start
        "Der Bericht der Verwaltung wird zur Kenntnis genommen.",
        "Genehmigungen werden erteilt.",
        "Eröffnungsbilanz 2024 wird festgestellt.",  # a longer word
        "Mitteilungspflichten gelten ab Mai.",
        "",
    ],
)
def test_is_agenda_item_false_for_clauses(text: str) -> None:
    assert not vocab.is_agenda_item(text)


@pytest.mark.parametrize("word", vocab.MID_PHRASE_WORDS)
def test_a_line_ending_with_a_mid_phrase_word_goes_on(word: str) -> None:
    from ratsparse import parse_text

    assert vocab.key(word) == word and " " not in word
    # a blank line after the word does not end the clause's first paragraph: no heading
    text = (
        f"Beschluss: beschlossen\n1. Rat plant {word}\n\nNorden.\n\n2. Rat baut {word}\n\nSüden.\n"
    )
    assert [c.label for c in parse_text(text).clauses] == ["1.", "2."]


@pytest.mark.parametrize("article", vocab.ARTICLES)
def test_an_item_opening_with_an_article_is_a_sentence(article: str) -> None:
    from ratsparse import parse_text

    assert vocab.key(article) == article and " " not in article
    cap = article.capitalize()
    text = f"Beschluss: beschlossen\n1. {cap} Plan gilt\n\n2. {cap} Bau beginnt\n"
    assert [c.label for c in parse_text(text).clauses] == ["1.", "2."]


@pytest.mark.parametrize("label", sorted(vocab.DECISION_SECTIONS | vocab.NON_DECISION_SECTIONS))
def test_section_labels_are_folded_and_of_one_kind(label: str) -> None:
    assert vocab.key(label) == label
    assert not (label in vocab.DECISION_SECTIONS and label in vocab.NON_DECISION_SECTIONS)


# ---------------------------------------------------------------------------------------------
# The grammars take their word lists from these tables


SLOT = re.compile(r"\{\{([a-z_]+)\}\}")


def test_every_slot_of_the_grammars_has_a_word_list() -> None:
    used = {m.group(1) for name in GRAMMARS for m in SLOT.finditer(grammar_source(name))}
    assert used, "the grammars take no word list from the vocabularies"
    assert used == set(vocab.grammar_slots()), "a word list no grammar uses, or a slot unfilled"
    for name in GRAMMARS:
        assert "{{" not in grammar_text(name)


@pytest.mark.parametrize(("slot", "words"), sorted(vocab.grammar_slots().items()))
def test_a_slot_spells_exactly_its_words(slot: str, words: tuple[str, ...]) -> None:
    assert words, slot
    pattern = alternation(words)
    assert sorted(expand(pattern)) == sorted(set(words))
    for word in words:  # longest first: no word stops at a shorter one that begins it
        assert re.match(f"(?:{pattern})", word + " ") is not None
        assert re.match(f"(?:{pattern})", word + " ").group() == word  # type: ignore[union-attr]


def test_verdict_flags_and_count_flags_reach_the_grammar() -> None:
    assert "zugestimmt" in alternatives(VOTE_GRAMMAR, "VERDICT")
    assert "zur kenntnis genommen" not in alternatives(VOTE_GRAMMAR, "VERDICT")
    assert {"enth", "enth."} <= set(alternatives(VOTE_GRAMMAR, "COUNT_KEY"))
    assert "gegenstimme" not in alternatives(VOTE_GRAMMAR, "COUNT_KEY")
    assert "gegenstimme" in alternatives(VOTE_GRAMMAR, "COUNT_WORD")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("abgelehnt", True),
        ("Ungeändert beschlossen", True),
        ("Mehrheitlich angenommen", True),
        ("an Gremium überwiesen", True),
        ("zur Kenntnis genommen", True),
        ("erledigt", True),
        ("bestätigt", True),
        ("Nichtbehandlung", True),
        ("Der Rat beschließt", False),  # the verb of a sentence
        ("Wie Vorlage", False),  # decided text
        ("Die Vorlage wird abgelehnt.", False),
        ("Reduzieren", False),
        ("Nach Beratung.", False),
        ("", False),
    ],
)
def test_is_status_value(text: str, value: bool) -> None:
    assert vocab.is_status_value(text) is value


@pytest.mark.parametrize(
    ("parts", "act"),
    [
        (["Der Antrag wird abgelehnt."], "rejected"),
        (["Der Rat beschließt, den Antrag abzulehnen."], "rejected"),  # a framing verb
        (["Die Angelegenheit wird vertagt."], "postponed"),
        (["Der Bericht wird zur Kenntnis genommen."], "noted"),
        # taking note beside a sentence that does something else decides
        (
            ["Der Bericht wird zur Kenntnis genommen.", "Eine Änderung ist nicht veranlasst."],
            "approved",
        ),
        (["Der Beschlussvorschlag wird mit folgender Änderung beschlossen."], "approved_amended"),
        # a change made in the meeting, whatever the decision is about
        (
            ["Der Rat beschließt den Entwurf des Plans Nr. 4 mit folgender Änderung: …"],
            "approved_amended",
        ),
        (["Die Vorlage wird mit folgender Ergänzung beschlossen: …"], "approved_amended"),
        (
            ["Der Ausschuss stimmt dem Beschlussvorschlag mit der Maßgabe zu, dass …"],
            "approved_amended",
        ),
        (
            ["Der Rat beschließt den Plan mit den in der Sitzung beschlossenen Änderungen."],
            "approved_amended",
        ),
        # a decision whose content is a change
        (["Der Rat beschließt die Änderung der Hauptsatzung."], "approved"),
        (["Der Rat beschließt die Neufassung der Ordnung mit folgenden Änderungen: …"], "approved"),
        (["Dem Antrag auf Vertagung wird zugestimmt."], "postponed"),  # a motion that ends it
        # a sentence on a motion on procedure is an inner vote, not the decision
        (["Die geheime Abstimmung wird abgelehnt. Der Antrag wird angenommen."], "approved"),
        (["Auf die Stellungnahme wird verwiesen."], None),  # a pointer, no referral
        (["Der Antrag wird abgelehnt. Die Vorlage wird vertagt."], None),  # a mix says nothing
        (["", "  "], None),
        # acts about something else: another agenda item moved, an announcement in reported
        # speech; the sentence is no part of the decided text
        (["TOP 6 wird abgesetzt. Die Tagesordnung wird genehmigt."], "approved"),
        (["Die Tagesordnungspunkte 4 und 10.1 werden zurückgestellt."], None),
        (["Der Tagesordnungspunkt wird vertagt."], "postponed"),  # this item: no number
        (["Sie teilt mit, dass die Vorlage zurückgezogen werde."], None),
        (
            ["Er sagt, dass TOP 3 vertagt worden sei. Der Bericht wird zur Kenntnis genommen."],
            "noted",
        ),
        (["Die Vorlage wird zurückgezogen."], "withdrawn"),
        (["Die Anträge werden zurückgezogen."], "withdrawn"),
        # an objection turned away (and the election declared valid: no act of its own)
        (
            [
                "Der Einspruch vom 28.06.2027 wird als unbegründet zurückgewiesen.",
                "Die Wahl wird für gültig erklärt.",
            ],
            "rejected",
        ),
        (["Der Widerspruch ist zurückzuweisen."], "rejected"),
        (["Der Stadtrat befasst sich nicht mit dem Antrag A0933/27."], "other"),
    ],
)
def test_act_of(parts: list[str], act: Outcome | None) -> None:
    assert vocab.act_of(parts) == act


@pytest.mark.parametrize(("stem", "particle"), sorted(vocab.SEPARABLE))
def test_each_separable_verb_is_the_act_of_its_participle(stem: str, particle: str) -> None:
    participle = vocab.SEPARABLE[stem, particle]
    sentence = (
        f"Der Ausschuss {stem} die Beratung der Vorlage {particle}, bis ein Gutachten vorliegt."
    )
    assert vocab.act_of([sentence]) == vocab.ACTS[participle]
    assert vocab.may_do_more([sentence], amended_counts=False)  # the resolver asks act_of


@pytest.mark.parametrize(
    ("parts", "act"),
    [
        (["Der Rat setzt die Gebühr ab dem 1. Januar fest."], "approved"),  # "ab" no particle
        (["Der Rat stellt fest, dass die Frist abgelaufen ist."], None),  # no particle at all
        (["Der Rat stellt die Beschlussfassung zurück und vertagt sie."], "postponed"),
        (["Die Fraktion zieht ihren Antrag zurück."], "withdrawn"),
        # the stem no act of its own: "setzt" alone approves
        (["Der Rat setzt den Tagesordnungspunkt ab."], "postponed"),
    ],
)
def test_separable_verbs_in_sentences(parts: list[str], act: Outcome | None) -> None:
    assert vocab.act_of(parts) == act


@pytest.mark.parametrize(
    "phrase", sorted(p for p, e in vocab.OUTCOME_VOCABULARY.items() if e.particle is not None)
)
def test_a_stem_is_a_verdict_only_with_its_particle(phrase: str) -> None:
    particle = vocab.particle_of(phrase)
    assert particle is not None
    said = f"Der Ausschuss {phrase} den Antrag mit 5 Stimmen {particle}."
    at = said.index(phrase) + len(phrase)
    assert vocab.particle_follows(said, at, particle)
    assert not vocab.particle_follows(
        f"{phrase.title()}, Jörg   Mertes, Dirk", len(phrase), particle
    )
    assert not vocab.particle_follows(f"{phrase} sie {particle} dem 1. Mai", len(phrase), particle)


@pytest.mark.parametrize(
    "part",
    [
        "Satz eins.  Satz zwei!\nSatz drei; und vier",
        "a.|B | c. D",  # a pipe: not a sentence's end, but read as a space
        "Die İnitiative. Zweiter Satz.",  # a letter whose lower case is longer
        "ohne Ende",
        "",
    ],
)
def test_sentence_keys_are_the_keys_of_the_sentences(part: str) -> None:
    sentences = re.split(r"(?<=[.!?;])\s+(?=[A-ZÄÖÜ])", part)
    assert list(vocab._sentence_keys(part)) == [vocab.key(s) for s in sentences]


@pytest.mark.parametrize(
    "text",
    [
        "der beschlussvorschlag mit folgender änderung",
        "unter einbeziehung der anmerkungen gebilligt",
        "in der sitzung in einen prüfantrag umgewandelt",
        "die abwägung entsprechend zu ändern",
    ],
)
def test_every_change_in_the_meeting_holds_a_quick_test_word(text: str) -> None:
    assert vocab._CHANGED_PROPOSAL.search(text)
    assert vocab._holds_any(text, vocab._CHANGED_WORDS)


@pytest.mark.parametrize(
    "table", [vocab.ACTS, vocab.MOTIONS, vocab.OUTCOME_PHRASES], ids=["acts", "motions", "phrases"]
)
def test_alternation_tree_matches_as_the_longest_first_list(table: Mapping[str, object]) -> None:
    flat = re.compile("|".join(re.escape(p) for p in sorted(table, key=len, reverse=True)))
    tree = re.compile(vocab.alternation(table))
    phrases = sorted(table)
    for i, phrase in enumerate(phrases):
        text = f"{phrase} {phrases[i - 1]}x {phrase[:-1]}"
        assert [m.group() for m in tree.finditer(text)] == [m.group() for m in flat.finditer(text)]


def test_cached_lookup_keeps_short_texts_only() -> None:
    calls: list[str] = []

    @vocab.cached_lookup
    def lookup(text: str) -> int:
        calls.append(text)
        return len(text)

    short, long = "einstimmig beschlossen", "Der Rat beschließt " * 10
    assert [lookup(short), lookup(short), lookup(long), lookup(long)] == [22, 22, 190, 190]
    assert calls == [short, long, long]  # a sentence is looked up afresh each time


@pytest.mark.parametrize("phrase", vocab.NO_DECISION)
def test_no_decision_phrases(phrase: str) -> None:
    assert vocab.says_no_decision(phrase.capitalize())
    assert vocab.says_no_decision(f"{phrase.capitalize()}, da Wahl")


@pytest.mark.parametrize(
    "text", ["Der Rat beschließt die Satzung.", "Kein Beschlussvorschlag der Verwaltung", ""]
)
def test_no_decision_phrases_need_the_whole_word(text: str) -> None:
    assert not vocab.says_no_decision(text)


# announcement


@pytest.mark.parametrize(
    "text",
    [
        "In der Sitzung am 18.03.2025 wurden folgende Beschlüsse gefasst:",
        "Der Gemeinderat hat in seiner Sitzung am 26.02.2020 folgende Beschlüsse gefasst:",
        "Der Stadtrat fasste unter anderem folgende Beschlüsse:",
        "Die nachstehend aufgeführten Beschlüsse wurden im öffentlichen Teil gefasst.",
        "Der Rat hat am 3. Mai 2024 folgende Satzung beschlossen:",
        "Öffentliche Beschlüsse\n\nder Sitzung des Stadtrates am 24.04.2013",
        "Beschlüsse des Gemeinderates vom 19.05.2005",
        "Gefasste Beschlüsse des Regionalausschusses",
    ],
)
def test_announces_decisions(text: str) -> None:
    assert vocab.announcement(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "4 Bekanntgabe von Beschlüssen aus nichtöffentlicher Sitzung",
        "TOP 2 Bekanntgabe der Beschlüsse aus der nichtöffentlichen Sitzung am 12.01.2016",
        "Beschlüsse zur Drucksachennummer 01632/2018",
        "sowie die vom Ausschuss bereits gefassten Beschlüsse.",
        "Schnelle Beschlüsse müssten in Notsituationen möglich sein.",
        "Der Ausschuss befasste folgende Beschlüsse nicht.",
        "x" * 40 + "Beschlüsse des Rates",  # not at a line's start
    ],
)
def test_does_not_announce_decisions(text: str) -> None:
    assert vocab.announcement(text) is None


@pytest.mark.parametrize(
    ("text", "several"),
    [
        ("In der Sitzung am 18.03.2025 wurden folgende Beschlüsse gefasst:", True),
        ("Öffentliche Beschlüsse\nder Sitzung des Stadtrates am 24.04.2013", True),
        ("In der Sitzung am 18.03.2025 wurde folgender Beschluss gefasst:", False),
        ("Der Rat hat am 3. Mai 2024 folgende Satzung beschlossen:", False),
        ("Ja: 12, Nein: 3", False),
    ],
)
def test_lists_decisions(text: str, several: bool) -> None:
    assert (vocab.announcement(text) == "several") is several


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("erledigt", True),
        ("Kenntnisnahme", True),
        ("in Beschlussvorlage übernommen", True),
        ("Ohne", False),
        ("(kein Text vorhanden)", False),
        ("Siehe Anlage", False),
        ("-.-", False),
        ("0", False),
        ("1 1 , 1 ,", False),
    ],
)
def test_a_result_field_states_a_result(text: str, says: bool) -> None:
    assert vocab.states_a_result(text) is says


@pytest.mark.parametrize(
    ("sentence", "moves"),
    [
        ("TOP 6 wird von der Tagesordnung abgesetzt", True),
        ("Die Tagesordnungspunkte 4 und 10.2 werden zurückgestellt", True),
        ("Der Antrag wird zurückgezogen", False),
    ],
)
def test_an_act_that_moves_another_item(sentence: str, moves: bool) -> None:
    from ratsparse.vocab import key, moves_another_item

    assert moves_another_item(key(sentence)) is moves


@pytest.mark.parametrize("said", sorted(vocab.NOT_VOTING))
def test_a_roll_calls_row_without_a_vote_is_passed_over(said: str) -> None:
    from ratsparse import parse_text

    rows = "".join(f"| Mitglied {n}, A. (CDU) | X |  |  |\n" for n in range(1, 4))
    text = (
        "Abstimmung:\n| Name | Ja | Nein | Enth. |\n|---|---|---|---|\n"
        + rows
        + f"| Kowalski, D. (BfR) | {said} |\n| Otto, B. (BfR) |  | X |  |\n"
    )
    [vote] = [v for v in parse_text(text).votes if v.decisive]
    assert (vote.counts.yes, vote.counts.no) == (3, 1)


@pytest.mark.parametrize("word", vocab.NOTICE_WORDS)
def test_each_notice_word_makes_a_told_sitting_the_texts(word: str) -> None:
    told = "Der Rat hat in seiner Sitzung am 12.03.2024 den Haushalt beschlossen.\n"
    assert str(parse_text(f"{word}\n\n{told}").meeting.date) == "2024-03-12"
    assert parse_text(f"Sachstand\n\n{told}").meeting.date is None  # an earlier decision


@pytest.mark.parametrize("heading", sorted(vocab.EARLIER_RESULTS))
def test_an_earlier_bodys_result_heading_states_no_decision_of_the_text(heading: str) -> None:
    written = " ".join(w if w in ("der", "des") else w.capitalize() for w in heading.split())
    text = (
        f"{written}:\nDer Ausschuss hat dem Rat einstimmig die Annahme empfohlen.\n\n"
        "Beschlussvorschlag:\nDer Rat beschließt die Satzung.\n"
    )
    assert parse_text(text).outcome is None


@pytest.mark.parametrize("heading", sorted(vocab.EARLIER_DELIBERATIONS))
def test_an_earlier_deliberations_first_paragraph_states_no_decision_of_the_text(
    heading: str,
) -> None:
    written = " ".join(w.capitalize() for w in heading.split())
    told = (
        f"{written}:\nPlanungsausschuss, Sitzung vom 09.06.2026. Der Ausschuss hat mit 8 : 5 "
        "Stimmen empfohlen, den Antrag abzulehnen.\n\n"
    )
    assert parse_text(told).outcome is None
    # (the paragraphs after it tell this body's decision)
    decided = parse_text(
        told + "Der Rat fasst einstimmig folgenden Beschluss:\n\nDer Rat lehnt den Antrag ab.\n"
    )
    assert decided.outcome == "rejected"


@pytest.mark.parametrize("motion", sorted(vocab.MOTIONS))
def test_each_motion_is_found_in_a_sentence(motion: str) -> None:
    assert vocab.motion_in(f"Der Rat stimmt dem Antrag, {motion}, mehrheitlich zu.") == motion


@pytest.mark.parametrize(("phrase", "field"), sorted(vocab.NONE_COUNTED.items()))
def test_each_phrase_of_nobody_counts_none(phrase: str, field: str) -> None:
    against = "" if field == "no" else "gegen 2 Nein-Stimmen "
    said = phrase if phrase.startswith("ohne") else f"bei {phrase}"
    vote = decisive_vote(f"Der Antrag wird mit 9 Ja-Stimmen {against}{said} angenommen.\n")
    assert getattr(vote.counts, field) == 0
