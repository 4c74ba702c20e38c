"""Engines: the same rows in the same order whatever the engine or the number of workers."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pandas as pd
import pytest

from womenfed import engines
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


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="unknown engine"):
        list(engines.map_reports([1], _context, _square, engine="spark"))


def _tables(folder):
    corpus = read_tables(folder)
    return {name: getattr(corpus, name) for name in REPORT_TABLES}


@pytest.fixture(scope="module")
def local_tables(tmp_path_factory):
    out = tmp_path_factory.mktemp("local")
    build(RAW_DIR, out, cache_dir=out / "cache")
    return _tables(out)


@pytest.mark.parametrize("engine, jobs", [("process", 2), ("dask", 2)])
def test_engines_write_the_same_tables_as_the_local_engine(tmp_path, local_tables, engine,
                                                          jobs):
    build(RAW_DIR, tmp_path, engine=engine, jobs=jobs, cache_dir=tmp_path / "cache")
    for name, frame in _tables(tmp_path).items():
        expected = local_tables[name]
        if name == "reports":
            frame, expected = frame.drop(columns="path"), expected.drop(columns="path")
        pd.testing.assert_frame_equal(frame, expected, check_exact=True)
