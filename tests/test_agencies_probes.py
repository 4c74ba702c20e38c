"""Stop-24 probe audit of agencies (and, run here too, the stop-25 and stop-26 table of
``agencies_probes_stop25.py``, the stop-27 table of ``agencies_probes_stop27.py`` and the stop-28
tables of ``agencies_probes_stop28.py`` and ``agencies_probes_stop28c.py``, the stop-29 tables of
``agencies_probes_stop29.py`` and ``agencies_probes_stop29c.py``, the stop-30 table of
``agencies_probes_stop30.py``, the second stop-30 table of ``agencies_probes_stop30b.py`` and the
stop-30 writer's-probe table of ``agencies_probes_stop30c.py`` and the stop-31 tables of
``agency_probes_stop31.py``, ``agency_probes_stop31b.py`` and ``agency_probes_stop31d.py``, the
stop-32 tables of ``agency_probes_stop32.py``, ``agency_probes_stop32b.py`` and
``agency_probes_stop32c.py``, the stop-33 tables of ``agency_probes_stop33.py`` and
``agency_probes_stop33b.py``): short
pages written for this test (no report text), one per way Chinese reports of any province,
level and site name another body, with the agencies the written conventions list
(docs/ANNOTATION.md, eval/dev/README.md "Settled ..."). Two halves: the grammar of names (a
place or scope, a body, a suffix class; short forms of the standard bodies; bare sectors before
等部门; names cut by a scan's line break or space; traditional script) and the partner decision
(a body that co-organises, hosts, funds or serves is listed; one named only as a place, an
employer, a recipient, a title's word or an outlet is not). Each page runs through the whole
pipeline of a report (clean, segment, describe, extract, the report-wide passes); names are
compared in their canonical forms, leadership bodies included."""

from __future__ import annotations

import pytest

from womenfed.agencies import canonical_agency, one_name_per_body, without_the_author
from womenfed.entities import extract_entities

from . import (
    agencies_probes_stop25,
    agencies_probes_stop27,
    agencies_probes_stop28,
    agencies_probes_stop28c,
    agencies_probes_stop29,
    agencies_probes_stop29c,
    agencies_probes_stop30,
    agencies_probes_stop30b,
    agencies_probes_stop30c,
    agency_probes_stop31,
    agency_probes_stop31b,
    agency_probes_stop31d,
    agency_probes_stop32,
    agency_probes_stop32b,
    agency_probes_stop32c,
    agency_probes_stop33,
    agency_probes_stop33b,
)
from .conftest import describe_text, probe_cases
from .conftest import known_gap as _gap

HEADLINE = "工作动态\n"


def _report_agencies(body: str) -> list[str]:
    """The agencies of one page as the pipeline lists them (canonical names, sorted); the page
    is the body under a headline that names no body, as a site's news item is."""
    from womenfed.clean import clean_text
    from womenfed.segment import segment

    text = HEADLINE + body
    cleaned = clean_text(text)
    sentences = [sentence.text for sentence in segment(cleaned.text).sentences]
    author = describe_text(text).organisation
    found = without_the_author(one_name_per_body([extract_entities(s) for s in sentences]), author)
    return sorted({entity.canonical for entities in found for entity in entities if entity.type == "agency"})


# Known gaps (strict: a fix must remove the mark).
AUTHOR_FROM_OBJECT = ("organisation: under a headline naming no federation, describe reads the body "
                      "after 联合 as the acting institution of the author's unit, so the partner "
                      "becomes the author")
LINE_WRAP = "segment: a scan's line break inside a name is a paragraph break, so the name is cut in two"
OWN_FIRM = "a person's own firm (某某的…公司)"
OWN_EVENT = "a body's own affairs, apart from the work (its ceremony)"
DESTINATION = "a body after 赴 before an activity other than the listed ones (旁听)"
RELATED_TITLES = "clean: other pages' titles under a 相关新闻 header without list marks stay in the text"
HONOUREE_LIST = "the units of a prize list under 获奖名单: (an honouree's unit in brackets is handled)"


# Each family's pages, named by what the family says (the test ids).
PROBES = {
    "a_place_of_any_level_scopes_its_body": [
        ("道里区妇联联合道里区民政局开展困境儿童排查。", ["道里区民政局"]),
        ("城关区妇联联合城关区司法局开展普法宣传。", ["城关区司法局"]),
        ("疏附县妇联与疏附县人民医院共同开展两癌筛查。", ["疏附县人民医院"]),
        ("东胜区妇联联合东胜区人力资源和社会保障局举办招聘会。", ["东胜区人社局"]),
        ("海晏县妇联会同海晏县民族宗教事务局开展宣传。", ["海晏县民族宗教事务局"]),
        ("县妇联联合融水苗族自治县农业农村局开展技能培训。", ["融水苗族自治县农业农村局"]),
        ("永嘉县妇联联合永嘉县市场监督管理局开展食品安全宣传。", ["永嘉县市场监督管理局"]),
        ("秀英区妇联联合秀英区卫生健康委员会开展义诊。", ["秀英区卫健委"]),
        ("涪陵区妇联联合涪陵区退役军人事务局开展慰问。", ["涪陵区退役军人事务局"]),
        ("武功县妇联联合武功县教育局开展家庭教育讲座。", ["武功县教育局"]),
        ("桐梓县妇联联合桐梓县公安局开展反诈宣传。", ["桐梓县公安局"]),
        ("元阳县妇联联合元阳县乡村振兴局举办刺绣培训。", ["元阳县乡村振兴局"]),
        ("尖扎县妇联联合尖扎县人民检察院开展法治宣传。", ["尖扎县人民检察院"]),
        ("兴庆区妇联联合兴庆区残疾人联合会开展帮扶。", ["兴庆区残联"]),
        ("凤翔区妇联联合凤翔区总工会开展女职工技能竞赛。", ["凤翔区总工会"]),
        ("宁县妇联联合宁县中医医院开展义诊。", ["宁县中医医院"]),
        ("霞口镇妇联联合霞口镇卫生院开展健康讲座。", ["霞口镇卫生院"]),
        _gap("李园街道妇联联合李园街道社区卫生服务中心开展义诊。", ["李园街道社区卫生服务中心"],
             AUTHOR_FROM_OBJECT),
        ("自治区妇联联合自治区民政厅开展调研。", ["自治区民政厅"]),
        ("墨竹工卡县妇联与墨竹工卡县司法局联合开展法律进村。", ["墨竹工卡县司法局"]),
        ("普兰店区妇联联合大连市普兰店区人民法院开展家事调解。", ["大连市普兰店区人民法院"]),
        _gap("江宁区妇联联合江宁区科学技术协会开展科普活动。", ["江宁区科协"], AUTHOR_FROM_OBJECT),
        ("武侯区妇联联合武侯区文化馆举办剪纸培训。", ["武侯区文化馆"]),
        ("樟树墩镇妇联联合樟树墩镇派出所开展防诈宣传。", ["樟树墩镇派出所"]),
        # a noun of the body's work (指导) inside a facility's name, before 服务 and the suffix
        ("活动由县家庭教育指导服务中心承办。", ["县家庭教育指导服务中心"]),
        ("县妇联联合县创业指导服务站开展创业培训。", ["县创业指导服务站"]),
        ("县妇联加强对村妇联的业务指导服务中心工作。", []),
        # a firm or brand before a place is the parent of the local company
        ("县妇联联合国家电网临泉县供电公司开展用电安全宣传。", ["国家电网临泉县供电公司"]),
        ("县妇联联合中国移动临泉县公司开展防诈宣传。", ["中国移动临泉县公司"]),
        ("县妇联主动联系临泉县人社局开展招聘。", ["临泉县人社局"]),
    ],
    "a_standard_body_in_its_short_form": [
        ("区妇联联合区卫健局开展健康讲座。", ["区卫健局"]),
        ("县妇联联合县医保局开展政策宣传。", ["县医疗保障局"]),
        ("县妇联联合县住建局开展美丽庭院评比。", ["县住房和城乡建设局"]),
        ("县妇联联合县文旅局开展非遗展示。", ["县文化和旅游局"]),
        ("区妇联联合区教体局开展家庭教育讲座。", ["区教体局"]),
        ("县妇联联合县民宗局开展民族团结宣传。", ["县民族宗教事务局"]),
        ("县妇联联合县应急局开展防灾演练。", ["县应急管理局"]),
        ("县妇联联合市中院开展家事审判宣传。", ["市中级人民法院"]),
        ("县妇联联合县农业农村局开展培训。", ["县农业农村局"]),
        ("县妇联联合县商务局开展电商培训。", ["县商务局"]),
        ("县妇联联合县人社局、县农商行开展创业培训。", ["县人社局", "县农商行"]),
        ("县妇联联合县侨联、县文联开展联谊活动。", ["县侨联", "县文联"]),
        ("县妇联联合县作协开展征文活动。", ["县作家协会"]),
        ("县妇联联合县律协开展法律咨询。", ["县律师协会"]),
        ("县妇联联合县退役军人局开展慰问。", ["县退役军人事务局"]),
        ("县妇联联合县市场监管局开展宣传。", ["县市场监督管理局"]),
        ("县妇联联合县生态环境分局开展垃圾分类宣传。", ["县生态环境分局"]),
        ("县妇联联合县自然资源局开展植树活动。", ["县自然资源局"]),
    ],
    "bare_sectors_before_a_head_are_one_body_each": [
        ("县妇联联合公安、检察、法院、司法等部门开展宣传。", ["公安局", "人民检察院", "人民法院", "司法局"]),
        ("县妇联会同教育、卫健、民政等部门开展排查。", ["教育局", "卫健委", "民政局"]),
        ("县妇联联合组织、宣传、统战等部门开展调研。", ["组织部", "宣传部", "统战部"]),
        ("县妇联与人社、农业农村、商务等部门联合举办培训。", ["人社局", "农业农村局", "商务局"]),
        ("县妇联联合司法、民政、信访等单位开展矛盾纠纷排查。", ["司法局", "民政局", "信访局"]),
        ("县妇联联合卫健、医保等部门开展政策宣讲。", ["卫健委", "医疗保障局"]),
        ("县妇联协调人社、民政等相关部门落实帮扶政策。", ["人社局", "民政局"]),
        ("县妇联联合公安、民政、教育部门开展排查。", ["公安局", "民政局", "教育局"]),
    ],
    "a_name_cut_by_a_scan_stays_one_name": [
        _gap("县妇联联合县人社\n局开展技能培训。", ["县人社局"], LINE_WRAP),
        ("县妇联联合县民政 局开展困境儿童排查。", ["县民政局"]),
        ("县妇联联合县人民 医院开展义诊。", ["县人民医院"]),
        ("县妇联联合临泉 县民政局开展排查。", ["临泉县民政局"]),
        # a space before a scoped body after a person's name parts two items, not one name
        _gap("获奖名单：张丽 县人民医院；王芳 县第一中学。", [], HONOUREE_LIST),
        ("签约律师：张丽 县司法局；王芳 县人民法院。", ["县司法局", "县人民法院"]),
        _gap("县妇联联合县司法\n局、县公安局开展宣传。", ["县司法局", "县公安局"], LINE_WRAP),
        _gap("在县人力资源和社\n会保障局的支持下，举办家政培训班。", ["县人社局"], LINE_WRAP),
        _gap("县妇联联合县市场监督管\n理局开展宣传。", ["县市场监督管理局"], LINE_WRAP),
    ],
    "a_name_in_traditional_script": [
        ("縣婦聯聯合縣民政局開展困境兒童排查。", ["县民政局"]),
        ("縣婦聯聯合縣人力資源和社會保障局舉辦招聘會。", ["县人社局"]),
        ("在縣衛健委的指導下開展兩癌篩查。", ["县卫健委"]),
        ("縣婦聯聯合縣司法局、縣公安局開展反家暴宣傳。", ["县司法局", "县公安局"]),
        ("縣婦聯與縣人民醫院共同開展義診。", ["县人民医院"]),
        ("縣婦聯聯合縣圖書館開展親子閱讀活動。", ["县图书馆"]),
    ],
    "a_body_that_acts_in_the_work_is_a_partner": [
        ("县人民医院派出医疗专家为妇女开展免费体检。", ["县人民医院"]),
        ("这项工作得到了县民政局的大力支持。", ["县民政局"]),
        ("县妇联积极协调县人社局为返乡妇女提供就业岗位。", ["县人社局"]),
        ("县妇联组织县人民医院专家开展义诊。", ["县人民医院"]),
        ("县妇联主动对接县农商银行为女企业家授信。", ["县农商行"]),
        ("县司法局选派3名律师担任妇女儿童维权顾问。", ["县司法局"]),
        ("活动由县妇联主办，县图书馆承办。", ["县图书馆"]),
        ("县民政局为困境儿童发放生活补助。", ["县民政局"]),
        ("县妇联携手县农商银行推出巾帼贷。", ["县农商行"]),
        ("县妇联牵头，县教育局、县公安局配合开展排查。", ["县教育局", "县公安局"]),
        ("县妇联与县检察院签订合作协议。", ["县人民检察院"]),
        ("县税务局捐赠5万元用于资助贫困女生。", ["县税务局"]),
        ("县慈善总会出资10万元设立救助基金。", ["县慈善总会"]),
        ("县妇联向县财政局争取救助资金5万元。", ["县财政局"]),
        ("县律师协会的律师为妇女提供法律咨询。", ["县律师协会"]),
        ("依托县职业技术学校开展家政技能培训。", ["县职业技术学校"]),
        ("县妇联、县人社局共同举办巾帼招聘会。", ["县人社局"]),
        ("本次培训由县人社局提供师资。", ["县人社局"]),
        ("县农商银行向女创业者发放贷款300万元。", ["县农商行"]),
        ("受县民政局委托，县妇联开展困境儿童走访。", ["县民政局"]),
        ("县妇联争取到县红十字会救助资金3万元。", ["县红十字会"]),
        ("县人民医院的10名医护人员参加义诊。", ["县人民医院"]),
        ("县妇联为创业女性发放县农商银行巾帼创业贷款500万元。", ["县农商行"]),
        ("县人民医院等3家医院承担筛查任务。", ["县人民医院"]),
        ("县妇联和县人民医院签订了合作协议。", ["县人民医院"]),
    ],
    "a_body_named_as_where_people_went_is_no_partner": [
        ("组织巾帼志愿者前往县社会福利院看望孤寡老人。", []),
        ("县妇联带领女企业家到县电商产业园考察学习。", []),
        ("全体参训人员在县委党校门前合影留念。", []),
        ("座谈会在县人社局三楼会议室召开。", []),
        _gap("县妇联组织妇女代表赴县人民法院旁听庭审。", [], DESTINATION),
        ("县妇联主席一行走访了县儿童福利院。", []),
    ],
    "a_persons_employer_is_no_partner": [
        ("县教育局副局长李某、县妇联主席王某出席活动。", []),
        ("获奖者中有县人民医院护士长张某。", []),
        ("张某，女，县第一中学教师，从教二十年。", []),
        ("王芳，女，汉族，1980年生，县人民医院妇产科主任，从医二十年。", []),
        ("张丽，女，县人民医院医生，多年来坚持为留守妇女义诊。", []),
        ("县人民医院护士为妇女免费测量血压。", ["县人民医院"]),
        ("县妇联主席张丽，县人民医院医生为妇女义诊。", ["县人民医院"]),
        ("她的丈夫在县交警大队工作。", []),
        ("县司法局退休干部李某担任村里的调解员。", []),
        ("县农商银行职工刘某被评为最美家庭。", []),
        ("县农商银行行长王某获评三八红旗手。", []),
        ("中国农业银行临泉县支行客户经理王某被评为最美家庭。", []),
        ("她所在的县人民医院妇产科被评为巾帼文明岗。", []),
        ("三个街道妇联主席、女企协分会会长出席活动。", []),
        ("县人民医院原院长张某担任调解员。", []),
        ("县人民医院退休护士王大姐热心公益。", []),
    ],
    "a_body_whose_people_only_speak_is_no_partner": [
        # its people speak, report or share experience at the meeting (stop-20 answer)
        ("县人民医院妇产科护士王芳作典型发言。", []),
        ("县人民医院医生张丽、县第一中学教师王芳作交流发言。", []),
        ("会上，县人社局、县民政局、城关镇妇联3位同志作了交流发言。", []),
        # its people who serve, or a body that also co-organises, stay
        ("县人民医院医生张丽为妇女讲解两癌防治知识。", ["县人民医院"]),
        ("邀请县人民医院专家作健康知识报告。", ["县人民医院"]),
        ("县妇联联合县人民医院开展义诊，县人民医院院长作动员发言。", ["县人民医院"]),
    ],
    "a_recipient_is_no_partner": [
        ("县妇联为县特殊教育学校送去价值2万元的图书。", []),
        ("县妇联向县儿童福利院捐赠衣物200件。", []),
        ("县妇联慰问了县社会福利院的老人。", []),
        ("县妇联为县第二中学的120名贫困女生发放助学金。", []),
        ("县妇联为县纺织厂的300名女工开展维权培训。", []),
        ("县妇联联合县第二中学为贫困女生发放助学金。", ["县第二中学"]),
        ("县人民医院的一线医护人员为妇女义诊。", ["县人民医院"]),
        ("县妇联向县敬老院赠送米面油。", []),
        ("县妇联为县人民医院的抗疫医护人员送去慰问品。", []),
    ],
    "a_body_in_a_title_or_an_honour_is_no_partner": [
        ("县妇联荣获全国三八红旗集体称号。", []),
        ("县妇联被评为全省民政系统先进集体。", []),
        ("她荣获“市人民医院杯”广场舞比赛一等奖。", []),
        ("县人民医院妇产科荣获全国巾帼文明岗。", []),
        ("县农商银行营业部被评为省级巾帼文明岗。", []),
        ("她被授予“县直机关优秀共产党员”称号。", []),
    ],
    "an_outlet_that_reports_the_work_is_no_partner": [
        ("县电视台、县融媒体中心对活动进行了报道。", []),
        ("《中国妇女报》对此进行了专题报道。", []),
        ("活动被学习强国、县融媒体中心等平台报道。", []),
        ("该做法被市民政局官网转载。", []),
    ],
    "a_body_outside_the_work_is_no_partner": [
        ("原县纺织厂下岗女工王某自主创业。", []),
        _gap("县第一中学举行了开学典礼。", [], OWN_EVENT),
        ("她曾在县人民医院住院治疗三个月。", []),
        ("县人民医院是全县唯一的三级医院。", []),
        ("县家政服务协会是全县唯一的家政行业组织。", []),
        ("她介绍，县慈善总会是依法登记的公益性社会团体。", []),
        ("县人民医院是此次义诊的承办单位。", ["县人民医院"]),
        ("县农商银行是县妇联的合作单位。", ["县农商行"]),
        ("县妇联与县人民医院是多年的共建单位。", ["县人民医院"]),
        _gap("张某某的康宁家政服务有限公司吸纳了20名妇女就业。", [], OWN_FIRM),
        ("她的女儿考入了西北农林科技大学。", []),
        ("她从县纺织厂下岗后自主创业。", []),
        ("县人社局为下岗女工提供免费技能培训。", ["县人社局"]),
        ("县妇联联合县老年大学开展退休女干部培训。", ["县老年大学"]),
        ("县人社局发布的数据显示，返乡妇女逐年增多。", []),
        ("县民政局最新调查结果表明，留守儿童逐年减少。", []),
        ("县人社局为返乡妇女提供数据分析服务。", ["县人社局"]),
        ("县妇联联合县统计局发布的数据显示，女性就业率稳步提高。", ["县统计局"]),
        ("据县统计局统计，全县有妇女12万人。", []),
        ("县妇联推荐县人民医院妇产科申报全国巾帼文明岗。", []),
        ("全县评选出县人民医院等5个巾帼文明岗。", []),
        ("表彰了县农商银行等10个先进集体。", []),
        ("县妇联推选县农商银行营业部参评省级巾帼文明岗。", []),
        ("县妇联联合县人社局评选出10名创业之星。", ["县人社局"]),
        ("县妇联向县人社局推荐优秀女性人才。", ["县人社局"]),
    ],
    "page_chrome_names_no_partner": [
        # a site's menu, its name in a notice of leaving it, its footer, the links to other pages
        ("县妇联在县城广场开展维权宣传。\n首页 政务公开 县政府办公室 县发改委 县教育局 县民政局", []),
        ("县妇联在县城广场开展维权宣传。\n您访问的链接即将离开“临泉县人民政府”门户网站", []),
        ("县妇联开展维权宣传。\n主办单位：临泉县人民政府办公室  技术支持：安徽某某网络科技有限公司", []),
        ("县妇联开展维权宣传。\n上一篇：县人社局举办春风行动招聘会\n下一篇：县民政局开展困境儿童走访", []),
        _gap("县妇联在县城广场开展维权宣传。\n相关新闻\n县人社局举办春风行动招聘会\n县民政局开展困境儿童走访活动",
             [], RELATED_TITLES),
        # the work's partners in the text stay; a headline set apart by spaces is no menu
        ("县妇联联合县人社局开展招聘会，300余人参加。\n首页 政务公开 县教育局 县公安局", ["县人社局"]),
        ("巾帼心向党 奋进新征程 县妇联联合县人社局举办招聘会\n300余人参加。", ["县人社局"]),
        ("县妇联联合县民政 局开展困境儿童排查。", ["县民政局"]),
    ],
    "leadership_framing_and_titles": [
        ("在县委、县政府的坚强领导下，县妇联团结带领全县妇女建功立业。", ["县委", "县人民政府"]),
        ("县委书记王某出席并讲话。", []),
        ("县委常委、组织部部长李某出席会议。", []),
        ("副县长张某在讲话中充分肯定了妇联工作。", []),
    ],
}


# Every audit's table, each case named by its audit and family.
AUDITS = {**{f"stop24-{family}": cases for family, cases in PROBES.items()},
          **{f"stop25-{family}": cases for family, cases in agencies_probes_stop25.PROBES.items()},
          **{f"stop27-{family}": cases for family, cases in agencies_probes_stop27.PROBES.items()},
          **{f"stop28-{family}": cases for family, cases in agencies_probes_stop28.PROBES.items()},
          **{f"stop28c-{family}": cases for family, cases in agencies_probes_stop28c.PROBES.items()},
          **{f"stop29-{family}": cases for family, cases in agencies_probes_stop29.PROBES.items()},
          **{f"stop29c-{family}": cases for family, cases in agencies_probes_stop29c.PROBES.items()},
          **{f"stop30-{family}": cases for family, cases in agencies_probes_stop30.PROBES.items()},
          **{f"stop30b-{family}": cases for family, cases in agencies_probes_stop30b.PROBES.items()},
          **{f"stop30c-{family}": cases for family, cases in agencies_probes_stop30c.PROBES.items()},
          **{f"stop31-{family}": cases for family, cases in agency_probes_stop31.PROBES.items()},
          **{f"stop31b-{family}": cases for family, cases in agency_probes_stop31b.PROBES.items()},
          **{f"stop31d-{family}": cases for family, cases in agency_probes_stop31d.PROBES.items()},
          **{f"stop32-{family}": cases for family, cases in agency_probes_stop32.PROBES.items()},
          **{f"stop32b-{family}": cases for family, cases in agency_probes_stop32b.PROBES.items()},
          **{f"stop32c-{family}": cases for family, cases in agency_probes_stop32c.PROBES.items()},
          **{f"stop33-{family}": cases for family, cases in agency_probes_stop33.PROBES.items()},
          **{f"stop33b-{family}": cases for family, cases in agency_probes_stop33b.PROBES.items()}}


@pytest.mark.parametrize("text, expected", list(probe_cases(AUDITS)))
def test_a_page_names_its_partners(text, expected):
    assert _report_agencies(text) == sorted({canonical_agency(name) for name in expected})
