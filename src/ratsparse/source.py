"""Decoding: raw bytes to text, with provenance.

UTF-8 (with or without BOM) is tried first; bytes that are not valid UTF-8 are decoded as
Windows-1252 (the encoding of older RIS exports) with a diagnostic saying so. Bytes holding NUL are
not text. Decoding never fails: cp1252's five undefined bytes are mapped through Latin-1.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ratsparse.models import Diagnostic, Source
from ratsparse.rules import diagnostic

_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class Decoded:
    """The decoded text, where it came from, and what decoding had to say."""

    text: str
    source: Source
    diagnostics: tuple[Diagnostic, ...]
    binary: bool


def _cp1252(data: bytes) -> str:
    # cp1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined; Latin-1 maps them to C1 controls.
    return (
        "".join(
            chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes((b,)).decode("cp1252")
            for b in data
        )
        if _has_undefined(data)
        else data.decode("cp1252")
    )


def _has_undefined(data: bytes) -> bool:
    return any(b in data for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))


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
