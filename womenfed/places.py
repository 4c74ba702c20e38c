"""Places from a gazetteer of China's administrative divisions (province → township).

The gazetteer (``womenfed/gazetteer/divisions.tsv.gz``, sources in the README beside it) is
read once per worker into one Aho-Corasick automaton of every unit's full name and its stem
(the name without its level word: 广丰 of 广丰区). One pass over a text finds:

- *mentions*: a full name (上饶市, 站儿巷镇), or a stem followed by a level word
  (广丰县 for today's 广丰区, 宁乡县 for 宁乡市, 黔南州): the text names that unit;
- *evidence*: any stem of a province or city (山东, 济源网), counted only to decide between
  units that share a name (鼓楼区 lies in four cities);
- *stems alone* of lower units (构建和谐蚌山), used only to place a federation the text names
  by its level word alone (区妇联), and only when one such unit fits the text's other places
  (a stem before 路 or 巷 is a street's name, not the unit's);
- *chains*: stems written right after the unit above them (江西赣州瑞金), each naming its unit.

``resolve`` turns the reporting federation's own place into the four levels: the lowest unit
named there fills the levels above it from the gazetteer; a level is ``stated`` where the text
names it, ``inferred`` where only the gazetteer gives it. A name several units share stays
unresolved unless the other places in the text single one out.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

import ahocorasick

from . import lexicon

LEVELS = ("province", "city", "county", "township")
# Level words as written after a stem, longest first, with the levels each can stand for
# (市 is a city or a county-level city; 区 a district of a city).
LEVEL_WORDS = (("特别行政区", {"province"}), ("自治区", {"province"}), ("街道", {"township"}),
               ("地区", {"city"}), ("苏木", {"township"}), ("省", {"province"}),
               ("市", {"province", "city", "county"}), ("州", {"city"}), ("盟", {"city"}),
               ("县", {"county"}), ("区", {"county"}), ("旗", {"county"}),
               ("镇", {"township"}), ("乡", {"township"}))
ORGAN_AFTER_STEM = ("妇联", "妇女联合会")  # 宁乡妇联: a stem the federation's name follows
# The ethnic part of an autonomous unit's name (黔南|布依族苗族自治州): the stem is before it.
# A nationality of two or more characters may be written without 族 (新疆|维吾尔自治区).
_NATIONALITIES = sorted(lexicon.shipped_lines("ethnic_groups.txt"), key=len, reverse=True)
_LONG = "|".join(n for n in _NATIONALITIES if len(n) > 1)
_SHORT = "".join(n for n in _NATIONALITIES if len(n) == 1)
AUTONOMOUS = re.compile(rf"(?:(?:{_LONG})族?|[{_SHORT}]族)*?(?:自治[区州县旗]|民族乡|特别行政区)$")
AUTONOMOUS_WORD = "自治"
MIN_STEM = 2  # 城区, 新区: a one-character stem is a common word, not a name
ONE_CHARACTER_NAMED = ("县", "旗")  # 沛县, 嵩县: one character and the level word make a name
# A two-character name (和县, 任县, 范县) is also the tail of common words and phrases (党委和县妇联,
# 周瑶任县妇联副主席, 示范县): it names the county only at the start of a phrase, after a unit
# above it (安徽省和县), or after a word of place or motion (在, 赴). Hand-written: no library
# marks where a Chinese word starts.
SHORT_NAME = 2
HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]")
BEFORE_A_SHORT_NAME = frozenset("在赴到至于从来往去进驻落")
# A town keeps its stem when it is raised (撤乡设镇, 撤镇设街道), and texts older than the
# gazetteer (2023) write its former level word: 周营乡 for today's 周营镇. A former name is
# read where no unit bears it today. A street office is also written with 街 alone (胜利街,
# 晴川街 for 胜利街道, 晴川街道): read the same way, as 街 alone is as often a street's name.
FORMER_TOWNSHIP_WORDS = {"镇": ("乡",), "街道": ("镇", "乡", "街")}
# ... of which X街 is no former name but the short form of today's X街道: the place is written
# by the unit's name (南洲街 is 南洲街道), as a prefecture's short form is (海北州).
SHORT_LEVEL_WORDS = {"街道": "街"}
# A prefecture whose stem is a transliteration of three or more characters (博尔塔拉蒙古自治州,
# 锡林郭勒盟) is written by its first character and level word (博州, 锡盟). Read only where the
# text also names the unit by its name or stem: a one-character stem is no name by itself.
ABBREVIATED = (("自治州", "州"), ("盟", "盟"))
MIN_ABBREVIATED_STEM = 3
# A county or banner whose stem has three or more characters (前郭尔罗斯|蒙古族自治县, 东乌珠穆沁旗) is
# written by its stem's first characters and its level word (前郭县, 东乌旗, 鄂温克旗): read where
# only that unit's stem opens so and the short form names nothing else (科尔沁旗 opens four
# banners' stems; 喀喇沁县 is 喀喇沁旗 written with another level word).
SHORT_FORM_WORDS = ("县", "旗")
MIN_SHORTENED_STEM = 3
LONGEST_NAME = 11  # characters of the longest division name (前郭尔罗斯蒙古族自治县)
# Streets are named after other places (上海's 桂林路, 乌鲁木齐's 唐山路社区, 北京's 安平巷, 中山路
# everywhere): a stem right before 路 or 巷 names a street, not the unit (not 路演, 路过, 路程,
# 路径, 路线). Not 大道, 大街 or 胡同: a city's own avenue bears its name (深圳大道), and 北京胡同,
# 北京大街小巷 are the city's. Hand-written: the dictionary has no entry for each street.
ROAD = re.compile(r"[东西南北中]?路(?![演过程途径线费])|巷")
RECENT_TEXTS = 8  # texts whose scan is kept (one report asks about its body several times)
# An official site's host often spells its unit's name in pinyin (xiushui.net, www.wuming.gov.cn,
# a mirror's www-wuming-gov-cn...): each label of letters is compared with the pinyin of the
# stems of cities and counties (pypinyin).
HOST_LABEL = re.compile(r"[a-z]{4,}")
# ... or by the initials of its stem before those of its site's kind (laxwmw.gov.cn: 来安 + 县文明网;
# czsfl: 沧州 + 市妇联). Two letters fit many units: read only for a unit whose parent the text
# names, and only where one unit fits.
MIN_INITIALS = 2
# A generic site's first subdomain is a channel of it, not a unit's own site
# (changchun.baogaosu.com); a government host's (shenqiu.gov.cn, a mirror's
# www-wuming-gov-cn...) is the unit's. Suffixes of two labels (.com.cn, .gov.cn) are one.
# Hand-written: no maintained public-suffix list is a dependency.
SECOND_LEVEL_SUFFIXES = frozenset({"com", "net", "org", "gov", "edu", "ac"})
GOVERNMENT_LABEL = "gov"


# The statistics' code block of the county-level units a province runs itself (省直辖县级行政区划)
# and the province whose block holds the production corps' cities instead.
DIRECT_COUNTY_BLOCK, CORPS_PROVINCE_CODE = "90", "65"


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    parent: str
    level: str
    successor: str  # the current unit a former one became ("" for a current unit)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    codes: tuple[str, ...]


@dataclass
class Place:
    """The four levels of one place, each with where it came from."""

    names: dict[str, str]
    sources: dict[str, str]
    level: str | None  # the level of the lowest unit found
    written: str = ""  # the lowest unit as the text writes it (海北州 for 海北藏族自治州)
    rank: str | None = None  # its body's rank where it differs from its place's level (县级市)


def county_ranked_city(unit: Unit) -> bool:
    """A city directly under its province in the statistics' block of county-level units the
    province runs itself (code ``xx90yy``: 济源市, 天门市, 五指山市): the place is a city (there is
    no city above it), but the body's rank is a county's. The production corps' cities
    (``6590yy``, 阿拉尔市) are one body with their division (师市合一), ranked a prefecture."""
    code = unit.successor or unit.code
    return (unit.level == "city" and len(code) == len("469001")
            and code[2:4] == DIRECT_COUNTY_BLOCK and code[:2] != CORPS_PROVINCE_CODE)


def stem(name: str) -> str:
    """The name without its level word: 广丰区 -> 广丰, 黔南布依族苗族自治州 -> 黔南."""
    autonomous = AUTONOMOUS.search(name, MIN_STEM)
    if autonomous:
        return name[:autonomous.start()]
    for word, _ in LEVEL_WORDS:
        if name.endswith(word) and len(name) - len(word) >= MIN_STEM:
            return name[:-len(word)]
    return name


def level_word(text: str, at: int) -> tuple[str, set[str]] | None:
    """The level word written at ``text[at:]``, with the levels it can stand for."""
    for word, levels in LEVEL_WORDS:
        if text.startswith(word, at):
            return word, levels
    return None


class Gazetteer:
    """Every division by code, and one automaton over their names and stems."""

    def __init__(self, units: list[Unit]):
        self.units = {unit.code: unit for unit in units}
        by_key: dict[str, list[tuple[str, bool]]] = {}
        for unit in units:
            if _common_word(unit.name):
                continue
            by_key.setdefault(unit.name, []).append((unit.code, True))
            # Townships by full name only: their 40,000 stems are mostly common words
            # (和平, 新华), and every stem is a hit to inspect.
            if unit.level != "township" and stem(unit.name) != unit.name:
                by_key.setdefault(stem(unit.name), []).append((unit.code, False))
        former = _former_township_names(units, by_key)
        for key, entries in former.items():
            by_key.setdefault(key, []).extend(entries)
        shortened = _short_county_names(units, by_key)
        for key, code in shortened.items():
            by_key[key] = [(code, True)]
        # the full name each short form stands for (前郭县: 前郭尔罗斯蒙古族自治县)
        self.short_names = {key: self.units[code].name for key, code in shortened.items()}
        self.former_names = frozenset(former)
        self.automaton = ahocorasick.Automaton()
        for key, entries in by_key.items():
            self.automaton.add_word(key, (key, tuple(entries)))
        self.automaton.make_automaton()
        self._recent: dict[str, tuple[list[Mention], list[str]]] = {}
        self._pinyin: dict[str, list[str]] | None = None
        self._initials: dict[str, list[str]] | None = None
        self.names = frozenset(key for key, entries in by_key.items()
                               if any(is_full for _, is_full in entries))
        self.abbreviations: dict[str, list[str]] = {}
        for unit in units:
            short = stem(unit.name)
            word = next((w for ending, w in ABBREVIATED if unit.name.endswith(ending)), None)
            if word and unit.level == "city" and not unit.successor and \
                    len(short) >= MIN_ABBREVIATED_STEM:
                self.abbreviations.setdefault(short[0] + word, []).append(unit.code)

    def abbreviated(self, name: str, text: str) -> str | None:
        """The full name of the one prefecture ``name`` abbreviates (博州: 博尔塔拉蒙古自治州)
        where ``text`` also names it by its name or stem (博尔塔拉报), else None (黔州 would
        stand for two)."""
        codes = self.abbreviations.get(name, [])
        full = self.units[codes[0]].name if len(codes) == 1 else None
        return full if full and named_in(full, text) else None

    def named_in_host(self, url: str, level_word: str, text: str) -> str | None:
        """The one current unit ending in ``level_word`` whose stem's pinyin is a label of the
        url's host; namesakes are decided by the provinces the ``text`` names, else none."""
        host = (urlsplit(url).hostname or "").lower()
        spelled = [self._pinyin_index().get(label, []) for label in _site_labels(host)]
        # a label spelling a province's stem is the province's site (hebei.com.cn is not 河北区's,
        # jilin.gov.cn not 吉林市's): a spelling names the highest unit that bears it, as a stem
        # written alone does
        found = {code for codes in spelled if codes for code in codes
                 if self.units[code].level == _highest(self, codes)
                 and self.units[code].name.endswith(level_word)}
        # a unit's site under its province's domain (dingan.hainan.gov.cn): the lower unit's
        found -= {above.code for code in found for above in self.chain(code)[1:]}
        if len(found) > 1:
            support = self.province_support(text)
            found = {code for code in found if support[self.chain(code)[-1].name] > 0}
        return self.units[found.pop()].name if len(found) == 1 else None

    def initialled_in_host(self, url: str, level_word: str, text: str) -> str | None:
        """The one current unit ending in ``level_word`` whose stem's initials open a label of
        the url's host (laxwmw: 来安县) and whose city or province ``text`` names, else None."""
        host = (urlsplit(url).hostname or "").lower()
        evidence = self.scan(text)[1]
        found = {code for label in _site_labels(host)
                 for end in range(MIN_INITIALS, len(label) + 1)
                 for code in self._initials_index().get(label[:end], ())
                 if self.units[code].name.endswith(level_word)
                 and evidence[self.units[code].parent]}
        return self.units[found.pop()].name if len(found) == 1 else None

    def _pinyin_index(self) -> dict[str, list[str]]:
        if self._pinyin is None:
            self._pinyin = self._spelling_index(("province", "city", "county"), full=True)
        return self._pinyin

    def _initials_index(self) -> dict[str, list[str]]:
        if self._initials is None:
            self._initials = self._spelling_index(("city", "county"), full=False)
        return self._initials

    def _spelling_index(self, levels: tuple[str, ...], full: bool) -> dict[str, list[str]]:
        """The current units of ``levels`` by the pinyin of their stem, whole or its initials."""
        from pypinyin import Style, lazy_pinyin  # loaded only when a url is read (0.3 s)
        index: dict[str, list[str]] = {}
        style = Style.NORMAL if full else Style.FIRST_LETTER
        for unit in self.units.values():
            if unit.level in levels and not unit.successor and \
                    len(short := stem(unit.name)) >= MIN_STEM:
                index.setdefault("".join(lazy_pinyin(short, style=style)), []).append(unit.code)
        return index

    def current(self, code: str) -> Unit:
        unit = self.units[code]
        return self.units[unit.successor] if unit.successor else unit

    def chain(self, code: str) -> list[Unit]:
        """The unit and every unit above it, lowest first (a former unit: its own name and
        level, then the parents of the unit it became)."""
        unit = self.units[code]
        out, parent = [unit], unit.parent
        while parent:  # 北京市 the province is above 北京市 the city of its districts
            above = self.units[parent]
            out.append(above)
            parent = above.parent
        return out

    def scan(self, text: str) -> tuple[list[Mention], Counter]:
        """Mentions of units in ``text`` (leftmost-longest, not overlapping) and evidence
        counts (code -> hits, stems of provinces and cities included)."""
        mentions, alone = self._hits(text)
        return mentions, self._evidence(mentions, alone)

    def mentions_in(self, short: str) -> list[Mention]:
        """The mentions of a short text (a window before a name), not kept with the scans of
        the last texts: those are the bodies a report asks about again."""
        return self._raw_hits(short)[0]

    def _evidence(self, mentions: list[Mention], alone: list[str]) -> Counter:
        evidence: Counter = Counter(self.current(code).code
                                    for mention in mentions for code in mention.codes)
        # 山东, 济源网: a province or city named by its stem alone
        evidence.update(code for code in alone if self.units[code].level in ("province", "city"))
        return evidence

    def _hits(self, text: str) -> tuple[list[Mention], list[str]]:
        """Mentions, and the current codes of stems written alone (outside any mention); the
        last texts' results are kept, as one report's body is asked about several times."""
        if (kept := self._recent.get(text)) is not None:
            return kept
        if len(self._recent) >= RECENT_TEXTS:
            self._recent.clear()
        self._recent[text] = result = self._scan_hits(text)
        return result

    def _scan_hits(self, text: str) -> tuple[list[Mention], list[str]]:
        """Mentions and stems alone; a town's former name (周营乡) only where the text also names
        its county or city (沈丘县, 周口): a province holds many towns, and one of that name may
        be one the gazetteer does not hold."""
        mentions, alone = self._raw_hits(text)
        if any(mention.text in self.former_names for mention in mentions):
            evidence = self._evidence([m for m in mentions if m.text not in self.former_names],
                                      alone)
            mentions = [kept for mention in mentions
                        if (kept := self._corroborated(mention, evidence)) is not None]
        return mentions, alone

    def _corroborated(self, mention: Mention, evidence: Counter) -> Mention | None:
        """The mention, with a former name's units kept where ``evidence`` names their county
        or city."""
        if mention.text not in self.former_names:
            return mention
        codes = tuple(code for code in mention.codes
                      if any(evidence[self.current(u.code).code] for u in self.chain(code)[1:]
                             if u.level != "province"))
        return replace(mention, codes=codes) if codes else None

    def _raw_hits(self, text: str) -> tuple[list[Mention], list[str]]:
        found: list[Mention] = []
        bare: list[tuple[int, int, list[str]]] = []
        for end, (key, entries) in self.automaton.iter_long(text):  # leftmost-longest
            start = end - len(key) + 1
            full = [code for code, is_full in entries if is_full]
            stems = [code for code, is_full in entries if not is_full]
            if full:
                found.append(Mention(start, end + 1, key, tuple(full)))
                continue
            written = level_word(text, end + 1)
            if written:
                word, levels = written
                # the unit's own level word: its name (宁乡市), or an autonomous unit's (融水县,
                # 宽城县: 融水苗族自治县, 宽城满族自治县 over 宽城区), whatever the dictionary
                # tags its stem (融水/vn, 互助/v)
                exact = tuple(c for c in stems if self.units[c].name == key + word
                              or self.units[c].name.endswith(AUTONOMOUS_WORD + word))
                # another level word (广丰县 for 广丰区) only after a stem that is a name: 合作区
                # is a zone of cooperation, not the city 合作市
                codes = exact or tuple(c for c in stems if self.units[c].level in levels
                                       and not _common_word_stem(key))
                if codes:
                    found.append(Mention(start, end + 1 + len(word), key + word, codes))
            elif text.startswith(ORGAN_AFTER_STEM, end + 1):
                found.append(Mention(start, end + 1, key, tuple(stems)))
            elif not ROAD.match(text, end + 1):
                bare.append((start, end + 1, stems))
        ends = {m.end for m in found} | {end for _, end, _ in bare}
        found = [m for m in found if not one_character_stem(m.text)
                 or _starts_a_phrase(text, m.start, ends)]
        mentions = _leftmost_longest(found)
        covered = {i for mention in mentions for i in range(mention.start, mention.end)}
        # a stem alone names the highest unit that bears it (上饶 is the city, not the former
        # 上饶县)
        alone = [self.current(code).code for start, _, stems in bare if start not in covered
                 for code in stems if self.units[code].level == _highest(self, stems)]
        return mentions, alone

    def province_support(self, text: str) -> Counter:
        """Province name -> how often the text names it or a unit below it (渭南 counts for
        陕西); a name shared by units of several provinces (鼓楼区) counts a share for each."""
        mentions, alone = self._hits(text)
        support: Counter = Counter()
        stems = [(code,) for code in alone if self.units[code].level in ("province", "city")]
        for codes in [m.codes for m in mentions] + stems:
            provinces = {self.chain(self.current(code).code)[-1].name for code in codes}
            for province in provinces:
                support[province] += 1 / len(provinces)
        return support

    def named_by_stem(self, before: str) -> list[str]:
        """The unit a federation named by its stem is of (宁乡妇联, 山东妇联): its full name,
        when ``before`` (the text before 妇联) ends in the stem of one unit only; a stem with
        a level word (海北州妇联) is kept as written."""
        mentions, _ = self.scan(before + ORGAN_AFTER_STEM[0])
        if not mentions or mentions[-1].end != len(before) or self.is_name(mentions[-1].text):
            return []
        if mentions[-1].text != stem(mentions[-1].text):  # 海北州妇联: the name as written
            return [mentions[-1].text]
        units = {self.current(code).code for code in mentions[-1].codes}
        return [self.units[units.pop()].name] if len(units) == 1 else []

    def implied(self, word: str, text: str) -> str | None:
        """The unit a federation named by its level word alone (区妇联) belongs to, when the
        text writes the stem of exactly one unit of that level (构建和谐蚌山) whose city or
        province it also names (蚌埠): the text decides, nothing is guessed."""
        level = _written_level(word)  # 市妇联 is a city's: a bare 市 is not a 县级市
        mentions, alone = self._hits(text)
        evidence = self._evidence(mentions, alone)
        supported = {code for code in alone if self.units[code].level == level
                     and any(evidence[u.code] for u in self.chain(code)[1:])}
        return self.units[supported.pop()].name if len(supported) == 1 else None

    def chained(self, text: str) -> list[str]:
        """The current codes of units written by their stem alone right after the name or stem
        of the unit directly above them (江西赣州瑞金, 台州临海): places written as one chain, as
        venues and datelines write them, name each unit of the chain without its level word."""
        found = []
        for end, (key, entries) in self.automaton.iter_long(text):
            start = end - len(key) + 1
            if level_word(text, end + 1) or text.startswith(ORGAN_AFTER_STEM, end + 1) \
                    or ROAD.match(text, end + 1):
                continue  # a mention already (a level word, 妇联 after it), or a street's name
            before = text[max(0, start - LONGEST_NAME):start]
            found.extend(self.current(code).code for code, is_full in entries if not is_full
                         and (parent := self.current(code).parent)
                         and before.endswith((self.units[parent].name, stem(self.units[parent].name))))
        return list(dict.fromkeys(found))  # a former unit and what it became are one

    def scene_line(self, province: str, text: str, levels: tuple[str, ...]) -> Place | None:
        """The lowest unit of ``levels`` in ``province`` that the text names by a name only one
        unit there bears, or by a chain of stems (江西赣州瑞金), where all such units lie on one
        line (赣州市 above 瑞金市); two cities (昆明市, 大理州) or two counties name no one place."""
        def in_province(code: str) -> bool:
            return self.chain(self.current(code).code)[-1].name == province

        named: set[str] = set()
        for mention in self._hits(text)[0]:
            there = {self.current(code).code for code in mention.codes if in_province(code)}
            named |= there if len(there) == 1 else set()
        named |= {code for code in self.chained(text) if in_province(code)}
        named = {code for code in named if self.units[code].level in levels}
        if not named:
            return None
        lowest = max(named, key=lambda code: LEVELS.index(self.units[code].level))
        line = {unit.code for unit in self.chain(lowest)}
        if not named <= line:
            return None
        # (a municipality's districts hang under a city row named like it: no city of its own)
        units = [unit for unit in self.chain(lowest) if unit.level in levels
                 and unit.name != province]
        return Place({unit.level: unit.name for unit in units},
                     {unit.level: "stated" if self.states(unit.code, text) else "inferred"
                      for unit in units}, self.units[lowest].level, self.units[lowest].name)

    def named_by_stem_alone(self, text: str, level_word: str) -> str | None:
        """The one unit ending in ``level_word`` whose stem ``text`` writes alone (定远讯,
        定远新闻网: the outlet of 定远县), for the names of a page's own site and outlet."""
        _, alone = self._hits(text)
        names = {self.units[code].name for code in alone}
        names = {name for name in names if name.endswith(level_word)}
        return names.pop() if len(names) == 1 else None

    def states(self, code: str, text: str) -> bool:
        """The text names the unit: by its full name, or by its stem outside the name of another
        unit (衡阳 of 衡阳县 names that county, not 衡阳市; 拜城 of 拜城镇 not 拜城县), as a stem
        alone (山东, 济源网) or before a level word or 妇联. Only the few characters around each
        written stem are scanned."""
        name = self.units[code].name
        if name in text or self.units[code].level == "township" or not named_in(name, text):
            return named_in(name, text)  # (township stems are not in the automaton)
        short = stem(name)
        at = text.find(short)
        while at >= 0:
            start = max(0, at - LONGEST_NAME)
            mentions, alone = self._raw_hits(text[start:at + len(short) + LONGEST_NAME])
            covering = [m for m in mentions if m.start <= at - start < m.end]
            if any(self.current(c).code == code for m in covering for c in m.codes) or \
                    (not covering and code in alone):
                return True
            at = text.find(short, at + 1)
        return False

    def states_name(self, name: str, text: str) -> bool:
        """``states`` for a unit given by its full name (one unit of that name; else as written)."""
        _, entries = self.automaton.get(name, (name, ()))
        units = {self.current(code).code for code, is_full in entries if is_full}
        return self.states(units.pop(), text) if len(units) == 1 else named_in(name, text)

    def is_name(self, text: str) -> bool:
        return text in self.names

    def resolve(self, own: str, text: str) -> Place | None:
        """The levels of the place ``own`` (the federation's place as written, e.g.
        两当县站儿巷镇), deciding between namesakes by the places of the whole ``text`` (which
        is scanned only then: most places have one unit of their name)."""
        if own in self.abbreviations and (full := self.abbreviated(own, text)):
            place = self.resolve(full, text)
            return replace(place, written=own) if place else None
        mentions, _ = self._raw_hits(own)
        if len(mentions) == 1 and mentions[0].text in self.former_names:
            # a former name alone: the text corroborates it
            mentions = [kept for mention in mentions
                        if (kept := self._corroborated(mention, self.scan(text)[1])) is not None]
        if not mentions:
            return None
        lowest = mentions[-1]
        candidates = list(dict.fromkeys(  # a former unit and what it became are one place
            self.current(c).code for c in lowest.codes
            if all(self._above(c, m.codes) for m in mentions[:-1])))
        top = [c for c in candidates if not self._above(c, tuple(candidates))]
        if len(top) == 1:  # 北京市: the municipality, not its own city row below it
            candidates = top
        if len(candidates) > 1:
            candidates = _best_supported(self, candidates, self.scan(text)[1])
        if len(candidates) > 1:
            # still undecided (城关镇 of 临泉 … in a text writing 临泉 alone): a county's stem
            # written alone counts too, as it is weighed only for these few namesakes
            counties = Counter(code for code in self._hits(text)[1]
                               if self.units[code].level == "county")
            candidates = _best_supported(self, candidates, counties)
        if len(candidates) > 1:
            # and then its siblings: the parents of the units of its level that the text names
            # by a name only one unit bears (城关镇 with 皮条孙镇 of 太和县: 太和's 城关镇); a unit
            # of another county (a neighbour's town, the county itself) decides nothing, as the
            # text's own county may hold none of the namesakes (临泉's 城关镇 is 城关街道 today)
            level = self.units[candidates[0]].level
            siblings = Counter(
                self.current(unit.parent).code for mention in self._hits(text)[0]
                if len(mention.codes) == 1
                and (unit := self.current(mention.codes[0])).level == level and unit.parent)
            candidates = _best_supported(self, candidates, siblings)
        if not candidates and len(mentions) > 1 and (level := _written_level(lowest.text)):
            # a unit the gazetteer has not under the one written above it (临泉县城关镇, since
            # renamed 城关街道): the unit above places it, its own name is as written
            above = self.resolve(own[:mentions[-2].end], text)
            if above and above.level and LEVELS.index(above.level) < LEVELS.index(level):
                return Place({**above.names, level: lowest.text},
                             {**above.sources, level: "stated"}, level, lowest.text)
        if len(candidates) != 1:
            # a namesake the text does not decide: only what is written is known
            level = _written_level(lowest.text)
            return Place({level: lowest.text} if level else {},
                         {level: "stated"} if level else {}, level)
        chain = self.chain(next(c for c in lowest.codes
                                if self.current(c).code == candidates[0]))
        written = {m.codes[0]: m.text for m in mentions if len(m.codes) == 1}
        names, sources = {}, {}
        for unit in chain:
            current = self.current(unit.code).code
            is_stated = unit is chain[0] or self.states(current, text)
            # a current unit by its full name (海北州 is 海北藏族自治州); a former one as written
            # (广丰县, today 广丰区; a town's own name, 周营乡, today 周营镇)
            former = unit.successor or (unit is chain[0] and unit.level == "township"
                                        and not _short_form(lowest.text, unit.name))
            names[unit.level] = unit.name if not former else \
                lowest.text if unit is chain[0] else written.get(unit.code, unit.name)
            sources[unit.level] = "stated" if is_stated else "inferred"
        if chain[0].level != "city" and names.get("city") == names.get("province"):
            # a municipality's districts: the code tables repeat 上海市 as the city of its
            # districts, but it is one unit, the province-level city
            names.pop("city"), sources.pop("city")
        return Place(names, sources, chain[0].level, lowest.text,
                     "county" if county_ranked_city(chain[0]) else None)

    def _above(self, code: str, parents: tuple[str, ...]) -> bool:
        above = {self.current(u.code).code for u in self.chain(code)[1:]}
        return any(self.current(p).code in above for p in parents)


def _former_township_names(units: list[Unit], by_key: dict[str, list[tuple[str, bool]]]
                           ) -> dict[str, list[tuple[str, bool]]]:
    """Former names of towns (周营乡 -> 周营镇), by the level words a town is raised from,
    where no unit bears the name today."""
    former: dict[str, list[tuple[str, bool]]] = {}
    for unit in units:
        short = stem(unit.name)
        if unit.level != "township" or unit.successor or short == unit.name:
            continue
        for old in FORMER_TOWNSHIP_WORDS.get(unit.name[len(short):], ()):
            written = AUTONOMOUS.search(short + old)  # 民族|乡 of 民族街道: a kind, no name
            if not any(is_full for _, is_full in by_key.get(short + old, ())) and \
                    not (written and written.start() < MIN_STEM):
                former.setdefault(short + old, []).append((unit.code, True))
    return former


def _short_county_names(units: list[Unit], by_key: dict[str, list[tuple[str, bool]]]
                        ) -> dict[str, str]:
    """Short forms of counties and banners by the first characters of a long stem (前郭县 ->
    前郭尔罗斯蒙古族自治县), where one current unit's stem opens so and neither the short form nor
    its stem is a name or stem already (see SHORT_FORM_WORDS)."""
    opening: dict[str, set[str]] = {}
    for unit in units:
        short = stem(unit.name)
        if unit.level == "county" and not unit.successor and len(short) >= MIN_SHORTENED_STEM \
                and unit.name.endswith(SHORT_FORM_WORDS):
            for end in range(MIN_STEM, len(short)):
                opening.setdefault(short[:end] + unit.name[-1], set()).add(unit.code)
    return {key: codes.pop() for key, codes in opening.items()
            if len(codes) == 1 and key not in by_key and key[:-1] not in by_key}


def _short_form(written: str, name: str) -> bool:
    """``written`` is ``name`` with its level word in short form (南洲街 for 南洲街道)."""
    return any(name.endswith(word) and written == name[:-len(word)] + short
               for word, short in SHORT_LEVEL_WORDS.items())


def _site_labels(host: str) -> list[str]:
    """The runs of letters of a host that may spell its own unit (see SECOND_LEVEL_SUFFIXES)."""
    labels = [label for label in host.split(".") if label != "www"]
    if len(labels) > 2 and labels[-2] in SECOND_LEVEL_SUFFIXES:
        labels[-2:] = [".".join(labels[-2:])]
    if len(labels) > 2 and GOVERNMENT_LABEL not in host:
        labels = labels[1:]
    return [run for label in labels for run in HOST_LABEL.findall(label)]


def _common_word_stem(key: str) -> bool:
    """A stem the dictionary tags as a verb, adjective or adverb (合作, 开发, 高新)."""
    return lexicon.dictionary_tags().get(key, "ns")[:1] in ("v", "a", "d")


def one_character_stem(name: str) -> bool:
    return len(name) == SHORT_NAME and name.endswith(ONE_CHARACTER_NAMED)


def _starts_a_phrase(text: str, start: int, ends: set[int]) -> bool:
    """Nothing Han before ``start``, or a unit's name or a word of place or motion."""
    return start == 0 or not HAN.match(text[start - 1]) or start in ends or \
        text[start - 1] in BEFORE_A_SHORT_NAME


def _common_word(name: str) -> bool:
    """A level word with nothing or one character before it is a common word (街道 alone for
    a township office without a name; 新区, 城区, 郊区, 矿区: every 新区 in a text would be a
    mention of the former 新区 of 唐山), except a county's (沛县, 嵩县 are names)."""
    word = next((w for w, _ in LEVEL_WORDS if name.endswith(w)), "")
    before = len(name) - len(word)
    return before == 0 or (before < MIN_STEM and word not in ONE_CHARACTER_NAMED)


def _highest(gazetteer: Gazetteer, codes: list[str]) -> str:
    return min((gazetteer.units[code].level for code in codes), key=LEVELS.index)


def named_in(name: str, text: str) -> bool:
    """The text names the unit: its full name or its stem (山东, 济源网)."""
    short = stem(name)
    return name in text or (len(short) >= MIN_STEM and short in text)


def _best_supported(gazetteer: Gazetteer, candidates: list[str], evidence: Counter) -> list[str]:
    """Of namesakes, the one whose higher units the text mentions most (none if tied)."""
    support = {c: sum(evidence[gazetteer.current(u.code).code]
                      for u in gazetteer.chain(c)[1:]) for c in candidates}
    top = max(support.values())
    best = [c for c in candidates if support[c] == top]
    return best if top > 0 and len(best) == 1 else candidates


def _written_level(name: str) -> str | None:
    for word, levels in LEVEL_WORDS:
        if name.endswith(word):
            return next(level for level in LEVELS[::-1] if level in levels) \
                if word != "市" else "city"
    return None


def _leftmost_longest(found: list[Mention]) -> list[Mention]:
    """Drop mentions inside a longer one (安县 inside 新安县)."""
    out: list[Mention] = []
    for mention in sorted(found, key=lambda m: (m.start, -m.end)):
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    return out


def read_units() -> list[Unit]:
    data = resources.files("womenfed").joinpath("gazetteer", "divisions.tsv.gz").read_bytes()
    lines = gzip.decompress(data).decode("utf-8").splitlines()[1:]
    return [Unit(*line.split("\t")) for line in lines]


@cache
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, built once per process (workers inherit it when forked)."""
    return Gazetteer(read_units())
