"""Per-report result cache: a rebuild redoes only reports whose file or pipeline changed.

Keys are computed by the caller from the file's bytes (and the id and path its rows carry);
entries live under a folder named by the pipeline version — a hash of the code the per-report
pipeline runs, the package's lexicons, the user's lexicon folder and the tokenizer engine — so
editing any of these starts a fresh cache instead of serving stale rows. Editing an analysis
module the pipeline does not import (graphs, clustering, plotting) keeps the cache.
"""

from __future__ import annotations

import functools
import hashlib
import modulefinder
import os
import pickle
import tempfile
import warnings
from pathlib import Path

from . import __version__

PACKAGE_DIR = Path(__file__).resolve().parent
PIPELINE_MODULE = "womenfed.pipeline"


def pipeline_sources(entry: str = PIPELINE_MODULE) -> list[Path]:
    """Source files of ``entry`` and of every womenfed module it imports, however deeply.

    ``modulefinder`` reads the imports from the compiled code (function-level ones included)
    without running anything; searching only the package's parent keeps it to our modules.
    """
    finder = modulefinder.ModuleFinder(path=[str(PACKAGE_DIR.parent)])
    finder.import_hook(entry)
    return sorted(Path(module.__file__) for name, module in finder.modules.items()
                  if name.split(".")[0] == PACKAGE_DIR.name and module.__file__)


@functools.cache
def _package_digest(tokenizer_engine: str) -> bytes:
    """The package part of the version, computed once per process: the code as it was when
    the build started, not as someone edits it while the build runs."""
    digest = hashlib.sha256(f"{__version__}\0{tokenizer_engine}".encode())
    lexicons = sorted(p for folder in ("lexicon", "gazetteer")
                      for p in (PACKAGE_DIR / folder).glob("*") if p.is_file())
    for path in pipeline_sources() + lexicons:
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.digest()


def pipeline_version(user_dir: Path | None = None, tokenizer_engine: str = "rjieba") -> str:
    """A short hash of everything that decides a report's rows besides the file itself."""
    digest = hashlib.sha256(_package_digest(tokenizer_engine))
    if user_dir:
        for path in sorted(p for p in Path(user_dir).glob("*") if p.is_file()):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


class ReportCache:
    """Pickled results per key in ``directory/<version>/``; writes are atomic."""

    def __init__(self, directory: Path, version: str):
        self.directory = Path(directory) / version
        self._folders: set[Path] = set()
        self.writable = True

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.pickle"

    def __contains__(self, key: str) -> bool:
        return self._path(key).is_file()

    def get(self, key: str):
        """The cached result for ``key``, or None (also for an unreadable entry)."""
        try:
            with open(self._path(key), "rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError):
            return None

    def put(self, key: str, result) -> None:
        self.put_bytes(key, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))

    def put_bytes(self, key: str, pickled: bytes) -> None:
        """Store an already pickled result. Written to a temporary file and renamed, so
        readers never see a partial entry. A cache that cannot be written (a full disk, a
        read-only folder) only makes the next build slower: one warning, then no more tries."""
        if not self.writable:
            return
        try:
            self._put(key, pickled)
        except OSError as exc:
            self.writable = False
            warnings.warn(f"{self.directory}: cannot write the cache ({exc.strerror or exc}); "
                          f"this build goes on without caching", stacklevel=2)

    def _put(self, key: str, pickled: bytes) -> None:
        path = self._path(key)
        if path.parent not in self._folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(path.parent)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
            try:
                handle.write(pickled)
            except BaseException:
                handle.close()
                os.unlink(handle.name)
                raise
        os.replace(handle.name, path)
