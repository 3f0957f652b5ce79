"""Offline, deterministic grouping of feedback texts by theme (docs/pipeline.md § analyze-bulk hierarchical step 2).

TF-IDF over word unigrams (sublinear tf, ``min_df=2``, ``max_df=0.5``) → TruncatedSVD to at most 100
dimensions (``random_state=0``) → L2 normalisation → KMeans (k-means++ seeding, on a fixed sample above
4,000 records, ``random_state=0``, ``n_init=1``, at most 50 iterations). Same input, same groups. No model is downloaded; scikit-learn
is imported on first use. CPU-bound and single-threaded (BLAS/OpenMP limited to one thread while it
runs): call it off the event loop (``asyncio.to_thread``).

The number of clusters follows the token volume: ``k = ceil(CLUSTERS_PER_CHUNK × Σweights /
ANALYZE_TARGET_CHUNK_TOKENS)``, so an average group fills about half a chunk (see docs/hierarchical.md
for the measurements behind the factor). Clusters smaller than ``ANALYZE_MIN_CLUSTER_SIZE`` and texts
without any usable feature cannot be placed: they form the trailing "uncategorised" group.
"""

from __future__ import annotations

import logging
import math
import re
from typing import Sequence

from shared_code.settings import Settings

log = logging.getLogger("qfa.grouping")

CLUSTERS_PER_CHUNK = 2.0
SVD_DIMENSIONS = 100
KMEANS_MAX_ITER = 50
INIT_SAMPLE = 4000
SEED = 0
AVERAGE_RECORD_TOKENS = 100  # only when no weights are given

_PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*_\d+>")
_ENTITY = re.compile(r"&(?:amp|lt|gt|quot);")
_SUPPORTED_METRICS = ("euclidean", "cosine")


def features_text(text: str) -> str:
    """What the vectoriser sees: placeholders and escape entities removed (they carry no theme)."""
    return _ENTITY.sub(" ", _PLACEHOLDER.sub(" ", text))


def cluster_count(n: int, weights: Sequence[int] | None, settings: Settings) -> int:
    """Clusters to ask KMeans for: about two per chunk's worth of tokens, each of at least
    ``ANALYZE_MIN_CLUSTER_SIZE`` records on average."""
    total = sum(weights) if weights is not None else n * AVERAGE_RECORD_TOKENS
    wanted = math.ceil(CLUSTERS_PER_CHUNK * total / settings.analyze_target_chunk_tokens)
    return max(1, min(wanted, n // max(1, settings.analyze_min_cluster_size)))


def group_texts(texts: Sequence[str], settings: Settings, *, weights: Sequence[int] | None = None) -> list[list[int]]:
    """Indices of ``texts`` grouped by theme; every index in exactly one group.

    Groups are returned largest cluster first (ties by first index); the uncategorised group, when
    present, comes last. Order inside a group is ascending index (callers re-order by date).
    """
    groups, uncategorised = themes(texts, settings, weights=weights)
    return groups + ([uncategorised] if uncategorised else [])


def themes(texts: Sequence[str], settings: Settings, *,
           weights: Sequence[int] | None = None) -> tuple[list[list[int]], list[int]]:
    """The theme groups and, apart, the indices that could not be placed."""
    n = len(texts)
    if n == 0:
        return [], []
    min_size = max(1, settings.analyze_min_cluster_size)
    k = cluster_count(n, weights, settings)
    if n < min_size or k <= 1:
        return [list(range(n))], []
    if settings.analyze_clustering_metric.lower() not in _SUPPORTED_METRICS:
        log.warning("event=grouping_metric_ignored metric=%s used=euclidean_on_unit_vectors",
                    settings.analyze_clustering_metric)
    from threadpoolctl import threadpool_limits  # a scikit-learn dependency

    with threadpool_limits(limits=1):  # one core: faster than 2 BLAS/OpenMP threads, no oversubscription
        labels, placed = _cluster(texts, k)
    return _assemble(labels, placed, min_size)


def _cluster(texts: Sequence[str], k: int) -> tuple[list[int], list[bool]]:
    import numpy as np
    from sklearn.cluster import KMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize

    docs = [features_text(t) for t in texts]
    matrix = _vectorise(docs)
    if matrix is None:
        return [0] * len(docs), [False] * len(docs)
    placed = np.asarray(matrix.getnnz(axis=1) > 0)
    rows = np.flatnonzero(placed)
    k = min(k, len(rows))
    if k <= 1:
        return [0] * len(docs), placed.tolist()
    sub = matrix[rows]
    dims = min(SVD_DIMENSIONS, sub.shape[1] - 1, len(rows) - 1)
    vectors = sub  # tiny vocabularies: cluster the (unit-length) sparse TF-IDF rows directly
    if dims >= 2:
        vectors = normalize(TruncatedSVD(dims, random_state=SEED, n_iter=3).fit_transform(sub)).astype(np.float32)
    kmeans = KMeans(n_clusters=k, init=_initial_centres(vectors, k), random_state=SEED, n_init=1,
                    max_iter=KMEANS_MAX_ITER)
    sub_labels = kmeans.fit_predict(vectors)
    labels = [-1] * len(docs)
    for row, label in zip(rows.tolist(), sub_labels.tolist()):
        labels[row] = int(label)
    return labels, placed.tolist()


def _initial_centres(vectors, k: int):
    """k-means++ seeding, on a fixed-seed sample of ``max(INIT_SAMPLE, 4k)`` rows for large inputs:
    the seeding costs O(n·k·log k) and dominates for 10,000 records, while a sample of that size
    gives the same agreement with the themes (docs/hierarchical.md)."""
    import numpy as np
    from sklearn.cluster import kmeans_plusplus

    n = vectors.shape[0]
    size = max(INIT_SAMPLE, 4 * k)
    if n <= size:
        return "k-means++"
    rows = np.sort(np.random.RandomState(SEED).choice(n, size, replace=False))
    centres, _ = kmeans_plusplus(vectors[rows], k, random_state=SEED)
    return centres


def _vectorise(docs: list[str]):
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    min_df = 2 if len(docs) >= 20 else 1
    for params in ({"min_df": min_df, "max_df": 0.5}, {"min_df": 1, "max_df": 1.0}):
        vectoriser = TfidfVectorizer(lowercase=True, sublinear_tf=True, dtype=np.float32, **params)
        try:
            return vectoriser.fit_transform(docs)
        except ValueError:  # empty vocabulary (after pruning): try without pruning, then give up
            continue
    return None


def _assemble(labels: list[int], placed: list[bool], min_size: int) -> tuple[list[list[int]], list[int]]:
    clusters: dict[int, list[int]] = {}
    uncategorised: list[int] = []
    for index, (label, ok) in enumerate(zip(labels, placed)):
        if ok and label >= 0:
            clusters.setdefault(label, []).append(index)
        else:
            uncategorised.append(index)
    groups = []
    for members in clusters.values():
        if len(members) >= min_size:
            groups.append(members)
        else:
            uncategorised.extend(members)
    groups.sort(key=lambda g: (-len(g), g[0]))
    return groups, sorted(uncategorised)
