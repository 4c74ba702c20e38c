"""A readable account of what the pipeline did to one report (``womenfed inspect FILE``).

A researcher who doubts a number or a missing sentence reads this to see which rule removed
or changed which raw span, what was flagged as garbled, and what metadata was inferred.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from . import clean, describe, read, segment


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
