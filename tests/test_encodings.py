"""UTF-16 and UTF-32 behind a byte order mark are decoded, and the reading is the one of the same
text in UTF-8: spans index the decoded text, whatever the encoding."""

from __future__ import annotations

import pytest

from ratsparse import parse_bytes
from ratsparse.source import decode
from tests.conftest import SEED

UNICODE_BOMS = [
    ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"),
    ("utf-32-le", b"\xff\xfe\x00\x00"),
    ("utf-32-be", b"\x00\x00\xfe\xff"),
]


@pytest.mark.parametrize(("encoding", "bom"), UNICODE_BOMS, ids=[e for e, _ in UNICODE_BOMS])
def test_utf16_and_utf32_with_a_bom_are_decoded(encoding: str, bom: bytes) -> None:
    text = SEED.read_text("utf-8")
    data = bom + text.encode(encoding)
    decoded = decode(data)
    assert decoded.text == text
    assert not decoded.binary
    res = parse_bytes(data, source="x.txt")
    assert res.source.encoding == encoding
    assert res.source.size == len(data)
    as_utf8 = parse_bytes(text.encode("utf-8"), source="x.txt")
    # The same reading, spans included: they index the decoded text, as for UTF-8.
    assert res.model_dump(exclude={"source"}) == as_utf8.model_dump(exclude={"source"})
    assert res.paper is not None and res.paper.span is not None
    assert text[res.paper.span.start : res.paper.span.end] == res.paper.reference


def test_broken_utf16_is_still_not_text() -> None:
    res = parse_bytes(b"\xff\xfe" + "Beschluss".encode("utf-16-le") + b"\x00")
    assert [d.code for d in res.diagnostics] == ["RP902"]
