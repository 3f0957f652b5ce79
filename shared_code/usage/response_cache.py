"""The response cache (docs/operating.md § 3): an identical request of the same tenant within
``RESPONSE_CACHE_TTL_SECONDS`` is answered from the store without any LLM call.

*Identical* means the same canonical request: tenant, operation, the body as the parser normalised it
(the validated model, defaults filled, unknown keys gone, keys sorted) and the answer-shaping
configuration (models, sampling settings, a fingerprint of the prompt texts, the app version).

Nothing readable is stored. With ``d = SHA-256(canonical request)``:

* lookup key = ``HMAC-SHA256(RESPONSE_CACHE_SECRET, "lookup" ‖ d)``: the store cannot link an entry to a
  tenant or a text, and nobody without the secret can compute the key of a guessed request;
* sealed = ``nonce ‖ AES-256-GCM(key, body, aad=lookup key)`` with ``key = HKDF-SHA256(ikm=d,
  salt=secret, info="seal")``: opening an entry needs the request itself *and* the secret, so the
  database alone (or the secret alone) reveals nothing.

Single flight: concurrent identical requests in this process wait for the first one (one lookup, one
set of LLM calls); if it produced nothing cacheable, each waiter runs on its own. A store failure is
logged and served as a miss, and the cache is bypassed for a while (:mod:`shared_code.usage.backoff`) (no answers and no
``X-Cache`` header meanwhile), so a database outage costs one timeout, not one per request. The cache
never fails a request.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import os
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Generic, TypeVar

from shared_code import __version__
from shared_code.domain.prompts import prompt_fingerprint
from shared_code.logs import event
from shared_code.ports import ResponseCacheStore
from shared_code.usage.backoff import OutageBackoff

if TYPE_CHECKING:  # pragma: no cover
    from shared_code.settings import Settings

log = logging.getLogger("qfa.cache")
R = TypeVar("R")
Entry = tuple[bytes, "float | None"]  # the response body and the LLM cost it saves
_LOOKUP, _SEAL = b"qfa-response-cache/lookup/v1", b"qfa-response-cache/seal/v1"
NONCE_BYTES = 12


def canonical_request(tenant_id: str, operation: str, body: Any, config: dict[str, Any]) -> bytes:
    """The bytes two requests share exactly when the cache may answer one with the other's response."""
    value = {"v": 1, "tenant": tenant_id, "operation": operation, "config": config, "body": body}
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def answer_config(settings: "Settings") -> dict[str, Any]:
    """The configuration that shapes an answer: part of every canonical request."""
    names = ("llm_model", "judge_model", "llm_temperature", "llm_seed", "llm_max_output_tokens", "llm_structured_output",
             "llm_schema_size_bounds", "analyze_auto_hierarchical", "analyze_default_coding_trend_period",
             "analyze_coding_trend_code_fields", "assign_codes_single_call_max_tokens", "anonymizer_languages")
    config = {name: getattr(settings, name) for name in names}
    config.update(prompts=prompt_fingerprint(), version=__version__)
    return config


@dataclass(frozen=True, slots=True)
class CacheKeys:
    lookup: bytes  # what the store indexes
    seal: bytes  # the AES-256-GCM key; never stored

    @classmethod
    def derive(cls, secret: bytes, canonical: bytes) -> "CacheKeys":
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        digest = hashlib.sha256(canonical).digest()
        lookup = hmac.new(secret, _LOOKUP + digest, hashlib.sha256).digest()
        seal = HKDF(algorithm=hashes.SHA256(), length=32, salt=secret, info=_SEAL).derive(digest)
        return cls(lookup, seal)

    def seal_body(self, body: bytes) -> bytes:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = os.urandom(NONCE_BYTES)
        return nonce + AESGCM(self.seal).encrypt(nonce, body, self.lookup)

    def open_body(self, sealed: bytes) -> bytes:
        """The body; raises ``cryptography.exceptions.InvalidTag`` for a tampered or foreign entry."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        return AESGCM(self.seal).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], self.lookup)


@dataclass(slots=True)
class Answer(Generic[R]):
    """Either ``cached`` (the stored body: a hit) or ``produced`` (what ``produce`` returned: a miss)."""

    cached: bytes | None = None
    produced: R | None = None


class ResponseCache:
    """The cache policy over a :class:`ResponseCacheStore`. ``on_hit(cost_saved_usd, duration_ms)`` records
    the hit's usage row (the usage recorder, wired by the composition root)."""

    def __init__(self, store: ResponseCacheStore | None, *, ttl_seconds: int, config: dict[str, Any],
                 on_hit: Callable[[float | None, int], None], secret: str | None = None) -> None:
        self._store = store
        self._ttl = ttl_seconds
        self._config = config
        self._on_hit = on_hit
        self._inflight: dict[bytes, asyncio.Future[Entry | None]] = {}
        self._secret = b""
        self._backoff = OutageBackoff()
        self._logged: bool | None = None
        self.set_secret(secret)

    def set_secret(self, secret: str | None) -> None:
        """Use ``secret`` (Key Vault rotation: entries under the old one simply miss). Whether the cache
        is on is logged once, and again whenever it changes (never the secret)."""
        self._secret = (secret or "").encode("utf-8")
        configured = self._store is not None and bool(self._secret) and self._ttl > 0
        if self._logged is not configured:
            self._logged = configured
            reason = ("no_database" if self._store is None else "ttl_zero" if self._ttl <= 0
                      else "no_secret" if not self._secret else None)
            event(log, "response_cache", logging.INFO if reason is None else logging.WARNING,
                  outcome="enabled" if reason is None else "disabled", reason=reason, ttl_seconds=self._ttl)

    @property
    def enabled(self) -> bool:
        return bool(self._logged) and not self._backoff.active  # configured, and not after a failure

    def keys(self, tenant_id: str, operation: str, body: Any) -> CacheKeys:
        return CacheKeys.derive(self._secret, canonical_request(tenant_id, operation, body, self._config))

    async def answer(self, keys: CacheKeys, produce: Callable[[], Awaitable[R]],
                     cacheable: Callable[[R], Entry | None]) -> Answer[R]:
        """A hit, or what ``produce()`` returned; ``cacheable(result)`` says what of it to store (None: nothing)."""
        started = time.monotonic()
        waiting = self._inflight.get(keys.lookup)
        if waiting is not None:  # an identical request is being answered: share its result
            entry = await asyncio.shield(waiting)
            if entry is not None:
                return self._hit(entry, started)
            return Answer(produced=await produce())
        future: asyncio.Future[Entry | None] = asyncio.get_running_loop().create_future()
        self._inflight[keys.lookup] = future
        entry = None
        try:
            entry = await self._lookup(keys)
            if entry is not None:
                return self._hit(entry, started)
            result = await produce()
            entry = cacheable(result)
            if entry is not None:
                await self._store_entry(keys, entry)
            return Answer(produced=result)
        finally:
            del self._inflight[keys.lookup]
            future.set_result(entry)

    def _hit(self, entry: Entry, started: float) -> Answer[Any]:
        self._on_hit(entry[1], int((time.monotonic() - started) * 1000))
        return Answer(cached=entry[0])

    async def _lookup(self, keys: CacheKeys) -> Entry | None:
        assert self._store is not None
        try:
            found = await self._store.get(keys.lookup, self._ttl)
            return None if found is None else (keys.open_body(found[0]), found[1])
        except Exception as exc:  # noqa: BLE001 - a cache failure is a miss, never a failed request
            self._backoff.failed(log, "response_cache", exc, action="lookup")
            return None

    async def _store_entry(self, keys: CacheKeys, entry: Entry) -> None:
        assert self._store is not None
        try:
            await self._store.put(keys.lookup, keys.seal_body(entry[0]), entry[1], self._ttl)
        except Exception as exc:  # noqa: BLE001 - the answer is served anyway
            self._backoff.failed(log, "response_cache", exc, action="store")
