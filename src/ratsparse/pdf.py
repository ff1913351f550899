"""PDF minutes in: the text layer, page by page, without page furniture.

A PDF (its bytes open with ``%PDF-``) is read through its text layer, with PDFium
(``pypdfium2``, the optional extra ``ratsparse[pdf]``): the pages' texts joined by a line break
are the text as read, the one the record's spans point into, and ``source.pages`` holds the
offset where each page starts in it, so that every span can say its page (:func:`page_of`).

Page furniture is not read: a running head or foot (a line that stands at the top or the bottom
of most pages, its digits aside: ``Verhandlungsschrift GR 04.04.2022 Seite 3``) and a bare page
number there are blanked in the reading, though they stay in the text as read.

A PDF without a text layer (a scan) gives RP909 and no reading: an empty success would hide
that nothing was read. One that PDFium cannot open gives RP910; without the extra, RP908 says
how to install it. PDFium was chosen by measuring it against pypdf and pdfplumber on real
minutes (see ``bench/README.md``): the same text, in the same order, 18 and 60 times faster.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Final, Protocol

from ratsparse.records import Diagnostic, Resolution, Source
from ratsparse.rules import diagnostic

MAGIC: Final = b"%PDF-"

_EDGE: Final = 2
"""Lines at the top and at the bottom of a page where furniture may stand."""
_DIGITS: Final = re.compile(r"[0-9]+")
_PAGE_NUMBER: Final = re.compile(
    r"(?:[-–]\s*)?(?:Seite\s+)?[0-9]{1,4}(?:\s*(?:[-–]|von\s+[0-9]{1,4}|/\s*[0-9]{1,4}))?",
    re.IGNORECASE,
)
_MIN_TEXT: Final = 20
"""Fewer letters and digits than this per page on average: no text layer (a scan)."""


def is_pdf(data: bytes) -> bool:
    """Whether ``data`` is a PDF: ``%PDF-`` within its first kilobyte, as readers accept it."""
    return MAGIC in data[:1024]


class _Paged(Protocol):
    @property
    def pages(self) -> tuple[int, ...] | None: ...


class _Placed(Protocol):
    @property
    def start(self) -> int: ...


def page_of(source: _Paged, span: _Placed) -> int | None:
    """The page (from 1) where ``span`` starts, for a record read from a PDF (its ``source``);
    None for other inputs."""
    if not source.pages:
        return None
    return bisect_right(source.pages, span.start)


def _pages(data: bytes) -> list[str]:
    """The text layer of each page. Raises ``ImportError`` without pypdfium2 and
    ``ValueError`` for a file PDFium cannot open."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ValueError(str(exc)) from exc
    try:
        pages = []
        for index in range(len(document)):
            try:
                page = document[index]
                textpage = page.get_textpage()
            except pdfium.PdfiumError as exc:  # a page the file names but does not hold
                raise ValueError(f"page {index + 1}: {exc}") from exc
            try:
                pages.append(textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n"))
            finally:
                textpage.close()
                page.close()
        return pages
    finally:
        document.close()


def _furniture(pages: Sequence[str]) -> list[list[tuple[int, int]]]:
    """Per page, the stretches of its furniture lines (offsets within the page): among the
    first and the last :data:`_EDGE` lines of each page, a page number, or a line that stands in
    the same place (the same line from the top or from the bottom) on half the pages or more,
    its digits aside."""
    edges: list[list[tuple[tuple[int, str], int, int, str]]] = []
    seen: Counter[tuple[int, str]] = Counter()
    for text in pages:
        lines = [(m.group().strip(), m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        lines = [line for line in lines if line[0]]
        at_edges = []
        for place, (line, start, end) in enumerate(lines):
            from_end = place - len(lines)
            if place < _EDGE or from_end >= -_EDGE:
                where = place if place < _EDGE else from_end
                at_edges.append(((where, _DIGITS.sub("#", line)), start, end, line))
        edges.append(at_edges)
        seen.update({key for key, _, _, _ in at_edges})
    repeated = max(3, (len(pages) + 1) // 2)
    return [
        [
            (start, end)
            for key, start, end, line in at_edges
            if _PAGE_NUMBER.fullmatch(line) or seen[key] >= repeated
        ]
        if len(pages) > 1
        else []
        for at_edges in edges
    ]


Build = Callable[[str, Source, list[Diagnostic]], Resolution]
"""The pipeline that reads a text (the core's whole-text reading)."""


def read_pdf(data: bytes, source: Source, build: Build) -> tuple[Resolution, str | None]:
    """The record of a PDF and the text as read (None where there is none)."""
    source = source._replace(kind="pdf", encoding="pdf")
    try:
        pages = _pages(data)
    except ImportError:
        message = "reading PDF needs the extra: pip install 'ratsparse[pdf]'"
        return Resolution(source=source, diagnostics=(diagnostic("RP908", message),)), None
    except ValueError as exc:
        message = f"the PDF cannot be read: {exc}"
        return Resolution(source=source, diagnostics=(diagnostic("RP910", message),)), None
    text = "\n".join(pages)
    starts = [0]
    for page in pages[:-1]:
        starts.append(starts[-1] + len(page) + 1)
    source = source._replace(pages=tuple(starts))
    letters = sum(ch.isalnum() for ch in text)
    if not pages or letters < _MIN_TEXT * len(pages):
        message = (
            f"no text layer: {letters} letters on {len(pages)} page(s); a scan must be read by "
            "OCR first"
        )
        return Resolution(source=source, diagnostics=(diagnostic("RP909", message),)), text
    # furniture is blanked in the reading (spaces keep every offset where it is)
    reading = list(text)
    for start, stretches in zip(starts, _furniture(pages), strict=True):
        for a, b in stretches:
            reading[start + a : start + b] = " " * (b - a)
    return build("".join(reading), source, []), text
