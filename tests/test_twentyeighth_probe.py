"""Families found in a twenty-eighth blind probe (``tests/probes/twentyeighth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a sitting's title, its weekday and date after a column's gap, or after a dash
        (
            "Stadt Elsbach\nStadtrat\nÖffentliche Sitzung   Donnerstag, 20.05.2027, 17:00 Uhr, "
            "Ratssaal\n\nÖ 12   Schöffenwahl\n\nDer Stadtrat beschließt die Vorschlagsliste.\n",
            "2027-05-20",
        ),
        (
            "Kreistag Elsbach\n8. Sitzung - Mittwoch, 01.12.2027 - Kreistagssaal, Hauptstraße 1\n\n"
            "Ö 14   Antrag\n\nDer Kreistag lehnt den Antrag ab.\n",
            "2027-12-01",
        ),
        # a letter-spaced record's title with its number and term
        (
            "Ortsamt Nord\n\nP r o t o k o l l   N r .   9   ( 2 0 2 3 - 2 0 2 7 )\n\nder "
            "öffentlichen Sitzung des Beirates Nord\nam Montag, 22. Februar 2027, im Bürgerhaus\n\n"
            "Der Beirat stimmt dem Vorhaben zu.\n",
            "2027-02-22",
        ),
        # a sentence wrapped over its lines, a sitting's word opening one, is no table of fields
        (
            "N i e d e r s c h r i f t\nüber die öffentliche Sitzung des Gemeinderats\n\n"
            "Verhandelt am 2. März 2027 im Sitzungssaal\n\n§ 5   Benutzungsordnung\n\nDie "
            "Vorsitzende teilt mit, dass die Stellungnahme erst am\nSitzungstag eingegangen ist, "
            "und schlägt vor, den Punkt abzusetzen und in der\nSitzung am 13.04.2027 zu beraten.\n",
            "2027-03-02",
        ),
        # the decision opened with its sitting, below the paper's story
        (
            "Ortschaftsrat Nord\n\nVorlage-Nr.: BV-187/2027\n\nSachverhalt:\nMit Antrag vom "
            "14.03.2027 wurde die Benennung beantragt.\n\nIn der Sitzung des Ortschaftsrates Nord "
            "am 11.05.2027 wurde wie folgt beschlossen:\n\nDie Straße erhält den Namen "
            "„Am Weinberg“.\n\nAbstimmungsergebnis: einstimmig\n",
            "2027-05-11",
        ),
    ],
)
def test_meeting_dates(text: str, date: str) -> None:
    found = parse_text(text).meeting.date
    assert found is not None and found.isoformat() == date


def test_a_vote_declared_invalid_and_repeated_is_not_the_items() -> None:
    doc = parse_text(
        "Beschlusstext:\nDer Gemeinderat beschließt den Verkauf des Flurstücks 412/7.\n\n"
        "Abstimmungsergebnis:\nJa-Stimmen:   7     Nein-Stimmen:   7     Stimmenthaltungen:   1\n\n"
        "Bemerkungen:\nDie Abstimmung ergab zunächst 8 Ja-Stimmen, 7 Nein-Stimmen und 1 "
        "Stimmenthaltung. Ein befangenes Mitglied hatte mitgestimmt; der Bürgermeister erklärte "
        "die Abstimmung für ungültig, und sie wurde wiederholt.\nBei Stimmengleichheit ist der "
        "Antrag abgelehnt.\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no) == (7, 7)
    assert doc.outcome == "rejected"


def test_a_corrected_result_replaces_the_one_announced_first() -> None:
    doc = parse_text(
        "Beschlusstext:\n1. Der Platz wird benannt.\n2. Die Verwaltung wird beauftragt.\n"
        "Abstimmungsergebnis (berichtigt):\nJa-Stimmen:           17  (CDU 8, FDP 3)\n"
        "Nein-Stimmen:         18  (SPD 7, DIE LINKE 6)\nStimmenthaltungen:     1\n"
        "Der Antrag ist abgelehnt.\nBerichtigungsvermerk:\nIn der Sitzung war das Ergebnis "
        "zunächst mit 18 Ja-Stimmen, 17 Nein-Stimmen und 1 Enthaltung festgestellt und der "
        "Beschluss als gefasst verkündet worden. Das Ergebnis wurde berichtigt.\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no) == (17, 18)
    assert doc.outcome == "rejected"


def test_a_proposal_under_its_heading_after_the_debate_is_the_decided_text() -> None:
    doc = parse_text(
        "Punkt 7 der Tagesordnung: Anhörung zum Haushalt 2027\n\nHerr Sander erläutert die "
        "Mittel.\n\nOrtsratsmitglied Frau Gieseke bedauert dies und bittet, die Maßnahme erneut zu "
        "prüfen. Herr Sander sagt eine Prüfung zu.\n\nBeschlussvorschlag:\nDer Ortsrat nimmt den "
        "Entwurf des Haushaltsplanes zur Kenntnis.\n\nAbstimmungsergebnis: einstimmig\n"
    )
    assert doc.outcome == "noted"


def test_an_agenda_typed_without_umlauts_opens_its_items() -> None:
    # the public-status cells are a vocabulary table: "Oe" is read back as "Ö"
    doc = parse_text(
        "Gemeinde Elsbach  -  Rat\nSitzung am Donnerstag, 09.12.2027, 19:00 Uhr\n\n"
        "TOP      Betreff                                    Vorlage     Beschlussart\n"
        "Oe 1     Eroeffnung der Sitzung\n"
        "Oe 2     Haushaltssatzung 2028                      2027/112    mehrheitlich beschlossen\n"
        "Oe 3     Bericht ueber die Jugendpflege             2027/109    zur Kenntnis genommen\n"
        "Oe 4     Antrag Radweg                              2027/120    verwiesen\n"
    )
    assert len(doc.items) == 4
    assert doc.outcome is None


def test_a_phrase_after_the_lists_last_name_is_no_part_of_it() -> None:
    doc = parse_text(
        "Beschluss:\nDer Rat stimmt der Vorlage zu.\n\nAbstimmung: mehrheitlich bei Gegenstimmen "
        "der AfD und Enthaltung der Gruppe BBB in der durch den Änderungsantrag 2410233AA2 "
        "geänderten Fassung\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert [g.name for g in vote.groups.abstain] == ["Gruppe BBB"]


def test_who_voted_how_in_words_then_the_counts_alone_are_one_vote() -> None:
    doc = parse_text(
        "Ergebnis:\nDer Antrag wird mit den Stimmen von SPD und Die Linke gegen die Stimmen von "
        "CDU und FDP bei Enthaltung der AfD abgelehnt.\n\nAbstimmung: Ja 14 / Nein 30 / "
        "Enthaltung 3\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (14, 30, 3)
    assert [g.name for g in vote.groups.yes] == ["CDU", "FDP"]


@pytest.mark.parametrize(
    ("text", "counts", "against"),
    [
        # the corner cell empty, the sides' head indented over the groups' names
        (
            "Beschluss:\nDer Kreisausschuss lehnt den Antrag ab.\n\nAbstimmung:\n"
            "           Ja   Nein   Enth.\nSPD         4     –      –\nGRÜNE       1     –      –\n"
            "CDU         –     3      –\nFW          –     2      –\nAfD         –     –      1\n"
            "gesamt      5     5      1\n",
            (5, 5, 1),
            ["CDU", "FW"],
        ),
        # under a result stated in words, after a blank line
        (
            "Beschluss:\nDer Rat beschließt die Satzung.\n\nAbstimmungsergebnis: mehrheitlich "
            "beschlossen\n\nFraktion / Gruppe   Ja   Nein   Enth.\n"
            "SPD                 24    -      -\n"
            "CDU                 14    -      -\nAfD                  -    6      -\n"
            "Die Linke            -    -      2\n\nSachverhalt:\nDie Satzung ist alt.\n",
            (38, 6, 2),
            ["AfD"],
        ),
    ],
)
def test_a_table_by_group(text: str, counts: tuple[int, int, int], against: list[str]) -> None:
    vote = next(v for v in parse_text(text).votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts
    assert [g.name for g in vote.groups.no] == against


@pytest.mark.parametrize(
    ("said", "against"),
    [
        # the verb said once, for both sides
        (
            "Mit Ja stimmten die Fraktionen SPD und GRÜNE, mit Nein die Fraktionen CDU und FDP.",
            ["CDU", "FDP"],
        ),
        # who cast the votes against, their label hyphenated
        (
            "Die Nein-Stimmen kamen aus der FDP-Fraktion und der AfD-Fraktion.",
            ["FDP-Fraktion", "AfD-Fraktion"],
        ),
    ],
)
def test_who_voted_against_in_a_sentence_below_the_counts(said: str, against: list[str]) -> None:
    doc = parse_text(
        "Beschluss:\nDer Kreistag beschließt die Resolution.\n\nJa: 36   Nein: 5   "
        f"Enthaltung: 3\n\n{said}\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert [g.name for g in vote.groups.no] == against


def test_who_voted_how_right_above_the_counts_is_told_with_them() -> None:
    doc = parse_text(
        "TOP 7\nDie Dringlichkeit wird festgestellt.\nAbstimmungsergebnis: Ja 15 / Nein 2 / "
        "Enthaltung 0\n\nBeratung:\nDie CDU beantragt einen Gebrauchtwagen (Änderungsantrag).\n"
        "Abstimmungsergebnis Änderungsantrag: Ja 5 / "
        "Nein 12 / Enthaltung 0 - abgelehnt -\n\nBeschluss:\nDie Gemeinde beschafft ein "
        "Fahrzeug.\n\nDie Gemeindevertretung beschließt mit den Stimmen von SPD und Grünen gegen "
        "die Stimmen\nder CDU.\nAbstimmungsergebnis: Ja 12 / Nein 5 / Enthaltung 0\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no) == (12, 5)
    assert [g.name for g in vote.groups.no] == ["CDU"]
