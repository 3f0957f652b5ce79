"""Read-only key lookups for authentication (docs/database.md § Schema; docs/operating.md § 1. Keys and tenants): one indexed query per request.

``api_keys.key_sha256`` is UNIQUE, so the lookup is one index probe; the join to ``tenants`` makes sure
the tenant still exists (its deletion cascades to the keys anyway). Digests are never logged. Admin CRUD
lives in `db/admin_repository.py`. Availability failures raise :class:`DatabaseUnavailableError` (503).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from shared_code.ports import StoredKey

if TYPE_CHECKING:  # pragma: no cover
    from shared_code.db.pool import DatabasePool

_DIGEST_RE = re.compile(r"^[0-9a-f]{64}$")

_FIND_KEY_SQL = """
SELECT k.key_id, k.name, k.tenant_id, k.is_superuser, t.allows_superusers
FROM api_keys AS k
JOIN tenants AS t ON t.tenant_id = k.tenant_id
WHERE k.key_sha256 = $1
"""


def normalize_digest(digest: str) -> str | None:
    """Lowercase hex SHA-256, or None when ``digest`` cannot be one (no query is made then)."""
    text = digest.strip().lower() if isinstance(digest, str) else ""
    return text if _DIGEST_RE.match(text) else None


class KeysRepository:
    """:class:`shared_code.ports.KeyLookupStore` over PostgreSQL."""

    def __init__(self, database: "DatabasePool") -> None:
        self._database = database

    async def find_key_by_sha256(self, digest: str) -> StoredKey | None:
        """The key whose SHA-256 is ``digest`` (hex), with its tenant's superuser policy; None if unknown."""
        normalized = normalize_digest(digest)
        if normalized is None:
            return None
        async with self._database.acquire() as conn:
            row = await conn.fetchrow(_FIND_KEY_SQL, normalized)
        if row is None:
            return None
        return StoredKey(row["key_id"], row["name"], row["tenant_id"], bool(row["is_superuser"]),
                         bool(row["allows_superusers"]))
