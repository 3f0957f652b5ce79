"""Concurrent first requests through azure-functions-runtime: the host sends several InvocationRequests
before any answer, the runtime runs them as concurrent tasks on its one event loop, and the app's lazy
start-up (settings, anonymiser, LLM client, database pool) must serve all of them without mixing them up."""

from __future__ import annotations

import re

from tests.runtime.conftest import app_env, bearer
from tests.runtime.host import RuntimeHost
from tests.support.llm_responders import EchoResponder

COUNT = 6
RECORD_ID = re.compile(r'<feedback_record id="(r\d)">')


def record(i: int) -> str:
    return f"The queue at the clinic took {i + 1} hours and the water point was broken."


def test_concurrent_first_requests_all_succeed_overlap_and_stay_apart(llm, pg_database):
    llm.reset()
    llm.responder = EchoResponder()
    llm.default_latency = 1.0  # each LLM call stays open long enough for the others to start
    calls = [("POST", "/v1/summarize", {"headers": bearer(), "json": {"feedback_record": {"id": f"r{i}",
                                                                                          "content": record(i)}}})
             for i in range(COUNT)]
    with RuntimeHost(app_env(llm.url, pg_database)) as host:
        responses = host.call_many([("GET", "/v1/health", {}), *calls])
    assert [r.status for r in responses] == [200] * (COUNT + 1), [r.body[:200] for r in responses]
    assert [r.json()["id"] for r in responses[1:]] == [f"r{i}" for i in range(COUNT)]
    assert len({r.header("x-request-id") for r in responses}) == COUNT + 1
    assert llm.request_count == 2 * COUNT  # summary + judge each
    assert llm.peak_in_flight > 1  # the invocations ran concurrently, not one after another
    for request in llm.requests:  # every prompt carries exactly its own record
        (record_id,) = RECORD_ID.findall(request.user)
        assert record(int(record_id[1:])) in request.user
