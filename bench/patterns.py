"""Every module-level regular expression of ratsparse, tried on long runs of one unit.

A pattern that re-reads a run from every position of it (``\\s*\\|`` on a run of spaces,
``(\\w+):`` on a long word) is quadratic when it is searched over a whole text. This lists each
pattern whose ``search`` or ``match`` takes longer than ``--slow`` seconds on a run of ``--size``
characters of any unit (spaces, letters, digits, parentheses, ``A. ``, ``CDU, ``, …), with the
unit. A listed pattern is a problem only where the code searches a long text with it: one that is
only matched at a fixed start, or within a bounded window, is safe (the report cannot tell).

Always exits 0 (2 on usage errors).

    .venv/bin/python bench/patterns.py
    .venv/bin/python bench/patterns.py --size 20000 --slow 0.05
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import signal
import sys
import time
from collections.abc import Iterator, Sequence
from types import FrameType, ModuleType
from typing import Final

UNITS: Final = (
    *("a", "A", "ä", "1", " ", "\t", "\n", "(", ")", "|", "-", "–", "/", "„", '"'),
    *("a.", "A. ", "1.", "1. ", "a ", "Aa ", "a-", "a:", ": ", "a\n", " \n", "\n\n", "1/"),
    *("CDU, ", "Herr ", "Ja: 1 ", "12.03.2024 ", "Beschluss ", ". ", "a, "),
)


class _OvertimeError(Exception):
    pass


def _stop(_signum: int, _frame: FrameType | None) -> None:
    raise _OvertimeError


def modules() -> Iterator[ModuleType]:
    """ratsparse's modules, the command line's left out (it imports Typer and Rich)."""
    import ratsparse

    for info in pkgutil.walk_packages(ratsparse.__path__, "ratsparse."):
        if not info.name.startswith(("ratsparse.cli", "ratsparse.__main__")):
            yield importlib.import_module(info.name)


def slowest(pattern: re.Pattern[str], size: int, cap: float) -> tuple[float, str, str]:
    """The slowest of ``search`` and ``match`` over runs of every unit: seconds, unit, method
    (a run stops after ``cap`` seconds)."""
    worst = (0.0, "", "")
    for unit in UNITS:
        text = unit * (size // len(unit))
        for method in ("search", "match"):
            signal.setitimer(signal.ITIMER_REAL, cap)
            start = time.perf_counter()
            try:
                getattr(pattern, method)(text)
            except _OvertimeError:
                pass
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            took = time.perf_counter() - start
            if took > worst[0]:
                worst = (took, unit, method)
    return worst


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--size", type=int, default=6000, help="characters of a run (default 6000)")
    ap.add_argument("--slow", type=float, default=0.02, help="seconds to report (default 0.02)")
    ap.add_argument("--cap", type=float, default=2.0, help="seconds a run may take (default 2)")
    args = ap.parse_args(argv)
    if args.size < 1 or args.slow <= 0 or args.cap <= 0:
        ap.error("--size, --slow and --cap must be positive")
    signal.signal(signal.SIGALRM, _stop)
    seen: set[int] = set()
    found = []
    for module in modules():
        for name, value in vars(module).items():
            if (
                isinstance(value, re.Pattern)
                and isinstance(value.pattern, str)  # (bytes patterns read bytes, not texts)
                and id(value) not in seen
            ):
                seen.add(id(value))
                took, unit, method = slowest(value, args.size, args.cap)
                if took > args.slow:
                    found.append((took, f"{module.__name__}.{name}", unit, method))
    for took, where, unit, method in sorted(found, reverse=True):
        print(f"{took:7.3f} s  {where}  .{method}() on {unit!r} × {args.size // len(unit)}")
    print(f"{len(seen)} patterns tried, {len(found)} over {args.slow} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
