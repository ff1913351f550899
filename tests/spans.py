"""Finding the spans in a model dump (``Resolution.model_dump()``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

SPAN_KEYS = frozenset({"start", "end", "line", "column"})
"""The keys that make a dict in a model dump a span."""


def spans_in(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, int]]]:
    """Every span in a model dump, with the path to it (``.votes[0].span``)."""
    if isinstance(node, dict):
        if set(node) >= SPAN_KEYS:
            yield path, node
        for key, value in node.items():
            yield from spans_in(value, f"{path}.{key}")
    elif isinstance(node, list | tuple):
        for i, value in enumerate(node):
            yield from spans_in(value, f"{path}[{i}]")
