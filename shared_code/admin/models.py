"""Request bodies of the admin routes (docs/api.md § Administration); the CLI validates through the same models."""

from __future__ import annotations

from pydantic import BaseModel, Field


class TenantCreate(BaseModel):
    tenant_name: str = Field(min_length=1, max_length=255)
    allows_superusers: bool = False


class KeyCreate(BaseModel):
    key_name: str = Field(min_length=1, max_length=255)
    tenant_id: str = Field(min_length=1, max_length=255)
    is_superuser: bool = False
