"""Parse ``AUTH_API_KEYS`` into a digest map. Plaintext keys are hashed at load and dropped."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
from dataclasses import dataclass

from shared_code.auth.identity import Identity

log = logging.getLogger("qfa.auth")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def sha256_hex(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class EnvKeyTable:
    """An immutable snapshot; a changed secret builds a new table (requests in flight keep theirs)."""

    entries: tuple[tuple[str, Identity], ...]

    def lookup(self, digest: str) -> Identity | None:
        found = None
        for known, identity in self.entries:  # compare every entry, in constant time each
            if hmac.compare_digest(known, digest) and found is None:
                found = identity
        return found

    def identities(self) -> list[Identity]:
        return [identity for _, identity in self.entries]


def _entry(item: object, index: int) -> tuple[str, Identity] | None:
    def skip(reason: str) -> None:
        log.warning("event=auth_env_key_invalid index=%d reason=%s", index, reason)

    if not isinstance(item, dict):
        return skip("not_an_object")
    fields = {k: item.get(k) for k in ("key_id", "name", "tenant_id")}
    if not all(isinstance(v, str) and v for v in fields.values()):
        return skip("missing_key_id_name_or_tenant_id")
    has_key, has_digest = item.get("key") is not None, item.get("key_sha256") is not None
    if has_key == has_digest:
        return skip("need_exactly_one_of_key_or_key_sha256")
    if has_key:
        key = item["key"]
        if not isinstance(key, str) or not (1 <= len(key.strip()) <= 512):
            return skip("invalid_key")
        digest = sha256_hex(key.strip())
    else:
        digest = item["key_sha256"]
        if not isinstance(digest, str) or not _HEX64.match(digest):
            return skip("invalid_key_sha256")
    superuser = item.get("is_superuser", False)
    if not isinstance(superuser, bool):
        return skip("invalid_is_superuser")
    return digest, Identity(fields["key_id"], fields["name"], fields["tenant_id"], superuser, "env")


def parse_env_keys(raw: str | None) -> EnvKeyTable:
    if not raw or not raw.strip():
        return EnvKeyTable(())
    try:
        items = json.loads(raw)
    except json.JSONDecodeError:
        log.error("event=auth_env_key_invalid reason=not_json")
        return EnvKeyTable(())
    if not isinstance(items, list):
        log.error("event=auth_env_key_invalid reason=not_a_list")
        return EnvKeyTable(())
    entries, seen = [], set()
    for index, item in enumerate(items):
        parsed = _entry(item, index)
        if parsed is None:
            continue
        if parsed[1].key_id in seen:
            log.warning("event=auth_env_key_invalid index=%d reason=duplicate_key_id", index)
            continue
        seen.add(parsed[1].key_id)
        entries.append(parsed)
    return EnvKeyTable(tuple(entries))
