"""Score ratsparse against the gold lines: the real corpus, and the wild gold of this folder.

    python tests/corpus/score.py              # the real corpus (its gold and ours), the wild
                                              # lines not held back
    python tests/corpus/score.py --holdout    # and the 50 held-back wild lines (HOLDOUT.md)
    python tests/corpus/score.py --cmd "/tmp/base/.venv/bin/ratsparse --json"  # another build

It runs the workplace's scorer (``../shared/tools/score_corpus.py``) once per set and prints each
set's last line (``score: …``); ``-v`` prints the scorer's whole report instead.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared"
SCORER = SHARED / "tools" / "score_corpus.py"
WILD = SHARED / "corpus" / "wild"
REAL = SHARED / "corpus" / "real"
REST = HERE / "real-rest-gold.jsonl"
"""Our gold for the real texts that ``../shared/corpus/gold.jsonl`` leaves without (CONVENTIONS.md,
"The rest of the real corpus")."""


def held_back() -> set[str]:
    """The held-back file names, as HOLDOUT.md lists them (one per line, in backticks)."""
    names = set()
    for line in (HERE / "HOLDOUT.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("- `") and line.endswith("`"):
            names.add(line[3:-1])
    return names


def _run(args: list[str], verbose: bool) -> str:
    proc = subprocess.run(
        [sys.executable, str(SCORER), *args], capture_output=True, text=True, check=False
    )
    out = proc.stdout.strip()
    return out if verbose else (out.splitlines() or ["(no output)"])[-1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--holdout", action="store_true", help="also score the held-back lines")
    ap.add_argument("--cmd", default="ratsparse --json", help="the command the scorer runs")
    ap.add_argument("-v", "--verbose", action="store_true", help="the scorer's whole report")
    args = ap.parse_args()
    hold = held_back()
    lines = [
        json.loads(line)
        for line in (HERE / "wild-gold.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    flag = ["-v"] if args.verbose else []
    print("real corpus:", _run(["--cmd", args.cmd, *flag], args.verbose))
    rest = ["--gold", str(REST), "--texts", str(REAL), "--cmd", args.cmd, *flag]
    print("real corpus, the rest (our gold):", _run(rest, args.verbose))
    sets = [("wild, not held back", [g for g in lines if g["file"] not in hold])]
    if args.holdout:
        sets.append(("wild, held back", [g for g in lines if g["file"] in hold]))
    with tempfile.TemporaryDirectory() as tmp:
        for name, subset in sets:
            gold = Path(tmp) / "gold.jsonl"
            gold.write_text(
                "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in subset), "utf-8"
            )
            report = _run(
                ["--gold", str(gold), "--texts", str(WILD), "--cmd", args.cmd, *flag],
                args.verbose,
            )
            print(f"{name} ({len(subset)}):", report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
