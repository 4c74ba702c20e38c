"""Intercoder agreement: how far two people who hand-code the same reports agree, field by field,
and how the package compares with each of them on those reports.

Content analysis reports the reliability of its coding before the validity of a tool: a target
of 0.95 for a field on which two careful coders agree 0.85 of the time cannot be checked, and an
"error" of the tool there may be the coders' disagreement. ``agreement`` scores a second coder's
gold files against the first's with the very matching ``womenfed evaluate`` uses (so the figures
are comparable with the tool's), and the tool against each coder on the same reports.

Measures: for sets of names, quantities and relations, F1 between the coders (symmetric: which
coder is "gold" only swaps precision and recall), the positive specific agreement that
Hripcsak & Rothschild (2005) recommend where chance agreement is undefined; for single-valued
fields, the share of reports where the two agree and Krippendorff's alpha (nominal, with "none"
as a value of its own); for sentence types, the share of the first coder's sentences whose type
the second coder's section gives too. Intervals resample reports, as ``evaluate`` does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import krippendorff
import numpy as np

from .corpus import Corpus
from .errors import InputError
from .evaluation import (
    BOOTSTRAP_SAMPLES,
    DEFAULT_SEED,
    FIELDS,
    SENTENCE_FIELDS,
    SINGLE_FIELDS,
    field_totals,
    gold_items,
    label_sections,
    measure_cell,
    predicted_items,
    read_built_tables,
    read_gold,
    score_report,
)

# What each table row compares: the two coders, then the package against each.
COMPARISONS = ("coders", "tool_vs_first", "tool_vs_second")
NONE_VALUE = "(none)"


@dataclass
class Agreement:
    """Totals per comparison and field, alpha per single-valued field, and the reports used."""

    totals: dict[str, dict[str, dict]]
    alpha: dict[str, float | None]
    reports: list[str]
    only_first: list[str] = field(default_factory=list)
    only_second: list[str] = field(default_factory=list)
    seed: int = DEFAULT_SEED
    samples: int = BOOTSTRAP_SAMPLES

    def to_markdown(self, title: str = "Intercoder agreement") -> str:
        return agreement_markdown(self, title)


def agreement(first: Path, second: Path, tables: Path | Corpus, seed: int = DEFAULT_SEED,
              samples: int = BOOTSTRAP_SAMPLES) -> Agreement:
    """Compare two coders' gold folders over the reports both coded, and the package's tables
    (``womenfed build`` of those reports' texts: their sentences place the coders' section
    labels) against each coder.

    Examples
    --------
    >>> result = agreement("gold/coder_a", "gold/coder_b", "tables")  # doctest: +SKIP
    >>> result.totals["coders"]["agencies"]["f1"]  # doctest: +SKIP
    """
    corpus = tables if isinstance(tables, Corpus) else read_built_tables(Path(tables))
    first_gold, second_gold = read_gold(first), read_gold(second)
    shared = sorted(first_gold.keys() & second_gold.keys())
    if not shared:
        raise InputError("agreement", f"{first} and {second}: no report coded in both "
                                      "(gold files are matched by file name)")
    built = set(corpus.reports["report_id"])
    unbuilt = [report_id for report_id in shared if report_id not in built]
    if unbuilt:
        raise InputError("agreement", f"{', '.join(unbuilt)}: coded but not in the tables "
                                      "(build the coded reports' texts first)")
    per_comparison = {name: [] for name in COMPARISONS}
    for report_id in shared:
        one, other = gold_items(first_gold[report_id]), gold_items(second_gold[report_id])
        tool = predicted_items(corpus, report_id)
        coders = score_report(one, {**other, "sentence_types": []})
        coders["sentence_types"] = sentence_agreement(
            one["sentence_types"], other["sentence_types"], tool["sentence_types"])
        per_comparison["coders"].append(coders)
        per_comparison["tool_vs_first"].append(score_report(one, tool))
        per_comparison["tool_vs_second"].append(score_report(other, tool))
    totals = {name: field_totals(scores, seed, samples)
              for name, scores in per_comparison.items()}
    alpha = {name: nominal_alpha([s[name]["gold"] for s in per_comparison["coders"]],
                                 [s[name]["predicted"] for s in per_comparison["coders"]])
             for name in SINGLE_FIELDS if name != "date_or_period"}  # a pair: no single value
    return Agreement(totals, alpha, shared, sorted(first_gold.keys() - second_gold.keys()),
                     sorted(second_gold.keys() - first_gold.keys()), seed, samples)


def sentence_agreement(first_labels: list[tuple[str, str]], second_labels: list[tuple[str, str]],
                       sentences: list[tuple[str, str | None]]) -> dict:
    """Of the sentences the first coder's sections cover, how many the second coder's sections
    give a type of the first's (a section may carry two types); scored as the tool's types are."""
    plain = [(letters, None) for letters, _ in sentences]
    second_types: list[set[str]] = [set() for _ in sentences]
    for start, end, types in label_sections(second_labels, plain):
        for index in range(start, end):
            second_types[index] = types
    right = wrong = counted = 0
    for start, end, wanted in label_sections(first_labels, plain):
        for index in range(start, end):
            counted += 1
            if second_types[index] & wanted:
                right += 1
            else:
                wrong += bool(second_types[index])
    return {"tp": right, "fp": wrong, "fn": counted - right, "counted": counted}


def nominal_alpha(first: list, second: list) -> float | None:
    """Krippendorff's alpha for two coders' values of one field over reports (nominal); both
    coders leaving the field empty is agreement on the value "none". None when every value is
    the same (alpha is undefined without variation)."""
    values = [NONE_VALUE if v is None else str(v) for v in (*first, *second)]
    domain = sorted(set(values))
    if len(domain) < 2:
        return None
    codes = np.array([domain.index(v) for v in values], dtype=float).reshape(2, -1)
    return round(float(krippendorff.alpha(reliability_data=codes,
                                           level_of_measurement="nominal")), 4)


def agreement_markdown(result: Agreement, title: str) -> str:
    """The table a methods section reports: agreement of the coders beside the tool's scores."""
    lines = [f"# {title}", "",
             f"{len(result.reports)} reports coded by both coders; 95% intervals from "
             f"{result.samples} bootstrap resamples of reports (seed {result.seed}). Sets "
             "(quantities, names, relations, report types): F1. Single-valued fields and "
             "sentence types: share of reports (sentences) where the two sides agree, over those "
             "where either gives a value; alpha: Krippendorff's nominal alpha of the two coders.",
             "", "| field | coders agree | alpha | tool vs first coder | tool vs second coder |",
             "|---|---|---|---|---|"]
    for name in FIELDS:
        measure = "accuracy" if name in SINGLE_FIELDS or name in SENTENCE_FIELDS else "f1"
        alpha = result.alpha.get(name)
        cells = [measure_cell(result.totals[c][name], measure) for c in COMPARISONS]
        lines.append(f"| {name} | {cells[0]} | "
                     f"{'–' if alpha is None else f'{alpha:.2f}'} | {cells[1]} | {cells[2]} |")
    for side, ids in (("first", result.only_first), ("second", result.only_second)):
        if ids:
            lines += ["", f"Coded by the {side} coder only (left out): "
                          + ", ".join(f"`{i}`" for i in ids)]
    return "\n".join(lines) + "\n"


__all__ = ["Agreement", "agreement", "agreement_markdown", "nominal_alpha", "sentence_agreement"]
