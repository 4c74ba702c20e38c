"""Stop 30 writer's probes of the campaign finder (second wave): short pages written for these
tests from how Chinese government and news pages state the programmes a federation runs, not
from the corpus: a title line, header clutter (发布时间…来源…浏览次数, 【字体：大 中 小】), a dateline
(本报讯, …讯), the first sentences and a footer (责任编辑, 供稿, 上一篇). Names quoted and unquoted
(开展“X”活动, 实施X工程, X行动, 春蕾计划, 巾帼建功, 最美家庭 评选, a team with a name of its own),
honours the system confers, and what is no campaign: observance days, slogans and policy phrases,
section titles, generic activities, loan products, places and bases, document titles, columns and
accounts. Expected readings by docs/CODEBOOK.md, docs/ANNOTATION.md and eval/dev/README.md;
places from the package's gazetteer. ``test_campaign_probes.py`` runs this table page by page."""

from __future__ import annotations

from .conftest import known_because

HEADER = "\n发布时间：2023-04-02　来源：泸溪县妇联\n"  # the stop-30 second wave's rows

# (page, campaigns the report holds)
PROBES = [
    # --- quoted names in a title and a first sentence, among header clutter ---
    ("中牟县妇联开展“巾帼暖万家”志愿服务活动\n发布时间：2023-03-10 09:12　来源：中牟县妇联　浏览次数：212\n"
     "【字体：大 中 小】【打印本页】【关闭窗口】\n"
     "3月8日,中牟县妇联组织巾帼志愿者开展“巾帼暖万家”志愿服务活动,为独居老人打扫卫生。",
     ["巾帼暖万家"]),
    ("临江市妇联“娘家人”维权服务品牌获好评\n"
     "作者：王丽　来源：本站　点击数：88　更新时间：2022年6月12日\n"
     "近年来,临江市妇联着力打造“娘家人”维权服务品牌,调处婚姻家庭纠纷56件。",
     ["娘家人"]),
    ("平川区妇联举办第三届“巾帼杯”厨艺大赛\n2021-05-20 15:30　来源：平川区人民政府网\n"
     "5月19日,由平川区妇联主办的第三届“巾帼杯”厨艺大赛在区文化广场举行。",
     ["巾帼杯厨艺大赛"]),
    ("泸溪县妇联 “巾帼学堂”开课啦\n日期：2023-04-02　字号：[大][中][小]\n"
     "4月1日,泸溪县妇联“巾帼学堂”第一期在县妇女儿童活动中心开课。",
     ["巾帼学堂"]),
    # ... corner brackets and straight quotes as some sites write them
    ("宁都县开展「最美家庭」评选\n发布时间：2020-05-15\n宁都县妇联近日启动「最美家庭」评选活动,"
     "共推荐候选家庭40户。",
     ["最美家庭"]),
    ('夏河县妇联开展"书香飘万家"亲子阅读活动\n来源：夏河县妇联　发布时间：2022-04-23\n'
     '4月23日,夏河县妇联在县图书馆开展"书香飘万家"亲子阅读活动。',
     ["书香飘万家"]),
    # --- unquoted programmes with a programme head ---
    ("阿荣旗妇联启动巾帼护河行动\n本报讯（记者 李娜）4月10日,阿荣旗妇联在那吉镇启动巾帼护河行动,"
     "组建护河队伍12支。",
     ["巾帼护河行动"]),
    ("南漳县妇联发放春蕾计划助学金\n发布时间：2019-09-06　信息来源：南漳县妇联\n"
     "9月5日,南漳县妇联为30名春蕾女童发放春蕾计划助学金6万元。",
     ["春蕾计划"]),
    ("仙居县深入实施巾帼素质提升工程\n仙居新闻网讯 今年以来,仙居县妇联深入实施巾帼素质提升工程,"
     "举办各类培训班25期。",
     ["巾帼素质提升工程"]),
    ("武宣县妇联深入开展巾帼建功活动\n发布日期：2018-07-02\n今年以来,武宣县妇联以巾帼建功活动为载体,"
     "引导妇女在乡村振兴中建功立业。",
     ["巾帼建功"]),
    ("汉阴县召开乡村振兴巾帼行动推进会\n发布时间：2021-08-18　来源：汉阴县妇联\n"
     "8月17日,汉阴县乡村振兴巾帼行动推进会在县政府召开。",
     ["乡村振兴巾帼行动"]),
    ("湟源县妇联开展美丽庭院创建工作\n湟源县妇联　2022-06-01\n今年以来,湟源县妇联开展美丽庭院创建,"
     "评选出示范户120户。",
     ["美丽庭院"]),
    ("芮城县妇联深化双学双比活动\n发布时间：2017-04-11\n芮城县妇联以双学双比活动为抓手,"
     "培训农村妇女3000余人次。",
     ["双学双比"]),
    ("宾川县妇联为适龄妇女开展“两癌”免费筛查\n发布时间：2021-10-12　来源：宾川县妇联\n"
     "10月以来,宾川县妇联为全县农村适龄妇女开展免费“两癌”筛查,共筛查5000人。",
     ["两癌筛查"]),
    ("弥勒市妇联“母亲水窖”项目惠及千户\n发布时间：2016-03-22\n弥勒市妇联实施“母亲水窖”项目,"
     "建成水窖300口。",
     ["母亲水窖"]),
    ("宜章县妇联组织参加“春风行动”招聘会\n发布时间：2023-02-10\n2月9日,宜章县妇联联合县人社局"
     "举办“春风行动”专场招聘会。",
     ["春风行动"]),
    # --- honours the system confers, in titles and bodies ---
    ("龙泉市2人获评省三八红旗手\n发布时间：2022-03-07　来源：龙泉市妇联\n近日,省妇联公布表彰名单,"
     "龙泉市2人获评省三八红旗手。",
     ["三八红旗手"]),
    ("长丰县妇联2023年度“最美家庭”评选结果揭晓\n来源：长丰县妇联　发布时间：2023-05-15\n"
     "经推荐、评审和公示,长丰县妇联评选出2023年度“最美家庭”20户。",
     ["最美家庭"]),
    ("广饶县妇联召开纪念“三八”国际妇女节暨“最美家庭”表彰大会\n发布时间：2020-03-06\n"
     "3月6日,广饶县妇联召开纪念“三八”国际妇女节暨“最美家庭”表彰大会。",
     ["最美家庭"]),
    ("沐川县妇联服务窗口获“全国巾帼文明岗”称号\n发布时间：2019-02-26\n近日,全国妇联授予沐川县"
     "政务服务中心妇联服务窗口“全国巾帼文明岗”称号。",
     ["巾帼文明岗"]),
    ("中牟县创建各级巾帼文明岗15个\n发布时间：2021-12-20\n今年以来,中牟县妇联创建各级巾帼文明岗15个,"
     "其中省级3个。",
     ["巾帼文明岗"]),
    # --- teams with a name of their own, and teams named by owner and kind ---
    ("临江市“石榴红”巾帼志愿服务队走进社区\n发布时间：2022-09-01\n8月31日,临江市“石榴红”巾帼志愿服务队"
     "走进大湖街道开展义诊。",
     ["石榴红"]),
    ("平川区巾帼志愿服务队开展义诊\n发布时间：2022-09-01\n8月31日,平川区巾帼志愿服务队走进社区"
     "开展义诊。",
     []),
    ("泸溪县成立巾帼宣讲团\n发布时间：2021-06-10\n6月9日,泸溪县巾帼宣讲团成立,首批成员20名。", []),
    # --- a notice: its title names the drive it launches ---
    ("关于开展“巾帼好网民”评选活动的通知\n各乡镇妇联：\n为营造清朗网络空间,县妇联决定开展“巾帼好网民”"
     "评选活动。\n宁都县妇联\n2021年5月6日",
     ["巾帼好网民"]),
    # --- observance days, anniversaries and festivals: no campaign ---
    ("夏河县妇联开展国际家庭日宣传活动\n发布时间：2022-05-16\n5月15日是国际家庭日,夏河县妇联在县城广场"
     "开展宣传活动。",
     []),
    ("阿荣旗妇联开展“三八”国际妇女节系列活动\n发布时间：2021-03-09\n在“三八”国际妇女节来临之际,"
     "阿荣旗妇联开展了系列庆祝活动。",
     []),
    ("南漳县妇联开展“六一”慰问活动\n发布时间：2020-06-01\n“六一”儿童节前夕,南漳县妇联走访慰问"
     "困境儿童30名。",
     []),
    ("仙居县妇联开展“12·4”国家宪法日宣传\n发布时间：2019-12-05\n12月4日,仙居县妇联在县城开展国家宪法日"
     "普法宣传活动。",
     []),
    # --- slogans and policy phrases in titles and first sentences ---
    ("武宣县妇联：巾帼建新功 共筑中国梦\n发布时间：2018-03-01\n武宣县妇联号召全县妇女为实现中国梦贡献"
     "巾帼力量。",
     []),
    ("汉阴县妇联助力乡村振兴\n发布时间：2021-04-20\n汉阴县妇联围绕乡村振兴战略,组织妇女发展特色产业。",
     []),
    ("【喜迎二十大】湟源县妇联开展宣讲\n发布时间：2022-09-20\n湟源县妇联组织宣讲员深入村社开展宣讲。",
     []),
    # --- section titles and work summaries ---
    ("芮城县妇联2019年工作总结和2020年工作计划\n一、2019年工作开展情况\n今年以来,芮城县妇联紧紧围绕"
     "县委中心工作。\n二、2020年工作计划",
     []),
    ("宾川县妇联上半年工作总结\n发布时间：2021-07-05\n一、主要工作\n二、存在问题\n三、下半年工作打算",
     []),
    # --- generic activities named by their kind ---
    ("弥勒市妇联举办妇女手工编织培训班\n发布时间：2020-08-12\n8月11日,弥勒市妇联举办妇女手工编织培训班,"
     "培训妇女50名。",
     []),
    ("龙泉市妇联召开妇女儿童工作座谈会\n发布时间：2020-04-20\n4月19日,龙泉市妇联召开妇女儿童工作"
     "座谈会。",
     []),
    ("长丰县妇联开展家庭教育讲座\n发布时间：2021-11-02\n11月1日,长丰县妇联在县实验小学开展家庭教育"
     "讲座。",
     []),
    ("宜章县妇联开展巾帼志愿服务活动\n发布时间：2022-03-05\n3月5日,宜章县妇联组织巾帼志愿者开展"
     "志愿服务活动。",
     []),
    # --- loan products named by what they are, places and bases ---
    ("广饶县妇联发放妇女创业担保贷款\n发布时间：2019-06-20\n今年以来,广饶县妇联为120名创业妇女发放"
     "创业担保贷款1500万元。",
     []),
    ("沐川县新建巾帼创业就业示范基地\n发布时间：2020-10-15\n今年以来,沐川县妇联新建巾帼创业就业示范"
     "基地3个。",
     []),
    ("中牟县妇联在大孟镇“妇女之家”开展手工培训\n发布时间：2022-05-12\n5月11日,中牟县妇联在大孟镇"
     "“妇女之家”开展手工编织培训。",
     []),
    # --- documents, columns and accounts ---
    ("临江市妇联印发《关于开展家庭教育工作的实施意见》\n发布时间：2021-03-15\n近日,临江市妇联印发"
     "《关于开展家庭教育工作的实施意见》。",
     []),
    ("平川区妇联“巾帼风采”专栏上线\n发布时间：2021-05-08\n平川区妇联在区融媒体中心开设“巾帼风采”专栏,"
     "宣传优秀女性。",
     []),
    ("泸溪县妇联开展普法宣传\n来源：“泸溪女性”微信公众号\n3月15日,泸溪县妇联开展普法宣传活动。", []),
    # --- footers: editor lines and links to other pages ---
    ("宁都县妇联开展“清洁家园”行动\n3月10日,宁都县妇联组织妇女开展“清洁家园”行动。\n"
     "（供稿：宁都县妇联　编辑：李娜　审核：王芳）\n扫一扫在手机打开当前页",
     ["清洁家园行动"]),
    ("夏河县妇联开展慰问活动\n1月20日,夏河县妇联走访慰问困难妇女20户。\n责任编辑：张敏\n"
     "【打印本页】【关闭窗口】",
     []),
    # --- a quoted theme of an event named only by its kind ---
    ("阿荣旗妇联举办“巾帼心向党 奋进新征程”主题宣讲\n发布时间：2022-10-12\n10月11日,阿荣旗妇联"
     "举办“巾帼心向党 奋进新征程”主题宣讲活动。",
     ["巾帼心向党奋进新征程"]),
    ("南漳县妇联以“传家风 立家规”为主题开展活动\n发布时间：2019-05-15\n南漳县妇联以“传家风 立家规”"
     "为主题,在各村开展家风故事会。",
     ["传家风立家规"]),
    # --- a standing drive unquoted in a first sentence, beside a list of generic work ---
    ("仙居县妇联开展寻找最美家庭活动\n发布时间：2018-04-02\n仙居县妇联在全县开展寻找最美家庭活动,"
     "推荐各类家庭60户。",
     ["最美家庭"]),
    ("武宣县妇联实施春蕾助学计划\n发布时间：2017-08-30\n武宣县妇联实施春蕾助学计划,资助贫困女童50名。",
     ["春蕾助学计划"]),
    # --- a quote as the subject of a predicate of opening or closing: a programme's run ---
    ("“巾帼学堂”开班啦！\n发布时间：2023-04-02　来源：泸溪县妇联\n"
     "4月1日,泸溪县妇联第一期“巾帼学堂”在县妇女儿童活动中心开班,40名妇女参加学习。",
     ["巾帼学堂"]),
    ("南漳县“守护花开”正式启动\n发布时间：2022-06-01\n5月31日,南漳县妇联联合县检察院在县实验小学"
     "举行启动仪式。",
     ["守护花开"]),
    ("龙泉市“巾帼夜校”顺利结业\n来源：龙泉市妇联　浏览次数：96\n经过一个月的学习,龙泉市首期"
     "“巾帼夜校”顺利结业。",
     ["巾帼夜校"]),
    # ... rooms and bases are opened, not launched, a reform is wound up (收官), and a day
    # or a formula starts nothing (guards)
    ("中牟县“巾帼创业示范基地”揭牌\n发布时间：2021-09-10\n9月9日,中牟县“巾帼创业示范基地”在大孟镇揭牌。",
     []),
    ("芮城县各村“会改联”圆满收官\n发布时间：2017-09-28\n至9月底,芮城县各村妇代会全部改建为村妇联。", []),
    ("全国“两会”胜利闭幕\n发布时间：2021-03-12\n临江市妇联组织机关干部学习全国“两会”精神。", []),
    # --- a quoted metaphor of the stoplist made the name of a service brand (“娘家人”维权服务品牌);
    # a brand of goods and the metaphor alone stay rhetoric ---
    ("宜章县妇联打造“贴心人”调解品牌\n发布时间：2021-07-20\n宜章县妇联打造“贴心人”调解品牌,"
     "化解家庭矛盾纠纷40余件。",
     ["贴心人"]),
    ("广饶县妇联打造“妇字号”农产品品牌\n发布时间：2020-09-18\n广饶县妇联帮助女性创业者打造“妇字号”"
     "农产品品牌,带动妇女增收。",
     []),
    ("沐川县妇联当好妇女群众的“娘家人”\n发布时间：2020-03-02\n沐川县妇联充分发挥“娘家人”作用,"
     "帮助妇女解决实际困难。",
     []),
    # --- a year that closes a quote is the round's and is dropped; a head right after the quote
    # belongs to the name (stop-30 second wave, row 16) ---
    ("泸溪县妇联开展护苗行动\n发布时间：2023-04-02　来源：泸溪县妇联\n4月1日,泸溪县妇联开展“护苗2023”行动,"
     "走进学校宣讲安全知识。",
     ["护苗行动"]),
    # --- the stop-30 second wave's campaign rows (12, 14-17), each written once ---
    # a time span after a quote (…季, …周, …月) is no programme head: the quote alone (row 12)
    ("泸溪县“悦读润家”亲子阅读季启动" + HEADER + "4月1日,泸溪县妇联“悦读润家”亲子阅读季正式启动。",
     ["悦读润家"]),
    # a footer's 上一篇/下一篇 links name other reports' work (row 14)
    ("泸溪县妇联召开执委会" + HEADER + "4月1日,泸溪县妇联召开执委会。\n"
     "上一篇：泸溪县妇联开展“清洁家园”行动\n"
     "下一篇：泸溪县妇联开展“巾帼建功”活动", []),
    # a quoted role before 培训 is the people trained, unless it carries a standing drive (row 15)
    ("泸溪县妇联开展培训" + HEADER + "4月1日,泸溪县妇联开展“法律明白人”培训,40名妇女参加。", []),
    ("泸溪县妇联开展培训" + HEADER + "4月1日,泸溪县妇联开展“春蕾安全员”培训,40名教师参加。",
     ["春蕾安全员"]),
    # a generic qualifier (专项) between a quote and its head leaves the quote alone; a closing year is
    # dropped (row 16)
    known_because("row 16: a generic qualifier (专项, 系列) between a quote and its head leaves the quote "
                  "alone as the name (“护苗·2023”专项行动 → 护苗); a two-character quote before 专项行动 is "
                  "not read, and before 系列行动 it keeps the qualifier",
                  "泸溪县妇联开展宣讲" + HEADER
                  + "4月1日,泸溪县妇联开展“护苗·2023”专项行动,走进学校宣讲安全知识。",
                  ["护苗"]),
    # one station opened is a place, no programme (row 17)
    known_because("row 17: a single station opened (“X驿站”启用, 揭牌) is a place; 驿站 is read as a "
                  "programme suffix whatever the predicate",
                  "泸溪县新增一处服务阵地" + HEADER
                  + "4月1日,白沙镇“姐妹驿站”正式启用,为妇女提供休息场所。", []),
]
