"""An eleventh probe audit of dates and periods (stop 33): short pages written for these tests, not
from the corpus, over the ways a report names a year against another that the earlier audits left
out: a counted day written with 次 (第三十四次全国助残日) as well as 个.

Each expected value is read by docs/ANNOTATION.md and the settled conventions of
eval/dev/README.md (stop 12: a year derived by counting an observance is stated; stop 14: a
one-event item whose text states no year and counts none has no period), not from the tool."""

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
]
