"""Families found in a twenty-seventh blind probe (``tests/probes/twentyseventh``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the sitting's title over a course of its bodies, each line dated first
        (
            "Stadt Elsbach\n\nSitzung des Rates der Stadt Elsbach\nMontag, 22.03.2027, 18:00 Uhr, "
            "Ratssaal\n\nÖ 10   Grundschule\nVorlage: BV 2027/0088\n\nBeratungsverlauf:\n"
            "09.03.2027  Schulausschuss\n            Der Ausschuss empfiehlt einstimmig.\n"
            "16.03.2027  Verwaltungsausschuss\n22.03.2027  Rat\n\nBeschlussvorschlag:\n"
            "1. Der Rat beschließt den Bau.\n",
            "2027-03-22",
        ),
        # a list of the bodies that deliberated before, wrapped onto a line of its own
        (
            "Niederschrift über die 21. Sitzung des Rates der Gemeinde Elsbach\nam Donnerstag, 16. "
            "September 2027, im Bürgersaal\n\nTOP 5   Bebauungsplan\n\nVorberatung: Ausschuss für "
            "Planung am 31.08.2027 (einstimmig empfohlen),\nVerwaltungsausschuss am 07.09.2027 "
            "(empfohlen)\n\nBeschluss:\nDer Rat beschließt den Plan als Satzung.\n",
            "2027-09-16",
        ),
        # a running head with the town and the body
        (
            "Stadt Elsbach - Stadtrat - Niederschrift öffentlicher Teil - 25.01.2027          - 6 -"
            "\n\n\nTOP 7   Solarpark\n\nBeschluss:\nDer Stadtrat beschließt die Aufstellung.\n",
            "2027-01-25",
        ),
        # a gazette's report of what the body did in its sitting
        (
            "Mitteilungsblatt der Gemeinde Elsbach\n\nNeues Fahrzeug\n\nDer Gemeinderat befasste "
            "sich in seiner öffentlichen Sitzung am Montag, 18. Januar 2027, mit der "
            "Ersatzbeschaffung.\n\nDer Auftrag wurde einstimmig vergeben.\n",
            "2027-01-18",
        ),
        # a town's news with its sitting opening the report
        (
            "Elsbacher Nachrichten, Ausgabe 12\n\nIn ihrer Sitzung am Dienstag, 09.03.2027, hat die"
            " Gemeindevertretung die Erweiterung der Kita beschlossen.\n",
            "2027-03-09",
        ),
        (
            "Aus der öffentlichen Sitzung des Gemeinderats\n\nIn der Sitzung am 6. Juli 2027 "
            "informierte der Bürgermeister über die Sanierung.\n",
            "2027-07-06",
        ),
        # a sitting's report, and the lists of its decisions
        (
            "Sitzungsbericht des Ortschaftsrates Nord – öffentliche Sitzung vom 07.10.27\n\n"
            "Bauantrag\nDem Vorhaben wurde einstimmig zugestimmt.\n",
            "2027-10-07",
        ),
        (
            "Beschlussliste über die öffentliche Sitzung des Rates der Stadt Elsbach am 7. "
            "Dezember 2027\n\nTOP 12  Wahl einer Schiedsperson\n\nErgebnis: gewählt\n",
            "2027-12-07",
        ),
        (
            "Beschlussübersicht zur Sitzung am 8. Juli 2027 (Auszug)\n\n| TOP | Gegenstand | "
            "Ergebnis |\n| 31 | Prüfauftrag | zurückgezogen |\n",
            "2027-07-08",
        ),
        # the sitting's fields over a course of two sittings
        (
            "Beschlussantrag   BA-067/2027\nDatum:            01.09.2027\n\nBeratungsergebnis\n"
            "Gremium: Stadtrat   Sitzung: 22.09.2027   TOP: 9.2   Ergebnis: verwiesen\n\n"
            "Beratungsfolge:\nStadtrat                         22.09.2027   Entscheidung   "
            "verwiesen\nAusschuss für Bildung            12.10.2027   Vorberatung\n\n"
            "Beschlussvorschlag:\nDer Stadtrat beschließt ein Konzept.\n",
            "2027-09-22",
        ),
    ],
)
def test_meeting_dates(text: str, date: str) -> None:
    found = parse_text(text).meeting.date
    assert found is not None and found.isoformat() == date


def test_another_bodys_preliminary_result_in_an_agenda_decides_nothing() -> None:
    doc = parse_text(
        "Einladung\n\nzur 12. Sitzung der Gemeindevertretung Elsbach\n\n"
        "Sitzungstermin:   Dienstag, 15.09.2026, 19:30 Uhr\n\nTagesordnung:\n\n"
        "1    Eröffnung\n"
        "2    Neufassung der Friedhofsgebührensatzung                  VO/2026/131\n"
        "     (vorberaten im Ausschuss für Umwelt am\n"
        "     01.09.2026: mehrheitlich empfohlen, 6 Ja / 3 Nein)\n"
        "3    Anfragen\n"
    )
    assert doc.outcome is None
    assert not any(v.decisive for v in doc.votes)


def test_a_papers_course_ends_at_the_next_sections_heading() -> None:
    # the decisions made known below it are no results of the course's bodies
    doc = parse_text(
        "Rat der Stadt Elsbach - 14. Sitzung am 10.12.2026\n\n"
        "TOP Ö 4   Bekanntgabe von Beschlüssen aus nichtöffentlichen Sitzungen\n\n"
        "Vorlage: MV 0219/2026\n\nBeratungsfolge:\n"
        "Gremium                       Datum         Zuständigkeit\n"
        "Rat der Stadt Elsbach         10.12.2026    Kenntnisnahme\n\n"
        "Inhalt der Mitteilung:\nDer Verwaltungsausschuss hat in seiner Sitzung am 12.11.2026 "
        "folgende Beschlüsse gefasst:\n\n1. Vergabe der Rohbauarbeiten\n"
        "   - einstimmig beschlossen -\n"
    )
    assert doc.outcome is None


def test_a_decision_told_in_the_perfect_with_sein_and_its_date_is_another_sittings() -> None:
    doc = parse_text(
        "Bezirksvertretung Nord\n31. Sitzung am Donnerstag, 10. September 2026\n\n"
        "Zu Punkt 6.3\nSachstand Marktplatz\n\nHerr Bezirksbürgermeister verweist auf die "
        "Informationsvorlage.\n\nDer Stadtentwicklungsausschuss ist dem am 09.04.2026 "
        "mehrheitlich gefolgt.\n"
    )
    assert doc.outcome is None


def test_decisions_made_known_under_a_body_and_its_sitting() -> None:
    doc = parse_text(
        "Niederschrift über die öffentliche Sitzung des Stadtrates am 12.10.2026\n\n"
        "TOP 2   Bekanntgabe von in nichtöffentlicher Sitzung gefassten Beschlüssen\n\n"
        "Der Vorsitzende gibt folgende in nichtöffentlicher Sitzung gefasste Beschlüsse\n"
        "bekannt:\n\nBauausschuss, Sitzung vom 21.09.2026\n"
        "a) Ein Antrag auf Stundung von Beiträgen wurde abgelehnt.\n   (Abstimmung 3:6)\n"
    )
    assert doc.outcome is None


def test_a_text_that_breaks_off_in_a_count_label_shows_no_result() -> None:
    doc = parse_text(
        "Beschluss:\n1. Der Stadtrat beschließt die Aufstellung des Bebauungsplanes.\n"
        "2. Der Flächennutzungsplan wird geändert.\n\nAbstimmung:\nAnwesend: 19\nFür den Besch"
    )
    assert doc.outcome is None


def test_a_failed_motion_to_refer_is_no_referral() -> None:
    doc = parse_text(
        "Die Stadtverordnetenversammlung tagte am Donnerstag, dem 12. November 2026.\n\n"
        "Hebesatzsatzung\nDrucksache 10/0312\n\nEin Antrag der SPD, die Vorlage in den "
        "Haupt- und Finanzausschuss zu überweisen, fand keine Mehrheit.\n\nDie Hebesatzsatzung "
        "wurde schließlich mit den Stimmen von CDU und FDP gegen die Stimmen der SPD "
        "beschlossen (21:14:0).\n"
    )
    assert doc.outcome == "approved"


def test_a_blank_line_ends_a_paragraph_that_tells_of_an_earlier_sitting() -> None:
    doc = parse_text(
        "Sitzung der Gemeindevertretung Elsbach, 2. Juli 2026\n\nTOP 9: Solarpark\n\n"
        "Der Ortsbeirat hat sich in seiner Sitzung am 22.06.2026\neinstimmig für das Vorhaben "
        "ausgesprochen.\n\nDer Antrag auf Vertagung wurde mit 17 Ja-Stimmen bei 12 Gegenstimmen "
        "und 2 Enthaltungen angenommen.\n"
    )
    assert doc.outcome == "postponed"
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (17, 12, 2)


def test_a_year_after_fuer_is_no_count() -> None:
    # guard: the amendment's quoted text names a year after "für"
    doc = parse_text(
        'Der Änderungsantrag lautet:\n"Das Fördervolumen wird für 2027 auf 4,5 Mio. € '
        'festgesetzt." Der Änderungsantrag wurde einstimmig angenommen.\n'
    )
    assert all(v.counts.yes != 2027 for v in doc.votes)


def test_a_report_that_opens_with_the_body_sitting_on_its_day() -> None:
    doc = parse_text(
        "Stadtnachrichten\nDonnerstag, 19. November 2026\n\nDie Stadtverordnetenversammlung tagte "
        "am Donnerstag, dem 12. November 2026, im Bürgerhaus.\n\nDie Satzung wurde einstimmig "
        "beschlossen.\n"
    )
    assert doc.meeting.date is not None and doc.meeting.date.isoformat() == "2026-11-12"


def test_a_members_motion_to_postpone_that_failed_postpones_nothing() -> None:
    doc = parse_text(
        "Niederschrift (Auszug)\nüber die Sitzung des Haupt- und Finanzausschusses\nvom "
        "02.06.2026\n\nPunkt 5 der Tagesordnung:\nErwerb eines Grundstücks\n\nStv. Merten "
        "beantragt namens ihrer Fraktion, die Beratung zu vertagen. Dieser Antrag findet keine "
        "Mehrheit (3 : 8 : 0).\n\nDer Ausschuss empfiehlt der Stadtverordnetenversammlung, wie "
        'folgt zu beschließen:\n\n"Dem Erwerb des Grundstücks wird zugestimmt."\n\n'
        "Abstimmung: 7 : 2 : 2\n"
    )
    assert doc.outcome == "approved"


def test_decisions_made_known_from_a_sitting_named_with_its_weekday() -> None:
    doc = parse_text(
        "Sitzung der Stadtverordnetenversammlung vom Donnerstag, 26.02.2026\n\nTOP 5\n"
        "Bekanntgabe von Beschlüssen\n\nDer Vorsitzende gibt bekannt, dass die "
        "Stadtverordnetenversammlung in ihrer Sitzung am Donnerstag, dem 22. Januar 2026, im "
        "nichtöffentlichen Teil folgende Beschlüsse gefasst hat:\n\nBeschluss-Nr. 8-0471/2026\n"
        "Verkauf des Grundstücks Feldweg 4\nbeschlossen (Ja 21, Nein 5, Enthaltung 2)\n\n"
        "Beschluss-Nr. 8-0473/2026\nNiederschlagung einer Forderung\nabgelehnt\n"
    )
    assert doc.outcome is None
    assert not any(v.decisive for v in doc.votes)


def test_a_text_that_ends_at_its_first_count_label_shows_no_result() -> None:
    doc = parse_text(
        "Beschlussvorschlag:\n1. Der Oberbürgermeister wird beauftragt, einen Brunnen zu errichten."
        "\n\nAbstimmungsergebnis zum Änderungsantrag:\nmehrheitlich zugestimmt\n\n"
        "Abstimmungsergebnis zum geänderten Beschlussvorschlag:\nJa-Stimmen:"
    )
    assert doc.outcome is None


def test_a_decision_headed_as_the_substitutes_version_is_amended() -> None:
    doc = parse_text(
        "8.6  Antrag der Fraktion DIE LINKE\n     Sozialticket\n\nAbstimmung über den "
        "Ersetzungsantrag:\nDafür: 31 – Dagegen: 9 – Enthaltung: 4\n\nDer Ersetzungsantrag ist "
        "angenommen.\n\nBeschluss (Fassung des Ersetzungsantrages):\n\n1. Der Oberbürgermeister "
        "wird beauftragt, zu prüfen.\n2. Das Ergebnis ist vorzulegen.\n"
    )
    assert doc.outcome == "approved_amended"


def test_consent_to_a_plan_as_the_meeting_changed_it_is_amended() -> None:
    doc = parse_text(
        "Protokoll der Sitzung des Gemeinderates vom 12.10.2026\n\nTOP 7 Sitzungsplan 2027\n\n"
        "Auf Anregung von GR Maier wird die Junisitzung um eine Woche verschoben. Die Gemeinderäte "
        "sind mit dem so geänderten Sitzungsplan einverstanden. Eine förmliche Abstimmung erfolgt "
        "nicht.\n"
    )
    assert doc.outcome == "approved_amended"


def test_another_bodys_decisions_listed_in_a_report_are_not_items_of_this_text() -> None:
    doc = parse_text(
        "Gemeinde Elsbach\n\nGemeinderat                    Sitzung am 26.01.2027          "
        "          öffentlich\nBeratungsunterlage Nr. 004/2027\n\nTagesordnungspunkt 5\nBericht "
        "über die Verbandsversammlung des Zweckverbandes vom 10.12.2026\n\nSachverhalt:\nDie "
        "Verbandsversammlung hat in ihrer Sitzung am 10.12.2026 folgende Beschlüsse gefasst:\n\n"
        "1. Feststellung der Jahresrechnung 2025 – einstimmig\n2. Wirtschaftsplan 2027 – "
        "mehrheitlich (24 Ja, 3 Nein)\n\nBeschlussvorschlag:\nDer Gemeinderat nimmt den Bericht "
        "zur Kenntnis.\n\nBeschluss:\nDer Gemeinderat nimmt Kenntnis.\n"
    )
    assert doc.meeting.date is not None and doc.meeting.date.isoformat() == "2027-01-26"
    assert doc.outcome == "noted"


def test_each_bodys_result_under_its_dated_subheading_is_its_own() -> None:
    doc = parse_text(
        "Abstimmungsergebnisse im Einzelnen:\nAusschuss für Verkehr, 03.02.2027:\n"
        "Ja: SPD, Grüne | Nein: CDU, AfD | Enthaltung: FDP\n"
        "Stadtverordnetenversammlung, 22.02.2027:\n38 Ja, 24 Nein, 3 Enthaltungen\n"
    )
    counted = next(v for v in doc.votes if v.counts.yes == 38)
    assert not (counted.groups.yes or counted.groups.no or counted.groups.abstain)


def test_a_withdrawn_motion_has_no_vote_of_its_own() -> None:
    doc = parse_text(
        "Gremium: Bezirksverordnetenversammlung Beschlussart: zurückgezogen\n\n"
        "Beschlussempfehlung des Ausschusses vom 24.10.2027:\nDie Bezirksverordnetenversammlung "
        "möge den Antrag ablehnen.\nAbstimmungsergebnis im Ausschuss: 2 Ja / 8 Nein / 1 Enthaltung"
        "\n\nBeschluss\n\nDie Fraktion zieht den Antrag vor der Abstimmung zurück.\n"
    )
    assert doc.outcome == "withdrawn"
    assert not any(v.decisive for v in doc.votes)


def test_a_course_headed_with_its_results_in_a_pipe_table() -> None:
    doc = parse_text(
        "Vorlage Nr. 101.19.1456\nDatum: 06.01.2027\n\nBeratungsfolge / Ergebnisse\n"
        "| Datum      | Gremium                       | Ergebnis                 |\n"
        "|------------|-------------------------------|--------------------------|\n"
        "| 21.01.2027 | Ortsbeirat Mitte              | einstimmig empfohlen     |\n"
        "| 03.02.2027 | Ausschuss für Verkehr         | mehrheitlich empfohlen   |\n"
        "| 22.02.2027 | Stadtverordnetenversammlung   | mehrheitlich beschlossen |\n\n"
        "Beschlussvorschlag / Beschluss:\n1. Die Straße wird Fahrradstraße.\n"
    )
    assert [i.meeting.date.isoformat() for i in doc.items if i.meeting and i.meeting.date] == [
        "2027-01-21",
        "2027-02-03",
        "2027-02-22",
    ]
    assert doc.outcome == "approved"


def test_a_decisions_run_with_weekdays_and_a_wrapped_body() -> None:
    doc = parse_text(
        "Vorlage Nr.:   V2345/27\n\nBeschlusslauf\n"
        "Gremium                    | Sitzung                | Zuständigkeit    | Ergebnis\n"
        "Ortschaftsrat Nord         | Dienstag, 07.09.2027   | Anhörung         | zugestimmt\n"
        "    Ja 7 / Nein 0 / Enthaltung 1\nAusschuss für Stadtentwicklung, Bau und\n"
        "Liegenschaften             | Mittwoch, 22.09.2027   | Vorberatung      | zugestimmt\n"
        "    Ja 10 / Nein 3 / Enthaltung 2\n"
        "Stadtrat                   | Donnerstag, 14.10.2027 | Beschlussfassung | beschlossen\n"
        "\nBeschlusstext:\nDer Stadtrat beschließt den Plan.\n"
    )
    assert [i.title for i in doc.items] == [
        "Ortschaftsrat Nord",
        "Ausschuss für Stadtentwicklung, Bau und Liegenschaften",
        "Stadtrat",
    ]
    assert doc.outcome == "approved"


def test_the_texts_own_sitting_in_a_course_with_a_status_column_has_the_vote_below() -> None:
    doc = parse_text(
        "Auszug aus dem Protokoll\nder Sitzung der Gemeindevertretung Elsbach am 2. März 2027\n\n"
        "TOP 12    Straßenbeleuchtung\nVorlage:  BV/0471/2027\n\nBeratungsfolge:\n"
        "Status | Datum      | Gremium                  | Zuständigkeit | Ergebnis\n"
        "Ö      | 10.02.2027 | Bauausschuss             | Vorberatung   | einstimmig empfohlen\n"
        "Ö      | 17.02.2027 | Finanzausschuss          | Vorberatung   | einstimmig empfohlen\n"
        "Ö      | 02.03.2027 | Gemeindevertretung       | Entscheidung  |\n\n"
        "Beschluss:\nDie Gemeindevertretung beschließt die Vergabe.\n\nAbstimmungsergebnis:\n"
        "gesetzliche Anzahl der Gemeindevertreter/innen: 17\ndavon anwesend: 15\n"
        "Ja-Stimmen: 14\nNein-Stimmen: 0\nStimmenthaltungen: 1\n"
    )
    assert [i.title for i in doc.items] == ["Bauausschuss", "Finanzausschuss", "Gemeindevertretung"]
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (14, 0, 1)


def test_a_committees_result_headed_with_its_date_is_not_this_sittings() -> None:
    doc = parse_text(
        "Gremium: Stadtverordnetenversammlung\nSitzungstermin: Do, 16.09.2027, 17:00 Uhr\n\n"
        "Beschlussvorschlag:\n1. Die Satzung wird beschlossen.\n\nBeratungsergebnis Ausschuss für "
        "Finanzen vom 07.09.2027:\nDer Ausschuss empfiehlt der Stadtverordnetenversammlung mit 8 "
        "Ja-Stimmen, 2 Gegenstimmen und 1 Enthaltung die Annahme.\n\nBeschluss: Annahme\n\n"
        "Abstimmung: mehrheitlich bei Gegenstimmen der AfD-Fraktion\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (None, None, None)


def test_a_roll_call_in_a_table_with_borders_is_counted() -> None:
    doc = parse_text(
        "Namentliche Abstimmung:\nName            | Fraktion   | Votum\n"
        "Frau Adler      | SPD        | Ja\nHerr Böttcher   | CDU        | Ja\n"
        "Herr Dr. Engel  | CDU        | Ja\nHerr Kaden      | AfD        | Nein\n"
        "Herr Ohm        | FDP        | Enthaltung\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (3, 1, 1)


def test_a_weighted_vote_by_member_keeps_its_stated_total() -> None:
    # guard: each member's weight stands in a column; the total below is the vote's
    doc = parse_text(
        "Abstimmung:\n\n| Verbandsmitglied      | Stimmen | Stimmabgabe |\n"
        "| Stadt Elsbach         | 12      | Ja          |\n"
        "| Gemeinde Nordheim     | 8       | Nein        |\n"
        "| Gemeinde Südheim      | 5       | Ja          |\n\n"
        "Ergebnis: 17 Ja-Stimmen, 8 Nein-Stimmen.\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no) == (17, 8)


def test_a_table_of_several_votes_one_a_row() -> None:
    doc = parse_text(
        "Beratungsergebnis\n\n|Abstimmung                     |Ja  |Nein|Enth.|Ergebnis     |\n"
        "|-------------------------------|----|----|-----|-------------|\n"
        "|Änderungsantrag 07/0331.1      |17  |19  |3    |abgelehnt    |\n"
        "|Änderungsantrag 07/0331.2      |22  |14  |3    |angenommen   |\n"
        "|Vorlage in geänderter Fassung  |30  |6   |3    |beschlossen  |\n"
    )
    assert [(v.counts.yes, v.outcome) for v in doc.votes] == [
        (17, "rejected"),
        (22, "approved"),
        (30, "approved"),
    ]
    assert doc.outcome == "approved_amended"
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (30, 6, 3)
