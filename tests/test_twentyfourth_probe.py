"""Families a twenty-fourth session found in a twenty-fourth blind probe
(``tests/probes/twentyfourth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ratsparse import parse_text
from ratsparse.normalize import clean

PROBE = Path(__file__).parent / "probes" / "twentyfourth"

_HISTORY = (
    "Beratungsfolge:\nDatum        Gremium                      Zuständigkeit\n"
    "12.05.2026   Hauptausschuss               Vorberatung\n"
    "16.06.2026   Stadtrat der Stadt Elsberg   Entscheidung\n\n"
)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the announcing sentence sets the decision's heading apart
        (
            "Landratsamt Elsberg\n\nP r o t o k o l l a u s z u g\n\nDer Kreisausschuss hat in "
            "seiner öffentlichen Sitzung am Montag, "
            "den 9. März 2026, unter\nTOP 4 folgenden\n\nBeschluss Nr. 12/2026\ngefasst:\n\n"
            "Der Kreisausschuss beschließt den Zuschuss.\n",
            "2026-03-09",
        ),
        # an excerpt's print head (body and date) over a Beratungsfolge of several sittings
        (
            "Auszug - Hauptausschuss - 12.05.2026\n\nÖ 4 - Friedhofssatzung\n\n"
            + _HISTORY
            + "Beschluss:\nDer Hauptausschuss empfiehlt die Satzung.\n",
            "2026-05-12",
        ),
        # a running foot with the body's short name and a sheet number
        (
            "3. Der Bürgermeister wird beauftragt, den Plan bekannt zu machen.\n\nJa: 14   "
            "Nein: 0\n\nGemeinde Musterdorf · Niederschrift GR 14.10.2025 öffentl.        "
            "Blatt 3\n",
            "2025-10-14",
        ),
        # a print view's label, the date after a comma, the item after it
        (
            "Druckansicht – Sitzung des Stadtrats, 21.04.2026, TOP Ö 7\nStadt Elsberg\n\n"
            "Hebesätze ab 2027\n\nDer Stadtrat beschließt die Hebesätze.\n",
            "2026-04-21",
        ),
        # a decision sheet: its letter-spaced title word over the sitting's lines
        (
            "Gemeinde Elsberg                          Beschluss-Nr.: 31/7/2026\n\n"
            "                B e s c h l u s s\n\n"
            "        der 7. Sitzung des Gemeinderates der Gemeinde Elsberg\n"
            "                   am 05.05.2026\n\nDer Gemeinderat beschließt die Satzung.\n",
            "2026-05-05",
        ),
        # a paper's page: its Beratungsfolge, its story, then the deciding sitting's line over
        # the item
        (
            "Beschlussvorlage BV 112/2026\n\n" + _HISTORY + "Beschlussvorschlag:\nDer Stadtrat "
            "beschließt die Übertragung der Kita.\n\nBegründung:\nDie Stadt ist Träger von "
            "sieben Kitas.\n\n-----\nSitzung des Stadtrates der Stadt Elsberg vom 16.06.2026"
            "        TOP Ö 9\n\nBeschluss:   einstimmig beschlossen\n",
            "2026-06-16",
        ),
        # a vote's result heading names its sitting, below the paper's story
        (
            "Beschlussvorlage BV/0189/2026\n\n" + _HISTORY + "Beschlussvorschlag:\nDer Stadtrat "
            "versagt das Einvernehmen.\n\nBegründung:\nDas Vorhaben liegt im Außenbereich.\n\n"
            "Abstimmungsergebnis in der Sitzung des Stadtrates am 16.06.2026:\nJa-Stimmen: 24\n"
            "Nein-Stimmen: 0\nStimmenthaltungen: 2\n",
            "2026-06-16",
        ),
        # ... or a committee's result heading with its body, then its sitting
        (
            "Beschlussvorlage Nr. 0412/2026\n\n" + _HISTORY + "Beschlussvorschlag:\nDer Rat "
            "beschließt die Satzung.\n\nBegründung:\nDie Planung ist zu sichern.\n\n"
            "Beratungsergebnis Hauptausschuss, Sitzung am 12.5.26:\n☒ mit Stimmenmehrheit\n",
            "2026-05-12",
        ),
        # a paper for a sitting, its item after the date
        (
            "Stadt Elsberg\nSitzungsvorlage zur Sitzung des Gemeinderats am 22.07.2026 - TOP 9\n\n"
            "Antrag Nr. 26/118\n\nBeratungsfolge:\nSitzungstermin   Gremium      Behandlung\n"
            "02.07.2026       Ausschuss    Vorberatung\n22.07.2026       Gemeinderat  Entscheidung"
            "\n\nDer Gemeinderat möge beschließen:\n1. X.\n",
            "2026-07-22",
        ),
        # a question's answer given in a sitting, below the question's reasons
        (
            "Stadt Elsberg\nStadtverordnetenversammlung\n\nAnfrage\n\nVorlage Nr. 101.19.1123\n\n"
            "Wir fragen den Magistrat:\n1. Wie viele Ladepunkte gibt es?\n\nBegründung:\n"
            "Erfolgt mündlich.\n\nAntwort des Magistrats in der Sitzung der "
            "Stadtverordnetenversammlung am 18. November 2026:\n\nZu 1.: Es gibt 212.\n",
            "2026-11-18",
        ),
        # a header's fields glued into one line
        (
            "Stadt Elsberg\nVorlage: 2026/0123Aufhebung des Bebauungsplanes Nr. 587\n\n"
            "Gremium:Ausschuss für Stadtplanung und UmweltSitzung:19.03.2026\n|\n"
            "Beschluss:mehrheitlich beschlossen\n",
            "2026-03-19",
        ),
        # a gazette's sentence running over an abbreviation of the federal gazette
        (
            "Amtsblatt der Stadt Elsberg\n\nBekanntmachung\n\nDer Rat der Stadt Elsberg hat in "
            "seiner Sitzung am 19.03.2026 den Bebauungsplan Nr. 04.123 gemäß § 10 Abs. 1 BauGB in "
            "der Fassung vom 03.11.2017 (BGBl. I S. 3634) als Satzung beschlossen.\n",
            "2026-03-19",
        ),
        # an excerpt forwarded in an e-mail, its lines quoted; the e-mail's own date is none
        (
            "Betreff: WG: Beschluss Friedhofsgebühren\nVon: Hartmann, Sabine\nDatum: Do, "
            "09.04.2026 10:14\nAn: Ortsvorsteher\n\nanbei der Auszug.\n\n> Stadt Elsberg\n"
            "> Gemeinderat - öffentliche Sitzung am Dienstag, 7. April 2026\n>\n> Beschluss "
            "(einstimmig):\n> Der Gemeinderat beschließt die Satzung.\n",
            "2026-04-07",
        ),
        # a web page's breadcrumb: the body and its sitting's date in one step
        (
            "Ratsinformationssystem\nStartseite > Sitzungen > Stadtrat 23.05.2026 > TOP Ö 9\n\n"
            "Ö 9\nErlass einer Stellplatzsatzung\n\nSachverhalt:\nDie Satzung ist alt.\n",
            "2026-05-23",
        ),
        # a title's sitting over a field that names an earlier decision's date
        (
            "Sitzungsvorlage Nr. 20-26 / V 12658\n\nBekanntgabe in der Sitzung des "
            "Kreisverwaltungsausschusses vom 07.05.2026\nÖffentliche Sitzung\n\nKurzübersicht\n"
            "Anlass\tJährliche Berichterstattung gemäß Stadtratsbeschluss vom 24.07.2019\n",
            "2026-05-07",
        ),
        # a gazette's announcing sentence with the sitting's part before its decisions
        (
            "Bekanntmachung der Beschlüsse des Stadtrates\n\nIn der 31. Sitzung des Stadtrates der "
            "Stadt Elsberg (Bode) am 15.02.2026 wurden im\nöffentlichen Teil folgende Beschlüsse "
            "gefasst:\n\nHaushaltssatzung 2026: beschlossen\n",
            "2026-02-15",
        ),
        # the place first, then the day
        (
            "Protokollauszug\nRat der Gemeinde Elsberg - 14. Sitzung\nOrt/Datum: "
            "Dorfgemeinschaftshaus Elsberg, Mittwoch, 13. Mai 2026, 19.30 Uhr\n\nZu TOP 9:  "
            "Ausbau der Gemeindestraße\n",
            "2026-05-13",
        ),
        # the field's value in the next cell of a table
        (
            "| Stadt Elsberg | | |\n|---|---|---|\n| Beschlussvorlage | Drucksache: | 2026/0149-BV "
            "|\n| Stadtrat | Sitzung am: | 26.11.2026 |\n| | TOP: | Ö 12 |\n",
            "2026-11-26",
        ),
        # the sitting's sentence of its own over the decision
        (
            "Regionalversammlung\n\nDrucksache-Nr.: RV/0098/2026\n\nDie Regionalversammlung hat in "
            "ihrer öffentlichen Sitzung am 3. Dezember 2026\ndie Vorlage beraten. Der Ausschuss "
            "hatte zuvor eine Empfehlung abgegeben.\n\nBeschluss:\nDer Plan wird beschlossen.\n",
            "2026-12-03",
        ),
        # a title's block stops at a paper's line (the motion's own date)
        (
            "Bezirksvertretung Elsberg-Nord\n14. Sitzung der Wahlperiode 2020-2025 am Donnerstag, "
            "2. Juli 2026, 16:00 Uhr\n\nÖffentliche Sitzung - TOP 5.2\n\nSitzbänke am Marktplatz\n"
            "Antrag der SPD-Fraktion in der Bezirksvertretung Nord vom 19.06.2026\n",
            "2026-07-02",
        ),
        # an invitation: "the next sitting" is the one its agenda below is for
        (
            "Öffentliche Bekanntmachung\n\nDie nächste Sitzung des Amtsausschusses findet am\n\n"
            "Donnerstag, dem 3. Dezember 2026, um 18:30 Uhr,\n\nim Sitzungsraum statt.\n\n"
            "Tagesordnung\n\n1. Eröffnung\n",
            "2026-12-03",
        ),
        # an answer given in a sitting, in parentheses below the question's reasons
        (
            "Anfrage\n\nVorlage Nr. 101.19.1187\n\nBegründung: Die Bäume fehlen.\n\nAntwort des "
            "Magistrats\n(mündlich vorgetragen von Stadtbaurat X in der 41. Sitzung der\n"
            "Stadtverordnetenversammlung am Montag, 9. November 2026)\n\nZu 1.: Es sind 39.\n",
            "2026-11-09",
        ),
        # a gazette's correction to its report of a sitting
        (
            "Elsberger Amtsblatt · Nr. 48/2026\n\nBerichtigung\n\nzum Bericht aus der "
            "Gemeinderatssitzung vom 10. November 2026 (Amtsblatt Nr. 47/2026, Seite 5)\n\n"
            "In unserem Bericht ist uns ein Fehler unterlaufen.\n",
            "2026-11-10",
        ),
        # a line listing bodies ("Beratung im Ortsbeirat: 3, 4") is no title over the next
        # line's earlier sitting of another body
        (
            "Beschluss der Stadtverordnetenversammlung vom 15.06.2026, § 3456\n\nDer Vorlage M 87 "
            "wird zugestimmt.\n\nBeratung im Ortsbeirat: 3, 4\n\nVorberatung im Ausschuss für "
            "Mobilität am 05.06.2026:\nAnnahme\n\nAbstimmung in der Stadtverordnetenversammlung:"
            "\nCDU, GRÜNE gegen LINKE (= Ablehnung)\n",
            "2026-06-15",
        ),
    ],
)
def test_meeting_dates(text: str, date: str) -> None:
    found = parse_text(text).meeting.date
    assert found is not None and found.isoformat() == date


def test_a_paper_history_with_each_bodys_result_names_no_one_meeting() -> None:
    # guard: below the story, an excerpt's title without its item (the bodies' results stand in
    # the table) keeps the history's several dates open
    text = (
        "Vorlage - V/2026/512\n\nBeratungsfolge:\n|Datum|Gremium|Ergebnis|\n"
        "|12.05.2026|Hauptausschuss|einstimmig empfohlen|\n"
        "|16.06.2026|Rat der Stadt Elsberg|mehrheitlich beschlossen|\n\n"
        "Beschlussvorschlag:\nDer Rat beschließt X.\n\nSachverhalt:\nDie Stadt plant X.\n\n"
        "Auszug aus der Niederschrift des Rates vom 16.06.2026:\n"
        "Abstimmungsergebnis: Ja 38, Nein 4, Enthaltungen 2\n"
    )
    assert parse_text(text).meeting.date is None


def test_a_course_of_sittings_by_field_names_no_one_meeting() -> None:
    text = (
        "Vorlage  MV/2026/0198\n\nBetreff: Bericht über die Unterbringung\n\nBeratungsfolge:\n"
        "Ausschuss für Soziales\nSitzung: 07.12.2026   TOP Ö 6   Ergebnis:\nStadtrat\n"
        "Sitzung: 13.12.2026   TOP Ö 19   Ergebnis:\n\nSachverhalt:\nDie Stadt hat 2026 …\n"
    )
    assert parse_text(text).meeting.date is None


def test_an_e_mails_quoting_marks_are_read_past() -> None:
    text = (
        "Liebe Nachbarn,\nhier mein Bericht.\n\n>> Sitzung des Ortsbeirates 4\n>>\n"
        ">> * OF 515/4 (CDU): Anwohnerparken\n>>   -> Zustimmung, bei Enthaltung der Fraktion "
        "DIE LINKE\n>>\n>> * Anregung vom 2.10. zur Beleuchtung des Parks\n"
    )
    cleaned = clean(text)
    assert ">" not in cleaned.text.replace("->", "")
    assert clean(cleaned.text).text == cleaned.text  # (cleaning twice changes nothing)
    doc = parse_text(text)
    groups = [g.name for v in doc.votes for g in v.groups.abstain]
    assert groups == ["Fraktion DIE LINKE"]


def test_a_motion_declared_settled_with_consent_is_settled() -> None:
    doc = parse_text(
        "Antrag der Fraktion X: Trinkbrunnen am Markt\n\nDer Vorsitzende fragt, ob der Antrag "
        "damit als erledigt angesehen werden könne.\nDie Fraktion X erklärt den Antrag für "
        "erledigt. Der Ausschuss ist damit einverstanden.\n\nBeschluss:\nDer Antrag VO/2026/0312 "
        "ist erledigt.\n"
    )
    assert doc.outcome == "other"


def test_a_request_not_to_postpone_is_no_motion_to_postpone() -> None:
    doc = parse_text(
        "Gemeinde Elsberg\nSitzung des Gemeinderates vom 15.10.2026\nÖffentlich\n\n"
        "TOP 9   Festlegung der Sitzungstermine für das Jahr 2027\n\n"
        "GR Frey bittet, die Sitzung im Mai nicht weiter nach hinten zu verschieben. Weitere "
        "Wortmeldungen gibt es nicht.\n\nErgebnis:\nDer Gemeinderat ist mit den vorgeschlagenen "
        "Sitzungsterminen einverstanden.\n"
    )
    assert doc.outcome == "approved"


def test_a_rule_named_in_words_changed_by_the_decision_is_no_amendment() -> None:
    doc = parse_text(
        "Beschluss:\n1. Der Erweiterung des Kinderhauses wird zugestimmt.\n2. Die Elternbeiträge "
        "werden um 3,9 % angehoben. Die Satzung über die Benutzung der Kindergärten wird "
        "entsprechend geändert (Anlage 2).\n\nAbstimmungsergebnis: mehrheitlich beschlossen\n"
        "Ja-Stimmen: 14 | Nein-Stimmen: 3 | Enthaltungen: 2\n"
    )
    assert doc.outcome == "approved"


def test_decisions_made_known_in_a_wrapped_sentence_are_another_sittings() -> None:
    doc = parse_text(
        "Auszug aus der Niederschrift über die öffentliche Sitzung des Hauptausschusses\n"
        "vom 16.05.2026\n\nTagesordnungspunkt 2\nBekanntgabe von Beschlüssen aus der "
        "nichtöffentlichen Sitzung vom 18.04.2026, deren\nGeheimhaltungsgründe entfallen sind\n\n"
        "Der Erste Bürgermeister gibt folgende in nichtöffentlicher Sitzung gefasste Beschlüsse\n"
        "bekannt:\n\na) Antrag auf Ankauf eines Grundstücks:\n   Der Antrag wurde mit 4 : 9 "
        "Stimmen abgelehnt.\n\nb) Antrag auf Verlängerung des Pachtvertrags:\n   Dem Antrag "
        "wurde einstimmig zugestimmt.\n"
    )
    assert doc.outcome is None
    assert not any(v.decisive for v in doc.votes)


def test_a_gazettes_list_of_decisions_that_differ_settles_no_one_outcome() -> None:
    doc = parse_text(
        "Aus der Sitzung des Ortsgemeinderates vom 15. April 2026\n\nIn öffentlicher Sitzung "
        "wurden folgende Beschlüsse gefasst:\n\nBauvoranfrage Carport\nDer Ortsgemeinderat "
        "erteilte das gemeindliche Einvernehmen einstimmig.\n\nVergabe Dorfplatz\nDie Arbeiten "
        "wurden an die Firma Stein vergeben. Der Beschluss erfolgte mit 9 Ja-Stimmen bei 2 "
        "Gegenstimmen.\n\nDorferneuerung – Sachstand\nDie Ortsbürgermeisterin informierte über "
        "die Gespräche. Der Rat nahm die Ausführungen zur Kenntnis.\n"
    )
    assert doc.outcome is None


def test_minutes_numbered_by_paragraphs_from_a_question_time_are_items() -> None:
    doc = parse_text(
        "P r o t o k o l l\nüber die öffentliche Sitzung des Gemeinderats\nam Dienstag, "
        "08.10.2026\n\nEinwendungen gegen die Tagesordnung werden nicht erhoben.\n\n"
        "§ 1  Fragestunde für Einwohnerinnen und Einwohner\n\nEs werden keine Fragen gestellt.\n\n"
        "§ 2  Antrag der Fraktion X: Verkehrsschau\n\nBeschluss:\nDer Gemeinderat vertagt die "
        "Beratung des Antrags.\n\nAbstimmungsergebnis: einstimmig\n\n§ 3  Antrag der Fraktion Y: "
        "Mitfahrbänke\n\nBeschluss:\nDie Gemeinde stellt drei Mitfahrbänke auf.\n\n"
        "Abstimmungsergebnis: 13 Ja-Stimmen, 2 Nein-Stimmen, 1 Enthaltung\n"
    )
    assert [item.number for item in doc.items] == ["§ 1", "§ 2", "§ 3"]
    assert [item.outcome for item in doc.items][1:] == ["postponed", "approved"]
    assert doc.outcome is None


def test_a_count_in_two_halves_decides_by_the_whole_count() -> None:
    # the labels of a table flattened into a column: "4 Ja-Stimmen" beside the heading, the
    # rest below it
    doc = parse_text(
        "Abstimmungsergebnis:\t4 Ja-Stimmen\n\t\t\t5 Nein-Stimmen\n\t\t\t0 Enthaltungen\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (4, 5, 0)
    assert doc.outcome == "rejected"
    assert "RP307" not in [d.code for d in doc.diagnostics]


def test_a_list_of_groups_before_their_verb_is_read_whole() -> None:
    doc = parse_text(
        "Der Antrag wird mit 4 Ja-Stimmen abgelehnt. Für den Antrag stimmte die AfD-Fraktion; "
        "SPD, CDU, FDP und die Gruppe Die Linke stimmten dagegen.\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert [g.name for g in vote.groups.no] == ["SPD", "CDU", "FDP", "Gruppe Die Linke"]
    assert [g.name for g in vote.groups.yes] == ["AfD-Fraktion"]  # (the list before leaves them)


def test_a_motion_named_by_its_mover_after_a_procedural_vote_is_that_motion() -> None:
    # the sentence before told its own vote (on ending the debate): "den Antrag der …" names
    # the motion of the item, not the one before
    doc = parse_text(
        "Ratsfrau Ohlendorf beantragt Schluss der Debatte. Der Antrag auf Schluss der Debatte "
        "wird mit großer Mehrheit angenommen; die Rednerliste ist damit geschlossen.\n\n"
        "Der Rat lehnt den Antrag der AfD-Fraktion mit 36 gegen 4 Stimmen bei 2 Enthaltungen ab.\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (4, 36, 2)
    assert doc.outcome == "rejected"


def test_a_quoted_clause_is_a_clause() -> None:
    doc = parse_text(
        "Beschluss:\n1. Der Magistrat wird beauftragt, die Haltestellen auszubauen.\n"
        "„2. Bei allen Baumaßnahmen sind Leitsysteme vorzusehen.“\n\nAbstimmung: einstimmig\n"
    )
    assert [c.number for c in doc.clauses] == ["1", "2"]
    assert doc.clauses[1].text.startswith("Bei allen")


@pytest.mark.parametrize(
    ("text", "references"),
    [
        # the paper word in a table's cell, the number in the next
        ("| Drucksache: | G-24/058 |\n| Betreff: | Radweg |\n", ["G-24/058"]),
        # a seven-digit number with its supplement's suffix
        ("Drucksachen-Nr.: 2610371\nDrucksachen-Nr.: 2610371-01\n", ["2610371", "2610371-01"]),
    ],
)
def test_paper_references(text: str, references: list[str]) -> None:
    assert [r.reference for r in parse_text(text).references] == references


def test_a_vote_heading_names_the_body_voting() -> None:
    doc = parse_text(
        "Beschluss:\nDer Vorlage M 87 wird zugestimmt.\n\nAbstimmung in der "
        "Stadtverordnetenversammlung:\nCDU, GRÜNE, SPD, FDP und Volt gegen LINKE und AfD (= "
        "Ablehnung); BFF-BIG (= Enthaltung)\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert [g.name for g in vote.groups.yes] == ["CDU", "GRÜNE", "SPD", "FDP", "Volt"]
    assert [g.name for g in vote.groups.no] == ["LINKE", "AfD"]
    assert [g.name for g in vote.groups.abstain] == ["BFF-BIG"]


def test_a_count_row_run_together_with_a_conflicted_cell() -> None:
    doc = parse_text(
        "Beschluss:einstimmig beschlossen\nAbstimmungsergebnis:Ja12Nein0Enthaltungen0Befangen0\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (12, 0, 0)
    assert vote.counts.conflicted == 0


def test_an_items_heading_repeated_atop_a_page_opens_no_item() -> None:
    text = "\n".join(
        [
            "Ö 6          Bebauungsplan Nr. 58",
            "",
            "Beschluss:",
            "1)  Die Aufstellung wird beschlossen. Der Gel-",
            "",
            "",
            "",
            "Stadt X – Niederschrift UPV/008/2026 vom 14.03.2026            Seite 7 von 12",
            "",
            "Ö 6 (Fortsetzung)",
            "    tungsbereich ist in der Anlage 1 dargestellt.",
            "2)  Die Verwaltung wird beauftragt, die Behörden zu beteiligen.",
            "",
            "Abstimmungsergebnis:",
            *("Ja", "Nein", "Enthaltung", "9", "2", "1"),
            "",
            "",
            "Ö 7         Mitteilungen der Verwaltung",
            "",
        ]
    )
    doc = parse_text(text)
    assert [item.number for item in doc.items] == ["Ö 6", "Ö 7"]
    six = doc.items[0]
    assert len(six.clauses) == 2
    vote = next(v for v in six.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (9, 2, 1)


def test_a_signature_under_a_result_ends_it() -> None:
    doc = parse_text(
        "Der Vorlage M 131 wird zugestimmt.\nAbstimmung:\nCDU, GRÜNE, SPD und FDP gegen LINKE und "
        "AfD (= Ablehnung); Freie Wähler (= Enthaltung)\nDie Vorsteherin der "
        "Stadtverordnetenversammlung\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert [g.name for g in vote.groups.yes] == ["CDU", "GRÜNE", "SPD", "FDP"]


def test_a_verdict_alone_under_a_heading_is_no_empty_count() -> None:
    # "Annahme" is a count's label too ("Annahme: 12"); alone on its line it is the verdict
    doc = parse_text("Der Vorlage wird zugestimmt.\n\nAbstimmung:\nAnnahme\n")
    assert "RP301" not in [d.code for d in doc.diagnostics]
    assert doc.outcome == "approved"


def test_minutes_items_headed_punkt_alone_on_their_line() -> None:
    doc = parse_text(
        "Niederschrift\nüber die Sitzung des Bauausschusses vom 16. April 2026\n\nPunkt 1\n"
        "Feststellung der Tagesordnung\nDie Tagesordnung wird einstimmig genehmigt.\n\nPunkt 2\n"
        "Bebauungsplan Nr. 58\nAbstimmungsergebnis: Ja 7, Nein 2, Enthaltung 0\n\nPunkt 3\n"
        "Antrag der Gruppe X\nDer Antrag wird einvernehmlich für erledigt erklärt.\n"
    )
    assert [(i.number, i.title) for i in doc.items] == [
        ("Punkt 1", "Feststellung der Tagesordnung"),
        ("Punkt 2", "Bebauungsplan Nr. 58"),
        ("Punkt 3", "Antrag der Gruppe X"),
    ]
    assert doc.outcome is None  # (the items' outcomes differ)


def test_parts_results_under_one_heading_agree_into_one_vote() -> None:
    doc = parse_text(
        "Beschlussvorschlag:\n1.  Der Stadtrat beschließt die Satzung.\n2.  Der Stadtrat nimmt "
        "den Bericht zur Kenntnis.\n3.  Die Beiträge werden festgesetzt.\n\n"
        "Abstimmungsergebnis:\nZiffern 1 und 2:  einstimmig beschlossen\n"
        "                  Ja 27 / Nein 0 / Enthaltung 0\nZiffer 3:         mehrheitlich "
        "beschlossen\n                  Ja 19 / Nein 6 / Enthaltung 2\n"
    )
    parts = [v for v in doc.votes if v.subject is not None]
    assert [(v.subject, v.counts.yes) for v in parts] == [("Ziffern 1 und 2", 27), ("Ziffer 3", 19)]
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.unanimous, vote.counts.yes) == (None, None)  # (what they agree on)
    assert doc.outcome == "approved"
    assert len(doc.clauses) == 3


def test_a_text_cut_in_mid_sentence_after_an_amendments_vote_shows_no_result() -> None:
    doc = parse_text(
        "Beschlussvorschlag:\n1. Der Stadtrat beschließt die Aufstellung des Bebauungsplanes.\n\n"
        "Abstimmung über den Änderungsantrag der Fraktion X:\nJa: 9          Nein: 18          "
        "Enthaltung: 2\nDer Änderungsantrag ist abgelehnt.\n\nFrau Dr. Hofmann begrüßt die "
        "Vorlage und regt an, die Beteiligung auf die Ortschaft auszudehnen, da die Flächen von "
        "dort aus\n"
    )
    assert doc.outcome is None
    assert not any(v.decisive for v in doc.votes)


def test_a_papers_date_under_its_number_field_is_no_meeting_date() -> None:
    text = (
        "Bezirksversammlung Elsberg                                   Drucksachen–Nr.: 21-4817\n"
        "                                                             Datum: 14.03.2026\n"
        "Kleine Anfrage öffentlich\n\nLeerstand des Kundenzentrums\n\nSachverhalt:\nSeit 2025 …\n"
    )
    assert parse_text(text).meeting.date is None


def test_a_compound_papers_date_and_a_note_taken_before_in_the_story() -> None:
    doc = parse_text(
        "Verbandsgemeinde Elsberg\nBeschlussvorlage WL/2026/117\nDatum: 02.05.2026    "
        "Fachbereich 3\n\nBeratungsfolge:\nVerbandsgemeinderat Elsberg        18.06.2026        "
        "Entscheidung\n\nSachverhalt:\nDer Ortsgemeinderat hat den Plan beraten.\n\nDer "
        "Bauausschuss der Verbandsgemeinde hat die Planung zur Kenntnis genommen.\n\n"
        "Beschlussvorschlag:\n1. Der Verbandsgemeinderat beschließt die Änderung.\n2. Die "
        "Verwaltung wird beauftragt, die Beteiligung durchzuführen.\n"
    )
    date = doc.meeting.date
    assert date is not None and date.isoformat() == "2026-06-18"
    assert doc.outcome is None  # (a bare proposal; the committee's note is the story's)


def test_groups_named_after_an_assenting_verb_voted_for() -> None:
    doc = parse_text(
        "Der Antrag wird abgelehnt. Dem Antrag stimmten die Fraktionen DIE LINKE und BÜNDNIS "
        "90/DIE GRÜNEN zu, die Fraktionen CDU, SPD und FDP/FW stimmten dagegen.\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert [g.name for g in vote.groups.yes] == ["DIE LINKE", "BÜNDNIS 90/DIE GRÜNEN"]
    assert [g.name for g in vote.groups.no] == ["CDU", "SPD", "FDP/FW"]


def test_a_column_of_boxes_under_a_status_label_gives_the_ticked_result() -> None:
    doc = parse_text(
        "Beschluss:\n1. Die Satzung wird beschlossen.\n\nAbstimmungsergebnis:\nJa-Stimmen: 28      "
        "Nein-Stimmen: 3      Stimmenthaltungen: 1\n\nBeschlussergebnis:\n☐ gemäß "
        "Beschlussvorschlag\n☒ mit Änderungen (siehe unten)\n☐ abgelehnt\n☐ vertagt / "
        "zurückgestellt\n\nÄnderung:\nIn § 7 werden die Wörter ersetzt.\n"
    )
    assert doc.status is not None and doc.status.text == "mit Änderungen"
    assert doc.outcome == "approved_amended"


def test_a_decision_in_the_form_of_a_replacing_motion_is_amended() -> None:
    doc = parse_text(
        "Antrag der FDP-Fraktion: Radwege\n\nÜber den Ersetzungsantrag wird zuerst abgestimmt.\n\n"
        "Beschluss (in der Fassung des Ersetzungsantrages AN/0087/2026/1):\n1. Die Verwaltung wird "
        "beauftragt, ein Radwegekonzept vorzulegen.\n\nAbstimmungsergebnis: Ja 28 / Nein 9 / "
        "Enthaltung 4\n"
    )
    assert doc.outcome == "approved_amended"


def test_a_result_in_the_papers_earlier_course_is_another_bodys() -> None:
    doc = parse_text(
        "Protokoll:      Bezirksbeirat Elsberg                 Niederschrift-Nr.   6\n\n"
        "Sitzungstermin:       17.04.2026\nBetreff:              Parkraummanagement\n\n"
        "Vorgang:              Ausschuss für Stadtentwicklung vom\n"
        "                      09.04.2026, öffentlich, Nr. 143\n"
        "                      Ergebnis: Vertagung\n\nBeschlussantrag:\n\n1. Dem "
        "Parkraummanagement wird zugestimmt.\n\nDer Bezirksbeirat stimmt dem Beschlussantrag "
        "mehrheitlich bei 2 Gegenstimmen zu.\n"
    )
    assert doc.status is None or doc.status.outcome != "postponed"
    assert doc.outcome == "approved"
