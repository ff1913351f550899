"""Families a nineteenth session found in the real texts that the shared gold leaves without
(``tests/corpus/real-rest-gold.jsonl``: minutes, pages of several items, questions and reports,
annotated blind): each row is a short text of our own in the phrasing of its family, and what the
parser must make of it; every row failed before the fix it stands for, but those marked as
guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a draft's formula with the sitting's date left blank: a proposal, not a decision
        (
            "Vorlage Nr. 145/2024\nBetreff: 3. Änderung der Hauptsatzung\n\nBeschlussentwurf:\n"
            "Aufgrund von § 7 GO NRW hat der Rat der Stadt Nordheim in seiner Sitzung am "
            "______________ folgende Satzung beschlossen:\n\nArtikel I\nIn § 4 wird ein Absatz "
            "angefügt.\n",
            None,
        ),
        (
            "Vorlage Nr. 145/2024\nBetreff: 3. Änderung der Hauptsatzung\n\nAufgrund von § 7 GO "
            "NRW hat der Rat der Stadt Nordheim in seiner Sitzung am ............ folgende "
            "Satzung beschlossen:\n\nArtikel I\nIn § 4 wird ein Absatz angefügt.\n",
            None,
        ),
        # (guard) the same formula with its date: the statute as adopted
        (
            "Vorlage Nr. 145/2024\nBetreff: 3. Änderung der Hauptsatzung\n\nAufgrund von § 7 GO "
            "NRW hat der Rat der Stadt Nordheim in seiner Sitzung am 12.03.2024 folgende "
            "Satzung beschlossen:\n\nArtikel I\nIn § 4 wird ein Absatz angefügt.\n",
            "approved",
        ),
    ],
)
def test_outcome(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


def test_a_consent_that_nobody_objected_is_no_counted_vote_with_votes_against() -> None:
    # the item's head gives its vote; the consent to the order of business below it is another
    res = parse_text(
        "Beschluss: Mehrheitlich beschlossen\n\nAbstimmung: Ja: 6, Nein: 3, Enthaltungen: 0\n\n"
        "Der Vorsitzende schlägt vor, zuerst den Stellenplan zu beraten.\n\n"
        "Diesem Vorschlag wird einvernehmlich zugestimmt.\n\n"
        "Der Haushalt 2025 wird wie vorgelegt beraten.\n"
    )
    consent = next(v for v in res.votes if "einvernehmlich" in v.text)
    assert consent.counts.no is None
    assert consent.counts.yes is None
    counted = [v for v in res.votes if v.counts.no == 3]
    assert len(counted) == 1
    assert "einvernehmlich" not in counted[0].text


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        # Leipzig before 2014: the Wahlperiode, the kind's letters, the number, in an agenda line
        ("8.1 V/EF 214 Frau Beispiel\nAntwort erfolgt schriftlich.\n", ["V/EF 214"]),
        ("9.1 V/P 99\nDer Petition wird abgeholfen.\n", ["V/P 99"]),
        # (guard) an office's letters before a date are no paper
        ("-12- II/A 17.07.2018 Namenszeichen\nDer Rat beschließt die Satzung.\n", []),
    ],
)
def test_references(text: str, refs: list[str]) -> None:
    assert [r.reference for r in parse_text(text).references] == refs


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # komuna's item page names the sitting its data come from
        (
            "Bebauungsplan Süd\n\nDaten angezeigt aus Sitzung:  Sitzung des Gemeinderates, "
            "01.06.2022\n\nBeratungsreihenfolge\n\nDer Plan wird gebilligt.\n",
            "2022-06-01",
        ),
        # a Swiss council's news page: what the sitting decided ("Resultate")
        (
            "Geschäfte und Resultate der Sitzung des GGR vom 25. Februar 2025\nÜberweisung\n"
            "Der Antrag wurde mit 24:12 Stimmen abgelehnt.\n",
            "2025-02-25",
        ),
        (
            "Resultate der Sitzung des Gemeinderates vom 4. März 2025\nDer Antrag wurde "
            "abgelehnt.\n",
            "2025-03-04",
        ),
    ],
)
def test_meeting_date(text: str, date: str | None) -> None:
    meeting = parse_text(text).meeting
    assert (meeting.date.isoformat() if meeting.date else None) == date
