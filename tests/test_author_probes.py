"""Stop-24 probes of the reporting body, written for the learned-choice experiment
(tools/author_cv.py trains on them with the round-23 probes): one short page per way a Chinese
report page names its author, with the answer the written conventions give: byline and 来源
first, then the body doing the work in the title or first sentence; superiors, guests,
visitors, instructions and honour givers are not the author; a class of federations, joint
federations of different places and a collection have none; a unit that acts with its
federation named only through officers is the author as written. All written for this test
(no report text). Each case: title, body, url, organisation, level, what it shows."""

from __future__ import annotations

import pytest

from .conftest import assert_author, describe_text
from .conftest import known_gap as _known_limit

# Known limits of the cascade (strict: a fix must remove the mark).
AUTONOMOUS_SHORT = "an autonomous county's federation written short (互助县妇联)"
CORPS_CITY = "a corps division's city (第一师阿拉尔市妇联) cut to the division"



PROBES = [
    ("浏阳市妇联举办家庭教育讲座",
     "近日，浏阳市妇联在市图书馆举办家庭教育公益讲座，200余名家长参加。长沙市妇联副主席到会指导。",
     "http://www.liuyang.gov.cn/news/1.html", "浏阳市妇联", "county", "lead actor over a guest superior"),
    ("会宁县妇联开展“三八”节慰问活动",
     "3月6日，会宁县妇联组织干部走访慰问困难妇女30户。甘肃省妇联、白银市妇联有关领导陪同。",
     None, "会宁县妇联", "county", "lead actor over accompanying superiors"),
    ("正定县：巾帼志愿服务进社区",
     "近日，正定县妇联联合县卫健局开展巾帼志愿服务进社区活动，为居民义诊100余人次。",
     "http://www.zd.gov.cn/a/2.html", "正定县妇联", "county", "title tag and lead actor"),
    ("周市镇召开妇女代表大会",
     "4月12日，昆山市周市镇第三次妇女代表大会召开。昆山市妇联主席出席会议并讲话。镇妇联主席作工作报告。",
     None, "周市镇妇联", "township", "own congress, the city's chair a guest"),
    ("递铺街道开展“美丽庭院”评选",
     "近日，安吉县递铺街道开展“美丽庭院”评选活动，街道妇联执委参加评审。共评出示范户50户。",
     None, "递铺街道", "township", "the unit acts, its federation only through officers"),
    ("博罗县妇联召开执委会议",
     "来源：博罗县妇联\n5月20日，县妇联召开十二届三次执委会议。惠州市妇联副主席到会指导。",
     "https://www.boluo.gov.cn/x/3.html", "博罗县妇联", "county", "来源 line decides"),
    ("省妇联调研组来湄潭调研",
     "6月3日，贵州省妇联调研组来湄潭县调研妇女创业工作。湄潭县妇联汇报了全县巾帼创业就业情况。",
     None, "湄潭县妇联", "county", "a visit told with 来: the host reports it"),
    ("宾川县妇联赴大理市学习考察",
     "近日，宾川县妇联组织乡镇妇联主席一行15人赴大理市学习考察“妇女之家”建设。",
     None, "宾川县妇联", "county", "the visitor's own trip"),
    ("泽州县各级妇联扎实开展家风建设",
     "今年以来，泽州县各级妇联围绕家风建设开展活动120余场，受益群众1万余人。",
     None, None, "unknown", "a class of federations: no one author"),
    ("市妇联与县妇联联合开展宣传活动",
     "3月8日，绥化市妇联与海伦市妇联联合开展妇女维权宣传活动，发放资料2000余份。",
     None, None, "unknown", "two federations of different levels jointly: none"),
    ("梨树县妇联：三项举措助力乡村振兴",
     "今年以来，梨树县妇联紧紧围绕县委中心工作，以“巾帼建新功”为主线，开展技能培训20期。",
     "http://www.lishu.gov.cn/zw/4.html", "梨树县妇联", "county", "title tag with a federation"),
    ("霍山县召开妇女儿童工作会议",
     "4月8日，霍山县召开妇女儿童工作会议。县委副书记出席会议并讲话，县妇联主席通报了去年工作。",
     None, "霍山县", "county", "the county holds the meeting; its federation reports in it"),
    ("于都县妇联开展家政技能培训",
     "近日，于都县妇联在县职业中专开展家政服务技能培训班，培训妇女80人。\n（于都县妇联供稿）",
     None, "于都县妇联", "county", "closing credit agrees with the lead"),
    ("栾川县开展巾帼家政培训",
     "近日，栾川县在县人社局开展巾帼家政培训，学员50人。\n供稿单位：栾川县人民政府",
     None, "栾川县人民政府", "county", "a 供稿 line names a government office"),
    ("秭归县妇联组织收看全国妇联执委会议",
     "5月18日，秭归县妇联组织机关干部收看全国妇联十三届三次执委会议直播。",
     None, "秭归县妇联", "county", "the national federation named in passing"),
    ("全国妇联召开十三届三次执委会议",
     "新华社北京5月18日电 全国妇联十三届三次执委会议18日在京召开。会议审议通过了有关文件。",
     None, "全国妇联", "national", "the national federation's own meeting"),
    ("阳朔县妇联获评全国三八红旗集体",
     "近日，阳朔县妇联被全国妇联授予“全国三八红旗集体”称号。县妇联将以此为契机继续推动工作。",
     None, "阳朔县妇联", "county", "the honour's giver is not the author"),
    ("宁城县妇联传达学习自治区妇联会议精神",
     "近日，宁城县妇联召开会议，传达学习内蒙古自治区妇联十一届二次执委会议精神，安排部署下步工作。",
     None, "宁城县妇联", "county", "a superior in an instruction frame"),
    ("城固县妇联在市妇联的指导下开展培训",
     "近日，城固县妇联在汉中市妇联的指导下，举办农村妇女电商培训班，学员60人。",
     None, "城固县妇联", "county", "a superior in an under frame"),
    _known_limit("互助县妇联举办手工刺绣培训",
     "近日，互助土族自治县妇联在丹麻镇举办土族盘绣培训班，丹麻镇妇联组织40名妇女参加。",
     None, "互助土族自治县妇联", "county", "a lower federation that sends participants",
     reason=AUTONOMOUS_SHORT),
    ("呼图壁县妇联开展普法宣传",
     "3月15日，呼图壁县妇联在县城广场开展普法宣传。昌吉州妇联、县司法局有关人员参加。",
     None, "呼图壁县妇联", "county", "a superior among attendees"),
    ("尤溪县妇联举办“最美家庭”分享会",
     "尤溪讯 近日，尤溪县妇联举办“最美家庭”事迹分享会，10户家庭分享家风故事。",
     None, "尤溪县妇联", "county", "a dateline names the outlet's place"),
    ("开原市妇联召开全市妇联系统工作会议",
     "2月25日，开原市妇联召开全市妇联系统工作会议。铁岭市妇联副主席出席会议并讲话，各乡镇妇联主席参加。",
     None, "开原市妇联", "county", "own system meeting with a guest superior"),
    ("我镇妇联开展“两癌”筛查",
     "近日，我镇妇联联合镇卫生院开展农村妇女“两癌”免费筛查，受益妇女300人。\n城关镇妇联",
     None, "城关镇妇联", "township", "a signature and the first person"),
    ("红星村妇联组织妇女学习插花",
     "近日，浏阳市永安镇红星村妇联组织村里妇女学习插花技艺，30余名妇女参加。",
     None, "红星村妇联", "village", "a village federation after its units"),
    ("新华社区开展亲子阅读活动",
     "近日，正定县新华社区开展亲子阅读活动，20组家庭参与。社区妇联主席主持活动。",
     None, "新华社区", "village", "the community acts, its federation only through its chair"),
    ("江西省妇联举办女企业家培训班",
     "来源：江西省妇联\n近日，江西省妇联在南昌举办女企业家能力提升培训班，赣州市妇联、于都县妇联推荐的学员参加。",
     "http://www.jxwomen.org.cn/p/6.html", "江西省妇联", "province", "来源 and lead over named lower ones"),
    ("四川省妇联召开党组会议",
     "9月2日，四川省妇联党组召开会议，传达学习全国妇联有关会议精神。",
     None, "四川省妇联", "province", "the federation's own party group"),
    ("福建：各地妇联开展“三八”系列活动",
     "“三八”期间，福建省各级妇联开展系列活动。三明市妇联举办表彰会；尤溪县妇联开展义诊。",
     None, None, "unknown", "a collection of several bodies' items (class in headline and opening)"),
    _known_limit("兵团第一师妇联开展巾帼建功活动",
     "近日，第一师阿拉尔市妇联组织开展巾帼建功主题活动，各团场妇联积极参与。",
     None, "第一师阿拉尔市妇联", "city", "a corps unit's federation", reason=CORPS_CITY),
    ("赤峰市妇联到宁城县开展送温暖活动",
     "1月20日，赤峰市妇联赴宁城县开展送温暖活动，为困难妇女送去米面油。宁城县妇联负责人陪同。",
     None, "赤峰市妇联", "city", "the visitor does the work it reports"),
    ("梨树县妇女就业服务中心开展招聘会",
     "近日，梨树县妇女就业服务中心举办专场招聘会，提供岗位500个。",
     None, "梨树县妇女就业服务中心", "county", "an institution acts in the lead"),
    ("惠州市妇联召开“巾帼心向党”座谈会",
     "3月1日，惠州市妇联召开座谈会。博罗县妇联、惠阳区妇联作交流发言。",
     "https://www.huizhou.gov.cn/n/7.html", "惠州市妇联", "city", "lower federations that speak"),
]


@pytest.mark.parametrize("title, body, url, organisation, level, shows", PROBES)
def test_the_author_of_a_probe_page(title, body, url, organisation, level, shows):
    assert_author(describe_text(f"{title}\n{body}\n", url=url), organisation, level, shows)
