"""Families a fourteenth blind probe found, and the ones earlier probes left open.

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text, vocab
from ratsparse.models import Vote
from ratsparse.references import PAPER_COMPOUND_HEADS
from tests.reading import decisive_vote as _decisive


def _counts(vote: Vote) -> tuple[int | None, int | None, int | None]:
    return vote.counts.yes, vote.counts.no, vote.counts.abstain


def _sides(vote: Vote) -> tuple[list[str], list[str], list[str]]:
    groups = vote.groups
    return (
        [g.name for g in groups.yes],
        [g.name for g in groups.no],
        [g.name for g in groups.abstain],
    )


_DECIDED = (
    "\n\nBeschluss:\nDer Gemeinderat beschließt die Satzung.\n\nAbstimmungsergebnis: einstimmig\n"
)


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # a meeting label that names the hour or the place beside the day
        ("Sitzungstag/-beginn/-ende: 11.06.2024 / 19:00 Uhr / 21:15 Uhr", "2024-06-11"),
        ("Sitzungsdatum / Uhrzeit: 12.06.2024, 18:00 Uhr", "2024-06-12"),
        ("Datum und Ort: 13.06.2024, Rathaus, Saal 2", "2024-06-13"),
        ("Niederschrift\nTag und Ort:\nMittwoch, 14.06.2024, Rathaus", "2024-06-14"),
        # a paper's body field that names the sitting, the body a compound with suspended parts
        ("Gremium:   Bau-, Umwelt- und Verkehrsausschuss, Sitzung am 14.10.2024", "2024-10-14"),
        ("Gremium: Haupt- und Finanzausschuss, Sitzung vom 15.10.2024", "2024-10-15"),
        # the sitting's number in the last cell after the date
        (
            "Stadtverordnetenversammlung am Donnerstag, 14.11.2024 – Sitzungs-Nr. StVV/31/2024",
            "2024-11-14",
        ),
        ("Gemeinderat – 15.11.2024 – Sitzung Nr. 12", "2024-11-15"),
        # a table's sitting label joined to the body's short name
        ("| Gremium | Gemeinderat |\n| GR-Sitzung vom | 19.3.2025 |\n| TOP | 7 |", "2025-03-19"),
        # a form's field for the sitting that deals with the paper, an invitation's
        ("Beratung am:    04.04.2024   TOP 3.1.4", "2024-04-04"),
        ("Verhandlung am:  20.05.2025   ☐ zur Vorberatung   ☒ zur Beschlussfassung", "2025-05-20"),
        ("Einladung\n\nTermin:   Dienstag, 08. April 2025, 17:30 Uhr\nOrt: Rathaus", "2025-04-08"),
        # a sitting's title with the weekday after a comma
        (
            "23. Sitzung der Bezirksvertretung Ehrenfeld, Montag, 18.09.2023, 17:00 Uhr",
            "2023-09-18",
        ),
        # the sitting's label beside its date, then the field of its hour (a tab cleaned away)
        ("Sitzungsdatum\tDi., 27.02.2024\tSitzungsbeginn\t19:00 Uhr", "2024-02-27"),
        ("Sitzungsdatum 30.01.2024   Beginn 17:00 Uhr   Ende 19:20 Uhr", "2024-01-30"),
        # a body's result line with the item's number after a comma
        ("Ortschaftsrat Durlach, 21.02.2024, TOP 4, öffentlich", "2024-02-21"),
        # a paper's date among the fields of who made it, the sitting in its Beratungsfolge
        (
            "Informationsvorlage\n\nEinreicher: Landrat        Datum: 12.08.2024\n"
            "Fachdienst: Schulverwaltung\n\nBeratungsfolge:\nGremium        | Sitzung am | TOP\n"
            "Kreisausschuss | 29.08.2024 | 5",
            "2024-08-29",
        ),
        # guard: a body field without a sitting names no date
        ("Gremium: Haupt- und Finanzausschuss\nDatum der Vorlage: 01.10.2024", None),
    ],
)
def test_meeting_labels_and_heads(head: str, date: str | None) -> None:
    found = parse_text(head + _DECIDED).meeting.date
    assert (str(found) if found else None) == date


@pytest.mark.parametrize("tail", vocab.MEETING_LABEL_TAILS)
def test_each_meeting_label_tail_keeps_the_label(tail: str) -> None:
    found = parse_text(f"Sitzungsdatum/{tail}: 11.06.2024, 18:00 Uhr" + _DECIDED).meeting.date
    assert str(found) == "2024-06-11"


@pytest.mark.parametrize(
    ("text", "references"),
    [
        # a paper word in one compound with the body's name
        (
            "Der Landkreis hat zwei Einheiten beschafft (Kreistagsdrucksache 2023/0712).",
            ["2023/0712"],
        ),
        ("Die Ratsvorlage 2024/0412 wird beschlossen.", ["2024/0412"]),
        ("Siehe Landtagsdrucksache 19/1827.", ["19/1827"]),
        # guard: a word that only ends as a paper word does is none ("Sitzungsvorlagen" is one)
        ("Die Steuervorlage 2023/0712 des Bundes.", []),
    ],
)
def test_a_paper_word_in_a_compound_with_a_body(text: str, references: list[str]) -> None:
    assert [r.reference for r in parse_text(text).references] == references


@pytest.mark.parametrize("head", PAPER_COMPOUND_HEADS)
def test_each_compound_head_names_a_paper(head: str) -> None:
    found = parse_text(f"Siehe {head.capitalize()}drucksache 2023/0712.").references
    assert [(r.reference, r.kind) for r in found] == [("2023/0712", "Drucksache")]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # decisions of another sitting made known, the body named between the sitting and its
        # date
        (
            "Sitzung des Gemeinderates am 25.07.2024\n\nTOP Ö 2 Bekanntgaben\n\nDer Erste "
            "Bürgermeister gibt folgende in der nichtöffentlichen Sitzung des Gemeinderates vom "
            "20.06.2024 gefassten Beschlüsse bekannt:\n\na) Verkauf einer Teilfläche. Der "
            "Gemeinderat hat dem Verkauf mit 22 : 3 Stimmen zugestimmt.\n",
            None,
        ),
        # ... the sittings as lettered subheadings under the title
        (
            "Sitzungstag: Montag, 11. März 2024\n\nTOP 2 Bekanntgabe von Beschlüssen aus "
            "nichtöffentlicher Sitzung\n\nDer Bürgermeister gibt folgende Beschlüsse bekannt:\n\n"
            "a) Sitzung des Stadtrates vom 12.02.2024\n\n   Vergabe der Planungsleistungen.\n"
            "   Abstimmungsergebnis: 20 : 3\n",
            None,
        ),
        # a title of three words between its article and the decisions, the sitting in a
        # passive sentence under it
        (
            "Sitzung des Rates der Stadt am 19.03.2024\n\nTOP Ö 2\nBekanntgabe der in "
            "nichtöffentlicher Sitzung gefassten Beschlüsse\n\nGemäß § 52 Abs. 2 GO NRW werden "
            "die in der nichtöffentlichen Sitzung des Rates am 20.02.2024 gefassten Beschlüsse "
            "bekannt gegeben:\n\n1.   Vergabe der Reinigung\n     Der Rat hat die Vergabe "
            "einstimmig beschlossen.\n\n2.   Verkauf eines Grundstücks\n     Der Rat hat dem "
            "Verkauf mehrheitlich zugestimmt.\n",
            None,
        ),
        # a parcel's abbreviation ends no sentence: the sitting's date stays in it
        (
            "Sitzung des Gemeinderats am 22. Oktober 2024\n\nDer Gemeinderat hat in seiner "
            "nichtöffentlichen Sitzung am 24.09.2024 dem Erwerb des Grundstücks Flst. Nr. "
            "1127/2, Gemarkung Ostrach, zugestimmt.\n",
            None,
        ),
        # guard: the same sentence in the record of that sitting is its decision
        (
            "Sitzung des Gemeinderats am 24. September 2024\n\nDer Gemeinderat hat in seiner "
            "nichtöffentlichen Sitzung am 24.09.2024 dem Erwerb des Grundstücks Flst. Nr. "
            "1127/2, Gemarkung Ostrach, zugestimmt.\n",
            "approved",
        ),
    ],
)
def test_decisions_of_other_sittings_made_known(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # what someone knows is no taking note
        ("Seitdem sind nach Kenntnis der Verwaltung keine Veränderungen erkennbar.\n", None),
        # guard: knowing beside taking note
        ("Der Rat nimmt in Kenntnis der Stellungnahme den Bericht zur Kenntnis.\n", "noted"),
        # a sentence that announces the decided text: its clauses are one decision, not several
        # statements that differ
        (
            "TOP 3: Forstwirtschaftsplan 2025\nSodann wird folgender Beschluss gefasst:\n"
            "1. Der Gemeinderat nimmt den Bericht über den Vollzug 2024 zur Kenntnis.\n"
            "2. Der Gemeinderat stimmt dem Forstwirtschaftsplan 2025 zu.\n"
            "Abstimmungsergebnis: Ja: 23 Nein: 0 Enthaltung: 0\n",
            "approved",
        ),
    ],
)
def test_knowing_and_the_sentence_that_announces_the_decision(
    text: str, outcome: str | None
) -> None:
    assert parse_text(text).outcome == outcome


def test_an_item_of_minutes_knows_the_sitting_of_the_whole_text() -> None:
    # another body's dated recommendation told in an item is no decision of the item; a remark
    # in parentheses that names another sitting leaves this sitting's vote its own
    found = parse_text(
        "Niederschrift über die öffentliche Sitzung des Gemeinderates am Donnerstag, 26.09.2024\n\n"
        "TOP 1: Mitteilungen des Bürgermeisters\n"
        "Der Ortsrat Türkismühle hat in seiner Sitzung am 03.09.2024 einstimmig empfohlen, die "
        "Parkplätze neu zu markieren.\n\n"
        "TOP 2: Genehmigung der Niederschrift vom 28.08.2024\n"
        "Die Niederschrift über die Sitzung vom 28.08.2024 wird genehmigt.\n"
        "Abstimmungsergebnis: einstimmig bei 2 Enthaltungen (Mitglieder, die an der Sitzung vom "
        "28.08.2024 nicht teilgenommen hatten)\n"
    )
    assert [(i.number, i.outcome, len(i.votes)) for i in found.items] == [
        ("TOP 1", None, 0),
        ("TOP 2", "approved", 1),
    ]


@pytest.mark.parametrize(
    ("text", "outcome", "clauses"),
    [
        # a proposal's two names joined by a slash, under a table's last cell
        (
            "Vorlage - 018/25\nBeratungsfolge:\nAusschuss für Sport Vorberatung\n29.01.2025 \n"
            "Rat der Stadt Entscheidung\n19.02.2025 \n \nBeschlussvorschlag/Empfehlung:\n \n"
            "1. Der Rat nimmt den Sachstandsbericht zur Kenntnis.\n \n"
            "2. Der Rat beschließt die Prioritätenliste.\n",
            None,
            2,
        ),
        # a body's role in the Beratungsfolge, the column of whether the sitting is public after
        # it, is no result
        (
            "Informationsvorlage\n\nBeratungsfolge:\nGremium                    Sitzungsdatum   "
            "Beratungsart    Ö/N\nOrtschaftsrat Wittgensdorf 22.04.2024      Kenntnisnahme   Ö\n\n"
            "Sachverhalt:\nDie Vorplanung ist abgeschlossen.\n",
            None,
            0,
        ),
    ],
)
def test_proposals_and_roles_that_decide_nothing(
    text: str, outcome: str | None, clauses: int
) -> None:
    found = parse_text(text)
    assert (found.outcome, len(found.clauses)) == (outcome, clauses)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # München: adopted as the Referat proposed, with a change
        (
            "III. Beschluss\nnach Antrag mit folgender Änderung:\nZiffer 2 erhält folgenden "
            "Satz 3: „Dem Bezirksausschuss ist zu berichten.“\n",
            "approved_amended",
        ),
        (
            "Beschluss:\nnach Antrag mit folgenden Ergänzungen:\n1. Die Frist wird verlängert.\n",
            "approved_amended",
        ),
        # taking note beside declaring the motion settled: settled
        (
            "Beschluss:\nDer Kreistag nimmt von der dringlichen Anordnung des Landrats Kenntnis "
            "und erklärt den Antrag der ÖDP-Kreistagsfraktion für erledigt.\n"
            "Abstimmungsergebnis: 52 : 6\n",
            "other",
        ),
        # ... beside referring the motion: referred
        (
            "Beschluss:\nDer Rat nimmt den Bericht zur Kenntnis und verweist den Antrag in den "
            "Bauausschuss.\nAbstimmungsergebnis: einstimmig\n",
            "referred",
        ),
        # granting one exemption and refusing another: a grant, in part
        (
            "Beschluss:\n1. Zum Bauantrag wird das gemeindliche Einvernehmen erteilt.\n2. Der "
            "Befreiung für die Balkone wird zugestimmt; der Befreiung für die Tiefgarage wird "
            "nicht zugestimmt.\n\nAbstimmungsergebnis:\neinstimmig bei 1 Enthaltung\n",
            "approved",
        ),
        # a decision told of another agenda item; the paper withdrawn in this one
        (
            "Gremium       Termin        TOP    Ergebnis\n"
            "Stadtrat      25.04.2024    Ö 8    zurückgezogen\n\n"
            "Beschlussvorschlag:\n1. Der Stadtrat bestätigt die Eilentscheidung.\n\n"
            "Begründung:\nEine Sitzung des Stadtrates war vor diesem Termin nicht erreichbar.\n\n"
            "Auszug aus der Niederschrift der Sitzung des Stadtrates vom 25.04.2024\nzu TOP Ö 8\n"
            "Der Oberbürgermeister erklärt, dass die Vorlage zurückgezogen wird. Der Stadtrat hat "
            "die Verlängerung unter TOP Ö 6 (Drucksachen-Nr. BV 24/0091) in der Sache neu "
            "beschlossen.\n",
            "withdrawn",
        ),
        # guard: this item dealt with under another says what becomes of it
        (
            "Beratung und Beschlussfassung erfolgt unter TOP 6.1 vor dem Hintergrund der "
            "Ergänzungsvorlage.\n",
            "other",
        ),
    ],
)
def test_amended_settled_and_another_items_decision(text: str, outcome: str) -> None:
    assert parse_text(text).outcome == outcome


def test_a_list_indented_inside_a_clause_is_no_agenda() -> None:
    found = parse_text(
        "Öffentliche Sitzung der Verbandsversammlung vom 30.01.2024\n\nBeschluss:\n"
        "I.   Die Verbandsversammlung nimmt den Wirtschaftsplan 2024 zur Kenntnis.\n"
        "II.  Die Umlage für das Jahr 2024 wird wie folgt auf die Verbandsmitglieder umgelegt:\n"
        "     1. Landkreis Rottal-Vils   70 v. H. = 3.395.000 €\n"
        "     2. Stadt Vilsburg          30 v. H. = 1.455.000 €\n"
        "III. Die Umlage ist in vier Teilbeträgen fällig.\n\n"
        "Der Beschluss wurde bei einer Gegenstimme und zwei Stimmenthaltungen gefasst.\n"
    )
    assert (found.outcome, len(found.items), len(found.clauses)) == ("approved", 0, 3)


@pytest.mark.parametrize(
    "text",
    [
        # a compound proposal word adopted with an addition
        "Beschlussentwurf:\nDie Bezirksvertretung beschließt, die Maßnahmen zu finanzieren.\n\n"
        "Beschluss:\nDie Bezirksvertretung beschließt den Beschlussentwurf mit folgender "
        "Ergänzung:\n\nc) Zuschuss an den Heimatverein (1.500 Euro).\n\n"
        "Abstimmungsergebnis: einstimmig\n",
        # the proposal changed in this sitting, told above the decided text
        "Sachverhalt:\nAuf Anregung der Fraktion wurde der Beschlussvorschlag der Verwaltung in "
        "der Sitzung ergänzt (neue Ziffer 3).\n\nBeschluss:\n1. Der Stadtrat beauftragt den "
        "Bürgermeister, hinzuwirken.\n2. Der Stadtrat ist halbjährlich zu informieren.\n\n"
        "Abstimmungsergebnis: mehrheitlich angenommen\n",
        # the chair puts the proposal to the vote as changed
        "Der Rat verständigte sich auf einen Betrag von 980 €. Der Vorsitzende ließ über den so "
        "geänderten Beschlussvorschlag abstimmen.\n\nBeschluss:\nDer Rat beschließt die Satzung "
        "zur 3. Änderung der Gebührensatzung.\n\nAbstimmungsergebnis: einstimmig\n",
    ],
)
def test_adopted_with_a_change_made_in_the_sitting(text: str) -> None:
    assert parse_text(text).outcome == "approved_amended"


def test_a_change_in_another_dated_sitting_is_not_this_ones() -> None:
    # guard
    found = parse_text(
        "Sachverhalt:\nDer Ausschuss hat den Beschlussvorschlag in seiner Sitzung am 12.03.2024 "
        "ergänzt.\n\nBeschluss:\nDer Stadtrat beschließt die Satzung.\n\n"
        "Abstimmungsergebnis: einstimmig\n"
    )
    assert found.outcome == "approved"


def test_a_verdict_alone_under_its_counts_is_the_votes() -> None:
    found = parse_text(
        "Änderungsantrag der Fraktion\nAntrag,\ndie Beschlussdrucksache um folgenden Punkt zu "
        "ergänzen.\n\n4 Stimmen dafür, 13 Stimmen dagegen, 2 Enthaltungen\nAbgelehnt\n\n"
        "Frau Neumann erklärt, die Anregung werde geprüft.\n\nAntrag,\n1. der Entwurfsplanung "
        "zuzustimmen.\n\n15 Stimmen dafür, 0 Stimmen dagegen, 4 Enthaltungen\nBeschlossen\n"
    )
    assert found.outcome == "approved"
    assert [(v.outcome, v.counts.yes) for v in found.votes] == [("rejected", 4), ("approved", 15)]


@pytest.mark.parametrize(
    "text",
    [
        # someone's answer tells, in reported speech, another body's consent
        "Einwohnerfragestunde\n\nHerr Reiners antwortet, der Landesbetrieb Straßenbau habe der "
        "Planung\nam 09.01.2024 zugestimmt.\n",
        "Der Bürgermeister teilt mit, der Kreistag hätte die Umlage schon im Mai beschlossen.\n",
    ],
)
def test_reported_speech_states_no_decision(text: str) -> None:
    assert parse_text(text).outcome is None


_BY_GROUP_FLAT = (
    "Beschluss:\nDer Rat beschließt den Gesellschaftsvertrag.\n\n"
    "Abstimmungsergebnis (angenommen):\nFraktion/Gruppe\nJa\nNein\nEnthaltung\nBM\n1\n0\n0\n"
    "SPD\n14\n0\n0\nCDU\n0\n0\n11\nFDP\n0\n2\n0\nGesamt\n15\n2\n11\n"
)
_BY_GROUP_PIPES = (
    "Beschluss:\nDer Rat beschließt den Nahverkehrsplan.\n\nAbstimmungsergebnis:\n"
    "| Fraktion/Gruppe | Ja | Nein | Enthaltung |\n|-----------------|----|------|------------|\n"
    "| CDU             | 14 |  -   |     -      |\n| FDP             |  - |  3   |     -      |\n"
    "| BfGT            |  2 |  -   |     1      |\n| gesamt          | 16 |  3   |     1      |\n\n"
    "- mehrheitlich beschlossen -\n"
)


@pytest.mark.parametrize(
    ("text", "counts", "sides"),
    [
        # a table by group with a head of two names, a cell a line, under a heading's remark
        (_BY_GROUP_FLAT, (15, 2, 11), (["SPD"], ["FDP"], ["CDU"])),
        # ... as pipes
        (_BY_GROUP_PIPES, (16, 3, 1), (["CDU", "BfGT"], ["FDP"], ["BfGT"])),
    ],
)
def test_a_vote_table_by_group_headed_with_two_names(
    text: str, counts: tuple[int, int, int], sides: tuple[list[str], ...]
) -> None:
    vote = _decisive(text)
    assert (_counts(vote), _sides(vote)) == (counts, sides)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # each side's number in parentheses after its list
        (
            "Für den Antrag stimmten die Mitglieder der SPD-Fraktion und der Fraktion Die Linke "
            "(4 Stimmen), dagegen die Mitglieder der CDU-Fraktion und der FDP (7 Stimmen). "
            "Enthaltungen: keine.\n",
            (4, 7, 0),
        ),
        # guard: a number beside one group of several stays that group's
        (
            "Ja: CDU, SPD; Nein: AfD (3), FDP (2); Enthaltungen: keine\n",
            (None, 5, 0),
        ),
    ],
)
def test_a_sides_number_after_its_list(text: str, counts: tuple[int | None, ...]) -> None:
    assert _counts(_decisive(text)) == counts


@pytest.mark.parametrize(
    ("text", "references"),
    [
        # a system's own number after a paper word: a dotted office number first, a kind's short
        # name in mixed case last, a prefix in mixed case
        ("Vorlage: 2.3/012/2024\n", ["2.3/012/2024"]),
        ("Ratsversammlung          Drucksache Nr.: 0812/2023/An\n", ["0812/2023/An"]),
        ("Vorlage: SchV-2023-08\n", ["SchV-2023-08"]),
        # guard: a party's name after a paper word is none
        ("Antrag der Fraktion BÜNDNIS 90/DIE GRÜNEN\n", []),
    ],
)
def test_a_systems_own_number_after_a_paper_word(text: str, references: list[str]) -> None:
    assert [r.reference for r in parse_text(text).references] == references


@pytest.mark.parametrize(
    "text",
    [
        # the decided sentence is the vote's too
        "Beschlussantrag:\n1. Der Gemeinderat stimmt der Bestellung zu.\n2. Der Erbbauzins beträgt "
        "2,0 %.\n3. Die Laufzeit beträgt 75 Jahre.\n\nBeratung:\nDie Laufzeit wird kritisiert.\n\n"
        "Beschluss:\nDer Gemeinderat beschließt mehrheitlich entsprechend dem Beschlussantrag.\n",
        # as another body proposed
        "Beschlussvorschlag des Kreisausschusses:\nDie Vertreter werden angewiesen,\n\n1. den "
        "Jahresabschluss festzustellen,\n\n2. Entlastung zu erteilen,\n\n3. den Prüfer zu "
        "bestellen.\n\nBeschluss:\nDer Kreistag beschließt wie vom Kreisausschuss vorgeschlagen.\n",
    ],
)
def test_a_decision_that_names_the_proposal_has_its_clauses(text: str) -> None:
    found = parse_text(text)
    assert (found.outcome, len(found.clauses)) == ("approved", 3)


def test_a_sections_heading_with_a_remark_ends_the_result_above_it() -> None:
    # the Begründung's earlier vote of another body is not read into this sitting's result
    found = parse_text(
        "Auszug aus der Niederschrift über die Sitzung vom 29.02.2024\n\nBeschluss:\nDie "
        "Bezirksvertretung beschließt, die Verkehrsfläche zu benennen.\n\nAbstimmungsergebnis:\n"
        "Einstimmig zugestimmt.\n\nBegründung (aus der Vorlage):\nDie Kommission für "
        "Straßenbenennungen hat am 17.01.2024 einstimmig empfohlen.\n"
    )
    assert [(v.unanimous, v.text) for v in found.votes] == [(True, "Einstimmig zugestimmt")]


@pytest.mark.parametrize(
    "text",
    [
        # numbered questions of an inquiry are no agenda items and no clauses
        "Große Anfrage der Fraktion\n\nTagesordnung der Sitzung\n\n1. Wie viele Hallen sind "
        "gesperrt?\n2. Welche Maßnahmen sind geplant?\n3. Wie wird der Vereinssport versorgt?\n\n"
        "Die Besprechung wird in den Ausschuss für Schule und Sport überwiesen.\n"
        "Abstimmungsergebnis: einstimmig\n",
        # a sentence wrapped onto a line that opens with "zu TOP 5" is no item's heading
        "TOP 6 Antrag der FWG-Fraktion\n\nBeschluss:\nDer Antrag wird durch die Beschlussfassung\n"
        "zu TOP 5 für erledigt erklärt.\n\nAbstimmungsergebnis: einstimmig\n",
    ],
)
def test_questions_and_wrapped_sentences_head_no_items(text: str) -> None:
    found = parse_text(text)
    assert (len(found.items), len(found.clauses), found.votes[0].unanimous) == (0, 0, True)


def test_a_roll_call_as_lists_on_each_sides_line() -> None:
    # a name wrapped before its party
    vote = _decisive(
        "Namentliche Abstimmung:\nMit Ja stimmten: Stv. Ahrens (SPD), Stv. Bender (SPD), Stv. "
        "Dittrich\n(SPD), Stv. Kaya (SPD)\nMit Nein stimmten: Stv. Neumann (CDU), Stv. Otte "
        "(CDU)\nDer Stimme enthielt sich: Stv. Roth (AfD)\n"
    )
    assert _counts(vote) == (4, 2, 1)


def test_a_roll_call_as_lists_of_names_under_each_side() -> None:
    found = parse_text(
        "Namentliche Abstimmung:\nMit Ja stimmten:\nLandrat Fellner (CSU), Oberbürgermeister "
        "Kastner (SPD), Erster Bürgermeister Hölzl (FW),\nKreisrat Brandl (CSU)\n"
        "Mit Nein stimmten:\nVerbandsrat Dr. Weigl (ÖDP), Kreisrat Aigner (AfD)\n"
        "Der Stimme enthielt sich:\nStadtrat Öttl (Bürgerliste)\n"
    )
    vote = next(v for v in found.votes if v.decisive)
    assert _counts(vote) == (4, 2, 1)
    assert {g.kind for g in (*vote.groups.yes, *vote.groups.no, *vote.groups.abstain)} == {"person"}
    assert "RP308" in [d.code for d in found.diagnostics]


def test_a_vote_of_another_year_told_in_the_reasons() -> None:
    found = parse_text(
        "Antrag der SPD-Fraktion\n\nDie Stadtverordnetenversammlung möge beschließen:\n\n"
        "Das Stimmverhalten der Fraktionen wird in der Niederschrift festgehalten.\n\n"
        "Begründung:\nIn Offenbach am Main hat die Stadtverordnetenversammlung die Einführung im "
        "Jahr 2019 einstimmig beschlossen.\n"
    )
    assert (found.outcome, [v.unanimous for v in found.votes if v.decisive]) == (None, [])


def test_a_sittings_field_wrapped_onto_the_next_line() -> None:
    # another body's dated result below is not this sitting's date
    found = parse_text(
        "Beschlussausfertigung\n\n"
        "Sitzung:           31. Plenarsitzung der Stadtverordnetenversammlung\n"
        "                   am Do., 14. März 2024\nTagesordnung I, TOP 12\n"
        "Beschluss:         § 4821\n\nBetreff:           Nahverkehrsplan\n\n"
        "Der Vorlage M 24 wird zugestimmt.\n\n"
        "Beratungsergebnis im Ausschuss für Mobilität vom 04.03.2024:\nAnnahme\n"
    )
    assert str(found.meeting.date) == "2024-03-14"


def test_a_papers_office_parted_from_its_number_by_a_space() -> None:
    found = parse_text("Antrag BV 03/ 052/2023 der Fraktion\n")
    assert [r.reference for r in found.references] == ["BV 03/ 052/2023"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # München: the sitting a paper is made known in, over the paper's roman sections
        (
            "Landeshauptstadt München\nReferat für Arbeit und Wirtschaft\n\nJahresbericht 2023\n\n"
            "Sitzungsvorlage Nr. 20-26 / V 12544\n\nBekanntgabe in der Sitzung des Ausschusses "
            "für Arbeit und Wirtschaft vom 12.03.2024\nÖffentliche Sitzung\n\nI. Vortrag der "
            "Referentin\n\nMit Beschluss der Vollversammlung vom 26.07.2023 wurde berichtet.\n",
            "2024-03-12",
        ),
        # an inquiry answered in a sitting
        (
            "Anfrage-Nr.: AF/0042/2024\nDatum der Anfrage: 03.06.2024\nBeantwortung in der "
            "Sitzung des Kreistages am 27.06.2024\n\nBetreff: Schülerbeförderung\n",
            "2024-06-27",
        ),
    ],
)
def test_the_sitting_that_deals_with_a_paper(text: str, date: str) -> None:
    assert str(parse_text(text).meeting.date) == date


def test_a_vote_table_by_group_with_empty_cells_parted_by_tabs() -> None:
    vote = _decisive(
        "Beschluss:\nDer Kreistag beschließt die Haushaltssatzung.\n\nAbstimmungsergebnis:\n"
        "\tJa\tNein\tEnthaltung\t\nLandrätin\t1\t\t\t\nCDU\t17\t\t\t\nFDP\t\t3\t\t\n"
        "Gruppe AfD\t\t\t2\t\nGesamt\t18\t3\t2\t\n\nmehrheitlich beschlossen\n"
    )
    assert (_counts(vote), _sides(vote)) == ((18, 3, 2), (["CDU"], ["FDP"], ["Gruppe AfD"]))


def test_a_local_lists_number_after_its_name() -> None:
    vote = _decisive("Abstimmungsergebnis:\nJa: CDU 12, SPD 10\nNein: Gießener Linke 3\n")
    assert (_counts(vote)[:2], _sides(vote)[1]) == ((22, 3), ["Gießener Linke"])


def test_the_votes_label_stimmen_under_a_result() -> None:
    found = parse_text(
        "Beschlussvorschlag:\nDer Ausschuss beschließt die Planung.\n\n"
        "Ergebnis:\tZurückgestellt\nStimmen:\tJa 17\tNein 9\tEnth. 0\n"
    )
    vote = next(v for v in found.votes if v.decisive)
    assert (found.outcome, _counts(vote)) == ("postponed", (17, 9, 0))
