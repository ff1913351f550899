"""Input discovery: files, folders walked recursively under a glob, or a list of paths.

Discovery streams: folders are walked in sorted order one directory at a time, so the order is
stable from run to run (``--resume`` relies on it) and no list of every path is held. Nothing is
opened here; a path that turns out not to be a readable file is accounted for by the worker.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Final, TextIO

from ratsparse.convert.names import path_text

DEFAULT_GLOB: Final = "**/*.txt"
"""What a folder contributes when no ``--glob`` is given."""


class InputError(ValueError):
    """A usage problem with the inputs (a missing path, an unreadable list): exit 2."""


def glob_regex(pattern: str) -> re.Pattern[str]:
    """Compile a glob over ``/``-separated relative paths: ``**/`` any folders (or none), ``*`` and
    ``?`` within one name, ``[…]`` a character class."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:[^/]*/)*")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            end = pattern.find("]", i + 2)
            if end < 0:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1 : end]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append("[" + body.replace("\\", "\\\\") + "]")
                i = end
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out) + r"\Z")


def walk(root: Path, matcher: re.Pattern[str]) -> Iterator[str]:
    """Every entry under ``root`` whose relative path matches, in sorted order, depth first.

    Directories are descended into whether or not they match; a directory (or FIFO, or dangling
    symbolic link) whose own name matches is yielded too, so that it is reported, not lost.
    Symbolic links to directories are not followed (no cycles).
    """
    stack: list[tuple[Path, str]] = [(root, "")]
    while stack:
        folder, rel = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            continue
        subdirs: list[tuple[Path, str]] = []
        for entry in entries:
            rel_name = f"{rel}{entry.name}"
            is_dir = entry.is_dir(follow_symlinks=False)
            if matcher.match(rel_name):
                yield entry.path
            if is_dir:
                subdirs.append((Path(entry.path), rel_name + "/"))
        stack.extend(reversed(subdirs))


def discover(
    paths: Iterable[str],
    glob: str | None = None,
    files_from: str | None = None,
    listed: Iterable[str] | None = None,
) -> Iterator[str]:
    """All inputs in order: the given paths, then those listed in ``files_from`` (``-``: stdin,
    or ``listed`` when the list was read already, see :func:`read_stdin_list`).

    A given file is taken whatever its name; a given folder contributes what matches ``glob``.
    """
    matcher = glob_regex(glob or DEFAULT_GLOB)
    if listed is not None:
        paths, files_from = itertools.chain(paths, listed), None
    for given in _given(paths, files_from):
        if Path(given).is_dir():
            yield from walk(Path(given), matcher)
        else:
            yield given


def _given(paths: Iterable[str], files_from: str | None) -> Iterator[str]:
    yield from paths
    if files_from is None:
        return
    if files_from == "-":
        yield from read_stdin_list()
        return
    try:
        with Path(files_from).open(encoding="utf-8", errors="surrogateescape") as handle:
            yield from _lines(handle)
    except OSError as exc:
        raise InputError(f"--files-from {files_from}: {exc.strerror or exc}") from None


def _lines(handle: TextIO) -> Iterator[str]:
    for line in handle:
        name = line.rstrip("\r\n")
        if name.strip():
            yield name


def read_stdin_list() -> list[str]:
    """The paths listed on stdin, one a line; names that are not UTF-8 are kept (as Python
    keeps file names: undecodable bytes as lone surrogates)."""
    raw: Any = getattr(sys.stdin, "buffer", None)
    if raw is None:  # a text stream without bytes underneath (a test runner's)
        return list(_lines(sys.stdin))
    text = io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape")
    try:
        return list(_lines(text))
    finally:
        text.detach()  # leave stdin open


def describe(
    paths: Sequence[str],
    glob: str | None,
    files_from: str | None,
    listed: Sequence[str] | None = None,
) -> dict[str, Any]:
    """What the inputs are, for the journal: a resumed run must be given the same. The paths
    are absolute; a list of files counts by its content (``listed``: the list read from stdin).
    """
    found: dict[str, Any] = {
        "paths": [path_text(os.path.abspath(p)) for p in paths],  # noqa: PTH100
        "glob": glob or DEFAULT_GLOB,
    }
    if files_from is None:
        return found
    digest = hashlib.sha256()
    if files_from == "-":
        for name in listed if listed is not None else ():
            digest.update(path_text(name).encode("utf-8") + b"\n")
        found["files_from"] = "-"
    else:
        found["files_from"] = path_text(os.path.abspath(files_from))  # noqa: PTH100
        for name in _given((), files_from):
            digest.update(path_text(name).encode("utf-8") + b"\n")
    found["list_sha256"] = digest.hexdigest()
    return found


def check_paths(paths: Iterable[str]) -> None:
    """A path given on the command line must exist (a dangling symbolic link counts as given)."""
    for p in paths:
        if not os.path.lexists(p):
            raise InputError(f"{p}: no such file or directory")


def parse_size(text: str) -> int:
    """``--max-file-size``: ``10MB``, ``10M``, ``500k`` or plain bytes (see
    :func:`ratsparse.source.parse_size`)."""
    from ratsparse.source import parse_size as size_of

    try:
        return size_of(text)
    except ValueError as exc:
        raise InputError(f"--max-file-size {exc}") from None
