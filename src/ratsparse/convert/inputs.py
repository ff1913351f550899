"""Input discovery: files, folders walked recursively under a glob, or a list of paths.

Discovery streams: folders are walked in sorted order one directory at a time, so the order is
stable from run to run (``--resume`` relies on it) and no list of every path is held. Nothing is
opened here; a path that turns out not to be a readable file is accounted for by the worker.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Final, TextIO

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
    paths: Iterable[str], glob: str | None = None, files_from: str | None = None
) -> Iterator[str]:
    """All inputs in order: the given paths, then those listed in ``files_from`` (``-``: stdin).

    A given file is taken whatever its name; a given folder contributes what matches ``glob``.
    """
    matcher = glob_regex(glob or DEFAULT_GLOB)
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
        yield from _lines(sys.stdin)
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
