"""How one provider attempt reaches a model (docs/llm.md § Failover): straight to ``LLM_MODEL``, or through
LiteLLM's Router when ``LLM_FALLBACK_MODELS`` is set.

Both transports hold the credentials (rotated from Key Vault through ``set_credentials``) and answer
``(response, model that answered)``. :class:`DirectTransport` is the call without fallbacks, unchanged:
one ``litellm.acompletion`` bounded by the attempt timeout. :class:`FailoverTransport` hands the attempt
to a ``litellm.Router`` whose model groups are ``primary`` (``LLM_MODEL``), ``judge`` (``LLM_JUDGE_MODEL``
when it differs) and ``fallback-1`` … (``LLM_FALLBACK_MODELS``, in order). The Router's own fallbacks
try the next group when a group fails; its cooldowns take a group that failed more than
``LLM_FALLBACK_ALLOWED_FAILS`` times within ``LLM_FALLBACK_COOLDOWN_SECONDS`` out of the rotation for
that long (a provider's ``Retry-After`` on a 429 sets the cooldown instead), so later attempts go
straight to the next group. The Router's own retries are off: the client's retry loop
(:mod:`shared_code.llm.retry`) retries the whole chain within the request deadline. Each provider in
the chain gets the attempt timeout (its own, enforced by LiteLLM), the chain as a whole the time left.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any, Sequence

from shared_code.llm.backend import LiteLLMBackend
from shared_code.settings import Settings

Credentials = tuple[str | None, str | None]  # (api_key, api_base)

# Router exception types the allowed-fails policy names: each counts against LLM_FALLBACK_ALLOWED_FAILS.
_POLICY_FIELDS = ("TimeoutErrorAllowedFails", "RateLimitErrorAllowedFails", "InternalServerErrorAllowedFails",
                  "ServiceUnavailableErrorAllowedFails", "BadGatewayErrorAllowedFails",
                  "AuthenticationErrorAllowedFails", "NotFoundErrorAllowedFails")


class _NoRouterWarnings(logging.Filter):
    """The Router logs failed fallbacks at ERROR with the provider's error text and its cooldown list;
    the client's ``event=llm_call`` line reports the outcome without them (LiteLLM's DEBUG/INFO stay)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno < logging.WARNING


_ROUTER_LOG_FILTER = _NoRouterWarnings()


@dataclass(frozen=True, slots=True)
class ModelTarget:
    """One Router model group of exactly one deployment; ``alias`` names both."""

    alias: str
    model: str
    api_key: str | None
    api_base: str | None
    api_version: str | None

    def deployment(self) -> dict[str, Any]:
        params = {"model": self.model, "api_key": self.api_key, "api_base": self.api_base,
                  "api_version": self.api_version, "max_retries": 0}
        return {"model_name": self.alias, "litellm_params": {k: v for k, v in params.items() if v is not None},
                "model_info": {"id": self.alias}}


def _merge(current: Credentials, new: Credentials) -> Credentials:
    """A rotated value replaces the current one; None keeps it."""
    return (current[0] if new[0] is None else new[0], current[1] if new[1] is None else new[1])


class DirectTransport:
    """``LLM_MODEL`` (or the judge model) straight through ``litellm.acompletion``, no fallbacks."""

    def __init__(self, backend: LiteLLMBackend, settings: Settings, credentials: Credentials) -> None:
        self.backend, self.settings, self.credentials = backend, settings, credentials

    def set_credentials(self, primary: Credentials, fallbacks: Sequence[Credentials] = ()) -> None:
        self.credentials = _merge(self.credentials, primary)

    async def complete(self, wire: list[dict[str, str]], params: dict[str, Any], *, timeout: float,
                       wire_timeout: float, time_left: float) -> tuple[Any, str]:
        api_key, api_base = self.credentials
        async with asyncio.timeout(timeout):
            response = await self.backend.acompletion(
                messages=wire, timeout=wire_timeout, api_key=api_key, api_base=api_base,
                api_version=self.settings.llm_api_version, **params)
        return response, params["model"]

    async def aclose(self) -> None:
        await self.backend.aclose()


class FailoverTransport(DirectTransport):
    """The primary (or judge) model, then ``LLM_FALLBACK_MODELS`` in order, through LiteLLM's Router."""

    def __init__(self, backend: LiteLLMBackend, settings: Settings, credentials: Credentials,
                 fallbacks: Sequence[Credentials] | None = None) -> None:
        super().__init__(backend, settings, credentials)
        count = len(settings.llm_fallback_models)
        self.fallbacks = list(fallbacks) if fallbacks is not None else [
            settings.fallback_credentials(n) for n in range(1, count + 1)]
        self._router: Any = None
        self._built_for: tuple[ModelTarget, ...] = ()
        self.router()  # the first Router costs ~0.1 s of imports: pay it when the client is built (cold start)

    def set_credentials(self, primary: Credentials, fallbacks: Sequence[Credentials] = ()) -> None:
        super().set_credentials(primary)
        for i, new in enumerate(fallbacks[:len(self.fallbacks)]):
            self.fallbacks[i] = _merge(self.fallbacks[i], new)

    def targets(self) -> tuple[ModelTarget, ...]:
        s, (key, base) = self.settings, self.credentials
        found = [ModelTarget("primary", s.llm_model, key, base, s.llm_api_version)]
        if s.judge_model != s.llm_model:
            found.append(ModelTarget("judge", s.judge_model, key, base, s.llm_api_version))
        for n, (model, (f_key, f_base)) in enumerate(zip(s.llm_fallback_models, self.fallbacks), start=1):
            found.append(ModelTarget(f"fallback-{n}", model, f_key, f_base, s.llm_api_version))
        return tuple(found)

    def router(self) -> Any:
        """The Router for the current credentials (rebuilt after a rotation; cooldowns then start afresh)."""
        targets = self.targets()
        if self._router is None or targets != self._built_for:
            self.discard()
            logging.getLogger("LiteLLM Router").addFilter(_ROUTER_LOG_FILTER)  # adding it again is a no-op
            chain = [t.alias for t in targets if t.alias.startswith("fallback-")]
            allowed = self.settings.llm_fallback_allowed_fails
            self._router = self.backend.router(
                model_list=[t.deployment() for t in targets],
                fallbacks=[{t.alias: chain} for t in targets if not t.alias.startswith("fallback-")],
                num_retries=0, max_fallbacks=len(chain), allowed_fails=allowed,
                # an explicit policy also cools down single-deployment groups (LiteLLM spares those otherwise)
                allowed_fails_policy=dict.fromkeys(_POLICY_FIELDS, allowed),
                cooldown_time=self.settings.llm_fallback_cooldown_seconds)
            self._built_for = targets
        return self._router

    async def complete(self, wire: list[dict[str, str]], params: dict[str, Any], *, timeout: float,
                       wire_timeout: float, time_left: float) -> tuple[Any, str]:
        s, model = self.settings, params["model"]
        alias = "primary" if model == s.llm_model else "judge" if model == s.judge_model else None
        if alias is None:  # a model that is not configured: no failover
            return await super().complete(wire, params, timeout=timeout, wire_timeout=wire_timeout,
                                          time_left=time_left)
        async with asyncio.timeout(max(timeout, time_left)):  # every provider of the chain within the deadline
            response = await self.router().acompletion(messages=wire, timeout=wire_timeout,
                                                       **{**params, "model": alias})
        targets = {t.alias: t for t in self._built_for}
        hidden = getattr(response, "_hidden_params", None) or {}
        answered = targets.get(hidden.get("model_id") if isinstance(hidden, dict) else None)
        return response, (answered or targets[alias]).model

    def discard(self) -> None:
        if self._router is not None:
            self._router.discard()  # unhooks its LiteLLM callbacks
            self._router = None

    async def aclose(self) -> None:
        self.discard()  # its HTTP clients belong to this event loop; the next call builds a new Router
        await super().aclose()
