"""The house style for figures: a bundled CJK font, fixed sizes, byte-identical files.

Chinese must render on a fresh machine with no system CJK font and no network, so the
package ships ``fonts/WomenfedSansSC.otf``: a subset of Noto Sans CJK SC (SIL Open Font
License 1.1, see ``fonts/OFL.txt``) covering every GBK character, rebuilt by
``tools/make_font_subset.py``. DejaVu Sans (shipped with matplotlib) is the fallback for
anything the subset lacks. A glyph missing from both is an error, not a silent box.

Examples
--------
>>> >>> from womenfed import plotting
>>> plotting.use_house_style()
>>> fig, ax = plt.subplots()
>>> ax.set_title("妇联")  # doctest: +SKIP
>>> plotting.save_figure(fig, "01-example")  # doctest: +SKIP
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import warnings
from pathlib import Path

import matplotlib
import matplotlib.colors
import matplotlib.pyplot as plt
import pandas as pd
from fontTools.subset import Options as SubsetOptions
from fontTools.subset import Subsetter
from fontTools.ttLib import TTFont
from matplotlib import font_manager

from . import paths
from .atomic import write_bytes_atomic

FONT_FILE = Path(__file__).resolve().parent / "fonts" / "WomenfedSansSC.otf"
FONT_FAMILY = "WomenfedSansSC"
FALLBACK_FAMILY = "DejaVu Sans"
DPI = 150
FORMATS = ("png", "svg")
# Without these keys matplotlib stamps its version and the current date into the files.
METADATA = {"png": {"Software": None}, "svg": {"Date": None, "Creator": None}}
FIGURE_NAME = re.compile(r"\d\d-[a-z0-9]+(?:-[a-z0-9]+)*")
# The ids matplotlib derives from run state (`svg.hashsalt` + the repr of unrounded floats):
# clip paths "p…", markers "m…", hatches "h…", images, collection paths "C0_1_…".
GENERATED_SVG_ID = re.compile(r'id="((?:C\d+_\d+_)?(?:p|m|h|image)?[0-9a-f]{10})"')
MISSING_GLYPH = re.compile(r"Glyph \d+ .*missing from (?:the )?(?:current )?font|missing glyph",
                           re.IGNORECASE)

# Okabe & Ito's eight colours, told apart with every common colour-vision deficiency; the
# default colour cycle of every figure (categorical data takes them in this order).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000")

# The bundled font has one weight (Regular): bold text would fall back to it with a warning.
HOUSE_STYLE = {
    "font.family": [FONT_FAMILY, FALLBACK_FAMILY],
    "axes.unicode_minus": True,
    "figure.figsize": (8.0, 4.5),
    "figure.dpi": 100,
    "figure.constrained_layout.use": True,
    "savefig.dpi": DPI,
    "savefig.facecolor": "white",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "legend.frameon": False,
    "image.cmap": "viridis",
    "axes.prop_cycle": matplotlib.cycler(color=list(PALETTE)),
    # Deterministic SVG: fixed id salt, glyphs as paths (no font needed to view the file).
    "svg.hashsalt": "womenfed",
    "svg.fonttype": "path",
    "path.simplify": True,
}


class MissingGlyphError(RuntimeError):
    """A figure contains characters that no configured font can draw (they would be boxes)."""


def use_house_style() -> None:
    """Register the bundled font and set the house rcParams (safe to call repeatedly)."""
    if not FONT_FILE.is_file():
        raise FileNotFoundError(f"{FONT_FILE}: bundled font missing; run tools/make_font_subset.py")
    if FONT_FAMILY not in {entry.name for entry in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(str(FONT_FILE))
    matplotlib.rcParams.update(HOUSE_STYLE)


def ink_on(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` (WCAG relative luminance)."""
    channels = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
                for c in matplotlib.colors.to_rgb(colour)]
    luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    return "black" if luminance > 0.179 else "white"


def readable(code: str) -> str:
    """A code name as a reader's label: ``strip_glued_pinyin`` -> ``strip glued pinyin``."""
    return code.replace("_", " ")


def report_labels(reports: pd.DataFrame) -> pd.Series:
    """A short axis label per report, indexed by report_id: the federation's name, with the
    report id added where two reports share a name or the name is unknown."""
    names = reports.set_index("report_id")["organisation"]
    shared = names.duplicated(keep=False) | names.isna() | (names == "")
    return names.where(~shared, names.fillna("").str.cat(names.index.to_series(), sep=" ").str.strip())


class SavedFigure(list):
    """The paths ``save_figure`` wrote. A notebook cell ending with it shows the saved PNG
    (so an executed notebook carries the very figure in ``figures/``), and its text form
    names the files without the machine's folders."""

    def __repr__(self) -> str:
        return " ".join(path.name for path in self)

    def _repr_png_(self) -> bytes:
        return self[0].read_bytes()


def save_figure(fig: matplotlib.figure.Figure, name: str, out_dir: Path | None = None) -> SavedFigure:
    """Write ``<name>.png`` and ``<name>.svg`` to ``out_dir`` (default ``paths.FIGURES``).

    ``name`` starts with the number of the notebook that owns the figure (``02-keywords``).
    Files are written atomically and are byte-identical across runs. Raises
    ``MissingGlyphError`` if drawing the figure warned about a missing glyph. The figure is
    closed (pyplot forgets it): what a notebook shows is the saved PNG, once.
    """
    if not FIGURE_NAME.fullmatch(name):
        raise ValueError(f"figure name {name!r} must look like '01-reports-by-level'")
    out_dir = Path(out_dir) if out_dir is not None else paths.FIGURES
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for fmt in FORMATS:
            written.append(_save_atomically(fig, out_dir / f"{name}.{fmt}", fmt))
    missing = sorted({str(w.message) for w in caught if MISSING_GLYPH.search(str(w.message))})
    if missing:
        for path in written:
            path.unlink()
        raise MissingGlyphError(f"figure {name!r}: " + "; ".join(missing))
    for warning in caught:
        warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    plt.close(fig)
    return SavedFigure(written)


def _save_atomically(fig: matplotlib.figure.Figure, path: Path, fmt: str) -> Path:
    buffer = io.BytesIO()
    fig.savefig(buffer, format=fmt, metadata=METADATA[fmt])
    data = buffer.getvalue()
    write_bytes_atomic(path, content_ids(data.decode("utf-8")).encode("utf-8") if fmt == "svg"
                       else data)
    return path


def content_ids(svg: str) -> str:
    """``svg`` with every id matplotlib generated replaced by a hash of the element it names,
    as written (rounded coordinates), so ids do not change where the file does not.

    matplotlib hashes a clip rectangle's unrounded floats: a last-digit difference in layout
    between two machines changes the id though the drawing is the same. Hand-written: no
    library renames SVG ids by content. Equal elements get numbered suffixes, in order.
    """
    renamed: dict[str, str] = {}
    for match in GENERATED_SVG_ID.finditer(svg):
        old = match.group(1)
        tag_start = svg.rfind("<", 0, match.start())
        tag = re.match(r"<([\w:]+)", svg[tag_start:]).group(1)
        tag_end = svg.index(">", match.end()) + 1
        end = tag_end if svg[tag_end - 2] == "/" else svg.index(f"</{tag}>", tag_end) + len(tag) + 3
        element = svg[tag_start:match.start()] + svg[match.end():end]
        prefix = re.match(r"(?:C\d+_\d+_)?(?:p|m|h|image)?", old).group(0)
        new = f"{prefix}{hashlib.sha256(element.encode('utf-8')).hexdigest()[:10]}"
        taken = set(renamed.values())
        renamed[old] = new if new not in taken else next(
            f"{new}-{n}" for n in range(1, len(taken) + 2) if f"{new}-{n}" not in taken)
    if not renamed:
        return svg
    return re.sub("|".join(map(re.escape, sorted(renamed, key=len, reverse=True))),
                  lambda found: renamed[found.group(0)], svg)


def font_face_css(text: str) -> str:
    """A CSS ``@font-face`` rule carrying the bundled font cut down to the characters of
    ``text``, so that a page shows its Chinese on a machine without a CJK font, offline.

    The same text gives the same bytes (the font's timestamp is kept, not renewed).
    """
    font = TTFont(FONT_FILE, recalcTimestamp=False)
    subsetter = Subsetter(SubsetOptions())
    subsetter.populate(text="".join(sorted(set(text))))
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    encoded = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (f'@font-face {{ font-family: "{FONT_FAMILY}"; '
            f'src: url(data:font/otf;base64,{encoded}) format("opentype"); }}')
