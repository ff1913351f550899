"""Families found in the forty-second probe's remaining texts and the forty-third blind probe
(``tests/probes/fortythird``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text, vocab
from ratsparse.history import consultations
from ratsparse.items import find_items
from tests.reading import meeting_date as _date
from tests.reading import references


@pytest.mark.parametrize(
    ("first", "numbers"),
    [
        # the first item's title a list of matters, its second word no given name
        (
            "1.  Eröffnung, Begrüßung, Feststellung der ordnungsgemäßen Ladung",
            ["1.", "2.", "3."],
        ),
        # guard: its words going on in lower case, the title was an item's already
        ("1.  Begrüßung, Eröffnung und Feststellung der Tagesordnung", ["1.", "2.", "3."]),
        # guard: a member of a list of names is no item (and the items then run from 2)
        ("1.  Brüggemeier, Ulrich", []),
    ],
)
def test_an_opening_items_title_of_several_matters(first: str, numbers: list[str]) -> None:
    text = (
        "Niederschrift über die 12. Sitzung der Gemeindevertretung am 14.03.2030\n\n"
        f"{first}\n\nDer Vorsitzende eröffnet die Sitzung.\n\n"
        "2.  Genehmigung der Niederschrift\n\nDie Niederschrift wird einstimmig genehmigt.\n\n"
        "3.  Bauhof, Erwerb eines Radladers\n\n"
        "Die Gemeindevertretung stimmt dem Erwerb zu.\n\nAbstimmung: 17 Ja, 4 Nein\n"
    )
    assert [cut.number for cut in find_items(text)] == numbers


def test_minutes_whose_items_decide_differently_give_no_single_outcome() -> None:
    text = (
        "Niederschrift über die 12. Sitzung der Gemeindevertretung am 14.03.2030\n\n"
        "1.  Eröffnung, Begrüßung, Feststellung der Beschlussfähigkeit\n\n"
        "Der Vorsitzende eröffnet die Sitzung.\n\n"
        "2.  Bauhof, Erwerb eines Radladers\n\n"
        "Die Gemeindevertretung stimmt dem Erwerb zu.\n\nAbstimmung: 17 Ja, 4 Nein\n\n"
        "3.  Antrag der Fraktion FWG: Bänke am Mühlbach\n\n"
        "Die Gemeindevertretung erklärt den Antrag ohne Widerspruch für erledigt.\n"
    )
    result = parse_text(text)
    assert (result.outcome, [v for v in result.votes if v.decisive]) == (None, [])


@pytest.mark.parametrize(
    ("made_known", "outcome"),
    [
        # each decision under its sitting's subheading, the item it was there beside the date
        (
            "Die Vorsitzende gibt gemäß § 35 Abs. 3 GO bekannt, dass in nichtöffentlicher\n"
            "Sitzung folgende Beschlüsse gefasst worden sind:\n\n"
            "a) Gemeindevertretung, Sitzung am 24.09.2030, TOP N 21:\n"
            "Auf einstimmige Empfehlung des Hauptausschusses hat die Gemeindevertretung mit\n"
            "29 Ja-Stimmen, 2 Nein-Stimmen und 1 Enthaltung beschlossen, das Grundstück an\n"
            "den Träger zu vergeben.\n",
            None,
        ),
        # where they come from, as a subheading of its own
        (
            "Der Vorsitzende gibt folgende Beschlüsse bekannt:\n\n"
            "Aus der Sitzung vom 05.11.2030:\n\n"
            "a) Ausübung des Vorkaufsrechts\nDer Gemeinderat hat beschlossen, das Vorkaufsrecht\n"
            "auszuüben.\nAbstimmungsergebnis: 14 : 2\n",
            None,
        ),
        # no sitting named: a table of those taken in camera
        (
            "Der Vorsitzende gibt folgende in nichtöffentlicher Sitzung gefasste Beschlüsse\n"
            "bekannt:\n\n"
            "Sitzung       Gremium       Gegenstand                      Abstimmung\n"
            "12.02.2030    Stadtrat      Erwerb einer Teilfläche         einstimmig\n"
            "26.02.2030    Hauptausschuss Pachtvertrag Stadtpark         9 : 2\n",
            None,
        ),
        # each one's result indented under its entry
        (
            "Die Landrätin gibt bekannt, dass der Kreisausschuss in seiner nichtöffentlichen\n"
            "Sitzung vom 16.06.2030 folgende Beschlüsse gefasst hat:\n\n"
            "a) Erwerb einer Teilfläche für die Berufsschule (Vorlage KA/2030/061)\n"
            "   Beschluss: einstimmig (11:0)\n\n"
            "b) Vergabe der Planungsleistungen für das Gymnasium\n"
            "   Beschluss: mit 9 : 2 Stimmen\n",
            None,
        ),
        # the body then takes note of them: its own decision, none of their votes
        (
            "Der Vorsitzende gibt folgende in nichtöffentlicher Sitzung gefasste Beschlüsse\n"
            "bekannt:\n\n"
            "Sitzung       Gremium       Gegenstand                      Abstimmung\n"
            "12.02.2030    Stadtrat      Erwerb einer Teilfläche         einstimmig\n\n"
            "Der Stadtrat nimmt die Bekanntgabe zur Kenntnis.\n",
            "noted",
        ),
    ],
)
def test_decisions_made_known_from_sittings_in_camera(made_known: str, outcome: str | None) -> None:
    text = (
        "Sitzung des Stadtrates am 18.03.2031\nöffentlich\n\n"
        "TOP 2\nBekanntgabe von Beschlüssen aus nichtöffentlichen Sitzungen\n\n"
        f"{made_known}"
    )
    result = parse_text(text)
    assert (result.outcome, [v for v in result.votes if v.decisive]) == (outcome, [])


@pytest.mark.parametrize(
    ("story", "outcome"),
    [
        # a permit of years ago, told in the past in the Sachverhalt
        ("Die Halle wurde 1998 als landwirtschaftliches Betriebsgebäude genehmigt.", None),
        ("Der Zuschuss wurde im Jahr 2019 vom Kreistag bewilligt.", None),
    ],
)
def test_what_was_granted_years_before_told_in_the_sachverhalt(
    story: str, outcome: str | None
) -> None:
    text = (
        "Bauausschuss\nSitzung am Donnerstag, 14.11.2030, öffentlich\n\n"
        "Ö 3.4 Antrag auf Nutzungsänderung einer Maschinenhalle\n\n"
        f"Sachverhalt:\n{story} Die Nutzung ist seit 2019 aufgegeben.\n\n"
        "Beschlussvorschlag:\nDas gemeindliche Einvernehmen wird nicht erteilt.\n\n"
        "Beratungsergebnis:\n\nJa-Stimmen:\nNein-Stimmen:\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("fields", "outcome"),
    [
        # a result's fields with nothing after their labels
        ("Ja-Stimmen:\nNein-Stimmen:\nEnthaltungen:\n", None),
        ("Ja-Stimmen:\nNein-Stimmen:\nPersönlich beteiligt (Art. 49 GO):\n", None),
        # guard: filled in, they tell the result
        ("Ja-Stimmen: 12\nNein-Stimmen: 3\nEnthaltungen: 0\n", "approved"),
    ],
)
def test_a_results_fields_left_empty(fields: str, outcome: str | None) -> None:
    text = (
        "Bauausschuss\nSitzung am Donnerstag, 14.11.2030, öffentlich\n\n"
        "Ö 3.5 Neubau eines Carports, Fl.Nr. 812\n\n"
        "Beschlussvorschlag:\nDas gemeindliche Einvernehmen wird erteilt.\n\n"
        f"Beratungsergebnis:\n\n{fields}"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("table", "counts"),
    [
        # the rows' heads' column, its head over an empty cell
        ("| Abstimmung | Ja | Nein | Enth. |\n|  | 15 | 3 | 0 |", (15, 3, 0)),
        (
            "| Abstimmung | Ja | Nein | Enth. | befangen (§ 27 KSVG) |\n|  | 15 | 3 | - | 1 |",
            (15, 3, 0),
        ),
        # guard: a row's own head in that column
        ("| Abstimmung | Ja | Nein | Enth. |\n| Stadtrat | 15 | 3 | 0 |", (15, 3, 0)),
    ],
)
def test_a_pipe_tables_empty_head_cell(table: str, counts: tuple[int, int, int]) -> None:
    text = f"Beschluss:\nDie Satzung wird beschlossen.\n\n{table}\n\n| Ergebnis: | angenommen |\n"
    vote = next(v for v in parse_text(text).votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts


@pytest.mark.parametrize(
    ("between", "yes"),
    [
        # a row of the counts that no count reads, then the form's ticked box under its heading
        ("Mitwirkungsverbot nach § 22 BbgKVerf:   0\n\nErgebnis:\n", 9),
        ("Ausschluss wegen Befangenheit nach § 22 BbgKVerf:   –\n\nErgebnis:\n", 9),
        # guard: another body's sitting between them, its result its own
        ("\nGremium: Hauptausschuss\nSitzung: 25.02.2030\nErgebnis:\n", None),
    ],
)
def test_counts_then_the_forms_ticked_result(between: str, yes: int | None) -> None:
    text = (
        "Beschluss:\nDie Gemeindevertretung beschließt den Verkauf.\n\n"
        "Abstimmungsergebnis:\nJa-Stimmen:   9\nNein-Stimmen:   2\nStimmenthaltungen:   1\n"
        f"{between}"
        "☐ einstimmig beschlossen   ☒ mit Stimmenmehrheit beschlossen   ☐ abgelehnt\n"
    )
    vote = next(v for v in parse_text(text).votes if v.decisive)
    assert vote.counts.yes == yes


def test_a_decisions_table_set_off_below_its_sentence_holds_no_items() -> None:
    text = (
        "Auszug aus dem Beschlussprotokoll\nSitzungstag: 03.07.2030\n\n"
        "Ö 4     Vergabe von Mitteln aus dem Stadtbezirksbudget\n\n"
        "Beschluss:\n1.  Aus dem Stadtbezirksbudget werden folgende Zuwendungen bewilligt:\n\n"
        "| lfd. Nr. | Antragsteller | Betrag in EUR |\n|---|---|---|\n"
        "| 1 | Kinderladen Pfiffikus e. V. | 1.850,00 |\n"
        "| 2 | Stadtteilverein Neustadt e. V. | 4.200,00 |\n"
        "| 3 | Bürgerinitiative Hechtviertel | 960,00 |\n\n"
        "2.  Der Antrag des Theatervereins wird abgelehnt.\n\n"
        "Abstimmungsergebnis: Zustimmung: 12  Ablehnung: 0  Stimmenthaltung: 2\n"
    )
    assert find_items(text) == ()
    assert parse_text(text).outcome == "approved"


@pytest.mark.parametrize(
    ("parts", "outcome"),
    [
        # granting, refusing another, and instructing the administration beside: grants in part
        (
            [
                "Aus den Mitteln werden folgende Zuwendungen bewilligt:",
                "Die Förderanträge der X werden mangels Förderfähigkeit abgelehnt.",
                "Der Amtsleiter wird beauftragt, die Bescheide zu erlassen.",
            ],
            "approved",
        ),
        # guard: refusing what was asked, and instructing what is done instead
        (
            [
                "Dem Antrag der Anlieger wird nicht entsprochen.",
                "Die Verwaltung wird beauftragt, die Beschilderung zu prüfen.",
            ],
            "rejected",
        ),
    ],
)
def test_granting_refusing_and_instructing(parts: list[str], outcome: str) -> None:
    assert vocab.act_of(parts) == outcome


@pytest.mark.parametrize(
    ("counts", "unanimous"),
    [
        # a count wrapped after its No votes: no abstentions written on its first line
        ("Zustimmung: 12  Ablehnung: 0\nStimmenthaltung: 2", None),
        # guard: none written at all, everyone who voted voted for it
        ("Zustimmung: 12  Ablehnung: 0", True),
        # guard: called so in words
        ("einstimmig\nZustimmung: 12  Ablehnung: 0\nStimmenthaltung: 2", True),
    ],
)
def test_unanimity_of_a_count_wrapped_onto_two_lines(counts: str, unanimous: bool | None) -> None:
    text = f"Beschluss:\nDer Beirat bewilligt die Mittel.\n\nAbstimmungsergebnis: {counts}\n"
    vote = next(v for v in parse_text(text).votes if v.decisive)
    assert vote.unanimous == unanimous


@pytest.mark.parametrize(
    ("parts", "outcome"),
    [
        # an approval told as given already is no act of this text
        (
            [
                "Der Oberbürgermeister weist darauf hin, dass der Stadtrat unter TOP 6 bereits"
                " beschlossen hat, an den Adventssamstagen keine Gebühren zu erheben.",
                "Der Antrag wird durch die Beschlussfassung zu TOP 6 für erledigt erklärt.",
            ],
            "other",
        ),
        # a motion settled by what went before, said with "damit"
        (["Der Vorsitzende stellt fest, dass der Antrag damit erledigt ist."], "other"),
        # guard: adopting the paper, the motion settled by it, and taking note beside: adopted
        (
            [
                "Der Vorlage M 45 wird zugestimmt. Der Antrag NR 812 ist damit erledigt.",
                "Die Stadtverordnetenversammlung nimmt zur Kenntnis, dass die Kosten steigen.",
            ],
            "approved",
        ),
        # guard: a matter done, not a motion settled
        (["Damit ist die Sache erledigt."], None),
    ],
)
def test_settled_and_already_decided(parts: list[str], outcome: str | None) -> None:
    assert vocab.act_of(parts) == outcome


def test_a_motion_found_settled_without_objection() -> None:
    text = (
        "Punkt 7\nAntrag der Fraktion Freie Wähler: Hundekotbeutelspender\n\n"
        "Der Oberbürgermeister teilt mit, dass 24 Spender aufgestellt wurden.\n\n"
        "Der Vorsitzende stellt fest, dass der Antrag damit erledigt ist. Widerspruch erhebt "
        "sich nicht.\n"
    )
    assert parse_text(text).outcome == "other"


@pytest.mark.parametrize(
    ("told", "outcome"),
    [
        # a motion told as moved, then as failed in a sentence of its own
        (
            "Zuvor hatte die AfD-Fraktion beantragt, die Beschlussfassung bis zur Vorlage eines\n"
            "Gutachtens zurückzustellen. Dieser Antrag fand keine Mehrheit.",
            "approved",
        ),
        # guard: the item's own motion failing, nothing else decided
        ("", "approved"),
    ],
)
def test_a_motion_moved_and_failing_in_two_sentences(told: str, outcome: str) -> None:
    text = (
        "Beschlussauszug\n\nIn seiner Sitzung am 16.12.2030 hat der Kreistag zur Drucksache\n"
        "8/0231 Folgendes beschlossen:\n\n"
        "1.  Der Kreistag beschließt die Fortschreibung des Bedarfsplanes.\n\n"
        "2.  Der Landrat wird beauftragt, die Rettungswache bis 2032 zu errichten.\n\n"
        "Der Beschluss wurde mehrheitlich mit den Stimmen der Fraktionen SPD und CDU gegen\n"
        "die Stimmen der AfD-Fraktion gefasst.\n\n"
        f"{told}\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("parts", "outcome"),
    [
        # an act told in the pluperfect is before the decided text's own (which names none)
        (
            [
                "Der Weg wird mit Wirkung zum 01.01.2031 in „Bahnweg“ umbenannt.",
                "Der Ortsbeirat hatte am 10.06.2030 mit 3 : 2 Stimmen die Umbenennung abgelehnt.",
            ],
            None,
        ),
        # guard: a recommendation told so, which the text follows
        (
            [
                "Der Ausschuss hatte empfohlen, den Antrag an den Fachausschuss zu verweisen.",
                "Der Rat folgte dieser Empfehlung.",
            ],
            "referred",
        ),
    ],
)
def test_an_act_told_in_the_pluperfect(parts: list[str], outcome: str | None) -> None:
    assert vocab.act_of(parts) == outcome


@pytest.mark.parametrize(
    ("status", "decided", "outcome"),
    [
        # headed as changed, the change what the text does: it postpones
        (
            "",
            "Geänderter Beschluss:\nDie Beschlussvorlage 0234/2030 wird zurückgestellt.",
            "postponed",
        ),
        ("", "Geänderter Beschluss:\nDer Antrag wird an den Bauausschuss verwiesen.", "referred"),
        # guard: an explicit status wins over the wording of the decided text
        (
            "Beschluss: geändert beschlossen\n\n",
            "Beschluss:\nDie Beschlussvorlage 0234/2030 wird zurückgestellt.",
            "approved_amended",
        ),
    ],
)
def test_a_decision_headed_as_changed_into_an_end(status: str, decided: str, outcome: str) -> None:
    text = (
        "Bau- und Umweltausschuss\nSitzung am 02.07.2030\n\n"
        f"{status}Stadtrat Gerlach regt eine Ortsbesichtigung an.\n\n"
        f"{decided}\n\nAbstimmung:      7 Ja  /  0 Nein  /  1 Enthaltung\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("taken_over", "outcome"),
    [
        # a change the administration refuses to take over changes nothing
        ("Der Magistrat übernimmt die Ergänzung nicht.", "approved"),
        # guard: taken over, the text adopted is the changed one
        ("Der Magistrat übernimmt die Ergänzung.", "approved_amended"),
    ],
)
def test_a_change_not_taken_over(taken_over: str, outcome: str) -> None:
    text = (
        "Auszug aus der Niederschrift der Stadtverordnetenversammlung vom 05.09.2030\n\n"
        "Stadtverordneter Hahn beantragt, in Ziffer 3 die Worte „für Handwerksbetriebe“ zu\n"
        f"ergänzen. {taken_over}\n\n"
        "Beschluss:\n1. Die Aufstellung des Bebauungsplanes Nr. 112 wird beschlossen.\n\n"
        "Abstimmungsergebnis:\neinstimmig angenommen\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # the sitting's line, its item after a bar
        ("Öffentliche Sitzung vom 14. März 2030 | TOP Ö 7", "2030-03-14"),
        # or after a dash, the part after the item's number
        ("Rat der Stadt Wunstorf - 2. Sitzung - 25.11.2030 - TOP 9 ö", "2030-11-25"),
        # guard: a bar before something else is no item
        ("Öffentliche Sitzung vom 14. März 2030 | Seite 3", None),
    ],
)
def test_a_sittings_line_with_its_item_after_a_bar(head: str, date: str | None) -> None:
    text = (
        f"Stadt Buxtehude\n{head}\n\nSchaffung einer Stelle\n\n"
        "Beschluss:\nDer Ausschuss beschließt die Vorlage.\n\nAbstimmung: einstimmig\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("decision", "date"),
    [
        # the text's own decision announced with its sitting, after the paper's story
        (
            "Der Stadtrat hat in seiner öffentlichen Sitzung am Donnerstag, dem\n"
            "19. September 2030, folgenden Beschluss gefasst:\n\n"
            "1. Der Stadtrat beschließt die 7. Änderung des Flächennutzungsplanes.\n\n"
            "dafür: 18   dagegen: 4   Stimmenthaltung: 2",
            "2030-09-19",
        ),
        # guard: an earlier decision the paper tells with its text alone, no vote below it
        (
            "Der Stadtrat hat in seiner Sitzung am 07.07.2027 auf Antrag der Fraktionen\n"
            "folgenden Beschluss gefasst:\n\nDie Verwaltung wird beauftragt, zu berichten.",
            None,
        ),
        # guard: an earlier decision the paper quotes
        (
            "Die Bezirksversammlung hat in ihrer Sitzung am 27.03.2030 folgenden Beschluss\n"
            "gefasst:\n\n„1. Das Bezirksamt wird gebeten, zu berichten.“",
            None,
        ),
    ],
)
def test_the_texts_own_decision_announced_after_its_story(decision: str, date: str | None) -> None:
    text = (
        "Beschlussausfertigung\n\nBeschluss-Nr.:   2030/SR/0563\n\nGegenstand:\n"
        "7. Änderung des Flächennutzungsplanes\n\nSachverhalt:\n"
        "Der Stadtrat hat mit Beschluss vom 25.03.2027 die Aufstellung beschlossen. Der Entwurf\n"
        "lag vom 15.01.2030 bis 16.02.2030 öffentlich aus.\n\n"
        f"{decision}\n"
    )
    assert _date(text) == date


def test_a_framing_sentence_wrapped_before_the_sittings_day() -> None:
    text = (
        "Sachverhalt:\nDer Entwurf lag vom 15.01.2030 bis 16.02.2030 öffentlich aus.\n\n"
        "Der Stadtrat hat in seiner öffentlichen Sitzung am Donnerstag, dem\n"
        "19. September 2030, folgenden Beschluss gefasst:\n\n"
        "1. Der Stadtrat hat die Stellungnahmen geprüft.\n\n"
        "2. Der Stadtrat beschließt die Änderung des Flächennutzungsplanes.\n\n"
        "dafür: 18   dagegen: 4   Stimmenthaltung: 2\n"
    )
    assert len(parse_text(text).clauses) == 2


@pytest.mark.parametrize(
    ("between", "sittings"),
    [
        # each body's sitting over its result, a blank line between
        ("\n", 3),
        # or its role and what was said between
        ("Vorberatung\nAus der Mitte des Ausschusses wird die Festsetzung kritisiert.\n", 3),
        # guard: the session line's wrapped part is no prose
        ("Nr. 187\n", 0),
    ],
)
def test_each_bodys_sitting_a_few_lines_over_its_result(between: str, sittings: int) -> None:
    text = (
        "Drucksache: 0187/2030/BV\n\nBetreff: Quartiersgarage Bergheim-West\n\n"
        "Beschlussvorschlag:\n1. Die Stadt errichtet eine Quartiersgarage.\n\n"
        f"Sitzung des Bezirksbeirates Bergheim vom 25.06.2030\n{between}"
        "Ergebnis: Zustimmung zur Beschlussempfehlung\nJa 8 Nein 2 Enthaltung 1\n\n"
        f"Sitzung des Bau- und Umweltausschusses vom 02.07.2030\n{between}"
        "Ergebnis: Zustimmung zur Beschlussempfehlung\nJa 10 Nein 3 Enthaltung 1\n\n"
        f"Sitzung des Gemeinderates vom 18.07.2030\n{between}"
        "Ergebnis: beschlossen\nJa 31 Nein 11 Enthaltung 2\n"
    )
    assert len(consultations(text)) == sittings


@pytest.mark.parametrize(
    ("said", "papers"),
    [
        # a decision's number after its date
        ("(Kreistagsbeschluss vom 18.05.2030, Nr. KT/2030/012)", ["2031/0217/BV"]),
        ("gemäß Beschluss vom 18.05.2030 Nr. KT/2030/012", ["2031/0217/BV"]),
        # guard: a paper named after the decision's date
        ("(Beschluss vom 18.05.2030 zur Vorlage KT/2030/012)", ["2031/0217/BV", "KT/2030/012"]),
    ],
)
def test_a_decisions_number_after_its_date(said: str, papers: list[str]) -> None:
    text = f"Vorlage 2031/0217/BV\n\nDie Umlage folgt der Verteilung {said} der Mittel.\n"
    assert references(text) == papers


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # an advisory body's recommendation announced with its sitting, what it dealt with between
        ("", "2030-06-27"),
        # guard: the text's own sitting named in its head, the story's recommendation another's
        ("Sitzung der Stadtverordnetenversammlung am 10.07.2030\n\n", "2030-07-10"),
    ],
)
def test_a_recommendation_announced_with_its_sitting(head: str, date: str) -> None:
    text = (
        f"{head}Empfehlung des Seniorenbeirates an die Stadtverordnetenversammlung\n\n"
        "Der Seniorenbeirat der Stadt hat in seiner Sitzung am\n"
        "27. Juni 2030 die Beschlussvorlage BV-045/30 „Seniorenpolitisches Leitbild“\n"
        "beraten und folgende Empfehlung beschlossen:\n\n"
        "Die Stadtverordnetenversammlung möge das Leitbild beschließen.\n\n"
        "Abstimmungsergebnis: 9 Ja, 0 Nein, 1 Enthaltung\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("heads", "date"),
    [
        # a Beratungsfolge's column heads are no title, whatever date follows in the text
        ("Beratungsfolge                        Sitzung          Ergebnis", "2030-03-21"),
        ("Beratungsfolge | Sitzung | Ergebnis", "2030-03-21"),
    ],
)
def test_a_sequences_column_heads_are_no_title(heads: str, date: str) -> None:
    text = (
        "Bundesstadt Bonn\n\nStellungnahme der Verwaltung\n\n"
        f"{heads}\nRat                                   21.03.2030\n\n"
        "Betreff\nStellungnahme zur Großen Anfrage der Fraktion BBB vom 28.02.2030\n\n"
        "Frage 1:\nWie viele Prüfaufträge sind offen?\n\nAntwort:\nSieben.\n"
    )
    assert _date(text) == date


@pytest.mark.parametrize(
    ("told", "yes"),
    [
        # a deliberation before, dated, then its vote told in the perfect
        (
            "Der Antrag wurde im Fachbereichsausschuss am 27.06.2030 vorberaten. Der Ausschuss\n"
            "hat dem Gemeinderat mit 12 : 1 Stimmen empfohlen, den Prüfauftrag zu erteilen.",
            None,
        ),
        # guard: an undated sentence before it dates nothing
        (
            "Der Antrag wurde im Fachbereichsausschuss vorberaten. Der Gemeinderat hat den\n"
            "Prüfauftrag mit 12 : 1 Stimmen beschlossen.",
            12,
        ),
    ],
)
def test_a_vote_told_after_a_dated_deliberation(told: str, yes: int | None) -> None:
    text = (
        "Beschlussauszug\nSitzungsdatum: Mittwoch, 19. Juli 2030\n\n"
        "Beschluss:\nDer Gemeinderat beauftragt die Verwaltung mit der Prüfung.\n\n"
        "Ergebnis:  einstimmig beschlossen\n\nSachdarstellung:\n"
        f"{told}\n"
    )
    vote = next(v for v in parse_text(text).votes if v.decisive)
    assert vote.counts.yes == yes


@pytest.mark.parametrize(
    ("sides", "no"),
    [
        # sides named by their groups, a dash for the side no group took
        ("Zustimmung:   SPD, GRÜNE, CDU\nAblehnung:    -\nEnthaltung:   Die Linke", None),
        ("| Zustimmung: | SPD, GRÜNE |\n| Ablehnung:  | –          |\n| Enthaltung: | AfD |", None),
        # guard: a count beside them, the dash is its zero
        ("Ja: 12\nNein: -\nEnthaltung: 2", 0),
        # guard: none against written out
        ("ohne Gegenstimmen bei Enthaltung der AfD-Fraktion", 0),
    ],
)
def test_a_dash_beside_sides_named_by_their_groups(sides: str, no: int | None) -> None:
    text = f"Beschluss:\nDem Antrag wird zugestimmt.\n\nAbstimmungsergebnis: angenommen\n{sides}\n"
    vote = next(v for v in parse_text(text).votes if v.decisive)
    assert vote.counts.no == no
