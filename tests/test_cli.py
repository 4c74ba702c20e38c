"""The command line: build writes every table; inspect explains one report."""

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from womenfed import cache, publish, tables
from womenfed.cli import main
from womenfed.corpus import read_tables
from womenfed.tables import REPORT_TABLES

from .conftest import RAW_DIR


def test_build_writes_parquet_and_csv_for_every_table(tmp_path, capsys):
    assert main(["build", str(RAW_DIR), "--out", str(tmp_path)]) == 0
    for table in REPORT_TABLES:
        assert (tmp_path / f"{table}.parquet").is_file()
        assert (tmp_path / f"{table}.csv").is_file()
    assert "5 reports, 0 errors, 1 skipped" in capsys.readouterr().err


def test_inspect_shows_metadata_sentences_and_edits():
    result = subprocess.run([sys.executable, "-m", "womenfed", "inspect",
                             str(RAW_DIR / "000_7a3ce38bcc4bdc28.txt")],
                            capture_output=True, text=True, check=True)
    out = result.stdout
    for part in ("## metadata", "## cleaned text", "## edits by rule", "## garbled spans"):
        assert part in out
    assert "玉泉街道妇联" in out and "(lián)" in out  # cleaned text and the raw pinyin it removed


def test_missing_folder_is_a_clear_error(tmp_path):
    result = subprocess.run([sys.executable, "-m", "womenfed", "build", str(tmp_path / "nope")],
                            capture_output=True, text=True)
    assert result.returncode != 0
    assert "not a folder of reports" in result.stderr
    assert "Traceback" not in result.stderr


def test_words_lists_user_words_that_segmentation_still_splits(tmp_path):
    (tmp_path / "userdict.txt").write_text("巾帼红娘服务站 1\n妇女的 1\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "womenfed", "words", "--user-dir",
                             str(tmp_path)], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines() == ["妇女的\t妇女 / 的"]
    assert "1 dictionary words are still split" in result.stderr


def _current_tables(out: Path) -> dict[str, bytes]:
    generation = publish.current_generation(out)
    return {p.name: p.read_bytes() for p in sorted(generation.iterdir()) if p.is_file()}


def _fails_with_one_line(argv: list[str], capsys) -> str:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("womenfed: error: "), lines
    return lines[0]


def test_a_full_disk_while_writing_tables_is_one_line_and_keeps_the_tables(tmp_path, capsys,
                                                                          monkeypatch):
    assert main(["build", str(RAW_DIR), "--out", str(tmp_path)]) == 0
    # touched tables are not up to date: the next build writes new ones
    os.utime(publish.current_generation(tmp_path) / "reports.parquet", ns=(0, 0))
    before = _current_tables(tmp_path)
    capsys.readouterr()

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(tables.pa_csv, "write_csv", disk_full)
    line = _fails_with_one_line(["build", str(RAW_DIR), "--out", str(tmp_path)], capsys)
    assert "No space left on device" in line and str(tmp_path) in line
    assert _current_tables(tmp_path) == before
    assert not list(tmp_path.glob("**/.staging-*"))


def test_a_read_only_output_folder_is_one_line(tmp_path, capsys, monkeypatch):
    """As root a chmod does not bind, so the refusal of the file system is simulated."""
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(publish.tempfile, "mkdtemp", read_only)
    line = _fails_with_one_line(["build", str(RAW_DIR), "--out", str(tmp_path)], capsys)
    assert "Read-only file system" in line


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a folder without write "
                                              "permission anyway")
def test_a_folder_without_write_permission_is_one_line(tmp_path, capsys):
    tmp_path.chmod(0o555)
    try:
        line = _fails_with_one_line(["build", str(RAW_DIR), "--out", str(tmp_path / "out")],
                                    capsys)
    finally:
        tmp_path.chmod(0o755)
    assert "Permission denied" in line


def test_an_output_folder_under_a_file_is_one_line(tmp_path, capsys):
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    line = _fails_with_one_line(["build", str(RAW_DIR), "--out", str(tmp_path / "a-file" / "out")],
                                capsys)
    assert "Not a directory" in line


def test_a_full_disk_while_caching_does_not_stop_the_build(tmp_path, monkeypatch):
    calls = []

    def disk_full(self, key, pickled):
        calls.append(key)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(cache.ReportCache, "_put", disk_full)
    with pytest.warns(UserWarning, match="cannot write the cache"):
        assert main(["build", str(RAW_DIR), "--out", str(tmp_path)]) == 0
    assert len(calls) == 1  # tried once, then the build went on without caching
    assert len(read_tables(tmp_path).reports) == 5
