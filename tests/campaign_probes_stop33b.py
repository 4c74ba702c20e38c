"""Stop 33 second-wave probes of the campaign finder, written from the names the dev gold codes
that the tool misses or cuts differently on dev33 and fresh33: each family varies the shape over
other places of the gazetteer, other verbs before the name and other words after it, with
near-misses that must stay unchanged. Expected readings by docs/CODEBOOK.md and
eval/dev/README.md; every sentence is written for this test (no report text).
``test_campaign_probes.py`` runs these tables."""

from __future__ import annotations

# (sentence, campaigns): a quoted list of names under a counted head (“A、B、…”六大工程) gives each
# item and the bundle, however many items it holds: six or seven items of four characters run
# past the length of one quoted name, and were lost whole; near-misses: a frame of 以 that gives
# content, a quote of topics closed by 等 before a course, one long quote that is no list
PROBES = [
    ("永宁县妇联深入推进“思想引领、建功立业、创业增收、素养提升、家风涵养、固本强基”六大工程",
     ["六大工程", "思想引领", "建功立业", "创业增收", "素养提升", "家风涵养", "固本强基"]),
    ("贺兰县妇联实施“巾帼铸魂、巾帼建功、巾帼创业、巾帼维权、巾帼关爱、巾帼强基、巾帼育才”七大行动",
     ["七大行动", "巾帼铸魂", "巾帼建功", "巾帼创业", "巾帼维权", "巾帼关爱", "巾帼强基", "巾帼育才"]),
    ("灵武市妇联启动“思想引领、建功立业、创业增收、素养提升、家风涵养、固本强基”六大行动",
     ["六大行动", "思想引领", "建功立业", "创业增收", "素养提升", "家风涵养", "固本强基"]),
    ("全县各级妇联要大力实施“巾帼铸魂、巾帼建功、巾帼创业、巾帼维权、巾帼关爱、巾帼强基”六项工程",
     ["六项工程", "巾帼铸魂", "巾帼建功", "巾帼创业", "巾帼维权", "巾帼关爱", "巾帼强基"]),
    ("中宁县妇联扎实开展“思想引领、建功立业、创业增收、素养提升、家风涵养、固本强基”六大行动",
     ["六大行动", "思想引领", "建功立业", "创业增收", "素养提升", "家风涵养", "固本强基"]),
    ("隆德县妇联深化“美丽庭院、清洁家庭、平安家庭、文明家庭、绿色家庭、最美家庭”创建",
     ["美丽庭院", "清洁家庭", "平安家庭", "文明家庭", "绿色家庭", "最美家庭"]),
    # near-misses: content framed by 以, one long quote of speech
    ("西吉县妇联以“唱响祖国颂歌、讲好中国故事、写出家国情怀、献礼祖国华诞”为主要内容开展宣传", []),
    ("海原县妇女们说:“现在村里的路灯亮了,垃圾有人收了,日子越过越有奔头了。”", []),
]
