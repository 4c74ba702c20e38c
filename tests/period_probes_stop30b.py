"""An eighth probe audit of dates and periods (stop 30, second wave): short pages written for these
tests from how Chinese government and news pages state when they were published and what years
they cover, not from the corpus: labelled stamps among header clutter (信息来源…发布日期…浏览次数,
【字体：大 中 小】, 上传时间, 录入时间, 发表于), stamps at the foot, 二〇一九年 and 二O二O年 signatures,
datelines with and without a year, dates in urls, a portal's 今天是 and a copyright line, lists of
related links with their own dates or years, titles stating the years (2019年上半年, 2016—2020年,
“十三五”, 1—6月, 第一季度, 年度), 今年以来 / 近年来 / 去年以来 / Y年以来 / 五年来, bare parts of a year,
a year inside an honour's or a meeting's name, counted observances, a plan page for next year,
and a person's life years in a profile.

Each expected value is read by docs/ANNOTATION.md and the settled conventions of
eval/dev/README.md, not from the tool. Of the strict gaps:

- a bare part of a year (上半年, 第一季度) sets no period, with a publication date or not (stop 24;
  stop-25 rounds: "上半年, 下半年, 一季度 and the like without a stated year, 今年 or a countable year
  set no period"); the rules, and older probe tables (stop 25, stop 27), give the publication
  year;
- the years of a trailer of other stories (相关新闻, 往期回顾) under an item of one sentence set
  nothing (stop 20): the trailer's first headline falls among the opening sentences the rules
  never cut."""

from __future__ import annotations

from .conftest import known_because as known

BARE_PART = ("a bare part of a year (上半年, 第一季度) is read with the publication year; the stop-24 "
             "and stop-25 conventions set no period, but older probe tables expect the publication year")
ONE_SENTENCE_TRAILER = ("a trailer of other stories (相关新闻, 往期回顾) under an item of one sentence: "
                        "its first headline falls among the opening sentences, whose years the rules read")

# (text, url, date, period)
PROBES = [
    # --- labelled dates among header clutter ---
    ("上杭县妇联开展“三八”维权周宣传\n信息来源：上杭县妇联　　发布日期：2019-03-08　　浏览次数：156\n【字体"
     "：大 中 小】【打印本页】【关闭窗口】\n"
     "3月7日,上杭县妇联在临江广场开展维权周宣传活动。", None, "2019-03-08", None),
    ("洪雅县妇联召开执委会议\n作者：洪雅县妇联　来源：本站原创　点击数：88　更新时间：2020年6月12日\n6月11"
     "日,洪雅县妇联召开二届三次执委会议。",
     None, "2020-06-12", None),
    ("弋阳县妇联开展家庭教育讲座\n发布时间：2021年04月16日 星期五 10:21\n4月15日,弋阳县妇联在县城开展家庭教"
     "育讲座。",
     None, "2021-04-16", None),
    ("大悟县妇联走访慰问困难妇女\n[ 2018-01-30 ]\n1月29日,大悟县妇联走访慰问困"
     "难妇女20户。", None, "2018-01-30", None),
    ("靖宇县妇联开展巾帼志愿服务\n上传时间：2019-10-09 09:12:01　　录入：王芳\n近日,靖宇县妇联开展巾帼志愿"
     "服务活动。",
     None, "2019-10-09", None),
    ("全州县妇联开展普法宣传\n2020-12-04 15:30:12　来源：全州县人民政府网　作者：李静　阅读：312次\n12月4日"
     ",全州县妇联开展宪法宣传日活动。",
     None, "2020-12-04", None),
    ("威信县妇联举办培训班\n发表于 2017-5-12 18:40\n5月11日,威信县妇联举办妇女"
     "手工编织培训班。", None, "2017-05-12", None),
    ("容城县妇联开展“两癌”筛查\n录入时间：2022/8/3 16:05:11\n近日,容城县妇联组织开展农村妇女“两癌”筛查。",
     None, "2022-08-03", None),
    ("青河县妇联开展宣讲\n日期：2021-07-02　　字号：[大][中][小]　　视力保护色：\n7月1日,青河县妇联开展党史"
     "宣讲。",
     None, "2021-07-02", None),
    # ... a date line at the foot of the page, under the editor's credit
    ("陇县妇联开展庆“六一”活动\n5月31日,陇县妇联到城关小学开展庆“六一”慰问活动。\n责任编辑：王芳\n发布时间"
     "：2019-06-01",
     None, "2019-06-01", None),
    # --- Chinese-numeral dates, with 〇 and with a letter O ---
    ("邱县妇联关于开展“最美家庭”评选的通知\n各乡镇妇联：\n为弘扬家庭美德,县妇联决定开展“最美家庭”评选活动。"
     "\n邱县妇联\n二〇一九年四月二日",
     None, "2019-04-02", None),
    ("康县妇联关于开展“巾帼建功”活动的通知\n各乡镇妇联：\n县妇联决定开展“巾帼建功”活动。\n康县妇女联合会\n"
     "二O二O年三月十日",
     None, "2020-03-10", None),
    # --- a dateline with no year: no date, no period ---
    ("海陵区妇联开展插花活动\n本报讯（记者 王芳）3月8日上午,海陵区妇联组织女职工开展插"
     "花活动。", None, None, None),
    ("建邺区妇联举办亲子活动\n建邺新闻网讯 5月30日,建邺区妇联举办亲子运动会。", None, None, None),
    # ... with the page's stamp: the stamp is the date
    ("建邺区妇联举办亲子活动\n2021-05-31 09:20:11 来源：建邺新闻网\n建邺新闻网讯 5月30日,建邺区妇联举办亲子"
     "运动会。",
     None, "2021-05-31", None),
    # --- dates in the url ---
    ("荆州区妇联开展宣传活动\n近日,荆州区妇联开展反家暴宣传活动。", "http://www.jingzhouqu.gov.cn/art/2019/"
                                                                    "3/8/art_123_4567.html",
     "2019-03-08", None),
    ("荆州区妇联开展宣传活动\n近日,荆州区妇联开展反家暴宣传活动。", "http://www.jzq.gov.cn/xwzx/201903/t201"
                                                                    "90308_12345.shtml",
     "2019-03-08", None),
    ("荆州区妇联开展宣传活动\n近日,荆州区妇联开展反家暴宣传活动。", "http://www.jzq.gov.cn/content/2019-03/"
                                                                    "08/content_12345.htm",
     "2019-03-08", None),
    ("荆州区妇联开展宣传活动\n近日,荆州区妇联开展反家暴宣传活动。", "http://www.jzq.gov.cn/news/2019/12345."
                                                                    "html",
     "2019", None),
    # ... the page's own date beats the url's
    ("荆州区妇联开展宣传活动\n发布时间：2019-03-10\n近日,荆州区妇联开展反家暴宣传活动。",
     "http://www.jzq.gov.cn/xwzx/201903/t20190308_12345.shtml", "2019-03-10", None),
    # --- header and footer clutter: no publication date ---
    ("上杭县妇联开展慰问活动\n今天是：2023年6月1日 星期四\n近日,上杭县妇联开展“六一”慰"
     "问活动。", None, None, None),
    ("洪雅县妇联开展慰问活动\n近日,洪雅县妇联开展“六一”慰问活动。\nCopyright © 2008-2023 洪雅县妇女联合会 "
     "版权所有 蜀ICP备12345678号",
     None, None, None),
    # ... a related-links list with its own dates: they date the other items
    ("弋阳县妇联开展慰问活动\n发布时间：2022-06-02\n6月1日,弋阳县妇联开展“六一”慰问活动。\n相关新闻：\n·弋"
     "阳县妇联召开执委会（2022-05-20）\n·弋阳县妇联开展培训（2022-05-12）",
     None, "2022-06-02", None),
    ("弋阳县妇联开展慰问活动\n6月1日,弋阳县妇联开展“六一”慰问活动。\n相关新闻：\n·弋阳县妇联召开执委会 2022"
     "-05-20\n·弋阳县妇联开展培训 2022-05-12",
     None, None, None),
    # ... near misses: the page's own stamp above such a list; a list's years under a longer item
    ("弋阳县妇联开展慰问活动\n2022-06-02 10:20 来源：弋阳县妇联\n6月1日,弋阳县妇联开展“六一”慰问活动。活动"
     "中,"
     "县妇联为留守儿童送去学习用品。\n相关新闻：\n·弋阳县妇联召开执委会 2022-05-20\n·弋阳县妇联开展培训 202"
     "2-05-12",
     None, "2022-06-02", None),
    ("弋阳县妇联开展慰问活动\n6月1日,弋阳县妇联开展“六一”慰问活动。活动中,县妇联为留守儿童送去学习用品。\n"
     "推荐阅读\n•弋阳县妇联2021年工作总结\n•弋阳县妇联召开执委会", None, None, None),
    known(ONE_SENTENCE_TRAILER,
          "大悟县妇联开展慰问活动\n6月1日,大悟县妇联开展“六一”慰问活动。\n往期回顾：\n大悟县妇联2021年工作"
          "总结\n大悟县妇联召开2022年执委会议",
          None, None, None),
    # --- titles that state the years covered ---
    ("靖宇县妇联2019年上半年工作总结\n上半年,县妇联围绕中心工作,开展培训12期,服务妇女"
     "3000人次。", None, None, "2019"),
    ("全州县妇联2019年工作总结和2020年工作计划\n一、2019年工作开展情况\n县妇联开展培训30期。\n二、2020年工"
     "作计划\n县妇联将继续开展培训。",
     None, None, "2019"),
    ("威信县妇联2020年工作要点\n2020年,县妇联将以家庭教育为重点,开展讲座30场。", None, None, "2020"),
    ("容城县妇女发展纲要（2016—2020年）实施情况终期评估报告\n“十三五”期间,县政府认真实施妇女发展纲要,妇女发"
     "展环境不断优化。",
     None, None, "2016-2020"),
    ("青河县妇联2019年度工作总结\n一年来,县妇联开展各类活动50场。", None, None, "2019"),
    ("陇县妇联2019年1—6月工作总结\n今年1—6月,县妇联开展培训12期。", None, None, "2019"),
    ("邱县妇联2018年第一季度工作总结\n一季度,县妇联开展“三八”系列活动10场。", None, None, "2018"),
    # --- 今年以来 / 今年 with and without a publication date ---
    ("康县妇联推进巾帼家政\n发布时间：2019-06-20\n今年以来,康县妇联累计培训家"
     "政服务人员300人。", None, "2019-06-20", "2019"),
    ("康县妇联推进巾帼家政\n今年以来,康县妇联累计培训家政服务人员300人。", None, None, None),
    ("康县妇联推进巾帼家政\n今年以来,康县妇联累计培训家政服务人员300人。", "http://www.gskx.gov.cn/art/2019"
                                                                           "/6/20/art_1_2.html",
     "2019-06-20", "2019"),
    # --- spans counted back or left open ---
    ("海陵区妇联推进家庭教育\n发布时间：2020-05-10\n近年来,海陵区妇联持续推进家庭教育工作,累计开展讲座200场"
     "。", None, "2020-05-10", None),
    ("海陵区妇联推进家庭教育\n发布时间：2020-05-10\n2018年以来,海陵区妇联持续推进家庭教育工作,累计开展讲座2"
     "00场。",
     None, "2020-05-10", "2018-2020"),
    ("海陵区妇联推进家庭教育\n发布时间：2020-05-10\n去年以来,海陵区妇联持续推进家庭教育工作,累计开展讲座200"
     "场。",
     None, "2020-05-10", "2019-2020"),
    ("建邺区妇联工作总结\n发布时间：2021-01-15\n2020年,区妇联开展各类活动120场。过去五年,区妇联累计服务妇女"
     "5万人次。",
     None, "2021-01-15", "2020"),
    ("建邺区第十次妇女代表大会工作报告\n五年来,区妇联团结带领全区妇女建功立业,累计开展"
     "活动600场。", None, None, None),
    # --- a bare part of a year sets nothing ---
    known(BARE_PART,
          "荆州区妇联推进创业培训\n发布时间：2019-04-10\n第一季度,荆州区妇联开展创业"
          "培训5期,培训妇女300人。", None, "2019-04-10", None),
    known(BARE_PART,
          "荆州区妇联推进创业培训\n发布时间：2019-07-10\n上半年,荆州区妇联开展创业培"
          "训10期,培训妇女600人。", None, "2019-07-10", None),
    ("荆州区妇联推进创业培训\n发布时间：2019-07-10\n2019年上半年,荆州区妇联开"
     "展创业培训10期,培训妇女600人。", None, "2019-07-10", "2019"),
    # --- years inside an honour's or an event's name; years counted from an observance ---
    ("上杭县妇联表彰“最美家庭”\n发布时间：2019-03-09\n3月8日,上杭县妇联召开大会,表彰2018年度“最美家庭”20户"
     "。", None, "2019-03-09", None),
    ("上杭县妇联召开纪念大会\n发布时间：2019-03-09\n3月8日,上杭县妇联召开纪念"
     "“三八”国际妇女节109周年大会。", None, "2019-03-09", "2019"),
    ("洪雅县妇联开展庆祝活动\n发布时间：2019-03-09\n3月8日,在第109个“三八”国际妇女节到来之际,洪雅县妇联开展"
     "庆祝活动。",
     None, "2019-03-09", "2019"),
    ("弋阳县妇联开展主题活动\n发布时间：2021-06-30\n6月29日,弋阳县妇联开展庆"
     "祝建党100周年主题活动。", None, "2021-06-30", "2021"),
    # --- a year stated in the body for the event ---
    ("大悟县妇联开展慰问\n2018年1月29日,大悟县妇联走访慰问困难妇女20户。", None, None, "2018"),
    ("大悟县妇联开展慰问\n时间：2018-01-30\n1月29日,大悟县妇联走访慰问困难妇女2"
     "0户。", None, "2018-01-30", None),
    ("大悟县妇联开展慰问\n二〇一八年一月二十九日,大悟县妇联走访慰问困难妇女20户。", None, None, "2018"),
    # --- a plan page for the next year ---
    ("靖宇县妇联2020年工作计划\n发布时间：2019-12-30\n2020年,县妇联将围绕全县中心工作,重点抓好以下工作。",
     None, "2019-12-30", "2020"),
    # --- a 讯 dateline with its year, in a newspaper's form ---
    ("全州县妇联开展普法宣传\n本报讯（通讯员 李静）2020年12月4日,全州县妇联开展宪法宣"
     "传日活动。", None, None, "2020"),

    ("洪雅县妇联2016—2020年工作总结\n五年来,县妇联团结带领全县妇女建功立业。", None, None, "2016-2020"),
    ("弋阳县妇联二〇一九年工作总结\n一年来,县妇联开展培训30期。", None, None, "2019"),
    ("大悟县妇联开展春节慰问\n发布时间：2019-02-02\n2019年春节期间,大悟县妇联"
     "走访慰问困难妇女50户。", None, "2019-02-02", "2019"),
    ("靖宇县妇联开展慰问\n时间：2019年03月08日　　来源：靖宇县妇联　　【打印】【关闭】\n3月7日,靖宇县妇联开"
     "展慰问。", None, "2019-03-08", None),
    ("全州县妇联开展培训\n王芳 2019.3.8\n3月7日,全州县妇联开展培训。", None, "2019-03-08", None),
    ("威信县妇联开展培训\n3月7日,威信县妇联开展培训。\n（编辑：王芳）\n2019年3"
     "月8日", None, "2019-03-08", None),
    ("容城县妇联开展培训\n3月7日,容城县妇联开展培训。\n上一篇：容城县妇联召开执委会 2019-03-01\n下一篇：容"
     "城县妇联开展宣讲 2019-03-12", None, None, None),
    ("青河县妇联开展培训\n2022年07月06日 08:30 发表于新疆\n7月5日,青河县妇联开"
     "展培训。", None, "2022-07-06", None),
    ("陇县妇联召开二〇二〇年度执委会议\n发布时间：2020-01-10\n1月9日,陇县妇联"
     "召开执委会议。", None, "2020-01-10", "2020"),
    ("邱县妇联开展宣传\n发布时间：2019-05-10\n本年度,邱县妇联计划开展宣传活动"
     "20场。5月9日,县妇联开展宣传。", None, "2019-05-10", "2019"),
    ("康县妇联工作总结\n2019年,县妇联开展培训30期。明年,县妇联将继续开展培训。", None, None, "2019"),
    ("海陵区妇联“十三五”工作总结\n“十三五”期间,区妇联累计开展培训300期。", None, None, "2016-2020"),
    ("建邺区妇联开展慰问活动\n6月1日,建邺区妇联开展“六一”慰问活动。\n新闻推荐\n今年以来建邺区妇联累计帮扶儿"
     "童500人\n2021年建邺区妇联"
     "工作要点", "http://www.jianye.gov.cn/art/2022/6/2/art_1_2.html", "2022-06-02", None),
    ("荆州区妇联开展慰问活动\n6月1日,荆州区妇联开展“六一”慰问活动。\n相关阅读\n荆州区妇联召开执委会 05-20\n"
     "荆州区妇联开展培训 05-12", None, None, None),

    ("全州县妇联召开执委会议\n会议时间：2019年3月15日\n会议地点：县妇联会议室\n会议听"
     "取了县妇联工作报告。", None, None, "2019"),
    ("威信县“最美家庭”王芳\n出生日期：1975年6月\n王芳,威信县扎西镇人,多年来孝老爱亲。", None, None, None),
    ("青河县妇联开展培训\n发布时间：2019-03-08　　修改时间：2019-04-01\n3月7日,"
     "青河县妇联开展培训。", None, "2019-03-08", None),
    ("陇县妇联2019年3月工作简报\n本月,县妇联开展“三八”系列活动10场。", None, None, "2019"),
    ("邱县妇联开展宣传\n2019-03-08 星期五 农历二月初二\n3月7日,邱县妇联开展宣传"
     "。", None, "2019-03-08", None),
    ("康县妇联开展宣传\n近日,康县妇联开展宣传。", "http://www.gskx.gov.cn/xwzx/201903/ab"
                                                  "c123.html", "2019-03", None),
    ("海陵区妇联工作总结\n发布时间：2020-01-10\n1—11月,区妇联开展培训30期,帮扶"
     "妇女500人。", None, "2020-01-10", None),
    ("建邺区妇联召开2019年度执委会\n发布时间：2020-01-10\n1月9日,区妇联召开执委会,总结2019年工作,部署2020年"
     "任务。", None, "2020-01-10", "2019"),
    known(ONE_SENTENCE_TRAILER,
          "荆州区妇联开展宣传\n发布时间：2019-03-08\n3月7日,荆州区妇联开展宣传。\n相关新闻\n荆州区妇联2018"
          "年工作总结\n今年以来荆州区妇联累计帮扶妇女500人", None, "2019-03-08", None),
    ("上杭县妇联开展慰问\n发布日期：2019年3月8日　　来源：上杭县妇联　　阅读量：1024\n3月7日,上杭县妇联开展"
     "慰问。", None, "2019-03-08", None),
    ("洪雅县妇联开展慰问\n发布：2019-03-08\n3月7日,洪雅县妇联开展慰问。", None, "2019-03-08", None),
    # --- a person's life years in a profile (出生年月：, 1975年6月生, 出生于, 1998年10月参加工作) ---
    ("威信县“最美家庭”王芳\n姓名：王芳　性别：女　出生年月：1975年6月　民族：汉族\n多年来,王芳孝老爱亲"
     ",带动邻里和睦相处。",
     None, None, None),
    ("威信县三八红旗手王芳事迹材料\n王芳,女,1975年6月生,中共党员,现任扎西镇妇联主席。多"
     "年来,她扎根基层。", None, None, None),
    ("威信县三八红旗手王芳事迹材料\n王芳,女,汉族,出生于1975年10月,中共党员,1998年10月参加工作。多年来,"
     "她扎根基层。",
     None, None, None),
    # ... near misses: a year of the work itself beside the life year; a life year the rule already knew
    ("威信县三八红旗手王芳\n王芳,女,1975年生,中共党员。2019年,她带领妇女发展刺绣产业,"
     "帮助200名妇女增收。", None, None, "2019"),
    ("威信县“最美家庭”王芳\n王芳,女,汉族,1975年6月出生,威信县扎西镇人。多年来,她孝老爱"
     "亲。", None, None, None),
]
