"""Families found in a thirty-first blind probe (``tests/probes/thirtyfirst``).

Each row is a short text of our own in the phrasing of its family, and what the parser must make
of it; every row failed before the fix it stands for, but those marked as guards. (Fixes are
drawn from the sets SB, SF and SH only: see the probes' README.)
"""

from __future__ import annotations

import pytest

from ratsparse import parse_text


@pytest.mark.parametrize(
    ("sentence", "against"),
    [
        # the sentence goes on after the last name with what was decided
        (
            "Die BVV beschließt mehrheitlich gegen die Stimmen der Fraktion BÜNDNIS 90/DIE "
            "GRÜNEN die Überweisung in den Ausschuss für Verkehr.",
            ["Fraktion BÜNDNIS 90/DIE GRÜNEN"],
        ),
        (
            "Der Ausschuss hat mehrheitlich gegen die Stimmen der Fraktion ÖDP/München-Liste "
            "dem Antrag der Referentin entsprochen.",
            ["Fraktion ÖDP/München-Liste"],
        ),
        # (guard) an article inside the name, before its party: the name goes on
        (
            "Der Rat beschließt mehrheitlich gegen die Stimmen der Fraktion der Freien Wähler.",
            ["Fraktion der Freien Wähler"],
        ),
    ],
)
def test_a_list_of_groups_ends_where_the_sentence_goes_on(
    sentence: str, against: list[str]
) -> None:
    doc = parse_text(f"Beschluss:\n{sentence}\n")
    vote = next(v for v in doc.votes if v.decisive)
    assert [g.name for g in vote.groups.no] == against


@pytest.mark.parametrize(
    "sides",
    [
        "Ja - CDU; Nein - SPD, Grüne; Enthaltung - FDP",
        "Dafür – CDU, Dagegen – SPD und Grüne, Enthaltung – FDP",
    ],
)
def test_each_side_with_a_dash_before_its_groups(sides: str) -> None:
    doc = parse_text(
        "Beschluss:\nDer Antrag wird abgelehnt.\n\nAbstimmungsergebnis:\n"
        f"Ja: 4 | Nein: 6 | Enthaltung: 1\n{sides}\nDer Antrag ist damit abgelehnt.\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert [g.name for g in vote.groups.yes] == ["CDU"]
    assert [g.name for g in vote.groups.no] == ["SPD", "Grüne"]
    assert [g.name for g in vote.groups.abstain] == ["FDP"]


@pytest.mark.parametrize(
    "title",
    [
        # the title word with whom it tells, the sitting on the line below
        "Unterrichtung der Einwohnerinnen und Einwohner\nüber die öffentliche Sitzung des "
        "Ortsgemeinderates vom 7. Nov. 2027",
        "Bericht für die Bürgerinnen und Bürger\nüber die Sitzung des Gemeinderates vom 07.11.2027",
    ],
)
def test_a_title_with_its_addressees_over_the_sitting(title: str) -> None:
    doc = parse_text(f"Ortsgemeinde Talheim\n\n{title}\n\nDer Rat beschloss einstimmig.\n")
    assert doc.meeting is not None and str(doc.meeting.date) == "2027-11-07"


def test_a_decided_text_headed_as_changed_under_a_plain_status() -> None:
    doc = parse_text(
        "Stadträtin K. beantragt, Ziffer 2 zu ändern. Der Vorsitzende übernimmt den Antrag.\n\n"
        "Geänderter Beschluss:\n1. Dem Plan wird zugestimmt.\n2. Die Verwaltung wird "
        "beauftragt, den Takt zu verdichten.\n\nAbstimmungsergebnis:   38 : 4\n\n"
        "Beschluss: beschlossen\n"
    )
    assert doc.outcome == "approved_amended"


def test_the_body_takes_note_of_decisions_made_known() -> None:
    doc = parse_text(
        "Stadtrat\nSitzung vom 04.11.2027\nTOP 3\nBekanntgabe der in nichtöffentlicher Sitzung "
        "gefassten Beschlüsse\n\nDer Oberbürgermeister gibt die folgenden Beschlüsse bekannt, "
        "die der Stadtrat in seiner nichtöffentlichen Sitzung am 23.09.2027 gefasst hat:\n\n"
        "1. Vorlage 20274511\n   Der Stadtrat hat der Veräußerung einstimmig zugestimmt.\n\n"
        "2. Vorlage 20274538\n   Der Stadtrat hat den Zuschlag mehrheitlich erteilt.\n\n"
        "Der Stadtrat nimmt von den Bekanntgaben Kenntnis.\n"
    )
    # the decisions made known are the other sitting's; taking note is this one's, and their
    # numbered list holds no clause of it
    assert doc.outcome == "noted"
    assert doc.clauses == ()
    assert all(not v.decisive for v in doc.votes)


@pytest.mark.parametrize(
    ("rows", "date"),
    [
        # the bodies still to deal with the paper, by role: the deciding one's heading dates it
        (
            "Jugendhilfeausschuss   05.11.2027   Vorberatung\n"
            "Rat der Stadt   14.11.2027   Entscheidung",
            "2027-11-14",
        ),
        # (guard) a history with each body's result: no one sitting
        (
            "Jugendhilfeausschuss   05.11.2027   empfohlen\n"
            "Rat der Stadt   14.11.2027   beschlossen",
            None,
        ),
    ],
)
def test_the_deciding_bodys_heading_below_its_beratungsfolge(rows: str, date: str | None) -> None:
    doc = parse_text(
        f"Beschlussvorlage   Datum: 22.10.2027\n\nBeratungsfolge:\n{rows}\n\n"
        "Beschluss des Rates in der Sitzung am 14. November 2027 (TOP Ö 9):\n"
        "Der Rat beschließt die Kita-Bedarfsplanung.\n\nAbstimmungsergebnis: einstimmig\n"
    )
    got = str(doc.meeting.date) if doc.meeting is not None and doc.meeting.date else None
    assert got == date


@pytest.mark.parametrize(
    "sentence",
    [
        # the verb first, its subject after it: the group that abstained
        "Der Stimme enthielt sich die Fraktion Freie Wähler/FDP.",
        # ... or a number of its members
        "Der Stimme enthielten sich zwei Mitglieder der Fraktion Freie Wähler/FDP.",
    ],
)
def test_the_abstaining_group_named_after_the_verb(sentence: str) -> None:
    doc = parse_text(
        "Beschluss:\nDer Antrag wird abgelehnt.\n\nAbstimmungsergebnis:\n"
        f"Ja-Stimmen: 14     Nein-Stimmen: 23     Stimmenthaltungen: 2\n\n{sentence}\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert [g.name for g in vote.groups.abstain] == ["Fraktion Freie Wähler/FDP"]


@pytest.mark.parametrize(
    ("line", "refs"),
    [
        # a paper kind's letter and its running number after the paper word
        ("Vorlage: P 2751", ["P 2751"]),
        ("Drucksache B 0412", ["B 0412"]),
    ],
)
def test_a_letter_and_a_running_number_after_a_paper_word(line: str, refs: list[str]) -> None:
    doc = parse_text(f"{line}\n\nBeschluss:\nDer Rat stimmt der Vorlage zu.\n\neinstimmig\n")
    assert [r.reference for r in doc.references] == refs


def test_another_bodys_dated_recommendation_on_its_line_is_no_vote_of_the_text() -> None:
    doc = parse_text(
        "Beschluss:\nDer Bebauungsplan wird als Satzung beschlossen.\n\n"
        "Empfehlung des Bau- und Planungsausschusses vom 09.09.2027: Zustimmung (einstimmig)\n\n"
        "Abstimmungsergebnis:\nJa-Stimmen:      46\nNein-Stim"
    )
    # the text is cut off inside its own vote: no result shown, the committee's is not this one
    assert doc.outcome is None
    assert all(not v.decisive for v in doc.votes)


@pytest.mark.parametrize(
    "tallies",
    [
        "Gemeindevertreter/innen:      4 / 0 / 1\nbürgerliche Mitglieder:       2 / 1 / 0",
        "Stadtverordnete: 4/0/3\nSachkundige Einwohner: 5/0/1",
    ],
)
def test_tallies_by_kind_of_member_give_no_counts(tallies: str) -> None:
    doc = parse_text(
        "Beschluss:\nDer Ausschuss empfiehlt die Annahme.\n\nAbstimmungsergebnis:\n"
        f"{tallies}\n\nErgebnis: mehrheitlich empfohlen\n"
    )
    assert doc.outcome == "approved"
    assert all(c is None for v in doc.votes for c in (v.counts.yes, v.counts.no, v.counts.abstain))


def test_a_sittings_report_whose_items_are_headed_by_titles_alone() -> None:
    doc = parse_text(
        "Mitteilungsblatt · Nr. 10 · Donnerstag, 6. März 2027\n\n"
        "Bericht aus der Gemeinderatssitzung vom 24. Februar 2027\n\n"
        "Neubau Kinderhaus – Vergabe der Rohbauarbeiten\n"
        "Der Gemeinderat vergab die Arbeiten einstimmig an die Firma Kern Bau GmbH.\n\n"
        "Antrag der Fraktion ULK – Tempo 30 in der Ortsdurchfahrt\n"
        "Der Antrag wurde mit 7 Ja-Stimmen bei 10 Gegenstimmen abgelehnt.\n"
    )
    assert [i.title for i in doc.items] == [
        "Neubau Kinderhaus – Vergabe der Rohbauarbeiten",
        "Antrag der Fraktion ULK – Tempo 30 in der Ortsdurchfahrt",
    ]
    assert [i.outcome for i in doc.items] == ["approved", "rejected"]
    assert doc.outcome is None  # the items differ: the text settles no one outcome


def test_groups_that_refused_in_the_past_tense_are_no_act_of_the_body() -> None:
    doc = parse_text(
        "Parkraummanagement in weiteren Stadtbezirken\n"
        "Mit 42 Ja-Stimmen bei 14 Gegenstimmen stimmte der Gemeinderat der Einführung des\n"
        "Parkraummanagements zu (GRDrs 377/2027). Die Fraktionen von AfD und FDP sowie die\n"
        "Freien Wähler lehnten die Vorlage ab. Die neuen Zonen gelten ab 1. März 2028.\n"
    )
    assert doc.outcome == "approved"


def test_the_date_under_a_papers_number_field_dates_the_paper() -> None:
    doc = parse_text(
        "Stadt Donaustadt                                  Vorlagennummer: VO/27/21087/61\n"
        "                                                  Datum: 19.11.2027\n"
        "Beschlussvorlage\n\nBeschlussvorschlag:\nDer Stadtrat beschließt den Bebauungsplan.\n\n"
        "Auszug aus der Niederschrift über die öffentliche Sitzung des Ausschusses für\n"
        "Stadtplanung am Dienstag, den 14. Dezember 2027\n"
        "Beschluss:   Empfehlung entsprechend Beschlussvorschlag\nAbstimmungsergebnis:   13 : 2\n"
    )
    assert doc.meeting is not None and str(doc.meeting.date) == "2027-12-14"


@pytest.mark.parametrize(
    ("sentence", "yes", "no"),
    [
        # the verb said once for both sides, the second side after its own "gegen den …"
        (
            "Für den Antrag stimmten die Fraktionen SPD und DIE LINKE, gegen den Antrag die "
            "Fraktionen CDU und FDP.",
            ["SPD", "DIE LINKE"],
            ["CDU", "FDP"],
        ),
        # ... how the groups voted after the last name ("geschlossen")
        (
            "Für die Vertagung stimmten die Fraktionen von CDU, FWG und FDP geschlossen, gegen "
            "die Vertagung die Mitglieder der Fraktionen SPD und GRÜNE.",
            ["CDU", "FWG", "FDP"],
            ["SPD", "GRÜNE"],
        ),
    ],
)
def test_both_sides_told_with_the_verb_said_once(
    sentence: str, yes: list[str], no: list[str]
) -> None:
    doc = parse_text(f"Abstimmungsergebnis: 21 Ja-Stimmen, 20 Nein-Stimmen\n{sentence}\n")
    vote = next(v for v in doc.votes if v.decisive)
    assert [g.name for g in vote.groups.yes] == yes
    assert [g.name for g in vote.groups.no] == no


def test_a_consultations_bare_row_result_told_in_full_below_the_table() -> None:
    doc = parse_text(
        "Beratungsfolge:\n| Datum | Gremium | Zuständigkeit | Ergebnis |\n"
        "| 13.02.2027 | Ausschuss für Jugend | Vorberatung | empfohlen |\n"
        "| 29.02.2027 | Stadtrat | Entscheidung | beschlossen |\n\n"
        "Beratungsergebnis:\n\nAusschuss für Jugend, Sitzung vom 13.02.2027, TOP Ö 4\n"
        "Der Ausschuss empfiehlt einstimmig, wie vorgeschlagen zu beschließen.\n\n"
        "Stadtrat, Sitzung vom 29.02.2027, TOP Ö 11\nBeschluss: einstimmig beschlossen\n"
    )
    assert [i.outcome for i in doc.items] == ["approved", "approved"]
    council = doc.items[1]
    assert [v.unanimous for v in council.votes if v.decisive] == [True]


@pytest.mark.parametrize(
    "decided",
    [
        # the change named with an adjective before it
        "Die Stadtverordnetenversammlung beschließt mit der vorgenannten Änderung:\n"
        "1. Der Jugendplan wird beschlossen.",
        # the proposal adopted with a clause supplemented in the sitting
        "Der Ausschuss beschließt den Beschlussvorschlag mit der in der Sitzung\n"
        "ergänzten Ziffer 2.",
        # the decided text headed as changed in parentheses
        "Beschluss (geänderte Fassung):\n1. Der Bebauungsplan wird gebilligt.",
    ],
)
def test_a_decision_that_says_it_was_changed_in_the_sitting(decided: str) -> None:
    doc = parse_text(f"{decided}\n\nAbstimmungsergebnis: 15 : 5\n")
    assert doc.outcome == "approved_amended"


def test_a_local_lists_name_with_a_small_word_before_its_number() -> None:
    doc = parse_text(
        "Beschluss:\nDer Stadtrat beschließt die Satzung.\n\n"
        "Ja-Stimmen:           17  (CDU 8, Bürger für Gotha 6, FDP/Freie Wähler 3)\n"
        "Nein-Stimmen:         18  (SPD 10, DIE LINKE 8)\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert [(g.name, g.members) for g in vote.groups.yes] == [
        ("CDU", 8),
        ("Bürger für Gotha", 6),
        ("FDP/Freie Wähler", 3),
    ]


def test_a_decision_of_an_earlier_numbered_sitting_told_in_an_answer() -> None:
    doc = parse_text(
        "Sitzung: 20.03.2027\nDrucksache-Art: Große Anfrage\n\nAntwort des Bezirksamtes:\n"
        "Zu 4.: Die BVV hat in ihrer 19. Sitzung am 14.06.2026 die Drucksache IX-0512 mit den "
        "Stimmen der Fraktionen SPD und Die Linke gegen die Stimmen der CDU beschlossen.\n"
    )
    # that sitting's decision, not this one's: nothing decided here
    assert doc.outcome is None


@pytest.mark.parametrize(
    ("line", "refs"),
    [
        # an office with its roman number between the year and the number
        ("Vorlage: 2027/FB II/1287", ["2027/FB II/1287"]),
        # (guard) the office without one
        ("Vorlage: 2027/FB/1287", ["2027/FB/1287"]),
    ],
)
def test_a_paper_numbered_by_an_office_with_its_roman_number(line: str, refs: list[str]) -> None:
    doc = parse_text(f"{line}\n\nBeschluss:\nDer Rat stimmt zu.\n\neinstimmig\n")
    assert [r.reference for r in doc.references] == refs


@pytest.mark.parametrize(
    ("sentence", "yes"),
    [
        # the groups, then their verb and what they voted for
        (
            "Die Fraktionen von CDU und FDP stimmen für die Zurückstellung, die SPD-Fraktion "
            "stimmt dagegen.",
            ["CDU", "FDP"],
        ),
        ("Die FWG-Fraktion stimmte geschlossen für den Antrag.", ["FWG-Fraktion"]),
        # (guard) the body itself: no group, and no verdict of its own either
        ("Der Ausschuss stimmte für die Zurückstellung.", []),
    ],
)
def test_groups_that_voted_for_it_named_before_their_verb(sentence: str, yes: list[str]) -> None:
    doc = parse_text(
        "Abstimmungsergebnis:\nJa-Stimmen: 6\nNein-Stimmen: 2\nStimmenthaltungen: 1\n\n"
        f"{sentence}\n"
    )
    vote = next(v for v in doc.votes if v.decisive)
    assert [g.name for g in vote.groups.yes] == yes


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # each body's sitting heads its dealing with the paper, on another day: no one meeting
        (
            "Vorlage - 0412/2025\nBetreff: Neuordnung der Parkzonen\n\nBeratungsverlauf:\n\n"
            "Sitzung der Bezirksvertretung Nord vom 03.06.2025\nDie Bezirksvertretung empfiehlt "
            "dem Rat, den Beschlussvorschlag zu beschließen.\nErgebnis: einstimmig empfohlen\n\n"
            "Sitzung des Rates vom 26.06.2025\nDer Rat beschließt den Beschlussvorschlag.\n"
            "Beschlussart: ungeändert beschlossen\nAbstimmungsergebnis: Ja 30  Nein 6\n",
            None,
        ),
        (
            "Vorlage - VO/2025/0311\nBetreff: Spielplatz am Mühlenteich\n\nBeratungsfolge:\n"
            "Datum\tGremium\tErgebnis\n12.05.2025\tBauausschuss\tvertagt\n"
            "22.05.2025\tHauptausschuss\tvertagt\n\nBeschlussvorschlag:\n"
            "Der Spielplatz wird erneuert.\n\n"
            "Auszug aus dem Protokoll der Sitzung des Bauausschusses vom 12.05.2025\n\n"
            "Der Ausschuss beschließt, die Vorlage zu vertagen.\n\n"
            "Abstimmungsergebnis: einstimmig\n\n"
            "Auszug aus dem Protokoll der Sitzung des Hauptausschusses vom 22.05.2025\n\n"
            "Die Vorlage wird vertagt.\n\nAbstimmungsergebnis: einstimmig\n",
            None,
        ),
        # (guard) one body's sitting heads the text: its date
        (
            "Auszug aus dem Protokoll der Sitzung des Bauausschusses vom 12.05.2025\n\n"
            "Vorlage: VO/2025/0311\n\nDer Ausschuss beschließt, die Vorlage zu vertagen.\n\n"
            "Abstimmungsergebnis: einstimmig\n",
            "2025-05-12",
        ),
    ],
)
def test_a_papers_course_told_sitting_by_sitting(text: str, date: str | None) -> None:
    meeting = parse_text(text).meeting
    assert (meeting.date.isoformat() if meeting.date else None) == date
