"""Plain-text tables for the ops CLI (``python -m shared_code.cli``). Pure functions, no I/O."""

from __future__ import annotations

from typing import Any, Sequence

USAGE_COLUMNS = ("", "INVOCATIONS", "FAILED", "LLM CALLS", "FAILED CALLS", "COST USD", "AVG MS", "P95 MS",
                 "IN TOKENS", "OUT TOKENS")


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], *, right: Sequence[int] = ()) -> str:
    """Columns padded to their widest cell; the columns in ``right`` are right-aligned."""
    cells = [list(headers)] + [[_text(v) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if i in right else v.ljust(w) for i, (v, w) in enumerate(zip(values, widths))]
        return "  ".join(parts).rstrip()

    out = [line(cells[0]), line(["-" * w for w in widths])]
    out += [line(row) for row in cells[1:]]
    return "\n".join(out)


def _text(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def usage_row(label: str, block: dict[str, Any]) -> list[Any]:
    calls = block["llm_call_stats"]
    return [
        label, block["total_calls"], block["failed_calls"], calls["total_calls"], calls["failed_calls"],
        f"{block['total_cost_usd']:.6f}", f"{block['call_duration']['avg']:.1f}",
        f"{block['call_duration']['p95']:.1f}", block["input_tokens"]["total"], block["output_tokens"]["total"],
    ]


def usage_table(rows: list[list[Any]], first_header: str) -> str:
    headers = (first_header,) + USAGE_COLUMNS[1:]
    return table(headers, rows, right=range(1, len(headers)))


def window_line(body: dict[str, Any]) -> str:
    start, end = body.get("from"), body.get("to")
    return f"Usage from {start or 'the beginning'} to {end or 'now'} (UTC; from inclusive, to exclusive)"


def usage_report(body: dict[str, Any], by: str | None) -> str:
    """The table for ``usage``: ``by`` is ``tenant``, ``operation``, ``own`` (one tenant) or None (both)."""
    if by == "own":
        rows = [usage_row(op["operation"], op) for op in body["operations"]]
        rows.append(usage_row("TOTAL", body))
        return f"{window_line(body)}\nTenant {body['tenant_id']}\n\n{usage_table(rows, 'OPERATION')}"
    if by == "operation":
        rows = [usage_row(op["operation"], op) for op in body["operations"]]
        rows.append(usage_row("TOTAL", body["total"]))
        return f"{window_line(body)}\n\n{usage_table(rows, 'OPERATION')}"
    rows = []
    for tenant in body["tenants"]:
        rows.append(usage_row(tenant["tenant_id"], tenant))
        if by is None:
            rows += [usage_row("  " + op["operation"], op) for op in tenant["operations"]]
    rows.append(usage_row("TOTAL", body["total"]))
    if by is None:
        rows += [usage_row("  " + op["operation"], op) for op in body["total"]["operations"]]
    return f"{window_line(body)}\n\n{usage_table(rows, 'TENANT / OPERATION' if by is None else 'TENANT')}"
