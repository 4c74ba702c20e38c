"""Word and PDF attachments are read like saved pages; a scanned PDF is an error row that says so.

The files are made here: a .docx with python-docx, PDFs with matplotlib and the bundled font
(its text layer is real text), and an image-only PDF standing for a scan.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import docx  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from matplotlib.font_manager import FontProperties  # noqa: E402

from womenfed.errors import InputError  # noqa: E402
from womenfed.plotting import FONT_FILE  # noqa: E402
from womenfed.read import read_document  # noqa: E402

TITLE = "甲乙县妇联2024年上半年工作总结"
BODY = "上半年，县妇联联合县人社局举办招聘会3场，帮助420名妇女实现就业。"


def write_docx(path, lines):
    """A Word file with one paragraph per line."""
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(path)
    return path


def _docx(path):
    document = docx.Document(write_docx(path, [TITLE, BODY]))
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "两癌筛查", "5600人"
    document.save(path)
    return path


def write_pdf(path, lines):
    """A PDF with a text layer: one line of text per line, in the bundled font."""
    figure = plt.figure(figsize=(40, 0.4 * len(lines) + 0.4))  # wide enough for a long line
    for number, line in enumerate(lines):
        figure.text(0.02, 1 - (number + 1) / (len(lines) + 1), line,
                    fontproperties=FontProperties(fname=FONT_FILE))
    with plt.rc_context({"pdf.fonttype": 42}):
        figure.savefig(path)
    plt.close(figure)
    return path


def _scan(path):
    figure = plt.figure(figsize=(2, 2))
    figure.figimage(np.random.default_rng(0).random((50, 50)))
    figure.savefig(path)
    plt.close(figure)
    return path


def test_a_word_file_is_read_with_its_paragraphs_and_tables(tmp_path):
    document = read_document(_docx(tmp_path / "report.docx"))
    assert document.text.splitlines() == [TITLE, BODY, "两癌筛查\t5600人"]
    assert document.encoding == "docx"


def test_a_pdf_with_a_text_layer_is_read(tmp_path):
    document = read_document(write_pdf(tmp_path / "report.pdf", [TITLE, BODY]))
    assert TITLE in document.text.replace(" ", "") and "420名" in document.text
    assert document.encoding == "pdf"


def test_a_scanned_pdf_says_it_has_no_text_layer(tmp_path):
    with pytest.raises(InputError, match="no text layer"):
        read_document(_scan(tmp_path / "scan.pdf"))


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_broken_attachment_is_named_as_such(tmp_path, suffix):
    path = tmp_path / f"broken{suffix}"
    path.write_bytes(b"PK\x03\x04 not really" if suffix == ".docx" else b"%PDF-1.4 broken")
    with pytest.raises(InputError, match="not a readable"):
        read_document(path)


def test_a_folder_of_txt_docx_and_pdf_builds_into_rows_and_one_error(tmp_path):
    from womenfed.corpus import build, read_tables

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(TITLE + "\n" + BODY, encoding="utf-8")
    _docx(raw / "b.docx")
    write_pdf(raw / "c.pdf", [TITLE, BODY])
    _scan(raw / "d.pdf")
    build(raw, tmp_path / "out")
    tables = read_tables(tmp_path / "out")
    assert sorted(tables.reports["report_id"]) == ["a", "b", "c"]
    assert tables.errors["path"].str.endswith("d.pdf").tolist() == [True]
    assert "420名" in set(tables.quantities["text"])
