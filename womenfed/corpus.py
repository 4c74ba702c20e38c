"""The corpus: build the tables from a folder of reports, and open them as DataFrames.

This is the notebooks' door: ``load_corpus("data/raw")`` builds (or reuses) the tables and
returns them; ``read_tables("data/processed")`` opens tables written by ``womenfed build``.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import cache, engines, tables, terms
from .pipeline import PipelineContext, ReportRows, ReportTask, process_report
from .tokenize import Tokenizer

log = logging.getLogger(__name__)

# Files that document a folder rather than being reports in it (compared case-insensitively).
PROVENANCE_FILES = frozenset({"sources.csv", "readme.md", "readme.txt", "license", ".gitkeep"})


@dataclass
class Corpus:
    """All tables of a corpus as DataFrames, with the columns of ``tables.COLUMNS``."""

    reports: pd.DataFrame
    edits: pd.DataFrame
    sentences: pd.DataFrame
    terms: pd.DataFrame
    quantities: pd.DataFrame
    entities: pd.DataFrame
    relations: pd.DataFrame
    errors: pd.DataFrame

    def kwic(self, term: str, width: int = 20) -> pd.DataFrame:
        """Every sentence containing ``term`` (or a synonym), with report, outlet and date."""
        return terms.kwic(term, self.sentences, self.reports, Tokenizer(), width=width)


def discover(raw_dir: Path) -> list[ReportTask]:
    """Every file under ``raw_dir`` (hidden and provenance files aside), in a stable order.

    The report id is the path relative to ``raw_dir`` without its suffix; where two files
    would share an id (``a.txt`` and ``a.html``), both keep their suffix.
    """
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise NotADirectoryError(f"{raw_dir}: not a folder of reports")
    files = sorted(
        (p for p in raw_dir.rglob("*")
         if (p.is_file() or p.is_symlink()) and not p.is_dir()
         and not any(part.startswith(".") for part in p.relative_to(raw_dir).parts)
         and p.name.lower() not in PROVENANCE_FILES),
        key=lambda p: p.relative_to(raw_dir).as_posix(),
    )
    stems = [p.relative_to(raw_dir).with_suffix("").as_posix() for p in files]
    clashes = {s for s in stems if stems.count(s) > 1}
    return [ReportTask(str(p), p.relative_to(raw_dir).as_posix() if s in clashes else s)
            for p, s in zip(files, stems, strict=False)]


def build(raw_dir: Path, out_dir: Path, jobs: int = 1, engine: str = "local",
          scheduler: str | None = None, tokenizer_engine: str = "rjieba",
          user_dir: Path | None = None, cache_dir: Path | None = None,
          progress: bool | None = None) -> dict[str, int]:
    """Run the pipeline over every file in ``raw_dir`` and publish the tables in ``out_dir``.

    Returns counts: reports, errors, and how many reports came from the cache.
    """
    tasks = discover(raw_dir)
    out_dir = Path(out_dir)
    report_cache = cache.ReportCache(
        Path(cache_dir) if cache_dir else out_dir / ".cache",
        cache.pipeline_version(user_dir=user_dir, tokenizer_engine=tokenizer_engine))
    make_context = functools.partial(PipelineContext, engine=tokenizer_engine,
                                     user_dir=str(user_dir) if user_dir else None)
    writer = tables.TableWriter(out_dir)
    counts = {"reports": 0, "errors": 0, "cached": 0}
    first_with_sha: dict[str, str] = {}
    try:
        for rows in _results(tasks, report_cache, make_context, engine, jobs, scheduler,
                             progress, counts):
            _mark_duplicate(rows, first_with_sha)
            for table in tables.REPORT_TABLES:
                writer.write(table, rows.get(table, []))
            counts["reports"] += len(rows.get("reports", []))
            counts["errors"] += len(rows.get("errors", []))
        writer.replace("terms", terms.corpus_terms(writer.staged_frame("terms")))
        writer.publish()
    except BaseException:
        writer.abandon()
        raise
    return counts


def _results(tasks, report_cache, make_context, engine, jobs, scheduler, progress,
             counts) -> Iterator[ReportRows]:
    """Rows per task in task order: cached ones read back, the others computed by the engine."""
    keys = [_cache_key(task) for task in tasks]
    cached = {i: rows for i, key in enumerate(keys)
              if key is not None and (rows := report_cache.get(key)) is not None}
    counts["cached"] = len(cached)
    todo = [task for i, task in enumerate(tasks) if i not in cached]
    computed = engines.map_reports(todo, make_context, process_report, engine=engine,
                                   jobs=jobs, scheduler=scheduler, progress=progress)
    for i, key in enumerate(keys):
        if i in cached:
            yield cached[i]
            continue
        _, rows = next(computed)
        if key is not None and "reports" in rows:
            report_cache.put(key, rows)
        yield rows


def _cache_key(task: ReportTask) -> str | None:
    """Cache key of a task: its file's bytes plus the id and path its rows carry."""
    try:
        digest = hashlib.sha256(Path(task.path).read_bytes()).hexdigest()
    except OSError:
        return None
    return hashlib.sha256(f"{digest}\0{task.report_id}\0{task.path}".encode()).hexdigest()


def _mark_duplicate(rows: ReportRows, first_with_sha: dict[str, str]) -> None:
    """Point a report whose bytes repeat an earlier file at that file, and warn."""
    for report in rows.get("reports", []):
        first = first_with_sha.setdefault(report["sha256"], report["report_id"])
        if first != report["report_id"]:
            report["duplicate_of"] = first
            warnings.warn(f"{report['path']}: same bytes as report {first!r}", stacklevel=3)


def read_tables(out_dir: Path) -> Corpus:
    """Open the tables that ``womenfed build`` wrote to ``out_dir``."""
    return Corpus(**{name: tables.read_table(out_dir, name) for name in tables.REPORT_TABLES})


def load_corpus(raw_dir: Path, out_dir: Path | None = None, **build_options) -> Corpus:
    """Build the tables for ``raw_dir`` (reusing cached reports) and return them.

    Examples
    --------
    >>> corpus = load_corpus("data/raw")  # doctest: +SKIP
    >>> corpus.reports[["report_id", "source", "organisation"]]  # doctest: +SKIP
    """
    out_dir = Path(out_dir) if out_dir else Path(raw_dir).parent / "processed"
    build(Path(raw_dir), out_dir, **build_options)
    return read_tables(out_dir)


__all__ = ["Corpus", "build", "discover", "load_corpus", "read_tables"]
