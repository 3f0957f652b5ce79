"""One logical LLM call's account (attempts, tokens, cost) and its single record + log line.

Every logical call that reached the provider emits exactly one :class:`LLMCallRecord` to the sinks
and one ``event=llm_call`` log line. Sinks cannot break a call: their exceptions are caught and
logged (class only). Messages and output are never logged.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timezone
from typing import Sequence

from shared_code.ports import LLMCallRecord, LLMCallSink

log = logging.getLogger("qfa.llm")


class CallAccount:
    """Accumulates what one logical call (retries and repair included) used."""

    __slots__ = ("call_kind", "model", "started_at", "_started", "attempts", "input_tokens", "output_tokens",
                 "_cost", "_cost_unknown", "provider_status")

    def __init__(self, call_kind: str, model: str) -> None:
        self.call_kind, self.model = call_kind, model
        self.started_at = datetime.now(timezone.utc)
        self._started = time.perf_counter()
        self.attempts = self.input_tokens = self.output_tokens = 0
        self._cost: float | None = None
        self._cost_unknown = False
        self.provider_status: int | None = None

    def add_usage(self, input_tokens: int, output_tokens: int, cost: float | None) -> None:
        self.input_tokens += input_tokens
        self.output_tokens += output_tokens
        if cost is None:
            self._cost_unknown = True
        else:
            self._cost = (self._cost or 0.0) + cost

    @property
    def cost_usd(self) -> float | None:
        """Summed provider cost; None when nothing was priced or any priced part was unknown."""
        return None if self._cost_unknown else self._cost

    @property
    def duration_ms(self) -> int:
        return int(round((time.perf_counter() - self._started) * 1000))

    def context(self) -> dict[str, object]:
        """Keyword context for an :class:`shared_code.errors.LLMError`."""
        return {"attempts": self.attempts, "input_tokens": self.input_tokens,
                "output_tokens": self.output_tokens, "cost_usd": self.cost_usd}

    def to_record(self, status: str, error_class: str | None = None,
                  provider_status: int | None = None) -> LLMCallRecord:
        return LLMCallRecord(
            call_kind=self.call_kind, model=self.model, started_at=self.started_at,
            duration_ms=self.duration_ms, attempts=self.attempts, input_tokens=self.input_tokens,
            output_tokens=self.output_tokens, cost_usd=self.cost_usd, status=status,
            error_class=error_class, provider_status=provider_status,
        )


class CallReporter:
    """Delivers records to the sinks and writes the ``llm_call`` log line."""

    def __init__(self, sinks: Sequence[LLMCallSink] = ()) -> None:
        self.sinks = tuple(sinks)

    def emit(self, record: LLMCallRecord, *, level: int | None = None) -> None:
        for sink in self.sinks:
            try:
                sink.record(record)
            except Exception as exc:  # noqa: BLE001 - a sink must never break the call
                log.error("event=llm_sink_failed sink=%s error_class=%s", type(sink).__name__, type(exc).__name__)
        if level is None:
            level = logging.INFO if record.status == "ok" else logging.WARNING
        if log.isEnabledFor(level):
            log.log(
                level,
                "event=llm_call call_kind=%s model=%s status=%s attempts=%d duration_ms=%d input_tokens=%d "
                "output_tokens=%d cost=%s error_class=%s provider_status=%s",
                record.call_kind, record.model, record.status, record.attempts, record.duration_ms,
                record.input_tokens, record.output_tokens,
                "none" if record.cost_usd is None else f"{record.cost_usd:.8f}",
                record.error_class or "none", record.provider_status if record.provider_status is not None else "none",
            )
