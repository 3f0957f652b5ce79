"""Usage reads its own writes (issue 13 item 7): the usage endpoints flush this instance's buffer first.

The buffer's background flush is pushed out of reach (a 10-minute interval, batches of 500), so only
the endpoint's own flush can make the calls visible."""

from __future__ import annotations

import httpx
import pytest

from tests.http.conftest import ADMIN_KEY, app_env, auth

CALLS = 10


@pytest.fixture(scope="module")
def slow_flush_app(llm, pg_database, devhost_factory):
    return devhost_factory(app_env(llm.url, pg_database, USAGE_FLUSH_INTERVAL_SECONDS="600",
                                   USAGE_FLUSH_BATCH_ROWS="500", RATE_LIMIT_PER_MINUTE="0"))


def test_usage_endpoints_see_the_calls_just_made(slow_flush_app, llm, responder):
    body = {"feedback_record": {"id": "r", "content": "The tap broke and we waited for hours."}}
    for _ in range(CALLS):
        resp = httpx.post(slow_flush_app.url + "/v1/summarize", json=body, headers=auth(), timeout=60)
        assert resp.status_code == 200, resp.text
    own = httpx.get(slow_flush_app.url + "/v1/usage", headers=auth(), timeout=30).json()
    assert own["total_calls"] == CALLS
    assert own["llm_call_stats"]["total_calls"] >= CALLS
    by_op = httpx.get(slow_flush_app.url + "/v1/usage/all/by-operation", headers=auth(ADMIN_KEY), timeout=30).json()
    assert [(o["operation"], o["total_calls"]) for o in by_op["operations"]] == [("summarize", CALLS)]
