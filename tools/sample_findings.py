"""Draw the findings rows a reader of Chinese judges for issue 10's indicator acceptance.

    .venv/bin/womenfed build "$WOMENFED_DEV_CORPUS" --out /tmp/judge/out
    .venv/bin/python tools/sample_findings.py /tmp/judge/out eval/dev/indicator_sample.tsv

Each quantities row is joined to its sentence (report_id + sentence_id) and its report
(source, date, shown so a reader can tell a year from a count); rows are sorted by report_id,
sentence_id, start and 100 are drawn uniformly without replacement with a fixed seed, so the
same tables give the same sample. The judgements live in eval/dev/indicator_judgements.tsv.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

import numpy as np

import womenfed

SEED = 20261127
SAMPLE_SIZE = 100
COLUMNS = ["n", "report_id", "sentence_id", "text", "value", "unit", "kind", "indicator",
           "sentence", "source", "date"]


def sample_findings(out_dir: Path, size: int = SAMPLE_SIZE, seed: int = SEED):
    """The sampled findings rows, numbered 1..size in corpus order."""
    corpus = womenfed.read_tables(out_dir)
    sentences = corpus.sentences[["report_id", "sentence_id", "text"]].rename(
        columns={"text": "sentence"})
    reports = corpus.reports[["report_id", "source", "date"]]
    rows = (corpus.quantities
            .merge(sentences, on=["report_id", "sentence_id"], how="left", validate="many_to_one")
            .merge(reports, on="report_id", how="left", validate="many_to_one")
            .sort_values(["report_id", "sentence_id", "start"], kind="stable")
            .reset_index(drop=True))
    if len(rows) < size:
        raise SystemExit(f"{out_dir}: only {len(rows)} quantities rows, cannot draw {size}")
    picked = np.sort(np.random.default_rng(seed).choice(len(rows), size=size, replace=False))
    sample = rows.iloc[picked].reset_index(drop=True)
    sample.insert(0, "n", range(1, size + 1))
    # one line per row: a sentence read across a hard wrap keeps no tab or newline
    sample["sentence"] = sample["sentence"].str.replace(r"[\t\r\n]+", " ", regex=True)
    return sample[COLUMNS]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="tables written by `womenfed build`")
    parser.add_argument("sample", type=Path, help="TSV to write (eval/dev/indicator_sample.tsv)")
    args = parser.parse_args(argv)
    if not (args.out_dir / "quantities.parquet").exists():
        print(f"{args.out_dir}: no quantities table; run `womenfed build` first", file=sys.stderr)
        return 2
    sample = sample_findings(args.out_dir)
    args.sample.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", delete=False,
                                     dir=args.sample.parent, suffix=".tmp") as handle:
        sample.to_csv(handle, sep="\t", index=False, lineterminator="\n")
    os.replace(handle.name, args.sample)
    print(f"{len(sample)} rows -> {args.sample}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
