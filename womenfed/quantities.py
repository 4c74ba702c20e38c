"""Quantities: the numbers a report counts with, as value, unit, kind, approximation, indicator.

A quantity is a number followed by a measure word from ``units.tsv`` (700余人, 1.5万余人,
0.8亿元, 30-50元, 三至五人, 近百名, 上万人, 三个家庭, 69%, 百分之3.2, 壹万零贰佰伍拾人,
5万4千6百人, 123元1角1分, 十块三毛), or a bare number in a clause about money (资金九万四).
Blanks a scan left inside a quantity are allowed (1.4 万名, 400 余场次, 1 300余人), and so is a count right
after another (举办培训班2期120人). 万 before a noun of persons counts persons (21万多农村妇女).
Everything else that looks like a number is left alone: dates and years (年/月/日 are not
measure words), durations (两天, 3个月), ages (岁), clock times (9时30分), phone and hotline
numbers (12338妇女维权热线: no measure word), ordinals (第…, 十一届四次, 前三名, 二次创业, 二期工程),
numbers inside quoted names (“五进活动”) and settlement names (五人班村, 八条社区),
the indefinite 一 (一批), vague 数百/几十, numeral +
大 (六大行动), a numeral that names a set (三项制度, 四个抓手, or sums up a list: 宣讲、培训、义诊三项
活动), names read digit by digit (三八节, 3·8节), page chrome (阅读2216次, 862人阅读), 十分 and
三分之一, and set phrases of jieba's dictionary (千家万户, 三番五次, 二人转).

The value of a numeral is read by cn2an (maintained; reads Chinese, financial capitals, mixed
5万4千6百 and elided 九万四; compared with other parsers in docs/DESIGN.md). No maintained
library finds measure words, 余/多 approximation, ranges, 元角分 and the span in running text,
so that grammar is hand-written here, and so is the indicator (what is counted), built from
jieba's words and tags.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise

import cn2an

from . import lexicon

# An Arabic number, with thousands separators (1,200; 1 200 as typeset pages and scans space
# them, the groups of three whole) or a decimal part (1.5).
ARABIC = (r"\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d{1,3}(?: \d{3})+(?![\d.．])"
          r"|\d+(?:[.．]\d+)?")  # ． a full-width point
CN_DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
CN_NUMERALS = CN_DIGITS + "十百千万亿拾佰仟"
MAGNITUDE_CHARS = "百千万亿佰仟"
# A numeral: Arabic, Arabic mixed with magnitudes (5万4千6百, 1.4万), or Chinese (with 点 for a
# decimal point: 十二点五). 几 is read so that 几十名 is refused whole, not taken as 十名, and
# 十几名 is about ten.
NUMERAL = (rf"(?:(?:{ARABIC})(?:[十百千万亿]\d*)*"
           rf"|[{CN_NUMERALS}几](?:[{CN_NUMERALS}几]|点(?=[{CN_DIGITS}]))*)")
BLANK = r"\s?"  # one blank a scan or a converter left between the parts of a quantity
RANGE_MARKS = "-~～—–至到"
APPROX_BEFORE = ("近", "约", "超过", "超", "逾", "愈", "大约", "将近", "接近")  # 愈: a common slip for 逾
# An approximation word a verb away from the number: 约有80人, 近达万人.
APPROX_LEAD = re.compile(rf"(?:{'|'.join(APPROX_BEFORE)})(?:有|为|达)$")
# Words of a clause about money: a bare number there is an amount of yuan (资金九万四, 工资三千五).
MONEY_CONTEXT = re.compile(r"(?:金额|资金|款|经费|收入|增收|工资|补贴|补助|费|金|贷款|捐|资助|元|"
                           r"价|票|卖|挣|赚)")
QUOTED = re.compile(r"“[^“”]{1,15}”|‘[^‘’]{1,15}’|《[^《》]{1,30}》")
# Words before a counted phrase that are not part of it: scope, time and tally words, and the
# reporting verbs (开展, 表彰 …) whatever jieba tags them. Other verbs go by their tag.
FILLER_WORDS = frozenset(
    "共 累计 全年 全区 全市 全县 全镇 全省 全乡 全街道 已经 已 先后 目前 截至目前 截止目前 共计 总计 "
    "免费 各类 各级 其中 今年".split())
REPORT_VERBS = frozenset(
    "达到 达 有 为 对 向 将 开展 举办 组织 完成 实现 帮助 带动 扶持 救助 资助 受理 办结 评选出 评选 "
    "表彰 推选出 选树 建成 打造 成立 建立 创建 发放 印发 募集 争取 申请 接受 化解 排查 参与 覆盖 惠及 "
    "解决 提供 共有 累计有 荣获 获得 获评 获 新建 新增 设立 组建 培育 认定 开设 招募 慰问 走访 评出 "
    "评为 选出 推出".split())
# Verbs that define the counted set rather than report it: an increment (新增, 新建), coverage
# (覆盖, 惠及), a gift (捐赠), a selection (入选, 荣获), taking part (参与), collecting (征集) and
# the services whose recipients are counted (培训, 看望). A bare noun without them reads as a
# stock or as another row of the same report (新建基地5个 is not 基地5个), so they stay.
SET_VERBS = frozenset(
    "新增 新建 新设 增设 增加 再增加 新发展 新培育 新成立 新组建 覆盖 惠及 辐射 捐赠 捐助 捐献 捐款 "
    "入选 入榜 入围 当选 入驻 荣获 获评 参与 参加 聆听 征集 收集 收到 培训 看望 慰问 走访 救助 资助 结对 "
    "签约".split())
LEADING_DROP_WORDS = (FILLER_WORDS | REPORT_VERBS) - SET_VERBS
# Verbs of reaching places, kept before the places they count (深入11个县): only there, since
# 深入 before a verb is an adverb (深入开展).
REACH_VERBS = frozenset("深入 走进 深入到 走遍 延伸到 辐射到".split())
# What may stand before a number that opens its clause as its subject (有, 共有, 全县): the
# number's phrase is then the subject of what follows (3个项目入选…, 6万名青年参与).
SUBJECT_LEAD = re.compile(r"^(?:[全各本我该](?:区|市|县|镇|乡|省|州|街道|社区|村)|共有|已有|现有|"
                          r"累计有|先后有|共|有|累计|已|其中)*$")
SUBJECT_LEAD_PREFIX = re.compile(SUBJECT_LEAD.pattern.removesuffix("$"))
MAX_PREDICATE = 14
RECIPIENT_MARKS = frozenset("对 向 面向 针对".split())  # prepositions naming whom events serve
EXISTENTIALS = frozenset("有 共有 已有 现有 还有 尚有".split())
# Negations qualify what is counted (不清洁家庭, 未就业妇女) and are never dropped.
NEGATIONS = frozenset("不 未 非 无 没有".split())
# Verbs that make their object the subject of the next verb (pivot verbs, 兼语):
# 帮助286名妇女实现就业 counts 实现就业的妇女.
PIVOT_VERB = re.compile(r"(?:帮助|帮扶|带动|扶持|引导|组织|动员|鼓励|吸引|吸纳|推动|促进|助力|指导|协助|"
                        r"推荐|培训|使|让)(?:了)?$")
MAX_OUTCOME = 8
# Prepositions naming those a service is for (为6名困难妇女争取到轮椅): what follows is done for them.
BENEFACTIVES = ("为", "给")
# What is left of a date in a clause cut after its number (2008|年首批…, 3|月份全县…): no part
# of the counted phrase.
DATE_REST = re.compile(r"^\s?(?:年度|年|月份|月|日|号)")
CLAUSE_BREAK = re.compile(r"[,;:、。!?()“”\s]")
SENTENCE_CLAUSE_BREAK = re.compile(r"[,;:。!?()“”\s]")  # a clause with its 、 lists
NAMES_CLAUSE_BREAK = re.compile(r"[,;:。!?()\s]")  # ... and its quoted names
# What follows a number and its measure word when they do not count things: a pairing (1对1),
# a duration counted in 个 (2个多小时, 3个月).
NOT_A_COUNT_AFTER = re.compile(r"[\d一二两三四五六七八九十]|(?<=个)多?(?:小时|月|星期|钟头|工作日|季度|年头)"
                               r"|(?<=首)[届批个次家位]")  # 2023首届: 首 is "first", not songs
DIGIT_BLANK = re.compile(r"\d\s$")
# A numeral and a measure word opening a place name (五人班村, 八条社区, 三家子村): one or two
# characters and a settlement suffix right after the measure word. Measure words that count
# settlements or persons (三个村, 两名村干部) never open one.
PLACE_NAME_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}(?:村|社区|屯|庄|寨|街道|巷|胡同)")
NOT_IN_PLACE_NAMES = frozenset("个 座 处 所 片 名 位 项 次 场 期 人次 场次".split())
# Tags of the word after a settlement name that end the name's phrase: a particle, a
# conjunction, a preposition, a verb, a locative (八条社区召开…, 五人班村的…, 九棵树村之间); a noun
# after it makes the settlement a modifier of what is counted (两户村民, 三条街道干部 stay counts).
AFTER_PLACE_NAME_TAGS = "ucpvxf"
# A head count stated without its measure word (参加人数达1200, 参训人数:350).
HEADCOUNT = re.compile(r"人数(?:达到|达|为|共|计|是)?[:：]?\s?$")
# Measure words of occasions, after which a lone 二 is an ordinal (二次创业, 二期工程).
# The next items of a list of ordinals (七届五次、六次、七次全会, 第三、四期): ordinals too.
ORDINAL_LIST = re.compile(r"(?:届|第)[〇一二三四五六七八九十\d]+[次期届批]?(?:、[〇一二三四五六七八九十\d]+"
                          r"[次期届批]?)*、$")
ORDINAL_UNITS = frozenset("次 期 轮 届".split())
# A page-view counter a scraped page keeps (阅读2216次, 浏览量:35次): chrome, not a count.
PAGE_COUNTER = re.compile(r"(?:阅读|浏览|点击|访问|下载|评论|点赞|收藏)(?:量|数|次数)?[:：]?\s?$")
# What a page's chrome counts after a number: readers, likes, downloads (862人阅读, 12条评论).
PAGE_COUNT_AFTER = re.compile(r"\s?(?:阅读|浏览|点赞|收藏|评论|回复|已读|已阅|看过|下载|在看|点击)")
# The head of a summarised list of named things: 科技创新、创业就业、乡村振兴三项巾帼行动 sums up the
# list, it counts no outcome.
SUMMED_NAMES = re.compile(r"[^,;:。!?、]{0,4}(?:行动|工程|计划|任务|职能|举措|机制|制度|措施|理念|"
                          r"原则|要求|目标|体系|品牌|工作|活动)")
LIST_CLAUSE = re.compile(r"[,;:。!?()“”]")
# Heads of the formulas policy language numbers (三项制度, 两项重点任务, 四个抓手, 五项巾帼行动): a
# small Chinese numeral before them names a set of principles or programmes, it counts no outcome,
# whether or not the head is quoted (五项“巾帼行动”).
FORMULA = re.compile(r"[“‘]?\s?[^,;:。!?、\d“”‘’]{0,3}(?:机制|制度|职能|任务|措施|举措|原则|要求|理念|"
                     r"意识|抓手|维度|标准|方面|战略|体系|行动|工程)")
FORMULA_UNITS = frozenset("项 个 条 点".split())
# The classifier of anything: a count in it needs a known counted noun (the classifiers of
# buildings and rooms, 座 and 间, whose kind is the counted noun's too, count whatever the noun).
GENERAL_CLASSIFIER = "个"
# A village group or a building right after the name of a settlement or an estate is numbered in
# an address (该村三组, 幸福小区3栋), not counted. Hand-written: the dictionaries say nothing of
# addresses.
ADDRESS_UNITS = frozenset("组 栋 幢".split())
ADDRESS_BEFORE = re.compile(r"(?:村|社区|小区|屯|庄|寨|组|苑|园)$")
# Words that make 期 an issue of a publication (编发《妇女工作信息》十四期, 编印简报12期), not a session.
PUBLICATION = re.compile(r"(?:》|简报|期刊|刊物|专刊|快报|报纸|杂志|通讯)\s?$")
# A parenthetical gloss inside the clause of a number (工作基地(项目点)3.6万个, 妇女之家(微家)再增加
# 1000个): an aside, not a clause break.
GLOSS = re.compile(r"\([^()]{1,12}\)\s?")
QUOTE_MARKS = re.compile(r"[“”‘’《》]")
QUOTE_BLANK = re.compile(r"(?<=[“‘])\s|\s(?=[”’])|(?<=[”’])\s")
# Quoted names written side by side (“好邻居”“好儿女”) are a list whose separators are the quote
# marks: when the marks go, a 、 keeps the names apart.
ADJACENT_NAMES = re.compile(r"[”’》]\s?(?=[“‘《])")
TRAILING_FILLER = re.compile(r"(?:共|累计|达到|达|为|有|约|近|超过|超|逾|已|已经|计|等|等等|又|"
                             r"增至|今年|全年)+$")  # not 新增, 增加: an increment is no stock
LEADING_FILLER = re.compile(r"^(?:以上|左右|的)+")
MAX_INDICATOR = 12
MAX_NOUN_PHRASE = 20  # how far a noun phrase is read for its head before it is cut to size
# 分别 pairs the nouns listed before it with the numbers listed after it, in order.
RESPECTIVELY = re.compile(r"(?P<items>[^,;:。!?()]{2,40}?)分别(?:为|是|有|达到|达|占|增长|增加)?"
                          r"(?P<numbers>[^,;:。!?()]*)$")
# What may stand between the numbers after 分别: joiners, no noun (分别建成妇女之家20个 counts 之家).
BETWEEN_NUMBERS = re.compile(r"[、和与及或]?")
LIST_JOINERS = re.compile(r"、|以及|和|与|及|或")
# Joiners of nouns that share one number (国家、国际组织), and a list closed by 等 before it.
NOUN_JOINERS = frozenset("、 和 及 与 以及".split())
LISTED_BEFORE = re.compile(r"[^,;:。!?]、?[^,;:。!?]*等$")
# The words that total what comes before them (共, 合计 …).
TALLY_WORD = "(?:共|共计|合计|总计|一共)"
# What a total after a list ends with (执委、专干共150人).
LIST_TOTAL = re.compile(TALLY_WORD + r"(?:有|达|约|近)?\s?$")
# A clause of a tally word alone (…等,共计120名): the number totals the clause before the comma.
TALLY_AFTER_COMMA = re.compile(rf",\s?(?:{TALLY_WORD}|累计)(?:有|达|约|近)?\s?$")
# A clause opened by a tally word (共邀请甲、乙和丙120余人): the number at its end totals its list.
TALLY_OPENS_CLAUSE = re.compile(r"(?:^|[,;:。!?])\s?(?:[全各本](?:区|市|县|镇|乡|省|州|街道|社区|村))?"
                                + TALLY_WORD + r"[^,;:。!?]*$")
# A list closed by 等 right before the number, or before its tally word (甲、乙等共60人).
CLOSED_LIST = re.compile(rf"等{TALLY_WORD}?\s?$")
# What opens the clause of a part of a total (共60户, 其中市级12户): the part is of the total's noun.
PART_OF_TOTAL = re.compile(r"(?:其中|内含|包括)[^,;:。!?]*$")
# How much of the sentence either side of a number its tests look at (the indicator looks
# 4 * MAX_INDICATOR back): a window, so a sentence of thousands of numbers stays linear.
CONTEXT_CHARS = 8 * MAX_INDICATOR
# Dictionary tags that end a noun phrase: verbs (but not verbal nouns), adverbs, prepositions,
# conjunctions, particles, numerals, pronouns, time words, unknown single characters, idioms.
PHRASE_STOP_TAGS = "vdpcumrtfxqil"
PHRASE_STOP_WORDS = frozenset({"全部", "全都", "其中", "以上", "左右"})
# Tags of a last word that leaves an indicator without its counted noun (a verb, an adverb …).
UNCERTAIN_END_TAGS = "vdpcu"
# Tags that can open a noun phrase: nouns, adjectives, distinguishing words (巾帼, 女), state
# words, abbreviations, and verbal nouns (培训).
PHRASE_OPEN_TAGS = "nabzj"
# Tags of words dropped from the front of an indicator: verbs, adverbs, prepositions, time words,
# particles and conjunctions.
LEADING_DROP_TAGS = "vdptfuc"


@dataclass(frozen=True)
class Quantity:
    text: str
    start: int
    end: int
    value: float
    value_max: float | None
    unit: str
    approx: bool
    kind: str
    indicator: str


def extract_quantities(sentence: str) -> list[Quantity]:
    """Every quantity in one cleaned sentence, in order.

    Examples
    --------
    >>> [(q.text, q.value, q.unit, q.approx) for q in extract_quantities("解决700余人的就业问题")]
    [('700余人', 700.0, '人', True)]
    """
    found, quote_starts, quote_ends = [], None, None
    for match in _matches(sentence):
        if quote_starts is None:
            spans = [m.span() for m in QUOTED.finditer(sentence)]
            quote_starts, quote_ends = [s for s, _ in spans], [e for _, e in spans]
        inside = bisect.bisect_right(quote_starts, match.start()) - 1  # quotes never overlap
        if inside >= 0 and match.start() < quote_ends[inside]:
            continue
        quantity = _quantity(sentence, match)
        if quantity:
            if found and PART_OF_TOTAL.search(sentence, max(0, quantity.start - CONTEXT_CHARS),
                                              quantity.start):
                quantity = _part_of_total(quantity, found[-1])
            elif found and not quantity.indicator and found[-1].unit == quantity.unit \
                    and LIST_JOINERS.fullmatch(sentence[found[-1].end:quantity.start]):
                # the next number of a list of numbers (妇女之家20个、35个) counts the same noun
                quantity = replace(quantity, indicator=found[-1].indicator, kind=found[-1].kind)
            elif found and (headcount := _headcount_of_events(sentence, found[-1], quantity)):
                quantity = replace(quantity, indicator=headcount)
            elif found:
                quantity = _shared_verb(sentence, found[-1], quantity)
            found.append(quantity)
    return found


def _shared_verb(sentence: str, previous: Quantity, quantity: Quantity) -> Quantity:
    """A verb of ``SET_VERBS`` before a list of counted things holds for each (新增市级文明岗9个、
    省级文明岗1个; 捐赠20万元现金和8万元物品): the next item, joined by 、/和, takes the verb. So
    does the next clause when it is a bare noun and a count of the same kind (新建妇女组织15家,
    服务阵地12处): a clause without a verb of its own continues the verb before it, and with it
    the words before that verb (乡镇设妇联主席1人,副主席2人 -> 乡镇设副主席)."""
    verb = max((verb for verb in SET_VERBS if previous.indicator.startswith(verb)), key=len,
               default="")
    if not verb and (words := _words(quantity.indicator)) and words[0][1][0] in "nb" \
            and quantity.kind == previous.kind:
        verb = _verb_frame(previous.indicator)  # (a bare noun of the same kind continues it)
    if not verb or quantity.indicator.startswith(verb):
        return quantity
    between = _unquoted(sentence[previous.end:quantity.start]).replace(quantity.indicator, "", 1)
    between = between.replace(previous.indicator[len(verb):], "", 1).strip()
    verbless = between == "," and quantity.kind == previous.kind and not any(
        tag[0] in "vpd" and tag != "vn" for _, tag in _words(quantity.indicator))
    if not (LIST_JOINERS.fullmatch(between) or verbless):
        return quantity
    return replace(quantity, indicator=verb + quantity.indicator)


def _verb_frame(indicator: str) -> str:
    """The words of an indicator up to its last verb, when that verb is one character and a
    noun follows it (乡镇设 of 乡镇设妇联主席); '' otherwise (接待来访 ends on its verb; a verb of
    two characters inside a noun phrase is a modifier: 示范 of 巾帼示范基地)."""
    words = _words(indicator)
    verbs = [i for i, (word, tag) in enumerate(words)
             if tag[0] == "v" and tag != "vn" and len(word) == 1]
    if not verbs or verbs[-1] == len(words) - 1 or words[verbs[-1] + 1][1][0] != "n":
        return ""
    return "".join(word for word, _ in words[:verbs[-1] + 1])


def _headcount_of_events(sentence: str, events: Quantity, quantity: Quantity) -> str:
    """A bare head count right after a count of sessions (培训班2期(参加人数83人), 学习班10期,
    参加人数460人次) counts those who attended them: the sessions' noun qualifies it
    (培训班参加人数), so two head counts of one sentence read apart. '' otherwise."""
    if events.kind != "events" or not quantity.indicator.endswith("人数") \
            or len(_words(quantity.indicator)) > 2:
        return ""
    between = sentence[events.end:quantity.start]
    if not re.fullmatch(r"\s?[,(]\s?" + re.escape(quantity.indicator) + r"[^\d,;。]{0,3}", between):
        return ""
    return events.indicator + quantity.indicator


def _part_of_total(part: Quantity, total: Quantity) -> Quantity:
    """A part of a total counted in the same unit that names only its qualifier, one
    distinguishing word or a rank (共评出最美家庭60户,其中市级12户), counts the total's noun: 市级 + 最美家庭.
    A part that names its own noun (其中主席1人) keeps it."""
    words = _words(part.indicator)
    qualifier = len(words) == 1 and (words[0][1] == "b" or words[0][0].endswith("级"))
    if part.unit != total.unit or not qualifier or not _head_noun_kind(total.indicator):
        return part
    return replace(part, indicator=part.indicator + total.indicator,
                   kind=total.kind if part.kind == "other" else part.kind)


def _matches(sentence: str) -> Iterator[re.Match]:
    """``_pattern().finditer(sentence)``, trying the pattern only where a match can begin:
    the regex engine would otherwise enter its alternatives at every character."""
    pos = 0
    while begin := _first_character().search(sentence, pos):
        match = _pattern().match(sentence, begin.start())
        if match:
            yield match
            pos = match.end()
        else:
            pos = begin.start() + 1


def _quantity(sentence: str, match: re.Match) -> Quantity | None:
    start, end = match.span()
    written_unit, percent = match.group("unit") or "", match.group("percent")
    numeral = percent or match.group("low")
    chinese = not numeral[0].isdigit()
    # a window either side, so a sentence of thousands of numbers stays linear
    before = sentence[max(0, start - CONTEXT_CHARS):start]
    after = sentence[end:end + CONTEXT_CHARS]
    if not (written_unit or percent or chinese or match.group("mag1") or match.group("mag2")
            or _has_magnitude(numeral) or _headcount(before, after)):
        return None  # a bare Arabic number: a year, a code, a phone number
    if _not_a_count(sentence, match, before, written_unit):
        return None
    approx = bool(match.group("pre") or match.group("approx1") or match.group("approx2")
                  or match.group("approx3") or APPROX_LEAD.search(before)
                  or after.startswith(("左右", "以上")) or _exceeds(before))
    if chinese and not percent and (not _plausible_chinese(numeral, approx, before, match)
                                    or _in_set_phrase(sentence, start, end)):
        return None
    read = _read_value(numeral, chinese, match)
    unit, kind = _unit(written_unit, before, after, numeral, match)
    if read is None or unit is None:
        return None
    value, value_max, estimated = read
    # (a blank a scan left next to the number is no word: 受益人数达 2万余人次)
    before, after = before.rstrip(), after.lstrip()
    indicator = _indicator(before, after, kind in ("people", "person_times", "noun"),
                           share=kind == "percent", headcount=kind in ("people", "person_times"))
    if kind == "money_cny" and after.startswith("的"):
        indicator = _attribute_value(before, after) or indicator
    if kind == "noun":
        kind = _head_noun_kind(indicator) or _noun_kind(after)
        if kind is None and chinese and unit == GENERAL_CLASSIFIER:
            return None  # 两个规划, 五个维度: 个 counts no known thing
    elif unit == "家" and _head_noun_kind(indicator) == "households":
        kind = "households"  # 家 counts families as well as firms (困难家庭30家)
    elif unit == "处":
        # places (19处打卡地: `other` in units.tsv), or the bodies a known noun names (3处妇女之家)
        kind = _head_noun_kind(indicator) or kind
    return Quantity(sentence[start:end], start, end, value, value_max, unit,
                    approx or estimated, kind or "other", indicator)


def _attribute_value(before: str, after: str) -> str:
    """An amount between a noun and 的 + the noun it describes (年纯收入过10万元的种粮大户, 价值
    3万元的物资) is the value of that attribute of the owner: 种粮大户年纯收入. '' when no noun
    stands right before the amount (发放3万元的牛奶卡 counts the cards' worth)."""
    words = _words(CLAUSE_BREAK.split(before[-MAX_INDICATOR:])[-1])
    while words and words[-1][0] in ("过", "超过", "达", "达到", "在", "约", "近", "逾"):
        words = words[:-1]
    attribute = ""
    # (年, 月 before an income are "yearly", "monthly": 年纯收入)
    while words and (words[-1][1][0] in "nbtj" or words[-1][0] in ("年", "月")) \
            and words[-1][1] != "nr" \
            and len(attribute) + len(words[-1][0]) <= MAX_INDICATOR // 2:
        attribute, words = words[-1][0] + attribute, words[:-1]
    owner, _ = _noun_phrase(_words(CLAUSE_BREAK.split(after.removeprefix("的"), maxsplit=1)[0]))
    return owner + attribute if owner and attribute else ""


def _read_value(numeral: str, chinese: bool, match: re.Match
                ) -> tuple[float, float | None, bool] | None:
    """Value, upper value (ranges) and whether the numeral is itself an estimate (二三十, 十几),
    in the unit reported (七成 -> 70 %, 五毛 -> 0.5 元, 123元1角1分 -> 123.11); None when the
    numeral reads as no number."""
    high = match.group("high")
    magnitude = _value(match.group("mag1") or match.group("mag2") or "一")
    value, value_max, estimated = _value(numeral), None, False
    if high:
        value_max = _value(high)
        if value is None or value_max is None:
            return None
        value_max *= _value(match.group("mag3") or "一")
        if magnitude == 1 and not _has_magnitude(numeral):
            magnitude = _trailing_magnitude(high) * _value(match.group("mag3") or "一")  # 3~5万
    elif chinese and (pair := _neighbour_range(numeral)):
        (value, value_max), estimated = pair, True
        value_max *= magnitude
    elif chinese and numeral.endswith("几") and len(numeral) > 1:
        value, estimated = _value(numeral[:-1]), True
    if value is None:
        return None
    scale = UNIT_SCALES.get(match.group("unit") or "", 1)
    value = value * magnitude * scale + (
        _value(match.group("jiao") or "零") * 0.1 + _value(match.group("fen") or "零") * 0.01)
    return _round(value), _round(value_max * scale if value_max is not None else None), estimated


def _not_a_count(sentence: str, match: re.Match, before: str, unit: str) -> bool:
    """Ordinals (第三, 十一届四次, 前3名, 2023首届), rates (每), decimals and codes (ISO9001), clock
    times (9时30分), pairings and durations after the measure word (1对1, 3个月)."""
    if before.endswith(("第", "每", ".", "届", "·", "•", "．")) or ORDINAL_LIST.search(before) \
            or before[-1:].isascii() and before[-1:].isalnum():
        return True
    if DIGIT_BLANK.search(before):
        return True  # the end of a number a scan spaced out (3 0 0余人): its value is unsure
    if unit in ("名", "位") and before.endswith("前") or unit == "分" and before.endswith(("时", "点")) \
            or unit in ADDRESS_UNITS and ADDRESS_BEFORE.search(before):
        return True
    # 二 before a measure word of occasions is an ordinal (二次创业, 二期工程): a count says 两次
    if match.group("low") == "二" and not match.group("high") and unit in ORDINAL_UNITS \
            or PAGE_COUNTER.search(before):
        return True
    if PAGE_COUNT_AFTER.match(sentence, match.end()) or _names_a_set(sentence, match, before) \
            or _opens_place_name(sentence, match, unit) or _unit_inside_word(sentence, match, unit):
        return True
    after = NOT_A_COUNT_AFTER.match(sentence, match.end())
    # a number after the measure word is a pairing (1对1) unless it opens a count of its own
    # (2期120人, 6次360多人次)
    return bool(after) and not (after.group()[0].isdigit() and _counts_at(sentence, match.end()))


def _unit_inside_word(sentence: str, match: re.Match, unit: str) -> bool:
    """A measure word of the dictionaries (measure_words.tsv) that jieba reads as part of a longer
    word is none (12部门, 3组织, 三门峡, 5升至8): most of them are also nouns and verbs, so the
    count must end where a word ends. The hand-written units.tsv, measured on reports, goes
    unchecked."""
    if unit not in lexicon.generated_measure_words() or not match.group("low"):
        return False
    start, end = match.start("low"), match.end("unit")
    size = 0
    for word, _ in _words(sentence[start:end + MAX_INDICATOR // 2]):
        size += len(word)
        if size >= end - start:
            return size > end - start
    return False


def _opens_place_name(sentence: str, match: re.Match, unit: str) -> bool:
    """A Chinese numeral and its measure word that open a settlement's name (五人班村召开, 八条社区
    的, 七条巷社区妇联): the settlement suffix ends a word and no noun follows it but a body of
    the settlement."""
    numeral = match.group("low")
    if not numeral or numeral[0].isdigit() or unit in NOT_IN_PLACE_NAMES:
        return False
    name = PLACE_NAME_AFTER.match(sentence, match.end())
    if not name:
        return False
    words, size = _words(sentence[match.end():name.end() + MAX_INDICATOR]), 0
    for i, (word, tag) in enumerate(words):
        size += len(word)
        if size >= name.end() - match.end():
            if size > name.end() - match.end():
                return tag == "nt"  # the settlement's own body in one word (社区妇联)
            following, tag = words[i + 1] if i + 1 < len(words) else ("", "x")
            # (or a body of the settlement: 村党支部, 社区居委会)
            return tag[0] in AFTER_PLACE_NAME_TAGS and tag != "vn" or \
                _noun_kind_of().get(following) == "organisations"
    return False


def _names_a_set(sentence: str, match: re.Match, before: str) -> bool:
    """A Chinese numeral after a list of as many named things, closed by 等 or before a
    programme word, names them again (宣讲、培训、义诊三项活动, 甲、乙等五项建设; 甲、乙两地),
    and a small one before the head of a policy formula names a set (三项制度, 四个抓手): the
    things are listed or named, not counted."""
    numeral = match.group("low")
    if not numeral or numeral[0].isdigit():
        return False
    if match.group("unit") in FORMULA_UNITS and (_value(numeral) or 99) <= 10 \
            and FORMULA.match(sentence, match.end()):
        return True
    items = LIST_CLAUSE.split(before)[-1].split("、")
    # a numeral right after a list closed by 等 or by a place (昆明市、大理州两地, 镇、村两级)
    # sums it up whatever word follows; after other lists only before a programme word
    summed = before.endswith("等") or match.group("unit") in ("地", "级") \
        or SUMMED_NAMES.match(sentence, match.end())
    return bool(summed) and len(items) > 1 and _value(numeral) == len(items)


def _counts_at(sentence: str, position: int) -> bool:
    """A number with its measure word (or a percent) begins at ``position``."""
    following = _pattern().match(sentence, position)
    return bool(following and (following.group("unit") or following.group("percent")))


def _unit(written: str, before: str, after: str, numeral: str,
          match: re.Match) -> tuple[str | None, str]:
    """The reported unit and its kind: 百分之 and 成 in %, 千分之 in ‰, money in 元. Money words
    decide 块 (十块三毛, 五十块钱 vs 60块展板), and a bare number with a magnitude counts yuan in
    a clause about money (资金九万四)."""
    if match.group("percent"):
        return ("%" if match.group("per") == "百" else "‰"), "percent"
    if not written:
        magnitudes = _has_magnitude(numeral) or match.group("mag1") or match.group("mag2")
        if magnitudes and MONEY_CONTEXT.search(CLAUSE_BREAK.split(before)[-1]):
            return "元", "money_cny"
        large = match.group("mag1") or match.group("mag2") or numeral[-1] in "百千万亿"
        if _headcount(before, after, bool(large)):
            return "人", "people"  # 参加人数达1200, 受益群众2.3万: persons, their 人 left out
        if large and _opens_people_phrase(after):
            return "人", "people"  # 21万多农村妇女, 近万群众: 万 before persons counts persons
        return None, ""
    if written in ("角", "毛") and not after.startswith("钱"):
        return None, ""
    if written == "块" and (match.group("jiao") or after.startswith("钱")
                           or MONEY_CONTEXT.search(CLAUSE_BREAK.split(before)[-1])):
        return "元", "money_cny"
    kind = _unit_kinds()[written]
    if written == "期" and PUBLICATION.search(before):
        return written, "items"  # issues of a publication, not sessions
    written = written.replace("(次)", "次")  # 人(次), 场(次) as some reports write them
    if kind == "percent":
        return ("%" if written == "成" else written.removeprefix("个")), kind
    return ("元" if kind == "money_cny" else written), kind


def _exceeds(before: str) -> bool:
    """过 after a noun means "over" (年收入过10万元); after a verb it marks experience (参加过3次)."""
    if not before.endswith("过"):
        return False
    words = _words(before[-8:])
    return len(words) > 1 and words[-1][0] == "过" and words[-2][1][0] == "n"


def _headcount(before: str, after: str, large: bool = False) -> bool:
    """A number without its measure word that ends its clause after 人数 (参加人数达1200, but not
    人数2023年) or, when it is large, after a noun of persons (受益群众达2.3万): persons."""
    if after and not CLAUSE_BREAK.match(after):
        return False
    if HEADCOUNT.search(before):
        return True
    if not large:
        return False
    words = _words(TRAILING_FILLER.sub("", CLAUSE_BREAK.split(before[-MAX_INDICATOR:])[-1]))
    return bool(words) and words[-1][1][0] == "n" and _head_noun_kind(words[-1][0]) == "people"


def _opens_people_phrase(after: str) -> bool:
    """The text after a number opens with a noun, in a phrase whose head counts persons
    (农村妇女劳动者; not 二十大精神群众性宣讲: 大 is no noun)."""
    words = _words(CLAUSE_BREAK.split(after, maxsplit=1)[0][:MAX_INDICATOR])
    if not words or words[0][1][0] != "n":
        return False
    return _head_noun_kind(_noun_phrase(words)[0]) == "people"


def _plausible_chinese(numeral: str, approx: bool, before: str, match: re.Match) -> bool:
    """Chinese numerals count only when they clearly count: not 一批, 几十名, 数百人, 三八节, nor
    a bare magnitude without an approximation word (千家万户, but 近万名, 上千人, 万余人), nor
    分 after a numeral (十分明显, 三分之一: an adverb or a fraction, not points)."""
    vague = not match.group("pre") and before.endswith("数") and numeral[0] in "十百千万" \
        or "几" in numeral[:-1]  # 几十名, 几百人 (but 十几名 is about ten)
    # digits read one by one name days and events (三八节, 五一, 一二九), they count nothing;
    # two neighbouring digits are an estimate (五六名)
    named = len(numeral) > 1 and all(ch in CN_DIGITS for ch in numeral) \
        and not _neighbour_range(numeral)
    if numeral in ("一", "几") or vague or named or match.group("unit") == "分":
        return False
    return approx or not all(ch in MAGNITUDE_CHARS for ch in numeral)


NEIGHBOUR_DIGITS = "一二三四五六七八九"


def _neighbour_range(numeral: str) -> tuple[float, float] | None:
    """Two neighbouring digits before the rest of a numeral are an estimate between them:
    二三十 -> (20, 30), 七八十 -> (70, 80), 五六 -> (5, 6); 两 counts as 二 (两三百)."""
    first, second, rest = numeral[:1].replace("两", "二"), numeral[1:2], numeral[2:]
    if first and second and first in NEIGHBOUR_DIGITS and second in NEIGHBOUR_DIGITS \
            and NEIGHBOUR_DIGITS.index(second) == NEIGHBOUR_DIGITS.index(first) + 1 \
            and all(ch in "十百千万亿" for ch in rest):
        low, high = _value(first + rest), _value(second + rest)
        return (low, high) if low is not None and high is not None else None
    return None


def _in_set_phrase(sentence: str, start: int, end: int) -> bool:
    """The number sits inside a word of jieba's dictionary that reaches past it: a four-character
    word (三番五次, 五湖四海, 千家万户) or a three-character set phrase (二人转)."""
    tags = lexicon.dictionary_tags()
    for size in (4, 3):
        for i in range(max(0, start - size + 1), start + 1):
            word = sentence[i:i + size]
            if len(word) == size and (i < start or i + size > end) and word in tags \
                    and not all(ch in CN_NUMERALS for ch in word) \
                    and (size == 4 or tags[word][0] in "il"):
                return True
    return False


def _has_magnitude(numeral: str) -> bool:
    return any(ch in numeral for ch in "十百千万亿拾佰仟")


def _trailing_magnitude(numeral: str) -> float:
    """万 of 5万 (for the low end of 3~5万); 1 when the numeral does not end in 万 or 亿."""
    return _value("一" + numeral[-1]) if numeral[-1] in "万亿" else 1


UNIT_SCALES = {"成": 10, "角": 0.1, "毛": 0.1}
PLAIN_DECIMAL = re.compile(r"[0-9]+(?:\.[0-9]+)?")
MAGNITUDE_VALUES = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000,
                    "万": 10_000, "亿": 100_000_000}


@cache
def _value(numeral: str) -> float | None:
    """A numeral's value, read by cn2an (1,200 -> 1200; 九万四 -> 94000; 5万4千6百 -> 54600);
    magnitudes alone multiply (近百 -> 100, 近千万 -> 10^7); None when it is no number (三五)."""
    numeral = numeral.replace(",", "").replace(" ", "").replace("．", ".")
    if all(ch in MAGNITUDE_VALUES for ch in numeral):
        return float(math.prod(MAGNITUDE_VALUES[ch] for ch in numeral))
    if PLAIN_DECIMAL.fullmatch(numeral):
        return float(numeral)  # what cn2an reads it as, without its parsing cost
    try:
        return float(cn2an.cn2an(numeral, "smart"))
    except (ValueError, KeyError, IndexError):  # what cn2an raises on a malformed numeral
        return None


def _round(value: float | None) -> float | None:
    """Values to the cent, so 123元1角1分 reads 123.11, not 123.11000000000001."""
    return None if value is None else round(value, 2)


def _noun_kind(after: str) -> str | None:
    """Kind of what 个 counts, from the noun phrase that follows (up to a clause break)."""
    return _head_noun_kind(CLAUSE_BREAK.split(after, maxsplit=1)[0][:10])


def _head_noun_kind(phrase: str) -> str | None:
    """Kind of a phrase's head noun: Chinese phrases are head-final, so the known noun that
    ends last wins (儿童友好社区 -> 社区), the longer one on a tie."""
    kinds, longest = _noun_kind_of(), _longest_noun()
    if phrase.endswith(_body_suffixes()):
        return "organisations"  # a body named by the grammar of organisation names (…联合会)
    for end in range(len(phrase), 0, -1):  # substrings looked up, not every noun scanned
        for length in range(min(longest, end), 0, -1):
            kind = kinds.get(phrase[end - length:end])
            if kind is not None:
                return kind
    return None


def _indicator(before: str, after: str, persons: bool = True, share: bool = False,
               headcount: bool = False) -> str:
    """What is counted, as whole words of jieba: the noun phrase a number stands before
    (28个镇街, 23名患病妇女, 480余名巾帼志愿者), with the outcome a pivot verb gives it
    (帮助286名妇女实现就业 -> 实现就业的妇女, when ``persons`` are counted); else the phrase
    before the number in its clause (培训妇女1860人次, 不清洁家庭0.8万余户); else the first words
    after it."""
    if (next_count := _pattern().match(after)) and next_count.group("unit"):
        after = after[next_count.end():]  # 6次360多人次的农村培训: the two counts share a noun
    # (the clause with its 、 lists: a predicate may list, 入选省级、市级榜单)
    # (a parenthetical gloss is an aside here too: 活动领导(协调)小组)
    # (a blank typeset inside or after quote marks is no clause break: 50个自治州“ 美丽庭院” 示范村)
    following = _words_of_names(NAMES_CLAUSE_BREAK.split(
        GLOSS.sub("", QUOTE_BLANK.sub("", after.removeprefix("的"))), maxsplit=1)[0][:3 * MAX_INDICATOR])
    # (after 为/给 the phrase is whom a service is for, its verb the service: 为…妇女就业提供岗位)
    if not before.endswith(BENEFACTIVES):
        following = _deed_after_noun(_persons_and_deed(following) if headcount else following)
    phrase, rest = _noun_phrase(following)
    if not phrase and (relative := _relative_clause(following)):
        return relative  # 选取30名来自各行各业的女性代表: the noun the clause qualifies
    while phrase and len(rest) > 1 and rest[0][0] in NOUN_JOINERS:
        # nouns listed after one number share it (14个国家、国际组织的使节)
        more, after_more = _noun_phrase(rest[1:])
        if more and len(phrase) + len(more) >= 2 * MAX_INDICATOR:
            phrase += "等"  # a long list: its first items and 等 ("and others")
        if not more or phrase.endswith("等"):
            break
        phrase, rest = f"{phrase}{rest[0][0]}{more}", after_more
    if phrase:
        if LISTED_BEFORE.search(before) and "的" not in phrase:  # (a qualified phrase is whole)
            phrase = _listed_before(before) + phrase  # 县妇联和县教委等19家单位
        # (only persons do what a pivot verb makes them do: 组织4次…培训 counts no doers)
        # (any verb whose object the persons are: 推选20名代表参加会议)
        # (and the persons a service is for: 为6名困难妇女争取到轮椅 -> 为其争取到轮椅的困难妇女,
        # "for whom", so that the deed never reads as theirs)
        pivot = PIVOT_VERB.search(before) or _ends_with_verb(before) or _pivot_before_scope(before)
        served = not pivot and before.endswith(BENEFACTIVES)
        # (persons only: 深入11个县开展培训 says nothing the counties did)
        outcome = _outcome(rest) if persons and (pivot or served) and \
            _head_noun_kind(phrase) in ("people", None) else ""
        if outcome and served:
            return f"为其{outcome}的{phrase}"
        if not outcome and _opens_clause(before):
            # a share is of those that do what follows (80%的村都有了秧歌队); families act as
            # persons do (2户家庭入选, 300户家庭受益); after an existential 有 any counted
            # things are those that do it ("there are 23 that …": 有23项指标达到目标要求)
            outcome = _predicate(rest, _head_noun_kind(phrase) in ("people", "households")
                                 or share or before.endswith(tuple(EXISTENTIALS)))
        if not outcome and before.endswith("由"):
            outcome = _agent_of(rest)  # 由46名干部参加的读书班 -> 参加读书班的干部
        if outcome:
            return f"{outcome}的{phrase}"
        return _set_verb_before(before) + _relative_before(before) + phrase
    before = _unquoted(GLOSS.sub("", before)[-4 * MAX_INDICATOR:])
    if tally := TALLY_AFTER_COMMA.search(before):
        before = before[:tally.start()] + "共"  # 甲、乙等,共计120名: the total of the list before
    clause = CLAUSE_BREAK.split(before)[-1]
    if respective := _respective_item(SENTENCE_CLAUSE_BREAK.split(before)[-1]):
        return respective
    # the clause opens inside a list (养牛、养鸽等专业合作社): only the words after 等 are whole
    inside_list = before[:len(before) - len(clause)].endswith("、")
    after_number = _earlier_quantity().split(clause)
    last_count = (re.findall(_earlier_quantity(), clause) or [""])[-1]
    if len(after_number) > 1:
        # (a date's number is no earlier count: 2008年首批项目资金 counts 首批项目资金, not 年首批…)
        after_number[-1] = DATE_REST.sub("", after_number[-1])
    clause = TRAILING_FILLER.sub("", after_number[-1])
    if not clause and len(after_number) > 1:
        # right after another count (培训妇女2期120人): both count the phrase before the first
        after_number = after_number[:-1]
        clause = TRAILING_FILLER.sub("", after_number[-1])
    words = _words(clause)
    # after an earlier number its noun opens the clause (为23名患病妇女申请救助资金46万元)
    counted = (None if len(after_number) > 1 else _object_of_last_report_verb(words)) or \
        _drop_leading_words(_last_words(_drop_leading_words(words)))
    listed_head = ""
    if inside_list and ("等", "u") in counted:
        counted = counted[len(counted) - counted[::-1].index(("等", "u")):]
        listed_head = "".join(word for word, _ in counted)
    kept = "".join(word for word, _ in counted)
    if listed_head or inside_list and CLOSED_LIST.search(before):
        # the number closes a list with 等 (甲、乙等活动23场, 甲、乙等85人): it counts the list
        return _list_total(before, listed_head, closed=True)
    following = _words(CLAUSE_BREAK.split(LEADING_FILLER.sub("", after), maxsplit=1)[0])
    if len(kept) >= 2 and all(tag[0] == "v" and tag != "vn" or word in SET_VERBS | REPORT_VERBS
                             for word, tag in counted) and \
            (first := _first_words(following)):
        # a verb alone before the number (新建19处打卡地) is no counted noun: the words after the
        # number are, with the verb where it defines the counted set
        return _set_verb_before(before) + first
    if len(kept) >= 2:
        total = _list_total(before, kept)
        # what the counted did right after the number says which of them are counted
        # (领导干部1.59万余人聆听了报告 -> 聆听了报告的领导干部)
        noun_kind = _head_noun_kind(kept)
        # (``headcount``: the number's own measure word counts persons, 人, 名, 位)
        if headcount and noun_kind not in (None, "people") and len(after_number) > 1 \
                and not last_count[-1:].isdigit():  # (a count, not a hotline's number)
            return _persons_of(kept, after)
        # (not when persons are counted of a noun that is none: 27支队伍350人参加)
        # (nor of a total a tally word marks: 甲、乙和丙共86人参加 counts them all)
        tallied = total != kept and (LIST_TOTAL.search(before) or TALLY_OPENS_CLAUSE.search(before))
        predicate = "" if tallied or persons and noun_kind not in (None, "people") else \
            _predicate(_words_of_names(NAMES_CLAUSE_BREAK.split(
                after, maxsplit=1)[0][:3 * MAX_INDICATOR]), noun_kind == "people" or share)
        if predicate and share and counted[-1][1] == "f" and total == kept:
            # a share of a set named before a locative (两委中100%有女性): of that set, those
            # that do what follows
            total = kept.removesuffix(counted[-1][0])
        # (a list's total does it too: 甲、乙妇代会主任163人参加培训)
        return f"{predicate}的{total}" if predicate else total
    return _first_words(following) or "".join(word for word, _ in _last_words(_words(clause)))


def _pivot_before_scope(before: str) -> bool:
    """A pivot verb whose object is a count of persons after a scope (带动海龙村及周边300余名妇女
    创业就业): only nouns and joiners, no other verb, stand between the verb and the number."""
    words = _words(CLAUSE_BREAK.split(before[-MAX_INDICATOR:])[-1])
    pivots = [i for i, (word, _) in enumerate(words) if PIVOT_VERB.fullmatch(word)]
    return bool(pivots) and pivots[-1] < len(words) - 1 and all(
        tag[0] in "nfcr" and tag != "nr" for _, tag in words[pivots[-1] + 1:])


def _persons_and_deed(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``words`` after a count of persons, with the persons' noun cut from what they do where
    one word holds both (妇女创业 of userdict.txt, kept whole for the terms table): 300名
    妇女创业就业 counts the women, and 创业就业 is what they did."""
    if not words:
        return words
    word, kinds = words[0][0], _noun_kind_of()
    # (the deed is a verb, or a word that is no known noun before a verb: 妇女创业/就业)
    verb_next = len(words) > 1 and words[1][1][0] == "v" and words[1][1] != "vn"
    for cut in range(len(word) - 1, 0, -1):
        deed = word[cut:]
        if kinds.get(word[:cut]) == "people" and deed not in kinds and word not in kinds and (
                lexicon.dictionary_tags().get(deed, "")[:1] == "v" or verb_next):
            return [(word[:cut], "n"), (deed, "v"), *words[1:]]
    return words


def _deed_after_noun(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A verbal noun between the counted noun and a verb is the first verb of what the counted
    did (妇女/创业/就业, 村/发展/到…), not part of the noun phrase."""
    if len(words) > 2 and words[0][1][0] == "n" and words[1][1] == "vn" \
            and words[2][1][0] == "v" and words[2][1] != "vn":
        return [words[0], (words[1][0], "v"), *words[2:]]
    return words


def _persons_of(things: str, after: str) -> str:
    """Persons counted right after a count of things that are no persons (27支队伍350人参加,
    21个县区1300余人收看报告会): the people of those things, named by what they did where the
    clause says it (参加本次活动的队伍人员); 人员 stands for the persons the sentence leaves
    unnamed."""
    words = _words_of_names(NAMES_CLAUSE_BREAK.split(after, maxsplit=1)[0][:3 * MAX_INDICATOR])
    deed = _predicate(words, True) or _outcome(words)
    return f"{deed}的{things}人员" if deed else f"{things}人员"


def _list_total(before: str, last_item: str, closed: bool = False) -> str:
    """A total after a list (执委、妇联主席、专干共150人) counts the whole list, not its last item:
    the list as written (its first item after the clause's last verb) when it is short, else
    the last item and 等 (“and others”), so it never reads as the last item alone. A list
    ``closed`` by 等 before the number (甲、乙等活动23场) keeps its 等 and the noun after it
    (``last_item``, '' when the number follows 等 directly); a long one reads 丙等活动."""
    # (a blank a scan left before 、 breaks the clause there: the empty item it leaves goes)
    items = [item for item in SENTENCE_CLAUSE_BREAK.split(before)[-1].split("、") if item]
    # a number right after a list of bare nouns totals it, tally word or not (三八红旗手、巾帼
    # 建功标兵504名): each item would have its own number (三八红旗手20名、巾帼建功标兵6名)
    bare_list = len(items) > 1 and items[-1] == last_item and not any(
        _earlier_quantity().search(item) for item in items) and _words(last_item)[-1][1][0] == "n"
    if not closed and not bare_list and not LIST_TOTAL.search(before) \
            and not TALLY_OPENS_CLAUSE.search(before):
        return last_item
    if len(items) < 2:
        return last_item
    # (a scope and existential lead is no part of the item, however jieba cuts it: 全乡有种桑)
    lead = SUBJECT_LEAD_PREFIX.match(items[0])
    words = _words(items[0][lead.end():] or items[0])
    # (the item's last word is its noun even when tagged a verb: 邻居 is tagged v)
    verbs = [i for i, (word, tag) in enumerate(words[:-1])
             if tag[0] == "v" and tag != "vn" or word in REPORT_VERBS or word in SET_VERBS]
    first = words[verbs[-1] + 1:] if verbs else words
    first_item = "".join(word for word, _ in _drop_leading_words(first))
    if closed:
        # (the list's last item ends where its noun starts, wherever the number follows:
        # 丙等学习班6期,共187人次 -> 丙)
        cut = items[-1].rfind(last_item) if last_item else len(items[-1])
        last = TRAILING_FILLER.sub("", items[-1][:cut])
        listed = "、".join([first_item, *items[1:-1], last]) + "等" + last_item
        return listed if len(listed) <= 2 * MAX_INDICATOR else f"{last}等{last_item}"
    listed = "、".join([first_item, *items[1:-1], last_item])
    return listed if len(listed) <= 2 * MAX_INDICATOR else f"{last_item}等"


def _unquoted(text: str) -> str:
    """``text`` without quote marks, names written side by side kept apart by 、 and a quoted
    name's blanks dropped (“清正家风 廉洁齐家”): the name stays one item of its clause."""
    text = QUOTED.sub(lambda quoted: re.sub(r"\s", "", quoted.group()), text)
    return QUOTE_MARKS.sub("", ADJACENT_NAMES.sub("、", text))


def uncertain_indicator(indicator: str) -> bool:
    """An indicator a reader should check before quoting it: empty or one character, opening on
    a character jieba knows no word for (a cut word: 鸽等…), or ending on a verb, adverb,
    preposition, conjunction or particle (随机选取, 占总数的): no counted noun at its end."""
    if len(indicator) < 2:
        return True
    words = _words(indicator)
    if len(words) > 1 and words[-1][0] in ("等", "等等"):
        words = words[:-1]  # a list closed by 等 ends on its last item
    # a word cut or a span scrambled: a single character jieba reads as no word of its own
    # (an onomatopoeia, an unknown character, a bound morpheme before the head: 名妇训练, 全嘎),
    # or a magnitude or measure word of one character that opens the indicator (万展开…, 余盛珍;
    # not a digit of a title, 五好家庭, nor 年, 月 of 年纯收入: "yearly")
    stray = any(len(word) == 1 and word != "、" and (
        tag[:2] in ("zg", "o", "x", "vg", "ag") or tag == "ng" and i < len(words) - 1)
        for i, (word, tag) in enumerate(words))
    opening = len(words[0][0]) == 1 and words[0][1][0] in "mq" \
        and words[0][0] not in CN_DIGITS + "十年月"
    return stray or opening or (
        words[-1][1] != "vn" and words[-1][1][0] in UNCERTAIN_END_TAGS
        and words[-1][0] not in _noun_kind_of())


def _respective_item(clause: str) -> str:
    """分别 pairs a list of nouns with a list of numbers in order (男选手和女选手分别为12人和
    30人): the n-th number counts the n-th noun. '' when the clause has no such pairing or
    fewer nouns than numbers."""
    match = RESPECTIVELY.search(clause)
    if not match:
        return ""
    items = [item for item in LIST_JOINERS.split(match.group("items")) if item]
    numbers = _earlier_quantity().split(match.group("numbers"))
    position = len(numbers) - 1
    if len(items) < 2 or position >= len(items) or \
            not all(BETWEEN_NUMBERS.fullmatch(text) for text in numbers):
        return ""
    return "".join(word for word, _ in _drop_leading_words(_last_words(_words(items[position]))))


def _noun_phrase(words: list[tuple[str, str]]) -> tuple[str, list[tuple[str, str]]]:
    """The noun phrase that opens ``words`` (up to its first verb, adverb or particle) and the
    words after it; ('', words) when they do not open with a noun or an adjective
    (人次,… and 的就业问题 open no phrase). A noun of one character counts (2110个村)."""
    phrase, taken = "", 0
    for (word, tag), (_, next_tag) in pairwise([*words, ("", "x")]):
        # a set phrase ending in a known noun is a noun (精彩节目 is tagged i), and so is a known
        # noun the dictionary tags otherwise (青年 is tagged t)
        nominal = tag == "vn" or word in _noun_kind_of() or tag[0] in "il" and any(
            word.endswith(noun) for noun in _noun_kind_of())
        # a set phrase before a noun modifies it (健身操队员, 巾帼健身操队队员), and a known noun
        # that is also a reporting verb is the head after a noun (女性社会组织, 国际组织)
        modifier = tag[0] in "il" and next_tag[0] == "n"
        inside = modifier or bool(phrase) and word in _noun_kind_of() and tag[0] == "n"
        # an adverbial adjective opens the predicate (志愿者正式上岗): the phrase ends before it
        stop = not inside and (
            not nominal and (tag[0] in PHRASE_STOP_TAGS or tag == "ad")
            or word in PHRASE_STOP_WORDS
            or word in LEADING_DROP_WORDS or word in SET_VERBS and tag != "vn")
        # jieba splits a word it does not know after an adjective of one character (巾帼好品 ->
        # 好/品); a phrase never ends on such an adjective, so the character after it stays
        glued = taken > 0 and words[taken - 1][1] == "a" and len(words[taken - 1][0]) == 1 \
            and len(word) == 1 and len(phrase) > 1
        if stop and not glued or len(phrase) + len(word) > MAX_NOUN_PHRASE:
            break
        if glued:
            phrase, taken = phrase + word, taken + 1
            break
        if not phrase and tag[0] not in PHRASE_OPEN_TAGS and not nominal and not modifier:
            return "", words
        phrase += word
        taken += 1
    # a long phrase keeps its head, the last words (Chinese phrases are head-final): its first
    # modifiers go (巾帼志愿服务先进个人荣誉获得者 -> 先进个人荣誉获得者)
    kept = words[:taken]
    if len(kept) > 2 and kept[-1][0] == "称号" and \
            _noun_kind_of().get(kept[0][0]) in ("people", "organisations"):
        # the double object of an honour (授予20名女性三八红旗手称号): those who got the title
        honour = "".join(word for word, _ in kept[1:])
        return f"获{honour}的{kept[0][0]}", words[taken:]
    while len(phrase) > MAX_INDICATOR and len(kept) > 1:
        phrase, kept = phrase[len(kept[0][0]):], kept[1:]
    # verbal nouns alone (投入使用) are what is done with the counted, not what is counted
    verbal = taken > 0 and all(tag == "vn" for _, tag in words[:taken])
    if (len(phrase) >= 2 or phrase and _head_noun_kind(phrase)) and not verbal:
        return phrase, words[taken:]
    return "", words


def _relative_clause(words: list[tuple[str, str]]) -> str:
    """A relative clause between a number and its noun (30名来自各行各业的女性代表, 5个有条件的
    村): a verb phrase closed by 的, then the counted noun. The clause defines the counted set
    and stays when short; '' when the words after the number are no such clause."""
    if not words or words[0][1][0] != "v" or ("的", "uj") not in words:
        return ""
    cut = words.index(("的", "uj"))
    clause = "".join(word for word, _ in words[:cut])
    if any(tag == "m" for _, tag in words[:cut]) or len(clause) > MAX_PREDICATE:
        return ""
    noun, _ = _noun_phrase(words[cut + 1:])
    return f"{clause}的{noun}" if noun else ""


def _relative_before(before: str) -> str:
    """A short relative clause opening the number's clause (推选的60余种巾帼好品, 新建的5个基地):
    it says which of the nouns are counted, so it stays with its 的; '' otherwise."""
    clause = CLAUSE_BREAK.split(before)[-1]
    if not clause.endswith("的"):
        return ""
    words = _drop_leading_words_of_scope(_words(clause[:-1]))
    text = "".join(word for word, _ in words)
    # (jieba tags some verbs otherwise: 新建 ns)
    if not words or words[0][1][0] != "v" and words[0][0] not in SET_VERBS | REPORT_VERBS \
            or words[0][0] in EXISTENTIALS \
            or any(tag == "m" for _, tag in words) or len(text) > MAX_INDICATOR // 2:
        return ""
    return text + "的"


def _drop_leading_words_of_scope(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``words`` without the scope, tally and time words that open them (全县, 共, 今年)."""
    while words and (words[0][0] in FILLER_WORDS or words[0][1][0] == "t"):
        words = words[1:]
    return words


def _ends_with_verb(before: str) -> bool:
    """The clause before the number ends with a verb (not a reporting or tally word): the
    counted are its object (摸底12名群众有意愿学习)."""
    words = _words(CLAUSE_BREAK.split(before[-MAX_INDICATOR:])[-1])
    return bool(words) and words[-1][1] == "v" and words[-1][0] not in LEADING_DROP_WORDS \
        and words[-1][0] not in EXISTENTIALS


def _agent_of(words: list[tuple[str, str]]) -> str:
    """由 + count + persons + verb + 的 + noun (由46名干部参加的读书班): the persons are those who
    did the verb to the noun (参加读书班); '' for any other shape or a long phrase."""
    text = "".join(word for word, _ in words)
    verb, _, thing = text.partition("的")
    if not words or words[0][1][0] != "v" or not thing or len(verb) + len(thing) > MAX_PREDICATE \
            or any(tag == "m" for _, tag in words):
        return ""
    return verb + thing


def _words_of_names(text: str) -> list[tuple[str, str]]:
    """``_words`` of ``text``, a quoted name (最美“爱情打卡地”) kept as one noun without its
    quote marks: a name is not cut into the words it is made of."""
    words, pos = [], 0
    for quoted in QUOTED.finditer(text):
        words += _words(text[pos:quoted.start()]) + [(quoted.group()[1:-1], "n")]
        pos = quoted.end()
    return words + _words(text[pos:]) if pos < len(text) else words


def _listed_before(before: str) -> str:
    """The short list a number closes with 等 (县妇联和县教委等19家单位): it names some of the
    counted; '' when it is long."""
    listed = SENTENCE_CLAUSE_BREAK.split(before)[-1]
    words = _drop_leading_words(_words(QUOTE_MARKS.sub("", listed)))
    text = "".join(word for word, _ in words)
    return text if 2 < len(text) <= MAX_INDICATOR + 4 else ""


def _opens_clause(before: str) -> bool:
    """The number opens its clause as its subject: only scope and tally words (全县有…, 其中…),
    or time words and adverbs before 有 (现阶段已有…), precede it."""
    clause = CLAUSE_BREAK.split(before)[-1]
    if SUBJECT_LEAD.match(clause):
        return True
    words = _words(clause)
    return bool(words) and words[-1][0] in EXISTENTIALS and all(
        tag[0] in "td" or word in EXISTENTIALS for word, tag in words)


def _predicate(words: list[tuple[str, str]], persons: bool) -> str:
    """What the subject a number opens did, when it says which of them are counted (6万名青年
    参与, 385名志愿者正式签约, 3个项目入选省级榜单, 有23项指标达到目标要求): a verb phrase
    (adverbs before its verb) of ``persons`` (or of those an existential 有 introduces), or one
    opened by a verb of ``SET_VERBS``; '' when
    it holds a number or is long."""
    text = "".join(word for word, _ in words)
    if not words or len(text) > MAX_PREDICATE or any(tag == "m" for _, tag in words):
        return ""
    verb, tag = next(((word, tag) for word, tag in words if tag not in ("d", "ad")), ("", ""))
    if tag[:1] in "il" and lexicon.dictionary_tags().get(verb[:2], "")[:1] == "v":
        tag = "v"  # a set phrase opened by a verb is a verb phrase (达到目标)
    if not (tag[:1] == "v" or verb in SET_VERBS) or tag == "vn" and words[0][0] == verb:
        return ""  # (jieba tags some verbs otherwise: 荣获 nr)
    return text if persons or verb in SET_VERBS else ""


def _set_verb_before(before: str) -> str:
    """A verb of ``SET_VERBS`` right before the number (覆盖22个居民区, 新建5个基地, 看望346名…),
    with its complement (征集到): it says which of the nouns are counted."""
    words = _words(CLAUSE_BREAK.split(before[-MAX_INDICATOR:].rstrip())[-1])  # 征集到 500
    if words and len(words[-1][0]) == 1 and words[-1][1][0] == "v" and len(words) > 1 \
            and words[-2][0] in SET_VERBS:
        return words[-2][0] + words[-1][0]  # 征集到, 收到了
    return words[-1][0] if words and words[-1][0] in SET_VERBS | REACH_VERBS else ""


def _outcome(words: list[tuple[str, str]]) -> str:
    """A short verb phrase ending the clause (实现就业, 增收致富): what a pivot verb's object
    did; '' when the rest holds a number, is long (为23名患病妇女申请救助资金46万元) or is one
    character (a sentence cut after 能)."""
    if ("、", "x") in words:
        words = words[:words.index(("、", "x"))]  # 返乡创业、居家就业: the first of a list
    text = "".join(word for word, _ in words)
    if not words or words[0][1][0] != "v" or len(text) < 2 or any(tag == "m" for _, tag in words):
        return ""
    if len(text) > MAX_OUTCOME and len(words) > 2 and words[-1][1][0] in "nv":
        # the last verb and the head of its object, the last words (参加…博览会培训 ->
        # 参加博览会培训; 深入社区开展…慰问活动 -> 开展慰问活动); a verb closed by 的 is in a
        # relative clause of the object (参加…厅举办的农民培训)
        last = max(i for i, (_, tag) in enumerate(words[:-1]) if i == 0 or tag[0] == "v"
                   and tag != "vn" and words[i + 1][0] != "的")
        verb, head = words[last][0], ""
        for word, _ in reversed(words[last + 1:]):
            if len(verb) + len(head) + len(word) > MAX_OUTCOME:
                break
            head = word + head
        text = verb + head if head else text
    return text if len(text) <= MAX_OUTCOME else ""


def _object_of_last_report_verb(words: list[tuple[str, str]]) -> list[tuple[str, str]] | None:
    """What follows the clause's last reporting verb (镇妇联共开展兑换活动 -> 兑换活动): the subject
    and the verb are not what is counted, unless the verb defines the counted set (``SET_VERBS``:
    已累计参与离婚调解 -> 参与离婚调解, 新建示范基地 -> 新建示范基地). None when there is
    no such verb, when less than two characters follow it, or when the clause ends in a count
    noun (参与培训人数: the verb says who is counted)."""
    if not words or words[-1][0].endswith("数"):
        return None
    for i in range(len(words) - 1, -1, -1):
        # (a set phrase ending in a reporting verb is one: 深入开展 is tagged i)
        if words[i][0] in REPORT_VERBS or words[i][0] in SET_VERBS or words[i][1][0] in "il" \
                and words[i][0][-2:] in REPORT_VERBS - SET_VERBS:
            if i == len(words) - 1 and words[i][0] in SET_VERBS:
                continue  # 妇女之家再增加, 开展远程教育培训: the counted noun is before the verb
            rest = _last_words(words[i + (words[i][0] not in SET_VERBS):])
            # and the verb's complement or particle (排查出, 开展了)
            while rest and (rest[0][0] in LEADING_DROP_WORDS
                            or len(rest[0][0]) == 1 and rest[0][1][0] in "vu"):
                rest = rest[1:]
            if len("".join(w for w, _ in rest)) < 2:
                return None
            return _recipients(words[:i]) + rest
    return None


def _recipients(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The noun phrase of 对/向/面向 before a reporting verb (对女致富带头人开展培训12次): those
    the counted events served, kept before the events (女致富带头人培训); [] otherwise."""
    # (a subject, time words and adverbs may stand before the preposition)
    while words and words[0][0] not in RECIPIENT_MARKS and \
            (words[0][0] in FILLER_WORDS or words[0][1][0] in "tdn"):
        words = words[1:]
    if len(words) < 2 or words[0][0] not in RECIPIENT_MARKS:
        return []
    words = words[1:]
    while words and (words[0][0] in FILLER_WORDS or words[0][1] == "r"):  # 全县, 各, 所有
        words = words[1:]
    phrase, rest = _noun_phrase(words)
    return words[:len(words) - len(rest)] if phrase and not rest and \
        len(phrase) <= MAX_INDICATOR // 2 + 2 else []


def _drop_leading_words(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """新创建巾帼示范基地 -> 巾帼示范基地: scope and tally words and verbs before the counted
    noun go, and so does a one-character modifier of such a verb (新 in 新创建). Negations stay
    (不清洁家庭), and so does the verb of a count noun (受教育人数: who the 人数 are)."""
    if words and words[-1][0].endswith("数"):
        while words and words[0][0] in LEADING_DROP_WORDS:
            words = words[1:]
        return words
    kept = words
    for (word, tag), (_, next_tag) in pairwise([*words, ("", "x")]):
        if word in NEGATIONS or word in SET_VERBS:
            break
        listed = word in LEADING_DROP_WORDS
        is_verb = tag != "vn" and tag[0] in LEADING_DROP_TAGS
        modifies_verb = len(word) == 1 and next_tag != "vn" and next_tag[0] == "v"
        if not (listed or is_verb or modifies_verb):
            break
        kept = kept[1:]
        if listed:
            words = kept
    # a verb phrase that would leave one bare word says what it counts (达成就业意向)
    return kept if len(kept) > 1 or kept == words or all(
        tag[0] == "u" for _, tag in words[:len(words) - len(kept)]) else words


def _last_words(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The end of a long phrase, whole words of at most ``MAX_INDICATOR`` characters in all:
    the head noun comes last. A one-character distinguishing word is never cut from the word it
    qualifies (女 of 女政协委员占政协委员总数的)."""
    size, i = 0, len(words)
    while i > 0 and size + len(words[i - 1][0]) <= MAX_INDICATOR:
        i -= 1
        size += len(words[i][0])
    if 0 < i < len(words) and words[i - 1][1] == "b" and len(words[i - 1][0]) == 1:
        i -= 1
    # a list of nouns (心理教育讲座和手工减压活动) is not cut inside its first item
    while 0 < i < len(words) and words[i - 1][1][0] == "n" and size + len(words[i - 1][0]) <= \
            2 * MAX_INDICATOR and any(word in NOUN_JOINERS for word, _ in words[i:]):
        i -= 1
        size += len(words[i][0])
    return words[i:]


def _first_words(words: list[tuple[str, str]]) -> str:
    """The start of a phrase, whole words only, at most ``MAX_INDICATOR`` characters."""
    kept = ""
    for word, _ in words:
        if len(kept) + len(word) > MAX_INDICATOR:
            break
        kept += word
    return kept


def _words(text: str) -> list[tuple[str, str]]:
    """``text`` cut into words by jieba (its Rust port, HMM off, with the domain words of
    userdict.txt and nouns.tsv), each with its dictionary tag; numbers are tagged ``m`` and
    unknown single characters ``x``."""
    return list(_tagged_words(text))


@lru_cache(maxsize=1 << 14)  # one clause is cut again for each number in it and its indicator
def _tagged_words(text: str) -> tuple[tuple[str, str], ...]:
    model, domain_tags = _segmenter()
    tags = lexicon.dictionary_tags()
    return tuple((word, domain_tags.get(word) or tags.get(word)
                  or ("m" if word[0].isdigit() or word == "." else "x"))
                 for word in model.cut(text, False))


@cache
def _segmenter():
    """One rjieba model with the domain words, and the tags of those words."""
    import rjieba

    model, domain_tags = rjieba.Jieba(), {}
    for row in lexicon.lines("userdict.txt"):
        word, *rest = row.split()
        model.add_word(word, int(rest[0]) if rest and rest[0].isdigit() else None, None)
        domain_tags[word] = rest[-1] if rest and not rest[-1].isdigit() else "n"
    for noun, _ in _noun_kinds():
        model.add_word(noun, None, None)
        domain_tags[noun] = "n"
    return model, domain_tags


def _unit_kinds() -> dict[str, str]:
    return lexicon.measure_words()


@cache
def _noun_kinds() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(lexicon.rows("nouns.tsv"), key=lambda row: -len(row[0])))


@cache
def _noun_kind_of() -> dict[str, str]:
    return dict(_noun_kinds())


@cache
def _body_suffixes() -> tuple[str, ...]:
    """The suffixes that make a name an organisation's (…委员会, …协会, …合作社), from the
    grammar of organisation names that ``womenfed.agencies`` reads."""
    return tuple(value for kind, value, *_ in lexicon.rows("agency_grammar.tsv")
                 if kind in ("strong", "registered"))


@cache
def _longest_noun() -> int:
    return max(len(noun) for noun, _ in _noun_kinds())


@cache
def _earlier_quantity() -> re.Pattern:
    """A number (with its measure word, if any): an indicator starts after the last one in its
    clause (为23名患病妇女申请救助资金46万元, 12338热线接听来电210个)."""
    units = "|".join(re.escape(u) for u in sorted(_unit_kinds(), key=len, reverse=True))
    return re.compile(rf"[\d零〇一二两三四五六七八九十百千][\d.余多万亿]*(?:{units})|\d[\d.]*")


@cache
def _first_character() -> re.Pattern:
    """Every character a quantity can begin with: a digit, a numeral or an approximation word."""
    firsts = {word[0] for word in APPROX_BEFORE} | set(CN_NUMERALS) | {"几", "上"}
    return re.compile(rf"[\d{''.join(sorted(firsts))}]")


@cache
def _pattern() -> re.Pattern:
    units = "|".join(re.escape(u) for u in sorted(_unit_kinds(), key=len, reverse=True))
    pre = "|".join(sorted(APPROX_BEFORE, key=len, reverse=True))
    b, digit = BLANK, "[\\d一二两三四五六七八九]"
    return re.compile(
        rf"(?P<pre>{pre}|上(?=[百千万亿]))?{b}"
        rf"(?:(?P<per>[百千])分之(?P<percent>{NUMERAL})"
        rf"|(?P<low>{NUMERAL}){b}(?P<approx1>余|多)?{b}(?P<mag1>万|亿)?"
        rf"(?:{b}[{RANGE_MARKS}]{b}(?P<high>{NUMERAL}){b}(?P<approx2>余|多)?(?P<mag3>万|亿)?)?)"
        rf"{b}(?P<approx3>余|多)?{b}(?P<mag2>(?<=[余多])万|(?<=[余多])亿)?"
        rf"(?:{b}(?P<unit>{units})(?!钟))?"
        rf"(?:(?<=[元块圆])(?P<jiao>{digit})[角毛](?:(?P<fen>{digit})分)?)?")
