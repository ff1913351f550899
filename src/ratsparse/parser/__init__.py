"""The Lark layer: grammars in, plain parse records out. No Lark type leaves this package.

- :mod:`.tables` loads the grammars' parse tables (built once, kept on disk, lazily);
- :mod:`.document` reads a text's layout with ``document.lark``;
- :mod:`.vote` reads a vote result with ``vote.lark``.
"""

from ratsparse.parser.document import (
    DocumentParse,
    Line,
    LineKind,
    Marker,
    MarkerKind,
    Section,
    parse_document,
)
from ratsparse.parser.tables import (
    GRAMMARS,
    build,
    compiled_plugins,
    grammar_dir,
    reader,
    tables_cached,
    tables_kept,
    tables_name,
    write_tables,
)
from ratsparse.parser.vote import Member, VoteItem, VoteItemKind, VoteParse, parse_vote
from ratsparse.text import Piece

__all__ = [
    "GRAMMARS",
    "DocumentParse",
    "Line",
    "LineKind",
    "Marker",
    "MarkerKind",
    "Member",
    "Piece",
    "Section",
    "VoteItem",
    "VoteItemKind",
    "VoteParse",
    "build",
    "compiled_plugins",
    "grammar_dir",
    "parse_document",
    "parse_vote",
    "reader",
    "tables_cached",
    "tables_kept",
    "tables_name",
    "write_tables",
]
