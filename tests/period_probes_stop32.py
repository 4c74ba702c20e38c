"""A tenth probe audit of dates and periods (stop 32): short pages written for these tests, not
from the corpus, over three patterns the stop's fresh sets showed: a counted observance spaced apart
by a scan (第 113 个 “三八”), a stock figure's as-of year (截至2018年底,已建成…) in an item that
tells its own work as 今年, and a government's yearly work report cited for what it set out
(落实2018年市政府工作报告提出的…).

Each expected value is read by docs/ANNOTATION.md and the settled conventions of
eval/dev/README.md (stop 12: a year derived by counting an observance is stated; stop 14: a
one-event item whose 今年 gives the publication year covers that year; stop 23: a cited document's
years are not the report's), not from the tool."""

from __future__ import annotations

# (text, url, date, period)
PROBES = [
    # --- a counted observance spaced apart by a scan: still counted ---
    ("陽春三月,萬象更新。為隆重紀念第114個 “三八”國際婦女勞動節,澄江街道婦聯精心謀劃安排各項活動。",
     None, None, "2024"),
    ("为庆祝第 113 个“三八”国际妇女节,龙泉镇妇联举办座谈会。", None, None, "2023"),
    ("在第七个 中国农民丰收节到来之际,凤凰镇妇联组织妇女开展展销活动。", None, None, "2024"),
    ("为纪念第30个 国际志愿者日,城关街道妇联组织巾帼志愿者开展服务。", None, None, "2015"),
    ("在第114个 “三八”节来临之际,柳林社区妇联开展活动。", None, None, "2024"),
    ("在第 29 个全国助残日,东关街道妇联走访残疾妇女。", None, None, "2019"),
    # ... near-miss: an ordinal of something else counts no year
    ("第114个 志愿服务队在柳林社区成立。", None, None, None),
    # --- a stock figure's as-of year before an item that tells its work as 今年: the item's year ---
    ("我市已建母婴室102间\n2019-1-31 21:00\n1月30日,市妇联组织代表考察母婴室建设情况。截至2018年底,我市已建成"
     "102间母婴室,今年还将推动镇区再建70间母婴室。", None, "2019-01-31", "2019"),
    ("县妇联调研儿童之家建设\n发布时间：2020-03-12\n3月11日,县妇联调研儿童之家建设。截至2019年底,全县已建成"
     "儿童之家86个,今年将新建20个。", None, "2020-03-12", "2020"),
    ("区妇联督导妇女之家\n发布时间：2021-04-02\n4月1日,区妇联督导妇女之家建设。截止2020年底,全区共建妇女之家"
     "120个。今年,区妇联将继续推进。", None, "2021-04-02", "2021"),
    ("市妇联部署巾帼家政培训\n发布时间：2018-02-26\n2月25日,市妇联部署家政培训工作。截至2017年末,全市累计培训"
     "家政服务员5000人次,今年计划培训2000人次。", None, "2018-02-26", "2018"),
    ("镇妇联推进庭院经济\n发布时间：2022-05-06\n5月5日,镇妇联召开庭院经济推进会。截止到2021年12月,全镇发展"
     "美丽庭院300户,今年再创建100户。", None, "2022-05-06", "2022"),
    # ... near-misses: with no 今年 the as-of year stays the year counted to; an as-of of the item's
    # own year changes nothing
    ("县妇联2018年工作情况\n发布时间：2019-01-10\n截至2018年底,县妇联共建成妇女之家120个,培训妇女3000人次。",
     None, "2019-01-10", "2018"),
    ("区妇联调研儿童之家\n发布时间：2019-11-10\n11月9日,区妇联调研儿童之家。截至2019年10月,全区已建成儿童之家"
     "86个,今年新建20个。", None, "2019-11-10", "2019"),
    # --- a government's yearly work report cited for what it set out: not the item's year ---
    ("市妇联推进母婴室建设\n发布时间：2019-03-10\n3月9日,市妇联调研母婴室建设。为落实2018年市政府工作报告提出"
     "的任务,今年全市将新建母婴室70间。", None, "2019-03-10", "2019"),
    ("区妇联推进儿童之家\n发布时间：2021-06-10\n6月9日,区妇联推进儿童之家建设,落实2020年度区政府工作报告部署,"
     "今年新建儿童之家12个。", None, "2021-06-10", "2021"),
    ("镇妇联开展技能培训\n发布时间：2018-04-10\n4月9日,镇妇联开展技能培训。按照2017年镇人民政府工作报告要求,"
     "今年培训妇女500人次。", None, "2018-04-10", "2018"),
    ("省妇联部署家庭教育\n发布时间：2022-04-10\n4月9日,省妇联部署家庭教育工作,贯彻2021年省政府工作报告,今年"
     "建设家长学校100所。", None, "2022-04-10", "2022"),
    ("县妇联开展两癌筛查\n发布时间：2020-05-10\n5月9日,县妇联启动两癌筛查。这是2019年县政府工作报告确定的民生"
     "实事,今年将筛查3000人。", None, "2020-05-10", "2020"),
    # ... near-miss: the work's own year stated beside the cited report stays the period
    ("县妇联两癌筛查工作总结\n发布时间：2019-01-10\n2018年县政府工作报告将两癌筛查列为民生实事。2018年,县妇联完成"
     "筛查3000人。", None, "2019-01-10", "2018"),
]
