"""Relations found in one sentence: campaign↔agency, campaign↔outcome, agency↔outcome.

A work report ties a programme to its partners and results inside one sentence (联合人社等
部门举办“春风行动”…为2000余名女性求职者牵线搭桥); across sentences the link is the reader's
inference, so only links within the sentence are recorded, each row naming its evidence
sentence in the table.

Within a sentence, clauses decide which outcome belongs to which name. A list sentence pairs
each count with the name in its own clause (评选最美家庭22户,“五好新女性”25名), the nearest one
where a clause holds several counts (10户好婆婆、10户好媳妇), all of them where it holds one
(“好婆婆”“好媳妇”等97人); a narrative sentence names its programme in one clause and its results
in others (…举办“春风行动”,为2000余名…), so a name in a clause without counts takes every count
of the sentence. No library does this clause pairing; it is hand-written.

A semicolon chain (开展A活动;联合B局举办C;为D名…) strings several acts into one sentence: links
stay inside the semicolon part where both ends are, so A is not tied to B's partner or C's
counts. A sentence without semicolons is one part.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import product

# Clause breaks outside quotes and brackets; 、 joins the items of one list (A、B等18人).
CLAUSE_BREAK = re.compile(r"[,;:]")
OPENERS = {"“": "”", "《": "》", "‘": "’", "(": ")"}
CLAUSE_MARKS = re.compile("[,;:“”《》‘’()]")
PART_BREAK = re.compile(r"[;]")  # the cleaner writes ； as ;


@dataclass(frozen=True)
class Relation:
    source_type: str
    source: str
    target_type: str
    target: str


def relate(sentence: str, entities, quantities) -> list[Relation]:
    """All links among the sentence's campaigns, agencies and quantities, without repeats.

    Examples
    --------
    >>> from womenfed.entities import extract_entities
    >>> from womenfed.quantities import extract_quantities
    >>> s = "联合人社等部门举办“春风行动”,为2000余名求职者牵线搭桥"
    >>> [(r.source, r.target) for r in relate(s, extract_entities(s), extract_quantities(s))]
    [('春风行动', '人力资源和社会保障局'), ('春风行动', '2000余名'), ('人力资源和社会保障局', '2000余名')]
    """
    if not entities:
        return []
    breaks = _clause_breaks(sentence)
    part_breaks = _clause_breaks(sentence, PART_BREAK)
    clause_of = {e.start: bisect_right(breaks, e.start) for e in (*entities, *quantities)}
    part_of = {e.start: bisect_right(part_breaks, e.start) for e in (*entities, *quantities)}
    campaigns = [e for e in entities if e.type == "campaign"]
    agencies = [e for e in entities if e.type == "agency"]
    links = [("campaign", c.canonical, "agency", a.canonical)
             for c, a in product(campaigns, agencies) if part_of[c.start] == part_of[a.start]]
    for kind, names in (("campaign", campaigns), ("agency", agencies)):
        links += [(kind, name.canonical, "outcome", quantity.text)
                  for name, quantity in _outcome_pairs(names, quantities, clause_of, part_of)]
    return [Relation(*link) for link in dict.fromkeys(links)]


def _outcome_pairs(names, quantities, clause_of: dict[int, int], part_of: dict[int, int]):
    """Names paired with counts by clause (see the module docstring)."""
    counts_in = Counter(clause_of[q.start] for q in quantities)
    for quantity in quantities:
        clause = clause_of[quantity.start]
        mates = [n for n in names if clause_of[n.start] == clause]
        if counts_in[clause] == 1:
            yield from ((name, quantity) for name in mates)
        elif mates:
            yield min(mates, key=lambda n: (_distance(n, quantity), n.start)), quantity
    lonely = [n for n in names if not counts_in[clause_of[n.start]]]
    yield from ((name, quantity) for name, quantity in product(lonely, quantities)
                if part_of[name.start] == part_of[quantity.start])


def _distance(name, quantity) -> int:
    return max(name.start - quantity.end, quantity.start - name.end, 0)


def _clause_breaks(sentence: str, marks: re.Pattern = CLAUSE_BREAK) -> list[int]:
    """Where each clause after the first begins (breaks inside quotes and brackets don't
    count): the clause of position ``i`` is ``bisect_right(breaks, i)``. ``marks`` are the
    breaks counted (``PART_BREAK``: semicolon parts)."""
    breaks, closers = [], []
    for mark in CLAUSE_MARKS.finditer(sentence):
        ch = mark.group()
        if closers and ch == closers[-1]:
            closers.pop()
        elif ch in OPENERS:
            closers.append(OPENERS[ch])
        elif not closers and marks.match(ch):
            breaks.append(mark.start() + 1)
    return breaks
