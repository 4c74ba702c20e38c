"""A sixth probe audit of periods (stop 29, second wave): short pages written for these tests on
a body's founding told in a feature about it. A clause that a year (or its month) opens and
that founds a named body (2021年,某社区成立“巾帼妈妈”志愿服务队 / 2018年11月,某社区妇联按照…要求,成立妇女微家)
dates the background of the work the feature tells since: it sets no period (stop 28: a founding
year gives no period of a feature about the body founded, dated or not). The near misses keep
their years: a review's founding (the title says 回顾, 总结, 报告), a dated item of the founding
year (it reports the founding), teams a federation builds (unnamed or counted), a founding told
to the day (the item's own event), a span the founding opens (成立以来), and a drive's 创建
(创建“美丽庭院”示范户). Each expected value is read by
docs/ANNOTATION.md and the settled conventions of eval/dev/README.md, not from the tool."""

from __future__ import annotations

from .conftest import known_because as known

FOUNDED_SPAN = ("Y年成立以来 on a dated page frames a span from the founding to the date (stop 28); the "
                "open-span reader takes 以来 only right after the year, not after 成立: another family, not "
                "tried this round")

# (text, url, date, period)
PROBES = [
    # --- a feature's founding year: background of the work told since ---
    ("原州区“巾帼妈妈”传递温暖\n发布时间：2022-01-12\n2021年,固原市原州区某社区成立“巾帼妈妈”志愿服务队。"
     "目前服务队有骨干34名,常年为辖区老人提供服务。", None, "2022-01-12", None),
    ("凤凰街有个妇女微家\n为倡导邻里和睦新风尚,2018年11月,北桥社区妇联按照区妇联要求,率先成立凤凰街首个妇女微家。"
     "妇女微家定期开展家庭教育讲座。", None, None, None),
    ("涟水县巾帼志愿者的故事\n发布时间：2020-06-02\n2017年3月,涟水县妇联组建“巾帼红”志愿服务队。如今,服务队"
     "常年走访留守儿童。", None, "2020-06-02", None),
    ("平遥县有个巾帼合作社\n2016年,平遥县妇女创办全县首家巾帼种植合作社。合作社带动周边妇女就业。",
     None, None, None),
    # --- near misses: teams a federation builds, unnamed or counted, are its work of the year ---
    ("平遥县巾帼志愿服务见闻\n发布时间：2020-06-02\n2018年,平遥县妇联组建巾帼志愿服务队12支,常年走访留守儿童。",
     None, "2020-06-02", "2018"),
    # ... a review's founding is a year of its work
    ("涟水县妇联工作回顾\n2018年,县妇联成立了巾帼志愿服务队。全年开展志愿服务50次。", None, None, "2018"),
    ("平遥县妇联2019年工作总结\n发布时间：2020-01-10\n2019年,县妇联组建巾帼宣讲团,开展宣讲30场。", None,
     "2020-01-10", "2019"),
    # ... a dated item of the founding year reports the founding itself
    ("涟水县成立巾帼志愿服务队\n发布时间：2019-05-10\n2019年5月,涟水县妇联组建巾帼志愿服务队。", None,
     "2019-05-10", "2019"),
    # ... a founding told to the day is the item's own event
    ("兴义市首家巾帼合作社成立\n2019年5月9日,兴义市首家巾帼合作社成立。", None, None, "2019"),
    # ... a span the founding opens frames the work on a dated page
    known(FOUNDED_SPAN,
          "原州区巾帼志愿服务队服务群众\n发布时间：2022-01-12\n2020年成立以来,原州区巾帼志愿服务队开展服务300次。",
          None, "2022-01-12", "2020-2022"),
    # ... a drive's 创建 is its work, not a body's founding
    ("城固县推进“美丽庭院”示范户创建\n2022年,城固县妇联开展“美丽庭院”示范户创建工作,评出示范户60户。",
     None, None, "2022"),
    # ... and a year after the founding sentence that states the work keeps it
    ("涟水县巾帼志愿者的故事\n发布时间：2020-06-02\n2017年3月,涟水县妇联组建“巾帼红”志愿服务队。2019年,服务队开展"
     "志愿服务80场。", None, "2020-06-02", "2019"),
]
