"""Stop-31 probes of the reporting body and its level: short pages written for this test (no
report text), with real places of the gazetteer.

An officer written with the term of the committee she sits on (街道妇联二届执委, 镇妇联第三届执委)
is the federation's people attending, as 执委 alone is: where the unit acts in the title or
opening and its federation is named only so, the unit wrote it (the stop-16 acting unit). Near
misses: the federation holding its own executive-committee meeting of a term stays the author.

A community named after the street or village it grew from (北海东街社区, 王家村社区) is one name:
its federation is the community's, at village level, written with 社区, not a street's federation
named by the 街 inside it. Near misses: a street's federation acting in a community stays the
street's; a city's federation that trains community cadres stays the city's.

A headline or opening that makes a place the actor (甲区让…成为…, its city written by its stem: 铜川
王益区) with its federation told of only in what someone says (its chair's words: 主席说,近年来,区妇联
依托…; a quotation) is the place's: the federation acts in no clause of the report (the stop-26
headline-place case; a federation's work told only in a speech makes it no author). Near misses:
the federation itself the headline's actor, or acting in the opening, stays the author.

A story told first (a quotation, a family thanked by a visiting village 执委) and then framed as
a scene of a body's work (这是甲市妇联开展的“…”活动中的一幕 / 的一个缩影 / 的生动写照) is that
body's report: the people in the story are its system's, not authors. Near misses: a federation
acting in the opening (乙村妇联组织…, 乙街道妇联举办…) stays the author whatever frame follows.
Each case: kind, title, body, url, organisation, level, as ``test_organisation_probes25.py``
runs them."""

from __future__ import annotations

STORY = "“孩子有了自己的书桌,学习认真多了。”日前,李大姐握着上门走访的"  # a story, a village 执委 in it

PROBES = [
    # a unit acting, its federation named only through officers of a numbered term
    ("level", "永中街道开展家风宣讲活动",
     "3月8日,永中街道在社区广场开展家风宣讲活动,街道妇联二届执委、各社区妇联主席和100余名居民参加。",
     None, "永中街道", "township"),
    ("level", "北白象镇举办巧手编织培训班",
     "近日,北白象镇举办巧手编织培训班,镇妇联第三届执委及60名妇女参加培训。", None, "北白象镇",
     "township"),
    ("level", "乐清市召开妇女儿童工作会议",
     "3月2日,乐清市召开妇女儿童工作会议,市妇联十四届执委、各乡镇分管领导参加会议。", None,
     "乐清市", "county"),
    ("level", "柿树沟社区开展母亲节活动",
     "5月11日,王家河街道柿树沟社区开展母亲节主题活动,社区妇联第一届执委带领志愿者为母亲送花。", None,
     "柿树沟社区", "village"),
    ("level", "龙湾区举办巾帼宣讲活动",
     "近日,龙湾区举办巾帼宣讲活动,区妇联第五届执委会委员和各街道妇联主席参加。", None, "龙湾区",
     "county"),
    # near misses: the federation's own meeting of a term is its work
    ("level", "永中街道妇联召开二届三次执委会议",
     "3月8日,永中街道妇联召开二届三次执委会议,街道党工委书记出席。", None, "永中街道妇联",
     "township"),
    ("level", "永中街道妇联第二届执委会第三次会议召开",
     "3月8日,永中街道妇联第二届执委会第三次会议召开,全体执委参加。", None, "永中街道妇联",
     "township"),
    # a community named after its street or village: one name, at village level
    ("level", "人民路街道北海东街社区开展母亲节活动",
     "5月11日,人民路街道北海东街社区妇联在社区广场开展母亲节活动,50名居民参加。", None,
     "北海东街社区妇联", "village"),
    ("level", "和平街社区妇联举办插花活动",
     "近日,永中街道和平街社区妇联举办插花活动,30名妇女参加。", None, "和平街社区妇联", "village"),
    ("level", "王家村社区妇联开展义诊",
     "3月8日,北白象镇王家村社区妇联联合卫生院开展义诊,为120名妇女体检。", None, "王家村社区妇联",
     "village"),
    ("level", "新华街社区妇联开展反家暴宣传",
     "近日,王家河街道新华街社区妇联开展反家暴宣传,发放资料300份。", None, "新华街社区妇联",
     "village"),
    ("level", "东大街社区妇联开展家风讲座",
     "近日,东大街社区妇联开展家风讲座,80名居民参加。", None, "东大街社区妇联", "village"),
    # near misses: a street's federation acting in a community; a city's federation training
    # community cadres
    ("level", "人民路街道妇联开展母亲节活动",
     "5月11日,人民路街道妇联在北海东街社区开展母亲节活动,50名居民参加。", None, "人民路街道妇联",
     "township"),
    ("level", "西宁市社区妇联干部培训班开班",
     "近日,西宁市妇联举办社区妇联干部培训班,120名学员参加。", None, "西宁市妇联", "city"),
    # a place made the actor, its federation only in reported speech
    ("level", "铜川王益区让妇女儿童之家成为幸福乐园",
     "近日,记者走进王家河街道柿树沟社区,居民在这里读书健身。\n王益区妇联主席陈金金说,今年全区建成阵地13个。",
     None, "王益区", "county"),
    ("level", "温州龙湾区让妇女之家成为姐妹们的娘家",
     "近日,记者走进永中街道和平社区,妇女们在这里学习插花。\n龙湾区妇联主席李丽说,近年来,区妇联依托党群服务"
     "中心建成妇女之家30个。", None, "龙湾区", "county"),
    ("level", "乐清市北白象镇让巾帼志愿服务成为品牌",
     "3月8日,记者来到北白象镇文化礼堂,志愿者正为老人理发。\n北白象镇妇联主席王芳介绍,镇妇联组建了12支巾帼"
     "志愿服务队。", None, "北白象镇", "township"),
    ("level", "五家渠人民路街道开展家风宣讲活动",
     "5月11日,人民路街道在社区广场开展家风宣讲活动,100余名居民参加。\n街道妇联主席表示,街道妇联将持续开展"
     "此类活动。", None, "人民路街道", "township"),
    ("level", "王益区开展巾帼宣讲活动",
     "3月8日,王益区在区文化馆开展巾帼宣讲活动,200余名妇女参加。\n“近年来,区妇联组建了20支宣讲队。”王益区"
     "妇联主席陈金金说。", None, "王益区", "county"),
    # near misses: the federation the headline's actor, or acting in the title and opening
    ("level", "龙湾区妇联让妇女之家成为姐妹们的娘家",
     "近日,记者走进永中街道和平社区,妇女们在这里学习插花。\n龙湾区妇联主席李丽说,区妇联依托党群服务中心建成"
     "妇女之家30个。", None, "龙湾区妇联", "county"),
    ("level", "王益区妇联开展巾帼宣讲活动",
     "3月8日,王益区妇联在区文化馆开展巾帼宣讲活动,200余名妇女参加。\n区妇联主席陈金金说,近年来,区妇联组建了"
     "20支宣讲队。", None, "王益区妇联", "county"),
    # a story framed as a scene of a body's work
    ("level", "姐妹上门访暖人心", STORY
     + "北白象镇王家村妇联执委的手连声道谢。\n"
     "这是乐清市妇联开展的“姐妹上门访”活动中的一幕。今年以来,乐清市妇联组织执委走访困难家庭500户。", None,
     "乐清市妇联", "county"),
    ("level", "姐妹上门访暖人心", STORY
     + "北白象镇王家村妇联执委的手连声道谢。\n"
     "这是市妇联开展的“姐妹上门访”活动中的一幕。今年以来,市妇联组织执委走访困难家庭500户。", None,
     "乐清市妇联", "county"),
    ("level", "姐妹上门访暖人心", STORY
     + "永中街道和平社区妇联执委的手连声道谢。\n"
     "这是龙湾区妇联开展“姐妹上门访”活动的一个缩影。今年以来,区妇联组织执委走访困难家庭500户。", None,
     "龙湾区妇联", "county"),
    ("level", "姐妹上门访暖人心", "“我们村的环境越来越好了。”日前,王益区王家河街道柿树沟社区居民高兴地说。\n"
     "这正是王益区妇联推进美丽庭院创建的生动写照。今年以来,区妇联评选美丽庭院300户。", None,
     "王益区妇联", "county"),
    ("level", "姐妹上门访暖人心", "“家里有了新书桌。”日前,李大姐对来访的永中街道妇联主席说。\n"
     "这是温州市妇联“姐妹上门访”活动的一个场景。今年以来,温州市妇联组织执委走访困难家庭5000户。", None,
     "温州市妇联", "city"),
    # near misses: a federation acting in the opening keeps it
    ("level", "姐妹上门访暖人心", "近日,北白象镇王家村妇联组织执委走访困难家庭20户。\n"
     "这是乐清市妇联开展的“姐妹上门访”活动中的一幕。", None, "王家村妇联", "village"),
    ("level", "姐妹上门访暖人心",
     "近日,永中街道妇联举办插花活动,30名妇女参加。\n这是龙湾区妇联“巧手”系列活动的缩影。", None,
     "永中街道妇联", "township"),
]
