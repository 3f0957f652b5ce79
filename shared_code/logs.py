"""Structured one-line log events (docs/pipeline.md § Observability).

Every record from a ``qfa.*`` logger gets ``request_id`` and, after authentication, ``tenant_id`` and
``key_id`` appended from a context variable, so adapters need not pass them around. Only identifiers
are ever added: never bodies, prompts, keys or model output.
"""

from __future__ import annotations

import contextvars
import logging
from typing import Any

_fields: contextvars.ContextVar[dict[str, str] | None] = contextvars.ContextVar("qfa_log_fields", default=None)
_installed = False


def bind(**fields: Any) -> None:
    """Add correlation fields for the rest of the current context."""
    current = dict(_fields.get() or {})
    current.update({k: str(v) for k, v in fields.items() if v is not None})
    _fields.set(current)


def clear() -> None:
    _fields.set(None)


def format_fields(**fields: Any) -> str:
    return " ".join(f"{k}={_clean(v)}" for k, v in fields.items())


def _clean(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.6g}"
    text = str(value)
    return text.replace(" ", "_").replace("\n", "_") or "-"


def event(logger: logging.Logger, name: str, level: int = logging.INFO, **fields: Any) -> None:
    if logger.isEnabledFor(level):
        logger.log(level, "event=%s %s", name, format_fields(**fields))


def install() -> None:
    """Wrap the log-record factory once so qfa.* records carry the correlation fields."""
    global _installed
    if _installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        extra = _fields.get()
        if extra and record.name.startswith("qfa"):
            record.msg = f"{record.getMessage()} {format_fields(**extra)}"
            record.args = ()
        return record

    logging.setLogRecordFactory(factory)
    _installed = True


THIRD_PARTY_LOGGERS = ("LiteLLM", "LiteLLM Router", "LiteLLM Proxy", "litellm", "httpx", "httpcore", "openai",
                       "presidio-analyzer", "presidio-anonymizer", "asyncio", "asyncpg", "aiohttp", "azure",
                       "urllib3")


def _level(name: str, default: int) -> int:
    value = logging.getLevelName(name.strip().upper())
    return value if isinstance(value, int) else default


def configure_levels(app_level: str, third_party_level: str) -> None:
    """LOG_LEVEL for the app's loggers, LOG_LEVEL_3RDPARTY for libraries (whose DEBUG output can carry
    request bodies); an unknown level name falls back to INFO / WARNING."""
    logging.getLogger("qfa").setLevel(_level(app_level, logging.INFO))
    for name in THIRD_PARTY_LOGGERS:
        logging.getLogger(name).setLevel(_level(third_party_level, logging.WARNING))
