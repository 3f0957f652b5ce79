"""Parsing the usage window ``[from, to)`` of ``/v1/usage*`` and the ops CLI (docs/api.md § Usage). Pure functions.

Values are ISO-8601 datetimes with an explicit offset (``Z`` included) or Unix epoch seconds (UTC,
fractions allowed). Errors, in this order:

* a value that parses as neither → 422 ``validation_error`` with ``fields``
  ``[{"field": "query.from", "issue": …}]`` (both parameters reported together);
* a naive datetime or a bare date → 422 ``'from' must be timezone-aware`` (``'to'`` likewise; ``fields`` null);
* both given and ``to <= from`` → 422 ``'to' must be strictly greater than 'from'`` (``fields`` null).

An unencoded ``+`` in a query string arrives as a space (``…T10:00:00 01:00``) and is unparseable.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation

from shared_code.domain.usage import UsageWindow, format_utc
from shared_code.errors import RequestValidationError

_EPOCH_RE = re.compile(r"^-?[0-9]+(?:\.[0-9]+)?$")
_EPOCH_ZERO = datetime(1970, 1, 1, tzinfo=timezone.utc)
UNPARSEABLE_ISSUE = (
    "Input should be a valid datetime: an ISO-8601 datetime with an offset (e.g. 2025-05-01T00:00:00Z) "
    "or Unix epoch seconds"
)


def _from_epoch(text: str) -> datetime | None:
    try:
        seconds = Decimal(text)
        micros = int((seconds * 1_000_000).to_integral_value())
        return _EPOCH_ZERO + timedelta(microseconds=micros)
    except (InvalidOperation, OverflowError, ValueError):
        return None


def _parse_one(text: str) -> datetime | str | None:
    """A UTC datetime; the string ``"naive"`` for a valid value without an offset; None if unparseable."""
    if _EPOCH_RE.match(text):
        return _from_epoch(text)
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    if value.tzinfo is None or value.utcoffset() is None:
        return "naive"
    try:
        return value.astimezone(timezone.utc)
    except (OverflowError, ValueError):  # e.g. 0001-01-01T00:00+01:00 falls before year 1
        return None


def parse_window(raw_from: str | None, raw_to: str | None, *, source: str = "query") -> UsageWindow:
    """Validate the raw ``from`` / ``to`` values (None = not given); raise 422 as described above."""
    parsed: dict[str, datetime | str | None] = {}
    issues = []
    for name, raw in (("from", raw_from), ("to", raw_to)):
        if raw is None:
            parsed[name] = None
            continue
        value = _parse_one(raw)
        if value is None:
            issues.append({"field": f"{source}.{name}", "issue": UNPARSEABLE_ISSUE})
        parsed[name] = value
    if issues:
        raise RequestValidationError(fields=issues)
    for name in ("from", "to"):
        if parsed[name] == "naive":
            raise RequestValidationError(f"'{name}' must be timezone-aware")
    start, end = parsed["from"], parsed["to"]
    assert not isinstance(start, str) and not isinstance(end, str)
    if start is not None and end is not None and end <= start:
        raise RequestValidationError("'to' must be strictly greater than 'from'")
    return UsageWindow(start, end)


def window_from_query(query: dict[str, str] | None, *, source: str = "query") -> UsageWindow:
    """:func:`parse_window` over a query mapping (other parameters are ignored)."""
    query = query or {}
    return parse_window(query.get("from"), query.get("to"), source=source)
