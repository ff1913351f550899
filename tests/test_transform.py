"""Clause-tree rules of the transform step that no grammar rule states: flattened numberings."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ratsparse import parse_text
from ratsparse.models import Group
from ratsparse.text import fold


def _labels(text: str) -> list[tuple[str, list[str]]]:
    res = parse_text("Beschluss:\n" + text)  # a resolution: its numbered lines may be clauses
    return [(c.label, [k.label for k in c.children]) for c in res.clauses]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numbering flattened into parentheses after the word Beschluss
        (
            "- Beschluss (1. Dem Antrag wird zugestimmt. 2. Das Amt berichtet. 3. Erledigt.)\n",
            [("1.", []), ("2.", []), ("3.", [])],
        ),
        # roman parts with arabic clauses, all on one line
        (
            "I. 1. Der Vertrag wird geschlossen. 2. Mittel werden bereitgestellt. "
            "II. 1. Es dient zur Kenntnis.\n",
            [("I.", ["1.", "2."]), ("II.", ["1."])],
        ),
        # a clause line that carries its successor on the same line
        ("1. Die Stadt baut. 2. Die Stadt zahlt.\n", [("1.", []), ("2.", [])]),
        # after the decision verb's colon, in one paragraph
        (
            "Der Rat beschließt: 1. Die Stadt baut. 2. Die Stadt zahlt.\n",
            [("1.", []), ("2.", [])],
        ),
        # a colon before a lone number starts no numbering
        ("Anlage: 1. Fassung vom Mai\n", []),
    ],
)
def test_flattened_numbering_is_split(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _labels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Der Rat tagt am 1. März und am 2. April.\n",  # ordinals in dates
        "Zuerst berät das Amt. 2. Lesung im Rat.\n",  # no run counting up from 1
        "Die Kosten steigen um 1. 5 Prozent.\n",
    ],
)
def test_ordinals_are_not_clauses(text: str) -> None:
    assert parse_text(text).clauses == ()


# Which numbered lines are the decided text's clauses: a table per rule, each row a text after a
# status line (so that the text is a resolution) and the top-level labels expected.
_STATUS = "Beschluss: einstimmig beschlossen\n\n"


def _top(text: str) -> list[str]:
    return [c.label for c in parse_text(_STATUS + text).clauses]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # a lone item heads a part of the minutes
        ("I. Allgemeines\n\n1. Begrüßung\n\nHerr X begrüßt die Anwesenden.\n", []),
        ("A) Leistungsgebühr\n\nDie Gebühr beträgt 2 €.\n", []),
        # numbers one per line are a table's number column
        ("Tagesordnung\n1.\n2.\n3.\nEröffnung\nBericht\nWahlen\n", []),
        # a second run from 1: an agenda, then the items
        ("1. Der Rat tagt.\n2. Der Rat wählt.\n1. Der Rat tagt.\n2. Der Rat wählt.\n", []),
        # 1. 1. 1.: one list whose numbering the export lost
        (
            "1. Die Stadt baut.\n\n1. Die Stadt zahlt.\n\n1. Die Stadt berichtet.\n",
            ["1.", "1.", "1."],
        ),
        # decimals open a numbering from 1 or under their parent only
        ("5.1 Neubau einer Garage, Fl.Nr. 12\n5.2 Anbau einer Terrasse, Fl.Nr. 13\n", []),
        ("25.02. - Stadt Rathenow\nSitzung der Stadtverordneten\n", []),
        ("1.1 Die Stadt baut.\n1.2 Die Stadt zahlt.\n", ["1.1", "1.2"]),
        ("1. Bau\n1.1 Die Stadt baut.\n2. Geld\n2.1 Die Stadt zahlt.\n", ["1.", "2."]),
    ],
)
def test_a_numbering_is_a_list_of_clauses(text: str, labels: list[str]) -> None:
    assert _top(text) == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # agenda titles, one after the other
        ("1. Eröffnung\n\n2. Haushalt 2025\n\n3. Neue Bänke am Markt\n", []),
        ("a) Aufstellungsbeschluss\nb) Billigung des Entwurfs\nc) Auslegungsbeschluss\n", []),
        # an item's title, a blank line, the minutes' text
        (
            "1. Forstwirtschaftsplan 2023\n\nDer Gemeinderat beschließt den Plan.\n\n"
            "2. Waldmanagement\n\nDie Zuwendung wird beantragt.\n",
            [],
        ),
        # a title line half as long as the line after it, no blank line between
        (
            "1. Baugesuche\nEinem Baugesuch auf Neubau einer Garage in der Feldstraße wurde das "
            "Einvernehmen erteilt.\n2. Friedhof\nDie Friedhofssatzung wird in der Fassung der "
            "Vorlage beschlossen.\n",
            [],
        ),
        # groups of attendees
        ("a) Mitglieder\n\nBahr, Fredy\nBöcker, Rainer\n\nb) Verwaltung\n\nKunz, Jana\n", []),
        # labels with nothing numbered under them
        (
            '1. Antrag von Herrn Stadtrat X:\n\n"Die Vorlage wird vertagt."\n\n'
            "2. Abstimmungsergebnis:\n\nmehrheitlich abgelehnt\n",
            [],
        ),
        # a heading with clauses under it stays (roman parts, decimal clauses)
        (
            "I. Vertrag\n\n1. Dem Vertrag wird zugestimmt.\n\n"
            "II. Finanzierung\n\n1. Die Mittel werden bereitgestellt.\n",
            ["I.", "II."],
        ),
        # a hard wrap in a clause goes on in lower case or after an article
        (
            "1. Die Verwaltung wird beauftragt, für die\nGrundschule ein Konzept vorzulegen.\n"
            "2. Der Ausschuss\n\nwird unterrichtet.\n",
            ["1.", "2."],
        ),
        # a long first line wrapped before a noun
        (
            "1. Die Verwaltung prüft, ob auf der Auenstraße zwischen der Einmündung\n"
            "Birkenweg und dem Weidenpfad Tempo 30 möglich ist.\n"
            "2. Die Kosten trägt der Bezirk.\n",
            ["1.", "2."],
        ),
        # clauses whose full stops the export lost are sentences: they open with an article
        (
            "1. Der Rat stimmt der Satzung zu\n\n2. Die Verwaltung wird beauftragt\n",
            ["1.", "2."],
        ),
        # one item cut off by the end of the text does not make the list headings
        (
            "1. Die Stadt baut.\n2. Die Stadt zahlt.\n3. Das Direktorium wird beauftragt, nach Ver",
            ["1.", "2.", "3."],
        ),
    ],
)
def test_a_numbering_of_headings_is_no_clause_list(text: str, labels: list[str]) -> None:
    assert _top(text) == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # standing items of an agenda, even run on into the minutes' text
        (
            "1. Beratung und Beschlussfassung über den Verkauf des Bauplatzes Die "
            "Gemeindevertretung stimmt dem Verkauf zu.\n\n2. Bericht des Gemeindevorstandes Der "
            "Bürgermeister berichtet über den Haushalt.\n",
            [],
        ),
        ("1. Genehmigung der Niederschrift vom 12.01.2016.\n2. Der Rat wählt.\n", []),
        ("1. Einwohnerfragestunde Es gibt keine Fragen.\n2. Der Rat wählt.\n", []),
        # a clause that names such an item further on is a clause
        (
            "1. Die Fragestunde wird neu geregelt.\n2. Die Geschäftsordnung wird geändert.\n",
            ["1.", "2."],
        ),
    ],
)
def test_a_numbering_with_a_standing_agenda_item_is_an_agenda(text: str, labels: list[str]) -> None:
    assert _top(text) == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # a number alone on its line, the text in the next paragraph
        ("1.\n\nDer Rat beschließt die Satzung.\n\n2.\n\nDie Satzung gilt ab Mai.\n", ["1.", "2."]),
        ("01\n\nDas Programm wird beschlossen.\n\n02\n\nEs gilt ab 2017.\n", ["01", "02"]),
        # a reference to a clause that a hard wrap put at a line start
        (
            "a) Der Ausschuss empfiehlt, den Beschluss zu\n\nd) zu fassen.\n\n"
            "b) Der Beirat empfiehlt, den Beschluss zu d) zu fassen.\n\n"
            "c) Der Rat beschließt die Satzung.\n\nd) Die Satzung gilt ab Mai.\n",
            ["a)", "b)", "c)", "d)"],
        ),
        # the agenda's section is no decided text, whatever its items say
        ("Tagesordnung:\n1. Der Haushalt wird beraten.\n2. Der Rat wählt den Vorsteher.\n", []),
        # the minutes' remarks after a label are no clauses
        (
            "Drucksache 00003/2019 Bemerkungen: 1. Es liegen Anträge vor. 2. Die Anträge werden "
            "überwiesen.\n",
            [],
        ),
        # an enumeration inside a flattened clause, a page number before the next clause
        (
            "- Beschluss (1. Die Reihenfolge wird wie folgt geändert: 1. SPD, 2. CSU, 3. FDP. "
            "Sitzung vom 02.10.2019 - 2 - 2. Die Bezeichnungen werden ersetzt. 3. Dieser "
            "Beschluss gilt sofort.)\n",
            ["1.", "2.", "3."],
        ),
    ],
)
def test_where_the_clauses_stand(text: str, labels: list[str]) -> None:
    assert _top(text) == labels


def test_parts_voted_separately_are_one_decided_text() -> None:
    text = (
        "Beschluss:\n\na) Die Preise werden beschlossen.\n\nAbstimmungsergebnis:\n\nJa: 36\n"
        "Nein: 0\n\nb) Die Wertmarke wird eingeführt.\n\nAbstimmungsergebnis:\n\nJa: 22\n"
        "Nein: 14\n\nc) Der Antrag wird abgelehnt.\n\nAbstimmungsergebnis:\n\nJa: 17\nNein: 19\n"
        "\nHerr X erläutert die Preise.\n"
    )
    res = parse_text(text)
    assert [(c.label, c.text) for c in res.clauses] == [
        ("a)", "Die Preise werden beschlossen."),
        ("b)", "Die Wertmarke wird eingeführt."),
        ("c)", "Der Antrag wird abgelehnt."),
    ]
    # the vote result on the heading's line, its words read on into the next part
    compact = (
        "Beschluss:\n\na) Die Preise werden beschlossen.\n\n"
        "Abstimmungsergebnis: Ja: 36, Nein: 0\n\n"
        "b) Die Wertmarke wird mehrheitlich beschlossen.\n\n"
        "Abstimmungsergebnis: Ja: 22, Nein: 14\n"
    )
    assert [c.label for c in parse_text(compact).clauses] == ["a)", "b)"]
    # a numbering after the votes that does not go on with the decided text's is not taken
    other = text.replace("b) Die Wertmarke", "x) Die Wertmarke").replace("c) Der", "y) Der")
    assert [c.label for c in parse_text(other).clauses] == ["a)"]


def test_a_decision_proposal_after_a_list_of_attachments() -> None:
    text = (
        "Vorlage - 2015/0288-1\nAnlagen:\nAnlage 1 BV_0288-1\nAnlage 2 BV_0288-1\n"
        "Beschlussvorschlag:\n\n1. Der Rat nimmt den Bericht zur Kenntnis.\n\n"
        "2. Die Stellen werden geschaffen.\n"
    )
    assert _top(text) == ["1.", "2."]


def test_split_clause_text_keeps_its_words() -> None:
    res = parse_text("- Beschluss (1. Dem Antrag wird zugestimmt. 2. Das Amt berichtet.)\n")
    assert [c.text for c in res.clauses] == ["Dem Antrag wird zugestimmt.", "Das Amt berichtet."]
    assert res.preamble == "- Beschluss"
    text = "- Beschluss (1. Dem Antrag wird zugestimmt. 2. Das Amt berichtet.)\n"
    first = res.clauses[0].span
    assert text[first.start : first.end].startswith("1. Dem Antrag")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Der Rat der Stadt beschließt die Satzung.\n", "Rat der Stadt"),
        ("Sitzung des Gemeinderates, 04.03.2025\nBeschluss: abgelehnt\n", "Gemeinderat"),
        ("Sitzung des Stadtrats, 04.03.2025\nBeschluss: abgelehnt\n", "Stadtrat"),
        (
            "Sitzung des Bau- und Umweltausschusses, 04.03.2025\nBeschluss: abgelehnt\n",
            "Bau- und Umweltausschuss",
        ),
        (
            "Sitzung der Bezirksvertretung 3, 04.03.2025\nBeschluss: vertagt\n",
            "Bezirksvertretung 3",
        ),
        ("Die Bezirksvertretung Ehrenfeld lehnt den Antrag ab.\n", "Bezirksvertretung Ehrenfeld"),
        ("Der Haupt- und Finanzausschuss empfiehlt dem Rat X.\n", "Haupt- und Finanzausschuss"),
        ("Gremium: Bauausschuss Beschlussart: erledigt\nDer Rat beschließt X.\n", "Bauausschuss"),
        ("Die Verwaltung wird beauftragt, X zu prüfen.\n", None),
    ],
)
def test_deciding_body(text: str, body: str | None) -> None:
    assert parse_text(text).meeting.body == body


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "Beschluss: mehrheitlich beschlossen\nDer Antrag der X-Fraktion wird abgelehnt.\n",
            "rejected",
        ),
        (
            "Beschluss: einstimmig angenommen\nDer Bericht der Verwaltung dient zur Kenntnis.\n",
            "noted",
        ),
        ("Beschluss: mehrheitlich beschlossen\nDas Einvernehmen wird nicht erteilt.\n", "approved"),
        ("Beschluss: abgelehnt\nDer Rat beschließt X.\n", "rejected"),
        # a statement's clauses are what the body says, not what it does with the motion
        (
            "Beschluss: einstimmig angenommen\nDer Ortsbeirat gibt folgende Stellungnahme ab:\n"
            "a) Die Zufahrt über die Ringstraße wird abgelehnt.\n"
            "b) Der Anteil soll 30 % betragen.\n",
            "approved",
        ),
        (
            "Beschluss: einstimmig angenommen\nDer Ortsbeirat nimmt wie folgt Stellung:\n"
            "1. Die Planung wird abgelehnt.\n2. Eine zweite Zufahrt ist vorzusehen.\n",
            "approved",
        ),
    ],
)
def test_adopted_text_decides_over_a_plain_approval(text: str, outcome: str) -> None:
    res = parse_text(text)
    assert res.outcome == outcome
    followed_text = res.status is not None and res.status.outcome != outcome
    assert ("RP303" in [d.code for d in res.diagnostics]) == followed_text


@pytest.mark.parametrize(
    ("text", "outcome", "basis"),
    [
        # the vote's own words are the most specific evidence: they decide
        (
            "Beschluss: mehrheitlich beschlossen\nDer Rat beschließt X.\n"
            "Abstimmungsergebnis: 5 Ja / 9 Nein / 1 Enthaltung\nDamit ist der Antrag abgelehnt.\n",
            "rejected",
            "words",
        ),
        # counts alone against the status line: the verdict stands (a qualified majority, a tie),
        # and the vote takes it (RP307 says so)
        ("Beschluss: Annahme\n\nAbstimmung: Ja: 17, Nein: 43\n", "approved", "words"),
        # no conflict: counts agree with the status
        ("Beschluss: Annahme\n\nAbstimmung: Ja: 43, Nein: 17\n", "approved", "counts"),
        ("Beschluss: einstimmig beschlossen\nAbstimmungsergebnis: einstimmig\n", "approved", None),
    ],
)
def test_status_against_the_vote_result(text: str, outcome: str | None, basis: str | None) -> None:
    res = parse_text(text)
    assert res.outcome == outcome
    (vote,) = res.votes
    assert vote.outcome_basis == (basis or "convention")
    opposed = res.status is not None and vote.outcome not in (res.status.outcome, None)
    assert ("RP303" in [d.code for d in res.diagnostics]) == opposed
    against_counts = (vote.counts.no or 0) > (vote.counts.yes or 0) and outcome == "approved"
    assert ("RP307" in [d.code for d in res.diagnostics]) == against_counts


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # (a phrase the vocabulary does not know says no outcome: "Bekanntgabe", "(ohne)")
        ("Beschluss: vom Winde verweht\nDer Rat beschließt X.\n", None),
        ("Beschluss: vom Winde verweht\nAbstimmungsergebnis: einstimmig abgelehnt\n", "rejected"),
    ],
)
def test_an_unknown_status_phrase_gives_no_outcome_unless_a_vote_says_more(
    text: str, outcome: str | None
) -> None:
    res = parse_text(text)
    assert res.outcome == outcome
    assert [d.message for d in res.diagnostics if d.code == "RP302"] == [
        "status phrase 'vom Winde verweht' is not in the outcome vocabulary"
    ]


@pytest.mark.parametrize(
    ("text", "code", "count"),
    [
        ("Beschluss:\n1. A.\n2. B.\n4. C.\n", "RP104", 1),  # a gap
        ("Beschluss:\n1. A.\n1. B.\n1. C.\n", "RP104", 2),  # repeats
        ("Beschluss:\n1. A.\n   a) x\n   b) y\n2. B.\n", "RP104", 0),  # nested lists restart
        ("Beschluss: abgelehnt\nAbstimmungsergebnis:\n", "RP102", 1),  # heading, nothing after
        ("Beschluss: abgelehnt\nAbstimmungsergebnis:\nEinstimmig abgelehnt.\n", "RP102", 0),
        ("Datum: | 09.06.2021 |\n---|---|\nBeschluss: abgelehnt\n", "RP802", 1),  # table rests
        ("Beschluss: abgelehnt\nDer Rat lehnt ab.\n", "RP802", 0),
    ],
)
def test_layout_findings(text: str, code: str, count: int) -> None:
    codes = [d.code for d in parse_text(text).diagnostics]
    assert codes.count(code) == count, codes


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Beschluss: einstimmig beschlossen\nAbstimmung: Ja: 9, Nein: 2\n", True),
        ("Beschluss: einstimmig abgelehnt\nAbstimmung: Ja: 0, Nein: 12\n", False),  # all said no
        ("Beschluss: einstimmig beschlossen\nAbstimmung: Ja: 9, Nein: 0\n", False),
    ],
)
def test_unanimous_with_dissent(text: str, flagged: bool) -> None:
    codes = [d.code for d in parse_text(text).diagnostics]
    assert ("RP305" in codes) == flagged, codes


def test_side_counts_from_group_numbers() -> None:
    res = parse_text(
        "Abstimmungsergebnis:\nZustimmung: CDU (12), SPD (4)\nAblehnung: AfD (3)\n"
        "Enthaltung: FDP (1)\n"
    )
    (vote,) = res.votes
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (16, 3, 1)
    assert [(g.name, g.members) for g in vote.groups.yes] == [("CDU", 12), ("SPD", 4)]
    assert [g.name for g in vote.groups.no] == ["AfD"]
    assert "RP301" not in [d.code for d in res.diagnostics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Abstimmung: 12:0\n", ("approved", 12, 0, None)),
        ("Abstimmung: 12 : 3 : 1\n", ("approved", 12, 3, 1)),
        ("Der Rat lehnt den Antrag mit 20 gegen 15 Stimmen ab.\n", ("rejected", 15, 20, None)),
        ("Abstimmungsergebnis: einstimmig\n", ("approved", None, None, None)),
        # a pipe row with an empty cell: that count is not given
        ("Abstimmungsergebnis:\n|Ja|Nein|Enthaltung|\n|7|1||\n", ("approved", 7, 1, None)),
        (
            "Abstimmungsergebnis:\n| Ja | Nein | Enthaltung |\n| 7 | 1 |  |\n",
            ("approved", 7, 1, None),
        ),
        # a label and its number in columns far apart
        (
            "Abstimmungsergebnis:\nJa-Stimmen" + " " * 16 + "23\nNein-Stimmen" + " " * 14 + "28\n",
            ("rejected", 23, 28, None),
        ),
        # the whole vote's tally in parentheses after a count
        ("Abstimmung: einstimmig bei 2 Enthaltungen (11 / 0 / 2)\n", ("approved", 11, 0, 2)),
        ("Abstimmung: mehrheitlich bei 2 Enthaltungen (11:1:2)\n", ("approved", 11, 1, 2)),
        (
            "Die Sitzung beginnt um 15:42\nAbstimmungsergebnis: mehrheitlich\n",
            ("approved",) + (None,) * 3,
        ),
    ],
)
def test_tallies_and_bare_results(
    text: str, expected: tuple[str, int | None, int | None, int | None]
) -> None:
    res = parse_text(text)
    (vote,) = res.votes
    assert (res.outcome, vote.counts.yes, vote.counts.no, vote.counts.abstain) == expected


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Der Bauausschuss beschließt auf Grundlage der Vorlage V/2023/0117 X.\n", "V/2023/0117"),
        ("Der Rat beschließt entsprechend der Drucksache 0117/2024 die Satzung.\n", "0117/2024"),
        ("Die Verwaltung verweist auf die Vorlage V/2023/0117.\n", None),  # no decision
        ("Vorlage: AN/0001/2023\nDer Rat beschließt gemäß Vorlage V/2023/0117.\n", "AN/0001/2023"),
    ],
)
def test_subject_paper_named_in_the_decision(text: str, subject: str | None) -> None:
    paper = parse_text(text).paper
    assert (paper.reference if paper else None) == subject


def test_a_past_decision_names_no_subject() -> None:
    text = "Der Rat hat am 23.03.2021 die Aufstellung beschlossen (Drucksache 0412/2021).\n"
    assert parse_text(text).paper is None


def test_a_members_remark_after_the_clauses_is_not_clause_text() -> None:
    text = (
        "Beschluss:\n1. Die Gebühren steigen.\n2. Die Satzung gilt ab Mai.\nSie wird verkündet.\n"
        "\nGemeinderätin Muster (ÖDP) begründet ihre Gegenstimme.\n"
    )
    res = parse_text(text)
    assert [c.text for c in res.clauses] == [
        "Die Gebühren steigen.",
        "Die Satzung gilt ab Mai. Sie wird verkündet.",
    ]


def test_a_clause_paragraph_after_a_blank_line_stays() -> None:
    text = "Beschluss:\n1. Die Gebühren steigen.\n\nDies gilt ab Mai.\n2. Die Satzung gilt.\n"
    res = parse_text(text)
    assert res.clauses[0].text == "Die Gebühren steigen. Dies gilt ab Mai."


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "TOP Ö 3: Antrag der Fraktion X, betr.: Neue Bänke am Markt\nBeschluss: abgelehnt\n",
            "Neue Bänke am Markt",
        ),
        (
            'Antrag der SPD-Fraktion betreffend "Mehr Grün im Quartier"\nBeschluss: abgelehnt\n',
            "Mehr Grün im Quartier",
        ),
        ("Betreff: Haushalt 2024 I. 1. Der Haushalt wird beschlossen. 2. X.\n", "Haushalt 2024"),
        (
            "Vorlage: AN/0001/2023\n„Ein Titel in Anführung“\nbetr.: Anderes\n1. X.\n",
            "Ein Titel in Anführung",
        ),
        ("Der Rat beschließt die Satzung.\n", None),
        # a quotation that ends the sentence above it is no title
        (
            "TOP 5 Straßennamen\nBeschluss:\nDie Straßen erhalten die Namen „Lerchenweg“ und\n"
            "„Am Feldrain“.\nAbstimmungsergebnis: einstimmig\n",
            "Straßennamen",
        ),
        # the agenda item's heading when nothing else names the subject
        ("TOP 5   Neue Bänke am Markt\nBeschluss: abgelehnt\n", "Neue Bänke am Markt"),
        ("TOP 12: Haushalt 2025\nBeschluss: abgelehnt\n", "Haushalt 2025"),
        ("TOP Ö 4.2 Radweg Nord\nBeschluss: abgelehnt\n", "Radweg Nord"),
        ("Auszug - Radverkehrskonzept 2030  \nBeschluss: abgelehnt\n", "Radverkehrskonzept 2030"),
        ("TOP: Ö 4.2\nBeschluss: abgelehnt\n", None),  # an ALLRIS field, no heading
    ],
)
def test_title(text: str, title: str | None) -> None:
    assert parse_text(text).title == title


def test_a_text_without_a_resolution_has_no_clauses() -> None:
    res = parse_text("Einladung zur Sitzung\nTagesordnung:\n1. Eröffnung\n2. Anfragen\n")
    assert "RP101" in [d.code for d in res.diagnostics]
    assert res.clauses == ()
    assert res.preamble is None


def test_per_clause_votes_are_parts_named_by_their_clause() -> None:
    res = parse_text(
        "Beschluss:\nDer Rat beschließt.\nAbstimmungsergebnis:\n"
        "Zu Ziffer 1: einstimmig zugestimmt. Zu Ziffer 2: mehrheitlich abgelehnt.\n"
    )
    # each clause's vote decides its part: the parts are items, and they differ
    assert [(i.number, i.outcome, [v.decisive for v in i.votes]) for i in res.items] == [
        ("Zu Ziffer 1", "approved", [True]),
        ("Zu Ziffer 2", "rejected", [True]),
    ]
    assert res.votes == ()
    assert res.outcome is None


@pytest.mark.parametrize(
    ("header", "status", "outcome"),
    [
        ("Gremium: Rat Beschlussart: ungeändert beschlossen", "ungeändert beschlossen", "approved"),
        ("Gremium: Rat Beschlussart: abgelehnt Status: öffentlich", "abgelehnt", "rejected"),
        # not a decision: the item was dealt with, or is still open
        ("Gremium: BVV Beschlussart: erledigt", "erledigt", "other"),
        ("Gremium: Ausschuss Beschlussart: (offen)", None, None),
    ],
)
def test_allris_status_beside_the_body(header: str, status: str | None, outcome: str) -> None:
    res = parse_text(header + "\nDatum: Di, 13.05.2025\nDie Verwaltung berichtet.\n")
    assert (res.status.text if res.status else None) == status
    assert res.outcome == outcome
    if res.status is not None:
        original = header + "\n"
        assert original[res.status.span.start : res.status.span.end] == status


@pytest.mark.parametrize(
    ("field", "status", "outcome"),
    [
        ("Status: beschlossen", "beschlossen", "approved"),
        ("Beratungsergebnis: abgelehnt", "abgelehnt", "rejected"),
        # a vote result in the field: the line is read as the vote, which decides
        ("Status: einstimmig beschlossen", None, "approved"),
        ("Stand: zurückgestellt", "zurückgestellt", "postponed"),
        # the same labels for other things: no status
        ("Status: öffentlich", None, None),
        ("Stand: 12.03.2024", None, None),
    ],
)
def test_a_status_field_of_another_name(field: str, status: str | None, outcome: str) -> None:
    res = parse_text(f"Gremium: Bauausschuss\n{field}\nDie Verwaltung berichtet.\n")
    assert (res.status.text if res.status else None) == status
    assert res.outcome == outcome
    if res.status is not None:
        original = f"Gremium: Bauausschuss\n{field}\n"
        assert original[res.status.span.start : res.status.span.end] == status


@pytest.mark.parametrize(
    ("said", "yes", "no", "abstain"),
    [
        (
            "Für den Antrag stimmten die Fraktionen SPD und Grüne, dagegen die Fraktionen CDU "
            "und FDP; die Gruppe ÖDP enthielt sich.",
            ["SPD", "Grüne"],
            ["CDU", "FDP"],
            ["Gruppe ÖDP"],
        ),
        # two sentences, one vote
        (
            "Dafür stimmten SPD und Volt, dagegen stimmte die CDU. Die FDP enthielt sich.",
            ["SPD", "Volt"],
            ["CDU"],
            ["FDP"],
        ),
        # the side fixed by its words, whatever the verdict
        ("Gegen die Vorlage votierte die AfD.", [], ["AfD"], []),
        # a plural before the names names no group
        ("Dafür stimmten die Fraktionen von CDU und FDP.", ["CDU", "FDP"], [], []),
    ],
)
def test_groups_told_around_their_verb(
    said: str, yes: list[str], no: list[str], abstain: list[str]
) -> None:
    res = parse_text(f"Beschluss:\nDie Verwaltung wird beauftragt.\n\nJa: 8, Nein: 3.\n{said}\n")
    decisive = next(v for v in res.votes if v.decisive)
    assert [g.name for g in decisive.groups.yes] == yes
    assert [g.name for g in decisive.groups.no] == no
    assert [g.name for g in decisive.groups.abstain] == abstain


@pytest.mark.parametrize(
    ("line", "status", "outcome"),
    [
        ("Ergebnis: abgesetzt", "abgesetzt", "postponed"),
        ("Abstimmungsergebnis: zurückgezogen", "zurückgezogen", "withdrawn"),
        # a vote result stays the vote
        ("Abstimmungsergebnis: einstimmig beschlossen", None, "approved"),
    ],
)
def test_a_result_line_that_ends_the_item_otherwise(
    line: str, status: str | None, outcome: str
) -> None:
    res = parse_text(f"TOP 9 Vergabe der Reinigung\nWiderspruch erhebt sich nicht.\n\n{line}\n")
    assert (res.status.text if res.status else None) == status
    assert res.outcome == outcome


@pytest.mark.parametrize(
    ("closing", "preamble"),
    [
        ("Damit ist der Antrag abgelehnt.", "Wie Antrag"),  # the minutes report the result
        ("Der Antrag wird abgelehnt.", "Wie Antrag Der Antrag wird abgelehnt."),  # decided text
    ],
)
def test_a_reported_result_is_not_decided_text(closing: str, preamble: str) -> None:
    res = parse_text(f"Beschluss:\nWie Antrag\n\ndafür: 5\ndagegen: 31\n\n{closing}\n")
    assert res.preamble == preamble
    assert res.outcome == "rejected"


def test_a_status_of_counts_only_is_the_vote() -> None:
    res = parse_text("Beschluss: 15 : 0\nDer Gemeinderat beschließt die Satzung.\n")
    assert res.status is not None and res.status.outcome is None
    assert res.diagnostics == ()
    (vote,) = res.votes
    assert (vote.counts.yes, vote.counts.no, vote.unanimous) == (15, 0, True)
    assert res.outcome == "approved"


@pytest.mark.parametrize(
    ("result", "unanimous"),
    [
        ("angenommen bei 3 Gegenstimmen und 1 Enthaltung", False),
        ("abgelehnt bei 2 Ja-Stimmen", False),
        ("angenommen bei 1 Enthaltung", None),  # abstaining is no dissent
    ],
)
def test_votes_counted_against_the_result_are_dissent(result: str, unanimous: bool | None) -> None:
    res = parse_text(f"Beschluss:\nDer Rat beschließt X.\nAbstimmungsergebnis: {result}\n")
    assert res.votes[-1].unanimous is unanimous


@pytest.mark.parametrize(
    ("vote", "no", "against"),
    [
        ("(gegen 3 Stimmen)", 3, []),
        ("(gegen 3 Stimmen der AfD)", 3, [("AfD", None)]),
        # further groups with their own numbers add to the side's; a parenthesis over two lines
        (
            "(gegen 2 Stimmen der AfD-Fraktion und 1 Stimme der Gruppe ÖDP,\n"
            "bei Stimmenthaltung von Kreisrat Lindner)",
            3,
            [("AfD-Fraktion", 2), ("Gruppe ÖDP", 1)],
        ),
    ],
)
def test_votes_against_in_parentheses_after_the_decision(
    vote: str, no: int, against: list[tuple[str, int | None]]
) -> None:
    res = parse_text(f"Beschluss:\nDer Kreistag beschließt die Satzung.\n\n{vote}\n")
    (decisive,) = [v for v in res.votes if v.decisive]
    assert (decisive.counts.no, decisive.unanimous, res.outcome) == (no, False, "approved")
    assert [(g.name, g.members) for g in decisive.groups.no] == against


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # the past of minutes reports the verdict, its particle on the next line too
        ("Der Rat lehnte den Antrag der CDU-Fraktion mehrheitlich ab.", "rejected"),
        ("Der Rat lehnte den Antrag (Drucksache Nr.: 31245-23)\nmehrheitlich ab.", "rejected"),
        ("Die Ausschüsse lehnten den Antrag einstimmig ab.", "rejected"),
        ("Der Rat vertagte den Tagesordnungspunkt einstimmig.", "postponed"),
        # pointing to something is no referral
        ("Der Antrag wurde zurückgezogen. Die Fraktion verwies auf die Zusage.", "withdrawn"),
    ],
)
def test_verdicts_in_the_past_of_minutes(text: str, outcome: str) -> None:
    assert parse_text(text + "\n").outcome == outcome


def test_a_count_told_over_two_lines_is_dissent_when_joined() -> None:
    # each line alone says no dissent; the vote they make together has 2 No votes
    res = parse_text(
        "Der Bezirksbeirat stimmt dem Beschlussantrag mit 9 Ja-Stimmen,\n"
        "2 Nein-Stimmen und 1 Enthaltung zu.\n"
    )
    (vote,) = res.votes
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (9, 2, 1)
    assert vote.unanimous is False


def test_glued_labels_are_header_fields_and_a_finding() -> None:
    res = parse_text(
        "Vorlage - AN/0519/2025\nInitiator:SPD-FraktionSPD-Fraktion\nBeratungsfolge:\n"
        "Bezirksvertretung Nord Entscheidung\nBeschluss:ungeändert beschlossen\n"
        "Die Verwaltung wird beauftragt.\n"
    )
    assert res.paper is not None and res.paper.reference == "AN/0519/2025"
    assert res.paper.label == "Vorlage"
    assert res.preamble == "Die Verwaltung wird beauftragt."
    assert [d.message for d in res.diagnostics if d.code == "RP802"] == [
        "the label 'Initiator:' is glued to its value (a web page's lost cell border)"
    ]


def test_a_status_in_the_heading_parenthesis() -> None:
    text = "Beschluss (einstimmig):\nDie Satzung wird beschlossen.\n"
    res = parse_text(text)
    assert res.status is not None and res.status.text == "einstimmig"
    assert text[res.status.span.start : res.status.span.end] == "einstimmig"
    assert res.preamble == "Die Satzung wird beschlossen."
    assert [v.unanimous for v in res.votes] == [True]


def test_a_vote_heading_names_what_was_voted_on() -> None:
    res = parse_text(
        "Beschluss:\nDer Rat beschließt X.\n"
        "Abstimmung über den Geschäftsordnungsantrag auf Vertagung:\nJa: 6, Nein: 14\n"
        "Der Antrag auf Vertagung ist damit abgelehnt.\n"
        "Abstimmungsergebnis:\nJa: 15, Nein: 5\n"
    )
    assert [(v.subject, v.outcome, v.decisive) for v in res.votes] == [
        ("Geschäftsordnungsantrag auf Vertagung", "rejected", False),
        (None, "approved", True),
    ]


def test_a_paper_number_heading_its_own_line_is_the_subject() -> None:
    res = parse_text(
        "Gremium: Rat\nVO/0266/2025 Radverkehrskonzept 2030\nBeschluss:\nDer Rat stimmt zu.\n"
    )
    assert res.paper is not None and res.paper.reference == "VO/0266/2025"
    res = parse_text("Beschluss: vertagt\nDie Verwaltung berichtet, wie VO/0266/2025 sagt.\n")
    assert [r.role for r in res.references] == ["mentioned"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("22-0417\n\nSanierung des Spielplatzes\n\nDer Rat stimmt zu.\n", "22-0417"),
        ("IV/STR/20/1475/08 Haushaltssatzung\nDer Rat stimmt zu.\n", "IV/STR/20/1475/08"),
        ("Titel\nIV/STR/20/1475/08 Haushaltssatzung\nDer Rat stimmt zu.\n", None),  # no kind
        ("Der Rat stimmt zu.\n\nÖ 3 - 23-0646\nNächster Punkt\n", None),  # not the text's head
    ],
)
def test_a_paper_number_opening_the_text_is_the_subject(text: str, subject: str | None) -> None:
    paper = parse_text(text).paper
    assert (paper.reference if paper else None) == subject


@pytest.mark.parametrize(
    ("result", "sides", "empty_templates"),
    [
        ("Dafür: CDU, SPD\nDagegen: AfD", (["CDU", "SPD"], ["AfD"], []), 0),
        ("Ja: CDU, GRÜNE Nein: AfD Enthaltung: FDP", (["CDU", "GRÜNE"], ["AfD"], ["FDP"]), 0),
        ("Ja: –\nNein: –", None, 0),  # a dash: nobody, written out
        ("JA:\nNEIN:", None, 2),  # an empty template
    ],
)
def test_groups_named_after_count_labels(
    result: str, sides: tuple[list[str], ...] | None, empty_templates: int
) -> None:
    res = parse_text(f"Beschluss:\nDer Rat beschließt X.\nAbstimmungsergebnis:\n{result}\n")
    if sides is None:
        assert res.votes == ()
    else:
        (vote,) = res.votes
        got = tuple([g.name for g in getattr(vote.groups, s)] for s in ("yes", "no", "abstain"))
        assert got == sides
        assert (vote.counts.yes, vote.counts.no) == (None, None)  # never invented
        assert vote.unanimous is False
    assert [d.code for d in res.diagnostics].count("RP301") == empty_templates


# Who voted how: the groups of a vote as records (name, kind, party). A table per rule of group
# reading; each row a vote result of our own after a decided text.

_Side = list[tuple[str, str, str | None]]


def _sides(result: str) -> tuple[_Side, _Side, _Side]:
    """The decisive vote's groups on each side (none where no vote decides)."""
    res = parse_text(f"Beschluss:\nDer Rat beschließt X.\nAbstimmungsergebnis:\n{result}\n")
    vote = next((v for v in res.votes if v.decisive), None)
    if vote is None:
        return [], [], []

    def side(groups: tuple[Group, ...]) -> _Side:
        return [(g.name, g.kind, g.party) for g in groups]

    return side(vote.groups.yes), side(vote.groups.no), side(vote.groups.abstain)


@pytest.mark.parametrize(
    ("result", "yes", "no", "abstain"),
    [
        # individuals are never factions, whatever their title
        (
            "Mehrheitlich gegen die CDU-Fraktion bei Enthaltung des Einzelvertreters Krause (FDP) "
            "abgelehnt.",
            [("CDU-Fraktion", "faction", "CDU")],
            [],
            [("Einzelvertreters Krause (FDP)", "person", "FDP")],
        ),
        (
            "Mehrheitlich beschlossen.\nJa:   11 Stimmen   CDU, Grüne, Frau Bastian (FDP)\n"
            "Nein   7 Stimmen   SPD",
            [
                ("CDU", "faction", "CDU"),
                ("Grüne", "faction", "GRÜNE"),
                ("Frau Bastian (FDP)", "person", "FDP"),
            ],
            [("SPD", "faction", "SPD")],
            [],
        ),
        # counts and remarks are no part of a name
        (
            "Mehrheitlich mit den Stimmen der CDU (12) und der SPD (geschlossen) zugestimmt.",
            [("CDU", "faction", "CDU"), ("SPD", "faction", "SPD")],
            [],
            [],
        ),
        # a counted list run together, and one with a comma left before its parenthesis
        (
            "dafür: 2 (1 CDU, 1 AfD)\ndagegen: 3 (1 SPD, 1 BÜRGERLISTE 1 OP)",
            [("CDU", "faction", "CDU"), ("AfD", "faction", "AfD")],
            [
                ("SPD", "faction", "SPD"),
                ("BÜRGERLISTE", "faction", "Bürgerliste"),
                ("OP", "faction", None),
            ],
            [],
        ),
        (
            "dafür: 3 (2 CDU, 1 pro NRW,)\ndagegen: 1 (1 OP)",
            [("CDU", "faction", "CDU"), ("pro NRW", "faction", "pro NRW")],
            [("OP", "faction", None)],
            [],
        ),
        # a side's number and its list: sides by the verdict
        (
            "Der Ausschuss lehnt den Antrag mehrheitlich mit 9 Stimmen (SPD-Fraktion, "
            "CDU-Fraktion) gegen 2 Stimmen (Gruppe Volt) ab.",
            [("Gruppe Volt", "faction", "Volt")],
            [("SPD-Fraktion", "faction", "SPD"), ("CDU-Fraktion", "faction", "CDU")],
            [],
        ),
        # `bei einer Enthaltung von X`: X abstained
        (
            "Der Antrag wird bei Zustimmung der SPD-Fraktion sowie bei einer Enthaltung von pro "
            "NRW mit den übrigen Stimmen mehrheitlich abgelehnt.",
            [("SPD-Fraktion", "faction", "SPD")],
            [],
            [("pro NRW", "faction", "pro NRW")],
        ),
        # a name ends with its sentence, and the list with it
        (
            "Der Rat lehnt den Antrag mehrheitlich ab, bei Zustimmung der CDU-Fraktion sowie "
            "Enthaltung der Fraktion Die Linke.\nFrau Roth betont die Bedeutung der Bücherei und "
            "kritisiert, dass der Kreis nichts tue.",
            [("CDU-Fraktion", "faction", "CDU")],
            [],
            [("Fraktion Die Linke", "faction", "LINKE")],
        ),
        # what follows a bare `gegen` is a group only where it says so
        (
            "Einstimmig spricht sich der Ortsbeirat gegen die geplante Schließung der Bücherei "
            "aus.",
            [],
            [],
            [],
        ),
        # words of the sentence and table residue are no names
        ("Ja: 19\nNein: 1\nEnthaltungen: | keine |", [], [], []),
        ("Für den Beschluss: s. u.\nGegen den Beschluss: s. u.", [], [], []),
    ],
)
def test_groups_of_a_vote(result: str, yes: _Side, no: _Side, abstain: _Side) -> None:
    assert _sides(result) == (yes, no, abstain)


@pytest.mark.parametrize(
    ("header", "date", "body"),
    [
        ("Sitzung: Sitzung des Bauausschusses am 12.03.2024", "2024-03-12", "Bauausschuss"),
        ("Öffentliche Sitzung des Gemeinderates am 12.03.2024", "2024-03-12", "Gemeinderat"),
        ("Niederschrift über die Sitzung des Stadtrates vom 1.2.2024", "2024-02-01", "Stadtrat"),
        ("Beschluss des Gemeinderates vom 12.03.2024:", "2024-03-12", None),
    ],
)
def test_meeting_dates_in_headings(header: str, date: str, body: str | None) -> None:
    res = parse_text(f"{header}\nBeschluss: einstimmig beschlossen\n")
    assert str(res.meeting.date) == date
    if body is not None:
        assert res.meeting.body == body


# ---------------------------------------------------------------------------------------------
# Hard-wrapped text (PDF and e-mail exports break lines anywhere)


def test_a_wrapped_member_list_stays_one_count() -> None:
    res = parse_text(
        "Beschluss: abgelehnt\nAbstimmungsergebnis:\ndafür: 2 (2 BÜRGERLISTE)\n"
        "dagegen: 13 (4 CDU, 4 SPD, 2 BÜNDNIS 90/DIE GRÜNEN, 1 FDP, 1 Die\nUnabhängigen, 1 OP)\n"
    )
    (vote,) = res.votes
    assert [g.name for g in vote.groups.no][-2:] == ["Die Unabhängigen", "OP"]
    assert vote.counts.no == 13


def test_a_wrapped_status_phrase() -> None:
    res = parse_text(
        "Beschluss: zur weiteren Bearbeitung in die\nVerwaltung überwiesen\n\n"
        "Beschluss:\nDie Angelegenheit wird überwiesen.\n"
    )
    assert res.status is not None
    assert res.status.text == "zur weiteren Bearbeitung in die Verwaltung überwiesen"
    assert res.outcome == "referred"


def test_a_wrapped_flattened_numbering() -> None:
    res = parse_text(
        "Beschluss:\n- Beschluss (1. Der Antrag wird im Rahmen des Berichts\n"
        "behandelt. 2. Der Antrag ist damit\nerledigt.)\n"
    )
    assert [c.label for c in res.clauses] == ["1.", "2."]


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        ("Siehe die Stellungnahme (Drucksache\nNr.: 18211-12-E1).", ["18211-12-E1"]),
        # "DS" is the Drucksache's label, no part of its number
        ("Der Änderungsantrag DS\n19/0388 wird übernommen.", ["19/0388"]),
    ],
)
def test_a_reference_wrapped_at_its_space_or_after_its_label(text: str, refs: list[str]) -> None:
    res = parse_text("Beschluss:\n" + text + "\n")
    assert [r.reference for r in res.references] == refs


def test_prose_wrapped_to_open_a_line_is_no_meeting_heading() -> None:
    res = parse_text(
        "Beschluss:\nDie Stellungnahmen wurden in der\nSitzung am 14.11.2024 abgewogen.\n"
    )
    assert res.meeting.date is None


def test_a_word_and_colon_wrapped_onto_its_own_line_is_no_label() -> None:
    res = parse_text(
        "Beschluss:\n1) Der Rat beschließt die Ordnung mit folgenden\nÄnderungen:\n"
        "a) Die Gebühr entfällt.\n2) Sie tritt am 01.07.2025 in Kraft.\n"
    )
    assert [(c.label, [k.label for k in c.children]) for c in res.clauses] == [
        ("1)", ["a)"]),
        ("2)", []),
    ]
    header = parse_text("Gremium: Rat\nBegründung:\nDie Schule ist zu klein.\nBeschluss: vertagt\n")
    assert header.preamble is None  # a Begründung heading stays one


@pytest.mark.parametrize(
    ("sentence", "yes", "no", "outcome"),
    [
        ("Der Ausschuss lehnt den Antrag mit 5:7 Stimmen ab.", 5, 7, "rejected"),
        ("Der Antrag wird mit 24:12 Stimmen abgelehnt.", 12, 24, "rejected"),
        ("Der Antrag wird mit 3:17 Stimmen angenommen.", 17, 3, "approved"),
        ("Der Gemeinderat erteilt das Einvernehmen. Abstimmung: 12:1", 12, 1, "approved"),
    ],
)
def test_ratios_give_the_winner_the_larger_number(
    sentence: str, yes: int, no: int, outcome: str
) -> None:
    res = parse_text(sentence + "\n")
    (vote,) = res.votes
    assert (vote.counts.yes, vote.counts.no, vote.outcome) == (yes, no, outcome)
    assert "RP307" not in [d.code for d in res.diagnostics]


def test_a_wrapped_zur_abstimmung_is_no_vote_heading() -> None:
    wrapped = parse_text(
        "Anschließend stellte der Bürgermeister die Planung zur\nAbstimmung:\n\n"
        "Der Rat fasste mit 17:3 Stimmen den Beschluss A.\n\n"
        "Der Rat fasste mit 16:4 Stimmen den Beschluss B.\n"
    )
    assert [(v.counts.yes, v.counts.no) for v in wrapped.votes] == [(17, 3), (16, 4)]
    heading = parse_text("Bebauungsplan Nr. 5\nAbstimmung:\nJa: 3, Nein: 1\n")
    assert [(v.counts.yes, v.counts.no) for v in heading.votes] == [(3, 1)]


@pytest.mark.parametrize(
    ("first", "second"),
    [("1.)", "2.)"), ("A)", "B)"), ("Ziffer 1:", "Ziffer 2:"), ("Punkt 1.", "Punkt 2.")],
)
def test_more_clause_numberings(first: str, second: str) -> None:
    res = parse_text(f"Beschluss:\n{first} Die Stadt baut.\n{second} Die Stadt zahlt.\n")
    assert [(c.label, c.text) for c in res.clauses] == [
        (first, "Die Stadt baut."),
        (second, "Die Stadt zahlt."),
    ]


# fold() parts with str.split(): it must fold what re's \s+ folds.

_SPACE_LIKE = st.sampled_from([" ", "\n", "\t", "\u00a0", "\u2028", "\x1c", "\u3000", "\x85"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=3) | _SPACE_LIKE, max_size=12))
def test_fold_as_the_plain_pattern(parts: list[str]) -> None:
    text = "".join(parts)
    assert fold(text) == re.sub(r"\s+", " ", text).strip()


def test_split_parts_where_re_sees_space() -> None:
    """str.split() and re's \\s agree on every code point: both ask str.isspace."""
    space = re.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert (space.fullmatch(char) is not None) == char.isspace() == (not char.split())


@pytest.mark.parametrize(
    "text",
    [
        "Beschluss:\nDer Rat beschließt:\nDie Verwaltung wird beauftragt, die Ablehnung der "
        "Fördermittel zu prüfen.\n",
        "Beschluss: mehrheitlich beschlossen\n\nDer Ablehnung des Antrags AN/0001/2024 wird nicht "
        "gefolgt.\n",
        "Beschluss: einstimmig beschlossen\n\n1. Der Widerspruch gegen die Ablehnung des "
        "Bauantrags wird zurückgewiesen.\n",
    ],
)
def test_a_noun_in_the_decided_text_is_no_verdict(text: str) -> None:
    # "Ablehnung" names a thing the text is about; only a vote result or a verb rejects
    res = parse_text(text)
    assert res.outcome == "approved"
    assert "RP303" not in [d.code for d in res.diagnostics]


# ---------------------------------------------------------------------------------------------
# Count tables printed one cell a line


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a row of labels, then the row of numbers
        ("Abstimmungsergebnis:\nJa-Stimmen\nNein-Stimmen\nEnthaltungen\n21\n18\n3\n", (21, 18, 3)),
        ("Ja-Stimmen\n\nNein-Stimmen\n\nEnthaltungen\n\n 21\n\n18\n\n3\n", (21, 18, 3)),
        # a label, then its number
        ("Anwesend\n22\nJA-Stimmen\n15\nNEIN-Stimmen\n7\nEnthaltungen\n0\n", (15, 7, 0)),
        ("Stimmberechtigte:\n\n6\n\nJa-Stimmen:\n\n4\n\nNein-Stimmen:3\n", (4, 3, None)),
        # a number, then its label
        ("8\nStimmen dafür\n22\nStimmen dagegen\n1\nStimmenthaltung\n", (8, 22, 1)),
        ("Abstimmung:\n\n12\n\nJa\n\nzwei\n\nNein\n", (12, 2, None)),
    ],
)
def test_count_table_one_cell_a_line(text: str, counts: tuple[int, ...]) -> None:
    [vote] = parse_text(text).votes
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts


def test_numbers_alone_without_labels_are_text() -> None:
    res = parse_text("Beschluss:\nDer Rat beschließt die Satzung.\n9\n0\n0\n")
    assert res.votes == ()
    assert res.preamble == "Der Rat beschließt die Satzung. 9 0 0"


@pytest.mark.parametrize(
    ("text", "status", "outcome"),
    [
        ("Beschluss:\nabgelehnt\nDer Antrag der Fraktion X …\n", "abgelehnt", "rejected"),
        ("Beschluss:\nungeändert beschlossen\nReduzieren\n", "ungeändert beschlossen", "approved"),
        ("Beschluss:\nan Gremium überwiesen\n", "an Gremium überwiesen", "referred"),
        ("Beschluss:\nzur Kenntnis genommen\n", "zur Kenntnis genommen", "noted"),
        # decided text, not a value: a sentence, or the decision "as the paper"
        ("Beschluss:\nDer Rat beschließt die Satzung.\n", None, "approved"),
        ("Beschlussempfehlung an den Rat:\nWie Vorlage\n", None, "approved"),
    ],
)
def test_status_value_on_the_line_below(text: str, status: str | None, outcome: str) -> None:
    res = parse_text(text)
    assert (res.status.text if res.status else None) == status
    assert res.outcome == outcome


# ---------------------------------------------------------------------------------------------
# Counts in every layout

_DECIDED = "Beschluss:\nDer Rat beschließt die Satzung.\nAbstimmungsergebnis:\n"


def _counts(text: str) -> list[tuple[int | None, int | None, int | None]]:
    return [(v.counts.yes, v.counts.no, v.counts.abstain) for v in parse_text(text).votes]


@pytest.mark.parametrize(
    ("result", "counts"),
    [
        # a dash or `keine` in a count row is 0
        ("Ja-Stimmen: 14\nNein-Stimmen: -\nEnthaltungen: keine", (14, 0, 0)),
        ("| Ja - Stimmen: | 9 |\n| Nein - Stimmen: | 1 |\n| Enthaltungen: | keine |", (9, 1, 0)),
        # spelled otherwise: a spaced hyphen, a glued number, Stimmenenthaltungen, Dafürstimmen
        ("Ja - Stimmen: 9\nNein - Stimmen: 0\nStimmenenthaltungen: 0", (9, 0, 0)),
        ("18-Ja-Stimmen, 3 Nein-Stimmen, 17 Enthaltungen", (18, 3, 17)),
        ("bei 20 Dafürstimmen und 16 Gegenstimmen beschlossen", (20, 16, None)),
        ("15 Ja-Stimmen, 1 Nein-Stimme", (15, 1, None)),
        # bare labels and their numbers in a row; attendance is no count
        ("Anwesend 12 - Ja 12 - Nein 0", (12, 0, None)),
        ("Anwesend 12 - Ja 11 - Nein 0\n(2)", (11, 0, None)),  # a page number after the row
        # a label, then its number, one cell a line, with a singular label
        ("30\nStimmen dafür\n1\nStimme dagegen\n1\nStimmenthaltung", (30, 1, 1)),
        # a web table's row printed one cell a line
        ("Anwesend: |\n12 |\n/ mit |\n11 |\ngegen |\n1 |\nStimmen |", (11, 1, None)),
        # a tally with slashes, in parentheses
        ("mehrheitlich (12/3/1) beschlossen", (12, 3, 1)),
        # a word in the number's column: no count for that column
        ("Ja-Stimmen\nNein-Stimmen\nEnthaltungen\nmehrheitlich\n0\n2", (None, 0, 2)),
        # nobody, in so many words
        ("ohne Gegenstimmen bei zwei Enthaltungen angenommen", (None, 0, 2)),
        ("einstimmig ohne Enthaltungen", (None, None, 0)),
        # numbers per group with no total add up
        ("mehrheitlich bei zwei Gegenstimmen der SPD, einer Gegenstimme der FDP", (None, 3, None)),
    ],
)
def test_counts_in_every_layout(
    result: str, counts: tuple[int | None, int | None, int | None]
) -> None:
    assert _counts(_DECIDED + result + "\n") == [counts]


@pytest.mark.parametrize(
    "result",
    [
        "Dafür: 0, Dagegen: 0",  # a template left unfilled: nobody voted
        "JA-Stimmen:0 NEIN-Stimmen:0 Enthaltungen:0",
        "Anwesend: 16 + 1\nJa-Stimmen: 16 + 1",  # a sum written out is not read
        "Dafür: 11, Dage",  # cut off inside its counts, where the text ends
        "Dafür",  # a count label without its number is no verdict (dafür)
    ],
)
def test_counts_that_are_no_vote(result: str) -> None:
    res = parse_text(_DECIDED + result)
    assert [(v.counts.yes, v.counts.no, v.counts.abstain) for v in res.votes] == []


def test_a_count_list_cut_off_where_the_text_ends_shows_no_counts() -> None:
    res = parse_text("Der Antrag wird mehrheitlich bei acht Dafürstimmen und drei")
    assert [(v.counts.yes, v.counts.no, v.majority) for v in res.votes] == [(None, None, True)]


@pytest.mark.parametrize(
    ("text", "unanimous", "no"),
    [
        ("Der Rat beschließt die Satzung ohne Gegenstimmen.", True, 0),
        ("Der Rat beschließt die Satzung einstimmig ohne Gegenstimmen.", True, 0),
        # mehrheitlich wins over ohne Gegenstimmen in one phrase
        ("Der Rat beschließt mehrheitlich ohne Gegenstimmen bei 2 Enthaltungen.", False, 0),
    ],
)
def test_ohne_gegenstimmen_is_a_no_count_of_zero(text: str, unanimous: bool, no: int) -> None:
    (vote,) = parse_text(text).votes
    assert (vote.unanimous, vote.counts.no) == (unanimous, no)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ratio with a number word
        ("Dieser Antrag wird mit 16 zu zwölf Stimmen angenommen.", ("approved", 16, 12)),
        ("Der Antrag wird mit 9 zu elf Stimmen abgelehnt.", ("rejected", 9, 11)),
        # each side with its groups: the verdict tells who won
        (
            "Der Rat lehnt den Antrag mit 12 Stimmen (SPD, CDU) gegen 3 Stimmen (Volt) ab.",
            ("rejected", 3, 12),
        ),
        (
            "Der Rat beschließt mit 24 Stimmen (12 SPD, 12 CDU) gegen elf Stimmen (FDP) die "
            "Resolution.",
            ("approved", 24, 11),
        ),
    ],
)
def test_ratios_with_words_and_sides(text: str, expected: tuple[str, int, int]) -> None:
    (vote,) = parse_text(text).votes
    assert (vote.outcome, vote.counts.yes, vote.counts.no) == expected


def test_a_ratio_told_side_by_side_gives_each_side_its_groups() -> None:
    (vote,) = parse_text(
        "Der Rat lehnt den Antrag mit 12 Stimmen (SPD, CDU) gegen 3 Stimmen (Volt) ab."
    ).votes
    assert [g.name for g in vote.groups.yes] == ["Volt"]
    assert [g.name for g in vote.groups.no] == ["SPD", "CDU"]


def test_a_side_counted_again_after_the_verdict_is_the_next_vote() -> None:
    res = parse_text(
        "Der Antrag auf Vertagung wird bei 20 Dafürstimmen und 16 Gegenstimmen beschlossen 4. "
        "Der Antrag der Fraktion wird mehrheitlich bei zwei Dafürstimmen abgelehnt.\n"
    )
    assert [(v.outcome, v.counts.yes, v.counts.no) for v in res.votes] == [
        ("approved", 20, 16),
        ("rejected", 2, None),
    ]


@pytest.mark.parametrize(
    ("result", "outcome"),
    [
        # the marked row, not the first label
        ("Dafür:\n9\nDagegen:\n1\nAngenommen\nX\nEnthaltungen:\n0\nAbgelehnt", "approved"),
        ("Dafür:\n3\nDagegen:\n9\nAngenommen\n\nEnthaltungen:\n0\nAbgelehnt\nX", "rejected"),
        ("☐ einstimmig beschlossen\n☒ mehrheitlich beschlossen\n☐ abgelehnt", "approved"),
        ("☒ abgelehnt\n☐ beschlossen", "rejected"),
        # boxes written with brackets, a row each or side by side on one line
        ("[ ] angenommen\n[X] abgelehnt\n[ ] vertagt", "rejected"),
        ("[ ] einstimmig     [X] mehrheitlich     [ ] abgelehnt\nJa: 7  Nein: 2", "approved"),
        ("[x] einstimmig   [ ] mehrheitlich   [ ] abgelehnt", "approved"),
        ("( ) zugestimmt  ( ) abgelehnt  (x) vertagt", "postponed"),
        ("☐ einstimmig   ☒ mit Stimmenmehrheit   ☐ abgelehnt   ☐ zurückgestellt", "approved"),
    ],
)
def test_checkbox_results_are_the_marked_row(result: str, outcome: str) -> None:
    res = parse_text(f"Der Rat beschließt die Satzung.\nAbstimmung:\n{result}\n")
    assert [v.outcome for v in res.votes] == [outcome]
    assert res.outcome == outcome


@pytest.mark.parametrize(
    "field",
    [
        "Beschluss:\n☐ laut Beschlussvorschlag   ☒ abweichender Beschluss (siehe unten)",
        "Beschluss: [ ] laut Beschlussvorschlag   [X] abweichender Beschluss",
    ],
)
def test_a_status_of_boxes_is_the_ticked_one(field: str) -> None:
    res = parse_text(f"Der Rat beschließt X.\n\n{field}\n\nDer Rat beschließt Y.\n")
    assert res.status is not None and res.status.text == "abweichender Beschluss"
    assert res.outcome == "approved_amended"


def test_a_result_under_a_count_table_without_a_mark_is_no_checkbox() -> None:
    res = parse_text(
        "Beschluss:\nDer Rat beschließt.\nAbstimmungsergebnis:\nJa: 3\nNein: 9\nabgelehnt\n"
    )
    assert res.outcome == "rejected"


def test_a_tally_in_the_decision_heading_is_its_vote() -> None:
    res = parse_text(
        "Beschluss 23:0:\nDer Rat lässt die Anwohnerin sprechen.\n\n"
        "Beschluss 19:4:\nDer Rat billigt den Entwurf.\n"
    )
    assert [(v.counts.yes, v.counts.no) for v in res.votes] == [(23, 0), (19, 4)]


@pytest.mark.parametrize(
    "text", ["X", "X\nX", "☒", "Abstimmungsergebnis:\nX", "Ja: 3\n\nX\n\nNein: 1"]
)
def test_a_checkbox_mark_without_a_result_is_no_vote(text: str) -> None:
    res = parse_text(text)
    assert "RP904" not in [d.code for d in res.diagnostics]  # read, not an internal error
    assert all(v.text.strip() not in ("X", "☒") for v in res.votes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Stimmabgabe:" heads a vote result as "Abstimmung:" does
        ("Beschluss:\nDer Rat beschließt X.\nStimmabgabe: einstimmig\n", (True, None)),
        # everyone voted for it, in so many words; how many, where said, is the Yes count
        ("Beschluss:\nX. Hierfür stimmen alle elf Mitglieder mit Ja.\n", (True, 11)),
        ("Der Rat beschließt X. Alle Ratsmitglieder stimmten dafür.\n", (True, None)),
    ],
)
def test_unanimity_in_other_words(text: str, expected: tuple[bool, int | None]) -> None:
    res = parse_text(text)
    (vote,) = res.votes
    assert (vote.unanimous, vote.counts.yes) == expected
    assert res.outcome == "approved"


def test_a_majority_wish_is_no_vote() -> None:
    res = parse_text(
        "Beschluss: einstimmig angenommen\n\n"
        "Der Vorsitzende stellt fest, es sei der mehrheitliche Wunsch des Rates, zu vertagen.\n"
        "Der Rat fasst folgenden Beschluss:\nDer Punkt wird vertagt.\n"
    )
    assert [v.unanimous for v in res.votes] == [True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Kreistag hat den Antrag abgelehnt. Es stimmten 12 Mitglieder für den Antrag, "
            "30 stimmten dagegen, zwei enthielten sich der Stimme.\n",
            ("rejected", 12, 30, 2, False),
        ),
        (
            "Beschluss:\nDer Rat beschließt X. Dafür stimmten 17 Ratsmitglieder, einer stimmte mit "
            "„Nein“.\n",
            ("approved", 17, 1, None, False),
        ),
        # the noun Stimmen is no verb: "20 Stimmen gegen die Stimmen der X" is told by no verb;
        # "mit 20 Stimmen" is the side that carried it
        (
            "Beschluss:\nDer Rat beschließt X mit 20 Stimmen gegen die Stimmen der Fraktion Y.\n",
            ("approved", 20, None, None, False),
        ),
    ],
)
def test_counts_told_with_their_verbs(
    text: str, expected: tuple[str, int | None, int | None, int | None, bool | None]
) -> None:
    res = parse_text(text)
    vote = next(v for v in res.votes if v.decisive)
    assert (
        res.outcome,
        vote.counts.yes,
        vote.counts.no,
        vote.counts.abstain,
        vote.unanimous,
    ) == expected


# ---------------------------------------------------------------------------------------------
# Tallies, one side's number, a result in one status word, verdicts in prose


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # a bare tally with slashes or colons opening the result, before its verdict or alone
        ("11/0/0", ("approved", 11, 0, 0)),
        ("3/8/0 – abgelehnt", ("rejected", 3, 8, 0)),
        ("12/14/0\nDer Antrag ist damit abgelehnt.", ("rejected", 12, 14, 0)),
        ("7:7 – der Antrag ist damit abgelehnt.", ("rejected", 7, 7, None)),
        ("19:0:0 (einstimmig)", ("approved", 19, 0, 0)),
        # a tie in parentheses, wherever it stands
        ("Bei Stimmengleichheit (7:7) abgelehnt.", ("rejected", 7, 7, None)),
        # a count label's noun said once for both sides, before "zu" or "gegen"
        ("Beschlossen mit 20 Ja- zu 5 Nein-Stimmen bei 2 Enthaltungen.", ("approved", 20, 5, 2)),
        ("Abgelehnt mit 5 Ja- gegen 10 Nein-Stimmen.", ("rejected", 5, 10, None)),
        # a bare "gegen" before a count of No votes is no side
        ("Angenommen mit 12 Ja-Stimmen gegen 3 Nein-Stimmen.", ("approved", 12, 3, None)),
        # one side's number alone: against what was decided, or for it
        ("Gegen 2 Stimmen der AfD angenommen.", ("approved", None, 2, None)),
        ("Gegen eine Stimme angenommen.", ("approved", None, 1, None)),
        ("Der Antrag wird gegen 2 Stimmen abgelehnt.", ("rejected", 2, None, None)),
        ("Mit 16 Stimmen der SPD und der CDU beschlossen.", ("approved", 16, None, None)),
        # how the vote went, in parentheses after its count
        ("15 Ja-Stimmen (einstimmig)", ("approved", 15, None, None)),
        # labels sharing their noun across a comma; a row of labels over its numbers
        ("Mit 21 Ja-, 4 Nein-Stimmen und 3 Enthaltungen beschlossen.", ("approved", 21, 4, 3)),
        ("\n| Ja | Nein | Enth. |\n| 21 | 4 | 0 |", ("approved", 21, 4, 0)),
        # the result in one status word
        ("Ablehnung", ("rejected", None, None, None)),
        ("keine Mehrheit", ("rejected", None, None, None)),
    ],
)
def test_tallies_sides_and_status_words(
    result: str, expected: tuple[str, int | None, int | None, int | None]
) -> None:
    res = parse_text(_DECIDED + result + "\n")
    vote = next(v for v in res.votes if v.decisive)
    assert (res.outcome, vote.counts.yes, vote.counts.no, vote.counts.abstain) == expected


@pytest.mark.parametrize(
    ("text", "field", "groups"),
    [
        ("Gegen 2 Stimmen der AfD angenommen.", "no", ["AfD"]),
        ("Mit 16 Stimmen der SPD und der CDU beschlossen.", "yes", ["SPD", "CDU"]),
        # who voted how under a count's label, in parentheses after the result
        ("Mehrheitlich beschlossen (Gegenstimmen: AfD; Enthaltungen: FDP)", "no", ["AfD"]),
        ("Mehrheitlich beschlossen (Gegenstimmen: AfD; Enthaltungen: FDP)", "abstain", ["FDP"]),
    ],
)
def test_groups_beside_a_side_or_in_parentheses(text: str, field: str, groups: list[str]) -> None:
    vote = next(v for v in parse_text(_DECIDED + text + "\n").votes if v.decisive)
    assert [g.name for g in getattr(vote.groups, field)] == groups


@pytest.mark.parametrize(
    "result",
    [
        "Beschluss-Nr. 5/1/16 einstimmig",  # within a sentence, slashes number a Beschluss
        "einstimmig (07/03/10)",  # a leading zero: the number of something
        "einstimmig, Beginn 18:30 Uhr",
    ],
)
def test_numbers_that_are_no_tally(result: str) -> None:
    assert _counts(_DECIDED + result + "\n") == [(None, None, None)]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("TOP 5 Antrag der FDP\n\nDer Antrag findet keine Mehrheit.\n", "rejected"),
        ("Beschluss:\nDer Rat beschließt X.\n\nDer Antrag findet keine Mehrheit.\n", "rejected"),
        ("TOP 5 Antrag\n\nDer Antrag wird in den Bauausschuss zurückverwiesen.\n", "referred"),
        ("TOP 5 Antrag\n\nDer Antrag wird von der Fraktion zurückgenommen.\n", "withdrawn"),
        ("TOP 5 Antrag\n\nDer Antrag wurde einstimmig für erledigt erklärt.\n", "other"),
        ("TOP 5 Antrag\n\nDem Beschlussvorschlag der Verwaltung wird gefolgt.\n", "approved"),
        ("Der Rat folgt der Empfehlung des Hauptausschusses.\n", "approved"),
        (
            "TOP 5 Antrag\n\nDie Vorlage wird mit den vorgeschlagenen Änderungen beschlossen.\n",
            "approved_amended",
        ),
        ("Beschluss:\nDer Rat beschließt X.\nAbstimmungsergebnis: Ablehnung\n", "rejected"),
        # status phrases: München's label, a decision other than proposed, a paper put off
        ("Entscheidung: Wie Antrag\n", "approved"),
        ("Beschluss: abweichender Beschluss\n", "approved_amended"),
        ("Beschluss: Wiedervorlage\n", "postponed"),
        ("Beschluss: ohne Empfehlung weitergeleitet\n", "referred"),
        ("Beschluss: wie Beschlussvorschlag\n", "approved"),
        # an item taken off the agenda or put off to the next sitting; a motion overtaken by
        # events; a majority the decision needed, not reached
        ("TOP 7 Antrag der FDP\n\nDer Tagesordnungspunkt wurde abgesetzt.\n", "postponed"),
        ("TOP 7 Antrag\n\nDer Punkt wird von der Tagesordnung genommen.\n", "postponed"),
        (
            "TOP 7 Antrag\n\nDie Beschlussfassung wird auf die nächste Sitzung verschoben.\n",
            "postponed",
        ),
        ("TOP 7 Antrag\n\nDer Antrag hat sich durch Verwaltungshandeln erledigt.\n", "other"),
        ("TOP 7 Antrag\n\nDer Antrag erhielt nicht die erforderliche Mehrheit.\n", "rejected"),
        # an addition is a change; a referral back
        ("Beschluss: beschlossen mit Ergänzung\n", "approved_amended"),
        ("Beschluss: Rückverweisung an die Verwaltung\n", "referred"),
    ],
)
def test_verdicts_in_prose_and_status_words(text: str, outcome: str) -> None:
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("result", "outcome", "unanimous"),
    [
        ("einstimmig dagegen", "rejected", True),
        ("mehrheitlich dagegen", "rejected", False),
        # a group's vote, not the verdict
        ("einstimmig bei Enthaltung der FDP angenommen, Herr X dagegen", "approved", True),
        ("15 Ja-Stimmen (einstimmig)", "approved", True),
    ],
)
def test_how_then_the_side(result: str, outcome: str, unanimous: bool) -> None:
    res = parse_text(_DECIDED + result + "\n")
    vote = next(v for v in res.votes if v.decisive)
    assert (res.outcome, vote.unanimous) == (outcome, unanimous)


def test_a_text_of_several_decisions_votes_as_they_agree() -> None:
    minutes = (
        "TOP 1 Genehmigung der Tagesordnung\nEinstimmig beschlossen.\n\n"
        "TOP 2 Haushaltssatzung\nDer Rat beschließt die Satzung.\nEinstimmig beschlossen.\n"
    )
    res = parse_text(minutes)
    (summed,) = res.votes
    assert (summed.outcome_basis, summed.outcome, summed.unanimous) == ("items", "approved", True)
    assert summed.decisive
    # a decision without a vote: the items agree on nothing but their outcome
    res = parse_text(minutes + "\nTOP 3 Bericht\nDer Rat nimmt den Bericht zur Kenntnis.\n")
    assert res.votes == ()


def test_the_agreed_vote_keeps_only_what_every_vote_gives() -> None:
    res = parse_text(
        "TOP 1 Satzung\nDer Rat beschließt die Satzung.\nAbstimmung: 17 Ja, 3 Nein\n\n"
        "TOP 2 Gebühren\nDer Rat beschließt die Gebühren.\nAbstimmung: 16 Ja, 3 Nein\n"
    )
    (summed,) = res.votes
    assert (summed.counts.yes, summed.counts.no, summed.unanimous) == (None, 3, False)


def test_a_field_label_that_a_wrap_made_mid_phrase_continues_the_sentence() -> None:
    res = parse_text(
        "Beschluss:\nDer Rat beschließt den Entwurf des Plans Nr. 4 mit folgender\n"
        "Änderung: Die Traufhöhe wird begrenzt.\nAbstimmungsergebnis: einstimmig\n"
    )
    assert res.preamble == (
        "Der Rat beschließt den Entwurf des Plans Nr. 4 mit folgender Änderung: Die Traufhöhe "
        "wird begrenzt."
    )
    assert res.outcome == "approved_amended"


@pytest.mark.parametrize(
    "text",
    [
        # a proposal, and its Begründung saying what is to be decided
        "Beschlussvorschlag:\nDer Rat beschließt die Haushaltssatzung 2026.\nBegründung:\n"
        "Die Haushaltssatzung ist jährlich zu beschließen.\n",
        # a recommendation's decided text, with no result
        "Beschlussempfehlung an den Rat:\nDer Rat beschließt die Haushaltssatzung 2026.\n",
        "Beschlussempfehlung des Ausschusses:\nDer Rat beschließt die Haushaltssatzung 2026.\n",
    ],
)
def test_a_proposal_without_a_result_decides_nothing(text: str) -> None:
    assert parse_text(text).outcome is None


def test_a_recommendation_with_its_vote_is_decided() -> None:
    res = parse_text(
        "Beschlussempfehlung des Ausschusses an den Rat:\nDer Rat beschließt die Satzung.\n"
        "Abstimmungsergebnis: einstimmig\n"
    )
    assert (res.outcome, [v.unanimous for v in res.votes]) == ("approved", [True])


@pytest.mark.parametrize(
    "numbering",
    [("a)", "b)"), ("1.", "2."), ("(1)", "(2)"), ("1.\t", "2.\t")],
    ids=lambda n: n[0].strip(),
)
def test_a_result_in_lower_case_under_the_last_clause_is_no_part_of_it(
    numbering: tuple[str, str],
) -> None:
    # a short last clause and the result on the next line are two sentences, not one vote
    first, second = numbering
    text = (
        "Beschluss:\nDer Gemeinderat beschließt:\n"
        f"{first} Die Sanierung der Grundschule wird durchgeführt.\n"
        f"{second} Die Mittel werden bereitgestellt.\n"
        "einstimmig beschlossen\n"
    )
    res = parse_text(text)
    assert [c.text for c in res.clauses] == [
        "Die Sanierung der Grundschule wird durchgeführt.",
        "Die Mittel werden bereitgestellt.",
    ]
    assert [v.text for v in res.votes] == ["einstimmig beschlossen"]
    assert res.outcome == "approved"


def test_a_roll_call_without_a_total_is_counted_and_said_so() -> None:
    text = (
        "Beschluss:\nDer Rat beschließt X.\n\nNamentliche Abstimmung:\n"
        "Herr Albers: ja\nBrandt, Helga (CDU) – dafür\nRM Claasen   nein\nFrau Dorn: Enthaltung\n"
    )
    res = parse_text(text)
    (vote,) = res.votes
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (2, 1, 1)
    assert [g.name for g in vote.groups.yes] == ["Herr Albers", "Brandt, Helga"]
    assert vote.groups.yes[1].party == "CDU"
    assert {g.kind for g in (*vote.groups.yes, *vote.groups.no)} == {"person"}
    assert "RP308" in [d.code for d in res.diagnostics]
    assert res.outcome == "approved"
    assert res.preamble == "Der Rat beschließt X."  # the roll call is no part of it


@pytest.mark.parametrize(
    "lines",
    [
        # a form's fields: one word each, no title, no party
        "Öffentlich: ja\nBeschlussfähig: ja\nBefangenheit: nein\n",
        # two lines are a remark or two, not a roll call
        "Herr Albers: ja\nFrau Brandt: nein\n",
    ],
)
def test_no_roll_call(lines: str) -> None:
    res = parse_text("Beschluss:\nDer Rat beschließt X.\n\n" + lines)
    assert "RP308" not in [d.code for d in res.diagnostics]
    assert all(v.counts.yes is None for v in res.votes)


def test_a_roll_call_under_a_total_is_not_counted_again() -> None:
    text = (
        "Beschluss:\nDer Rat beschließt X.\n\nHerr Albers: ja\nFrau Brandt: ja\n"
        "Herr Claasen: nein\nAbstimmungsergebnis: Ja: 2, Nein: 1\n"
    )
    res = parse_text(text)
    assert [(v.counts.yes, v.counts.no) for v in res.votes if v.decisive] == [(2, 1)]
    assert "RP308" not in [d.code for d in res.diagnostics]


@pytest.mark.parametrize(
    ("text", "preamble"),
    [
        # a letterhead over the header's fields is no decided text
        (
            "Marktausschuss\nSitzung: 22.10.2025\n\nBeschluss: beschlossen\n\n"
            "Der Wochenmarkt findet freitags statt.\n",
            "Der Wochenmarkt findet freitags statt.",
        ),
        # a sentence before the fields is (the fields follow the decided text)
        (
            "Der Wochenmarkt findet freitags statt.\nSitzung: 22.10.2025\n\n"
            "Beschluss: beschlossen\n",
            "Der Wochenmarkt findet freitags statt.",
        ),
    ],
)
def test_a_letterhead_is_no_decided_text(text: str, preamble: str) -> None:
    assert parse_text(text).preamble == preamble


@pytest.mark.parametrize(
    ("letterhead", "body"),
    [
        ("Marktausschuss", "Marktausschuss"),
        ("Gemeinde Tannau - Gemeinderat", "Gemeinderat"),
        ("Bürgerinformationssystem Stadt Feldbergen", None),
    ],
)
def test_a_letterhead_names_the_body_where_nothing_else_does(
    letterhead: str, body: str | None
) -> None:
    text = f"{letterhead}\nSitzung: 22.10.2025\n\nBeschluss: beschlossen\n\nAb März freitags.\n"
    assert parse_text(text).meeting.body == body
