"""A fifth probe audit of periods (stop 28): short pages written for these tests on a year told in
a person's words, quoted (合作社负责人:“2022年,我们…”) or reported after a pronoun's verb of
saying (她表示,…截至2019年…): a person's own story or their body's figures, not the work the report
tells, so it sets no period (as a visited body's own figures set nothing, stop 24); the rule written
for it was dropped (it lost on the test half), so those cases are strict gaps. The near misses keep
their years: a quotation closed before the year, a reported sentence ended before it,
a speaker named by office, and a year the title or the opening states. Each expected value is read
by docs/ANNOTATION.md and the settled conventions of eval/dev/README.md, not from the tool."""

from __future__ import annotations

from .conftest import known_because as known

# The stop-28 rule for this family fixed three dev reports but lost a right period on the test
# half's totals, so it was dropped and the cases that show the pattern are strict gaps.
SPEECH_YEARS = ("a year told in a person's words (负责人:“2022年,我们…”, 她表示,截至2019年…) is the "
                "speaker's own story or figures and sets no period; the stop-28 rule for it lost a right "
                "period on the test half's totals and was dropped")

# (text, url, date, period)
PROBES = [
    # --- a year inside quoted speech: the speaker's own story or figures ---
    known(SPEECH_YEARS,
          "涟水县妇联推进巾帼创业\n发布时间：2023-05-20\n近日,县妇联走访创业妇女。合作社负责人李某:“2022年,我们合作"
          "社销售蔬菜3000吨。”", None, "2023-05-20", None),
    known(SPEECH_YEARS,
          "涟水县妇联推进巾帼创业\n近日,县妇联走访创业妇女。村民王某说:“2021年我开始养羊,如今已有羊200只。”",
          None, None, None),
    known(SPEECH_YEARS,
          "灵璧县妇联走访巾帼基地\n发布时间：2021-06-12\n6月11日,县妇联走访某合作社。负责人介绍：“我们种植蔬菜20"
          "种,2020年产值达到500万元。”", None, "2021-06-12", None),
    # --- a year in a sentence a pronoun's verb of saying opens ---
    known(SPEECH_YEARS,
          "岳西县妇联赴外地交流\n发布时间：2019-11-10\n11月8日,县妇联赴外地交流。当地妇女协会主席介绍了协会的工作。"
          "她表示,协会是一个公益组织,截至2019年,会员已达到5000人。", None, "2019-11-10", None),
    known(SPEECH_YEARS,
          "岳西县妇联走访女企业家\n发布时间：2021-04-10\n4月9日,县妇联走访女企业家。他介绍,2020年合作社带动妇女就"
          "业300人。", None, "2021-04-10", None),
    # --- near misses: the quotation or the reported sentence ends before the year ---
    ("武功县妇联工作总结\n一年来,县妇联开展培训。学员说:“培训很有用。”2021年,县妇联共开展培训30期。",
     None, None, "2021"),
    ("武功县妇联开展培训\n发布时间：2021-06-12\n近日,县妇联开展培训。她表示,培训很有用。2021年,县妇联已开展培"
     "训30期。", None, "2021-06-12", "2021"),
    # ... a speaker named by office telling the federation's own work, reported or quoted
    ("平遥县妇联推进巾帼志愿服务\n发布时间：2018-02-05\n县妇联主席介绍说,2016年,县妇联组建巾帼志愿服务队,开展"
     "服务上千场。", None, "2018-02-05", "2016"),
    ("平遥县妇联推进巾帼志愿服务\n发布时间：2018-02-05\n近日,县妇联召开座谈会。县妇联主席说:“2017年,全县"
     "妇联组建巾帼志愿服务队20支。”", None, "2018-02-05", "2017"),
    # ... a year the title or the opening states, whatever a person says later
    ("镇雄县妇联2021年工作总结\n一年来,县妇联开展培训30期。学员说:“2020年我参加过培训。”",
     None, None, "2021"),
    ("镇雄县妇联工作总结\n2021年,县妇联开展培训30期。学员说:“2019年我参加过培训,今年又来了。”",
     None, None, "2021"),
]
