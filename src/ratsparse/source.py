"""Decoding: raw bytes to text, with provenance.

A byte order mark decides the encoding: UTF-8, UTF-16 or UTF-32 (little or big endian). Without
one, UTF-8 is tried; bytes that are not valid UTF-8 are decoded as Windows-1252 (the encoding of
older RIS exports) with a diagnostic saying so. Text holding NUL is not text. Decoding never
fails: cp1252's five undefined bytes are mapped through Latin-1, and UTF-16 or UTF-32 that does
not decode is read like bytes without a mark.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Final

from ratsparse.records import Diagnostic, Source
from ratsparse.rules import diagnostic


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
