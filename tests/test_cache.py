"""Incremental builds: the per-report cache, the up-to-date check, and what a rebuild redoes."""

from __future__ import annotations

import pickle
import shutil

import pytest

from womenfed import cache, corpus
from womenfed.corpus import build, read_tables

from .conftest import RAW_DIR


@pytest.fixture
def counted_pipeline(monkeypatch):
    """Count the reports the pipeline really processes (the local engine runs in process)."""
    processed = []
    real = corpus.process_report

    def counting(task, context):
        processed.append(task.report_id)
        return real(task, context)

    monkeypatch.setattr(corpus, "process_report", counting)
    return processed


@pytest.fixture
def raw(tmp_path):
    folder = tmp_path / "raw"
    shutil.copytree(RAW_DIR, folder)
    return folder


def test_rebuild_redoes_only_new_or_changed_reports(raw, tmp_path, counted_pipeline):
    out = tmp_path / "out"
    assert build(raw, out)["computed"] == 5
    (raw / "new.txt").write_text("区妇联开展两癌筛查200人次。", encoding="utf-8")
    with open(raw / "001_f3635435e2464913.txt", "a", encoding="utf-8") as handle:
        handle.write("\n今年以来,区妇联开展宣讲10场次。")
    counted_pipeline.clear()
    counts = build(raw, out)
    assert counts == {"reports": 6, "errors": 0, "skipped": 1, "cached": 4, "computed": 2}
    assert sorted(counted_pipeline) == ["001_f3635435e2464913", "new"]
    assert "new" in set(read_tables(out).reports["report_id"])


def test_adding_one_file_processes_one_report_and_updates_corpus_level_terms(
        raw, tmp_path, counted_pipeline):
    out = tmp_path / "out"
    build(raw, out)
    before = read_tables(out).terms
    counted_pipeline.clear()
    (raw / "added.txt").write_text("县妇联开展家庭教育讲座12场,惠及家长600余人。",
                                   encoding="utf-8")
    build(raw, out)
    assert counted_pipeline == ["added"]
    after = read_tables(out).terms
    assert set(after["report_id"]) == set(before["report_id"]) | {"added"}
    old = before.set_index(["report_id", "term"])
    new = after.set_index(["report_id", "term"]).loc[old.index]
    assert (new["count"] == old["count"]).all()
    assert (new["df"] >= old["df"]).all() and (new["df"] > old["df"]).any()
    assert not new["tfidf"].equals(old["tfidf"])  # n grew from 5 to 6: every idf moves


def test_noop_rebuild_processes_nothing_and_leaves_the_tables_alone(raw, tmp_path,
                                                                    counted_pipeline):
    out = tmp_path / "out"
    first = build(raw, out)
    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("*.parquet")}
    counted_pipeline.clear()
    assert build(raw, out) == {**first, "cached": 5, "computed": 0}
    assert counted_pipeline == []
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.parquet")} == stamps


def test_touched_tables_are_rebuilt_from_the_cache(raw, tmp_path, counted_pipeline):
    out = tmp_path / "out"
    build(raw, out)
    expected = read_tables(out)
    (out / "terms.parquet").unlink()
    counted_pipeline.clear()
    assert build(raw, out)["cached"] == 5
    assert counted_pipeline == []
    assert read_tables(out).terms.equals(expected.terms)


def test_unreadable_cache_entry_is_recomputed(raw, tmp_path, counted_pipeline):
    build(raw, tmp_path / "a", cache_dir=tmp_path / "cache")
    entries = sorted((tmp_path / "cache").rglob("*.pickle"))
    assert len(entries) == 5
    entries[0].write_bytes(b"not a pickle")
    counted_pipeline.clear()
    counts = build(raw, tmp_path / "b", cache_dir=tmp_path / "cache")
    assert (counts["cached"], counts["computed"], len(counted_pipeline)) == (4, 1, 1)
    assert read_tables(tmp_path / "b").sentences.equals(read_tables(tmp_path / "a").sentences)


def test_version_covers_the_pipeline_code_and_lexicons_but_not_other_modules(tmp_path):
    names = {path.name for path in cache.pipeline_sources()}
    assert {"pipeline.py", "clean.py", "segment.py", "tokenize.py", "tables.py"} <= names
    assert "cli.py" not in names  # nothing imports the CLI
    base = cache.pipeline_version()
    (tmp_path / "stopwords.txt").write_text("妇女\n", encoding="utf-8")
    assert cache.pipeline_version(user_dir=tmp_path) != base
    assert cache.pipeline_version(tokenizer_engine="jieba") != base
    assert cache.pipeline_version() == base


def test_cache_round_trip_and_corrupt_entries(tmp_path):
    store = cache.ReportCache(tmp_path, "v1")
    assert store.get("ab12") is None and "ab12" not in store
    store.put("ab12", {"reports": [{"report_id": "x"}]})
    assert "ab12" in store
    assert store.get("ab12") == {"reports": [{"report_id": "x"}]}
    (tmp_path / "v1" / "ab" / "ab12.pickle").write_bytes(b"not a pickle")
    assert store.get("ab12") is None


def test_failed_write_keeps_the_old_entry_and_leaves_no_temporary_file(tmp_path):
    store = cache.ReportCache(tmp_path, "v1")
    store.put("cd34", {"reports": []})
    try:
        store.put("cd34", {"reports": [lambda: None]})
    except (pickle.PicklingError, AttributeError, TypeError):
        pass
    assert store.get("cd34") == {"reports": []}
    assert [p.name for p in (tmp_path / "v1" / "cd").iterdir()] == ["cd34.pickle"]
