"""Which HTML library the page reader uses: each candidate's speed on the real RIS pages, and
whether it can say where in the page a piece of text stands (the spans need that).

    python3 -m venv /tmp/htmlbench && /tmp/htmlbench/bin/pip install selectolax lxml html5lib
    PYTHONPATH=src /tmp/htmlbench/bin/python bench/html_libraries.py ../shared/inputs/html

Each library turns every page into its text (scripts and styles dropped), ``--rounds`` times;
the report gives pages/s (best round) and, per library, whether text nodes carry positions. A
library that is not installed is skipped. Like every bench, it exits 0 (2 on usage errors).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from cold_start import machine


def _stdlib() -> Callable[[str], str]:
    from ratsparse.htmlpage import page_text

    return lambda page: page_text(page).text


def _selectolax() -> Callable[[str], str]:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser  # type: ignore[import-untyped,import-not-found,unused-ignore]

    def text(page: str) -> str:
        tree = HTMLParser(page)
        for node in tree.css("script, style, head"):
            node.decompose()
        return tree.body.text(separator="\n") if tree.body else ""

    return text


def _lxml() -> Callable[[str], str]:
    import lxml.html  # type: ignore[import-untyped,import-not-found,unused-ignore]

    def text(page: str) -> str:
        tree = lxml.html.document_fromstring(page.encode("utf-8"))
        for node in tree.xpath("//script|//style|//head"):
            node.drop_tree()
        return str(tree.text_content())

    return text


def _html5lib() -> Callable[[str], str]:
    import html5lib  # type: ignore[import-untyped,import-not-found,unused-ignore]

    def text(page: str) -> str:
        tree = html5lib.parse(page, namespaceHTMLElements=False)
        return "".join(tree.itertext())

    return text


CANDIDATES = {
    "html.parser (stdlib, ratsparse's page reader)": (
        _stdlib,
        "yes: line and column of every text node",
    ),
    "selectolax (lexbor)": (_selectolax, "no"),
    "lxml": (_lxml, "line of an element only (sourceline)"),
    "html5lib": (_html5lib, "no"),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("folder", type=Path, help="a folder of *.html pages (searched recursively)")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    pages = []
    for path in sorted(args.folder.rglob("*.html")):
        data = path.read_bytes()
        try:
            pages.append(data.decode("utf-8"))
        except UnicodeDecodeError:
            pages.append(data.decode("cp1252"))
    if not pages:
        print(f"no *.html under {args.folder}", file=sys.stderr)
        return 2
    m = machine()
    size = sum(len(p) for p in pages)
    print(
        f"{len(pages)} pages, {size / 1e3:.0f} k characters; {m['cpu']}, {m['cores']} cores, "
        f"load {m['load_average']}, Python {m['python']}"
    )
    for name, (make, positions) in CANDIDATES.items():
        try:
            extract = make()
        except ImportError:
            print(f"  {name:<48} not installed")
            continue
        best = float("inf")
        for _ in range(args.rounds):
            start = time.process_time()
            for page in pages:
                extract(page)
            best = min(best, time.process_time() - start)
        print(f"  {name:<48} {len(pages) / best:8.0f} pages/s   positions: {positions}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
