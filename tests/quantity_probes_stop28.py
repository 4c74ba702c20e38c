"""Stop-28 probe audit of quantities (issue 10): short sentences and pages written for this test
(no report text) over the kind of what 个 counts before a set of divisions and the persons of
each, and over the forms in which Chinese reports of every level write the numbers that
docs/ANNOTATION.md and the settled conventions of eval/dev/README.md exclude (ordinals of
congresses, terms and ranks, anniversaries, dates, times, durations and ages, numbers inside
names, honours, formulas and places, village groups and regiments, the parts of a document,
page furniture, phones and file names, the indefinite 一), each beside counts of the same shapes
that stay counts. Places are real ones of the gazetteer. Cases are (text, expected) with expected
quantities (text, value, value_max, unit, approx, kind) in reading order;
``test_quantity_probes.py`` runs this table."""

from __future__ import annotations

from .conftest import known_because as known


def q(text: str, value: float, unit: str, kind: str, approx: bool = False,
      value_max: float | None = None) -> tuple:
    return (text, value, value_max, unit, approx, kind)


VILLAGE_GROUPS_LISTED = ("the next village group listed after the first with its own measure word "
                         "(甲村三组、五组) reads as a count; the stop-28 rule for it (ADDRESS_BEFORE "
                         "over items with 组) moved nothing on dev28 and was dropped")
DOCUMENT_PARTS_MODIFIED = ("a document's parts with a modifier before the part word (5项重点任务、12条"
                           "具体措施) or without a classifier (提出6方面18条措施) read as counts; the "
                           "stop-28 widening of DOCUMENT_CONTENT moved nothing on dev28 and was dropped")
FARM_NAME = ("a farm of the Production and Construction Corps named by its number (红星二场) reads as "
             "sessions held (场); no dev28 report writes one, no rule was written")
PICTURE_TALLY = ("the article's tally of its pictures with its noun before the number (本文图片共5张) "
                 "reads as a count; no dev28 report writes one, no rule was written")

PROBES = {
    # --- 个 before a set of divisions written as one word (市州, 镇街, 县区) or a division before
    # a federation body, persons named after it: the divisions are counted (the stop-12 reading
    # of eval/dev: 17个乡(镇)区、办妇联主席 counts bodies) ---
    "divisions_classified": [
        ("遵义市妇联召开会议,全市14个县区妇联主席参加。", [q("14个", 14, "个", "organisations")]),
        ("都匀市所辖23个镇街妇联主席参加培训。", [q("23个", 23, "个", "organisations")]),
        ("今年恩施土家族苗族自治州8个县市困境儿童集中的村将建立儿童之家。",
         [q("8个", 8, "个", "organisations")]),
        ("湖南省妇联回顾了14个市州妇女儿童事业五年发展。", [q("14个", 14, "个", "organisations")]),
        ("凯里市18个乡镇妇联主席参加了会议。", [q("18个", 18, "个", "organisations")]),
        ("阆中市200个村妇联主席参加了培训。", [q("200个", 200, "个", "organisations")]),
        ("汇川区为20个村级妇联主席发放补贴。", [q("20个", 20, "个", "organisations")]),
        ("全市14个县区妇联主席等120人参加。",
         [q("14个", 14, "个", "organisations"), q("120人", 120, "人", "people")]),
        # ... while persons 个 counts, a division before a profession among them, stay persons
        ("都匀市妇联为5个留守儿童送去书包。", [q("5个", 5, "个", "people")]),
        ("凯里市5个社区工作者参加培训。", [q("5个", 5, "个", "people")]),
        ("阆中市两个乡村教师获奖。", [q("两个", 2, "个", "people")]),
        ("遵义市3个村干部参加。", [q("3个", 3, "个", "people")]),
        ("都匀市妇联培训村妇联主席200人。", [q("200人", 200, "人", "people")]),
    ],
    # --- village groups and buildings numbered in an address, regiments and companies ---
    "addresses": [
        ("该村五组村民家庭被评为最美家庭。", []),
        ("县妇联到该村五、七组走访农户12户。", [q("12户", 12, "户", "households")]),
        known(VILLAGE_GROUPS_LISTED, "县妇联到红旗村三组、五组走访农户12户。",
              [q("12户", 12, "户", "households")]),
        known(VILLAGE_GROUPS_LISTED, "县妇联到红旗村三组和五组走访。", []),
        ("在第八师一二一团三连开展宣讲。", []),
        ("在一四三团十连走访职工家庭20户。", [q("20户", 20, "户", "households")]),
        known(FARM_NAME, "兵团第十三师妇联在红星二场开展活动。", []),
        ("在3号楼前广场举行活动,在201室开展咨询。", []),
        ("在东风路128号开展宣传,在五一广场举办活动。", []),
        # ... while groups formed and divided stay as the rules read them
        ("将志愿者分成三组、每组5人。", [q("5人", 5, "人", "people")]),
        ("志愿者分为宣讲组、帮扶组两组。", []),
    ],
    # --- the parts of a document after its title and the verb that tells its content ---
    "document_parts": [
        ("《意见》共五个部分二十条。", []),
        ("修订后的《妇女权益保障法》共十章八十六条。", []),
        ("制定《妇女发展规划》,明确了7个领域56项主要目标。", []),
        known(DOCUMENT_PARTS_MODIFIED, "《实施方案》明确了5项重点任务、12条具体措施。", []),
        known(DOCUMENT_PARTS_MODIFIED, "出台《关于加强家庭家教家风建设的实施意见》,提出6方面18条措施。", []),
        ("宣讲《民法典》婚姻家庭编第1043条、第1079条。", []),
        ("详见《通知》附件1,见附件3。", []),
        # ... while what is done with a document, and a count after its clause, stay counted
        ("就《条例(草案)》征集意见建议共56条。", [q("56条", 56, "条", "items")]),
        ("《方案》明确了5项重点任务,全县建成妇女之家12个。", [q("12个", 12, "个", "organisations")]),
    ],
    # --- ordinals of congresses, plenums, terms, ranks and years of a series ---
    "ordinals": [
        ("凯里市妇联召开第十三次妇女代表大会,选举产生第十三届执委会。", []),
        ("遵义市妇联第三次执委会议在汇川区召开。", []),
        ("会议传达学习了党的二十届三中全会精神和省第十二次党代会精神。", []),
        ("这是该村连续第三年举办此类活动。", []),
        ("她在比赛中荣获一等奖,获得第二名,前三名获得奖品。", []),
        ("县妇联第一党支部开展主题党日活动,第一时间赶到现场。", []),
        ("第一,加强组织领导;第二,强化宣传引导;第三,狠抓工作落实。", []),
        ("一是加强培训,二是强化服务,三是完善机制。其一,要提高认识;其二,要狠抓落实。", []),
        # ... while prizes and places awarded are counted
        ("该村荣获二等奖2个、三等奖5个。", [q("2个", 2, "个", "items"), q("5个", 5, "个", "items")]),
        ("评出一等奖1名、二等奖3名。", [q("1名", 1, "名", "people"), q("3名", 3, "名", "people")]),
        ("参加全国妇联第十三次代表大会的代表120名。", [q("120名", 120, "名", "people")]),
    ],
    # --- anniversaries, dates, times, durations and ages ---
    "dates_and_spans": [
        ("纪念“三八”国际妇女节113周年暨表彰大会召开。", []),
        ("今年是全国妇联成立75周年。", []),
        ("上午9时30分,会议在县政府三楼会议室召开。", []),
        ("18:30,活动正式开始,持续至21时。", []),
        ("3月8日至15日为维权宣传周,每月15日为妇女议事日。", []),
        ("3月上旬,县妇联开展走访;4月中下旬开展培训。", []),
        ("《福建省妇女发展规划(2021—2025年)》明确了目标。", []),
        ("20世纪80年代,她就开始从事妇女工作。", []),
        ("她从事妇女工作20余年,扎根基层十多年。", []),
        ("服务时间为每周一至周五,每天8小时。", []),
        ("活动于上午10点开始,持续2个小时。", []),
        ("她今年45岁,孩子8岁,上小学三年级。", []),
        ("为60岁以上老人和14周岁以下儿童提供服务。", []),
        ("一位80多岁的老人拉着她的手说。", []),
        # ... while counts beside a date, a span or an age stay counts
        ("庆祝中国共产党成立103周年,开展活动12场。", [q("12场", 12, "场", "events")]),
        ("近三年来,累计培训妇女2000余人。", [q("2000余人", 2000, "人", "people", True)]),
        ("今年1—6月,全县培训妇女3000人次。", [q("3000人次", 3000, "人次", "person_times")]),
        ("1998年出生的她,带动30名妇女就业。", [q("30名", 30, "名", "people")]),
        ("为0-3岁婴幼儿家庭提供指导服务120户次。", [q("120户次", 120, "户次", "households")]),
    ],
    # --- numbers inside names: honours, teams, formulas, slogans, days, places ---
    "names_and_sets": [
        ("组建“8090”宣讲团,成立“三八”志愿服务队。", []),
        ("成立巾帼志愿服务一分队、二分队。", []),
        ("被授予“全国巾帼建功标兵”和“五一巾帼奖”,获评省级五好家庭。", []),
        ("开展“三个一百”评选,推选“十大”最美家庭。", []),
        ("推进“千万工程”,推动“四下基层”,开展“双报到”。", []),
        ("开展“百日攻坚”行动,实施“双百工程”。", []),
        ("举办“巾帼心向党”百场宣讲活动,开展“万名巾帼进万家”活动。", []),
        ("入选全国100个最美家庭,荣获“百县千村”示范点称号。", []),
        ("在“10·16”世界粮食日开展宣传,开展“12·4”宪法宣传周活动。", []),
        ("妇女之家实现“五有”标准,达到“六个一”要求,她是村里的“一把手”。", []),
        ("在八步区开展宣讲,在五华县举办培训,在三门峡市、七台河市开展交流。", []),
        ("在九龙坡区妇联的指导下,在八一路社区开展宣传。", []),
        ("县妇联联合县三中开展讲座,在县第二人民医院开展义诊。", []),
        ("县妇联在G318国道沿线开展宣传,在5A级景区开展志愿服务。", []),
        ("她一心一意为群众办事,三番五次上门调解,十年如一日。", []),
        ("一方面加强宣传,另一方面强化服务;一时间,全村掀起了学习热潮。", []),
        # ... while counts beside a name stay counts
        ("开展“六一”儿童节慰问活动,慰问儿童150名。", [q("150名", 150, "名", "people")]),
        ("县妇联联合县三中开展讲座,县一中120名学生参加。", [q("120名", 120, "名", "people")]),
    ],
    # --- the indefinite 一 and vague numbers ---
    "indefinite": [
        ("她家有一栋两层小楼,养了一头牛。", []),
        ("为困难妇女送去一袋米、一桶油。", []),
        ("这是一个温暖的集体,一支能打硬仗的队伍。", []),
        ("县妇联举办了一期培训班,开展了一次走访活动。", []),
        ("县妇联走访了一些困难家庭,送去一份温暖。", []),
        # ... while a sum of money one loan holds, and two sessions, are counted
        ("县妇联为她申请了一笔5万元的贷款。", [q("5万元", 50000, "元", "money_cny")]),
        ("召开一次会议,培训两次。", [q("两次", 2, "次", "events")]),
    ],
    # --- page furniture: phones, mail, pagers, counters, file names, headings, other stories ---
    "page_furniture": [
        ("联系电话:0855-8221234,邮箱:fl123@163.com", []),
        ("手机:138 1234 5678", []),
        ("举报电话12345,妇女维权热线12338。", []),
        ("第2页 共5页 上一页 下一页", []),
        ("浏览次数:123 字体:大 中 小", []),
        ("扫码关注 已有1234人关注", []),
        ("2023-03-08 09:30:15 来源:县融媒体中心", []),
        ("发布时间:2023年03月08日 10:21 作者:王某", []),
        ("【2023.03.08】县妇联开展三八节活动", []),
        ("图1 县妇联开展培训 图2 志愿者走访", []),
        ("IMG_2023.jpg 县妇联开展活动", []),
        ("PART.01 巾帼建功 PART.02 家庭建设", []),
        ("目录 1 基本情况 2 主要做法 3 下一步打算", []),
        ("Women's Federation of Xinhua Town carried out 3 activities.", []),
        ("上一篇:县妇联开展三八节活动 下一篇:镇妇联走访慰问20户", []),
        known(PICTURE_TALLY, "近日,镇妇联走访困难家庭35户。\n本文图片共5张",
              [q("35户", 35, "户", "households")]),
        # ... while the work's own pictures stay counted
        ("活动现场拍摄照片200余张。", [q("200余张", 200, "张", "items", True)]),
    ],
}
