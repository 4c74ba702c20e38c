"""Throughput of ``Tokenizer(engine).tokens`` for both engines against plain ``jieba.lcut``.

Run: ``.venv/bin/python benchmarks/bench_tokenize.py [--repeat N]``. All engines cut the same
cleaned seed corpus in one process; figures are MB/s of UTF-8 input and ratios to jieba.lcut.
Dictionary loading is excluded (each engine cuts once before timing). Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import jieba

from womenfed.clean import clean_text
from womenfed.tokenize import ENGINES, Tokenizer

RAW_DIR = Path(__file__).resolve().parent.parent / "data" / "raw"


def corpus_text(repeat: int) -> str:
    """The cleaned seed reports, repeated to give a measurable amount of text."""
    texts = [clean_text(p.read_text(encoding="utf-8")).text for p in sorted(RAW_DIR.glob("*.txt"))]
    return "\n".join(texts) * repeat


def megabytes_per_second(cut, text: str) -> float:
    cut(text[:1000])  # warm up: load dictionaries outside the timed region
    began = time.perf_counter()
    cut(text)
    return len(text.encode("utf-8")) / 1e6 / (time.perf_counter() - began)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    text = corpus_text(parser.parse_args().repeat)
    rates = {"jieba.lcut": megabytes_per_second(jieba.lcut, text)}
    for engine in ENGINES:
        rates[f"Tokenizer({engine}).tokens"] = megabytes_per_second(Tokenizer(engine).tokens, text)
    baseline = rates["jieba.lcut"]
    print(json.dumps({"mb": round(len(text.encode("utf-8")) / 1e6, 3),
                      "mb_per_s": {k: round(v, 3) for k, v in rates.items()},
                      "ratio_to_jieba_lcut": {k: round(v / baseline, 2) for k, v in rates.items()}},
                     ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
