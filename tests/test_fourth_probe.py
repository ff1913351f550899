"""Families a fourth blind probe found (120 texts of four kinds: Rheinland-Pfalz and Saarland,
Niedersachsen and Schleswig-Holstein, Hessen and Thüringen, votes written in unusual ways).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for.
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


def counts(r: Resolution) -> tuple[int | None, int | None, int | None]:
    c = decisive(r).counts
    return (c.yes, c.no, c.abstain)


# ---------------------------------------------------------------------------------------------
# Count tables


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # a web page's pipe table: the rule under the head row does not end the result
        ("| Ja | Nein | Enthaltung |\n|---|---|---|\n| 31 | 9 | 2 |\n", (31, 9, 2)),
        # with the body's size and the members present in columns before the counts
        (
            "| Mitglieder | anwesend | Ja | Nein | Enthaltung | befangen |\n"
            "|---|---|---|---|---|---|\n| 47 | 42 | 31 | 9 | 2 | 0 |\n",
            (31, 9, 2),
        ),
        (
            "| anwesende Mitglieder | Ja | Nein | Enthaltung |\n|---|---|---|---|\n"
            "| 42 | 31 | 9 | 2 |\n",
            (31, 9, 2),
        ),
        # one cell a line, a label left empty before the next label
        (
            "Ja-Stimmen:\n        17\nNein-Stimmen:\n         5\nEnthaltungen:\n\nBefangen:\n"
            "         1  (GR Rapp, § 18 GemO)\n",
            (17, 5, None),
        ),
        # a table of the vote by groups, and its sum
        (
            "| Fraktion | Ja | Nein | Enthaltung |\n|---|---|---|---|\n| CDU | 6 | | |\n"
            "| SPD | 4 | | |\n| FDP | | | 1 |\n| AfD | | 1 | |\n| Gesamt | 10 | 1 | 1 |\n",
            (10, 1, 1),
        ),
    ],
)
def test_count_tables(table: str, expected: tuple[int | None, ...]) -> None:
    assert counts(parse_text(DECIDED + "Abstimmungsergebnis:\n" + table)) == expected


def test_a_row_of_heads_alone_is_no_empty_count() -> None:
    # column heads with no numbers below them are no counts left empty (RP301)
    r = parse_text(DECIDED + "Abstimmungsergebnis:\nAnwesend\n\nFür\n\nGegen\n\nden Beschluss\n")
    assert "RP301" not in {d.code for d in r.diagnostics}


def test_a_count_told_again_in_a_sentence_is_not_added() -> None:
    r = parse_text(
        DECIDED + "Abstimmungsergebnis:\nJa-Stimmen: 16\nNein-Stimmen: keine\nEnthaltungen: 2\n"
        "Mitwirkungsverbot: 1\n\nDer Beschluss wurde einstimmig bei zwei Enthaltungen gefasst.\n"
    )
    assert counts(r) == (16, 0, 2)
    assert decisive(r).counts.conflicted == 1


def test_numbers_per_group_are_still_summed() -> None:
    r = parse_text(
        DECIDED + "Beschlossen bei zwei Gegenstimmen der AfD-Fraktion und einer Gegenstimme "
        "der FDP-Fraktion.\n"
    )
    assert decisive(r).counts.no == 3


def test_a_text_cut_after_mit_is_not_cut_inside_a_count() -> None:
    # "mit" begins "Mitglieder", a label of no side: the text is not cut inside a count
    r = parse_text(
        DECIDED + "Abstimmungsergebnis:\nJa:\n17\nNein:\n19\nEnthaltung:\n0\n\n"
        "Die Erfassung einer weiteren Kategorie ist nicht mit"
    )
    assert counts(r) == (17, 19, 0)


# ---------------------------------------------------------------------------------------------
# Who voted how


@pytest.mark.parametrize(
    ("text", "against"),
    [
        (
            "Abstimmungsergebnis: 19 Ja-Stimmen, 6 Nein-Stimmen, 0 Enthaltungen\n"
            "Die Fraktion Freie Wähler stimmte geschlossen gegen den Beschlussvorschlag.\n",
            ["Fraktion Freie Wähler"],
        ),
        (
            "Abstimmungsergebnis: 19 Ja-Stimmen, 6 Nein-Stimmen, 0 Enthaltungen "
            "(die CDU-Fraktion stimmte dagegen)\n",
            ["CDU-Fraktion"],
        ),
        (
            "Der Beschluss wurde mit 19 Ja-Stimmen und 6 Nein-Stimmen gefasst. Die CDU-Fraktion "
            "stimmte dagegen.\n",
            ["CDU-Fraktion"],
        ),
    ],
)
def test_groups_named_before_their_verb(text: str, against: list[str]) -> None:
    assert [g.name for g in decisive(parse_text(DECIDED + text)).groups.no] == against


# ---------------------------------------------------------------------------------------------
# What was decided, and which vote decided it


def test_a_decision_sentence_as_the_status_does_what_it_says() -> None:
    r = parse_text(
        "Beschluss: Der Stadtrat verweist den Antrag an den Bauausschuss.\n"
        "Mehrheitlich bei 3 Gegenstimmen.\n"
    )
    assert r.outcome == "referred"


def test_a_proposal_named_with_its_author_is_the_decided_text_as_proposed() -> None:
    r = parse_text(
        "Sachverhalt:\nDie Fraktion beantragt, die Erhöhung auszusetzen.\n\n"
        "Beschlussvorschlag der Verwaltung:\nDer Antrag der Fraktion vom 12.01.2024 wird "
        "abgelehnt.\n\nBeschluss: wie Beschlussvorschlag\n\n"
        "Abstimmungsergebnis: 19 Ja-Stimmen, 6 Nein-Stimmen, 0 Enthaltungen\n"
    )
    assert r.outcome == "rejected"


@pytest.mark.parametrize(
    "report",
    [
        "Der Rat hat in seiner Sitzung am 14.12.2023 mit 40 Ja-Stimmen bei 5 Gegenstimmen und "
        "2 Enthaltungen beschlossen:\n1. Die Stadt erstellt einen Wärmeplan.\n",
        "Der Rat hat in seiner Sitzung am 14.12.2023 wie folgt abgestimmt:\nJa: 40\nNein: 5\n"
        "Enthaltungen: 2\n",
        "Der Ausschuss hat am 12.12.2023 mit 7 : 2 Stimmen bei einer Enthaltung die Stellungnahme "
        "abgegeben.\n",
    ],
)
def test_a_vote_of_an_earlier_dated_meeting_is_none_of_this_text(report: str) -> None:
    r = parse_text(
        "Haupt- und Finanzausschuss            Sitzung am 11.04.2024\n\nBetreff: Sachstand\n\n"
        + report
        + "\nDie Verwaltung berichtet wie folgt: Die Ausschreibung wurde veröffentlicht.\n"
    )
    assert r.meeting.date == dt.date(2024, 4, 11)
    assert r.votes == ()
    assert r.outcome is None


def test_a_vote_of_the_same_meeting_told_so_is_this_texts() -> None:
    r = parse_text(
        "Haupt- und Finanzausschuss            Sitzung am 14.12.2023\n\nBetreff: Sachstand\n\n"
        + DECIDED
        + "Der Rat hat in seiner Sitzung am 14.12.2023 wie folgt abgestimmt:\nJa: 40\nNein: 5\n"
    )
    assert counts(r)[:2] == (40, 5)


def test_a_notice_of_a_statute_is_decided_at_its_meeting() -> None:
    # the announcing sentence runs over "i. V. m." and ends at its colon; the statute's § 1
    # recalls an earlier decision, which is none of this text
    r = parse_text(
        "Bekanntmachung\nder Gemeinde Hainbach über den Erlass einer Veränderungssperre\n\n"
        "Der Gemeinderat der Gemeinde Hainbach hat in seiner öffentlichen Sitzung am\n"
        "11.7.2024 aufgrund der §§ 14, 16 und 17 BauGB i. V. m. Art. 23 GO folgende\n"
        "Satzung über eine Veränderungssperre beschlossen:\n\n§ 1 Zu sichernde Planung\n"
        "Der Gemeinderat hat am 07.05.2024 beschlossen, für das Gebiet einen Bebauungsplan "
        "aufzustellen.\n"
    )
    assert r.meeting.date == dt.date(2024, 7, 11)
    assert r.outcome == "approved"


def test_a_sentence_may_end_with_a_capital_letter() -> None:
    r = parse_text(
        "Der Rat fasste mit 17:3 Stimmen den Beschluss A.\n\n"
        "Der Rat fasste mit 16:4 Stimmen den Beschluss B.\n"
    )
    assert [(v.counts.yes, v.counts.no) for v in r.votes] == [(17, 3), (16, 4)]


# ---------------------------------------------------------------------------------------------
# Several decisions


def test_a_beratungsfolge_table_with_results_is_the_papers_history() -> None:
    r = parse_text(
        "Beratungsfolge:\n| Datum      | Gremium                      | Ergebnis    |\n"
        "| 21.03.2023 | Haupt- und Finanzausschuss   | empfohlen   |\n"
        "| 30.03.2023 | Stadtrat                     | beschlossen |\n\n"
        "Beschluss:\nDer Stadtrat beschließt die Neufassung der Friedhofssatzung.\n"
        "Abstimmungsergebnis: Ja 22, Nein 3, Enthaltung 1\n"
    )
    assert [(i.title, i.outcome, i.meeting and i.meeting.date) for i in r.items] == [
        ("Haupt- und Finanzausschuss", "approved", dt.date(2023, 3, 21)),
        ("Stadtrat", "approved", dt.date(2023, 3, 30)),
    ]
    assert r.outcome == "approved"
    assert r.meeting.date is None


def test_agenda_items_in_a_tables_first_cell() -> None:
    r = parse_text(
        "Sitzung am 15.04.2024\n\n| TOP | Betreff | Vorlage |\n|---|---|---|\n"
        "| Ö 5.1 | Zuschuss an die Musikschule | 2024/0188 |\n"
        "Beschluss: Der Kreisausschuss gewährt den Zuschuss.\nAbstimmungsergebnis: einstimmig\n"
        "| Ö 5.2 | Antrag der FDP-Fraktion: Photovoltaik | 2024/0201 |\n"
        "Der Antrag wird mehrheitlich abgelehnt.\n"
    )
    assert [(i.number, i.title, i.outcome) for i in r.items] == [
        ("Ö 5.1", "Zuschuss an die Musikschule", "approved"),
        ("Ö 5.2", "Antrag der FDP-Fraktion: Photovoltaik", "rejected"),
    ]


# ---------------------------------------------------------------------------------------------
# The meeting date


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("Landkreis Rotenburg\nKreisausschuss - 22. Sitzung - 27.06.2023\n", dt.date(2023, 6, 27)),
        (
            "Beschluss zur Drucksache 1876/23\nder 38. Sitzung des Stadtrates vom 22.11.2023\n",
            dt.date(2023, 11, 22),
        ),
        (
            "Magistratsvorlage                     Drucksache Nr. 0187/2024\n"
            "Stadtverordnetenversammlung   14.03.2024           TOP 7        öffentlich\n",
            dt.date(2024, 3, 14),
        ),
        (
            "Bekanntmachung\nder in der 25. Sitzung des Stadtrates am 25. Januar 2024 gefassten "
            "Beschlüsse\n",
            dt.date(2024, 1, 25),
        ),
        (
            "Am Donnerstag, 7. März 2024, 19.30 Uhr, findet im Gemeindehaus eine Sitzung des\n"
            "Ortsgemeinderates statt.\n",
            dt.date(2024, 3, 7),
        ),
        # the next sitting named in the text, with an adjective before it, is none
        (
            "Aus der Sitzung des Gemeinderats vom 7. Februar 2024\n\nDie nächste öffentliche "
            "Sitzung des Gemeinderats findet am Mittwoch, 6. März 2024, statt.\n",
            dt.date(2024, 2, 7),
        ),
        ("Verhandelt am: 28. September 2023          Beginn: 19:00 Uhr\n", dt.date(2023, 9, 28)),
        (
            "B E S C H L U S S A U S Z U G\naus der öffentlichen Sitzung des Gemeinderates vom "
            "20.02.2024\n",
            dt.date(2024, 2, 20),
        ),
        (
            "Beratungsfolge          Sitzungstermin    öffentlich   Zuständigkeit\n"
            "Gemeinderat             25.06.2024        ja           Beschlussfassung\n",
            dt.date(2024, 6, 25),
        ),
        (
            "Beratung:        36. öffentliche Sitzung der BVV am 20.06.2024\n",
            dt.date(2024, 6, 20),
        ),
        (
            "Der Stadtrat hat in seiner Sitzung am 7. September 2023\nzur Drucksache DS0234/23 "
            '"Förderrichtlinie" folgenden Beschluss gefasst:\n',
            dt.date(2023, 9, 7),
        ),
    ],
)
def test_meeting_dates(head: str, date: dt.date) -> None:
    assert parse_text(head + "\n" + DECIDED + "Einstimmig beschlossen.\n").meeting.date == date


def test_a_committees_sitting_under_its_recommendation_is_not_the_meeting() -> None:
    r = parse_text(
        "Niederschrift über die 31. Sitzung des Rates der Stadt am 11.07.2024\n\nzu TOP 3.4\n"
        "Empfehlung: Ausschuss für Bürgerdienste\naus der öffentlichen Sitzung vom 25.06.2024\n\n"
        + DECIDED
        + "Einstimmig beschlossen.\n"
    )
    assert r.meeting.date == dt.date(2024, 7, 11)


def test_a_papers_course_through_its_bodies_dates_no_one_meeting() -> None:
    r = parse_text(
        "Beschlussvorschlag:\nDie Straße wird umbenannt.\n\nBeratungsverlauf:\n\n"
        "Ortsrat Buer                                23.10.2023   Ö 6\n"
        "Beschlussart: einstimmig empfohlen\n\n"
        "Rat der Stadt Melle                         06.12.2023   Ö 15\n"
        "Beschlussart: beschlossen\n"
    )
    assert r.meeting.date is None


# ---------------------------------------------------------------------------------------------
# Paper references


@pytest.mark.parametrize(
    "head",
    [
        "Sitzungsnummer: RAT/027/2024\n",
        "Sitzungsnr.: VGR/2023/06\n",
        "Sitzung:   Rat der Stadt Wesermünde-Nord      RAT/031/2024\n",
        "Amtsblatt der Gemeinde Kappelrain · Nr. 17/2024 · Donnerstag, 25. April 2024\n",
        "Amtsblatt der Stadt Bergfelden          Nr. 24/2025          Seite 3\n",
    ],
)
def test_session_and_gazette_numbers_are_no_papers(head: str) -> None:
    r = parse_text(head + "Vorlage: BV/0123/2024\n\n" + DECIDED + "Einstimmig beschlossen.\n")
    assert [p.reference for p in r.references] == ["BV/0123/2024"]


@pytest.mark.parametrize(
    ("head", "papers"),
    [
        ("Stadtrat (SR/071/2024)\nVorlage: V1234/24\n", ["V1234/24"]),
        ("Bau- und Planungsausschuss          BPA/014/2019\nVorlage: 0123/2019\n", ["0123/2019"]),
        ("Beschl.-Nr.:    HFA/2024/041\nVorlage: 2024/0153\n", ["2024/0153"]),
        # "DS" abbreviates the paper word before a space, and is no part of the number
        ("Drucksache DS 0045/2024\n", ["0045/2024"]),
        ("DS/0570/IX\n", ["DS/0570/IX"]),
    ],
)
def test_what_a_head_line_numbers(head: str, papers: list[str]) -> None:
    r = parse_text(head + "\n" + DECIDED + "Einstimmig beschlossen.\n")
    assert [p.reference for p in r.references] == papers


def test_a_paper_word_on_the_sittings_line_still_names_a_paper() -> None:
    r = parse_text("Sitzung: 12.03.2024 Vorlage: BV/0999/2024\n\n" + DECIDED + "Einstimmig.\n")
    assert [p.reference for p in r.references] == ["BV/0999/2024"]


@pytest.mark.parametrize(
    ("rows", "papers"),
    [
        (
            "| TOP | Betreff | Vorlage |\n|---|---|---|\n| Ö 5.1 | Zuschuss an die Musikschule | "
            "2024/0188 |\n| 4   | Nachwahl eines Mitglieds | 2024/245 |\n",
            ["2024/0188", "2024/245"],
        ),
        # a column gap after a word that would make the number no paper's
        (
            "Ö 3   Bebauungsplan Nr. 56 - Aufstellungsbeschluss      0021/2024       empfohlen\n",
            ["0021/2024"],
        ),
    ],
)
def test_the_paper_column_of_an_agenda_table(rows: str, papers: list[str]) -> None:
    r = parse_text("Sitzung am 15.04.2024\n\n" + rows)
    assert [p.reference for p in r.references] == papers


def test_a_kind_after_the_number() -> None:
    r = parse_text("Beschlussvorlage 23/2134-BV\n\n" + DECIDED + "Einstimmig beschlossen.\n")
    assert [(p.reference, p.prefix, p.year) for p in r.references] == [("23/2134-BV", "BV", 2023)]


# ---------------------------------------------------------------------------------------------
# A paper's history with each body's vote


def test_each_body_of_a_history_has_its_vote() -> None:
    r = parse_text(
        "Beratungsfolge:\n| Datum      | Gremium          | Ergebnis    |\n"
        "| 05.03.2024 | Hauptausschuss   | empfohlen   |\n"
        "| 20.03.2024 | Stadtrat         | beschlossen |\n\n"
        "Beschluss:\nDer Stadtrat stimmt der Sanierung des Theaters zu. Der Ausschuss empfiehlt "
        "dem Stadtrat die Sanierung.\n\nAbstimmungsergebnisse:\n"
        "Hauptausschuss 05.03.2024:  Ja 7   Nein 2   Enthaltung 0\n"
        "Stadtrat 20.03.2024:        Ja 25  Nein 8   Enthaltung 3\n"
    )
    assert [
        (i.title, [(v.counts.yes, v.counts.no, v.decisive) for v in i.votes]) for i in r.items
    ] == [("Hauptausschuss", [(7, 2, True)]), ("Stadtrat", [(25, 8, True)])]
    [summed] = r.votes
    assert (summed.unanimous, summed.counts.yes) == (False, None)


def test_a_history_without_results_takes_each_bodys_vote() -> None:
    r = parse_text(
        "Beratungsfolge\nDatum | Gremium | Zuständigkeit |\n"
        "16.10.2023 | Ausschuss für Feuerwehr | Vorberatung |\n"
        "02.11.2023 | Samtgemeinderat | Entscheidung |\n\n"
        "Beschlussvorschlag:\nDie Planungsleistungen werden vergeben.\n\n"
        "Ausschuss für Feuerwehr  16.10.2023\nAbstimmung: 9 Ja, 0 Nein, 0 Enthaltungen\n\n"
        "Samtgemeinderat  02.11.2023\nAbstimmung: 27 Ja, 1 Nein, 2 Enthaltungen\n"
    )
    assert [(i.title, i.outcome) for i in r.items] == [
        ("Ausschuss für Feuerwehr", "approved"),
        ("Samtgemeinderat", "approved"),
    ]
    assert r.outcome == "approved"


def test_an_indented_count_block_under_an_earlier_meetings_sentence() -> None:
    r = parse_text(
        "Hauptausschuss            Sitzung am 11.04.2024\n\nBetreff: Sachstand\n\n"
        "Der Rat hat in seiner Sitzung am 14.12.2023 wie folgt abgestimmt:\n"
        "        Ja: 40\n        Nein: 5\n"
    )
    assert r.votes == ()


# ---------------------------------------------------------------------------------------------
# Groups named after a count; the vote told in the header and under the text


@pytest.mark.parametrize(
    ("result", "against"),
    [
        ("bei 3 Gegenstimmen der CDU-Fraktion mehrheitlich beschlossen.", ["CDU-Fraktion"]),
        (
            "bei 8 Gegenstimmen der AfD-Fraktion und der Gruppe\nUnabhängige sowie 3 Enthaltungen "
            "(FDP-Fraktion) mehrheitlich beschlossen.",
            ["AfD-Fraktion", "Gruppe Unabhängige"],
        ),
    ],
)
def test_groups_named_after_a_count(result: str, against: list[str]) -> None:
    r = parse_text(DECIDED + "Abstimmungsergebnis: " + result + "\n")
    assert [g.name for g in decisive(r).groups.no] == against


def test_the_headers_counts_and_the_groups_below_are_one_vote() -> None:
    r = parse_text(
        "Beschluss: geändert beschlossen\nAbstimmung: Ja: 27, Nein: 8, Enthaltungen: 3\n\n"
        "Abstimmung über den Änderungsantrag:\nmehrheitlich angenommen (Ja 22, Nein 14, "
        "Enthaltung 2)\n\nBeschluss:\n1. Der Rat beschließt das Konzept.\n\n"
        "Abstimmungsergebnis: bei 8 Gegenstimmen der AfD-Fraktion sowie 3 Enthaltungen "
        "mehrheitlich beschlossen.\n"
    )
    assert counts(r) == (27, 8, 3)
    assert [g.name for g in decisive(r).groups.no] == ["AfD-Fraktion"]


def test_a_page_dated_below_its_result_is_no_group() -> None:
    r = parse_text(
        DECIDED + "Abstimmungsergebnis:\neinstimmig angenommen bei Stimmenthaltung der "
        "AfD-Fraktion\n\nKassel, 26.09.2023\nBüro der Stadtverordnetenversammlung\n"
    )
    assert [g.name for g in decisive(r).groups.abstain] == ["AfD-Fraktion"]


def test_a_number_word_wrapped_before_its_noun() -> None:
    r = parse_text(
        DECIDED + "Abstimmungsergebnis: mehrheitlich bei einer Gegenstimme und zwei\nEnthaltungen\n"
    )
    assert counts(r)[1:] == (1, 2)


# ---------------------------------------------------------------------------------------------
# A body's role in the Beratungsfolge is no result


@pytest.mark.parametrize(
    "sequence",
    [
        "Beratungsfolge:\nAusschuss für Soziales   14.09.2023   Kenntnisnahme\n",
        "Beratungsfolge:\n|Gremium|Sitzungstermin|Zuständigkeit|\n|Kreistag|19.09.2024|Kenntnisnahme|\n",
        "Beratungsfolge:\nStadtverordnetenversammlung | 14.03.2024 | zur Kenntnisnahme\n",
    ],
)
def test_a_role_of_kenntnisnahme_decides_nothing(sequence: str) -> None:
    r = parse_text(
        "Mitteilungsvorlage M 23/0117\n\n" + sequence + "\nBetreff: Sachstand\n\n"
        "Mitteilung:\nZum Stichtag waren 412 Personen untergebracht.\n"
    )
    assert r.outcome is None


def test_a_result_headed_with_its_body_and_date() -> None:
    r = parse_text(
        "Beratungsfolge:\n| Gremium | Sitzung | Zuständigkeit |\n"
        "| Ortsbeirat Ehrang | 06.06.2024 | Kenntnisnahme |\n"
        "| Dezernatsausschuss IV | 19.06.2024 | Kenntnisnahme |\n\n"
        "Sachverhalt:\nDie Machbarkeitsstudie liegt vor.\n\n"
        "Beratungsergebnis im Ortsbeirat Ehrang am 06.06.2024:\n"
        "Der Ortsbeirat nimmt die Mitteilung zur Kenntnis.\n"
    )
    assert (r.outcome, r.meeting.date) == ("noted", dt.date(2024, 6, 6))


# ---------------------------------------------------------------------------------------------
# Decisions of another sitting made known


@pytest.mark.parametrize(
    "told",
    [
        "Der Vorsitzende gibt bekannt, dass der Marktgemeinderat in seiner nichtöffentlichen\n"
        "Sitzung vom 23.07.2024 folgende Beschlüsse gefasst hat:\n\n"
        "a) Die Arbeiten werden an die Firma Gruber vergeben. (Abstimmungsergebnis: 15 : 1)\n"
        "b) Der Markt erwirbt eine Teilfläche. (Abstimmungsergebnis: 16 : 0)\n",
        "Der Bürgermeister gibt gemäß Art. 52 Abs. 3 GO die folgenden in der nichtöffentlichen\n"
        "Sitzung vom 14.09.2023 gefassten Beschlüsse bekannt:\n\n"
        "a) Vergabe der Winterdienstleistungen an die Fa. Wimmer (Abstimmung: 13 : 0).\n",
        "Der Ortsvorsteher gibt bekannt, dass der Gemeinderat in seiner Sitzung vom\n"
        "23.04.2024 die Vergabe der Dachsanierung beschlossen hat. Baubeginn ist im Juli.\n",
    ],
)
def test_decisions_made_known_from_another_sitting_are_none_of_this_text(told: str) -> None:
    r = parse_text(
        "Sitzung des Marktgemeinderates am 10.09.2024\n\nTOP Ö 2   Bekanntgaben\n\n" + told
    )
    assert (r.votes, r.outcome) == ((), None)


def test_a_decision_after_the_decisions_made_known_is_this_texts() -> None:
    r = parse_text(
        "Sitzung des Gemeinderates am 10.09.2024\n\n"
        "Der Vorsitzende gibt bekannt, dass der Gemeinderat in seiner nichtöffentlichen Sitzung "
        "vom 23.07.2024 folgende Beschlüsse gefasst hat:\na) Die Arbeiten werden vergeben. "
        "(Abstimmungsergebnis: 15 : 1)\n\nBeschluss:\nDer Gemeinderat beschließt die Satzung.\n"
        "Abstimmungsergebnis: 12 : 2\n"
    )
    assert counts(r)[:2] == (12, 2)
    assert r.outcome == "approved"


# ---------------------------------------------------------------------------------------------
# A decision that adopts the proposal by naming it


@pytest.mark.parametrize(
    ("decision", "outcome"),
    [
        ("Der Gemeinderat beschließt wie Beschlussantrag.", "approved"),
        ("Der Ausschuss beschließt wie vorgeschlagen.", "approved"),
        (
            "Der Gemeinderat beschließt den Beschlussantrag mit der Änderung, dass in Ziffer 2 "
            "ein Budget von 4,6 Mio. € eingestellt wird.",
            "approved_amended",
        ),
    ],
)
def test_the_proposals_clauses_are_the_decided_texts(decision: str, outcome: str) -> None:
    r = parse_text(
        "Beratungsfolge:\nDatum\tGremium\tZuständigkeit\n24.10.2023\tGemeinderat\tEntscheidung\n\n"
        "Beschlussantrag:\n1. Der Gemeinderat beschließt, die Elternbeiträge um 7,5 % anzuheben.\n"
        "2. Die Verwaltung wird beauftragt, die Satzung entsprechend anzupassen.\n\n"
        "Sachverhalt:\nDie Träger haben eine Erhöhung empfohlen.\n\n"
        "Beschluss:\n"
        + decision
        + "\n\nAbstimmungsergebnis:\nJa: 27    Nein: 0    Enthaltungen: 1\n"
    )
    assert (len(r.clauses), r.outcome) == (2, outcome)


# ---------------------------------------------------------------------------------------------
# What a decided text does


@pytest.mark.parametrize(
    ("decided", "outcome"),
    [
        (
            "Der Antrag wird zur weiteren Beratung an den Ausschuss für Technik verwiesen.\n"
            "Die Verwaltung wird beauftragt, bis dahin die Kosten darzustellen.",
            "referred",
        ),
        (
            "Der Kreistag beschließt:\nDer Antrag wird zur weiteren Beratung in den "
            "Finanzausschuss überwiesen.",
            "referred",
        ),
        (
            "Der Rat nimmt die Anregung zur Kenntnis. Der Anregung kann aus Kostengründen nicht "
            "entsprochen werden.",
            "rejected",
        ),
        ("Dem Einwohnerantrag wird nicht entsprochen.", "rejected"),
    ],
)
def test_what_the_decided_text_does(decided: str, outcome: str) -> None:
    r = parse_text("Beschluss:\n" + decided + "\n\nAbstimmungsergebnis: mehrheitlich beschlossen\n")
    assert r.outcome == outcome


def test_a_result_that_declares_the_motion_settled() -> None:
    r = parse_text(
        "Petitum/Beschluss:\nDie Bezirksamtsleitung wird gebeten, sich für Tempo 30 "
        "einzusetzen.\n\nAbstimmungsergebnis:\nDie Bezirksversammlung erklärt den Antrag "
        "mehrheitlich für erledigt.\n"
    )
    assert r.outcome == "other"


# ---------------------------------------------------------------------------------------------
# Parts voted one by one, headed by their Ziffer; papers in an agenda's last column


@pytest.mark.parametrize(
    "results",
    [
        "Abstimmungsergebnis:\nZiffer 1: einstimmig\nZiffer 2: mehrheitlich gegen die Stimmen der "
        "AfD-Fraktion\n",
        "Abstimmung Ziffer 1: einstimmig beschlossen\nAbstimmung Ziffer 2: beschlossen mit 15 "
        "Ja-Stimmen, 7 Nein-Stimmen und 1 Enthaltung\n",
    ],
)
def test_parts_headed_by_their_ziffer(results: str) -> None:
    r = parse_text(
        "Beschluss:\n1. Der Rat beschließt die Planung.\n2. Die Mittel werden bereitgestellt.\n\n"
        + results
    )
    assert [i.outcome for i in r.items] == ["approved", "approved"]
    # the parts' votes stand in the items; the text's own says only what they agree on
    assert all(v.counts.yes is None and v.unanimous is None for v in r.votes)


def test_papers_in_an_agendas_last_column() -> None:
    r = parse_text(
        "Einladung zur Sitzung der Gemeindevertretung am 14.12.2023\n\nTagesordnung:\n"
        "6.  3. Satzung zur Änderung der Hauptsatzung                         GV 0234/2023\n"
        "8.  Antrag der Fraktion Wir für Binz: Radweg Proraer Chaussee       GV-A 0012/2023\n"
    )
    assert [p.reference for p in r.references] == ["GV 0234/2023", "GV-A 0012/2023"]


def test_a_bodys_letter_before_a_labelled_number() -> None:
    r = parse_text("Vorlage: B 0078/2023\n\n" + DECIDED + "Einstimmig beschlossen.\n")
    assert [p.reference for p in r.references] == ["B 0078/2023"]


def test_a_history_table_with_iso_dates_and_results_headed_by_their_body() -> None:
    r = parse_text(
        "Beratungsfolge:\nGremium                          Sitzung      Status  Zuständigkeit\n"
        "Hauptausschuss                   2024-03-05   Ö       Vorberatung\n"
        "Gemeinderat                      2024-03-19   Ö       Entscheidung\n\n"
        "Beschlussvorschlag:\nDer Gemeinderat beschließt die Polizeiverordnung.\n\n"
        "Beratungsergebnis Hauptausschuss, 2024-03-05:\nJa: 9   Nein: 0   Enthaltungen: 1\n\n"
        "Beratungsergebnis Gemeinderat, 2024-03-19:\nJa: 24   Nein: 5   Enthaltungen: 3\n"
    )
    assert [
        (i.title, i.meeting and i.meeting.date, [v.counts.yes for v in i.votes]) for i in r.items
    ] == [
        ("Hauptausschuss", dt.date(2024, 3, 5), [9]),
        ("Gemeinderat", dt.date(2024, 3, 19), [24]),
    ]
