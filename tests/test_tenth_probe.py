"""Families a tenth blind probe found (120 texts: Bayern and Baden-Württemberg; Sachsen,
Sachsen-Anhalt, Thüringen; minutes and pages of several decisions; outcomes other than a plain
approval).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from tests.test_ninth_probe import sides
from tests.test_seventh_probe import decisive

DECIDED = "Beschluss:\nDer Rat beschließt die Sanierung der Sporthalle.\n\n"


@pytest.mark.parametrize(
    ("text", "counts", "expected"),
    [
        # the tally beside the decision's heading, who cast which votes in a sentence below
        (
            "Beschluss:  12 : 3\n\n1. Der Marktgemeinderat lehnt den Erlass einer "
            "Baumschutzverordnung ab.\n\nGegen den Beschluss stimmten die Mitglieder der "
            "Grünen-Fraktion.\n",
            (12, 3, None),
            ([], ["Grünen-Fraktion"], []),
        ),
        # ... side first, "die beiden Mitglieder der" a group
        (
            "Der Stadtrat lehnt den Antrag der ÖDP-Stadtratsfraktion mit 19 gegen 2 Stimmen ab.\n"
            "Für den Antrag stimmten die beiden Mitglieder der ÖDP.\n",
            (2, 19, None),
            (["ÖDP"], [], []),
        ),
        # a count line glued to its label, the groups told in a sentence below (their dissent
        # is no unanimity of their own)
        (
            "Sitzung:14.02.2024   Ortsrat Ahlten\nVorlage:AN/0012/2024\nBeschluss:abgelehnt\n"
            "Abstimmung:Ja: 3, Nein: 5, Enthaltungen: 1\n\nWortprotokoll\n\nDie Gruppe halte es "
            "für sinnvoller, das Ergebnis abzuwarten.\n\nBeschlussvorschlag:\n\nDer Ortsrat bittet "
            "die Verwaltung, Tempo 30 zu beantragen.\n\nAbstimmungsergebnis:\n\nFür den Antrag "
            "stimmte die CDU-Fraktion. Dagegen stimmte die Gruppe SPD/Grüne.\n",
            (3, 5, 1),
            (["CDU-Fraktion"], ["Gruppe SPD/Grüne"], []),
        ),
        # who cast the votes against and, in a clause without its verb, the abstentions
        (
            DECIDED + "Abstimmung: 21 : 4 : 2\n\nDie Gegenstimmen kamen aus der AfD-Fraktion, "
            "die Enthaltungen aus der FDP/DVP.\n",
            (21, 4, 2),
            ([], ["AfD-Fraktion"], ["FDP/DVP"]),
        ),
    ],
)
def test_who_cast_the_votes_told_below_them(
    text: str,
    counts: tuple[int | None, int | None, int | None],
    expected: tuple[list[str], list[str], list[str]],
) -> None:
    vote = decisive(parse_text(text))
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts
    assert sides(vote) == expected


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # the body's own verb of referral, under the result's heading; a member's consent
        # before it is none of the body's
        (
            "Ö 7.2 - 22-4381 Antrag der CDU-Fraktion\n\nHerr Brandt ist mit dem Verfahren "
            "einverstanden.\n\nAbstimmungsergebnis:\n\nDer Regionalausschuss überweist den Antrag "
            "einstimmig in den Ausschuss für Mobilität.\n",
            "referred",
        ),
        # consent to put the item off
        (
            "Antrag der Fraktion X\n\nDer Beirat kommt überein, die Befassung mit dem Antrag auf "
            "seine Sitzung im März 2025 zu verschieben. Widerspruch erhebt sich nicht.\n",
            "postponed",
        ),
        # a tally beside the decision's heading heads the decided text below it, which
        # postpones (not the proposal above it)
        (
            "Beschlussvorschlag:\n1. Der Gemeinderat billigt die Entwurfsplanung.\n2. Die "
            "Verwaltung wird beauftragt, den Förderantrag zu stellen.\n\nÜber den "
            "Geschäftsordnungsantrag wird abgestimmt.\n\nBeschluss:\t11 : 8\nDer "
            "Tagesordnungspunkt wird vertagt. Die Wiedervorlage erfolgt in der Sitzung am "
            "17.10.2023.\n",
            "postponed",
        ),
        # guards: a member's reference to a thing is no referral; the body's consent stays
        (
            DECIDED + "GRin Pfister verweist auf die Klimaschutzkonzeption.\n\n"
            "Abstimmungsergebnis: einstimmig\n",
            "approved",
        ),
        ("Antrag der Fraktion X\n\nDer Rat ist damit einverstanden.\n", "approved"),
        # a status that is a decision sentence settling the item otherwise, adopted by the vote
        (
            "Beschluss:Der Antrag der FW-Fraktion vom 14.11.2022 wird für erledigt erklärt.\n\n"
            "Abstimmungsergebnis:  einstimmig, 27 : 0\n",
            "other",
        ),
        # a decision heading that says it was changed in the meeting
        (
            "Geänderter Beschluss:\nDie Bezirksvertretung beauftragt die Verwaltung, zu prüfen.\n\n"
            "Abstimmungsergebnis:\nMehrheitlich zugestimmt gegen die Stimmen der AfD.\n",
            "approved_amended",
        ),
        # the mover's withdrawal in reported speech, in the minutes under a web page's proposal
        # (its "zum Seitenanfang" link is furniture, not words the next heading goes on from)
        (
            "Beschlussvorschlag\nDer Marktgemeinderat beschließt die Einrichtung eines "
            "Jugendparlaments.\nzum Seitenanfang\nProtokoll\nMarktgemeinderätin Wiedemann "
            "erklärt für die UBV-Fraktion, dass der Antrag zurückgezogen werde.\nEine Abstimmung "
            "findet nicht statt.\n",
            "withdrawn",
        ),
        # guard: a status phrase of a system's own over a vote that approves says less
        (
            "Beschluss: Sache ist erledigt\n\nAbstimmungsergebnis:\nEinstimmig zugestimmt.\n",
            "approved",
        ),
    ],
)
def test_what_the_body_did(text: str, outcome: str) -> None:
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    "text",
    [
        # a title that makes the decisions known, the sitting that took them in a sentence
        "Sitzungsdatum: 12.03.2024\nTOP Ö 2\n\nBekanntgabe von Beschlüssen aus nichtöffentlicher "
        "Sitzung\n\nSachverhalt:\nIn der nichtöffentlichen Sitzung vom 13.02.2024 hat der "
        "Gemeinderat folgende Beschlüsse gefasst:\n\n1. Sanierung des Feuerwehrgerätehauses\nDer "
        "Auftrag wurde vergeben.\nAbstimmung: 12 : 0\n\n2. Erwerb einer Teilfläche\nDer "
        "Gemeinderat stimmte dem Erwerb zu.\nAbstimmung: 9 : 3\n",
        # the sitting dated with its month's name, the decisions numbered as agenda items
        "Sitzung: 22.02.2024 Stadtrat\nTOP Ö 3\n\nBekanntgabe von Beschlüssen aus "
        "nichtöffentlicher Sitzung\n\nDer Oberbürgermeister gibt folgende Beschlüsse bekannt, "
        "die der Stadtrat in "
        "seiner nichtöffentlichen Sitzung am 25. Januar 2024 gefasst hat:\n\n1. Verkauf des "
        "Grundstückes\n   Der Stadtrat hat dem Verkauf zugestimmt.\n\n2. Bestellung eines "
        "Geschäftsführers\n   Der Stadtrat hat Herrn Walther zum Geschäftsführer bestellt.\n",
    ],
)
def test_decisions_made_known_in_other_words(text: str) -> None:
    r = parse_text(text)
    assert r.outcome is None
    assert [v for v in r.votes if v.decisive] == []


def test_a_sentence_wrapped_after_a_count_and_its_comma_is_one_vote() -> None:
    r = parse_text(
        "Antrag der Fraktion X\n\nHerr Glindemann beantragt, den Antrag in den Ausschuss zu "
        "überweisen. Der Überweisungsantrag wird mit 9 Ja-Stimmen,\n19 Nein-Stimmen und 1 "
        "Enthaltung abgelehnt.\n"
    )
    [vote] = r.votes
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (9, 19, 1)
    assert vote.outcome == "rejected"
