"""The per-report cache: hits after a no-op rebuild, misses after an edit or a lexicon change."""

from __future__ import annotations

import pickle
import shutil

from womenfed import cache
from womenfed.corpus import build, read_tables

from .conftest import RAW_DIR


def test_rebuild_redoes_only_new_or_changed_reports(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW_DIR, raw)
    out = tmp_path / "out"
    assert build(raw, out)["cached"] == 0
    assert build(raw, out)["cached"] == 5
    (raw / "new.txt").write_text("区妇联开展两癌筛查200人次。", encoding="utf-8")
    with open(raw / "001_f3635435e2464913.txt", "a", encoding="utf-8") as handle:
        handle.write("\n今年以来,区妇联开展宣讲10场次。")
    counts = build(raw, out)
    assert counts == {"reports": 6, "errors": 0, "cached": 4}
    assert "new" in set(read_tables(out).reports["report_id"])


def test_version_changes_with_the_user_lexicon(tmp_path):
    base = cache.pipeline_version()
    (tmp_path / "stopwords.txt").write_text("妇女\n", encoding="utf-8")
    assert cache.pipeline_version(user_dir=tmp_path) != base
    assert cache.pipeline_version(tokenizer_engine="jieba") != base
    assert cache.pipeline_version() == base


def test_cache_round_trip_and_corrupt_entries(tmp_path):
    store = cache.ReportCache(tmp_path, "v1")
    assert store.get("ab12") is None
    store.put("ab12", {"reports": [{"report_id": "x"}]})
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
