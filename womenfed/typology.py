"""Programme types of sentences and reports, from an editable keyword lexicon.

The eight types of docs/DESIGN.md are cued by keywords with weights in
``lexicon/typology.tsv`` — transparent and editable, so a researcher can see and change why
a sentence was typed. A sentence without cues takes its section heading's type. A report
covers the types that lead a tenth of its typed sentences (sentences typed by one weak cue
aside), and any type whose cues add up to two strong cues over the report although other
types win those sentences (a long sentence that lists a year's work names several
programmes). docs/CODEBOOK.md gives each type with
positive and negative example sentences.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import cache

import ahocorasick

from . import lexicon

TYPES = ("ideology", "economic", "family", "rights", "care", "health", "organisation",
         "volunteer")
# A report covers a type that leads at least this share of its typed sentences ...
MIN_REPORT_SHARE = 0.10
# ... or whose cue weights, summed over its sentences, reach two strong (weight 3) cues.
MIN_REPORT_EVIDENCE = 6.0
# A sentence counts towards its type's share when its own cues for the type weigh this much
# (one typical cue), or when it has none and takes its section's type.
MIN_SENTENCE_CUE = 2.0


def classify(sentence: str, section: str = "") -> str | None:
    """The programme type of one sentence, or None when neither it nor its section has cues.

    Examples
    --------
    >>> classify("持续开展适龄妇女“两癌”免费筛查工作")
    'health'
    """
    return _best(_scores(sentence)) or (_best(_scores(section)) if section else None)


def classify_sentences(sentences: Sequence[tuple[str, str]]) -> list[str | None]:
    """The programme type of each (text, section heading) of one report, in order.

    A sentence with cues of its own that weigh one typical cue (MIN_SENTENCE_CUE) takes
    their type, else its section heading's; a sentence with neither continues the topic
    around it: the type of the typed sentence before it in
    its section (reports state the programme once and go on with dates, places, counts and
    voices, often over several paragraphs), or, before the first typed sentence of a
    section, of the first one after it; a weak cue types a sentence only where nothing
    else does (妇女儿童工作, the federation's remit, leans to care but ends no topic). Measured
    on the development half, sentence-level
    accuracy rose from 0.54 to 0.68 (carrying within a paragraph only: 0.62).

    Examples
    --------
    >>> classify_sentences([("开展“两癌”免费筛查。", ""), ("共300人参加。", "")])
    ['health', 'health']
    """
    own = [_scores(text) for text, _ in sentences]
    types = [_best(scores) if max(scores.values(), default=0.0) >= MIN_SENTENCE_CUE else None
             for scores in own]
    types = [kind or (_best(_scores(section)) if section else None)
             for kind, (_, section) in zip(types, sentences, strict=True)]
    for index in range(1, len(types)):
        if types[index] is None and sentences[index - 1][1] == sentences[index][1]:
            types[index] = types[index - 1]
    for index in range(len(types) - 2, -1, -1):
        if types[index] is None and sentences[index + 1][1] == sentences[index][1]:
            types[index] = types[index + 1]
    return [kind or _best(scores) for kind, scores in zip(types, own, strict=True)]


def report_type_shares(types: list[str | None]) -> dict[str, float]:
    """Share of each type among a report's typed sentences (types in the fixed order)."""
    counts = Counter(t for t in types if t)
    total = sum(counts.values())
    return {t: counts[t] / total for t in TYPES if counts[t]} if total else {}


def report_types(types: list[str | None], texts: Iterable[str] = (), *,
                 min_share: float = MIN_REPORT_SHARE,
                 min_evidence: float = MIN_REPORT_EVIDENCE) -> set[str]:
    """The types a report covers: those that lead at least ``min_share`` of its typed
    sentences (``types``, one per sentence), and those whose cues in the sentence ``texts``
    (aligned with ``types``) add up to ``min_evidence``. With texts, a sentence counts
    towards its type's share only when its own cues for the type weigh MIN_SENTENCE_CUE: one
    weak cue, a heading's type or the topic carried from the sentences around it
    (``classify_sentences``) type a sentence but do not make a report cover the type."""
    scores = [_programme_scores(text) for text in texts]
    if scores and len(scores) != len(types):
        raise ValueError(f"report_types: {len(types)} types but {len(scores)} texts")
    typed = sum(1 for t in types if t)
    counted = Counter(filter(None, (_counted_type(kind, own) for kind, own in
                                    zip(types, scores or [None] * len(types), strict=True))))
    covered = {t for t in TYPES if typed and counted[t] / typed >= min_share}
    evidence: dict[str, float] = defaultdict(float)
    for own in scores:
        for kind, score in own.items():
            evidence[kind] += score
    return covered | {t for t, total in evidence.items() if total >= min_evidence}


def _programme_scores(text: str) -> dict[str, float]:
    """The programme cues of a sentence as evidence of what its report covers: none when a
    pattern cue decides its type (a report summing up its work 在……领导下 lists the year's
    programmes in passing, its meetings name the topics they heard)."""
    own = _scores(text, patterns=False)
    return own if _best(_scores(text)) == _best(own) else {}


def _counted_type(kind: str | None, own: dict[str, float] | None) -> str | None:
    """The type a sentence counts for at report level: its type (without its text), else the
    type its own programme cues give when they weigh one typical cue. Pattern cues (a report
    summing up its work 在……领导下) type the sentence but are no programme of the report."""
    if own is None:
        return kind
    best = _best(own)
    return best if best and own[best] >= MIN_SENTENCE_CUE else None


def _scores(text: str, patterns: bool = True) -> dict[str, float]:
    """Summed weights of the cue keywords present in ``text`` (each keyword once), added in
    a fixed order so that the sums are reproducible, and (with ``patterns``) of the pattern
    cues it matches."""
    scores: dict[str, float] = defaultdict(float)
    ranked = _ranked_cues()
    for rank in sorted({rank for _, rank in _cue_automaton().iter(text)}):
        for kind, weight in ranked[rank][1]:
            scores[kind] += weight
    for kind, pattern, weight in _pattern_cues() if patterns else ():
        if pattern.search(text):
            scores[kind] += weight
    return scores


@cache
def _pattern_cues() -> tuple[tuple[str, re.Pattern, float], ...]:
    """The cues that are word patterns (``lexicon/typology_patterns.tsv``): a frame such as
    在……领导下 has any body inside it, which no keyword list can spell out."""
    cues = []
    for kind, pattern, weight in lexicon.rows("typology_patterns.tsv"):
        if kind not in TYPES:
            raise ValueError(f"typology_patterns.tsv: unknown programme type {kind!r}")
        cues.append((kind, re.compile(pattern), float(weight)))
    return tuple(cues)


@cache
def _ranked_cues() -> tuple[tuple[str, tuple[tuple[str, float], ...]], ...]:
    """The cues in the order their weights are added: by first character, then lexicon order."""
    return tuple(sorted(_cues().items(), key=lambda cue: cue[0][0]))


@cache
def _cue_automaton() -> ahocorasick.Automaton:
    """All cue keywords in one Aho-Corasick automaton: one pass over a sentence finds every
    keyword in it, overlapping ones included (value: the keyword's rank)."""
    automaton = ahocorasick.Automaton()
    for rank, (keyword, _) in enumerate(_ranked_cues()):
        automaton.add_word(keyword, rank)
    automaton.make_automaton()
    return automaton


def _best(scores: dict[str, float]) -> str | None:
    """The type with the highest positive score; on a tie, the one listed first in TYPES."""
    top = max(scores.values(), default=0.0)
    return next(t for t in TYPES if scores.get(t) == top) if top > 0 else None


@cache
def _cues() -> dict[str, tuple[tuple[str, float], ...]]:
    cues: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for kind, keyword, weight in lexicon.rows("typology.tsv"):
        if kind not in TYPES:
            raise ValueError(f"typology.tsv: unknown programme type {kind!r}")
        cues[keyword].append((kind, float(weight)))
    return {keyword: tuple(pairs) for keyword, pairs in cues.items()}
