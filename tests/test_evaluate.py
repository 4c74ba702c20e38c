"""``womenfed evaluate`` against counts made by hand, its intervals, its command line, and the
development-corpus tool (check, split, evaluate) on folders made here."""

from __future__ import annotations

import csv
import hashlib
import importlib
import json
import random

import numpy as np
import pytest

import womenfed
from womenfed import devcorpus
from womenfed.agencies import clause_frame
from womenfed.cli import main
from womenfed.entities import canonical_name
from womenfed.evaluation import (
    FIELDS,
    _agrees,
    _quantity_key,
    _score_quantities,
    _score_single,
    evaluate,
    gold_relation_ends,
    name_diagnostics,
    normalise,
    organisation_key,
    period_misses_markdown,
    relation_end_key,
    score_agencies,
)

from .conftest import GOLD_DIR, write_tables_and_gold


def _gold(**fields) -> dict:
    base = {"file": "x.txt", "title": None, "source": None, "date": None, "period": None,
            "organisation": None, "admin_level": "unknown",
            "place": {"province": None, "city": None, "county": None, "township": None},
            "place_inferred": [], "quantities": [], "excluded_numbers": [], "campaigns": [],
            "agencies": [], "programme_types": []}
    return {**base, **fields}


def _quantity(raw, value, unit, approx, kind, value_max=None) -> dict:
    item = {"raw": raw, "offset": 0, "value": value, "unit": unit, "approx": approx,
            "kind": kind, "counts": "x"}
    return {**item, "value_max": value_max} if value_max is not None else item


# Three reports coded by hand; the expected counts below are counted from these lines.
GOLD = {
    "r1": _gold(
        date="2021-05", period="2011-2015", organisation="临泉县妇联", admin_level="county",
        place={"province": "安徽省", "city": "阜阳市", "county": None, "township": None},
        quantities=[_quantity("300余人", 300, "人", True, "people"),
                    _quantity("5场", 5, "场", False, "events"),
                    _quantity("2万元", 20000, "元", False, "money_cny"),
                    _quantity("30-50元", 30, "元", False, "money_cny", value_max=50)],
        campaigns=["“最美家庭”", "巾幗建功行動", "春蕾计划"],
        agencies=["县妇联", "县民政局", "团县委"],
        programme_types=[{"heading_or_first_words": "a", "type": "economic"},
                         {"heading_or_first_words": "b", "type": "family"},
                         {"heading_or_first_words": "c", "type": "economic"}],
        relations=[{"campaign": "春蕾计划", "agency": "县民政局", "outcome": "300余人"},
                   {"campaign": "最美家庭", "agency": None, "outcome": "12户"}]),
    "r2": _gold(
        period="2019", place={"province": "山东省", "city": None, "county": None, "township": None},
        programme_types=[{"heading_or_first_words": "a", "type": "care"},
                         {"heading_or_first_words": "b", "type": "rights"}],
        report_programme_types=["care"]),
    "r3": _gold(date="2022-03-08", admin_level="township"),
}
PREDICTED = {
    "reports": [
        {"report_id": "r1", "date": "2021-05-12", "period": "2011—2015",
         "organisation": "临泉县妇联", "organisation_evidence": "opening",
         "admin_level": "county", "city": "亳州市", "county": "临泉县"},
        {"report_id": "r2", "date": "2020-01-01", "period": "2019", "province": "山東省"},
        {"report_id": "r3", "date": "2022-03", "admin_level": "village"},
    ],
    "quantities": [
        {"report_id": "r1", "sentence_id": 0, "start": 0, "text": "300人", "value": 300.0,
         "unit": "人", "approx": False, "kind": "people"},
        {"report_id": "r1", "sentence_id": 0, "start": 9, "text": "5场", "value": 5.0,
         "unit": "场", "approx": False, "kind": "other"},
        {"report_id": "r1", "sentence_id": 1, "start": 0, "text": "2万元", "value": 20000.0,
         "unit": "元", "approx": False, "kind": "money_cny"},
        {"report_id": "r1", "sentence_id": 1, "start": 5, "text": "30元", "value": 30.0,
         "unit": "元", "approx": False, "kind": "money_cny"},
        {"report_id": "r1", "sentence_id": 2, "start": 0, "text": "12户", "value": 12.0,
         "unit": "户", "approx": False, "kind": "households"},
    ],
    "entities": [
        {"report_id": "r1", "type": "campaign", "name": n, "canonical": n}
        for n in ("最美家庭", "巾帼建功行动", "爱心妈妈")
    ] + [
        {"report_id": "r1", "type": "agency", "name": n, "canonical": n}
        for n in ("县民政局", "县人社局", "区妇联", "县委")
    ],
    "relations": [
        {"report_id": "r1", "sentence_id": 0, "source_type": s, "source": a, "target_type": t,
         "target": b}
        for s, a, t, b in [("campaign", "春蕾计划", "agency", "县民政局"),
                           ("campaign", "春蕾计划", "outcome", "300人"),
                           ("campaign", "最美家庭", "outcome", "12户"),
                           ("agency", "县民政局", "outcome", "300余人")]
    ],
    "sentences": [
        {"report_id": "r1", "sentence_id": i, "programme_type": t, "text": text}
        for i, (t, text) in enumerate([("economic", "就业培训。"), ("economic", "创业。"),
                                       ("health", "两癌筛查。"), (None, "")])
    ] + [
        {"report_id": "r2", "sentence_id": i, "programme_type": t, "text": text}
        for i, (t, text) in enumerate([("care", "留守儿童。"), ("rights", "妇女维权。")])
    ],
}
# field: (tp, fp, fn) counted by hand from GOLD and PREDICTED above
HAND_COUNTS = {
    "quantities": (3, 2, 1),  # 300人, 5场, 2万元 match; 30元 is not the range 30-50; 12户 extra
    "campaigns": (2, 1, 1),  # quotes and script normalised; 爱心妈妈 extra, 春蕾计划 missed
    "agencies": (1, 2, 1),  # 妇联 names ignored on both sides; 县人社局 and 县委 extra
    "partner_agencies": (1, 1, 1),  # the leadership body 县委 dropped on both sides
    "programme_types": (2, 2, 1),  # r1 {economic,health} vs {economic,family}; r2 care vs +rights
    # gold pairs: 春蕾计划-县民政局, 春蕾计划-300余人, 县民政局-300余人, 最美家庭-12户; the
    # predicted 春蕾计划-300人 names another outcome text
    "relations": (3, 1, 1),
    "campaign_relations": (2, 1, 1),  # the agency-outcome pair left out
    "date": (1, 2, 1),  # r1 right at month precision; r2 predicted where gold null; r3 too coarse
    # r1 by its date, r2 by its period (its date is wrong); r3's date too coarse
    "date_or_period": (2, 1, 1),
    "period": (2, 0, 0),  # the em dash of r1 is a hyphen
    "organisation": (1, 0, 0),
    "admin_level": (1, 1, 1),  # r2 unknown/None is not counted; r3 village for township
    "province": (1, 0, 1),  # r2 山東省 = 山东省; r1 missed
    "city": (0, 1, 1),
    "county": (0, 1, 0),  # predicted where gold is null: an error
}
HAND_COUNTED = {"date": 3, "period": 2, "date_or_period": 3, "organisation": 1,
                "admin_level": 2, "province": 2, "city": 1, "county": 1}


@pytest.fixture
def hand_made(tmp_path):
    """The hand-made tables written by the package's own table writer, and the gold files."""
    return write_tables_and_gold(tmp_path, PREDICTED, GOLD)


def test_every_field_agrees_with_a_hand_count(hand_made):
    result = evaluate(*hand_made)
    for name, (tp, fp, fn) in HAND_COUNTS.items():
        entry = result.totals[name]
        assert (entry["tp"], entry["fp"], entry["fn"]) == (tp, fp, fn), name
        assert entry["precision"] == round(tp / (tp + fp), 4) if tp + fp else entry["precision"] is None
        assert entry["recall"] == round(tp / (tp + fn), 4) if tp + fn else entry["recall"] is None
    for name, counted in HAND_COUNTED.items():
        assert result.totals[name]["reports"] == counted, name
        assert result.totals[name]["accuracy"] == round(HAND_COUNTS[name][0] / counted, 4)
    quantities = result.totals["quantities"]
    assert quantities["pairs"] == 3
    assert quantities["approx_accuracy"] == round(2 / 3, 4)  # 300人 read as exact
    assert quantities["kind_accuracy"] == round(2 / 3, 4)  # 5场 read as other


def test_the_package_function_survives_the_module_import(hand_made):
    importlib.import_module("womenfed.evaluation")  # a module named evaluate would shadow it

    assert womenfed.evaluate(*hand_made).to_json() == evaluate(*hand_made).to_json()


def test_misses_and_extras_are_listed_per_report(hand_made):
    result = evaluate(*hand_made)
    r1 = result.reports[0]["fields"]
    assert result.reports[0]["report_id"] == "r1"
    assert r1["quantities"]["missed"] == ["30-50元"]
    assert r1["quantities"]["extra"] == ["12户", "30元"]  # ordered by value
    assert r1["campaigns"] == {"tp": 2, "fp": 1, "fn": 1, "missed": ["春蕾计划"],
                               "extra": ["爱心妈妈"],
                               "diagnosis": {"extra_overlapping_missed": 0,
                                             # the hand-made sentence never yields 爱心妈妈
                                             "extra_by_rule": {"not_refound": 1}}}
    assert (r1["city"]["gold"], r1["city"]["predicted"]) == ("阜阳市", "亳州市")
    markdown = result.to_markdown()
    assert "- campaigns missed: 春蕾计划" in markdown
    assert "- county: predicted 临泉县, gold (none)" in markdown
    assert "5场: kind other (gold events, 5场)" in markdown


def test_name_extras_are_counted_by_why_without_changing_the_scores():
    campaigns = {"tp": 1, "fp": 2, "fn": 1, "missed": ["巾帼建功六大行动"],
                 "extra": ["六大行动", "暖心工程"]}
    assert name_diagnostics("campaigns", campaigns) == {"extra_overlapping_missed": 1}
    agencies = score_agencies({"县民政局", "镇党委"}, {"县委", "民政局", "司法所"})
    assert (agencies["tp"], agencies["fp"], agencies["fn"]) == (1, 2, 1)
    assert name_diagnostics("agencies", agencies) == {
        "extra_overlapping_missed": 0, "extra_leadership": 1, "missed_leadership": 1}


def test_partner_extras_are_counted_by_the_frame_of_their_clause(hand_made):
    result = evaluate(*hand_made)
    # the extra partner 县人社局 is in no hand-made sentence; the leadership body 县委 is left out
    assert result.totals["agencies"]["diagnosis"]["extra_by_frame"] == {"not_refound": 1}
    assert "Partner agency extras by the frame of their clause: not_refound 1." in result.to_markdown()


@pytest.mark.parametrize("sentence, name, frame", [
    ("县妇联联合平舆县民政局开展活动", "平舆县民政局", "partner word 联合, standard"),
    ("县妇联与平舆县民政局开展活动", "平舆县民政局", "partner word 与, standard"),
    ("平舆县人民医院提供义诊服务", "平舆县人民医院", "partner word 提供, standard"),
    ("在平舆县图书馆举办读书会", "平舆县图书馆", "after 在, other body"),
    ("平舆县民政局开展排查", "平舆县民政局", "opens the clause, standard"),
    # 合作 inside 合作社 is no partner word
    ("甲乙专业合作社、丙丁专业合作社吸纳妇女", "丙丁专业合作社", "other, other body"),
])
def test_the_frame_of_a_names_clause(sentence, name, frame):
    start = sentence.index(name)
    assert clause_frame(sentence, start, start + len(name)) == frame


def test_wrong_periods_are_counted_by_how_they_differ_from_gold(hand_made):
    # (gold, predicted), one report each; kinds counted by hand: the first is right, then one
    # of each kind, and two of the last
    pairs = [("2019", "2019"), (None, "2020"), ("2020", None), ("2018-2019", "2018"),
             ("2018", "2017-2018"), ("2016", "2017"), ("2015", "2022"), ("2018-2022", "2023")]
    reports = [{"fields": {"period": _score_single("period", g, p)}} for g, p in pairs]
    assert period_misses_markdown(reports) == (
        "Periods wrong: where gold has none 1, none where gold has one 1, one year of gold's "
        "span 1, a span for gold's one year 1, a year off by one 1, other 2.")
    # the hand-made reports' two periods are right: the line says so under the table
    assert ("Periods wrong: where gold has none 0, none where gold has one 0, one year of gold's "
            "span 0, a span for gold's one year 0, a year off by one 0, other 0."
            in evaluate(*hand_made).to_markdown())


def test_values_match_after_float_arithmetic():
    gold = [(_quantity_key(7, None, "元"), {"approx": False, "kind": "money_cny"}, "7元")]
    predicted = [(_quantity_key(0.07 * 100, None, "元"), {"approx": False, "kind": "money_cny"},
                  "7元")]
    assert 0.07 * 100 != 7  # what a scale factor leaves behind
    assert _score_quantities(gold, predicted)["tp"] == 1


def test_normalisation_of_script_quotes_and_space():
    assert normalise(" “巾幗 建功”行動 ") == "巾帼建功行动"
    assert normalise("「春蕾」") == "春蕾"
    assert normalise("") is None and normalise(float("nan")) is None


def test_a_relations_outcome_compares_without_glued_pinyin():
    """The gold keeps a count as the page prints it (9000多万(wàn)元); the tool's outcome is the
    cleaned text, so the two meet only once the converter's pinyin is gone."""
    gold = gold_relation_ends([{"agency": "县财政局", "outcome": "9000多萬(wàn)元"}])
    ((_, (kind, key)),) = gold
    assert (kind, key) == ("outcome", relation_end_key("outcome", "9000多万元"))
    assert relation_end_key("outcome", "聯(lián)系50(wǔ)户") == "联系50(wǔ)户"  # a gloss after a digit stays


def test_bootstrap_is_deterministic_and_brackets_the_estimate(sample_corpus):
    first = evaluate(sample_corpus, GOLD_DIR, seed=7)
    again = evaluate(sample_corpus, GOLD_DIR, seed=7)
    other = evaluate(sample_corpus, GOLD_DIR, seed=8)
    assert first.to_json() == again.to_json()
    assert first.totals["campaigns"]["f1"] == other.totals["campaigns"]["f1"]
    # the seed draws the resamples: some interval moves with it (with five reports the
    # resampled scores take few values, so any one interval may come out the same by chance)
    intervals = [(name, key) for name in FIELDS for key in first.totals[name] if key.endswith("_ci")]
    assert any(first.totals[name][key] != other.totals[name][key] for name, key in intervals)
    checked = 0
    for name in FIELDS:
        for measure in ("precision", "recall", "f1", "accuracy"):
            value = first.totals[name].get(measure)
            if value is not None:
                low, high = first.totals[name][f"{measure}_ci"]
                assert low <= value <= high, (name, measure, low, value, high)
                checked += 1
    assert checked >= 30
    low, high = first.totals["campaigns"]["f1_ci"]
    assert high - low > 0.01  # five reports do not pin an F1 down


def test_sample_quantities_matched_on_value_and_unit(sample_evaluation):
    # campaigns, agencies and programme types: floors in test_entities and test_typology
    totals = sample_evaluation.totals
    assert totals["quantities"]["precision"] >= 0.95  # measured 1.00
    assert totals["quantities"]["recall"] >= 0.95  # measured 1.00
    assert totals["quantities"]["approx_accuracy"] >= 0.98  # measured 1.00
    assert totals["quantities"]["kind_accuracy"] >= 0.95  # measured 0.98


def test_cli_writes_json_and_markdown_byte_identically(hand_made, tmp_path, capsys):
    tables, gold_dir = hand_made
    outputs = []
    for run in range(2):
        assert main(["evaluate", str(tables), str(gold_dir), "--out", str(tmp_path / f"o{run}"),
                     "--seed", "3"]) == 0
        outputs.append([(tmp_path / f"o{run}" / n).read_bytes()
                        for n in ("evaluation.json", "evaluation.md")])
    assert outputs[0] == outputs[1]
    report = json.loads(outputs[0][0])
    assert report["seed"] == 3 and report["n_reports"] == 3
    assert [r["report_id"] for r in report["reports"]] == ["r1", "r2", "r3"]
    assert "| campaigns | 3 | 2 | 1 | 1 |" in capsys.readouterr().out
    assert main(["evaluate", str(tables), str(gold_dir)]) == 0
    assert "## Misses and extras" in capsys.readouterr().out


def test_cli_errors_name_the_file(hand_made, tmp_path, capsys):
    tables, gold_dir = hand_made
    (gold_dir / "r2.json").write_text('{"date": 5}', encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["evaluate", str(tables), str(gold_dir)])
    assert exit_info.value.code == 2
    assert "r2.json" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["evaluate", str(tmp_path / "nothing"), str(gold_dir)])
    assert exit_info.value.code == 2
    assert "not a folder of tables" in capsys.readouterr().err


# --- the development-corpus tool -------------------------------------------------------------

# Short reports written for this test (not report text), with gold coded by hand.
TEXTS = [
    "红星街道妇联开展家庭教育讲座\n发布时间:2023-04-02\n红星街道妇联联合街道司法所举办讲座3场,"
    "覆盖居民200余人。",
    "青山县妇联召开执委会\n2022年,青山县妇联组织培训5期,发放资料1000份。",
    "绿水镇妇联开展最美家庭评选\n绿水镇妇联评选最美家庭12户。",
    "白云区妇联2021年工作总结\n全年开展宣讲20场次。",
    "金沙村妇联开展巾帼志愿服务\n组织志愿者30名参加。",
]


def _corpus_folder(tmp_path, texts):
    """Texts, manifest and gold for ``texts`` in ``tmp_path``, laid out as eval/dev/README.md
    says; returns (texts folder, manifest path, gold folder)."""
    texts_dir, gold_dir = tmp_path / "texts", tmp_path / "gold"
    texts_dir.mkdir(parents=True, exist_ok=True)
    gold_dir.mkdir(exist_ok=True)
    rows = []
    for number, text in enumerate(texts):
        url = f"https://example.org/report/{number}"
        id_ = devcorpus.report_id(url)
        (texts_dir / f"{id_}.txt").write_text(text, encoding="utf-8")
        quantities = [{"raw": "3场", "offset": text.index("3场"), "value": 3, "unit": "场",
                       "approx": False, "kind": "events", "counts": "讲座"}] if "3场" in text else []
        gold = _gold(file=f"{id_}.txt", organisation=text.split("妇联")[0] + "妇联",
                     quantities=quantities)
        (gold_dir / f"{id_}.json").write_text(json.dumps(gold, ensure_ascii=False),
                                              encoding="utf-8")
        rows.append({"id": id_, "url": url, "query": "q", "site": f"s{number}.example.org",
                     "title": text.splitlines()[0], "province": "", "admin_level": "county",
                     "year": str(2019 + number), "noise": "none",
                     "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                     "n_chars": str(len(text)), "retrieved": "2026-11-27"})
    manifest = tmp_path / "manifest.csv"
    devcorpus.write_manifest(rows, manifest)
    return texts_dir, manifest, gold_dir


def _run(args, manifest, gold_dir, capsys):
    code = devcorpus.main(["--manifest", str(manifest), "--gold", str(gold_dir), *args])
    return code, capsys.readouterr()


def test_check_passes_a_sound_corpus_and_names_each_problem(tmp_path, monkeypatch, capsys):
    texts_dir, manifest, gold_dir = _corpus_folder(tmp_path, TEXTS)
    monkeypatch.setenv(devcorpus.CORPUS_VARIABLE, str(texts_dir))
    assert _run(["check"], manifest, gold_dir, capsys)[0] == 0
    rows = devcorpus.read_manifest(manifest)
    first, second, third = (row["id"] for row in rows[:3])
    (texts_dir / f"{first}.txt").write_text(TEXTS[0] + "!", encoding="utf-8")
    (gold_dir / f"{second}.json").unlink()
    bad = json.loads((gold_dir / f"{third}.json").read_text(encoding="utf-8"))
    bad["quantities"] = [{"raw": "3场", "offset": 0, "value": 3, "unit": "场", "approx": False,
                          "kind": "events"}]
    (gold_dir / f"{third}.json").write_text(json.dumps(bad), encoding="utf-8")
    rows[3]["province"], rows[4]["province"] = "宁夏", "宁夏回族自治区"
    devcorpus.write_manifest(rows, manifest)
    code, output = _run(["check"], manifest, gold_dir, capsys)
    assert code == devcorpus.EXIT_PROBLEMS
    lines = output.out.splitlines()
    assert f"{first}: sha256 of the text differs from the manifest" in lines
    assert any(line.startswith(f"{first}: n_chars") for line in lines)
    assert any(line.startswith(f"{second}: gold: missing") for line in lines)
    assert f"{third}: gold: quantities: '3场' is not at offset 0" in lines
    assert any(line.startswith(f"{rows[3]['id']}: province '宁夏' is not") for line in lines)
    assert not any(line.startswith(rows[4]["id"]) for line in lines)
    assert "5 manifest rows, 4 with problems" in output.err


def test_missing_texts_say_so_in_one_line_with_their_own_exit_code(tmp_path, monkeypatch,
                                                                    capsys):
    _, manifest, gold_dir = _corpus_folder(tmp_path, TEXTS[:1])
    monkeypatch.delenv(devcorpus.CORPUS_VARIABLE, raising=False)
    for command in (["check"], ["evaluate"]):
        code, output = _run(command, manifest, gold_dir, capsys)
        assert code == devcorpus.EXIT_NO_TEXTS
        assert output.err.count("\n") == 1 and "WOMENFED_DEV_CORPUS is not set" in output.err
    monkeypatch.setenv(devcorpus.CORPUS_VARIABLE, str(tmp_path / "absent"))
    code, output = _run(["check"], manifest, gold_dir, capsys)
    assert code == devcorpus.EXIT_NO_TEXTS and "no such folder" in output.err


def test_split_is_seeded_idempotent_and_stable_when_rows_are_added(tmp_path, capsys):
    _, manifest, gold_dir = _corpus_folder(tmp_path, TEXTS[:3])
    assert _run(["split"], manifest, gold_dir, capsys)[0] == 0
    first = {row["id"]: row["split"] for row in devcorpus.read_manifest(manifest)}
    assert sorted(first.values()) == ["dev", "test", "test"]  # ceil(3/2) test
    expected = sorted(first)
    random.Random(devcorpus.SPLIT_SEED).shuffle(expected)
    assert {i for i, s in first.items() if s == "test"} == set(expected[:2])
    before = manifest.read_bytes()
    assert _run(["split"], manifest, gold_dir, capsys)[0] == 0
    assert manifest.read_bytes() == before  # idempotent

    rows = devcorpus.read_manifest(manifest)
    _, grown, _ = _corpus_folder(tmp_path / "more", TEXTS)  # the same three and two new
    new_rows = [row for row in devcorpus.read_manifest(grown) if row["id"] not in first]
    devcorpus.write_manifest(rows + new_rows, manifest)
    assert _run(["split"], manifest, gold_dir, capsys)[0] == 0
    after = {row["id"]: row["split"] for row in devcorpus.read_manifest(manifest)}
    assert {i: after[i] for i in first} == first  # old rows keep their half
    new_ids = sorted(row["id"] for row in new_rows)
    random.Random(devcorpus.SPLIT_SEED).shuffle(new_ids)
    assert [after[i] for i in new_ids] == ["test", "dev"]  # the same draw, over the new ids
    with manifest.open(encoding="utf-8") as handle:
        assert next(csv.reader(handle))[-1] == "split"


def test_stats_count_each_half(tmp_path, capsys):
    _, manifest, gold_dir = _corpus_folder(tmp_path, TEXTS)
    devcorpus.main(["--manifest", str(manifest), "--gold", str(gold_dir), "split"])
    summary = devcorpus.stats(devcorpus.read_manifest(manifest))
    assert (summary["test"]["reports"], summary["dev"]["reports"]) == (3, 2)
    assert summary["all"]["sites"] == 5 and summary["all"]["years"] == "2019–2023 (5 distinct)"
    assert summary["all"]["levels"] == {"county": 5} and summary["all"]["noisy"] == 0
    code, output = _run(["stats"], manifest, gold_dir, capsys)
    assert code == 0 and "| test | 3 | 3 |" in output.out


def test_evaluate_builds_each_half_and_rewrites_only_its_section(tmp_path, monkeypatch, capsys):
    texts_dir, manifest, gold_dir = _corpus_folder(tmp_path, TEXTS)
    monkeypatch.setenv(devcorpus.CORPUS_VARIABLE, str(texts_dir))
    devcorpus.main(["--manifest", str(manifest), "--gold", str(gold_dir), "split"])
    accuracy = tmp_path / "ACCURACY.md"
    sections = "\n".join(f"{begin}\nSTALE FIGURES\n{end}" for begin, end in
                         map(devcorpus.section_markers, devcorpus.SECTIONS))
    accuracy.write_text(f"# Accuracy\n\nkept above\n\n{sections}\n\nkept below\n",
                        encoding="utf-8")
    code, output = _run(["evaluate", "--write-accuracy", "--accuracy-file", str(accuracy)],
                        manifest, gold_dir, capsys)
    assert code == 0, output.err
    for half, n in (("test", 3), ("dev", 2)):
        for mode in ("with", "without"):
            assert f"## {half} half ({n} reports), {mode} urls" in output.out
    text = accuracy.read_text(encoding="utf-8")
    assert "STALE FIGURES" not in text and "kept above" in text and "kept below" in text
    assert "test half: 3 reports, with their urls" in text and "| organisation | 3 |" in text
    assert "test half: 3 reports, texts alone" in text
    code, output = _run(["evaluate", "--split", "dev", "--urls", "without"], manifest, gold_dir,
                        capsys)
    assert code == 0 and "without urls" in output.out and "with urls" not in output.out
    rows = devcorpus.read_manifest(manifest)
    result = devcorpus.evaluate_split("dev", rows, texts_dir, gold_dir)
    assert [r["report_id"] for r in result.reports] == sorted(
        r["id"] for r in rows if r["split"] == "dev")
    assert np.isfinite(result.totals["organisation"]["accuracy"])


def test_the_accuracy_page_has_a_marked_section_for_each_half():
    text = (devcorpus.ACCURACY).read_text(encoding="utf-8")
    for split in devcorpus.SECTIONS:
        begin, end = devcorpus.section_markers(split)
        assert text.count(begin) == 1 and text.count(end) == 1
        assert text.index(begin) < text.index(end)


def test_sentence_types_are_scored_by_the_sections_gold_labels_open():
    """Counted by hand: label 一、 opens at sentence 1 (economic), 二、 at sentence 3 (family,
    written with glued pinyin and other punctuation, as coders copy from the raw page); the
    opening sentence 0 precedes every label and is not scored. Sentences 1-2 are economic
    (1 right, 2 typed care: wrong), 3-4 family (3 right, 4 untyped: wrong)."""
    from womenfed.evaluation import _label_key, _score_sentence_types, letters_of

    labels = [(_label_key("一、就业创业"), "economic"),
              (_label_key("二、家庭文明建設(shè)"), "family")]
    sentences = [(letters_of(text), kind) for text, kind in [
        ("某县妇联2024年工作总结。", None),
        ("一、就业创业:举办培训5期。", "economic"),
        ("帮扶困难妇女20人。", "care"),
        ("二、家庭文明建设,评选最美家庭。", "family"),
        ("此外还有别的事。", None)]]
    score = _score_sentence_types(labels, sentences)
    assert (score["tp"], score["fp"], score["fn"], score["counted"]) == (2, 1, 2, 4)
    assert score["unlocated"] == []
    # a label not in the text is listed and opens no section
    missing = _score_sentence_types([*labels, (_label_key("三、不在文中的标题"), "rights")],
                                    sentences)
    assert missing["counted"] == 4 and missing["unlocated"] == [_label_key("三、不在文中的标题")]
    # two labels that start in one sentence accept either type there
    shared = _score_sentence_types([(_label_key("帮扶困难"), "care"),
                                    (_label_key("困难妇女"), "rights")], sentences[:3])
    assert (shared["tp"], shared["counted"]) == (1, 1)
    # a line with no Chinese character (a part marker, an image file) tells no work: not scored
    clutter = [*sentences[:2], (letters_of("PART.02"), None), (letters_of("IMG_2031.jpg"), "care"),
               *sentences[2:]]
    assert _score_sentence_types(labels, clutter) == score
    # a label of type null marks page furniture: it ends the section before it, and its own
    # lines are not scored (the login lines would otherwise count against the family section)
    furniture = [*sentences[:4], ("账号密码登录", "care"), ("立即注册", None)]
    marked = _score_sentence_types([*labels, (_label_key("账号+密码登录"), None)], furniture)
    assert (marked["tp"], marked["fp"], marked["fn"], marked["counted"]) == (2, 1, 1, 3)
    unmarked = _score_sentence_types(labels, furniture)
    assert (unmarked["tp"], unmarked["fp"], unmarked["fn"], unmarked["counted"]) == (2, 2, 3, 5)


def test_sentence_types_total_is_an_accuracy_over_sentences(hand_made):
    result = evaluate(*hand_made).totals["sentence_types"]
    # the gold labels (a, b, c) are in no sentence, so nothing is scored
    assert (result["tp"], result["counted"], result["reports"]) == (0, 0, 0)
    assert result["accuracy"] is None


def test_agencies_match_a_scope_dropped_name_of_the_same_report():
    # gold 县人社局 (canonical with its scope) and a bare predicted 人社局 name one body
    gold = {canonical_name("agency", "县人社局"), canonical_name("agency", "计生办")}
    predicted = {canonical_name("agency", "人社局"), canonical_name("agency", "计生办")}
    score = score_agencies(gold, predicted)
    assert (score["tp"], score["fp"], score["fn"]) == (2, 0, 0)


def test_agencies_with_two_different_scopes_never_match():
    score = score_agencies({"甲县民政局"}, {"乙县民政局"})
    assert (score["tp"], score["fp"], score["fn"]) == (0, 1, 1)
    assert score["missed"] == ["甲县民政局"] and score["extra"] == ["乙县民政局"]


def test_agencies_match_one_to_one_and_merge_a_second_name_of_a_matched_body():
    # two gold bodies in two townships and one bare prediction: one match, one miss
    score = score_agencies({"甲镇民政局", "乙镇民政局"}, {"民政局"})
    assert (score["tp"], score["fp"], score["fn"]) == (1, 0, 1)
    # the same body named bare and with its scope: one match, the second name merged
    score = score_agencies({"民政局"}, {"民政局", "镇民政局"})
    assert (score["tp"], score["fp"], score["fn"], score["merged"]) == (1, 0, 0, ["镇民政局"])


def test_agencies_short_remainders_are_no_body():
    # 县委 without its scope would be 委; 甲乙村镇银行 without 甲乙村镇 would be 银行: no match
    assert score_agencies({"县委"}, {"市委"})["tp"] == 0
    assert score_agencies({"甲乙村镇银行"}, {"银行"})["tp"] == 0


@pytest.mark.parametrize("gold, predicted, right", [
    ("临泉县妇联", "临泉县妇女联合会", True),   # the full and the short name of one body
    ("全国妇联", "中华全国妇女联合会", True),
    ("临泉妇联", "临泉县妇联", True),           # the stem as written, the unit's full name
    ("宁乡市妇联", "宁乡妇联", True),
    ("吉林省妇联", "吉林市妇联", False),        # two bodies: a province's and a city's
    ("县妇联", "市妇联", False),
    ("临泉县妇联", "临泉县城关镇妇联", False),
    ("××县妇联", "县妇联", True),             # a masked name is its level's federation
    ("XX镇妇联", "镇妇联", True),
    ("××县妇联", "镇妇联", False),
])
def test_organisations_compare_by_their_short_form(gold, predicted, right):
    agreed = _agrees("organisation", organisation_key(gold), organisation_key(predicted))
    assert agreed is right


def test_quantity_places_count_where_found_and_coded_numbers_lie():
    """A report coded by hand: raw text 开展讲座5场,服务300人,落实三项制度,发放2万元,共12户。"""
    from types import SimpleNamespace

    import pandas as pd

    from womenfed.evaluation import excluded_kind, quantity_places

    text = "开展讲座5场,服务300人,落实三项制度,发放2万元,共12户。"

    def at(raw, value, unit):
        return {"raw": raw, "offset": text.index(raw), "value": value, "unit": unit,
                "approx": False, "kind": "x", "counts": "x"}

    gold = {"quantities": [at("5场", 5, "场"), at("300人", 300, "人"), at("2万元", 20000, "元"),
                           at("12户", 12, "户")],
            "excluded_numbers": [{"raw": "三项", "offset": text.index("三项"),
                                  "reason": "numeral naming a set (formula)"}]}
    found = [("5场", 5, "场"), ("300人", 300, "名"), ("三项", 3, "项"), ("2万元", 2, "元"),
             ("讲座", 1, "场")]
    rows = [{"report_id": "r", "raw_start": text.index(raw), "raw_end": text.index(raw) + len(raw),
             "value": float(value), "unit": unit} for raw, value, unit in found]
    corpus = SimpleNamespace(quantities=pd.DataFrame(rows))
    # 5场 agrees; 300 read as 名 (unit); 三项 where gold excludes a set; 2万元 read as 2 (value);
    # 讲座 where gold has no number; 12户 found nowhere
    assert dict(quantity_places(gold, corpus, "r")) == {
        "extra_other_unit": 1, "extra_excluded_name_or_set": 1, "extra_other_value": 1,
        "extra_at_no_gold_number": 1, "missed_nothing_found": 1}
    assert [excluded_kind(r) for r in ("duration of the training", "ordinal 第三届",
                                       "publication date", "hotline", "idiom")] == [
        "duration", "ordinal", "date", "page_or_phone", "vague_or_idiom"]


@pytest.mark.parametrize(("gold_side", "predicted_side", "right"), [
    # the text's 区妇联, placed in 天心区 by both sides: the district's federation
    (("区妇联", "天心区"), ("天心区妇联", "天心区"), True),
    (("区妇联", "天心区"), ("区妇联", "岳麓区"), False),  # the same word placed apart: two bodies
    (("临泉县妇联", "临泉县"), ("××县妇联", "临泉县"), True),  # a masked name, its county known
    (("临泉县妇联", "临泉县"), ("县妇联", None), False),  # a level word nobody placed
    (("区妇联", "天心区"), ("县妇联", "天心区"), False),  # a county's word for a district
])
def test_a_bare_level_word_names_the_federation_of_its_sides_place(gold_side, predicted_side,
                                                                   right):
    from womenfed.evaluation import named_body, organisation_key

    def side(organisation, county):
        return {"organisation": organisation_key(organisation), "province": None, "city": None,
                "county": county, "township": None}

    assert (named_body(side(*gold_side)) == named_body(side(*predicted_side))) is right


def test_a_bare_city_word_names_a_municipalitys_federation():
    """A 上海 report's 市妇联 is 上海市妇联: a municipality's level word is 市 at province level."""
    from womenfed.evaluation import named_body, organisation_key

    def side(organisation, province, city=None):
        return {"organisation": organisation_key(organisation), "province": province,
                "city": city, "county": None, "township": None}

    assert named_body(side("市妇联", "上海市")) == named_body(side("上海市妇联", "上海市"))
    assert named_body(side("市妇联", "上海市")) != named_body(side("市妇联", "重庆市"))
    # a prefecture-level city is still found first where the side has one
    assert named_body(side("市妇联", "福建省", "福州市")) == named_body(side("福州市妇联", "福建省"))
    assert named_body(side("市妇联", "福建省")) != named_body(side("福州市妇联", "福建省"))


def test_a_bare_city_word_is_read_at_the_sides_own_level():
    """A county-level city's 市妇联 (巢湖市 under 合肥市) is the county's where the side says county."""
    from womenfed.evaluation import named_body, organisation_key

    def side(organisation, level):
        return {"organisation": organisation_key(organisation), "admin_level": level,
                "province": "安徽省", "city": "合肥市", "county": "巢湖市", "township": None}

    assert named_body(side("市妇联", "county")) == named_body(side("巢湖市妇联", "county"))
    assert named_body(side("市妇联", "city")) == named_body(side("合肥市妇联", "city"))
    assert named_body(side("市妇联", "county")) != named_body(side("合肥市妇联", "city"))


def test_metadata_misses_are_counted_by_kind_as_by_hand(hand_made):
    result = evaluate(*hand_made)
    # r3: gold township, predicted village; r1: a county predicted where gold has none;
    # r1's organisation is right and r2, r3 have none on either side
    assert result.totals["admin_level"]["misses_by_kind"] == {"township→village": 1}
    assert result.totals["county"]["misses_by_kind"] == {"extra": 1}
    assert result.totals["organisation"]["misses_by_kind"] == {}
    assert ("Report metadata misses by kind: organisation none 0, extra 0, written differently 0, "
            "another level 0, another body at the same level 0; admin level (gold→predicted) "
            "township→village 1; county none 0, extra 1, other 0.") in result.to_markdown()


def test_the_organisation_is_counted_by_its_evidence_as_by_hand(hand_made):
    """r1's author, right, stands in the opening; r2 and r3 name none on either side, so they
    are not counted (a report counts where gold or the tool has an author)."""
    result = evaluate(*hand_made)
    by_evidence = result.totals["organisation"]["by_evidence"]
    assert by_evidence["opening"] == {"right": 1, "reports": 1}
    assert sum(n["reports"] for n in by_evidence.values()) == 1
    assert ("Organisation by where the page writes the tool's author (right of reports): "
            "byline 0 of 0, title 0 of 0, opening 1 of 1, body 0 of 0, composed 0 of 0, "
            "none 0 of 0.") in result.to_markdown()


def test_a_wrong_or_missing_author_counts_against_its_evidence():
    from womenfed.evaluation import _score_single, evidence_totals

    right = {**_score_single("organisation", "甲县妇联", "甲县妇联"), "evidence": "title"}
    wrong = {**_score_single("organisation", "甲县妇联", "乙镇妇联"), "evidence": "composed"}
    missing = {**_score_single("organisation", "甲县妇联", None), "evidence": "none"}
    neither = {**_score_single("organisation", None, None), "evidence": "none"}
    totals = evidence_totals([right, wrong, missing, neither])
    assert totals["title"] == {"right": 1, "reports": 1}
    assert totals["composed"] == {"right": 0, "reports": 1}
    assert totals["none"] == {"right": 0, "reports": 1}


@pytest.mark.parametrize(("gold", "predicted", "kind"), [
    (("甲乙县妇联", "county"), (None, None), "none"),
    ((None, None), ("丙丁镇妇联", "township"), "extra"),
    (("甲乙区妇联", "county"), ("区妇联", "county"), "written differently"),  # prefix missing
    (("戊州妇联", "city"), ("戊己庚辛自治州妇联", "city"), "written differently"),  # abbreviated
    (("甲乙十委社区", "village"), ("丙丁十委社区", "village"), "written differently"),
    (("甲乙市妇联", "city"), ("丙丁市妇联", "county"), "another level"),  # a county-level city
    (("甲乙县妇联", "county"), ("甲乙县丙丁镇妇联", "township"), "another level"),
    (("甲乙街道妇联", "township"), ("丙丁街道妇联", "township"), "another body at the same level"),
    (("甲乙区妇联", "county"), ("甲乙景区妇委会", "county"), "another body at the same level"),
    (("甲乙县妇联", "county"), ("甲乙县妇联", "county"), None),  # right
])
def test_organisation_misses_are_filed_by_kind(gold, predicted, kind):
    from womenfed.evaluation import _score_single, metadata_miss

    sides = [{"organisation": organisation_key(name), "admin_level": level}
             for name, level in (gold, predicted)]
    score = _score_single("organisation", sides[0]["organisation"], sides[1]["organisation"])
    assert metadata_miss("organisation", score, *sides) == kind


@pytest.mark.parametrize(("field", "gold", "predicted", "kind"), [
    ("admin_level", "county", "township", "county→township"),
    ("admin_level", None, "village", "none→village"),
    ("admin_level", "city", None, "city→none"),
    ("county", "甲乙县", None, "none"),
    ("county", None, "甲乙县", "extra"),
    ("county", "甲乙县", "丙丁区", "other"),
    ("county", "甲乙县", "甲乙县", None),
])
def test_admin_level_and_county_misses_are_filed_by_kind(field, gold, predicted, kind):
    from womenfed.evaluation import _score_single, metadata_miss

    score = _score_single(field, gold, predicted)
    assert metadata_miss(field, score, {"admin_level": None}, {"admin_level": None}) == kind


def test_lay_out_writes_only_excerpts_that_match_the_manifest(tmp_path, monkeypatch, capsys):
    texts_dir, manifest, gold_dir = _corpus_folder(tmp_path, TEXTS[:3])
    rows = devcorpus.read_manifest(manifest)
    for path in texts_dir.iterdir():
        path.unlink()
    excerpts = tmp_path / "excerpts"
    excerpts.mkdir()
    good, wrong, broken = (row["id"] for row in rows)
    # The JSON literal as the search tool prints it: escapes kept, so newlines survive.
    (excerpts / f"{good}.json").write_text(json.dumps(TEXTS[0], ensure_ascii=False),
                                           encoding="utf-8")
    (excerpts / f"{wrong}.json").write_text(json.dumps(TEXTS[1] + " "), encoding="utf-8")
    (excerpts / f"{broken}.json").write_text(TEXTS[2], encoding="utf-8")
    (excerpts / "000000000000.json").write_text('"x"', encoding="utf-8")
    monkeypatch.setenv(devcorpus.CORPUS_VARIABLE, str(texts_dir))
    code, output = _run(["lay-out", str(excerpts)], manifest, gold_dir, capsys)
    assert code == devcorpus.EXIT_PROBLEMS
    lines = output.out.splitlines()
    assert f"{good}: written" in lines
    assert f"{wrong}: sha256 differs from the manifest ({len(TEXTS[1]) + 1} characters, the " \
           f"manifest has {len(TEXTS[1])})" in lines
    assert any(line.startswith(f"{broken}: not a JSON string literal") for line in lines)
    assert "000000000000: no manifest row has this id" in lines
    assert f"still needed: q\t{wrong} {broken}" in lines
    assert (texts_dir / f"{good}.txt").read_text(encoding="utf-8") == TEXTS[0]
    assert sorted(path.name for path in texts_dir.iterdir()) == [f"{good}.txt"]
    code, output = _run(["lay-out", str(excerpts)], manifest, gold_dir, capsys)
    assert f"{good}: already laid out" in output.out.splitlines()
