"""Command line: ``womenfed build RAW_DIR --out OUT_DIR``, ``womenfed report RAW_DIR --out
PROJECT`` (tables, figures and exports), ``womenfed inspect FILE [--tables OUT]`` and
``womenfed evaluate TABLES GOLD_DIR``."""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from . import __version__, limits
from .errors import InputError, OutputError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="womenfed", description=__doc__)
    parser.add_argument("--version", action="version", version=f"womenfed {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="turn a folder of reports into tables")
    build.add_argument("raw_dir", type=Path,
                       help="folder of report files (.txt .md, saved pages .html .shtml …)")
    build.add_argument("--out", type=Path, default=Path("data/processed"),
                       help="where the tables go (default: data/processed)")
    build.add_argument("--jobs", type=int, default=1,
                       help="processes that run the pipeline: this one and JOBS-1 workers "
                            "(default: 1); with --engine dask, local cluster workers")
    build.add_argument("--engine", choices=["local", "process", "dask"], default=None,
                       help="local (in process), process (a pool of --jobs) or dask; "
                            "default: local for 1 job, process for more")
    build.add_argument("--scheduler", help="address of a running Dask scheduler "
                                           "(with --engine dask); default: a local cluster")
    build.add_argument("--tokenizer", choices=["rjieba", "jieba"], default="rjieba",
                       help="word segmentation engine (identical tokens; rjieba is faster)")
    build.add_argument("--user-dir", type=Path,
                       help="folder with your own userdict.txt, stopwords.txt, synonyms.tsv")
    build.add_argument("--cache-dir", type=Path, help="per-report cache (default: OUT/.cache)")
    build.add_argument("--time-limit", type=float, default=limits.DEFAULT_SECONDS,
                       metavar="SECONDS",
                       help="give up on a file after this long and record it as an error "
                            f"(default: {limits.DEFAULT_SECONDS:g}; 0: no limit)")

    report = commands.add_parser(
        "report", help="a folder of reports to the tables, figures and exports of a project")
    report.add_argument("raw_dir", type=Path, help="folder of report files")
    report.add_argument("--out", type=Path, required=True,
                        help="project folder: tables in OUT/data/processed, figures in "
                             "OUT/figures, exports in OUT/data/exports")
    report.add_argument("--jobs", type=int, default=1, help="processes that build the tables")
    report.add_argument("--user-dir", type=Path,
                        help="folder with your own userdict.txt, stopwords.txt, synonyms.tsv")

    inspect = commands.add_parser("inspect", help="show how one report was cleaned and read")
    inspect.add_argument("file", help="a report file, or with --tables a report id")
    inspect.add_argument("--tables", type=Path, metavar="OUT",
                         help="a folder written by `womenfed build` that holds the report: "
                              "also show its repost cluster (the other copies)")

    words = commands.add_parser("words", help="list dictionary words that segmentation still "
                                              "splits (check your userdict.txt)")
    words.add_argument("--user-dir", type=Path, help="folder with your own userdict.txt")
    words.add_argument("--tokenizer", choices=["rjieba", "jieba"], default="rjieba")

    evaluate = commands.add_parser("evaluate", help="precision, recall and F1 of built tables "
                                                    "against hand-coded gold annotations")
    evaluate.add_argument("tables", type=Path, help="folder written by `womenfed build`")
    evaluate.add_argument("gold_dir", type=Path,
                          help="folder of gold JSON files named <report_id>.json "
                               "(format: docs/ANNOTATION.md)")
    evaluate.add_argument("--out", type=Path,
                          help="write evaluation.json and evaluation.md here (default: print "
                               "the Markdown report)")
    evaluate.add_argument("--seed", type=int, default=None,
                          help="seed of the bootstrap over reports (default: a fixed seed)")

    agree = commands.add_parser("agreement", help="intercoder agreement of two coders' gold "
                                                  "folders, beside the tool's scores against each")
    agree.add_argument("first", type=Path, help="the first coder's folder of gold JSON files")
    agree.add_argument("second", type=Path,
                       help="the second coder's folder (files matched to the first by name)")
    agree.add_argument("tables", type=Path,
                       help="folder written by `womenfed build` from the coded reports' texts")
    agree.add_argument("--out", type=Path, help="also write agreement.md here")

    args = parser.parse_args(argv)
    commands_by_name = {"build": _build, "inspect": _inspect, "words": _words, "report": _report,
                        "evaluate": _evaluate, "agreement": _agreement}
    try:
        return commands_by_name[args.command](args)
    except (NotADirectoryError, FileNotFoundError, InputError) as exc:
        parser.exit(2, f"womenfed: error: {exc}\n")
    except OutputError as exc:
        parser.exit(1, f"womenfed: error: {exc}\n")


def _terminate(signum, frame):
    sys.exit(128 + signum)


def _build(args) -> int:
    from .corpus import build

    _require_reports(args.raw_dir)
    # SIGTERM ends a build like Ctrl-C: its staging folder is removed on the way out.
    signal.signal(signal.SIGTERM, _terminate)
    engine = args.engine or ("local" if args.jobs <= 1 else "process")
    counts = build(args.raw_dir, args.out, jobs=args.jobs, engine=engine,
                   scheduler=args.scheduler, tokenizer_engine=args.tokenizer,
                   user_dir=args.user_dir, cache_dir=args.cache_dir,
                   time_limit=args.time_limit or None)
    print(f"{counts['reports']} reports, {counts['errors']} errors, {counts['skipped']} skipped "
          f"({counts['cached']} from cache, {counts['computed']} processed) -> {args.out}",
          file=sys.stderr)
    return 0


def _report(args) -> int:
    """Build the tables into a project folder, then run every notebook with that folder as
    root (``womenfed.paths``), so figures and exports describe these reports."""
    from .corpus import build
    from .run_notebooks import NotebookError, discover, run_notebook

    _require_reports(args.raw_dir)
    project = args.out.resolve()
    tables = project / "data" / "processed"
    # Absolute paths in the reports table: findings read the source sentences back from them.
    counts = build(args.raw_dir.resolve(), tables, jobs=args.jobs,
                   engine="local" if args.jobs <= 1 else "process", user_dir=args.user_dir)
    print(f"{counts['reports']} reports, {counts['errors']} errors -> {tables}", file=sys.stderr)
    for notebook in discover():
        try:
            run_notebook(notebook, root=project)
        except NotebookError as error:
            print(f"womenfed: error: {error}", file=sys.stderr)
            return 1
        print(f"{notebook.name}: done", file=sys.stderr)
    print(f"figures -> {project / 'figures'}\nexports -> {project / 'data' / 'exports'}",
          file=sys.stderr)
    return 0


def _require_reports(raw_dir: Path) -> None:
    """An empty folder is a mistake (a wrong path, files not copied yet), not an empty corpus."""
    from .corpus import discover

    if not discover(raw_dir):
        raise FileNotFoundError(f"{raw_dir}: no report files in this folder")


def _inspect(args) -> int:
    """One file's cleaning; with ``--tables`` the row of those tables that the file (or a
    report id) names, and its other copies."""
    from .audit import find_report, render_report, render_reposts
    from .corpus import read_table

    try:
        if args.tables is None:
            print(render_report(Path(args.file)))
            return 0
        reports = read_table(args.tables, "reports")
        row = find_report(reports, args.file, args.tables)
        source = Path(args.file) if Path(args.file).is_file() else Path(row["path"])
        account = (render_report(source) if source.is_file() else
                   f"# {row['report_id']}\n(its file {row['path']} is not readable from here: "
                   f"only what the tables hold)")
        print(f"{account}\n\n{render_reposts(reports, row['report_id'])}")
    except InputError as error:
        raise InputError(error.stage, f"{args.file}: {error.message}") from None
    return 0


def _words(args) -> int:
    """A coverage report of the dictionaries: words that still come out in pieces."""
    from .tokenize import Tokenizer

    if args.user_dir and not args.user_dir.is_dir():
        raise NotADirectoryError(f"{args.user_dir}: not a folder")
    split = Tokenizer(engine=args.tokenizer, user_dir=args.user_dir).coverage()
    for word, tokens in split:
        print(f"{word}\t{' / '.join(tokens)}")
    print(f"{len(split)} dictionary words are still split", file=sys.stderr)
    return 0


def _evaluate(args) -> int:
    from .evaluation import DEFAULT_SEED, evaluate, totals_markdown, write_evaluation

    result = evaluate(args.tables, args.gold_dir,
                      seed=DEFAULT_SEED if args.seed is None else args.seed)
    if args.out is None:
        print(result.to_markdown(), end="")
        return 0
    written = write_evaluation(result, args.out)
    print(totals_markdown(result))
    print(f"{len(result.reports)} reports scored -> " + ", ".join(map(str, written)),
          file=sys.stderr)
    return 0


def _agreement(args) -> int:
    from .agreement import agreement
    from .atomic import atomic_path

    markdown = agreement(args.first, args.second, args.tables).to_markdown()
    print(markdown, end="")
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        with atomic_path(args.out / "agreement.md") as path:
            path.write_text(markdown, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
