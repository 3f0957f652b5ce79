"""CPU time of the anonymiser's engine against stock Presidio on the same texts, in one process: the
throughput ratio when the machine is shared (wall-clock figures of ``pii_throughput.py`` swing by ±25 %
when other processes take the cores; process CPU time much less).

    .venv/bin/python tests/benchmarks/pii_cpu_ratio.py [--corpus PATH] [--limit N] [--repeat 4] [--chunk 256]

- ``qfa``: ``AnalysisEngine.analyze_batch`` over the texts in chunks of ``--chunk`` (the worker's jobs hold
  4 × ``ANONYMIZER_BATCH_SIZE`` = 256 texts), engine built, every model loaded and warmed first; what a
  worker process spends, without the pipe to the app process and the rendering (~1 % of the time);
- ``stock_presidio``: ``BatchAnalyzerEngine.analyze_iterator(texts, language="en", batch_size=64)`` as in
  ``pii_throughput.py``.

Interleaved ``--repeat`` times; the least CPU time of each is kept. JSON summary last on stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import shared_code.runtime_env  # noqa: E402,F401
from tests.benchmarks._corpus import load_evalset  # noqa: E402
from tests.benchmarks.pii_throughput import run_stock, stock_presidio  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=4)
    parser.add_argument("--chunk", type=int, default=256)
    args = parser.parse_args()
    texts = [r["content"] for r in load_evalset(args.corpus, args.limit)]

    from shared_code.anonymization import worker
    from shared_code.anonymization.config import EngineConfig
    from shared_code.settings import Settings

    config = EngineConfig.from_settings(Settings.model_construct())
    engine = worker.get_engine(config)
    worker.preload(config)

    def qfa() -> None:
        for start in range(0, len(texts), args.chunk):
            engine.analyze_batch(texts[start : start + args.chunk])

    qfa()
    stock = stock_presidio()
    run_stock(stock, texts[:50])
    ours, theirs = [], []
    for _ in range(max(1, args.repeat)):
        started = time.process_time()
        qfa()
        ours.append(time.process_time() - started)
        started = time.process_time()
        run_stock(stock, texts)
        theirs.append(time.process_time() - started)
    print(json.dumps({"records": len(texts), "repeat": args.repeat, "qfa_cpu_s": [round(t, 2) for t in ours],
                      "stock_presidio_cpu_s": [round(t, 2) for t in theirs],
                      "ratio_vs_stock": round(min(theirs) / min(ours), 2)}))


if __name__ == "__main__":
    main()
