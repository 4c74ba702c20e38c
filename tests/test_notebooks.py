"""Execute every notebook on the sample corpus, twice, in a temporary project root.

The notebooks are discovered (``notebooks/NN-*.py``), not listed, so a new notebook is
tested as soon as it exists. Each declares its figures by the literal names it passes to
``plotting.save_figure``; the tests check those files appear, that no other notebook
writes them, that a second run reproduces every figure and table byte for byte, and that
every exported finding can be quoted from its sentence.
"""

import hashlib
import re
import shutil
from pathlib import Path

import jupytext
import nbformat
import pandas as pd
import pytest

from womenfed import corpus, paths, run_notebooks

NOTEBOOKS = run_notebooks.discover()
SAVED_FIGURE = re.compile(r"save_figure\(\s*\w+\s*,\s*[\"']([^\"']+)[\"']")
FIGURE_FORMATS = ("png", "svg")


def declared_figures(notebook) -> list[str]:
    return SAVED_FIGURE.findall(notebook.read_text(encoding="utf-8"))


def output_hashes(root) -> dict[str, str]:
    """sha256 of every figure, export and table a run leaves behind (caches aside)."""
    files = [*root.glob("figures/*"), *root.glob("data/exports/**/*"),
             *root.glob("notebooks/executed/*"),
             *root.glob("data/processed/*.parquet"), *root.glob("data/processed/*.csv")]
    return {f.relative_to(root).as_posix(): hashlib.sha256(f.read_bytes()).hexdigest()
            for f in sorted(files) if f.is_file()}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Two complete runs (tables from scratch, then every notebook) in one temporary root."""
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(paths.REPO / "data" / "raw", root / "data" / "raw")
    hashes, executed = [], {}
    for run in range(2):
        corpus.build(root / "data" / "raw", root / "data" / "processed",
                     cache_dir=root / f"cache-{run}", progress=False)
        executed = {nb.name: run_notebooks.run_notebook(nb, root=root) for nb in NOTEBOOKS}
        hashes.append(output_hashes(root))
    return root, executed, hashes


def test_notebooks_are_found():
    assert [nb.name[:2] for nb in NOTEBOOKS] == sorted(nb.name[:2] for nb in NOTEBOOKS)
    assert {"01-corpus.py", "02-terms.py", "05-findings.py"} <= {nb.name for nb in NOTEBOOKS}


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda nb: nb.stem)
def test_notebook_writes_the_figures_it_declares(runs, notebook):
    root, _, _ = runs
    names = declared_figures(notebook)
    assert names, f"{notebook.name} saves no figure"
    for name in names:
        assert name.startswith(notebook.name[:3]), f"{name}: not numbered like {notebook.name}"
        for fmt in FIGURE_FORMATS:
            assert (root / "figures" / f"{name}.{fmt}").stat().st_size > 0


def test_each_figure_comes_from_exactly_one_notebook(runs):
    root, _, _ = runs
    declared = [name for nb in NOTEBOOKS for name in declared_figures(nb)]
    assert len(declared) == len(set(declared)), "a figure name is saved twice"
    expected = {f"{name}.{fmt}" for name in declared for fmt in FIGURE_FORMATS}
    assert {p.name for p in (root / "figures").iterdir()} == expected
    committed = {p.name for p in (paths.REPO / "figures").glob("*.*")}
    assert committed == expected, "figures/ in the repository is stale: run `make` and commit it"


def test_a_second_run_is_byte_identical(runs):
    _, _, (first, second) = runs
    assert any(name.endswith(".png") for name in first)
    assert any(name.endswith(".ipynb") for name in first)
    assert any(name.startswith("data/exports/") for name in first)
    changed = sorted(name for name in first.keys() | second.keys()
                     if first.get(name) != second.get(name))
    assert not changed, f"outputs differ between two runs: {changed}"


def test_no_missing_glyph_warnings(runs):
    _, executed, _ = runs
    assert set(executed) == {nb.name for nb in NOTEBOOKS}
    for name, notebook in executed.items():
        texts = [output.get("text", "") + str({kind: value for kind, value
                                               in output.get("data", {}).items()
                                               if kind.startswith("text/")})
                 for cell in notebook.cells for output in cell.get("outputs", [])]
        assert not [t for t in texts if "missing from font" in t or "Glyph" in t], name


def test_every_finding_is_quotable_from_its_sentence(runs):
    root, _, _ = runs
    exports = root / "data" / "exports"
    findings = pd.read_csv(exports / "findings.csv", encoding="utf-8-sig", dtype=str)
    assert len(findings) > 0
    assert {"indicator", "value", "unit", "approx", "text", "sentence", "report_id", "source",
            "date", "place", "source_text", "sentence_normalised", "flags",
            "contradictions"} <= set(findings.columns)
    unquotable = findings[[text not in sentence for text, sentence
                           in zip(findings["source_text"], findings["sentence"], strict=True)]]
    assert unquotable.empty, unquotable[["report_id", "source_text", "sentence"]]
    assert len(pd.read_excel(exports / "findings.xlsx")) == len(findings)
    markdown_rows = (exports / "findings.md").read_text(encoding="utf-8").splitlines()[2:]
    assert len(markdown_rows) == len(findings)


def test_a_failing_cell_names_the_notebook_and_the_cell(tmp_path):
    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# broken"),
        nbformat.v4.new_code_cell("x = 1"),
        nbformat.v4.new_code_cell("raise ValueError('no tables here')"),
    ])
    path = tmp_path / "09-broken.py"
    jupytext.write(notebook, path, fmt="py:percent")
    with pytest.raises(run_notebooks.NotebookError,
                       match=r"09-broken\.py: cell 3 \(raise ValueError.*no tables here"):
        run_notebooks.run_notebook(path, root=tmp_path, timeout=60)


def test_a_notebook_builds_its_own_font_list(tmp_path, monkeypatch):
    """A font cache another matplotlib left in the user's folder (here: one that lists no
    fonts) must not decide which fonts a figure is drawn with."""
    user_config = tmp_path / "user-matplotlib"
    user_config.mkdir()
    monkeypatch.setenv("MPLCONFIGDIR", str(user_config))
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        "import pathlib, matplotlib\n"
        "from matplotlib import font_manager\n"
        "names = {font.name for font in font_manager.fontManager.ttflist}\n"
        "seen = matplotlib.get_configdir() + '\\n' + str('STIXGeneral' in names)\n"
        "pathlib.Path('config.txt').write_text(seen)")])
    path = tmp_path / "09-fonts.py"
    jupytext.write(notebook, path, fmt="py:percent")
    run_notebooks.run_notebook(path, root=tmp_path, timeout=60)
    config_dir, has_stix = (tmp_path / "config.txt").read_text().splitlines()
    assert Path(config_dir) != user_config
    assert not list(user_config.iterdir())  # nothing read from or written to the user's folder
    assert has_stix == "True"  # matplotlib's own fonts are in the list it built


def test_executed_notebooks_show_their_figures_and_no_machine_paths(runs):
    root, _, _ = runs
    executed = root / "notebooks" / "executed"
    assert sorted(p.name for p in executed.iterdir()) == [
        nb.with_suffix(".ipynb").name for nb in NOTEBOOKS]
    committed = sorted(p.name for p in (paths.REPO / "notebooks" / "executed").glob("*.ipynb"))
    assert committed == sorted(p.name for p in executed.iterdir()), (
        "notebooks/executed/ in the repository is stale: run `make` and commit it")
    for notebook in NOTEBOOKS:
        text = (executed / notebook.with_suffix(".ipynb").name).read_text(encoding="utf-8")
        saved = nbformat.reads(text, as_version=4)
        images = [output for cell in saved.cells for output in cell.get("outputs", [])
                  if "image/png" in output.get("data", {})]
        assert len(images) == len(declared_figures(notebook)), notebook.name
        counts = [cell.execution_count for cell in saved.cells if cell.cell_type == "code"]
        assert counts == list(range(1, len(counts) + 1))
        assert str(root) not in text and str(paths.REPO) not in text, notebook.name
        assert '"iopub.' not in text  # no per-cell timings


def test_the_depfile_names_what_a_notebook_wrote(tmp_path):
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(
        "from womenfed import paths\n"
        "paths.EXPORTS.mkdir(parents=True, exist_ok=True)\n"
        "(paths.EXPORTS / 'table.csv').write_text('a\\n')")])
    path = tmp_path / "09-writes.py"
    jupytext.write(notebook, path, fmt="py:percent")
    (tmp_path / "figures").mkdir()
    (tmp_path / "figures" / "01-untouched.png").write_bytes(b"png")
    depfile = tmp_path / "09-writes.d"
    assert run_notebooks.main([str(path), "--root", str(tmp_path), "--depfile", str(depfile)]) == 0
    assert depfile.read_text(encoding="utf-8").splitlines() == [
        "notebooks/executed/09-writes.ipynb: data/exports/table.csv", "",
        "data/exports/table.csv:"]
