"""A third probe audit of periods (stop 25): short pages written for these tests over ways
reports of other sites state the years they review that the first two audits
(``test_date_probes.py``, ``test_period_probes.py``) left out or read before the stop-24 and
stop-25 answers: a title's year against its opening, 今年/去年以来 against the text's own date
(its date line, else its url), parts of a year, 年度, spans written and counted (过去N年 the N
years before the stated year, N年来 the N years ending with it), a work meeting's statement
of last year's results, and years told in passing (a founding's, a law's, a cited plan's, an
upcoming event's). Each expected value is read by docs/ANNOTATION.md and the settled
conventions of eval/dev/README.md, not from the tool."""

from __future__ import annotations

import pytest

from .conftest import describe_text as _describe


def known(reason: str, *probe):
    """A probe the tool still fails, with why (strict: it must fail until the rule is fixed)."""
    return pytest.param(*probe, marks=pytest.mark.xfail(strict=True, reason=reason))


# (text, url, date, period)
PROBES = [
    # --- a title's year against the opening's ---
    ("海淀区妇联2020年工作总结\n发布时间：2021-01-15\n"
     "一年来,区妇联开展培训30期。2018年以来累计帮扶妇女900人。", None, "2021-01-15", "2020"),
    ("嘉定区妇联工作总结\n发布时间：2020-01-10\n2019年,区妇联开展培训30期,帮扶妇女500人。", None,
     "2020-01-10", "2019"),
    ("平遥县妇联举办2023年巾帼家政培训班\n发布时间：2023-05-10\n5月8日,县妇联举办巾帼家政培训班。",
     None, "2023-05-10", "2023"),
    ("准格尔旗妇联2022年上半年工作总结\n准格尔女声 2022-07-06 08:30 发表于内蒙古\n"
     "上半年,旗妇联开展培训12期。", None, "2022-07-06", "2022"),
    ("江津区妇联二〇二一年工作要点\n二〇二一年,区妇联将继续深化家庭文明建设。", None, None, "2021"),
    ("正定县妇联工作综述\n来源：正定县人民政府 2018-12-20\n2018年,县妇联围绕中心工作开展培训20期。"
     "2016年,县妇联曾开展类似培训。", None, "2018-12-20", "2018"),
    # --- 今年以来 with the publication year: the date line, else the url ---
    ("铁岭县妇联扎实推进家庭教育\n发布时间：2021-06-10\n今年以来,县妇联开展家庭教育讲座20场。", None,
     "2021-06-10", "2021"),
    ("敦化市妇联推进巾帼建功\n今年以来,市妇联组织妇女参加技能培训15期。",
     "http://www.dunhua.gov.cn/xwzx/202106/t20210610_1234.html", "2021-06-10", "2021"),
    ("昆山市妇联开展家风建设\n今年以来,市妇联开展家风家训宣讲30场。",
     "https://www.ks.gov.cn/kss/gzdt/2018/0612/c123.shtml", "2018-06-12", "2018"),
    ("五常市妇联工作简报\n今年以来,市妇联开展培训12期,帮扶妇女300人。\n（五常市妇联 2020年9月12日）",
     None, "2020-09-12", "2020"),
    ("义乌市妇联工作简报\n今年以来,市妇联开展培训12期,帮扶妇女300人。", None, None, None),
    ("肥东县妇联推进妇女之家建设\n發佈時間：2021-06-10\n今年以來,縣婦聯新建婦女之家20個。", None,
     "2021-06-10", "2021"),
    ("婺源县妇联推进巾帼创业\n发布时间：2019-09-18\n"
     "今年1至8月,县妇联开展创业培训8期,扶持妇女创业120人。", None, "2019-09-18", "2019"),
    ("曲阜市妇联推进家庭教育\n发布时间：2021-06-10\n今年以来,市妇联开展家庭教育讲座20场。"
     "该市2015年被评为全国家庭教育示范市。", None, "2021-06-10", "2021"),
    ("巩义市妇联推进巾帼建功\n发布时间：2022-03-15\n2021年以来,市妇联组织妇女参加技能培训30期。", None,
     "2022-03-15", "2021-2022"),
    # --- 去年以来: the year before the publication year to it (stop 24) ---
    ("肥东县妇联推进巾帼家政\n发布时间：2020-06-10\n"
     "去年以来,县妇联开展家政培训20期,帮助800名妇女就业。", None, "2020-06-10", "2019-2020"),
    ("麻城市妇联推进家庭教育\n发布时间：2021-04-20\n自去年以来,市妇联累计开展家庭教育讲座40场。", None,
     "2021-04-20", "2020-2021"),
    ("浏阳市妇联推进巾帼创业\n去年以来,市妇联累计扶持妇女创业300人。",
     "http://www.liuyang.gov.cn/lyszf/xxgk/202005/t20200508_88.html", "2020-05-08", "2019-2020"),
    ("番禺区妇联推进巾帼创业\n去年以来,区妇联累计扶持妇女创业300人。", None, None, None),
    # ... in passing in one item's background it sets nothing
    ("阳朔县妇联开展讲座\n发布时间：2020-06-10\n6月9日,县妇联走进某村开展家庭教育讲座。"
     "据介绍,该村去年以来已建成妇女之家。", None, "2020-06-10", None),
    # --- parts of a year ---
    ("琼海市妇联2020年上半年工作总结\n发布时间：2020-07-08\n上半年,市妇联开展培训12期。", None,
     "2020-07-08", "2020"),
    ("郫都区妇联一季度工作简报\n发布时间：2021-04-06\n一季度,区妇联开展培训3期,帮扶妇女80人。", None,
     "2021-04-06", "2021"),
    ("大理市妇联2019年前三季度工作总结\n发布时间：2019-10-12\n前三季度,市妇联开展培训9期。", None,
     "2019-10-12", "2019"),
    ("林芝市妇联工作简报\n发布时间：2019-07-12\n今年上半年,市妇联开展培训12期,帮扶妇女300人。", None,
     "2019-07-12", "2019"),
    ("延川县妇联工作简报\n发布时间：2020-01-12\n2019年下半年,县妇联开展培训6期,帮扶妇女150人。", None,
     "2020-01-12", "2019"),
    known("a bare 四季度 opening the lead takes the publication year",
          "敦煌市妇联四季度工作总结\n发布时间：2021-01-08\n四季度,市妇联开展培训3期,帮扶妇女80人。", None,
     "2021-01-08", None),
    # --- 年度 ---
    ("伊宁市妇联2021年度工作总结\n发布时间：2022-01-12\n一年来,市妇联开展培训30期,帮扶妇女500人。", None,
     "2022-01-12", "2021"),
    ("关于灵武市妇联2022年度工作情况的报告\n发布时间：2023-01-05\n一年来,市妇联开展培训30期。", None,
     "2023-01-05", "2022"),
    ("湟中区妇联工作总结\n发布时间：2021-01-05\n2020年度,区妇联开展培训30期,帮扶妇女500人。", None,
     "2021-01-05", "2020"),
    ("武清区家长学校工作总结\n2019-2020年度,区家长学校开展家庭教育培训20期。", None, None, "2019-2020"),
    # --- spans written out ---
    ("晋江市妇联工作综述\n发布时间：2021-02-10\n2018—2020年,市妇联累计开展巾帼创业培训60期。", None,
     "2021-02-10", "2018-2020"),
    ("晋江市妇联工作综述\n发布时间：2021-02-10\n2018至2020年,市妇联累计开展巾帼创业培训60期。", None,
     "2021-02-10", "2018-2020"),
    ("曲阜市妇联2016-2020年工作总结\n五年来,市妇联累计开展培训120期。", None, None, "2016-2020"),
    ("正定县妇联工作综述\n发布时间：2019-03-02\n2016年到2018年,县妇联累计开展培训60期。", None,
     "2019-03-02", "2016-2018"),
    known("years listed together (2018、2019年) are not read as a span",
          "铁岭县妇联工作综述\n2018、2019年,县妇联连续两年开展巾帼创业大赛,扶持妇女创业200人。", None, None,
     "2018-2019"),
    # --- spans counted: 过去N年 before the stated year, N年来 ending with it ---
    ("巩义市妇女第十二次代表大会工作报告\n发布时间：2021-09-20\n"
     "2021年9月18日,巩义市妇女第十二次代表大会开幕。\n"
     "过去五年,全市妇联开展培训60期,帮扶妇女3000人。", None, "2021-09-20", "2016-2020"),
    known("N年来 is counted as the N years before the stated year, as 过去N年 is",
          "巩义市妇女第十二次代表大会工作报告\n发布时间：2021-09-20\n"
     "2021年9月18日,巩义市妇女第十二次代表大会开幕。\n"
     "五年来,全市妇联开展培训60期,帮扶妇女3000人。", None, "2021-09-20", "2017-2021"),
    known("a look back is counted only from the publication year",
          "麻城市妇女第九次代表大会工作报告\n2022年6月,麻城市妇女第九次代表大会召开。\n"
     "过去的五年,全市妇联开展培训60期,帮扶妇女3000人。", None, None, "2017-2021"),
    known("only a look back over five years is read; the opening year wins",
          "郫都区妇联家庭教育工作三年回顾\n发布时间：2019-12-20\n2019年是区妇联实施家庭教育行动的第三年。\n"
     "三年来,区妇联开展家庭教育讲座90场。", None, "2019-12-20", "2017-2019"),
    ("番禺区妇联2020年工作总结\n发布时间：2021-01-08\n过去一年,区妇联开展培训30期。", None, "2021-01-08",
     "2020"),
    ("琼海市妇女第七次代表大会开幕\n发布时间：2021-11-26\n11月25日,琼海市妇女第七次代表大会开幕,"
     "大会报告回顾了过去五年的工作。", None, "2021-11-26", None),
    ("敦化市妇联工作报告\n发布时间：2019-05-06\n三年来,市妇联开展培训36期。", None, "2019-05-06", None),
    # --- a work meeting that states last year's results and plans the next: that year ---
    ("昌吉市妇联召开2023年工作会议\n发布时间：2023-02-08\n2月7日,市妇联召开2023年工作会议。"
     "2022年,全市妇联组织开展培训120期,帮扶妇女3000人。会议对2023年工作作出部署。", None, "2023-02-08",
     "2022"),
    ("义乌市妇联召开2021年工作会议\n发布时间：2021-02-03\n2月2日,市妇联召开2021年工作会议。"
     "会上,市妇联主席通报了去年全市妇联工作情况,部署了今年重点工作。", None, "2021-02-03", "2020"),
    ("临夏市妇联召开工作会议\n发布时间：2020-02-20\n2月19日,市妇联召开2020年工作会议。会议指出,"
     "2019年全市妇联工作取得新成效,开展培训80期。会议对2020年工作进行了部署。", None, "2020-02-20", "2019"),
    ("阳朔县妇联召开2022年工作会议\n发布时间：2022-01-25\n1月24日,县妇联召开2022年工作会议。"
     "过去的一年,全县妇联开展培训50期。会议部署了2022年重点任务。", None, "2022-01-25", "2021"),
    # ... a meeting that only plans keeps its own year, and a year's summary is not a meeting of the next
    ("肥东县妇联2019年度工作总结\n发布时间：2020-01-06\n过去的一年,县妇联开展培训30期,帮扶妇女500人。",
     None, "2020-01-06", "2019"),
    ("晋江市妇联召开2020年工作会议\n发布时间：2020-02-20\n2月19日,市妇联召开2020年工作会议,"
     "传达学习全国妇联会议精神。会议要求,全市妇联干部要比2019年干得更好。", None, "2020-02-20", "2020"),
    ("五常市妇联召开2021年工作会议\n发布时间：2021-02-03\n"
     "2月2日,市妇联召开2021年工作会议,部署2021年重点任务。", None, "2021-02-03", "2021"),
    # --- years told in passing set nothing ---
    ("敦煌市妇联走访巾帼基地\n发布时间：2020-05-10\n5月9日,市妇联走访巾帼农业基地。该基地始建于2019年,"
     "现有女工80人。", None, "2020-05-10", None),
    ("伊宁市妇联走访儿童之家\n发布时间：2021-05-10\n5月9日,市妇联走访儿童之家。该儿童之家创办于2020年,"
     "现有儿童40名。", None, "2021-05-10", None),
    ("临夏市妇联开展普法宣传\n发布时间：2023-03-10\n3月8日,市妇联开展普法宣传活动,"
     "宣讲2022年10月30日修订通过的《妇女权益保障法》。", None, "2023-03-10", None),
    ("德令哈市妇联开展宣讲\n发布时间：2022-04-12\n"
     "4月11日,市妇联深入社区宣讲《中国妇女发展纲要(2021—2030年)》。", None, "2022-04-12", None),
    known("a plan's span cited without brackets is read as the report's span",
          "德令哈市妇联开展宣讲\n发布时间：2022-04-12\n"
     "4月11日,市妇联深入社区宣讲2021—2030年中国妇女发展纲要。", None, "2022-04-12", None),
    ("江津区妇联开展宣讲\n发布时间：2021-06-12\n"
     "6月11日,区妇联深入社区宣讲《重庆市妇女发展规划（2021—2025年）》。", None, "2021-06-12", None),
    ("灵武市妇联筹备妇女代表大会\n发布时间：2023-06-12\n6月11日,市妇联召开筹备会,"
     "为将于2024年召开的市第十次妇女代表大会做好准备。", None, "2023-06-12", None),
    known("an upcoming event's year (将于2024年) is not read as ahead without a publication date",
          "灵武市妇联筹备妇女代表大会\n"
     "6月11日,市妇联召开筹备会,为将于2024年召开的市第十次妇女代表大会做好准备。", None, None, None),
    known("an upcoming event's year (将在2025年) is not read as ahead without a publication date",
          "湟中区妇联开展宣传\n6月11日,区妇联动员妇女群众积极参与将在2025年举办的全区运动会。",
          None, None, None),
    ("海淀区妇联开展宣传\n发布时间：2019-05-10\n5月9日,区妇联走访某村。该村2017年被列为市级文明村。",
          None, "2019-05-10", None),
    # ... but a year opening the work the report tells does
    ("敦煌市妇联工作回顾\n2019年,市妇联组建巾帼志愿服务队12支,开展志愿服务80次。", None, None, "2019"),
    ("伊宁市妇联工作回顾\n2020年,市妇联被评为全区妇联系统先进集体。全年开展培训30期。", None, None, "2020"),
    # ... and a year the text counts from
    ("嘉定区妇联开展纪念活动\n发布时间：2019-03-08\n"
     "在纪念“三八”国际妇女节109周年之际,区妇联举办座谈会。", None, "2019-03-08", "2019"),
    # --- a year and month alone under the title: a month-precision publication date ---
    ("准格尔旗妇联工作总结\n（2021年3月）\n今年以来,旗妇联开展培训12期,帮扶妇女300人。", None, "2021-03",
     "2021"),
    ("林芝市妇联2020年工作总结\n二〇二一年一月\n一年来,市妇联开展培训12期,帮扶妇女300人。", None, "2021-01",
     "2020"),
    known("a year-month line under the title is read as a stated year",
          "延川县妇联工作汇报\n2019年12月\n去年以来,县妇联开展培训12期,帮扶妇女300人。", None, "2019-12",
     "2018-2019"),
]


@pytest.mark.parametrize("text, url, date, period", PROBES, ids=[f"probe{i}" for i in range(len(PROBES))])
def test_probe(text, url, date, period):
    meta = _describe(text, url=url)
    assert (meta.date, meta.period) == (date, period)
