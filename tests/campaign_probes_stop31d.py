"""Stop 31 third-round probes of the campaign finder, written from the errors of new31b and new31c
(fresh dev reports) and the stop-31 adjudication of the campaigns rounds' questions: each family
varies the pattern over other places of the gazetteer, other bodies and other frames, with
near-misses that must stay unchanged. Expected readings by docs/CODEBOOK.md and
eval/dev/README.md; every sentence is written for this test (no report text).
``test_campaign_probes.py`` runs these tables."""

from __future__ import annotations

# (sentence, campaigns): 专项 after a quote marks the government's drive only where the quote itself
# names a task of governing (a crackdown, …整治); a quote on the federation's own topic keeps its
# name, 专项 and a kind of work after it dropped; a quote holding a whole drive named by its task
# is that drive, no campaign (stop-31 adjudication of the campaigns rounds, rows 1 and 3)
PROBES = [
    ("赣州市妇联开展“平安家庭 幸福童年”专项宣传行动", ["平安家庭幸福童年"]),
    ("临沂市妇联启动“护苗成长”专项服务行动", ["护苗成长"]),
    ("大理市妇联组织“家庭安全 预防溺水”专项宣传行动,发放资料500份", ["家庭安全预防溺水"]),
    ("凯里市妇联实施“春蕾护航”专项救助计划", ["春蕾护航"]),
    ("柳州市妇联开展“护花”专项行动", ["护花"]),
    # near-misses: a quote that names a crackdown or a task, a task after the quote, a whole
    # quoted drive: the government's, none; the federation's mark keeps its share
    ("文昌市妇联参与“扫黄打非”专项行动", []),
    ("琼海市妇联配合开展“扫黑除恶”专项宣传行动", []),
    ("万宁市妇联参与“禁毒”专项宣传行动", []),
    ("儋州市妇联开展“化解矛盾 维护稳定”专项治理行动", []),
    ("澄迈县妇联助力“农村人居环境整治行动”", []),
    ("定安县妇联参与“城乡环境综合治理工程”", []),
    ("屯昌县妇联实施“巾帼环境整治行动”", ["巾帼环境整治行动"]),
    ("陵水县妇联开展“巾帼维权”专项行动", ["巾帼维权"]),
]

# (sentence, campaigns): a quality word (示范性) describes rooms or drives, no model round and no
# name, quoted room before it or unquoted name after it; a list closed by 等 is no count, while a
# count or batch after the run (等一批) still creates rooms in numbers (stop-31 adjudication of
# the campaigns rounds, row 2)
PROBES += [
    ("麻阳县妇联建成“苗乡微家”等示范性妇女微家", []),
    ("麻阳县妇联建成“苗乡微家”“锦江微家”等示范性红色妇女微家", []),
    ("贵港市妇联建成一批示范性巾帼家政驿站", []),
    ("临沧市妇联建成综合性妇女儿童服务驿站", []),
    ("玉溪市妇联建成“彩云之家”等示范性阵地", []),
    ("遵义市妇联开展标志性巾帼建功行动", ["巾帼建功"]),
    # near-misses: a count or a batch after the run, a model round before the room, a model
    # village after a quote, people and words that only contain 性 keep their readings
    ("凯里市妇联创立“清风微家”“和美微家”等一批妇女微家", ["清风微家", "和美微家"]),
    ("凯里市妇联创立“清风微家”、“和美微家”等10个妇女微家", ["清风微家", "和美微家"]),
    ("麻阳县妇联创建示范“妇女之家”", ["妇女之家"]),
    ("麻阳县妇联打造“苗乡”示范村", ["苗乡示范村"]),
    ("麻阳县妇联打造“苗乡微家”示范点3个", ["苗乡微家"]),
    ("临沧市妇联实施女性创业行动", ["女性创业行动"]),
    ("贵港市妇联开展慢性病关爱行动", ["慢性病关爱行动"]),
]

# (sentence, campaigns): “A”之B + a programme head names a part programme of the quoted one: one
# name, the quote, 之 and the part's words, not the quote and an honour inside the part apart
# (stop-31 adjudication of the campaigns rounds, row 5)
PROBES += [
    ("麻阳县妇联启动“美丽家园”之清洁家庭巾帼行动", ["美丽家园之清洁家庭巾帼行动"]),
    ("临沧市妇联开展“书香家庭”之亲子阅读行动", ["书香家庭之亲子阅读行动"]),
    ("玉溪市妇联实施“春蕾”之助学圆梦计划", ["春蕾之助学圆梦计划"]),
    ("遵义市妇联启动“巾帼心向党”之红色传承巾帼行动", ["巾帼心向党之红色传承巾帼行动"]),
    ("贵港市妇联开展“平安家庭”之家庭安全工程", ["平安家庭之家庭安全工程"]),
    # near-misses: 之 before no programme head, or before a clause, keeps the quote's reading
    ("贵港市妇联开展“美丽家园”之家庭卫生大扫除", ["美丽家园"]),
    ("凯里市妇联学习“枫桥经验”之精髓", []),
]

# (page, campaigns): a part programme's short form that a fuller name of the report spells out
# (the quote first, the part's words in order, the same head) is that programme, one entry under
# the fullest form (stop-31 adjudication of the campaigns rounds, row 5)
PART_PAGES = [
    ("5月,麻阳县妇联启动“美丽家园——清洁家庭”建设巾帼行动。\n"
     "县妇联组织志愿者开展“美丽家园”之清洁家庭巾帼行动大扫除活动。", ["美丽家园——清洁家庭建设巾帼行动"]),
    ("临沧市妇联实施“书香家庭·亲子阅读”推广行动。\n各县开展“书香家庭”之亲子阅读行动100场。",
     ["书香家庭·亲子阅读推广行动"]),
    ("玉溪市妇联启动“巾帼心向党——红色传承”巾帼行动。\n“巾帼心向党”之红色传承巾帼行动走进社区。",
     ["巾帼心向党——红色传承巾帼行动"]),
    # near-misses: a fuller name of another part or another head leaves the short form alone
    ("遵义市妇联启动“美丽家园——清洁庭院”建设巾帼行动。\n各镇开展“美丽家园”之清洁家庭巾帼行动。",
     ["美丽家园——清洁庭院建设巾帼行动", "美丽家园之清洁家庭巾帼行动"]),
    ("贵港市妇联实施“平安家庭——家庭安全”工程。\n各村开展“平安家庭”之家庭安全行动。",
     ["平安家庭——家庭安全工程", "平安家庭之家庭安全行动"]),
]

# (sentence, campaigns): a quoted theme, the federation's mark and a class (…课堂, …讲堂) are one
# name, as “X”巾帼行动 is; an honour before such a class stays the honour, as before a room
PROBES += [
    ("临沧市妇联开设“乡村振兴”巾帼大讲堂", ["乡村振兴巾帼大讲堂"]),
    ("玉溪市妇联举办“数字赋能”巾帼电商课堂", ["数字赋能巾帼电商课堂"]),
    ("麻阳县妇联开办“科技兴农”巾帼讲堂", ["科技兴农巾帼讲堂"]),
    ("遵义市妇联开设“健康生活”巾帼健康大讲堂", ["健康生活巾帼健康大讲堂"]),
    ("利津县妇联在全县开办“调结构促增收”巾帼科技大课堂", ["调结构促增收巾帼科技大课堂"]),
    # near-misses: an honour, another programme word, the federation's own class quoted alone
    ("临沧市妇联开设“最美家庭”巾帼大讲堂", ["最美家庭"]),
    ("凯里市妇联组织“最美家庭”巾帼宣讲活动", ["最美家庭"]),
    ("贵港市妇联开展“红心向党”巾帼行动", ["红心向党巾帼行动"]),
    ("贵港市妇联组织妇女收看“巾帼大讲堂”", ["巾帼大讲堂"]),
    ("贵港市妇联开展“乡村振兴”巾帼志愿服务", ["乡村振兴"]),
]

# (sentence, campaigns): a clock time (四点半, 五点钟) opening a quoted class is the hour it meets, no
# count of points (“三点”工作法 stays a formula); a quoted …学堂 ends in a class head, as …课堂 and
# …讲堂 do, whatever verb sets it up
PROBES += [
    ("东源县妇联在6个村开展“四点半课堂”,为留守儿童辅导作业", ["四点半课堂"]),
    ("麻阳县妇联在各村开设“三点半课堂”", ["三点半课堂"]),
    ("临沧市妇联推出“五点半学堂”,照看留守儿童", ["五点半学堂"]),
    ("玉溪市妇联开办“四点钟课堂”", ["四点钟课堂"]),
    ("临沧市妇联设置“彩云学堂”,辅导留守儿童", ["彩云学堂"]),
    ("麻阳县妇联依托“苗乡女子学堂”开展培训", ["苗乡女子学堂"]),
    # near-misses: a count of points, a count of items stay formulas
    ("凯里市妇联推行“三点”工作法", []),
    ("贵港市妇联推广“三个一”工作法", []),
    ("遵义市妇联总结“四点经验”", []),
]

# (sentence, campaigns): an unquoted name of only the people it serves, told by their plight or
# place (留守, 流动, 困境, 空巢, 单亲, 农村), and a generic word of care names a kind of action, as
# 妇女关爱行动 does (served_core); quoted, the sentence treats it as a name (stop-31 adjudication
# of the campaigns rounds, row 4), also where jieba reads the plight as a verb (留守)
PROBES += [
    ("四是大力开展留守流动儿童关爱工程。", []),
    ("麻阳县妇联开展困境儿童帮扶行动", []),
    ("临沧市妇联实施农村空巢老人关爱行动", []),
    ("玉溪市妇联开展单亲母亲救助行动", []),
    ("凯里市妇联实施留守妇女关爱工程", []),
    ("遵义市妇联实施“留守儿童关爱工程”", ["留守儿童关爱工程"]),
    ("贵港市妇联开展“留守流动儿童关爱行动”", ["留守流动儿童关爱行动"]),
    # near-misses: a field or a word of its own past the people, the federation's mark keep the
    # name
    ("临沧市妇联实施女性健康关爱行动", ["女性健康关爱行动"]),
    ("麻阳县妇联实施留守儿童健康成长关爱计划", ["留守儿童健康成长关爱计划"]),
    ("玉溪市妇联深入实施巾帼关爱行动", ["巾帼关爱行动"]),
    # the care word before the people names no action either (stop-32 adjudication of the
    # stop-31 questions, row 15; this probe read the opposite before it)
    ("凯里市妇联开展关爱留守儿童行动", []),
]

# (sentence, campaigns): plus signs that join the parties one programme pairs (bodies or people:
# 妇代会, 协会, 女能人, 农户, 合作社) with one programme head after the last item make the quote one
# name; items that are names themselves stay apart, and a pair with no head names a model, none
# (stop-31 adjudication of the first-wave rounds)
PARTY_PROBES = [
    ("麻阳县妇联深化“妇代会+协会对接计划”活动", ["妇代会+协会对接计划"]),
    ("临沧市妇联实施“女能人+农户结对计划”", ["女能人+农户结对计划"]),
    ("麻阳县妇联推行“合作社+农户帮带工程”", ["合作社+农户帮带工程"]),
    ("玉溪市妇联开展“巾帼志愿者+留守儿童牵手行动”", ["巾帼志愿者+留守儿童牵手行动"]),
    ("遵义市妇联推进“妇联执委+网格员联动行动”", ["妇联执委+网格员联动行动"]),
    # near-misses
    ("凯里市妇联拓展“家庭家教家风巡讲+移风易俗巡讲+巾帼成长荟”品牌内涵",
     ["家庭家教家风巡讲", "移风易俗巡讲", "巾帼成长荟"]),
    ("凯里市妇联推行“妇代会+协会”等组织工作新模式", []),
]

# (sentence, campaigns): 行 after a word of the drive's own (公益, 志愿, 爱心) right after a quote
# is the drive's journey, its head, as 行动 is; not where 行 ends another word (进行, 举行) or
# opens one (行业, 行动 keeps its own reading) (stop-31 adjudication of the first-wave rounds)
JOURNEY_PROBES = [
    ("合肥市妇联举办家庭文化节、“一勺米”公益行等品牌活动", ["一勺米公益行"]),
    ("临沧市妇联开展“阳光联盟”志愿行活动", ["阳光联盟志愿行"]),
    ("麻阳县妇联组织“春蕾”爱心行,走访女童20名", ["春蕾爱心行"]),
    ("玉溪市妇联启动“彩云妈妈”公益行", ["彩云妈妈公益行"]),
    ("遵义市妇联开展“黔山红”巾帼志愿行", ["黔山红巾帼志愿行"]),
    # near-misses
    ("凯里市妇联对“最美家庭”事迹进行宣传", ["最美家庭"]),
    ("贵港市妇联联合“苗绣”行业协会开展培训", []),
    ("贵港市妇联开展“巾帼建功”行动", ["巾帼建功行动"]),
]
PROBES += PARTY_PROBES + JOURNEY_PROBES
