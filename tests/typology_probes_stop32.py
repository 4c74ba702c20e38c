"""Probe audit of programme types (stop 32, read from the fresh32 set's errors): a home named as
the place where something is grown, raised or made (家庭农场, 庭院种植, 庭院养殖) is a rural
household's income work, economic, not the family programme; the rooms where mothers nurse
their babies (母婴室, 哺乳室, 妈咪小屋) read as care, not maternal health, was tried and dropped (a
strict gap: it lost one report type on the test half); and the readers' corner a portal prints
under its article (已有0人点赞, 0条评论, 我来说两句, 承诺遵守文明发帖) read as the page after the
article was tried and dropped (a strict gap: it lost report types on an unread fresh set); and a
title handed over at the event told (为……颁发“……能手”证书) is models held up, ideology, though its
words name no field (a title someone won, 荣获……称号, keeps the words it has); and a page's own
fields around its article (栏目:家庭教育, 关键词:……, 标签:……, 妇女维权热线:12338) are the site's filing
and contact lines: no cues of their own, no evidence of what the report covers.
; and Women's Day is named with its
words in either order (国际劳动妇女节, 国际妇女劳动节) and celebrated past the day's ordinal
(纪念第114个“三八”); and a courtyard after a word that ends in 家 (自家庭院, 家家庭院) spells no
家庭 across the word's edge.

A family tried and dropped keeps its probes as strict gaps: the page's filing and contact lines
(PAGE_FIELD), dropped in stop 32 as it moved nothing on fresh32 or dev32 (a keep needs a gain).

Every line here is written for the audit (places from the gazetteer), not taken from any report;
the expected answer is decided by the written conventions (docs/CODEBOOK.md "Programme types":
rural livelihoods are economic, `“美丽庭院+”建设行动助力庭院经济发展` [15b8]; greening and cleaning
the home where families live is family), not by the tool's output. A case checks one sentence's
type (its index) or the types a report covers ("report": the types wanted, and those it must not
cover). ``test_typology_structure_probes.py`` runs this table.
"""

from __future__ import annotations

from .conftest import known_because

READERS_CORNER_DROPPED = ("dropped in stop 32: the readers' corner under an article (已有0人点赞, 0条评论, "
                          "我来说两句) as the page after it lost two report types and three sentence "
                          "types on fresh32c, batches 47-49's dev reports no rule writer had read")
NURSING_ROOM_DROPPED = ("dropped in stop 32: 母婴室, 哺乳室, 妈咪小屋 as care 2 gained fresh32 but lost one "
                        "report type on the test half; the convention (care) was settled after, by the "
                        "stop-32 adjudication of the rounds' questions, row 15")
PAGE_FIELD_DROPPED = ("dropped in stop 32: the rule for a page's filing and contact lines "
                      "(栏目:, 关键词:, 标签:, ……热线:12338) changed nothing on fresh32 or dev32")

# (family, lines, what is checked: "report" or a sentence index, wanted, unwanted)
PROBES = [
    # --- a home named as the place of production: income work
    ("home_production", ["赤峰市妇联评选出20个巾帼示范家庭农场。"], 0, {"economic"}, set()),
    ("home_production", ["宁城县妇联引导农户发展庭院养殖,增加收入。"], 0, {"economic"}, set()),
    ("home_production", ["大坪村妇女在自家庭院种植葡萄,建起大棚30栋。"], 0, {"economic"}, set()),
    ("home_production", ["“家庭农场要带动周边共同发展。”"], 0, {"economic"}, set()),
    ("home_production", ["通辽市妇联帮助农村妇女发展庭院果蔬产业。"], 0, {"economic"}, set()),
    ("home_production",
     ["扎鲁特旗妇联表彰10个巾帼家庭农场。", "每个家庭农场获得扶持资金5000元。",
      "农场主们表示要带动更多妇女种植果树增收。"],
     "report", {"economic"}, {"family"}),
    # near misses: the home-environment work and the family's own life stay family
    ("home_production", ["村妇联发动妇女在庭院种植花草,打造美丽庭院。"], 0, {"family"}, set()),
    ("home_production", ["镇妇联组织妇女开展美丽庭院种植评比。"], 0, {"family"}, set()),
    ("home_production", ["社区妇联举办家庭教育讲座,家长们踊跃参加。"], 0, {"family"}, set()),
    ("home_production", ["开展清洁庭院评比,引导农户整治房前屋后环境。"], 0, {"family"}, set()),
    ("home_production", ["为困难家庭送去米面油。"], 0, {"care"}, set()),
    # --- rooms for nursing mothers: a service for women and children
    known_because(NURSING_ROOM_DROPPED, "nursing_room",
                  ["中山市已建母婴室102间,今年拟在镇区新建70间。"], 0, {"care"}, set()),
    known_because(NURSING_ROOM_DROPPED, "nursing_room",
                  ["佛山市妇联在火车站设立爱心妈咪小屋。"], 0, {"care"}, set()),
    known_because(NURSING_ROOM_DROPPED, "nursing_room",
                  ["东莞市妇儿工委推动商场、医院建设哺乳室30间。"], 0, {"care"}, set()),
    known_because(NURSING_ROOM_DROPPED, "nursing_room",
                  ["区妇联组织人大代表考察公共场所母婴室建设情况。"], 0, {"care"}, set()),
    known_because(NURSING_ROOM_DROPPED, "nursing_room",
                  ["这些母婴室标识清晰,配备了热奶器和尿布台。"], 0, {"care"}, set()),
    known_because(NURSING_ROOM_DROPPED, "nursing_room",
     ["珠海市妇联推进母婴室建设", "截至年底,全市已建成母婴室80间。",
      "记者在现场看到,室内配备了沙发和热奶器。"],
     "report", {"care"}, {"health"}),
    # near misses: the health of mothers and babies stays health
    ("nursing_room", ["江门市妇联联合卫健局开展母婴健康讲座。"], 0, {"health"}, set()),
    ("nursing_room", ["县妇幼保健院为孕产妇提供母婴保健服务。"], 0, {"health"}, set()),
    # --- the readers' corner under an article: the page after it
    known_because(READERS_CORNER_DROPPED, "readers_corner",
     ["武威市凉州区妇联开展“两癌”免费筛查。", "共为300名农村妇女进行了检查。", "已有0人点赞",
      "承诺遵守文明发帖,国家相关法律法规 0/300"],
     3, {"health"}, set()),
    ("readers_corner",
     ["武威市凉州区妇联开展“两癌”免费筛查。", "共为300名农村妇女进行了检查。", "已有0人点赞",
      "承诺遵守文明发帖,国家相关法律法规 0/300"],
     "report", {"health"}, {"rights"}),
    known_because(READERS_CORNER_DROPPED, "readers_corner",
     ["岳阳县妇联为留守儿童送去学习用品。", "孩子们收到礼物非常开心。", "0条评论",
      "请遵守国家法律法规,文明上网"],
     3, {"care"}, set()),
    known_because(READERS_CORNER_DROPPED, "readers_corner",
     ["汨罗市妇联举办巾帼电商培训班。", "50名农村妇女参加培训。", "我来说两句",
      "网友发言请遵守法律法规,维护网络秩序"],
     3, {"economic"}, set()),
    known_because(READERS_CORNER_DROPPED, "readers_corner",
     ["临湘市妇联举办家庭教育讲座。", "100余名家长参加。", "看完这篇文章,你的感受如何?",
      "鲜花", "维权"],
     4, {"family"}, set()),
    ("readers_corner",
     ["平江县妇联开展反家暴法律宣传。", "发放宣传资料500份。", "发表评论",
      "文明上网,理性发言,注意身体健康"],
     3, {"rights"}, set()),
    # near misses: a readers' corner above the article opens no trailer; a pledge in the article
    # keeps its own type
    ("readers_corner",
     ["参与评论", "华容县妇联开展“两癌”免费筛查。", "共为200名妇女进行了检查。"],
     "report", {"health"}, set()),
    ("readers_corner",
     ["湘阴县妇联开展“最美家庭”评选。", "村民们承诺遵守村规民约,开展反家暴法律宣传。"],
     1, {"rights"}, set()),
    # --- a title handed over at the event told: models held up
    ("handed_over", ["县妇联主席为张秀英颁发“最美种粮能手”荣誉证书。"], 0, {"ideology"}, set()),
    ("handed_over", ["会上,铜川市妇联领导为获奖的5名妇女颁发“乡村巧手之星”证书和奖牌。"],
     0, {"ideology"}, set()),
    ("handed_over", ["仪式上,区妇联负责人向李红颁发“护林标兵”证书。"], 0, {"ideology"}, set()),
    ("handed_over", ["大会为榆林市10名女性颁发“岗位先进个人”奖章。"], 0, {"ideology"}, set()),
    ("handed_over",
     ["延安市妇联举办春耕技术培训班。", "活动开场,市妇联为3名女农民颁发“兴粮带头人”证书。",
      "农技专家讲解了小麦田间管理技术。"],
     "report", {"ideology", "economic"}, set()),
    # near misses: a title won is news of a merit; a course's certificate is no honour; a family
    # honour keeps its type
    ("handed_over", ["渭南市妇联举办巾帼电商培训班。", "学员李桂兰曾荣获“全省优秀农民工”称号。"],
     1, {"economic"}, set()),
    ("handed_over", ["富平县妇联举办巾帼电商培训班。", "培训结束后,县妇联为学员颁发结业证书。"],
     1, {"economic"}, set()),
    ("handed_over", ["为荣获“最美家庭”称号的家庭颁发证书。"], 0, {"family"}, set()),
    # --- a page's filing and contact lines
    known_because(PAGE_FIELD_DROPPED, "page_field",
                  ["栏目:家庭教育", "宁城县妇联开展“两癌”免费筛查。", "共为300名妇女进行了检查。"],
                  "report", {"health"}, {"family"}),
    known_because(PAGE_FIELD_DROPPED, "page_field",
                  [("所属栏目:妇女维权", 1), "喀喇沁旗妇联举办巾帼电商培训班。", "50名妇女参加培训。"],
                  "report", {"economic"}, {"rights"}),
    known_because(PAGE_FIELD_DROPPED, "page_field",
                  ["关键词:家庭教育 妇联", "敖汉旗妇联为困境儿童送去学习用品。", "孩子们非常开心。"],
                  "report", {"care"}, {"family"}),
    known_because(PAGE_FIELD_DROPPED, "page_field",
                  ["巴林右旗妇联开展反家暴法律宣传。", "发放资料500份。", "标签:巾帼创业 妇联"],
                  "report", {"rights"}, {"economic"}),
    known_because(PAGE_FIELD_DROPPED, "page_field",
                  ["翁牛特旗妇联举办家庭教育讲座。", "100余名家长参加。", "妇女维权热线:12338"],
                  "report", {"family"}, {"rights"}),
    known_because(PAGE_FIELD_DROPPED, "page_field",
                  ["林西县妇联举办家庭教育讲座。", "100余名家长参加。", "频道:儿童关爱"],
                  2, {"family"}, set()),
    # near misses: a hotline the work opens or makes known is work told
    ("page_field", ["克什克腾旗妇联开通12338妇女维权热线。"], 0, {"rights"}, set()),
    ("page_field", ["阿鲁科尔沁旗妇联举办家庭教育讲座。", "县妇联还公布了妇女维权热线电话,方便群众咨询。"],
     "report", {"family", "rights"}, set()),
    # --- Women's Day by its words in either order, and past the day's ordinal
    ("womens_day", ["为隆重纪念第114个 “三八”国际妇女劳动节,澄江镇妇联精心组织各项活动。"],
     0, {"ideology"}, set()),
    ("womens_day", ["在“三·八”国际妇女劳动节到来之际,乌兰浩特市妇联举办座谈会。"], 0, {"ideology"}, set()),
    ("womens_day", ["值此国际妇女劳动节之际,社区妇联向全体女同胞致以节日问候。"], 0, {"ideology"}, set()),
    ("womens_day", ["纪念第110个“三八”妇女劳动节,镇妇联组织女职工观看红色电影。"], 0, {"ideology"}, set()),
    ("womens_day", ["阳春三月,万象更新。", "为纪念第112个“三八”国际妇女劳动节,扎兰屯市妇联举办系列活动。",
                    "全市妇女同胞欢聚一堂。"], "report", {"ideology"}, set()),
    # near misses: what is done on the day decides; Labour Day is no Women's Day
    ("womens_day", ["三八妇女劳动节当天,县妇联举办女子拔河比赛。"], 0, {"health"}, set()),
    ("womens_day", ["五一国际劳动节期间,县妇联慰问一线困难女职工。"], 0, {"care"}, set()),
    # --- no 家庭 read across the edge of 自家, 我家, 家家 … before 庭院
    ("across_home", ["村民在自家庭院里种上了葡萄,增收2000元。"], 0, {"economic"}, set()),
    ("across_home", ["家家庭院出效益,户户增收奔小康。"], 0, {"economic"}, set()),
    ("across_home", ["各家庭院都搞起了特色果蔬,户均增收3000元。"], 0, {"economic"}, set()),
    ("across_home", ["从我家庭院做起,姐妹们发展小杂粮增收。"], 0, {"economic"}, set()),
    ("across_home", ["她在自家庭院里养起了蛋鸡,带动姐妹增收。"], 0, {"economic"}, set()),
    # near misses: a family's courtyard (家庭院落) and cleaning courtyards stay family
    ("across_home", ["家庭院落干净整洁,被评为美丽庭院示范户。"], 0, {"family"}, set()),
    ("across_home", ["开展清洁庭院评比,家家庭院干净整洁。"], 0, {"family"}, set()),
]
