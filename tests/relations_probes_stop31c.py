"""Stop-31 probe audit of one-sentence relations (second round): how an outcome's raw is cut and
which clause a count belongs to. A lower bound written right after a count (开展宣传100场以上) is
part of its raw, as the gold writes it, so the outcome linked to a campaign or partner keeps it; a
bound that qualifies the noun a clause goes on to count (户均20棵以上的村达399个) and 左右 stay as
they were. A family tried and dropped keeps its probe as a strict gap. Sentences written for this
test (no report text), over places of several provinces; each case lists every link of its
sentence, names in their canonical forms. ``test_relation_probes.py`` runs this table."""

from __future__ import annotations

PROBES = {
    # a count's lower bound (以上) is part of the outcome the sentence links
    "a_lower_bound_stays_in_the_outcome": [
        ("信阳市妇联深入开展“巾帼普法乡村行”,开展普法宣传100场以上。",
         {("巾帼普法乡村行", "100场以上")}),
        ("南阳市妇联实施“春蕾计划”,资助困难女童500名以上。", {("春蕾计划", "500名以上")}),
        ("联合县人社局开展“春风行动”,帮助3000人以上实现就业。",
         {("春风行动", "县人力资源和社会保障局"), ("春风行动", "3000人以上"),
          ("县人力资源和社会保障局", "3000人以上")}),
        ("开展“两癌筛查”,惠及农村妇女1万人以上。", {("两癌筛查", "1万人以上")}),
        ("推进“美丽庭院”创建,全县60%以上的农户参与其中。", {("美丽庭院", "60%以上")}),
        ("实施“巾帼家政”培训,培训学员20期以上,带动就业800人以上。",
         {("巾帼家政", "20期以上"), ("巾帼家政", "800人以上")}),
    ],
    # near misses: 左右 and a bare count stay as written; a bound that is the criterion of a
    # counted set is no count
    "other_bounds_stay_out_of_the_outcome": [
        ("洛阳市妇联开展“最美家庭”评选,评出最美家庭30户左右。", {("最美家庭", "30户")}),
        ("开展“美丽庭院”创建,户均种植20棵以上的村达39个。", {("美丽庭院", "39个")}),
        ("开展“巾帼普法乡村行”,开展普法宣传100场。", {("巾帼普法乡村行", "100场")}),
    ],
}
