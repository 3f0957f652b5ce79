"""New API keys: ``qfa_`` + 43 URL-safe characters (32 random bytes); only the SHA-256 is stored."""

from __future__ import annotations

import secrets
import uuid

from shared_code.auth.env_keys import sha256_hex

KEY_PREFIX = "qfa_"


def new_api_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


def key_digest(key: str) -> str:
    """Lowercase hex SHA-256, exactly what authentication computes for a presented key."""
    return sha256_hex(key)


def new_id() -> str:
    """A UUID4 string (tenant and key ids)."""
    return str(uuid.uuid4())
