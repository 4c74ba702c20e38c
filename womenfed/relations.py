"""Relations found in one sentence: campaign↔agency, campaign↔outcome, agency↔outcome.

A work report ties a programme to its partners and results inside one sentence (联合人社等
部门举办“春风行动”…为2000余名女性求职者牵线搭桥); across sentences the link is the reader's
inference, so only co-occurrence within the sentence is recorded, each row naming its
evidence sentence in the table.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product


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
    [('春风行动', '人社'), ('春风行动', '2000余名'), ('人社', '2000余名')]
    """
    campaigns = _unique(e.canonical for e in entities if e.type == "campaign")
    agencies = _unique(e.canonical for e in entities if e.type == "agency")
    outcomes = [q.text for q in quantities]
    links = [("campaign", c, "agency", a) for c, a in product(campaigns, agencies)]
    links += [("campaign", c, "outcome", o) for c, o in product(campaigns, outcomes)]
    links += [("agency", a, "outcome", o) for a, o in product(agencies, outcomes)]
    return [Relation(*link) for link in _unique(links)]


def _unique(items):
    return list(dict.fromkeys(items))
