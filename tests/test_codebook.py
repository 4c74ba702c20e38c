"""The campaign rules of docs/CODEBOOK.md, one written sentence each (not report text): what
counts as a campaign and what does not. The programme-type rules are in test_typology.py."""

from __future__ import annotations

import pytest

from womenfed.entities import canonical_name, extract_entities


def _campaigns(sentence: str) -> set[str]:
    return {e.canonical for e in extract_entities(sentence) if e.type == "campaign"}


@pytest.mark.parametrize("sentence, expected", [
    # a programme word after the quote, or a verb of launching before it
    ("区妇联启动“巾帼暖心”关爱活动", {"巾帼暖心"}),
    ("镇妇联持续擦亮“红娘有约”婚恋服务品牌", {"红娘有约"}),
    # a run of quotes shares the context of its end
    ("社区开展“夏日伴读”“冬日送暖”等活动", {"夏日伴读", "冬日送暖"}),
    ("社区开展“夏日伴读”“冬日送暖”等主题活动", {"夏日伴读", "冬日送暖"}),  # topics of events
    ("街道妇联组建“娘家人”志愿服务队", {"娘家人"}),  # a metaphor as a team's brand
    ("县妇联的公益项目“暖心包”深受群众喜爱", {"暖心包"}),  # apposition: the kind, then the name
    ("以“书香进家”为重点推动全民阅读", {"书香进家"}),  # quoted "topic 进 place" names itself
    ("开展“书香家庭”积极地推进阅读活动", {"书香家庭"}),  # the launching verb before still names it
    ("开展“微心愿”认领活动", {"微心愿"}),  # 微 before a word that is not common: a name
    ("“普法进村居”走进甲镇", {"普法进村居"}),
    # a clause-like core is a name when a programme word follows it
    ("开展“我们的节日”主题活动", {"我们的节日"}),
    # unquoted names with a programme suffix, from the left edge of the name
    ("县妇联深入实施巾帼护绿行动", {"巾帼护绿行动"}),
    # a verb after the word that introduced the name is the name's own ...
    ("深入开展巾帼关爱儿童行动", {"巾帼关爱儿童行动"}),
    ("要进一步深化巾帼护苗行动", {"巾帼护苗行动"}),          # 深化 introduces, always
    # ... but a care word and the people it serves, told by their plight, name no action of
    # their own (stop-32 adjudication of the stop-31 questions, row 15)
    ("深入开展关爱留守儿童行动", set()),
    ("县妇联开展帮扶困境儿童行动", set()),
    # ... a verb that opens the clause or the enumeration is not
    ("今年将深化巾帼筑梦、和美家园、强基固本三大工程", {"巾帼筑梦", "和美家园", "强基固本"}),
    # a joining word starts a new name
    ("举办“最美家庭”评选暨金秋亲子运动大赛", {"最美家庭", "金秋亲子运动大赛"}),
    # honours: 好 + a family role
    ("评选好儿媳、好公婆各10名", {"好儿媳", "好公婆"}),
    # the items of an enumeration under a counted head; 巾帼行动 stays on each item
    ("今年将推进巾帼筑梦、和美家园、强基固本三大工程", {"巾帼筑梦", "和美家园", "强基固本"}),
    ("抓好乡村振兴、生态环保、平安建设三项巾帼行动",
     {"乡村振兴巾帼行动", "生态环保巾帼行动", "平安建设巾帼行动"}),
    # a quoted list under a counted head: each item, and the bundle
    ("实施“巾帼红、巾帼绿、巾帼蓝”三大行动", {"巾帼红", "巾帼绿", "巾帼蓝", "三大行动"}),
    # a quoted two-part name right before a programme word is one name
    ("动员妇女投身“清洁城乡、美化家园”活动", {"清洁城乡、美化家园"}),
    # a loan under a brand of its own
    ("用好“巾帼兴业贷”金融支持", {"巾帼兴业贷"}),
    # a contest named after a quoted brand: quote, topic and contest head are one name
    ("举行“巾帼杯”家政技能大赛决赛", {"巾帼杯家政技能大赛"}),
    ("举办“平安伴我行‘春风杯’法律知识竞赛”", {"春风杯法律知识竞赛"}),
    # ... but a contest word right after the quote is the activity the quote names
    ("开展“比学赶超”竞赛活动", {"比学赶超"}),
    # items joined by plus signs in one quote are names each
    ("擦亮“巾帼讲堂+巾帼夜校+姐妹茶话会”品牌", {"巾帼讲堂", "巾帼夜校", "姐妹茶话会"}),
    # a list item that leaves out the opening it shares with the honour before it
    ("推荐“三八红旗集体、红旗手”等先进典型", {"三八红旗集体", "三八红旗手"}),
    # the federation system's standing programmes, unquoted, where treated as names
    ("乡妇联深化巾帼建功系列活动", {"巾帼建功"}),
    ("组织开展双学双比竞赛", {"双学双比"}),
    ("为全乡妇女提供两癌免费筛查", {"两癌筛查"}),           # the screening's one name
    # "topic 进 place" before a programme word
    ("启动科普知识进乡村(社区)活动", {"科普知识进乡村"}),
    ("组织防诈知识进校园系列讲座", {"防诈知识进校园"}),
    # an unquoted team under a name of its own: a proper name opens it, its owner stays out
    ("在青松社区柳江艺术团的带领下", {"柳江艺术团"}),
    ("汀溪学雷锋志愿者服务队走进敬老院", {"汀溪学雷锋志愿者服务队"}),  # no word to jieba: its own
    ("东海市民航巾帼志愿服务队授旗", {"东海市民航巾帼志愿服务队"}),  # a word of its own after the place
    ("在青松社区柳江艺术团的带领下,居民排练节目", {"柳江艺术团"}),  # past its owner: a name
    # a team's own name is one item, also where it ends in a word for people
    ("成立“巾帼宣讲员”服务队", {"巾帼宣讲员"}),
    # a quoted title counted as the units a sentence fosters, creates or awards
    ("县妇联培育市级“巾帼巧手”30名。", {"巾帼巧手"}),
    ("年内表彰15个“幸福家园”及20名“巾帼巧手”", {"幸福家园", "巾帼巧手"}),
    # a topic's act before a programme word is no segment of one event
    ("开展“巾帼心向党”知识竞答活动", {"巾帼心向党"}),
    ("举办“家风家训”知识问答、“垃圾分类”快问快答等系列活动", {"家风家训", "垃圾分类"}),
    # a cup before a sports event names it
    ("举办“春风杯”女子趣味运动会", {"春风杯"}),
    # 以“X”为载体/抓手: the quote names the programme the work is carried by
    ("村妇联以“清洁庭院”为载体美化村容", {"清洁庭院"}),
    ("县妇联以“巧手致富”为抓手发展手工业", {"巧手致富"}),
    # a quoted list inside a run of quotes closed by 等 is one name of the run
    ("推动“巾帼护绿”、“进村入户、问需解难”等活动深入开展",
     {"巾帼护绿", "进村入户、问需解难"}),
    # ... unless its items are names themselves
    ("表彰“巾帼标兵”、“三八红旗集体、红旗手”等先进典型", {"巾帼标兵", "三八红旗集体", "三八红旗手"}),
    # a name whose words are all boundary words runs back to the launching verb
    ("乡妇联全面实施组织建设行动", {"组织建设行动"}),
    # a contest with a name of its own (a place, a theme) beyond its discipline
    ("举办全区青年创新创业技能大赛", {"青年创新创业技能大赛"}),
    ("组织开展“无讼村”创建活动", {"无讼村"}),  # a place word before a programme word
    ("推进“美丽庭院”建设", {"美丽庭院"}),        # building an honour: the honour is named
    ("评选文明家庭、最美庭院等先进典型", {"文明家庭", "最美庭院"}),  # not a list of tasks
    ("考察了妇联建设、美丽庭院建设等工作", {"美丽庭院"}),  # an item that names the programme
    ("区妇联实施女性成长计划", {"女性成长计划"}),  # a word of what is done beside the people served
    ("深入开展巾帼关爱行动", {"巾帼关爱行动"}),  # the federation's mark makes it its own
    # the federation that runs a suffixed name, its scope joined by 的, is no part of it (round 20)
    ("据悉,甲县的妇联巾帼科技致富工程培训班开班", {"巾帼科技致富工程"}),
    ("县妇联巾帼创业行动取得实效", {"巾帼创业行动"}),
    # people told by their plight (留守) and a generic word of care are only the people served,
    # as in 投身留守儿童、留守妇女关爱行动 [dd6a] (stop 31d); a word of its own past them names it
    ("县妇联启动留守儿童关爱驿站建设", set()),
    ("县妇联启动留守儿童心理健康关爱驿站建设", {"留守儿童心理健康关爱驿站"}),
    # 以“X”为主题/为重点 gives a theme that may name the event; other frames of 以 do not (round 20)
    ("镇妇联组织开展以“巾帼护河”为重点的志愿服务", {"巾帼护河"}),
    ("开办“巾帼大讲堂”,邀请专家授课", {"巾帼大讲堂"}),  # a coined brand takes 讲堂
    # a course under a name of its own stays (one named by its trainees does not, below)
    ("举办“巾帼追梦培训班”,培训妇女60人", {"巾帼追梦培训班"}),
    ("实施“妇女培训”工程", {"妇女培训工程"}),  # a programme head after the quote
    ("建设10个“三八绿色工程”示范基地", {"三八绿色工程"}),  # a base keeps its programme's name
    ("深入实施脱贫攻坚巾帼行动", {"脱贫攻坚巾帼行动"}),  # the federation's share carries its mark
    ("开展巾帼维权专项行动", {"巾帼维权专项行动"}),
    ("要纵深推进“六大行动”", {"六大行动"}),
    # a formula of numbered parts stays a formula, also before a programme word (the stop-21
    # adjudication, against round 20's exception)
    ("镇妇联开展“三比三争”主题实践活动", set()),
    ("开展“三联三帮”志愿服务活动", set()),
    ("深入开展“三学三比”", {"三学三比"}),           # the N学N比 drive needs no word after it
    # an honour's words opening a programme's longer name: the longer name wins (round 20)
    ("县妇联启动美丽庭院提升工程暨庭院种植培训", {"美丽庭院提升工程"}),
    ("深入实施最美家庭培育计划", {"最美家庭培育计划"}),
    ("参观了甲村巾帼文明岗车间", {"巾帼文明岗"}),  # a workshop named after it: the honour stays
    ("在全镇开展“读、写、讲”活动", {"读、写、讲"}),  # single characters abbreviate one name
    ("机关推行“一次办好”", {"一次办好"}),          # 推行 launches a programme
    # 五好 opens another honour: one honour, not 文明家庭
    ("乡里表彰五好文明家庭30户", {"五好文明家庭"}),
    # a scoped federation, a word of time or 上下 before a suffixed name is not part of it
    ("我镇妇联巾帼护绿行动取得实效", {"巾帼护绿行动"}),
    ("全乡上下巾帼护绿行动扎实推进", {"巾帼护绿行动"}),
    ("村里今年新建巾帼书屋3个", {"巾帼书屋"}),
    # a sentence that defines the quote as a programme
    ("“巾帼巧手”是县妇联打造的特色品牌", {"巾帼巧手"}),
    ("“姐妹同行”为本会连续五年开展的帮扶活动", {"姐妹同行"}),
    # a verb before 法 makes legal education, not a law's name
    ("组织“千户家庭学法用法”活动", {"千户家庭学法用法"}),
    # a festival's name inside a longer name of a programme is no observance
    ("组织“我们的节日·端午”主题活动", {"我们的节日端午"}),
    # a quoted list under the counted head 巾帼行动: each item keeps the head, as unquoted
    ("深入实施“巾帼领航、乡村兴旺、和美家园”三大巾帼行动",
     {"巾帼领航巾帼行动", "乡村兴旺巾帼行动", "和美家园巾帼行动", "三大巾帼行动"}),
    # a scan's spaces between a quote and the words of its name
    ("县妇联启动“ 春耕助农” 巾帼行动", {"春耕助农巾帼行动"}),
    ("举办首届“ 玉兰花” 乡村创业大赛", {"玉兰花乡村创业大赛"}),
    # 行动 after a quote belongs to the name, as 计划 and 工程 do
    ("深化返乡女青年“领航人”行动", {"领航人行动"}),
    # a quoted common noun before a programme word is a brand
    ("组织“向日葵”巾帼宣讲活动", {"向日葵"}),
    # an upgrade is no level
    ("实施服务提档升级行动", {"服务提档升级行动"}),
    # an unquoted list item that elides the opening it shares with the honour before it
    ("表彰“三八”红旗集体、红旗手各10个", {"三八红旗集体", "三八红旗手"}),
    # "topic 进 place" past a quoted formula of its tasks
    ("开展健康知识进家庭“三个一”活动", {"健康知识进家庭"}),
    # a name with a pairing formula of digits is a brand, not a bare formula
    ("实施“巾帼关爱2+1”结对帮扶", {"巾帼关爱2+1"}),
    # a celebration with a name of its own beyond the festival is an event's name
    ("举办“庆六一·童心向党”文艺汇演", {"庆六一童心向党"}),
    # a family title before its round of creating or selecting is an honour
    ("乡妇联开展绿色低碳家庭评选活动", {"绿色低碳家庭"}),
    # 的 before a programme word still leaves the quote a name
    ("宣读获得“巾帼巧手”的表彰决定", {"巾帼巧手"}),
    # round 5: an honour the federation system awards names women or families
    ("张大姐荣获全省“最美护林嫂”称号", {"最美护林嫂"}),
    ("她被评为“致富女能手”", {"致富女能手"}),
    # a room's name run as a programme stays a name
    ("以“姐妹之家”为依托开展邻里互助", {"姐妹之家"}),
    ("各村打造“巾帼微家”30个", {"巾帼微家"}),
    # round 17: 三八 honours quoted with double or single marks, a collective of holders, and
    # the level of a banner (旗, Inner Mongolia's county level) dropped as any level is
    ("表彰“三八”红旗手集体20个", {"三八红旗手集体"}),
    ("记“全旗‘三八’红旗集体”某嘎查妇代会", {"三八红旗集体"}),
    ("县里表彰‘三八’红旗手10名", {"三八红旗手"}),
    # an honour or a suffixed name that ends the quote, a list item or a plus item is a name
    ("持续深化“美丽庭院+”模式", {"美丽庭院"}),
    ("开展“最美家庭、平安家庭”评选", {"最美家庭", "平安家庭"}),
    ("启动“巾帼护绿行动暨植树周”", {"巾帼护绿行动"}),
    # a stray opening quote that never closes makes no longer title
    ("评选出“最美家庭10户", {"最美家庭"}),
    # round 17: a quoted room created or designated in numbers, batches or model rounds
    ("全区打造了6个“邻里微家”", {"邻里微家"}),
    ("争取“姐妹之家”(微家)再增加200个", {"姐妹之家"}),
    ("县妇联公布首批“巧手之家”名单", {"巧手之家"}),
    ("推荐申报示范“儿童之家”", {"儿童之家"}),
    # a quoted programme about a group of people is still a programme
    ("开展“牵手留守儿童”帮扶活动", {"牵手留守儿童"}),
    # "topic 进 place" as an item of a list of activities, and over the honour or suffixed name
    # inside it (the longer name is the activity's)
    ("通过妇女课堂进乡村、巾帼大宣讲等形式宣传政策", {"妇女课堂进乡村"}),
    ("举办最美家庭故事巡讲进校园、亲子阅读等活动", {"最美家庭故事巡讲进校园"}),
    # 在 a programme, during it, is no place
    ("在“巾帼护绿”行动中涌现出一批先进", {"巾帼护绿行动"}),
    # quotes joined by 和 still share the programme word after the run
    ("开展“清洁庭院”和“绿色出行”活动", {"清洁庭院", "绿色出行"}),
    # a show after the quote is a programme word
    ("举办“巾帼风采”展览", {"巾帼风采"}),
    # a quoted counted bundle keeps the words right before it that say whose bundle it is ...
    ("今年深入实施家庭建设“四大工程”", {"家庭建设四大工程"}),
    # ... but not the verb that launches it, nor the federation that runs it
    ("要纵深推进“五大行动”", {"五大行动"}),
    ("县妇联“三大计划”成效明显", {"三大计划"}),
    # the 'N 学 N 比' drives of the 双学双比 family, unquoted before a programme word
    ("表彰一批四学四比能手", {"四学四比"}),
    # a named team: a quoted core that ends in a team head
    ("队员们换上“春晖志愿者”蓝马甲走进小区", {"春晖志愿者"}),
    ("镇妇联牵头组建“木兰花”巾帼服务团", {"木兰花"}),
    # ... any quoted core ending in a team head (…队, …团) names a team
    ("村里组成“姐妹同心帮帮团”,定期走访困难家庭", {"姐妹同心帮帮团"}),
    ("这支“草原轻骑宣讲队”常年活跃在牧区", {"草原轻骑宣讲队"}),
    # a contest of any discipline under a name of its own (…赛, not a …比赛 match)
    ("随后一场热闹的“乡村好物直播PK赛”拉开帷幕", {"乡村好物直播PK赛"}),
    # a family honour awarded to a collective is an honour of its own
    ("幸福里小区获评第三届“最美家庭集体”", {"最美家庭集体"}),
    # the theme of an activity named only by what it is stays its name
    ("举办以“护航成长·巾帼同行”为主题的普法宣传活动", {"护航成长巾帼同行"}),
    # ... the theme of an event that has a name of its own is a slogan the event carries
    ("开展以“稳岗位,促增收”为主题的“ 暖心行动”招聘会", {"暖心行动"}),
    # ... also where the theme is a clause of its own and the sentence goes on to hold the
    # named event (quoted, an honour's round); where the events have no name, the theme stays
    ("市妇联以“奋斗新时代”为主题,举办了“巧手绣家乡”系列活动", {"巧手绣家乡"}),
    ("县妇联以“巾帼展风采”为主题,先后举办了最美家庭评选和家风讲座", {"最美家庭"}),
    ("镇妇联围绕“巾帼绘新景”这一主题,举办“美丽庭院”评比活动", {"美丽庭院"}),
    ("县妇联以“巾帼心向党”为主题,精心组织多场庆祝活动", {"巾帼心向党"}),
    ("社区以“幸福一家亲”为主题,开展庆祝“六一”系列活动", {"幸福一家亲"}),
    # a contest right after its theme is named by the theme, not by its discipline
    ("开展以“我爱我家”为主题的家庭摄影短视频大赛", {"我爱我家"}),
    # a saying that keeps a programme head is the action's name; an honour or an
    # abbreviated drive is no saying
    ("全县实施“美好生活”巾帼行动", {"美好生活巾帼行动"}),
    ("大力实施“花开巾帼”巾帼增收行动", {"花开巾帼巾帼增收行动"}),
    ("深入实施“平安和谐、美好生活”两大巾帼行动",
     {"平安和谐巾帼行动", "美好生活巾帼行动", "两大巾帼行动"}),
    ("慰问了老“三八红旗手”代表", {"三八红旗手"}),
    # ... a place or a theme past who competes still names the contest
    ("举办全市妇女手工文创设计制作大赛", {"妇女手工文创设计制作大赛"}),
    # the model (标兵, 标兵户) of an honour is an honour of its own, also past a quote
    ("她被评为“巾帼建功”标兵", {"巾帼建功标兵"}),
    # (its canonical name drops the 户 of the household that holds it: stop-25 adjudication)
    ("全县评出“五好文明家庭标兵户”8户", {"五好文明家庭标兵"}),
    ("评选最美家庭户30户", {"最美家庭"}),
    ("评选“美丽庭院示范户”", {"美丽庭院示范户"}),
    ("全县评出“五好文明家庭”30户", {"五好文明家庭"}),
    ("镇妇联深化“双学双比”活动", {"双学双比"}),
    # a person's title after a quoted drive, where the sentence awards, is one honour with it;
    # where the sentence counts or trains such people the quote names the drive
    ("县妇联表彰了“科技兴农”女能手和“巾帼增收”带头人", {"科技兴农女能手", "巾帼增收带头人"}),
    ("她获“三学三比”女能手荣誉称号", {"三学三比女能手"}),
    ("全镇培养“双学双比”女能手30名", {"双学双比"}),
    # ... a title other bodies award (no woman or family named) is no campaign
    # (in test_what_is_not_a_campaign)
    # a quote with a programme or team head of its own keeps its name before its people
    ("组织“春苗计划”学员参加实践", {"春苗计划"}),
    ("“银铃宣讲团”成员走进社区", {"银铃宣讲团"}),
    # the first programme head after a two-character quoted core ends the name
    ("镇妇联启动“两癌”筛查项目", {"两癌筛查"}),
    ("县妇联开展“两癌”免费检查", {"两癌筛查"}),
    ("镇卫生院为适龄妇女进行“两癌”检查", {"两癌筛查"}),     # it names itself, quoted too
    ("为贫困母亲申请“两癌”救助", {"两癌救助"}),              # the relief is another programme
    # a boundary word that opens a verb of the dictionary with the character after it is
    # inside the name (在职), not before it
    ("组织在职党员进社区活动", {"在职党员进社区"}),
    # a standing programme needs no context, quoted or not
    ("全镇新增“巧媳妇”工作基地3个", {"巧媳妇"}),
    # a word of its own before a suffix names a programme, however short
    ("县妇联启动春风行动", {"春风行动"}),
    ("打造“知心姐姐”工作品牌", {"知心姐姐"}),
])
def test_what_counts_as_a_campaign(sentence, expected):
    assert _campaigns(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "开展“世界无烟日”宣传",                   # observance day
    "在“5·15国际家庭日”来临之际开展家庭教育宣传",
    "组织妇女深入学习“四个意识”",              # numbered policy formula
    "推进“十五五”规划项目",                    # plan period
    "开展服务“一老一小”",                      # 一X一Y policy phrase
    "提供“一站式”服务",                        # descriptor
    "建设“儿童友好”型社区示范点",              # 型 after the quote: a kind, not a name
    "为妇女提供“店小二”式贴心服务",            # 式 after the quote: a manner
    "姐妹们围绕“舌尖乡味”“指尖非遗”等主题交流心得",  # topics people talk about
    "代表们就“托育难”“就业难”等主题展开讨论",
    "充分发挥妇女“娘家人”作用",                # the metaphor alone is rhetoric
    "这项活动“接地气”,群众很满意",            # a metaphor said of the activity
    "要把“促进家”的理念落到实处",              # 进 inside a word (促进) opens no place
    "甲村依托“姐妹之家”常态化地开展志愿服务活动",  # an adverbial opens the predicate
    "结合“乡村振兴”积极开展技能培训",
    "社区举办“防诈知识”专题讲座",              # a subject taught, not a programme
    "为妇女带来一堂“廉政教育”小课堂",
    "各村开展“微服务”,传递正能量",            # a size before a common word: a kind of thing
    "打造“云服务”平台方便群众办事",
    "开展“中国梦”主题宣讲",                    # slogan
    "推进“放管服”改革",                        # policy, told by the word after it
    "二、下半年工作计划",                      # section title
    "制定2025年行动计划",
    "推出“妇女创业贷款”项目",                  # a loan named by what it is
    "建设巾帼创业基地3个",                     # a base
    "打造“巾帼好物馆”",                        # a venue
    "打造“15分钟服务圈”",                      # an area
    "通过“家在社区”微信公众号发布通知",        # a channel
    "举办“家庭教育工作推进会议”",              # a meeting
    "推广“枫桥经验”",                          # a way of working
    "举办“我的家风我来说”",                    # a clause without a programme word after it
    "举办妇女干部培训班",                      # generic activities
    "开展专项行动",
    "被评为全省思想道德教育优秀工程",          # a rating
    "参与“100位感动乡村人物”评选",             # a count of people
    "用实际行动诠释初心",                      # "by deeds"
    "印发《巾帼建功三年行动计划》",            # a document's title
    "宣读“2023年度优秀妇女工作者”名单",       # a year's award list
    "荣获“全市妇联工作先进集体”称号",          # an award for good work, not an honour
    "荣获“全县巾帼护河先进集体(个人)”称号",    # the same with its alternative in brackets
    "倡导男女平等,构建和谐家庭",                # an honour's words as a goal
    "紧扣“引领、服务、联系”职能",              # a list of short words is a slogan
    "县妇联在脱贫搬迁工作上行动迅速",          # 在…上 行动: "acted on", a verb
    "开展以助老、帮困为主要内容的五大志愿行动",  # named by its content, not a name
    "全乡圆满完成“会转联”工作",                # the work of a task, not a programme
    "“乡村振兴考察团”来到村里参观",            # a visiting party, not a team
    "用好妇女之家、妇女微家等场地",            # one common noun before a suffix: a kind
    "足迹遍及乡村农场、高校课堂,宣讲团走遍各地",
    "县妇联认真做好“双减”工作",
    "为实现“两大目标”贡献巾帼力量",            # 巾帼力量 is a stock phrase, not a programme word
    "全力实施“三大战略”",                      # a strategy
    "为“守正创新、争创一流”注入巾帼力量",      # a quoted two-part slogan
    "运动会设“跳绳比赛”“两人三足”等趣味项目",  # games inside one event
    "晚会上演了“春暖花开”“山乡巨变”等节目",    # acts of a show
    "广场上摆出“婚姻调解”“育儿答疑”等服务台",  # booths of one event
    # an unquoted team named by what it is, or its member
    "社区成立巾帼志愿助老服务队",
    "组建7支巾帼志愿者服务队",
    "认真听宣讲队员讲解政策",
    # a drive of government told by its task of governing, which the federation joins (round 20)
    "市委、市政府全力推进湖泊保护治理“五大行动”",
    "各村妇女积极参与农村人居环境整治行动",
    "县妇联配合开展打击拐卖妇女儿童专项行动",
    # a quoted talk, course or clinic named by its subject (round 20)
    "社区开展“孕期保健知识讲座”",
    "村里开展“关爱女性健康义诊”活动",
    # a quoted course named only by its trainees, subject and a course word (stop-21 adjudication)
    "县妇联举办“农村妇女电商技能培训班”",
    "镇里举办了“基层妇联执委履职能力培训班”",
    "县妇联通过“妇女干部维权培训班”提升维权本领",
    # a launching verb before 以 takes the event the frame describes, not the quote (round 20)
    "村里举办了以“快乐健身操”为主体的文艺晚会",
    "社区开展以“邻里互助”为核心的志愿活动",
    # a suffixed name of only the people it serves is a kind of station or class (round 20)
    "镇里建成妇女儿童驿站5个",
    "社区开设老人儿童课堂",
    "积极投身留守儿童、留守妇女关爱行动",   # the people served and a word of care
    # a processing point named after a quote is that facility's name (round 20)
    "镇妇联培育“巧手姐妹”加工点15处",
    # a model base names the base, also after a standing drive's words (stop-21 adjudication)
    "各级妇联合力培育100个“三学三比”示范基地",
    "县妇联为甲村“姐妹之家”示范基地授牌",
    # a party formula of numbered parts after a launching verb alone (stop-17 adjudication)
    "常态化开展“两学一做”学习教育",
    "深入开展“三严三实”专题教育",
    # a team named only by the place that owns it and team words (stop-17 adjudication)
    "县妇联授予龙湾乡巾帼志愿服务队荣誉称号",
    "晋安巾帼志愿者服务队走进社区开展义诊",
    "据了解,红岩镇女子志愿服务队常年开展巡逻",
    # the roles a team is made of, counted or joined by plus signs, are a formula of members
    "社区组建了一支“妇联主席+网格员+巾帼志愿者”的志愿者队伍",
    "成立“两师一员”婚姻家庭纠纷调解队伍",
    # a count after a quote names a title only where the sentence selects or awards, and only
    # where it closes the phrase; an award for good work named by what it is stays generic
    "村里现有“巾帼巧手”30名",
    "为“巾帼巧手”30名学员颁发证书",
    "表彰了30个“先进基层妇女组织”",
    "年内表彰“乡村工匠”100名",                   # a title naming no women or families
    # ... also where each quote is the topic of its act (a quiz, a game) before 等
    "游园会上开展“家风家训”知识问答、“垃圾分类”快问快答等互动环节",
    "集市设有健康义诊、“巾帼心向党”知识竞答等多个互动板块",
    "现场设立“婚恋咨询”服务台",
    "打造“3+X”宣讲品牌",                       # plus signs in a formula, not names
    "集“托管+阅读+手工”于一体",                 # a list of services
    "姐妹们在乡村振兴中巾帼建功",               # a standing programme's words as a phrase
    "她是远近闻名的巧媳妇",
    "共同推进社区活动阵地建设",                 # 推进 is a verb, not a name's 进
    "妇女们走进社区参加活动",                   # 走进: a visit, not a name
    "围绕全年目标实施四项“巾帼行动”",            # a bare programme head names none
    "组织干部学习“万村整治工程”经验",            # a model learnt from, not a programme run
    "举办“巾帼创业故事分享会”",                  # one meeting named by its kind
    "开展“送温暖”慰问活动",                      # a verb and its object: what is done
    "新增扬州级文明岗3个",                        # a level before a generic title
    "认真实施“妇女儿童发展规划”",                # a document
    "扎实推进“法治建设”",                        # a field of work
    "深入开展“打黑除霸”专项斗争",                # a political struggle
    "举办“迎新春”联欢活动",                      # celebrating a festival
    "家风建设是一项暖心工程",                    # a classifier makes the suffixed noun common
    "组织开展寒假专项行动",                      # a season and a generic qualifier
    "推进民生实事工程",                          # generic qualifiers piled up
    "建立“双周例会”制度",                        # a system of working after the quote
    "努力打造“有温度”的妇联",                    # an attribute before 的: the verb takes the noun
    "开展“关爱”行动",                            # a generic qualifier quoted
    "引导群众打造和谐家庭",                      # an honour's words as a goal
    "让每户都成为平安家庭",
    "村里做好计划生育服务",                      # the suffix opens another word
    "邀请水利工程师讲课",
    "全体妇女干部行动起来",
    "晚会穿插了舞蹈表演、歌曲比赛等节目",       # a contest named only by its discipline
    "社区组织了书法大赛",
    "调研组来到“全省电商第一村”某某村",       # a quoted epithet of a place
    "二是抓好“妇女网络”建设",                 # building a thing, not a programme
    "围绕“平安家庭、反对家暴”,开展法治宣传",  # an honour's words as a goal
    "抓好阵地建设、文明家庭、妇女维权等三项工作",  # one task of a list of tasks
    "全面实施关爱工程",                         # a generic qualifier before the suffix
    "开展“反家暴宣传周”活动",                   # a week or a month is the calendar's
    "启动“孝老敬老月”系列活动",
    "举办“中秋节”联谊会",                       # a short festival
    "通过“线上+线下”方式开展培训",              # a plus formula with short items
    "创新“党建+妇建”工作模式",
    "依托“互联网+”平台销售手工艺品",
    "全面推行“河长制”",                         # a system of responsibility
    "助力打赢“脱贫攻坚战”",                     # a policy told as a battle
    "助力“乡村振兴”,带动妇女增收",              # 助力 takes an aim, not a programme it runs
    "落实“一岗双责”",                           # 落实 takes a policy
    "全村不清洁家庭逐年减少",                   # a negated honour is its opposite
    "教育子女处好邻里关系",                     # 好邻里 inside 处好邻里关系 is no honour
    "为患病妇女申请两癌救助金",                 # the money, not the programme
    "家风建设是一项长期的系统工程",             # 系统工程, "a systematic undertaking"
    "各村、各社区统一行动清理垃圾",             # a word of manner before 行动
    "每周开设网络课堂",                         # the medium, not a name
    "倡导文明家庭新风",                         # an honour's words as an aim
    "开展“反家庭暴力法”宣传活动",               # a law
    "为贫困母亲发放“两癌”救助金",               # the money, not the programme
    "对“两癌”患病妇女进行走访",                 # the disease pair before its people names no programme
    "巾帼志愿者闻讯纷纷行动",                   # an adverb before 行动: "acted"
    "全镇新建儿童之家12个",                     # …之家 unquoted is a room or a building
    "重点抓好宣传、培训、帮扶三项行动",         # a list of single words names kinds of work
    "村里成立“巧手姐妹协会”",                   # an organisation (the agency grammar's suffixes)
    "建立“留守儿童关爱服务中心”",
    "为每户困难家庭制定帮扶计划",               # a plan drawn up is a document
    "各村制订了妇女增收帮扶计划",
    # a programme word only before the function word that opens the rest of the clause
    "“外婆的菜园”让孩子们体会到家庭的温暖",
    "按照“组织建妇联,妇联助组织”的工作要求推进",
    # round 5: a room opened, furnished or visited is a venue, not a brand
    "幸福村“妇女之家”正式启用",
    "为各村采购“妇女之家”物品一批",
    "姐妹们在“巾帼微家”里学习剪纸",
    # round 17: one room built, founded, covered or given a plaque is a place, not a programme
    "副县长一行实地查看“儿童之家”建设",
    "县妇联为甲村“姐妹之家”授牌",
    "全镇“妇女之家”100%全覆盖",
    "乙社区“邻里之家”自2019年成立以来借用居委会场地",
    "建立了“甲村姐妹之家”微信群",
    "副县长一行实地查看“巾帼微家”建设",        # 微家, a suffix unquoted, is judged as a room
    # round 17: an honour or a suffixed name inside a quote that goes on past it is a word of a
    # longer title (of places, of an exhibition, of a meeting)
    "为被命名为“全国文明家庭创建示范村”的五个村授牌",
    "参观“巾帼同心 共创未来——乡村振兴巾帼行动成果展”",
    "开展“最美家庭故事分享会”",
    # honours other bodies award for other merits name no women or families
    "王某同志被评为“优秀共产党员”",
    "李某荣获“县级劳动模范”称号",
    "镇妇联获得“优秀组织奖”",
    "该村荣获市级“文明村镇”荣誉称号",
    # a quoted group of people before a word for its households or members
    "入户走访“困境儿童”家庭20户",
    "为“单亲母亲”家庭送去慰问金",
    # the quote is the object of a verb of its own, not of the launching verb further back
    "开展走访“空巢老人”,送去米面油",
    # a programme word after a conjunction names the other phrase
    "做好“三留守”及困难群体帮扶工作",
    # a quote between 在 and a verb of holding is where it happens; a base, a park, a studio or
    # a count of places after the quote makes it a facility's name
    "在“儿童乐园”开展亲子游戏",
    "在“云上妇联”发布招聘信息",
    "打造“妇女创业园”一处",
    "建成“巾帼红”直播间",
    # a verb with a complement of direction makes the suffix the place gone to
    "资助困难女童重返课堂",
    "组织妇女走进车间参观",
    # an honour inside a longer quote is a slogan's word: the quote is no honour's name
    "喊响“绿色家庭我先行”口号",
    # the halves of a slogan of parallel "X 进 Y" are too short to be an activity's topic
    "推动资源进社区、服务进家庭",
    # days of remembrance and publicity are the calendar's
    "借助“学雷锋纪念日”组织巾帼志愿者服务",
    # 展 inside a verb (开展, 发展, 展现) or 展览馆 is no show after the quote
    "围绕“红色旅游”发展民宿",
    "“巾帼红”开展得有声有色",
    "把“孝老爱亲”展现在日常生活中",
    "参观“红色记忆”展览馆",
    # a one-character verb and its object before a suffix says what is done
    "各村开展送温暖、献爱心行动",
    # rooms named among venues or as the units that send people
    "各村建成“儿童之家”和5个“巾帼微家”等阵地",
    "依托“妇女微家”阵地组织巾帼志愿者",
    "全市“妇女之家”代表参加了授旗仪式",
    # a desk or booth of any kind at one event
    "社区设置“好家教”展示台讲述家庭故事",
    # a quoted observance with a separator between its numerals
    "在“三·八”国际妇女节到来之际召开座谈会",
    # a saying everyone uses (an idiom or set phrase of the dictionary) is no name of its own
    "各村开展“男女平等”宣传活动",
    "村妇联依托“丰富多彩”文化服务社组织姐妹们",
    "开展“家庭教育”讲座三场",
    "社区举办“远亲不如近邻”邻里文化活动",
    # a contest named by who competes and what: the women or families are no part of a name
    "镇妇联组织巾帼广播操比赛",
    # a name listed among the rooms of a list closed by 设施/场所/阵地 is one of those rooms
    "村里的活动室、巾帼书屋、健身房等设施一应俱全",
    "全县举办家庭亲子跳绳大赛",
    # a person's title that names no woman or family, where the sentence awards
    "县里表彰了“科技兴农”致富带头人",
    # a word for the people of a quote says who they are, not what is run
    "组织“三支一扶”人员开展志愿服务",
    "来自各村的“暖心小院”负责人参加培训",
    "推进“三留守”人员关爱活动",
    # a role someone becomes or grows out of
    "经过培训,她们成为名副其实的“巧媳妇”",
    "引导居民从“旁观者”成长为社区志愿者",
])
def test_what_is_not_a_campaign(sentence):
    assert not _campaigns(sentence)


def test_canonical_names_of_honours_and_separated_names():
    assert canonical_name("campaign", "全国五好家庭") == "五好家庭"
    assert canonical_name("campaign", "湖南省十佳巾帼文明岗") == "十佳巾帼文明岗"
    assert canonical_name("campaign", "三八红旗集体(手)") == "三八红旗集体"
    assert canonical_name("campaign", "花开四季 · 童心向党") == \
        canonical_name("campaign", "花开四季,童心向党") == "花开四季童心向党"
    # a whole scope or level opens any campaign's name, honour or not (stop 24, `scope_level`)
    assert canonical_name("campaign", "全省巾帼宣讲大赛") == "巾帼宣讲大赛"
    assert canonical_name("campaign", "省级巾帼示范村") == "巾帼示范村"
    # the year of an award (masked as X on template sites) and the round that gives it
    assert canonical_name("campaign", "2022年度全省最美家庭") == "最美家庭"
    assert canonical_name("campaign", "X年全国抗疫最美家庭") == "抗疫最美家庭"
    assert canonical_name("campaign", "五好文明家庭评选") == "五好文明家庭"
    assert canonical_name("campaign", "最美家庭评比活动") == "最美家庭"
    assert canonical_name("campaign", "巾帼创业评选") == "巾帼创业评选"  # no honour before it
    # a province's literary name before an honour is its level (stop-21 adjudication) ...
    assert canonical_name("campaign", "三秦最美家庭") == "最美家庭"
    assert canonical_name("campaign", "八桂心系国防最美家庭") == "心系国防最美家庭"
    # ... but not before a programme, nor a brand's own word
    assert canonical_name("campaign", "八桂巾帼行动") == "八桂巾帼行动"
    assert canonical_name("campaign", "天府美丽庭院") == "天府美丽庭院"
    # the 两癌 screening's names are one programme's; its relief is another
    assert canonical_name("campaign", "两癌免费检查") == canonical_name("campaign", "“两癌”") == \
        canonical_name("campaign", "两癌免费筛查") == "两癌筛查"
    assert canonical_name("campaign", "两癌救助") == "两癌救助"
