"""Per-report result cache: a rebuild redoes only reports whose file or pipeline changed.

Keys are computed by the caller from the file's bytes (and the id and path its rows carry);
entries live under a folder named by the pipeline version — a hash of the package's code,
its lexicons, the user's lexicon folder and the tokenizer engine — so editing any of these
starts a fresh cache instead of serving stale rows.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from . import __version__

PACKAGE_DIR = Path(__file__).resolve().parent


def pipeline_version(user_dir: Path | None = None, tokenizer_engine: str = "rjieba") -> str:
    """A short hash of everything that decides a report's rows besides the file itself."""
    digest = hashlib.sha256(f"{__version__}\0{tokenizer_engine}".encode())
    sources = sorted(PACKAGE_DIR.glob("*.py")) + sorted((PACKAGE_DIR / "lexicon").glob("*"))
    if user_dir:
        sources += sorted(p for p in Path(user_dir).glob("*") if p.is_file())
    for path in sources:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


class ReportCache:
    """Pickled rows per key in ``directory/<version>/``; writes are atomic."""

    def __init__(self, directory: Path, version: str):
        self.directory = Path(directory) / version

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.pickle"

    def get(self, key: str):
        """The cached rows for ``key``, or None (also for an unreadable entry)."""
        try:
            with open(self._path(key), "rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError):
            return None

    def put(self, key: str, rows) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        """Write to a temporary file and rename it, so readers never see a partial entry."""
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
            try:
                pickle.dump(rows, handle, protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException:
                handle.close()
                os.unlink(handle.name)
                raise
        os.replace(handle.name, path)
