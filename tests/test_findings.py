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
        assert row.text in row.sentence_normalised, (row.report_id, row.sentence_id, row.text)
        assert row.source_text in row.sentence, (row.report_id, row.sentence_id, row.source_text)
    reports = sample_corpus.reports.set_index("report_id")
    for column in findings.REPORT_COLUMNS:
        expected = table["report_id"].map(reports[column])
        assert table[column].fillna("").tolist() == expected.fillna("").tolist(), column
    assert table.equals(table.sort_values(findings.SORT_KEYS, kind="stable").reset_index(drop=True))


def one_finding_corpus(tmp_path, source: str, sentence: str, text: str, **report):
    """A corpus of one report file holding ``source`` and one quantity ``text`` in it."""
    path = tmp_path / "a.txt"
    path.write_text(source, encoding="utf-8")
    start = source.index(text.replace("个", "個"))
    return SimpleNamespace(
        quantities=pd.DataFrame({"report_id": ["a"], "sentence_id": [0], "text": [text],
                                 "value": [5.0], "value_max": [None], "unit": ["人"],
                                 "approx": [False], "kind": ["people"], "indicator": ["培训"],
                                 "raw_start": [start], "raw_end": [start + len(text)]}),
        sentences=pd.DataFrame({"report_id": ["a"], "sentence_id": [0], "text": [sentence],
                                "raw_start": [0], "raw_end": [len(source)]}),
        reports=pd.DataFrame({"report_id": ["a"], "path": [str(path)],
                              "sha256": [hashlib.sha256(path.read_bytes()).hexdigest()],
                              "title": ["t"], "source": ["网"], "date": [None],
                              "period": ["2020"], "organisation": ["甲妇联"],
                              "organisation_evidence": ["title"],
                              "province": ["河南省"], "city": [None], "county": ["甲县"],
                              "township": [None], "contradictions": [None],
                              "duplicate_of": [None], **report}))


def test_place_joins_the_stated_levels(tmp_path):
    corpus = one_finding_corpus(tmp_path, "培训了5人。", "培训了5人。", "5人")
    assert findings.findings_table(corpus).loc[0, "place"] == "河南省甲县"


def test_the_sentence_is_exported_as_the_source_wrote_it(tmp_path):
    # Full-width marks and traditional script in the file; the cleaned form has neither.
    corpus = one_finding_corpus(tmp_path, "今年：培訓婦女，共5人。", "今年:培训妇女,共5人。", "5人")
    row = findings.findings_table(corpus).iloc[0]
    assert row["sentence"] == "今年：培訓婦女，共5人。"
    assert row["sentence_normalised"] == "今年:培训妇女,共5人。"
    assert row["source_text"] == "5人"
    assert row["flags"] == ""


def test_rows_carry_the_report_contradictions_and_their_flags(tmp_path):
    corpus = one_finding_corpus(
        tmp_path, "建立5個小组。", "建立5个小组。", "5个",
        contradictions=["stated year 2021, but the text dates itself to 2008"],
        duplicate_of=["b"])
    corpus.quantities["approx"] = True
    corpus.quantities["value_max"] = 8.0
    row = findings.findings_table(corpus).iloc[0]
    assert row["contradictions"] == "stated year 2021, but the text dates itself to 2008"
    assert row["flags"].split(findings.FLAG_SEPARATOR) == [
        "approximate", "range", "report date contradicted", "duplicate report"]


def test_a_number_the_cleaner_rewrote_is_flagged(tmp_path):
    # The source has pinyin glued inside the number's span; script alone is not a rewrite.
    corpus = one_finding_corpus(tmp_path, "培训5人(rén)。", "培训5人。", "5人")
    corpus.quantities["raw_end"] = corpus.quantities["raw_start"] + len("5人(rén)")
    assert findings.findings_table(corpus).loc[0, "flags"] == "cleaner changed the number"


def test_a_changed_source_file_is_an_error_naming_it(tmp_path):
    corpus = one_finding_corpus(tmp_path, "培训了5人。", "培训了5人。", "5人")
    (tmp_path / "a.txt").write_text("培训了6人。", encoding="utf-8")
    with pytest.raises(ValueError, match=r"a\.txt: changed since the tables were built"):
        findings.findings_table(corpus)


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
