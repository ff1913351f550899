"""Families a twentieth session found in a twentieth blind probe (pages saved by a scraper,
Niedersachsen, Bremen and Hamburg, Nordrhein-Westfalen, Bayern, Baden-Württemberg with
Rheinland-Pfalz and the Saarland, the eastern Länder, Hessen and Schleswig-Holstein, outcomes that
are hard to tell: ``tests/probes/twentieth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import datetime as dt

import pytest

from ratsparse import parse_text


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a motion overtaken by events, with the word that says how
        (
            "Wortprotokoll\nDer Vorsitzende stellt fest, dass der Rat unter TOP 7 den Hebesatz "
            "festgesetzt hat. Der Antrag der WIR-Fraktion hat sich damit erledigt.\n",
            "other",
        ),
        # a result form's ticked row that departs from the proposal, with its remark
        (
            "Beschlussvorschlag:\n1. Der Plan wird beschlossen.\n\nAbstimmungsergebnis:   Ja: 21"
            "   Nein: 6   Enthaltung: 5\n\nBeschluss:\n[ ] wie Beschlussvorschlag\n[X] abweichend "
            "vom Beschlussvorschlag (siehe Anmerkung)\n[ ] abgelehnt\n",
            "approved_amended",
        ),
        # a Beratungsfolge heading its columns: a row's planned handling is no result
        (
            "Stellungnahme der Verwaltung   25-10012-01\n\nBeratungsfolge        Sitzungstermin   "
            "Status\nStadtbezirksrat 120 Ostviertel (zur Kenntnis)   05.09.2025   Ö\n\n"
            "Sachverhalt:\nZur Anfrage nimmt die Verwaltung wie folgt Stellung: Die Geräte "
            "werden ersetzt.\n",
            None,
        ),
        # a request the adopted text cannot meet, with a modal verb
        (
            "Beschluss:\nDer Beirat Nordufer kann dem Bürgerantrag in der vorliegenden Form nicht "
            "entsprechen.\n\nAbstimmungsergebnis: einstimmig\n",
            "rejected",
        ),
        # the status under a label of two words, over a declaration taken note of
        (
            "TOP 7\nAntrag der Fraktion\n\nBeschluss / Ergebnis: zurückgezogen\n\nDie Fraktion "
            "erklärt, dass der Antrag zurückgezogen werde. Der Rat nimmt die Erklärung zur "
            "Kenntnis.\n",
            "withdrawn",
        ),
        # the administration's advice in the Sachverhalt decides nothing
        (
            "Sachverhalt:\nDie Verwaltung hat drei Varianten untersucht. Empfohlen wird "
            "Variante 1.\n\nBeschlussvorschlag:\nDer Gemeinderat beschließt die Satzung.\n",
            None,
        ),
        # a vote table by body printed one cell a line, with no verdict beside it
        (
            "Beschlussvorschlag (Antrag der Fraktion):\nDer Gemeinderat beauftragt die "
            "Verwaltung, X einzuführen.\n\nAbstimmungsergebnis:\n\nGremium\n\tJa\n\tNein\n\t"
            "Enthaltung\n\tBefangen\nGemeinderat\n\t9\n\t17\n\t1\n\t0\n",
            "rejected",
        ),
        # votes on amendments that name the clause they change are no parts voted separately
        (
            "Beschluss (in der geänderten Fassung):\n\n1. Brunnen werden errichtet.\n\n2. Die "
            "Kosten werden veranschlagt.\n\nAbstimmung über den Änderungsantrag 2025/AN/0101-01 "
            "der CDU-Fraktion\n(Streichung der Ziffer 1):\nDafür: 19   Dagegen: 24   "
            "Enthaltungen: 2\nabgelehnt\n\nAbstimmung über den Änderungsantrag 2025/AN/0101-02 "
            "(Ergänzung der\nZiffer 2):\neinstimmig angenommen\n\nAbstimmung über den so "
            "geänderten Antrag:\nDafür: 33\nDagegen: 10\nEnthaltungen: 2\n\n"
            "Abstimmungsergebnis: mit Änderungen beschlossen\n",
            "approved_amended",
        ),
        # who decides, by law, is no decision
        (
            "Sachverhalt:\nNach § 95n Abs. 3 GO beschließt die Gemeindevertretung über den "
            "geprüften Jahresabschluss bis spätestens 31. Dezember des Folgejahres.\n\n"
            "Beschlussvorschlag:\n1. Der Jahresabschluss wird beschlossen.\n",
            None,
        ),
        # votes headed by the parts they are on, with different results
        (
            "Status: beschlossen\n\nBeschlussvorschlag:\n1. A wird zugestimmt.\n2. B wird "
            "verschoben.\n3. C wird beantragt.\n\nAbstimmungsergebnis zu den Ziffern 1 und 3:\n"
            "einstimmig beschlossen\n\nAbstimmungsergebnis zu Ziffer 2:\nJa-Stimmen: 12\n"
            "Nein-Stimmen: 17\nEnthaltungen: 2\n",
            None,
        ),
        # (guard) the same parts with one result
        (
            "Status: beschlossen\n\nBeschlussvorschlag:\n1. A wird zugestimmt.\n2. B wird "
            "verschoben.\n3. C wird beantragt.\n\nAbstimmungsergebnis zu den Ziffern 1 und 3:\n"
            "einstimmig beschlossen\n\nAbstimmungsergebnis zu Ziffer 2:\nJa-Stimmen: 17\n"
            "Nein-Stimmen: 12\nEnthaltungen: 2\n",
            "approved",
        ),
        # a frame over the clauses is no act of its own: the adopted clauses refuse the request
        (
            "Beschlussvorschlag:\nDie Stadtverordnetenversammlung beschließt:\n1. Der "
            "Einwohnerantrag ist zulässig.\n2. Dem Einwohnerantrag wird nicht entsprochen.\n\n"
            "Abstimmungsergebnis:\nJa: 25   Nein: 3   Enthaltung: 4\nBeschluss: mehrheitlich "
            "beschlossen\n",
            "rejected",
        ),
        # a decision heading that says the text was changed, in parentheses
        (
            "Beschluss: mehrheitlich beschlossen\nAbstimmung: Ja: 28, Nein: 6, Enthaltungen: 2\n\n"
            "Der Rat beschließt die Vorlage mit folgender Änderung: In Ziffer 3 wird das Datum "
            "ersetzt.\n\nBeschluss (in der geänderten Fassung):\n1. Das Konzept wird beschlossen."
            "\n2. Die Liste ist Grundlage.\n3. Die Pläne werden angepasst.\n",
            "approved_amended",
        ),
        # an earlier decision told by its date, an amount's abbreviation within
        (
            "Mitteilungsvorlage\n\nBeratungsfolge:\nGremium   Termin\nBauausschuss   21.11.2024\n\n"
            "Sachverhalt:\nMit dem Beschluss vom 26.04.2023 hat der Gemeinderat ein Programm von "
            "94,6 Mio. Euro beschlossen. Die Verwaltung berichtet halbjährlich.\n",
            None,
        ),
    ],
)
def test_outcome(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    "text",
    [
        "TOP 7\nAntrag\n\nBeschluss / Ergebnis: zurückgezogen\n\nText.\n",
        "TOP 7\nAntrag\n\nBeschluss/Ergebnis: zurückgezogen\n\nText.\n",
        "TOP 7\nAntrag\n\nErgebnis / Beschluss: zurückgezogen\n\nText.\n",
    ],
)
def test_status_under_two_words(text: str) -> None:
    status = parse_text(text).status
    assert status is not None and status.text == "zurückgezogen"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a vote table by body printed one cell a line: each label with its number
        (
            "Abstimmungsergebnis:\n\nGremium\n\tJa\n\tNein\n\tEnthaltung\nGemeinderat\n\t9\n\t"
            "17\n\t1\n",
            (9, 17, 1),
        ),
        # a column of labels, the first too long for the grammar's, over a column of numbers
        (
            "Abstimmungsergebnis:\nGesetzliche Anzahl der Gemeindevertreter/innen:\ndavon "
            "anwesend:\nJa-Stimmen:\nNein-Stimmen:\nStimmenthaltungen:\n17\n14\n9\n4\n1\n",
            (9, 4, 1),
        ),
        # the header's counts, an amendment's vote, then who voted how on the item
        (
            "Sitzung: 30.11.2023   Stadtverordnetenversammlung\nBeschluss: geändert beschlossen\n"
            "Abstimmung: Ja: 29, Nein: 3, Enthaltungen: 4\n\nDer Änderungsantrag wird ohne "
            "Gegenstimmen bei 4 Enthaltungen angenommen.\n\nSodann fasst die "
            "Stadtverordnetenversammlung folgenden Beschluss:\n\n1. Die Satzung wird "
            "beschlossen.\n\nAbstimmungsergebnis:\nZustimmung: CDU, SPD\nAblehnung: AfD\n"
            "Enthaltung: FDP\n",
            (29, 3, 4),
        ),
        # a header's vote over a blank line that holds a space, then a sentence in the
        # pluperfect: the vote is the header's, not the sentence's
        (
            "Sitzung: 14.12.2023   Rat der Stadt\nTOP: Ö 11a\nBeschluss: mehrheitlich beschlossen\n"
            "Abstimmung: Ja: 21, Nein: 12, Enthaltungen: 1\nVorlage: 0312/2023\n \nZu Beginn der "
            "Sitzung hatte der Rat einstimmig beschlossen, den Antrag der UWG-Fraktion vom "
            "11.12.2023 als TOP Ö 11a in die Tagesordnung aufzunehmen.\n \nHerr W. erläutert.\n",
            (21, 12, 1),
        ),
    ],
)
def test_counts(text: str, counts: tuple[int, int, int]) -> None:
    vote = next(v for v in parse_text(text).votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # a letter alone on its line, its clause's sentence on the next
        (
            "Beschluss:\na)\nDer Stadtrat nimmt die Geldspenden an.\n\nb)\nDer Stadtrat nimmt "
            "die Sachspende an.\n",
            2,
        ),
        # (guard) letters alone on their lines in a sentence's list are no clauses
        (
            "Beschluss:\nDer Bürgermeister stellt fest, dass\na)\ndie Mitglieder ordnungsgemäß "
            "eingeladen worden sind,\nb)\ndie Gemeindevertretung beschlussfähig ist.\n",
            0,
        ),
        # (guard) a remark after a blank line is a section of its own, not a hard wrap of the
        # form's last row: the adopted proposal's clauses stay the decided text
        (
            "Beschlussvorschlag:\n1. Die Stellungnahmen werden abgewogen.\n2. Der Plan wird "
            "beschlossen.\n\nAbstimmungsergebnis:   Ja: 21   Nein: 6   Enthaltung: 5\n\n"
            "Beschluss:\n[ ] wie Beschlussvorschlag\n[X] abweichend vom Beschlussvorschlag "
            "(siehe Anmerkung)\n[ ] abgelehnt\n\nAnmerkung:\nZiffer 1 wird ergänzt.\n",
            2,
        ),
        # (guard) the administration's report numbers its points: no clauses
        (
            "Geschäftliche Mitteilung\n\nBetreff:\nSachstand Umgestaltung Marktplatz\n\n"
            "Mitteilung:\nHierzu wird wie folgt berichtet:\n\n1. Die Planung ist abgeschlossen."
            "\n2. Die Bauarbeiten beginnen im März.\n",
            0,
        ),
    ],
)
def test_clause_count(text: str, clauses: int) -> None:
    assert len(parse_text(text).clauses) == clauses


def test_a_label_after_a_blank_line_is_no_wrap() -> None:
    """A field's label after a blank line opens its section: it is not read on from the line
    before it as a hard wrap would be (the label in the decided text, before)."""
    text = (
        "Titel\n\nBeschluss:\nmehrheitlich beschlossen\n\nSachvortrag:\n\nDie Vorsitzende "
        "ruft auf.\n\nDie Stadtvertretung beschließt den Neubau.\n"
    )
    preamble = parse_text(text).preamble or ""
    assert "Sachvortrag" not in preamble and "beschließt den Neubau" in preamble


def test_a_gazette_item_titled_with_a_change() -> None:
    """A gazette's list of decisions, its fourth item titled ``Änderung der …`` (after ``4.``:
    read as an ordinal, the fourth change, before)."""
    text = (
        "Beschlüsse des Kreistages\naus der Sitzung vom 20. März 2025\n\n"
        "Der Kreistag hat in seiner Sitzung am 20. März 2025 folgende Beschlüsse gefasst:\n\n"
        "1. Jahresabschluss 2023\n   Der Kreistag stellt den Jahresabschluss fest.\n\n"
        "2. Nahverkehrsplan\n   Der Kreistag beschließt den Nahverkehrsplan.\n\n"
        "3. Nachwahl\n   Der Kreistag wählt Herrn Hölzel.\n\n"
        "4. Änderung der Gebührensatzung\n   Der Kreistag beschließt die Satzung.\n"
    )
    items = parse_text(text).items
    assert [i.number for i in items] == ["1.", "2.", "3.", "4."]
    assert items[3].title == "Änderung der Gebührensatzung"


def test_an_ordinal_change_opens_no_agenda() -> None:
    """(guard) ``2. Änderung der Hauptsatzung`` as the first numbered line is the second change,
    not an agenda's second item."""
    text = "Tagesordnung\n\n2. Änderung der Hauptsatzung\n\nDer Rat beschließt die 2. Änderung.\n"
    assert parse_text(text).items == ()


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a print view's head: the body, the date, the item in its cell
        (
            "Rhein-Nordkreis\nKreistag 30.03.2023 | TOP Ö 9\n\nTitel\n\nErgebnis: beschlossen\n",
            "2023-03-30",
        ),
        # the item, then its sitting
        (
            "Rat der Stadt Nordheim\nTOP Ö 11 - Sitzung vom 13.12.2022\n\nTitel\n\nBeschluss:\n"
            "Der Rat beschließt X.\n",
            "2022-12-13",
        ),
        # a motion for an item of a sitting, or for the sitting
        (
            "Änderungsantrag zu TOP 7 der Sitzung des Stadtrates am 27.06.2024\nParkgebühren\n",
            "2024-06-27",
        ),
        ("Antrag für die Sitzung des Stadtrates am 27.06.2024\nParkgebühren\n", "2024-06-27"),
        # the sitting a question is answered in
        (
            "Anfrage der Fraktion\n\nzur Beantwortung in der Sitzung der "
            "Stadtverordnetenversammlung am 07.12.2023\n\nDie Fragen lauten:\n",
            "2023-12-07",
        ),
        # a record's title in the first cell of a table's row
        (
            "| Beschlussauszug |  |\n| aus der öffentlichen Sitzung des Stadtrates vom 29.05.2024 "
            "|  |\n\nVorlage: VII/2024/00211\n",
            "2024-05-29",
        ),
        # (guard) a row of column heads in cells is no title
        (
            "Stadt Nordheim\n\n| Sitzung | Datum | TOP |\n| Bauausschuss | 06.06.2024 | Ö 9 |\n\n"
            "Antrag der CDU-Fraktion vom 02.05.2024\n",
            "2024-06-06",
        ),
        # a sitting announced, the body between the sitting and the verb
        (
            "Öffentliche Bekanntmachung\n\nDie 15. Sitzung der Bezirksvertretung Nord findet "
            "statt am\n\nDienstag, dem 10. September 2024, 16:00 Uhr,\nim Sitzungssaal.\n\n"
            "Tagesordnung\n1 Einwohnerfragestunde\n",
            "2024-09-10",
        ),
        # an invitation to the sitting by its date
        (
            "E i n l a d u n g\n\nzu der am Mittwoch, dem 17. Januar 2024, um 19:00 Uhr im "
            "Ratssaal\nstattfindenden Sitzung des Bauausschusses.\n\nTagesordnung\n",
            "2024-01-17",
        ),
        # decisions of another sitting made known in this one
        (
            "In der öffentlichen Sitzung des Gemeinderats am Dienstag, 23. April 2024, gab "
            "Bürgermeister Vogt die in der nichtöffentlichen Sitzung vom 19. März 2024 gefassten "
            "Beschlüsse bekannt:\n\n- Der Gemeinderat hat der Vergabe zugestimmt.\n",
            "2024-04-23",
        ),
        # (guard) a paper's sittings listed under "Beratungen:", and each sitting's result below
        (
            "Vorlage - 2024/041/1\n\nBeratungen:\nDatum        Gremium                 Ergebnis\n"
            "12.03.2024   Rat der Stadt Geldern   beschlossen\n23.04.2024   Rat der Stadt "
            "Geldern   geändert beschlossen\n\nRat der Stadt Geldern, 12.03.2024, TOP Ö 15\n\n"
            "Beschluss:\nDer Rat beschließt X.\n\nAbstimmung: Ja: 22, Nein: 19\n\n"
            "Rat der Stadt Geldern, 23.04.2024, TOP Ö 6\n\nBeschluss:\nDer Rat beschließt Y.\n",
            None,
        ),
    ],
)
def test_meeting_date(text: str, date: str | None) -> None:
    meeting = parse_text(text).meeting
    found = meeting.date if meeting is not None else None
    assert found == (dt.date.fromisoformat(date) if date else None)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # each side's label on a line, its groups on the next
        (
            "Beschluss:\nDer Antrag wird abgelehnt.\n\nAbstimmungsergebnis:\nJa-Stimmen:\n"
            "CDU, AfD\nNein-Stimmen:\nSPD, Bündnis 90/Die Grünen, Die Linke\nEnthaltungen:\nFDP\n",
            (["CDU", "AfD"], ["SPD", "Bündnis 90/Die Grünen", "Die Linke"], ["FDP"]),
        ),
        # (guard) a count table, then who voted against in the decision's own sentence
        (
            "Beschluss: mehrheitlich beschlossen\n\nAbstimmungsergebnis:\n| Ja | 32 |\n| Nein | 12 "
            "|\n| Enthaltung | 3 |\n\nBeschluss:\nDer Antrag wird in den Finanzausschuss "
            "verwiesen.\n\nDer Beschluss wurde gegen die Stimmen der Fraktion Bündnis 90/Die "
            "Grünen gefasst.\n",
            ([], ["Fraktion Bündnis 90/Die Grünen"], []),
        ),
        # who voted against, then the next count with its number as a word
        (
            "Der Ausschuss fasst mit zwölf Stimmen bei zwei Gegenstimmen der Fraktion Die Linke "
            "und einer Enthaltung den Beschluss wie vorgeschlagen.\n",
            ([], ["Fraktion Die Linke"], []),
        ),
        # the groups after a plural of a body's compound ("Kreistagsfraktionen der …")
        (
            "Beschluss:\nDer Kreistag beschließt die Satzung mehrheitlich.\nDie Gegenstimmen kamen "
            "aus den Kreistagsfraktionen der AfD und von Bündnis 90/Die Grünen.\n",
            ([], ["AfD", "Bündnis 90/Die Grünen"], []),
        ),
        # a vote that says how it went, then the result's line
        (
            "Abstimmungsergebnis:\nDer Vertagung wird bei Enthaltung der Fraktion DIE LINKE "
            "einstimmig zugestimmt.\n\nErgebnis: vertagt\n",
            ([], [], ["Fraktion DIE LINKE"]),
        ),
    ],
)
def test_groups_of_the_decisive_vote(
    text: str, sides: tuple[list[str], list[str], list[str]]
) -> None:
    vote = next(v for v in parse_text(text).votes if v.decisive)
    groups = vote.groups
    assert (
        [g.name for g in groups.yes],
        [g.name for g in groups.no],
        [g.name for g in groups.abstain],
    ) == sides


def test_counts_and_groups_told_apart_are_one_vote() -> None:
    """The count table's numbers and the sentence's groups: one decisive vote with both."""
    text = (
        "Beschluss: mehrheitlich beschlossen\n\nAbstimmungsergebnis:\n| Ja | 32 |\n| Nein | 12 |\n"
        "| Enthaltung | 3 |\n\nKreistagsabgeordnete Meinecke begründet den Antrag. Der Landkreis "
        "solle Sportvereinen, die Photovoltaikanlagen errichten, einen Zuschuss gewähren.\n\n"
        "Kreisrat Dr. Holsten schlägt vor, den Antrag im Rahmen der Haushaltsberatungen zu "
        "behandeln.\n\nKreistagsabgeordneter Brunkhorst beantragt, den Antrag in den "
        "Finanzausschuss zu verweisen.\n\nBeschluss:\nDer Antrag wird in den Finanzausschuss "
        "verwiesen.\n\n"
        "Der Beschluss wurde gegen die Stimmen der Fraktion Bündnis 90/Die Grünen gefasst.\n"
    )
    vote = next(v for v in parse_text(text).votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (32, 12, 3)


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        # a Bremen deputation's paper, its word one compound
        (
            "Die Deputation habe die Anwohnerparkzonen beschlossen (Deputationsvorlage Nr. "
            "21/1287).\n",
            ["21/1287"],
        ),
        # a paper word, its kind in parentheses, the number on the next line
        (
            "SITZUNGSVORLAGE (Informationsvorlage)\nNr. 2024/0219\n\nGremium: Sozialausschuss\n",
            ["2024/0219"],
        ),
        # whose motion it is, then its number in parentheses
        (
            "Frau O. verweist auf den Ergänzungsantrag ihrer Fraktion (A 25/0187/1), der die "
            "Anlage einbindet.\n",
            ["A 25/0187/1"],
        ),
    ],
)
def test_references(text: str, refs: list[str]) -> None:
    assert [r.reference for r in parse_text(text).references] == refs


def test_members_named_with_their_party_are_people() -> None:
    """A roll call's names with their party in parentheses are members, not groups."""
    text = (
        'Beschluss:\n1. Der Verkauf wird beschlossen.\n\nNamentliche Abstimmung:\n\nMit "Ja" '
        'stimmten:\nAlbrecht (CDU), Bartel (SPD), Mattern (BfB)\n\nMit "Nein" stimmten:\n'
        "Arndt (PDS), Bauer (PDS)\n\nErgebnis: 3 Ja-Stimmen, 2 Nein-Stimmen.\n"
    )
    votes = parse_text(text).votes
    groups = [g for v in votes for g in (*v.groups.yes, *v.groups.no, *v.groups.abstain)]
    assert groups and all(g.kind == "person" for g in groups)


@pytest.mark.parametrize(
    "text",
    [
        "Beschluss:\nDer Rat stimmt zu.\n\nAbstimmungsergebnis: mehrheitlich bei Enthaltung von "
        "Einzelratsmitglied Hoffmann\n",
        "Beschluss:\nDer Kreistag stimmt zu.\n\nAbstimmungsergebnis: einstimmig bei Enthaltung "
        "von Kreistagsmitglied Roth\n",
    ],
)
def test_a_member_by_the_compound_of_the_body(text: str) -> None:
    """``Einzelratsmitglied Hoffmann``, ``Kreistagsmitglied Roth``: members, not groups."""
    vote = next(v for v in parse_text(text).votes if v.decisive)
    assert vote.groups.abstain and all(g.kind == "person" for g in vote.groups.abstain)
