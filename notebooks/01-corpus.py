# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python (womenfed)
#     language: python
#     name: womenfed
# ---

# %% [markdown]
# # 01 · The corpus: what it holds, what the cleaner changed, what it flagged
#
# Before counting anything we look at what we are counting. This notebook describes the
# reports (who wrote them, where, at which administrative level, when), then audits the
# cleaner: every change it made is a row of the `edits` table, named by the rule that made
# it, so we can say how much of each report was scraper noise. Last, the garbled spans
# (text decoded with the wrong encoding): which were repaired, which only flagged and kept
# out of the counts.
#
# Everything comes from the tables `womenfed build` writes (`data/processed/`); run `make`
# first, or `womenfed build data/raw --out data/processed`.

# %%
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

import womenfed
from womenfed import paths, plotting

plotting.use_house_style()
corpus = womenfed.read_tables(paths.PROCESSED)
reports = corpus.reports
edits = corpus.edits
labels = plotting.report_labels(reports)

LEVELS = ["national", "province", "city", "county", "township", "village", "unknown"]
NONE = "(not stated)"
LABELLED_POINTS = 25  # label reports by name in scatter plots up to this many reports

# %% [markdown]
# ## The reports
#
# One row per input file. `source` is the outlet named in the text (the website that
# published or reposted it), `period` the year(s) the report covers, `admin_level` the level
# of the federation that wrote it, read from its name (…省妇联, …市妇联, …县/区妇联,
# …镇/街道妇联, …村妇联). Files that could not be read are in `errors`, never dropped.

# %%
overview = reports[["report_id", "organisation", "admin_level", "source", "date", "period",
                    "province", "city", "county", "township", "place_source", "script",
                    "n_chars_clean"]]
display(Markdown(
    f"**{len(reports)} reports** from {reports['source'].nunique()} outlets "
    f"({reports['source'].isna().sum()} without a named outlet), "
    f"{reports['organisation'].nunique()} federations; {len(corpus.errors)} unreadable files; "
    f"{reports['date'].notna().sum()} reports carry a publication date and "
    f"{reports['period'].notna().sum()} a covered period."))
overview.fillna("")

# %% [markdown]
# How the reports spread over administrative levels and covered years. A report covering
# several years counts under its first year.

# %%
levels = (reports["admin_level"].fillna("unknown").value_counts()
          .reindex(LEVELS, fill_value=0))
first_year = reports["period"].str.extract(r"((?:19|20)\d\d)", expand=False).fillna(NONE)
by_year = (pd.crosstab(first_year, reports["admin_level"].fillna("unknown"))
           .reindex(columns=LEVELS, fill_value=0))
by_year = by_year.loc[sorted(by_year.index, key=lambda year: (year == NONE, year)),
                      by_year.sum() > 0]
palette = dict(zip(LEVELS, plotting.PALETTE, strict=False))  # colour-blind safe

fig, (ax_level, ax_year) = plt.subplots(1, 2, figsize=(11, 4.2))
ax_level.barh(levels.index, levels.values, color=[palette[level] for level in levels.index])
ax_level.invert_yaxis()
ax_level.set_xlabel("reports")
ax_level.set_ylabel("administrative level of the federation")
ax_level.set_title("Reports by level")
for y, count in enumerate(levels.values):
    ax_level.annotate(str(count), (count, y), xytext=(3, 0), textcoords="offset points",
                      va="center")
ax_level.set_xlim(0, max(levels.max(), 1) * 1.15)
ax_level.xaxis.get_major_locator().set_params(integer=True)

bottom = pd.Series(0, index=by_year.index)
for level in by_year.columns:
    ax_year.bar(by_year.index, by_year[level], bottom=bottom, label=level, color=palette[level])
    bottom += by_year[level]
ax_year.set_xlabel("first year covered")
ax_year.set_ylabel("reports")
ax_year.set_ylim(0, max(bottom.max(), 1) * 1.1)
ax_year.set_title("Reports by year covered")
ax_year.yaxis.get_major_locator().set_params(integer=True)
ax_year.legend(title="level", loc="upper left", bbox_to_anchor=(1.01, 1))
plotting.save_figure(fig, "01-reports-by-level")

# %% [markdown]
# Where the reports come from: the federation's place, from province down to township.
# `place_source` says per level whether the text names it (`stated`) or the gazetteer
# filled it in above a named unit (`inferred`).

# %%
places = (reports.melt(id_vars="report_id", value_vars=["province", "city", "county", "township"],
                       var_name="level", value_name="place")
          .dropna(subset=["place"]))
places.groupby(["level", "place"], sort=True).size().rename("reports").reset_index()

# %% [markdown]
# ## What the cleaner removed
#
# Scraped pages are longer than the reports in them: share prompts, outlet lines, comment
# boxes, pinyin glued after converted characters. Each point is a report: its length as
# decoded (`n_chars_raw`) against its length after cleaning (`n_chars_clean`). On the
# diagonal nothing was removed.

# %%
fig, ax = plt.subplots(figsize=(7, 5))
ax.scatter(reports["n_chars_raw"], reports["n_chars_clean"], color="#0072B2", zorder=3)
upper = max(reports["n_chars_raw"].max(), 1) * 1.08
ax.plot([0, upper], [0, upper], color="grey", linestyle="--", linewidth=1,
        label="nothing removed")
if len(reports) <= LABELLED_POINTS:
    for row in reports.itertuples():
        ax.annotate(labels[row.report_id], (row.n_chars_raw, row.n_chars_clean),
                    xytext=(6, -4), textcoords="offset points", fontsize=9)
ax.set_xlim(0, upper * 1.25)
ax.set_ylim(0, upper)
ax.set_xlabel("characters as scraped (decoded)")
ax.set_ylabel("characters after cleaning")
ax.set_title("Report length before and after cleaning")
ax.legend(loc="upper left")
plotting.save_figure(fig, "01-report-lengths")

# %%
removed = 1 - reports["n_chars_clean"].sum() / reports["n_chars_raw"].sum()
display(Markdown(
    f"Across the corpus the cleaner kept {reports['n_chars_clean'].sum():,} of "
    f"{reports['n_chars_raw'].sum():,} characters: **{removed:.0%} was noise**."))

# %% [markdown]
# ## The audit, rule by rule
#
# Every edit records its rule (the cleaner's function name), the raw span and the text
# before and after. Counting edits per rule shows which kinds of noise the corpus has;
# counting the reports a rule fired in shows whether that noise is everywhere or comes from
# one site. Characters converted from traditional script count once per converted run.

# %%
by_rule = (edits.groupby("rule")
           .agg(edits=("rule", "size"), reports=("report_id", "nunique"),
                chars_removed=("before", lambda s: int(s.str.len().sum())))
           .sort_values(["edits", "rule"], ascending=[False, True]))
visible = edits[edits["before"].str.strip() != ""].drop_duplicates("rule").set_index("rule")
by_rule["example"] = visible.apply(
    lambda row: f"{row['before'].strip()[:24]!r} → {row['after'].strip()[:12]!r}", axis=1
).reindex(by_rule.index).fillna("(whitespace only)")
by_rule

# %%
fig, (ax_edits, ax_reports) = plt.subplots(1, 2, figsize=(10, 4.5), sharey=True)
rule_labels = by_rule.index.map(plotting.readable)
ax_edits.barh(rule_labels, by_rule["edits"], color="#0072B2")
ax_edits.set_xscale("log")
ax_edits.invert_yaxis()
ax_edits.set_xlabel("edits (log scale)")
ax_edits.set_ylabel("cleaning rule")
ax_edits.set_title("Edits by rule")
ax_reports.barh(rule_labels, by_rule["reports"], color="#009E73")
ax_reports.set_xlabel("reports in which the rule fired")
ax_reports.set_xlim(0, len(reports))
ax_reports.xaxis.get_major_locator().set_params(integer=True)
ax_reports.set_title("Reach of each rule")
plotting.save_figure(fig, "01-edits-by-rule")

# %% [markdown]
# ## What the cleaner flagged: garbled spans
#
# Text decoded with the wrong encoding (GBK read one byte off, or a converter's collision
# form) is found by the `repair_garbles` rule. Where a re-decoding is verifiably plausible the
# span is replaced by the repair; otherwise it is *flagged*: removed from the cleaned text,
# so it never enters term counts, and kept here so a reader can check it.

# %%
garbles = edits[edits["rule"] == "repair_garbles"].assign(
    report=lambda frame: frame["report_id"].map(labels))
garbles["outcome"] = garbles["after"].map(lambda after: "repaired" if after else "flagged")
display(Markdown(
    f"{len(garbles)} garbled spans in {garbles['report_id'].nunique()} of {len(reports)} reports: "
    f"{(garbles['outcome'] == 'repaired').sum()} repaired, "
    f"{(garbles['outcome'] == 'flagged').sum()} flagged and kept out of the counts."))
garbles[["report_id", "report", "raw_start", "raw_end", "before", "after", "outcome"]]

# %%
per_report = (pd.crosstab(garbles["report"], garbles["outcome"])
              .reindex(columns=["repaired", "flagged"], fill_value=0))
per_report = per_report.loc[per_report.sum(axis=1).sort_values(ascending=False).index].head(20)

fig, ax = plt.subplots(figsize=(7, 0.5 * len(per_report) + 1.8))
if per_report.empty:  # nothing to draw: say so instead of showing empty axes
    ax.set_axis_off()
    ax.text(0.5, 0.5, f"No garbled spans in the {len(reports)} reports:\n"
            "no text was decoded with the wrong encoding.", ha="center", va="center",
            transform=ax.transAxes)
else:
    left = pd.Series(0, index=per_report.index)
    for outcome, color in [("repaired", "#009E73"), ("flagged", "#D55E00")]:
        ax.barh(per_report.index, per_report[outcome], left=left, color=color, label=outcome)
        left += per_report[outcome]
    ax.invert_yaxis()
    ax.set_xlabel("garbled spans")
    ax.set_ylabel("federation (report)")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(loc="lower right")
ax.set_title("Garbled spans: repaired or flagged")
plotting.save_figure(fig, "01-garbles")
