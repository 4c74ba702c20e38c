"""Shared fixtures: the sample corpus, its gold annotations, and one build of it per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW_DIR = ROOT / "data" / "raw"
GOLD_DIR = Path(__file__).resolve().parent / "gold"


def describe_text(text: str, url: str | None = None, date: str | None = None):
    """``describe`` of one raw text as the pipeline calls it (cleaned, segmented, with what a
    ``SOURCES.csv`` would list for it)."""
    from womenfed.clean import clean_text
    from womenfed.describe import describe
    from womenfed.segment import segment
    from womenfed.sources import Listing

    cleaned = clean_text(text)
    return describe(text, cleaned, segment(cleaned.text), listing=Listing(url, date))


def assert_author(meta, organisation: str | None, level: str | None, note: str = "") -> None:
    """The reporting body of a probe page and its level, as the scorer compares them: the
    organisation in its short form, a bare level word (区妇联) named by the page's own place;
    ``None`` for no author (``level`` ``None``: not checked)."""
    from womenfed.evaluation import _agrees, named_body, organisation_key

    items = {"organisation": organisation_key(meta.organisation)} | {
        key: getattr(meta, key) for key in ("province", "city", "county", "township")}
    predicted = named_body(items)
    assert (predicted is None) == (organisation is None) and (
        organisation is None or _agrees("organisation", organisation_key(organisation), predicted)), \
        (note, meta.organisation)
    if level is not None:
        assert meta.admin_level == level, (note, meta.admin_level)


def load_gold() -> dict[str, dict]:
    """Gold annotations by report id (file stem)."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(GOLD_DIR.glob("*.json"))}


@pytest.fixture(scope="session")
def gold() -> dict[str, dict]:
    return load_gold()


@pytest.fixture(scope="session")
def sample_corpus(tmp_path_factory):
    """The sample corpus built once into a temporary folder (tables as DataFrames)."""
    from womenfed.corpus import build, read_tables

    out = tmp_path_factory.mktemp("processed")
    build(RAW_DIR, out)
    return read_tables(out)


@pytest.fixture(scope="session")
def sample_evaluation(sample_corpus):
    """The sample corpus's tables scored against the gold by ``womenfed evaluate``."""
    from womenfed.evaluation import evaluate

    return evaluate(sample_corpus, GOLD_DIR)


# Rules that recognise their span from its context (page cuts, datelines, garbles): a raw span
# cut out of its report is re-cleaned with the report's own edits of these kinds applied first.
CONTEXT_RULES = ("join_page_fragments", "strip_inline_boilerplate", "repair_garbles")


def clean_span(raw: str, raw_start: int, raw_end: int, edits) -> str:
    """``raw[raw_start:raw_end]`` cleaned, with the report's context edits inside it applied."""
    from womenfed.clean import clean_text

    inside = edits[edits["rule"].isin(CONTEXT_RULES) & (edits["raw_start"] >= raw_start)
                   & (edits["raw_end"] <= raw_end)]
    pieces, position = [], raw_start
    for edit in inside.sort_values("raw_start").itertuples():
        pieces += [raw[position:edit.raw_start], edit.after]
        position = edit.raw_end
    pieces.append(raw[position:raw_end])
    return clean_text("".join(pieces)).text.strip()


def write_tables_and_gold(folder: Path, tables: dict[str, list[dict]],
                          golds: dict[str, dict]) -> tuple[Path, Path]:
    """Tables written by hand through the package's own table writer, and gold files by
    stem, in ``folder``: the two folders ``womenfed evaluate`` reads."""
    from womenfed import publish
    from womenfed.tables import TableWriter

    out = folder / "tables"
    writer = TableWriter(publish.new_staging(out))
    for table, rows in tables.items():
        writer.write(table, rows)
    publish.publish(out, writer.staging, {}, writer.finish())
    gold_dir = folder / "gold"
    gold_dir.mkdir()
    for stem, gold in golds.items():
        (gold_dir / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False),
                                               encoding="utf-8")
    return out, gold_dir


def probe_cases(families: dict[str, list]):
    """A probe table's cases as pytest params, each with its family's name as its id; a known
    gap written as ``pytest.param(..., marks=xfail)`` keeps its mark."""
    for family, cases in families.items():
        for number, case in enumerate(cases):
            values, marks = (case.values, case.marks) if hasattr(case, "marks") else (case, ())
            yield pytest.param(*values, marks=marks, id=f"{family}-{number}")


def known_because(reason: str, *case):
    """``known_gap`` with its reason first, as the date, period, indicator and quantity probe
    tables write theirs."""
    return known_gap(*case, reason=reason)


def known_gap(*case, reason: str | None = None):
    """A probe the rules still fail: its values, then why (last, or as ``reason``); a strict
    xfail, so a fix must remove the mark."""
    values = case if reason is not None else case[:-1]
    return pytest.param(*values, marks=pytest.mark.xfail(
        strict=True, reason=reason if reason is not None else case[-1]))
