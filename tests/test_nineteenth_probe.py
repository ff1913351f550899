"""Families a nineteenth session found in a nineteenth blind probe (Niedersachsen and
Schleswig-Holstein, Nordrhein-Westfalen and Rheinland-Pfalz, Bayern and Baden-Württemberg, the
eastern Länder, Hessen and the Saarland, the big cities' own systems, results written in every
way, texts of several decisions or none: ``tests/probes/nineteenth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        # a sitting's number by where it stands: in parentheses under the body's name
        (
            "Landeshauptstadt Nordstadt\nStadtrat\n(SR/071/2024)\n\nSitzung am: 23.05.2024\n\n"
            "Beschluss zu: V2789/24\n",
            ["V2789/24"],
        ),
        # ... under the sitting's own line
        (
            "Niederschrift\nüber die 36. Sitzung des Rates der Stadt Nordstadt\n(RAT/036/2024)\n"
            "Do., 11. Juli 2024\n\nTOP 4 Antrag OVA/057/2024\n",
            ["OVA/057/2024"],
        ),
        # ... after the body's letters, under the body
        (
            "Stadt Nordstadt\nOrtschaftsrat Waldheim\nOR WH/024/2024\n\nNiederschrift (Auszug)\n"
            "Vorlage: V2901/24\n",
            ["V2901/24"],
        ),
        # ... in parentheses after the sitting it numbers
        (
            "Einladung\nzur 12. Sitzung des Ausschusses für Umwelt, Klima und Mobilität "
            "(UKM/012/2024)\nTOP 1 VO/2024/018 Radweg\n",
            ["VO/2024/018"],
        ),
        # ... after "Sitzung -"
        ("Sitzung - SR/015/2024\n\nGremium: Stadtrat\nVorlage: BV 0245/2024\n", ["BV 0245/2024"]),
        # (guard) a paper's number under its body's line, with its title after it
        ("Stadtrat\nVO/2024/018 Radweg an der Lindenallee\n", ["VO/2024/018"]),
        # Leipzig: the administration's answer to a question, numbered after it
        (
            "Anfrage VIII-F-00312\nAntwort - VIII-F-00312-AW-01 (Stand 16.09.2024):\nDie "
            "Verwaltung antwortet.\n",
            ["VIII-F-00312", "VIII-F-00312-AW-01"],
        ),
    ],
)
def test_references(text: str, refs: list[str]) -> None:
    assert [r.reference for r in parse_text(text).references] == refs


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a consent to postpone, naming the sitting the item is to be called up in again
        (
            "TOP 3\nBebauungsplan Am Hang\n\nDer Ortschaftsrat kommt überein, die Beratung zu "
            "vertagen und den Tagesordnungspunkt in der Sitzung am 15. Mai 2024 erneut "
            "aufzurufen.\n",
            "postponed",
        ),
        # a decision that adopts the item and declares another motion settled by it
        (
            "Vorlage M 23\n\nDie Stadtverordnetenversammlung beschließt:\n\n1. Der Vorlage M 23 "
            "wird zugestimmt.\n\n2. Die Vorlage NR 812 wird im Hinblick auf die Vorlage M 23 für "
            "erledigt erklärt.\n",
            "approved",
        ),
        # (guard) a motion declared settled, and an instruction beside it
        (
            "Antrag NR 812\n\nDer Antrag wird für erledigt erklärt. Der Magistrat wird "
            "beauftragt, zu berichten.\n",
            "other",
        ),
        # the one decision announced as taken: it adopts, and takes note of the report beside
        (
            "Die Stadtverordnetenversammlung hat in ihrer 28. Sitzung am 14.03.2024 folgenden "
            "Beschluss gefasst:\n\n1. Der Bau- und Finanzierungsvorlage für die Schule wird "
            "zugestimmt.\n\n2. Der Vortrag des Magistrats M 14 wird zur Kenntnis genommen.\n",
            "approved",
        ),
        # the sitting's record under a proposal that there is none of: not the proposal's text
        (
            "Bericht Fahrradstraßen\n\nBeschlussvorschlag:\n– entfällt, Bericht –\n\n"
            "Protokollvermerk aus der Sitzung des Verkehrsausschusses vom 18.04.2024:\n\n"
            "Der Verkehrsausschuss nimmt den Bericht der Verwaltung zur Kenntnis.\n",
            "noted",
        ),
        # a file mark's full stop ends no sentence: the reported speech around it stays one
        (
            "Mitteilungsvorlage\n\nHerr Albers antwortet, es würden sieben Bäume gefällt; die "
            "Fällungen seien bereits im Verfahren (Az. M/MR 21-04/112) genehmigt.\n\nDer "
            "Regionalausschuss nimmt Kenntnis.\n",
            "noted",
        ),
        # ... and a state told in reported speech is none either
        (
            "Mitteilungsvorlage\n\nHerr Albers antwortet, die Fällungen seien bereits im "
            "Verfahren (Az. M/MR 21-04/112) genehmigt.\n\nDer Regionalausschuss nimmt "
            "Kenntnis.\n",
            "noted",
        ),
        # a result form printed with the proposal and never filled in says nothing
        (
            "Vorlage Nr.: 101/2025\n\nBeschlussvorschlag:\nDer Bezirksausschuss beschließt die "
            "Markierung.\n\nBeschluss:\n\nAbstimmungsergebnis:      einstimmig: ____    Ja: ____"
            "    Nein: ____    Enthaltung: ____\n\n ☐ wie Beschlussvorschlag    ☐ abgelehnt\n",
            None,
        ),
        # a status written as a decision sentence does what its framed act does
        (
            "Beschluss: Der Ortschaftsrat beschließt einstimmig, die Entscheidung über die "
            "Straßenbenennung zu vertagen.\n",
            "postponed",
        ),
        # (guard) ... and one that approves, approves
        (
            "Beschluss: Der Ortschaftsrat beschließt einstimmig, die Anträge anzumelden.\n",
            "approved",
        ),
        # Baden-Württemberg's minutes numbered from § 1: items of their own, whose outcomes differ
        (
            "Niederschrift\nüber die öffentliche Sitzung des Ortschaftsrates am 25.09.2024\n\n"
            "§ 1  Fragen der Einwohner\nEine Einwohnerin fragt nach dem Spielplatz.\n\n"
            "§ 2  Genehmigung der Niederschrift vom 24.07.2024\nDie Niederschrift wird einstimmig "
            "genehmigt.\n\n§ 3  Benennung einer Straße\nBeschluss: Der Ortschaftsrat beschließt "
            "einstimmig, die Entscheidung zu vertagen.\n",
            None,
        ),
        # (guard) a statute's paragraphs from § 1 are no items
        (
            "Beschluss:\nDer Gemeinderat beschließt die Haushaltssatzung:\n\n§ 1  Ergebnishaushalt"
            "\nDer Haushaltsplan wird festgesetzt.\n\n§ 2  Kredite\nKredite werden nicht "
            "veranschlagt.\n",
            "approved",
        ),
        # a decision's copy: the sitting and "beschlossen:", then the decided text, which adopts
        # the item and declares another motion settled by it
        (
            "Vorlage M 23\n\nDie Stadtverordnetenversammlung hat in ihrer 31. Sitzung am 7. März "
            "2024 beschlossen:\n\n1. Der Vorlage M 23 wird zugestimmt.\n\n2. Die Vorlage NR 812 "
            "wird im Hinblick auf die Vorlage M 23 für erledigt erklärt.\n",
            "approved",
        ),
        # a question asks, it decides nothing
        (
            "Einwohnerfragestunde\n\nFrage 2 (Herr Demir, Gartenstraße):\nWarum wurde der Antrag "
            "des Sportvereins auf Flutlicht für den Kunstrasenplatz abgelehnt?\n\nAntwort: Die "
            "Kosten waren zu hoch.\n",
            None,
        ),
        # (guard) what became of it at another sitting is no decision of this text
        (
            "Antrag der SPD-Fraktion\n\nDer Antrag wurde in der Sitzung am 10.06.2021 vertagt.\n"
            "Der Ausschuss nimmt den Sachstand zur Kenntnis.\n",
            "noted",
        ),
    ],
)
def test_outcome(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the record's own sitting, the item's place in it named before the decision it announces
        (
            "B e s c h l u s s\n\nDer Magistrat der Stadt Nordheim hat in seiner Sitzung am "
            "15. April 2024\nunter Punkt 12 der Tagesordnung folgenden Beschluss gefasst:\n\n"
            "Der Magistrat bewilligt die Zuschüsse.\n",
            "2024-04-15",
        ),
        # ... or "beschlossen:" after the sitting's date
        (
            "Die Stadtverordnetenversammlung hat in ihrer 31. Sitzung am 7. März 2024 "
            "beschlossen:\n\n1. Der Vorlage M 23 wird zugestimmt.\n",
            "2024-03-07",
        ),
        # (guard) an earlier decision told in the Sachverhalt, not announced
        (
            "Sachverhalt:\nDer Rat hat in seiner Sitzung am 07.07.2022 beschlossen, die "
            "Verwaltung zu beauftragen.\n\nBeschluss: Der Rat nimmt Kenntnis.\n",
            None,
        ),
        # (guard) an earlier decision quoted with its sitting is no date of this record
        (
            "Sachverhalt:\nDer Rat hat in seiner Sitzung am 07.07.2022 auf Antrag der Fraktionen "
            "folgenden Beschluss gefasst:\n\nDie Verwaltung wird beauftragt, zu berichten.\n",
            None,
        ),
        # the sitting an answer was given in, in parentheses under its heading
        (
            "Anfrage der Fraktion vom 21.10.2024\n\nAntwort des Magistrats\n(mündlich vorgetragen "
            "von Stadtbaurat Nolda in der 41. Sitzung der\nStadtverordnetenversammlung am Montag, "
            "11. November 2024)\n\nZu 1.: Von den Bäumen sind 39 gepflanzt.\n",
            "2024-11-11",
        ),
    ],
)
def test_meeting_date(text: str, date: str | None) -> None:
    meeting = parse_text(text).meeting
    assert (meeting.date.isoformat() if meeting.date else None) == date
