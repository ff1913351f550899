"""The plain records and the Pydantic models are one contract: the JSON the command line and
``convert`` write from the records (without Pydantic) equals the validated model's dump, on the
samples, the real corpus and arbitrary input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

from ratsparse import models, records
from ratsparse.convert.work import json_line
from ratsparse.core import parse_bytes, parse_text, read_bytes, read_text, validated
from tests.golden_files import sample_files
from tests.test_corpus import _corpus_files
from tests.test_properties import SETTINGS, any_text


def _same_contract(data: bytes, name: str | None) -> None:
    record = read_bytes(data, source=name)
    plain = records.to_plain(record)
    dumped = parse_bytes(data, source=name).model_dump(mode="json")
    assert plain == dumped
    assert json_line(plain) == json_line(dumped)  # the same keys in the same order, too
    assert json_line(plain) == json.dumps(plain, ensure_ascii=False, separators=(",", ":"))
    assert json.loads(json_line(plain)) == plain
    assert validated(record).model_dump(mode="json") == plain


@pytest.mark.parametrize("sample", sample_files(), ids=lambda p: p.stem)
def test_samples_dump_alike(sample: Path) -> None:
    _same_contract(sample.read_bytes(), sample.name)


@pytest.mark.parametrize("path", _corpus_files(), ids=lambda p: p.stem)
def test_corpus_dumps_alike(corpus_dir: Path, path: Path) -> None:
    _same_contract(path.read_bytes(), path.name)


@SETTINGS
@given(st.binary(max_size=400))
def test_any_bytes_dump_alike(data: bytes) -> None:
    _same_contract(data, "x.txt")


@SETTINGS
@given(any_text)
def test_any_text_dumps_alike(text: str) -> None:
    plain = records.to_plain(read_text(text))
    dumped = parse_text(text).model_dump(mode="json")
    assert plain == dumped
    assert json_line(plain) == json_line(dumped)


def _record_classes() -> list[type[Any]]:
    return [
        cls
        for cls in vars(records).values()
        if isinstance(cls, type) and issubclass(cls, tuple) and hasattr(cls, "_fields")
    ]


def test_every_model_has_its_record() -> None:
    model_names = {
        name
        for name, cls in vars(models).items()
        if isinstance(cls, type)
        and issubclass(cls, BaseModel)
        and cls.__module__ == models.__name__
        and cls is not models.Model
    }
    assert model_names == {cls.__name__ for cls in _record_classes()}


@pytest.mark.parametrize("record", _record_classes(), ids=lambda c: c.__name__)
def test_record_mirrors_model_field_for_field(record: type[Any]) -> None:
    model: type[BaseModel] = getattr(models, record.__name__)
    expected = list(model.model_fields)
    if record is records.Resolution:
        assert expected[0] == "schema_version"  # written by to_plain, not stored
        expected = expected[1:]
    assert list(record._fields) == expected


def test_a_record_dumps_dates_as_iso_text() -> None:
    text = "Sitzung: 17.01.2022\nBeschluss: einstimmig beschlossen\n"
    plain = records.to_plain(read_text(text))
    assert plain["meeting"]["date"] == "2022-01-17"
    assert plain["schema_version"] == 1
    assert list(plain)[:2] == ["schema_version", "source"]
