"""The anonymiser's worker process under the platform's own runtime (ANONYMIZER_EXECUTOR=process, what
``auto`` picks on two CPUs or more): the worker is a plain interpreter, not a multiprocessing child, so it
never re-imports the runtime's entry script, and it dies with the runtime's worker process."""

from __future__ import annotations

import os
import signal

import psutil
import pytest

from tests.runtime.conftest import app_env, bearer
from tests.runtime.host import RuntimeHost
from tests.runtime.test_runtime_functions import PII_TEXT, PII_VALUES, sent_to_llm

pytestmark = pytest.mark.slow


def test_summarize_anonymises_in_the_worker_process_and_no_process_outlives_the_runtime(llm, responder, pg_database):
    env = {**app_env(llm.url, pg_database), "ANONYMIZER_EXECUTOR": "process", "ANONYMIZER_WORKERS": "1"}
    with RuntimeHost(env) as host:
        resp = host.call("POST", "/v1/summarize", headers=bearer(),
                         json={"feedback_record": {"id": "fb-w", "content": PII_TEXT}})
        assert (resp.function, resp.status) == ("summarize", 200), resp.body
        assert "John Smith" in resp.json()["summary"]
        assert [v for v in PII_VALUES if v in sent_to_llm(llm)] == []
        (child,) = psutil.Process(host.proc.pid).children(recursive=True)  # the worker; no resource tracker
        assert child.cmdline()[1:3] == ["-c", "from shared_code.anonymization.worker_process import main; main()"]
        os.kill(host.proc.pid, signal.SIGKILL)
        host.proc.wait(timeout=10)
        gone, alive = psutil.wait_procs([child], timeout=15)
        for process in alive:
            process.kill()
        assert alive == []
