"""Fixtures for this folder; the PostgreSQL fixtures come from tests/conftest.py."""


import pytest_asyncio


class TcpProxy:
    """A loopback TCP proxy to PostgreSQL that the test can cut (refuse + kill connections) and heal."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port: int | None = None
        self._server = None
        self._writers: set = set()

    @property
    def up(self) -> bool:
        return self._server is not None

    async def start(self) -> None:
        import asyncio

        self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.port or 0, reuse_address=True)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Close the listener and abort every proxied connection (the database 'goes away')."""
        server, self._server = self._server, None
        if server is not None:
            server.close()
        # abort before waiting: since Python 3.12, wait_closed() also waits for every open connection
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()
        if server is not None:
            await server.wait_closed()

    async def _handle(self, client_reader, client_writer) -> None:
        import asyncio

        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(*self.target)
        except OSError:
            client_writer.transport.abort()
            return
        self._writers.update({client_writer, upstream_writer})

        async def pipe(reader, writer) -> None:
            try:
                while data := await reader.read(65536):
                    writer.write(data)
                    await writer.drain()
            except (OSError, asyncio.CancelledError):
                pass
            finally:
                writer.transport.abort()

        await asyncio.gather(pipe(client_reader, upstream_writer), pipe(upstream_reader, client_writer))
        self._writers.difference_update({client_writer, upstream_writer})


@pytest_asyncio.fixture
async def tcp_proxy_factory():
    """``await tcp_proxy_factory(dsn)`` → a started :class:`TcpProxy` in front of the DSN's host:port."""
    from urllib.parse import urlsplit

    proxies: list[TcpProxy] = []

    async def make(dsn: str) -> TcpProxy:
        parts = urlsplit(dsn)
        proxy = TcpProxy(parts.hostname or "127.0.0.1", parts.port or 5432)
        await proxy.start()
        proxies.append(proxy)
        return proxy

    yield make
    for proxy in proxies:
        await proxy.stop()

