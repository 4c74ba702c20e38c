"""The sample corpus run through clean -> segment -> extract once, for the extraction tests."""

from __future__ import annotations

from functools import cache

from womenfed.clean import clean_text
from womenfed.entities import extract_entities
from womenfed.quantities import extract_quantities
from womenfed.relations import relate
from womenfed.segment import segment
from womenfed.typology import classify

from .conftest import RAW_DIR, load_gold


@cache
def extracted() -> dict[str, list[dict]]:
    """Per report: one dict per sentence with its text, entities, quantities, relations, type."""
    out = {}
    for stem in load_gold():
        cleaned = clean_text((RAW_DIR / f"{stem}.txt").read_text(encoding="utf-8"))
        rows = []
        for sentence in segment(cleaned.text).sentences:
            entities = extract_entities(sentence.text)
            quantities = extract_quantities(sentence.text)
            rows.append({"text": sentence.text, "entities": entities, "quantities": quantities,
                         "relations": relate(sentence.text, entities, quantities),
                         "type": classify(sentence.text, sentence.section)})
        out[stem] = rows
    return out
