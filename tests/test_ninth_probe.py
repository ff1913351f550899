"""Families left open by the eighth blind probe and found again by the ninth (120 texts of four
kinds: the north and east; Hessen and Nordrhein-Westfalen; special bodies and items; how votes
are written).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text, vocab
from ratsparse.models import Vote
from ratsparse.normalize import clean
from tests.test_seventh_probe import decisive

DECIDED = "Beschluss:\nDer Rat beschließt die Sanierung der Sporthalle.\n\n"


def sides(vote: Vote) -> tuple[list[str], list[str], list[str]]:
    g = vote.groups
    return [x.name for x in g.yes], [x.name for x in g.no], [x.name for x in g.abstain]


@pytest.mark.parametrize(
    ("result", "counts"),
    [
        # number words over twenty, as a council of forty members writes its counts
        (
            "Abstimmungsergebnis: dreiundzwanzig Ja-Stimmen, zwei Nein-Stimmen, eine Enthaltung",
            (23, 2, 1),
        ),
        (
            "Der Beschluss wurde mit einunddreißig Stimmen bei vier Gegenstimmen gefasst.",
            (31, 4, None),
        ),
        ("Ja-Stimmen: achtundvierzig\nNein-Stimmen: dreißig\nEnthaltungen: keine", (48, 30, 0)),
        # guard: a number word below twenty as before
        ("Abstimmungsergebnis: zwölf Ja-Stimmen, zwei Nein-Stimmen", (12, 2, None)),
    ],
)
def test_number_words_over_twenty(result: str, counts: tuple[int | None, ...]) -> None:
    c = decisive(parse_text(DECIDED + result + "\n")).counts
    assert (c.yes, c.no, c.abstain) == counts


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # who voted how, told side first with "Mit Ja / Mit Nein stimmten", as labelled lines
        (
            "Mit Ja stimmten: CDU, SPD, FDP\nMit Nein stimmten: AfD\nEs enthielt sich: Die Linke",
            (["CDU", "SPD", "FDP"], ["AfD"], ["Die Linke"]),
        ),
        (
            "Mit „Ja“ stimmten: CDU, SPD\nMit „Nein“ stimmten: AfD",
            (["CDU", "SPD"], ["AfD"], []),
        ),
        # ... or in a sentence
        (
            "Mit Ja stimmten die Fraktionen CDU, SPD und FDP, mit Nein stimmte die AfD-Fraktion.",
            (["CDU", "SPD", "FDP"], ["AfD-Fraktion"], []),
        ),
        # the verb of abstaining with a colon before its list
        (
            "Abstimmung:\nDafür: CDU, SPD\nDer Stimme enthielten sich: Grüne, Volt",
            (["CDU", "SPD"], [], ["Grüne", "Volt"]),
        ),
        # assent told with the verb's two parts: the groups named before it voted for it
        (
            "Die Fraktionen von CDU und SPD stimmten dem Antrag zu, die AfD-Fraktion stimmte "
            "dagegen. Damit ist der Antrag angenommen.",
            (["CDU", "SPD"], ["AfD-Fraktion"], []),
        ),
        (
            "Mehrheitlich beschlossen. CDU und FDP stimmten zu, die Linke stimmte dagegen.",
            (["CDU", "FDP"], ["Linke"], []),
        ),
        # the members of a group named as the verb's subject
        (
            "Ja: 7      Nein: 2      Enthaltung: 1\n\nDie Ausschussmitglieder der Fraktion "
            "Bündnis 90/Die Grünen stimmten gegen den Beschlussvorschlag.",
            ([], ["Fraktion Bündnis 90/Die Grünen"], []),
        ),
        # guard: labelled lines of counts as before
        (
            "Dafür: CDU, SPD, FDP\nDagegen: AfD\nEnthaltung: Die Linke",
            (["CDU", "SPD", "FDP"], ["AfD"], ["Die Linke"]),
        ),
    ],
)
def test_sides_told_first_or_with_the_verb(
    result: str, expected: tuple[list[str], list[str], list[str]]
) -> None:
    assert sides(decisive(parse_text(DECIDED + result + "\n"))) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the body's assent told with the verb's two parts, no other result
        "Antrag der SPD-Fraktion: Sanierung der Sporthalle\n\n"
        "Der Ausschuss stimmte dem Antrag zu.\n",
        "Antrag der SPD-Fraktion: Sanierung der Sporthalle\n\n"
        "Nach kurzer Aussprache stimmte der Ausschuss dem Antrag zu.\n",
        "Vorlage 12/2025\n\nDie Mitglieder stimmen der Vorlage zu.\n",
    ],
)
def test_the_body_assents_with_the_verb_in_two_parts(text: str) -> None:
    assert parse_text(text).outcome == "approved"


@pytest.mark.parametrize(
    "text",
    [
        # guards: a denial before the assent is no verdict
        "Vorlage 12/2025\n\nNicht alle Mitglieder stimmen zu.\n",
        "Vorlage 12/2025\n\nKeine Fraktion stimmte dem Antrag zu.\n",
    ],
)
def test_a_denied_assent_is_no_verdict(text: str) -> None:
    assert parse_text(text).outcome is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paper's number wrapped at its hyphen is one number again, the hyphen kept
        ("Drucksache 2023-\n0145\n", "Drucksache 2023-0145\n"),
        ("Vorlage 21-\n   1967 zur Kenntnis", "Vorlage 21-1967 zur Kenntnis"),
        # guards: a blank line between is a paragraph's end; a word's hyphen as before
        ("Jahr 2023-\n\n2024", "Jahr 2023-\n\n2024"),
        ("Verwal-\ntung", "Verwaltung"),
    ],
)
def test_a_number_wrapped_at_its_hyphen(text: str, expected: str) -> None:
    assert clean(text).text == expected


def test_a_wrapped_number_is_one_paper_reference() -> None:
    r = parse_text("Beschlussvorlage Drucksache 2023-\n0145\n\n" + DECIDED + "einstimmig\n")
    assert [p.reference for p in r.references] == ["2023-0145"]


@pytest.mark.parametrize(
    ("head", "references"),
    [
        # ALLRIS in Mecklenburg-Vorpommern: kind / body / year / number
        ("Vorlage: VO/StV/2023/0567\n", ["VO/StV/2023/0567"]),
        ("6   Haushaltsermächtigungen        BV/StR/2024/012\n", ["BV/StR/2024/012"]),
        # a kind, a space, a body's short name, then its number
        ("Vorlage: GV Da/0029/2023 (Beschlussvorlage)\n", ["GV Da/0029/2023"]),
        ("Vorlage: BV Bla 2023/044\n", ["BV Bla 2023/044"]),
        # a Beschluss number with a body's letters and a hyphen is no paper
        ("Vorlage-Nr.: AA 0056/2023\nBeschluss-Nr.: AA-BS 14/2023\n", ["AA 0056/2023"]),
        # guard: a kind's letters without a paper word before them are not read
        ("Die GV Da/0029/2023 tagte.\n", []),
        # more paper words: Hessen's Magistratsvorlage, a Vorlagennummer
        ("Magistratsvorlage:   MV 2024/057\n", ["MV 2024/057"]),
        ("Vorlagennummer: 2024/0347\n", ["2024/0347"]),
        # what only looks like a paper: a Beschlussbuch's number, a tender's, a sitting's in
        # parentheses, a gazette's issue in its issue line
        ("Beschlussbuch-Nr.: 214/2024\nMagistratsvorlage: MV/2024/061\n", ["MV/2024/061"]),
        ("Die Leistung wurde ausgeschrieben (Ausschreibung Nr. EB-A 17/2023).\n", []),
        ("Vergabevermerk EB-A 17/2023 (nichtöffentlich)\n", []),
        ("15. Sitzung (JHA/015/2023) am Montag, 15.05.2023\nVorlage: 0193/2023\n", ["0193/2023"]),
        ("Nr. 21/2024                 48. Jahrgang                 ausgegeben am 02.10.2024\n", []),
        ("Nr. 14/2025 - Donnerstag, 3. April 2025                              Seite 9\n", []),
        # guards: a paper's number after its word and before its title; a paper in
        # parentheses after a plan's name
        ("Vorlage Nr. 21/2024 – Neubau der Kita\n", ["21/2024"]),
        ("die Vorlage zum Feuerwehrbedarfsplan (VO/2024/0311) wird vertagt\n", ["VO/2024/0311"]),
    ],
)
def test_paper_references(head: str, references: list[str]) -> None:
    assert [p.reference for p in parse_text(head + "\n" + DECIDED).references] == references


@pytest.mark.parametrize(
    ("result", "outcome", "unanimous"),
    [
        # a checkbox row with a box that is no result beside the results
        (
            "☐ einstimmig     ☒ mit Stimmenmehrheit     ☐ abgelehnt     ☐ zurückgestellt     "
            "☐ siehe Protokoll\n\nJa: 7      Nein: 2      Enthaltung: 1",
            "approved",
            False,
        ),
        # guard: a ticked box that is no result says nothing of it
        (
            "☐ einstimmig     ☐ abgelehnt     ☒ siehe Protokoll\n\nJa: 7   Nein: 0",
            "approved",
            True,
        ),
    ],
)
def test_a_checkbox_row_with_a_box_that_is_no_result(
    result: str, outcome: str, unanimous: bool
) -> None:
    r = parse_text(DECIDED + "Abstimmungsergebnis:\n" + result + "\n")
    assert (r.outcome, decisive(r).unanimous) == (outcome, unanimous)


@pytest.mark.parametrize(
    ("result", "expected", "counts"),
    [
        # who voted how in parentheses below the counts, each side with its label
        (
            "Abstimmungsergebnis: 48 Ja-Stimmen, 11 Nein-Stimmen, 3 Enthaltungen\n"
            "(dafür: CDU, SPD, SSW; dagegen: AfD, Die Linke; Enthaltung: FWG)",
            (["CDU", "SPD", "SSW"], ["AfD", "Die Linke"], ["FWG"]),
            (48, 11, 3),
        ),
        # the groups first, then their side after a colon or a column's gap
        (
            "Abstimmungsergebnis (dafür / dagegen / Enthaltung):   27 / 8 / 3\n\n"
            "SPD, B90/Grüne, FWG:   dafür\nCDU:                   dagegen\n"
            "FDP:                   Enthaltung",
            (["SPD", "B90/Grüne", "FWG"], ["CDU"], ["FDP"]),
            (27, 8, 3),
        ),
        (
            "Abstimmungsergebnis: 5 : 2 : 1\nGRÜNE       dafür\nSPD         dafür\n"
            "CDU         dagegen\nAfD         Enthaltung",
            (["GRÜNE", "SPD"], ["CDU"], ["AfD"]),
            (5, 2, 1),
        ),
        # a table by group: its rule under the head, a dash for none, the mayor's row counted
        # but no group, a local list's name a group
        (
            "Abstimmungsergebnis nach Fraktionen:\n\n| Fraktion | Ja | Nein | Enthaltung |\n"
            "|---|---|---|---|\n| CDU | 9 | – | – |\n| Pro Arnstadt | 3 | – | – |\n"
            "| AfD | – | 8 | – |\n| FDP | – | – | 1 |\n| Bürgermeister | 1 | – | – |\n"
            "| Gesamt | 13 | 8 | 1 |",
            (["CDU", "Pro Arnstadt"], ["AfD"], ["FDP"]),
            (13, 8, 1),
        ),
        # guard: a line that names no group before its colon is no side's
        (
            "Abstimmungsergebnis: 12 / 3 / 0\nHinweis: dafür\nStand: dagegen",
            ([], [], []),
            (12, 3, 0),
        ),
    ],
)
def test_who_voted_how_below_the_counts(
    result: str,
    expected: tuple[list[str], list[str], list[str]],
    counts: tuple[int, int, int],
) -> None:
    vote = decisive(parse_text(DECIDED + result + "\n"))
    assert sides(vote) == expected
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("Magistratsbeschluss Nr. 412/2024\n"
         "aus der Sitzung des Magistrats am Montag, 4. März 2024\n", "2024-03-04"),
        ("Vorlage 0412/2024\n\nBeratung in der Sitzung des Rates der Stadt am 27. Juni 2024, "
         "öffentlicher Teil, TOP 11\n", "2024-06-27"),
        ("Stadtverordnetenversammlung | Do, 18.01.2024 | öffentlich\n", "2024-01-18"),
        ("Kreistag | 05.11.2020 | konstituierende Sitzung | öffentlich\n", "2020-11-05"),
        ("Landkreis Gifhorn\nSchulausschuss\n\nSitzung am 05.03.24     öffentlich     TOP 4\n",
         "2024-03-05"),
        ("Sitzung des Magistrats am: 03.06.2024        Beschlussbuch-Nr.: 214/2024\n",
         "2024-06-03"),
        ("Behandlung:        Rat der Stadt Nienburg/Weser, Sitzung am 27. April 2023, TOP Ö 18\n",
         "2023-04-27"),
        ("Main-Kinzig-Kreis\nDer Kreistag\n\nBeschluss\naus der 31. Sitzung des Kreistages\n"
         "am Freitag, 20. September 2024, Kreishaus Gelnhausen\n\nBeschluss-Nr.: 145/2024\n"
         "Vorlage-Nr.: 2024/0913\n\nGegenstand: Fortschreibung des Nahverkehrsplans\n",
         "2024-09-20"),
        ("Der Stadtrat hat in seiner 7. öffentlichen Sitzung am Montag, dem 23. September 2024, "
         "mit 21 Ja-Stimmen folgenden Beschluss gefasst:\n", "2024-09-23"),
        # guards: another body's sitting in a paper's field; a sentence that tells an earlier
        # decision
        ("Zur Vorlage an: Stadtverordnetenversammlung am 27.06.2024\n", None),
        ("Der Rat hat in seiner Sitzung am 14.03.2023 den Neubau beschlossen.\n", None),
    ],
)  # fmt: skip
def test_more_forms_of_the_meeting_date(head: str, date: str | None) -> None:
    found = parse_text(head + "\n" + DECIDED + "einstimmig\n").meeting.date
    assert (found.isoformat() if found else None) == date


def test_spans_after_a_number_word_of_two_parts_point_at_their_text() -> None:
    """The vote grammar reads ``einunddreißig`` as the digits ``31``: what follows keeps its
    place in the text."""
    text = (
        DECIDED + "Abstimmungsergebnis: einunddreißig Ja-Stimmen, vier Nein-Stimmen "
        "(Fraktion der AfD), zweiundzwanzig Enthaltungen (SPD)\n"
    )
    vote = decisive(parse_text(text))
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (31, 4, 22)
    for group in (*vote.groups.no, *vote.groups.abstain):
        assert group.span is not None
        assert text[group.span.start : group.span.end] == group.name
    assert text[vote.span.start : vote.span.end] == text[text.index("einund") : -1]


@pytest.mark.parametrize("row", sorted(vocab.UNAFFILIATED))
def test_a_row_of_members_in_no_group_is_counted_but_no_group(row: str) -> None:
    vote = decisive(
        parse_text(
            DECIDED + "Abstimmungsergebnis:\n| Fraktion | Ja | Nein | Enthaltung |\n"
            f"| CDU | 6 | | |\n| {row} | 1 | | |\n| AfD | | 2 | |\n"
        )
    )
    assert (vote.counts.yes, vote.counts.no) == (7, 2)
    assert sides(vote) == (["CDU"], ["AfD"], [])


@pytest.mark.parametrize(
    "text",
    [
        # another sitting's decisions made known, each with its result under a heading of its own
        "Sitzung:29.04.2025   Stadtrat\n\nOberbürgermeister Hartmann gibt bekannt, dass der "
        "Stadtrat in seiner nichtöffentlichen Sitzung vom 25.03.2025 folgende Beschlüsse gefasst "
        "hat:\n\na) Erwerb der Grundstücke.\n   Abstimmungsergebnis: 27 : 3\n\nb) Vergabe der "
        "Planung.\n   Abstimmungsergebnis: einstimmig\n",
        # ... the sitting named after the decisions, "bekannt" at the end
        "Sitzungsdatum: 19.09.2023\n\nErster Bürgermeister Reindl gibt folgende Beschlüsse aus der "
        "nichtöffentlichen Sitzung vom 25.07.2023 bekannt:\n\na) Vergabe der Rohbauarbeiten\n   "
        "Abstimmungsergebnis: 14 : 2\n\nb) Erwerb einer Teilfläche\n   Abstimmungsergebnis: "
        "15 : 1\n",
        # ... numbered, each told in a sentence: no parts of a decision of this text
        "Sitzung am 07.11.2024\n\nBürgermeister Koch gibt bekannt, dass der Rat in seiner Sitzung "
        "am 26.09.2024 in nichtöffentlicher Sitzung folgende Beschlüsse gefasst hat:\n\n1. Verkauf "
        "eines Grundstücks. Der Rat hat dem Verkauf einstimmig zugestimmt.\n\n2. Vergabe der "
        "Kanalbauarbeiten. Der Rat hat die Vergabe mit 27 Ja-Stimmen bei 3 Enthaltungen "
        "beschlossen.\n",
    ],
)
def test_decisions_of_another_sitting_made_known_are_none_of_the_text(text: str) -> None:
    r = parse_text(text)
    assert r.outcome is None
    assert [v for v in r.votes if v.decisive] == []


def test_a_label_too_long_for_the_table_keeps_its_number() -> None:
    vote = decisive(
        parse_text(
            DECIDED + "Abstimmungsergebnis:\nGesetzliche Anzahl der Mitglieder der "
            "Verbandsversammlung:\n13\ndavon anwesend:\n12\nJa-Stimmen:\n4\nNein-Stimmen:\n7\n"
            "Stimmenthaltungen:\n1\n"
        )
    )
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (4, 7, 1)
    assert vote.outcome == "rejected"


def test_beschlusstext_heads_the_decided_text() -> None:
    r = parse_text(
        "Kreistagssitzung vom 11.12.2023\n\nBeschlusstext:\n1.  Der Kreistag beschließt die "
        "Haushaltssatzung.\n2.  Der Kreistag nimmt den Finanzplan zur Kenntnis.\n\nAbstimmung:\n"
        "Ja-Stimmen:     CDU (14), SPD (6)\nNein-Stimmen:   AfD (9)\n\nDer Landrat gab seine "
        "Stimme nicht ab. Der Beschluss wurde mehrheitlich gefasst.\n"
    )
    assert (r.outcome, len(r.clauses)) == ("approved", 2)


@pytest.mark.parametrize(
    ("result", "expected", "counts"),
    [
        # a group whose members voted both ways is on no side
        (
            "Ja-Stimmen: 8\nNein-Stimmen: 9\nEnthaltungen: 1\n\n"
            "Dafür: Bündnis 90/Die Grünen, SPD; dagegen: Freie Wähler; CDU-Fraktion uneinheitlich.",
            (["Bündnis 90/Die Grünen", "SPD"], ["Freie Wähler"], []),
            (8, 9, 1),
        ),
        # who cast the votes against and the abstentions, told after the vote
        (
            "15 Ja-Stimmen bei 6 Gegenstimmen und 2 Enthaltungen\n\nDie Gegenstimmen kamen aus "
            "der CDU-Fraktion, die Enthaltungen kamen von der FDP.",
            ([], ["CDU-Fraktion"], ["FDP"]),
            (15, 6, 2),
        ),
        # a referendum's result in thousands is no count of this vote
        (
            "Ergebnis des Bürgerentscheids: Ja 4.312 (58,5 %), Nein 3.055 (41,5 %)",
            ([], [], []),
            (None, None, None),
        ),
    ],
)
def test_sides_and_counts_told_in_other_ways(
    result: str,
    expected: tuple[list[str], list[str], list[str]],
    counts: tuple[int | None, int | None, int | None],
) -> None:
    r = parse_text(DECIDED + "Abstimmung:\n" + result + "\n")
    vote = next((v for v in r.votes if v.decisive), None)
    got = (vote.counts.yes, vote.counts.no, vote.counts.abstain) if vote else (None,) * 3
    assert got == counts
    assert (sides(vote) if vote else ([], [], [])) == expected


@pytest.mark.parametrize("word", sorted(vocab.SPLIT_VOTE_WORDS))
def test_a_group_split_in_its_vote_is_on_no_side(word: str) -> None:
    vote = decisive(
        parse_text(DECIDED + f"Abstimmung: mehrheitlich beschlossen\nDafür: SPD; FDP {word}\n")
    )
    assert sides(vote) == (["SPD"], [], [])


def test_a_roll_call_whose_abstention_is_told_in_the_perfect() -> None:
    vote = decisive(
        parse_text(
            DECIDED + "Namentliche Abstimmung:\n\nMit Ja stimmten:\nBach (CDU), Dietz (CDU), "
            "Fuchs (FWG)\n\nMit Nein stimmten:\nLang (SPD), Ernst (SPD)\n\n"
            "Der Stimme enthalten hat sich:\nWeber (AfD)\n\nDie Resolution ist damit angenommen.\n"
        )
    )
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (3, 2, 1)


def test_an_amendment_decided_under_its_own_heading_then_the_motion_so_changed() -> None:
    r = parse_text(
        "Antrag der Fraktion X: Sitzbänke\nAN/1873/2024\n\nBeschluss über den Änderungsantrag der "
        "SPD-Fraktion:\n\nIn Ziffer 2 wird eingefügt: im Benehmen mit der Bezirksvertretung.\n\n"
        "Abstimmungsergebnis:\nZustimmung mit den Stimmen von Grünen, CDU und SPD gegen die "
        "Stimmen der AfD-Fraktion bei Enthaltung der FDP-Fraktion.\n\nBeschluss:\n\nDer Rat "
        "beauftragt die Verwaltung, 500 Sitzbänke aufzustellen.\n\nAbstimmungsergebnis:\n"
        "Zustimmung mit den Stimmen von Grünen, CDU, SPD und FDP gegen die Stimmen der "
        "AfD-Fraktion.\n"
    )
    assert [v.outcome for v in r.votes] == ["approved", "approved"]
    assert r.votes[0].subject == "Änderungsantrag der SPD-Fraktion"
    assert r.outcome == "approved_amended"


def test_another_bodys_result_above_the_decision_is_not_this_text() -> None:
    r = parse_text(
        "Beschlussauszug\n\naus der Sitzung des Kreistages am Freitag, 13. September 2024, "
        "9:00 Uhr,\nim Kreistagssitzungssaal\n\nTOP 12\nNahverkehrsplan\n\n"
        "Beratungsergebnis des Haupt-, Finanz- und Wirtschaftsausschusses vom 02.09.2024:\n"
        "Zustimmung bei 2 Gegenstimmen (AfD) und 1 Enthaltung (FW)\n\nBeschluss:\n\n"
        "1. Der Kreistag beschließt den Nahverkehrsplan.\n\nAbstimmungsergebnis:\n"
        "mehrheitlich angenommen\n\ndafür:       CDU, SPD, FDP, FW\ndagegen:     AfD\n"
    )
    assert r.meeting.date is not None and r.meeting.date.isoformat() == "2024-09-13"
    vote = decisive(r)
    assert (vote.counts.no, vote.counts.abstain, vote.unanimous) == (None, None, False)
    assert sides(vote) == (["CDU", "SPD", "FDP", "FW"], ["AfD"], [])


def test_each_groups_number_after_the_label_and_another_sittings_paragraph_below() -> None:
    vote = decisive(
        parse_text(
            DECIDED + "Abstimmungsergebnis:\nmehrheitlich angenommen\n"
            "Gegenstimmen:   3 (AfD), 2 (DIE LINKE)\nEnthaltungen:   1 (FREIE WÄHLER)\n\n"
            "Der Ausschuss für Infrastruktur hatte in seiner Sitzung am 02.09.2024 einstimmig "
            "empfohlen.\n"
        )
    )
    assert (vote.counts.no, vote.counts.abstain, vote.unanimous) == (5, 1, False)
    assert sides(vote) == ([], ["AfD", "DIE LINKE"], ["FREIE WÄHLER"])
