"""Families found in a thirty-third blind probe (``tests/probes/thirtythird``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from tests.reading import decisive_vote as _decisive
from tests.reading import meeting_date as _date
from tests.reading import references as _refs


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # a gazette's notice whose plan has an ordinal in its name, before the verb
        (
            "Der Ortsgemeinderat hat in seiner Sitzung am 18. Juni 2029 den Bebauungsplan "
            '"Am Bach", 1. Erweiterung, als Satzung beschlossen.',
            "2029-06-18",
        ),
        (
            "hat in seiner Sitzung am 18.06.2029 die 2. Änderung der Satzung beschlossen.",
            "2029-06-18",
        ),
        # (guard) without the ordinal
        ("hat in seiner Sitzung am 18.06.2029 die Änderung der Satzung beschlossen.", "2029-06-18"),
    ],
)
def test_a_notice_whose_sentence_holds_an_ordinal(sentence: str, date: str) -> None:
    assert _date(f"Öffentliche Bekanntmachung\n\n{sentence}\n") == date


@pytest.mark.parametrize(
    ("statute", "date"),
    [
        # a statute's preamble that names the statute it changes, with that one's date
        (
            "folgende Satzung zur Änderung der Hundesteuersatzung\nvom 14. November 2017",
            "2029-04-09",
        ),
        # ... that one's date wrapped at its day
        ("folgende Satzung zur Änderung der Hallensatzung vom\n3. März 2016", "2029-04-09"),
        # (guard) the statute in a few words
        ("folgende Satzung", "2029-04-09"),
    ],
)
def test_a_statutes_preamble_that_names_what_it_changes(statute: str, date: str) -> None:
    text = (
        "Aufgrund von § 4 der Gemeindeordnung hat der Gemeinderat der Gemeinde Talheim am "
        f"9. April 2029 {statute} beschlossen:\n\n§ 1\nDie Satzung wird geändert.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("title", "date"),
    [
        # the title wrapped after "aus der", the sitting's ordinal opening the next line
        (
            "Beschlussauszug\naus der\n23. Sitzung der Stadtverordnetenversammlung\nvom 23.06.2029",
            "2029-06-23",
        ),
        # (guard) the ordinal before a word in lower case
        (
            "Auszug\naus der\n7. öffentlichen Sitzung des Gemeinderates\nvom 02.03.2029",
            "2029-03-02",
        ),
        # (guard) on fewer lines
        (
            "Beschlussauszug\naus der 23. Sitzung der Stadtverordnetenversammlung\nvom 23.06.2029",
            "2029-06-23",
        ),
    ],
)
def test_a_title_whose_sittings_ordinal_opens_a_line(title: str, date: str) -> None:
    assert _date(f"{title}\n\nTOP 11 Antrag der FWG-Fraktion vom 30.05.2029\n") == date


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # a running head in cells, the date right after the sitting's word
        ("Rat der Stadt Hemer | Sitzung 24. Sep. 2029 | 17:00 Uhr | Ratssaal", "2029-09-24"),
        ("Kreistag Eichfeld | 3. Tagung 05.11.2029 | öffentlich", "2029-11-05"),
        # (guard) with its "am"
        ("Rat der Stadt Hemer | Sitzung am 24.09.2029 | 17:00 Uhr", "2029-09-24"),
    ],
)
def test_a_sittings_cell_with_its_date_after_the_word(head: str, date: str) -> None:
    assert _date(f"{head}\n\nBeschluss:\nDer Rat stimmt zu.\n") == date


_COURSE = (
    "Vorlage - BV/0147/2029\n\nBeratungsfolge\n| Gremium | Sitzung | Zuständigkeit | Status |\n"
    "| Hauptausschuss Auetal | 14.11.2029 | Vorberatung | nichtöffentlich |\n"
    "| Gemeinderat Auetal | 30.11.2029 | Entscheidung | öffentlich |\n\n"
    "Beschlussvorschlag:\nDer Gemeinderat beschließt die Satzung.\n\n"
)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # the deciding body's line with its sitting's date and the item, over its result
        ("Gemeinderat Auetal, 30.11.2029, TOP Ö 7", "2029-11-30"),
        ("Gemeinderat Auetal   30.11.2029   TOP Ö 7", "2029-11-30"),
        # the committee's line over its result: the excerpt of its sitting (before the sixteenth
        # session of 2026-12-06 a guard that wanted none, as its sitting is not the last; the
        # forty-first probe's gold reads such an excerpt by its body's day)
        ("Hauptausschuss Auetal, 14.11.2029, TOP Ö 3", "2029-11-14"),
        # (guard) a day no row of the course has
        ("Hauptausschuss Auetal, 15.11.2029, TOP Ö 3", None),
    ],
)
def test_the_deciding_bodys_line_with_date_and_item(line: str, date: str | None) -> None:
    text = f"{_COURSE}{line}\nAbstimmungsergebnis:\nJa-Stimmen: 14\nNein-Stimmen: 3\n"
    assert _date(text) == date


@pytest.mark.parametrize(
    ("number", "date"),
    [
        # the decision's number on its own line between the title word and "aus der …"
        ("Beschluss-Nr.: GR 112/17/2029", "2029-04-09"),
        # (guards) the number without the body's letters; on the title word's line
        ("Beschluss-Nr. 112/2029", "2029-04-09"),
        ("B e s c h l u s s   Nr. 112/2029", "2029-04-09"),
    ],
)
def test_a_decisions_number_between_title_and_sitting(number: str, date: str) -> None:
    text = (
        f"Gemeinde Nesse\n- Gemeinderat -\n\nB e s c h l u s s\n{number}\n\n"
        "aus der 17. öffentlichen Sitzung des Gemeinderates vom Dienstag, den 9. April 2029\n\n"
        "Vorlage-Nr.:  BV 031/2029\n"
    )
    if number.startswith("B e"):
        text = text.replace("B e s c h l u s s\n", "")
    assert _date(text) == date


@pytest.mark.parametrize(
    ("item", "date"),
    [
        # the item's number with whether it was public, before "folgenden Beschluss gefasst"
        ("unter\nTOP 8.4 (öffentlich)", "2029-01-25"),
        ("unter TOP Ö 8.4", "2029-01-25"),
        # (guard) the number alone
        ("unter TOP 8.4", "2029-01-25"),
    ],
)
def test_an_announcing_sentence_with_the_items_public_mark(item: str, date: str) -> None:
    text = (
        "Beschlussauszug\n\nDer Stadtrat der Stadt Halberstadt hat in seiner 41. Sitzung am "
        f"25.01.2029 {item} folgenden Beschluss gefasst:\n\nDer Auftrag wird erteilt.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # a question's page that names the sitting it is answered in
        (
            "Die Anfrage wird in der Sitzung des Jugendhilfeausschusses am 22.05.2029\n"
            "mündlich und schriftlich beantwortet.",
            "2029-05-22",
        ),
        ("Die Fragen werden in der Sitzung des Rates am 3. Juli 2029 beantwortet.", "2029-07-03"),
        # (guard) a sitting that is no answer's
        ("Die Anfrage wurde in der Sitzung des Rates am 3. Juli 2029 gestellt.", None),
    ],
)
def test_a_question_answered_in_a_named_sitting(sentence: str, date: str | None) -> None:
    text = f"Anfrage der SPD-Fraktion vom 29.04.2029\n\nBetreff: Stellen im ASD\n\n{sentence}\n"
    assert _date(text) == date


@pytest.mark.parametrize(
    ("frame", "outcome"),
    [
        # the framing verb with how the vote went before its colon, over a refusing text
        ("Der Ausschuss beschließt einstimmig:", "rejected"),
        ("Der Ausschuss beschließt nach kurzer Aussprache mehrheitlich:", "rejected"),
        # (guard) the verb alone before its colon
        ("Der Ausschuss beschließt:", "rejected"),
    ],
)
def test_a_frame_with_its_vote_over_a_refusing_text(frame: str, outcome: str) -> None:
    doc = parse_text(f"{frame}\nDer Eingabe kann nicht abgeholfen werden.\n")
    assert doc.outcome == outcome


@pytest.mark.parametrize(
    ("sides", "no", "abstain"),
    [
        # who abstained told after a semicolon or a comma, "aus der" / "von der" and the group
        (
            "dagegen CDU und FDP; Enthaltungen aus der Fraktion Linke Liste.",
            ["CDU", "FDP"],
            ["Fraktion Linke Liste"],
        ),
        (
            "dagegen die AfD, Enthaltung von der Wählergruppe Bürgerforum.",
            ["AfD"],
            ["Wählergruppe Bürgerforum"],
        ),
        # ... or after a full stop
        (
            "dagegen CDU und FDP.\nEnthaltungen aus der FWG-Fraktion.",
            ["CDU", "FDP"],
            ["FWG-Fraktion"],
        ),
    ],
)
def test_who_abstained_after_a_semicolon(sides: str, no: list[str], abstain: list[str]) -> None:
    vote = _decisive(
        "Beschluss:\nDer Antrag wird abgelehnt.\n\nAbstimmung:\n"
        f"Der Gemeinderat lehnt den Antrag ab. Dafür stimmte die SPD-Fraktion, {sides}\n"
    )
    assert [g.name for g in vote.groups.no] == no
    assert [g.name for g in vote.groups.abstain] == abstain


def test_a_motions_text_is_a_proposal_the_vote_refuses() -> None:
    doc = parse_text(
        "Antrag-Nr.:  AN/011/2029\nEinreicher:  Fraktion DIE LINKE\n\nAntragstext:\n"
        "Der Stadtrat beschließt die Einführung eines Sozialpasses zum 01.01.2030.\n\n"
        "Abstimmungsergebnis:\nJa: 15 | Nein: 15 | Enthaltung: 1\n\n"
        "Bei Stimmengleichheit ist ein Antrag abgelehnt.\n\nErgebnis: abgelehnt\n"
    )
    assert doc.outcome == "rejected"


@pytest.mark.parametrize(
    ("finding", "outcome"),
    [
        # the meeting's finding below a proposal's section, no label between
        (
            "Sie erklärt, ihre Fraktion ziehe den Antrag zurück.\n\n"
            "Der Bürgermeister stellt fest, dass der Antrag AN/012/2029 zurückgezogen ist.\n"
            "Eine Abstimmung findet nicht statt.",
            "withdrawn",
        ),
        (
            "Der Rat stimmt der Beschlussempfehlung zu. Damit ist der Antrag abgelehnt.\n\n"
            "Abstimmungsergebnis:\nJa-Stimmen: 45\nNein-Stimmen: 9\n",
            "rejected",
        ),
    ],
)
def test_the_meetings_finding_below_a_proposal(finding: str, outcome: str) -> None:
    doc = parse_text(
        "Antrag der Fraktion Grüne\n\nBeschlussvorschlag:\n1. Die Mieten werden nicht erhöht.\n"
        "2. Die Verwaltung berichtet bis zum Jahresende.\n\nFrau Öz begründet den Antrag.\n\n"
        f"{finding}\n"
    )
    assert doc.outcome == outcome


@pytest.mark.parametrize(
    ("sides", "yes", "no"),
    [
        # the side said last, after who voted so
        (
            "Die Fraktionen SPD und Grüne stimmten geschlossen mit Ja, die Fraktionen CDU und "
            "AfD mit Nein.",
            ["SPD", "Grüne"],
            ["CDU", "AfD"],
        ),
        ("Die FWG stimmte mit „Nein“.", [], ["FWG"]),
        # (guard) the side said first
        ("Mit Ja stimmten SPD und Grüne, mit Nein CDU und AfD.", ["SPD", "Grüne"], ["CDU", "AfD"]),
    ],
)
def test_the_side_said_last_with_yes_or_no(sides: str, yes: list[str], no: list[str]) -> None:
    vote = _decisive(f"Beschluss:\nDer Antrag wird angenommen.\n\nAbstimmung:\n{sides}\n")
    assert ([g.name for g in vote.groups.yes], [g.name for g in vote.groups.no]) == (yes, no)


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        # consent told with the verb's particle after its subject
        ("Nach Aussprache kommt der Ausschuss überein, dass die Verwaltung berichtet.", "approved"),
        ("Die Mitglieder kamen nach kurzer Beratung überein, dass der Termin bleibt.", "approved"),
        # (guard) the particle right after the verb
        ("Der Ausschuss kommt überein, dass die Verwaltung berichtet.", "approved"),
    ],
)
def test_consent_with_its_subject_inside_the_verb(sentence: str, outcome: str) -> None:
    doc = parse_text(f"Sachvortrag:\nDie Fraktion beantragt einen Bericht.\n\n{sentence}\n")
    assert doc.outcome == outcome


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        # consent to what the meeting just changed, named by a demonstrative or "so geändert"
        (
            "Der Gemeinderat ist mit dem Sitzungsplan 2030 mit diesen Änderungen einverstanden.",
            "approved_amended",
        ),
        (
            "Der Rat ist mit dem so geänderten Sitzungskalender 2030 einverstanden.",
            "approved_amended",
        ),
        # (guards) one word after "so geänderten"; no change named
        ("Der Rat ist mit dem so geänderten Sitzungskalender einverstanden.", "approved_amended"),
        ("Der Rat ist mit dem Sitzungskalender 2030 einverstanden.", "approved"),
    ],
)
def test_consent_to_what_the_meeting_changed(sentence: str, outcome: str) -> None:
    doc = parse_text(
        "Mitteilungsvorlage:\nDer Entwurf des Sitzungskalenders liegt vor.\n\nIn der Sitzung "
        f"wird die Ratssitzung vom 08.07. auf den 01.07. verlegt.\n\n{sentence}\n"
    )
    assert doc.outcome == outcome


@pytest.mark.parametrize(
    ("result", "outcome"),
    [
        # the decided text ends in a date, its result below a blank line
        ("- einstimmig beschlossen -", "postponed"),
        ("einstimmig beschlossen", "postponed"),
        # (guard) a word before the full stop
        ("– einstimmig beschlossen –", "postponed"),
    ],
)
def test_a_decided_text_that_ends_in_a_date(result: str, outcome: str) -> None:
    text = (
        "Beschluss:\n\nDie Bezirksvertretung vertagt die Beratung in ihre Sitzung am\n"
        f"18.04.2030.\n\n{result}\n"
    )
    if result.startswith("–"):
        text = text.replace("am\n18.04.2030.", "im April.")
    assert parse_text(text).outcome == outcome


def test_an_amendments_fate_told_beside_the_decided_text() -> None:
    # (guard) the amendment's sentence, now read apart from the result below it, is an inner
    # decision, no decision of the item beside the decided text's
    doc = parse_text(
        "Beschluss-Nr. 2030/KT/032\n2. Änderung der Satzung\n(Drucksache 2030/0225)\n"
        "Der Kreistag beschließt die 2. Änderung der Satzung in der Fassung der Anlage. Ein "
        "Änderungsantrag der Fraktion FREIE WÄHLER, den Eigenanteil zu streichen, fand keine "
        "Mehrheit.\n- mehrheitlich beschlossen -\n"
    )
    assert doc.outcome == "approved"


@pytest.mark.parametrize(
    ("after", "decisive"),
    [
        # a failed motion to postpone, then prose that settles the item: no vote decides it
        ("Der Ausschuss nimmt den Bericht zur Kenntnis.", False),
        # (guard) nothing settles it beside the vote
        ("", True),
    ],
)
def test_a_failed_postponement_beside_a_settling_sentence(after: str, decisive: bool) -> None:
    doc = parse_text(
        "Herr Fischer (AfD) beantragt, die Befassung zu vertagen.\n\nDer Antrag auf Vertagung "
        "wird mit den Stimmen von SPD, CDU und FDP gegen die Stimmen der AfD abgelehnt.\n\n"
        f"{after}\n"
    )
    assert [v.decisive for v in doc.votes] == [decisive]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # a question's page: who answers between the word and the sitting
        (
            "Beantwortung durch das Bezirksamt in der Sitzung der Bezirksverordnetenversammlung "
            "am 21. Februar 2030",
            "2030-02-21",
        ),
        # (guard) without who answers
        ("Beantwortung in der Sitzung des Kreistages am 21.02.2030", "2030-02-21"),
    ],
)
def test_an_answers_sitting_with_who_answers(line: str, date: str) -> None:
    text = (
        f"Kleine Anfrage 0789/XXI\nEingang: 30.01.2030\n\n1. Wie viele Plätze gibt es?\n\n{line}\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("heads", "date"),
    [
        # a Beratungsfolge whose column heads name the planned date
        ("Beratungsfolge                 Plandatum     Zuständigkeit", "2030-04-08"),
        # (guards) other heads of the date's column
        ("Beratungsfolge   Sitzungsdatum   Zuständigkeit", "2030-04-08"),
        ("Beratungsfolge   Datum   Zuständigkeit", "2030-04-08"),
    ],
)
def test_a_beratungsfolge_with_a_planned_date_column(heads: str, date: str) -> None:
    text = (
        "Vorlage für den Stadtbezirksrat\n\nVorlagen-Nr.: V2891/30\nDatum: 18.03.2030\n\n"
        f"{heads}\nStadtbezirksrat Pieschen         08.04.2030    beschließend\n\n"
        "Beschlussvorschlag:\nDer Stadtbezirksrat gewährt einen Zuschuss.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("title", "date"),
    [
        # the minutes of one body of the Beratungsfolge excerpted, undated, below it
        ("Auszug aus der Niederschrift über die 14. Sitzung des Kreisausschusses", "2030-03-05"),
        ("Niederschrift über die öffentliche Sitzung des Kreisausschusses", "2030-03-05"),
        # (guard) a body that is not in the table names no sitting
        ("Auszug aus der Niederschrift über die 14. Sitzung des Jugendhilfeausschusses", None),
    ],
)
def test_an_undated_excerpt_of_one_bodys_minutes(title: str, date: str | None) -> None:
    text = (
        "Beschlussvorlage\n\nBeratungsfolge                        Termin        Behandlung\n"
        "Ausschuss für Mobilität               20.02.2030    Vorberatung\n"
        "Kreisausschuss                        05.03.2030    Vorberatung\n"
        "Kreistag                              21.03.2030    Entscheidung\n\n"
        f"{title}\n\nTOP 7   Nahverkehrsplan\n\nDer Kreisausschuss empfiehlt dem Kreistag, "
        "folgenden Beschluss zu fassen:\n1. Der Nahverkehrsplan wird beschlossen.\n\n"
        "Abstimmungsergebnis: einstimmig\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("label", "clauses"),
    [
        # a numbered list under a report's or a gazette's notes: no decided clauses
        ("Informationstext:", 0),
        ("Hinweise:", 0),
        # (guard) under the decision's heading
        ("Beschluss:", 2),
    ],
)
def test_numbered_points_of_a_report_or_its_notes(label: str, clauses: int) -> None:
    doc = parse_text(
        "Informationsvorlage Nr. IV-0007/2030\n\nGremium:  Bauausschuss\n\n"
        f"{label}\n1. Die Bestandsaufnahme ist abgeschlossen.\n"
        "2. Der Vorentwurf liegt seit Dezember vor.\n\n"
        "Beschlussergebnis:  zur Kenntnis genommen\n"
    )
    assert len(doc.clauses) == clauses


@pytest.mark.parametrize(
    ("label", "refs"),
    [
        # a board's paper word as one compound
        ("Aufsichtsratsvorlage Nr. AR 04/2030", ["AR 04/2030"]),
        ("Verbandsversammlungsvorlage Nr. VV 12/2030", ["VV 12/2030"]),
        # (guard) the paper word alone
        ("Vorlage Nr. AR 04/2030", ["AR 04/2030"]),
    ],
)
def test_a_boards_paper_word_as_a_compound(label: str, refs: list[str]) -> None:
    assert _refs(f"{label}\n\nBeschluss:\nDer Aufsichtsrat stimmt zu.\n") == refs


@pytest.mark.parametrize(
    ("label", "refs"),
    [
        # a town's short name as the number's prefix, three small letters after the capital
        ("Vorlage-Nr.: Schw/2030/041", ["Schw/2030/041"]),
        ("Vorlage-Nr.: Bord/2030/007", ["Bord/2030/007"]),
        # (guard) two small letters
        ("Vorlage-Nr.: Stv/2030/041", ["Stv/2030/041"]),
    ],
)
def test_a_towns_short_name_before_the_number(label: str, refs: list[str]) -> None:
    assert _refs(f"Gemeinde Schwedeneck\n{label}\n\nBeschluss:\nDer Rat stimmt zu.\n") == refs


@pytest.mark.parametrize(
    ("row", "refs"),
    [
        # an agenda's row: the title's cell ends in a decision's word, the paper in the next
        # column after a tab
        ("Ö 3\tBebauungsplan Nr. 112 - Offenlagebeschluss\t61/123/2030", ["61/123/2030"]),
        ("Ö 3\tFlächennutzungsplan - Aufstellungsbeschluss\t61/124/2030", ["61/124/2030"]),
        # (guards) the word right before the number; a label's "-nummer" before a tab
        ("Ö 3\tmit Aufstellungsbeschluss 61/124/2030 geändert", []),
        ("Sitzungsnummer\tOR-HI/014/2030", []),
    ],
)
def test_a_papers_column_after_a_decisions_word(row: str, refs: list[str]) -> None:
    assert _refs(f"Tagesordnung\n\n{row}\nÖ 4\tMitteilungen\n") == refs


@pytest.mark.parametrize(
    "member",
    [
        # a member called "Abgeordneter", abbreviated or not, is a person, no group
        "Abg. Heitmann, FDP",
        "Abgeordneter Heitmann",
        # (guard) another title
        "Herr Heitmann, FDP",
    ],
)
def test_a_member_called_abgeordneter(member: str) -> None:
    vote = _decisive(f"Abstimmungsergebnis: 8 Ja-Stimmen, 1 Nein-Stimme ({member}), 1 Enthaltung\n")
    assert [g.kind for g in vote.groups.no] == ["person"]


@pytest.mark.parametrize("title", ["Abg.", "Hr.", "Fr."])
def test_a_members_abbreviated_title_ends_no_sentence(title: str) -> None:
    vote = _decisive(
        "Beschluss:\nDer Rat stimmt zu.\n\n"
        f"Abstimmungsergebnis: 9 Ja-Stimmen, 1 Nein-Stimme ({title} Voss,\nFDP), 1 Enthaltung\n"
    )
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (9, 1, 1)


@pytest.mark.parametrize(
    ("rows", "date"),
    [
        # a paper's course as a table, each sitting's date in the first cell: no one meeting
        (
            "| 26.02.2030 | Ortschaftsrat | Anhörung | empfohlen |\n"
            "| 05.03.2030 | Bauausschuss | Vorberatung | empfohlen |\n"
            "| 21.03.2030 | Stadtrat | Entscheidung | beschlossen |",
            None,
        ),
        # (guard) one sitting alone
        ("| 21.03.2030 | Stadtrat | Entscheidung | beschlossen |", "2030-03-21"),
    ],
)
def test_a_papers_course_as_a_table_with_dates_first(rows: str, date: str | None) -> None:
    text = (
        "Vorlage - BV 0061/2030\n\nBeratungsverlauf:\n| Datum | Gremium | Zuständigkeit | "
        f"Ergebnis |\n{rows}\n\nBeschlussvorschlag:\nDer Stadtrat stimmt der Planung zu.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("line", "refs"),
    [
        # numbers that only look like papers: a file mark after its plan number, a tender's
        # code, a gazette's issue after its name and the town's
        ("Az.: 632.21 - BV 0117/2030", []),
        ("Die Leistung wurde ausgeschrieben (Kennziffer RPA-01/2030).", []),
        ("im Amtlichen Bekanntmachungsblatt der Stadt Lebach\nNr. 45/2030.", []),
        # (guard) a paper word before the same number
        ("Vorlage: BV 0117/2030", ["BV 0117/2030"]),
    ],
)
def test_numbers_that_only_look_like_papers(line: str, refs: list[str]) -> None:
    assert _refs(f"{line}\n\nBeschluss:\nDer Rat stimmt zu.\n") == refs


@pytest.mark.parametrize(
    ("line", "refs"),
    [
        # a period's paper with a two-digit number, the part (city or Land) after it
        ("Drucksache 21/84 S", ["21/84 S"]),
        ("Drucksache 21/84 (L)", ["21/84 (L)"]),
        # (guard) three digits
        ("Drucksache 21/184 S", ["21/184 S"]),
    ],
)
def test_a_periods_paper_with_two_digits_and_its_part(line: str, refs: list[str]) -> None:
    assert _refs(f"{line}\n\nBeschluss:\nDie Stadtbürgerschaft stimmt zu.\n") == refs


@pytest.mark.parametrize(
    ("recommended", "outcome"),
    [
        # the recommendation adopted says it changed the motion, "in folgender geänderter Fassung"
        ("den Antrag in folgender geänderter Fassung anzunehmen:", "approved_amended"),
        ("den Antrag in nachstehender ergänzter Fassung anzunehmen:", "approved_amended"),
        # (guard) adopted as tabled
        ("den Antrag anzunehmen:", "approved"),
    ],
)
def test_a_recommendation_in_a_changed_wording(recommended: str, outcome: str) -> None:
    doc = parse_text(
        "Beschlussart: in der Fassung der Beschlussempfehlung angenommen\n\n"
        "Beschlussempfehlung des Ausschusses vom 27.02.2030:\n\nDer Ausschuss empfiehlt der "
        f"Bezirksverordnetenversammlung, {recommended}\n\nDas Bezirksamt wird ersucht, einen "
        "Schulwegplan zu erarbeiten.\n"
    )
    assert doc.outcome == outcome


@pytest.mark.parametrize(
    ("absent", "counts"),
    [
        # a roll call's row of an absent member, the word in the first side's cell
        ("| Ehrhardt, Lutz (AfD) | entschuldigt | | |", (3, 1, 1)),
        ("| Ehrhardt, Lutz (AfD) | | abwesend | |", (3, 1, 1)),
        # (guard) the word in the last cell
        ("| Ehrhardt, Lutz (AfD) | | | entschuldigt |", (3, 1, 1)),
    ],
)
def test_a_roll_calls_absent_member_in_any_cell(absent: str, counts: tuple[int, ...]) -> None:
    rows = [
        "| Arnold, Kerstin (CDU) | x | | |",
        "| Bachmann, Uwe (CDU) | x | | |",
        absent,
        "| Dietrich, Andreas (Die Linke) | | x | |",
        "| Fiedler, Hans (CDU) | x | | |",
        "| Neumann, Bernd (FW) | | | x |",
    ]
    vote = _decisive(
        "Beschluss:\nDer Stadtrat beschließt die Satzung.\n\nNamentliche Abstimmung:\n"
        "| Name | ja | nein | Enthaltung |\n"
        + "\n".join(rows)
        + "\n\nDamit ist die Satzung beschlossen.\n"
    )
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts


@pytest.mark.parametrize(
    ("sides", "no"),
    [
        # who voted against in parentheses, a member's party in parentheses inside
        ("(gegen die Stimmen der SPD-Fraktion und von StR Kettner (Die Linke))", ["SPD-Fraktion"]),
        ("(gegen die Stimmen der AfD und von Frau Roth (BfB))", ["AfD"]),
        # (guard) no parentheses inside
        ("(gegen die Stimmen der SPD-Fraktion und von StR Kettner)", ["SPD-Fraktion"]),
    ],
)
def test_sides_in_parentheses_with_a_party_inside(sides: str, no: list[str]) -> None:
    vote = _decisive(
        "Beschluss:\nDer Rat beschließt die Satzung.\n\n"
        f"Abstimmungsergebnis: 25 Ja, 8 Nein\n{sides}\n"
    )
    assert [g.name for g in vote.groups.no if g.kind == "faction"] == no


@pytest.mark.parametrize(
    ("line", "unanimous"),
    [
        # a result word, how it went in parentheses after it, under "Votum:" or the vote's label
        ("Votum: Zustimmung (einstimmig; 11 anwesende Stimmberechtigte)", True),
        ("Abstimmungsergebnis: Zustimmung (einstimmig)", True),
        # (guard) how it went without the parentheses
        ("Abstimmungsergebnis: einstimmig", True),
    ],
)
def test_a_result_word_and_how_it_went_in_parentheses(line: str, unanimous: bool) -> None:
    vote = _decisive(f"Beschluss:\nDer Kreisausschuss stimmt dem Zuschuss zu.\n\n{line}\n")
    assert vote.unanimous is unanimous
