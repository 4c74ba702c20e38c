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
# # 06 · Validation: how often the tables agree with a human coder
#
# In content analysis a coding scheme is valid to the extent that its codes agree with a
# careful human reading of a sample. Every field of the tables is compared here with gold
# annotations made by hand (format: `docs/ANNOTATION.md`): for each field, precision (how
# much of what the tool found is right), recall (how much of what is there it found), F1,
# and for single-valued fields (date, federation, level, place) accuracy. Each figure
# carries a 95% interval from resampling reports, because a handful of reports does not pin
# an error rate down.
#
# Two samples: the five sample reports in `data/raw/` (gold in `tests/gold/`; the rules were
# written against them, so these figures are optimistic), and the development corpus
# (`eval/dev/`, real reports from other sites whose texts live outside the repository), when
# its texts are present on this machine. Its test half is the honest figure.

# %%
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import Markdown, display

import womenfed
from womenfed import devcorpus, evaluation, paths, plotting

plotting.use_house_style()
corpus = womenfed.read_tables(paths.PROCESSED)
sample = womenfed.evaluate(corpus, paths.SAMPLE_GOLD)

# %% [markdown]
# ## The sample reports
#
# Set fields (quantities, campaigns, partner agencies, programme types) are scored as
# precision, recall and F1 over all items of all reports (micro-averaged). Single-valued
# fields count a report when the gold or the tool has a value; a value where the gold has
# none is an error.

# %%
display(Markdown(evaluation.totals_markdown(sample)))

# %%
def headline(result: evaluation.Evaluation) -> pd.DataFrame:
    """One measure per field: F1 for set fields, accuracy for single-valued ones."""
    rows = []
    for field in evaluation.FIELDS:
        entry = result.totals[field]
        measure = "f1" if field in evaluation.SET_FIELDS else "accuracy"
        low, high = entry[f"{measure}_ci"]
        rows.append({"field": field, "measure": measure, "value": entry[measure],
                     "low": low, "high": high, "reports": entry["reports"]})
    return pd.DataFrame(rows)


scores = headline(sample).iloc[::-1].reset_index(drop=True)
fig, ax = plt.subplots(figsize=(8, 0.42 * len(scores) + 1.6))
y = np.arange(len(scores))
value = scores["value"].astype(float)
ax.errorbar(value, y, xerr=[value - scores["low"].astype(float),
                            scores["high"].astype(float) - value],
            fmt="o", color="#0072B2", ecolor="#0072B2", elinewidth=1.5, capsize=3)
ax.set_yticks(y, [f"{row.field.replace('_', ' ')} ({row.measure}, {row.reports} reports)"
                  for row in scores.itertuples()])
ax.set_xlim(0, 1.02)
ax.set_xlabel("agreement with the gold (point and 95% bootstrap interval over reports)")
ax.set_title(f"Accuracy on the {len(sample.reports)} sample reports")
ax.axvline(1, color="grey", lw=0.8, ls=":")
plotting.save_figure(fig, "06-sample-accuracy")

# %% [markdown]
# ## Where the tool and the coder disagree
#
# Per report: for set fields matched/gold/found, for single fields ✓ right, ✗ wrong, · both
# empty; then every miss and extra, which is where a reader sees *why* a figure is what it is.

# %%
display(Markdown(evaluation.details_markdown(sample)))

# %% [markdown]
# ## The development corpus
#
# Real reports from other sites, split once with a fixed seed into a test half (scored, never
# read while rules are written) and a development half (`tools/devcorpus.py split`). The
# texts are third-party pages and are not in the repository; `eval/dev/README.md` says how
# to lay them out in the folder named by `WOMENFED_DEV_CORPUS`. Nothing here is written to a
# file: the figures depend on whether this machine has the texts.

# %%
def development_corpus() -> str:
    try:
        texts = devcorpus.texts_dir()
    except devcorpus.TextsMissing as missing:
        return f"*Development corpus not evaluated: {missing}.*"
    rows = devcorpus.read_manifest(devcorpus.MANIFEST)
    problems = devcorpus.check(rows, texts)
    if not rows:
        return "*Development corpus not evaluated: its manifest lists no reports yet.*"
    if problems or not all(row.get("split") in devcorpus.SPLITS for row in rows):
        return (f"*Development corpus not evaluated: {len(problems)} of {len(rows)} reports have "
                "problems, or rows have no split (run `tools/devcorpus.py check` and `split`).*")
    parts = [devcorpus.stats_markdown(devcorpus.stats(rows))]
    for split in devcorpus.SPLITS:
        for urls in (True, False):  # the urls' SOURCES.csv beside the texts, then the texts alone
            result = devcorpus.evaluate_split(split, rows, texts, urls=urls)
            parts += [f"### {split} half ({len(result.reports)} reports), "
                      f"{'with their urls' if urls else 'the texts alone'}",
                      evaluation.totals_markdown(result)]
    return "\n\n".join(parts)


display(Markdown(development_corpus()))
