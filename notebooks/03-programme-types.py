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
# # 03 · Programme types: what the words group into, and what the typology says
#
# The extraction stage gives every sentence a programme type from an editable keyword
# lexicon (`womenfed/lexicon/typology.tsv`): ideology, economic, family, rights, care, health,
# organisation, volunteer. Here we ask the words themselves. Sentences are clustered with
# scikit-learn — tf-idf over the package's jieba terms, truncated SVD (latent semantic
# analysis), unit length, k-means, every step with `random_state=0` — and the clusters are
# compared with the typology. Last, the typology's shares per report show what each
# federation emphasises.

# %%
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import Markdown, display

import womenfed
from womenfed import clusters, paths, plotting
from womenfed.tokenize import tokenize_for_sklearn
from womenfed.typology import TYPES

plotting.use_house_style()
# Each repost cluster counts once (WOMENFED_COUNT_REPOSTS=1 counts every copy).
corpus = womenfed.read_tables(paths.PROCESSED, count_reposts=paths.COUNT_REPOSTS)
sentences = corpus.sentences

# %% [markdown]
# ## The unit: sentences or paragraphs?
#
# The typology types sentences, so clustering sentences lets us compare the two directly.
# The question is whether sentences carry enough words to be compared at all, and whether
# paragraphs would be a fairer unit. We count the terms (after stopwords) of each.

# %%
terms_per_sentence = sentences["text"].map(lambda text: len(tokenize_for_sklearn(text)))
paragraph_terms = terms_per_sentence.groupby([sentences["report_id"], sentences["paragraph"]]).sum()
display(Markdown(
    f"- {len(sentences)} sentences: median {terms_per_sentence.median():.0f} terms, "
    f"quartiles {terms_per_sentence.quantile(0.25):.0f}–{terms_per_sentence.quantile(0.75):.0f}; "
    f"{(terms_per_sentence < clusters.MIN_TERMS).sum()} have fewer than {clusters.MIN_TERMS} "
    f"terms (headings, fragments) and are left out.\n"
    f"- {len(paragraph_terms)} paragraphs: median {paragraph_terms.median():.0f} terms, "
    f"but the largest holds {paragraph_terms.max()} terms "
    f"({paragraph_terms.max() / paragraph_terms.sum():.0%} of all terms): scraped pages often "
    f"lose their paragraph breaks, so paragraphs are too uneven to compare.\n\n"
    f"Sentences it is."))

# %% [markdown]
# ## Choosing the number of clusters
#
# For each k in the stated range (2 to 12: the eight types with room either side) k-means is
# fitted on the SVD vectors and scored by its mean silhouette (how much closer each sentence is
# to its own cluster than to the next one; 1 is perfect, 0 is no structure). The k with the
# best silhouette is kept.

# %%
result = clusters.cluster_sentences(sentences)
display(Markdown(
    f"Clustered {result.n_clustered} of {result.n_sentences} sentences; the SVD keeps "
    f"{result.explained_variance:.0%} of the tf-idf variance in "
    f"{clusters.N_COMPONENTS} dimensions. Silhouette ranges from "
    f"{result.scores['silhouette'].min():.3f} (k = {result.scores.loc[result.scores['silhouette'].idxmin(), 'k']}) "
    f"to **{result.silhouette:.3f} at k = {result.k}**, the chosen number of clusters."))
result.scores.round(3)

# %%
fig, ax = plt.subplots(figsize=(6.5, 3.8))
ax.plot(result.scores["k"], result.scores["silhouette"], marker="o", color="#0072B2")
ax.scatter([result.k], [result.silhouette], s=140, facecolors="none", edgecolors="#D55E00",
           linewidths=2, zorder=3, label=f"chosen k = {result.k}")
ax.set_xlabel("number of clusters k")
ax.set_ylabel("mean silhouette")
ax.set_xticks(result.scores["k"])
ax.set_title("Sentence clusters: silhouette by k")
ax.legend(loc="lower right")
plotting.save_figure(fig, "03-silhouette-by-k")

# %%
k_max = int(result.scores["k"].max())
where = ("at the top of the stated range: the silhouette may keep rising with k, so the range, "
         "not the data, caps the number of clusters" if result.k == k_max
         else f"inside the stated range ({result.scores['k'].min()}–{k_max})")
overlap = (" Below 0.25, clusters overlap: short sentences of administrative prose share few words."
           if result.silhouette < 0.25 else "")
display(Markdown(f"The best silhouette, {result.silhouette:.3f} at k = {result.k}, is {where}.{overlap}"))

# %% [markdown]
# ## What the clusters are about
#
# Each cluster is named by the terms nearest its centre (the centre mapped back from the SVD
# space to tf-idf terms), as in scikit-learn's document-clustering example. Beside it, the
# typology type most of its typed sentences carry.

# %%
confusion = result.confusion
summary = pd.DataFrame({
    "sentences": result.sentences["cluster"].value_counts().sort_index(),
    "top terms": pd.Series({c: "、".join(terms) for c, terms in result.top_terms.items()}),
    "main type": confusion.idxmax(axis=1).where(confusion.sum(axis=1) > 0, ""),
    "share of typed": (confusion.max(axis=1) / confusion.sum(axis=1).replace(0, np.nan)).round(2),
})
summary.index.name = "cluster"
summary

# %% [markdown]
# ## Agreement with the typology
#
# The adjusted Rand index (ARI) compares the two partitions on the sentences that both cover
# (sentences the typology left untyped are not counted): 0 is what random clusters score,
# 1 is the same partition. The confusion figure shows where they agree.

# %%
display(Markdown(
    f"ARI between the {result.k} clusters and the {len(TYPES)} typology types, on the "
    f"{result.n_typed} typed sentences that were clustered: **{result.ari:.3f}**."))

fig, ax = plt.subplots(figsize=(7.5, 0.42 * result.k + 1.8))
image = ax.imshow(confusion.to_numpy(), cmap="Blues", aspect="auto")
ax.set_xticks(range(len(TYPES)), TYPES, rotation=30, ha="right")
ax.set_yticks(range(result.k), [f"{c} {result.labels[c]}" for c in range(result.k)])
for (row, column), count in np.ndenumerate(confusion.to_numpy()):
    if count:
        ax.text(column, row, count, ha="center", va="center", fontsize=8,
                color="white" if count > confusion.to_numpy().max() / 2 else "#222")
ax.set_xlabel("typology programme type")
ax.set_ylabel("cluster (top terms)")
ax.set_title(f"Clusters × typology (typed sentences, ARI = {result.ari:.2f})")
fig.colorbar(image, ax=ax, label="sentences", shrink=0.8)
plotting.save_figure(fig, "03-clusters-vs-typology")

# %% [markdown]
# ## What each federation emphasises
#
# The typology's share of each programme type among a report's typed sentences. Reports are
# named by their reporting organisation (with the report id where two share a name); n is the
# number of typed sentences the shares rest on.

# %%
typed = sentences[sentences["programme_type"].notna()]
shares = (pd.crosstab(typed["report_id"], typed["programme_type"], normalize="index")
          .reindex(columns=list(TYPES), fill_value=0.0))
names = plotting.report_labels(corpus.reports)
shares.index = [f"{names[report]} (n={(typed['report_id'] == report).sum()})" for report in shares.index]
shares.round(2)

# %%
colours = plotting.PALETTE  # colour-blind safe; eight types, eight colours
fig, ax = plt.subplots(figsize=(9, 0.6 * len(shares) + 1.6))
left = np.zeros(len(shares))
for index, kind in enumerate(TYPES):
    ax.barh(shares.index, shares[kind], left=left, color=colours[index], label=kind)
    for row, (start, width) in enumerate(zip(left, shares[kind])):
        if width >= 0.08:
            ax.text(start + width / 2, row, f"{width:.0%}", ha="center", va="center",
                    fontsize=8, color=plotting.ink_on(colours[index]))
    left += shares[kind].to_numpy()
ax.invert_yaxis()
ax.set_xlim(0, 1)
ax.set_xlabel("share of the report's typed sentences")
ax.set_ylabel("report (n = typed sentences)")
ax.set_title("Programme types per report (typology)")
ax.legend(ncol=4, loc="upper center", bbox_to_anchor=(0.5, -0.12 - 0.2 / len(shares)), frameon=False)
plotting.save_figure(fig, "03-report-programme-types")
