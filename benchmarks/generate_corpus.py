"""Generate a large, realistic, deterministic benchmark corpus from the seed reports.

Each synthetic report is a seed with its numbers redrawn, a place line prepended, and the
noise real scrapes show: some in simplified script, some with doubled punctuation, some
saved as GBK or UTF-16. The same ``--seed`` always gives the same bytes.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

import opencc

SEED_DIR = Path(__file__).resolve().parent.parent / "data" / "raw"
PLACES = ["河北省石家庄市正定县", "江苏省南京市江宁区", "四川省成都市郫都区", "湖南省长沙市浏阳市",
          "甘肃省兰州市榆中县", "广东省佛山市顺德区", "山东省临沂市沂南县", "云南省大理州宾川县"]
ENCODINGS = ["utf-8", "utf-8", "utf-8", "gbk", "utf-16"]


def seed_texts() -> list[str]:
    """The seed reports, decoded (they are UTF-8 with some garbled spans)."""
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEED_DIR.glob("*.txt"))]


def vary(text: str, rng: random.Random, to_simplified: opencc.OpenCC) -> str:
    """One synthetic report: new numbers, a place heading, random script and punctuation noise."""
    text = re.sub(r"\d+", lambda m: str(rng.randint(1, 10 ** len(m.group()))), text)
    text = f"{rng.choice(PLACES)}妇联工作动态\n{text}"
    if rng.random() < 0.3:
        text = to_simplified.convert(text)
    if rng.random() < 0.3:
        text = re.sub("[,，]", lambda m: m.group() * 2 if rng.random() < 0.2 else m.group(), text)
    return text


def generate(megabytes: float, out_dir: Path, seed: int = 0) -> list[Path]:
    """Write reports to ``out_dir`` until their bytes reach ``megabytes``; return the files."""
    rng = random.Random(seed)
    seeds = seed_texts()
    to_simplified = opencc.OpenCC("t2s")
    out_dir.mkdir(parents=True, exist_ok=True)
    written, total, target = [], 0, int(megabytes * 1_000_000)
    while total < target:
        text = vary(rng.choice(seeds), rng, to_simplified)
        encoding = rng.choice(ENCODINGS)
        data = text.encode(encoding, errors="replace" if encoding == "gbk" else "strict")
        path = out_dir / f"{len(written):06d}.txt"
        path.write_bytes(data)
        written.append(path)
        total += len(data)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    files = generate(args.mb, args.out, args.seed)
    print(f"{len(files)} reports in {args.out}")


if __name__ == "__main__":
    main()
