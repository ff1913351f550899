"""Families found in the forty-sixth probe's remaining texts and the forty-seventh blind probe
(``tests/probes/fortyseventh``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from tests.reading import meeting_date as _date

# A paper's course: each body's sitting a heading, a rule under it, then its result.
_COURSE_RULED = (
    "Vorlage 2031/0412  -  Beratungsverlauf\n\n"
    "Betreff: Neubau der Kita Am Mühlbach\n\n"
    "{rule}\n"
    "Bauausschuss - Sitzung vom 11.03.2031 - TOP 3\n"
    "{rule}\n"
    "Ergebnis: empfohlen                 Abstimmung: 9 : 2\n\n"
    "{rule}\n"
    "Stadtrat - Sitzung vom 27.03.2031 - TOP 8\n"
    "{rule}\n"
    "Ergebnis: beschlossen               Abstimmung: einstimmig\n"
)


@pytest.mark.parametrize("rule", ["-" * 40, "=" * 40, "_" * 40, "  " + "-" * 20])
def test_a_courses_sittings_over_a_rule_are_its_bodies(rule: str) -> None:
    result = parse_text(_COURSE_RULED.format(rule=rule))
    assert result.meeting.date is None
    assert result.outcome == "approved"
    assert [i.meeting.date.isoformat() for i in result.items if i.meeting and i.meeting.date] == [
        "2031-03-11",
        "2031-03-27",
    ]
    # the two bodies disagree on unanimity and counts: the text's vote says neither
    assert all(v.unanimous is None and v.counts.yes is None for v in result.votes)


def test_a_bodys_vote_read_on_into_the_next_block_is_not_its_own() -> None:
    # the decided text under the last body: the first body's vote, read whole, runs on to it
    text = _COURSE_RULED.format(rule="=" * 40) + (
        "\n1. Dem Neubau der Kita Am Mühlbach wird zugestimmt.\n"
        "2. Die Verwaltung wird beauftragt, die Leistungen auszuschreiben.\n"
    )
    result = parse_text(text)
    assert [[v.counts.yes for v in i.votes] for i in result.items] == [[9], [None]]
    assert all(v.unanimous is None for v in result.votes)


def test_guard_a_course_without_rules_still_reads() -> None:
    result = parse_text(_COURSE_RULED.format(rule=""))
    assert result.outcome == "approved"
    assert len(result.items) == 2


# A paper's course: each body's line with its day and role set apart by hyphens, its result
# below; one body's decision a sentence under its label alone.
_COURSE_HYPHENS = (
    "Vorlage 2031/088\n\n"
    "Beschlussvorschlag:\nDer Gemeinderat stimmt dem Verkauf des Grundstücks zu.\n\n"
    "Ortschaftsrat Oberau - 04.02.2031 - Anhörung\n"
    "{first}\n\n"
    "Verwaltungsausschuss - 11.02.2031 - Vorberatung\n"
    "Ergebnis: mehrheitlich empfohlen\n\n"
    "Gemeinderat - 25.02.2031 - Entscheidung\n"
    "Ergebnis: mehrheitlich beschlossen\n"
    "Ja: 17  Nein: 4  Enthaltungen: 1\n"
)


@pytest.mark.parametrize(
    ("first", "unanimous"),
    [
        ("Ergebnis: mehrheitlich empfohlen", False),
        # the decision a sentence under its label alone: a body of the course too
        ("Beschluss:\nDer Ortschaftsrat empfiehlt einstimmig, dem Verkauf zuzustimmen.", None),
        ("Ergebnis:\nDer Ortschaftsrat stimmt dem Verkauf einstimmig zu.", None),
    ],
)
def test_a_courses_bodies_set_apart_by_hyphens(first: str, unanimous: bool | None) -> None:
    result = parse_text(_COURSE_HYPHENS.format(first=first))
    assert result.meeting.date is None
    assert result.outcome == "approved"
    assert len(result.items) == 3
    vote = next((v for v in result.votes if v.decisive), None)
    assert (vote.unanimous if vote else None) is unanimous
    # the counts are the council's alone: the text's vote says none
    assert vote is None or vote.counts.yes is None


@pytest.mark.parametrize(
    ("heading", "outcome"),
    [
        ("Beschluss (abweichend vom Beschlussvorschlag):", "postponed"),
        ("Beschluss (abweichend von der Beschlussvorlage):", "postponed"),
        # guard: the decision headed as changed before
        ("Geänderter Beschluss:", "postponed"),
        # guard: a plain heading over a postponement
        ("Beschluss:", "postponed"),
    ],
)
def test_a_decision_departing_from_the_proposal_does_what_it_says(
    heading: str, outcome: str
) -> None:
    text = (
        "Beschlussvorschlag der Verwaltung:\n"
        "Das gemeindliche Einvernehmen zum Bauantrag wird erteilt.\n\n"
        f"{heading}\n"
        "Die Entscheidung über den Antrag wird zurückgestellt. Der Bauherr wird gebeten,\n"
        "einen Freiflächenplan nachzureichen.\n\n"
        "Abstimmungsergebnis: einstimmig\n"
    )
    assert parse_text(text).outcome == outcome


_DEBATE_UNDER_THE_PROPOSAL = (
    "Beschlussvorschlag der Verwaltung:\n"
    "Der Ausschuss empfiehlt dem Kreistag, das Hitzeschutzprogramm zu beschließen.\n\n"
    "{debate}\n\n"
    "Der Ausschuss vertagt die Beratung in seine nächste Sitzung.\n\n"
    "Abstimmungsergebnis: einstimmig bei 2 Enthaltungen\n"
)


@pytest.mark.parametrize(
    ("debate", "outcome"),
    [
        (
            "Herr Rinke (CDU) sieht noch Beratungsbedarf. Er beantragt, die Beratung zu\n"
            "vertagen. Frau Özdemir unterstützt den Antrag.",
            "postponed",
        ),
        ("Die Fraktion der SPD stellt den Antrag, die Vorlage zurückzustellen.", "postponed"),
        # guards: no motion told, the sentence stays in the proposal's section
        ("Die Verwaltung erläutert die Vorlage.", "approved"),
        ("Die Verwaltung wird beauftragt, Fördermittel zu beantragen.", "approved"),
    ],
)
def test_a_motion_told_after_the_proposal_ends_it(debate: str, outcome: str) -> None:
    assert parse_text(_DEBATE_UNDER_THE_PROPOSAL.format(debate=debate)).outcome == outcome


@pytest.mark.parametrize(
    "sentence",
    [
        # the next sitting named across a wrapped line: what is to be done there
        "Der Gemeinderat beschließt, den Punkt zu vertagen und in der Sitzung am\n"
        "22.02.2031 erneut zu beraten.",
        "Der Gemeinderat beschließt, den Punkt in der Sitzung am\n22.02.2031 zu beraten.",
        # guard: on one line
        "Der Gemeinderat beschließt, den Punkt in der Sitzung am 22.02.2031 zu beraten.",
    ],
)
def test_a_later_sitting_named_across_a_line_does_not_take_the_vote(sentence: str) -> None:
    text = (
        "Sitzung vom 25.01.2031\n\nBeschluss:\n"
        f"{sentence}\n(9 Ja-Stimmen, 7 Nein-Stimmen, 1 Enthaltung)\n"
    )
    vote = next(v for v in parse_text(text).votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (9, 7, 1)


_REPORT_WITH_A_LIST = (
    "Werkausschuss\nSitzungstag: 24.09.2031\n\n"
    "TOP 2  Zwischenbericht zum Wirtschaftsplan 2031\n       Vorlage WA/2031/017\n\n"
    "Beschluss: einstimmig\n\n"
    "Sachverhalt:\n"
    "{intro}\n"
    "1. Sparte Wasser: Umsatzerlöse 2,31 Mio. €\n"
    "2. Sparte Abwasser: Umsatzerlöse 3,02 Mio. €\n"
    "3. Sparte Bäder: Defizit 0,84 Mio. €\n\n"
    "Beschluss:\n"
    "Der Werkausschuss nimmt den Zwischenbericht zur Kenntnis.\n"
)


@pytest.mark.parametrize(
    "intro",
    [
        "Zum Stichtag 30.06.2031 ergibt sich folgendes Bild:",
        "Die wesentlichen Zahlen sind:",
        "Der Bericht umfasst folgende Sparten:",
    ],
)
def test_a_list_a_sentence_describes_heads_no_items(intro: str) -> None:
    result = parse_text(_REPORT_WITH_A_LIST.format(intro=intro))
    assert not result.items
    assert result.outcome == "noted"


_GAZETTE_REPORT = (
    "Amtsblatt der Verbandsgemeinde Talbach\n\n"
    "{title} des Ortsgemeinderates Kirchweiler vom 3.9.2031\n\n"
    "1. Einwohnerfragestunde\nEs wurden keine Fragen gestellt.\n\n"
    "2. Bauantrag auf Errichtung einer Maschinenhalle, Flur 2\n"
    "Der Ortsgemeinderat erteilte einstimmig das gemeindliche Einvernehmen.\n\n"
    "3. Antrag der FWG-Fraktion auf Aufstellung weiterer Ruhebänke\n"
    "Nach kurzer Aussprache wurde der Antrag mit 4 Ja- und 7 Nein-Stimmen abgelehnt.\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "Bericht über die Sitzung",
        "Bericht aus der Sitzung",
        # guard: the report's other title
        "Aus der Sitzung",
    ],
)
def test_a_gazettes_report_of_a_sitting_has_items(title: str) -> None:
    result = parse_text(_GAZETTE_REPORT.format(title=title))
    assert len(result.items) == 3
    # an Einvernehmen granted, a motion rejected: the report settles no one outcome
    assert result.outcome is None


@pytest.mark.parametrize(
    ("before", "outcome"),
    [
        ("ein förmlicher Verweisungsantrag wird nicht gestellt.", "rejected"),
        ("ein Antrag auf Vertagung wurde jedoch nicht gestellt.", "rejected"),
        ("es wird kein Verweisungsantrag gestellt.", "rejected"),
    ],
)
def test_a_motion_said_not_made_is_not_what_the_vote_decides(before: str, outcome: str) -> None:
    text = (
        "Antrag der Fraktion DIE LINKE\nDrucksache 14/0912\n\n"
        "Frau Hüsken (GRÜNE) schlägt vor, das Thema im Sozialausschuss weiter zu beraten; "
        f"{before}\n\n"
        "Die Landschaftsversammlung lehnt den Antrag der Fraktion DIE LINKE mehrheitlich gegen "
        "die Stimmen der Fraktion DIE LINKE ab.\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("decision", "outcome"),
    [
        # the statute that changes another is what is decided, not a change of the proposal
        (
            "Der Gemeinderat beschließt die Satzung zur Änderung der\nWasserversorgungssatzung.",
            "approved",
        ),
        ("Der Rat beschließt die Satzung zur Änderung der Hauptsatzung.", "approved"),
        # guards
        ("Der Rat beschließt die 3. Änderung der Hauptsatzung.", "approved"),
        (
            "Der Rat beschließt die Hauptsatzung mit folgender Änderung: § 3 entfällt.",
            "approved_amended",
        ),
    ],
)
def test_a_statute_that_changes_another_is_no_change_of_the_proposal(
    decision: str, outcome: str
) -> None:
    text = (
        f"TOP 5 Wasserversorgungssatzung\n\nBeschluss: {decision}\n"
        "Abstimmungsergebnis: einstimmig\n"
    )
    assert parse_text(text).outcome == outcome


_SITTING_PAGE = (
    "Auszug - Fahrradstraße Schulweg einrichten\n\n"
    "TOP: Ö 7.4\n"
    "Gremium: Bezirksverordnetenversammlung\tBeschlussart: {status}\n"
    "Datum: Mi, 15.11.2031\tStatus: öffentlich\n\n"
    "Beratungsfolge:\n"
    "Datum\tGremium\tBeschlussart\n"
    "11.10.2031\tBezirksverordnetenversammlung\t{earlier}\n"
    "15.11.2031\tBezirksverordnetenversammlung\t{status}\n\n"
    "Abstimmungsergebnis:\nMehrheitlich {status}.\n"
)


@pytest.mark.parametrize(
    ("earlier", "status", "outcome"),
    [
        # the earlier sitting's result is the paper's past
        ("vertagt", "abgelehnt", "rejected"),
        ("überwiesen", "beschlossen", "approved"),
        # guard: the same result
        ("abgelehnt", "abgelehnt", "rejected"),
    ],
)
def test_a_sitting_pages_course_rows_of_other_days_are_the_past(
    earlier: str, status: str, outcome: str
) -> None:
    text = _SITTING_PAGE.format(earlier=earlier, status=status)
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    "decision",
    [
        # the body's decision on the line below a result's verdict, wrapped
        "Der Rat genehmigt die Tagesordnung in der\nvorliegenden Fassung einstimmig.",
        "Die Gemeindevertretung billigt die Tagesordnung in der vorliegenden\nFassung einstimmig.",
        "Die Gemeindevertretung genehmigt die Tagesordnung einstimmig.",
    ],
)
def test_a_decision_under_a_verdicts_line_is_a_vote_of_its_own(decision: str) -> None:
    text = (
        "TOP 2  Anträge zur Tagesordnung\nDie CDU-Fraktion beantragt, TOP 8 abzusetzen.\n"
        f"Abstimmung über den Absetzungsantrag: 6 Ja / 13 Nein - abgelehnt\n{decision}\n"
    )
    result = parse_text(text)
    assert result.outcome == "approved"
    vote = next(v for v in result.votes if v.decisive)
    assert (vote.unanimous, vote.counts.yes) == (True, None)


@pytest.mark.parametrize(
    "formula",
    [
        "Die Bezirksverordnetenversammlung möge beschließen:",
        "Die Stadtverordnetenversammlung wolle beschließen:",
        # guard: no formula, the motion's text alone
        "Das Bezirksamt wird ersucht, die Gebühren auszusetzen.",
    ],
)
def test_a_motions_formula_under_the_result_ends_the_vote(formula: str) -> None:
    text = (
        "Abstimmung in der Sache:\n"
        "Der Antrag wird mit den Stimmen der Fraktionen SPD und Die Linke gegen die Stimmen "
        "der Fraktionen CDU und FDP abgelehnt.\n\n"
        f"{formula}\n"
        "Das Bezirksamt wird ersucht, die Parkgebühren auszusetzen.\n"
    )
    result = parse_text(text)
    assert result.outcome == "rejected"
    vote = next(v for v in result.votes if v.decisive)
    assert [g.name for g in vote.groups.no] == ["SPD", "Die Linke"]


@pytest.mark.parametrize(
    "consent",
    [
        "Der Ausschuss beschließt dies einstimmig bei einer Enthaltung.",
        "Der Ausschuss beschließt\ndies einstimmig.",
        "Dem wird einstimmig zugestimmt.",
    ],
)
def test_a_vote_on_a_guests_right_to_speak_is_procedure(consent: str) -> None:
    text = (
        "Top 6   Bericht der Abfallwirtschaft\n        Mitteilungsvorlage 2031/0345\n\n"
        "Vor Eintritt in die Beratung beantragt Abg. Wendt, Herrn P. von der Bürgerinitiative "
        f"ein Rederecht von fünf Minuten zu erteilen. {consent}\n\n"
        "Herr Brandes stellt die Entwicklung dar.\n\n"
        "Der Ausschuss nimmt den Bericht zur Kenntnis.\n"
    )
    assert parse_text(text).outcome == "noted"


_INVITATION = (
    "E i n l a d u n g\n\n"
    "zur 37. Sitzung des Stadtrates\nam Donnerstag, 25.09.2031, 18:30 Uhr\n\n"
    "T a g e s o r d n u n g\n\n"
    "Ö 1  Genehmigung der Niederschrift über die {kind}\n"
    "     Sitzung vom 24.07.2031\n"
    "Ö 2  Antrag der Fraktion auf erneute Beratung der Vergabe\n"
    "Ö 3  Parkhaus Altstadt - Vergabe\n\n"
    "{condition}\n"
)


@pytest.mark.parametrize(
    ("kind", "condition"),
    [
        (
            "öffentliche",
            "Wird der Antrag angenommen, wird TOP Ö 3 beraten; andernfalls entfällt TOP Ö 3.",
        ),
        ("nichtöffentliche", "Sollte der Antrag abgelehnt werden, entfällt TOP Ö 3."),
        # guard: the sitting named on the agenda line's own line
        ("öffentliche Sitzung vom 24.07.2031 und die", "Falls der Antrag angenommen wird, …"),
    ],
)
def test_an_invitations_agenda_and_conditions_decide_nothing(kind: str, condition: str) -> None:
    result = parse_text(_INVITATION.format(kind=kind, condition=condition))
    assert result.meeting.date is not None
    assert result.meeting.date.isoformat() == "2031-09-25"
    assert result.outcome is None


@pytest.mark.parametrize(
    ("decision", "outcome"),
    [
        (
            "beschließt die als Anlage 1 beigefügte Satzung mit folgender Änderung:",
            "approved_amended",
        ),
        ("beschließt den Antrag mit folgenden Änderungen:", "approved_amended"),
        ("fasst sodann mit folgender Ergänzung den Beschluss:", "approved_amended"),
        # guards: no change said; a decision whose content is a change
        ("beschließt die Satzung wie folgt:", "approved"),
        ("beschließt die Neufassung der Ordnung mit folgenden Änderungen:", "approved"),
    ],
)
def test_a_decision_that_says_its_change_is_adopted_with_changes(
    decision: str, outcome: str
) -> None:
    text = (
        "TOP 8\nGebührensatzung für die Kindertagesstätten\nVorlage: 0231/2031\n"
        "Beschluss: Annahme\nAbstimmung:\nmehrheitlich\nDafür: CDU, SPD\nDagegen: AfD\n"
        f"Beschluss:\nDie Stadtverordnetenversammlung {decision}\n"
        "In § 4 Abs. 2 wird der Geschwisterrabatt auf 50 % angehoben.\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # the body, the day, the sitting's number in a column of its own
        ("Rat der Stadt                  30.09.2031   Sitzung Nr. 34   TOP 7", "2031-09-30"),
        ("Rat der Stadt   30.09.2031   Sitzungs-Nr. 34", "2031-09-30"),
        # the item's number, two blanks, the body, the day
        ("TOP Ö 9  Gemeindevertretung  Di, 14.05.2031", "2031-05-14"),
        ("Ö 9  Gemeindevertretung  14.05.2031", "2031-05-14"),
        # guard: three blanks after the number
        ("TOP Ö 9   Gemeindevertretung   Di, 14.05.2031", "2031-05-14"),
    ],
)
def test_a_sittings_line_of_columns_dates_the_page(line: str, date: str) -> None:
    text = (
        f"Beschlussvorlage\n\n{line}\n\nVorlagen-Nr.: BV/2031/158\n"
        "Datum der Vorlage: 23.04.2031\n\n"
        "Betreff: Sondernutzung für Strandkörbe\n\n"
        "Beschlussvorschlag:\nDie Gemeindevertretung stimmt der Verlängerung zu.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("heading", "date"),
    [
        ("Beschluss (Kreistag, 22.09.2031, TOP Ö 9):", "2031-09-22"),
        ("Beschluss (Kreistag 22.09.2031):", "2031-09-22"),
        # guard: the day said in words of the heading
        ("Beschluss des Kreistages vom 22.09.2031:", "2031-09-22"),
    ],
)
def test_a_decisions_heading_dates_it_in_brackets(heading: str, date: str) -> None:
    text = (
        "Vorlage - 0412/2031\n\nBetreff: Radverkehrskonzept\n\n"
        "Beratungsfolge:\n01.09.2031    Kreisausschuss    Vorberatung\n"
        "22.09.2031    Kreistag          Entscheidung\n\n"
        f"{heading}\nBeschlussart: beschlossen\n\n"
        "Der Kreistag beschließt die Fortschreibung des Radverkehrskonzeptes.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    "heading",
    [
        "Beschluss (Kreistag, 22.09.2031, TOP Ö 9):",
        "Beschluss:",
        # guard: no heading over the status
        "",
    ],
)
def test_a_decisions_heading_over_its_status_keeps_the_clauses(heading: str) -> None:
    text = (
        f"Vorlage - 0412/2031\n\n{heading}\nBeschlussart: beschlossen\n\n"
        "1. Der Kreistag beschließt die Fortschreibung des Konzeptes.\n"
        "2. Die Verwaltung wird beauftragt, jährlich zu berichten.\n"
    )
    result = parse_text(text)
    assert len(result.clauses) == 2
    assert result.outcome == "approved"


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        (
            "In seiner Sitzung vom 8. Mai 2031 hat sich der Ortschaftsrat mit der Drucksache "
            "Nr. 061/2031\nbefasst:",
            "2031-05-08",
        ),
        # guards: the day in digits, read before; no vote follows, no result of that sitting
        (
            "In ihrer Sitzung am 08.05.2031 hat die Bezirksvertretung den Antrag beraten:",
            "2031-05-08",
        ),
        ("In seiner Sitzung vom 8. Mai 2031 hat sich der Ortschaftsrat damit befasst:", None),
    ],
)
def test_an_excerpts_opening_sentence_tells_its_sitting(opening: str, date: str | None) -> None:
    vote = "\n\nAbstimmungsergebnis:  Ja 7 / Nein 4\n" if date else "\n"
    text = (
        "Ortschaftsrat Hohenacker\n\nNiederschrift-Auszug (öffentlich)\n\n"
        f"{opening}\n\n"
        "Der Ortschaftsrat spricht sich für Tempo 30 auf der Neustadter Straße aus." + vote
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("end", "outcome"),
    [
        # the text cut off inside the heading of the item's own result
        ("Abstimmungsergeb", None),
        ("Beschlussfas", None),
        # guard: the item's result shown
        ("Abstimmungsergebnis: einstimmig beschlossen", "approved"),
    ],
)
def test_a_result_heading_cut_short_shows_no_result(end: str, outcome: str | None) -> None:
    text = (
        "TOP 14  Neuordnung der Kita-Gebühren\n        Vorlage 2031/187\n\n"
        "Der Ratsvorsitzende lässt zunächst über den Änderungsantrag abstimmen.\n\n"
        "Abstimmungsergebnis Änderungsantrag:\n"
        "16 Ja-Stimmen, 19 Nein-Stimmen, 2 Enthaltungen - abgelehnt\n\n"
        "Sodann stellt der Ratsvorsitzende den Beschlussvorschlag zur Abstimmung:\n\n"
        "Beschlussvorschlag:\n1. Der Rat beschließt die Satzung.\n"
        "2. Die Verwaltung wird beauftragt, die Eltern zu informieren.\n\n"
        f"{end}\n"
    )
    assert parse_text(text).outcome == outcome
