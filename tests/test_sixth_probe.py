"""Families a sixth blind probe found (120 texts of four kinds: Bayern; Berlin, Hamburg, Bremen
and the big cities; bodies and a paper's path through them; votes written in unusual ways).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards (they keep a fix
from reaching too far).
"""

from __future__ import annotations

import datetime as dt

import pytest

from ratsparse import parse_text, vocab
from ratsparse.models import Group, Resolution, Vote

DECIDED = "Der Gemeinderat beschließt die Sanierung der Grundschule Am Markt.\n\n"


def decisive(r: Resolution) -> Vote:
    [vote] = [v for v in r.votes if v.decisive]
    return vote


def names(groups: tuple[Group, ...]) -> list[str]:
    return [g.name for g in groups]


def sides(vote: Vote) -> tuple[list[str], list[str], list[str]]:
    return names(vote.groups.yes), names(vote.groups.no), names(vote.groups.abstain)


# ---------------------------------------------------------------------------------------------
# What the decided text does


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # the mover withdraws the motion in the meeting, in the present tense
        (
            "Antrag der Fraktion Freie Wähler auf einen Bürgersolarpark\n\nZu Beginn der Beratung "
            "teilt GR Huber mit, dass die Fraktion den Antrag zurückzieht.\n"
            "Eine Abstimmung findet nicht statt.\n",
            "withdrawn",
        ),
        (
            "Antrag der Fraktion Freie Wähler auf einen Bürgersolarpark\n\n"
            "Die Fraktion zieht ihren Antrag zurück. Eine Abstimmung erfolgt nicht.\n",
            "withdrawn",
        ),
        # refusing a request, and saying what is done instead
        (
            "Beschluss:\nDem Antrag der Anlieger auf Fahrbahnschwellen kann nicht entsprochen "
            "werden. Die Verwaltung wird beauftragt, eine Anzeigetafel aufzustellen.\n\n"
            "Abstimmungsergebnis: 13 : 2\n",
            "rejected",
        ),
        # guard: refusing an amendment in the decided text is an inner decision
        (
            "Der Kreistag lehnt den Änderungsantrag der SPD-Fraktion mehrheitlich ab.\n\n"
            "Sodann fasst der Kreistag folgenden Beschluss:\n1. Der Kreistag beauftragt die "
            "Verwaltung, ein Förderprogramm aufzulegen.\n\n"
            "Abstimmungsergebnis: 51 Ja-Stimmen, 23 Nein-Stimmen, 3 Enthaltungen\n",
            "approved",
        ),
        # adopted in the version an amendment gave it
        (
            "Die Bezirksversammlung beschließt den Antrag in der durch den Änderungsantrag der "
            "CDU-Fraktion (Drs. 21-4512.1) geänderten Fassung.\n\n"
            "Abstimmungsergebnis: mehrheitlich angenommen\n",
            "approved_amended",
        ),
        (
            "Beschluss:\nDie Vorlage OF 345/4 wird mit der Maßgabe beschlossen, dass das Wort "
            '"ganztägig" ersetzt wird.\n\nAbstimmung: einstimmig\n',
            "approved_amended",
        ),
        # the decision's heading says the text was changed
        (
            "Beschluss der BVV in der geänderten Fassung:\nDas Bezirksamt wird ersucht, den "
            "Spielplatz zu sanieren.\n\nAbstimmungsergebnis:\nmehrheitlich angenommen\n",
            "approved_amended",
        ),
        # and so does the Beratungsfolge's result for the body
        (
            "Beratungsfolge:\n| Gremium | Datum | Beschlussart |\n"
            "| Bezirksverordnetenversammlung | 22.11.2023 | mit Änderungen beschlossen |\n\n"
            "Beschluss:\nDas Bezirksamt wird ersucht, den Spielplatz zu sanieren.\n\n"
            "Abstimmungsergebnis:\nmehrheitlich angenommen\n",
            "approved_amended",
        ),
        (
            "Beschluss:\nDie Vorlage 61/112/2024 wird zur erneuten Beratung an den Ortsbeirat "
            "zurückverwiesen.\n\nAbstimmungsergebnis: mehrheitlich beschlossen\n",
            "referred",
        ),
        (
            "Beschluss:\nDer Finanzausschuss leitet die Drucksache 17/0456 ohne "
            "Beschlussempfehlung an den Stadtrat weiter.\n\nAbstimmung: einstimmig\n",
            "referred",
        ),
        (
            "Beschlussempfehlung des Kreisausschusses:\nDer Kreisausschuss empfiehlt dem "
            "Kreistag, den Antrag abzulehnen.\n\n"
            "Abstimmungsergebnis: 12 Ja, 2 Nein, 1 Enthaltung\n",
            "rejected",
        ),
        # a tie the chair's casting vote decides, told below the counts
        (
            "Beschluss:\nDie Verbandsumlage wird auf 0,62 EUR je m³ festgesetzt.\n\nAbstimmung:\n"
            "Stimmberechtigt: 11 Stimmen\nJa-Stimmen: 5\nNein-Stimmen: 5\nEnthaltungen: 1\n\n"
            "Bei Stimmengleichheit gibt die Stimme des Verbandsvorsitzenden den Ausschlag. Er hat "
            "mit Ja gestimmt. Der Beschluss ist damit gefasst.\n",
            "approved",
        ),
    ],
)
def test_what_the_decided_text_does(text: str, outcome: str) -> None:
    assert parse_text(text).outcome == outcome


# ---------------------------------------------------------------------------------------------
# Results in tables and headings


def test_a_checkbox_result_as_a_table_of_columns() -> None:
    r = parse_text(
        "Beschluss:\nDie Bezirksvertretung bittet die Verwaltung, einen Brunnen zu prüfen.\n\n"
        "Abstimmungsergebnis:\n| einstimmig | mehrheitlich | abgelehnt | vertagt |\n"
        "|     ☐      |      ☒       |     ☐     |    ☐    |\n"
    )
    assert r.outcome == "approved"
    assert decisive(r).unanimous is False


def test_the_vote_on_the_matter_after_the_vote_on_urgency() -> None:
    r = parse_text(
        "Die BVV möge beschließen:\nDas Bezirksamt wird ersucht, den Mietvertrag zu verlängern."
        "\n\nAbstimmung über die Dringlichkeit: einstimmig angenommen\n\n"
        "Abstimmung in der Sache: abgelehnt\nDafür: Grüne, SPD, Linke\nDagegen: CDU, FDP, AfD\n"
    )
    assert r.outcome == "rejected"
    assert names(decisive(r).groups.yes) == ["Grüne", "SPD", "Linke"]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # a column for each group, with the total's
        (
            "|            | CDU | SPD | GRÜNE | AfD | fraktionslos | OB | Gesamt |\n"
            "| Ja         | 15  | 14  | 12    |     | -            | 1  | 42     |\n"
            "| Nein       | -   | -   | -     | 4   | 1            | -  | 5      |\n"
            "| Enthaltung | -   | 1   | -     | -   | -            | -  | 1      |\n",
            ((42, 5, 1), ["CDU", "SPD", "GRÜNE"], ["AfD"], ["SPD"]),
        ),
        # without the total's: the rows summed
        (
            "Fraktion        CDU   SPD   Die Linke   Grüne   AfD\n"
            "Ja                8     6       -          3      -\n"
            "Nein              -     -       4          -      3\n"
            "Enthaltung        -     1       -          -      1\n",
            ((17, 7, 2), ["CDU", "SPD", "Grüne"], ["Die Linke", "AfD"], ["SPD", "AfD"]),
        ),
    ],
)
def test_a_table_with_a_column_for_each_group(
    table: str, expected: tuple[tuple[int, int, int], list[str], list[str], list[str]]
) -> None:
    vote = decisive(parse_text(DECIDED + "Abstimmungsergebnis:\n" + table))
    c = vote.counts
    assert ((c.yes, c.no, c.abstain), *sides(vote)) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "GRÜNE, SPD, Volt und LINKE. gegen CDU und AfD (= Annahme); FDP (= Enthaltung)",
            (["GRÜNE", "SPD", "Volt", "LINKE."], ["CDU", "AfD"], ["FDP"]),
        ),
        (
            "GRÜNE, SPD und Volt gegen CDU und BFF-BIG (= Annahme im Rahmen NR 404) sowie AfD "
            "(= Ablehnung)",
            (["GRÜNE", "SPD", "Volt"], ["CDU", "BFF-BIG", "AfD"], []),
        ),
    ],
)
def test_groups_for_gegen_groups_against(
    line: str, expected: tuple[list[str], list[str], list[str]]
) -> None:
    vote = decisive(parse_text(DECIDED + "Abstimmung:\n" + line + "\n"))
    assert sides(vote) == expected
    assert vote.unanimous is False


def test_a_remark_in_parentheses_is_no_line_of_sides() -> None:
    # guard: "gegen" and "(= …)" in a sentence of the decided text
    r = parse_text(
        "Beschluss:\nDer Magistrat wird gebeten, den Platz gegen Einwände (= Klagen) zu "
        "schützen.\n\nAbstimmung: einstimmig\n"
    )
    assert decisive(r).unanimous is True
    assert decisive(r).groups.yes == ()


# ---------------------------------------------------------------------------------------------
# Counts and where their sentence goes on


def test_a_sentence_wrapped_before_its_count_is_one_vote() -> None:
    r = parse_text(
        "Der Änderungsantrag wird mit 9 Ja-Stimmen bei\n39 Gegenstimmen und 2 Enthaltungen "
        "abgelehnt.\n\nBeschluss:\nDer Kreistag beschließt die Satzung.\n\n"
        "Abstimmungsergebnis:\nJa-Stimmen: 44\nNein-Stimmen: 4\nEnthaltungen: 2\n"
    )
    amendment = [v for v in r.votes if v.subject == "Änderungsantrag"]
    assert [(v.counts.yes, v.counts.no, v.counts.abstain, v.outcome) for v in amendment] == [
        (9, 39, 2, "rejected")
    ]
    assert r.outcome == "approved"


def test_a_beratungsfolge_ends_before_the_prose_below_it() -> None:
    r = parse_text(
        "Beratungsfolge:\nGremium                    Datum        Zuständigkeit\n"
        "Kreisausschuss             04.03.2024   Vorberatung\n"
        "Kreistag                   18.03.2024   Entscheidung\n\n"
        "Der Kreisausschuss hat die Vorlage einstimmig zur Beschlussfassung empfohlen.\n\n"
        "Der Antrag der FDP wird mit 9 Ja-Stimmen und 39 Gegenstimmen abgelehnt.\n\n"
        "Beschluss:\nDer Kreistag beschließt die Satzung.\n\nAbstimmungsergebnis: 44 : 4 : 2\n"
    )
    assert r.outcome == "approved"


# ---------------------------------------------------------------------------------------------
# Meeting dates


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("Rat der Stadt | Sitzung 29.02.2024 | Ö 14\nVorlage V 24/0118-01\n", "2024-02-29"),
        ("Stadtrat                 Datum: 20.11.2023                 Status: beschlossen\n",
         "2023-11-20"),
        ("Bau- und Verkehrsausschuss - Sitzung BVA/08/2024 am 04.09.2024\nTOP 6: Anwohnerparken\n",
         "2024-09-04"),
        ("Mitteilungsvorlage M 24/031\nBetreff: Ergebnis des Bürgerentscheids vom 9. Juni 2024\n"
         "Beratungsfolge: Rat der Stadt - Sitzung am 20.06.2024 - öffentlich\n", "2024-06-20"),
        ("Stadt Burgmaining\nBeschlussbuchauszug\naus der öffentlichen Sitzung des Stadtrates vom "
         "Dienstag, 23. April 2024\n", "2024-04-23"),
        ("Markt Wolfsbach\n\nBeschluss\nBau- und Umweltausschuss\nöffentliche Sitzung am "
         "07.05.2024\n", "2024-05-07"),
        ("BVV Friedrichshain-Kreuzberg – 18. Sitzung am Mittwoch, 13.03.2024\n", "2024-03-13"),
        ("Bezirksverordnetenversammlung Mitte\n14. Tagung  |  Donnerstag, 15. Juni 2023  |  17:30 "
         "Uhr  |  BVV-Saal\n", "2023-06-15"),
        ("Bezirksversammlung Eimsbüttel – Hauptausschuss\nÖffentliche Sitzung · Donnerstag, 12. "
         "Oktober 2023 · Sitzungssaal\n", "2023-10-12"),
        ("Vorlage Nr. 21/1187 (S)\nfür die Sitzung der städtischen Deputation für Mobilität\n"
         "am 15.02.2024\n", "2024-02-15"),
    ],
)  # fmt: skip
def test_meeting_dates(head: str, date: str) -> None:
    r = parse_text(head + "\n" + DECIDED)
    assert r.meeting.date == dt.date.fromisoformat(date)


@pytest.mark.parametrize("short", vocab.ASSEMBLY_SHORT)
def test_each_assemblys_short_name_heads_its_sitting(short: str) -> None:
    r = parse_text(f"{short} Neustadt – 12. Sitzung am Mittwoch, 03.12.2025\n\n" + DECIDED)
    assert r.meeting.date == dt.date(2025, 12, 3)


@pytest.mark.parametrize("phrase", vocab.WITHDRAWING)
def test_each_way_of_withdrawing_a_motion(phrase: str) -> None:
    r = parse_text(f"Antrag der Fraktion X auf einen Dorfladen\n\nDie Fraktion {phrase}.\n")
    assert r.outcome == "withdrawn"


# ---------------------------------------------------------------------------------------------
# A second round: referrals, recommendations, papers, counts by group, roll-call tables


@pytest.mark.parametrize(
    ("head", "references"),
    [
        (
            "Vorlage: 0431/2024\nÄnderungsantrag der Fraktion DIE LINKE (Drucksache "
            "0431/2024-ÄA1):\n",
            ["0431/2024", "0431/2024-ÄA1"],
        ),
        ("Vorlage: XI/0234\nErgänzungsvorlage: XI/0234-E1\n", ["XI/0234", "XI/0234-E1"]),
        (
            "Vorlage: BV/2024/0077\nÄnderungsantrag der SPD-Fraktion (ÄA 2024/003): In Ziffer 2 "
            "wird der Kostenrahmen erhöht.\n",
            ["BV/2024/0077", "ÄA 2024/003"],
        ),
        ("Vorlage Nr. 21/1187 (S)\nfür die Sitzung der städtischen Deputation\n", ["21/1187 (S)"]),
    ],
)
def test_amendments_supplements_and_a_city_states_paper(head: str, references: list[str]) -> None:
    assert [p.reference for p in parse_text(head + "\n" + DECIDED).references] == references


def test_groups_with_how_many_of_them_voted_so() -> None:
    vote = decisive(
        parse_text(
            DECIDED + "Abstimmungsergebnis:\n  dafür        31   (CDU 19, FREIE WÄHLER 8, FDP 4)\n"
            "  dagegen      24   (SPD 13, AfD 5, GRÜNE 4, DIE LINKE 2)\n"
            "  Enthaltung    2   (GRÜNE 2)\n"
        )
    )
    assert sides(vote) == (
        ["CDU", "FREIE WÄHLER", "FDP"],
        ["SPD", "AfD", "GRÜNE", "DIE LINKE"],
        ["GRÜNE"],
    )
    assert [g.members for g in vote.groups.yes] == [19, 8, 4]


def test_a_roll_call_as_a_table_of_crosses() -> None:
    r = parse_text(
        DECIDED + "Auf Antrag von GR Lindner wird namentlich abgestimmt.\n\n"
        "| Name               | Ja | Nein | Enthaltung |\n|--------------------|----|------|----|\n"
        "| Arnold, Sabine     | X  |      |            |\n| Baumgart, Jens     |    | X    |   |\n"
        "| Dittrich, Heike    | X  |      |            |\n| Göbel, Karin       |    |      | X |\n"
        "| Hänel, Uwe (SPD)   | X  |      |            |\n\nDer Beschluss ist damit angenommen.\n"
    )
    vote = decisive(r)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (3, 1, 1)
    assert names(vote.groups.no) == ["Baumgart, Jens"]
    assert [g.party for g in vote.groups.yes] == [None, None, "SPD"]
    assert "RP308" in {d.code for d in r.diagnostics}


# ---------------------------------------------------------------------------------------------
# A third round: groups in a remark, a table's rows of label and number, a running foot


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        (
            "Abstimmung: mehrheitlich angenommen (gegen die Stimmen der CSU-Fraktion)\n",
            ([], ["CSU-Fraktion"], []),
        ),
        (
            "Abstimmung: mehrheitlich beschlossen (bei Enthaltung der FDP)\n",
            ([], [], ["FDP"]),
        ),
        # guard: a remark that says something else stays a remark
        ("Abstimmung: einstimmig (Herr Schenk nimmt nicht teil)\n", ([], [], [])),
        (
            "Der Regionalausschuss stimmt dem Antrag bei einer Gegenstimme aus der AfD-Fraktion "
            "zu.\n",
            ([], ["AfD-Fraktion"], []),
        ),
    ],
)
def test_groups_in_a_remark_and_from_a_group(
    result: str, expected: tuple[list[str], list[str], list[str]]
) -> None:
    assert sides(decisive(parse_text(DECIDED + result))) == expected


def test_a_person_and_the_party_after_the_name() -> None:
    vote = decisive(
        parse_text(
            DECIDED + "Abstimmung: mehrheitlich beschlossen (gegen die Stimmen der Fraktion "
            "Bündnis 90/Die Grünen und von MGR Sepp Lindner, ÖDP)\n"
        )
    )
    assert [(g.name, g.kind, g.party) for g in vote.groups.no] == [
        ("Fraktion Bündnis 90/Die Grünen", "faction", "GRÜNE"),
        ("MGR Sepp Lindner", "person", "ÖDP"),
    ]


def test_a_pipe_tables_rows_of_label_and_number() -> None:
    r = parse_text(
        DECIDED + "| Abstimmung | |\n|---|---|\n|Anwesend|25|\n|Ja|21|\n|Nein|3|\n"
        "|persönlich beteiligt (Art. 49 GO)|1|\n"
    )
    c = decisive(r).counts
    assert (c.yes, c.no, c.present) == (21, 3, 25)


def test_a_running_foot_with_its_page_is_no_content() -> None:
    r = parse_text(
        DECIDED + "Abstimmungsergebnis:\nmehrheitlich angenommen bei Enthaltung der FDP-Fraktion\n"
        "\nBezirksamt Pankow von Berlin - Büro der BVV                  Seite 1/1\n"
    )
    assert sides(decisive(r)) == ([], [], ["FDP-Fraktion"])
    assert "RP804" in {d.code for d in r.diagnostics}


def test_a_status_in_the_changed_version_is_no_unknown_phrase() -> None:
    r = parse_text(
        "Beschluss (in der geänderten Fassung):\nDas Bezirksamt wird ersucht, den Spielplatz zu "
        "sanieren.\n\nAbstimmungsergebnis: einstimmig\n"
    )
    assert r.outcome == "approved_amended"
    assert "RP302" not in {d.code for d in r.diagnostics}
