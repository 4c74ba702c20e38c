"""Stop 31 probes of the campaign finder, written from the errors of val31 (a fresh set of dev
reports no rule writer had read): each family varies the pattern over other places of the
gazetteer, other bodies and other frames, with near-misses that must stay unchanged. Expected
readings by docs/CODEBOOK.md and eval/dev/README.md; every sentence is written for this test
(no report text). ``test_campaign_probes.py`` runs this table."""

from __future__ import annotations

PROBES = [
    # classes of people paired by plus signs (a scheme's members, spaced or not): a formula of
    # whom it pairs, not names (stop 31)
    ("贵阳市妇联推动“青年设计师 + 非遗传承人”结对", []),
    ("丹寨县妇联开展“乡村医生+致富带头人”结对帮扶", []),
    ("遵义市妇联开展“女企业家+返乡创业者”结对活动", []),
    ("榕江县妇联实行“巾帼致富带头人 + 留守妇女”结对帮扶", []),
    ("凯里市妇联推行“农技师+种植能手”帮带模式", []),
    ("安顺市妇联建立“执委 + 网格员”联系机制", []),
    # plus signs between names of programmes stay names, spaced or not (guards)
    ("都匀市妇联开展“巾帼讲堂 + 巾帼夜校”活动", ["巾帼讲堂", "巾帼夜校"]),
    ("兴义市妇联推行“田间课堂+巧手工坊”培训", ["田间课堂", "巧手工坊"]),
    ("铜仁市妇联推出“文秀志愿者”服务", ["文秀志愿者"]),
    # a title counted as the pairs or units awarded (对 counts people as 名 and 户 do), also across
    # the scope that awards it and after 表扬, which commends as 表彰 does (stop 31)
    ("表彰了18对“最美婆媳”", ["最美婆媳"]),
    ("合川区妇联表彰10对“最美儿媳”", ["最美儿媳"]),
    ("通报表扬30户城关镇“最美家庭”", ["最美家庭"]),
    ("临夏市妇联表扬了5对“好婆媳”", ["好婆媳"]),
    ("表彰了18对“最美婆媳”和20户“最美家庭”", ["最美婆媳", "最美家庭"]),
    ("通报表扬了12名北碚区“最美妇联人”", ["最美妇联人"]),
    # a counted title that names no woman or family, and a pair counted with no title (guards)
    ("会上表扬了5对“乡村工匠”", []),
    ("镇妇联为10对新人举办集体婚礼", []),
]
