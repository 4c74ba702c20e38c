"""Probe audit of sentence types (stop 29, fourth round: how a sentence with no cue of its own
takes a type). Families tried and dropped keep their probes as strict gaps: a cue-less sentence
under a heading typed only by the heading above it going on with the sentence before it rather
than taking that heading's topic; a sentence with a weak cue (under one typical cue) typed by
that cue rather than going on with its neighbours. A third family, a cue-less sentence that opens
a paragraph taking the type of the next sentence of its paragraph rather than going on with the
paragraph before, changed sentences to a net 0 on dev29b (2194 -> 2194) and was dropped; this
table has no paragraphs (each line is a sentence), so it has no probe here.

Every line here is written for the audit (places from the gazetteer), not taken from any report;
the expected answer is decided by the written conventions (docs/CODEBOOK.md "Programme types"),
not by the tool's output. A case checks one sentence's type (its index) or the types a report
covers ("report": the types wanted, and those it must not cover).
``test_typology_structure_probes.py`` runs this table.
"""

from __future__ import annotations

from .conftest import known_because

PARENT_CONTINUES_DROPPED = ("dropped in stop 29d: letting a cue-less sentence under a heading typed "
                            "only by the heading above it go on with the sentence before it (as under "
                            "a heading with no topic) instead of taking that topic lost 7 sentence "
                            "types on dev29b (2194 -> 2187)")
WEAK_CUE_DROPPED = ("dropped in stop 29d: letting a sentence whose cues weigh less than one typical "
                    "cue take its own leading type before its neighbours' lost 63 sentence types "
                    "on dev29b (2194 -> 2131): a weak cue is more often a passing word than the topic")

# (family, lines, what is checked: "report" or a sentence index, wanted, unwanted)
PROBES = [
    # --- a cue-less sentence under a heading typed by its parent goes on with its neighbour
    known_because(PARENT_CONTINUES_DROPPED, "parent continues",
                  [("一、持续开展“两癌”免费筛查", 1), ("（一）主要做法", 2),
                   "会宁县妇联举办电商直播培训班,帮助妇女就业创业。", "活动持续了三天。"],
                  3, {"economic"}, set()),
    # near miss: with no cue of its own in the section, the sentence keeps the parent's topic
    ("parent continues", [("一、持续开展“两癌”免费筛查", 1), ("（一）主要做法", 2), "活动持续了三天。"],
     2, {"health"}, set()),
    # --- a weak cue types its sentence before its neighbours (dropped: a gap)
    known_because(WEAK_CUE_DROPPED, "weak cue",
                  ["平利县妇联开展“两癌”免费筛查。", "现场还为儿童准备了绘本。"], 1, {"care"}, set()),
    # near miss: a cue-less sentence goes on with the sentence before it
    ("weak cue", ["平利县妇联开展“两癌”免费筛查。", "共为300名妇女进行了检查。"], 1, {"health"}, set()),
]
