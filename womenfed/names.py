"""Where a Chinese name begins: the shared left edge of campaign and agency names.

Federation writing names things without spaces, so a finder that sees a suffix (…计划,
…局) must walk left to the word that ends the name on its left: a verb that introduces it
(开展, 联合), a scope or counted phrase (全省, 一批), or a function word (的, 和). Both
``entities`` (campaigns) and ``agencies`` use this walk; it lives here so neither imports the
other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import dictionary_tags

# CJK Unified Ideographs with Extension A and the supplementary planes' Extensions B–F, so a
# place or body written with a rare character (㙟, 𬌗) stays one name.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ebef"
NAME_CHAR = re.compile(rf"[{HAN}\d]")
# Words that end a name on its left: verbs that introduce programmes, particles, conjunctions,
# words of time (今年, 目前).
LEFT_BOUNDARY = re.compile(
    r"(?:开展|实施|推进|打造|建立|成立|举办|参加|组织|启动|深入|持续|评选|荣获|获评|创建|依托|利用|通过|"
    r"围绕|实现|推动|加强|积极|大力|全面|探索|发挥|落实|参与|申报|争取|宣传|开设|设立|建设|规范|管理|"
    r"完善|召开|表彰|推选|选树|联合|结合|会同|协调|协同|配合|邀请|带领|率先|常态化|多形式|进一步|"
    r"按照|根据|依据|经过|前夕|期间|以来|之际|建起|建成|开辟|辖区|各级|树立|扶持|"
    r"发放|申请|办理|获得|享受|提供|给予|兑现|这些|那些|这个|那个|携手|牵头|主办|承办|协办|指导|"
    r"支持|资助|争取到|走进|来到|深入到|新建|新增|上下|"
    r"今年|去年|明年|近年|当年|年内|全年|目前|本年度?|各[类种项级]|"
    r"制定|制订|拟定|编制|修订|"
    r"全[省市区县镇乡]|[国省市区县镇乡]级|"
    r"[一二三四五六七八九十两几\d]+[个场项次批届支名位家户期轮]{1,2}|首[届期批]|"
    r"[〇零一二三四五六七八九十\d]+(?:年度|[年月日号])|"
    r"[的了在和与及并把将为对向从被由等是有让使到各个用以该此同我])$")
# Verbs that launch a programme (实施, 开展 …). Where a boundary word stands right before the
# suffix (实施组织建设行动: 建设 ends a boundary, 组织 too), the name has no core left; its
# nominal words then run back to the launching verb.
LAUNCH = re.compile(r"开展|实施|推进|深化|启动|举办|打造|创建|推出|发起")
# LEFT_BOUNDARY is matched against the characters just left of a name, never the whole prefix.
BOUNDARY_WINDOW = 8
MAX_NAME = 16


@dataclass(frozen=True)
class Entity:
    """A campaign or agency mention; ``role`` tells leadership bodies from partners."""

    type: str
    name: str
    canonical: str
    start: int
    end: int
    role: str = ""
    # a class of bodies over several levels (各级党委政府): no one body, never merged into a scoped one
    across_levels: bool = False


def left_edge(sentence: str, suffix_start: int, end: int, max_core: int = MAX_NAME,
              max_name: int = MAX_NAME) -> int:
    """Walk left from a suffix over Han characters and digits up to a word boundary."""
    start = suffix_start
    while (start > 0 and end - start < max_name and suffix_start - start < max_core
           and NAME_CHAR.match(sentence[start - 1])):
        boundary = LEFT_BOUNDARY.search(sentence[max(0, start - BOUNDARY_WINDOW):start])
        if boundary and not _opens_a_word(sentence, start, boundary.group(0)):
            return _back_to_launch(sentence, start) if start == suffix_start else start
        start -= 1
    return start


def _opens_a_word(sentence: str, start: int, boundary: str) -> bool:
    """A one-character boundary that opens a verb or adjective of jieba's dictionary with the
    character after it (在|职 in 在职党员进社区) ends no name there; a place it opens (和|县)
    still does: 县妇联和县教委 are two bodies."""
    return len(boundary) == 1 and dictionary_tags().get(sentence[start - 1:start + 1], "")[:1] in ("v", "a")


def _back_to_launch(sentence: str, start: int) -> int:
    """The start of a name whose core is all boundary words (实施组织建设行动 → 组织建设): right
    after the nearest launching verb within ``BOUNDARY_WINDOW`` Han characters, or ``start``
    (no core) where there is none."""
    window = sentence[max(0, start - BOUNDARY_WINDOW):start]
    run = re.search(r"[\u3400-\u9fff]+$", window)
    launches = list(LAUNCH.finditer(run.group())) if run else []
    if not launches or len(run.group()) - launches[-1].end() < 2:
        return start
    return start - (len(run.group()) - launches[-1].end())


def without_overlaps(found: list[Entity], longest_first: bool = False) -> list[Entity]:
    """Keep the first (or the longest) of overlapping mentions, in sentence order."""
    order = sorted(found, key=lambda e: e.start - e.end) if longest_first else found
    kept: list[Entity] = []
    for entity in order:
        if all(entity.end <= k.start or entity.start >= k.end for k in kept):
            kept.append(entity)
    return sorted(kept, key=lambda e: e.start)
