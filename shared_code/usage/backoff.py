"""After a store failure, leave the store alone for a while: the response cache and the budget check
each serve requests without their store meanwhile, so a database outage costs one timeout, not one per
request. A failure is logged (``event=<name> outcome=failed error_class=… skip_seconds=…``, WARNING)."""

from __future__ import annotations

import logging
import time
from typing import Any, Callable, Optional

from shared_code.logs import event

OUTAGE_SKIP_SECONDS = 30.0


class OutageBackoff:
    """``clock``: a monotonic clock (default: ``time.monotonic``, looked up at each use)."""

    def __init__(self, clock: Optional[Callable[[], float]] = None) -> None:
        self._clock = clock
        self._until = float("-inf")

    def _now(self) -> float:
        return self._clock() if self._clock is not None else time.monotonic()

    @property
    def active(self) -> bool:
        """True while the store is being skipped after a failure."""
        return self._now() < self._until

    def failed(self, log: logging.Logger, name: str, exc: Exception, **fields: Any) -> None:
        """Log the failure (its class only) and skip the store for :data:`OUTAGE_SKIP_SECONDS`."""
        self._until = self._now() + OUTAGE_SKIP_SECONDS
        event(log, name, logging.WARNING, **fields, outcome="failed", error_class=type(exc).__name__,
              skip_seconds=OUTAGE_SKIP_SECONDS)
