"""Campaigns (named programmes, brands, honours) and partner agencies in one sentence.

Names are found by the shapes they take in federation writing, kept in
``lexicon/entity_patterns.tsv``: quoted names (“爱心妈妈”, “红心向党”巾帼行动), unquoted names
that end in a programme suffix (…计划, …工程, …超市, …服务队), recurring honours (最美家庭,
巾帼文明岗), and bodies that end in an agency suffix (…局, …委, …法院, 派出所) or are named
in ``联合X等部门``. ``canonical`` merges aliases (人社 / 人社局 / 人力资源和社会保障局).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import lexicon

HAN = "\u4e00-\u9fa5"
# Inner quotes first: “昌邑市‘春风行动’暨…洽谈会” names the programme 春风行动.
QUOTED = (re.compile(r"‘([^‘’]{2,24})’"), re.compile(r"“([^“”]{2,24})”"))
# Words that end a name on its left: verbs that introduce programmes, particles, conjunctions.
LEFT_BOUNDARY = re.compile(
    r"(?:开展|实施|推进|打造|建立|成立|举办|参加|组织|启动|深入|持续|评选|荣获|获评|创建|依托|利用|通过|"
    r"围绕|实现|推动|加强|积极|大力|全面|探索|发挥|落实|参与|申报|争取|宣传|开设|设立|建设|规范|管理|"
    r"完善|召开|表彰|推选|选树|联合|结合|会同|协调|协同|配合|邀请|带领|率先|常态化|多形式|进一步|"
    r"按照|根据|依据|经过|前夕|期间|以来|之际|建起|建成|开辟|辖区|各级|树立|扶持|"
    r"发放|申请|办理|获得|享受|提供|给予|兑现|这些|那些|这个|那个|"
    r"全[省市区县镇乡]|[国省市区县镇乡]级|"
    r"[一二三四五六七八九十两几\d]+[个场项次批届支名位家户期]{1,2}|"
    r"[的了在和与及并把将为对向从被由等是有让使到各个用以该此])$")
QUOTE_CHARS = re.compile(r"[“”‘’\"]")
NAME_SEPARATORS = re.compile(r"[\s·・]")
HAN_CHAR = re.compile(f"[{HAN}]")
NAME_CHAR = re.compile(rf"[{HAN}\d]")
# LEFT_BOUNDARY is matched against the characters just left of a name, never the whole prefix.
BOUNDARY_WINDOW = 8
LEVEL_PREFIX = re.compile(r"^(?:省|市|区|县|镇|乡|街道|[" + HAN + r"]{2,4}(?:省|市|区|县|镇|乡|街道))")
MAX_NAME = 16
# A sentence end inside quotes marks quoted speech (“以前…,现在…。”), not a name.
SPEECH = re.compile(r"[。!?;…]")
MAX_CAMPAIGN_CORE = 12
LEVEL_BODY = re.compile(r"^[省市区县镇乡]委$")
# Suffixes that belong to a quoted core's name (“红心向党”巾帼行动, “无毒”示范社区); team and
# brand words after a quote (“爱心妈妈”志愿服务队) are descriptions and are left out.
KEPT_SUFFIX = re.compile(r"巾帼行动|示范社区|社区|计划|工程")
CAMPAIGN_LEFT_STOP = re.compile(r"[\d“”‘’《》]")
NOT_AN_AGENCY = re.compile(r"(?:干部|执委|委员|部分|全部|内部|外部|局面|格局|布局|大局|当局|结局|"
                           r"举办|承办|主办|协办|创办|开办|兴办|督办|查办|代办|交办|包办)$")


@dataclass(frozen=True)
class Entity:
    type: str
    name: str
    canonical: str
    start: int
    end: int


def extract_entities(sentence: str) -> list[Entity]:
    """Campaign and agency mentions of one cleaned sentence, in order, non-overlapping.

    Examples
    --------
    >>> [(e.type, e.name) for e in extract_entities("联合人社等部门举办“春风行动”招聘会")]
    [('agency', '人社'), ('campaign', '春风行动')]
    """
    spans: list[Entity] = []
    for finder in (_quoted_campaigns, _honours, _agency_cues, _agencies, _suffixed_campaigns):
        for entity in finder(sentence):
            if all(entity.end <= e.start or entity.start >= e.end for e in spans):
                spans.append(entity)
    return sorted(spans, key=lambda e: e.start)


def canonical_name(kind: str, name: str) -> str:
    """One name per real thing: quote marks dropped; agency aliases merged, level kept."""
    name = QUOTE_CHARS.sub("", name).strip()
    if kind != "agency":
        return NAME_SEPARATORS.sub("", name)
    aliases = _aliases()
    if name in aliases:
        return aliases[name]
    prefix = LEVEL_PREFIX.match(name)
    if prefix and name[prefix.end():] in aliases:
        return prefix.group(0) + aliases[name[prefix.end():]]
    return name


def _entity(kind: str, sentence: str, start: int, end: int, name: str | None = None) -> Entity:
    name = QUOTE_CHARS.sub("", name if name is not None else sentence[start:end])
    return Entity(kind, name, canonical_name(kind, name), start, end)


def _quoted_campaigns(sentence: str):
    """Quoted names; a quoted core followed by 巾帼行动 keeps it; a too-short core takes the
    words after it (“两癌”免费筛查)."""
    for match in (m for pattern in QUOTED for m in pattern.finditer(sentence)):
        core = match.group(1).strip()
        if (core in _stoplist() or core.endswith("法") or "、" in core
                or SPEECH.search(core) or not HAN_CHAR.search(core)):
            continue  # rhetoric, laws, lists of slogans and quoted speech are not programme names
        end = match.end()
        after = sentence[end:]
        kept_suffix = KEPT_SUFFIX.match(after)
        if kept_suffix:
            yield _entity("campaign", sentence, match.start(), end + kept_suffix.end(),
                          core + kept_suffix.group(0))
        elif len(core) == 3 and core in lexicon.dictionary_tags():
            continue  # a quoted common word is a metaphor (“金饭碗”, “娘家人”), not a name
        elif len(core) <= 2:
            extra = re.match(rf"[{HAN}]{{2,6}}?(?=工作|活动|等|[^{HAN}]|$)", after)
            if extra:
                yield _entity("campaign", sentence, match.start(), end + extra.end(),
                              core + extra.group(0))
        else:
            yield _entity("campaign", sentence, match.start(), end, core)


def _honours(sentence: str):
    for match in _pattern("honour").finditer(sentence):
        yield _entity("campaign", sentence, match.start(), match.end())


def _agency_cues(sentence: str):
    for match in _pattern("agency_cue").finditer(sentence):
        name = match.group("name")
        if name in _aliases() or not _agency_pattern().fullmatch(name):
            yield _entity("agency", sentence, match.start("name"), match.end("name"))


def _agencies(sentence: str):
    """Agency names, longest first where suffix matches overlap (市委组织部 over 市委)."""
    found = []
    for match in _agency_pattern().finditer(sentence):
        for end in {match.end(), *_longer_ends(sentence, match)}:
            start = _left_edge(sentence, match.start(), end)
            name = sentence[start:end]
            if ("妇联" in name or NOT_AN_AGENCY.search(name)
                    or (len(name) < 3 and name not in _aliases() and not LEVEL_BODY.match(name))):
                continue
            found.append(_entity("agency", sentence, start, end))
    kept = []
    for entity in sorted(found, key=lambda e: e.start - e.end):
        if all(entity.end <= k.start or entity.start >= k.end for k in kept):
            kept.append(entity)
    yield from kept


def _longer_ends(sentence: str, match: re.Match) -> list[int]:
    """Ends of agency suffixes that continue right after this one (市委 -> 市委组织部)."""
    follow = _agency_pattern().match(sentence, match.end())
    return [follow.end()] if follow else []


def _suffixed_campaigns(sentence: str):
    for match in _pattern("campaign_suffix").finditer(sentence):
        start = _left_edge(sentence, match.start(), match.end(), MAX_CAMPAIGN_CORE)
        core = sentence[start:match.start()]
        if len(core) >= 2 and not CAMPAIGN_LEFT_STOP.search(core) and not _is_common_word(core):
            yield _entity("campaign", sentence, start, match.end())


def _left_edge(sentence: str, suffix_start: int, end: int, max_core: int = MAX_NAME) -> int:
    """Walk left from a suffix over Han characters and digits up to a word boundary."""
    start = suffix_start
    while (start > 0 and end - start < MAX_NAME and suffix_start - start < max_core
           and NAME_CHAR.match(sentence[start - 1])):
        if LEFT_BOUNDARY.search(sentence[max(0, start - BOUNDARY_WINDOW):start]):
            break
        start -= 1
    return start


@cache
def _is_common_word(core: str) -> bool:
    """实际 (行动), 各项 (工作): a single adjective/adverb/pronoun is no programme name."""
    return lexicon.dictionary_tags().get(core, "n")[:1] in ("a", "d", "r", "m", "q", "c", "p", "u", "v")


@cache
def _patterns() -> dict[str, str]:
    return {kind: pattern for kind, pattern in lexicon.rows("entity_patterns.tsv")}


@cache
def _pattern(kind: str) -> re.Pattern:
    return re.compile(_patterns()[kind])


@cache
def _agency_pattern() -> re.Pattern:
    return re.compile(rf"(?:{_patterns()['agency_suffix']})(?![{HAN}]*?(?:干部|主任|书记))")


@cache
def _stoplist() -> frozenset[str]:
    return frozenset(lexicon.lines("entity_stoplist.txt"))


@cache
def _aliases() -> dict[str, str]:
    return dict(lexicon.rows("agency_aliases.tsv"))
