"""Programme types found from the words alone: clusters of sentences, compared with the typology.

The shape is scikit-learn's document-clustering example (latent semantic analysis): tf-idf over
the package's jieba terms → truncated SVD → unit length → k-means. The number of clusters is
the one with the best silhouette over a stated range; clusters are named by the terms nearest
their centres; agreement with the keyword typology (``womenfed.typology``) is the adjusted Rand
index over the sentences the typology could type. Every step has a fixed ``random_state``.

The unit is the sentence: the typology types sentences, and paragraphs in scraped reports are
too uneven to compare (on the sample corpus one paragraph holds a whole report).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, silhouette_score
from sklearn.preprocessing import normalize

from .tokenize import tokenize_for_sklearn
from .typology import TYPES

K_RANGE = range(2, len(TYPES) + 5)  # 2..12: the eight types, with room either side
N_COMPONENTS = 20
MIN_TERMS = 3  # sentences with fewer vocabulary terms (headings, fragments) are not clustered
MIN_DF = 2  # a term must occur in two sentences to say anything about their similarity
N_INIT = 10
SILHOUETTE_SAMPLE = 5000  # beyond this many sentences the silhouette is estimated on a sample
TOP_TERMS = 8


@dataclass
class ClusterResult:
    """Everything the programme-type notebook reports.

    Attributes
    ----------
    sentences : the clustered sentences (report_id, sentence_id, text, programme_type,
        cluster, cluster_label), in the input order
    scores : one row per k tried: k, silhouette, inertia
    k, silhouette : the chosen number of clusters and its silhouette
    ari : adjusted Rand index between clusters and typology on the typed sentences
    n_typed : how many sentences the ARI was computed on
    top_terms : cluster -> its terms nearest the centre, strongest first
    labels : cluster -> a short name made of its top three terms
    confusion : clusters × programme types, counts of typed sentences
    n_sentences, n_clustered : sentences given, and those with at least ``min_terms`` terms
    explained_variance : share of tf-idf variance kept by the SVD
    """

    sentences: pd.DataFrame
    scores: pd.DataFrame
    k: int
    silhouette: float
    ari: float
    n_typed: int
    top_terms: dict[int, list[str]]
    labels: dict[int, str]
    confusion: pd.DataFrame
    n_sentences: int
    n_clustered: int
    explained_variance: float


def cluster_sentences(sentences: pd.DataFrame, k_range=K_RANGE, n_components: int = N_COMPONENTS,
                      min_terms: int = MIN_TERMS, min_df: int = MIN_DF,
                      random_state: int = 0) -> ClusterResult:
    """Cluster sentences (columns report_id, sentence_id, text, programme_type) into types.

    Examples
    --------
    >>> result = cluster_sentences(womenfed.read_tables("data/processed").sentences)  # doctest: +SKIP
    >>> result.k, round(result.silhouette, 3), round(result.ari, 3)  # doctest: +SKIP
    """
    vectorizer = TfidfVectorizer(tokenizer=tokenize_for_sklearn, lowercase=False,
                                 token_pattern=None, min_df=min_df)
    matrix = vectorizer.fit_transform(sentences["text"])
    keep = np.asarray((matrix > 0).sum(axis=1)).ravel() >= min_terms
    matrix = matrix[keep]
    rows = sentences.loc[keep, ["report_id", "sentence_id", "text", "programme_type"]]
    rows = rows.reset_index(drop=True)
    ks = [k for k in k_range if 2 <= k < len(rows)]
    if not ks:
        raise ValueError(f"too few sentences to cluster: {len(rows)} have at least "
                         f"{min_terms} terms, and the range of k is {list(k_range)}")

    svd = TruncatedSVD(n_components=min(n_components, matrix.shape[1] - 1, len(rows) - 1),
                       random_state=random_state)
    reduced = normalize(svd.fit_transform(matrix))
    fits = {k: KMeans(n_clusters=k, random_state=random_state, n_init=N_INIT).fit(reduced)
            for k in ks}
    sample = SILHOUETTE_SAMPLE if len(rows) > SILHOUETTE_SAMPLE else None
    scores = pd.DataFrame({
        "k": ks,
        "silhouette": [silhouette_score(reduced, fits[k].labels_, sample_size=sample,
                                        random_state=random_state) for k in ks],
        "inertia": [fits[k].inertia_ for k in ks]})
    best = scores.loc[scores["silhouette"].idxmax()]
    k = int(best["k"])

    order = _size_order(fits[k].labels_, k)
    rows["cluster"] = order[fits[k].labels_]
    centres = svd.inverse_transform(fits[k].cluster_centers_[np.argsort(order)])
    vocabulary = vectorizer.get_feature_names_out()
    top_terms = {c: [str(vocabulary[i]) for i in np.argsort(-centre, kind="stable")[:TOP_TERMS]]
                 for c, centre in enumerate(centres)}
    labels = {c: "/".join(terms[:3]) for c, terms in top_terms.items()}
    rows["cluster_label"] = rows["cluster"].map(labels)

    typed = rows[rows["programme_type"].notna()]
    confusion = (pd.crosstab(typed["cluster"], typed["programme_type"])
                 .reindex(index=range(k), columns=list(TYPES), fill_value=0))
    confusion.index.name, confusion.columns.name = "cluster", "programme_type"
    return ClusterResult(
        sentences=rows, scores=scores, k=k, silhouette=float(best["silhouette"]),
        ari=float(adjusted_rand_score(typed["programme_type"], typed["cluster"])),
        n_typed=len(typed), top_terms=top_terms, labels=labels, confusion=confusion,
        n_sentences=len(sentences), n_clustered=len(rows),
        explained_variance=float(svd.explained_variance_ratio_.sum()))


def _size_order(labels: np.ndarray, k: int) -> np.ndarray:
    """Old label -> new label, numbering clusters by size (largest 0), ties by first member.

    k-means numbers clusters arbitrarily; this makes "cluster 0" mean the same in every run.
    """
    sizes = np.bincount(labels, minlength=k)
    first = [int(np.argmax(labels == c)) if sizes[c] else len(labels) for c in range(k)]
    ranked = sorted(range(k), key=lambda c: (-sizes[c], first[c]))
    order = np.empty(k, dtype=int)
    order[ranked] = np.arange(k)
    return order
