"""Stop-30b probes of the reporting body and its level, written from the language of the pages
rather than from the dev reports: how Chinese government and news pages state who reports (a
paper's byline 本报讯/记者/通讯员, a 讯 or 电 dateline, 来源/信息来源/供稿/作者/撰稿 lines, a
WeChat account's 原创 line, the federation in the title, a summary's closing signature, a site's
header naming its owner, masked names ××镇妇联, street and community federations, a government
body's 妇委会, a federation named in passing as a guest, a superior or a visitor) and at what
level. Each page is short, written for this test (no report text), with real places of the
gazetteer, and coded by the written conventions (docs/ANNOTATION.md, eval/dev/README.md
"Settled ..."). Each case: kind, title, body, url, organisation, level, as
``test_organisation_probes25.py`` runs them.

Kept: a higher federation named by its place in the opening only through an officer who attends
(眉山市妇联副主席应邀出席, 成都市妇联副主席李红到场指导) is a guest named in passing, as one named by its
level word alone already was: the unit acting in the title and first sentence (多悦镇举办…) is the
author (eval/dev/README.md: a federation named only through a post does not displace the unit).
Near miss: a federation's own event with a guest of another level (修文镇妇联开展…, 东坡区妇联主席
出席) stays that federation's.
Kept: a government's or party unit's organ (a committee's department, a bureau, a town's
government) that sponsors the event (由甲县委宣传部主办、甲县妇联协办的…) is the author, as
written at its unit's level, over the federation that only co-organises it (the conventions: the
主办 body over bodies that 承办 or 协办). Near miss: the federation sponsors, an institution
co-organises.
Kept: a federation and a person's name in brackets closing a line ((阜南县妇联 王丽)) is an
unlabelled closing credit and decides no author (eval/dev/README.md, stop 25): the unit acting in
the opening is. Near misses: a federation acting in the opening stays the author; over a page
where no body acts, the credit gives no author (level unknown).
Kept: a unit that narrates its own work in the first person (我县举办…, 本镇在…举办…) with no
federation and no unit named is the author, written as its level word (县, 镇) at that level
(eval/dev/README.md: 我区 → 区). Left a strict gap: the same page with a higher federation named
by place as its guest."""

from __future__ import annotations

from .conftest import known_because

ROUNDUP = ("a page of numbered items of several federations (1.甲镇妇联… 2.乙镇妇联…) has no "
           "author (a compilation); the first item's federation is taken")
FIRST_PERSON_GUEST = ("a unit named only in the first person (我县举办…) with a higher federation named by "
                      "place as its guest: the unit (县) is the author; the guest is taken, since the rule "
                      "that passes over a guest for the unit acting in the opening finds no named unit there")

PROBES = [
    # bylines of papers: the federation acting in the opening, not the paper
    ("byline", "阜南县妇联举办妇女创业培训班",
     "本报讯(记者 张明 通讯员 李娜)3月6日,阜南县妇联举办妇女创业培训班,120名农村妇女参加。\n培训邀请专家"
     "授课。", None, "阜南县妇联", "county"),
    ("byline", "巾帼创业培训进乡村",
     "本报讯 (通讯员 王芳)近日,方集镇妇联在镇文化站举办电商培训班,80名妇女参加培训。\n学员们纷纷表示受益"
     "匪浅。", None, "方集镇妇联", "township"),
    ("byline", "苗集镇开展最美家庭评选",
     "本报讯 记者 刘洋\n近日,苗集镇开展“最美家庭”评选活动,30户家庭获评。\n评选活动历时两个月。", None,
     "苗集镇", "township"),
    # datelines of agencies and papers
    ("dateline", "白银市妇联举办巾帼建功表彰大会",
     "中新网兰州3月8日电(记者 李明)3月8日,白银市妇联举办巾帼建功表彰大会,表彰先进集体20个。\n会上,受表彰"
     "代表作交流发言。", None, "白银市妇联", "city"),
    ("dateline", "东坡区妇联开展家庭教育讲座",
     "眉山讯 近日,东坡区妇联在大石桥街道开展家庭教育讲座,100余名家长参加。\n讲座内容丰富。", None,
     "东坡区妇联", "county"),
    ("dateline", "龙泉驿区妇联启动“春蕾”助学",
     "成都日报讯(记者 赵丽)3月2日,龙泉驿区妇联启动春蕾助学行动,资助困难女童50名。", None, "龙泉驿区妇联",
     "county"),
    ("dateline", "会宁县妇联开展送温暖活动",
     "新华网兰州1月20日电 1月18日,会宁县妇联走访慰问困难妇女20户,送去米面油等物资。\n县妇联主席带队。",
     None, "会宁县妇联", "county"),
    # 来源, 信息来源, 供稿 and 作者 lines
    ("source line", "郭城驿镇开展妇女技能培训",
     "发布时间:2023-03-10 来源:会宁县妇联 浏览次数:120\n近日,郭城驿镇举办妇女技能培训班,60名妇女参加。\n"
     "培训内容包括种植技术。", None, "会宁县妇联", "county"),
    ("source line", "楚江街道开展反家暴宣传",
     "近日,楚江街道在社区广场开展反家暴宣传活动,发放资料300份。\n工作人员现场解答咨询。\n来源:石门县妇联"
     "\n责任编辑:王丽", None, "石门县妇联", "county"),
    ("source line", "巾帼志愿者走进敬老院",
     "3月5日,许村镇巾帼志愿者走进敬老院,为老人打扫卫生。\n(石门县妇联供稿)", None, "石门县妇联", "county"),
    ("source line", "妇女之家开展插花活动",
     "供稿:皂市镇妇联\n近日,皂市镇妇联在妇女之家举办插花活动,30名妇女参加。", None, "皂市镇妇联",
     "township"),
    ("source line", "巾帼宣讲进万家",
     "作者:苏坊镇妇联 发布时间:2023-05-10\n近日,苏坊镇组织巾帼宣讲队深入各村宣讲,受众500余人。", None,
     "苏坊镇妇联", "township"),
    ("source line", "长宁镇召开妇女代表大会",
     "信息来源:武功县妇联 发布日期:2023-04-12\n4月10日,长宁镇召开第十次妇女代表大会,120名代表参加。", None,
     "武功县妇联", "county"),
    # a WeChat account's 原创 line names its body
    ("account", "蒙泉镇举办母亲节活动",
     "原创 石门县妇联 石门县妇联 2023-05-14 18:00\n5月14日,蒙泉镇在镇文化广场举办母亲节主题活动,200余名群"
     "众参加。", None, "石门县妇联", "county"),
    # the federation named in the title, header clutter around it
    ("title", "阜南县妇联召开2023年工作会议",
     "当前位置:首页 > 工作动态\n发布时间:2023-02-10 浏览次数:88\n2月9日,阜南县妇联召开2023年工作会议,各乡"
     "镇妇联主席参加。\n会议总结了2022年工作。", None, "阜南县妇联", "county"),
    ("title", "龙王乡妇联开展“三八”节系列活动",
     "近日,龙王乡妇联开展“三八”节系列活动,300余名妇女参加。\n活动形式多样,内容丰富。", None, "龙王乡妇联",
     "township"),
    ("title", "全国妇联召开家庭家教家风工作推进会",
     "3月20日,全国妇联召开家庭家教家风工作推进会。\n会议部署了今年的重点工作。", None, "全国妇联",
     "national"),
    ("title", "安徽省妇联举办巾帼创业大赛",
     "近日,安徽省妇联举办第五届巾帼创业创新大赛,200个项目参赛。\n大赛历时三个月。", None, "安徽省妇联",
     "province"),
    ("title", "常德市妇联开展“儿童之家”建设督查",
     "近日,常德市妇联组织人员对全市儿童之家建设情况开展督查。\n督查组一行先后走访10个村。", None,
     "常德市妇联", "city"),
    # a headline tag (place:) over the federation's work
    ("title", "平湖市:巾帼志愿服务暖人心",
     "近日,平湖市妇联组织巾帼志愿者走进社区,开展义诊、理发等服务。\n活动受到居民好评。", None, "平湖市妇联",
     "county"),
    # a summary signed at its end, told in the first person of the federation
    ("signature", "2022年工作总结",
     "2022年,我会在县委的坚强领导下,团结带领全县妇女建功立业。\n一是加强思想引领,开展宣讲100场。\n二是服"
     "务发展大局,培训妇女3000人次。\n阜南县妇女联合会\n2022年12月20日", None, "阜南县妇联", "county"),
    ("signature", "2023年上半年工作总结",
     "今年以来,我会紧紧围绕镇党委中心工作,扎实开展各项工作。\n一是组织妇女开展技能培训5期。\n二是开展走访"
     "慰问活动。\n方集镇妇联\n2023年6月28日", None, "方集镇妇联", "township"),
    # masked names
    ("masked", "××镇妇联开展反家暴宣传", "近日,××镇妇联在集市开展反家暴宣传活动,发放宣传资料500份。", None,
     "镇妇联", "township"),
    ("masked", "××县妇联2021年工作总结",
     "2021年,××县妇联在县委的领导下,围绕中心服务大局,各项工作取得新成效。\n一是开展宣讲50场。", None,
     "县妇联", "county"),
    ("masked", "××区妇联推进家庭文明建设", "今年以来,××区妇联深入推进家庭文明建设,评选最美家庭100户。",
     None, "区妇联", "county"),
    # street and community federations
    ("street", "当湖街道妇联开展亲子阅读活动",
     "4月23日,当湖街道妇联在辖区图书馆开展亲子阅读活动,40组家庭参加。", None, "当湖街道妇联", "township"),
    ("street", "社区妇联开展垃圾分类宣传",
     "近日,硖石街道东山社区妇联组织巾帼志愿者开展垃圾分类宣传,发放资料200份。", None, "东山社区妇联",
     "village"),
    ("street", "稠城街道开展妇女议事会",
     "3月15日,义乌市稠城街道妇联召开妇女议事会,20名妇女代表参加。\n大家围绕社区治理建言献策。", None,
     "稠城街道妇联", "township"),
    # women's committees of government bodies: the body's level
    ("committee", "县直机关妇委会开展读书分享会",
     "3月8日,石门县直机关妇委会举办读书分享会,50名女干部参加。", None, "石门县直机关妇委会", "county"),
    ("committee", "区教育局妇委会开展三八节活动",
     "3月8日,咸安区教育局妇委会组织女教师开展健步走活动,200名教师参加。", None, "咸安区教育局妇委会",
     "county"),
    # a federation named in passing: a guest, a superior, guidance
    ("passing", "社区举办邻里节活动",
     "5月20日,同安街道东风社区举办邻里节活动,300余名居民参加。\n区妇联主席王丽出席并讲话。", None,
     "东风社区", "village"),
    ("passing", "楚江街道妇联开展家风宣讲",
     "在县妇联的指导下,楚江街道妇联近日开展家风宣讲活动,100名居民参加。", None, "楚江街道妇联", "township"),
    ("passing", "洛带镇妇联举办巾帼创业沙龙",
     "近日,在区妇联的大力支持下,洛带镇妇联举办巾帼创业沙龙,30名女性创业者参加。\n区妇联副主席到场指导。",
     None, "洛带镇妇联", "township"),
    ("passing", "修文镇召开妇女代表大会",
     "4月12日,东坡区修文镇召开第十七次妇女代表大会,120名代表参加。\n区妇联主席出席会议并讲话。", None,
     "修文镇妇联", "township"),
    ("passing", "多悦镇举办“巾帼心向党”文艺汇演",
     "6月28日,多悦镇举办“巾帼心向党”文艺汇演,500余名群众观看。\n眉山市妇联副主席应邀出席。", None, "多悦镇",
     "township"),
    # visits: 来 from the host's side, 到 the visitor's
    ("visit", "咸阳市妇联来武功县调研妇女之家建设",
     "4月6日,咸阳市妇联副主席李红一行来武功县调研妇女之家建设。\n武功县妇联主席汇报了全县妇女之家建设情况"
     "。", None, "武功县妇联", "county"),
    ("visit", "咸阳市妇联到武功县开展送教活动",
     "5月9日,咸阳市妇联到武功县长宁镇开展送教下乡活动,为100名妇女讲授育儿知识。", None, "咸阳市妇联",
     "city"),
    # 主办 over 承办; joint work with a federation
    ("joint", "县妇联联合县人社局举办招聘会",
     "3月10日,会宁县妇联联合县人社局举办春风行动专场招聘会,提供岗位2000个。", None, "会宁县妇联", "county"),
    # a congress of a place is its federation's work
    ("congress", "阜南县召开妇女第十三次代表大会",
     "9月20日,阜南县妇女第十三次代表大会隆重召开,250名代表参加。\n大会选举产生了新一届县妇联执委会。", None,
     "阜南县妇联", "county"),
    # an informant federation with nothing else named
    ("informant", "阜阳市评选最美家庭100户", "记者从阜阳市妇联获悉,今年全市共评选出最美家庭100户。", None,
     "阜阳市妇联", "city"),
    # a class of federations and a roundup: no author
    ("class", "巾帼建功新时代",
     "今年以来,会宁县各级妇联围绕中心工作,开展各类活动200余场。\n各乡镇妇联组织妇女参加技能培训。", None,
     None, "unknown"),
    known_because(ROUNDUP, "roundup", "基层妇联动态",
                           "1.方集镇妇联开展反家暴宣传。\n2.苗集镇妇联举办插花培训。\n3.王化镇妇联开展走"
                           "访慰问。", None, None, "unknown"),
    # a unit acting with no federation named
    ("unit", "洪江市开展“美丽庭院”创建",
     "近日,洪江市启动美丽庭院创建工作,计划年内创建示范户1000户。\n各乡镇积极响应。", None, "洪江市",
     "county"),
    ("unit", "杨崖集镇举办妇女健康讲座", "3月20日,会宁县杨崖集镇在镇卫生院举办妇女健康讲座,150名妇女参加。",
     None, "杨崖集镇", "township"),
    # a site header naming its owner over a lower federation's item
    ("header", "郭城驿镇妇联开展“三八”维权宣传",
     "会宁县人民政府\n首页 > 乡镇动态\n3月8日,郭城驿镇妇联在集市开展维权宣传,发放资料800份。\n分享到:微信"
     " 微博", None, "郭城驿镇妇联", "township"),
    ("header", "长宁镇妇联开展家风讲座",
     "武功县妇女联合会\n网站首页 | 工作动态 | 基层风采\n近日,长宁镇妇联在镇文化站开展家风讲座,60名群众参"
     "加。\n版权所有:武功县妇女联合会", None, "长宁镇妇联", "township"),
    # first-person narration of a county
    ("first person", "我县举办“巾帼心向党”文艺汇演",
     "6月28日,我县举办“巾帼心向党”文艺汇演,500余名群众观看。\n演出节目丰富多彩。", None, "县", "county"),
    ("first person", "“三八”文艺汇演精彩上演", "3月8日,本镇在文化广场举办“三八”文艺汇演,300余名妇女参加。",
     None, "镇", "township"),
    # a bracketed reporter with a federation over a unit's work
    ("byline", "斜桥镇妇联开展“护苗”行动",
     "近日,斜桥镇妇联联合镇派出所开展“护苗”行动,走进学校宣讲安全知识。(通讯员 王丽)", None, "斜桥镇妇联",
     "township"),
    ("byline", "巾帼宣讲进乡村", "文/阜南县妇联\n近日,阜南县妇联组织巾帼宣讲团深入乡村宣讲,受众2000余人。",
     None, "阜南县妇联", "county"),
    ("byline", "方集镇开展巾帼志愿服务",
     "近日,方集镇组织巾帼志愿者走进敬老院,为老人打扫卫生、表演节目。\n(阜南县妇联 王丽)", None, "方集镇",
     "township"),
    # near miss: the federation acting in the opening, another's credit closing the page
    ("byline", "方集镇妇联开展巾帼志愿服务",
     "近日,方集镇妇联组织巾帼志愿者走进敬老院,为老人打扫卫生、表演节目。\n(阜南县妇联 王丽)", None,
     "方集镇妇联", "township"),
    ("byline", "巾帼志愿服务暖人心",
     "近日,巾帼志愿者走进敬老院,为老人打扫卫生、表演节目。\n老人们纷纷表示感谢。\n(阜南县妇联 王丽)", None,
     None, "unknown"),
    ("source line", "王化镇开展家风宣讲",
     "撰稿:王化镇妇联 审核:李明\n近日,王化镇在各村开展家风宣讲活动,受众800余人。", None, "王化镇妇联",
     "township"),
    ("joint", "青年演讲比赛举行",
     "5月4日,由会宁县委宣传部主办、会宁县妇联协办的演讲比赛在县文化馆举行,20名选手参赛。", None,
     "会宁县委宣传部", "county"),
    ("joint", "亲子读书会举行",
     "4月23日,由阜南县教育局主办,阜南县妇联、团县委协办的亲子读书会在县图书馆举行,50组家庭参加。", None,
     "阜南县教育局", "county"),
    ("joint", "广场舞比赛举行",
     "4月23日,由苗集镇人民政府主办、苗集镇妇联协办的广场舞比赛在镇文化广场举行,20支队伍参赛。", None,
     "苗集镇人民政府", "township"),
    # near miss: the federation sponsors, an institution co-organises
    ("joint", "亲子读书会举行",
     "4月23日,由阜南县妇联主办、阜南县图书馆协办的亲子读书会在县图书馆举行,50组家庭参加。", None,
     "阜南县妇联", "county"),
    ("visit", "白银市妇联主席到会宁县调研",
     "4月12日,白银市妇联党组书记、主席王丽一行到会宁县调研妇女儿童工作,县妇联主席陪同。\n调研组走访了妇女"
     "之家。", None, "白银市妇联", "city"),
    ("visit", "我县迎来市妇联调研组",
     "4月12日,我县迎来白银市妇联调研组。会宁县妇联主席汇报了全县家庭教育工作情况。", None, "会宁县妇联",
     "county"),
    ("village", "新庄村妇联开展插花活动", "近日,王堰镇新庄村妇联组织30名妇女开展插花活动。", None,
     "新庄村妇联", "village"),
    ("title", "阜南县妇联获省妇联表彰",
     "近日,阜南县妇联被安徽省妇联授予“巾帼建功先进集体”称号。\n近年来,县妇联围绕中心工作,开展各类活动500"
     "余场。", None, "阜南县妇联", "county"),
    ("dateline", "皖江妇女创业创新大赛开赛",
     "中国妇女报讯(记者 王丽)近日,安徽省妇联举办巾帼创业创新大赛,300个项目报名参赛。", None, "安徽省妇联",
     "province"),
    known_because(FIRST_PERSON_GUEST, "passing", "我县举办“巾帼心向党”文艺汇演晚会",
                                      "6月28日,我县举办“巾帼心向党”文艺汇演,500余名群众观看。\n白银市妇联"
                                      "副主席应邀出席。", None, "县", "county"),
    ("passing", "石门县举办妇女创业培训班",
     "近日,石门县举办妇女创业培训班,100名妇女参加。\n常德市妇联副主席李红出席开班仪式并讲话。", None,
     "石门县", "county"),
    ("passing", "社区举办邻里节活动",
     "5月20日,同安街道东风社区举办邻里节活动,300余名居民参加。\n龙泉驿区妇联主席王丽出席并讲话。", None,
     "东风社区", "village"),
    ("passing", "洛带镇举办巾帼创业沙龙",
     "近日,洛带镇举办巾帼创业沙龙,30名女性创业者参加。\n成都市妇联副主席李红到场指导。", None, "洛带镇",
     "township"),
    # near miss: a guest at the federation's own event named by place
    ("passing", "修文镇妇联开展家风宣讲",
     "近日,修文镇妇联开展家风宣讲活动,200名群众参加。\n东坡区妇联主席王丽出席。", None, "修文镇妇联",
     "township"),
    # --- the stop-30 second wave's organisation rows 20-22 ---
    # a unit's meeting its first-person narration makes its own, the federation present only through
    # its chair's report: the unit, written as its level word; a site's host completes no name (row 20)
    ("first person", "全县妇女儿童工作会议召开", "3月5日,我县召开妇女儿童工作会议,县妇联主席作工作报告。",
     None, "县", "county"),
    ("first person", "全县妇女儿童工作会议召开", "3月5日,我县召开妇女儿童工作会议,县妇联主席作工作报告。",
     "http://www.funan.gov.cn/a/1.html", "县", "county"),
    # a 通讯员 credit names a writer and her workplace: it decides neither author nor outlet (row 21)
    ("credit", "扎西镇妇联开展培训",
     "(通讯员 阜南县妇联 王丽)3月5日,扎西镇妇联开展家庭教育培训,60名家长参加。", None, "扎西镇妇联",
     "township"),
    # a 来源 naming a media centre names the outlet only (row 22)
    ("source", "郭城驿镇妇联开展家庭教育培训",
     "来源:会宁县融媒体中心\n3月5日,郭城驿镇妇联开展家庭教育培训,60名家长参加。", None, "郭城驿镇妇联",
     "township"),
]
