"""Which PDF library reads minutes: each candidate's text layer of every PDF in a folder, its
speed in pages/s and the characters it gives.

    python3 -m venv /tmp/pdfbench && /tmp/pdfbench/bin/pip install pypdfium2 pypdf pdfplumber
    /tmp/pdfbench/bin/python bench/pdf_libraries.py ../shared/inputs/pdf

A library that is not installed is skipped. Like every bench, it exits 0 (2 on usage errors).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from cold_start import machine


def _pdfium(path: Path) -> list[str]:
    import pypdfium2 as pdfium  # type: ignore[import-untyped,import-not-found,unused-ignore]

    document = pdfium.PdfDocument(str(path))
    pages = []
    for page in document:
        textpage = page.get_textpage()
        pages.append(str(textpage.get_text_range()))
        textpage.close()
        page.close()
    document.close()
    return pages


def _pypdf(path: Path) -> list[str]:
    import pypdf  # type: ignore[import-untyped,import-not-found,unused-ignore]

    return [page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages]


def _pdfplumber(path: Path) -> list[str]:
    import pdfplumber  # type: ignore[import-untyped,import-not-found,unused-ignore]

    with pdfplumber.open(str(path)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


CANDIDATES: dict[str, tuple[Callable[[Path], list[str]], str]] = {
    "pypdfium2 (PDFium), ratsparse's reader": (_pdfium, "Apache-2.0 / BSD-3-Clause"),
    "pypdf": (_pypdf, "BSD-3-Clause"),
    "pdfplumber (pdfminer.six)": (_pdfplumber, "MIT"),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("folder", type=Path, help="a folder of *.pdf files (searched recursively)")
    args = ap.parse_args(argv)
    files = sorted(args.folder.rglob("*.pdf"))
    if not files:
        print(f"no *.pdf under {args.folder}", file=sys.stderr)
        return 2
    m = machine()
    print(
        f"{len(files)} PDFs; {m['cpu']}, {m['cores']} cores, load {m['load_average']}, "
        f"Python {m['python']}"
    )
    for name, (read, licence) in CANDIDATES.items():
        try:
            start = time.process_time()
            pages = [page for path in files for page in read(path)]
            seconds = time.process_time() - start
        except ImportError:
            print(f"  {name:<40} not installed")
            continue
        chars = sum(len(p) for p in pages)
        print(f"  {name:<40} {len(pages) / seconds:6.0f} pages/s  {chars:>8} characters  {licence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
