"""Throughput of the anonymiser's batch API against its ceiling and a naive loop, in one run.

    .venv/bin/python tests/benchmarks/anonymizer_bench.py [--corpus PATH] [--limit 2000]
        [--executor thread|process|both] [--repeat 1]

Measures, over the same corpus texts (default: the first 2,000 records):

- ``batch_api``: ``anonymize_texts`` of all texts in one call (one registry), after the engine was built
  and warmed up; records/s counts every input record (empty ones included);
- ``raw_nlp_pipe``: plain ``nlp.pipe`` of the English model over all texts, single process, batch size
  ``ANONYMIZER_BATCH_SIZE``: the default pipeline as ``spacy.load`` gives it (``full``) and the NER-only
  pipeline the engine runs (``ner_only``, the strict ceiling);
- ``naive_loop``: one ``analyze()`` call per text with its own NLP run (``process_text``), same routing,
  recognisers and post-processing, no batching, no executor;
- ratios, the engine build time (``start(preload=True)``: executor, both spaCy models, the language
  detector, recognisers) and peak RSS while building and running each executor kind (this process plus,
  for the process pool, its workers; the thread pool's engine lives in this process).

Each executor kind is first built and run once on its own (memory); then every measurement runs
``--repeat`` times, interleaved, and the best is kept (the machine is shared). The JSON summary is the
last line of stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import shared_code.runtime_env  # noqa: E402,F401
from _corpus import load_corpus  # noqa: E402

from shared_code.anonymization.factory import build_anonymizer  # noqa: E402
from shared_code.domain.pseudonyms import PlaceholderRegistry  # noqa: E402
from shared_code.usecases.preparation import anonymize_texts  # noqa: E402
from shared_code.settings import get_settings  # noqa: E402


class RssSampler:
    """Peak memory, sampled every 50 ms: RSS of this process, and PSS of this process plus all children
    (forkserver and pool workers), which counts pages shared copy-on-write once."""

    def __init__(self) -> None:
        import psutil

        self._process = psutil.Process()
        self.peak_main = self.peak_total = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "RssSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def sample(self) -> None:
        main = self._process.memory_full_info()
        children = 0
        for child in self._process.children(recursive=True):
            try:
                children += child.memory_full_info().pss  # shared (copy-on-write) pages counted once
            except Exception:  # a child that just exited
                pass
        self.peak_main = max(self.peak_main, main.rss)
        self.peak_total = max(self.peak_total, main.pss + children)

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            self.sample()

    def mb(self) -> dict[str, float]:
        return {"main_rss": round(self.peak_main / 1e6, 1), "total_pss_with_children": round(self.peak_total / 1e6, 1)}


def best_rate(runs: list[float], records: int) -> dict[str, float]:
    seconds = min(runs)
    return {"seconds": round(seconds, 3), "records_per_s": round(records / seconds, 1)}


class BatchApi:
    """One anonymiser (thread or process pool) measured over the texts."""

    def __init__(self, executor: str) -> None:
        self.anonymizer = build_anonymizer(executor=executor)  # type: ignore[arg-type]
        self.kind = executor
        self.runs: list[float] = []
        self.build_s = self.first_call_s = 0.0
        self.failures = 0

    async def build(self, texts: list[str], rss: RssSampler) -> None:
        started = time.perf_counter()
        await self.anonymizer.start(preload=True)
        self.build_s = time.perf_counter() - started
        started = time.perf_counter()
        await anonymize_texts(self.anonymizer, texts[:64], PlaceholderRegistry())  # warm caches
        self.first_call_s = time.perf_counter() - started
        rss.sample()

    async def run(self, texts: list[str]) -> None:
        started = time.perf_counter()
        batch = await anonymize_texts(self.anonymizer, texts, PlaceholderRegistry())
        self.runs.append(time.perf_counter() - started)
        self.failures = batch.failures

    def summary(self, records: int, rss: dict[str, float]) -> dict:
        return {"executor": self.kind, "workers": self.anonymizer.workers, "engine_build_s": round(self.build_s, 2),
                "first_batch_of_64_s": round(self.first_call_s, 2), "failures": self.failures,
                **best_rate(self.runs, records), "peak_rss_mb": rss}


class RawPipe:
    """Plain nlp.pipe of the English model: the default pipeline and the NER-only one the engine runs."""

    def __init__(self, batch_size: int) -> None:
        import spacy

        from shared_code.anonymization.spacy_loading import excluded_components

        settings = get_settings()
        self.model = settings.anonymizer_models[settings.anonymizer_fallback_ner_language]
        self.pipelines = {"full": spacy.load(self.model),
                          "ner_only": spacy.load(self.model, exclude=excluded_components(self.model))}
        self.batch_size = batch_size
        self.runs: dict[str, list[float]] = {name: [] for name in self.pipelines}

    def run(self, texts: list[str]) -> None:
        for name, nlp in self.pipelines.items():
            started = time.perf_counter()
            for _doc in nlp.pipe(texts, batch_size=self.batch_size):
                pass
            self.runs[name].append(time.perf_counter() - started)

    def summary(self, records: int) -> dict:
        return {"model": self.model, "pipelines": {n: nlp.pipe_names for n, nlp in self.pipelines.items()},
                **{name: best_rate(runs, records) for name, runs in self.runs.items()}}


def naive_loop(texts: list[str]) -> float:
    """One analyze() per text with its own NLP run: same routing, recognisers and span rules."""
    from shared_code.anonymization import worker
    from shared_code.anonymization.config import EngineConfig

    engine = worker.get_engine(EngineConfig.from_settings(get_settings()))
    engine.preload()
    started = time.perf_counter()
    for text in texts:
        route = engine.router.route(text)
        artifacts = engine.nlp_engine.process_text(text, route.ner_language) if route.ner_language else None
        engine.analyze_text(text, route, artifacts)
    return time.perf_counter() - started


async def measure(texts: list[str], executors: tuple[str, ...], repeat: int) -> dict:
    batch_size = get_settings().anonymizer_batch_size
    apis, rss = {}, {}
    for kind in executors:  # build one after the other so each one's memory can be told apart
        with RssSampler() as sampler:
            api = BatchApi(kind)
            await api.build(texts, sampler)
            await api.run(texts)
        apis[kind], rss[kind] = api, sampler.mb()
    raw = RawPipe(batch_size)
    naive: list[float] = []
    for _ in range(repeat):  # interleaved: the machine is shared, keep the best of each
        for api in apis.values():
            await api.run(texts)
        raw.run(texts)
        naive.append(naive_loop(texts))
    for api in apis.values():
        await api.anonymizer.aclose()
    raw_summary, naive_summary = raw.summary(len(texts)), best_rate(naive, len(texts))
    batch = {kind: api.summary(len(texts), rss[kind]) for kind, api in apis.items()}
    ratios = {
        kind: {
            "vs_raw_pipe_ner_only": round(b["records_per_s"] / raw_summary["ner_only"]["records_per_s"], 3),
            "vs_raw_pipe_full": round(b["records_per_s"] / raw_summary["full"]["records_per_s"], 3),
            "vs_naive_loop": round(b["records_per_s"] / naive_summary["records_per_s"], 3),
        }
        for kind, b in batch.items()
    }
    return {"records": len(texts), "batch_size": batch_size, "repeat": repeat, "batch_api": batch,
            "raw_nlp_pipe": raw_summary, "naive_loop": naive_summary, "ratios": ratios}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=None,
                        help="JSONL corpus (default: the repository's tests/data corpus, generated up to --limit)")
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--executor", choices=("thread", "process", "both"), default="both")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    texts = [record["content"] for record in load_corpus(args.corpus, args.limit)]
    executors = ("thread", "process") if args.executor == "both" else (args.executor,)
    print(json.dumps(asyncio.run(measure(texts, executors, max(1, args.repeat))), ensure_ascii=False))


if __name__ == "__main__":
    main()
