#!/usr/bin/env python3
"""Measure the grouping: cost for N records on one core and agreement with a ground-truth theme.

    .venv/bin/python tests/benchmarks/grouping_bench.py [--corpus PATH] [--limit N] [--scale 10000]

The default corpus is the repository's (``tests/data``; ``--limit`` beyond its 600 records generates more).

Texts are pseudonymised with the corpus's gold PII spans (``<TYPE_n>``, as the anonymiser would),
weights are ``chars / 3.1 + 45`` tokens (the corpus's measured mean chars per token plus the envelope
of id and metadata). Prints one JSON object: cost, and purity / NMI / AMI of the method, of one group
and of random groups of the same sizes, both on the groups and on the chunks they produce.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Optional, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from shared_code.settings import Settings  # noqa: E402
from tests.benchmarks._corpus import load_corpus  # noqa: E402


def load(path: Optional[Path] = None, limit: Optional[int] = None) -> list[dict]:
    """The corpus records with non-blank content (``path`` None: the repository's corpus)."""
    return [r for r in load_corpus(path, limit) if r["content"].strip()]


def pseudonymise(record: dict) -> str:
    text, out, last = record["content"], [], 0
    for n, span in enumerate(record.get("pii") or []):
        out += [text[last:span["start"]], f"<{span['type']}_{n}>"]
        last = span["end"]
    return "".join(out + [text[last:]])


def weight(text: str) -> int:
    return int(len(text) / 3.1) + 45


def labels_of(groups: Sequence[Sequence[int]], n: int) -> list[int]:
    labels = [0] * n
    for g, members in enumerate(groups):
        for m in members:
            labels[m] = g
    return labels


def purity(truth: Sequence[str], labels: Sequence[int]) -> float:
    counts: dict[int, Counter] = defaultdict(Counter)
    for t, label in zip(truth, labels):
        counts[label][t] += 1
    return sum(c.most_common(1)[0][1] for c in counts.values()) / len(truth)


def scores(truth: Sequence[str], groups: Sequence[Sequence[int]]) -> dict[str, float]:
    from sklearn import metrics

    labels = labels_of(groups, len(truth))
    return {"groups": len(groups), "purity": round(purity(truth, labels), 3),
            "nmi": round(metrics.normalized_mutual_info_score(truth, labels), 3),
            "ami": round(metrics.adjusted_mutual_info_score(truth, labels), 3)}


def chunked(groups: Sequence[Sequence[int]], weights: Sequence[int], created: Sequence[str], budget: int) -> list[list[int]]:
    from shared_code.usecases.hierarchical.planning import order_by_created, plan_chunks

    ordered = [order_by_created(g, created) for g in groups]
    return [list(c.members) for c in plan_chunks(ordered, weights, budget)]


def random_like(groups: Sequence[Sequence[int]], n: int, seed: int = 0) -> list[list[int]]:
    order = list(range(n))
    random.Random(seed).shuffle(order)
    out, cursor = [], 0
    for g in groups:
        out.append(sorted(order[cursor:cursor + len(g)]))
        cursor += len(g)
    return out


def cost(texts: list[str], weights: list[int], settings: Settings, scale: int) -> dict[str, float]:
    from threadpoolctl import threadpool_limits

    from shared_code.grouping.tfidf import group_texts

    big = (texts * (scale // len(texts) + 1))[:scale]
    big_w = (weights * (scale // len(weights) + 1))[:scale]
    with threadpool_limits(1):
        start = time.perf_counter()
        groups = group_texts(big, settings, weights=big_w)
        seconds = time.perf_counter() - start
    return {"records": scale, "seconds_one_core": round(seconds, 2), "groups": len(groups)}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None, help="JSONL corpus (default: the repository's)")
    parser.add_argument("--limit", type=int, default=None, help="records to use (default: all)")
    parser.add_argument("--scale", type=int, default=10_000)
    parser.add_argument("--clusters-per-chunk", type=float, default=None, help="override the method's factor")
    args = parser.parse_args(argv)
    from shared_code.grouping import tfidf
    from shared_code.grouping.tfidf import themes

    if args.clusters_per_chunk is not None:
        tfidf.CLUSTERS_PER_CHUNK = args.clusters_per_chunk
    settings = Settings()
    rows = load(args.corpus, args.limit)
    texts, truth = [pseudonymise(r) for r in rows], [r["theme"] for r in rows]
    weights, created = [weight(t) for t in texts], [r["metadata"].get("created", "") for r in rows]
    budget = settings.analyze_target_chunk_tokens
    start = time.perf_counter()
    themes(texts[:50], settings, weights=weights[:50])  # first use imports scikit-learn
    imported = time.perf_counter() - start
    start = time.perf_counter()
    placed, uncategorised = themes(texts, settings, weights=weights)
    seconds = time.perf_counter() - start
    groups = placed + ([uncategorised] if uncategorised else [])
    one = [list(range(len(texts)))]
    rand = random_like(groups, len(texts))
    report = {
        "records": len(texts), "import_seconds": round(imported, 2), "seconds": round(seconds, 2),
        "uncategorised": len(uncategorised),
        "groups": {"tfidf": scores(truth, groups), "one_group": scores(truth, one), "random": scores(truth, rand)},
        "chunks": {name: scores(truth, chunked(g, weights, created, budget))
                   for name, g in (("tfidf", groups), ("one_group", one), ("random", rand))},
        "cost": cost(texts, weights, settings, args.scale),
    }
    print(json.dumps(report))
    return report


if __name__ == "__main__":
    main()
