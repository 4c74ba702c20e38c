"""The SOURCES.csv sidecar: urls and recorded dates become report metadata; a bad sidecar is an
error row naming it and the build goes on."""

from __future__ import annotations

from womenfed.corpus import build, read_tables
from womenfed.sources import Listing, read_sources

REPORT = "宁川县妇联召开执委会议\n近日,宁川县妇联召开执委会议,总结全年工作,开展培训12期。\n"
DATED = "发布时间：2019-03-14\n" + REPORT


def _folder(tmp_path, sidecar: str | None, files: dict[str, str]):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in files.items():
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_text(f"{text}文件{name}。\n", encoding="utf-8")  # no two alike
    if sidecar is not None:
        (raw / "SOURCES.csv").write_text(sidecar, encoding="utf-8")
    return raw


def test_urls_and_dates_of_the_sidecar_become_report_columns(tmp_path):
    raw = _folder(tmp_path, "file,sha256,url,date,note\n"
                  "a.txt,,http://www.example.gov.cn/art/2019/3/12/art_1.html,,\n"
                  "b.txt,,http://www.example.gov.cn/art/2019/3/12/art_2.html,,labelled\n"
                  "c.txt,,,2019-04,recorded by hand\n"
                  "sub/d.txt,,http://www.example.cn/p/123.html,,\n",
                  {"a.txt": REPORT, "b.txt": DATED, "c.txt": DATED, "sub/d.txt": REPORT,
                   "e.txt": REPORT})
    build(raw, tmp_path / "tables")
    reports = read_tables(tmp_path / "tables").reports.set_index("report_id")
    got = reports[["url", "date", "date_source"]].astype(object).where(reports.notna(), None)
    assert got.to_dict("index") == {
        "a": {"url": "http://www.example.gov.cn/art/2019/3/12/art_1.html", "date": "2019-03-12",
              "date_source": "url"},
        "b": {"url": "http://www.example.gov.cn/art/2019/3/12/art_2.html", "date": "2019-03-14",
              "date_source": "text"},
        "c": {"url": None, "date": "2019-04", "date_source": "sources_csv"},
        "sub/d": {"url": "http://www.example.cn/p/123.html", "date": None, "date_source": None},
        "e": {"url": None, "date": None, "date_source": None},
    }


def test_a_changed_sidecar_rebuilds_the_reports_it_lists(tmp_path):
    raw = _folder(tmp_path, "file,url\na.txt,http://www.example.cn/p/1.html\n", {"a.txt": REPORT})
    build(raw, tmp_path / "tables")
    (raw / "SOURCES.csv").write_text("file,url\na.txt,http://www.example.cn/2020/0105/1.html\n",
                                     encoding="utf-8")
    counts = build(raw, tmp_path / "tables")
    assert counts["computed"] == 1
    assert read_tables(tmp_path / "tables").reports["date"].tolist() == ["2020-01-05"]


def test_a_bad_date_is_an_error_row_naming_the_sidecar_line(tmp_path):
    raw = _folder(tmp_path, "file,date\na.txt,12/03/2019\nb.txt,2019-02-30\nc.txt,2019-03-01\n",
                  {"a.txt": REPORT, "b.txt": REPORT, "c.txt": REPORT})
    counts = build(raw, tmp_path / "tables")
    tables = read_tables(tmp_path / "tables")
    assert counts["reports"] == 3 and counts["errors"] == 2
    assert tables.errors["path"].str.endswith("SOURCES.csv").all()
    assert sorted(tables.errors["message"].str.extract(r"line (\d)")[0]) == ["2", "3"]
    dated = tables.reports.set_index("report_id")["date"]
    assert dated.isna().to_dict() == {"a": True, "b": True, "c": False}
    assert dated["c"] == "2019-03-01"


def test_a_sidecar_without_a_file_column_is_one_error_and_no_listing(tmp_path):
    raw = _folder(tmp_path, "name,url\na.txt,http://www.example.cn/2020/0105/1.html\n",
                  {"a.txt": REPORT})
    listings, errors = read_sources(raw)
    assert listings == {} and len(errors) == 1
    assert "SOURCES.csv" in errors[0]["path"] and "'file'" in errors[0]["message"]


def test_a_sidecar_without_url_or_date_columns_lists_nothing(tmp_path):
    raw = _folder(tmp_path, "file,sha256,outlet,note\na.txt,abc,某网,a note\n", {"a.txt": REPORT})
    assert read_sources(raw) == ({}, [])
    assert read_sources(tmp_path) == ({}, [])  # no sidecar at all


def test_listings_are_keyed_by_path_and_keep_only_rows_with_metadata(tmp_path):
    raw = _folder(tmp_path, "file,url,date\nsub\\a.txt,http://x.cn/1.html,\nb.txt,,\n", {})
    assert read_sources(raw)[0] == {"sub/a.txt": Listing("http://x.cn/1.html", None)}
