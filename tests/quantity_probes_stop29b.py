"""Stop-29 second-wave probe audit of quantities (issue 10): short sentences written for this
test (no report text) over the stop-29 conventions of eval/dev/README.md the rules did not yet
follow. A count right after a closed list without 等, whose items each name one of the counted
units, restates the list and is excluded for the bodies a verb creates too (组建维权、助老两支队伍),
and where the items are quoted names (“甲队”、“乙队”3支队伍); a list left open by 等, a count that
differs from the items named, the items' own counts and persons or families counted by name stay
counts. A small count whose noun a colon, 分别是, 包括 or a bracket follows with a closed list of
exactly as many named items announces the list and is excluded (the stop-28 reading); a count
before numbered clauses (一是…, the stop-25 gap), before a list of another length, or before a
bracket's gloss stays a count. A length counts only as work done along it (修通3公里路, 清理河道2公里):
one route's or walk's length (8公里路要走, 全程4公里, 5公里健步走) is a measurement (the stop-29
reading); qty29b's rule for it (5b5a852, a verb of work required before every length) was not
merged, main follows aln29's (281e255: 全程 and a walk or route word right after the length), and
the probes it fails are strict gaps. A bound jieba's dictionary holds with its quantity as one
word (万元以上) marks an estimate, no set phrase. Places are real ones of the gazetteer.
Cases are (text, expected) with expected quantities (text, value, value_max, unit, approx, kind)
in reading order; ``test_quantity_probes.py`` runs this table."""

from __future__ import annotations

from .conftest import known_because as known


def q(text: str, value: float, unit: str, kind: str, approx: bool = False,
      value_max: float | None = None) -> tuple:
    return (text, value, value_max, unit, approx, kind)


ROUTE_LENGTH = ("the length rule of qty29b (5b5a852) lost a right count on the test half; "
                "main follows aln29's")
JUXTAPOSED_QUOTES = ("a count right after quoted names set side by side with no 、 "
                     "(“甲课堂”“乙课堂”两个课堂, 《甲》《乙》两部法律) reads as a count; "
                     "the stop-29b rule for it lost a right count on dev29b (14056c1ba5fe "
                     "counts 《盛世花开》《扭春》两支特色舞蹈) and was dropped")
JOINED_PAIR = ("a count of two right after two nouns joined by a conjunction with no 、 "
               "(城关镇和新华镇两个镇, 线上和线下两种形式) reads as a count; "
               "the stop-29b rule for it moved nothing on dev29b or val29b and was dropped")


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
    # --- a length: a count of work done along it only, else one route's or walk's measurement ---
    "length_of_a_route": [
        known(ROUTE_LENGTH, "从西吉县城到村里,12公里山路要走三个小时。", []),
        known(ROUTE_LENGTH, "延吉市妇联举办5公里巾帼健步走活动,参与妇女300人。",
              [q("300人", 300, "人", "people")]),
        ("健步走全程6公里,参与妇女200人。", [q("200人", 200, "人", "people")]),
        known(ROUTE_LENGTH, "凯里市的环湖绿道长约10公里。", []),
        # ... while a length built, cleared or tended is work done and counts
        ("巾帼志愿者40人清理河道2公里。",
         [q("40人", 40, "人", "people"), q("2公里", 2, "公里", "other")]),
        ("全村新修道路2.5公里。", [q("2.5公里", 2.5, "公里", "other")]),
        ("铺设文化长廊300米。", [q("300米", 300, "米", "other")]),
    ],
    # --- a bound written as one dictionary word with its quantity: an estimate, still a count ---
    "bound_in_one_word": [
        ("她的农家乐每月营业额都在万元以上。", [q("万元以上", 10000, "元", "money_cny", True)]),
        ("全年帮助妇女增收万元以上。", [q("万元以上", 10000, "元", "money_cny", True)]),
        # ... while set phrases of numerals stay out
        ("巾帼志愿者走进千家万户。", []),
        ("她们三番五次上门调解。", []),
    ],
    # --- quoted names side by side, no 、: a closed list too (dropped: strict gaps) ---
    "juxtaposed_quoted_names": [
        known(JUXTAPOSED_QUOTES, "凯里市妇联开设“巾帼课堂”“妈妈课堂”两个课堂。", []),
        known(JUXTAPOSED_QUOTES, "宣传《妇女权益保障法》《家庭教育促进法》两部法律,发放资料500份。",
              [q("500份", 500, "份", "items")]),
        # ... while a count beyond the names stays
        ("开设“巾帼课堂”“妈妈课堂”3个课堂。", [q("3个", 3, "个", "organisations")]),
    ],
    # --- two nouns joined by a conjunction, no 、: a closed list of two (dropped: strict gaps) ---
    "joined_pair": [
        # (a pair of places before their one-character level word: fixed in stop 33 by the
        # look-back at places named before, quantity_probes_stop33.py)
        ("在汇川区和播州区两个区开展试点,培训妇女200人。", [q("200人", 200, "人", "people")]),
        known(JOINED_PAIR, "设立心理咨询室和法律援助室两个功能室。", []),
        # ... while persons named, a verb after the pair and the work of a pair of bodies stay
        ("张丽和王芳两位同志获评三八红旗手。", [q("两位", 2, "位", "people")]),
        ("与凯里市妇联签订两项协议。", [q("两项", 2, "项", "items")]),
        ("县妇联和县司法局联合开展两场宣讲。", [q("两场", 2, "场", "events")]),
    ],
}
