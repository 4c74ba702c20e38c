"""Stop 28 probes of the campaign finder, written where the dev half's extras are: quoted parts
or steps of a model or mechanism (“A+B+C”生态循环模式, “A—B—C”全链条审核机制, “A+B”“C+D”等模式)
and unquoted studios and reading rooms (开办网络工作室, …文化阅览室) read as programmes, and guards
of the names in the same frames. Expected readings by
docs/CODEBOOK.md and eval/dev/README.md; every sentence is written for this test (no report
text), over places of several provinces and levels. ``test_campaign_probes.py`` runs this
table."""

from __future__ import annotations

from .conftest import known_gap as _gap

ROOM_SPAN = ("the left edge of an unquoted studio takes in the words before it, so the people a base "
             "or a service of the span names (巾帼…基地, 婚姻家庭调解) keep a business's or an office's "
             "room as a programme: room_people reads the whole span")

PROBES = [
    # a model, mechanism or system that a few words qualify, or that closes a run of quotes after
    # 等, makes the quotes its parts or steps (a way of working, as “X”工作模式 is): words joined
    # by plus signs or dashes name no programme, also where a part names women or households
    # (stop 28)
    ('西吉县妇联探索“种植+养殖+加工”生态循环模式', []),
    ('临澧县推广“女能人+农户”“合作社+农户”等模式', []),
    ('庆阳市妇联构建“村申报—乡审核—县复核”全链条审核机制', []),
    ('武威市建立“妇联+法院+司法”多元调解机制', []),
    ('铜仁市打造“网格+妇联”基层治理体系', []),
    ('瑞金市妇联推行“妇女议事会+积分超市”工作模式', []),
    ('盐池县探索“院坝会”协商模式', []),
    # a name by its own words before a model keeps its name; a programme's words before the
    # mechanism keep the quote with its head; plus items before a programme word are names
    # (guards)
    ('安顺市创新“美丽庭院+”模式', ['美丽庭院']),
    ('保山市推广“妇女议事会”工作模式', ['妇女议事会']),
    ('建立“清洁家园”行动长效机制', ['清洁家园行动']),
    ('健全“春蕾计划”资助机制', ['春蕾计划']),
    ('黔西南州妇联开展“巾帼建功+乡村振兴”主题活动', ['巾帼建功', '乡村振兴']),
    ('西吉县妇联实施“巾帼家政”工程', ['巾帼家政工程']),
    # an unquoted studio or reading room is a room, a business or a body's office, as …之家 is,
    # unless its name says whom it serves (巾帼工作室, 儿童图书阅览室); a quoted one may be a brand,
    # and the federation's other rooms and classes keep their suffix (stop 28)
    ('她毕业后在临澧县开办网络工作室', []),
    ('盐城市妇联参观了村综合文化服务中心文化阅览室', []),
    ('走访慰问延吉市执委工作室', []),
    _gap('参观安顺市巾帼创业示范基地张丽刺绣工作室', [], ROOM_SPAN),
    _gap('保山市妇联设立社区婚姻家庭调解工作室', [], ROOM_SPAN),
    ('安顺市妇联开展“巾帼调解工作室”进社区活动', ['巾帼调解工作室']),
    ('镇宁县妇联建立巾帼工作室', ['巾帼工作室']),
    ('瑞金市建成儿童图书阅览室', ['儿童图书阅览室']),
    ('武威市妇联开设巾帼讲堂', ['巾帼讲堂']),
    ('铜仁市妇联建设巾帼驿站', ['巾帼驿站']),
    ('庆阳市妇联开展巾帼护河行动', ['巾帼护河行动']),
]
