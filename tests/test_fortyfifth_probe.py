"""Families found in the forty-fourth probe's remaining texts and the forty-fifth blind probe
(``tests/probes/fortyfifth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from ratsparse.normalize import clean
from tests.reading import meeting_date as _date
from tests.reading import references


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        # the change a decided sentence decides, no change made to the proposal
        ("Der Rat beschließt die 2. Änderung der Hauptsatzung.", "approved"),
        ("Die Gemeindevertretung beschließt die Änderung der Gebührensatzung.", "approved"),
        ("Der Kreistag beschließt eine Ergänzung der Geschäftsordnung.", "approved"),
        # guards: the proposal changed in the meeting, as the status phrases say it
        ("mit Änderungen beschlossen", "approved_amended"),
        ("beschlossen mit folgender Ergänzung", "approved_amended"),
        ("in der Fassung der Ergänzung beschlossen", "approved_amended"),
    ],
)
def test_a_status_that_decides_a_change_is_no_changed_decision(status: str, outcome: str) -> None:
    text = f"Vorlage: GV/0412/2031\n\nBeschluss: {status}\n\nAbstimmungsergebnis: einstimmig\n"
    assert parse_text(text).outcome == outcome


# A motion's page of Frankfurt's kind, its fields run into one line by the copy.
_RUN_ON = (
    "Ortsbeirat 9\nAnträge\nRadweg an der Lindenallee\n"
    "SACHSTAND: Antrag vom 02.04.2031, OF 311/9 Betreff: Radweg an der Lindenallee Der "
    "Ortsbeirat möge beschließen: Der Magistrat wird gebeten, an der Lindenallee zwischen "
    "Bahnhof und Schule einen geschützten Radweg anzulegen. Begründung: Der Weg zur Schule "
    "führt über die Lindenallee, auf der viele Kinder mit dem Rad fahren und der Verkehr "
    "schnell ist. Antragsteller: GRÜNE Vertraulichkeit: Nein Beratungsergebnisse: 12. Sitzung "
    "des OBR 9 am 28.04.2031, TO I, TOP 8 Beschluss: Die Vorlage OF 311/9 wird {verdict}. "
    "Abstimmung: {sides} Sonstige Voten/Protokollerklärung: FDP (= Prüfung und Bericht)\n"
)


@pytest.mark.parametrize(
    ("verdict", "sides", "outcome", "yes", "no", "abstain"),
    [
        (
            "abgelehnt",
            "SPD, LINKE und Volt gegen GRÜNE und CDU (= Annahme)",
            "rejected",
            ["SPD", "LINKE", "Volt"],
            ["GRÜNE", "CDU"],
            [],
        ),
        (
            "beschlossen",
            "GRÜNE, SPD und Volt gegen CDU (= Ablehnung); LINKE (= Enthaltung)",
            "approved",
            ["GRÜNE", "SPD", "Volt"],
            ["CDU"],
            ["LINKE"],
        ),
    ],
)
def test_a_page_run_into_one_line_reads_as_its_fields(
    verdict: str, sides: str, outcome: str, yes: list[str], no: list[str], abstain: list[str]
) -> None:
    text = _RUN_ON.format(verdict=verdict, sides=sides)
    doc = parse_text(text)
    assert doc.outcome == outcome
    assert doc.meeting.date is not None and doc.meeting.date.isoformat() == "2031-04-28"
    vote = next(v for v in doc.votes if v.decisive)
    assert [g.name for g in vote.groups.yes] == yes
    assert [g.name for g in vote.groups.no] == no
    assert [g.name for g in vote.groups.abstain] == abstain
    # each field on a line of its own in the clean view, its span still into the text as read
    view = clean(text)
    assert "\nAbstimmung: " in view.text and "\nBeschluss: " in view.text
    assert len(view.text) == len(text)


def test_a_long_line_of_prose_stays_one_line() -> None:
    # guard: a long line of prose with a label or two is no page run into one line
    line = "Der Rat hat den Beschluss: Die Vorlage wird angenommen, gefasst. " * 2
    line += "Der Rat nimmt den Bericht zur Kenntnis und dankt der Verwaltung. " * 6
    assert "\n" not in clean(line).text.strip()


def test_a_noun_of_the_sentence_is_no_field_of_a_run_on_page() -> None:
    # a small word before the label: "… stellt den Antrag zur Abstimmung: …" is a sentence's
    text = _RUN_ON.format(verdict="abgelehnt", sides="SPD gegen CDU (= Annahme)").replace(
        "Begründung: ", "Der Vorsitzende stellt ihn zur Abstimmung: "
    )
    view = clean(text).text
    assert "zur Abstimmung: " in view and "\nAntragsteller: " in view


def test_each_parts_line_of_sides_is_its_vote() -> None:
    text = (
        "Beschluss:\n1. Die Vorlage B 77 dient zur Kenntnis.\n"
        "2. Der Antrag NR 410 wird abgelehnt.\n\nAbstimmung:\n"
        "zu 1.   GRÜNE, CDU, SPD und Volt gegen AfD (= Ablehnung); LINKE (= Enthaltung)\n"
        "zu 2.   GRÜNE, CDU, SPD, Volt und AfD gegen LINKE (= Annahme)\n"
    )
    doc = parse_text(text)
    assert [item.number for item in doc.items] == ["1.", "2."]
    first, second = ([v for v in item.votes if v.decisive] for item in doc.items)
    assert [g.name for g in first[0].groups.yes] == ["GRÜNE", "CDU", "SPD", "Volt"]
    assert [g.name for g in first[0].groups.abstain] == ["LINKE"]
    assert [g.name for g in second[0].groups.yes] == ["GRÜNE", "CDU", "SPD", "Volt", "AfD"]
    assert [g.name for g in second[0].groups.no] == ["LINKE"]
    # a part's vote ends before the next part's "zu": no word of the next is the vote's
    assert not first[0].text.endswith("zu")


def test_two_sittings_lines_of_sides_are_two_votes() -> None:
    text = (
        "Anregung\nDer Magistrat wird gebeten, die Lindenallee zu begrünen.\n\n"
        "Beratungsverlauf 2 Sitzungen\n"
        "GRÜNE, SPD und Volt gegen CDU und AfD (= Ablehnung); FDP (= Enthaltung)\n"
        "GRÜNE, SPD, CDU und FDP gegen AfD (= Annahme im Rahmen NR 12)\n"
    )
    doc = parse_text(text)
    sides = [[g.name for g in v.groups.no] for v in doc.votes]
    assert sides == [["CDU", "AfD"], ["AfD"]]
    # (CDU against in one, for in the other: a course of sittings without results, no decision)
    assert doc.outcome is None


@pytest.mark.parametrize(
    ("field", "date"),
    [
        # the earlier body's field on one line names its sitting, not the text's
        ("Vorberatung:    Finanzausschuss am 02.06.2031\n", "2031-06-19"),
        ("Vorberatungen:    Hauptausschuss am 02.06.2031\n", "2031-06-19"),
        ("Vorberaten:      Bauausschuss am 02.06.2031\n", "2031-06-19"),
        # guard: without the label, the body's sitting beside the record's own
        ("", "2031-06-19"),
    ],
)
def test_the_earlier_bodys_field_on_its_line_is_no_sitting_of_the_text(
    field: str, date: str
) -> None:
    text = (
        "Stadtverordnetenversammlung\n\n"
        "Beschluss-Nr. SVV-045/2031                    Sitzung vom 19.06.2031\n\n"
        f"Drucksache:     0098/2031\n{field}\nDie Stadtverordnetenversammlung beschließt:\n"
        "1. Die Satzung wird erlassen.\n\nAbstimmungsergebnis:\n14/5/3\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("second_row", "date"),
    [
        # a table of decisions, each row dated: a list, no sitting of the text
        ("SVV-B 36/2031 |26.06.2031 |BV 2031/029 |Beitritt Zweckverband |erledigt\n", None),
        # guard: the table's one row dates the sitting
        ("", "2031-04-24"),
    ],
)
def test_a_pipe_table_of_dated_rows_is_a_list_not_the_sitting(
    second_row: str, date: str | None
) -> None:
    text = (
        "Mitteilungsvorlage\n\nBetreff: Stand der Umsetzung\n\n"
        "Beschluss-Nr. |Datum      |Vorlage     |Gegenstand            |Stand\n"
        "SVV-B 31/2031 |24.04.2031 |BV 2031/018 |Sanierung Gehweg      |umgesetzt\n"
        f"{second_row}\nDie Mitteilungsvorlage dient der Information.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("cue", "date"),
    [
        # a reference to an earlier decision wrapped after its cue is no title of the text
        ("(vgl.", "2031-03-13"),
        ("(siehe", "2031-03-13"),
        # guard: a title of its own after a sentence that ended
        ("wird gefordert.", None),
    ],
)
def test_an_earlier_decision_wrapped_after_its_cue_is_no_title(cue: str, date: str | None) -> None:
    text = (
        "Sitzungsvorlage Nr. 20-26 / V 31234\n\n"
        "Beschluss des Kommunalausschusses vom 13.03.2031 (SB)\nÖffentliche Sitzung\n\n"
        f"I. Vortrag\n\nDie Verdopplung der Brunnen {cue}\n"
        "Beschluss der Vollversammlung vom 27.07.2029, Sitzungsvorlage Nr. 20-26 / V 06618).\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    "day", ["22.04.2031", "Dienstag, 22.04.2031", "22. April 2031", "Dienstag, 22. April 2031"]
)
def test_a_sittings_field_and_its_day_below(day: str) -> None:
    text = (
        "Beschlussausfertigung\n\nSitzung:        SBR NE/031/2031\n"
        f"am:             {day}\nVorlage Nr.:    V-NE0118/31\n\n"
        "Beschluss:\nDer Stadtbezirksbeirat beschließt die Förderung.\n"
    )
    assert _date(text) == "2031-04-22"


@pytest.mark.parametrize(
    "cell",
    ["Di., 22.07.2031, 18:00 Uhr", "22.07.2031, 18.00 Uhr, Ratssaal", "22.07.2031 18:00 Uhr"],
)
def test_a_pipe_tables_sitting_cell_with_its_time(cell: str) -> None:
    text = (
        "| Stadt Lindenau | |\n|---|---|\n| Gremium | Gemeinderat |\n"
        f"| Sitzung | {cell} |\n| Vorlage | GR/2031/144 |\n\n"
        "Beschlusstext:\n1. Der Gemeinderat stimmt der Bestellung zu.\n"
    )
    assert _date(text) == "2031-07-22"


@pytest.mark.parametrize(
    ("row", "papers"),
    [
        # the decisions' numbers in a column so headed, the first cell without its border
        ("SVV-B 31/2030 |24.04.2030 |BV 2030/018 |umgesetzt", ["BV 2030/018"]),
        ("GV 12/2030    |24.04.2030 |BV 2030/018 |umgesetzt", ["BV 2030/018"]),
        # guard: a paper's number in the paper's column is a paper
        ("SVV-B 31/2030 |24.04.2030 |0018/2030   |umgesetzt", ["0018/2030"]),
    ],
)
def test_a_tables_column_of_decision_numbers_without_its_border(
    row: str, papers: list[str]
) -> None:
    text = (
        "Mitteilung\n\nBeschluss-Nr. |Datum      |Vorlage     |Stand\n"
        f"{row}\nSVV-B 36/2030 |26.06.2030 |BV 2030/029 |erledigt\n"
    )
    assert [r for r in references(text) if r != "BV 2030/029"] == papers


@pytest.mark.parametrize(
    "label",
    [
        # the exclusion's column, with the law it cites without brackets, or none
        "Ausschluss § 33 KVG LSA",
        "Ausschluss",
        "befangen gem. § 22 GO",
        # guard: the law in brackets, as read before
        "befangen (§ 31 GO)",
    ],
)
def test_a_count_tables_exclusion_column_with_its_law(label: str) -> None:
    text = (
        "Beschluss:\nDer Gemeinderat gewährt den Zuschuss.\n\n"
        f"| Mitglieder | anwesend | Ja | Nein | Enthaltung | {label} |\n"
        "|---|---|---|---|---|---|\n| 11 | 10 | 6 | 3 | 1 | 1 |\n"
    )
    vote = next(v for v in parse_text(text).votes if v.decisive)
    counts = vote.counts
    assert (counts.yes, counts.no, counts.abstain, counts.conflicted) == (6, 3, 1, 1)


@pytest.mark.parametrize(
    "tally",
    [
        # the initials' tally on its own line, a remark in parentheses after it
        "J 12    N 3    E 1         (einschl. Vorsitzender)",
        "J 12 / N 3 / E 1 (mit Bürgermeister)",
        # guard: without the remark, as read before
        "J 12    N 3    E 1",
    ],
)
def test_an_initials_tally_with_a_remark_under_the_boxes(tally: str) -> None:
    text = (
        "Beschlussvorschlag:\nDer Rat beschließt die Satzung.\n\nBeratungsergebnis:\n\n"
        "[ ] einstimmig     [X] mit Stimmenmehrheit\n[X] Zustimmung     [ ] Ablehnung\n\n"
        f"{tally}\n"
    )
    vote = next(v for v in parse_text(text).votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (12, 3, 1)


@pytest.mark.parametrize(
    ("row", "tally", "outcome"),
    [
        # results side by side, each with its box, one ticked: the ticked one alone (before: the
        # row was read as prose, and its unticked "Vertagung" postponed the item)
        ("[X] Zustimmung     [ ] Ablehnung     [ ] Vertagung", "J 12    N 3    E 1", "approved"),
        # guards: another ticked, as read before
        ("☐ Zustimmung   ☒ Ablehnung   ☐ Kenntnisnahme", "J 3    N 12    E 1", "rejected"),
        ("[ ] Zustimmung     [ ] Ablehnung     [X] Vertagung", "J 12    N 3    E 1", "postponed"),
    ],
)
def test_a_row_of_results_one_ticked_under_the_majority_box(
    row: str, tally: str, outcome: str
) -> None:
    text = (
        "Beschlussvorschlag:\nDer Rat beschließt die Satzung.\n\nBeratungsergebnis:\n\n"
        f"[ ] einstimmig     [X] mit Stimmenmehrheit\n{row}\n\n{tally}\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("manner", "row", "outcome"),
    [
        # a verdict other than approval ticked under the manner's box: the verdict, not the
        # manner's approval (guard: postponed, read so before by the word alone)
        ("[X] mit Stimmenmehrheit", "[ ] Zustimmung   [ ] Ablehnung   [X] Vertagung", "postponed"),
        ("☒ mit Stimmenmehrheit", "☐ Zustimmung   ☐ Ablehnung   ☒ zur Kenntnis genommen", "noted"),
        ("☒ mehrheitlich", "☐ Zustimmung   ☐ Ablehnung   ☒ verwiesen", "referred"),
        # guard: approval ticked
        ("☒ mehrheitlich", "☒ Zustimmung   ☐ Ablehnung   ☐ verwiesen", "approved"),
    ],
)
def test_a_verdict_ticked_under_the_manners_box(manner: str, row: str, outcome: str) -> None:
    empty = "[ ]" if manner.startswith("[") else "☐"
    text = (
        "Beschlussvorschlag:\nDer Rat beschließt die Satzung.\n\nBeratungsergebnis:\n"
        f"{empty} einstimmig   {manner}\n{row}\nJa: 12  Nein: 3  Enthaltung: 1\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    "row",
    [
        # the counts in the boxes' row, after a cell border or a column's gap
        "| ☐ Einstimmig | ☒ mit Stimmenmehrheit | Ja: 7 | Nein: 2 | Enthaltung: 1 |",
        "☐ einstimmig      ☒ mit Stimmenmehrheit        Ja: 7   Nein: 2   Enthaltung: 1",
        "[ ] einstimmig   [X] mit Mehrheit    Ja: 7   Nein: 2   Enthaltung: 1",
    ],
)
def test_a_boxes_row_with_the_counts_beside(row: str) -> None:
    text = (
        "Beschlussvorschlag:\nDie Bauleistungen werden vergeben.\n\nBeratungsergebnis:\n"
        f"{row}\n☒ lt. Beschlussvorschlag   ☐ abweichender Beschluss   ☐ vertagt\n"
    )
    doc = parse_text(text)
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (7, 2, 1)
    assert doc.outcome == "approved"
    view = clean(text)
    assert clean(view.text).text == view.text  # (idempotent)


@pytest.mark.parametrize(
    ("note", "yes"),
    [
        # a vote told in the subjunctive did not happen: the vote above decides
        (
            "Die Stimme des Ersten Bürgermeisters war\nausschlaggebend; ohne sie hätte "
            "Stimmengleichheit (7 : 7) bestanden und\nder Antrag wäre nach Art. 51 Abs. 1 "
            "Satz 2 GO abgelehnt gewesen.",
            8,
        ),
        ("Bei 7 : 8 Stimmen wäre der Antrag abgelehnt gewesen.", 8),
        # guard: a vote that happened, told after the result
        ("Der Antrag ist damit mit 8 : 7 Stimmen angenommen.", 8),
    ],
)
def test_a_vote_told_in_the_subjunctive_is_none(note: str, yes: int) -> None:
    text = (
        "Beschlussvorschlag:\nDer Ausschuss beschließt die Parkregelung.\n\n"
        f"Abstimmungsergebnis: 8 : 7\n\nAnmerkung der Verwaltung: {note}\n"
    )
    doc = parse_text(text)
    assert doc.outcome == "approved"
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no) == (yes, 7)


@pytest.mark.parametrize(
    "office",
    # (guard: the deputy, read as no group before)
    ["der Erste Bürgermeister", "der Zweite Bürgermeister", "die stellvertretende Landrätin"],
)
def test_an_office_with_its_rank_is_a_person_not_a_group(office: str) -> None:
    text = (
        "Der Ausschuss beschließt die Parkregelung.\n\nAbstimmungsergebnis: 8 : 7\n"
        "Für den Beschluss stimmten die Mitglieder der CSU-Fraktion und der UBV sowie "
        f"{office}, dagegen die Mitglieder der Fraktionen SPD, Grüne und FW.\n"
    )
    vote = next(v for v in parse_text(text).votes if v.decisive)
    assert [g.name for g in vote.groups.yes if g.kind == "faction"] == ["CSU-Fraktion", "UBV"]


@pytest.mark.parametrize(
    ("label", "outcome"),
    [
        # letters that may stand for an inquiry, under a word that names a paper to decide
        ("Vorlage: AF-003/2031", "approved"),
        ("Beschlussvorlage AF 12/2031", "approved"),
        # guards: the inquiry's own word, or the word every kind shares, and no decision
        ("Anfrage-Nr.: AF-003/2031", None),
        ("Drucksache-Nr.: AF 07/2031", None),
    ],
)
def test_an_inquirys_letters_under_a_word_for_a_paper_to_decide(
    label: str, outcome: str | None
) -> None:
    text = (
        f"TOP 6   Verzicht auf die Erhöhung der Hebesätze\n        {label}\n\n"
        "Beschlussvorschlag:\nDer Stadtrat beschließt, die Hebesätze nicht zu erhöhen.\n\n"
        "Abstimmungsergebnis: 10 Ja-Stimmen, 7 Nein-Stimmen, 2 Enthaltungen\n"
    )
    if outcome is None:  # (an inquiry's page: its question and answer, the vote quoted)
        text = (
            f"Anfrage\n{label}\n\nIch frage an: Wie hoch sind die Hebesätze?\n\nAntwort: 400 %.\n"
        )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("earlier", "told", "outcome"),
    [
        # the earlier sitting's result right under its line, in the same column
        ("Ergebnis: Kenntnisnahme", "stimmt dem Beschlussantrag mehrheitlich zu.", "approved"),
        ("Ergebnis: Zurückstellung", "nimmt vom Bericht Kenntnis.", "noted"),
        # ... or indented under it (a vote's heading too, not only a status)
        ("         Ergebnis: Zurückstellung", "nimmt vom Bericht Kenntnis.", "noted"),
    ],
)
def test_the_earlier_sittings_result_under_its_line_is_not_the_texts(
    earlier: str, told: str, outcome: str
) -> None:
    text = (
        "Landeshauptstadt Lindenau\nProtokoll: Ausschuss für Umwelt    Niederschrift Nr. 14\n\n"
        "Sitzungstermin: Dienstag, 16. Januar 2031\n"
        "Betreff: Lärmaktionsplan\n\n"
        f"Vorgang: Ausschuss für Umwelt vom 10.10.2030, öffentlich, Nr. 412\n{earlier}\n\n"
        "Beratungsunterlage ist die Vorlage vom 04.12.2030, GRDrs 1123/2030.\n\n"
        f"Der Ausschuss {told}\n"
    )
    assert parse_text(text).outcome == outcome


def test_a_vorgang_field_naming_the_paper_keeps_the_status_under_it() -> None:
    # guard: Berlin's "Vorgang:" names the paper, no earlier sitting: the status under it stands
    text = (
        "BVV Lindenau – 33. ordentliche Sitzung – 14.11.2030\nVorgang: Drucksache 0841/VII\n"
        "Beschlussart: erledigt\n\nDie Bezirksverordnetenversammlung möge beschließen:\n"
        "Das Bezirksamt wird ersucht, eine Querungshilfe einzurichten.\n"
    )
    status = parse_text(text).status
    assert status is not None and status.text == "erledigt"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # the sitting that held an election, its weekday and place before what it did
        (
            "Der Kreistag hat in seiner Sitzung am Freitag, dem 24. Juni 2031, im "
            "Sitzungssaal des Kreishauses folgende Wahl durchgeführt:",
            "2031-06-24",
        ),
        (
            "Der Rat hat in seiner Sitzung am 24.06.2031, im Rathaus, folgende Wahlen vorgenommen:",
            "2031-06-24",
        ),
        # guard: an earlier sitting's election told in the past announces nothing
        ("Der Kreistag hat in seiner Sitzung am 24. Juni 2029 die Wahl vorgenommen.", None),
    ],
)
def test_a_sittings_election_announced(sentence: str, date: str | None) -> None:
    text = f"{sentence}\n\nGewählt wurde Frau Anna Reiß.\n"
    assert _date(text) == date


@pytest.mark.parametrize(
    ("heading", "date"),
    [
        # the one result's heading names the body, the Beratungsfolge its day
        ("Ergebnis der Beratung im Stadtrat:", "2031-03-20"),
        ("Beratungsergebnis Haupt- und Finanzausschuss:", "2031-03-04"),
        # guard: a body the Beratungsfolge does not list
        ("Ergebnis der Beratung im Ortsbeirat:", None),
    ],
)
def test_a_results_heading_naming_a_body_of_the_beratungsfolge(
    heading: str, date: str | None
) -> None:
    text = (
        "Beschlussvorlage\n\nBeratungsfolge:\n"
        "Gremium                          Sitzung am    Status       Zuständigkeit\n"
        "Sport- und Bäderausschuss        26.02.2031    öffentlich   Vorberatung\n"
        "Haupt- und Finanzausschuss       04.03.2031    öffentlich   Vorberatung\n"
        "Stadtrat                         20.03.2031    öffentlich   Entscheidung\n\n"
        "Beschlussvorschlag:\nDer Stadtrat beschließt die Entgeltordnung.\n\n"
        f"{heading}\nAbstimmung: einstimmig\nBeschluss: wie Beschlussvorschlag\n"
    )
    assert _date(text) == date


def test_a_long_row_of_results_one_ticked() -> None:
    # six options side by side, one ticked: the ticked one alone (the row had been too long for
    # a form's, read as prose: "verwiesen", "einstimmig")
    row = (
        "[ ] einstimmig   [ ] einstimmig bei Enthaltungen   [X] mit Stimmenmehrheit   "
        "[ ] abgelehnt   [ ] zurückgestellt   [ ] verwiesen"
    )
    text = (
        "Beschlussvorschlag:\nDer Gemeinderat beschließt die Annahme der Spenden.\n\n"
        f"Abstimmungsergebnis:\nJa: 13     Nein: 2     Enthaltung: 1\n\n{row}\n"
    )
    doc = parse_text(text)
    assert doc.outcome == "approved"
    vote = next(v for v in doc.votes if v.decisive)
    assert vote.unanimous is False


@pytest.mark.parametrize(
    ("lead", "clauses"),
    [
        # a list a speaker's report leads into is the debate's, no clauses
        ("Herr Rönnau berichtet, der Zweckverband habe drei Standorte vorgeprüft:", 0),
        ("Frau Oberle erläutert die Varianten der Planung:", 0),
        # guard: a list the body's decision leads into
        ("Der Ausschuss beschließt:", 3),
    ],
)
def test_a_list_a_speakers_report_leads_into(lead: str, clauses: int) -> None:
    text = (
        f"Ö 7   Standortsuche für einen Recyclinghof\n\n{lead}\n\n"
        "1. Gewerbegebiet Süd, ca. 9.000 m²,\n2. ehemaliges Bauhofgelände,\n"
        "3. Erweiterung am bisherigen Standort.\n\n"
        "Die Vorsitzende fragt, ob der Ausschuss einverstanden ist. "
        "Widerspruch erhebt sich nicht.\n"
    )
    assert len(parse_text(text).clauses) == clauses


def test_each_sittings_result_under_its_sitting_of_the_beratungsfolge() -> None:
    # a paper's course told sitting by sitting under the Beratungsfolge, each heading naming the
    # body in the genitive ("Sitzung des Kreisausschusses vom …"): each vote is its body's, and
    # the counts, which differ, are none of the text's (the agreement rule)
    text = (
        "Vorlage - 2031/0347\n\nBeratungsfolge:\nDatum        Gremium                   Rolle\n"
        "12.09.2031   Jugendhilfeausschuss      Vorberatung\n"
        "26.09.2031   Kreisausschuss            Vorberatung\n"
        "09.10.2031   Kreistag                  Entscheidung\n\n"
        "Beschlussvorschlag:\nDer Kreistag beschließt die Zuwendung.\n\nBeratungsverlauf:\n\n"
        "Sitzung des Jugendhilfeausschusses vom 12.09.2031\n"
        "Der Jugendhilfeausschuss empfiehlt einstimmig, entsprechend dem Beschlussvorschlag "
        "zu beschließen.\n\n"
        "Sitzung des Kreisausschusses vom 26.09.2031\nEmpfehlung: wie Beschlussvorschlag\n"
        "Abstimmung: mehrheitlich bei 1 Gegenstimme\n\n"
        "Sitzung des Kreistages vom 09.10.2031\nBeschluss: wie Beschlussvorschlag\n"
        "Abstimmungsergebnis: Ja 49 | Nein 6 | Enthaltung 2\n"
    )
    doc = parse_text(text)
    assert [len(item.votes) for item in doc.items] == [1, 1, 1]
    assert doc.outcome == "approved"
    assert not any(v.decisive for v in doc.votes)  # (no one vote is the text's: each body's)
