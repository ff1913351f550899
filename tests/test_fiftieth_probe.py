"""Families found in the forty-ninth probe's remaining texts and the fiftieth blind probe
(``tests/probes/fiftieth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from tests.reading import decisive_vote, references, sides
from tests.reading import meeting_date as _date

_CLAUSES = (
    "1. Die Satzung über die Gebühren der Musikschule wird in der Fassung der Anlage 1 "
    "beschlossen.\n"
    "2. Die Satzung tritt am 01.01.2032 in Kraft.\n"
    "3. Die Verwaltung wird beauftragt, die Gebühren zum 31.12.2033 zu überprüfen.\n"
)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a proposal's label naming whom it is put to; the committee recommends it with a change
        # written out alone
        (
            f"Beschlussvorschlag an den Gemeinderat:\n{_CLAUSES}\n"
            "Beratungsergebnis:\nDer Ausschuss empfiehlt dem Gemeinderat einstimmig, mit "
            "folgender Änderung zu beschließen:\nIn Ziffer 3 wird das Datum „31.12.2033“ durch "
            "„31.12.2032“ ersetzt.\n",
            3,
        ),
        # the form's one field for the proposal and the decision it becomes, the result below
        (
            f"Beschlussvorschlag/Beschluss:\n{_CLAUSES}\n"
            "Beschlussergebnis:\nDer Kreistag beschließt einstimmig bei 4 Enthaltungen.\n",
            3,
        ),
        (
            f"Beschlussvorschlag / Beschluss:\n{_CLAUSES}\n"
            "Beschlussergebnis:\n☒ Zustimmung lt. Beschlussvorschlag\n☐ Ablehnung\n\n"
            "Ja: 22     Nein: 5     Enthaltungen: 1\n\n"
            "Ausschließungsgründe nach § 22 GemO lagen vor bei: ---\n",
            3,
        ),
        # the decision's heading names its sitting, the weekday in brackets
        (
            "Sachverhalt:\nDie Musikschule hat ihre Kosten neu berechnet.\n\n"
            "Beschluss des Kreistages in der Sitzung am 4. April 2031 (Donnerstag):\n\n"
            f"{_CLAUSES}\nAbstimmungsergebnis: einstimmig bei 2 Stimmenthaltungen\n",
            3,
        ),
        # a motion to vote on the points one by one, and its acceptance, over the votes
        (
            f"Beschlussvorschlag:\nDer Stadtrat möge beschließen:\n\n{_CLAUSES}\n"
            "Ergebnis der Beratung:\n\nHerr Stadtrat W. (Fraktion DIE PARTEI) beantragt, über "
            "die Punkte des Beschlussvorschlages getrennt abzustimmen. Dem wird gefolgt.\n\n"
            "Abstimmung über die Punkte 1 und 2:\nJa: 31\nNein: 12\nEnthaltung: 4\n\n"
            "Abstimmung über Punkt 3:\nJa: 22\nNein: 24\nEnthaltung: 1\n",
            3,
        ),
        # the decision framed with its vote, "ohne Gegenstimme", the changed text below
        (
            f"Beschlussvorschlag der Verwaltung:\n{_CLAUSES}\n"
            "Beratung:\nDie Fraktion der SPD beantragt, Ziffer 3 zu streichen. Die Verwaltung "
            "übernimmt die Streichung.\n"
            "Der Stadtrat beschließt ohne Gegenstimme bei drei Stimmenthaltungen in der "
            "geänderten Fassung:\n\n"
            "1. Die Satzung über die Gebühren der Musikschule wird beschlossen.\n"
            "2. Die Satzung tritt am 01.01.2032 in Kraft.\n",
            2,
        ),
        # guard: a decision's heading naming its body, its clauses below
        (f"Beschluss des Rates:\n{_CLAUSES}\nAbstimmungsergebnis: einstimmig\n", 3),
    ],
)
def test_the_decided_texts_clauses_are_counted(text: str, count: int) -> None:
    assert len(parse_text(text).clauses) == count


_COURSE = (
    "Beratungsfolge:\n"
    "|Datum |Gremium |Zuständigkeit |\n"
    "|04.06.2031 |Haupt- und Finanzausschuss |Vorberatung |\n"
    "|20.06.2031 |Stadtrat |Entscheidung |\n\n"
)
_COURSE_ALIGNED = (
    "Beratungsfolge:\n"
    "Datum       Gremium                        Rolle\n"
    "04.06.2031  Haupt- und Finanzausschuss     Vorberatung\n"
    "20.06.2031  Stadtrat                       Entscheidung\n\n"
)


@pytest.mark.parametrize(
    ("title", "course", "date"),
    [
        # the record's title above the course names its body, undated: that body's row
        ("Auszug aus dem Protokoll\nStadtrat - SR/07/2031\n\n", _COURSE, "2031-06-20"),
        ("Auszug aus der Niederschrift der 31. Sitzung des Stadtrates\n\n", _COURSE, "2031-06-20"),
        (
            "Auszug aus der Niederschrift der 31. Sitzung des Stadtrates\n\n",
            _COURSE_ALIGNED,
            "2031-06-20",
        ),
        # guard: no title names a body; the course alone names two sittings
        ("Beschlussvorlage\n\n", _COURSE, None),
        # guard: the title names a body the course lists on no row
        ("Auszug aus der Niederschrift der 12. Sitzung des Kreistages\n\n", _COURSE, None),
    ],
)
def test_a_records_title_above_the_course_names_its_row(
    title: str, course: str, date: str | None
) -> None:
    text = (
        f"{title}Vorlage - SR-BV/0087/2031\n\nBetreff: Richtlinie zur Vereinsförderung\n\n"
        f"{course}Beschluss:\nDer Stadtrat beschließt die Richtlinie.\n\n"
        "Abstimmungsergebnis:\nJa-Stimmen: 15\nNein-Stimmen: 4\nEnthaltungen: 2\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("line", "refs"),
    [
        # the body and its sitting's number under the record's title, as ALLRIS prints it
        ("Stadtrat - SR/07/2031", ["SR-BV/0087/2031"]),
        ("Haupt- und Finanzausschuss – HFA/05/2031", ["SR-BV/0087/2031"]),
        # guard: a paper's label and a dash, the paper's number
        ("Antrag - AN/0112/2031", ["AN/0112/2031", "SR-BV/0087/2031"]),
    ],
)
def test_a_body_and_its_sittings_number_are_no_paper(line: str, refs: list[str]) -> None:
    text = (
        f"Auszug aus dem Protokoll\n{line}\n\nVorlage - SR-BV/0087/2031\n\n"
        "Beschluss:\nDer Stadtrat beschließt die Richtlinie.\n\nAbstimmungsergebnis: einstimmig\n"
    )
    assert references(text) == refs


_TWO_SITTINGS = (
    "Beratungsfolge:\nHauptausschuss (Vorberatung)            04.04.2031\n"
    "Stadtrat (Entscheidung)                 18.04.2031\n\n"
)


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # a title's abbreviated kind of sitting, its day unpadded
        ("Ortschaftsrat Ebnat\nKurzprotokoll der öffentl. Sitzung vom 5.2.2031\n\n", "2031-02-05"),
        # a list of decisions "in Kurzform", its sitting's day on the next line
        (
            "Beschlüsse in Kurzform aus der öffentlichen Sitzung des Gemeinderates\n"
            "vom 19. Dezember 2031\n\n",
            "2031-12-19",
        ),
        # a certified copy's title, letter-spaced, over its sitting
        (
            "B e s c h l u s s a u s f e r t i g u n g\n\n"
            "aus der 31. Sitzung des Ortsbeirates 4 am Dienstag, 16. April 2031\n\n",
            "2031-04-16",
        ),
        # the copy's sentence names the item and the paper, the paper's course below it
        (
            "Die Stadtverordnetenversammlung hat in ihrer 24. Sitzung am 18.04.2031 zu\n"
            "Tagesordnungspunkt 11 (Vorlage-Nr.: 2031/0231) folgenden Beschluss gefasst:\n\n"
            f"Der Bebauungsplan wird beschlossen.\n\n{_TWO_SITTINGS}",
            "2031-04-18",
        ),
        # a body heard on a paper tells its sitting
        (
            "Der Ortschaftsrat Röhrsdorf hat in seiner Sitzung am 23.04.2031 zu der oben\n"
            "genannten Vorlage gemäß § 67 Abs. 2 SächsGemO wie folgt Stellung genommen:\n\n",
            "2031-04-23",
        ),
        # the course above, the deciding sitting's line over its item below, the part between
        (
            f"{_TWO_SITTINGS}Betreff: Freibad\n\n"
            "Stadtrat Weißenfels, 42. Sitzung am 18.04.2031, öffentlicher Teil, TOP 8\n\n",
            "2031-04-18",
        ),
        # guard: the course alone, a committee's recommendation told below it
        (
            f"{_TWO_SITTINGS}Der Hauptausschuss hat am 04.04.2031 mehrheitlich empfohlen, wie "
            "vorgeschlagen zu beschließen.\n\n",
            None,
        ),
    ],
)
def test_a_sittings_day_as_titles_and_copies_state_it(head: str, date: str | None) -> None:
    text = f"{head}Beschluss: mehrheitlich beschlossen\nJa: 21   Nein: 9   Enthaltungen: 3\n"
    assert _date(text) == date


@pytest.mark.parametrize(
    "result",
    [
        # the result under its bare heading, the page's place and date signed below it
        "Abstimmungsergebnis:\nJa: 34\nNein: 0\nEnthaltungen: 5\n",
        # the result on its heading's line
        "Abstimmungsergebnis:   Ja: 34  |  Nein: 0  |  Enthaltung: 5\n",
    ],
)
def test_a_signed_result_ends_the_last_clause(result: str) -> None:
    text = (
        "Die Stadtverordnetenversammlung hat in ihrer 24. Sitzung am 16.05.2031 folgenden "
        "Beschluss gefasst:\n\n1. Die Wärmeplanung wird beschlossen.\n"
        f"2. Der Magistrat wird beauftragt, jährlich zu berichten.\n\n{result}\n"
        "Lindenfeld, 17.05.2031\nDer Vorsitzende der Stadtverordnetenversammlung\n\n"
        "Magistrat der Stadt Lindenfeld\nFachbereich Umwelt und Planung\n"
    )
    assert (
        parse_text(text).clauses[-1].text == "Der Magistrat wird beauftragt, jährlich zu berichten."
    )


@pytest.mark.parametrize(
    ("table", "counts"),
    [
        # a count table across under the status line, its columns of members, of those present
        # and of those barred beside the sides'
        (
            "| gesetzl. Mitgliederzahl | anwesend | Ja | Nein | Enth. | befangen |\n"
            "| 35 | 31 | 28 | 0 | 2 | 1 |\n",
            (28, 0, 2),
        ),
        (
            "|Gesetzl. Mitgliederzahl|davon anwesend|Ja|Nein|Enthaltung|befangen|\n|9|8|8|0|0|0|\n",
            (8, 0, 0),
        ),
        # guard: the sides' counts alone, as before
        ("| Ja | Nein | Enth. |\n| 28 | 0 | 2 |\n", (28, 0, 2)),
    ],
)
def test_a_count_table_across_beside_columns_not_counted(
    table: str, counts: tuple[int, int, int]
) -> None:
    text = f"Beschluss: ungeändert beschlossen\n\n{table}"
    vote = decisive_vote(text)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts


@pytest.mark.parametrize(
    ("gap", "clauses"),
    [
        # the decision's numbered points set off from its sentence by a blank line
        ("\n", 3),
        ("\n \n", 3),
        # guard: right under it, as before
        ("", 3),
    ],
)
def test_a_decisions_points_set_off_are_no_agenda(gap: str, clauses: int) -> None:
    text = (
        "Beirat Findorf\n\nAuszug aus dem Protokoll der öffentlichen Beiratssitzung\n"
        "Datum: Donnerstag, 20. Februar 2031\n\nTOP 6: Vergabe von Globalmitteln\n\n"
        "Frau Lehmkuhl (Ortsamt) erläutert die vorliegenden Anträge.\n\n"
        "Beschluss:\nDer Beirat bewilligt aus den Globalmitteln 2031 folgende Zuschüsse:\n"
        f"{gap}"
        "1. Geschichtswerkstatt e. V. – Druck einer Chronik   1.850,00 €\n"
        "2. TuS Findorf e. V. – Trainingsmaterial   2.400,00 €\n"
        "3. Elternverein Kita Hemmstraße – Sonnensegel   3.120,00 €\n\n"
        "(einstimmig bei einer Enthaltung)\n"
    )
    result = parse_text(text)
    assert (len(result.items), len(result.clauses), result.outcome) == (0, clauses, "approved")


@pytest.mark.parametrize(
    ("result", "counts", "against"),
    [
        # the whole vote's counts in brackets after the last group named, on the next line
        (
            "mehrheitlich beschlossen gegen die Stimmen der Fraktion Bündnis 90/Die Grünen\n"
            "(12 dafür, 3 dagegen, 1 Enthaltung)",
            (12, 3, 1),
            ["Fraktion Bündnis 90/Die Grünen"],
        ),
        # on the same line, "und" before the last
        (
            "mehrheitlich beschlossen gegen die Stimmen der SPD (12 dafür, 3 dagegen und 1 "
            "Enthaltung)",
            (12, 3, 1),
            ["SPD"],
        ),
        # guard: a remark on the group that counts no sides
        ("mehrheitlich beschlossen gegen die Stimmen der SPD (3 Mitglieder)", None, None),
    ],
)
def test_a_tally_in_brackets_after_a_group(
    result: str, counts: tuple[int, int, int] | None, against: list[str] | None
) -> None:
    text = f"Beschluss:\nDer Anregung wird nicht gefolgt.\n\nAbstimmungsergebnis:\n{result}\n"
    vote = decisive_vote(text)
    got = (vote.counts.yes, vote.counts.no, vote.counts.abstain)
    assert got == (counts or (None, None, None))
    if against is not None:
        assert sides(text)[1] == against


@pytest.mark.parametrize(
    ("result", "counts", "read"),
    [
        # the counts and a side's groups in one parenthesis, wrapped within it
        (
            "mehrheitlich beschlossen\n(9 dafür, 4 dagegen, 0 Enthaltungen; gegen die Stimmen "
            "der Fraktion\nBündnis 90/Die Grünen)",
            (9, 4, 0),
            ([], ["Fraktion Bündnis 90/Die Grünen"], []),
        ),
        (
            "mehrheitlich beschlossen (9 dafür, 4 dagegen, 0 Enthaltungen; gegen die Stimmen "
            "der Fraktion Bündnis 90/Die Grünen)",
            (9, 4, 0),
            ([], ["Fraktion Bündnis 90/Die Grünen"], []),
        ),
        # each side's list under its label in one parenthesis, wrapped before the last
        (
            "mehrheitlich angenommen\n(Für den Antrag: SPD, DIE LINKE; gegen den Antrag: "
            "CDU-Fraktion, AfD-Fraktion;\nEnthaltung: Fraktion BÜNDNIS 90/DIE GRÜNEN)",
            (None, None, None),
            (
                ["SPD", "DIE LINKE"],
                ["CDU-Fraktion", "AfD-Fraktion"],
                ["Fraktion BÜNDNIS 90/DIE GRÜNEN"],
            ),
        ),
        # guard: a member's remark in a parenthesis, no side's groups
        (
            "mehrheitlich beschlossen (9 dafür, 4 dagegen; Herr Ott stimmt nicht mit)",
            (9, 4, None),
            ([], [], []),
        ),
    ],
)
def test_a_parenthesis_of_counts_and_sides(
    result: str,
    counts: tuple[int | None, int | None, int | None],
    read: tuple[list[str], list[str], list[str]],
) -> None:
    text = f"Beschluss:\nDas Einvernehmen wird nicht erteilt.\n\nAbstimmungsergebnis:\n{result}\n"
    vote = decisive_vote(text)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts
    assert sides(text) == read


@pytest.mark.parametrize(
    ("framing", "outcome"),
    [
        # the body adopts a statement that rejects the paper it is heard on
        ("Der Bezirksausschuss beschließt folgende Stellungnahme:", "rejected"),
        # guards: its vote between, and a statement given, as before
        ("Der Bezirksausschuss beschließt einstimmig nachstehende Stellungnahme:", "rejected"),
        ("Der Bezirksausschuss gibt folgende Stellungnahme ab:", "rejected"),
    ],
)
def test_a_statement_adopted_that_rejects_the_paper(framing: str, outcome: str) -> None:
    text = (
        "Anhörung des Bezirksausschusses\nSitzungsvorlage Nr. 20-26 / V 10877\n\n"
        "Herr Haas berichtet aus der Vorberatung. Der Unterausschuss hat sich mehrheitlich "
        "gegen die Vorlage ausgesprochen.\n\n"
        f"{framing}\n\nDer Bezirksausschuss lehnt die Beschlussvorlage in der vorliegenden "
        "Form ab.\n\nAbstimmungsergebnis: mehrheitlich beschlossen\n(dagegen: CSU-Fraktion; "
        "Enthaltung: FDP)\n"
    )
    assert parse_text(text).outcome == outcome


_MADE_KNOWN = (
    "TOP 2   Bekanntgabe von Beschlüssen aus nichtöffentlicher Sitzung (Art. 52 Abs. 3 GO)\n\n"
    "Erster Bürgermeister Hauber gibt folgende in der nichtöffentlichen Sitzung des Stadtrates "
    "vom 10.06.2031 gefassten Beschlüsse bekannt:\n\n"
    "a) Vergabe der Fensterbauarbeiten: Der Auftrag wurde an die Firma Mühlbauer GmbH "
    "vergeben. (einstimmig)\n\n"
    "b) Erwerb einer Teilfläche: Dem Erwerb wurde zugestimmt. (Abstimmung: 17 : 3)\n\n"
)


@pytest.mark.parametrize(
    ("after", "outcome"),
    [
        # the body takes note of the decisions made known, each told with its vote
        ("Der Stadtrat nimmt die Bekanntgabe zur Kenntnis.\n", "noted"),
        ("Der Stadtrat nimmt von den Bekanntgaben Kenntnis.\n", "noted"),
        # guard: nothing of its own after them
        ("", None),
    ],
)
def test_decisions_made_known_then_noted(after: str, outcome: str | None) -> None:
    result = parse_text(f"{_MADE_KNOWN}{after}")
    assert (result.outcome, [v.counts.yes for v in result.votes if v.decisive]) == (outcome, [])


@pytest.mark.parametrize(
    ("decision", "count"),
    [
        # the vote's own sentence adopts the proposal by naming it, the paper's head below it
        (
            "Der Kreistag beschließt einstimmig gemäß Beschlussvorschlag.\n\n"
            "______________________________\n"
            "Sitzungsvorlage Nr. 2031/087/KT              Bad Kreuznach, 20.03.2031\n"
            "Abteilung 4 - Schulen, Kultur und Sport",
            3,
        ),
        # the proposal named as a draft
        (
            "Der Ausschuss beschließt mit den Stimmen von SPD und Grünen gegen die Stimmen der "
            "CDU wie folgt:\nZiffern 1 bis 3 wie Beschlussentwurf.",
            3,
        ),
        # guard: the decision written out
        ("Der Kreistag beschließt einstimmig:\n1. Die Erweiterung wird beschlossen.", 1),
    ],
)
def test_a_decision_that_adopts_the_proposal_by_naming_it(decision: str, count: int) -> None:
    text = (
        f"Beschlussergebnis:\n{decision}\n\n"
        "Beschlussvorschlag:\n"
        "a) Der Kreistag stimmt der Erweiterung der Schule zu.\n"
        "b) Einer überplanmäßigen Auszahlung wird zugestimmt.\n"
        "c) Die Verwaltung wird beauftragt, den Förderantrag zu stellen.\n"
    )
    assert len(parse_text(text).clauses) == count


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        # nobody on a side, in the dative after "bei"
        (
            "Die Gemeindevertretung lehnt den Antrag mit 4 Ja-Stimmen gegen 7 Nein-Stimmen bei "
            "keiner Enthaltung ab.",
            (4, 7, 0),
        ),
        ("Der Antrag wird mit 9 Ja-Stimmen bei keinen Gegenstimmen angenommen.", (9, 0, None)),
        # guard: "ohne", as before
        ("Der Antrag wird mit 9 Ja-Stimmen ohne Enthaltungen angenommen.", (9, None, 0)),
    ],
)
def test_nobody_on_a_side_in_the_dative(
    sentence: str, counts: tuple[int | None, int | None, int | None]
) -> None:
    vote = decisive_vote(f"{sentence}\n")
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        # a terse status line's "mit Änderung beschlossen", abbreviated either way round
        ("mit Änd. beschl.", "approved_amended"),
        ("beschl. mit Änd.", "approved_amended"),
        # guard: the other abbreviation, as before
        ("geänd. beschl.", "approved_amended"),
    ],
)
def test_a_terse_status_with_changes(status: str, outcome: str) -> None:
    text = (
        "Beschlussvorschlag lt. Vorlage:\n1. Der Bedarfsplan wird beschlossen.\n"
        "2. Die Beschaffung eines HLF 10 wird vorgesehen.\n\n"
        f"Beschluss: {status}\nZiff. 2 erhält folgende Fassung: „2. Die Beschaffung eines "
        "TSF-W wird vorgesehen.“\n\nAbst.: 24 Ja / 4 Nein / 2 Enth.\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("status", "counts", "unanimous"),
    [
        # votes against under a status that adopts, the Yes count not read
        ("angenommen", "Ja:          11 + 1 (BM)\nNein:        2\nEnthaltung:  -\n", False),
        ("mit Änderungen beschlossen", "Nein:        2\nEnthaltung:  1\n", False),
        # guard: nobody against
        ("angenommen", "Ja:          11 + 1 (BM)\nNein:        -\nEnthaltung:  -\n", None),
    ],
)
def test_votes_against_what_the_status_adopts(
    status: str, counts: str, unanimous: bool | None
) -> None:
    text = f"Beschluss: {status}\n\nAbstimmungsergebnis:\n{counts}"
    assert decisive_vote(text).unanimous is unanimous
