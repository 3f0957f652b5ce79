"""CPU time of the anonymiser's engine against stock Presidio on the same texts, in one process: the
throughput ratio when the machine is shared (wall-clock figures of ``pii_throughput.py`` swing by ±25 %
when other processes take the cores; process CPU time less, but still by up to 30 % when a sibling
hyperthread is busy).

    .venv/bin/python tests/benchmarks/pii_cpu_ratio.py [--corpus PATH] [--limit N] [--repeat 5] [--chunk 256]

- ``qfa``: ``AnalysisEngine.analyze_batch`` over chunks of ``--chunk`` texts (the worker's jobs hold
  4 × ``ANONYMIZER_BATCH_SIZE`` = 256 texts), engine built, every model loaded and warmed first; what a
  worker process spends, without the pipe to the app process and the rendering (~1 % of the time);
- ``stock_presidio``: ``BatchAnalyzerEngine.analyze_iterator(chunk, language="en", batch_size=64)`` as in
  ``pii_throughput.py``.

The two alternate chunk by chunk, ``--repeat`` times (:mod:`tests.benchmarks._paired`): ``ratio_vs_stock``
is the median of the rounds' paired ratios (``round_ratios``); ``least_chunks_ratio`` and the CPU times
are over each side's least chunk times. JSON summary last on stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import shared_code.runtime_env  # noqa: E402,F401
from tests.benchmarks._corpus import load_evalset  # noqa: E402
from tests.benchmarks._paired import interleave  # noqa: E402
from tests.benchmarks.pii_throughput import stock_presidio  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--chunk", type=int, default=256)
    args = parser.parse_args()
    texts = [r["content"] for r in load_evalset(args.corpus, args.limit)]

    from shared_code.anonymization import worker
    from shared_code.anonymization.config import EngineConfig
    from shared_code.settings import Settings

    config = EngineConfig.from_settings(Settings.model_construct())
    engine = worker.get_engine(config)
    worker.preload(config)
    stock = stock_presidio()

    def qfa(chunk: Sequence[str]) -> float:
        started = time.process_time()
        engine.analyze_batch(chunk)
        return time.process_time() - started

    def presidio(chunk: Sequence[str]) -> float:
        started = time.process_time()
        list(stock.analyze_iterator(list(chunk), language="en", batch_size=64))
        return time.process_time() - started

    asyncio.run(interleave(texts, qfa, presidio, 1, args.chunk))  # warm-up: every chunk once
    found = asyncio.run(interleave(texts, qfa, presidio, args.repeat, args.chunk))
    print(json.dumps({"records": len(texts), "repeat": found["repeat"], "chunk": found["chunk"],
                      "qfa_cpu_s": found["ours_s"], "stock_presidio_cpu_s": found["theirs_s"],
                      "ratio_vs_stock": found["ratio"], "round_ratios": found["round_ratios"],
                      "least_chunks_ratio": found["least_chunks_ratio"], "qfa_round_cpu_s": found["ours_round_s"],
                      "stock_presidio_round_cpu_s": found["theirs_round_s"]}))


if __name__ == "__main__":
    main()
