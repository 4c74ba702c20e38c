"""Does a learned acceptance step over the campaign finders' candidates beat the rules?

    WOMENFED_DEV_CORPUS=/work/devcorpus .venv/bin/python tools/campaigns_cv.py [--cache DIR]

Builds the DEV half only (ids of eval/dev/manifest.csv with split ``dev``, laid out as
``womenfed.devcorpus.evaluate_split`` lays them out) with the package's own ``build``, takes
every campaign candidate of every sentence with the finder that proposed it
(``entities._kept_with_finder``, what the build keeps), and labels it by the dev gold exactly
as the scorer matches campaigns (``evaluation._entity_key``: a report's set of canonical names).
Each candidate gets GENERAL features only (no name strings, no report words): the finder,
length, character classes, the closed class of its programme suffix (the alternatives of the
lexicon's ``campaign_suffix``, ``honour``, ``list_head``, ``standing``), quote marks around it,
the jieba tag class of the words just before and after it, whether jieba's dictionary knows it
or its core, the lexicon's launching verbs before and programme words after, its sentence's
place in the report (title, first sentences, body), and how often the report repeats it.

Three acceptance steps are compared with the rules on the same 5 folds (``GroupKFold`` by
report, no shuffling), each scored as the evaluation scores the field (micro P/R/F1 over the
fold's reports, the gold names no finder proposes counted as misses):

(a) the rules: every kept candidate accepted (what the pipeline does);
(b) the kept candidates, accepted where a model trained on the training folds' kept candidates
    says so (LogisticRegression, and a small gradient-boosted tree model);
(c) as (b), the model trained on a LOOSER candidate set: the kept candidates plus every quoted
    core and every suffixed span the finders' exclusions drop, so the model sees the negatives
    the rules were written against (the rules' own verdict is not a feature);
(d) the loose candidates alone, accepted by the model of (c): a learned step in place of the
    finders' exclusions.

A name is accepted where any of its mentions is (the scorer compares sets of names). The
acceptance threshold of each fold is chosen on its training reports only, by an inner
grouped cross-validation maximising the field's F1. Prints Markdown tables; tools/campaigns_cv.md
records the result and the decision. Never reads the test half.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from womenfed import entities, evaluation, lexicon
from womenfed.corpus import build
from womenfed.devcorpus import GOLD, SIDECAR, _write_sources, exit_code_of, read_manifest, texts_dir
from womenfed.names import HAN, left_edge

FOLDS = 5
INNER_FOLDS = 4
SEED = 20261127
THRESHOLDS = np.round(np.arange(0.05, 0.96, 0.05), 2)
CURVE_THRESHOLDS = (0.3, 0.5, 0.7, 0.8, 0.9)
CURVE_SHARES = (0.25, 0.5, 0.75, 1.0)
RULE_FINDERS = ("quoted_campaigns", "into_place_campaigns", "honours", "listed_campaigns",
                "named_teams", "suffixed_campaigns", "standing_programmes")
LOOSE_FINDERS = ("loose_quoted", "loose_suffixed")
# jieba tag classes of a neighbouring word: verbs, nouns, prepositions/conjunctions, adverbs,
# adjectives, particles, numerals/measure words, unknown to the dictionary.
TAG_CLASSES = {"v": "v", "n": "n", "p": "p", "c": "p", "d": "d", "a": "a", "u": "u", "m": "m",
               "q": "m"}
TAG_NAMES = ("v", "n", "p", "d", "a", "u", "m", "other", "none")
LENGTH_BINS = (2, 3, 4, 6, 9, 13)
CHINESE_NUMERAL = re.compile("[一二三四五六七八九十两百千万]")
LATIN = re.compile("[A-Za-z]")
DIGIT = re.compile(r"\d")
INNER_PUNCTUATION = re.compile(rf"[^{HAN}A-Za-z\d]")
OPEN_QUOTES, CLOSE_QUOTES = "“‘\"", "”’\""
SENTENCE_END = re.compile("[。!?!?;；]$")
FIRST_SENTENCES = 3


# --- candidates and labels -----------------------------------------------------------------------

def split_candidates(texts: Path, split: str = "dev",
                     cache: Path | None = None) -> tuple[pd.DataFrame, dict]:
    """One row per campaign candidate of one half (kept and loose), with its features, and
    that half's gold campaign keys per report."""
    rows = sorted((r for r in read_manifest() if r.get("split") == split), key=lambda r: r["id"])
    ids = [r["id"] for r in rows]
    gold = {id_: evaluation.gold_items(evaluation.check_gold(GOLD / f"{id_}.json"))["campaigns"]
            for id_ in ids}
    if cache is not None and (cache / "candidates.parquet").is_file():
        return pd.read_parquet(cache / "candidates.parquet"), gold
    with tempfile.TemporaryDirectory(prefix="womenfed-campcv-") as work:
        work = Path(work)
        (work / "raw").mkdir()
        for id_ in ids:
            shutil.copyfile(texts / f"{id_}.txt", work / "raw" / f"{id_}.txt")
        _write_sources(work / "raw" / SIDECAR, rows)
        build(work / "raw", work / "tables", jobs=1, engine="local", progress=False)
        sentences = pd.read_parquet(work / "tables" / "sentences.parquet")
        built = pd.read_parquet(work / "tables" / "entities.parquet")
    found = []
    for id_ in ids:
        own = sentences[sentences["report_id"] == id_].sort_values("sentence_id", kind="stable")
        for index, text in enumerate(own["text"].fillna("")):
            kept = [(finder, e) for finder, e in entities._kept_with_finder(text)
                    if e.type == "campaign"]
            spans = {(e.start, e.end) for _, e in kept}
            loose = [(finder, e) for finder, e in _loose_candidates(text)
                     if (e.start, e.end) not in spans]
            for finder, entity in kept + loose:
                key = evaluation._entity_key("campaign", entity.canonical)
                if key is None:
                    continue
                found.append({"report_id": id_, "sentence": index, "n_sentences": len(own),
                              "text": text, "start": entity.start, "end": entity.end,
                              "name": entity.name, "key": key, "finder": finder,
                              "kept": finder in RULE_FINDERS, "label": key in gold[id_]})
    frame = pd.DataFrame(found)
    _check_against_build(frame, built)
    frame = frame.join(_features(frame))
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        frame.to_parquet(cache / "candidates.parquet")
    return frame, gold


def _check_against_build(frame: pd.DataFrame, built: pd.DataFrame) -> None:
    """The kept candidates are the build's campaign names, report by report."""
    built = built[built["type"] == "campaign"]
    for id_, own in frame[frame["kept"]].groupby("report_id"):
        names = {evaluation._entity_key("campaign", n)
                 for n in built.loc[built["report_id"] == id_, "canonical"]} - {None}
        if names != set(own["key"]):
            raise ValueError(f"{id_}: the candidates differ from the build's campaigns")


def _loose_candidates(sentence: str):
    """What the quoted and suffixed finders would propose without their exclusions: every
    quoted core with Han characters (with a kept programme suffix after it), and every span
    that ends in a programme suffix, from the usual left edge of a name."""
    for match in (m for pattern in entities.QUOTED for m in pattern.finditer(sentence)):
        core = match.group(1).strip()
        if not entities.HAN_CHAR.search(core) or entities.LIST_SEPARATOR in core:
            continue
        suffix = entities.KEPT_SUFFIX.match(sentence, match.end())
        end = suffix.end() if suffix else match.end()
        yield "loose_quoted", entities._entity("campaign", sentence, match.start(), end,
                                               core + (suffix.group() if suffix else ""))
    for match in entities._pattern("campaign_suffix").finditer(sentence):
        start = left_edge(sentence, match.start(), match.end(), entities.MAX_CAMPAIGN_CORE)
        start = entities._after_leading_verb(sentence, start, match.start())
        if match.start() - start >= 2:
            yield "loose_suffixed", entities._entity("campaign", sentence, start, match.end())


# --- features ------------------------------------------------------------------------------------

def _suffix_classes() -> tuple[str, ...]:
    """The closed class of programme suffixes: the alternatives of the lexicon's pattern."""
    pattern = dict(lexicon.rows("entity_patterns.tsv"))["campaign_suffix"]
    return tuple(re.sub(r"\(\?[=!][^)]*\)", "", alternative)
                 for alternative in pattern.split("|"))


def _tag(word: str) -> str:
    tag = lexicon.dictionary_tags().get(word)
    if tag is None:
        return "none"
    return TAG_CLASSES.get(tag[:1], "other")


def _char_class(char: str) -> str:
    if not char:
        return "edge"
    if char in OPEN_QUOTES or char in CLOSE_QUOTES:
        return "quote"
    if re.match(f"[{HAN}]", char):
        return "han"
    if char.isdigit():
        return "digit"
    return "punct"


def _dictionary_cover(name: str) -> float:
    """Share of the name's characters inside words of two or more characters that jieba's
    dictionary knows (greedy longest match from the left)."""
    tags, covered, position = lexicon.dictionary_tags(), 0, 0
    while position < len(name):
        for length in range(min(6, len(name) - position), 1, -1):
            if name[position:position + length] in tags:
                covered += length
                position += length
                break
        else:
            position += 1
    return covered / max(1, len(name))


def candidate_features(text: str, start: int, end: int, name: str, sentence: int,
                       n_sentences: int) -> dict[str, float]:
    """The general features of one candidate (shape, grammar, place); no name strings."""
    suffixes = _suffix_classes()
    before, after = text[:start], text[end:]
    plain = entities.QUOTE_CHARS.sub("", name)
    suffix = next((s for s in sorted(suffixes, key=len, reverse=True) if plain.endswith(s)), "")
    core = plain[:len(plain) - len(suffix)] if suffix else plain
    length = len(plain)
    features = {
        **{f"len<={b}": float(length <= b) for b in LENGTH_BINS},
        "len": length / 10,
        "quoted_inside": float(bool(entities.QUOTE_CHARS.search(text[start:end]))),
        # a quoted finder's span holds its quote marks; a suffixed one may follow a quote
        "quote_before": float(bool(text[max(0, start - 1):start + 1])
                              and any(c in OPEN_QUOTES for c in text[max(0, start - 1):start + 1])),
        "quote_after": float(any(c in CLOSE_QUOTES for c in text[max(0, end - 1):end + 1])),
        "han_share": len(re.findall(f"[{HAN}]", plain)) / max(1, length),
        "arabic_digit": float(bool(DIGIT.search(plain))),
        "chinese_numeral": float(bool(CHINESE_NUMERAL.search(plain))),
        "latin": float(bool(LATIN.search(plain))),
        "inner_punctuation": float(bool(INNER_PUNCTUATION.search(plain))),
        **{f"suffix={i}": float(suffix == s) for i, s in enumerate(suffixes)},
        "no_suffix": float(not suffix),
        "honour": float(bool(entities._pattern("honour").search(plain))),
        "list_head": float(bool(entities._pattern("list_head").search(plain))),
        "standing": float(bool(entities._pattern("standing").search(plain))),
        "in_dictionary": float(plain in lexicon.dictionary_tags()),
        "core_in_dictionary": float(core in lexicon.dictionary_tags()),
        "dictionary_cover": _dictionary_cover(plain),
        "named_before": float(bool(entities._pattern("named_before").search(
            before[-entities.CONTEXT_BEFORE:].rstrip("“‘\"")))),
        "named_after": float(bool(entities._pattern("named_after").match(
            after.lstrip("”’\"")))),
        "de_after": float(after.lstrip("”’\"")[:1] == "的"),
        "deng_after": float(after.lstrip("”’\"")[:1] == "等"),
        "title": float(sentence == 0),
        "first_sentences": float(sentence < FIRST_SENTENCES),
        "relative_place": sentence / max(1, n_sentences - 1),
        "heading_like": float(not SENTENCE_END.search(text)),
        "sentence_len": min(len(text), 200) / 100,
        "in_document_title": float(entities._in_document_title(text, start)),
    }
    for side, char in (("before", before[-1:]), ("after", after[:1])):
        features.update({f"{side}_char={c}": float(_char_class(char) == c)
                         for c in ("edge", "quote", "han", "digit", "punct")})
    stripped_before, stripped_after = before.rstrip("“‘\""), after.lstrip("”’\"")
    for side, words in (("before", (stripped_before[-2:], stripped_before[-1:])),
                        ("after", (stripped_after[:2], stripped_after[:1]))):
        tag = next((t for t in map(_tag, words) if t != "none"), "none")
        features.update({f"{side}_tag={t}": float(tag == t) for t in TAG_NAMES})
    return features


def _features(frame: pd.DataFrame) -> pd.DataFrame:
    rows = [candidate_features(r.text, r.start, r.end, r.name, r.sentence, r.n_sentences)
            for r in frame.itertuples()]
    features = pd.DataFrame(rows, index=frame.index)
    for finder in RULE_FINDERS + LOOSE_FINDERS:
        features[f"finder={finder}"] = (frame["finder"] == finder).astype(float)
    # how often the report repeats the name, and in how many sentences
    features["mentions"] = np.log1p(frame.groupby(["report_id", "key"])["key"]
                                     .transform("size").to_numpy())
    features["sentences_with_name"] = np.log1p(frame.groupby(["report_id", "key"])["sentence"]
                                               .transform("nunique").to_numpy())
    features["candidates_in_sentence"] = np.log1p(frame.groupby(["report_id", "sentence"])["key"]
                                                  .transform("size").to_numpy())
    return features.add_prefix("f:")


# --- models and scoring ---------------------------------------------------------------------------

def _columns(frame: pd.DataFrame, with_finder: bool) -> list[str]:
    return [c for c in frame.columns if c.startswith("f:")
            and (with_finder or not c.startswith("f:finder="))]


def _model(kind: str):
    if kind == "logistic":
        return make_pipeline(StandardScaler(), LogisticRegression(
            C=0.5, solver="liblinear", class_weight="balanced", random_state=SEED))
    return HistGradientBoostingClassifier(max_depth=3, max_iter=150, learning_rate=0.05,
                                          min_samples_leaf=10, random_state=SEED)


def _fit_scores(kind: str, train: pd.DataFrame, test: pd.DataFrame, columns) -> np.ndarray:
    model = _model(kind)
    if train["label"].nunique() < 2:
        return np.full(len(test), float(train["label"].iloc[0]))
    model.fit(train[columns].to_numpy(), train["label"].to_numpy())
    return model.predict_proba(test[columns].to_numpy())[:, 1]


def field_counts(accepted: pd.DataFrame, gold: dict, reports) -> tuple[int, int, int]:
    """tp, fp, fn of the campaigns field over ``reports`` as the scorer counts them."""
    tp = fp = fn = 0
    names = accepted.groupby("report_id")["key"].agg(set).to_dict()
    for id_ in reports:
        score = evaluation._score_sets(gold[id_], names.get(id_, set()))
        tp, fp, fn = tp + score["tp"], fp + score["fp"], fn + score["fn"]
    return tp, fp, fn


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _accepted(candidates: pd.DataFrame, scores: np.ndarray, threshold: float) -> pd.DataFrame:
    """A name is accepted where any of its mentions scores at or above the threshold."""
    return candidates[scores >= threshold]


def _best_threshold(kind, train, gold, columns, pool, apply_to) -> float:
    """The threshold that maximises the field's F1 over out-of-fold scores of the training
    reports (inner GroupKFold): chosen without the outer fold's reports."""
    scores = np.zeros(len(train))
    for inner_train, inner_test in GroupKFold(n_splits=INNER_FOLDS).split(
            train, groups=train["report_id"]):
        fit = train.iloc[inner_train]
        scores[inner_test] = _fit_scores(kind, fit[pool(fit)], train.iloc[inner_test], columns)
    mask = apply_to(train).to_numpy()
    reports = sorted(train["report_id"].unique())
    f1s = [prf(*field_counts(_accepted(train[mask], scores[mask], t), gold, reports))[2]
           for t in THRESHOLDS]
    return float(THRESHOLDS[int(np.argmax(f1s))])


# variant: (model, trained on which candidates, applied to which, with the finder features)
VARIANTS = {
    "b-logistic": ("logistic", lambda f: f["kept"], lambda f: f["kept"], True),
    "b-trees": ("trees", lambda f: f["kept"], lambda f: f["kept"], True),
    "c-logistic": ("logistic", lambda f: f["kept"] | True, lambda f: f["kept"], False),
    "c-trees": ("trees", lambda f: f["kept"] | True, lambda f: f["kept"], False),
    "d-logistic": ("logistic", lambda f: f["kept"] | True, lambda f: f["kept"] | True, False),
    "d-trees": ("trees", lambda f: f["kept"] | True, lambda f: f["kept"] | True, False),
}
NAMES = {
    "a": "(a) rules: every kept candidate",
    "b-logistic": "(b) kept candidates, LogisticRegression on kept",
    "b-trees": "(b) kept candidates, gradient-boosted trees on kept",
    "c-logistic": "(c) kept candidates, LogisticRegression on kept + loose",
    "c-trees": "(c) kept candidates, gradient-boosted trees on kept + loose",
    "d-logistic": "(d) kept + loose candidates, LogisticRegression",
    "d-trees": "(d) kept + loose candidates, gradient-boosted trees",
}


def cross_validate(frame: pd.DataFrame, gold: dict, share: float = 1.0,
                   keys=tuple(VARIANTS)) -> dict[str, list[tuple]]:
    """Per outer fold: (tp, fp, fn, threshold) of each variant, folds grouped by report. The
    folds split the dev reports (those without candidates too: their gold names are misses);
    ``share`` < 1 trains on that share of each fold's training reports (a learning curve)."""
    reports = np.array(sorted(gold))
    out: dict[str, list[tuple]] = {"a": [], **{key: [] for key in keys}}
    for train_reports, test_reports in GroupKFold(n_splits=FOLDS).split(reports, groups=reports):
        chosen = reports[train_reports]
        if share < 1.0:
            chosen = np.random.default_rng(SEED).permutation(chosen)[:round(share * len(chosen))]
        train = frame[frame["report_id"].isin(chosen)].reset_index(drop=True)
        test = frame[frame["report_id"].isin(reports[test_reports])].reset_index(drop=True)
        fold_reports = reports[test_reports]
        out["a"].append((*field_counts(test[test["kept"]], gold, fold_reports), None))
        for key in keys:
            kind, pool, apply_to, with_finder = VARIANTS[key]
            columns = _columns(frame, with_finder)
            threshold = _best_threshold(kind, train, gold, columns, pool, apply_to)
            scores = _fit_scores(kind, train[pool(train)], test, columns)
            mask = apply_to(test).to_numpy()
            accepted = _accepted(test[mask], scores[mask], threshold)
            out[key].append((*field_counts(accepted, gold, fold_reports), threshold))
    return out


def out_of_fold(frame: pd.DataFrame, gold: dict, key: str) -> np.ndarray:
    """Each candidate's score from the model of ``key`` trained on the other folds."""
    kind, pool, _, with_finder = VARIANTS[key]
    columns, reports = _columns(frame, with_finder), np.array(sorted(gold))
    scores = np.zeros(len(frame))
    for train_reports, test_reports in GroupKFold(n_splits=FOLDS).split(reports, groups=reports):
        train = frame[frame["report_id"].isin(reports[train_reports])]
        test = frame["report_id"].isin(reports[test_reports]).to_numpy()
        scores[test] = _fit_scores(kind, train[pool(train)], frame[test], columns)
    return scores


def curve(frame: pd.DataFrame, gold: dict, keys=("b-logistic", "c-logistic", "c-trees")) -> str:
    """The field's P/R/F1 at fixed thresholds over the out-of-fold scores: whether any
    operating point buys precision without losing recall."""
    reports = sorted(gold)
    lines = ["| variant | " + " | ".join(f"t={t:.1f}" for t in CURVE_THRESHOLDS) + " |",
             "|---|" + "---|" * len(CURVE_THRESHOLDS)]
    for key in keys:
        scores = out_of_fold(frame, gold, key)
        mask = VARIANTS[key][2](frame).to_numpy()
        cells = []
        for threshold in CURVE_THRESHOLDS:
            precision, recall, f1 = prf(*field_counts(
                _accepted(frame[mask], scores[mask], threshold), gold, reports))
            cells.append(f"{precision:.3f}/{recall:.3f}/{f1:.3f}")
        lines.append(f"| {NAMES[key]} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def learning_curve(frame: pd.DataFrame, gold: dict, keys=("c-logistic", "d-logistic")) -> str:
    """The field's CV F1 of models trained on a share of each fold's training reports."""
    lines = ["| share of training reports | " + " | ".join(NAMES[k] for k in ("a", *keys)) + " |",
             "|---|" + "---|" * (len(keys) + 1)]
    for share in CURVE_SHARES:
        results = cross_validate(frame, gold, share, keys)
        cells = [prf(*(sum(f[i] for f in results[key]) for i in range(3)))[2]
                 for key in ("a", *keys)]
        lines.append(f"| {share:.2f} | " + " | ".join(f"{x:.3f}" for x in cells) + " |")
    return "\n".join(lines)


def table(results: dict[str, list[tuple]], frame: pd.DataFrame, gold: dict) -> str:
    kept = frame[frame["kept"]]
    lines = [f"{len(gold)} dev reports, {FOLDS}-fold GroupKFold by report; "
             f"{len(kept)} kept mentions ({kept.groupby('report_id')['key'].nunique().sum()} "
             f"names, {int(kept.drop_duplicates(['report_id', 'key'])['label'].sum())} right), "
             f"{len(frame) - len(kept)} loose mentions "
             f"({int(frame[~frame['kept']].drop_duplicates(['report_id', 'key'])['label'].sum())}"
             " of their names right)", "",
             "| variant | P | R | F1 | F1 per fold (sd) | thresholds |", "|---|---|---|---|---|---|"]
    for key, folds in results.items():
        tp, fp, fn = (sum(f[i] for f in folds) for i in range(3))
        precision, recall, f1 = prf(tp, fp, fn)
        per_fold = [prf(*f[:3])[2] for f in folds]
        thresholds = " ".join("-" if f[3] is None else f"{f[3]:.2f}" for f in folds)
        lines.append(f"| {NAMES[key]} | {precision:.3f} | {recall:.3f} | {f1:.3f} | "
                     f"{' '.join(f'{x:.3f}' for x in per_fold)} ({np.std(per_fold):.3f}) | "
                     f"{thresholds} |")
    return "\n".join(lines)


def test_totals(frame: pd.DataFrame, gold: dict, texts: Path) -> str:
    """The test half's campaign totals (tp, fp, fn, P, R, F1) under the rules and under each
    variant trained on the whole dev half, its threshold chosen by grouped CV on the dev half.
    Prints no name, text or report of the test half."""
    test, test_gold = split_candidates(texts, "test")
    reports = sorted(test_gold)
    lines = ["| variant (test half, trained on dev) | tp | fp | fn | P | R | F1 | threshold |",
             "|---|---|---|---|---|---|---|---|"]
    results = {"a": (field_counts(test[test["kept"]], test_gold, reports), None)}
    for key, (kind, pool, apply_to, with_finder) in VARIANTS.items():
        columns = _columns(frame, with_finder)
        threshold = _best_threshold(kind, frame, gold, columns, pool, apply_to)
        scores = _fit_scores(kind, frame[pool(frame)], test, columns)
        mask = apply_to(test).to_numpy()
        results[key] = (field_counts(_accepted(test[mask], scores[mask], threshold), test_gold,
                                     reports), threshold)
    for key, (counts, threshold) in results.items():
        cells = " | ".join(f"{x:.3f}" for x in prf(*counts))
        lines.append(f"| {NAMES[key]} | {' | '.join(map(str, counts))} | {cells} | "
                     f"{'-' if threshold is None else f'{threshold:.2f}'} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, help="keep the dev half's labelled candidates here")
    parser.add_argument("--curve", action="store_true", help="also print a learning curve")
    parser.add_argument("--test-totals", action="store_true",
                        help="train each variant on the whole dev half and print the test "
                             "half's campaign TOTALS under it (nothing else of that half)")
    args = parser.parse_args(argv)
    return exit_code_of("tools/campaigns_cv.py", lambda: run(args))


def run(args) -> int:
    """The experiment, once the texts are laid out (TextsMissing otherwise)."""
    texts = texts_dir()
    frame, gold = split_candidates(texts, "dev", args.cache)
    if args.test_totals:
        print(test_totals(frame, gold, texts))
        return 0
    print(table(cross_validate(frame, gold), frame, gold))
    print("\nOut-of-fold P/R/F1 at fixed thresholds\n")
    print(curve(frame, gold))
    if args.curve:
        print("\nLearning curve (field F1)\n")
        print(learning_curve(frame, gold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
