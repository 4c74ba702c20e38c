"""The table schemas (the contract of docs/DESIGN.md) and a streaming, atomic table writer.

Rows are written in batches as they arrive, so memory does not grow with the corpus, and
published with ``os.replace`` only when the whole build has finished: an interrupted build
leaves the previous tables untouched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

STR, INT, FLOAT, BOOL = pa.string(), pa.int64(), pa.float64(), pa.bool_()

SCHEMAS: dict[str, pa.Schema] = {
    "reports": pa.schema([
        ("report_id", STR), ("path", STR), ("sha256", STR), ("encoding", STR), ("title", STR),
        ("source", STR), ("date", STR), ("period", STR), ("organisation", STR),
        ("admin_level", STR), ("province", STR), ("city", STR), ("county", STR),
        ("township", STR), ("authors", STR), ("contradictions", STR), ("script", STR),
        ("duplicate_of", STR), ("n_chars_raw", INT), ("n_chars_clean", INT),
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
        ("canonical", STR), ("start", INT), ("end", INT), ("raw_start", INT), ("raw_end", INT),
    ]),
    "relations": pa.schema([
        ("report_id", STR), ("sentence_id", INT), ("source_type", STR), ("source", STR),
        ("target_type", STR), ("target", STR),
    ]),
    "errors": pa.schema([("path", STR), ("stage", STR), ("error", STR), ("message", STR)]),
}
COLUMNS: dict[str, list[str]] = {name: schema.names for name, schema in SCHEMAS.items()}
# Tables the per-report pipeline emits; `terms` gets its corpus-level columns afterwards.
REPORT_TABLES = tuple(COLUMNS)
PER_REPORT_TERM_COLUMNS = ["report_id", "term", "count"]
SORT_KEYS: dict[str, list[str]] = {
    "reports": ["report_id"],
    "edits": ["report_id", "raw_start", "raw_end", "rule"],
    "sentences": ["report_id", "sentence_id"],
    "terms": ["report_id", "rank", "term"],
    "quantities": ["report_id", "sentence_id", "start"],
    "entities": ["report_id", "sentence_id", "start", "type", "name"],
    "relations": ["report_id", "sentence_id", "source_type", "source", "target_type", "target"],
    "errors": ["path", "stage"],
}


def empty_frame(table: str) -> pd.DataFrame:
    """A typed, empty DataFrame with the columns of ``table``."""
    return SCHEMAS[table].empty_table().to_pandas()


def to_arrow(table: str, rows: Iterable[Mapping]) -> pa.Table:
    """Rows (dicts) -> an Arrow table with exactly the schema of ``table``."""
    schema = SCHEMAS[table]
    return pa.Table.from_pylist([{name: row.get(name) for name in schema.names} for row in rows],
                                schema=schema)


class TableWriter:
    """Append rows to all tables in a staging directory; ``publish`` moves them into place.

    Parquet is written with one ``ParquetWriter`` per table; CSV is appended in ``utf-8-sig``
    (a BOM once at the start, so Excel reads the Chinese), both from the same batches.
    """

    def __init__(self, out_dir: Path, tables: Iterable[str] = REPORT_TABLES):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=self.out_dir))
        self.tables = tuple(tables)
        self._parquet: dict[str, pq.ParquetWriter] = {}
        self._csv_started: set[str] = set()

    def write(self, table: str, rows: list[Mapping]) -> None:
        """Append a batch of rows to ``table``."""
        if rows:
            self.write_arrow(table, to_arrow(table, rows))

    def write_arrow(self, table: str, batch: pa.Table) -> None:
        if table not in self._parquet:
            self._parquet[table] = pq.ParquetWriter(self.staging / f"{table}.parquet",
                                                    batch.schema)
        self._parquet[table].write_table(batch)
        first = table not in self._csv_started
        self._csv_started.add(table)
        batch.to_pandas().to_csv(self.staging / f"{table}.csv", mode="w" if first else "a",
                                 header=first, index=False,
                                 encoding="utf-8-sig" if first else "utf-8",
                                 lineterminator="\n")

    def staged_frame(self, table: str) -> pd.DataFrame:
        """Read back what has been staged for ``table`` (closing its writer)."""
        writer = self._parquet.pop(table, None)
        if writer is None:
            return empty_frame(table)
        writer.close()
        return pq.read_table(self.staging / f"{table}.parquet").to_pandas()

    def replace(self, table: str, frame: pd.DataFrame) -> None:
        """Rewrite ``table`` from a whole frame (used for corpus-level columns and sorting)."""
        writer = self._parquet.pop(table, None)
        if writer is not None:
            writer.close()
        self._csv_started.discard(table)
        frame = frame.sort_values(SORT_KEYS[table], kind="stable").reset_index(drop=True)
        self.write_arrow(table, pa.Table.from_pandas(frame, schema=SCHEMAS[table],
                                                     preserve_index=False))

    def publish(self) -> None:
        """Close all writers, write empty tables that got no rows, and move files into place."""
        for writer in self._parquet.values():
            writer.close()
        self._parquet.clear()
        for table in self.tables:
            if table not in self._csv_started:
                self.replace(table, empty_frame(table))
                self._parquet.pop(table).close()
        for table in self.tables:
            for suffix in (".parquet", ".csv"):
                os.replace(self.staging / f"{table}{suffix}", self.out_dir / f"{table}{suffix}")
        shutil.rmtree(self.staging, ignore_errors=True)

    def abandon(self) -> None:
        """Drop the staging directory; the published tables stay as they were."""
        for writer in self._parquet.values():
            writer.close()
        shutil.rmtree(self.staging, ignore_errors=True)


def read_table(out_dir: Path, table: str) -> pd.DataFrame:
    """Read one published table as a DataFrame with its schema's columns."""
    path = Path(out_dir) / f"{table}.parquet"
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such table; run `womenfed build` first")
    return pq.read_table(path, schema=SCHEMAS[table]).to_pandas()
