"""Publish a build's tables as one unit, and let one build at a time write an output folder.

An output folder holds generations: every build writes its tables and manifest into a
staging folder, renames it to ``generations/NNNNNN`` and then switches one symlink,
``current``, to it with a single atomic rename. A reader resolves ``current`` once and reads
every table of that generation, so it sees one build's tables whatever is killed when;
``reports.parquet`` and the other table files at the top of the folder are symlinks through
``current``, for people and tools that open a file by name. A build holds an exclusive
``flock`` on ``.lock`` (released by the kernel however the process ends); a second build
into the same folder fails at once with a clear message. Under the lock, leftovers of killed
builds (staging folders, generations never switched to) are removed, and generations older
than the previous one are pruned (a reader still on the previous one can finish).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import OutputError

GENERATIONS = "generations"
CURRENT = "current"
LOCK = ".lock"
MANIFEST = ".manifest.json"
STAGING_PREFIX = ".staging-"


class OutputLocked(OutputError):
    """Another build holds the output folder."""


@contextlib.contextmanager
def locked(out_dir: Path) -> Iterator[None]:
    """Hold the output folder's build lock for the block, or raise ``OutputLocked``."""
    out_dir = Path(out_dir)
    with open(out_dir / LOCK, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise OutputLocked(f"{out_dir}: another build (process {holder}) is writing these "
                               f"tables; wait for it to end or choose another --out") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            handle.truncate(0)
            fcntl.flock(handle, fcntl.LOCK_UN)


def current_generation(out_dir: Path) -> Path | None:
    """The folder of the published generation (resolved once), or None before any build.

    An output folder written before generations existed holds its tables at the top; it is
    its own generation.
    """
    out_dir = Path(out_dir)
    try:
        return out_dir / os.readlink(out_dir / CURRENT)
    except FileNotFoundError:
        return out_dir if (out_dir / "reports.parquet").is_file() else None


def new_staging(out_dir: Path) -> Path:
    """An empty staging folder for the next generation (call while holding the lock)."""
    generations = Path(out_dir) / GENERATIONS
    generations.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=generations))


def remove_leftovers(out_dir: Path) -> None:
    """Remove what killed builds left (call while holding the lock): staging folders, and
    generations that are neither the current one nor the one before it."""
    out_dir = Path(out_dir)
    for staging in [*out_dir.glob(STAGING_PREFIX + "*"),
                    *(out_dir / GENERATIONS).glob(STAGING_PREFIX + "*")]:
        shutil.rmtree(staging, ignore_errors=True)
    _prune(out_dir)


def publish(out_dir: Path, staging: Path, manifest: dict, table_files: Iterable[str]) -> Path:
    """Make the complete tables in ``staging`` the current generation; return its folder.

    Until the switch of ``current`` readers see the previous generation, after it the new
    one: no moment shows a mix.
    """
    out_dir = Path(out_dir)
    with open(staging / MANIFEST, "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, sort_keys=True)
    generation = out_dir / GENERATIONS / _next_name(out_dir)
    os.rename(staging, generation)
    _replace_with_symlink(out_dir / CURRENT, generation.relative_to(out_dir))
    for name in table_files:
        link = out_dir / name
        if not (link.is_symlink() and os.readlink(link) == str(Path(CURRENT) / name)):
            _replace_with_symlink(link, Path(CURRENT) / name)
    (out_dir / MANIFEST).unlink(missing_ok=True)  # of the layout before generations
    _prune(out_dir)
    return generation


def read_manifest(generation: Path) -> dict | None:
    try:
        return json.loads((generation / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _next_name(out_dir: Path) -> str:
    numbers = [int(p.name) for p in (out_dir / GENERATIONS).iterdir() if p.name.isdigit()]
    return f"{max(numbers, default=0) + 1:06d}"


def _replace_with_symlink(path: Path, target: Path) -> None:
    """Point ``path`` at ``target`` in one rename (a symlink made beside it, then renamed)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.link")
    temporary.unlink(missing_ok=True)
    os.symlink(target, temporary)
    os.replace(temporary, path)


def _prune(out_dir: Path) -> None:
    """Keep the current generation and the newest one before it."""
    folder = out_dir / GENERATIONS
    if not folder.is_dir():
        return
    current = current_generation(out_dir)
    # Before any switch (or with tables of the old layout) no generation was ever current.
    switched = current.name if current is not None and current.parent == folder else ""
    numbered = sorted((p for p in folder.iterdir() if p.name.isdigit()), key=lambda p: p.name)
    older = [p for p in numbered if p.name < switched]
    newer = [p for p in numbered if p.name > switched]
    for generation in older[:-1] + newer:  # newer ones were never switched to
        shutil.rmtree(generation, ignore_errors=True)
