"""The usage window (docs/api.md § Usage): parsing, UTC echo, and each 422 with its exact message and fields."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from shared_code.errors import RequestValidationError
from shared_code.usage.window import UNPARSEABLE_ISSUE, UsageWindow, format_utc, parse_window, window_from_query

UTC = timezone.utc


def _error(raw_from, raw_to) -> RequestValidationError:
    with pytest.raises(RequestValidationError) as info:
        parse_window(raw_from, raw_to)
    assert info.value.status == 422 and info.value.code == "validation_error"
    return info.value


def test_no_bounds_is_all_time():
    window = parse_window(None, None)
    assert window == UsageWindow(None, None)
    assert window.echo() == {"from": None, "to": None}


@pytest.mark.parametrize(("raw", "expected"), [
    ("2025-05-01T00:00:00Z", datetime(2025, 5, 1, tzinfo=UTC)),
    ("2025-05-01T02:30:00+02:00", datetime(2025, 5, 1, 0, 30, tzinfo=UTC)),
    ("2025-04-30T20:00:00-04:00", datetime(2025, 5, 1, tzinfo=UTC)),
    ("2025-05-01T00:00:00.250000+00:00", datetime(2025, 5, 1, 0, 0, 0, 250000, tzinfo=UTC)),
    ("2025-05-01 00:00:00+00:00", datetime(2025, 5, 1, tzinfo=UTC)),
    ("1746057600", datetime(2025, 5, 1, tzinfo=UTC)),
    ("1746057600.5", datetime(2025, 5, 1, 0, 0, 0, 500000, tzinfo=UTC)),
    ("0", datetime(1970, 1, 1, tzinfo=UTC)),
])
def test_accepted_forms_convert_to_utc(raw, expected):
    window = parse_window(raw, None)
    assert window.start == expected and window.start.utcoffset() == timedelta(0)


@pytest.mark.parametrize(("value", "text"), [
    (datetime(2025, 5, 1, tzinfo=UTC), "2025-05-01T00:00:00Z"),
    (datetime(2025, 5, 1, 2, 0, tzinfo=timezone(timedelta(hours=2))), "2025-05-01T00:00:00Z"),
    (datetime(2025, 5, 1, 0, 0, 0, 1, tzinfo=UTC), "2025-05-01T00:00:00.000001Z"),
    (datetime(2025, 5, 1, 0, 0, 0, 250000, tzinfo=UTC), "2025-05-01T00:00:00.250000Z"),
    (datetime(5, 1, 2, tzinfo=UTC), "0005-01-02T00:00:00Z"),
    (None, None),
])
def test_echo_format(value, text):
    assert format_utc(value) == text


def test_echo_of_a_parsed_window_is_utc_with_z():
    window = parse_window("2025-05-01T02:00:00+02:00", "1746144000")
    assert window.echo() == {"from": "2025-05-01T00:00:00Z", "to": "2025-05-02T00:00:00Z"}


@pytest.mark.parametrize("raw", ["2025-05-01", "2025-05-01T00:00:00", "2025-05-01 10:00"])
@pytest.mark.parametrize("name", ["from", "to"])
def test_naive_or_date_only_is_rejected_with_the_fixed_message(raw, name):
    error = _error(raw if name == "from" else None, raw if name == "to" else None)
    assert error.message == f"'{name}' must be timezone-aware"
    assert error.fields is None


@pytest.mark.parametrize("raw", ["yesterday", "", "2025-05-01T00:00:00 02:00", "2025-13-01T00:00:00Z",
                                 "1e9", "2025-05-01T24:00:00Z", "99999999999999999999", "0001-01-01T00:00:00+01:00"])
def test_unparseable_names_the_query_field(raw):
    error = _error(raw, None)
    assert error.message == "Request validation failed"
    assert error.fields == [{"field": "query.from", "issue": UNPARSEABLE_ISSUE}]
    error = _error(None, raw)
    assert error.fields == [{"field": "query.to", "issue": UNPARSEABLE_ISSUE}]


def test_unencoded_plus_decodes_to_a_space_and_fails():
    # "?from=2025-05-01T00:00:00+02:00" unencoded arrives as "... 02:00"
    assert _error("2025-05-01T00:00:00 02:00", None).fields[0]["field"] == "query.from"


def test_both_unparseable_are_reported_together():
    assert [f["field"] for f in _error("x", "y").fields] == ["query.from", "query.to"]


def test_unparseable_wins_over_naive_and_from_is_checked_before_to():
    assert _error("2025-05-01", "nope").fields == [{"field": "query.to", "issue": UNPARSEABLE_ISSUE}]
    assert _error("2025-05-01", "2025-05-02").message == "'from' must be timezone-aware"


@pytest.mark.parametrize(("raw_from", "raw_to"), [
    ("2025-05-01T00:00:00Z", "2025-05-01T00:00:00Z"),
    ("2025-05-01T00:00:00Z", "2025-04-30T23:59:59Z"),
    ("2025-05-01T02:00:00+02:00", "2025-05-01T00:00:00Z"),  # equal instants in different offsets
    ("1746057600", "1746057600"),
])
def test_to_must_be_strictly_greater(raw_from, raw_to):
    error = _error(raw_from, raw_to)
    assert error.message == "'to' must be strictly greater than 'from'"
    assert error.fields is None


def test_one_microsecond_apart_is_a_valid_window():
    window = parse_window("2025-05-01T00:00:00Z", "2025-05-01T00:00:00.000001Z")
    assert window.end - window.start == timedelta(microseconds=1)


def test_query_mapping_ignores_unknown_parameters():
    window = window_from_query({"from": "1746057600", "tenant": "x", "page": "2"})
    assert window == UsageWindow(datetime(2025, 5, 1, tzinfo=UTC), None)
