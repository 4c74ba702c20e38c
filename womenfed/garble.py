"""Find garbled spans left by broken GBK conversions, and repair those that can be verified.

Converters that lose one byte of a GBK double-byte character leave an ASCII ``?`` in the
text; what follows tells what happened:
- ``?jì)D``: collision form — a lost lead byte, the pinyin of the lost character, and its GBK
  trail byte read as ASCII (``D`` = 0x44); the character is recovered by scoring every GBK
  character with that trail byte against its neighbours with jieba's word frequencies;
- ``?wù)隊``: a lost character with its pinyin kept; flagged;
- ``?!翱椗眰冋f``: the rest of a phrase decoded one byte off — a run of rare characters. It
  is re-decoded with the byte restored; a repair is accepted only if the result reads as
  common Chinese made of dictionary words, otherwise the run is flagged;
- a lone ``?`` between Han characters that is no question mark: a lost character, flagged;
- UTF-8 text decoded as GBK (``濡囪仈`` for 妇联): a long run of rare characters that no
  dictionary word covers; re-encoded as GBK and decoded as UTF-8 it is repaired when that
  round trip is exact and reads as Chinese, else flagged;
- the classic placeholders of lost text (``锟斤拷``, ``烫烫烫``, ``屯屯屯``): flagged.
Nothing here is a table of seen garbles; no maintained library does this, so it is hand-written.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import opencc

from . import lexicon, places

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
PINYIN = rf"[a-z{TONED}]{{1,7}}"
COLLISION = re.compile(rf"\?({PINYIN})\)([\x21-\x7e])")
LOST_WITH_PINYIN = re.compile(rf"\?{PINYIN}\)(?=[{HAN}])")
SHIFTED_RUN = re.compile(rf"\?[!-/:-@\[-`{{-~]?([{HAN}A-Za-z]{{2,40}})")
# Patterns open with a literal where they can, so the regex engine skips to it at C speed.
LONE_MARK = re.compile(rf"\?(?<=[{HAN}“”’]\?)(?=[{HAN}“‘])")
REPLACEMENT_CHAR = re.compile("\ufffd\ufffd*")
LOST_TEXT_PLACEHOLDER = re.compile("锟斤拷(?:锟斤拷)*|烫烫+|屯屯+")
# A run of characters that UTF-8 read as GBK produces: Han, kana, bopomofo, private use, U+FFFD.
MOJIBAKE_CHAR = re.compile(rf"[{HAN}\u3040-\u30ff\u3100-\u312f\ue000-\uf8ff\ufffd]")
MOJIBAKE_SPAN = re.compile(MOJIBAKE_CHAR.pattern + "*")
MIN_MOJIBAKE_RUN = 6
MOJIBAKE_COMMON_SHARE, MOJIBAKE_COVERAGE = 0.5, 0.2
HAN_CHAR = re.compile(f"[{HAN}]")
# A genuine question mark closes a question: a particle or interrogative shortly before it.
QUESTION_CUES = re.compile(r"(?:吗|呢|么|吧|嘛|谁|哪|什么|怎么|怎样|为何|为什么|如何|多少|几|是否|难道|可否)"
                           r"[^。,;!?]{0,8}$")
MIN_COVERAGE = 0.5  # ordinary text is mostly covered by words of two or more characters
COMMON_SHARE = 0.85  # share of GB2312 level-1 characters in ordinary Chinese text is ~0.97
MIN_RUN = 3


@dataclass(frozen=True)
class Found:
    """A garbled span of the text and its verified repair (None: flag it)."""

    start: int
    end: int
    repaired: str | None


def find_garbles(text: str) -> list[Found]:
    """All garbled spans of ``text``, non-overlapping, in order."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, repaired: str | None) -> None:
        if all(end <= s or start >= e for s, e in taken):
            taken.append((start, end))
            found.append(Found(start, end, repaired))

    for match in COLLISION.finditer(text):
        add(match.start(), match.end(), _recover_collision(text, match))
    for match in LOST_WITH_PINYIN.finditer(text):
        add(match.start(), match.end(), None)
    for match in SHIFTED_RUN.finditer(text):
        run = _rare_prefix(match.group(1))
        if run:
            end = match.start(1) + len(run)
            add(match.start(), end, _redecode(text[match.start(1):end]))
    for match in LONE_MARK.finditer(text):
        if not QUESTION_CUES.search(text[max(0, match.start() - 12):match.start()]):
            add(match.start(), match.end(), None)
    for match in LOST_TEXT_PLACEHOLDER.finditer(text):
        add(match.start(), match.end(), None)
    for start, end in _rare_cores(text):
        if end - start < MIN_RUN or _named_places(text, start, end):
            continue
        run, simple = text[start:end], _simplify(text[start:end])
        if (len(HAN_CHAR.findall(run)) * 2 >= len(run)
                and _common_share(simple) < MOJIBAKE_COMMON_SHARE
                and _coverage(simple) < MOJIBAKE_COVERAGE):
            add(start, end, _utf8_read_as_gbk(run))
    for match in REPLACEMENT_CHAR.finditer(text):
        add(match.start(), match.end(), None)
    return sorted(found, key=lambda f: f.start)


def _named_places(text: str, start: int, end: int) -> bool:
    """Every rare character of the core ``text[start:end]`` lies in a division's name the
    gazetteer holds (临洮县洮阳镇, 东莞市莞城街道, 拉祜族佤族自治县): real places, not mojibake."""
    offset = max(0, start - places.LONGEST_NAME)
    window = text[offset:end + places.LONGEST_NAME]
    named = {offset + i for mention in places.default_gazetteer().mentions_in(window)
             for i in range(mention.start, mention.end)}
    rare = _rare_mojibake_char()
    return all(at in named for at in range(start, end) if rare.match(text, at))


def _rare_prefix(run: str) -> str:
    """The garbled part of a run: it must be rich in rare characters; '' if it reads normally."""
    han = [ch for ch in run if not ch.isascii()]
    if (len(han) < MIN_RUN or _common_share(han) >= COMMON_SHARE
            or _coverage(_simplify(run)) >= MIN_COVERAGE):
        return ""
    # cut the run after its last rare character: the text after it reads normally again
    last_rare = max(i for i, ch in enumerate(run) if ch.isascii() or not _is_common(ch))
    return run[:last_rare + 1]


def _common_share(chars) -> float:
    chars = list(chars)
    return sum(map(_is_common, chars)) / max(1, len(chars))


@cache
def _is_common(ch: str) -> bool:
    """In GB2312 level 1, the 3,755 most frequent characters (lead bytes 0xB0-0xD7)."""
    try:
        encoded = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and 0xB0 <= encoded[0] <= 0xD7


def _redecode(run: str) -> str | None:
    """Restore the lost byte before the run and decode again; keep it only if it reads well."""
    try:
        data = run.encode("gbk")
    except UnicodeEncodeError:
        return None
    best, best_score = None, 0.0
    for lead in range(0xA1, 0xF8):
        candidate = (bytes([lead]) + data).decode("gbk", errors="replace")
        score = _reads_as_chinese(candidate)
        if score > best_score:
            best, best_score = candidate, score
    return best if best_score >= 0.95 else None


@cache
def _is_common_when_simplified(ch: str) -> bool:
    return _is_common(_simplify(ch))


def _utf8_read_as_gbk(run: str) -> str | None:
    """The text whose UTF-8 bytes were read as GBK, if the round trip is exact and reads well."""
    try:
        repaired = run.encode("gbk").decode("utf-8")
    except UnicodeError:
        return None
    return repaired if _reads_as_chinese(repaired) >= 0.8 else None


def _reads_as_chinese(text: str) -> float:
    """Dictionary coverage of a candidate repair; 0 unless it is made of common characters."""
    if "\ufffd" in text or _common_share(c for c in text if not c.isascii()) < 0.95:
        return 0.0
    return _coverage(_simplify(text))


def _coverage(text: str) -> float:
    """Share of ``text`` covered by dictionary words of two or more characters (greedy)."""
    covered, i = 0, 0
    freq = lexicon.dictionary_freq()
    while i < len(text):
        for j in range(min(len(text), i + 6), i + 1, -1):
            if freq.get(text[i:j], 0) > 0:
                covered += j - i
                i = j
                break
        else:
            i += 1
    return covered / max(1, len(text))


def _recover_collision(text: str, match: re.Match) -> str | None:
    """The GBK character with the collision's trail byte that best fits its neighbours."""
    before = _simplify(text[max(0, match.start() - 1):match.start()])
    after = _simplify(text[match.end():match.end() + 1])
    freq = lexicon.dictionary_freq()
    best, best_score = None, 0.0
    for char, simple in _gbk_characters_with_trail(ord(match.group(2))):
        score = math.log1p(freq.get(before + simple, 0)) + math.log1p(freq.get(simple + after, 0))
        if score > best_score:
            best, best_score = char, score
    return best if best_score >= math.log1p(50) else None


@cache
def _gbk_characters_with_trail(trail: int) -> tuple[tuple[str, str], ...]:
    """Every GBK character whose second byte is ``trail``, with its simplified form."""
    found = []
    for lead in range(0x81, 0xFF):
        try:
            char = bytes([lead, trail]).decode("gbk")
        except UnicodeDecodeError:
            continue
        found.append((char, _simplify(char)))
    return tuple(found)


@lru_cache(maxsize=1 << 16)
def _simplify(text: str) -> str:
    return _converter().convert(text)


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _rare_cores(text: str) -> Iterator[tuple[int, int]]:
    """The rare cores of mojibake runs: in each run of ``MIN_MOJIBAKE_RUN`` or more mojibake
    characters with one that stays rare once simplified, the span from the first such character
    to the last (the text around it is sound). Rareness is judged in simplified script, so the
    verdict is the same before and after script conversion; traditional text (婦聯) has no rare
    character. Runs are grown around rare characters, so ordinary text is scanned at C speed."""
    rare_char, backwards, size = _rare_mojibake_char(), text[::-1], len(text)
    run_end = 0
    for first in rare_char.finditer(text):
        if first.start() < run_end:
            continue
        run_start = size - MOJIBAKE_SPAN.match(backwards, size - first.start()).end()
        run_end = MOJIBAKE_SPAN.match(text, first.start()).end()
        if run_end - run_start >= MIN_MOJIBAKE_RUN:
            yield first.start(), size - rare_char.search(backwards, size - run_end).start()


@cache
def _rare_mojibake_char() -> re.Pattern:
    """A mojibake character outside GB2312 level 1 once simplified. Built once per process from
    every such character's simplified form."""
    rare = [code for code in range(0x3040, 0x10000) if MOJIBAKE_CHAR.match(chr(code))
            and not _is_common_when_simplified(chr(code))]
    return re.compile(_char_class(rare))


def _char_class(codes: list[int]) -> str:
    """A regex class of sorted code points, written as ranges so that it compiles quickly."""
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "[" + "".join(f"{re.escape(chr(first))}-{re.escape(chr(last))}" for first, last in ranges) + "]"
