"""Families found in a thirty-fourth blind probe (``tests/probes/thirtyfourth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from ratsparse.normalize import clean
from tests.reading import decisive_vote as _decisive
from tests.reading import meeting_date as _date
from tests.reading import references as _refs

_HANDS = (
    "Wer dem Antrag zustimmen möchte, den bitte ich um das Handzeichen!\n\n{yes}\n\n"
    "Ich bitte um die Gegenprobe!\n\n{no}\n\n"
    "Ich stelle fest, die Bürgerschaft {verdict} den Antrag.\n"
)


@pytest.mark.parametrize(
    ("yes", "no", "verdict", "unanimous"),
    [
        # a show of hands whose sides are told apart, each in its parenthesis
        ("(Dafür SPD, FDP)", "(Dagegen CDU)", "beschließt", False),
        ("(Dafür CDU)", "(Dagegen SPD, DIE LINKE)", "lehnt", False),
        # (guard) no one against
        ("(Einstimmig)", "", "beschließt", True),
    ],
)
def test_a_show_of_hands_whose_sides_are_told_apart(
    yes: str, no: str, verdict: str, unanimous: bool
) -> None:
    vote = _decisive(_HANDS.format(yes=yes, no=no, verdict=verdict))
    assert vote.unanimous is unanimous


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_parenthesis_of_sides_ends_its_last_groups_name(gap: str) -> None:
    groups = "SPD, Bündnis 90/Die Grünen, FDP"
    text = _HANDS.format(yes=f"(Dafür {groups})", no="(Dagegen CDU)", verdict="beschließt")
    vote = _decisive(text.replace("\n\n", gap))
    assert [g.name for g in vote.groups.yes] == groups.split(", ")
    assert [g.name for g in vote.groups.no] == ["CDU"]


@pytest.mark.parametrize(
    ("row", "counts"),
    [
        # a row of labelled cells whose first label counts something else: each count keeps the
        # number after its own label
        ("zurückgesandt: 19 | Zustimmung: 19 | Ablehnung: 0 | Enthaltung: 0", (19, 0, 0)),
        ("versandte Stimmzettel: 22 | Zustimmung: 17 | Ablehnung: 2 | Enthaltung: 1", (17, 2, 1)),
        # (guard) a count opened by its number after a word, its detail after a colon
        ("einstimmig bei 2 Enthaltungen: 9 Ja / 0 Nein / 2 Enthaltungen", (9, 0, 2)),
    ],
)
def test_a_row_of_labelled_counts_after_another_label(
    row: str, counts: tuple[int, int, int]
) -> None:
    vote = _decisive(f"Ergebnis des schriftlichen Verfahrens:\n{row}\n")
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts


@pytest.mark.parametrize(
    ("decision", "outcome"),
    [
        # the proposal as a motion made in the meeting replaced it
        (
            "In Ersetzung des Beschlussvorschlags der Verwaltung fasst der Rat folgenden "
            "Beschluss:\n\nDie Verwaltung wird beauftragt, einen Wärmeplan zu erstellen.\n\n"
            "- mehrheitlich beschlossen -",
            "approved_amended",
        ),
        # ... in the form of an amendment, an adjective before it
        (
            "Der Kreistag beschließt in der Fassung des gemeinsamen Änderungsantrags der "
            "Fraktionen CDU und FDP:\n\nDer Zuschuss beträgt 7.500 Euro.\n\n"
            "Abstimmungsergebnis: mehrheitlich angenommen",
            "approved_amended",
        ),
        # the result reported as taken in a changed form, an amendment's result beside it
        (
            "Ergebnis: geändert beschlossen; Ergänzungsantrag der SPD-Fraktion angenommen",
            "approved_amended",
        ),
        ("Ergebnis: mit geändertem Geltungsbereich beschlossen", "approved_amended"),
        # (guard) a decided text that changes something
        ("Der Rat beschließt die Satzung mit geändertem Geltungsbereich.", "approved"),
    ],
)
def test_a_decision_in_the_form_the_meeting_changed(decision: str, outcome: str) -> None:
    assert parse_text(f"TOP 4 Wärmeplanung\n\n{decision}\n").outcome == outcome


_BROKEN_ROW = (
    "| TOP | Vorlage | Betreff | Ergebnis |\n"
    "|-----|---------|---------|----------|\n"
    "| Ö 1 | 2029/0311 | Friedhofsgebührensatzung | einstimmig beschlossen |\n"
    "| Ö 2 | 2029/0298 | Radweg Feldkirchen{gap}Bittenbrunn | abgelehnt |\n"
    "| Ö 3 | 2029/0299 | Sportförderung | mehrheitlich{gap}zugestimmt |\n"
)


def test_a_pipe_tables_row_that_a_cells_line_break_split() -> None:
    """Each row broken over two lines reads as the row on one line (before: the line a cell
    went on with was taken for the item's title)."""

    def items(gap: str) -> list[tuple[str | None, str | None, str | None]]:
        result = parse_text(_BROKEN_ROW.format(gap=gap))
        return [(item.number, item.title, item.outcome) for item in result.items]

    assert items("\n") == items(" ")
    assert [outcome for _, _, outcome in items("\n")] == ["approved", "rejected", "approved"]


def test_a_broken_rows_line_breaks_are_spaces_in_the_clean_view() -> None:
    text = _BROKEN_ROW.format(gap="\n")
    cleaned = clean(text)
    assert cleaned.text == _BROKEN_ROW.format(gap=" ")
    assert clean(cleaned.text).text == cleaned.text
    # (guard) a line under the table that closes with no border stays apart
    assert clean(text + "Stand: 16.10.2029\n").text.endswith("|\nStand: 16.10.2029\n")


@pytest.mark.parametrize(
    ("decision", "outcome", "counts"),
    [
        # a decision sentence as the status's value, wrapped onto the line below
        (
            "Der Rat lehnt den Antrag mit 55 gegen 6 Stimmen\nbei 2 Enthaltungen ab.",
            "rejected",
            (6, 55, 2),
        ),
        (
            "Der Rat stimmt der Satzung mit 30 Ja-Stimmen\nbei 2 Enthaltungen zu.",
            "approved",
            (30, None, 2),
        ),
        # (guard) onto two lines, the counts on the second
        (
            "Der Rat stimmt der Satzung über die Erhebung\nvon Gebühren mit 30 gegen 4\n"
            "Stimmen zu.",
            "approved",
            (30, 4, None),
        ),
        # (guard) on one line
        (
            "Der Rat lehnt den Antrag mit 55 gegen 6 Stimmen bei 2 Enthaltungen ab.",
            "rejected",
            (6, 55, 2),
        ),
    ],
)
def test_a_status_sentence_wrapped_onto_the_lines_below(
    decision: str, outcome: str, counts: tuple[int | None, ...]
) -> None:
    result = parse_text(f"Beschluss: {decision}\n")
    vote = next(v for v in result.votes if v.decisive)
    assert result.outcome == outcome
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts


_TABBED_AGENDA = "TOP\tBetreff\tVorlage\tErgebnis\n{rows}\n"


@pytest.mark.parametrize(
    ("rows", "refs"),
    [
        # a tab-separated table of results, the paper's number in its column
        ("Ö 2\tHaushaltssatzung 2030\t2029/0456\tbeschlossen", ["2029/0456"]),
        # (guard) after an empty cell, the last on its line
        ("5\tAntrag der Fraktion X vom 19.08.2029:\t\t2029/170", ["2029/170"]),
        # ... on a title's second line, indented by a tab
        (
            "Ö 4\tBebauungsplan Nr. 12, 2. Änderung\n\t- Auslegungsbeschluss\t2029/0398/1\tvertagt",
            ["2029/0398/1"],
        ),
        # (guard) a date in the title's cell is no paper
        ("Ö 1\tGenehmigung der Niederschrift vom 09.11.2029\t\tbeschlossen", []),
    ],
)
def test_a_papers_number_in_a_tab_separated_tables_column(rows: str, refs: list[str]) -> None:
    assert _refs(_TABBED_AGENDA.format(rows=rows)) == refs


def test_who_voted_on_the_changed_text_and_the_result_below() -> None:
    text = (
        "Abstimmungsergebnis über den so geänderten Antrag:\n"
        "Zustimmung: SPD, GRÜNE, CDU\nAblehnung: AfD\n\nErgebnis: mit Änderungen beschlossen\n"
    )
    vote = _decisive(text)
    assert vote.outcome == "approved_amended"
    assert [g.name for g in vote.groups.no] == ["AfD"]
    assert vote.unanimous is False


def test_an_amendments_sides_stay_apart_from_the_items_result() -> None:
    """(guard) Who voted on an amendment, under its heading, is not the item's vote."""
    text = (
        "Abstimmungsergebnis über den Änderungsantrag der CDU:\n"
        "Zustimmung: CDU\nAblehnung: SPD, GRÜNE\n\nErgebnis: beschlossen\n"
    )
    vote = _decisive(text)
    assert vote.outcome == "approved"
    assert not vote.groups.no


@pytest.mark.parametrize(
    ("result", "counts"),
    [
        # a side's count in parentheses, its side after it
        ("einstimmig bei 1 Enthaltung (10 Stimmen dafür) - angenommen", (10, None, 1)),
        ("mehrheitlich bei 1 Enthaltung (3 Stimmen dagegen) - angenommen", (None, 3, 1)),
        # (guard) groups in parentheses that say their side
        ("mehrheitlich bei 1 Enthaltung (CDU dagegen) - angenommen", (None, None, 1)),
    ],
)
def test_a_sides_count_in_parentheses_that_says_its_side(
    result: str, counts: tuple[int | None, ...]
) -> None:
    vote = _decisive(f"Ergebnis: {result}\n")
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts
    assert not any(g.name == "Stimmen" for g in (*vote.groups.yes, *vote.groups.no))


_ROLL_CALL = (
    "Namentliche Abstimmung:\n"
    "Stadträtin Becker (CDU)                  ja\n"
    "Stadtrat Krause (AfD){remark}        nein\n"
    "Stadtrat Lorenz (CDU)                    ja\n"
    "Stadträtin Mehnert (GRÜNE)               Enthaltung\n"
    "Stadtrat Pohl (SPD){remark}          ja\n\n"
    "Abstimmungsergebnis: mehrheitlich beschlossen\n"
)


@pytest.mark.parametrize(
    "remark",
    [
        # a remark in lower case after a dash, between a member's party and the vote
        " - per Video",
        " – zugeschaltet",
        # (guard) none
        "",
    ],
)
def test_a_roll_call_whose_members_carry_a_remark(remark: str) -> None:
    vote = _decisive(_ROLL_CALL.format(remark=remark))
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (3, 1, 1)


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        # a decision told in the passive with another sitting's day
        (
            "Die Dringlichkeitsentscheidung wurde am 20.09.2029 mit 30 Ja-Stimmen, 8 "
            "Nein-Stimmen und 2 Enthaltungen genehmigt.",
            False,
        ),
        # (guard) with this sitting's day
        (
            "Die Dringlichkeitsentscheidung wurde am 13.12.2029 mit 30 Ja-Stimmen, 8 "
            "Nein-Stimmen und 2 Enthaltungen genehmigt.",
            True,
        ),
    ],
)
def test_a_passive_decision_of_another_sitting(sentence: str, counted: bool) -> None:
    result = parse_text(f"Sitzung des Rates am 13.12.2029\n\nTOP 4 Bericht\n\n{sentence}\n")
    assert any(v.counts.yes == 30 for v in result.votes) is counted


@pytest.mark.parametrize(
    ("head", "outcome"),
    [
        # the inquiry's own line atop the page, the answer's heading below
        ("Anfrage der Fraktion FWL vom 12.11.2029", None),
        ("Anfrage der SPD-Fraktion vom 12.11.2029", None),
        # (guard) a motion
        ("Antrag der Fraktion FWL vom 12.11.2029", "approved"),
    ],
)
def test_an_inquirys_own_line_atop_the_page(head: str, outcome: str | None) -> None:
    text = (
        f"{head}\nDrucksache-Nr.: 3112/29\n\nWie viele Dringlichkeitsentscheidungen gab es?\n\n"
        "Stellungnahme der Verwaltung:\n"
        "Sämtliche Dringlichkeitsentscheidungen wurden vom Rat einstimmig genehmigt.\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("result", "refs"),
    [
        # a result cell with its tally in parentheses after the paper's cell
        ("mehrheitlich beschlossen (12 Ja / 2 Nein / 1 Enth.)", ["2029/0409"]),
        ("abgelehnt (5:9:1)", ["2029/0409"]),
        # (guard) without a tally
        ("einstimmig beschlossen", ["2029/0409"]),
    ],
)
def test_a_papers_cell_before_a_result_with_its_tally(result: str, refs: list[str]) -> None:
    row = f"| Ö 4 | Zusätzliche Fahrradbügel am Markt | 2029/0409 | {result} |\n"
    assert _refs("| TOP | Betreff | Vorlage | Ergebnis |\n|---|---|---|---|\n" + row) == refs


@pytest.mark.parametrize(
    "line",
    [
        # an abstention's label abbreviated further on than "Enth."
        "Ja 15 / Nein 19 / Enthalt. 1",
        "Ja: 15, Nein: 19, Enthalt.: 1",
        # (guard) the usual abbreviation
        "Ja 15 / Nein 19 / Enth. 1",
    ],
)
def test_an_abstentions_label_abbreviated(line: str) -> None:
    vote = _decisive(f"Abstimmungsergebnis:\n{line}\n")
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (15, 19, 1)


@pytest.mark.parametrize(
    ("result", "no", "against"),
    [
        # each party's number before its name, no parentheses: the side's count is their sum
        ("Gegenstimmen: 3 CSU, 1 FDP", 4, ["CSU", "FDP"]),
        ("Nein: 3 CSU, 2 SPD und 1 FDP", 6, ["CSU", "SPD", "FDP"]),
        # ... in the tally's parenthesis
        ("21 : 4 (Gegenstimmen: 3 CSU, 1 FDP)", 4, ["CSU", "FDP"]),
        # (guard) each number in its own parenthesis after the party
        ("21 : 5 (Gegenstimmen: 3 (CSU), 2 (FDP))", 5, ["CSU", "FDP"]),
        # (guard) one party after the number names no side's list
        ("Ja: 21, Nein: 3 CSU", 3, []),
    ],
)
def test_a_sides_count_told_party_by_party(result: str, no: int, against: list[str]) -> None:
    vote = _decisive(f"Abstimmungsergebnis: {result}\n")
    assert vote.counts.no == no
    assert [g.name for g in vote.groups.no] == against


@pytest.mark.parametrize(
    "told",
    [
        # a group's side with the adverb alone, its verb told before
        "Die WGD-Fraktion stimmte geschlossen dafür, die CDU-Fraktion geschlossen dagegen.",
        "Die WGD-Fraktion stimmte für den Antrag, die CDU-Fraktion ebenfalls dagegen.",
        # (guard) the verb with it
        "Die WGD-Fraktion stimmte für den Antrag, die CDU-Fraktion stimmte geschlossen dagegen.",
    ],
)
def test_a_groups_side_with_an_adverb_before_it(told: str) -> None:
    vote = _decisive(f"Abstimmungsergebnis: 10 Ja, 10 Nein.\n{told}\n")
    assert [g.name for g in vote.groups.no] == ["CDU-Fraktion"]


@pytest.mark.parametrize(
    ("field", "date"),
    [
        # a motion's page naming the sitting that dealt with it
        (
            "Behandelt in: Sitzung des Bezirksausschusses 9 am 14.01.2030 (öffentlich), TOP 5.2",
            "2030-01-14",
        ),
        ("Behandelt am: 14.01.2030", "2030-01-14"),
        # (guard) the motion's own date
        ("Eingereicht am: 02.12.2029", None),
    ],
)
def test_a_field_naming_the_sitting_that_dealt_with_it(field: str, date: str | None) -> None:
    assert _date(f"BA-Antrag Nr. 20-26 / B 07412\n{field}\n\nDer Antrag wird abgelehnt.\n") == date


@pytest.mark.parametrize(
    ("text", "clean_text"),
    [
        # UTF-8 read as Windows-1252, two sequences at least: each read back
        ("am Dienstag, dem 12. MÃ¤rz 2030 Ã¼ber", "am Dienstag, dem 12. März 2030 über"),
        ("â€žAm Weinberg“ GebÃ¼hr", "„Am Weinberg“ Gebühr"),
        # ... encoded so twice
        ("ÃƒÂ¼ber MÃƒÂ¤rz", "über März"),
        # a middle dot (a bullet shape) in it: the bullet, no control character (idempotent)
        ("Seitenanfang Â· Druckansicht Â· GebÃ¼hr", "Seitenanfang • Druckansicht • Gebühr"),
        # (guard) one alone may be meant
        ("Café Ã¤", "Café Ã¤"),
        # an OCR scan's "rn" for the "m" of a sitting's heading
        ("Sitzung arn: 25.04.2030", "Sitzung am: 25.04.2030"),
    ],
)
def test_text_read_back_from_mojibake_and_scans(text: str, clean_text: str) -> None:
    cleaned = clean(text)
    assert cleaned.text == clean_text
    assert clean(cleaned.text).text == cleaned.text
    whole = cleaned.span(0, len(cleaned.text))
    assert (whole.start, whole.end) == (0, len(text))


def test_a_meeting_month_in_mojibake() -> None:
    text = "Niederschrift Ã¼ber die Sitzung am Dienstag, dem 12. MÃ¤rz 2030\n\nTOP 1\n"
    assert _date(text) == "2030-03-12"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # the record's sentence opening with its sitting, what happened told in the present
        (
            "In der 23. Sitzung der Stadtverordnetenversammlung am 5. März 2030 begründet "
            "Stadtverordneter Wagner den Antrag.",
            "2030-03-05",
        ),
        # ... or the past
        (
            "In seiner Sitzung am Donnerstag, dem 7. März 2030, befasste sich der Ortsgemeinderat "
            "erneut mit dem Ausbau.",
            "2030-03-07",
        ),
        # a decision announced, what it was based on between
        (
            "Der Beirat hat in seiner öffentlichen Sitzung am 16. Januar 2030 auf Grundlage eines "
            "Bürgerantrages vom 5. Dezember 2029 folgenden Beschluss gefasst:",
            "2030-01-16",
        ),
        # (guard) an earlier decision in the perfect
        ("In seiner Sitzung am 14.03.2029 hat der Rat den Antrag abgelehnt.", None),
    ],
)
def test_a_records_sentence_opening_with_its_sitting(sentence: str, date: str | None) -> None:
    assert _date(f"TOP 9 Bürgerhaushalt\n\n{sentence}\n\nDer Rat stimmt zu.\n") == date


_STAGES = (
    "TOP 12 Einvernehmen zum Bauantrag\n\n"
    "a) {first}\nDie Gemeindevertretung beschließt einstimmig, die Angelegenheit als "
    "Dringlichkeitsvorlage zu behandeln.\n\n"
    "b) {second}\nAbstimmung über den Änderungsantrag: Ja: 3   Nein: 6   Enthaltung: 0\n"
    "Der Änderungsantrag ist abgelehnt.\n\n"
    "c) {third}\nDie Gemeindevertretung erteilt das Einvernehmen.\n\n"
    "Abstimmungsergebnis:\nJa-Stimmen: 6   Nein-Stimmen: 3   Stimmenthaltungen: 0\n"
)


def test_an_items_record_in_lettered_stages_is_one_decision() -> None:
    """``a) Dringlichkeit`` / ``b) Beratung`` / ``c) Beschluss``: the steps of one decision, the
    last of which decides (before: three parts voted separately, which differ)."""
    result = parse_text(_STAGES.format(first="Dringlichkeit", second="Beratung", third="Beschluss"))
    assert result.outcome == "approved"
    vote = next(v for v in result.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no) == (6, 3)


def test_parts_with_titles_of_their_own_stay_parts() -> None:
    """(guard) Parts that name what they decide are parts voted separately."""
    result = parse_text(_STAGES.format(first="Spielplatz", second="Radweg", third="Bauantrag"))
    assert any(d.code == "RP120" for d in result.diagnostics)


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        # a sitting's number in parentheses after its date with the weekday
        ("Sitzung vom Di, 07.11.2029   (ASUV/06/2029)\nVorlage: 0234/2029/1\n", ["0234/2029/1"]),
        # a file mark whose plan's numbers are joined by dashes
        (
            "Vorlage: 0234/2029/1\nDie Nachbarbeteiligung erfolgt (Az. 41-602-BV 0311/2029).\n",
            ["0234/2029/1"],
        ),
        ("Vorlage: 0234/2029/1\nFl.Nr. 1127 (Az. 6024-B 17/2029)\n", ["0234/2029/1"]),
        # (guard) a paper after the file mark's sentence
        (
            "Vorlage: 0234/2029/1\n(Az. 41-602)\nSiehe Vorlage BV 0311/2029.\n",
            ["0234/2029/1", "BV 0311/2029"],
        ),
    ],
)
def test_numbers_that_are_a_sittings_or_a_files(text: str, refs: list[str]) -> None:
    assert _refs(text) == refs


@pytest.mark.parametrize(
    ("under", "clauses"),
    [
        # a record's title, the body's sitting under it, the decided text below the fields
        ("des Kreisausschusses in seiner öffentlichen Sitzung am: 03.06.2030", 2),
        ("der Gemeindevertretung vom 03.06.2030 (Sitzung Nr. 12)", 2),
        # (guard) a decided text under its heading
        ("Der Kreisausschuss vergibt die Leistungen.", 0),
    ],
)
def test_a_records_title_over_the_sitting(under: str, clauses: int) -> None:
    text = (
        f"BESCHLUSS\n\n{under}\n\nVorlage: BV 0137/2030\n\nBetreff: Vergabe\n\n"
        "Der Kreisausschuss beschließt:\n\n1. Den Zuschlag erhält A.\n\n"
        "2. Den Zuschlag erhält B.\n\nAbstimmungsergebnis: einstimmig\n"
    )
    assert len(parse_text(text).clauses) == clauses


@pytest.mark.parametrize("letterhead", ["", "Landkreis Talbrück\nKreisausschuss\n\n"])
def test_a_records_title_over_the_sitting_leaves_the_head_open(letterhead: str) -> None:
    text = (
        f"{letterhead}BESCHLUSS\n\ndes Kreisausschusses in seiner öffentlichen Sitzung am: "
        "04.12.2029\n\nVorlage: BV 0211/2029\n\nDer Kreisausschuss beschließt:\n\n1. A.\n\n2. B.\n"
    )
    assert _date(text) == "2029-12-04"


@pytest.mark.parametrize(
    "member",
    [
        # a member called by the body's word
        "BV-Mitglied Schäfer (AfD)",
        "Ausschussmitglied Kern (FDP)",
        # (guard) by a title already known
        "Ratsmitglied Kern (FDP)",
    ],
)
def test_a_member_called_by_the_bodys_word(member: str) -> None:
    vote = _decisive(
        "Abstimmungsergebnis:\nMehrheitlich zugestimmt gegen die Stimmen der CDU-Fraktion "
        f"und von\n{member} bei Enthaltung der FDP.\n"
    )
    assert [g.kind for g in vote.groups.no] == ["faction", "person"]
    assert vote.groups.no[0].name == "CDU-Fraktion"


@pytest.mark.parametrize(
    ("by", "outcome"),
    [
        # an earlier decision named by its number and date
        (
            "Mit Beschluss Nr. 112-2029 vom 07.12.2029 hat der Stadtrat das Konzept beschlossen.",
            None,
        ),
        (
            "Mit Beschluss Nr. 112/2029 vom 07.12.2029 hat der Stadtrat das Konzept beschlossen.",
            None,
        ),
        # (guard) by its date alone
        ("Mit Beschluss vom 07.12.2029 hat der Stadtrat das Konzept beschlossen.", None),
    ],
)
def test_a_report_tells_an_earlier_decision_by_its_number(by: str, outcome: str | None) -> None:
    text = f"Informationsvorlage\n\nInformationsinhalt:\n\n{by} Im Jahr 2030 wurde X umgesetzt.\n"
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("after", "names"),
    [
        # a sentence after the list's last name, its line breaks lost
        ("Die Stadtverordnetenvorsteherin stellt fest, dass", ["FDP", "Freie Wähler"]),
        ("Der Vorsitzende stellt fest, dass", ["FDP", "Freie Wähler"]),
        # (guard) a group's name that opens with an article
        ("Die PARTEI.", ["FDP", "Freie Wähler", "Die PARTEI"]),
    ],
)
def test_a_sentence_after_a_lists_last_name(after: str, names: list[str]) -> None:
    text = (
        "Abstimmung über die Vorlage: Zustimmung: SPD, GRÜNE Ablehnung: CDU, AfD "
        f"Enthaltung: FDP, Freie Wähler{',' if after.startswith('Die PARTEI') else ''} {after}"
        " die Vorlage mehrheitlich angenommen ist.\n"
    )
    assert [g.name for g in _decisive(text).groups.abstain] == names


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # a body's name run into its sitting's date, the sitting's kind glued on after it
        ("Ortsgemeinderat Hochstetten-DhaunSitzung am 20.06.2030Öffentliche Sitzung", "2030-06-20"),
        (
            "Ortsgemeinderat Hochstetten-Dhaun Sitzung am 20.06.2030 Öffentliche Sitzung",
            "2030-06-20",
        ),
        # (guard) with its separators
        (
            "Ortsgemeinderat Hochstetten-Dhaun - Sitzung am 20.06.2030 - Öffentliche Sitzung",
            "2030-06-20",
        ),
    ],
)
def test_a_body_run_into_its_sittings_date(head: str, date: str) -> None:
    assert (
        _date(f"Verbandsgemeinde Kirner Land\n{head}\nTOP 5 Ausbau\n\nBeschluss: einstimmig\n")
        == date
    )
