"""Stop-29 second-round probes of the reporting body and its level: short pages written for
this test (no report text), with real places of the gazetteer. The round read the admin-level
misses of the dev reports where the body is missing or wrong, and where the level could be read
without the body.

Kept: a unit written at the head of the title's or opening's clause right before a quoted name
(甲县“陇原巧手”编织培训开班, 甲镇“爱心妈妈”结对活动启动) owns the named work: with no federation
the author, the unit is, as written, at its level (the stop-29 adjudication: a unit written as
the owner of the work in the title or first sentence is the author). Near misses: a unit in a
在-phrase before a quoted name (the scene, not the owner: no author, the level of the
place as before); a federation that acts in the opening
stays the author.
Kept: the body of a zone the division codes do not list (a business district, 南宁中央商务区妇联) or
of a scenic area or park named after a unit (武夷山景区妇委会) sits outside the civil hierarchy:
its level is unknown, not the county level its word 区 reads as (the stop-23 and stop-24
adjudications), its city kept. Near misses: a zone the codes list at county level (沧州渤海新区),
a district's federation that works in a scenic area.
Each case: kind, title, body, url, organisation, level, as ``test_organisation_probes25.py``
runs them."""

from __future__ import annotations

PROBES = [
    # a unit before the quoted name of its own work, no federation the author
    ("named work", "临洮县“陇原巧手”编织培训开班",
     "近日,临洮县“陇原巧手”编织技能培训在县职教中心开班,60名妇女参加培训。\n培训为期10天。", None,
     "临洮县", "county"),
    ("named work", "宁乡市“爱心妈妈”结对活动启动",
     "3月5日,宁乡市“爱心妈妈”结对关爱活动正式启动,200名留守儿童结对。\n活动将持续一年。", None,
     "宁乡市", "county"),
    ("named work", "三市镇“巾帼巧手”培训班开班",
     "近日,平江县三市镇“巾帼巧手”培训班开班,40名妇女参加。\n培训内容包括刺绣和编织。", None,
     "三市镇", "township"),
    # near misses: the unit in a 在-phrase (the scene); a federation that acts in the opening
    ("named work", "编织培训开班",
     "近日,编织技能培训在临洮县“巧手之家”开班,60名妇女参加培训。\n培训为期10天。", None,
     None, "county"),
    ("named work", "临洮县妇联举办“陇原巧手”培训",
     "近日,临洮县妇联举办“陇原巧手”编织技能培训,60名妇女参加。\n培训为期10天。", None,
     "临洮县妇联", "county"),
    # a zone the codes do not list, a scenic area: outside the hierarchy
    ("outside zone", "南宁中央商务区妇联成立",
     "近日,南宁中央商务区妇联成立,选举产生第一届执委会,20名执委当选。", None, "南宁中央商务区妇联",
     "unknown"),
    ("outside zone", "景区巾帼志愿服务",
     "近日,武夷山景区妇委会组织巾帼志愿者为游客服务,50名妇女参加。", None, "武夷山景区妇委会", "unknown"),
    # near misses: a zone the codes list; a district's federation at work in a scenic area
    ("outside zone", "渤海新区妇联召开执委会",
     "近日,沧州市渤海新区妇联召开执委会议,部署全年工作。", None, "渤海新区妇联", "county"),
    ("outside zone", "江阳区妇联开展志愿服务",
     "近日,江阳区妇联组织志愿者走进峨眉山景区,为游客服务。", None, "江阳区妇联", "county"),
]
