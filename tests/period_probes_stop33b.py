"""A twelfth probe audit of dates and periods (stop 33, second wave): short pages written for these
tests, not from the corpus, over years a one-event item states that are not the year it covers (a
related item's headline on a trailer heading's line, 相关链接：Y年…综述; the year of a meeting or
document whose spirit the work studies, 学习贯彻2024年全国两会精神; an aside's figure of a whole
place, 据统计,2023年全县…; a place built in a year, the year an attribute of its noun, 在2022年新建的
妇女之家, or a law revised then, 2023年新修订的妇女权益保障法; a year inside a title awarded,
为2023年度“最美家庭”颁发证书), and over years an item does
cover that the rules missed (N years since a founding named right before, 改革开放40年来; an open
span opened with its month, 自2020年4月开始).

Each expected value is read by docs/ANNOTATION.md and the settled conventions of
eval/dev/README.md (stop 14: a one-event item whose text states no year of its own has no period;
stop 20: the items listed after the article keep their own years; stop 23: a cited document's years
are not the report's; stop 28: the national 两会 date only the policy background; stop 26: an
aside's year of a sector's or place's figures sets nothing, while an item that is only the aside
keeps its year, stop 25; stop 28: a founding year is the founded body's background; stop 29: N年来
after a named public event with a fixed year gives the year reached; stops 14 and 20: an open span
that frames the work runs from its year to the page's; stop 29 rounds: conferring or showing a
round's honours dates the honours, running the round or announcing its results gives the period),
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
    # --- the year of a meeting or document whose spirit the work studies or spreads: the policy's year ---
    ("建德市妇联宣讲\n发布时间：2024-04-10\n4月9日,建德市妇联开展宣讲活动,学习贯彻2024年全国两会精神。宣讲"
     "员深入浅出。群众认真聆听。大家表示很受启发。", None, "2024-04-10", None),
    ("汤阴县妇联宣讲\n发布时间：2024-03-10\n3月9日,汤阴县妇联到村宣讲2024年中央一号文件。宣讲员结合实例讲解"
     "。村民听得认真。现场气氛热烈。", None, "2024-03-10", None),
    ("临澧县妇联学习\n发布时间：2023-03-20\n3月19日,临澧县妇联召开会议,传达学习2023年全国两会精神。与会人员"
     "认真学习。大家纷纷发言。会议要求抓好落实。", None, "2023-03-20", None),
    ("洪洞县妇联宣讲\n发布时间：2023-03-20\n3月19日,洪洞县巾帼宣讲团走进乡村,解读2023年中央一号文件精神。宣"
     "讲员讲得生动。群众听得入神。活动反响良好。", None, "2023-03-20", None),
    ("桐城市妇联召开会议\n发布时间：2022-02-20\n2月19日,桐城市妇联召开党组会议,学习贯彻2022年省委经济工作会"
     "议精神。会议认真学习。与会人员交流体会。会议要求狠抓落实。", None, "2022-02-20", None),
    ("宁乡市妇联学习\n3月15日,宁乡市妇联组织干部职工认真学习领会2021年全国两会精神。大家认真学习。干部纷纷"
     "表示。会议要求抓好落实。", None, None, None),
    # ... near-misses: the federation's own meeting of the year beside a cited spirit; the sessions attended
    ("岳西县妇联召开会议\n发布时间：2024-03-10\n3月9日,岳西县妇联召开2024年妇女工作会议,传达学习全国两会精"
     "神。会议总结了工作。会议部署了任务。大家表示认真落实。", None, "2024-03-10", "2024"),
    ("平江县妇联代表参加全国两会\n发布时间：2023-03-10\n3月9日,平江县妇联主席作为代表参加2023年全国两会。她"
     "提交了建议。建议关注农村妇女。她表示将认真履职。", None, "2023-03-10", "2023"),
    # --- an aside's figure of a whole place in an item dated by its one event: the figure's year ---
    ("岳西县妇联举办创业培训班\n发布时间：2024-06-10\n6月9日,岳西县妇联举办巾帼创业培训班,50名妇女参加。培"
     "训邀请专家授课。学员认真听讲。据统计,2023年全县共有女性创业者3000人。", None, "2024-06-10", None),
    ("平江县妇联开展宣传\n发布时间：2024-03-10\n3月8日,平江县妇联开展普法宣传活动。工作人员发放资料。群众踊"
     "跃咨询。据了解,2022年该县共受理婚姻家庭纠纷120起。", None, "2024-03-10", None),
    ("宁乡市妇联开展招聘会\n发布时间：2023-03-10\n3月9日,宁乡市妇联举办女性专场招聘会。30家企业参会。现场达"
     "成意向200人。据悉,2022年全市城镇新增就业1.2万人。", None, "2023-03-10", None),
    ("洪洞县妇联开展义诊\n发布时间：2022-05-10\n5月9日,洪洞县妇联开展母亲健康义诊活动。医生为群众义诊。群众"
     "纷纷点赞。据介绍,2021年全县共有育龄妇女5万人。", None, "2022-05-10", None),
    ("沅陵县妇联走访\n5月9日,沅陵县妇联走访留守儿童。工作人员送去学习用品。孩子们非常开心。据统计,2020年全"
     "县有留守儿童3000名。", None, None, None),
    ("桐城市妇联开展宣传\n发布时间：2024-03-10\n3月8日,桐城市妇联开展宣传。据统计2023年全市共有女性企业家50"
     "0人。", None, "2024-03-10", None),
    # ... near-misses: an item that is only the aside; the federation's own work or plans in an aside
    ("富锦市妇联推进巾帼创业\n据悉,该市2020年累计扶持妇女创业300人,发放贷款2000万元。", None, None, "2020"),
    ("南宁市妇联开展服务\n5月9日,南宁市妇联开展便民服务活动。志愿者为群众理发。服务群众50名。据了解,2016年"
     "市妇联将在全市开展系列服务活动。", None, None, "2016"),
    ("建德市妇联举办培训\n发布时间：2024-06-10\n6月9日,建德市妇联举办巾帼家政培训班。学员认真听讲。据统计,2"
     "024年以来市妇联已举办培训班10期。", None, "2024-06-10", "2024"),
    # --- a place built or set up in a year, the year an attribute of its noun (Y年新建的X): the place's ---
    ("宁乡市妇联调研妇女之家\n发布时间：2024-05-10\n5月9日,宁乡市妇联到在2022年新建的妇女之家调研。工作人员"
     "介绍了运行情况。调研组给予肯定。", None, "2024-05-10", None),
    ("建德市妇联走访\n发布时间：2024-05-10\n5月9日,建德市妇联走访2021年建成的儿童之家,看望留守儿童。孩子们"
     "很开心。工作人员送去礼物。", None, "2024-05-10", None),
    ("平江县妇联开展活动\n发布时间：2023-06-10\n6月9日,平江县妇联在2019年创办的巾帼创业园开展活动。创业园负"
     "责人介绍了情况。活动取得成效。", None, "2023-06-10", None),
    ("洪洞县妇联举办讲座\n5月9日,洪洞县妇联在2018年落成的县妇女儿童活动中心举办讲座。专家授课。家长认真听讲"
     "。", None, None, None),
    ("沅陵县妇联开展活动\n发布时间：2024-05-10\n5月9日,沅陵县妇联在2020年组建的巾帼志愿服务队中开展培训。志"
     "愿者认真学习。大家收获满满。", None, "2024-05-10", None),
    ("汤阴县妇联调研\n发布时间：2023-05-10\n5月9日,汤阴县妇联到2022年投入使用的妇女儿童活动中心调研。调研组"
     "参观了各功能室。大家给予好评。", None, "2023-05-10", None),
    # ... near-misses: the year of the building work itself
    ("临澧县妇联工作回顾\n2021年,临澧县妇联新建儿童之家20个。县妇联开展培训30期。各项工作扎实推进。",
     None, None, "2021"),
    ("岳西县妇联推进儿童之家建设\n发布时间：2022-12-10\n2022年,岳西县妇联建成儿童之家15个,全部投入使用。",
     None, "2022-12-10", "2022"),
    # --- N years since a founding named right before (改革开放40年来): the year reached, as N周年 is ---
    ("德令哈市妇联开展科普宣传\n为充分宣传改革开放40年来科技创新取得的重大成果,提升妇女科学素质。5月19日,市"
     "妇联在广场开展科普宣传活动。群众踊跃参与。", None, None, "2018"),
    ("岳西县妇联举办展览\n为展示新中国成立70年来妇女事业取得的辉煌成就,9月20日,岳西县妇联举办图片展。群众纷"
     "纷驻足观看。", None, None, "2019"),
    ("平江县妇联开展宣讲\n为回顾建党100年来的光辉历程,6月10日,平江县妇联开展党史宣讲活动。宣讲员讲得生动。",
     None, None, "2021"),
    ("桐城市妇联开展宣传\n3月1日,桐城市妇联开展宣传,总结反家庭暴力法实施5年来的成效。群众认真聆听。",
     None, None, "2021"),
    ("宁乡市妇联举办座谈会\n12月10日,宁乡市妇联举办座谈会,畅谈改革开放四十年来家乡的巨大变化。与会人员踊跃"
     "发言。", None, None, "2018"),
    # ... near-misses: no count, an approximate count, a count that does not follow the name
    ("洪洞县妇联举办座谈会\n12月10日,洪洞县妇联举办座谈会,畅谈改革开放以来家乡的巨大变化。与会人员踊跃发言"
     "。", None, None, None),
    ("沅陵县妇联举办座谈会\n12月10日,沅陵县妇联举办座谈会,畅谈改革开放三十多年来家乡的巨大变化。与会人员踊"
     "跃发言。", None, None, None),
    ("汤阴县妇联举办座谈会\n12月10日,汤阴县妇联举办座谈会,畅谈改革开放以来特别是近10年来家乡的变化。与会人"
     "员踊跃发言。", None, None, None),
    # --- an open span a month opens (自2020年4月开始): read as its year's; in the page's year, that year ---
    ("白泽湖乡妇联开展家风活动\n发布时间：2020-08-25\n为展示家风家教的精神力量,自2020年4月开始,白泽湖乡妇联"
     "联合各村开展好家风系列活动。活动开展以来,各村踊跃参与。群众反响良好。", None, "2020-08-25", "2020"),
    ("岳西县妇联推进家庭教育\n发布时间：2021-06-10\n自2019年3月以来,岳西县妇联累计开展家庭教育讲座120场,覆"
     "盖家长2万人次。", None, "2021-06-10", "2019-2021"),
    ("平江县妇联推进巾帼家政\n发布时间：2021-06-10\n从2020年9月起,平江县妇联在全县开展巾帼家政培训,累计培训"
     "妇女800人。", None, "2021-06-10", "2020-2021"),
    ("宁乡市妇联开展关爱行动\n发布时间：2022-11-10\n自2022年5月份开始,宁乡市妇联在全市开展关爱留守儿童行动,"
     "累计走访儿童600人。", None, "2022-11-10", "2022"),
    ("桐城市妇联开展普法\n发布时间：2023-12-10\n从2023年起,桐城市妇联在全市开展普法宣传月活动,累计开展宣传8"
     "0场。", None, "2023-12-10", "2023"),
    # ... near-misses: a span told of another body in an item dated by its one event
    ("洪洞县妇联开展讲座\n发布时间：2021-06-10\n6月9日,洪洞县妇联开展家庭教育讲座。该村自2019年3月起每年举"
     "办讲座。", None, "2021-06-10", None),
    # --- a year inside a title awarded, after 年度 (为2023年度“最美家庭”颁发证书): the honours' year ---
    ("临澧县妇联开展活动\n发布时间：2024-03-09\n3月8日,临澧县妇联开展活动,为2023年度“最美家庭”颁发证书。大"
     "家深受鼓舞。", None, "2024-03-09", None),
    ("桐城市妇联开展活动\n发布时间：2024-05-09\n5月8日,桐城市妇联走访2023年度巾帼建功标兵李某。李某介绍了创"
     "业经历。", None, "2024-05-09", None),
    ("岳西县妇联开展宣讲\n发布时间：2024-04-09\n4月8日,岳西县妇联邀请2023年度三八红旗手张某开展宣讲。张某讲"
     "述了奋斗故事。", None, "2024-04-09", None),
    ("平江县妇联开展活动\n发布时间：2023-06-09\n6月8日,平江县妇联组织2022年度“好婆婆”代表座谈。大家畅谈家风"
     "。", None, "2023-06-09", None),
    ("宁乡市妇联开展活动\n发布时间：2022-05-15\n5月15日,宁乡市妇联为2021年度五好家庭授牌。受表彰家庭代表发"
     "言。", None, "2022-05-15", None),
    # ... near-misses: the round searched for or its results announced; a year's own review or meeting
    ("黑河市妇联揭晓最美家庭\n发布时间：2021-05-16\n5月15日,省妇联揭晓了2020年度黑龙江省最美家庭名单,100户"
     "家庭入选。", None, "2021-05-16", "2020"),
    ("关于开展2021年度“最美家庭”寻访活动的通知\n各乡镇妇联:\n县妇联决定开展最美家庭寻访活动。",
     None, None, "2021"),
    ("建德市妇联工作总结\n2023年度,建德市妇联开展培训30期,评选最美家庭50户。", None, None, "2023"),
    ("汤阴县妇联召开会议\n发布时间：2024-03-09\n3月8日,汤阴县妇联召开2024年度妇女工作会议。会议部署了全年工"
     "作。", None, "2024-03-09", "2024"),
    # --- a law's year of revision or force as an attribute (2023年新修订的妇女权益保障法): the law's ---
    ("汤阴县妇联开展活动\n发布时间：2024-03-09\n3月8日,汤阴县妇联开展活动,工作人员宣传了2023年新修订的妇女"
     "权益保障法。群众认真聆听。", None, "2024-03-09", None),
    ("洪洞县妇联开展活动\n发布时间：2024-05-09\n5月8日,洪洞县妇联开展家庭教育讲座。讲座以2022年施行的家庭教"
     "育促进法为主题。", None, "2024-05-09", None),
    ("岳西县妇联开展普法\n发布时间：2023-03-09\n3月8日,岳西县妇联开展普法宣传,重点宣讲2022年新修订的妇女权"
     "益保障法。", None, "2023-03-09", None),
    ("平江县妇联开展普法\n发布时间：2017-03-09\n3月8日,平江县妇联开展普法宣传,宣传2016年施行的反家庭暴力法"
     "。", None, "2017-03-09", None),
    ("宁乡市妇联开展普法\n3月8日,宁乡市妇联开展普法宣传,解读2021年修正的未成年人保护法。", None, None, None),
    # ... near-miss: a project the federation carries out that year
    ("建德市妇联推进项目\n2022年,建德市妇联实施的巾帼家政项目培训妇女500人。", None, None, "2022"),
]
