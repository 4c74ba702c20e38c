"""The house style: the bundled font draws Chinese, missing glyphs fail, files are reproducible."""

import json
import subprocess
import sys
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("agg")

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import ft2font  # noqa: E402

from womenfed import plotting  # noqa: E402

LEXICON = Path(plotting.__file__).resolve().parent / "lexicon"
SAMPLE_TEXT = "两癌筛查 巾帼建功 妇联(Women's Federation) 700余人, 0.8亿元 — “最美家庭”"


def font_characters(path) -> set[int]:
    return set(ft2font.FT2Font(str(path)).get_charmap())


def gb2312_hanzi() -> set[int]:
    """The 6,763 hanzi of GB2312 (rows 16-87; undefined cells decode to nothing)."""
    return {ord(char) for lead in range(0xB0, 0xF8) for trail in range(0xA1, 0xFF)
            for char in bytes([lead, trail]).decode("gb2312", errors="ignore")}


def test_fresh_matplotlib_renders_chinese_with_the_bundled_font(tmp_path):
    """In a new interpreter with an empty matplotlib cache (no font list from earlier runs), the
    bundled font is what draws the hanzi, and drawing warns about nothing."""
    script = f"""
import json, warnings
import matplotlib
matplotlib.use("agg")
import matplotlib.pyplot as plt
from matplotlib import font_manager
from womenfed import plotting
plotting.use_house_style()
fig, ax = plt.subplots()
ax.set_title({SAMPLE_TEXT!r})
ax.set_xlabel("人数 (people)")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    written = plotting.save_figure(fig, "99-font-check", {str(tmp_path)!r})
props = font_manager.FontProperties(family=plotting.FONT_FAMILY)
print(json.dumps({{"font": font_manager.findfont(props, fallback_to_default=False),
                  "warnings": [str(w.message) for w in caught],
                  "written": [str(p) for p in written]}}))
"""
    env = {"MPLCONFIGDIR": str(tmp_path / "mplconfig"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, check=True, timeout=120)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert Path(report["font"]) == plotting.FONT_FILE
    assert report["warnings"] == []
    assert [Path(p).name for p in report["written"]] == ["99-font-check.png", "99-font-check.svg"]
    assert all(Path(p).stat().st_size > 1000 for p in report["written"])


def test_font_covers_gb2312_and_every_lexicon_character():
    covered = font_characters(plotting.FONT_FILE)
    hanzi = gb2312_hanzi()
    assert len(hanzi) == 6763 and hanzi <= covered
    lexicon_text = "".join(p.read_text(encoding="utf-8") for p in sorted(LEXICON.glob("*.t*")))
    lexicon_chars = {ord(c) for c in lexicon_text if not c.isspace()}
    missing = sorted(chr(c) for c in lexicon_chars - covered)
    assert not missing, f"lexicon characters the bundled font cannot draw: {''.join(missing)}"


def test_missing_glyph_is_an_error_not_a_box(tmp_path):
    plotting.use_house_style()
    fig, ax = plt.subplots()
    ax.set_title("妇联 \U00020000")  # CJK Extension B: in neither the subset nor DejaVu Sans
    with pytest.raises(plotting.MissingGlyphError, match="99-tofu"):
        plotting.save_figure(fig, "99-tofu", tmp_path)
    plt.close(fig)
    assert list(tmp_path.iterdir()) == []


def test_saved_files_are_byte_identical_and_undated(tmp_path):
    plotting.use_house_style()
    contents = []
    for run in range(2):
        fig, ax = plt.subplots()
        ax.bar(["妇女", "儿童", "家庭"], [3, 1, 2])
        ax.set_ylabel("次数")
        written = plotting.save_figure(fig, "99-bars", tmp_path / str(run))
        plt.close(fig)
        contents.append([p.read_bytes() for p in written])
    assert contents[0] == contents[1]
    png, svg = contents[0]
    assert b"Software" not in png and b"matplotlib" not in png.lower()
    assert b"<dc:date>" not in svg and b"Matplotlib v" not in svg


@pytest.mark.parametrize("name", ["bars", "1-bars", "01_bars", "01-Bars", "01-bars.png"])
def test_figure_names_carry_the_notebook_number(tmp_path, name):
    fig, _ = plt.subplots()
    with pytest.raises(ValueError, match="figure name"):
        plotting.save_figure(fig, name, tmp_path)
    plt.close(fig)
