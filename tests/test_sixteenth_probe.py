"""Families a sixteenth blind probe and a review of the annotated wild texts found (large towns
of the north, west and Hessen, climate and mobility, Eigenbetriebe and Vergaben, middle towns of
the south, votes in tables and blocks, culture and small rural municipalities).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a person accepts an office, a seat or an election: the body decides nothing
        (
            "Mandatswechsel\nFrau Lenz wurde durch den Kreiswahlleiter in die "
            "Stadtverordnetenversammlung berufen und hat das Mandat angenommen.\n",
            None,
        ),
        ("Wahl des Ortsvorstehers\nDer Gewählte hat die Wahl angenommen.\n", None),
        # guards: a motion or a proposal for an election accepted is a decision
        ("Der Wahlvorschlag der Verwaltung wird einstimmig angenommen.\n", "approved"),
        ("Der Antrag der Fraktion wird angenommen.\n", "approved"),
        # numbered clauses alone, nothing over them: a proposal printed bare
        (
            "1. Der Stadtrat beschließt den Bebauungsplan Nr. 12 als Satzung.\n\n"
            "2. Die Verwaltung wird beauftragt, den Beschluss bekannt zu machen.\n",
            None,
        ),
        # guards: the same under a heading of its own, or with its vote
        (
            "Beschluss:\n1. Der Stadtrat beschließt den Bebauungsplan Nr. 12 als Satzung.\n\n"
            "2. Die Verwaltung wird beauftragt, den Beschluss bekannt zu machen.\n",
            "approved",
        ),
        (
            "1. Der Stadtrat beschließt den Bebauungsplan Nr. 12 als Satzung.\n\n"
            "2. Die Verwaltung wird beauftragt, den Beschluss bekannt zu machen.\n\n"
            "Abstimmungsergebnis: einstimmig\n",
            "approved",
        ),
        # a motion's formula over its clauses, no result: a proposal
        (
            "Antrag:\n\nDer Bauausschuss möge beschließen:\n\n1. Der Ausführungsplanung wird "
            "zugestimmt.\n2. Die Verwaltung wird ermächtigt, die Leistungen zu vergeben.\n\n"
            "Begründung:\n\nDie Förderung ist bewilligt.\n",
            None,
        ),
        # minutes in prose: a note taken and two votes that differ settle no one outcome
        (
            "Die Bezirksversammlung nimmt den Bericht des Bezirksamtes zur Kenntnis.\n\n"
            "Die Bezirksversammlung lehnt den Antrag der CDU-Fraktion mehrheitlich ab.\n\n"
            "Die Bezirksversammlung beschließt den Antrag der SPD-Fraktion einstimmig.\n",
            None,
        ),
        # guard: an amendment rejected, then the motion adopted
        (
            "Der Änderungsantrag der FDP wird mehrheitlich abgelehnt.\n\n"
            "Der Antrag wird einstimmig angenommen.\n",
            "approved",
        ),
    ],
)
def test_what_prose_decides(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


def _papers(text: str) -> list[str]:
    return list(dict.fromkeys(r.reference for r in parse_text(text).references))


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        # Kassel: office . Wahlperiode . number, after a paper word or in an agenda's column
        ("Vorlage Nr. 101.19.1187\nDer Rat beschließt.\n", ["101.19.1187"]),
        (
            "Tagesordnung\n3   Fragestunde                                101.19.1301\n",
            ["101.19.1301"],
        ),
        # Offenbach: Wahlperiode / kind - Dezernat (office) number
        ("DS-Nr.: 2021-26/DS-I(A)0652\nDer Rat beschließt.\n", ["2021-26/DS-I(A)0652"]),
        # Bremerhaven: the body, a dash, the kind, number / year
        ("Vorlage: StVV - AT 19/2024\nDer Rat beschließt.\n", ["StVV - AT 19/2024"]),
        # an office's letters after the kind's, hyphenated
        (
            "Änderungsantrag der Fraktion Volt, A-R/0087/2022, wird übernommen.\n",
            ["A-R/0087/2022"],
        ),
        # a later version or an amendment, numbered after the paper
        ("Änderungsantrag Fraktion SPD        2024/AN/5201-01\n", ["2024/AN/5201-01"]),
        ("Die Ergänzung VO/2025/017-1 der Verwaltung wird übernommen.\n", ["VO/2025/017-1"]),
        # an office's short name in mixed case after the year
        ("Vorlage: 18/2024/StW\nDer Werkausschuss beschließt.\n", ["18/2024/StW"]),
        # a number in a column under its paper word
        (
            "Stadt Neuheim                 Drucksache-Nr.   Datum\n"
            "Der Oberbürgermeister         23-1019          12.09.2023\n\nBetreff: Baumschutz\n",
            ["23-1019"],
        ),
        (
            "Stadt Neuheim" + " " * 48 + "Drucksache:\n" + " " * 61 + "0087/2024/AN\n\n"
            "Betreff: Baumschutz\n",
            ["0087/2024/AN"],
        ),
        # a flattened agenda table, one cell a line
        ("|Ö 3\n|Klimaschutzbericht 2023\n|2024/112\n|zur Kenntnis genommen\n", ["2024/112"]),
        # ... whose title names a deadline
        (
            "|Ö 4\n|Förderprogramm Steckersolargeräte – Verlängerung bis 31.12.2025\n|2024/118\n"
            "|einstimmig empfohlen\n",
            ["2024/118"],
        ),
        # a letterhead's right column
        (
            "Stadt Neuheim\nDer Oberbürgermeister                              24-23011\n\n"
            "Anfrage (öffentlich)\n\nBetreff:\nZustand der Radwege\n",
            ["24-23011"],
        ),
        # ALLRIS's sitting head ending in its time and occasion, the paper's line under it
        (
            "Gremium: Werkausschuss\nDatum: Do, 20.06.2024 Status: öffentlich\n"
            "Zeit: 17:00 - 19:40 Anlass: Sitzung\nVO/2024/0456 Wärmeversorgung Quartier Nord\n",
            ["VO/2024/0456"],
        ),
        # an agenda title wrapped onto an indented line, the paper at its end
        (
            "Tagesordnung\n 7  Förderprogramm Dachbegrünung -\n"
            "    Fortsetzung 2024/2025                                        24/0241\n",
            ["24/0241"],
        ),
        # a gazette's issue line with its volume first: no paper
        (
            "34. Jahrgang          Nr. 22/2024          25. Oktober 2024          Seite 3\n",
            [],
        ),
        # guards: a session's number in its field's column, an amount
        ("Gremium:          Gemeindevertretung\nSitzung:          GV/021/2024\n", []),
        ("Der Betrag von 101.190.118 Euro wird bereitgestellt.\n", []),
    ],
)
def test_paper_references(text: str, papers: list[str]) -> None:
    assert _papers(text) == papers


def _date(text: str) -> str | None:
    found = parse_text(text).meeting.date
    return str(found) if found else None


_HISTORY = (
    "Beratungsfolge:\nDatum        Gremium                                Zuständigkeit\n"
    "15.01.2024   Magistrat                              Vorberatung\n"
    "06.02.2024   Haupt- und Finanzausschuss             Vorberatung\n"
    "22.02.2024   Stadtverordnetenversammlung            Entscheidung\n \n"
)


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # a letter-spaced title word and its kind over "über die … Sitzung vom …"
        (
            "Stadt Neuheim\n\nN i e d e r s c h r i f t  (Auszug)\n"
            "über die öffentliche Sitzung vom 16.11.2023\nSitzungsbeginn: 15:00 Uhr\n",
            "2023-11-16",
        ),
        (
            "N i e d e r s c h r i f t  -  A u s z u g\nüber die 14. Sitzung des "
            "Betriebsausschusses für den Eigenbetrieb\nStadtentwässerung (SEH) am 12. Juni 2024\n",
            "2024-06-12",
        ),
        # the sitting's own number between its title and its date
        (
            "Öffentliche Sitzung des Rates der Gemeinde Neuheim\nSitzung: R/03/2025\n"
            "am 20.02.2025 im Ratssaal, Marktstraße 6\n\nTOP 11\n",
            "2025-02-20",
        ),
        # a page head's cells parted by middle dots
        ("Rat der Stadt  ·  Ratssitzung vom 14.12.2023  ·  öffentlich\n\nTOP 5\n", "2023-12-14"),
        # a field table's cell with the sitting's number before its date
        (
            "| Gremium | Bezirksvertretung Ost |\n| Sitzung | 32. Sitzung, 05.03.2024 |\n",
            "2024-03-05",
        ),
        # a breadcrumb that ends in the date after the body
        (
            "Beschlüsse > Betriebsausschuss Stadtreinigung > 15.05.2024\n\nRahmenvertrag\n",
            "2024-05-15",
        ),
        # ALLRIS's "Wortprotokoll" tab is no title of the sentence under it
        (
            "14.02.2024 - 9 Bekanntgabe der Beschlüsse\n\nReduzieren\n\nWortprotokoll\n\n"
            "Ortsbeirat Mitte\n\nDer Vorsitzende gibt bekannt, dass der Ortsbeirat in seiner "
            "Sitzung am\n10.01.2024 im nichtöffentlichen Teil folgende Beschlüsse gefasst hat:\n",
            "2024-02-14",
        ),
        # a history of several bodies, the sitting's line with the item below it
        (
            _HISTORY + "Sitzung der Stadtverordnetenversammlung   22.02.2024   TOP Ö 17\n",
            "2024-02-22",
        ),
        # a decision's heading naming the body by its short name
        ("Beschluss der BVV vom 17.04.2024\nBeschlussart:      beschlossen\n", "2024-04-17"),
        # the title's date, then another column
        (
            "Bau- und Planungsausschuss                      öffentliche Sitzung\n"
            "Sitzung am Dienstag, 05. März 2024              lfd. Nr. 47\n",
            "2024-03-05",
        ),
        # a notice: "Am …, findet um … eine Sitzung … statt"
        (
            "B E K A N N T M A C H U N G\n\nAm Donnerstag, 18. Juli 2024, findet um 18:00 Uhr "
            "im Festsaal des Rathauses,\nHauptplatz 1, eine Sitzung des Stadtrates statt.\n",
            "2024-07-18",
        ),
        # an invitation with the sitting's number in parentheses before its date
        (
            "Hiermit lade ich Sie zur 4. Sitzung des Amtsausschusses\n(Sitzungs-Nr. AA/2024/04) "
            "am\n \n          Donnerstag, dem 14. November 2024, um 19:00 Uhr,\n \n"
            "in den Saal der Amtsverwaltung ein.\n",
            "2024-11-14",
        ),
        # an item's head with an em dash before the item
        ("Sitzung des Stadtrates vom 23.11.2023 — Ö 9\n\nBeschluss:\n", "2023-11-23"),
        # the deciding body's decision heading under a Beratungsfolge of roles (the bodies still
        # to deal with the paper, no results): its sitting is the text's (the thirty-first
        # probe's SF-04; this row was a guard for None before)
        (
            _HISTORY.replace("Stadtverordnetenversammlung            Entscheidung", "BVV")
            + "Beschluss der BVV vom 22.02.2024 (in der Fassung der Empfehlung):\n",
            "2024-02-22",
        ),
        # guards: one body's decision heading under a history of several bodies' results is no
        # title of the text; a table of contents' line beside its repeat
        (
            _HISTORY.replace("Vorberatung", "empfohlen").replace(
                "Stadtverordnetenversammlung            Entscheidung", "BVV   beschlossen"
            )
            + "Beschluss der BVV vom 22.02.2024 (in der Fassung der Empfehlung):\n",
            None,
        ),
    ],
)
def test_meeting_heads(head: str, date: str | None) -> None:
    assert _date(head) == date


_REPORTED = (
    "TOP: 4\nBetreff: Sachstandsbericht Klimaanpassung\n\nDer Magistrat hat über den Stand "
    "der Maßnahmen berichtet. Von 23 Maßnahmen sind 9\nabgeschlossen und 3 wegen fehlender "
    "Mittel zurückgestellt. Herr Stadtrat Olde beantwortet\nNachfragen.\n\n"
    "Beschlussvorschlag:\nDer Ausschuss nimmt den Sachstandsbericht zur\nKenntnis.\n\n"
)


@pytest.mark.parametrize(
    ("text", "outcome", "unanimous"),
    [
        # a form's row of results, the ticked one not the first, under an empty heading
        (
            _REPORTED + "Ergebnis:\n\n  ☐ beschlossen   ☐ abgelehnt   ☒ zur Kenntnis genommen"
            "   ☐ vertagt\n\nAbstimmung:  einstimmig\n\nNeuhafen, 06.06.2024\n",
            "noted",
            True,
        ),
        # ... as a table's rows under a status label, the counts below
        (
            "Beratungsergebnis:\n \n| ☐ einstimmig zugestimmt | ☒ mehrheitlich zugestimmt | ☐ "
            "abgelehnt |\n| ☐ zur Kenntnis genommen | ☐ vertagt | ☐ verwiesen |\n|---|---|---|\n"
            "| Ja: 10 | Nein: 4 | Enthaltung: 0 |\n",
            "approved",
            False,
        ),
        # ... one box a line, the last an option with a blank to fill in
        (
            "Abstimmungsergebnis:\n \n   ☐  einstimmig beschlossen\n   ☒  mit Stimmenmehrheit "
            "beschlossen\n   ☐  abgelehnt\n   ☐  zurückgestellt\n   ☐  verwiesen an: ______\n \n"
            "   Ja-Stimmen:   8      Nein-Stimmen:   3      Stimmenthaltungen:   2\n",
            "approved",
            False,
        ),
        # a form left blank says nothing
        (
            "Beschlussvorschlag:\nDer Bauausschuss stimmt dem Vorhaben zu.\n\n"
            "Beschlussvermerk Bauausschuss\n\n"
            "☐ einstimmig   ☐ mit Mehrheit   ☐ abgelehnt   ☐ zurückgestellt   ☐ siehe Protokoll\n"
            "\nJa: ____   Nein: ____   Enthaltung: ____\n",
            None,
            None,
        ),
    ],
)
def test_checkbox_forms(text: str, outcome: str | None, unanimous: bool | None) -> None:
    read = parse_text(text)
    decisive = next((v for v in read.votes if v.decisive), None)
    assert (read.outcome, decisive.unanimous if decisive else None) == (outcome, unanimous)


@pytest.mark.parametrize(
    "course",
    [
        # each body's session line, its result under it
        "Beratungsverlauf\nOrtsrat Nord, Sitzung vom 27.02.2024, TOP 9.1\n"
        "Ergebnis: Der Ortsrat stimmt der Vorlage zu.\nAbstimmungsergebnis: dafür 11  dagegen 0  "
        "Enthaltung 0\nSchulausschuss, Sitzung vom 08.03.2024, TOP 6\nErgebnis: empfohlen\n"
        "Abstimmungsergebnis: dafür 8  dagegen 3  Enthaltung 0\nRat, Sitzung vom 19.03.2024, "
        "TOP 4.2\nErgebnis: beschlossen\nAbstimmungsergebnis: dafür 30  dagegen 1  Enthaltung 1\n",
        # a table's rows, each with its result indented under it
        "Beratungsfolge und Ergebnisse:\nOrtsrat Nord                  27.02.2024     Anhörung\n"
        "   Ergebnis: einstimmige Zustimmung\nSchulausschuss               08.03.2024     "
        "Vorberatung\n   Ergebnis: empfohlen\n   Ja 8 | Nein 3 | Enthaltung 0\n"
        "Rat                          19.03.2024     Beschlussfassung\n"
        "   Ergebnis: beschlossen (30 Ja-Stimmen, 1 Nein-Stimme, 1 Enthaltung)\n",
        # session lines set off by dashes
        "Bisheriger Sitzungsverlauf:\n—— Ortsrat Nord, 27.02.2024, TOP Ö 6 ——\nErgebnis: "
        "einstimmig empfohlen\n—— Schulausschuss, 08.03.2024, TOP Ö 3 ——\nErgebnis: empfohlen\n"
        "Abstimmung: 8:3:0\n—— Rat, 19.03.2024, TOP Ö 14 ——\nErgebnis: beschlossen\n"
        "Abstimmung: 30:1:1\n",
    ],
)
def test_a_paper_s_course_of_session_lines_is_read_body_by_body(course: str) -> None:
    text = "Beschlussvorlage 2024/087\n\nBeschlussvorschlag:\nDer Rat beschließt die Satzung.\n\n"
    read = parse_text(text + course + "\nBegründung:\nDie Kosten steigen.\n")
    assert [
        (i.title, i.meeting.date.day if i.meeting and i.meeting.date else None) for i in read.items
    ] == [
        ("Ortsrat Nord", 27),
        ("Schulausschuss", 8),
        ("Rat", 19),
    ]
    assert [v.counts.yes for i in read.items[1:] for v in i.votes if v.decisive] == [8, 30]
    assert (read.outcome, read.meeting.date) == ("approved", None)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # the TOP word before a public item's number
        (
            "Sitzung vom 26.09.2023 - öffentlicher Teil - Beschlüsse\n\nTOP Ö 5   Abfallkonzept\n"
            "Beschlussart: vertagt\n\nTOP Ö 6   Vergabe der Papiersammlung\n"
            "Beschlussart: ungeändert beschlossen\nAbstimmung: Ja 7 | Nein 0 | Enth. 0\n",
            [("TOP Ö 5", "postponed"), ("TOP Ö 6", "approved")],
        ),
        # two print views of one sitting's items copied into one text
        (
            "08.11.2023 - 12 Kita-Ausbauprogramm\n\nReduzieren\n\nBeschluss:\nDer Rat beschließt "
            "das Programm.\nZustimmung: 58\nAblehnung: 6\nEnthaltung: 2\n\n08.11.2023 - 13 "
            "Benennung eines Mitglieds im Beirat\n\nReduzieren\n\nBeschluss:\nDer Rat benennt "
            "Frau Roth.\nAbstimmung: einstimmig beschlossen\n",
            [("12", "approved"), ("13", "approved")],
        ),
        # guard: a body's session lines in a paper's history name their own agendas' items
        (
            "Beratungsergebnisse:\nBauausschuss 16.04.2024\nTOP Ö 5 - empfohlen\n"
            "Hauptausschuss 25.04.2024\nTOP Ö 8 - empfohlen\nStadtverordnetenversammlung "
            "08.05.2024\nTOP Ö 12 - beschlossen\n",
            [],
        ),
    ],
)
def test_agenda_items(text: str, items: list[tuple[str, str]]) -> None:
    assert [(i.number, i.outcome) for i in parse_text(text).items if i.number] == items


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a proposal of prose adopted by naming it does what the proposal does
        (
            "Beschlussvorschlag:\nDer Antrag der Fraktion X vom 02.10.2023 wird abgelehnt.\n\n"
            "Beschluss:\nwie Beschlussvorschlag der Verwaltung\n\nAbstimmungsergebnis:\n"
            "mehrheitlich bei 2 Gegenstimmen\n",
            "rejected",
        ),
        # a contract's parties agree, the body does not consent
        (
            "Beschlussvorschlag:\nDer Stadtrat beschließt:\nI. Dem Vertrag wird zugestimmt.\n"
            "II. Der bestehende "
            "Vertrag vom 28.11.2014 wird mit Ablauf des 31.12.2024 einvernehmlich aufgehoben.\n\n"
            "Begründung:\nDer Vertrag endet.\n",
            None,
        ),
        # guard: the body's consent
        ("Die Bezirksversammlung stimmt dem Antrag einvernehmlich zu.\n", "approved"),
    ],
)
def test_outcomes(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


def test_a_count_table_headed_by_the_body_s_size_by_law() -> None:
    read = parse_text(
        "Der Werksausschuss beschließt den Zuschlag.\n\nAbstimmungsergebnis:\n"
        "|Gesetzl. Mitgliederzahl|davon anwesend|Ja|Nein|Enthaltung|befangen|\n|11|10|8|1|1|0|\n"
    )
    vote = next(v for v in read.votes if v.decisive)
    counts = vote.counts
    assert (counts.yes, counts.no, counts.abstain, counts.present, counts.conflicted) == (
        8,
        1,
        1,
        10,
        0,
    )


def _sides(text: str) -> dict[str, list[str]]:
    vote = next(v for v in parse_text(text).votes if v.decisive)
    return {side: [g.name for g in getattr(vote.groups, side)] for side in ("yes", "no", "abstain")}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # who voted how in parentheses under the counts, wrapped
        (
            "Beschluss:\nDer Rat beschließt den Plan.\n\nAbstimmungsergebnis:  51 Ja / 30 Nein / 1 "
            "Enthaltung\n(dafür: GRÜNE, SPD, LINKE, Volt; dagegen: CDU, FDP, AfD, BBB;\n"
            "Enthaltung: FDP)\n",
            {
                "yes": ["GRÜNE", "SPD", "LINKE", "Volt"],
                "no": ["CDU", "FDP", "AfD", "BBB"],
                "abstain": ["FDP"],
            },
        ),
        # Frankfurt's side after the groups, wrapped onto its own line
        (
            "Beschluss:\nDer Vorlage M 112 wird zugestimmt.\n\nAbstimmung: CDU, GRÜNE, SPD und "
            "Volt gegen LINKE und AfD\n(= Ablehnung)\n",
            {"yes": ["CDU", "GRÜNE", "SPD", "Volt"], "no": ["LINKE", "AfD"], "abstain": []},
        ),
        # who voted how under one heading, the result alone under the next: one vote
        (
            "Abstimmungsergebnis:\nZustimmung: SPD, GRÜNE, CDU, FDP\nAblehnung: AfD\n"
            "Enthaltung: LINKE\n \nErgebnis:\nDer Antrag wird mehrheitlich angenommen.\n",
            {"yes": ["SPD", "GRÜNE", "CDU", "FDP"], "no": ["AfD"], "abstain": ["LINKE"]},
        ),
        # sides parted by dashes, the last name of a side before one
        (
            "Der Rat lehnt den Antrag ab.\n\nAbstimmung: Ja: FDP, AfD – Nein: GRÜNE, SPD, Die "
            "LINKE – Enthaltung: Freie Wähler\n",
            {
                "yes": ["FDP", "AfD"],
                "no": ["GRÜNE", "SPD", "Die LINKE"],
                "abstain": ["Freie Wähler"],
            },
        ),
        # guard: the counts again in parentheses are no groups
        (
            "Beschluss:\nDer Rat beschließt die Satzung.\n\nAbstimmungsergebnis: einstimmig bei 2 "
            "Enthaltungen\n(14 Ja-Stimmen, 0 Nein-Stimmen, 2 Enthaltungen)\n",
            {"yes": [], "no": [], "abstain": []},
        ),
    ],
)
def test_groups_on_each_side(text: str, sides: dict[str, list[str]]) -> None:
    assert _sides(text) == sides


def test_an_excerpt_of_agenda_lines_with_their_papers_is_cut_into_items() -> None:
    read = parse_text(
        "Auszug aus der Niederschrift\nder Sitzung der Bürgerschaft vom 10.04.2024\n\n"
        "9.4  Antrag Fraktion DIE LINKE                         2024/AN/5201\n\n"
        "Herr Koch beantragt die Überweisung in den Finanzausschuss.\n\nAbstimmungsergebnis:\n"
        "mehrheitlich angenommen\n\nDer Antrag ist damit in den Ausschuss überwiesen.\n\n"
        "9.5  Antrag AfD-Fraktion                                2024/AN/5219\n\n"
        "Abstimmungsergebnis:\nDafür      6\nDagegen   33\nEnthaltung 2\n\n"
        "Der Antrag ist abgelehnt.\n"
    )
    assert [(i.number, i.title, i.outcome) for i in read.items] == [
        ("9.4", "Antrag Fraktion DIE LINKE", "referred"),
        ("9.5", "Antrag AfD-Fraktion", "rejected"),
    ]
    assert read.outcome is None


@pytest.mark.parametrize(
    ("said", "counted"),
    [
        # a result reported in the past, its table's first lines between: another sitting's
        ("Das Abstimmungsergebnis lautete:", False),
        # guard: this sitting's, announced in the present
        ("Das Abstimmungsergebnis lautet:", True),
    ],
)
def test_a_result_reported_over_its_table(said: str, counted: bool) -> None:
    read = parse_text(
        "Sitzung: 11.11.2024\n\nDer Ausschuss beschließt die Entgeltordnung.\n\n"
        "Die Verbandsversammlung hat in ihrer Sitzung am 26.09.2024 die Entgeltordnung geändert. "
        f"{said}\n \n   Beschluss Nr. VV 14/2024\n   stimmberechtigt ........ 24\n"
        "   Ja ..................... 18\n   Nein .................... 4\n"
        "   Enthaltungen ............ 1\n"
    )
    assert any(v.counts.yes == 18 for v in read.votes) is counted


def test_a_form_s_ticked_result_and_the_counts_under_the_next_heading_are_one_vote() -> None:
    read = parse_text(
        "Beschlussvorschlag:\nDer Ausschuss nimmt den Bericht zur Kenntnis.\n\nErgebnis:\n\n"
        "  ☐ beschlossen   ☐ abgelehnt   ☒ zur Kenntnis genommen   ☐ vertagt\n\n"
        "Abstimmungsergebnis:\n|Ja|Nein|Enthaltung|\n|8|0|0|\n"
    )
    assert [(v.outcome, v.counts.yes, v.decisive) for v in read.votes] == [("noted", 8, True)]


def test_a_roll_call_goes_on_past_a_member_who_took_no_part() -> None:
    read = parse_text(
        "Namentliche Abstimmung:\nHerr Brandt (Bürgerbündnis)     ja\nFrau Dähne (Einzelbewerberin)"
        "   ja\nHerr Fähnrich (CDU)             nein\nHerr Lemke (Einzelbewerber)     befangen, "
        "nimmt nicht teil\nFrau Pieper (CDU)               nein\nHerr Wiesner (Bürgerbündnis)    "
        "ja\nHerr Zander, ehrenamtl. Bürgermeister   ja\n\nDamit ist der Beschlussvorschlag "
        "angenommen.\n"
    )
    vote = next(v for v in read.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, read.outcome) == (4, 2, "approved")


def test_parts_voted_separately_with_counts_after_their_labels() -> None:
    read = parse_text(
        "Beschluss:\n1. Der Stadtrat gewährt den Zuschuss.\n2. Die Mittel werden "
        "bereitgestellt.\n\n"
        "Auf Antrag wird über die Ziffern getrennt abgestimmt.\n\nAbstimmung Ziffer 1:\n"
        "einstimmig (Ja 18 / Nein 0 / Enthaltung 0)\n\nAbstimmung Ziffer 2:\n"
        "Ja 12 / Nein 5 / Enthaltung 1\n"
    )
    assert [(i.outcome, [v.counts.yes for v in i.votes]) for i in read.items] == [
        ("approved", [18]),
        ("approved", [12]),
    ]
    assert (read.outcome, read.votes[0].counts.yes if read.votes else None) == ("approved", None)


def test_a_history_s_result_indented_under_its_session_line() -> None:
    read = parse_text(
        "Beratungsfolge:\nOrtsbeirat Nord\tAnhörung\n06.02.2024 \t\nSitzung des Ortsbeirates Nord\n"
        "\teinstimmig empfohlen\nStadtrat\tEntscheidung\n07.03.2024 \t\nSitzung des Stadtrates\n"
        "\tbeschlossen\n\nBeschlussentwurf:\n1. Der Stadtrat beschließt die Satzung.\n"
    )
    assert [(i.title, i.outcome) for i in read.items] == [
        ("Ortsbeirat Nord", "approved"),
        ("Stadtrat", "approved"),
    ]
