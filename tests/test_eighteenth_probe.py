"""Families an eighteenth session found: in an eighteenth blind probe (Bayern's Gemeinderäte and
Kreistage, Hessen's Stadtverordnetenversammlungen, Berlin's BVVs and Hamburg's
Bezirksversammlungen, votes that are not a plain yes or no, PDF minutes turned to text,
Nordrhein-Westfalen's Bezirksvertretungen, small Gemeinden with an Amt or a Verbandsgemeinde, the
Kreistage of four Länder), and in the probes kept from earlier sessions.

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ratsparse import parse_text
from ratsparse.normalize import clean
from tests.test_seventeenth_probe import _counts, _date

PROBE = Path(__file__).parent / "probes" / "eighteenth"


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # a row of labels without borders over one row of values (a table's tabs)
        (
            "Bebauungsplan Nr. 4\nGremium\tSitzung\tSitzungsdatum\tö / nö\tTOP-Nr.\n"
            "Gemeinderat Aholfing\t12. Sitzung\t14.03.2024\tö\t5\nSachverhalt\nDer Plan.\n",
            "2024-03-14",
        ),
        # ... not a course of several bodies, whose row is this text's is not said
        (
            "Gremium\tSitzungsdatum\tBeratungstyp\nBauausschuss\t05.03.2024\tvorberatend\n"
            "Gemeinderat\t14.03.2024\tbeschließend\nSachverhalt\nDer Plan.\n",
            None,
        ),
        # the sitting's date alone on its line, with whether it was public
        (
            "Gemeinde Kirchdorf\nSitzung des Gemeinderates\n14.03.2024 – öffentlich\n\nTOP 3\n"
            "Bauantrag\n",
            "2024-03-14",
        ),
        # what follows was said in the sitting the line names
        (
            "Anfrage der Fraktion X vom 01.02.2024\n\nAntwort der Verwaltung, vorgetragen in der "
            "Sitzung des Stadtrates am 14.03.2024:\n\nDer Radweg wird saniert.\n",
            "2024-03-14",
        ),
        # ... not an earlier sitting told in a sentence
        (
            "Der Bauausschuss hat die Sache in der Sitzung des Bauausschusses am 05.03.2024 "
            "beraten.\n",
            None,
        ),
        # a web page's breadcrumb: the body, its sitting's number, the date, the item
        (
            "Bürgerinfo > Sitzungskalender > Stadtverordnetenversammlung (44.) · 20.06.2024 > "
            "TOP Ö 19\n\nBeschluss:\n",
            "2024-06-20",
        ),
        # the body and its sitting with an adjective, a place after the date, a title framed
        # by dashes
        (
            "Vorlage: 0007/XX\nKreistag Landkreis Hildesheim, konstituierende Sitzung am "
            "12.11.2026\n",
            "2026-11-12",
        ),
        (
            "Erzgebirgskreis\nKreistag, 45. Sitzung, Mittwoch, 4. Oktober 2023, Annaberg-Buchholz"
            "\n\nÖ 11\n",
            "2023-10-04",
        ),
        (
            "Stadt Mönchengladbach\nBezirksvertretung Nord                        - Sitzung vom "
            "12.10.2023 -\n",
            "2023-10-12",
        ),
        # a field's value followed by whether the sitting was public, after a column's gap
        ("Sitzungstag 11.12.2023      öffentlich      Tagesordnungspunkt 15\n", "2023-12-11"),
        # a course of one body, its date's column headed "Termin"
        (
            "Beratungsfolge                Termin        Behandlung      Art\nKreistag       "
            "              07.12.2023    öffentlich      Beschlussfassung\n",
            "2023-12-07",
        ),
        # the minutes' running head, the date before the title
        (
            "Bezirksvertretung Brackwede                                      Seite 7\n25.01.2024"
            "                                         Niederschrift - öffentlicher Teil -\n",
            "2024-01-25",
        ),
        # a question time's own page
        (
            "Stadt Fulda\n\nFragestunde der Stadtverordnetenversammlung am 11. November 2024\n"
            "Frage Nr. 7\n",
            "2024-11-11",
        ),
        # guard: two sittings of a paper's history, each with its item
        (
            "Rat der Stadt Geldern, 12.03.2024, TOP Ö 15\n\nBeschluss: beschlossen\n\n"
            "Rat der Stadt Geldern, 23.04.2024, TOP Ö 2\n\nBeschluss: geändert beschlossen\n",
            None,
        ),
        # a report of the sitting, its verb before the sitting
        (
            "Der Ortsgemeinderat trat in seiner Sitzung am Donnerstag, dem 28.11.2024, im "
            "Gemeindehaus zusammen.\n",
            "2024-11-28",
        ),
    ],
)
def test_meeting_heads(head: str, date: str | None) -> None:
    assert _date(head) == date


def _decisive_counts(text: str) -> tuple[int | None, int | None, int | None]:
    vote = next(v for v in parse_text(text).votes if v.decisive)
    return vote.counts.yes, vote.counts.no, vote.counts.abstain


def test_the_last_ballot_of_an_election_decides() -> None:
    text = (
        "Vorgeschlagen ist Herr M.\n\n1. Wahlgang\nAusgegebene Stimmzettel: 53\nJa: 27   "
        "Nein: 23   Enthaltung: 3\nDer Bewerber hat die erforderliche Mehrheit nicht erreicht."
        "\n\n2. Wahlgang\nAusgegebene Stimmzettel: 53, ungültig: 0\nJa: 29   Nein: 21   "
        "Enthaltung: 3\n\nHerr M. ist zum Bezirksstadtrat gewählt.\n"
    )
    assert _decisive_counts(text) == (29, 21, 3)


def test_the_votes_a_motion_had_got_before_are_no_vote_of_this_text() -> None:
    text = (
        "Beschluss: abgelehnt\n\nAbstimmungsergebnis: Ja 28 | Nein 15 | Enthaltung 2\n\n"
        "Sachverhalt:\nIn der ersten Beratung hatte der Antrag 31 Ja-Stimmen bei 14 "
        "Nein-Stimmen erhalten.\n\nDer Antrag ist damit abgelehnt.\n"
    )
    assert _decisive_counts(text) == (28, 15, 2)


def test_the_votes_a_majority_requires_are_no_vote() -> None:
    text = (
        "Beschluss: mit Zweidrittelmehrheit beschlossen\n\nAbstimmungsergebnis:\nJa: 34   "
        "Nein: 3   Enthaltung: 4\n\nSachverhalt:\nBei 41 anwesenden Mitgliedern waren "
        "mindestens 28 Ja-Stimmen erforderlich.\n"
    )
    assert _decisive_counts(text) == (34, 3, 4)


def test_a_result_dated_with_this_sitting_s_day_under_the_reasons_is_the_vote() -> None:
    # (a text of this probe: "4. Begründung: …" and further fields, then "Abstimmungsergebnis
    # in der BVV am 16.10.2024: 41 Ja-Stimmen, 9 Enthaltungen.", the BVV's sitting that day)
    text = (PROBE / "FC" / "FC-17.txt").read_text(encoding="utf-8")
    assert _decisive_counts(text) == (41, None, 9)


@pytest.mark.parametrize(
    ("result", "counts"),
    [
        # einmütig: everyone agreed (abstentions do not break it)
        ("Der Ausschuss empfiehlt einmütig bei einer Enthaltung.\n", (True, None, None, 1, [])),
        ("Abstimmungsergebnis: einmütig beschlossen\n", (True, None, None, None, [])),
        # a tally whose labels are cut to their first letters
        ("Abstimmungsergebnis: 9 J / 3 N / 1 E\n", (False, 9, 3, 1, [])),
        # a terse result line: Abst. for Abstimmung, einst. for einstimmig
        ("Abst.: einst. (1 befangen)\n", (True, None, None, None, [])),
    ],
)
def test_counts(result: str, counts: tuple[object, ...]) -> None:
    assert _counts(result) == counts


def test_minutes_that_head_their_public_part_are_cut_into_items() -> None:
    text = (
        "Mitteilungsblatt\nUnterrichtung über die Sitzung des Ortsgemeinderates\n\n"
        "Öffentliche Sitzung\n\n1. Einwohnerfragestunde\nFragen wurden nicht gestellt.\n\n"
        "2. Forstwirtschaftsplan 2025\nDer Ortsgemeinderat stimmte dem Plan einstimmig zu.\n\n"
        "3. Auftragsvergabe Dach\nDer Ortsgemeinderat beschloss die Vergabe mit 7 Ja-Stimmen "
        "bei 2 Enthaltungen.\n"
    )
    read = parse_text(text)
    assert [i.number for i in read.items] == ["1.", "2.", "3."]
    assert [i.outcome for i in read.items] == [None, "approved", "approved"]


def test_parts_told_in_sentences_are_the_decisions() -> None:
    text = (
        "Beschluss der Vollversammlung des Stadtrates vom 24.07.2024\n\nI. Antrag\n"
        "1. Der Versuch wird fortgeführt.\n2. Die Planung wird beauftragt.\n\nII. Beschluss\n"
        "Über die Ziffern 1 und 2 wurde getrennt abgestimmt.\nZiffer 1 wurde einstimmig "
        "beschlossen.\nZiffer 2 wurde mit 45 gegen 32 Stimmen beschlossen.\n"
    )
    read = parse_text(text)
    assert [i.number for i in read.items] == ["Ziffer 1", "Ziffer 2"]
    assert read.outcome == "approved"
    assert not any(v.decisive for v in read.votes)  # no one vote is the text's


def _decisive(text: str) -> tuple[list[str], list[str], list[str]]:
    vote = next(v for v in parse_text(text).votes if v.decisive)
    return (
        [g.name for g in vote.groups.yes],
        [g.name for g in vote.groups.no],
        [g.name for g in vote.groups.abstain],
    )


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a side's group before "folgenden Beschluss:"
        (
            "Der Ausschuss fasst mehrheitlich bei Gegenstimmen der AfD-Fraktion und Enthaltung "
            "der Fraktion FDP/Bürgerliste folgenden Beschluss:\n1. Der Plan wird beschlossen.\n",
            ([], ["AfD-Fraktion"], ["Fraktion FDP/Bürgerliste"]),
        ),
        # a person's standing after the person is no group; where the motion goes after the
        # last name is no part of it; the coalition names no group
        (
            "Abstimmungsergebnis:\nmehrheitlich beschlossen bei 3 Gegenstimmen (Fraktion DIE "
            "LINKE) und 1 Enthaltung (BV Kaya, fraktionslos)\n",
            ([], ["Fraktion DIE LINKE"], ["BV Kaya"]),
        ),
        (
            "Der Hauptausschuss überweist den Antrag mit den Stimmen der Fraktionen SPD und FDP "
            "gegen die Stimmen der Fraktion AfD bei Enthaltung der Fraktion DIE LINKE an den "
            "Ausschuss für Mobilität.\n",
            (["SPD", "FDP"], ["Fraktion AfD"], ["Fraktion DIE LINKE"]),
        ),
        (
            "Der Vorsitzende stellt fest, dass die Satzung mit den Stimmen der Koalition und "
            "der FDP beschlossen ist.\n",
            (["FDP"], [], []),
        ),
        # a line of sides in Frankfurt's way, read as a sentence with its label (a field's line
        # below it is no part of it)
        (
            "Beschluss:\nDer Vorlage M 62 wird zugestimmt.\nAbstimmung: CDU, GRÜNE und BFF gegen "
            "LINKE (= Ablehnung); AfD und ÖkoLinX-ELF (= Enthaltung)\nBeschlussausfertigung(en): "
            "§ 4512, 33. Sitzung der STV vom 16.05.2024\n",
            (["CDU", "GRÜNE", "BFF"], ["LINKE"], ["AfD", "ÖkoLinX-ELF"]),
        ),
    ],
)
def test_who_voted_how(text: str, sides: tuple[list[str], ...]) -> None:
    assert _decisive(text) == sides


def test_who_voted_how_is_told_of_the_vote_nearest_above_that_it_fits() -> None:
    # (a text of this probe: the result's counts, an earlier vote told in the Sachverhalt, then
    # the sides of the result; the sides were given to the earlier vote)
    text = (PROBE / "FD" / "FD-06.txt").read_text(encoding="utf-8")
    assert _decisive(text) == (
        ["CDU", "Bündnis 90/Die Grünen", "FDP"],
        ["SPD-Fraktion", "Fraktion Freie Wähler"],
        ["AfD-Fraktion"],
    )


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # adopted as changed: in the committee's version (Berlin's BVV), in a changed version
        # named by the vote's heading, with an amendment made in the meeting
        (
            "Beschluss der Bezirksverordnetenversammlung vom 18.09.2024:\n\nDer "
            "Beschlussempfehlung wird mit 30 Ja-Stimmen, 18 Nein-Stimmen und 2 Enthaltungen "
            "zugestimmt.\n\nDamit ist der Antrag in der Fassung der Beschlussempfehlung "
            "angenommen.\n",
            "approved_amended",
        ),
        (
            "Die Antragsteller übernehmen die Änderung.\n\nAbstimmung über den Antrag in der "
            "geänderten Fassung:\n\n| Ja | Nein | Enthaltung |\n| 0 | 0 | 0 |\n\neinstimmig "
            "angenommen\n",
            "approved_amended",
        ),
        (
            "Der Ausschuss fasst unter Einbeziehung des o. g. Zusatz-/Ergänzungsantrages der "
            "Fraktion X mehrheitlich folgenden Beschluss:\n\n1. Der Plan wird beschlossen.\n"
            "2. Die Mittel werden angemeldet.\n",
            "approved_amended",
        ),
        # the paper's field between the decision's heading and its text: the text is decided
        (
            "Beschluss:\nVorlage: FB 61/0698/WP18\n\nDie Bezirksvertretung nimmt die Anregung "
            "zur Kenntnis. Der Anregung kann aus den dargelegten Gründen nicht entsprochen "
            "werden.\n\nEinstimmig.\n",
            "rejected",
        ),
        # "Geänderter Beschluss:" heads the changed text the vote adopts
        (
            "Abstimmungsergebnis: 13 Ja-Stimmen, 13 Nein-Stimmen, 1 Enthaltung.\nDer Vorsitzende "
            "stellt fest, dass der Beschlussvorschlag bei Stimmengleichheit abgelehnt ist.\n\n"
            "Geänderter Beschluss:\n\n1. Der Platz erhält den Namen Grubenplatz.\n2. Eine Tafel "
            "wird aufgestellt.\n\nAbstimmungsergebnis: angenommen mit 16 Ja-Stimmen gegen 10 "
            "Nein-Stimmen bei 1 Enthaltung.\n",
            "approved_amended",
        ),
        # the motion that ends the item, put to the vote in the line above the vote's heading
        (
            "Beschlussvorschlag:\nDer Gemeinderat beschließt die Satzung.\n\nGemeinderat X "
            "beantragt, den Tagesordnungspunkt abzusetzen.\n\nDer Bürgermeister lässt über den "
            "Antrag auf Absetzung abstimmen.\n\nAbstimmung:   Ja: 11    Nein: 2    Enthaltung: 1\n"
            "\nDer Tagesordnungspunkt wird abgesetzt und in der Sitzung des Gemeinderates\nam "
            "08.02.2024 erneut beraten.\n",
            "postponed",
        ),
        # ... not a move to the sitting's public part, which is no referral
        (
            "Abstimmung über den Geschäftsordnungsantrag auf Verweisung in den öffentlichen "
            "Teil:\n\nAbstimmung:\n7 Stimmen dafür\n0 Stimmen dagegen\n1 Stimmenthaltung\n",
            "approved",
        ),
        # a checkbox result whose rows are padded to the table's border: the ticked row
        (
            "Beschluss:\nDer Rat beschließt die Satzung.\n\nBeratungsergebnis:\n"
            "| [ ] einstimmig angenommen                                        |\n"
            "| [X] mehrheitlich angenommen                                      |\n"
            "| [ ] abgelehnt                                                    |\n"
            "| [ ] zurückgestellt / an Ausschuss verwiesen                      |\n",
            "approved",
        ),
        # an election failed; the rule of the vote and a break in the sitting decide nothing
        (
            "Die Vorsitzende erläutert das Wahlverfahren: Gewählt ist, wer die Stimmen der "
            "Mehrheit der Mitglieder erhält.\n\nJa-Stimmen 28\nNein-Stimmen 22\n\nFrau X hat "
            "damit die erforderliche Mehrheit von 29 Stimmen verfehlt und ist nicht gewählt.\n\n"
            "Abgeordneter Y beantragt eine Sitzungsunterbrechung von 15 Minuten; dies wird ohne "
            "Gegenrede beschlossen.\n",
            "rejected",
        ),
        # nothing decided: a motion's formula, a group's request, what another authority did
        # told in reported speech, results of another sitting made known
        (
            "Antrag der SPD-Fraktion\n\nVor diesem Hintergrund möge die Bezirksversammlung "
            "beschließen:\n\nDie Bezirksamtsleitung wird gebeten, einen Brunnen zu errichten.\n",
            None,
        ),
        (
            "Sehr geehrter Herr Vorsteher,\n\ndie CDU-Fraktion bittet, nachstehenden Antrag auf "
            "die Tagesordnung zu setzen und vorab dem Ausschuss zur Beratung zu überweisen.\n",
            None,
        ),
        (
            "Betreff: Einwohnerfragestunde\n\nDer Bürgermeister erklärt, der Landesbetrieb habe "
            "die Planung inzwischen genehmigt (Az. 541.23-GW-04).\n",
            None,
        ),
        (
            "Ö 2\nBekanntgabe von Beschlüssen\n\nDie Vorsitzende gibt die folgenden in der "
            "nichtöffentlichen Sitzung des Ausschusses am 23.11.2023 gefassten Beschlüsse "
            "bekannt:\n\n1. Vorlage LIA/087/2023\nVerkauf einer Fläche\nErgebnis: einstimmig "
            "beschlossen\n\n2. Vorlage LIA/094/2023\nAnmietung von Büroflächen\nErgebnis: "
            "zurückgestellt\n",
            None,
        ),
        (
            "Anfrage\n\nZu 3.: Die Mitwirkung führt nur dann zur Unwirksamkeit, wenn sie "
            "entscheidend war. Bei den 2025 gefassten Beschlüssen mit Mehrheiten von mindestens "
            "12 zu 5 Stimmen war dies in keinem Fall gegeben.\n",
            None,
        ),
        (
            "Antwort:\nFür die Schulen sind 23,4 Mio. € veranschlagt (vgl. Beschlussvorlage "
            "0771/2023 zum Schulbauprogramm, vom Kreistag am 11.12.2023 beschlossen).\n\n"
            "Die Anfrage ist damit beantwortet.\n",
            None,
        ),
        (
            "Beschlussvorschlag:\nDer Kreistag beschließt die Richtlinie.\n\nBegründung:\nDie "
            "Richtlinie ist alt.\n\nDer Kreisausschuss hat die Vorlage zur Kenntnis erhalten.\n",
            None,
        ),
        # another authority's act told in the perfect with its date, across a wrapped line
        (
            "Zu TOP 4: Mitteilungen\nb) Die Kommunalaufsicht des Kreises hat die Haushaltssatzung "
            "2024 mit Verfügung\n   vom 30.01.2024 (Az. 15.2-HH-2024/11) ohne Auflagen "
            "genehmigt.\n",
            None,
        ),
        # a referral on a proposal of the chair (no pointer to a text)
        (
            "Auf Vorschlag des Vorsitzenden wird der Antrag ohne Aussprache zur weiteren Beratung "
            "an den Verwaltungsausschuss verwiesen. Widerspruch erhebt sich nicht.\n",
            "referred",
        ),
        # another body's decision told with its date, an abbreviation's full stop between
        (
            "Bekanntgabe von Beschlüssen\n\nDer Vorsitzende gibt bekannt, dass der "
            "Verwaltungsausschuss in nichtöffentlicher Sitzung\nam 03.07.2023 dem Erwerb des "
            "Grundstücks Flst. Nr. 2187/3 in Albstadt-Ebingen für die\nErweiterung der "
            "Kreisberufsschule zugestimmt hat.\n",
            None,
        ),
        # "stimmt … ab" announces a vote; only "stimmt … zu" decides
        ("Die Bezirksvertretung stimmt über den Antrag ab.\n", None),
        ("Beschluss:\nDer Rat stimmt dem Antrag mit 12 Stimmen zu.\n", "approved"),  # guard
    ],
)
def test_outcomes(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # a word spaced out letter by letter before a colon or after a word: joined
        ("B e s c h l u s s :\n", "Beschluss :\n"),
        ("Der Antrag wird a b g e l e h n t.\n", "Der Antrag wird abgelehnt.\n"),
        # guards: a title alone on its line; letters of a list
        ("B E S C H L U S S\n", "B E S C H L U S S\n"),
        ("Varianten a b c\n", "Varianten a b c\n"),
    ],
)
def test_words_spaced_out(written: str, read: str) -> None:
    cleaned = clean(written)
    assert cleaned.text == read
    assert clean(cleaned.text).text == read  # cleaning twice changes nothing


def test_a_decision_headed_by_a_spaced_out_label_has_its_clauses() -> None:
    # (a text of this probe: minutes printed from a PDF, "B e s c h l u s s :" over 3 clauses)
    text = (PROBE / "FB" / "FB-03.txt").read_text(encoding="utf-8")
    assert len(parse_text(text).clauses) == 3


def test_a_course_of_bodies_whose_rows_lost_their_tabs_has_each_body_s_votes() -> None:
    text = (
        "Beratungsfolge\nGremium\tSitzung\tRolle\nHaupt- und Finanzausschuss\t05.02.2024\t"
        "Vorberatung\nVerbandsgemeinderat\t22.02.2024\tEntscheidung\n\nBeratungsverlauf:\n\n"
        "Haupt- und Finanzausschuss, 05.02.2024, TOP Ö 3\nAbstimmungsergebnis: einstimmig "
        "empfohlen\n\nVerbandsgemeinderat, 22.02.2024, TOP Ö 8\nAbstimmungsergebnis: "
        "mehrheitlich beschlossen\nJa: 31  Nein: 2  Enthaltung: 0\n"
    )
    read = parse_text(text)
    assert [(i.title, str(i.meeting.date) if i.meeting else None) for i in read.items] == [
        ("Haupt- und Finanzausschuss", "2024-02-05"),
        ("Verbandsgemeinderat", "2024-02-22"),
    ]
    assert [i.outcome for i in read.items] == ["approved", "approved"]
    assert read.outcome == "approved"


def test_minutes_whose_items_are_headed_zu_n_beside_their_record() -> None:
    text = (
        "Niederschrift über die Sitzung der Stadtverordnetenversammlung\n\nzu 5    Die "
        "Stadtverordnetenversammlung beschließt die Vereinbarung.\n\n        "
        "Abstimmungsergebnis:\n        Ja-Stimmen: 19   Nein-Stimmen: 3   Enthaltungen: 1\n\n"
        "zu 6    Herr Schröder begründet den Antrag.\n\n        Abstimmungsergebnis:\n"
        "        Ja-Stimmen: 4   Nein-Stimmen: 17   Enthaltungen: 2\n"
    )
    read = parse_text(text)
    assert [i.number for i in read.items] == ["zu 5", "zu 6"]
    assert [i.outcome for i in read.items] == ["approved", "rejected"]
    assert read.outcome is None  # the decisions differ


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        # the number in the right column of the head of minutes is the minutes' own
        (
            "Stadt Kamen                                                   Niederschrift\n"
            "Der Bürgermeister                                              ASU/012/2022\n\n"
            "über die 12. Sitzung des Ausschusses am Montag, 07.11.2022\n\nVorlage: 0417/2022\n",
            ["0417/2022"],
        ),
        (
            "Gemeinde Leubsdorf                                         Niederschrift\n"
            "Landkreis Mittelsachsen                                    GR/2023/11 – öffentlich\n"
            "\nSitzung des Gemeinderates\n\nVorlage: BV 2023/071\n",
            ["BV 2023/071"],
        ),
        # an office's code under its label
        (
            "Die Oberbürgermeisterin\n\nDezernat, Dienststelle\nI/15/151\n\nVorlagen-Nummer\n"
            "1034/2026\n",
            ["1034/2026"],
        ),
        # a file mark's value, a numbered notice
        ("Bauantrag\nAz.: 602-BV 14/2024\n\nBeschluss:\nDas Einvernehmen wird erteilt.\n", []),
        (
            "Öffentliche Bekanntmachung Nr. 31/2023 des Landkreises\n\nDer Kreistag hat die "
            "Satzung beschlossen.\n",
            [],
        ),
        # guard: a paper number in a letterhead that is no minutes'
        (
            "Der Oberbürgermeister                                         24-23011\n\n"
            "Beschlussvorlage\n\nBetreff: Haushalt\n",
            ["24-23011"],
        ),
    ],
)
def test_paper_references(text: str, papers: list[str]) -> None:
    assert [r.reference for r in parse_text(text).references] == papers


def test_a_decided_text_that_opens_with_wie_beschlussvorschlag_has_the_proposal_s_clauses() -> None:
    text = (
        "Beschlussvorschlag:\n1. Der Ausschuss beschließt die Bewohnerparkzone.\n2. Die "
        "Verwaltung wird beauftragt, die Wirkung zu untersuchen.\n\nBeschluss:\nWie "
        "Beschlussvorschlag.\n\nAbstimmungsergebnis: einstimmig beschlossen\n"
    )
    assert len(parse_text(text).clauses) == 2


def test_minutes_numbered_by_paragraphs_standing_alone_on_their_lines() -> None:
    text = (
        "Niederschrift über die öffentliche Sitzung des Kreistags\n\n§ 42\nJahresabschluss "
        "2022\n\nDer Kreistag fasst einstimmig folgenden Beschluss:\n1. Der Abschluss wird "
        "festgestellt.\n\n§ 43\nSatzung zur Änderung der Abfallwirtschaftssatzung\n\nDer "
        "Kreistag fasst bei 3 Gegenstimmen folgenden Beschluss:\nDie Satzung wird beschlossen.\n"
    )
    assert [i.number for i in parse_text(text).items] == ["§ 42", "§ 43"]


def test_minutes_with_a_numbered_attendance_and_items_headed_zu_punkt() -> None:
    text = (
        "Niederschrift über die Sitzung der Gemeindevertretung\n\nAnwesend:\n1. Bürgermeister "
        "Henning Lütje, Vorsitzender\n2. GV Carsten Block\n3. GV Britta Dose\n\nZu Punkt 1:\n"
        "Der Bürgermeister eröffnet die Sitzung.\n\nZu Punkt 2:\nDie Gemeindevertretung "
        "beschließt einstimmig die Satzung.\n\nZu Punkt 3:\nDie Gemeindevertretung vergibt "
        "den Auftrag.\nJa-Stimmen: 7 Nein-Stimmen: 0 Stimmenthaltungen: 1\n"
    )
    read = parse_text(text)
    assert [i.number for i in read.items] == ["Zu Punkt 1", "Zu Punkt 2", "Zu Punkt 3"]
    assert [i.outcome for i in read.items] == [None, "approved", "approved"]
