"""The corpus: build the tables from a folder of reports, and open them as DataFrames.

This is the notebooks' door: ``load_corpus("data/raw")`` builds (or reuses) the tables and
returns them; ``read_tables("data/processed")`` opens tables written by ``womenfed build``.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import math
import os
import pickle
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from . import cache, engines, limits, publish, reposts, sources, tables, terms
from .errors import InputError, OutputError
from .pipeline import PipelineContext, ReportTask, process_report
from .read import display_path, file_digest
from .tokenize import Tokenizer

log = logging.getLogger(__name__)

# Files that document a folder rather than being reports in it (compared case-insensitively):
# the sources list, and README / LICENSE with any suffix.
PROVENANCE_FILES = frozenset({"sources.csv"})
PROVENANCE_STEMS = frozenset({"readme", "license", "licence"})
# Report rows held for the repost stage are merged into one table this often (``_HeldRows``).
HELD_ROWS_PER_TABLE = 1000


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
    skipped: pd.DataFrame

    def counted_once(self) -> Corpus:
        """The corpus with each repost cluster counted once: rows of reports that copy or
        excerpt another (``reports.repost_of``) are left out of every table, term
        ``df``/``tfidf``/``rank`` are recomputed over the reports that remain, and each kept
        report names its copies in a ``copies`` column. The tables on
        disk keep every copy; this is the view that counts, and the notebooks' default."""
        if "repost_of" not in self.reports or self.reports["repost_of"].isna().all():
            return self
        copies = set(self.reports.loc[self.reports["repost_of"].notna(), "report_id"])
        kept = {name: frame[~frame["report_id"].isin(copies)].reset_index(drop=True)
                for name, frame in vars(self).items() if "report_id" in frame}
        kept["terms"] = terms.corpus_terms(kept["terms"])[list(self.terms.columns)]
        copies = reposts.other_copies(self.reports)
        kept["reports"] = kept["reports"].assign(
            copies=kept["reports"]["report_id"].map(lambda r: copies.get(r, "")))
        return Corpus(**{**vars(self), **kept})

    def kwic(self, term: str, width: int = 20) -> pd.DataFrame:
        """Every sentence containing ``term`` (or a synonym), with report, outlet and date."""
        return terms.kwic(term, self.sentences, self.reports, Tokenizer(), width=width)


@dataclass
class Survey:
    """Every entry under an input folder, each in exactly one list: the files to read as
    reports, the entries that are not reports by rule (with the reason), and the folders
    that could not be listed (error rows of stage ``discover``)."""

    tasks: list[ReportTask]
    skipped: list[dict[str, str]]
    unlisted: list[dict[str, str]]


def survey(raw_dir: Path, exclude: tuple[Path, ...] = ()) -> Survey:
    """Walk ``raw_dir`` and sort every entry into ``Survey``'s lists, in a stable order.

    Not reports, by rule (each becomes a ``skipped`` row, a skipped folder as one row):
    hidden entries (``.git``, ``.DS_Store``), the files that document a folder
    (``SOURCES.csv``, README, LICENSE), symlinks to folders (not
    followed: they can leave the input folder or loop) and the folders in ``exclude`` (this
    build's output and cache, when they lie inside the input). Every other entry is a task,
    whatever its type: FIFOs, devices, dangling symlinks and unreadable files become error
    rows when they are read. A folder that cannot be listed becomes an error row itself.

    The report id is the path relative to ``raw_dir`` without its suffix; where two files
    would share an id (``a.txt`` and ``a.html``), both keep their suffix.
    """
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise NotADirectoryError(f"{raw_dir}: not a folder of reports")
    excluded = {os.path.realpath(path) for path in exclude}
    files: list[Path] = []
    skipped, unlisted = [], []
    folders = [raw_dir]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            unlisted.append({"path": display_path(folder), "stage": "discover",
                             "error": type(exc).__name__,
                             "message": f"cannot list folder: {exc.strerror or exc}"})
            continue
        for entry in entries:
            reason = _skip_reason(entry, excluded)
            if reason:
                skipped.append({"path": display_path(entry.path), "reason": reason})
            elif _is_folder(entry):
                folders.append(Path(entry.path))
            else:
                files.append(Path(entry.path))
    files.sort(key=lambda p: os.fsencode(p.relative_to(raw_dir)))
    skipped.sort(key=lambda row: row["path"])
    unlisted.sort(key=lambda row: row["path"])
    stems = [p.relative_to(raw_dir).with_suffix("").as_posix() for p in files]
    uses = Counter(stems)
    listings, sidecar_errors = sources.read_sources(raw_dir)
    unlisted = sorted(unlisted + sidecar_errors, key=lambda row: row["path"])
    tasks = [ReportTask(str(p), display_path(p.relative_to(raw_dir).as_posix() if uses[s] > 1
                                             else s),
                        listings.get(p.relative_to(raw_dir).as_posix()))
             for p, s in zip(files, stems, strict=True)]
    return Survey(tasks, skipped, unlisted)


def _skip_reason(entry: os.DirEntry, excluded: set[str]) -> str | None:
    """Why an entry is not a report, or None if it is read as one (or walked into)."""
    if entry.name.startswith("."):
        return "hidden"
    name = entry.name.lower()
    if name in PROVENANCE_FILES or name.split(".")[0] in PROVENANCE_STEMS:
        return "documents the folder, not a report"
    if excluded and os.path.realpath(entry.path) in excluded:
        return "the output folder of this build"
    if entry.is_symlink() and _is_folder(entry):
        return "symlink to a folder (not followed)"
    return None


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # cannot be examined (a folder without execute permission): read as a file
        return False


def discover(raw_dir: Path) -> list[ReportTask]:
    """The report files under ``raw_dir`` (see ``survey``), in a stable order."""
    return survey(raw_dir).tasks


def build(raw_dir: Path, out_dir: Path, jobs: int = 1, engine: str = "local",
          scheduler: str | None = None, tokenizer_engine: str = "rjieba",
          user_dir: Path | None = None, cache_dir: Path | None = None,
          progress: bool | None = None,
          time_limit: float | None = limits.DEFAULT_SECONDS) -> dict[str, int]:
    """Run the pipeline over every file in ``raw_dir`` and publish the tables in ``out_dir``.

    Reports whose bytes and pipeline version are unchanged come from the per-report cache;
    when nothing changed at all since the tables in ``out_dir`` were built (same files, same
    version, tables untouched), nothing is rewritten. Returns counts: reports, errors, how
    many reports came from the cache and how many were computed. A file whose pipeline runs
    longer than ``time_limit`` seconds (None: no limit) becomes an error row.
    """
    out_dir = Path(out_dir)
    cache_dir = Path(cache_dir) if cache_dir else out_dir / ".cache"
    found = survey(raw_dir, exclude=(out_dir, cache_dir))
    with contextlib.ExitStack() as held:
        with _writing_to(out_dir):
            out_dir.mkdir(parents=True, exist_ok=True)
            held.enter_context(publish.locked(out_dir))
            publish.remove_leftovers(out_dir)
        version = cache.pipeline_version(user_dir=user_dir, tokenizer_engine=tokenizer_engine)
        keys = [_cache_key(task) for task in found.tasks]
        manifest = _manifest(version, cache_dir, found, keys)
        if (previous := _up_to_date(out_dir, manifest)) is not None:
            return previous
        make_context = functools.partial(PipelineContext, engine=tokenizer_engine,
                                         user_dir=str(user_dir) if user_dir else None,
                                         time_limit=time_limit)
        engine_options = dict(engine=engine, jobs=jobs, scheduler=scheduler, progress=progress)
        return _build_generation(out_dir, found, keys, cache.ReportCache(cache_dir, version),
                                 make_context, engine_options, manifest)


def _build_generation(out_dir, found, keys, report_cache, make_context, engine_options,
                      manifest) -> dict[str, int]:
    """Write every table into a staging folder and publish it as the new generation."""
    with _writing_to(out_dir):
        writer = tables.TableWriter(publish.new_staging(out_dir))
    counts = {"reports": 0, "errors": len(found.unlisted), "skipped": len(found.skipped),
              "cached": 0, "computed": 0}
    first_with_sha: dict[str, str] = {}
    repost_index, report_rows = reposts.RepostIndex(), _HeldRows()
    try:
        with _writing_to(out_dir):
            writer.write("skipped", found.skipped)
            writer.write("errors", found.unlisted)
        for result in _results(found.tasks, keys, report_cache, make_context, engine_options,
                               counts):
            result = _mark_duplicate(result, first_with_sha)
            if "reports" in result:
                _index_for_reposts(result, repost_index)
                report_rows.append(result["reports"])
            with _writing_to(out_dir):
                for table, batch in result.items():
                    if table != "reports":  # written once the repost clusters are known
                        writer.write_arrow(table, batch)
            counts["reports"] += result["reports"].num_rows if "reports" in result else 0
            counts["errors"] += result["errors"].num_rows if "errors" in result else 0
        links = repost_index.reposts()
        with _writing_to(out_dir):
            for batch in report_rows.tables():
                writer.write_arrow("reports", _mark_reposts(batch, links))
            _write_corpus_terms(writer)
            files = writer.finish()
            record = {"inputs": manifest, "stamps": _table_stamps(writer.staging),
                      "counts": counts}
            publish.publish(out_dir, writer.staging, record, files)
    except BaseException:
        writer.abandon()
        raise
    return counts


class _HeldRows:
    """Report rows held until the repost clusters are known, merged into one table every
    ``HELD_ROWS_PER_TABLE`` reports: a one-row Arrow table costs about 20 KB of memory
    (buffers and objects for each of the reports table's columns), so holding one per report
    made peak memory grow with the corpus (600 MB for 27,000 reports)."""

    def __init__(self) -> None:
        self._merged: list[pa.Table] = []
        self._pending: list[pa.Table] = []

    def append(self, table: pa.Table) -> None:
        self._pending.append(table)
        if len(self._pending) >= HELD_ROWS_PER_TABLE:
            self._merge()

    def tables(self) -> list[pa.Table]:
        self._merge()
        return self._merged

    def _merge(self) -> None:
        if self._pending:
            self._merged.append(pa.concat_tables(self._pending).combine_chunks())
            self._pending = []


@contextlib.contextmanager
def _writing_to(out_dir: Path) -> Iterator[None]:
    """Turn a failure to write the output folder (read-only, full, a file in the way) into
    one ``OutputError`` line; the published tables are untouched by then."""
    try:
        yield
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot write the tables: {exc.strerror or exc}; the "
                          f"previous tables are unchanged") from exc


def report_tables(task: ReportTask, context: PipelineContext) -> dict[str, pa.Table]:
    """One report's rows as Arrow tables (by table name; per-report term counts under
    ``tables.TERM_COUNTS``), converted where the report was processed: in the worker."""
    rows = process_report(task, context)
    named = {(tables.TERM_COUNTS if name == "terms" else name): table_rows
             for name, table_rows in rows.items()}
    return {name: tables.to_arrow(name, table_rows) for name, table_rows in named.items()
            if table_rows}


def report_blob(task: ReportTask, context: PipelineContext) -> bytes:
    """``report_tables`` pickled where it was computed: the bytes travel back from a worker
    and go into the cache as they are, so the collecting process only unpickles them."""
    return pickle.dumps(report_tables(task, context), protocol=pickle.HIGHEST_PROTOCOL)


def _results(tasks, keys, report_cache, make_context, engine_options,
             counts) -> Iterator[dict[str, pa.Table]]:
    """Results per task in task order: cached ones read back one at a time as they are
    needed, the others computed by the engine. Only successful reports are cached, so a file
    that failed is tried again."""
    hits = [key is not None and key in report_cache for key in keys]
    computed = engines.map_reports([t for t, hit in zip(tasks, hits, strict=True) if not hit],
                                   make_context, report_blob, **engine_options)
    for task, key, hit in zip(tasks, keys, hits, strict=True):
        result = report_cache.get(key) if hit else None
        if result is None:
            # A miss, or an entry that turned out unreadable: the latter is recomputed here.
            blob = next(computed)[1] if not hit else report_blob(task, make_context())
            result = pickle.loads(blob)
            counts["computed"] += 1
            if key is not None and "reports" in result:
                report_cache.put_bytes(key, blob)
        else:
            counts["cached"] += 1
        yield result


def _cache_key(task: ReportTask) -> str | None:
    """Cache key of a task: its file's bytes plus the id, path and sidecar listing its rows
    carry."""
    try:
        digest = file_digest(Path(task.path))
    except InputError:
        return None  # the worker reads it again and writes the error row
    return hashlib.sha256(f"{digest}\0{task.report_id}\0{task.listing}\0".encode()
                          + os.fsencode(task.path)).hexdigest()


def _mark_duplicate(result: dict[str, pa.Table], first_with_sha: dict[str, str]):
    """Point a report whose bytes repeat an earlier file at that file, and warn."""
    if "reports" not in result:
        return result
    reports = result["reports"]
    duplicate_of = []
    for report_id, sha256, path in zip(*reports.select(["report_id", "sha256", "path"])
                                       .to_pydict().values(), strict=True):
        first = first_with_sha.setdefault(sha256, report_id)
        duplicate_of.append(first if first != report_id else None)
        if first != report_id:
            warnings.warn(f"{path}: same bytes as report {first!r}", stacklevel=4)
    if not any(duplicate_of):
        return result
    column = reports.schema.get_field_index("duplicate_of")
    marked = reports.set_column(column, "duplicate_of", pa.array(duplicate_of, pa.string()))
    return {**result, "reports": marked}


def _index_for_reposts(result: dict[str, pa.Table], index: reposts.RepostIndex) -> None:
    """Sign one report's cleaned body (its sentences) for the repost stage."""
    report = result["reports"].select(["report_id", "date", "path"]).to_pylist()[0]
    body = "\n".join(result["sentences"]["text"].to_pylist()) if "sentences" in result else ""
    index.add(report["report_id"], body, report["date"], report["path"])


def _mark_reposts(reports: pa.Table, found: pd.DataFrame) -> pa.Table:
    """Fill the repost columns of a batch of report rows from the corpus-level clusters."""
    links = found.set_index("report_id")
    ids = reports["report_id"].to_pylist()
    for column in reposts.COLUMNS[1:]:
        values = [links.at[i, column] if i in links.index else None for i in ids]
        field = reports.schema.field(column)
        reports = reports.set_column(reports.schema.get_field_index(column), field,
                                     pa.array(values, field.type))
    return reports


def _write_corpus_terms(writer: tables.TableWriter) -> None:
    """Add ``df``, ``tfidf`` and ``rank`` to the staged per-report term counts, in two passes
    over the staged rows, so memory holds one batch and the vocabulary, never the whole table.

    This is the streaming form of ``terms.corpus_terms`` (same formula and values, a test
    compares them): smooth idf ``ln((1 + n) / (1 + df)) + 1`` with n the reports that have
    terms, tf as a share of the report's terms, ``rank`` by tf-idf (ties by term). Each staged
    batch holds whole reports, so per-report sums and ranks are complete within a batch.
    """
    document_frequency: Counter[str] = Counter()
    n_documents = 0
    for batch in writer.read_back(tables.TERM_COUNTS):
        counted = pc.value_counts(batch["term"])
        document_frequency.update(dict(zip(counted.field("values").to_pylist(),
                                           counted.field("counts").to_pylist(), strict=True)))
        n_documents += pc.count_distinct(batch["report_id"]).as_py()
    vocabulary = pa.array(list(document_frequency), pa.string())
    frequencies = np.fromiter(document_frequency.values(), np.int64, len(document_frequency))
    # math.log per distinct df, as terms.corpus_terms does, so the floats agree to the bit.
    idf_of = {df: math.log((1 + n_documents) / (1 + df)) + 1 for df in set(frequencies.tolist())}
    idfs = np.array([idf_of[df] for df in frequencies.tolist()], np.float64)
    for batch in writer.read_back(tables.TERM_COUNTS):
        where = pc.index_in(batch["term"], value_set=vocabulary).to_numpy()
        report = pc.dictionary_encode(batch["report_id"]).combine_chunks().indices.to_numpy()
        count = batch["count"].to_numpy()
        total = np.bincount(report, weights=count)[report]
        scored = batch.append_column("df", pa.array(frequencies[where])).append_column(
            "tfidf", pa.array(np.round(count / total * idfs[where], 10))).append_column(
            "order", pa.array(report))
        scored = scored.take(pc.sort_indices(scored, sort_keys=[
            ("order", "ascending"), ("tfidf", "descending"), ("term", "ascending")]))
        order = scored["order"].to_numpy()
        rank = np.arange(len(order)) - np.searchsorted(order, order, side="left") + 1
        writer.write_arrow("terms", scored.append_column("rank", pa.array(rank))
                           .select(tables.COLUMNS["terms"]))


def _manifest(version: str, cache_dir: Path, found: Survey,
              keys: list[str | None]) -> dict | None:
    """What a build did: the pipeline version, every input file's id, path and bytes (as one
    digest, so the manifest stays small for a million files), and the cache it filled (a
    build asked to fill another cache does run)."""
    if None in keys:
        return None  # an unreadable file: never call such a build up to date
    inputs = hashlib.sha256(json.dumps([found.skipped, found.unlisted]).encode())
    for task, key in zip(found.tasks, keys, strict=True):
        inputs.update(f"{task.report_id}\0{display_path(task.path)}\0{key}\n".encode())
    return {"version": version, "inputs": inputs.hexdigest(), "tables": list(tables.REPORT_TABLES),
            "cache": str(cache_dir.resolve())}


def _table_stamps(generation: Path) -> dict[str, list[int]]:
    return {path.name: [path.stat().st_size, path.stat().st_mtime_ns]
            for table in tables.REPORT_TABLES for suffix in (".parquet", ".csv")
            if (path := generation / f"{table}{suffix}").exists()}


def _up_to_date(out_dir: Path, manifest: dict | None) -> dict[str, int] | None:
    """The counts of the current generation if its manifest matches and its tables are
    untouched."""
    generation = publish.current_generation(out_dir)
    previous = publish.read_manifest(generation) if generation else None
    if manifest is None or previous is None or previous.get("inputs") != manifest or (
            previous.get("stamps") != _table_stamps(generation)):
        return None
    counts = previous["counts"]
    return {**counts, "cached": counts["reports"], "computed": 0}


def read_tables(out_dir: Path, count_reposts: bool = True) -> Corpus:
    """Open the tables that ``womenfed build`` wrote to ``out_dir``: all from one generation,
    the one published when this is called, whatever a build running meanwhile publishes.
    With ``count_reposts`` False, each repost cluster counts once (``Corpus.counted_once``)."""
    generation = _published(out_dir)
    corpus = Corpus(**{name: tables.read_table(generation, name) for name in tables.REPORT_TABLES})
    return corpus if count_reposts else corpus.counted_once()


def read_table(out_dir: Path, name: str) -> pd.DataFrame:
    """One table of the generation published in ``out_dir`` (``read_tables`` opens them all)."""
    return tables.read_table(_published(out_dir), name)


def _published(out_dir: Path) -> Path:
    generation = publish.current_generation(Path(out_dir))
    if generation is None:
        raise FileNotFoundError(f"{out_dir}: no tables; run `womenfed build` first")
    return generation


def load_corpus(raw_dir: Path, out_dir: Path | None = None, **build_options) -> Corpus:
    """Build the tables for ``raw_dir`` (reusing cached reports) and return them.

    Without ``out_dir`` the tables go to ``default_tables_dir(raw_dir)`` in the user's cache
    folder, never beside ``raw_dir``: nothing is written where the researcher did not say.

    Examples
    --------
    >>> corpus = load_corpus("data/raw")  # doctest: +SKIP
    >>> corpus.reports[["report_id", "source", "organisation"]]  # doctest: +SKIP
    """
    out_dir = Path(out_dir) if out_dir else default_tables_dir(raw_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    build(Path(raw_dir), out_dir, **build_options)
    return read_tables(out_dir)


def default_tables_dir(raw_dir: Path) -> Path:
    """Where ``load_corpus`` keeps the tables of ``raw_dir`` when not told: one folder per
    report folder (by its absolute path) under the user cache, e.g.
    ``~/.cache/womenfed/tables/<hash>`` on Linux (``platformdirs`` knows the other systems)."""
    import platformdirs

    key = hashlib.sha256(str(Path(raw_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    return platformdirs.user_cache_path("womenfed") / "tables" / key


__all__ = ["Corpus", "build", "default_tables_dir", "discover", "load_corpus", "read_table",
           "read_tables"]
