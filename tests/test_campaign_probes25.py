"""Stop 25 probes of the campaign finder: the conventions the stop-25 adjudication settled (a
programme head written once after joined quotes belongs to each, one core with two heads names
one programme per head, a series named only by observances is none), the channels of publicity
a quote names (a column, a special page, a series of reports: stop 17, stop 24), and guards of
frames where a quote is a slogan, a role, a formula or a name. Expected readings by
docs/CODEBOOK.md and eval/dev/README.md; every sentence is written for this test (no report
text), over places of several provinces and levels."""

from __future__ import annotations

import pytest

from womenfed.entities import extract_entities

from .conftest import known_gap as _gap

POLICY_IN_RUN = "a policy phrase quoted in a run with a name takes the run's programme word"


PROBES = [
    # a programme head written once after quotes joined by 、/和/及/与 belongs to each quote
    ('临洮县妇联深入实施“巾帼护绿”、“巾帼建功”工程', ['巾帼护绿工程', '巾帼建功工程']),
    ('宾川县大力推进“春蕾”和“安康”计划', ['春蕾计划', '安康计划']),
    ('海伦市妇联启动“暖心”与“护蕾”行动', ['暖心行动', '护蕾行动']),
    ('田阳区实施“美丽乡村”及“清洁家园”巾帼行动', ['美丽乡村巾帼行动', '清洁家园巾帼行动']),
    ('西昌市妇联开展“守望相伴”、“邻里互助”关爱行动', ['守望相伴关爱行动', '邻里互助关爱行动']),
    ('鄂尔多斯市实施“草原母亲”、“巾帼创业”和“家庭书香”工程',
     ['草原母亲工程', '巾帼创业工程', '家庭书香工程']),
    ('安顺市妇联启动“黔女绣娘”、“黔灵巧手”计划', ['黔女绣娘计划', '黔灵巧手计划']),
    # after 等 or a count the head is the run's context, no part of each name
    ('建阳区开展“巾帼致富”、“巾帼创业”等行动', ['巾帼致富', '巾帼创业']),
    ('准格尔旗实施“家风润心”和“书香飘香”两大工程', ['家风润心', '书香飘香']),
    ('沭阳县妇联推进“春风送岗”“暖心就业”等计划', ['春风送岗', '暖心就业']),
    ('汝州市实施“巾帼创业”、“女性就业”三项工程', ['巾帼创业', '女性就业']),
    # a quote that names its own head keeps it, the next quote takes the shared one
    ('浏阳市深入开展“春风行动”、“春蕾”计划', ['春风行动', '春蕾计划']),
    # a quote that is no name stays none, whatever head follows the run
    ('结合“八五”普法、“邻里守望”关爱行动开展宣传', ['邻里守望关爱行动']),
    # a numeral with one character abbreviates a set: it takes its own head or none
    ('落实“双减”和“春蕾”计划', ['春蕾计划']),
    ('开展“两癌”和“春蕾”计划', ['春蕾计划']),
    _gap('深入推进“乡村振兴”和“巾帼护河”行动', ['巾帼护河行动'], POLICY_IN_RUN),
    ('瑞金市开展“最美家庭”、“五好家庭”创建活动', ['最美家庭', '五好家庭']),
    # one core with two heads joined by 及/和/与 names one programme per head
    ('都匀市妇联为“两癌”检查及救助对象建立台账', ['两癌筛查', '两癌救助']),
    ('乐东黎族自治县为农村妇女开展“两癌”筛查和救助', ['两癌筛查', '两癌救助']),
    ('和田市妇联开展两癌筛查及救助工作', ['两癌筛查', '两癌救助']),
    ('格尔木市落实“两癌”免费检查与救助项目', ['两癌筛查', '两癌救助']),
    ('宣传了女性安康保险、两癌免费检查和救助政策', ['两癌筛查', '两癌救助']),
    ('临洮县推进“两癌”筛查工作', ['两癌筛查']),
    ('宾川县申报“两癌”救助项目', ['两癌救助']),
    ('为贫困母亲发放“两癌”救助金', []),
    ('为患病妇女落实两癌筛查和救助金', ['两癌筛查']),
    # a series named only by observances and celebrating words is no campaign
    ('海伦市妇联开展庆三八迎五一系列活动', []),
    ('田阳区举办“庆三八·迎五一”系列活动', []),
    ('西昌市开展“迎七一、庆国庆”系列活动', []),
    ('建阳区妇联举办“庆六一·迎端午”主题活动', []),
    ('准格尔旗开展“迎新春、庆元宵”系列活动', []),
    ('汝州市举办“喜迎国庆 欢度中秋”联欢活动', []),
    ('凤翔区开展“庆元旦 迎新春”文艺汇演', []),
    ('组织“庆三八”趣味运动会', []),
    # a series with a word of its own beside the observance keeps its name
    ('举行了“庆七一·共筑中国梦”诗文朗诵会', ['庆七一共筑中国梦']),
    ('开展“巾帼心向党 喜迎二十大”主题活动', ['巾帼心向党喜迎二十大']),
    # a column, a special page or a series of reports is a channel of publicity
    ('瑞金市妇联在甲报开设“巾帼风采”专栏', []),
    ('都匀市在电视台开设“家风家训”栏目', []),
    ('乐东县妇联推出“最美女性”系列报道', []),
    ('和田市联合融媒体中心开展“巾帼好故事”专题报道', []),
    ('格尔木市在日报开办“女性之声”专版', []),
    ('临洮县妇联微信公众号开设“她故事”专栏,已推送20期', []),
    ('在县广播电台开辟“法治时空”专题栏目', []),
    ('晚报推出“女性之声”专刊', []),
    ('登录“巾帼e家”小程序报名参加活动', []),
    ('下载“云岭先锋”APP参与学习活动', []),
    ('扫描“妇联之声”二维码参加线上答题活动', []),
    ('在“i志愿”小程序发布活动', []),
    ('开设“巾帼大讲堂”', ['巾帼大讲堂']),
    ('开展“巾帼好故事”宣讲活动', ['巾帼好故事']),
    ('开设“妈妈课堂”,每月授课两次', ['妈妈课堂']),
    # the place the report speaks from (我县, 本区) opening a name is a scope, as 全县 is
    ('我县巾帼家政服务行动取得成效', ['巾帼家政服务行动']),
    ('我市春蕾助学计划共资助女童200名', ['春蕾助学计划']),
    ('本区巾帼护河行动深入人心', ['巾帼护河行动']),
    ('我旗巾帼建功行动成效明显', ['巾帼建功行动']),
    ('我县家庭教育进社区活动持续开展', ['家庭教育进社区']),
    ('我镇巾帼护绿行动取得实效', ['巾帼护绿行动']),
    ('本市巾帼科技致富工程惠及妇女三千余人', ['巾帼科技致富工程']),
    ('我区妇联巾帼创业行动带动就业', ['巾帼创业行动']),
    ('我县深入实施巾帼创业行动', ['巾帼创业行动']),
    ('全县巾帼护河行动有序推进', ['巾帼护河行动']),
    # 以 + a name + 为 is the frame that carries the programme; 以/用 + 行动 alone is "by deeds"
    ('以巾帼护河行动为抓手', ['巾帼护河行动']),
    ('以春风行动为契机', ['春风行动']),
    ('以巾帼建功行动为载体推动发展', ['巾帼建功行动']),
    ('以乡村振兴巾帼行动为引领', ['乡村振兴巾帼行动']),
    ('以清洁家园行动为载体美化村容', ['清洁家园行动']),
    ('以实际行动践行初心', []),
    ('以实际行动为榜样', []),
    ('用自己的行动诠释担当', []),
    # the people a mobilising verb sends and their verb of taking part are no words of the name
    ('组织收看空中课堂', []),
    ('组织妇女收看巾帼大讲堂', ['巾帼大讲堂']),
    ('组织党员干部观看巾帼大讲堂直播', ['巾帼大讲堂']),
    ('号召妇女加入巾帼志愿者行动', ['巾帼志愿者行动']),
    ('带领妇女参观巾帼扶贫车间', ['巾帼扶贫车间']),
    ('鼓励妇女报名春风行动', ['春风行动']),
    ('引导妇女投身乡村振兴巾帼行动', ['乡村振兴巾帼行动']),
    ('动员妇女积极参与巾帼护河行动', ['巾帼护河行动']),
    ('组织家长收听空中课堂', []),
    # a role before 队伍 says what people a workforce is made of; a team's brand keeps its name
    ('培育“乡村工匠”队伍', []),
    ('建好“妇联执委”队伍', []),
    ('打造“双带头人”队伍', []),
    ('组建“法律明白人”队伍', []),
    ('壮大“巾帼宣讲员”队伍', []),
    ('组建“妈妈环保团”巾帼志愿者队伍', ['妈妈环保团']),
    ('组建“文秀志愿者”队伍', ['文秀志愿者']),
    ('打造“桂花姐”巾帼志愿服务队伍', ['桂花姐']),
    ('组建“巾帼宣讲员”服务队', ['巾帼宣讲员']),
    # a quote before a site and a verb of holding, or after a verb of going there, is the site
    ('在“幸福里”广场开展宣传活动', []),
    ('在“红石榴”家园举办联谊活动', []),
    ('来到“幸福里”小区开展活动', []),
    ('走进“暖心”小院开展亲子活动', []),
    ('在“同心”书院举办读书活动', []),
    ('在“石榴籽”文化广场开展普法宣传', []),
    ('在“巾帼建功”活动中开展评比', ['巾帼建功']),
    ('在“春风行动”现场招聘会上开展咨询', ['春风行动']),
    # slogans, roles and formulas in the frames reports use (guards)
    ('争做“最美巾帼奋斗者”', []),
    ('当好妇女群众的“娘家人”和“主心骨”', []),
    ('发挥“半边天”作用', []),
    ('扮演好“家庭教育第一任老师”角色', []),
    ('讲好“巾帼故事”', []),
    ('凝聚“她力量”', []),
    ('营造“尊重妇女”的良好氛围', []),
    ('落实“两个确保”要求', []),
    ('实施“一人一档”管理', []),
    ('做到“四个必访”', []),
    ('建立“三色预警”机制', []),
    ('用好“五个一”工作法', []),
    ('以“创建”促“提升”', []),
    ('以“小家”带“大家”', []),
    ('从“要我做”到“我要做”', []),
    ('由“输血”变“造血”', []),
    ('坚持“统一规划、分步实施”原则', []),
    ('响应“我为家乡种棵树”的号召', []),
    ('发出“绿色出行”倡议', []),
    ('形成“党建+妇建”模式', []),
    ('打造“一村一品”格局', []),
    ('编印“维权知识”宣传手册', []),
    ('签订“禁毒”责任书', []),
    ('发放“致全县妇女的一封信”', []),
    ('观看电影“长津湖”', []),
    # names in the same sentences' frames
    ('召开“巾帼心向党”主题座谈会', ['巾帼心向党']),
    ('开展“她力量”宣讲活动', ['她力量']),
    ('实施“一村一名大学生”计划', ['一村一名大学生计划']),
    ('授予她“巾帼建功标兵”荣誉称号', ['巾帼建功标兵']),
    ('推出“乡村振兴贷”产品', ['乡村振兴贷']),
]


@pytest.mark.parametrize("sentence, names", PROBES)
def test_campaign_probe(sentence, names):
    found = {e.canonical for e in extract_entities(sentence) if e.type == "campaign"}
    assert found == set(names)
