"""Families found in the forty-eighth probe's remaining texts and the forty-ninth blind probe
(``tests/probes/fortyninth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from tests.reading import decisive_vote, references, sides
from tests.reading import meeting_date as _date

_PAPER = (
    "Beschlussvorlage                    Drucksache Nr. 0412/2031\n\n"
    "Betreff:\nSatzung über die Erhebung einer Zweitwohnungsteuer\n\n"
    "Beschlussvorschlag:\nDer Rat beschließt die Satzung in der Fassung der Anlage 1.\n\n"
    "Begründung:\nDie Verwaltung rechnet mit Erträgen von rund 80.000 Euro.\n\n"
)


@pytest.mark.parametrize(
    ("record", "outcome"),
    [
        # the record's title on one line, and wrapped over two
        (
            "Auszug aus der Niederschrift über die Sitzung des Rates vom 04.12.2031, TOP 9:\n"
            "Auf Antrag der CDU-Fraktion verweist der Rat die Vorlage in den Finanzausschuss.",
            "referred",
        ),
        (
            "Auszug aus dem Protokoll der Sitzung des Rates vom\n04.12.2031, TOP 9:\n"
            "Der Rat vertagt die Beratung der Vorlage auf seine nächste Sitzung.",
            "postponed",
        ),
        # guard: a record that tells the debate alone; the proposal is what was voted on
        (
            "Auszug aus der Niederschrift über die Sitzung des Rates vom 04.12.2031, TOP 9:\n"
            "Herr Brandt erläutert die Vorlage und beantwortet Fragen.",
            "approved",
        ),
    ],
)
def test_a_record_below_the_reasons_tells_what_the_body_did(record: str, outcome: str) -> None:
    text = f"{_PAPER}{record}\nAbstimmungsergebnis: mehrheitlich bei 4 Gegenstimmen\n"
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("head", "counts"),
    [
        # a table by group, its head beside the result's heading
        ("Abstimmungsergebnis:          dafür   dagegen   Enthaltung", (13, 22, 2)),
        ("Abstimmung:   Ja   Nein   Enth.", (13, 22, 2)),
        # guard: the head on its own line under the heading, as before
        ("Abstimmungsergebnis:\n                              Ja   Nein   Enthaltung", (13, 22, 2)),
    ],
)
def test_a_table_by_group_its_head_beside_the_heading(
    head: str, counts: tuple[int, int, int]
) -> None:
    text = (
        "Beschluss:\nDie Bürgerschaft lehnt die Einführung einer Parkgebühr ab.\n\n"
        f"{head}\n"
        "Fraktion DIE LINKE                0        9          0\n"
        "Fraktion SPD                      0       13          0\n"
        "Fraktion CDU                      8        0          0\n"
        "Fraktion AfD                      5        0          0\n"
        "Fraktion FDP                      0        0          2\n"
        "gesamt                           13       22          2\n"
    )
    vote = decisive_vote(text)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts
    assert sides(text) == (
        ["Fraktion CDU", "Fraktion AfD"],
        ["Fraktion DIE LINKE", "Fraktion SPD"],
        ["Fraktion FDP"],
    )


@pytest.mark.parametrize(
    ("fields", "date"),
    [
        # where a motion comes from, in a Berlin page's fields: the paper's date beside it
        ("Drucksache-Nr.: IX/0815\nUrsprung: Fraktion der SPD\nDatum: 14.02.2031", None),
        ("Ursprung: Fraktion der SPD\nDatum: 14.02.2031", None),
        # guard: a sitting's fields
        ("Gremium: Bezirksverordnetenversammlung\nDatum: 14.02.2031", "2031-02-14"),
    ],
)
def test_a_motions_origin_beside_its_date_dates_the_paper(fields: str, date: str | None) -> None:
    text = (
        f"{fields}\n\nBeschluss:\nDer Antrag wird angenommen.\n\nAbstimmungsergebnis: einstimmig\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # the decisive vote's sentence names its subject's sitting
        (
            "Die Bezirksverordnetenversammlung hat in ihrer Sitzung am 18.04.2031 die "
            "Beschlussempfehlung des Ausschusses für Grünanlagen vom 03.04.2031 (Annahme in "
            "geänderter Fassung) mit den Stimmen der Fraktionen SPD und DIE LINKE gegen die "
            "Stimmen der CDU angenommen.",
            "2031-04-18",
        ),
        (
            "Der Rat hat in seiner öffentlichen Sitzung am Donnerstag, 18. September 2031 den "
            "Antrag mit 21 Ja-Stimmen und 4 Nein-Stimmen beschlossen.",
            "2031-09-18",
        ),
        # guard: another body's recommendation told so
        (
            "Der Ausschuss für Bildung hat in seiner Sitzung am 16.04.2031 die Angelegenheit "
            "vorberaten und mit 5 : 2 Stimmen empfohlen, dem Antrag zu entsprechen.",
            None,
        ),
    ],
)
def test_the_decisive_votes_sentence_names_the_sitting(sentence: str, date: str | None) -> None:
    text = (
        "Beschluss der Bezirksverordnetenversammlung\nDrucksache-Nr.: IX/0815\n"
        f"Ursprung: Fraktion der SPD\nDatum: 14.02.2031\n\nBäume für Spielplätze\n\n{sentence}\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("before", "heading"),
    [
        # the body's decision on how to vote, then the roll call under a heading that names its
        # manner over what it is on
        (
            "Auf Antrag der CDU-Fraktion beschließt der Ausschuss einstimmig, über den Antrag "
            "namentlich abzustimmen.",
            "Namentliche Abstimmung über den Antrag AN/0117/2031:",
        ),
        (
            "Der Rat beschließt einstimmig, geheim abzustimmen.",
            "Geheime Abstimmung über den Antrag AN/0117/2031:",
        ),
        # guard: the motion for a roll call voted on, the roll call under a bare heading
        (
            "Dem Antrag auf namentliche Abstimmung wird einstimmig stattgegeben.",
            "Namentliche Abstimmung:",
        ),
    ],
)
def test_a_vote_on_how_to_vote_is_no_decision(before: str, heading: str) -> None:
    text = (
        "TOP Ö 4   Antrag auf Erlass einer Baumschutzsatzung\n\n"
        f"{before}\n\n{heading}\n\n"
        "Ja:    Bauer (Grüne), Engel (Grüne), Fischer (SPD), Hahn (Grüne)\n"
        "Nein:  Albers (CDU), Brück (CDU), Decker (FDP), Esser (CDU), Hoven (CDU)\n"
        "\nDamit ist der Antrag abgelehnt.\n"
    )
    read = parse_text(text)
    vote = decisive_vote(text)
    assert (read.outcome, vote.counts.yes, vote.counts.no) == ("rejected", 4, 5)


_OPTIONS = "| einstimmig | mit Stimmenmehrheit | abgelehnt |"


@pytest.mark.parametrize(
    ("heading", "table", "read"),
    [
        # a row of results over its row of marks, its first cell empty, under either heading
        (
            "Abstimmungsergebnis:",
            f"{_OPTIONS}\n|            |          X          |           |",
            ("approved", False, None, None),
        ),
        (
            "Beschluss:",
            f"{_OPTIONS}\n|            |          X          |           |",
            ("approved", False, None, None),
        ),
        # with columns of counts beside the results, and a column of the proposal followed
        (
            "Beschluss:",
            "| einstimmig | mit Stimmenmehrheit | Ja | Nein | lt. Beschlussvorschlag |\n"
            "|            |          X          | 12 |  3   |           X            |",
            ("approved", False, 12, 3),
        ),
        # the first cell ticked (the row of results was read as the heading's status value)
        ("Beschluss:", f"{_OPTIONS}\n| X |   |   |", ("approved", True, None, None)),
    ],
)
def test_a_result_table_its_marks_below_its_results(
    heading: str, table: str, read: tuple[str, bool, int | None, int | None]
) -> None:
    text = f"Beschlussvorschlag:\nDer Ausschuss beschließt die Beschaffung.\n\n{heading}\n{table}\n"
    vote = decisive_vote(text)
    got = (parse_text(text).outcome, vote.unanimous, vote.counts.yes, vote.counts.no)
    assert got == read


_FORMS = (
    "Beschlussvorschlag:\nDie Gemeindevertretung beschließt\n1. die Hebesatzsatzung;\n"
    "2. die Aufhebung der Satzung vom 14.12.2029.\n\n"
    "Vorberatung im Haupt- und Finanzausschuss am 19.11.2031:\n"
    "☐ einstimmig    ☒ mehrheitlich    ☐ abgelehnt\nJa 5    Nein 2    Enthaltung 0\n\n"
    "Beschluss der Gemeindevertretung:\n"
)


@pytest.mark.parametrize(
    ("council", "read"),
    [
        # the council's form left empty under the committee's filled one: nothing decided yet
        (
            "☐ einstimmig    ☐ mehrheitlich    ☐ abgelehnt\nJa ____    Nein ____    Enthaltung ____"
            "\n\ngez. Schmidt\nBürgermeister",
            (None, 2, []),
        ),
        ("Ja ____    Nein ____    Enthaltung ____\n\ngez. Schmidt\nBürgermeister", (None, 2, [])),
        # the council's form filled in: its vote and its ticked result (read rejected before)
        (
            "☐ einstimmig    ☒ mehrheitlich    ☐ abgelehnt\nJa 21    Nein 4    Enthaltung 1",
            ("approved", 2, [(21, 4, 1)]),
        ),
    ],
)
def test_a_committees_form_above_the_councils_decides_nothing(
    council: str, read: tuple[str | None, int, list[tuple[int, int, int]]]
) -> None:
    result = parse_text(f"{_FORMS}{council}\n")
    decisive = [(v.counts.yes, v.counts.no, v.counts.abstain) for v in result.votes if v.decisive]
    assert (result.outcome, len(result.clauses), decisive) == read


@pytest.mark.parametrize(
    ("course", "items"),
    [
        # each body over its sitting's field, what it said, and its vote's result
        (
            "Ortsbeirat Nord\nSitzung vom 18.02.2031, TOP 3\n"
            "Der Ortsbeirat stimmt der Vorlage zu.\n"
            "Abstimmungsergebnis: einstimmige Zustimmung\n\n"
            "Ausschuss für Stadtentwicklung\nSitzung vom 05.03.2031, TOP 6\n"
            "Der Ausschuss empfiehlt, dem Beschlussvorschlag zuzustimmen.\n"
            "Abstimmungsergebnis: 9 Ja, 2 Nein, 2 Enthaltungen\n\n"
            "Stadtverordnetenversammlung\nSitzung vom 24.03.2031, TOP 21\n"
            "Abstimmungsergebnis: mehrheitliche Zustimmung gegen die Stimmen der AfD-Fraktion",
            3,
        ),
        # each body's line with its day, its act told in a sentence below it
        (
            "Ortschaftsrat Grötzingen, 10.09.2031\n"
            "Der Ortschaftsrat empfiehlt dem Gemeinderat einstimmig, dem Antrag zuzustimmen.\n\n"
            "Planungsausschuss, 26.09.2031\n"
            "Der Planungsausschuss empfiehlt dem Gemeinderat mehrheitlich (9 : 3 : 1) "
            "die Annahme.\n\n"
            "Gemeinderat, 15.10.2031\n"
            "Der Gemeinderat beschließt mit 36 Ja-Stimmen, 8 Nein-Stimmen und "
            "2 Enthaltungen.",
            3,
        ),
        # guard: a sentence of the debate that names a day, over the one vote
        (
            "Herr Rinke erklärt, seine Fraktion habe die Unterlagen erst am 27.02.2031 "
            "erhalten.\n\n"
            "Der Ausschuss vertagt die Beratung in seine nächste Sitzung am 11.06.2031.\n\n"
            "Abstimmungsergebnis: einstimmig",
            0,
        ),
    ],
)
def test_a_papers_course_told_body_by_body(course: str, items: int) -> None:
    text = (
        "Vorlage - 101.19.1456\nBetreff: Umgestaltung des Marktplatzes\n\n"
        "Beschlussvorschlag:\nDer Vorplanung wird zugestimmt.\n\nBeratungsverlauf:\n\n"
        f"{course}\n"
    )
    read = parse_text(text)
    vote = next((v for v in read.votes if v.decisive), None)
    assert len(read.items) == items
    if items:
        # the bodies' votes differ: what they agree on is the text's (approved, the rest null)
        assert read.outcome == "approved"
        assert vote is None or (vote.unanimous, vote.counts.yes) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # the party's name wrapped after its first word: its number no paper's
        ("Über den Antrag der Fraktion Bündnis\n90/Die Grünen wird gesondert abgestimmt.", []),
        # guard: in capitals, read so before
        ("Die Fraktion BÜNDNIS\n90/DIE GRÜNEN beantragt die Vertagung.", []),
        # guard: a paper's number at a line's start
        ("Über den Antrag der Fraktion\n17/2031/3 wird gesondert abgestimmt.", ["17/2031/3"]),
    ],
)
def test_a_partys_name_wrapped_numbers_no_paper(sentence: str, refs: list[str]) -> None:
    text = f"Vorlage BV/2031/0023\n\n{sentence}\n\nAbstimmungsergebnis: einstimmig\n"
    assert references(text) == ["BV/2031/0023", *refs]


@pytest.mark.parametrize(
    ("heading", "outcome"),
    [
        # the motion to send the paper back to the committee, adopted: the item referred
        ("Abstimmung über den Antrag auf Rückverweisung:", "referred"),
        ("Abstimmung über den Antrag auf Zurückverweisung in den Ausschuss:", "referred"),
        # guard: the motion to refer, as before
        ("Abstimmung über den Antrag auf Verweisung:", "referred"),
    ],
)
def test_a_motion_to_send_the_paper_back(heading: str, outcome: str) -> None:
    text = (
        "Tagesordnungspunkt 12\nFortschreibung des Verkehrskonzepts\n"
        "Beschlussvorlage Nr.: BV/0561/2031\n\n"
        "Beschlussvorschlag:\nDer Stadtrat beschließt das Verkehrskonzept.\n\n"
        f"{heading}\nJa-Stimmen:          19\nNein-Stimmen:        14\n"
        "Stimmenthaltungen:    3\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("row", "read"),
    [
        # two boxes ticked in one row of results: how, and with changes
        (
            "☐ einstimmig   ☒ mit Stimmenmehrheit   ☐ abgelehnt   ☐ laut Beschlussvorschlag"
            "   ☒ mit Änderungen",
            ("approved", False),
        ),
        ("☐ einstimmig   ☒ mehrheitlich   ☐ abgelehnt   ☒ mit Änderungen", ("approved", False)),
        # guard: one box ticked
        ("☐ einstimmig   ☒ mit Stimmenmehrheit   ☐ abgelehnt", ("approved", False)),
    ],
)
def test_a_row_of_results_with_two_boxes_ticked(row: str, read: tuple[str, bool]) -> None:
    text = (
        "Beschluss:\nDer Rat beschließt den Plan.\n\nAbstimmungsergebnis:\n"
        f"Ja-Stimmen: 7     Nein-Stimmen: 3     Stimmenthaltungen: 0\n\n{row}\n"
    )
    vote = decisive_vote(text)
    assert (vote.outcome, vote.unanimous) == read


@pytest.mark.parametrize(
    ("sides", "counts"),
    [
        # a roll call's side that its label says nobody is on counts none
        (
            "Ja:    Bauer (Grüne), Engel (Grüne), Fischer (SPD)\nNein:  Albers (CDU), Brück (CDU)"
            "\nEnthaltung:  —",
            (3, 2, 0),
        ),
        (
            "Ja:    Bauer (Grüne), Engel (Grüne), Fischer (SPD)\nNein:  keine\n"
            "Enthaltung:  Albers (CDU), Brück (CDU)",
            (3, 0, 2),
        ),
        # guard: a side not named at all stays unknown
        (
            "Ja:    Bauer (Grüne), Engel (Grüne), Fischer (SPD)\nNein:  Albers (CDU), Brück (CDU)",
            (3, 2, None),
        ),
    ],
)
def test_a_roll_calls_side_of_nobody_counts_none(
    sides: str, counts: tuple[int, int, int | None]
) -> None:
    text = f"Beschluss:\nDer Antrag wird angenommen.\n\nNamentliche Abstimmung:\n{sides}\n"
    vote = decisive_vote(text)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts
