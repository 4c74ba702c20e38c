"""Publishing: the tables of one build become visible as one unit, whatever is killed when;
one build at a time writes an output folder; killed builds leave nothing that lives on."""

from __future__ import annotations

import fcntl
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pandas as pd
import pytest

from womenfed import publish
from womenfed.corpus import build, read_tables
from womenfed.tables import REPORT_TABLES

from .conftest import RAW_DIR

# Run in a child process: kill it (SIGKILL, no clean-up of any kind) just before its N-th
# file-system change while publishing, or at its N-th check for leftovers.
KILL_AT_CHANGE = """
import builtins, os, shutil, signal, sys
from womenfed import corpus, publish

target, calls = int(sys.argv[3]), 0

def counted(function):
    def run(*args, **kwargs):
        global calls
        calls += 1
        if calls == target:
            os.kill(os.getpid(), signal.SIGKILL)
        return function(*args, **kwargs)
    return run

class Counted:
    def __init__(self, module, names):
        self.module, self.names = module, names
    def __getattr__(self, name):
        value = getattr(self.module, name)
        return counted(value) if name in self.names else value

publish.os = Counted(os, {"rename", "replace", "symlink", "unlink", "mkdir"})
publish.shutil = Counted(shutil, {"rmtree"})
publish.open = counted(builtins.open)
corpus.build(sys.argv[1], sys.argv[2])
print("completed")
"""


def _variant(folder: Path, edited: bool) -> Path:
    """The sample corpus, or the same with one report changed (other tables)."""
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(RAW_DIR, folder)
    if edited:
        report = sorted(folder.glob("*.txt"))[0]
        report.write_text(report.read_text(encoding="utf-8") + "\n区妇联开展培训3场。",
                          encoding="utf-8")
    return folder


def _published(out: Path, raw: Path) -> dict[str, str]:
    """A digest per table of what ``read_tables`` opens, file paths taken relative to ``raw``
    (the builds compared read copies of the corpus in different folders)."""
    corpus = read_tables(out)
    digests = {}
    for name in REPORT_TABLES:
        frame = getattr(corpus, name)
        if "path" in frame:
            frame = frame.assign(path=frame["path"].str.replace(str(raw), "", regex=False))
        digests[name] = hashlib.sha256(
            pd.util.hash_pandas_object(frame).to_numpy().tobytes()).hexdigest()
    return digests


@pytest.fixture(scope="module")
def clean_builds(tmp_path_factory) -> dict[bool, dict[str, str]]:
    """The tables of a clean build of each variant."""
    root = tmp_path_factory.mktemp("clean")
    digests = {}
    for edited in (False, True):
        out, raw = root / f"out-{edited}", root / f"raw-{edited}"
        build(_variant(raw, edited), out)
        digests[edited] = _published(out, raw)
    assert digests[False] != digests[True]
    return digests


def _assert_clean_state(out: Path) -> None:
    assert not list(out.glob("**/.staging-*"))
    assert len([p for p in (out / publish.GENERATIONS).iterdir() if p.name.isdigit()]) <= 2


def test_a_kill_at_every_publishing_step_leaves_one_consistent_generation(tmp_path,
                                                                         clean_builds):
    raw, out = tmp_path / "raw", tmp_path / "out"
    build(_variant(raw, edited=False), out)
    _variant(raw, edited=True)
    build(raw, tmp_path / "warm", cache_dir=out / ".cache")  # the child reads reports cached
    for target in range(1, 60):
        child = subprocess.run([sys.executable, "-c", KILL_AT_CHANGE, str(raw), str(out),
                                str(target)], capture_output=True, text=True)
        completed = child.returncode == 0
        assert completed or child.returncode == -signal.SIGKILL, child.stderr
        assert _published(out, raw) in (clean_builds[False], clean_builds[True]), target
        assert _published(out, raw) == clean_builds[True] or not completed
        if completed:
            assert "completed" in child.stdout
            break
    else:
        pytest.fail("the build never completed")
    assert target > 5  # it was killed at several steps before it got through
    assert _published(out, raw) == clean_builds[True]
    _assert_clean_state(out)


def _orphans(marker: str) -> list[int]:
    """Processes still alive whose environment carries ``marker``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_kill_9_at_random_moments_then_a_rebuild_equals_a_clean_build(tmp_path, clean_builds):
    raw, out = tmp_path / "raw", tmp_path / "out"
    rng = random.Random(20261127)
    marker = f"WOMENFED_TEST_BUILD={uuid.uuid4().hex}"
    env = {**os.environ, marker.split("=")[0]: marker.split("=")[1]}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "womenfed", "build", str(_variant(raw, False)),
                    "--out", str(out), "--jobs", "2"], check=True, env=env, capture_output=True)
    duration = time.perf_counter() - started
    edited = False
    for _ in range(5):
        edited = not edited
        _variant(raw, edited)
        # fresh reports each time (a cold cache), so the kill can land anywhere in the build
        shutil.rmtree(out / ".cache", ignore_errors=True)
        child = subprocess.Popen([sys.executable, "-m", "womenfed", "build", str(raw), "--out",
                                  str(out), "--jobs", "2"], env=env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, duration))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert _published(out, raw) in (clean_builds[False], clean_builds[True])
        deadline = time.monotonic() + 2
        while _orphans(marker) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _orphans(marker), "pool workers outlived their killed build"
    build(raw, out)
    assert _published(out, raw) == clean_builds[edited]
    _assert_clean_state(out)


def _children(pid: int) -> list[int]:
    children = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and int((entry / "stat").read_text().rsplit(")", 1)[1]
                                            .split()[1]) == pid:
                children.append(int(entry.name))
        except (OSError, IndexError, ValueError):
            continue
    return children


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_pool_workers_die_with_their_killed_build(tmp_path, how):
    """Killed while its pool worker computes (a cold cache: five reports in one chunk), the
    build takes its worker along at once instead of leaving it to finish or hang."""
    child = subprocess.Popen([sys.executable, "-m", "womenfed", "build", str(RAW_DIR), "--out",
                              str(tmp_path), "--jobs", "2"], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not (workers := _children(child.pid)):
        assert time.monotonic() < deadline and child.poll() is None, "no worker started"
        time.sleep(0.02)
    time.sleep(0.3)
    child.send_signal(how)
    child.wait()
    time.sleep(0.5)
    assert not [pid for pid in workers if _alive(pid)]
    assert not list(tmp_path.glob("**/.staging-*")) or how == signal.SIGKILL


def _alive(pid: int) -> bool:
    """Running (a zombie, killed and waiting to be reaped, has an empty environment)."""
    try:
        return bool(Path(f"/proc/{pid}/environ").read_bytes())
    except OSError:
        return False


def test_a_second_build_into_a_locked_folder_fails_with_a_clear_message(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with publish.locked(out), pytest.raises(publish.OutputLocked,
                                            match=f"another build \\(process {os.getpid()}\\)"):
        build(RAW_DIR, out)
    build(RAW_DIR, out)  # the lock went with the block
    assert len(read_tables(out).reports) == 5


def test_two_concurrent_builds_into_one_out(tmp_path, clean_builds):
    raw, out = _variant(tmp_path / "raw", edited=True), tmp_path / "out"
    out.mkdir()
    first = subprocess.Popen([sys.executable, "-m", "womenfed", "build", str(raw), "--out",
                              str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    deadline = time.monotonic() + 120
    while not _is_locked(out / publish.LOCK):  # wait until the first build holds the folder
        assert time.monotonic() < deadline and first.poll() is None, "first build never locked"
        time.sleep(0.05)
    second = subprocess.run([sys.executable, "-m", "womenfed", "build", str(raw), "--out",
                             str(out)], capture_output=True, text=True)
    _, first_err = first.communicate()
    assert first.returncode == 0, first_err
    assert second.returncode != 0
    (line,) = second.stderr.strip().splitlines()
    assert line.startswith("womenfed: error: ") and "another build" in line
    assert _published(out, raw) == clean_builds[True]


def _is_locked(path: Path) -> bool:
    if not path.exists():
        return False
    with open(path) as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False


def test_stale_staging_folders_and_unpublished_generations_are_removed(tmp_path):
    build(RAW_DIR, tmp_path)
    stale = [tmp_path / ".staging-old", tmp_path / publish.GENERATIONS / ".staging-x",
             tmp_path / publish.GENERATIONS / "999999"]
    for folder in stale:
        folder.mkdir()
        (folder / "reports.parquet").write_bytes(b"half")
    before = _published(tmp_path, RAW_DIR)
    build(RAW_DIR, tmp_path)  # up to date: nothing rebuilt, but the leftovers go
    assert not any(folder.exists() for folder in stale)
    assert _published(tmp_path, RAW_DIR) == before
