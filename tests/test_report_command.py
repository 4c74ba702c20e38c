"""`womenfed report RAW --out PROJECT`: a folder of reports to its tables, figures and exports.

The three reports in tests/fixtures/project were written for this test (made-up places); the
test lays them out as a researcher's folder would hold them: one as text, one as a Word file,
one as a PDF.
"""

import re
import shutil

import pandas as pd
import pytest

from womenfed import cli, paths, plotting, run_notebooks
from womenfed.tables import REPORT_TABLES

from .test_notebooks import declared_figures
from .test_office import write_docx, write_pdf

OWN_REPORTS = paths.REPO / "tests" / "fixtures" / "project"


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    raw = tmp_path_factory.mktemp("my-reports")
    text, word, pdf = sorted(OWN_REPORTS.iterdir())
    shutil.copy(text, raw / text.name)
    write_docx(raw / f"{word.stem}.docx", word.read_text(encoding="utf-8").splitlines())
    write_pdf(raw / f"{pdf.stem}.pdf", pdf.read_text(encoding="utf-8").splitlines())
    out = tmp_path_factory.mktemp("my-project")
    assert cli.main(["report", str(raw), "--out", str(out)]) == 0
    return raw, out


def test_report_writes_the_tables_of_that_folder(project):
    raw, out = project
    for table in REPORT_TABLES:
        assert (out / "data" / "processed" / f"{table}.parquet").exists(), table
    reports = pd.read_parquet(out / "data" / "processed" / "reports.parquet")
    assert sorted(reports["report_id"]) == sorted(p.stem for p in raw.iterdir())
    assert sorted(p.suffix for p in raw.iterdir()) == [".docx", ".pdf", ".txt"]


def test_report_draws_every_figure_of_the_notebooks(project):
    _, out = project
    expected = {f"{name}.{fmt}" for notebook in run_notebooks.discover()
                for name in declared_figures(notebook) for fmt in ("png", "svg")}
    assert len(expected) == 28  # 14 figures, PNG and SVG
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
        p.stem + suffix for p, suffix in zip(sorted(OWN_REPORTS.iterdir()),
                                             (".txt", ".docx", ".pdf"), strict=True))


def svg_texts(svg: str) -> list[str]:
    """The strings drawn in a matplotlib SVG (glyphs are paths; each text keeps a comment)."""
    return re.findall(r"<!-- (.*?) -->", svg, flags=re.DOTALL)


def test_figures_show_no_code_names(project):
    _, out = project
    for svg in sorted((out / "figures").glob("*.svg")):
        code_names = [text for text in svg_texts(svg.read_text(encoding="utf-8"))
                      if re.search(r"\b[a-z]+_[a-z_]+\b", text)]
        assert not code_names, (svg.name, code_names)


def test_keyword_panels_share_one_scale(project):
    _, out = project
    svg = (out / "figures" / "02-keywords-by-report.svg").read_text(encoding="utf-8")
    panels = re.split(r'<g id="axes_\d+">', svg)[1:]
    # In each panel, the x axis is the first axis group, the y axis the second.
    ticks = [svg_texts(re.split(r'<g id="matplotlib\.axis_\d+">', panel)[1]) for panel in panels]
    assert len(ticks) == 3
    assert all(tick == ticks[0] for tick in ticks), ticks


def test_a_corpus_without_garbles_gets_a_sentence_not_empty_axes(project):
    _, out = project
    svg = (out / "figures" / "01-garbles.svg").read_text(encoding="utf-8")
    assert any(text.startswith("No garbled spans") for text in svg_texts(svg))
    assert 'id="xtick_' not in svg and 'id="ytick_' not in svg


def test_category_colours_are_colour_blind_safe(project):
    _, out = project
    for name in ("01-reports-by-level", "03-report-programme-types", "05-findings-by-kind"):
        svg = (out / "figures" / f"{name}.svg").read_text(encoding="utf-8")
        fills = {colour.upper() for colour in re.findall(r"fill: (#[0-9a-fA-F]{6})", svg)}
        greys = {colour for colour in fills if colour[1:3] == colour[3:5] == colour[5:7]}
        assert fills - greys, name
        assert fills - greys <= {colour.upper() for colour in plotting.PALETTE}, (name, fills)
