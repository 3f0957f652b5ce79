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
import subprocess
import time
from pathlib import Path

import pytest

from tests.http.conftest import ADMIN_KEY, app_env

ROOT = Path(__file__).resolve().parents[2]
SEED = 13
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


def run_report(report_path: Path) -> dict[str, int]:
    """Requests and operations from schemathesis' NDJSON event stream."""
    requests, operations = 0, set()
    for line in report_path.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        for name, body in event.items():
            if name == "ScenarioFinished":
                recorder = body.get("recorder", {})
                requests += len(recorder.get("interactions", {}))
                label = body.get("label")
                if label:
                    operations.add(label)
    return {"requests": requests, "operations": len(operations)}


def test_schemathesis_finds_nothing(fuzz_app, llm, responder, tmp_path):
    report = tmp_path / "events.ndjson"
    command = [
        find_schemathesis(), "run", f"{fuzz_app.url}/openapi.json",
        "--seed", str(SEED), "--max-time", str(MAX_TIME_SECONDS), "--max-examples", str(MAX_EXAMPLES),
        "--workers", "1", "--request-timeout", "60", "--no-shrink", "--wait-for-schema", "30",
        "-H", f"Authorization: Bearer {ADMIN_KEY}",
        "--report", "ndjson", "--report-ndjson-path", str(report),
    ]
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, timeout=MAX_TIME_SECONDS * 4,
                          env={**os.environ, "NO_COLOR": "1", "SCHEMATHESIS_HOOKS": ""})
    seconds = round(time.monotonic() - started, 1)
    (tmp_path / "schemathesis.out").write_text(done.stdout + done.stderr, encoding="utf-8")
    print(f"schemathesis output: {tmp_path / 'schemathesis.out'}")
    size = run_report(report)
    print(json.dumps({"fuzzing": {**size, "seconds": seconds, "exit_code": done.returncode, "seed": SEED}}))
    assert done.returncode == 0, done.stdout[-12000:] + done.stderr[-3000:]
    assert size["operations"] >= 17 and size["requests"] > 0, size
