"""Stop-25 probes of the reporting body and its level, by the five kinds of miss the test half's
totals count: a page written from the host's side of a visit (host), joint work where a
federation only supports or co-organises (joint), another level than the author's (level),
another body of the same level (body), and a page where no body does the work (none). Each
case is a short page written for this test (no report text), with the answer of the written
conventions (docs/ANNOTATION.md, eval/dev/README.md "Settled ..."): byline and 来源 first, then
the body doing the work in the title or first sentence; a page in the first person of a unit
(我县, 我镇) is that unit's. Stop 26 adds the author around its evidence: credit lines (credit),
datelines (dateline), the site's header or host (site), a higher body's site posting a lower
unit's own work (lower), pages whose every federation is a class (class), two bodies of
different levels in the opening (opening), and furniture naming other federations: a footer's
owner, the page after the article with its links (chrome). Each case: kind, title, body, url,
organisation, level."""

from __future__ import annotations

import pytest

from . import (
    organisation_probes_stop28,
    organisation_probes_stop28b,
    organisation_probes_stop29,
    organisation_probes_stop29b,
    organisation_probes_stop29c,
    organisation_probes_stop29d,
    organisation_probes_stop30,
    organisation_probes_stop30b,
    organisation_probes_stop31,
    organisation_probes_stop31c,
    organisation_probes_stop31d,
    organisation_probes_stop32,
    organisation_probes_stop32b,
    organisation_probes_stop33,
    organisation_probes_stop33b,
)
from .conftest import assert_author, describe_text
from .conftest import known_gap as _known_limit

# Known limits (strict: a fix must remove the mark).
MAIN_HOLDER = "a main holder that is neither a federation nor a unit's leadership organ (文明办, 总工会)"
INSTITUTION_AND_PARTNER = "an institution and a community committee hold the work jointly"
PROVINCE_VISITS = "a bare 省妇联 whose officer visits (到) a county whose federation's officer accompanies"
PROVINCE_SOURCE = "记者从省妇联获悉 over lower federations the report lists by place"
HOLDER_AND_FEDERATION = "a government holds the event and its federation organises the women who attend"
PERSON_STORY = "a person's or family's story: a federation named in passing, or the place, gives an author"
POSTING_CREDIT = ("a 来源 repeating the site's name over another federation's work, where the site's header "
                  "lines fill the opening sentences")
PLACE_AFTER_GUEST = "a bare 县妇联 whose county is named only after a superior's guest"
NULL_AUTHOR_LEVEL = "no author, but the level of the first place named is given"
FEDERATION_SYSTEM = "a federation system (全市妇联系统: every level's) read as the scope's federation"
PAGE_AFTER_ARTICLE = ("the page after the article (推荐阅读 and its headlines, 责任编辑 / 【打印】 chrome) "
                      "read for the author and its place: the stop-26 fix lost on the test half and was "
                      "dropped")



PROBES = [
    # host: a delegation comes (来/莅临/到 我…) and the page is the host's
    ("host", "岳阳市妇联来平江县调研家庭教育工作",
     "4月12日,岳阳市妇联党组书记、主席李梅一行来我县调研家庭教育工作。县妇联主席汇报了我县家庭教育工作开展"
     "情况。今后,县妇联将继续推进家庭教育指导服务。", None, "平江县妇联", "county"),
    ("host", "省妇联调研组莅临我镇调研",
     "6月5日,青海省妇联调研组莅临丹麻镇调研妇女之家建设。镇妇联主席陪同并汇报了我镇妇联工作。", None,
     "丹麻镇妇联", "township"),
    ("host", "市妇联领导到我区考察巾帼创业基地",
     "近日,大庆市妇联副主席王丽到让胡路区考察巾帼创业基地,区妇联主席陪同考察。下一步,区妇联将继续加大"
     "扶持力度。", None, "让胡路区妇联", "county"),
    ("host", "江西省妇联考察团到我市交流",
     "5月20日,江西省妇联考察团一行到遵义市考察交流妇女儿童工作。市妇联主席介绍了我市妇联工作情况。", None,
     "遵义市妇联", "city"),
    ("host", "泰安市妇联来岱岳区督导“两癌”筛查工作",
     "近日,泰安市妇联来岱岳区督导“两癌”筛查工作,岱岳区妇联汇报了筛查进展。", None, "岱岳区妇联", "county"),
    ("host", "全国妇联调研组调研农村妇女发展",
     "7月3日,全国妇联调研组一行来我县调研农村妇女发展情况。上蔡县妇联主席汇报了全县妇女发展情况。", None,
     "上蔡县妇联", "county"),
    ("host", "吉林市妇联主席莅临桦甸市指导工作",
     "近日,吉林市妇联主席莅临桦甸市指导妇联工作,桦甸市妇联汇报了近期工作。", None, "桦甸市妇联", "county"),
    ("host", "枣阳市妇联到我镇调研",
     "近日,枣阳市妇联主席一行到吴店镇调研妇女之家建设,我镇妇联汇报了相关工作。今后,镇妇联将进一步"
     "完善妇女之家功能。", None, "吴店镇妇联", "township"),
    ("host", "涡阳县妇联来新华村调研",
     "近日,涡阳县妇联来青疃镇新华村调研,新华村妇联主席汇报了村妇联工作开展情况。",
     None, "新华村妇联", "village"),
    ("host", "自治区妇联领导来我县慰问困难妇女",
     "1月18日,新疆维吾尔自治区妇联副主席一行来我县慰问困难妇女,县妇联主席陪同。我县妇联将以此为契机,"
     "持续做好关爱帮扶工作。", "http://www.xjqh.gov.cn/x/1.html", "县妇联", "county"),
    ("host", "市妇联领导来我县调研妇女之家建设",
     "近日,市妇联副主席王芳一行来我县调研妇女之家建设,县妇联主席陪同调研。", "http://www.pingjiang.gov.cn/a/9.html",
     "平江县妇联", "county"),
    ("host", "台湾妇女交流团来我市参访",
     "近日,台湾妇女交流团一行来泰安市参访,市妇联主席陪同参观并介绍了我市妇女工作。",
     None, "泰安市妇联", "city"),
    ("host", "吉林省妇联副主席莅临桦甸市调研",
     "近日,吉林省妇联副主席莅临桦甸市调研巾帼创业工作,桦甸市妇联主席陪同。", None, "桦甸市妇联", "county"),
    ("host", "兄弟县妇联来我县交流学习",
     "近日,湘阴县妇联一行来平江县交流学习。平江县妇联主席介绍了我县妇联改革工作。",
     None, "平江县妇联", "county"),
    ("host", "山东省妇联领导来泰安调研巾帼创业工作",
     "泰安市人民政府\n近日,山东省妇联副主席来泰安调研巾帼创业工作,市妇联主席陪同。",
     None, "泰安市妇联", "city"),
    # (the visitor's side: told with 到/深入 and no first person of the host, the visitor wrote it)
    ("host", "仁怀市妇联到盐津街道调研",
     "近日,仁怀市妇联主席一行到盐津街道调研妇女之家建设情况,听取了街道妇联的工作汇报。", None,
     "仁怀市妇联", "county"),
    ("host", "印台区妇联深入各镇街调研",
     "近日,印台区妇联深入城关街道、陈炉镇调研基层妇联组织建设,与基层妇联干部座谈交流。", None,
     "印台区妇联", "county"),
    # joint: a federation that supports, guides or co-organises; the body that holds the work
    ("joint", "西岸镇举办巾帼技能培训",
     "近日,在连州市妇联的支持下,西岸镇举办巾帼技能培训班,60名妇女参加。", None, "西岸镇", "township"),
    # (a title that makes the 承办 body's town the holder: row 19 of the stop-30 second wave names a
    # byline, 来源 line or first person as what makes a 承办 body the author, not a title; the rule
    # for it reads no title, so this reading is kept as a strict gap for the adjudicator to settle)
    _known_limit("joint", "房村镇举办家庭教育讲座",
                 "由岱岳区妇联主办、房村镇妇联承办的家庭教育讲座近日举行,80名家长参加。", None, "房村镇妇联",
                 "township", reason="主办 over 承办 (stop 26 batch 21; stop-30 second wave, row 19) is read "
                 "without the title, which here names the 承办 body's town as the holder"),
    ("joint", "亲子阅读活动举行",
     "近日,由平江县妇联主办、县图书馆承办的亲子阅读活动在县图书馆举行,50组家庭参加。", None,
     "平江县妇联", "county"),
    ("joint", "妇女技能培训班开班",
     "近日,荣县人社局联合县妇联举办妇女技能培训班,50名妇女参加。",
     None, "荣县妇联", "county"),
    ("joint", "桦甸市妇联携手桦郊乡开展送温暖活动",
     "近日,桦甸市妇联携手桦郊乡政府在桦郊乡开展送温暖活动,为20户困难家庭送去慰问品。", None,
     "桦甸市妇联", "county"),
    ("joint", "新华村妇联举办插花活动",
     "近日,在丹麻镇妇联的大力支持下,新华村妇联举办插花活动,30名妇女参加。", None, "新华村妇联", "village"),
    ("joint", "城关街道妇联开展反家暴宣传",
     "近日,在印台区妇联的指导下,城关街道妇联开展反家暴宣传活动,发放资料300余份。", None, "城关街道妇联",
     "township"),
    _known_limit("joint", "“最美家庭”颁奖典礼举行",
     "5月15日,由荣县文明办主办、荣县妇联协办的“最美家庭”颁奖典礼在县文化馆举行。", None, "荣县文明办",
     "county", reason=MAIN_HOLDER),
    _known_limit("joint", "巾帼健步走活动举行",
     "3月8日,由涡阳县总工会主办,县妇联、县体育局协办的巾帼健步走活动在县城举行。", None, "涡阳县总工会",
     "county", reason=MAIN_HOLDER),
    _known_limit("joint", "义诊活动进社区",
     "近日,让胡路区卫健局在区妇联的支持下,组织医护人员走进社区开展义诊活动。", None, "让胡路区卫健局",
     "county", reason=MAIN_HOLDER),
    # (peer units holding the work together, no federation among them: no one author)
    ("joint", "店口镇、枫桥镇、次坞镇联合举办“三八”文艺汇演",
     "3月8日,店口镇、枫桥镇、次坞镇联合举办庆三八文艺汇演,店口镇妇联主席主持,300余名妇女参加。", None,
     None, "unknown"),
    ("joint", "三镇联合开展“三八”维权宣传",
     "3月8日,官渡镇、大瑶镇、永安镇联合开展“三八”维权宣传活动,浏阳市妇联主席出席。", None, None, "unknown"),
    ("joint", "巷口镇与海龙镇共同举办巾帼技能大赛",
     "近日,巷口镇与海龙镇共同举办巾帼技能大赛,红花岗区妇联副主席出席。", None, None, "unknown"),
    ("joint", "两街道妇联联合举办亲子运动会",
     "近日,集里街道妇联、荷花街道妇联联合举办亲子运动会,100组家庭参加。", None, None, "unknown"),
    ("joint", "集里街道、荷花街道、关口街道庆“三八”主题活动举行 2024-03-08",
     "3月7日,庆“三八”主题活动在集里街道文化广场举行,三个街道的200余名妇女参加。活动由集里街道妇联承办。",
     None, None, "unknown"),
    ("joint", "店口镇、枫桥镇妇女工作交流会召开",
     "近日,店口镇、枫桥镇妇女工作交流会在枫桥镇召开,两镇妇联执委参加。", None, None, "unknown"),
    _known_limit("joint", "社工机构与社区共建妇女维权站",
                 "近日,诸暨市阳光社会工作服务中心在诸暨市妇联支持下,与暨阳街道新华社区居委会举行妇女维权工作站"
                 "启动仪式。", None, None, "unknown", reason=INSTITUTION_AND_PARTNER),
    # (not a federation that works in several towns, nor a town with its partner)
    ("joint", "诸暨市妇联开展家风宣讲",
     "近日,诸暨市妇联在店口镇、枫桥镇开展家风宣讲,300余名群众参加。", None, "诸暨市妇联", "county"),
    ("joint", "诸暨市店口镇巾帼创业大赛举行",
     "近日,诸暨市店口镇巾帼创业大赛举行,镇妇联主席致辞。", None, "店口镇妇联", "township"),
    ("joint", "巷口镇妇联联合镇卫生院开展义诊",
     "近日,巷口镇妇联联合镇卫生院开展义诊活动,200余名妇女受益。", None, "巷口镇妇联", "township"),
    # level: a town's or community's item on a county site, a county leading its towns, a city
    # item relayed by a county site
    ("level", "大阁镇开展“最美家庭”评选",
     "丰宁满族自治县人民政府\n首页 > 乡镇动态\n大阁镇妇联开展“最美家庭”评选\n近日,大阁镇妇联开展“最美家庭”"
     "评选活动,县妇联副主席出席颁奖仪式。", None, "大阁镇妇联", "township"),
    ("level", "上蔡县妇联开展“春风行动”",
     "近日,县妇联组织各乡镇妇联开展“春风行动”,黄埠镇妇联为30名妇女提供就业岗位。", None, "上蔡县妇联",
     "county"),
    ("level", "清远市妇联开展巾帼志愿服务",
     "来源:清远市妇联\n近日,清远市妇联组织巾帼志愿者走进连州市西岸镇开展服务。",
     "http://www.lianzhou.gov.cn/a/1.html", "清远市妇联", "city"),
    ("level", "自贡市妇联召开全市妇联工作会议",
     "2月15日,自贡市妇联召开全市妇联工作会议,荣县妇联、富顺县妇联作交流发言。",
     "http://www.rongxian.gov.cn/a/2.html", "自贡市妇联", "city"),
    ("level", "庆新社区妇联开展插花活动",
     "乘风街道办事处\n社区动态\n庆新社区妇联开展插花活动\n近日,庆新社区妇联组织辖区妇女开展插花活动,街道"
     "妇联主席参加。", None, "庆新社区妇联", "village"),
    ("level", "枣阳市:吴店镇妇联开展家风宣讲",
     "近日,吴店镇妇联走进村组开展家风宣讲,200余名群众参加。", None, "吴店镇妇联", "township"),
    # (a headline tagged with a village after its town: the village's federation the text names
    # by the village's own name, else the village as written)
    ("level", "海龙镇新华村:妇女之家成为姐妹们的“娘家”",
     "走进新华村妇女之家,姐妹们正在学习插花。近年来,新华村妇联依托妇女之家开展活动100余场。红花岗区妇联多次"
     "来此调研。", None, "新华村妇联", "village"),
    ("level", "店口镇新华社区:举办邻里节",
     "近日,新华社区举办第三届邻里节,300余名居民参加。诸暨市妇联主席出席。", None, "新华社区", "village"),
    ("level", "青疃镇妇联组织妇女参加电商培训",
     "近日,青疃镇妇联组织20名妇女参加亳州市妇联举办的电商培训班。", None, "青疃镇妇联", "township"),
    ("level", "市妇联开展“三八”维权宣传",
     "3月8日,市妇联在盐津街道开展维权宣传活动,发放资料500余份。", "http://www.rh.gov.cn/a/3.html",
     "仁怀市妇联", "county"),
    # (a bare 市妇联 naming towns of a county-level city is that city's; of a prefecture's
    # districts, the prefecture's)
    ("level", "市妇联开展家庭教育宣讲",
     "近日,市妇联走进店口镇、枫桥镇开展家庭教育宣讲,300余名家长参加。", None, "诸暨市妇联", "county"),
    ("level", "市妇联举办巾帼创业培训",
     "近日,市妇联在集里街道举办巾帼创业培训班,60名妇女参加。", None, "浏阳市妇联", "county"),
    ("level", "市妇联开展送温暖活动",
     "近日,市妇联走进巷口镇、海龙镇开展送温暖活动,慰问困难妇女50名。", None, "遵义市妇联", "city"),
    ("level", "镇妇联2023年工作总结",
     "2023年,我镇妇联在镇党委和县妇联的坚强领导下,团结带领全镇妇女建功立业。\n涡阳县青疃镇妇联\n"
     "2023年12月25日", None, "青疃镇妇联", "township"),
    ("level", "县妇联召开乡镇妇联主席培训会",
     "近日,丰宁满族自治县妇联召开乡镇妇联主席培训会,大阁镇妇联、土城镇妇联主席作交流发言。", None,
     "丰宁满族自治县妇联", "county"),
    ("level", "省妇联主席到亳州市调研",
     "近日,安徽省妇联主席到亳州市调研,先后走访涡阳县青疃镇妇女之家、亳州市妇女儿童活动中心。", None,
     "安徽省妇联", "province"),
    ("level", "新华村妇联开展环境整治",
     "近日,在镇妇联的指导下,大阁镇新华村妇联组织30名妇女开展环境整治活动。", None, "新华村妇联", "village"),
    ("level", "黄埠镇妇联开展“两癌”筛查",
     "上蔡县人民政府\n近日,黄埠镇妇联联合镇卫生院为300名妇女开展免费“两癌”筛查。县妇联主席到现场"
     "指导。", None, "黄埠镇妇联", "township"),
    ("level", "让胡路区召开妇女代表大会",
     "近日,让胡路区妇女第三次代表大会召开。大庆市妇联主席出席并讲话,区妇联主席作工作报告。", None,
     "让胡路区妇联", "county"),
    ("level", "上蔡县妇联组织乡镇妇联主席外出学习",
     "近日,上蔡县妇联组织各乡镇妇联主席赴外地学习考察妇女之家建设。", None, "上蔡县妇联", "county"),
    ("level", "新庄村妇联开展庭院整治",
     "上蔡县人民政府\n近日,黄埠镇新庄村妇联组织妇女开展庭院整治,镇妇联主席到场指导。", None, "新庄村妇联",
     "village"),
    ("level", "镇妇联落实县妇联部署",
     "今年以来,我镇妇联认真落实上蔡县妇联的部署,组织开展巾帼志愿服务20场。上蔡县妇联主席到我镇调研时给予"
     "肯定。", None, "镇妇联", "township"),
    ("level", "上蔡县妇联承办巾帼创业大赛复赛",
     "近日,由驻马店市妇联主办、上蔡县妇联承办的巾帼创业大赛复赛在上蔡县举行,20名选手参赛。", None,
     "上蔡县妇联", "county"),
    # (a bare 省妇联 in the title or opening: its programme carried out by a lower federation
    # named by place, or the province's own meeting where lower federations speak)
    ("level", "省妇联“春蕾计划”助力平江女童圆梦",
     "近日,平江县妇联将湖南省妇联“春蕾计划”助学金发放到100名女童手中。", None, "平江县妇联", "county"),
    ("level", "省妇联“巾帼家政”培训走进桦甸",
     "近日,省妇联“巾帼家政”培训班在桦甸市开班,桦甸市妇联组织50名妇女参加。", None, "桦甸市妇联", "county"),
    ("level", "省妇联召开执委会议",
     "近日,省妇联在长春召开十三届三次执委会议,吉林市妇联、延边州妇联作交流发言。", None, "吉林省妇联",
     "province"),
    _known_limit("level", "省妇联领导调研妇女之家建设",
                 "近日,省妇联副主席到桦甸市调研妇女之家建设,桦甸市妇联主席陪同。", None, "吉林省妇联",
                 "province", reason=PROVINCE_VISITS),
    _known_limit("level", "记者从省妇联获悉",
                 "记者从省妇联获悉,今年以来,吉林市妇联、延边州妇联等共举办培训班300期。", None, "吉林省妇联",
                 "province", reason=PROVINCE_SOURCE),
    # body: a leadership body, a leading group, a unit's committee or government acting
    ("body", "平江县召开妇女儿童工作会议",
     "2月20日,平江县召开妇女儿童工作会议,县委副书记出席并讲话,县妇联主席作工作报告。", None, "平江县",
     "county"),
    ("body", "桦甸市委召开党建带妇建工作推进会",
     "近日,桦甸市委召开党建带妇建工作推进会,市妇联汇报了全市妇联工作。", None, "桦甸市委", "county"),
    ("body", "上蔡县家庭教育工作领导小组召开全体会议",
     "近日,上蔡县家庭教育工作领导小组召开全体成员会议,县妇联汇报了全县家庭教育工作。", None,
     "上蔡县家庭教育工作领导小组", "county"),
    ("body", "涡阳县妇女儿童工作领导小组召开全体会议",
     "近日,涡阳县妇女儿童工作领导小组召开全体成员会议,部署年度重点工作。", None, "涡阳县妇女儿童工作领导小组",
     "county"),
    ("body", "诸暨市家庭文明建设工作领导小组办公室开展家风宣讲",
     "近日,诸暨市家庭文明建设工作领导小组办公室组织开展家风宣讲进村活动。", None,
     "诸暨市家庭文明建设工作领导小组办公室", "county"),
    # (not a leading group the federation sets up or reports to)
    ("body", "平江县妇联牵头成立家庭教育工作领导小组",
     "近日,平江县妇联牵头成立家庭教育工作领导小组,并召开第一次会议。", None, "平江县妇联", "county"),
    ("body", "涡阳县税务局妇委会开展“三八”节活动",
     "3月8日,涡阳县税务局妇委会组织女职工开展插花活动,40名女职工参加。", None, "涡阳县税务局妇委会",
     "county"),
    _known_limit("body", "丹麻镇人民政府举办妇女技能培训",
     "近日,丹麻镇人民政府举办妇女技能培训班,镇妇联组织60名妇女参加。",
     None, "丹麻镇人民政府", "township", reason=HOLDER_AND_FEDERATION),
    ("body", "岱岳区妇儿工委召开全体会议",
     "近日,岱岳区妇儿工委召开全体成员会议,区妇联主席主持会议。", None, "岱岳区妇儿工委", "county"),
    ("body", "桦甸市妇联召开全市妇女工作会议",
     "近日,桦甸市妇联召开全市妇女工作会议,市委副书记出席并讲话。", None, "桦甸市妇联", "county"),
    ("body", "西岸镇党委召开妇女工作会议",
     "近日,西岸镇党委召开妇女工作专题会议,镇妇联主席汇报了上半年工作。", None, "西岸镇党委", "township"),
    ("body", "盐津街道召开妇联执委会议",
     "近日,盐津街道妇联召开执委会议,街道党工委副书记出席会议。", None, "盐津街道妇联", "township"),
    ("body", "平江县委宣传部召开家庭文明建设工作会议",
     "近日,平江县委宣传部召开家庭文明建设工作会议,县妇联汇报了“最美家庭”评选工作。", None, "平江县委宣传部",
     "county"),
    ("body", "平江县妇联召开执委会议",
     "近日,平江县妇联召开执委会议,县委组织部副部长出席并讲话。", None, "平江县妇联", "county"),
    ("body", "让胡路区人民政府召开妇女儿童发展规划推进会",
     "近日,让胡路区人民政府召开妇女儿童发展规划推进会,区妇联、区教育局等部门负责人参加。", None,
     "让胡路区人民政府", "county"),
    ("body", "庆新社区开展妇女健康讲座",
     "近日,乘风街道庆新社区举办妇女健康讲座,社区妇联主席主持,40名居民参加。", None, "庆新社区", "village"),
    ("body", "丰宁满族自治县召开第三次妇女代表大会",
     "近日,丰宁满族自治县第三次妇女代表大会隆重召开,200名代表参加会议。",
     None, "丰宁满族自治县妇联", "county"),
    ("body", "青疃镇召开妇女代表大会",
     "近日,青疃镇召开第十次妇女代表大会,选举产生新一届镇妇联执委会。",
     None, "青疃镇妇联", "township"),
    # (a unit's congress with a federation of another level attending or speaking there)
    ("body", "承德市第五次妇女代表大会召开",
     "近日,承德市第五次妇女代表大会召开,河北省妇联副主席出席,丰宁满族自治县妇联主席作交流发言。", None,
     "承德市妇联", "city"),
    ("body", "枫桥镇召开第八次妇女代表大会",
     "近日,诸暨市枫桥镇第八次妇女代表大会召开。诸暨市妇联主席出席会议并讲话,镇妇联主席作工作报告。", None,
     "枫桥镇妇联", "township"),
    # (not the delegates of a unit at a higher congress: their unit, no body named)
    ("body", "丰宁代表出席市第五次妇女代表大会",
     "近日,丰宁满族自治县30名妇女代表出席承德市第五次妇女代表大会。", None, None, "county"),
    ("body", "城关街道党工委召开妇女工作会议",
     "近日,印台区城关街道党工委召开妇女工作会议,街道妇联主席汇报了上半年工作。", None, "城关街道党工委",
     "township"),
    ("body", "岱岳区委召开党的群团工作会议",
     "近日,岱岳区委召开党的群团工作会议,区妇联、团区委等群团组织作交流发言。", None, "岱岳区委", "county"),
    # (not where the federation holds the work and the organ's officer attends, nor where the
    # federation organises work in the opening beside the organ)
    ("body", "丹麻镇妇联召开执委会议",
     "近日,丹麻镇妇联召开执委会议,镇党委书记出席并讲话。", None, "丹麻镇妇联", "township"),
    ("body", "西岸镇开展“三八”系列活动",
     "近日,西岸镇党委召开妇女工作会议部署“三八”活动,镇妇联组织开展巾帼健步走等活动。", None, "西岸镇妇联",
     "township"),
    # (a village's or community's 妇女之家 acting, its own federation not named: the stop-23
    # reading, at village level; not where its federation is named or a federation acts there)
    ("body", "新华村妇女之家举办插花活动",
     "近日,丹麻镇新华村妇女之家举办插花活动,镇妇联主席现场指导,30名妇女参加。", None, "新华村妇女之家",
     "village"),
    ("body", "“妇女之家”里的读书会",
     "近日,集里街道新华社区“妇女之家”举办读书分享会,40名居民参加。", None, "新华社区妇女之家", "village"),
    ("body", "新华社区妇联开展插花活动",
     "近日,新华社区妇女之家开展插花活动。社区妇联主席介绍,新华社区妇联每月开展活动2次。", None,
     "新华社区妇联", "village"),
    ("body", "县妇联在新华村妇女之家开展宣讲",
     "近日,平江县妇联在新华村妇女之家开展家风宣讲,60名村民参加。", None, "平江县妇联", "county"),
    # none: a person's story, a family's story, a general news item: no body does the work
    _known_limit("none", "“巾帼创业带头人”张丽:让乡亲们的日子红火起来",
     "张丽是大阁镇新华村村民。2016年,她返乡创办了合作社,带动200余名妇女就业。2020年,她被河北省妇联"
     "授予“巾帼建功标兵”称号。", None, None, "unknown", reason=PERSON_STORY),
    _known_limit("none", "她用爱心温暖留守儿童",
     "李红是让胡路区乘风街道的一名社区工作者。十年来,她坚持为留守儿童辅导功课。今年3月,她被评为大庆市"
     "“最美家庭”,市妇联主席为她颁奖。", None, None, "unknown", reason=PERSON_STORY),
    _known_limit("none", "“最美家庭”王建国家:孝老爱亲传家风",
     "王建国一家住在枣阳市吴店镇。多年来,一家人孝老爱亲,邻里和睦。2022年,王建国家庭被湖北省妇联评为"
     "“最美家庭”。", None, None, "unknown", reason=PERSON_STORY),
    _known_limit("none", "巾帼志愿者刘芳:做群众的贴心人",
     "刘芳是涡阳县青疃镇的一名巾帼志愿者。2018年,她加入县妇联组建的巾帼志愿服务队,累计服务时长2000小时。",
     None, None, "unknown", reason=PERSON_STORY),
    _known_limit("none", "一位女村支书的乡村振兴路",
     "王梅是丹麻镇新华村党支部书记。2015年,她辞去城里的工作回到村里。在她的带领下,村里办起了合作社。"
     "如今,她还担任镇妇联执委。", None, None, "unknown", reason=PERSON_STORY),
    _known_limit("none", "家庭教育小贴士:如何与青春期孩子沟通",
     "青春期是孩子成长的关键时期。家长要学会倾听,尊重孩子的想法。专家提醒,市妇联开设的家庭教育热线"
     "可以为家长提供帮助。", None, None, "unknown", reason=PERSON_STORY),
    _known_limit("none", "民法典里的婚姻家庭知识",
     "民法典对婚姻家庭关系作出了明确规定。夫妻在婚姻家庭中地位平等。如遇家庭暴力,可以向公安机关报警,也可以"
     "向县妇联求助。", None, None, "unknown", reason=PERSON_STORY),
    _known_limit("none", "她从农家女成长为致富能手",
     "在遵义市仁怀市的山村里,罗芳的名字家喻户晓。十年前,她带着5000元创业,如今年销售额超过百万元。"
     "她先后获得省“三八红旗手”、市“巾帼建功标兵”等称号。", None, None, "unknown", reason=PERSON_STORY),
    _known_limit("none", "平江县女企业家的创业故事",
     "在平江县,有这样一位女企业家。她叫陈静,2010年创办食品公司。公司现有员工300余人,其中女职工"
     "200余人。她说,县妇联一直是她的“娘家”。", None, None, "unknown", reason=PERSON_STORY),
    # stop 26 (the author around its evidence). credit: a 来源/供稿/作者 line (not a 通讯员 credit,
    # stop-30 second wave, row 21) or a bracketed
    # credit naming a federation (or a department of one) is the byline; a credit naming an
    # outlet, an editor, or the site's owner posting another body's work is not
    ("credit", "市妇联举办家庭教育讲座",
     "来源:宁乡市妇联\n近日,市妇联在市图书馆举办家庭教育讲座,200余名家长参加。", None, "宁乡市妇联",
     "county"),
    ("credit", "巾帼志愿服务进社区",
     "近日,县妇联组织巾帼志愿者走进社区开展志愿服务,服务群众300余人次。(临泉县妇联供稿)", None,
     "临泉县妇联", "county"),
    ("credit", "城关镇开展“三八”维权宣传",
     "供稿:城关镇妇联\n3月8日,临泉县城关镇在集贸市场开展维权宣传活动,发放资料500余份。", None,
     "城关镇妇联", "township"),
    # (a 通讯员 credit decides neither author nor outlet, stop-30 second wave, row 21: the author is the
    # title's and opening's bare 市妇联)
    ("credit", "市妇联开展“两癌”筛查",
     "通讯员 桐乡市妇联 王芳\n近日,市妇联联合市卫健局为600名农村妇女开展免费“两癌”筛查。", None, "市妇联",
     "city"),
    ("credit", "婺源县召开妇女工作座谈会",
     "作者:婺源县妇联宣传部\n近日,县妇联召开妇女工作座谈会,各乡镇妇联主席参加。", None, "婺源县妇联",
     "county"),
    ("credit", "新罗区妇联举办巾帼创业培训班",
     "来源:新罗区妇联组宣部\n近日,区妇联举办巾帼创业培训班,50名妇女参加。", None, "新罗区妇联", "county"),
    ("credit", "巾帼创业培训班开班",
     "(文/新罗区妇联 陈丽)近日,区妇联举办巾帼创业培训班,50名妇女参加。", None, "新罗区妇联", "county"),
    ("credit", "婺源县妇联开展家风宣讲",
     "发布单位:上饶市妇联\n近日,婺源县妇联在紫阳镇开展家风宣讲活动,200余名群众参加。", None, "婺源县妇联",
     "county"),
    ("credit", "上饶市妇联开展家风宣讲",
     "发布单位:上饶市妇联\n近日,市妇联在婺源县紫阳镇开展家风宣讲活动,200余名群众参加。", None, "上饶市妇联",
     "city"),
    ("credit", "凯里市妇联开展关爱留守儿童活动",
     "来源:凯里市人民政府网\n近日,凯里市妇联组织志愿者走访慰问留守儿童30名。", None, "凯里市妇联", "county"),
    ("credit", "城关街道妇联开展亲子阅读活动",
     "近日,蒙城县城关街道妇联开展亲子阅读活动,40组家庭参加。(蒙城县妇联)", None, "城关街道妇联",
     "township"),
    ("credit", "蒙城县妇联举办“最美家庭”颁奖仪式",
     "编辑:亳州市妇联\n近日,蒙城县妇联举办“最美家庭”颁奖仪式,表彰最美家庭20户。", None, "蒙城县妇联",
     "county"),
    ("credit", "县妇联开展送温暖活动",
     "信息来源:灌南县妇联\n近日,县妇联走访慰问困难妇女50名,送去慰问金2万元。", None, "灌南县妇联", "county"),
    ("credit", "南充市妇联来仪陇调研",
     "稿源:仪陇县妇联\n近日,南充市妇联副主席一行来仪陇调研妇女之家建设,县妇联主席陪同。", None,
     "仪陇县妇联", "county"),
    ("credit", "巾帼家政培训班开班",
     "供稿单位:新郑市妇联\n近日,巾帼家政培训班开班,60名妇女参加培训。", None, "新郑市妇联", "county"),
    ("credit", "苍南县妇联开展反家暴宣传",
     "撰稿:苍南县妇联 李洁\n近日,县妇联在灵溪镇开展反家暴宣传,发放资料800余份。", None, "苍南县妇联",
     "county"),
    ("credit", "郫都区妇联开展家庭教育讲座",
     "责任编辑:王芳\n来源:成都日报\n近日,郫都区妇联在红光街道开展家庭教育讲座,100余名家长参加。", None,
     "郫都区妇联", "county"),
    # dateline: a place's dateline (甲讯) names the author's place for a federation named by its
    # level; a paper's or a wire's dateline names the outlet, not the author
    ("dateline", "市妇联举办巾帼创业大赛",
     "宁乡讯(通讯员 李娜)近日,市妇联举办巾帼创业大赛,30名选手参赛。", None, "宁乡市妇联", "county"),
    ("dateline", "县妇联开展巾帼志愿服务",
     "竹山讯 近日,县妇联组织巾帼志愿者开展环境整治志愿服务,100余名志愿者参加。", None, "竹山县妇联",
     "county"),
    ("dateline", "宜章县妇联开展“两癌”救助",
     "中国妇女报讯(记者 张三)近日,宜章县妇联为20名患病妇女发放救助金10万元。", None, "宜章县妇联", "county"),
    ("dateline", "全国妇联召开执委会议",
     "新华社北京3月1日电 全国妇联十三届二次执委会议1日在京召开。", None, "全国妇联", "national"),
    ("dateline", "宜章县妇联开展家风宣讲",
     "郴州讯 近日,宜章县妇联在玉溪镇开展家风宣讲活动,200余名群众参加。", None, "宜章县妇联", "county"),
    ("dateline", "县妇联联合人社局举办招聘会",
     "莒南讯 近日,县妇联联合县人社局举办巾帼专场招聘会,提供岗位800余个。", None, "莒南县妇联", "county"),
    ("dateline", "市妇联开展“三八”维权宣传",
     "武穴讯 3月8日,市妇联在市民广场开展维权宣传活动,发放资料600余份。", None, "武穴市妇联", "county"),
    ("dateline", "应县妇联开展巾帼健步走",
     "朔州讯 近日,应县妇联组织开展巾帼健步走活动,300余名妇女参加。", None, "应县妇联", "county"),
    ("dateline", "旗妇联开展家庭教育宣讲",
     "达拉特讯 近日,旗妇联在树林召镇开展家庭教育宣讲,150余名家长参加。", None, "达拉特旗妇联", "county"),
    # site: the site's header names the author's place for a bare level word, not the author of
    # another body's work it posts
    ("site", "市妇联开展巾帼志愿服务",
     "怀仁市人民政府\n首页 > 部门动态\n近日,市妇联组织巾帼志愿者开展志愿服务,服务群众200余人次。", None,
     "怀仁市妇联", "county"),
    ("site", "阳高县妇联开展“最美家庭”评选",
     "大同市妇女联合会\n首页 > 基层动态\n近日,阳高县妇联开展“最美家庭”评选活动,评出最美家庭30户。", None,
     "阳高县妇联", "county"),
    ("site", "竹山县妇联开展家风宣讲",
     "十堰市妇联 主办\n近日,竹山县妇联在各乡镇开展家风宣讲,300余名群众参加。", None, "竹山县妇联", "county"),
    ("site", "县妇联开展关爱儿童活动",
     "近日,县妇联组织志愿者走访慰问留守儿童40名。", "http://www.yizhang.gov.cn/zwgk/1.html", "宜章县妇联",
     "county"),
    ("site", "州妇联举办妇女干部培训班",
     "黔东南州人民政府\n近日,州妇联在凯里市举办妇女干部培训班,100名妇女干部参加。", None, "黔东南州妇联",
     "city"),
    ("site", "盟妇联开展“三八”系列活动",
     "锡林郭勒盟行政公署\n近日,盟妇联开展庆“三八”系列活动,500余名妇女参加。", None, "锡林郭勒盟妇联", "city"),
    # lower: a higher body's site posts a lower unit's own work: the lower unit wrote it
    ("lower", "柳市镇妇联开展巾帼志愿服务",
     "乐清市人民政府\n乡镇动态\n近日,柳市镇妇联组织巾帼志愿者开展志愿服务,服务群众100余人次。", None,
     "柳市镇妇联", "township"),
    ("lower", "瓯北街道妇联举办亲子活动",
     "永嘉县妇女联合会\n基层动态\n近日,瓯北街道妇联举办亲子运动会,80组家庭参加。", None, "瓯北街道妇联",
     "township"),
    _known_limit("lower", "大店镇妇联开展“美丽庭院”创建",
     "莒南县妇女联合会\n基层动态\n来源:莒南县妇女联合会\n近日,大店镇妇联开展“美丽庭院”创建活动,评选示范户"
     "30户。", None, "大店镇妇联",
     "township", reason=POSTING_CREDIT),
    ("lower", "树林召镇妇联开展家风宣讲",
     "达拉特旗人民政府\n近日,树林召镇妇联走进各村开展家风宣讲活动,旗妇联副主席出席。", None, "树林召镇妇联",
     "township"),
    # level: a level word alone in the text, its place named only apart (composed authors)
    _known_limit("level", "县妇联开展“三八”慰问",
     "近日,县妇联走访慰问困难妇女30名。郴州市妇联副主席一同走访。宜章县共有困难妇女300余名。", None,
     "宜章县妇联", "county", reason=PLACE_AFTER_GUEST),
    ("level", "县妇联组织妇女参加技能培训",
     "近日,县妇联组织50名妇女参加省妇联举办的电商技能培训班。竹山县妇联主席带队。", None, "竹山县妇联",
     "county"),
    ("level", "区妇联开展家庭教育讲座",
     "近日,区妇联在红光街道开展家庭教育讲座,100余名家长参加。郫都区妇联还将开展系列讲座。", None,
     "郫都区妇联", "county"),
    ("level", "街道妇联开展插花活动",
     "近日,瓯北街道妇联开展插花活动,40名妇女参加。县妇联副主席到场指导。", None, "瓯北街道妇联", "township"),
    ("level", "镇妇联开展庭院评比",
     "近日,应县金城镇妇联开展“美丽庭院”评比活动,评出示范户50户。县妇联主席为获奖家庭颁奖。", None,
     "金城镇妇联", "township"),
    # class: every federation the text names is a class (各级妇联, 全市各级妇联组织, 县级以上妇联) or
    # a list of levels (市、县妇联): no one body wrote it (the stop-17 class reading), whatever
    # scope the text writes in (我省, 全市)
    ("class", "我省妇女工作综述",
     "一年来,我省广大妇女在各条战线上建功立业。全省各级妇联围绕中心工作,组织20万妇女参加技能培训,"
     "各级妇联共建立妇女之家3000个。", None, None, "unknown"),
    _known_limit("class", "延边州妇女事业发展五年综述",
     "五年来,各级妇联组织坚持围绕中心、服务大局,团结带领全州广大妇女建功立业。延边州妇女事业取得长足"
     "进步,各级妇联组织建设不断加强。", None, None, "unknown", reason=NULL_AUTHOR_LEVEL),
    _known_limit("class", "西宁市妇儿维权服务阵地达1300余个",
     "截至目前,西宁市各社区、学校建立妇儿维权服务阵地1300余个。据了解,全市各级妇联一直以来认真履行维权"
     "职责。今年,全市县级以上妇联为300余名妇女提供咨询服务。市、县妇联还联合检察院召开联席会议。",
     None, None, "unknown", reason=NULL_AUTHOR_LEVEL),
    _known_limit("class", "全市妇联系统开展“三八”系列活动",
                 "3月8日前后,全市各级妇联组织开展形式多样的庆祝活动。各县区妇联举办座谈会20场,各乡镇妇联开展"
                 "文艺演出50场,惠及妇女2万人次。", None, None, "unknown", reason=FEDERATION_SYSTEM),
    ("class", "全市各级妇联开展“三八”系列活动",
     "3月8日前后,全市各级妇联组织开展形式多样的庆祝活动。各县区妇联举办座谈会20场,各乡镇妇联开展文艺"
     "演出50场,惠及妇女2万人次。", None, None, "unknown"),
    # (but a class in the first person, 我县各级妇联组织, is the narrator's own system: its unit's
    # federation wrote it, stop 28; tests/organisation_probes_stop28.py)
    ("class", "我县妇女工作取得新成效",
     "今年以来,我县各级妇联组织围绕县委中心工作,积极开展巾帼建功活动,各乡镇妇联共举办培训班30期。",
     None, "县妇联", "county"),
    # (not where one federation is named by its level or place beside the class: it is the author)
    ("class", "县妇联召开全县妇联工作会议",
     "近日,县妇联召开全县妇联工作会议,总结全县各级妇联2023年工作。各乡镇妇联主席参加会议。我县各级妇联"
     "将继续发挥作用。", "http://www.yizhang.gov.cn/a/1.html", "宜章县妇联", "county"),
    ("class", "全市各级妇联开展“三八”活动",
     "3月8日前后,全市各级妇联开展庆祝活动。其中,黄冈市妇联举办了表彰大会,表彰三八红旗手50名。市妇联"
     "还将继续开展系列活动。", None, "黄冈市妇联", "city"),
    # opening: two bodies of different levels in the title and opening; which one the clause
    # makes its subject decides (a visitor by title, a guest, a partner, a carrier)
    ("opening", "黔东南州凯里市妇联开展巾帼志愿服务",
     "近日,黔东南州凯里市妇联组织巾帼志愿者开展志愿服务,服务群众200余人次。", None, "凯里市妇联", "county"),
    ("opening", "鳌江镇新华社区妇联联合镇妇联开展亲子活动",
     "近日,平阳县鳌江镇新华社区妇联联合镇妇联开展亲子活动,50组家庭参加。", None, "新华社区妇联", "village"),
    ("opening", "北白象镇在新华村开展“美丽庭院”评比",
     "近日,乐清市北白象镇在新华村开展“美丽庭院”评比活动,评出示范户30户。", None, "北白象镇", "township"),
    ("opening", "乐清市妇联在北白象镇开展家风宣讲",
     "近日,乐清市妇联在北白象镇新华村开展家风宣讲活动,镇妇联主席陪同,100余名村民参加。", None,
     "乐清市妇联", "county"),
    ("opening", "北白象镇妇联在新华村开展插花活动",
     "近日,乐清市北白象镇妇联在新华村开展插花活动,30名妇女参加。", None, "北白象镇妇联", "township"),
    ("opening", "温州市妇联主席到乐清市调研",
     "近日,温州市妇联党组书记、主席王芳到乐清市调研妇女之家建设,乐清市妇联主席陪同。", None, "温州市妇联",
     "city"),
    ("opening", "乐清市妇联召开执委会议",
     "近日,乐清市妇联召开十届三次执委会议,温州市妇联副主席到会指导。", None, "乐清市妇联", "county"),
    ("opening", "温州:鹿城区妇联开展“三八”维权宣传",
     "3月8日,鹿城区妇联在五马街道开展维权宣传活动,发放资料1000余份。", None, "鹿城区妇联", "county"),
    # 主办 over 承办 with no byline, 来源 line or first person (stop-30 second wave, row 19)
    ("opening", "巾帼创业大赛在鹿城区举行",
     "近日,由温州市妇联主办、鹿城区妇联承办的巾帼创业大赛在鹿城区举行,30名选手参赛。", None, "温州市妇联",
     "city"),
    ("opening", "鹿城区妇联组织妇联主席参加培训",
     "近日,鹿城区妇联组织各街道妇联主席参加温州市妇联举办的基层妇联干部培训班。", None, "鹿城区妇联",
     "county"),
    ("opening", "温州市妇联在五马街道开展“两癌”筛查",
     "近日,温州市妇联在鹿城区五马街道开展“两癌”免费筛查,区妇联主席陪同,300名妇女受益。", None,
     "温州市妇联", "city"),
    ("opening", "瑞安市塘下镇妇联举办巾帼电商培训",
     "近日,瑞安市塘下镇妇联举办巾帼电商培训班,温州市妇联副主席出席开班仪式并讲话。", None, "塘下镇妇联",
     "township"),
    ("opening", "龙湾区永中街道开展家庭教育讲座",
     "近日,龙湾区永中街道举办家庭教育讲座,区妇联副主席出席,80余名家长参加。", None, "永中街道", "township"),
    ("opening", "洞头区妇联走访慰问困难妇女",
     "近日,洞头区妇联主席带领机关干部走访慰问困难妇女20名。", None, "洞头区妇联", "county"),
    ("opening", "市妇联领导到平阳县督导“两癌”筛查",
     "近日,温州市妇联副主席一行到平阳县督导“两癌”筛查工作,县妇联主席陪同。", None, "温州市妇联", "city"),
    ("opening", "县妇联主席深入鳌江镇调研",
     "近日,平阳县妇联主席深入鳌江镇调研妇女之家建设,镇妇联主席汇报了工作。", None, "平阳县妇联", "county"),
    ("opening", "平阳县召开妇联执委会议",
     "近日,平阳县妇联召开执委(扩大)会议,各乡镇妇联主席参加,县委副书记出席并讲话。", None, "平阳县妇联",
     "county"),
    ("opening", "瑞安市妇联携手塘下镇开展巾帼志愿服务",
     "近日,瑞安市妇联携手塘下镇妇联开展巾帼志愿服务活动,100余名志愿者参加。", None, "瑞安市妇联", "county"),
    ("opening", "塘下镇妇联在瑞安市妇联指导下开展活动",
     "近日,塘下镇妇联在瑞安市妇联的指导下开展“美丽庭院”创建活动,评出示范户50户。", None, "塘下镇妇联",
     "township"),
    # chrome: the page's furniture names other federations (a footer's owner, a 上一篇/下一篇 link,
    # a related-news list, a menu); the item's own work decides
    ("chrome", "平阳县妇联开展巾帼志愿服务",
     "近日,县妇联组织巾帼志愿者走进鳌江镇开展志愿服务,服务群众200余人次。\n上一篇:瑞安市妇联召开执委会议\n"
     "下一篇:温州市妇联开展“两癌”筛查", "http://www.pingyang.gov.cn/a/1.html", "平阳县妇联", "county"),
    ("chrome", "县妇联举办家庭教育讲座",
     "近日,县妇联在县图书馆举办家庭教育讲座,100余名家长参加。\n相关新闻\n温州市妇联召开全市妇联工作会议\n"
     "瑞安市妇联开展“三八”系列活动\n乐清市妇联举办巾帼创业大赛", "http://www.pingyang.gov.cn/a/2.html",
     "平阳县妇联", "county"),
    ("chrome", "塘下镇妇联开展“美丽庭院”评比",
     "近日,塘下镇妇联开展“美丽庭院”评比活动,评出示范户50户。\n主办:瑞安市妇女联合会 版权所有\n"
     "地址:瑞安市安阳街道", None, "塘下镇妇联", "township"),
    ("chrome", "区妇联开展亲子阅读活动",
     "温州市妇女联合会\n首页 | 妇联动态 | 县区动态 | 联系我们\n您的位置:首页 > 县区动态\n"
     "区妇联开展亲子阅读活动\n近日,鹿城区妇联在五马街道开展亲子阅读活动,50组家庭参加。", None, "鹿城区妇联",
     "county"),
    _known_limit("chrome", "市妇联开展关爱留守儿童活动",
     "近日,市妇联组织志愿者走访慰问留守儿童30名,送去学习用品。志愿者与孩子们一起做游戏、讲故事。"
     "下一步,市妇联将持续开展关爱行动。\n推荐阅读\n乐清市妇联开展巾帼志愿服务\n"
     "乐清市北白象镇妇联举办插花活动", "http://www.ruian.gov.cn/a/3.html", "瑞安市妇联", "county",
     reason=PAGE_AFTER_ARTICLE),
    _known_limit("chrome", "镇妇联举办插花活动",
     "近日,镇妇联在新华村举办插花活动,30名妇女参加。老师现场讲解插花技巧。大家纷纷表示收获很大。"
     "\n来源:北白象镇人民政府\n责任编辑:李娜\n"
     "【打印】【关闭】\n乐清市妇联 乐清市总工会 团市委", None, "北白象镇妇联", "township",
     reason=PAGE_AFTER_ARTICLE),
    ("chrome", "洞头区妇联召开执委会议",
     "近日,洞头区妇联召开执委会议,区委常委出席并讲话。\n热点新闻:\n1.温州市妇联召开十二届三次执委会议\n"
     "2.温州市妇联开展“三八”系列活动\n3.温州市妇联举办巾帼创业大赛", None, "洞头区妇联", "county"),
    ("chrome", "永中街道妇联开展反家暴宣传",
     "龙湾区人民政府\n首页>>镇街动态\n近日,永中街道妇联在社区广场开展反家暴宣传,发放资料500余份。区妇联副主席"
     "到现场指导。\n分享到:微信 微博\n温州市妇联 龙湾区妇联 龙湾区总工会", None, "永中街道妇联", "township"),
]


# Every audit's table (the stop-28 modules' cases are run as these are).
AUDITS = {"stop25": PROBES, "stop28": organisation_probes_stop28.PROBES,
          "stop28b": organisation_probes_stop28b.PROBES, "stop29": organisation_probes_stop29.PROBES,
          "stop29b": organisation_probes_stop29b.PROBES, "stop29c": organisation_probes_stop29c.PROBES,
          "stop29d": organisation_probes_stop29d.PROBES, "stop30": organisation_probes_stop30.PROBES,
          "stop30b": organisation_probes_stop30b.PROBES,
          "stop31": organisation_probes_stop31.PROBES, "stop31c": organisation_probes_stop31c.PROBES,
          "stop31d": organisation_probes_stop31d.PROBES, "stop32": organisation_probes_stop32.PROBES,
          "stop32b": organisation_probes_stop32b.PROBES, "stop33": organisation_probes_stop33.PROBES,
          "stop33b": organisation_probes_stop33b.PROBES}


@pytest.mark.parametrize("kind, title, body, url, organisation, level",
                         [case for cases in AUDITS.values() for case in cases],
                         ids=[f"{audit}-{i}" for audit, cases in AUDITS.items() for i in range(len(cases))])
def test_the_reporting_body_by_kind_of_miss(kind, title, body, url, organisation, level):
    meta = describe_text(f"{title}\n{body}\n", url=url)
    assert_author(meta, organisation, level, kind)
