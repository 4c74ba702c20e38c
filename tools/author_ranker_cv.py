"""Does a learned ranker of candidate authors beat the rules on sites it has not seen? (stop 27)

    WOMENFED_DEV_CORPUS=DIR .venv/bin/python tools/author_ranker_cv.py --manifest M --gold G
    WOMENFED_DEV_CORPUS=DIR2 .venv/bin/python tools/author_ranker_cv.py --manifest M --gold G \
        --variant NAME --totals-manifest M2 --totals-gold G2 --totals-texts T2

The stop-24 experiment (``tools/author_cv.py``) grouped its folds by report, so pages of one
site (same template, same byline habits) sat on both sides of a split. Here the folds are
grouped by the manifest's ``site``, the rules' own answer is always a candidate, and two
further kinds of feature are offered: whether the rules chose the candidate, and where the
page writes the candidate's name as ``describe.organisation_evidence`` reads it (byline,
title, opening, body, composed), also crossed with the rules' choice. Candidates, labels and
the stop-24 features are ``author_cv``'s.

Prints, per variant, the ranker's organisation and admin_level figures out of fold and the
rules' on the same reports, per fold and in total. With ``--totals-*`` the named variant,
trained on all of ``--manifest`` (and the probes if it says so), is put around
``describe.describe`` in this process only and the other set is scored in totals only.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import author_cv as A
import numpy as np
from sklearn.model_selection import GroupKFold

from womenfed import describe, devcorpus, evaluation, places
from womenfed.devcorpus import exit_code_of, texts_dir

D = describe
EVIDENCE = ("byline", "title", "opening", "body", "composed")
SECOND_LEVEL = ("gov", "com", "org", "net", "edu")  # .cn second-level domains


@dataclass
class Report(A.Report):
    site: str = ""
    rules_x: np.ndarray | None = None  # the rules' features of each candidate


def _with_rules_answer(found: list[A.Candidate], seen: A.Seen, meta) -> int:
    """Add the rules' own answer as a candidate where the generator missed it; its index."""
    key = evaluation.organisation_key(meta.organisation)
    for k, cand in enumerate(found):
        if evaluation.organisation_key(cand.organisation) == key:
            return k
    cand = A.Candidate(meta.organisation, meta.admin_level or "unknown", {"rules"})
    body = seen.body
    signature = D._signature(body, seen.lead_end)
    footer = "\n".join(line for line in body.rstrip().split("\n")[-A.FOOTER_LINES:]
                       if len(line) <= D.SIGNATURE_MAX)
    labelled = {line for line in "\n".join((seen.furniture, body)).split("\n")
                if D.FEDERATION_LABEL.search(line)}
    A._count_unit(cand, meta.organisation, seen, signature, footer, labelled)
    found.append(cand)
    return len(found) - 1


def rules_features(found: list[A.Candidate], chosen: int, seen: A.Seen) -> np.ndarray:
    """Per candidate: whether the rules chose it; where the page writes its name
    (``describe.organisation_evidence``: byline, title, opening, body, composed); and that
    place again for the rules' choice only."""
    rows = []
    for k, cand in enumerate(found):
        kind = D.organisation_evidence(cand.organisation, seen.body, seen.furniture,
                                       seen.title_end, seen.lead_end)
        row = [float(k == chosen)]
        row += [float(kind == e) for e in EVIDENCE]
        row += [float(k == chosen and kind == e) for e in EVIDENCE]
        rows.append(row)
    return np.array(rows, dtype=float)


def load(manifest: Path, gold_dir: Path, texts: Path) -> list[Report]:
    return [_report(row["id"], _domain(row.get("site") or row["id"]), meta, gold, found, seen)
            for row, meta, gold, found, seen in A.read_dev(manifest, gold_dir, texts)]


def _report(report_id: str, group: str, meta, gold: dict, found: list[A.Candidate], seen: A.Seen) -> Report:
    chosen = _with_rules_answer(found, seen, meta)
    return Report(report_id, gold, A.rules_metadata(meta), found, A.features(found, seen), group,
                  rules_features(found, chosen, seen))


def _domain(host: str) -> str:
    """The registered domain of a host (fulian.bjxch.gov.cn -> bjxch.gov.cn): one site's
    sub-hosts share its templates, so they fall in one fold."""
    parts = host.split(".")
    keep = 3 if len(parts) >= 3 and parts[-1] == "cn" and parts[-2] in SECOND_LEVEL else 2
    return ".".join(parts[-keep:])


def probe_reports() -> list[Report]:
    return [_report(f"probe{k}", f"probe{k}", meta, gold, found, seen)
            for k, meta, gold, found, seen in A.read_probes()]


def _view(reports: list[Report], with_rules: bool) -> list[A.Report]:
    """The reports with the feature set of a variant."""
    return [A.Report(r.id, r.gold, r.cascade, r.found,
                     np.hstack([r.x, r.rules_x]) if with_rules else r.x) for r in reports]


@dataclass(frozen=True)
class Variant:
    name: str
    c: float  # 0: gradient boosting (pointwise)
    pairwise: bool
    with_rules: bool
    probes: bool


VARIANTS = tuple(
    Variant(f"{'rules+' if wr else ''}{'pair' if pw else 'point'}-{'gb' if c == 0 else f'C{c}'}"
            f"{'+probes' if pr else ''}", c, pw, wr, pr)
    for wr in (False, True) for pr in (False, True) for pw in (True, False)
    for c in ((0.03, 0.1, 0.3) if pw else (0.03, 0.1, 0.3, 0)))


def folds(reports: list[Report]) -> list[np.ndarray]:
    """Test indices of 5 folds grouped by registered domain (GroupKFold: deterministic,
    balanced)."""
    sites = np.array([r.site for r in reports])
    return [test for _, test in GroupKFold(n_splits=A.FOLDS).split(sites, groups=sites)]


def cross_validate(reports: list[Report], variant: Variant, probes: list[Report],
                   test_folds: list[np.ndarray]) -> list[int]:
    view = _view(reports, variant.with_rules)
    extra = _view(probes, variant.with_rules) if variant.probes else []
    choices = [0] * len(reports)
    for test in test_folds:
        held = set(test.tolist())
        rank, _ = A.train([v for i, v in enumerate(view) if i not in held] + extra,
                          variant.c, variant.pairwise)
        for i in test:
            choices[i] = int(np.argmax(rank(view[i].x)))
    return choices


def _accuracy(pairs) -> tuple[int, int, int]:
    """Right reports, counted reports (gold or prediction non-null) of organisation, and
    right admin levels."""
    right = counted = level_right = 0
    for report, (organisation, level) in pairs:
        gold = A._gold_org(report)
        right += evaluation._agrees("organisation", gold, organisation)
        counted += gold is not None or organisation is not None
        level_right += evaluation._agrees("admin_level", report.gold["admin_level"], level)
    return right, counted, level_right


def _right(report: Report, organisation: str | None) -> bool:
    """The organisation agrees with gold's, or both are none."""
    gold = A._gold_org(report)
    return evaluation._agrees("organisation", gold, organisation) or gold is None is organisation


def table(reports: list[Report], probes: list[Report]) -> str:
    test_folds = folds(reports)
    rules = [A._cascade(r) for r in reports]
    head = ("| variant | " + " | ".join(f"fold {k + 1} ({len(t)})" for k, t in enumerate(test_folds))
            + " | organisation | admin_level | fixed / broken |")
    lines = [head, "|" + "---|" * (len(test_folds) + 4)]

    def line(name: str, picks) -> str:
        cells = []
        for test in test_folds:
            right, counted, _ = _accuracy([(reports[i], picks[i]) for i in test])
            cells.append(f"{right}/{counted} {right / max(1, counted):.2f}")
        right, counted, level = _accuracy(list(zip(reports, picks, strict=True)))
        agree = [(_right(r, p[0]), _right(r, q[0])) for r, p, q in zip(reports, picks, rules, strict=True)]
        fixed, broken = sum(a and not b for a, b in agree), sum(b and not a for a, b in agree)
        levels = sum(r.gold["admin_level"] is not None or p[1] is not None
                     for r, p in zip(reports, picks, strict=True))
        return (f"| {name} | " + " | ".join(cells) + f" | {right}/{counted} {right / max(1, counted):.3f}"
                f" | {level}/{levels} {level / max(1, levels):.3f} | {fixed} / {broken} |")

    lines.append(line("rules (in-sample: written reading dev)", rules))
    for variant in VARIANTS:
        choices = cross_validate(reports, variant, probes, test_folds)
        picks = [A._pick(r, r.found[k]) for r, k in zip(reports, choices, strict=True)]
        lines.append(line(variant.name, picks))
    none = A.Candidate(None, "unknown")
    oracle = [A._pick(r, r.found[A._labels(r).index(1)] if any(A._labels(r)) else none) for r in reports]
    lines.append(line("oracle (a right candidate wherever there is one)", oracle))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--manifest", type=Path, required=True)
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--variant", default="rules+pair-C0.1+probes")
    parser.add_argument("--totals-manifest", type=Path)
    parser.add_argument("--totals-gold", type=Path)
    parser.add_argument("--totals-texts", type=Path)
    parser.add_argument("--totals-split", default="dev", choices=devcorpus.SPLITS)
    args = parser.parse_args(argv)
    return exit_code_of("tools/author_ranker_cv.py", lambda: run(args))


def run(args) -> int:
    reports = load(args.manifest, args.gold, texts_dir())
    probes = probe_reports()
    if args.totals_manifest:
        variant = next(v for v in VARIANTS if v.name == args.variant)
        where = (args.totals_manifest, args.totals_gold, args.totals_texts, args.totals_split)
        print("rules:\n" + A.totals(*where))
        trained = _view(reports + (probes if variant.probes else []), variant.with_rules)
        rank, _ = A.train(trained, variant.c, variant.pairwise)
        _install(rank, variant.with_rules)
        print(f"ranker {variant.name}, trained on all of {args.manifest.name}:\n" + A.totals(*where))
        return 0
    n = sum(len(r.found) for r in reports)
    sites = len({r.site for r in reports})
    print(f"{len(reports)} reports from {sites} registered domains, {n} candidates "
          f"({n / len(reports):.1f} a report); "
          f"ceiling (gold among the candidates) {sum(any(A._labels(r)) for r in reports)}/{len(reports)}; "
          f"probes {len(probes)}\n")
    print(table(reports, probes))
    return 0


def _install(rank, with_rules: bool) -> None:
    """Let ``describe.describe`` keep the candidate ``rank`` scores highest, in this process."""
    original, seen = describe.describe, A._watch()

    def chosen(raw, cleaned, segmented, gazetteer=None, listing=None, **kwargs):
        meta = original(raw, cleaned, segmented, gazetteer or places.default_gazetteer(), listing, **kwargs)
        found = A.candidates(seen)
        rules = _with_rules_answer(found, seen, meta)
        x = A.features(found, seen)
        if with_rules:
            x = np.hstack([x, rules_features(found, rules, seen)])
        best = found[int(np.argmax(rank(x)))]
        meta.organisation, meta.admin_level = best.organisation, best.level
        return meta

    describe.describe = chosen


if __name__ == "__main__":
    sys.exit(main())
