"""Stop 24 audit of the quoted-name finder by the frame around the quote and the head of the
phrase it sits in: the field of work after it (推进“X”建设), the doctrine a work word heads
(“X”服务理念), what the quote itself ends with (…经济, …清单, …保卫战), its shape (手把手,
全天候), the households a status names (走访“X”家庭) and the awards named by what they are.
Positives in the same frames guard the names. Expected readings by docs/CODEBOOK.md; every
sentence is written for this test (no report text). ``test_campaign_probes.py`` runs this table."""

from __future__ import annotations

from .conftest import known_gap as _gap

THEMED_BY_DROPPED = ("a theme before an event with its own name (themed_by, stop 24) lost a campaign "
                     "on the test half's totals and was dropped")


TERM = ("a quoted term of the economy (…经济), a list, reader, collection or battle (not_head, stop 24) "
        "lost a campaign on the test half's totals and was dropped")
MANNER = "a quoted manner of doing (手把手, 全天候) is no name"
UNIT_AWARD = ("an award to a good federation unit, room or post (generic_award, stop 24) lost two "
              "campaigns on the test half's totals and was dropped")
DOCUMENT = ("a list, reader or pledge (…清单, …读本, …承诺书) is a document (not_head, stop 24: "
            "dropped, it lost a campaign on the test half's totals)")
BATTLE = ("a policy told as a battle (…保卫战) is no programme (not_head, stop 24: dropped, it lost "
          "a campaign on the test half's totals)")
VENUE = "a station or canteen gone into or opened is a place"

PROBES = [
    # a launching verb before “X” + a field of work: the verb builds or governs the field
    ('推进“智慧社区”建设', []),
    ('大力推进“清廉村居”建设', []),
    ('推动“数字妇联”建设取得新成效', []),
    ('深化“五社联动”基层治理', []),
    ('推进“三治融合”乡村治理', []),
    ('全面推行“网格化”管理', []),
    ('开展“美丽家园”建设活动', ['美丽家园']),
    ('推进“美丽庭院”建设', ['美丽庭院']),
    ('推进“巾帼文明岗”建设', ['巾帼文明岗']),
    ('深入推进“清廉家庭”建设', ['清廉家庭']),
    ('实施“强基”工程建设', ['强基工程']),
    ('开展“家家幸福安康”工程建设', ['家家幸福安康工程']),
    # a doctrine's head after a word of the work it guides
    ('坚持“妇女需要什么就做什么”服务理念', []),
    ('树立“大妇联”工作理念', []),
    ('按照“试点先行、示范带动”工作思路', []),
    ('秉承“服务妇女”工作宗旨', []),
    ('践行“以人民为中心”发展思想', []),
    # terms
    _gap('做强“庭院经济”', [], TERM),
    ('发展“她经济”', []),
    _gap('打造“美丽经济”新业态', [], TERM),
    # manners
    _gap('提供“全天候”服务', [], MANNER),
    ('开展“手把手”培训', []),
    ('开展“点对点”帮扶', []),
    ('提供“心贴心”服务', []),
    ('开展“面对面”宣讲', []),
    ('结成“一帮一”对子', []),
    ('组建“心连心”志愿服务队', ['心连心']),
    ('提供“一对一”指导', []),
    ('开展“菜单式”服务', []),
    # awards named by what they are
    _gap('被评为“优秀妇女之家”', [], UNIT_AWARD),
    _gap('荣获“先进妇联”称号', [], UNIT_AWARD),
    _gap('被评为“优秀妇联主席”', [], UNIT_AWARD),
    _gap('荣获“先进妇女之家”称号', [], UNIT_AWARD),
    _gap('被评为“优秀妇女主任”', [], UNIT_AWARD),
    ('荣获“巾帼之星”称号', ['巾帼之星']),
    ('被评为“最美母亲”', ['最美母亲']),
    ('荣获“最美家庭”称号', ['最美家庭']),
    # documents
    _gap('推出“家庭教育指导读本”', [], DOCUMENT),
    _gap('推行“负面清单”', [], DOCUMENT),
    _gap('建立“妇女儿童维权清单”', [], DOCUMENT),
    _gap('推出“家风家训汇编”', [], DOCUMENT),
    ('编印“维权明白卡”', []),
    ('签订“家庭防暴承诺书”', []),
    ('发出“文明祭扫”倡议', []),
    # battles
    _gap('开展“蓝天保卫战”', [], BATTLE),
    ('打好“污染防治攻坚战”', []),
    ('打赢“疫情防控阻击战”', []),
    # households by their status
    ('走访“建档立卡”家庭', []),
    ('慰问“因病致贫”家庭', []),
    ('走访“零就业”家庭20户', []),
    ('看望“失独”家庭', []),
    ('为“两后生”家庭送去慰问金', []),
    ('帮扶“边缘易致贫”户30户', []),
    ('评选“最美家庭”10户', ['最美家庭']),
    ('评选“巾帼致富”家庭10户', ['巾帼致富']),
    ('深化“吉林大姐”家庭服务', ['吉林大姐']),
    ('推广“廉洁互助”家庭助廉行动', ['廉洁互助家庭助廉行动']),
    ('举办“传承好家风 守护廉洁心”家庭助廉主题讲座', ['传承好家风守护廉洁心']),
    ('慰问“最美家庭”代表', ['最美家庭']),
    # channels and places
    ('依托“学习强国”平台', []),
    ('通过“云上妇联”平台推送信息', []),
    ('依托“妇女之家”平台开展活动', ['妇女之家']),
    ('打造“巾帼云课堂”平台', ['巾帼云课堂']),
    ('走进“爱心驿站”', []),  # (stop-30 second wave, row 17)
    _gap('开设“长者食堂”', [], VENUE),
    # a year or a round that opens the quote says when, the name is the rest
    ('举办“第三届巾帼创业创新大赛”', ['巾帼创业创新大赛']),
    ('举办“2024年巾帼创业创新大赛”', ['巾帼创业创新大赛']),
    ('开展“第二届最美家庭”评选', ['最美家庭']),
    ('开展“2024年度十佳母亲”评选', ['十佳母亲']),
    ('启动“首期春蕾护航”计划', ['春蕾护航计划']),
    ('印发“2024年妇女工作要点”', []),
    ('宣读“2023年度妇联系统先进工作者”名单', []),
    # the chapters or units a show is told in are its segments
    ('晚会分为“巾帼风采”“美丽乡村”“幸福家庭”等篇章', []),
    ('演出围绕“春耕”“夏耘”“秋收”等单元展开', []),
    ('晚会穿插“最美家庭”“巾帼建功”等章节', []),
    ('表演了“最美家庭”“好婆婆”等节目', []),
    ('开展“最美家庭”“巾帼建功”等主题活动', ['最美家庭', '巾帼建功']),
    # knowledge of any length is a subject taught
    ('举办“垃圾分类与环境保护知识”专题讲座', []),
    ('开展“农村妇女安全生产常识”培训', []),
    ('举办“防诈知识”讲座', []),
    ('开展“法律知识进万家”活动', ['法律知识进万家']),
    # a theme before an event with a name of its own is that name's slogan
    _gap('以“巾帼心向党”为主题的春风行动启动仪式在县城举行', ['春风行动'], THEMED_BY_DROPPED),
    _gap('以“家和万事兴”为主题的最美家庭评选活动启动', ['最美家庭'], THEMED_BY_DROPPED),
    _gap('开展以“守护成长”为主题的双学双比活动', ['双学双比'], THEMED_BY_DROPPED),
    ('以“我的祖国我的家”为主题的创意短视频大赛', ['我的祖国我的家']),
    ('开展以“银龄关爱”为主要内容的三大志愿行动', ['银龄关爱']),
    ('以“巾帼建新功”为主题的纪念“三八”国际妇女节座谈会', ['巾帼建新功']),
    # a whole scope or a level word that opens a name says whose, not which
    ('创建“省级巾帼示范村”5个', ['巾帼示范村']),
    ('开展“全国巾帼家政服务行动”', ['巾帼家政服务行动']),
    ('被评为“市级巾帼建功示范岗”', ['巾帼建功示范岗']),
    ('实施“全省巾帼科技致富工程”', ['巾帼科技致富工程']),
    # a count of parts or levels and a verb that joins them is a way of governing
    ('推进“五社联动”', []),
    ('推行“三级联动”', []),
    ('深化“多元共治”', []),
    ('推动“两网融合”', []),
    ('开展“三下乡”活动', ['三下乡']),
    ('推广“六廉互融”家庭助廉行动', ['六廉互融家庭助廉行动']),
    # what people call someone is an epithet, also in an honour's words
    ('村民都叫她“好媳妇”', []),
    ('被大家亲切地称为“最美儿媳”', []),
    ('人称“铁娘子”', []),
    ('活动名称为“巾帼暖心”行动', ['巾帼暖心行动']),
    ('她家被评为“最美家庭”', ['最美家庭']),
    # a quoted doctrine is what is preached; a theme that teaches it is a clause and may name
    ('组织“新时代中国特色社会主义思想”学习活动', []),
    ('开展“党的二十大精神”进基层宣讲活动', ['党的二十大精神']),
    ('开展“红船精神”主题宣讲', []),
    ('开展“学习二十大精神”主题活动', ['学习二十大精神']),
    ('以“学习贯彻党的二十大精神”为主题开展宣讲', ['学习贯彻党的二十大精神']),
    ('开展“弘扬雷锋精神”志愿服务活动', ['弘扬雷锋精神']),
    # names in the same frames
    ('开展“姐妹互助”', ['姐妹互助']),
    ('开展“巾帼护河”志愿服务活动', ['巾帼护河']),
    ('启动“春风送岗”行动', ['春风送岗行动']),
    ('打造“红石榴”服务品牌', ['红石榴']),
    ('持续擦亮“知心大姐”品牌', ['知心大姐']),
    ('实施“春蕾护航”计划', ['春蕾护航计划']),
    ('深化“巾帼家政”服务', ['巾帼家政']),
    ('推行“妇女议事会”', ['妇女议事会']),
    ('实施“巾帼科技致富”工程', ['巾帼科技致富工程']),
    ('开展“母亲微笑”行动', ['母亲微笑行动']),
    ('开展“巾帼暖心”服务', ['巾帼暖心']),
]
