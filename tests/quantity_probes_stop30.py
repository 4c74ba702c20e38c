"""Stop-30 probe audit of quantities (issue 10): short sentences written for this test (no report
text) over the stop-26 and stop-29 reading of eval/dev/README.md that a noun naming the counted
things right after the number is no measure word (raw the number, unit ''). Official prose counts
bodies and divisions with a noun that serves as its own measure word (等9部门, 3镇5村, 12单位); the
rule reads one or two Arabic digits glued to such a noun. Numbered names (15中学, 1队), codes
(12345政务服务中心), ordinals (第3部门) and a caption's number before a blank (图1 县妇联) stay
no counts. Places are real ones of the gazetteer. Cases are (text, expected) with expected
quantities (text, value, value_max, unit, approx, kind) in reading order;
``test_quantity_probes.py`` runs this table."""

from __future__ import annotations


def q(text: str, value: float, unit: str, kind: str, approx: bool = False,
      value_max: float | None = None) -> tuple:
    return (text, value, value_max, unit, approx, kind)


PROBES = {
    # --- a count of bodies or divisions whose noun serves as its own measure word ---
    "bodies_without_measure_word": [
        ("南宁市妇联联合市民政局、市教育局等9部门举办家庭教育讲座。", [q("9", 9, "", "organisations")]),
        ("柳州市妇联与财政、人社等4部门共同出台妇女创业贷款办法。", [q("4", 4, "", "organisations")]),
        ("西吉县妇联走访了3镇5村,慰问妇女50人。",
         [q("3", 3, "", "organisations"), q("5", 5, "", "organisations"), q("50人", 50, "人", "people")]),
        ("都匀市妇联联合12单位开展义诊活动。", [q("12", 12, "", "organisations")]),
        ("延吉市3社区联合举办邻里节活动。", [q("3", 3, "", "organisations")]),
        # ... while numbered names, codes, ordinals and captions stay no counts
        ("凯里市15中学成立巾帼书屋。", []),
        ("巾帼突击队1队、2队分别负责清扫。", []),
        ("拨打12345政务服务中心热线。", []),
        ("由第3部门负责登记。", []),
        ("2023部门预算已公开。", []),
        ("图1 县妇联开展培训 图2 志愿者走访", []),
    ],
}
