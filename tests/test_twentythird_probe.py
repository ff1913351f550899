"""Families a twenty-third session found in a twenty-third blind probe
(``tests/probes/twentythird``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

from ratsparse import parse_text


def test_the_votes_a_majority_needed_are_no_count() -> None:
    doc = parse_text(
        "Abstimmungsergebnis:\nJa:   25\nNein: 20\nEnthaltung: 2\n\nDie Änderung der Hauptsatzung "
        "bedarf der Mehrheit der Mitglieder, mithin mindestens 26 Ja-Stimmen. Diese Mehrheit "
        "ist nicht erreicht. Die Vorlage ist damit abgelehnt.\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (25, 20, 2)
    assert doc.outcome == "rejected"
    assert "RP307" in [d.code for d in doc.diagnostics]


def test_a_vote_heading_names_the_paper_voted_on() -> None:
    doc = parse_text(
        "Die Fraktion beantragt, den Rufbus zu streichen. Der Änderungsantrag wird mit 5 : 40 : 3 "
        "Stimmen abgelehnt.\n\nBeschlussvorschlag:\nDer Kreistag beschließt den Nahverkehrsplan."
        "\n\nAbstimmungsergebnis Vorlage:   30 : 16 : 2\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (30, 16, 2)
    assert vote.subject == "Vorlage"
    assert doc.outcome == "approved"
