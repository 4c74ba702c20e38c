"""A thirteenth probe audit of dates and periods (stop 33, third wave): short pages written for these
tests, not from the corpus, over a selection round's results announced (公布2023年“最美家庭”评选结果:
the round's own work, not an honour's year), with near-misses that confer or commend the honours.

Each expected value is read by docs/ANNOTATION.md and the settled conventions of eval/dev/README.md
(stop 29 rounds: running a round or announcing its results gives the period, conferring or showing its
honours dates the honours; stop 14: a one-event item whose text states no year has no period), not
from the tool."""

from __future__ import annotations

# (text, url, date, period)
PROBES = [
    # --- a selection's results announced: the round's year is the period ---
    ("桐城市妇联公布评选结果\n12月17日,桐城市妇联公布2023年“最美家庭”评选结果,50户家庭入选。",
     None, None, "2023"),
    ("平江县妇联揭晓评选结果\n12月17日,平江县妇联揭晓2022年“巾帼建功标兵”评选结果。20名女性获此殊荣。",
     None, None, "2022"),
    ("宁乡市妇联发布评选结果\n12月17日,宁乡市妇联发布2021年“十佳女性”评选结果。", None, None, "2021"),
    ("建德市妇联公布名单\n12月17日,建德市妇联公布2019年“最美家庭”评比结果。", None, None, "2019"),
    ("洪洞县妇联公布名单\n发布时间：2023-12-18\n12月17日,洪洞县妇联公布2023年“最美家庭”评选名单,授予50户家庭"
     "荣誉称号。", None, "2023-12-18", "2023"),
    # ... near-misses: conferring or commending the round's honours dates the honours
    ("桐城市妇联开展表彰\n发布时间：2024-03-09\n3月8日,桐城市妇联表彰2023年“最美家庭”评选中涌现的先进典型。",
     None, "2024-03-09", None),
    ("岳西县妇联举行颁奖\n发布时间：2024-03-09\n3月8日,岳西县妇联为2023年“最美家庭”评选获奖家庭颁奖。",
     None, "2024-03-09", None),
    ("汤阴县妇联举行颁奖\n发布时间：2024-03-09\n3月8日,汤阴县妇联为2023年“最美家庭”评选活动中获奖的家庭"
     "颁奖。",
     None, "2024-03-09", None),
]
