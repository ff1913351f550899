"""The input classes that took quadratic (or needlessly slow) time, issue 11: each checked by the
work it does, not by a clock. bench/scaling.py measures the times."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from typing import Any, Final, SupportsIndex

import lark.exceptions
import pytest

from ratsparse import header, layout, parse_text, vocab, votes
from ratsparse.parser import vote
from ratsparse.references import find_references
from ratsparse.text import Piece, Sentences


class _Counted(str):
    """A text that counts the characters its own searches and slices go through."""

    scanned = 0

    def find(self, sub: str, *args: SupportsIndex | None) -> int:
        at = super().find(sub, *args)
        start, end = self._range(*args)
        _Counted.scanned += (at + len(sub) if at != -1 else end) - start
        return at

    def rfind(self, sub: str, *args: SupportsIndex | None) -> int:
        at = super().rfind(sub, *args)
        start, end = self._range(*args)
        _Counted.scanned += end - (at if at != -1 else start)
        return at

    def __getitem__(self, key: SupportsIndex | slice) -> str:
        if isinstance(key, slice):
            _Counted.scanned += len(range(*key.indices(len(self))))
        return super().__getitem__(key)

    def _range(
        self, start: SupportsIndex | None = None, end: SupportsIndex | None = None
    ) -> tuple[int, int]:
        a = 0 if start is None else int(start)
        b = len(self) if end is None else min(int(end), len(self))
        return a, max(a, b)


def _scanned(text: str) -> int:
    _Counted.scanned = 0
    found = find_references(_Counted(text))
    assert found  # the references are read
    return _Counted.scanned


@pytest.mark.parametrize(
    "unit",
    [
        # a text without blank lines: the window before each number looked back to its start
        "Die Vorlage AN/{i:04d}/2022 ersetzt den Antrag.\n",
        # one long sentence of numbers that need a paper word: each looked at the whole line
        # before it and the whole text around it
        "Vorlage 1{i:04d}/2020 und 21/{i:04d}, geändert durch ",
    ],
)
def test_reading_references_scans_the_text_a_bounded_number_of_times(unit: str) -> None:
    small = "".join(unit.format(i=i) for i in range(200))
    large = "".join(unit.format(i=i) for i in range(800))
    # linear: four times the text, about four times the characters looked at (quadratic: 16)
    assert _scanned(large) <= 6 * _scanned(small)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence look-up as it was before it had an index (the reference)."""
    gap = re.compile(r"[.!?](?:\s|$)|\n\s*\n")
    left = max(text.rfind("\n\n", 0, start), 0)
    for m in gap.finditer(text, max(0, start - 400), start):
        left = max(left, m.end())
    right = gap.search(text, end)
    return text[left : right.start() if right is not None else len(text)]


def test_the_sentence_index_finds_the_sentences_the_scans_found() -> None:
    rnd = random.Random(11)
    parts = ["a", "b ", " ", "\n", ".", "!", "?", "\t", " \n", "x. ", "\n\n", "\u00a0", "\n \n"]
    for _ in range(150):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 900)))
        index = Sentences(text)
        for _ in range(10):
            start = rnd.randint(0, len(text))
            end = rnd.randint(start, len(text))
            left, right = index.bounds(start, end)
            assert text[left:right] == _sentence_around(text, start, end)


def test_the_next_header_field_is_looked_for_only_where_white_space_starts() -> None:
    # tried at every space of a long run, each try read to the run's end: quadratic
    value = "Rat" + " \t" * 5 + "Beschlussart: x"
    assert header._NEXT_FIELD.search(value, 4) is None  # inside the run: no try
    assert header._NEXT_FIELD.search("Rat  Beschlussart: x").start() == 3  # type: ignore[union-attr]
    assert header._strip_decoration("Rat" + " \t" * 3000 + "Rathaus") == (
        "Rat" + " \t" * 3000 + "Rathaus"
    )
    assert header._strip_decoration("Rat" + " " * 3000 + "Beschlussart: x") == "Rat"


def _counting_rejections(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A counter of the tokens Lark rejects (one UnexpectedToken each), from now on."""
    raised = [0]
    init: Callable[..., None] = lark.exceptions.UnexpectedToken.__init__

    def counting(self: lark.exceptions.UnexpectedToken, *args: Any, **kwargs: Any) -> None:
        raised[0] += 1
        init(self, *args, **kwargs)

    monkeypatch.setattr(lark.exceptions.UnexpectedToken, "__init__", counting)
    return raised


def test_a_run_of_rejected_vote_tokens_is_skipped_without_an_exception_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raised = _counting_rejections(monkeypatch)
    # read with a run of parentheses skipped as Lark's recovery skips them: the token Lark
    # rejected, then the rest of the run as one stretch
    text = "Ja: 3 " + ")" * 2000 + ", Nein: 2"
    parsed = vote.parse_vote(text)  # long: not cached
    assert [item.kind for item in parsed.items] == ["count", "count"]
    assert votes._runs(parsed.skipped, text) == [(6, 2006)]  # one finding for the run
    # not read at all, as before: the vote text given up whole
    text = "Ja: 3 (" + "(" * 2000
    assert vote.parse_vote(text) == vote.VoteParse((), (Piece(text, 0, len(text)),))
    # a few recoveries by the compiled parser, then one exception a run, not one a token
    assert raised[0] < 3 * vote._COMPILED_RUN


def test_references_read_on_a_page_of_papers_are_the_ones_of_each_line() -> None:
    # the merged taken stretches keep what a later format may read
    text = "".join(f"Vorlage AN/{i:04d}/2022 und 1{i:03d}/2020\n" for i in range(50))
    found = find_references(text)
    assert len(found) == 100
    assert [r.reference for r in found[:2]] == ["AN/0000/2022", "1000/2020"]


def _votes_scanned(text: str) -> int:
    """Characters the vote reader's own searches and slices of the clean text go through."""
    from dataclasses import replace

    from ratsparse.header import read_header
    from ratsparse.layout import layout
    from ratsparse.normalize import clean
    from ratsparse.parser import parse_document
    from ratsparse.votes import read_votes

    cleaned = clean(text)
    cleaned = replace(cleaned, text=_Counted(cleaned.text))
    lay = layout(parse_document(cleaned.text), cleaned)
    head = read_header(lay, cleaned)
    _Counted.scanned = 0
    reading = read_votes(lay, head.status_piece, cleaned, head.meeting.date)
    assert reading.votes  # the votes are read
    return _Counted.scanned


def test_reading_votes_scans_the_text_a_bounded_number_of_times() -> None:
    # each vote's check for a text cut off copied the rest of the text, and each count table's
    # look for a lead-in copied the text before it: quadratic in a long text of many votes
    unit = (
        "Beschlussvorschlag:\nDer Rat möge beschließen.\n\n"
        "Der Rat lässt über den Antrag abstimmen:\nJa: 12\nNein: 3\n\n"
        "Der Antrag wird einstimmig angenommen.\n\n"
    )
    assert _votes_scanned(unit * 80) <= 6 * _votes_scanned(unit * 20)


def test_the_stretches_hold_what_one_of_them_holds() -> None:
    from ratsparse.votes import _Ranges

    rnd = random.Random(5)
    for _ in range(300):
        ranges = [
            (a, a + rnd.randint(0, 30))
            for a in (rnd.randint(0, 200) for _ in range(rnd.randint(0, 12)))
        ]
        held = _Ranges(ranges)
        for at in range(-2, 240):
            assert held.hold(at) == any(a <= at < b for a, b in ranges)


def test_the_label_before_a_flattened_numbering_is_looked_for_near_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`(\\w+):[ ]*$` searched from the text's start tries every letter of a long word again:
    a line with a word of 5,000 digits took a second. The search stays near the numbering."""
    from ratsparse import clauses
    from ratsparse.parser import Line

    ranges: list[tuple[int, int]] = []
    pattern = clauses._LABEL_BEFORE

    class Spy:
        def search(self, text: str, pos: int = 0, endpos: int = 2**31) -> Any:
            ranges.append((pos, min(endpos, len(text))))
            return pattern.search(text, pos, endpos)

    monkeypatch.setattr(clauses, "_LABEL_BEFORE", Spy())
    text = "9" * 5000 + " Bemerkungen: 1. Erstens. 2. Zweitens."
    split = clauses.unflatten(Line("text", Piece(text, 0, len(text))))
    assert len(split) == 1  # a remark's list stays one line
    assert ranges
    assert all(b - a <= clauses._LABEL_REACH for a, b in ranges)


# The reading of group names (bench/fuzz.py found each quadratic on long names): the linear forms
# find what the regular expressions before them found.
_OLD_REMARK_AFTER_SENTENCE = re.compile(r"(.*\.)\s*\((.*)\)$")
_OLD_TRAILING_REMARK = re.compile(r"\s*\(([^()]*)\)$")
_OLD_SENTENCE_IN_NAME = re.compile(r"([^\W\d_]{3,})[.!?]\s+(?=[A-ZÄÖÜ])")
_NAME_LETTERS = "aF. ()x!Ä"
_OLD_BORDER = re.compile(r"\s*\|[\s|]*")


@pytest.mark.parametrize("seed", range(5))
def test_group_name_readers_find_what_their_regexes_found(seed: int) -> None:
    from ratsparse import votes

    rng = random.Random(seed)
    for _ in range(20000):
        raw = "".join(rng.choice(_NAME_LETTERS) for _ in range(rng.randint(0, 14)))
        name = " ".join(raw.split())  # group names are folded
        old = _OLD_REMARK_AFTER_SENTENCE.match(name)
        new = votes._remark_after_sentence(name)
        assert new == ((old.group(1), old.group(2)) if old else None), name
        old_t, new_t = _OLD_TRAILING_REMARK.search(name), votes._TRAILING_REMARK.search(name)
        seen = (old_t.span(), old_t.group(1)) if old_t else None
        assert ((new_t.span(), new_t.group(1)) if new_t else None) == seen, name
        cells = raw.replace("!", "|").replace("x", "\t")  # a row of a web table
        assert [m.span() for m in votes._BORDER.finditer(cells)] == [
            m.span() for m in _OLD_BORDER.finditer(cells)
        ], cells
        old_s, new_s = _OLD_SENTENCE_IN_NAME.search(raw), votes._SENTENCE_IN_NAME.search(raw)
        assert (old_s.span(1) if old_s else None) == (new_s.span(1) if new_s else None), raw


def test_group_name_patterns_start_only_where_a_run_starts() -> None:
    """What makes them linear: a match is tried only at the start of a run of letters (or of
    white space), not again at every letter of a long one."""
    from ratsparse import votes

    assert votes._SENTENCE_IN_NAME.pattern.startswith("(?<![^\\W\\d_])")
    assert votes._TRAILING_REMARK.pattern.startswith("(?<!\\s)")
    assert votes._BORDER.pattern.startswith("(?<!\\s)")
    assert votes._remark_after_sentence("a.(" * 5000 + ")") == ("a.(" * 4999 + "a.", "")


@pytest.mark.parametrize("lookup", ["motion_in", "says_changed"])
def test_a_sentence_of_many_votes_is_searched_once(
    monkeypatch: pytest.MonkeyPatch, lookup: str
) -> None:
    """A paragraph of a thousand vote lines without a full stop is one sentence of a thousand
    votes: what the sentence says around them (a motion named, another meeting, indirect speech,
    a proposal changed) is looked up once, not once per vote (bench/fuzz.py: 94 kB took 25 s;
    bench/scaling.py's vote-lines, when the words that say a proposal changed were asked per
    vote: 1 MB took 155 s)."""
    from ratsparse import parse_text, vocab

    calls: list[int] = []
    real = getattr(vocab, lookup)

    def counted(text: str) -> object:
        calls.append(len(text))
        return real(text)

    monkeypatch.setattr(vocab, lookup, counted)
    line = "Die Vorlage wurde mit 9 Ja-Stimmen 1 Nein-Stimmen und 1 Enthaltungen beschlossen\n"
    res = parse_text(line * 200)
    assert len(res.votes) >= 1
    long_calls = [n for n in calls if n > 10 * len(line)]
    assert 0 < len(long_calls) <= 3


def test_a_parse_runs_with_the_cycle_collector_paused_and_leaves_it_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The collector traversed every record made so far each time the heap grew by a quarter:
    a third of the time of a long member list. A parse pauses it and restores it."""
    import gc

    from ratsparse import core, parse_text

    seen: list[bool] = []
    build = core._build

    def spy(*args: Any) -> Any:
        seen.append(gc.isenabled())
        return build(*args)

    monkeypatch.setattr(core, "_build", spy)
    assert gc.isenabled()
    parse_text("Beschluss: beschlossen\nJa: 3 (1 CDU, 2 SPD)\n")
    assert seen == [False]
    assert gc.isenabled()
    gc.disable()
    try:
        parse_text("Beschluss: beschlossen\n")
        assert not gc.isenabled()  # left off, as the caller had it
    finally:
        gc.enable()


def test_a_long_member_list_reads_each_distinct_name_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from ratsparse import parse_text, vocab

    names = ("CDU", "SPD", "GRÜNE", "FDP", "Herr Lutz", "Frau Meier")
    items = ", ".join(f"{i % 7 + 1} {names[i % len(names)]}" for i in range(3000))
    asked = 0
    is_person = vocab.is_person

    def counting(name: str) -> bool:
        nonlocal asked
        asked += 1
        return is_person(name)

    monkeypatch.setattr(vocab, "is_person", counting)
    result = parse_text(f"Beschluss: beschlossen\nJa: 3000 ({items})\n")
    assert len(result.votes[0].groups.yes) == 3000
    assert asked <= len(names)  # once per name at most, not once per member


def test_two_tellings_of_a_vote_far_apart_are_not_copied_between() -> None:
    """Whether two tellings of a vote stand side by side is read in place: it stops at the first
    word between them. A copy of the whole stretch, made for each telling of a vote a thousand
    lines long, was quadratic."""
    from ratsparse import votes
    from ratsparse.core import read_text

    original = "Ja: 9, Nein: 1\n" + "Wort " * 10000 + "\nJa: 9, Nein: 1\n"
    found = read_text(original).votes
    assert len(found) >= 1
    first = found[0]
    far = first._replace(span=first.span._replace(start=len(original) - 15, end=len(original)))
    _Counted.scanned = 0
    merged = votes._merge(first, far, _Counted(original))
    assert merged.span == first.span  # not side by side: no span over the words between
    assert _Counted.scanned < 100


def test_a_vote_text_of_thousands_of_recoveries_is_given_up_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``Ja: 3 (`` repeated: each repetition makes Lark raise and recover (bench/fuzz.py: 70 kB
    over a second). Past a bound far above what real texts need, the text is given up whole."""
    runs: list[int] = []
    rejected_run = vote._rejected_run

    def counted(exc: Any) -> Any:
        runs.append(1)
        return rejected_run(exc)

    monkeypatch.setattr(vote, "_rejected_run", counted)
    text = "Ja: 3 (" * 3000
    parsed = vote.parse_vote.__wrapped__(text)  # type: ignore[attr-defined]
    assert len(runs) <= vote._MAX_RECOVERIES
    assert parsed.items == ()
    assert [(p.start, p.end) for p in parsed.skipped] == [(0, len(text))]


def test_a_block_of_many_vote_lines_is_searched_for_its_motion_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # bench/fuzz.py: a thousand vote lines under one heading were joined and searched for the
    # motion they name once per vote, 10 s for 100 kB
    line = "Ohne Gegenstimmen bei 2 Enthaltungen (Fraktion FREIE WÄHLER) angenommen.\n"
    text = "Abstimmungsergebnis:\n" + line * 400
    scanned = 0
    real = vocab.motion_in

    def counting(said: str) -> str | None:
        nonlocal scanned
        scanned += len(said)
        return real(said)

    monkeypatch.setattr(vocab, "motion_in", counting)
    parse_text(text)
    assert 0 < scanned < 5 * len(text)  # quadratic: 400 times the block, 80 × the text


def test_the_vote_texts_of_one_document_share_a_budget_of_recoveries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # bench/fuzz.py (seed 14, input 2745): `Ja: 3 (` over a hundred vote texts, hundreds of
    # recoveries each, took 1.6 s for 100 kB; one exception each
    raised = _counting_rejections(monkeypatch)
    block = "Abstimmungsergebnis:\n" + "Ja: 3 (" * 150 + "\n\n"
    parse_text("Beschluss: beschlossen\n\n" + block * 60)
    assert raised[0] < 2 * vote.DOCUMENT_RECOVERIES  # 60 × 150 recoveries without the budget
    # the next document has a budget of its own: its stumbling vote is read
    after = parse_text("Abstimmungsergebnis: Ja: 12, Nein: 3 ) " + "x " * 40 + "Enthaltungen: 1\n")
    counts = after.votes[0].counts
    assert (counts.yes, counts.no, counts.abstain) == (12, 3, 1)


class _CountedMarkers(tuple):  # type: ignore[type-arg]
    """Markers that count the entries their slices copy."""

    copied = 0

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, slice):
            _CountedMarkers.copied += len(range(*key.indices(len(self))))
        return super().__getitem__(key)


def _markers_copied(text: str) -> int:
    from dataclasses import replace

    from ratsparse.layout import layout
    from ratsparse.normalize import clean
    from ratsparse.parser import parse_document

    cleaned = clean(text)
    lay = layout(parse_document(cleaned.text), cleaned)
    lay = replace(lay, markers=_CountedMarkers(lay.markers))
    _CountedMarkers.copied = 0
    found = votes._other_bodies_results(lay, len(cleaned.text))
    assert found  # another body's results are found
    return _CountedMarkers.copied


def test_other_bodies_results_are_found_in_one_pass_over_the_markers() -> None:
    # each marker's look for the next decision heading copied every marker below it: quadratic
    # in a long text of many results (a large file of resolutions without blank lines)
    unit = (
        "Beratungsergebnis des Hauptausschusses vom 02.09.2024:\nZustimmung\n"
        "Beschluss:\nDer Rat stimmt zu.\nAbstimmungsergebnis: einstimmig\n"
    )
    assert _markers_copied(unit * 200) <= 6 * max(_markers_copied(unit * 50), 1)


class _StartCounted:
    """A match of the act words that counts how often its start is asked."""

    asked = 0

    def __init__(self, match: re.Match[str]) -> None:
        self._match = match

    def start(self) -> int:
        _StartCounted.asked += 1
        return self._match.start()

    def __getattr__(self, name: str) -> Any:  # group, end, span: as the match's own
        return getattr(self._match, name)


_ACTS: Final = vocab._ACT_RE


def _act_starts_asked(sentences: int, monkeypatch: pytest.MonkeyPatch) -> int:
    class _Pattern:
        def finditer(self, text: str) -> list[_StartCounted]:
            return [_StartCounted(m) for m in _ACTS.finditer(text)]

    monkeypatch.setattr(vocab, "_ACT_RE", _Pattern())
    _StartCounted.asked = 0
    # (sentences of their own in each run: a sentence's acts once read are kept)
    sentence = "Die Verwaltung wird beauftragt, den Plan {n}-{i} vorzulegen."
    text = " ".join(sentence.format(n=sentences, i=i) for i in range(sentences))
    assert vocab.act_of([text]) == "approved"
    return _StartCounted.asked


def test_what_each_sentence_of_a_decided_text_instructs_is_read_in_one_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # each approving sentence looked at the act words of every sentence after it: quadratic in
    # a long decided text (a large file without blank lines took 9 s of 26 there at 3 MB)
    small = _act_starts_asked(200, monkeypatch)
    assert _act_starts_asked(800, monkeypatch) <= 6 * small


def test_the_roll_call_table_head_takes_a_run_of_spaces_once() -> None:
    # a line of 10,000 tabs (spaces once cleaned) took 1.9 s of a 10 kB input: the two runs of
    # spaces before the head's word were tried split every way (bench/fuzz.py, seed 67); each
    # run is possessive now, so a line of spaces is read once
    pattern = votes._ROLL_TABLE_HEAD.pattern
    assert pattern.startswith(r"^[ ]*+\|?[ ]*+")
    assert votes._ROLL_TABLE_HEAD.search(" " * 20_000 + "x") is None


def test_a_beratungsfolge_role_is_sought_at_its_line_s_end_only() -> None:
    # a line of thousands of blanks under "Beratungsfolge" was searched for a role from every
    # blank (2.3 s for an 11 kB input, bench/fuzz.py seed 67); the role ends its line, and only
    # the line's last characters are searched now
    from ratsparse import history

    found = history.consultations(
        "Beratungsfolge:\nRat der Stadt" + " " * 20_000 + "Vorberatung\n01.02.2024\n"
    )
    assert [(c.body, c.role, c.date) for c in found] == [
        ("Rat der Stadt", "Vorberatung", "01.02.2024")
    ]
    assert history._ROLE_REACH < 50 and history._ROLE.pattern.endswith(")$")


class _CountedEdits(list):  # type: ignore[type-arg]
    """A scan's read-back words that count how often they are looked at."""

    looked = 0

    def __iter__(self) -> Any:
        for item in super().__iter__():
            _CountedEdits.looked += 1
            yield item

    def __getitem__(self, key: Any) -> Any:
        _CountedEdits.looked += 1
        return super().__getitem__(key)


def _scan_words_looked_at(words: int, monkeypatch: pytest.MonkeyPatch) -> int:
    from ratsparse import normalize

    found = normalize._ocr_slips
    monkeypatch.setattr(normalize, "_ocr_slips", lambda text: _CountedEdits(found(text)))
    _CountedEdits.looked = 0
    cleaned = normalize.clean("daß BeschluB " * words)
    assert cleaned.text == "dass Beschluss " * words
    return _CountedEdits.looked


def test_old_spellings_beside_a_scan_s_words_are_sorted_out_in_one_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # each old spelling's "ß" was checked against every word a scan's slips read back:
    # quadratic in a text of many of both (8,000 of each: 3.4 s)
    small = _scan_words_looked_at(200, monkeypatch)
    assert _scan_words_looked_at(800, monkeypatch) <= 6 * small


def test_the_paper_slots_take_a_run_of_blanks_once() -> None:
    # an agenda line with a long run of blanks before text that fits no slot: each run of blanks
    # in the slot patterns tried every split of it (2,400 bytes took 0.5 s, bench/fuzz.py seed
    # 68); every such run is possessive now, and the column's gap is found before the match
    from ratsparse import references

    for pattern in (
        references._AGENDA_SLOT,
        references._ROW_SLOT,
        references._LAST_CELL,
        references._RESULT_CELL,
    ):
        assert re.search(r"\[ \\t\]\*(?!\+)", pattern.pattern) is None, pattern.pattern
    for pattern in (references._COLUMN_SLOT, references._CONTINUED_SLOT):
        assert not pattern.pattern.endswith(r"(?:[ ]{3,}|\t+)")
    line = "1. / PL/4/1/2" + " " * 3000 + "Bericht\n"
    assert references._column_gap(line, 0, len(line) - 1) == -1
    assert references._column_gap("3  Fragestunde     ", 0, 19) == 14


def test_a_sentences_act_is_read_once_for_all_its_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    # each count of a long sentence asked for the whole sentence's act: quadratic (bench/fuzz.py,
    # seed 102)
    real = vocab.act_of
    calls: list[int] = []

    def counting(parts: list[str]) -> Any:
        calls.append(1)
        return real(parts)

    monkeypatch.setattr(vocab, "act_of", counting)
    unit = "bei {i} Gegenstimmen und {i} Enthaltungen, "
    counts = "".join(unit.format(i=i % 9 + 1) for i in range(80))
    parse_text(f"Beschluss:\nDer Gemeinderat stimmte der Satzung {counts}zu.\n")
    assert len(calls) <= 2


def test_a_count_line_s_groups_take_a_run_of_spaces_once() -> None:
    # a label's line of 40,000 blanks after it took 6 s (the runs before and after its colon
    # were tried split every way, and the names after the number ran lazily to a line's end):
    # every such run is possessive now, the names taken whole
    pattern = votes._COUNT_THEN_GROUPS.pattern
    assert r"[ ]*:?[ ]*[" not in pattern and "*?)" not in pattern
    line = "A" + " " * 40_000 + "x\n"
    assert votes._COUNT_THEN_GROUPS.search(line) is None
    assert votes._COUNT_THEN_GROUPS.search("Ja: 24 CDU" + " " * 40_000 + ":\n") is None


@pytest.mark.parametrize(
    "pattern",
    [
        # a vote's tally after a run of thousands of digits: each was a start of the count
        # (30 kB took 1.9 s, bench/fuzz.py seed 123)
        votes._VOTE_TAKEN,
        # a group's or a member's word before its stance, after a run of thousands of letters
        vocab._STANCE,
    ],
    ids=["vote-taken", "stance"],
)
def test_a_run_of_digits_or_letters_is_tried_once(pattern: re.Pattern[str]) -> None:
    for run in ("9" * 40_000, "a" * 40_000):
        assert pattern.search(run + " x") is None
    assert votes._VOTE_TAKEN.search("mit 12 zu 3 Stimmen") is not None
    assert vocab._STANCE.search("die spd-fraktion lehnt den antrag ab") is not None


def test_a_run_of_motion_formulas_finds_its_blank_lines_and_records_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # thousands of "… möge beschließen:" lines without a blank line: each formula searched the
    # rest of the text for the next blank line and record heading (12,000 lines took 22 s,
    # bench/fuzz.py seed 127)
    calls = {"finditer": 0, "search": 0}
    pattern = layout._RECORD_LINE

    class _Counting:
        def finditer(self, text: str) -> Any:
            calls["finditer"] += 1
            return pattern.finditer(text)

        def search(self, *args: Any) -> Any:
            calls["search"] += 1
            return pattern.search(*args)

    monkeypatch.setattr(layout, "_RECORD_LINE", _Counting())
    text = (
        "Antrag 0412/2030\n\n"
        + "Der Ortsbeirat möge beschließen:\n" * 2_000
        + "1. Die Bänke werden aufgestellt.\nProtokoll:\n"
    )
    spans = list(layout._proposals_in_prose(text))
    assert len(spans) == 2_000
    assert calls == {"finditer": 1, "search": 0}
    # (and what it finds is what it found: the record's heading ends the last formula's text)
    assert spans[-1][1] == text.rindex("Protokoll:") - 1


def test_a_run_of_long_labels_is_measured_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # thousands of lines that end with a colon: each line measured the run from it anew
    calls = 0
    runs = votes._long_label_runs

    def counting(lines: Any) -> list[int]:
        nonlocal calls
        calls += 1
        return runs(lines)

    monkeypatch.setattr(votes, "_long_label_runs", counting)
    parse_text("Beschluss:\n" + "Die Gemeinde möge beschließen:\n" * 2_000 + "Ja: 3, Nein: 1\n")
    assert 1 <= calls <= 5


def test_a_member_kinds_tally_takes_a_line_of_blanks_once() -> None:
    # a line of 10,000 blanks in a list of members took 1.4 s of an 11 kB input: the kind's
    # name and the blanks around it were tried split every way (bench/fuzz.py, seed 131); the
    # name opens on a letter and the blanks are taken whole now
    pattern = votes._KIND_TALLY.pattern
    assert pattern.startswith(r"^[ ]*+(?P<kind>[^\s:]")
    assert votes._KIND_TALLY.search(" " * 40_000 + "\n") is None
    found = votes._KIND_TALLY.search("Sachkundige Einwohner:  5/0/1\n")
    assert found is not None and found.group("kind") == "Sachkundige Einwohner"
