"""Families a twenty-third session found in a twenty-third blind probe
(``tests/probes/twentythird``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ratsparse import Resolution, parse_text
from ratsparse.models import Vote

PROBE = Path(__file__).parent / "probes" / "twentythird"


def _decisive(doc: Resolution) -> Vote:
    """The text's decisive vote (the test fails where there is none)."""
    return next(v for v in doc.votes if v.decisive)


def test_the_votes_a_majority_needed_are_no_count() -> None:
    doc = parse_text(
        "Abstimmungsergebnis:\nJa:   25\nNein: 20\nEnthaltung: 2\n\nDie Änderung der Hauptsatzung "
        "bedarf der Mehrheit der Mitglieder, mithin mindestens 26 Ja-Stimmen. Diese Mehrheit "
        "ist nicht erreicht. Die Vorlage ist damit abgelehnt.\n"
    )
    vote = _decisive(doc)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (25, 20, 2)
    assert doc.outcome == "rejected"
    assert "RP307" in [d.code for d in doc.diagnostics]


def test_a_vote_heading_names_the_paper_voted_on() -> None:
    doc = parse_text(
        "Die Fraktion beantragt, den Rufbus zu streichen. Der Änderungsantrag wird mit 5 : 40 : 3 "
        "Stimmen abgelehnt.\n\nBeschlussvorschlag:\nDer Kreistag beschließt den Nahverkehrsplan."
        "\n\nAbstimmungsergebnis Vorlage:   30 : 16 : 2\n"
    )
    vote = _decisive(doc)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (30, 16, 2)
    assert vote.subject == "Vorlage"
    assert doc.outcome == "approved"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a form's boxes after the sitting's date, in its own column
        (
            "Landkreis X\n\nSitzung des Kreistages am: 29.11.2025        ☒ öffentlich   "
            "☐ nichtöffentlich\n\nDer Kreistag beschließt die Satzung.\n",
            "2025-11-29",
        ),
        # the sitting's place between its date and the decision it announces
        (
            "Der Kreistag hat in seiner 28. Sitzung am\nMittwoch, dem 18. Februar 2026 in Lübben "
            "(Spreewald) folgenden Beschluss gefasst:\n\nDer Kreistag beschließt X.\n",
            "2026-02-18",
        ),
        # a report: the body came together on the date
        (
            "Rat tagte im Dorfgemeinschaftshaus\n\nZu seiner 19. Sitzung kam der Rat der Gemeinde "
            "Wiedensahl am Donnerstag, den 18. Juni 2026, im Dorfgemeinschaftshaus zusammen.\n\n"
            "Der Rat beschloss, den Antrag zu verweisen.\nAbstimmungsergebnis: 9/2/1\n",
            "2026-06-18",
        ),
        # a question's page: where it was answered
        (
            "Anfrage der Fraktion X\nWinterdienst\n\nBeantwortet in der Sitzung der "
            "Gemeindevertretung am 10.03.2026\n\nFrage 1:\nWie oft wird gestreut?\n",
            "2026-03-10",
        ),
        # a gazette's heading over the sitting in parentheses
        (
            "Gemeinde Schönwald – Informationen aus der Gemeindevertretung\n(Sitzung vom "
            "08.09.2026)\n\nDer Bericht wird zur Kenntnis genommen.\n",
            "2026-09-08",
        ),
        # a paper's table of the bodies it goes to, one row
        (
            "Beschlussvorlage\n\nVorlage an                          zur               "
            "Sitzungsart     Sitzungstermin\nAusschuss für Umwelt und Technik    Beschlussfassung  "
            "öffentlich      01.12.2026\n\nBeschlussantrag:\n1. Der Sanierung wird zugestimmt.\n",
            "2026-12-01",
        ),
        # an invitation's letter, the date on its own line below
        (
            "Sehr geehrte Damen und Herren,\n\nhiermit lade ich Sie zur 18. Sitzung des Kreistages "
            "(Sitzungsnummer KT/18/2026)\nein auf\n\n     Montag, den 15. Juni 2026, 15:00 Uhr,\n"
            "     Großer Sitzungssaal.\n\nT a g e s o r d n u n g\n",
            "2026-06-15",
        ),
        # how the statute was adopted, between the date and "folgende Satzung"
        (
            "Amtsblatt Nr. 14/2026\n\nAufgrund der §§ 7 und 41 GO NRW hat der Rat der Stadt X in "
            "seiner Sitzung am 19. März 2026 mit der Mehrheit der gesetzlichen Zahl seiner "
            "Mitglieder folgende Satzung beschlossen:\n\n§ 1\nDie Hauptsatzung wird geändert.\n",
            "2026-03-19",
        ),
        # the body's deliberation as a field
        (
            "Antrag des Ortsbeirats\n\nBegründung:\nDie Querung ist gefährlich.\n\nBeratung im "
            "Ortsbeirat: 13.11.2026, TOP 17\n\nBeschluss:\nAnregung an den Magistrat\n",
            "2026-11-13",
        ),
    ],
)
def test_meeting_date(text: str, date: str) -> None:
    meeting = parse_text(text).meeting
    assert meeting is not None and str(meeting.date) == date


def test_a_table_by_group_run_into_one_line_is_read_by_its_rows() -> None:
    doc = parse_text(
        "Beschluss:\nDer Rat beschließt die Satzung.\n\nAbstimmungsergebnis: Fraktion Ja Nein "
        "Enth. SPD 9 0 0 CDU 0 11 0 GRÜNE 5 0 0 FDP 0 2 0\nAfD 0 2 0 Die Linke 1 0 0 Summe 15 15 "
        "0\n\nBei Stimmengleichheit ist der Antrag abgelehnt.\n"
    )
    vote = _decisive(doc)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (15, 15, 0)
    assert [g.name for g in vote.groups.yes] == ["SPD", "GRÜNE", "Die Linke"]
    assert [g.name for g in vote.groups.no] == ["CDU", "FDP", "AfD"]
    assert doc.outcome == "rejected"


def test_counts_whose_numbers_stand_in_a_column_before_their_labels() -> None:
    doc = parse_text(
        "Beschluss:\nDer Rat beschließt die Satzung.\n\nAbstimmungsergebnis:\n        24   dafür\n"
        "        13   dagegen\n         2   Enthaltungen\n"
    )
    vote = _decisive(doc)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (24, 13, 2)


def test_how_a_vote_was_taken_beside_its_heading_is_no_motion() -> None:
    doc = parse_text(
        "Beschluss:\n1. Der Stadtrat beruft Herrn X als Mitglied des Aufsichtsrates ab.\n\n"
        "Abstimmungsergebnis (geheime Abstimmung):\nausgegebene Stimmzettel      34\nungültig"
        "                      1\nJa                           19\nNein                         "
        "12\nEnthaltung                    2\n\nBeschluss: mehrheitlich beschlossen\n"
    )
    vote = _decisive(doc)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (19, 12, 2)
    assert doc.outcome == "approved"


def test_the_body_s_sentence_that_refers_a_motion_over_its_vote() -> None:
    doc = parse_text(
        "Antragstext:\nDer Kreistag möge beschließen:\nDer Landkreis richtet ein "
        "Kreisjugendparlament ein.\n\nProtokoll:\nHerr X begründet den Antrag.\n\nDer Kreistag "
        "beschließt, den Antrag zur weiteren Beratung in den Jugendhilfeausschuss zu verweisen."
        "\n\nAbstimmungsergebnis: einstimmig bei 3 Enthaltungen\n"
    )
    assert doc.outcome == "referred"


@pytest.mark.parametrize(
    ("sentence", "side", "names"),
    [
        (
            "Die Gemeinderäte der Fraktion Bürgerliste stimmten geschlossen dagegen.",
            "no",
            ["Fraktion Bürgerliste"],
        ),
        ("Die Vertreter der WGK und der CDU stimmten dafür.", "yes", ["WGK", "CDU"]),
        ("Die Stadtverordneten der Fraktion FWG stimmten dagegen.", "no", ["Fraktion FWG"]),
    ],
)
def test_a_group_s_members_told_by_their_office(sentence: str, side: str, names: list[str]) -> None:
    doc = parse_text(
        f"Beschluss:\nDer Rat beschließt X.\n\nAbstimmungsergebnis:\nJa: 10   Nein: 3   "
        f"Enthaltung: 1\n\n{sentence}\n"
    )
    vote = _decisive(doc)
    assert [g.name for g in getattr(vote.groups, side)] == names


def test_a_course_of_deliberation_whose_tabs_became_spaces() -> None:
    doc = parse_text(
        "Drucksache - IX-0945\n\nBeratungsfolge:\nDatum\tGremium\tZuständigkeit\tErgebnis\n"
        "17.01.2026\tBVV Pankow\tÜberweisung\tüberwiesen\n05.03.2026\tAusschuss für Bürgerdienste"
        "\tVorberatung\terledigt\n\nAusschuss für Bürgerdienste\nSitzung: 05.03.2026\n\n"
        "Abstimmungsergebnis:\nJa: 9\nNein: 0\nEnthaltung: 0\n\nBeschluss:\nDer Antrag wird für "
        "erledigt erklärt.\n"
    )
    assert [(i.title, i.outcome) for i in doc.items] == [
        ("BVV Pankow", "referred"),
        ("Ausschuss für Bürgerdienste", "other"),
    ]
    assert doc.outcome == "other"


def test_an_instruction_to_adapt_a_rule_leaves_the_proposal_unchanged() -> None:
    doc = parse_text(
        "Beschluss:\n1. Der Gemeinderat beschließt, den monatlichen Elternbeitrag ab dem "
        "01.08.2026 von 60 EUR auf 72 EUR anzuheben.\n2. Die Verwaltung wird beauftragt, die "
        "Entgeltordnung entsprechend anzupassen.\n\nAbstimmungsergebnis: 17 Ja-Stimmen, 4 "
        "Nein-Stimmen, 2 Enthaltungen\n"
    )
    assert doc.outcome == "approved"


def test_the_decision_headed_by_the_text_it_adopts_ends_the_amendment_s_vote() -> None:
    doc = parse_text(
        "Der Bezirksbürgermeister stellt den Änderungsantrag AN/0498/2026 zur Abstimmung.\n\n"
        "Abstimmungsergebnis über den Änderungsantrag AN/0498/2026:\nMehrheitlich abgelehnt "
        "gegen die Stimmen der Fraktion Volt.\n\nAnschließend lässt er über die "
        "Verwaltungsvorlage abstimmen.\n\nBeschluss in der Fassung der Verwaltungsvorlage:\nDie "
        "Bezirksvertretung beschließt die Umgestaltung des Platzes.\n\nAbstimmungsergebnis:\n"
        "Einstimmig zugestimmt bei Enthaltung der Fraktion Die Linke.\n"
    )
    amendment = doc.votes[0]
    assert amendment.outcome == "rejected" and not amendment.decisive
    assert doc.outcome == "approved"


def test_decisions_of_a_closed_sitting_made_known_in_a_public_one() -> None:
    doc = parse_text(
        "Gemeinde X\nAmtsblatt – Ausgabe August 2026\n\n"
        "Bekanntgabe von Beschlüssen aus nichtöffentlicher Sitzung\n\nGemäß § 37 Abs. 1 Satz 3 "
        "SächsGemO gab Bürgermeister X in der öffentlichen Sitzung des Gemeinderates am 13. Juli "
        "2026 die folgenden, in der nichtöffentlichen Sitzung am 8. Juni 2026 gefassten "
        "Beschlüsse bekannt, nachdem die Gründe für die Geheimhaltung weggefallen sind:\n\n"
        "Beschluss-Nr. 2026/061\nVergabe der Dachdeckerarbeiten\n(Abstimmung: 11 : 0 : 1)\n"
    )
    assert doc.meeting is not None and str(doc.meeting.date) == "2026-07-13"
    assert doc.outcome is None and not [v for v in doc.votes if v.decisive]


def test_a_vote_the_answer_to_an_inquiry_tells_decides_nothing() -> None:
    doc = parse_text(
        "Anfrage der Fraktion X vom 19.08.2026\nDrucksache: 2026/0612\n\nFragen:\n1. Wie oft "
        "endete eine Abstimmung mit Stimmengleichheit?\n\nAntwort der Verwaltung:\n\nZu 1.:\n"
        "In vier Fällen ergab sich Stimmengleichheit. Zuletzt betraf dies die Sitzung am "
        "20.06.2026 (Antrag 2026/0388, 29 : 29 Stimmen).\n"
    )
    assert doc.outcome is None


@pytest.mark.parametrize(
    "text",
    [
        # what is still to be decided, after a mayor's objection
        "Mitteilung:\nDer Bürgermeister widerspricht dem Beschluss. Über die Angelegenheit ist in "
        "der nächsten Sitzung des Rates erneut zu beschließen.\n",
        # a report that names the decision to come
        "Bericht:\nDie Beteiligung ist für 2027 vorgesehen; der Stadtrat soll den Wärmeplan bis "
        "zum 30.06.2027 beschließen.\n",
        # a report under an empty decision heading that says nothing was decided
        "Beschluss:\n\nFrau X stellt den Zwischenstand der Wärmeplanung vor. Herr Y fragt nach "
        "den Kosten.\n\nEin Beschluss war nicht zu fassen.\n",
    ],
)
def test_what_is_still_to_be_decided_decides_nothing(text: str) -> None:
    assert parse_text(text).outcome is None


def test_a_vote_heading_beside_its_table_s_row_of_labels() -> None:
    doc = parse_text(
        "Beschluss:\nDer Rat beschließt X.\n\nAbstimmung:   Mitglieder   anwesend   dafür   "
        "dagegen   Enthaltung   befangen\n                  11          10        7        2"
        "          1           0\n\nDie Beschlussempfehlung ist damit angenommen.\n"
    )
    vote = _decisive(doc)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (7, 2, 1)
    assert vote.counts.present == 10


def test_a_table_by_group_whose_sides_are_marked_with_crosses() -> None:
    doc = parse_text(
        "Beschluss:\nDas Bezirksamt wird ersucht, X zu tun.\n\nAbstimmungsergebnis:\n"
        "| Fraktion | Ja | Nein | Enthaltung |\n| SPD | X | | |\n| CDU | | | X |\n| AfD | | X | |\n"
        "| Einzelmitglied Hr. Roth | X | | |\n\nmehrheitlich angenommen\n"
    )
    vote = _decisive(doc)
    assert [g.name for g in vote.groups.yes] == ["SPD"]
    assert [g.name for g in vote.groups.no] == ["AfD"]
    assert [g.name for g in vote.groups.abstain] == ["CDU"]
    assert vote.counts.yes is None  # (crosses count nobody)
    assert doc.outcome == "approved"


def test_a_decision_heading_over_a_result_form_alone_adopts_the_proposal() -> None:
    doc = parse_text(
        "Beschlussvorschlag:\nDer Kreistag beschließt,\na) dem Beitritt zuzustimmen,\nb) den "
        "Vertrag zu billigen.\n\nBeschluss des Kreistages:\n☒ einstimmig          ☐ mit "
        "Stimmenmehrheit          ☐ abgelehnt\nJa-Stimmen: 0       Nein-Stimmen: 0       "
        "Enthaltungen: 0\n"
    )
    assert len(doc.clauses) == 2
    assert doc.outcome == "approved"


def test_the_numbered_questions_of_an_inquiry_answered_are_no_clauses() -> None:
    # (the probe's own text: a Kleine Anfrage, its three questions, the Bezirksamt's answer)
    doc = parse_text((PROBE / "KE" / "KE-26.txt").read_text(encoding="utf-8"))
    assert doc.outcome is None
    assert doc.clauses == ()


def test_the_column_of_decisions_numbers_holds_no_papers() -> None:
    doc = parse_text(
        "Beschlüsse aus der öffentlichen Sitzung des Gemeinderates am 2. November 2026\n\n"
        "| Beschluss-Nr. | Gegenstand | Ja | Nein | Enth. |\n"
        "| GR 74/2026 | Jahresabschluss 2025 (Vorlage BV 2026/061) | 14 | 2 | 0 |\n"
        "| GR 75/2026 | Winterdienst (Vorlage BV 2026/064) | 12 | 3 | 1 |\n"
    )
    assert [r.reference for r in doc.references] == ["BV 2026/061", "BV 2026/064"]


def test_a_paper_s_new_version_or_supplement_after_its_number() -> None:
    doc = parse_text(
        "Antrag der Fraktion X (Drucksache Nr. 0588/2026)\n\nDer Ausschuss vertagt den Antrag, da "
        "die Ergänzung (Drucksache Nr. 0588/2026 E1) noch nicht vorliegt. Die Neufassung "
        "(Drucksache Nr. 1102/2026 N1) ersetzt den Antrag.\n"
    )
    assert [r.reference for r in doc.references] == ["0588/2026", "0588/2026 E1", "1102/2026 N1"]


@pytest.mark.parametrize(
    "head",
    [
        "Amtsblatt des Landkreises X\nJahrgang 18                 X-Stadt, 03.07.2026              "
        "Nr. 13/2026\n",
        "AMTSBLATT\nder Stadt X\n\nNr. 14/2026                                 X-Stadt, 3. April "
        "2026\n33. Jahrgang\n",
    ],
)
def test_a_gazette_s_issue_number_is_no_paper(head: str) -> None:
    doc = parse_text(head + "\nDer Rat hat in seiner Sitzung folgende Satzung beschlossen:\n")
    assert [r.reference for r in doc.references] == []


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        (
            "Der Oberbürgermeister gibt die Beschlüsse bekannt, die der Stadtrat in seiner Sitzung "
            "am 14.03.2026 (SR/071/2026) in nichtöffentlicher Sitzung gefasst hat (V2601/26).\n",
            ["V2601/26"],
        ),
        (
            "Das Pilotprojekt aus der Vorlage V2145/25 (Stadtratsbeschluss vom 14.12.2025, "
            "SR/061/2025) wird ab 2027 fortgesetzt.\n",
            ["V2145/25"],
        ),
        # (guard) a paper in the parenthesis after the sitting stays a paper
        (
            "Sitzungsvorlage SV-10-0412\n\nDer Kreisausschuss hat in seiner Sitzung am 15.06.2025 "
            "(SV-10-0377) die Vergabe beschlossen.\n",
            ["SV-10-0412", "SV-10-0377"],
        ),
    ],
)
def test_a_sitting_s_or_a_decision_s_number_beside_its_date(text: str, papers: list[str]) -> None:
    assert [r.reference for r in parse_text(text).references] == papers
