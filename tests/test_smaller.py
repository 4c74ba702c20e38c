"""Small things a new user trips over (issue 11): each test failed before its fix."""

import os
import subprocess
import sys

import pandas as pd

from womenfed import terms
from womenfed.corpus import Corpus
from womenfed.tokenize import Tokenizer

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

from .conftest import ROOT


def _womenfed(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "womenfed", *args], capture_output=True,
                          text=True, cwd=cwd)


def test_building_an_empty_folder_is_an_error_naming_it(tmp_path):
    empty = tmp_path / "my-reports"
    empty.mkdir()
    (empty / "SOURCES.csv").write_text("url\n", encoding="utf-8")  # provenance, not a report
    result = _womenfed("build", str(empty), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert f"{empty}: no report files" in result.stderr
    assert "Traceback" not in result.stderr


def test_inspect_names_a_file_it_cannot_read(tmp_path):
    result = _womenfed("inspect", "nope.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert "nope.txt" in result.stderr and "Traceback" not in result.stderr


def _corpus(sentences: list[str], organisation: str = "东湖区妇联", county: str = "东湖区"):
    frame = pd.DataFrame({"report_id": "r1", "sentence_id": range(len(sentences)),
                          "text": sentences, "raw_start": 0, "raw_end": 0})
    reports = pd.DataFrame({"report_id": ["r1"], "source": ["网站"], "date": [None],
                            "period": ["2023"], "organisation": [organisation],
                            "title": ["总结"], "province": [None], "city": [None],
                            "county": [county], "township": [None]})
    empty = pd.DataFrame()
    return Corpus(reports=reports, edits=empty, sentences=frame, terms=empty, quantities=empty,
                  entities=empty, relations=empty, errors=empty, skipped=empty)


def test_kwic_finds_simplified_sentences_from_a_traditional_query():
    corpus = _corpus(["全区开展巾帼建功活动。", "组织妇女参加培训。", "巾帼建功标兵受表彰。"])
    assert len(corpus.kwic("巾幗建功")) == len(corpus.kwic("巾帼建功")) == 2


def test_top_terms_leave_out_the_names_of_who_writes():
    corpus = _corpus([])
    counts = pd.DataFrame({"report_id": "r1",
                           "term": ["妇联", "东湖区妇联", "东湖", "妇女", "两癌筛查", "家政培训"],
                           "count": [30, 25, 20, 40, 12, 8]})
    top = terms.top_terms(counts, corpus.reports, Tokenizer(), n=3)
    assert list(top.index) == ["两癌筛查", "家政培训"]


def test_the_licence_is_an_spdx_expression():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]


def test_a_folder_named_womenfed_does_not_shadow_the_package(tmp_path):
    # A checkout cloned as `womenfed/` in the folder one works from (no __init__.py at its top).
    (tmp_path / "womenfed" / "notebooks").mkdir(parents=True)
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    result = subprocess.run([sys.executable, "-c", "import womenfed; print(womenfed.__file__)"],
                            capture_output=True, text=True, cwd=tmp_path, env=env, check=True)
    assert result.stdout.strip() == str(ROOT / "womenfed" / "__init__.py")
