"""Benchmark the pipeline and the build; the last printed line is one JSON object of figures.

Figures are ratios measured in one process on one machine, so they travel between machines
better than raw seconds: pipeline cost against plain jieba, speed-up with two workers, no-op
rebuild cost, and peak memory growth from a small to a ten times larger corpus.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import jieba
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_corpus import generate  # noqa: E402

from womenfed.corpus import build, discover  # noqa: E402
from womenfed.pipeline import PipelineContext, process_report  # noqa: E402
from womenfed.read import read_document  # noqa: E402


def megabytes(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.iterdir()) / 1e6


def timed(function, *args, **kwargs) -> float:
    start = time.perf_counter()
    function(*args, **kwargs)
    return time.perf_counter() - start


def pipeline_seconds(folder: Path, engine: str) -> float:
    """One core, context built once: the per-report pipeline over every file."""
    context = PipelineContext(engine=engine)
    tasks = discover(folder)
    return timed(lambda: [process_report(task, context) for task in tasks])


def jieba_seconds(folder: Path) -> float:
    """Plain ``jieba.lcut`` over the same decoded texts (decoding not timed)."""
    texts = [read_document(task.path).text for task in discover(folder)]
    jieba.lcut("预热")
    return timed(lambda: [jieba.lcut(text) for text in texts])


def peak_rss_build(folder: Path, out: Path, **options) -> tuple[float, int]:
    """Build time and peak RSS (bytes) of this process and its children, sampled every 50 ms."""
    me, peak, running = psutil.Process(), [0], [True]

    def sample():
        while running[0]:
            procs = [me, *me.children(recursive=True)]
            total = 0
            for proc in procs:
                try:
                    total += proc.memory_info().rss
                except psutil.Error:
                    pass
            peak[0] = max(peak[0], total)
            time.sleep(0.05)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    seconds = timed(build, folder, out, progress=False, **options)
    running[0] = False
    thread.join()
    return seconds, peak[0]


def measure(work: Path, small_mb: float, large_mb: float, seed: int) -> dict:
    small, large = work / "small", work / "large"
    generate(small_mb, small, seed)
    generate(large_mb, large, seed)
    size = megabytes(small)
    reports = len(discover(small))
    jieba_time = jieba_seconds(small)
    slow = pipeline_seconds(small, "jieba")
    fast = pipeline_seconds(small, "rjieba")
    one, rss_small = peak_rss_build(small, work / "out1", jobs=1, cache_dir=work / "c1")
    two, _ = peak_rss_build(small, work / "out2", jobs=2, engine="process",
                            cache_dir=work / "c2")
    noop = timed(build, small, work / "out1", cache_dir=work / "c1", progress=False)
    shutil.move(generate(0.001, work / "extra", seed + 1)[0], small / "added.txt")
    added = build(small, work / "out1", cache_dir=work / "c1", progress=False)
    _, rss_large = peak_rss_build(large, work / "out3", jobs=1, cache_dir=work / "c3")
    return {
        "pipeline_vs_jieba": round(slow / jieba_time, 2),
        "fast_engine_mb_per_s": round(size / fast, 3),
        "speedup_2_workers": round(one / two, 2),
        "noop_rebuild_ratio": round(noop / one, 3),
        "added_file_rebuilt_reports": added["reports"] - added["cached"],
        "rss_large_vs_small": round(rss_large / rss_small, 2),
        "reports_per_s": round(reports / one, 2),
        "build_mb_per_s": round(size / one, 3),
        "corpus_mb": [round(size, 2), round(megabytes(large), 2)],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="2 MB and 20 MB instead of 20/200")
    parser.add_argument("--small-mb", type=float)
    parser.add_argument("--large-mb", type=float)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    small = args.small_mb or (2 if args.quick else 20)
    large = args.large_mb or (20 if args.quick else 200)
    with tempfile.TemporaryDirectory(prefix="womenfed-bench-") as work:
        figures = measure(Path(work), small, large, args.seed)
    figures["rss_200mb_vs_20mb"] = figures.pop("rss_large_vs_small")
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()
