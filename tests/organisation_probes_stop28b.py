"""Stop-28 second-round probes of the reporting body and its level: short pages written for this
test (no report text), with real places of the gazetteer, over the family the round read in
dev28's extras. Kept: a page whose headline or opening makes a class of federations, after the
places it lies in, the subject of the work (宁波市各区县妇联…, 湖北省各级妇联组织…, 西藏拉萨市各级
妇联…: a province's stem before its unit) collects the class's items and has no author, where it
names federations of two units of one level, or where the headline and the opening both make the
class the subject (an excerpt may keep one member's item); only the class's own places stay.
Near misses: a headline class over one member's item that the opening makes the actor, and an
opening class beside one member that the text singles out, stay that member's. Dropped, kept as
strict gaps: a unit acting in the opening whose federation the text names later only as the
subject of no work verb (县妇联表彰奖励了…) is the unit, as where its federation is named only
through officers (dev28 gained one county report and lost three whose gold is the federation).
Each case: kind, title, body, url, organisation, level, as ``test_organisation_probes25.py``
runs them."""

from __future__ import annotations

PROBES = [
    # the class in the headline and again as the opening's subject: a collection, one item kept
    ("collection", "巾帼风采 | 宁波市各区县妇联这样过三八",
     "“三八”前后,宁波市各区县妇联推出系列庆祝活动。宁海县妇联举办插花沙龙,60名妇女参加。", None, None,
     "unknown"),
    # the class as the opening's subject over items of two counties, the headline no class
    ("collection", "以家为笔 共绘育人同心圆",
     "家庭教育宣传周期间,湖北省各级妇联组织开展形式多样的宣传活动。宜昌市夷陵区妇联举办家长课堂;"
     "黄冈市团风县妇联开展亲子阅读,200组家庭参加。", None, None, "unknown"),
    # a province's stem before the class's unit (西藏拉萨市): still the class's places
    ("collection", "西藏拉萨市各级妇联开展“巾帼夜校”培训",
     "近日,拉萨市各级妇联组织开展巾帼夜校培训,500名妇女参加。城关区妇联邀请老师讲授电商知识。", None,
     None, "unknown"),
    # near misses: a headline class over one member's item the opening makes the actor
    ("collection", "巾帼风采 | 宁波市各区县妇联这样过三八",
     "近日,宁海县妇联举办插花沙龙,县妇联主席王敏出席。", None, "宁海县妇联", "county"),
    # (an opening class beside the one member the text singles out: that member's report)
    ("collection", "家风建设工作总结",
     "今年以来,江北区各街镇妇联扎实推进家风建设。慈城镇妇联举办家风讲堂20场,受益群众1000余人。", None,
     "慈城镇妇联", "township"),
    # a unit convening a meeting, its federation awarding inside it (会上,…): the unit (stop-33 wave-1
    # row 15; the wider stop-28 reading of any later clause stays dropped)
    ("unit_meeting", "全县妇女工作会议召开",
     "3月10日,宜章县在县会议中心召开全县妇女工作会议,300余人参加。会上,县妇联表彰奖励了"
     "20名三八红旗手。", None, "宜章县", "county"),
    # (near miss: the federation named only through its officers: the unit, as before)
    ("unit_meeting", "全县妇女工作会议召开",
     "3月10日,宜章县在县会议中心召开全县妇女工作会议,县妇联主席王丽作工作报告,300余人参加。", None,
     "宜章县", "county"),
]
