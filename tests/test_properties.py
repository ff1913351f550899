"""Properties that hold for every input: the core never raises, spans stay in the text, the
cleaning pre-pass keeps its stated guarantees."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from ratsparse import Resolution, parse_bytes, parse_text
from ratsparse.normalize import _GLYPHS, _OCR_CUE, _SPACED, _SPACES_ALONE, _spelt_out, clean
from tests.spans import spans_in

SETTINGS = settings(max_examples=200, deadline=None)

# Text that looks a little like a resolution, so that examples reach deep into the parser.
_FRAGMENTS = (
    "Beschluss: ",
    "ungeändert beschlossen",
    "Sitzung: 17.01.2022 DiA/0007/2022",
    "Nachtrag: 17.01.2022",
    "Vorlage: AN/0131/2022",
    "Abstimmungsergebnis:",
    "Bei Stimmenthaltung der FDP-Fraktion zugestimmt",
    "einstimmig",
    "mehrheitlich gegen die Stimmen der CDU",
    "Ja: 12, Nein: 3, Enthaltungen: 1",
    "dafür: 2 (2 BÜRGERLISTE)",
    "1. ",
    "a) ",
    "II. ",
    "„Titel“",
    "Verwal-\nung",
    "zugestimmt2614",
    "---|---|",
    "Seite 2 von 3",
    "(",
    ")",
    ":",
    "\n",
    "\r\n",
    "\r",
    " ",
    "\u00a0",
    "\u00ad",
    "\ufeff",
    "\u200b",
    "\t",
    "\f",
    "e\u0301",
    "\u0308",
)
resolution_like = st.lists(
    st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=8)), max_size=40
).map("".join)
any_text = st.one_of(st.text(), resolution_like)


def _assert_spans_within(res: Resolution, text_length: int) -> None:
    for where, span in spans_in(res.model_dump()):
        assert 0 <= span["start"] <= span["end"] <= text_length, (where, span, text_length)
        assert span["line"] >= 1, (where, span)
        assert span["column"] >= 1, (where, span)


# ---------------------------------------------------------------------------------------------
# The core never raises and keeps its spans in the text


@SETTINGS
@given(any_text)
@example("")
@example("\ufeffBeschluss: abgelehnt")
@example("Beschluss: abgelehnt\x00")
@example("Abstimmungsergebnis:\nJa: \nNein: ")
def test_parse_text_never_raises(text: str) -> None:
    res = parse_text(text)
    assert isinstance(res, Resolution)
    _assert_spans_within(res, len(text))


@SETTINGS
@given(any_text)
@example("Sitzung: 17.01.2022 DiA/0007/2022 Rat\nBeschluss: ungeändert beschlossen\n")
@example("SITZUNG:0.0.0000A/0/0000:")
@example(")\rBESCHLOSSEN\r0")  # a blank line in a prose vote's block (found by hypothesis)
@example("98. :\n\n |\n einstimmig")  # a vote line of borders alone first (found by bench/fuzz.py)
def test_parse_text_reports_no_internal_error(text: str) -> None:
    """RP904 means a bug in ratsparse; the grammar must accept any text ("never refuse input")."""
    res = parse_text(text)
    assert [d for d in res.diagnostics if d.code == "RP904"] == []


_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _decoded(data: bytes) -> str:
    """The text the bytes decode to: UTF-16 or UTF-32 behind their byte order mark, UTF-8 (BOM
    dropped), else one char per byte."""
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


@SETTINGS
@given(
    st.one_of(
        st.binary(),
        any_text.map(lambda t: t.encode("utf-8")),
        any_text.map(lambda t: t.encode("cp1252", "replace")),
    )
)
@example(b"")
@example(b"\xef\xbb\xbfBeschluss: abgelehnt")
@example(b"Beschluss: ungeb\xe4ndert\x81\x8d\x8f\x90\x9d")
@example(b"\x00\x01\x02")
@example(b"\xff\xfe" + "Beschluss: abgelehnt".encode("utf-16-le"))
@example(b"\x00\x00\xfe\xff" + "Beschluss:\x00".encode("utf-32-be"))
def test_parse_bytes_never_raises(data: bytes) -> None:
    res = parse_bytes(data, source="generated")
    assert isinstance(res, Resolution)
    assert res.source.size == len(data)
    assert res.source.sha256 == hashlib.sha256(data).hexdigest()
    assert res.source.name == "generated"
    text = _decoded(data)
    if "\x00" in text:
        assert "RP902" in {d.code for d in res.diagnostics}
    _assert_spans_within(res, len(text))


@SETTINGS
@given(
    st.text(alphabet=st.one_of(st.characters(), st.integers(0xD800, 0xDFFF).map(chr)), max_size=40)
)
@example("Beschluss: abgelehnt \ud800")
def test_parse_text_never_raises_on_lone_surrogates(text: str) -> None:
    """A Python str may hold lone surrogates (e.g. from surrogateescape); still no exception."""
    res = parse_text(text)
    assert isinstance(res, Resolution)
    _assert_spans_within(res, len(text))


# ---------------------------------------------------------------------------------------------
# The cleaning pre-pass


@SETTINGS
@given(any_text)
@example("Verwal-\n\u00adtung")
@example("a\u00ad\u0308")
@example("A\r\n\u0308")
@example("aeinstimmiga) ")  # a word glued before the vote word, the next part's letter after it
@example("aeinstimmigeinstimmig")
@example("GeinstimmigAA")  # a vote word mistyped, glued to the next cell
@example("0Geinstimmig")  # ... or glued to the count before it
@example("BESCHLOSSEnAiB")  # a scan's "B" for "ß" in a word glued to a vote word
@example("Jaeinstimmig0Ja")  # a part that leaves another to part ("einstimmig0")
@example("Enthaltungen3Ja12Befangena0Ja-StimmenJa-Stimmen")
@example("Nein30Ja0Enthaltungen NeinAnwesend-3Stimmen")
def test_clean_is_idempotent(text: str) -> None:
    once = clean(text).text
    assert clean(once).text == once


@SETTINGS
@given(any_text)
def test_clean_guarantees(text: str) -> None:
    cleaned = clean(text).text
    assert "\r" not in cleaned
    assert "\u00ad" not in cleaned
    assert "\u00a0" not in cleaned
    assert "\t" not in cleaned
    assert unicodedata.is_normalized("NFC", cleaned)


@SETTINGS
@given(any_text, st.data())
def test_clean_spans_stay_in_the_original(text: str, data: st.DataObject) -> None:
    cleaned = clean(text)
    n = len(cleaned.text)
    a = data.draw(st.integers(0, n))
    b = data.draw(st.integers(a, n))
    span = cleaned.span(a, b)
    assert 0 <= span.start <= span.end <= len(text)
    assert span.line >= 1
    assert span.column >= 1


_NFC_LETTERS = st.characters(categories=("Lu", "Ll")).filter(
    lambda c: unicodedata.normalize("NFC", c) == c
)
plain_text = st.text(alphabet=st.one_of(_NFC_LETTERS, st.sampled_from(" \n")))


@SETTINGS
@given(plain_text, st.data())
@example("Köln beschließt\nÄnderung", None)
def test_clean_leaves_plain_text_alone(text: str, data: st.DataObject | None) -> None:
    # (but for the repairs letters alone ask for: a scan's "B" for "ß" after a small letter,
    # a word spaced out letter by letter after a word; and a line of spaces alone, made empty;
    # a PDF's ligature or a font's wrong letter; a vocabulary word typed without umlauts)
    assume(
        _OCR_CUE.search(text) is None
        and _SPACED.search(text) is None
        and _SPACES_ALONE.search(text) is None
        and re.search(f"[{_GLYPHS}]", text) is None
        and not _spelt_out(text)
    )
    cleaned = clean(text)
    assert cleaned.text == text
    assert cleaned.dropped == 0
    n = len(text)
    pairs = [(0, 0), (0, n), (n, n)]
    if data is not None:
        a = data.draw(st.integers(0, n))
        pairs.append((a, data.draw(st.integers(a, n))))
    for a, b in pairs:
        span = cleaned.span(a, b)
        assert (span.start, span.end) == (a, b)
        assert span.line == text.count("\n", 0, a) + 1
        assert span.column == a - (text.rfind("\n", 0, a) + 1) + 1


# ---------------------------------------------------------------------------------------------
# Paper references point at their wording in the original text

_REF = st.builds(
    lambda prefix, number, year: f"{prefix}/{number}/{year}",
    st.sampled_from(["AN", "VO", "V", "BV", "DS", "M"]),
    st.integers(1, 9999).map(lambda n: f"{n:04d}"),
    st.integers(1990, 2035).map(str),
)
_NOISE = st.sampled_from(["", " ", "\u00a0", "\u00ad", "\u200b", "\t", "\r\n", "\n", "\ufeff"])
_BREAK = st.sampled_from(["\n", "\r\n", "\r"])
_WORDS = st.lists(
    st.sampled_from(
        [
            "Die",
            "Verwaltung",
            "wird",
            "beauftragt",
            "Köln",
            "Straße",
            "Verwal-\ntung",
            "Expert*innen",
            "z. B.",
            "„Titel“",
            "e\u0301",
            "Ma\u00adßnahme",
            "\u00a0",
        ]
    ),
    max_size=12,
).map(" ".join)


@SETTINGS
@given(_NOISE, _REF, _BREAK, _WORDS, st.lists(_REF, max_size=3), _WORDS)
@example("\ufeff", "AN/0131/2022", "\n", "", [], "")
@example("\u00ad", "AN/0131/2022", "\r\n", "Ma\u00adßnahme", ["AN/1311/2021"], "")
def test_paper_ref_spans_match_the_original(
    lead: str, subject: str, brk: str, before: str, others: list[str], after: str
) -> None:
    mentions = " ".join(f"Antrag {ref} ersetzt." for ref in others)
    text = (
        f"{lead}Vorlage: {subject}{brk}"
        f"Beschluss: ungeändert beschlossen{brk}"
        f"{before} {mentions} {after}{brk}"
    )
    res = parse_text(text)
    assert res.paper is not None, res.diagnostics
    assert res.paper.reference == subject
    assert res.paper.role == "subject"
    assert text[res.paper.span.start : res.paper.span.end] == subject
    assert {r.reference for r in res.references} == {subject, *others}
    for ref in res.references:
        assert text[ref.span.start : ref.span.end] == ref.reference, (ref, text)
