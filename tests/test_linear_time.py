"""Every cleaning and reading step takes time linear in its input, whatever the input repeats.

A pattern that backtracks over a run (``[ \\t]*$`` tried at every space of a 40 k run) takes
seconds where it should take milliseconds, and one such file stops a corpus. Each step gets
floods of one kind of character at 10 k and 100 k characters, timed in the same run: linear
work grows about tenfold, quadratic work a hundredfold. A ratio, not a wall-clock limit.
"""

from __future__ import annotations

import gc
import time

import pytest

from womenfed import clean, describe, entities, quantities, read, segment

SMALL, LARGE = 10_000, 100_000
# Linear work grows 10x, up to 40x where 10 k characters fit a processor cache and 100 k do
# not (measured: 100 k -> 400 k then grows 4x); quadratic work grows 100x.
MAX_RATIO = 50
MAX_DOUBLING_RATIO = 3
# Below this the larger run is too short to time on a busy machine (a stall of tens of
# milliseconds triples it); no quadratic step is this fast at 100 k characters: 10^10 steps
# of even one nanosecond take 10 s.
TOO_FAST_TO_TIME = 0.1

# One unit per character class that real noise repeats: spaces of every width, tabs and
# blank lines, punctuation (Chinese and ASCII), digits and numerals, parentheses and
# numbered headings, mojibake and replacement characters, invisible format characters.
UNITS = [" ", "\t", "\u00a0", "\u3000", "\n", "\n \n", "，", "。", ",。", "、", "…", "1", "１",
         "1.", "12%", "一", "二十", "万", "(", "（", ")", "(1)", "（一）", "第一", "《", '"',
         "锟斤拷", "Ã©", "\ufffd", "\u200b", "a", "区妇联 ", "(lián)", "1、", "* ",
         "http://a.b/"]


def _flood(unit: str, size: int) -> str:
    """``size`` characters of ``unit`` repeated, inside a line of report text (a run that ends
    a line and a run inside one are matched differently)."""
    return "区妇联" + (unit * (size // len(unit) + 1))[:size] + "开展活动。\n"


def _seconds(step, text: str, runs: int = 1) -> float:
    """The best of ``runs`` runs, without the garbage collector: its pauses depend on
    everything the process holds, not on the step."""
    best = float("inf")
    # the youngest generation only: a full collection scans everything the test process
    # holds (built corpora, dictionaries), seconds per call in a full test run
    gc.collect(0)
    gc.disable()
    try:
        for _ in range(runs):
            start = time.perf_counter()
            step(text)
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    return best


def _assert_linear(step, unit: str) -> None:
    """Time both sizes; on a ratio too high, time both again (best so far), up to 3 times: a
    busy machine stalls single runs by tens of milliseconds, a quadratic step stays slow.
    A ratio still too high is confirmed beyond the processor caches: doubling 100 k must
    double the time (quadratic work quadruples)."""
    small_text, large_text = _flood(unit, SMALL), _flood(unit, LARGE)
    small = large = float("inf")
    for _ in range(3):
        small = min(small, _seconds(step, small_text, runs=3))
        large = min(large, _seconds(step, large_text))
        if large < TOO_FAST_TO_TIME or large / max(small, 1e-6) < MAX_RATIO:
            return
    double = _seconds(step, _flood(unit, 2 * LARGE), runs=3)
    large = min(large, _seconds(step, large_text, runs=3))
    assert double / large < MAX_DOUBLING_RATIO, (
        f"{getattr(step, '__name__', step)} on {unit!r}: {small:.4f}s at {SMALL}, "
        f"{large:.4f}s at {LARGE}, {double:.4f}s at {2 * LARGE}")


def _rule(rule):
    def run(text: str) -> None:
        rule(clean.Draft(text))
    run.__name__ = rule.__name__
    return run


def _html(text: str) -> None:
    read.html_to_text(f"<html><body><p>{text}</p></body></html>")


def _html_entities(text: str) -> None:
    read.html_to_text(f"<html><body><p>{text.replace(' ', '&nbsp;')}</p></body></html>")


def _decode(text: str) -> None:
    read.decode_bytes(text.encode("utf-8", "surrogatepass") or b"x")


def _segment_and_describe(text: str) -> None:
    cleaned = clean.clean_text(text)
    segmented = segment.segment(cleaned.text)
    describe.describe(text, cleaned, segmented)


# clean_text as a whole runs inside _segment_and_describe.
STEPS = [*{rule.__name__: _rule(rule) for rule in clean.RULES}.values(),
         _decode, read.normalise_newlines, _html, _html_entities, _segment_and_describe,
         quantities.extract_quantities, entities.extract_entities]


@pytest.mark.parametrize("unit", UNITS)
def test_every_step_is_linear_in_floods(unit):
    for step in STEPS:
        _assert_linear(step, unit)


def test_deeply_nested_html_is_linear():
    def nested(text: str) -> str:
        depth = len(text) // 10
        return "<html><body>" + "<div>妇联" * depth + "</div>" * depth + "</body></html>"

    _assert_linear(lambda text: read.html_to_text(nested(text)), "x")
