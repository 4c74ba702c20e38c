"""Probe audit of sentence typing in context (stop 25): what decides a sentence's type when its
framing words, the page around it or the field women are praised in name another programme.

Every line here is written for the audit (places from the gazetteer, site kinds and noise
varied), not taken from any report; the expected answer is decided by the written conventions
(docs/CODEBOOK.md "Programme types": a sentence is typed by the work it tells, the occasion
of a festival yields to what is done on the day, the page after the article continues the
article, passing mentions do not make a report cover a type), not by the tool's output. A case
checks one sentence's type (its index) or the types a report covers ("report": the types
wanted, and those it must not cover). ``test_typology_structure_probes.py`` runs this table
(with stop 26's cases).
"""

from __future__ import annotations

import pytest

# (family, lines, what is checked: "report" or a sentence index, wanted, unwanted)
CASES = [
    # --- the page after the article: a photo or video credit in brackets is no closing byline,
    # and a site's navigation before the article does not end it.
    ("trailer", ["赣州市章贡区妇联举办庆“三八”文艺汇演。", "(资料图片)",
                 "随后,区妇联在现场开展“两癌”免费筛查,为300名妇女进行了检查。"],
     2, {"health"}, set()),
    ("trailer", ["丽江市古城区妇联召开执委会议。", "(区妇联供图)",
                 "会后,执委们走进社区开展反家暴法律宣传。"],
     2, {"rights"}, set()),
    ("trailer", ["铜仁市碧江区妇联举办家政服务技能培训班。", "（图/杨帆）",
                 "学员们在老师指导下学习了母婴护理技能。", "区妇联还为困境儿童送去学习用品。"],
     "report", {"economic", "care"}, set()),
    ("trailer", ["鄂尔多斯市东胜区妇联开展“最美家庭”评选。", "(图片来源:东胜区妇联)",
                 "20户家庭获评“最美家庭”。", "区妇联同步开展反家暴法律宣传。"],
     3, {"rights"}, set()),
    ("trailer", ["济宁市任城区妇联开展巾帼志愿服务活动。", "（视频截图）",
                 "随后,社区医生为老人开展免费体检。"],
     2, {"health"}, set()),
    ("trailer", ["黄冈市浠水县妇联举办女性创业培训班。", "（摄影：李明）",
                 "50名妇女学习了网店运营和直播带货。"],
     2, {"economic"}, set()),
    ("trailer", ["延边州汪清县婦聯舉辦婦女維權法律講座。", "（資料圖片）",
                 "律師講解了反家庭暴力法。", "縣婦聯還走訪慰問了留守兒童。"],
     "report", {"rights", "care"}, set()),
    ("trailer", ["中国妇女网 | 新闻 | 图片 | 视频", "首页 > 新闻中心 > 上一篇 下一篇",
                 "阿克苏地区库车市妇联开展“两癌”免费筛查。", "共为1200名农村妇女进行了检查。"],
     3, {"health"}, set()),
    ("trailer", ["北流新闻网 | 本地 | 社会 | 视频", ("上一篇    下一篇", 1), ("放大 缩小 默认", 1),
                 ("玉林市北流市妇联举办家庭教育讲座", 1), "200名家长参加讲座。",
                 "讲师讲解了亲子沟通的方法。"],
     "report", {"family"}, {"organisation"}),
    ("trailer", ["北流新闻网 | 本地 | 社会 | 视频", ("上一篇    下一篇", 1), ("放大 缩小 默认", 1),
                 ("玉林市北流市妇联举办家庭教育讲座", 1), "200名家长参加讲座。",
                 "讲师讲解了亲子沟通的方法。"],
     5, {"family"}, set()),
    ("trailer", ["怀化新闻网", ("相关新闻", 1), ("怀化市鹤城区妇联开展电商直播培训", 1),
                 "学员们学习了直播带货技巧,培训妇女80人次。"],
     "report", {"economic"}, {"organisation"}),
    ("trailer", ["張店區人民政府門戶網站", ("上一篇:", 1), ("淄博市張店區婦聯組建巾幗志願服務隊", 1),
                 "志願者們深入小區開展環境清潔志願服務。"],
     3, {"volunteer"}, set()),
    # the page after the article stays the page after it
    ("trailer", ["揭阳市榕城区妇联开展“两癌”免费筛查。", "共检查妇女500人。", "(榕城区妇联 陈晓)",
                 "新闻推荐", "县法院开展法律宣传进社区活动。"],
     "report", {"health"}, {"rights"}),
    ("trailer", ["晋城市泽州县妇联举办女性健康知识讲座。", "(责任编辑:王芳)",
                 "本站声明:转载请注明出处。", "上一篇:县总工会开展职工技能竞赛"],
     "report", {"health"}, {"economic"}),
    ("trailer", ["台州市黄岩区妇联开展反家暴宣传。", "发放宣传资料800份。", "(黄岩区妇联)",
                 "上一篇 下一篇", "区人社局举办专场招聘会。"],
     "report", {"rights"}, {"economic"}),
    ("trailer", ["漳州市龙海区妇联开展关爱留守儿童活动。", "(记者 林静 通讯员 黄丽)",
                 "频道推荐", "龙海区举办女子篮球赛"],
     "report", {"care"}, {"health"}),
    # --- the field women serve in (在……中/方面发挥作用, 投身……实践): praise of women's part in
    # the fields listed, a passing mention, not work the sentence tells; the work told in the
    # same sentence still counts.
    ("arena", ["南充市顺庆区妇联召开纪念“三八”国际妇女节大会。", "会议表彰了一批三八红旗手。",
               "广大妇女在乡村振兴、脱贫攻坚中发挥了半边天作用。"],
     2, {"ideology"}, set()),
    ("arena", ["南充市顺庆区妇联召开纪念“三八”国际妇女节大会。", "会议表彰了一批三八红旗手。",
               "广大妇女在乡村振兴、脱贫攻坚中发挥了半边天作用。"],
     "report", {"ideology"}, {"economic"}),
    ("arena", ["包头市昆都仑区妇联召开第十次妇女代表大会。", "大会选举产生了新一届执委。",
               "希望广大妇女在创新创业、家庭文明建设等方面建功立业。"],
     "report", {"organisation"}, {"economic", "family"}),
    ("arena", ["包头市昆都仑区妇联召开第十次妇女代表大会。", "大会选举产生了新一届执委。",
               "希望广大妇女在创新创业、家庭文明建设等方面建功立业。"],
     2, {"organisation"}, set()),
    ("arena", ["镇妇联组建巾帼志愿服务队。",
               "她们在法律援助、扶贫帮困、环境整治等领域倾情奉献,深受群众好评。"],
     1, {"volunteer"}, set()),
    ("arena", ["白城市洮北区妇联召开半年工作推进会。", "会议总结了上半年工作。",
               "各级妇联要在助推乡村振兴、带领妇女脱贫致富等方面发挥巾帼力量。"],
     2, {"organisation"}, set()),
    ("arena", ["汕尾市城区妇联举办“巾帼心向党”主题宣讲。",
               "宣讲员讲述了妇女群众积极投身乡村振兴、基层治理火热实践中的感人故事。"],
     1, {"ideology"}, set()),
    ("arena", ["曲靖市麒麟区妇联举办庆“三八”表彰大会。",
               "受表彰的三八红旗手在经济发展、服务民生、维护稳定等各领域都发挥了示范带头作用。"],
     "report", {"ideology"}, {"economic", "rights"}),
    ("arena", ["吕梁市离石区妇联召开执委会议。", "会议审议通过了工作报告。",
               "会议要求,要充分发挥妇女在家庭教育、反家暴和关爱儿童中的独特作用。"],
     "report", {"organisation"}, {"family", "rights", "care"}),
    ("arena", ["吴忠市利通区妇联举办妇女节座谈会。",
               "大家表示,要在家庭生活和乡村振兴中发挥更大作用。"],
     1, {"ideology"}, set()),
    # the role women are praised to play in a field (是乡村振兴的“半边天”, 争当……的主力军): praise
    ("arena", ["衡阳市珠晖区召开第二次妇女代表大会。", "大会选举产生了新一届执委。",
               "县委书记指出,广大妇女是乡村振兴的“半边天”。"],
     2, {"organisation"}, set()),
    ("arena", ["资阳市雁江区妇联召开执委会议。", "会议审议通过了工作报告。",
               "会议强调,各级妇联要团结带领妇女争当脱贫攻坚的主力军。"],
     2, {"organisation"}, set()),
    ("arena", ["巾帼志愿者是社区治理的生力军。"], 0, {"volunteer"}, set()),
    ("arena", ["要争当创新创业的排头兵,带头参加电商直播培训。"], 0, {"economic"}, set()),
    # the work told after the field stays work
    ("arena", ["在乡村振兴中,县妇联举办电商直播培训班3期,培训妇女150人。"],
     0, {"economic"}, set()),
    ("arena", ["围绕乡村振兴,钦州市钦南区妇联在各村开展美丽庭院创建。"],
     0, {"family"}, set()),
    ("arena", ["在“两癌”筛查工作中,镇妇联为1200名妇女提供了免费检查。"],
     0, {"health"}, set()),
    ("arena", ["萍乡市安源区妇联开展反家暴法律宣传,充分发挥妇联组织在维权工作中的作用。"],
     0, {"rights"}, set()),
    ("arena", ["巾帼志愿者在疫情防控一线发挥了重要作用,累计服务群众3000余人次。"],
     0, {"volunteer"}, set()),
    # --- a festival is the occasion: what is done on the day decides where the sentence names
    # it, on a tie too (the festival's frame weighs as much as a typical cue of the work).
    ("occasion", ["举办庆“三八”秧歌比赛,20支代表队参赛。"], 0, {"health"}, set()),
    ("occasion", ["社区举办庆“三八”广场舞展演。"], 0, {"health"}, set()),
    ("occasion", ["开展庆“三八”太极拳展示活动。"], 0, {"health"}, set()),
    ("occasion", ["举办庆“三八”维权知识竞赛。"], 0, {"rights"}, set()),
    ("occasion", ["三八妇女节当天,镇妇联举办女性创业沙龙。"], 0, {"economic"}, set()),
    ("occasion", ["在“三八”国际妇女节来临之际,镇妇联组织妇女开展健步走活动。"], 0, {"health"}, set()),
    ("occasion", ["庆“六一”期间,社区开展亲子阅读活动。"], 0, {"family"}, set()),
    ("occasion", ["纪念“三八”妇女节暨反家暴宣传活动在城关镇举行。"], 0, {"rights"}, set()),
    ("occasion", ["庆“三八”巾帼志愿者义务理发活动走进敬老院。"], 0, {"volunteer"}, set()),
    ("occasion", ["妇女节期间,县妇联为困难妇女送去慰问品。"], 0, {"care"}, set()),
    # the festival alone, and its culture, stay ideology
    ("occasion", ["举办庆“三八”文艺汇演。"], 0, {"ideology"}, set()),
    ("occasion", ["社区妇女欢聚一堂,共庆三八妇女节。"], 0, {"ideology"}, set()),
    ("occasion", ["举办庆“三八”诗歌朗诵会。"], 0, {"ideology"}, set()),
    ("occasion", ["为庆祝“三八”妇女节,社区组织开展插花活动。"], 0, {"ideology"}, set()),
    # under the day's heading, its sports are still sports (the frame shared with the heading
    # line that typed the section does not hold the sentence)
    ("occasion", [("妇女节", 1), ("快乐", 1),
                  "为庆祝“三八”国际妇女节,市妇联举办妇女趣味运动会。"], 2, {"health"}, set()),
    ("occasion", [("庆“三八”系列活动", 1), "为庆祝“三八”妇女节,社区举办女子拔河比赛。"],
     1, {"health"}, set()),
    ("occasion", [("庆“三八”系列活动", 1), "社区举办庆“三八”秧歌比赛。"], 1, {"health"}, set()),
    # --- the federation's own study: a meeting, a training of its cadres or its Party group
    # studying a speech or a congress is the organisation at work on itself, not thought work
    # with women (组织妇女学习 stays ideology).
    ("own study", ["宣城市宣州区妇联召开十届三次执委会议。",
                   "会议集中学习了习近平总书记关于妇女工作的重要论述。"],
     1, {"organisation"}, set()),
    ("own study", ["日照市东港区妇联召开党组会议。", "会上传达学习了党的二十大精神。"],
     1, {"organisation"}, set()),
    ("own study", ["全州妇联干部培训班在州委党校开班。",
                   "学员们集中学习了习近平新时代中国特色社会主义思想。"],
     1, {"organisation"}, set()),
    pytest.param("own study", ["区妇联党组理论学习中心组开展专题学习,深入学习贯彻党的二十大精神。"],
                 0, {"organisation"}, set(), marks=pytest.mark.xfail(
                     strict=True, reason="what is studied follows in the next clause")),
    ("own study", ["商丘市梁园区妇联召开执委会议。", "会议学习了党的二十大报告。",
                   "会议审议通过了年度工作报告。"],
     "report", {"organisation"}, {"ideology"}),
    ("own study", ["组织妇女群众学习党的二十大精神。"], 0, {"ideology"}, set()),
    ("own study", ["巾帼宣讲团走进村组宣讲党的二十大精神。"], 0, {"ideology"}, set()),
    ("own study", ["县妇联组织辖区妇女收看二十大开幕会直播,学习领会会议精神。"],
     0, {"ideology"}, set()),
    ("own study", ["举办“巾帼心向党”读书分享会,妇女们交流学习习近平总书记重要讲话的体会。"],
     0, {"ideology"}, set()),
    # --- hopes and suggestions voiced: what a speaker or a meeting wishes for, not work told;
    # the sentence goes on with its neighbours' topic.
    ("voiced", ["北京市朝阳区高碑店社区召开妇女议事会。", "社区女干部、妇女代表等20余人参加会议。",
                "大家提出需求,希望社区多举办健康讲座和亲子活动。",
                "社区妇联将梳理意见,向上级反映。"],
     2, {"organisation"}, set()),
    ("voiced", ["铜川市王益区妇联召开执委会议。",
                "区妇联主席希望各位执委积极投身乡村振兴,带领妇女增收致富。"],
     1, {"organisation"}, set()),
    ("voiced", ["莆田市荔城区妇女第九次代表大会开幕。", "大会选举产生了新一届执委会。",
                "与会代表对妇女创业就业工作提出了意见建议。"],
     2, {"organisation"}, set()),
    ("voiced", ["遵义市红花岗区妇联举办“最美家庭”颁奖典礼。",
                "县委书记希望受表彰家庭发挥示范作用,带动更多家庭崇德向善。"],
     1, {"family"}, set()),
    ("voiced", ["桂林市七星区妇联举办女性健康知识讲座。",
                "建议广大妇女定期参加“两癌”筛查,做到早发现早治疗。"],
     1, {"health"}, set()),
    ("voiced", ["百色市右江区妇联组织巾帼志愿者走进敬老院开展志愿服务。",
                "志愿者们希望妇联多组织技能培训,帮助她们提升服务能力。"],
     1, {"volunteer"}, set()),
    ("voiced", ["黔东南州凯里市妇联走访慰问困难妇女。",
                "她们提出希望,能在家门口找到合适的工作。"],
     1, {"care"}, set()),
    # work told after a suggestion taken up, and 希望 as a noun or a programme's name, stay work
    ("voiced", ["县妇联采纳代表提出的建议,为20名困难妇女发放救助金。"], 0, {"care"}, set()),
    ("voiced", ["开展“希望工程”助学活动,资助贫困学生50名。"], 0, {"care"}, set()),
    ("voiced", ["在这充满希望的季节里,社区举办女子拔河比赛。"], 0, {"health"}, set()),
    # --- where an event is held is not what is done there: the words of a venue named after 在
    # and before the event's verb (在县体育馆举办, 在电子商务产业园举行) weigh nothing.
    ("venue", ["裕民县妇联在县体育馆举办单身青年交友联谊活动。"], 0, {"family"}, set()),
    ("venue", ["县妇联在县妇女儿童维权服务中心举办亲子阅读活动。"], 0, {"family"}, set()),
    ("venue", ["镇妇联在乡村振兴产业园举办巾帼志愿者培训。"], 0, {"volunteer"}, set()),
    ("venue", ["在县家政服务中心举办“最美家庭”颁奖仪式。"], 0, {"family"}, set()),
    ("venue", ["社区妇联在县体育馆举办庆“三八”联欢会。"], 0, {"ideology"}, set()),
    ("venue", ["区妇联在市妇女儿童维权服务中心召开执委会议。"], 0, {"organisation"}, set()),
    # the work done there keeps its words
    ("venue", ["县妇联在县就业创业服务中心举办女性专场招聘会。"], 0, {"economic"}, set()),
    ("venue", ["镇妇联在镇卫生院会议室开展“两癌”免费筛查。"], 0, {"health"}, set()),
    ("venue", ["县妇联在县体育馆举办女子篮球赛。"], 0, {"health"}, set()),
    ("venue", ["县妇联在县文体中心举办庆“三八”文艺汇演。"], 0, {"ideology"}, set()),
    ("venue", ["体育馆里,巾帼志愿者为参赛选手提供服务。"], 0, {"volunteer"}, set()),
    # --- who judges, hosts or is a guest: the audience of the event, as those who attend
    ("audience", ["社区举办庆“三八”厨艺大赛。", "社区邀请巾帼志愿者和居民代表担任评委。",
                  "评委们为每道菜打分。"], 1, {"ideology"}, set()),
    ("audience", ["社区举办庆“三八”厨艺大赛。", "社区邀请巾帼志愿者和居民代表担任评委。",
                  "评委们为每道菜打分。"], "report", {"ideology"}, {"volunteer"}),
    ("audience", ["临沧市临翔区妇联举办女性健康知识讲座。", "区妇联执委担任主持人。"],
     1, {"health"}, set()),
    ("audience", ["市妇联举办巾帼创业大赛决赛。", "市人社局干部、妇联执委等担任大赛评委。"],
     1, {"economic"}, set()),
    ("audience", ["社区举办亲子运动会。", "辖区民警和法律顾问受邀成为嘉宾。"], 1, {"family"}, set()),
    # one who also holds the event keeps the event's words
    ("audience", ["邀请律师担任嘉宾,开展反家暴法律讲座。"], 0, {"rights"}, set()),
    # ===== stop 26: honours, backgrounds, the federation as actor, boilerplate, headings =====
    # --- honours awarded: the titles held up (巾帼文明岗, 女能手, 创业带头人, 岗位建功先进个人)
    # are models held up to women, ideology, whatever field the honoured come from (CODEBOOK:
    # 会议代全国妇联颁发…巾帼文明岗…证书 is no economic work); family honours stay family.
    ("award", ["会上,区委区政府表彰了10个巾帼文明岗和20名巾帼建功标兵。"], 0, {"ideology"}, set()),
    ("award", ["大会表彰了一批“双学双比”女能手和“巾帼致富”带头人。"], 0, {"ideology"}, set()),
    ("award", ["六盘水市钟山区妇联表彰2023年度巾帼创业带头人15名。"], 0, {"ideology"}, set()),
    ("award", ["该社区妇女服务站荣获全国巾帼文明岗称号。"], 0, {"ideology"}, set()),
    ("award", ["会议表彰了城乡妇女岗位建功先进集体30个、先进个人50名。"], 0, {"ideology"}, set()),
    ("award", ["張家口市宣化區婦聯表彰了一批巾幗創業就業先進個人。"], 0, {"ideology"}, set()),
    ("award", ["县妇联为获评“巾帼维权岗”的5个单位颁发奖牌。"], 0, {"ideology"}, set()),
    ("award", ["松原市宁江区召开纪念“三八”妇女节大会。",
               "会上表彰了巾帼文明岗、女能手和优秀妇联干部。", "县委书记出席会议并讲话。"],
     "report", {"ideology"}, {"economic"}),
    # family honours and work done for the honoured keep their own type
    ("award", ["镇妇联表彰了“最美家庭”20户、“好婆婆”10名。"], 0, {"family"}, set()),
    ("award", ["区妇联为荣获“五好家庭”称号的家庭颁发证书。"], 0, {"family"}, set()),
    ("award", ["区妇联举办巾帼创业带头人培训班,培训妇女60人。"], 0, {"economic"}, set()),
    ("award", ["县妇联向巾帼创业带头人发放创业担保贷款300万元。"], 0, {"economic"}, set()),
    # --- where the people come from (来自……等领域, 覆盖……等行业): a delegation's or a list of
    # honoured women's background, not work the sentence tells.
    ("origin", ["此次受表彰的三八红旗手分别来自乡村振兴、医疗卫生、政法、教育等领域。"],
     0, {"ideology"}, set()),
    ("origin", ["锡林郭勒盟妇女第八次代表大会开幕。", "大会选举产生了新一届执委。",
                "代表来自农牧业、电子商务、医疗卫生、法律服务等行业和领域。"],
     "report", {"organisation"}, {"economic", "health", "rights"}),
    ("origin", ["锡林郭勒盟妇女第八次代表大会开幕。",
                "代表来自农牧业、电子商务、医疗卫生、法律服务等行业和领域。"],
     1, {"organisation"}, set()),
    ("origin", ["巴中市恩阳区妇联召开第三次妇女代表大会。",
                "代表中有来自家政企业、电商平台和专业合作社的优秀女性。"],
     1, {"organisation"}, set()),
    ("origin", ["新一届执委覆盖教育、卫生、金融、电商等行业。"], 0, {"organisation"}, set()),
    ("origin", ["此次培训的学员来自全县各乡镇的妇联主席和妇女小组长。"], 0, {"organisation"}, set()),
    ("origin", ["漯河市源汇区妇联组建巾帼志愿服务队。", "队员来自区信访局、区司法局、区卫健委等单位。"],
     1, {"volunteer"}, set()),
    # work in those fields told for the people still counts
    ("origin", ["来自县医院的专家为300名妇女开展“两癌”免费筛查。"], 0, {"health"}, set()),
    ("origin", ["来自律师事务所的巾帼律师为妇女提供法律咨询。"], 0, {"rights"}, set()),
    ("origin", ["来自县人社局等单位的工作人员为妇女开展就业技能培训。"], 0, {"economic"}, set()),
    ("origin", ["培训内容涵盖心理健康、营养膳食、疾病预防等方面。"], 0, {"health"}, set()),
    # --- the federation as the actor of a service, and its own building: the organisation is
    # what is built (建妇联, 换届, 阵地建设), not who runs a programme.
    ("actor", ["各基层妇联组织开展“两癌”免费筛查,惠及妇女5000余人。"], 0, {"health"}, set()),
    ("actor", ["全市各级妇联组织积极开展反家暴法律宣传。"], 0, {"rights"}, set()),
    ("actor", ["各村妇联主席带领妇女开展庭院整治,评出美丽庭院示范户80户。"], 0, {"family"}, set()),
    ("actor", ["基层妇联组织为困境儿童送去学习用品和慰问金。"], 0, {"care"}, set()),
    ("actor", ["加强基层妇联组织建设,推进新领域妇联组织全覆盖。"], 0, {"organisation"}, set()),
    ("actor", ["全区完成村级妇联换届,新选执委1200名。"], 0, {"organisation"}, set()),
    ("actor", ["在快递企业新建妇联组织12个。"], 0, {"organisation"}, set()),
    ("actor", ["各級婦聯組織積極開展婦女創業就業技能培訓。"], 0, {"economic"}, set()),
    # --- a meeting's and a report's boilerplate: the federation on its own work
    ("boilerplate", ["会议传达学习了省妇联执委会议精神。"], 0, {"organisation"}, set()),
    ("boilerplate", ["会议听取了各乡镇妇联上半年工作汇报。"], 0, {"organisation"}, set()),
    ("boilerplate", ["各乡镇妇联主席围绕年度重点工作作了交流发言。"], 0, {"organisation"}, set()),
    ("boilerplate", ["石嘴山市大武口区妇联召开2024年工作推进会。", "会议通报了上半年工作完成情况。",
                     "会议对下半年工作进行了安排部署。"],
     "report", {"organisation"}, set()),
    ("boilerplate", ["会议要求,各级妇联干部要增强政治意识,提升履职能力。"], 0, {"organisation"}, set()),
    ("boilerplate", ["定西市安定区妇联召开执委会议,审议通过了年度工作报告。"],
     0, {"organisation"}, set()),
    # --- a meeting named after a quoted programme is that programme's meeting; a meeting of
    # the federation's own (执委会议, 工作推进会) or under a slogan of clauses stays organisation.
    ("meeting", ["2月25日,抚州市南丰县妇联召开全县“巾帼家政服务行动”现场推进会。"],
     0, {"economic"}, set()),
    ("meeting", ["海口市龙华区妇联召开“平安家庭”创建工作推进会。"], 0, {"family"}, set()),
    ("meeting", ["市妇联联合市卫健委召开“两癌”免费筛查工作部署会。"], 0, {"health"}, set()),
    ("meeting", ["縣婦聯召開“春蕾計劃”助學工作座談會。"], 0, {"care"}, set()),
    ("meeting", ["鹰潭市余江区妇联召开纪念“三八”国际妇女节暨“巾帼心向党”座谈会。"],
     0, {"ideology"}, set()),
    ("meeting", ["铜陵市义安区妇联召开十届三次执委(扩大)会议。"], 0, {"organisation"}, set()),
    ("meeting", ["区妇联召开2024年妇联工作推进会,部署全年重点工作。"], 0, {"organisation"}, set()),
    ("meeting", ["县妇联召开“强基础、促发展”基层妇联主席工作会。"], 0, {"organisation"}, set()),
    ("meeting", ["市妇联召开“两新组织”妇联建设推进会。"], 0, {"organisation"}, set()),
    # --- the national relief of the 两癌 screening names the mothers it serves (贫困母亲两癌救助):
    # health, as 两癌救助; the poor mothers cared for otherwise stay care.
    ("cancer relief", ["泸州市叙永县妇联举行“农村贫困母亲两癌”救助金发放仪式。"], 0, {"health"}, set()),
    ("cancer relief", ["为12名患病农村贫困母亲申报“两癌”救助项目。"], 0, {"health"}, set()),
    ("cancer relief", ["貧困母親“兩癌”救助資金已全部發放到位。"], 0, {"health"}, set()),
    ("cancer relief", ["县妇联为30名贫困母亲送去米面油和慰问金。"], 0, {"care"}, set()),
    ("cancer relief", ["实施“贫困母亲”帮扶计划,结对帮扶100户。"], 0, {"care"}, set()),
    # --- a programme named, not run: an exchange of experience or a report on it is the
    # meeting's topic; a call to join it is the programme (its cues lead).
    ("named", ["楚雄州妇联召开执委会议。", "会议由县妇联主席主持。",
               "会上,各县妇联交流了开展巾帼创业行动的经验做法。"],
     "report", {"organisation"}, set()),
    ("named", ["县妇联开展“美丽庭院”创建评比,评出示范户50户。"], 0, {"family"}, set()),
    ("named", ["镇妇联组织妇女参加“两癌”免费筛查。"], 0, {"health"}, set()),
    ("named", ["区妇联联合区人社局举办女性专场招聘会,提供岗位800个。"], 0, {"economic"}, set()),
    # --- headings: a numbered heading types its section by its own words; a bare one
    # (主要做法, PART.02) has no topic of its own.
    ("heading", [("一、聚焦关爱帮扶,温暖困境儿童", 1), "为200名困境儿童送去学习用品。",
                 "共发放慰问金5万元。"], 2, {"care"}, set()),
    ("heading", [("(二)加强自身建设", 2), "完成村级妇联换届。", "选优配强村妇联主席120名。"],
     2, {"organisation"}, set()),
    ("heading", [("三、深化家庭文明建设", 1), "评选“最美家庭”100户。",
                 "举办家庭教育讲座20场。"], 2, {"family"}, set()),
    ("heading", [("二、主要做法", 1), "县妇联举办电商直播培训班3期,培训妇女150人。"],
     1, {"economic"}, set()),
    ("heading", [("PART.02", 1), "社区医生为妇女开展“两癌”免费筛查。"], 1, {"health"}, set()),
    ("heading", [("四、加强法治宣传,维护妇女权益", 1), "发放宣传资料3000份。"],
     1, {"rights"}, set()),
    # --- a clause listing the year's topics is passing; the work told around it counts
    ("list", ["阿勒泰地区福海县妇联召开执委会议。", "会议审议通过了工作报告。",
              "会议指出,一年来县妇联在思想引领、创业就业、家庭建设、维权服务等方面取得新成效。"],
     "report", {"organisation"}, {"economic", "family", "rights"}),
    ("list", ["县妇联举办女性创业沙龙、反家暴法律讲座、家庭教育讲座等活动。"],
     0, {"economic", "rights", "family"}, set()),
    # --- a list of links to other news, each headline printed with its site's name, is the
    # page after the article too (stop 26), while headings of the article stay the article's
    ("trailer", ["格尔木市妇联开展“两癌”免费筛查。", "共为800名妇女进行了检查。",
                 ("格尔木市妇联开展两癌筛查海西新闻网", 1), ("海西州举办电商直播带货培训班海西新闻网", 1),
                 ("德令哈市开展关爱留守儿童活动海西新闻网", 1)],
     "report", {"health"}, {"economic", "care"}),
    ("trailer", ["宜春市袁州区妇联举办反家暴法律讲座。", "律师讲解了反家庭暴力法。",
                 ("袁州区举办女性创业大赛宜春日报", 1), ("宜春市开展最美家庭评选宜春日报", 1)],
     "report", {"rights"}, {"economic", "family"}),
    ("trailer", ["渭南市临渭区妇联开展巾帼志愿服务。", "志愿者为老人打扫卫生。",
                 ("临渭区两癌筛查惠及万名妇女 陕西传媒网", 1), ("渭南女性创业就业招聘会举行 陕西传媒网", 1)],
     3, {"volunteer"}, set()),
    ("trailer", [("一、织密维权网", 1), "开通12338维权热线,受理来访56件。",
                 ("二、筑牢安全网", 1), "为留守儿童开展安全教育讲座20场。"],
     3, {"care"}, set()),
    # --- a site's copyright notice (版权声明, 凡本网注明……, 未经……授权不得转载) is the page after the
    # article too (stop 26): its words of law are no rights work
    ("trailer", ["鹤壁市淇滨区妇联开展“最美家庭”评选。", "30户家庭获评“最美家庭”。",
                 "1、凡本网注明“来源:鹤壁日报”的作品,版权均属鹤壁日报所有。",
                 "违反上述声明者,本网将依法追究其法律责任。"],
     3, {"family"}, set()),
    ("trailer", ["鹤壁市淇滨区妇联开展“最美家庭”评选。", "30户家庭获评“最美家庭”。",
                 "未经本站书面授权,任何单位和个人不得转载,违者依法追究法律责任。"],
     "report", {"family"}, {"rights"}),
    ("trailer", ["日土县妇联开展两癌筛查。", "共检查妇女200人。", ("版权声明:", 1),
                 "本网稿件版权归西藏日报社所有,转载须经书面授权,侵权必究。"],
     3, {"health"}, set()),
    ("trailer", ["县妇联举办维权知识讲座。", "律师讲解了著作权、版权保护等法律知识。"],
     1, {"rights"}, set()),
    # --- a team formed for a service is that service; the federation's own bodies are its building
    ("actor", ["社区组建了妇女广场舞队。"], 0, {"health"}, set()),
    ("actor", ["县妇联组建巾帼宣讲团,深入村组宣讲。"], 0, {"ideology"}, set()),
    ("actor", ["组建巾帼维权律师团,为妇女提供法律服务。"], 0, {"rights"}, set()),
    ("actor", ["组建家庭教育讲师团,开展家庭教育讲座。"], 0, {"family"}, set()),
    ("actor", ["组建巾帼电商联盟,带动妇女就业。"], 0, {"economic"}, set()),
    ("actor", ["组建关爱留守儿童“代理妈妈”队伍。"], 0, {"care"}, set()),
    ("actor", ["组建村级妇联执委队伍。"], 0, {"organisation"}, set()),
    ("actor", ["在新就业群体中组建妇联组织。"], 0, {"organisation"}, set()),
    # --- the channel or the occasion a work runs through, and the federation checking or
    # scoring a programme (its own management), are not the work (left unfixed: CHANNEL_GAP …)
    ("channel", ["依托“妇女之家”阵地,举办电商直播培训班2期。"], 0, {"economic"}, set()),
    ("channel", ["在“最美家庭”评选活动中,县妇联还为困难家庭送去慰问金。"], 0, {"care"}, set()),
    ("channel", ["借助“巾帼建功”活动平台,组织妇女开展“两癌”免费筛查。"], 0, {"health"}, set()),
    ("channel", ["利用“妇女微家”开展反家暴宣传,发放资料500份。"], 0, {"rights"}, set()),
    ("own management", ["镇妇联将“两癌”筛查工作纳入年度考核目标。"], 0, {"organisation"}, set()),
    ("own management", ["县妇联对各乡镇“美丽庭院”创建工作进行督导检查。"], 0, {"organisation"}, set()),
    ("own management", ["召开党组理论学习中心组学习会议。"], 0, {"organisation"}, set()),
    # --- the type's vocabulary as reports write it today
    ("vocabulary", ["举办女职工八段锦培训。"], 0, {"health"}, set()),
    ("vocabulary", ["妇联执委参与人民法院家事审判,担任人民陪审员。"], 0, {"rights"}, set()),
    ("vocabulary", ["各级妇联组织开展“美好生活·民法典相伴”主题宣传活动。"], 0, {"rights"}, set()),
    # --- a meeting or a cadres' class held to study a congress or a speech is the federation
    # studying on its own (stop 26); women organised to study, or a talk to them, stay ideology
    ("own study", ["区妇联召开学习贯彻党的二十大精神专题会议。"], 0, {"organisation"}, set()),
    ("own study", ["组织妇女群众学习贯彻市第八次党代会会议精神。"], 0, {"ideology"}, set()),
    ("own study", ["县妇联举办学习贯彻省第十五次党代会精神妇联干部培训班。"], 0, {"organisation"}, set()),
    ("own study", ["县妇联举办学习贯彻二十大精神巾帼宣讲会,200余名妇女参加。"], 0, {"ideology"}, set()),
    ("own study", ["社区妇联组织妇女观看学习贯彻二十大精神专题片。"], 0, {"ideology"}, set()),
]


ARENA_GAP = ("a list of fields women are praised in (在……中发挥作用) is read as work told (the "
             "rule was dropped in stop 25: it lost a report type on the test half)")
OCCASION_GAP = ("the festival's frame ties with the work done on the day and wins the tie, though the "
                "activity a sentence names by a cue of its type, typical or naming, takes it over the "
                "celebration (settled in the stop-28 adjudication); the rule was dropped in stop 25 "
                "(it lost sentence types on the test half), and the stop-28 rule for it lost a right "
                "sentence type on the test half's totals (2102 -> 2101) and was dropped")
RELIEF_GAP = ("the mothers named apart from the relief (贫困母亲申报“两癌”救助项目) weigh care as much as "
              "两癌救助 weighs health, and care wins the tie")
CHANNEL_GAP = ("the room or the occasion a work runs through (依托“妇女之家”阵地, 在“最美家庭”评选活动中) "
               "weighs as the work does (a rule cutting 依托/借助/利用……阵地/平台 changed no report of "
               "the development half, stop 26, so it was not kept)")
MANAGEMENT_GAP = ("the federation managing a programme (纳入考核, 督导检查) or its Party group's study "
                  "meeting is typed by the programme's or the study's words")
VOCABULARY_GAP = ("the lexicon lacks the word (八段锦, 人民陪审员), or a typical cue of the work (民法典) "
                  "ties with 主题宣传 and the actor 妇联组织, and ideology wins the tie")
# Probes the rules still fail, by their place in CASES, with why.
GAPS = {16: ARENA_GAP, 17: ARENA_GAP, 20: ARENA_GAP, 21: ARENA_GAP, 25: ARENA_GAP,
        35: OCCASION_GAP, 36: OCCASION_GAP, 37: OCCASION_GAP, 38: OCCASION_GAP, 49: OCCASION_GAP,
        51: OCCASION_GAP, 135: RELIEF_GAP, 167: CHANNEL_GAP, 168: CHANNEL_GAP,
        171: MANAGEMENT_GAP, 172: MANAGEMENT_GAP, 173: MANAGEMENT_GAP, 174: VOCABULARY_GAP,
        175: VOCABULARY_GAP, 176: VOCABULARY_GAP}
