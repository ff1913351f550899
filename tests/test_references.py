"""The paper-reference registry of ratsparse.references: formats, labels, prefixes, roles."""

from __future__ import annotations

import importlib
from unittest.mock import patch

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ratsparse.models import Role
from ratsparse.references import (
    _B,
    ANCHOR_REACH,
    NOT_PAPER_PREFIXES,
    NOT_PAPERS,
    PAPER_LABELS,
    PREFIX_KINDS,
    REF_FORMATS,
    FoundRef,
    NotPaper,
    RefFormat,
    find_references,
    format_matches,
    match_starts,
    search_stretches,
)
from ratsparse.text import sentence_around


def only(text: str, *, exclude: frozenset[str] = frozenset()) -> FoundRef:
    found = find_references(text, exclude=exclude)
    assert len(found) == 1, found
    return found[0]


def expected_year(written: str) -> int:
    """Two-digit years are 20xx below 70, else 19xx (``109/23`` → 2023)."""
    year = int(written)
    if len(written) == 2:
        year += 2000 if year < 70 else 1900
    return year


# ---------------------------------------------------------------------------------------------
# Every format of the registry.


@pytest.mark.parametrize("fmt", REF_FORMATS, ids=lambda f: f.name)
def test_example_is_found_with_its_parts(fmt: RefFormat) -> None:
    parts = fmt.pattern.fullmatch(fmt.example)
    assert parts is not None, "the example must be in the format it illustrates"
    groups = parts.groupdict()
    text = f"Vorlage {fmt.example}" if fmt.needs_label else f"Siehe {fmt.example} im Anhang."
    ref = only(text)
    # a format's label is no part of the reference ("Drs. 21/1234" is 21/1234)
    written = fmt.example[parts.end("label") :] if groups.get("label") else fmt.example
    assert ref.reference == written
    assert text[ref.start : ref.end] == written
    assert ref.prefix == groups.get("prefix")
    assert ref.number == int(groups["number"])
    assert ref.year == (expected_year(groups["year"]) if groups.get("year") else None)


@pytest.mark.parametrize("fmt", REF_FORMATS, ids=lambda f: f.name)
def test_example_alone_is_found_unless_it_needs_a_label(fmt: RefFormat) -> None:
    found = find_references(fmt.example)
    if fmt.needs_label:
        # not read as this format (a plain number/year within it may be: GR 012/2024)
        assert fmt.example not in [r.reference for r in found]
        assert all(r.prefix is None for r in found)
    else:
        labelled = fmt.pattern.fullmatch(fmt.example)
        assert labelled is not None
        if labelled.groupdict().get("label"):
            assert [r.reference for r in found] == [fmt.example[labelled.end("label") :]]
        else:
            assert [r.reference for r in found] == [fmt.example]
            assert found[0].label is None


@pytest.mark.parametrize(
    ("text", "reference", "prefix", "number", "year", "kind"),
    [
        ("Vorlage AN/0131/2022", "AN/0131/2022", "AN", 131, 2022, "Antrag"),
        ("die Mitteilung M/0012/2021", "M/0012/2021", "M", 12, 2021, "Mitteilung"),
        ("Vorlage V/2021/1234", "V/2021/1234", "V", 1234, 2021, "Vorlage"),
        ("Antrag 20-26/ A 01508", "20-26/ A 01508", "A", 1508, None, "Antrag"),
        ("Antrag Nr. 20-26 / A 03318", "20-26 / A 03318", "A", 3318, None, "Antrag"),
        ("Drucksache 1770/2020", "1770/2020", None, 1770, 2020, "Drucksache"),
        ("Drucksache: 109/23", "109/23", None, 109, 2023, "Drucksache"),
        ("Antrag Nr. 12/98", "12/98", None, 12, 1998, "Antrag"),
        ("Anfrage AF/0003/2020", "AF/0003/2020", "AF", 3, 2020, "Anfrage"),
        # a paper kind's letter, a space, number / year, after its paper word
        ("Antrag A 045/2025 der SPD", "A 045/2025", "A", 45, 2025, "Antrag"),
        ("Vorlage: V 12/24", "V 12/24", "V", 12, 2024, "Vorlage"),
    ],
)
def test_reference_parts(
    text: str, reference: str, prefix: str | None, number: int, year: int | None, kind: str
) -> None:
    ref = only(text)
    assert (ref.reference, ref.prefix, ref.number, ref.year, ref.kind) == (
        reference,
        prefix,
        number,
        year,
        kind,
    )


# The formats of the big systems, each as its town writes it (in a sentence or a header field).

BIG_SYSTEMS = [
    # (text, reference, prefix, number, year, kind)
    ("Berlin", "Drucksache DS/1234/XIX wird überwiesen.", "DS/1234/XIX", "DS", 1234, None,
     "Drucksache"),
    ("Berlin Drs.", "siehe Drs. 1234/XIX", "1234/XIX", None, 1234, None, "Drucksache"),
    ("Berlin BVV period", "Drucksache - 1083/3", "1083/3", None, 1083, None, "Drucksache"),
    ("Hamburg", "Drucksache 21-1234 wird beraten.", "21-1234", None, 1234, None, "Drucksache"),
    ("Hamburg Drs.", "(siehe Drs. 22-2830).", "22-2830", None, 2830, None, "Drucksache"),
    ("Hamburg letter", "anliegende Drucksache 21-9085B", "21-9085B", None, 9085, None,
     "Drucksache"),
    ("Hamburg part", "Drucksache 23-0646.1", "23-0646.1", None, 646, None, "Drucksache"),
    ("Leipzig", "Vorlage VII-DS-01234 wird beschlossen", "VII-DS-01234", "DS", 1234, None,
     "Drucksache"),
    ("Leipzig Neufassung", "Antrag VII-A-01234-NF-01", "VII-A-01234-NF-01", "A", 1234, None,
     "Antrag"),
    ("Leipzig Anfrage", "zur Anfrage VII-F-00567.", "VII-F-00567", "F", 567, None, "Anfrage"),
    ("München", "Sitzungsvorlage Nr. 20-26 / V 01234", "20-26 / V 01234", "V", 1234, None,
     "Vorlage"),
    ("Stuttgart", "GRDrs 123/2024 wird zugestimmt.", "123/2024", None, 123, 2024, "Drucksache"),
    ("Dresden Vorlage", "Vorlage V1234/22 wird beschlossen.", "V1234/22", "V", 1234, 2022,
     "Vorlage"),
    ("Dresden Antrag", "Der Antrag A0123/20 wird abgelehnt.", "A0123/20", "A", 123, 2020,
     "Antrag"),
    ("Magdeburg", "DS0014/13/4", "DS0014/13/4", "DS", 14, 2013, "Drucksache"),
    ("Düsseldorf", "Vorlage OVA/123/2024", "OVA/123/2024", "OVA", 123, 2024, "Vorlage"),
    ("SessionNet", "Vorlage VO/2024/123", "VO/2024/123", "VO", 123, 2024, "Vorlage"),
    ("SessionNet version", "VO/2025/14058-01", "VO/2025/14058-01", "VO", 14058, 2025, "Vorlage"),
    ("ALLRIS", "Vorlage VO/0123/24", "VO/0123/24", "VO", 123, 2024, "Vorlage"),
    ("ALLRIS version", "2025/14058-01-01 Antrag des Hauptausschusses", "2025/14058-01-01", None,
     14058, 2025, None),
    ("ALLRIS Bezüglich", "Bezüglich:\n2015/0288", "2015/0288", None, 288, 2015, "Vorlage"),
    ("ALLRIS version after a word", "Vorlage - 2015/0288-1", "2015/0288-1", None, 288, 2015,
     "Vorlage"),
    ("Rostock", "- Nr. 2023/AN/4178 von Herrn X", "2023/AN/4178", "AN", 4178, 2023, "Antrag"),
    ("Potsdam", "Die DS 09/SVV/0143 wird eingebracht", "09/SVV/0143", "SVV", 143, 2009,
     "Drucksache"),
    ("Greifswald", "(BV-P/07/0050)", "BV-P/07/0050", "BV", 50, None, "Vorlage"),
    ("Cloppenburg", "gemäß Vorlage V-SOZ/17/066 vor", "V-SOZ/17/066", "V", 66, None, "Vorlage"),
    ("Zeitz", "IV/STR/20/1475/08 Haushaltssatzung", "IV/STR/20/1475/08", "STR", 1475, 2008, None),
    ("Wolfenbüttel", "Die Sitzungsvorlage XVII-0490/2014/4 wird", "XVII-0490/2014/4", None, 490,
     2014, "Vorlage"),
    ("Haan", "Vorlage: 66/036/2016/1", "66/036/2016/1", None, 36, 2016, "Vorlage"),
    ("Freisen", "| Gründung | FB1-108/23 |", "FB1-108/23", "FB1", 108, 2023, None),
    ("Prenzlau", "(DS-Nr.: 201-1/2008)", "201-1/2008", None, 201, 2008, "Drucksache"),
    ("Groß Pankow", "Drucksachen-Nr.: 187/04-2017", "187/04-2017", None, 187, 2017,
     "Drucksache"),
    ("Norderstedt", "Vorlage:  A03/0386", "A03/0386", "A", 386, None, "Antrag"),
    ("Radeberg", "(Beschlußvorlage 125/08)", "125/08", None, 125, 2008, "Vorlage"),
    ("Wannweil", "verweist auf die GR-Drucks. 2010-53 und", "2010-53", None, 53, 2010,
     "Drucksache"),
    ("Frankfurt Bericht", "Bericht des Magistrats vom 12.08.2024, B 310", "B 310", "B", 310,
     None, "Bericht"),
    ("Frankfurt Vortrag", "im Magistratsvortrag vom 29.04.2022, M 55, unter III.", "M 55", "M",
     55, None, "Vorlage"),
    ("Frankfurt Anregung", "Anregung vom 02.09.2024, OA 487 entstanden", "OA 487", "OA", 487,
     None, "Anregung"),
    ("Frankfurt Antrag", "(= Annahme im Rahmen NR 404)", "NR 404", "NR", 404, None, "Antrag"),
    ("Frankfurt Ortsbeirat", "Vorlage: OF 652/11 vom 26.08.2024", "OF 652/11", "OF", 652, None,
     "Antrag"),
    ("Leipzig before 2014", "Drucksache Nr.: V/633", "V/633", None, 633, None, "Drucksache"),
    ("Freiburg", "Vorlage: G-17/074", "G-17/074", "G", 74, 2017, "Vorlage"),
    ("Stralsund", "den ursprünglichen Antrag AN 0051/2017 aus", "AN 0051/2017", "AN", 51, 2017,
     "Antrag"),
    ("prefix, space, year first", "Beschlussvorlage BV 2024/0456", "BV 2024/0456", "BV", 456,
     2024, "Vorlage"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "reference", "prefix", "number", "year", "kind"),
    [row[1:] for row in BIG_SYSTEMS],
    ids=[row[0] for row in BIG_SYSTEMS],
)
def test_formats_of_the_big_systems(
    text: str, reference: str, prefix: str | None, number: int, year: int | None, kind: str | None
) -> None:
    ref = only(text)
    assert (ref.reference, ref.prefix, ref.number, ref.year, ref.kind) == (
        reference,
        prefix,
        number,
        year,
        kind,
    )
    assert text[ref.start : ref.end].replace("\n", " ") == reference


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Bericht des Magistrats vom 12.08.2024, B 310", "Bericht des Magistrats"),
        ("Bericht des\nMagistrats vom 12.08.2024, B 310", "Bericht des Magistrats"),
        ("Drucksachen-Nr.: 187/04-2017", "Drucksache"),
        ("(Drs. 33-0340)", "Drs"),
        ("LindenauBezüglich: 2015/0288", None),  # glued to a name: no word of its own
        ("Antrag der SPD-Fraktion vom 02.10.2024, 20-26/ A 04417", "Antrag"),
    ],
)
def test_label_as_written(text: str, label: str | None) -> None:
    found = find_references(text)
    if label is None:
        assert found == []
    else:
        assert [r.label for r in found] == [label]


# ---------------------------------------------------------------------------------------------
# Labels and prefixes.

NEEDS_LABEL = [f for f in REF_FORMATS if f.needs_label]


def test_some_format_needs_a_label() -> None:
    assert NEEDS_LABEL


@pytest.mark.parametrize("fmt", NEEDS_LABEL, ids=lambda f: f.name)
@pytest.mark.parametrize("before", ["Flurstück ", "Gemarkung Nord, ", "am ", ""])
def test_label_needing_format_is_not_found_without_a_label(fmt: RefFormat, before: str) -> None:
    found = find_references(f"{before}{fmt.example}")
    assert fmt.example not in [r.reference for r in found]
    assert all(r.prefix is None for r in found)


@pytest.mark.parametrize("fmt", NEEDS_LABEL, ids=lambda f: f.name)
def test_label_needing_format_is_found_after_verwaltungsvorlage(fmt: RefFormat) -> None:
    ref = only(f"Verwaltungsvorlage {fmt.example}")
    assert ref.reference == fmt.example
    assert ref.label == "Verwaltungsvorlage"
    assert ref.kind == (PREFIX_KINDS.get(ref.prefix or "") or "Vorlage")  # the prefix wins


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Die Maßnahme läuft bis 12/2025.", []),  # a month
        ("Stand 06/2023", []),
        ("Vorlage 12/2025", ["12/2025"]),  # a small paper number carries its paper word
        ("Es gilt 1770/2020.", ["1770/2020"]),
        ("Es gilt 13/2020.", ["13/2020"]),  # no month
    ],
)
def test_month_of_year_is_no_reference(text: str, found: list[str]) -> None:
    assert [r.reference for r in find_references(text)] == found


def test_flurstueck_is_no_reference_but_a_later_vorlage_is() -> None:
    found = find_references("Flurstück 109/23, Vorlage 110/23")
    assert [r.reference for r in found] == ["110/23"]


@pytest.mark.parametrize(("label", "kind"), sorted(PAPER_LABELS.items()))
@pytest.mark.parametrize("fmt", NEEDS_LABEL, ids=lambda f: f.name)
def test_every_paper_label(label: str, kind: str, fmt: RefFormat) -> None:
    for written in (label, label.capitalize(), label.upper()):
        for between in (" ", ": ", " Nr. "):
            ref = only(f"{written}{between}{fmt.example}")
            if ref.reference != fmt.example:
                # "DS 21/1234" is itself a reference of the DS format: the word is its prefix
                assert ref.prefix == written and ref.reference.endswith(fmt.example), ref
            else:
                assert ref.label == written
            assert ref.kind == (PREFIX_KINDS.get(ref.prefix or "") or kind)  # the prefix wins


@pytest.mark.parametrize(("prefix", "kind"), sorted(PREFIX_KINDS.items()))
def test_every_prefix_kind(prefix: str, kind: str) -> None:
    for reference in (f"{prefix}/0042/2021", f"{prefix}/2021/0042"):
        ref = only(f"Es gilt {reference}.")
        assert ref.prefix == prefix
        assert ref.number == 42
        assert ref.year == 2021
        assert ref.kind == kind


def test_prefix_kind_wins_over_label() -> None:
    ref = only("Vorlage AN/0131/2022")
    assert ref.label == "Vorlage"
    assert ref.kind == "Antrag"


def test_unknown_prefix_has_no_kind() -> None:
    ref = only("Es gilt XQ/0001/2021.")
    assert ref.prefix == "XQ"
    assert ref.kind is None


# ---------------------------------------------------------------------------------------------
# Exclusion of session numbers.


def test_excluded_session_number_is_not_returned() -> None:
    text = "12.01.2022 ABC/0007/2022, Vorlage AN/0131/2022"
    assert [r.reference for r in find_references(text)] == ["ABC/0007/2022", "AN/0131/2022"]
    ref = only(text, exclude=frozenset({"ABC/0007/2022"}))
    assert ref.reference == "AN/0131/2022"


def test_a_number_after_the_word_sitzung_is_the_sessions() -> None:
    text = "Sitzung ABC/0007/2022, Vorlage AN/0131/2022"
    assert [r.reference for r in find_references(text)] == ["AN/0131/2022"]


def test_exclude_removes_every_repeat() -> None:
    text = "RAT/0001/2023 und nochmals RAT/0001/2023"
    assert len(find_references(text)) == 2
    assert find_references(text, exclude=frozenset({"RAT/0001/2023"})) == []


def test_exclude_does_not_hide_other_references() -> None:
    text = "Vorlage 1770/2020 und Vorlage 1771/2020"
    found = find_references(text, exclude=frozenset({"1770/2020"}))
    assert [r.reference for r in found] == ["1771/2020"]


# ---------------------------------------------------------------------------------------------
# Roles.


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Dieser Antrag ersetzt den Antrag AN/0100/2022.", "replaced"),
        ("Der Ursprungsantrag AN/0100/2022 wird ersetzt.", "replaced"),
        ("Die Vorlage 1770/2020 soll die alte Satzung ersetzen.", "replaced"),
        ("Beschlossen in der Fassung des Änderungsantrags AN/0140/2022.", "amended"),
        ("Die Vorlage V/2021/1234 wird geändert durch die Tischvorlage.", "amended"),
        (
            "Der Rat beschließt die Vorlage V/2021/1234 mit den Änderungen des Ausschusses.",
            "amended",
        ),
        ("Siehe Vorlage 1770/2020.", "mentioned"),
        ("Die Vorlage AN/0131/2022 wird beschlossen.", "mentioned"),
    ],
)
def test_role(text: str, role: Role) -> None:
    assert only(text).role == role


def test_role_is_decided_per_sentence() -> None:
    text = "Der Antrag AN/0100/2022 wird ersetzt. Die Vorlage V/2021/1234 bleibt bestehen."
    roles = {r.reference: r.role for r in find_references(text)}
    assert roles == {"AN/0100/2022": "replaced", "V/2021/1234": "mentioned"}


# ---------------------------------------------------------------------------------------------
# Things that are not references.


@pytest.mark.parametrize(
    "text",
    [
        "am 17.01.2022",
        "Vorlage vom 17.01.2022",
        "17.01.22",
        "2018-2022",
        "Vorlage 2018-2022",
        "im Zeitraum 2018 - 2022",
        "um 17:30 Uhr",
        "Vorlage 17:30",
        "von 09:00 bis 10:30",
        "Antrag 2,5 Mio. Euro",
        "AN/0131/20221",
        "xAN/0131/2022",
        "AN/0131/2022-1",
        # a plan's number, without a paper word
        "den Bebauungsplan Nr. III/38 „Sondergebiet“",
        "Gemeinde Lindenau, Abteilung G-17/074",
        # a party's name after a paper word
        "Antrag der Fraktion BÜNDNIS 90/DIE GRÜNEN",
        # a Beschluss number with the body's letters before it
        "Beschluss-Nr.: KT 29/2024",
    ],
)
def test_not_a_reference(text: str) -> None:
    assert find_references(text) == []


@pytest.mark.parametrize("entry", NOT_PAPERS, ids=lambda n: n.what)
def test_not_paper_words(entry: NotPaper) -> None:
    number = entry.example.split()[-1]
    assert find_references(entry.example) == []
    assert [r.reference for r in find_references(f"Vorlage {number}")] == [number]


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("mit Beschluss NI-013/2021 abberufen", "Vorlage NI-013/2021"),
        ("Gemäß Beschluss AA-032/2019 ist", "Vorlage AA-032/2019"),
        ("Beschluss Nr. RBV-1441/12", "Vorlage RBV-1441/12"),
        ("Beschluss-Nr. OM/88/2023:", "Vorlage OM/88/2023:"),
        ("Beschluss 025/2020", "Vorlage 025/2020"),
        ("Eilbeschluss 1770/2020", "Vorlage 1770/2020"),
        ("Ausgabe 38/2024", "Vorlage 38/2024"),
        ("veröffentlicht in der Wochenzeitung Nr. 25/2014 am", "Vorlage Nr. 25/2014"),
        ("Amtsblatt 14/2023", "Vorlage 14/2023"),
        ("Aktenzeichen: 613/094/2023", "Vorlage: 613/094/2023"),
        ("B-Plan Nr. 1770/2020", "Vorlage Nr. 1770/2020"),
        ("Niederschrift 19/2023", "Vorlage 19/2023"),
        ("Geschäftszeichen-Nummer: 1770/2020", "Vorlage-Nummer: 1770/2020"),  # the longest
        ("Vorlage des Bebauungsplans Nr. 12/2023", "Vorlage des Bauamts Nr. 12/2023"),
        ("LFD. NR 3", "NR 404"),  # one digit: a Nummer
        ("im Zeitraum 2023/2024-25", "2023/12331-01-01"),
        ("SI/2023/272", "VO/2023/272"),  # a session (Sitzung) number
        ("72/12/2012", "613/094/2023"),  # office/number/year wants a three-digit number
    ],
)
def test_only_looks_like_a_paper(text: str, paper: str) -> None:
    assert find_references(text) == []
    assert len(find_references(paper)) == 1  # the same shape is read where it is a paper


def test_allris_beschluss_field_carries_the_vorlage() -> None:
    assert only("TOP: Ö 8 Beschluss:IV/STR/20/1475/08").reference == "IV/STR/20/1475/08"


def test_not_paper_prefixes_have_their_meaning() -> None:
    assert NOT_PAPER_PREFIXES == {"SI": "Sitzung"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Drucks. 2010-53", ["2010-53"]),
        ("Drucks. 2020-21", []),  # two years
        ("Drucks. 2020-35", ["2020-35"]),
        ("Vorlage 2018-2022", []),
    ],
)
def test_year_range_is_no_reference(text: str, found: list[str]) -> None:
    assert [r.reference for r in find_references(text)] == found


# ---------------------------------------------------------------------------------------------
# The paper-number slots of a page: a number read without a paper word.


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ö 3 - 23-0646.1\n\nBebauungsplan-Entwurf", ["23-0646.1"]),  # agenda line
        ("TOP 5 - 22-0487\nTitel", ["22-0487"]),
        ("N 12.3 – 109/23\nTitel", ["109/23"]),
        ("21-3684\n\nRaum für Geflüchtete schaffen", ["21-3684"]),  # the header's first line
        ("  21-3684  \nTitel", ["21-3684"]),
        ("21-3684", []),  # nothing follows: no header
        ("Titel\n21-3684\nmehr", []),  # not the first line
        ("21-3684 Euro\nmehr", []),  # not alone on its line
        ("Ö 3 - Bericht 23-0646\nmehr", []),  # a word stands between
        ("siehe 21-3684", []),
    ],
)
def test_number_slot(text: str, found: list[str]) -> None:
    assert [r.reference for r in find_references(text)] == found


def test_references_are_in_order_of_appearance() -> None:
    text = "Vorlage 109/23 zu AN/0131/2022 und V/2021/1234 sowie 1770/2020"
    found = find_references(text)
    assert [r.reference for r in found] == ["109/23", "AN/0131/2022", "V/2021/1234", "1770/2020"]
    assert [r.start for r in found] == sorted(r.start for r in found)
    for r in found:
        assert text[r.start : r.end] == r.reference


# ---------------------------------------------------------------------------------------------
# Searching only the stretches around anchors finds what a search of the whole text finds.


@pytest.mark.parametrize("fmt", REF_FORMATS, ids=lambda f: f.name)
def test_format_stays_within_anchor_reach(fmt: RefFormat) -> None:
    regex_parser = importlib.import_module("re._parser")  # the stdlib's regex parser (no stubs)
    _, longest = regex_parser.parse(fmt.pattern.pattern).getwidth()
    assert longest <= ANCHOR_REACH - 2, "raise ANCHOR_REACH: a match may stand outside stretches"
    assert search_stretches(fmt.example) == [(0, len(fmt.example))], "the example has no anchor"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kein Anker hier", []),
        ("Landes- und Bundesebene, FDP-Fraktion", []),  # hyphens between letters are not anchors
        ("x" * 50 + "2018-2022" + "x" * 50, [(54 - ANCHOR_REACH, 109)]),  # to the word's end
        ("x" * 50 + "2018-2022" + "x" * 50 + " " + "y" * 50, [(54 - ANCHOR_REACH, 109)]),
        # (a run longer than a reach more is cut: linear time on a text of one word)
        ("x" * 50 + "2018-2022" + "x" * 200, [(54 - ANCHOR_REACH, 55 + 2 * ANCHOR_REACH)]),
        ("die/das, Bündnis 90/Die Grünen", [(0, 30)]),  # only the slash beside a digit
        ("die/das", []),  # a slash between letters is not an anchor
        ("im Rahmen NR 404)", [(0, 17)]),  # a space between a capital letter and a digit
        ("VII-DS-01234", [(0, 12)]),  # a hyphen between a letter and a digit
        ("VII-Ifo-09217", [(0, 13)]),
        ("Ö 3 und top 4", []),  # only A to Z
        ("a/1" + " " * 100 + "2/d", [(0, 2 + ANCHOR_REACH), (104 - ANCHOR_REACH, 106)]),
        ("a/1" + " " * 30 + "2/d", [(0, 36)]),  # near anchors make one stretch
    ],
)
def test_search_stretches(text: str, expected: list[tuple[int, int]]) -> None:
    assert search_stretches(text) == expected


_REF_PARTS = st.sampled_from(
    [
        *(f.example for f in REF_FORMATS),
        "/", "-", " ", "\n", ".", "1", "22", "2023", "AN", "DS ", "IV", "Vorlage ", "Antrag Nr. ",
        "Drucksache: ", "ersetzt", "Änderungsantrag", "übernommen", ". ", "x", "é", "٣",
    ]
)  # fmt: skip


_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ"


def test_formats_open_alike() -> None:
    """The lookahead for every format at once factors out the opening lookbehind."""
    assert all(f.pattern.pattern.startswith(_B) for f in REF_FORMATS)


@given(st.lists(_REF_PARTS, max_size=40).map("".join))
@example("AN1")  # a prefix glued to a number with no part after it: no anchor, so no match
@settings(max_examples=300, deadline=None)
def test_trying_formats_where_matches_start_finds_what_a_search_finds(text: str) -> None:
    starts = match_starts(text)
    for fmt in REF_FORMATS:
        assert [m.span() for m in format_matches(fmt, text, starts)] == [
            m.span() for m in fmt.pattern.finditer(text)
        ]


@given(st.lists(_REF_PARTS, max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def test_matches_open_as_their_format_says(text: str) -> None:
    for fmt in REF_FORMATS:
        for m in fmt.pattern.finditer(text):
            assert text[m.start()].isdecimal() == fmt.opens_with_digit, fmt.name
            assert text[m.start()].isdecimal() or text[m.start()] in _CAPITALS, fmt.name


@given(st.lists(_REF_PARTS, max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def test_stretches_find_what_the_whole_text_holds(text: str) -> None:
    whole = [(0, len(text))]
    with patch("ratsparse.references.search_stretches", return_value=whole):
        everywhere = find_references(text)
    assert find_references(text) == everywhere


@pytest.mark.parametrize(
    ("text", "ref", "sentence"),
    [
        (
            "A wird beschlossen.\nB nimmt V/2024/0001 zur Kenntnis.\nC.",
            "V/2024/0001",
            "B nimmt V/2024/0001 zur Kenntnis",
        ),
        (
            "Erstens. Zweitens V/2024/0001 hier. Drittens.",
            "V/2024/0001",
            "Zweitens V/2024/0001 hier",
        ),
        ("Absatz eins\n\nV/2024/0001 steht hier", "V/2024/0001", "V/2024/0001 steht hier"),
    ],
)
def test_sentence_around_ends_at_a_full_stop_before_a_line_break(
    text: str, ref: str, sentence: str
) -> None:
    start = text.index(ref)
    assert sentence_around(text, start, start + len(ref)).strip() == sentence


def _windows() -> list[str]:
    """The window before every digit of the samples (and of the corpus, where it is here), and
    of paper words followed by their author or date."""
    from pathlib import Path

    from ratsparse.references import _window_before

    root = Path(__file__).resolve().parents[1]
    paths = sorted((root / "samples").glob("*.txt"))
    paths += sorted((root.parent / "shared" / "corpus").glob("*/*.txt"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    texts += [
        "Antrag der B90 12/2024",
        "Anregung vom 02.09.2024, OA 487",
        "Antrag des Ausschusses_2 AN/0001/2024",
        "mit Beschluss - NI-013/2021",
        "Vorlage (Nr.) – 12/2024",
    ]
    return [_window_before(t, i) for t in texts for i, ch in enumerate(t) if ch.isdigit()]


def test_the_one_character_test_spares_only_searches_that_find_nothing() -> None:
    from ratsparse.references import (
        _LABEL_RE,
        _NOT_PAPER_RE,
        _NOT_PAPER_REACH,
        _ends_worded,
        _may_end_labelled,
    )

    spared = 0
    for window in _windows():
        if _ends_worded(window):
            continue
        spared += 1
        assert _NOT_PAPER_RE.search(window, len(window) - _NOT_PAPER_REACH) is None, window
        if not _may_end_labelled(window, worded=False):
            assert _LABEL_RE.search(window) is None, window
    assert spared > 1000  # the test does spare most searches


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a system the registry does not know: the number after a paper word is read whole
        ("Vorlage: OB-N/0112/2025", ["OB-N/0112/2025"]),
        ("Drucksache: SV 1234/25", ["SV 1234/25"]),
        ("Antrag Nr. 2025-BV-0112 der Fraktion", ["2025-BV-0112"]),
        # no paper word before it: a plan's, a file's or a body's number
        ("Bebauungsplan OB-N/0112/2025", []),
        # after a space only with a part after it: an agenda number or a body is no paper
        ("Vorlage TOP 1", []),
        ("Vorlage BA 16 - Vollgremium", []),
        # a span of years; a number the end of the text cut inside an open parenthesis
        ("Vorlage 2020-2024", []),
        ("Änderung des Stellenplans (DS-Nr.: 201-4/200", []),
    ],
)
def test_labelled_number_of_an_unknown_system(text: str, found: list[str]) -> None:
    assert [r.reference for r in find_references(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "Vorlage: GR 012/2024",
        "Vorlage:       BA 021/2024",
        "Vorlage: GR-BV 088/2024",
        "Drucksachen-Nr.: DS-KT 0112/2024",
        "Beschlussvorlage: StR 45/2024",
    ],
)
def test_a_bodys_letters_before_a_labelled_number_belong_to_it(text: str) -> None:
    ref = only(text)
    assert ref.reference == text.split(":", 1)[1].strip()
    assert ref.prefix == ref.reference.split(" ")[0]
