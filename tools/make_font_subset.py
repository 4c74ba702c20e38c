"""Regenerate womenfed/fonts/WomenfedSansSC.otf, the CJK font bundled for figures.

Why bundled: figures must render Chinese on a fresh machine with no system CJK font and no
network at run time, so a 10.6 MB subset ships inside the package (matplotlib's default
DejaVu Sans has no hanzi).

Source: Noto Sans CJK SC (SIL Open Font License 1.1) from the PyPI package manimgx-fonts-cjk.
Steps: take the SC face of the variable TTC, pin the weight to Regular, keep every character
GBK can encode (all 21,003 GBK hanzi, simplified and traditional, plus its punctuation,
Greek, Cyrillic and symbols), ASCII, Latin-1, the Latin letters with pinyin tone marks, and
general punctuation; convert CFF2 to CFF; rename the family (the OFL asks modified versions
not to use the Reserved Font Name "Noto"). The licence travels as womenfed/fonts/OFL.txt.

    pip download --no-deps -d /tmp/fp manimgx-fonts-cjk && unzip /tmp/fp/*.whl -d /tmp/fp
    python tools/make_font_subset.py /tmp/fp/manimgx_fonts_cjk/NotoSansCJK-VF.otf.ttc

Requires fontTools (a dependency of matplotlib).
"""

import io
import sys
from pathlib import Path

from fontTools.cffLib.CFF2ToCFF import convertCFF2ToCFF
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, TTFont
from fontTools.varLib.instancer import instantiateVariableFont

FAMILY = "WomenfedSansSC"
OUT = Path(__file__).resolve().parents[1] / "womenfed" / "fonts" / f"{FAMILY}.otf"
SOURCE_FAMILY = "Noto Sans CJK SC"

# Ranges kept besides GBK: ASCII, Latin-1, Latin Extended-A/B (pinyin tones), combining
# diacritics, general punctuation, CJK symbols and punctuation, half/full-width forms.
EXTRA_RANGES = [(0x20, 0x7F), (0xA0, 0x250), (0x300, 0x370), (0x2000, 0x2070),
                (0x3000, 0x3040), (0xFF00, 0xFFF0)]


def gbk_characters() -> set[int]:
    """Every code point GBK encodes in two bytes (lead 0x81-0xFE, trail 0x40-0xFE)."""
    chars = set()
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            try:
                chars.add(ord(bytes([lead, trail]).decode("gbk")))
            except UnicodeDecodeError:
                continue
    return chars


def wanted_characters() -> set[int]:
    extra = {code for start, end in EXTRA_RANGES for code in range(start, end)}
    return gbk_characters() | extra


def saved_and_reopened(font: TTFont) -> TTFont:
    """The font written and parsed again, with CID glyph names.

    fontTools' CFF2-to-CFF converter (4.68) keeps the post-table glyph names ("space") while
    the CID-keyed CFF it writes names glyphs "cid00001", and then cannot save; naming the
    glyphs by CID before any table is parsed keeps the two in step.
    """
    buffer = io.BytesIO()
    font.save(buffer)
    buffer.seek(0)
    font = TTFont(buffer, recalcTimestamp=False)
    font.setGlyphOrder([".notdef"] + [f"cid{gid:05d}" for gid in range(1, font["maxp"].numGlyphs)])
    return font


def drop_hints_and_vertical_metrics(font: TTFont) -> None:
    """Matplotlib auto-hints and writes horizontally, so hints and vertical metrics go
    (about 0.2 MB). A second pass over the static font: the instancer fails on unhinted CFF2."""
    options = Options()
    options.name_IDs = ["*"]
    options.layout_features = ["*"]
    options.hinting = False
    options.drop_tables += ["vhea", "vmtx", "VORG"]
    subsetter = Subsetter(options)
    subsetter.populate(glyphs=font.getGlyphOrder())
    subsetter.subset(font)


def main(ttc_path: str, characters: set[int] | None = None) -> None:
    """Subset first (the instancer is slow on all 65,000 glyphs), then pin the weight."""
    font = next(f for f in TTCollection(ttc_path, recalcTimestamp=False).fonts
                if f["name"].getDebugName(1) == SOURCE_FAMILY)
    options = Options()
    options.name_IDs = ["*"]
    options.layout_features = ["*"]
    subsetter = Subsetter(options)
    subsetter.populate(unicodes=characters or wanted_characters())
    subsetter.subset(font)
    font = saved_and_reopened(instantiateVariableFont(font, {"wght": 400}))
    top = font["CFF2"].cff.topDictIndex[0]
    for lazy_field in ("CharStrings", "FDSelect", "FDArray"):  # parse before conversion
        getattr(top, lazy_field, None)
    convertCFF2ToCFF(font, updatePostTable=True)
    if "STAT" in font:  # axis descriptions of the variable font no longer apply
        del font["STAT"]
    cff = font["CFF "].cff
    cff.fontNames = [f"{FAMILY}-Regular"]
    for field in ("FamilyName", "FullName"):
        if hasattr(cff.topDictIndex[0], field):
            setattr(cff.topDictIndex[0], field, FAMILY)
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID in (3, 4, 6):
            record.string = f"{FAMILY}-Regular"
    drop_hints_and_vertical_metrics(font)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    font.save(OUT)
    print(f"{OUT}: {OUT.stat().st_size / 1e6:.1f} MB, {len(font.getBestCmap())} characters")


if __name__ == "__main__":
    main(sys.argv[1])
