"""Loading the grammars' parse tables: built once per process, lazily, and kept on disk.

Both grammars (``document.lark``, ``vote.lark``) are built as LALR(1) parsers with the contextual
lexer in strict mode. Building them checks every terminal collision and takes seconds, so the
built tables are kept: a wheel ships them next to the grammars, and a source tree builds them once
into ``$XDG_CACHE_HOME/ratsparse`` (or ``~/.cache/ratsparse``). Table files are named by a key of
the grammar text, the Lark version and the Python version, so a changed grammar or a different
Lark is never served stale tables.

Tables are pickles, and a pickle can carry code, so they are read only where no other user can
write: the package itself, or the cache folder when it belongs to the user, has mode 0700 and is
not a link (checked on the open folder before every read; see :mod:`ratsparse.trust`). Where no
such folder can be had, the tables are built in memory and kept nowhere. Each file records the
SHA-256 of its content in its first line, so a damaged file is rebuilt, and it is unpickled as
plain data only: a file that names any class or function is refused, so loading tables never
runs code, whatever the file holds.

ratsparse's own parses build their records while Lark reduces (a transformer given to LALR, see
:mod:`.document` and :mod:`.vote`), so no parse tree is built, and run on lark-cython's compiled
lexer and LALR parser where it is installed (same tables, same result). :func:`build` gives the
plain tree parsers, for tests and tools.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import os
import pickle
import re
import stat
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ratsparse.text import Piece
from ratsparse.trust import unsafe

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

    from lark import Lark, Token

GRAMMARS: Final = ("document", "vote")


def grammar_dir() -> Path:
    """Where the grammars are: inside the installed package, or ``grammar/`` of a source tree."""
    packaged = Path(__file__).parent.with_name("grammar")
    if (packaged / "document.lark").is_file():
        return packaged
    return Path(__file__).resolve().parents[3] / "grammar"


def packaged_dir() -> Path:
    """Where a wheel ships the built tables: beside the installed grammars."""
    return Path(__file__).parent.with_name("grammar")


_PRIVATE: Final = 0o700
_NOFOLLOW: Final = getattr(os, "O_NOFOLLOW", 0)


def _private(st: os.stat_result) -> bool:
    """A folder only this user can write or list: theirs, mode 0700, not a link."""
    return (
        stat.S_ISDIR(st.st_mode)
        and unsafe(st, allow_root=False) is None
        and (st.st_mode & 0o077 == 0 or not hasattr(os, "geteuid"))
    )


def _cache_dir() -> Path | None:
    """The user's table cache, created with mode 0700; None where there is no private one.

    A cache folder of an older ratsparse that only its owner can write is made 0700; one that
    another user owns or may write to is left alone and not used.
    """
    base = os.environ.get("XDG_CACHE_HOME") or ""
    if not Path(base).is_absolute():  # the XDG rule: a relative value is ignored
        base = os.fspath(Path.home() / ".cache")
    folder = Path(base) / "ratsparse"
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        folder.mkdir(mode=_PRIVATE, exist_ok=True)
        st = folder.lstat()
        if stat.S_ISDIR(st.st_mode) and unsafe(st, allow_root=False) is None:
            if st.st_mode & 0o077:
                folder.chmod(_PRIVATE)
            st = folder.lstat()
    except OSError:
        return None
    return folder if _private(st) else None


def _read_private(folder: Path, file_name: str) -> bytes | None:
    """File ``file_name`` of the cache ``folder``, if the folder is private when it is read.

    The folder is opened once and checked on that handle, and the file is opened through it,
    so that swapping the folder for another between the check and the read gains nothing.
    """
    if os.open not in os.supports_dir_fd:  # no POSIX ownership to check (Windows)
        try:
            return (folder / file_name).read_bytes()
        except OSError:
            return None
    try:
        dir_fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _NOFOLLOW)
    except OSError:
        return None
    try:
        if not _private(os.fstat(dir_fd)):
            return None
        fd = os.open(file_name, os.O_RDONLY | _NOFOLLOW, dir_fd=dir_fd)
        with os.fdopen(fd, "rb") as f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode) or unsafe(st, allow_root=False) is not None:
                return None
            return f.read()
    except OSError:
        return None
    finally:
        os.close(dir_fd)


_SEAL: Final = b"ratsparse-tables sha256:"


def seal(payload: bytes) -> bytes:
    """A tables file: a first line with the SHA-256 of ``payload``, then ``payload``."""
    return _SEAL + hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n" + payload


def unseal(data: bytes) -> bytes | None:
    """The payload of a tables file whose content matches its recorded hash; else None."""
    head, newline, payload = data.partition(b"\n")
    if not newline or not head.startswith(_SEAL):
        return None
    recorded = head[len(_SEAL) :]
    return payload if recorded == hashlib.sha256(payload).hexdigest().encode("ascii") else None


class _PlainData(pickle.Unpickler):
    """Unpickles plain data only (dicts, lists, tuples, strings, numbers): Lark's saved tables
    are nothing else, and a stream that names any class or function is refused before it is
    called."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"parse tables hold plain data, not {module}.{name}")


def grammar_source(name: str) -> str:
    """Grammar ``name`` as written: its word lists are slots (``{{verdicts}}``)."""
    return (grammar_dir() / f"{name}.lark").read_text(encoding="utf-8")


_SLOT: Final = re.compile(r"\{\{([a-z_]+)\}\}")


def alternation(words: Iterable[str]) -> str:
    """A regular expression that matches exactly ``words``, written as a tree of their common
    beginnings (:func:`ratsparse.vocab.alternation`: where one word begins another, the longer is
    tried first, so an alternation never stops at a shorter word where a longer one matches).
    The lexer then tries one branch per next letter instead of every word: vote texts lex about
    a fifth faster than with the words listed one by one."""
    from ratsparse import vocab

    return vocab.alternation(sorted(set(words))).replace("/", "\\/")


def grammar_text(name: str) -> str:
    """Grammar ``name`` as Lark reads it: every slot filled with the alternation of its word
    list from :mod:`ratsparse.vocab`, the one place a word of the format is written."""
    from ratsparse import vocab

    slots = vocab.grammar_slots()

    def fill(m: re.Match[str]) -> str:
        return alternation(slots[m.group(1)])

    return _SLOT.sub(fill, grammar_source(name))


def tables_name(name: str, text: str) -> str:
    """The file name of grammar ``name``'s built tables: keyed by everything they depend on."""
    from lark import __version__ as lark_version

    key = f"{text}\0{lark_version}\0{sys.version_info[0]}.{sys.version_info[1]}"
    return f"{name}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:16]}.lark-tables"


def tables_cached() -> bool:
    """Whether every grammar's tables are built (else the next parse builds them)."""
    if all(n in _BUILT for n in GRAMMARS):
        return True
    cache_dir = _cache_dir()
    places = [packaged_dir()] if cache_dir is None else [packaged_dir(), cache_dir]
    return all(
        any((p / tables_name(n, grammar_text(n))).is_file() for p in places) for n in GRAMMARS
    )


def tables_kept() -> bool:
    """Whether tables built now are kept for later runs (a private cache folder can be had)."""
    return _cache_dir() is not None


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
    text = grammar_text(name)
    target = directory / tables_name(name, text)
    _save(compile_grammar(name, text), target)
    return target


def _save(parser: Lark, target: Path) -> None:
    """Write sealed (:func:`seal`) and atomically: a reader never sees half a file."""
    payload = io.BytesIO()
    # Options that hold objects of this process are given again at loading.
    parser.save(payload, exclude_options=("transformer", "_plugins", "tree_class"))
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(seal(payload.getvalue()))
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _saved(file_name: str, cache_dir: Path | None) -> Iterator[bytes]:
    """Saved tables ``file_name`` from where they may be read: the package, then the cache."""
    try:
        packaged: bytes | None = (packaged_dir() / file_name).read_bytes()
    except OSError:  # a source tree, or tables for another Lark or Python
        packaged = None
    if packaged is not None:
        yield packaged
    if cache_dir is not None and (data := _read_private(cache_dir, file_name)) is not None:
        yield data


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
    """Grammar ``name``'s parser from saved tables where there are (the package's, then the
    user's cache), else built, and saved into the cache if there is a private one.

    With a ``transformer``, LALR calls its methods as each rule is reduced, so the parse returns
    records directly and no tree is built. ``plugins`` replace Lark's lexer and parser classes
    (lark-cython's compiled ones), ``tree_class`` Lark's Tree for the rules the transformer has
    no method for. None of them changes the tables: the same file serves them all.
    """
    from lark import Lark

    text = grammar_text(name)
    _BUILT.add(name)
    file_name = tables_name(name, text)
    cache_dir = _cache_dir() if use_cache else None
    if use_cache:
        for data in _saved(file_name, cache_dir):
            payload = unseal(data)
            if payload is None:
                continue
            try:
                # What Lark.load does, with the options it lets a loaded parser take.
                return Lark.__new__(Lark)._load(
                    _PlainData(io.BytesIO(payload)).load(),
                    transformer=transformer,
                    _plugins=plugins,
                    tree_class=tree_class,
                )
            except Exception:  # unreadable, damaged or foreign tables are rebuilt below
                continue
    parser = compile_grammar(name, text, transformer, plugins, tree_class)
    if cache_dir is not None:
        # A read-only cache only costs the next run the build again.
        with contextlib.suppress(OSError):
            _save(parser, cache_dir / file_name)
    return parser


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


def _transformer(name: str) -> object:
    """What grammar ``name``'s parse builds as it reduces, instead of a Lark tree."""
    from ratsparse.parser import document, vote  # the readers import this module

    return document.DocumentReader() if name == "document" else vote.VoteReader()


@functools.cache
def reader(name: str, *, compiled: bool = True) -> Lark:
    """The parser ratsparse reads grammar ``name`` with (once per process); ``compiled`` takes
    lark-cython's classes where it is installed."""
    plugins = compiled_plugins() if compiled else {}
    if plugins:
        try:
            return _open(name, _transformer(name), plugins, use_cache=True, tree_class=Spliced)
        except Exception:  # a lark-cython that does not fit this Lark: read with Lark's classes
            return reader(name, compiled=False)
    return _open(name, _transformer(name), plugins, use_cache=True, tree_class=Spliced)


class Spliced:
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


def piece_of(token: Token) -> Piece:
    """The stretch of text a token covers."""
    start = token.start_pos or 0
    return Piece(token.value, start, token.end_pos if token.end_pos is not None else start)
