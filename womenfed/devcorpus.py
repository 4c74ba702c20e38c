"""The development corpus: real reports kept outside the repository, gold and manifest inside.

The texts are third-party pages and are never committed; they live in the folder named by
``WOMENFED_DEV_CORPUS`` as ``<id>.txt``. The repository keeps ``eval/dev/manifest.csv`` (url,
query, sha256 ... of each text) and ``eval/dev/gold/<id>.json``. This module checks that the
two sides agree, splits the reports into a test half (scored, never read while writing rules)
and a development half with a fixed seed, counts what the corpus covers, and builds and
scores a half with the package's own build and ``evaluation.evaluate``. ``tools/devcorpus.py``
is its command line; the layout is in ``eval/dev/README.md``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import math
import os
import random
import re
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from . import paths
from .agreement import Agreement, agreement
from .atomic import atomic_path, write_bytes_atomic
from .corpus import build
from .evaluation import DEFAULT_SEED, Evaluation, evaluate, gold_problems, totals_markdown
from .places import read_units
from .sources import SIDECAR

CORPUS_VARIABLE = "WOMENFED_DEV_CORPUS"
MANIFEST = paths.DEV_CORPUS / "manifest.csv"
GOLD = paths.DEV_CORPUS / "gold"
ACCURACY = paths.REPO / "docs" / "ACCURACY.md"
COLUMNS = ("id", "url", "query", "site", "title", "province", "admin_level", "year", "noise",
           "sha256", "n_chars", "retrieved")
SPLITS = ("test", "dev")
SPLIT_SEED = 20261127
URL_MODES = ("with", "without", "both")
ALONE = "-without-urls"  # the section of a half scored with its texts alone
SECTIONS = (*SPLITS, *(f"{split}{ALONE}" for split in SPLITS))
LEVELS = ("national", "province", "city", "county", "township", "village", "unknown")
NOISE_TAGS = ("traditional", "pinyin", "garbled", "menus", "docshare", "hardwrap", "template",
              "wechat", "none")
ID_LENGTH = 12
# Exit codes of the command line: problems found, bad usage, and texts not laid out here.
EXIT_PROBLEMS, EXIT_USAGE, EXIT_NO_TEXTS = 1, 2, 3


class TextsMissing(Exception):
    """The folder of texts is not configured or not there (a distinct exit code)."""


def report_id(url: str) -> str:
    """The id of a report: the first 12 hex digits of the sha256 of its url."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:ID_LENGTH]


def texts_dir(environ=os.environ, variable: str = CORPUS_VARIABLE,
              readme: str = "eval/dev/README.md") -> Path:
    """The folder of texts named by ``variable``; TextsMissing if unset or absent."""
    value = environ.get(variable)
    if not value:
        raise TextsMissing(f"{variable} is not set: the texts are not laid out on this machine "
                           f"(see {readme})")
    folder = Path(value)
    if not folder.is_dir():
        raise TextsMissing(f"{variable}={value}: no such folder (see {readme})")
    return folder


# --- manifest -----------------------------------------------------------------------------------

def read_manifest(path: Path = MANIFEST, columns: tuple[str, ...] = COLUMNS) -> list[dict[str, str]]:
    """The manifest rows; a missing column is an error naming the file."""
    path = Path(path)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: missing columns {', '.join(missing)}")
        return list(reader)


def write_manifest(rows: list[dict[str, str]], path: Path = MANIFEST) -> None:
    """The rows written back atomically, the known columns first, then any others."""
    extra = sorted({key for row in rows for key in row} - set(COLUMNS) - {"split"})
    header = [*COLUMNS, *extra, *(["split"] if any("split" in row for row in rows) else [])]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    with atomic_path(Path(path)) as temp:
        temp.write_text(buffer.getvalue(), encoding="utf-8")


def assign_splits(rows: list[dict[str, str]], seed: int = SPLIT_SEED) -> list[dict[str, str]]:
    """Rows with a ``split``: a row keeps the split it has; the rows without one are split as
    a batch (ids sorted, shuffled with ``random.Random(seed)``, the first ceil(n/2) test), so
    adding reports never moves an old one between halves."""
    new = sorted(row["id"] for row in rows if row.get("split") not in SPLITS)
    random.Random(seed).shuffle(new)
    drawn = {id_: ("test" if i < math.ceil(len(new) / 2) else "dev") for i, id_ in enumerate(new)}
    return [{**row, "split": row["split"] if row.get("split") in SPLITS else drawn[row["id"]]}
            for row in rows]


@cache
def province_names() -> frozenset[str]:
    """The gazetteer's current province-level units: a manifest's province is one of these
    full names, so the coverage counts never take 宁夏 and 宁夏回族自治区 for two provinces."""
    return frozenset(unit.name for unit in read_units()
                     if unit.level == "province" and not unit.successor)


# --- check --------------------------------------------------------------------------------------

def check(rows: list[dict[str, str]], texts: Path, gold_dir: Path = GOLD,
          orphans: bool = True) -> dict[str, list[str]]:
    """Problems per id (only ids with problems): the id, text file, checksum, length, split and
    gold file of every manifest row, and (with ``orphans``) gold files without a row."""
    problems: dict[str, list[str]] = {}
    counts = Counter(row["id"] for row in rows)
    for row in rows:
        found = _row_problems(row, Path(texts), Path(gold_dir))
        if counts[row["id"]] > 1:
            found.insert(0, f"id listed {counts[row['id']]} times")
        if found:
            problems[row["id"]] = found
    for orphan in sorted({p.stem for p in Path(gold_dir).glob("*.json")} - set(counts)
                         if orphans else ()):
        problems[orphan] = ["gold file without a manifest row"]
    return dict(sorted(problems.items()))


def _row_problems(row: dict[str, str], texts: Path, gold_dir: Path) -> list[str]:
    id_ = row["id"]
    found, text = text_problems(row, texts)
    if row["admin_level"] not in LEVELS:
        found.append(f"admin_level {row['admin_level']!r} not one of {', '.join(LEVELS)}")
    if row["province"] and row["province"] not in province_names():
        found.append(f"province {row['province']!r} is not a province-level unit's full name "
                     "(河北省, 宁夏回族自治区, 北京市 …)")
    unknown = set(filter(None, row["noise"].split(";"))) - set(NOISE_TAGS)
    if unknown:
        found.append(f"unknown noise tags {', '.join(sorted(unknown))}")
    if row.get("split") not in (None, "", *SPLITS):
        found.append(f"split {row['split']!r} is neither test nor dev")
    found += [f"gold: {problem}" for problem in _gold_file_problems(gold_dir / f"{id_}.json",
                                                                   id_, text)]
    return found


def text_problems(row: dict[str, str], texts: Path) -> tuple[list[str], str | None]:
    """Problems of a manifest row's id and text file (id from the url, sha256, n_chars,
    UTF-8), and the text when it could be read."""
    id_ = row["id"]
    found, text = [], None
    if report_id(row["url"]) != id_:
        found.append(f"id is not sha256(url)[:{ID_LENGTH}] ({report_id(row['url'])})")
    path = Path(texts) / f"{id_}.txt"
    if not path.is_file():
        found.append(f"text missing: {path}")
        return found, None
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != row["sha256"]:
        found.append("sha256 of the text differs from the manifest")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        found.append("text is not UTF-8")
    else:
        if str(len(text)) != row["n_chars"]:
            found.append(f"n_chars {row['n_chars']} in the manifest, {len(text)} in the text")
    return found, text


def _gold_file_problems(path: Path, id_: str, text: str | None) -> list[str]:
    if not path.is_file():
        return [f"missing: {path}"]
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return [f"not valid JSON ({exc})"]
    problems = gold_problems(gold)
    if problems:
        return problems
    if gold.get("file") != f"{id_}.txt":
        problems.append(f"'file' is {gold.get('file')!r}, not {id_}.txt")
    if text is not None:  # every quoted span must sit at its offset in the text
        for key in ("quantities", "excluded_numbers"):
            for item in gold.get(key) or []:
                raw, offset = (item.get("raw"), item.get("offset")) if isinstance(item, dict) \
                    else (None, None)
                if not (isinstance(raw, str) and isinstance(offset, int)
                        and text[offset:offset + len(raw)] == raw):
                    problems.append(f"{key}: {raw!r} is not at offset {offset}")
    return problems


# --- lay out ------------------------------------------------------------------------------------

def lay_out(rows: list[dict[str, str]], excerpts: Path, texts: Path) -> dict[str, str]:
    """Write each ``<id>.json`` of ``excerpts`` (a search excerpt as the JSON string literal the
    search tool prints) to ``texts/<id>.txt`` when it has the manifest's sha256 and n_chars.

    Copying the literal with its escapes keeps newlines, quotes and runs of spaces exact; the
    checksum decides, so a text is never written that differs from the one annotated. Returns
    the outcome per excerpt file: ``written``, ``already laid out`` or what is wrong.
    """
    by_id = {row["id"]: row for row in rows}
    outcomes = {}
    for path in sorted(Path(excerpts).glob("*.json")):
        outcomes[path.stem] = _lay_out_one(path, by_id.get(path.stem), Path(texts))
    return outcomes


def _lay_out_one(path: Path, row: dict[str, str] | None, texts: Path) -> str:
    if row is None:
        return "no manifest row has this id"
    if not text_problems(row, texts)[0]:
        return "already laid out"
    try:
        text = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return f"not a JSON string literal: {exc}"
    if not isinstance(text, str):
        return "not a JSON string literal"
    data = text.encode("utf-8")
    if hashlib.sha256(data).hexdigest() != row["sha256"]:
        return (f"sha256 differs from the manifest ({len(text)} characters, the manifest has "
                f"{row['n_chars']})")
    write_bytes_atomic(texts / f"{row['id']}.txt", data)
    return "written"


def queries_still_needed(rows: list[dict[str, str]], texts: Path) -> dict[str, list[str]]:
    """The ids, per manifest query, whose text is not laid out right yet: what to search."""
    needed: dict[str, list[str]] = {}
    for row in rows:
        if text_problems(row, texts)[0]:
            needed.setdefault(row["query"], []).append(row["id"])
    return dict(sorted(needed.items()))


# --- stats --------------------------------------------------------------------------------------

def stats(rows: list[dict[str, str]]) -> dict[str, dict]:
    """What each split (and the whole corpus) covers: reports, sites, provinces, years,
    levels and noise tags."""
    groups = {split: [r for r in rows if r.get("split") == split] for split in SPLITS}
    groups["unsplit"] = [r for r in rows if r.get("split") not in SPLITS]
    groups["all"] = rows
    summary = {}
    for name, group in groups.items():
        if not group and name != "all":
            continue
        years = sorted(r["year"] for r in group if r["year"])
        summary[name] = {
            "reports": len(group),
            "sites": len({r["site"] for r in group}),
            "provinces": len({r["province"] for r in group if r["province"]}),
            "years": f"{years[0]}–{years[-1]} ({len(set(years))} distinct)" if years else "–",
            "levels": dict(sorted(Counter(r["admin_level"] for r in group).items())),
            "noisy": sum(any(t != "none" for t in filter(None, r["noise"].split(";")))
                         for r in group),
            "noise": dict(sorted(Counter(t for r in group
                                         for t in filter(None, r["noise"].split(";"))).items())),
        }
    return summary


def stats_markdown(summary: dict[str, dict]) -> str:
    lines = ["| split | reports | sites | provinces | years | noisy | levels | noise tags |",
             "|---|---:|---:|---:|---|---:|---|---|"]
    for name, entry in summary.items():
        levels = ", ".join(f"{k} {v}" for k, v in entry["levels"].items()) or "–"
        noise = ", ".join(f"{k} {v}" for k, v in entry["noise"].items()) or "–"
        lines.append(f"| {name} | {entry['reports']} | {entry['sites']} | {entry['provinces']} | "
                     f"{entry['years']} | {entry['noisy']} | {levels} | {noise} |")
    return "\n".join(lines)


# --- evaluate a split ---------------------------------------------------------------------------

def evaluate_split(split: str, rows: list[dict[str, str]], texts: Path, gold_dir: Path = GOLD,
                   seed: int = DEFAULT_SEED, jobs: int = 1, urls: bool = True) -> Evaluation:
    """Build the texts of one split with ``womenfed build`` into a temporary folder and score
    the tables against that split's gold. With ``urls``, the folder gets a ``SOURCES.csv``
    listing each text's manifest url, as a researcher's crawl records the page of each text
    (the pipeline reads a date in a url as weak evidence); without, the texts stand alone."""
    chosen = [r for r in rows if r.get("split") == split]
    if not chosen:
        raise ValueError(f"no reports in the {split} split (run `tools/devcorpus.py split`)")
    with built_reports(chosen, texts, gold_dir, jobs, urls) as work:
        return evaluate(work / "tables", work / "gold", seed=seed)


def coded_in_both(rows: list[dict[str, str]], first: Path, second: Path) -> list[dict[str, str]]:
    """The manifest rows both coders' folders hold a gold file for."""
    coded = ({path.stem for path in Path(first).glob("*.json")}
             & {path.stem for path in Path(second).glob("*.json")})
    chosen = [r for r in rows if r["id"] in coded]
    if not chosen:
        raise ValueError(f"{first} and {second}: no gold file of a manifest id in both")
    return chosen


def agreement_with(second: Path, rows: list[dict[str, str]], texts: Path, first: Path = GOLD,
                   seed: int = DEFAULT_SEED, jobs: int = 1) -> Agreement:
    """Intercoder agreement of a second coder's folder with a first coder's (by default the
    corpus gold), over the reports both coded, and the tool against each (built with urls, as
    the accuracy figures are)."""
    chosen = coded_in_both(rows, first, second)
    with built_reports(chosen, texts, first, jobs, urls=True) as work:
        return agreement(work / "gold", second, work / "tables", seed=seed)


@contextmanager
def built_reports(chosen: list[dict[str, str]], texts: Path, gold_dir: Path, jobs: int,
                  urls: bool) -> Iterator[Path]:
    """A temporary folder with the chosen rows' texts (``raw``), gold (``gold``) and the tables
    ``womenfed build`` makes of them (``tables``)."""
    chosen = sorted(chosen, key=lambda r: r["id"])
    with tempfile.TemporaryDirectory(prefix="womenfed-dev-") as work:
        work = Path(work)
        for folder in ("raw", "gold"):
            (work / folder).mkdir()
        for row in chosen:
            shutil.copyfile(Path(texts) / f"{row['id']}.txt", work / "raw" / f"{row['id']}.txt")
            shutil.copyfile(Path(gold_dir) / f"{row['id']}.json", work / "gold" / f"{row['id']}.json")
        if urls:
            _write_sources(work / "raw" / SIDECAR, chosen)
        build(work / "raw", work / "tables", jobs=jobs,
              engine="local" if jobs <= 1 else "process", progress=False)
        yield work


def _write_sources(path: Path, rows: list[dict[str, str]]) -> None:
    """The sidecar of a laid-out split: each text's file name and its manifest url."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "url"])
        writer.writerows([f"{row['id']}.txt", row["url"]] for row in rows)


def section_markers(split: str) -> tuple[str, str]:
    return f"<!-- devcorpus:{split}:begin -->", f"<!-- devcorpus:{split}:end -->"


def write_accuracy(results: dict[str, Evaluation], path: Path = ACCURACY) -> None:
    """Rewrite the marked section of each split in ``path`` (atomically); text outside the
    markers is kept as it is. A missing marker pair is an error naming the file."""
    text = Path(path).read_text(encoding="utf-8")
    for split, result in results.items():
        begin, end = section_markers(split)
        pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.S)
        if not pattern.search(text):
            raise ValueError(f"{path}: no section marked {begin} … {end}")
        half, alone = split.removesuffix(ALONE), split.endswith(ALONE)
        body = (f"{begin}\n{half} half: {len(result.reports)} reports, "
                f"{'texts alone (no SOURCES.csv)' if alone else 'with their urls (SOURCES.csv)'}"
                f".\n\n"
                f"{totals_markdown(result)}\n{end}")
        text = pattern.sub(lambda _, body=body: body, text)
    with atomic_path(Path(path)) as temp:
        temp.write_text(text, encoding="utf-8")


# --- command line -------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/devcorpus.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--manifest", type=Path, default=MANIFEST)
    parser.add_argument("--gold", type=Path, default=GOLD)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help=f"every manifest row against ${CORPUS_VARIABLE} and gold")
    commands.add_parser("split", help="add or refresh the split column (test|dev)")
    commands.add_parser("stats", help="reports, sites, provinces, years, levels, noise per split")
    laying = commands.add_parser("lay-out", help=f"write checked texts to ${CORPUS_VARIABLE} from "
                                                 "search excerpts saved as <id>.json")
    laying.add_argument("excerpts", type=Path,
                        help="folder of <id>.json files, each the excerpt's JSON string literal")
    scoring = commands.add_parser("evaluate", help="build a split and score it against its gold")
    scoring.add_argument("--split", choices=[*SPLITS, "both"], default="both")
    scoring.add_argument("--seed", type=int, default=DEFAULT_SEED)
    scoring.add_argument("--jobs", type=int, default=1)
    scoring.add_argument("--urls", choices=URL_MODES, default="both",
                         help="score with each text's manifest url laid out in SOURCES.csv "
                              "(with), with the texts alone (without), or both (default; both "
                              "figures are printed)")
    scoring.add_argument("--details", action="store_true",
                         help="also print the misses and extras of the dev half (never the "
                              "test half: it stays unread while rules are written)")
    scoring.add_argument("--write-accuracy", action="store_true",
                         help="rewrite the split's marked section of the accuracy file")
    scoring.add_argument("--accuracy-file", type=Path, default=ACCURACY,
                         help="the file --write-accuracy rewrites (default: docs/ACCURACY.md)")
    agree = commands.add_parser("agreement", help="a second coder's gold folder against the "
                                                  "corpus gold, and the tool against both")
    agree.add_argument("second", type=Path, help="folder of the second coder's <id>.json files")
    agree.add_argument("--first", type=Path,
                       help="folder of the first coder's files (default: the corpus gold, --gold)")
    agree.add_argument("--seed", type=int, default=DEFAULT_SEED)
    agree.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    commands = {"check": _check, "split": _split, "stats": _stats, "lay-out": _lay_out,
                "evaluate": _evaluate, "agreement": _agreement}
    return exit_code_of("devcorpus", lambda: commands[args.command](args, read_manifest(args.manifest)))


def exit_code_of(program: str, run) -> int:
    """``run()``'s exit code; texts not laid out and bad input become one line on stderr and
    their own exit codes (shared by the command lines of the evaluation sets)."""
    try:
        return run()
    except TextsMissing as exc:
        print(f"{program}: {exc}", file=sys.stderr)
        return EXIT_NO_TEXTS
    except (OSError, ValueError) as exc:
        print(f"{program}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _check(args, rows) -> int:
    problems = check(rows, texts_dir(), args.gold)
    for id_, found in problems.items():
        for problem in found:
            print(f"{id_}: {problem}")
    print(f"{len(rows)} manifest rows, {len(problems)} with problems", file=sys.stderr)
    return EXIT_PROBLEMS if problems else 0


def _split(args, rows) -> int:
    split = assign_splits(rows)
    write_manifest(split, args.manifest)
    counts = Counter(row["split"] for row in split)
    print(f"{args.manifest}: test {counts['test']}, dev {counts['dev']}", file=sys.stderr)
    return 0


def _stats(args, rows) -> int:
    print(stats_markdown(stats(rows)))
    return 0


def _lay_out(args, rows) -> int:
    texts = texts_dir()
    outcomes = lay_out(rows, args.excerpts, texts)
    for id_, outcome in outcomes.items():
        print(f"{id_}: {outcome}")
    for query, ids in queries_still_needed(rows, texts).items():
        print(f"still needed: {query}\t{' '.join(ids)}")
    failed = [outcome for outcome in outcomes.values()
              if outcome not in ("written", "already laid out")]
    print(f"{len(outcomes)} excerpts: {len(outcomes) - len(failed)} laid out, {len(failed)} "
          f"refused", file=sys.stderr)
    return EXIT_PROBLEMS if failed else 0


def _checked_texts(args, rows) -> Path | None:
    """The texts folder, or None (after saying why) when any row's text or gold is wrong."""
    texts = texts_dir()
    problems = check(rows, texts, args.gold)
    if problems:
        print(f"devcorpus: {len(problems)} reports have problems; run `tools/devcorpus.py check`",
              file=sys.stderr)
        return None
    return texts


def _evaluate(args, rows) -> int:
    if (texts := _checked_texts(args, rows)) is None:
        return EXIT_PROBLEMS
    results = {}
    modes = ("with", "without") if args.urls == "both" else (args.urls,)
    for split in (SPLITS if args.split == "both" else (args.split,)):
        for mode in modes:
            name = split if mode == "with" else f"{split}{ALONE}"
            results[name] = evaluate_split(split, rows, texts, args.gold, args.seed, args.jobs,
                                           urls=mode == "with")
            print(f"## {split} half ({len(results[name].reports)} reports), {mode} urls "
                  f"(SOURCES.csv)\n")
            print(totals_markdown(results[name]) + "\n")
    if args.details and (dev := results.get("dev") or results.get(f"dev{ALONE}")):
        print(dev.to_markdown("dev half: per report"))
    if args.write_accuracy:
        write_accuracy(results, args.accuracy_file)
    return 0


def _agreement(args, rows) -> int:
    first = args.first or args.gold
    chosen = coded_in_both(rows, first, args.second)
    texts = texts_dir()
    problems = {folder: check(chosen, texts, folder, orphans=False)
                for folder in (first, args.second)}
    if any(problems.values()):
        for folder, found in problems.items():
            for id_, listed in found.items():
                print(f"{folder}/{id_}.json: " + "; ".join(listed), file=sys.stderr)
        return EXIT_PROBLEMS
    result = agreement_with(args.second, rows, texts, first, args.seed, args.jobs)
    print(result.to_markdown(f"Intercoder agreement: {args.second}"), end="")
    return 0


__all__ = ["agreement_with", "assign_splits", "built_reports", "check", "coded_in_both",
           "evaluate_split", "read_manifest", "report_id", "stats", "texts_dir", "write_accuracy",
           "write_manifest"]
