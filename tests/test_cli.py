"""The command line: build writes every table; inspect explains one report."""

import subprocess
import sys

from womenfed.cli import main
from womenfed.tables import REPORT_TABLES

from .conftest import RAW_DIR


def test_build_writes_parquet_and_csv_for_every_table(tmp_path, capsys):
    assert main(["build", str(RAW_DIR), "--out", str(tmp_path)]) == 0
    for table in REPORT_TABLES:
        assert (tmp_path / f"{table}.parquet").is_file()
        assert (tmp_path / f"{table}.csv").is_file()
    assert "5 reports, 0 errors" in capsys.readouterr().err


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
