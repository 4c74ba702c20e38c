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
from .reposts import other_copies

PLACE_LEVELS = ("province", "city", "county", "township")
REPORT_COLUMNS = ("title", "source", "date", "period", "organisation", "organisation_evidence",
                  *PLACE_LEVELS, "contradictions")
# ``sentence`` and ``source_text`` are the report's own characters (its decoded file sliced by
# raw offsets): what a quotation must reproduce. ``sentence_normalised`` and ``text`` are the
# cleaned forms the extractor read. ``flags`` says why a row needs a second look.
# ``other_copies`` names the other reports of the row's repost cluster (womenfed.reposts).
COLUMNS = ["indicator", "value", "value_max", "unit", "approx", "kind", "source_text", "text",
           "sentence", "sentence_normalised", "flags", "contradictions", "report_id",
           "other_copies", "sentence_id", "title", "source", "date", "period", "organisation",
           "organisation_evidence", "place",
           *PLACE_LEVELS, "raw_start", "raw_end"]
FLAG_SEPARATOR = "; "
# Readers' names for the kinds of quantity (womenfed.quantities), for figure labels.
KIND_NAMES = {"people": "people", "person_times": "person-times (attendances)",
              "households": "households", "money_cny": "money (yuan)", "events": "events",
              "organisations": "organisations", "items": "items", "percent": "percent",
              "other": "other"}
SORT_KEYS = ["report_id", "sentence_id", "raw_start", "raw_end", "text"]
# A fixed timestamp for the Excel file's metadata and zip entries, so exports are byte-identical.
FIXED_TIME = datetime(2000, 1, 1)


def findings_table(corpus, root: str | Path | None = None) -> pd.DataFrame:
    """One row per quantity with its sentence and report metadata, in a stable order.

    ``corpus`` is anything with ``quantities``, ``sentences`` and ``reports`` DataFrames
    (``womenfed.read_tables``). ``place`` joins the stated province/city/county/township.
    The source sentence is read back from each report's file (``reports.path``; a relative
    path is taken from ``root``, by default the project root ``paths.ROOT``); a file that is
    gone or changed since the build is an error naming it.

    Examples
    --------
    >>> findings_table(corpus)[["indicator", "text", "sentence", "source"]]  # doctest: +SKIP
    """
    sentences = corpus.sentences[["report_id", "sentence_id", "text", "raw_start", "raw_end"]]
    sentences = sentences.rename(columns={"text": "sentence_normalised", "raw_start": "s_start",
                                          "raw_end": "s_end"})
    reports = corpus.reports[["report_id", *REPORT_COLUMNS, "duplicate_of"]]
    frame = (corpus.quantities
             .merge(sentences, on=["report_id", "sentence_id"], how="left", validate="many_to_one")
             .merge(reports, on="report_id", how="left", validate="many_to_one"))
    missing = frame["sentence_normalised"].isna()
    if missing.any():
        first = frame.loc[missing, ["report_id", "sentence_id"]].iloc[0].tolist()
        raise ValueError(f"quantities refer to sentences not in the sentences table, e.g. {first}")
    texts = source_texts(corpus.reports[corpus.reports["report_id"].isin(frame["report_id"])],
                         root)
    raw = frame["report_id"].map(texts)
    frame["sentence"] = [text[start:end] for text, start, end
                         in zip(raw, frame["s_start"], frame["s_end"], strict=True)]
    frame["source_text"] = [text[start:end] for text, start, end
                            in zip(raw, frame["raw_start"], frame["raw_end"], strict=True)]
    frame["place"] = frame[list(PLACE_LEVELS)].apply(_join_place, axis=1)
    copies = other_copies(corpus.reports)  # a report without copies gets "", not NaN
    frame["other_copies"] = frame["report_id"].map(lambda r: copies.get(r, ""))
    frame["flags"] = _flags(frame)
    return frame[COLUMNS].sort_values(SORT_KEYS, kind="stable").reset_index(drop=True)


def source_texts(reports: pd.DataFrame, root: str | Path | None = None) -> dict[str, str]:
    """The decoded text of each report's file (what ``raw_start``/``raw_end`` index), by
    report id, after checking that the file's bytes are those the tables were built from."""
    from . import paths
    from .errors import InputError
    from .read import read_document

    root = Path(root) if root is not None else paths.ROOT
    texts = {}
    for report_id, path, sha256 in zip(reports["report_id"], reports["path"], reports["sha256"],
                                       strict=True):
        file = Path(path) if Path(path).is_absolute() else root / path
        try:
            document = read_document(file, report_id)
        except InputError as error:
            raise ValueError(f"{file}: cannot read the source of report {report_id!r} "
                             f"({error})") from None
        if document.sha256 != sha256:
            raise ValueError(f"{file}: changed since the tables were built; rebuild them")
        texts[report_id] = document.text
    return texts


def _flags(frame: pd.DataFrame) -> list[str]:
    """Why a row needs a second look before it is quoted, as short English phrases. A number
    whose source differs from the extracted text by more than script (traditional 場 for 场)
    was rewritten by the cleaner (pinyin, garble repair, doubled marks); an indicator without a
    counted noun at its end is uncertain (``quantities.uncertain_indicator``)."""
    from .clean import _t2s
    from .quantities import uncertain_indicator

    simplified = frame["source_text"].map(_t2s().convert)
    checks = {
        "approximate": frame["approx"].fillna(False).astype(bool),
        "range": frame["value_max"].notna(),
        "cleaner changed the number": simplified != frame["text"],
        "indicator uncertain": frame["indicator"].fillna("").map(uncertain_indicator),
        "report date contradicted": frame["contradictions"].fillna("").astype(str) != "",
        "duplicate report": frame["duplicate_of"].fillna("").astype(str) != "",
    }
    return [FLAG_SEPARATOR.join(name for name, flagged in checks.items() if flagged[i])
            for i in frame.index]


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
    """Empty cells blank, ``|`` escaped and line breaks (a source sentence may span a hard
    wrap) written as ``<br>``, so a sentence cannot break the Markdown table."""
    return frame.astype(object).where(frame.notna(), "").map(
        lambda value: value.replace("|", "\\|").replace("\n", "<br>")
        if isinstance(value, str) else value)


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
