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
# # 02 · Terms: what the reports talk about, and how they differ
#
# Each report's cleaned sentences are cut into words by the package's tokenizer (jieba with
# the domain dictionary in `womenfed/lexicon/`, stopwords and synonyms applied; flagged
# garbles never reach it). The `terms` table holds, per report and term, the `count`, the
# document frequency `df` (in how many reports the term occurs), `tfidf` (the term's share
# of the report's terms times scikit-learn's smooth idf, `ln((1+n)/(1+df))+1`) and `rank`
# (the term's place in its report by tf-idf).
#
# Raw frequency shows the shared vocabulary of federation work; tf-idf shows what sets a
# report apart. We then compare reports by their tf-idf vectors and read key terms in context.

# %%
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import Markdown, display
from sklearn.metrics.pairwise import cosine_similarity

import womenfed
from womenfed import paths, plotting
from womenfed import terms as term_stats
from womenfed.tokenize import Tokenizer

plotting.use_house_style()
# Each repost cluster counts once (WOMENFED_COUNT_REPOSTS=1 counts every copy).
corpus = womenfed.read_tables(paths.PROCESSED, count_reposts=paths.COUNT_REPOSTS)
terms = corpus.terms
labels = plotting.report_labels(corpus.reports)

TOP_TERMS = 25
KEYWORDS_PER_REPORT = 8
MAX_PANELS = 12  # keyword panels: the largest reports, if there are more
MAX_HEATMAP_REPORTS = 30

# %% [markdown]
# ## The shared vocabulary
#
# Terms summed over all reports. The bar's label gives the number of reports the term
# occurs in: a term frequent in one report only is that report's topic, not the corpus's.
# Left out: the terms that name who writes (`terms.author_terms`): the federations' names,
# their places, and the long form of 妇联, which top every count and say nothing of the work.

# %%
totals = term_stats.top_terms(terms, corpus.reports, Tokenizer(), n=TOP_TERMS)
display(Markdown("Left out as names of the authors: "
                 + "、".join(sorted(term_stats.author_terms(corpus.reports, Tokenizer())))))
display(Markdown(
    f"{terms['term'].nunique():,} distinct terms, {terms['count'].sum():,} term occurrences in "
    f"{terms['report_id'].nunique()} reports."))

fig, ax = plt.subplots(figsize=(7, 0.28 * len(totals) + 1.5))
ax.barh(totals.index, totals["count"], color="#0072B2")
ax.invert_yaxis()
for y, (count, n_reports) in enumerate(zip(totals["count"], totals["reports"], strict=True)):
    ax.annotate(f"{n_reports} rep.", (count, y), xytext=(3, 0), textcoords="offset points",
                va="center", fontsize=8, color="#555555")
ax.set_xlim(0, totals["count"].max() * 1.15)
ax.set_xlabel("occurrences in the corpus (label: reports containing the term)")
ax.set_ylabel("term")
ax.set_title(f"The {len(totals)} most frequent terms")
plotting.save_figure(fig, "02-top-terms")

# %% [markdown]
# ## What sets each report apart: tf-idf keywords
#
# A report's keywords are its terms with the highest tf-idf: frequent in it, rare elsewhere.
# With few reports idf is coarse (with five, a term is in 1, 2, … or 5 of them), so shared
# words such as 妇女 can still rank high in a long report; a larger corpus separates finer.

# %%
keywords = term_stats.top_keywords(terms, n=KEYWORDS_PER_REPORT)
shown = (corpus.reports.sort_values(["n_chars_clean", "report_id"], ascending=[False, True])
         ["report_id"].head(MAX_PANELS).sort_values().tolist())
columns = min(3, len(shown))
rows = int(np.ceil(len(shown) / columns))
fig, axes = plt.subplots(rows, columns, figsize=(3.6 * columns, 2.9 * rows), squeeze=False,
                         sharex=True)  # one tf-idf scale: panels compare at a glance
for ax, report_id in zip(axes.flat, shown, strict=False):
    top = keywords[keywords["report_id"] == report_id]
    ax.barh(top["term"], top["tfidf"], color="#009E73")
    ax.invert_yaxis()
    ax.set_title(labels[report_id], fontsize=10)
    ax.set_xlabel("tf-idf")
    ax.tick_params(axis="x", labelsize=8, labelbottom=True)
for ax in axes.flat[len(shown):]:
    ax.set_visible(False)
for ax in axes[:, 0]:
    ax.set_ylabel("keyword")
fig.suptitle(f"Top {KEYWORDS_PER_REPORT} tf-idf keywords per report", fontsize=12)
plotting.save_figure(fig, "02-keywords-by-report")

# %% [markdown]
# The same keywords as a table, with their counts.

# %%
(keywords.assign(report=keywords["report_id"].map(labels))
 .pivot(index="rank", columns="report", values="term"))

# %% [markdown]
# ## Comparing reports
#
# Each report becomes a vector of tf-idf weights over all terms; the cosine of two vectors
# (0: no shared emphasis, 1: identical) says how alike two reports are in what they stress.
# Heading words and place names weigh in too, so similarity here is topical, not stylistic.

# %%
vectors = terms.pivot_table(index="report_id", columns="term", values="tfidf", fill_value=0.0)
heatmap_ids = (corpus.reports.sort_values(["n_chars_clean", "report_id"], ascending=[False, True])
               ["report_id"].head(MAX_HEATMAP_REPORTS).sort_values().tolist())
vectors = vectors.loc[[r for r in heatmap_ids if r in vectors.index]]
similarity = pd.DataFrame(cosine_similarity(vectors.to_numpy()), index=vectors.index,
                          columns=vectors.index)

fig, ax = plt.subplots(figsize=(0.9 * len(similarity) + 3.2, 0.8 * len(similarity) + 2))
image = ax.imshow(similarity.to_numpy(), vmin=0, vmax=1, cmap="Blues")
names = [labels[r] for r in similarity.index]
ax.set_xticks(range(len(names)), names, rotation=35, ha="right")
ax.set_yticks(range(len(names)), names)
if len(similarity) <= 12:
    for (i, j), value in np.ndenumerate(similarity.to_numpy()):
        ax.text(j, i, f"{value:.2f}", ha="center", va="center", fontsize=9,
                color="white" if value > 0.6 else "black")
ax.set_xlabel("report")
ax.set_ylabel("report")
ax.set_title("Report similarity (cosine of tf-idf vectors)")
fig.colorbar(image, ax=ax, label="cosine similarity", shrink=0.8)
plotting.save_figure(fig, "02-report-similarity")

# %% [markdown]
# The most alike pair, and what each of the two stresses that the other does not: the
# shared terms carry the most combined tf-idf in both reports; the distinctive ones are
# absent from the other report.

# %%
pairs = similarity.where(np.triu(np.ones(similarity.shape, dtype=bool), k=1)).stack()
(first, second), best = pairs.idxmax(), pairs.max()
weights = vectors.loc[[first, second]].T
shared = weights[(weights > 0).all(axis=1)].sum(axis=1).sort_values(ascending=False)
only_first = weights.loc[weights[second] == 0, first].sort_values(ascending=False)
only_second = weights.loc[weights[first] == 0, second].sort_values(ascending=False)
display(Markdown(
    f"**{labels[first]}** and **{labels[second]}** are the most alike (cosine {best:.2f}).\n\n"
    f"- shared emphasis: {'、'.join(shared.index[:10])}\n"
    f"- only in {labels[first]}: {'、'.join(only_first.index[:10])}\n"
    f"- only in {labels[second]}: {'、'.join(only_second.index[:10])}"))

# %% [markdown]
# Within a report, sections differ too: the most frequent terms under each heading of the
# longest report.

# %%
longest = corpus.reports.sort_values(["n_chars_clean", "report_id"], ascending=[False, True])[
    "report_id"].iloc[0]
tokenizer = Tokenizer()
by_section = term_stats.section_keywords(
    corpus.sentences[corpus.sentences["report_id"] == longest], tokenizer, n=5)
display(Markdown(f"Sections of **{labels[longest]}** and their five most frequent terms:"))
(by_section[by_section["section"] != ""]
 .groupby("section", sort=False)["term"].agg("、".join).rename("top terms").to_frame())

# %% [markdown]
# ## Key terms in context
#
# A keyword list says *that* a term matters; keyword-in-context (KWIC) shows *how* it is
# used. `corpus.kwic(term)` finds every sentence containing the term or a synonym from
# `synonyms.tsv`, with the words either side and the outlet and date to quote it by. Here:
# 两癌 (the cervical- and breast-cancer screening programme for rural women) and 就业
# (employment).

# %%
for keyword in ["两癌", "就业"]:
    found = corpus.kwic(keyword, width=18)
    display(Markdown(f"**{keyword}**: {len(found)} sentences in "
                     f"{found['report_id'].nunique()} reports"))
    display(found.assign(report=found["report_id"].map(labels))
            [["report", "source", "period", "left", "keyword", "right"]])
