"""Stop 32b probes of the campaign finder, written from the errors of fresh32 and fresh32b (fresh dev
reports of batches 42-46): each family varies the pattern over other places of the gazetteer,
other bodies and other frames, with near-misses that must stay unchanged. Expected readings by
docs/CODEBOOK.md and eval/dev/README.md; every sentence is written for this test (no report text).
``test_campaign_probes.py`` runs these tables."""

from __future__ import annotations

# (sentence, campaigns): an unquoted model village or household under the federation's mark
# (巾帼…示范村, 巾帼…示范户) is the federation's title, from the usual left edge of a name, its
# level dropped as for any title; a model unit without the mark is another body's, a model base
# (巾帼…示范基地) a place, and the people a unit sends (…示范户代表) are people
PROBES = [
    ("这户就是巾帼脱贫示范户张桂兰家", ["巾帼脱贫示范户"]),
    ("蒲城县今年创建巾帼科技示范村5个", ["巾帼科技示范村"]),
    ("澄城县妇联评选巾帼创业示范户20户", ["巾帼创业示范户"]),
    ("她家被评为富平县巾帼致富示范户", ["巾帼致富示范户"]),
    ("全镇共有省级巾帼示范村3个", ["巾帼示范村"]),
    ("合阳县新命名10个市级巾帼文明示范村", ["巾帼文明示范村"]),
    ("白水县妇联为30户巾帼电商示范户授牌", ["巾帼电商示范户"]),
    # near-misses: no mark, a base, the people a household sends, a quality word
    ("华阴市创建科技示范村5个", []),
    ("村里的示范户带动了周边农户", []),
    ("韩城市新建巾帼科技示范基地3个", []),
    ("潼关县建成巾帼农业科技示范基地", []),
    ("1名市级巾帼美家示范户代表参加会议", []),
    ("大荔县创建美丽乡村示范村3个", []),
]

# (sentence, campaigns): a programme suffix that opens a common noun with the characters after it
# (课堂纪律, 车间主任, 比赛规则, 工程质量, 超市货架: one dictionary word) is that noun's first half,
# and the words before it its verb or owner, no name; a name the suffix closes stays, and so does
# a longer name another suffix closes (…行动计划)
PROBES += [
    ("希望各位学员严格遵守课堂纪律", []),
    ("讲师要求学员维持课堂秩序", []),
    ("社区监督员检查工程质量", []),
    ("老师们注重课堂教学", []),
    ("学员们感受课堂气氛", []),
    ("巾帼志愿者协助维护课堂秩序", []),
    ("志愿者整理超市货架", []),
    ("扶贫车间主任介绍了生产情况", []),
    # near-misses: the suffix closes the name, before a noun that is no word with it
    ("延川县妇联举办巾帼创业课堂", ["巾帼创业课堂"]),
    ("延长县妇联开展巾帼大讲堂活动", ["巾帼大讲堂"]),
    ("子长市妇联深入实施巾帼建功行动", ["巾帼建功行动"]),
    ("子洲县妇联实施巾帼创业行动计划", ["巾帼创业行动计划"]),
    ("宜川县妇联开展巾帼护河行动宣传", ["巾帼护河行动"]),
]

# (sentence, campaigns): setting models up (树立, 评比) selects them as 选树 and 评选 do: a quoted
# title that names women or families, counted right before or after the quote, is the title the
# programme gives; a quote of an idea or a value set up (树立“X”理念) and a title of other merits
# stay out
PROBES += [
    ("今年树立300户“安康市巾帼特色种养家庭”", ["巾帼特色种养家庭"]),
    ("汉阴县全年树立“巾帼致富能手”50名", ["巾帼致富能手"]),
    ("石泉县妇联树立20户“巾帼科技示范家庭”", ["巾帼科技示范家庭"]),
    ("宁陕县评比“好媳妇”30名", ["好媳妇"]),
    ("紫阳县妇联评比出“孝老爱亲家庭”15户", ["孝老爱亲家庭"]),
    ("岚皋县共评比树立县级“巾帼创业明星”12名", ["巾帼创业明星"]),
    # near-misses: an idea set up, a title of other merits, no count
    ("平利县妇联引导群众树立“绿色发展”理念", []),
    ("镇坪县评比“优秀共产党员”10名", []),
    ("旬阳市妇联树立“人人参与”意识", []),
]

# (sentence, campaigns): 表彰 and 表扬 award as 荣获 and 授予 do, and a later item of a list of
# titles a verb of awarding opens (each item with its level before it, parted by commas) is
# awarded as the first is: a title that names women or families is the federation's honour; other
# merits' titles stay out, in a list or alone
PROBES += [
    ("本次大会表彰了市级“最美平安妈妈”", ["最美平安妈妈"]),
    ("大会表彰了“全国最美家庭”,市级“最美平安妈妈”,县级“三八红旗手”",
     ["最美家庭", "最美平安妈妈", "三八红旗手"]),
    ("乐清市妇联表彰了“最美巾帼奋斗者”", ["最美巾帼奋斗者"]),
    ("瑞安市表彰了一批“最美母亲”", ["最美母亲"]),
    ("会上表彰了“优秀志愿者”,“巾帼致富女能人”", ["巾帼致富女能人"]),
    ("永嘉县荣获“全国文明单位”,市级“巾帼标兵岗”", ["巾帼标兵岗"]),
    ("平阳县表扬了“孝善之家”", ["孝善之家"]),
    # near-misses: other merits' titles, alone or listed
    ("苍南县表彰了“优秀共产党员”,“优秀党务工作者”", []),
    ("泰顺县妇联表彰“优秀志愿者”", []),
    ("文成县表扬了“先进工作者”", []),
]

# (sentence, campaigns): an unquoted room (…课堂, …讲堂, …书屋, …驿站) between 在 and a verb of
# holding is where an event is held, a place, as a quoted one is (在“…”开展); a programme head
# there (在…行动开展以来) stays a programme, and a room a verb of launching runs stays a name
PROBES += [
    ("培训会在午井镇井田大课堂召开", []),
    ("座谈会在城关村农民大讲堂举行", []),
    ("分享会在东关社区道德讲堂举办", []),
    ("宣讲会在新华村巾帼书屋举行", []),
    ("县妇联在巾帼大讲堂开展宣讲", []),
    ("读书会在石桥村巾帼驿站举行", []),
    # near-misses: a programme head, a room launched as a programme, the room as subject
    ("在巾帼创业行动开展以来,全县涌现出一批女能人", ["巾帼创业行动"]),
    ("县妇联在新华社区开展巾帼大讲堂活动", ["巾帼大讲堂"]),
    ("巾帼大讲堂在城关镇开讲", ["巾帼大讲堂"]),
]
