"""Families a twenty-first session found in a twenty-first blind probe (SessionNet excerpts,
ALLRIS pages of the north and east, gazettes of small Gemeinden, minutes of Nordrhein-Westfalen
and Niedersachsen, the large towns' own systems, the city-states, several votes of which one
decides, terse and odd exports: ``tests/probes/twentyfirst``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ratsparse import parse_text
from ratsparse.items import find_items
from ratsparse.normalize import clean


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a decision heading that names the text's version, over a vote cut off by the export
        (
            "Beschluss (in der ergänzten Fassung):\n\n1. Der Rat fordert den Träger auf, die "
            "Station zu erhalten.\n2. Der Rat bittet das Land um Hilfe.\n\nAbstimmungsergebnis:"
            "\nJa: 31, Nein: 4, Enthal",
            None,
        ),
        # a status the vocabulary does not know, and no vote: no outcome of its own
        (
            "Sitzung: 11.06.2024\nBeschluss: Bekanntgabe\n\nDer Bürgermeister gibt die in "
            "nichtöffentlicher Sitzung gefassten Beschlüsse bekannt.\n",
            None,
        ),
        (
            "Sitzung: 11.06.2024\nBeschlussart: (ohne)\n\nDie Verwaltung berichtet über den "
            "Stand der Arbeiten am Radweg.\n",
            None,
        ),
        # (guard) a status it knows to settle the item otherwise
        ("Beschlussart: erledigt\n\nDie Verwaltung berichtet über den Stand.\n", "other"),
        # consent to a list as the meeting changed it, under a status that only approves
        (
            "Beschlussart: beschlossen\n\nErgebnis:\nDer Ausschuss ist mit der Prioritätenliste "
            "mit der in der Sitzung vorgenommenen Änderung (Tausch der Positionen 3 und 5) "
            "einverstanden. Eine förmliche Abstimmung erfolgt nicht.\n",
            "approved_amended",
        ),
        # a gazette's statute, announced with the sitting and its article
        (
            "Haushaltssatzung der Ortsgemeinde Adenbach für das Jahr 2025\n\nDer Ortsgemeinderat "
            "hat in der Sitzung am 11.03.2025 folgende Haushaltssatzung beschlossen, die hiermit "
            "bekannt gemacht wird:\n\n§ 1 Ergebnishaushalt\nDie Erträge werden auf 1.200.000 "
            "EUR festgesetzt.\n\n§ 2 Kredite\nKredite werden nicht veranschlagt.\n",
            "approved",
        ),
        # the proposal as the meeting extended it ("den wie folgt ergänzten Beschlussvorschlag")
        (
            "Der Gemeinderat beschloss ohne Gegenstimmen bei einer Enthaltung den wie folgt "
            "ergänzten Beschlussvorschlag:\n\n1. Die Beiträge werden erhöht.\n2. Für das dritte "
            "Kind wird kein Beitrag erhoben.\n",
            "approved_amended",
        ),
        # the decided text refers the motion; the result below it opens in lower case
        (
            "Beschluss:\n\nDer Antrag der Fraktion Die Linke wird zur weiteren Beratung an den "
            "Umweltausschuss verwiesen.\n\n- bei einer Enthaltung einstimmig beschlossen -\n",
            "referred",
        ),
        (
            "Beschluss:\n\nDer Antrag wird in den Bauausschuss verwiesen.\n\nbei zwei "
            "Enthaltungen einstimmig beschlossen\n",
            "referred",
        ),
        # a clause that changes an ordinance is what the text decides, not a change to it
        (
            "Beschluss:\n1. Die Gebühren werden zum 01.07.2025 angehoben; die "
            "Parkgebührenordnung wird entsprechend geändert.\n2. Die Ausweise kosten 120 EUR."
            "\n\nAbstimmungsergebnis: einstimmig\n",
            "approved",
        ),
        # a company's name ends no sentence: the dated decision stays one sentence
        (
            "Vorlage - 2025/0017\n\nBetreff:        Ausbau der Glasfaser - Sachstand\n\n"
            "Sachverhalt:\n\nDer Verwaltungsausschuss hat am 10.12.2024 dem Vertrag mit der "
            "Glasfaser\nNordwest GmbH & Co. KG zugestimmt (Vorlage 2024/0388). Danach wird das "
            "Unternehmen bis\nEnde 2026 rund 2.300 Haushalte anschließen.\n",
            None,
        ),
        # decisions of an earlier sitting made known, the sitting named in the title's line
        (
            "Ratsversammlung\nSitzung am Mittwoch, 13.11.2024\n\nTOP 4\nBekanntgabe von "
            "Beschlüssen aus der nichtöffentlichen Sitzung der Ratsversammlung vom 16.10.2024\n\n"
            "Der Oberbürgermeister gibt folgende in nichtöffentlicher Sitzung gefasste Beschlüsse "
            "bekannt:\n\n1. VIII-DS-00312\nVerkauf eines Grundstücks\nbeschlossen (einstimmig)"
            "\n\n2. VIII-DS-00287\nEntsendung in den Aufsichtsrat\nbeschlossen (Ja 44 / Nein 6 / "
            "Enthaltung 9)\n",
            None,
        ),
        # Berlin's status of a motion replaced in the meeting
        (
            "Auszug aus der 34. Sitzung der BVV am 24.04.2024\nBeschlussart: ersetzt "
            "beschlossen\n\nBeschluss:\nDas Bezirksamt wird ersucht, kühle Orte zu öffnen.\n",
            "approved_amended",
        ),
        # "no decisions were taken" is no rejection
        (
            "Beschluss-Nr. 43/2024\nDer Gemeinderat nimmt die Spenden an.\nAbstimmungsergebnis: "
            "einstimmig (13 Ja)\n\nBeschlüsse in nichtöffentlicher Sitzung wurden nicht "
            "gefasst.\n",
            "approved",
        ),
    ],
)
def test_outcome(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


def test_the_sitting_with_its_article_dates_a_gazette_statute() -> None:
    text = (
        "Der Ortsgemeinderat hat auf Grund von § 95 GemO in der Sitzung am 11.03.2025 folgende "
        "Haushaltssatzung beschlossen:\n\n§ 1 Ergebnishaushalt\nDie Erträge werden "
        "festgesetzt.\n"
    )
    meeting = parse_text(text).meeting
    assert meeting is not None and meeting.date == dt.date(2025, 3, 11)


MINUTES = (
    "Niederschrift über die Sitzung des Bauausschusses am 16. April 2024\n\n"
    "Tagesordnung:\n"
    "1.   Eröffnung, Feststellung der Beschlussfähigkeit\n"
    "2.   Bauvoranfrage Lindenweg 4 - Vorlage: VO/2024/112\n"
    "3.   Mitteilungen der Verwaltung\n\n"
    "zu 1. Eröffnung, Feststellung der Beschlussfähigkeit\n"
    "Der Vorsitzende eröffnet die Sitzung.\n\n"
    "zu 2. Bauvoranfrage Lindenweg 4\n"
    "Beschluss:\nDas Einvernehmen wird erteilt.\n\nAbstimmungsergebnis: 9 : 0 : 0\n\n"
    "zu 3. Mitteilungen der Verwaltung\n"
    "Der Ausschuss nimmt die Mitteilungen zur Kenntnis.\n"
)


def test_records_headed_zu_n_after_the_agenda_are_the_items() -> None:
    # "1. Eröffnung, Feststellung …" is the first item, not a member's "Surname, Firstname"
    cuts = find_items(clean(MINUTES).text)
    assert [c.number for c in cuts] == ["1.", "2.", "3."]
    assert all(MINUTES[c.start :].startswith("zu ") for c in cuts)
    res = parse_text(MINUTES)
    assert [i.outcome for i in res.items] == [None, "approved", "noted"]
    assert res.outcome is None  # approved and noted: the agreement rule


def test_a_member_list_is_no_agenda() -> None:
    # (guard) "Surname, Firstname" lines stay a list of names
    text = (
        "Niederschrift\n\nAnwesend:\n1. Brüggemeier, Ulrich\n2. Kaiser, Anna\n3. Lorenz, Jan\n\n"
        "Beschluss:\nDer Antrag wird angenommen.\n"
    )
    assert find_items(clean(text).text) == ()


def test_minutes_in_parts_numbered_from_one_again() -> None:
    text = (
        "Protokoll der öffentlichen Sitzung des Bezirksausschusses am 9. Juli 2024\n\n"
        "I. Allgemeines\n\n1. Begrüßung, Feststellung der Beschlussfähigkeit\n\nDie Vorsitzende "
        "begrüßt die Anwesenden.\n\n2. Genehmigung des Protokolls\n\nAbstimmung: einstimmig "
        "genehmigt.\n\nIII. Anträge\n\n1. BA-Antrag Nr. 20-26 / B 06911: Fahrradständer\n\n"
        "Abstimmung: 19:6:2 angenommen\n\n2. BA-Antrag Nr. 20-26 / B 06915: Trinkbrunnen\n\n"
        "Abstimmung: einstimmig angenommen\n"
    )
    cuts = find_items(clean(text).text)
    assert [c.number for c in cuts] == ["1.", "2.", "1.", "2."]
    assert parse_text(text).outcome == "approved"


def test_who_voted_how_over_a_majority_s_result_line() -> None:
    # (guard: a blank line now ends the sentence before the result line, which must not cost
    # the groups)
    text = (
        "Beschluss:\nDie Bezirksvertretung lehnt den Antrag mit den Stimmen der SPD-Fraktion "
        "und der CDU-Fraktion gegen die Stimmen der Fraktion Die Linke ab.\n\n"
        "- mit Mehrheit abgelehnt -\n"
    )
    res = parse_text(text)
    vote = next(v for v in res.votes if v.decisive)
    assert res.outcome == "rejected"
    assert [g.name for g in vote.groups.no] == ["SPD-Fraktion", "CDU-Fraktion"]
    assert [g.name for g in vote.groups.yes] == ["Fraktion Die Linke"]


@pytest.mark.parametrize(
    ("second", "outcome", "unanimous", "counts"),
    [
        # the parts agree on the outcome only
        (
            "Ja: 27   Nein: 9   Enthaltung: 0\nmehrheitlich gegen die Stimmen der CDU-Fraktion "
            "beschlossen",
            "approved",
            None,
            (None, None, None),
        ),
        # they agree on more
        ("einstimmig", "approved", True, (None, None, None)),
    ],
)
def test_parts_voted_one_by_one_agree_on_the_text_s_vote(
    second: str, outcome: str, unanimous: bool | None, counts: tuple[int | None, ...]
) -> None:
    text = (
        "Beschluss:\n\n1. Der Rat beschließt das Konzept.\n2. Die Gebühren werden angehoben.\n"
        "3. Die Ausweise kosten 120 EUR.\n\nAbstimmungsergebnis zu Ziffer 1:\neinstimmig\n\n"
        f"Abstimmungsergebnis zu den Ziffern 2 und 3:\n{second}\n"
    )
    res = parse_text(text)
    decisive = [v for v in res.votes if v.decisive]
    assert len(decisive) == 1 and len(res.votes) == 3
    vote = decisive[0]
    assert (res.outcome, vote.unanimous) == (outcome, unanimous)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts
    assert not (vote.groups.yes or vote.groups.no or vote.groups.abstain)


def test_the_item_s_number_before_an_excerpt_s_title() -> None:
    text = (
        "Drucksache - DS/1134/VI\n\nÖ 9.3 Auszug aus der 34. Sitzung der BVV "
        "Friedrichshain-Kreuzberg am 24.04.2024\nBeschlussart: beschlossen\n"
    )
    meeting = parse_text(text).meeting
    assert meeting is not None and meeting.date == dt.date(2024, 4, 24)


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        # a session's number after its dated sitting, or in ALLRIS's title between dashes
        (
            "Stadtrat Jena\nöffentliche Sitzung vom 15.05.2024 (SR/031/2024)\n\n"
            "Beschlussvorlage 24/0187-BV\n",
            ["24/0187-BV"],
        ),
        (
            "Ausschuss für Jugend, Sport und Soziales - JSS/005/2024 - 19.06.2024\n\n"
            "Vorlage: BV/112/2024\n",
            ["BV/112/2024"],
        ),
        # the group that moved it, before the number
        ("Änderungsantrag SPD 0311/XIX-1 zur Drucksache 0311/XIX\n", ["0311/XIX-1", "0311/XIX"]),
        # a gazette's issue closing its volume's line
        (
            "Amtsblatt des Landkreises\n34. Jahrgang       Nordhausen, den 19. Juli 2024       "
            "Nr. 14/2024\n\nBeschlussvorlage 2024/0218\n",
            ["2024/0218"],
        ),
        # an amendment numbered after its paper; the group's name of three words before it
        (
            "Der Änderungsantrag der Fraktion Bürger für Jena (24/2567-BV-ÄA-01) wurde "
            "abgelehnt.\n",
            ["24/2567-BV-ÄA-01"],
        ),
        # the paper word and "nummer" in one
        ("Beratungsgrundlage:\nDrucksachennummer: 8123/2020-2025\n", ["8123/2020-2025"]),
        # an office's letters in lower case at their end; a kind and a body's short name
        (
            "Vorlage: GVLu/24/041\n\nVorlage: GV Suk/2024/0412\n",
            ["GVLu/24/041", "GV Suk/2024/0412"],
        ),
        # "Nr" without its full stop is no prefix
        ("Vorlage Nr 12/2024\n", ["12/2024"]),
    ],
)
def test_references(text: str, refs: list[str]) -> None:
    assert [r.reference for r in parse_text(text).references] == refs


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # an agenda's line of the minutes, its number in a column before it, is no title
        (
            "Niederschrift\nüber die Sitzung des Schulausschusses vom Dienstag, 21. Januar 2025\n"
            "\nTagesordnung\n\n1   Eröffnung\n2   Niederschrift über die Sitzung vom 26.11.2024"
            "\n\nBeschluss: einstimmig\n",
            "2025-01-21",
        ),
        # SessionNet's print view with its TOP word; ALLRIS's body, session and date
        (
            "10.12.2024 - TOP Ö 5.3   Förderrichtlinie\n\nBeschluss:\nDer Rat beschließt.\n",
            "2024-12-10",
        ),
        (
            "Ausschuss für Jugend, Sport und Soziales - JSS/005/2024 - 19.06.2024\n\nBeschluss: "
            "einstimmig empfohlen\n",
            "2024-06-19",
        ),
        # a news page's sitting in prose ("tagte")
        (
            "Am Mittwoch, dem 6. März 2024, tagte der Ortsgemeinderat im Gemeindehaus.\n\n"
            "Der Rat ist mit dem Vorschlag einverstanden.\n",
            "2024-03-06",
        ),
        # a list of a sitting's decisions, numbered in a gazette; a BVV's sheet of results
        (
            "Amtsblatt\n\n1. Beschlüsse des Kreistages aus der öffentlichen Sitzung vom 09.07.2024"
            "\n\nBeschluss-Nr. 2024/KT/031\nDer Kreistag stimmt zu.\n",
            "2024-07-09",
        ),
        (
            "Beschlüsse und Abstimmungsergebnisse der 31. Tagung\nDonnerstag, 14. März 2024, "
            "Rathaus Köpenick\n\nTOP 5.1   Antrag\nErgebnis: angenommen\n",
            "2024-03-14",
        ),
    ],
)
def test_meeting_date(text: str, date: str) -> None:
    meeting = parse_text(text).meeting
    assert meeting is not None and meeting.date == dt.date.fromisoformat(date)


def test_parts_named_without_a_preposition_and_numbered_in_three_digits() -> None:
    text = (
        "Beschluss:\n\n001  Der Stadtrat beschließt den Schulnetzplan.\n\n002  Die Grundschule "
        "wird weitergeführt.\n\nAbstimmung Beschlusspunkt 001:\nJa 41 / Nein 0 / Enthaltung 0"
        "\n- einstimmig beschlossen -\n\nAbstimmung Beschlusspunkt 002:\nJa 30 / Nein 9 / "
        "Enthaltung 2\n- mehrheitlich beschlossen -\n"
    )
    res = parse_text(text)
    assert [c.number for c in res.clauses] == ["001", "002"]
    assert [v.subject for v in res.votes[:2]] == ["Beschlusspunkt 001", "Beschlusspunkt 002"]
    vote = next(v for v in res.votes if v.decisive)
    assert (res.outcome, vote.unanimous, vote.counts.yes) == ("approved", None, None)


def test_records_headed_zu_n_alone_on_their_line() -> None:
    text = (
        "Niederschrift über die Sitzung des Stadtrates am Donnerstag, dem 19. September 2024\n\n"
        "Tagesordnung:\n1.  Eröffnung\n2.  Einwohnerfragestunde\n3.  Bürgerbudget\n\n"
        "Zu 1.\nDer Vorsitzende eröffnet die Sitzung.\n\nZu 2.\nEin Einwohner fragt nach der "
        "Brücke.\n\nZu 3.\nDer Antrag wird mit 23 Ja-Stimmen, 1 Nein-Stimme und 2 Enthaltungen "
        "angenommen.\n\nZu Punkt 4:\nDie Verwaltung berichtet. Der Rat nimmt den Bericht zur "
        "Kenntnis.\n"
    )
    cuts = find_items(clean(text).text)
    assert [c.number for c in cuts] == ["Zu 1", "Zu 2", "Zu 3", "Zu Punkt 4"]
    res = parse_text(text)
    assert [i.outcome for i in res.items] == [None, None, "approved", "noted"]


def test_an_amendment_s_vote_beside_a_withdrawal_decides_nothing() -> None:
    text = (
        "Beschlussart: zurückgezogen\n\nAbstimmung über den Änderungsantrag der WHU-Fraktion:\n"
        "Ja-Stimmen: 17   Nein-Stimmen: 12   Enthaltungen: 2\nDer Änderungsantrag ist angenommen."
        "\n\nDie FDP-Fraktion zieht ihren Antrag daraufhin zurück.\n"
    )
    res = parse_text(text)
    assert res.outcome == "withdrawn"
    assert not any(v.decisive for v in res.votes)


def test_a_motion_to_debate_a_report_is_procedure() -> None:
    text = (
        "Ergebnis: zur Kenntnis genommen\n\nAbstimmung über den Antrag auf Aussprache:\n21 "
        "Ja-Stimmen, 27 Nein-Stimmen, 0 Enthaltungen\nDer Antrag ist abgelehnt.\n\nDie "
        "Ratsversammlung nimmt die Mitteilung ohne Aussprache zur Kenntnis.\n"
    )
    res = parse_text(text)
    assert res.outcome == "noted"
    vote = next(v for v in res.votes if v.decisive)
    assert vote.counts.yes is None


def test_an_answer_s_zu_n_is_no_item() -> None:
    # (guard) "Antwort der Verwaltung:" over "Zu 1.:" / "Zu 2.:": answers to questions, while
    # minutes' "zu 1.:" / "zu 2.:" are their items
    answer = (
        "Anfrage:\n1. Wie hoch sind die Entgelte?\n2. Wer entscheidet?\n\nAntwort der "
        "Verwaltung:\nZu 1.:\nDie Entgelte steigen.\n\nZu 2.:\nDie Verbandsversammlung.\n"
    )
    assert find_items(clean(answer).text) == ()
    minutes = (
        "Niederschrift\n\nTagesordnung:\n1.  Eröffnung\n2.  Anträge zur Tagesordnung\n\n"
        "zu 1.:\nDer Bürgermeister eröffnet die Sitzung.\n\nzu 2.:\nWiderspruch erhebt sich "
        "nicht.\n"
    )
    assert [c.number for c in find_items(clean(minutes).text)] == ["zu 1", "zu 2"]


def test_a_second_field_on_the_sitting_s_line_is_no_body() -> None:
    meeting = parse_text(
        "Sitzung: Mi, 17.06.2026            Status: öffentlich\nBeschluss: beschlossen\n"
    ).meeting
    assert meeting is not None
    assert (meeting.date, meeting.body) == (dt.date(2026, 6, 17), None)


def test_a_count_read_again_on_its_own_keeps_who_voted_how() -> None:
    text = (
        "Beschluss:\nDer Punkt wird vertagt.\n\nAbstimmungsergebnis: 11 Ja-Stimmen, 9 "
        "Nein-Stimmen, 1 Enthaltung\nDie CDU-Fraktion stimmte geschlossen gegen die Vertagung.\n"
    )
    vote = next(v for v in parse_text(text).votes if v.decisive)
    assert (vote.counts.yes, [g.name for g in vote.groups.no]) == (11, ["CDU-Fraktion"])


def test_a_surname_cut_from_its_first_name_in_a_roll_call_is_a_person() -> None:
    text = (
        "Namentliche Abstimmung:\nMit Ja stimmten: Albrecht (CDU), Bartel (SPD), Fiedler (SPD), "
        "Schulz, Ute (SPD), Voigt (SPD)\nMit Nein stimmten: Arndt (PDS), Bauer (PDS), Engel "
        "(PDS), Schulz, Karl (PDS)\n\n21 Ja-Stimmen, 16 Nein-Stimmen, 2 Stimmenthaltungen\n"
    )
    for vote in parse_text(text).votes:
        for side in (vote.groups.yes, vote.groups.no):
            assert all(g.kind == "person" for g in side), side


def test_a_count_table_is_no_sentence_of_the_paragraph_after_it() -> None:
    # the other body's dated recommendation told after a blank line does not make the table
    # another meeting's
    text = (
        "Sitzung des Rates\nSitzungsdatum: Montag, 16.12.2024\n\nBeschluss: geändert "
        "beschlossen\n\nAbstimmungsergebnis:\n  Ja-Stimmen:     36\n  Nein-Stimmen:    0\n"
        "  Enthaltungen:    3\n  Befangen:        -\n\nHerr Bürgermeister stellt fest, dass der "
        "Ausschuss die Vorlage am 26.11.2024 einstimmig empfohlen hat.\n"
    )
    vote = next(v for v in parse_text(text).votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (36, 0, 3)


def test_a_thing_later_in_a_list_of_groups_is_no_group() -> None:
    text = (
        "Abstimmung:\nDer Ausschuss empfiehlt der Bezirksversammlung einstimmig bei Enthaltung "
        "der AfD-Fraktion, den Antrag zu beschließen.\n"
    )
    vote = next(v for v in parse_text(text).votes if v.decisive)
    assert [g.name for g in vote.groups.abstain] == ["AfD-Fraktion"]
