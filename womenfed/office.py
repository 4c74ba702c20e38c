"""Text of report attachments: Word files (.docx) and PDF files with a text layer.

Government sites attach work reports as .docx or .pdf, and document-sharing downloads are
PDFs, so a researcher's folder holds them beside saved pages. python-docx reads a .docx's
paragraphs and tables in document order; pypdf reads a PDF's text layer page by page. A PDF
without a text layer (a scan) is reported as such: recognising characters in images (OCR) is
not this package's job, and guessing would put unread text into the tables.
"""

from __future__ import annotations

import io
import zipfile

from .errors import InputError

OFFICE_SUFFIXES = frozenset({".docx", ".pdf"})
# A PDF whose pages yield fewer visible characters than this is taken to be a scan.
MIN_TEXT_CHARS = 20


def office_text(data: bytes, suffix: str) -> str:
    """The text of a .docx or .pdf file's bytes, paragraphs and pages separated by newlines."""
    if suffix == ".docx":
        return _docx_text(data)
    if suffix == ".pdf":
        return _pdf_text(data)
    raise ValueError(f"not an office suffix: {suffix!r}")


def _docx_text(data: bytes) -> str:
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError("read", f"not a readable Word .docx file ({exc})") from exc
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines += ["\t".join(cell.text for cell in row.cells) for row in block.rows]
        else:
            lines.append(block.text)
    return "\n".join(lines)


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("read", "the PDF is encrypted with a password")
        pages = [page.extract_text() or "" for page in reader.pages]
    except PdfReadError as exc:
        raise InputError("read", f"not a readable PDF file ({exc})") from exc
    text = "\n".join(pages)
    if sum(not ch.isspace() for ch in text) < MIN_TEXT_CHARS:
        raise InputError("read", f"the PDF has no text layer ({len(pages)} pages of images?): "
                                 "it looks scanned; run OCR on it first")
    return text
