"""Families found in a twenty-eighth blind probe (``tests/probes/twentyeighth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

from ratsparse import parse_text


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
