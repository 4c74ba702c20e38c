"""Reading: every common Chinese encoding and container decodes to the same text."""

import os
from pathlib import Path

import opencc
import pytest

from womenfed import limits
from womenfed.errors import InputError
from womenfed.read import decode_bytes, file_digest, html_to_text, read_document

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "raw" / "003_acdbb2cbe1affd14.txt"
TEXT = SAMPLE.read_text(encoding="utf-8")[:800]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16",
                                      "utf-16-le", "utf-16-be"])
def test_simplified_text_round_trips(encoding):
    text, _ = decode_bytes(TEXT.encode(encoding))
    assert text == TEXT


def test_big5_traditional_text_round_trips():
    traditional = opencc.OpenCC("s2t").convert(TEXT)
    encodable = traditional.encode("big5", errors="ignore").decode("big5")
    text, encoding = decode_bytes(encodable.encode("big5"))
    assert text == encodable
    assert encoding.replace("-", "_").lower().startswith("big5")


def test_a_few_invalid_utf8_bytes_are_replaced_not_fatal():
    data = TEXT.encode()[:99] + b"\xff" + TEXT.encode()[99:]
    text, encoding = decode_bytes(data)
    assert "\ufffd" in text and "replaced" in encoding


@pytest.mark.parametrize("data, problem", [
    (b"", "empty"), (b"  \n ", "empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
    (bytes(range(256)) * 50, "encoding"),
])
def test_bad_bytes_raise_a_named_problem(data, problem):
    with pytest.raises(InputError, match=problem):
        decode_bytes(data)


def test_html_reduced_to_block_lines_without_scripts():
    html = ("<html><head><script>alert(1)</script><style>p{}</style></head><body>"
            "<h1>标题</h1><p>第一段<b>加粗</b>文字。</p><div>第二段</div></body></html>")
    assert html_to_text(html).split() == ["标题", "第一段加粗文字。", "第二段"]


def test_read_document_names_unsupported_types(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(InputError, match="unsupported file type '.pdf'"):
        read_document(path)


def test_read_document_refuses_oversized_files(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("妇联" * 1000, encoding="utf-8")
    with pytest.raises(InputError, match="larger than"):
        read_document(path, max_bytes=1000)


def test_read_document_strips_nul_and_normalises_newlines(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes("妇联\r\n工作\x00报告\r".encode())
    document = read_document(path)
    assert document.text == "妇联\n工作报告\n"
    assert len(document.sha256) == 64 and document.report_id == "nul"


@pytest.mark.parametrize("charset, encoding, text", [
    ("big5", "big5", "區婦聯開展“兩癌”免費檢查,惠及婦女群眾。"),
    ("gb2312", "gb18030", "区妇联开展“两癌”免费检查,惠及妇女群众。"),
    ("GBK", "gb18030", "区妇联开展“两癌”免费检查,惠及妇女群众。"),
])
def test_html_pages_are_read_in_the_charset_they_declare(tmp_path, charset, encoding, text):
    page = f"<html><head><meta charset='{charset}'></head><body><p>{text}</p></body></html>"
    path = tmp_path / "page.html"
    path.write_bytes(page.encode(encoding))
    document = read_document(path)
    assert document.encoding == encoding and document.text.strip() == text


def test_utf8_wins_over_a_wrongly_declared_charset(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes("<meta charset=gb2312><p>妇联工作报告</p>".encode())
    assert read_document(path).encoding == "utf_8"


@pytest.mark.parametrize("name", ["art_123_456.shtml", "page.jhtml", "index.aspx", "saved-page",
                                  "saved-page.txt"])
def test_saved_pages_are_read_as_html_whatever_their_suffix(tmp_path, name):
    path = tmp_path / name
    path.write_text("<!DOCTYPE html><html><head><title>t</title></head><body><p>妇联工作报告。"
                    "</p><script>track()</script></body></html>", encoding="utf-8")
    assert read_document(path).text.split() == ["妇联工作报告。"]


def test_a_file_without_suffix_is_read_as_text(tmp_path):
    path = tmp_path / "report-20210308"
    path.write_text("区妇联开展“三八”维权周活动。", encoding="utf-8")
    assert read_document(path).text == "区妇联开展“三八”维权周活动。"


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("make, kind", [
    (lambda tmp: _fifo(tmp / "pipe.txt"), "FIFO"),
    (lambda tmp: _symlink(tmp / "to-pipe.txt", _fifo(tmp / "pipe")), "FIFO"),
    (lambda tmp: _symlink(tmp / "zero.txt", Path("/dev/zero")), "character device"),
    (lambda tmp: _symlink(tmp / "folder.txt", tmp), "folder"),
])
def test_special_files_are_refused_before_any_byte_is_read(tmp_path, make, kind):
    path = make(tmp_path)
    # A FIFO would block the open and /dev/zero fill the memory: the limit turns a hang into
    # a failure of this test instead of a stuck run.
    with limits.time_limit(10), pytest.raises(InputError, match=f"not a regular file but a {kind}"):
        read_document(path)
    with limits.time_limit(10), pytest.raises(InputError, match=kind):
        file_digest(path)


def _symlink(link: Path, target: Path) -> Path:
    link.symlink_to(target)
    return link


def test_a_huge_sparse_file_is_refused_by_its_size_without_reading_it(tmp_path):
    path = tmp_path / "sparse.txt"
    with open(path, "wb") as handle:
        handle.truncate(3 * 2**30)
    with pytest.raises(InputError, match="3072.0 MiB, larger than"):
        file_digest(path)
    with pytest.raises(InputError, match="larger than"):
        read_document(path)


def test_file_digest_streams_the_same_sha256_as_the_document(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes("区妇联工作报告。".encode() * 200_000)  # several hash blocks
    assert file_digest(path) == read_document(path).sha256
