"""Stop 30 probes of the campaign finder, written where the dev reports cut a standing drive
differently from the coders: a standing drive of the federation system (巾帼建功, 双学双比 and its
N学N比 kin, 巾帼心向党) followed, inside or after its quote, by 系列 and/or the word for its
kind of activity (系列行动, 系列活动, 竞赛) with no topic words of its own is the drive itself
(stop-29 third-wave adjudication); a drive with a head or words of its own keeps them.
Expected readings by docs/CODEBOOK.md and eval/dev/README.md; every sentence is written for
this test (no report text), over places of several provinces and levels.
``test_campaign_probes.py`` runs this table."""

from __future__ import annotations

PROBES = [
    # a standing drive with a series or contest word, after or inside its quote, or unquoted:
    # the drive (stop 30)
    ('泰兴市妇联深化“巾帼建功”系列行动', ['巾帼建功']),
    ('莱西市妇联实施“巾帼建功系列行动”', ['巾帼建功']),
    ('宁乡市妇联不断深化“双学双比竞赛”活动', ['双学双比']),
    ('邵东市妇联开展三学三比竞赛活动', ['三学三比']),
    ('仁怀市妇联深入开展“巾帼心向党”系列活动', ['巾帼心向党']),
    ('姜堰区妇联开展“巾帼建功”竞赛', ['巾帼建功']),
    # a drive's name with words or a programme head of its own stays whole (guards)
    ('海门区妇联启动“巾帼心向党引领行动”', ['巾帼心向党引领行动']),
    ('靖江市妇联开展“爱心妈妈结对关爱”行动', ['爱心妈妈结对关爱行动']),
    ('临洮县妇联实施“巾帼建功”工程', ['巾帼建功工程']),
    ('我旗巾帼建功行动成效明显', ['巾帼建功行动']),
    # an ordinal of a run right before a quote (第一期, 首届) makes it a name held in sessions, the
    # ordinal dropped, unless another row makes it none: a subject taught (stop-30 second wave, row 18)
    ('泸溪县妇联第一期“巾帼学堂”在县妇女儿童活动中心开班', ['巾帼学堂']),
    ('县妇联第二期“巾帼夜校”在社区开课', ['巾帼夜校']),
    ('县妇联举办第一期“电子商务”培训班', []),
]
