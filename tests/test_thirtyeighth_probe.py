"""Families found in the thirty-eighth blind probe (``tests/probes/thirtyeighth``).

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
    "report",
    [
        # another body's report, headed with its dated sitting: its groups are no side of the
        # vote below the decided text
        "Bericht aus dem Haupt- und Finanzausschuss (Sitzung vom 04.06.2030):",
        "Bericht des Bauausschusses vom 04.06.2030:",
        # the recommendation so headed (before: the line of the sitting's date above ran on
        # into it, so the sentence began outside the quoted lines)
        "Empfehlung des Bauausschusses vom 04.06.2030:",
    ],
)
def test_another_bodys_report_of_its_sitting(report: str) -> None:
    vote = _decisive(
        "Niederschrift über die Sitzung der Stadtverordnetenversammlung\nvom 12.06.2030\n\n"
        f"{report}\nDer Ausschuss empfiehlt mehrheitlich (Ja: CDU, FDP; Nein: SPD; "
        "Enthaltung: GRÜNE) die Annahme der Vorlage.\n\n"
        "Beschluss:\nDie Stadtverordnetenversammlung beschließt die Satzung.\n\n"
        "Abstimmungsergebnis:   31 Ja    12 Nein    4 Enthaltungen\n"
    )
    assert (vote.counts.yes, vote.groups.yes, vote.groups.no) == (31, (), ())


def test_another_bodys_recommendation_wrapped_over_lines() -> None:
    # the quoted recommendation's sentence wrapped onto a third line: still the other body's
    vote = _decisive(
        "Sitzung der Stadtverordnetenversammlung vom 12.06.2030\n\n"
        "Empfehlung des Bauausschusses vom 04.06.2030:\nDer Ausschuss empfiehlt mehrheitlich "
        "(Ja: CDU, FDP; Nein: SPD;\nEnthaltung: GRÜNE) die Annahme der Vorlage.\n\n"
        "Beschluss:\nDie Stadtverordnetenversammlung beschließt die Satzung.\n\n"
        "Abstimmungsergebnis:   31 Ja    12 Nein    4 Enthaltungen\n"
    )
    assert (vote.counts.yes, vote.groups.abstain) == (31, ())


_DECIDED = "\n\nBeschluss:\nDer Rat beschließt die Satzung.\n\nAbstimmungsergebnis: einstimmig\n"


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # the body's sitting in one word as the label
        ("Stadtratssitzung: Mi 18.09.2030, 17:00 Uhr, Bürgerhaus", "2030-09-18"),
        ("Kreistagssitzung: 18.09.2030", "2030-09-18"),
        # (guard) without a colon, read before
        ("Gemeinderatssitzung 18.09.2030", "2030-09-18"),
        # (guard) the plain label, read before
        ("Sitzung: Mi 18.09.2030, 17:00 Uhr", "2030-09-18"),
        # a book of decisions' head with the sitting's number
        ("Beschlussbuch – Sitzung 4/2030 vom 15.05.2030 (öffentlich)", "2030-05-15"),
        ("Sitzungsbuch - Sitzung vom 15.05.2030", "2030-05-15"),
        # the sitting's decision sheet, the paper's fields between the sitting and the decision
        (
            "Der Stadtrat hat in seiner Sitzung am 12. Dezember 2030 zu\nVorlage Nr.:  V25/30\n"
            "Gegenstand:   Schulnetzplan\nfolgenden Beschluss gefasst:",
            "2030-12-12",
        ),
        # a web page's title after the system's name
        ("Ratsinformationssystem – Sitzung des Stadtrates am 12.12.2030", "2030-12-12"),
        ("Bürgerinfo - Sitzung des Kreistages am 12.12.2030", "2030-12-12"),
        # a question's addressee with the sitting it is for
        ("An den Stadtbezirksrat Nord (zur Sitzung am 21.11.2030)", "2030-11-21"),
    ],
)
def test_a_sittings_head_of_the_thirtyeighth_probe(head: str, date: str) -> None:
    assert _date("Stadt Beispiel\nTechnischer Ausschuss\n\n" + head + _DECIDED) == date


@pytest.mark.parametrize(
    "foot",
    [
        # the decision's foot, the sitting public in the dative and the item after the day
        "Beschlossen in der öffentlichen Sitzung der Gemeindevertretung\nam 19. September 2030, "
        "TOP 11.",
        "Beschlossen in der nichtöffentlichen Sitzung des Rates am 19.09.2030.",
        # (guard) as read before
        "Beschlossen in öffentlicher Sitzung der Gemeindevertretung am 19. September 2030.",
    ],
)
def test_a_decisions_foot_names_its_sitting(foot: str) -> None:
    assert _date("Gemeinde Beispiel" + _DECIDED + "\n" + foot + "\n\nGez. Weber\n") == (
        "2030-09-19"
    )


@pytest.mark.parametrize(
    ("title", "date"),
    [
        # an excerpt titled with a body the Beratungsfolge lists on one day: that day
        ("Auszug aus der Niederschrift des Kreistages", "2030-04-09"),
        ("Auszug aus dem Protokoll des Ausschusses für Soziales", "2030-03-17"),
        # (guard) a body the Beratungsfolge does not list: no day
        ("Auszug aus der Niederschrift des Jugendhilfeausschusses", None),
    ],
)
def test_an_excerpt_of_a_listed_bodys_minutes(title: str, date: str | None) -> None:
    text = (
        "Informationsvorlage\nVorlagen-Nr.: 2030/0147\nDatum: 24.02.2030\n\n"
        "Beratungsfolge:\nDatum        Gremium                          Zuständigkeit\n"
        "17.03.2030   Ausschuss für Soziales           Vorberatung\n"
        "09.04.2030   Kreistag                         Kenntnisnahme\n\n"
        "Sachverhalt:\nDer Bericht liegt vor.\n\n"
        f"{title}\nTOP 17 – Bericht\n\n"
        "Beschluss:\nDer Kreistag nimmt den Bericht zur Kenntnis.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("fields", "date"),
    [
        # a paper's block of fields, its number, kind and office above its date: the paper's
        ("Vorlage Nr.: 20301587\nArt: Beschlussvorlage\nBereich: 4-12 Stadtplanung\n", None),
        ("Vorlage Nr.: 20301587\nFederführend: Stadtplanung\nStatus: öffentlich\n", None),
        # (guard) a sitting's block of fields: the sitting's
        ("Gremium: Stadtrat\nSitzung: 30.09.2030\n", "2030-09-30"),
    ],
)
def test_a_papers_number_and_office_over_its_date(fields: str, date: str | None) -> None:
    text = (
        f"Stadt Beispiel\n\n{fields}Datum: 19.08.2030\n\nBetreff:\nBebauungsplan Nr. 68\n\n"
        "Beschlussvorschlag:\nDer Stadtrat beschließt die Aufstellung.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("said", "counts", "abstaining"),
    [
        # a side's groups, then the whole vote's tally in parentheses
        (
            "Der Rat beschließt den Antrag einstimmig bei Enthaltung der AfD-Fraktion (40:0:3).",
            (40, 0, 3),
            ["AfD-Fraktion"],
        ),
        (
            "Der Rat beschließt den Antrag bei Enthaltung der Fraktion DIE LINKE (30/0/4).",
            (30, 0, 4),
            ["Fraktion DIE LINKE"],
        ),
        # a tally of three broken over a line
        ("Der Ausschuss empfiehlt mehrheitlich (9 : 2 :\n1), so zu beschließen.", (9, 2, 1), []),
        # bare counts with "Gegen" among them
        ("Beschluss: (Anwesend 18, Für 14, Gegen 2, Enthaltung 1)", (14, 2, 1), []),
    ],
)
def test_counts_the_thirtyeighth_probe_reads(
    said: str, counts: tuple[int, int, int], abstaining: list[str]
) -> None:
    vote = _decisive("Vorlage: 12/2030\n\n" + said + "\n")
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts
    assert [g.name for g in vote.groups.abstain] == abstaining


@pytest.mark.parametrize(
    ("debate", "outcome"),
    [
        # a member's stance in the debate is no decision of the body
        ("Diskussion\nStR Kellner lehnt die Teilnahme ab und kritisiert die Kosten.", "approved"),
        # (guard) with its party after the name, read before
        ("Frau Berger (SPD) lehnt den Antrag ab.", "approved"),
        # (guard) the body's own words in the debate's place, read before
        ("Der Stadtrat lehnt den Antrag ab.", "rejected"),
    ],
)
def test_a_members_stance_in_the_debate(debate: str, outcome: str) -> None:
    text = (
        "Sitzung: Stadtrat   Datum: 18.06.2030\n\nSachverhalt\nDas Programm fördert Vereine.\n\n"
        f"{debate}\n\nBeschluss:\nDer Stadtrat beschließt mehrheitlich gegen die Stimmen der "
        "AfD-Fraktion:\n1. Die Stadt nimmt am Programm teil.\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("told", "outcome"),
    [
        # a suggestion from the floor that found no majority: the item went on
        (
            "Ratsmitglied Dreyer regt an, einen anderen Namen zu wählen; hierfür findet sich "
            "keine Mehrheit.",
            "approved",
        ),
        # a paper to be passed on for information later: nobody took note of anything
        (
            "Die Verwaltung wird den Entwurf dem Hauptausschuss am 21.11.2030 zur Kenntnis geben.",
            "approved",
        ),
        ("Der Bericht ist dem Hauptausschuss zur Kenntnis zu bringen.", "approved"),
        # (guard) the body's own note, read before
        ("Der Rat nimmt den Bericht zur Kenntnis.", None),
    ],
)
def test_what_the_floor_or_the_office_does_is_no_decision(told: str, outcome: str | None) -> None:
    text = (
        "Sitzung des Ortsrates am 03.09.2030\n\nTOP 7   Benennung der Planstraße\n\n"
        "Der Ortsrat ist mit dem Namen Lindenhof einverstanden. Widerspruch erhebt sich nicht.\n\n"
        f"{told}\n"
    )
    assert parse_text(text).outcome == outcome


_NOTICE = (
    "Amtsblatt des Marktes Beispiel\n\nBekanntmachung\n\n"
    "Der Marktgemeinderat hat in seiner öffentlichen Sitzung am 18.06.2030 den Bebauungsplan "
    "Nr. 62{version} gemäß § 10 Abs. 1 BauGB als Satzung beschlossen.\n\n"
    "Auf die Rechtsfolgen des § 215 Abs. 1 BauGB wird hingewiesen. Unbeachtlich werden demnach\n"
    "1. eine beachtliche Verletzung der Verfahrens- und Formvorschriften,\n"
    "2. beachtliche Mängel des Abwägungsvorgangs,\n"
    "wenn sie nicht innerhalb eines Jahres geltend gemacht worden sind.\n"
)


@pytest.mark.parametrize(
    "version",
    [
        # a version's date is no other sitting's: the gazette reports this sitting's decision
        " in der Fassung vom 27.05.2030",
        # (guard) without it, read before
        "",
    ],
)
def test_a_gazettes_notice_of_a_statute(version: str) -> None:
    read = parse_text(_NOTICE.format(version=version))
    # the statutory notice's list goes on its sentence: no clauses of the decision
    assert (read.outcome, len(read.clauses)) == ("approved", 0)


@pytest.mark.parametrize(
    ("clause", "outcome"),
    [
        # a proposal's clause in the infinitive asks, it decides nothing
        ("2. Den Bebauungsplan als Satzung zu beschließen.", None),
        ("2. Die örtlichen Bauvorschriften als Satzung zu beschließen.", None),
        # (guard) read before
        ("2. Der Satzung zuzustimmen.", None),
        # (guard) a finite verb under "Antrag:", a proposal's heading since the fortieth probe:
        # no result below it, no outcome
        ("2. Der Gemeinderat beschließt den Bebauungsplan als Satzung.", None),
    ],
)
def test_a_proposals_clause_in_the_infinitive(clause: str, outcome: str | None) -> None:
    text = (
        "Stadt Beispiel\nBeschlussvorlage\n\nBeschlussorgan  Gemeinderat  Sitzung am 13.12.2030\n\n"
        "Antrag:\n1.  Die Stellungnahmen nach der Abwägungstabelle zu behandeln.\n"
        f"{clause}\n\nSachdarstellung:\nDer Plan liegt vor.\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("said", "outcome"),
    [
        # "bestätigt" inside a vote: the minutes or the agenda confirmed
        ("Die Niederschrift vom 14.04.2030 wird bei 2 Enthaltungen bestätigt.", "approved"),
        # (guard) its counts decide, read before
        ("Die Tagesordnung wird mit 12 Ja-Stimmen bestätigt.", "approved"),
        # (guard) in prose a common word, read before
        ("Der Bürgermeister bestätigt, dass die Frist gewahrt ist.", None),
    ],
)
def test_confirmed_inside_a_vote(said: str, outcome: str | None) -> None:
    assert parse_text(said + "\n").outcome == outcome


_GAP = " " * 50


@pytest.mark.parametrize(
    ("head", "refs"),
    [
        # a letterhead's right column, the number after its "Nr.": the paper word on its line
        # or the line above
        (f"Landeshauptstadt Beispiel\n\nAnfrage{_GAP}Nr.  15-2681/2030\n", ["15-2681/2030"]),
        (f"Stadt Plauen{_GAP}Beschlussvorlage\nStadtrat{_GAP}    Nr. 2030/0112\n", ["2030/0112"]),
        # (guard) a gazette's issue so placed is none
        (f"Amtsblatt der Gemeinde Beispiel{_GAP}Nr. 08/2030\n", []),
    ],
)
def test_a_letterheads_numbered_right_column(head: str, refs: list[str]) -> None:
    assert (
        _refs(head + "\nSitzung vom 08.07.2030\n\nDer Rat nimmt den Bericht zur Kenntnis.\n")
        == refs
    )


@pytest.mark.parametrize(
    ("decided", "outcome"),
    [
        # the status field's value is the decision's number: no result, the decided text decides
        ("Beschluss: § 4711\n\nDer Vorlage M 8 wird zugestimmt.", "approved"),
        ("Beschluss: Nr. 112/2030\n\nDer Vorlage M 8 wird zugestimmt.", "approved"),
        # a proviso whose change is named between it and the verdict
        (
            "Beschluss: § 4711\n\nDie Vorlage M 45 wird mit der Maßgabe des Antrages NR 812 "
            "angenommen, dass die Gebühr 120 Euro beträgt.",
            "approved_amended",
        ),
        # (guard) a result as the status field's value, read before
        ("Beschluss: abgelehnt\n\nDer Vorlage M 8 wird zugestimmt.", "rejected"),
    ],
)
def test_a_decisions_number_as_its_status_value(decided: str, outcome: str) -> None:
    text = (
        "Stadtverordnetenversammlung\n29. Plenarsitzung der Stadtverordnetenversammlung am "
        f"Donnerstag, 22.02.2030\n\n{decided}\n\nAbstimmung:\nGRÜNE, CDU und SPD gegen AfD\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("below", "outcome"),
    [
        # the decision's status in a "Status:" field right under its heading
        ("Status: erledigt durch Verwaltungshandeln\nEine Abstimmung erfolgte nicht.", "other"),
        # (guard) a result word of its own, read before
        ("Status: zurückgestellt", "postponed"),
        # (guard) a page's status of publicity names no result
        ("Status: öffentlich", None),
    ],
)
def test_a_status_field_under_the_decisions_heading(below: str, outcome: str | None) -> None:
    text = (
        "Antrag der Fraktion X\nStatus: öffentlich\n\nBetreff: Trinkwasserbrunnen\n\n"
        "Beschlussvorschlag:\nDie Verwaltung wird beauftragt, den Brunnen zu reparieren.\n\n"
        f"Beschluss der Ratsversammlung vom 22.11.2030:\n{below}\n"
    )
    assert parse_text(text).outcome == outcome


_CONTROLLING = (
    "Mitteilungsvorlage Nr. 0233/2030\n\nInhalt der Mitteilung:\nDie Übersicht enthält die "
    "offenen Vorgänge:\n\n| Beschluss vom | Vorlage   | Gegenstand          | Stand          |\n"
    "|---------------|-----------|---------------------|----------------|\n"
    "| 14.12.2029    | 0512/2029 | Sporthalle Nord     | in Bearbeitung |\n"
    "| 22.02.2030    | 0051/2030 | Baumpatenschaften   | {state} |\n"
    "Zu dem Antrag 0051/2030 weist der Magistrat auf die Haushaltssperre hin.\n\n"
    "Ergebnis der Beratung im Haupt- und Finanzausschuss am 10.09.2030:\n\n"
    "Der Haupt- und Finanzausschuss nimmt den Bericht zur Kenntnis.\n"
)


@pytest.mark.parametrize(
    "state",
    [
        # a table of earlier decisions' states: none is this text's decision
        "zurückgestellt",
        "vertagt       ",
        # (guard) a state that names no result, read before
        "offen         ",
    ],
)
def test_a_table_of_earlier_decisions_states(state: str) -> None:
    assert parse_text(_CONTROLLING.format(state=state)).outcome == "noted"


@pytest.mark.parametrize(
    ("said", "abstaining"),
    [
        # a member's party after a comma, the party's article too: the member's, no group
        ("bei einer Enthaltung (BV Meier, Die PARTEI)", []),
        # a member named by the dative of her title
        ("bei Enthaltung der Bezirksverordneten Frau Kaya (WIN)", []),
        # (guard) a group abstaining, read before
        ("bei Enthaltung der Fraktion Die PARTEI", ["Fraktion Die PARTEI"]),
    ],
)
def test_a_member_abstaining_is_no_group(said: str, abstaining: list[str]) -> None:
    vote = _decisive(
        "Beschluss:\nDer Rat beschließt den Umbau.\n\n"
        f"Mehrheitlich angenommen mit elf Ja-Stimmen gegen zwei Stimmen {said}.\n"
    )
    assert [g.name for g in vote.groups.abstain if g.kind != "person"] == abstaining


@pytest.mark.parametrize(
    ("rows", "headings"),
    [
        # each body's result headed below with a shorter name than its row's: without the
        # remark in parentheses, or by its first word alone
        (
            ("Hauptausschuss (Zuständigkeit nach § 15 BezVG)", "Bezirksversammlung Nord"),
            ("Hauptausschuss am 12.09.2030:", "Bezirksversammlung am 26.09.2030:"),
        ),
        # (guard) headed with the row's own names, read before
        (
            ("Hauptausschuss", "Bezirksversammlung Nord"),
            ("Hauptausschuss am 12.09.2030:", "Bezirksversammlung Nord am 26.09.2030:"),
        ),
    ],
)
def test_each_bodys_result_headed_with_a_shorter_name(
    rows: tuple[str, str], headings: tuple[str, str]
) -> None:
    text = (
        "Drucksache - 22-2418\n\nBeratungsfolge:\n"
        "Datum        Gremium                    Ergebnis\n"
        f"12.09.2030   {rows[0]}      empfohlen\n26.09.2030   {rows[1]}      beschlossen\n\n"
        "Petitum/Beschlussvorschlag:\nDie Bezirksversammlung beschließt die Mittelvergabe.\n\n"
        f"Ergebnis der Beratungen:\n\n{headings[0]}\nDer Hauptausschuss empfiehlt einstimmig, "
        f"wie vorgeschlagen zu beschließen.\n\n{headings[1]}\n"
        "Die Bezirksversammlung beschließt einstimmig wie vorgeschlagen.\n"
    )
    read = parse_text(text)
    assert [len(item.votes) for item in read.items] == [1, 1]
    assert next(v for v in read.votes if v.decisive).unanimous is True
