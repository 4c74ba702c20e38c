"""Stop-29 probes of findings indicators (issue 10): invented sentences over the families of
Chinese grammar the dev-half judgements name, each with the indicators the conventions
(eval/dev/README.md, "Indicator judgements") call quotable, and near-misses that must not
change. Families: a count a causative verb opens keeps the work that caused it, the subject of
its clause or the subject or object of the clause before one without a subject (cause); a
programme a first clause carries out (实施/开展/推进 + a name with a programme head) qualifies
the counts of the clauses without a subject after it (carried). Run by
test_indicator_probes.py."""

from __future__ import annotations

# (sentence, the count as written, the quotable indicators)
PROBES = [
    # --- cause: a base, brand, workshop or firm that 带动/吸纳 the persons stays in front ---
    ("“红石榴”巾帼家政品牌带动3000余名妇女实现就业。", "3000余名",
     ("红石榴巾帼家政品牌带动实现就业的妇女",)),
    ("湟中区刺绣合作社带动200名妇女增收致富。", "200名", ("湟中区刺绣合作社带动增收致富的妇女",)),
    ("延安市建成巾帼创业孵化基地,带动1500名妇女就业。", "1500名",
     ("巾帼创业孵化基地带动就业的妇女",)),
    ("铜川市新建巾帼示范基地15个,带动500名妇女增收。", "500名", ("巾帼示范基地带动增收的妇女",)),
    ("依托“秦绣”手工坊,带动600余名妇女实现就业。", "600余名", ("秦绣手工坊带动实现就业的妇女",)),
    ("那曲市创办牦牛绒加工基地,吸纳30家合作社入驻,带动900名妇女就业。", "900名",
     ("牦牛绒加工基地带动就业的妇女",)),
    ("建成全国、省、市巾帼示范基地12个,吸纳妇女就业300人。", "300人",
     ("全国、省、市巾帼示范基地吸纳妇女就业",)),
    # near-misses: a federation or a person causes it, a list of works or another deed between
    ("玉树州妇联帮助300名妇女实现就业。", "300名", ("帮助实现就业的妇女",)),
    ("合作社负责人积极参与培训,带动120名妇女增收。", "120名", ("带动增收的妇女",)),
    ("通过技能培训带动3000余名妇女增收致富。", "3000余名", ("带动增收致富的妇女",)),
    ("铜川市新建巾帼示范基地15个,培训妇女2000人次,带动500名妇女增收。", "500名", ("带动增收的妇女",)),
    ("创建省级示范基地62个,自治区级示范基地47个,带动近万名妇女创业就业。", "近万名",
     ("带动创业就业的妇女",)),
    ("培育巾帼示范基地20个、女性合作社12家,带动800名妇女就业。", "800名", ("带动就业的妇女",)),
    ("县妇联举办家政服务培训班5期,帮助200名妇女实现就业。", "200名", ("帮助实现就业的妇女",)),
    # --- carried: 实施“甲”行动, + clauses without a subject: the programme names their counts ---
    ("大力实施“巾帼关爱”行动,走访慰问20名贫困母亲。", "20名", ("巾帼关爱行动走访慰问贫困母亲",)),
    ("延安市妇联深入实施“巾帼家美”行动,广泛宣传发动,开展宣讲活动300多场次。", "300多场次",
     ("巾帼家美行动宣讲活动",)),
    ("实施“春蕾计划”,资助贫困女童500名。", "500名", ("春蕾计划资助贫困女童",)),
    # near-misses: no programme head, a clause with its own subject
    ("实施乡村振兴战略,培训农村妇女3000人次。", "3000人次", ("培训农村妇女",)),
    ("深入实施“巾帼建功”行动,全市2000名妇女参加了技能培训。", "2000名", ("参加了技能培训的妇女",)),
]
