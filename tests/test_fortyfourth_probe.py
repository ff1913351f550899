"""Families found in the forty-third probe's remaining texts and the forty-fourth blind probe
(``tests/probes/fortyfourth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ratsparse import parse_text
from ratsparse.items import find_items
from tests.reading import meeting_date as _date
from tests.reading import references

PROBES = Path(__file__).parent / "probes"

_STORY = (
    "Beratungsfolge:\n"
    "Gremium                                   Datum        Beratung\n"
    "Ortsrat Nordfeld                          04.03.2031   Anhörung\n"
    "Ausschuss für Bauen und Umwelt            18.03.2031   Vorberatung\n"
    "Verwaltungsausschuss                      01.04.2031   Entscheidung\n\n"
    "Beschlussempfehlung:\nDer Verwaltungsausschuss beschließt die Aufstellung.\n\n"
    "Ergebnis: einstimmig empfohlen\n"
)


@pytest.mark.parametrize(
    ("field", "date"),
    [
        # the sitting's field names the body, its day below in the value's column
        (
            "Sitzung:      Ausschuss für Bauen und Umwelt\n"
            "              Dienstag, 18.03.2031, 17:00 Uhr, Ratssaal\n",
            "2031-03-18",
        ),
        (
            "Sitzung:  Ausschuss für Bauen und Umwelt\n          18.03.2031  öffentlich\n",
            "2031-03-18",
        ),
        # guard: a body's line alone over a date is no sitting's field over its day
        ("Ausschuss für Bauen und Umwelt\nDie Vorlage vom 18.02.2031 wird beraten.\n", None),
    ],
)
def test_a_sitting_field_naming_the_body_over_its_day(field: str, date: str | None) -> None:
    assert _date(f"Stadt Nordfeld - Ratsinformationssystem\n\n{field}TOP: Ö 7\n\n{_STORY}") == date


@pytest.mark.parametrize(
    ("title", "date"),
    [
        # an adjective before the motion's word
        ("Gemeinsamer Antrag zur Sitzung des Rates am 06.03.2031", "2031-03-06"),
        ("Kleine Anfrage zur Sitzung des Bauausschusses am 06.03.2031", "2031-03-06"),
        # guards: the title's forms without either, as they were read already
        ("Antrag zur Sitzung des Rates am 06.03.2031", "2031-03-06"),
        # guard: a sentence that tells of a motion names no sitting the text is for
        ("Ein gemeinsamer Antrag zur Sitzung am 06.03.2031 wurde abgelehnt.", None),
    ],
)
def test_a_motions_sitting_in_its_title(title: str, date: str | None) -> None:
    text = (
        "Fraktionen im Rat der Stadt Nordfeld                 Nordfeld, 20.02.2031\n\n"
        f"{title}\n\nDrucksachen-Nr.: 0815/2031\n\nBeschlussvorschlag:\n"
        "Der Rat beauftragt die Verwaltung, eine Tauschbörse zu prüfen.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    "kind",
    [
        "(konstituierenden)",  # the sitting's kind in parentheses
        "konstituierenden",  # guard: without them, it was read already
    ],
)
def test_an_invitations_sitting_of_a_kind_in_parentheses(kind: str) -> None:
    text = (
        "Amt Nordfeld\nDer Amtsvorsteher                          Nordfeld, 20.02.2031\n\n"
        "                E I N L A D U N G\n\n"
        f"zur 1. {kind} Sitzung des Amtsausschusses des Amtes Nordfeld\n"
        "am Donnerstag, dem 6. März 2031, um 19:30 Uhr,\nim Sitzungssaal der Amtsverwaltung\n\n"
        "Tagesordnung:\n\n1.   Eröffnung der Sitzung\n"
        "2.   Wahl der Amtsvorsteherin / des Amtsvorstehers                VO/2031/014\n"
    )
    assert _date(text) == "2031-03-06"


_PROPOSAL = (
    "Gemeinde Nordfeld                                          Beschlussvorlage\n"
    "Der Bürgermeister                                          Vorlagen-Nr.: 112/2031\n\n"
    "Betreff:\nBauvoranfrage, Erteilung des gemeindlichen Einvernehmens\n\n"
    "Sachverhalt:\nDer Kreis hat mit Schreiben vom 02.02.2031 um das Einvernehmen gebeten.\n\n"
    "Beschlussvorschlag:\nDas gemeindliche Einvernehmen wird nicht erteilt.\n\n\n"
)


@pytest.mark.parametrize(
    ("heading", "date"),
    [
        # what the sitting made of the paper, under it
        (
            "Aus der Sitzung des Ausschusses für Bauen und Verkehr\n"
            "am Mittwoch, dem 5. März 2031:\n",
            "2031-03-05",
        ),
        # guard: the record's heading, as it was read already
        (
            "Auszug aus der Niederschrift über die Sitzung des Ausschusses für Bauen\n"
            "am Mittwoch, dem 5. März 2031:\n",
            "2031-03-05",
        ),
        # guard: a sentence that tells of a sitting dates nothing
        ("Aus der Sicht des Ausschusses am 5. März 2031 gab es keine Bedenken.\n", None),
    ],
)
def test_a_sittings_heading_under_the_paper_it_dealt_with(heading: str, date: str | None) -> None:
    text = f"{_PROPOSAL}{heading}\nDer Ausschuss beschließt gemäß Beschlussvorschlag.\n"
    assert _date(text + "Abstimmungsergebnis: einstimmig\n") == date


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # a committee's short name, its sitting's day, then the sitting's kind
        ("Stadt Nordfeld\nHFA am 20.01.2031 - öffentliche Sitzung\n", "2031-01-20"),
        ("Stadt Nordfeld\nBauA vom 20.01.2031 – nichtöffentliche Sitzung\n", "2031-01-20"),
        # the authority opens the print's head, the sitting's field in the column beside it
        ("Stadt Nordfeld                               Sitzung: 20.01.2031 Rat\n", "2031-01-20"),
        # guard: a short word and a date that are no sitting's
        ("Stadt Nordfeld\nAZ am 20.01.2031 - eingegangen\n", None),
    ],
)
def test_a_print_head_that_names_the_sitting(head: str, date: str | None) -> None:
    text = (
        f"{head}\nTOP 4   Parkgebühren an der Mühle\n        Vorlage Nr. 003/2031\n\n"
        "Die Gebühren werden ab dem 01.04.2031 erhoben.\n\nAbst.: 11 : 4 : 1\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("record", "date"),
    [
        # the record's heading names the body and its sitting's day in parentheses
        ("Wortprotokoll (Werkausschuss, 26.02.2031):", "2031-02-26"),
        ("Protokoll (Werkausschuss am 26.02.2031):", "2031-02-26"),
        # guard: the result's heading so, as it was read already
        ("Abstimmungsergebnis (Werkausschuss am 26.02.2031):", "2031-02-26"),
        # guard: the record of another day than any of the table's names none of them
        ("Wortprotokoll (Werkausschuss, 19.02.2031):", None),
    ],
)
def test_a_records_heading_under_the_paper_names_its_sitting(record: str, date: str | None) -> None:
    text = (
        "Stadt Nordfeld\n\nVorlage - WA/0019/2031\n\nBetreff:        Wassergebühren 2031\n\n"
        "Beratungsfolge:\nDatum        Gremium                      Zuständigkeit   Ergebnis\n"
        "26.02.2031   Werkausschuss                Vorberatung     geändert empfohlen\n"
        "12.03.2031   Stadtrat                     Entscheidung\n\n"
        f"{record}\nDer Werkleiter erläutert die Kalkulation.\n\n"
        "Beschluss:\nDer Werkausschuss empfiehlt dem Stadtrat, die Gebühren zu erhöhen.\n\n"
        "Abstimmungsergebnis:\nJa: 8   Nein: 0\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("sitting", "date"),
    [
        # the deciding sitting's line past the paper's story, its item on the line below
        ("Sitzung des Hauptausschusses am 06.03.2031\nTOP 8.3\n", "2031-03-06"),
        # guard: its item on its line, as it was read already
        ("Sitzung des Hauptausschusses am 06.03.2031   TOP 8.3\n", "2031-03-06"),
        # guard: no item under it, the line is the story's
        ("Sitzung des Hauptausschusses am 06.03.2031\n\n", None),
    ],
)
def test_the_deciding_sittings_line_over_its_item_below(sitting: str, date: str | None) -> None:
    text = (
        "Stadt Nordfeld\nBeschlussvorlage - BV/0457/31\n\nDatum: 10.02.2031\n\n"
        "Beratungsfolge:\n|Status|Gremium|Datum|Zuständigkeit|\n"
        "|Ö|Ausschuss für Bildung, Kultur und Sport|20.02.2031|Vorberatung|\n"
        "|Ö|Hauptausschuss|06.03.2031|Entscheidung|\n\n"
        "Betreff:\nZuschuss an den Ruderclub\n\nBeschlussvorschlag:\n"
        "Der Hauptausschuss beschließt, dem Ruderclub einen Zuschuss zu gewähren.\n\n"
        "Sachverhalt:\nDer Verein unterhält ein Bootshaus. Das Dach ist undicht.\n\n\n"
        f"{sitting}Abstimmungsergebnis:\nJa-Stimmen: 7\nNein-Stimmen: -\nStimmenthaltungen: 3\n"
        "Beschluss: ungeändert beschlossen\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("fields", "date"),
    [
        # the line of the sitting's fields, its number first, over a Beratungsfolge of three
        ("Sitzungsnummer:AUKA/0012/2031   Datum:04.03.2031   Status:öffentlich\n", "2031-03-04"),
        # guard: a paper's date beside its number is no sitting's
        ("Drucksache:2031/214   Datum:04.03.2031   Status:öffentlich\n", None),
    ],
)
def test_the_sittings_fields_over_a_beratungsfolge(fields: str, date: str | None) -> None:
    text = (
        f"Landkreis Nordfeld\nAusschuss für Umwelt und Abfallwirtschaft\n{fields}\nTOP Ö 5\n"
        "Abfallgebührensatzung 2032\n\n|Beratungsfolge|Termin|Zuständigkeit|\n"
        "|Ausschuss für Umwelt und Abfallwirtschaft|04.03.2031|Vorberatung|\n"
        "|Kreisausschuss|25.03.2031|Vorberatung|\n|Kreistag|08.04.2031|Entscheidung|\n\n"
        "Beschluss:\nDer Ausschuss empfiehlt, die Satzung zu beschließen.\n\n"
        "Abstimmungsergebnis: 12 Ja, 2 Nein, 1 Enthaltung\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("fields", "date"),
    [
        # a paper's fields of the body that deals with it and the day, one a line
        (
            "zur Behandlung im:    Ausschuss für Planung und Verkehr\n"
            "am:                   14.10.2031, öffentlich\n",
            "2031-10-14",
        ),
        ("Beratung in:   Gemeinderat\nam:            14.10.2031\n", "2031-10-14"),
        # guard: the day on the body's line, no field of its own
        ("zur Behandlung im:    Ausschuss für Planung und Verkehr\n\n", None),
    ],
)
def test_a_papers_fields_of_its_body_and_day(fields: str, date: str | None) -> None:
    text = (
        "Stadt Nordfeld                                   Vorlage 287/2031\n"
        "Fachabteilung Verkehrsplanung                    Datum 12.09.2031\n\n"
        f"Beschlussvorlage\n\n{fields}\nBetreff:   Bewohnerparken Weststadt\n\n"
        "Beschlussantrag:\n\n1. Der Bericht wird zur Kenntnis genommen.\n"
        "2. Die Zone W3 wird eingerichtet.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("first", "date"),
    [
        # each body's sitting headed in turn, the first a heading of a body's name with words
        # the grammar's heading does not take
        ("Sitzung des Ausschusses für Stadtentwicklung und Bauen am 04.03.2031", None),
        # guard: the same body's sitting, one day: the text's
        ("Sitzung des Ausschusses für Stadtentwicklung und Bauen am 18.03.2031", "2031-03-18"),
    ],
)
def test_sittings_in_turn_headed_by_any_bodys_name(first: str, date: str | None) -> None:
    text = (
        "Vorlage - 2031/0312\n\nBetreff: Neubau einer Sporthalle; Vergabe\n\n"
        "Beschlussvorschlag:\nDer Rat vergibt die Leistung an die Firma Bau GmbH.\n\n"
        f"{first}\nÖ 9\nBeschlussempfehlung: wie Beschlussvorschlag\n"
        "Abstimmungsergebnis: Ja: 9  Nein: 0  Enthaltung: 2\n\n"
        "Sitzung des Verwaltungsausschusses am 18.03.2031\nÖ 4\n"
        "Beschlussempfehlung: wie Beschlussvorschlag\nAbstimmungsergebnis: einstimmig\n"
    )
    assert _date(text) == date


def test_a_sittings_title_over_an_earlier_bodys_sitting_dates_the_text() -> None:
    # guard: the text's own title has no sitting's heading above it
    text = (
        "Sitzung der Stadtverordnetenversammlung am 25.03.2031\n\nTOP 7 Kita-Gebühren\n\n"
        "Beratungsergebnis:\n29. Sitzung des Haupt- und Finanzausschusses am 16.03.2031, TOP 14\n"
        "Empfehlung: einstimmig\n\nBeschluss:\nDie Satzung wird beschlossen.\n\n"
        "Abstimmungsergebnis: einstimmig\n"
    )
    assert _date(text) == "2031-03-25"


@pytest.mark.parametrize(
    ("first", "second", "numbers"),
    [
        # the stages of one item's record, numbered
        ("Abstimmung über die Dringlichkeit", "Beratung und Abstimmung in der Sache", []),
        # guard: an agenda's items titled with their dealing are items
        (
            "Beratung und Beschlussfassung über den Haushalt 2031",
            "Beratung und Beschlussfassung über den Stellenplan",
            ["1.", "2.", "3."],
        ),
    ],
)
def test_the_numbered_stages_of_one_items_record(
    first: str, second: str, numbers: list[str]
) -> None:
    text = (
        "Niederschrift über die Sitzung des Stadtrates am 12.03.2031\n\n"
        f"1. {first}\n\nDer Vorsitzende lässt abstimmen.\n\nAbstimmung: 27 Ja, 6 Nein\n\n"
        f"2. {second}\n\nDie Einreicher begründen den Antrag.\n\nAbstimmung: 19 Ja, 13 Nein\n\n"
        "3. Bauhof, Erwerb eines Radladers\n\nDem Erwerb wird zugestimmt.\n\n"
        "Abstimmung: einstimmig\n"
    )
    assert [cut.number for cut in find_items(text)] == numbers


def test_an_urgency_vote_then_the_vote_in_the_matter() -> None:
    text = (
        "Stadt Nordfeld\nStadtrat\n\nTag der Sitzung: Donnerstag, den 12.03.2031\n\n"
        "TOP 5.1\nDringlichkeitsantrag der CDU-Fraktion\nAntrag Nr.: 087/2031\n\n"
        "1. Abstimmung über die Dringlichkeit\nJa-Stimmen 27 / Nein-Stimmen 6 / "
        "Stimmenthaltungen 2\nDie Dringlichkeit ist festgestellt.\n\n"
        "2. Beratung und Abstimmung in der Sache\nDie Einreicher begründen den Antrag.\n\n"
        "Beschlusstext:\nDer Stadtrat fordert das Land auf, die Geburtshilfe zu erhalten.\n\n"
        "Abstimmungsergebnis:\nJa-Stimmen 19 / Nein-Stimmen 13 / Stimmenthaltungen 3\n\n"
        "Dafür: CDU-Fraktion, SPD-Fraktion\nDagegen: AfD-Fraktion\nEnthaltung: FDP-Fraktion\n"
    )
    result = parse_text(text)
    decisive = [v for v in result.votes if v.decisive]
    assert (result.outcome, [(v.counts.yes, v.counts.no) for v in decisive]) == (
        "approved",
        [(19, 13)],
    )


@pytest.mark.parametrize(
    ("decision", "result", "outcome"),
    [
        # who voted how, under the decision the text states
        (
            "Der Ausschuss empfiehlt der Stadtverordnetenversammlung, den Antrag zu beschließen.",
            "",
            "approved",
        ),
        (
            "Die Antragsteller übernehmen die Änderung. Der Ausschuss empfiehlt der "
            "Stadtverordnetenversammlung, den Antrag mit der vorgenannten Änderung zu beschließen.",
            "",
            "approved_amended",
        ),
        # guard: a result stated apart from the sides decides
        (
            "Der Ausschuss empfiehlt der Stadtverordnetenversammlung, den Antrag zu beschließen.",
            "Der Antrag wurde abgelehnt.\n\n",
            "rejected",
        ),
    ],
)
def test_sides_alone_under_the_decision_the_text_states(
    decision: str, result: str, outcome: str
) -> None:
    text = (
        "Ausschuss für Umwelt und Energie\nSitzung am Montag, 10. März 2031\n\n"
        "TOP 4  Antrag der Fraktion B90/Grüne: Photovoltaik auf Parkplätzen\n\n"
        f"{decision}\n\n{result}Abstimmungsergebnis:\nZustimmung:   B90/Grüne, SPD, FDP\n"
        "Ablehnung:    AfD\nEnthaltung:   CDU\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # an agenda item's title that names what it is for
        ("Ö 1   Mitteilungen zur Kenntnis\n", None),
        ("Bericht der Verwaltung über den Winterdienst zur Kenntnis\n", None),
        # guard: "zur Kenntnisnahme" was no decision already
        ("TOP 2 Bericht der Verwaltung über den Winterdienst zur Kenntnisnahme\n", None),
        # guards: a decision told with its verb
        ("Die Mitteilungen werden zur Kenntnis genommen.\n", "noted"),
        ("Der Ausschuss nimmt den Bericht zur Kenntnis.\n", "noted"),
    ],
)
def test_an_items_title_that_names_its_purpose(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("title", "outcome"),
    [
        # the sitting that took the decisions named within the title
        (
            "Bekanntgabe der in der nichtöffentlichen Sitzung des Stadtrates am 13.02.2031 "
            "gefassten Beschlüsse",
            None,
        ),
        # guard: the title's other form, as it was read already
        (
            "Bekanntgabe von Beschlüssen aus der nichtöffentlichen Sitzung des Stadtrates "
            "vom 13.02.2031",
            None,
        ),
    ],
)
def test_decisions_made_known_under_a_title_that_names_their_sitting(
    title: str, outcome: str | None
) -> None:
    text = (
        "Stadt Nordfeld\nStadtrat – 36. Sitzung\nSitzungstag   27.03.2031\n\n"
        f"TOP Ö 4\n{title}\n\n"
        "Der Oberbürgermeister gibt die folgenden in nichtöffentlicher Sitzung gefassten "
        "Beschlüsse bekannt:\n\nBeschluss-Nr. 0311/2031\nVergabe der Bauleistungen Sporthalle\n"
        "Ergebnis: beschlossen    Ja 24   Nein 0   Enthaltung 2\n\nBeschluss-Nr. 0313/2031\n"
        "Niederschlagung einer Forderung\nErgebnis: abgelehnt\n"
    )
    result = parse_text(text)
    assert (result.outcome, [v for v in result.votes if v.decisive]) == (outcome, [])


@pytest.mark.parametrize(
    ("told", "outcome"),
    [
        # guard: an earlier decision told in the perfect with its day (read null already here:
        # the probe's own text below is the row that failed)
        ("Der Kreistag hat die Teilnahme am Programm des Bundes am 28.06.2029 beschlossen.", None),
        # guard: the sitting's own day
        (
            "Der Ausschuss hat die Teilnahme am Programm des Bundes am 08.05.2031 beschlossen.",
            "approved",
        ),
        # guard: without its day, as it was read already
        ("Der Ausschuss hat die Teilnahme am Programm des Bundes beschlossen.", "approved"),
    ],
)
def test_a_decision_told_in_the_perfect_with_another_day(told: str, outcome: str | None) -> None:
    text = (
        "Kreis Nordfeld                                   Mitteilungsvorlage\n"
        "Abteilung 80 - Wirtschaftsförderung              M 45/2031\n\n"
        "Beratungsfolge                                   Zuständigkeit\n"
        "Ausschuss für Digitales                          Kenntnisnahme\nSitzung am 08.05.2031\n\n"
        "Betreff:\nSachstand Breitbandausbau\n\nMitteilung:\n"
        f"Der Kreis koordiniert den Glasfaserausbau. {told} Zum Stichtag ergibt sich folgender "
        "Stand:\n\n- Förderfähige Adressen: 9.412\n"
    )
    assert parse_text(text).outcome == outcome


def test_the_probes_report_of_an_earlier_decision_decides_nothing() -> None:
    # the forty-fourth probe's report (our own text): "Der Kreistag hat die Teilnahme am …
    # Förderprogramm des Bundes am 28.06.2023 beschlossen (Drucksache 211/2023)."
    text = (PROBES / "fortyfourth" / "FI" / "FI-29.txt").read_text(encoding="utf-8")
    assert parse_text(text).outcome is None


@pytest.mark.parametrize(
    ("last", "outcome"),
    [
        # the last item's votes all inner ones, its own vote cut off
        ("Abstimmung über den Antrag AN-0044/2031:\n\nAbstimmung: Ja: 4, Ne", "approved"),
        # guard: its own vote shown, and rejecting, the items differ
        (
            "Abstimmung über den Antrag AN-0044/2031:\n\nAbstimmung: Ja: 4, Nein: 7 – abgelehnt\n",
            None,
        ),
    ],
)
def test_an_item_whose_votes_are_all_inner_ones_is_no_decision(
    last: str, outcome: str | None
) -> None:
    text = (
        "Stadt Nordfeld\nAusschuss für Planung, Bau und Umwelt\n\n"
        "Termin: Dienstag, 4. März 2031\n\n"
        "Ö 4   Bebauungsplan Nr. 1/29 „Am Hainer Weg“\n      Vorlage: VL-0231/2031\n\n"
        "Beschluss: einstimmig empfohlen\nAbstimmung: Ja: 11, Nein: 0, Enthaltungen: 0\n\n"
        "Ö 5   Antrag der CDU-Fraktion: Quartiersgarage\n      Vorlage: AN-0044/2031\n\n"
        "Abstimmung über den Änderungsantrag ÄA-0012/2031:\nJa: 3, Nein: 8, Enthaltungen: 0 – "
        f"abgelehnt\n\n{last}"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("note", "numbers"),
    [
        # an excerpt's note of the items it holds: they run from its first
        ("(Auszug: TOP 7 und 8)", ["7.", "8.", "9."]),
        # guard: without the note, numbers that do not run from 1 head no items
        ("", []),
    ],
)
def test_an_excerpts_items_run_from_the_first_it_names(note: str, numbers: list[str]) -> None:
    text = (
        "Niederschrift\nüber die 14. Sitzung des Ortsrates am Mittwoch, 4. Juni 2031\n\n"
        f"{note}\n\n7.  Vergabe von Verfügungsmitteln 2031\n    Vorlage 0612/2031\n\n"
        "Beschluss:\nDer Ortsrat bewilligt dem Heimatverein 450 €.\n\n"
        "Abstimmungsergebnis: 9 Ja-Stimmen, 0 Nein-Stimmen, 0 Enthaltungen\n\n"
        "8.  Benennung der Planstraße A\n    Vorlage 0598/2031\n\n"
        "Der Ortsrat ist mit der Benennung einverstanden.\n\n"
        "9.  Mitteilungen der Verwaltung\n(nicht Bestandteil dieses Auszugs)\n"
    )
    assert [cut.number for cut in find_items(text)] == numbers


def test_records_headed_zu_oe_under_the_agenda_are_the_items() -> None:
    text = (
        "Niederschrift über die Sitzung des Bildungsausschusses\nSitzungstermin: 07.10.2031\n\n"
        "Tagesordnung:\nÖ 1   Eröffnung der Sitzung\nÖ 2   Bestätigung der Niederschrift\n"
        "Ö 3   Zuschuss an den Jugendclub      BV/0512/31\n\n"
        "zu Ö 1\nDer Vorsitzende eröffnet die Sitzung.\n\n"
        "zu Ö 2\nDie Niederschrift wird mit 6 Ja-Stimmen bei 1 Enthaltung bestätigt.\n\n"
        "zu Ö 3   Zuschuss an den Jugendclub\nVorlage: BV/0512/31\n"
        "Der Ausschuss empfiehlt, die Beschlussvorlage zu beschließen.\nAbstimmung: 6/1/0\n"
    )
    cuts = find_items(text)
    assert [(cut.number, cut.title, text[cut.start : cut.start + 6]) for cut in cuts] == [
        ("Ö 1", "Eröffnung der Sitzung", "zu Ö 1"),
        ("Ö 2", "Bestätigung der Niederschrift", "zu Ö 2"),
        ("Ö 3", "Zuschuss an den Jugendclub", "zu Ö 3"),
    ]


@pytest.mark.parametrize(
    ("told", "counts"),
    [
        # a committee's recommendation told in the perfect, what it recommended after a comma
        (
            "Der Ausschuss hat dem Stadtrat mit 6 : 3 : 0 empfohlen, dem Antrag nicht zu "
            "entsprechen.",
            (25, 8),
        ),
        # guard: told ending with the verb, as it was read already
        ("Der Ausschuss hat sich mit 6 : 3 : 0 gegen das Anliegen ausgesprochen.", (25, 8)),
    ],
)
def test_a_recommendation_told_in_the_sachverhalt_after_the_vote(
    told: str, counts: tuple[int, int]
) -> None:
    text = (
        "Stadt Nordfeld – Stadtrat\nöffentliche Sitzung am Mittwoch, 26. November 2031\n\n"
        "TOP 9.1   Einwohnerantrag „Erhalt des Freibades als Naturbad“\n"
        "          Vorlage: BV/2031/0456\n\n"
        "Beschluss:\n\nDem Einwohnerantrag wird nicht entsprochen.\n\nAbstimmung: 25 : 8 : 1\n\n"
        f"Sachverhalt:\nDie Vertrauenspersonen wurden im Ausschuss am 05.11.2031 angehört. {told}\n"
    )
    decisive = [v for v in parse_text(text).votes if v.decisive]
    assert [(v.counts.yes, v.counts.no) for v in decisive] == [counts]


@pytest.mark.parametrize(
    ("field", "bodies"),
    [
        # each body's result under the fields of the body and its sitting
        ("Gremium: {body}    Sitzung: {date}    TOP 6", 2),
        # guard: the body and its sitting's words, as they were read already
        ("{body} – Sitzung am {date} – TOP 6", 2),
    ],
)
def test_each_bodys_result_under_its_sittings_fields(field: str, bodies: int) -> None:
    rows = [
        ("Planungsausschuss", "10.09.2031", "dafür 8   dagegen 3"),
        ("Rat", "23.09.2031", "dafür 34   dagegen 16"),
    ]
    results = "\n\n".join(
        field.format(body=body, date=date) + f"\nErgebnis: beschlossen\nAbstimmung: {tally}"
        for body, date, tally in rows
    )
    text = (
        "Drucksache 31-24133\nParkgebührenordnung\n\nBeschluss:\n"
        "Die Verordnung wird beschlossen.\n\nBeratungsergebnisse:\n\n" + results + "\n"
    )
    decided = [item for item in parse_text(text).items if item.outcome == "approved"]
    assert len(decided) == bodies


@pytest.mark.parametrize(
    ("head", "papers"),
    [
        # a gazette's head, the town's name and a column's gap before the issue's number
        (
            "Mitteilungsblatt der Gemeinde Nordfeld-Süd                Nr. 20/2031 – 16. Mai 2031",
            [],
        ),
        # a state's gazette in a sentence
        ("Die Stelle wurde im Staatsanzeiger Nr. 31/2031 öffentlich ausgeschrieben.", []),
        # guard: a paper's number is one
        ("Vorlage Nr. 20/2031", ["20/2031"]),
    ],
)
def test_a_gazettes_issue_number_is_no_paper(head: str, papers: list[str]) -> None:
    text = f"{head}\n\nDer Gemeinderat beschließt die Satzung.\n\nAbstimmung: 15 : 2\n"
    assert references(text) == papers


@pytest.mark.parametrize(
    ("sentence", "papers"),
    [
        # a decision's number after the body and the decision's date
        (
            "Er berichtet über die Strategie (Beschluss des Kreistags vom 24.03.2029, "
            "Nr. 17/2029).",
            [],
        ),
        # a decision's number after a body's letters in two words
        (
            "Vorlage-Nr.: VO/GV Zi/2031/0312          Beschluss-Nr.: GV Zi 45/2031",
            ["VO/GV Zi/2031/0312"],
        ),
        # an audit office's report
        ("Der Prüfbericht RPA 14/2031 enthält keine Einwände.", []),
        # guards: a paper the decision was on, and a paper after a plan's word
        ("Die Verwaltung berichtet (Beschluss zu DS 23-1284).", ["23-1284"]),
        ("Ausführungsplanung\nDS 23/201", ["23/201"]),
    ],
)
def test_numbers_of_decisions_and_reports_are_no_papers(sentence: str, papers: list[str]) -> None:
    assert references(f"{sentence}\n\nDer Ausschuss nimmt den Bericht zur Kenntnis.\n") == papers


@pytest.mark.parametrize(
    ("rule", "date"),
    [
        # the one body's sitting framed by rules over the text's decision
        ("-" * 60, "2031-06-10"),
        # guard: not framed, a line of the story
        ("", None),
    ],
)
def test_a_bodys_sitting_framed_by_rules_over_the_decision(rule: str, date: str | None) -> None:
    text = (
        "Hansestadt Nordfeld\nBeschlussvorlage 2031/0214        Datum: 29.04.2031\n\n"
        "Betreff:\nKita-Gebührensatzung\n\nBeratungsfolge:\n"
        " Gremium                               Sitzungstermin   Behandlung\n"
        " Ausschuss für Jugend und Soziales     22.05.2031       Vorberatung\n"
        " Verwaltungsausschuss                  10.06.2031       Vorberatung\n"
        " Rat der Hansestadt                    19.06.2031       Entscheidung\n\n"
        "Sachverhalt:\nDie Gebühren wurden zuletzt 2029 angepasst.\n\n"
        f"{rule}\nVerwaltungsausschuss - Sitzung vom Dienstag, 10.06.2031 - nichtöffentlich\n"
        f"{rule}\n\nDer Verwaltungsausschuss empfiehlt dem Rat einstimmig, folgenden Beschluss "
        "zu fassen:\n\n1. Die Satzung wird beschlossen.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("field", "date"),
    [
        # a paper's field of the body and the day it is dealt with, under the paper's date
        ("Beratung in: Stadtvertretung, 21.04.2031 (Fragestunde)", "2031-04-21"),
        # guard: the paper's date alone, as it was read (the page of one question)
        ("", "2031-04-07"),
    ],
)
def test_a_papers_field_beratung_in_body_and_day(field: str, date: str) -> None:
    text = (
        "Landeshauptstadt Nordfeld\n\nAnfrage\nDrucksache Nr.: 00231/2031\nStatus: öffentlich\n"
        f"Datum: 07.04.2031\n\nEinreicher: Herr Jens Bartels\n{field}\n\n"
        "Betreff:\nSanierung der Turnhalle\n\nAnfrage:\n1. Wann ist mit der Wiederinbetriebnahme "
        "zu rechnen?\n\nAntwort der Verwaltung:\nIm Herbst.\n"
    )
    assert _date(text) == date
