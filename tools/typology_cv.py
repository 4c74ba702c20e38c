"""Does a statistical sentence classifier trained on the dev half's labels beat the cues?

    WOMENFED_DEV_CORPUS=/work/devcorpus .venv/bin/python tools/typology_cv.py [--cache DIR] [--curve]

Builds the DEV half only (ids of eval/dev/manifest.csv with split ``dev``) with the package's
own ``build``, labels each sentence with its gold section type exactly as
``evaluation``'s sentence-type scoring locates labels (its own functions), and compares by
5-fold cross-validation grouped by report (sklearn ``GroupKFold``):

(a) the current typology (the build's ``programme_type``, no training);
(b) TF-IDF over character 1-3-grams of the sentence + LogisticRegression (liblinear);
(c) (b) plus the section heading's n-grams, the sentence's own cue scores, its heading level
    and the typology's type as features;
(d) the typology where the sentence's own cues are decisive, the model (c) elsewhere;

and a few neighbours of (b)-(d) (jieba words, the whole section's text, cue features alone),
all listed in ``VARIANTS``. Prints a Markdown table (mean accuracy and spread over folds) and,
with ``--curve``, a learning curve; tools/typology_cv.md records the result and the decision
(no variant beat the cues: the pipeline has no trained model). Never reads the test half.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import jieba
import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.multiclass import OneVsRestClassifier

from womenfed import clean, evaluation, read, segment, typology
from womenfed.corpus import build
from womenfed.devcorpus import GOLD, exit_code_of, read_manifest, texts_dir

FOLDS = 5
SEED = 20261127


def dev_sentences(texts: Path, cache: Path | None = None) -> pd.DataFrame:
    """One row per sentence of the dev half that a located gold label's section covers:
    report, text, section, heading level, the typology's type and the gold types."""
    if cache is not None and (cache / "labelled.parquet").is_file():
        return pd.read_parquet(cache / "labelled.parquet")
    ids = sorted(r["id"] for r in read_manifest() if r.get("split") == "dev")
    with tempfile.TemporaryDirectory(prefix="womenfed-typcv-") as work:
        work = Path(work)
        (work / "raw").mkdir()
        for id_ in ids:
            shutil.copyfile(texts / f"{id_}.txt", work / "raw" / f"{id_}.txt")
        build(work / "raw", work / "tables", jobs=1, engine="local", progress=False)
        sentences = pd.read_parquet(work / "tables" / "sentences.parquet")
    rows = []
    for id_ in ids:
        gold = evaluation.check_gold(GOLD / f"{id_}.json")
        labels = evaluation.gold_items(gold)["sentence_types"]
        own = sentences[sentences["report_id"] == id_].sort_values("sentence_id", kind="stable")
        texts_ = own["text"].fillna("").tolist()
        scored = [(evaluation.letters_of(t), k) for t, k in zip(texts_, own["programme_type"], strict=True)]
        levels = _levels(texts / f"{id_}.txt", own["start"].tolist(), id_)
        section_text = own.groupby("section", dropna=False)["text"].transform("".join).tolist()
        for start, end, wanted in evaluation.label_sections(labels, scored):
            for index in range(start, end):
                row = own.iloc[index]
                rows.append({"report_id": id_, "text": texts_[index], "section": row["section"],
                             "section_text": section_text[index],
                             "level": levels[index], "cue_type": row["programme_type"],
                             "gold": "|".join(t for t in typology.TYPES if t in wanted)})
    frame = pd.DataFrame(rows)
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        frame.to_parquet(cache / "labelled.parquet")
    return frame


def _levels(path: Path, starts: list[int], id_: str) -> list[int]:
    """Each sentence's heading level as the pipeline passes it to ``classify_sentences``."""
    document = read.read_document(path, id_, read.MAX_BYTES)
    segmented = segment.segment(clean.clean_text(document.text).text)
    if [s.start for s in segmented.sentences] != starts:
        raise ValueError(f"{path}: segmentation differs from the build's sentences")
    levels = {h.start: h.level for h in segmented.headings}
    return [levels.get(s, 0) for s in starts]


def _cue_features(frame: pd.DataFrame) -> sparse.csr_matrix:
    """Own cue scores (scaled), heading level one-hot and the typology's type one-hot."""
    rows = []
    for text, level, kind in zip(frame["text"], frame["level"], frame["cue_type"], strict=True):
        scores = typology._scores(text)
        rows.append([scores.get(t, 0.0) / 3.0 for t in typology.TYPES]
                    + [float(level == v) for v in range(4)]
                    + [float(kind == t) for t in typology.TYPES])
    return sparse.csr_matrix(np.array(rows))


def _vectoriser(words: bool = False) -> TfidfVectorizer:
    if words:
        return TfidfVectorizer(tokenizer=jieba.lcut, token_pattern=None, lowercase=False,
                               min_df=2, sublinear_tf=True)
    return TfidfVectorizer(analyzer="char", ngram_range=(1, 3), min_df=2, sublinear_tf=True)


@dataclass(frozen=True)
class Variant:
    """A model: TF-IDF blocks over these columns, the cue features or not, its C and class
    weights, and whether the cues keep the sentences where they are decisive."""

    name: str
    columns: tuple[str, ...] = ("text",)
    cues: bool = False
    words: bool = False
    c: float = 4.0
    balanced: bool = False
    cues_first: bool = False


CONTEXT = ("text", "section")
WHOLE_SECTION = ("text", "section", "section_text")
VARIANTS = {
    "b": Variant("(b) char 1-3-gram TF-IDF + LogisticRegression"),
    "b2": Variant("(b2) jieba-word TF-IDF + LogisticRegression", words=True),
    "c": Variant("(c) (b) + heading n-grams, cue scores, heading level, cue type", CONTEXT,
                 cues=True),
    "c2": Variant("(c2) as (c) over jieba words", CONTEXT, cues=True, words=True),
    "c3": Variant("(c3) (c) + n-grams of the whole section, balanced classes", WHOLE_SECTION,
                  cues=True, balanced=True),
    "c4": Variant("(c4) cue scores, heading level, cue type only", (), cues=True),
    "d": Variant("(d) cues where decisive (>= MIN_SENTENCE_CUE), else (c)", CONTEXT,
                 cues=True, cues_first=True),
    "d2": Variant("(d2) cues where decisive, else (c3)", WHOLE_SECTION, cues=True,
                  balanced=True, cues_first=True),
}


def _fit_predict(variant: Variant, train: pd.DataFrame, test: pd.DataFrame) -> np.ndarray:
    blocks_train, blocks_test = [], []
    for column in variant.columns:
        vectoriser = _vectoriser(variant.words)
        blocks_train.append(vectoriser.fit_transform(train[column].fillna("")))
        blocks_test.append(vectoriser.transform(test[column].fillna("")))
    if variant.cues:
        blocks_train.append(_cue_features(train))
        blocks_test.append(_cue_features(test))
    # One-vs-rest liblinear: what liblinear does for several classes.
    model = OneVsRestClassifier(LogisticRegression(
        solver="liblinear", C=variant.c, class_weight="balanced" if variant.balanced else None,
        random_state=SEED))
    model.fit(sparse.hstack(blocks_train).tocsr(), _first_type(train["gold"]))
    predicted = model.predict(sparse.hstack(blocks_test).tocsr())
    if variant.cues_first:
        predicted = np.where(test["decisive"].to_numpy(), test["cue_type"].to_numpy(), predicted)
    return predicted


def _first_type(gold: pd.Series) -> list[str]:
    """The training label: the first of a section's gold types (several labels in one
    sentence are rare); scoring accepts any of them, as the evaluation does."""
    return [g.split("|")[0] for g in gold]


def _accuracy(predicted, gold: pd.Series) -> float:
    return float(np.mean([p in g.split("|") for p, g in zip(predicted, gold, strict=True)]))


def cross_validate(frame: pd.DataFrame, share: float = 1.0) -> dict[str, list[float]]:
    """Per-fold accuracy of each variant, folds grouped by report; ``share`` < 1 trains on
    that share of each fold's training reports (a learning curve)."""
    frame = frame.assign(decisive=[typology._decisive(typology._scores(t)) is not None
                                   for t in frame["text"]])
    out: dict[str, list[float]] = {"a": [], **{key: [] for key in VARIANTS}}
    for train_index, test_index in GroupKFold(n_splits=FOLDS).split(
            frame, groups=frame["report_id"]):
        train, test = frame.iloc[train_index], frame.iloc[test_index]
        if share < 1.0:
            reports = sorted(train["report_id"].unique())
            kept = np.random.default_rng(SEED).permutation(reports)[:round(share * len(reports))]
            train = train[train["report_id"].isin(kept)]
        out["a"].append(_accuracy(test["cue_type"], test["gold"]))
        for key, variant in VARIANTS.items():
            out[key].append(_accuracy(_fit_predict(variant, train, test), test["gold"]))
    return out


def table(results: dict[str, list[float]], frame: pd.DataFrame) -> str:
    names = {"a": "(a) current typology (cues, no training)",
             **{key: variant.name for key, variant in VARIANTS.items()}}
    lines = [f"{len(frame)} sentences in {frame['report_id'].nunique()} dev reports, "
             f"{FOLDS}-fold GroupKFold by report", "",
             "| variant | mean accuracy | sd | min | max | folds |", "|---|---|---|---|---|---|"]
    for key, accuracies in results.items():
        values = np.array(accuracies)
        lines.append(f"| {names[key]} | {values.mean():.3f} | {values.std(ddof=1):.3f} | "
                     f"{values.min():.3f} | {values.max():.3f} | "
                     f"{' '.join(f'{v:.3f}' for v in values)} |")
    return "\n".join(lines)


def learning_curve(frame: pd.DataFrame, shares=(0.25, 0.5, 0.75, 1.0)) -> str:
    """Mean CV accuracy of (a), (c) and (d) with the models trained on a share of each fold's
    training reports: would more labelled reports help?"""
    lines = ["| share of training reports | (a) | (c) | (d) |", "|---|---|---|---|"]
    for share in shares:
        result = cross_validate(frame, share)
        lines.append(f"| {share:.2f} | {np.mean(result['a']):.3f} | {np.mean(result['c']):.3f} "
                     f"| {np.mean(result['d']):.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep the labelled sentences here")
    parser.add_argument("--curve", action="store_true", help="also a learning curve")
    parser.add_argument("--json", action="store_true", help="print the fold figures as JSON")
    args = parser.parse_args(argv)
    return exit_code_of("tools/typology_cv.py", lambda: run(args))


def run(args) -> int:
    """The experiment, once the texts are laid out (TextsMissing otherwise)."""
    texts = texts_dir()
    frame = dev_sentences(texts, args.cache)
    results = cross_validate(frame)
    print(json.dumps(results) if args.json else table(results, frame))
    if args.curve:
        print("\n" + learning_curve(frame))
    return 0


if __name__ == "__main__":
    sys.exit(main())
