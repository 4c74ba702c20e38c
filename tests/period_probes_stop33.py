"""An eleventh probe audit of dates and periods (stop 33): short pages written for these tests, not
from the corpus, over the ways a report names a year against another that the earlier audits left
out: a counted day written with 次 (第三十四次全国助残日) as well as 个, and the year just past
reviewed (回顾过去一年, 过去的一年,…, 一年来,…) beside 今年 or 本年度 named only for the plans, and the
year-end review genres besides a 总结 (述职报告, 工作回顾, a committee's 工作报告 or 工作汇报) dated January,
and an item whose opening dates its event by a day more than half a year later in the year than the
page's date (12月30日,… on a page of 8 January): written in the year before, its 今年 / 今年以来 /
本年度 is that year, the date stays the page's (stop-33 wave-1 row 1); not a day named ahead
(将于12月17日召开), and without 今年 such a day sets no period (stop 14).

Each expected value is read by docs/ANNOTATION.md and the settled conventions of
eval/dev/README.md (stop 12: a year derived by counting an observance is stated; stop 14: a
one-event item whose text states no year and counts none has no period; stop 28: results of the
past year beside plans for a stated year or 今年 take the reviewed year; stop 26: a year-end summary
published in January that says 今年以来 covers the year just ended), not from the tool."""

from __future__ import annotations

from .conftest import known_because as known

ROUND_OF_EVENTS = ("第N届 before a day's name (第七届中国农民丰收节) is read as no count: the same words "
                   "number a body's own series of events named after the day (第三届“三八”妇女节运动会), "
                   "which counts no year of the day")

# (text, url, date, period)
PROBES = [
    # --- a day counted in 次 (第三十四次全国助残日): counted as with 个 ---
    ("岳西县妇联开展助残活动\n5月19日是第三十四次全国助残日,岳西县妇联走访慰问残疾妇女。", None, None,
     "2024"),
    ("在第33次全国助残日到来之际,平江县妇联为残疾妇女送去轮椅。", None, None, "2023"),
    ("洪洞县妇联开展宣传\n发布时间：2019-05-20\n在第二十九次全国助残日,县妇联开展助残宣传。", None,
     "2019-05-20", "2019"),
    ("为庆祝第 113 次“三八”国际妇女节,沅陵县妇联举办座谈会。", None, None, "2023"),
    ("宁乡市妇联关爱儿童\n时值第74次“六一”国际儿童节,市妇联看望留守儿童。", None, None, "2023"),
    ("桐城市妇联开展禁毒宣传\n在第三十六次国际禁毒日,市妇联组织巾帼志愿者开展宣传。", None, None, "2023"),
    # ... near-misses: 次 after an ordinal of something else counts no year; 个 stays counted
    ("第三次全体会议在建德市召开,市妇联执委参加。", None, None, None),
    ("汤阴县妇联召开第二次执委会议,部署助残日活动。", None, None, None),
    ("在第34个全国助残日,临澧县妇联走访残疾妇女。", None, None, "2024"),
    # ... a round of events named after the day: not counted (nor, for now, the day's own 届)
    ("高河镇妇联举办第三届“三八”妇女节趣味运动会。", None, None, None),
    known(ROUND_OF_EVENTS, "在第七届中国农民丰收节到来之际,高河镇妇联组织妇女参加展销。", None, None, "2024"),
    # --- the year just past reviewed beside 今年 / 本年度 named only for the plans: the reviewed year ---
    ("岳西县妇联召开全委会\n发布时间：2024-01-08\n1月6日,岳西县妇联召开全委会,回顾过去一年工作,部署今年任务。",
     None, "2024-01-08", "2023"),
    ("平江县妇联执委会召开\n发布时间：2021-01-15\n会议总结了过去一年工作,对今年工作作出部署。", None,
     "2021-01-15", "2020"),
    ("洪洞县妇联召开工作会\n发布时间：2019-02-12\n过去的一年,全县妇联组织培训妇女3000人次。今年,县妇联将"
     "深入实施家庭教育行动。", None, "2019-02-12", "2018"),
    ("沅陵县妇联推进家庭教育\n发布时间：2022-01-20\n一年来,县妇联开展家庭教育讲座120场。今年,县妇联计划开展"
     "讲座150场。", None, "2022-01-20", "2021"),
    ("宁乡市妇联召开执委会\n发布时间：2023-01-11\n会议回顾总结了过去一年的工作,谋划了今年工作思路。", None,
     "2023-01-11", "2022"),
    ("建德市妇联召开执委会议\n发布时间：2024-01-08\n1月6日,市妇联召开执委会议,回顾过去一年工作,部署本年度工作。",
     None, "2024-01-08", "2023"),
    ("汤阴县妇联召开执委会议\n发布时间：2020-01-09\n会议总结了过去的一年,安排了本年度重点任务。", None,
     "2020-01-09", "2019"),
    # ... near-misses: 今年 for plans with no review is the text's year; a review with no year named
    # sets nothing; 今年以来 for work done keeps the text's year; no date, no year
    ("桐城市妇联开展慰问\n发布时间：2024-01-08\n1月6日,市妇联走访慰问困难妇女。今年,市妇联将继续关爱困难妇女。",
     None, "2024-01-08", "2024"),
    ("建德市妇联召开执委会议\n发布时间：2024-01-08\n1月6日,建德市妇联召开执委会议。会议回顾了过去一年的工作。",
     None, "2024-01-08", None),
    ("高河镇妇联开展活动\n发布时间：2024-06-20\n回顾过去一年,镇妇联培训妇女300人次。今年以来,镇妇联又开展讲座"
     "5场。", None, "2024-06-20", "2024"),
    ("汤阴县妇联开展培训\n发布时间：2024-06-20\n6月19日,县妇联开展培训。今年以来,县妇联共培训妇女3000人次,今年"
     "还将培训2000人次。", None, "2024-06-20", "2024"),
    ("临澧县妇联召开执委会议\n回顾过去一年工作,部署今年任务。", None, None, None),
    # --- a year-end review of another genre dated January: its 今年以来 is the year just ended ---
    ("岳西县妇联主席述职报告\n发布时间：2024-01-08\n今年以来,本人认真履行职责,带领县妇联培训妇女3000人次。",
     None, "2024-01-08", "2023"),
    ("平江县妇联工作回顾\n发布时间：2021-01-12\n今年以来,县妇联开展家庭教育讲座120场。", None, "2021-01-12",
     "2020"),
    ("洪洞县妇联执委会工作报告\n发布时间：2019-01-18\n各位执委:现在我代表县妇联常委会向大会报告工作。今年以来,"
     "县妇联培训妇女3000人次。", None, "2019-01-18", "2018"),
    ("沅陵县妇联工作汇报\n发布时间：2022-01-06\n今年以来,县妇联围绕中心工作,帮扶妇女500人。", None,
     "2022-01-06", "2021"),
    ("宁乡市妇联年度工作回顧\n發布時間：2023-01-10\n今年以來,市婦聯開展培訓30期。", None, "2023-01-10",
     "2022"),
    # ... near-misses: dated later in the year, a 报告会 or a 调研报告 dated January, a news item
    ("桐城市妇联述职报告\n发布时间：2023-07-08\n今年以来,本人带领市妇联培训妇女3000人次。", None,
     "2023-07-08", "2023"),
    ("建德市妇联举办巾帼宣讲报告会\n发布时间：2024-01-18\n今年以来,市妇联已举办宣讲报告会5场。", None,
     "2024-01-18", "2024"),
    ("汤阴县农村留守妇女调研报告\n发布时间：2024-01-18\n今年以来,县妇联走访留守妇女300人。", None,
     "2024-01-18", "2024"),
    ("临澧县妇联开展新春走访\n发布时间：2024-01-25\n今年以来,县妇联已走访慰问困难妇女120户。", None,
     "2024-01-25", "2024"),
    # --- a December day on a January page: the item was written in the year before ---
    ("临洮县妇联开展培训\n发布时间：2024-01-08\n12月30日,县妇联开展巾帼家政培训。今年以来,县妇联共培训妇女"
     "3000人次。", None, "2024-01-08", "2023"),
    ("岳西县妇联开展慰问\n发布时间：2023-01-05\n12月28日,岳西县妇联走访慰问困难妇女20户。今年,县妇联累计"
     "慰问困难妇女500户。", None, "2023-01-05", "2022"),
    ("东源县妇联开展宣讲\n发布时间：2022-02-10\n12月20日,东源县妇联开展普法宣讲活动。本年度全县共开展宣讲"
     "120场。", None, "2022-02-10", "2021"),
    ("平江县妇联召开会议\n发布时间：2021-01-03\n12月31日,平江县妇联召开年度工作会议。今年以来,全县妇联组织"
     "服务妇女2万人次。", None, "2021-01-03", "2020"),
    ("宜章县妇联开展义诊\n发布时间：2023-01-12\n11月25日,宜章县妇联联合县人民医院开展义诊。今年以来,县妇联"
     "共开展义诊12场。", None, "2023-01-12", "2022"),
    # ... near-misses: a day earlier than the page, a day named ahead, no 今年, a January day
    ("桐城市妇联召开执委会\n发布时间：2023-11-02\n10月30日,桐城市妇联召开执委会。今年以来,市妇联开展活动"
     "80场。", None, "2023-11-02", "2023"),
    ("宁乡市妇女代表大会将召开\n发布时间：2023-12-13\n宁乡市妇女代表大会将于12月17日召开。今年以来,市妇联开展"
     "活动80场。", None, "2023-12-13", "2023"),
    ("沅陵县妇联开展培训\n发布时间：2024-01-08\n12月30日,沅陵县妇联开展巾帼家政培训,培训妇女60人。", None,
     "2024-01-08", None),
    ("建德市妇联召开执委会\n发布时间：2024-01-08\n1月6日,建德市妇联召开执委会。今年,市妇联将开展培训50场。",
     None, "2024-01-08", "2024"),
    ("舒城县妇联启动培训\n发布时间：2023-11-04\n11月5日,舒城县妇联启动巾帼培训。今年以来,县妇联培训妇女"
     "2000人次。", None, "2023-11-04", "2023"),  # a day ahead: a copy's date, the same year
    ("汝州市妇联开展宣讲\n发布时间：2023-03-20\n5月12日,汝州市妇联开展宣讲。今年,市妇联开展宣讲30场。",
     None, "2023-03-20", "2023"),
]
