"""Throughput against stock Presidio in one run, and the lexicon's load time and memory.

    .venv/bin/python tests/benchmarks/pii_throughput.py [--corpus PATH] [--limit N] [--repeat 3] [--chunk 256]

- ``stock_presidio``: Presidio's ``BatchAnalyzerEngine`` over an ``AnalyzerEngine`` with its predefined
  recognisers and the same English spaCy model (full pipeline, as ``NlpEngineProvider`` loads it),
  ``analyze_iterator(texts, language="en")``: what a plain Presidio set-up costs on the same texts;
- ``qfa``: ``anonymize_texts`` (the app's executor unless ``--executor``: routing, every recogniser incl.
  the lexicon, span resolution, placeholders) over the same texts, engine built and warmed first;
- ``lexicon``: load time and RSS growth of :func:`lexicon.load` (module already imported) measured in a
  fresh subprocess, and of the common-word list (``common_words``, :func:`common_words.load`) after it.

The two alternate chunk by chunk (256 texts), ``--repeat`` times after a warm-up round
(:mod:`tests.benchmarks._paired`): ``ratio_vs_stock`` is the median of the rounds' paired wall-clock
ratios (``round_ratios``; the machine is shared); each side's records/s and ``least_chunks_ratio`` are over
the sums of its least chunk times. JSON summary last on stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import shared_code.runtime_env  # noqa: E402,F401
from tests.benchmarks._corpus import load_evalset  # noqa: E402
from tests.benchmarks._paired import interleave  # noqa: E402

LEXICON_PROBE = """
import json, time
def rss():
    return int(open('/proc/self/statm').read().split()[1]) * 4096 / 1e6
from shared_code.anonymization.lexicon import load
from shared_code.anonymization.common_words import load as load_common
before = rss(); started = time.perf_counter()
lexicon = load()
middle = rss(); between = time.perf_counter()
common = load_common()
print(json.dumps({"load_s": round(between - started, 3), "rss_mb": round(middle - before, 1),
                  "words": len(lexicon), "common_words": {"load_s": round(time.perf_counter() - between, 3),
                  "rss_mb": round(rss() - middle, 1), "words": len(common)}}))
"""


def stock_presidio():
    from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from shared_code.settings import get_settings

    model = dict(get_settings().anonymizer_models)["en"]
    nlp = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}).create_engine()
    return BatchAnalyzerEngine(AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"]))


def run_stock(engine, texts: list[str]) -> float:
    started = time.perf_counter()
    list(engine.analyze_iterator(texts, language="en", batch_size=64))
    return time.perf_counter() - started


async def run_qfa(anonymizer, texts: list[str]) -> float:
    from shared_code.domain.pseudonyms import PlaceholderRegistry
    from shared_code.usecases.preparation import anonymize_texts

    started = time.perf_counter()
    await anonymize_texts(anonymizer, texts, PlaceholderRegistry())
    return time.perf_counter() - started


async def measure(texts: list[str], repeat: int, executor: str | None, chunk: int) -> dict:
    from shared_code.anonymization.factory import build_anonymizer

    anonymizer = build_anonymizer(executor=executor)
    await anonymizer.start(preload=True)
    stock = stock_presidio()

    async def qfa(part: Sequence[str]) -> float:
        return await run_qfa(anonymizer, list(part))

    def presidio(part: Sequence[str]) -> float:
        return run_stock(stock, list(part))

    await interleave(texts, qfa, presidio, 1, chunk)  # warm-up: every chunk once
    found = await interleave(texts, qfa, presidio, repeat, chunk)
    await anonymizer.aclose()
    return {"records": len(texts), "repeat": found["repeat"], "chunk": chunk, "executor": anonymizer.executor_kind,
            "qfa_records_per_s": round(len(texts) / found["ours_s"], 1),
            "stock_presidio_records_per_s": round(len(texts) / found["theirs_s"], 1), "ratio_vs_stock": found["ratio"],
            "round_ratios": found["round_ratios"], "least_chunks_ratio": found["least_chunks_ratio"]}


def lexicon_probe() -> dict:
    out = subprocess.run([sys.executable, "-c", LEXICON_PROBE], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--chunk", type=int, default=256)
    parser.add_argument("--executor", choices=("thread", "process"), default=None, help="default: the app's")
    args = parser.parse_args()
    texts = [r["content"] for r in load_evalset(args.corpus, args.limit)]
    summary = {"lexicon": lexicon_probe(), **asyncio.run(measure(texts, max(1, args.repeat), args.executor, args.chunk))}
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
