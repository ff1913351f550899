"""The Lark layer: grammars in, plain parse records out. No Lark type leaves this module.

Both grammars (``document.lark``, ``vote.lark``) are built lazily on first use, once per process,
as LALR(1) parsers with the contextual lexer in strict mode. Building them checks every terminal
collision and takes seconds, so the built tables are kept: a wheel ships them next to the
grammars, and a source tree builds them once into ``$XDG_CACHE_HOME/ratsparse`` (or
``~/.cache/ratsparse``). Table files are named by a key of the grammar text, the Lark version and
the Python version, so a changed grammar or a different Lark is never served stale tables.

ratsparse's own parses build their records while Lark reduces (a transformer given to LALR), so
no parse tree is built for a document, and run on lark-cython's compiled lexer and LALR parser
where it is installed (same tables, same result). :func:`build` gives the plain tree parsers,
for tests and tools.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal, NamedTuple, cast

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from lark import Lark, Token

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


def _grammar_text(name: str) -> str:
    return (grammar_dir() / f"{name}.lark").read_text(encoding="utf-8")


def tables_name(name: str, text: str) -> str:
    """The file name of grammar ``name``'s built tables: keyed by everything they depend on."""
    from lark import __version__ as lark_version

    key = f"{text}\0{lark_version}\0{sys.version_info[0]}.{sys.version_info[1]}"
    return f"{name}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:16]}.lark-tables"


def _table_files(name: str, text: str) -> list[Path]:
    """Where built tables may be: shipped beside the grammar, then the user's cache."""
    file_name = tables_name(name, text)
    places = [Path(__file__).with_name("grammar") / file_name]
    cache_dir = _cache_dir()
    if cache_dir is not None:
        places.append(cache_dir / file_name)
    return places


def tables_cached() -> bool:
    """Whether every grammar's tables are built (else the next parse builds them)."""
    if all(n in _BUILT for n in GRAMMARS):
        return True
    return all(any(f.is_file() for f in _table_files(n, _grammar_text(n))) for n in GRAMMARS)


_BUILT: set[str] = set()


def compile_grammar(
    name: str,
    text: str,
    transformer: object = None,
    plugins: Mapping[str, object] | None = None,
    tree_class: type | None = None,
) -> Lark:
    """Build grammar ``name`` from its text (seconds: strict mode checks every collision)."""
    from lark import Lark

    return Lark(
        text,
        parser="lalr",
        lexer="contextual",
        strict=True,
        propagate_positions=True,
        maybe_placeholders=False,
        source_path=name,
        transformer=transformer,
        tree_class=tree_class,
        _plugins=plugins or {},
    )


def write_tables(name: str, directory: Path) -> Path:
    """Build grammar ``name`` and save its tables into ``directory``; used by the wheel build."""
    text = _grammar_text(name)
    target = directory / tables_name(name, text)
    _save(compile_grammar(name, text), target)
    return target


def _save(parser: Lark, target: Path) -> None:
    """Write atomically: a reader never sees half a file."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            # Options that hold objects of this process are given again at loading.
            parser.save(f, exclude_options=("transformer", "_plugins", "tree_class"))
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@functools.cache
def build(name: str, *, use_cache: bool = True) -> Lark:
    """The parser for grammar ``name`` that returns Lark trees (tests, tools; once per process)."""
    return _open(name, None, {}, use_cache=use_cache)


def _open(
    name: str,
    transformer: object,
    plugins: Mapping[str, object],
    *,
    use_cache: bool,
    tree_class: type | None = None,
) -> Lark:
    """Grammar ``name``'s parser from saved tables where there are, else built (and saved).

    With a ``transformer``, LALR calls its methods as each rule is reduced, so the parse returns
    records directly and no tree is built. ``plugins`` replace Lark's lexer and parser classes
    (lark-cython's compiled ones), ``tree_class`` Lark's Tree for the rules the transformer has
    no method for. None of them changes the tables: the same file serves them all.
    """
    from lark import Lark

    text = _grammar_text(name)
    _BUILT.add(name)
    places = _table_files(name, text) if use_cache else []
    for place in places:
        if place.is_file():
            try:
                with place.open("rb") as f:
                    # What Lark.load does, with the options it lets a loaded parser take.
                    return Lark.__new__(Lark)._load(
                        f, transformer=transformer, _plugins=plugins, tree_class=tree_class
                    )
            except Exception:  # unreadable or foreign tables are rebuilt below
                continue
    parser = compile_grammar(name, text, transformer, plugins, tree_class)
    if len(places) > 1:
        # A read-only cache only costs the next run the build again.
        with contextlib.suppress(OSError):
            _save(parser, places[-1])
    return parser


# ---------------------------------------------------------------------------------------------
# Plain records (offsets are into the text that was parsed).

LineKind = Literal["text", "clause", "count", "furniture", "page"]
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


def _piece(token: Token) -> Piece:
    start = token.start_pos or 0
    return Piece(token.value, start, token.end_pos if token.end_pos is not None else start)


class _DocumentReader:
    """Turns each rule of document.lark into its record as the parser reduces it (no tree).

    Lark calls the method named like a rule with that rule's children: tokens, the records made
    for its sub-rules, and (for ``_``-rules, which have no method) their children spliced in.
    """

    def clause_line(self, children: list[Token]) -> Line:
        number = _piece(children[0])
        rest = _piece(children[1]) if len(children) > 1 else None
        end = rest.end if rest else number.end
        whole = Piece(number.text + (" " + rest.text if rest else ""), number.start, end)
        return Line("clause", whole, number=number, rest=rest)

    def bullet_line(self, children: list[Token]) -> Line:
        """A bulleted line is text that carries its bullet (clauses.py nests it in a clause)."""
        line = self.clause_line(children)
        return Line("text", line.piece, number=line.number, rest=line.rest)

    def count_line(self, children: list[Token]) -> Line:
        return Line("count", _piece(children[0]))

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
        return _marker("status", children)

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
            result = _reader("document").parse(source)
        except UnexpectedInput:
            raise
        except Exception:  # the compiled parser failed in itself: Lark's own classes read
            result = _reader("document", compiled=False).parse(source)
    except UnexpectedInput as exc:
        pos = getattr(exc, "pos_in_stream", None) or 0
        return DocumentParse((), error=Piece(text[pos : pos + 20], pos, min(pos + 1, len(text))))
    assert isinstance(result, DocumentParse)
    return result


def _readers() -> dict[str, object]:
    """What each grammar's parse builds as it reduces, instead of a Lark tree."""
    return {"document": _DocumentReader(), "vote": _VoteReader()}


def compiled_plugins() -> Mapping[str, object]:
    """lark-cython's compiled lexer and LALR parser, where it is installed (faster, same result).

    ratsparse depends on it where it ships wheels; elsewhere Lark's own classes parse.
    """
    try:
        import lark_cython  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        return {}
    plugins: Mapping[str, object] = lark_cython.plugins
    return plugins


@functools.cache
def _reader(name: str, *, compiled: bool = True) -> Lark:
    """The parser ratsparse reads grammar ``name`` with (once per process); ``compiled`` takes
    lark-cython's classes where it is installed."""
    plugins = compiled_plugins() if compiled else {}
    if plugins:
        try:
            return _open(name, _readers()[name], plugins, use_cache=True, tree_class=_Spliced)
        except Exception:  # a lark-cython that does not fit this Lark: read with Lark's classes
            return _reader(name, compiled=False)
    return _open(name, _readers()[name], plugins, use_cache=True, tree_class=_Spliced)


class _Spliced:
    """What a reader's parse builds for a rule its reader has no method for: ``_``-rules and
    the rules Lark makes for ``x*`` and ``x+``, whose children Lark splices into the rule above.

    Not a Lark ``Tree`` (speed): propagate_positions computes positions only for Trees, and for a
    repetition it looks through every child so far for one that has them, at each repetition
    (quadratic in the lines of a document, the items of a vote text). The records carry their
    own offsets.
    """

    __slots__ = ("children", "data")

    def __init__(self, data: str, children: list[object]) -> None:
        self.data = data
        self.children = children


# ---------------------------------------------------------------------------------------------
# The vote language.

VoteItemKind = Literal[
    "unanimity",
    "majority",
    "supporters",
    "opponents",
    "abstainers",
    "rest",
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


def _members(parts: list[_Part], text: str) -> tuple[Member, ...]:
    out: list[Member] = []
    for part in parts:
        toks = _part_tokens(part)
        number = None
        names = toks
        if part.rule == "member" and toks and toks[0].type in ("NUMBER", "NUMBER_WORD"):
            number, names = _piece(toks[0]), toks[1:]
        if not names:
            continue
        start = names[0].start_pos or 0
        end = names[-1].end_pos or start
        out.append(Member(Piece(text[start:end], start, end), number))
    return tuple(out)


def _party_count(token: Token) -> Member:
    """``CDU (12)``: the name, and the number in parentheses."""
    start = token.start_pos or 0
    value = token.value
    open_at = value.rindex("(")
    name = value[:open_at].rstrip()
    return Member(
        Piece(name, start, start + len(name)),
        Piece(value[open_at + 1 : -1], start + open_at + 1, start + len(value) - 1),
    )


class _Part(NamedTuple):
    """A part of a vote item as the parser reduced it: a ``group``, ``named``, ``member``,
    ``members``, ``number`` or ``lead_number``, its extent and its children (tokens; a member's
    number and a list's members are parts). A tuple: it is made for every name in a list."""

    rule: str
    start: int
    end: int
    """From its first token to its last (a list's closing parenthesis included)."""
    children: list[Token | _Part]


def _part_tokens(part: _Part) -> list[Token]:
    """The tokens of a group, named group or member, in order (a member's number is a part)."""
    out: list[Token] = []
    for child in part.children:
        if isinstance(child, _Part):
            out.extend(cast("list[Token]", child.children))
        else:
            out.append(child)
    return out


@dataclass(frozen=True, slots=True)
class _Item:
    """A vote item as the parser reduced it: its rule, its extent, its children."""

    kind: VoteItemKind
    start: int
    end: int
    """From its first token to its last (a list's closing parenthesis included)."""
    children: list[Token | _Part]


def _start(child: Token | _Part) -> int:
    return child.start if isinstance(child, _Part) else child.start_pos or 0


def _end(child: Token | _Part, start: int) -> int:
    return child.end if isinstance(child, _Part) else child.end_pos or start


class _VoteReader:
    """Turns each rule of vote.lark into an :class:`_Item` or a :class:`_Part` as the parser
    reduces it (no tree); the item's text is cut from the vote text afterwards, so that the
    reader holds no state of one parse.
    """

    def _item(self, kind: VoteItemKind, children: list[Token | _Part]) -> _Item:
        start = _start(children[0])
        return _Item(kind, start, _end(children[-1], start), children)

    def _part(self, rule: str, children: list[Token | _Part]) -> _Part:
        start = _start(children[0])
        return _Part(rule, start, _end(children[-1], start), children)

    def unanimity(self, children: list[Token | _Part]) -> _Item:
        return self._item("unanimity", children)

    def majority(self, children: list[Token | _Part]) -> _Item:
        return self._item("majority", children)

    def supporters(self, children: list[Token | _Part]) -> _Item:
        return self._item("supporters", children)

    def opponents(self, children: list[Token | _Part]) -> _Item:
        return self._item("opponents", children)

    def abstainers(self, children: list[Token | _Part]) -> _Item:
        return self._item("abstainers", children)

    def rest(self, children: list[Token | _Part]) -> _Item:
        return self._item("rest", children)

    def count(self, children: list[Token | _Part]) -> _Item:
        return self._item("count", children)

    def ratio(self, children: list[Token | _Part]) -> _Item:
        return self._item("ratio", children)

    def verdict(self, children: list[Token | _Part]) -> _Item:
        return self._item("verdict", children)

    def subject(self, children: list[Token | _Part]) -> _Item:
        return self._item("subject", children)

    def aside(self, children: list[Token | _Part]) -> _Item:
        return self._item("aside", children)

    def group(self, children: list[Token | _Part]) -> _Part:
        return self._part("group", children)

    def named(self, children: list[Token | _Part]) -> _Part:
        return self._part("named", children)

    def member(self, children: list[Token | _Part]) -> _Part:
        return self._part("member", children)

    def members(self, children: list[Token | _Part]) -> _Part:
        return self._part("members", children)

    def number(self, children: list[Token | _Part]) -> _Part:
        return self._part("number", children)

    def lead_number(self, children: list[Token | _Part]) -> _Part:
        return self._part("lead_number", children)

    def start(self, children: list[_Item | Token]) -> list[_Item | Token]:
        return children


def parse_vote(text: str) -> VoteParse:
    """Read the items of one vote text; never raises (unplaceable tokens are skipped)."""
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
        # Most vote texts parse without a stumble; those that do not are read again with Lark's
        # own classes, which recover. (lark-cython 0.0.17 fails while recovering from a
        # character no terminal matches: a TypeError from its LineCounter.feed.)
        result = _reader("vote").parse(text)
    except Exception:  # UnexpectedInput, or whatever else stops the compiled parser
        try:
            result = _reader("vote", compiled=False).parse(text, on_error=recover)
        except UnexpectedInput:
            return VoteParse((), (Piece(text, 0, len(text)),))
    found = cast("list[_Item | Token]", result)
    items: list[VoteItem] = []
    for node in found:
        if not isinstance(node, _Item):
            if node.type in ("FILLER", "STOP"):
                items.append(VoteItem("filler", _piece(node)))
            continue
        piece = Piece(text[node.start : node.end], node.start, node.end)
        kind = node.kind
        first = node.children[0]
        key = _piece(first if not isinstance(first, _Part) else _part_tokens(first)[0])
        if kind in ("supporters", "opponents", "abstainers"):
            groups = [c for c in node.children if isinstance(c, _Part) and c.rule == "group"]
            items.append(VoteItem(kind, piece, key=key, groups=_members(groups, text)))
        elif kind == "count":
            number = None
            count_key = None
            members: list[_Part] = []
            party_counts: list[Member] = []
            for c in node.children:
                if not isinstance(c, _Part):
                    if c.type == "PARTY_COUNT":
                        party_counts.append(_party_count(c))
                    elif count_key is None:
                        count_key = _piece(c)
                elif c.rule in ("number", "lead_number"):
                    number = _piece(_part_tokens(c)[0])
                elif c.rule == "members":
                    members.extend(m for m in c.children if isinstance(m, _Part))
                elif c.rule in ("member", "named"):
                    members.append(c)
            groups_found = _members(members, text) + tuple(party_counts)
            items.append(
                VoteItem("count", piece, key=count_key, number=number, groups=groups_found)
            )
        else:
            items.append(VoteItem(kind, piece, key=key))
    return VoteParse(tuple(_open_asides(items, text)), tuple(skipped))


def _open_asides(items: list[VoteItem], text: str) -> Iterator[VoteItem]:
    """Counts in parentheses are counts: ``einstimmig (15:0)``, ``abgelehnt (Ja: 4, Nein: 9)``.

    Only the counts and ratios of a parenthesis are taken; its other words stay a remark
    (``(Herr X stimmt dagegen)`` is no verdict of the vote).
    """
    for item in items:
        if item.kind == "aside" and any(ch.isdigit() for ch in item.piece.text):
            at = item.piece.start + 1
            inner = parse_vote(text[at : item.piece.end - 1]).items
            counted = [i for i in inner if i.kind in ("count", "ratio")]
            if counted:
                yield from (_shifted(i, at) for i in counted)
                continue
        yield item


def _moved(piece: Piece | None, by: int) -> Piece | None:
    return None if piece is None else Piece(piece.text, piece.start + by, piece.end + by)


def _shifted(item: VoteItem, by: int) -> VoteItem:
    """``item`` read from a stretch that starts ``by`` characters into the vote text."""
    return VoteItem(
        item.kind,
        Piece(item.piece.text, item.piece.start + by, item.piece.end + by),
        key=_moved(item.key, by),
        number=_moved(item.number, by),
        groups=tuple(
            Member(Piece(m.name.text, m.name.start + by, m.name.end + by), _moved(m.number, by))
            for m in item.groups
        ),
    )
