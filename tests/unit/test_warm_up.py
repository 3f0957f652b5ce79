"""The start-up warm-up (shared_code/warm_up.py): importing function_app starts it in the background; it
loads the engine, every model and LiteLLM, then logs done. Run in fresh processes (it is process-wide)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow

PROBE = """
import gc, json, logging, sys
logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
import function_app
from shared_code import warm_up
alive = warm_up._thread is not None and warm_up._thread.is_alive()
gc_during = gc.isenabled()
assert warm_up.done.wait(300), "warm-up did not finish"
from shared_code.anonymization import worker
loaded = sorted(lang for engine in worker._engines.values() for lang in engine.nlp_engine.nlp.loaded())
print(json.dumps({"alive_after_import": alive, "loaded": loaded, "gc_during": gc_during, "gc_after": gc.isenabled(),
                  "modules": [m for m in ("litellm", "presidio_analyzer", "spacy", "numpy") if m in sys.modules]}))
"""


def _probe(prelude: str = "", **env: str) -> tuple[dict, list[str]]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("ANONYMIZER_", "WARM_UP", "LLM_"))}
    out = subprocess.run([sys.executable, "-c", prelude + PROBE], cwd=ROOT, capture_output=True, text=True, timeout=400,
                         env={**clean, **env})
    assert out.returncode == 0, out.stderr[-3000:]
    phases = re.findall(r"event=warm_up phase=(\w+) duration_ms=\d+ cpu_ms=\d+", out.stderr)
    if phases:
        assert "event=warm_up_done" in out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1]), phases


def test_importing_function_app_starts_loading_everything_in_the_background() -> None:
    result, phases = _probe(ANONYMIZER_EXECUTOR="thread")
    assert result["alive_after_import"] is True
    assert result["loaded"] == ["en", "fr"]
    assert result["modules"] == ["litellm", "presidio_analyzer", "spacy", "numpy"]
    assert result["gc_during"] is False and result["gc_after"] is True  # paused while loading, then back
    assert phases == ["import_anonymizer", "engine", "model_en", "first_analysis", "import_litellm", "llm_call_path", "models",
                      "languages", "trim"]


def test_by_default_one_cpu_loads_everything_in_this_process_and_two_start_a_worker() -> None:
    """``auto``: on one CPU a second interpreter has no core to load on (what a 1-vCPU instance runs)."""
    one_cpu = "import os; os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})\n"
    result, phases = _probe(one_cpu)
    assert result["modules"] == ["litellm", "presidio_analyzer", "spacy", "numpy"] and result["loaded"] == ["en", "fr"]
    assert phases[0] == "import_anonymizer"
    if len(os.sched_getaffinity(0)) >= 2:
        result, phases = _probe()
        assert result["modules"] == ["litellm"] and phases[0] == "start_anonymizer"


def test_with_a_process_pool_the_app_process_loads_only_litellm() -> None:
    """The pool starts first, so its worker loads the anonymiser on the other core while this process
    imports LiteLLM; then every language in the worker."""
    result, phases = _probe(ANONYMIZER_EXECUTOR="process", ANONYMIZER_WORKERS="1")
    assert result["modules"] == ["litellm"] and result["loaded"] == []
    assert phases == ["start_anonymizer", "import_litellm", "llm_call_path", "worker_languages", "trim"]


def test_it_can_be_turned_off() -> None:
    result, phases = _probe(WARM_UP_ON_START="false")
    assert phases == [] and result["modules"] == []
    assert result["gc_after"] is True


FIRST_ANSWER = """
import json
from presidio_analyzer.predefined_recognizers import EmailRecognizer, UrlRecognizer
from shared_code.anonymization import worker
from shared_code.anonymization.config import EngineConfig
from shared_code.settings import Settings
worker.warm_up(EngineConfig.from_settings(Settings.model_construct()))
print(json.dumps([p.compiled_regex is not None for p in (*UrlRecognizer.PATTERNS, *EmailRecognizer.PATTERNS)]))
"""


def test_the_first_analysis_leaves_the_email_and_url_patterns_for_later() -> None:
    """What the first answer waits for: no e-mail or web address patterns (most of their ~0.15 s is
    Presidio's URL pattern); a text that has one still compiles them (tests/unit/anonymization)."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("ANONYMIZER_", "WARM_UP", "LLM_"))}
    out = subprocess.run([sys.executable, "-c", FIRST_ANSWER], cwd=ROOT, capture_output=True, text=True, timeout=400,
                         env=clean)
    assert out.returncode == 0, out.stderr[-3000:]
    compiled = json.loads(out.stdout.strip().splitlines()[-1])
    assert compiled and not any(compiled)


FIRST_REQUEST_DURING_WARM_UP = """
import asyncio, json
import sys, time
import function_app  # starts the warm-up thread
from shared_code.composition import get_container
while WAIT_FOR not in sys.modules:  # the request comes while the warm-up imports this
    time.sleep(0.001)
async def first_request():  # what the first summarize builds, while the warm-up imports the same stacks
    container = get_container()
    llm, anonymizer, _ = await container._parts()
    await container.close()
    return type(llm).__name__, type(anonymizer).__name__
print(json.dumps(asyncio.run(first_request())))
"""


@pytest.mark.parametrize(("workers", "wait_for"), [("1", "litellm"), ("thread", "spacy")],
                         ids=["worker-process", "thread"])  # what ``auto`` chooses on 2 CPUs and on one
def test_a_request_that_arrives_while_the_warm_up_loads_gets_its_llm_client_and_anonymiser(workers: str,
                                                                                           wait_for: str) -> None:
    """The first request comes while the warm-up imports LiteLLM (worker process: the app imports only
    LiteLLM) or spaCy (threads): it gets its LLM client and anonymiser, the warm-up goes on, and neither
    waits for ever on the other's lock (``shared_code.llm.loading.LOCK``, ``worker.get_engine``'s). The import
    race those locks prevent (a 500 on the first request, seen in CI) is reproduced deterministically by
    tests/test_concurrent_imports.py; here the timing is the app's own."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("ANONYMIZER_", "WARM_UP", "LLM_"))}
    for _ in range(3):  # the interleaving varies from run to run
        probe = f"WAIT_FOR = {wait_for!r}\n" + FIRST_REQUEST_DURING_WARM_UP
        executor = "process" if workers == "1" else "thread"
        out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=240,
                             env={**clean, "ANONYMIZER_EXECUTOR": executor, "ANONYMIZER_WORKERS": "1"})
        assert out.returncode == 0, out.stderr[-3000:]
        assert json.loads(out.stdout.strip().splitlines()[-1]) == ["LiteLLMClient", "PresidioAnonymizer"]
        assert "warm_up_failed" not in out.stderr
