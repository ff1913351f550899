"""Score ratsparse on the vote strings of real OParl agenda items (``oparl-results-gold.jsonl``).

    python tests/corpus/score_oparl_results.py                 # ratsparse on PATH
    python tests/corpus/score_oparl_results.py --cmd "$PWD/.venv/bin/ratsparse --json" -v

OParl keeps an agenda item's result as one free string (``agendaItem.result``: ``11 Ja-Stimmen,
0 Enthaltungen, 1 Nein-Stimme``, ``einstimmig, 1 Enthaltung CDU``). Each gold line holds one such
string, as found in ``../shared/inputs/oparl``, and its outcome and counts annotated by hand. This
script writes each string to a file of its own and runs the workplace's scorer
(``../shared/tools/score_corpus.py``) over them; the last line printed is the scorer's
``score: …`` line. By default (``--as oparl``) each file is an OParl AgendaItem holding the
string as its ``result``, as a user's OParl page gives it, so the figure is the one ``ratsparse
FILE --json`` gives for such an item; ``--as text`` writes the string alone as a text.
Fields the strings never hold (meeting date, papers, clauses) are scored as empty; factions
as the gold names them (a string that names a group with its count, ``1 Enthaltung CDU``), else
empty.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = HERE.parents[2] / "shared" / "tools" / "score_corpus.py"
GOLD = HERE / "oparl-results-gold.jsonl"
AGENDA_ITEM = "https://schema.oparl.org/1.0/AgendaItem"
SCORED = ("outcome", "unanimous", "yes", "no", "abstain")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--cmd", default="ratsparse --json", help="the command the scorer runs")
    ap.add_argument("-v", "--verbose", action="store_true", help="the scorer's whole report")
    ap.add_argument(
        "--as",
        dest="kind",
        choices=("oparl", "text"),
        default="oparl",
        help="write each string as an OParl AgendaItem (default) or as a text of its own",
    )
    args = ap.parse_args()
    if not SCORER.is_file():
        print(f"the scorer is not here: {SCORER}", file=sys.stderr)
        return 2
    lines = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        gold = []
        for number, line in enumerate(lines, 1):
            name = f"result-{number:03d}.txt"
            body = line["result"] + "\n"
            if args.kind == "oparl":
                item = {"id": line["id"], "type": AGENDA_ITEM, "result": line["result"]}
                body = json.dumps(item, ensure_ascii=False, indent=1) + "\n"
            (Path(tmp) / name).write_text(body, encoding="utf-8")
            entry = {field: line[field] for field in SCORED}
            entry.update(
                file=name,
                meeting_date=None,
                paper_refs=[],
                factions_yes=line.get("factions_yes", []),
                factions_no=line.get("factions_no", []),
                factions_abstain=line.get("factions_abstain", []),
                clause_count=0,
            )
            gold.append(json.dumps(entry, ensure_ascii=False))
        gold_file = Path(tmp) / "gold.jsonl"
        gold_file.write_text("\n".join(gold) + "\n", encoding="utf-8")
        flags = ["-v"] if args.verbose else []
        proc = subprocess.run(
            [
                sys.executable,
                str(SCORER),
                "--gold",
                str(gold_file),
                "--texts",
                tmp,
                "--cmd",
                args.cmd,
                *flags,
            ],
            capture_output=True,
            text=True,
            check=False,
        )
    out = proc.stdout.strip()
    print(out if args.verbose else (out.splitlines() or ["(no output)"])[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
