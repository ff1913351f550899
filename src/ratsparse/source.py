"""Decoding: raw bytes to text, with provenance.

UTF-8 (with or without BOM) is tried first; bytes that are not valid UTF-8 are decoded as
Windows-1252 (the encoding of older RIS exports) with a diagnostic saying so. Bytes holding NUL are
not text. Decoding never fails: cp1252's five undefined bytes are mapped through Latin-1.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Final

from ratsparse.records import Diagnostic, Source
from ratsparse.rules import diagnostic

_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class Decoded:
    """The decoded text, where it came from, and what decoding had to say."""

    text: str
    source: Source
    diagnostics: tuple[Diagnostic, ...]
    binary: bool


_CP1252_GAPS: Final = frozenset(b"\x81\x8d\x8f\x90\x9d")
"""The five bytes cp1252 leaves undefined; they are read as the C1 controls Latin-1 gives them."""


def _cp1252(data: bytes) -> str:
    if not _CP1252_GAPS.intersection(data):
        return data.decode("cp1252")
    return "".join(chr(b) if b in _CP1252_GAPS else bytes((b,)).decode("cp1252") for b in data)


def decode(data: bytes, name: str | None = None) -> Decoded:
    """Decode ``data``; never raises."""
    notes: list[Diagnostic] = []
    binary = b"\x00" in data
    if data.startswith(_BOM):
        encoding, body = "utf-8-sig", data[len(_BOM) :]
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
