"""Probe audit of the programme-type cues (stop 23): how reports in general phrase each type.

Every sentence here is written for the audit, in the standard vocabulary of the federation's
fields of work, not taken from any report; its expected type is decided by docs/CODEBOOK.md
("Programme types"), not by the tool's output. A probe's own cues must decide its type (weigh
at least one typical cue, MIN_SENTENCE_CUE): a weak cue types a sentence only where nothing
else does, so a probe typed by a weak cue alone would be lost inside a report. The negatives —
mission phrases, meeting boilerplate, study as self-improvement, metaphors — must decide none.
"""

from __future__ import annotations

import pytest

from womenfed import typology


def own_type(sentence: str) -> str | None:
    """The type a sentence's own cues decide (None below one typical cue)."""
    scores = typology._scores(sentence)
    best = typology._best(scores)
    return best if best and scores[best] >= typology.MIN_SENTENCE_CUE else None


PROBES = {
    "ideology": [
        "组织妇女群众深入学习宣传贯彻习近平新时代中国特色社会主义思想。",
        "开展“巾帼心向党”主题宣讲活动。",
        "组建巾帼宣讲团深入村社开展理论宣讲。",
        "深化社会主义核心价值观教育,引导妇女爱党爱国。",
        "组织妇女开展党史学习教育。",
        "评选表彰一批三八红旗手和三八红旗集体。",
        "举办巾帼建功标兵先进事迹报告会。",
        "选树宣传一批巾帼先进典型。",
        "开展男女平等基本国策宣传教育。",
        "举办“巾帼心向党”主题歌咏比赛。",
        "举办庆祝建党一百周年文艺汇演。",
        "组织妇女骨干诵读红色经典。",
        "开展理想信念教育和爱国主义教育。",
        "组织妇女干部群众开展政治理论学习。",
        "开展民族团结进步宣传月活动。",
        "举办最美巾帼奋斗者事迹分享会。",
        "开展公民道德建设宣传教育。",
        "举办社区道德讲堂。",
        "开展社会主义荣辱观教育。",
        "组织妇女学习党的二十大会议精神。",
        "举办红色故事分享会,传承红色基因。",
        "加强网上舆论引导,落实意识形态工作责任制。",
    ],
    "economic": [
        "实施巾帼创业行动,扶持妇女创办小微企业。",
        "举办家政服务技能培训班。",
        "开展农村妇女电商培训,帮助销售农产品。",
        "组织妇女开展手工编织,实现居家灵活就业。",
        "为创业妇女发放小额担保贷款。",
        "举办女性专场招聘会。",
        "开展月嫂、育婴员培训。",
        "举办巾帼创新创业大赛。",
        "依托妇字号企业带动农村妇女增收。",
        "开展农业实用技术培训,培育高素质女农民。",
        "开展巾帼直播带货,助力农产品销售。",
        "组织妇女参加职业技能培训和技能等级认定。",
        "为下岗失业女职工提供再就业服务。",
        "引导妇女发展民宿和乡村旅游。",
        "帮助脱贫妇女发展特色产业。",
        "建立巾帼居家灵活就业基地。",
        "扶持妇女发展特色种养业,带动群众致富。",
        "开展妇字号品牌推介活动。",
        "开展巾帼科技特派员助农活动。",
        "组织妇女学习养鸡、养鹅技术。",
        "帮助留守妇女养羊致富。",
        "组织妇女学习农业技术。",
        "组织女性农民工参加技能提升培训。",
        "组织爱心单位开展消费帮扶。",
    ],
    "family": [
        "开展“最美家庭”寻访活动。",
        "举办家庭教育讲座。",
        "开展好家风好家训征集活动。",
        "推进美丽庭院创建。",
        "倡导婚事新办,抵制天价彩礼。",
        "开展移风易俗宣传。",
        "办好家长学校,提升家长育儿能力。",
        "开展亲子阅读活动。",
        "举办单身青年交友联谊活动。",
        "评选表彰“五好家庭”。",
        "开展“清洁庭院”评比。",
        "开展家庭文明建设“六进”活动。",
        "评选一批“书香家庭”。",
        "宣传孝老爱亲的家庭美德。",
        "弘扬中华民族家庭美德。",
        "开展廉洁家风建设。",
        "推动家庭家教家风建设。",
        "举办集体婚礼,倡导文明婚俗。",
        "评选表彰一批“好儿媳”“好公婆”。",
    ],
    "rights": [
        "开展“三八”维权周法律宣传活动。",
        "畅通12338妇女维权服务热线。",
        "接待处理妇女群众来信来访。",
        "协助受暴妇女申请人身安全保护令。",
        "开展民法典进家庭宣传。",
        "设立婚姻家庭纠纷人民调解委员会。",
        "开展反家庭暴力宣传。",
        "为困难妇女提供法律援助。",
        "开展妇女权益保障法宣传。",
        "组织律师开展法律咨询服务。",
        "排查化解涉及妇女的矛盾纠纷。",
        "开展预防性侵害未成年人宣传教育。",
        "建立妇女儿童维权站。",
        "开展“巾帼普法”进乡村活动。",
        "开展打击拐卖妇女儿童宣传。",
        "办理涉及妇女儿童权益的信访案件。",
        "公安机关依法出具家庭暴力告诫书。",
        "依法处置侵害妇女儿童权益案件。",
    ],
    "care": [
        "开展关爱留守儿童“代理妈妈”活动。",
        "为困境儿童送去学习用品。",
        "实施“春蕾计划”资助贫困女童。",
        "走访慰问困难妇女。",
        "开展“六一”儿童节关爱活动。",
        "为贫困母亲发放救助金。",
        "开展“微心愿”认领活动。",
        "看望慰问孤寡老人。",
        "为单亲困难母亲送去慰问金。",
        "开展暑期儿童托管服务。",
        "资助贫困学生完成学业。",
        "关爱农村留守妇女。",
        "开展春节送温暖活动。",
        "为残疾儿童提供康复救助。",
        "建立困境儿童关爱档案。",
        "结对帮扶困难家庭。",
        "开展扶贫济困活动。",
        "为困难儿童送去冬衣。",
        "组织“爱心妈妈”结对关爱孤儿。",
        "开展暖冬行动,为贫困家庭送去棉被。",
        "为事实无人抚养儿童发放生活补贴。",
    ],
    "health": [
        "为农村适龄妇女开展两癌免费检查。",
        "举办女性健康知识讲座。",
        "开展心理健康咨询服务。",
        "组织妇女开展健身操比赛。",
        "开展孕产妇保健知识宣传。",
        "举办妇女趣味运动会。",
        "为适龄女孩接种HPV疫苗。",
        "开展母婴健康讲座。",
        "举办广场舞比赛。",
        "组织妇女病普查。",
        "开展艾滋病防治宣传。",
        "举办女子气排球比赛。",
        "开展心理疏导服务。",
        "为妇女开展免费体检。",
        "组织“母亲健康快车”下乡义诊。",
        "举办女职工登山比赛。",
        "开展乳腺癌早期防治宣传。",
        "开展关爱女性健康活动。",
        "开展青春期性教育讲座。",
    ],
    "organisation": [
        "召开妇联执委会议。",
        "完成村级妇联换届选举。",
        "在非公企业中建立妇联组织。",
        "举办基层妇联干部培训班。",
        "推进“会改联”工作。",
        "加强妇女之家阵地建设。",
        "加强妇联执委队伍建设。",
        "召开全市妇联系统半年工作推进会。",
        "开展妇联主席述职评议。",
        "推动妇联组织向新就业群体延伸。",
        "举行第十二次妇女代表大会。",
        "加强党风廉政建设,落实全面从严治党责任。",
        "选优配强村妇联主席。",
        "组织执委联系服务妇女群众。",
        "在“两新”组织中建立妇女组织。",
        "开展机关作风建设。",
        "组建楼宇妇联、园区妇联。",
        "召开妇联党组会议。",
        "在快递物流企业建立妇联。",
    ],
    "volunteer": [
        "组建巾帼志愿服务队。",
        "巾帼志愿者走进社区开展垃圾分类宣传。",
        "开展“学雷锋”志愿服务活动。",
        "招募巾帼志愿者。",
        "组织妇女开展义务理发。",
        "开展志愿服务进社区活动。",
        "组织巾帼志愿者参加防疫值守。",
        "开展爱心义卖活动。",
        "成立巾帼志愿服务站。",
        "组织志愿者为老人义务剪发。",
        "开展文明交通劝导志愿活动。",
        "开展邻里守望志愿服务。",
        "巾帼志愿者开展环境清洁行动。",
        "开展“巾帼红”志愿行动。",
        "建立志愿服务积分制度。",
        "组织党员义工开展便民服务。",
    ],
}

# The third round: sentences that narrate each type's work without naming its programme
# (how a report goes on after its heading).
NARRATED = {
    "ideology": [
        "宣讲员结合身边故事,把党的好政策讲到妇女心坎上。",
        "妇女们齐声高唱《没有共产党就没有新中国》。",
        "姐妹们重温入党誓词,接受革命传统教育。",
        "组织妇女参观革命纪念馆,缅怀革命先烈。",
        "开展“巾帼心向党”读书分享活动。",
        "组织妇女收看全国两会直播,学习领会两会精神。",
        "举办“我和我的祖国”快闪活动。",
        "邀请先进模范讲述奋斗故事。",
    ],
    "economic": [
        "专家现场为妇女们讲解果树修剪技术。",
        "妇女们在扶贫车间里加工服装,每月收入两千余元。",
        "县妇联邀请农技人员手把手教授种植技巧。",
        "帮助女性求职者匹配岗位300余个。",
        "学员们学习了中式面点的制作方法。",
        "组织妇女参加茶艺师资格培训。",
        "组织妇女到外地考察学习特色产业发展经验。",
        "发放妇女创业担保贴息资金500万元。",
        "引导妇女发展林下经济。",
        "开展巾帼农业科技示范。",
    ],
    "family": [
        "引导家庭成员尊老爱幼、夫妻和睦。",
        "家长们分享了陪伴孩子成长的心得。",
        "妇联执委入户宣传文明新风,倡导红白喜事简办。",
        "组织评选孝顺媳妇和和睦邻里。",
        "倡导夫妻共同承担家务和育儿责任。",
        "开展“传家训、立家规、扬家风”活动。",
    ],
    "rights": [
        "律师为前来咨询的妇女解答离婚财产分割问题。",
        "妇联干部耐心倾听当事人诉求,成功化解一起家庭矛盾。",
        "联合公安、法院建立反家暴联动机制。",
        "为遭受家暴的妇女提供庇护救助。",
        "普及妇女权益保障法律法规知识。",
        "向群众讲解婚姻法和继承法有关条款。",
        "开展防范电信网络诈骗宣传。",
    ],
    "care": [
        "为孩子们送去书包、文具等学习用品。",
        "为患病困难妇女送去慰问金和生活物资。",
        "帮助单亲母亲解决孩子入学难题。",
        "为留守老人打扫卫生、陪伴聊天。",
        "为困难家庭儿童发放助学金。",
        "组织大学生志愿者为留守儿童辅导作业。",
    ],
    "health": [
        "医生为妇女们测量血压、检查身体。",
        "讲解了乳腺疾病的预防和早期发现方法。",
        "女职工们打起了太极拳,跳起了健身舞。",
        "开展孕期营养和科学喂养指导。",
        "组织女职工开展羽毛球友谊赛。",
        "开展心理沙盘游戏,帮助儿童缓解压力。",
        "为妇女提供免费妇科检查。",
        "举办“三八”健身徒步活动。",
    ],
    "organisation": [
        "选举产生了新一届村妇联主席、副主席和执委。",
        "表决通过了妇联工作报告。",
        "妇联主席围绕年度工作目标进行了述职。",
        "对新任村妇联主席进行了履职培训。",
        "新建“妇女微家”20个。",
        "调整充实了基层妇联组织机构。",
        "召开年度工作总结会。",
    ],
    "volunteer": [
        "志愿者们穿着红马甲为居民义务剪发。",
        "巾帼志愿者们走上街头清理卫生死角。",
        "志愿者们为环卫工人送上清凉饮品。",
        "巾帼志愿服务队深入小区开展便民服务。",
    ],
}

# The fourth round: the federation's national programmes by their standard names.
NAMED = {
    "ideology": [
        "开展“巾帼好网民”网络文明传播活动。",
        "组织“百场宣讲进基层”活动。",
        "开展女性读书分享活动。",
        "组织妇女开展主题党日活动。",
        "讲好新时代中国妇女故事。",
        "开展巾帼大宣讲活动。",
    ],
    "economic": [
        "组织农村妇女参加“春风行动”招聘。",
        "扶持返乡女大学生创业。",
        "建设非遗巾帼工坊,带动妇女居家就业。",
        "组织妇女劳务输出300余人。",
        "培育巾帼乡村工匠。",
        "开展高素质女农民培育。",
        "推动巾帼帮扶车间建设。",
        "开展家政服务进社区活动。",
    ],
    "family": [
        "开展婚前教育和婚姻家庭辅导。",
        "举办家长课堂。",
        "开展家庭家教家风宣讲。",
        "开展婚俗改革宣传。",
    ],
    "rights": [
        "开展法规政策性别平等评估。",
        "建立妇女儿童维权服务中心。",
        "开展人民调解员培训。",
        "为妇女提供离婚诉讼法律帮助。",
        "协调处理妇女土地权益纠纷。",
        "宣传贯彻家庭教育促进法。",
    ],
    "care": [
        "开展“母亲邮包”发放活动。",
        "为困难母亲修建母亲水窖。",
        "开办“四点半课堂”照顾放学儿童。",
        "开展“一老一小”关爱服务。",
        "实施“安康计划”为妇女儿童送保障。",
    ],
    "health": [
        "开展孕前优生健康检查。",
        "推进妇幼保健服务。",
        "开展婚前医学检查。",
        "组织妇女参加全民健身活动。",
        "开展女性健康知识竞赛。",
        "开展生殖健康教育。",
        "举办产后康复讲座。",
    ],
    "organisation": [
        "建立村级妇女议事会。",
        "开展“网上妇联”建设。",
        "推进新领域新阶层建妇联。",
        "开展执委培训。",
        "妇联领导深入基层开展走访调研。",
        "推进妇联组织网格化建设。",
    ],
    "volunteer": [
        "组建新时代文明实践巾帼志愿服务队。",
        "开展“爱心敲门”志愿服务。",
        "开展巾帼志愿服务月活动。",
        "招募巾帼志愿者参加文明城市创建。",
    ],
}
for _kind, _sentences in [*NARRATED.items(), *NAMED.items()]:
    PROBES[_kind] = PROBES[_kind] + _sentences

NEGATIVES = [
    # the federation's mission and remit
    "促进男女平等和妇女全面发展。",
    "始终维护妇女儿童合法权益。",
    "团结引领广大妇女建功新时代。",
    "推动妇女事业健康发展。",
    "为全县经济社会发展贡献巾帼力量。",
    "撑起经济发展的半边天。",
    "妇联是党和政府联系妇女群众的桥梁和纽带。",
    "为妇女儿童办实事、解难题。",
    "在推动高质量发展中展现巾帼担当。",
    "妇女是推动社会发展的重要力量。",
    # meeting boilerplate and narration
    "会议由县妇联主席主持。",
    "各单位负责人参加了会议。",
    "市领导出席活动并讲话。",
    "与会人员进行了热烈讨论。",
    "会后,与会人员合影留念。",
    "本次活动取得了圆满成功。",
    "活动现场气氛热烈。",
    "下一步,我们将继续努力,推动各项工作再上新台阶。",
    "会议强调,要进一步提高政治站位。",
    "会议以视频形式召开。",
    "各项工作得到了上级的充分肯定。",
    "切实增强责任感和使命感。",
    "大家纷纷表示收获满满,受益匪浅。",
    # study as self-improvement
    "全体干部要加强学习,不断提高工作能力。",
    "通过学习交流,大家开阔了视野。",
    "互相学习,取长补短。",
    "会议传达了有关文件精神。",
    "认真传达学习会议精神。",                   # a meeting relayed, not thought work
    # metaphors
    "社区就是一个温暖的大家庭。",
    "以“绣花功夫”抓好各项工作落实。",
    "搭建服务妇女的“连心桥”。",
    "全力打造妇女工作的“金字招牌”。",
    "这项工作是一场没有硝烟的战役。",
]


# Probes the lexicon still fails, where the cue that would type them was measured and rejected
# on the development half (lexicon/typology.tsv, stop 23): kept so that the gap stays in view.
# Cues dropped in stop 23 because their families lost on the test half's totals.
DROPPED = "its cue was dropped in stop 23: the family lost on the test half's totals"
KNOWN_GAPS = {
    "宣传贯彻家庭教育促进法。": ("a law publicised is rights work (stop 24; the stop-29 second-wave "
                                  "adjudication, decision 5); the law-title rule lost a sentence type "
                                  "on the test half in stop 29 (tests/typology_probes_stop29b.py)"),
    "引导妇女发展民宿和乡村旅游。": "民宿, 乡村旅游 rejected: backgrounds and place titles",
    "资助贫困学生完成学业。": "资助 rejected in stop 18: a word of giving in speeches",
    "推动妇联组织向新就业群体延伸。": "新就业群体 rejected: its services are coded economic",
    "组织妇女参观革命纪念馆,缅怀革命先烈。": "革命 rejected: a county's history (文化大革命)",
    "邀请先进模范讲述奋斗故事。": "模范 rejected: a guest list",
    "县妇联邀请农技人员手把手教授种植技巧。": "农技 rejected: a delegate's trade",
    "向群众讲解婚姻法和继承法有关条款。": "婚姻法 rejected: coded family beside the home",
    "对新任村妇联主席进行了履职培训。": "履职 rejected: 履职能力 in a list of aims",
    # narrated in words no cue holds, none tried: a flash mob, crafts and techniques
    # taught, parents' talk, fraud
    "举办“我和我的祖国”快闪活动。": "no cue",
    "专家现场为妇女们讲解果树修剪技术。": "no cue",
    "学员们学习了中式面点的制作方法。": "no cue",
    "组织妇女参加茶艺师资格培训。": "no cue",
    "开展巾帼农业科技示范。": "no cue",
    "家长们分享了陪伴孩子成长的心得。": "no cue",
    "开展防范电信网络诈骗宣传。": "反诈 rejected in stop 18 on the validation reports",
    "开展“一老一小”关爱服务。": "一老一小 rejected: a list of whom a volunteer station serves",
    "建立村级妇女议事会。": "妇女议事会 rejected: the council is the channel of other work",
    "开展女性读书分享活动。": "no cue",
    "组织妇女开展主题党日活动。": "no cue",
    "讲好新时代中国妇女故事。": "no cue",
    "实施“安康计划”为妇女儿童送保障。": "no cue",
    "妇联领导深入基层开展走访调研。": "no cue",
    "开展公民道德建设宣传教育。": DROPPED,
    "举办社区道德讲堂。": DROPPED,
    "开展社会主义荣辱观教育。": DROPPED,
    "姐妹们重温入党誓词,接受革命传统教育。": DROPPED,
    "开展“巾帼好网民”网络文明传播活动。": DROPPED,
    "组织爱心单位开展消费帮扶。": DROPPED,
    "帮助女性求职者匹配岗位300余个。": DROPPED,
    "引导妇女发展林下经济。": DROPPED,
    "组织妇女劳务输出300余人。": DROPPED,
    "培育巾帼乡村工匠。": DROPPED,
    "开展高素质女农民培育。": DROPPED,
    "引导家庭成员尊老爱幼、夫妻和睦。": DROPPED,
    "妇联执委入户宣传文明新风,倡导红白喜事简办。": DROPPED,
    "组织评选孝顺媳妇和和睦邻里。": DROPPED,
    "开展婚前教育和婚姻家庭辅导。": DROPPED,
    "举办家长课堂。": DROPPED,
    "律师为前来咨询的妇女解答离婚财产分割问题。": DROPPED,
    "妇联干部耐心倾听当事人诉求,成功化解一起家庭矛盾。": DROPPED,
    "开展法规政策性别平等评估。": DROPPED,
    "开展扶贫济困活动。": DROPPED,
    "为孩子们送去书包、文具等学习用品。": DROPPED,
    "开展“母亲邮包”发放活动。": DROPPED,
    "为困难母亲修建母亲水窖。": DROPPED,
    "开办“四点半课堂”照顾放学儿童。": DROPPED,
    "开展关爱女性健康活动。": DROPPED,
    "医生为妇女们测量血压、检查身体。": DROPPED,
    "开展孕期营养和科学喂养指导。": DROPPED,
    "开展孕前优生健康检查。": DROPPED,
    "开展婚前医学检查。": DROPPED,
    "召开年度工作总结会。": DROPPED,
    "开展“网上妇联”建设。": DROPPED,
}


@pytest.mark.parametrize("sentence, expected", [
    pytest.param(sentence, kind, marks=pytest.mark.xfail(
        strict=True, reason=KNOWN_GAPS[sentence])) if sentence in KNOWN_GAPS
    else (sentence, kind) for kind, sentences in PROBES.items() for sentence in sentences])
def test_a_probe_is_typed_by_its_own_cues(sentence, expected):
    assert own_type(sentence) == expected


@pytest.mark.parametrize("sentence, wrong", [
    ("推动妇女工作走向全球。", "health"),        # 球 of 全球: no ball game
    ("建设美丽地球家园。", "health"),
    ("依法履行赡养义务。", "volunteer"),          # a duty, no unpaid service
    ("保障适龄儿童接受义务教育。", "volunteer"),
    ("座谈会在经济技术开发区举行。", "economic"),  # a development zone: a place
    ("注重培养孩子的阅读兴趣。", "economic"),      # 培养, not raising livestock
    ("为社区老人提供居家养老服务。", "economic"),
    ("活动唱出了妇女群众的心声。", "ideology"),   # 唱 without a titled song
])
def test_the_audits_new_cues_do_not_take_their_near_words(sentence, wrong):
    assert own_type(sentence) != wrong


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_a_negative_decides_no_type(sentence):
    assert own_type(sentence) is None


def test_the_probe_audit_has_its_size():
    assert all(len(sentences) >= 15 for sentences in PROBES.values())
    assert len(NEGATIVES) >= 30
