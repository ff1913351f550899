"""Families a seventh blind probe found (120 texts of four kinds: small municipalities in the
north and centre; minutes as PDF text gives them; web pages and RIS detail views; what is not a
simple adopted motion).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from ratsparse.models import Resolution, Vote

DECIDED = "Der Gemeinderat beschließt die Sanierung der Grundschule Am Markt.\n\n"


def decisive(r: Resolution) -> Vote:
    [vote] = [v for v in r.votes if v.decisive]
    return vote


@pytest.mark.parametrize(
    ("head", "references"),
    [
        # a number glued to the next cell's word, as web pages lose the border
        ("Vorlage:BV/0288/2023Neubau einer Kindertagesstätte\n", ["BV/0288/2023"]),
        ("Status:öffentlichVorlage:MV/2024/0087Mitteilungsvorlage\n", ["MV/2024/0087"]),
        (
            "Sitzung:AA/011/2021Sitzungsdatum:23.11.2021\nVorlage:AA/045/2021Status:öffentlich\n",
            ["AA/045/2021"],
        ),
        ("TOP Ö 3Vorlage: 0234/2023-1\n", ["0234/2023-1"]),
        # labels written short or with a dash
        ("Drucksachen–Nr.: 22-1734\n", ["22-1734"]),
        ("        Vorl.-Nr. 1287/XVI\n", ["1287/XVI"]),
        ("Vorlage GR-DS 2023/77\n", ["GR-DS 2023/77"]),
        # the paper column of an agenda, before the item's result
        (
            "Tagesordnung:\n5.  Jahresrechnung 2023; hier: außerplanmäßige Ausgaben          "
            "GV/RET/2024/011\n",
            ["GV/RET/2024/011"],
        ),
        (
            "| TOP | Betreff | Vorlage | Ergebnis |\n| Ö 2 | Sanierung der Ortsdurchfahrt | "
            "IV-2024-233 | Kenntnisnahme |\n",
            ["IV-2024-233"],
        ),
        (
            "| TOP | Betreff | Vorlage | Ergebnis |\n| Ö 2 | Jahresabschluss der Stadtwerke | "
            "2023/0588 | einstimmig beschlossen |\n",
            ["2023/0588"],
        ),
    ],
)
def test_paper_references(head: str, references: list[str]) -> None:
    assert [p.reference for p in parse_text(head + "\n" + DECIDED).references] == references


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # groups that voted as their verb says, below the counts, are no verdict of the body
        (
            "Beschluss:\n1. Die Gemeindevertretung beschließt die Satzung.\n\n"
            "Abstimmungsergebnis:\nJa: 19     Nein: 6     Enthaltung: 2\n\n"
            "Die Fraktionen von CDU und FWG stimmten dem Beschlussvorschlag zu, die SPD-Fraktion "
            "lehnte ihn ab, die Fraktion Bündnis 90/Die Grünen enthielt sich.\n\n"
            "Beschlussart: mehrheitlich beschlossen\n",
            "approved",
        ),
        (
            "Abstimmung über den Antrag der AWG:\nJa-Stimmen: 4, Nein-Stimmen: 8, Enthaltungen: 1"
            "\n\nDer Antrag ist damit abgelehnt. Die Fraktionen von CDU und SPD stimmten "
            "geschlossen gegen den Antrag, die AWG-Fraktion dafür.\n",
            "rejected",
        ),
        # guard: the body itself refusing the motion is its verdict
        ("Der Stadtrat lehnt den Antrag mit 23 gegen 11 Stimmen bei 2 Enthaltungen ab.\n",
         "rejected"),
        # the mover withdraws, other words between the verb and the motion
        (
            "Antrag der Fraktion DIE LINKE auf eine Voruntersuchung\n\nDie Fraktion DIE LINKE "
            "zieht daraufhin den Antrag zurück und behält sich vor, ihn\nerneut einzubringen.\n"
            "Eine Abstimmung erfolgt nicht.\n",
            "withdrawn",
        ),
        # a checkbox list whose ticked line names one result twice over
        (
            "Beschlussvorschlag:\nDer Gemeinderat beschließt einen Jugendbeirat.\n\nBeschluss:\n"
            "[ ] zugestimmt\n[ ] abgelehnt\n[X] zurückgestellt / vertagt\n"
            "[ ] zur Kenntnis genommen\n",
            "postponed",
        ),
        # a result form not filled in says nothing
        (
            "Beschlussvorschlag:\n1. Der Stadtrat nimmt die Fortschreibung zur Kenntnis.\n\n"
            "Abstimmungsergebnis:\n☐ einstimmig   ☐ mit ___ Ja ___ Nein ___ Enthaltungen   "
            "☐ abgelehnt   ☐ verwiesen\n",
            None,
        ),
        # how the vote went, right under a result stated in words
        (
            "Beschlussvorschlag:\n1. Der Bebauungsplan wird als Satzung beschlossen.\n\n"
            "Ergebnis:\nDer Tagesordnungspunkt wird auf Antrag der Verwaltung von der "
            "Tagesordnung abgesetzt.\nWiedervorlage in der Sitzung am 12.06.2024.\n"
            "Abstimmung: einstimmig\n",
            "postponed",
        ),
        # refusing the municipality's consent to a building application is its decision
        (
            "Beschluss:\nDas gemeindliche Einvernehmen nach § 36 BauGB wird nicht erteilt. Die "
            "beantragte Befreiung wird abgelehnt.\n\nAbstimmung: 9 : 0\n",
            "approved",
        ),
    ],
)  # fmt: skip
def test_outcomes(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


def test_groups_before_their_verb_below_the_counts() -> None:
    vote = decisive(
        parse_text(
            "Abstimmung über den Antrag der AWG:\nJa-Stimmen: 4, Nein-Stimmen: 8, "
            "Enthaltungen: 1\n\nDer Antrag ist damit abgelehnt. Die Fraktionen von CDU und SPD "
            "stimmten geschlossen gegen den Antrag, die AWG-Fraktion dafür.\n"
        )
    )
    assert [g.name for g in vote.groups.yes] == ["AWG-Fraktion"]
    assert [g.name for g in vote.groups.no] == ["CDU", "SPD"]


def test_the_stated_result_takes_how_the_vote_went() -> None:
    r = parse_text(
        "Ergebnis:\nDer Tagesordnungspunkt wird von der Tagesordnung abgesetzt.\n"
        "Abstimmung: einstimmig\n"
    )
    assert (decisive(r).outcome, decisive(r).unanimous) == ("postponed", True)
