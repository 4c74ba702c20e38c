"""The table schemas (the contract of docs/DESIGN.md) and a streaming table writer.

Rows are buffered per table and written in batches of whole reports, so memory does not grow
with the corpus, into a staging folder that is published (``womenfed.publish``) only when the
whole build has finished: an interrupted build leaves the previous tables untouched.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

STR, INT, FLOAT, BOOL = pa.string(), pa.int64(), pa.float64(), pa.bool_()

SCHEMAS: dict[str, pa.Schema] = {
    "reports": pa.schema([
        ("report_id", STR), ("path", STR), ("sha256", STR), ("encoding", STR), ("url", STR),
        ("title", STR), ("source", STR), ("date", STR), ("date_source", STR), ("period", STR),
        ("organisation", STR), ("organisation_evidence", STR),
        ("admin_level", STR), ("province", STR), ("city", STR), ("county", STR),
        ("township", STR), ("place_source", STR), ("authors", STR), ("contradictions", STR),
        ("script", STR), ("duplicate_of", STR), ("repost_of", STR), ("repost_kind", STR),
        ("repost_similarity", FLOAT), ("repost_containment", FLOAT),
        ("n_chars_raw", INT), ("n_chars_clean", INT),
        ("n_sentences", INT), ("n_edits", INT), ("n_garbled", INT),
    ]),
    "edits": pa.schema([
        ("report_id", STR), ("rule", STR), ("raw_start", INT), ("raw_end", INT),
        ("before", STR), ("after", STR),
    ]),
    "sentences": pa.schema([
        ("report_id", STR), ("sentence_id", INT), ("section", STR), ("paragraph", INT),
        ("text", STR), ("start", INT), ("end", INT), ("raw_start", INT), ("raw_end", INT),
        ("programme_type", STR),
    ]),
    "terms": pa.schema([
        ("report_id", STR), ("term", STR), ("count", INT), ("df", INT), ("tfidf", FLOAT),
        ("rank", INT),
    ]),
    "quantities": pa.schema([
        ("report_id", STR), ("sentence_id", INT), ("text", STR), ("value", FLOAT),
        ("value_max", FLOAT), ("unit", STR), ("approx", BOOL), ("kind", STR),
        ("indicator", STR), ("start", INT), ("end", INT), ("raw_start", INT), ("raw_end", INT),
    ]),
    "entities": pa.schema([
        ("report_id", STR), ("sentence_id", INT), ("type", STR), ("name", STR),
        ("canonical", STR), ("role", STR), ("start", INT), ("end", INT), ("raw_start", INT),
        ("raw_end", INT),
    ]),
    "relations": pa.schema([
        ("report_id", STR), ("sentence_id", INT), ("source_type", STR), ("source", STR),
        ("target_type", STR), ("target", STR),
    ]),
    "errors": pa.schema([("path", STR), ("stage", STR), ("error", STR), ("message", STR)]),
    "skipped": pa.schema([("path", STR), ("reason", STR)]),
}
COLUMNS: dict[str, list[str]] = {name: schema.names for name, schema in SCHEMAS.items()}
REPORT_TABLES = tuple(COLUMNS)
# What the per-report pipeline emits for `terms`; the corpus-level columns come afterwards.
TERM_COUNTS = "term_counts"
STAGED_SCHEMAS: dict[str, pa.Schema] = {
    TERM_COUNTS: pa.schema([("report_id", STR), ("term", STR), ("count", INT)]),
}
# A flush happens at whichever comes first. Rows that arrive from a worker or the cache are
# views into that report's whole pickled result, which stays in memory while they wait, so
# the number of waiting writes is bounded too, not only their rows.
BATCH_ROWS = 50_000
BATCH_WRITES = 500


def schema_of(table: str) -> pa.Schema:
    return SCHEMAS[table] if table in SCHEMAS else STAGED_SCHEMAS[table]


def to_arrow(table: str, rows: Iterable[Mapping]) -> pa.Table:
    """Rows (dicts) -> an Arrow table with exactly the schema of ``table``."""
    schema = schema_of(table)
    rows = list(rows)
    return pa.Table.from_pydict({name: [row.get(name) for row in rows] for name in schema.names},
                                schema=schema)


class _Sink:
    """One output: a Parquet file (one row group per flush) and, for published tables, a CSV."""

    def __init__(self, staging: Path, table: str, with_csv: bool, batch_rows: int):
        self.parquet_path = staging / f"{table}.parquet"
        self.csv_path = staging / f"{table}.csv" if with_csv else None
        self.schema = schema_of(table)
        self.batch_rows = batch_rows
        self.pending: list[pa.Table] = []
        self.pending_rows = 0
        self.parquet = pq.ParquetWriter(self.parquet_path, self.schema)
        self.csv = None
        if self.csv_path:
            # utf-8-sig: a byte-order mark once at the start, so Excel reads the Chinese.
            self.csv = open(self.csv_path, "wb")  # noqa: SIM115 - closed in close()
            self.csv.write("\ufeff".encode())
            pa_csv.write_csv(self.schema.empty_table(), self.csv)

    def add(self, batch: pa.Table) -> None:
        self.pending.append(batch)
        self.pending_rows += batch.num_rows
        if self.pending_rows >= self.batch_rows or len(self.pending) >= BATCH_WRITES:
            self.flush()

    def flush(self) -> None:
        """Write what is pending as one row group; a flush never splits one ``add``."""
        if not self.pending_rows:
            return
        batch = pa.concat_tables(self.pending).combine_chunks()
        self.pending, self.pending_rows = [], 0
        self.parquet.write_table(batch, row_group_size=batch.num_rows)
        if self.csv:
            pa_csv.write_csv(batch, self.csv, pa_csv.WriteOptions(include_header=False))

    def close(self) -> None:
        self.flush()
        self.parquet.close()
        if self.csv:
            self.csv.close()


class TableWriter:
    """Append rows to all tables in a staging directory, which ``womenfed.publish`` makes the
    published generation once ``finish`` has completed every table.

    Besides the published tables, intermediate tables (``STAGED_SCHEMAS``) can be staged and
    read back row group by row group, for corpus-level steps that need a second pass.
    """

    def __init__(self, staging: Path, tables: Iterable[str] = REPORT_TABLES,
                 batch_rows: int = BATCH_ROWS):
        self.staging = Path(staging)
        self.tables = tuple(tables)
        self.batch_rows = batch_rows
        self._sinks: dict[str, _Sink] = {}

    def _sink(self, table: str) -> _Sink:
        if table not in self._sinks:
            self._sinks[table] = _Sink(self.staging, table, table in SCHEMAS, self.batch_rows)
        return self._sinks[table]

    def write(self, table: str, rows: list[Mapping]) -> None:
        """Append a batch of rows (dicts) to ``table``."""
        if rows:
            self.write_arrow(table, to_arrow(table, rows))

    def write_arrow(self, table: str, batch: pa.Table) -> None:
        """Append an Arrow table with the schema of ``table``."""
        if batch.num_rows:
            self._sink(table).add(batch)

    def read_back(self, table: str) -> Iterator[pa.Table]:
        """An intermediate table (``STAGED_SCHEMAS``), one row group at a time; each row group
        holds whole ``write`` calls. Closes the table for writing; can be read back again."""
        if table in self.tables:
            raise ValueError(f"{table!r} is published, not an intermediate table")
        sink = self._sinks.pop(table, None)
        if sink is not None:
            sink.close()
        path = self.staging / f"{table}.parquet"
        if not path.exists():
            return
        source = pq.ParquetFile(path)
        for group in range(source.num_row_groups):
            yield source.read_row_group(group)

    def finish(self) -> list[str]:
        """Close all tables (creating empty ones that got no rows), drop the intermediate
        ones; return the names of the table files."""
        for table in self.tables:
            self._sink(table)
        for sink in self._sinks.values():
            sink.close()
        self._sinks.clear()
        for intermediate in STAGED_SCHEMAS:
            (self.staging / f"{intermediate}.parquet").unlink(missing_ok=True)
        return [f"{table}{suffix}" for table in self.tables for suffix in (".parquet", ".csv")]

    def abandon(self) -> None:
        """Drop the staging directory; the published tables stay as they were."""
        for sink in self._sinks.values():
            try:
                sink.close()
            except (OSError, pa.ArrowException):
                pass
        self._sinks.clear()
        shutil.rmtree(self.staging, ignore_errors=True)


def read_table(out_dir: Path, table: str) -> pd.DataFrame:
    """Read one published table as a DataFrame with its schema's columns."""
    path = Path(out_dir) / f"{table}.parquet"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such table; run `womenfed build` first")
    return pq.read_table(path, schema=SCHEMAS[table]).to_pandas()
