"""The repost evaluation set: real copies of one 妇联 report on several sites, scored pairwise.

The repost stage (``womenfed.reposts``) is tested on reposts made by the test itself; this set
holds reposts that sites really made (a federation's own page, a traditional-script mirror, a
news portal, a document-sharing page ...), plus "near misses": different reports of the same
federation, event or template that must stay apart. The texts are third-party pages and are
never committed; they live in the folder named by ``WOMENFED_REPOST_SET`` as ``<id>.txt``.
``eval/reposts/manifest.csv`` keeps each text's url, query, checksum and ``group`` (a label the
copies of one report share). ``score`` builds the texts with the package's own build and
compares the predicted clusters with the groups over pairs of reports. ``tools/repostset.py``
is the command line; ``eval/reposts/README.md`` the layout.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from . import paths
from .corpus import build, read_tables
from .devcorpus import (
    EXIT_PROBLEMS,
    exit_code_of,
    read_manifest,
    text_problems,
    texts_dir,
)
from .reposts import shingle_hashes

SET_VARIABLE = "WOMENFED_REPOST_SET"
README = "eval/reposts/README.md"
MANIFEST = paths.REPO / "eval" / "reposts" / "manifest.csv"
COLUMNS = ("id", "url", "query", "site", "group", "sha256", "n_chars", "retrieved")

Pair = tuple[str, str]


@dataclass
class PairScore:
    """Pairwise agreement of predicted repost clusters with the gold groups."""

    predicted: set[Pair]
    gold: set[Pair]
    false_positives: list[Pair] = field(init=False)
    false_negatives: list[Pair] = field(init=False)

    def __post_init__(self) -> None:
        self.false_positives = sorted(self.predicted - self.gold)
        self.false_negatives = sorted(self.gold - self.predicted)

    @property
    def true_positives(self) -> int:
        return len(self.predicted & self.gold)

    @property
    def precision(self) -> float:
        """Share of predicted pairs that are gold pairs (1.0 when nothing is predicted)."""
        return self.true_positives / len(self.predicted) if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of gold pairs that are predicted (1.0 when there are none)."""
        return self.true_positives / len(self.gold) if self.gold else 1.0


def _pairs(members_by_key: dict[str, list[str]]) -> set[Pair]:
    return {pair for members in members_by_key.values()
            for pair in itertools.combinations(sorted(members), 2)}


def gold_pairs(groups: dict[str, str]) -> set[Pair]:
    """Every pair of reports that share a group label."""
    members = defaultdict(list)
    for report_id, group in groups.items():
        members[group].append(report_id)
    return _pairs(members)


def predicted_pairs(reports: pd.DataFrame) -> set[Pair]:
    """Pairs the build links: one report's ``repost_of`` (or ``duplicate_of``, the byte-identical
    case) is the other, or both point at the same report."""
    original = reports["repost_of"].fillna(reports["duplicate_of"]).fillna(reports["report_id"])
    members = defaultdict(list)
    for report_id, key in zip(reports["report_id"], original, strict=True):
        members[key].append(report_id)
    return _pairs(members)


def score_reports(reports: pd.DataFrame, groups: dict[str, str]) -> PairScore:
    """Score the ``reports`` table of a build against ``groups`` (report id -> group label);
    only the reports named in ``groups`` count."""
    known = reports[reports["report_id"].isin(groups)]
    return PairScore(predicted_pairs(known), gold_pairs(groups))


def shingle_overlap(body_a: str, body_b: str) -> tuple[float, float]:
    """Exact Jaccard similarity of two bodies' sampled shingle sets (the sets the stage's
    MinHash estimates) and the containment of the smaller set in the larger: what a wrong
    pair really shares, free of MinHash noise."""
    a, b = shingle_hashes(body_a), shingle_hashes(body_b)
    if not len(a) or not len(b):
        return 0.0, 0.0
    shared = len(np.intersect1d(a, b, assume_unique=True))
    return shared / (len(a) + len(b) - shared), shared / min(len(a), len(b))


def overlap_margin(bodies: dict[str, str], groups: dict[str, str]) -> dict[str, tuple]:
    """The gold pair with the least shingle containment and the pair from different groups with
    the most: how far the thresholds sit from the set's hardest cases (all pairs are compared,
    which an evaluation set of tens of texts affords)."""
    least, most = (2.0, 0.0, "", ""), (-1.0, 0.0, "", "")
    for a, b in itertools.combinations(sorted(set(bodies) & set(groups)), 2):
        jaccard, contained = shingle_overlap(bodies[a], bodies[b])
        if groups[a] == groups[b]:
            least = min(least, (contained, jaccard, a, b))
        else:
            most = max(most, (contained, jaccard, a, b))
    return {"same group, least alike": least, "different groups, most alike": most}


def build_and_score(rows: list[dict[str, str]], texts: Path,
                    jobs: int = 1) -> tuple[PairScore, pd.DataFrame, dict[str, str]]:
    """Build the set's texts with ``womenfed build`` in a temporary folder; the score, the
    reports table and each report's cleaned body (its sentences)."""
    with tempfile.TemporaryDirectory(prefix="womenfed-reposts-") as work:
        raw = Path(work) / "raw"
        raw.mkdir()
        for row in rows:
            shutil.copyfile(Path(texts) / f"{row['id']}.txt", raw / f"{row['id']}.txt")
        build(raw, Path(work) / "tables", jobs=jobs, engine="local" if jobs <= 1 else "process",
              progress=False)
        corpus = read_tables(Path(work) / "tables")
    sentences = corpus.sentences.sort_values(["report_id", "sentence_id"], kind="stable")
    bodies = sentences.groupby("report_id")["text"].agg("\n".join).to_dict()
    score = score_reports(corpus.reports, {row["id"]: row["group"] for row in rows})
    return score, corpus.reports, bodies


def wrong_pair_lines(score: PairScore, reports: pd.DataFrame, bodies: dict[str, str],
                     rows: list[dict[str, str]]) -> list[str]:
    """One line per wrong pair: the two ids, their groups and sites, what the build recorded
    for each and the exact overlap of their cleaned bodies."""
    by_id = {row["id"]: row for row in rows}
    recorded = reports.set_index("report_id")
    lines = []
    for label, pairs in (("missed", score.false_negatives), ("wrongly linked", score.false_positives)):
        for a, b in pairs:
            jaccard, contained = shingle_overlap(bodies.get(a, ""), bodies.get(b, ""))
            ends = "; ".join(
                f"{i} [{by_id[i]['group']} @ {by_id[i]['site']}, {len(bodies.get(i, ''))} chars"
                f"{_link(recorded, i)}]" for i in (a, b))
            lines.append(f"{label}: {ends}; shingle Jaccard {jaccard:.2f}, "
                         f"containment {contained:.2f}")
    return lines


def _link(recorded: pd.DataFrame, report_id: str) -> str:
    if report_id not in recorded.index:
        return ", no report row"
    row = recorded.loc[report_id]
    if pd.isna(row["repost_of"]):
        return ""
    return (f", {row['repost_kind']} of {row['repost_of']} (similarity "
            f"{row['repost_similarity']:.2f}, containment {row['repost_containment']:.2f})")


# --- command line -------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/repostset.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--manifest", type=Path, default=MANIFEST)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help=f"every manifest row against ${SET_VARIABLE}")
    scoring = commands.add_parser("score", help="build the texts and score the repost clusters")
    scoring.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    return exit_code_of("repostset", lambda: _run(args))


def _run(args) -> int:
    rows = read_manifest(args.manifest, COLUMNS)
    texts = texts_dir(variable=SET_VARIABLE, readme=README)
    problems = {row["id"]: text_problems(row, texts)[0] for row in rows}
    problems = {id_: found for id_, found in problems.items() if found}
    for id_, found in problems.items():
        print("\n".join(f"{id_}: {problem}" for problem in found))
    if problems or args.command == "check":
        print(f"{len(rows)} manifest rows, {len(problems)} with problems", file=sys.stderr)
        return EXIT_PROBLEMS if problems else 0
    score, reports, bodies = build_and_score(rows, texts, args.jobs)
    groups = {row["id"]: row["group"] for row in rows}
    print(f"{len(rows)} texts in {len(set(groups.values()))} groups; {len(score.gold)} gold "
          f"pairs, {len(score.predicted)} predicted, {score.true_positives} right")
    print(f"pairwise precision {score.precision:.3f}, recall {score.recall:.3f}")
    for label, (contained, jaccard, a, b) in overlap_margin(bodies, groups).items():
        if a:
            print(f"{label}: {a} {b}, shingle containment {contained:.2f}, Jaccard {jaccard:.2f}")
    for line in wrong_pair_lines(score, reports, bodies, rows):
        print(line)
    return 0
