"""The process-wide Azure credential shared by Key Vault and PostgreSQL (docs/database.md § Connection and Entra authentication, § Key Vault).

``DefaultAzureCredential`` (async): managed identity in Azure (``AZURE_CLIENT_ID`` selects the user-assigned
identity), environment or Azure CLI credentials locally. Built lazily; azure.identity is imported then.
"""

from __future__ import annotations

from typing import Any

_credential: Any = None


def get_default_credential(client_id: str | None = None) -> Any:
    """The shared ``azure.identity.aio.DefaultAzureCredential`` (created on first call)."""
    global _credential
    if _credential is None:
        from azure.identity.aio import DefaultAzureCredential

        kwargs = {"managed_identity_client_id": client_id} if client_id else {}
        _credential = DefaultAzureCredential(**kwargs)
    return _credential


async def close_default_credential() -> None:
    """Close and forget the shared credential (shutdown, tests)."""
    global _credential
    credential, _credential = _credential, None
    if credential is not None:
        await credential.close()
