"""Engines: the same rows in the same order whatever the engine or the number of workers."""

from __future__ import annotations

import os

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
