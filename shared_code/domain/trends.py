"""``coding_trends`` (docs/api.md § POST /v1/analyze-bulk): deterministic counts of labels per period, no LLM."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Iterable, Mapping

_MONTH = re.compile(r"^(\d{4})-(\d{2})")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def bucket(created: str | None, period: str) -> str | None:
    text = (created or "").strip()
    if period == "month":
        m = _MONTH.match(text)
        return f"{m.group(1)}-{m.group(2)}" if m else None
    m = _DAY.match(text)
    if not m:
        return None
    if period == "day":
        return m.group(0)
    try:
        year, week, _ = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isocalendar()
    except ValueError:
        return None
    return f"{year:04d}-W{week:02d}"


def labels_of(metadata: Mapping[str, object], fields: Iterable[str]) -> list[str]:
    found = []
    for name in fields:
        value = metadata.get(name)
        if isinstance(value, str):
            found.extend(part.strip() for part in value.split(",") if part.strip())
    return found


def coding_trends(
    metadatas: Iterable[Mapping[str, object]], period: str, code_fields: Iterable[str]
) -> dict | None:
    fields = list(code_fields)
    periods: set[str] = set()
    counts: Counter[tuple[str, str]] = Counter()
    for meta in metadatas:
        created = meta.get("created")
        b = bucket(created if isinstance(created, str) else None, period)
        if b is None:
            continue
        periods.add(b)
        for label in labels_of(meta, fields):
            counts[(label, b)] += 1
    if not periods:
        return None
    cells = [{"code": code, "period": p, "count": n} for (code, p), n in sorted(counts.items())]
    return {"periods": sorted(periods), "cells": cells}


def trends_csv(trends: dict | None) -> str:
    """The grid the reduce step sees: ``code,<p1>,<p2>…`` with zeros filled."""
    if not trends:
        return ""
    periods = trends["periods"]
    grid: dict[str, dict[str, int]] = {}
    for cell in trends["cells"]:
        grid.setdefault(cell["code"], {})[cell["period"]] = cell["count"]
    rows = [",".join(["code", *periods])]
    rows += [",".join([code, *(str(grid[code].get(p, 0)) for p in periods)]) for code in sorted(grid)]
    return "\n".join(rows)
