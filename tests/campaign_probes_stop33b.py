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

# (sentence, campaigns): a run of quotes where each item is written after the place that owns it
# (a county or higher unit's stem, or a name with its level word: 银川“A”、吴忠“B”等品牌) is still
# one run, and the programme word after it names every quote, not only the last; near-miss:
# the words before an item are a song's singer, and the run of songs names nothing
PROBES += [
    ("培育了银川“塞上巾帼”、吴忠“黄河姐妹”、固原“六盘山嫂”等巾帼志愿服务品牌",
     ["塞上巾帼", "黄河姐妹", "六盘山嫂"]),
    ("打造了西宁“夏都大姐”、海东“河湟巧娘”等家政服务品牌", ["夏都大姐", "河湟巧娘"]),
    ("全省涌现出赣州“赣南新妇女”、吉安“井冈巧姐”等巾帼宣讲品牌", ["赣南新妇女", "井冈巧姐"]),
    ("打造灵武“长枣姐妹”、永宁“闽宁巧娘”、贺兰“稻渔嫂子”等巾帼家政品牌",
     ["长枣姐妹", "闽宁巧娘", "稻渔嫂子"]),
    ("形成了杭州市“西湖大姐”、宁波市“甬江姐妹”等志愿服务品牌", ["西湖大姐", "甬江姐妹"]),
    ("推出南昌“洪城巧娘”和九江“庐山大嫂”两个巾帼家政品牌", ["洪城巧娘", "庐山大嫂"]),
    # near-misses
    ("大家齐唱“我和我的祖国”、张三“好日子”等歌曲", []),
]

# (sentence, campaigns): 等 closing a run of quotes, then a count and an attribute that ends in 的
# before the word for what the quotes are (等多个具有地方特色的志愿服务品牌, 等一批群众认可的巾帼品
# 牌): the programme word still names the quotes, as right after 等; near-misses: the attribute
# before a word for topics and a launching verb (等群众关心的话题开展宣讲), games, songs, models
PROBES += [
    ("形成了“塞上大姐”、“黄河姐妹”等多个具有宁夏特色、女性韵味的志愿服务品牌", ["塞上大姐", "黄河姐妹"]),
    ("涌现出“夏都大姐”“河湟巧娘”等一批群众认可的家政服务品牌", ["夏都大姐", "河湟巧娘"]),
    ("“长枣姐妹”“闽宁巧娘”等富有地方特色的巾帼服务品牌深受群众喜爱", ["长枣姐妹", "闽宁巧娘"]),
    ("西宁市妇联打造了“夏都大姐”“河湟巧娘”等深受欢迎的宣讲品牌", ["夏都大姐", "河湟巧娘"]),
    ("固原市形成了“六盘山嫂”“清水河姐妹”等具有固原特色的志愿服务项目", ["六盘山嫂", "清水河姐妹"]),
    ("浙江省妇联形成了杭州“西湖大姐”、宁波“甬江姐妹”等多个具有浙江特色的志愿服务品牌",
     ["西湖大姐", "甬江姐妹"]),
    # near-misses
    ("围绕“乡村振兴”“共同富裕”等群众关心的话题开展宣讲活动", []),
    ("开展“拔河”“跳绳”等群众喜闻乐见的活动", []),
    ("唱响了“我和我的祖国”“歌唱祖国”等耳熟能详的歌曲", []),
    ("学习了“枫桥经验”“浦江经验”等基层治理的经验", []),
]

# (sentence, campaigns): one character quoted inside the words of a name is a pun (巾帼暖“新”, “家”字
# 工程): the name is read as if the whole were quoted, before a programme word or a head; near-misses:
# a one-character quote in a saying, or a label of a kind of brands or bases (“妇”字), names nothing
PROBES += [
    ("固原市妇联实施巾帼暖“新”服务项目,服务新就业群体女性", ["巾帼暖新"]),
    ("吴忠市妇联围绕“家”字工程,连续5年开展家风宣讲", ["家字工程"]),
    ("灵武市妇联开展巾帼暖“新”行动,为外卖女骑手送清凉", ["巾帼暖新行动"]),
    ("永宁县妇联实施巾帼助“农”计划", ["巾帼助农计划"]),
    ("贺兰县妇联深入推进巾帼护“苗”行动", ["巾帼护苗行动"]),
    ("中卫市妇联举办巾帼暖“新”服务项目推进会", ["巾帼暖新"]),
    # near-misses
    ("西吉县妇联要求把好“关”,守好“门”", []),
    ("隆德县上下拧成一股绳、一条“心”", []),
    ("泾源县妇联多创“妇”字特色品牌", []),
    ("彭阳县妇联依靠“妇”字创业示范基地带动妇女增收", []),
]
