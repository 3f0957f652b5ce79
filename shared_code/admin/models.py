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


class BudgetSet(BaseModel):
    # strict: a JSON number only (lax mode would read true as 1.0, which the schema does not allow)
    monthly_budget_usd: float = Field(ge=0.01, le=9_999_999_999.99, allow_inf_nan=False, strict=True,
                                      description="USD per calendar month (UTC), stored to the cent")
