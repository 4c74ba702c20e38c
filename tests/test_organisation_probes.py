"""Round 23 audit of the reporting body: one short page per common way a Chinese page says who
reports (a federation's own summary, a portal's item on a town's or community's federation, a
relay by a city site, a newspaper or a WeChat account, a higher federation's visit, joint
work, masked names, a unit's own 妇委会), with the organisation and level that
docs/ANNOTATION.md and the settled conventions of eval/dev/README.md give. All written for
this test (no report text); the organisation is compared as the scorer compares it."""

from __future__ import annotations

import pytest

from .conftest import assert_author, describe_text
from .conftest import known_gap as _known_limit

# Known limits (strict: a fix must remove the mark).
UNIT_AFTER_MASTHEAD = "a county acting with 通过 after a paper's masthead"




PROBES = [
    # a county federation's own page: its summary, its event, its signature
    ("宁海县妇联2023年工作总结\n2023年,县妇联在县委的坚强领导下,团结带领全县妇女建功立业。",
     "宁海县妇联", "county"),
    ("彭泽县妇联开展“三八”维权宣传活动\n3月8日,彭泽县妇联在县城广场开展维权宣传,发放资料500余份。",
     "彭泽县妇联", "county"),
    ("2022年工作总结\n今年以来,我县妇联紧紧围绕县委中心工作,组织妇女参加培训1200人次。\n临泉县妇联\n"
     "2022年12月20日", "临泉县妇联", "county"),
    ("平原县妇联召开十届三次执委会议\n1月10日,平原县妇联召开十届三次执委会议,德州市妇联副主席到会指导。",
     "平原县妇联", "county"),
    ("发布时间:2023-05-10 来源:宁海县妇联\n巾帼志愿者走进敬老院\n近日,县妇联组织巾帼志愿者走进敬老院"
     "开展服务。", "宁海县妇联", "county"),
    ("东辽县妇女联合会关于2021年工作的报告\n2021年,东辽县妇女联合会坚持服务大局,全年举办培训班20期。",
     "东辽县妇联", "county"),
    ("德州市妇联举办家庭教育讲座\n近日,德州市妇联邀请专家为200余名家长举办家庭教育讲座。",
     "德州市妇联", "city"),
    ("浙江省妇联召开全省妇联主席会议\n2月20日,浙江省妇联召开全省妇联主席会议,各市妇联主席参加。",
     "浙江省妇联", "province"),
    # a government portal's item on a town's, street's or community's federation
    ("宁海县人民政府网\n首页 > 乡镇动态\n跃龙街道妇联开展家风宣讲\n近日,跃龙街道妇联走进社区开展家风宣讲"
     "活动,50余名居民参加。", "跃龙街道妇联", "township"),
    ("来源：彭泽县人民政府网\n龙城镇妇联举办妇女技能培训班\n5月12日,龙城镇妇联举办妇女技能培训班,40名"
     "妇女参加。", "龙城镇妇联", "township"),
    ("宁海县人民政府网\n长街镇新塘社区妇联开展插花活动\n近日,长街镇新塘社区妇联组织辖区妇女开展插花活动。",
     "新塘社区妇联", "village"),
    ("宁海县人民政府网\n前童镇:镇妇联开展“两癌”筛查\n近日,镇妇联联合镇卫生院为300名妇女开展免费筛查。",
     "前童镇妇联", "township"),
    ("宁海县人民政府网\n西店镇妇联召开表彰大会\n3月6日,西店镇妇联召开“最美家庭”表彰大会,县妇联主席王丽"
     "出席并讲话。", "西店镇妇联", "township"),
    ("彭泽县人民政府网\n马垱镇举办妇女创业培训\n近日,马垱镇举办妇女创业培训,60名妇女参加。",
     "马垱镇", "township"),
    ("宁海县人民政府网\n跃龙街道召开妇女工作会议\n近日,跃龙街道召开妇女工作会议,各社区妇联主席参加。",
     "跃龙街道", "township"),
    ("彭泽县人民政府网\n棉船镇妇联成立巾帼志愿服务队\n在县妇联的指导下,棉船镇妇联近日成立巾帼志愿服务队。",
     "棉船镇妇联", "township"),
    # a city site or paper relaying a county federation's item
    ("来源：阜阳市人民政府网\n临泉县妇联开展巾帼创业培训\n近日,临泉县妇联举办巾帼创业培训班,100名妇女参加。",
     "临泉县妇联", "county"),
    ("平原县妇联联合人社局举办巾帼招聘会\n德州新闻网讯 近日,平原县妇联联合县人社局举办招聘会,提供岗位"
     "300余个。", "平原县妇联", "county"),
    ("九江市妇联网站\n各地动态\n彭泽县妇联开展家教进社区活动\n近日,彭泽县妇联走进社区开展家庭教育宣讲。",
     "彭泽县妇联", "county"),
    ("县区动态\n宁海县妇联举办读书分享会\n近日,宁海县妇联举办读书分享会,80名妇女参加。\n"
     "主办单位:宁波市妇女联合会", "宁海县妇联", "county"),
    ("平原巾帼志愿者在行动\n德州日报讯(记者 张明) 近日,平原县妇联组织巾帼志愿者开展环境整治。",
     "平原县妇联", "county"),
    ("东辽：县妇联开展“两癌”救助\n近日,县妇联为20名患病妇女送去救助金。", "东辽县妇联", "county"),
    # a higher federation's site: its masthead above the headline names the site, not the author
    ("浙江省妇联\n市县动态\n宁海:巾帼志愿者走进敬老院\n近日,宁海县妇联组织巾帼志愿者走进敬老院。",
     "宁海县妇联", "county"),
    ("浙江省妇联\n市县动态\n宁海:巾帼志愿者走进敬老院\n近日,县妇联组织巾帼志愿者走进敬老院。",
     "宁海县妇联", "county"),
    # (the masthead is the author where the item names its federation by its level alone)
    ("宁海县妇联\n工作动态\n巾帼志愿者走进敬老院\n近日,县妇联组织巾帼志愿者走进敬老院。",
     "宁海县妇联", "county"),
    # a credit after the federation's name is a byline, as a 供稿 label before it is
    ("巾帼志愿者走进敬老院\n近日,跃龙街道妇联组织巾帼志愿者走进敬老院。\n(宁海县妇联供稿)",
     "宁海县妇联", "county"),
    ("巾帼志愿者走进敬老院\n近日,跃龙街道妇联组织巾帼志愿者走进敬老院。\n供稿:宁海县妇联",
     "宁海县妇联", "county"),
    ("巾帼志愿者走进敬老院\n近日,跃龙街道妇联组织巾帼志愿者走进敬老院,宁海县妇联主席出席。",
     "跃龙街道妇联", "township"),
    # a federation that acts in the opening over a lower one the text names by level and place
    ("巾帼建功谱新篇\n今年以来,宁海县妇联围绕中心工作开展活动。\n在前童镇,镇妇联开展电商培训。前童镇妇联"
     "还组建了志愿服务队。前童镇妇联主席介绍,全镇已有300名妇女参加培训。", "宁海县妇联", "county"),
    # a summary's federation named by its level that acts with a manner adverb (紧紧围绕), over
    # the lower federations its sections name more often
    ("县妇联2022年工作总结\n今年以来,县妇联紧紧围绕县委中心工作,团结带领全县妇女建功立业。\n一、巾帼建功。"
     "前童镇妇联开展电商培训,前童镇妇联还组建了巾帼志愿服务队。\n二、家庭建设。跃龙街道妇联评选最美家庭20户,"
     "跃龙街道妇联开展家风宣讲10场。", "宁海县妇联", "county"),
    # (the federation the first sentence opens on, over a lower one acting in a later sentence)
    ("巾帼建功谱新篇\n今年以来,县妇联紧紧围绕中心工作开展活动。\n宁海县前童镇妇联开展电商培训,前童镇妇联还"
     "组建了志愿服务队。", "宁海县妇联", "county"),
    # a WeChat relay: the account, where it is a federation's, names the author
    ("原创 彭泽女性 2023-03-08 18:00 发表于江西\n彭泽县妇联开展庆三八活动\n3月8日,县妇联组织开展庆三八"
     "系列活动。", "彭泽县妇联", "county"),
    ("来源：宁海妇联微信公众号\n巾帼心向党\n近日,跃龙街道妇联组织妇女开展主题宣讲。", "宁海妇联", "county"),
    ("关注临泉妇联微信公众号\n县妇联举办家庭教育讲座\n近日,县妇联举办家庭教育讲座。", "临泉县妇联", "county"),
    ("原创 德州女性 2023-05-01 发表于山东\n平原县妇联开展母亲节活动\n近日,平原县妇联开展母亲节主题活动。",
     "平原县妇联", "county"),
    ("微信公众号:宁乡女性\n宁乡市妇联召开执委会\n近日,宁乡市妇联召开执委会议,30名执委参加。",
     "宁乡市妇联", "county"),
    # a higher federation visits, guides or inspects a lower one
    ("长沙市妇联来宁乡市调研妇联工作\n3月8日,长沙市妇联副主席王芳来宁乡市调研,宁乡市妇联汇报了巾帼志愿"
     "服务工作。", "宁乡市妇联", "county"),
    ("浙江省妇联赴宁海县开展送温暖活动\n1月15日,浙江省妇联党组书记前往宁海县,为30户困难家庭送去慰问金。",
     "浙江省妇联", "province"),
    ("彭泽县妇联主席到龙城镇调研妇女之家建设\n5月10日,彭泽县妇联主席李红到龙城镇调研妇女之家建设情况。",
     "彭泽县妇联", "county"),
    ("省妇联领导莅临东辽县指导工作\n近日,吉林省妇联副主席莅临东辽县指导妇联工作,东辽县妇联汇报了近年来"
     "工作开展情况。", "东辽县妇联", "county"),
    ("平原县妇联举办巾帼创业大赛\n在德州市妇联的指导下,平原县妇联近日举办巾帼创业大赛。",
     "平原县妇联", "county"),
    ("德州市妇联指导平原县妇联开展家庭教育宣传周活动\n近日,在德州市妇联指导下,平原县妇联开展家庭教育"
     "宣传周活动。", "平原县妇联", "county"),
    # a federation whose officer attends is a guest of the host's event, unless no other is named
    ("巾帼心向党 奋进新征程\n3月8日,德州市妇联主席张华、平原县委副书记李明出席平原县妇联举办的庆三八"
     "表彰大会。", "平原县妇联", "county"),
    ("家庭教育工作会议召开\n近日,平原县妇联主席王芳出席全县家庭教育工作会议并讲话。", "平原县妇联", "county"),
    # several bodies act jointly: one federation among them is the author; two are none
    ("市县两级妇联联合开展“三八”维权宣传\n3月8日,德州市妇联与平原县妇联联合在平原县开展维权宣传。",
     None, "unknown"),
    ("县妇联、团县委、县教育局共同举办“六一”活动\n5月31日,东辽县妇联、团县委、县教育局共同举办庆六一活动。",
     "东辽县妇联", "county"),
    ("三级妇联联动开展送温暖活动\n近日,吉林省妇联、辽源市妇联、东辽县妇联共同走进农户开展送温暖活动。",
     None, "unknown"),
    ("跃龙街道妇联与桃源街道妇联联合举办联谊会\n近日,跃龙街道妇联与桃源街道妇联联合举办青年联谊会。",
     None, "unknown"),
    # (not lower federations that speak in turn at the author's meeting; a 来源 line decides first)
    ("东辽县妇联召开执委会议\n1月5日,东辽县妇联召开执委会议。\n会上,白泉镇妇联、凌云乡妇联围绕各自工作"
     "作交流发言。", "东辽县妇联", "county"),
    ("来源:平原县妇联\n市县妇联联合开展维权宣传\n3月8日,德州市妇联与平原县妇联联合在平原县开展维权宣传。",
     "平原县妇联", "county"),
    # a village's or community's federation or 妇女之家 on a town's site
    ("前童镇人民政府\n村务动态\n鹿山村妇联开展环境整治活动\n近日,鹿山村妇联组织30名妇女开展环境整治。",
     "鹿山村妇联", "village"),
    ("前童镇人民政府\n新塘社区“妇女之家”开展端午包粽子活动\n6月20日,新塘社区妇女之家组织辖区妇女包粽子。",
     "新塘社区妇女之家", "village"),
    ("龙城镇城南社区妇联召开换届大会\n近日,龙城镇城南社区妇联召开换届选举大会,镇妇联主席出席指导。",
     "城南社区妇联", "village"),
    ("镇妇联在鹿山村开展家风宣讲\n近日,前童镇妇联在鹿山村开展家风宣讲,村妇联主席组织60名妇女参加。",
     "前童镇妇联", "township"),
    ("西店镇:樟树村妇联开展法律宣传\n近日,樟树村妇联邀请律师为妇女讲解民法典。",
     "樟树村妇联", "village"),
    # (the tag stays the author where the village's federation does not act: its volunteers do)
    ("西店镇:樟树村妇联的巾帼志愿者走进敬老院\n近日,西店镇组织巾帼志愿者走进敬老院,为老人送去慰问品。",
     "西店镇", "township"),
    ("鹿山村举办“最美家庭”评选\n近日,前童镇鹿山村举办“最美家庭”评选活动。", "鹿山村", "village"),
    # masked names: the level's federation
    ("××县妇联2022年工作总结\n2022年,××县妇联在县委的领导下,扎实开展各项工作。", "县妇联", "county"),
    ("XX镇妇联工作总结\n今年以来,XX镇妇联认真贯彻上级妇联部署,开展活动20场。", "镇妇联", "township"),
    ("某某街道妇联2023年上半年工作总结\n上半年,街道妇联围绕中心工作开展活动。", "街道妇联", "township"),
    ("××市妇联关于开展巾帼建功活动的总结\n今年,××市妇联组织全市妇女开展巾帼建功活动。", "市妇联", "city"),
    ("2021年社区妇联工作总结\n一年来,我社区妇联在街道妇联的指导下开展工作。", "社区妇联", "village"),
    # a unit's own women's committee: the author as written
    ("国网宁海县供电公司妇委会开展“三八”节活动\n3月8日,国网宁海县供电公司妇委会组织女职工开展插花活动。",
     "国网宁海县供电公司妇委会", None),
    ("宁海县第一中学妇委会举办教师读书会\n近日,宁海县第一中学妇委会举办女教师读书会。",
     "宁海县第一中学妇委会", None),
    ("县人民医院妇委会开展义诊活动\n近日,彭泽县人民医院妇委会组织医护人员开展义诊。",
     "彭泽县人民医院妇委会", None),
    # (not a committee the author visits, nor one named inside a noun phrase)
    ("宁海县妇联组织参观学习\n近日,宁海县妇联组织妇女干部参观国网宁海县供电公司妇委会的女职工之家。",
     "宁海县妇联", "county"),
    ("家教宣讲进企业\n近日,宁海县妇联走进国网宁海县供电公司妇委会组织的女职工读书会,开展家教宣讲。",
     "宁海县妇联", "county"),
    ("宁海县妇儿工委召开全体会议\n近日,宁海县妇儿工委召开全体成员会议,部署年度工作。", "宁海县妇儿工委",
     "county"),
    # a newspaper's item: the body doing the work, not the paper
    ("来源：宁波日报\n宁海县妇联:巾帼护航乡村振兴\n近日,宁海县妇联启动巾帼护航乡村振兴行动。",
     "宁海县妇联", "county"),
    ("中国妇女报讯(记者 王芳) 近日,吉林省妇联在长春举办女性创业大赛,200余名女性参赛。",
     "吉林省妇联", "province"),
    ("九江日报\n本报讯(通讯员 李明) 近日,龙城镇妇联举办家庭教育讲座,60名家长参加。",
     "龙城镇妇联", "township"),
    _known_limit("德州日报\n平原县多措并举促妇女就业\n近日,平原县通过技能培训、招聘会等方式促进妇女就业。",
     "平原县", "county", UNIT_AFTER_MASTHEAD),
    ("浙江日报\n记者从省妇联获悉,今年以来,全省各级妇联共举办培训班300期。", "浙江省妇联", "province"),
    ("人民日报\n全国妇联启动“春蕾计划”新项目\n近日,全国妇联在北京启动“春蕾计划”新项目。",
     "全国妇联", "national"),
    # a site's furniture around a federation named by its level alone, a credit line, a column tag
    ("前童镇人民政府 主办\n首页 > 工作动态\n镇妇联开展巾帼志愿服务\n近日,镇妇联组织20名巾帼志愿者走进"
     "敬老院。", "前童镇妇联", "township"),
    ("九江市妇联\n首页 > 基层动态\n龙城镇妇联开展“三八”健步走活动\n3月8日,龙城镇妇联组织100名妇女开展"
     "健步走。", "龙城镇妇联", "township"),
    ("鹿山村妇联开展垃圾分类宣传\n近日,鹿山村妇联组织妇女开展垃圾分类宣传。\n来源:宁海县妇联",
     "宁海县妇联", "county"),
    ("宁海县人民政府网\n前童镇开展妇女技能培训\n近日,前童镇举办妇女技能培训班,50名妇女参加。\n(供稿:前童镇妇联)",
     "前童镇妇联", "township"),
    ("宁海新闻网讯(通讯员 李明) 近日,前童镇妇联组织开展家庭教育讲座,80名家长参加。", "前童镇妇联",
     "township"),
    ("桃源街道办事处\n社区动态\n新塘社区开展妇女健康讲座\n近日,新塘社区举办妇女健康讲座,40名居民参加。",
     "新塘社区", "village"),
    ("【巾帼风采】平原县妇联开展巾帼志愿服务\n近日,平原县妇联组织志愿者走进社区开展服务。",
     "平原县妇联", "county"),
    ("德州市平原县妇联开展“母亲节”主题活动\n近日,德州市平原县妇联开展母亲节主题活动。", "平原县妇联",
     "county"),
    ("县妇联工作总结\n今年,县妇联团结带领全县妇女建功立业,举办培训班12期。", "县妇联", "county"),
    ("市妇联召开全市妇联工作会议\n2月10日,德州市妇联召开全市妇联工作会议。平原县妇联、夏津县妇联作交流发言。",
     "德州市妇联", "city"),
    ("平原县妇联组织参加市妇联培训\n近日,平原县妇联组织20名妇女干部参加德州市妇联举办的培训班。",
     "平原县妇联", "county"),
    ("德州市妇联2022年工作总结\n一年来,全市各级妇联团结带领广大妇女建功立业。平原县妇联打造“巾帼家政”品牌。",
     "德州市妇联", "city"),
    ("吉林省妇联主席到东辽县调研\n近日,吉林省妇联党组书记、主席王红到东辽县调研妇联工作,实地察看妇女之家。",
     "吉林省妇联", "province"),
    # no one author: a collection, a class of federations; a leadership body as author
    ("各地妇联庆三八\n彭泽县妇联:近日,彭泽县妇联开展巾帼健步走活动。\n宁海县妇联:近日,宁海县妇联开展"
     "插花活动。", None, "unknown"),
    ("东辽县各级妇联开展“三八”系列活动\n近日,东辽县各级妇联广泛开展庆三八系列活动。", None, "unknown"),
    ("东辽县委召开妇女工作会议\n近日,东辽县委召开全县妇女工作会议,部署妇女工作。",
     "东辽县委", "county"),
    ("东辽县人民政府举办巾帼创业大赛\n近日,东辽县人民政府举办巾帼创业大赛,50名女性参赛。", "东辽县人民政府",
     "county"),
    ("新塘社区居委会开展妇女健康讲座\n近日,新塘社区居委会举办妇女健康讲座,40名居民参加。", "新塘社区居委会",
     "village"),
    ("近日,宁海县跃龙街道新塘社区党委开展“三八”节主题活动。", "新塘社区党委", "village"),
    ("鹿山村党支部组织妇女学习\n近日,前童镇鹿山村党支部组织妇女学习党的二十大精神。", "鹿山村党支部",
     "village"),
    # (not where the organ's officer only accompanies a federation that acts)
    ("巾帼志愿服务进乡村\n近日,前童镇妇联组织志愿者走进鹿山村,鹿山村党支部书记王芳陪同。", "前童镇妇联",
     "township"),
    ("东辽县委组织部举办妇女干部培训班\n近日,东辽县委组织部举办妇女干部培训班。", "东辽县委组织部", "county"),
]


@pytest.mark.parametrize("text, organisation, level", PROBES)
def test_the_reporting_body_and_its_level(text, organisation, level):
    assert_author(describe_text(text), organisation, level)
