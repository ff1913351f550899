"""File names as text that is always valid UTF-8 and still says which file it was.

On POSIX a file name is bytes; Python hands names that are not valid UTF-8 over as text with
lone surrogates (``surrogateescape``), which no UTF-8 file, database or JSON can hold. The
outputs therefore write a path in an escaped form:

* a name that is valid UTF-8 and holds no backslash is written as it is (nearly every name);
* otherwise each byte that is not part of valid UTF-8 is written ``\\xNN`` (two lower-case hex
  digits) and each backslash ``\\\\``.

So a path as written holds a backslash exactly when it is escaped, and :func:`path_bytes` gives
back the raw bytes of the name. Only POSIX names are escaped this way; on Windows, where names
are Unicode and backslashes separate folders, a path is written as it is.
"""

from __future__ import annotations

import os
import re
from typing import Final

_ESCAPES: Final = re.compile(r"\\(\\|x[0-9a-f]{2})")


def path_text(path: str) -> str:
    """A path (as Python holds it) as text that round-trips to its bytes; see the module."""
    if os.name != "posix":
        return path.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    if "\\" not in path:
        try:
            path.encode("utf-8")
        except UnicodeEncodeError:
            pass
        else:
            return path
    text = path.replace("\\", "\\\\")
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def path_bytes(text: str) -> bytes:
    """The raw bytes of a POSIX path written by :func:`path_text`."""
    if "\\" not in text:
        return text.encode("utf-8")
    out = bytearray()
    at = 0
    for m in _ESCAPES.finditer(text):
        out += text[at : m.start()].encode("utf-8")
        escape = m.group(1)
        out += b"\\" if escape == "\\" else bytes([int(escape[1:], 16)])
        at = m.end()
    out += text[at:].encode("utf-8")
    return bytes(out)
