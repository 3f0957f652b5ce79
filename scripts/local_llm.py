"""Run the scripted fake LLM server for local development: ``python scripts/local_llm.py --port 18080``.

Point the app at it with ``LLM_MODEL=openai/local-fake``, ``LLM_API_BASE=http://127.0.0.1:18080/v1``,
``LLM_API_KEY=local``. It answers every chat completion with a valid instance of the requested JSON
schema (or a fixed sentence): it is NOT a language model.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.fake_llm import FakeLLMServer  # noqa: E402

BANNER = """
######################################################################
#  FAKE LLM SERVER - scripted answers, NO language model is called.  #
#  Output is generated from the request schema; do not trust it.     #
######################################################################
"""


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Scripted fake OpenAI-compatible LLM server (local dev only).")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=18080)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds to wait before each answer")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _interrupt)
    server = FakeLLMServer(args.host, args.port, default_latency=args.latency).start()
    print(BANNER, flush=True)
    print(f"listening on {server.url}  (model e.g. openai/local-fake, api key: anything)", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
