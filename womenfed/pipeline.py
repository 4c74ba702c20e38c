"""One report in, its table rows out: read -> clean -> segment -> describe -> extract.

``process_report`` is a pure function of the file and the per-worker context, so a corpus is a
map over files (womenfed.engines) and a cached result can stand in for a recomputed one.
It never raises: a failure at any stage becomes one ``errors`` row naming the file and stage.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from pathlib import Path

from . import clean, describe, entities, limits, places, quantities, read, relations, segment, terms, typology
from .agencies import one_name_per_body, without_the_author
from .errors import InputError
from .sources import UNLISTED, Listing
from .tokenize import Tokenizer

ReportRows = dict[str, list[dict]]


@dataclass(frozen=True)
class ReportTask:
    """What one unit of work needs to know: the file, the id its rows will carry, and what
    the folder's ``SOURCES.csv`` lists for it (url, date), if anything."""

    path: str
    report_id: str
    listing: Listing | None = None


@dataclass
class PipelineContext:
    """What each worker loads once and reuses for every report (dictionaries, gazetteer,
    limits)."""

    engine: str = "rjieba"
    user_dir: str | None = None
    max_bytes: int = read.MAX_BYTES
    time_limit: float | None = limits.DEFAULT_SECONDS
    tokenizer: Tokenizer = field(init=False, repr=False)
    gazetteer: places.Gazetteer = field(init=False, repr=False)

    def __post_init__(self):
        self.tokenizer = Tokenizer(engine=self.engine, user_dir=self.user_dir)
        self.gazetteer = places.default_gazetteer()


def process_report(task: ReportTask, context: PipelineContext) -> ReportRows:
    """Run every per-report stage on one file; return its rows, or one ``errors`` row."""
    stage = "read"
    try:
        with limits.time_limit(context.time_limit):
            document = read.read_document(Path(task.path), task.report_id, context.max_bytes)
            stage = "clean"
            cleaned = clean.clean_text(document.text)
            stage = "segment"
            segmented = segment.segment(cleaned.text)
            stage = "describe"
            metadata = describe.describe(document.text, cleaned, segmented, context.gazetteer,
                                         task.listing or UNLISTED)
            stage = "extract"
            return _rows(document, cleaned, segmented, metadata, context)
    except limits.TimeLimitExceeded:
        return error_rows(task.path, stage, "TimeLimitExceeded",
                          f"gave up after {context.time_limit:g} s, the time limit for one "
                          f"file (womenfed build --time-limit)")
    except InputError as exc:
        return error_rows(task.path, exc.stage, type(exc).__name__, exc.message)
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop the others
        where = traceback.extract_tb(exc.__traceback__)[-1]
        message = f"{exc} (at {Path(where.filename).name}:{where.lineno})"
        return error_rows(task.path, stage, type(exc).__name__, message)


def error_rows(path: str, stage: str, error: str, message: str) -> ReportRows:
    return {"errors": [{"path": read.display_path(path), "stage": stage, "error": error, "message": message}]}


def _rows(document, cleaned, segmented, metadata, context) -> ReportRows:
    report_id = document.report_id
    out: ReportRows = {"sentences": [], "quantities": [], "entities": [], "relations": []}
    sentence_rows, quantity_rows = out["sentences"], out["quantities"]
    entity_rows, relation_rows = out["entities"], out["relations"]
    raw_span = cleaned.raw_span
    heading_levels = {heading.start: heading.level for heading in segmented.headings}
    types = typology.classify_sentences([(s.text, s.section) for s in segmented.sentences],
                                        [heading_levels.get(s.start, 0) for s in segmented.sentences])
    texts = [sentence.text for sentence in segmented.sentences]
    # Each extractor runs over all the report's sentences in turn, not all extractors over
    # each sentence: one stage's patterns and lexicons stay in the CPU caches while it runs.
    all_quantities = quantities.report_quantities(texts)
    named = one_name_per_body(entities.one_name_per_programme(
        entities.named_again(texts, list(map(entities.extract_entities, texts)))))
    all_entities = without_the_author(named, metadata.organisation)
    # the sentence's grammar is read with the author's name in it (携手甲局、乙院开展…: 乙院 stays
    # in the list the author opens); only its own links are dropped, as its name is
    all_relations = [[relation for relation in found if _kept_ends(relation, kept)]
                     for found, kept in zip(map(relations.relate, texts, named, all_quantities),
                                            all_entities, strict=True)]
    for sentence, programme_type, found_quantities, found_entities, found_relations in zip(
            segmented.sentences, types, all_quantities, all_entities, all_relations, strict=True):
        text, offset, sentence_id = sentence.text, sentence.start, sentence.sentence_id
        raw_start, raw_end = raw_span(offset, sentence.end)
        sentence_rows.append({
            "report_id": report_id, "sentence_id": sentence_id,
            "section": sentence.section, "paragraph": sentence.paragraph, "text": text,
            "start": offset, "end": sentence.end, "raw_start": raw_start,
            "raw_end": raw_end, "programme_type": programme_type,
        })
        for quantity in found_quantities:
            start, end = offset + quantity.start, offset + quantity.end
            raw_start, raw_end = raw_span(start, end)
            quantity_rows.append({
                "report_id": report_id, "sentence_id": sentence_id,
                "text": quantity.text, "value": quantity.value, "value_max": quantity.value_max,
                "unit": quantity.unit, "approx": quantity.approx, "kind": quantity.kind,
                "indicator": quantity.indicator, "start": start, "end": end,
                "raw_start": raw_start, "raw_end": raw_end,
            })
        for entity in found_entities:
            start, end = offset + entity.start, offset + entity.end
            raw_start, raw_end = raw_span(start, end)
            entity_rows.append({
                "report_id": report_id, "sentence_id": sentence_id,
                "type": entity.type, "name": entity.name, "canonical": entity.canonical,
                "role": entity.role,
                "start": start, "end": end, "raw_start": raw_start, "raw_end": raw_end,
            })
        for relation in found_relations:
            relation_rows.append({
                "report_id": report_id, "sentence_id": sentence_id,
                "source_type": relation.source_type, "source": relation.source,
                "target_type": relation.target_type, "target": relation.target,
            })
    out["terms"] = terms.term_counts(report_id, texts, context.tokenizer)
    out["edits"] = [{"report_id": report_id, "rule": e.rule, "raw_start": e.raw_start,
                     "raw_end": e.raw_end, "before": e.before, "after": e.after}
                    for e in cleaned.edits]
    out["reports"] = [{
        "report_id": report_id, "path": document.path, "sha256": document.sha256,
        "encoding": document.encoding, "url": metadata.url, "title": metadata.title,
        "source": metadata.source, "date": metadata.date, "date_source": metadata.date_source,
        "period": metadata.period, "organisation": metadata.organisation,
        "organisation_evidence": metadata.organisation_evidence,
        "admin_level": metadata.admin_level, "province": metadata.province,
        "city": metadata.city, "county": metadata.county, "township": metadata.township,
        "place_source": metadata.place_source,
        "authors": ";".join(metadata.authors), "contradictions": "; ".join(metadata.contradictions),
        "script": cleaned.script(), "duplicate_of": None,
        "repost_of": None, "repost_kind": None, "repost_similarity": None,
        "repost_containment": None,
        "n_chars_raw": len(document.text), "n_chars_clean": len(cleaned.text),
        "n_sentences": len(segmented.sentences), "n_edits": len(cleaned.edits),
        "n_garbled": len(cleaned.garbles),
    }]
    return out


def _kept_ends(relation, kept) -> bool:
    """Whether each agency a relation links is among the sentence's names once the author's own
    were dropped (a body does not partner itself)."""
    names = {entity.canonical for entity in kept if entity.type == "agency"}
    return all(name in names for kind, name in ((relation.source_type, relation.source),
                                                (relation.target_type, relation.target))
               if kind == "agency")
