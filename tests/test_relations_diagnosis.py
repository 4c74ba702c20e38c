"""The evaluation's breakdown of relation errors: an end the extractors missed (anywhere, or in
the sentence that names it), ends cut into two sentences, ends in one sentence left unlinked,
and links the gold does not make (a name or a count not annotated, a framing body, across clauses,
inside one clause).

The tables are written by hand here (sentences written for this test), so the breakdown is
checked alone, whatever the extractors and the linker do."""

from __future__ import annotations

from womenfed.evaluation import evaluate, linking_scores

from .conftest import write_tables_and_gold

SENTENCES = [
    "县妇联联合县民政局开展“春蕾计划”,资助女童80名。",
    "组织“最美家庭”评选。",
    "评出示范户12户。",
    "在县委的领导下,开展“平安家庭”创建。",
    "开展“平安家庭”宣传30场,入户9人。",
    "共评出最美家庭15户。",
    "“巾帼课堂”办班6期。",
]
# (sentence, type, name) of every mention, found in the sentence by its text
ENTITIES = [(0, "agency", "县民政局"), (0, "campaign", "春蕾计划"), (1, "campaign", "最美家庭"),
            (3, "agency", "县委"), (3, "campaign", "平安家庭"), (4, "campaign", "平安家庭"),
            (6, "campaign", "巾帼课堂")]
QUANTITIES = [(0, "80名"), (2, "12户"), (4, "30场"), (4, "9人"), (5, "15户"), (6, "6期")]
LINKS = [(0, "campaign", "春蕾计划", "agency", "县民政局"),
         (3, "campaign", "平安家庭", "agency", "县委"),
         (4, "campaign", "平安家庭", "outcome", "30场"),
         (4, "campaign", "平安家庭", "outcome", "9人"),
         (6, "campaign", "巾帼课堂", "outcome", "6期")]
GOLD = {"file": "r.txt", "title": None, "source": None, "date": None, "period": None,
        "organisation": None, "admin_level": "unknown",
        "place": {"province": None, "city": None, "county": None, "township": None},
        "place_inferred": [], "excluded_numbers": [], "programme_types": [],
        "quantities": [{"raw": raw, "offset": 0, "value": 1, "unit": raw[-1], "approx": False,
                        "kind": "people", "counts": "x"} for raw in ("80名", "12户", "30场", "15户")],
        "campaigns": ["春蕾计划", "最美家庭", "平安家庭", "巾帼建功"],
        "agencies": ["县民政局", "县委"],
        "relations": [
            {"campaign": "春蕾计划", "agency": "县民政局", "outcome": "80名"},
            {"campaign": "最美家庭", "agency": None, "outcome": "12户"},
            {"campaign": "巾帼建功", "agency": None, "outcome": "30场"},
            {"campaign": "最美家庭", "agency": None, "outcome": "15户"}]}


def _tables(tmp_path):
    starts, at = [], 0
    for text in SENTENCES:
        starts.append(at)
        at += len(text)
    rows = {
        "reports": [{"report_id": "r"}],
        "sentences": [{"report_id": "r", "sentence_id": i, "text": text, "start": starts[i]}
                      for i, text in enumerate(SENTENCES)],
        "entities": [{"report_id": "r", "sentence_id": i, "type": kind, "name": name,
                      "canonical": name, "start": starts[i] + SENTENCES[i].index(name),
                      "end": starts[i] + SENTENCES[i].index(name) + len(name)}
                     for i, kind, name in ENTITIES],
        "quantities": [{"report_id": "r", "sentence_id": i, "text": text,
                        "start": starts[i] + SENTENCES[i].index(text),
                        "end": starts[i] + SENTENCES[i].index(text) + len(text)}
                       for i, text in QUANTITIES],
        "relations": [{"report_id": "r", "sentence_id": i, "source_type": s, "source": a,
                       "target_type": t, "target": b} for i, s, a, t, b in LINKS],
    }
    return write_tables_and_gold(tmp_path, rows, {"r": GOLD})


def test_each_relation_error_is_filed_under_why(tmp_path):
    result = evaluate(*_tables(tmp_path), samples=10)
    why = result.reports[0]["fields"]["relations"]["why"]
    assert why["missed"] == {
        "end not extracted": ["campaign:巾帼建功 → outcome:30场"],
        "end not extracted in the sentence": ["campaign:最美家庭 → outcome:15户"],
        "ends in different sentences": ["campaign:最美家庭 → outcome:12户"],
        "not linked, across clauses": ["agency:县民政局 → outcome:80名",
                                       "campaign:春蕾计划 → outcome:80名"],
        "not linked, same clause": []}
    assert why["extra"] == {
        "name not annotated": ["campaign:巾帼课堂 → outcome:6期"],
        "count not annotated": ["campaign:平安家庭 → outcome:9人"],
        "framing body": ["campaign:平安家庭 → agency:县委"],
        "across sentences": [], "across clauses": [],
        "same clause": ["campaign:平安家庭 → outcome:30场"]}
    breakdown = result.totals["relations"]["breakdown"]
    assert breakdown["missed"]["not linked, across clauses"] == 2
    assert sum(breakdown["extra"].values()) == result.totals["relations"]["fp"]
    assert sum(breakdown["missed"].values()) == result.totals["relations"]["fn"]
    markdown = result.to_markdown()
    assert ("Relations missed: end not extracted 1, end not extracted in the sentence 1, "
            "ends in different sentences 1") in markdown
    assert "- relations extra (framing body): campaign:平安家庭 → agency:县委" in markdown


def test_the_linker_alone_is_scored_over_links_whose_ends_it_was_given(tmp_path):
    # counted by hand from the tables above: one link right (春蕾计划 → 县民政局); the linker
    # left two unlinked in one sentence (80名 to 春蕾计划 and to 县民政局) and made two that gold
    # does not (平安家庭 → 县委, a framing body; 平安家庭 → 30场 in one clause); the misses of
    # the finders (巾帼建功, 15户 not found in its sentence, 12户 in another sentence) and the
    # extras of names or counts gold lacks (巾帼课堂, 9人) count against neither
    result = evaluate(*_tables(tmp_path), samples=10)
    assert linking_scores(result.totals["relations"]) == {
        "tp": 1, "fp": 2, "fn": 2, "precision": 1 / 3, "recall": 1 / 3}
    assert ("Relations linking alone (both ends found in the sentence and annotated): "
            "precision 0.33 (1 of 3), recall 0.33 (1 of 3).") in result.to_markdown()
