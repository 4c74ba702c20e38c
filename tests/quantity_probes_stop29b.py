"""Stop-29 second-wave probe audit of quantities (issue 10): short sentences written for this
test (no report text) over the stop-29 conventions of eval/dev/README.md the rules did not yet
follow. A count right after a closed list without 等, whose items each name one of the counted
units, restates the list and is excluded for the bodies a verb creates too (组建维权、助老两支队伍),
and where the items are quoted names (“甲队”、“乙队”3支队伍); a list left open by 等, a count that
differs from the items named, the items' own counts and persons or families counted by name stay
counts. A small count whose noun a colon, 分别是, 包括 or a bracket follows with a closed list of
exactly as many named items announces the list and is excluded (the stop-28 reading); a count
before numbered clauses (一是…, the stop-25 gap), before a list of another length, or before a
bracket's gloss stays a count. Places are real ones of the gazetteer.
Cases are (text, expected) with expected quantities (text, value, value_max, unit, approx, kind)
in reading order; ``test_quantity_probes.py`` runs this table."""

from __future__ import annotations


def q(text: str, value: float, unit: str, kind: str, approx: bool = False,
      value_max: float | None = None) -> tuple:
    return (text, value, value_max, unit, approx, kind)


PROBES = {
    # --- bodies a verb makes, counted right after a closed list of them: the list restated ---
    "made_bodies_restate_a_list": [
        ("凯里市妇联组建宣讲、维权、助老三支巾帼志愿者队伍。", []),
        ("建立家庭教育、心理疏导2个工作室,服务妇女300人次。",
         [q("300人次", 300, "人次", "person_times")]),
        ("汇川区新建城关、高坪两个妇女之家。", []),
        # ... while a list left open by 等, a count beyond the items and each item's count stay
        ("组建宣讲、维权等5支巾帼志愿者队伍。", [q("5支", 5, "支", "organisations")]),
        ("组建宣讲、维权三支巾帼志愿者队伍。", [q("三支", 3, "支", "organisations")]),
        ("组建宣讲队3支、维权队2支。",
         [q("3支", 3, "支", "organisations"), q("2支", 2, "支", "organisations")]),
        ("组建巾帼志愿者队伍5支,队员120人。",
         [q("5支", 5, "支", "organisations"), q("120人", 120, "人", "people")]),
    ],
    # --- a closed list of quoted names: the quotes break no list ---
    "quoted_items_restate_a_list": [
        ("西吉县妇联组建了“巾帼宣讲队”、“文艺服务队”、“平安志愿队”3支志愿者队伍。", []),
        ("在“妇女之家”、“儿童之家”两个阵地开展活动,受益群众200人。",
         [q("200人", 200, "人", "people")]),
        ("打造“巾帼家政”、“巾帼电商”两个品牌。", []),
        # ... while a quoted list left open by 等, a count beyond the names and families named stay
        ("组建了“巾帼宣讲队”、“文艺服务队”等6支志愿者队伍。", [q("6支", 6, "支", "organisations")]),
        ("组建了“巾帼宣讲队”、“文艺服务队”5支志愿者队伍。", [q("5支", 5, "支", "organisations")]),
        ("在“妇女之家”开展活动3场,受益群众200人。",
         [q("3场", 3, "场", "events"), q("200人", 200, "人", "people")]),
    ],
    # --- a count announcing the closed list of names right after it: the list, not a count ---
    "count_announces_its_list": [
        ("延吉市妇联邀请了两位非遗传承人:张丽和王芳。", []),
        ("运动会共设三个比赛项目,分别是拔河、跳绳和踢毽子。", []),
        ("凯里市妇联规划了4条研学线路(红色、绿色、古色和金色线路),接待游客3000人次。",
         [q("3000人次", 3000, "人次", "person_times")]),
        ("活动设置五个展区,包括非遗、美食、农产品、文创、手工展区。", []),
        ("遵义市有3个村获评示范村:永安村、新华村、田坝村。", []),
        # ... while numbered clauses, a list of another length and a bracket's gloss stay counts
        ("建成5个妇女之家:一是城关镇,二是新华镇。", [q("5个", 5, "个", "organisations")]),
        ("举办培训班3期:第一期在西吉县城举办。", [q("3期", 3, "期", "events")]),
        ("选出5名代表:张丽、王芳、李梅。", [q("5名", 5, "名", "people")]),
        ("走访了4个村(社区),慰问妇女200人。",
         [q("4个", 4, "个", "organisations"), q("200人", 200, "人", "people")]),
        ("为20名留守儿童:小学生和初中生送去书包。", [q("20名", 20, "名", "people")]),
    ],
}
