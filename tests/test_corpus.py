"""Building a corpus: every file accounted for, atomic outputs, deterministic tables."""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

import opencc
import pandas as pd
import pytest

from womenfed import corpus, pipeline
from womenfed.corpus import build, discover, read_tables, survey
from womenfed.read import display_path, read_document
from womenfed.tables import COLUMNS, REPORT_TABLES

from .conftest import RAW_DIR, clean_span

SEED = RAW_DIR / "001_f3635435e2464913.txt"


def _hostile_folder(root: Path) -> set[str]:
    """A folder of everything that goes wrong in real scraped collections; returns its files."""
    text = SEED.read_text(encoding="utf-8")
    traditional = opencc.OpenCC("s2t").convert(text)
    (root / "empty.txt").write_bytes(b"")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (root / "image-named-as-text.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (root / "gbk.txt").write_bytes(text.encode("gbk", errors="ignore"))
    (root / "big5.txt").write_bytes(traditional.encode("big5", errors="ignore"))
    (root / "utf16.txt").write_bytes(text.encode("utf-16"))
    (root / "page.html").write_text(
        "<html><head><meta charset='utf-8'><title>妇联</title><script>x()</script></head>"
        f"<body><h1>区妇联工作总结</h1><p>{text[:400]}</p><p>{text[400:900]}</p></body></html>",
        encoding="utf-8")
    (root / "nul.txt").write_bytes(text.encode()[:200] + b"\x00\x00" + text.encode()[200:])
    (root / "invalid-utf8.txt").write_bytes(text.encode()[:301] + b"\xff\xfe" + text.encode()[301:])
    with open(root / "huge.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    no_punctuation = "妇联工作报告 今年以来 区妇联开展活动 惠及妇女群众200余人"
    (root / "no-punctuation.txt").write_text(no_punctuation, encoding="utf-8")
    (root / "dangling.txt").symlink_to(root / "missing-target.txt")
    os.mkfifo(root.parent / "pipe")
    (root / "to-a-fifo.txt").symlink_to(root.parent / "pipe")
    (root / "to-dev-zero.txt").symlink_to("/dev/zero")
    with open(root / "sparse-3gb.txt", "wb") as handle:
        handle.truncate(3 * 2**30)
    locked = root / "locked.txt"
    locked.write_text(text, encoding="utf-8")
    locked.chmod(0)
    shutil.copy(SEED, root / "copy-a.txt")
    shutil.copy(SEED, root / "copy-b.txt")
    (root / "区 妇联 2019 工作总结.txt").write_text(text, encoding="utf-8")
    # A GBK name unzipped on Linux: its bytes are not UTF-8 (妇联 in GBK).
    (root / os.fsdecode("\u5987\u8054-gbk-name.txt".encode("gbk"))).write_text(text, encoding="utf-8")
    (root / "utf32.txt").write_bytes(text.encode("utf-32"))
    (root / "utf32-no-bom.txt").write_bytes(text.encode("utf-32-le"))
    (root / "korean-euc-kr.txt").write_bytes(
        "서울시 여성단체는 올해 지역 여성을 위한 일자리 지원 사업을 넓혔다.".encode("euc_kr") * 5)
    (root / "zero-width.txt").write_text(text.replace("，", "，\u200b").replace("。", "\u202e。"),
                                         encoding="utf-8")
    (root / "flood-spaces.txt").write_text(text[:300] + " \u3000\u00a0\t" * 50_000 + text[300:],
                                           encoding="utf-8")
    (root / "flood-nbsp.html").write_text(f"<html><body><p>{text[:300]}{'&nbsp;' * 40_000}"
                                          f"{text[300:]}</p></body></html>", encoding="utf-8")
    (root / "deeply-nested.html").write_text(
        f"<html><body>{'<div>' * 100_000}{text}{'</div>' * 100_000}</body></html>",
        encoding="utf-8")
    (root / "gzipped.txt").write_bytes(gzip.compress(text.encode()))
    (root / ".hidden-report.txt").write_text(text, encoding="utf-8")
    (root / "README.md").write_text("# 说明\n本文件夹收录各区县妇联工作总结。", encoding="utf-8")
    os.mkfifo(root / "a-fifo.txt")
    (root.parent / "elsewhere").mkdir()
    (root.parent / "elsewhere" / "outside.txt").write_text(text, encoding="utf-8")
    (root / "linked-folder").symlink_to(root.parent / "elsewhere")
    (root / "sub").mkdir()
    shutil.copy(SEED, root / "sub" / "nested.txt")
    return {display_path(p) for p in root.iterdir() if p.name != "sub"} | {
        display_path(root / "sub" / "nested.txt")}


def test_hostile_folder_every_file_accounted_for(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    files = _hostile_folder(raw)
    counts = build(raw, tmp_path / "out")
    tables = read_tables(tmp_path / "out")
    listed = [*tables.reports["path"], *tables.errors["path"], *tables.skipped["path"]]
    assert sorted(listed) == sorted(files)  # every entry exactly once
    assert counts["reports"] + counts["errors"] + counts["skipped"] == len(files)
    skipped = dict(zip(tables.skipped["path"].map(lambda p: Path(p).name),
                       tables.skipped["reason"], strict=True))
    assert skipped == {".hidden-report.txt": "hidden",
                       "README.md": "documents the folder, not a report",
                       "linked-folder": "symlink to a folder (not followed)"}
    errors = tables.errors.set_index(tables.errors["path"].map(lambda p: Path(p).name))
    for name, problem in [("empty.txt", "empty"), ("image.png", "unsupported file type"),
                          ("image-named-as-text.txt", "binary"), ("huge.txt", "larger than"),
                          ("dangling.txt", "cannot read"), ("to-a-fifo.txt", "FIFO"),
                          ("to-dev-zero.txt", "character device"),
                          ("sparse-3gb.txt", "3072.0 MiB"), ("a-fifo.txt", "FIFO"),
                          ("korean-euc-kr.txt", "Korean text (euc_kr), not Chinese"),
                          ("gzipped.txt", "gzip-compressed")]:
        assert problem in errors.loc[name, "message"], name
    assert not tables.errors["message"].str.contains("Traceback").any()
    reports = tables.reports.set_index("report_id")
    for name in ["gbk", "big5", "utf16", "page", "nul", "invalid-utf8", "no-punctuation",
                 "copy-a", "copy-b", "区 妇联 2019 工作总结", "utf32", "utf32-no-bom",
                 "zero-width", "flood-spaces", "flood-nbsp", "deeply-nested"]:
        assert name in reports.index, name
        assert reports.loc[name, "n_sentences"] > 0, name
    for name in ["utf32", "utf32-no-bom", "zero-width", "flood-spaces", "flood-nbsp",
                 "deeply-nested"]:  # read right: the same sentences as the plain copy
        assert reports.loc[name, "n_sentences"] == reports.loc["copy-a", "n_sentences"], name
    assert reports.loc["copy-b", "duplicate_of"] == "copy-a"
    assert pd.isna(reports.loc["copy-a", "duplicate_of"])
    if os.geteuid() != 0:  # root reads a chmod-0 file anyway
        assert "locked.txt" in errors.index


def test_a_file_name_that_is_not_utf8_is_kept_losslessly(tmp_path):
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    name = os.fsdecode("\u5987\u8054 100%.txt".encode("gbk"))  # 妇联 in GBK bytes, and a %
    shutil.copy(SEED, raw / "sub" / name)
    counts = build(raw, tmp_path / "out")
    assert counts["reports"] == 1
    (row,) = read_tables(tmp_path / "out").reports.itertuples()
    assert urllib.parse.unquote_to_bytes(row.path) == os.fsencode(raw / "sub" / name)
    assert urllib.parse.unquote_to_bytes(row.report_id) == b"sub/" + os.fsencode(name)[:-4]
    assert build(raw, tmp_path / "out")["computed"] == 0  # the name also keys the cache


def test_one_crashing_file_does_not_lose_the_others(tmp_path, monkeypatch):
    real_clean = pipeline.clean.clean_text

    def clean_that_crashes(raw):
        if "昌邑" in raw:
            raise RuntimeError("boom")
        return real_clean(raw)

    monkeypatch.setattr(pipeline.clean, "clean_text", clean_that_crashes)
    build(RAW_DIR, tmp_path)
    tables = read_tables(tmp_path)
    assert len(tables.reports) == 4
    (row,) = tables.errors.itertuples()
    assert row.stage == "clean" and "boom" in row.message and row.path.endswith(SEED.name)


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.glob("*.*")) if p.suffix in (".parquet", ".csv")}


def test_interrupted_build_leaves_previous_tables_intact(tmp_path, monkeypatch):
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(RAW_DIR, raw)
    build(raw, out)
    before = _digests(out)
    for report in sorted(raw.glob("*.txt")):  # every report changed: the rebuild computes them
        report.write_text(report.read_text(encoding="utf-8") + "\n区妇联开展活动。", encoding="utf-8")
    calls = 0

    def interrupted(task, context):
        nonlocal calls
        calls += 1
        if calls == 3:
            raise KeyboardInterrupt
        return pipeline.process_report(task, context)

    monkeypatch.setattr(corpus, "process_report", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build(raw, out)
    assert calls == 3
    assert _digests(out) == before
    assert not list(out.glob("**/.staging-*"))


def test_builds_are_byte_identical(tmp_path):
    build(RAW_DIR, tmp_path / "a")
    build(RAW_DIR, tmp_path / "b")
    assert _digests(tmp_path / "a") == _digests(tmp_path / "b")
    assert len(_digests(tmp_path / "a")) == 2 * len(REPORT_TABLES)


def test_tables_have_the_design_columns_and_excel_csv(sample_corpus, tmp_path):
    for name in REPORT_TABLES:
        assert list(getattr(sample_corpus, name).columns) == COLUMNS[name]
    assert len(sample_corpus.reports) == 5 and sample_corpus.errors.empty
    build(RAW_DIR, tmp_path)
    assert (tmp_path / "sentences.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    csv = pd.read_csv(tmp_path / "sentences.csv", encoding="utf-8-sig")
    assert list(csv.columns) == COLUMNS["sentences"] and len(csv) == len(sample_corpus.sentences)


def test_raw_offsets_point_at_the_sentence(sample_corpus):
    """``raw[raw_start:raw_end]``, cleaned, is the sentence. Page cuts, datelines and garbles
    are recognised from their context, so the report's own edits of those kinds inside the
    span are applied first."""
    raws = {task.report_id: read_document(Path(task.path)).text for task in discover(RAW_DIR)}
    for row in sample_corpus.sentences.itertuples():
        edits = sample_corpus.edits[sample_corpus.edits["report_id"] == row.report_id]
        assert clean_span(raws[row.report_id], row.raw_start, row.raw_end, edits) == row.text, (
            row.report_id, row.sentence_id)


def test_discover_skips_provenance_and_hidden_files_and_keeps_ids_unique(tmp_path):
    for name in ["a.txt", "a.html", "b.md", "SOURCES.csv", ".hidden.txt", "README.md",
                 "LICENSE"]:
        (tmp_path / name).write_text("妇联", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("妇联", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref", encoding="utf-8")
    ids = [task.report_id for task in discover(tmp_path)]
    assert ids == ["a.html", "a.txt", "b", "sub/c"]
    assert [Path(row["path"]).name for row in survey(tmp_path).skipped] == [
        ".git", ".hidden.txt", "LICENSE", "README.md", "SOURCES.csv"]


def test_the_output_folder_inside_the_input_is_skipped_not_read(tmp_path):
    shutil.copy(SEED, tmp_path / "report.txt")
    build(tmp_path, tmp_path / "tables")
    counts = build(tmp_path, tmp_path / "tables")  # now the output folder exists in the input
    assert (counts["reports"], counts["errors"], counts["skipped"]) == (1, 0, 1)
    tables = read_tables(tmp_path / "tables")
    assert len(tables.reports) == 1 and tables.errors.empty
    assert list(tables.skipped["reason"]) == ["the output folder of this build"]


def test_a_folder_that_cannot_be_listed_is_an_error_row_and_the_rest_is_built(tmp_path,
                                                                            monkeypatch):
    raw = tmp_path / "raw"
    (raw / "closed").mkdir(parents=True)
    shutil.copy(SEED, raw / "report.txt")
    real_scandir = os.scandir

    def scandir(path):
        if isinstance(path, (str, os.PathLike)) and Path(path).name == "closed":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(corpus.os, "scandir", scandir)
    build(raw, tmp_path / "out")
    tables = read_tables(tmp_path / "out")
    (row,) = tables.errors.itertuples()
    assert (row.path, row.stage, row.message) == (
        str(raw / "closed"), "discover", "cannot list folder: Permission denied")
    assert len(tables.reports) == 1


UNPRIVILEGED = 65534  # nobody


def _runs_as_unprivileged_user() -> str | None:
    """Why the permission test cannot switch to an unprivileged user, or None if it can."""
    if os.geteuid() != 0:
        return None
    try:
        subprocess.run([sys.executable, "-c", "import womenfed"], check=True,
                       capture_output=True, preexec_fn=lambda: os.setuid(UNPRIVILEGED))
    except (subprocess.CalledProcessError, PermissionError, OSError):
        return (f"running as root, and the interpreter {sys.executable} or the package is not "
                f"readable by uid {UNPRIVILEGED}, so permissions cannot be tested as a "
                f"non-root user")
    return None


def test_unreadable_folders_as_a_non_root_user(tmp_path):
    """Permissions only bind a non-root user: as root, the build runs as ``nobody``."""
    reason = _runs_as_unprivileged_user()
    if reason:
        pytest.skip(reason)
    root = Path(tempfile.mkdtemp())
    raw = root / "raw"
    for folder, mode in [("no-read", 0o311), ("no-execute", 0o644), ("open", 0o755)]:
        (raw / folder).mkdir(parents=True)
        shutil.copy(SEED, raw / folder / "report.txt")
        (raw / folder).chmod(mode)
    for path in (root, raw):
        path.chmod(0o777)
    script = ("import sys; from womenfed.corpus import build; "
              "print(build(sys.argv[1], sys.argv[2]))")
    subprocess.run([sys.executable, "-c", script, str(raw), str(root / "out")], check=True,
                   preexec_fn=(lambda: os.setuid(UNPRIVILEGED)) if os.geteuid() == 0 else None)
    tables = read_tables(root / "out")
    errors = dict(zip(tables.errors["path"], tables.errors["message"], strict=True))
    assert "Permission denied" in errors[str(raw / "no-read")]
    assert "Permission denied" in errors[str(raw / "no-execute" / "report.txt")]
    assert list(tables.reports["report_id"]) == ["open/report"]
    shutil.rmtree(root, ignore_errors=True)


def test_load_corpus_is_the_notebook_door(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    beside = tmp_path / "reports-folder"
    raw = beside / "raw"
    shutil.copytree(RAW_DIR, raw)
    loaded = corpus.load_corpus(raw)
    assert set(loaded.reports["report_id"]) == {p.stem for p in RAW_DIR.glob("*.txt")}
    # Nothing beside the user's folder; the tables sit in the user cache, one folder per corpus.
    assert [p.name for p in beside.iterdir()] == ["raw"]
    tables_dir = corpus.default_tables_dir(raw)
    assert tables_dir.is_relative_to(tmp_path / "user-cache")
    assert (tables_dir / "reports.parquet").exists()
    assert corpus.default_tables_dir(beside) != tables_dir
