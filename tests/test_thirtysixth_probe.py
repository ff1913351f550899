"""Families found in the thirty-sixth blind probe (``tests/probes/thirtysixth``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text
from tests.reading import decisive_vote as _decisive
from tests.reading import meeting_date as _date

_DECIDED = "Der Rat beschließt die Satzung in der Fassung der Anlage.\n\n"


def _counts(text: str) -> tuple[int | None, int | None, int | None]:
    counts = _decisive(_DECIDED + text).counts
    return counts.yes, counts.no, counts.abstain


@pytest.mark.parametrize(
    ("table", "counts"),
    [
        # the body's size by law, its members named by the body's own word
        (
            "|gesetzl. Anzahl der GV-Mitglieder|davon anwesend|Ja-Stimmen|Nein-Stimmen"
            "|Stimmenthaltungen|\n|13|12|9|2|1|",
            (9, 2, 1),
        ),
        (
            "| gesetzliche Anzahl der Stadtverordneten | anwesend | Ja | Nein | Enthaltung |\n"
            "| 37 | 35 | 30 | 4 | 1 |",
            (30, 4, 1),
        ),
        # a secret ballot's papers before its counts
        (
            "| abgegebene Stimmzettel | ungültig | Ja | Nein | Enthaltung |\n"
            "| 42 | 1 | 24 | 15 | 2 |",
            (24, 15, 2),
        ),
        (
            "| Stimmzettel | ungültig | Ja | Nein | Enthaltung |\n| 42 | 0 | 24 | 16 | 2 |",
            (24, 16, 2),
        ),
        # (guard) the labels known before
        ("| anwesend | Ja | Nein | Enthaltung |\n| 42 | 24 | 16 | 2 |", (24, 16, 2)),
    ],
)
def test_a_count_tables_columns_before_its_votes(table: str, counts: tuple[int, int, int]) -> None:
    assert _counts("Abstimmungsergebnis:\n" + table + "\n") == counts


@pytest.mark.parametrize(
    ("tally", "counts"),
    [
        # a tally of three numbers parted by spaced dashes, its legend below or none
        ("Abstimmungsergebnis: 10 – 0 – 1\n(Ja – Nein – Enthaltung)", (10, 0, 1)),
        ("Abstimmungsergebnis: 10 - 0 - 1", (10, 0, 1)),
        ("Abstimmungsergebnis:\n12–3–0", (12, 3, 0)),
        # (guard) hyphens without spaces, read before
        ("Abstimmungsergebnis: 10-0-1", (10, 0, 1)),
    ],
)
def test_a_tally_parted_by_dashes(tally: str, counts: tuple[int, int, int]) -> None:
    assert _counts(tally + "\n") == counts


@pytest.mark.parametrize(
    ("verdict", "yes"),
    [
        # a recommendation's verdict run into the count row's first label
        ("einstimmig empfohlenJa:7Nein:0Enthaltung:0Befangen:1", 7),
        ("mehrheitlich vertagtJa:5Nein:3Enthaltung:1", 5),
        # (guard) a decision's verdict, read before
        ("einstimmig beschlossenJa:7Nein:0Enthaltung:0", 7),
    ],
)
def test_a_verdict_glued_to_the_count_rows_first_label(verdict: str, yes: int) -> None:
    assert _counts("Abstimmungsergebnis:" + verdict + "\n")[0] == yes


@pytest.mark.parametrize(
    ("result", "counts"),
    [
        # counts in words in a parenthesis after the verdict
        ("einstimmig (neun Ja-Stimmen)", (9, None, None)),
        ("einstimmig (neun Ja-Stimmen, keine Enthaltung)", (9, None, 0)),
        ("mehrheitlich beschlossen (zwei Gegenstimmen)", (None, 2, None)),
        # (guard) in digits, read before
        ("einstimmig (9 Ja-Stimmen)", (9, None, None)),
    ],
)
def test_counts_in_words_in_parentheses(
    result: str, counts: tuple[int | None, int | None, int | None]
) -> None:
    assert _counts("Abstimmungsergebnis: " + result + "\n") == counts


@pytest.mark.parametrize(
    "note",
    [
        # an amendment's adoption told in a sentence wrapped before its ratio
        "(Änderungsantrag der Fraktion SPD vom 09.09.2030, in der Sitzung mit\n"
        "25 : 20 : 2 angenommen)",
        "Der Änderungsantrag der Fraktion SPD wurde in der Sitzung mit\n25 : 20 : 2 angenommen.",
        # (guard) on one line, read before
        "Der Änderungsantrag der Fraktion SPD wurde mit 25 : 20 : 2 angenommen.",
    ],
)
def test_an_amendments_ratio_wrapped_after_its_mit(note: str) -> None:
    text = (
        "Der Kreistag beschließt die Satzung.\n\n"
        f"{note}\n\n"
        "Abstimmungsergebnis:\nJa-Stimmen: 31\nNein-Stimmen: 12\n"
    )
    assert parse_text(text).outcome == "approved_amended"


@pytest.mark.parametrize(
    ("report", "outcome"),
    [
        # a consent told in the past, in a report of the sitting: what was proposed is decided
        (
            "Der Vorsitzende schlug vor, den Antrag in den Betriebsausschuss zu verweisen. "
            "Widerspruch erhob sich nicht.",
            "referred",
        ),
        # (guard) in the present, read before
        (
            "Der Vorsitzende schlägt vor, den Antrag in den Betriebsausschuss zu verweisen. "
            "Widerspruch erhebt sich nicht.",
            "referred",
        ),
    ],
)
def test_a_consent_told_in_the_past(report: str, outcome: str) -> None:
    assert parse_text(report + "\n").outcome == outcome


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # an offer well received is no motion adopted
        ("Grüngutplätze gut angenommen\n\nIm Jahr 2029 wurden 14.300 Tonnen angeliefert.", None),
        ("Die neue Sprechstunde wird von den Bürgern rege angenommen.", None),
        # (guard) a motion adopted
        ("Der Antrag wird angenommen.", "approved"),
    ],
)
def test_an_offer_well_received_is_no_verdict(text: str, outcome: str | None) -> None:
    assert parse_text(text + "\n").outcome == outcome


def test_who_voted_how_told_on_sentence_by_sentence() -> None:
    text = (
        "Der Rat beschließt mit 21 Ja-Stimmen gegen 17 Nein-Stimmen bei 2 Enthaltungen, den "
        "Antrag zu vertagen.\n\n"
        "Für die Vertagung stimmten SPD und Die Linke, dagegen CDU und AfD.\n"
        "Die beiden Mitglieder der Gruppe Die Unabhängigen enthielten sich.\n"
    )
    doc = parse_text(text)
    vote = _decisive(text)
    assert doc.outcome == "postponed"
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (21, 17, 2)
    assert [g.name for g in vote.groups.yes] == ["SPD", "Die Linke"]
    assert [g.name for g in vote.groups.abstain] == ["Gruppe Die Unabhängigen"]


@pytest.mark.parametrize(
    ("decision", "outcome"),
    [
        # the decided text refers the matter, its vote short of a verdict inside the sentence
        (
            "Der Ausschuss verweist die Angelegenheit bei einer Gegenstimme und zwei "
            "Enthaltungen ohne Beschlussempfehlung an den Gemeinderat.",
            "referred",
        ),
        # (guard) with how the vote went, read before
        ("Der Ausschuss verweist die Angelegenheit einstimmig an den Gemeinderat.", "referred"),
    ],
)
def test_a_decided_text_that_does_more_beside_counts_short_of_a_verdict(
    decision: str, outcome: str
) -> None:
    assert parse_text(f"Beschluss:\n{decision}\n").outcome == outcome


@pytest.mark.parametrize(
    ("recommended", "finding", "outcome"),
    [
        # a body that follows a recommendation to reject, its committee's name with a comma
        ("Der Antrag wird abgelehnt.", "Der Antrag ist damit abgelehnt.", "rejected"),
        # (guard) a recommendation to adopt
        ("Dem Antrag wird zugestimmt.", "", "approved"),
    ],
)
def test_a_recommendation_to_reject_followed(recommended: str, finding: str, outcome: str) -> None:
    text = (
        "Drucksache - 0412/XX\n\nDrucksache-Art: Antrag\n\nAntrag:\n"
        "Die Bezirksverordnetenversammlung möge beschließen:\n"
        "Das Bezirksamt wird ersucht, die Mittel für Spielstraßen zu erhöhen.\n\n"
        "Beschlussempfehlung des Ausschusses für Haushalt, Finanzen und Personal vom "
        f"03.12.2030:\n{recommended}\n(Abstimmungsergebnis im Ausschuss: 6 : 3 : 1)\n\n"
        "Auszug aus dem Wortprotokoll der 12. Sitzung der Bezirksverordnetenversammlung am "
        "30.01.2031:\n\n"
        "Die Bezirksverordnetenversammlung folgt der Beschlussempfehlung mehrheitlich gegen "
        "die Stimmen der Fraktion Die Linke und der Fraktion Bündnis 90/Die Grünen.\n\n"
        f"{finding}\n"
    )
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a statute's preamble with the majority it took between its date and the statute
        (
            "Aufgrund von § 4 GemO hat der Gemeinderat am\n15.10.2030 mit der Mehrheit der "
            "Stimmen aller Mitglieder folgende Satzung beschlossen:\n\nArtikel 1\n",
            "2030-10-15",
        ),
        # (guard) without it, read before
        (
            "Aufgrund von § 4 GemO hat der Gemeinderat am 15.10.2030 folgende Satzung "
            "beschlossen:\n\nArtikel 1\n",
            "2030-10-15",
        ),
        # an overview of a sitting's decisions, its title over three lines
        (
            "Übersicht der gefassten Beschlüsse\nder 27. öffentlichen Sitzung der "
            "Bezirksverordnetenversammlung\nam Mittwoch, 20. März 2030\n\n"
            "| TOP | Drucksache | Ergebnis |\n|---|---|---|\n| Ö 5.1 | 0412/XX | beschlossen |\n",
            "2030-03-20",
        ),
        # a paper's date beside its number on one line, under the paper's head: not the
        # sitting's; the sitting is the one row of its Beratungsfolge
        (
            "Vorlage: BV/0412/2030                          Datum: 20.10.2030\n"
            "Status: öffentlich\n\nBeratungsfolge:\nDatum       Gremium        Zuständigkeit\n"
            "03.11.2030  Rat der Stadt  Entscheidung\n\nBeschluss:\nDer Rat wählt Frau Ober.\n"
            "Abstimmungsergebnis: einstimmig\n",
            "2030-11-03",
        ),
    ],
)
def test_meeting_dates_of_the_thirtysixth_probe(text: str, date: str) -> None:
    assert _date(text) == date


_ITEM = "\n\nTOP 3   Jahresbericht 2029\n\nDie Versammlung nimmt den Bericht zur Kenntnis.\n"


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # a body's sitting and its place, the venue after a comma
        (
            "Verbandsversammlung am 18. April 2030 in Altentreptow, Gaststätte „Zur Eiche“",
            "2030-04-18",
        ),
        ("Verbandsversammlung am 18. April 2030 in Altentreptow", "2030-04-18"),
        # a letter-spaced title over the body's assembly
        ("P R O T O K O L L\nder ordentlichen Verbandsversammlung am 22.03.2030", "2030-03-22"),
        # a Tagung's day as a field
        ("Sitzung des Marktgemeinderates\n\nTagungstag:  Donnerstag, 15.02.2030", "2030-02-15"),
        # the sitting's field with its number before its date
        (
            "Gremium: Stadtrat         Sitzung: 23. Sitzung am 30.03.2030         TOP 9",
            "2030-03-30",
        ),
        # the sitting's field beside the paper's number that opens the line
        ("Drucksache WV 30/031                          Sitzung: 27.06.2030", "2030-06-27"),
        # (guard) a date field beside the paper's number is the paper's
        ("Drucksache WV 30/031                          Datum: 27.06.2030", None),
    ],
)
def test_a_sittings_head_of_the_thirtysixth_probe(head: str, date: str | None) -> None:
    assert _date(head + _ITEM) == date


@pytest.mark.parametrize(
    ("result", "date"),
    [
        # a result's heading below the paper's story, over one body's sitting fields
        (
            "Beratungsergebnis\n\nGremium: Stadtrat     Sitzung: 23. Sitzung am 30.03.2030\n\n"
            "Der Antrag wurde vor Eintritt in die Beratung zurückgezogen.",
            "2030-03-30",
        ),
        # (guard) a committee's recommendation to the body that decides later
        (
            "Beratungsergebnis:\nGremium: Hauptausschuss     Sitzung am: 05.02.2030\n"
            "Der Ausschuss empfiehlt dem Stadtrat, wie vorgeschlagen zu beschließen.\n"
            "Abstimmung: 8 : 3",
            None,
        ),
        # (guard) a paper's course of two bodies
        (
            "Beratungsergebnisse:\n\nGremium: Bauausschuss     Sitzung am: 20.03.2030\n"
            "Ergebnis: beschlossen\n\nGremium: Stadtrat     Sitzung am: 25.04.2030\n"
            "Ergebnis: beschlossen",
            None,
        ),
    ],
)
def test_a_result_heading_over_its_sittings_fields(result: str, date: str | None) -> None:
    text = (
        "Antrag                                   Drucksache-Nr.: 0156/30\n"
        "Einreicher: Fraktion DIE LINKE\nDatum: 03.03.2030\n\n"
        "Beschlussvorschlag:\nDer Stadtrat bestellt Frau Ines Hartung zur Vertreterin.\n\n"
        "Begründung:\nDie bisherige Vertreterin ist zurückgetreten.\n\n"
        f"{result}\n"
    )
    assert _date(text) == date


_PROPOSED = (
    "Beschlussantrag der Verwaltung:\n1. Der Gemeinderat beschließt die Abwägung.\n"
    "2. Der Gemeinderat beschließt den Bebauungsplan als Satzung.\n"
    "3. Der Gemeinderat beschließt die örtlichen Bauvorschriften als Satzung.\n\n"
)


@pytest.mark.parametrize(
    ("decision", "clauses"),
    [
        # a Beschluss that is its vote's sentence alone: the proposal's clauses are decided
        ("Beschluss:\nBei 2 Gegenstimmen und 1 Enthaltung mehrheitlich beschlossen.", 3),
        ("Beschluss:\nBei 2 Gegenstimmen mehrheitlich beschlossen.\n\n(anwesend: 17)", 3),
        # (guard) a decided text of its own
        ("Beschluss:\nDer Gemeinderat vertagt die Angelegenheit.\nAbstimmung: einstimmig", 0),
    ],
)
def test_the_proposals_clauses_where_the_decision_writes_none(decision: str, clauses: int) -> None:
    assert len(parse_text(_PROPOSED + decision + "\n").clauses) == clauses


def test_a_decision_with_a_change_it_names_adopts_the_proposals_clauses() -> None:
    text = (
        "Beschlussantrag:\n1. Der Gemeinderat stimmt der Erweiterung zu.\n"
        "2. Die Verwaltung wird beauftragt, eine Studie zu erstellen.\n"
        "3. Die Ergebnisse sind bis 2031 vorzulegen.\n\n"
        "Sitzungsverlauf:\nDie Bürgermeisterin erläutert die Prognose.\n\n"
        "Der Gemeinderat beschließt mit folgender Änderung:\n"
        "Ziffer 2 wird ergänzt um: „Die Studie umfasst die Mensa.“\n\n"
        "Abstimmungsergebnis: einstimmig bei 1 Enthaltung\n"
    )
    doc = parse_text(text)
    assert len(doc.clauses) == 3
    assert doc.outcome == "approved_amended"


@pytest.mark.parametrize(
    ("form", "unanimous", "yes"),
    [
        # a result form's boxes written with parentheses, the ticked one not the first
        (
            "( ) einstimmig angenommen\n(x) mehrheitlich angenommen\n( ) abgelehnt\n\n"
            "Ja: 7     Nein: 2     Enthaltung: 2",
            False,
            7,
        ),
        # (guard) with brackets, read before
        (
            "[ ] einstimmig angenommen\n[x] mehrheitlich angenommen\n[ ] abgelehnt\n\n"
            "Ja: 7     Nein: 2     Enthaltung: 2",
            False,
            7,
        ),
    ],
)
def test_a_forms_boxes_in_parentheses(form: str, unanimous: bool, yes: int) -> None:
    vote = _decisive("Der Beirat stimmt der Fahrradzone zu.\n\nErgebnis der Abstimmung:\n" + form)
    assert (vote.unanimous, vote.counts.yes) == (unanimous, yes)


def test_a_clause_lettered_x_is_no_box() -> None:
    # (guard) one line only: a clause's letter, no form
    from ratsparse.normalize import clean

    assert clean("(x) Die Frist endet am 30.06.2030.\n").text.startswith("(x)")


def test_a_consent_after_a_vote_on_procedure_is_to_the_proposal() -> None:
    text = (
        "Der Oberbürgermeister schlägt vor, Herrn Paulick in den Beirat zu benennen.\n"
        "Auf Frage des Vorsitzenden verzichten die Mitglieder des Stadtrates einstimmig auf "
        "eine geheime Abstimmung.\n"
        "Gegen den Vorschlag erhebt sich kein Widerspruch. Herr Paulick ist damit benannt.\n"
    )
    doc = parse_text(text)
    assert doc.outcome == "approved"
    assert _decisive(text).unanimous is None


@pytest.mark.parametrize(
    ("head", "clauses"),
    [
        # a decision's sentence over the list of what it decides: clauses, no agenda items
        ("Der Beirat Findorff bewilligt aus den Globalmitteln folgende Zuwendungen:", 3),
        ("Die Gemeindevertretung wählt folgende bürgerliche Mitglieder:", 3),
    ],
)
def test_a_decisions_list_is_no_agenda(head: str, clauses: int) -> None:
    text = (
        "Protokoll der Sitzung des Beirats am 13.02.2030\n\nBeschluss:\n"
        f"{head}\n"
        "1. Kinderfarm e. V., Erneuerung des Ziegenstalls (Antrag GM 04/2030): 2.500,00 €\n"
        "2. Bürgerverein e. V., zwei Sitzbänke am Hafen (Antrag GM 07/2030): 1.800,00 €\n"
        "3. Stadtteilbibliothek, Lesesommer (Antrag GM 09/2030): 950,00 €\n"
        "(einstimmig bei Enthaltung der Fraktion DIE LINKE)\n"
    )
    doc = parse_text(text)
    assert len(doc.clauses) == clauses
    assert len(doc.items) == 0


@pytest.mark.parametrize(
    "committee",
    [
        # a committee's vote on its recommendation, told as the committee's
        "Beschlussempfehlung des Ausschusses für Umwelt vom 05.03.2030:\n"
        "Annahme in geänderter Fassung\n(Abstimmung im Ausschuss: 7 Ja / 0 Nein / 2 Enthaltungen)",
        "Beschlussempfehlung des Ausschusses für Umwelt vom 05.03.2030: Annahme\n"
        "Abstimmungsergebnis im Ausschuss: 7 Ja / 0 Nein / 2 Enthaltungen",
    ],
)
def test_a_committees_vote_is_not_the_assemblys(committee: str) -> None:
    text = (
        f"{committee}\n\n"
        "Die Bezirksverordnetenversammlung möge beschließen:\n"
        "Das Bezirksamt wird ersucht, Baumscheiben zu schützen.\n\n"
        "Die Bezirksverordnetenversammlung hat in ihrer Sitzung am 21. März 2030 die "
        "Beschlussempfehlung einstimmig angenommen.\n"
    )
    vote = _decisive(text)
    assert vote.unanimous is True
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == (None, None, None)


@pytest.mark.parametrize(
    ("result", "outcome"),
    [
        # a vote cut off at its No label, or after its tally's first number
        ("Abstimmungsergebnis:\nanwesend: 14\nJa: 13\nNein:", None),
        ("Abstimmungsergebnis: 9 :", None),
        # (guards) an abstentions' field left empty; a form left empty; a tally whole
        (
            "Abstimmungsergebnis: mehrheitlich beschlossen\nJa-Stimmen: 26  Nein-Stimmen: 3  "
            "Enthaltungen:",
            "approved",
        ),
        ("Abstimmungsergebnis: 9 : 2", "approved"),
    ],
)
def test_a_vote_cut_off_where_the_text_ends(result: str, outcome: str | None) -> None:
    assert parse_text(_DECIDED + result).outcome == outcome


@pytest.mark.parametrize(
    ("told", "outcome"),
    [
        # what the law says is done, told in a proposal's reasons: no decision
        ("Nach dem Schiedsamtsgesetz wird die Schiedsperson für fünf Jahre gewählt.", None),
        ("Gemäß § 28 der Gemeindeordnung wird der Haushalt vom Rat beschlossen.", None),
        # (guard) an earlier decision told in the perfect, read before
        ("Der Rat hat die Satzung am 12.03.2029 beschlossen.", None),
    ],
)
def test_what_the_law_says_is_done_is_no_decision(told: str, outcome: str | None) -> None:
    text = (
        "Beschlussvorlage\nBeratungsfolge:\nDatum       Gremium   Zuständigkeit\n"
        "05.03.2030  Rat       Entscheidung\n\n"
        "Beschlussvorschlag:\n1. Der Rat wählt Frau Ober zur Schiedsperson.\n"
        "2. Der Rat wählt Herrn Klee zum Stellvertreter.\n\n"
        f"Begründung:\n{told} Die Amtszeit des bisherigen Schiedsmanns endet am 30.04.2030.\n"
    )
    assert parse_text(text).outcome == outcome


_AMENDED_ITEM = (
    "Niederschrift (Auszug)\nSitzung des Stadtrates am 21.03.2030\n\n"
    "zu 6.2   Antrag der Fraktion Die Linke zu Trinkbrunnen\n         Vorlage: IX/2030/00411\n\n"
    "zu 6.2.1 Änderungsantrag der SPD-Fraktion zum Antrag\n         Vorlage: IX/2030/00467\n\n"
    "Frau Stadträtin Kern brachte den Antrag ein.\n\n"
)


@pytest.mark.parametrize(
    ("record", "counts", "items"),
    [
        # an amendment's vote under its sub-number, then the record back at the item's own
        (
            "zu 6.2.1\nAbstimmungsergebnis:  mehrheitlich abgelehnt\n\n"
            "zu 6.2\nAbstimmungsergebnis:  mehrheitlich zugestimmt\n"
            "                      Ja: 27   Nein: 9   Enthaltung: 2\n",
            (27, 9, 2),
            0,
        ),
        (
            "zu 6.2.1\nAbstimmungsergebnis:  einstimmig zugestimmt\n\n"
            "zu 6.2\nAbstimmungsergebnis:  Ja: 30   Nein: 6   Enthaltung: 0\n",
            (30, 6, 0),
            0,
        ),
    ],
)
def test_an_amendments_sub_item_is_part_of_its_item(
    record: str, counts: tuple[int, int, int], items: int
) -> None:
    read = parse_text(_AMENDED_ITEM + record)
    decisive = next(v for v in read.votes if v.decisive)
    assert (decisive.counts.yes, decisive.counts.no, decisive.counts.abstain) == counts
    assert len(read.items) == items


def test_sub_items_of_their_own_stay_items() -> None:
    # (guard) sub-items that are matters of their own, each decided, the item not come back to
    text = (
        "Niederschrift\n\nTOP 5 Bauanträge\n\nTOP 5.1 Bauantrag Am Hang 4\n"
        "Dem Vorhaben wird zugestimmt.\nAbstimmungsergebnis: Ja: 9 Nein: 0 Enthaltung: 0\n\n"
        "TOP 5.2 Bauantrag Talweg 2\nDas Einvernehmen wird versagt.\n"
        "Abstimmungsergebnis: Ja: 2 Nein: 7 Enthaltung: 0\n"
    )
    assert len(parse_text(text).items) == 3


_GRANTS = (
    "Hauptausschuss\nSitzung vom 14.05.2030\n\nTOP 4   Vergabe von Sondermitteln 2030\n\n"
    "4.1   Drucksache 23-0411\n      Antrag des Sportvereins (1.200 Euro)\n{first}\n\n"
    "4.2   Drucksache 23-0415\n      Antrag des Kulturkreises (3.500 Euro)\n{second}\n"
)


@pytest.mark.parametrize(
    ("first", "second", "items", "outcome"),
    [
        # sub-items of the one agenda item, each decided on its own: the items
        (
            "      Der Antrag wird einstimmig bewilligt.",
            "      Der Antrag wird abgelehnt.\n      Abstimmungsergebnis: einstimmig",
            2,
            None,
        ),
        (
            "      Abstimmungsergebnis: Ja: 9 Nein: 0",
            "      Abstimmungsergebnis: Ja: 3 Nein: 6",
            2,
            None,
        ),
        # (guard) a paper's sections numbered under its item, no vote in the first: no items
        (
            "      Die Verwaltung hat den Antrag geprüft.",
            "      Abstimmungsergebnis: Ja: 3 Nein: 6",
            0,
            "rejected",
        ),
    ],
)
def test_an_items_sub_items_each_decided_are_the_items(
    first: str, second: str, items: int, outcome: str | None
) -> None:
    read = parse_text(_GRANTS.format(first=first, second=second))
    assert (len(read.items), read.outcome) == (items, outcome)
