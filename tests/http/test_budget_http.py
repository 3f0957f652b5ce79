"""Tenant budgets over real HTTP (issue 17 item 3): two dev hosts sharing one PostgreSQL, the fake LLM.

Spend comes from the usage rows, so what one instance spends counts on the other; at 100 % both refuse
with 429 ``budget_exceeded`` before any LLM call; at 80 % a warning is logged once per tenant and month.
"""

from __future__ import annotations

import httpx
import pytest

from tests.http.conftest import ADMIN_KEY, app_env, auth

BODY = {"feedback_record": {"id": "b", "content": "The clinic queue took four hours."}}
BUDGET = "/v1/admin/tenants/tenant-a/budget"
# 1e-6 USD per input token: an expensive call costs 0.0041 USD, a cheap one 0.0001 (summarize makes 2 calls)
EXPENSIVE = {"prompt_tokens": 4100, "completion_tokens": 0, "total_tokens": 4100}
CHEAP = {"prompt_tokens": 100, "completion_tokens": 0, "total_tokens": 100}


@pytest.fixture(scope="module")
def two_apps(llm, pg_database, devhost_factory):
    env = app_env(llm.url, pg_database, BUDGET_SPEND_CACHE_SECONDS="0")
    return devhost_factory(env), devhost_factory(env)


def post(app, key=None):
    return httpx.post(app.url + "/v1/summarize", json=BODY, headers=auth(key) if key else auth(), timeout=60)


def flush(app):
    """GET /v1/usage writes this instance's buffered usage rows before reading."""
    return httpx.get(app.url + "/v1/usage", headers=auth(), timeout=30).json()


def admin(app, method, json=None):
    return httpx.request(method, app.url + BUDGET, json=json, headers=auth(ADMIN_KEY), timeout=30)


def test_budget_admin_routes(two_apps):
    a, _b = two_apps
    assert admin(a, "GET").status_code == 404
    assert admin(a, "DELETE").status_code == 404
    assert admin(a, "PUT", {"monthly_budget_usd": 0}).status_code == 422
    for bad in ("lots", "12", True, None):  # a JSON number only
        assert admin(a, "PUT", {"monthly_budget_usd": bad}).status_code == 422, bad
    put = admin(a, "PUT", {"monthly_budget_usd": 1000.004})
    assert put.status_code == 200, put.text
    view = put.json()
    assert view["tenant_id"] == "tenant-a" and view["monthly_budget_usd"] == 1000.0
    assert view["resets_at"].endswith("-01T00:00:00Z") and view["month_start"].endswith("-01T00:00:00Z")
    assert httpx.get(a.url + BUDGET, headers=auth(), timeout=30).status_code == 403
    long_id = httpx.get(a.url + "/v1/admin/tenants/" + "x" * 300 + "/budget", headers=auth(ADMIN_KEY), timeout=30)
    assert long_id.status_code == 422
    assert admin(a, "DELETE").status_code == 204
    assert admin(a, "GET").status_code == 404


def test_a_budget_reached_on_one_instance_refuses_on_both_before_any_llm_call(two_apps, llm, responder):
    a, b = two_apps
    llm.script(usage=EXPENSIVE, times=2)
    assert post(b).status_code == 200
    assert flush(b)["total_cost_usd"] == pytest.approx(0.0082)
    assert admin(a, "PUT", {"monthly_budget_usd": 0.0045}).status_code == 422  # below a cent
    assert admin(a, "PUT", {"monthly_budget_usd": 0.01}).status_code == 200
    llm.script(usage=CHEAP, times=None)
    for _ in range(2):  # 82 %, then 84 %: served, one warning per tenant and month in this instance
        assert post(a).status_code == 200
        flush(a)
    assert a.logs().count("event=budget_warning") == 1 and "event=budget_warning" not in b.logs()
    llm.clear_script()
    llm.script(usage=EXPENSIVE, times=2)
    assert post(a).status_code == 200  # 86 %: still under the budget, so served (spend 0.0168 after it)
    flush(a)
    budget = flush(b)["budget"]
    assert budget["month_spend_usd"] == pytest.approx(0.0168) and budget["monthly_budget_usd"] == 0.01
    assert budget["used_percent"] == pytest.approx(168)
    everyone = httpx.get(b.url + "/v1/usage/all/by-tenant", headers=auth(ADMIN_KEY), timeout=30).json()["budgets"]
    assert [(v["tenant_id"], v["monthly_budget_usd"]) for v in everyone] == [("tenant-a", 0.01)]
    assert everyone[0]["month_spend_usd"] == pytest.approx(0.0168)
    calls = llm.request_count
    for app in (a, b):
        refused = post(app)
        assert refused.status_code == 429, refused.text
        error = refused.json()["error"]
        assert error["code"] == "budget_exceeded" and budget["resets_at"] in error["message"]
        assert int(refused.headers["retry-after"]) > 0
    assert llm.request_count == calls  # refused before any LLM call
    assert post(a, ADMIN_KEY).status_code == 200  # other tenants are not affected
    assert admin(b, "DELETE").status_code == 204
    assert post(a).status_code == 200  # no budget: served again


def test_deleting_a_tenant_deletes_its_budget(two_apps):
    a, _b = two_apps
    tenant = httpx.post(a.url + "/v1/admin/tenants", json={"tenant_name": "T"}, headers=auth(ADMIN_KEY), timeout=30)
    path = f"/v1/admin/tenants/{tenant.json()['tenant_id']}"
    assert httpx.put(a.url + path + "/budget", json={"monthly_budget_usd": 5}, headers=auth(ADMIN_KEY),
                     timeout=30).status_code == 200
    assert httpx.delete(a.url + path, headers=auth(ADMIN_KEY), timeout=30).status_code == 204
    assert httpx.get(a.url + path + "/budget", headers=auth(ADMIN_KEY), timeout=30).status_code == 404
