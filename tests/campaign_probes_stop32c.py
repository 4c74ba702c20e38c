"""Stop 32c probes of the campaign finder, written from the shapes of unquoted programme names in
the dev gold and the errors of fresh32b: each family varies the pattern over other places of the
gazetteer, other bodies and other frames, with near-misses that must stay unchanged. Expected
readings by docs/CODEBOOK.md and eval/dev/README.md; every sentence is written for this test (no
report text). ``test_campaign_probes.py`` runs these tables."""

from __future__ import annotations

# (sentence, campaigns): an unquoted drive under the federation's mark before the event word
# (巾帼…活动, …系列活动, …主题活动) is the federation's drive, named without the event word; a kind
# of work alone after the mark (志愿服务, 宣讲, 关爱), one dictionary word (读书, 健身), a title's
# round, a document's title and words after a quoted brand stay as they were
PROBES = [
    ("灵武市妇联开展巾帼春风助企活动", ["巾帼春风助企"]),
    ("永宁县妇联举办纪念大会暨巾帼普法乡村行活动", ["巾帼普法乡村行"]),
    ("贺兰县妇联启动巾帼健康行系列活动", ["巾帼健康行"]),
    ("隆德县妇联举办巾帼护绿主题活动", ["巾帼护绿"]),
    ("西吉县各村开展巾帼家风润万家活动", ["巾帼家风润万家"]),
    ("银川市妇联举办巾帼创业创新系列活动,参与妇女300余人", ["巾帼创业创新"]),
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
]
