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

from ratsparse.text import path_bytes, path_text

__all__ = ["path_bytes", "path_text"]
