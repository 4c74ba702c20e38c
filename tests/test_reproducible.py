"""Outputs that reproduce on another machine: SVG ids from content, shared-file permissions."""

import os
import stat

import matplotlib

matplotlib.use("agg")

import matplotlib.pyplot as plt  # noqa: E402

from womenfed import plotting  # noqa: E402
from womenfed.atomic import write_bytes_atomic  # noqa: E402


def _save_bar_chart(out_dir, left: float, salt: str) -> bytes:
    """A clipped bar chart with markers, its axes placed at ``left`` (a float of layout)."""
    plotting.use_house_style()
    matplotlib.rcParams["figure.constrained_layout.use"] = False
    matplotlib.rcParams["svg.hashsalt"] = salt
    fig = plt.figure()
    ax = fig.add_axes((left, 0.1, 0.8, 0.8))
    ax.barh(["两癌筛查", "技能培训"], [3, 5])
    ax.plot([1, 2], [0, 1], marker="o")
    plotting.save_figure(fig, "99-ids", out_dir)
    plt.close(fig)
    plotting.use_house_style()
    return (out_dir / "99-ids.svg").read_bytes()


def test_svg_ids_depend_on_what_is_drawn_not_on_run_state(tmp_path):
    # A last-digit difference in layout (as between two machines' font metrics) and another
    # hash salt: the drawing, rounded as written, is the same, and so must the file be.
    first = _save_bar_chart(tmp_path, 0.15, "womenfed")
    second = _save_bar_chart(tmp_path, 0.15 + 1e-13, "another run")
    assert b"clip-path" in first and b"<clipPath id=" in first
    assert first == second


def test_svg_ids_still_tell_different_drawings_apart(tmp_path):
    first = _save_bar_chart(tmp_path, 0.15, "womenfed")
    moved = _save_bar_chart(tmp_path, 0.25, "womenfed")
    ids = plotting.GENERATED_SVG_ID.findall(first.decode())
    assert len(ids) == len(set(ids)) > 1
    assert set(ids) != set(plotting.GENERATED_SVG_ID.findall(moved.decode()))


def test_written_files_are_readable_by_others_under_the_usual_umask(tmp_path):
    previous = os.umask(0o022)
    try:
        write_bytes_atomic(tmp_path / "table.csv", b"a,b\n")
        fig, ax = plt.subplots()
        ax.set_title("妇联")
        written = plotting.save_figure(fig, "99-mode", tmp_path)
        plt.close(fig)
    finally:
        os.umask(previous)
    for path in [tmp_path / "table.csv", *written]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path.name
