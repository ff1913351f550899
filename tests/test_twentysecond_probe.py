"""Families a twenty-second session found in a twenty-second blind probe and among the twenty-first
probe's leftovers (``tests/probes/twentysecond``, ``tests/probes/twentyfirst``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # what the body must still decide is no decision ("hat … erneut zu beschließen")
        (
            "Mitteilungsvorlage\n\nInhalt der Mitteilung:\nDer Bürgermeister hat dem Beschluss "
            "über die Gebührensatzung widersprochen. Über die Angelegenheit hat der Rat in "
            "seiner nächsten Sitzung erneut zu beschließen.\n",
            None,
        ),
        # settled by another item's decision, the item's number and a paper's between
        (
            "Beschluss:\nDer Antrag ist durch die Beschlussfassung zu TOP 1.4 (Drucksachen-Nr. "
            "2310877) erledigt.\n\nAbstimmungsergebnis:\nEinstimmig\n",
            "other",
        ),
        # an instruction to change a statute accordingly: the proposal itself unchanged
        (
            "Beschluss:\n\n1. Der Stadtrat beschließt die Anpassung der Elternbeiträge gemäß "
            "Anlage 1.\n2. Der Oberbürgermeister wird beauftragt, die Satzung über die Erhebung "
            "von Elternbeiträgen entsprechend zu ändern und öffentlich bekannt zu machen.\n\n"
            "Ergebnis der Abstimmung:\nJa-Stimmen: 14     Nein-Stimmen: 11\n",
            "approved",
        ),
        # (guard) what it decided: to decide later, a decision all the same
        (
            "Der Rat hat beschlossen, über den Antrag in seiner nächsten Sitzung zu entscheiden.\n",
            "approved",
        ),
    ],
)
def test_outcome(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


def test_annahme_heads_the_list_of_those_for() -> None:
    doc = parse_text(
        "Beschluss:\nDer Vorlage wird zugestimmt.\n\nAbstimmung:\nAnnahme:    CDU, SPD, FDP\n"
        "Ablehnung:  AfD\nEnthaltung: LINKE\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert [g.name for g in vote.groups.yes] == ["CDU", "SPD", "FDP"]
    assert [g.name for g in vote.groups.no] == ["AfD"]
    assert [g.name for g in vote.groups.abstain] == ["LINKE"]
    assert doc.outcome == "approved"


def _decisive(text: str) -> tuple[str | None, int | None, int | None, int | None, list[str]]:
    doc = parse_text(text)
    vote = next(v for v in doc.votes if v.decisive)
    factions = [
        g.name for side in (vote.groups.yes, vote.groups.no) for g in side if g.kind == "faction"
    ]
    return doc.outcome, vote.counts.yes, vote.counts.no, vote.counts.abstain, factions


def test_a_roll_call_of_members_with_their_party_is_counted_by_name() -> None:
    # (Gemeindevertreter and Stadträte by their abbreviations: people, never groups)
    text = (
        "Beschlussvorschlag:\nDie Gemeindevertretung stimmt dem Vorhaben zu.\n\n"
        "Namentliche Abstimmung:\n\n"
        "dafür:        GV Arndt (CDU), GV Brehm (CDU), GVin Claasen (SPD), GV Dohse (SPD)\n"
        "dagegen:      GV Ewers (WGT), SRin Falk (WGT)\n"
        "Enthaltung:   GV Gerdes (FDP)\n\n"
        "Damit ist der Beschlussvorschlag angenommen.\n"
    )
    assert _decisive(text) == ("approved", 4, 2, 1, [])


def test_a_roll_call_under_side_labels_beside_a_motion_carried_without_dissent() -> None:
    text = (
        "GV Ketelsen beantragt namentliche Abstimmung. Dem Antrag wird ohne Gegenstimmen "
        "entsprochen.\n\nNamentliche Abstimmung:\n\ndafür:        GV Albrecht (CDU), GVin "
        "Brodersen (CDU), GV Carstens (SPD)\ndagegen:      GV Ketelsen (WGL), SRin Fock (WGL)\n"
        "Enthaltung:   GV Hansen (FDP)\n\nDamit ist der Beschlussvorschlag angenommen.\n"
    )
    assert _decisive(text) == ("approved", 3, 2, 1, [])


def test_a_roll_call_one_name_a_line_under_each_side() -> None:
    text = (
        "Beschluss:\nDer Rat beschließt die Kürzung.\n\nEs wird namentlich abgestimmt.\n\n"
        "Dafür stimmen:\nRatsmitglied Albers (FDP)\nRatsmitglied Dr. Brune (CDU)\n"
        "Ratsmitglied Corsten (CDU)\n\nDagegen stimmen:\nBürgermeister Dahm\n"
        "Ratsmitglied Ehlert (SPD)\nRatsmitglied Fink (SPD)\nRatsmitglied Gores (GRÜNE)\n\n"
        "Der Stimme enthält sich:\nRatsmitglied Hahn (DIE LINKE)\n\n"
        "Damit hat der Antrag keine Mehrheit gefunden.\n"
    )
    assert _decisive(text) == ("rejected", 3, 4, 1, [])


def test_a_count_on_the_motion_for_a_roll_call_leaves_the_roll_call_counted() -> None:
    # (the later sides' lists need no titles once the first has them)
    text = (
        "Ratsmitglied Born beantragt namentliche Abstimmung. Dem Antrag wird ohne "
        "Gegenstimmen entsprochen.\n\nNamentliche Abstimmung über den Beschlussvorschlag:\n\n"
        "Mit Ja stimmten:\nOrtsbürgermeister Klaus Adam, Bernd Bauer, Petra Cramer, "
        "Michael Dorn\n\nMit Nein stimmten:\nHeike Engel, Andreas Frey\n\n"
        "Der Stimme enthielt sich:\nThomas Born\n\n"
        "Damit ist dem Beschlussvorschlag mehrheitlich zugestimmt.\n"
    )
    assert _decisive(text) == ("approved", 4, 2, 1, [])


def test_a_roll_call_keeps_the_result_said_below_it() -> None:
    # a qualified majority missed: the words decide, the names count
    text = (
        "Antrag auf Abberufung des Vorsitzenden\n\nMit Ja stimmten:\nHr. Asmus (BfB), Fr. Brandt "
        "(BfB), Hr. Claußen (WHU), Fr. Dierks (WHU)\n\nMit Nein stimmten:\nFr. Ehlers (CDU), "
        "Hr. Feddersen (SPD), Fr. Grewe (SPD)\n\nErgebnis:\nDie erforderliche Mehrheit von "
        "sechs Stimmen ist nicht erreicht. Der Antrag ist damit abgelehnt.\n"
    )
    assert _decisive(text) == ("rejected", 4, 3, None, [])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the sitting's kind before the minutes' title word, an excerpt's remark after it
        (
            "Stadt Hagen\n\nÖffentliche Niederschrift (Auszug) über die Sitzung vom 14.11.2024\n\n"
            "TOP 5.3   Umgestaltung des Volksparks\n\nDer Vertagungsantrag wird angenommen.\n",
            "2024-11-14",
        ),
        # a sentence that opens with the sitting, its verb in the past, over the item
        (
            "Auszug aus der Niederschrift\n\nIn ihrer Sitzung am 16. Mai 2024 behandelte die "
            "Bezirksvertretung unter Tagesordnungspunkt 8.2.3 folgende Angelegenheit:\n\n"
            "Die Bezirksvertretung stimmt dem Antrag zu.\n",
            "2024-05-16",
        ),
        # the sitting in parentheses under a decision's title in capitals with its number
        (
            "Stadtverwaltung Gotha\n\nBESCHLUSS Nr. 212/24\ndes Stadtrates der Stadt Gotha\n"
            "(24. Sitzung – öffentlich – am 14.02.2024)\n\nDer Stadtrat beschließt die Satzung.\n",
            "2024-02-14",
        ),
        # an ALLRIS item's head: the body, the date, the item's number and title
        (
            "Rat der Stadt Wittmund - 13.06.2024 - 9 Wahl einer Schiedsperson\n\n"
            "Beschluss: einstimmig beschlossen\n",
            "2024-06-13",
        ),
        # a markdown table of one row under its rule
        (
            "B E S C H L U S S A U S Z U G\n\n| Gremium | Sitzungsdatum | TOP |\n|---|---|---|\n"
            "| Ausschuss für Generationen, Soziales und Integration | 17.09.2024 | Ö 5 |\n\n"
            "Beschluss:\nDer Ausschuss stimmt zu.\n",
            "2024-09-17",
        ),
        # a page's title "Beschluss" alone over the sitting's line
        (
            "Ortsbeirat Biebrich\n\nBeschluss\nSitzung vom 20. Juni 2024            Beschluss Nr. "
            "0087\nTagesordnung I, Punkt 7\n\nDer Ortsbeirat stimmt der Vorlage zu.\n",
            "2024-06-20",
        ),
        # an excerpt's sitting by the body's short name
        (
            "Protokollauszug\nGV am Do., 21.03.24, Sitzungssaal des Rathauses\n\nTOP 11: "
            "Zuschuss\n\nDie Gemeindevertretung beschließt den Zuschuss.\n",
            "2024-03-21",
        ),
    ],
)
def test_meeting_date(text: str, date: str) -> None:
    meeting = parse_text(text).meeting
    assert meeting is not None
    assert str(meeting.date) == date


def test_an_earlier_decision_told_in_the_perfect_dates_no_sitting() -> None:
    # (guard) "Der Rat hat in seiner Sitzung am … folgenden Beschluss gefasst:" quotes the past
    text = (
        "Beratungsfolge:\nGremium                Datum\nAusschuss für Umwelt   14.09.2023\n\n"
        "Der Rat hat in seiner Sitzung am 07.07.2022 auf Antrag der Fraktionen mehrheitlich "
        "folgenden Beschluss gefasst:\n\n1. Die Verwaltung pflanzt Bäume.\n"
    )
    meeting = parse_text(text).meeting
    assert meeting is None or str(meeting.date) != "2022-07-07"


def test_a_markdown_table_of_several_bodies_dates_no_sitting() -> None:
    # (guard) a paper's course in a table of several rows: no one meeting
    text = (
        "| Datum | Gremium | Ergebnis |\n|---|---|---|\n| 12.09.2024 | Ortsbeirat | vertagt |\n"
        "| 10.10.2024 | Ortsbeirat | zugestimmt |\n| 21.11.2024 | Stadtverordnetenversammlung | "
        "beschlossen |\n"
    )
    meeting = parse_text(text).meeting
    assert meeting is None or meeting.date is None


def test_a_vote_row_under_a_body_s_row_goes_on_with_the_history() -> None:
    # each body's result row, its vote on a row of its own below it: three decisions agreed
    text = (
        "Beratungsfolge:\n| Datum | Gremium | | Zuständigkeit | Ergebnis |\n"
        "| 05.03.2024 | Ausschuss für Umwelt | Ö | Vorberatung | empfohlen |\n"
        "| | Abstimmung: Ja: 9 | Nein: 0 | Enthaltung: 2 | |\n"
        "| 12.03.2024 | Verwaltungsausschuss | N | Vorberatung | empfohlen |\n"
        "| 21.03.2024 | Rat der Stadt | Ö | Entscheidung | ungeändert beschlossen |\n"
        "| | Abstimmung: Ja: 34 | Nein: 3 | Enthaltung: 1 | |\n\n"
        "Beschlussvorschlag:\n1. Der Rat beschließt den Plan.\n"
    )
    doc = parse_text(text)
    assert len(doc.items) == 3
    assert doc.outcome == "approved"
    # (the bodies' votes differ, and one body shows none: no count, no unanimity)
    vote = next((v for v in doc.votes if v.decisive), None)
    assert vote is None or (vote.counts.yes, vote.counts.no, vote.unanimous) == (None, None, None)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # the side's word before its number, slashes between ("Für 15 / Gegen 2" keeps the no
        # side for another day: only the yes side is read, and no group is lost)
        ("Abstimmungsergebnis: Anwesend 17 / Für 15\n", (15, None, None)),
        # a compound's first half, its second said once for both
        (
            "Der Antrag findet mit 3 Ja- bei 18 Nein-Stimmen und einer Enthaltung keine "
            "Mehrheit.\n",
            (3, 18, 1),
        ),
        # counts in words on both sides of "gegen", a compound wrapped at its hyphen
        (
            "Abstimmungsergebnis:\n\nDer Rat fasst den Beschluss mit neunzehn Ja-\nStimmen gegen "
            "sieben Nein-Stimmen bei zwei Stimm-\nenthaltungen.\n",
            (19, 7, 2),
        ),
        # a tally spread out in columns
        ("Abstimmungsergebnis:\nmit       6       gegen       3       Stimmen\n", (6, 3, None)),
        # the law on abstaining counts no abstention
        (
            "Abstimmungsergebnis:\nmit 6 gegen 3 Stimmen\n\nAnmerkung:\nEine Stimmenthaltung "
            "ist nach Art. 48 Abs. 1 Satz 2 GO nicht zulässig.\n",
            (6, 3, None),
        ),
    ],
)
def test_counts(text: str, counts: tuple[int | None, int | None, int | None]) -> None:
    vote = next(v for v in parse_text(text).votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts


def test_gegen_before_a_group_stays_its_side() -> None:
    # (guard) "gegen die Stimmen der CDU": the CDU voted no, no count
    vote = next(
        v for v in parse_text("Der Antrag wird gegen die Stimmen der CDU angenommen.\n").votes
    )
    assert [g.name for g in vote.groups.no] == ["CDU"]


def test_a_group_s_stance_in_the_debate_is_no_act_of_the_body() -> None:
    text = (
        "TOP 17   Antrag der CDU-Fraktion: Sicherung der Krankenhäuser\n\nSitzung:   Kreistag\n"
        "Datum:     21.03.2024\n\nKreistagsabgeordneter Rehm (CDU) bringt den Antrag ein. Die "
        "Gruppe GRÜNE/LINKE kann dem Ziel zustimmen. Die AfD-Fraktion lehnt den Antrag ab.\n\n"
        "Sodann beschließt der Kreistag mit den Stimmen der CDU-Fraktion und der SPD-Fraktion "
        "gegen die Stimmen der AfD-Fraktion:\n\nI.  Der Kreistag bekennt sich zum Erhalt der "
        "Krankenhäuser.\n\nII. Der Landrat berichtet dem Kreisausschuss.\n"
    )
    assert parse_text(text).outcome == "approved"


def test_a_decision_s_number_is_no_tally() -> None:
    text = "Ergebnis: beschlossen\nJa: 21  Nein: 3  Enthaltung: 2\nBeschluss-Nr.: 51/612/24\n"
    doc = parse_text(text)
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (21, 3, 2)
    assert doc.outcome == "approved"


def test_a_numbered_list_of_attachments_is_no_agenda() -> None:
    text = (
        "Beratungsfolge:\nBauausschuss     Vorberatung     14.05.2024\n\n"
        "Beschlussvorschlag:\nDie Stadtverordnetenversammlung beschließt die Sanierung.\n\n"
        "Beratungen und Beschlüsse\nBauausschuss, 14.05.2024, TOP Ö 6\n  Ergebnis: empfohlen\n\n"
        "Stadtverordnetenversammlung, 30.05.2024, TOP Ö 7.2\n  Ergebnis: beschlossen\n\n"
        "Anlagen:\n1 Entwurfsplanung (öffentlich)\n2 Kostenberechnung (nichtöffentlich)\n"
    )
    assert [i.title for i in parse_text(text).items] == [
        "Bauausschuss",
        "Stadtverordnetenversammlung",
    ]


def test_each_body_s_decision_under_its_line_in_a_course_of_deliberation() -> None:
    text = (
        "Beratungsverlauf:\n\nAusschuss für Umwelt      04.06.2024      Ö 6\n"
        "Beschluss:   empfohlen\nAbstimmung:  Ja: 8, Nein: 1, Enthaltungen: 0\n\n"
        "Haupt- und Finanzausschuss      11.06.2024      Ö 9\nBeschluss:   einstimmig empfohlen\n\n"
        "Rat der Stadt      20.06.2024      Ö 14\nBeschluss:   beschlossen\n"
        "Abstimmung:  Ja: 30, Nein: 4, Enthaltungen: 2\n"
    )
    doc = parse_text(text)
    assert [i.outcome for i in doc.items] == ["approved", "approved", "approved"]
    assert doc.meeting is None or doc.meeting.date is None
    vote = next((v for v in doc.votes if v.decisive), None)
    assert vote is None or (vote.counts.yes, vote.unanimous) == (None, None)


def test_a_vote_s_sentence_opening_mid_line_leaves_the_decided_text() -> None:
    # the failed motion to refer, its sentence wrapped: no referral of the decided text
    text = (
        "TOP 7.4   Dringlichkeitsantrag\n\nBeratung:\nFrau Kessler (Grüne) begründet den "
        "Antrag. Herr Paulsen (CDU) beantragt die\nÜberweisung in den Ausschuss für Soziales. "
        "Der Überweisungsantrag wird mehrheitlich\nabgelehnt.\n\nDer Antrag lautet:\nDas "
        "Bezirksamt wird ersucht, die Räume als Notunterkunft zur Verfügung zu stellen.\n\n"
        "Abstimmungsergebnis:\nDie BVV beschließt den Antrag mehrheitlich bei 6 Gegenstimmen.\n"
    )
    doc = parse_text(text)
    assert doc.outcome == "approved"
    assert doc.preamble is not None and "Überweisungsantrag" not in doc.preamble


def test_a_form_of_options_one_a_line_left_blank_decides_nothing() -> None:
    text = (
        "Beschlussvorschlag:\n1. Der Gemeinderat beschließt die Beschaffung.\n2. Die Aufträge "
        "werden vergeben.\n\nBeschluss:\n\n[ ] einstimmig angenommen\n[ ] mit _____ : _____ "
        "Stimmen angenommen\n[ ] abgelehnt\n[ ] zurückgestellt\n\nAnwesend: _____\n"
    )
    doc = parse_text(text)
    assert doc.outcome is None
    assert not doc.votes
    # (guard) the same form, one box ticked: that result
    ticked = text.replace("[ ] zurückgestellt", "[X] zurückgestellt")
    assert parse_text(ticked).outcome == "postponed"


@pytest.mark.parametrize(
    ("text", "side", "names"),
    [
        # a single member of no group by their title, beside a group
        (
            "Abstimmungsergebnis: mehrheitlich beschlossen\nJa-Stimmen:      SPD (16), FDP (2)\n"
            "Nein-Stimmen:    CDU (12)\nEnthaltungen:    GFL (2), Einzelmitglied Herr Balzer "
            "(Die Linke)\n",
            "abstain",
            ["GFL"],
        ),
        # one vote of a group, counted before it
        (
            "Der Gemeinderat stimmt dem Beschlussantrag mehrheitlich bei 5 Gegenstimmen (Fraktion "
            "GRÜNE, 1 Stimme SPD) und 2 Enthaltungen (FDP/FW) zu.\n",
            "no",
            ["Fraktion GRÜNE", "SPD"],
        ),
        # a tally's legend below it names sides, no group
        ("Abstimmungsergebnis:\n14 : 0 : 1\n(Ja : Nein : Enthaltung)\n", "no", []),
    ],
)
def test_factions(text: str, side: str, names: list[str]) -> None:
    vote = next(v for v in parse_text(text).votes if v.decisive)
    assert [g.name for g in getattr(vote.groups, side) if g.kind == "faction"] == names


def test_a_result_in_words_under_the_counts_says_how_they_adopted() -> None:
    text = (
        "Beschlussvorschlag:\n1. Der Kreistag beschließt den Plan.\n\nAbstimmungsergebnis:\n"
        "| Gesetzliche Anzahl der Mitglieder: 69 | davon anwesend: 58 |\n"
        "| Ja-Stimmen: 47 | Nein-Stimmen: 6 | Enthaltungen: 5 |\n"
        "| Ergebnis: | mit Änderung beschlossen |\n"
    )
    doc = parse_text(text)
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (47, 6, 5)
    assert doc.outcome == "approved_amended"


def test_a_report_s_numbered_points_under_sachdarstellung_are_no_clauses() -> None:
    text = (
        "Sachdarstellung:\nDer Bericht umfasst:\n\n1. die Belegung der Krankenhäuser,\n"
        "2. die Entwicklung der Rettungsdiensteinsätze,\n3. die Personalgewinnung.\n\n"
        "Ergebnis:\nDer Ausschuss nimmt den Bericht zur Kenntnis.\n"
    )
    doc = parse_text(text)
    assert doc.clauses == ()
    assert doc.outcome == "noted"


def test_the_decided_text_after_an_amendment_s_vote_is_no_part_of_that_vote() -> None:
    text = (
        "Beschluss:        beschlossen\nAbstimmung:       Ja: 27   Nein: 6   Enthaltung: 2\n\n"
        "Zum Antrag liegt ein Änderungsantrag der Fraktion DIE LINKE vor.\n\n"
        "Abstimmung über den Änderungsantrag:\nJa: 20   Nein: 14   Enthaltung: 1     angenommen\n\n"
        "Sodann lässt die Präsidentin über die Vorlage in der geänderten Fassung abstimmen.\n\n"
        "Die Bürgerschaft beschließt die Vorlage mit folgender Änderung:\n\nIn Ziffer 2 wird das "
        "Datum „31.12.2025“ durch „30.06.2025“ ersetzt.\n"
    )
    doc = parse_text(text)
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no) == (27, 6)
    assert doc.outcome == "approved_amended"


def test_a_decision_framed_inside_the_background_opens_the_decided_text() -> None:
    text = (
        "GR-Drucksache 117/2024\n\nSachverhalt:\nFür die Erweiterung werden 6,8 ha benötigt.\n\n"
        "Aus der Beratung:\nDie Fraktion GRÜNE lehnt die Planung ab.\n\nDer Gemeinderat stimmt "
        "dem Beschlussantrag mehrheitlich bei 5 Gegenstimmen und 2 Enthaltungen zu:\n\n"
        "1. Der Bebauungsplan Nr. 612 A wird aufgestellt.\n2. Der Vorentwurf wird gebilligt.\n"
    )
    doc = parse_text(text)
    assert len(doc.clauses) == 2
    assert doc.outcome == "approved"


def test_minutes_headed_punkt_n_are_items() -> None:
    text = (
        "N I E D E R S C H R I F T\nüber die öffentliche Sitzung des Gemeinderates\n\n"
        "Punkt 1: Einwohnerfragestunde\n\nEin Einwohner fragt nach der Halle.\n\n"
        "Punkt 2: Genehmigung der Niederschrift\n\nDie Niederschrift wird einstimmig genehmigt.\n\n"
        "Punkt 3: Jahresabschluss 2022\n\nBeschluss:\n1. Der Jahresabschluss wird festgestellt.\n\n"
        "Abstimmungsergebnis: 25 Ja-Stimmen, 5 Nein-Stimmen\n"
    )
    doc = parse_text(text)
    assert [i.number for i in doc.items] == ["Punkt 1", "Punkt 2", "Punkt 3"]
    assert [i.outcome for i in doc.items] == [None, "approved", "approved"]


def test_each_body_over_its_sitting_s_field_in_a_course_of_deliberation() -> None:
    text = (
        "Beschlussvorschlag:\n1. Dem Neubau wird zugestimmt.\n2. Die Verwaltung vergibt die "
        "Leistungen.\n\nBeratungsverlauf:\n\nOrtschaftsrat Eschach\nSitzung: 10.04.2024    "
        "öffentlich    Vorberatung\nErgebnis: zugestimmt\nAbstimmung: einstimmig\n\n"
        "Gemeinderat\nSitzung: 06.05.2024    öffentlich    Entscheidung\nErgebnis: beschlossen\n"
        "Abstimmung: Ja 21  Nein 4  Enthaltung 2\n"
    )
    doc = parse_text(text)
    assert [(i.title, i.outcome) for i in doc.items] == [
        ("Ortschaftsrat Eschach", "approved"),
        ("Gemeinderat", "approved"),
    ]
    assert doc.meeting is None or doc.meeting.date is None


def test_a_paper_s_history_shows_what_the_bodies_votes_agree_on() -> None:
    # (the Beratungsfolge's table flattened, one cell a line, as a page copied from ALLRIS)
    text = (
        "Vorlage - 2024/017\n\nBeratungsfolge:\nDatum\nGremium\nZuständigkeit\nErgebnis\n"
        "07.02.2024\nAusschuss für Umwelt\nVorberatung\nempfohlen\nJa: 8 Nein: 1 Enthaltung: 0\n"
        "20.02.2024\nVerwaltungsausschuss\nVorberatung\nempfohlen\n"
        "29.02.2024\nRat der Stadt\nEntscheidung\nungeändert beschlossen\n\n"
        "Beschlussvorschlag:\nDer Rat beschließt die Satzung.\n"
    )
    doc = parse_text(text)
    assert doc.outcome == "approved"
    vote = next(v for v in doc.votes if v.decisive)
    # (two bodies' decisions show no vote: nothing is agreed on but the outcome)
    assert (vote.counts.yes, vote.counts.no, vote.unanimous) == (None, None, None)


def test_a_long_line_over_a_result_is_read_in_linear_time() -> None:
    # a result line under a run of blanks thousands long: no session line is sought along it
    text = "Sitzung: Rat" + " \t" * 20_000 + "Rathaus\nBeschluss: beschlossen\n"
    assert parse_text(text).outcome == "approved"
