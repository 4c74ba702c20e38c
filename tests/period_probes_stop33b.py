"""A twelfth probe audit of dates and periods (stop 33, second wave): short pages written for these
tests, not from the corpus, over years a one-event item states that are not the year it covers: a
related item's headline after a trailer heading on the same line (相关链接：Y年…综述).

Each expected value is read by docs/ANNOTATION.md and the settled conventions of
eval/dev/README.md (stop 14: a one-event item whose text states no year of its own has no period;
stop 20: the items listed after the article keep their own years and set nothing for the report),
not from the tool."""

from __future__ import annotations

# (text, url, date, period)
PROBES = [
    # --- a trailer heading with a headline on its line: the headline's year is that item's ---
    ("桐城市妇联举办讲座\n发布时间：2024-05-10\n5月9日,桐城市妇联举办家庭教育讲座。讲座邀请专家授课。家长们"
     "认真听讲。大家纷纷表示受益匪浅。\n相关链接：2023年桐城市妇联家庭教育工作综述",
     None, "2024-05-10", None),
    ("平江县妇联开展宣传\n发布时间：2024-03-10\n3月8日,平江县妇联开展普法宣传活动。工作人员发放宣传资料。群"
     "众踊跃咨询。活动取得良好效果。\n延伸阅读：平江县2022年妇女儿童发展统计监测报告发布",
     None, "2024-03-10", None),
    ("沅陵县妇联开展义诊\n发布时间：2024-05-10\n5月9日,沅陵县妇联开展义诊活动。医生为群众测量血压。现场气氛"
     "热烈。群众纷纷点赞。\n推荐阅读：沅陵县妇联2023年度十件实事", None, "2024-05-10", None),
    ("宁乡市妇联开展慰问\n发布时间：2023-01-10\n1月9日,宁乡市妇联走访慰问困难妇女。慰问组送去了米面油。困难"
     "妇女连声道谢。市妇联将持续关爱困难群体。\n相关新闻：宁乡市妇联2022年度工作综述",
     None, "2023-01-10", None),
    ("建德市妇联开展培训\n5月9日,建德市妇联举办巾帼电商培训班。学员们认真学习。培训内容丰富实用。大家收获满"
     "满。\n相关阅读：建德市2021年巾帼创业典型风采展示", None, None, None),
    # ... near-misses: the article's own year stands beside the trailer's; a trailer with no year
    ("汤阴县妇联召开会议\n发布时间：2024-03-10\n3月8日,汤阴县妇联召开2024年妇女工作会议。会议总结了工作。会"
     "议部署了任务。与会人员表示将认真落实。\n相关链接：汤阴县妇联2023年工作总结",
     None, "2024-03-10", "2024"),
    ("临澧县妇联工作回顾\n2022年,临澧县妇联开展培训30期。县妇联帮扶妇女500人。县妇联走访家庭300户。各项工作"
     "扎实推进。\n延伸阅读：临澧县妇联开展家庭教育讲座", None, None, "2022"),
]
