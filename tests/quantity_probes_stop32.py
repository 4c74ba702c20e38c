"""Stop-32 quantities round's probes (issues 9/10): short report sentences written for this test
(no report text) in the ways county, township and village items state a size, an output or a count,
with real places from the gazetteer. Each family shows its pattern in several frames and the
near-misses that must stay as they are. Cases are (text, expected) with expected quantities
(text, value, value_max, unit, approx, kind) in reading order; ``test_quantity_probes.py`` runs
this table."""

from __future__ import annotations


def q(text: str, value: float, unit: str, kind: str, approx: bool = False,
      value_max: float | None = None) -> tuple:
    return (text, value, value_max, unit, approx, kind)


PROBES = {
    # --- an area after a bare 面积 or 总面积 is one place's size (stop 30 of eval/dev) ---
    "area_of_one_place": [
        ("渌口镇妇女之家面积达120平方米,设有阅览室和活动室。", []),
        ("望溪镇新建的儿童之家面积约80平方米。", []),
        ("芦溪镇这些母婴室大部分面积超过15平方米,配有哺乳椅。", []),
        ("该基地总面积300亩,吸纳妇女就业40余人。", [q("40余人", 40, "人", "people", True)]),
        ("天桥街道巾帼创业园面积近2000平方米,入驻企业12家。",
         [q("12家", 12, "家", "organisations")]),
        ("永安镇妇联调研的合作社总面积约500亩。", []),
        # near-misses: land the work planted or worked, and a total over the holdings counted
        ("冉固镇妇联带动妇女扩大种植面积3000亩。", [q("3000亩", 3000, "亩", "other")]),
        ("全县种植总面积1.2万亩,带动农户800户。",
         [q("1.2万亩", 12000, "亩", "other"), q("800户", 800, "户", "households")]),
        ("东王镇流转土地面积500亩,发展特色种植。", [q("500亩", 500, "亩", "other")]),
        ("建成妇女之家3个,面积共计600平方米。",
         [q("3个", 3, "个", "organisations"), q("600平方米", 600, "平方米", "other")]),
        ("沟门子镇三个村总面积5000多亩。",
         [q("三个", 3, "个", "organisations"), q("5000多亩", 5000, "亩", "other", True)]),
        ("荆家庄乡妇联带动妇女种植中药材300亩。", [q("300亩", 300, "亩", "other")]),
        ("全市巾帼示范基地总面积达3万亩。", [q("3万亩", 30000, "亩", "other")]),
        ("县乡两级巾帼示范田面积超过2万亩。", [q("超过2万亩", 20000, "亩", "other", True)]),
        ("全乡共有6个村,总人口7200人,现有耕地2.1万亩。",
         [q("6个", 6, "个", "organisations"), q("7200人", 7200, "人", "people")]),
    ],
    # --- a weight after a word of output is a producer's size, no count of the work ---
    "yearly_output": [
        ("上观音堂乡巾帼种植合作社年产400多吨,带动妇女就业50余人。",
         [q("50余人", 50, "人", "people", True)]),
        ("高溪市镇一家女企业家创办的公司年产量5万多吨,产值2000万元。",
         [q("2000万元", 20000000, "元", "money_cny")]),
        ("新城镇巾帼茶园茶叶年产量达到3000多公斤。", []),
        ("霖磐镇女子牧场日产鲜奶2吨,吸纳妇女就业20人。", [q("20人", 20, "人", "people")]),
        ("西堤头镇巾帼示范基地年产蔬菜约800吨。", []),
        ("朝阳门街道女企业家说:“去年我们基地产出蔬菜和菌菇是有3000多吨。”", []),
        # near-misses: output in money, and weights the work moved, handed out or collected
        ("木厂口镇巾帼示范基地年产值500万元。", [q("500万元", 5000000, "元", "money_cny")]),
        ("支口街道妇联帮助农户销售滞销农产品300吨。", [q("300吨", 300, "吨", "other")]),
        ("石马山街道妇联为困难家庭送去大米500斤。", [q("500斤", 500, "斤", "other")]),
        ("信发街道巾帼志愿者清理垃圾5吨。", [q("5吨", 5, "吨", "other")]),
        ("永安镇妇联组织妇女全年生产大米80吨。", [q("80吨", 80, "吨", "other")]),
    ],
    # --- a roster the work draws up or publishes lists that many; one entered names a list ---
    "roster_published_or_entered": [
        ("永安市妇联工作人员将36名春蕾女童名单在网上公布。", [q("36名", 36, "名", "people")]),
        ("渌口镇妇联公示了15户最美家庭名单。", [q("15户", 15, "户", "households")]),
        ("望溪镇妇联向县妇联上报8名困难妇女名单。", [q("8名", 8, "名", "people")]),
        ("芦溪镇妇联确定了12户结对帮扶家庭名单。", [q("12户", 12, "户", "households")]),
        ("岳西县妇联发布20名巾帼建功标兵名单。", [q("20名", 20, "名", "people")]),
        # near-misses: a list entered, and one of a list
        ("她入选全国妇联100名女科技工作者科创成果名单。", []),
        ("东王镇新生村被列入全省100个美丽乡村名录。", []),
        ("冉固镇女企业家跻身全市50名优秀民营企业家榜单。", []),
        ("上观音堂乡新生村是全省50个巾帼示范村之一。", []),
    ],
    # --- a count of pupils before their school grade (二名三年级): the grade's numeral ranks ---
    "count_before_a_school_grade": [
        ("永安市妇联联合爱心企业资助二名三年级春蕾女童。", [q("二名", 2, "名", "people")]),
        ("望溪镇妇联走访慰问三名五年级留守儿童。", [q("三名", 3, "名", "people")]),
        ("渌口镇妇联为两名一年级新生送去书包。", [q("两名", 2, "名", "people")]),
        ("芦溪镇妇联结对帮扶四名六年级女童。", [q("四名", 4, "名", "people")]),
        ("东王镇妇联资助五名二年级贫困学生。", [q("五名", 5, "名", "people")]),
        ("爱心人士资助一名一年级、二名三年级共三名春蕾女童。",
         [q("二名", 2, "名", "people"), q("三名", 3, "名", "people")]),
        # near-misses: a set phrase of two numerals, a numbered formula
        ("冉固镇妇联开展两人三足亲子趣味赛。", []),
        ("天桥街道妇联打造一个阵地、两支队伍、三项机制。", []),
    ],
    # --- a demonstrative between a list and its count points back at the items named ---
    "list_restated_after_a_demonstrative": [
        ("荆家庄乡妇联引导群众走出“新农村建设是政府的事”“建设新农村就是建新房”这两个误区。", []),
        ("渌口镇妇联聚焦宣讲、培训、义诊这三项重点。", []),
        ("望溪镇妇联引导群众破除“重男轻女”“养儿防老”这两种旧观念。", []),
        ("芦溪镇妇联围绕“家风”“家教”“家训”这三个主题开展宣讲。", []),
        ("东风村、万龙村、兴龙村和富强村这四个村的妇女参加了培训。", []),
        ("信发街道妇联抓住“巾帼建功”、“双学双比”上述两个重点。", []),
        # near-misses: no list before it, persons and families counted by name, counts after
        ("东王镇妇联走访了这三个村的50户家庭。",
         [q("三个", 3, "个", "organisations"), q("50户", 50, "户", "households")]),
        ("王红、李芳这两名妇女获得表彰。", [q("两名", 2, "名", "people")]),
        ("王家、李家这两户家庭被评为最美家庭。", [q("两户", 2, "户", "households")]),
        ("甲村、乙村这两个村共有妇女800人。", [q("800人", 800, "人", "people")]),
    ],
    # --- the examples a report cites (举两个…例子) count its own text, not the work ---
    "examples_the_report_cites": [
        ("下面举两个高溪市镇农村妇女合作社创业的例子。", []),
        ("望溪镇妇联主席在会上举了三个典型例子。", []),
        ("这里举两个渌口镇妇联调解家庭纠纷的案例加以说明。", []),
        ("我们列举三个芦溪镇巾帼创业的事例来说明。", []),
        ("东王镇妇联主席举出两个鲜活实例。", []),
        # near-misses: cases collected, chosen or told in the work
        ("冉固镇妇联收集家庭教育典型案例30个。", [q("30个", 30, "个", "items")]),
        ("天桥街道妇联评选出优秀调解案例10个。", [q("10个", 10, "个", "items")]),
        ("信发街道妇联举办3场培训,讲述了5个家庭教育案例。",
         [q("3场", 3, "场", "events"), q("5个", 5, "个", "items")]),
        ("永安镇妇联举办两期培训。", [q("两期", 2, "期", "events")]),
    ],
    # --- a page's onlookers' counter (围观:4066人次) after its label and colon or bracket ---
    "onlookers_counter": [
        ("渌口镇妇联开展普法宣传\n2019-1-31 21:00 围观:4066人次 我来说两句(0)\n渌口镇妇联发放资料500份。",
         [q("500份", 500, "份", "items")]),
        ("望溪镇妇联开展义诊\n发布时间:2022-05-12 围观:356次\n望溪镇妇联为妇女义诊80人次。",
         [q("80人次", 80, "人次", "person_times")]),
        ("芦溪镇妇联慰问困难妇女\n作者:芦溪镇妇联 围观(128)\n慰问困难妇女20户。",
         [q("20户", 20, "户", "households")]),
        ("东王镇妇联举办培训\n来源:东王镇人民政府 围观数:1200 评论:3\n培训妇女60名。",
         [q("60名", 60, "名", "people")]),
        ("冉固镇妇联开展文艺演出\n2021-03-08 围观:2万人次\n演出吸引群众300余人。",
         [q("300余人", 300, "人", "people", True)]),
        # near-misses: onlookers the work drew
        ("天桥街道妇联文艺汇演吸引群众围观300余人次。", [q("300余人次", 300, "人次", "person_times", True)]),
        ("信发街道巾帼志愿者义卖活动吸引500余名群众围观。", [q("500余名", 500, "名", "people", True)]),
    ],
    # --- a copula between the noun of holding and the area (占地是265亩), as speech says it ---
    "area_of_one_place_after_a_copula": [
        ("木厂口镇一家合作社理事长说:“咱们自有的生产基地占地是265亩。”", []),
        ("霖磐镇妇女之家建筑面积是120平方米。", []),
        ("西堤头镇巾帼示范基地总面积是300多亩。", []),
        ("沟门子镇新生村现有耕地是2万亩。", []),
        ("高溪市镇巾帼创业园占地面积是60亩,入驻企业12家。", [q("12家", 12, "家", "organisations")]),
        # near-misses: land worked, and holdings counted first
        ("全县种植面积是1.2万亩。", [q("1.2万亩", 12000, "亩", "other")]),
        ("望溪镇建成巾帼基地12个,占地是5000余亩。",
         [q("12个", 12, "个", "organisations"), q("5000余亩", 5000, "亩", "other", True)]),
    ],
}
