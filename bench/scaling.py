"""Scaling benchmark: CPU seconds per MB of ``parse_text`` on hostile and normal inputs, by size.

Every input class of issue 11 ("Linear time, measured") has a generator that writes a text of
about the asked size; each is parsed once per size with :func:`ratsparse.parse_text` and timed
with ``time.process_time`` (the CPU of this process only, so the other jobs on a shared machine
disturb the figures less than wall time). The report gives CPU seconds per MB at each size and
the ratio of the time at the largest size to the time at the size a fifth of it (5 MB / 1 MB by
default): linear code gives about 5, quadratic code about 25.

Targets (issue 11): every class at most 5.5x from 1 MB to 5 MB, and at most 5 s CPU per MB.
``normal`` (the corpus texts of ``../shared/corpus/real`` and ``wild`` joined, skipped when that
folder is absent) is the yardstick for ordinary text, which must not get slower.

This is a report, not a gate: it exits 0 whatever the figures say (2 on usage errors).

    .venv/bin/python bench/scaling.py                          # 10k, 100k, 1M, 5M: long
    .venv/bin/python bench/scaling.py --max-size 100k          # a quick look
    .venv/bin/python bench/scaling.py --classes header-blanks,normal --sizes 1M,5M
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from cold_start import machine, versions

REPO: Final = Path(__file__).resolve().parents[1]
CORPUS: Final = REPO.parent / "shared" / "corpus"
SIZES: Final = ("10k", "100k", "1M", "5M")
UNITS: Final = {"k": 1000, "M": 1000**2}
MB: Final = 1000**2


def _fill(head: str, unit: str, size: int, tail: str = "") -> str:
    """``head``, then ``unit`` repeated until the text holds about ``size`` characters, then
    ``tail``."""
    room = max(size - len(head) - len(tail), len(unit))
    return head + unit * (room // len(unit) or 1) + tail


def header_blanks(size: int) -> str:
    """A header field whose value is interrupted by a long run of spaces and tabs."""
    return _fill("Sitzung: Rat", " \t", size, "Rathaus\nBeschluss: beschlossen\n")


def references_run(size: int) -> str:
    """Distinct paper references one after another in one sentence, with no full stop between
    them, in a text that speaks of replacing and amending."""
    head = "Beschluss: beschlossen\nDer Rat beschließt, die geänderten und ersetzten Vorlagen "
    count = max(size // 22, 1)
    return head + "".join(f"AN/{i % 999_999 + 1:06d}/2022, " for i in range(count)) + "\n"


def no_blank_lines(size: int) -> str:
    """A large text without a blank line: a resolution with references, over and over."""
    unit = (
        "Beschluss: ungeändert beschlossen\n"
        "Vorlage: AN/0131/2022\n"
        "Der Ursprungsantrag AN/1311/2021 sowie Änderungsantrag AN/2108/2021 werden ersetzt.\n"
        "1. Die Verwaltung wird beauftragt, einen Masterplan zu erarbeiten.\n"
        "Abstimmungsergebnis: einstimmig zugestimmt\n"
    )
    return _fill("", unit, size)


def parentheses(size: int) -> str:
    """Long runs of opening and closing parentheses in a vote line and in prose."""
    unit = "Ja: 3 " + "(" * 400 + ")" * 400 + "\n" + "Text " + "(" * 200 + "\n"
    return _fill("Beschluss: beschlossen\n", unit, size)


def vote_open_parens(size: int) -> str:
    """``Ja: 3 (`` followed by a single run of ``(``."""
    return _fill("Beschluss: beschlossen\nJa: 3 (", "(", size, "\n")


def nested_tags(size: int) -> str:
    """HTML-like tags nested deeply around a resolution."""
    half = max(size // 2 - 40, 1)
    opening = _fill("", "<div>", half)
    closing = _fill("", "</div>", half)
    return opening + "Beschluss: beschlossen\nJa: 3, Nein: 1\n" + closing


def cr_only(size: int) -> str:
    """Resolutions whose lines end in CR alone (old Mac style)."""
    seed = (REPO / "samples" / "nachtrag-koeln-2022-01-17.txt").read_text(encoding="utf-8")
    return _fill("", seed.replace("\n", "\r") + "\r\r", size)


def member_lists(size: int) -> str:
    """A vote whose yes, no and abstain lines list very many factions and members."""
    names = ("CDU", "SPD", "GRÜNE", "FDP", "DIE LINKE", "AfD", "Herr Lutz", "Frau Meier")
    third = max(size // 3, 1)

    def listing(label: str) -> str:
        items = ", ".join(f"{i % 7 + 1} {names[i % len(names)]}" for i in range(third // 8))
        return f"{label}: {third // 8} ({items})\n"

    return "Beschluss: mehrheitlich beschlossen\n" + "".join(
        listing(label) for label in ("dafür", "dagegen", "Enth.")
    )


def long_words(size: int) -> str:
    """Vote lines whose group lists are one long word, a name of many short sentences each
    followed by a parenthesis, and a long run of spaces (bench/fuzz.py found the reading of
    group names quadratic in each)."""
    third = max(size // 3, 1)
    return (
        "Beschluss: beschlossen\n"
        f"Ja: 3 ({'a' * third})\n"
        f"Nein: 2 ({'F. (' * (third // 4)})\n"
        f"Enthaltungen: 1 ({' ' * third}x)\n"
    )


def vote_lines(size: int) -> str:
    """Vote results one a line with no full stop and no blank line: one paragraph, read as one
    sentence of as many votes as lines (bench/fuzz.py found it quadratic)."""
    line = "Die Vorlage wurde mit 9 Ja-Stimmen 1 Nein-Stimmen und 1 Enthaltungen beschlossen\n"
    return _fill("", line, size)


def flattened_tables(size: int) -> str:
    """SD.NET RIM count tables run into glued digits, one a line, with digits that many
    splits fit (single-digit rows) and totals with and without their label."""
    rows = "".join(f"G{d}" for d in "123456789123")
    return _fill("", f"JaNeinEnthaltung{rows}Gesamt3030\nJaNeinEnthaltung{rows}1234567\n", size)


def capitals_line(size: int) -> str:
    """A line of capitals without a break that ends in a small letter, then a dated title: the
    head's lines in capitals were found by a pattern that backtracked over the line (cubic in
    the 3,000 characters of the head)."""
    head = "A" * min(size, 2_900) + "a\nSitzung des Rates am 12.03.2025\n"
    return _fill(head, "Der Rat beschließt die Satzung.\n", size)


def _corpus_texts() -> list[str]:
    texts = []
    for folder in ("real", "wild"):
        for path in sorted((CORPUS / folder).glob("*.txt")):
            texts.append(path.read_bytes().decode("utf-8", "replace"))
    return texts


def normal(size: int) -> str:
    """The corpus texts joined by blank lines (and repeated) up to ``size``."""
    texts = _corpus_texts()
    joined = "\n\n".join(texts) + "\n\n"
    return (joined * (size // len(joined) + 1))[:size]


GENERATORS: Final[dict[str, Callable[[int], str]]] = {
    "normal": normal,
    "header-blanks": header_blanks,
    "references-run": references_run,
    "no-blank-lines": no_blank_lines,
    "parentheses": parentheses,
    "vote-open-parens": vote_open_parens,
    "nested-tags": nested_tags,
    "cr-only": cr_only,
    "member-lists": member_lists,
    "long-words": long_words,
    "vote-lines": vote_lines,
    "flattened-tables": flattened_tables,
    "capitals-line": capitals_line,
}


def parse_size(word: str) -> int:
    """``"100k"`` → 100,000; ``"5M"`` → 5,000,000; plain numbers as they are."""
    word = word.strip()
    if word and word[-1] in UNITS:
        return int(float(word[:-1]) * UNITS[word[-1]])
    return int(word)


def cpu_seconds(text: str, repeat: int = 1) -> float:
    """CPU seconds of a ``parse_text`` of ``text``: the least of ``repeat`` runs (on a shared
    machine the least disturbed one is the closest to the parse's own cost)."""
    from ratsparse import parse_text

    best = float("inf")
    for _ in range(max(repeat, 1)):
        start = time.process_time()
        parse_text(text)
        best = min(best, time.process_time() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="CPU seconds per MB of ratsparse.parse_text on each input class of issue "
        "11 at growing sizes, and the ratio of the two largest sizes. Always exits 0.",
    )
    ap.add_argument(
        "--sizes",
        default=",".join(SIZES),
        help=f"comma-separated sizes in characters, k or M suffix (default {','.join(SIZES)})",
    )
    ap.add_argument("--max-size", help="drop the sizes above this one (e.g. 100k for a quick run)")
    ap.add_argument(
        "--classes",
        help=f"comma-separated input classes (default all: {', '.join(GENERATORS)})",
    )
    ap.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="parse each text this many times and keep the least CPU time (default 1; 3 for "
        "figures to quote on a shared machine)",
    )
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args(argv)
    try:
        sizes = sorted({parse_size(w) for w in args.sizes.split(",") if w.strip()})
        if args.max_size:
            sizes = [s for s in sizes if s <= parse_size(args.max_size)]
    except ValueError:
        ap.error("sizes are numbers with an optional k or M suffix, e.g. 100k,1M")
    if not sizes or sizes[0] < 1:
        ap.error("no sizes left to run")
    names = list(GENERATORS)
    if args.classes:
        names = [n.strip() for n in args.classes.split(",") if n.strip()]
        unknown = [n for n in names if n not in GENERATORS]
        if unknown:
            ap.error(f"unknown class: {', '.join(unknown)} (known: {', '.join(GENERATORS)})")
    skipped = []
    if "normal" in names and not _corpus_texts():
        names.remove("normal")
        skipped.append(f"normal: no corpus texts in {CORPUS}")

    from ratsparse import parse_text

    # Warm: the tables loaded, and the lexers Lark builds lazily, one per parser state, built
    # by reading every sample once (a one-time cost that cold_start.py measures; here it would
    # land on the first size measured)
    parse_text("Beschluss: beschlossen\nJa: 3, Nein: 1\n")
    from ratsparse import parse_bytes

    for sample in sorted((REPO / "samples").glob("*.txt")):
        parse_bytes(sample.read_bytes())  # (some samples are not UTF-8)

    seconds: dict[str, dict[int, float]] = {}
    per_mb: dict[str, dict[int, float]] = {}  # over the text's real length
    for name in names:
        seconds[name], per_mb[name] = {}, {}
        for size in sizes:
            text = GENERATORS[name](size)
            seconds[name][size] = cpu_seconds(text, args.repeat)
            per_mb[name][size] = seconds[name][size] / (len(text) / MB)
            if not args.json:
                print(
                    f"  {name:<17} {size:>9,} chars  {seconds[name][size]:8.2f} s CPU"
                    f"  {per_mb[name][size]:7.2f} s/MB",
                    file=sys.stderr,
                    flush=True,
                )

    top = sizes[-1]
    fifth = top // 5
    ratio: dict[str, float | None] = {
        name: (round(s[top] / s[fifth], 2) if fifth in s and s[fifth] > 0 else None)
        for name, s in seconds.items()
    }
    report: dict[str, Any] = {
        "benchmark": "scaling",
        "machine": machine(),
        "versions": versions(),
        "sizes": sizes,
        "repeat": args.repeat,
        "cpu_seconds": {n: {str(k): round(v, 4) for k, v in s.items()} for n, s in seconds.items()},
        "seconds_per_mb": {
            n: {str(k): round(v, 3) for k, v in s.items()} for n, s in per_mb.items()
        },
        "ratio_top_to_fifth": ratio,
        "skipped": skipped,
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    m = report["machine"]
    print(
        "ratsparse scaling (parse_text, CPU seconds per MB, one process"
        + (f", least of {args.repeat} runs)" if args.repeat > 1 else ")")
    )
    print(f"  machine   {m['cpu']}, {m['cores']} cores, load {m['load_average']}")
    print(f"  python    {m['implementation']} {m['python']}\n")
    heads = "".join(f"{_label(s):>9}" for s in sizes)
    ratio_head = f"{_label(top)}/{_label(fifth)}" if fifth in sizes else ""
    print(f"  {'class':<17}{heads}  {ratio_head:>9}   (s/MB)")
    for name in seconds:
        cells = "".join(f"{per_mb[name][size]:9.2f}" for size in sizes)
        r = ratio[name]
        verdict = ""
        if r is not None:
            slow = max((v for k, v in per_mb[name].items() if k >= MB), default=0.0)
            verdict = "PASS" if r <= 5.5 and slow <= 5.0 else "MISS"
        print(f"  {name:<17}{cells}  {'' if r is None else f'{r:8.2f}x'}   {verdict}")
    for note in skipped:
        print(f"  skipped   {note}")
    return 0


def _label(size: int) -> str:
    if size % MB == 0:
        return f"{size // MB}M"
    if size % 1000 == 0:
        return f"{size // 1000}k"
    return str(size)


if __name__ == "__main__":
    sys.exit(main())
