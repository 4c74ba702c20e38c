"""Split a cleaned report into title, section headings, paragraphs and sentences.

Work reports mark their structure in a few recurring ways, each handled by a pattern:
- heading lines: short lines without a sentence end (``服务发展大局,激发基层妇女内生动力``),
  sometimes two in a row (``“巾帼建功行动”`` + a subtitle line);
- run-in heads: a short first sentence that opens a paragraph (``实施“红心向党”巾帼行动,
  强化政治引领。…``, ``普法教育源头先行。…``);
- enumerated heads inside long lines: ``一、`` ``(一)`` ``一是`` ``一:`` ``三。`` or a bare
  numeral before a space-delimited clause (``一加强妇联基层组织建设,拓展工作阵地 为切实…``).
Sentences end at 。！？!? (with any closing quotes), never inside an open “…” or 《…》.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

SENTENCE_END = "。！？!?…"
CLOSERS = "”’」』)》"
OPENERS = {"“": "”", "《": "》", "‘": "’"}
# The characters that open, close or end a sentence: a scan for sentences visits only these.
STRUCTURAL_MARK = re.compile(f"[{re.escape(SENTENCE_END + ''.join(OPENERS) + ''.join(OPENERS.values()))}]")
MAX_HEADING = 40
MAX_RUN_IN = 22
NUMERAL = "一二三四五六七八九十"
# A run-in head (一是…, a short opening sentence) ranks below every heading line and subsection.
RUN_IN_LEVEL = 3
# An enumerated head inside a line: after a line start, a space, a sentence end or a semicolon
# (一是…;二是…).
ENUMERATED = re.compile(
    rf"(?:^|(?<=[\s。;]))(?:[(（]([{NUMERAL}]{{1,3}})[)）]|([{NUMERAL}]{{1,3}})(?:是|、|:|。|\.)"
    rf"|([{NUMERAL}]{{1,3}})(?=[\u4e00-\u9fff][^。\s]{{3,{MAX_HEADING}}}\s))")
# Words a bare numeral opens in ordinary prose (一年来, 一批, 一系列 …): not enumerators.
PROSE_AFTER_NUMERAL = re.compile(r"^(?:年|批|些|系列|直|起|同|定|般|致|切|时|方面"
                                 r"|个|名|次|项|场|线|体|步|带|条|份|天|是否)")
ENUMERATOR_PREFIX = re.compile(rf"^(?:[(（][{NUMERAL}]{{1,3}}[)）]|[{NUMERAL}]{{1,3}}(?:是|、|:|。|\.)?"
                               r"|\d{1,2}[.、)]|[(（]\d{1,2}[)）])\s*")
HEADLINE_FORM = re.compile(rf"^[^。!?]{{2,{MAX_HEADING}}}$")
# A photo caption printed between paragraphs is a short line like a heading but opens no
# section: it names the picture (图为…, 图片, 图1:) or its scene (…现场, …合影) or credits it
# (…供图, 张三 摄, 摄影:张三). Hand-written: no library tells captions from headings.
CAPTION_LINE = re.compile(r"^(?:图(?:为|\d{0,2}[:：]).*|(?:图片|.{0,30}(?:现场|合影|留影|供图|\s摄"
                          r"|摄影[:：]\s*\S{2,4}))[。.]?)$")


@dataclass(frozen=True)
class Heading:
    text: str
    start: int
    end: int
    level: int  # 1 a section, 2 a subsection ((一)), RUN_IN_LEVEL a run-in item (一是…)


@dataclass(frozen=True)
class Sentence:
    sentence_id: int
    section: str
    paragraph: int
    text: str
    start: int
    end: int


@dataclass
class Segmented:
    title: str | None
    headings: list[Heading]
    sentences: list[Sentence]


def segment(text: str) -> Segmented:
    """Title, headings and sentences of a cleaned report (offsets index ``text``).

    Examples
    --------
    >>> s = segment("标题一行\\n服务发展大局,激发活力\\n妇联开展活动。惠及群众200余人。")
    >>> s.title, [h.text for h in s.headings], len(s.sentences)
    ('标题一行', ['服务发展大局,激发活力'], 4)
    """
    lines = _lines(text)
    title, title_span = _title(lines)
    has_heading_lines = any(_is_heading_line(line) for _, line in lines[1:])
    sentences: list[Sentence] = []
    headings: list[Heading] = []
    section = ""
    body_start = 1 if title_span and title_span[1] >= len(lines[0][1]) else 0
    parallel = _parallel_openers(lines)
    for paragraph, (offset, line) in enumerate(lines):
        spans, enumerated = _sentence_spans(line)
        if paragraph == 0 and title_span:
            spans = _split_off(line, spans, title_span[1])
        # opening and closing flourishes read like run-in heads unless they share the
        # opening words of the report's other heads (实施“…”巾帼行动 …)
        framing = paragraph in (body_start, len(lines) - 1)
        for k, (start, end) in enumerate(spans):
            piece = line[start:end]
            if paragraph == 0 and title and k == 0:
                level = 0
            elif start in enumerated:
                level = _enumerated_level(piece)
            else:
                level = _heading_level(piece, k, len(spans), line,
                                       framing and piece[:2] not in parallel, has_heading_lines)
            if level:
                section = _heading_text(piece)
                headings.append(Heading(section, offset + start, offset + end, level))
            sentences.append(Sentence(len(sentences), section, paragraph, piece,
                                      offset + start, offset + end))
    return Segmented(title, headings, sentences)


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, line))
        pos += len(line) + 1
    return out


def _title(lines) -> tuple[str | None, tuple[int, int] | None]:
    """A headline: a short first line, or the space-delimited head of a first long line."""
    if len(lines) < 2 and not lines:
        return None, None
    first = lines[0][1] if lines else ""
    if _is_heading_line(first) and len(lines) > 1:
        return first.strip(), (0, len(first))
    head = re.match(rf"^([^\s,。:;!?]{{4,{MAX_HEADING}}})\s+\S", first)
    if head and not ENUMERATED.match(head.group(1)):
        return head.group(1), (0, head.end(1))
    return None, None


def _is_heading_line(line: str) -> bool:
    line = line.strip().rstrip(",")
    return bool(HEADLINE_FORM.match(line)) and line[-1] not in SENTENCE_END + ";"


def _sentence_spans(line: str) -> tuple[list[tuple[int, int]], set[int]]:
    """Sentence spans of one paragraph (stripped), also cut before enumerated heads.

    Returns the spans and the starts of those that open with an enumerator.
    """
    cuts, depth_stack = [0], []
    i = 0
    while match := STRUCTURAL_MARK.search(line, i):  # only these characters change the state
        i = match.start()
        ch = line[i]
        if ch in OPENERS:
            depth_stack.append(OPENERS[ch])
        elif depth_stack and ch == depth_stack[-1]:
            depth_stack.pop()
        elif ch in SENTENCE_END and not depth_stack or (
                ch in SENTENCE_END and i + 1 < len(line) and line[i + 1] in CLOSERS):
            j = i + 1
            while j < len(line) and (line[j] in SENTENCE_END or line[j] in CLOSERS):
                if line[j] in CLOSERS and depth_stack and line[j] == depth_stack[-1]:
                    depth_stack.pop()
                j += 1
            cuts.append(j)
            i = j
            continue
        i += 1
    enumerated = set()
    for match in ENUMERATED.finditer(line):
        if _is_enumerator(line, match):
            cuts.append(match.start())
            enumerated.add(match.start())
            if match.end() in cuts and line[match.end() - 1] == "。":  # "二。在…": not a sentence
                cuts.remove(match.end())
            end = _space_delimited_end(line, match.end())
            if end:
                cuts.append(end)
    cuts = sorted(set(cuts + [len(line)]))
    spans = []
    for start, end in pairwise(cuts):
        while start < end and line[start].isspace():
            start += 1
        while end > start and line[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    starts = {start for start, _ in spans}
    return spans, {next(s for s in sorted(starts) if s >= e) for e in enumerated
                   if any(s >= e for s in starts)}


def _is_enumerator(line: str, match: re.Match) -> bool:
    after = line[match.end():]
    return bool(after) and not PROSE_AFTER_NUMERAL.match(after)


def _space_delimited_end(line: str, start: int) -> int | None:
    """A head set off by a space before its sentence ends (``二:关爱留守儿童 留守儿童是…``)."""
    window = line[start:start + MAX_HEADING + 1]
    space = window.find(" ")
    if space <= 0 or any(mark in window[:space] for mark in SENTENCE_END):
        return None
    return start + space


def _split_off(line: str, spans, at: int) -> list[tuple[int, int]]:
    """Cut the span that holds offset ``at`` in two, stripping the spaces at the cut."""
    out = []
    for start, end in spans:
        if start < at < end:
            rest = at + len(line[at:end]) - len(line[at:end].lstrip())
            out += [(start, at), (rest, end)]
        else:
            out.append((start, end))
    return [(s, e) for s, e in out if e > s]


def _parallel_openers(lines) -> set[str]:
    """Two-character openings shared by three or more paragraph-opening sentences."""
    openers = Counter(line.lstrip()[:2] for _, line in lines)
    return {opener for opener, n in openers.items() if n >= 3}


def _enumerated_level(piece: str) -> int:
    """The rank of an enumerated head in the usual order of Chinese official writing: ``一、``
    or a bare ``一`` opens a section (1), ``(一)`` a subsection (2), ``一是`` ``一:`` ``一。``
    a run-in item (``RUN_IN_LEVEL``)."""
    if len(piece) > MAX_HEADING + 4:
        return 0
    prefix = ENUMERATOR_PREFIX.match(piece).group(0).strip()
    if prefix[-1:] in ("是", ":", "。", "."):
        return RUN_IN_LEVEL
    return 2 if prefix[:1] in "(（" else 1


def _heading_level(piece: str, k: int, n: int, line: str, framing: bool,
                   has_heading_lines: bool) -> int:
    """1 for a section heading, ``RUN_IN_LEVEL`` for a run-in sub-heading under heading lines,
    0 for an ordinary sentence."""
    if CAPTION_LINE.match(piece.strip()) or CAPTION_LINE.match(line.strip()):
        return 0  # a caption, or the first clause of one (抽奖环节。通讯员供图)
    if n == 1 and _is_heading_line(line):
        return 1
    if k == 0 and n > 1 and not framing and _is_run_in(piece):
        return RUN_IN_LEVEL if has_heading_lines else 1
    return 0


def _is_run_in(piece: str) -> bool:
    """A short, number-free opening sentence ending in 。 reads as a run-in head (its own
    enumerator, 1. or (1), aside)."""
    body = ENUMERATOR_PREFIX.sub("", piece).rstrip(SENTENCE_END)
    return (len(body) <= MAX_RUN_IN and piece.endswith("。") and not re.search(r"[\d、]", body)
            and not body.startswith(("今年", "目前", "截至", "截止", "同时", "近年")))


def _heading_text(piece: str) -> str:
    """A heading without its enumerator and closing punctuation."""
    return ENUMERATOR_PREFIX.sub("", piece).rstrip("。,;:!?").strip()
