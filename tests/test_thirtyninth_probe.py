"""Families found in the thirty-eighth probe's remaining texts and the thirty-ninth blind probe
(``tests/probes/thirtyninth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text, vocab
from tests.reading import meeting_date as _date


@pytest.mark.parametrize(
    ("framing", "outcome"),
    [
        # what kind of decision between "folgenden" and "Beschluss", over a background section
        (
            "Der Ausschuss fasst mit 7:2 Stimmen folgenden, gegenüber dem Beschlussvorschlag\n"
            "der Verwaltung in Ziffer 2 geänderten Beschluss:",
            "approved_amended",
        ),
        (
            "Der Ausschuss fasst einstimmig folgenden, in Ziffer 2 ergänzten Beschluss:",
            "approved_amended",
        ),
        # guard: the plain framing line
        ("Der Ausschuss fasst folgenden Beschluss:", "approved"),
    ],
)
def test_a_framing_line_with_the_decisions_kind(framing: str, outcome: str) -> None:
    res = parse_text(
        "TOP 4\nBauantrag Am Kirchfeld 14\n\nSachverhalt:\nDer Bauantrag ging am 12.08.2030 ein."
        f"\n\n{framing}\n\n1. Das Einvernehmen wird erteilt.\n"
        "2. Der Befreiung von der Baugrenze wird zugestimmt.\n"
    )
    assert (res.outcome, len(res.clauses)) == (outcome, 2)


@pytest.mark.parametrize(
    ("debate", "clauses"),
    [
        (
            "Herr Stadtrat Gerlach begründete den Antrag. Bürgermeister Krause erläuterte die "
            "Stellungnahme.",
            3,
        ),
        ("Frau Dr. Lenz berichtet aus dem Ausschuss.", 3),
        ("Stadträtin Pohl trug den Antrag vor.", 3),
        # guard: a sentence that decides is the decided text
        ("Der Stadtrat erklärt den Antrag für erledigt.", 0),
    ],
)
def test_a_results_heading_over_the_debate_alone(debate: str, clauses: int) -> None:
    res = parse_text(
        "Beschlussantrag BA-027/2030\n\nBeschlussvorschlag:\nDer Oberbürgermeister wird beauftragt,"
        "\n1. das Parken gebührenfrei zu stellen,\n2. die Mindereinnahmen zu decken und\n"
        f"3. dem Stadtrat zu berichten.\n\nBeratungsergebnis:\n{debate}\n\n"
        "Abstimmung:  Ja 11 | Nein 39 | Enthaltung 6\n"
    )
    assert len(res.clauses) == clauses


@pytest.mark.parametrize(
    ("result", "expected"),
    [
        # three numbers with slashes after the word of majority or unanimity
        ("mehrh. 12/3/1 (Nein: GRÜNE, Enth.: FDP)", (False, 12, 3, 1)),
        ("mehrheitlich 12/3/1", (False, 12, 3, 1)),
        ("einstimmig 11/0/0", (True, 11, 0, 0)),
        ("mehrh.", (False, None, None, None)),
        # guard: three numbers with slashes elsewhere are a session's or a record's number
        ("einstimmig (Sitzung 12/3/1)", (True, None, None, None)),
    ],
)
def test_a_terse_tally_after_the_word_of_majority(
    result: str, expected: tuple[bool, int | None, int | None, int | None]
) -> None:
    res = parse_text(
        f"Beschluss:\nDer Rat beschließt die Satzung.\n\nAbstimmungsergebnis: {result}\n"
    )
    vote = next(v for v in res.votes if v.decisive)
    c = vote.counts
    assert (vote.unanimous, c.yes, c.no, c.abstain) == expected


@pytest.mark.parametrize(
    "heading",
    [
        "Beschluss: (Sitzung des Ausschusses für Umwelt und Verkehr am 05.09.2030)",
        "Beschluss (Sitzung des Ausschusses für Umwelt und Verkehr am 05.09.2030):",
    ],
)
def test_a_decisions_heading_names_its_sitting_in_parentheses(heading: str) -> None:
    res = parse_text(
        "Beschlussvorlage\n\nBeratungsfolge:\nAusschuss für Umwelt und Verkehr  05.09.2030  "
        "Vorberatung\nRat der Stadt  26.09.2030  Entscheidung\n\n"
        f"{heading}\n\nDer Ausschuss empfiehlt dem Rat die Satzung.\n\n"
        "Abstimmungsergebnis: einstimmig\n"
    )
    assert res.meeting.date is not None and res.meeting.date.isoformat() == "2030-09-05"


@pytest.mark.parametrize(
    "line",
    [
        # an office of the administration and its letter's day, under the sitting's excerpt
        "Mobilitätsreferat, Schreiben vom 14.09.2030, Az. MOR-GB2.211-4-0987",
        "Baureferat, Schreiben vom 14.09.2030",
        # guard: a body and its sitting's day is still one
        "Bezirksausschuss 9 - Sitzung vom 10.10.2030",
    ],
)
def test_an_offices_letter_under_the_excerpt(line: str) -> None:
    text = (
        "Bezirksausschuss 9 Neuhausen\nProtokollauszug der Sitzung vom 10.10.2030\n\nTOP 4.2.3\n"
        f"{line}\n\nBeschluss:\nDer BA 9 stimmt der Planung zu.\n\nAbstimmung: einstimmig\n"
    )
    assert _date(text) == "2030-10-10"


@pytest.mark.parametrize(
    ("decided", "status", "outcome"),
    [
        ("Der Ausschuss vertagt die Beratung der Vorlage.", "vertagt", "postponed"),
        ("Der Ausschuss verweist die Vorlage in den Bauausschuss.", "verwiesen", "referred"),
        ("Der Ausschuss nimmt den Bericht zur Kenntnis.", "zur Kenntnis genommen", "noted"),
        # guard: the count and a plain approval
        ("Der Ausschuss beschließt die Satzung.", "beschlossen", "approved"),
    ],
)
def test_a_bare_count_over_the_result_its_text_makes(
    decided: str, status: str, outcome: str
) -> None:
    res = parse_text(f"Beschluss:\n{decided}\n\nAbstimmungsergebnis: 9 : 3\n\nErgebnis: {status}\n")
    vote = next(v for v in res.votes if v.decisive)
    assert (res.outcome, vote.counts.yes, vote.counts.no, vote.unanimous) == (
        outcome,
        9,
        3,
        False,
    )


@pytest.mark.parametrize(
    ("finding", "outcome"),
    [
        # the finding, its subject first, below the motion's text
        ("Der Antrag ist damit angenommen.", "approved"),
        ("Der Antrag ist somit abgelehnt.", "rejected"),
        # guard: the finding in its usual order
        ("Damit ist der Antrag angenommen.", "approved"),
    ],
)
def test_the_finding_below_the_motions_text(finding: str, outcome: str) -> None:
    res = parse_text(
        "Antragstext:\nDer Ortsbeirat bittet den Magistrat, eine Bewohnerparkzone einzurichten."
        f"\n\n{finding}\n"
    )
    assert res.outcome == outcome


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        # not following closes the clause: nothing sure is said, the result line decides
        ("Die Bezirksversammlung folgt der Empfehlung des Ausschusses nicht.", "rejected"),
        # guard: following it contradicts the result line, and no outcome is sure
        ("Die Bezirksversammlung folgt der Empfehlung des Ausschusses.", None),
    ],
)
def test_a_recommendation_not_followed(sentence: str, outcome: str | None) -> None:
    res = parse_text(
        "Petitum/Beschluss:\nDie Bezirksversammlung möge beschließen:\n1. Tempo 30 wird angeordnet."
        f"\n2. Die Ampel wird geprüft.\n\nErgebnis: abgelehnt\n\n{sentence}\n"
        "Abstimmungsergebnis: Abgelehnt mit den Stimmen der Fraktionen GRÜNE und CDU gegen die "
        "Stimmen der Fraktionen SPD und FDP.\n"
    )
    assert res.outcome == outcome


@pytest.mark.parametrize(
    ("field", "outcome"),
    [
        # the proposal's field says there is none: the lines under it are the item's own
        ("Beschlussvorschlag: entfällt (die Vorlage dient der Information)", "noted"),
        ("Beschlussvorschlag: kein Beschlussvorschlag", "noted"),
        # guard: a proposal under its field is no decision
        ("Beschlussvorschlag:", None),
    ],
)
def test_a_proposals_field_that_says_there_is_none(field: str, outcome: str | None) -> None:
    res = parse_text(
        "TOP 5   Bericht zur Unterbringung\n\n"
        f"{field}\n\nDer Ausschuss nimmt den Bericht zur Kenntnis.\n"
    )
    assert res.outcome == outcome


@pytest.mark.parametrize(
    "sitting",
    [
        # each body's line over its sitting's words, then its result
        "Sitzung vom {date}, TOP Ö 7",
        "Sitzung am {date}",
        # guard: the field with its colon
        "Sitzung: {date}",
    ],
)
def test_a_course_of_bodies_over_their_sittings(sitting: str) -> None:
    blocks = "".join(
        f"{body}\n{sitting.format(date=date)}\nErgebnis: {result}\n\n"
        for body, date, result in (
            ("Ausschuss für Planung und Bau", "03.06.2030", "einstimmig empfohlen"),
            ("Verwaltungsausschuss", "18.06.2030", "einstimmig empfohlen"),
            ("Rat der Gemeinde", "01.07.2030", "mehrheitlich beschlossen\nJa: 29 | Nein: 4"),
        )
    )
    res = parse_text(
        "Vorlage 0345/2030 - Beratungsverlauf\n\nBeschlussvorschlag:\nDie Satzung wird "
        f"beschlossen.\n\nBeratungsverlauf:\n\n{blocks}"
    )
    # three bodies, three sittings: no one meeting date; each result its body's item
    assert (res.meeting.date, res.outcome, len(res.items), res.votes) == (None, "approved", 3, ())


@pytest.mark.parametrize(
    ("listed", "names"),
    [
        # a group's short name in parentheses after its long one is part of its name
        (
            "CDU, Wählergemeinschaft Henstedt-Ulzburg (WHU), FDP",
            ["CDU", "Wählergemeinschaft Henstedt-Ulzburg (WHU)", "FDP"],
        ),
        ("Bürgergemeinschaft für Bielefeld (BfB)", ["Bürgergemeinschaft für Bielefeld (BfB)"]),
        # guard: a party in parentheses after a member's name is the member's party
        ("Çelik (SPD)", ["Çelik"]),
        # guard: a number in parentheses counts the group's members
        ("CDU (12), SPD (4)", ["CDU", "SPD"]),
    ],
)
def test_a_groups_short_name_in_parentheses(listed: str, names: list[str]) -> None:
    res = parse_text(
        f"Beschluss:\nDer Rat beschließt die Satzung.\n\nAbstimmungsergebnis: mehrheitlich\n"
        f"Dafür: {listed}\n"
    )
    vote = next(v for v in res.votes if v.decisive)
    assert [g.name for g in vote.groups.yes] == names


@pytest.mark.parametrize(
    ("listed", "names"),
    [
        # a part of a group names the group
        ("GRÜNE, Teile der SPD-Fraktion", ["GRÜNE", "SPD-Fraktion"]),
        # guard: the members of a group too
        ("GRÜNE, zwei Mitglieder der SPD-Fraktion", ["GRÜNE", "SPD-Fraktion"]),
    ],
)
def test_a_part_of_a_group_names_the_group(listed: str, names: list[str]) -> None:
    res = parse_text(
        "Beschluss:\nDer Rat beschließt die Satzung.\n\nAbstimmungsergebnis: mehrheitlich\n"
        f"Dafür: {listed}\n"
    )
    vote = next(v for v in res.votes if v.decisive)
    assert [g.name for g in vote.groups.yes] == names


@pytest.mark.parametrize(
    ("row", "date"),
    [
        # a sitting's cells copied without their gaps or colons
        (
            "GremiumAusschuss für BildungSitzungsdatum03.09.2030Sitzungsnr.BKS/05/2030",
            "2030-09-03",
        ),
        ("GremiumStadtratSitzungstermin03.09.2030", "2030-09-03"),
        # guard: the cells with their colons
        ("Gremium: Stadtrat\nSitzungsdatum: 03.09.2030", "2030-09-03"),
    ],
)
def test_a_sittings_cells_copied_without_gaps(row: str, date: str) -> None:
    text = (
        f"Stadt Falkenau\n\n{row}\n\nTOP Ö 7\nRichtlinie über Zuschüsse\n\nBeschluss:\n"
        "Der Ausschuss beschließt die Richtlinie.\n\nAbstimmungsergebnis: einstimmig\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("after", "clauses"),
    [
        # a report's numbered points, the body's taking note in a paragraph after them
        ("\n\nDer Ortsgemeinderat nimmt den Jahresbericht zur Kenntnis.\n", 0),
        ("\n\nDer Bericht wurde vom Ausschuss zur Kenntnis genommen.\n", 0),
        # guard: taking note as the last point of the decided text keeps the points
        ("\n3. Der Rat nimmt den Bericht zur Kenntnis.\n", 3),
    ],
)
def test_a_reports_points_before_the_note_taken(after: str, clauses: int) -> None:
    res = parse_text(
        "Niederschrift über die Sitzung des Ortsgemeinderates am 09.02.2030\n\n"
        "Punkt 3 der Tagesordnung:\nJahresbericht der Feuerwehr\n\n"
        "Der Wehrführer trägt den Bericht vor. Die Wehr wurde alarmiert zu\n"
        "1. 5 Brandeinsätzen,\n2. 7 technischen Hilfeleistungen." + after
    )
    assert (res.outcome, len(res.clauses)) == ("noted", clauses)


@pytest.mark.parametrize(
    ("told", "status", "vote"),
    [
        # the motion changed in the sitting, under a status that only approves
        (
            "Der so ergänzte Antrag wird zur Abstimmung gestellt.",
            "mehrheitlich beschlossen",
            "Zustimmung: CDU, SPD\nAblehnung: AfD",
        ),
        (
            "Die Antragsteller übernehmen diese Ergänzung als neue Ziffer 2.",
            "beschlossen",
            "einstimmig",
        ),
        ("Der Vorsitzende lässt über den ergänzten Antrag abstimmen.", "beschlossen", "einstimmig"),
    ],
)
def test_a_motion_changed_in_the_sitting(told: str, status: str, vote: str) -> None:
    res = parse_text(
        f"Beschlussart: {status}\n\nAntrag der CDU-Fraktion\n\nHerr Groß begründet den Antrag. "
        f"{told}\n\nBeschluss:\n1. Die Stadt prüft den Ausbau.\n2. Der Rat wird unterrichtet.\n\n"
        f"Abstimmungsergebnis:\n{vote}\n"
    )
    assert res.outcome == "approved_amended"


@pytest.mark.parametrize(
    ("note", "outcome"),
    [
        # an agenda's note that the item was carried over from an earlier sitting
        ("Vorlage SR/2030/187 – vertagt aus der Sitzung vom 07.11.2030", None),
        # guard: one dated in that sitting already reads so
        ("Vorlage SR/2030/162 – in der Sitzung vom 10.10.2030 zurückgestellt", None),
    ],
)
def test_an_agenda_item_carried_over(note: str, outcome: str | None) -> None:
    res = parse_text(
        "Einladung zur 31. Sitzung des Stadtrates\n\nTagesordnung\n\n1.   Eröffnung\n"
        f"2.   Antrag der Fraktion AfD: Hundesteuer\n     {note}\n3.   Anfragen der Stadträte\n"
    )
    assert res.outcome == outcome


def test_a_roll_call_with_each_sides_members_under_its_label() -> None:
    res = parse_text(
        "Antragstext:\nDer Ortsbeirat bittet den Magistrat, eine Bewohnerparkzone einzurichten.\n\n"
        "Auf Antrag von Herrn Schäfer wird namentlich abgestimmt. Die Abstimmung ergibt:\n\n"
        "Ja:\nFrau Becker (SPD)\nHerr Fiedler (SPD)\nHerr Wagner (B90/Grüne)\n\n"
        "Nein:\nHerr Schäfer (CDU)\nHerr Krämer (FDP)\n\nEnthaltung:\nHerr Roth (CDU)\n\n"
        "Der Antrag ist damit angenommen.\n"
    )
    vote = next(v for v in res.votes if v.decisive)
    c = vote.counts
    assert (res.outcome, c.yes, c.no, c.abstain, vote.groups.yes[0].kind) == (
        "approved",
        3,
        2,
        1,
        "person",
    )


def test_a_label_over_prose_is_no_roll_call() -> None:
    # guard: the label's line over a sentence, not over members' names
    res = parse_text(
        "Beschluss:\nDer Rat beschließt die Satzung.\n\nAbstimmungsergebnis:\n"
        "Ja: 20\nNein: 3\nHerr Roth (CDU) nimmt an der Abstimmung nicht teil.\n"
    )
    vote = next(v for v in res.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no) == (20, 3)


@pytest.mark.parametrize("word", vocab.NO_PROPOSAL)
def test_every_word_that_says_there_is_no_proposal(word: str) -> None:
    res = parse_text(
        "TOP 5   Bericht zur Unterbringung\n\n"
        f"Beschlussvorschlag: {word.capitalize()} (die Vorlage dient der Information)\n\n"
        "Der Ausschuss nimmt den Bericht zur Kenntnis.\n"
    )
    assert res.outcome == "noted"
