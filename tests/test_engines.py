"""Engines: the same rows in the same order whatever the engine or the number of workers."""

from __future__ import annotations

import functools
import os
import re
import sys
import threading
from pathlib import Path

import pandas as pd
import pytest

from womenfed import engines, limits, pipeline
from womenfed.cli import main
from womenfed.corpus import build, read_tables
from womenfed.tables import REPORT_TABLES

from .conftest import RAW_DIR


def _context():
    return {"pid": os.getpid()}


def _square(task, context):
    return {"value": task * task, "pid": context["pid"]}


def test_process_pool_keeps_order_and_builds_context_once_per_worker():
    results = list(engines.map_reports(range(40), _context, _square, engine="process", jobs=2))
    assert [task for task, _ in results] == list(range(40))
    assert [rows["value"] for _, rows in results] == [i * i for i in range(40)]
    assert 1 <= len({rows["pid"] for _, rows in results}) <= 2


def test_workers_are_forked_only_while_no_other_thread_runs():
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert engines._start_method() == "spawn"
    finally:
        stop.set()
        other.join()
    alone = sys.platform.startswith("linux") and threading.active_count() == 1
    assert engines._start_method() == ("fork" if alone else "spawn")


def _counted_context(log: str):
    with open(log, "a", encoding="utf-8") as handle:
        handle.write(f"{os.getpid()}\n")
    return _context()


@pytest.mark.parametrize("jobs", [1, 3])
def test_context_is_built_once_per_worker_and_results_ignore_job_count(tmp_path, jobs):
    log = tmp_path / "contexts.log"
    make_context = functools.partial(_counted_context, str(log))
    results = list(engines.map_reports(range(30), make_context, _square, engine="process",
                                       jobs=jobs))
    assert [rows["value"] for _, rows in results] == [i * i for i in range(30)]
    built = Path(log).read_text(encoding="utf-8").split()
    assert len(built) == len(set(built)) <= jobs
    assert {rows["pid"] for _, rows in results} <= {int(pid) for pid in built}


def test_in_flight_window_is_bounded():
    in_flight, peak = set(), []

    def submit(task):
        in_flight.add(task)
        peak.append(len(in_flight))
        return _Pending(in_flight, task)

    order = [task for task, _ in engines._ordered(range(100), submit, window=5)]
    assert order == list(range(100))
    assert max(peak) == 5


class _Pending:
    """A future that counts as in flight until its result is collected."""

    def __init__(self, in_flight, task):
        self.in_flight, self.task = in_flight, task

    def result(self):
        self.in_flight.discard(self.task)
        return self.task * self.task


class _Slow:
    """The future of a busy worker: never done before its result is asked for."""

    def __init__(self, task):
        self.task = task

    def done(self):
        return False

    def result(self):
        return self.task * self.task


def test_collecting_process_computes_while_waiting_and_keeps_order_and_bound():
    started, here, peak = set(), [], 0

    def submit(task):
        started.add(task)
        return _Slow(task)

    def run_here(task):
        started.add(task)
        here.append(task)
        return task * task

    results = []
    for task, value in engines._ordered(range(50), submit, window=4, run_here=run_here):
        peak = max(peak, len(started))
        started.discard(task)
        results.append((task, value))
    assert results == [(i, i * i) for i in range(50)]
    assert here and len(here) < 50  # it helped, and the workers still got work
    assert peak <= 2 * 4


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="unknown engine"):
        list(engines.map_reports([1], _context, _square, engine="spark"))


def _tables(folder):
    corpus = read_tables(folder)
    return {name: getattr(corpus, name) for name in REPORT_TABLES}


def _assert_same_tables(folder, expected):
    for name, frame in _tables(folder).items():
        pd.testing.assert_frame_equal(frame, expected[name], check_exact=True, obj=name)


@pytest.fixture(scope="module")
def local_tables(tmp_path_factory):
    out = tmp_path_factory.mktemp("local")
    build(RAW_DIR, out, cache_dir=out / "cache")
    return _tables(out)


@pytest.mark.parametrize("engine, jobs", [("process", 2), ("dask", 1)])
def test_engines_write_the_same_tables_as_the_local_engine(tmp_path, local_tables, engine,
                                                          jobs):
    counts = build(RAW_DIR, tmp_path, engine=engine, jobs=jobs, cache_dir=tmp_path / "cache")
    assert counts["computed"] == 5
    _assert_same_tables(tmp_path, local_tables)


def test_cli_dask_engine_on_a_running_two_worker_cluster_writes_the_local_tables(tmp_path,
                                                                                 local_tables):
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        assert main(["build", str(RAW_DIR), "--out", str(tmp_path), "--engine", "dask",
                     "--scheduler", cluster.scheduler_address]) == 0
        workers_used = client.run(lambda: bool(engines._WORKER_CONTEXT))
    assert len(workers_used) == 2
    _assert_same_tables(tmp_path, local_tables)


def _catastrophic(raw):
    """A clean step that never ends on one report: a regex with exponential backtracking."""
    if "昌邑" in raw:
        re.match(r"(a*)*b", "a" * 64)
    return _real_clean(raw)


_real_clean = pipeline.clean.clean_text


def test_a_stuck_file_becomes_an_error_row_and_the_build_goes_on(tmp_path, monkeypatch):
    build(RAW_DIR, tmp_path / "warm")  # dictionaries load on first use, not within the limit
    monkeypatch.setattr(pipeline.clean, "clean_text", _catastrophic)
    counts = build(RAW_DIR, tmp_path / "out", time_limit=2)
    tables = read_tables(tmp_path / "out")
    assert counts["reports"] == len(tables.reports) == 4
    (row,) = tables.errors.itertuples()
    assert row.stage == "clean" and row.error == "TimeLimitExceeded" and "2 s" in row.message


@pytest.mark.parametrize("engine, jobs", [("process", 2), ("dask", 1)])
def test_every_engine_applies_the_time_limit_in_its_workers(tmp_path, engine, jobs):
    """A limit no report can meet: every file becomes a time-limit error row, in the pool
    workers and the collecting process alike (spawned or forked), and on Dask workers."""
    counts = build(RAW_DIR, tmp_path, engine=engine, jobs=jobs, time_limit=1e-4)
    tables = read_tables(tmp_path)
    assert counts["errors"] == len(tables.errors) == 5 and tables.reports.empty
    assert set(tables.errors["error"]) == {"TimeLimitExceeded"}


def test_the_time_limit_also_stops_work_in_a_worker_thread():
    outcome = []

    def work():
        try:
            with limits.time_limit(0.5):
                while True:
                    pass
        except limits.TimeLimitExceeded:
            outcome.append("stopped")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(30)
    assert outcome == ["stopped"]


def test_no_time_limit_means_none():
    with limits.time_limit(None):
        assert sum(range(1000)) == 499500
