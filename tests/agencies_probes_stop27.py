"""Stop-27 probe audit of agencies: short pages written for this test (no report text), over the
frames in which the test half's extras fall (docs/ANNOTATION.md, eval/dev/README.md "Settled
..."): a body named in a clause where it does not work with the federation (it praises or
approves the work from above, attends in other words than 参加/出席, receives a plaque or a gift,
registers a body, reports the news, or figures in a woman's own story: her lawsuit, her diagnosis,
her errand), the host of the reporting unit written as its own committee, partner
words that are parts of names (联合国, 工商业联合会), and where a name's edges fall after a verb
of liaising or inside a bank's or an insurer's branch. Places are real ones of the gazetteer,
of several provinces and levels. Each page runs through the whole pipeline of a report, as the
stop-24 probes do; names are compared in their canonical forms, leadership bodies included.
``test_agencies_probes.py`` runs this table."""

from __future__ import annotations

from .conftest import known_because

AFTER_THE_NEWS = "县妇联联合县人社局开展招聘会。\n"  # a partner, then the page's furniture

# Known gaps (strict: a fix must remove the mark).
APPROVER = "the registry named as a body's 登记管理机关 is read as a partner"
COURT_VISIT = "a court where women only sit in on a hearing (在…旁听), a standard body after 在, stays"
HONOUR_AFTER_YOU = "a body after 由 before a conferring verb (由…认定为) is read as a partner, not a giver"
VENUE_RELIED_ON = "a service centre relied on as the place of a station (依托…建立妇女之家) is listed"
ITS_OWN_NEWS = "a body's own news (…发展迅速) opening a clause is listed"
LINKS_LINE = ("segment: a links line (相关链接:…) set apart by spaces becomes one sentence per item, so "
              "the sites' owners are read as bodies")
BANNER = ("an event's banner line of bodies and role words without a clause mark (甲局主办 乙妇联协办) "
          "is read as the page's masthead")
MERIT = "a government that records a person's merit (记三等功) is no conferring verb of the honour frame"
ANOTHER_BODYS_EVENT = ("the host of another body's event the federation's people attend (参加…举办的…) "
                       "is listed")
CONTACTED = "a body after 联系 whose clause then says what it did for women is not listed"

PROBES = {
    # praise, approval or a listing from above is no work with the federation
    "praised_or_listed_from_above": [
        ("桐城市妇联的经验做法得到安庆市民政局的充分肯定。", []),
        ("此项工作受到省人社厅领导的高度评价。", []),
        ("该项目被省民政厅列为全省社会救助创新案例。", []),
        ("霍邱县妇联的做法被省卫生健康委员会推广。", []),
        ("县妇联的调研报告获县委主要领导批示。", []),
        ("五常市妇联联合五常市农业农村局开展培训，得到省农业农村厅的肯定。", ["五常市农业农村局"]),
        ("活动得到泸县卫生健康局的大力支持和充分肯定。", ["泸县卫生健康局"]),
        ("县妇联的工作得到县委、县政府的充分肯定。", []),
        ("县妇联被县人社局评为“巾帼创业示范基地”。", []),
    ],
    # attending, said with 与会, 列席, 参会, 到会 or by sending a representative
    "attends_in_other_words": [
        ("县人社局、县民政局等成员单位负责同志与会。", []),
        ("县法院、县检察院分管领导列席会议。", []),
        ("富顺县教育局、卫健局等12个成员单位参会。", []),
        ("县教育局、县卫健局等职能部门负责人参加会议。", []),
        ("县妇联联合县人社局、县民政局等8个成员单位开展宣传。", ["县人社局", "县民政局"]),
        ("平舆县人民医院派代表参加座谈。", []),
        ("县公安局、县司法局相关负责人到会。", []),
        ("县妇联邀请县人大、县政协领导出席开幕式。", []),
        ("乐亭县妇联与乐亭县司法局共同召开座谈会，县法院、县检察院负责同志参会。", ["乐亭县司法局"]),
    ],
    # a body the work gives a plaque, books or leaflets to receives them
    "receives_a_plaque_or_a_gift": [
        ("县妇联为县人民医院等5家单位授牌。", []),
        ("市妇联向凤庆县第一中学赠送图书2000册。", []),
        ("县妇联把300份宣传册送到县汽车站。", []),
        ("县妇联为城阳区实验小学授予“儿童之家”牌匾。", []),
        ("县人民医院为县妇联赠送健康读本200册。", ["县人民医院"]),
    ],
    # a woman's own story names the court she sued in, the hospital that diagnosed her, the
    # office of her errand, her child's school
    "a_womans_own_story": [
        ("她向乐亭县人民法院提起离婚诉讼。", []),
        ("经县人民医院诊断，她患有乳腺癌。", []),
        ("她到县民政局办理了离婚登记手续。", []),
        ("她的儿子在长汀县第一中学读高三。", []),
        ("她曾获县总工会颁发的“五一劳动奖章”。", []),
        ("她在县农商银行贷款5万元养殖肉牛。", []),
        ("县妇联协调县法院为她提供法律援助。", ["县法院"]),
        ("她和丈夫在县农商银行办理了贷款手续。", []),
        ("她在县委党校学习期间结识了许多女干部。", []),
        ("她加入了县绿源种植专业合作社。", []),
        ("她联合县人民医院的姐妹们成立了志愿服务队。", ["县人民医院"]),
        # (greeting on bodies' behalf makes them no agencies: stop 29 of eval/dev)
        ("他代表市委、市政府向全市妇女致以节日的问候。", []),
        ("他代表市委、市政府看望慰问困难妇女。", ["市委", "市人民政府"]),
        ("县人民医院为她免费实施了手术。", ["县人民医院"]),
        known_because(COURT_VISIT, "妇女代表在县人民法院旁听了一起家事案件的审理。", []),
    ],
    # a body that registers or approves another is no partner of the work
    "registers_or_approves": [
        ("协会于2018年在县民政局登记注册。", []),
        ("经县民政局批准，县女企业家协会正式成立。", []),
        ("县巾帼志愿者协会正式成立。", []),
        ("经县人民医院专家义诊，300名妇女受益。", ["县人民医院"]),
        ("县妇联联合县人社局成立巾帼创业联盟。", ["县人社局"]),
        known_because(APPROVER, "该中心的登记管理机关为县民政局。", []),
        ("县妇联联合县民政局为女性社会组织办理登记。", ["县民政局"]),
    ],
    # the news reports the work; a medium that co-runs a column or a show works with it
    "reports_the_news": [
        ("柯桥区融媒体中心、柯桥日报对活动进行了全程报道。", []),
        ("县电视台对此作了专题报道。", []),
        ("县融媒体中心记者 张丽 摄", []),
        ("新华网、人民网等多家媒体对活动进行了宣传报道。", []),
        ("县妇联联合县融媒体中心开设“巾帼风采”专栏。", ["县融媒体中心"]),
        ("县妇联与县电视台合办《女性天地》栏目。", ["县电视台"]),
    ],
    # the host of the reporting unit (its street office, residents' or villagers' committee)
    # acting in the same work is the author's side
    "the_authors_host_written_as_its_office": [
        # a street office is a leadership body: it stays, as framing leadership bodies do
        ("夏庄街道妇联开展维权宣传\n夏庄街道办事处联合夏庄街道司法所开展普法宣传。",
         ["夏庄街道办事处", "夏庄街道司法所"]),
        ("金桥社区妇联联合金桥社区居委会开展关爱活动。", []),
        ("大坪村妇联联合大坪村村民委员会开展环境整治。", []),
        ("大坪村妇联联合小坪村村民委员会开展环境整治。", ["小坪村村民委员会"]),
        ("金桥社区妇联联合金桥社区新时代文明实践站开展宣讲。", []),
        ("夏庄街道妇联联合城阳区人民法院开展普法宣传。", ["城阳区人民法院"]),
    ],
    # a partner word inside a name (联合国, 联合会) names the body, not a partner frame
    "partner_word_inside_a_name": [
        ("县妇联参与联合国儿童基金会支持的儿童早期发展项目。", ["联合国儿童基金会"]),
        ("县妇联与同济大学附属医院共同开展义诊。", ["同济大学附属医院"]),
        ("县妇联联合同仁医院开展两癌筛查。", ["同仁医院"]),
        ("县妇联联合及时雨志愿者协会开展关爱活动。", ["及时雨志愿者协会"]),
        ("县妇联联合同江市人民医院开展义诊。", ["同江市人民医院"]),
        ("县妇联与县工商业联合会共同举办女企业家沙龙。", ["县工商业联合会"]),
        ("县妇联与县残疾人联合会共同开展助残活动。", ["县残疾人联合会"]),
        ("县妇联与县文学艺术界联合会联合举办征文比赛。", ["县文学艺术界联合会"]),
        ("县文学艺术界联合会主席出席活动。", []),
    ],
    # liaising verbs before a name (对接, 联系, 协调, 争取) are partner frames; the name starts
    # after them
    "liaising_verbs_before_a_name": [
        ("县妇联积极对接县人社局，为返乡妇女提供就业岗位。", ["县人社局"]),
        known_because(CONTACTED, "县妇联主动联系县医保局为困难妇女办理医疗救助。", ["县医保局"]),
        ("县妇联争取到县财政局专项资金20万元。", ["县财政局"]),
        ("仁怀市妇联携手仁怀市教育局开展家庭教育讲座。", ["仁怀市教育局"]),
        ("金川区妇联会同金川区司法局开展调解。", ["金川区司法局"]),
    ],
    # a bank's or an insurer's branch, a court's tribunal: one body, cut at its whole name
    "a_branch_cut_at_its_whole_name": [
        ("县妇联联合中国农业银行乐亭县支行推出巾帼贷。", ["中国农业银行乐亭县支行"]),
        ("县妇联联合中国人寿保险股份有限公司平舆县支公司开展保险宣传。",
         ["中国人寿保险股份有限公司平舆县支公司"]),
        ("县妇联联合长汀县人民法院河田人民法庭开展家事调解。", ["长汀县人民法院河田人民法庭"]),
        ("县妇联联合泸县公安局城西派出所开展反诈宣传。", ["泸县公安局城西派出所"]),
        ("县妇联联合鄞州区市场监督管理局开展食品安全宣传。", ["鄞州区市场监督管理局"]),
    ],
    # a partner word that joins other words, or marks the giver of an honour
    "partner_word_traps": [
        known_because(HONOUR_AFTER_YOU, "该基地由县农业农村局认定为市级示范基地。", []),
        known_because(VENUE_RELIED_ON, "依托镇党群服务中心建立妇女之家。", []),
        ("县妇联与县农商银行合作推出“巾帼贷”。", ["县农商银行"]),
        ("在县妇联和县人社局的共同努力下，200名妇女实现就业。", ["县人社局"]),
        ("县妇联与县人民医院签订合作协议。", ["县人民医院"]),
        ("由县人社局、县妇联共同主办的招聘会在县体育馆举行。", ["县人社局"]),
        ("县妇联应县总工会邀请参加女职工技能竞赛。", []),
    ],
    # after 在: a workplace or a school, or a support frame
    "after_zai": [
        ("在县人民医院工作的张医生为妇女义诊。", []),
        ("在县民政局的指导下，县妇联开展困境儿童关爱。", ["县民政局"]),
    ],
    # short forms of standard bodies and a body's unit
    "short_forms_and_units": [
        ("县妇联联合县医保局开展政策宣传。", ["县医保局"]),
        ("县妇联联合县教体局开展家庭教育讲座。", ["县教体局"]),
        ("县妇联联合县应急管理局开展安全培训。", ["县应急管理局"]),
        ("县妇联联合县乡村振兴局开展技能培训。", ["县乡村振兴局"]),
        ("县妇联联合县市场监管局开展食品安全宣传。", ["县市场监管局"]),
        ("县妇联联合县司法局城关司法所开展普法宣传。", ["县司法局城关司法所"]),
        ("县妇联联合县委宣传部、县文明办、县教育局等部门开展评选。", ["县委宣传部", "县文明办", "县教育局"]),
        ("县妇联联合县卫健局、县人民医院、县妇幼保健院开展筛查。",
         ["县卫健局", "县人民医院", "县妇幼保健院"]),
    ],
    # a body that opens a clause of its own, apart from the work
    "opens_a_clause_of_its_own": [
        ("县人民医院是全县唯一的三级医院。", []),
        ("县人民医院始建于1952年。", []),
        known_because(ITS_OWN_NEWS, "县农商银行近年来发展迅速，存款余额突破百亿元。", []),
        ("县人民医院妇产科主任张某为妇女讲解两癌防治知识。", ["县人民医院"]),
        ("县人社局为参训妇女颁发职业技能等级证书。", ["县人社局"]),
    ],
    # the page's furniture after the news: labels, a masthead line, links, a byline
    "page_furniture_after_the_news": [
        (AFTER_THE_NEWS + "主办：泸县人民政府办公室  承办：泸县大数据中心", ["县人社局"]),
        (AFTER_THE_NEWS + "网站主办：富顺县人民政府  网站标识码：5103220001", ["县人社局"]),
        (AFTER_THE_NEWS + "主管单位：中共平舆县委宣传部  主办单位：平舆县融媒体中心", ["县人社局"]),
        (AFTER_THE_NEWS + "版权所有：乐亭县人民政府 备案号：冀ICP备12345678号", ["县人社局"]),
        (AFTER_THE_NEWS + "Copyright © 长汀县人民政府 All Rights Reserved", ["县人社局"]),
        (AFTER_THE_NEWS + "责任编辑：张丽  审核：县委宣传部", ["县人社局"]),
        (AFTER_THE_NEWS + "（来源：凤庆县融媒体中心）", ["县人社局"]),
        (AFTER_THE_NEWS + "编辑：李华 | 来源：霍邱县人民政府网", ["县人社局"]),
        (AFTER_THE_NEWS + "供稿单位：桐城市妇联 发布机构：桐城市人民政府办公室", ["县人社局"]),
        (AFTER_THE_NEWS + "【打印本页】【关闭窗口】\n长汀县人民政府办公室主办", ["县人社局"]),
        (AFTER_THE_NEWS + "中共仁怀市委宣传部主管  仁怀市融媒体中心主办", ["县人社局"]),
        (AFTER_THE_NEWS + "地址：乐亭县人民政府大院 邮编：063600", ["县人社局"]),
        (AFTER_THE_NEWS + "投稿邮箱：xxx@163.com  联系电话：0832-1234567\n主办：中共富顺县委宣传部",
         ["县人社局"]),
        known_because(LINKS_LINE, AFTER_THE_NEWS + "分享到：微信 微博 QQ空间\n"
                      "相关链接：中国妇女网 四川省妇联 泸州市人民政府", ["县人社局"]),
        (AFTER_THE_NEWS + "扫一扫在手机打开当前页\n鄞州区人民政府门户网站", ["县人社局"]),
        (AFTER_THE_NEWS + "政府信息公开 | 县政府文件 | 部门文件\n平舆县人民政府办公室 版权所有",
         ["县人社局"]),
        (AFTER_THE_NEWS + "本文转载自“五常发布”微信公众号，原载五常市融媒体中心。", ["县人社局"]),
        # in the text a role word sits in a clause: the body co-runs the work
        ("本次招聘会由县妇联主办，县人社局承办。", ["县人社局"]),
        known_because(BANNER, "县人社局主办 县妇联协办\n春风行动招聘会在县体育馆举行。", ["县人社局"]),
    ],
    # honours, ranks and events of other bodies the federation's people take part in
    "generic_awards_and_other_bodies_events": [
        ("县妇联被县委、县政府评为年度目标考核先进单位。", []),
        known_because(MERIT, "县妇联主席张某被县人民政府记三等功。", []),
        ("县妇联连续三年被市妇联评为先进集体。", []),
        known_because(ANOTHER_BODYS_EVENT, "县妇联组织妇女参加县人社局举办的创业大赛。", []),
        ("县妇联组织50名妇女观看了县文化馆的文艺演出。", []),
        known_because(ANOTHER_BODYS_EVENT, "县妇联干部参加了县委党校举办的中青班培训。", []),
    ],
}
