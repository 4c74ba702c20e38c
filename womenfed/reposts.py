"""Reposts: the same report published on several sites is counted once.

A county federation's report is reposted by the city federation, a government portal, a news
site, a traditional-script mirror and a document-sharing site, each with its own menus,
bylines and truncation. Byte-identical files are already marked (``duplicate_of``); this
stage finds near-duplicates over the cleaned, simplified body (boilerplate already removed),
so script, pinyin artefacts and site chrome no longer hide them.

How: character shingles of the body (punctuation and spaces dropped), a MinHash signature per
report and locality-sensitive hashing (datasketch) to find candidate pairs without comparing
all pairs; each candidate pair is then judged on its estimated Jaccard similarity and on the
containment of the shorter text in the longer (computed from the Jaccard estimate and the
exact shingle counts, so no shingle set is kept in memory):
- a **copy** (similarity ≥ ``COPY_SIMILARITY``) joins the cluster of its original; the
  cluster's canonical member is the earliest dated, then the most complete (longest), then
  the first by path;
- an **excerpt** (the shorter text mostly contained in the longer, ``EXCERPT_CONTAINMENT``)
  is linked to the canonical member of the fuller text's cluster with its containment score;
  it never merges two clusters, and its own copies point at the fuller text too.
Everything is seeded and sorted, so the same corpus gives the same clusters.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd
from datasketch import LeanMinHash, MinHash, MinHashLSH

SHINGLE = 5
NUM_PERM = 128
SEED = 20261127
# LSH finds pairs above about this Jaccard similarity; an excerpt of a third of a report
# still has about this similarity with the whole.
CANDIDATE_THRESHOLD = 0.3
COPY_SIMILARITY = 0.7
EXCERPT_CONTAINMENT = 0.8
# Bodies shorter than this many characters (after punctuation is dropped) are not compared:
# a few shared phrases would make them look alike.
MIN_CHARS = 80
NOT_TEXT = re.compile(r"[^\w]|_", re.UNICODE)
COLUMNS = ["report_id", "repost_of", "repost_kind", "repost_similarity", "repost_containment"]


@dataclass(frozen=True)
class ReportBody:
    """What the repost stage needs of one report: its cleaned body and the canonical rule's keys."""

    report_id: str
    body: str
    date: str | None
    path: str


@dataclass
class _Signed:
    report: ReportBody
    minhash: LeanMinHash
    n_shingles: int


def shingles(body: str) -> set[bytes]:
    """Character ``SHINGLE``-grams of the body with punctuation and spaces dropped."""
    text = NOT_TEXT.sub("", body)
    return {text[i:i + SHINGLE].encode("utf-8") for i in range(len(text) - SHINGLE + 1)}


def find_reposts(reports: Iterable[ReportBody]) -> pd.DataFrame:
    """One row per report that is a copy or an excerpt of another (columns ``COLUMNS``)."""
    signed = {}
    for report in reports:
        grams = shingles(report.body)
        if len(grams) + SHINGLE - 1 >= MIN_CHARS:
            minhash = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=zlib.crc32)
            minhash.update_batch(sorted(grams))
            signed[report.report_id] = _Signed(report, LeanMinHash(minhash), len(grams))
    pairs = _candidate_pairs(signed)
    copies, excerpts = [], []
    for a, b in pairs:
        similarity = signed[a].minhash.jaccard(signed[b].minhash)
        shorter, longer = sorted((a, b), key=lambda r: (signed[r].n_shingles, r))
        contained = _containment(similarity, signed[shorter].n_shingles, signed[longer].n_shingles)
        if similarity >= COPY_SIMILARITY:
            copies.append((a, b, similarity))
        elif contained >= EXCERPT_CONTAINMENT:
            excerpts.append((shorter, longer, similarity, contained))
    return _rows(signed, copies, excerpts)


def _candidate_pairs(signed: dict[str, _Signed]) -> list[tuple[str, str]]:
    """Pairs that share an LSH bucket, each once, in a stable order."""
    lsh = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)
    for report_id in sorted(signed):
        lsh.insert(report_id, signed[report_id].minhash)
    pairs = set()
    for report_id in sorted(signed):
        for other in lsh.query(signed[report_id].minhash):
            if other != report_id:
                pairs.add(tuple(sorted((report_id, other))))
    return sorted(pairs)


def _containment(similarity: float, n_shorter: int, n_longer: int) -> float:
    """Share of the shorter text's shingles found in the longer, from J = |A∩B| / |A∪B|."""
    shared = similarity * (n_shorter + n_longer) / (1 + similarity)
    return min(1.0, shared / n_shorter) if n_shorter else 0.0


def _rows(signed: dict[str, _Signed], copies, excerpts) -> pd.DataFrame:
    parent = {report_id: report_id for report_id in signed}

    def root(report_id: str) -> str:
        while parent[report_id] != report_id:
            parent[report_id] = parent[parent[report_id]]
            report_id = parent[report_id]
        return report_id

    for a, b, _ in copies:
        parent[root(a)] = root(b)
    members: dict[str, list[str]] = {}
    for report_id in sorted(signed):
        members.setdefault(root(report_id), []).append(report_id)
    canonical = {}
    for group in members.values():
        first = min(group, key=lambda r: _canonical_order(signed[r]))
        canonical.update(dict.fromkeys(group, first))
    fuller: dict[str, tuple[float, str]] = {}
    for shorter, longer, _, contained in excerpts:
        if canonical[shorter] == shorter and canonical[longer] != shorter \
                and contained > fuller.get(shorter, (-1.0, ""))[0]:
            fuller[shorter] = (contained, canonical[longer])
    rows = []
    for report_id in sorted(signed):
        original = canonical[report_id]
        while original in fuller:  # excerpt links run from shorter to longer texts: no cycle
            original = fuller[original][1]
        if original != report_id:
            rows.append(_link(signed, report_id, original))
    frame = pd.DataFrame(rows, columns=COLUMNS)
    return frame.sort_values("report_id", kind="stable").reset_index(drop=True)


def _link(signed: dict[str, _Signed], report_id: str, original: str) -> tuple:
    """A row: a copy of ``original`` if similar enough to it, otherwise an excerpt of it."""
    similarity = signed[report_id].minhash.jaccard(signed[original].minhash)
    contained = _containment(similarity, signed[report_id].n_shingles,
                             signed[original].n_shingles)
    kind = "copy" if similarity >= COPY_SIMILARITY else "excerpt"
    return report_id, original, kind, round(float(similarity), 4), round(float(contained), 4)


def _canonical_order(signed: _Signed) -> tuple:
    """Earliest date first (undated last), then the most complete text, then the path."""
    date = signed.report.date
    return (date is None or date == "", date or "", -signed.n_shingles, signed.report.path,
            signed.report.report_id)


def counted_once(reports: pd.DataFrame) -> np.ndarray:
    """Mask of the reports that count when each repost cluster is counted once."""
    if "repost_of" not in reports:
        return np.ones(len(reports), dtype=bool)
    return reports["repost_of"].isna().to_numpy()
