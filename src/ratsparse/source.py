"""Reading and decoding: raw bytes in, with a size limit; text out, with provenance.

Reading stops one byte after the size limit (:data:`MAX_SIZE` unless the caller raises it), so a
device such as ``/dev/zero`` or an endless pipe costs at most that much memory.

A byte order mark decides the encoding: UTF-8, UTF-16 or UTF-32 (little or big endian). Without
one, UTF-8 is tried; bytes that are not valid UTF-8 are decoded as Windows-1252 (the encoding of
older RIS exports) with a diagnostic saying so. Text holding NUL is not text. Decoding never
fails: cp1252's five undefined bytes are mapped through Latin-1, and UTF-16 or UTF-32 that does
not decode is read like bytes without a mark.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass
from typing import BinaryIO, Final

from ratsparse.records import Diagnostic, Source
from ratsparse.rules import diagnostic

MAX_SIZE: Final = 1_000_000
"""Default size limit in bytes: resolution texts are a few kilobytes; a megabyte is not one."""

_CHUNK: Final = 1 << 16
"""Bytes read at a time: a small file costs no large buffer, whatever the limit."""

_SIZE: Final = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b?)\s*\Z", re.IGNORECASE)


def parse_size(text: str) -> int:
    """``10MB``, ``10M``, ``1.5 GiB``, ``500k`` or plain bytes; k/M/G/T are powers of 1024.

    Raises ``ValueError`` for anything else, and for a size of 0.
    """
    m = _SIZE.match(text)
    size = 0
    if m is not None:
        size = int(float(m.group(1)) * 1024 ** " kmgt".index(m.group(2).lower() or " "))
    if size <= 0:
        raise ValueError(f"{text!r}: give bytes or a size like 10MB, 500k, 1G")
    return size


def read_at_most(stream: BinaryIO, limit: int) -> bytes:
    """What ``stream`` holds, but no more than ``limit + 1`` bytes: one more than the limit
    tells that the input is over it."""
    chunks: list[bytes] = []
    left = limit + 1
    while left > 0:
        chunk = stream.read(min(left, _CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_file(path: str | os.PathLike[str], limit: int | None) -> tuple[bytes, int | None]:
    """The bytes of ``path`` (at most ``limit + 1``; all of them for ``None``) and, for a regular
    file, its size. Raises ``OSError`` (``FileNotFoundError``, ``IsADirectoryError``,
    ``PermissionError`` …) when it cannot be read."""
    with open(path, "rb") as handle:  # noqa: PTH123 - a plain open is the cheapest read
        st = os.fstat(handle.fileno())
        if stat.S_ISDIR(st.st_mode):  # not every system refuses to open a directory
            raise IsADirectoryError(21, "Is a directory", os.fspath(path))
        size = st.st_size if stat.S_ISREG(st.st_mode) else None
        data = handle.read() if limit is None else read_at_most(handle, limit)
    return data, size


def not_a_file(mode: int) -> str | None:
    """Why a path of this ``st_mode`` is no file to read, or None for a regular file.

    Opening a FIFO waits for a writer and a device may never end, so a folder's search skips
    them instead of reading them.
    """
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a directory"
    return "not a regular file (a FIFO, socket or device)"


@dataclass(frozen=True, slots=True)
class Decoded:
    """The decoded text, where it came from, and what decoding had to say."""

    text: str
    source: Source
    diagnostics: tuple[Diagnostic, ...]
    binary: bool


_CP1252_GAPS: Final = frozenset(b"\x81\x8d\x8f\x90\x9d")
"""The five bytes cp1252 leaves undefined; they are read as the C1 controls Latin-1 gives them."""

_UNICODE_BOMS: Final = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),  # before UTF-16-LE, whose mark it starts with
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
"""Byte order marks of the wide encodings, and the encoding each names."""

_UTF8_BOM: Final = b"\xef\xbb\xbf"


def _cp1252(data: bytes) -> str:
    if not _CP1252_GAPS.intersection(data):
        return data.decode("cp1252")
    return "".join(chr(b) if b in _CP1252_GAPS else bytes((b,)).decode("cp1252") for b in data)


def _wide(data: bytes) -> tuple[str, str] | None:
    """(encoding, text) of UTF-16 or UTF-32 behind its byte order mark; None without a mark or
    when the rest does not decode."""
    for bom, encoding in _UNICODE_BOMS:
        if data.startswith(bom):
            try:
                return encoding, data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def decode(data: bytes, name: str | None = None) -> Decoded:
    """Decode ``data``; never raises."""
    notes: list[Diagnostic] = []
    wide = _wide(data)
    if wide is not None:
        encoding, text = wide
        binary = "\x00" in text
    else:
        binary = b"\x00" in data
        if data.startswith(_UTF8_BOM):
            encoding, body = "utf-8-sig", data[len(_UTF8_BOM) :]
        else:
            encoding, body = "utf-8", data
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            encoding = "cp1252"
            text = _cp1252(data)
            if not binary:
                notes.append(
                    diagnostic(
                        "RP903",
                        f"not valid UTF-8 (byte 0x{data[exc.start]:02X} at offset {exc.start}); "
                        "decoded as Windows-1252",
                    )
                )
    source = Source(
        name=name, sha256=hashlib.sha256(data).hexdigest(), encoding=encoding, size=len(data)
    )
    return Decoded(text=text, source=source, diagnostics=tuple(notes), binary=binary)
