"""Quantities: the numbers a report counts with, as value, unit, kind, approximation, indicator.

A quantity is a number (Arabic or Chinese) followed by a measure word from ``units.tsv``
(700余人, 1.5万余人, 0.8亿元, 30-50元, 近百名, 三个家庭, 69%). Everything else that looks like
a number is left alone: dates and years (年/月/日 are not measure words), ages (岁), phone and
hotline numbers and names (12338妇女维权热线, 15中学: no measure word), ordinals (第…),
numbers inside quoted names (“五进活动”, “一对一”), the indefinite 一 (一批, 一条街),
magnitude words used as idioms (千家万户, 百名优秀母亲) and numeral + 大 (六大行动).
No maintained library reads Chinese measure words with 余/多 approximation and keeps the
span, so the numeral grammar is hand-written here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import chain, pairwise

from . import lexicon

# An Arabic number, with thousands separators (1,200) or a decimal part (1.5).
ARABIC = r"\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?"
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_MAGNITUDES = {"万": 10_000, "亿": 100_000_000}
APPROX_BEFORE = ("近", "约", "超过", "超", "逾", "大约")
APPROX_AFTER = ("左右", "以上", "多", "余")
MONEY_CONTEXT = re.compile(r"(?:金额|资金|款|经费|收入|救助金|助学金|捐|资助|贷款|元)")
QUOTED = re.compile(r"“[^“”]{1,15}”|‘[^‘’]{1,15}’|《[^《》]{1,30}》")
INDICATOR_DROP = re.compile(
    r"^(?:共|累计|全年|全区|全市|全县|全镇|已经|已|先后|目前|截至目前|截止目前|共计|总计|达到|达|有|为|对|向|将|"
    r"开展|举办|组织|完成|实现|帮助|带动|扶持|救助|资助|受理|办结|评选出|评选|表彰|推选出|选树|建成|打造|"
    r"成立|建立|创建|发放|印发|募集|争取|申请|接受|化解|排查|参与|覆盖|惠及|解决|提供|免费|各类|各级|其中|"
    r"\s)+")
CLAUSE_BREAK = re.compile(r"[,;:、。!?()“”\s]")
# What follows a number and its measure word when they do not count things: a pairing (1对1),
# a duration counted in 个 (2个多小时, 3个月).
NOT_A_COUNT_AFTER = re.compile(r"[\d一二两三四五六七八九十]|(?<=个)多?(?:小时|月|星期|钟头|工作日|季度)")
QUOTE_MARKS = re.compile(r"[“”‘’《》]")
TRAILING_FILLER = re.compile(r"(?:共|累计|达到|达|为|有|约|近|超过|超|逾|已|已经|计|等|等等)+$")
LEADING_FILLER = re.compile(r"^(?:以上|左右|的)+")
MAX_INDICATOR = 12
# How much of the sentence either side of a number its tests look at (the indicator looks
# 4 * MAX_INDICATOR back): a window, so a sentence of thousands of numbers stays linear.
CONTEXT_CHARS = 8 * MAX_INDICATOR
# Dictionary tags that end a noun phrase: verbs (but not verbal nouns), adverbs, prepositions,
# conjunctions, particles, numerals, pronouns, time words, and unknown single characters.
PHRASE_STOP_TAGS = "vdpcumrtfxq"
PHRASE_STOP_WORDS = frozenset({"全部", "全都", "其中", "以上", "左右"})
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
            quote_starts, quote_ends = [], []
            for quote in QUOTED.finditer(sentence):
                quote_starts.append(quote.start())
                quote_ends.append(quote.end())
        inside = bisect.bisect_right(quote_starts, match.start()) - 1  # quotes never overlap
        if inside >= 0 and match.start() < quote_ends[inside]:
            continue
        quantity = _quantity(sentence, match)
        if quantity:
            found.append(quantity)
    return found


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
    arabic, low, high = match.group("arabic") is not None, match.group("low"), match.group("high")
    chinese = match.group("chinese")
    unit = (match.group("unit") or "").strip()
    magnitude = match.group("mag1") or match.group("mag2") or ""
    approx = bool(match.group("pre") or match.group("approx1") or match.group("approx2"))
    before = sentence[max(0, match.start() - CONTEXT_CHARS):match.start()]
    if before.endswith(("第", "每", ".")) or before[-1:].isascii() and before[-1:].isalnum():
        return None  # ordinals, rates, decimals and codes
    if NOT_A_COUNT_AFTER.match(sentence, match.end()) or (
            before.endswith("前") and unit in ("名", "位")):
        return None  # 1对1帮扶, 2个多小时, 前3名
    if arabic:
        value = float(low.replace(",", ""))
        value_max = float(high.replace(",", "")) if high else None
    else:
        if not _plausible_chinese(chinese, unit, approx,
                                  sentence[match.end():match.end() + CONTEXT_CHARS]):
            return None
        value, value_max = float(_chinese_number(chinese)), None
    factor = CN_MAGNITUDES.get(magnitude, 1)
    value *= factor
    value_max = value_max * factor if value_max is not None else None
    start, end = match.start(), match.end()
    after = sentence[end:end + CONTEXT_CHARS]
    if not unit:
        if match.group("mag1") or match.group("mag2"):
            if not MONEY_CONTEXT.search(before[-8:]):
                return None
            unit = "元"
        else:
            return None
    if after.startswith(("左右", "以上")):
        approx = True
    indicator = _indicator(before, after)
    return Quantity(sentence[start:end], start, end, value, value_max, unit, approx,
                    _kind(unit, after, indicator), indicator)


def _plausible_chinese(numeral: str, unit: str, approx: bool, after: str) -> bool:
    """Chinese numerals count only when they clearly count: not 一批, 千家万户, 五个维度."""
    if not unit or numeral in ("一", "几") or numeral.startswith(("几",)):
        return False
    if numeral in ("百", "千", "万") and not approx:
        return False
    return unit != "个" or _noun_kind(after) is not None


def _chinese_number(numeral: str) -> int:
    """三十一万五千 -> 315000; 近百 -> 100; 两 -> 2."""
    total, section, digit = 0, 0, 0
    for ch in numeral:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            section += (digit or 1) * CN_UNITS[ch]
            digit = 0
        elif ch in CN_MAGNITUDES:
            total += (section + digit or 1) * CN_MAGNITUDES[ch]
            section, digit = 0, 0
    return total + section + digit


def _kind(unit: str, after: str, indicator: str) -> str:
    """The unit's kind; for a general classifier (个), the kind of the counted noun."""
    kind = _unit_kinds()[unit]
    if kind == "noun":
        return _head_noun_kind(indicator) or _noun_kind(after) or "other"
    return kind


def _noun_kind(after: str) -> str | None:
    """Kind of what 个 counts, from the noun phrase that follows (up to a clause break)."""
    return _head_noun_kind(CLAUSE_BREAK.split(after, maxsplit=1)[0][:10])


def _head_noun_kind(phrase: str) -> str | None:
    """Kind of a phrase's head noun: Chinese phrases are head-final, so the known noun that
    ends last wins (儿童友好社区 -> 社区), the longer one on a tie."""
    found = [(phrase.rfind(noun) + len(noun), len(noun), kind)
             for noun, kind in _noun_kinds() if noun in phrase]
    return max(found)[2] if found else None


def _indicator(before: str, after: str) -> str:
    """What is counted: the noun a number stands before (28个镇街, 23名患病妇女, 200余人的
    志愿服务队), else the phrase before the number in its clause (培训妇女1860人次), else
    whatever follows it."""
    following = _noun_phrase(QUOTE_MARKS.sub("", after.removeprefix("的")))
    if following:
        return following
    clause = CLAUSE_BREAK.split(QUOTE_MARKS.sub("", before[-4 * MAX_INDICATOR:]))[-1]
    clause = _earlier_quantity().split(clause)[-1]
    stripped = TRAILING_FILLER.sub("", _drop_leading_verbs(INDICATOR_DROP.sub(
        "", clause[-2 * MAX_INDICATOR:])))
    if len(stripped) >= 2:
        return _last_words(stripped)
    following = CLAUSE_BREAK.split(LEADING_FILLER.sub("", after), maxsplit=1)[0]
    return following[:12] or clause[-12:]


def _noun_phrase(after: str) -> str:
    """The noun phrase that opens ``after`` (up to its first verb, adverb or particle), or ''.

    Words come from jieba's dictionary by greedy longest match; a phrase must open with a
    noun or an adjective, so 人次,… and 的就业问题 give ''.
    """
    phrase = ""
    for word, tag in _tagged_words(CLAUSE_BREAK.split(after[:MAX_INDICATOR], maxsplit=1)[0]):
        if tag != "vn" and tag[0] in PHRASE_STOP_TAGS or word in PHRASE_STOP_WORDS:
            break
        if not phrase and tag[0] not in "naz":
            return ""
        phrase += word
    return phrase if len(phrase) >= 2 else ""


def _drop_leading_verbs(phrase: str) -> str:
    """新创建巾帼示范基地 -> 巾帼示范基地: verbs and adverbs before the counted noun go, and
    so does a one-character modifier of such a verb (新 in 新创建)."""
    for (word, tag), (_, next_tag) in pairwise(chain(_tagged_words(phrase[:MAX_INDICATOR]),
                                                     [("", "x")])):
        is_verb = tag != "vn" and tag[0] in LEADING_DROP_TAGS
        modifies_verb = len(word) == 1 and next_tag != "vn" and next_tag[0] == "v"
        if not (is_verb or modifies_verb):
            break
        phrase = phrase[len(word):]
    return phrase


def _last_words(phrase: str) -> str:
    """The end of a long phrase, cut at a word boundary: the head noun comes last."""
    kept = ""
    for word, _ in _tagged_words_from_end(phrase):
        if len(kept) + len(word) > MAX_INDICATOR:
            break
        kept = word + kept
    return _drop_leading_verbs(kept) or kept


def _tagged_words_from_end(text: str) -> Iterator[tuple[str, str]]:
    """Like ``_tagged_words`` but matching from the end (backward maximum matching), which cuts
    Chinese more accurately than forward matching: 热心人士 stays whole, not 热心人 + 士."""
    tags = lexicon.dictionary_tags()
    j = len(text)
    while j > 0:
        i = max(0, j - 4)
        while i < j - 1 and text[i:j] not in tags:
            i += 1
        yield text[i:j], tags.get(text[i:j], "x")
        j = i


def _tagged_words(text: str) -> Iterator[tuple[str, str]]:
    """``text`` as jieba dictionary words (greedy longest match) with their tags; an unknown
    single character is tagged ``x``."""
    tags = lexicon.dictionary_tags()
    i = 0
    while i < len(text):
        j = min(len(text), i + 4)
        while j > i + 1 and text[i:j] not in tags:
            j -= 1
        yield text[i:j], tags.get(text[i:j], "x")
        i = j


@cache
def _unit_kinds() -> dict[str, str]:
    return dict(lexicon.rows("units.tsv"))


@cache
def _noun_kinds() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(lexicon.rows("nouns.tsv"), key=lambda row: -len(row[0])))


@cache
def _earlier_quantity() -> re.Pattern:
    """A number (with its measure word, if any): an indicator starts after the last one in its
    clause (为23名患病妇女申请救助资金46万元, 12338热线接听来电210个)."""
    units = "|".join(re.escape(u) for u in sorted(_unit_kinds(), key=len, reverse=True))
    return re.compile(rf"[\d零〇一二两三四五六七八九十百千][\d.余多万亿]*(?:{units})|\d[\d.]*")


@cache
def _first_character() -> re.Pattern:
    """Every character a quantity can begin with: a digit, a numeral or an approximation word."""
    firsts = {word[0] for word in APPROX_BEFORE} | set(CN_DIGITS) | set(CN_UNITS) | {"几"}
    return re.compile(rf"[\d{''.join(sorted(firsts))}]")


@cache
def _pattern() -> re.Pattern:
    units = "|".join(re.escape(u) for u in sorted(_unit_kinds(), key=len, reverse=True))
    pre = "|".join(APPROX_BEFORE)
    return re.compile(
        rf"(?P<pre>{pre})?"
        rf"(?:(?P<arabic>(?P<low>{ARABIC})(?:\s*[-~～至到]\s*(?P<high>{ARABIC}))?)"
        r"|(?P<chinese>[零〇一二两三四五六七八九十百千几][零〇一二两三四五六七八九十百千万亿]*))"
        r"(?P<approx1>余|多)?(?P<mag1>万|亿)?(?P<mag2>(?<=[余多])万|(?<=[余多])亿)?"
        r"(?P<approx2>(?<![余多])余|(?<![余多])多)?"
        rf"(?P<unit>\s?(?:{units})(?!钟))?")
