"""Families found in the forty-first probe's remaining texts and the forty-second blind probe
(``tests/probes/fortysecond``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from tests.reading import decisive_vote, references
from tests.reading import meeting_date as _date


@pytest.mark.parametrize(
    ("after", "outcome", "yes"),
    [
        # an amendment's vote told in the pluperfect after the sides' lists
        (
            "Zuvor war der Änderungsantrag der CDU-Fraktion, die Zahl der Plätze zu\n"
            "senken, mit 18 Ja- gegen 31 Nein-Stimmen bei 2 Enthaltungen abgelehnt worden.",
            "approved",
            None,
        ),
        (
            "Vorher war der Ergänzungsantrag der FDP (Drucksache Nr. 12/30) mit\n"
            "17 Ja-Stimmen gegen 33 Nein-Stimmen abgelehnt worden.",
            "approved",
            None,
        ),
        # guard: the sides' counts below the lists are this vote's
        ("Ja: 33, Nein: 18, Enthaltungen: 2", "approved", 33),
    ],
)
def test_an_earlier_vote_told_below_the_sides_lists(
    after: str, outcome: str, yes: int | None
) -> None:
    text = (
        "Betreff: Neubau der Kita Am Hang\n\nBeschluss: ungeändert beschlossen\n\n"
        "Abstimmung:\nZustimmung: SPD, Grüne, Volt\nAblehnung: CDU, AfD\nEnthaltung: FDP\n\n"
        f"{after}\n"
    )
    result = parse_text(text)
    vote = next(v for v in result.votes if v.decisive)
    assert (result.outcome, vote.counts.yes) == (outcome, yes)


@pytest.mark.parametrize(
    ("closing", "outcome"),
    [
        # decisions made known under their numbers, the text deciding nothing itself
        ("Eine Beschlussfassung ist nicht erforderlich.", None),
        # the body takes note of them: its own decision, their votes none of its own
        ("Der Gemeinderat nimmt die Bekanntgaben zur Kenntnis.", "noted"),
    ],
)
def test_decisions_made_known_under_their_numbers(closing: str, outcome: str | None) -> None:
    text = (
        "Sitzung des Gemeinderates am 10.12.2030\nöffentlich – TOP 2\n\n"
        "Bekanntgabe von Beschlüssen aus nichtöffentlicher Sitzung\nVorlage: 2030/0417\n\n"
        "Folgende Beschlüsse werden bekannt gegeben:\n\n"
        "Gemeinderat, nichtöffentliche Sitzung vom 12.11.2030\n"
        "Beschluss Nr. 2030/GR/101: Der Gemeinderat stimmt dem Erwerb des\n"
        "Grundstücks Fl.Nr. 412 zu.\nAbstimmung: 14 : 3\n\n"
        "Bauausschuss, nichtöffentliche Sitzung vom 19.11.2030\n"
        "Beschluss Nr. 2030/BA/044: Der Auftrag für die Fenster wird vergeben.\n"
        "Abstimmung: einstimmig\n\n"
        f"{closing}\n"
    )
    result = parse_text(text)
    decisive = [v for v in result.votes if v.decisive]
    assert (result.outcome, decisive) == (outcome, [])


@pytest.mark.parametrize(
    ("result", "outcome"),
    [
        # a terse result line's abbreviations
        ("Abstimmungsergebnis: mehrh. abgel.", "rejected"),
        ("Ergebnis: z.K.g.", "noted"),
        ("Beschluss: überw. an BA\nAbst.: Ja 17  Nein 3  Enth. 2", "referred"),
        ("Ergebnis: geänd. beschl.\nJa 9 / Nein 2 / Enth. 1", "approved_amended"),
        ("Ergebnis: Einv. ert.", "approved"),
        # what was done, said with "erfolgt"
        ("Ergebnis: Kenntnisnahme erfolgt.", "noted"),
        ("Ergebnis: Verweisung erfolgt.", "referred"),
        # guards: how it went says approved alone; the word written out
        ("Ergebnis: einst. besch.", "approved"),
        ("Ergebnis: mehrheitlich abgelehnt", "rejected"),
    ],
)
def test_a_terse_results_abbreviations(result: str, outcome: str) -> None:
    text = (
        "Gemeinde Auenwald\nGemeinderat\n\nSitzung am: 28.02.2030\nVorlage: BV 0045/2030\n\n"
        "Betreff: Sitzbänke am Dorfteich\n\n"
        "Die Gemeinde stellt am Dorfteich drei Sitzbänke auf.\n\n"
        f"{result}\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("decision", "outcome"),
    [
        # consent given with a change, its vote in parentheses below
        (
            "Der Beirat stimmt der Entwurfsplanung mit folgender Änderung zu: Die Ladezone\n"
            "bleibt erhalten.\n(einstimmig)",
            "approved_amended",
        ),
        # guard: consent without a change
        ("Der Beirat stimmt der Entwurfsplanung zu.\n(einstimmig)", "approved"),
    ],
)
def test_consent_given_with_a_change(decision: str, outcome: str) -> None:
    text = f"Beschluss:\n{decision}\n"
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("last", "outcome"),
    [
        # the body takes note in a paragraph after the last decision made known and its result
        ("Abstimmungsergebnis: einstimmig", "noted"),
        ("Abstimmungsergebnis: 15 : 4", "noted"),
    ],
)
def test_taking_note_after_the_last_result_made_known(last: str, outcome: str) -> None:
    text = (
        "Niederschrift über die öffentliche Sitzung des Gemeinderates\n"
        "Sitzungsdatum: 16.01.2030\n\nTOP 2   Bekanntgabe von Beschlüssen\n\n"
        "Erster Bürgermeister Lenz gibt folgende in der nichtöffentlichen Sitzung vom\n"
        "12.12.2029 gefassten Beschlüsse bekannt:\n\n"
        "a) Winterdienst: Der Auftrag wurde an die Firma Huber vergeben.\n"
        f"   {last}\n\n"
        "Der Gemeinderat nimmt die Bekanntgabe zur Kenntnis.\n"
    )
    assert parse_text(text).outcome == outcome


_DEBATE = "In der Debatte verwiesen die Gegner des Antrags vor allem auf die Kosten."


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # speakers pointing to something, they between the verb and its "auf"
        (f"Aussprache\n\n{_DEBATE}\n", None),
        (f"Der Ausschuss vertagt den Antrag.\n\n{_DEBATE}\n", "postponed"),
        # guard: a referral
        ("Der Antrag wird an den Bauausschuss verwiesen.\n", "referred"),
    ],
)
def test_speakers_pointing_to_something(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("vote", "unanimous", "abstain"),
    [
        # how it went restated in parentheses on the line below the counts
        ("10 Ja-Stimmen, 0 Nein-Stimmen, 1 Enthaltung\n(einstimmig bei einer Enthaltung)", True, 1),
        ("10 Ja-Stimmen, 0 Nein-Stimmen, 1 Enthaltung (einstimmig bei einer Enthaltung)", True, 1),
        # guard: the word alone in the parentheses
        ("10 Ja-Stimmen, 0 Nein-Stimmen, 1 Enthaltung (einstimmig)", True, 1),
    ],
)
def test_how_it_went_restated_in_parentheses(vote: str, unanimous: bool, abstain: int) -> None:
    text = (
        "Beschlussvorschlag:\nDer Rat beschließt die Sanierung der Turnhalle.\n\n"
        f"Ergebnis: mit Änderung empfohlen\n\nAbstimmung: {vote}\n"
    )
    result = parse_text(text)
    vote_ = next(v for v in result.votes if v.decisive)
    assert (result.outcome, vote_.unanimous, vote_.counts.abstain) == (
        "approved_amended",
        unanimous,
        abstain,
    )


@pytest.mark.parametrize(
    ("tail", "outcome"),
    [
        # cut off in a quoted motion under the result's heading, no vote told
        (
            'und beantragt, Ziffer 2 wie folgt zu fassen: "Die Verwaltung legt bis\n'
            "zum 31.12.2030 dem Ausschuss ein Konzept",
            None,
        ),
        # guards: the debate ends, and the result follows
        ("und beantragt, die Frist zu kürzen.\n\nAbstimmung: einstimmig", "approved"),
        (
            'und zitiert den Antrag: "Die Verwaltung legt ein Konzept vor."\n\nBeschlossen.',
            "approved",
        ),
    ],
)
def test_cut_off_under_the_results_heading(tail: str, outcome: str | None) -> None:
    text = (
        "Vorlage: 2030/KA/0157\n\nBeschlussvorschlag:\n"
        "1. Der Kreisausschuss stimmt dem Ausgleich des Fehlbetrags zu.\n"
        "2. Die Verwaltung legt bis 31.03.2031 ein Konzept vor.\n\n"
        "Beratungsergebnis:\nLandrat Huber erläutert die Vorlage. Kreisrat Maier (SPD) kritisiert\n"
        f"die Frist {tail}\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("story", "outcome"),
    [
        # a committee's view told in the Sachverhalt, in the perfect
        (
            "Der Schulausschuss hat sich mit 9 Ja-Stimmen bei 2 Enthaltungen für die\n"
            "Errichtung ausgesprochen; die Beratung im Kreisausschuss steht noch aus.",
            None,
        ),
        ("Der Schulausschuss hat die Errichtung mit 9 : 2 Stimmen befürwortet.", None),
        # guard: the story without a vote
        ("Die Eltern haben sich für die Errichtung ausgesprochen.", None),
    ],
)
def test_a_committees_view_told_in_the_sachverhalt(story: str, outcome: str | None) -> None:
    text = (
        "Beschlussvorlage                       Vorlage Nr.: 2030/093\n\n"
        "Beschlussvorschlag:\nDer Kreistag beschließt:\n"
        "1. In Hoya wird eine Gesamtschule errichtet.\n"
        "2. Die Verwaltung beantragt die Genehmigung.\n\n"
        f"Sachverhalt:\nDie Elternbefragung ergab einen Bedarf von vier Zügen.\n{story}\n"
    )
    result = parse_text(text)
    assert (result.outcome, [v.text for v in result.votes if v.decisive]) == (outcome, [])


@pytest.mark.parametrize(
    ("line", "papers"),
    [
        # an Amt's paper: the body and its member town joined by a hyphen
        ("Vorlage: VO/GV-Der/2030/013", ["VO/GV-Der/2030/013"]),
        ("Die Vorlage VO/GV-KlR/2030/019 wird beschlossen.", ["VO/GV-KlR/2030/019"]),
        ("Vorlage: BV/GV-Bäl/006/2030", ["BV/GV-Bäl/006/2030"]),
        # guard: the body alone
        ("Vorlage: VO/GV/2030/013", ["VO/GV/2030/013"]),
    ],
)
def test_an_amts_paper_with_its_towns_letters(line: str, papers: list[str]) -> None:
    assert references(f"{line}\n\nBetreff: Bänke am Dorfteich\n") == papers


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # the sitting's heading with its date beside it
        ("Sitzung des Stadtrates                      Datum: 25.11.2030", "2030-11-25"),
        ("Öffentliche Sitzung des Gemeinderates      Datum: 25.11.2030", "2030-11-25"),
        # guard: the paper's date beside its kind
        ("Beschlussvorlage                            Datum: 25.11.2030", None),
    ],
)
def test_a_sittings_heading_with_its_date_beside(head: str, date: str | None) -> None:
    text = (
        f"Stadt Aubach\n\n{head}\nöffentlich                                  TOP: 7\n\n"
        "Betreff: Eintrittspreise im Freibad\n\nDie Preise steigen um einen Euro.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("before", "date"),
    [
        # the bodies that deliberated before, listed under their heading
        ("Vorberatung:\nBauausschuss am 05.03.2030\nHauptausschuss am 12.03.2030", "2030-03-21"),
        ("Vorberaten:\nBauausschuss am 05.03.2030", "2030-03-21"),
    ],
)
def test_bodies_listed_under_the_deliberation_before(before: str, date: str) -> None:
    text = (
        "Beschlussvorlage                       Vorlage Nr. 2030/0071\n"
        "Sitzung des Stadtrates                 Sitzungstag: 21.03.2030\n\n"
        f"Betreff: Umbau des Alten Rathauses\n\n{before}\n\n"
        "Beschlussvorschlag:\nDer Stadtrat stimmt dem Umbau zu.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("letterhead", "date"),
    [
        # the letter's place and day in the right column, the body in the left
        ("Ortschaftsrat Nußbach" + " " * 40 + "Nußbach, 28.02.2030", "2030-03-11"),
        # guard: the sitting's weekday in short before its day
        ("Ortschaftsrat Nußbach" + " " * 40 + "Mo., 11.03.2030", "2030-03-11"),
    ],
)
def test_a_letterheads_place_and_day_beside_the_body(letterhead: str, date: str) -> None:
    text = (
        f"STADT OBERKIRCH\n{letterhead}\nDer Ortsvorsteher\n\nE I N L A D U N G\n\n"
        "zur 14. öffentlichen Sitzung des Ortschaftsrates Nußbach\n"
        "am Montag, 11. März 2030, 19:30 Uhr,\nim Sitzungssaal der Ortsverwaltung\n\n"
        "Tagesordnung:\n| Nr. | Gegenstand                                        |\n"
        "| 1   | Fragen der Einwohnerinnen und Einwohner           |\n"
        "| 2   | Bekanntgabe der Beschlüsse aus nichtöffentlicher Sitzung |\n"
        "|     | vom 05.02.2030                                    |\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # decisions made known under a minutes' item, their sitting's day on the next line
        (
            "zu TOP 3   Bekanntgabe der Beschlüsse aus der nichtöffentlichen Sitzung\n"
            "           vom 15.04.2030",
            "2030-05-13",
        ),
        # a question's field naming the sitting that answers it
        ("Beantwortung:   mündlich in der Sitzung des Stadtrates am 13.05.2030", "2030-05-13"),
        ("Beantwortung in: Stadtverordnetenversammlung, Fragestunde am 13.05.2030", "2030-05-13"),
    ],
)
def test_the_sitting_an_item_or_an_answer_names(head: str, date: str) -> None:
    text = (
        "Gemeinde Aubach\n"
        + (
            "Niederschrift über die öffentliche Sitzung des Gemeinderates\n"
            "am Montag, 13.05.2030, 19:00 Uhr\n\n"
            if head.startswith("zu")
            else "Anfrage Nr. AF/0012/2030\nEingang: 28.04.2030\n"
        )
        + f"{head}\n\nDer Bürgermeister gibt die Beschlüsse bekannt.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("excerpt", "date"),
    [
        # the excerpt's sitting after a dash, its day without "am", the item after a dash
        ("Auszug  -  Sitzung der Gemeindevertretung  16.11.2030  -  TOP Ö 9", "2030-11-16"),
        ("Auszug – Sitzung des Gemeinderates 16.11.2030 – TOP 9", "2030-11-16"),
        # (or "vom" before it)
        ("Auszug - Sitzung der Gemeindevertretung vom 16.11.2030 - TOP Ö 9", "2030-11-16"),
    ],
)
def test_an_excerpts_sitting_after_a_dash(excerpt: str, date: str) -> None:
    text = (
        "Vorlage - GV/0078/2030-1\n\nBetreff: Bürgerbudget\n\nBeratungsfolge:\n"
        "| Datum      | Gremium                       | Zuständigkeit |\n"
        "| 06.11.2030 | Haupt- und Finanzausschuss    | Vorberatung   |\n"
        "| 16.11.2030 | Gemeindevertretung            | Entscheidung  |\n\n"
        f"{excerpt}\n\nBeschluss:\nDer Antrag wird abgelehnt.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("fields", "date"),
    [
        # a sitting's page of fields opened by the body's, the hour below the day
        ("Gremium    Gemeinderat\nDatum      Di, 30.07.2030\nBeginn     19:30 Uhr", "2030-07-30"),
        ("Gremium    Bauausschuss\nTermin     30.07.2030\nUhrzeit    18:00 Uhr", "2030-07-30"),
        # guard: a paper's fields, no hour
        ("Gremium    Gemeinderat\nDatum      30.07.2030\nVorlage    GR-2030/061", None),
    ],
)
def test_a_sittings_fields_opened_by_its_body(fields: str, date: str | None) -> None:
    text = (
        "GEMEINDE AUBACH\nRatsinformation / Sitzungsergebnisse\n\n"
        f"{fields}\n\nÖ 3  Wahl des Dritten Bürgermeisters\n\n"
        "Sachverhalt\nDer Amtsinhaber trat zurück.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("told", "date"),
    [
        # the result's first sentence names the sitting that dealt with the motion
        (
            "In seiner Sitzung am Freitag, dem 7. Juni 2030, hat der Kreistag den Antrag\nberaten.",
            "2030-06-07",
        ),
        ("In seiner Sitzung am 07.06.2030 hat der Kreistag den Antrag behandelt.", "2030-06-07"),
        # guard: an earlier sitting told in the motion's reasons is no result
        ("Der Kreistag hat den Antrag beraten.", None),
    ],
)
def test_the_sitting_a_results_heading_tells(told: str, date: str | None) -> None:
    text = (
        "Kreistag des Kreises Aubach                  Drucksache XIX/0815\n\n"
        "Antrag der Fraktion DIE LINKE. vom 21.05.2030\nKostenfreie Menstruationsartikel\n\n"
        "Der Kreistag möge beschließen:\n"
        "Der Kreisausschuss wird beauftragt, Spender aufzustellen.\n\n"
        "Begründung:\nDer Kreistag hat in seiner Sitzung am 12.03.2029 einen Bericht beraten.\n\n"
        f"Beratungsergebnis\n\n{told}\n\n"
        "Beschluss:\nDer Antrag wird in den Schulausschuss überwiesen.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("result", "outcome"),
    [
        # a decision's kind as its status, the result reported below it, a vote that names only
        # who voted how, an export without blank lines: the motion's proposal ends at the result
        ("Die Vorlage OF 812/3 wird in der vorgelegten Fassung beschlossen.", "approved"),
        ("Die Vorlage OF 812/3 wird abgelehnt.", "rejected"),
    ],
)
def test_a_decisions_kind_over_a_result_reported_without_blank_lines(
    result: str, outcome: str
) -> None:
    text = (
        "Antrag vom 02.04.2030, OF 812/3\nBetreff: Elterntaxis vor der Grundschule\n"
        "Der Ortsbeirat möge beschließen:\n"
        "Der Magistrat wird gebeten, ein Halteverbot einzurichten.\n"
        "Antragsteller: GRÜNE\n"
        "Beratungsergebnisse: 28. Sitzung des OBR 3 am 18.04.2030, TO I, TOP 12\n"
        f"Beschluss: Anregung an den Magistrat vom 18.04.2030, OM 5521\n{result}\n"
        "Abstimmung: GRÜNE, SPD und Linke gegen CDU\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("announced", "outcome"),
    [
        # the decision announced as changed, its heading below
        (
            "Nach Abstimmung über den Änderungsantrag ergeht folgender geänderter\n\n",
            "approved_amended",
        ),
        # guards: the formula that frames a decision, read so before; announced, not as changed
        ("Der Rat fasst daraufhin folgenden ergänzten\n", "approved_amended"),
        ("Nach Abstimmung über den Änderungsantrag ergeht folgender\n\n", "approved"),
    ],
)
def test_a_decision_announced_as_changed(announced: str, outcome: str) -> None:
    text = (
        "Beschlussvorschlag der Verwaltung:\nDie Gebührenpflicht wird eingeführt.\n\n"
        f"In der Aussprache wird eine Befreiung beantragt. {announced}"
        "Beschluss:\nDie Gebührenpflicht wird eingeführt; Bewohner sind befreit.\n\n"
        "Ja-Stimmen: 15\nNein-Stimmen: 4\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("table", "counts"),
    [
        # the members by law as "Zahl" in an attendance column before the counts
        (
            "| gesetzl. Zahl der Mitglieder | davon anwesend | Ja | Nein | Enthaltung |\n"
            "| 17 | 14 | 11 | 2 | 1 |",
            (11, 2, 1),
        ),
        # guard: "Anzahl"
        (
            "| gesetzl. Anzahl der Mitglieder | davon anwesend | Ja | Nein | Enthaltung |\n"
            "| 17 | 14 | 11 | 2 | 1 |",
            (11, 2, 1),
        ),
    ],
)
def test_the_members_by_law_as_zahl(table: str, counts: tuple[int, int, int]) -> None:
    vote = decisive_vote(
        f"Beschluss:\nDem Bauantrag wird zugestimmt.\n\nAbstimmungsergebnis:\n{table}\n"
    )
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts


@pytest.mark.parametrize(
    ("lead", "counts"),
    [
        # a roll call's names led to their votes by dots
        (" ......... ", (2, 2, 1)),
        # guard: by spaces
        ("          ", (2, 2, 1)),
    ],
)
def test_a_roll_call_led_by_dots(lead: str, counts: tuple[int, int, int]) -> None:
    rows = [
        ("Ahrendt, Klaus (CDU)", "ja"),
        ("Bergmann, Silke (AfD)", "nein"),
        ("Dietze, Frank (AfD)", "nein"),
        ("Engler, Petra (FW)", "ja"),
        ("Fiedler, Ronny (CDU)", "Enthaltung"),
    ]
    listed = "\n".join(f"{name:<24}{lead}{vote}" for name, vote in rows)
    vote = decisive_vote(
        f"Namentliche Abstimmung:\n\n{listed}\n\nDer Antrag hat damit keine Mehrheit gefunden.\n"
    )
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # the decision's page titled by the word alone over its sitting
        ("Beschluss\nin der Sitzung des Stadtrates am 21. November 2030", "2030-11-21"),
        ("Beschluss\nin der öffentlichen Sitzung des Kreistages am 21.11.2030", "2030-11-21"),
        # guard: the decision's heading over its text
        ("Beschluss:\nDer Stadtrat beschließt die Satzung in seiner Sitzung.", None),
    ],
)
def test_a_decisions_page_titled_over_its_sitting(head: str, date: str | None) -> None:
    text = (
        f"Große Kreisstadt Aubach\n\n{head}\n\nVorlagen-Nr.: 0421/2030\n"
        "Gegenstand:   Elternbeiträge\n\nBeschluss: beschlossen\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("row", "date"),
    [
        # a Beschlussbuch's two columns, the sitting's day followed by whether it was public
        ("Sitzung vom  | Dienstag, den 8. November 2030 (öffentlich)", "2030-11-08"),
        ("Sitzung vom  | 08.11.2030 (nichtöffentlich)", "2030-11-08"),
        # guard: the day alone
        ("Sitzung vom  | 08.11.2030", "2030-11-08"),
    ],
)
def test_a_sittings_day_and_whether_it_was_public(row: str, date: str) -> None:
    text = (
        "BESCHLUSSBUCH          Stadtrat Hornbach          Blatt 117\n"
        f"Lfd. Nr.     | 2030/117\n{row}\nTOP          | 5\nVorlage      | SR-0089/30\n"
        "Gegenstand   | Hebesätze ab 2031\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("line", "papers"),
    [
        # an amendment to a Neufassung, two suffixes
        ("Änderungsantrag VII-DS-09512-NF-01-ÄA-02 (CDU-Fraktion)", ["VII-DS-09512-NF-01-ÄA-02"]),
        # guard: one suffix
        ("Änderungsantrag VII-DS-09512-ÄA-02 (CDU-Fraktion)", ["VII-DS-09512-ÄA-02"]),
    ],
)
def test_an_amendment_to_a_neufassung(line: str, papers: list[str]) -> None:
    assert references(f"{line}\n\nDer Änderungsantrag wird abgelehnt.\n") == papers


@pytest.mark.parametrize(
    ("line", "papers"),
    [
        # a print's space after the kind's slash, kept as written
        ("Vorlage Nr. I/ 112/2030", ["I/ 112/2030"]),
        ("Die Vorlage OVA/ 104/2030 wird beschlossen.", ["OVA/ 104/2030"]),
        # guard: without the space
        ("Vorlage Nr. I/112/2030", ["I/112/2030"]),
    ],
)
def test_a_space_after_the_kinds_slash(line: str, papers: list[str]) -> None:
    assert references(f"{line}\n\nBetreff: Bänke am Dorfteich\n") == papers


@pytest.mark.parametrize(
    ("motion", "outcome"),
    [
        # a motion to strike a part is an amendment: the item's own vote is cut off
        ("Der Streichungsantrag der SPD-Fraktion", None),
        # guard: an amendment by its usual name
        ("Der Änderungsantrag der SPD-Fraktion", None),
    ],
)
def test_a_motion_to_strike_voted_before_a_vote_cut_off(motion: str, outcome: str | None) -> None:
    text = (
        "TOP 5: Schulbusverkehr ab dem Schuljahr 2030/31\nVorlage 123/2030\n\n"
        f"{motion} wird mit 17 Ja- gegen 24 Nein-Stimmen bei 2 Enthaltungen abgelehnt.\n\n"
        "Abstimmung über Ziffer 1 des Beschlussvorschlags:\nJa-Stimmen: 25, Nein-St"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("second", "outcome"),
    [
        # each part's result, a tally after "mit"
        ("Ziffer 2:  mit 5 : 6 Stimmen abgelehnt", None),
        # guards: both parts adopted; how it went first
        ("Ziffer 2:  mit 7 gegen 4 Stimmen empfohlen", "approved"),
        ("Ziffer 2:  mehrheitlich abgelehnt", None),
    ],
)
def test_parts_results_with_a_tally_after_mit(second: str, outcome: str | None) -> None:
    text = (
        "Beschluss:\nDer Ausschuss empfiehlt dem Stadtrat:\n\n"
        "1. Die Parkgebührenordnung wird geändert.\n2. Die Gebühr wird auf 120 EUR festgesetzt.\n\n"
        f"Abstimmungsergebnis:\nZiffer 1:  einstimmig empfohlen (11 : 0)\n{second}\n"
    )
    assert parse_text(text).outcome == outcome
