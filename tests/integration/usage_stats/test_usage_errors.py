"""Usage service checks in order (docs/api.md § Usage): tracking enabled → window → read (DB failure → 503)."""

from __future__ import annotations

import socket

import pytest

from shared_code.errors import RequestValidationError, UsageBackendUnavailableError, UsageTrackingDisabledError

BAD_WINDOW = {"from": "2025-05-02T00:00:00Z", "to": "2025-05-01T00:00:00Z"}


def closed_port_dsn() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"postgresql://postgres@127.0.0.1:{port}/qfa"


def calls(stats, query):
    return [lambda: stats.tenant_usage("tenant-a", query), lambda: stats.usage_by_tenant(query),
            lambda: stats.usage_by_operation(query)]


@pytest.mark.parametrize("query", [{}, BAD_WINDOW])
async def test_tracking_off_is_503_before_the_window_is_looked_at(pg_database, stats_factory, query):
    for call in calls(stats_factory(pg_database, usage_tracking="off"), query):
        with pytest.raises(UsageTrackingDisabledError) as info:
            await call()
        assert info.value.status == 503 and info.value.code == "usage_tracking_disabled"
        assert info.value.message == "Usage tracking is disabled on this deployment"


async def test_tracking_on_without_a_database_is_disabled(stats_factory):
    for call in calls(stats_factory(None, usage_tracking="on"), {}):
        with pytest.raises(UsageTrackingDisabledError):
            await call()


async def test_unreachable_database_is_503_usage_backend_unavailable(stats_factory):
    stats = stats_factory(closed_port_dsn(), db_connect_timeout_seconds=2)
    for call in calls(stats, {"from": "2025-05-01T00:00:00Z"}):
        with pytest.raises(UsageBackendUnavailableError) as info:
            await call()
        assert info.value.status == 503 and info.value.code == "usage_backend_unavailable"
        assert info.value.headers == {"Retry-After": "5"}
        assert info.value.message == "Usage backend is temporarily unavailable"


async def test_window_errors_come_before_the_read(stats_factory):
    for call in calls(stats_factory(closed_port_dsn()), BAD_WINDOW):
        with pytest.raises(RequestValidationError) as info:
            await call()
        assert info.value.message == "'to' must be strictly greater than 'from'"


async def test_missing_tables_are_a_usage_backend_failure_not_a_500(pg_empty_database, stats_factory):
    with pytest.raises(UsageBackendUnavailableError):
        await stats_factory(pg_empty_database).usage_by_operation({})


async def test_tracking_can_be_bypassed_for_the_ops_cli(pg_database, stats_factory):
    body = await stats_factory(pg_database, usage_tracking="off").usage_by_tenant({}, enforce_tracking=False)
    assert body["tenants"] == [] and body["total"]["total_calls"] == 0
