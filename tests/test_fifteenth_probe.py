"""Families a fifteenth blind probe found (older records, social committees, elections, finance,
matters raised by citizens, regional bodies, large towns of the east and south, decisions that
change earlier ones).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text

_DECIDED = (
    "\n\nBeschluss:\nDer Gemeinderat beschließt die Satzung.\n\nAbstimmungsergebnis: einstimmig\n"
)


def _date(text: str) -> str | None:
    found = parse_text(text).meeting.date
    return str(found) if found else None


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # a town's news page: the town's name alone before the title
        ("Ahlsdorf - Aus der Gemeinderatssitzung vom 18. Juli 2024\n", "2024-07-18"),
        ("Bad Lauterbrunn – Aus der Ortschaftsratssitzung vom 9. Juli 2024\n", "2024-07-09"),
        # the paper's kind before the sitting it is for
        (
            "Sitzungsvorlage für die 14. Sitzung des Regionalrates am 29. September 2023",
            "2023-09-29",
        ),
        ("Beschlussvorlage für die Sitzung des Kreistages am 12.03.2024\nAz.: 10.2", "2024-03-12"),
        # a web page's breadcrumb
        ("Sitzungsdienst > Bauausschuss > Sitzung vom 07.02.2024 > TOP 12", "2024-02-07"),
        # the body on its line, the date below it with the sitting's being public
        ("Stadt Neuburg\n\nGemeinderat\n23. April 2024 - öffentlich\n\nTOP 6", "2024-04-23"),
        # a column of labels, the column of their values below (a PDF's two columns)
        (
            "Protokoll\n\nSitzungstag:\nSitzungsbeginn:\nSitzungsort:\nMontag, 08.07.2019\n"
            "19:00 Uhr\nBürgerhaus, Saal 1",
            "2019-07-08",
        ),
        # the body's field and the sitting's date on one line, one space between
        ("Gremium: Ratsversammlung Datum: Do, 23.11.2023 Status: öffentlich", "2023-11-23"),
        # a decision sheet's opening sentence, the item or the decision named
        (
            "B e s c h l u s s\n\nIn ihrer Sitzung am Freitag, dem 15. März 2024, hat die "
            "Regionalversammlung zu Tagesordnungspunkt 6 folgenden Beschluss gefasst:",
            "2024-03-15",
        ),
        (
            "In seiner 31. Sitzung am Mittwoch, dem 6. März 2024, hat der Stadtrat der Stadt "
            "Wendelstein\nzu Tagesordnungspunkt 11\n",
            "2024-03-06",
        ),
        # the title names the sitting; a sentence below it tells another body's earlier sitting
        (
            "Aus der Sitzung des Kreistages am 14. Dezember 2001\n\nPunkt 7: Gebührensatzung\n\n"
            "Der Kreisausschuß hat in seiner Sitzung am 03.12.2001 mit 9 : 4 Stimmen empfohlen, "
            "die Satzung zu beschließen.",
            "2001-12-14",
        ),
        # guard: without a title, the sentence that tells a sitting is the story, no date
        (
            "Betreff: Gebührensatzung\n\nDer Kreisausschuß hat in seiner Sitzung am 03.12.2001 "
            "mit 9 : 4 Stimmen empfohlen, die Satzung zu beschließen.",
            None,
        ),
    ],
)
def test_meeting_heads(head: str, date: str | None) -> None:
    assert _date(head + _DECIDED) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the result names its sitting, the head none
        (
            "Vorlage: STV/1742/2023\nBetreff: Bericht zum Prüfauftrag\n\nSachverhalt:\nDer "
            "Magistrat berichtet.\n\nBeschlussvorschlag:\nDie Stadtverordnetenversammlung nimmt "
            "den Bericht zur Kenntnis.\n\nBeratungsergebnis:\nDie Stadtverordnetenversammlung hat "
            "den Bericht in ihrer Sitzung am Donnerstag, den 7. Dezember 2023, zur Kenntnis "
            "genommen.\n",
            "2023-12-07",
        ),
        (
            "Vorlagen-Nr.: 0815/2024\n\nBeschluss:\nDie Behandlung wird vertagt.\n\n"
            "Abstimmungsergebnis: 27 : 21\n\nIn seiner Sitzung vom 18.07.24 hat der Stadtrat "
            "den vorstehenden Beschluss gefasst.\nWürzburg, 19.07.2024\n",
            "2024-07-18",
        ),
        # the title of the sitting's record under the motion it decided
        (
            "Drucksache Nr. 11/1377\nAntrag der Fraktion vom 02.05.2024\n\nBetreff: Radweg\n\n"
            "Begründung:\nDie Kosten sind gestiegen.\n\n-----\nAuszug aus der Niederschrift über "
            "die Sitzung der Verbandsversammlung\nvom 28. Juni 2024 (Essen)\n\nTOP 14   Antrag "
            "der Fraktion\n\nDie Verbandsversammlung lehnt den Antrag ab.\n",
            "2024-06-28",
        ),
        # a paper's Beratungsfolge with the column of how each body deals with it
        (
            "Mitteilungsvorlage    Vorlagen-Nr.: IV-047/23\n\nBeratungsfolge      Termin      "
            "Beratungsart\nStadtverordnetenversammlung   29.11.2023   Kenntnisnahme\n\n"
            "Betreff: Bürgerbegehren\n",
            "2023-11-29",
        ),
        # the result's title names the sitting, after the motion's reasons
        (
            "Antrag der Fraktion FDP\nvom 27.11.2023\n\nBegründung:\nDie Kosten steigen.\n\n"
            "Ergebnis der Beratung in der Sitzung der Verbandskammer am Mittwoch, 13. Dezember "
            "2023:\nDer Antrag wird abgelehnt.\n",
            "2023-12-13",
        ),
        # Frankfurt's results, a blank line below their heading: one sitting, or several (a
        # paper's history, no one date)
        (
            "Antrag vom 04.05.2022, OF 312/5\n\nBegründung:\nDie Anwohner bitten darum.\n\n"
            "Beratungsergebnisse:\n\n12. Sitzung des OBR 5 am 20.05.2022, TO I, TOP 23\n\n"
            "Beschluss:\n\nDie Vorlage OF 312/5 wird zurückgezogen.\n",
            "2022-05-20",
        ),
        (
            "Antrag vom 12.02.2024, NR 845\n\nBeratungsergebnisse:\n\n27. Sitzung des "
            "Ausschusses für Kultur am 11.03.2024, TO I, TOP 14\n\nBeschluss:\nEmpfehlung: "
            "Annahme\n\n31. Sitzung der Stadtverordnetenversammlung am 21.03.2024, TO I, TOP "
            "19\n\nBeschluss:\nAnnahme\n",
            None,
        ),
        # a gazette's sentence with a decision's number in it
        (
            "Amtsblatt für den Landkreis\n\nDer Kreistag hat in seiner Sitzung am 7. Dezember "
            "2022 auf der Grundlage der Drucksache 0398/2022 (Beschluss-Nr. KT 0231/2022) "
            "folgende Beschlüsse gefasst:\n\n1. Der Jahresabschluss wird festgestellt.\n",
            "2022-12-07",
        ),
        # an invitation's sitting, its day in a relative clause
        (
            "E i n l a d u n g\n\nHiermit lade ich Sie zur konstituierenden Sitzung des "
            "Kreistages ein, die am Donnerstag, dem 15. Juni 2023, um 17:00 Uhr, im Kreishaus "
            "stattfindet.\n\nT a g e s o r d n u n g :\n1. Eröffnung\n",
            "2023-06-15",
        ),
        # the body that deliberates the paper, once; or the course of several (no one date)
        (
            "Vorlage Nr. 2024/0371\n\nBetreff: Schulentwicklungsplan\n\nBeratung im Ausschuss "
            "für Schule, Bildung und Kultur am 25.11.2024, TOP 3\n\nBeschlussvorschlag:\nDer "
            "Ausschuss empfiehlt die Fortschreibung.\n",
            "2024-11-25",
        ),
        (
            "Information I0144/24\nDatum: 15.10.2024\n\nBeratungsverlauf:\n\nBeratung im "
            "Ausschuss für Umwelt am 05.11.2024\nErgebnis: zur Kenntnis genommen\n\nBeratung im "
            "Stadtrat am 12.12.2024\nErgebnis: zur Kenntnis genommen\n",
            None,
        ),
        # guard: a decided text that tells the sitting of the decision it repeals
        (
            "Vorlagen-Nr.: 0816/2024\n\nBeschluss:\nDer Stadtrat hebt den Beschluss auf, den er "
            "in seiner Sitzung am 13.09.2023 gefasst hat.\n\nAbstimmungsergebnis: einstimmig\n",
            None,
        ),
    ],
)
def test_meeting_dates_below_the_head(text: str, date: str | None) -> None:
    assert _date(text) == date


@pytest.mark.parametrize(
    ("text", "outcome", "decided"),
    [
        # the spelling before 1996: "Beschluß:" heads the decided text as "Beschluss:" does
        (
            "Herr Krause erklärt, seine Gruppe ziehe den Antrag nicht zurück.\n\nDie "
            "Bezirksvertretung faßt daraufhin folgenden\n\nBeschluß:\n\nDer Antrag wird "
            "durch den Beschluß zu TOP 5 für erledigt erklärt.\n\nAbstimmungsergebnis: "
            "einstimmig\n",
            "other",
            "Der Antrag wird durch den Beschluss zu TOP 5 für erledigt erklärt.",
        ),
        (
            "Beschlußvorschlag:\nDer Rat stimmt dem Antrag zu.\n\nBeschluß:\nDie Beratung "
            "wird vertagt.\n\nAbstimmungsergebnis: 14 : 2\n",
            "postponed",
            "Die Beratung wird vertagt.",
        ),
    ],
)
def test_old_spelling(text: str, outcome: str, decided: str) -> None:
    read = parse_text(text)
    assert (read.outcome, read.preamble) == (outcome, decided)


def test_old_spelling_keeps_the_words_spelt_so_today() -> None:
    from ratsparse.normalize import clean

    cleaned = clean("Der Kreisausschuß hat gefaßt, daß die Straße am Maß bleibt.")
    assert cleaned.text == "Der Kreisausschuss hat gefasst, dass die Straße am Maß bleibt."
    at = cleaned.text.index("Straße")
    assert cleaned.original[cleaned.to_original(at) :].startswith("Straße")


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # agreed without a vote ("einvernehmlich"): what the status says the agreement was to
        (
            "TOP 6: Sichere Schulwege\nVorlage: 0009/25\n\nBeschluss: erledigt\n\nProtokoll:\n"
            "Der Ausschuss stellt einvernehmlich fest, dass sich der Antrag durch die "
            "Beschlussfassung zu TOP 5 erledigt hat.\n",
            "other",
        ),
        ("Ergebnis:\nDie Bezirksversammlung stimmt dem Antrag einvernehmlich zu.\n", "approved"),
    ],
)
def test_agreed_without_a_vote(text: str, outcome: str) -> None:
    read = parse_text(text)
    decisive = next(v for v in read.votes if v.decisive)
    assert (read.outcome, decisive.unanimous) == (outcome, None)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a motion settled by another decision or by what the administration said
        (
            "Beschluss:\nDer Antrag der Stadtratsfraktion vom 14.02.2024 ist durch den Beschluss "
            "zu TOP 11 erledigt.\n\nAbstimmungsergebnis: einstimmig\n",
            "other",
        ),
        (
            "Beschluss:\nDer Antrag hat sich durch die Ausführungen der Verwaltung erledigt. Die "
            "Verwaltung berichtet im Herbst.\n\nAbstimmungsergebnis: einstimmig\n",
            "other",
        ),
        # guard: a status told in a sentence, over a vote that approves, is the vote's
        (
            "Beschluss: Sache ist erledigt\n\nAbstimmungsergebnis:\nMit großer Mehrheit "
            "zugestimmt.\n",
            "approved",
        ),
        # the item a framing names before its colon is this one, not another item moved
        (
            "In seiner 31. Sitzung am 6. März 2024 hat der Stadtrat zu Tagesordnungspunkt 11\n"
            "Antrag der Fraktion\nRücknahme des Beschlusses Nr. 214/2023\nfolgenden Beschluss "
            "gefasst:\n\nDer Antrag wird in den Hauptausschuss verwiesen. Die Verwaltung wird "
            "gebeten, die Kosten zu schätzen.\n\nAbstimmungsergebnis:\nJa-Stimmen: 27\n"
            "Gegenstimmen: 8\nStimmenthaltungen: 2\n",
            "referred",
        ),
        # guard: another item moved, named where the act is
        (
            "Vor Eintritt in die Tagesordnung: TOP 6 wird auf die nächste Sitzung vertagt.\n\n"
            "Beschluss:\nDer Rat beschließt die Satzung.\n\nAbstimmungsergebnis: einstimmig\n",
            "approved",
        ),
        # a result's heading that names the sitting
        (
            "Antrag der Fraktion FDP vom 27.11.2023\n\nDie Verbandskammer möge beschließen:\nDer "
            "Regionalvorstand wird beauftragt, ein Konzept vorzulegen.\n\nErgebnis der Beratung in "
            "der Sitzung der Verbandskammer am Mittwoch, 13. Dezember 2023:\n\nDer Antrag wird an "
            "den Planungsausschuss überwiesen.\n\nAbstimmung: einstimmig\n",
            "referred",
        ),
        # Hannover's: a group takes the motion back for its own deliberation
        (
            "TOP 6.2.1\nAntrag der Fraktion: Trinkwasserbrunnen\n\nAuf Wunsch der SPD-Fraktion "
            "in die Fraktionen gezogen\n",
            "postponed",
        ),
        ("Beschluss:\nDer Antrag wird in die Fraktion gezogen.\n", "postponed"),
        # a petitions committee notes the request, does not follow it, and tells the
        # administration what to do instead
        (
            "Beschlussart: mehrheitlich beschlossen\n\nBeschluss:\n\n1. Der Ausschuss nimmt die "
            "Anregung von Frau K. vom 02.01.2023 zur Kenntnis.\n2. Der Anregung wird nicht "
            "gefolgt. Die Verwaltung wird beauftragt, die Petentin zu unterrichten.\n",
            "rejected",
        ),
        # a report's Sachverhalt tells the decision it reports on, in the perfect
        (
            "I N F O R M A T I O N S V O R L A G E\n\nBetreff: Stadtbahn - Sachstandsbericht\n\n"
            "Sachverhalt:\n\n1. Ausgangslage\nDer Gemeinderat hat mit der Drucksache G-21/190 den "
            "Bau der Stadtbahnverlängerung beschlossen. Die Strecke ist 2,2 km lang.\n\n"
            "2. Bauablauf\nDer erste Bauabschnitt ist fertig.\n",
            None,
        ),
        # guard: the decision itself, under its heading, in the perfect
        (
            "Sachverhalt:\nDie Strecke ist 2,2 km lang.\n\nBeschluss:\nDer Gemeinderat hat den "
            "Bau der Stadtbahnverlängerung beschlossen.\n",
            "approved",
        ),
    ],
)
def test_what_the_decided_text_does(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("text", "references"),
    [
        # Augsburg's and Regensburg's kind / two-digit year / number (and the office)
        ("Beschlussvorlage BSV/24/01876", ["BSV/24/01876"]),
        ("Vorlage VO/24/21034/61 und VO/24/20874/SB", ["VO/24/21034/61", "VO/24/20874/SB"]),
        # Region Hannover's number, Wahlperiode in brackets, kind (and an amendment)
        ("Nr. 1843 (IV) BDs, dazu 1843 (IV) ÄA 1", ["1843 (IV) BDs", "1843 (IV) ÄA 1"]),
        # Südhessen's Wahlperiode / number.part, spaces around the slash
        ("Drucksache Nr. IX / 42.0", ["IX / 42.0"]),
        # an office and a kind before the number (an Ortschaftsrat's Vorlage)
        ("Vorlage: OR-LA/V/0004/24", ["OR-LA/V/0004/24"]),
        # guard: a roman numeral in brackets after a number is no paper without its kind
        ("Anlage 3 (II) zeigt die Flächen.", []),
    ],
)
def test_reference_formats(text: str, references: list[str]) -> None:
    read = parse_text(text + "\n\nBeschluss: beschlossen\n")
    assert [r.reference for r in read.references] == references


def _decisive_counts(text: str) -> tuple[int | None, int | None, int | None]:
    decisive = next(v for v in parse_text(text).votes if v.decisive)
    return decisive.counts.yes, decisive.counts.no, decisive.counts.abstain


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a later sentence under the vote's heading tells another dated event, not this vote
        (
            "Sitzung: 11.09.2024\n\nBeschluss:\nDer Stadtrat erteilt sein Einvernehmen.\n\n"
            "Abstimmungsergebnis:\n"
            "gesetzl. Mitglieder: 29  anwesend: 22  Ja: 21  Nein: –  Enthaltung: 1\n\nEin "
            "Mitwirkungsverbot lag nicht vor.\n\nDie Wahl durch die Mitgliederversammlung hatte "
            "am 14.06.2024 stattgefunden.\n",
            (21, 0, 1),
        ),
        # the final vote on the text as an amendment changed it, headed as such
        (
            "Abstimmung über den Ergänzungsantrag:\n24 Ja / 20 Nein / 2 Enthaltungen - "
            "angenommen\n\nSchlussabstimmung über den Beschlussantrag in der durch den "
            "Ergänzungsantrag geänderten Fassung:\n38 Ja / 4 Nein / 4 Enthaltungen\n\nErgebnis: "
            "mit Ergänzung beschlossen\n\nBeschluss:\n1. Der Gemeinderat beschließt den Plan.\n",
            (38, 4, 4),
        ),
        # a table's cells padded to their columns, a label with a remark in brackets
        (
            "Beschluss:\nDer Gemeinderat stimmt zu.\n\nAbstimmungsergebnis:\n\n| Ja-Stimmen | "
            "Nein-Stimmen | Stimmenthaltungen | Befangenheit (§ 20 SächsGemO) |\n|     11     |"
            "       2      |         1         |               2               |\n",
            (11, 2, 1),
        ),
    ],
)
def test_counts_of_the_decisive_vote(text: str, counts: tuple[int, int, int]) -> None:
    assert _decisive_counts(text) == counts


def test_a_paper_history_with_wrapped_rows_is_read_body_by_body() -> None:
    text = (
        "Antrag - VII-A-08812\n\nBetreff: Schulsozialarbeit\n\nBeratungsverlauf:\n \n"
        "Datum        Gremium                            Zuständigkeit      Ergebnis\n"
        "12.03.2024   Fachausschuss Jugend, Soziales     Vorberatung        Zustimmung\n"
        "             und Schule                                            Abst.: 9/1/2\n"
        "19.03.2024   Jugendhilfeausschuss               Vorberatung        Zustimmung\n"
        "                                                                   Abst.: einstimmig\n"
        "17.04.2024   Ratsversammlung                    Beschlussfassung   beschlossen\n"
        "                                                                   Abst.: 41/18/4\n"
        " \n\nBeschlussvorschlag:\n1. Die Schulsozialarbeit wird verstetigt.\n"
    )
    read = parse_text(text)
    assert [(i.title, str(i.meeting.date) if i.meeting else None) for i in read.items] == [
        ("Fachausschuss Jugend, Soziales", "2024-03-12"),
        ("Jugendhilfeausschuss", "2024-03-19"),
        ("Ratsversammlung", "2024-04-17"),
    ]
    # three bodies, three meetings: no one meeting is the text's, no one vote its own
    assert (read.outcome, read.meeting.date, read.votes) == ("approved", None, ())


def test_a_paper_history_in_blocks_of_fields_is_read_body_by_body() -> None:
    text = (
        "Drucksache 0567/2024\n\nAntrag:\n1. Die Ratsversammlung beschließt die Satzung.\n\n"
        "Beratungsergebnisse:\n\nGremium: Jugendhilfeausschuss\nSitzung: 04.06.2024\n"
        "Ergebnis: empfohlen\nAbstimmung: einstimmig\n\nGremium: Finanzausschuss\n"
        "Sitzung: 11.06.2024\nErgebnis: empfohlen\nAbstimmung: 8 Ja / 3 Nein / 0 Enthaltungen\n\n"
        "Gremium: Ratsversammlung\nSitzung: 20.06.2024\nErgebnis: beschlossen\n"
        "Abstimmung: 38 Ja / 5 Nein / 2 Enthaltungen\n\nBegründung:\nDie Kosten steigen.\n"
    )
    read = parse_text(text)
    assert [
        (i.title, i.outcome, [v.counts.yes for v in i.votes if v.decisive]) for i in read.items
    ] == [
        ("Jugendhilfeausschuss", "approved", [None]),
        ("Finanzausschuss", "approved", [8]),
        ("Ratsversammlung", "approved", [38]),
    ]
    assert (read.outcome, read.meeting.date, read.votes) == ("approved", None, ())


def test_a_scan_s_letter_slips_are_read_back() -> None:
    from ratsparse.normalize import clean

    text = (
        "BeschluB Nr. 41/91: Die Gemeindevertretung beschlieBt, daB die MaBnahme bleibt.\n"
        "Abstimrnungsergebnis:\nJa-Stirnmen: 11\n"
    )
    assert clean(text).text == (
        "Beschluss Nr. 41/91: Die Gemeindevertretung beschließt, dass die Maßnahme bleibt.\n"
        "Abstimmungsergebnis:\nJa-Stimmen: 11\n"
    )
    # not a name's inner capital, nor "rn" in any other word
    kept = "Die Wählergruppe BürgerBund und dieBasis stimmen gern modern ab."
    assert clean(kept).text == kept


def test_blocks_of_fields_beyond_a_paper_s_history_are_no_history() -> None:
    # (each block's votes are sought among the blocks: a bound keeps that linear)
    block = "Gremium: Rat\nSitzung: 0{d}.06.2024\nErgebnis: beschlossen\nAbstimmung: 8 Ja\n\n"
    few = parse_text("".join(block.format(d=d) for d in range(1, 4)))
    many = parse_text("".join(block.format(d=i % 9 + 1) for i in range(101)))
    assert (len(few.items), len(many.items)) == (3, 0)
