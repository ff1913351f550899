"""The vote reader: vote.lark's items of a vote result, as plain records.

The parser builds the items as it reduces (:class:`VoteReader`), so no Lark tree is made;
offsets are into the vote text that was parsed.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Final, Literal, NamedTuple, cast

from ratsparse import vocab
from ratsparse.parser.starts import Dispatch, Matcher
from ratsparse.parser.tables import piece_of as _piece
from ratsparse.parser.tables import reader
from ratsparse.text import Piece

if TYPE_CHECKING:
    from lark import Token
    from lark.exceptions import UnexpectedInput, UnexpectedToken
    from lark.lexer import BasicLexer

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
    "consent",
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
    more: tuple[Piece, ...] = ()
    """Further numbers of the same side, one per group (``Gegenstimmen: 3 (AfD), 2 (DIE
    LINKE)``): the side's count is their sum with ``number``."""


@dataclass(frozen=True, slots=True)
class VoteParse:
    items: tuple[VoteItem, ...]
    skipped: tuple[Piece, ...] = field(default=())
    """Stretches the grammar could not place (recovered from, not fatal)."""


_MEMBER_NUMBERS: Final = frozenset({"NUMBER", "NUMBER_WORD", "RUN_ON_NUMBER"})
_VOTE_NOUNS: Final = frozenset({"stimmen", "stimme"})
"""What a number in a list that says its own side counts (``(10 Stimmen dafür)``): votes, no
group."""
"""The tokens that give a member's number (``4 CDU``; ``1 OP`` run on after ``1 BÜRGERLISTE``)."""


_NEXT_SENTENCE: Final = re.compile(
    r"[ ](?P<who>(?:Die|Der|Das)[ ][A-ZÄÖÜ][\w-]*)[ ](?!(?:für|und|von|der|des|im|in)\b)[a-zäöü]"
)
"""A sentence that opens after a list's last name, its line breaks lost (``Enthaltung: FDP, Freie
Wähler Die Stadtverordnetenvorsteherin stellt fest, …``): an article, a noun that names no
group (``Die Linke``, ``Die PARTEI``, ``Die Fraktion`` do) and a word in lower case."""


def _sentence_after(text: str, start: int, end: int) -> int | None:
    """Where a sentence opens after the last name of a list in ``text[start:end]``
    (:data:`_NEXT_SENTENCE`), or None."""
    found = _NEXT_SENTENCE.search(text, start, end)
    if found is None:
        return None
    who = found.group("who")
    # (a member by title, then a verb, opens a sentence: "Der Vorsitzende stellt fest")
    if vocab.party_of(who) is not None or (vocab.names_a_group(who) and not vocab.is_person(who)):
        return None
    return found.start()


def _members(parts: list[_Part], text: str) -> tuple[Member, ...]:
    out: list[Member] = []
    for part in parts:
        toks = _part_tokens(part)
        number = None
        names = toks
        if part.rule == "member" and toks and toks[0].type in _MEMBER_NUMBERS:
            number, names = _piece(toks[0]), toks[1:]
        if not names:
            continue
        start = names[0].start_pos or 0
        end = names[-1].end_pos or start
        if (after := _sentence_after(text, start, end)) is not None:
            end = after  # the name ends where the next sentence opens
        out.append(Member(Piece(text[start:end], start, end), number))
    return tuple(out)


def _list_side(part: _Part) -> tuple[Literal["supporters", "opponents"], Piece] | None:
    """The side a list in parentheses says it voted (``(CDU dagegen)``), and that word."""
    for child in part.children:
        if not isinstance(child, _Part) and child.type == "LIST_SIDE":
            side: Literal["supporters", "opponents"] = (
                "opponents" if child.value.lower() == "dagegen" else "supporters"
            )
            return side, _piece(child)
    return None


def _side_number(token: Token, word: int = 0) -> Piece:
    """``16 Stimmen``: its number (the token's ``word``-th word: ``mit 16 Stimmen``, 1)."""
    words = token.value.split(" ")
    start = (token.start_pos or 0) + sum(len(w) + 1 for w in words[:word])
    return Piece(words[word], start, start + len(words[word]))


def _all_number(token: Token) -> Piece | None:
    """``alle neun Mitglieder stimmen …``, ``stimmen alle 12 …``: the number after ``alle``."""
    start = token.start_pos or 0
    words = token.value.split(" ")
    at = next((i for i, w in enumerate(words) if w.lower() == "alle"), len(words) - 1) + 1
    if at >= len(words) or vocab.number_of(words[at]) is None:
        return None
    offset = len(" ".join(words[:at])) + 1
    return Piece(words[at], start + offset, start + offset + len(words[at]))


_LAST_WORD: Final = re.compile(r"[^\W\d_]+(?=[“\"']?$)")


def _voted(token: Token, piece: Piece) -> VoteItem:
    """``16 Stadträte stimmten dagegen``, ``votierten 12 … für``, ``zwei enthielten sich``: a
    count whose key is the side word (``dagegen``, ``Ja`` of ``mit „Ja“``; for an abstention the
    verb, ``enthielten sich``) and whose number is the first number word or digits."""
    start = token.start_pos or 0
    value = token.value
    low = value.lower()
    verb = next((v for v in vocab.ABSTAINING_VERBS if v in low), None)
    if verb is not None:
        at = low.index(verb)
        key = Piece(value[at : at + len(verb)], start + at, start + at + len(verb))
    elif (first := value.split(" ", 1)[0]).lower() in vocab.VOTED_SIDES:  # "Dafür stimmten 12"
        key = Piece(first, start, start + len(first))
    else:
        side = _LAST_WORD.search(value)
        assert side is not None  # the terminal ends with the side's word
        key = Piece(side.group(), start + side.start(), start + side.end())
    number: Piece | None = None
    offset = 0
    for word in value.split(" "):
        if vocab.number_of(word) is not None:
            number = Piece(word, start + offset, start + offset + len(word))
            break
        offset += len(word) + 1
    return VoteItem("count", piece, key=key, number=number)


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


def _total_after_list(groups: Sequence[Member]) -> bool:
    """Whether only the last of two or more groups has a number: the side's, not its own."""
    return (
        len(groups) >= 2
        and groups[-1].number is not None
        and all(g.number is None for g in groups[:-1])
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


class VoteReader:
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

    def consent(self, children: list[Token | _Part]) -> _Item:
        return self._item("consent", children)

    def aside(self, children: list[Token | _Part]) -> _Item:
        return self._item("aside", children)

    def group(self, children: list[Token | _Part]) -> _Part:
        return self._part("group", children)

    def named(self, children: list[Token | _Part]) -> _Part:
        return self._part("named", children)

    def counted_party(self, children: list[Token | _Part]) -> _Part:
        return self._part("named", children)  # "1 Enthaltung CDU": a group as a list names it

    def member(self, children: list[Token | _Part]) -> _Part:
        return self._part("member", children)

    def run_on_member(self, children: list[Token | _Part]) -> _Part:
        return self._part("member", children)  # a member, its comma lost

    def members(self, children: list[Token | _Part]) -> _Part:
        return self._part("members", children)

    def number(self, children: list[Token | _Part]) -> _Part:
        return self._part("number", children)

    def lead_number(self, children: list[Token | _Part]) -> _Part:
        return self._part("lead_number", children)

    def start(self, children: list[_Item | Token]) -> list[_Item | Token]:
        return children


def _rejected_run(exc: UnexpectedToken) -> list[Piece]:
    """The tokens after a rejected one that the parser would reject in turn, read and skipped
    here as Lark's recovery would skip them, one by one, but without raising and catching two
    exceptions for each (``Ja: 3 (`` followed by thousands of ``(`` took 30 s per MB).

    A token is taken only where Lark's own path is plain: the parser's current state has no
    action for its type (so feeding it changes nothing), the contextual lexer of that state
    matches nothing there (so Lark would ask the root lexer), and the root lexer reads a token
    that is neither ignored nor retyped by a callback. Anything else stops the run, and Lark
    goes on as before, from the lexer state it would have reached."""
    from lark import Token
    from lark.lexer import BasicLexer, ContextualLexer

    try:
        parser = exc.interactive_parser
        state = parser.parser_state
        lexer_state = parser.lexer_thread.state
        contextual = parser.lexer_thread.lexer
        if lexer_state is None or not isinstance(contextual, ContextualLexer):
            return []
        root = contextual.root_lexer
        context = contextual.lexers[state.position]
        if not isinstance(root, BasicLexer) or not isinstance(context, BasicLexer):
            return []
        actions = state.parse_conf.states[state.position]
        text = lexer_state.text
        source, end = text.text, text.end
        line_ctr = lexer_state.line_ctr
        stops = root.ignore_types | set(root.callback) | set(actions)
        newline_types = root.newline_types
        context_dispatch, root_dispatch = _dispatch(context), _dispatch(root)
        context_table, root_table = context_dispatch.table, root_dispatch.table
    except (AttributeError, KeyError, TypeError):  # another Lark: recover the slow way
        return []
    start = pos = fed = line_ctr.char_pos  # the line counter is fed in stretches (speed)
    last: tuple[str, int, int, int, int] | None = None  # the last token: kind, where
    while pos < end:
        # whether the state's own lexer reads a token here (then the run ends), and if not,
        # the root lexer's token: each match narrowed to the terminals that can start here
        c = source[pos]
        in_context = context_table[c] if c in context_table else context_dispatch.matcher(c)
        if in_context is not None and in_context(source, pos, end) is not None:
            break
        root_match = root_table[c] if c in root_table else root_dispatch.matcher(c)
        found = None if root_match is None else root_match(source, pos, end)
        if found is None or (kind := found.lastgroup) is None or kind in stops:
            break
        after = found.end()
        if kind in newline_types:  # as Lark counts lines: only where a token may hold one
            line_ctr.feed(source[fed:pos], False)
            last = (kind, pos, after, line_ctr.line, line_ctr.column)
            line_ctr.feed(source[pos:after], True)
            fed = after
        else:
            last = (kind, pos, after, 0, 0)
        pos = after
    if last is not None:  # as Lark's lexer leaves it
        kind, at, after, line, column = last
        value = source[at:after]
        if fed <= at:  # the last token held no line break: its line and column are found here
            line_ctr.feed(source[fed:at], False)
            line, column = line_ctr.line, line_ctr.column
            line_ctr.feed(value, False)
        token = Token(kind, value, at, line, column)
        token.end_line, token.end_column, token.end_pos = (
            line_ctr.line,
            line_ctr.column,
            line_ctr.char_pos,
        )
        lexer_state.last_token = token
    # the tokens lie end to end (white space would have stopped the run): one stretch
    return [Piece(source[start:pos], start, pos)] if pos > start else []


_DISPATCH: Final[dict[int, tuple[object, Dispatch]]] = {}
"""Per lexer (kept with it, so that its id stays its own): its scanner's match by character."""


def _dispatch(lexer: BasicLexer) -> Dispatch:
    """``lexer``'s scanner match, narrowed by character (see :class:`Dispatch`)."""
    kept = _DISPATCH.get(id(lexer))
    if kept is not None and kept[0] is lexer:
        return kept[1]
    scanner = lexer.scanner
    mres = scanner._mres  # the compiled patterns the scanner tries in turn
    full: Matcher = (
        mres[0].match
        if len(mres) == 1
        else functools.partial(_first_match, [mre.match for mre in mres])
    )
    flags = scanner.g_regex_flags
    terminals = (
        None  # patterns read otherwise: never narrowed
        if flags & re.VERBOSE or scanner.use_bytes
        else [(t.name, t.pattern.to_regexp()) for t in scanner.terminals]
    )
    made = Dispatch(terminals, full, lambda pattern: scanner.re_.compile(pattern, flags))
    _DISPATCH[id(lexer)] = (lexer, made)
    return made


def _first_match(matches: Sequence[Matcher], text: str, pos: int, end: int) -> re.Match[str] | None:
    """The first of ``matches`` that matches at ``pos``, as Lark's scanner tries them."""
    for match in matches:
        if (found := match(text, pos, end)) is not None:
            return found
    return None


_MAX_RECOVERIES: Final = 500
"""A vote text that needs more recoveries than this is given up whole, as one not understood:
each recovery costs Lark an exception, and a text of thousands of them (``Ja: 3 (`` repeated)
took seconds. The real corpora need at most 7 in a whole document."""


def _resumed(exc: UnexpectedInput, on_error: Callable[[UnexpectedInput], bool]) -> object:
    """The parse that stopped at ``exc``, gone on with from there: ``on_error`` is told of each
    stumble and skips it (or raises), as Lark's ``parse(…, on_error=…)`` does from the start.
    Raises the last error where the parse cannot go on (the end of the text, twice)."""
    from lark.exceptions import UnexpectedCharacters, UnexpectedToken

    error = exc
    while True:
        parser = error.interactive_parser
        if parser is None or not on_error(error):
            raise error
        try:
            return parser.resume_parse()  # type: ignore[no-untyped-call]
        except UnexpectedToken as again:
            if (
                isinstance(error, UnexpectedToken)
                and error.token.type == again.token.type == "$END"
                and error.interactive_parser == again.interactive_parser
            ):
                raise  # the end, rejected twice: no recovery is possible
            error = again
        except UnexpectedCharacters as again:
            error = again


_COMPILED_RUN: Final = 20
"""Rejected tokens in a row the compiled parser recovers from before the text is read again with
Lark's own classes, which skip a run of them in one step (:func:`_rejected_run`)."""


DOCUMENT_RECOVERIES: Final = 2000
"""Recoveries all the long vote texts of one document may need together (see
:func:`recovery_budget`): real documents need at most 7; a hostile one of a hundred vote texts
needing hundreds each took a second per 100 kB (bench/fuzz.py)."""

_BUDGET: ContextVar[list[int] | None] = ContextVar("vote_recoveries_left", default=None)


@contextlib.contextmanager
def recovery_budget(limit: int = DOCUMENT_RECOVERIES) -> Iterator[None]:
    """Within it, the vote texts read share ``limit`` recoveries; a text that would need more
    is given up whole, as one not understood. Only texts too long for :func:`parse_vote`'s
    cache count, so that no kept answer depends on the document it was first read in."""
    token = _BUDGET.set([limit])
    try:
        yield
    finally:
        _BUDGET.reset(token)


def _given_up(text: str) -> VoteParse:
    """A vote text read as one not understood: no items, the whole text skipped."""
    return VoteParse((), (Piece(text, 0, len(text)),))


class _GiveUpError(Exception):
    """Raised from the recovery to stop a parse that would cost too much."""


@vocab.cached_lookup  # short vote texts repeat ("einstimmig beschlossen")
def parse_vote(text: str) -> VoteParse:
    """Read the items of one vote text; never raises (unplaceable tokens are skipped)."""
    from lark.exceptions import UnexpectedCharacters, UnexpectedInput, UnexpectedToken

    skipped: list[Piece] = []
    recoveries = 0
    budget = _BUDGET.get() if len(text) > vocab.SHORT else None

    def spend(exc: UnexpectedInput) -> None:
        """One recovery more: too many for this text, or for its document, give it up."""
        nonlocal recoveries
        recoveries += 1
        if budget is not None:
            budget[0] -= 1
        if recoveries > _MAX_RECOVERIES or (budget is not None and budget[0] < 0):
            raise _GiveUpError from exc

    def recover(exc: UnexpectedInput) -> bool:
        spend(exc)
        if isinstance(exc, UnexpectedToken):
            tok = exc.token
            skipped.append(_piece(tok))
            skipped.extend(_rejected_run(exc))
        elif isinstance(exc, UnexpectedCharacters):
            pos = exc.pos_in_stream or 0
            skipped.append(Piece(text[pos : pos + 1], pos, pos + 1))
        return True

    run = 0  # rejected tokens one right after another, the last of them ending at run_end
    run_end = -1

    def recover_compiled(exc: UnexpectedInput) -> bool:
        # lark-cython recovers from a token the grammar does not expect as Lark does, but
        # without a way to skip a run of them at once (:func:`_rejected_run`): scattered ones
        # are recovered from here; a long run, more than Lark's classes would allow in all,
        # and a character no terminal matches (where lark-cython 0.0.17 fails with a TypeError
        # from its LineCounter.feed) go to Lark's own classes, which decide
        nonlocal run, run_end
        if not isinstance(exc, UnexpectedToken):
            raise _GiveUpError from exc
        spend(exc)
        token = _piece(exc.token)
        run = run + 1 if token.start == run_end else 1
        run_end = token.end
        if run > _COMPILED_RUN:
            raise _GiveUpError from exc
        skipped.append(token)
        return True

    try:
        # Most vote texts parse without a stumble. Where one stumbles, the compiled parser goes
        # on from there, recovering; where it cannot, the text is read again with Lark's own
        # classes (pure Python, several times slower: a vote text of 100 kB took a second).
        result: object = reader("vote").parse(text)
    except UnexpectedToken as exc:
        if exc.token.type == "$END":  # no recovery from the end of the text (Lark's neither)
            return _given_up(text)
        try:
            result = _resumed(exc, recover_compiled)
        except UnexpectedInput:  # the end reached without a recovery: Lark's classes fail alike
            return _given_up(text)
        except Exception:  # _GiveUpError, or whatever else stops the compiled parser
            result = None
    except Exception:  # a character no terminal matches, or whatever else stops it
        result = None
    if result is None:  # read again from the start: what the compiled parser spent is given back
        skipped.clear()
        if budget is not None:
            budget[0] += recoveries
        recoveries = 0
        try:
            result = reader("vote", compiled=False).parse(text, on_error=recover)
        except (UnexpectedInput, _GiveUpError):
            return _given_up(text)
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
            # named one by one (`der CDU, der SPD`), or a side's number and its list in
            # parentheses (`mit 16 Stimmen (CDU, SPD)`)
            groups: list[_Part] = []
            side = None
            tallied: list[VoteItem] = []
            for c in node.children:
                if not isinstance(c, _Part):
                    if c.type == "SIDE_VOTES":
                        side = _side_number(c)
                    elif c.type == "SIDE_ALONE":  # "mit 7 Stimmen": the number after "mit"
                        side = _side_number(c, 1)
                elif c.rule == "group":
                    last = c.children[-1]
                    if (
                        len(c.children) > 1
                        and not isinstance(last, _Part)
                        and last.type == "REMARK"
                        and (tally := _tally_remark(last, text))
                    ):
                        # "gegen die Stimmen der Fraktion Bündnis 90/Die Grünen (12 dafür, 3
                        # dagegen, 1 Enthaltung)": the whole vote's counts, no remark on the group
                        tallied.extend(tally)
                        end = _end(c.children[-2], c.start)
                        groups.append(c._replace(children=c.children[:-1], end=end))
                        piece = Piece(text[piece.start : end], piece.start, end)
                    else:
                        groups.append(c)
                elif c.rule == "members":
                    groups.extend(m for m in c.children if isinstance(m, _Part))
            items.append(VoteItem(kind, piece, key=key, number=side, groups=_members(groups, text)))
            items.extend(tallied)
        elif kind == "count" and not isinstance(first, _Part) and first.type == "VOTED":
            items.append(_voted(first, piece))
        elif kind == "ratio" and not isinstance(first, _Part) and first.type == "LABELLED_TALLY":
            items.extend(_labelled_tally(piece))
        elif kind == "count":
            number = None
            numbers: list[Piece] = []
            count_key = None
            members: list[_Part] = []
            in_order: list[Member] = []  # the groups in text order, with their numbers or not
            sided: list[VoteItem] = []
            for c in node.children:
                if not isinstance(c, _Part):
                    if c.type == "PARTY_COUNT":
                        in_order.extend(_members(members, text))
                        members = []
                        in_order.append(_party_count(c))
                    elif count_key is None:
                        count_key = _piece(c)
                elif c.rule in ("number", "lead_number"):
                    number = _piece(_part_tokens(c)[0])
                    numbers.append(number)
                elif c.rule == "members" and (said := _list_side(c)) is not None:
                    # "1 Enthaltung (CDU dagegen)": the list's own side, not the count's
                    said_side, said_key = said
                    listed = [m for m in c.children if isinstance(m, _Part) and m.rule == "member"]
                    named = _members(listed, text)
                    whole = Piece(text[c.start : c.end], c.start, c.end)
                    if (
                        len(named) == 1
                        and named[0].number is not None
                        and named[0].name.text.lower() in _VOTE_NOUNS
                    ):
                        # "einstimmig bei 1 Enthaltung (10 Stimmen dafür)": the side's count,
                        # no group named "Stimmen"
                        sided.append(VoteItem("count", whole, key=said_key, number=named[0].number))
                    else:
                        sided.append(VoteItem(said_side, whole, key=said_key, groups=named))
                elif c.rule == "members" and _REMARK_OF_WHO_DID_NOT_VOTE.search(
                    text, c.start, c.end
                ):
                    # "2 Enthaltungen (Bürgermeister stimmberechtigt; GR'in Lutz nach § 18 GemO
                    # befangen)": who could not vote, or could, no group of the side
                    pass
                elif c.rule == "members" and (tally := _tally_in_parentheses(c, text)):
                    # "einstimmig bei einer Enthaltung (Ja 10 / Nein 0 / Enthaltung 1)": the
                    # whole vote's counts, no group
                    sided.extend(tally)
                elif c.rule == "members":
                    members.extend(
                        m for m in c.children if isinstance(m, _Part) and m.rule == "member"
                    )
                elif c.rule in ("member", "named"):
                    members.append(c)
            if len(numbers) > 1:  # "Gegenstimmen: 3 (AfD), 2 (DIE LINKE)": summed later
                number = numbers[0]
            groups_found = (*in_order, *_members(members, text))
            if number is None and _total_after_list(groups_found):
                # "dafür: CDU, FWG (7)": the groups, then the side's number after the last
                # (each group's own would stand after each)
                number = groups_found[-1].number
                groups_found = (*groups_found[:-1], Member(groups_found[-1].name))
            how = _how_of(groups_found)
            items.append(
                VoteItem(
                    "count",
                    piece,
                    key=count_key,
                    number=number,
                    groups=() if how else groups_found,
                    more=tuple(numbers[1:]),
                )
            )
            if how is not None:
                # "15 Ja-Stimmen (einstimmig)": the parenthesis says how, it names nobody
                # ("1 Enthaltung (einstimmig bei einer Enthaltung)": its first word says it)
                word = _how_word(groups_found[0].name)
                items.append(VoteItem(how, word, key=word))
            items.extend(sided)
        elif kind == "unanimity" and not isinstance(first, _Part) and first.type == "ALL_FOR":
            # "alle neun Mitglieder stimmen mit Ja": the number after "alle" counts the Yes votes
            items.append(VoteItem(kind, piece, key=key, number=_all_number(first)))
        else:
            items.append(VoteItem(kind, piece, key=key))
    return VoteParse(tuple(_open_asides(_counted_parties(items, text), text)), tuple(skipped))


_LABEL_AND_NUMBER: Final = re.compile(
    r"[ ]*(?P<label>[^\W\d_][\w.-]*)[ ]*:?[ ]*(?P<number>[0-9]{1,3})[ ]*(?:[/,;][ ]*|(?=\)))"
)


_REMARK_OF_WHO_DID_NOT_VOTE: Final = re.compile(
    rf"\b(?:{vocab.alternation(vocab.NOT_VOTING)}|stimmberechtigt)\b"
)
"""Words of a remark in a count's parentheses on who could not vote, or could (``GR'in Lutz nach
§ 18 GemO befangen``, ``Bürgermeister stimmberechtigt``): no list of the side's groups."""


def _tally_in_parentheses(part: _Part, text: str) -> list[VoteItem]:
    """A count's parenthesis that holds the whole vote's counts, each label with its number
    (``(Ja 10 / Nein 0 / Enthaltung 1)``, ``(Ja 10, Nein 0, Enthaltung 1)``): a count each;
    none where a label is no count's (a group with its number, ``(CDU 3, SPD 2)``)."""
    # (the opening parenthesis is no token of the part: it stands before it, or opens it)
    opening = text.rfind("(", max(0, part.start - 3), part.start + 1)
    if opening < 0 or text[opening + 1 : part.start].strip():
        return []
    run = _counted_run(text, opening + 1, part.end, _LABEL_AND_NUMBER)
    if run is None:
        return []
    items, pos = run
    closed = text[pos : part.end].strip() == ")"
    return items if len(items) >= 2 and closed else []


_NUMBER_AND_LABEL: Final = re.compile(
    r"[ ]*(?:und[ ]+)?(?P<number>[0-9]{1,3})[ ]+(?P<label>[^\W\d_][\w.-]*)[ ]*"
    r"(?:[/,;][ ]*|(?=und[ ])|(?=\)))"
)


def _tally_remark(remark: Token, text: str) -> list[VoteItem]:
    """A group's remark in parentheses that holds the whole vote's counts, each number with its
    side's word after it (``(12 dafür, 3 dagegen, 1 Enthaltung)``): a count each, two sides at
    least; none for any other remark (``(3 Mitglieder)``, ``(CDU 3, SPD 2)``)."""
    start = remark.start_pos or 0
    end = remark.end_pos or start
    run = _counted_run(text, start + 1, end, _NUMBER_AND_LABEL)
    if run is None:
        return []
    items, pos = run
    sides = {vocab.COUNT_KEYS.get(vocab.key(i.key.text)) for i in items if i.key is not None}
    closed = text[pos:end].strip() == ")"
    return items if len(sides) >= 2 and sides <= _COUNTED_SIDES and closed else []


_COUNTED_SIDES: Final = frozenset({"yes", "no", "abstain"})


def _counted_run(
    text: str, pos: int, end: int, pattern: re.Pattern[str]
) -> tuple[list[VoteItem], int] | None:
    """The counts of a parenthesis from ``pos``, each a match of ``pattern`` (a label and its
    number, in its order), and where they end; None where a label is no count's."""
    items: list[VoteItem] = []
    while (m := pattern.match(text, pos, end)) is not None and m.end() > pos:
        if vocab.COUNT_KEYS.get(vocab.key(m.group("label"))) is None:
            return None
        label, number = m.span("label"), m.span("number")
        a, b = min(label[0], number[0]), max(label[1], number[1])
        items.append(
            VoteItem(
                "count",
                Piece(text[a:b], a, b),
                key=Piece(m.group("label"), *label),
                number=Piece(m.group("number"), *number),
            )
        )
        pos = m.end()
    return items, pos


_TALLY_LABEL: Final = re.compile(r"[^\W\d_][\w.-]*(?: - [\w.]+)?")
_TALLY_NUMBER: Final = re.compile(r"[0-9]+")


def _labelled_tally(piece: Piece) -> Iterator[VoteItem]:
    """``Ja / Nein / Enthaltung: 9 / 1 / 1``, ``9/1/1 (Ja/Nein/Enth.)``: a count per label, the
    numbers taken in the labels' order; where there are not as many of each, the first ones
    (the terminal admits two or three of each)."""
    labels = list(_TALLY_LABEL.finditer(piece.text))
    numbers = list(_TALLY_NUMBER.finditer(piece.text))
    for label, number in zip(labels, numbers, strict=False):
        key = Piece(label.group(), piece.start + label.start(), piece.start + label.end())
        value = Piece(number.group(), piece.start + number.start(), piece.start + number.end())
        start, end = min(label.start(), number.start()), max(label.end(), number.end())
        whole = Piece(piece.text[start:end], piece.start + start, piece.start + end)
        yield VoteItem("count", whole, key=key, number=value)


_NUMBER: Final = r"(?:0|[1-9][0-9]{0,2})"
_SLASH_TALLY: Final = re.compile(rf"\([ ]*({_NUMBER} ?/ ?{_NUMBER} ?/ ?{_NUMBER})[ ]*\)")
"""``(12/3/1)``: a tally with slashes, in parentheses (no leading zeros: ``(07/03/10)`` is the
number of something)."""


_TRAILING_TALLY: Final = re.compile(
    rf"[ ]*\([ ]*({_NUMBER}[ ]?([/:])[ ]?{_NUMBER}[ ]?\2[ ]?{_NUMBER})[ ]*\)$"
)
"""A count's parenthesis that holds the whole vote's tally (``2 Enthaltungen (11 / 0 / 2)``)."""


_SIDE_ASIDE: Final = re.compile(
    r"\([ ]*(?P<names>[A-ZÄÖÜ][^\s()]*"
    r"(?:[ ]+(?:[A-ZÄÖÜ0-9][^\s()]*|und|sowie|der|die|des|von)){0,12}?)"
    r"[ ]+(?P<side>(?i:dagegen|dafür))[ ]*\)"
)
"""``(CDU, FDP dagegen)``: groups and the side they voted, in parentheses after the result;
every word of the names capitalised but the conjunctions and articles between (``(Herr X stimmt
dagegen)`` is a remark)."""
_NAME_SEPARATOR: Final = re.compile(r"[ ]*(?:[,;]|\bund\b|\bsowie\b)[ ]*")


def _side_aside(said: re.Match[str], at: int) -> VoteItem:
    """The groups of a ``(… dagegen)`` aside that starts at ``at``, as supporters or opponents."""
    names: list[Member] = []
    begin = said.start("names")
    for m in re.finditer(r"[^,;]+", said.group("names")):
        for raw in _NAME_SEPARATOR.split(m.group()):
            part = raw.strip()
            if not part:
                continue
            offset = said.group("names").find(part, m.start())
            start = at + begin + offset
            names.append(Member(Piece(part, start, start + len(part))))
    side = said.group("side")
    key = Piece(side, at + said.start("side"), at + said.end("side"))
    whole = Piece(said.group(), at, at + len(said.group()))
    kind: Literal["supporters", "opponents"] = (
        "opponents" if side.lower() == "dagegen" else "supporters"
    )
    return VoteItem(kind, whole, key=key, groups=tuple(names))


_GROUPS_SIDE: Final = re.compile(r"Stimmen (?:der|des|von)\b|(?i:enthaltung|gegenstimme)")
"""What a parenthesis that tells the groups' side holds (a cheap test first: speed)."""
_SIDES: Final = frozenset({"supporters", "opponents", "abstainers"})


_PARTY_GAP: Final = re.compile(r"[ ]*")
_NEXT_PARTY_GAP: Final = re.compile(r"[ ]*(?:,|;|und|sowie)?[ ]*")


def _counted_parties(items: list[VoteItem], text: str) -> list[VoteItem]:
    """A count whose label's number is the first of a list of parties, each with its number
    before its name and no parentheses (``Gegenstimmen: 3 CSU, 1 FDP``): one count, the sum of
    the numbers, the parties its groups (as ``Gegenstimmen: 3 (CSU), 1 (FDP)`` is read). Two
    parties at least, each a known party's name; else the items as they are."""
    if len(items) < 4:
        return items
    out: list[VoteItem] = []
    i = 0
    while i < len(items):
        item = items[i]
        if (
            item.kind != "count"
            or item.number is None
            or item.key is None
            or item.groups
            or item.more
            or item.number.start < item.key.start
        ):
            out.append(item)
            i += 1
            continue
        parties: list[Piece] = []
        numbers: list[Piece] = []
        at, k, last = item.number.end, i + 1, i
        while k < len(items):
            party = items[k]
            if (
                party.kind != "filler"
                or vocab.party_of(party.piece.text) is None
                or _PARTY_GAP.fullmatch(text, at, party.piece.start) is None
            ):
                break
            parties.append(party.piece)
            at, last, k = party.piece.end, k, k + 1
            if k < len(items) and items[k].kind == "filler" and items[k].piece.text == "und":
                k += 1  # "… 2 SPD und 1 FDP"
            if k >= len(items):
                break
            number = items[k]
            if (
                number.kind != "filler"
                or not number.piece.text.isdigit()
                or _NEXT_PARTY_GAP.fullmatch(text, at, number.piece.start) is None
            ):
                break
            numbers.append(number.piece)
            at, k = number.piece.end, k + 1
        if len(parties) < 2:
            out.append(item)
            i += 1
            continue
        end = parties[-1].end
        out.append(
            replace(
                item,
                piece=Piece(text[item.piece.start : end], item.piece.start, end),
                groups=tuple(Member(p) for p in parties),
                more=tuple(numbers[: len(parties) - 1]),
            )
        )
        i = last + 1
    return out


def _open_asides(items: list[VoteItem], text: str) -> Iterator[VoteItem]:
    """Counts in parentheses are counts: ``einstimmig (15:0)``, ``abgelehnt (Ja: 4, Nein: 9)``,
    ``mehrheitlich (Gegenstimmen: AfD; Enthaltungen: FDP)``.

    Only the counts and ratios of a parenthesis are taken; its other words stay a remark
    (``(Herr X stimmt dagegen)`` is no verdict of the vote). (How the vote went, in parentheses
    after a count, ``15 Ja-Stimmen (einstimmig)``, is the count's list: :func:`_how_of`.)
    """
    for item in items:
        if item.kind == "aside" and (said := _SIDE_ASIDE.fullmatch(item.piece.text)):
            # "mehrheitlich beschlossen (CDU, FDP dagegen)": who voted which way
            yield _side_aside(said, item.piece.start)
            continue
        if item.kind == "aside" and (tally := _SLASH_TALLY.fullmatch(item.piece.text)):
            # "einstimmig (15/0/0)": Ja / Nein / Enthaltung
            at = item.piece.start + tally.start(1)
            yield VoteItem("ratio", Piece(tally.group(1), at, at + len(tally.group(1))))
            continue
        if (
            (item.kind == "count" or item.kind in _SIDES)
            and item.piece.text.endswith(")")  # (speed: most counts have no parenthesis)
            and (tally := _TRAILING_TALLY.search(item.piece.text))
        ):
            # "bei 2 Enthaltungen (11/0/2)": the count, then the whole vote's tally (no group);
            # "bei Enthaltung der AfD-Fraktion (40:0:3)": the side's groups, then the tally
            cut = item.piece.start + tally.start()
            yield replace(
                item,
                piece=Piece(item.piece.text[: tally.start()], item.piece.start, cut),
                groups=tuple(_without_tally(g, cut) for g in item.groups if g.name.start < cut),
            )
            at = item.piece.start + tally.start(1)
            yield VoteItem("ratio", Piece(tally.group(1), at, at + len(tally.group(1))))
            continue
        if item.kind == "aside" and _GROUPS_SIDE.search(item.piece.text):
            # "mehrheitlich angenommen (gegen die Stimmen der CSU-Fraktion)": the groups and
            # their side, where the parenthesis says nothing else
            at = item.piece.start + 1
            sides = parse_vote(text[at : item.piece.end - 1])
            if sides.items and not sides.skipped and all(i.kind in _SIDES for i in sides.items):
                yield from (_shifted(i, at) for i in sides.items)
                continue
        if item.kind == "aside" and (
            any(ch.isdigit() or ch == ":" for ch in item.piece.text)
            # (or counted in words: "einstimmig (neun Ja-Stimmen)")
            or any(
                vocab.key(word.strip("(),;.")) in vocab.NUMBER_WORDS
                for word in item.piece.text.split()
            )
        ):
            # counts, or who voted how under a count's label ("(Gegenstimmen: AfD)")
            at = item.piece.start + 1
            inner = parse_vote(text[at : item.piece.end - 1]).items
            counted = [i for i in inner if i.kind in ("count", "ratio")]
            if counted:
                # (and the groups a side names beside them: "(9 dafür, 4 dagegen, 0
                # Enthaltungen; gegen die Stimmen der Fraktion Bündnis 90/Die Grünen)")
                yield from (
                    _shifted(i, at)
                    for i in inner
                    if i.kind in ("count", "ratio") or (i.kind in _SIDES and i.groups)
                )
                continue
        yield item


def _without_tally(member: Member, cut: int) -> Member:
    """``member``, its name ending before ``cut`` (where the whole vote's tally in parentheses
    opens: ``AfD-Fraktion (40:0:3)``)."""
    name = member.name
    if name.end <= cut:
        return member
    kept = name.text[: cut - name.start].rstrip()
    return replace(member, name=Piece(kept, name.start, name.start + len(kept)))


def _how_of(groups: tuple[Member, ...]) -> Literal["unanimity", "majority"] | None:
    """Whether a count's only "group" is how the vote went (``einstimmig``, ``mehrheitlich``)."""
    if len(groups) != 1 or groups[0].number is not None:
        return None
    word = vocab.key(_how_word(groups[0].name).text)
    if word in vocab.UNANIMITY_WORDS:
        return "unanimity"
    return "majority" if word in vocab.MAJORITY_WORDS else None


def _how_word(name: Piece) -> Piece:
    """The word of a count's parenthesis that says how the vote went: all of it, or its first
    word where the rest restates the count (``(einstimmig bei einer Enthaltung)``)."""
    said = _RESTATED.match(name.text)
    if said is None:
        return name
    return Piece(said.group("how"), name.start, name.start + said.end("how"))


_RESTATED: Final = re.compile(r"(?P<how>[^\W\d_]+)[ ]+(?:bei|mit)\b[^()]{0,40}$")


def _moved(piece: Piece | None, by: int) -> Piece | None:
    return None if piece is None else Piece(piece.text, piece.start + by, piece.end + by)


def _shifted(item: VoteItem, by: int) -> VoteItem:
    """``item`` read from a stretch that starts ``by`` characters into the vote text."""
    return VoteItem(
        item.kind,
        Piece(item.piece.text, item.piece.start + by, item.piece.end + by),
        key=_moved(item.key, by),
        number=_moved(item.number, by),
        groups=_moved_members(item.groups, by),
        more=tuple(Piece(m.text, m.start + by, m.end + by) for m in item.more),
    )


def _moved_members(members: tuple[Member, ...], by: int) -> tuple[Member, ...]:
    return tuple(
        Member(Piece(m.name.text, m.name.start + by, m.name.end + by), _moved(m.number, by))
        for m in members
    )
