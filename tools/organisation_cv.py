"""Does a learned ranking of the federations a report names beat the rules' choice of its author?

    WOMENFED_DEV_CORPUS=/work/devcorpus .venv/bin/python tools/organisation_cv.py [--show]
    WOMENFED_DEV_CORPUS=/work/devcorpus .venv/bin/python tools/organisation_cv.py --test-totals VARIANT

Reads the DEV half only (ids of eval/dev/manifest.csv with split ``dev``, each with its
manifest url as the build's SOURCES.csv gives it) through the pipeline's own read -> clean ->
segment -> describe. ``describe._place`` is watched (not changed) so that the tool sees the
exact body, page furniture, title and opening it reads, and the rules' choice.

Candidates: every federation the text or the page furniture names (each ``FEDERATION`` match),
its place read as the rules read one before 妇联 (a named place, else the level word alone,
which takes the place of that level the opening, the site or the text gives), finished by
the pipeline's own ``describe._fill_place`` (organisation and level); mentions of one body
merge, and a level word alone of the rules' choice's level is that choice (the rules' own
resolution of it). The rules' choice is always a candidate (it may be no federation: a
tagged unit).
Each candidate is labelled by the scorer's own comparison (``evaluation._agrees``).

Features are general: where the body is named (title, opening, signature, labelled
source/byline lines, furniture, body), how often, its level and its level against the
site's, the scope phrases' and the other candidates', the verb classes around each mention
(guided/visited/attended/invited vs. organising/holding), whether it opens a clause of the
opening as its subject, class forms (各县区妇联), and whether the rules chose it.

Compared by 5-fold ``GroupKFold`` by report on the same folds: the rules' choice against the
top-ranked candidate of a LogisticRegression / HistGradientBoosting model (fixed seeds), and
against the model allowed to overturn the rules only above a margin. Scored as
``evaluation`` scores the single fields (precision, recall, F1 over reports). Prints Markdown;
tools/organisation_cv.md records the result. Training and cross-validation read the dev half
only. ``--test-totals`` (a one-off look, recorded in the .md) trains a variant on the whole dev
half, puts it around ``describe.describe`` in this process only, and prints the test half's
organisation and admin_level totals as ``tools/devcorpus.py evaluate`` scores them: no test
text, gold or per-report line is printed.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

from womenfed import clean, describe, devcorpus, evaluation, places, read, segment
from womenfed.devcorpus import GOLD, exit_code_of, read_manifest, texts_dir
from womenfed.evaluation import totals_markdown
from womenfed.sources import Listing

FOLDS = 5
SEED = 20261127
LEVELS = ("national", "province", "city", "county", "township", "village", "unknown")
# Verbs of a body that does the work (the author) and of one that comes, guides or attends
# (a visitor); hand-written verb classes, as no library tags Chinese verbs by this role.
ACTOR_AFTER = re.compile(r"[^，,。;；]{0,6}?(?:积极|主动|精心|认真|还|又|再次|联合\w{0,8}?)?"
                         r"(?:组织|开展|举办|召开|启动|主办|举行|牵头|会同|推出|实施|发起|成立|建立|"
                         r"打造|印发|制定|部署|通过|争取|走访|慰问|深入)")
ATTEND_AFTER = re.compile(r"[^，,。;；]{0,16}?(?:出席|莅临|到会|讲话|致辞|参加|陪同|调研|指导|视察|督导)")
CLAUSE_START = re.compile(r"(?:^|[,，。；;！!？?\n:：])\s*(?:近日|日前|近期|\d{4}年\d{0,2}月?\d{0,2}日?|"
                          r"今年以来|[\d一二三四五六七八九十]+月\d*日?)?[,，]?\s*$")
INVITED = re.compile(r"(?:邀请|特邀|聘请|[应受])\w{0,10}$")  # 邀请成都市妇联, 应全国妇联邀请
HEAD_OF = re.compile(r"[^，,。;；]{0,2}?(?:主席|副主席|书记|执委|领导|干部|工作人员|党组)")


@dataclass
class Seen:
    """What ``describe._place`` was given for one report, and what it chose."""

    body: str = ""
    furniture: str = ""
    title_end: int = 0
    lead_end: int = 0
    url: str | None = None


@dataclass
class Candidate:
    organisation: str | None
    level: str
    current: bool = False
    counts: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    first: float = 1.0


def _watch() -> Seen:
    seen = Seen()
    original = describe._place

    def watched(meta, body, furniture, segmented, title_end, lead_end, gazetteer, url=None):
        seen.body, seen.furniture, seen.title_end, seen.lead_end, seen.url = (
            body, furniture, title_end, lead_end, url)
        return original(meta, body, furniture, segmented, title_end, lead_end, gazetteer, url)

    describe._place = watched
    return seen


def _mention_place(text: str, start: int, body: str, gazetteer,
                   signed: bool) -> tuple[str | None, str | None]:
    """The place before one 妇联 as ``describe._organisation_place`` reads it (named, or the
    level word alone, through ``describe.named_places``), without that function's filters:
    they become features here."""
    window = text[max(0, start - describe.PLACE_WINDOW):start].rstrip("\n")
    if organ := describe.UNIT_ORGAN.search(window):
        window = window[:organ.start()]
    candidates = describe._place_candidates(window)
    proper = describe.named_places(window, candidates, body, gazetteer, signed,
                                   lambda c: describe._follows_a_place(c, body))
    if not proper and describe.NATIONAL_BEFORE.search(window):
        return describe.NATIONAL, None
    if proper:
        best = describe._most_mentioned(proper, body)
        return describe._with_parent(best, body, gazetteer), None
    words = [c for c in candidates if c in describe.PLACE_SUFFIX.split("|")]
    if not candidates:
        return None, None
    return None, (max(words, key=len) if words else min(candidates, key=len))


def _finish(place: str, seen: Seen, gazetteer) -> tuple[str | None, str]:
    """Organisation and level of a place, as the pipeline finishes its chosen one."""
    if place == describe.NATIONAL:
        return "全国妇联", "national"
    meta = describe.Metadata()
    describe._fill_place(meta, place, seen.body, gazetteer, "\n".join((seen.furniture, seen.body)))
    organisation = describe._with_organ(meta.organisation, seen.body) if meta.organisation else None
    return organisation, meta.admin_level


def _bare_place(word: str, seen: Seen, gazetteer) -> str:
    lead = seen.body[:seen.lead_end]
    return (describe._own_place_named_elsewhere(word, lead, seen.furniture, gazetteer)
            or gazetteer.implied(word, seen.body)
            or describe._only_place_of_level(word, seen.body, gazetteer)
            or describe._unit_above_the_named(word, seen.body, gazetteer)
            or (seen.url and gazetteer.named_in_host(seen.url, word, seen.body)) or word)


def _site_level(seen: Seen, gazetteer) -> str:
    """The lowest level of a unit the site's own names (outlet, owner, dateline) hold."""
    owners = describe._site_owners(seen.furniture)
    ranks = [LEVELS.index(unit.level) for m in gazetteer.scan(owners)[0]
             for unit in {gazetteer.current(c) for c in m.codes} if unit.level in LEVELS]
    return LEVELS[max(ranks)] if ranks else "unknown"


def candidates(seen: Seen, meta, gazetteer) -> list[Candidate]:
    """The rules' choice and every federation the page names, with their mention features."""
    body, by_key = seen.body, {}
    current_key = evaluation.organisation_key(meta.organisation)
    chosen = Candidate(meta.organisation, meta.admin_level, current=True)
    if current_key:
        by_key[current_key] = chosen
    labelled_lines = {line for line in "\n".join((seen.furniture, body)).split("\n")
                      if describe.FEDERATION_LABEL.search(line)}
    signature = describe._signature(body, seen.lead_end)
    bare_cache: dict[str, str] = {}
    total = 0
    for zone, text in (("furniture", seen.furniture), ("body", body)):
        for match in describe.FEDERATION.finditer(text):
            named, bare = _mention_place(text, match.start(), body, gazetteer,
                                         signed=zone == "furniture")
            if not named and not bare:
                continue
            if named:
                organisation, level = _finish(named, seen, gazetteer)
            elif bare in describe.PLACE_SUFFIX.split("|") and describe._level(bare) == meta.admin_level \
                    and current_key:
                organisation, level = meta.organisation, meta.admin_level
            else:
                place = bare_cache.setdefault(bare, _bare_place(bare, seen, gazetteer))
                organisation, level = _finish(place, seen, gazetteer)
            key = evaluation.organisation_key(organisation)
            if not key:
                continue
            candidate = by_key.setdefault(key, Candidate(organisation, level))
            total += 1
            _count(candidate, zone, text, match, seen, signature, labelled_lines, bool(bare))
    found = list(by_key.values())
    if meta.organisation and chosen not in found:
        found.append(chosen)
    for candidate in found:
        candidate.counts["share"] = candidate.counts["mentions"] / total if total else 0.0
    return found


def count_mention(counts, zone: str, text: str, start: int, end: int, seen: Seen,
                  bare: bool) -> tuple[str, str, str]:
    """Count one mention by where it stands (the page's furniture, title, lead or body; also
    used by tools/author_cv.py); return that place, the place window before it and its line."""
    counts["mentions"] += 1
    counts["bare"] += bare
    where = ("furniture" if zone == "furniture" else "title" if start < seen.title_end
             else "lead" if start < seen.lead_end else "body")
    counts[where] += 1
    window = text[max(0, start - describe.PLACE_WINDOW):start]
    line = text[text.rfind("\n", 0, start) + 1:(text.find("\n", end) + 1 or len(text) + 1) - 1]
    return where, window, line


def _count(candidate: Candidate, zone: str, text: str, match, seen: Seen, signature: str,
           labelled_lines: set[str], bare: bool) -> None:
    c, start, end = candidate.counts, match.start(), match.end()
    where, window, line = count_mention(c, zone, text, start, end, seen, bare)
    if where == "body":
        candidate.first = min(candidate.first, start / max(1, len(text)))
    if zone == "body" and start < seen.lead_end:
        candidate.first = 0.0
    c["labelled"] += line in labelled_lines
    c["signature"] += bool(signature) and line.strip() in signature
    c["plural"] += bool(describe.SUBORDINATES_BEFORE.search(window))
    c["superior"] += bool(describe.SUPERIOR_AFTER.match(text, end))
    c["under"] += bool(describe.UNDER_AFTER.match(text, end) and describe.UNDER_BEFORE.search(window))
    c["visitor"] += bool(describe.VISITOR_AFTER.match(text, end))
    c["guest"] += bool(describe.GUEST_AFTER.match(text, end))
    c["chair"] += bool(describe.CHAIR_AFTER.match(text, end))
    c["invited"] += bool(INVITED.search(window))
    c["officer"] += bool(HEAD_OF.match(text, end))
    c["attend"] += bool(ATTEND_AFTER.match(text, end))
    actor = bool(ACTOR_AFTER.match(text, end))
    c["actor"] += actor
    subject = bool(CLAUSE_START.search(window[:len(window) - _name_length(window)]))
    c["subject"] += subject and actor
    c["lead_subject"] += subject and actor and zone == "body" and start < seen.lead_end


def _name_length(window: str) -> int:
    return len(describe.TRAILING_HAN.search(window).group(0))


FEATURES = ("current", "log_mentions", "share", "bare_share", "title", "lead", "body", "furniture",
            "labelled", "signature", "early", "plural", "superior", "under", "visitor", "guest",
            "chair", "invited", "officer", "attend", "actor", "subject", "lead_subject",
            "level_rank", "lowest", "highest", "above_site", "at_site", "below_site",
            "at_scope", "named_in_site", "in_host", "gov_site", "no_federation")


def features(found: list[Candidate], seen: Seen, gazetteer) -> np.ndarray:
    site = _site_level(seen, gazetteer)
    scope = describe._scope_level(seen.body)
    scope_level = describe._level(scope) if scope else "unknown"
    owners = describe._site_owners(seen.furniture)
    ranks = [LEVELS.index(c.level) for c in found if c.level in LEVELS[:-1]]
    host = (urlsplit(seen.url).hostname or "") if seen.url else ""
    # the units whose stem the url's host spells in pinyin (lvdong.xiushui.net: 修水县)
    hosted = {gazetteer.named_in_host(seen.url, word, seen.body) for word in ("市", "县", "区", "旗")
              } - {None} if host else set()
    rows = []
    for cand in found:
        c, n = cand.counts, max(1.0, cand.counts["mentions"])
        rank = LEVELS.index(cand.level) if cand.level in LEVELS else 6
        unit = (cand.organisation or "")
        unit = unit[:-2] if unit.endswith(("妇联", "妇委会")) else unit
        stem = places.stem(unit) if len(unit) > 2 else ""
        row = {"current": float(cand.current), "log_mentions": math.log1p(c["mentions"]),
               "share": c["share"], "bare_share": c["bare"] / n,
               "early": 1.0 - cand.first, "level_rank": rank / 6,
               "lowest": float(bool(ranks) and rank == max(ranks)),
               "highest": float(bool(ranks) and rank == min(ranks) and len(set(ranks)) > 1),
               "above_site": float(site != "unknown" and rank < LEVELS.index(site)),
               "at_site": float(site != "unknown" and rank == LEVELS.index(site)),
               "below_site": float(site != "unknown" and rank > LEVELS.index(site)),
               "at_scope": float(scope_level == cand.level),
               "named_in_site": float(bool(stem) and stem in owners),
               "in_host": float(bool(unit) and unit in hosted),
               "gov_site": float(".gov.cn" in host),
               "no_federation": float(not (cand.organisation or "").endswith(("妇联", "妇委会")))}
        for name in ("title", "lead", "furniture", "labelled", "signature"):
            row[name] = float(c[name] > 0)
        row["body"] = math.log1p(c["body"])
        for name in ("plural", "superior", "under", "visitor", "guest", "chair", "invited",
                     "officer", "attend", "actor", "subject", "lead_subject"):
            row[name] = c[name] / n
        rows.append([row[f] for f in FEATURES])
    return np.array(rows, dtype=float)


@dataclass
class Report:
    id: str
    gold_org: str | None
    gold_level: str | None
    found: list[Candidate]
    x: np.ndarray


def dev_reports(texts: Path) -> list[Report]:
    seen = _watch()
    gazetteer = places.default_gazetteer()
    reports = []
    for row in sorted((r for r in read_manifest() if r.get("split") == "dev"), key=lambda r: r["id"]):
        document = read.read_document(texts / f"{row['id']}.txt", row["id"], read.MAX_BYTES)
        cleaned = clean.clean_text(document.text)
        segmented = segment.segment(cleaned.text)
        meta = describe.describe(document.text, cleaned, segmented, gazetteer, Listing(url=row["url"]))
        gold = evaluation.gold_items(evaluation.check_gold(GOLD / f"{row['id']}.json"))
        found = candidates(seen, meta, gazetteer)
        reports.append(Report(row["id"], gold["organisation"], gold["admin_level"], found,
                              features(found, seen, gazetteer) if found else np.zeros((0, len(FEATURES)))))
    return reports


def _labels(report: Report) -> list[int]:
    return [int(evaluation._agrees("organisation", report.gold_org,
                                   evaluation.organisation_key(c.organisation))) for c in report.found]


def _score(reports: list[Report], choices: list[int | None]) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 of organisation and admin_level as the scorer counts them."""
    out = {}
    for name in ("organisation", "admin_level"):
        tp = fp = fn = 0
        for report, choice in zip(reports, choices, strict=True):
            cand = report.found[choice] if choice is not None else None
            gold = report.gold_org if name == "organisation" else report.gold_level
            predicted = (evaluation.organisation_key(cand.organisation) if name == "organisation"
                         else evaluation._level(cand.level)) if cand else None
            score = evaluation._score_single(name, gold, predicted)
            tp, fp, fn = tp + score["tp"], fp + score["fp"], fn + score["fn"]
        p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
        out[name] = {"precision": p, "recall": r, "f1": 2 * p * r / max(1e-9, p + r)}
    return out


def _current(report: Report) -> int | None:
    return next((i for i, c in enumerate(report.found) if c.current), None)


@dataclass(frozen=True)
class Variant:
    """A ranker: a model (None for a fixed heuristic), whether the rules' choice is one of its
    features, and the margin by which the model's best must beat the rules' choice to win."""

    name: str
    make: object = None
    rules_feature: bool = True
    margin: float = 0.0
    heuristic: object = None


def _logistic(c: float):
    return lambda: LogisticRegression(C=c, max_iter=2000, random_state=SEED)


def _boosting():
    return HistGradientBoostingClassifier(max_depth=3, max_iter=100, learning_rate=0.1,
                                          min_samples_leaf=10, random_state=SEED)


def _column(*names: str, weights: tuple[float, ...] = (1.0, 1.0)):
    """A heuristic ranker: a weighted sum of feature columns."""
    ks = [FEATURES.index(name) for name in names]
    return lambda x: sum(w * x[:, k] for w, k in zip(weights, ks, strict=False))


VARIANTS = (
    Variant("(a) rules' choice", heuristic=_column("current")),
    Variant("(h1) most mentioned", heuristic=_column("log_mentions")),
    Variant("(h2) lowest level (most mentioned among them)",
            heuristic=_column("level_rank", "log_mentions", weights=(10.0, 1.0))),
    Variant("(h3) first named", heuristic=_column("early", "title")),
    *(Variant(f"(b) logistic C={c}, rules' choice a feature, margin {m}", _logistic(c), True, m)
      for c in (0.1, 1.0) for m in (0.0, 0.2)),
    *(Variant(f"(c) gradient boosting, rules' choice a feature, margin {m}", _boosting, True, m)
      for m in (0.0, 0.2)),
    *(Variant(f"(d) logistic C={c}, general features only", _logistic(c), False) for c in (0.1, 1.0, 10.0)),
    Variant("(e) gradient boosting, general features only", _boosting, False),
)


def _ranker(variant: Variant, train: list[Report]):
    """A function from a report's feature rows to one score per candidate."""
    if variant.heuristic is not None:
        return variant.heuristic
    columns = [k for k, f in enumerate(FEATURES) if variant.rules_feature or f != "current"]
    x = np.vstack([r.x for r in train if r.found])[:, columns]
    y = np.concatenate([_labels(r) for r in train if r.found])
    scaler = StandardScaler().fit(x)
    model = variant.make().fit(scaler.transform(x), y)
    return lambda rows: model.predict_proba(scaler.transform(rows[:, columns]))[:, 1]


def _choose(variant: Variant, rank, report: Report) -> int | None:
    if not report.found:
        return None
    scores = rank(report.x)
    best, now = int(np.argmax(scores)), _current(report)  # first on ties: stable
    return now if now is not None and scores[best] - scores[now] <= variant.margin else best


def cross_validate(reports: list[Report]) -> list[tuple[str, list[dict], tuple[int, int]]]:
    """Per variant: the scores of each fold and, over all out-of-fold choices, how many
    reports it made right that the rules got wrong and wrong that the rules got right."""
    groups = np.arange(len(reports))
    folds = list(GroupKFold(n_splits=FOLDS).split(groups, groups=groups))
    rules_right = [_right(r, _current(r)) for r in reports]
    results = []
    for variant in VARIANTS:
        per_fold, fixed, broken = [], 0, 0
        for train, test in folds:
            rank = _ranker(variant, [reports[i] for i in train])
            choices = [_choose(variant, rank, reports[i]) for i in test]
            per_fold.append(_score([reports[i] for i in test], choices))
            for i, choice in zip(test, choices, strict=True):
                right = _right(reports[i], choice)
                fixed += right and not rules_right[i]
                broken += rules_right[i] and not right
        results.append((variant.name, per_fold, (fixed, broken)))
    oracle = [_score([reports[i] for i in test],
                     [next((k for k, y in enumerate(_labels(reports[i])) if y), _current(reports[i]))
                      for i in test]) for _, test in folds]
    fixable = sum(any(_labels(r)) and not rules_right[i] for i, r in enumerate(reports))
    results.append(("(oracle) a right candidate wherever there is one", oracle, (fixable, 0)))
    return results


def _right(report: Report, choice: int | None) -> bool:
    return choice is not None and bool(_labels(report)[choice])


def coefficients(reports: list[Report], rules_feature: bool) -> list[tuple[str, float]]:
    """The standardised coefficients of (b)/(d) at C=1 trained on the whole dev half."""
    columns = [f for f in FEATURES if rules_feature or f != "current"]
    x = np.vstack([r.x for r in reports if r.found])[:, [FEATURES.index(f) for f in columns]]
    y = np.concatenate([_labels(r) for r in reports if r.found])
    model = _logistic(1.0)().fit(StandardScaler().fit_transform(x), y)
    return sorted(zip(columns, model.coef_[0], strict=True), key=lambda p: -abs(p[1]))


def table(results) -> str:
    lines = ["| variant | organisation F1 | sd | folds | admin_level F1 | folds | fixed / broken |",
             "|---|---|---|---|---|---|---|"]
    for name, per_fold, (fixed, broken) in results:
        org = [f["organisation"]["f1"] for f in per_fold]
        lev = [f["admin_level"]["f1"] for f in per_fold]
        lines.append(f"| {name} | {np.mean(org):.3f} | {np.std(org):.3f} | "
                     f"{' '.join(f'{v:.2f}' for v in org)} | {np.mean(lev):.3f} | "
                     f"{' '.join(f'{v:.2f}' for v in lev)} | {fixed} / {broken} |")
    return "\n".join(lines)


def install(variant: Variant, reports: list[Report]) -> None:
    """Let ``describe.describe`` keep the candidate ``variant`` ranks first (trained on all of
    ``reports``): organisation and admin_level only, for a one-off look at a half's totals."""
    rank, original, seen = _ranker(variant, reports), describe.describe, _watch()

    def reranked(raw, cleaned, segmented, gazetteer=None, listing=None, **kwargs):
        gazetteer = gazetteer or places.default_gazetteer()
        meta = original(raw, cleaned, segmented, gazetteer, listing, **kwargs)
        found = candidates(seen, meta, gazetteer)
        if found:
            report = Report("", None, None, found, features(found, seen, gazetteer))
            if (choice := _choose(variant, rank, report)) is not None and not found[choice].current:
                meta.organisation, meta.admin_level = found[choice].organisation, found[choice].level
        return meta

    describe.describe = reranked


def test_totals(variant_name: str, reports: list[Report], texts: Path) -> str:
    """Organisation and admin_level totals of the test half with ``variant_name`` installed,
    scored by the development corpus's own evaluation; totals only, nothing per report."""
    variant = next(v for v in VARIANTS if v.name == variant_name)
    install(variant, reports)
    result = devcorpus.evaluate_split("test", read_manifest(), texts, urls=True)
    lines = totals_markdown(result).split("\n")
    fields = ("| organisation", "| admin_level")
    return "\n".join(lines[:2] + [line for line in lines if line.startswith(fields)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print each dev report's candidates")
    parser.add_argument("--test-totals", metavar="VARIANT",
                        help="train VARIANT on the whole dev half and print only the test half's "
                             "organisation and admin_level totals with it in the pipeline")
    args = parser.parse_args(argv)
    return exit_code_of("tools/organisation_cv.py", lambda: run(args))


def run(args) -> int:
    """The experiment, once the texts are laid out (TextsMissing otherwise)."""
    texts = texts_dir()
    reports = dev_reports(texts)
    if args.test_totals:
        print(test_totals(args.test_totals, reports, texts))
        return 0
    if args.show:
        for report in reports:
            print(report.id, report.gold_org, report.gold_level)
            for cand, y, x in zip(report.found, _labels(report), report.x, strict=True):
                print("   ", "*" if cand.current else " ", y, cand.organisation, cand.level,
                      {f: round(v, 2) for f, v in zip(FEATURES, x, strict=True) if v})
    n = sum(len(r.found) for r in reports)
    print(f"{len(reports)} dev reports, {n} candidates, "
          f"{sum(any(_labels(r)) for r in reports)} reports with a right candidate\n")
    print(table(cross_validate(reports)))
    for rules_feature in (True, False):
        print(f"\nCoefficients (logistic C=1, whole dev half, standardised; rules' choice a feature: "
              f"{rules_feature}):")
        print(", ".join(f"{name} {value:+.2f}" for name, value in coefficients(reports, rules_feature)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
