"""Stop-28 probes of findings indicators (issue 10): invented sentences over the families of
Chinese grammar the dev-half judgements name, each with the indicators the conventions
(eval/dev/README.md, "Indicator judgements") call quotable, and near-misses that must not
change. Families: a causative pivot keeps its verb (cause), a number after a list whose last
item carries the words the items share counts the whole list (list), a noun phrase cut inside
by jieba runs on to its head or sheds an adverbial of the verb after it (cut), a modal before
达 (modal), a site in 点 counted by 处 (site). Run by test_indicator_probes.py; cases the tool
still fails are strict expected failures, with why."""

from __future__ import annotations

from .conftest import known_because as known

GAPS = {  # why the strict known gaps fail, by family
    "cause": "a pivot and its outcome in one clause before the count (带动就业500人): no noun",
    "list": "items joined by a comma, not 、 (自办,联办): the comma ends the clause",
}

# (sentence, the count as written, the quotable indicators)
PROBES = [
    # --- cause: 带动/帮助/扶持/吸纳 + persons + outcome: the causing verb stays ---
    ("去年吉林省巾帼创业基地带动5000名妇女就业。", "5000名", ("吉林省巾帼创业基地带动就业的妇女",)),
    ("昆明市家政协会带动妇女就业800余人。", "800余人", ("昆明市家政协会带动就业的妇女",)),
    ("桂林市巾帼示范基地辐射带动近万名妇女创业就业。", "近万名",
     ("桂林市巾帼示范基地带动创业就业的妇女",)),  # (the base stays: stop-29 cause)
    ("银川市妇联帮助320名下岗女工实现再就业。", "320名", ("帮助实现再就业的下岗女工",)),
    ("兰州市妇联扶持60户困难家庭脱贫致富。", "60户", ("扶持脱贫致富的困难家庭",)),
    ("带动大坪村及周边300余名妇女创业就业。", "300余名", ("带动创业就业的妇女",)),
    # near-misses: a pivot that is no cause (组织, 推荐, 鼓励) and a service (为) keep their reading
    ("西宁市妇联组织38名妇女参加电商培训。", "38名", ("参加电商培训的妇女",)),
    ("推荐10名优秀女企业家参加省级评选。", "10名", ("参加省级评选的优秀女企业家",)),
    ("为300名困难妇女发放慰问金15万元。", "300名", ("为其发放慰问金的困难妇女",)),
    ("拉萨市共有就业妇女5000名。", "5000名", ("就业妇女", "共有就业妇女", "有就业妇女")),
    known(GAPS["cause"],
          "柳州市巾帼基地带动就业500人。", "500人", ("带动就业的人员",)),
    # --- list: the items a number totals share the words of the last item ---
    ("全区乡镇、村妇联执委达到3.6万人。", "3.6万人", ("乡镇、村妇联执委",)),
    ("全县乡镇(街道)、村(社区)妇联执委达到2800人。", "2800人", ("乡镇街道、村社区妇联执委",)),
    ("2016年评选四川省、成都市、温江区“最美家庭”215户。", "215户",
     ("四川省、成都市、温江区最美家庭", "评选的四川省、成都市、温江区最美家庭")),
    ("创建国家和自治区级巾帼示范基地60个。", "60个", ("创建的国家和自治区级巾帼示范基地",)),
    ("南宁市妇联替补、增补了12名执委。", "12名", ("替补、增补执委",)),
    # near-misses: items counted each, a scope before the list, a list already whole
    ("评选出文明家庭30户、书香家庭20户。", "20户", ("评选出的书香家庭",)),
    ("发放宣传册3万份、海报5000份。", "5000份", ("发放海报",)),
    ("全市共有村、社区1200个。", "1200个", ("村、社区",)),
    ("培训村干部、妇女骨干200人。", "200人", ("培训村干部、妇女骨干",)),
    known(GAPS["list"],
          "州及四县妇联自办,联办妇女实用技术培训班20期。", "20期",
          ("自办、联办的妇女实用技术培训班", "自办、联办妇女实用技术培训班")),
    # --- cut: the phrase runs to the head that closes it, and never ends on an adverbial ---
    ("百色市志愿者累计开展36场地贫防控知识宣讲。", "36场", ("地贫防控知识宣讲", "开展的地贫防控知识宣讲")),
    ("全县实现120个村爱心妈妈工作站全覆盖。", "120个",
     ("村爱心妈妈工作站", "全覆盖的村爱心妈妈工作站", "实现全覆盖的村爱心妈妈工作站")),
    ("全市成立200余支志愿者服务队经常性开展活动。", "200余支",
     ("成立的志愿者服务队", "志愿者服务队", "经常性开展活动的志愿者服务队")),
    # near-misses: a clause after the phrase, and a known head of another kind
    ("建立10个基地开展活动。", "10个", ("建立的基地",)),
    ("组织12支队伍参加比赛。", "12支", ("参加比赛的队伍",)),
    ("开展法律知识讲座30场。", "30场", ("法律知识讲座", "开展的法律知识讲座")),
    ("刺绣为她带来了2万余元的经济收入。", "2万余元", ("经济收入", "带来的经济收入")),  # (stop 30)
    # --- modal: a modal before 达 is no part of the noun ---
    ("预计今年合作社年产值可达800万元。", "800万元", ("预计今年合作社年产值", "合作社年产值")),
    ("全年销售额有望达到500万元。", "500万元", ("销售额", "全年销售额")),
    ("办理行政许可120件。", "120件", ("办理行政许可", "办理的行政许可")),
    # --- site: a compound in 点 counted by 处 is a site (kind in test_indicator_probes.py) ---
    ("培育“巧媳妇”加工点15处。", "15处", ("培育的巧媳妇加工点",)),
]

# (sentence, the count as written, its kind)
KINDS = [
    ("培育“巧媳妇”加工点15处。", "15处", "organisations"),
    ("建成巾帼服务点8处。", "8处", "organisations"),
    ("设立打卡点19处。", "19处", "other"),  # (打卡/点: no compound in 点, the place kind stays)
    ("新建妇女之家3处。", "3处", "organisations"),
]
