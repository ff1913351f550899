"""Families a thirteenth blind probe found, and the ones earlier probes left open (the
thirteenth: 240 texts from RIS vendors seldom seen, terse exports, careless typing, press
releases and gazette notices, motions on procedure, votes by faction and member, Baden-Württemberg
and Bayern, Niedersachsen, Schleswig-Holstein and Nordrhein-Westfalen).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text, vocab


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a member named like a verb's stem ("Lehnen") in the list of those present: no verdict
        (
            "Anwesend:\nBell, Sabine          Diewald, Stefan\nKiefer, Martina       Lehnen, Jörg\n"
            "\nDer Vorsitzende eröffnet die Sitzung und stellt die Beschlussfähigkeit fest.\n",
            None,
        ),
        # guard: the stem with its particle is the verdict
        ("Der Ortsgemeinderat lehnt den Antrag Nr. 12 mit 6 Stimmen ab.\n", "rejected"),
    ],
)
def test_a_verbs_stem_without_its_particle(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a proposal in the pluperfect is what was asked for before, no decision; the verdict
        # stated after the counts stands against them (a qualified majority)
        (
            "Die Verwaltung hatte vorgeschlagen, die Hauptsatzung so zu ändern, dass künftig ohne "
            "Wohnbezirke gewählt wird.\n\nAm Ende stimmten neun Mitglieder für die Änderung, "
            "sieben dagegen, zwei enthielten sich.\n\nWeil die Änderung der Mehrheit aller "
            "Mitglieder bedarf, ist der Antrag nicht angenommen.\n",
            "rejected",
        ),
        (
            "Am Ende stimmten neun Mitglieder für die Änderung, sieben dagegen.\n\nWeil die "
            "Änderung der Mehrheit aller Mitglieder bedarf, ist der Antrag nicht angenommen.\n",
            "rejected",
        ),
        # guard: prose that agrees with the counts
        (
            "Am Ende stimmten neun Mitglieder für die Änderung, sieben dagegen.\n\nDer Antrag "
            "ist damit angenommen.\n",
            "approved",
        ),
    ],
)
def test_a_proposal_in_the_pluperfect_a_verdict_against_the_counts(text: str, outcome: str) -> None:
    assert parse_text(text).outcome == outcome


def test_a_roll_call_table_aligned_with_spaces() -> None:
    text = (
        "Namentliche Abstimmung über den Antrag:\n\n"
        "Name, Vorname        Fraktion        Ja     Nein    Enthaltung\n"
        "Albers, Uwe          CDU                    x\n"
        "Brandt, Katrin       FREIE WÄHLER    x\n"
        "Claus, Falk          AfD             x\n"
        "Dorn, Monika         CDU                    x\n"
        "Ebert, Jörg          SPD                    x\n"
        "Fink, Sabine         SPD                            x\n"
        "Graf, Lutz           CDU             - abwesend -\n\n"
        "Der Antrag ist damit abgelehnt.\n"
    )
    res = parse_text(text)
    vote = next(v for v in res.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (2, 3, 1)
    assert [g.name for g in vote.groups.abstain] == ["Fink, Sabine"]
    assert res.outcome == "rejected"


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a participle before "werden" is what is to be done, no verdict
        (
            "Sachverhalt:\nMit Schreiben vom 26.02.2024 beantragt die Fraktion einen "
            "Jugendbeirat. Der Beirat soll aus neun Jugendlichen bestehen, die für jeweils zwei "
            "Jahre gewählt werden.\n\nAbstimmungsergebnis:   6 : 11\n\nDer Antrag ist damit "
            "abgelehnt.\n",
            "rejected",
        ),
        # guard: the passive's "werden" before the participle tells the decision
        ("Die Anträge werden einstimmig abgelehnt.\n", "rejected"),
    ],
)
def test_a_participle_before_werden(text: str, outcome: str) -> None:
    assert parse_text(text).outcome == outcome


def test_a_sittings_title_in_a_later_cell_of_a_web_pages_head() -> None:
    text = (
        "Stadt Hamm | Ratsinformationssystem | Rat der Stadt Hamm | Sitzung vom 14.05.2024 | "
        "TOP Ö 17 |\n\nAntrag der Fraktion vom 22.03.2024: Radwege\n\nBeschluss:\nDer Antrag "
        "wird abgelehnt.\n"
    )
    assert str(parse_text(text).meeting.date) == "2024-05-14"


def test_a_clause_in_the_perfect_dated_before_tells_an_earlier_decision() -> None:
    text = (
        "Beschlussart: abgelehnt\n\nBeschluss:\nDer Antrag der Fraktion wird abgelehnt.\n\n"
        "Wortprotokoll:\nRatsfrau Demir verweist auf den Leitfaden, den der Rat am 05.10.2021 "
        "zustimmend zur Kenntnis genommen hat.\n\nAbstimmungsergebnis:\nJa: 44\nNein: 4\n"
        "Enthaltung: 1\n"
    )
    assert parse_text(text).outcome == "rejected"


_DECIDED = "\n\nBeschluss:\nDer Antrag wird abgelehnt.\n"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a history of two sittings, the head naming one of them as this text's
        (
            "Gemeinderat - Sitzung vom 20.05.2025\nTOP Ö 6\n\nBeratungsfolge:\n"
            "Verwaltungsausschuss   06.05.2025  Vorberatung\nGemeinderat            20.05.2025  "
            "Entscheidung\n\nBeschlussvorschlag:\nDer Gemeinderat stimmt zu.\n",
            "2025-05-20",
        ),
        # a head's cells parted by dashes or middle dots, whether public between
        (
            "Stadt Mühlacker\nVerwaltungsausschuss — 04.02.2025 — öffentlich" + _DECIDED,
            "2025-02-04",
        ),
        ("Gemeinderat · öffentlich · Do., 14.11.2024 · TOP 4" + _DECIDED, "2024-11-14"),
        # a Baden-Württemberg item's number (§ 74) ends the title above it
        (
            "Niederschrift über die Verhandlungen des Gemeinderats\nGemeinderat, 27. Juni 2024 - "
            "öffentlicher Teil\n\n§ 74  Antrag der CDU-Fraktion vom 15.04.2024: Grundsteuer"
            + _DECIDED,
            "2024-06-27",
        ),
        # a press release: the time of day after the weekday, what the sitting did or will do
        (
            "Pressemitteilung der Stadt Bocholt\n13.03.2024 | Schule\n\nDer Rat der Stadt hat in "
            "seiner Sitzung am Dienstagabend, 12. März 2024, den Weg für den Neubau frei gemacht."
            "\n",
            "2024-03-12",
        ),
        (
            "Pressemitteilung der Stadt Landau\n19.06.2024\n\nDer Stadtrat wird sich in seiner "
            "Sitzung am Dienstag, 25. Juni 2024, mit dem Hitzeaktionsplan befassen.\n",
            "2024-06-25",
        ),
        # a town's news page reporting a body's sitting
        (
            "Stadt Flensburg – Rathausnachrichten\n\nDer Antrag ist in der Sitzung der "
            "Ratsversammlung am 19. September 2024 für erledigt erklärt worden.\n",
            "2024-09-19",
        ),
        # a head's cells with the sitting's number and the hour
        (
            "Kreisausschuss  ·  27. Sitzung  ·  Mittwoch, 21. Juni 2023  ·  16:00 Uhr" + _DECIDED,
            "2023-06-21",
        ),
        # a line parted by dashes: the town first, the agenda item and what the line is after
        ("Ratsversammlung – 25.04.2024 – TOP 3.2 – Beantwortung" + _DECIDED, "2024-04-25"),
        (
            "Stadt Gütersloh – Rat – 12.07.2024 – Niederschrift (öffentlicher Teil)      Seite 14"
            + _DECIDED,
            "2024-07-12",
        ),
        # a gazette: the date before the sitting
        (
            "Amtsblatt Dußlingen · Nr. 39\n\nDer Gemeinderat hat am 18.09.2024 in öffentlicher "
            "Sitzung den Bebauungsplan als Satzung beschlossen.\n",
            "2024-09-18",
        ),
        # an invitation: "statt" before the date, the date on its own line
        (
            "E i n l a d u n g\n\nZur 9. Sitzung des Amtsausschusses lade ich Sie ein. Die "
            "Sitzung findet statt am\n\nDonnerstag, den 5. Dezember 2024, um 19:30 Uhr,\nim "
            "Gasthof.\n",
            "2024-12-05",
        ),
        # a running foot after the decision titles the minutes
        (
            "Beschluss:\nDer Bebauungsplan wird als Satzung beschlossen.\n\nAbstimmung: "
            "einstimmig\n\nNiederschrift über die Sitzung der Gemeindevertretung Felde am "
            "26.09.2024     Seite 6 von 11\n",
            "2024-09-26",
        ),
        # guard: the bodies' results listed below the Beratungsfolge are its sittings again
        (
            "Beratungsfolge:\nOrtsrat Altkloster        Anhörung      12.02.2024\nRat der Stadt"
            "             Entscheidung  21.03.2024\n\nBeschlussvorschlag:\nDer Rat beschließt "
            "die Satzung.\n\nOrtsrat Altkloster – Sitzung am 12.02.2024 – TOP 6\nempfohlen\n",
            None,
        ),
        # guard: a sitting planned is not the one reported
        (
            "Pressemitteilung Nr. 41/2022 | 16.03.2022\n\nDer Kreisausschuss hat sich mit dem Plan "
            "befasst. Die Beschlussfassung ist für die Sitzung des Kreistages am 25. Mai 2022 "
            "vorgesehen.\n",
            None,
        ),
    ],
)
def test_meeting_dates_of_heads_and_reports(text: str, date: str | None) -> None:
    found = parse_text(text).meeting.date
    assert (str(found) if found else None) == date


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # an empty vote heading over a report that tells an earlier sitting's vote
        (
            "Haupt- und Finanzausschuss\nSitzung vom 05.11.2024\n\nErgebnis:\nAbstimmung:\n\n"
            "Mitteilung der Verwaltung:\nDer Stadtrat hat in seiner Sitzung am 14.03.2023 "
            "mehrheitlich (Ja 31, Nein 8) die Sanierung des Hallenbades beschlossen.\n",
            None,
        ),
        # a press release: another body's vote on a day without its year, and the proposal
        # that sentence opens
        (
            "Pressemitteilung der Stadt Landau\n19.06.2024\n\nDer Stadtrat wird sich in seiner "
            "Sitzung am Dienstag, 25. Juni 2024, mit dem Plan befassen. Der Hauptausschuss hat "
            "die Vorlage (Vorlage-Nr. 610/2024/0089) am 11. Juni vorberaten und einstimmig zur "
            "Annahme empfohlen.\n\nDer Beschlussvorschlag der Verwaltung lautet:\n\n1. Der "
            "Stadtrat nimmt den Plan zustimmend zur Kenntnis.\n\n2. Die Verwaltung wird "
            "beauftragt, ihn umzusetzen.\n\nDie Sitzung beginnt um 17 Uhr.\n",
            None,
        ),
        # guard: the day of this sitting, without its year, is this sitting's
        (
            "Aus der Sitzung des Stadtrates vom 11. Juni 2024\n\nDer Stadtrat hat die Vorlage "
            "am 11. Juni einstimmig beschlossen.\n",
            "approved",
        ),
    ],
)
def test_votes_and_proposals_told_in_reports(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


def test_a_verdict_and_its_counts_on_two_heading_lines_are_one_vote() -> None:
    res = parse_text(
        "Beschlussvorschlag:\nDer Gemeinderat beschließt die Änderung der Hauptsatzung.\n\n"
        "Ergebnis: abgelehnt\nStimmen: 12 dafür, 10 dagegen, 3 Enthaltungen\n"
    )
    assert res.outcome == "rejected"
    assert [(v.counts.yes, v.counts.no, v.counts.abstain) for v in res.votes] == [(12, 10, 3)]
    assert "RP307" in {d.code for d in res.diagnostics}  # the verdict against the counts


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # an earlier decision in a clause dated with the month's name, and a pointer ("verwiesen
        # auf") that refers nothing, beside the sitting's one vote
        (
            "Aus dem Gemeinderat\n\nAuf Grundlage des Plans, den der Gemeinderat am 14. März 2023 "
            "beschlossen hatte, hat die Verwaltung einen Antrag vorbereitet.\n\nAndere verwiesen "
            "auf die Erfahrungen in Nachbarkommunen.\n\nDer Gemeinderat beschloss anschließend mit "
            "14 Ja- gegen 6 Nein-Stimmen, den Antrag zu stellen.\n",
            "approved",
        ),
        # guard: a referral to a committee
        ("Der Antrag wird einstimmig in den Bauausschuss verwiesen.\n", "referred"),
    ],
)
def test_earlier_decisions_and_pointers_beside_the_vote(text: str, outcome: str) -> None:
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # adopted in the form an amendment gave it
        (
            "Beschluss der Ratsversammlung\n\nDie Ratsversammlung beschließt den Antrag in der "
            "Fassung des Änderungsantrages Nr. V/A 401-ÄA-01 der SPD-Fraktion.\n\nAbstimmung: "
            "mehrheitlich angenommen\n",
            "approved_amended",
        ),
        (
            "Abstimmung über den Verweisungsantrag:\nDer Rat lehnt den Antrag auf Verweisung "
            "ab.\n\nBeschluss in der Fassung des Änderungsantrages AN/0912/2024:\n\n1. Der Rat "
            "beschließt das Konzept.\n\nAbstimmungsergebnis:\nZustimmung ohne Gegenstimmen\n",
            "approved_amended",
        ),
        # Berlin's ALLRIS status names the body it was given in
        (
            "ALLRIS - Auszug\n\nBeschluss:\nmit Änderungen in der BVV beschlossen\n\nBeschluss:\n"
            "Das Bezirksamt wird ersucht, zu berichten.\n",
            "approved_amended",
        ),
        (
            "Beschluss:\nin der BVV abgelehnt\n\nDas Bezirksamt wird ersucht, zu prüfen.\n",
            "rejected",
        ),
    ],
)
def test_adopted_as_amended(text: str, outcome: str) -> None:
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    "status",
    ["mit Änderungen in der BVV beschlossen", "im Ausschuss abgelehnt"],  # (the second a guard)
)
def test_a_status_value_with_the_body_it_was_given_in(status: str) -> None:
    assert vocab.is_status_value(status)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # an earlier decision told with a few words between "hat" and its date, beside the
        # adopted refusal of a permit (the body's decision, approved)
        (
            "Technischer Ausschuss\nDatum: 12.03.2025\n\nI. Sachverhalt\nEin vergleichbares "
            "Vorhaben hat der Ausschuss bereits am 09.10.2023 abgelehnt.\n\nII. Beschlussvorschlag"
            "\nDas gemeindliche Einvernehmen wird nicht erteilt.\n\nBeschluss:\nEinstimmig wie "
            "Beschlussvorschlag.\n",
            "approved",
        ),
        # an abbreviation's full stop ends no sentence: the earlier decision keeps its date
        (
            "Sitzung: 12.06.2024\n\nDer Rat hat mit Beschluss vom 08.12.2022 (Drucks. Nr. "
            "2871/2022) das Programm beschlossen.\n",
            None,
        ),
        # a pointer to a text refers nothing
        ("Auf die dortigen Ausführungen wird verwiesen.\n", None),
        # a body's decision at another sitting, stated in a question
        (
            "Sitzung: 12.06.2024\n\nDie Vorlage wurde in der Bezirksvertretung Bonn am 14.11.2023 "
            "beraten und dort mit Änderungen beschlossen. Wann wird sie umgesetzt?\n",
            None,
        ),
    ],
)
def test_decisions_of_other_sittings_and_pointers(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("text", "outcome", "unanimous"),
    [
        # a separable verb's verdict around the counts of dissent
        (
            "Aus der Gemeinderatssitzung vom 21. März 2024\n\nDer Gemeinderat stimmte der neuen "
            "Friedhofsgebührensatzung bei zwei Gegenstimmen und einer Enthaltung zu.\n",
            "approved",
            False,
        ),
        # ... adopting a motion that settles the item otherwise
        (
            "Rathausnachrichten\n\nDie Antragsteller erklärten ihr Anliegen für erfüllt. Die "
            "Ratsversammlung stimmte der Erledigterklärung ohne Gegenstimmen bei drei Enthaltungen "
            "zu.\n",
            "other",
            True,
        ),
    ],
)
def test_a_separable_verdict_around_the_counts(
    text: str, outcome: str, unanimous: bool | None
) -> None:
    res = parse_text(text)
    assert res.outcome == outcome
    assert next(v for v in res.votes if v.decisive).unanimous is unanimous


def test_decisions_made_known_under_the_sittings_that_took_them() -> None:
    res = parse_text(
        "Stadtrat Neumarkt\nÖffentliche Sitzung vom Donnerstag, 10. Oktober 2024\n\nTOP 2\n"
        "Bekanntgabe von Beschlüssen aus nichtöffentlichen Sitzungen\nErgebnis: ohne "
        "Beschlussfassung\n\nDer Oberbürgermeister gibt die folgenden Beschlüsse bekannt:\n\n"
        "Sitzung des Stadtrates vom 12.09.2024\na) Die Rohbauarbeiten wurden vergeben "
        "(Abstimmung: 27:3).\nb) Die Stadt erwirbt das Grundstück (einstimmig).\n"
    )
    assert str(res.meeting.date) == "2024-10-10"
    assert res.outcome is None
    assert not any(v.decisive for v in res.votes)


@pytest.mark.parametrize(
    ("text", "references"),
    [
        # a supplement of the text's paper, in parentheses without a paper word
        (
            "TOP 6 – Vorlage 0347/2023 einschl. 1. Ergänzung (0347/2023-1)\n\nBeschluss:\nDer "
            "Kreisausschuss stimmt zu.\n",
            ["0347/2023", "0347/2023-1"],
        ),
        # a table's column of numbers of the shape of the paper the text names
        (
            "Antrag 2024/071\n\n| Antrag | Betreff |\n|---|---|\n| 2023/118 | Hundewiesen |\n"
            "| 2024/009 | Tempo 30 |\n\nBeschluss:\nDer Bericht wird zur Kenntnis genommen.\n",
            ["2024/071", "2023/118", "2024/009"],
        ),
        # guard: a span of years and a month of that shape are none
        (
            "Vorlage 0145/2023\n\nDer Haushalt 2023/2024 gilt ab 08/2023.\n\nBeschluss:\nDer "
            "Rat stimmt zu.\n",
            ["0145/2023"],
        ),
    ],
)
def test_numbers_of_the_shape_of_the_texts_papers(text: str, references: list[str]) -> None:
    assert [r.reference for r in parse_text(text).references] == references


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a committee's vote in the pluperfect, a date with its full stops between
        (
            "Pressemitteilung\n\nMit 38 Ja-Stimmen bei 9 Gegenstimmen und 2 Enthaltungen folgte "
            "der Rat der Beschlussvorlage. Der Ausschuss hatte das Projekt bereits am 27. Februar "
            "mit 11:4 Stimmen empfohlen.\n",
            (38, 9, 2),
        ),
        # guard: ... which ends with its paragraph after a count block without a full stop
        (
            "Beschluss:\nDer Kreistag beschließt den Plan.\n\nAbstimmungsergebnis:\nmehrheitlich "
            "angenommen\nGegenstimmen:   3 (AfD), 2 (DIE LINKE)\n\nDer Ausschuss hatte in seiner "
            "Sitzung am 02.09.2024 einstimmig empfohlen.\n",
            (None, 5, None),
        ),
        # the sentence's act is the verdict around its counts
        (
            "Nach ausführlicher Diskussion vergab der Gemeinderat bei drei Gegenstimmen die "
            "Rohbauarbeiten an die Firma Schaal.\n",
            (None, 3, None),
        ),
    ],
)
def test_the_decisive_vote_beside_votes_told_before(
    text: str, counts: tuple[int | None, int | None, int | None]
) -> None:
    res = parse_text(text)
    vote = next(v for v in res.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts
    assert res.outcome == "approved"


def test_the_groups_of_each_side_below_the_counts() -> None:
    vote = next(
        v
        for v in parse_text(
            "Abstimmungsergebnis:    Ja: 31    Nein: 14    Enthaltung: 5\n"
            "Ja:     CDU-Fraktion, SPD-Fraktion, Fraktion BÜNDNIS 90/DIE GRÜNEN,\n"
            "        Fraktion MitBürger & Die PARTEI\n"
            "Nein:   AfD-Fraktion, Fraktion Hauptsache Halle\n"
            "Enth.:  Fraktion FDP/FREIE WÄHLER (3), Stadträtin Krause (fraktionslos)\n"
        ).votes
        if v.decisive
    )
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (31, 14, 5)
    assert [g.name for g in vote.groups.yes][-1] == "Fraktion MitBürger & Die PARTEI"
    assert [g.name for g in vote.groups.no] == ["AfD-Fraktion", "Fraktion Hauptsache Halle"]
    first = vote.groups.abstain[0]
    assert (first.name, first.members) == ("Fraktion FDP/FREIE WÄHLER", 3)


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("Enthaltung: FDP (3), Oberbürgermeister\n", [("FDP", 3), ("Oberbürgermeister", None)]),
        ("Enthaltung: FDP (3), SPD (2)\n", [("FDP", 3), ("SPD", 2)]),  # guard
    ],
)
def test_a_sides_list_with_and_without_numbers(
    text: str, groups: list[tuple[str, int | None]]
) -> None:
    vote = parse_text(text).votes[0]
    assert [(g.name, g.members) for g in vote.groups.abstain] == groups


def test_a_line_of_sides_by_what_each_list_voted_for() -> None:
    vote = parse_text(
        "Beschluss:\nDie Vorlage NR 845 wird in den Ausschuss überwiesen.\n\nAbstimmung:\n"
        "GRÜNE, CDU, SPD, FDP, Volt und Die Linke (= Annahme); AfD und ÖkoLinX-ARL (= Ablehnung, "
        "Behandlung heute); BFF-BIG (= Enthaltung)\n"
    ).votes[-1]
    assert [g.name for g in vote.groups.yes] == ["GRÜNE", "CDU", "SPD", "FDP", "Volt", "Die Linke"]
    assert [g.name for g in vote.groups.no] == ["AfD", "ÖkoLinX-ARL"]
    assert [g.name for g in vote.groups.abstain] == ["BFF-BIG"]
    assert vote.unanimous is False


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "Informationsvorlage\nArt der Erledigung: Kenntnisnahme\n\nSachverhalt:\nDie "
            "Verwaltung berichtet.\n",
            "noted",
        ),
        ("Erledigung: vertagt\n\nDer Punkt wird in der nächsten Sitzung beraten.\n", "postponed"),
    ],
)
def test_the_kind_of_settlement_is_a_status(text: str, outcome: str) -> None:
    assert parse_text(text).outcome == outcome


def test_a_rejected_amendment_then_the_sentence_that_frames_the_decision() -> None:
    res = parse_text(
        "Abstimmung über den Änderungsantrag:\nAbstimmungsergebnis: 12 Ja-Stimmen, 27 "
        "Nein-Stimmen, 0 Enthaltungen\n– abgelehnt –\n\nSodann fasst der Rat gegen die Stimmen "
        "der Fraktion Bündnis 90/Die Grünen folgenden\n\nBeschluss:\n1. Der Rat beschließt das "
        "Konzept.\n\nAbstimmungsergebnis: 30 Ja-Stimmen, 9 Nein-Stimmen, 0 Enthaltungen\n"
        "– mehrheitlich beschlossen –\n"
    )
    assert res.outcome == "approved"
    vote = next(v for v in res.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no) == (30, 9)
    assert [g.name for g in vote.groups.no] == ["Fraktion Bündnis 90/Die Grünen"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the body before the minutes' title
        (
            "Stadt Laatzen                                   Seite 4 von 9\nOrtsrat Rethen - "
            "Niederschrift über die 9. Sitzung am 17.04.2024\n\nZu TOP 6  Spielplatz\n\n"
            "Widerspruch erhebt sich nicht.\n",
            "2024-04-17",
        ),
        # an invitation: a place's abbreviation between the sitting and "statt"
        (
            "Öffentliche Bekanntmachung\n\nAm Donnerstag, dem 18.07.2024, 19:00 Uhr, findet im "
            "Rathaus die 54. Sitzung des Gemeinderates Großpostwitz/O.L. statt.\n\n"
            "Tagesordnung\n",
            "2024-07-18",
        ),
    ],
)
def test_minutes_titles_and_invitations(text: str, date: str) -> None:
    assert str(parse_text(text).meeting.date) == date


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a member's motion, the record cut off before its vote
        (
            "Zu TOP 7\nHerr Görs begründet den Antrag. Frau Albrecht (SPD) beantragt, den Antrag "
            "in den Ausschuss für Bildung zu überweisen, und bittet, vorher über den\n",
            None,
        ),
        # guard: the motion voted on and adopted
        (
            "Frau Albrecht beantragt, den Antrag in den Ausschuss zu überweisen. Dieser Antrag "
            "wird mit 20 zu 12 Stimmen angenommen.\n",
            "referred",
        ),
    ],
)
def test_a_members_motion_is_no_decision(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


def test_a_proposals_label_may_say_to_whom_it_goes() -> None:
    res = parse_text(
        "Beschlussvorlage\nGremium: Bauausschuss\n\nSachverhalt:\nDer Markt plant ein "
        "Parkraumkonzept.\n\nBeschlussvorschlag (Empfehlung an den Marktgemeinderat):\n1. Dem "
        "Konzept wird zugestimmt.\n2. Die Verwaltung wird beauftragt, es umzusetzen.\n\n"
        "Abstimmungsergebnis:\nJa:\nNein:\n"
    )
    assert res.outcome is None  # proposed, not decided
    assert len(res.clauses) == 2
