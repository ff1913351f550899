"""Families found in the thirty-ninth probe's remaining texts and the fortieth blind probe
(``tests/probes/fortieth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text, vocab
from ratsparse.models import Resolution
from tests.reading import decisive_vote, references
from tests.reading import meeting_date as _date
from tests.reading import sides as _sides


def _unanimous(res: Resolution) -> bool | None:
    """Whether the decisive vote was unanimous (None: no decisive vote, or it does not say)."""
    return next((v.unanimous for v in res.votes if v.decisive), None)


@pytest.mark.parametrize(
    ("lines", "sides"),
    [
        # who voted so after the count, without parentheses
        (
            "Ja:         21   SPD-Fraktion, Gruppe Bündnis 90/Die Grünen,\n"
            "                 Bürgermeisterin\n"
            "Nein:        10   CDU-Fraktion, Ratsfrau Kühn (fraktionslos)\n"
            "Enthaltung:   2   FDP-Fraktion",
            (["SPD-Fraktion", "Gruppe Bündnis 90/Die Grünen"], ["CDU-Fraktion"], ["FDP-Fraktion"]),
        ),
        (
            "Ja: 21 - SPD, GRÜNE und Volt\nNein: 10 - CDU\nEnthaltung: 2 - FDP",
            (["SPD", "GRÜNE", "Volt"], ["CDU"], ["FDP"]),
        ),
        # guard: a tally on one line holds no groups
        ("Ja 21 NEIN 10 Enthaltung 2", ([], [], [])),
        # guard: a word after the count that names no group
        ("Ja: 21 Stimmen\nNein: 10 Stimmen\nEnthaltung: 2 Stimmen", ([], [], [])),
    ],
)
def test_who_voted_so_after_the_count(
    lines: str, sides: tuple[list[str], list[str], list[str]]
) -> None:
    text = f"Beschluss:\nDer Rat beschließt die Satzung.\n\nAbstimmungsergebnis:\n\n{lines}\n"
    vote = decisive_vote(text)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (21, 10, 2)
    assert _sides(text) == sides


@pytest.mark.parametrize(
    ("total", "sides"),
    [
        # a table by group's counts added up below it, under a sum's label
        (
            "Gesamt: 22 Ja / 4 Nein / 1 Enthaltung",
            (["SPD", "CDU", "Unabhängige Wählergemeinschaft"], ["AfD"], ["CDU"]),
        ),
        (
            "Summe:  Ja 22, Nein 4, Enthaltung 1",
            (["SPD", "CDU", "Unabhängige Wählergemeinschaft"], ["AfD"], ["CDU"]),
        ),
    ],
)
def test_a_table_by_group_and_its_sum_below(
    total: str, sides: tuple[list[str], list[str], list[str]]
) -> None:
    text = (
        "Beschluss:\nDer Rat beschließt die Satzung.\n\nAbstimmungsergebnis:\n"
        "              SPD   CDU   Unabhängige Wählergemeinschaft   AfD   BM\n"
        "Ja             12     6                                3     -    1\n"
        "Nein            -     -                                -     4    -\n"
        "Enthaltung      -     1                                -     -    -\n\n"
        f"{total}\nErgebnis: mehrheitlich beschlossen\n"
    )
    assert _sides(text) == sides


def test_a_sum_of_another_vote_is_no_sum_of_the_table() -> None:
    # guard: a second vote with other counts under its own label stays a vote of its own
    text = (
        "Beschluss:\nDer Rat beschließt die Satzung.\n\nAbstimmungsergebnis:\n"
        "              SPD   CDU   AfD\n"
        "Ja             12     6     -\n"
        "Nein            -     -     4\n\n"
        "Gesamt: 18 Ja / 5 Nein\n"
    )
    assert len(parse_text(text).votes) == 2


@pytest.mark.parametrize(
    ("head", "group"),
    [
        ("Hattinger Wählergemeinschaft", True),
        ("Freie Bürgerliste", True),
        ("Ratsfraktion Die PARTEI", True),
        # guards: a column of no group
        ("Anwesend", False),
        ("Stimmberechtigt", False),
    ],
)
def test_a_column_head_that_names_a_group(head: str, group: bool) -> None:
    assert vocab.heads_a_group_column(head) is group


@pytest.mark.parametrize(
    ("noting", "outcome"),
    [
        # the body takes note of what was made known, in the present, after the list
        ("Der Rat nimmt die Bekanntgabe zur Kenntnis.", "noted"),
        ("Der Rat nimmt die Bekanntgabe der Beschlüsse zur Kenntnis.", "noted"),
        ("Der Rat nimmt diese Bekanntgaben zur Kenntnis.", "noted"),
        # guard: without it, the text decides nothing of its own
        ("", None),
    ],
)
def test_decisions_made_known_then_noted(noting: str, outcome: str | None) -> None:
    res = parse_text(
        "Rat der Stadt Brandhagen – Sitzung am 18.09.2030\n\nTOP Ö 3\n"
        "Bekanntgabe nichtöffentlich gefasster Beschlüsse\n\n"
        "Der Bürgermeister gibt bekannt, dass der Rat in seiner Sitzung am 26.06.2030 in\n"
        "nichtöffentlicher Sitzung folgende Beschlüsse gefasst hat:\n\n"
        "1. Vorlage 118/2030 – Grundstücksangelegenheit\n"
        "   Der Rat hat der Veräußerung einstimmig zugestimmt.\n\n"
        "2. Vorlage 121/2030 – Vergabe der Dachsanierung\n"
        "   Der Auftrag wurde mit 24 Ja-Stimmen bei 4 Enthaltungen vergeben.\n\n"
        f"{noting}\n"
    )
    assert res.outcome == outcome
    assert all(v.counts.yes is None for v in res.votes)


@pytest.mark.parametrize(
    ("title", "items"),
    [
        # minutes titled in capitals are minutes: their paragraphs are agenda items
        ("NIEDERSCHRIFT\nüber die öffentliche Verhandlung des Gemeinderats", 3),
        ("Niederschrift über die öffentliche Verhandlung des Gemeinderats", 3),
        # guard: a statute's paragraphs under no minutes' title are none
        ("Satzung über die Erhebung von Gebühren", 0),
    ],
)
def test_minutes_titled_in_capitals(title: str, items: int) -> None:
    res = parse_text(
        f"Gemeinde Talheim\n\n{title}\nam Donnerstag, 23. Mai 2030\n\n"
        "§ 1\nFragestunde für Einwohnerinnen und Einwohner\n\nEs werden keine Fragen gestellt.\n\n"
        "§ 2\nBericht zur Schulkindbetreuung\n\n"
        "Der Gemeinderat nimmt den Bericht zur Schulkindbetreuung zur Kenntnis.\n\n"
        "§ 3\nNeufassung der Friedhofsgebührensatzung\n\n"
        "Der Gemeinderat beschließt einstimmig die Neufassung der Satzung.\n"
    )
    assert len(res.items) == items


@pytest.mark.parametrize(
    ("item", "refs"),
    [
        # an agenda table flattened a cell a line, without pipes: the paper's cell under the
        # item's number and title
        ("Ö 4.1", ["SV-2030/0871", "AN-2030/0133"]),
        ("TOP 4", ["SV-2030/0871", "AN-2030/0133"]),
        # guard: under a bare number (a page's, a count's), a number alone is no paper's
        ("4", []),
    ],
)
def test_a_papers_cell_a_line_under_its_item(item: str, refs: list[str]) -> None:
    second = "Ö 5.2" if item != "4" else "5"
    text = (
        "Bezirksvertretung 3 – Sitzung am 11.09.2030\n\nÖffentlicher Teil\nTOP\nBetreff\n"
        f"Vorlage\nErgebnis\n{item}\nUmgestaltung des Spielplatzes Fruchtstraße\nSV-2030/0871\n"
        f"einstimmig beschlossen\n{second}\nAntrag der SPD-Fraktion: Tempo 30\nAN-2030/0133\n"
        "vertagt\n"
    )
    assert references(text) == refs


@pytest.mark.parametrize(
    ("between", "refs"),
    [
        # the item's title wrapped over two lines between its number and its paper's
        (
            "Bestellung eines Mitglieds für den Verwaltungsrat der\nSparkasse Lennetal",
            ["2030/0205"],
        ),
        # guard: a blank line between is no cell of the row
        ("Bericht über die Belegung der Sporthallen\n", []),
    ],
)
def test_a_papers_cell_under_a_wrapped_title(between: str, refs: list[str]) -> None:
    assert references(f"Tagesordnung\n\nÖ 5\n{between}\n2030/0205\nbeschlossen\n") == refs


@pytest.mark.parametrize(
    "table",
    [
        # a count table across with who voted so in a row of its own, tabs made one space
        "dafür\tdagegen\tEnthaltungen\nCDU, FWV, SPD, Landrat\tGRÜNE, LINKE\tAfD\n38\t17\t4",
        # ... or below the numbers, parted by gaps
        "Ja        Nein            Enthaltung\n38        17              4\n"
        "CDU, FWV  GRÜNE, LINKE    AfD",
    ],
)
def test_a_count_table_across_with_a_row_of_groups(table: str) -> None:
    text = f"Beschluss:\nDer Kreistag beschließt den Ausbau.\n\nAbstimmungsergebnis\n{table}\n"
    vote = decisive_vote(text)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (38, 17, 4)
    assert _sides(text)[1:] == (["GRÜNE", "LINKE"], ["AfD"])
    assert _sides(text)[0][:2] == ["CDU", "FWV"]


def test_a_row_of_words_under_a_count_table_is_no_row_of_groups() -> None:
    # guard: a row that names no groups leaves the counts as they are
    text = (
        "Beschluss:\nDer Kreistag beschließt den Ausbau.\n\nAbstimmungsergebnis\n"
        "Ja    Nein   Enthaltung\n38    17     4\nsiehe Anlage zur Niederschrift\n"
    )
    vote = decisive_vote(text)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (38, 17, 4)
    assert _sides(text) == ([], [], [])


@pytest.mark.parametrize(
    ("boxes", "expected"),
    [
        # each box alone on its line over its option
        ("☐\neinstimmig\n☒\nmit Stimmenmehrheit\n☐\nabgelehnt", ("approved", False)),
        ("[ ]\neinstimmig\n[X]\nmit Stimmenmehrheit\n[ ]\nabgelehnt", ("approved", False)),
        ("☒\neinstimmig\n☐\nmit Stimmenmehrheit\n☐\nabgelehnt", ("approved", True)),
        ("☐\neinstimmig\n☐\nmit Stimmenmehrheit\n☒\nabgelehnt", ("rejected", None)),
    ],
)
def test_a_forms_box_a_line_over_its_option(boxes: str, expected: tuple[str, bool | None]) -> None:
    res = parse_text(
        "Beschlusstext:\nDer Stadtrat stimmt der Übertragung der Trägerschaft zu.\n\n"
        f"Beschlussergebnis:\n{boxes}\n"
    )
    assert (res.outcome, _unanimous(res)) == expected


def test_a_mark_under_its_option_stays_that_options() -> None:
    # guard: a form that marks below its options (no empty box over one) reads as before
    res = parse_text(
        "Beschlusstext:\nDer Stadtrat stimmt der Übertragung zu.\n\n"
        "Beschlussergebnis:\neinstimmig\nX\nabgelehnt\n"
    )
    assert (res.outcome, _unanimous(res)) == ("approved", True)


@pytest.mark.parametrize(
    ("label", "refs"),
    [
        # a decision's number under its label alone on the line above, a form's field a line
        ("Beschluss-Nr.:", ["BV/SR/30/087"]),
        ("Beschlussnummer", ["BV/SR/30/087"]),
        # guard: under a paper's label, a paper
        ("Drucksache:", ["SR/0412/30", "BV/SR/30/087"]),
    ],
)
def test_a_decisions_number_under_its_label(label: str, refs: list[str]) -> None:
    text = (
        f"Beschluss\ndes Stadtrates\n\n{label}\nSR/0412/30\nVorlagen-Nr.:\nBV/SR/30/087\n\n"
        "Beschlusstext:\nDer Stadtrat stimmt zu.\n"
    )
    assert references(text) == refs


@pytest.mark.parametrize(
    ("name", "person"),
    [
        # a title after its article names a member
        ("Der Ortsbürgermeister", True),
        ("die Vorsitzende", True),
        # a member who belongs to no group, by name
        ("Lind (parteilos)", True),
        ("Frau Krause (fraktionslos)", True),
        # guards: a party after its article; a sentence; a group's name
        ("Die Linke", False),
        ("Der Ortsbürgermeister hat mitgestimmt", False),
        ("fraktionslos", False),
        ("CDU-Fraktion", False),
    ],
)
def test_a_member_named_by_title_or_without_a_group(name: str, person: bool) -> None:
    assert vocab.is_person(name) is person


def test_a_member_without_a_group_among_those_abstaining() -> None:
    text = (
        "Beschluss:\nDer Stadtrat stimmt dem Konzept zu.\n\n"
        "Abstimmungsergebnis: 27 Ja-Stimmen, 11 Nein-Stimmen, 2 Enthaltungen\n"
        "mehrheitlich beschlossen gegen die Stimmen der SPD-Fraktion bei Enthaltung der\n"
        "Ratsmitglieder Weber (FWG) und Lind (parteilos)\n"
    )
    assert _sides(text) == ([], ["SPD-Fraktion"], [])


@pytest.mark.parametrize(
    ("note", "decisive"),
    [
        # an amendment on a part, told after the item's vote, is the amendment's vote
        (
            "Der Änderungsantrag der Fraktion DIE LINKE zu Ziffer 2 wurde vor der Abstimmung "
            "über die Vorlage einstimmig angenommen.",
            "28 : 9 : 3",
        ),
        ("Der Ergänzungsantrag zu Ziffer 1 wurde einstimmig angenommen.", "28 : 9 : 3"),
    ],
)
def test_an_amendment_on_a_part_told_below(note: str, decisive: str) -> None:
    text = (
        "Beschlussergebnis: beschlossen\nAbstimmung: 28 : 9 : 3\n\nBeschluss:\n"
        f"1. Die Stadtvertretung beschließt das Konzept.\n\nHinweis:\n{note}\n"
    )
    assert decisive_vote(text).text == decisive


def test_a_part_voted_on_its_own_keeps_its_part() -> None:
    # guard: a part's vote without a motion is on the part
    res = parse_text(
        "Beschluss:\n1. Die Stadtvertretung beschließt das Konzept.\n"
        "2. Die Verwaltung wird beauftragt.\n\nZu Ziffer 2: einstimmig angenommen\n"
    )
    assert [v.subject for v in res.votes] == ["Ziffer 2"]


@pytest.mark.parametrize(
    "sitting",
    [
        # each body's sitting named in words over its result
        "Sitzung des {body} am {date}",
        "Sitzung des {body} vom {date}",
        # guard: as before, the body and the date parted by a comma
        "{body}, {date}",
    ],
)
def test_a_course_of_sittings_named_in_words(sitting: str) -> None:
    rows = [
        ("Haupt- und Finanzausschusses", "10.09.2030", "empfohlen", "Ja 7   Nein 2"),
        ("Stadtrates", "26.09.2030", "beschlossen", "Ja 28   Nein 4   Enthaltung 2"),
    ]
    blocks = "\n\n".join(
        sitting.format(body=body, date=date) + f"\nErgebnis: {result}\n{tally}"
        for body, date, result, tally in rows
    )
    res = parse_text(
        "Vorlage 155/2030\n\nBeschlussvorschlag:\nDer Stadtrat beschließt den Schulnetzplan.\n\n"
        f"Beratungsverlauf:\n\n{blocks}\n"
    )
    assert [i.meeting.date.isoformat() for i in res.items if i.meeting and i.meeting.date] == [
        "2030-09-10",
        "2030-09-26",
    ]
    assert (res.meeting.date, res.outcome) == (None, "approved")


@pytest.mark.parametrize(
    ("gap", "dates"),
    [
        # a course's rows, each with its result indented below it, set apart by blank lines
        ("\n", ["2030-09-05", "2030-09-19", "2030-09-28"]),
        # guard: the rows one under the other, as read before
        ("", ["2030-09-05", "2030-09-19", "2030-09-28"]),
    ],
)
def test_a_courses_rows_with_their_results_below(gap: str, dates: list[str]) -> None:
    rows = [
        ("05.09.2030", "Ausschuss für Soziales", "empfohlen", "Ja 8 / Nein 0 / Enthaltung 1"),
        ("19.09.2030", "Kreisausschuss", "einstimmig empfohlen", ""),
        ("28.09.2030", "Kreistag", "beschlossen", "Ja 41 / Nein 12 / Enthaltung 3"),
    ]
    course = gap.join(
        f"{date}   {body}\n             Ergebnis: {result}\n"
        + (f"             {tally}\n" if tally else "")
        for date, body, result, tally in rows
    )
    res = parse_text(
        "Vorlage VO/2030/0789\n\nBeratungsverlauf:\n\n"
        f"{course}\nBeschlussvorschlag:\nDer Kreistag beschließt die Richtlinie.\n"
    )
    assert [i.meeting.date.isoformat() for i in res.items if i.meeting and i.meeting.date] == dates
    assert [i.outcome for i in res.items] == ["approved"] * 3
    assert res.meeting.date is None


@pytest.mark.parametrize(
    ("told", "outcome"),
    [
        # a decision of another sitting told by someone, in the subjunctive, with its day
        (
            "Der Bauausschuss habe am 12. September 2029 doch einstimmig beschlossen, die "
            "Arbeiten abzuschließen.",
            None,
        ),
        # guard: with its day in figures, as read before
        (
            "Der Bauausschuss habe am 12.09.2029 einstimmig beschlossen, die Arbeiten "
            "abzuschließen.",
            None,
        ),
        # guard: the body's own decision in the indicative
        ("Die Ratsversammlung beschließt einstimmig, die Arbeiten abzuschließen.", "approved"),
    ],
)
def test_a_decision_told_by_someone_with_its_day(told: str, outcome: str | None) -> None:
    res = parse_text(
        "Auszug aus der Niederschrift\nüber die 23. Sitzung der Ratsversammlung am Donnerstag, "
        "dem 9. November 2030\n\nPunkt 3 der Tagesordnung:\nEinwohnerfragestunde\n\n"
        f"Frau Möller fragt nach dem Stand der Sanierung. {told}\n"
    )
    assert res.outcome == outcome


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        # an earlier decision told by its number
        (
            "Mit Beschluss-Nr. 874/35/2029 hat die Stadtvertretung das Radverkehrskonzept "
            "beschlossen und die Verwaltung beauftragt, jährlich zu berichten.",
            None,
        ),
        (
            "Mit Beschluss Nr. 112-2029 hat der Rat das Konzept beschlossen und die Verwaltung "
            "beauftragt, es umzusetzen.",
            None,
        ),
        # guard: the body's decision in the present
        ("Die Stadtvertretung beschließt das Radverkehrskonzept.", "approved"),
    ],
)
def test_an_earlier_decision_told_by_its_number(sentence: str, outcome: str | None) -> None:
    res = parse_text(
        f"Mitteilungsvorlage MV/0123/2030\n\nSachverhalt:\n{sentence} Der vorliegende Bericht "
        "umfasst das Jahr 2029.\n"
    )
    assert res.outcome == outcome


@pytest.mark.parametrize(
    ("proposal", "outcome"),
    [
        # a report put off to a later sitting by consent
        ("den Sachstandsbericht in der Sitzung am 15. Mai 2030 nachzuholen", "postponed"),
        # guard: a proposal that decides the matter
        ("dem Bericht zuzustimmen", "approved"),
    ],
)
def test_a_report_put_off_by_consent(proposal: str, outcome: str) -> None:
    res = parse_text(
        "Niederschrift über die öffentliche Sitzung\nvom Mittwoch, 17. April 2030\n\n"
        "3. Sachstandsbericht Hochwasserschutz\n\n"
        f"Die Ortsvorsteherin schlägt vor, {proposal}.\n\nWiderspruch erhebt sich nicht.\n"
    )
    assert res.outcome == outcome


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # a count table across whose cell names who voted so beside the number
        (
            "Ja         Nein         Enthaltung\n11         0            2 (DIE LINKE)",
            (11, 0, 2, ["DIE LINKE"]),
        ),
        # guard: plain numbers
        ("Ja         Nein         Enthaltung\n11         0            2", (11, 0, 2, [])),
    ],
)
def test_a_count_table_across_with_groups_in_a_cell(
    table: str, expected: tuple[int, int, int, list[str]]
) -> None:
    text = f"Beschluss:\nDer Beirat stimmt zu.\n\nAbstimmungsergebnis:\n{table}\n"
    vote = decisive_vote(text)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain, _sides(text)[2]) == expected


@pytest.mark.parametrize(
    ("below", "unanimous"),
    [
        # how the vote went, in parentheses on a line of its own under the counts
        ("(einstimmig bei zwei Enthaltungen)", True),
        ("(mehrheitlich)", False),
        # guard: without the parentheses
        ("einstimmig bei zwei Enthaltungen", True),
    ],
)
def test_how_the_vote_went_in_parentheses_below(below: str, unanimous: bool) -> None:
    text = (
        "Beschluss:\nDer Beirat stimmt zu.\n\nAbstimmungsergebnis:\n"
        f"Ja: 11 Nein: 0 Enthaltung: 2\n\n{below}\n"
    )
    assert decisive_vote(text).unanimous is unanimous


@pytest.mark.parametrize(
    ("mark", "sides"),
    [
        # a table by group that marks each group's side with a cross, no counts
        ("X", (["SPD", "GRÜNE"], ["CDU"], ["FDP"])),
        ("x", (["SPD", "GRÜNE"], ["CDU"], ["FDP"])),
        # guard: numbers in the cells count the groups' members
        ("1", (["SPD", "GRÜNE"], ["CDU"], ["FDP"])),
    ],
)
def test_a_table_by_group_marked_with_crosses(
    mark: str, sides: tuple[list[str], list[str], list[str]]
) -> None:
    text = (
        "Beschluss:\nDer Regionalausschuss stimmt zu.\n\nAbstimmungsergebnis:\n"
        "| Fraktion   | SPD | GRÜNE | CDU | FDP |\n"
        f"| Zustimmung |  {mark}  |   {mark}   |     |     |\n"
        f"| Ablehnung  |     |       |  {mark}  |     |\n"
        f"| Enthaltung |     |       |     |  {mark}  |\n\n"
        "Ergebnis: Der Antrag wird mehrheitlich angenommen.\n"
    )
    assert _sides(text) == sides
    counted = decisive_vote(text).counts.yes
    assert counted == (2 if mark == "1" else None)


def test_a_table_by_group_under_a_head_wrapped_onto_two_lines() -> None:
    text = (
        "Beschluss:\nDer Stadtrat beschließt die Satzung.\n\nAbstimmungsergebnis:\n"
        "Fraktion        gesetzl.   anwe-    Ja    Nein   Enthal-   Mitwirkungs-\n"
        "                Anzahl     send                  tung      verbot\n"
        "CDU                9         8       8      0      0          0\n"
        "AfD                8         8       0      8      0          0\n"
        "Gesamt            17        16       8      8      0          0\n"
    )
    vote = decisive_vote(text)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (8, 8, 0)
    assert _sides(text) == (["CDU"], ["AfD"], [])


@pytest.mark.parametrize(
    ("proposal", "outcome"),
    [
        # a motion settled by consent to regard it as done
        ("den Antrag als erledigt zu betrachten", "other"),
        # guard: a consent to postpone it
        ("den Antrag zu vertagen", "postponed"),
    ],
)
def test_a_motion_regarded_as_settled_by_consent(proposal: str, outcome: str) -> None:
    res = parse_text(
        "TOP 7\nAntrag der Fraktion FWG 03/2030\n\n"
        f"Der Ortsteilbürgermeister schlägt vor, {proposal}.\n\nWiderspruch erhebt sich nicht.\n"
    )
    assert res.outcome == outcome


@pytest.mark.parametrize(
    ("report", "outcome"),
    [
        # the result reported as adopted with a change, under a status that only approves
        ("Der Beschlussvorschlag wurde mit folgender Änderung beschlossen:", "approved_amended"),
        # guard: a status that says unchanged
        ("", "approved"),
    ],
)
def test_a_status_that_approves_over_a_reported_change(report: str, outcome: str) -> None:
    res = parse_text(
        "Beschlusstext:\n1. Der Stadtrat beschließt das Förderprogramm.\n"
        "2. Anträge können bis zum 31.12.2030 gestellt werden.\n\nBeschluss: beschlossen\n\n"
        f"{report}\nIn Ziffer 2 wird das Datum durch „30.06.2031“ ersetzt.\n\n"
        "Abstimmungsergebnis:\nDer Beschluss wurde mit 24 Ja-Stimmen ohne Gegenstimmen gefasst.\n"
    )
    assert res.outcome == outcome


@pytest.mark.parametrize(
    ("sentence", "changed"),
    [
        # the proposal's version named by its date, adopted with a change
        (
            "Der Gemeinderat beschließt die Satzung in der Fassung des Entwurfs vom 24.09.2030 "
            "mit folgender Änderung:",
            True,
        ),
        # guard: a new version whose content is a change
        ("Der Gemeinderat beschließt die Neufassung der Ordnung mit folgenden Änderungen:", False),
    ],
)
def test_a_dated_version_adopted_with_a_change(sentence: str, changed: bool) -> None:
    assert vocab.says_changed(sentence.lower()) is changed


@pytest.mark.parametrize(
    ("heading", "outcome"),
    [
        # the bare word over the administration's proposal, no result below
        ("Antrag:", None),
        # guard: a decision's heading over the same text
        ("Beschluss:", "approved"),
    ],
)
def test_a_proposal_headed_by_the_bare_word(heading: str, outcome: str | None) -> None:
    res = parse_text(
        "Landeshauptstadt Nordhafen\nBeschlussvorlage 0734/2030\n\nBetreff:\nUmgestaltung des "
        f"Bahnhofsvorplatzes\n\n{heading}\n\n1. Der Entwurfsplanung (Anlage 1) wird zugestimmt.\n\n"
        "2. Die Verwaltung wird beauftragt, die Bauleistungen auszuschreiben.\n\nBegründung:\n"
        "Die Vorplanung wurde in einer Bürgerwerkstatt vorgestellt.\n"
    )
    assert (res.outcome, len(res.clauses)) == (outcome, 2)


@pytest.mark.parametrize(
    ("title", "date"),
    [
        # the plenary's sitting in one word, after its body
        ("Stadtrat Landsberg – Plenum vom 22.05.2030 (öffentlich)", "2030-05-22"),
        ("Kreistag Ebersberg - Plenum am 22.05.2030", "2030-05-22"),
        # guard: the word in a sentence names no sitting of this text
        ("Das Plenum vom 22.05.2030 hatte den Antrag vertagt.", None),
    ],
)
def test_a_plenarys_sitting_in_one_word(title: str, date: str | None) -> None:
    text = f"{title}\n\nTagesordnungspunkt 9\nAntrag der UBV\n\nDer Antrag wird verwiesen.\n"
    assert _date(text) == date


def test_a_count_table_with_a_column_for_each_part() -> None:
    res = parse_text(
        "Der Kreistag fasst folgenden Beschluss:\n\n1. Der Kreistag beschließt den Plan.\n"
        "2. Der Rufbus wird eingeführt.\n\nAbstimmungsergebnis:\n"
        "               Ziffer 1     Ziffer 2\n"
        "Ja-Stimmen        38           29\n"
        "Nein-Stimmen       0           10\n"
        "Enthaltungen       3            2\n\nBeschluss: angenommen\n"
    )
    parts = [(v.subject, v.counts.yes, v.counts.no, v.counts.abstain) for v in res.votes][:2]
    assert parts == [("Ziffer 1", 38, 0, 3), ("Ziffer 2", 29, 10, 2)]
    # the parts' counts differ: the text's vote has none of its own
    decisive = next(v for v in res.votes if v.decisive)
    assert (res.outcome, decisive.counts.yes) == ("approved", None)
