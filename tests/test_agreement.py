"""Intercoder agreement against counts made by hand: a second coder's folder made here from the
sample gold with known differences, Krippendorff's alpha on a table worked out on paper, and
the command lines (``womenfed agreement``, ``tools/devcorpus.py agreement``)."""

from __future__ import annotations

import json
import shutil

import pytest

from womenfed import devcorpus
from womenfed.agreement import agreement, nominal_alpha, sentence_agreement
from womenfed.cli import main
from womenfed.errors import InputError
from womenfed.evaluation import evaluate, gold_items

from .conftest import GOLD_DIR, RAW_DIR
from .test_evaluate import _corpus_folder, _run

CHANGED_ORGANISATION = "001_f3635435e2464913"
CHANGED_AGENCIES = "004_c86030df2740568a"


@pytest.fixture(scope="module")
def sample_tables(tmp_path_factory):
    from womenfed.corpus import build

    out = tmp_path_factory.mktemp("agreement-tables")
    build(RAW_DIR, out)
    return out


def _second_coder(folder, edit: dict):
    """A copy of the sample gold in which ``edit`` maps a report id to a change of its file."""
    folder.mkdir()
    for path in sorted(GOLD_DIR.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if path.stem in edit:
            edit[path.stem](gold)
        (folder / path.name).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return folder


def _drop_one_add_one(gold):
    gold["agencies"] = gold["agencies"][1:] + ["某某县气象局"]


def test_identical_coders_agree_fully_and_the_tool_scores_as_evaluate_does(sample_tables,
                                                                            tmp_path):
    second = _second_coder(tmp_path / "second", {})
    result = agreement(GOLD_DIR, second, sample_tables)
    evaluation = evaluate(sample_tables, GOLD_DIR)
    assert result.reports == sorted(p.stem for p in GOLD_DIR.glob("*.json"))
    for name in ("quantities", "campaigns", "agencies", "relations", "programme_types"):
        assert result.totals["coders"][name]["f1"] == 1.0
        assert result.totals["tool_vs_first"][name]["f1"] == evaluation.totals[name]["f1"]
        assert result.totals["tool_vs_second"][name] == result.totals["tool_vs_first"][name]
    for name in ("organisation", "admin_level", "sentence_types"):
        assert result.totals["coders"][name]["accuracy"] == 1.0
    assert result.alpha["organisation"] == 1.0


def test_known_differences_give_the_hand_counted_agreement(sample_tables, tmp_path):
    second = _second_coder(tmp_path / "second", {
        CHANGED_AGENCIES: _drop_one_add_one,
        CHANGED_ORGANISATION: lambda gold: gold.update(organisation="潍坊市妇联")})
    result = agreement(GOLD_DIR, second, sample_tables)
    agencies = sum(len(gold_items(json.loads(p.read_text(encoding="utf-8")))["agencies"])
                   for p in GOLD_DIR.glob("*.json"))
    coders = result.totals["coders"]
    # one agency dropped and one added: agencies - 1 shared, one on each side alone
    assert (coders["agencies"]["tp"], coders["agencies"]["fp"], coders["agencies"]["fn"]) == (
        agencies - 1, 1, 1)
    assert coders["agencies"]["f1"] == round((agencies - 1) / agencies, 4)
    # the five reports name five federations; one coder names another for one report
    assert coders["organisation"]["accuracy"] == 0.8
    assert coders["campaigns"]["f1"] == 1.0
    # the second coder's change moves the tool's score against that coder only
    assert result.totals["tool_vs_second"]["campaigns"] == result.totals["tool_vs_first"][
        "campaigns"]


def test_nominal_alpha_matches_a_table_worked_by_hand():
    # units (A,A) (A,A) (B,B) (B,A): coincidences o_AA 4, o_BB 2, o_AB = o_BA 1; n_A 5, n_B 3,
    # n 8; observed disagreement 2/8, expected 2*5*3/(8*7); alpha = 1 - 0.25/(30/56) = 0.5333
    assert nominal_alpha(["A", "A", "B", "B"], ["A", "A", "B", "A"]) == 0.5333
    # an empty field is the value "none": both empty agrees, one empty disagrees
    assert nominal_alpha([None, None, "B", "B"], [None, None, "B", None]) == 0.5333
    assert nominal_alpha(["A", "A"], ["A", "A"]) is None  # no variation: alpha undefined


def test_sentence_agreement_counts_the_first_coders_sentences():
    sentences = [("开展家庭教育讲座三场", None), ("举办技能培训两期", None),
                 ("维护妇女权益接待来访", None), ("发展基层组织", None)]
    first = [("开展家庭教育讲座三场", "family"), ("举办技能培训两期", "economic"),
             ("发展基层组织", "organisation")]
    second = [("开展家庭教育讲座三场", "family"), ("维护妇女权益接待来访", "rights")]
    score = sentence_agreement(first, second, sentences)
    # family section: sentence 0 agrees; economic section (sentences 1, 2): the second coder
    # gives family to 1 and rights to 2; organisation section: the second coder's rights again
    assert score == {"tp": 1, "fp": 3, "fn": 3, "counted": 4}


def test_no_shared_report_is_a_clear_error(sample_tables, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    shutil.copyfile(next(GOLD_DIR.glob("*.json")), other / "elsewhere.json")
    with pytest.raises(InputError, match="no report coded in both"):
        agreement(GOLD_DIR, other, sample_tables)


def test_command_line_prints_and_writes_the_table(sample_tables, tmp_path, capsys):
    second = _second_coder(tmp_path / "second", {CHANGED_AGENCIES: _drop_one_add_one})
    assert main(["agreement", str(GOLD_DIR), str(second), str(sample_tables),
                 "--out", str(tmp_path / "out")]) == 0
    printed = capsys.readouterr().out
    assert "| agencies |" in printed and "5 reports coded by both coders" in printed
    assert (tmp_path / "out" / "agreement.md").read_text(encoding="utf-8") == printed


def test_devcorpus_agreement_builds_the_coded_reports(tmp_path, capsys, monkeypatch):
    texts, manifest, gold_dir = _corpus_folder(tmp_path, [
        "红星街道妇联开展家庭教育讲座\n红星街道妇联举办讲座3场。",
        "青山县妇联召开执委会\n青山县妇联组织培训5期。"])
    monkeypatch.setenv(devcorpus.CORPUS_VARIABLE, str(texts))
    second = tmp_path / "second"
    second.mkdir()
    first_id = sorted(p.stem for p in gold_dir.glob("*.json"))[0]
    gold = json.loads((gold_dir / f"{first_id}.json").read_text(encoding="utf-8"))
    gold["organisation"] = "别的县妇联"
    (second / f"{first_id}.json").write_text(json.dumps(gold, ensure_ascii=False),
                                             encoding="utf-8")
    code, output = _run(["agreement", str(second)], manifest, gold_dir, capsys)
    assert code == 0
    assert "1 reports coded by both coders" in output.out
    assert "| organisation | 0.00" in output.out


def test_devcorpus_agreement_names_a_second_coders_file_that_does_not_fit_its_text(
        tmp_path, capsys, monkeypatch):
    texts, manifest, gold_dir = _corpus_folder(tmp_path, [
        "红星街道妇联开展家庭教育讲座\n红星街道妇联举办讲座3场。"])
    monkeypatch.setenv(devcorpus.CORPUS_VARIABLE, str(texts))
    (id_,) = [p.stem for p in gold_dir.glob("*.json")]
    gold = json.loads((gold_dir / f"{id_}.json").read_text(encoding="utf-8"))
    gold["quantities"][0]["offset"] += 1  # the second coder's count is not where it says
    first, second = tmp_path / "first", tmp_path / "second"
    shutil.copytree(gold_dir, first)
    second.mkdir()
    (second / f"{id_}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    code, output = _run(["agreement", str(second), "--first", str(first)], manifest, gold_dir,
                        capsys)
    assert code == devcorpus.EXIT_PROBLEMS
    assert f"{second}/{id_}.json: gold:" in output.err
