"""The run: inputs in order → batches → workers → the writer, with a journal for ``--resume``.

Only paths go to the workers and only finished output comes back, in input order; at most a few
batches per worker are in flight, so memory stays flat however large the archive. Every
``commit_every`` documents the writer commits and the journal (``OUT.part.journal``) records the
mark and the (path, sha256) of each input now safely written, and its header what the inputs
are. A resumed run checks that it was given the same inputs, cuts the output back to the last
mark and skips the journalled inputs, so it continues without gaps, duplicates or another
archive's documents. ``OUT.part.lock`` keeps a second run away from the same OUT meanwhile.
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal, NamedTuple, Protocol

from ratsparse._version import __version__
from ratsparse.convert.guard import FileId, OutputLock, check_output, file_ids, input_clash
from ratsparse.convert.inputs import InputError
from ratsparse.convert.names import path_text
from ratsparse.convert.work import Done, Mode, pool_batch, pool_init, process_batch, warm_up
from ratsparse.convert.writers import (
    Format,
    OutputError,
    Writer,
    make_writer,
    table_layout,
)
from ratsparse.records import SourceKind

Engine = Literal["local", "dask"]
_FAILED = ("failed", "error")
Batch = list[tuple[int, str]]


class WriteError(OutputError):
    """The output could not be written (a full disk, no permission): exit 2 like every usage
    error, whatever the format."""


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
    force: bool = False
    """Replace what is at OUT even when it is not ratsparse output (never an input)."""
    split: bool = False
    """One record per agenda item (``--split``; JSON formats only)."""
    kind: SourceKind | None = None
    """How every input is read (``--from``); None: told from each input's content."""
    given: tuple[str, ...] = ()
    """The paths as given; any that is the output itself is refused before the run (inputs
    found later are checked as they are read)."""
    base_url: str | None = None
    """``--to oparl``: the OParl API's address its objects' ids are made under (else URNs)."""
    append: bool = False
    """Add to the SQLite output at OUT (``--append``): inputs it holds unchanged (same path,
    same SHA-256) are skipped, a changed one's rows replaced, ids already there kept."""
    sources: dict[str, Any] | None = None
    """What the inputs are (paths, glob, list of files); journalled, and a resumed run must
    have the same. None: not checked."""


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
    before: dict[str, int] = field(default_factory=dict)
    """What the unfinished runs wrote: ``clean``, ``warnings``, ``failed`` and ``runs``."""
    appended: bool = False
    """Whether the run added to an earlier output (``--append``): the skipped inputs are those
    it held unchanged."""
    replaced: int = 0
    """With ``--append``: inputs of the earlier output whose rows were replaced (changed)."""

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
        why = "unchanged" if self.appended else f"resume{before}"
        replaced = f", {self.replaced} replaced (changed)" if self.replaced else ""
        return (
            f"{self.seen} files seen: {self.clean} clean, {self.warnings} with warnings, "
            f"{self.failed} failed, {self.skipped} skipped ({why}){replaced}; "
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

    def output_counts(self) -> dict[str, int]:
        """What the output holds, over every run that wrote it (for its metadata)."""
        this = {"clean": self.clean, "warnings": self.warnings, "failed": self.failed}
        total = {k: v + self.before.get(k, 0) for k, v in this.items()}
        return {"seen": sum(total.values()), **total, "runs": self.before.get("runs", 0) + 1}


def journal_path(writer: Writer) -> Path:
    return writer.part.with_name(writer.part.name + ".journal")


def _outside(inputs: Iterable[str], writer: Writer) -> Iterator[str]:
    """The inputs, stopping at one inside the folder the run writes (``OUT.part``): its files
    come and go as the run goes, so they are caught by name, not only as files seen at the
    start."""
    inside = os.path.abspath(writer.part) + os.sep  # noqa: PTH100
    for path in inputs:
        if os.path.abspath(path).startswith(inside):  # noqa: PTH100
            raise input_clash(writer.out, path_text(path))
        yield path


def _batches(paths: Iterable[str], size: int) -> Iterator[Batch]:
    numbered = enumerate(paths, 1)
    while batch := list(itertools.islice(numbered, size)):
        yield batch


class _Task(NamedTuple):
    """What every worker needs besides its batch."""

    mode: Mode
    done: frozenset[tuple[str, str]]
    max_size: int | None
    protected: frozenset[FileId]
    kind: SourceKind | None
    base_url: str | None = None


def _inline(batches: Iterator[Batch], task: _Task) -> Generator[list[Done], None, None]:
    for batch in batches:
        yield process_batch(batch, *task)


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


def _pool(batches: Iterator[Batch], task: _Task, jobs: int) -> Generator[list[Done], None, None]:
    """Worker processes; they end with this process, and at once when the run stops early."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    fork = "fork" in methods
    context = multiprocessing.get_context("fork" if fork else None)
    if fork:
        warm_up()  # once here, inherited by every worker, instead of once per worker
    pool = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,
        initializer=pool_init,
        initargs=(
            task.mode,
            task.done,
            task.max_size,
            task.protected,
            os.getpid(),
            task.kind,
            task.base_url,
        ),
    )
    finished = False
    try:
        yield from _ordered(lambda b: pool.submit(pool_batch, b), batches, 4 * jobs)
        finished = True
    finally:
        if not finished:  # interrupted, aborted or failed: what is in flight is not wanted
            _stop_workers(pool)
        pool.shutdown(wait=True, cancel_futures=True)


def _stop_workers(pool: Any) -> None:
    """End a pool's workers now rather than after their current batch."""
    processes: dict[int, Any] = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        if process.is_alive():
            process.terminate()


def _dask(
    batches: Iterator[Batch], task: _Task, jobs: int, scheduler: str | None
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
        done = task.done
        done_ref = client.scatter([done], broadcast=True)[0] if done else done
        workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)

        def submit(batch: Batch) -> _Pending:
            pending: _Pending = client.submit(
                process_batch,
                batch,
                task.mode,
                done_ref,
                task.max_size,
                task.protected,
                task.kind,
                task.base_url,
                pure=False,
            )
            return pending

        yield from _ordered(submit, batches, 4 * workers)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


@contextmanager
def _writing(out: Path) -> Iterator[None]:
    """Whatever the format, a failed write (disk full, no permission) is a :class:`WriteError`."""
    try:
        yield
    except OSError as exc:
        where = path_text(os.fsdecode(exc.filename)) if exc.filename else path_text(str(out))
        raise WriteError(f"{where}: cannot write: {exc.strerror or exc}") from None
    except sqlite3.Error as exc:
        raise WriteError(f"{path_text(str(out))}: cannot write: {exc}") from None


def run(options: Options, progress: Progress | None = None) -> Summary:
    """Convert every input; returns the summary.

    Raises ``OutputError``/``InputError`` for usage problems (before anything is committed, or
    when an input turns out to be the output), ``WriteError`` when the output cannot be
    written, and ``KeyboardInterrupt`` when interrupted: ``OUT.part`` and its journal then stay
    as of the last commit, for ``--resume``.
    """
    sharded = options.engine == "dask"
    writer = make_writer(options.fmt, options.out, sharded=sharded)
    lock = OutputLock(writer)
    lock.acquire(options.out)
    try:
        return _run(options, writer, sharded, progress or _NoProgress(), lock.path)
    finally:
        lock.release()


def _run(
    options: Options, writer: Writer, sharded: bool, progress: Progress, lock: Path
) -> Summary:
    protected = check_output(writer, options.fmt, options.given, force=options.force)
    journal = journal_path(writer)
    before: _Journal | None = None
    if options.resume and journal.is_file():
        before = _read_journal(
            journal,
            options.fmt,
            sharded,
            options.sources,
            options.split,
            options.kind,
            options.append,
            options.base_url,
        )
        if before.mark is None:
            before = None  # nothing was committed: start afresh
    summary = Summary(resumed=before is not None, appended=options.append)
    if before is not None:
        summary.failed_before = before.counts["failed"]
        summary.before = {**before.counts, "runs": before.runs}
        os.truncate(journal, before.end)  # drop a line that a kill cut short
    with _writing(options.out):
        mark = before.mark if before else None
        adopted = 0
        if options.append:
            adopted = writer.adopt(resumed=before is not None)
            mark = writer.adopted_mark(adopted) if before is None else mark
        writer.open(mark)
        log = journal.open("w" if before is None else "a", encoding="utf-8")
    with log:
        with _writing(options.out):
            if before is None:
                header: dict[str, Any] = {
                    "format": options.fmt,
                    "sharded": sharded,
                    "split": options.split,
                    "from": options.kind,
                    "append": options.append,
                    "base_url": options.base_url,
                    "version": __version__,
                }
                if options.sources is not None:
                    header["inputs"] = options.sources
                log.write(json.dumps(header, ensure_ascii=False) + "\n")
            else:
                log.write(json.dumps({"run": before.runs + 1}) + "\n")
            log.flush()
        header_end = log.tell()
        # The run's own files are no inputs either (say, under --glob '**/*').
        protected |= file_ids([*writer.working(), journal, lock])
        last_id = before.last if before else adopted
        done = before.done if before else set()
        if options.append:
            done |= writer.done()
        task = _Task(
            "items" if options.split else writer.mode,
            frozenset(done),
            options.max_size,
            protected,
            options.kind,
            options.base_url,
        )
        if before is not None:
            before.done.clear()
        started = time.perf_counter()
        inputs = _outside(options.inputs, writer) if writer.is_dir else options.inputs
        batches = _batches(inputs, options.batch_size)
        results: Generator[list[Done], None, None]
        if options.engine == "dask":
            results = _dask(batches, task, options.jobs, options.scheduler)
        elif options.jobs > 1:
            results = _pool(batches, task, options.jobs)
        else:
            results = _inline(batches, task)
        pending = _Uncommitted()
        try:
            first = True
            for result in results:
                if first:
                    progress.start()
                    first = False
                with _writing(options.out):
                    for item in result:
                        summary.add(item)
                        if item.state == "skipped":
                            continue
                        if item.code == "is-output":
                            raise input_clash(options.out, item.path)
                        if item.id <= last_id:  # the archive changed since the unfinished run
                            item = _renumber(item, last_id + 1)  # noqa: PLW2901
                        last_id = item.id
                        writer.write(item)
                        pending.add(item)
                        if options.abort_on_error and item.state in _FAILED:
                            summary.aborted = f"{item.path}: {item.code}: {item.message}"
                            break
                    progress.advance(len(result))
                    if summary.aborted:
                        break
                    if pending.since >= options.commit_every:
                        _commit(writer, log, pending, last_id, final=False)
            with _writing(options.out):
                _commit(writer, log, pending, last_id, final=True)
        except KeyboardInterrupt:
            # Not committed: an item may be half-written. The last journalled mark stands, and
            # --resume redoes what came after it.
            summary.interrupted = True
            writer.close()
            raise
        except Exception:
            writer.close()
            if before is None and log.tell() == header_end:  # nothing committed: leave no trace
                log.close()
                writer.discard()
                journal.unlink()
            raise
        finally:
            progress.stop()
            summary.seconds = time.perf_counter() - started
            results.close()
        if summary.aborted:
            writer.close()
            return summary
    counts = summary.output_counts()
    summary.replaced = writer.replaced
    manifest = {
        "tool": "ratsparse",
        "version": __version__,
        "schema_version": 1,
        "format": options.fmt,
        "counts": writer.totals(counts["runs"]) or counts,
        "tables": table_layout(),
    }
    with _writing(options.out):
        try:
            writer.finish(manifest)
        except BaseException:
            writer.close()  # OUT.part and the journal stay, for --resume
            raise
    journal.unlink()
    return summary


class _Uncommitted:
    """What was written since the last commit: the journal's keys and counts for it."""

    def __init__(self) -> None:
        self.keys: list[tuple[str, str, int]] = []
        self.counts = {"clean": 0, "warnings": 0, "failed": 0}
        self.since = 0

    def add(self, item: Done) -> None:
        failed = item.state in _FAILED
        self.keys.append((item.path, item.sha256 or "", int(failed)))
        self.counts["failed" if failed else item.state] += 1
        self.since += 1


def _commit(writer: Writer, log: Any, pending: _Uncommitted, last_id: int, *, final: bool) -> None:
    """Commit the writer; when that made output durable, journal the mark and its inputs:
    path, sha256 ("" for an input that could not be read), and 1 if it failed; and how many
    of them were clean, had warnings, failed."""
    pending.since = 0
    mark = writer.commit(final=final)
    if mark is None:
        return
    entry = {"mark": mark, "last": last_id, "keys": pending.keys, "counts": pending.counts}
    log.write(json.dumps(entry, ensure_ascii=False) + "\n")
    log.flush()
    pending.keys = []
    pending.counts = dict.fromkeys(pending.counts, 0)


@dataclass
class _Journal:
    """What an unfinished run journalled."""

    mark: Any | None = None
    last: int = 0
    done: set[tuple[str, str]] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=lambda: {"clean": 0, "warnings": 0, "failed": 0})
    runs: int = 1
    end: int = 0
    """Where the last whole line ends (a kill may have cut the one after it)."""


_INPUT_NAMES: Final = {
    "paths": "the paths given",
    "glob": "--glob",
    "files_from": "--files-from",
    "list_sha256": "the list of files",
}


def _read_journal(
    journal: Path,
    fmt: Format,
    sharded: bool,
    sources: dict[str, Any] | None,
    split: bool = False,
    kind: SourceKind | None = None,
    append: bool = False,
    base_url: str | None = None,
) -> _Journal:
    """The last mark, the last id, the inputs done, and their counts; refuses a journal of
    another format, of other inputs, or of a run with another ``--split``, ``--from``,
    ``--append`` or ``--base-url``."""
    with journal.open("rb") as handle:
        lines = handle.read().split(b"\n")
    where = path_text(str(journal))
    try:
        header = json.loads(lines[0])
    except (json.JSONDecodeError, UnicodeDecodeError, IndexError):
        raise OutputError(f"{where}: not a ratsparse journal; remove it to start afresh") from None
    if header.get("format") != fmt or header.get("sharded", False) != sharded:
        raise OutputError(
            f"{where}: the unfinished run wrote --to {header.get('format')}; "
            f"resume it with the same format, or drop --resume to start afresh"
        )
    # what a resumed run must share with the unfinished one: the journal's key and its default
    # (a journal of an older version lacks it), this run's value, what the refusal tells of the
    # unfinished run, and how to resume it
    alike: tuple[tuple[str, Any, Any, Callable[[Any], str], str], ...] = (
        (
            "split",
            False,
            split,
            lambda v: f"wrote {'one record per agenda item (--split)' if v else 'one per file'}",
            "the same way",
        ),
        (
            "from",
            None,
            kind,
            lambda v: f"read its inputs as {v or 'each told from its content'}",
            "with the same --from",
        ),
        (
            "append",
            False,
            append,
            lambda v: "added to OUT (--append)" if v else "wrote OUT afresh",
            "the same way",
        ),
        (
            "base_url",
            None,
            base_url,
            lambda v: f"made its ids under --base-url {v or '(none: URNs)'}",
            "with the same",
        ),
    )
    for key, default, ours, told, how in alike:
        was = header.get(key, default)
        if was != ours:
            raise OutputError(
                f"{where}: the unfinished run {told(was)}; resume it {how}, or drop --resume to "
                "start afresh"
            )
    then = header.get("inputs")
    if sources is not None and then is not None and then != sources:
        differ = ", ".join(v for k, v in _INPUT_NAMES.items() if then.get(k) != sources.get(k))
        raise OutputError(
            f"{where}: the unfinished run had other inputs ({differ} differ); give the same "
            "inputs to resume it, or drop --resume to start afresh"
        )
    found = _Journal(end=len(lines[0]) + 1)
    for line in lines[1:-1]:  # the last piece has no line end: empty, or cut by a kill
        try:
            entry = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError):
            break
        found.end += len(line) + 1
        if "run" in entry:
            found.runs += 1
            continue
        found.mark, found.last = entry["mark"], entry["last"]
        found.done.update((p, s) for p, s, _ in entry["keys"])
        counts = entry.get("counts")
        if counts is None:  # a journal of an older version: only the failures are known
            failed = sum(f for _, _, f in entry["keys"])
            counts = {"clean": len(entry["keys"]) - failed, "failed": failed}
        for key, n in counts.items():
            found.counts[key] = found.counts.get(key, 0) + n
    return found


def _renumber(item: Done, rid: int) -> Done:
    """The same outcome under another id (every table's first column is the id)."""
    payload = item.payload
    if isinstance(payload, tuple):
        payload = tuple([(rid, *row[1:]) for row in rows] for rows in payload)
    return item._replace(id=rid, payload=payload)
