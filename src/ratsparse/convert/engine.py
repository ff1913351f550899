"""The run: inputs in order → batches → workers → the writer, with a journal for ``--resume``.

Only paths go to the workers and only finished output comes back, in input order; at most a few
batches per worker are in flight, so memory stays flat however large the archive. Every
``commit_every`` documents the writer commits and the journal (``OUT.part.journal``) records the
mark and the (path, sha256) of each input now safely written. A resumed run cuts the output back
to the last mark and skips the journalled inputs, so it continues without gaps or duplicates.
"""

from __future__ import annotations

import itertools
import json
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from ratsparse._version import __version__
from ratsparse.convert.inputs import InputError
from ratsparse.convert.work import Done, Mode, pool_batch, pool_init, process_batch, warm_up
from ratsparse.convert.writers import Format, Writer, check_output, make_writer, table_layout

Engine = Literal["local", "dask"]
_FAILED = ("failed", "error")
Batch = list[tuple[int, str]]


class _Pending(Protocol):
    """A submitted batch: a concurrent.futures or a Dask future."""

    def result(self) -> list[Done]: ...


class Progress(Protocol):
    """What the run tells a progress display."""

    def start(self) -> None: ...
    def advance(self, n: int) -> None: ...
    def stop(self) -> None: ...


class _NoProgress:
    def start(self) -> None:
        pass

    def advance(self, n: int) -> None:
        pass

    def stop(self) -> None:
        pass


@dataclass
class Options:
    """Everything ``ratsparse convert`` was asked to do."""

    inputs: Iterable[str]
    out: Path
    fmt: Format = "jsonl"
    jobs: int = 1
    resume: bool = False
    abort_on_error: bool = False
    max_size: int | None = None
    engine: Engine = "local"
    scheduler: str | None = None
    batch_size: int = 32
    """Inputs per task. Each task costs the parent's pool threads ~1 ms of CPU, which competes
    with the workers; 32 seed documents take ~60-80 ms, and the last batch idles a worker less
    than that."""
    commit_every: int = 500


@dataclass
class Summary:
    """What happened to every input."""

    seen: int = 0
    clean: int = 0
    warnings: int = 0
    failed: int = 0
    skipped: int = 0
    bytes: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    aborted: str | None = None
    """The input that stopped an ``--abort-on-error`` run, with its reason."""
    resumed: bool = False
    """Whether an unfinished run was continued."""
    failed_before: int = 0
    """Of the skipped inputs, how many failed in the unfinished run."""

    def add(self, item: Done) -> None:
        self.seen += 1
        if item.state == "skipped":
            self.skipped += 1
            return
        if item.state in ("failed", "error"):
            self.failed += 1
        elif item.state == "warnings":
            self.warnings += 1
        else:
            self.clean += 1
        self.bytes += item.size or 0

    def line(self, out: Path) -> str:
        done = self.seen - self.skipped
        rate = done / self.seconds if self.seconds > 0 else 0.0
        before = f", {self.failed_before} of them failed" if self.failed_before else ""
        return (
            f"{self.seen} files seen: {self.clean} clean, {self.warnings} with warnings, "
            f"{self.failed} failed, {self.skipped} skipped (resume{before}); "
            f"{self.bytes / 1e6:.1f} MB in {self.seconds:.1f} s, {rate:.0f} docs/s → {out}"
        )

    def counts(self) -> dict[str, int]:
        return {
            "seen": self.seen,
            "clean": self.clean,
            "warnings": self.warnings,
            "failed": self.failed,
            "skipped": self.skipped,
        }


def journal_path(writer: Writer) -> Path:
    return writer.part.with_name(writer.part.name + ".journal")


def _batches(paths: Iterable[str], size: int) -> Iterator[Batch]:
    numbered = enumerate(paths, 1)
    while batch := list(itertools.islice(numbered, size)):
        yield batch


def _inline(
    batches: Iterator[Batch], mode: Mode, done: frozenset[tuple[str, str]], max_size: int | None
) -> Generator[list[Done], None, None]:
    for batch in batches:
        yield process_batch(batch, mode, done, max_size)


def _ordered(
    submit: Callable[[Batch], _Pending], batches: Iterator[Batch], window: int
) -> Generator[list[Done], None, None]:
    """Results in submission order, with at most ``window`` batches in flight."""
    pending: deque[_Pending] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _pool(
    batches: Iterator[Batch],
    mode: Mode,
    done: frozenset[tuple[str, str]],
    max_size: int | None,
    jobs: int,
) -> Generator[list[Done], None, None]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    fork = "fork" in methods
    context = multiprocessing.get_context("fork" if fork else None)
    if fork:
        warm_up()  # once here, inherited by every worker, instead of once per worker
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=pool_init, initargs=(mode, done, max_size)
    )
    try:
        yield from _ordered(lambda b: pool.submit(pool_batch, b), batches, 4 * jobs)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _dask(
    batches: Iterator[Batch],
    mode: Mode,
    done: frozenset[tuple[str, str]],
    max_size: int | None,
    jobs: int,
    scheduler: str | None,
) -> Generator[list[Done], None, None]:
    import importlib

    distributed: Any = importlib.import_module("distributed")  # untyped: kept at arm's length
    cluster: Any = None
    if scheduler is None:
        cluster = distributed.LocalCluster(
            n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client: Any = distributed.Client(cluster)
    else:
        try:
            client = distributed.Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as exc:
            raise InputError(f"--scheduler {scheduler}: cannot connect ({exc})") from None
    try:
        # Sent to every worker once; wrapped in a list, or Dask would scatter each element.
        done_ref = client.scatter([done], broadcast=True)[0] if done else done
        workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)

        def submit(batch: Batch) -> _Pending:
            pending: _Pending = client.submit(
                process_batch, batch, mode, done_ref, max_size, pure=False
            )
            return pending

        yield from _ordered(submit, batches, 4 * workers)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run(options: Options, progress: Progress | None = None) -> Summary:
    """Convert every input; returns the summary.

    Raises ``OutputError``/``InputError`` for usage problems (before anything is committed), and
    ``KeyboardInterrupt`` when interrupted: ``OUT.part`` and its journal then stay as of the last
    commit, for ``--resume``.
    """
    progress = progress or _NoProgress()
    sharded = options.engine == "dask"
    writer = make_writer(options.fmt, options.out, sharded=sharded)
    check_output(options.out, options.fmt, folder=writer.is_dir)
    journal = journal_path(writer)
    done: set[tuple[str, str]] = set()
    mark: Any | None = None
    last_id = 0
    if options.resume and journal.is_file():
        mark, last_id, done, failed_before = _read_journal(journal, options.fmt, sharded)
    writer.open(mark)
    summary = Summary(resumed=mark is not None)
    if mark is not None:
        summary.failed_before = failed_before
    frozen = frozenset(done)
    done.clear()
    with journal.open("a" if mark is not None else "w", encoding="utf-8") as log:
        if mark is None:
            header = {"format": options.fmt, "sharded": sharded, "version": __version__}
            log.write(json.dumps(header) + "\n")
            log.flush()
        header_end = log.tell()
        started = time.perf_counter()
        batches = _batches(options.inputs, options.batch_size)
        results: Generator[list[Done], None, None]
        if options.engine == "dask":
            results = _dask(
                batches, writer.mode, frozen, options.max_size, options.jobs, options.scheduler
            )
        elif options.jobs > 1:
            results = _pool(batches, writer.mode, frozen, options.max_size, options.jobs)
        else:
            results = _inline(batches, writer.mode, frozen, options.max_size)
        keys: list[tuple[str, str, int]] = []
        since = 0
        try:
            first = True
            for result in results:
                if first:
                    progress.start()
                    first = False
                for item in result:
                    summary.add(item)
                    if item.state == "skipped":
                        continue
                    if item.id <= last_id:  # the archive changed since the unfinished run
                        item = _renumber(item, last_id + 1)  # noqa: PLW2901
                    last_id = item.id
                    writer.write(item)
                    keys.append((item.path, item.sha256 or "", int(item.state in _FAILED)))
                    since += 1
                    if options.abort_on_error and item.state in _FAILED:
                        summary.aborted = f"{item.path}: {item.code}: {item.message}"
                        break
                progress.advance(len(result))
                if summary.aborted:
                    break
                if since >= options.commit_every:
                    _commit(writer, log, keys, last_id, final=False)
                    since = 0
        except KeyboardInterrupt:
            # Not committed: an item may be half-written. The last journalled mark stands, and
            # --resume redoes what came after it.
            summary.interrupted = True
            writer.close()
            raise
        except Exception:
            writer.close()
            if mark is None and log.tell() == header_end:  # nothing committed: leave no trace
                log.close()
                writer.discard()
                journal.unlink()
            raise
        finally:
            progress.stop()
            summary.seconds = time.perf_counter() - started
            results.close()
        _commit(writer, log, keys, last_id, final=True)
        if summary.aborted:
            writer.close()
            return summary
    manifest = {
        "tool": "ratsparse",
        "version": __version__,
        "schema_version": 1,
        "format": options.fmt,
        "counts": summary.counts(),
        "tables": table_layout(),
    }
    writer.finish(manifest)
    journal.unlink()
    return summary


def _commit(
    writer: Writer, log: Any, keys: list[tuple[str, str, int]], last_id: int, *, final: bool
) -> None:
    """Commit the writer; when that made output durable, journal the mark and its inputs:
    path, sha256 ("" for an input that could not be read), and 1 if it failed."""
    mark = writer.commit(final=final)
    if mark is None:
        return
    entry = {"mark": mark, "last": last_id, "keys": keys}
    log.write(json.dumps(entry, ensure_ascii=False) + "\n")
    log.flush()
    keys.clear()


def _read_journal(
    journal: Path, fmt: Format, sharded: bool
) -> tuple[Any | None, int, set[tuple[str, str]], int]:
    """The last mark, the last id, the inputs done, and how many of those failed."""
    from ratsparse.convert.writers import OutputError

    mark: Any | None = None
    last = failed = 0
    done: set[tuple[str, str]] = set()
    with journal.open(encoding="utf-8") as log:
        lines = log.read().split("\n")
    try:
        header = json.loads(lines[0])
    except (json.JSONDecodeError, IndexError):
        raise OutputError(
            f"{journal}: not a ratsparse journal; remove it to start afresh"
        ) from None
    if header.get("format") != fmt or header.get("sharded", False) != sharded:
        raise OutputError(
            f"{journal}: the unfinished run wrote --to {header.get('format')}; "
            f"resume it with the same format, or drop --resume to start afresh"
        )
    for line in lines[1:]:
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            break  # a line cut by kill -9: its commit is not journalled
        mark, last = entry["mark"], entry["last"]
        done.update((p, s) for p, s, _ in entry["keys"])
        failed += sum(f for _, _, f in entry["keys"])
    return mark, last, done, failed


def _renumber(item: Done, rid: int) -> Done:
    """The same outcome under another id (every table's first column is the id)."""
    payload = item.payload
    if isinstance(payload, tuple):
        payload = tuple([(rid, *row[1:]) for row in rows] for rows in payload)
    return item._replace(id=rid, payload=payload)
