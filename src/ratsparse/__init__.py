"""ratsparse — German council resolution texts (Beschlüsse) in, validated typed data out.

>>> from ratsparse import parse_text
>>> parse_text("Beschluss: einstimmig beschlossen").outcome
'approved'

The names below are imported on first use, so that ``import ratsparse`` (and the command line's
start) pays only for what it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ratsparse._version import __version__

if TYPE_CHECKING:
    from ratsparse.core import parse_bytes, parse_path, parse_text, split_path, split_text
    from ratsparse.models import Resolution
    from ratsparse.pdf import page_of

__all__ = [
    "Resolution",
    "__version__",
    "page_of",
    "parse_bytes",
    "parse_path",
    "parse_text",
    "split_path",
    "split_text",
]


def __getattr__(name: str) -> Any:
    if name in ("parse_bytes", "parse_path", "parse_text", "split_path", "split_text"):
        from ratsparse import core

        return getattr(core, name)
    if name == "page_of":
        from ratsparse.pdf import page_of

        return page_of
    if name == "Resolution":
        from ratsparse.models import Resolution

        return Resolution
    raise AttributeError(f"module 'ratsparse' has no attribute {name!r}")
