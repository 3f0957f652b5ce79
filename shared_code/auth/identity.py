from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Identity:
    key_id: str
    name: str
    tenant_id: str
    is_superuser: bool = False
    source: str = "env"  # "env" | "db"
