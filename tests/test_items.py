"""The item reader (:mod:`ratsparse.items`) and the agreement rule over the items' decisions."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from ratsparse import parse_path, parse_text, split_path, split_text
from ratsparse.items import MAX_ITEMS, find_items
from ratsparse.resolve import agreed

RunCli = Callable[..., Result]


def _numbers(text: str) -> list[str | None]:
    return [cut.number for cut in find_items(text)]


def test_an_agenda_printed_as_a_column_of_numbers() -> None:
    # a PDF's text layer: the agenda's numbers in a column, their titles in another after it
    # (here cut off); item 1 has its heading and text above, each other number is an item
    text = (
        "Niederschrift\nZu TOP 1.\nGenehmigung der Tagesordnung\nDie Erweiterung wird "
        "beschlossen. Die Tagesordnung lautet somit wie folgt:\nTagesordnung\n1.\n2.\n3.\n4.\n"
    )
    cuts = find_items(text)
    assert [c.number for c in cuts] == ["TOP 1.", "2.", "3.", "4."]
    assert [c.title for c in cuts[1:]] == [None, None, None]
    assert text[cuts[1].start : cuts[1].end] == "2."
    # numbers alone that do not run from 1 under "Tagesordnung" make no column
    assert _numbers("Tagesordnung\n2.\n3.\n5.\n") == []


def test_an_agenda_table_with_each_items_paper() -> None:
    # the table's rows, number and paper run together (a page's cells), then the items that the
    # page gives in full, each headed by its number and paper; the others are their rows alone
    text = (
        "Öffentliche Sitzung\nTOP-Nr.SP-Nr. Bezeichnung\n1GR/3/1/26 Bekanntgaben\n"
        "2GR/3/2/26 Neubau der Kita Lindenweg\n3 2026/BV/0012 Haushalt 2027\n\n"
        "1. / GR/3/1/26. Bekanntgaben\nDer Gemeinderat nimmt Kenntnis.\n\n"
        "2. / GR/3/2/26. Neubau der Kita Lindenweg\nBeschluss: einstimmig\n"
    )
    cuts = find_items(text)
    assert [(c.number, c.title) for c in cuts] == [
        ("3", "Haushalt 2027"),
        ("1.", "Bekanntgaben"),
        ("2.", "Neubau der Kita Lindenweg"),
    ]
    assert text[cuts[0].start : cuts[0].end] == "3 2026/BV/0012 Haushalt 2027"
    assert text[cuts[2].start : cuts[2].end].endswith("einstimmig\n")
    # rows that do not run from 1, or fewer than three, make no table
    assert _numbers("TOP\n2GR/3/2/26 Kita\n3GR/3/3/26 Schule\n5GR/3/5/26 Haushalt\n") == []
    assert _numbers("TOP\n1GR/3/1/26 Kita\n2GR/3/2/26 Schule\n") == []


def test_a_title_under_its_number_alone_may_wrap_after_a_comma() -> None:
    text = (
        "Niederschrift\n1.\nEröffnung der Sitzung, Feststellung der Ladung,\nAnwesenheit und "
        "Beschlussfähigkeit\nFrau K. eröffnet die Sitzung.\n2.\nBestätigung der Tagesordnung\n"
        "Die Tagesordnung wird einstimmig angenommen.\n"
    )
    assert _numbers(text) == ["1.", "2."]


def test_motions_whose_list_lost_its_numbers_are_items_each() -> None:
    # an item's print view lists its motions, each printed "1." (an ordered list's numbers
    # lost), each with its own vote: each is an item
    text = (
        "06.08.2026 - 6 Anträge zum Budget des Ortsbeirates\n\nWortprotokoll\n\n"
        "  1. Seniorensport im Park\n\nAbstimmung:\nDafür: 10\nDagegen: 0\n\n"
        "  1. Bank am Dorfteich\n\nAbstimmung:\nDafür: 9\nDagegen: 1\n\n"
        "  1. Laternenumzug\n\nAbstimmung:\nDafür: 10\nDagegen: 0\n"
    )
    cuts = find_items(text)
    assert [(c.number, c.title) for c in cuts] == [
        ("1.", "Seniorensport im Park"),
        ("1.", "Bank am Dorfteich"),
        ("1.", "Laternenumzug"),
    ]
    # a decided text's single "1." twice without a vote each heads nothing
    assert _numbers("Niederschrift\n1. Haushaltssatzung 2027\nText.\n1. Stellenplan\nText.\n") == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("TOP 1 Eröffnung\nText\nTOP 2 Haushalt\nText\n", ["TOP 1", "TOP 2"]),
        ("Zu TOP 4.1:\nText\nzu TOP 4.2\nText\n", ["TOP 4.1", "TOP 4.2"]),
        ("Tagesordnungspunkt 3: Bauantrag\nx\nTagesordnungspunkt 4: Schule\n", ["TOP 3", "TOP 4"]),
        ("Ö 1\nBegrüßung\nÖ 2 - 22-0502\nAntrag\nN 3\nGrundstück\n", ["Ö 1", "Ö 2", "N 3"]),
        (
            "Beschluss-Nr. GR 63-05/2005\nText\nBeschluss-Nr. GR 64-05/2005\nText\n",
            ["Beschluss-Nr. GR 63-05/2005", "Beschluss-Nr. GR 64-05/2005"],
        ),
        (
            "72/12/2012\nDer Rat beschließt x.\n71/12/2012\nDer Rat beschließt y.\n",
            ["72/12/2012", "71/12/2012"],
        ),
        (
            "Niederschrift\n1. Eröffnung\n2. Bauantrag Lindenweg 3\n2.1 Stellplätze\n3. Anfragen\n",
            ["1.", "2.", "2.1", "3."],
        ),
        ("Protokoll\n01 Eröffnung\n02 Tagesordnung\n", ["01", "02"]),
        # a decision's number within each agenda item heads none of its own
        (
            "TOP 1 Haushalt\nBeschluss-Nr. 1186-38(VII)23\nText\nTOP 2 Schulen\n"
            "Beschluss-Nr. 1187-38(VII)23\nText\n",
            ["TOP 1", "TOP 2"],
        ),
        # an item's text indented under its heading: the heading ends whole, the text is its own
        (
            "Niederschrift\n1.\tGenehmigung der Niederschrift der Sitzung vom 30.06.2020\n"
            "\tDie Niederschrift wird genehmigt.\n2.\tBekanntgaben\n\tDer Rat nimmt Kenntnis.\n",
            ["1.", "2."],
        ),
        ("Tagesordnung\n1 | Eröffnung | |\n2 | Haushalt | V/2024/1 |\n", ["1", "2"]),
        # a title that could be an ordinal's (an amendment) under the item it belongs to
        (
            "Niederschrift\n1. Genehmigung der Niederschriften\n1.1. Änderung der Niederschrift "
            "vom 02.03.2021\n2. Bauanträge\n",
            ["1.", "1.1.", "2."],
        ),
        # the public part's items, then the closed part's from 1 again; the attendance before
        # them numbers members, no items
        (
            "Anwesend:\n1. Vorsitzender Ernst Lindner\n2. der Beigeordnete Paul Roth\n"
            "Tagesordnung:\nA) Öffentliche Sitzung:\n1. Verpflichtung der Ratsmitglieder\n"
            "2. Wahl der Beigeordneten\n3. Mitteilungen\nB) Nichtöffentliche Sitzung:\n"
            "1. Grundstücksangelegenheiten\n2. Mitteilungen\n",
            ["1.", "2.", "3.", "1.", "2."],
        ),
        # the matters that close an agenda, listed with commas, are a title, no member's name
        # ("Brandt, Erika"); a member's name is none
        (
            "Tagesordnung\n| 1) | Windenergie | |\n| 2) | Mitteilungen, Anfragen, Anregungen | |\n"
            "| 3) | Bauleitplanung | |\n",
            ["1)", "2)", "3)"],
        ),
        (
            "Anwesend:\n1. Brandt, Erika, Oeversee\n2. Kolb, Timo, Tarp\nTagesordnung\n"
            "1. Eröffnung\n2. Haushalt\n",
            ["1.", "2."],
        ),
        # an item's number again in a page's table cell is the same item
        (
            "Niederschrift\n1. Eröffnung\nText\n2. Bebauungsplan Nr. 12\n2.1. Abwägung\n"
            "Text\n2.1 |\nBeschluss\nDer Rat beschließt.\n3. Anfragen\n",
            ["1.", "2.", "2.1.", "3."],
        ),
        # lettered sub-items listed right under their item; letters in an item's text further
        # down, or sentences, are its points
        (
            "Tagesordnung\n| 1) | Windenergie | |\n| 2) | Wahlen 2024 | |\n"
            "| a.) | Wahlbereiche | |\n| b.) | Wahlvorstand | |\n| 3) | Bauleitplanung | |\n",
            ["1)", "2)", "a.)", "b.)", "3)"],
        ),
        (
            "Niederschrift\n1. Eröffnung\n2. Haushalt\n\na) Ergebnisplan\n\nb) Finanzplan\n"
            "3. Anfragen\nText\na) Die Straße wird gesperrt.\n4. Verschiedenes\nText\n\nDazu:\n"
            "a) Bericht\n",
            ["1.", "2.", "a)", "b)", "3.", "4."],
        ),
    ],
)
def test_item_headings_of_every_family(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


@pytest.mark.parametrize(
    "text",
    [
        # a single resolution's clauses: sentences (an article opens them, a full stop ends them)
        "Niederschrift\n1. Der Rat beschließt den Plan\n2. Die Verwaltung wird beauftragt\n",
        "Protokoll\n1. Die Kosten trägt die Stadt.\n2. Die Frist endet am 1.7.\n",
        # clauses wrapped over lines: the full stop ends the last line, not the numbered one
        "TOP: Ö 6.2\n1. Für das Gebiet ist ein Bebauungsplan gemäß § 2 BauGB\n   aufzustellen.\n"
        "2. Ziel der Planung ist die Entwicklung eines Wohngebietes mit Einfamilien- und\n"
        "   Doppelhäusern.\n",
        "Protokoll\n1. Für das Gebiet ist ein Plan\naufzustellen.\n2. Ziel ist ein\nWohngebiet.\n",
        # ordinals of sessions and versions, members of an attendance list
        "Niederschrift\n12. Sitzung des Rates\n13. Sitzung des Rates\n",
        "Protokoll\n1. Behrens, Walter, Handewitt\n2. Bölck, Ralf, Oeversee\n",
        # numbered lines without any word of an agenda (a sitting named within a sentence is none)
        "Antrag\n1. Radwege\n2. Schulen\n",
        "Der Rat hat in der Sitzung des Bauausschusses beraten:\n1. Radwege\n2. Schulen\n",
        # sentences about items (changes of the agenda) are no headings
        "Tagesordnung\nTOP 14 wird erweitert: DF 11 wird vor TOP 14.1 beantwortet.\n"
        "TOP 11.1, 14.4 werden zurückgezogen.\nTOP 9 entfällt.\n",
        # one heading is no text of several items, nor is it with its decision's number
        "TOP 7 Haushalt\nDer Rat beschließt den Haushalt.\n",
        "TOP 6.12 DS0512/23\nDie Vorlage wurde beschlossen.\nBeschluss-Nr. 1187-38(VII)23\nText\n",
        # numbers that do not run as an agenda runs
        "Tagesordnung\n3. Eröffnung\n7. Haushalt\n",
    ],
)
def test_what_heads_no_item(text: str) -> None:
    assert find_items(text) == ()


def test_the_agenda_and_then_its_items() -> None:
    text = (
        "Tagesordnung\n1. Eröffnung\n2. Haushalt\n3. Anfragen\n\n"
        "1. Eröffnung\nDie Sitzung wird eröffnet.\n2. Haushalt\nEinstimmig beschlossen.\n"
    )
    cuts = find_items(text)
    # items 1 and 2 are their headings with their text; 3 is its agenda line alone
    assert [(c.number, text[c.start : c.end].split("\n", maxsplit=1)[0]) for c in cuts] == [
        ("3.", "3. Anfragen"),
        ("1.", "1. Eröffnung"),
        ("2.", "2. Haushalt"),
    ]
    assert text[cuts[0].start : cuts[0].end] == "3. Anfragen"
    assert cuts[-1].end == len(text)


def test_titles_are_the_heading_or_its_next_line() -> None:
    cuts = find_items(
        "Ö 1\n\nBegrüßung\n\nText\nÖ 2 - 22-0502\nMehr Bänke\nText\nTOP 3 | Haushalt | x |\n"
    )
    assert [c.title for c in cuts] == ["Begrüßung", "Mehr Bänke", "Haushalt"]


def test_too_many_headings_give_no_items() -> None:
    many = "".join(f"TOP {i} Punkt\nText\n" for i in range(1, MAX_ITEMS + 2))
    assert find_items(many) == ()
    assert len(find_items(many.split(f"TOP {MAX_ITEMS + 1} ")[0])) == MAX_ITEMS


MINUTES = (
    "Niederschrift über die Sitzung des Ortsrates am 11.06.2025\r\n\r\n"
    "TOP 1 Tagesordnung\r\nDie Tagesordnung wird einstimmig festgestellt.\r\n\r\n"
    "TOP 2 Tempo 30\r\nAbstimmungsergebnis: Ja: 3, Nein: 5, Enthaltungen: 1\r\n"
    "Der Antrag ist damit abgelehnt.\r\n\r\n"
    "TOP 3 Bericht\r\nDer Ortsrat nimmt den Bericht zur Kenntnis.\r\n"
)


def test_several_decisions_settle_no_one_outcome_and_keep_their_votes() -> None:
    res = parse_text(MINUTES)
    assert [(i.number, i.outcome) for i in res.items] == [
        ("TOP 1", "approved"),
        ("TOP 2", "rejected"),
        ("TOP 3", "noted"),
    ]
    assert res.outcome is None
    assert res.votes == ()  # each vote is its item's
    assert "RP120" in [d.code for d in res.diagnostics]
    vote = res.items[1].votes[0]
    assert vote.decisive and (vote.counts.yes, vote.counts.no) == (3, 5)
    # spans point into the whole text as given (CRLF line ends included)
    assert MINUTES[vote.span.start : vote.span.end].startswith("Ja: 3") or MINUTES[
        vote.span.start : vote.span.end
    ].startswith("Abstimmungsergebnis")
    assert MINUTES.splitlines()[vote.span.line - 1][vote.span.column - 1 :].startswith(
        MINUTES[vote.span.start : vote.span.end].split("\r", maxsplit=1)[0]
    )
    item = res.items[1]
    assert MINUTES[item.span.start : item.span.end].startswith("TOP 2 Tempo 30")


def test_decisions_that_agree_give_their_outcome() -> None:
    text = MINUTES.replace("Der Antrag ist damit abgelehnt.", "Der Antrag ist damit angenommen.")
    text = text.replace("Ja: 3, Nein: 5", "Ja: 5, Nein: 3")
    text = text.replace("nimmt den Bericht zur Kenntnis", "stimmt dem Bericht einstimmig zu")
    res = parse_text(text)
    assert [i.outcome for i in res.items] == ["approved"] * 3
    assert res.outcome == "approved"


def test_one_decision_among_items_reads_the_text_as_before() -> None:
    text = "TOP 1 Eröffnung\nDie Sitzung wird eröffnet.\nTOP 2 Haushalt\nBeschluss: abgelehnt\n"
    res = parse_text(text)
    assert [i.outcome for i in res.items] == [None, "rejected"]
    assert res.outcome == "rejected"
    assert res.status is not None and "RP120" not in [d.code for d in res.diagnostics]


@pytest.mark.parametrize(
    ("outcomes", "shared"),
    [
        (["approved", "approved"], "approved"),
        (["approved", "approved_amended"], "approved"),
        (["approved_amended", "approved_amended"], "approved_amended"),
        (["approved", "rejected"], None),
        (["noted", None], None),
    ],
)
def test_agreement(outcomes: list[str | None], shared: str | None) -> None:
    assert agreed(outcomes) == shared  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# One record per item: ratsparse split, split_text, split_path


def test_split_text_gives_a_record_per_item() -> None:
    records = split_text(MINUTES, "m.txt")
    assert [(r.item.seq, r.item.number, r.outcome) for r in records if r.item] == [
        (1, "TOP 1", "approved"),
        (2, "TOP 2", "rejected"),
        (3, "TOP 3", "noted"),
    ]
    whole = parse_text(MINUTES)
    for record, item in zip(records, whole.items, strict=True):
        assert record.source.name == "m.txt" and record.meeting == whole.meeting
        assert record.votes == item.votes and record.item is not None
        assert record.item.span == item.span
        # the findings of a record lie within its item
        assert all(
            d.span is not None and item.span.start <= d.span.start < item.span.end
            for d in record.diagnostics
        )


def test_a_single_resolution_is_its_one_record(tmp_path: Path) -> None:
    text = "Beschluss: abgelehnt\nDer Antrag wird abgelehnt.\n"
    path = tmp_path / "b.txt"
    path.write_text(text, encoding="utf-8")
    assert split_text(text) == [parse_text(text)]
    assert split_path(path) == [parse_path(path)]
    assert split_path(path)[0].item is None


def test_split_command(run_cli: RunCli, tmp_path: Path) -> None:
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(MINUTES, encoding="utf-8")
    single = tmp_path / "single.txt"
    single.write_text("Beschluss: abgelehnt\n", encoding="utf-8")
    result = run_cli("split", minutes, "--json")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert [(r["item"]["number"], r["outcome"]) for r in records] == [
        ("TOP 1", "approved"),
        ("TOP 2", "rejected"),
        ("TOP 3", "noted"),
    ]
    # one array even for a single resolution; one line per record with --jsonl
    assert len(json.loads(run_cli("split", single, "--json").stdout)) == 1
    lines = run_cli("split", minutes, single, "--jsonl").stdout.splitlines()
    assert [json.loads(line)["item"] is None for line in lines] == [False] * 3 + [True]
    text = run_cli("split", minutes).stdout
    assert text.count("Punkt ") == 3 and "2: TOP 2 Tempo 30" in text


def test_a_vote_before_the_first_heading_is_an_item_of_its_own() -> None:
    text = (
        "Niederschrift\nDie Tagesordnung wird einstimmig genehmigt.\n\n"
        "TOP 1 Protokoll\nDas Protokoll wird einstimmig genehmigt.\n\n"
        "TOP 2 Haushalt\nDer Haushalt wird mehrheitlich abgelehnt.\n"
    )
    res = parse_text(text)
    assert [(i.number, i.outcome) for i in res.items] == [
        (None, "approved"),
        ("TOP 1", "approved"),
        ("TOP 2", "rejected"),
    ]
    assert res.outcome is None
    # a decision stated in prose before the first heading is one, too
    stated = text.replace(
        "Die Tagesordnung wird einstimmig genehmigt.", "Der Rat nimmt den Bericht zur Kenntnis."
    )
    assert (parse_text(stated).items[0].number, parse_text(stated).items[0].outcome) == (
        None,
        "noted",
    )
    # words that only announce the items are no decision of their own
    announced = text.replace(
        "Die Tagesordnung wird einstimmig genehmigt.", "Folgende Beschlüsse wurden gefasst:"
    )
    assert [i.number for i in parse_text(announced).items] == ["TOP 1", "TOP 2"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # minutes printed from a PDF: the number alone, the title on the next line
        (
            "Niederschrift\n1.\nEröffnung der Sitzung\nText\n1\n2.\nTagesordnung\nText\n",
            ["1.", "2."],
        ),
        # an agenda table's rows
        ("Tagesordnung:\n| 1) | Windenergie | |\n| 2) | Bauleitplanung | |\n", ["1)", "2)"]),
        # a blank line between the number and its title (an export's blank line between lines)
        (
            "Niederschrift\n\n1.\n\nEröffnung der Sitzung\n\n2.\n\nVerpflichtung der "
            "Mitglieder\n\n3.\n\nWahl der Beigeordneten\n",
            ["1.", "2.", "3."],
        ),
        # an agenda printed with a semicolon after each title, the number alone above it
        (
            "Tagesordnung:\nÖffentlicher Teil:\n1.\nEröffnung der Sitzung\n2.\nVerpflichtung "
            "der Mitglieder;\n3.\nBildung von Ausschüssen;\n",
            ["1.", "2.", "3."],
        ),
        # a gazette's report of a sitting, its items numbered
        (
            "Sitzung des Stadtrates Lindenau vom 04.05.2023\n\n1. Einwohnerfragestunde\n./.\n\n"
            "2. Einführung neues Ratsmitglied\nText.\n\n3. Ergänzungswahlen Ausschüsse\nText.\n",
            ["1.", "2.", "3."],
        ),
    ],
)
def test_numbers_alone_and_table_rows(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


def test_a_gazette_s_report_of_a_sitting_is_cut_into_its_items() -> None:
    text = (
        "Aus der Sitzung des Ortsgemeinderates Dickenschied vom 9. Februar 2026\n\n"
        "Der Ortsbürgermeister begrüßte die Ratsmitglieder.\n\n1. Bauvoranfrage Maschinenhalle\n"
        "Das gemeindliche Einvernehmen wurde einstimmig erteilt.\n\n2. Forstwirtschaftsplan 2026\n"
        "Der Ortsgemeinderat stimmte dem Plan mit 7 Ja-Stimmen und 2 Enthaltungen zu.\n\n"
        "3. Einwohnerfragen\nEs wurden keine Fragen gestellt.\n"
    )
    assert _numbers(text) == ["1.", "2.", "3."]
    doc = parse_text(text)
    assert [i.outcome for i in doc.items] == ["approved", "approved", None]
