"""Families a seventeenth session found: in the probes kept from earlier sessions, in the OParl
result strings, and in a seventeenth blind probe (Sachsen, Sachsen-Anhalt and Thüringen after the
2024 elections, Nordrhein-Westfalen's Kreise, minutes of many short items, terse Beschlussauszüge
of the south-west, the Beschlussbuch of Baden-Württemberg and Bayern, decided texts of many
clauses, Brandenburg and Mecklenburg-Vorpommern, Niedersachsen and Schleswig-Holstein).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards.
"""

from __future__ import annotations

import json

import pytest

from ratsparse import parse_bytes, parse_text

_PROPOSAL = (
    "Betreff: Entgelte der Parkhäuser\n\nBeschlussantrag:\n1. Der Ausschuss stimmt den Entgelten "
    "zu.\n2. Das Dauerparkentgelt wird festgesetzt.\n\nBegründung:\nDie Entgelte sind alt.\n\n"
)


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # the result field under another of its names, its value on the line below: the
        # proposal's clauses are the decided text
        (_PROPOSAL + "Beratungsergebnis:\nmehrheitlich zugestimmt\n", 2),
        (_PROPOSAL + "Beschlussfassung:\neinstimmig beschlossen\n", 2),
        (
            _PROPOSAL + "Beratungsergebnis:\n\n| ☐ einstimmig zugestimmt | ☒ mehrheitlich "
            "zugestimmt | ☐ abgelehnt |\n|---|---|---|\n| Ja: 10 | Nein: 4 | Enthaltung: 0 |\n",
            2,
        ),
        # nothing decided written out, the status in a field of its own over the proposal: the
        # proposal's clauses are the decided text
        (
            "Vorlage:          SG/BV/0187/2024\nBeschlussart:     einstimmig beschlossen\n\n"
            "Beschlussvorschlag:\nDer Samtgemeinderat beschließt:\n1. Die Satzung wird "
            "beschlossen.\n2. Die Satzung tritt am 01.08.2024 in Kraft.\n3. Die Verwaltung "
            "unterrichtet die Eltern.\n\nSachverhalt:\nDie Kosten sind gestiegen.\n\n"
            "Beratungsergebnis:\nJa-Stimmen:       29\nNein-Stimmen:     0\nEnthaltungen:     0\n",
            3,
        ),
        # guard: the field as it was read already
        (_PROPOSAL + "Beschluss:\nmehrheitlich zugestimmt\n", 2),
        # a decided text quoted whole: the first clause's number behind the opening quote
        (
            'Beschluss:\n\n"1. Die Verwaltung wird beauftragt, die Wärmeplanung zu erstellen.\n\n'
            '2. Der Ausschuss wird halbjährlich unterrichtet."\n\nAbstimmungsergebnis: '
            "einstimmig beschlossen\n",
            2,
        ),
        (
            "Beschluss:\n„1. Der Rat stimmt dem Konzept zu.\n2. Die Mittel werden bereitgestellt.\n"
            "3. Die Verwaltung berichtet jährlich.“\n\nAbstimmungsergebnis: einstimmig\n",
            3,
        ),
        # a minutes' running paragraph number over the item, then the proposal: the proposal's
        # numbered lines are no statute's
        (
            "Auszug aus dem Protokoll der Sitzung des Gemeinderats am 23. Juli 2024\n\n"
            "§ 84   Verkehrsversuch Marktplatz\n\nDie Bürgermeisterin erläutert die Vorlage.\n\n"
            "Beschlussvorschlag:\n1. Der Gemeinderat beschließt den Verkehrsversuch.\n"
            "2. Die Mittel werden bereitgestellt.\n\nAbstimmungsergebnis: 12 Ja, 3 Nein\n\n"
            "Damit ist dem Beschlussvorschlag zugestimmt.\n",
            2,
        ),
        # a statute's articles, centred on their lines: their numbered changes are the
        # statute's (a gazette prints it whole)
        (
            "hat der Rat in seiner Sitzung am 31.08.2023 folgende\nSatzung beschlossen:\n\n"
            "                                Artikel I\n\nDie Satzung wird wie folgt geändert:\n\n"
            "1. In § 2 wird der Betrag ersetzt.\n2. § 5 wird aufgehoben.\n\n"
            "                                Artikel II\n\nDiese Satzung tritt in Kraft.\n",
            0,
        ),
        # guard: an article indented in a clause's column ends where the next clause goes on
        (
            "Beschluss:\n1. Der Gemeinderat billigt die Kalkulation.\n\n2. Der Gemeinderat "
            "beschließt die Satzung:\n\n   Artikel 1\n   § 14 erhält folgende Fassung:\n"
            "       1. in der Unterkunft: 14,80 Euro,\n       2. in den Wohnungen: 11,20 Euro.\n\n"
            "   Artikel 2\n   Diese Satzung tritt in Kraft.\n\n3. Die Verwaltung macht die Satzung "
            "bekannt.\n\nAbstimmungsergebnis: einstimmig\n",
            3,
        ),
        # guard: a statute's paragraph and its numbered lines in the decided text
        (
            "Beschluss:\nDie Satzung wird wie folgt geändert:\n§ 4 Steuersätze\n1. Für Hunde "
            "40 Euro,\n2. für Zweithunde 80 Euro.\n\nAbstimmungsergebnis: einstimmig\n",
            0,
        ),
        # a motion's formula in prose over its clauses, adopted by naming it
        (
            "Vorlage: OF 702/4\n\nDer Ortsbeirat möge beschließen:\n\n1. Der Magistrat wird "
            "gebeten, eine Querungshilfe einzurichten.\n2. Der Magistrat wird gebeten, das "
            "Haltverbot zu sichern.\n\nBegründung:\nDie Schule wächst.\n\nBeschluss:\nDie Vorlage "
            "OF 702/4 wird in der vorgelegten Fassung beschlossen.\n\nAbstimmung:\nGRÜNE, SPD "
            "gegen CDU (= Ablehnung)\n",
            2,
        ),
        (
            "Der Ortsbeirat moege beschliessen:\n\n1. Der Magistrat wird gebeten, Fahrradbuegel "
            "aufzustellen.\n2. Der Magistrat wird gebeten zu pruefen, ob ein Stellplatz "
            "umgewandelt werden kann.\n\nBeschluss:\nDie Vorlage OF 812/5 wird in der vorgelegten "
            "Fassung beschlossen.\n\nAbstimmung:\neinstimmig\n",
            2,
        ),
    ],
)
def test_the_decided_text_s_clauses(text: str, clauses: int) -> None:
    assert len(parse_text(text).clauses) == clauses


def test_amendments_lettered_before_the_item_s_own_vote_are_no_parts() -> None:
    text = (
        "Zu diesem Tagesordnungspunkt liegen zwei Änderungsanträge vor:\n\n"
        "a) Änderungsantrag der Fraktion Bündnis 90/Die Grünen (Drucksache 18/0544):\n"
        "   Erhöhung des Ansatzes um 150.000 €.\n"
        "   Abstimmung über den Änderungsantrag: 20 Ja-Stimmen, 17 Nein-Stimmen – angenommen.\n\n"
        "b) Änderungsantrag der FDP-Fraktion (Drucksache 18/0547):\n"
        "   Senkung des Hebesatzes.\n"
        "   Abstimmung über den Änderungsantrag: dafür FDP; dagegen CDU und SPD – abgelehnt.\n\n"
        "Beschluss:\n1. Die Stadtverordnetenversammlung beschließt die Haushaltssatzung mit der "
        "beschlossenen Änderung.\n2. Das Investitionsprogramm wird beschlossen.\n\n"
        "Abstimmungsergebnis: 22 Ja-Stimmen, 13 Nein-Stimmen, 2 Enthaltungen\n"
    )
    read = parse_text(text)
    decisive = next(v for v in read.votes if v.decisive)
    assert (decisive.counts.yes, decisive.counts.no, decisive.counts.abstain) == (22, 13, 2)
    assert len(read.clauses) == 2
    assert read.items == ()


def test_parts_of_a_result_field_glued_after_a_full_stop() -> None:
    result = (
        "Zu 1: 3 Ja-Stimmen, 0 Enthaltungen, 9 Nein-Stimmen   Hiermit ist der Beschluss "
        "mehrheitlich abgelehnt.Zu 2: 9 Ja-Stimmen, 0 Enthaltungen, 3 Nein-Stimmen   Hiermit "
        "ist der Beschluss mehrheitlich angenommen."
    )
    assert [i.outcome for i in parse_text(result).items] == ["rejected", "approved"]
    assert parse_text(result).outcome is None
    item = {"id": "urn:x", "type": "https://schema.oparl.org/1.1/AgendaItem", "result": result}
    assert parse_bytes(json.dumps(item).encode(), "item.json").outcome is None


def test_decisions_of_another_sitting_named_before_it_are_made_known() -> None:
    text = (
        "Stadtrat - öffentliche Sitzung am 11.06.2024\n\nTOP Ö 2\nBekanntgabe von Beschlüssen "
        "aus nichtöffentlicher Sitzung\n\nDer Oberbürgermeister gibt bekannt, dass die Gründe "
        "für die Geheimhaltung der folgenden\nBeschlüsse aus der nichtöffentlichen Sitzung des "
        "Stadtrates vom 14.05.2024 weggefallen sind:\n\na) Erwerb eines Grundstücks für eine "
        "Kindertagesstätte.\n   Abstimmungsergebnis: 22 : 3\n\nb) Vergabe der "
        "Planerleistungen.\n   Abstimmungsergebnis: einstimmig\n"
    )
    read = parse_text(text)
    assert read.outcome is None
    assert not any(v.decisive for v in read.votes)


def _date(text: str) -> str | None:
    date = parse_text(text + "\nDer Rat beschließt einstimmig.\n").meeting.date
    return None if date is None else date.isoformat()


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # the body and an adjective before it, a dash, the sitting and its date on one line
        ("Technischer Ausschuss – öffentliche Sitzung am 08.10.2024\n", "2024-10-08"),
        # ... the body with its town's name
        ("Rat der Hansestadt Buxtehude – 19. Sitzung\nMontag, 11.03.2024\n", "2024-03-11"),
        # the date's line with the place after it, or its time and place in cells
        (
            "Kreistag – 4. Sitzung\nMittwoch, 04.12.2024, Kulturhaus Aue, Großer Saal\n",
            "2024-12-04",
        ),
        (
            "Sitzung des Gemeinderates | öffentlich\nDienstag, 27.02.2024 | 18:00 Uhr | Großer "
            "Sitzungssaal, Rathaus\n",
            "2024-02-27",
        ),
        # the date in a cell after the body's sitting
        (
            "3. Sitzung des Kreistages · Mittwoch, 18. September 2024 · Landratsamt Arnstadt\n",
            "2024-09-18",
        ),
        # a gazette's making known of one sitting's decisions
        (
            "Bekanntgabe der Beschlüsse des Gemeinderates\naus der öffentlichen Sitzung vom "
            "19.09.2024\n",
            "2024-09-19",
        ),
        # several excerpts of the decisions
        (
            "Gemeinde Eppelborn\n\nBeschlussauszüge\naus der öffentlichen Sitzung des "
            "Gemeinderates vom 21.03.2024\n",
            "2024-03-21",
        ),
        # a minutes' paragraph number in a column after the date
        (
            "Öffentliche Sitzung vom 21. November 2023                            § 143\n",
            "2023-11-21",
        ),
        # status fields over the page's head (SessionNet's excerpt): the head goes on below them
        (
            "Beschluss: vertagt\n\nAbstimmung: Ja: 14, Nein: 9\n\nGremium: Gemeinderat "
            "Vaterstetten          Sitzung vom: 08.10.2024\n\nTOP Ö 4   Bebauungsplan Nr. 142\n",
            "2024-10-08",
        ),
        # the excerpt's sentence that frames the item's deliberation
        (
            "Der Rat der Stadt Lingen (Ems) hat in seiner Sitzung am Donnerstag, dem 13. Juni "
            "2024, unter Tagesordnungspunkt 12 beraten:\n",
            "2024-06-13",
        ),
        # a report of the sitting: the body met
        (
            "Am Donnerstag, dem 22. Februar 2024, trat der Ortsgemeinderat Hambuch zu seiner 19. "
            "Sitzung im Gemeindehaus zusammen.\n",
            "2024-02-22",
        ),
        # guard: an item of minutes that makes known another sitting's decisions dates nothing
        (
            "Bekanntgabe von Beschlüssen aus nichtöffentlicher Sitzung\nDer Kreisausschuss hat in "
            "seiner Sitzung am 15.05.2023 die Vergabe beschlossen.\n",
            None,
        ),
    ],
)
def test_meeting_heads(head: str, date: str | None) -> None:
    assert _date(head) == date


def _counts(result: str) -> tuple[bool | None, int | None, int | None, int | None, list[str]]:
    read = parse_text("Beschluss:\nDer Rat stimmt der Vorlage zu.\n\n" + result)
    vote = next(v for v in read.votes if v.decisive)
    named = [
        g.name for side in (vote.groups.yes, vote.groups.no, vote.groups.abstain) for g in side
    ]
    return vote.unanimous, vote.counts.yes, vote.counts.no, vote.counts.abstain, named


@pytest.mark.parametrize(
    ("result", "counts"),
    [
        # the whole vote's counts in parentheses after a count: counts, no group
        (
            "Abstimmungsergebnis:\neinstimmig bei einer Enthaltung "
            "(Ja 10 / Nein 0 / Enthaltung 1)\n",
            (True, 10, 0, 1, []),
        ),
        (
            "Abstimmungsergebnis: einstimmig bei einer Enthaltung (Ja 10, Nein 0, Enthaltung 1)\n",
            (True, 10, 0, 1, []),
        ),
        # guard: groups with their numbers in the parenthesis
        (
            "Abstimmungsergebnis: mehrheitlich bei 2 Enthaltungen (CDU 1, SPD 1)\n",
            (False, None, None, 2, ["CDU", "SPD"]),
        ),
        # Bavaria's label of the vote
        ("Stimmenverhältnis:  16 : 0\n", (True, 16, 0, None, [])),
        # a dash for none glued to the next label
        (
            "Ergebnis: beschlossen\n"
            "Abstimmungsergebnis:Ja-Stimmen:38Nein-Stimmen:–Enthaltungen:4\n",
            (None, 38, 0, 4, []),
        ),
    ],
)
def test_counts(result: str, counts: tuple[object, ...]) -> None:
    assert _counts(result) == counts


@pytest.mark.parametrize(
    ("result", "abstaining", "against"),
    [
        # who cast the abstentions, told in the present
        (
            "Abstimmungsergebnis:\neinstimmig bei 3 Stimmenthaltungen (Ja-Stimmen: 58, "
            "Nein-Stimmen: 0)\nDie Stimmenthaltungen kommen aus der Fraktion FDP/FW.\n",
            ["Fraktion FDP/FW"],
            [],
        ),
        (
            "Abstimmungsergebnis: mehrheitlich beschlossen\nDie Gegenstimmen stammen aus der "
            "AfD-Fraktion.\n",
            [],
            ["AfD-Fraktion"],
        ),
        # guard: a count of votes against, then who cast them
        (
            "Abstimmungsergebnis: mit 3 Gegenstimmen aus der CDU-Fraktion beschlossen\n",
            [],
            ["CDU-Fraktion"],
        ),
    ],
)
def test_who_cast_a_side_s_votes(result: str, abstaining: list[str], against: list[str]) -> None:
    read = parse_text("Beschluss:\nDer Rat stimmt der Vorlage zu.\n\n" + result)
    vote = next(v for v in read.votes if v.decisive)
    assert [g.name for g in vote.groups.abstain] == abstaining
    assert [g.name for g in vote.groups.no] == against


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # a question answered decides nothing: the body's note of the information does
        (
            "Der Bürgermeister informiert über das Freibad.\n\nNachfragen:\nStadträtin Helbig "
            "fragt, ob die Umleitung geeignet ist. Der Bürgermeister bejaht dies.\n\n"
            "Die Informationen werden vom Stadtrat zur Kenntnis genommen.\n",
            "noted",
        ),
        # the decision taken with a change, said of the decision, or of the proposal voted on
        (
            "Beschluss: beschlossen\n\nDie Stadtverordnetenversammlung fasst den Beschluss mit "
            "folgender Änderung der Ziffer 3: Die Frist wird ersetzt.\n\nAbstimmungsergebnis: "
            "einstimmig\n",
            "approved_amended",
        ),
        (
            "Beschluss: beschlossen\n\nAbstimmung: Ja: 27, Nein: 0, Enthaltungen: 4\n\n"
            "Die Stadtverordnetenversammlung fasst den Beschluss mit "
            "folgender Änderung der Ziffer 3: Die Frist wird ersetzt.\n\nBeschluss:\n1. Das "
            "Handbuch wird beschlossen.\n2. Ein Plan wird erstellt.\n",
            "approved_amended",
        ),
        (
            "Beschluss: beschlossen\n\nDer Rat stimmt zu.\n\nDer Bürgermeister lässt über die so "
            "geänderte Beschlussvorlage abstimmen.\n\nAbstimmungsergebnis: einstimmig\n",
            "approved_amended",
        ),
        # a decision told in a relative clause, in the perfect: one taken before
        (
            "Zu 1: Die Steigerung beruht vor allem auf der Anhebung des Zinssatzes, die der Rat "
            "ebenfalls mit dieser Vorlage beschlossen hat.\n",
            None,
        ),
        # who decides by law is no decision
        (
            "Nach § 8 Abs. 1 NKomVG haben Gemeinden eine Gleichstellungsbeauftragte zu bestellen; "
            "über ihre Berufung beschließt nach § 8 Abs. 2 NKomVG die Vertretung.\n",
            None,
        ),
        # guards: a decision in the main clause, a relative clause beside it
        (
            "Der Rat stimmt der Vorlage zu, die der Ausschuss einstimmig beschlossen hat.\n",
            "approved",
        ),
        ("Über den Antrag beschließt der Rat einstimmig.\n", "approved"),
        # a gazette's making known of one sitting's decisions: they were taken
        (
            "Öffentliche Bekanntmachung der Beschlüsse der Gemeindevertretung Sonnenberg\n"
            "aus der Sitzung vom 09.04.2024\n\nDie Gemeindevertretung Sonnenberg hat in ihrer "
            "Sitzung am 09.04.2024 folgende Beschlüsse\ngefasst:\n\nBeschluss-Nr. 09/2024\n"
            "Jahresabschluss 2022\n\nBeschluss-Nr. 10/2024\nAnnahme von Spenden\n",
            "approved",
        ),
        (
            "Bekanntmachung\nder in der öffentlichen Sitzung des Ortsgemeinderates Sohren\nam "
            "Dienstag, 05.03.2024 gefassten Beschlüsse\n\n1. Einwohnerfragestunde\nEs wurden "
            "keine Fragen gestellt.\n\n2. Haushaltssatzung 2024\nDer Ortsgemeinderat beschloss "
            "die Haushaltssatzung.\n",
            "approved",
        ),
        # result words mistyped by one letter
        ("Der Antrag wurde mehrheitlich abgelent.\n", "rejected"),
        ("Der Regionalausschuss ist mit dem vorgeschlagenen Vorgehen einverstanen.\n", "approved"),
        # guard: a word one letter from no result word stays as it is
        ("Die Bauarbeiten wurden abgenommen.\n", None),
        # guard: a body that affirms a matter decides it
        ("Der Rat bejaht die Dringlichkeit.\n", "approved"),
        # a report on another body's decisions of another sitting
        (
            "Sitzungsdatum: 23.05.2024\n\nTOP 4\nBericht des Bürgermeisters über wichtige "
            "Angelegenheiten und über Beschlüsse des Verwaltungsausschusses\n\nDer "
            "Verwaltungsausschuss hat in seiner nichtöffentlichen Sitzung am 06.05.2024 unter "
            "anderem folgende Beschlüsse gefasst:\n\n- Die Straßenbauarbeiten werden an die "
            "Firma Wessels vergeben.\n- Der Vergabe eines Fahrzeuges wird zugestimmt.\n",
            None,
        ),
    ],
)
def test_outcomes(text: str, outcome: str | None) -> None:
    assert parse_text(text).outcome == outcome


@pytest.mark.parametrize(
    ("value", "papers"),
    [
        # a kind's letters after the number and its year
        ("Drucksache: 0467/2024-A", ["0467/2024-A"]),
        ("Vorlagen-Nr.:      2024/0311-BV", ["2024/0311-BV"]),
        # an office's short name in mixed case after a hyphen, or with an umlaut
        ("Vorlage: BV-Zi 011/2024", ["BV-Zi 011/2024"]),
        ("Vorlage: VO/Mö/2024/031", ["VO/Mö/2024/031"]),
        # the label spelt with one n
        ("Vorlagenummer: 9/1846", ["9/1846"]),
        # guard: a word after the hyphen is no suffix
        ("Vorlage: 0467/2024-Antrag der SPD", ["0467/2024"]),
    ],
)
def test_paper_references(value: str, papers: list[str]) -> None:
    read = parse_text(value + "\n\nBeschluss:\nDer Rat stimmt zu.\n")
    assert [r.reference for r in read.references] == papers


def test_a_course_of_bodies_with_a_page_s_buttons_between_is_read_body_by_body() -> None:
    text = (
        "Beratungsverlauf:\n\nAusschuss für Umwelt   05.03.2024   Vorberatung   Ö\nReduzieren\n"
        "Ergebnis: einstimmig empfohlen\nAbstimmung: Ja 11, Nein 0, Enthaltung 0\n\n"
        "Rat der Stadt   21.03.2024   Entscheidung   Ö\nReduzieren\nErgebnis: beschlossen\n"
        "Abstimmung: Ja 29, Nein 3, Enthaltung 2\n"
    )
    read = parse_text(text)
    assert [i.outcome for i in read.items] == ["approved", "approved"]
    assert read.votes == ()


def test_a_final_vote_cut_off_leaves_no_vote_decisive() -> None:
    text = (
        "Der Änderungsantrag wird mit 9 Ja-Stimmen, 12 Nein-Stimmen und 1 Enthaltung\n"
        "abgelehnt.\n\nSodann lässt die Vorsitzende über den Beschlussvorschlag abstimmen.\n\n"
        "Abstimmungsergebnis:\nJa: 14, Nein: 6, Ent"
    )
    read = parse_text(text)
    assert read.outcome is None
    assert read.votes
    assert not any(v.decisive for v in read.votes)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a member's line with an office after the party
        (
            "Beschluss:\nDie Gemeindevertretung beauftragt die Amtsverwaltung.\n\n"
            "Namentliche Abstimmung:\n"
            "Bollow, Jens (SPD)                           ja\n"
            "Dunkel, Harald (CDU)                         nein\n"
            "Graf, Christian (CDU), Bürgermeister         nein\n"
            "Kähler, Uwe (UWG)                            ja\n"
            "Kracht, Sabine (SPD)                         Enthaltung\n"
            "Lange, Petra (Pro Dierhagen)                 nein\n\n"
            "Der Antrag ist damit abgelehnt.\n",
            (2, 3, 1),
        ),
        # lists of names under each side, then a side of nobody
        (
            "Beschluss:\nDer Antrag wird abgelehnt.\n\nMit Ja stimmten:\nRatsherr Tietjen (CDU), "
            "Ratsfrau Meyer (CDU), Ratsherr Esen (FDP)\n\nMit Nein stimmten:\nRatsfrau Abels "
            "(SPD), Ratsherr Lüers (SPD), Ratsfrau Ahlers (SPD), Ratsherr Pohl (Die Linke)\n\n"
            "Stimmenthaltungen: keine\n\nDamit ist der Antrag abgelehnt.\n",
            (3, 4, 0),
        ),
    ],
)
def test_roll_calls(text: str, counts: tuple[int, int, int]) -> None:
    vote = next(v for v in parse_text(text).votes if v.decisive)
    assert (vote.counts.yes, vote.counts.no, vote.counts.abstain) == counts
