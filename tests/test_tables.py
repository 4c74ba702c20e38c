"""The streaming table writer: batches of whole writes, Excel CSV, publishing, and the
two-pass corpus-level term statistics equal to the in-memory ones."""

from __future__ import annotations

import random

import pandas as pd
import pyarrow.parquet as pq
import pytest

from womenfed import corpus, publish, terms
from womenfed.tables import (
    BATCH_WRITES,
    COLUMNS,
    REPORT_TABLES,
    TERM_COUNTS,
    TableWriter,
    read_table,
)


def _publish(out_dir, writer) -> None:
    publish.publish(out_dir, writer.staging, {}, writer.finish())


def _sentence(report: int, sentence: int) -> dict:
    return {"report_id": f"r{report:03d}", "sentence_id": sentence, "section": "",
            "paragraph": 0, "text": f"第{sentence}句,妇联“巾帼”行动", "start": 0, "end": 5,
            "raw_start": 0, "raw_end": 5, "programme_type": None}


def test_rows_are_written_in_bounded_batches_of_whole_writes(tmp_path):
    writer = TableWriter(publish.new_staging(tmp_path), batch_rows=10)
    for report in range(20):
        writer.write("sentences", [_sentence(report, s) for s in range(report % 7 + 1)])
        assert writer._sinks["sentences"].pending_rows < 10 + 7
    assert not list(tmp_path.glob("*.parquet"))  # nothing published before publish
    _publish(tmp_path, writer)
    source = pq.ParquetFile(tmp_path / "sentences.parquet")
    assert source.num_row_groups > 3
    for group in range(source.num_row_groups):
        ids = source.read_row_group(group).column("sentence_id").to_pylist()
        assert ids[0] == 0  # every row group starts at a report's first sentence
    frame = read_table(tmp_path, "sentences")
    assert len(frame) == sum(report % 7 + 1 for report in range(20))
    assert list(frame["report_id"]) == sorted(frame["report_id"])
    raw = (tmp_path / "sentences.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"report_id") == 1
    csv = pd.read_csv(tmp_path / "sentences.csv", encoding="utf-8-sig")
    assert list(csv.columns) == COLUMNS["sentences"]
    assert list(csv["text"]) == list(frame["text"])


def test_many_small_writes_are_flushed_before_they_pile_up(tmp_path):
    """One row per report (the reports table) must not wait for BATCH_ROWS rows: each waiting
    write can hold a whole report's result in memory."""
    writer = TableWriter(publish.new_staging(tmp_path))
    for report in range(2 * BATCH_WRITES + 1):
        writer.write("sentences", [_sentence(report, 0)])
        assert len(writer._sinks["sentences"].pending) < BATCH_WRITES
    _publish(tmp_path, writer)
    assert pq.ParquetFile(tmp_path / "sentences.parquet").num_row_groups == 3
    assert len(read_table(tmp_path, "sentences")) == 2 * BATCH_WRITES + 1


def test_tables_without_rows_are_published_empty_with_their_columns(tmp_path):
    writer = TableWriter(publish.new_staging(tmp_path))
    _publish(tmp_path, writer)
    for table in REPORT_TABLES:
        assert read_table(tmp_path, table).empty
        header = (tmp_path / f"{table}.csv").read_text(encoding="utf-8-sig").strip()
        assert header.replace('"', "").split(",") == COLUMNS[table]
    assert not list(tmp_path.glob("**/.staging-*"))


def test_abandon_keeps_the_published_tables(tmp_path):
    first = TableWriter(publish.new_staging(tmp_path))
    first.write("sentences", [_sentence(1, 0)])
    _publish(tmp_path, first)
    second = TableWriter(publish.new_staging(tmp_path))
    second.write("sentences", [_sentence(2, 0), _sentence(2, 1)])
    second.abandon()
    assert list(read_table(tmp_path, "sentences")["report_id"]) == ["r001"]
    assert not list(tmp_path.glob("**/.staging-*"))


def test_only_intermediate_tables_can_be_read_back(tmp_path):
    writer = TableWriter(publish.new_staging(tmp_path))
    with pytest.raises(ValueError, match="published"):
        list(writer.read_back("sentences"))
    writer.abandon()


def _random_term_counts(seed: int) -> list[list[dict]]:
    """Per-report term counts with shared vocabulary, so df, ties and ranks all matter."""
    rng = random.Random(seed)
    vocabulary = [f"词{i}" for i in range(40)]
    reports = []
    for report in range(30):
        words = rng.sample(vocabulary, rng.randint(1, 15))
        reports.append([{"report_id": f"r{report:02d}", "term": word,
                         "count": rng.choice([1, 1, 2, 3, 7])} for word in sorted(words)])
    return reports


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_streamed_term_statistics_equal_the_in_memory_ones(tmp_path, seed):
    reports = _random_term_counts(seed)
    # several batches: the two passes must agree
    writer = TableWriter(publish.new_staging(tmp_path), batch_rows=25)
    for rows in reports:
        writer.write(TERM_COUNTS, rows)
    corpus._write_corpus_terms(writer)
    _publish(tmp_path, writer)
    streamed = read_table(tmp_path, "terms")
    expected = terms.corpus_terms(pd.DataFrame([row for rows in reports for row in rows]))
    pd.testing.assert_frame_equal(streamed, expected[COLUMNS["terms"]], check_exact=True)
