"""Batches as they are run for real: interrupted, parallel, on Dask, on general news.

The output of a batch is a pure function of its input, whatever happened on the way: a
`kill -9` and a rerun, two worker processes or a Dask cluster must all give the same bytes as
one uninterrupted local run. The articles come from `../shared/corpus/bench.jsonl.gz`
(read in place, never copied into the project; the tests write their slice to a temp dir).
"""

from __future__ import annotations

import gzip
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract.io import SHARED_CORPUS
from offsets import assert_offsets_slice

ROOT = Path(__file__).resolve().parents[1]
EXTRACT = Path(sys.executable).with_name("extract")
SEEDS = ROOT / "corpus" / "seeds.jsonl"
BENCH = SHARED_CORPUS / "bench.jsonl.gz"
RESUME_N = 300
CI_SAMPLE_N = 500
DASK_N = int(os.environ.get("BENCH_DASK_N", "100"))
# Kill once this many records are on disk (well before the end of RESUME_N).
KILL_AFTER = 20
# A guard against a hung process, not a speed requirement.
HANG_GUARD = 1800

pytestmark = pytest.mark.skipif(not BENCH.exists(), reason="needs ../shared/corpus/bench.jsonl.gz")


def bench_head(n: int, dest: Path) -> Path:
    """The first `n` bench articles, byte for byte, as a JSONL file in a temp dir."""
    with gzip.open(BENCH, "rb") as fh:
        lines = list(itertools.islice(fh, n))
    assert len(lines) == n
    dest.write_bytes(b"".join(lines))
    return dest


def run_cli(*args: str | Path) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(EXTRACT), *map(str, args)], capture_output=True, text=True, timeout=HANG_GUARD)
    assert proc.returncode == 0, f"extract {' '.join(map(str, args))} exited {proc.returncode}:\n{proc.stderr[-3000:]}"
    return proc


def parse_all(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert raw.endswith(b"\n")
    return [json.loads(line) for line in raw.decode("utf-8").split("\n")[:-1]]


def count_lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("batch")


@pytest.fixture(scope="module")
def bench300(work: Path) -> Path:
    return bench_head(RESUME_N, work / "bench300.jsonl")


@pytest.fixture(scope="module")
def reference300(work: Path, bench300: Path) -> Path:
    """One uninterrupted single-process run: the output every other way must reproduce."""
    out = work / "reference300.jsonl"
    run_cli("run", bench300, "-o", out, "--quiet")
    return out


def _start_and_kill(cmd: list[str], out: Path) -> int:
    """Start `cmd`, SIGKILL it once some records are on disk; return how many there were."""
    partial = out.with_name(out.name + ".partial")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + HANG_GUARD
        while proc.poll() is None and count_lines(partial) < KILL_AFTER and time.monotonic() < deadline:
            time.sleep(0.005)
        assert proc.poll() is None, "the run ended before it could be interrupted"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert not out.exists(), "an interrupted run must not leave a finished-looking output"
    n = count_lines(partial)
    assert KILL_AFTER <= n < RESUME_N
    return n


def test_kill_9_then_rerun_gives_the_uninterrupted_output(work: Path, bench300: Path, reference300: Path) -> None:
    out = work / "killed.jsonl"
    cmd = [str(EXTRACT), "run", str(bench300), "-o", str(out), "--quiet"]
    done = _start_and_kill(cmd, out)
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=HANG_GUARD)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert f"resuming: {done} records" in proc.stderr
    assert not out.with_name(out.name + ".partial").exists()
    assert out.read_bytes() == reference300.read_bytes()
    recs = parse_all(out)
    assert len(recs) == RESUME_N


def test_rerun_after_a_torn_last_line_gives_the_uninterrupted_output(
    work: Path, bench300: Path, reference300: Path
) -> None:
    """A crash mid-write can leave half a line; the rerun must drop it and redo that document."""
    out = work / "torn.jsonl"
    cmd = [str(EXTRACT), "run", str(bench300), "-o", str(out), "--quiet"]
    done = _start_and_kill(cmd, out)
    partial = out.with_name(out.name + ".partial")
    next_line = reference300.read_bytes().split(b"\n")[done]
    with open(partial, "ab") as fh:
        fh.write(next_line[: len(next_line) // 2])
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=HANG_GUARD)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert out.read_bytes() == reference300.read_bytes()


def test_rerun_of_a_finished_batch_changes_nothing(work: Path, bench300: Path, reference300: Path) -> None:
    out = work / "twice.jsonl"
    run_cli("run", bench300, "-o", out, "--quiet")
    run_cli("run", bench300, "-o", out, "--quiet")
    assert out.read_bytes() == reference300.read_bytes()


def test_two_workers_give_identical_output(work: Path, bench300: Path, reference300: Path) -> None:
    out = work / "workers2.jsonl"
    run_cli("run", bench300, "-o", out, "--quiet", "--workers", "2")
    assert out.read_bytes() == reference300.read_bytes()


@pytest.mark.slow
def test_dask_engine_matches_local_on_seeds(work: Path) -> None:
    local, dask = work / "seeds.local.jsonl", work / "seeds.dask.jsonl"
    run_cli("run", SEEDS, "-o", local, "--quiet")
    run_cli("run", SEEDS, "-o", dask, "--quiet", "--engine", "dask", "--workers", "2")
    assert dask.read_bytes() == local.read_bytes()
    assert len(parse_all(dask)) == 5


@pytest.mark.slow
def test_dask_engine_matches_local_on_bench(work: Path) -> None:
    """Size from BENCH_DASK_N (default 100; the closing report runs 500)."""
    src = bench_head(DASK_N, work / f"bench{DASK_N}.jsonl")
    local, dask = work / "bench.local.jsonl", work / "bench.dask.jsonl"
    run_cli("run", src, "-o", local, "--quiet")
    run_cli("run", src, "-o", dask, "--quiet", "--engine", "dask", "--workers", "2")
    assert dask.read_bytes() == local.read_bytes()
    assert len(parse_all(dask)) == DASK_N


@pytest.mark.slow
def test_ci_sample_of_general_news(work: Path) -> None:
    """500 general news articles: no crash, one record per article in order, offsets slice."""
    src = bench_head(CI_SAMPLE_N, work / "bench500.jsonl")
    out = work / "bench500.out.jsonl"
    run_cli("run", src, "-o", out, "--quiet", "--strict")
    inputs = [json.loads(line) for line in src.read_bytes().splitlines()]
    recs = parse_all(out)
    assert [r["doc_id"] for r in recs] == [d["id"] for d in inputs]
    for d, r in zip(inputs, recs, strict=True):
        assert r["status"] == "ok", (r["doc_id"], r["error"])
        assert r["text"] == d["text"]
        assert r["meta"] == {k: v for k, v in d.items() if k not in ("doc_id", "text")}
        assert_offsets_slice(r)
