"""The vote reader's recovery: where a vote text stumbles, the compiled parser goes on from the
stumble, and it must read exactly what Lark's own classes read when they recover from the start
(the way every stumbling text was read before)."""

from __future__ import annotations

import random

import pytest

from ratsparse import parse_bytes, votes
from ratsparse.parser import tables, vote
from tests.conftest import CORPUS, SAMPLES


class _Refused:
    def parse(self, *args: object, **kwargs: object) -> object:
        raise RuntimeError("the compiled parser, refused for the comparison")


def _vote_texts() -> list[str]:
    """The vote texts the reader parses in the samples and the corpus texts."""
    seen: list[str] = []
    real = votes.parse_vote  # type: ignore[attr-defined]

    def spy(text: str) -> vote.VoteParse:
        seen.append(text)
        return real(text)

    votes.parse_vote = spy  # type: ignore[attr-defined]
    try:
        folders = [SAMPLES, CORPUS / "real", CORPUS / "wild"]
        for path in sorted(p for f in folders if f.is_dir() for p in f.glob("*.txt")):
            parse_bytes(path.read_bytes())
    finally:
        votes.parse_vote = real  # type: ignore[attr-defined]
    return sorted(set(seen))


def _stumbling(texts: list[str]) -> list[str]:
    """Each text with a stray mark or two put in, cut short, or a line repeated (seeded)."""
    rng = random.Random(11)
    out = []
    for text in texts:
        for _ in range(3):
            at = rng.randrange(len(text) + 1)
            choice = rng.randrange(4)
            if choice == 0:
                mark = rng.choice([")", "))", " ) ", "(", ":", "§", ";;"])
                out.append(text[:at] + mark + text[at:])
            elif choice == 1:
                out.append(text[:at])
            elif choice == 2:
                out.append(text[:at] + " ) Nein: 2 ) " + text[at:])
            else:
                out.append(text + "\n" + text[:at])
    return out


def test_the_compiled_recovery_reads_what_larks_own_classes_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _vote_texts()
    texts += _stumbling(texts)
    texts += ["Ja: 3 " + ")" * 40 + ", Nein: 2", "Ja: 3 (", "Ja: 12, Nein: 3, )", ") Ja: 1"]
    read = vote.parse_vote.__wrapped__  # type: ignore[attr-defined]  # not the cache
    now = [read(t) for t in texts]

    def lark_only(name: str, *, compiled: bool = True) -> object:
        return tables.reader(name, compiled=False) if not compiled else _Refused()

    monkeypatch.setattr(vote, "reader", lark_only)
    before = [read(t) for t in texts]
    differ = [t for t, a, b in zip(texts, now, before, strict=True) if a.items != b.items]
    assert differ == []
    # the skipped stretches as the findings join them
    runs = [
        (votes._runs(a.skipped, t), votes._runs(b.skipped, t))
        for t, a, b in zip(texts, now, before, strict=True)
    ]
    assert [x for x, y in runs if x != y] == []
    stumbled = sum(1 for b in before if b.skipped)
    assert stumbled > 100  # the comparison covers many recoveries


def _read_counting(text: str) -> tuple[vote.VoteParse, list[bool]]:
    """``text`` read (not from the cache), and which readers were asked for: compiled or not."""
    calls: list[bool] = []
    real = tables.reader

    def counting(name: str, *, compiled: bool = True) -> object:
        calls.append(compiled)
        return real(name, compiled=compiled)

    with pytest.MonkeyPatch.context() as m:
        m.setattr(vote, "reader", counting)
        parsed = vote.parse_vote.__wrapped__(text)  # type: ignore[attr-defined]
    return parsed, calls


def test_a_long_vote_text_that_stumbles_is_not_read_twice_in_python() -> None:
    # bench/fuzz.py: 100 kB of count lines ending inside a list took a second, read once by the
    # compiled parser and again in pure Python; the end of the text admits no recovery
    line = "dafür: 10 (4 SPD, 3 CDU, 2 GRÜNE, 1 FDP)\n"
    parsed, calls = _read_counting(line * 200 + "dafür: 10 (4 SPD, 3")
    assert False not in calls  # Lark's own classes never asked
    assert parsed.skipped


def test_a_stumble_in_a_long_vote_text_is_gone_on_from() -> None:
    text = "Ja: 3, Nein: 1\n" * 300 + "Ja: 3 ) Nein: 1\n" + "Ja: 3, Nein: 1\n" * 300
    parsed, calls = _read_counting(text)
    assert calls == [True]  # one compiled parse, gone on with after the stray ")"
    assert [p.text for p in parsed.skipped] == [")"]
    assert sum(1 for i in parsed.items if i.kind == "count") == 1202
