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
# # 05 · Findings: the numbers, with the sentences they can be quoted from
#
# Work reports are full of outcomes: "解决700余人的就业问题", "争取贷款0.8亿元". A policy writer
# who lifts such a number needs the exact sentence, the report, the outlet that published
# it, the date and the place, and must know whether the number was stated exactly or as
# "more than" (余, 多) or "about" (约, 近, 左右).
#
# The `quantities` table holds every number that counts something (dates, ages, phone
# numbers and ordinals are excluded by the extractor), with its unit, its kind, the
# indicator it counts and, for ranges, an upper value; money is converted to yuan.
# `womenfed.findings.findings_table` joins each quantity to its sentence and report. This
# notebook checks that every row is quotable, summarises the table, and exports it as CSV
# (utf-8-sig, for Excel), Excel and Markdown to `data/exports/`.

# %%
import re

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

import womenfed
from womenfed import findings as quotable
from womenfed import paths, plotting

plotting.use_house_style()
# Each repost cluster counts once (WOMENFED_COUNT_REPOSTS=1 counts every copy).
corpus = womenfed.read_tables(paths.PROCESSED, count_reposts=paths.COUNT_REPOSTS)
findings = quotable.findings_table(corpus)
labels = plotting.report_labels(corpus.reports)

LARGEST = 10  # outcomes shown per panel
LABEL_CHARS = 18  # words before a number kept in axis labels

# %% [markdown]
# ## Every row can be quoted
#
# A finding is only useful if its sentence really says it. Each row carries the sentence
# twice: `sentence` exactly as the report's file has it (sliced from the decoded file by the
# raw offsets: full-width marks, traditional script and any scraper noise included, which is
# what a quotation must reproduce), and `sentence_normalised`, the cleaned text the extractor
# read. The number likewise: `source_text` and `text`. Each source sentence must contain its
# source number, each cleaned sentence its cleaned number; if not, the offsets are wrong and
# the export stops here.

# %%
unquotable = findings[[source_text not in sentence or text not in normalised
                       for source_text, sentence, text, normalised in zip(
                           findings["source_text"], findings["sentence"], findings["text"],
                           findings["sentence_normalised"], strict=True)]]
assert unquotable.empty, f"{len(unquotable)} findings whose sentence lacks their text:\n{unquotable}"
display(Markdown(
    f"**{len(findings)} findings** from {findings['report_id'].nunique()} of "
    f"{len(corpus.reports)} reports; every sentence contains its quantity. "
    f"{findings['approx'].sum()} are approximate (余, 多, 近, 约, 左右, 以上), "
    f"{findings['value_max'].notna().sum()} are ranges."))

# %% [markdown]
# `flags` says why a row wants a second look before it is quoted: an approximate value or a
# range, a number the cleaner rewrote beyond script (pinyin, garble repair), a report whose
# stated date the text contradicts (its `contradictions` are carried on every row), or a
# report that repeats another file.

# %%
(findings["flags"].str.split("; ").explode().replace("", "(none)")
 .value_counts().rename_axis("flag").rename("findings").to_frame())

# %% [markdown]
# The table as a policy writer reads it (the first rows; the export has them all):

# %%
columns = ["indicator", "value", "unit", "source_text", "sentence", "flags", "source", "date",
           "period", "organisation", "place"]
findings[columns].head(15)

# %% [markdown]
# ## What is counted
#
# Quantities by kind: people reached, events held, households, money, organisations
# founded, items (cases, letters), percentages and the rest. Counting findings is not
# adding their values: 700 people employed and 2,000 attendances do not sum to anything.

# %%
by_kind = (pd.crosstab(findings["kind"].map(lambda kind: quotable.KIND_NAMES.get(kind, kind)),
                       findings["report_id"].map(labels))
           .assign(total=lambda frame: frame.sum(axis=1))
           .sort_values("total", ascending=True))

fig, ax = plt.subplots(figsize=(8, 0.45 * len(by_kind) + 1.8))
left = pd.Series(0, index=by_kind.index)
colors = plotting.PALETTE  # colour-blind safe
for i, report in enumerate(by_kind.columns.drop("total")):
    ax.barh(by_kind.index, by_kind[report], left=left, color=colors[i % len(colors)], label=report)
    left += by_kind[report]
ax.set_xlabel("findings (quantities)")
ax.set_ylabel("kind of quantity")
ax.set_title("What the reports count, by report")
ax.legend(title="report", loc="lower right", fontsize=8)
plotting.save_figure(fig, "05-findings-by-kind")

# %% [markdown]
# ## The largest outcomes
#
# One panel per kind and unit, so that only like is compared with like: people counted in 人
# are not people counted in 名 or 人次 (attendances), and money is in yuan. The panels are
# the kinds of outcome with the most findings. Each number is labelled with the words the
# report wrote before it (what it counts, whose money it is) and the report, and printed
# beside its point. Approximate values are hollow. The full sentences are in the table below
# and in the export.

# %%
OUTCOME_KINDS = ("people", "person_times", "households", "money_cny")  # kinds that count outcomes
PANELS = 4


def context_label(row) -> str:
    """The clause of the sentence that ends with the number (with the clause before it when
    this one is too short to say what is counted), cut to LABEL_CHARS from the left."""
    sentence = row.sentence_normalised
    start = sentence.find(row.text)
    clauses = re.split(r"(?<=[，,；;：:。])", sentence[:start])
    before = clauses[-1]
    if len(before) < 6 and len(clauses) > 1:
        before = clauses[-2] + before
    if len(before) > LABEL_CHARS:
        before = "…" + before[-LABEL_CHARS:]
    return before + row.text


def value_text(value: float, unit: str) -> str:
    return f"{value:,.0f} {unit}" if value >= 1 else f"{value:g} {unit}"


outcomes = findings[findings["kind"].isin(OUTCOME_KINDS)]
groups = outcomes.groupby(["kind", "unit"]).size().sort_values(ascending=False, kind="stable")
panels = list(groups.index[:PANELS])
colors = plotting.PALETTE


def largest(kind: str, unit: str) -> pd.DataFrame:
    rows = outcomes[(outcomes["kind"] == kind) & (outcomes["unit"] == unit)].sort_values(
        ["value", "report_id", "sentence_id"], ascending=[False, True, True], kind="stable")
    rows = rows.head(LARGEST).iloc[::-1]
    return rows.assign(label=[f"{context_label(row)} · {labels[row.report_id]}"
                              for row in rows.itertuples()])


fig, axes = plt.subplots(len(panels), 1, figsize=(9, sum(
    0.32 * min(LARGEST, groups[panel]) + 1.1 for panel in panels)), squeeze=False,
    gridspec_kw={"height_ratios": [min(LARGEST, groups[panel]) + 1 for panel in panels]})
for ax, (kind, unit), color in zip(axes[:, 0], panels, colors, strict=False):
    rows = largest(kind, unit)
    y = list(range(len(rows)))
    exact = ~rows["approx"].to_numpy(dtype=bool)
    ax.hlines(y, 0, rows["value"], color=color, alpha=0.35)
    ax.scatter(rows["value"][exact], [i for i, e in zip(y, exact, strict=True) if e],
               color=color, zorder=3, label="exact")
    ax.scatter(rows["value"][~exact], [i for i, e in zip(y, exact, strict=True) if not e],
               facecolors="white", edgecolors=color, zorder=3, label="approximate (余, 多, 约)")
    for i, value in zip(y, rows["value"], strict=True):
        ax.annotate(value_text(value, unit), (value, i), xytext=(6, 0),
                    textcoords="offset points", va="center", fontsize=8)
    ax.set_yticks(y, rows["label"], fontsize=9)
    ax.set_xlim(0, rows["value"].max() * 1.3)
    ax.xaxis.set_major_formatter("{x:,.0f}")
    ax.set_title(f"{quotable.KIND_NAMES.get(kind, kind)}, counted in {unit}", loc="left",
                 fontsize=10)
    ax.legend(loc="lower right", fontsize=8)
axes[-1, 0].set_xlabel("value as stated (linear scale; each panel its own unit)")
fig.suptitle("The largest outcomes, by kind and unit: what the report wrote before the number · "
             "report", fontsize=11)
plotting.save_figure(fig, "05-largest-outcomes")

# %%
largest_rows = pd.concat([largest(kind, unit).iloc[::-1] for kind, unit in panels])
largest_rows[["kind", "unit", "source_text", "value", "indicator", "sentence", "flags", "source",
              "period", "organisation"]]

# %% [markdown]
# ## How to quote a finding
#
# Each row carries what a citation needs. The three largest people counts, as one would
# quote them:

# %%
for row in findings[findings["kind"] == "people"].nlargest(3, "value").itertuples():
    when = row.date if isinstance(row.date, str) else f"report on {row.period}" if isinstance(
        row.period, str) else "undated"
    outlet = row.source if isinstance(row.source, str) else "outlet not named"
    caveat = (f"  \n> ⚠ {row.contradictions}"
              if isinstance(row.contradictions, str) and row.contradictions else "")
    display(Markdown(f"> “{row.sentence}”  \n> — {row.organisation}, {row.place or 'place not stated'}; "
                     f"{outlet}, {when} (report `{row.report_id}`, sentence {row.sentence_id})"
                     + caveat))

# %% [markdown]
# ## Export
#
# The whole table, every column, sorted by report and position: `findings.csv` (UTF-8 with a
# byte-order mark, which Excel needs to show Chinese), `findings.xlsx` and `findings.md`.
# The files are written atomically and are byte-identical from run to run.

# %%
written = quotable.export_findings(findings, paths.EXPORTS)
pd.DataFrame({"file": [path.relative_to(paths.ROOT).as_posix() for path in written],
              "bytes": [path.stat().st_size for path in written]})
