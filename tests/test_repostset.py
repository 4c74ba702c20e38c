"""The repost evaluation set's scoring, on small tables made here (never on the third-party
texts): which pairs count as predicted, how precision and recall follow from them, and that the
command line refuses clearly when the texts are not laid out."""

from __future__ import annotations

import csv
import hashlib

import pandas as pd
import pytest

from womenfed import repostset
from womenfed.devcorpus import EXIT_NO_TEXTS, EXIT_PROBLEMS, report_id


def _reports(links: dict[str, tuple[str | None, str | None]]) -> pd.DataFrame:
    """A reports table with only the columns the scoring reads: id -> (repost_of, duplicate_of)."""
    return pd.DataFrame([{"report_id": id_, "repost_of": repost, "duplicate_of": duplicate}
                         for id_, (repost, duplicate) in links.items()])


def test_pairs_linked_directly_or_through_a_shared_original_are_predicted():
    reports = _reports({"a": (None, None), "b": ("a", None), "c": ("a", None),
                        "d": (None, None), "e": (None, "d"), "f": (None, None)})
    # b and c both point at a: three pairs; e is a byte copy of d: one pair; f stands alone.
    assert repostset.predicted_pairs(reports) == {("a", "b"), ("a", "c"), ("b", "c"), ("d", "e")}


def test_precision_and_recall_follow_from_the_pairs():
    reports = _reports({"a": (None, None), "b": ("a", None), "c": ("a", None),
                        "d": (None, None), "e": ("d", None), "f": (None, None),
                        "g": (None, None)})
    groups = {"a": "one", "b": "one", "c": "two", "d": "three", "e": "three",
              "f": "four", "g": "four"}
    score = repostset.score_reports(reports, groups)
    # Predicted a-b, a-c, b-c, d-e; gold a-b, d-e, f-g: two right of four, two found of three.
    assert score.true_positives == 2
    assert score.precision == pytest.approx(2 / 4)
    assert score.recall == pytest.approx(2 / 3)
    assert score.false_positives == [("a", "c"), ("b", "c")]
    assert score.false_negatives == [("f", "g")]


def test_reports_outside_the_set_do_not_count():
    reports = _reports({"a": (None, None), "b": ("a", None), "x": ("a", None)})
    score = repostset.score_reports(reports, {"a": "one", "b": "one"})
    assert score.predicted == {("a", "b")} and score.precision == 1.0 and score.recall == 1.0


def test_nothing_predicted_is_perfect_precision_and_no_recall():
    score = repostset.score_reports(_reports({"a": (None, None), "b": (None, None)}),
                                    {"a": "one", "b": "one"})
    assert (score.precision, score.recall, score.false_negatives) == (1.0, 0.0, [("a", "b")])


def test_shingle_overlap_of_a_text_with_itself_its_half_and_another_text():
    body = ("县妇联今年在全县十二个乡镇开展家庭教育讲座四十场,邀请专家讲授亲子沟通方法,"
            "受益家长三千余人次,并为困难家庭儿童送去学习用品和过冬衣物。")
    other = ("市妇联召开执委会议,回顾去年工作,部署今年任务,表彰一批三八红旗手和"
             "巾帼文明岗,各区县妇联主席参加会议并作交流发言。")
    assert repostset.shingle_overlap(body, body) == (1.0, 1.0)
    jaccard, contained = repostset.shingle_overlap(body, body[:len(body) // 2])
    assert 0 < jaccard < 1 and contained == 1.0
    assert repostset.shingle_overlap(body, other) == (0.0, 0.0)


def _lay_out(tmp_path, texts: dict[str, tuple[str, str]]):
    """Write texts named by their url and a manifest of them; url -> (group, text)."""
    folder = tmp_path / "texts"
    folder.mkdir()
    rows = []
    for url, (group, text) in texts.items():
        id_ = report_id(url)
        (folder / f"{id_}.txt").write_bytes(text.encode("utf-8"))
        rows.append({"id": id_, "url": url, "query": "q", "site": "example.org", "group": group,
                     "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                     "n_chars": str(len(text)), "retrieved": "2026-11-27"})
    manifest = tmp_path / "manifest.csv"
    with manifest.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=repostset.COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return folder, manifest


def test_command_line_without_texts_says_so_in_one_line(monkeypatch, capsys):
    monkeypatch.delenv(repostset.SET_VARIABLE, raising=False)
    assert repostset.main(["score"]) == EXIT_NO_TEXTS
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and repostset.SET_VARIABLE in err


def test_command_line_reports_a_changed_text(tmp_path, monkeypatch, capsys):
    folder, manifest = _lay_out(tmp_path, {"http://example.org/1": ("one", "甲乙县妇联开展活动。")})
    (folder / f"{report_id('http://example.org/1')}.txt").write_text("改过的文字", encoding="utf-8")
    monkeypatch.setenv(repostset.SET_VARIABLE, str(folder))
    assert repostset.main(["--manifest", str(manifest), "score"]) == EXIT_PROBLEMS
    assert "sha256" in capsys.readouterr().out


def test_score_builds_the_texts_and_finds_a_repost_behind_another_sites_header(
        tmp_path, monkeypatch, capsys):
    report = ("丙丁县妇联召开2024年上半年工作推进会\n今年以来,县妇联围绕中心工作,"
              "在十八个乡镇组织巾帼志愿者开展关爱留守儿童行动,走访家庭六百余户,"
              "举办家庭教育讲座二十六场,帮助二百三十名妇女参加技能培训并实现就业。"
              "会议要求下半年继续做好两癌筛查和维权服务,推动各项工作落到实处。")
    other = ("戊己市妇联举办第三届女性创业大赛\n大赛吸引全市一百二十个创业项目报名,"
             "经过初赛复赛,最终评出一等奖两名、二等奖五名,获奖项目将获得创业贷款贴息支持,"
             "市妇联还将组织导师团队开展为期半年的跟踪辅导,帮助项目落地见效。")
    header = "首页 > 工作动态 > 基层传真\n来源:某某县人民政府网 发布时间:2024-07-02\n"
    folder, manifest = _lay_out(tmp_path, {
        "http://example.org/own": ("meeting", report),
        "http://example.org/portal": ("meeting", header + report),
        "http://example.org/other": ("contest", other)})
    monkeypatch.setenv(repostset.SET_VARIABLE, str(folder))
    assert repostset.main(["--manifest", str(manifest), "score"]) == 0
    out = capsys.readouterr().out
    assert "pairwise precision 1.000, recall 1.000" in out
    assert "missed" not in out and "wrongly linked" not in out
