"""Families found in a thirty-second blind probe (``tests/probes/thirtysecond``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from ratsparse.normalize import clean


@pytest.mark.parametrize(
    "table",
    [
        # the body's name heads the row, the last column's cell left empty
        "Gremium | Zustimmung | Ablehnung | Enthaltung | Befangen\nKreistag | 44 | 11 | 3 | ",
        "Ja | Nein | Enthaltung | Befangen\n44 | 11 | 3 |",
        # (guard) the closing border of a full row is no empty cell
        "| Ja | Nein | Enthaltung |\n| 44 | 11 | 3 |",
    ],
)
def test_a_count_row_whose_last_cells_are_empty(table: str) -> None:
    doc = parse_text(f"Abstimmungsergebnis:\n{table}\n")
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (44, 11, 3)
    assert doc.outcome == "approved"


@pytest.mark.parametrize(
    ("heading", "date"),
    [
        # the deciding body and its sitting's date over its result, below a Beratungsfolge whose
        # rows open with a status cell
        ("Kreistag 22.02.2024:", "2024-02-22"),
        # (guard) a date that is not the body's row in the Beratungsfolge names no meeting
        ("Kreistag 23.02.2024:", None),
    ],
)
def test_the_deciding_bodys_sitting_as_a_heading(heading: str, date: str | None) -> None:
    doc = parse_text(
        "Vorlage - 2024/KT/0091\n\nBeratungsfolge:\nStatus | Gremium | Datum | Zuständigkeit\n"
        "Öffentlich | Kreisausschuss | 05.02.2024 | Vorberatung\n"
        "Öffentlich | Kreistag | 22.02.2024 | Entscheidung\n\n"
        "Beschlussvorschlag:\nDer Kreistag beschließt die Satzung.\n\n"
        f"{heading}\n\nAbstimmungsergebnis: einstimmig\n"
    )
    assert (doc.meeting.date.isoformat() if doc.meeting.date else None) == date


def test_a_count_table_then_who_abstained_then_the_same_unanimous_result() -> None:
    doc = parse_text(
        "Beschlusstext:\nDer Stadtrat bewilligt die überplanmäßigen Aufwendungen.\n\n"
        "Abstimmungsergebnis:\nJa-Stimmen | Nein-Stimmen | Stimmenthaltungen | Befangen\n"
        "35 | 0 | 4 | 2\n\nDie Stimmenthaltungen kamen aus der Fraktion DIE LINKE. Zwei "
        "Mitglieder haben wegen persönlicher Beteiligung an der Abstimmung nicht teilgenommen.\n\n"
        "Ergebnis: einstimmig mit Stimmenthaltungen beschlossen\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (35, 0, 4)
    assert vote.unanimous is True


@pytest.mark.parametrize(
    ("line", "refs"),
    [
        # an Amt's paper: kind / body / number / year
        ("Vorlage: VO/StV/0412/2024", ["VO/StV/0412/2024"]),
        ("Die Vorlage BV/Gr/009/2023 wird beschlossen.", ["BV/Gr/009/2023"]),
        # kind / the member town's body of two words / year / number
        ("Vorlage: VO/GV Ban/2024/0145", ["VO/GV Ban/2024/0145"]),
        # kind, a space, the town's short name of two parts / year / number
        ("Vorlage: GV GrWi/2023/031", ["GV GrWi/2023/031"]),
        # (guard) the two-part name needs its paper word
        ("Die GV GrWi/2023/031 tagte.", []),
    ],
)
def test_an_amts_paper_with_its_bodys_short_name(line: str, refs: list[str]) -> None:
    doc = parse_text(f"{line}\n\nBeschluss:\nDer Vorlage wird zugestimmt.\n")
    assert [r.reference for r in doc.references] == refs


@pytest.mark.parametrize(
    "table",
    [
        "|Anwesend|Ja|Nein|pers. beteiligt|\n|---|---|---|---|\n|22|20|1|1|",
        "Anwesend: 22, Ja: 20, Nein: 1, persönl. beteiligt: 1",
    ],
)
def test_members_taking_no_part_abbreviated_are_no_count(table: str) -> None:
    doc = parse_text(f"Abstimmungsergebnis:\n{table}\n")
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (20, 1, None)
    assert vote.counts.conflicted == 1


@pytest.mark.parametrize(
    "statement",
    [
        "Die Fraktion sei einverstanden, den Antrag für erledigt zu erklären.",
        # (guard) without what was agreed to
        "Die Fraktionen seien damit einverstanden.",
    ],
)
def test_a_groups_consent_reported_is_no_decision_of_the_body(statement: str) -> None:
    doc = parse_text(
        "Beschluss:\nDie Stadtvertretung erklärt den Antrag für erledigt.\n\n"
        "Abstimmungsergebnis:\nJa: 22   Nein: 0   Enthaltung: 0\n\n"
        f"Beratungsverlauf:\nDie Antragstellerin erklärt für ihre Fraktion, man halte am Ziel "
        f"fest. {statement}\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (22, 0, 0)
    assert doc.outcome == "other"


def test_a_count_tables_head_wrapped_onto_two_lines() -> None:
    doc = parse_text(
        "Beschluss:\nDer Kreistag beschließt die Satzung.\n\n"
        "Abstimmungs-      gesetzl. Mit-   an-      Ja-Stim-   Nein-Stim-   Enthal-   befan-\n"
        "ergebnis:         gliederzahl     wesend   men         men          tungen    gen\n"
        "                  99              84       61          19           4         0\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (61, 19, 4)
    assert (vote.counts.present, vote.counts.conflicted) == (84, 0)


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # (guard) prose, justified with a wide gap or none: the word's halves joined
        ("Die Verwal-\ntung wird beauftragt.", "Verwaltung wird"),
        ("Die Verwal-\ntung   wird beauftragt.", "Verwaltung   wird"),
        # a table head's last cell wrapped: the line below is the head's second line
        ("Ja-Stim-   befan-\nmen         gen        x", "befan-\nmen"),
    ],
)
def test_a_hyphen_at_a_line_end_in_prose_and_in_a_tables_head(text: str, joined: str) -> None:
    assert joined in clean(text).text


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # the sitting first, the law it rests on between verb and decision, abbreviated
        (
            "In seiner Sitzung am 30. November 2023 hat der Amtsausschuss des Amtes Brück auf "
            "der\nGrundlage des § 140 i. V. m. § 65 der Kommunalverfassung des Landes "
            "Brandenburg (BbgKVerf)\nfolgenden Beschluss gefasst:",
            "2023-11-30",
        ),
        # a decision's number with letters, then the sitting it was taken in
        (
            "Beschluss-Nr. GR/2024/117\naus der öffentlichen Sitzung des Gemeinderats vom "
            "07.11.2024",
            "2024-11-07",
        ),
        # the body's field with its sitting's date after a gap
        (
            "Gremium: Ausschuss für Feuerwehr, Ordnung und Sicherheit         16.04.2024\nTOP Ö 7",
            "2024-04-16",
        ),
    ],
)
def test_the_sitting_named_in_a_texts_head(head: str, date: str) -> None:
    doc = parse_text(f"Gemeinde Musterau\n\n{head}\n\nDer Vorlage wird zugestimmt.\n")
    assert doc.meeting.date is not None
    assert doc.meeting.date.isoformat() == date


def test_html_table_cells_left_in_a_text_stay_apart() -> None:
    text = (
        "<table><tr><td>Gremium</td><td>Sitzung</td></tr>\n"
        "<tr><td>Gemeinderat Tannau</td><td>Dienstag, 14.11.2023</td></tr></table>\n"
        "Beschluss:\nDem Antrag wird zugestimmt.\n"
    )
    assert "Gremium   Sitzung" in clean(text).text
    doc = parse_text(text)
    assert doc.meeting.date is not None
    assert doc.meeting.date.isoformat() == "2023-11-14"


@pytest.mark.parametrize(
    "opening",
    [
        "Der Ausschuss fasst sodann folgenden geänderten\n\nBeschluss:",
        "Sodann fasst der Stadtrat mit 26 gegen 0 Stimmen folgenden\n\ngeänderten Beschluss:",
    ],
)
def test_the_body_takes_the_decision_as_changed_its_heading_wrapped(opening: str) -> None:
    doc = parse_text(
        "Frau Berger beantragt, den Zuschuss auf 25.000 € zu erhöhen.\n\n"
        f"{opening}\n\nDer Zuschuss wird in Höhe von 25.000 € gewährt.\n\n"
        "Abstimmungsergebnis: einstimmig\n"
    )
    assert doc.outcome == "approved_amended"


@pytest.mark.parametrize(
    ("report", "outcome"),
    [
        # the body's verb in the past, its subject after it
        (
            "Nach kurzer Aussprache verwies der Gemeinderat den Antrag einstimmig zur "
            "Vorberatung in den Verwaltungsausschuss.",
            "referred",
        ),
        ("Der Kreistag überwies die Vorlage einstimmig an den Kreisausschuss.", "referred"),
        # (guard) a pointer in the debate, then the decision
        (
            "Bürgermeister Kunz verwies darauf, dass die Kosten gedeckt sind. Der Gemeinderat "
            "stimmte dem Antrag einstimmig zu.",
            "approved",
        ),
    ],
)
def test_a_referral_told_in_the_past(report: str, outcome: str) -> None:
    doc = parse_text(f"Bericht aus der Gemeinderatssitzung vom 16. Juli 2024\n\n{report}\n")
    assert doc.outcome == outcome


def test_a_consent_to_refer_and_the_result_line_that_says_referred() -> None:
    doc = parse_text(
        "Punkt 19:\nAntrag der Fraktion Volt\n\nDie Vorsteherin schlägt vor, den Antrag zur "
        "weiteren Beratung an den Ausschuss für Klima zu überweisen. Widerspruch erhebt sich "
        "nicht.\n\nErgebnis: überwiesen an den Ausschuss für Klima\n"
    )
    assert doc.outcome == "referred"


@pytest.mark.parametrize("gap", [" ", "\n"])
def test_the_body_decides_with_a_long_tally_before_its_colon(gap: str) -> None:
    # (on one line, or wrapped onto the next)
    doc = parse_text(
        "Sachverhalt:\nDie Verwaltung hat folgende Hebesätze vorgeschlagen.\n\n"
        f"Der Rat der Stadt beschließt mit 24 Ja-Stimmen bei 6 Gegenstimmen (DIE LINKE,{gap}AfD) "
        "und 2 Enthaltungen:\n\n1. Die Hebesatzsatzung wird beschlossen.\n\n"
        "2. Die Verwaltung wird beauftragt, ein Konzept vorzulegen.\n"
    )
    assert len(doc.clauses) == 2


def test_each_bodys_sitting_line_parted_by_dashes_over_its_result() -> None:
    doc = parse_text(
        "Vorlage SV-2024/118 – Beschlussvorlage\nDatum: 21.10.2024\n\nBeratungsergebnisse\n\n"
        "Ortsbeirat Nord – 06.11.2024 – TOP Ö 4 – Anhörung\nErgebnis: einstimmig empfohlen\n\n"
        "Ausschuss für Bau – 19.11.2024 – TOP Ö 7 – Vorberatung\nErgebnis: empfohlen\n"
        "Ja 9 | Nein 0 | Enthaltung 2\n\n"
        "Stadtverordnetenversammlung – 05.12.2024 – TOP Ö 15 – Entscheidung\n"
        "Ergebnis: einstimmig beschlossen\n"
    )
    assert doc.meeting.date is None
    assert doc.outcome == "approved"
    assert len(doc.items) == 3


@pytest.mark.parametrize(
    ("below", "date"),
    [
        # the motion's date beside its mover; the sitting that dealt with it below its reasons
        ("Beratung in der Sitzung des Stadtrates am 20.03.2024, TOP 9.2", "2024-03-20"),
        # (guard) no sitting named: the motion's date is none of the meeting's
        ("Die Verwaltung hat berichtet.", None),
    ],
)
def test_a_motions_date_beside_its_mover(below: str, date: str | None) -> None:
    doc = parse_text(
        "Stadtrat\n\nAntrag Nr. AN/0034/2024\n"
        "Antragsteller: Fraktion DIE LINKE           Datum: 27.02.2024\n"
        "Betreff: Barrierefreier Zugang zur Stadtbibliothek\n\n"
        "Beschlussvorschlag:\nDer Oberbürgermeister wird beauftragt, einen Zugang herzustellen.\n\n"
        "Begründung:\nDer Eingang ist nur über eine Treppe erreichbar.\n\n"
        f"{below}\n\nDie Verwaltung informiert über die laufende Maßnahme.\n\n"
        "Ergebnis: erledigt\n"
    )
    assert (doc.meeting.date.isoformat() if doc.meeting.date else None) == date


@pytest.mark.parametrize(
    ("line", "refs"),
    [
        # a report's, an information's or a sitting's paper, its kind's letters before it
        ("Der Bürgermeister                  Nr. MV 0093/2023", ["MV 0093/2023"]),
        # (guard) after a word that says it is a paper, as before
        ("Bezug: IV 0021/2024", ["IV 0021/2024"]),
        ("Vorlage SV 2023/214 zur Sitzung", ["SV 2023/214"]),
    ],
)
def test_a_report_or_sitting_paper_with_its_kinds_letters(line: str, refs: list[str]) -> None:
    doc = parse_text(f"{line}\n\nBeschluss:\nDer Bericht wird zur Kenntnis genommen.\n")
    assert [r.reference for r in doc.references] == refs


def test_lettered_points_under_an_item_heading_do_not_go_on_its_title() -> None:
    doc = parse_text(
        "Niederschrift über die öffentliche Sitzung des Ortsgemeinderates am 03.07.2024\n\n"
        "1. Einwohnerfragestunde\nEs werden keine Fragen gestellt.\n\n"
        "2. Mitteilungen des Ortsbürgermeisters\na) Der Bescheid liegt seit dem 14.06.2024 vor.\n"
        "b) Die Kirmes findet im August statt.\n\n"
        # (a title may end with an abbreviation's full stop)
        "3. Zuschuss an den Sportverein e.V.\nBeschluss:\nDer Zuschuss wird gewährt.\n"
        "Abstimmungsergebnis: 11 Ja-Stimmen, 0 Nein-Stimmen, 0 Enthaltungen\n\n"
        "4. Verschiedenes\nEs gibt keine Wortmeldungen.\n"
    )
    assert [item.number for item in doc.items] == ["1.", "2.", "3.", "4."]


@pytest.mark.parametrize(
    "head",
    [
        "Stadt Gera · Stadtrat · 21.09.2023 · TOP Ö 3                      - 1 -",
        "Gemeinde Tannau | Gemeinderat | 21.09.2023 | TOP 3",
    ],
)
def test_a_running_head_with_the_town_before_the_body(head: str) -> None:
    doc = parse_text(f"{head}\n\nBeschluss:\nDer Vorlage wird zugestimmt.\n")
    assert doc.meeting.date is not None
    assert doc.meeting.date.isoformat() == "2023-09-21"


@pytest.mark.parametrize(
    ("scanned", "read"),
    [
        (
            "am Dienstag, dern 07.11.2023, irn Bürgerhaus",
            "am Dienstag, dem 07.11.2023, im Bürgerhaus",
        ),
        ("Sitzung des Gerneinderates", "Sitzung des Gemeinderates"),
        ("ohne Gegenstimme ernpfohlen", "ohne Gegenstimme empfohlen"),
        # (guard) a real word with "rn" stays
        ("gern modern", "gern modern"),
    ],
)
def test_a_scans_rn_for_m_in_a_sittings_heading(scanned: str, read: str) -> None:
    assert clean(scanned).text == read


def test_a_decision_announced_as_taken_in_this_sitting_keeps_its_vote() -> None:
    doc = parse_text(
        "In der Sitzung der Gemeindevertretung vom 01.06.2028 wurde folgender Beschluss\n"
        "gefasst:\nSatzung über die Erhebung von Gebühren\n"
        "- beschlossen -   Abstimmung: 7 Ja / 1 Nein / 0 Enthaltung\n"
        "Der Beschluss kann im Amt eingesehen werden.\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (7, 1, 0)


def test_each_items_record_headed_zu_punkt_with_its_title() -> None:
    doc = parse_text(
        "Niederschrift über die Sitzung der Gemeindevertretung am 19.09.2023\n\n"
        "Tagesordnung:\n1. Genehmigung der Niederschrift\n2. Zuschuss an den TSV\n\n"
        "Zu Punkt 1: Genehmigung der Niederschrift\nDie Niederschrift wird einstimmig "
        "genehmigt.\n\nZu Punkt 2: Zuschuss an den TSV\nDie Gemeindevertretung gewährt den "
        "Zuschuss.\nAbstimmungsergebnis: 6 Ja-Stimmen, 1 Nein-Stimme, 0 Enthaltungen\n"
    )
    assert [item.number for item in doc.items] == ["Zu Punkt 1", "Zu Punkt 2"]


@pytest.mark.parametrize(
    ("after", "no"),
    [
        # the sides of the vote in parentheses on a line of their own, then an amendment's vote
        (
            "Der zuvor gestellte Änderungsantrag der ÖDP, auch das Gebiet 11 einzubeziehen, "
            "wurde gegen die Stimmen der ÖDP abgelehnt.\n",
            ["CSU-Fraktion", "AfD"],
        ),
        # (guard) the same with nothing below it
        ("", ["CSU-Fraktion", "AfD"]),
    ],
)
def test_sides_in_parentheses_then_an_amendments_vote(after: str, no: list[str]) -> None:
    doc = parse_text(
        "II. Antrag des Referenten\n1. Der Einführung wird zugestimmt.\n"
        "2. Der Antrag ist damit behandelt.\n\nIII. Beschluss\nnach Antrag\n\n"
        f"(gegen die Stimmen der CSU-Fraktion und der AfD)\n\n{after}"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert [g.name for g in vote.groups.no] == no
    assert vote.unanimous is False
    assert doc.outcome == "approved"
