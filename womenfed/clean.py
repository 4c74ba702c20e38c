"""Undo the noise of scraped reports with named rules, recording every edit and its raw span.

Each rule is a function ``rule(draft)`` that finds spans of the current text and hands
``(start, end, replacement)`` triples to ``Draft.substitute``, the one mechanism that rewrites
the text, composes the cleaned -> raw offset map and logs an ``Edit`` (rule = function name).
No maintained library undoes these converter artefacts (glued pinyin, GBK byte shifts,
document-sharing page cuts) with an offset map, so this module is hand-written on top of
OpenCC (script conversion) and jieba's dictionary (garble scoring, in ``womenfed.garble``).
"""

from __future__ import annotations

import html
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain, pairwise
from operator import attrgetter
from typing import NamedTuple

import numpy as np
import opencc

from . import garble, lexicon

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_CHAR = re.compile("[\u4e00-\u9fff]")
TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# A pinyin annotation glued after a Han character by a converter: 聯(lián), 區(qū), 創(chuàng).
# Patterns here open with a literal or a class where they can, so the regex engine skips to
# candidates at C speed instead of trying every position (lookbehinds come after).
GLUED_PINYIN = re.compile(rf"\((?<=[{HAN}]\()([a-zü{TONE_VOWELS}]{{1,7}})\)")
PLAIN_SYLLABLE = re.compile(
    r"^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan"
    r"|üan|ai|ei|ao|ou|an|en|in|un|ün|ia|ie|iu|ua|uo|ui|üe|er|a|o|e|i|u|ü|ng|n)$")
# The converter glues a comma before the real mark: ,。 ,, ,、 ,; -> keep the second.
DOUBLED_PUNCTUATION = re.compile(r"[,，](?=[,，。、;；:：!！?？])")
WIDTH_MAP = {**{chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)},
             **{chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)},
             **{chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)},
             "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "％": "%", "＋": "+",
             "－": "-", "／": "/", "\u3000": " ", "\u00a0": " ", "「": "“", "」": "”",
             "『": "‘", "』": "’", "〝": "“", "〞": "”"}
WIDTH_CHARS = re.compile("[" + re.escape("".join(WIDTH_MAP)) + "]")
STRAIGHT_QUOTE = re.compile(r'"')
# A document-sharing page marker: "N、" opening a line of a page preview.
PAGE_MARKER = re.compile(r"^(\d{1,3})、", re.M)
MIN_PAGES, MIN_PAGE_CHARS = 3, 150
# Line-cut detection: no heading is longer than this; a hard wrap repeats one width this often.
MAX_HEADING_CHARS, MIN_WRAP, MIN_WRAPPED_LINES = 40, 15, 3
CLOSING_MARKS = "”’)》】:"
HEADING_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.是:]"
                            r"|[(（][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十\d]{1,3}[章节部分条])")
SENTENCE_END = "。！？!?；;…"
# A run of spaces that ends a line or opens one (the whole run either way). Only the first
# space of a run may start a match, and the run is taken possessively, so a long run inside a
# line is scanned once, not once per space (``[ \t]*$`` tried at every space is quadratic).
SPACES = re.compile(r"(?<![ \t])[ \t]++$|^[ \t]++", re.M)
BLANK_LINES = re.compile(r"\n\n+")
# A caption: one clause, no inner punctuation, 6-40 characters.
CAPTION = re.compile(r"^[^,、;:!?。“”《》]{6,40}。?$")
MIN_PARAGRAPH_CHARS = 60
LIST_ITEM = re.compile(r"^\s*(?:[-•·*●○■□◆◇▲△▶►★☆]\s*|\d{1,3}[.、)]\s*)\S")
# Markup a page left in its text (mirrors that print their HTML, page-to-text converters): a
# tag opens with an ASCII letter after "<" and carries only name=value attributes, so "<5岁"
# and "<<书名>>" are not tags; character references (&nbsp; &amp; &#12290;); Markdown images.
MARKUP_TAG = re.compile(
    r"</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s+[A-Za-z_:][-\w:.]*(?:\s*=\s*(?:\"[^\"<>\n]*\""
    r"|'[^'<>\n]*'|“[^”<>\n]*”|[^\s\"'<>=`]+))?)*\s*/?>")
CHARACTER_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
MARKDOWN_IMAGE = re.compile(r"!\[[^\[\]\n]{0,40}\]\([^()\s]*\)")
# A forum's anti-copy watermark (Discuz "jammer"): runs of one- or two-character tokens of
# random ASCII letters, digits and marks between spaces, on lines of their own or glued before
# a sentence ("… K$ v% l- w2 @8 U2 P9月12日"); a trailing token glued to the text is one letter
# or mark, so the digits that open the sentence stay.
WATERMARK_RUN = re.compile(r"(?:[!-~]{1,2} ){6,}(?:[!-/:-~](?=[^ !-~]|$))?", re.M)
MIN_MIXED_TOKENS = 3  # two-character tokens that are neither two letters nor two digits
# What is left of a line that held only markup: nothing, or a list bullet or number.
BARE_LIST_MARKER = re.compile(r"\s*(?:[-•·*●○■□◆◇▲△▶►★☆]|\d{1,3}[.、)])?\s*")
# A breadcrumb (您所在的位置: 首页 > 新闻 > 正文) opens the article part of a page; the lines
# above it are the site's header (logo, menus, keyword banners) when none of them is prose.
BREADCRUMB = re.compile(r"(?:(?:您|你)(?:现在|当前|目前)?(?:所在)?的?|(?:现在|当前|目前)(?:所在)?的?"
                        r"|所在的?)(?:位置|栏目)\s*(?:[:>»]|$)")
BREADCRUMB_SEPARATOR = re.compile(r"[>»]")
MAX_HEADER_LINES, MAX_BREADCRUMB_CHARS = 12, 80
# A menu: three or more short links between spaces or link separators, no sentence in it.
# Printed once it cannot be told from a list of names (张三 李四 王五); a page repeats its
# menu (top and bottom, a mirror's frame), a report does not repeat a list verbatim.
MENU_LINE = re.compile(r"[^\s|｜·•。,;!?:]{1,6}(?:(?:\s+|\s*[|｜·•]\s*)[^\s|｜·•。,;!?:]{1,6}){2,}")


class Edit(NamedTuple):
    """One change: ``raw[raw_start:raw_end] == before`` became ``after``.

    A named tuple rather than a dataclass: a report makes hundreds of edits, and a tuple is
    built in half the time.
    """

    rule: str
    raw_start: int
    raw_end: int
    before: str
    after: str


@dataclass(frozen=True)
class Garble:
    """A garbled raw span; ``repaired is None`` means flagged and kept out of the text."""

    raw_start: int
    raw_end: int
    text: str
    repaired: str | None


@dataclass
class CleanText:
    """Cleaned text with its map back to the raw text (see docs/ARCHITECTURE.md)."""

    raw: str
    text: str
    raw_starts: list[int]
    raw_ends: list[int]
    edits: list[Edit] = field(default_factory=list)
    garbles: list[Garble] = field(default_factory=list)

    def script(self) -> str:
        """``script_of`` the raw text, read off this cleaning's own script conversions."""
        changed = sum(len(e.after) for e in self.edits if e.rule == "to_simplified")
        return _script(changed, _han_count(self.raw))

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span a cleaned span ``[start, end)`` comes from."""
        if start >= end:
            anchor = self.raw_starts[start] if start < len(self.raw_starts) else len(self.raw)
            return anchor, anchor
        return self.raw_starts[start], self.raw_ends[end - 1]


class Draft:
    """The text being cleaned, with per-character raw spans; rewritten only by ``substitute``
    (or its core ``apply``).

    ``starts`` and ``ends`` hold one entry more than the text: the end of the raw text, where
    an empty span at the end of the text is anchored.
    """

    def __init__(self, raw: str):
        self.raw = raw
        self.text = raw
        self.starts = np.arange(len(raw) + 1)
        self.ends = self.starts + 1
        self.ends[-1] = len(raw)
        self.edits: list[Edit] = []
        self.garbles: list[Garble] = []
        self.garble_free: str | None = None  # a text repair_garbles found nothing in

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        anchor = int(self.starts[start])
        return (anchor, int(self.ends[end - 1])) if start < end else (anchor, anchor)

    def substitute(self, rule: str, spans: Iterable[tuple[int, int, str]]) -> None:
        """Replace non-overlapping ``(start, end, replacement)`` spans of the current text (a span
        that overlaps an earlier one or changes nothing is skipped)."""
        text, kept, pos = self.text, [], 0
        for span in sorted(spans):
            start, end, replacement = span
            if start >= pos and text[start:end] != replacement:
                kept.append(span)
                pos = end
        if not kept:
            return
        firsts, lasts, replacements = zip(*kept, strict=True)
        kept_text = [text[a:b] for a, b in zip((0, *lasts[:-1]), firsts, strict=True)]
        self.apply(rule, firsts, lasts, replacements,
                   "".join([*chain.from_iterable(zip(kept_text, replacements, strict=True)),
                            text[lasts[-1]:]]))

    def apply(self, rule: str, firsts: Sequence[int], lasts: Sequence[int],
              replacements: Sequence[str], new_text: str) -> None:
        """The core of ``substitute``, for spans ``firsts[i]:lasts[i]`` already sorted, disjoint and
        each changed to ``replacements[i]``, which make ``new_text``: log the edits, adopt the
        text and rebuild the offset map.

        Every character of a replacement maps to the whole raw span of what it replaced. The map
        is rebuilt by a few whole-array numpy steps, not character by character.
        """
        first, last, lengths = (np.fromiter(values, np.int64, len(firsts))
                                for values in (firsts, lasts, map(len, replacements)))
        # a span that is empty in the current text anchors at the raw start of what follows
        raw_starts = self.starts[first]
        raw_ends = np.where(last > first, self.ends[last - 1], raw_starts)
        raw = self.raw
        self.edits += [Edit(rule, a, b, raw[a:b], after) for a, b, after
                       in zip(raw_starts.tolist(), raw_ends.tolist(), replacements, strict=True)]
        self.text = new_text
        size = len(self.starts)
        kept_chars = np.cumsum(np.bincount(first, minlength=size) - np.bincount(last, minlength=size)) == 0
        starts, ends = self.starts[kept_chars], self.ends[kept_chars]
        if not lengths.any():  # most rules only delete
            self.starts, self.ends = starts, ends
            return
        # where each character of the replacements lands among the kept ones
        removed = last - first
        placed = np.repeat(first - (np.cumsum(removed) - removed), lengths) + np.arange(lengths.sum())
        kept = np.ones(len(starts) + len(placed), bool)
        kept[placed] = False
        self.starts, self.ends = np.empty(len(kept), starts.dtype), np.empty(len(kept), ends.dtype)
        self.starts[kept], self.starts[placed] = starts, np.repeat(raw_starts, lengths)
        self.ends[kept], self.ends[placed] = ends, np.repeat(raw_ends, lengths)

    def sub_pattern(self, rule: str, pattern: re.Pattern, replacement="") -> None:
        """``substitute`` every match of ``pattern`` by ``replacement`` (str or callable)."""
        matches = pattern.finditer(self.text)
        if callable(replacement):
            self.substitute(rule, [(m.start(), m.end(), replacement(m)) for m in matches])
        else:
            self.substitute(rule, [(*m.span(), replacement) for m in matches])


# --- the rules (RULES below gives the order they run in) --------------------------------------

def strip_format_characters(draft: Draft) -> None:
    """Remove invisible format characters (Unicode category Cf: zero-width spaces and joiners,
    bidi controls such as U+202E, soft hyphens, a byte-order mark inside the text): pasted
    from web editors, they split numbers and words (2\u200b00人) and hide text direction."""
    draft.sub_pattern("strip_format_characters", _format_characters())


@cache
def _format_characters() -> re.Pattern:
    """Every Cf code point of the running Python's Unicode database, as a class of ranges
    (a class of single characters scans ten times slower), matching runs; built once."""
    ranges: list[list[int]] = []
    for point in range(sys.maxunicode + 1):
        if unicodedata.category(chr(point)) == "Cf":
            if ranges and ranges[-1][1] == point - 1:
                ranges[-1][1] = point
            else:
                ranges.append([point, point])
    return re.compile("[" + "".join(f"{re.escape(chr(first))}-{re.escape(chr(last))}"
                                    for first, last in ranges) + "]+")


def strip_markup(draft: Draft) -> None:
    """Remove markup left in the text: HTML tags, character references (decoded: ``&nbsp;``
    becomes a space) and Markdown images; a line that held only markup (and a list bullet)
    goes whole. Mirrors that print their page source add tags whose letters would otherwise
    count as words (and as shingles in the repost stage). Hand-written with regular
    expressions because an HTML parser keeps no map back to the raw offsets; ``html.unescape``
    decodes the references. Repeated while it changes, since unescaping ``&lt;p&gt;`` or
    removing a tag from ``<<b>p>`` can form a new tag."""
    for _ in range(3):
        before = draft.text
        spans = [(m.start(), m.end(), "") for pattern in (MARKUP_TAG, MARKDOWN_IMAGE)
                 for m in pattern.finditer(draft.text)]
        spans += [(m.start(), m.end(), html.unescape(m.group()))
                  for m in CHARACTER_REFERENCE.finditer(draft.text)]
        if not spans:
            break
        draft.substitute("strip_markup", _whole_markup_lines(draft.text, _non_overlapping(spans)))
        if draft.text == before:
            break


def _whole_markup_lines(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` (sorted), with the spans of a line that holds nothing else merged into one
    span removing the line and its newline."""
    merged, i, pos = [], 0, 0
    for line in text.split("\n"):
        end = pos + len(line)
        on_line = []
        while i < len(spans) and spans[i][0] < end + 1:
            on_line.append(spans[i])
            i += 1
        left, cursor = [], pos
        for start, stop, replacement in on_line:
            left += [text[cursor:start], replacement]
            cursor = stop
        left.append(text[cursor:end])
        if on_line and BARE_LIST_MARKER.fullmatch("".join(left)) and on_line[-1][1] <= end:
            merged.append((pos, min(end + 1, len(text)), ""))
        else:
            merged += on_line
        pos = end + 1
    return merged


def strip_forum_watermarks(draft: Draft) -> None:
    """Remove a forum's anti-copy watermark: runs of random ASCII tokens between spaces, which
    mirrors of forum threads keep on lines of their own and glued to sentences. A run needs six
    tokens, three of them mixing a letter or digit with another kind of character (``k4``,
    ``B;``, ``|$``), so a list of numbers or initials or a formula stays. Runs before the
    garble repair, which would read the watermark's ``?`` as lost characters."""
    draft.substitute("strip_forum_watermarks", [
        (m.start(), m.end(), "") for m in WATERMARK_RUN.finditer(draft.text)
        if sum(len(token) == 2 and not (token.isalpha() or token.isdigit())
               for token in m.group().split()) >= MIN_MIXED_TOKENS])


def strip_boilerplate_header(draft: Draft) -> None:
    """Remove a breadcrumb (``您所在的位置: 首页 > 新闻 > 正文``, also split over lines) near
    the top of a page, and the lines above it when none of them is prose: they are the site's
    header — its name, menus and the keyword banners of spam mirrors, which no line rule can
    tell from a title by their words. Named as boilerplate: ``describe`` reads the site's name
    and dates in these lines like in the other boilerplate the cleaner removes."""
    lines = draft.text.split("\n", 2 * MAX_HEADER_LINES)  # the opening lines, then the rest
    crumb = next((number for number, line in enumerate(lines[:MAX_HEADER_LINES])
                  if BREADCRUMB.match(line.strip()) and len(line.strip()) <= MAX_BREADCRUMB_CHARS),
                 None)
    if crumb is None or any(_is_prose(line) for line in lines[:crumb]):
        return
    last = crumb
    while last + 1 < len(lines) and _continues_breadcrumb(lines[last + 1]):
        last += 1
    end = sum(len(line) + 1 for line in lines[:last + 1])
    draft.substitute("strip_boilerplate_header", [(0, min(end, len(draft.text)), "")])


def _is_prose(line: str) -> bool:
    return any(mark in line for mark in SENTENCE_END)


def strip_repeated_menus(draft: Draft) -> None:
    """Remove every copy of a menu line (``首页 新闻 政务公开 办事服务``) that the page prints
    more than once."""
    lines = draft.text.split("\n")
    repeated = {line for line, n in Counter(line.strip() for line in lines).items()
                if n > 1 and MENU_LINE.fullmatch(line)}
    if not repeated:
        return
    spans, pos = [], 0
    for line in lines:
        if line.strip() in repeated:
            spans.append((pos, min(pos + len(line) + 1, len(draft.text)), ""))
        pos += len(line) + 1
    draft.substitute("strip_repeated_menus", spans)


def _continues_breadcrumb(line: str) -> bool:
    """A short line of a breadcrumb split over lines: ``福建妇联新闻> 妇联要闻``, ``> 正文``."""
    line = line.strip()
    return (0 < len(line) <= MAX_HEADING_CHARS and bool(BREADCRUMB_SEPARATOR.search(line))
            and not _is_prose(line))


def repair_garbles(draft: Draft) -> None:
    """GBK text decoded one byte off, lost characters and collision forms: repair or flag. The
    second pass is skipped where the first found nothing and no rule has changed the text since
    (it would find nothing again)."""
    if draft.text == draft.garble_free:
        return
    found_garbles = garble.find_garbles(draft.text)
    if not found_garbles:
        draft.garble_free = draft.text
    spans = []
    for found in found_garbles:
        raw_start, raw_end = draft.raw_span(found.start, found.end)
        draft.garbles.append(Garble(raw_start, raw_end, draft.raw[raw_start:raw_end],
                                    found.repaired))
        spans.append((found.start, found.end, found.repaired or ""))
    draft.substitute("repair_garbles", spans)


def strip_glued_pinyin(draft: Draft) -> None:
    """Drop pinyin a converter glued after characters: 聯(lián) -> 聯 (repeated annotations too)."""
    for _ in range(3):
        before = draft.text
        draft.substitute("strip_glued_pinyin", [(*span, "") for span in _glued_pinyin_spans(draft.text)])
        if draft.text == before:
            break


def without_glued_pinyin(text: str) -> str:
    """``text`` as the cleaner leaves it of glued pinyin: the evaluation compares a gold raw
    (kept as the page prints it, 9000多万(wàn)元) with the tool's cleaned text this way."""
    for _ in range(3):
        spans = _glued_pinyin_spans(text)
        if not spans:
            break
        for start, end in reversed(spans):
            text = text[:start] + text[end:]
    return text


def _glued_pinyin_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in GLUED_PINYIN.finditer(text) if _is_pinyin(m[1])]


@lru_cache(maxsize=1 << 12)  # the same few hundred syllables recur in every report
def _is_pinyin(syllable: str) -> bool:
    return any(ch in TONE_VOWELS for ch in syllable) or bool(PLAIN_SYLLABLE.match(syllable))


def collapse_doubled_punctuation(draft: Draft) -> None:
    """``,。`` ``,,`` ``,、`` ``,;`` -> the second mark."""
    draft.sub_pattern("collapse_doubled_punctuation", DOUBLED_PUNCTUATION)


def normalise_width_and_quotes(draft: Draft) -> None:
    """Full-width letters, digits and ``，；：（）`` to half-width; corner and straight quotes to “”."""
    draft.sub_pattern("normalise_width_and_quotes", WIDTH_CHARS, lambda m: WIDTH_MAP[m.group()])
    opening = True
    spans = []
    for match in STRAIGHT_QUOTE.finditer(draft.text):
        spans.append((match.start(), match.end(), "“" if opening else "”"))
        opening = not opening
    draft.substitute("normalise_width_and_quotes", spans)


def to_simplified(draft: Draft) -> None:
    """Traditional -> simplified script with OpenCC, one edit per run of changed characters."""
    converted = _t2s().convert(draft.text)
    if converted == draft.text:
        return
    if len(converted) != len(draft.text):  # OpenCC t2s maps phrase to phrase; lengths rarely differ
        spans, pos = [], 0
        for line in draft.text.split("\n"):
            spans.append((pos, pos + len(line), _t2s().convert(line)))
            pos += len(line) + 1
        draft.substitute("to_simplified", spans)
        return
    changed = np.diff(_code_points(draft.text) != _code_points(converted), prepend=False, append=False)
    edges = np.flatnonzero(changed).tolist()  # where runs of changed characters start and end
    firsts, lasts = edges[::2], edges[1::2]
    draft.apply("to_simplified", firsts, lasts,
                [converted[a:b] for a, b in zip(firsts, lasts, strict=True)], converted)


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)


def strip_boilerplate_lines(draft: Draft) -> None:
    """Remove whole lines of site furniture: source, share and copyright lines, title lists."""
    line_rules, header_rules, _ = _boilerplate_rules()
    spans, pos, in_block = [], 0, False
    for line in draft.text.split("\n"):
        stripped = line.strip()
        end = pos + len(line) + 1
        if in_block and stripped and LIST_ITEM.match(stripped):
            spans.append((pos, min(end, len(draft.text)), ""))
        elif stripped and any(rule.search(stripped) for rule in header_rules):
            spans.append((pos, min(end, len(draft.text)), ""))
            in_block = True
        else:
            in_block = in_block and not stripped
            if stripped and any(rule.search(stripped) for rule in line_rules):
                spans.append((pos, min(end, len(draft.text)), ""))
        pos = end
    draft.substitute("strip_boilerplate_lines", spans)


def strip_inline_boilerplate(draft: Draft) -> None:
    """Remove datelines, bracketed bylines and site slogans inside body lines."""
    *_, inline_rules = _boilerplate_rules()
    spans = []
    for rule in inline_rules:
        spans += [(m.start(), m.end(), "") for m in rule.finditer(draft.text) if m.end() > m.start()]
    draft.substitute("strip_inline_boilerplate", _non_overlapping(spans))


def strip_photo_captions(draft: Draft) -> None:
    """Remove photo captions: one-clause short lines between a headline and the first paragraph.

    News pages print the captions of the lead photos right under the headline; they are not
    report text. Only lines directly after a headline-like first line, and before a long
    paragraph, qualify, so ordinary body text is never touched.
    """
    lines = draft.text.split("\n")
    if len(lines) < 3 or not _is_headline(lines[0]):
        return
    spans, pos, i = [], len(lines[0]) + 1, 1
    while i < len(lines) - 1 and CAPTION.match(lines[i].strip()):
        spans.append((pos, pos + len(lines[i]) + 1, ""))
        pos += len(lines[i]) + 1
        i += 1
    if spans and len(lines[i]) >= MIN_PARAGRAPH_CHARS:
        draft.substitute("strip_photo_captions", spans)


def _is_headline(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= 40 and line[-1] not in SENTENCE_END


def join_page_fragments(draft: Draft) -> None:
    """Drop document-sharing page markers (``1、`` … ``9、``) and rejoin the sentences they cut.

    Markers count as pages only when they run 1, 2, 3 … at line starts over long lines; a
    short numbered list is left alone.
    """
    markers = list(PAGE_MARKER.finditer(draft.text))
    pages = _page_run(draft.text, markers)
    spans = []
    for match in pages:
        start = match.start()
        before = draft.text[:start].rstrip("\n ")
        cut_mid_sentence = start > 0 and before and before[-1] not in SENTENCE_END
        joined_start = len(before) if cut_mid_sentence else start
        spans.append((joined_start, match.end(), ""))
    draft.substitute("join_page_fragments", spans)


def _page_run(text: str, markers: list[re.Match]) -> list[re.Match]:
    """The longest run of markers numbered 1, 2, 3 … whose lines are page-sized."""
    run: list[re.Match] = []
    for match in markers:
        number = int(match.group(1))
        if number == len(run) + 1:
            run.append(match)
        elif number == 1:
            run = [match]
    if len(run) < MIN_PAGES:
        return []
    lengths = [len(text[m.start():text.find("\n", m.start()) % (len(text) + 1)]) for m in run]
    return run if sorted(lengths)[len(lengths) // 2] >= MIN_PAGE_CHARS else []


def join_cut_lines(draft: Draft) -> None:
    """Rejoin paragraphs that a page break or a hard wrap cut at a line end.

    A line cut mid-sentence ends without sentence punctuation; it is taken for a cut (not a
    heading) when it is longer than any heading, or, in hard-wrapped text (many lines of the
    same width), when it fills the wrap width. The next line must not open a numbered item.
    """
    lines = draft.text.split("\n")
    width = _wrap_width(lines)
    spans, pos = [], 0
    for line, following in pairwise(lines):
        pos += len(line)
        body = line.rstrip()
        fills = len(body) > MAX_HEADING_CHARS or (width and len(body) >= width - 2)
        if (fills and body[-1] not in SENTENCE_END + CLOSING_MARKS and following.strip()
                and not LIST_ITEM.match(following) and not HEADING_NUMBER.match(following)):
            spans.append((pos, pos + 1, ""))
        pos += 1
    draft.substitute("join_cut_lines", spans)


def _wrap_width(lines: list[str]) -> int | None:
    """The width of a hard-wrapped text: the longest line length, shared by many lines (equal
    headings alone do not make a wrap: paragraphs would be longer than they are), else None."""
    lengths = Counter(len(line.rstrip()) for line in lines if len(line.rstrip()) >= MIN_WRAP)
    if not lengths:
        return None
    width, n = max(lengths.items(), key=lambda item: (item[1], item[0]))
    wrapped = n >= MIN_WRAPPED_LINES and n >= 0.3 * len(lines) and max(lengths) <= width + 1
    return width if wrapped else None


def join_split_quantities(draft: Draft) -> None:
    """Rejoin a quantity that a scan or a hard wrap cut at a line end (近\n万件, 3.6\n万元,
    300\n余名, 1000余\n人, 3.\n5万元): the break goes when the line ends in a number (with its
    余/多, 万/亿 or decimal point), or an approximation word, that
    follows Han text in its line and the next line opens with the rest of one quantity (余/多,
    万/亿, a measure word of units.tsv or measure_words.tsv, or digits before them: 1\n200人).
    Ordinals and durations cut so (第\n二名, 4个\n月) are rejoined, so they are not read as counts. A line
    that is a number alone (a page or item number) is left.
    Hand-written: no library rejoins numbers across line breaks."""
    draft.substitute("join_split_quantities", [
        (*match.span("cut" if match.group("cut") is not None else "cut2"), "")
        for match in _split_quantities(draft.text)])


def _split_quantities(text: str) -> Iterator[re.Match]:
    """``_split_quantity().finditer(text)``, tried only at the line ends: a match holds one line
    break and, before it, only characters of ``SPLIT_NUMBER_CHARS`` or digits, so it starts in
    the run of those that ends a line (the pattern opens with a lookbehind, so the regex engine
    would enter it at every character of the text)."""
    pattern, resume = _split_quantity(), 0
    line_end = text.find("\n")
    while line_end >= 0:
        start = line_end
        while start > resume and (text[start - 1] in SPLIT_NUMBER_CHARS or text[start - 1].isdecimal()):
            start -= 1
        for position in range(start, line_end):
            if match := pattern.match(text, position):
                yield match
                resume = match.end()
                break
        line_end = text.find("\n", max(line_end + 1, resume))


SPLIT_NUMERALS = "零〇一二两三四五六七八九十百千万亿"
# What a cut quantity holds before its line break besides digits (``\d``: str.isdecimal), its
# 余/多 among them (1000余\n人).
SPLIT_NUMBER_CHARS = frozenset(f".,{SPLIT_NUMERALS}余多近约逾超过上第届个 \t")


@cache
def _split_quantity() -> re.Pattern:
    units = "|".join(re.escape(unit) for unit in sorted(lexicon.measure_words(), key=len,
                                                         reverse=True))
    numerals = SPLIT_NUMERALS
    # a number starts after a Han character that is no numeral and is read possessively, so a
    # run of thousands of digits is scanned once, not once per digit
    number = rf"(?<![\d.,{numerals}])(?:\d++(?:[.,]\d++)*+|[{numerals}]++)"
    return re.compile(
        # (a line may also end on the number's 余/多 or 万/亿, or on its decimal point: 1000余\n人,
        # 3.\n5万元)
        rf"(?<=[{HAN}])(?:{number}(?:\.(?=[ \t]*\n[ \t]*\d)|[余多]|[万亿][余多]?)?|近|约|逾|超过|上)"
        rf"(?P<cut>[ \t]*\n[ \t]*)"
        rf"(?=\d*(?:[.,]\d+)*(?:[余多]?[万亿]?(?:{units})|[万亿百千]|[余多]))"
        # an ordinal (第\n二名, 十二届\n三次) and a duration (4个\n月) are rejoined too, so
        # that they stay what they are and are not read as counts
        rf"|(?:[第届]|{number}个)(?P<cut2>[ \t]*\n[ \t]*)"
        rf"(?=(?<=[第届][ \t\n])[\d{numerals}]"
        rf"|(?<=个[ \t\n])多?(?:月|小时|星期|钟头|工作日|季度))")


def tidy_whitespace(draft: Draft) -> None:
    """Trim spaces at line ends and drop empty lines, so paragraphs are single lines."""
    if _has_edge_blanks(draft.text):
        draft.sub_pattern("tidy_whitespace", SPACES)
    draft.sub_pattern("tidy_whitespace", BLANK_LINES, "\n")
    spans = []
    if draft.text.startswith("\n"):
        spans.append((0, 1, ""))
    if draft.text.endswith("\n"):
        spans.append((len(draft.text) - 1, len(draft.text), ""))
    draft.substitute("tidy_whitespace", spans)


def _has_edge_blanks(text: str) -> bool:
    """Whether a line of ``text`` opens or closes on a space or tab, which is all SPACES can
    match: a few substring tests at C speed, where SPACES (a look-behind or a line start
    first) is tried by the regex engine at every character."""
    return (text[:1] in (" ", "\t") or text[-1:] in (" ", "\t")
            or any(pair in text for pair in (" \n", "\t\n", "\n ", "\n\t")))


# repair_garbles runs again once pinyin and doubled marks are gone: 㐀(i),?㐀 shows its lost
# character only then; marks doubled by rejoining cut lines (…,\n,…) are collapsed again.
RULES = (strip_format_characters, strip_markup, strip_forum_watermarks,
         normalise_width_and_quotes, repair_garbles,
         strip_glued_pinyin, collapse_doubled_punctuation, repair_garbles, to_simplified,
         strip_boilerplate_header, strip_repeated_menus, strip_boilerplate_lines,
         tidy_whitespace, strip_photo_captions, join_page_fragments, join_cut_lines,
         join_split_quantities, collapse_doubled_punctuation, strip_inline_boilerplate, tidy_whitespace)


def clean_text(raw: str) -> CleanText:
    """Clean one report's decoded text.

    Examples
    --------
    >>> clean_text("婦聯(lián)開展活動,,惠及群眾,。").text
    '妇联开展活动,惠及群众。'
    """
    draft = Draft(raw)
    for rule in RULES:
        rule(draft)
    return CleanText(raw=raw, text=draft.text, raw_starts=draft.starts[:-1].tolist(),
                     raw_ends=draft.ends[:-1].tolist(),
                     edits=sorted(draft.edits, key=attrgetter("raw_start", "raw_end")),
                     garbles=draft.garbles)


def script_of(text: str) -> str:
    """``simplified``, ``traditional`` or ``mixed``: how much of the Han text OpenCC t2s changes."""
    han = "".join(HAN_CHAR.findall(text))
    changed = sum(a != b for a, b in zip(han, _t2s().convert(han), strict=False))
    return _script(changed, len(han))


def _han_count(text: str) -> int:
    """How many characters of ``text`` HAN_CHAR matches, counted on code points with numpy
    (a regex would build a string per character)."""
    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    return int(np.count_nonzero((points >= 0x4E00) & (points <= 0x9FFF)))


def _script(changed: int, han: int) -> str:
    share = changed / han if han else 0.0
    return "traditional" if share > 0.05 else "mixed" if share > 0.005 else "simplified"


def _non_overlapping(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept, pos = [], 0
    for span in sorted(spans):
        if span[0] >= pos:
            kept.append(span)
            pos = span[1]
    return kept


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@cache
def _boilerplate_rules() -> tuple[list[re.Pattern], list[re.Pattern], list[re.Pattern]]:
    """Line, header and inline rules; the line and header rules joined (see ``_joined``)."""
    rules: dict[str, list[re.Pattern]] = {"line": [], "header": [], "inline": []}
    for kind, pattern in lexicon.rows("boilerplate.tsv"):
        rules[kind].append(re.compile(pattern, re.M) if kind == "inline" else re.compile(pattern))
    return _joined(rules["line"]), _joined(rules["header"]), rules["inline"]


def _joined(patterns: list[re.Pattern]) -> list[re.Pattern]:
    """Patterns that find a match in a line exactly when one of ``patterns`` does: those without
    groups or global flags become one alternation, so a line is scanned once, not once per rule
    (groups would renumber backreferences; a global flag cannot stand mid-pattern)."""
    plain = [p for p in patterns if not p.groups and p.flags == re.compile("").flags]
    joined = [re.compile("|".join(f"(?:{p.pattern})" for p in plain))] if plain else []
    return joined + [p for p in patterns if p not in plain]
