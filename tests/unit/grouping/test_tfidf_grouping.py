"""The default grouping method: TF-IDF + KMeans (docs/pipeline.md § analyze-bulk hierarchical step 2)."""

from __future__ import annotations

import random

import pytest

from shared_code.grouping.factory import build_grouper
from shared_code.grouping.tfidf import group_texts
from tests.benchmarks.grouping_bench import load, pseudonymise, purity, scores, weight
from shared_code.grouping.tfidf import cluster_count, features_text, themes
from shared_code.settings import Settings

TOPICS = {
    "water": "the water tank is empty and the queue at the water point is very long",
    "food": "the food distribution was cancelled and the rice parcels never arrived",
    "cash": "my cash transfer payment is delayed again and the card does not work",
}


def synthetic(n_per_topic: int = 20, seed: int = 1) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    texts, truth = [], []
    for topic, sentence in TOPICS.items():
        words = sentence.split()
        for _ in range(n_per_topic):
            texts.append(" ".join(w for w in words if rng.random() > 0.25) + f" <PERSON_{rng.randint(0, 9)}>")
            truth.append(topic)
    order = list(range(len(texts)))
    rng.shuffle(order)
    return [texts[i] for i in order], [truth[i] for i in order]


def s(**kw) -> Settings:
    return Settings(**{"analyze_target_chunk_tokens": 200, "analyze_min_cluster_size": 3, **kw})


def test_every_index_in_exactly_one_group_and_deterministic():
    texts, _ = synthetic()
    first = group_texts(texts, s(), weights=[30] * len(texts))
    assert sorted(i for g in first for i in g) == list(range(len(texts)))
    assert group_texts(texts, s(), weights=[30] * len(texts)) == first


def test_separates_clear_topics():
    texts, truth = synthetic()
    groups = group_texts(texts, s(), weights=[30] * len(texts))
    labels = [0] * len(texts)
    for g, members in enumerate(groups):
        for m in members:
            labels[m] = g
    assert purity(truth, labels) >= 0.9


def test_fewer_than_min_cluster_size_is_one_group():
    assert group_texts(["a b", "c d"], s(analyze_min_cluster_size=5), weights=[500, 500]) == [[0, 1]]
    assert group_texts([], s()) == []


def test_unplaceable_texts_and_tiny_clusters_are_uncategorised_last():
    texts, _ = synthetic(10)
    texts += ["<PERSON_1>", "&amp; <LOCATION_0>"]  # nothing but placeholders and escapes
    placed, uncategorised = themes(texts, s(), weights=[30] * len(texts))
    assert {len(texts) - 2, len(texts) - 1} <= set(uncategorised)
    assert all(len(g) >= 3 for g in placed)
    assert group_texts(texts, s(), weights=[30] * len(texts))[-1] == uncategorised


def test_cluster_count_follows_tokens_and_min_size():
    settings = s(analyze_target_chunk_tokens=2000, analyze_min_cluster_size=5)
    assert cluster_count(3000, [100] * 3000, settings) == 300  # two per chunk's worth of tokens
    assert cluster_count(20, [100] * 20, settings) == 2
    assert cluster_count(12, [10_000] * 12, settings) == 2  # at most n // min size


def test_features_drop_placeholders_and_entities():
    assert features_text("a <PERSON_0> &amp; b &lt;x&gt;").split() == ["a", "b", "x"]


def test_build_grouper_binds_settings_and_tolerates_unknown_method(caplog):
    texts, _ = synthetic(5)
    grouper = build_grouper(s(analyze_grouping_method="embeddings"))
    assert sorted(i for g in grouper(texts, [30] * len(texts)) for i in g) == list(range(len(texts)))
    assert "grouping_method_unknown" in caplog.text


def test_corpus_groups_agree_with_themes_far_better_than_baselines():
    rows = load(limit=1500)
    texts, truth = [pseudonymise(r) for r in rows], [r["theme"] for r in rows]
    groups = group_texts(texts, Settings(), weights=[weight(t) for t in texts])
    ours = scores(truth, groups)
    shuffled = list(range(len(texts)))
    random.Random(0).shuffle(shuffled)
    cursor, rand = 0, []
    for g in groups:
        rand.append(shuffled[cursor:cursor + len(g)])
        cursor += len(g)
    baseline = scores(truth, rand)
    assert ours["purity"] >= 3 * baseline["purity"] and ours["ami"] >= 0.35 > 0.05 >= baseline["ami"]
