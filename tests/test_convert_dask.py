"""``--engine dask``: the same conversion on a Dask LocalCluster with 2 worker processes gives
the same output as the local run, sharded under OUT/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ratsparse.convert import Options, discover, run
from tests.convert_archive import EXPECTED_ERRORS, copy_samples, make_archive

pytestmark = pytest.mark.slow


def test_dask_local_cluster_output_equals_local_run(tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "archive" / "odd")
    copy_samples(Path(__file__).parent.parent / "samples", tmp_path / "archive", 3)
    root = str(tmp_path / "archive")

    local = tmp_path / "local.jsonl"
    summary = run(Options(inputs=discover([root]), out=local, jobs=1))
    assert summary.failed >= len(EXPECTED_ERRORS)

    sharded = tmp_path / "dask-out"
    options = Options(inputs=discover([root]), out=sharded, jobs=2, engine="dask", batch_size=8)
    dask_summary = run(options)
    assert dask_summary.counts() == summary.counts()
    shards = sorted(sharded.glob("part-*.jsonl"))
    assert shards, list(sharded.iterdir())
    assert b"".join(p.read_bytes() for p in shards) == local.read_bytes()
    errors = [json.loads(x) for x in (sharded / "errors.jsonl").read_text().splitlines()]
    local_errors = [
        json.loads(x) for x in (tmp_path / "local.errors.jsonl").read_text().splitlines()
    ]
    assert errors == local_errors
    odd = {Path(e["path"]).name: e["code"] for e in errors if Path(e["path"]).parent == archive}
    assert odd == EXPECTED_ERRORS
    manifest = json.loads((sharded / "manifest.json").read_text())
    assert manifest["counts"]["seen"] == summary.seen


def test_dask_run_resumes_after_an_abort(tmp_path: Path) -> None:
    copy_samples(Path(__file__).parent.parent / "samples", tmp_path / "archive", 2)
    root = str(tmp_path / "archive")
    local = tmp_path / "local.jsonl"
    run(Options(inputs=discover([root]), out=local, jobs=1))

    out = tmp_path / "dask-out"
    first = run(
        Options(
            inputs=discover([root]),
            out=out,
            jobs=2,
            engine="dask",
            abort_on_error=True,
            batch_size=4,
        )
    )
    assert first.aborted is not None  # samples/18 is no resolution
    assert not out.exists()
    again = run(Options(inputs=discover([root]), out=out, jobs=2, engine="dask", resume=True))
    assert again.resumed
    assert again.skipped == first.seen  # all it saw up to the failure was committed
    shards = sorted(out.glob("part-*.jsonl"))
    assert b"".join(p.read_bytes() for p in shards) == local.read_bytes()
    errors = (out / "errors.jsonl").read_text().splitlines()
    assert errors == (tmp_path / "local.errors.jsonl").read_text().splitlines()
