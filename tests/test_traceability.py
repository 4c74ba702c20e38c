"""Every number and name a policy writer quotes leads back to the words it came from.

Spans are re-cleaned with their report's context edits (page cuts, datelines, garbles), which
cannot be recognised from the span alone (see ``conftest.clean_span``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from womenfed.corpus import discover
from womenfed.read import read_document

from .conftest import RAW_DIR, clean_span

QUOTE_MARKS = re.compile(r"[“”‘’]")
RAW = {task.report_id: read_document(Path(task.path)).text for task in discover(RAW_DIR)}


@pytest.mark.parametrize("table", ["quantities", "entities"])
def test_every_row_s_raw_span_cleaned_contains_its_text(sample_corpus, table):
    frame = getattr(sample_corpus, table)
    assert len(frame) > 0
    column = "text" if table == "quantities" else "name"
    for row in frame.itertuples():
        edits = sample_corpus.edits[sample_corpus.edits["report_id"] == row.report_id]
        cleaned = clean_span(RAW[row.report_id], row.raw_start, row.raw_end, edits)
        if table == "entities":  # names are written without their quote marks (“红心向党”巾帼行动)
            cleaned = QUOTE_MARKS.sub("", cleaned)
        assert getattr(row, column) in cleaned, (table, row)


def test_every_row_names_a_sentence_that_holds_it(sample_corpus):
    sentences = sample_corpus.sentences.set_index(["report_id", "sentence_id"])["text"]
    for row in sample_corpus.quantities.itertuples():
        assert row.text in sentences[(row.report_id, row.sentence_id)]
    for row in sample_corpus.relations.itertuples():
        assert (row.report_id, row.sentence_id) in sentences.index
