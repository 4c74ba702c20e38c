"""Quotable findings: every extracted quantity with the sentence, report, outlet, date and place.

A policy writer lifts a number ("解决700余人的就业问题") together with where it was said; this
module joins the ``quantities`` table to its sentence and report and writes the result as
CSV (utf-8-sig, so Excel reads the Chinese), Excel and Markdown, each file replaced atomically.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

import pandas as pd

from .atomic import write_bytes_atomic

PLACE_LEVELS = ("province", "city", "county", "township")
REPORT_COLUMNS = ("title", "source", "date", "period", "organisation", *PLACE_LEVELS)
COLUMNS = ["indicator", "value", "value_max", "unit", "approx", "kind", "text", "sentence",
           "report_id", "sentence_id", "title", "source", "date", "period", "organisation",
           "place", *PLACE_LEVELS, "raw_start", "raw_end"]
SORT_KEYS = ["report_id", "sentence_id", "raw_start", "raw_end", "text"]
# A fixed timestamp for the Excel file's metadata and zip entries, so exports are byte-identical.
FIXED_TIME = datetime(2000, 1, 1)


def findings_table(corpus) -> pd.DataFrame:
    """One row per quantity with its sentence and report metadata, in a stable order.

    ``corpus`` is anything with ``quantities``, ``sentences`` and ``reports`` DataFrames
    (``womenfed.read_tables``). ``place`` joins the stated province/city/county/township.

    Examples
    --------
    >>> findings_table(corpus)[["indicator", "text", "sentence", "source"]]  # doctest: +SKIP
    """
    sentences = corpus.sentences[["report_id", "sentence_id", "text"]].rename(
        columns={"text": "sentence"})
    reports = corpus.reports[["report_id", *REPORT_COLUMNS]]
    frame = (corpus.quantities
             .merge(sentences, on=["report_id", "sentence_id"], how="left", validate="many_to_one")
             .merge(reports, on="report_id", how="left", validate="many_to_one"))
    missing = frame["sentence"].isna()
    if missing.any():
        first = frame.loc[missing, ["report_id", "sentence_id"]].iloc[0].tolist()
        raise ValueError(f"quantities refer to sentences not in the sentences table, e.g. {first}")
    frame["place"] = frame[list(PLACE_LEVELS)].apply(_join_place, axis=1)
    return frame[COLUMNS].sort_values(SORT_KEYS, kind="stable").reset_index(drop=True)


def export_findings(frame: pd.DataFrame, out_dir: str | Path) -> list[Path]:
    """Write ``findings.csv`` (utf-8-sig), ``findings.xlsx`` and ``findings.md`` into ``out_dir``.

    Each file is written to a temporary file and renamed, so a reader never sees half a file.
    Returns the three paths.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    csv = frame.to_csv(index=False, lineterminator="\n").encode("utf-8-sig")
    markdown = (_markdown_safe(frame).to_markdown(index=False, tablefmt="github") + "\n").encode(
        "utf-8")
    contents = {"findings.csv": csv, "findings.xlsx": _excel_bytes(frame),
                "findings.md": markdown}
    paths = []
    for name, data in contents.items():
        write_bytes_atomic(out_dir / name, data)
        paths.append(out_dir / name)
    return paths


def _join_place(row: pd.Series) -> str:
    return "".join(str(value) for value in row if isinstance(value, str) and value)


def _markdown_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Empty cells blank and ``|`` escaped, so a sentence cannot break the Markdown table."""
    return frame.astype(object).where(frame.notna(), "").map(
        lambda value: value.replace("|", "\\|") if isinstance(value, str) else value)


def _excel_bytes(frame: pd.DataFrame) -> bytes:
    """The frame as an .xlsx file whose bytes depend only on the frame.

    openpyxl stamps the current time into the document properties and into every zip entry;
    both are replaced by ``FIXED_TIME`` (hand-written: neither openpyxl nor pandas offers it).
    """
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "findings"
    sheet.append(list(frame.columns))
    for row in frame.itertuples(index=False):
        sheet.append([None if _is_missing(value) else value for value in row])
    workbook.properties.created = workbook.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    stamped = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    fixed = io.BytesIO()
    with zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in stamped.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, stamped.read(info.filename))
    return fixed.getvalue()


def _is_missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value)
