"""Stop-29 probe audit of quantities (issue 10): short sentences written for this test (no report
text) over the stop-28 conventions of eval/dev/README.md the rules did not yet follow: a count in
digits right after a closed list of as many named items restates the list (excluded, as one in
Chinese numerals is), while the last count of a list of counted items, a list left open by 等 and
a count that differs from the items named stay counts. Places are real ones of the gazetteer.
Cases are (text, expected) with expected quantities (text, value, value_max, unit, approx, kind)
in reading order; ``test_quantity_probes.py`` runs this table."""

from __future__ import annotations


def q(text: str, value: float, unit: str, kind: str, approx: bool = False,
      value_max: float | None = None) -> tuple:
    return (text, value, value_max, unit, approx, kind)


PROBES = {
    # --- digits right after a closed list of as many named items: the list restated ---
    "digits_restate_a_list": [
        ("遵义市妇联在汇川区、红花岗区、播州区3个区开展宣讲,受益妇女500人。",
         [q("500人", 500, "人", "people")]),
        ("延吉市、图们市和珲春市3个市的妇联主席参加培训。", []),
        ("围绕家庭教育、心理健康2个主题开展讲座。", []),
        # ... while each item's own count, an open list and another number stay counts
        ("建成妇女之家6个、儿童之家2个。",
         [q("6个", 6, "个", "organisations"), q("2个", 2, "个", "organisations")]),
        ("全年开展宣讲8场次、专题培训2场次。",
         [q("8场次", 8, "场次", "events"), q("2场次", 2, "场次", "events")]),
        ("在汇川区、播州区等3个区开展宣讲。", [q("3个", 3, "个", "organisations")]),
        ("在汇川区、播州区5个村开展宣讲。", [q("5个", 5, "个", "organisations")]),
        ("组建法律、心理2支服务队。", [q("2支", 2, "支", "organisations")]),
    ],
}
