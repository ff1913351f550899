"""Families a twenty-fifth session found in a twenty-fifth blind probe
(``tests/probes/twentyfifth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from ratsparse.text import nominative

_HISTORY = (
    "Beratungsfolge                       Termin        Status    Zuständigkeit\n"
    "Bau- und Umweltausschuss             11.05.2026    Ö         Vorberatung\n"
    "Hauptausschuss                       26.05.2026    Ö         Vorberatung\n"
    "Stadtrat                             16.06.2026    Ö         Entscheidung\n\n"
)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a Beratungsfolge of several sittings, and the result headed by the one body that
        # decides: that body's row
        (
            "Beschlussvorlage 2026/0071\n\n" + _HISTORY + "Sanierung der Brücke am Mühlweg\n\n"
            "Beschlussvorschlag:\nDer Stadtrat genehmigt die Planung.\n\nBeschluss des "
            "Stadtrates:\nDem Beschlussvorschlag wird zugestimmt.\n\nAbstimmungsergebnis: 22 : 1\n",
            "2026-06-16",
        ),
        # a print's foot: the body, the sitting's date and the item, then the page
        (
            "Auszug aus der Niederschrift\n\nSitzung:   HA/0004/2026\n\nÖ 5   Friedhofssatzung\n\n"
            "Beschluss:\nDer Hauptausschuss empfiehlt die Satzung.\n\nJa: 9   Nein: 2\n\n"
            "__________________________________\n"
            "Hauptausschuss der Stadt Elsberg - 26.05.2026 - Ö 5           Seite 3 von 8\n",
            "2026-05-26",
        ),
        # a title line: a Bezirksvertretung's short name and place, the sitting in parentheses,
        # whether it was public and the item after a gap
        (
            "BV Elsberg-Nord  03.03.2026  (12. Sitzung)  öffentlich  TOP 6\n\nAntrag der SPD: "
            "Tempo 30\n\nBeschluss:\nDer Antrag wird einstimmig angenommen.\n",
            "2026-03-03",
        ),
        # a field's value: the sitting's number before its date, in a row of fields
        (
            "Gremium: Gemeinderat  |  Sitzung: GR/2026/03 am 12.03.2026  |  öffentlich\n\n"
            "TOP Ö 4   Bauantrag Fl.Nr. 12\n\nDer Gemeinderat erteilt das Einvernehmen.\n"
            "Abstimmung: 14 : 0\n",
            "2026-03-12",
        ),
        # a table of the sitting flattened into one column: its labels, then its values
        (
            "Stadt Elsberg\nAuszug aus dem Beschlussbuch\n\nGremium\nSitzung\nDatum\nTOP\n"
            "Finanzausschuss\nFinA/2026/02\n24.02.2026\nÖ 3\n\nBetreff: Quartalsbericht\n\n"
            "Beschluss:\nDer Bericht wird zur Kenntnis genommen.\n",
            "2026-02-24",
        ),
        # a certified extract's closing line, its date at the end of the sentence
        (
            "Auszug aus der Niederschrift\n\nTOP 4   Bebauungsplan „Am Anger“\n\nDer "
            "Ortsgemeinderat beschließt die Satzung.\n\nAbstimmungsergebnis: 11 Ja, 0 Nein\n\n"
            "Beschlossen in öffentlicher Sitzung des Ortsgemeinderates Elsberg am 19.03.2026.\n"
            "Die Übereinstimmung mit der Niederschrift wird beglaubigt.\n\nElsberg, 23.03.2026\n",
            "2026-03-19",
        ),
        # a breadcrumb of a CMS, its steps parted by "›" and wide gaps
        (
            "Startseite  ›  Politik  ›  Sitzungen  ›  Stadtrat  ›  12. März 2026\n\n"
            "Antrag der CDU: Parkgebühren\n\nDer Stadtrat lehnt den Antrag ab.\n",
            "2026-03-12",
        ),
        # a print view's label, the body's short name before the date
        (
            "Druckansicht            HFA 14.04.2026 - Ö 7            Seite 1/1\n\nStadt Elsberg\n\n"
            "Antrag der FDP vom 02.03.2026\n\nBeschluss:\nDer Antrag wird abgelehnt.\n",
            "2026-04-14",
        ),
        # the body's line of cells, a cell of its make-up between body and date
        (
            "BA 4 Elsberg-Süd | Vollgremium | 10.02.2026 | Ergebnisse öffentlicher Teil\n\n"
            "TOP 3   Radweg\nBeschluss: Der BA 4 stimmt der Vorlage zu.\n",
            "2026-02-10",
        ),
        # ... a label before the body
        (
            "Stadt Elsberg\n\nBeratung    Stadtbezirksrat Mitte    |    09.04.2026    |    Ö 6\n"
            "Drucks. Nr. 15-0712/2026\n\nAntrag: Schutzstreifen\n\nDer Stadtbezirksrat lehnt den "
            "Antrag ab.\n",
            "2026-04-09",
        ),
        # a paper's page for a sitting: "Vorlage zur Sitzung …", the paper's own "Datum:" below
        (
            "Landkreis Elsberg\nDer Landrat\n\nVorlage zur Sitzung des Kreistages am 24.09.2026\n"
            "öffentlich\n\nVorlage: VO/KT/2026/0356\nDatum: 20.08.2026\n\nBetreff:\nSchulnetz\n",
            "2026-09-24",
        ),
        # the office that made the paper, unlabelled, between its number and its "Datum:"
        (
            "Landkreis Elsberg\nKreisausschuss - Sitzung am 07.10.2026\n\nMitteilungsvorlage "
            "2026/0611\nFachbereich Zentrale Steuerung\nDatum: 24.09.2026\n\nBetreff:\n"
            "Beschlusskontrolle\n",
            "2026-10-07",
        ),
        # a decision sheet's title over the sitting's field, the body named in it
        (
            "Beirat Elsberg\nbeim Ortsamt Elsberg\n\nBESCHLUSS\n\nSitzung des Beirates Elsberg "
            "am:   18.06.2026\nTOP:                                5\n\nBeschlusstext:\nDer "
            "Beirat fordert einen Radweg.\n\nAbstimmung: einstimmig\n",
            "2026-06-18",
        ),
        # the sitting's own line, its number first
        (
            "Stadt Elsberg\nSVV/031/2026 – 31. Sitzung – Donnerstag, 29. Januar 2026\n\nTOP 7 "
            "Hebesätze\n\nDie Stadtverordnetenversammlung beschließt die Hebesätze.\n",
            "2026-01-29",
        ),
        # the body's field: its sitting, and a remark in parentheses
        (
            "Anfrage 0412/2026\n\nGremium:      Stadtrat, Sitzung am 15.04.2026 (schriftliche "
            "Beantwortung)\n\nFrage:\nWie viele Kitaplätze fehlen?\n\nAntwort:\nEs fehlen 40.\n",
            "2026-04-15",
        ),
        # a Beratungsfolge's heading set apart from its table by a blank line
        (
            "Vorlage zur Kenntnisnahme\n\nBeratungsfolge:\n\nDatum        Gremium              "
            "Beschlussart\n22.01.2026   Bezirksverordnetenversammlung Elsberg    zur Kenntnis "
            "genommen\n\nSchlussbericht zum Ersuchen\n",
            "2026-01-22",
        ),
        # "Beratung im:" with a colon, a remark after the date
        (
            "Informationsvorlage 2026/118\n\nBeratung im: Gemeinderat am 10.09.2026 "
            "(Kenntnisnahme)\n\nBericht über den Breitbandausbau.\n",
            "2026-09-10",
        ),
    ],
)
def test_meeting_dates(text: str, date: str) -> None:
    found = parse_text(text).meeting.date
    assert found is not None and found.isoformat() == date


def test_a_sitting_named_at_the_end_of_a_gazettes_sentence_is_one_to_come() -> None:
    # guard: what is to happen in a sitting ("… erfolgt in der Sitzung … am 14.04.2026.")
    text = (
        "Amtliche Bekanntmachung\n\nFeststellung eines Nachfolgers\n\nHerr Beispiel hat die Wahl "
        "angenommen. Seine Verpflichtung erfolgt in der Sitzung der Stadtvertretung am "
        "14.04.2026.\n"
    )
    assert parse_text(text).meeting.date is None


def test_a_several_bodies_result_headings_name_no_one_row() -> None:
    # guard: each body's heading under the history keeps its several dates open
    text = (
        "Beschlussvorlage 2026/0071\n\n" + _HISTORY + "Beschluss des Hauptausschusses:\n"
        "empfohlen\n\nBeschluss des Stadtrates:\nbeschlossen\n"
    )
    assert parse_text(text).meeting.date is None


def test_a_papers_request_to_decide_opens_a_proposal() -> None:
    # "Wir bitten, zu beschließen:": what follows is proposed; the body's result below decides
    doc = parse_text(
        "Drucksache Nr.: 1342/VI\nVorlage zur Beschlussfassung\n\nWir bitten, zu beschließen:\n\n"
        "1. Die Bezirksverordnetenversammlung beschließt die Verordnung.\n2. Die "
        "Bezirksverordnetenversammlung nimmt das Ergebnis der Abwägung zur Kenntnis.\n\n"
        "Beschluss der Bezirksverordnetenversammlung vom 20.06.2026\n(TOP 5.4 der 29. Sitzung):"
        "\n\nJa-Stimmen: 31\nNein-Stimmen: 14\nEnthaltungen: -\n\nDie Vorlage wurde angenommen.\n"
    )
    assert doc.outcome == "approved"


def test_a_vote_told_under_vorberatung_is_another_bodys() -> None:
    doc = parse_text(
        "Stadtrat - öffentliche Sitzung vom 23.06.2026\n\nTOP 11\nAntrag der ÖDP-Fraktion\n\n"
        "Vorberatung:\nPlanungsausschuss, Sitzung vom 09.06.2026. Der Ausschuss hat mit 8 : 5 "
        "Stimmen empfohlen, den Antrag abzulehnen.\n\nStadtrat K. erklärt, dass der Antrag "
        "zurückgezogen wird.\n\nErgebnis:\nDer Antrag ist zurückgezogen. Eine Abstimmung findet "
        "nicht statt.\n"
    )
    assert doc.outcome == "withdrawn"
    assert not any(v.decisive and v.counts.yes == 8 for v in doc.votes)


def test_who_voted_how_under_a_parts_result_belongs_to_it() -> None:
    doc = parse_text(
        "Beschlussvorschlag:\n1. Die Deputation stimmt der Erweiterung zu.\n2. Die Deputation "
        "bittet um Planung.\n3. Die Deputation stimmt einer Außenstelle zu.\n\nDie Ziffern 1 und 2 "
        "sowie Ziffer 3 werden getrennt abgestimmt.\n\nBeschluss zu Ziffer 1 und 2: einstimmig\n"
        "Beschluss zu Ziffer 3:        mehrheitlich\n                              Dafür: SPD, "
        "DIE LINKE\n                              Dagegen: CDU\n"
    )
    assert doc.outcome == "approved"
    part = next(v for v in doc.votes if v.subject == "Ziffer 3")
    assert [g.name for g in part.groups.no] == ["CDU"]


def test_agreeing_without_a_formal_vote_is_consent() -> None:
    doc = parse_text(
        "Antrag Nr. A/0011/2026\n\nDer Ausschuss verständigt sich ohne förmliche Abstimmung "
        "darauf, dem Antrag zu folgen.\n"
    )
    assert doc.outcome == "approved"
    assert doc.votes and doc.votes[0].unanimous is None


@pytest.mark.parametrize(
    # (the second a guard: a bare tally was read before, its labels after it or not)
    "line",
    ["Abstimmung (J/N/E): 11 / 0 / 0", "Abstimmungsergebnis: 11/0/0 (J/N/E)"],
)
def test_a_tally_labelled_by_initials(line: str) -> None:
    doc = parse_text(f"Beschlusstext:\nDer Gemeinderat beschließt die Satzung.\n\n{line}\n")
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (11, 0, 0)


def test_a_roll_call_with_the_party_in_a_column_of_its_own() -> None:
    doc = parse_text(
        "Beschluss:\nDie Stadtverordnetenversammlung beschließt das Konzept.\n\n"
        "Namentliche Abstimmung\nName                  Fraktion       Votum\n"
        "Adam, Kerstin         CDU            ja\nBrandt, Thomas        CDU            ja\n"
        "Claus, Heike          SPD            Enthaltung\nDietz, Jens           AfD            "
        "nein\nEngel, Uwe            AfD            abwesend\nFrank, Maria          DIE LINKE      "
        "ja\n\nDie Beschlussvorlage ist damit angenommen.\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (3, 1, 1)
    assert [g.party for g in vote.groups.no] == ["AfD"]


@pytest.mark.parametrize(
    ("text", "references"),
    [
        # an agenda table's paper cell, the item's result and its tally in the cells after it
        (
            "Tagesordnung - öffentlicher Teil\n\n| TOP | Betreff | Vorlage | Ergebnis | Abst. |\n"
            "|-----|---------|---------|----------|-------|\n| Ö 4 | Ortsratsmittel 2026 | "
            "26/0123 | beschlossen | 7/0/2 |\n| Ö 5 | Mitteilungen | 26/0140 | zur Kenntnis "
            "genommen |  |\n",
            ["26/0123", "26/0140"],
        ),
        # an overview of decisions, a sub-item's number and a column's gap before the paper's
        (
            "Übersicht über die Beschlüsse der 35. Tagung\n\nTOP   Drs.-Nr.    Gegenstand"
            "                    Ergebnis\n5.1   0845/XXI    Rechtsverordnung              "
            "einstimmig angenommen\n6.2   0811/XXI    Antrag der SPD: Radwege      abgelehnt\n",
            ["0845/XXI", "0811/XXI"],
        ),
        # a sitting's own line, its number first: no paper
        (
            "SVV/014/2026 – 14. Sitzung – Donnerstag, 26. November 2026\n\nÖ 7   Konzept\n"
            "       Beschlussvorlage BV/0288/2026\n",
            ["BV/0288/2026"],
        ),
    ],
)
def test_paper_references(text: str, references: list[str]) -> None:
    assert [r.reference for r in parse_text(text).references] == references


def test_parts_results_opening_with_those_present_are_the_parts_votes() -> None:
    doc = parse_text(
        "Beschluss:\n1. Der Gemeinderat erlässt die Haushaltssatzung.\n2. Der Finanzplan wird "
        "beschlossen.\n\nAbstimmungsergebnis:\nZiffer 1:   anwesend 16   dafür 14   dagegen 2\n"
        "Ziffer 2:   anwesend 16   dafür 16   dagegen 0\n"
    )
    assert doc.outcome == "approved"
    decisive = next(v for v in doc.votes if v.decisive)
    # the parts differ in their counts: the text's vote has none of its own
    assert decisive.counts.yes is None and decisive.unanimous is None


def test_parts_results_each_on_its_line_fill_their_heading() -> None:
    doc = parse_text(
        "Beschluss:\n1. A wird beschlossen.\n2. B wird beschlossen.\n\nAbstimmungsergebnis:\n"
        "Ziffer 1: Ja 14, Nein 2\nZiffer 2: Ja 16, Nein 0\n"
    )
    assert "RP102" not in {d.code for d in doc.diagnostics}


def test_a_numbered_lines_text_keeps_its_gap_so_its_span_agrees() -> None:
    text = "Abstimmungsergebnis:\nZiffer 1:   anwesend 15   dafür 13   dagegen 2\n"
    doc = parse_text(text)
    vote = doc.votes[0]
    assert vote.text.endswith("dagegen 2")
    assert " ".join(text[vote.span.start : vote.span.end].split()) == vote.text


def test_counts_after_those_present_parted_by_wide_gaps_are_a_count_line() -> None:
    vote = parse_text("anwesend 15   dafür 13   dagegen 2\n").votes[0]
    assert (vote.counts.present, vote.counts.yes, vote.counts.no) == (15, 13, 2)


def test_each_bodys_sitting_under_its_own_field_names_no_one_meeting() -> None:
    text = (
        "Beschlussvorlage - VO/2026/0417\n\nBeratungsfolge:\nOrtsbeirat Nord   Anhörung\n"
        "Stadtrat          Entscheidung\n\nBeschlussvorschlag:\nDie Bürgerschaft beschließt:\n"
        "1. Dem Spielplatz wird zugestimmt.\n\nBeratungsergebnisse:\n\nGremium: Ortsbeirat Nord\n"
        "Sitzung: 02.09.2026\nBeschlussart: empfohlen\nAbstimmung: Ja 6   Nein 0   Enthaltung 1\n\n"
        "Gremium: Stadtrat\nSitzung: 24.09.2026\nBeschlussart: beschlossen\n"
        "Abstimmung: Ja 29   Nein 4   Enthaltung 3\n"
    )
    assert parse_text(text).meeting.date is None


def test_a_beratungsfolge_ends_before_the_motions_formula() -> None:
    # a motion's page with no result: its clauses are no row of the table, and none decides
    doc = parse_text(
        "Drucksache - 1187/XXI\n\nBeratungsfolge:\nStatus    Datum         Gremium          "
        "Beschluss\nÖffentlich 15.05.2026   Bezirksverordnetenversammlung\n\n\n"
        "Die Bezirksverordnetenversammlung möge beschließen:\n\nDas Bezirksamt wird ersucht,\n"
        "1. den Radfahrstreifen dauerhaft anzuordnen,\n2. sich beim Senat dafür\neinzusetzen, "
        "dass Trennelemente gesetzt werden.\n"
    )
    assert doc.outcome is None


def test_a_papers_section_weighing_the_options_decides_nothing() -> None:
    doc = parse_text(
        "Vorlage für die Sitzung der Deputation für Soziales am 07.12.2026\n\nA. Problem\n"
        "Das Modellprojekt endet.\n\nB. Lösung\nDas Projekt soll verlängert werden.\n\n"
        "C. Alternativen\nWerden nicht empfohlen.\n\nG. Beschlussvorschlag\n1. Die Deputation "
        "stimmt der Verlängerung zu.\n"
    )
    assert doc.outcome is None


def test_an_excerpt_of_the_record_under_a_proposal_gives_the_result() -> None:
    doc = parse_text(
        "F. Beschlussvorschlag\nDie Deputation nimmt den Sachstandsbericht zur Kenntnis.\n\n\n"
        "Auszug aus dem Beschlussprotokoll der Sitzung vom 21.09.2026, TOP 9:\n"
        "Die Deputation nimmt Kenntnis.\n"
    )
    assert doc.outcome == "noted"


def test_a_bremen_drucksache_keeps_its_city_mark_after_the_short_label() -> None:
    assert [r.reference for r in parse_text("(Drs. 20/1687 S)\n").references] == ["20/1687 S"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the sitting's fields flattened into one column, their labels with colons
        (
            "Auszug aus der Niederschrift\nder 12. Sitzung des Stadtrates\nSitzungstermin:\n"
            "Sitzungsbeginn:\nSitzungsende:\nOrt, Raum:\nDonnerstag, 09.04.2026\n18:00 Uhr\n"
            "21:05 Uhr\nRathaus, Ratssaal\n\nTOP 5 Satzung\n\nDer Stadtrat beschließt die "
            "Satzung.\n",
            "2026-04-09",
        ),
        # a Beratungsfolge as a pipe table, the result headed in a cell by its body
        (
            "| Vorlage - VO/2026/112 |\n\n| Beratungsfolge: |\n"
            "| Gremium | Datum | Ö/N | Zuständigkeit |\n"
            "| Kreisausschuss | 09.06.2026 | N | Vorberatung |\n| Kreistag Elsberg-Land | "
            "22.06.2026 | Ö | Entscheidung |\n\nSachverhalt:\nDer Plan ist fortzuschreiben.\n\n"
            "| Beschluss des Kreistages: |\nDer Kreistag beschließt den Plan.\n",
            "2026-06-22",
        ),
        # its column heads with colons, the result headed by the body and its sitting's date
        (
            "Beschlussvorlage                               Drucksache-Nr.: 0412/2026\n\n"
            "Beratungsfolge:                          Sitzungstermin:\n"
            "Hauptausschuss (nichtöffentlich)         17.02.2026      Vorberatung\n"
            "Stadtrat (öffentlich)                    05.03.2026      Entscheidung\n\n"
            "Beschlussvorschlag:\nDer Stadtrat beschließt die Vergabe.\n\n"
            "Abstimmungsergebnis Stadtrat am 05.03.2026\n☒ mehrheitlich beschlossen\n",
            "2026-03-05",
        ),
    ],
)
def test_more_meeting_dates(text: str, date: str) -> None:
    found = parse_text(text).meeting.date
    assert found is not None and found.isoformat() == date


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # the decision adopts the proposal by naming it, its capital at the sentence's start
        (
            "Beschlussvorschlag:\n1. A wird beschlossen.\n2. B wird beschlossen.\n\nBeschluss:\n"
            "Dem Beschlussvorschlag wird einstimmig zugestimmt.\n",
            2,
        ),
        # ... or its parts
        (
            "Beschlussantrag:\n1. A wird beschlossen.\n2. B wird beschlossen.\n3. C wird "
            "beschlossen.\n\nBeschluss:\nDer Kreistag beschließt einstimmig die Ziffern 1 bis 3 "
            "des Beschlussantrags mit der Maßgabe, dass in Ziffer 2 300 steht.\n",
            3,
        ),
        # a committee's recommendation, adopted with a change
        (
            "Der Ausschuss hat den Entwurf beraten und empfiehlt der Bezirksversammlung, folgenden "
            "Beschluss zu fassen:\n\n  1. Die Bezirksversammlung stimmt den Leitlinien zu.\n  2. "
            "Die Bezirksversammlung bittet um einen Bericht.\n\nBeschluss:\nDie "
            "Bezirksversammlung beschließt die Beschlussempfehlung mit folgender Änderung:\nIn "
            "Ziffer 2 wird ein Wort eingefügt.\n\n– einstimmig –\n",
            2,
        ),
    ],
)
def test_a_proposal_adopted_by_naming_it_gives_its_clauses(text: str, clauses: int) -> None:
    assert len(parse_text(text).clauses) == clauses


def test_minutes_item_titles_wrapped_after_a_semicolon_are_headings() -> None:
    doc = parse_text(
        "Niederschrift über die öffentliche Sitzung des Gemeinderates\n\nÖffentliche Sitzung\n\n"
        "1. Genehmigung der Niederschrift vom 12.12.2025\n\nBeschluss:\nDie Niederschrift wird "
        "genehmigt.\n\nAnwesend: 13      Für: 13      Gegen: 0\n\n2. Vollzug der Baugesetze;\n"
        "   Antrag auf Baugenehmigung zur Errichtung einer Bergehalle, Fl.Nr. 1288\n\nBeschluss:\n"
        "Das Einvernehmen wird erteilt.\n\nAnwesend: 13      Für: 12      Gegen: 1\n\n"
        "3. Anfragen und Informationen\n\nKeine.\n"
    )
    assert [i.number for i in doc.items] == ["1.", "2.", "3."]


def test_parts_told_in_sentences_of_the_present_are_the_decisions() -> None:
    doc = parse_text(
        "Der Antrag lautet:\nDie Bezirksversammlung möge beschließen:\n1.   A wird unterstützt.\n"
        "2.   B wird erarbeitet.\n3.   C wird bereitgestellt.\n\nDie Vorsitzende lässt über die "
        "Ziffern einzeln abstimmen:\n\nZiffer 1 wird einstimmig angenommen.\nZiffer 2 wird "
        "mehrheitlich gegen die Stimmen der AfD-Fraktion angenommen.\nZiffer 3 wird mit den "
        "Stimmen von SPD, CDU und AfD gegen die Stimmen von GRÜNE und FDP abgelehnt.\n"
    )
    assert [i.number for i in doc.items] == ["Ziffer 1", "Ziffer 2", "Ziffer 3"]
    assert doc.outcome is None  # the parts' outcomes differ


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("Stadtrates", "Stadtrat"),
        ("Gemeinderats", "Gemeinderat"),
        ("Ausschusses", "Ausschuss"),
        ("Ausschuss", "Ausschuss"),
        ("Kreistages", "Kreistag"),
        ("Landkreises", "Landkreis"),
        ("Bezirksvertretung", "Bezirksvertretung"),
        ("Rates", "Rat"),
    ],
)
def test_a_bodys_noun_without_its_genitive(word: str, stem: str) -> None:
    # (one rule for the header's body and the Beratungsfolge's rows matched to a heading)
    assert nominative(word) == stem
