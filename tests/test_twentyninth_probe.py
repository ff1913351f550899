"""Families found in a twenty-ninth blind probe (``tests/probes/twentyninth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        # a gazette's issue line, its volume before the number after a separator
        (
            "Amtsblatt des Landkreises Elsbach-Oberland\nJahrgang 2027 | Nr. 19/2027 | "
            "Ausgabetag: 12. März 2027\n\nDer Gemeinderat hat die Vorlage GR/2027/031 "
            "beschlossen.\n",
            ["GR/2027/031"],
        ),
        (
            "Amtsblatt für den Landkreis Elsbach-Oberland\nJahrgang 31 · Nr. 14/2027 · Elsbach, "
            "den 05.04.2027\n\n"
            "Der Stadtrat stimmt der Vorlage 2027/0311 zu.\n",
            ["2027/0311"],
        ),
        # the volume first, then the number and its date alone after a column's gap
        (
            "34. Jahrgang                    Nr. 14/2027                    21. Juli 2027\n\n"
            "Der Ortschaftsrat stimmt der Vorlage 0234/2027 zu.\n",
            ["0234/2027"],
        ),
        # a sitting's number in parentheses after a body's name of two words
        (
            "Niederschrift über die 31. Sitzung des Stadtbezirksbeirates Neustadt (SBR "
            "NS/031/2027)\n\nVorlage: V-NS0412/27\n\nDer Stadtbezirksbeirat empfiehlt die "
            "Vorlage.\n",
            ["V-NS0412/27"],
        ),
        # the sitting's number in a table's cell, or under its label in a flattened table
        (
            "Landkreis Elsbach\n\n| Sitzung | BUA/007/2027 |\n| Datum | Do, 12.10.2027 |\n\n"
            "Vorlage: 0415/2027\n\nDer Ausschuss stimmt zu.\n",
            ["0415/2027"],
        ),
        (
            "Stadt Elsbach\n \nSitzung  \nHFA/0012/2027\nGremium  \nHaupt- und Finanzausschuss\n\n"
            "Vorlage 412/2027\n\nDer Ausschuss stimmt zu.\n",
            ["412/2027"],
        ),
    ],
)
def test_numbers_that_are_no_papers(text: str, papers: list[str]) -> None:
    assert [r.reference for r in parse_text(text).references] == papers


def test_a_gazettes_notice_names_the_sitting_with_its_number() -> None:
    doc = parse_text(
        "Amtsblatt für den Landkreis Elsbach\n\nBekanntmachung von Beschlüssen\n\nDer Kreistag "
        "hat in seiner 17. Sitzung des Kreistages Elsbach (KT/017/2027) am 27.09.2027 folgenden "
        "Beschluss gefasst:\n\nDer Kreistag beschließt die Satzung.\n"
    )
    assert doc.meeting.date is not None and doc.meeting.date.isoformat() == "2027-09-27"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # each side's initial before its number
        (
            "Beschluss:\nDer Ausschuss gewährt den Zuschuss.\n\nAbstimmungsergebnis:   mehrh. "
            "beschlossen\nJ: 11   N: 2   E: 1\n",
            (11, 2, 1),
        ),
        ("Beschluss:\nDer Rat stimmt zu.\n\nAbstimmung: J 9 / N 4 / E 0\n", (9, 4, 0)),
        # a table by group headed by the sides' initials
        (
            "Beschluss:\nDer Ausschuss empfiehlt die Aufstellung.\n\nAbstimmungsergebnis (mehrh. "
            "angenommen):\n\nFraktion        J    N    E\nSPD             5    -    -\n"
            "CDU             3    -    -\nGRÜNE           -    2    -\n"
            "Linke           -    -    1\n",
            (8, 2, 1),
        ),
        # a pipe table with a column of members excluded for their grounds
        (
            "Beschluss: Zustimmung\n\nDer Stadtrat vergibt den Auftrag.\n\nAbstimmungsergebnis:\n"
            "|Ja-Stimmen|Nein-Stimmen|Stimmenthaltungen|Ausschließungsgründe (§ 22 GemO)|\n"
            "|---|---|---|---|\n|21|-|3|1|\n",
            (21, 0, 3),
        ),
    ],
)
def test_counts_by_initials_and_excluded_members(text: str, counts: tuple[int, int, int]) -> None:
    vote = next(v for v in parse_text(text).votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts


def test_a_title_before_every_dated_row_of_the_course_names_the_sitting() -> None:
    doc = parse_text(
        "Ausschuss für Planung\n\nSitzung am Dienstag, den 7. September 2027, 18:00 Uhr\n\n"
        "Ö 5   Bebauungsplan Nr. 64\n\nBeratungsfolge:\nAusschuss für Planung – Vorberatung\n"
        "Rat – Entscheidung 30.09.2027\n\nBeschlussvorschlag:\nDer Ausschuss empfiehlt die "
        "Aufstellung.\n\nAbstimmungsergebnis: einstimmig\n"
    )
    assert doc.meeting.date is not None and doc.meeting.date.isoformat() == "2027-09-07"


def test_parts_voted_above_the_proposal_leave_its_clauses() -> None:
    doc = parse_text(
        "Sitzung: 19.10.2027\n\nBeschluss: mehrheitlich beschlossen\n\nAbstimmung:\n"
        "Ziffer 1:   einstimmig angenommen\nZiffer 2:   mehrheitlich angenommen\n\n"
        "Beschlussvorschlag:\nDie Bezirksvertretung beschließt:\n\n1. Tempo 30 wird angeordnet."
        "\n\n2. Die Haltestelle wird umgebaut.\n\nSachverhalt:\nDie Schule hat es angeregt.\n"
    )
    assert len(doc.items) == 2 and len(doc.clauses) == 2


def test_paragraphs_voted_one_by_one_are_parts() -> None:
    doc = parse_text(
        "Beschluss:\nDer Gemeinderat stimmt dem Rahmenplan zu.\n\nDie Verwaltung stellt den "
        "Bebauungsplan auf.\n\nAbstimmungsergebnis:\nAbsatz 1:   28 Ja-Stimmen,  5 Nein-Stimmen\n"
        "Absatz 2:   20 Ja-Stimmen, 14 Nein-Stimmen\n"
    )
    assert len(doc.items) == 2
    assert all(v.counts.yes is None for v in doc.votes)


def test_a_roll_call_table_passes_over_members_absent() -> None:
    doc = parse_text(
        "Ergebnis der namentlichen Abstimmung:\n"
        "Name                Fraktion   Ja    Nein  Enth.  abwesend\n"
        "Arnold, Peter       CDU        X\nBecker, Ina         FW               X\n"
        "Engel, Maria        CDU                           X\n"
        "Franke, Lutz        LINKE            X\n"
        "Hartmann, Jens      CDU        X\nKrause, Eva         SPD        X\n\n"
        "Die Beschlussvorlage ist damit angenommen.\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no) == (3, 2)


def test_a_roll_call_names_the_members_by_office_over_their_names() -> None:
    doc = parse_text(
        "Namentliche Abstimmung über den Antrag:\n\nMit Ja stimmten die Bezirksverordneten\n"
        "Albers, Brandt, Cakir.\n\nMit Nein stimmten die Bezirksverordneten\nMeier, Neumann.\n\n"
        "Der Stimme enthielten sich die Bezirksverordneten\nRoth.\n\nDer Antrag ist angenommen.\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (3, 2, 1)
    assert [g.name for g in vote.groups.no] == ["Meier", "Neumann"]


def test_an_items_line_ending_in_its_result_in_brackets() -> None:
    doc = parse_text(
        "Kreistag – Sitzung vom 08.12.2027\n\nÖ 7   Satzung über Abfallgebühren   "
        "[einstimmig beschlossen]\n      Vorlage 2027/0455\n\nBeschluss:\nDer Kreistag "
        "beschließt die Satzung.\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert vote.unanimous is True and doc.outcome == "approved"


def test_a_decision_not_to_deal_with_the_motion() -> None:
    doc = parse_text(
        "Beschlussart: Nichtbefassung\n\nDer Stadtrat fasst folgenden Beschluss:\n\nDer Stadtrat "
        "befasst sich nicht mit dem Antrag A0933/27.\n\nAbstimmung: 52 Ja-Stimmen, 9 Nein-Stimmen, "
        "1 Stimmenthaltung\nzugestimmt gegen die Stimmen der AfD-Fraktion\n"
    )
    assert doc.outcome == "other"
    vote = next(v for v in doc.votes if v.decisive)
    assert [g.name for g in vote.groups.no] == ["AfD-Fraktion"]


@pytest.mark.parametrize(
    "decision",
    [
        "Der Stadtrat beschließt wie beantragt.",
        "Der Beschlussvorschlag wird mit folgender Änderung beschlossen:\nIn Ziffer 2 wird der "
        "Betrag ersetzt.",
    ],
)
def test_a_decision_that_names_the_proposal_takes_its_clauses(decision: str) -> None:
    doc = parse_text(
        "Ergebnis: beschlossen\n\nBeschlussantrag:\n1. Der Stadtrat stimmt der Bildung zu.\n"
        f"2. Der Bürgermeister wird ermächtigt.\n\nBeschluss:\n{decision}\n\n"
        "Abstimmungsergebnis:   22:0:1\n"
    )
    assert len(doc.clauses) == 2


def test_an_item_cut_off_before_its_result_is_no_decision() -> None:
    doc = parse_text(
        "Niederschrift über die Sitzung der Gemeindevertretung am 22.11.2027\n\n1.\n\n"
        "Gebührennachkalkulation 2026\n\nBeschluss:\n\nDie Gemeindevertretung beschließt die "
        "Nachkalkulation.\n\nAbstimmung: 13:0:0\n\n2.\n\nGebührenbedarfskalkulation 2028\n\n"
        "Beschluss:\n\nDie Gemeindevertretung beschließt die Kalkulation mit folgenden "
        "Festlegungen:\n\n1.\n\nFür die Grundgebühr werden 70 % zu Grunde gelegt.\n\n2.\n\n"
        "Folgende Überdeckungen werden eingestellt:\n\nA) Grundgebühr\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.unanimous) == (13, 0, True)


def test_a_list_of_groups_ends_before_a_count_joined_to_it() -> None:
    doc = parse_text(
        "Beschluss:\nDer Ausschuss beschließt das Programm.\n\nAbstimmungsergebnis: mehrheitlich "
        "bei Gegenstimmen der AfD-Fraktion und 2 Enthaltungen (FDP)\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert [g.name for g in vote.groups.no] == ["AfD-Fraktion"]
    assert vote.counts.abstain == 2 and [g.name for g in vote.groups.abstain] == ["FDP"]
