"""A probe audit of which numbers are counts (issue 10): short pages and sentences written for
these tests over the ways 妇联 reports and the pages around them write numbers that count and
numbers that do not (inside an honour's, a programme's or a team's name, a formula, a list
named by its count, page furniture, a phone, the rows of links to other stories, a date), each
with the answer of docs/ANNOTATION.md and the settled conventions of eval/dev/README.md, not of
the tool. Each text runs as a report does (clean, segment, extract, the report-level filters);
the expected quantities are (text, value, value_max, unit, approx, kind) in reading order."""

from __future__ import annotations

import pytest

from womenfed.clean import clean_text
from womenfed.quantities import extract_quantities, without_link_rows, without_things_named_before
from womenfed.segment import segment

TITLE = "县妇联工作动态"


def known(reason: str, *probe):
    """A probe the tool still fails, with why (strict: it must fail until the rule is fixed)."""
    return pytest.param(*probe, marks=pytest.mark.xfail(strict=True, reason=reason))


def q(text: str, value: float, unit: str, kind: str, approx: bool = False,
      value_max: float | None = None) -> tuple:
    return (text, value, value_max, unit, approx, kind)


def _found(text: str) -> list[tuple]:
    cleaned = clean_text(f"{TITLE}\n{text}").text
    sentences = [sentence.text for sentence in segment(cleaned).sentences]
    found = without_link_rows(sentences, without_things_named_before(
        sentences, [extract_quantities(sentence) for sentence in sentences]))
    return [(x.text, x.value, x.value_max, x.unit, x.approx, x.kind)
            for quantities in found for x in quantities]


ARTICLE = "近日,镇妇联组织巾帼志愿者走访困难家庭35户。\n"
VISITS = q("35户", 35, "户", "households")

LIST_AHEAD = ("a small count of items before the list it names (以下三项, 3项工作:一是…) is read as a "
              "count (the rule was dropped in stop 25: it lost a quantity and a relation on the "
              "test half)")


PROBES = [
    # --- numbers inside the name of an honour, a programme, a team or a day ---
    ("县妇联表彰了十佳巾帼建功标兵和五好家庭。", []),
    ("评选出十佳好媳妇10名。", [q("10名", 10, "名", "people")]),
    ("评选出县级三八红旗手20名。", [q("20名", 20, "名", "people")]),
    ("開展「兩癌」篩查,惠及婦女1200人。", [q("1200人", 1200, "人", "people")]),
    ("組織三(sān)八(bā)紅旗手宣講。", []),
    ("开展“五星级文明户”评选,共评出五星级文明户150户。", [q("150户", 150, "户", "households")]),
    ("深入开展“双学双比”活动,推进一村一品特色产业发展。", []),
    ("实施“百千万”巾帼工程,推行“1+N”帮扶模式。", []),
    ("开展百名巾帼宣讲员进万家活动。", []),
    ("举办万人健步走活动。", []),
    ("千名执委大走访活动正式启动。", []),
    ("开展万企帮万村行动,推进百县千乡万村工程。", []),
    ("实施十镇百村千户工程。", []),
    ("开展“千场宣讲”活动,全年共宣讲1200场。", [q("1200场", 1200, "场", "events")]),
    ("实施“十百千”工程,培育十名领军人物。", [q("十名", 10, "名", "people")]),
    ("获得全国三八红旗手称号,荣获全国五一劳动奖章。", []),
    ("开展“100场宣讲进万家”活动。", []),
    ("開展「100场宣讲进万家」活动。", []),
    ("开展'100场宣讲进万家'活动。", []),
    ("组织'巾帼心向党'宣讲,宣讲50场。", [q("50场", 50, "场", "events")]),
    ("开展＂100场宣讲进万家＂活动。", []),
    ("开展“喜迎二十大 巾帼心向党——100名巾帼宣讲员进基层”活动。", []),
    ("开展了“巾帼心向党奋进新征程100名宣讲员走基层”,共宣讲80场。",
     [q("80场", 80, "场", "events")]),
    ("她说:“我们今年培训妇女300人,帮助她们就业”。", [q("300人", 300, "人", "people")]),
    ("组织“1000名妈妈护万家”活动。", []),
    ("开展“3个100”活动。", []),
    ("开展“六个一”系列活动,举办讲座6场。", [q("6场", 6, "场", "events")]),
    ("培育“十佳”巾帼示范基地3个。", [q("3个", 3, "个", "organisations")]),
    ("建成“四点半”课堂6个。", [q("6个", 6, "个", "organisations")]),
    ("组建“1+N”志愿服务队伍15支。", [q("15支", 15, "支", "organisations")]),
    ("开通“12338”热线8条。", [q("8条", 8, "条", "items")]),
    ("为“两新”组织建立妇联,关爱“三留守”人员。", []),
    ("加强村两委建设,推动三新领域妇联组织建设。", []),
    ("增强四个意识,坚定四个自信,做到两个维护。", []),
    ("落实“四议两公开”,推进“五水共治”。", []),
    ("庆祝3.8妇女节,慰问困难妇女30名。", [q("30名", 30, "名", "people")]),
    ("庆祝3.8节,慰问困难妇女30名。", [q("30名", 30, "名", "people")]),
    ("在5.1节前夕举办巾帼劳动竞赛,开设公益课12节。", [q("12节", 12, "节", "events")]),
    known("a festival written in run-together digits before 节 is a date",
          "迎接38节到来,县妇联开展系列活动。", []),
    ("开展“3.8”维权周活动,接待来访12人次。", [q("12人次", 12, "人次", "person_times")]),
    ("在5.15国际家庭日开展宣传。", []),
    ("举行五人制足球赛,成立三人行志愿队。", []),
    ("为困难家庭购买三轮车5辆。", [q("5辆", 5, "辆", "items")]),
    ("三十余人参加,三个人获奖。",
     [q("三十余人", 30, "人", "people", True), q("三个", 3, "个", "people")]),
    known("N人 before a game or a group it sizes, cut apart by jieba (三|人|篮球赛)",
          "开展三人篮球赛。", []),
    # --- numerals inside place names and firms ---
    ("七台河市妇联召开执委会,三台县妇联开展活动。", []),
    ("三元区妇联走访慰问。", []),
    ("五家渠市妇联组织活动。", []),
    ("八所镇妇联开展活动,走访三个镇的妇女之家。", [q("三个", 3, "个", "organisations")]),
    ("在三棵树村举办培训,在三间房乡开展活动。", []),
    ("在十二道沟村举办讲座。", []),
    # --- lists and formulas named by their count ---
    ("主要做了以下三个方面的工作。", []),
    ("重点抓好四个环节,实现了三个转变。", []),
    ("建立了三项机制,突出抓好以下五项工作。", []),
    known(LIST_AHEAD, "开展了以下三项活动:一是宣讲,二是培训,三是义诊。", []),
    known(LIST_AHEAD, "重点做了3项工作:一是抓宣传,二是抓服务,三是抓阵地。", []),
    known(LIST_AHEAD, "提出3条建议:1.加强培训;2.完善机制;3.落实经费。", []),
    # ... while the things made, held or persons served are counted before their list
    ("举办培训班3期:第一期在城关镇举办。", [q("3期", 3, "期", "events")]),
    ("建成5个妇女之家:一是城关镇,二是新华镇。", [q("5个", 5, "个", "organisations")]),
    ("具体做法如下三点:一是抓宣传,二是抓培训,三是抓服务。", []),
    ("开展“三个一”活动,即一次宣讲、一次走访、一次义诊。", []),
    ("建立“1+3”工作机制,1个中心带动3个站点。", []),
    ("推行“1+3+N”服务模式,即1个服务中心、3个服务站和N个服务点。", []),
    ("宣讲、培训、义诊三项活动同步开展。", []),
    ("打造一个中心、两个平台、三支队伍的工作格局。", []),
    ("建立一个服务中心、两个站点,服务群众300余人次。",
     [q("300余人次", 300, "人次", "person_times", True)]),
    ("建成一个妇女之家、三个儿童之家。", [q("三个", 3, "个", "organisations")]),
    ("统一思想、两个社区同步开展活动。", [q("两个", 2, "个", "organisations")]),
    ("把学员分为上午班和下午班两种。", []),
    ("志愿者分成三个小组清扫街道。", []),
    ("当好“五大员”,实施三大工程。", []),
    # --- page furniture: phones, pagers, counters, ids ---
    ("联系电话:0551-12345678\n" + ARTICLE, [VISITS]),
    ("服务热线:400-123-4567\n" + ARTICLE, [VISITS]),
    (ARTICLE + "联系人:王女士 电话:13912345678(微信同号)", [VISITS]),
    (ARTICLE + "咨询电话:0551-62345678、62345679", [VISITS]),
    (ARTICLE + "举报电话:0551-12345678转801", [VISITS]),
    (ARTICLE + "地址:合肥市蜀山区长江西路188号 邮编:230001", [VISITS]),
    (ARTICLE + "皖ICP备05001234号 京公网安备11010502030143号", [VISITS]),
    (ARTICLE + "政府网站标识码:3408000012", [VISITS]),
    ("来源:某某日报 2023年03月08日 第05版\n" + ARTICLE, [VISITS]),
    ("信息来源:县妇联 发布时间:2023-03-08 点击数:120次\n" + ARTICLE, [VISITS]),
    ("来源:县妇联 | 作者:王某 | 浏览次数:1234次 | 2023-03-08\n" + ARTICLE, [VISITS]),
    ("作者:妇联 阅读 10万+ 在看 23\n" + ARTICLE, [VISITS]),
    (ARTICLE + "共有25条记录,当前第1/3页", [VISITS]),
    (ARTICLE + "本新闻共2页,当前在第1页 1 2", [VISITS]),
    (ARTICLE + "附件:妇联工作要点.pdf(共9页)", [VISITS]),
    (ARTICLE + "6条评论 已有3人收藏", [VISITS]),
    (ARTICLE + "网友评论 12条", [VISITS]),
    (ARTICLE + "该文章已被浏览 235 次", [VISITS]),
    (ARTICLE + "访问量:12345人次 今日访问:356人次", [VISITS]),
    (ARTICLE + "分享:5次", [VISITS]),
    (ARTICLE + "转发:45次", [VISITS]),
    (ARTICLE + "12次播放", [VISITS]),
    ("播放:1.2万次\n" + ARTICLE, [VISITS]),
    (ARTICLE + "本文已被查看568次", [VISITS]),
    (ARTICLE + "图集(6张)", [VISITS]),
    (ARTICLE + "组图(5张)", [VISITS]),
    (ARTICLE + "第1张/共6张", [VISITS]),
    (ARTICLE + "附件(2个)", [VISITS]),
    (ARTICLE + "相关附件:3个", [VISITS]),
    (ARTICLE + "附件下载:共3个文件", [VISITS]),
    (ARTICLE + "本栏目共有文章120篇", [VISITS]),
    (ARTICLE + "相关文章12篇", [VISITS]),
    # ... while the work's own publicity, pictures and articles stay counts
    ("活动视频被转发3000余次。", [q("3000余次", 3000, "次", "events", True)]),
    ("拍摄活动照片300余张,发布相关文章12篇。",
     [q("300余张", 300, "张", "items", True), q("12篇", 12, "篇", "items")]),
    ("家庭教育微课播放量超过3万。", [q("超过3万", 30000, "", "other", True)]),
    ("制作宣传视频2个,分享经验3次。",
     [q("2个", 2, "个", "items"), q("3次", 3, "次", "events")]),
    # --- the rows of links to other stories under the article ---
    (ARTICLE + "上一篇:某市举办12场家庭教育讲座\n下一篇:某县表彰80户文明家庭", [VISITS]),
    (ARTICLE + "相关新闻\n1. 某市举办12场家庭教育讲座\n2. 某县表彰80户文明家庭", [VISITS]),
    (ARTICLE + "相关阅读:\n·某市举办12场家庭教育讲座\n·某县表彰80户文明家庭", [VISITS]),
    (ARTICLE + "相关新闻\n某市举办12场家庭教育讲座 2023-03-08\n某县表彰80户文明家庭 2023-03-01",
          [VISITS]),
    (ARTICLE + "推荐阅读\n某市举办12场家庭教育讲座(2023-03-08)\n某县表彰80户文明家庭(2023-03-01)",
          [VISITS]),
    (ARTICLE + "03-08 某市举办12场家庭教育讲座\n03-01 某县表彰80户文明家庭", [VISITS]),
    known("headline rows under a heading of links that the cleaner keeps",
          ARTICLE + "热点推荐\n某市举办12场家庭教育讲座\n某县表彰80户文明家庭\n某区妇联开展三八节活动",
          [VISITS]),
    known("headline rows under a heading of links that the cleaner keeps",
          ARTICLE + "往期回顾\n某市举办12场家庭教育讲座\n某县表彰80户文明家庭", [VISITS]),
    # ... not the article's own lines, nor a dated line of the body
    ("[2025-03-01]\n镇妇联还为20名留守儿童送去学习用品。", [q("20名", 20, "名", "people")]),
    ("镇妇联举办3场法律讲座 2025-03-01\n来源:镇妇联 2025-03-01\n" + ARTICLE,
     [q("3场", 3, "场", "events"), VISITS]),
    ("2025-03-01 镇妇联举办法律讲座3场。\n2025-03-05 镇妇联走访困难家庭35户。",
     [q("3场", 3, "场", "events"), VISITS]),
    ("镇妇联举办3场法律讲座\n2025-03-01\n" + ARTICLE,
     [q("3场", 3, "场", "events"), VISITS]),
    ("一、组织培训\n举办培训班3期\n培训妇女150人次\n二、走访慰问\n" + ARTICLE,
     [q("3期", 3, "期", "events"), q("150人次", 150, "人次", "person_times"), VISITS]),
    # --- counts in their common forms ---
    ("共有上百名群众参加。", [q("上百名", 100, "名", "people", True)]),
    ("近两百人参加活动,两千余人受益。",
     [q("近两百人", 200, "人", "people", True), q("两千余人", 2000, "人", "people", True)]),
    ("一百二十余户家庭参与。", [q("一百二十余户", 120, "户", "households", True)]),
    ("逾百人参与,超千人次受益。",
     [q("逾百人", 100, "人", "people", True), q("超千人次", 1000, "人次", "person_times", True)]),
    ("过千人参加了健步走活动,过万人次受益。",
     [q("过千人", 1000, "人", "people", True), q("过万人次", 10000, "人次", "person_times", True)]),
    ("她参加过三次培训。", [q("三次", 3, "次", "events")]),
    ("十余场宣讲,二十多场次演出。",
     [q("十余场", 10, "场", "events", True), q("二十多场次", 20, "场次", "events", True)]),
    ("发放宣传资料万余份,问卷3000多份。",
     [q("万余份", 10000, "份", "items", True), q("3000多份", 3000, "份", "items", True)]),
    ("近3成妇女参与。", [q("近3成", 30, "%", "percent", True)]),
    ("服务1.2万余人次,发放慰问金两万余元。",
     [q("1.2万余人次", 12000, "人次", "person_times", True),
      q("两万余元", 20000, "元", "money_cny", True)]),
    ("招募3至5名志愿者。", [q("3至5名", 3, "名", "people", value_max=5)]),
    ("每组三到五人。", [q("三到五人", 3, "人", "people", value_max=5)]),
    known("a range before a measure word and 一组 is a count of each group",
          "志愿者5-8人一组入户走访。", [q("5-8人", 5, "人", "people", value_max=8)]),
    ("覆盖10余个村,二十余家企业参与。",
     [q("10余个", 10, "个", "organisations", True), q("二十余家", 20, "家", "organisations", True)]),
    ("接待来访300余人(次)。", [q("300余人(次)", 300, "人次", "person_times", True)]),
    ("种植1.5万亩,改造3000平方米。",
     [q("1.5万亩", 15000, "亩", "other"), q("3000平方米", 3000, "平方米", "other")]),
    ("捐款捐物折合人民币3.6万余元。", [q("3.6万余元", 36000, "元", "money_cny", True)]),
    ("12个部门联合开展宣传。", [q("12个", 12, "个", "organisations")]),
    ("发放宣传册1000本、围裙200条。",
     [q("1000本", 1000, "本", "items"), q("200条", 200, "条", "items")]),
    ("参与人数达三千余人。", [q("三千余人", 3000, "人", "people", True)]),
    ("受理来信来访四十三件,调解纠纷二十八起。",
     [q("四十三件", 43, "件", "items"), q("二十八起", 28, "起", "items")]),
    ("贴息资金达三百六十万元。", [q("三百六十万元", 3600000, "元", "money_cny")]),
    ("培训月嫂、育婴师等300余人。", [q("300余人", 300, "人", "people", True)]),
    ("建成儿童之家58所。", [q("58所", 58, "所", "organisations")]),
    ("惠及妇女儿童近万人,慰问困难家庭近百户。",
     [q("近万人", 10000, "人", "people", True), q("近百户", 100, "户", "households", True)]),
    ("2000人左右参加,约500名群众观看。",
     [q("2000人", 2000, "人", "people", True), q("约500名", 500, "名", "people", True)]),
    ("将近200名志愿者,接近2万人受益。",
     [q("将近200名", 200, "名", "people", True), q("接近2万人", 20000, "人", "people", True)]),
    ("累计帮扶5000户以上。", [q("5000户", 5000, "户", "households", True)]),
    ("女性占比超过四成,比去年增长15.6个百分点。",
     [q("超过四成", 40, "%", "percent", True), q("15.6个百分点", 15.6, "百分点", "percent")]),
    ("百分之八十的家庭参与。", [q("百分之八十", 80, "%", "percent")]),
    ("参加人数达1200。", [q("1200", 1200, "", "people")]),
    ("受益群众2.3万。", [q("2.3万", 23000, "", "people")]),
    ("40余乡村妇联主席参加培训。", [q("40余", 40, "", "people", True)]),
    ("十几名志愿者参加。", [q("十几名", 10, "名", "people", True)]),
    ("二三十场活动,五六名队员。",
     [q("二三十场", 20, "场", "events", value_max=30), q("五六名", 5, "名", "people", value_max=6)]),
    ("举办培训班2期120人。", [q("2期", 2, "期", "events"), q("120人", 120, "人", "people")]),
    ("8万多农村妇女参与。", [q("8万多", 80000, "", "people", True)]),
    # --- numbers that count nothing ---
    ("举办第十三届运动会,评出前3名。", []),
    ("开展为期3个月的培训,历时2个多小时。", []),
    ("为36名0—6岁留守儿童送去图书。", [q("36名", 36, "名", "people")]),
    ("组建一支队伍,开展一次宣讲。", []),
    ("数百名群众参加,几十名志愿者服务。", []),
    ("走进千家万户。", []),
    ("开展二十四节气主题活动,举办讲座二十四场。", [q("二十四场", 24, "场", "events")]),
    ("学习党的二十大精神,编制十四五规划。", []),
    ("结成1对1帮扶对子。", []),
    ("县妇联召开十二届三次执委会议。", []),
    ("效果十分明显,占三分之一。", []),
    ("邀请了56个民族的代表。", []),
    ("海拔4000多米的乡村,距县城30公里。", []),
]


@pytest.mark.parametrize("text, expected", PROBES)
def test_which_numbers_count(text, expected):
    assert _found(text) == expected


def test_the_probe_audit_has_its_size():
    assert len(PROBES) >= 100
