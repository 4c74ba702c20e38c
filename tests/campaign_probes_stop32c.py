"""Stop 32c probes of the campaign finder, written from the shapes of unquoted programme names in
the dev gold and the errors of fresh32b: each family varies the pattern over other places of the
gazetteer, other bodies and other frames, with near-misses that must stay unchanged. Expected
readings by docs/CODEBOOK.md and eval/dev/README.md; every sentence is written for this test (no
report text). ``test_campaign_probes.py`` runs these tables."""

from __future__ import annotations

from .conftest import known_because

ADVERB_BEFORE_DEEPEN = ("深化 (着力, 着重) after an adverb that is no boundary word "
                        "(将继续深化, 要不断深化, 始终深化) left in the name: tried at stop 32c as "
                        "a left boundary of names and dropped, since neither dev32 nor the fresh "
                        "sets write the frame, so no figure checks it")
MARKED_DRIVE_DROPPED = ("an unquoted drive under the federation's mark before the event word (开展巾帼"
                        "春风助企活动 → 巾帼春风助企): kept by the round (dev32 +2 names) but it added "
                        "seven extra campaigns and no right one on the test half, so the lead dropped it")
VERB_AFTER_SUBJECT = ("a launching verb that is no left boundary (推出, 发起, 领办, 承接, 筹建, "
                      "升级) right after the federation that is the clause's subject, left in the name: "
                      "found at stop 32c from written frames; neither dev32 nor the fresh sets write "
                      "the frame, so no figure checks a fix and none was tried")

# (sentence, campaigns): an unquoted drive under the federation's mark before the event word
# (巾帼…活动, …系列活动, …主题活动) would be the federation's drive, named without the event word
# (tried and dropped: strict gaps below); a kind
# of work alone after the mark (志愿服务, 宣讲, 关爱), one dictionary word (读书, 健身), a title's
# round, a document's title and words after a quoted brand stay as they were
PROBES = [
    known_because(MARKED_DRIVE_DROPPED, "灵武市妇联开展巾帼春风助企活动", ["巾帼春风助企"]),
    known_because(MARKED_DRIVE_DROPPED, "永宁县妇联举办纪念大会暨巾帼普法乡村行活动", ["巾帼普法乡村行"]),
    known_because(MARKED_DRIVE_DROPPED, "贺兰县妇联启动巾帼健康行系列活动", ["巾帼健康行"]),
    known_because(MARKED_DRIVE_DROPPED, "隆德县妇联举办巾帼护绿主题活动", ["巾帼护绿"]),
    known_because(MARKED_DRIVE_DROPPED, "西吉县各村开展巾帼家风润万家活动", ["巾帼家风润万家"]),
    known_because(MARKED_DRIVE_DROPPED, "银川市妇联举办巾帼创业创新系列活动,参与妇女300余人",
                  ["巾帼创业创新"]),
    # near-misses: a kind of work, one dictionary word, a title's round, a document, a quoted brand
    ("中宁县妇联开展巾帼宣讲活动", []),
    ("海原县妇联组织巾帼读书活动", []),
    ("金凤区妇联组织巾帼健身活动", []),
    ("沙坡头区妇联开展巾帼志愿服务系列活动", []),
    ("社区开展巾帼志愿者服务活动", []),
    ("利通区妇联开展巾帼关爱活动", []),
    ("青铜峡市妇联开展巾帼留守儿童关爱活动", []),
    ("平罗县妇联深入开展巾帼文明岗创建活动", ["巾帼文明岗"]),
    ("大武口区妇联印发《关于开展巾帼护河活动的通知》", []),
    ("红寺堡区妇联开展“ 石榴花” 巾帼护河活动", ["石榴花"]),
    ("县妇联推进巾帼建功活动", ["巾帼建功"]),
    ("县妇联开展巾帼暖心服务月活动", []),
    ("县妇联开展巾帼普法宣传周活动", []),
]

# (sentence, campaigns): a festival of women or families its holder numbers by rounds (第N届, 首届)
# is the holder's own event, named without its round; a calendar festival numbered by its edition,
# a festival naming no women or families, a numbered sports meet, the n-th day of the calendar
# (第N个) and a programme item (节目) stay out
PROBES += [
    ("市妇联举办第五届家庭文化节", ["家庭文化节"]),
    ("兴庆区妇联举办第三届巾帼手工艺节", ["巾帼手工艺节"]),
    ("盐池县第二届家庭读书节开幕", ["家庭读书节"]),
    ("中卫市首届妇女文化节在沙坡头区开幕", ["妇女文化节"]),
    ("固原市妇联纪念大会暨第八届母亲文化节启动仪式举行", ["母亲文化节"]),
    ("泾源县妇联举办首届巾帼美食节", ["巾帼美食节"]),
    # near-misses
    ("红寺堡区妇联承办第五届农民丰收节", []),
    ("同心县妇联参加第三届中国农民丰收节庆祝活动", []),
    ("原州区庆祝第二个中国农民丰收节", []),
    ("灵武市举办第五届桃花文化旅游节", []),
    ("举办第十届妇女趣味运动会", []),
    ("举办第二届亲子阅读节目展演", []),
    ("市妇联举办家庭文化节", []),
]

# (sentence, campaigns): a closing plan's adverb before 深化 (将继续深化, 要不断深化) is no word of
# the name that 深化 introduces (gaps: see ADVERB_BEFORE_DEEPEN); near-misses that already read
# right stay as they are
PROBES += [
    known_because(ADVERB_BEFORE_DEEPEN, "下一步,渭源县妇联将继续深化巾帼建功行动", ["巾帼建功行动"]),
    known_because(ADVERB_BEFORE_DEEPEN, "陇西县妇联要不断深化巾帼护河行动", ["巾帼护河行动"]),
    known_because(ADVERB_BEFORE_DEEPEN, "漳县妇联始终深化巾帼家政服务行动", ["巾帼家政服务行动"]),
    known_because(ADVERB_BEFORE_DEEPEN, "岷县妇联扎实深化春蕾计划", ["春蕾计划"]),
    known_because(ADVERB_BEFORE_DEEPEN, "临洮县妇联坚持深化巾帼创业工程", ["巾帼创业工程"]),
    ("安定区妇联持续深化巾帼脱贫行动", ["巾帼脱贫行动"]),
    ("通渭县妇联将继续实施春蕾计划", ["春蕾计划"]),
]

# (sentence, campaigns): a numbered set of qualities (a count and 好 or 美) before 庭院 or 家庭 is
# a family or courtyard honour unquoted, as 五好家庭 and 最美家庭 are, with its round or model
# households after it; before other words (乡村, 目标) it names a goal, no honour
PROBES += [
    ("城固县妇联参与疫情防控、环境整治、五美庭院建设", ["五美庭院"]),
    ("勉县妇联全力推进六美庭院创建", ["六美庭院"]),
    ("洋县评选出五美庭院示范户120户", ["五美庭院"]),
    ("西乡县妇联开展十美家庭评选活动", ["十美家庭"]),
    ("镇巴县妇联命名三美家庭50户", ["三美家庭"]),
    ("宁强县妇联推进五好文明家庭创建", ["五好文明家庭"]),
    # near-misses
    ("略阳县打造三美乡村", []),
    ("留坝县实现五美目标", []),
]

# (sentence, campaigns): a family title before its round of creating or selecting (…家庭创建,
# …家庭评选) is named by its quality word alone, though that word is a common adjective (幸福,
# 健康, 绿色); the people a family is (困难, 农村: served_core), a kind of titles after a list
# (特色: generic_core), no round after it, and 家庭 alone stay out
PROBES += [
    ("秦安县妇联要进一步深化幸福家庭创建活动", ["幸福家庭"]),
    ("天水市妇联开展健康家庭评选活动", ["健康家庭"]),
    ("麦积区妇联组织绿色家庭推选", ["绿色家庭"]),
    ("甘谷县妇联启动节约家庭创建", ["节约家庭"]),
    ("武山县妇联开展平安家庭创建活动", ["平安家庭"]),
    # near-misses
    ("张家川县妇联开展困难家庭评选", []),
    ("清水县妇联开展农村家庭评选", []),
    ("县妇联组织“学习家庭”、“廉洁家庭”等特色家庭评选", ["学习家庭", "廉洁家庭"]),
    ("孩子们展现出了幸福家庭的欢声笑语", []),
    ("清水县妇联开展家庭创建活动", []),
]

# (sentence, campaigns): a van that brings a service to villages (…大篷车) is a programme, as a
# station (驿站) is, from the usual left edge of a name; one common noun before it (文化, 科技)
# names a kind of van, as before any suffix, and a van counted or hired is a vehicle
PROBES += [
    ("县妇联联合职业培训学校将家政培训大篷车开进了城关村", ["家政培训大篷车"]),
    ("成县妇联启动巾帼普法大篷车", ["巾帼普法大篷车"]),
    ("徽县妇联组织健康知识大篷车走进乡村", ["健康知识大篷车"]),
    ("两当县妇联的巾帼创业大篷车开进了站儿巷镇", ["巾帼创业大篷车"]),
    ("康县妇联开展母婴健康大篷车活动,服务群众300余人", ["母婴健康大篷车"]),
    # near-misses
    ("西和县妇联租用一辆大篷车", []),
    ("礼县妇联启动文化大篷车", []),
]

# (sentence, campaigns): the federation as subject and then a launching verb: the verb opens the
# predicate and no word of the name is left before the name (gaps: see VERB_AFTER_SUBJECT)
PROBES += [
    known_because(VERB_AFTER_SUBJECT, "宕昌县妇联推出巾帼助企行动", ["巾帼助企行动"]),
    known_because(VERB_AFTER_SUBJECT, "文县妇联发起巾帼护河行动", ["巾帼护河行动"]),
    known_because(VERB_AFTER_SUBJECT, "武都区妇联领办巾帼创业工程", ["巾帼创业工程"]),
    known_because(VERB_AFTER_SUBJECT, "舟曲县妇联筹建巾帼创业驿站", ["巾帼创业驿站"]),
    known_because(VERB_AFTER_SUBJECT, "迭部县妇联升级巾帼家美积分超市", ["巾帼家美积分超市"]),
    ("卓尼县妇联实施巾帼助企行动", ["巾帼助企行动"]),
]
