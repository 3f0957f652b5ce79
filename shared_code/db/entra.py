"""Entra ID access tokens as PostgreSQL passwords (docs/database.md § Connection and Entra authentication).

The token for ``DB_AAD_SCOPE`` is cached and refreshed, single-flight under an asyncio lock, when less
than five minutes of validity remain. An instance is an async callable, so it can be handed to asyncpg
as ``password=``: every new connection then logs in with a currently valid token, while connections
already open stay valid (PostgreSQL checks the token only at login). Tokens are never logged.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any, Callable

from shared_code.logs import event

log = logging.getLogger("qfa.db")

DEFAULT_REFRESH_MARGIN_SECONDS = 300.0
MIN_REFRESH_INTERVAL_SECONDS = 30.0  # a credential handing out a near-expiry token must not cause a storm


class EntraTokenProvider:
    """``await provider()`` → the current access token (a string) for ``scope``.

    ``credential`` is any object with ``async get_token(scope) -> AccessToken(token, expires_on)``;
    by default the shared ``DefaultAzureCredential``. ``clock`` returns epoch seconds (tests inject one).
    """

    def __init__(
        self,
        scope: str,
        *,
        credential: Any = None,
        client_id: str | None = None,
        clock: Callable[[], float] = time.time,
        refresh_margin_seconds: float = DEFAULT_REFRESH_MARGIN_SECONDS,
    ) -> None:
        self._scope = scope
        self._credential = credential
        self._client_id = client_id
        self._clock = clock
        self._margin = refresh_margin_seconds
        self._token: str | None = None
        self._expires_on = 0.0
        self._refresh_at = 0.0
        self._lock: asyncio.Lock | None = None
        self.refreshes = 0  # tokens fetched so far (observability and tests)

    async def __call__(self) -> str:
        return await self.get_token()

    def _fresh(self) -> bool:
        return self._token is not None and self._clock() < self._refresh_at

    async def get_token(self) -> str:
        if self._fresh():
            return self._token  # type: ignore[return-value]
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if not self._fresh():
                await self._refresh()
        return self._token  # type: ignore[return-value]

    async def _refresh(self) -> None:
        credential = self._credential
        if credential is None:
            from shared_code.secrets.credential import get_default_credential

            credential = self._credential = get_default_credential(self._client_id)
        try:
            access = await credential.get_token(self._scope)
        except Exception as exc:
            still_valid = self._token is not None and self._expires_on > self._clock()
            event(log, "db_token", logging.WARNING, outcome="failed", error_class=type(exc).__name__,
                  serving_cached=still_valid)
            if still_valid:  # keep logging in with the old token until it really expires
                self._refresh_at = min(self._clock() + MIN_REFRESH_INTERVAL_SECONDS, self._expires_on)
                return
            raise
        now = self._clock()
        self._token, self._expires_on = access.token, float(access.expires_on)
        # refresh once under `margin` of validity is left, but not more often than every 30 s (never later
        # than the expiry itself)
        self._refresh_at = min(max(self._expires_on - self._margin, now + MIN_REFRESH_INTERVAL_SECONDS),
                               self._expires_on)
        self.refreshes += 1
        event(log, "db_token", logging.INFO, outcome="refreshed",
              valid_seconds=int(self._expires_on - self._clock()))
