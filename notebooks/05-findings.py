# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
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
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Markdown, display

import womenfed
from womenfed import findings as quotable
from womenfed import paths, plotting

plotting.use_house_style()
corpus = womenfed.read_tables(paths.PROCESSED)
findings = quotable.findings_table(corpus)
labels = plotting.report_labels(corpus.reports)

LARGEST = 10  # outcomes shown per panel
LABEL_CHARS = 14  # indicator text kept in axis labels

# %% [markdown]
# ## Every row can be quoted
#
# A finding is only useful if its sentence really says it. The sentence of each row must
# contain the quantity's text exactly as extracted (offsets index the same cleaned text).
# If this fails, the extractor and the sentence table disagree, and the export stops here.

# %%
unquotable = findings[[text not in sentence for text, sentence
                       in zip(findings["text"], findings["sentence"], strict=True)]]
assert unquotable.empty, f"{len(unquotable)} findings whose sentence lacks their text:\n{unquotable}"
display(Markdown(
    f"**{len(findings)} findings** from {findings['report_id'].nunique()} of "
    f"{len(corpus.reports)} reports; every sentence contains its quantity. "
    f"{findings['approx'].sum()} are approximate (余, 多, 近, 约, 左右, 以上), "
    f"{findings['value_max'].notna().sum()} are ranges."))

# %% [markdown]
# The table as a policy writer reads it (the first rows; the export has them all):

# %%
columns = ["indicator", "value", "unit", "approx", "text", "sentence", "source", "date", "period",
           "organisation", "place"]
findings[columns].head(15)

# %% [markdown]
# ## What is counted
#
# Quantities by kind: people reached, events held, households, money, organisations
# founded, items (cases, letters), percentages and the rest. Counting findings is not
# adding their values: 700 people employed and 2,000 attendances do not sum to anything.

# %%
by_kind = (pd.crosstab(findings["kind"], findings["report_id"].map(labels))
           .assign(total=lambda frame: frame.sum(axis=1))
           .sort_values("total", ascending=True))

fig, ax = plt.subplots(figsize=(8, 0.45 * len(by_kind) + 1.8))
left = pd.Series(0, index=by_kind.index)
colors = plt.get_cmap("tab10").colors
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
# The largest numbers of people reached and the largest sums of money, each labelled with
# the indicator the extractor attached (the words before the number, cut to
# 14 characters) and the report. Approximate values are hollow. The full sentence of each
# is in the table below and in the export.

# %%
def largest(kind: str) -> pd.DataFrame:
    rows = findings[findings["kind"] == kind].sort_values(
        ["value", "report_id", "sentence_id"], ascending=[False, True, True], kind="stable")
    rows = rows.head(LARGEST).iloc[::-1]
    indicator = rows["indicator"].fillna("").str.slice(0, LABEL_CHARS)
    return rows.assign(label=indicator.where(indicator != "", "(no indicator)")
                       + " · " + rows["report_id"].map(labels))


panels = [("people", "people (人, 名, 位)", "#0072B2"), ("money_cny", "money (yuan)", "#D55E00")]
fig, axes = plt.subplots(1, 2, figsize=(12, 0.4 * LARGEST + 2))
for ax, (kind, title, color) in zip(axes, panels, strict=True):
    rows = largest(kind)
    y = range(len(rows))
    exact = ~rows["approx"].to_numpy(dtype=bool)
    ax.hlines(y, 0, rows["value"], color=color, alpha=0.35)
    ax.scatter(rows["value"][exact], [i for i, e in zip(y, exact, strict=True) if e], color=color,
               zorder=3, label="exact")
    ax.scatter(rows["value"][~exact], [i for i, e in zip(y, exact, strict=True) if not e],
               facecolors="white", edgecolors=color, zorder=3, label="approximate")
    ax.set_yticks(list(y), rows["label"])
    ax.set_xscale("log")
    ax.set_xlabel(f"{title}, log scale")
    ax.set_title(f"Largest counts of {kind.replace('_cny', '')}")
    ax.legend(loc="lower right", fontsize=8)
axes[0].set_ylabel("indicator · report")
plotting.save_figure(fig, "05-largest-outcomes")

# %%
largest_rows = pd.concat([largest(kind).iloc[::-1] for kind, _, _ in panels])
largest_rows[["kind", "text", "value", "indicator", "sentence", "source", "period", "organisation"]]

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
    display(Markdown(f"> “{row.sentence}”  \n> — {row.organisation}, {row.place or 'place not stated'}; "
                     f"{outlet}, {when} (report `{row.report_id}`, sentence {row.sentence_id})"))

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
