"""Stop-32 quantities round's probes (issues 9/10): short report sentences written for this test
(no report text) in the ways county, township and village items state a size, an output or a count,
with real places from the gazetteer. Each family shows its pattern in several frames and the
near-misses that must stay as they are. Cases are (text, expected) with expected quantities
(text, value, value_max, unit, approx, kind) in reading order; ``test_quantity_probes.py`` runs
this table."""

from __future__ import annotations


def q(text: str, value: float, unit: str, kind: str, approx: bool = False,
      value_max: float | None = None) -> tuple:
    return (text, value, value_max, unit, approx, kind)


PROBES = {
    # --- an area after a bare 面积 or 总面积 is one place's size (stop 30 of eval/dev) ---
    "area_of_one_place": [
        ("渌口镇妇女之家面积达120平方米,设有阅览室和活动室。", []),
        ("望溪镇新建的儿童之家面积约80平方米。", []),
        ("芦溪镇这些母婴室大部分面积超过15平方米,配有哺乳椅。", []),
        ("该基地总面积300亩,吸纳妇女就业40余人。", [q("40余人", 40, "人", "people", True)]),
        ("天桥街道巾帼创业园面积近2000平方米,入驻企业12家。",
         [q("12家", 12, "家", "organisations")]),
        ("永安镇妇联调研的合作社总面积约500亩。", []),
        # near-misses: land the work planted or worked, and a total over the holdings counted
        ("冉固镇妇联带动妇女扩大种植面积3000亩。", [q("3000亩", 3000, "亩", "other")]),
        ("全县种植总面积1.2万亩,带动农户800户。",
         [q("1.2万亩", 12000, "亩", "other"), q("800户", 800, "户", "households")]),
        ("东王镇流转土地面积500亩,发展特色种植。", [q("500亩", 500, "亩", "other")]),
        ("建成妇女之家3个,面积共计600平方米。",
         [q("3个", 3, "个", "organisations"), q("600平方米", 600, "平方米", "other")]),
        ("沟门子镇三个村总面积5000多亩。",
         [q("三个", 3, "个", "organisations"), q("5000多亩", 5000, "亩", "other", True)]),
        ("荆家庄乡妇联带动妇女种植中药材300亩。", [q("300亩", 300, "亩", "other")]),
        ("全市巾帼示范基地总面积达3万亩。", [q("3万亩", 30000, "亩", "other")]),
        ("县乡两级巾帼示范田面积超过2万亩。", [q("超过2万亩", 20000, "亩", "other", True)]),
        ("全乡共有6个村,总人口7200人,现有耕地2.1万亩。",
         [q("6个", 6, "个", "organisations"), q("7200人", 7200, "人", "people")]),
    ],
}
