"""Reading: every common Chinese encoding and container decodes to the same text."""

import gzip
import os
import re
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
    path = tmp_path / "slides.pptx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match="unsupported file type '.pptx'"):
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


BEYOND_BMP = "区妇联为𠀀𠮷𡈽三位老人送去慰问😀,惠及妇女群众。"


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf32_with_and_without_bom_round_trips_beyond_the_bmp(encoding):
    text = TEXT[:200] + BEYOND_BMP
    decoded, name = decode_bytes(text.encode(encoding))
    assert decoded == text and name.startswith("utf_32")


def test_mostly_valid_utf8_is_read_with_its_bad_bytes_counted():
    good = TEXT[:400].encode()
    cut = [i for i in range(0, len(good), 30) if (good[i] & 0xC0) != 0x80][:12]
    data = b"".join(good[a:b] + b"\xff" for a, b in zip([0, *cut], cut, strict=False))
    data += good[cut[-1]:]
    text, encoding = decode_bytes(data)
    assert encoding == "utf_8 (12 invalid bytes replaced)"
    assert text.count("\ufffd") == 12 and text.replace("\ufffd", "") == TEXT[:400]


KOREAN = ("서울시 여성단체는 올해 지역 여성을 위한 일자리 지원 사업을 넓히고, 경력이 끊긴 여성의 "
          "재취업을 돕는 교육을 여러 차례 열었다. 가정폭력 상담도 강화했다.")
JAPANESE = ("東京の女性団体は今年、地域の女性のための就業支援を広げ、子育て中の母親の再就職を"
            "助ける研修を何度も開きました。家庭内暴力の相談も強化しました。")


@pytest.mark.parametrize("text, encoding, problem", [
    (KOREAN, "euc_kr", "Korean text (euc_kr), not Chinese"),
    (KOREAN, "utf_8", "Korean text (utf_8), not Chinese"),
    (JAPANESE, "shift_jis", "Japanese text (shift_jis), not Chinese"),
    (JAPANESE, "euc_jp", "Japanese text (euc_jp), not Chinese"),
    (JAPANESE, "utf_8", "Japanese text (utf_8), not Chinese"),
    ("The county women's federation held twelve training sessions for 600 parents this year. "
     * 3, "utf_8", "Latin-script text (utf_8), not Chinese"),
])
def test_other_languages_are_named_not_read_as_chinese(tmp_path, text, encoding, problem):
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(InputError, match=re.escape(problem)):
        read_document(path)


def test_compressed_files_are_named():
    with pytest.raises(InputError, match="gzip-compressed data"):
        decode_bytes(gzip.compress(TEXT.encode()))


def test_big5_hkscs_text_is_read():
    text = "香港婦女聯會今年舉辦講座,街坊話佢哋冇嘢做就嚟參加㗎。" * 3
    decoded, encoding = decode_bytes(text.encode("big5hkscs"))
    assert decoded == text and encoding == "big5hkscs"
