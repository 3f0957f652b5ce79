"""Schema-driven fuzzing (issue 13 item 4): schemathesis against the app served by the dev host, with the
fake LLM and a real PostgreSQL. Fixed seed, every operation of /openapi.json, schemathesis' default
checks, a bounded time budget; any finding fails the suite.

schemathesis pins libraries of its own (hypothesis, pytest), so it lives in its own virtualenv
(.venv-schemathesis, from requirements-fuzz.txt; `make test` builds it). It is looked up as
$QFA_SCHEMATHESIS, then <repo>/.venv-schemathesis/bin/schemathesis. Missing, the test fails (never skips).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from pathlib import Path

import pytest

from tests.http.conftest import ADMIN_KEY, app_env

ROOT = Path(__file__).resolve().parents[2]
SEED = 13
# A floor that proves the run was not trivial: ~2,200 requests fit the budget on an idle 2-core machine,
# ~550 when other jobs hold both cores; fewer than this means the fuzzer barely ran.
MIN_REQUESTS = 400
MAX_TIME_SECONDS = 60  # the fuzzing budget; the whole test takes about this plus the dev host's start
MAX_EXAMPLES = 25  # per operation and phase


def find_schemathesis() -> str:
    for candidate in (os.environ.get("QFA_SCHEMATHESIS", ""), str(ROOT / ".venv-schemathesis" / "bin" / "schemathesis")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise AssertionError("schemathesis not found: run `make fuzz-venv` (installs requirements-fuzz.txt into "
                         ".venv-schemathesis) or set QFA_SCHEMATHESIS to the schemathesis executable")


@pytest.fixture(scope="module")
def fuzz_app(llm, pg_database, devhost_factory):
    # No tenant rate limit: the fuzzer's request rate is not what is under test.
    return devhost_factory(app_env(llm.url, pg_database, RATE_LIMIT_PER_MINUTE="0", MAX_BULK_RECORDS="20"))


def operations_tested(report_path: Path) -> list[str]:
    """The operations schemathesis ran scenarios for, from its NDJSON event stream."""
    labels = set()
    for line in report_path.read_text(encoding="utf-8").splitlines():
        finished = json.loads(line).get("ScenarioFinished")
        if finished and finished.get("recorder", {}).get("label", "").split(" ")[0] in ("GET", "POST", "PUT", "DELETE"):
            labels.add(finished["recorder"]["label"])
    return sorted(labels)


def served_requests(host) -> int:
    """Requests the app answered so far: one ``event=request`` line each."""
    return host.logs().count("event=request ")


def test_schemathesis_finds_nothing(fuzz_app, llm, responder, tmp_path):
    report = tmp_path / "events.ndjson"
    command = [
        find_schemathesis(), "--config-file", str(Path(__file__).with_name("schemathesis.toml")), "run",
        f"{fuzz_app.url}/openapi.json",
        "--seed", str(SEED), "--max-time", str(MAX_TIME_SECONDS), "--max-examples", str(MAX_EXAMPLES),
        "--workers", "1", "--request-timeout", "60", "--no-shrink", "--wait-for-schema", "30",
        "-H", f"Authorization: Bearer {ADMIN_KEY}",
        "--report", "ndjson", "--report-ndjson-path", str(report),
    ]
    before = served_requests(fuzz_app)
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, timeout=MAX_TIME_SECONDS * 4,
                          env={**os.environ, "NO_COLOR": "1"})
    seconds = round(time.monotonic() - started, 1)
    (tmp_path / "schemathesis.out").write_text(done.stdout + done.stderr, encoding="utf-8")
    tested = operations_tested(report)
    generated = re.search(r"([0-9]+) generated", done.stdout)
    size = {"requests": served_requests(fuzz_app) - before, "test_cases": int(generated.group(1)) if generated else 0,
            "operations": len(tested), "seconds": seconds, "seed": SEED, "exit_code": done.returncode}
    print(json.dumps({"fuzzing": size}))
    assert done.returncode == 0, done.stdout[-12000:] + done.stderr[-3000:]
    # every operation but GET /openapi.json, which schemathesis loads rather than tests
    assert len(tested) == len(documented_operations(fuzz_app)) - 1 and size["requests"] > MIN_REQUESTS, (tested, size)


def documented_operations(host) -> list[str]:
    import httpx

    spec = httpx.get(host.url + "/openapi.json").json()
    return [f"{m.upper()} {p}" for p, methods in spec["paths"].items() for m in methods]
