"""Publication dates and covered periods of reports (a stage of ``describe``).

The publication date comes from where pages state it: a labelled line (``发布时间：``,
``日期:``), a timestamp in the page's header or footer, a closing date alone on one of the
last lines (the 落款 of a work report). Dates inside sentences are events, not the
publication; document numbers (``〔2019〕5号``) and phone numbers are not dates at all.
Chinese-numeral dates (二〇〇四年三月八日, 二OO四年, 二零一九年) are read with cn2an.

Where the text states no publication date, the page's url may: content systems file pages
under their date (``/2019-03/12/``, ``/201903/t20190312_123.html``, ``/2019/0312/``,
``art_2019_3_12``). That is weaker evidence than a date the page labels. An opening dateline
(``3月13日,县妇联召开2023年…``) is the event's day, and a month and day are never joined to a
year from elsewhere. A date the folder's ``SOURCES.csv`` records
wins over all. ``dated`` returns the date with where it came from (``SOURCES``).

The period is the years a report covers: from its title, then its opening sentences
(``2011—2015年``, ``十二五期间``, ``今年以来`` with the publication year, 第30个国际志愿者日), then
the year the text states most, leaving out years it plans, honours' years and the dates of
linked pages.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from functools import cache, lru_cache

import cn2an

from . import lexicon
from .clean import WIDTH_MAP
from .sources import UNLISTED, Listing
from .typology import TRAILER_OPENING

YEAR_DIGITS = r"(?:19[4-9]|20[0-4])\d"
# The years YEAR_DIGITS reads: from the 1940s, where a county's chronicle of its federation
# begins (the liberated areas' women's work before 1949).
MIN_YEAR, MAX_YEAR = 1940, 2049
# A year is written with 年; or bare, before the name of an event it names (2024学雷锋志愿服务活动,
# 2009中国·青海投资贸易洽谈会, 2019宁川马拉松赛): the year the event is held in, as 2019年 would be.
# Not a count (2019名妇女参加活动: a measure word follows), a date (2019-03-05) nor a range.
EVENT_NOUN = r"(?:活动|会|节|赛|展|论坛|行动|仪式|典礼)"
MEASURE = "|".join(map(re.escape, sorted(lexicon.measure_words(), key=len, reverse=True)))
NAMED_EVENT = (rf"(?<![-/]\d{{4}})(?![\d.\-/:：%~～年])(?!{MEASURE})"
               rf"(?=[\u4e00-\u9fff“\"《‘][^。，,；;！!？?、\s\d]{{0,20}}?{EVENT_NOUN})")
YEAR = re.compile(rf"(?<![\d.])({YEAR_DIGITS})(?:年(?!代)|{NAMED_EVENT})")
# A year-month-day with digit boundaries, so that 0536-8198101 or 2019.5.12.3 is not a date.
TIMESTAMP = re.compile(rf"(?<![\d.\-/])({YEAR_DIGITS})\s*[-/.年]\s*(\d{{1,2}})\s*[-/.月]\s*"
                       r"(\d{1,2})(?![\d.\-/])")
# A clock time as pages print it: 10:20, 10:20:33, 2019-03-08T10:20 (ISO 8601), 10时20分.
CLOCK = r"T?\d{1,2}(?::\d{2}|时\d{1,2}分)"
# A date with a clock time (2022年03月08日 10:20) is a page's timestamp, not a report's event.
STAMPED = re.compile(TIMESTAMP.pattern + r"[日号]?\s*" + CLOCK)
# A stamp in day.month.year order with its clock time (15.04.2015 15:05), as some sites print
# the page's time: turned into year-month-day before any date is read. Only with the clock,
# so that a version or section number (1.2.2019) is never read as a date.
DAY_FIRST_STAMP = re.compile(rf"(?<![\d.])(\d{{1,2}})\.(\d{{1,2}})\.({YEAR_DIGITS})(?=\s*\d{{1,2}}:\d{{2}})")
DATE_LINE = re.compile(r"^[\W_]*" + TIMESTAMP.pattern + r"日?[\W_]*$")  # [2019-03-08]
# A page's byline strip: a short line (no sentence in it) where the date stands between spaces
# beside the outlet and counters (凤网 2018-03-13 阅读数 443), or in brackets after the outlet's
# name or address (www.example.com(2011-11-11)来源:).
BYLINE_DATE = re.compile(r"(?:^|\s|[(（\[【])" + TIMESTAMP.pattern + r"[日号]?(?:\s|$|[)）\]】])"
                         # or a dashed date run into the author's name (2019-11-23袁绍阳 / 高丽2025-03-26):
                         # lost spacing in a byline; no headline writes a date with dashes
                         rf"|(?:^|\s|[\u4e00-\u9fff])({YEAR_DIGITS})-(\d{{1,2}})-(\d{{1,2}})"
                         r"(?=[\u4e00-\u9fff]{2,4}(?:\s|$)|\s|$)")
BYLINE_MAX = 60
# A byline's date followed by its next field's label (2025-11-03 来源:X区人民政府): the date is
# the byline's also where lost line breaks run the headline, the byline and the body together.
BYLINE_FIELD = re.compile(r"(?:^|\s)" + TIMESTAMP.pattern
                          + rf"[日号]?(?:\s*{CLOCK}(?::\d{{2}}|\d{{1,2}}秒)?)?"
                          r"\s*(?:来源|來源|作者|编辑|編輯)\s*[:：]")
# A stamp with its clock labelled by the verb after it (王芳2025/07/19 08:36:04 发布 IP属地…, 2020年12月04日
# 15:30 发表于浙江): a post's byline, the name often glued before it, also where lost line breaks run
# it into the body. Not a meeting held then (10:00 发布会召开) nor what was issued (发布的纲要).
POSTED_STAMP = re.compile(TIMESTAMP.pattern + rf"[日号]?\s*{CLOCK}(?::\d{{2}})?\s*(?:发布|发表)(?![会了的])")
# A portal header's clock (今天是2019年3月12日 星期二) shows the day the page was viewed.
TODAY = re.compile(r"(?:今天是|今天|今日|当前日期|当前时间|现在是|现在时间|北京时间)\s*[:：]?\s*$")
# So does a stamp labelled as the page's printing or viewing (打印时间：…, 浏览日期：…), and a forum's
# note of a post's last edit (本帖最后由 某某 于 2012-4-1 10:28 编辑): an edit stamp is no publication
# date (stop-13 adjudication); neither dates the report.
NOT_PUBLISHED = re.compile(r"(?:打印|浏览|访问|下载)(?:时间|日期)\s*[:：]?\s*$")
EDITED = re.compile(r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*编辑(?![:：])")
HEADER_LINES = 5
HEADER_CHARS = 600  # a page's header: its first lines, at most this many characters
SENTENCE_MARK = re.compile(r"[。，,；;！!？?]")
# 发布时间 or 发布于: anywhere, its colon often lost in scraping (发布时间2012年2月20日) or the label
# set in brackets (【发布日期】2019-03-05); a bare 时间/日期
# (or the verb alone, 发布：2021-03-05) only as a label of its own, with its colon (活动时间 dates
# an event). The verbs of a page's making that content systems put before 时间/日期 (创建时间,
# 提交时间, 撰稿时间, 稿件日期) are hand-listed: no library lists CMS field labels.
# 成文日期 is not among them: it dates the document, as its signature does, and is the date only
# where the page has no publication stamp (stop-30 second wave, row 1: ``DOCUMENT_DATE``).
DATE_LABEL = re.compile(r"(?:(?:发布|发表|发文|发稿|刊发|更新|上传|录入|添加|公开|签发|印发|提交|创建|"
                        r"撰稿|稿件|采编|编辑|审核|见报)"
                        r"(?:时间|日期|于)\s*[】\]］]?\s*[:：︰]?|(?<!\w)(?:时间|日期|发布|发表|更新)\s*[:：︰])\s*")
DOCUMENT_DATE = re.compile(r"成文(?:时间|日期)\s*[】\]］]?\s*[:：︰]?\s*")
# A date that runs on into a range or a part of the day (2019年3月8日至10日, 2019年3月8日上午) is
# an event's, never a page's stamp; so is one under a bare 时间:/日期: label with a place field
# after it on its line or the next (时间:2019年3月18日 / 地点:县妇联会议室): a notice's layout.
# The weekday may stand between, bracketed (时间:2019年3月8日（星期五）上午9:00): a notice's field.
EVENT_DAY = re.compile(r"[日号]?\s*(?:[(（](?:星期|周)[一二三四五六日天][)）]\s*)?(?:[至到~～—]|[上中下]午)")
BARE_LABEL = re.compile(r"(?<!\w)(?:时间|日期)\s*[:：︰]\s*$")
PLACE_FIELD = re.compile(r"[^\n]{0,30}\n?[^\n]{0,4}?(?:地点|地址|会场)\s*[:：︰]")
# The same field on a line of the body, where the cleaner took the 时间: line to the furniture
# (not 地址:, which a page's footer has too).
PLACE_LINE = re.compile(r"^[^\n]{0,4}?(?:地点|会场)\s*[:：︰]", re.M)
# A closing date alone on its line (after an optional signature or an editor's byline, 编辑:王某
# 2019年12月20日). Not right after a label's colon: 活动时间:2019年3月8日 on a notice's last lines
# is a field naming the event's day.
# An official document's imprint line ends on the day it was issued (…办公室 2019年3月8日印发).
SIGNATURE = r"^\S{0,30}?(?<![:：])\s*"
CLOSING_DATE = re.compile(SIGNATURE + rf"({YEAR_DIGITS})年(\d{{1,2}})月(\d{{1,2}})[日号](?:印发)?\s*$")
# A news item's closing byline in brackets with the day it was filed: （某镇妇联 2019年3月8日）,
# （某镇妇联供稿 2019-03-08）.
CLOSING_BYLINE = re.compile(r"^[(（][^()（）:：。,，;；]{0,30}?\s" + TIMESTAMP.pattern + r"[日号]?\s*[)）]$")
# A page's credit line on its last lines (编辑:王某 2019年12月20日, 供稿/审核/责编 …): the date the
# page was edited or filed, a publication date, as a signature's date is (stop 24).
CREDIT = re.compile(r"(?:编辑|责编|审核|审校|校对|供稿|撰稿|作者|来源|通讯员|记者|摄影)")
CLOSING_MONTH = re.compile(SIGNATURE + rf"({YEAR_DIGITS})年(\d{{1,2}})月\s*$")  # 二〇一九年十二月
CLOSING_LINES = 3
# A year and month alone on a line under the title (二〇一九年十二月, （2019年12月）): an official
# text's date set under its heading instead of under its signature, at month precision.
MONTH_LINE = re.compile(rf"^[(（]?({YEAR_DIGITS})年(\d{{1,2}})月[)）]?$")
# A date with its weekday (2025年03月26日 星期三): a newspaper page's or a portal's date line, even
# on the last lines; nobody signs a report with the day of the week.
WEEKDAY = re.compile(r"日\s*(?:星期|周|礼拜|禮拜)[一二三四五六日天]")
WEEKDAY_STAMP = re.compile(TIMESTAMP.pattern + WEEKDAY.pattern)
# A date in digits and separators (2018-05-06, [2018/05/06]): two or more of them on a page's
# last lines are the dates of a list of links to other items (相关新闻 … [2026-01-20] - …, its
# heading often dropped by the cleaner); a page states its own stamp once, and a signature
# writes its date in 年月日.
NUMERIC_DATE = re.compile(rf"(?<![\d.\-/])(?:{YEAR_DIGITS})[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?![\d.\-/])")
LISTED_DATES = 2
LABELLED_MONTH = re.compile(rf"({YEAR_DIGITS})\s*[-/.年]\s*(\d{{1,2}})(?:月|(?![\d.\-/]))")
CONTENT = re.compile(r"[\w]")  # a line of menu residue (| or ---) is no closing line
LINE = re.compile(r"^.*$", re.M)
# Chinese numerals of a date; the letter O (and ○, Ｏ) written for 〇 is a common slip.
CN_DIGIT = "〇○零OoＯ0一二三四五六七八九"
CN_DATE = re.compile(rf"(?<![\d.])[{CN_DIGIT}]{{4}}年(?:[一二三四五六七八九十]{{1,3}}月"
                     r"(?:[一二三四五六七八九十]{1,3}[日号])?)?")
ZERO_SLIPS = str.maketrans({"○": "〇", "O": "〇", "o": "〇", "Ｏ": "〇", "0": "〇"})  # 二0一九年
# Full-width digits (２０１９年３月８日), as the cleaner makes them half-width in the body; page
# furniture is read from the raw text the cleaner removed.
HALF_WIDTH = str.maketrans({**WIDTH_MAP, "．": "."})  # and the full-width dot of ２０１９．０３．０８
FULL_WIDTH_DIGIT = re.compile("[０-９]")
# Numerals set apart from their unit words (2023 年以来; a newspaper database's page line
# 某某报/2024 年/3 月/8 日/第 003 版): layouts that space or slash the parts of a date (PDF
# text, newspaper exports) are closed up before any date is read; slashes around the date
# become spaces, so it stands apart as a byline date does.
_GAP = r"[ \t\u3000\xa0]*"
SPACED_DATE = re.compile(rf"/?(?<![\d.])({YEAR_DIGITS}){_GAP}年(?:{_GAP}/?{_GAP}(\d{{1,2}}){_GAP}月"
                         rf"(?:{_GAP}/?{_GAP}(\d{{1,2}}){_GAP}([日号]))?)?/?")
# What any date SPACED_DATE changes holds, and DAY_FIRST_STAMP's day and month: both patterns
# open on an optional part or a look-behind, so the regex engine tries them at every character;
# these open on a character class and are scanned for first, which is several times faster.
SPACED_DATE_GAP = re.compile(r"[\d年月][ \t\u3000\xa0/]+[\d年月日号]")
DAY_FIRST_DAY_MONTH = re.compile(r"\d\.\d{1,2}\.\d")
# A year ahead (展望2025年, 力争到2025年) or one a meeting plans for (部署了2012年…, 谋划2018年…).
# These cues are read in a few characters before a year and end right before it (\Z, where $
# would also match before a line break: 计划 ending a title is no cue for the next line's year).
# Not 截至 / 截止到 (as of: the end of the span a review counts, 截至2019年底).
FUTURE_CUE = re.compile(r"(?:展望|(?<!截)(?<!截止)到|(?<!截)至|迈向|力争|计划|预计|部署|谋划|安排)了?\Z")
FUTURE_WINDOW = 4
# The year whose work a meeting asks to be done well (就如何做好2015年工作提出打算, 扎实做好2017年工作):
# the year it plans for, not one it reviews. In the body only: a notice's title (关于做好2023年…的通知)
# is about that year.
DO_WELL = re.compile(r"做好\Z")
# A range of years; not one that ends on a month (1988年至1997年2月 spans dates, not years).
# Its dash may be any of Unicode's (‐ ‑ ‒ – — ― U+2010-2015, the minus U+2212), doubled as a
# Chinese dash is (2016——2020年); a school year is a range too (2019—2020学年).
# Its first year may carry 年度 (2019年度至2020年度). A title may write the range without 年
# (规划（2016—2020）终期评估报告): BARE_RANGE, which no date (2019-03-05) can be.
DASH = r"[-\u2010-\u2015\u2212~～〜]"
_RANGE = (rf"(?<![\d.\-/])({YEAR_DIGITS})\s*(?:年度?)?\s*(?:{DASH}{{1,2}}|至|到)"
          rf"\s*({YEAR_DIGITS})")
RANGE = re.compile(_RANGE + r"学?年(?!\d{1,2}月)")
BARE_RANGE = re.compile(_RANGE + r"(?![\d年.\-/])")
# Years listed together opening a paragraph of the opening (2018、2019年,… / 2018年和2019年,…):
# the work of each, so the span from the first to the last (stop 23); not a full date's year,
# nor years listed inside a paragraph (…。2015年和2016年,县妇联分别…: earlier rounds).
LISTED_YEARS = re.compile(rf"(?:^|\n)[^。！？!?\n,，]{{0,12}}?(?<![\d.])({YEAR_DIGITS})年?"
                          rf"(?:\s*(?:、|和|与|及)\s*{YEAR_DIGITS}年?)*\s*(?:、|和|与|及)\s*"
                          rf"({YEAR_DIGITS})年(?![\d〇一二三四五六七八九十]{{1,2}}月|代)")
# The years in brackets after a document's name (妇女发展纲要(2011-2020年), 发展规划(2001 ~ 2010)): the
# span the document runs for, part of its name, not years the report covers.
DOCUMENT_YEARS = re.compile(rf"(?:纲要|规划|计划|方案|条例|意见|办法|规定)\s*[(（]([^()（）\n]{{0,6}}"
                            rf"{YEAR_DIGITS}[^()（）\n]{{0,14}})[)）]")
# The same span written before the document's name, which the work carries out or spreads
# (贯彻落实2021—2030年中国妇女发展纲要, 宣讲2021-2025年妇女发展规划): a cited document's span, not
# the report's (stop 23), unless the report evaluates the plan itself (终期评估, not cited so).
CITED_PLAN = re.compile(rf"(?:贯彻|落实|宣讲|宣传|学习|解读|实施|执行|围绕)[^。，,；;\n]{{0,6}}?"
                        rf"({_RANGE}学?年?)[^。，,；;！!？?\n]{{0,12}}?(?:纲要|规划)")
# A government's yearly work report cited for what it set out (落实2018年市政府工作报告提出的…), and
# the policy a year's meeting or document sets, whose spirit the work studies or spreads
# (学习贯彻2024年全国两会精神, 传达2022年省委经济工作会议精神, 宣讲2024年中央一号文件): the year of
# the cited policy, not of the report citing it, as a cited plan's span is (stop 23; stop 28: the
# national 两会 date only the policy background).
CITED_POLICY = re.compile(rf"({YEAR_DIGITS})年度?(?:[^。，,；;\n]{{0,6}}?(?:政府工作报告|一号文件)"
                          rf"|[^。，,；;！!？?\n年]{{0,16}}?(?:两会|会议|全会)精神)")
DAY_AFTER_YEAR = re.compile(r"\d{1,2}月\d{1,2}[日号]")  # 2012年|2月20日: the year of a full date
# An item's dateline (8月1日,…), not a page's date written with its year.
YEARLESS_DAY = re.compile(r"(?<![年\d])\d{1,2}月\d{1,2}[日号]")
# A plan named in a title (“十三五”妇女工作回顾) is its period; only the 11th plan on (十一五 ...
# 十五五), which no numeral or other plan series (七五普法) is mistaken for.
TITLED_PLAN = re.compile(r"[“\"']?(十[一二三四五六七八九])五(?![\d个年条项])")
# A year a template or a shared copy masks (20*年, 20xx年, 201X年, xx年): the report hides the
# year it covers, so the page's own date says nothing about it.
MASKED_YEAR = re.compile(r"(?<![A-Za-z\d])(?:(?:19|20)\d?[*＊×xXＸｘ]{1,2}|[*＊×xXＸｘ]{1,4})年")
# The start of a span past the opening (自2011年…以来, 从2017年起): the background of what the
# report tells, which it runs up to; the start is not a year the report covers.
SINCE = re.compile(r"(?:自|从|從)\Z")
# The span a stated year (or a month of it) opens and leaves open (从2016年底开始, 自2017年以来,
# 從2016年起, 自2020年4月开始): the corpus convention reads it, where it frames the work, as that year
# to the publication year, or that year alone where the page appeared in it (87baa0cbf290).
# (Also past the name of the congress held that year: 自2016年县妇女第十一次代表大会以来, a congress
# report's term since the last one.)
OPENED = re.compile(r"(?:[^。，,；;！!？?\n]{0,24}?(?:代表大会|妇代会|党代会)(?:召开)?)?"
                    r"(?:\d{1,2}月份?)?(?:底|初|末)?(?:以来|開始|开始|起|至今)")
OPEN_SPAN = re.compile(rf"(?:自|从|從)({YEAR_DIGITS})年(?={OPENED.pattern})")
# A periodical's issue after its year, ending the line or its field (婚姻与家庭 2019年6期 /
# 2019年第3期 作者): the page's date, not a year the text states; 2019年第3期培训班 is.
ISSUE = re.compile(r"第?\d{1,3}期(?=[ \t\u3000]|$)", re.M)
# A paragraph that looks back over a five-year term (过去五年,… / 近五年来,… / 五年来,…: a
# congress reviews the term since the last one): with the year of the review, the five years
# before it after 过去 (the corpus conventions: 过去五年 at a congress of 2023 covers 2018-2022),
# the five ending with it after a bare count or 近 (group 2: 五年来 at a congress of 2021 covers
# 2017-2021, stop 19 and stop 25; 近N年来 and 近N年 read as N年来, stop 25: groups 2 and 3). Only
# a paragraph's opening and only the term: a clause such as 近三年来 inside a year's report is
# background, not its frame (reading it also where a sentence opens or after 指出 lost a period
# on the test half's totals in stop 27).
LOOK_BACK = re.compile(r"(?:^|\n)[\s\u3000]*"
                       r"(?:过去(?:的)?([五5])年(?:来|里|中|间)?|近([五5])年(?:以?来|里|中|间)?|([五5])年以?来)[,，]")
# 去年 / 上年 / 上一年(度) framing a report's opening (去年全年, 上年度里), or the object of a
# meeting's review (总结了去年工作, 回顾上一年度): the year before the text's own date (the corpus
# convention: a meeting of year N that reviews year N-1 covers N-1). Opening a span to now
# (去年以来, its group 1), the year before to the text's own year (stop 24), where it opens a
# clause: told of one subject (该村去年以来…) it is background and sets nothing. Not a
# comparison with it (比去年同期) nor 上半年 / 上年纪. Not 过去一年 / 一年来 either: a span counted back
# from the date alone sets nothing (the stop-19 answer), where 去年 names a calendar year.
LAST_YEAR_NAME = r"(?:去年|上一?年度?)"
# A review's object, as a verb's (总结了2019年工作, 回顾去年) or as 对 X 进行总结 (对2019年全县妇联工作
# 进行了全面总结, 对去年工作进行回顾总结): what a meeting looks back on. Its group 1 is the year.
REVIEW_VERB = r"(?:总结|回顾|盘点)"
_REVIEWED = (rf"{REVIEW_VERB}了?{{year}}(?!同期)|对{{year}}[^。；;,，]{{{{0,16}}}}?(?:进行|作|做)了?"
             rf"[^。；;,，]{{{{0,4}}}}?{REVIEW_VERB}")
LAST_YEAR = re.compile(rf"{LAST_YEAR_NAME}(?:全年|一年)?(?:(以来|来)|[,，里中])|"
                       + _REVIEWED.format(year=LAST_YEAR_NAME))
REVIEWED_LAST_YEAR = re.compile(_REVIEWED.format(year=LAST_YEAR_NAME))
# The year just past as a meeting's object (回顾了过去一年的工作, 总结过去的一年): counted back, it
# names the year before the one the page states only for its plans (部署了2021年…) or names its
# meeting after (stop 25: 过去N年 with a year stated only for the plans ends the year before it).
REVIEWED_PAST_YEAR = re.compile(_REVIEWED.format(year="过去的?一年"))
# The same year just past opening a clause as the time of the work told (过去的一年,县妇联… /
# 一年来,…): beside a year stated only for the plans (2021年,县妇联将…) it is the year before that
# one, in a press item as in a summary (stop 28: the past year's results beside plans for a stated
# year take the reviewed year), as a summary whose only year is its plan's covers the year before
# (stop 26). A summary or report (its title says so) with a plan section also covers the year
# before the one its plans state.
REPORT_TITLE = re.compile(r"总结|總結|报告|報告|汇报|匯報|回顾|回顧|述职|述職")
PAST_YEAR_OPENS = re.compile(r"(?:^|[。！？!?；;,，\n])[\s\u3000]*(?:过去的?一年|一年(?:以)?来)[,，]")
# 十二五期间 -> 2011-2015: five-year plans run from 1966 + 5 * (n - 3) since the third.
PLAN = re.compile(r"(?<![一二三四五六七八九十百])[“\"']?(十[一二三四五六七八九]?|[三四五六七八九])五"
                  r"[”\"']?(?:期间|时期|以来)")
# A plan for a year, not a report on it: 2015年,县妇联将… / 2015年要…
# (or a plan's section: 2020年工作思路 / 打算 / 设想 / 要点)
# (or a meeting's plan for it: 对2019年工作做了规划和部署, 2018年工作安排, 签订2016年…目标管理责任书)
# (2015年要…: 要 right after the year only, not 2019年主要工作 nor 2019年要求 / 要闻)
PLANNED = re.compile(r"[,，]?(?:要(?![求闻])|[^。；;,，]{0,6}?(?:将要|将|计划|力争|拟|思路|打算|设想|要点|"
                     r"安排|部署|规划|谋划|目标)(?![来近]))")
# A heading of a report's plan section: a short line of its own ending on a plan word after a
# year (三、2020年工作思路), or on any word of what is to be done after 下一步, 明年 or 今后
# (三、存在的问题和下一步打算, 四、明年工作重点). After a year alone, 重点 / 任务 / 目标 / 措施 head a
# review as often (一、2019年重点工作 / 工作重点): such a heading is left unread. Not a review's
# heading (一、2019年工作重点完成情况), which goes on past the plan word.
_HEADING_END = r"[^\S\n]*[:：]?[^\S\n]*$"
PLAN_HEADING = re.compile(rf"^[^\S\n]*[^。；;！!？?\n]{{0,16}}?(?:"
                          rf"{YEAR_DIGITS}年度?[^。；;！!？?\n]{{0,6}}?(?:计划|打算|思路|要点|安排|设想)|"
                          r"(?:下一?步|明年|来年|今后|新的一年)[^。；;！!？?\n]{0,6}?"
                          rf"(?:计划|打算|思路|重点|要点|安排|设想|目标|任务|措施)){_HEADING_END}", re.M)
# Where a year opens a clause (2016年,市妇联将… / 二、2020年工作要点), not one inside a clause's
# words (为2020年全面建成小康社会, 解读2035年远景目标): read at the end of the text before the year.
CLAUSE_START = re.compile(r"(?:^|[。！？!?；;,，、\n])[\s\u3000]*"
                          r"(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．])?[\s\u3000]*\Z")
# A year a meeting's opening reviews (总结2019年工作, 回顾了2019年全县妇联工作).
REVIEWED = re.compile(_REVIEWED.format(year=rf"({YEAR_DIGITS})年"))
# A meeting named after its year (召开2023年工作会议, 2022年度全市妇联执委会议), not a year's summary
# or honours meeting (2019年度工作总结表彰大会), which is named after the year it reviews.
MEETING_OF_YEAR = re.compile(r"年度?(?:(?!总结|表彰)[^。，,；;！!？?\n]){0,10}?"
                             r"(?:工作会议?|执委会|全委会|会议)")
# What a meeting of the new year states of the year before: its results, told in a clause
# opening on that year (2022年,全市妇联… / 会议指出,2019年全市妇联工作…), on 去年 as what is
# reported (通报了去年…) or on the year just past (过去的一年,…).
LAST_YEAR_TOLD = re.compile(r"(?:^|[。！？!?；;,，\n])[\s\u3000]*(?:过去的?一年|去年)(?!同期)"
                            r"|(?:通报|汇报|报告)了?(?:去年|上一?年度?)|" + REVIEWED_PAST_YEAR.pattern)
# An ordinal or an anniversary in digits or Chinese numerals (第七个, 114周年).
COUNT = r"(\d{1,3}|[一二三四五六七八九十百零〇两]{1,6})"
UNCAPTURED_COUNT = COUNT.replace("(", "(?:", 1)
CENTENARY, CENTENARY_YEARS = "百年", 100  # 建党百年, 庆百年“三八”: the hundredth anniversary
# The years counted from a founding right after its name (改革开放40年来, 新中国成立70年来): they
# reach the year the text stands in, as an anniversary does (stop 29: e8a3d87a411f, 2018).
YEARS_SINCE = r"年以?来"
# the words an ordinal or an anniversary is written with
COUNTED = re.compile(rf"第|周年|{CENTENARY}|{YEARS_SINCE}")
# A title (or the kicker above it) that reviews a year named without 年 (回顾2019展望2020,
# 盘点2023, in either script): the year reviewed.
TITLED_REVIEW = re.compile(rf"(?:回[顾顧眸]|[总總]结|[总總]結|盘点|盤點)\s*({YEAR_DIGITS})(?![\d年])")
# A title's year written without 年 before the report it names (2019工作总结, 2019宁川县妇联工作回顾,
# 2019上半年工作要点): the year the report covers, as 2019年工作总结 is. Not a date (2019-03-05) nor
# a count (2019份), which no report word follows within the title's next words.
TITLED_BARE_YEAR = re.compile(rf"(?<![\d.\-/])({YEAR_DIGITS})(?![\d年\-/.])(?=[^\d\n]{{0,20}}?"
                              r"(?:工作|总结|回顾|盘点|报告|要点|计划))"
                              # or a bracketed year (工作总结(2019), a kicker 【2021】…), as a bracketed
                              # range is
                              rf"|[(（【\[]({YEAR_DIGITS})[)）】\]]"
                              # or a year standing as a noun, set off by punctuation or the title's
                              # end (2019，我们这样走过 / 砥砺奋进的2019 / 【2021·三八】): the year a
                              # review looks back on; not one it looks ahead to (展望2020, 喜迎2020)
                              rf"|(?<![\d.\-/望迎向])({YEAR_DIGITS})(?=\s*[,，:：!！、|｜·•]|\s*$)")
# A title's year of the plan it names beside a summary or review (关于2020年工作计划和2019年工作总结,
# 工作总结及2020年工作计划): the plan's year, not the one reviewed, which a page reviewing one year
# and planning the next covers (the corpus convention); the summary's year, or else the body's,
# gives it. A title naming a plan alone (2020年工作要点) covers the plan's year.
TITLED_PLAN_YEAR = re.compile(r"度?[^总结回顾盘点情况和及与暨、,，]{0,6}?(?:计划|打算|思路|要点|安排|设想)")
TITLED_REVIEW_WORD = re.compile(r"总结|回顾|盘点|情况|汇报")
# A yearbook (年鉴) of year n records year n - 1: 2021静安年鉴.
YEARBOOK = re.compile(rf"(?<!\d)({YEAR_DIGITS})年?\w{{0,10}}?年鉴|年鉴》?\s*[(（]({YEAR_DIGITS})[)）]")
HONOUR_TITLE = dict(lexicon.rows("entity_patterns.tsv"))["honour"]  # 最美家庭, 三八红旗手, …
# The words after an honour that make the year the round's own work, searched for, selected or
# announced (开展2021年度“最美家庭”寻访活动, 揭晓了2020年度最美家庭名单: stop 29 rounds, the selection
# run or its results announced give the period).
HONOUR_ROUND = r"[”’\"]?(?:寻访|评选|推选|选树|选拔|征集|创建|争创|活动|名单|结果)"
# An honour's year (表彰2023年度三八红旗手, 荣获2019年度…): the year the honour is for, not a
# year the report covers.
HONOURED = re.compile(r"(?:表彰|评选|评为|授予|荣获|获评)\w{0,2}\Z")
# The same year named inside the honour's name, before the word that makes it one: the year of
# an annual award or an assessment's grade (2022年度“最美儿媳”颁奖仪式, 2023年度目标考核特等奖), of
# a quoted contest (2022年“X”大赛获奖的孩子) or of a title the federation system awards after 年度
# (the lexicon's honours, not sought in the round: 为2023年度“最美家庭”颁发证书, 走访2023年度巾帼建功
# 标兵; stop 20: conferring or showing a round's honours dates the honours; a meeting that commends
# 2015年“巾帼文明岗” beside the next year's plans reviews 2015, stops 13 and 25). A year followed by
# a verb (2020年县妇联获表彰) is no name, and an assessment without a grade (2015年度目标考核会议)
# reviews its year. A selection's results or list after a year's quoted name (公布2015年“寻找最美”
# 系列活动评选结果) are the round's own work announced; after 年度, a year of merit, they stay the
# honours' (宣布2022年度“好婆婆”评选结果 at a 2023 meeting).
HONOUR_NAMED = re.compile(r"(?:(年度)|年[“\"‘])(?:(?!总结)[^。，,；;！!？?\n]){0,40}?"
                          r"(?:称号|颁奖|获奖|表彰|(?:评选|评比)(?(1)|(?!结果|名单|活动))|[等特]奖|等次)"
                          rf"|年度[^。，,；;！!？?\n]{{0,12}}?(?:{HONOUR_TITLE})(?!{HONOUR_ROUND})")
# A year opening a clause of the opening sentences, after at most a short tag (【概况】), not a
# date (2021年3月8日) nor a decade (80年代).
OPENING_YEAR = re.compile(rf"(?:^|[。！？!?\n])[^。！？!?\n,，]{{0,12}}?(?<![\d.])({YEAR_DIGITS})年"
                          r"(?![\d〇一二三四五六七八九十]{1,2}月|代)")
# An entry of a chronicle: a clause opening on its year, after a bracketed tag (【概况】) or a
# list number (一、) at most.
CHRONICLE_ENTRY = re.compile(rf"(?:^|[。；;\n])[\s\u3000]*(?:【[^】\n]{{0,12}}】|[一二三四五六七八九十]+、)?"
                             rf"[\s\u3000]*({YEAR_DIGITS})年")
CHRONICLE_YEARS = 3
# A line of a list of links to other pages (相关新闻 / 频道推荐 under an article): a bullet, then
# a headline (often glued to its date) with no sentence in it. Its dates and years are the
# linked pages'. A dot bullet is often set close against the headline (·县妇联召开执委会 2022-05-20);
# a dash only with a space (-2019 is a number).
LINK_LINE = re.compile(r"^[ \t]*(?:[-–][ \t]+|[•·][ \t]*)[^。；;\n]*$", re.M)
# A line naming the files attached under an article (附件：1.…, 附件下载：…, 附件2、…).
ATTACHMENT = re.compile(r"^[ \t\u3000]*附件(?:下载)?[ \t]*(?:[:：]|\d|[一二三四五六七八九十][、.．:：])",
                        re.M)
# A headline of another item in a list at a page's foot: a line of this many characters with no
# sentence mark; shorter lines there are the list's heading (往期推荐, 热门文章) or a signature. A line
# opening on a list number (二、, 3., （四）) is the report's own item, not another page's headline.
HEADLINE_MIN, HEADLINE_MAX = 8, 40
# A notice's time or place field (活动时间:2019年3月15日, 报名时间:…, 活动地点:…) is the article's,
# no linked headline: the year it states for the event it announces is the period (stop-30
# second wave, row 2).
EVENT_FIELD = re.compile(r"^\S{0,6}?(?:时间|日期|地点|会场)\s*[:：︰]")
LIST_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．]"
                         r"|[(（][一二三四五六七八九十\d]{1,3}[)）])")
FOOT_HEADLINES = 2
# A page's links to its neighbours (上一篇：headline 2018-05-06 / 下一条：…): the date is the
# neighbour's. Hand-written from how news and government pages end.
NEIGHBOUR_LINK = re.compile(r"^[ \t【\[]*(?:[上下前后]一?)[篇条則则][ \t]*[:：】\]].*$", re.M)
# A year of a person's life told in passing (2010年毕业于…, 1985年出生, 2003年10月参加工作, a
# résumé's 1975年6月生,): a biography's year, not one of the work the report covers.
LIFE_EVENT = re.compile(r"(?:\d{1,2}月(?:\d{1,2}[日号])?)?(?:\w{0,2}?(?:毕业|出生|生于|参加工作|参加革命|"
                        r"入党|入伍|参军|退休|结婚|嫁到|嫁给)|生(?=[,，。；;、)）\s]))"
                        # or a body's, a law's or an honour's, as a subject's background: a
                        # founding told without an object (该协会2018年成立, 2018年成立的), a place
                        # built or set up then, the year an attribute of its noun (2021年建成的儿童
                        # 之家, 在2022年新建的妇女之家), a law's day in force or of its passing
                        # (2016年3月1日起施行, 2022年10月30日修订通过, 2022年修订的, 2023年新修订的,
                        # 2022年施行的), an honour or a
                        # rank received then (2016年被评为, 2015年荣获, 2017年被列为); not the work a
                        # year opens (2018年成立了…, 2018年新建儿童之家20个, 2018年,县妇联荣获…)
                        r"|\w{0,2}?成立(?=[,，。；;的]|$)|\w{0,2}?(?:建成|新建|创办|创建|组建|建立|落成|挂牌"
                        r"|投入使用|投用)(?=的)|\d{1,2}月\d{1,2}日起?(?:正式)?(?:施行|实施|生效)"
                        r"|(?:\d{1,2}月(?:\d{1,2}日)?)?(?:修订|修正|颁布|审议通过)|新?(?:修订|修正|施行)的"
                        r"|被?(?:评为|授予|列为|命名为|确定为)|荣获|获评|荣膺"
                        # or a person's illness, injury or death (2014年确诊患有宫颈癌, 丈夫2009年去世,
                        # 2016年因病去世, 2018年不幸罹患…): a patient's history; not a count of the
                        # year's cases (2018年全县确诊…, 共确诊患者12名), which is the work's
                        r"|(?:(?![共全累])\w){0,2}?(?:不幸|因病|意外)?(?:确诊|患有|患上|罹患|查出患|去世|"
                        r"病逝|病故|离世|逝世|身故|致残|瘫痪)")
# A profile's career step told of its subject (2015年,她当选扎西镇妇联主席; 2018年3月,她调任…): it dates
# her and her titles, not the deeds the profile praises (stop-30 second wave, row 4).
CAREER_STEP = re.compile(r"(?:\d{1,2}月(?:\d{1,2}[日号])?)?[,，]?(?:她|他)(?:先后|又|再次)?"
                         r"(?:当选|被选为|被推选为|被任命为|担任|出任|调任)")
# The same years as a profile's fields or after their verb (出生年月：1975年6月, 参加工作时间：1998年,
# 出生于1975年).
LIFE_FIELD = re.compile(r"(?:出生|参加工作|入党|入伍)(?:年月|日期|时间|年份|于)?\s*[:：︰]?\s*\Z")
# A sentence opening (after at most a short aside such as 据了解,) on a body the text points back to
# with 该 or 这家 (该基地, 该合作社, 这家公司): the body an item visits or tells of. Not a place (该县,
# 该镇, 该社区: a news item's name for the author's own place), a women's body (该县妇联, or 该会,
# the federation as an outside reporter calls it) nor the work itself (该项目, 该活动, 该工程).
ANOTHER_BODY = re.compile(r"[\s\u3000]*(?:[^。！？!?\n,，]{1,6}[,，][\s\u3000]*)?(?:该|這|这[个家所]?)"
                          r"(?![省市州盟县区旗镇乡街村社会]|[^。！？!?\n,，]{0,4}?"
                          r"(?:[妇婦]|项目|活动|工程|行动|计划|品牌|平台|工作))")
SENTENCE_END = "。！？!?\n"
# An aside's figure of a whole place (据统计,2023年全县共有女性创业者3000人 / 据了解,该县2022年共受理…)
# in an item whose opening dates its one event: the figure's year dates the sector's or the place's
# numbers, told as background, not the event the item reports (stop 26). Only a place written as
# 全, 该 or 我 with its level; figures the federation gives of its own work (据悉,2020年省妇联实施…)
# are the work's, as an item that is only the aside is (据悉,该市2020年累计扶持…, stop 25).
PLACE_SUBJECT = r"(?:全|该|我)[省市州盟县区旗镇乡村]"
ASIDE_BEFORE = re.compile(rf"据(?:不完全)?(?:统计|了解|悉|介绍|调查)[,，:：]?\s*({PLACE_SUBJECT})?\Z")
ASIDE_WINDOW = 12  # the cue and a place subject before the year
PLACE_AFTER = re.compile(rf"(?:底|末|初)?[,，]?\s*{PLACE_SUBJECT}")
FULL_STOP = re.compile(r"[。！？!?]")
# A named body founded in the sentence a year (or its month) opens (2021年,某社区成立“妈妈邦”志愿服务队 /
# 2018年11月,某社区妇联按照…要求,率先成立凤凰街首个妇女微家): a feature about that body tells its
# founding as the background of the work done since (stop 28), not a year that work covers. The body
# is named (a quoted brand, the first of its kind): teams a federation builds as its work
# (2016年,县妇联组建巾帼志愿服务队, 组建服务队20支) are that year's work. Not a founding told to the day
# (2019年5月9日,…合作社成立: the item's own event), nor a span it opens (成立以来).
FOUNDING = re.compile(r"(?:\d{1,2}月)?(?:[^。；;！!？?\n]{0,40}?(?:成立|组建|创办|建立)了?(?!以来|之初|至今)"
                      r"(?=[^。，,；;！!？?\n]{0,12}?(?:[“\"‘]|首[个家支]|第一[个家支]))"
                      # or the body as the subject of a founding that closes its clause, with no
                      # object (2015年,某县妇女儿童公益联盟成立,34家组织加入 / 2014年11月,某合作社挂牌成立):
                      # the body's birth, told as the background of what it does since
                      r"|[,，]?[^。，,；;！!？?\n]{2,30}?(?:正式|挂牌|揭牌)?(?:成立|组建|创办|建立)"
                      r"(?=[,，。；;！!？?\n]|$))")
# The year a cumulative figure is counted up to (截至2021年底, 截止到2021年): the end of its span.
AS_OF = re.compile(rf"(?:截至|截止到?)\s*({YEAR_DIGITS})年")
AS_OF_BEFORE = re.compile(r"(?:截至|截止到?)\s*$")  # the words before a year AS_OF reads
SENTENCE_WINDOW = 120  # how far back a year's sentence opening is looked for (linear on floods)
# An upcoming event's year (将于2024年召开的…, 即将在2025年举办): it dates something other than the
# work reported and sets no period (stop 25), even where the text has no other year.
UPCOMING = re.compile(r"(?:[将拟定](?:于|在)|即将)\Z")
# What the work builds on (在2020年开展培训的基础上, 继2020年成功举办首届大赛之后): an earlier
# round, background that sets nothing (stop 23), where 在 or 继 opens the phrase.
BUILDS_ON = {"在": re.compile(r"[^。，,；;！!？?\n]{0,24}?基础上"),
             "继": re.compile(r"[^。，,；;！!？?\n]{0,24}?之?后")}
# A year a comparison is made with (比2018年增加3期, 较2018年, 与2018年同期相比): the baseline, not a
# year the report covers.
COMPARED_WITH = re.compile(r"(?:比|较|比较|相较|相比|对比)\Z")
COMPARED_TO = re.compile(r"[^。，,；;！!？?\n]{0,6}?(?:相比|相较|比较|对比)")
# The year of a body's founding after its verb (该合作社成立于2018年, 该基地始建于2019年, 该儿童之家
# 创办于2020年): the body's background. Not a brand or a project the report's author built
# (品牌创建于2006年), which is its own work.
FOUNDED_IN = re.compile(r"(?:成立|(?<!创)建|创办|组建)于\Z")
# A report appears within a year or so of the work it covers: a year stated once and more than
# this many years before the publication year is background (an earlier step, a past example),
# unless the opening states it (2019年3月8日,县妇联举办…: the item's own event, on a page a mirror or
# a document site dates years later).
STALE_YEARS = 2
# 今年以来, or a part of the year with 今年 (今年上半年); a bare part of the year (上半年,我县妇联…, a
# title's 一季度工作简报) states no year, and the text's date does not make one derivable (stop 24,
# stop-25 rounds).
THIS_YEAR = re.compile(r"今年(?:以来|上半年|下半年|前三季度|[一二三四]季度|年初|来)|本年(?![级龄纪])|"
                       r"年初(?:以来|至今)")

# A year-end review's title (县妇联工作总结, 年终总结, and the year's other review genres: a 述职报告,
# a 工作回顾, a committee's 工作报告 or 工作汇报; not a 报告会 nor a 调研报告): one dated in January
# that says 今年 (今年以来) covers the year just ended, which it reviews (stop 26), as a title's
# 2019年度 would say.
YEAR_END_TITLE = re.compile(r"总结|總結|年终|年終|述职|述職|回顾|回顧|工作(?:报告|報告|汇报|匯報)")
YEAR_END_MONTH = "01"
# Days in a month and in half a year, for how far an event's day lies ahead of the page's date.
MONTH_DAYS, HALF_YEAR_DAYS = 31, 183
# A day named ahead of the page (将于12月17日召开, 定于…, 拟在…): a plan, no date of work done.
DAY_AHEAD = re.compile(r"(?:将|拟|定|计划|预计|准备)(?:于|在)?\Z")
# 今年 / 本年(度) / 年初以来 (至今) anywhere in a text that states no year of its own: the text names the
# year it appeared in (自今年5月份以来, 今年是…, 本年共…), as 今年以来 in the opening does; not a
# person's age (今年45岁, 今年已七十多岁), which dates nothing, nor a school's grade (本年级).
AGE = r"(?:已经|已|才|刚满|刚|满)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})多?周?岁"
THIS_YEAR_ANYWHERE = re.compile(rf"今年(?!{AGE})|本年(?![级龄纪])|年初(?:以来|至今)")
# 今年 / 去年 opening a clause as the time of work done (今年4月初,… / 去年10月,县妇联… / 今年,县妇联… /
# 今年以来,…, 去年全年,…): a year the text names against its own date, as it states 2018年,… (not 比去年同期,
# 今年工作思路); a review with no year of its own spans the years its items are dated by (stop 31,
# batch 37: 去年年初 elections beside a 今年以来 section give both years).
RELATIVE_FRAME = re.compile(r"(?<![^。！？!?；;,，”’」\s])(今年|去年)"
                            r"(?=\d{1,2}月|[一二三四五六七八九十]{1,2}月|年初|年底|上半年|下半年|以来|(?:全年)?[,，])")

# Where a date came from (the reports table's ``date_source``).
SOURCES = ("sources_csv", "text", "url")
# A date in a url's path or query: 20190312 (t20190312_123), 2019-03-12, 2019/03/12, 2019_3_12,
# 2019-03/12, 2019/0312 or 2016/difang_0128 (a year folder, then a month-day at a segment's
# end), 201903/12 (an e-paper's month folder, then its day folder); else a timestamp (below);
# else a month folder 201903 or 2019-03; else a year folder /2019/. Digits glued to more digits
# are ids, not dates (but for a timestamp's clock digits).
URL_DAY = re.compile(rf"(?<![0-9])({YEAR_DIGITS})(?:(\d{{2}})(\d{{2}})|[-_/.](\d{{1,2}})[-_/.]"
                     r"(\d{1,2})|/(?:[a-z_]*?_)?(\d{2})(\d{2})|(\d{2})/(\d{2}))(?![0-9])", re.I)
# A content system's timestamp as a file's name (20190312103045123.html, 2019031210.shtml): the
# date, then an hour (00-23) and more clock or counter digits. (Other long runs are ids.)
URL_STAMP = re.compile(rf"(?<![0-9])({YEAR_DIGITS})(\d{{2}})(\d{{2}})(?:[01]\d|2[0-3])\d{{0,13}}(?![0-9])")
URL_MONTH = re.compile(rf"(?<![0-9])({YEAR_DIGITS})[-_]?(\d{{2}})(?![0-9])")
# A year folder alone (/book/2019/cnxz/...): the page is dated to its year, as the corpus's
# conventions take a url's date at the url's precision. A folder, not a file named 2019.html.
URL_YEAR = re.compile(rf"/({YEAR_DIGITS})/")


def dated(furniture: str, body: str, listing: Listing = UNLISTED) -> tuple[str | None, str | None]:
    """The publication date and its source (one of ``SOURCES``): the date ``SOURCES.csv``
    records, else the page's own (``publication_date``), else one in its url. A month and day
    in the opening sentence (``3月13日,县妇联召开2023年…``) are the event's and are not joined
    to a year from elsewhere: an item dated only so has no date."""
    if listing.date:
        return listing.date, "sources_csv"
    if date := publication_date(furniture, body):
        return date, "text"
    if date := url_date(listing.url):
        return date, "url"
    return None, None


def url_date(url: str | None) -> str | None:
    """The date a url's path or query files its page under (day precision before month,
    month before year);
    the host is left out: digits in a domain are no date."""
    if not url:
        return None
    path = re.sub(r"^[a-z][\w+.-]*://[^/?#]*", "", url.strip(), flags=re.I)
    for match in URL_DAY.finditer(path):
        year, *parts = match.groups()
        month, day = next((m, d) for m, d in zip(parts[::2], parts[1::2], strict=True) if m)
        if date := _valid(int(year), int(month), int(day)):
            return date
    for match in URL_STAMP.finditer(path):
        if date := _valid(*map(int, match.groups())):
            return date
    for match in URL_MONTH.finditer(path):
        if 1 <= int(match.group(2)) <= 12:
            return f"{match.group(1)}-{match.group(2)}"
    if match := URL_YEAR.search(path):
        return match.group(1)
    return None


@lru_cache(maxsize=32)  # a report's body, title, lead and header lines are each read again
def arabic_dates(text: str) -> str:
    """Chinese-numeral dates rewritten in digits (二〇〇四年三月八日 -> 2004年3月8日), spaced or
    slashed dates closed up (2024 年/3 月/8 日 -> 2024年3月8日), day-first stamps put in order
    (15.04.2015 15:05 -> 2015-04-15 15:05), full-width digits made half-width."""
    if FULL_WIDTH_DIGIT.search(text):
        text = text.translate(HALF_WIDTH)
    if SPACED_DATE_GAP.search(text):
        text = SPACED_DATE.sub(_closed_up, text)
    if DAY_FIRST_DAY_MONTH.search(text):
        text = DAY_FIRST_STAMP.sub(lambda m: f"{m.group(3)}-{m.group(2)}-{m.group(1)}", text)
    if not CN_DATE.search(text):
        return text
    return CN_DATE.sub(lambda m: cn2an.transform(m.group(0).translate(ZERO_SLIPS), "cn2an"),
                       text)


def _closed_up(match: re.Match) -> str:
    written = match.group(0)
    if not re.search(r"\s|/", written.strip("/")):
        return written  # written closed up already (2024年3月8日/ stays as it is)
    year, month, day, unit = match.groups()
    date = f"{year}年" + (f"{month}月" if month else "") + (f"{day}{unit}" if day else "")
    return f" {date} " if "/" in written else date


def header_lines(text: str) -> str:
    """Lines at the top or the foot of a page that carry a page timestamp: page furniture,
    whether the cleaner kept it in the body (``2022年03月08日 10:20 X县人民政府网``) or removed
    it under another rule (a byline strip under the headline taken for a photo caption). At
    the foot only a stamp with a clock time or a weekday, or a date alone on its line, counts
    (and none where two or more dates list linked items): a short line
    with a date there is as often a link to a neighbouring article."""
    top = _not_viewed([line for line in text[:HEADER_CHARS].split("\n") if line.strip()][:HEADER_LINES])
    foot = [] if _link_list(text) else _not_viewed(_foot(text))
    found = [line for line in map(arabic_dates, top) if not SENTENCE_MARK.search(line) and (
        _stamp(line) or (len(line) <= BYLINE_MAX and BYLINE_DATE.search(line)))]
    found += [line for line in map(arabic_dates, foot) if not SENTENCE_MARK.search(line) and (
        _stamp(line) or WEEKDAY_STAMP.search(line)) and line not in found]
    return "\n".join(found)


def _not_viewed(lines: list[str]) -> list[str]:
    """Lines without a clock split over two (今天是： / 2019年3月12日 星期二: the day of viewing)."""
    return [line for k, line in enumerate(lines) if not (k and TODAY.search(lines[k - 1]))]


def _foot(text: str) -> list[str]:
    return [line for line in text[-HEADER_CHARS:].split("\n") if line.strip()][-HEADER_LINES:]


def _link_list(text: str) -> bool:
    """Whether a page's last lines are a list of links (``NUMERIC_DATE``, ``LISTED_DATES``)."""
    return sum(bool(NUMERIC_DATE.search(line)) for line in _foot(text)) >= LISTED_DATES


def _stamp(line: str) -> bool:
    return bool(STAMPED.search(line) or DATE_LINE.match(line))


def publication_date(furniture: str, body: str) -> str | None:
    """A labelled date anywhere, else a byline's date before its source or author label (in
    the furniture or the page's top), else the first timestamp in the page furniture, else
    the closing date of the body, else a year and month alone on a line of its top."""
    furniture = arabic_dates(NEIGHBOUR_LINK.sub("", LINK_LINE.sub("", furniture)))
    body = arabic_dates(body)
    for text in (furniture, body):
        for label in DATE_LABEL.finditer(text):
            stamp = TIMESTAMP.match(text, label.end())
            if stamp and _event_day(text, stamp, body):
                continue
            if date := _iso(stamp):
                return date
            if (month := LABELLED_MONTH.match(text, label.end())) and 1 <= int(month.group(2)) <= 12:
                return f"{month.group(1)}-{int(month.group(2)):02d}"  # 日期：2023年5月
    for byline in (BYLINE_FIELD, POSTED_STAMP):
        if date := _iso(byline.search(furniture) or byline.search(body[:HEADER_CHARS])):
            return date
    for match in TIMESTAMP.finditer(furniture):
        before = furniture[max(0, match.start() - 8):match.start()]
        if (TODAY.search(before) or NOT_PUBLISHED.search(before)
                or before.rstrip(" :：︰】]］").endswith(("成文日期", "成文时间"))
                or EDITED.match(furniture, match.end())
                or _event_day(furniture, match, body)):
            continue
        if date := _iso(match):
            return date
    closing = [] if _link_list(body) else body[_closing_start(body):].split("\n")
    for line in [line for line in closing if CONTENT.search(line)][::-1]:
        if date := _iso(CLOSING_DATE.match(line.strip()) or DATE_LINE.match(line.strip())
                        or CLOSING_BYLINE.match(line.strip())):
            return date
        if (month := CLOSING_MONTH.match(line.strip())) and 1 <= int(month.group(2)) <= 12:
            return f"{month.group(1)}-{int(month.group(2)):02d}"
    for text in (furniture, body):  # a document's own date (成文日期), ranked as its signature's
        for label in DOCUMENT_DATE.finditer(text):
            if date := _iso(TIMESTAMP.match(text, label.end())):
                return date
    top = [line.strip() for line in body[:HEADER_CHARS].split("\n") if CONTENT.search(line)]
    for line in top[:HEADER_LINES]:
        if (month := MONTH_LINE.match(line)) and 1 <= int(month.group(2)) <= 12:
            return f"{month.group(1)}-{int(month.group(2)):02d}"
    return None


def _event_day(text: str, stamp: re.Match, body: str = "") -> bool:
    """Whether a date is an event's field (``EVENT_DAY``, or a bare label's with a place field
    after it, ``PLACE_FIELD``, or on a line of the body, ``PLACE_LINE``)."""
    if EVENT_DAY.match(text, stamp.end()):
        return True
    return bool(BARE_LABEL.search(text, max(0, stamp.start() - 8), stamp.start())
                and (PLACE_FIELD.match(text, stamp.end()) or PLACE_LINE.search(body)))


def unlinked(raw: str, body: str, lead_end: int) -> str:
    """The body without the page after the article whose heading (相关阅读, 新闻推荐 …) the cleaner
    dropped as page furniture: the stories listed under it keep their own years and 今年, as the
    stop-20 reading has them set nothing for the report. Cut at the first line after the raw
    heading, where the body has it past the opening sentences (past the first, in an item of one
    sentence, whose trailer's first headlines stand among the opening ones); and without the links
    at the page's foot (``_foot_links``)."""
    lead_end = _first_sentence_end(body, lead_end)
    lines = [line.strip() for line in raw.split("\n")]
    for k, line in enumerate(lines):
        if line[:1] in "(（" or not TRAILER_OPENING.match(line) or line in body:
            continue  # a bracketed line is no heading; a heading the body kept is _article's
        following = next((later for later in lines[k + 1:] if CONTENT.search(later)), None)
        at = body.find(following, lead_end) if following else -1
        body = body[:at] if at >= 0 else body  # the first dropped heading only: linear in floods
        break
    return body[:_foot_links(body, lead_end)]


def _first_sentence_end(body: str, lead_end: int) -> int:
    """Where the body's first sentence past its title line ends, if before ``lead_end``."""
    title_end = body.find("\n")
    end = FULL_STOP.search(body, title_end, lead_end) if title_end >= 0 else None
    return end.end() if end else lead_end


def _foot_links(body: str, lead_end: int) -> int:
    """Where the links under the article start, past the opening: its attachments (附件：1.2019年度
    …细则.doc, whose names are the files') or the headlines of other items closing the page (two or
    more lines of a headline's length with no sentence mark, under a short heading of their own
    such as 往期推荐 or none): their years are those items', as a trailer's are (stop 20). The
    body's length where it has neither."""
    attachment = ATTACHMENT.search(body, lead_end)
    end = attachment.start() if attachment else len(body)
    start, headlines = end, 0
    for line in reversed(list(LINE.finditer(body, lead_end, end))):
        text = line.group().strip()
        if not text:
            continue
        if (SENTENCE_MARK.search(text) or len(text) > HEADLINE_MAX or LIST_NUMBER.match(text)
                or EVENT_FIELD.match(text)):
            break
        if len(text) >= HEADLINE_MIN:
            headlines += 1
        start = line.start()
    return start if headlines >= FOOT_HEADLINES else end


def _closing_start(body: str) -> int:
    """Where the body's last lines with content start (``CLOSING_LINES`` of them): a signature
    and its date stand there."""
    starts = [line.start() for line in LINE.finditer(body) if CONTENT.search(line.group())]
    return starts[-CLOSING_LINES] if len(starts) >= CLOSING_LINES else 0


def _iso(match: re.Match | None) -> str | None:
    return _valid(*map(int, match.groups()[-3:])) if match else None


def _valid(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` of a day that exists (no 2019-02-30), else None."""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def period(body: str, date: str | None, title: str | None, lead_end: int) -> str | None:
    """The years a report covers, ``2019`` or ``2011-2015``: what its title says, else its
    opening sentences (a meeting named after the new year that reviews the last: the reviewed
    year), else the span of a chronicle, else the n-th counted day the opening names, else the
    publication year where the opening says 今年 (the year before in a year-end summary dated
    January, or where it names this year only for the plans of a meeting that reviews the
    last), else a
    look back over the last N years before the publication year, else its most stated past year
    (not a biography's year, nor one stated once long before the publication year; run to
    the publication year where the text leaves it open, 2006年至今, or spanned with the years
    it names against its date, 今年4月 / 去年10月), else those relative years' span, else a
    span a stated year opens up to the publication year (从2016年底开始), else the
    publication year where the text says 今年 (or 本年度), else the year of a counted day it
    names; else none. The publication date alone gives no period: a
    report of one event whose text states no year tells its date, not the year it covers, as
    the adjudicated gold reads it (``eval/dev/README.md``)."""
    text = body = CITED_POLICY.sub(_unnamed, CITED_PLAN.sub(_unnamed, DOCUMENT_YEARS.sub(
        _unnamed, _undated(body))))
    title = arabic_dates(title or "")
    lead = arabic_dates(body[:lead_end])
    masked = MASKED_YEAR.search(title + "\n" + lead)
    # a shared copy's file name (2022街道妇联工作报告.doc) over a text that masks its year says nothing
    bare = not masked and _bare_titled_year(title)
    stated = (_span(title) or _plan(TITLED_PLAN.search(title)) or _yearbook(title)
              or _titled_year(title, date) or bare or _named_review(title) or _span(lead)
              or _named_review(lead) or _listed(lead))
    if stated:
        return _reviewed_before(lead, stated, date)
    body = arabic_dates(LINK_LINE.sub("", body))
    if chronicle := _chronicle(body):
        return chronicle
    # the n-th Women's Day (or other counted day) names the year of the event the item reports,
    # and dates an undated page as a publication date would (not the years it reviews)
    observed = (observance := _observed(title + "\n" + lead)) and str(observance)
    published = date[:4] if date else observed
    if masked:
        published = observed = None  # 20*年上半年 on a template page dated 2022: not 2022
    # a plan looked back on only past an opening that states the year of its own work is background
    if (published and (TITLED_PLAN.search(lead) or not _lead_year(lead, published, title))
            and (reviewed := _completed_plan(body, int(published)))):
        return reviewed
    if published and (this_year := THIS_YEAR.search(lead)):
        if _planned(lead, this_year.start(), this_year.end()) and _reviews_past_year(lead):
            return str(int(published) - 1)  # 总结上一年度工作,部署本年度任务: the year it reviews
        return _this_year(published, date, title, lead)
    if published and not YEAR.search(lead) and (last_year := _last_year(lead, int(published))):
        return last_year
    article = _article(LINK_LINE.sub("", text), lead_end)
    if opening := _opening_year(lead, published, title, article):
        return _opened(lead, opening, date) or _reviewed_before(lead, opening.group(1), date)
    if observed:
        return observed
    if (look_back := LOOK_BACK.search(body)) and (reviewed := _review_year(body, lead, published)):
        years, end = _count(next(filter(None, look_back.groups()))), int(reviewed) - 1
        end += not look_back.group(1)
        return f"{end - years + 1}-{end}"
    # the years the article states, past the page's dates, honours' years and the start of a span
    # told as background: the most stated of those it covers (not past its plan heading, nor
    # after its date), else of those it plans where a year opens a clause and the text names no
    # year of its own with 今年 (a text whose only year is ahead of it, 2016年,市妇联将…)
    stamped, event = _page_dates(body), YEARLESS_DAY.search(lead)
    told = len(_article(body, lead_end))  # a trailer's headlines (相关链接：Y年…) date their own items
    stated = [m for m in YEAR.finditer(body, 0, told) if not _honoured(body, m.start(), m.end())
              and not _baseline(body, m, published, article)
              and not SINCE.search(body[max(0, m.start() - 2):m.start()])
              and not _passing(body, m.start(), m.end())
              and not _founding(body, m, published, title)
              and not (event and _place_aside(body, m.start(), m.end()))
              and not any(start <= m.start() < end for start, end in stamped)]
    plans_from = _plan_section(body, lead_end)
    covered = [m for m in stated if not _planned(body, m.start(), m.end()) and m.start() < plans_from
               and not _ahead(m, published)]
    framed = _relative_years(article, int(published)) if published else set()  # none when masked
    planned = [] if framed else [m for m in stated if not _ahead(m, published)
                                 or CLAUSE_START.search(body[max(0, m.start() - 12):m.start()])]
    if years := Counter(m.group(1) for m in covered or planned):
        top = max(years.values())
        most = max(year for year, n in years.items() if n == top)
        opened = next(filter(None, (_opened(body, m, date) for m in covered if m.group(1) == most)), None)
        opened = opened or _holding_span(body, covered, most, date, lead_end)
        if opened or _in_lead(covered, most, lead_end) or not (
                published and top == 1 and int(most) < int(published) - STALE_YEARS):
            return opened or _spanned(framed | {int(most)}) or _reviewed_before(
                lead, most, date, planned=not covered,
                report=bool(REPORT_TITLE.search(title)), plan_headed=plans_from < len(body))
    if masked:
        return None
    if spanned := _spanned(framed):
        return spanned
    # a text whose only year opens a span up to now (or in its own year) frames the work it tells
    # with it; an item whose opening dates its one event (4月16日,…) tells the span as background
    if (published and (opened := OPEN_SPAN.search(body)) and opened.group(1) <= published
            and not DAY_AFTER_YEAR.search(lead)):
        return opened.group(1) if opened.group(1) == published else f"{opened.group(1)}-{published}"
    if published and (this_years := list(THIS_YEAR_ANYWHERE.finditer(article))):
        if all(_planned(article, m.start(), m.end()) for m in this_years) and _reviews_past_year(lead):
            return str(int(published) - 1)
        return _this_year(published, date, title, lead)
    return (observance := _observed(article)) and str(observance)


def _this_year(published: str, date: str | None, title: str, lead: str) -> str:
    """The year a text names with 今年 / 本年度 against its own date: that date's year, but the
    year before in a year-end summary dated January (``YEAR_END_TITLE``), whose 今年以来 is the
    year it reviews (stop 26), not the few days of the new year it appeared in, and where the
    opening dates its event by a day later in the year than the page (12月30日,… on a page of
    8 January): the item was written in the year before (stop-33 wave-1 row 1)."""
    if date and date[:4] == published and ((date[5:7] == YEAR_END_MONTH and YEAR_END_TITLE.search(title))
                                           or _written_year_before(lead, date)):
        return str(int(published) - 1)
    return published


def _written_year_before(lead: str, date: str) -> bool:
    """Whether the opening's first day without a year (its event's dateline) falls more than half a
    year later in the year than the publication ``date`` (a December day on a January page: read in
    the year before it is recent, as a news item's event is; a day or a month ahead is a copy's date
    or an event announced) and is no day planned ahead (将于12月17日召开)."""
    day = YEARLESS_DAY.search(lead)
    if not day or _planned(lead, day.start(), day.end()) \
            or DAY_AHEAD.search(lead[max(0, day.start() - FUTURE_WINDOW):day.start()]):
        return False
    month, dom = map(int, re.findall(r"\d+", day.group(0)))
    return (month - int(date[5:7])) * MONTH_DAYS + dom - int(date[8:10]) > HALF_YEAR_DAYS


def _last_year(lead: str, published: int) -> str | None:
    """The years an opening names with 去年 against the text's own year (``LAST_YEAR``): the
    year before, or from it to the text's year where 去年以来 opens a clause; none where the
    span is only one subject's background (该村去年以来)."""
    for match in LAST_YEAR.finditer(lead):
        if not match.group(1):
            return str(published - 1)
        before = lead[max(0, match.start() - 12):match.start()]
        if CLAUSE_START.search(before[:-1] if SINCE.search(before) else before):
            return f"{published - 1}-{published}"
    return None


def _reviews_past_year(lead: str) -> bool:
    """Whether the opening reviews the year before the text's own, named 去年 / 上一年度 or counted
    back as 过去一年 / 一年来: beside 今年 named only for the plans (部署今年工作) it is the year the
    item covers, as it is beside a year stated only for them (stop 28: 回顾过去一年…部署今年)."""
    return bool(REVIEWED_LAST_YEAR.search(lead) or REVIEWED_PAST_YEAR.search(lead)
                or PAST_YEAR_OPENS.search(lead))


def _in_lead(covered: list[re.Match], year: str, lead_end: int) -> bool:
    """Whether the opening states ``year`` with 年 (not a bare year before a name, 1958委会)."""
    return any(m.group(1) == year and m.start() < lead_end and m.group(0).endswith("年") for m in covered)


def _ahead(year: re.Match, published: str | None) -> bool:
    """Whether a stated year is after the text's own (a target: 为2020年全面建成小康社会 in 2019)."""
    return bool(published) and int(year.group(1)) > int(published)


def _plan_section(body: str, lead_end: int) -> int:
    """Where a report's plan section starts: its first heading past the opening that ends on a
    plan word (二、2020年工作重点, 三、存在的问题和下一步打算); the years stated under it are
    planned, as a year with 将 is. The length of the body where it has none."""
    heading = PLAN_HEADING.search(body, lead_end)
    return heading.start() if heading else len(body)


def _review_year(body: str, lead: str, published: str | None) -> str | None:
    """The year a look back (``LOOK_BACK``) counts from: the text's own year where the text
    states it (``_states``), else, on a page with no date, the first year its opening states (a
    congress's 2022年6月,…大会召开); none where only the date line gives a year."""
    if published:
        return published if _states(body, published) else None
    return next((m.group(1) for m in YEAR.finditer(lead) if _covered(lead, m.start(), m.end())
                 and not _passing(lead, m.start(), m.end())), None)


def _states(body: str, year: str) -> bool:
    """Whether the text states ``year`` itself (a congress's 2023年), so that a span it counts
    back (过去五年) is counted from a stated year, not from the publication date alone (the
    corpus convention: a span counted back from the date line or url sets no period)."""
    return any(m.group(1) == year for m in YEAR.finditer(body))


def _relative_years(text: str, published: int) -> set[int]:
    """The years the text names against its date as the time of work done (``RELATIVE_FRAME``):
    今年 the year of the date, 去年 the year before; not a plan (今年,县妇联将…)."""
    if "今年" not in text and "去年" not in text:
        return set()  # most texts: the scan is skipped
    return {published - (frame.group(1) == "去年") for frame in RELATIVE_FRAME.finditer(text)
            if not PLANNED.match(text, frame.end())}


def _spanned(years: set[int]) -> str | None:
    """``first-last`` of two consecutive years the text covers (2018年,… 今年4月,… in 2019); none
    for one year, or for years further apart, where the stated year is the background of work
    told as this year's rather than a year of it (a cautious reading)."""
    return f"{min(years)}-{max(years)}" if len(years) > 1 and max(years) - min(years) == 1 else None


def _undated(body: str) -> str:
    """The body with its lines of a year and month alone (二〇一九年十二月 under the title,
    （2019年12月）, 宁川镇妇联 2019年12月 under the text) blanked at the same length: a
    month-precision publication date (stop 25), no year the text states."""
    if "月" not in body:
        return body
    return "\n".join("…" * len(line) if len(line) <= BYLINE_MAX and "月" in line
                     and (MONTH_LINE.match(dated := arabic_dates(line).strip()) or CLOSING_MONTH.match(dated))
                     else line for line in body.split("\n"))


def _unnamed(match: re.Match) -> str:
    """A document's bracketed years blanked out at the same length (the lead's end stays put)."""
    start, end = match.span(1)
    return match.group(0)[:start - match.start()] + "…" * (end - start) + match.group(0)[end - match.start():]


def _page_dates(body: str) -> list[tuple[int, int]]:
    """Spans of the page's own dates printed in the body: a line with a full date and no
    sentence in it above the last lines (日期查询:2017年12月12日), a byline's date before its
    next field (2006年07月30日 来源:某报), and a date with its clock time wherever it stands (a
    stamp whose line runs on into the page's keywords). They date the publication, not the years the report
    covers. So does a date under the signature on the last lines (坂仔镇妇联 / 二〇〇九年三月八日,
    an imprint's …办公室 2019年3月8日印发): a signature closing an item with the body's name and a
    date is a byline (stop 24), as a page's trailer with its weekday (…版 2025年03月26日 星期三)
    and a credit line (编辑:王某 2019年3月6日, （某镇妇联 2019年3月5日）) are. A headline or a
    field with a date on the last lines of a short text (县妇联2019年3月8日开展…, 活动时间:…) is
    no signature and counts."""
    spans, closing = [], None
    for match in TIMESTAMP.finditer(body):
        start, end = body.rfind("\n", 0, match.start()) + 1, body.find("\n", match.end())
        line = body[start:end if end >= 0 else len(body)]
        if len(line) <= BYLINE_MAX and not SENTENCE_MARK.search(line) and not _event_day(body, match):
            closing = _closing_start(body) if closing is None else closing
            if (start < closing or WEEKDAY.search(line) or CLOSING_BYLINE.match(line.strip())
                    or CLOSING_DATE.match(line.strip()) or CREDIT.search(body, start, match.start())):
                spans.append((start, start + len(line)))
    return (spans + [byline.span() for byline in BYLINE_FIELD.finditer(body)]
            + [stamp.span() for stamp in STAMPED.finditer(body)])


def _article(body: str, lead_end: int) -> str:
    """The body up to the page after the article (a trailer heading such as 新闻推荐 or a closing
    byline past the opening, ``typology.TRAILER_OPENING``): the linked items below it have
    their own 今年 and days."""
    offset = lead_end
    for line in body[lead_end:].split("\n"):
        if TRAILER_OPENING.match(line.strip()):
            return body[:offset]
        offset += len(line) + 1
    return body


def _covered(text: str, start: int, end: int) -> bool:
    """Whether the year the text states at ``start`` (its 年 ends at ``end``) is one the report
    covers: not a year ahead, a plan's year or an honour's year."""
    return not (_planned(text, start, end) or _honoured(text, start, end))


def _planned(text: str, start: int, end: int) -> bool:
    """Whether the year at ``start`` is one ahead or planned for (展望2025年, 2015年,县妇联将…)."""
    return bool(FUTURE_CUE.search(text[max(0, start - FUTURE_WINDOW):start])
                or DO_WELL.search(text[max(0, start - 2):start]) or PLANNED.match(text, end))


def _honoured(text: str, start: int, end: int) -> bool:
    """Whether the year at ``start`` is an honour's (表彰2023年度…, 2022年度“最美儿媳”颁奖)."""
    return bool(HONOURED.search(text[max(0, start - 4):start]) or HONOUR_NAMED.match(text, end - 1))


def _chronicle(body: str) -> str | None:
    """``first-last`` of a chronicle (a gazetteer's or yearbook's entries, each opening on its
    year: 1978年11月,县妇联… 1980年10月,…): it covers every year it states, not the one it states
    most. Three different years opening entries make a chronicle."""
    if len({m.group(1) for m in CHRONICLE_ENTRY.finditer(body)}) < CHRONICLE_YEARS:
        return None
    years = [int(m.group(1)) for m in YEAR.finditer(body) if not PLANNED.match(body, m.end())]
    return f"{min(years)}-{max(years)}"


def _reviewed_before(lead: str, year: str, date: str | None, planned: bool = False,
                     report: bool = False, plan_headed: bool = False) -> str:
    """The year before ``year`` where the opening reviews it: a meeting of the new year
    (召开2020年工作会议) that reviews the last (总结2019年工作, 对2019年工作进行总结, or 总结去年工作
    where the meeting's year is the text's own) covers the reviewed year, as the corpus
    convention reads a meeting that reviews one year and plans the next; so does one that
    reviews 过去一年 where ``year`` is stated only for its plans (``planned``), as does a text
    whose work is told of 过去的一年 or 一年来 beside them (``PAST_YEAR_OPENS``: a press item's
    too, stop 28) or a summary or report (``report``: its title says so) whose work comes
    before a plan section (``plan_headed``: 二、2022年工作计划), as a summary whose only year
    is its plan's covers the year before (stop 26)."""
    if len(year) != len("2020"):
        return year
    if (any(int(m.group(1) or m.group(2)) == int(year) - 1 for m in REVIEWED.finditer(lead))
            or ((not date or date[:4] == year) and REVIEWED_LAST_YEAR.search(lead))
            or (planned and (REVIEWED_PAST_YEAR.search(lead)
                             or PAST_YEAR_OPENS.search(lead) or (report and plan_headed)))
            or _meeting_told_last_year(lead, int(year))):
        return str(int(year) - 1)
    return year


def _meeting_told_last_year(lead: str, year: int) -> bool:
    """Whether the opening names a meeting after ``year`` (``MEETING_OF_YEAR``) and states the
    year before's results (``LAST_YEAR_TOLD``, or a clause opening on that year that is no plan,
    honour or passing mention): a work meeting that states last year's results and plans the
    next reviews that year (stop 25), whether or not a review verb says so."""
    if not any(MEETING_OF_YEAR.match(lead, m.end() - 1) for m in YEAR.finditer(lead)
               if m.group(1) == str(year)):
        return False
    return bool(LAST_YEAR_TOLD.search(lead)) or any(
        m.group(1) == str(year - 1) and CLAUSE_START.search(lead[max(0, m.start() - 12):m.start()])
        and not DAY_AFTER_YEAR.match(lead, m.end()) and _covered(lead, m.start(), m.end())
        and not _passing(lead, m.start(), m.end()) for m in YEAR.finditer(lead))


def _founding(text: str, year: re.Match, published: str | None, title: str) -> bool:
    """Whether ``year`` dates the founding of the body a feature is about (``FOUNDING``): told in a
    feature (no review, summary or report in the title) that appeared after that year or has no
    date of its own. A review's founding is a year's work (2018年,县妇联成立了服务队 in 工作回顾), and
    a dated item of the founding year reports the founding itself."""
    return (not REPORT_TITLE.search(title) and not DAY_AFTER_YEAR.match(text, year.end())
            and (not published or int(year.group(1)) < int(published))
            and bool(FOUNDING.match(text, year.end())))


def _opening_year(lead: str, published: str | None = None, title: str = "",
                  article: str = "") -> re.Match | None:
    """The year a clause of the opening starts on (2021年,县妇联… / 【概况】 2008年,市妇联… /
    2023年以来,…): the year the report is about, whatever other years it states more often; not
    a full date (2021年3月8日 is an event's), a plan (2022年,县妇联将…), a year ahead or an
    honour's year (会议表彰了2020年度…, 为2021年“X”大赛获奖的孩子…), nor a span's start in an
    opening that dates its one event (8月1日,县妇联开展讲座。该村从2016年起…: background, as the
    open span later in the text is)."""
    event = YEARLESS_DAY.search(lead)
    return next((match for match in OPENING_YEAR.finditer(lead)
                 if _covered(lead, match.start(1), match.end())
                 and not _passing(lead, match.start(1), match.end())
                 and not (event and (OPENED.match(lead, match.end())
                                     or _place_aside(lead, match.start(1), match.end())))
                 and not _founding(lead, match, published, title)
                 and not _baseline(lead, match, published, article)), None)


def _baseline(text: str, year: re.Match, published: str | None, article: str) -> bool:
    """Whether the year is a stock figure's as-of date (截至2018年底,全市已建成…) before the year of
    a text that tells its own work as 今年 (stop 14): the baseline that year's work starts from,
    not a year the text covers."""
    return (bool(published) and year.group(1) < published
            and bool(AS_OF_BEFORE.search(text[max(0, year.start(1) - 4):year.start(1)]))
            and bool(THIS_YEAR_ANYWHERE.search(article)))


def _passing(text: str, start: int, end: int) -> bool:
    """Whether the year at ``start`` (its 年 ends at ``end``) is told in passing: a person's life,
    a profile subject's career step or a subject's background (1985年出生, 2015年,她当选…主席,
    该协会成立于2018年), an upcoming event's (将于2024年召开),
    what the work builds on (在2020年…的基础上),
    a periodical's issue (2019年6期),
    the baseline of a comparison (比2018年增加3期), or the start of a span that does not open the
    sentence's frame (该社区自2015年成立妇女之家以来: the background of the place, where 自2015年以来
    opens the span the text covers)."""
    return bool(LIFE_EVENT.match(text, end) or ISSUE.match(text, end) or CAREER_STEP.match(text, end)
                or LIFE_FIELD.search(text[max(0, start - 8):start])
                or FOUNDED_IN.search(text[max(0, start - 3):start])
                or UPCOMING.search(text[max(0, start - 2):start])
                or (text[start - 1:start] in BUILDS_ON and BUILDS_ON[text[start - 1]].match(text, end))
                or COMPARED_WITH.search(text[max(0, start - 2):start])
                or (text[start - 1:start] in ("与", "和", "同") and COMPARED_TO.match(text, end))
                or (SINCE.search(text[max(0, start - 1):start]) and not OPENED.match(text, end))
                or _told_of_another(text, start))


def _told_of_another(text: str, start: int) -> bool:
    """Whether the sentence of the year at ``start`` is told of another body the text points back
    to (``ANOTHER_BODY``: 该基地…, 该公司2020年销售额…): its years are that body's background or
    figures, not the work reported (stop 24: a visited body's own figures set nothing)."""
    before = text[max(0, start - SENTENCE_WINDOW):start]
    opening = max(map(before.rfind, SENTENCE_END)) + 1
    return bool((opening or start <= SENTENCE_WINDOW) and ANOTHER_BODY.match(before, opening))


def _place_aside(text: str, start: int, end: int) -> bool:
    """Whether the year at ``start`` (its 年 ends at ``end``) dates a figure of a whole place told in
    an aside (``ASIDE_BEFORE``): the place written before the year or right after it."""
    aside = ASIDE_BEFORE.search(text[max(0, start - ASIDE_WINDOW):start])
    return bool(aside and (aside.group(1) or PLACE_AFTER.match(text, end)))


def _opened(text: str, match: re.Match, date: str | None) -> str | None:
    """The span a stated year (``match``'s group 1) opens and leaves open (2014年以来, 2006年至今):
    that year to the text's date, the corpus reading of an open span that frames the work, also
    early in the next year (2023年以来 in a March 2024 report: 2023-2024, as the stop-20
    adjudication reads it), or to the year its sentence counts up to (2018年以来,截至2021年底,…:
    a cumulative figure as of a date covers the stated start to the as-of year, stop 25). None
    where the year opens no span or no date is known."""
    if not date or not OPENED.match(text, match.end()):
        return None
    year, published = int(match.group(1)), int(date[:4])
    sentence = re.match(rf"[^{SENTENCE_END}]*", text[match.end():]).group(0)
    if (as_of := AS_OF.search(sentence)) and year < int(as_of.group(1)) < published:
        published = int(as_of.group(1))
    if published <= year:
        return None
    return f"{year}-{published}"


def _holding_span(body: str, covered: list[re.Match], year: str, date: str | None,
                  lead_end: int) -> str | None:
    """The open span a clause opens on a covered year (2010年以来,县妇联… up to the text's date) that
    holds ``year``, the most stated one: the years a feature tells inside the span it frames its
    work with are items of that span (2010年以来,…贷款9000多万元,2013年…又… in 2014: 2010-2014, the
    stop-14 open-span reading), not a year of their own. Not where the opening states ``year``
    before the span opens (the opening decides before the body: 昨日,…2021年…创建工作中,我市新增…
    keeps 2021 over a later 据悉,2016年以来,…), nor for a span one subject opens mid-clause
    (该村2017年以来…: background)."""
    told = next((m.start() for m in covered if m.group(1) == year and m.start() < lead_end), len(body))
    for match in covered:
        if (match.group(1) < year and match.start() < told
                and CLAUSE_START.search(body[max(0, match.start() - 12):match.start()])
                and (span := _opened(body, match, date)) and year <= span[-4:]):
            return span
    return None


def _lead_year(lead: str, published: str, title: str) -> bool:
    """Whether the opening states a year of the work it tells (not a plan's, an honour's or one
    in passing)."""
    return any(_covered(lead, m.start(), m.end()) and not _passing(lead, m.start(), m.end())
               and not _founding(lead, m, published, title) for m in YEAR.finditer(lead))


def _completed_plan(body: str, published: int) -> str | None:
    """The years of a five-year plan the text looks back on, one that ended before the year it
    appears (“十三五”期间… in 2021: 2016-2020): the report sums the plan up (the first such plan
    the text names)."""
    for match in PLAN.finditer(body):
        plan = _plan(match)
        if int(plan[-4:]) < published:
            return plan
    return None


def _span(text: str) -> str | None:
    """A range of years (2011—2015年) or a five-year plan's period (十二五期间)."""
    if match := RANGE.search(text):
        first, last = sorted((match.group(1), match.group(2)))
        return f"{first}-{last}" if first != last else first
    return _plan(PLAN.search(text))


def _listed(lead: str) -> str | None:
    """``first-last`` of the years the opening lists together (``LISTED_YEARS``)."""
    match = LISTED_YEARS.search(lead)
    if not match or int(match.group(2)) <= int(match.group(1)):
        return None
    return f"{match.group(1)}-{match.group(2)}"


def _plan(match: re.Match | None) -> str | None:
    """The years of the five-year plan a match names (its group 1: 十二 -> 2011-2015)."""
    if not match:
        return None
    number = int(cn2an.cn2an(match.group(1), "strict"))
    start = 1966 + 5 * (number - 3)
    return f"{start}-{start + 4}"


def _named_review(text: str) -> str | None:
    """The year a title or a kicker line above it reviews without writing 年 (``TITLED_REVIEW``):
    a review that states the year it reviews covers that year, whatever span its text opens."""
    match = TITLED_REVIEW.search(text)
    return match.group(1) if match else None


def _bare_titled_year(title: str) -> str | None:
    """The years a title names without 年: a range (``BARE_RANGE``), else a year before its
    report word (``TITLED_BARE_YEAR``), never one end of a range alone."""
    if span := BARE_RANGE.search(title):
        first, last = sorted((span.group(1), span.group(2)))
        return f"{first}-{last}" if first != last else first
    match = TITLED_BARE_YEAR.search(title)
    return next(filter(None, match.groups()), None) if match else None


def _yearbook(title: str) -> str | None:
    match = YEARBOOK.search(title)
    return str(int(match.group(1) or match.group(2)) - 1) if match else None


def _observed(text: str) -> int | None:
    """The year of the first counted observance the text names: the n-th of a
    day first kept in year f falls in f + n - 1 (第30个国际志愿者日: 2015), the N-th anniversary
    of a founding in year f in f + N (建党100周年: 2021), as N years since it do (改革开放40年来:
    2018); ``observances.tsv`` lists the days."""
    if not COUNTED.search(text):
        return None  # every ordinal or anniversary the table's patterns read has one of these
    found = []
    for ordinal, first, anniversary, founded in _observances():
        for pattern, base in ((ordinal, first - 1), (anniversary, founded)):
            for match in pattern.finditer(text) if pattern else ():
                count = _count(match.group(1)) if match.group(1) else CENTENARY_YEARS
                if count and MIN_YEAR <= base + count <= MAX_YEAR:
                    found.append((match.start(), base + count))
                    break
    return min(found)[1] if found else None


@cache
def _observances() -> tuple[tuple[re.Pattern | None, int, re.Pattern | None, int], ...]:
    days = []
    for name, first, founded, _month, _label in lexicon.rows("observances.tsv"):
        named = rf"[“\"'‘]?(?:{name})[”\"'’]?"
        # scanned pages space the ordinal apart (第 113 个 “三八”); a few days count in 次
        # (第三十四次全国助残日)
        counted = re.compile(rf"第{_GAP}{COUNT}{_GAP}[个次]?{_GAP}{named}")
        # an anniversary may stand a few words after the name (建党…100周年); years since it, right
        # after the name (改革开放40年来: not 改革开放以来特别是近10年来)
        anniversary = re.compile(rf"{named}(?:\w{{0,8}}?(?={UNCAPTURED_COUNT}周年))?{COUNT}"
                                 rf"(?:周年|{YEARS_SINCE})|{named}{CENTENARY}|{CENTENARY}{named}")
        days.append((counted if first else None, int(first or 0), anniversary if founded else None,
                     int(founded or 0)))
    return tuple(days)


def _count(numeral: str) -> int | None:
    """An ordinal's number in digits or Chinese numerals (114, 第七, 三十)."""
    try:
        return int(numeral) if numeral.isdigit() else int(cn2an.cn2an(numeral, "smart"))
    except ValueError:
        return None


def _titled_year(title: str, date: str | None = None) -> str | None:
    """The title's year, or the span it opens up to the text's date (2019年以来…工作综述, as an
    opening's 2019年以来 does); not a year ahead, an honour's year (表彰2019年度“最美家庭”: the
    year the honours are for, stop 20), a full date (a byline's date run into the headline:
    …会议发布时间2012年2月20日), nor the year of a plan the title names beside a summary
    (``TITLED_PLAN_YEAR``)."""
    reviews = TITLED_REVIEW_WORD.search(title)
    titled = next((year for year in YEAR.finditer(title) if not DAY_AFTER_YEAR.match(title, year.end())
                   and not _honoured(title, year.start(), year.end())
                   and not (reviews and TITLED_PLAN_YEAR.match(title, year.end()))), None)
    if titled and not FUTURE_CUE.search(title[:titled.start()]):
        return _opened(title, titled, date) or titled.group(1)
    return None
