"""The Lark layer: grammars in, plain parse records out. No Lark type leaves this module.

Both grammars (``document.lark``, ``vote.lark``) are built lazily on first use, once per process,
as LALR(1) parsers with the contextual lexer in strict mode. The built tables are cached on disk
(``$XDG_CACHE_HOME/ratsparse`` or ``~/.cache/ratsparse``), keyed by the grammar text, so only the
first run after an install or a grammar change pays for building them.
"""

from __future__ import annotations

import functools
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal

if TYPE_CHECKING:
    from lark import Lark, Token, Tree

GRAMMARS: Final = ("document", "vote")


def grammar_dir() -> Path:
    """Where the grammars are: inside the installed package, or ``grammar/`` of a source tree."""
    packaged = Path(__file__).with_name("grammar")
    if (packaged / "document.lark").is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "grammar"


def _cache_dir() -> Path | None:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    for candidate in (Path(base) / "ratsparse", Path(tempfile.gettempdir()) / "ratsparse-cache"):
        try:
            candidate.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(candidate, os.W_OK):
            return candidate
    return None


def _cache_file(name: str) -> Path | None:
    cache_dir = _cache_dir()
    return cache_dir / f"{name}.lark-cache" if cache_dir is not None else None


def tables_cached() -> bool:
    """Whether every grammar's parse tables are cached (else the next parse builds them)."""
    if all(n in _BUILT for n in GRAMMARS):
        return True
    files = [_cache_file(n) for n in GRAMMARS]
    return all(f is not None and f.is_file() for f in files)


_BUILT: set[str] = set()


@functools.cache
def build(name: str, *, use_cache: bool = True) -> Lark:
    """The parser for grammar ``name`` (built once per process)."""
    from lark import Lark

    text = (grammar_dir() / f"{name}.lark").read_text(encoding="utf-8")
    cache_file = _cache_file(name) if use_cache else None
    cache: str | bool = str(cache_file) if cache_file is not None else False
    _BUILT.add(name)
    return Lark(
        text,
        parser="lalr",
        lexer="contextual",
        strict=True,
        propagate_positions=True,
        maybe_placeholders=False,
        cache=cache,
        source_path=name,
    )


# ---------------------------------------------------------------------------------------------
# Plain records (offsets are into the text that was parsed).

LineKind = Literal["text", "clause", "count", "furniture"]
MarkerKind = Literal["addendum", "meeting", "note", "status", "paper", "vote_heading", "field"]


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of the parsed text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Line:
    """One body line, typed by how it starts."""

    kind: LineKind
    piece: Piece
    number: Piece | None = None
    """The clause number, for clause lines."""
    rest: Piece | None = None
    """The clause text after the number, for clause lines."""


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


def _piece(token: Token) -> Piece:
    start = token.start_pos or 0
    return Piece(str(token), start, token.end_pos if token.end_pos is not None else start)


def _tokens(tree: Tree[Token]) -> list[Token]:
    from lark import Token

    return [t for t in tree.scan_values(lambda v: isinstance(v, Token))]


def _line(tree: Tree[Token]) -> Line:
    toks = _tokens(tree)
    kind = str(tree.data)
    if kind == "clause_line":
        number = _piece(toks[0])
        rest = _piece(toks[1]) if len(toks) > 1 else None
        end = rest.end if rest else number.end
        whole = Piece(number.text + (" " + rest.text if rest else ""), number.start, end)
        return Line("clause", whole, number=number, rest=rest)
    short: dict[str, LineKind] = {
        "count_line": "count",
        "furniture_line": "furniture",
        "text_line": "text",
    }
    return Line(short[kind], _piece(toks[0]))


def _marker(tree: Tree[Token]) -> Marker:
    from lark import Token

    label: Piece | None = None
    date = session = rest = None
    for child in tree.children:
        if isinstance(child, Token):
            if child.type == "SESSION_REF":
                session = _piece(child)
            else:
                label = _piece(child)
        elif child.data == "date":
            toks = _tokens(child)
            date = Piece(
                " ".join(str(t) for t in toks), toks[0].start_pos or 0, toks[-1].end_pos or 0
            )
        elif child.data == "rest":
            rest = _piece(_tokens(child)[0])
    assert label is not None
    kind: MarkerKind = str(tree.data)  # type: ignore[assignment]
    return Marker(kind, label, date=date, session_ref=session, rest=rest)


_LINE_RULES: Final = frozenset({"clause_line", "count_line", "furniture_line", "text_line"})


def parse_document(text: str) -> DocumentParse:
    """Split ``text`` (a clean view) into sections of typed lines."""
    from lark.exceptions import UnexpectedInput

    try:
        tree = build("document").parse(text if text.endswith("\n") else text + "\n")
    except UnexpectedInput as exc:
        pos = getattr(exc, "pos_in_stream", None) or 0
        return DocumentParse((), error=Piece(text[pos : pos + 20], pos, min(pos + 1, len(text))))
    sections: list[Section] = []
    for node in tree.children:
        if isinstance(node, str):
            continue
        marker = None
        lines: list[Line] = []
        for child in node.children:
            if isinstance(child, str):
                continue
            if child.data in _LINE_RULES:
                lines.append(_line(child))
            else:
                marker = _marker(child)
        sections.append(Section(marker, tuple(lines)))
    return DocumentParse(tuple(sections))


# ---------------------------------------------------------------------------------------------
# The vote language.

VoteItemKind = Literal[
    "unanimity",
    "majority",
    "supporters",
    "opponents",
    "abstainers",
    "count",
    "ratio",
    "verdict",
    "subject",
    "aside",
    "filler",
]


@dataclass(frozen=True, slots=True)
class Member:
    """A group in a list: ``4 CDU`` → number 4, name ``CDU``."""

    name: Piece
    number: Piece | None = None


@dataclass(frozen=True, slots=True)
class VoteItem:
    """One meaningful item of a vote text."""

    kind: VoteItemKind
    piece: Piece
    """The whole item."""
    key: Piece | None = None
    """The keyword: ``Ja:``, ``zugestimmt``, ``mit den Stimmen der`` …"""
    number: Piece | None = None
    groups: tuple[Member, ...] = ()


@dataclass(frozen=True, slots=True)
class VoteParse:
    items: tuple[VoteItem, ...]
    skipped: tuple[Piece, ...] = field(default=())
    """Stretches the grammar could not place (recovered from, not fatal)."""


def _span_of(toks: list[Token]) -> Piece:
    start = toks[0].start_pos or 0
    end = toks[-1].end_pos or start
    return Piece("", start, end)


def _members(nodes: list[Tree[Token]], text: str) -> tuple[Member, ...]:
    out: list[Member] = []
    for node in nodes:
        toks = _tokens(node)
        number = None
        names = toks
        if node.data == "member" and toks and toks[0].type in ("NUMBER", "NUMBER_WORD"):
            number, names = _piece(toks[0]), toks[1:]
        if not names:
            continue
        sp = _span_of(names)
        out.append(Member(Piece(text[sp.start : sp.end], sp.start, sp.end), number))
    return tuple(out)


def parse_vote(text: str) -> VoteParse:
    """Read the items of one vote text; never raises (unplaceable tokens are skipped)."""
    from lark import Token, Tree
    from lark.exceptions import UnexpectedCharacters, UnexpectedInput, UnexpectedToken

    skipped: list[Piece] = []

    def recover(exc: UnexpectedInput) -> bool:
        if isinstance(exc, UnexpectedToken):
            tok = exc.token
            skipped.append(_piece(tok))
        elif isinstance(exc, UnexpectedCharacters):
            pos = exc.pos_in_stream or 0
            skipped.append(Piece(text[pos : pos + 1], pos, pos + 1))
        return True

    try:
        tree = build("vote").parse(text, on_error=recover)
    except UnexpectedInput:
        return VoteParse((), (Piece(text, 0, len(text)),))
    items: list[VoteItem] = []
    for node in tree.children:
        if isinstance(node, Token):
            if node.type == "FILLER":
                items.append(VoteItem("filler", _piece(node)))
            continue
        toks = _tokens(node)
        whole = _span_of(toks)
        meta = node.meta
        if not meta.empty:  # includes filtered tokens such as a closing parenthesis
            whole = Piece("", meta.start_pos, meta.end_pos)
        piece = Piece(text[whole.start : whole.end], whole.start, whole.end)
        kind: VoteItemKind = str(node.data)  # type: ignore[assignment]
        if kind in ("supporters", "opponents", "abstainers"):
            groups = [c for c in node.children if isinstance(c, Tree) and c.data == "group"]
            items.append(
                VoteItem(
                    kind,
                    piece,
                    key=_piece(toks[0]),
                    groups=_members(groups, text),
                )
            )
        elif kind == "count":
            number = None
            key = None
            members: list[Tree[Token]] = []
            for c in node.children:
                if isinstance(c, Token):
                    if key is None:
                        key = _piece(c)
                elif c.data in ("number", "lead_number"):
                    number = _piece(_tokens(c)[0])
                elif c.data == "members":
                    members.extend(m for m in c.children if isinstance(m, Tree))
                elif c.data == "member":
                    members.append(c)
            items.append(
                VoteItem("count", piece, key=key, number=number, groups=_members(members, text))
            )
        else:
            items.append(VoteItem(kind, piece, key=_piece(toks[0])))
    return VoteParse(tuple(items), tuple(skipped))
