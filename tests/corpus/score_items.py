"""Score ratsparse's agenda items against ``items-gold.jsonl`` (the items of 41 minutes and
multi-item texts of the wild corpus, annotated blind; see CONVENTIONS.md).

    python tests/corpus/score_items.py                       # ratsparse on the PATH
    python tests/corpus/score_items.py --cmd ".venv/bin/ratsparse --json" -v

For each text it runs ``CMD FILE`` and reads ``items`` (a text read as one item when it has
none). Figures:

- item count: texts whose number of items is the gold's;
- decisions: texts whose items with a result give the gold's outcomes, in order (what the
  agreement rule of the whole text is computed from);
- item fields: ``outcome``, ``yes``, ``no``, ``abstain``, ``unanimous`` of each gold item,
  matched to the read item of the same number (else the same position), scored as the corpus
  scorer does (where either side has a value).

The last line is ``score: …% of N item fields (texts: count right a/b, decisions right c/b)``.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
WILD = HERE.parents[2] / "shared" / "corpus" / "wild"
FIELDS = ("outcome", "yes", "no", "abstain", "unanimous")


def _read(cmd: list[str], path: Path) -> list[dict[str, Any]]:
    proc = subprocess.run([*cmd, str(path)], capture_output=True, text=True, check=False)
    doc = json.loads(proc.stdout)
    items = doc.get("items") or []
    if not items:
        items = [{"number": None, "outcome": doc.get("outcome"), "votes": doc.get("votes", [])}]
    out = []
    for item in items:
        votes = item.get("votes") or []
        vote = next((v for v in votes if v.get("decisive")), votes[-1] if votes else {})
        counts = vote.get("counts") or {}
        out.append(
            {
                "number": item.get("number"),
                "outcome": item.get("outcome"),
                "unanimous": vote.get("unanimous"),
                "yes": counts.get("yes"),
                "no": counts.get("no"),
                "abstain": counts.get("abstain"),
            }
        )
    return out


def _key(number: str | None) -> str:
    return "".join(ch for ch in (number or "") if ch.isalnum()).lstrip("0").upper()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--cmd", default="ratsparse --json", help="the command to run per file")
    ap.add_argument("--texts", type=Path, default=WILD, help="the folder of the texts")
    ap.add_argument("-v", "--verbose", action="store_true", help="every miss")
    args = ap.parse_args()
    cmd = shlex.split(args.cmd)
    right = scored = counted = decided = texts = 0
    gold_file = HERE / "items-gold.jsonl"
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        got = _read(cmd, args.texts / gold["file"])
        want = gold["items"] or [{"number": None, **dict.fromkeys(FIELDS)}]
        texts += 1
        counted += len(got) == len(want)
        g_dec = [i["outcome"] for i in want if i["outcome"] is not None]
        p_dec = [i["outcome"] for i in got if i["outcome"] is not None]
        decided += g_dec == p_dec
        by_number = {_key(i["number"]): i for i in got if i["number"]}
        for pos, item in enumerate(want):
            match = by_number.get(_key(item["number"])) if item["number"] else None
            if match is None:
                match = got[pos] if pos < len(got) else dict.fromkeys(FIELDS)
            for field in FIELDS:
                if item[field] is None and match[field] is None:
                    continue
                scored += 1
                ok = item[field] == match[field]
                right += ok
                if not ok and args.verbose:
                    print(
                        f"  {gold['file']} {item['number']}: {field}: gold "
                        f"{item[field]!r} got {match[field]!r}"
                    )
        if args.verbose and (len(got) != len(want) or g_dec != p_dec):
            print(
                f"  {gold['file']}: items {len(got)} (gold {len(want)}), decisions {p_dec} "
                f"(gold {g_dec})"
            )
    share = 100 * right / scored if scored else 0.0
    print(
        f"score: {share:.1f}% of {scored} item fields "
        f"(texts: count right {counted}/{texts}, decisions right {decided}/{texts})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
