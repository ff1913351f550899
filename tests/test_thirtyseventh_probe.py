"""Families found in the thirty-seventh blind probe (``tests/probes/thirtyseventh``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from tests.reading import decisive_vote as _decisive
from tests.reading import meeting_date as _date
from tests.reading import references as _refs

_DECIDED = "\n\nDer Rat beschließt die Satzung.\n\nAbstimmungsergebnis: einstimmig\n"


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # a month short without its full stop, as a calendar prints it
        ("Sitzungstermin:     Do, 14. Nov 2030", "2030-11-14"),
        ("Sitzung am 3. Okt 2030", "2030-10-03"),
        ("Sitzungstermin: 9. Dez 2030", "2030-12-09"),
        # (guard) with its full stop, read before
        ("Sitzungstermin: 14. Nov. 2030", "2030-11-14"),
        # a sitting's label that opens a cell of a header's row, its date without a colon
        ("Werkausschuss  |  Sitzungsdatum 2030-12-05  |  öffentlich", "2030-12-05"),
        ("Stadt A | Rat | Sitzungsdatum 05.12.2030 | öffentlich", "2030-12-05"),
        # (guard) at the line's start, read before
        ("Sitzungsdatum 05.12.2030 | öffentlich", "2030-12-05"),
    ],
)
def test_a_sittings_head_of_the_thirtyseventh_probe(head: str, date: str) -> None:
    assert _date(head + _DECIDED) == date


_MOTION = (
    "Antrag 0412/2030 zur Sitzung Ortsbeirat Brunnental\nBetreff: Sitzbänke\n\n"
    "Der Ortsbeirat möge beschließen:\nDie Verwaltung wird gebeten, Bänke aufzustellen.\n\n"
)


@pytest.mark.parametrize(
    ("record", "date"),
    [
        # an excerpt of the minutes under the motion, opened with its sitting
        (
            "Auszug aus der Niederschrift:\n\nIn der Sitzung des Ortsbeirates Brunnental am "
            "Mittwoch, dem 12. Juni 2030, wurde unter TOP 5 der vorstehende Antrag beraten.\n\n"
            "Ergebnis: zurückgezogen\n",
            "2030-06-12",
        ),
        (
            "Begründung:\nDie Bänke fehlen.\n\nProtokollauszug\n\nIn der Sitzung des "
            "Ortsbeirates Brunnental am 12.06.2030 wurde der Antrag behandelt.\n\n"
            "Ergebnis: einstimmig beschlossen\n",
            "2030-06-12",
        ),
        # (guard) the story's sitting, no excerpt's heading over it: another meeting
        (
            "Begründung:\nIn der Sitzung des Ortsbeirates Brunnental am 12.06.2029 wurde das "
            "Thema beraten.\n\nErgebnis: zurückgezogen\n",
            None,
        ),
    ],
)
def test_an_excerpt_opened_with_its_sitting(record: str, date: str | None) -> None:
    assert _date(_MOTION + record) == date


_PAPER = (
    "Drucksache 23-0518\nVorlagenart:  Beschlussvorlage\nDatum:        28.08.2030\n\n"
    "Betreff: Zuwendung\n\nSachverhalt:\nDer Jugendtreff ist an fünf Tagen geöffnet.\n\n"
    "Beschlussvorschlag:\nDie Zuwendung wird ab 2031 um 12.000 Euro erhöht.\n\n"
)


@pytest.mark.parametrize(
    ("result", "date"),
    [
        # the result's heading names the body and the day, no sitting word
        (
            "Ergebnis der Beratung im Jugendhilfeausschuss am 10.09.2030:\n\n"
            "Beschluss: einstimmig beschlossen\n",
            "2030-09-10",
        ),
        (
            "Ergebnis der Beratung im Jugendhilfeausschuss am 10.09.2030 (TOP 5.2):\n\n"
            "Abstimmung über das Petitum:\nZustimmung: SPD, CDU\n\nBeschluss: beschlossen\n",
            "2030-09-10",
        ),
        # (guard) each body's result of a paper's course: no one meeting
        (
            "Ergebnis der Beratung im Jugendhilfeausschuss am 10.09.2030:\nempfohlen\n\n"
            "Ergebnis der Beratung in der Bezirksversammlung am 24.09.2030:\n\n"
            "Beschluss: einstimmig beschlossen\n",
            None,
        ),
    ],
)
def test_a_results_heading_names_its_sitting(result: str, date: str | None) -> None:
    assert _date(_PAPER + result) == date


@pytest.mark.parametrize(
    ("heading", "date"),
    [
        # the one result the paper shows, a hearing body's, before the bodies still to come
        ("Ergebnis der Anhörung im Ortschaftsrat Talheim am 26.06.2030", "2030-06-26"),
        # (guard) a body's line of the course without a result's heading: none
        ("Ortschaftsrat Talheim 26.06.2030", None),
    ],
)
def test_a_hearing_bodys_result_under_a_paper_still_on_its_course(
    heading: str, date: str | None
) -> None:
    text = (
        "Beschlussvorlage Nr. 2030/0731\n\nBeratungsfolge:\n"
        "Ortschaftsrat Talheim      26.06.2030    öffentlich   Anhörung\n"
        "Planungsausschuss          11.07.2030    nicht öff.   Vorberatung\n"
        "Gemeinderat                23.07.2030    öffentlich   Entscheidung\n\n"
        "Beschlussvorschlag:\nDer Gemeinderat beschließt den Bebauungsplan als Satzung.\n\n"
        f"{heading}\n\nDer Ortschaftsrat stimmt dem Beschlussvorschlag zu.\n"
        "Abstimmungsergebnis: 8 Ja, 1 Nein, 0 Enthaltungen\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a gazette's notice or a press release reporting the sitting in the perfect
        (
            "Amtsblatt der Stadt Lindenau\nNr. 13 · 27. Juni 2030\n\nBekanntmachung\n\n"
            "Der Stadtrat hat in seiner öffentlichen Sitzung am\n19. Juni 2030 in geheimer "
            "Wahl\n\n        Herrn Paul Auer\n\nzum Beigeordneten gewählt.\n",
            "2030-06-19",
        ),
        (
            "ÖFFENTLICHE BEKANNTMACHUNG\n\nDer Gemeinderat hat am 23.04.2030 in öffentlicher\n"
            "Sitzung den Bebauungsplan „Am Kirchberg – 1. Änderung“ und die örtlichen\n"
            "Bauvorschriften zu diesem Bebauungsplan jeweils als Satzung beschlossen\n"
            "(§ 10 Abs. 1 BauGB, § 74 LBO).\n",
            "2030-04-23",
        ),
        (
            "Pressemitteilung Nr. 317/2030 vom 10.04.2030\n\nDas Amt hat dem Bauausschuss in "
            "seiner Sitzung am Dienstag, 9. April 2030, den Sachstand vorgestellt.\n",
            "2030-04-09",
        ),
        # (guard) the sitting the release announces named first: not the committee's before it
        (
            "Pressemitteilung\n\nDer Rat wird in seiner Sitzung am 11. Juli 2030 entscheiden. "
            "Der Ausschuss hat die Vorlage in seiner Sitzung am 2. Juli 2030 weitergeleitet.\n",
            "2030-07-11",
        ),
        # (guard) a paper's reasons telling of an earlier decision: no meeting
        (
            "Beschlussvorlage\n\nBegründung:\nDer Stadtrat hat in seiner öffentlichen Sitzung am "
            "19. Juni 2029 den Beigeordneten gewählt.\n",
            None,
        ),
    ],
)
def test_a_gazettes_report_of_the_sitting(text: str, date: str | None) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # a scan's slips in the sitting's label and in a month's name
        ("Sitzungsdaturn: 20.06.2030", "2030-06-20"),
        ("Sitzung am: Mittwoch, 11. 0ktober 2030", "2030-10-11"),
        ("Sitzung am 3. Ju1i 2030", "2030-07-03"),
        ("Sitzung am 9. Apri1 2030", "2030-04-09"),
        # (guard) the letter-for-digit slips of a date's numbers, read before
        ("Sitzungsdatum: 2O.06.2030", "2030-06-20"),
    ],
)
def test_a_scans_slips_in_the_sittings_date(head: str, date: str) -> None:
    assert _date(head + _DECIDED) == date


@pytest.mark.parametrize(
    ("line", "counts"),
    [
        # a scan's letter O for a zero after a count's label and its colon
        ("Abstimmungsergebnis: Ja: 13     Nein: O", (13, 0, None)),
        ("Abstimmungsergebnis: Ja: 12, Nein: 1, Enthaltungen: O", (12, 1, 0)),
        # (guard) a name's initial stays a letter
        ("Abstimmungsergebnis: Ja: 12, Nein: 1\nProtokoll: O. Meyer", (12, 1, None)),
    ],
)
def test_a_scans_letter_o_for_a_count_of_zero(
    line: str, counts: tuple[int, int | None, int | None]
) -> None:
    vote = _decisive("Der Rat beschließt die Satzung.\n\n" + line + "\n")
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts


@pytest.mark.parametrize(
    ("head", "counts", "kind"),
    [
        # an association's members, each voting its weight, and the total's row
        ("| Verbandsmitglied | Stimmen | ja | nein | Enth. |", (16, 6, 0), "other"),
        ("| Mitgliedsgemeinde | ja | nein | Enth. |", (16, 6, 0), "other"),
        ("| Gemeinde | ja | nein | Enth. |", (16, 6, 0), "other"),
        # (guard) a table by parliamentary groups, read before
        ("| Fraktion | ja | nein | Enth. |", (16, 6, 0), "faction"),
    ],
)
def test_a_vote_table_by_an_associations_members(
    head: str, counts: tuple[int, int, int], kind: str
) -> None:
    weight = "Stimmen" in head
    rows = [("Stadt Lauterbach", "12", "12", "–"), ("Gemeinde Wiesental", "6", "–", "6")]
    rows += [("Gemeinde Hochberg", "4", "4", "–"), ("Gesamt", "22", "16", "6")]
    table = (
        head
        + "\n"
        + "".join(
            f"| {name} |"
            + (f" {w} |" if weight else "")
            + f" {y} | {n} | {'0' if name == 'Gesamt' else '–'} |\n"
            for name, w, y, n in rows
        )
    )
    vote = _decisive("Die Gebühr wird festgesetzt.\n\nAbstimmung:\n\n" + table)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts
    kinds = {g.kind for g in vote.groups.yes + vote.groups.no}
    assert kinds == {kind}


@pytest.mark.parametrize(
    ("values", "counts"),
    [
        # a column of labels over a column of values: the body's size as a sum, a label the
        # grammar does not know last, its value a word for none
        ("20 + 1\n16\n15\n1\n0\nkeiner", (15, 1, 0)),
        ("20+1\n16\n15\n1\n0\n0", (15, 1, 0)),
        # the label the grammar does not know alone, the values plain numbers
        ("21\n16\n15\n1\n0\n0", (15, 1, 0)),
    ],
)
def test_a_column_of_labels_over_its_values(values: str, counts: tuple[int, int, int]) -> None:
    text = (
        "Der Gemeinderat beschließt, den Auftrag zu vergeben.\n\nAbstimmungsergebnis:\n\n"
        "Gesetzliche Zahl der Mitglieder des Gemeinderates:\ndavon anwesend:\nJa-Stimmen:\n"
        "Nein-Stimmen:\nStimmenthaltungen:\nAusschluss nach § 38 ThürKO:\n\n" + values + "\n"
    )
    vote = _decisive(text)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts


@pytest.mark.parametrize(
    ("line", "counts", "outcome"),
    [
        # a mail merge's fields left unfilled after the count labels: no counts
        (
            "Ja-Stimmen: «Ja»  Nein-Stimmen: «Nein»  Enthaltungen: «Enthaltung»",
            (None,) * 3,
            "approved",
        ),
        # (guard) a field named with an underscore, read as no count before too
        ("Ja: «Anzahl_Ja»  Nein: «Anzahl_Nein»", (None,) * 3, "approved"),
        # (guard) filled, the counts
        ("Ja-Stimmen: 9  Nein-Stimmen: 0  Enthaltungen: 1", (9, 0, 1), "approved"),
    ],
)
def test_a_mail_merges_unfilled_fields(
    line: str, counts: tuple[int | None, ...], outcome: str
) -> None:
    read = parse_text(
        "Beschluss:\nDer Bauausschuss beschließt die Fahrradstraße.\n\n"
        "Abstimmungsergebnis:   einstimmig beschlossen\n\n"
        + line
        + "\n\nGrünwalde, «Datum_Ausfertigung»\n"
    )
    vote = next(v for v in read.votes if v.decisive)
    assert ((vote.counts.yes, vote.counts.no, vote.counts.abstain), read.outcome) == (
        counts,
        outcome,
    )


@pytest.mark.parametrize(
    ("heading", "date"),
    [
        # a result's heading that names the body and its sitting's day, no article
        ("Abstimmungsergebnis (Schulverbandsversammlung am 05.03.2030):", "2030-03-05"),
        ("Abstimmungsergebnis Schulverbandsversammlung am 05.03.2030:", "2030-03-05"),
        # (with its article: below the paper's proposal, no sitting word)
        ("Abstimmungsergebnis der Schulverbandsversammlung am 05.03.2030:", "2030-03-05"),
        # (guard) a paper's date in parentheses: no sitting
        ("Abstimmungsergebnis (Antrag vom 04.02.2030):", None),
    ],
)
def test_a_results_heading_with_body_and_day(heading: str, date: str | None) -> None:
    text = (
        "Vorlage SV/12/2030\n\nBeschlussvorschlag:\nDie Versammlung beschließt die Beschaffung."
        f"\n\n{heading}\nJa 11, Nein 0, Enthaltung 1\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # a print's running head: the body, the sitting's day and the item, one space apart
        ("Rat 08.04.2030 TOP Ö 6", "2030-04-08"),
        ("Stadtrat 08.04.2030 TOP 12.1", "2030-04-08"),
        # (guard) a sentence that names a body and a date: no head
        ("Der Rat 08.04.2030 hat getagt.", None),
    ],
)
def test_a_prints_running_head(head: str, date: str | None) -> None:
    assert _date(head + "\n\nVorlage 2030/0093\n" + _DECIDED) == date


_BASISDATEN = (
    "Vorlage - 00512/2030\nAntrag des Ortsbeirates\n\nBasisdaten\nVorlage-Art: Antrag\n"
    "Einreicher: Ortsbeiratsmitglied Peter Krohn\nStatus: öffentlich\nDatum: 24.05.2030\n\n"
)


@pytest.mark.parametrize(
    ("course", "date"),
    [
        # the paper's block of fields dates the paper; its one consultation, the sitting
        (
            "Beratungen\nDatum        Gremium                  Rolle         Ergebnis\n"
            "20.06.2030   Ortsbeirat Lindenhof     Entscheidung  erledigt\n\n",
            "2030-06-20",
        ),
        # no consultation: no meeting
        ("", None),
    ],
)
def test_a_papers_block_of_fields_dates_the_paper(course: str, date: str | None) -> None:
    text = _BASISDATEN + course + "Der Ortsbeirat erklärt den Antrag für erledigt.\n"
    assert _date(text) == date


@pytest.mark.parametrize(
    ("line", "refs"),
    [
        # a body's letters in mixed case, capitals after the small letter
        ("Vorlage:  BfMB/007/2030", ["BfMB/007/2030"]),
        ("Vorlage: SchVB/12/2030", ["SchVB/12/2030"]),
        # (guard) one capital after it, read before
        ("Vorlage: BfM/007/2030", ["BfM/007/2030"]),
    ],
)
def test_a_papers_letters_in_mixed_case(line: str, refs: list[str]) -> None:
    assert _refs(line + "\n\nDer Beirat empfiehlt die Planung.\n") == refs


@pytest.mark.parametrize(
    ("decided", "outcome"),
    [
        # the change said to be made in the meeting, or the minutes corrected there
        (
            "Die Verbandsversammlung beschließt die Satzung in der Fassung der Anlage 2 mit "
            "folgender in der Sitzung beantragter Änderung: In § 4 wird 7,80 EUR festgesetzt.",
            "approved_amended",
        ),
        (
            "Die Niederschrift der Sitzung vom 27.03.2030 wird mit der vorgenannten Berichtigung "
            "bestätigt.",
            "approved_amended",
        ),
        # (guard) the minutes approved as they stand
        ("Die Niederschrift der Sitzung vom 27.03.2030 wird bestätigt.", "approved"),
    ],
)
def test_a_change_made_in_the_meeting(decided: str, outcome: str) -> None:
    text = f"Beschluss:\n{decided}\n\nAbstimmungsergebnis: Ja 15, Nein 0, Enthaltungen 2\n"
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("between", "outcome", "against"),
    [
        # the next vote announced in a paragraph after the amendment's result: its own vote
        (
            "Anschließend lässt der Vorsitzende über den Beschlussvorschlag abstimmen. ",
            "approved",
            ["CDU-Fraktion"],
        ),
        ("Sodann wird über den Beschlussvorschlag abgestimmt. ", "approved", ["CDU-Fraktion"]),
    ],
)
def test_the_next_vote_announced_after_an_amendments_result(
    between: str, outcome: str, against: list[str]
) -> None:
    text = (
        "Abstimmung über den Änderungsantrag der CDU-Fraktion:\n12 Ja-Stimmen, 17 Nein-Stimmen, "
        "1 Enthaltung. Der Änderungsantrag ist damit abgelehnt.\n\n"
        f"{between}Der Rat fasst mit den Stimmen der SPD-Fraktion gegen die Stimmen der "
        "CDU-Fraktion bei einer Enthaltung folgenden\n\nBeschluss:\n1. Das Haus wird gebaut.\n\n"
        "(17 Ja-Stimmen, 12 Nein-Stimmen, 1 Enthaltung)\n"
    )
    read = parse_text(text)
    vote = next(v for v in read.votes if v.decisive)
    assert (read.outcome, [g.name for g in vote.groups.no]) == (outcome, against)


_COURSE_OF_THREE = (
    "Beschlussvorlage Nr. V17/2030\n\nBetreff: Umbau des Marktplatzes\n\n"
    "Beratungsfolge{heads}\n"
    "1. Bezirksbeirat Nord            05.06.2030       X          Anhörung\n"
    "2. Ausschuss für Technik         19.06.2030       X          Vorberatung\n"
    "3. Gemeinderat                   10.07.2030       X          Beschlussfassung\n\n"
    "Beschlussvorschlag:\nDer Gemeinderat beschließt den Umbau.\n\n"
    "Beratungsergebnisse\n\n"
    "Bezirksbeirat Nord, 05.06.2030:\nDer Bezirksbeirat empfiehlt mehrheitlich, der Vorlage "
    "zuzustimmen.\nAbstimmungsergebnis: 8 Ja / 3 Nein / 1 Enthaltung\n\n"
    "Ausschuss für Technik, 19.06.2030:\nDer Ausschuss empfiehlt einstimmig, wie vorgeschlagen "
    "zu beschließen.\n\n"
    "Gemeinderat, 10.07.2030:\nDer Gemeinderat beschließt mehrheitlich bei 9 Gegenstimmen "
    "entsprechend dem Beschlussvorschlag.\n"
)


@pytest.mark.parametrize(
    "heads",
    [
        # the columns' heads on the heading's own line, the rows numbered
        "                     TOP  Sitzungstermin  Öff.  N.Ö.  Zuständigkeit",
        "\t\tDatum\tGremium\tZuständigkeit",
        # the heading alone on its line (before: the first body's count merged with the next
        # body's result across the blank line, and the bodies' votes not told apart)
        "",
    ],
)
def test_a_course_whose_heading_carries_its_columns_heads(heads: str) -> None:
    read = parse_text(_COURSE_OF_THREE.format(heads=heads))
    # each body's result its own; the text's vote what they agree on: approved, nothing more
    assert [(i.title, i.outcome) for i in read.items] == [
        ("Bezirksbeirat Nord", "approved"),
        ("Ausschuss für Technik", "approved"),
        ("Gemeinderat", "approved"),
    ]
    assert read.outcome == "approved"
    assert all(v.unanimous is None and v.counts.no is None for v in read.votes)


@pytest.mark.parametrize(
    ("after", "texts"),
    [
        # a heading alone on its line after a blank line opens a new sentence, whatever ended
        # the line before it
        (
            "\n\nAusschuss für Technik, 19.06.2030:\nDer Ausschuss empfiehlt einstimmig, so zu "
            "beschließen.\n",
            ["8 Ja / 3 Nein / 1 Enthaltung", "einstimmig, so zu beschließen"],
        ),
        (
            "\n\nStellungnahme des Beirats:\nDer Beirat stimmt einstimmig zu.\n",
            ["8 Ja / 3 Nein / 1 Enthaltung", "stimmt einstimmig"],
        ),
    ],
)
def test_a_heading_after_a_blank_line_opens_a_new_sentence(after: str, texts: list[str]) -> None:
    read = parse_text(
        "Beschluss:\nDer Rat beschließt den Umbau.\n\n"
        "Abstimmungsergebnis: 8 Ja / 3 Nein / 1 Enthaltung" + after
    )
    assert [v.text for v in read.votes] == texts
