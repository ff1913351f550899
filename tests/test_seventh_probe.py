"""Families a seventh blind probe found (120 texts of four kinds: small municipalities in the
north and centre; minutes as PDF text gives them; web pages and RIS detail views; what is not a
simple adopted motion).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import datetime as dt

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
        # the big cities of Nordrhein-Westfalen (the eighth probe)
        ("| Vorlage: | 0421/2023/6A | |\n", ["0421/2023/6A"]),
        (
            "Vorlage 1842/2023/6A\nErgänzungsvorlage 1842/2023/6A-1\n",
            ["1842/2023/6A", "1842/2023/6A-1"],
        ),
        ("Vorlage:20231789\n", ["20231789"]),
        (
            "Drucksache: 2312873\nStellungnahme der Verwaltung: 2312873ST2\n",
            ["2312873", "2312873ST2"],
        ),
        ("        Vorlage: FB 61/0512/WP18\n", ["FB 61/0512/WP18"]),
        # guard: a long number without a paper word is none
        ("Die Einwohnerzahl betrug 1234567 im Jahr. Telefon 02212345678\n", []),
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


# ---------------------------------------------------------------------------------------------
# A second round: running heads, a table by group with tabs, a roll call under side labels


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("Gemeinderat Waldbrunn, öffentl. Sitzung vom 16.10.2023\n", dt.date(2023, 10, 16)),
        (
            "Gemeinde Wiesental am Main              Gemeinderat – Sitzung vom 3.7.2023\n",
            dt.date(2023, 7, 3),
        ),
        (
            "Stadtrat Rothenau                 Sitzung: 13.11.2023                Seite 9 von 15\n",
            dt.date(2023, 11, 13),
        ),
        (
            "Ausschuss für Stadtentwicklung und Bauen – Sitzung vom 04.10.2023 (Mittwoch)\n",
            dt.date(2023, 10, 4),
        ),
        (
            "Tagesordnungspunkt 12 der 23. Sitzung des Ortsbeirates 7 am 30.01.2024\n",
            dt.date(2024, 1, 30),
        ),
    ],
)
def test_running_heads_and_an_items_excerpt_date_the_meeting(head: str, date: dt.date) -> None:
    assert parse_text(head + "\n" + DECIDED).meeting.date == date


def test_a_table_by_group_parted_by_tabs() -> None:
    vote = decisive(
        parse_text(
            DECIDED + "Abstimmung:\nFraktion\tJa\tNein\tEnthaltung\nCDU\t9\t-\t-\n"
            "Freie Wähler\t6\t-\t-\nSPD\t-\t3\t-\nFDP\t-\t-\t1\nGesamt\t15\t3\t1\n"
        )
    )
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (15, 3, 1)
    assert [g.name for g in vote.groups.yes] == ["CDU", "Freie Wähler"]
    assert [(g.name, g.members) for g in vote.groups.abstain] == [("FDP", 1)]


def test_members_listed_under_the_sides_are_counted() -> None:
    r = parse_text(
        DECIDED + "Namentliche Abstimmung auf Antrag der CDU-Fraktion:\n"
        "Dafür:     Bürgermeister Sauer, Abel, Bräuer, Dietz, Engel\nDagegen:   Jansen, Kühn\n"
        "Enthaltung: Nowak\n\nDamit ist der Beschlussvorschlag angenommen.\n"
    )
    vote = decisive(r)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (5, 2, 1)
    assert {g.kind for g in vote.groups.yes} == {"person"}
    assert "RP308" in {d.code for d in r.diagnostics}


def test_groups_listed_under_the_sides_are_not_counted() -> None:
    # guard: groups named under the sides are no roll call
    vote = decisive(
        parse_text(DECIDED + "Abstimmung:\nDafür: CDU, SPD, FDP\nDagegen: AfD\nEnthaltung: Linke\n")
    )
    assert (vote.counts.yes, vote.counts.no) == (None, None)


def test_a_recommendation_to_adopt_with_a_change_above_its_vote() -> None:
    r = parse_text(
        "Beschlussvorschlag:\n1. Die Gemeinde erstellt einen Wärmeplan.\n2. Für den Eigenanteil "
        "werden 45.000 € bereitgestellt.\n\nErgebnis:\nDer Haupt- und Finanzausschuss empfiehlt "
        "der Gemeindevertretung, dem Beschlussvorschlag mit\nfolgender Änderung zuzustimmen:\n"
        "In Ziffer 2 wird der Betrag von 45.000 € durch 38.000 € ersetzt, da die Förderquote "
        "nach Mitteilung der Kommunalaufsicht auf 90 % angehoben wurde.\n\n"
        "Abstimmung: einstimmig bei 1 Enthaltung (FDP)\n"
    )
    assert r.outcome == "approved_amended"


@pytest.mark.parametrize(
    "text",
    [
        "AMTLICHE BEKANNTMACHUNGEN          Hüttenfelder Nachrichten Nr. 21/2024\n",
        "Die Vergabe ist nach Art. 7 VO (EG) Nr. 1370/2007 zu veröffentlichen.\n",
    ],
)
def test_a_local_papers_issue_and_an_eu_regulation_are_no_papers(text: str) -> None:
    assert parse_text(text + "\n" + DECIDED).references == ()


def test_dot_leaders_between_a_label_and_its_number() -> None:
    r = parse_text(
        DECIDED + "Abstimmung:\n  Ja-Stimmen ......... 12\n  Nein-Stimmen ....... 0\n"
        "  Stimmenthaltungen .. 1\n"
    )
    c = decisive(r).counts
    assert (c.yes, c.no, c.abstain) == (12, 0, 1)


def test_a_pipe_table_by_group_names_each_groups_side() -> None:
    vote = decisive(
        parse_text(
            DECIDED + "Abstimmungsergebnis:\n Fraktion           | Ja | Nein | Enth.\n"
            " SPD                |  9 |  0   |  0\n CSU                |  0 |  8   |  0\n"
            " FW                 |  0 |  0   |  2\n Gesamt             |  9 |  8   |  2\n"
        )
    )
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (9, 8, 2)
    assert [[g.name for g in side] for side in (vote.groups.yes, vote.groups.no)] == [
        ["SPD"],
        ["CSU"],
    ]


def test_a_committees_dated_vote_told_in_the_sachverhalt_is_none_of_the_texts() -> None:
    r = parse_text(
        "Beschlussvorschlag:\n1. Der Rat beschließt den ergänzten Rahmenplan (Anlage 2).\n\n"
        "Sachverhalt:\nDer Ausschuss für Stadtentwicklung hat die Auswertung am 11.03.2024 zur "
        "Kenntnis genommen und mit 11 : 2 Stimmen gebeten, die Vorschläge aufzugreifen.\n"
    )
    assert (r.outcome, r.votes) == (None, ())


# ---------------------------------------------------------------------------------------------
# The eighth probe's second pair of slices (E, G): the big cities of Nordrhein-Westfalen


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "Der Rat der Stadt lehnt den Zusatz-/Ergänzungsantrag der CDU-Fraktion mehrheitlich, "
            "gegen die Stimmen der CDU-Fraktion, ab.\n\nDer Rat der Stadt fasst mehrheitlich, "
            "gegen die Stimmen der AfD-Fraktion, folgenden Beschluss:\n\n1. Der Rat der Stadt "
            "nimmt den Zwischenbericht zur Kenntnis.\n2. Der Rat der Stadt beschließt, die "
            "Wärmeplanung bis 2026 abzuschließen.\n",
            "approved",
        ),
        (
            "Der Rat beschließt:\n1. Der Rat stimmt dem Nahverkehrsplan zu.\n\n"
            "Abstimmungsergebnis:\nDer Rat beschließt den Vorschlag der Verwaltung in der "
            "Fassung des Änderungsantrags der Koalition mit den Stimmen der Koalition gegen die "
            "Stimmen von CDU und FDP.\n",
            "approved_amended",
        ),
        (
            "Beschluss:\nDie Bezirksvertretung hat die Anregung beraten. Der Anregung wird nicht "
            "gefolgt.\n\nAbstimmungsergebnis: ohne Gegenstimmen bei 2 Enthaltungen angenommen\n",
            "rejected",
        ),
        # guard: a proposal that frames its decision decides nothing
        (
            "Beschlussvorschlag:\nDer Rat nimmt das Konzept zur Kenntnis und beschließt:\n"
            "1. Das Konzept ist die Grundlage der Sanierung.\n",
            None,
        ),
    ],
)
def test_decisions_framed_in_prose(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("Stadt Hohenbuch\nGemeinderat\nSitzungsdatum 25.06.2024 | öffentlich | TOP 4\n",
         dt.date(2024, 6, 25)),
        ("Gemeinderat 14.3.2024 - öffentliche Sitzung - Tagesordnungspunkt 8\n",
         dt.date(2024, 3, 14)),
        ("Gemeinde Ebersbronn\nGemeinderat, 13.05.2024, öffentliche Sitzung\n",
         dt.date(2024, 5, 13)),
        ("Beschlussbuchauszug\nGremium ............: Ortsgemeinderat Weilerbach\n"
         "Sitzungsdatum ......: 2024-01-30\n", dt.date(2024, 1, 30)),
        ("Stadt Bergkirchen\nBauausschuss · öffentliche Sitzung · 21.03.2024\n",
         dt.date(2024, 3, 21)),
        ("Auszug Niederschrift Rat der Stadt Hemmingstedt, 28. Nov. 2023\n", dt.date(2023, 11, 28)),
    ],
)  # fmt: skip
def test_more_heads_that_date_the_meeting(head: str, date: dt.date) -> None:
    assert parse_text(head + "\n" + DECIDED).meeting.date == date


def test_a_table_by_group_with_a_row_of_no_group_keeps_its_total() -> None:
    vote = decisive(
        parse_text(
            DECIDED + "Abstimmungsergebnis:\n| Fraktion | Ja | Nein | Enthaltung |\n"
            "| CDU | 6 | | |\n| SPD | 4 | | |\n| Einzelbewerber | 1 | | |\n| AfD | | 1 | |\n"
            "| Gesamt | 11 | 1 | 0 |\n"
        )
    )
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (11, 1, 0)
