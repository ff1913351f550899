"""The cleaning pre-pass: a clean view of the text plus a map back to the text as read.

Guarantees of :func:`clean`:

* line breaks are ``\\n`` (CRLF and lone CR become LF; a form feed becomes a line break);
* every other space character (NBSP, thin spaces, tabs …) is a plain space;
* soft hyphens, zero-width characters and other control characters are gone;
* a word hyphenated across a line break (``Verwal-\\ntung``, ``BÜRGERLIS-\\nTE``), also with up to
  two blank lines between its halves, is joined; so is a number wrapped at its slash
  (``2025/\\n0123``), and a compound or a number wrapped after its hyphen keeps the hyphen
  (``Nein-\\nStimmen``, ``CDU-\\nFraktion``, ``2023-\\n0145``);
* stray HTML is gone: a block tag (``<p>``, ``<br>``, ``<div>``, ``<li>``, ``<tr>`` …) becomes a
  line break, an inline tag (``<b>``, ``<span …>``) disappears, a character entity (``&nbsp;``,
  ``&amp;``, ``&#8222;``) becomes its character;
* Word's symbol-font bullets (U+F0B7 and kin) and other bullet shapes become ``•``;
* an e-mail's quoting marks opening its lines (``> ``, ``>> ``) are gone, where two lines at
  least carry them;
* the result is in Unicode NFC;
* a vote word glued to what follows it, as a result field loses its markup
  (``Einstimmig15 Ja-Stimmen``, ``0 EnthaltungenRatsmitglied …``), is parted from it by a space;
* a line of nothing but a web page's button that folds a section (``Reduzieren``,
  ``Erweitern``) is gone, and so are the spaces of a line that holds nothing else (a blank
  line is empty);
* a vote word mistyped by one letter (``Enthaltugen``, ``Entahltungen``, ``einstimimig``) is
  spelled as meant;
* a count table flattened into glued digits (``JaNeinEnthaltungBM100CDU1400…Ergebnis:2060``)
  stands as the count line its digits settle (``Ja: 20, Nein: 6, Enthaltungen: 0``; see
  :mod:`ratsparse.flattened`), where they settle one;
* what a PDF's text layer puts for letters is read back: a ligature's one character
  (``öﬀentlich``), a font's wrong code for "ti", "tt", "ft" within a word (``AbsƟmmung``), a
  diaeresis spaced after its vowel (``Gru¨n``), ``¬`` as a wrapped word's hyphen;
* in a text that holds two sequences at least of UTF-8 read as Windows-1252 (``MÃ¤rz``,
  ``â€žWeg``), each is read back as the character it was (``März``, ``„Weg``), twice so encoded
  too (``ÃƒÂ¼``);
* in a text with no umlaut and no ``ß`` at all, each word of the vocabulary typed without them
  (``ueberwiesen``, ``Maerz``) is spelled with them (not the parties' names);
* a vote table by group run into one line (``Fraktion Ja Nein Enth. SPD 9 0 0 CDU 0 11 0 …``)
  gets a line for its head and each row; a count's number in a column before its label
  (``  24   dafür``) stands one space from it; a vote heading with its table's row of labels
  on its line, numbers below, has the row on a line of its own; a letterhead run into the
  record's title (``…HückelhovenNiederschrift``) is parted from it, and a header's field from
  the next field's label glued to it (``…UmweltSitzung:19.03.2024``) by a line break;
* a pipe table's row that a cell's line break split is one line again (the break a space);
* a page run into one paragraph, three fields' labels at least within its lines in 400
  characters at least (``… Vertraulichkeit: Nein Beratungsergebnisse: … Beschluss: … Abstimmung:
  …``), has each field on a line of its own (the space before the label a line break), each
  part's vote of its vote field too (``zu 2. GRÜNE …``), and a side's remark wrapped inside its
  parentheses on one line (``(=`` / ``Annahme)``);
* a form's row of boxes with the counts beside them (``☐ einstimmig   ☒ mit Stimmenmehrheit
  Ja: 7   Nein: 2``) has the counts on a line of their own (a line break before the first);
* a scan's slips are read back: ``rn`` for ``m`` in vote words and a sitting's heading
  (``Abstirnmungsergebnis``, ``Sitzungsdaturn``), ``B`` for ``ß`` (``BeschluB``), letters for
  a date's digits (``2O.O6.2023``) and digits for a month's letters (``0ktober``), the letter
  O for a count of zero (``O Enthaltungen``, ``Nein: O``);
* a mail merge's field left unfilled (``Ja-Stimmen: «Ja»``, ``«Sitzungsdatum_lang»``) is
  blank;
* it is idempotent: ``clean(clean(t).text).text == clean(t).text`` (for markup nested up to
  64 deep);
* :meth:`Cleaned.span` maps any range of the clean view to a :class:`~ratsparse.models.Span` of the
  original text, so that ``original[span.start:span.end]`` is what was read.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from ratsparse import vocab
from ratsparse.flattened import count_lines
from ratsparse.records import Diagnostic, Span
from ratsparse.rules import diagnostic

_SPACES: Final = "\t\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
INVISIBLE: Final = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
CONTROLS: Final = "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff"

# One pass, one alternative per repair; the named group says which repair applies.
# A hyphen at a line break joins the word halves, unless the next word is a conjunction: then the
# hyphen is a suspended one ("Bau-\nund Umweltausschuss") and stays.
_NOT_SUSPENDED: Final = r"(?!(?:und|oder|bzw|sowie|als|wie|bis)\b)"
# A line break, with up to two blank lines after it (exports put a paragraph's blank line even
# into a hyphenated word: "BÜRGERLIS-" / "" / "TE").
_BREAK: Final = r"[ \t]*(?:\r?\n[ \t]*){1,3}"
# A page's number on a line of its own, maybe after a running head or foot and a gap ("Seite 3
# von 12", "- 2 -", "Protokoll OBR 4 – 29. Sitzung vom 12.03.2024      Seite 9"), as
# document.lark's furniture lines read it; and a running head's line, which holds a number
_PAGE_LINE: Final = (
    r"(?:[^\n]{1,80}?[ \t]{3,})?"
    r"(?:Seite[ ]\d{1,4}(?:(?:[ ]von[ ]|/)\d{1,4})?|[-–][ ]?\d{1,4}[ ]?[-–])"
)
_HEAD_LINE: Final = r"[^\n\d]{0,80}\d[^\n]{0,80}"
BLOCK_TAGS: Final = "p|br|div|li|ul|ol|tr|table|tbody|thead|h[1-6]|hr|blockquote|pre"
INLINE_TAGS: Final = "b|i|u|s|em|strong|span|font|a|sup|sub|small|big|td|th|tt|mark|abbr|o:p"
ENTITY: Final = r"&(?:[A-Za-z]{2,8}|#[0-9]{2,7}|#[xX][0-9A-Fa-f]{2,6});"
"""An HTML entity, named or numbered (``&amp;``, ``&#228;``, ``&#xE4;``)."""


def tag(names: str) -> str:
    """A pattern of an HTML tag of one of ``names`` (an alternation), opening or closing, with
    its attributes on its line."""
    return rf"</?(?i:{names})(?:[ \t][^<>\n]{{0,200}})?/?>"


_BULLETS: Final = "\uf0a7\uf0b7\uf0d8\uf076\uf0fc\uf0a8\u25aa\u25cf\u25e6\u2023\u2043\u00b7"
_GLYPHS: Final = "\ufb00-\ufb06\u019f\u01a9\u014c\u00a8\u00ac"
"""The characters a PDF's text layer puts for letters (see :data:`_REPAIRS`)."""
_REPAIRS: Final = re.compile(
    # Every repair starts with one of these characters: checking that first spares re trying every
    # alternative (two behind lookbehinds) at every position of a text.
    rf"(?=[-/\r\f\x85\u2028\u2029<&{_BULLETS}{_SPACES}{INVISIBLE}{CONTROLS}{_GLYPHS}])(?:"
    # a word hyphenated across a page's end: its number, maybe with the running head or foot
    # on its line or the next ("ver-" / "Seite 1 von 2" / "Beschlussauszug Rat 15.02.2024 –
    # TOP 12" / "wiesen."): the word joined, the page's furniture gone
    rf"(?<=[a-zäöüß\u0308\u00a8])(?P<hyphp>-{_BREAK}{_PAGE_LINE}{_BREAK}(?:{_HEAD_LINE}{_BREAK})?)"
    r"(?=[a-zäöüß])"
    rf"|(?<=[a-zäöüß\u0308\u00a8])(?P<hyph>[{INVISIBLE}]*-{_BREAK}){_NOT_SUSPENDED}(?=[a-zäöüß])"
    # (not the last cell of a table's head wrapped onto the next line, whose cells stand parted
    # by wide gaps: "… Enthal-   befan-" / "ergebnis:      gliederzahl   …   tungen   gen")
    r"(?![^\s]+(?:[ \t]{3,}[^\s]+){2})"
    rf"|(?<=[A-ZÄÖÜ]{{2}})(?P<hyphc>[{INVISIBLE}]*-{_BREAK})(?=[A-ZÄÖÜ]{{2}})"
    # a compound written with its hyphen, wrapped after it ("Nein-" / "Stimmen", "CDU-" /
    # "Fraktion"): the hyphen stays, the line break goes
    # (not a table's head wrapped, as above: "… Mitwirkungs-" / "Anzahl     send     verbot")
    r"|(?<=[A-Za-zÄÖÜäöüß\u0308\u00a8])-(?P<hyphk>[ \t]*\r?\n[ \t]*)(?=[A-ZÄÖÜ][a-zäöüß])"
    r"(?![^\s]+(?:[ \t]{3,}[^\s]+){2})"
    # a number wrapped at its slash ("Vorlage Nr. 2025/" / "0123"): one number again
    rf"|(?<=[0-9])/(?P<slash>{_BREAK})(?=[0-9])"
    # ... or at its hyphen ("Drucksache 2023-" / "0145"): the hyphen stays, the line break goes
    r"|(?<=[0-9])-(?P<hyphn>[ \t]*\r?\n[ \t]*)(?=[0-9])"
    r"|(?P<crlf>\r\n?)"
    r"|(?P<ff>[\f\x85\u2028\u2029])"
    rf"|(?P<space>[{_SPACES}])"
    rf"|(?P<drop>[{INVISIBLE}{CONTROLS}])"
    rf"|(?P<block>{tag(BLOCK_TAGS)})"
    # a table cell's end: a gap, as a cell border stands between two cells ("<td>Gremium</td>
    # <td>Sitzung</td>": "Gremium   Sitzung"; dropped, the cells ran together)
    r"|(?P<cell></(?i:td|th)[ \t]*>)"
    rf"|(?P<inline>{tag(INLINE_TAGS)})"
    rf"|(?P<entity>{ENTITY})"
    rf"|(?P<bullet>[{_BULLETS}])(?=[ \t\u00a0])"
    # what a PDF's text layer makes of letters: a ligature's one character ("öﬀentlich",
    # "ﬁnden"); a font's wrong code for "ti", "tt", "ft" within a word ("AbsƟmmung", "staƩ",
    # "NiederschriŌ": Calibri's, read back only beside a small letter); a diaeresis spaced after
    # its vowel ("Gru¨nfla¨che"); and "¬" as the hyphen of a word wrapped at the line's end
    # (a small letter before is one with its diaeresis yet to be composed, "a\u0308-": so that
    # cleaning twice changes nothing)
    r"|(?P<ligature>[\ufb00-\ufb06])"
    r"|(?P<glyph>[\u019f\u01a9\u014c])(?:(?<=[a-zäöüß\u0308\u00a8].)|(?=[a-zäöüß]))"
    r"|(?<=[aouAOU])(?P<diaeresis>\u00a8)"
    rf"|(?<=[a-zäöüß\u0308\u00a8])(?P<hyphnot>\u00ac{_BREAK})(?=[a-zäöüß])"
    ")"
)
# An e-mail's quoting marks at the start of each quoted line ("> Beschluss:", ">> TOP 4"), in a
# text where two lines at least open with them (a forwarded excerpt): gone, as a reader skips them
_QUOTED_REPAIRS: Final = re.compile(
    r"(?P<quote>(?:\A|(?<=\n))[ ]*(?:>[ \t]?)+)|" + _REPAIRS.pattern
)
_QUOTED_LINE: Final = re.compile(r"^[ ]*>", re.MULTILINE)


def _quoted(text: str) -> bool:
    """Whether two lines of ``text`` at least open with an e-mail's quoting mark."""
    if ">" not in text:  # (a cheap test first: most texts quote none)
        return False
    return len(list(itertools.islice(_QUOTED_LINE.finditer(text), 2))) == 2


_GLYPH_LETTERS: Final = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
    "\u019f": "ti",
    "\u01a9": "tt",
    "\u014c": "ft",
}
_REPLACEMENT: Final = {
    "crlf": "\n",
    "ff": "\n",
    "space": " ",
    "drop": "",
    "hyphp": "",
    "hyph": "",
    "hyphc": "",
    "hyphk": "",
    "slash": "",
    "hyphn": "",
    "block": "\n",
    "inline": "",
    "cell": "   ",
    "bullet": "•",
    "diaeresis": "\u0308",  # (composed with its vowel as any combining mark is)
    "hyphnot": "",
    "quote": "",
}
_MARKUP: Final = frozenset({"block", "inline", "cell", "entity"})


def entity(text: str) -> str:
    """The character an HTML entity stands for; an unknown one stays as written.

    A space-like or invisible result is mapped as the cleaning pass maps those characters, so that
    cleaning twice changes nothing.
    """
    import html  # only texts with an entity need it (start-up)

    char = html.unescape(text)
    if char == text or len(char) != 1 or char in "<>":  # escaped markup is meant as text
        return text
    if char in _SPACES or char in " \r\n\f":  # "&#10;" still parts two words
        return " "
    if char in INVISIBLE or re.fullmatch(f"[{CONTROLS}]", char):
        return ""
    return char


_COMBINING: Final = re.compile(
    r".[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+", re.DOTALL
)


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The clean view of ``original`` and the way back."""

    original: str
    text: str
    dropped: int
    """How many control or invisible characters were removed (soft hyphens included)."""
    markup: tuple[tuple[int, int], ...]
    """Original ranges of the HTML tags and entities that were removed or resolved."""
    page_breaks: tuple[int, ...]
    """Original offsets of form feeds (page breaks), now line breaks."""
    _clean_at: tuple[int, ...] = field(repr=False)
    _orig_at: tuple[int, ...] = field(repr=False)
    _filled: frozenset[int] = field(repr=False)
    """Clean offsets that end a non-empty replacement (CRLF → LF, a composed character)."""
    _line_starts: tuple[int, ...] = field(repr=False)

    def to_original(self, pos: int) -> int:
        """Offset in the original text of clean offset ``pos`` (inside what a character was
        expanded to, such as the ligature ``ﬃ`` read as ``ffi``: never past that character, nor
        past the text's end)."""
        i = bisect_right(self._clean_at, pos) - 1
        start, offset = self._orig_at[i], pos - self._clean_at[i]
        end = self._orig_at[i + 1] if i + 1 < len(self._orig_at) else len(self.original)
        # (past the piece's original, inside an insertion or an expansion: the piece's end)
        return min(start + offset, max(start, end))

    def to_clean(self, pos: int) -> int:
        """Offset in the clean text of original offset ``pos`` (inside what was removed, such as
        an HTML tag: where it was removed)."""
        i = bisect_right(self._orig_at, pos) - 1
        if i < 0:
            return 0
        limit = self._clean_at[i + 1] if i + 1 < len(self._clean_at) else len(self.text)
        return min(self._clean_at[i] + (pos - self._orig_at[i]), limit)

    def between(self, start: int, end: int) -> str:
        """The clean text between original offsets ``start`` and ``end`` (what stands between two
        spans as read, HTML tags and entities resolved)."""
        return self.text[self.to_clean(start) : self.to_clean(end)]

    def original_span(self, start: int, end: int) -> Span:
        """A span of the original text from original offsets."""
        line = bisect_right(self._line_starts, start)
        return Span(start=start, end=end, line=line, column=start - self._line_starts[line - 1] + 1)

    def span(self, start: int, end: int) -> Span:
        """The span of the original text that clean range ``[start, end)`` was made from."""
        o_start = self.to_original(start)
        if end <= start:
            o_end = o_start
        elif end in self._filled:
            o_end = self.to_original(end)
        else:
            o_end = self.to_original(end - 1) + 1
        o_end = min(max(o_end, o_start), len(self.original))
        return self.original_span(o_start, o_end)


class _Builder:
    """Collects clean pieces and the offset breakpoints between them."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.clean_at: list[int] = [0]
        self.orig_at: list[int] = [0]
        self.filled: set[int] = set()
        self.length = 0

    def keep(self, piece: str) -> None:
        self.parts.append(piece)
        self.length += len(piece)

    def replace(self, orig_end: int, piece: str) -> None:
        """Emit ``piece`` for original text ending at ``orig_end``; realign after it."""
        self.parts.append(piece)
        self.length += len(piece)
        self.clean_at.append(self.length)
        self.orig_at.append(orig_end)
        if piece:
            self.filled.add(self.length)


@dataclass(slots=True)
class _Found:
    """What one repair pass met besides plain replacements (offsets into its input)."""

    dropped: int = 0
    markup: list[tuple[int, int]] = field(default_factory=list)
    page_breaks: list[int] = field(default_factory=list)


def _repair(text: str) -> tuple[str, list[int], list[int], set[int], _Found]:
    out = _Builder()
    found = _Found()
    pos = 0
    for match in (_QUOTED_REPAIRS if _quoted(text) else _REPAIRS).finditer(text):
        kind = match.lastgroup or "drop"
        start, end = match.span(kind)
        out.keep(text[pos:start])
        if kind == "drop":
            found.dropped += end - start
        elif kind == "ff" and text[start] == "\f":
            found.page_breaks.append(start)
        repl = (
            entity(text[start:end])
            if kind == "entity"
            else _GLYPH_LETTERS[text[start]]
            if kind in ("ligature", "glyph")
            else _REPLACEMENT[kind]
        )
        if kind in _MARKUP and repl != text[start:end]:
            found.markup.append((start, end))
        if repl == text[start:end]:
            out.keep(repl)
        else:
            out.replace(end, repl)
        pos = end
    out.keep(text[pos:])
    return "".join(out.parts), out.clean_at, out.orig_at, out.filled, found


def _compose(text: str) -> tuple[str, list[int], list[int], set[int]]:
    """NFC, piece by piece, so that offsets stay mapped."""
    out = _Builder()
    pos = 0
    for match in _COMBINING.finditer(text):
        start, end = match.span()
        composed = unicodedata.normalize("NFC", match.group())
        _keep_composed(out, text, pos, start)
        if composed == match.group():
            out.keep(composed)
        else:
            out.replace(end, composed)
        pos = end
    _keep_composed(out, text, pos, len(text))
    return "".join(out.parts), out.clean_at, out.orig_at, out.filled


# What NFC changes without a combining mark: a character on its own (U+F900, the Ohm sign) or a
# run of Hangul letters that compose into a syllable.
# (Compiled where first needed, which is rare; re keeps it: not at import, for the start-up.)
_NFC_UNIT: Final = r"(?s)[\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\uac00-\ud7a3]+|."


def _keep_composed(out: _Builder, text: str, start: int, end: int) -> None:
    """Emit ``text[start:end]`` (no combining marks in it) in NFC, with offsets mapped."""
    gap = text[start:end]
    if unicodedata.is_normalized("NFC", gap):
        out.keep(gap)
        return
    for unit in re.finditer(_NFC_UNIT, gap):
        composed = unicodedata.normalize("NFC", unit.group())
        if composed == unit.group():
            out.keep(composed)
        else:
            out.replace(start + unit.end(), composed)


def _chain(
    first: tuple[list[int], list[int]], second: tuple[list[int], list[int]]
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Compose two offset maps (clean2 -> clean1 -> original)."""
    c1, o1 = first
    c2, o2 = second
    merged: dict[int, int] = {}
    # Breakpoints of the second map, carried through the first.
    for c, mid in zip(c2, o2, strict=True):
        i = bisect_right(c1, mid) - 1
        merged[c] = o1[i] + (mid - c1[i])
    # Breakpoints of the first map, carried forward into the second's coordinates.
    for c_mid, o in zip(c1, o1, strict=True):
        j = bisect_right(o2, c_mid) - 1
        if j + 1 < len(o2) and c_mid < o2[j + 1] and c_mid - o2[j] >= c2[j + 1] - c2[j]:
            # (within a stretch the second map dropped or shortened, "\tReduzieren\n" after
            # its tab became a space: that point has no place in the second's coordinates)
            continue
        c = c2[j] + (c_mid - o2[j])
        merged.setdefault(c, o)
    keys = sorted(merged)
    return tuple(keys), tuple(merged[k] for k in keys)


# A vote word that a capitalised word or a number follows without a space: the cells of a
# result table whose markup was stripped. In German prose a capital never follows a lower-case
# letter within a word, so the space restores what the markup parted.
_GLUED: Final = re.compile(
    # (the count's digits glued on to the next word too: they are parted as well, _NUMBER_GLUED)
    r"[egnt](?=[A-ZÄÖÜ][a-zäöüA-ZÄÖÜ]|[0-9]+(?:[ -][^\W\d_]|[A-ZÄÖÜ][a-zäöüß]{3})"
    r"|[0-9]{1,2}\.[ ]|[a-h]\)[ ])"
)
"""Where a word with the last letter of a vote word ends without a space before a capitalised
word, a count with its label (``15 Ja-Stimmen``; digits that end the line are export residue,
RP801) or the next part's number (``0 Enthaltungen2. 9 Ja-Stimmen``, ``Enthaltungenb) …``);
then :data:`_VOTE_WORD` tells whether it is a vote word, or the group word that ends a vote's
list (``1 Enthaltung der CDU-FraktionEntgegen der Empfehlung …``; two simple searches are
seven times faster than one over the vocabulary)."""
_GLUED_BEFORE: Final = re.compile(
    r"[a-zäöüß.](?=einstimmig(?:(?![a-zäöüß])|(?=[a-h]\)[ ]|einstimmig))|[Ee]instimmig,)"
)
"""Where a word ends glued to the vote word after it (``Zu Punkt 10 der Stellungnahmeeinstimmig``,
``Kreis-Sportbund Düren e.V.einstimmig, 1 Enthaltung``): a result field's cells run together. No
German word ends in ``einstimmig`` but the word itself. (What :data:`_GLUED` parts after the word,
the next part's letter ``a) `` or the word again, is no letter of a word: a second cleaning would
part it too.)"""
_TITLE_GLUED: Final = re.compile(
    r"[a-zäöüß](?=(?:Niederschrift|Protokoll|Auszug|Beschlussvorlage|Tagesordnung)\b"
    r"|Sitzung[ ](?:am|vom)[ ]\d)"
)
"""Where a letterhead's last word runs into the record's title (``Rat der Stadt
HückelhovenNiederschrift über die 14. Sitzung …``, a PDF's columns joined), or a body's name
into its sitting's date (``Ortsgemeinderat Hochstetten-DhaunSitzung am 20.06.2024``): no word
ends in a small letter with these inside it in capitals."""
_CLAUSE_NUMBER_GLUED: Final = re.compile(
    r"^[ \t]*[1-9][0-9]?\.(?=(?:Der|Die|Das|Dem|Den|Für|Zur|Zum|Im|In|Mit|Es|Bei|Nach|Auf|Aus|Von"
    r"|Vom)[ ])",
    re.MULTILINE,
)
"""Where a clause's number runs into its first word, the space an export lost (``1.Die
Ingenieurleistungen …``, ``2.Der Ortsbürgermeister …``): an article or a preposition opens the
clause."""
_GLUED_FIELD: Final = re.compile(
    r"[a-zäöüß0-9)](?=(?:Sitzung|Sitzungsdatum|Sitzungstermin|Gremium|Beschluss|Beschlussart"
    r"|Status|Abstimmung|Abstimmungsergebnis|Vorlage|Drucksache"
    # (the sitting's own cells: "… GladbachDatum:Mi, 09.10.2024Beginn:17:00 Uhr")
    r"|Datum|Beginn|Ende|Uhrzeit|Ort|Raum|Sitzungsnummer|Sitzungs-Nr\.|TOP)[ ]?:)"
)
"""Where a header's field ends glued to the next field's label (``Gremium:Ausschuss für
Stadtplanung und UmweltSitzung:19.03.2024``, a page's table cells run together): no word holds
these labels in capitals after a small letter, with a colon."""
_VOTE_WORD: Final = re.compile(
    r"(?i:einstimmig|enthaltung(?:en)?|stimmen?|abgelehnt|beschlossen|zugestimmt|angenommen"
    r"|empfohlen|vertagt|verwiesen|zurückgestellt|zurückgezogen"
    r"|fraktion)\Z"
)


_COMMA_GLUED: Final = re.compile(r"(?<=[^\W\d_]),(?=[^\W_])")
"""A word's comma with the next word or number glued to it (``am Dienstag,den 12.11.2024``,
``Sitzungsdatum: Mo,20.03.2023``), as exports that lose the blanks after punctuation print it:
a decimal comma stands between digits, and no German word holds a comma."""
_DATE_GLUED: Final = re.compile(r"(?<![0-9.])[0-9]{1,2}\.[0-9]{1,2}\.(?:19|20)[0-9]{2}(?=[^\W\d_])")
"""A full date with the next cell's word glued to it (``Mo, 20.03.2023öffentlich``)."""
# (a scan's "B" for "ß" counts as the small letter it is read back as, :data:`_OCR_CUE`: the
# number is parted from "AoBe" at once, not from "Aoße" on a second pass)
_NUMBER_GLUED: Final = re.compile(
    r"[0-9](?=[A-ZÄÖÜ](?:[a-zäöüß]|B(?<=[aeiouäöü]B)(?=[tnel]|\b)){3})"
)


def _glued(text: str) -> list[int]:
    """Where a vote word ends glued to what follows it, or a number glued to the next cell's word
    (:data:`_NUMBER_GLUED`); and the cells of a count row run together (:data:`_GLUED_ROW`)."""
    gaps = [
        m.end()
        for m in _GLUED.finditer(text)
        if (word := _VOTE_WORD.search(text[max(0, m.end() - 12) : m.end()])) is not None
        # (a group word only before a sentence's capital: "Fraktiona)" heads a list's part)
        and (not word.group().endswith(("fraktion", "Fraktion")) or text[m.end()].isupper())
    ]
    # "Vorlage:BV/0288/2023Neubau einer …", "TOP Ö 3Vorlage:": a number, then the next cell's
    # word (a capital and three small letters at least: "5Gbit" or "2Mio" stay)
    gaps.extend(m.end() for m in _NUMBER_GLUED.finditer(text))
    gaps.extend(m.end() for m in _DASH_GLUED.finditer(text))
    gaps.extend(m.end() for m in _GLUED_BEFORE.finditer(text))
    gaps.extend(m.end() for m in _TITLE_GLUED.finditer(text))
    gaps.extend(m.end() for m in _CLAUSE_NUMBER_GLUED.finditer(text))
    if "," in text:
        gaps.extend(m.end() for m in _COMMA_GLUED.finditer(text))
    gaps.extend(m.end() for m in _DATE_GLUED.finditer(text))
    if _GLUED_CELLS.search(text) is not None:  # (a cheap search first: speed)
        for row in _GLUED_ROW.finditer(text):
            for cell in _GLUED_CELL.finditer(text, row.start(), row.end()):
                gaps.append(cell.start("number"))
                if cell.end() < row.end():
                    gaps.append(cell.end())
    return sorted(set(gaps))


_ROW_LABELS: Final = vocab.alternation(
    w for w in vocab.COUNT_ROW_LABELS if w[0].isalpha() and not w.endswith(".")
)
# ... and the row's other cells, glued on as well ("Ja12Nein0Enthaltungen0Befangen0", "Anwesend15")
_ANY_ROW_LABELS: Final = vocab.alternation(
    w
    for w, entry in vocab.COUNT_VOCABULARY.items()
    if entry.label and " " not in w and w[0].isalpha() and not w.endswith(".")
)
_DASH_GLUED: Final = re.compile(rf":[ ]?[–-](?=[A-ZÄÖÜ])(?=(?i:{_ROW_LABELS}))")
"""A count's dash for none glued to the next count's label (``Nein-Stimmen:–Enthaltungen:4``)."""
_GLUED_CELL: Final = re.compile(
    rf"(?i:{_ANY_ROW_LABELS})(?P<number>[0-9]{{1,3}})(?=(?i:{_ANY_ROW_LABELS})[0-9]|[^\w]|$)"
)
_GLUED_CELLS: Final = re.compile(r"[0-9](?<=[a-zäöü][0-9])[0-9]{0,2}[A-ZÄÖÜ]")
"""What every such row holds: a label's last letter, its number, the next label's first (found
from the number's first digit, looking back to the letter: digits are rarer than letters —
speed)."""
_GLUED_ROW: Final = re.compile(
    rf"(?<![\w-])(?:(?i:{_ROW_LABELS})[0-9]{{1,3}}){{2,}}(?:(?i:{_ANY_ROW_LABELS})[0-9]{{1,3}})*"
    r"(?![\w])"
)
"""A count row whose cells ran together, each label glued to its number and the number to the
next label (``Ja-Stimmen17Nein-Stimmen4Enthaltungen2``): two cells at least, so that a word
glued to a number alone (``Ja2``) is no row."""


_SPELT: Final = (
    "einstimmig",
    "enthaltung",
    "enthaltungen",
    "stimmenthaltung",
    "stimmenthaltungen",
    "gegenstimme",
    "gegenstimmen",
    "abgelehnt",
    "einverstanden",
    "mehrheitlich",
)
"""Vote words a clerk may mistype by one letter."""
_MAY_BE_MISSPELT: Final = re.compile(
    # a word that opens with ein/en/ge/st/ab/me, its start checked after its first letter (speed:
    # re skips fast to a letter of a set that opens a pattern, not past a word boundary)
    r"[EeGgSsAaMm](?<!\w\w)(?:(?<=[Ee])[in]|(?<=[Gg])e|(?<=[Ss])t|(?<=[Aa])b|(?<=[Mm])e)"
    r"[a-zäöüß]{6,16}(?![a-zäöüß])"
)
_MAY_BE_MISSPELT_AT_GAP: Final = re.compile(_MAY_BE_MISSPELT.pattern.replace(r"(?<!\w\w)", "", 1))
"""The same word where a space is put before it (``0Geinstimmig``: a count glued to it)."""
_WORD_CHAR: Final = re.compile(r"\w")
_LETTERS: Final = "abcdefghijklmnopqrstuvwxyzäöüß"


@cache
def _misspellings() -> dict[str, str]:
    """Every spelling one letter away from a word of :data:`_SPELT` (a letter left out, added,
    changed, or two swapped), and the word meant; not the words themselves, nor an inflection
    (``einstimmige``)."""
    out: dict[str, str] = {}
    for word in _SPELT:
        variants: set[str] = set()
        for i in range(len(word) + 1):
            if i < len(word):  # a letter after the word is what follows it glued ("b)")
                variants.update(word[:i] + c + word[i:] for c in _LETTERS)  # a letter added
            if i < len(word):
                variants.add(word[:i] + word[i + 1 :])  # left out
                variants.update(word[:i] + c + word[i + 1 :] for c in _LETTERS)  # changed
            if i < len(word) - 1:
                variants.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # swapped
        for variant in variants:
            if variant.startswith(word) and variant[len(word) :] in ("e", "n", "r", "s", "m"):
                continue  # an inflection or a compound's joint, not a slip
            out.setdefault(variant, word)
    for word in _SPELT:
        out.pop(word, None)
    return out


def _misspelt(text: str, gaps: Collection[int]) -> list[tuple[int, int, str]]:
    """Each vote word mistyped by one letter (``Enthaltugen``, ``Entahltungen``,
    ``einstimimig``), with its right spelling (its first letter's case kept): a whole word, or one
    that ends where a space is put (``gaps``: ``GeinstimmigAA`` is parted after the vote word it
    ends in, and the word before the space is read as the next cleaning reads it)."""
    known = _misspellings()
    out = []
    found = list(_MAY_BE_MISSPELT.finditer(text))
    starts = {m.start() for m in found}
    found += [
        m
        for gap in sorted(gaps)
        if gap not in starts and (m := _MAY_BE_MISSPELT_AT_GAP.match(text, gap)) is not None
    ]
    for m in sorted(found, key=lambda m: m.start()):
        if _WORD_CHAR.match(text, m.end()) is not None and m.end() not in gaps:
            continue
        meant = known.get(m.group().lower())
        if meant is not None:
            if m.group()[0].isupper():
                meant = meant[0].upper() + meant[1:]
            out.append((m.start(), m.end(), meant))
    return out


# The spelling before the reform of 1996, where it writes "ß" after a short vowel that is "ss"
# now, in the words a decision is read by: "Beschluß" (and every compound: "Beschlußvorschlag",
# "Beschluß-Nr."), "Ausschuß", "Zuschuß", "faßt"/"gefaßt", "daß", "muß", "läßt". A cheap test
# first: most texts hold no "ß" there.
_OLD_SPELLING: Final = re.compile(
    # (opening with the letter itself, which re finds fast: speed)
    r"ß(?:(?<=chluß)|(?<=schuß)|(?<=Schuß)|(?<=faß)(?=t)|(?<=\bdaß)\b|(?<=\bmuß)(?=t?\b)"
    r"|(?<=läß)(?=t))"
)


def _outside(
    edits: list[tuple[int, int, str]], words: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The ``edits`` that start in none of ``words`` (sorted edits of whole words, which read
    their old spelling themselves); each found by bisection (linear in a text of many of both)."""
    starts = [start for start, _, _ in words]
    out = []
    for edit in edits:
        i = bisect_right(starts, edit[0]) - 1
        if i < 0 or not words[i][0] <= edit[0] < words[i][1]:
            out.append(edit)
    return out


_UMLAUT: Final = re.compile(r"[äöüÄÖÜß]")


@cache
def _spelt_out_words() -> re.Pattern[str]:
    return re.compile(r"\b(?i:" + vocab.alternation(vocab.spelt_without_umlauts()) + r")\b")


def _spelt_out(text: str) -> list[tuple[int, int, str]]:
    """In a text typed without umlauts and ``ß`` (none in it at all: ``ueberwiesen``, ``7.
    Maerz 2024``, ``beschliesst``), each word of the vocabulary written so, with its spelling
    (:func:`vocab.spelt_without_umlauts`; its capitals kept). A text with one umlaut is spelt
    as it is."""
    if _UMLAUT.search(text) is not None:
        return []
    known = vocab.spelt_without_umlauts()
    out = []
    for m in _spelt_out_words().finditer(text):
        word = known[m.group().lower()]
        if m.group().isupper() and len(m.group()) > 1:
            word = word.upper()
        elif m.group()[0].isupper():
            word = word[0].upper() + word[1:]
        if word != m.group():
            out.append((m.start(), m.end(), word))
    return out


def _old_spellings(text: str) -> list[tuple[int, int, str]]:
    """Each "ß" of :data:`_OLD_SPELLING`, with "ss" for it (an old record's "Beschluß:" heads its
    decision as "Beschluss:" does)."""
    if "ß" not in text:
        return []
    return [(m.start(), m.end(), "ss") for m in _OLD_SPELLING.finditer(text)]


# What a scan's text recognition makes of two letters: "rn" for "m" ("Abstimrnungsergebnis",
# "Ja-Stirnmen"), read back only in the vote words below; and "B" for "ß" inside a word in lower
# case ("BeschluB", "daB", "beschlieBt", "ordnungsgemäBen"; :data:`_OCR_SHARP_S`).
# (a vote word of _OCR_M_WORDS holds "stimm", so a slip shows as "stirn" or "imrn"; the words of
# a sitting's heading show as themselves, "dern", "irn", "Gerneinde…", "ernpfohlen",
# "angenornmen"; the "B" is the one _OCR_SHARP_S reads back: found at once, most texts have none)
_OCR_CUE: Final = re.compile(
    r"[Ss]tirn|imrn|\b(?:dern|irn|arn)\b|[Gg]erneinde|ernpfohlen|genornmen|[Dd]aturn\b"
    r"|B(?<=[aeiouäöü]B)(?=[tnel]|\b)"
)
_WORD_BEFORE: Final = re.compile(r"[A-Za-zÄÖÜäöüß]{0,40}\Z")
_WORD_AFTER: Final = re.compile(r"[A-Za-zÄÖÜäöüß]{0,40}")
_LONGEST_WORD: Final = 40
# (after a vowel, before the word's end or the letters that follow "ß" in "beschließt",
# "Maßnahme", "Straße": not a name's inner capital, "dieBasis", "BürgerBund")
_OCR_SHARP_S: Final = re.compile(r"(?<=[aeiouäöü])B(?=[tnel]|$)")
_OCR_M_WORDS: Final = frozenset(
    {
        "abstimmung",
        "abstimmungen",
        "abstimmungsergebnis",
        "stimmen",
        "stimme",
        "einstimmig",
        "stimmenthaltung",
        "stimmenthaltungen",
        "gegenstimme",
        "gegenstimmen",
        "zustimmung",
        "stimmberechtigt",
        "stimmberechtigte",
        "empfohlen",
        "angenommen",
        # (and the words of a sitting's heading: "am Dienstag, dern 07.11.2023, irn Bürgerhaus",
        # "Sitzung des Gerneinderates")
        "dem",
        "im",
        "am",  # ("Sitzung arn: 25.04.2024")
        "datum",  # ("Sitzungsdaturn: 20.06.2023")
        "sitzungsdatum",
        "gemeinde",
        "gemeinderat",
        "gemeinderates",
        "gemeinderats",
    }
)
"""Vote words whose "m" a scan may read as "rn", and the words of a sitting's heading."""


# UTF-8 read as Windows-1252: "Ã¤" for "ä", "â€ž" for "„", "Â " for a no-break space.
_CONTINUATION: Final = bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore")
MOJIBAKE: Final = re.compile(f"[ÂÃ][{re.escape(_CONTINUATION)}]|â€[{re.escape(_CONTINUATION)}]")
"""A character that UTF-8 read as Windows-1252 made two or three (the checks' RP805 too)."""
_MOJIBAKE_MIN: Final = 2
"""Such sequences a text must hold before they are read back (one could be meant)."""


def _mojibake(text: str) -> list[tuple[int, int, str]]:
    """Each character that UTF-8 read as Windows-1252 made two or three (``MÃ¤rz``,
    ``â€žWeg“``) read back as the one it was (``März``), where the text holds two such
    sequences at least (:data:`MOJIBAKE`); a text encoded so twice is read back by the next
    pass (``ÃƒÂ¼``, then ``Ã¼``)."""
    if "Ã" not in text and "Â" not in text and "â€" not in text:  # every one opens so (speed)
        return []
    found = list(MOJIBAKE.finditer(text))
    if len(found) < _MOJIBAKE_MIN:
        return []
    out: list[tuple[int, int, str]] = []
    for m in found:
        try:
            char = m.group().encode("cp1252").decode("utf-8")
            if "\x80" <= char <= "\x9f":
                # a C1 control character, as a bullet made one ("Â·" with its "·" read as "•"
                # first, "Â•"): the Windows-1252 character of that code ("•"), not a control
                # character the next pass would drop (cleaning twice changes nothing)
                char = bytes([ord(char)]).decode("cp1252")
        except UnicodeError:
            continue
        out.append((m.start(), m.end(), char))
    return out


def _ocr_slips(text: str) -> list[tuple[int, int, str]]:
    """Each word that holds a cue (:data:`_OCR_CUE`) read back: a vote word with "m" for its
    "rn", and "ß" for an inner "B" ("ss" where today's spelling has it, :data:`_OLD_SPELLING`).
    A word is sought at most :data:`_LONGEST_WORD` letters either side of its cue (linear)."""
    out: list[tuple[int, int, str]] = []
    done = 0  # where the last word read ends (a word of two cues is read once)
    for cue in _OCR_CUE.finditer(text):
        if cue.start() < done:
            continue
        before = _WORD_BEFORE.search(text, max(0, cue.start() - _LONGEST_WORD), cue.start())
        after = _WORD_AFTER.match(text, cue.end())
        assert before is not None and after is not None  # (both match the empty word)
        start, end = before.start(), after.end()
        done = end
        word = text[start:end]
        if "rn" in word:
            meant = word.replace("rn", "m")
            if meant.lower() in _OCR_M_WORDS:
                out.append(_changed(start, word, meant))
            continue
        fixed = _OLD_SPELLING.sub("ss", _OCR_SHARP_S.sub("ß", word))
        if fixed != word:
            out.append(_changed(start, word, fixed))
    return out


def _changed(start: int, word: str, fixed: str) -> tuple[int, int, str]:
    """The edit that makes ``word`` (at ``start``) ``fixed``: only the stretch that differs, so
    that a space put within the word elsewhere (a vote word glued to the next, ``BESCHLOSSEnAiB``)
    is put in the same pass."""
    head = 0
    while head < min(len(word), len(fixed)) and word[head] == fixed[head]:
        head += 1
    tail = 0
    while tail < min(len(word), len(fixed)) - head and word[-1 - tail] == fixed[-1 - tail]:
        tail += 1
    return start + head, start + len(word) - tail, fixed[head : len(fixed) - tail]


# A count's label cut short before "und", "oder", "zu", "gegen" or a comma, the noun said once for
# both ("mit 6 Ja- und 9 Nein-Stimmen", "12 Für- und 3 Gegenstimmen", "mit 20 Ja- zu 5
# Nein-Stimmen", "mit 21 Ja-, 4 Nein-Stimmen und 3 Enthaltungen"):
# the noun is written out where it was left off.
_BUTTON_LINE: Final = re.compile(r"^[ \t]*(?:Reduzieren|Erweitern)[ \t]*\n", re.MULTILINE)
"""A line of nothing but a web page's button that folds a section (ALLRIS's ``Reduzieren`` over a
body's result in a paper's course, ``Erweitern``), copied with the page's text."""


_SPACES_ALONE: Final = re.compile(r"(?<=\n)[ ]+(?=\n)")
"""The spaces of a line that holds nothing else: a blank line, as a web page's empty cell or
paragraph (``&nbsp;``) leaves it."""


def _spaces_alone(text: str) -> list[tuple[int, int, str]]:
    if "\n " not in text:  # (speed: a cheap test first)
        return []
    return [(m.start(), m.end(), "") for m in _SPACES_ALONE.finditer(text)]


def _buttons(text: str) -> list[tuple[int, int, str]]:
    if "Reduzieren" not in text and "Erweitern" not in text:  # (speed: a cheap test first)
        return []
    return [(m.start(), m.end(), "") for m in _BUTTON_LINE.finditer(text)]


_ELLIPSIS: Final = re.compile(
    r"(?<=[0-9] )(?:Ja|Nein|Für|Gegen)-"
    r"(?=(?: und| oder| zu| gegen|,) [0-9]{1,3} (?:Ja|Nein|Gegen)-?[Ss]timmen?\b)"
)
_ELLIPSIS_CUE: Final = re.compile(r"-(?: und| oder| zu| gegen|,) [0-9]")


def _ellipses(text: str) -> list[tuple[int, int, str]]:
    """Where a count's label was cut short, the noun it stands for (inserted after the hyphen)."""
    if _ELLIPSIS_CUE.search(text) is None:
        return []
    return [(m.end(), m.end(), "Stimmen") for m in _ELLIPSIS.finditer(text)]


# A tally with its labels cut to their first letters ("9 J / 3 N / 1 E", minutes of the north):
# the labels written out (only the three together, in this order: a letter alone is no label).
_LETTER_TALLY: Final = re.compile(
    r"(?<![\w/])[0-9]{1,3}[ ]?(?P<j>J)[ ]*/[ ]*[0-9]{1,3}[ ]?(?P<n>N)[ ]*/[ ]*[0-9]{1,3}[ ]?"
    r"(?P<e>E)(?![\w/])"
)


_RUN_ON_HEAD: Final = re.compile(
    r"(?<![\w-])(?:Fraktion(?:en)?|Gruppen?|Partei(?:en)?)(?P<labels>(?:[ ]+(?:Ja|Nein|Enth\.|"
    r"Enthaltung(?:en)?|[Dd]afür|[Dd]agegen)){2,3})(?=[ ]+[^\W\d_])"
)
"""The head of a table by group whose rows an export ran into one line (``Fraktion Ja Nein Enth.
SPD 9 0 0 CDU 0 11 0 … Summe 15 15 0``): the group column's word and the sides' labels."""
_RUN_ON_ROW: Final = {
    n: re.compile(
        r"(?P<gap>[ ]+|[ ]*\n[ ]*)(?P<name>[^\W\d_][^\d\n|:]{0,40}?)"
        + r"[ ]+[0-9]{1,3}" * n
        + r"(?![0-9./:])"
    )
    for n in (2, 3)
}
"""A row of such a table: a group's name and a number for each side."""


_NUMBER_COLUMN: Final = re.compile(
    rf"^[ \t]*[0-9]{{1,3}}(?P<gap>[ \t]{{2,}})(?i:{_ROW_LABELS})[ \t]*$", re.MULTILINE
)
"""A count's line whose number stands in a column before its label (``        24   dafür`` /
``        13   dagegen``): one count, however wide the gap."""


_HEADED_LABEL_ROW: Final = re.compile(
    r"^[ \t]*(?:Abstimmung(?:sergebnis)?|Ergebnis der Abstimmung)[ \t]*:(?P<gap>[ \t]+)"
    r"(?P<row>[^\n|:]{3,200})$",
    re.MULTILINE,
)
"""A vote's heading with a table's row of labels after it on its line (``Abstimmung:
Mitglieder   anwesend   dafür   dagegen   Enthaltung``), the numbers on the line below."""
_CELLS: Final = re.compile(r"[ \t]{2,}")
_BLANKS_UNDER_HEAD: Final = 2
"""How many blank lines may part a table's head from its row of numbers."""


def _headed_label_rows(text: str) -> list[tuple[int, int, str]]:
    """The gap after each :data:`_HEADED_LABEL_ROW` heading whose row is labels alone (each cell
    a count's label) over a line of numbers: a line break, so that the row heads its table."""
    if "bstimmung" not in text:
        return []
    out = []
    for m in _HEADED_LABEL_ROW.finditer(text):
        cells = [c for c in _CELLS.split(m.group("row").strip()) if c]
        if len(cells) < 2 or not all(vocab.key(c) in vocab.COUNT_KEYS for c in cells):
            continue
        # (the numbers on the line below, or below a blank line or two: a PDF's table)
        start = m.end() + 1
        for _ in range(_BLANKS_UNDER_HEAD):
            stop = text.find("\n", start)
            if stop < 0 or text[start:stop].strip():
                break
            start = stop + 1
        stop = text.find("\n", start)
        below = text[start : stop if stop >= 0 else len(text)]
        if not below.strip() or not all(c.isdigit() for c in below.split()):
            continue
        out.append((m.start("gap"), m.end("gap"), "\n"))
    return out


_NUMBER_ROW: Final = re.compile(
    r"^[ \t]*[0-9]{1,3}(?:[ \t]{2,}[0-9]{1,3}){1,8}[ \t]*$", re.MULTILINE
)
"""A table's row of numbers alone, its cells parted by two blanks at least."""
_HEAD_CELL: Final = re.compile(r"\S+(?:[ ]\S+)*")
"""A cell of a head row printed with blanks for borders (words parted by one blank)."""
_ALIGNED: Final = 3
"""How far the two parts of a wrapped head may stand apart from each other, at most."""


def _wrapped_heads(text: str) -> list[tuple[int, int, str]]:
    """A count table's head wrapped onto two lines over its row of numbers, each column's label
    in two parts, one under the other (``Ja-Stim-`` over ``men``, ``an-`` over ``wesend``, and
    the vote's heading beside them: ``Abstimmungs-`` over ``ergebnis:``): the two lines as one
    row of whole labels (``Ja-Stimmen   anwesend``), under the heading on a line of its own. Each
    label must be a count's; the columns are read by where they stand."""
    if "\n" not in text:
        return []
    out: list[tuple[int, int, str]] = []
    for row in _NUMBER_ROW.finditer(text):
        second_end = row.start() - 1
        if second_end <= 0:
            continue
        second_start = text.rfind("\n", 0, second_end) + 1
        first_end = second_start - 1
        if first_end <= 0:
            continue
        first_start = text.rfind("\n", 0, first_end) + 1
        if row.start() - first_start > _LONGEST_HEAD:
            continue
        firsts = list(_HEAD_CELL.finditer(text, first_start, first_end))
        seconds = list(_HEAD_CELL.finditer(text, second_start, second_end))
        numbers = len(row.group().split())
        if len(firsts) != len(seconds) or len(firsts) not in (numbers, numbers + 1):
            continue
        if any(
            abs((a.start() - first_start) - (b.start() - second_start)) > _ALIGNED
            for a, b in zip(firsts, seconds, strict=True)
        ):
            continue
        joined = [_joined(a.group(), b.group()) for a, b in zip(firsts, seconds, strict=True)]
        heading = joined.pop(0) if len(joined) > numbers else None
        if heading is not None and not heading.endswith(":"):
            continue
        if not all(vocab.key(label) in vocab.COUNT_KEYS for label in joined):
            continue
        head = "   ".join(joined)
        out.append((first_start, second_end, f"{heading}\n{head}" if heading else head))
    return out


_LONGEST_HEAD: Final = 400
"""The two lines of a wrapped head together, at most (longer lines are prose)."""


# A table by group's head wrapped onto a second line, some labels in two parts one under the other
# ("Fraktion   gesetzl.   anwe-   Ja   Nein   Enthal-" / "   Anzahl   send   tung", aligned)
# over its first group's row ("CDU   9   8   8   0   0"): the two lines as one row of whole
# labels, the first a group's column's head
_GROUP_HEAD_LINE: Final = re.compile(
    r"^[ \t]*(?:Fraktion(?:en)?|Gruppe|Partei|Fraktion/Gruppe)[ \t]{2,}\S[^\n]*$", re.MULTILINE
)
_GROUP_ROW: Final = re.compile(r"[ \t]*\S[^\n]*?(?:[ \t]{2,}[0-9]{1,3}){2,12}[ \t]*")


def _wrapped_group_heads(text: str) -> list[tuple[int, int, str]]:
    """A table by group's head wrapped onto two lines (see :data:`_GROUP_HEAD_LINE`): the two
    lines as one row of whole labels. Each cell of the second line stands under a cell of the
    first; two labels at least are sides' counts (``Ja``, ``Nein``)."""
    if "\n " not in text and "\n\t" not in text:  # (its second line is indented)
        return []
    out: list[tuple[int, int, str]] = []
    for head in _GROUP_HEAD_LINE.finditer(text):
        first_start, first_end = head.start(), head.end()
        if first_end - first_start > _LONGEST_HEAD or first_end >= len(text):
            continue
        second_start = first_end + 1
        second_end = text.find("\n", second_start)
        if second_end < 0:
            continue
        below_end = text.find("\n", second_end + 1)
        below_end = len(text) if below_end < 0 else below_end
        if not text[second_start:second_end].startswith((" ", "\t")):
            continue
        if max(second_end - second_start, below_end - second_end) > _LONGEST_HEAD:
            continue  # (a head's lines and a row are short: a long line is read no further)
        if _GROUP_ROW.fullmatch(text, second_end + 1, below_end) is None:
            continue
        firsts = list(_HEAD_CELL.finditer(text, first_start, first_end))
        seconds = list(_HEAD_CELL.finditer(text, second_start, second_end))
        if not seconds:
            continue
        parts: dict[int, str] = {}
        for b in seconds:
            at = b.start() - second_start
            under = next(
                (i for i, a in enumerate(firsts) if abs(a.start() - first_start - at) <= _ALIGNED),
                None,
            )
            if under is None or under in parts:
                break
            parts[under] = b.group()
        else:
            joined = [
                _joined(a.group(), parts[i]) if i in parts else a.group()
                for i, a in enumerate(firsts)
            ]
            sides = {vocab.COUNT_KEYS.get(vocab.key(label)) for label in joined}
            if len(sides & {"yes", "no", "abstain"}) >= 2:
                out.append((first_start, second_end, "   ".join(joined)))
    return out


def _joined(first: str, second: str) -> str:
    """A label's two parts as one (``Ja-Stim-`` and ``men``: ``Ja-Stimmen``; ``Ja-`` and
    ``Stimmen``: ``Ja-Stimmen``; ``gesetzl.`` and ``Mitgliederzahl``: two words)."""
    if first.endswith("-"):
        return first[:-1] + second if second[:1].islower() else first + second
    return f"{first} {second}"


_SLASHED_LABELS: Final = re.compile(
    r"^[ \t]*(?P<row>[A-Za-zÄÖÜäöüß.-]{2,20}(?:[ \t]*/[ \t]*[A-Za-zÄÖÜäöüß.-]{2,20}){1,5})[ \t]*"
    r"\n(?P<numbers>[ \t]*[0-9]{1,3}(?:[ \t]*/[ \t]*[0-9]{1,3}){1,5})[ \t]*$",
    re.MULTILINE,
)
"""A row of count labels parted by slashes over a row of numbers parted so (``Ja / Nein /
Enthaltung`` / ``4  /  4   /  1``): a table whose column gaps an export wrote as slashes."""


def _slashed_rows(text: str) -> list[tuple[int, int, str]]:
    """A space for each slash of a :data:`_SLASHED_LABELS` table whose rows have as many cells,
    each label a count's: the table's column gaps (a tally on one line, ``4/4/1``, is read as
    it is)."""
    if "/" not in text:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _SLASHED_LABELS.finditer(text):
        labels = [c.strip() for c in m.group("row").split("/")]
        if len(labels) != m.group("numbers").count("/") + 1:
            continue
        if not all(vocab.key(c) in vocab.COUNT_KEYS for c in labels):
            continue
        for group in ("row", "numbers"):
            start = m.start(group)
            out += [
                (start + i, start + i + 1, " ") for i, ch in enumerate(m.group(group)) if ch == "/"
            ]
    return out


_WRAPPED_COUNT: Final = re.compile(
    rf"^[ \t]*(?:(?i:{_ROW_LABELS})[ \t]*:?[ \t]*[0-9]{{1,3}}[ \t]+){{1,6}}"
    rf"(?i:{_ROW_LABELS})[ \t]*:?(?P<gap>[ \t]*\n[ \t]*)(?=[0-9]{{1,3}}(?![0-9.,/:]))",
    re.MULTILINE,
)
"""A line of counts wrapped between a count's label and its number (``Ja 8   Nein`` / ``8
Enthaltung 0``, a PDF's line filled to its edge)."""


def _wrapped_counts(text: str) -> list[tuple[int, int, str]]:
    """The line break of each :data:`_WRAPPED_COUNT` line, a space: the count whole again."""
    return [(m.start("gap"), m.end("gap"), " ") for m in _WRAPPED_COUNT.finditer(text)]


def _numbers_before_labels(text: str) -> list[tuple[int, int, str]]:
    """The gap of each :data:`_NUMBER_COLUMN` line, one space (read as ``24 dafür`` is)."""
    return [(m.start("gap"), m.end("gap"), " ") for m in _NUMBER_COLUMN.finditer(text)]


def _glued_fields(text: str) -> list[tuple[int, int, str]]:
    """A line break before each field label glued to the field before it, on a line that opens
    with a field (``Gremium:``)."""
    if ":" not in text:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _GLUED_FIELD.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _FIELD_OPENS.match(text, line_start) is not None:
            out.append((m.end(), m.end(), "\n"))
    return out


_FIELD_OPENS: Final = re.compile(r"[ ]*[A-ZÄÖÜ][\w-]{1,30}[ ]?:")

# A record's page flattened into one line, its fields run together (Frankfurt's PARLIS pages
# copied as one paragraph: "… Antragsteller: CDU FDP Vertraulichkeit: Nein Beratungsergebnisse:
# 28. Sitzung des OBR 5 am 27.05.2024 … Beschluss: … Abstimmung: GRÜNE … gegen CDU (= Annahme)
# Sonstige Voten/Protokollerklärung: …").
_RUN_ON_LABEL: Final = re.compile(
    r"(?<=[^\s:])[ ]+(?=(?:Begründung|Antragsteller(?:in|innen)?|Vertraulichkeit"
    r"|Beratungsergebnisse?|Beschluss|Beschlüsse|Abstimmung|Abstimmungsergebnis|Bemerkungen"
    r"|Sonstige[ ]Voten(?:/[A-Za-zäöü]{1,30})?(?:[ ]zu[ ][0-9]{1,2}\.?)?"
    r"|Zuständige[ ]Ausschüsse|Versandpaket"
    r"|Beschlussausfertigung(?:\(?en\)?)?)[ ]?:[ ])"
)
"""The gap before a field's label within a line (``… Nein Beratungsergebnisse: …``)."""
_RUN_ON_PART: Final = re.compile(r"(?<=[^\s])[ ]+(?=zu[ ][0-9]{1,2}\.[ ]+[A-ZÄÖÜ])")
"""The gap before a part's vote in a vote's field run on (``Abstimmung: zu 1. GRÜNE … gegen AfD
(= Ablehnung) zu 2. GRÜNE …``)."""
_RUN_ON_LINE: Final = 400
"""A line this long at least may be a page run into one line (a field's line is shorter)."""
_RUN_ON_FIELDS: Final = 3
"""Fields a run-on line holds at least (one or two within a sentence are read as they stand)."""


def _run_on_fields(text: str) -> list[tuple[int, int, str]]:
    """A line break for the gap before each field in a page run into one paragraph: a paragraph
    of :data:`_RUN_ON_LINE` characters at least holding :data:`_RUN_ON_FIELDS` labels of a
    record's fields at least within its lines (:data:`_RUN_ON_LABEL`), where the export lost the
    line breaks (and perhaps wrapped the one line it made)."""
    out: list[tuple[int, int, str]] = []
    at = 0
    while at < len(text):
        blank = _PARAGRAPH_END.search(text, at)
        end = len(text) if blank is None else blank.start()
        if end - at >= _RUN_ON_LINE:
            gaps = [
                (m.start(), m.end(), "\n")
                for m in _RUN_ON_LABEL.finditer(text, at, end)
                # (not a word within a sentence: "… stellt den Antrag zur Abstimmung: …")
                if text[
                    max(text.rfind(" ", at, m.start()), text.rfind("\n", at, m.start()))
                    + 1 : m.start()
                ].lower()
                not in vocab.MID_PHRASE_WORDS
            ]
            if len(gaps) >= _RUN_ON_FIELDS:
                out.extend(gaps)
                # (a remark on a side wrapped inside its parentheses, "(=" / "Annahme)": one line)
                out.extend(
                    (m.start("wrap"), m.end("wrap"), " ")
                    for m in _WRAPPED_REMARK.finditer(text, at, end)
                )
                # each part's vote of a vote's field on a line of its own, as the page has it
                for field_at, field_end in itertools.pairwise([at, *(g[1] for g in gaps), end]):
                    if text.startswith("Abstimmung", field_at):
                        out.extend(
                            (m.start(), m.end(), "\n")
                            for m in _RUN_ON_PART.finditer(text, field_at, field_end)
                        )
        at = end + 1 if blank is None else blank.end()
    return out


_PARAGRAPH_END: Final = re.compile(r"\n[ ]*\n")
_WRAPPED_REMARK: Final = re.compile(r"\([ ]?=[^()\n]{0,80}?(?P<wrap>[ ]*\n[ ]*)[^()\n]{1,80}\)")
"""A side's remark in parentheses wrapped onto the next line (``gegen CDU (=`` / ``Annahme)``)."""


_BARE_CELL_LABEL: Final = (
    r"(?:Gremium|Sitzungsdatum|Sitzungstermin|Sitzungsnr\.|Sitzungsnummer|Sitzungsort)"
)
_BARE_CELLS_ROW: Final = re.compile(
    rf"^[ ]*{_BARE_CELL_LABEL}(?=[A-ZÄÖÜ0-9])[^\n]{{1,300}}?"
    rf"(?<=[\w.)]){_BARE_CELL_LABEL}(?=[A-ZÄÖÜ0-9])[^\n]*$",
    re.MULTILINE,
)
"""A row of a sitting's table cells copied without their gaps or colons
(``GremiumAusschuss für SozialesSitzungsdatum03.09.2024Sitzungsnr.BKS/05/2024``)."""
_BARE_CELL: Final = re.compile(rf"(?P<label>{_BARE_CELL_LABEL})(?=[A-ZÄÖÜ0-9])")


def _bare_cells(text: str) -> list[tuple[int, int, str]]:
    """Each cell of a row of bare cells (:data:`_BARE_CELLS_ROW`) on a line of its own, a colon
    after its label: the separators the copy lost."""
    if "Sitzungs" not in text and "Gremium" not in text:
        return []
    out: list[tuple[int, int, str]] = []
    for row in _BARE_CELLS_ROW.finditer(text):
        for cell in _BARE_CELL.finditer(text, row.start(), row.end()):
            if cell.start() > row.start() and text[cell.start() - 1] not in " \n":
                out.append((cell.start(), cell.start(), "\n"))
            out.append((cell.end(), cell.end(), ": "))
    return out


def _run_on_tables(text: str) -> list[tuple[int, int, str]]:
    """Each table by group run into one line (:data:`_RUN_ON_HEAD`, two rows at least), its
    head and each row put on a line of their own: the line breaks the export lost."""
    if "Nein" not in text and "dagegen" not in text:
        return []
    out: list[tuple[int, int, str]] = []
    read_to = 0  # (a head within a table's rows read already is read with them: linear time)
    for head in _RUN_ON_HEAD.finditer(text):
        if head.start() < read_to:
            continue
        row = _RUN_ON_ROW[len(head.group("labels").split())]
        breaks: list[tuple[int, int, str]] = []
        at = head.end()
        while (m := row.match(text, at)) is not None:
            if "\n" not in m.group("gap"):
                breaks.append((m.start("gap"), m.end("gap"), "\n"))
            at = m.end()
        read_to = at
        if len(breaks) < 2:
            continue
        before = text[text.rfind("\n", 0, head.start()) + 1 : head.start()]
        if before.strip():  # ("Abstimmungsergebnis: Fraktion Ja …": the head on a line of its own)
            out.append((head.start(), head.start(), "\n"))
        out.extend(breaks)
    return out


_ROW_REACH: Final = 3
"""How many lines a pipe table's row may be broken onto (a cell's line break)."""


def _broken_rows(text: str) -> list[tuple[int, int, str]]:
    """Each row of a pipe table that a cell's line break split (``| Ö 2 | … | geändert
    beschlossen;`` / ``Ergänzungsantrag … angenommen |``) made one line again: under a whole row
    (or a row made whole so), a line that opens with a border and does not close with one goes
    on over the lines after it, none opening with a border, to the first that closes with one,
    where their borders are as many as the row above has; each line break between them a
    space."""
    if "|" not in text:
        return []
    lines = text.split("\n")
    out: list[tuple[int, int, str]] = []
    starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    borders = 0  # the borders of the whole row above (none: no table above)
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        opens, closes = line.startswith("|"), line.endswith("|")
        if opens and closes:
            borders = line.count("|")
        elif opens and borders:
            seen = line.count("|")
            for k in range(i + 1, min(len(lines), i + 1 + _ROW_REACH)):
                more = lines[k].strip()
                if not more or more.startswith("|"):
                    break
                seen += more.count("|")
                if more.endswith("|"):
                    if seen == borders:
                        out.extend((starts[j] - 1, starts[j], " ") for j in range(i + 1, k + 1))
                        i = k
                    break
            else:
                borders = 0
        else:
            borders = 0
        i += 1
    return out


def _letter_tallies(text: str) -> list[tuple[int, int, str]]:
    """Each tally's letters with the rest of their labels inserted after them."""
    if "J /" not in text and "J/" not in text:  # (speed: every tally holds one)
        return []
    return [
        (m.end(group), m.end(group), rest)
        for m in _LETTER_TALLY.finditer(text)
        for group, rest in (("j", "a"), ("n", "ein"), ("e", "nthaltung"))
    ]


# A word spaced out letter by letter, as minutes print a field's label or a verdict for emphasis
# ("B e s c h l u s s :", "wird a b g e l e h n t"): four letters at least, one space between
# each two, a word of its own, before a colon or after a word on its line. Its letters are
# joined. (Alone on its line, "B E S C H L U S S" is a title, and stays as a title reads.)
_SPACED: Final = re.compile(r"\b[A-Za-zÄÖÜäöüß](?: [A-Za-zÄÖÜäöüß]){3,}\b")
_LABEL_COLON: Final = re.compile(r"[ ]?:")


def _spaced_words(text: str) -> list[tuple[int, int, str]]:
    """Each space inside a word spaced out letter by letter, to be removed."""
    out: list[tuple[int, int, str]] = []
    for m in _SPACED.finditer(text):
        before = m.start() - 1  # (back over the blanks before it only: linear)
        while before >= 0 and text[before] in " \t":
            before -= 1
        if _LABEL_COLON.match(text, m.end()) is None and (before < 0 or text[before] == "\n"):
            continue  # a title alone on its line
        out.extend((at, at + 1, "") for at in range(m.start() + 1, m.end(), 2))
    return out


# Dot leaders between a label and its number or its colon, as forms print them ("Ja-Stimmen
# ......... 12", "Stimmenthaltungen .. 1", "Sitzungsdatum ......: 2024-01-30"): one space.
_LEADER: Final = re.compile(r"(?<=[A-Za-zÄÖÜäöüß ])(?:\.{2,}+(?=[ ]*[0-9])|\.{3,}+(?=[ ]*:))")


def _leaders(text: str) -> list[tuple[int, int, str]]:
    """Each run of dot leaders before a number, with the space it stands for."""
    if ".." not in text:  # (a cheap test first: speed)
        return []
    return [(m.start(), m.end(), " ") for m in _LEADER.finditer(text)]


# The capital letter O typed for a zero before a count's label ("Einstimmig, O Enthaltungen",
# "O Gegenstimmen"): a word of its own, never a name's initial ("O. Meyer").
_LETTER_ZERO: Final = re.compile(
    # (the word's start checked after its letter: a pattern that opens with a letter lets re skip
    # to the next O fast — speed)
    r"O(?<![\w.-]O)(?=[ ]+(?:Enthaltung|Stimmenthaltung|Gegenstimme|Nein-Stimme|Ja-Stimme|Nein\b"
    r"|Ja\b))"
)


# A count's label and its colon, before what a form printed in its value's place
_COUNT_LABEL_COLON: Final = (
    r"(?:Ja|Nein|Enthaltung(?:en)?|Stimmenthaltung(?:en)?|Gegenstimmen|Ja-Stimmen|Nein-Stimmen"
    r"|dafür|dagegen)[ ]*:[ ]*"
)
# ... or after a count's label and its colon, as a scan reads a form's zero ("Ja: 15     Nein: O")
_LABELLED_LETTER_ZERO: Final = re.compile(_COUNT_LABEL_COLON + r"(?P<zero>O)(?![\w.])")


# A form's row of boxes with the counts in the same row ("| ☐ Einstimmig | ☒ mit Stimmenmehrheit |
# Ja: 7 | Nein: 2 | Enthaltung: 1 |", "☐ einstimmig   ☒ mit Stimmenmehrheit   Ja: 17   Nein: 4"):
# the counts on a line of their own after the boxes, as the form's two rows are mostly printed (a
# line break after the border or the gap before the first count).
_COUNT_CELL: Final = re.compile(
    r"(?:\|[ ]*+|(?<![ ])[ ]{3,}+)(?=" + _COUNT_LABEL_COLON + r"[0-9])"
)  # (a gap from its first blank, whole: linear on a long run of blanks)
"""The border or the column's gap before a count's cell (``| Ja: 7``, ``     Ja: 17``)."""


def _boxes_beside_counts(text: str) -> list[tuple[int, int, str]]:
    """A line break after the cell border or the column's gap before the first count of a row
    that holds a box before it (:data:`vocab.BOX`)."""
    if _COUNT_CELL.search(text) is None:
        return []  # (no count after a gap or a border: no edit)
    out: list[tuple[int, int, str]] = []
    read_to = 0  # (each line once, from its first box: linear)
    for box in vocab.BOX.finditer(text):
        if box.start() < read_to:
            continue
        line_end = text.find("\n", box.end())
        read_to = len(text) if line_end < 0 else line_end
        count = _COUNT_CELL.search(text, box.end(), read_to)
        if count is not None:
            out.append((count.end(), count.end(), "\n"))
    return out


# A mail merge's field left unfilled (``«Ja»``, ``«Sitzungsdatum_lang»``): after a count's label,
# or a name of the template's with an underscore in it. Read as blank, as the form meant to print
# a value there (not as the word in it: "Ja-Stimmen: «Ja»" is no count, nor a group named "Ja").
_MERGE_FIELD: Final = re.compile(
    _COUNT_LABEL_COLON
    + r"(?P<field>«[A-Za-zÄÖÜäöü_]{1,40}»)|(?P<named>«[A-Za-zÄÖÜäöü]{1,40}_[A-Za-zÄÖÜäöü_]{1,40}»)"
)


def _merge_fields(text: str) -> list[tuple[int, int, str]]:
    """Each unfilled field of a mail merge (:data:`_MERGE_FIELD`), blanked."""
    if "«" not in text:  # (a cheap test first: speed)
        return []
    out: list[tuple[int, int, str]] = []
    for m in _MERGE_FIELD.finditer(text):
        group = "field" if m.group("field") else "named"
        out.append((m.start(group), m.end(group), " " * (m.end(group) - m.start(group))))
    return out


def _letter_zeros(text: str) -> list[tuple[int, int, str]]:
    """Each letter O that stands for a count of zero, with the digit meant."""
    return [(m.start(), m.end(), "0") for m in _LETTER_ZERO.finditer(text)] + [
        (m.start("zero"), m.end("zero"), "0") for m in _LABELLED_LETTER_ZERO.finditer(text)
    ]


# A form's boxes written with parentheses, one option a line ("( ) einstimmig angenommen" /
# "(x) mehrheitlich angenommen"): brackets, as such forms mostly write them, so that a ticked "(x)"
# is read as a box and not as a clause's letter. Two such lines at least, one after the other.
_PAREN_BOX_LINES: Final = re.compile(
    r"^[ ]*\([ xX]\)[ ]+\S[^\n]*(?:\n[ ]*\([ xX]\)[ ]+\S[^\n]*)+", re.MULTILINE
)
_PAREN_BOX: Final = re.compile(r"^([ ]*)\(([ xX])\)", re.MULTILINE)


def _paren_boxes(text: str) -> list[tuple[int, int, str]]:
    """Each box of a form written with parentheses, as the same box with brackets."""
    if "( )" not in text:  # (a cheap test first: speed; a form has an empty box)
        return []
    out: list[tuple[int, int, str]] = []
    for block in _PAREN_BOX_LINES.finditer(text):
        for box in _PAREN_BOX.finditer(text, block.start(), block.end()):
            at = box.end(1)
            out.append((at, at + 3, f"[{box.group(2)}]"))
    return out


# A form's boxes each alone on its line over its option ("☐" / "einstimmig" / "☒" / "mit
# Stimmenmehrheit"), as a web form's cells come out one a line: the line break after each box a
# space, so that a box and its option are one line, as forms mostly print them (same length).
# Two such boxes at least, one of them empty; the option a short line that opens with no box.
_BOX_OVER_OPTION: Final = re.compile(
    r"^[ ]*(?P<box>[☐☒☑]|\[[ xX]?\])[ ]*(?P<end>\n)(?=[ ]*[^\s☐☒☑\[][^\n]{0,60}$)", re.MULTILINE
)


def _boxes_over_results(text: str) -> list[tuple[int, int, str]]:
    """The line break after each box alone over its option, as a space (see
    :data:`_BOX_OVER_OPTION`)."""
    if "☐" not in text and "[ ]" not in text and "[]" not in text:  # (a cheap test first)
        return []
    found = list(_BOX_OVER_OPTION.finditer(text))
    if len(found) < 2 or not any(m.group("box").replace(" ", "") in ("☐", "[]") for m in found):
        return []
    return [(m.start("end"), m.end("end"), " ") for m in found]


# A scan's letters for digits in a date ("24.03.2O21", "2O.O6.2022", "08.1l.2022", "1l. November
# 2021"): O for a zero, l or I for a one. A date's shape with a digit in its day or month and
# three digits at least; the letters read back as the digits they stand for.
_OCR_DATE: Final = re.compile(
    # (the day's first character checked first: a pattern that opens with a class lets re skip
    # fast — speed)
    r"(?<![\w.])(?=[0-9OlI])(?P<day>[0-9OlI]{1,2})\.[ ]?"
    r"(?:(?P<month>[0-9OlI]{1,2})\.[ ]?(?P<year>(?:19|2[0O])[0-9OlI]{2})"
    rf"|(?:{vocab.alternation(m.capitalize() for m in vocab.MONTHS if not m.endswith('.'))})"
    r"[ ]+(?P<named_year>[12][0-9OlI]{3}))(?![\w.]?[0-9])"
)
_OCR_DIGITS: Final = str.maketrans("OlI", "011")


# ... and the other way round, a month's name with a digit for its letter ("11. 0ktober 2023",
# "3. Ju1i 2024", "Apri1"): each name of the vocabulary with its O as 0 and its l as 1
_SLIPPED_MONTHS: Final = {
    slipped: name
    for name in (m.capitalize() for m in vocab.MONTHS if not m.endswith("."))
    if (slipped := name.translate(str.maketrans("Ol", "01"))) != name
}
_DIGIT_IN_MONTH: Final = re.compile(rf"\b(?:{vocab.alternation(_SLIPPED_MONTHS)})\b")


def _letter_digits(text: str) -> list[tuple[int, int, str]]:
    """Each date that a scan wrote with a letter for a digit, with its digits; and each month's
    name written with a digit for a letter, with its letter."""
    out: list[tuple[int, int, str]] = [
        _changed(m.start(), m.group(), _SLIPPED_MONTHS[m.group()])
        for m in _DIGIT_IN_MONTH.finditer(text)
    ]
    for m in _OCR_DATE.finditer(text):
        parts = [g for g in ("day", "month", "year", "named_year") if m.group(g) is not None]
        numbers = "".join(m.group(g) for g in parts)
        head = m.group("day") + (m.group("month") or "")
        if (
            any(letter in numbers for letter in "OlI")
            and any(c.isdigit() for c in head)
            and sum(c.isdigit() for c in numbers) >= 3
        ):
            # (only the numbers' letters: a month's name keeps its own, "Oktober", "Juli")
            out.extend(
                _changed(m.start(g), m.group(g), m.group(g).translate(_OCR_DIGITS))
                for g in parts
                if m.group(g).translate(_OCR_DIGITS) != m.group(g)
            )
    return out


NOQA: Final = re.compile(
    r"[ \t]*#[ \t]*(?i:noqa)(?::[ \t]*(?P<codes>[\w-]+(?:[ \t]*,[ \t]*[\w-]+)*))?[ \t]*(?=\r?$)",
    re.MULTILINE,
)
"""``# noqa`` (every finding of the line) or ``# noqa: RP301, RP805`` (those rules; codes or
names) at a line's end."""


def _noqa(text: str) -> list[tuple[int, int, str]]:
    """The inline suppressions' marks, out of the clean view (they are for ``check``, not part
    of the resolution)."""
    if "#" not in text:  # (speed: most texts have no mark)
        return []
    return [(m.start(), m.end(), "") for m in NOQA.finditer(text)]


def _rewrite(
    text: str, edits: list[tuple[int, int, str]], filled: set[int]
) -> tuple[str, list[int], list[int], set[int]]:
    """``text`` with each ``(start, end, piece)`` of ``edits`` (in order, apart) put in place of
    its stretch, with offsets mapped; ``filled`` (ends of earlier replacements) moved along."""
    out = _Builder()
    pos = 0
    shifts: list[tuple[int, int]] = []  # (where an edit ends, how much it moved what follows)
    moved_by = 0
    for start, end, piece in edits:
        if start < pos:
            continue  # within an edit made already (a table that a glued word stands in)
        out.keep(text[pos:start])
        if end > start:
            out.replace(start, "")  # the piece starts where its stretch does
        out.replace(end, piece)
        moved_by += len(piece) - (end - start)
        shifts.append((end, moved_by))
        pos = end
    out.keep(text[pos:])
    ends = [end for end, _ in shifts]
    moved = set()
    for f in filled:
        i = bisect_right(ends, f) - 1
        moved.add(f + (shifts[i][1] if i >= 0 else 0))
    return "".join(out.parts), out.clean_at, out.orig_at, moved | out.filled


_MAX_PASSES: Final = 64
_MAX_EDIT_PASSES: Final = 4
"""Repair passes after the first; only markup nested deeper than this (``<<<b>p>…``) could
leave the result short of its fixpoint."""


def _edits(text: str) -> tuple[list[tuple[int, int, str]], bool]:
    """The edits of one pass over ``text`` (see :func:`clean`), sorted; and whether any parts a
    glued word (the one edit that can make another: a pass over the result is needed)."""
    tables = count_lines(text) if "JaNeinEnthaltung" in text else []  # (a cheap test first)
    # the count line in the table's place, then a line break of its own (so that a span of the
    # whole line is the whole table)
    edits = [edit for start, end, line in tables for edit in ((start, end, line), (end, end, "\n"))]
    gaps = [gap for gap in _glued(text) if not any(start <= gap <= end for start, end, _ in tables)]
    edits += [(gap, gap, " ") for gap in gaps]
    edits += _misspelt(text, set(gaps))
    mojibake = _mojibake(text)
    edits += mojibake
    edits += _buttons(text)
    edits += _spaces_alone(text)
    ocr = _ocr_slips(text)
    edits += ocr
    edits += _outside(_old_spellings(text), ocr)
    edits += _leaders(text)
    edits += _letter_zeros(text)
    edits += _merge_fields(text)
    edits += _letter_digits(text)
    edits += _paren_boxes(text)
    edits += _boxes_over_results(text)
    edits += _ellipses(text)
    edits += _noqa(text)
    edits += _spaced_words(text)
    edits += _letter_tallies(text)
    edits += _run_on_tables(text)
    edits += _glued_fields(text)
    edits += _run_on_fields(text)
    edits += _boxes_beside_counts(text)
    edits += _bare_cells(text)
    edits += _numbers_before_labels(text)
    edits += _wrapped_counts(text)
    edits += _headed_label_rows(text)
    edits += _slashed_rows(text)
    edits += _broken_rows(text)
    if "-" in text:
        edits += _wrapped_heads(text)
    edits += _wrapped_group_heads(text)
    edits.sort()
    return edits, bool(gaps) or bool(mojibake)


def clean(original: str) -> Cleaned:
    """The clean view of ``original`` (see the module docstring for its guarantees)."""
    repaired, c1, o1, filled, found = _repair(original)
    dropped = found.dropped
    # A repair can bring parts of another together ("Verwal-\n\xadtung"): repeat to a fixpoint,
    # so that cleaning twice changes nothing. Positions are kept from the first pass, which reads
    # the original; a later pass only adds to the count.
    for _ in range(_MAX_PASSES):
        # A pass that changed nothing leaves nothing for the next one.
        if repaired == original or (_REPAIRS.search(repaired) is None and not _quoted(repaired)):
            break
        again, c2, o2, filled_again, more = _repair(repaired)
        if again == repaired:  # only matches that stay as they are (an unknown entity)
            break
        filled = filled_again
        c1, o1 = (list(m) for m in _chain((c1, o1), (c2, o2)))
        repaired, dropped = again, dropped + more.dropped
    if unicodedata.is_normalized("NFC", repaired):
        clean_at, orig_at = tuple(c1), tuple(o1)
        text = repaired
    else:
        text, c2, o2, filled = _compose(repaired)
        clean_at, orig_at = _chain((c1, o1), (c2, o2))
    # A word parted from a vote word can leave another to part ("Jaeinstimmig0": "einstimmig0"):
    # after such a pass, one more, to a fixpoint, so that cleaning twice changes nothing.
    for _ in range(_MAX_EDIT_PASSES):
        edits, parted = _edits(text)
        if edits:
            text, c2, o2, filled = _rewrite(text, edits, set(filled))
            clean_at, orig_at = _chain((list(clean_at), list(orig_at)), (c2, o2))
        if not parted:
            break
    # (on the text as the edits left it: its words whole, so that cleaning again finds no more)
    spelt = _spelt_out(text)
    if spelt:
        text, c2, o2, filled = _rewrite(text, spelt, set(filled))
        clean_at, orig_at = _chain((list(clean_at), list(orig_at)), (c2, o2))
    line_starts = [0]
    line_starts.extend(m.end() for m in re.finditer("\n", original))
    return Cleaned(
        original=original,
        text=text,
        dropped=dropped,
        markup=tuple(found.markup),
        page_breaks=tuple(found.page_breaks),
        _clean_at=clean_at,
        _orig_at=orig_at,
        _filled=frozenset(filled),
        _line_starts=tuple(line_starts),
    )


def cleaning_findings(cleaned: Cleaned, original: str) -> Iterator[Diagnostic]:
    """What the cleaning pass removed or changed that a reader of the text should know."""
    if cleaned.dropped:
        yield diagnostic("RP803", f"{cleaned.dropped} control or invisible character(s) removed")
    if cleaned.markup:
        first_start, first_end = cleaned.markup[0]
        yield diagnostic(
            "RP802",
            f"HTML markup '{original[first_start:first_end]}' in the text "
            f"({len(cleaned.markup)} tag(s) or entities in all); read without it",
            cleaned.original_span(first_start, first_end),
        )
    for at in cleaned.page_breaks:
        yield diagnostic(
            "RP804",
            "page break (form feed) read as a line break",
            cleaned.original_span(at, at + 1),
        )
