"""Families found in the forty-fifth probe's remaining texts and the forty-sixth blind probe
(``tests/probes/fortysixth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from tests.reading import decisive_vote, references, sides
from tests.reading import meeting_date as _date

# A decision's sheet: its title, its number alone on a line, the sitting; the committee that
# dealt with the paper before, with its day, at the foot.
_SHEET = (
    "{title}\n{number}\naus der 12. Plenarsitzung vom 20.03.2031\n\n"
    "Betreff: Sanierung der Turnhalle Am Anger\n\n"
    "Vorgang: Vortrag des Magistrats vom 02.02.2031, M 41\n\n"
    "Der Vorlage M 41 wird zugestimmt.\n\n"
    "Abstimmung: einstimmig\n\n"
    "Beratung im Ausschuss für Bildung und Schulbau am {committee}, TO I, 4\n"
)


@pytest.mark.parametrize(
    ("title", "number", "committee", "date"),
    [
        # the number between the title and its sitting
        ("Beschluss der Stadtverordnetenversammlung", "§ 3847", "09.03.2031", "2031-03-20"),
        ("Beschluss", "Nr. 112/2031", "09.03.2031", "2031-03-20"),
        ("B E S C H L U S S", "Beschluss-Nr.: 45/2031", "09.03.2031", "2031-03-20"),
        # guard: no title over the number, a paragraph of a law (its sitting no title's)
        ("Betreff: Turnhalle", "§ 3847", "09.03.2031", "2031-03-09"),
    ],
)
def test_a_decisions_number_between_its_title_and_sitting(
    title: str, number: str, committee: str, date: str
) -> None:
    text = _SHEET.format(title=title, number=number, committee=committee)
    assert _date(text) == date


# A Vorlage voted after an amendment, each vote under its letter.
_AMENDMENT_FIRST = (
    "Vorlage RAT/148/2031\n\n"
    "a) {heading} ÄA/0097/2031:\n"
    "   abgelehnt gegen die Stimmen der Fraktion Die Linke.\n\n"
    "b) Abstimmung über die Vorlage RAT/148/2031:\n\n"
    "Beschluss:\nDer Rat beschließt die Fortschreibung des Nahverkehrsplans.\n\n"
    "Abstimmungsergebnis:\n"
    "Zustimmung mehrheitlich gegen die Stimmen der AfD-Fraktion bei Enthaltung der "
    "FDP-Fraktion.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "Abstimmung über den Änderungsantrag",
        "Abstimmung zum Ergänzungsantrag",
        "Beschlussfassung über den Änderungsantrag",
        # guard: the amendment named at once
        "Änderungsantrag",
    ],
)
def test_a_vote_on_an_amendment_under_its_letter_is_no_part(heading: str) -> None:
    result = parse_text(_AMENDMENT_FIRST.format(heading=heading))
    assert result.outcome == "approved"
    _yes, no, abstain = sides(_AMENDMENT_FIRST.format(heading=heading))
    assert (no, abstain) == (["AfD-Fraktion"], ["FDP-Fraktion"])


@pytest.mark.parametrize(
    ("lines", "counts"),
    [
        # the side's number after its last group
        ("dafür:   CDU, FWG (7)\ndagegen: SPD, B90/Grüne, FDP (7)\nEnthaltung: -", (7, 7, 0)),
        ("Ja: SPD, GRÜNE (14)\nNein: CDU, FWG, FDP (20)\nEnthaltung: DIE LINKE (2)", (14, 20, 2)),
        # guards: each group's own number, summed; one group and its number
        ("Ja: CDU (5), FWG (2)\nNein: SPD (4), FDP (2)\nEnthaltung: -", (7, 6, 0)),
        ("Ja: CDU (5)\nNein: SPD (4)\nEnthaltung: -", (5, 4, 0)),
    ],
)
def test_a_sides_number_after_its_last_group(lines: str, counts: tuple[int, int, int]) -> None:
    vote = decisive_vote(f"Beschluss: Der Antrag wird abgelehnt.\n\nAbstimmung:\n{lines}\n")
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts


@pytest.mark.parametrize(
    "told",
    [
        "zuletzt beim Satzungsbeschluss am 25.04.2031, der mit 21:20 Stimmen gefasst wurde",
        "zuletzt am 18.06.2031 (Antrag 2031/0341, 27 : 27 Stimmen)",
        "zuletzt bei der Vergabe, die mit 12 Ja-Stimmen, 12 Nein-Stimmen abgelehnt wurde",
    ],
)
def test_the_votes_an_answer_tells_are_none_of_the_text(told: str) -> None:
    text = (
        "Anfrage Nr. 2031/AN/017 der Fraktion ÖDP vom 03.05.2031\n"
        "Stimmrecht des Oberbürgermeisters\n\n"
        "1. Wie oft war die Stimme des Vorsitzenden ausschlaggebend?\n\n"
        "Antwort der Verwaltung:\n\n"
        f"Zu 1.: In sieben Abstimmungen, {told}.\n"
    )
    result = parse_text(text)
    assert (result.outcome, result.votes) == (None, ())


@pytest.mark.parametrize(
    ("heads", "values"),
    [
        # the body's whole number first, the row's labels parted by one space (a PDF's text)
        (
            "Gesamtzahl der Mitglieder Anwesend Ja-Stimmen Nein-Stimmen Stimmenthaltung Befangen",
            "23 20 15 3 1 1",
        ),
        (
            "| Gesamtanzahl der Stadtverordneten | Anwesend | Ja | Nein | Enthaltung |",
            "| 37 | 31 | 15 | 3 | 1 |",
        ),
        # the members abridged, the law's or the whole's word after them
        ("| Mitgl. gesetzl. | anwesend | Ja | Nein | Enth. |", "|  19  |  16  | 15 |  3  |  1  |"),
        ("|Mitglieder gesamt|anwesend|Ja|Nein|Enthaltung|", "|23|19|15|3|1|"),
        # guard: the law's number of members
        (
            "Gesetzliche Anzahl der Mitglieder Anwesend Ja-Stimmen Nein-Stimmen Enthaltungen",
            "23 20 15 3 1",
        ),
    ],
)
def test_a_count_tables_first_head_the_bodys_whole_number(heads: str, values: str) -> None:
    vote = decisive_vote(f"Beschluss: beschlossen\n\nAbstimmungsergebnis:\n{heads}\n{values}\n")
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (15, 3, 1)


@pytest.mark.parametrize(
    ("sentence", "abstain"),
    [
        # what the body decided after the last name, its adjectives before the noun
        ("bei Enthaltung der FDP-Fraktion den so geänderten Antrag", ["FDP-Fraktion"]),
        ("bei Enthaltung der AfD die geänderte Vorlage", ["AfD"]),
        # guards: the noun at once; a group's name with a small word in it
        ("bei Enthaltung der CDU-Fraktion die Vertagung in die nächste Sitzung", ["CDU-Fraktion"]),
        (
            "bei Enthaltung der Fraktion Bündnis 90/Die Grünen die Vorlage",
            ["Fraktion Bündnis 90/Die Grünen"],
        ),
    ],
)
def test_what_was_decided_after_the_last_group(sentence: str, abstain: list[str]) -> None:
    text = (
        "Vorlage: AN/0187/2031\n\nDie Stadtverordnetenversammlung beschließt mehrheitlich "
        f"gegen die Stimmen der AfD-Fraktion {sentence}:\n\n1. Der Magistrat wird beauftragt.\n"
    )
    assert sides(text)[2] == abstain


@pytest.mark.parametrize(
    ("then", "counts"),
    [
        # the amendment's vote counted and decided, then the item's told anew
        (
            "Sodann beschließt die Stadtverordnetenversammlung mehrheitlich gegen die Stimmen der "
            "AfD-Fraktion den so geänderten Antrag.",
            (None, None, None),
        ),
        ("Der so geänderte Antrag wird einstimmig angenommen.", (None, None, None)),
        # guard: the verdict told again, no vote of its own
        ("Der Antrag ist damit angenommen.", (22, 18, 2)),
    ],
)
def test_a_vote_told_anew_below_a_counted_one(
    then: str, counts: tuple[int | None, int | None, int | None]
) -> None:
    text = (
        "Antrag AN/0187/2031\n\nAbstimmung über den Änderungsantrag der SPD-Fraktion:\n"
        f"22 Ja-Stimmen, 18 Nein-Stimmen, 2 Enthaltungen - angenommen.\n\n{then}\n"
    )
    vote = decisive_vote(text)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts


_TWO_DECISIONS = (
    "Vorlage: GR/2031/211\n\nAnwesend: 21\n\n{first}\n\n"
    "Der Gemeinderat billigt die Gebührenkalkulation für die Jahre 2032 bis 2035.\n\n"
    "Abstimmungsergebnis:\nJa: 21   Nein: 0\n\n{second}\n\n"
    "Der Gemeinderat erlässt die 4. Satzung zur Änderung der Gebührensatzung.\n\n"
    "Abstimmungsergebnis:\nJa: 18   Nein: 3\n"
)


@pytest.mark.parametrize(
    ("first", "second", "unanimous"),
    [
        # each decision numbered and voted on its own: the parts disagree on unanimity
        ("Beschluss 1:", "Beschluss 2:", None),
        ("Zu Beschluss 1:", "Zu Beschluss 2:", None),
    ],
)
def test_decisions_numbered_and_voted_each_are_parts(
    first: str, second: str, unanimous: bool | None
) -> None:
    result = parse_text(_TWO_DECISIONS.format(first=first, second=second))
    decisive = next((v for v in result.votes if v.decisive), None)
    assert result.outcome == "approved"
    assert (decisive.unanimous if decisive else None) == unanimous


@pytest.mark.parametrize(
    ("sentence", "outcome", "counted"),
    [
        # another item's vote told in a relative clause in the perfect
        (
            "Die Öffnung ist Teil der Konzeption, die der Ausschuss soeben mit 9 Ja-Stimmen bei "
            "2 Enthaltungen beschlossen hat.",
            "other",
            False,
        ),
        (
            "Sie ist Teil des Plans, den der Rat einstimmig gebilligt hat.",
            "other",
            False,
        ),
        # guard: the clause tells no vote; the main clause's vote is the item's
        (
            "Der Ausschuss beschließt mit 9 Ja-Stimmen bei 2 Enthaltungen die Konzeption, die "
            "die Verwaltung vorgelegt hat.",
            "approved",
            True,
        ),
    ],
)
def test_a_vote_told_in_a_relative_clause_is_another_matters(
    sentence: str, outcome: str, counted: bool
) -> None:
    text = f"Vorlage: AN/2031/011\nBeschluss: erledigt\n\n{sentence}\n"
    result = parse_text(text)
    assert result.outcome == outcome
    assert any(v.counts.yes == 9 for v in result.votes) == counted


@pytest.mark.parametrize(
    "result",
    [
        # the page ends inside the counts, a side's label broken off on a line of its own
        "dafür: 43 (CDU, SPD, Grüne, SSW)\ndage",
        "Ja-Stimmen: 7\nNein-Stim-",
        # guard: broken off without its hyphen
        "Ja-Stimmen: 7\nNein-Stim",
    ],
)
def test_a_result_cut_off_on_its_last_line_shows_nothing(result: str) -> None:
    text = (
        f"Beschlussvorschlag:\nDer Kreistag fordert den Ausbau.\n\nAbstimmungsergebnis:\n{result}"
    )
    parsed = parse_text(text)
    assert (parsed.outcome, parsed.votes) == (None, ())


@pytest.mark.parametrize(
    "figures",
    [
        # a report's figures: things counted as a passive verdict's subject
        "Davon\n\n  - wurden 31 Abweichungen zugelassen,\n  - wurden 9 Anträge abgelehnt.",
        "12 Bauanträge wurden genehmigt, 3 Anträge sind abgelehnt worden.",
        "Im Jahr 2030 wurden 19, im Jahr 2031 bislang 23 Veranstaltungen genehmigt.",
    ],
)
def test_a_reports_counted_things_decide_nothing(figures: str) -> None:
    text = (
        "Mitteilungsvorlage 2031/0512\n\nBericht:\n"
        f"Im Berichtszeitraum wurden 418 Bauanträge bearbeitet. {figures}\n\n"
        "Beschlussvorschlag:\nDer Ausschuss nimmt den Bericht zur Kenntnis.\n\n"
        "Ergebnis der Sitzung vom 04.06.2031:\nZur Kenntnis genommen.\n"
    )
    assert parse_text(text).outcome == "noted"


def test_a_votes_count_before_its_verdict_is_no_counted_thing() -> None:
    # guard: the number counts votes, the verdict is the body's
    text = "Beschluss:\nDer Antrag wurde mit 9 Stimmen bei 2 Enthaltungen abgelehnt.\n"
    assert parse_text(text).outcome == "rejected"


@pytest.mark.parametrize(
    ("title", "date"),
    [
        # a PDF's line broken after the month
        ("der 17. Sitzung des Gemeinderates vom 03.11.\n2022", "2022-11-03"),
        ("Niederschrift über die Sitzung am 14.03.\n   2031 im Rathaus", "2031-03-14"),
        # guard: the year on the same line
        ("der 17. Sitzung des Gemeinderates vom 03.11.2022", "2022-11-03"),
    ],
)
def test_a_date_broken_after_its_month(title: str, date: str) -> None:
    text = (
        f"B E S C H L U S S   Nr. 112-17/2031\n{title}\n\nDrucksache: 0112/2031\n\n"
        "Der Gemeinderat beschließt die Annahme der Spenden.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("number", "date"),
    [
        # the decision's number between the sheet's title and the sitting it was taken in
        ("Beschluss-Nr.: 0213/31", "2031-10-30"),
        # guards: the number without its label's colon; no number between
        ("Nr. 0213/31", "2031-10-30"),
        ("", "2031-10-30"),
    ],
)
def test_a_sheets_number_within_its_title(number: str, date: str) -> None:
    text = (
        f"Beschluss des Stadtrates\n{number}\n\n"
        "gefasst in der öffentlichen Sitzung des Stadtrates am 30. Oktober 2031\n\n"
        "Gegenstand: Sondernutzungssatzung\nDrucksache 0456/31\n\n"
        "Der Stadtrat beschließt die Sondernutzungssatzung.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("before", "date"),
    [
        # a sentence wrapped before "Beratung im …": the story's, no row of the paper's course
        ("Der Vorsitzende berichtet über die", "2031-06-26"),
        ("Herr Lenz verweist auf die", "2031-06-26"),
        # guard: the line on its own, a row of the course
        ("Der Vorsitzende berichtet.", None),
    ],
)
def test_a_deliberation_wrapped_in_a_sentence_is_no_row(before: str, date: str | None) -> None:
    text = (
        "Informationsvorlage VO/KT/2031/0318\n\nBeratungsfolge:\n"
        "Datum        Gremium                      Zuständigkeit\n"
        "10.06.2031   Rechnungsprüfungsausschuss   Vorberatung\n"
        "26.06.2031   Kreistag                     Kenntnisnahme\n\n"
        "Auszug aus dem Protokoll des Kreistages vom 26.06.2031\nTOP Ö 14.3\n\n"
        f"{before}\nBeratung im Ausschuss am 10.06.2031. Der Kreistag nimmt den Bericht zur "
        "Kenntnis.\n"
    )
    assert _date(text) == date


def test_an_excerpts_title_ends_the_course_without_a_blank_line() -> None:
    text = (
        "Informationsvorlage VO/KT/2031/0318\nBeratungsfolge:\n"
        "10.06.2031   Rechnungsprüfungsausschuss   Vorberatung\n"
        "26.06.2031   Kreistag                     Kenntnisnahme\n"
        "Auszug aus dem Protokoll des Kreistages vom 26.06.2031\n"
        "Die Feststellungen sind bis zum 31.12.2031 abzuarbeiten.\n"
        "Beschlussart: zur Kenntnis genommen\n"
    )
    assert _date(text) == "2031-06-26"


@pytest.mark.parametrize(
    ("told", "outcome"),
    [
        # the mover or the administration takes the suggestions over in the sitting
        (
            "Herr Fischer übernimmt die Anregungen für die antragstellende Fraktion.",
            "approved_amended",
        ),
        (
            "Der Landrat erklärt, die Verwaltung übernehme die Ergänzung in ihren Vorschlag.",
            "approved_amended",
        ),
        # a motion that replaces the proposal, adopted
        (
            "Der Ersetzungsantrag ist damit angenommen und tritt an die Stelle des "
            "Beschlussvorschlags.",
            "approved_amended",
        ),
        # guards: the suggestion refused; nothing changed
        ("Herr Fischer übernimmt die Anregungen nicht.", "approved"),
        ("Herr Fischer stellt den Antrag vor.", "approved"),
    ],
)
def test_a_proposal_changed_in_the_sitting_without_a_vote_on_it(told: str, outcome: str) -> None:
    text = (
        "Drucksache 21-3456\n\nDie Fraktionen regen an, auch Fahrradboxen aufzunehmen. "
        f"{told}\n\nBeschluss:\nDer Ausschuss empfiehlt, den Antrag zu beschließen.\n\n"
        "Abstimmungsergebnis: einstimmig\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("result", "abstain"),
    [
        # a remark in the count's parentheses on who could not vote, or could
        (
            "11 Ja-Stimmen, 3 Nein-Stimmen, 2 Enthaltungen (Bürgermeister stimmberechtigt; "
            "GR'in Lutz nach § 18 GemO befangen)",
            [],
        ),
        ("12 Ja-Stimmen, 1 Enthaltung (Stadtrat Kühn nach § 20 SächsGemO befangen)", []),
        # guard: the side's groups
        ("11 Ja-Stimmen, 3 Nein-Stimmen, 2 Enthaltungen (FDP)", ["FDP"]),
    ],
)
def test_a_remark_on_who_could_not_vote_names_no_group(result: str, abstain: list[str]) -> None:
    assert sides(f"Beschluss: beschlossen\n\nAbstimmungsergebnis: {result}\n")[2] == abstain


@pytest.mark.parametrize(
    ("yes_head", "no_head", "abstain_head"),
    [
        # a roll call's lists under run-in heads in lower case
        ("mit Ja stimmten:", "mit Nein stimmten:", "der Stimme enthielt sich:"),
        # guard: the heads capitalised
        ("Mit Ja stimmten:", "Mit Nein stimmten:", "Der Stimme enthielt sich:"),
    ],
)
def test_a_roll_calls_lists_under_heads_in_lower_case(
    yes_head: str, no_head: str, abstain_head: str
) -> None:
    text = (
        "Vorlage BV/045/2031\n\nNamentliche Abstimmung:\n\n"
        f"{yes_head}\n  Oberbürgermeister (Vorsitzender)\n  Stadträtin Berger (CDU)\n"
        "  Stadtrat Hofmann (Freie Wähler)\n  Stadtrat Nestler (SPD)\n\n"
        f"{no_head}\n  Stadtrat Lehmann (AfD)\n  Stadträtin Schubert (AfD)\n\n"
        f"{abstain_head}\n  Stadtrat Wagner (GRÜNE)\n\nDer Vergabe wurde somit zugestimmt.\n"
    )
    vote = decisive_vote(text)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (4, 2, 1)


@pytest.mark.parametrize(
    ("row", "abstain"),
    [
        # a dash in a pipe table's value cell: none
        ("|Stimmenthaltungen          |   -  |", 0),
        ("| Enthaltungen | – |", 0),
        # guard: a number
        ("|Stimmenthaltungen          |   2  |", 2),
    ],
)
def test_a_dash_in_a_pipe_tables_value_cell_counts_none(row: str, abstain: int) -> None:
    text = (
        "Beschluss: abgelehnt\n\n|Ja-Stimmen                 |   7  |\n"
        f"|Nein-Stimmen               |  12  |\n{row}\n"
    )
    assert decisive_vote(text).counts.abstain == abstain


@pytest.mark.parametrize(
    ("line", "refs"),
    [
        # the paper a later one follows, under its own word
        ("Ursprungsdrucksache: 22-1834 (Kleine Anfrage vom 26.09.2031)", ["22-1834.1", "22-1834"]),
        ("Ursprungsvorlage: 2031/0143", ["22-1834.1", "2031/0143"]),
        # guard: a paper word known before
        ("Ursprungsantrag: 22-1801", ["22-1834.1", "22-1801"]),
    ],
)
def test_the_paper_a_later_one_follows(line: str, refs: list[str]) -> None:
    text = f"Drucksache - 22-1834.1\n\n{line}\n\nDer Ausschuss nimmt die Antwort zur Kenntnis.\n"
    assert references(text) == refs


@pytest.mark.parametrize(
    ("title", "refs"),
    [
        # a letter-spaced title word before the record's number
        ("P R O T O K O L L  Nr. 14/2031", ["198/2031"]),
        ("N I E D E R S C H R I F T   Nr. 17/2031", ["198/2031"]),
        # guard: a paper word, letter-spaced or not
        ("Vorlage Nr. 14/2031", ["14/2031", "198/2031"]),
    ],
)
def test_a_letter_spaced_title_word_numbers_no_paper(title: str, refs: list[str]) -> None:
    text = (
        f"{title}\nüber die öffentliche Sitzung des Ausschusses am 12.03.2031\n\n"
        "TOP 4  Zuschuss an den Sportverein, Vorlage Nr. 198/2031\n\n"
        "Der Ausschuss beschließt den Zuschuss. Abstimmungsergebnis: einstimmig\n"
    )
    assert references(text) == refs


@pytest.mark.parametrize(
    ("head", "clauses"),
    [
        # a motion's formula right under the Beratungsfolge's rows, no blank line between, and
        # nothing decided: the proposal's clauses
        ("betr. Sanierung des Lehrschwimmbeckens\nVorlageart: Antrag    Status: öffentlich\n", 2),
        ("betr. Sanierung des Lehrschwimmbeckens\n", 2),
        # guard: the sitting's line over it
        ("Sitzung: Gemeindevertretung, 26.09.2031, 19:30 Uhr\n", 2),
    ],
)
def test_a_motions_clauses_under_its_course_without_a_blank_line(head: str, clauses: int) -> None:
    text = (
        f"{head}Beratungsfolge\n"
        "Haupt- und Finanzausschuss        10.09.2031   Vorberatung\n"
        "Gemeindevertretung                26.09.2031   Entscheidung\n"
        "Die Gemeindevertretung möge beschließen:\n"
        "1. Der Gemeindevorstand wird beauftragt, Gespräche aufzunehmen.\n"
        "2. Für eine Studie werden 25.000 € bereitgestellt.\n"
        "Begründung:\nDas Becken ist seit 2030 geschlossen.\n"
    )
    assert len(parse_text(text).clauses) == clauses


@pytest.mark.parametrize(
    ("heading", "outcome", "clauses"),
    [
        # an Informationsvorlage's report: the earlier decision it tells and its findings
        ("Information:", None, 0),
        ("Informationstext:", None, 0),
        # guard: the paper's background by its usual word
        ("Sachverhalt:", None, 0),
    ],
)
def test_an_information_papers_report_decides_nothing(
    heading: str, outcome: str | None, clauses: int
) -> None:
    text = (
        "Informationsvorlage  I-045/2031\n\n| Beratungsfolge | Termin | Beratungsart |\n"
        "| Stadtrat | 19.06.2031 | Kenntnisnahme |\n\n"
        f"{heading}\nMit der Beschlussvorlage B-187/2029 hat der Stadtrat die Bewohnerparkzone "
        "beschlossen.\n\nDie Erhebungen zeigen:\n1. Die Auslastung ist gesunken.\n"
        "2. Der Suchverkehr hat abgenommen.\n"
    )
    result = parse_text(text)
    assert (result.outcome, len(result.clauses)) == (outcome, clauses)


@pytest.mark.parametrize(
    ("remark", "outcome"),
    [
        # a remark on what became of a paper before, dated
        ("(ersetzt die Vorlage BV/GV/31/077, zurückgestellt am 04.07.2031)", None),
        ("(vertagt am 12.06.2031)", None),
        # guard: the item's own result, undated
        ("(vertagt)", "postponed"),
    ],
)
def test_a_dated_remark_on_an_agenda_line_decides_nothing(remark: str, outcome: str | None) -> None:
    text = (
        "E i n l a d u n g\n\nzur 4. Sitzung der Gemeindevertretung am 19. September 2031\n\n"
        "Tagesordnung:\n\n1.   Eröffnung\n"
        "2.   Neufassung der Entgeltordnung für den Hafen        BV/GV/31/093\n"
        f"     {remark}\n3.   Anfragen\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("line", "outcome"),
    [
        # a decision's number closing a parenthesis opened on the line before: no status label
        ("   Beschluss-Nr. 2031/GV/033):", None),
        # guard: the number's field opening its line
        ("Beschluss-Nr.: 2031/GV/033", None),
    ],
)
def test_a_decisions_number_closing_a_parenthesis_is_no_status(
    line: str, outcome: str | None
) -> None:
    text = (
        "Sitzung der Gemeindevertretung vom 01.07.2031\n\nTOP 4\n"
        "Bekanntgabe der in nichtöffentlicher Sitzung gefassten Beschlüsse\n\n"
        "Die Bürgermeisterin gibt bekannt, dass die Gemeindevertretung in ihrer Sitzung am\n"
        "20.05.2031 im nichtöffentlichen Teil folgende Beschlüsse gefasst hat:\n\n"
        "a) Verkauf einer Teilfläche des Flurstücks 47/12 (Vorlage GV/2031/064,\n"
        f"{line}\n   Dem Verkauf wird zugestimmt.\n"
        "   Abstimmungsergebnis: 14 Ja-Stimmen, 3 Nein-Stimmen, 2 Enthaltungen\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # the agenda's part before the sitting's ordinal
        ("Tagesordnung I, 34. Sitzung am 14.03.2031", "2031-03-14"),
        ("Tagesordnung II, 7. Sitzung am 02.10.2031", "2031-10-02"),
        # guard: the sitting alone
        ("34. Sitzung am 14.03.2031", "2031-03-14"),
    ],
)
def test_an_agendas_part_before_the_sittings_ordinal(line: str, date: str) -> None:
    text = (
        f"Beschlussausfertigung\n\nStadtverordnetenversammlung\n{line}\n\n"
        "Tagesordnungspunkt 7.\n\nBericht des Magistrats vom 29.01.2031, B 43\n\n"
        "Beratungsergebnis des Ausschusses für Planung vom 04.03.2031:\nKenntnisnahme\n\n"
        "Beschluss:\nDer Bericht des Magistrats vom 29.01.2031, B 43, dient zur Kenntnis.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # the body's own decision announced with its sitting and its vote, the text after the colon
        (
            "Die Bezirksverordnetenversammlung hat in ihrer 27. öffentlichen Sitzung am\n"
            "18. April 2031 auf Empfehlung des Ausschusses einstimmig beschlossen:",
            "2031-04-18",
        ),
        ("Der Rat hat in seiner Sitzung am 18.04.2031 mehrheitlich beschlossen:", "2031-04-18"),
        # guard: an earlier decision told, no colon, the text's own sitting none (told in the
        # pluperfect: a sentence in the perfect whose vote is the text's only one names the
        # decisive vote's sitting, test_fortyninth_probe)
        ("Der Rat hatte in seiner Sitzung am 18.04.2029 mehrheitlich beschlossen.", None),
    ],
)
def test_the_own_decision_announced_with_its_vote(sentence: str, date: str | None) -> None:
    text = (
        "DS-Nr.: 0735/XXI          Art: Beschlussempfehlung\n\n"
        f"Betreff: Änderung der Geschäftsordnung\n\n{sentence}\n\n"
        "Die Geschäftsordnung wird wie folgt geändert: § 41 wird aufgehoben.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("sitting", "date"),
    [
        # the sittings of the decisions made known, each as a subheading below the title
        ("Verwaltungsausschuss, Sitzung am 19.02.2031", "2031-03-18"),
        ("Verwaltungsausschuss – Sitzung vom 19.02.2031", "2031-03-18"),
    ],
)
def test_sittings_of_decisions_made_known_are_not_the_texts(sitting: str, date: str) -> None:
    text = (
        "Rat der Hansestadt Lindenau\nSitzung vom 18.03.2031 - öffentlicher Teil\n\n"
        "TOP Ö 4  Bekanntgabe von Beschlüssen aus nichtöffentlichen Sitzungen\n\n"
        "Die Bürgermeisterin gibt bekannt, dass der Verwaltungsausschuss in nichtöffentlicher\n"
        "Sitzung folgende Beschlüsse gefasst hat:\n\n"
        f"{sitting}\na) Der Auftrag wurde an die Firma Kröger vergeben. Abstimmung: 10:1:0\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    "sitting",
    [
        # the sitting of the decisions made known as a subheading, the body first
        "Verwaltungsausschuss – Sitzung vom 19.02.2031",
        "Verwaltungsausschuss - Sitzung am 19.02.2031",
        # guard: after a comma
        "Verwaltungsausschuss, Sitzung am 19.02.2031",
    ],
)
def test_decisions_made_known_under_a_dashed_subheading_are_not_the_texts(sitting: str) -> None:
    text = (
        "Rat der Stadt Lindenau\nSitzung vom 18.03.2031 - öffentlicher Teil\n\n"
        "TOP Ö 4  Bekanntgabe von Beschlüssen aus nichtöffentlichen Sitzungen\n\n"
        "Die Bürgermeisterin gibt bekannt, dass der Verwaltungsausschuss in nichtöffentlicher\n"
        "Sitzung folgende Beschlüsse gefasst hat:\n\n"
        f"{sitting}\na) Der Auftrag wurde an die Firma Kröger vergeben (Vorlage 2031/041).\n"
        "   Abstimmung: 10:1:0\n"
    )
    assert (parse_text(text).outcome, _date(text)) == (None, "2031-03-18")


@pytest.mark.parametrize(
    ("closing", "unanimous"),
    [
        # the page's own paragraphs below an agenda table: no part of its last row
        (
            "Beschlüsse des nichtöffentlichen Teils werden in der Sitzung bekannt gegeben.",
            True,
        ),
        # guards: a remark that decides nothing; nothing below the table
        (
            "Hinweis: Die Haushaltssatzung wird nach ihrer Genehmigung öffentlich bekannt gemacht.",
            True,
        ),
        ("", True),
    ],
)
def test_an_agenda_tables_last_row_ends_with_the_table(closing: str, unanimous: bool) -> None:
    text = (
        "Amt Lindau - Sitzung des Amtsausschusses\n\nDatum:        Donnerstag, 27.11.2031\n\n"
        "Tagesordnung / Ergebnisse\n\n|TOP  |Betreff                         |Ergebnis\n"
        "|Ö 1  |Eröffnung                       |\n"
        "|Ö 2  |Festsetzung der Amtsumlage 2032 |einstimmig beschlossen\n"
        "|Ö 3  |Haushaltssatzung 2032           |einstimmig beschlossen\n"
        f"|N 4  |Personalangelegenheiten         |\n\n{closing}\n"
    )
    assert decisive_vote(text).unanimous is unanimous


def test_an_inquirys_own_vote_under_its_label_stays() -> None:
    # guard: the vote on referring the inquiry's debate, under its label, is the text's own
    text = (
        "Große Anfrage der Fraktion\n\nTagesordnung der Sitzung\n\n"
        "1. Wie viele Hallen sind gesperrt?\n2. Welche Maßnahmen sind geplant?\n\n"
        "Die Besprechung wird in den Ausschuss für Schule und Sport überwiesen.\n"
        "Abstimmungsergebnis: einstimmig\n"
    )
    assert [v.unanimous for v in parse_text(text).votes] == [True]
