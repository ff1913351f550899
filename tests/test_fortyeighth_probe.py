"""Families found in the forty-seventh probe's remaining texts and the forty-eighth blind probe
(``tests/probes/fortyeighth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from tests.reading import decisive_vote, references
from tests.reading import meeting_date as _date


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        # the numbers a decision was filed under, in the plural
        ("Die Beschlüsse sind unter den Beschlussnummern SR/2031/114 bis SR/2031/116 erfasst.", []),
        ("Die Beschlüsse tragen die Beschlussnummern SR/2031/114 und SR/2031/115.", []),
        # the certified copy of an earlier decision
        ("Der Stadtrat hebt seinen Beschluss (Beschlussausfertigung SR/071/2031) auf.", []),
        # guard: a paper after them
        ("Die Beschlussnummer folgt. Der Antrag AN/0412/2031 ist erledigt.", ["AN/0412/2031"]),
    ],
)
def test_a_decisions_own_number_is_no_paper(sentence: str, refs: list[str]) -> None:
    text = f"Vorlage 0877/2031\n\n{sentence}\n\nAbstimmungsergebnis: einstimmig\n"
    assert references(text) == ["0877/2031", *refs]


@pytest.mark.parametrize(
    ("row", "refs"),
    [
        # a web page's fields, label and value set apart by a tab
        ("Sitzung\tBPUA/012/2031\t", []),
        ("Sitzung\t\tR/19/2031", []),
        # guard: a paper's field
        ("Vorlage\tBV/045/2031\t", ["BV/045/2031"]),
    ],
)
def test_a_sittings_field_set_apart_by_a_tab_numbers_no_paper(row: str, refs: list[str]) -> None:
    text = (
        f"Tagesordnungspunkt\n\nNeubau eines Feuerwehrgerätehauses\n\n{row}\n"
        "Gremium\tBauausschuss\t\nDatum\tDi, 14.03.2031\t\n\n"
        "Der Bauausschuss beschließt die Planung. Abstimmungsergebnis: einstimmig\n"
    )
    assert references(text) == refs


@pytest.mark.parametrize(
    ("line", "refs"),
    [
        # a town's own kind of paper: Ulm's Gemeinderatsdrucksache, alone or in a right column
        ("       GD 287/31", ["GD 287/31"]),
        ("- Anhörung des Ortschaftsrats -                     GD 145/31", ["GD 145/31"]),
        # more compounds of a Vorlage
        ("(Bekanntgabevorlage 2031/0311)", ["2031/0311"]),
        ("Dringlichkeitsvorlage 2031/0312", ["2031/0312"]),
        ("Berichtsvorlage: 2031/0313", ["2031/0313"]),
        # guard: a plan's number
        ("Bebauungsplan Nr. 287/31", []),
    ],
)
def test_a_papers_number_under_its_title(line: str, refs: list[str]) -> None:
    text = (
        f"§ 412  Neuordnung der Parkgebühren\n{line}\n\n"
        "Der Gemeinderat beschließt die Parkgebührenordnung.\n\nAbstimmung: einstimmig\n"
    )
    assert references(text) == refs


@pytest.mark.parametrize(
    ("number", "refs"),
    [
        # a paper kind's letters right of an item's title in the head of minutes
        ("GD 145/31", ["GD 145/31"]),
        ("BV/0145/2031", ["BV/0145/2031"]),
        # guard: the minutes' own number there
        ("OR-WI/005/2031", []),
    ],
)
def test_a_papers_number_in_the_head_of_minutes(number: str, refs: list[str]) -> None:
    text = (
        "Öffentliche Sitzung des Ortschaftsrats Wiblingen am 10.05.2031\n"
        "Niederschrift Punkt 5\n\n"
        "Neubau einer Mobilitätsstation am Tannenplatz\n"
        f"- Anhörung des Ortschaftsrats -                          {number}\n\n"
        "Der Ortschaftsrat stimmt dem Standort zu. Abstimmung: einstimmig\n"
    )
    assert references(text) == refs


@pytest.mark.parametrize(
    ("before", "outcome"),
    [
        # a motion on procedure or an amendment voted down, told before the decision
        (
            "Die Fraktion der FDP beantragt, die Entscheidung zu vertagen. Der Vertagungsantrag "
            "wird mit 14 Ja- und 36 Nein-Stimmen bei 2 Enthaltungen abgelehnt.",
            "approved",
        ),
        # guards: an amendment voted down, the debate alone
        (
            "Der Änderungsantrag der CDU-Fraktion wird mit 12 gegen 30 Stimmen abgelehnt.",
            "approved",
        ),
        ("Herr Dr. Hoff erläutert die Vorlage.", "approved"),
    ],
)
@pytest.mark.parametrize(
    "decision",
    ["Beschluss: Dem Beschlussvorschlag wird zugestimmt.", "Beschluss: wie Beschlussentwurf"],
)
def test_a_vote_on_another_thing_before_the_decision_is_not_its_act(
    before: str, outcome: str, decision: str
) -> None:
    text = (
        f"Vorlage 0457/2031\n\n{before}\n\n{decision}\n"
        "Abstimmungsergebnis: Ja 41 | Nein 9 | Enthaltung 2\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    "status", ["wie Beschlussentwurf", "gemäß Beschlussantrag", "wie Beschlussvorlage"]
)
def test_a_status_adopting_the_proposal_by_another_name(status: str) -> None:
    result = parse_text(
        "Vorlage 0457/2031\n\nBeschlussentwurf:\nDie Baumschutzsatzung wird beschlossen.\n\n"
        f"Beschluss: {status}\nAbstimmungsergebnis: Ja 41 | Nein 9 | Enthaltung 2\n"
    )
    assert result.status is not None
    assert result.status.outcome == "approved"
    assert result.outcome == "approved"


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # the body a paper is for and its day on one line, a column gap between
        ("Beratung im:    Gemeinderat            am: 20.06.2031", "2031-06-20"),
        ("zur Behandlung im:  Bauausschuss    am: 21.06.2031, öffentlich", "2031-06-21"),
        # guard: one a line
        ("Beratung im:    Gemeinderat\nam: 22.06.2031", "2031-06-22"),
    ],
)
def test_a_papers_field_of_the_body_and_day_on_one_line(head: str, date: str) -> None:
    text = (
        f"Beschlussvorlage Nr. 2031/112                      öffentlich\n\n{head}\n"
        "Einreicher:     Bürgermeister\n\nGegenstand:\nAnnahme von Spenden\n\n"
        "Beschlussvorschlag:\nDer Gemeinderat beschließt die Annahme der Spenden.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("sitting", "date"),
    [
        # the sitting set apart from its day by a blank line
        (
            "hiermit lade ich Sie zur 18. öffentlichen Sitzung des Bauausschusses\n\n"
            "am Mittwoch, dem 10. April 2031, um 17:00 Uhr,\nin den Ratssaal des Rathauses,\n\n"
            "ein.",
            "2031-04-10",
        ),
        # ... and its number, abbreviated, before the day
        (
            "Hiermit lade ich Sie zur 4. Sitzung des Amtsausschusses\n(Sitzungs-Nr. AA/2031/04) "
            "am\n\n          Donnerstag, dem 13. November 2031, um 19:00 Uhr,\n\n"
            "in den Saal der Amtsverwaltung ein.",
            "2031-11-13",
        ),
    ],
)
def test_an_invitations_sitting_set_apart_from_its_day(sitting: str, date: str) -> None:
    text = (
        "Stadt Freiberg\nDer Oberbürgermeister\n\n                      Freiberg, 28.03.2031\n\n"
        f"Einladung\n\nSehr geehrte Damen und Herren,\n\n{sitting}\n\nTagesordnung\n"
        " 1   Eröffnung\n 2   Bebauungsplan Nr. 79\n"
    )
    assert _date(text) == date


def test_a_pages_line_of_the_sitting_with_its_number_in_parentheses() -> None:
    text = (
        "Beschluss: verwiesen\n\nAbstimmungsergebnis: einstimmig\n\n"
        "Rat der Gemeinde Kerken - Sitzung: 06.02.2031 (RAT/002/2031) - TOP Ö 11\n"
        "Vorlage: 0023/2031\n\nAntrag der Fraktion vom 14.01.2031: Jugendparlament\n\n"
        "Der Antrag wird in den Ausschuss für Jugend verwiesen.\n"
    )
    assert _date(text) == "2031-02-06"
    assert references(text) == ["0023/2031"]


def test_guard_a_sitting_told_in_prose_names_its_paper_in_parentheses() -> None:
    text = (
        "Vorlage 0412/2031\n\nDer Kreisausschuss hat in seiner Sitzung am 15.06.2030 "
        "(BV/0377/2030) die Vergabe beschlossen.\n\nDer Kreistag stimmt zu.\n"
    )
    assert references(text) == ["0412/2031", "BV/0377/2030"]


@pytest.mark.parametrize(
    "office", ["Organisationseinheit:  Fachbereich 4", "Sachbearbeiter:  Herr Kessels"]
)
def test_a_papers_date_beside_its_office_and_a_planned_sittings_column(office: str) -> None:
    text = (
        "Beschlussvorlage                                      Vorlage: 2031/0172\n\n"
        "Genehmigung einer Dringlichkeitsentscheidung\n\n"
        f"{office}\nDatum:                 26.08.2031\n\n"
        "Beratungsfolge                 Geplante Sitzungstermine    Öff. / N.ö.\n"
        "Rat (Entscheidung)             12.09.2031                  Ö\n\n"
        "Beschluss:\nDer Rat genehmigt die Dringlichkeitsentscheidung.\n\n"
        "Abstimmungsergebnis: 31 : 0 : 2\n"
    )
    assert _date(text) == "2031-09-12"


@pytest.mark.parametrize(
    ("foot", "date"),
    [
        # a page's foot that names the sitting, below the item's decision
        ("Sitzung des Gemeinderates Egling vom 08.10.2031        Seite 4 von 9", "2031-10-08"),
        ("Öffentliche Sitzung des Marktgemeinderates am 09.10.2031     Seite 4", "2031-10-09"),
        # guard: a sitting told in prose
        ("Die nächste Sitzung des Gemeinderates ist am 08.11.2031.", None),
    ],
)
def test_a_pages_foot_names_the_sitting(foot: str, date: str | None) -> None:
    text = (
        "Gemeinde Egling                                   Niederschrift GR 10/2031\n\n"
        "5.   Antrag der Fraktion vom 16.09.2031: Tempo 30 in Deining\n\n"
        "Der Antrag lautet:\nDer Gemeinderat beauftragt die Verwaltung, Tempo 30 zu beantragen.\n\n"
        "Abstimmungsergebnis:    Ja  8      Nein  8\n\n"
        "Bei Stimmengleichheit ist der Antrag abgelehnt.\n\n"
        f"{foot}\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("top", "gap"),
    [
        # an HTML page's paragraphs leave more blank lines between the fields on top
        ("\n", "\n\n\n"),
        ("", "\n\n\n\n"),
        ("\n \n", "\n \n\n"),
        # guard: one blank line between
        ("", "\n\n"),
    ],
)
def test_a_pages_status_fields_on_top_over_blank_lines(top: str, gap: str) -> None:
    text = (
        f"{top}Beschluss: verwiesen{gap}Abstimmungsergebnis: einstimmig{gap}"
        "Rat der Gemeinde Kerkau - Sitzung: 06.02.2031 - Ö 11\n\nVorlage: 0023/2031\n\n"
        "Der Rat fasst folgenden Beschluss: Der Antrag wird in den Ausschuss verwiesen.\n"
    )
    assert _date(text) == "2031-02-06"


@pytest.mark.parametrize(
    ("decision", "outcome", "clauses"),
    [
        # a form printed before the sitting: its decision's heading empty over the letter's foot
        ("", None, 2),
        ("\n", None, 2),
        # guard: a decision written out above the foot
        ("Der Ortsgemeinderat beschließt die Satzung.\n", "approved", 0),
    ],
)
def test_an_empty_decision_over_a_letters_foot_decides_nothing(
    decision: str, outcome: str | None, clauses: int
) -> None:
    text = (
        "Vorlage Nr.: 3-0456/2031\n\nBeschlussvorschlag:\n"
        "1. Der Ortsgemeinderat beschließt die Abwägung.\n"
        "2. Der Ortsgemeinderat beschließt den Bebauungsplan als Satzung.\n\n"
        "Abstimmungsergebnis:\nJa: ______     Nein: ______     Enthaltung: ______\n\n"
        f"Beschluss:\n{decision}\n\nBernkastel-Kues, 26.02.2031\nIm Auftrag\nKettern\n"
    )
    result = parse_text(text)
    assert result.outcome == outcome
    assert len(result.clauses) == clauses


@pytest.mark.parametrize(
    ("result", "counts"),
    [
        # a PDF's table: the vote's heading and its labels, a blank line, the numbers
        (
            "Abstimmungsergebnis:      Ja-Stimmen        Nein-Stimmen      Stimmenthaltungen\n\n"
            "                              41                  9                   6",
            (41, 9, 6),
        ),
        (
            "Abstimmung:   dafür   dagegen   Enthaltung\n\n\n          17       3          1",
            (17, 3, 1),
        ),
        # a line of counts wrapped between a label and its number
        ("Abstimmungsergebnis:\nJa 18   Nein\n8   Enthaltung 0   Befangen 0", (18, 8, 0)),
        ("Abstimmungsergebnis:\nJa: 18   Nein: 8   Enthaltung:\n2", (18, 8, 2)),
        # guard: the numbers right under the labels
        (
            "Abstimmungsergebnis:      Ja-Stimmen        Nein-Stimmen      Stimmenthaltungen\n"
            "                              41                  9                   6",
            (41, 9, 6),
        ),
    ],
)
def test_a_vote_tables_numbers_apart_from_their_labels(
    result: str, counts: tuple[int, int, int]
) -> None:
    vote = decisive_vote(f"Vorlage 0412/2031\n\nDer Kreistag beschließt die Satzung.\n\n{result}\n")
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts


@pytest.mark.parametrize(
    ("kind", "outcome"),
    [
        # a page whose kind of paper, alone on its line, is an inquiry: the vote its answer
        # tells is what it answers
        ("Kleine Anfrage", None),
        ("Schriftliche Anfrage", None),
        # guard: a motion's page
        ("Antrag", "approved"),
    ],
)
def test_an_inquirys_page_decides_nothing_its_answer_tells(kind: str, outcome: str | None) -> None:
    text = (
        "Bezirksversammlung Harburg                          Drucksachen-Nr.: 21-5123\n"
        f"{kind}\nöffentlich\n\n"
        "Der Regionalausschuss hat in seiner Sitzung am 12.02.2031 den Antrag beschlossen.\n\n"
        "Das Bezirksamt beantwortet die Fragen wie folgt:\n\nZu 1.:\n"
        "Der Antrag wurde mit 6 Ja-Stimmen bei 3 Gegenstimmen angenommen.\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    # (the last a guard)
    "heading",
    ["Punkt {n} der Tagesordnung:", "Punkt {n} der Tagesordnung", "Punkt {n}:"],
)
def test_an_items_heading_names_its_place_on_the_agenda(heading: str) -> None:
    text = (
        "Auszug aus der Niederschrift über die 14. Sitzung des Samtgemeindeausschusses\n"
        "am Montag, dem 4. September 2031\n\n"
        f"{heading.format(n=7)}\nBeschaffung eines Löschfahrzeuges\nVorlage: 0147/2031\n\n"
        "Beschluss:\nDer Ausschuss beschließt, den Auftrag zu vergeben.\n\n"
        "Abstimmungsergebnis: einstimmig\n\n"
        f"{heading.format(n=8)}\nZuschussrichtlinie für Vereine\nVorlage: 0151/2031\n\n"
        "Beschlussempfehlung:\nDer Ausschuss empfiehlt dem Rat, die Richtlinie zu beschließen.\n\n"
        "Abstimmungsergebnis: 7 Ja-Stimmen, 0 Nein-Stimmen, 2 Enthaltungen\n"
    )
    result = parse_text(text)
    assert [i.number for i in result.items] == ["Punkt 7", "Punkt 8"]
    assert result.outcome == "approved"
    assert [[v.counts.yes for v in i.votes if v.decisive] for i in result.items] == [[None], [7]]


@pytest.mark.parametrize(
    ("mark", "refs"),
    [
        # a file mark that names whose file it is before its colon
        ("Az. der Kreisverwaltung Bernkastel-Wittlich: BA-0415/2031", []),
        ("Aktenzeichen des Landratsamtes: BV-0112/2031", []),
        # guard: the paper after a word of a sentence
        ("Die Vorlage der Verwaltung: BV-0112/2031", ["BV-0112/2031"]),
    ],
)
def test_a_file_mark_of_another_office_numbers_no_paper(mark: str, refs: list[str]) -> None:
    text = f"Vorlage 1-0087/31\n\n{mark}\n\nDer Ortsgemeinderat erteilt das Einvernehmen.\n"
    assert references(text) == ["1-0087/31", *refs]


@pytest.mark.parametrize(
    ("third", "unanimous"),
    [
        # each item given twice: its agenda row with its result, its record with its vote
        ("einstimmig", [True]),
        # guard: the records' votes disagree, so the text has no one vote
        ("mehrheitlich", []),
    ],
)
def test_an_items_agenda_row_and_its_record_are_one_decision(
    third: str, unanimous: list[bool]
) -> None:
    text = (
        "Sitzung - Ausschuss für Planung, Bau und Umwelt\n\nDatum:           Do, 22.02.2031\n\n"
        "TOP   Betreff                                            Vorlage      Beschlussart\n"
        "Ö 1   Eröffnung der Sitzung\n"
        "Ö 2   Bebauungsplan Nr. 312 - Aufstellungsbeschluss      2031/0112    vertagt\n"
        "Ö 3   Änderung des Flächennutzungsplanes                 2031/0119    vertagt\n"
        "Ö 4   Mitteilungen der Verwaltung\n\n"
        "Ö 2 - Beschluss: Die Beratung wird in die nächste Sitzung vertagt.\n"
        "Abstimmungsergebnis: einstimmig\n\n"
        "Ö 3 - Beschluss: Die Beratung wird in die nächste Sitzung vertagt.\n"
        f"Abstimmungsergebnis: {third}\n\n"
        "Zu Ö 4:\nDie Verwaltung berichtet über die Kanalsanierung.\n"
    )
    result = parse_text(text)
    assert result.outcome == "postponed"
    assert [v.unanimous for v in result.votes] == unanimous


@pytest.mark.parametrize(
    ("title", "date"),
    [
        # an excerpt's title word and the body on one line, the body's row below it
        ("Protokollauszug Kreistag", "2031-06-20"),
        ("Beschlussauszug des Kreistages", "2031-06-20"),
        ("Protokollauszug Kreisausschuss", "2031-06-06"),
        # guard: a body the Beratungsfolge does not list
        ("Protokollauszug Bauausschuss", None),
    ],
)
def test_an_excerpts_title_names_its_body_on_its_line(title: str, date: str | None) -> None:
    text = (
        f"Landkreis Rotenburg\n{title}\n\n"
        "Beratungsfolge                Datum          Art\n"
        "Kreisausschuss                06.06.2031     Vorberatung\n"
        "Kreistag                      20.06.2031     Entscheidung\n\n"
        "TOP 5    Wahl des Ersten Kreisrates\n\n"
        "Beschluss:\nDer Kreistag wählt Frau Dr. Sommer zur Ersten Kreisrätin.\n\n"
        "Ja-Stimmen: 47\nNein-Stimmen: 6\nEnthaltungen: 4\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("result", "abstain"),
    [
        # a side counted none has no voters: the remark after its count names none
        ("Ja 8  Nein 1  Enthaltung 0  (Mitwirkungsverbot gem. § 24 KV M-V: 1)", []),
        ("Ja 8  Nein 1  Enthaltung 0  (Befangenheit nach § 31 GemO: 1)", []),
        # guard: the abstainers named after their count
        ("Ja 8  Nein 1  Enthaltung 1 (SPD)", ["SPD"]),
    ],
)
def test_a_side_counted_none_names_no_voters(result: str, abstain: list[str]) -> None:
    vote = decisive_vote(
        f"Vorlage BV/045/2031\n\nDie Gemeindevertretung beschließt den Verkauf.\n\n"
        f"Abstimmungsergebnis: {result}\n"
    )
    assert [g.name for g in vote.groups.abstain] == abstain


@pytest.mark.parametrize(
    ("other", "sides"),
    [
        # the further votes a line of sides records below it
        ("ÖkoLinX-ELF (= Ablehnung)", (["GRÜNE", "SPD"], ["AfD", "ÖkoLinX-ELF"], ["BFF"])),
        ("Gartenpartei (= Annahme)", (["GRÜNE", "SPD", "Gartenpartei"], ["AfD"], ["BFF"])),
        (
            "\nÖkoLinX-ELF (= Ablehnung); Gartenpartei (= Enthaltung)",
            (["GRÜNE", "SPD"], ["AfD", "ÖkoLinX-ELF"], ["BFF", "Gartenpartei"]),
        ),
        # guards: a member who votes alone, another way to dispose of the item
        ("Stv. Dr. Hübner (fraktionslos) (= Annahme)", (["GRÜNE", "SPD"], ["AfD"], ["BFF"])),
        ("ÖkoLinX-ELF (= Prüfung und Berichterstattung)", (["GRÜNE", "SPD"], ["AfD"], ["BFF"])),
    ],
)
def test_a_line_of_sides_and_the_further_votes_below_it(
    other: str, sides: tuple[list[str], list[str], list[str]]
) -> None:
    vote = decisive_vote(
        "Beschluss:\nDer Vorlage M 67 wird zugestimmt.\n\nAbstimmung:\n"
        "GRÜNE und SPD gegen AfD (= Ablehnung); BFF (= Enthaltung)\n\n"
        f"Sonstige Voten/Protokollerklärung:\n{other}\n\n"
        "Frankfurt am Main, den 24.05.2031\n"
    )
    groups = vote.groups
    got = tuple([g.name for g in side] for side in (groups.yes, groups.no, groups.abstain))
    assert got == sides


@pytest.mark.parametrize(
    ("amendment", "outcome"),
    [
        # what became of an amendment, in parentheses after it, is not what the item's text does
        ("Zusatzantrag der LINKEN-Fraktion Drs. 22-0427.1 (zurückgezogen)", "approved"),
        ("Änderungsantrag der CDU-Fraktion (abgelehnt)", "approved"),
        # guard: the motion itself withdrawn, no vote
        ("Der Antrag wird zurückgezogen.", "withdrawn"),
    ],
)
def test_an_amendments_fate_in_parentheses_is_not_the_items(amendment: str, outcome: str) -> None:
    vote = (
        "\n\n    Abstimmungsergebnis:\n    Ja:          mehrheitlich\n    Nein:        AfD\n"
        "    Der Antrag ist angenommen.\n"
        if outcome == "approved"
        else "\n"
    )
    text = (
        "5.3 Verkehrsberuhigung Paul-Sorge-Straße\n    Antrag der SPD-Fraktion\n"
        f"    Drs. 22-0427\n    {amendment}{vote}"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        # an item's record headed with its number's dot and a colon, its title after
        ("Zu {n}.: {title}", ["Zu 1", "Zu 2", "Zu 3"]),
        # guard: with the word Punkt
        ("Zu Punkt {n}: {title}", ["Zu Punkt 1", "Zu Punkt 2", "Zu Punkt 3"]),
    ],
)
def test_an_items_record_headed_zu_and_its_number(heading: str, items: list[str]) -> None:
    titles = ["Eröffnung der Sitzung", "Jahresabschluss 2030", "Antrag der Gruppe SPD/GRÜNE"]
    records = [
        "Der Vorsitzende eröffnet die Sitzung.",
        "Der Samtgemeinderat beschließt den Jahresabschluss.\nAbstimmungsergebnis: einstimmig",
        "Der Antrag wird in den Schulausschuss verwiesen.\nAbstimmungsergebnis: einstimmig",
    ]
    text = "Niederschrift über die Sitzung des Samtgemeinderates am 17.09.2031\n\n" + "\n\n".join(
        heading.format(n=n, title=t) + "\n" + r
        for n, (t, r) in enumerate(zip(titles, records, strict=True), 1)
    )
    result = parse_text(text + "\n")
    assert [i.number for i in result.items] == items
    assert [i.outcome for i in result.items] == [None, "approved", "referred"]
    assert result.outcome is None
