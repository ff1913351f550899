"""ratsparse — German council resolution texts (Beschlüsse) in, validated typed data out.

>>> from ratsparse import parse_text
>>> parse_text("Beschluss: einstimmig beschlossen").outcome
'approved'
"""

from ratsparse._version import __version__
from ratsparse.core import parse_bytes, parse_path, parse_text
from ratsparse.models import Resolution

__all__ = ["Resolution", "__version__", "parse_bytes", "parse_path", "parse_text"]
