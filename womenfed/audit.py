"""A readable account of what the pipeline did to one report (``womenfed inspect FILE``).

A researcher who doubts a number or a missing sentence reads this to see which rule removed
or changed which raw span, what was flagged as garbled, and what metadata was inferred; with
the built tables (``--tables OUT``) also which other reports of the corpus are copies of it.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import clean, describe, read, reposts, segment
from .errors import InputError


@dataclass(frozen=True)
class Analysis:
    """One report read, cleaned, segmented and described: what ``inspect`` shows."""

    document: read.Document
    cleaned: clean.CleanText
    segmented: segment.Segmented
    metadata: describe.Metadata


def analyse(path: Path) -> Analysis:
    """Run the text stages of the pipeline on one file (raises ``InputError`` on bad input)."""
    document = read.read_document(Path(path))
    cleaned = clean.clean_text(document.text)
    segmented = segment.segment(cleaned.text)
    return Analysis(document, cleaned, segmented,
                    describe.describe(document.text, cleaned, segmented))


def render_report(path: Path) -> str:
    """Metadata, cleaned text (one sentence per line) and the edit log of one report file."""
    document, cleaned, segmented, metadata = vars(analyse(path)).values()
    lines = [f"# {document.path}", f"encoding: {document.encoding}  sha256: {document.sha256}",
             "", "## metadata"]
    for name, value in vars(metadata).items():
        if isinstance(value, list):
            value = "; ".join(value)
        lines.append(f"{name}: {value if value not in (None, '') else '-'}")
    lines += ["", f"## cleaned text ({len(segmented.sentences)} sentences)"]
    section = None
    for sentence in segmented.sentences:
        if sentence.section != section:
            section = sentence.section
            lines.append(f"[section] {section or '(before the first heading)'}")
        raw_start, raw_end = cleaned.raw_span(sentence.start, sentence.end)
        lines.append(f"{sentence.sentence_id:>4} raw {raw_start}-{raw_end}  {sentence.text}")
    by_rule = Counter(edit.rule for edit in cleaned.edits)
    lines += ["", "## edits by rule"] + [f"{rule}: {n}" for rule, n in sorted(by_rule.items())]
    lines += ["", "## edits (raw span: before -> after)"]
    lines += [f"{e.raw_start}-{e.raw_end} {e.rule}: {e.before!r} -> {e.after!r}"
              for e in cleaned.edits]
    lines += ["", "## garbled spans"]
    lines += [f"{g.raw_start}-{g.raw_end} {g.text!r} -> "
              f"{'flagged, excluded' if g.repaired is None else repr(g.repaired)}"
              for g in cleaned.garbles] or ["(none)"]
    return "\n".join(lines)


def find_report(reports: pd.DataFrame, target: str, tables_dir: Path) -> pd.Series:
    """The row of ``reports`` that ``target`` names: a report id, or a file that is the row's
    path (the same file on disk, or, when the tables were built from another working folder,
    the only row with the file's name and bytes). ``InputError`` when no row matches."""
    by_id = reports[reports["report_id"] == target]
    if len(by_id):
        return by_id.iloc[0]
    path = Path(target)
    if path.is_file():
        same_file = reports[[_same_file(path, stored) for stored in reports["path"]]]
        if len(same_file):
            return same_file.iloc[0]
        sha256 = read.file_digest(path)
        same_bytes = reports[(reports["sha256"] == sha256)
                             & (reports["path"].map(lambda p: Path(p).name) == path.name)]
        if len(same_bytes) == 1:
            return same_bytes.iloc[0]
    raise InputError("inspect", f"not a report of the tables in {tables_dir} (no row has this "
                                f"report id or this file as its path)")


def _same_file(path: Path, stored: str) -> bool:
    try:
        return os.path.samefile(path, stored)
    except OSError:  # the stored path is not there from this working folder
        return False


def render_reposts(reports: pd.DataFrame, report_id: str) -> str:
    """The report's repost cluster (``womenfed.reposts``): its canonical report, how this
    report is linked to it, and every other copy with its kind, scores and path."""
    cluster = reposts.cluster_of(reports, report_id)
    lines = ["## reposts"]
    if len(cluster) == 1:
        return "\n".join(lines + ["(no other copies in these tables)"])
    canonical = cluster.iloc[0]
    lines.append(f"canonical report: {canonical['report_id']}  {canonical['path']}")
    lines.append(f"this report: {_link_text(cluster[cluster['report_id'] == report_id].iloc[0])}")
    lines.append(f"other copies ({len(cluster) - 1}):")
    lines += [f"  {row['report_id']}  {_link_text(row)}  {row['path']}"
              for _, row in cluster.iterrows() if row["report_id"] != report_id]
    return "\n".join(lines)


def _link_text(row: pd.Series) -> str:
    if not isinstance(row["repost_of"], str):
        return "canonical"
    return (f"{row['repost_kind']} of {row['repost_of']} (similarity "
            f"{row['repost_similarity']:.2f}, containment {row['repost_containment']:.2f})")
