"""A local fake Azure Key Vault over HTTPS for the real ``azure.keyvault.secrets.aio.SecretClient``.

* TLS with a throwaway self-signed certificate for ``<random>.vault.azure.net``, verified by the client
  (``connection_verify=<cert file>``), so the SDK's https-only bearer policy runs unchanged.
* The client's aiohttp session uses a resolver that maps exactly that host name to 127.0.0.1 and the
  fake's port, and refuses every other name: nothing can leave the machine. The vault URL has no port,
  so the SDK's challenge-resource check (``*.vault.azure.net``) passes as it would in Azure.
* Key Vault's challenge protocol: a request without ``Authorization`` gets 401 with
  ``WWW-Authenticate: Bearer authorization="https://login.microsoftonline.com/<tenant>",
  resource="https://vault.azure.net"``; the fake credential's token is then required.
"""

from __future__ import annotations

import datetime
import socket
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pytest_asyncio

_ROOT = str(Path(__file__).resolve().parents[3])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

TENANT = "00000000-0000-0000-0000-0000000000aa"
TOKEN = "fake-vault-access-token-" + uuid.uuid4().hex


def _self_signed(host: str, folder: Path) -> tuple[str, str]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "vault.crt", folder / "vault.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


class FakeCredential:
    """azure-core async token credential shape; no network, counts its calls."""

    token = TOKEN

    def __init__(self) -> None:
        self.requests: list[tuple[tuple[str, ...], dict]] = []

    async def get_token(self, *scopes: str, **kwargs):
        self.requests.append((scopes, kwargs))
        return SimpleNamespace(token=TOKEN, expires_on=int(datetime.datetime.now().timestamp()) + 3600)

    async def close(self) -> None:
        return None


@dataclass
class FakeVault:
    host: str
    url: str
    cert_path: str
    secrets: dict[str, str] = field(default_factory=dict)
    mode: str = "ok"  # "ok" | "error" (500) | "down" (listener closed)
    log: list[tuple[str, str, bool]] = field(default_factory=list)  # (method, path, authorized)
    port: int = 0
    tenant: str = TENANT
    _runner: object = None
    _sessions: list = field(default_factory=list)

    def transport(self, verify: bool | str | None = None):
        """An azure-core aiohttp transport that can only reach this fake, over TLS verified against the
        fake's certificate (``verify=True``: the system trust store, which must reject it)."""
        import aiohttp
        from aiohttp.abc import AbstractResolver
        from azure.core.pipeline.transport import AioHttpTransport

        vault = self

        class LoopbackResolver(AbstractResolver):
            async def resolve(self, host, port=0, family=socket.AF_INET):
                if host != vault.host:
                    raise OSError(f"test resolver refuses {host!r}: no real network in tests")
                return [{"hostname": host, "host": "127.0.0.1", "port": vault.port, "family": socket.AF_INET,
                         "proto": 0, "flags": socket.AI_NUMERICHOST}]

            async def close(self) -> None:
                return None

        session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(resolver=LoopbackResolver()))
        self._sessions.append(session)
        return AioHttpTransport(session=session, session_owner=False,
                                connection_verify=self.cert_path if verify is None else verify)

    def client_options(self, verify: bool | str | None = None) -> dict:
        return {"transport": self.transport(verify), "retry_total": 0}


def _app(vault: FakeVault):
    from aiohttp import web

    async def get_secret(request: web.Request) -> web.Response:
        name = request.match_info["name"]
        authorized = request.headers.get("Authorization") == f"Bearer {TOKEN}"
        vault.log.append((request.method, request.path, authorized))
        if not authorized:
            challenge = (f'Bearer authorization="https://login.microsoftonline.com/{TENANT}", '
                         'resource="https://vault.azure.net"')
            return web.json_response({"error": {"code": "Unauthorized", "message": "AKV10000"}}, status=401,
                                     headers={"WWW-Authenticate": challenge})
        if vault.mode == "error":
            return web.json_response({"error": {"code": "InternalError", "message": "boom"}}, status=500)
        if name not in vault.secrets:
            return web.json_response({"error": {"code": "SecretNotFound", "message": "not found"}}, status=404)
        version = uuid.uuid5(uuid.NAMESPACE_OID, vault.secrets[name]).hex
        return web.json_response({
            "value": vault.secrets[name],
            "id": f"https://{vault.host}/secrets/{name}/{version}",
            "attributes": {"enabled": True, "created": 1_700_000_000, "updated": 1_700_000_000,
                           "recoveryLevel": "Recoverable+Purgeable"},
        })

    app = web.Application()
    app.router.add_get("/secrets/{name}", get_secret)
    app.router.add_get("/secrets/{name}/", get_secret)
    app.router.add_get("/secrets/{name}/{version}", get_secret)
    return app


async def _start(vault: FakeVault, key_path: str) -> None:
    import ssl

    from aiohttp import web

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(vault.cert_path, key_path)
    runner = web.AppRunner(_app(vault))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", vault.port, ssl_context=context, reuse_address=True)
    await site.start()
    vault.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    vault._runner = runner


@pytest_asyncio.fixture
async def fake_vault(tmp_path):
    host = f"qfa-test-{uuid.uuid4().hex[:8]}.vault.azure.net"
    cert_path, key_path = _self_signed(host, tmp_path)
    vault = FakeVault(host=host, url=f"https://{host}/", cert_path=cert_path)

    async def stop() -> None:
        runner, vault._runner = vault._runner, None
        if runner is not None:
            await runner.cleanup()
        vault.mode = "down"

    async def restart() -> None:
        await _start(vault, key_path)
        vault.mode = "ok"

    vault.stop, vault.restart = stop, restart  # type: ignore[attr-defined]
    await _start(vault, key_path)
    try:
        yield vault
    finally:
        await stop()
        for session in vault._sessions:
            await session.close()


@pytest_asyncio.fixture
async def fake_credential():
    return FakeCredential()


