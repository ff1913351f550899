"""The worker side: read a batch of files, parse each, return what the writer needs.

This runs in worker processes (or Dask workers, or in-process with ``--jobs 1``). It reads the
files itself, so only paths travel to it and only finished output travels back: a JSON line, or
row tuples for the table formats. The parser is built on first use and cached by the core, so
each worker process builds it once. Workers use the core's plain records, never Pydantic.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from ratsparse.convert.names import path_text
from ratsparse.convert.tables import Rows, error_rows, rows_of, state_of
from ratsparse.source import not_a_file, read_at_most

if TYPE_CHECKING:
    from ratsparse.records import SourceKind

Mode = Literal["json", "items", "tables", "oparl"]
"""What a worker produces: a JSON line per document (``json``), one per agenda item of it
(``items``, for ``--split``), or rows of the flat tables (``tables``)."""

State = Literal["clean", "warnings", "failed", "error", "skipped"]
"""``failed``: parsed, with an error diagnostic; ``error``: could not be read at all."""


class Done(NamedTuple):
    """The outcome for one input."""

    id: int
    """Position of the input in the run, from 1."""
    path: str
    sha256: str | None
    size: int | None
    state: State
    code: str | None
    """For ``failed`` and ``error``: the diagnostic code or one of ``unreadable``,
    ``not-a-file``, ``too-large``; ``is-output`` for an input the run would write over (the
    run stops with a usage error)."""
    message: str | None
    payload: Any
    """A JSON line (``json`` mode), a list of them (``items`` mode: one per agenda item) or
    :data:`Rows` (``tables`` mode); None when skipped, and None for an unreadable input in the
    JSON modes."""


def process_batch(
    batch: Sequence[tuple[int, str]],
    mode: Mode,
    done: Collection[tuple[str, str]] = (),
    max_size: int | None = None,
    protected: Collection[tuple[int, int]] = (),
    kind: SourceKind | None = None,
    base_url: str | None = None,
) -> list[Done]:
    """Read and parse every ``(id, path)``; never raises for a bad input. ``kind`` forces how
    every input is read (``--from``); None tells it from each input's content. ``base_url``:
    where the ids of ``oparl`` mode's objects are made (else URNs).

    ``done`` holds the (path, sha256) of inputs an unfinished run already wrote (sha256 "" for
    one it could not read): those are skipped. ``protected`` holds the (device, inode) of the
    files the run will replace: such an input is not read but reported as ``is-output``.
    Paths come back as :func:`~ratsparse.convert.names.path_text` gives them.
    """
    from ratsparse.core import read_bytes, split
    from ratsparse.records import to_plain

    out: list[Done] = []
    for rid, raw in batch:
        path = path_text(raw)
        data, code, message, size = _read(raw, max_size, protected)
        if data is None:
            if done and code != "is-output" and (path, "") in done:
                out.append(Done(rid, path, None, size, "skipped", None, None, None))
                continue
            payload = error_rows(rid, path, None, size, code, message) if mode == "tables" else None
            out.append(Done(rid, path, None, size, "error", code, message, payload))
            continue
        sha = hashlib.sha256(data).hexdigest()
        if done and (path, sha) in done:
            out.append(Done(rid, path, sha, len(data), "skipped", None, None, None))
            continue
        res = read_bytes(data, source=path, kind=kind)
        state, _, _ = state_of(res)
        first = next((d for d in res.diagnostics if d.severity == "error"), None)
        body: str | list[str] | Rows
        if mode == "json":
            body = json_line(to_plain(res))
        elif mode == "items":
            body = [json_line(to_plain(record)) for record in split(res)]
        elif mode == "oparl":
            from ratsparse.oparl_out import to_oparl

            body = [json_line(obj) for obj in to_oparl(to_plain(res), base_url)]
        else:
            body = rows_of(rid, res)
        out.append(
            Done(
                rid,
                path,
                sha,
                len(data),
                state,  # type: ignore[arg-type]
                first.code if first else None,
                first.message if first else None,
                body,
            )
        )
    return out


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)
"""Built once (``json.dumps`` with options builds an encoder per call); ``to_plain`` output has
no cycles, so the circular check is dropped: the text is the same as ``json.dumps`` gives."""


def json_line(doc: dict[str, Any]) -> str:
    """One document as compact JSON (UTF-8 text, not ASCII-escaped), without a newline."""
    return _JSON.encode(doc)


def _read(
    path: str, max_size: int | None, protected: Collection[tuple[int, int]] = ()
) -> tuple[bytes | None, str, str, int | None]:
    """The bytes of a regular file, or why not: (None, code, message, size)."""
    try:
        st = os.stat(path)  # noqa: PTH116 - a Path object per input costs 4 us of 5
    except OSError as exc:
        return None, "unreadable", _why(exc), None
    if protected and (st.st_dev, st.st_ino) in protected:
        return None, "is-output", "the run would write over it", None
    why = not_a_file(st.st_mode)
    if why is not None:
        return None, "not-a-file", why, None
    if max_size is not None and st.st_size > max_size:
        return None, "too-large", _over(st.st_size, max_size), st.st_size
    try:
        with open(path, "rb") as handle:  # noqa: PTH123 - a plain open is the cheapest read
            data = handle.read() if max_size is None else read_at_most(handle, max_size)
    except OSError as exc:
        return None, "unreadable", _why(exc), st.st_size
    if max_size is not None and len(data) > max_size:  # it grew since, or /proc says 0
        return None, "too-large", _over(None, max_size), None
    return data, "", "", len(data)


def _over(size: int | None, limit: int) -> str:
    held = f"{size} bytes is" if size is not None else "reading went"
    return f"{held} over --max-file-size ({limit} bytes)"


def _why(exc: OSError) -> str:
    return f"cannot read: {exc.strerror or exc}"


_POOL_STATE: dict[str, Any] = {}


def pool_init(
    mode: Mode,
    done: frozenset[tuple[str, str]],
    max_size: int | None,
    protected: frozenset[tuple[int, int]] = frozenset(),
    parent: int | None = None,
    kind: SourceKind | None = None,
    base_url: str | None = None,
) -> None:
    """Worker-process initializer: keep the run's settings, leave signals to the parent, end
    with the parent (``parent``: its pid), and have the parser built now rather than inside
    the first batch (forked workers inherit it from the parent already).

    Ctrl-C reaches the whole process group: the workers ignore it and the parent stops them.
    SIGTERM gets its default action back (a forked worker inherits the parent's handler, which
    would turn it into an exception the pool catches). And a worker must never outlive its
    parent, however the parent ends (``kill -9`` included): on Linux the kernel kills it when
    the parent dies; elsewhere a watchdog thread notices that its parent has changed."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if parent is not None:
        _end_with_parent(parent)
    _POOL_STATE.update(
        mode=mode, done=done, max_size=max_size, protected=protected, kind=kind, base_url=base_url
    )
    warm_up()


def _end_with_parent(parent: int) -> None:
    import sys
    import threading

    if sys.platform == "linux":
        import ctypes
        import signal

        pr_set_pdeathsig = 1
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the watchdog below still applies
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int, every: float = 1.0) -> None:
    """End this process as soon as its parent is no longer ``parent`` (it was reparented)."""
    import time

    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


def warm_up() -> None:
    """Import the core and build its parser (cached: the second call costs one tiny parse).

    The run calls this in the parent before it forks the workers, so they inherit the parser
    instead of each importing and building it again (about 0.2 s of CPU per worker)."""
    from ratsparse.core import read_bytes

    read_bytes(b"Beschluss: einstimmig beschlossen\n", source="warm-up")


def pool_batch(batch: Sequence[tuple[int, str]]) -> list[Done]:
    """Process a batch with the settings :func:`pool_init` kept."""
    state = _POOL_STATE
    return process_batch(
        batch,
        state["mode"],
        state["done"],
        state["max_size"],
        state["protected"],
        state["kind"],
        state["base_url"],
    )
