"""Reading: every common Chinese encoding and container decodes to the same text."""

from pathlib import Path

import opencc
import pytest

from womenfed.errors import InputError
from womenfed.read import decode_bytes, html_to_text, read_document

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
