"""The document reader: document.lark's layout of a resolution text, as plain records.

The parser builds the records as it reduces (:class:`DocumentReader`), so no Lark tree is made;
offsets are into the text that was parsed (the clean view).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

from ratsparse.parser.tables import piece_of as _piece
from ratsparse.parser.tables import reader
from ratsparse.text import Piece

if TYPE_CHECKING:
    from lark import Token

LineKind = Literal["text", "clause", "count", "label", "value", "furniture", "page"]
MarkerKind = Literal["addendum", "meeting", "note", "status", "paper", "vote_heading", "field"]


@dataclass(frozen=True, slots=True)
class Line:
    """One body line, typed by how it starts."""

    kind: LineKind
    piece: Piece
    number: Piece | None = None
    """The clause number, for clause lines; the bullet, for a text line that opens with one."""
    rest: Piece | None = None
    """The text after the number or bullet."""


@dataclass(frozen=True, slots=True)
class Marker:
    """A labelled line that opens a section."""

    kind: MarkerKind
    label: Piece
    date: Piece | None = None
    session_ref: Piece | None = None
    rest: Piece | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """A marker (or none, for text before the first marker) and its body lines."""

    marker: Marker | None
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class DocumentParse:
    sections: tuple[Section, ...]
    error: Piece | None = None
    """Where the document grammar gave up, if it did (a bug: the grammar accepts any text)."""


class DocumentReader:
    """Turns each rule of document.lark into its record as the parser reduces it (no tree).

    Lark calls the method named like a rule with that rule's children: tokens, the records made
    for its sub-rules, and (for ``_``-rules, which have no method) their children spliced in.
    """

    def clause_line(self, children: list[Token]) -> Line:
        number = _piece(children[0])
        if number.text.startswith("„"):  # a quoted clause ("„3. an der Rellinger Straße …")
            number = Piece(number.text[1:], number.start + 1, number.end)
        rest = _piece(children[1]) if len(children) > 1 else None
        end = rest.end if rest else number.end
        # (the gap between them as it stands, so that the line's text and its span agree:
        # "Ziffer 1:   anwesend 15")
        gap = " " * (rest.start - number.end) if rest else ""
        whole = Piece(number.text + (gap + rest.text if rest else ""), number.start, end)
        return Line("clause", whole, number=number, rest=rest)

    def bullet_line(self, children: list[Token]) -> Line:
        """A bulleted line is text that carries its bullet (clauses.py nests it in a clause)."""
        line = self.clause_line(children)
        return Line("text", line.piece, number=line.number, rest=line.rest)

    def count_line(self, children: list[Token]) -> Line:
        return Line("count", _piece(children[0]))

    def label_line(self, children: list[Token]) -> Line:
        return Line("label", _piece(children[0]))

    def value_line(self, children: list[Token]) -> Line:
        return Line("value", _piece(children[0]))

    def furniture_line(self, children: list[Token]) -> Line:
        return Line("furniture", _piece(children[0]))

    def page_line(self, children: list[Token]) -> Line:
        return Line("page", _piece(children[0]))

    def text_line(self, children: list[Token]) -> Line:
        return Line("text", _piece(children[0]))

    def date(self, children: list[Token]) -> _Date:
        start = children[0].start_pos or 0
        return _Date(Piece(" ".join(t.value for t in children), start, children[-1].end_pos or 0))

    def rest(self, children: list[Token]) -> Piece:
        return _piece(children[0])

    def addendum(self, children: list[_MarkerPart]) -> Marker:
        return _marker("addendum", children)

    def meeting(self, children: list[_MarkerPart]) -> Marker:
        return _marker("meeting", children)

    def note(self, children: list[_MarkerPart]) -> Marker:
        return _marker("note", children)

    def status(self, children: list[_MarkerPart]) -> Marker:
        marker = _marker("status", children)
        label = marker.label
        if label.text[:1] in "IVX" and (section := _SECTION_NUMBER.match(label.text)):
            # "III. Beschluss": the heading without its section's number
            cut = section.end()
            label = Piece(label.text[cut:], label.start + cut, label.end)
            return Marker("status", label, marker.date, marker.session_ref, marker.rest)
        return marker

    def paper(self, children: list[_MarkerPart]) -> Marker:
        return _marker("paper", children)

    def vote_heading(self, children: list[_MarkerPart]) -> Marker:
        return _marker("vote_heading", children)

    def field(self, children: list[_MarkerPart]) -> Marker:
        return _marker("field", children)

    def lead(self, children: list[Line]) -> Section:
        return Section(None, tuple(children))

    def section(self, children: list[Marker | Line]) -> Section:
        marker, *lines = children
        assert isinstance(marker, Marker)
        return Section(marker, tuple(lines))  # type: ignore[arg-type]

    def start(self, children: list[Section]) -> DocumentParse:
        return DocumentParse(tuple(children))


@dataclass(frozen=True, slots=True)
class _Date:
    """A marker's date, told apart from the marker's other pieces."""

    piece: Piece


if TYPE_CHECKING:
    _MarkerPart = Token | _Date | Piece


_SECTION_NUMBER: Final = re.compile(r"[IVX]{1,4}\.[ ]+")
"""A section's Roman number before a heading (München's ``III. Beschluss``)."""


def _marker(kind: MarkerKind, children: list[_MarkerPart]) -> Marker:
    """``LABEL date? SESSION_REF? rest?``"""
    label: Piece | None = None
    date = session = rest = None
    for child in children:
        if isinstance(child, _Date):
            date = child.piece
        elif isinstance(child, Piece):
            rest = child
        elif child.type == "SESSION_REF":
            session = _piece(child)
        else:
            label = _piece(child)
    assert label is not None
    return Marker(kind, label, date=date, session_ref=session, rest=rest)


def parse_document(text: str) -> DocumentParse:
    """Split ``text`` (a clean view) into sections of typed lines."""
    from lark.exceptions import UnexpectedInput

    source = text if text.endswith("\n") else text + "\n"
    try:
        try:
            result = reader("document").parse(source)
        except UnexpectedInput:
            raise
        except Exception:  # the compiled parser failed in itself: Lark's own classes read
            result = reader("document", compiled=False).parse(source)
    except UnexpectedInput as exc:
        pos = getattr(exc, "pos_in_stream", None) or 0
        return DocumentParse((), error=Piece(text[pos : pos + 20], pos, min(pos + 1, len(text))))
    assert isinstance(result, DocumentParse)
    return result
