"""Families an eleventh blind probe found, and the ones the tenth left open (the eleventh:
240 texts from Rheinland-Pfalz and the Saarland, the city-states, county councils, PDF
minutes, the smallest bodies, amendments, numbers that are and are not references, and
decisions made without an ordinary vote).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from ratsparse.models import Vote
from tests.test_ninth_probe import sides


def counts(vote: Vote) -> tuple[int | None, int | None, int | None]:
    return vote.counts.yes, vote.counts.no, vote.counts.abstain


@pytest.mark.parametrize(
    "text",
    [
        # another body's earlier vote, told in the pluperfect under the result's heading
        "Beschluss:\n\nzurückgezogen\n\nAbstimmungsergebnis\n\nDer Antrag war im Ausschuss für "
        "Schule und Sport vorberaten worden. Der Ausschuss hatte ihn mit 4 Ja-\nStimmen, 6 "
        "Nein-Stimmen und 1 Enthaltung nicht zur Beschlussfassung empfohlen.\n\nDie Fraktion "
        "erklärt, dass der Antrag zurückgezogen wird.\n",
        # ... in the passive, in a sentence of prose
        "Der Antrag war im Hauptausschuss mit 9 Ja-Stimmen und 2 Nein-Stimmen befürwortet "
        "worden. Der Antragsteller zieht den Antrag zurück.\n",
    ],
)
def test_a_vote_told_in_the_pluperfect_came_before(text: str) -> None:
    r = parse_text(text)
    assert r.outcome == "withdrawn"
    assert not any(v.decisive and v.counts.yes is not None for v in r.votes)


def test_a_vote_told_in_the_perfect_is_this_ones() -> None:
    # guard: the record's own vote, in the perfect
    r = parse_text("Der Stadtrat hat den Antrag mit 9 Ja-Stimmen und 2 Nein-Stimmen beschlossen.\n")
    assert r.outcome == "approved"
    [vote] = [v for v in r.votes if v.decisive]
    assert counts(vote) == (9, 2, None)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # only the urgency vote is counted; the item was then withdrawn without a vote
        (
            "Beschlussart: zurückgezogen\n\nAbstimmungsergebnis (Dringlichkeit):\nDafür: 24\n"
            "Dagegen: 2\nEnthaltungen: 3\n\nDer Antragsteller zieht den Antrag zurück.\n",
            "withdrawn",
        ),
        # ... a motion to close the debate, then the item postponed
        (
            "Beschluss: vertagt\n\nAbstimmung über den Antrag auf Schluss der Debatte:\n"
            "Ja: 15, Nein: 10, Enthaltungen: 0\n",
            "postponed",
        ),
    ],
)
def test_votes_on_procedure_alone_decide_no_item(text: str, outcome: str) -> None:
    r = parse_text(text)
    assert r.outcome == outcome
    assert r.votes
    assert not any(v.decisive for v in r.votes)


def test_a_status_that_says_the_vote_beside_procedure_is_the_items_vote() -> None:
    r = parse_text(
        "Beschluss: einstimmig beschlossen\n\nAbstimmungsergebnis (Dringlichkeit):\nDafür: 20\n"
        "Dagegen: 3\nEnthaltungen: 0\n\nDer Rat beschließt die Resolution.\n"
    )
    assert r.outcome == "approved"
    [vote] = [v for v in r.votes if v.decisive]
    assert vote.unanimous is True
    assert vote.counts.yes is None


def test_a_lone_amendment_vote_still_decides() -> None:
    # guard: an amendment's vote is the only one told: it decides, as before
    r = parse_text(
        "Beschluss: geändert beschlossen\n\nAbstimmung über den Änderungsantrag der SPD:\n"
        "Ja: 12, Nein: 8, Enthaltungen: 1\n"
    )
    [vote] = [v for v in r.votes if v.decisive]
    assert counts(vote) == (12, 8, 1)


@pytest.mark.parametrize(
    "text",
    [
        # a body that is heard takes note with assent: it approves
        "Der Ortschaftsrat nimmt die Vorlage zustimmend zur Kenntnis; der Hinweis von Herrn "
        "Lorenz wird in die Stellungnahme aufgenommen.\n\nAbstimmungsergebnis: einstimmig\n",
        "Beschluss:\nDer Seniorenbeirat nimmt das Konzept befürwortend zur Kenntnis.\n\n"
        "Abstimmung: einstimmig\n",
    ],
)
def test_taking_note_with_assent_approves(text: str) -> None:
    assert parse_text(text).outcome == "approved"


def test_taking_note_plainly_is_noting() -> None:
    # guard
    text = (
        "Beschluss:\nDer Ortschaftsrat nimmt den Bericht zur Kenntnis.\n\nAbstimmung: einstimmig\n"
    )
    assert parse_text(text).outcome == "noted"


@pytest.mark.parametrize(
    ("text", "references"),
    [
        # a Verbandsgemeinde's number: part, number, year, body, serial
        ("Vorlage: 1-0388/24/31-017\n\nBeschluss: beschlossen\n", ["1-0388/24/31-017"]),
        ("Beschlussvorlage - 4-0102/23/07-044\n\nBeschluss: beschlossen\n", ["4-0102/23/07-044"]),
        # a paper's number alone on its line, under a heading that ends in a not-paper word
        (
            "TOP 5 Sanierung der Turnhalle - Freigabe der Ausschreibung\nBV/2024/0311\n\n"
            "Beschluss: beschlossen\n",
            ["BV/2024/0311"],
        ),
        # an amendment's number in parentheses after its word, with the amendment's suffix
        ("Die SPD hat einen Änderungsantrag (KT/0714/2024-2) eingereicht.\n", ["KT/0714/2024-2"]),
        ("Es liegt ein Ergänzungsantrag (BV 7/0112-E2) vor.\n", ["BV 7/0112-E2"]),
        ("Änderungsantrag der CDU (A 23/0518-1) vor.\n", ["A 23/0518-1"]),
        ("Die Gruppe hat einen Ersetzungsantrag (5-0117/23-ÄA2) gestellt.\n", ["5-0117/23-ÄA2"]),
        ("ihren Änderungsantrag (ÄA-GR/2024/0311-02) vor\n", ["ÄA-GR/2024/0311-02"]),
        ("Drucksache IX/0711-2 (Änderungsantrag)\n", ["IX/0711-2"]),
        ("Verwaltungsstandpunkt VII-A-08811-VSP-01 vom 05.03.2024\n", ["VII-A-08811-VSP-01"]),
        # two offices' letters before the number
        ("Beschlussvorlage      Nr.: BV-OR-ALT/0012/2024\n", ["BV-OR-ALT/0012/2024"]),
        # Berlin's Drucksache with its Wahlperiode
        ("Drucksache IX-0845\n\nBeschluss: überwiesen\n", ["IX-0845"]),
        ("Ort: Rathaus Pankow\nIX-1206 Sichere Schulwege\n", ["IX-1206"]),
        # ALLRIS's item page: the paper's number and title under the sitting's head
        (
            "Gremium: Stadtrat\tBeschlussart: beschlossen\nDatum: Di, 12.03.2024\n"
            "Raum: Ratssaal\nOrt: Rathaus, Markt 1\n2024/0231 Neubau der Kita Lindenweg\n",
            ["2024/0231"],
        ),
    ],
)
def test_papers_in_more_formats_and_slots(text: str, references: list[str]) -> None:
    assert [r.reference for r in parse_text(text).references] == references


@pytest.mark.parametrize(
    "text",
    [
        # guard: a tender's number stays none, alone on its line or not
        "Die Ausschreibung\n17/2023\nwurde aufgehoben.\n",
        "Freigabe der Ausschreibung\n17/2023\n",
        # a sitting's number after its body, in parentheses
        "11. Sitzung des Kreisausschusses (KA/11/2024) am Montag, 22. April 2024\n",
        # a press release's number; a decision's number after its body
        "Pressemitteilung Nr. 41/2022 | 16.03.2022\n",
        "(Beschluss der Ratsversammlung Nr. RBVII-1875/23 vom 18.10.2023)\n",
        # a number the end of the text cut short
        "Anlagen:\n3. Abwägungstabelle zur Vorlage VO/20",
        # guard: a year and a number under a line that is no sitting's head
        "Die Verwaltung berichtet.\n2024/0231 Neubau der Kita Lindenweg\n",
    ],
)
def test_numbers_that_stay_no_papers(text: str) -> None:
    assert parse_text(text).references == ()


def test_a_list_of_names_ends_at_a_blank_line() -> None:
    r = parse_text(
        "Es wird namentlich abgestimmt.\n\nMit Ja stimmten:\nAnna Beck, Paul Roth, Eva Weiß\n\n"
        "Mit Nein stimmten:\nOtto Kern\n\nDer Stimme enthielt sich:\nLisa Sommer\n\n"
        "Der Ausschuss hat dem Beschlussvorschlag damit zugestimmt.\n"
    )
    [vote] = [v for v in r.votes if v.decisive]
    assert counts(vote) == (3, 1, 1)
    assert [g.name for g in vote.groups.abstain] == ["Lisa Sommer"]


@pytest.mark.parametrize(
    "text",
    [
        # the amendment adopted, then the motion as it changed it, each on a line of its own
        "Abstimmungsergebnis:\nDer Änderungsantrag Drs. 22-1411.1 wird einstimmig angenommen.\n"
        "Der so geänderte Antrag wird mehrheitlich bei Gegenstimmen der AfD-Fraktion "
        "angenommen.\n",
        # the change announced before the clauses
        "Beschlussart: beschlossen\n\nDer Stadtrat beschließt mit folgender Änderung:\n\n"
        "1. Der Bebauungsplan wird als Satzung beschlossen; die Traufhöhe beträgt 6,50 m.\n"
        "2. Die Begründung wird gebilligt.\n\nAbstimmung: Ja: 20, Nein: 3, Enthaltungen: 1\n",
        # the version adopted, named in the vote's own sentence
        "Die Bezirksversammlung beschließt den Antrag in der durch Übernahme von Punkt 1 des "
        "Änderungsantrags geänderten Fassung einstimmig.\n",
        # as a motion to the paper changed it (Frankfurt)
        "Beschluss:\n1. Der Vorlage M 51 wird in der Fassung des Antrages NR 704 zugestimmt.\n\n"
        "Abstimmung:\nCDU, GRÜNE und SPD gegen AfD (= Ablehnung)\n",
        # München: the third section, adopted with a proviso
        "II. Antrag des Referenten\n\n1. Das Referat wird beauftragt, die Planung fortzusetzen.\n"
        "\nIII. Beschluss\n\nnach Antrag mit der Maßgabe, dass die Planung bis Mai vorliegt.\n",
    ],
)
def test_adopted_as_changed_in_the_meeting(text: str) -> None:
    assert parse_text(text).outcome == "approved_amended"


def test_the_amendment_and_the_motion_are_two_votes() -> None:
    r = parse_text(
        "Abstimmungsergebnis:\nDer Änderungsantrag wird einstimmig angenommen.\n"
        "Der so geänderte Antrag wird mehrheitlich angenommen.\n"
    )
    assert [(v.subject, v.unanimous, v.majority, v.decisive) for v in r.votes] == [
        ("Änderungsantrag", True, None, False),
        (None, False, True, True),
    ]


@pytest.mark.parametrize(
    ("text", "outcome", "clauses"),
    [
        # München's Sitzungsvorlage: "III. Beschluss" over "nach Antrag." adopts section II
        (
            "II. Antrag der Referentin\n\n1. Vom Vortrag der Referentin wird Kenntnis genommen.\n"
            "\n2. Das Referat wird beauftragt, dem Stadtrat 2026 zu berichten.\n\n"
            "III. Beschluss\n\nnach Antrag.\n",
            "approved",
            2,
        ),
    ],
)
def test_a_section_numbered_decision_heading(text: str, outcome: str, clauses: int) -> None:
    r = parse_text(text)
    assert (r.outcome, len(r.clauses)) == (outcome, clauses)
    assert r.status is not None
    assert r.status.text == "nach Antrag."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Frankfurt's line of sides, a remark after a blank line (holding a space) below it
        (
            "Abstimmung:\nGRÜNE, CDU, SPD und Volt gegen AfD (= Ablehnung); BFF (= Enthaltung)\n"
            " \nSonstige Voten/Protokollerklärung:\nStadtv. Krause (fraktionslos) stimmt der "
            "Vorlage M 45 vom 03.02.2023 zu.\n",
            (["GRÜNE", "CDU", "SPD", "Volt"], ["AfD"], ["BFF"]),
        ),
        # ... the abstaining group joined with "und"
        (
            "Abstimmung:\nCDU, SPD und Die Fraktion gegen AfD (= Ablehnung) und LINKE "
            "(= Enthaltung)\n",
            (["CDU", "SPD", "Die Fraktion"], ["AfD"], ["LINKE"]),
        ),
        # ... a group that wanted something else is on no side
        (
            "Abstimmung:\nCDU, GRÜNE und SPD gegen AfD (= Ablehnung); BFF (= Annahme der "
            "Vorlage M 12 in der ursprünglichen Fassung); ÖkoLinX-ELF (= Enthaltung)\n",
            (["CDU", "GRÜNE", "SPD"], ["AfD"], ["ÖkoLinX-ELF"]),
        ),
    ],
)
def test_frankfurts_line_of_sides(
    text: str, expected: tuple[list[str], list[str], list[str]]
) -> None:
    [vote] = parse_text(text).votes
    assert sides(vote) == expected
    assert vote.unanimous is False


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a verdict hyphenated across a page's end, its number and running head between
        (
            "Beschluss:\nDer Antrag wird in den Ausschuss für Finanzen ver-\n\n"
            "                                        Seite 1 von 2\n"
            "Beschlussauszug Rat 15.02.2024 – TOP 12\n\nwiesen.\n\nAbstimmung: einstimmig\n",
            "referred",
        ),
        (
            "Beschluss:\n\nDie Vorlage OF 77/2 wird von der Fraktion zurückge-\n\n"
            "Protokoll OBR 2 – 14. Sitzung vom 05.03.2024                    Seite 4\n\n"
            "zogen.\n",
            "withdrawn",
        ),
        # the decided text opens at the line that frames it: the debate above is none of it
        (
            "Ratsherr Kühn beantragt, den Antrag zur Beratung in die Fachausschüsse zu "
            "verweisen. Ratsfrau Brandt unterstützt diesen Vorschlag, bittet aber um eine "
            "Kostenschätzung der Verwaltung.\n\n"
            "Der Rat fasst folgenden Beschluss:\n\nDer Antrag wird in den Ausschuss für "
            "Soziales verwiesen.\n\nAbstimmungsergebnis:   mehrheitlich bei 3 Gegenstimmen\n",
            "referred",
        ),
        # the proposal headed as changed, adopted
        (
            "Beschluss: mehrheitlich beschlossen\nAbstimmung: Ja: 30, Nein: 4, Enthaltungen: 2\n"
            "\nGeänderter Beschlussvorschlag:\nDer Kreistag beschließt:\n1. Das Konzept wird "
            "bestätigt.\n2. Der Landrat wird beauftragt, bis zum 30.06.2024 zu berichten.\n",
            "approved_amended",
        ),
    ],
)
def test_what_the_layout_hid(text: str, outcome: str) -> None:
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a refusal someone reports, in the subjunctive, is no act of the decided text
        (
            "TOP 6  Vergabe von Globalmitteln\n\nFrau Akbulut erläutert, dass die Sozialbehörde "
            "eine Förderung mit Schreiben vom 15.12.2023 abgelehnt habe.\n\nDer Beirat ist mit "
            "der vorgeschlagenen Verteilung einverstanden. Widerspruch erhebt sich nicht.\n",
            "approved",
        ),
        # the decision's heading with its number, over a text that refuses a request
        (
            "Beschluss Nr. JHA 24/017:\n\nDer Jugendhilfeausschuss lehnt den Antrag des Vereins "
            "auf Anerkennung als Träger der freien Jugendhilfe ab.\n\nBegründung:\nDie Frist ist "
            "nicht erfüllt. Dem Verein wird empfohlen, erneut einen Antrag zu stellen.\n\n"
            "Abstimmungsergebnis:\nJa: 9     Nein: 2     Stimmenthaltung: 3\n",
            "rejected",
        ),
    ],
)
def test_what_the_decided_text_does(text: str, outcome: str) -> None:
    assert parse_text(text).outcome == outcome


def test_the_ticked_results_of_rows_below_a_count_table() -> None:
    r = parse_text(
        "Abstimmungsergebnis (vom Protokoll auszufüllen):\n"
        "gesetzliche Mitgliederzahl: 15        anwesend: 13\n"
        "Ja-Stimmen: 9      Nein-Stimmen: 4      Enthaltungen: 0\n\n"
        "☐ einstimmig        ☒ mit Stimmenmehrheit\n"
        "☒ angenommen        ☐ abgelehnt        ☐ zurückgestellt\n"
    )
    assert r.outcome == "approved"
    [vote] = [v for v in r.votes if v.decisive]
    assert (counts(vote), vote.unanimous) == ((9, 4, 0), False)


def test_a_count_sentence_wrapped_onto_its_verdict_and_groups_is_one_vote() -> None:
    r = parse_text(
        "Beschluss:     Der Antrag wird mit 8 Ja-Stimmen bei 15 Nein-Stimmen und 2 Enthaltungen\n"
        "               abge-\n               lehnt.\n"
        "               (dafür: GRÜNE, SPD; dagegen: CDU, FDP; Enthaltung: AfD)\n"
    )
    assert r.outcome == "rejected"
    [vote] = [v for v in r.votes if v.decisive]
    assert counts(vote) == (8, 15, 2)
    assert sides(vote) == (["GRÜNE", "SPD"], ["CDU", "FDP"], ["AfD"])


def test_each_groups_number_and_side_a_line() -> None:
    r = parse_text(
        "Abstimmungsergebnis:\nGRÜNE         4 dafür\nSPD           3 dafür\n"
        "CDU           2 dagegen\nFDP           1 Enthaltung\n\nDer Antrag ist damit angenommen.\n"
    )
    [vote] = [v for v in r.votes if v.decisive]
    assert counts(vote) == (7, 2, 1)
    assert sides(vote) == (["GRÜNE", "SPD"], ["CDU"], ["FDP"])
    assert [g.members for g in vote.groups.yes] == [4, 3]


def test_an_urgency_vote_alone_tells_no_outcome() -> None:
    # the main vote was cut off: the urgency vote says nothing of the item's outcome
    r = parse_text(
        "Dringlichkeitsantrag: Erhalt des Jugendtreffs\n\nAbstimmung über die Dringlichkeit:\n"
        "Ja: 14, Nein: 1, Enthaltungen: 2\nDie Dringlichkeit ist damit anerkannt.\n\n"
        "Das Jugendparlament fordert:\n1. Der Jugendtreff bleibt geöffnet.\n2. Die Stadt\n"
    )
    assert r.outcome is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rule and a page's end between the heading and its counts
        (
            "Abstimmungsergebnis:\n" + "_" * 60 + "\nStadt Rheinbach – Niederschrift "
            "05/2023                              Seite 7 von 12\n\nJa-Stimmen: 12          "
            "Nein-Stimmen: 2          Enthaltungen: 1\n",
            (12, 2, 1),
        ),
        # Rheinland-Pfalz's column for a special interest, a count of no side
        (
            "|Abstimmungsergebnis:| | | | |\n|Ja|Nein|Enthaltung|Sonderinteresse| |\n"
            "|12|1|0|1| |\n",
            (12, 1, 0),
        ),
    ],
)
def test_counts_where_a_page_or_a_column_was_in_the_way(
    text: str, expected: tuple[int, int, int]
) -> None:
    [vote] = parse_text(text).votes
    assert counts(vote) == expected


def test_an_amendment_told_by_its_pronoun_is_an_inner_vote() -> None:
    r = parse_text(
        "Abstimmung: Ja: 38, Nein: 4, Enthaltungen: 2\n\nDer Bürgermeister ließ zunächst über "
        "den Änderungsantrag abstimmen. Er wurde mit 24 Ja-Stimmen, 18 Nein-Stimmen und 2 "
        "Enthaltungen angenommen.\n"
    )
    [vote] = [v for v in r.votes if v.decisive]
    assert counts(vote) == (38, 4, 2)


def test_parts_headed_by_their_number_alone_on_a_line() -> None:
    r = parse_text(
        "Beschluss: beschlossen\n\nAuf Antrag der CDU wird über die Beschlusspunkte getrennt "
        "abgestimmt.\n\nBeschlusspunkt 01\nDie Grenzen werden angepasst.\n"
        "Abstimmung: Ja: 29, Nein: 14, Enthaltungen: 4\n\nBeschlusspunkt 02\nDer "
        "Oberbürgermeister wird beauftragt, jährlich zu berichten.\n"
        "Abstimmung: Ja: 36, Nein: 6, Enthaltungen: 5\n"
    )
    assert [(i.outcome, counts(i.votes[0])) for i in r.items] == [
        ("approved", (29, 14, 4)),
        ("approved", (36, 6, 5)),
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a day and time line under a title that ends in a number (no wrapped sentence)
        (
            "Jugendparlament Wesel – 4. Sitzung der Wahlperiode 2023/2025\nDonnerstag, "
            "23.11.2023, 17:00 Uhr, Ratssaal\n\nBeschluss: Der Antrag wird vertagt.\n",
            "2023-11-23",
        ),
        # the body, a dash and the sitting's day as a field
        ("Kreistag – Sitzungstag: 11.12.2023\n\nBeschluss: gewählt\n", "2023-12-11"),
        # the body on a line of its own, the date alone on the next
        ("Verkehrsausschuss\n14.05.2024\nTOP 8.3\n\nBeschluss: beschlossen\n", "2024-05-14"),
        # a paper's letterhead dates the paper; the decision's heading dates the meeting
        (
            "Bezirksversammlung Hamburg-Mitte                        Drucksache 21-3456\n"
            "                                                        Datum: 12.10.2023\n\n"
            "Beschluss der Bezirksversammlung Hamburg-Mitte\nvom 26.10.2023 (TOP 7.2):\n\n"
            "Die Bezirksversammlung beschließt einstimmig folgende Stellungnahme:\n",
            "2023-10-26",
        ),
        # ... and the Beratungsfolge, its column heads with "Öff. / N.öff.", the body's meeting
        (
            "Stadt Lahr                                   Drucksache Nr. 215/2023\n"
            "Amt für Stadtplanung                         Az.: 61.21-Ka/Lö\n"
            "                                             Datum: 27.09.2023\n\n"
            "Beschlussvorlage\n\nBeratungsfolge                Sitzungstermin   Öff. / N.öff.   "
            "Zuständigkeit\nGemeinderat                   23.10.2023       Ö               "
            "Entscheidung\n\nBeschlussvorschlag:\n1. Der Gemeinderat beschließt die "
            "Verlängerung.\n",
            "2023-10-23",
        ),
    ],
)
def test_meeting_dates_in_more_places(text: str, date: str) -> None:
    meeting = parse_text(text).meeting
    assert meeting.date is not None
    assert meeting.date.isoformat() == date


@pytest.mark.parametrize(
    "text",
    [
        "Beschlussart: erledigt\n\nDer Ausschuss stellt ohne Widerspruch fest, dass sich der "
        "Antrag durch den Beschluss der BVV erledigt hat.\n",
        "Beschluss: erledigt\n\nDer Antrag ist durch die Beschlussfassung zu TOP 5 erledigt. "
        "Der Ausschuss ist damit einverstanden.\n",
    ],
)
def test_a_consent_to_what_the_status_says(text: str) -> None:
    assert parse_text(text).outcome == "other"


@pytest.mark.parametrize(
    "text",
    [
        # an answer to an inquiry, its paper a Mitteilungsvorlage
        "Drucksachen-Nr. 0211/2024\n\nMitteilungsvorlage\n– Beantwortung einer Anfrage –\n\n"
        "Die Fraktion hat folgende Fragen gestellt:\n\n1. Wie viele Unfälle gab es?\n\nZwei.\n\n"
        "2. Ist eine Ampel geplant?\n\nNein. Der Rat hatte dies 2021 abgelehnt.\n",
        # the Beratungsfolge's cell runs the status and the role together
        "Beratungsfolge:\n| Gremium | Datum | Status |\n| Ortsbeirat | 12.03.2024 | öffentlich "
        "Kenntnisnahme |\n\nBetreff: Anfrage der Fraktion DIE LINKE zur Turnhalle\n\nDie "
        "Verwaltung antwortet wie folgt: Die Sanierung wird 2025 beschlossen.\n",
    ],
)
def test_an_answered_inquiry_decides_nothing(text: str) -> None:
    assert parse_text(text).outcome is None


def test_one_heading_for_the_background_ends_the_proposal() -> None:
    r = parse_text(
        "Beschlussvorschlag:\n1. Der Gemeinderat beschließt die Verlängerung der Frist.\n"
        "2. Die Übersicht wird zur Kenntnis genommen.\n3. Die Verwaltung wird beauftragt, "
        "Fördermittel zu beantragen.\n\nSachverhalt / Begründung:\n\n1. Ausgangslage\nDie Frist "
        "endet 2024.\n\n2. Stand der Maßnahmen\nZwei Drittel sind abgeschlossen.\n"
    )
    assert len(r.clauses) == 3


def test_count_labels_of_several_words_over_their_numbers() -> None:
    r = parse_text("Abstimmungsergebnis:\nAnwesend Für den Beschluss Gegen den Beschluss\n12 9 3\n")
    [vote] = r.votes
    assert (counts(vote), vote.counts.present) == ((9, 3, None), 12)
