"""Stop-25 probe audit of one-sentence relations: sentences written for this test (no report
text), one per way Chinese reports tie a programme to its partners and results across the
clauses of a sentence, with the links the written conventions give (docs/ANNOTATION.md,
eval/dev/README.md "One-sentence relations" and "Settled ..."). Names are written in their
canonical forms; each case lists every link of its sentence, so an extra link fails it too."""

from __future__ import annotations

import pytest

from womenfed.entities import extract_entities
from womenfed.quantities import extract_quantities
from womenfed.relations import relate

from .conftest import known_gap as _gap
from .conftest import probe_cases


def _links(sentence: str) -> set[tuple[str, str]]:
    return {(r.source, r.target)
            for r in relate(sentence, extract_entities(sentence), extract_quantities(sentence))}


# Known gaps (strict: a fix must remove the mark).
PARALLEL_ITEM = ("an item without a verb that repeats the measure of the clause before "
                 "(宫颈癌检查8000人,乳腺癌检查7600人) ends the run of results")
WELLS = "quantities: 口 as the measure word of wells and cisterns (水窖420口) is not read"


PROBES = {
    "results_follow_the_named_work": [
        ("今年以来,县妇联深入实施“巾帼家美”行动,组织宣讲活动46场,受益群众3200余人。",
         {("巾帼家美行动", "46场"), ("巾帼家美行动", "3200余人")}),
        ("区妇联启动“春蕾计划”助学项目,广泛动员社会力量参与,共资助困难女童85名,发放助学金17万元。",
         {("春蕾计划", "85名"), ("春蕾计划", "17万元")}),
        ("乡妇联实施“巾帼脱贫”行动,针对贫困妇女的实际需求,开展实用技术培训12期,培训妇女600余人。",
         {("巾帼脱贫行动", "12期"), ("巾帼脱贫行动", "600余人")}),
        ("“春蕾计划”实施以来,全市共筹集资金560万元,资助女童2800名。",
         {("春蕾计划", "560万元"), ("春蕾计划", "2800名")}),
        ("针对留守妇女就业难问题,县妇联实施“巾帼创业贷”项目,发放贷款3200万元,扶持创业妇女460人。",
         {("巾帼创业贷", "3200万元"), ("巾帼创业贷", "460人")}),
        ("通过开展“巾帼云课堂”,累计推送课程80期,点击量达12万人次。",
         {("巾帼云课堂", "80期"), ("巾帼云课堂", "12万人次")}),
        _gap("“两癌”免费检查项目覆盖全区12个乡镇,完成宫颈癌检查8000人,乳腺癌检查7600人。",
             {("两癌筛查", "12个"), ("两癌筛查", "8000人"), ("两癌筛查", "7600人")}, PARALLEL_ITEM),
        _gap("“母亲水窖”项目自实施以来,已在全县建成水窖420口,解决了1200户群众的饮水困难。",
             {("母亲水窖", "420口"), ("母亲水窖", "1200户")}, WELLS),
    ],
    "a_year_total_near_the_work_measures_it": [
        ("市妇联持续推进“巾帼家政”培训工程,全年培训家政服务人员1500人次。",
         {("巾帼家政培训工程", "1500人次")}),
        ("市妇联持续推进“巾帼家政”培训工程,依托职业院校和培训机构,全年培训家政服务人员1500人次。",
         {("巾帼家政培训工程", "1500人次")}),
        ("县妇联实施“春蕾计划”,全年资助困难女童85名。", {("春蕾计划", "85名")}),
        ("县妇联与县检察院签订合作协议,共同推进“反家暴”工作,全年处置家暴案件32件。",
         {("反家暴", "县人民检察院"), ("反家暴", "32件"), ("县人民检察院", "32件")}),
    ],
    "a_year_total_after_a_run_of_other_clauses_is_other_work": [
        ("县妇联开展“平安家庭”创建,举办法律知识竞赛,增强妇女法治意识,全年接待群众来访90人次。", set()),
        ("镇妇联推进“美丽庭院”建设,组织观摩学习,营造比学赶超氛围,全年调处婚姻家庭纠纷45件。", set()),
    ],
    "respectively_after_a_clause_break": [
        ("县妇联联合县人社局、县农业农村局,分别举办“巾帼电商”培训班和“高素质女农民”培训班,分别培训120人和80人。",
             {("巾帼电商", "县人力资源和社会保障局"), ("高素质女农民", "县农业农村局"),
              ("巾帼电商", "120人"), ("高素质女农民", "80人"),
          ("县人力资源和社会保障局", "120人"), ("县农业农村局", "80人")}),
        ("县妇联联合县教育局、县团委,分别开展“家庭教育大讲堂”和“青春护航”活动。",
         {("家庭教育大讲堂", "县教育局"), ("青春护航", "县共青团委员会")}),
        ("县人社局、县农业局分别举办“巾帼电商”和“高素质女农民”培训班。",
         {("巾帼电商", "县人力资源和社会保障局"), ("高素质女农民", "县农业农村局")}),
    ],
    "a_reach_told_by_a_noun_and_da": [
        ("全年组织开展“巾帼大宣讲”活动46场次,受众达2万余人。",
         {("巾帼大宣讲", "46场次"), ("巾帼大宣讲", "2万余人")}),
        ("县妇联举办“巾帼直播间”带货活动12场,销售额达到86万元。",
         {("巾帼直播间", "12场"), ("巾帼直播间", "86万元")}),
    ],
    "a_new_topic_takes_no_counts": [
        ("县妇联开展“美丽庭院”创建活动,此外,全年共接待妇女来访120件次。", set()),
        ("区妇联开展“巾帼志愿服务”活动,同时,全区新建妇女之家15个。", set()),
        ("县妇联开展“三八”维权周活动;目前,全县有妇女议事会180个。", set()),
    ],
    "partners_take_the_work_of_a_later_clause": [
        ("县妇联联合县人社局,在全县范围内开展“春风行动”专场招聘会,提供就业岗位1800个。",
         {("春风行动", "县人力资源和社会保障局"), ("春风行动", "1800个"),
          ("县人力资源和社会保障局", "1800个")}),
        ("在县民政局的大力支持下,县妇联实施“关爱留守儿童”项目,结对帮扶留守儿童320名。",
         {("关爱留守儿童", "县民政局"), ("关爱留守儿童", "320名")}),
        ("镇妇联与镇卫生院合作,开展“健康进家庭”活动,发放宣传资料3000余份。",
         {("健康进家庭", "镇卫生院"), ("健康进家庭", "3000余份"), ("镇卫生院", "3000余份")}),
    ],
    "counts_of_partners_and_officials_are_no_outcomes": [
        ("县妇联联合县教育局、县卫健局等8个部门开展“关爱女童”宣传活动,发放资料5000份。",
         {("关爱女童", "县教育局"), ("关爱女童", "县卫生健康委员会"), ("关爱女童", "5000份"),
          ("县教育局", "5000份"), ("县卫生健康委员会", "5000份")}),
        ("市领导一行6人出席“巾帼建功”表彰大会,会上表彰先进个人80名。", {("巾帼建功", "80名")}),
    ],
}


@pytest.mark.parametrize("sentence, expected", list(probe_cases(PROBES)))
def test_relation_probe(sentence, expected):
    assert _links(sentence) == expected
