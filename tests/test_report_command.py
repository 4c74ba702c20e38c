"""`womenfed report RAW --out PROJECT`: a folder of reports to its tables, figures and exports.

The three reports in tests/fixtures/project were written for this test (made-up places).
"""

import shutil

import pandas as pd
import pytest

from womenfed import cli, paths, run_notebooks
from womenfed.tables import REPORT_TABLES

from .test_notebooks import declared_figures

OWN_REPORTS = paths.REPO / "tests" / "fixtures" / "project"


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    raw = tmp_path_factory.mktemp("my-reports")
    for report in OWN_REPORTS.iterdir():
        shutil.copy(report, raw / report.name)
    out = tmp_path_factory.mktemp("my-project")
    assert cli.main(["report", str(raw), "--out", str(out)]) == 0
    return raw, out


def test_report_writes_the_tables_of_that_folder(project):
    raw, out = project
    for table in REPORT_TABLES:
        assert (out / "data" / "processed" / f"{table}.parquet").exists(), table
    reports = pd.read_parquet(out / "data" / "processed" / "reports.parquet")
    assert sorted(reports["report_id"]) == sorted(p.stem for p in raw.iterdir())


def test_report_draws_every_figure_of_the_notebooks(project):
    _, out = project
    expected = {f"{name}.{fmt}" for notebook in run_notebooks.discover()
                for name in declared_figures(notebook) for fmt in ("png", "svg")}
    assert len(expected) == 26
    assert {p.name for p in (out / "figures").iterdir()} == expected


def test_report_exports_findings_and_graph_of_these_reports(project):
    raw, out = project
    exports = out / "data" / "exports"
    findings = pd.read_csv(exports / "findings.csv", encoding="utf-8-sig", dtype=str)
    assert set(findings["report_id"]) == {p.stem for p in raw.iterdir()}
    assert {"relations.graphml", "relations.gexf", "relations.html"} <= {
        p.name for p in exports.iterdir()}


def test_report_leaves_the_reports_folder_as_it_was(project):
    raw, _ = project
    assert sorted(p.relative_to(raw).as_posix() for p in raw.rglob("*")) == sorted(
        p.name for p in OWN_REPORTS.iterdir())
