"""Request ids (docs/api.md § Request ids and headers): honour an inbound UUID in any spelling, else a fresh UUID4."""

from __future__ import annotations

import uuid


def resolve_request_id(inbound: str | None) -> str:
    """Canonical lowercase 36-character form of ``inbound`` if it parses as a UUID, else a new UUID4."""
    if inbound:
        text = inbound.strip()
        if 0 < len(text) <= 64:
            try:
                return str(uuid.UUID(text))
            except ValueError:
                pass
    return str(uuid.uuid4())
