"""Per-file metadata a corpus ships beside its texts: the optional ``SOURCES.csv`` sidecar.

A scraped corpus comes with the page each text was taken from. ``SOURCES.csv`` at the top of
the input folder lists files by their path relative to that folder (column ``file``) and may
carry, besides free notes (``sha256``, ``outlet``, ``note`` ...), two columns the pipeline
reads: ``url`` (the page address; a date in its path is weak publication-date evidence) and
``date`` (a publication date the researcher recorded, ISO ``YYYY-MM-DD`` or ``YYYY-MM``).
The sidecar is optional and so are both columns; a file it does not list gets no listing.
A sidecar that cannot be read, or a bad ``date`` value, becomes an ``errors`` row naming
``SOURCES.csv`` (and its line), and the build goes on without that metadata.
"""

from __future__ import annotations

import csv
import datetime
import io
from dataclasses import dataclass
from pathlib import Path

from .read import display_path

SIDECAR = "SOURCES.csv"
ISO_DATE = ("%Y-%m-%d", "%Y-%m")


@dataclass(frozen=True)
class Listing:
    """What the sidecar says about one file (either may be None)."""

    url: str | None = None
    date: str | None = None


UNLISTED = Listing()  # a file the sidecar does not list (or no sidecar)


def read_sources(raw_dir: Path) -> tuple[dict[str, Listing], list[dict[str, str]]]:
    """The listings of ``raw_dir/SOURCES.csv`` by file path (relative, ``/``-separated), and
    error rows for what could not be read. No sidecar, or one without ``url`` and ``date``
    columns, gives no listings and no errors."""
    path = _sidecar(Path(raw_dir))
    if path is None:
        return {}, []
    shown = display_path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
        reader = csv.DictReader(io.StringIO(text, newline=""))
        fields = reader.fieldnames or []
        if not {"url", "date"} & set(fields):
            return {}, []
        if "file" not in fields:
            raise ValueError("no 'file' column naming the listed files")
        rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error, ValueError) as exc:
        return {}, [_error(shown, f"cannot read the sources list: {exc}")]
    listings, errors = {}, []
    for line, row in enumerate(rows, start=2):
        name = (row.get("file") or "").strip().replace("\\", "/")
        url = (row.get("url") or "").strip() or None
        date = (row.get("date") or "").strip() or None
        if date and not _is_iso(date):
            errors.append(_error(shown, f"line {line}: date {date!r} is not YYYY-MM-DD or "
                                        f"YYYY-MM; ignored"))
            date = None
        if name and (url or date):
            listings[name] = Listing(url, date)
    return listings, errors


def _sidecar(raw_dir: Path) -> Path | None:
    """The sidecar in ``raw_dir``, its name compared case-insensitively (as the survey skips it)."""
    try:
        return next((p for p in sorted(raw_dir.iterdir()) if p.name.lower() == SIDECAR.lower()
                     and p.is_file()), None)
    except OSError:
        return None  # the survey reports a folder it cannot list


def _is_iso(value: str) -> bool:
    for form in ISO_DATE:
        try:
            parsed = datetime.datetime.strptime(value, form)
        except ValueError:
            continue
        return parsed.strftime(form) == value  # zero-padded, as stored
    return False


def _error(path: str, message: str) -> dict[str, str]:
    return {"path": path, "stage": "discover", "error": "SourcesError", "message": message}
