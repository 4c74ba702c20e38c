"""Reposts: the same report published on several sites is counted once.

A county federation's report is reposted by the city federation, a government portal, a news
site, a traditional-script mirror and a document-sharing site, each with its own menus,
bylines and truncation. Byte-identical files are already marked (``duplicate_of``); this
stage finds near-duplicates over the cleaned, simplified body (boilerplate already removed),
so script, pinyin artefacts and site chrome no longer hide them.

How: character shingles of the body (punctuation and spaces dropped), a MinHash signature per
report and locality-sensitive hashing (datasketch) to find candidates without comparing all
pairs; reports are taken in corpus order and each is compared with the indexed first member
of the clusters it shares an LSH bucket with, judged on the estimated Jaccard similarity and
on the containment of the shorter text in the longer (computed from the Jaccard estimate and
the exact shingle counts, so no shingle set is kept in memory):
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
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd
from datasketch import LeanMinHash, MinHash, MinHashLSH

SHINGLE = 5
SAMPLE_EVERY = 4
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
    report_id: str
    date: str | None
    path: str
    minhash: LeanMinHash
    n_shingles: int


def shingle_hashes(body: str) -> np.ndarray:
    """Distinct 32-bit hashes of the body's character ``SHINGLE``-grams (punctuation and
    spaces dropped), keeping only the ``1 / SAMPLE_EVERY`` whose hash falls in one residue class.

    The sample is chosen by hash, so two texts keep the same shingles wherever they share them
    and the Jaccard similarity of the samples estimates that of the whole sets; it makes
    the MinHash step ``SAMPLE_EVERY`` times cheaper. The rolling polynomial hash is computed
    with numpy on code points (hand-written: datasketch hashes one item per Python call)."""
    text = NOT_TEXT.sub("", body)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    count = len(codes) - SHINGLE + 1
    if count <= 0:
        return np.zeros(0, np.uint64)
    hashes = np.zeros(count, np.uint64)
    for offset in range(SHINGLE):  # wraps modulo 2**64: the same on every machine
        hashes = hashes * np.uint64(1_000_003) + codes[offset:offset + count]
    hashes ^= hashes >> np.uint64(29)  # a 64-bit finaliser (splitmix64) spreads the bits
    hashes *= np.uint64(0xBF58476D1CE4E5B9)
    hashes ^= hashes >> np.uint64(32)
    hashes &= np.uint64(0xFFFFFFFF)
    return np.unique(hashes[hashes % np.uint64(SAMPLE_EVERY) == 0])


class RepostIndex:
    """Reports added one at a time (only their signatures are kept), reposts found at the end.

    Only one member of each cluster (its first) is indexed for LSH: a report that copies it
    joins the cluster without being indexed, so a corpus holding thousands of copies of one
    text costs one comparison per copy, not one per pair of copies.
    """

    def __init__(self) -> None:
        self._signed: dict[str, _Signed] = {}
        self._lsh = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)
        self._copies: list[tuple[str, str]] = []
        self._excerpts: list[tuple[str, str, float]] = []

    def add(self, report_id: str, body: str, date: str | None, path: str) -> None:
        """Sign one report; a ``date`` that is not a date string (None, or the NaN a pandas
        column holds for a missing date) makes it undated for the canonical rule."""
        date = date if isinstance(date, str) and date else None
        hashes = shingle_hashes(body)
        if len(NOT_TEXT.sub("", body)) < MIN_CHARS or not len(hashes):
            return
        minhash = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int)
        minhash.update_batch(hashes.tolist())
        signed = _Signed(report_id, date, path, LeanMinHash(minhash), len(hashes))
        self._signed[report_id] = signed
        judged = [(self._judge(signed, self._signed[other]), other)
                  for other in sorted(self._lsh.query(signed.minhash))]
        copies = [(similarity, other) for (similarity, _), other in judged
                  if similarity >= COPY_SIMILARITY]
        if copies:
            self._copies.append((report_id, max(copies)[1]))
            return
        self._lsh.insert(report_id, signed.minhash)
        for (_, contained), other in judged:
            if contained >= EXCERPT_CONTAINMENT:
                shorter, longer = sorted((report_id, other),
                                         key=lambda r: (self._signed[r].n_shingles, r))
                self._excerpts.append((shorter, longer, contained))

    def reposts(self) -> pd.DataFrame:
        """One row per report that is a copy or an excerpt of another (columns ``COLUMNS``)."""
        return _rows(self._signed, self._copies, self._excerpts)

    @staticmethod
    def _judge(a: _Signed, b: _Signed) -> tuple[float, float]:
        """Estimated Jaccard similarity, and containment of the shorter text in the longer."""
        similarity = a.minhash.jaccard(b.minhash)
        n_shorter, n_longer = sorted((a.n_shingles, b.n_shingles))
        return similarity, _containment(similarity, n_shorter, n_longer)


def find_reposts(reports: Iterable[ReportBody]) -> pd.DataFrame:
    """``RepostIndex`` over the given reports."""
    index = RepostIndex()
    for report in reports:
        index.add(report.report_id, report.body, report.date, report.path)
    return index.reposts()


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

    for a, b in copies:
        parent[root(a)] = root(b)
    members: dict[str, list[str]] = {}
    for report_id in sorted(signed):
        members.setdefault(root(report_id), []).append(report_id)
    canonical = {}
    for group in members.values():
        first = min(group, key=lambda r: _canonical_order(signed[r]))
        canonical.update(dict.fromkeys(group, first))
    fuller: dict[str, tuple[float, str]] = {}
    for shorter, longer, contained in excerpts:  # links between clusters, by their canonicals
        part, whole = canonical[shorter], canonical[longer]
        if part != whole and contained > fuller.get(part, (-1.0, ""))[0]:
            fuller[part] = (contained, whole)
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
    return (not signed.date, signed.date or "", -signed.n_shingles, signed.path, signed.report_id)


def other_copies(reports: pd.DataFrame) -> dict[str, str]:
    """Per report, the other members of its repost cluster (its original and the other copies
    and excerpts), joined with ``;``; reports without copies are left out. Reads the
    ``copies`` column that ``Corpus.counted_once`` leaves on the reports it keeps, else the
    ``repost_of`` links."""
    if "copies" in reports:
        return {r: c for r, c in zip(reports["report_id"], reports["copies"], strict=True)
                if isinstance(c, str) and c}
    if "repost_of" not in reports:
        return {}
    clusters: dict[str, set[str]] = {}
    for report_id, original in zip(reports["report_id"], reports["repost_of"], strict=True):
        if isinstance(original, str):
            clusters.setdefault(original, {original}).add(report_id)
    return {member: ";".join(sorted(cluster - {member}))
            for cluster in clusters.values() for member in sorted(cluster)}


def cluster_of(reports: pd.DataFrame, report_id: str) -> pd.DataFrame:
    """The rows of ``report_id``'s repost cluster, its canonical report first, then the others
    by id; only the report's own row when it has no copies. Every link names the cluster's
    canonical report (``_rows`` follows excerpt links to the end), so the cluster is that
    report and every row whose ``repost_of`` names it."""
    (original,) = reports.loc[reports["report_id"] == report_id, "repost_of"]
    canonical = original if isinstance(original, str) else report_id
    members = reports[(reports["report_id"] == canonical) | (reports["repost_of"] == canonical)]
    others_last = members["report_id"] != canonical
    return members.iloc[np.lexsort((members["report_id"].to_numpy(), others_last.to_numpy()))] \
        .reset_index(drop=True)


def counted_once(reports: pd.DataFrame) -> np.ndarray:
    """Mask of the reports that count when each repost cluster is counted once."""
    if "repost_of" not in reports:
        return np.ones(len(reports), dtype=bool)
    return reports["repost_of"].isna().to_numpy()
