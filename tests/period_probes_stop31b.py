"""A ninth probe audit of dates and periods (stop 31, second round): short pages written for these
tests, not from the corpus, over five patterns the fresh sets showed: a person's illness or death
told with its year (a life year, as a birth is), a named body founded with no object after the verb
(X成立, the feature's background), 今年以来 beside a 去年 item in a review with no year of its own,
an open span (Y年以来) that holds the other years a feature states, and a page stamp followed by
its verb label (2025/07/19 08:36:04 发布).

Each expected value is read by docs/ANNOTATION.md and the settled conventions of
eval/dev/README.md (stop 25: life years and foundings set nothing; stop 14 and stop 31 batch 37:
an open span that frames a feature runs to the publication year, and a review with no year of its
own spans the years its items are dated by 今年 and 去年), not from the tool."""

from __future__ import annotations

DATED = "发布时间：2019-05-20\n"
# (text, url, date, period)
PROBES = [
    # --- a person's illness or death told with its year: a life year, no period ---
    ("余姚市妇联走访慰问“两癌”患病妇女\n" + DATED + "5月18日,余姚市妇联走访慰问患病妇女。王某今年46岁,"
     "2017年确诊患有乳腺癌,家庭生活困难。", None, "2019-05-20", None),
    ("德清县妇联慰问困难母亲\n" + DATED + "5月18日,德清县妇联慰问困难母亲。李某的丈夫2016年去世,"
     "她独自抚养两个孩子。", None, "2019-05-20", None),
    ("安吉县妇联开展救助\n" + DATED + "5月18日,安吉县妇联开展救助。张某2018年不幸罹患宫颈癌,"
     "花费医疗费8万元。", None, "2019-05-20", None),
    ("浏阳市妇联看望患病儿童\n" + DATED + "5月18日,浏阳市妇联看望患病儿童。小刘2016年查出患有白血病,"
     "父亲2015年病逝。", None, "2019-05-20", None),
    # ... with no page date, the patients' years still set nothing
    ("仁寿县妇联慰问贫困母亲\n3月4日,仁寿县妇联慰问贫困母亲。陈某2014年确诊为宫颈癌,丈夫2010年因病去世。"
     "今年,我县共有11名妇女得到救助。", None, None, None),
    # ... near-misses: the work's own year stays (a screening year, a count of diagnoses)
    ("巩义市妇联开展“两癌”筛查\n" + DATED + "2018年,巩义市妇联组织开展“两癌”筛查,共确诊患者12名。",
     None, "2019-05-20", "2018"),
    ("蒙城县妇联“两癌”救助工作总结\n" + DATED + "2018年全县确诊“两癌”妇女36名,县妇联为其申请救助金。",
     None, "2019-05-20", "2018"),
    # --- a named body founded with no object: the feature's background, no period ---
    ("临朐县妇联调研社会组织\n发布时间：2017-09-01\n8月31日,临朐县妇联调研女性社会组织。2015年,临朐县妇女"
     "儿童公益联盟成立,34家社会组织加入联盟。", None, "2017-09-01", None),
    ("宁乡市妇联观摩巾帼志愿服务\n发布时间：2017-09-01\n8月31日,宁乡市妇联观摩志愿服务。2014年,宁乡市巾帼"
     "志愿者协会正式成立,现有会员300名。", None, "2017-09-01", None),
    ("桐庐县妇联走访妇女创业基地\n发布时间：2017-09-01\n8月31日,桐庐县妇联走访妇女创业基地。2013年,桐庐县"
     "女企业家协会挂牌成立,吸纳会员80名。", None, "2017-09-01", None),
    ("武功县妇联调研家庭服务中心\n发布时间：2017-09-01\n8月31日,武功县妇联调研家庭服务中心。2015年,武功县"
     "家庭教育指导服务中心成立。中心开设课程20门。", None, "2017-09-01", None),
    ("沭阳县妇联参观巾帼合作社\n发布时间：2017-09-01\n8月31日,沭阳县妇联参观巾帼合作社。2014年11月,沭阳县"
     "巾帼花木专业合作社成立,带动妇女就业200人。", None, "2017-09-01", None),
    # ... near-misses: the federation's own founding work (an object after the verb), and a dated
    # item of the founding year reporting it
    ("长兴县妇联开展志愿服务\n发布时间：2017-09-01\n2016年,长兴县妇联成立巾帼志愿服务队12支,开展服务60次"
     "。", None, "2017-09-01", "2016"),
    ("新昌县妇女儿童公益联盟成立\n发布时间：2015-09-01\n2015年,新昌县妇女儿童公益联盟成立,34家社会组织加"
     "入联盟。", None, "2015-09-01", "2015"),
    # --- 今年以来 beside a 去年 item in a review with no year of its own: the span of the two ---
    ("龙泉市某镇巾帼力量投身美丽城镇建设\n发布时间：2022-03-08\n某镇积极发动巾帼力量投身美丽城镇建设。\n"
     "去年年初,该镇18个村社区完成妇联换届选举工作。\n今年以来,镇妇联积极参与环境卫生检查评比,打造优美庭院"
     "。", None, "2022-03-08", "2021-2022"),
    ("余姚市妇联巾帼建功工作综述\n发布时间：2022-03-08\n市妇联围绕中心工作积极作为。\n突出一个“学”字,提升"
     "妇女素质。\n去年,市妇联举办培训班12期。\n今年以来,市妇联开展家庭教育讲座20场。",
     None, "2022-03-08", "2021-2022"),
    ("德清县妇联家庭工作综述\n发布时间：2022-03-08\n县妇联深化家庭文明建设。\n突出一个“家”字,弘扬好家风。"
     "\n今年以来,县妇联开展宣讲30场。去年10月,县妇联评选最美家庭50户。", None, "2022-03-08", "2021-2022"),
    ("安吉县某镇妇联工作亮点\n发布时间：2022-03-08\n镇妇联聚焦妇女需求开展服务。\n突出一个“联”字,服务妇女"
     "群众。\n去年以来,镇妇联建成妇女微家6个。\n今年以来,镇妇联开展走访300户。",
     None, "2022-03-08", "2021-2022"),
    ("浏阳市妇联维权工作综述\n发布时间：2022-03-08\n市妇联扎实开展维权服务。\n突出一个“维”字,守护妇女权益"
     "。\n今年以来,市妇联接待来访50件。去年全年,市妇联调解纠纷120件。", None, "2022-03-08", "2021-2022"),
    # ... near-misses: 今年以来 alone gives the year; a comparison with 去年 is no item of 去年
    ("仁寿县妇联维权工作综述\n发布时间：2022-03-08\n县妇联扎实开展维权服务。\n今年以来,县妇联接待来访50件"
     "。", None, "2022-03-08", "2022"),
    ("巩义市妇联维权工作综述\n发布时间：2022-03-08\n市妇联扎实开展维权服务。\n今年以来,市妇联接待来访50件"
     ",比去年同期增加10件。", None, "2022-03-08", "2022"),
    # ... a plan for this year beside last year's work is no item of this year
    ("蒙城县妇联召开执委会\n发布时间：2022-03-08\n县妇联召开执委会议。\n去年,县妇联举办培训班12期。\n今年"
     ",县妇联将继续开展培训。", None, "2022-03-08", "2021"),
    # --- an open span holding the other years a feature states: the span to the publication year ---
    ("临朐县妇联助力妇女创业\n发布时间：2014-02-27\n2月25日,村民王某在给兔子喂食。\n2010年以来,县妇联协调"
     "贴息贷款9000多万元,2013年县妇联又为1300名妇女争取续贷资金。2013年,县妇联创建示范基地36个。",
     None, "2014-02-27", "2010-2014"),
    ("宁乡市妇联推进家庭教育\n发布时间：2019-04-10\n4月8日,宁乡市妇联举办家长课堂。\n2016年以来,市妇联建"
     "成家长学校120所。2018年,市妇联开展讲座200场,2018年还培训讲师50名。", None, "2019-04-10", "2016-2019"),
    ("桐庐县妇联推进巾帼创业\n发布时间：2020-06-10\n6月8日,桐庐县妇联走访创业基地。\n2017年以来,县妇联累"
     "计培训妇女3000人次。2019年,县妇联新建基地8个;2019年全县发放贷款2000万元。",
     None, "2020-06-10", "2017-2020"),
    # ... near-misses: a span opened by one subject (该村…以来) is background, the most stated year stays;
    # so does a year the opening states for the item's own news, over a span told later as background
    ("武功县妇联推进巾帼创业\n发布时间：2020-06-10\n6月8日,武功县妇联走访创业基地。\n该村2017年以来发展大"
     "棚种植。2019年,县妇联新建基地8个;2019年全县发放贷款2000万元。", None, "2020-06-10", "2019"),
    ("宁乡市新增巾帼示范基地\n发布时间：2021-01-19\n昨日,记者从市妇联了解到,在省妇联开展的2021年巾帼示范基地创建"
     "工作中,宁乡市新增6个基地。\n据悉,2016年以来,市妇联带动各乡镇创建基地62个。2021年,市妇联还培育种养能手"
     "100名。", None, "2021-01-19", "2021"),
    # --- a page stamp followed by its verb label, the byline run into the body: the publication date ---
    ("潢川县某镇妇联开展防溺水宣传\n转载 王芳2025/07/19 08:36:04 发布 IP属地:未知 来源:某镇党政办 作者: 1"
     "003 阅读 0 评论本网讯 7月18日,某镇妇联开展防溺水宣传,发放资料200份。", None, "2025-07-19", None),
    ("沭阳县妇联开展家庭教育讲座\n李静 2021-05-06 10:22 发布 阅读 88本网讯 5月5日,沭阳县妇联开展家庭教育"
     "讲座,参加家长100名。", None, "2021-05-06", None),
    ("长兴县妇联开展普法宣传\n长兴妇联 2020年12月04日 15:30 发表于浙江 12月4日,长兴县妇联开展宪法宣传日活"
     "动,发放资料300份。", None, "2020-12-04", None),
    ("新昌县妇联举办插花活动\n2023-03-09 09:05:11发布 阅读 312 3月8日,新昌县妇联举办插花活动,参加女职工50"
     "名。", None, "2023-03-09", None),
    ("龙泉市妇联开展“两癌”筛查\n作者：王芳 2022/8/3 16:05 发布 点赞 12 近日,龙泉市妇联组织开展“两癌”筛查,"
     "受益妇女500名。", None, "2022-08-03", None),
    # ... near-misses: a meeting held at a clock time (发布会) and a document's day of issue are no
    # page stamp
    ("余姚市妇联召开新闻发布会\n余姚市妇联2021年5月6日 10:00 发布会召开,介绍妇女儿童发展情况。",
     None, None, None),
]
