"""Read one report file: bytes -> text, whatever the encoding and container.

Scraped reports arrive as UTF-8 (with or without BOM), GB18030/GBK, Big5 or UTF-16, as plain
text, Markdown or saved HTML pages. Everything downstream indexes the decoded text returned
here, so this is the "raw" text of the offset contract (docs/ARCHITECTURE.md).
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import charset_normalizer
import numpy as np
from selectolax.lexbor import LexborHTMLParser

from . import lexicon
from .errors import InputError
from .office import OFFICE_SUFFIXES, office_text

# Saved pages keep the suffix of the site's URLs (.shtml, .jhtml, .aspx …); a file without a
# suffix, or a .txt, is read as HTML when it starts like a page.
TEXT_SUFFIXES = frozenset({".txt", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".shtml", ".xhtml", ".jhtml", ".asp", ".aspx", ".php",
                           ".jsp"})
REPORT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | OFFICE_SUFFIXES
SNIFFED_SUFFIXES = frozenset({".txt", ""})
HTML_START = re.compile(rb"\s*(?:<!doctype\s+html|<html|<head|<meta)", re.I)
MAX_BYTES = 20 * 1024 * 1024  # no real report is this long; larger files are refused by name
HASH_BLOCK = 1 << 20
SPECIAL_FILES = ((stat.S_ISFIFO, "FIFO (named pipe)"), (stat.S_ISCHR, "character device"),
                 (stat.S_ISBLK, "block device"), (stat.S_ISSOCK, "socket"),
                 (stat.S_ISDIR, "folder"))

# Candidate encodings of Chinese web text; the detector only chooses among these.
CHINESE_ENCODINGS = ["utf_8", "gb18030", "big5", "big5hkscs", "utf_16"]
# Other languages' encodings, tried only to name what a file is when it is not Chinese.
OTHER_LANGUAGE_ENCODINGS = {"euc_kr": "Korean", "shift_jis": "Japanese", "euc_jp": "Japanese",
                            "iso2022_jp": "Japanese"}
COMPRESSED_MAGIC = {b"\x1f\x8b": "gzip", b"BZh": "bzip2", b"\xfd7zXZ\x00": "xz",
                    b"7z\xbc\xaf\x27\x1c": "7-Zip", b"Rar!\x1a\x07": "RAR"}
# Code point ranges of the scripts ``language_of`` counts: Han (with extensions and
# compatibility ideographs), Hangul (syllables and jamo), kana, Latin letters.
SCRIPT_RANGES = (((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F)),
                 ((0xAC00, 0xD7AF), (0x1100, 0x11FF), (0x3130, 0x318F)),
                 ((0x3040, 0x30FF),),
                 ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F)))
HAN_CHAR = re.compile("[\u4e00-\u9fff]")
WORD_SAMPLE_CHARS, MIN_HAN_TO_JUDGE, MIN_WORD_SHARE = 300, 30, 0.1
LANGUAGE_SAMPLE_CHARS = 200_000
# Signatures of binary formats that sometimes land in scraped folders with a text suffix.
BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x7fELF")
# Invalid bytes tolerated in otherwise valid UTF-8 before we ask the detector (GBK or Big5
# text read as UTF-8 is invalid at nearly every character).
MAX_INVALID_UTF8_SHARE = 0.05
META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_-]+)", re.I)
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Bytes of a file name that are not UTF-8, as ``os.fsdecode`` hands them over (surrogateescape).
ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
BLOCK_TAGS = "p, div, br, li, tr, h1, h2, h3, h4, h5, h6, section, article, blockquote, title, td"
BLOCK_TAG_NAMES = frozenset(BLOCK_TAGS.split(", "))
DROPPED_TAGS = ("script", "style", "noscript", "template", "iframe", "svg")
# Real page layouts nest a few dozen levels; far deeper is a hostile or broken page.
MAX_HTML_DEPTH = 512
TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*?(/?)>")
VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                       "param", "source", "track", "wbr"})


@dataclass(frozen=True)
class Document:
    """A decoded report file."""

    report_id: str
    path: str
    sha256: str
    encoding: str
    text: str


def read_document(path: Path, report_id: str | None = None, max_bytes: int = MAX_BYTES) -> Document:
    """Read and decode one report file.

    Raises ``InputError`` with stage ``read`` naming what is wrong (unsupported type, empty,
    binary, too large, undecodable, unreadable).

    Examples
    --------
    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "report.txt"
    >>> _ = path.write_bytes("\ufeff区妇联工作总结".encode("utf-8"))
    >>> document = read_document(path)
    >>> document.encoding, document.text, document.report_id
    ('utf_8_sig', '区妇联工作总结', 'report')
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise InputError("read", f"unsupported file type {suffix!r}; expected one of "
                                 f"{', '.join(sorted(REPORT_SUFFIXES - {''}))} or no suffix")
    with open_report(path, max_bytes) as handle:
        data = _read_at_most(handle, max_bytes)
    if suffix in OFFICE_SUFFIXES:  # Word and PDF attachments (womenfed.office)
        text, encoding = office_text(data, suffix), suffix[1:]
    else:
        text, encoding = _decoded_text(data, suffix)
    text = normalise_newlines(text)
    if not text.strip():
        raise InputError("read", "no text in file (empty or only whitespace/markup)")
    if (language := language_of(text)) != "Chinese":
        raise InputError("read", f"{language} text ({encoding}), not Chinese")
    return Document(
        report_id=report_id or path.stem,
        path=display_path(path),
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        text=text,
    )


def _decoded_text(data: bytes, suffix: str) -> tuple[str, str]:
    """A text or saved page's bytes decoded (and a page reduced to its text)."""
    is_html = suffix in HTML_SUFFIXES or (suffix in SNIFFED_SUFFIXES
                                          and HTML_START.match(data.lstrip(codecs.BOM_UTF8)))
    text, encoding = decode_bytes(data, declared_charset(data) if is_html else None)
    return (html_to_text(text) if is_html else text), encoding


@contextmanager
def open_report(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[BinaryIO]:
    """Open a report file for reading after checking, before any byte is read, that it is a
    regular file (not a FIFO, device, socket or folder, also behind a symlink) no larger than
    ``max_bytes``: a FIFO would block the build and ``/dev/zero`` fill its memory.

    The type is checked on the path and again on the opened file (opened without blocking,
    so a FIFO swapped in between cannot hang the open either). Raises ``InputError``.
    """
    try:
        _check_status(os.stat(path), max_bytes)
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                             | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputError("read", f"cannot read file: {exc.strerror or exc}") from exc
    with os.fdopen(descriptor, "rb") as handle:
        _check_status(os.fstat(descriptor), max_bytes)
        try:
            yield handle
        except OSError as exc:
            raise InputError("read", f"cannot read file: {exc.strerror or exc}") from exc


def _check_status(status: os.stat_result, max_bytes: int) -> None:
    if not stat.S_ISREG(status.st_mode):
        kind = next((name for test, name in SPECIAL_FILES if test(status.st_mode)), "special file")
        raise InputError("read", f"not a regular file but a {kind}")
    if status.st_size > max_bytes:
        raise InputError("read", f"file is {status.st_size / 2**20:.1f} MiB, larger than the "
                                 f"{max_bytes / 2**20:.0f} MiB limit for one report")


def _read_at_most(handle: BinaryIO, max_bytes: int) -> bytes:
    """The file's bytes; a file that grew past ``max_bytes`` since it was checked is refused."""
    size = os.fstat(handle.fileno()).st_size
    data = handle.read(min(size, max_bytes) + 1)  # not a 20 MiB buffer for every file
    if len(data) > size:  # it grew since: read on, up to the limit
        data += handle.read(max_bytes + 1 - len(data))
    if len(data) > max_bytes:
        raise InputError("read", f"file grew past the {max_bytes / 2**20:.0f} MiB limit for "
                                 f"one report while it was read")
    return data


def file_digest(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """SHA-256 of a report file, read in blocks after the checks of ``open_report``."""
    digest = hashlib.sha256()
    with open_report(path, max_bytes) as handle:
        read_so_far = 0
        while block := handle.read(HASH_BLOCK):
            read_so_far += len(block)
            if read_so_far > max_bytes:
                raise InputError("read", "file grew past the size limit while it was read")
            digest.update(block)
    return digest.hexdigest()


def display_path(path: str | os.PathLike) -> str:
    """A file path as the tables store it: losslessly, also when its name is not UTF-8.

    Unzipping a GBK-named archive on Linux gives names whose bytes are not UTF-8; Python holds
    them surrogate-escaped, which no table can store. Such bytes, and ``%`` itself, are
    percent-encoded (as in a URI), so ``urllib.parse.unquote_to_bytes`` gives the exact bytes
    of the name back and a UTF-8 name without ``%`` is stored unchanged.

    >>> display_path(os.fsdecode(b"reports/\\xb8\\xbe\\xc1\\xaa 100%.txt"))
    'reports/%B8%BE%C1%AA 100%25.txt'
    """
    text = os.fsdecode(path).replace("%", "%25")
    return ESCAPED_BYTE.sub(lambda m: f"%{ord(m.group()) - 0xDC00:02X}", text)


def declared_charset(html: bytes) -> str | None:
    """The charset an HTML page declares in its head (``<meta charset=gb2312>``), if any.

    GB2312 and GBK are read as their superset GB18030, as browsers do.
    """
    match = META_CHARSET.search(html[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return None
    return "gb18030" if name in ("gb2312", "gbk") else name


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode report bytes; return (text, encoding name).

    Valid UTF-8 wins (pages often declare a charset they are not in); then a charset the page
    declares, if the bytes decode under it; then detection among the Chinese encodings. Text
    that reads as another language (Korean, Japanese) is refused by name, not forced into
    Chinese; UTF-8 with a few bad bytes is read, the count of bad bytes in its encoding name.
    """
    if not data.strip():
        raise InputError("read", "empty file")
    if data.startswith(BINARY_MAGIC):
        raise InputError("read", "binary content (an image, PDF or archive), not text")
    for magic, kind in COMPRESSED_MAGIC.items():
        if data.startswith(magic):
            raise InputError("read", f"{kind}-compressed data, not text (unpack it first)")
    # UTF-32's byte-order marks begin with UTF-16's: test them first.
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf_32"), (codecs.BOM_UTF32_BE, "utf_32"),
                          (codecs.BOM_UTF8, "utf_8_sig"), (codecs.BOM_UTF16_LE, "utf_16"),
                          (codecs.BOM_UTF16_BE, "utf_16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    # UTF-32 without a mark: at least a quarter NUL bytes (ASCII-range code units would also
    # pass as UTF-8 with NULs).
    if not len(data) % 4 and data.count(0) >= len(data) // 4:
        if utf32 := _wide_without_bom(data, ("utf_32_le", "utf_32_be")):
            return data.decode(utf32), utf32
    try:
        return data.decode("utf_8"), "utf_8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    if not len(data) % 2 and (utf16 := _wide_without_bom(data, ("utf_16_le", "utf_16_be"))):
        return data.decode(utf16), utf16
    if data.count(0) > len(data) // 10:
        raise InputError("read", "binary content (too many NUL bytes), not text")
    escaped = data.decode("utf_8", errors="surrogateescape")
    bad_bytes = len(ESCAPED_BYTE.findall(escaped))
    if bad_bytes <= max(1, len(escaped) * MAX_INVALID_UTF8_SHARE):
        return (ESCAPED_BYTE.sub("\ufffd", escaped),
                f"utf_8 ({bad_bytes} invalid byte{'s' * (bad_bytes > 1)} replaced)")
    best = charset_normalizer.from_bytes(data, cp_isolation=CHINESE_ENCODINGS).best()
    text = str(best) if best is not None else None
    if text is None or not _reads_as_chinese(text):
        other = _other_language(data)
        if other:
            raise InputError("read", f"{other[0]} text ({other[1]}), not Chinese")
        if text is None:
            raise InputError("read", "cannot detect the text encoding (not UTF-8, GB18030, "
                                     "Big5 or UTF-16)")
        raise InputError("read", f"decoded as {best.encoding}, the text is not Chinese words "
                                 f"(random bytes or an unsupported encoding)")
    return text, best.encoding


def _reads_as_chinese(text: str) -> bool:
    """Whether decoded Han text is made of words: Korean or Japanese bytes read as GB18030 or
    Big5 are valid characters (咯己楷竿) that form no words. Share of Han characters inside
    multi-character jieba dictionary words, by greedy longest match: Chinese reports 0.7-0.9
    (traditional script 0.25-0.3), other languages read as Chinese 0.0."""
    sample = text[:WORD_SAMPLE_CHARS]
    words = lexicon.dictionary_tags()
    han = in_words = position = 0
    while position < len(sample):
        if not HAN_CHAR.match(sample, position):
            position += 1
            continue
        end = min(len(sample), position + 4)
        while end > position + 1 and sample[position:end] not in words:
            end -= 1
        han += end - position
        in_words += (end - position) * (end - position > 1)
        position = end
    return han < MIN_HAN_TO_JUDGE or in_words / han >= MIN_WORD_SHARE


def _other_language(data: bytes) -> tuple[str, str] | None:
    """(language, encoding) if the detector, among Korean and Japanese encodings, finds
    text of that language in the bytes (its Hangul or kana, by ``language_of``)."""
    best = charset_normalizer.from_bytes(data, cp_isolation=list(OTHER_LANGUAGE_ENCODINGS)
                                         ).best()
    if best is None:
        return None
    language = OTHER_LANGUAGE_ENCODINGS[best.encoding]
    return (language, best.encoding) if language_of(str(best)) == language else None


def language_of(text: str) -> str:
    """``Chinese``, ``Korean``, ``Japanese`` or ``Latin-script``, from the characters'
    scripts: Hangul outnumbering Han is Korean, kana beyond a few percent of the Han and kana
    is Japanese (Chinese uses none), text of letters with hardly any Han is Latin-script.
    Judged on the first ``LANGUAGE_SAMPLE_CHARS`` characters."""
    sample = text[:LANGUAGE_SAMPLE_CHARS].encode("utf-32-le", "surrogatepass")
    points = np.frombuffer(sample, dtype=np.uint32)
    if (2 * np.count_nonzero((points >= 0x4E00) & (points <= 0x9FFF)) >= len(points)
            and not np.any((points >= 0x3040) & (points <= 0x30FF))):
        return "Chinese"  # half the characters common Han and no kana: the rules below agree
    han, hangul, kana, latin = (int(np.count_nonzero(np.any([(points >= low) & (points <= high)
                                                             for low, high in ranges], axis=0)))
                                for ranges in SCRIPT_RANGES)
    if hangul > han:
        return "Korean"
    if kana > 0.05 * (han + kana):
        return "Japanese"
    if latin and han < 0.02 * latin:
        return "Latin-script"
    return "Chinese"


def _wide_without_bom(data: bytes, encodings: tuple[str, str]) -> str | None:
    """The UTF-16 or UTF-32 encoding (little or big endian) the bytes read as plausible text
    in, else None.

    Chinese UTF-16 has few NUL bytes, so NUL counting alone misses it; instead we decode
    strictly and require nearly every character to be common Chinese or ASCII text.
    """
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _common_text_share(text) >= 0.9:
            return encoding
    return None


def _common_text_share(text: str) -> float:
    """Share of characters that are printable ASCII, whitespace, or in GB2312/Big5."""
    sample = text[:2000]
    common = sum(1 for ch in sample if ch.isascii() or ch.isspace() or _in_common_charset(ch))
    return common / max(1, len(sample))


def _in_common_charset(ch: str) -> bool:
    for charset in ("gb2312", "big5"):
        try:
            ch.encode(charset)
            return True
        except UnicodeEncodeError:
            pass
    return False


def html_to_text(html: str) -> str:
    """Reduce an HTML page to its visible text, one block element per line, without fetching."""
    if _nesting_depth(html) > MAX_HTML_DEPTH:
        html = flatten_html(html)
    tree = LexborHTMLParser(html)
    tree.strip_tags(list(DROPPED_TAGS))
    for node in tree.css(BLOCK_TAGS):
        node.insert_after("\n")
    root = tree.body or tree.root
    return root.text(separator="") if root is not None else ""


def _nesting_depth(html: str) -> int:
    """How deep elements nest, from the tags alone (void and self-closed tags aside); only
    counted on pages with more tags than ``MAX_HTML_DEPTH``, which could nest that deep."""
    if html.count("<") <= MAX_HTML_DEPTH:
        return 0
    depth = deepest = 0
    for match in TAG.finditer(html):
        closing, name, self_closed = match.groups()
        if closing:
            depth = max(0, depth - 1)
        elif not self_closed and name.lower() not in VOID_TAGS:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def flatten_html(html: str) -> str:
    """The page with every tag but the dropped containers (scripts, styles) replaced by
    ``<br>`` for a block tag and removed otherwise: the same text, nested one level deep.

    An HTML5 parser checks the open elements at every block tag, so parsing grows with the
    square of the nesting depth (100 k nested divs: 17 s); a page nested deeper than any real
    layout is flattened first, which keeps reading linear.
    """
    return TAG.sub(lambda m: "<br>" if m.group(2).lower() in BLOCK_TAG_NAMES else
                   m.group() if m.group(2).lower() in DROPPED_TAGS else "", html)


def normalise_newlines(text: str) -> str:
    """Unify line ends and drop control characters (NUL etc.) that only break tools downstream."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    return CONTROL_CHARS.sub("", text)
