"""The findings table: every quantity quotable with its sentence and source; exports round-trip."""

from __future__ import annotations

import hashlib
from types import SimpleNamespace

import pandas as pd
import pytest

from womenfed import findings


@pytest.fixture(scope="module")
def table(sample_corpus):
    return findings.findings_table(sample_corpus)


def test_one_row_per_quantity_with_its_sentence_and_report(sample_corpus, table):
    assert len(table) == len(sample_corpus.quantities) > 0
    assert list(table.columns) == findings.COLUMNS
    for row in table.itertuples():
        assert row.text in row.sentence, (row.report_id, row.sentence_id, row.text)
    reports = sample_corpus.reports.set_index("report_id")
    for column in findings.REPORT_COLUMNS:
        expected = table["report_id"].map(reports[column])
        assert table[column].fillna("").tolist() == expected.fillna("").tolist(), column
    assert table.equals(table.sort_values(findings.SORT_KEYS, kind="stable").reset_index(drop=True))


def test_place_joins_the_stated_levels():
    corpus = SimpleNamespace(
        quantities=pd.DataFrame({"report_id": ["a"], "sentence_id": [0], "text": ["5人"],
                                 "value": [5.0], "value_max": [None], "unit": ["人"],
                                 "approx": [False], "kind": ["people"], "indicator": ["培训"],
                                 "raw_start": [3], "raw_end": [5]}),
        sentences=pd.DataFrame({"report_id": ["a"], "sentence_id": [0], "text": ["培训了5人。"]}),
        reports=pd.DataFrame({"report_id": ["a"], "title": ["t"], "source": ["网"], "date": [None],
                              "period": ["2020"], "organisation": ["甲妇联"], "province": ["河南省"],
                              "city": [None], "county": ["甲县"], "township": [None]}))
    assert findings.findings_table(corpus).loc[0, "place"] == "河南省甲县"


def test_a_quantity_without_its_sentence_is_an_error(sample_corpus):
    broken = SimpleNamespace(quantities=sample_corpus.quantities,
                             sentences=sample_corpus.sentences.iloc[0:0],
                             reports=sample_corpus.reports)
    with pytest.raises(ValueError, match="sentences"):
        findings.findings_table(broken)


def test_exports_round_trip_and_are_byte_identical(table, tmp_path):
    paths = findings.export_findings(table, tmp_path)
    assert [p.name for p in paths] == ["findings.csv", "findings.xlsx", "findings.md"]
    assert paths[0].read_bytes().startswith(b"\xef\xbb\xbf")
    from_csv = pd.read_csv(paths[0], encoding="utf-8-sig", dtype={"period": str, "date": str})
    from_excel = pd.read_excel(paths[1], dtype={"period": str, "date": str})
    for frame in (from_csv, from_excel):
        assert list(frame.columns) == findings.COLUMNS
        assert frame["text"].tolist() == table["text"].tolist()
        assert frame["sentence"].tolist() == table["sentence"].tolist()
        assert frame["value"].tolist() == table["value"].tolist()
        assert frame["approx"].tolist() == table["approx"].tolist()
    markdown = paths[2].read_text(encoding="utf-8")
    assert len(markdown.splitlines()) == len(table) + 2
    digests = [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]
    again = findings.export_findings(table, tmp_path)
    assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in again] == digests
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)
