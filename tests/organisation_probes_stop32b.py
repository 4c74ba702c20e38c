"""Stop-32 (second round) probes of the reporting body and its level: short pages written for
this test (no report text), with real places of the gazetteer.

A county or banner whose stem is long (a transliteration, an autonomous county's proper name:
前郭尔罗斯|蒙古族自治县, 东乌珠穆沁旗, 鄂温克族|自治旗, 隆林各|族自治县) is written by the first
characters of its stem and its level word (前郭县, 东乌旗, 鄂温克旗, 隆林县): the gazetteer's own
names give those short forms, each read where only one unit's stem opens so (fresh32
452dc941e310: 记者在前郭县采访 … 县妇联 placed in another city's 双辽市). A federation named by the
short form is kept as written (前郭县妇联); one named by its level word alone (县妇联) in a page
that writes its unit by the short form is that unit's federation, by its full name. Near misses
(unchanged): a short form several banners' stems open (巴林旗: 巴林左旗 and 巴林右旗; 新巴旗),
a stem that is another unit's already (喀喇沁县 is 喀喇沁旗, not 喀喇沁左翼蒙古族自治县), the full
name and a two-character stem with its level word (长阳县).
A 来源 line naming a unit's government or party organ (来源:甲街道办事处, 来源:乙镇人民政府) signs the
item where the federations the opening names come only through their officers: a visit by a
higher federation's leaders and their escorts (全国妇联副主席一行到兴旺社区考察,省妇联主席陪同),
no federation doing the work (fresh32b 0f31e9a58850; the batch-44 reading: a 来源 body other than
the site's owner decides before the visit readings), as a 供稿 label naming the organ does.
Near misses (unchanged): a federation that acts in the opening (跃龙街道妇联开展…, 宁海县妇联在跃龙
街道开展…), a 来源 line naming a department (司法局) or an outlet (融媒体中心).
The same 来源 organ where no federation or acting unit is found at all (桃源社区开展… with no
parent, 巾帼宣讲员走进各村, 新联村“两委”组织…: none before, the level only): tried in stop 32 and
dropped, it moved no report of fresh32, fresh32b or dev32; its cases are strict gaps
(``SOURCE_ORGAN_ALONE``).
Two rare characters a few characters apart with one common one between, as a county's or a
city's name and its town's share a rare character (临洮县洮阳镇, 东莞市莞城街道, 诸暨市暨阳街道,
黄骅市骅东街道) or an autonomous county's nationalities hold two (拉祜族佤族), are read by the
cleaner as a core of mojibake (garble._rare_cores) and deleted from the text: the federation is
then placed in another unit (东莞市莞城街道妇联 -> 东城街道妇联) or none. Fifty chains of a current
township and its county failed so. Fixed by the lead in stop 32 as a cleaner defect (a core whose
rare characters all lie in names the gazetteer finds around it is no mojibake; garble.py): no
report of the test half, dev32 or the fresh sets moved, and the mojibake detection is kept.
Near misses (pass): chains whose rare core is too short or reads as words (岷县岷阳镇,
无棣县棣丰街道).
A town, a street or a village that holds its own event in the opening, with a 在-phrase of its
venue before the verb (甲镇在乙村举办…) or a higher federation's officer invited to it (县妇联副主席
应邀授课, 受邀作专题讲座), is the author over the federation whose officer is only its guest; the
federation is read instead (a guest is only one who attends: 出席, 到场; a 在-phrase keeps the unit
from acting over any federation named). Tried in stop 32 (应邀/受邀 made a guest's verb, and the
在-phrase allowed before the unit's verb where the named federation is only a guest) and dropped:
it passed these probes but moved no report of fresh32, fresh32b or dev32; its cases are strict
gaps (``HOST_UNIT_OVER_INVITED_GUEST``). Near misses (pass): a federation that holds the event
itself with its own chair invited (彭泽县妇联在马垱镇举办…,县妇联主席应邀授课), a town's federation
holding it with a guest (马垱镇妇联在新联村举办…,彭泽县妇联主席出席).
Each case: kind, title, body, url, organisation, level, as ``test_organisation_probes25.py``
runs them."""

from __future__ import annotations

from .conftest import known_because

SOURCE_ORGAN_ALONE = ("a 来源 line naming a unit's organ where no federation or acting unit is found: "
                      "tried in stop 32 and dropped, it moved no report of fresh32, fresh32b or dev32")
HOST_UNIT_OVER_INVITED_GUEST = ("a town or village holding its own event (甲镇在乙村举办…) with a higher "
                                "federation's officer invited (应邀授课) or attending: the guest's "
                                "federation is read; a fix was tried in stop 32 and dropped, it moved "
                                "no report of fresh32, fresh32b or dev32")

PROBES = [
    # a federation named by the short form (opening, byline, dateline, credit, headline)
    ("county short form", "巾帼宣讲进牧区", "近日,前郭县妇联在查干花镇开展巾帼宣讲,200余名妇女参加。", None,
     "前郭县妇联", "county"),
    ("county short form", "旗妇联开展巾帼宣讲",
     "(通讯员 王丽)日前,西乌旗妇联走进巴拉嘎尔高勒镇开展巾帼宣讲,100余名牧民参加。", None, "西乌旗妇联",
     "county"),
    ("county short form", "巾帼宣讲进牧区",
     "近日,鄂温克旗妇联在巴彦托海镇开展巾帼宣讲,200余名牧民参加。", None, "鄂温克旗妇联", "county"),
    ("county short form", "关爱留守儿童",
     "近日,杜尔伯特县妇联组织志愿者走访留守儿童30名,送去学习用品。", None, "杜尔伯特县妇联", "county"),
    ("county short form", "隆林县妇联举办妇女创业培训",
     "3月8日,县妇联举办妇女创业培训班,60名妇女参加。", None, "隆林县妇联", "county"),
    ("county short form", "妇女创业培训开班",
     "近日,县妇联为300名妇女免费筛查。\n来源:前郭县妇联", None, "前郭县妇联", "county"),
    # a federation named by its level word alone in a page that names the unit by the short form
    ("county short form", "县妇联开展巾帼宣讲",
     "前郭县讯 近日,县妇联在查干花镇开展巾帼宣讲,200余名妇女参加。", None, "前郭尔罗斯蒙古族自治县妇联",
     "county"),
    ("county short form", "县妇联开展巾帼宣讲",
     "近日,县妇联深入前郭县查干花镇开展巾帼宣讲,200余名妇女参加。", None, "前郭尔罗斯蒙古族自治县妇联",
     "county"),
    ("county short form", "奶牛养殖协会带富妇女",
     "记者在前郭县采访,全县783名妇女饲养奶牛。县妇联于去年组织成立了奶牛养殖协会。", None,
     "前郭尔罗斯蒙古族自治县妇联", "county"),
    ("county short form", "旗妇联举办妇女创业培训",
     "近日,旗妇联在东乌旗乌里雅斯太镇举办妇女创业培训,60名牧民妇女参加。", None, "东乌珠穆沁旗妇联",
     "county"),
    ("county short form", "旗妇联开展两癌筛查",
     "近日,旗妇联联合旗卫健委在莫力旗尼尔基镇为300名妇女免费筛查。", None, "莫力达瓦达斡尔族自治旗妇联",
     "county"),
    # near misses: a short form several stems open, another unit's stem, the full name, a
    # two-character stem
    ("county short form", "旗妇联举办妇女创业培训",
     "近日,旗妇联在巴林旗举办妇女创业培训,60名妇女参加。", None, "旗妇联", "county"),
    ("county short form", "妇女创业培训开班", "近日,新巴旗妇联举办妇女创业培训,60名妇女参加。", None,
     "旗妇联", "county"),
    ("county short form", "妇女创业培训开班", "近日,喀喇沁县妇联举办妇女创业培训,60名妇女参加。", None,
     "喀喇沁县妇联", "county"),
    ("county short form", "妇女创业培训开班",
     "近日,前郭尔罗斯蒙古族自治县妇联举办妇女创业培训,60名妇女参加。", None, "前郭尔罗斯蒙古族自治县妇联",
     "county"),
    ("county short form", "县妇联举办妇女创业培训",
     "近日,县妇联在长阳县举办妇女创业培训,60名妇女参加。", None, "长阳县妇联", "county"),
    # a 来源 line naming a unit's organ over an opening whose federations are visitors or escorts
    ("source organ", "全国妇联领导考察兴旺社区",
     "来源:新阳街道办事处 日期: 2014-11-19\n11月7日,全国妇联副主席一行到兴旺社区考察,福建省妇联主席、"
     "市妇联主席等陪同调研。", None, "新阳街道办事处", "township"),
    ("source organ", "省妇联领导调研东街村",
     "来源:洮阳镇人民政府\n近日,甘肃省妇联副主席一行到东街村调研妇女之家建设,临洮县妇联主席陪同。", None,
     "洮阳镇人民政府", "township"),
    ("source organ", "市妇联领导调研许村镇",
     "来源:许村镇人民政府 发布时间:2023-03-08\n3月6日,嘉兴市妇联主席一行到许村镇调研巾帼创业工作。", None,
     "许村镇人民政府", "township"),
    ("source organ", "省妇联主席走访北白象镇",
     "来源:北白象镇人民政府\n近日,浙江省妇联主席一行到北白象镇走访巾帼创业基地,乐清市妇联主席陪同。", None,
     "北白象镇人民政府", "township"),
    ("source organ", "县妇联主席调研跃龙街道",
     "来源:跃龙街道办事处\n近日,宁海县妇联主席一行到跃龙街道调研妇女议事会工作。", None, "跃龙街道办事处",
     "township"),
    # ... where no federation or acting unit is found (dropped: strict gaps)
    known_because(SOURCE_ORGAN_ALONE, "source organ", "社区开展亲子阅读",
                  "近日,桃源社区开展亲子阅读活动,50组家庭参加。\n来源:跃龙街道办事处", None, "跃龙街道办事处",
                  "township"),
    known_because(SOURCE_ORGAN_ALONE, "source organ", "社区开展亲子阅读",
                  "来源:跃龙街道办事处\n近日,桃源社区居民开展亲子阅读活动,50组家庭参加。", None,
                  "跃龙街道办事处", "township"),
    known_because(SOURCE_ORGAN_ALONE, "source organ", "村开展护河行动",
                  "来源:北白象镇人民政府\n近日,新联村“两委”组织妇女清理河道,30名妇女参加。", None,
                  "北白象镇人民政府", "township"),
    known_because(SOURCE_ORGAN_ALONE, "source organ", "巾帼宣讲",
                  "来源:马垱镇人民政府\n近日,全镇各村妇女积极参加巾帼宣讲,200名妇女参加。", None,
                  "马垱镇人民政府", "township"),
    known_because(SOURCE_ORGAN_ALONE, "source organ", "巾帼宣讲",
                  "来源:马垱镇人民政府\n近日,巾帼宣讲员走进各村,200名妇女参加。", None, "马垱镇人民政府",
                  "township"),
    # near misses: a federation that acts, a department, an outlet
    ("source organ", "家风宣讲进社区", "来源:跃龙街道办事处\n近日,跃龙街道妇联开展家风宣讲,100余名居民参加。",
     None, "跃龙街道妇联", "township"),
    ("source organ", "家风宣讲进社区",
     "来源:跃龙街道办事处\n近日,宁海县妇联在跃龙街道开展家风宣讲,县妇联主席出席。", None, "宁海县妇联",
     "county"),
    ("source organ", "县妇联主席调研跃龙街道",
     "来源:宁海县融媒体中心\n近日,宁海县妇联主席一行到跃龙街道调研妇女议事会工作。", None, "宁海县妇联",
     "county"),
    # places sharing a rare character, once read as mojibake by the cleaner
    ("place as mojibake", "护河行动",
                  "3月8日,临洮县洮阳镇妇联组织妇女开展护河行动,200名妇女参加。", None, "洮阳镇妇联",
                  "township"),
    ("place as mojibake", "插花活动迎三八",
                  "3月8日,东莞市莞城街道妇联举办插花活动,30名妇女参加。", None, "莞城街道妇联", "township"),
    ("place as mojibake", "家风宣讲进社区",
                  "近日,诸暨市暨阳街道妇联开展家风宣讲,100余名居民参加。", None, "暨阳街道妇联", "township"),
    ("place as mojibake", "两癌筛查暖人心",
                  "近日,黄骅市骅东街道妇联为300名妇女免费筛查。", None, "骅东街道妇联", "township"),
    ("place as mojibake", "妇女创业培训",
                  "近日,双江拉祜族佤族布朗族傣族自治县妇联举办妇女创业培训,60名妇女参加。", None,
                  "双江拉祜族佤族布朗族傣族自治县妇联", "county"),
    # near misses: a short or word-like core
    ("place as mojibake", "护河行动", "3月8日,岷县岷阳镇妇联组织妇女开展护河行动,200名妇女参加。", None,
     "岷阳镇妇联", "township"),
    ("place as mojibake", "巾帼志愿者走进敬老院", "近日,无棣县棣丰街道妇联组织巾帼志愿者走进敬老院。", None,
     "棣丰街道妇联", "township"),
    # a unit holding its own event, a higher federation's officer invited (dropped: strict gaps)
    known_because(HOST_UNIT_OVER_INVITED_GUEST, "invited guest", "巾帼宣讲进乡村",
                  "近日,马垱镇在镇文化站举办巾帼宣讲,县妇联副主席应邀授课。", None, "马垱镇", "township"),
    known_because(HOST_UNIT_OVER_INVITED_GUEST, "invited guest", "巾帼宣讲进乡村",
                  "近日,马垱镇举办巾帼宣讲,彭泽县妇联副主席应邀授课。", None, "马垱镇", "township"),
    known_because(HOST_UNIT_OVER_INVITED_GUEST, "invited guest", "家庭教育讲座",
                  "近日,许村镇在新联村举办家庭教育讲座,海宁市妇联副主席应邀授课,200名妇女参加。", None,
                  "许村镇", "township"),
    known_because(HOST_UNIT_OVER_INVITED_GUEST, "invited guest", "家庭教育讲座",
                  "近日,跃龙街道在桃源社区举办家庭教育讲座,宁海县妇联主席受邀作专题讲座。", None, "跃龙街道",
                  "township"),
    known_because(HOST_UNIT_OVER_INVITED_GUEST, "invited guest", "“三八”表彰大会",
                  "3月8日,北白象镇在镇文化礼堂举办“三八”表彰大会,乐清市妇联主席出席并讲话。", None,
                  "北白象镇", "township"),
    known_because(HOST_UNIT_OVER_INVITED_GUEST, "invited guest", "家庭教育讲座",
                  "近日,洮阳镇东街村举办家庭教育讲座,临洮县妇联副主席应邀授课。", None, "东街村", "village"),
    # near misses: the federation holds the event; a town's federation with a guest
    ("invited guest", "巾帼宣讲进乡村", "近日,彭泽县妇联在马垱镇举办巾帼宣讲,县妇联主席应邀授课。", None,
     "彭泽县妇联", "county"),
    ("invited guest", "巾帼宣讲进乡村", "近日,马垱镇妇联在新联村举办巾帼宣讲,彭泽县妇联主席出席。", None,
     "马垱镇妇联", "township"),
]
