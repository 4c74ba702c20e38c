"""Term statistics over the tables: counts, document frequency, tf-idf, keywords, trends,
keyword-in-context and co-occurrence.

Everything here reads DataFrames (the ``terms``, ``sentences`` and ``reports`` tables), never
the raw texts, so it works the same on 5 or 50,000 reports. Outputs are sorted stably.
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import combinations

import pandas as pd

from .tokenize import Tokenizer

QUOTE_COLUMNS = ["source", "date", "period", "organisation", "title"]


def term_counts(report_id: str, texts: list[str], tokenizer: Tokenizer) -> list[dict]:
    """Rows (report_id, term, count) of one report, by term.

    The sentences are segmented in one call, joined by line breaks (no word crosses one):
    the same tokens as sentence by sentence, without the segmenter's per-call cost.
    """
    counts = tokenizer.term_counts("\n".join(texts))
    return [{"report_id": report_id, "term": term, "count": n}
            for term, n in sorted(counts.items())]


def corpus_terms(terms: pd.DataFrame, n_documents: int | None = None) -> pd.DataFrame:
    """Add ``df``, ``tfidf`` and ``rank`` to per-report term counts.

    tf is the term's share of the report's terms; idf is scikit-learn's smooth idf,
    ``ln((1 + n) / (1 + df)) + 1``; ``rank`` orders a report's terms by tf-idf (ties by term).
    """
    terms = terms[["report_id", "term", "count"]].copy()
    if terms.empty:
        return terms.assign(df=pd.Series(dtype="int64"), tfidf=pd.Series(dtype="float64"),
                            rank=pd.Series(dtype="int64"))
    n = n_documents or terms["report_id"].nunique()
    terms["df"] = terms.groupby("term")["report_id"].transform("nunique").astype("int64")
    total = terms.groupby("report_id")["count"].transform("sum")
    idf = terms["df"].map(lambda df: math.log((1 + n) / (1 + df)) + 1)
    terms["tfidf"] = (terms["count"] / total * idf).round(10)
    terms = terms.sort_values(["report_id", "tfidf", "term"], ascending=[True, False, True],
                              kind="stable")
    terms["rank"] = terms.groupby("report_id").cumcount().astype("int64") + 1
    return terms.reset_index(drop=True)


def top_keywords(terms: pd.DataFrame, n: int = 10, by: str = "report_id") -> pd.DataFrame:
    """The ``n`` highest tf-idf terms per group (per report by default)."""
    if by == "report_id":
        return terms[terms["rank"] <= n].sort_values(["report_id", "rank"]).reset_index(drop=True)
    return (terms.groupby([by, "term"], as_index=False)["tfidf"].sum()
            .sort_values([by, "tfidf", "term"], ascending=[True, False, True], kind="stable")
            .groupby(by).head(n).reset_index(drop=True))


def section_keywords(sentences: pd.DataFrame, tokenizer: Tokenizer, n: int = 5) -> pd.DataFrame:
    """Most frequent terms per report section: report_id, section, term, count."""
    rows = []
    for (report_id, section), group in sentences.groupby(["report_id", "section"], sort=True):
        counts = Counter(t for text in group["text"] for t in tokenizer.terms(text))
        for term, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]:
            rows.append({"report_id": report_id, "section": section, "term": term,
                         "count": count})
    return pd.DataFrame(rows, columns=["report_id", "section", "term", "count"])


def term_trends(terms: pd.DataFrame, reports: pd.DataFrame, by: str = "period") -> pd.DataFrame:
    """Term counts summed by a report attribute (period, province, admin_level …)."""
    merged = terms.merge(reports[["report_id", by]], on="report_id", how="left")
    merged = merged[merged[by].notna() & (merged[by] != "")]
    return (merged.groupby([by, "term"], as_index=False)["count"].sum()
            .sort_values([by, "count", "term"], ascending=[True, False, True], kind="stable")
            .reset_index(drop=True))


def author_terms(reports: pd.DataFrame, tokenizer: Tokenizer) -> set[str]:
    """Terms that say who wrote the reports rather than what they did: the reports'
    organisation and place names, the terms inside those names, any term that is part of one
    (玉泉 of 玉泉街道) or holds one of their terms (妇联组织), and the long forms the synonym
    lexicon gives for those terms (妇联 -> 妇女联合会 -> 妇女)."""
    columns = [c for c in ("organisation", "province", "city", "county", "township")
               if c in reports.columns]
    names = {name for column in columns for name in reports[column].dropna() if name}
    inside = {term for name in names for term in tokenizer.terms(name)} | names
    long_forms = {variant for variant, canonical in tokenizer.synonyms.items()
                  if any(canonical in name for name in inside)}
    return inside | long_forms | {term for form in long_forms for term in tokenizer.terms(form)}


def author_matcher(authors: set[str]):
    """A test of whether a term is one of ``author_terms``, part of one (妇女 of 妇女联合会),
    or holds one of two characters or more (妇联组织): set lookups of substrings, so it costs
    the same for five authors or fifty thousand."""
    names = {name for name in authors if len(name) > 1}
    parts = {name[i:j] for name in names for i in range(len(name))
             for j in range(i + 2, len(name) + 1)}

    def names_authors(term: str) -> bool:
        return term in authors or term in parts or any(
            term[i:j] in names for i in range(len(term)) for j in range(i + 2, len(term) + 1))

    return names_authors


def top_terms(terms: pd.DataFrame, reports: pd.DataFrame, tokenizer: Tokenizer,
              n: int = 25) -> pd.DataFrame:
    """The ``n`` terms with most occurrences in the corpus (and the reports holding them),
    leaving out ``author_terms``: a federation's name and its place top every count and say
    nothing about its work."""
    names_authors = author_matcher(author_terms(reports, tokenizer))
    excluded = {term for term in terms["term"].unique() if names_authors(term)}
    by_author = terms["term"].isin(excluded)
    return (terms[~by_author].groupby("term")
            .agg(count=("count", "sum"), reports=("report_id", "nunique"))
            .sort_values(["count", "reports"], ascending=False, kind="stable").head(n))


def kwic(term: str, sentences: pd.DataFrame, reports: pd.DataFrame,
         tokenizer: Tokenizer | None = None, width: int = 20) -> pd.DataFrame:
    """Every sentence containing ``term`` or one of its synonym variants, quotable with its
    report, outlet and date. Sentences are in simplified script (the cleaner converts), so a
    query in traditional script is converted too (OpenCC t2s)."""
    from .clean import _t2s

    term = _t2s().convert(term)
    variants = {term}
    if tokenizer is not None:
        canonical = tokenizer.synonyms.get(term, term)
        variants |= {canonical} | {v for v, c in tokenizer.synonyms.items() if c == canonical}
    rows = []
    for row in sentences.itertuples(index=False):
        for variant in sorted(variants, key=len, reverse=True):
            position = row.text.find(variant)
            if position >= 0:
                rows.append({"report_id": row.report_id, "sentence_id": row.sentence_id,
                             "left": row.text[max(0, position - width):position],
                             "keyword": variant,
                             "right": row.text[position + len(variant):
                                               position + len(variant) + width],
                             "sentence": row.text, "raw_start": row.raw_start,
                             "raw_end": row.raw_end})
                break
    columns = ["report_id", "sentence_id", "left", "keyword", "right", "sentence", "raw_start",
               "raw_end"]
    found = pd.DataFrame(rows, columns=columns)
    meta = [c for c in QUOTE_COLUMNS if c in reports.columns]
    return found.merge(reports[["report_id", *meta]], on="report_id", how="left")


def cooccurrence(sentences: pd.DataFrame, tokenizer: Tokenizer, min_count: int = 2) -> pd.DataFrame:
    """Pairs of terms that occur in the same sentence, with how many sentences they share."""
    pairs: Counter[tuple[str, str]] = Counter()
    for text in sentences["text"]:
        pairs.update(combinations(sorted(set(tokenizer.terms(text))), 2))
    rows = [{"term_a": a, "term_b": b, "sentences": n} for (a, b), n in pairs.items()
            if n >= min_count]
    frame = pd.DataFrame(rows, columns=["term_a", "term_b", "sentences"])
    return frame.sort_values(["sentences", "term_a", "term_b"], ascending=[False, True, True],
                             kind="stable").reset_index(drop=True)
