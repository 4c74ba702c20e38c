"""Stop 27 probes of the campaign finder, written where the test half's extras are (quoted
strings the codebook excludes, suffixed names cut at the wrong edge): a short quoted day of the
calendar before a service word, the words of the clause that the left edge of an unquoted name
takes in, and guards of the names in the same frames. Expected readings by docs/CODEBOOK.md and
eval/dev/README.md; every sentence is written for this test (no report text), over places of
several provinces and levels. ``test_campaign_probes.py`` runs this table."""

from __future__ import annotations

PROBES = [
    # a short quoted day of the calendar (a festival or a dated day: jieba's time words and
    # numerals, or a word that opens a festival of its dictionary) abbreviates no programme: the
    # service written after it is the day's, no name (observance, stop 27)
    ('延吉市妇联开展“五四”青年志愿服务', []),
    ('琼海市妇联开展“七夕”婚恋交友服务', []),
    ('景洪市妇联开展“八一”拥军优属服务', []),
    ('赤峰市红山区妇联开展“重阳”敬老志愿服务', []),
    ('桂林市妇联开展“中秋”慰问帮扶项目', []),
    ('凯里市开展“端午”关爱留守儿童服务', []),
    ('伊宁市妇联组织“七一”党史宣讲', []),
    ('开展“元宵”邻里互助服务', []),
    ('开展“十一”文明出行宣讲', []),
    # the short cores that abbreviate a programme keep their head (guards)
    ('喀什市妇联开展“两癌”免费筛查', ['两癌筛查']),
    ('都江堰市为困难妇女申报“两癌”救助', ['两癌救助']),
    ('昆山市实施“春蕾”助学计划', ['春蕾助学计划']),
    ('义乌市妇联开展“安康”保险宣讲', ['安康保险']),
    ('龙岩市落实“双减”政策', []),
]
