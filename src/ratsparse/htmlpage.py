"""RIS HTML pages in: the page's text, laid out as the text rules read it, with every character
mapped back to the page.

A page saved from a Ratsinformationssystem (ALLRIS ``to020``/``vo020``, SessionNet ``to0050``,
München's RIS …) is read as the text a reader sees: scripts, styles and the ``head`` are
dropped; block elements (``p``, ``div``, ``br``, ``li``, headings) end a line; a table row is a
line whose cells stand side by side, a label cell (``Beschlussart:``) before its value as the
field ``Beschlussart: zur Kenntnis genommen``, other cells parted by `` | `` as in a pipe table;
inline elements (``span``, ``a``, ``b``) vanish without a trace, so a word split into spans stays
one word; entities are decoded; runs of white space are one space. That text is read by the
text rules, and every span is moved back into the page.

The library is the standard library's ``html.parser``: it is the one of those measured
(selectolax, lxml) that tells where in the page each piece of text stands, which the spans
need, and it reads broken markup without complaint (an unclosed ``td``, a page with three
``html`` elements, as ALLRIS nests its exported RTF documents). See ``bench/README.md``.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Final

from ratsparse.moved import Lines

_HEAD: Final = re.compile(
    r"[\s\ufeff]*(?:<!--[^>]{0,2000}-->\s*)*<(?:!doctype\s+html|html|head|body|\?xml)\b",
    re.IGNORECASE,
)
"""How a page opens: a doctype, ``html``, ``head``, ``body`` or an XML declaration, after
comments (a saved page's ``<!-- saved from url=… -->``)."""
_MARKUP: Final = re.compile(r"<(?:html|body|table|div|p)\b", re.IGNORECASE)

_SKIPPED: Final = frozenset(
    {"script", "style", "head", "noscript", "template", "svg", "select", "button", "iframe"}
)
"""Elements whose content is no text of the page."""
_BLOCKS: Final = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "tbody", "tfoot", "thead", "title", "tr", "ul",
    }
)  # fmt: skip
"""Elements that stand on lines of their own."""
_PARAGRAPHS: Final = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "table"})
"""Block elements that a blank line parts from what follows, as paragraphs are."""
_CELLS: Final = frozenset({"td", "th"})
_RUNS: Final = re.compile(r"\S+|\s+")
"""Words and the white space between them."""

_CHARSET: Final = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_SINGLE_BYTE: Final = frozenset(
    {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "us-ascii", "ascii"}
)
"""Declared charsets that the Windows-1252 decoding reads right (as browsers do)."""


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page: it opens as :data:`_HEAD` says and holds page markup."""
    return _HEAD.match(text) is not None and _MARKUP.search(text) is not None


def declared_single_byte(data: bytes) -> bool:
    """Whether the page declares a single-byte charset (ISO-8859-1, Windows-1252) in a ``meta``
    element of its first 4 kB: its bytes are then read in that charset without a finding."""
    m = _CHARSET.search(data[:4096])
    return m is not None and m.group(1).decode("ascii", "replace").lower() in _SINGLE_BYTE


class PageText:
    """The text of a page and, for each character, where it stands in the page."""

    def __init__(self, text: str, starts: list[int], ends: list[int]) -> None:
        self.text, self.starts, self.ends = text, starts, ends


class _Reader(HTMLParser):
    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=False)
        self.page = page
        self.lines = Lines(page)
        self.out: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.skipping: list[str] = []
        self.pre = 0
        self.rows: list[tuple[int, int]] = [(0, -1)]
        """Per open table: the cells of its current row so far, and where the last began."""

    # where the parser stands in the page
    def _at(self) -> int:
        line, column = self.getpos()
        return self.lines.starts[line - 1] + column

    def _emit(self, char: str, start: int, end: int) -> None:
        self.out.append(char)
        self.starts.append(start)
        self.ends.append(end)

    def _break(self, at: int, blank: bool = False) -> None:
        """End the line (with a blank line after a paragraph): never more than one blank line,
        none at the start, and no space before a line break."""
        while self.out and (self.out[-1] == " " or self._separator()):
            self._drop()
        if not self.out:
            return
        wanted = 2 if blank else 1
        have = 0
        for char in reversed(self.out[-2:]):
            if char != "\n":
                break
            have += 1
        for _ in range(wanted - have):
            self._emit("\n", at, at)

    def _separator(self) -> bool:
        """Whether the last character is the ``|`` of a cell separator (empty cells at a row's
        end leave nothing)."""
        return self.out[-1] == "|" and self.starts[-1] == self.ends[-1]

    def _drop(self) -> None:
        self.out.pop()
        self.starts.pop()
        self.ends.pop()

    def _space(self, start: int, end: int) -> None:
        if self.out and self.out[-1] not in " \n":
            self._emit(" ", start, end)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        at = self._at()
        if tag in _SKIPPED:
            if tag == "head" or not self.skipping or self.skipping[-1] != tag:
                self.skipping.append(tag)
            return
        if tag == "body":  # a head left open ends where the body starts
            self.skipping = [t for t in self.skipping if t != "head"]
        if self.skipping:
            return
        if tag == "pre":
            self.pre += 1
        if tag == "table":
            self.rows.append((0, -1))
        if tag == "tr":
            self.rows[-1] = (0, -1)
        if tag in _CELLS:
            self._cell(at)
        elif tag in _BLOCKS:
            self._break(at, blank=tag == "hr")

    def _cell(self, at: int) -> None:
        cells, began = self.rows[-1]
        if cells:
            before = "".join(self.out[began:]).strip() if began >= 0 else ""
            if before.endswith(":"):  # a label cell: the field and its value
                self._space(at, at)
            else:
                while self.out and self.out[-1] == " ":
                    self._drop()
                if self.out and self.out[-1] != "\n":
                    for char in " | ":
                        self._emit(char, at, at)
        self.rows[-1] = (cells + 1, len(self.out))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skipping and tag in ("br", "hr"):
            self._break(self._at(), blank=tag == "hr")

    def handle_endtag(self, tag: str) -> None:
        at = self._at()
        if tag in _SKIPPED:
            if tag in self.skipping:
                while self.skipping and self.skipping.pop() != tag:
                    pass
            return
        if self.skipping:
            return
        if tag == "pre" and self.pre:
            self.pre -= 1
        if tag == "table" and len(self.rows) > 1:
            self.rows.pop()
        if tag in _BLOCKS:
            self._break(at, blank=tag in _PARAGRAPHS)

    def handle_data(self, data: str) -> None:
        if self.skipping or not data:
            return
        at = self._at()
        for m in _RUNS.finditer(data):
            run, start = m.group(), at + m.start()
            if not run[0].isspace():  # a word: its characters as they stand
                self.out.extend(run)
                self.starts.extend(range(start, start + len(run)))
                self.ends.extend(range(start + 1, start + len(run) + 1))
            elif self.pre and "\n" in run:
                for i, char in enumerate(run):
                    if char == "\n":
                        self._break(start + i)
            else:
                self._space(start, start + 1)

    def _entity(self, written: str) -> None:
        if self.skipping:
            return
        at = self._at()
        decoded = html.unescape(written)
        end = at + len(written)
        if decoded == written:  # not an entity after all: the text as written
            for i, char in enumerate(written):
                self._emit(char, at + i, at + i + 1)
            return
        for char in decoded:
            if char.isspace():
                self._space(at, end)
            else:
                self._emit(char, at, end)

    def handle_entityref(self, name: str) -> None:
        self._entity(self._written("&" + name))

    def handle_charref(self, name: str) -> None:
        self._entity(self._written("&#" + name))

    def _written(self, opening: str) -> str:
        """The entity as the page writes it: with its ``;`` where it has one."""
        at = self._at()
        page = self.page
        end = at + len(opening)
        return page[at : end + 1] if page[end : end + 1] == ";" else page[at:end]


def page_text(page: str) -> PageText:
    """The text of an HTML page, as the module's docstring describes, with its offsets."""
    reader = _Reader(page)
    reader.feed(page)
    reader.close()
    while reader.out and reader.out[-1] in " \n":
        reader._drop()
    if reader.out:
        reader._emit("\n", len(page), len(page))
    return PageText("".join(reader.out), reader.starts, reader.ends)
