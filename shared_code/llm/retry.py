"""Deadline arithmetic and the retry loop for one run of provider attempts (docs/pipeline.md § LLM calls).

- Before each attempt: time left = deadline − now − 1 s; below ``LLM_MIN_ATTEMPT_SECONDS`` no
  attempt starts (:class:`DeadlineExceeded`).
- Attempt timeout = min(``LLM_TIMEOUT_SECONDS``, time left).
- Retries (tenacity) on timeouts, 408, 429, 5xx and connection errors, up to ``max_attempts``;
  full-jitter exponential back-off ``uniform(0, min(cap, base·2^(n−1)))``; ``Retry-After`` is a
  minimum wait. A sleep never ends later than the last moment another attempt could start; when the
  provider's ``Retry-After`` does not fit before that moment, or no time is left, retrying stops at
  once and the failure is marked ``deadline_stop``.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, TypeVar

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception

from shared_code.llm.provider_errors import ProviderFailure

R = TypeVar("R")
Sleep = Callable[[float], Awaitable[None]]
log = logging.getLogger("qfa.llm")

DEADLINE_MARGIN_SECONDS = 1.0  # the "− 1 s" kept back for the response to travel
SLEEP_SAFETY_SECONDS = 0.02  # a back-off sleep ends this much before the last possible start


class DeadlineExceeded(Exception):
    """Not enough time is left to start a provider attempt."""


class AttemptFailed(Exception):
    """One provider attempt failed; carries only the sanitised :class:`ProviderFailure`."""

    def __init__(self, failure: ProviderFailure) -> None:
        super().__init__(failure.kind)
        self.failure = failure
        self.deadline_stop = False


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_attempts: int
    base_seconds: float
    max_wait_seconds: float
    timeout_seconds: float
    min_attempt_seconds: float
    sleep: Sleep = asyncio.sleep
    """How a back-off waits: the event loop's sleep (a caller with its own clock passes its own)."""

    @classmethod
    def from_settings(cls, settings: object, *, sleep: Sleep = asyncio.sleep) -> "RetryPolicy":
        return cls(max_attempts=settings.llm_max_attempts, base_seconds=settings.llm_retry_base_seconds,
                   max_wait_seconds=settings.llm_retry_max_wait_seconds,
                   timeout_seconds=settings.llm_timeout_seconds,
                   min_attempt_seconds=settings.llm_min_attempt_seconds, sleep=sleep)

    def backoff(self, attempt_number: int) -> float:
        """Full-jitter exponential back-off after failed attempt ``attempt_number`` (1-based)."""
        ceiling = min(self.max_wait_seconds, self.base_seconds * (2 ** min(attempt_number - 1, 30)))
        return random.uniform(0.0, max(0.0, ceiling))


class DeadlineWindow:
    """The absolute monotonic deadline of one logical call and what it allows."""

    def __init__(self, deadline: float, policy: RetryPolicy, clock: Callable[[], float] = time.monotonic):
        self.deadline, self.policy, self.clock = deadline, policy, clock

    def time_left(self) -> float:
        return self.deadline - self.clock() - DEADLINE_MARGIN_SECONDS

    def can_start(self) -> bool:
        return self.time_left() >= self.policy.min_attempt_seconds

    def wait_budget(self) -> float:
        """Seconds one may wait (limiter, back-off) and still start an attempt afterwards."""
        return self.time_left() - self.policy.min_attempt_seconds

    def attempt_timeout(self) -> float:
        return max(0.0, min(self.policy.timeout_seconds, self.time_left()))

    def ensure_can_start(self) -> float:
        """The attempt timeout, or :class:`DeadlineExceeded` when no attempt may start."""
        if not self.can_start():
            raise DeadlineExceeded()
        return self.attempt_timeout()


class RetryRunner:
    """Runs ``attempt(timeout)`` under the policy. ``attempt`` raises :class:`AttemptFailed`."""

    def __init__(self, window: DeadlineWindow, *, call_kind: str, max_attempts: int | None = None) -> None:
        self.window = window
        self.call_kind = call_kind
        self.max_attempts = max(1, max_attempts or window.policy.max_attempts)

    async def run(self, attempt: Callable[[float], Awaitable[R]]) -> R:
        retrying = AsyncRetrying(
            retry=retry_if_exception(lambda e: isinstance(e, AttemptFailed) and e.failure.retryable),
            wait=self._wait, stop=self._stop, before_sleep=self._log_retry, sleep=self.window.policy.sleep,
            reraise=True,
        )
        async for state in retrying:
            with state:
                return await attempt(self.window.ensure_can_start())
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait(self, rs: RetryCallState) -> float:
        """The back-off before the next attempt; ``inf`` when the next attempt cannot start in time."""
        failure: ProviderFailure = rs.outcome.exception().failure
        budget = self.window.wait_budget() - SLEEP_SAFETY_SECONDS
        minimum = failure.retry_after or 0.0
        if budget < 0 or minimum > budget:
            return float("inf")
        return min(max(self.window.policy.backoff(rs.attempt_number), minimum), budget)

    def _stop(self, rs: RetryCallState) -> bool:
        if rs.attempt_number >= self.max_attempts:
            return True
        if rs.upcoming_sleep == float("inf"):
            rs.outcome.exception().deadline_stop = True
            return True
        return False

    def _log_retry(self, rs: RetryCallState) -> None:
        failure: ProviderFailure = rs.outcome.exception().failure
        log.info("event=llm_retry call_kind=%s attempt=%d error_class=%s provider_status=%s wait_ms=%d",
                 self.call_kind, rs.attempt_number, failure.exception_class, failure.status,
                 int(rs.upcoming_sleep * 1000))


async def bounded_wait(acquire: Callable[[], Awaitable[Any]], window: DeadlineWindow) -> None:
    """Wait for ``acquire`` (a slot) within the window's wait budget, else :class:`DeadlineExceeded`."""
    budget = window.wait_budget()
    if budget < 0:
        raise DeadlineExceeded()
    try:
        async with asyncio.timeout(budget):
            await acquire()
    except TimeoutError:
        raise DeadlineExceeded() from None
