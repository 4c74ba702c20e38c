"""Campaigns (named programmes, brands, honours) and partner agencies in one sentence.

Campaigns are found by the shapes they take in federation writing, kept in
``lexicon/entity_patterns.tsv``: quoted names (“爱心妈妈”, “红心向党”巾帼行动), unquoted names
that end in a programme suffix (…计划, …工程, …超市, …服务队) and recurring honours (最美家庭,
巾帼文明岗). Agencies come from the organisation-name grammar in ``agencies``. ``canonical``
merges aliases (人社 / 人社局 / 人力资源和社会保障局).
"""

from __future__ import annotations

import re
from functools import cache

from . import lexicon
from .agencies import canonical_agency, find_agencies
from .names import HAN, Entity, left_edge

# Inner quotes first: “昌邑市‘春风行动’暨…洽谈会” names the programme 春风行动.
QUOTED = (re.compile(r"‘([^‘’]{2,24})’"), re.compile(r"“([^“”]{2,24})”"))
QUOTE_CHARS = re.compile(r"[“”‘’\"]")
NAME_SEPARATORS = re.compile(r"[\s·・]")
HAN_CHAR = re.compile(f"[{HAN}]")
# A sentence end inside quotes marks quoted speech (“以前…,现在…。”), not a name.
SPEECH = re.compile(r"[。!?;…]")
MAX_CAMPAIGN_CORE = 12
# Suffixes that belong to a quoted core's name (“红心向党”巾帼行动, “无毒”示范社区); team and
# brand words after a quote (“爱心妈妈”志愿服务队) are descriptions and are left out.
KEPT_SUFFIX = re.compile(r"巾帼行动|示范社区|社区|计划|工程")
CAMPAIGN_LEFT_STOP = re.compile(r"[\d“”‘’《》]")


def extract_entities(sentence: str) -> list[Entity]:
    """Campaign and agency mentions of one cleaned sentence, in order, non-overlapping.

    Examples
    --------
    >>> [(e.type, e.name) for e in extract_entities("联合人社等部门举办“春风行动”招聘会")]
    [('agency', '人社'), ('campaign', '春风行动')]
    """
    spans: list[Entity] = []
    for finder in (_quoted_campaigns, _honours, find_agencies, _suffixed_campaigns):
        for entity in finder(sentence):
            if all(entity.end <= e.start or entity.start >= e.end for e in spans):
                spans.append(entity)
    return sorted(spans, key=lambda e: e.start)


def canonical_name(kind: str, name: str) -> str:
    """One name per real thing: quote marks dropped; agency aliases merged, level kept."""
    if kind == "agency":
        return canonical_agency(name)
    return NAME_SEPARATORS.sub("", QUOTE_CHARS.sub("", name).strip())


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


def _suffixed_campaigns(sentence: str):
    for match in _pattern("campaign_suffix").finditer(sentence):
        start = left_edge(sentence, match.start(), match.end(), MAX_CAMPAIGN_CORE)
        core = sentence[start:match.start()]
        if len(core) >= 2 and not CAMPAIGN_LEFT_STOP.search(core) and not _is_common_word(core):
            yield _entity("campaign", sentence, start, match.end())


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
def _stoplist() -> frozenset[str]:
    return frozenset(lexicon.lines("entity_stoplist.txt"))
