"""PostgreSQL for tests: find a usable server or start a throwaway one, and hand out fresh databases.

Order for ``auth="trust"`` (the default):

1. ``QFA_TEST_PG_DSN`` (URL form) when set; it must work, there is no fallback.
2. ``postgresql://postgres@127.0.0.1:5432/postgres`` when it answers with trust auth.
3. The persistent server left by ``python tests/support/postgres.py --ensure`` (state in
   ``$QFA_TEST_PG_DIR``, default ``<tmp>/qfa-test-pg-<uid>``) when it is running.
4. A throwaway server started from the PostgreSQL binaries for this process (stopped at exit).

``auth="scram"`` always starts a throwaway server whose ``pg_hba.conf`` trusts only ``postgres`` on
127.0.0.1 and asks every other role for a SCRAM-SHA-256 password, so passwords (Entra tokens in the
tests) are really checked. Nothing here ever skips: when no server can be had, it fails loudly.

CLI: ``python tests/support/postgres.py --ensure`` prints an admin DSN and exits 0 (leaving a
persistent throwaway server running when it had to start one), or exits 1 with the reason;
``--stop`` stops that persistent server; ``--gc`` drops test databases left by killed runs.
Per-process throwaway servers are stopped at exit, and by a small reaper process if this one is killed.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import contextlib
import glob
import json
import os
import pwd
import re
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import uuid
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Iterator
from urllib.parse import urlsplit, urlunsplit

ENV_DSN = "QFA_TEST_PG_DSN"
DEFAULT_DSN = "postgresql://postgres@127.0.0.1:5432/postgres"
PERSISTENT_DIR = os.environ.get("QFA_TEST_PG_DIR") or os.path.join(
    tempfile.gettempdir(), f"qfa-test-pg-{os.getuid()}"
)
_HBA = {
    "trust": ["local all all trust", "host all all 127.0.0.1/32 trust", "host all all ::1/128 trust"],
    "scram": [
        "local all all trust",
        "host all postgres 127.0.0.1/32 trust",
        "host all all 127.0.0.1/32 scram-sha-256",
        "host all all ::1/128 scram-sha-256",
    ],
}


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL could be found or started; the message says why and what to do."""


def run_sync(factory: Callable[[], Awaitable[Any]]) -> Any:
    """Run a coroutine to completion on a private loop in a helper thread (safe inside a running loop)."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = asyncio.run(factory())
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=target, name="qfa-test-pg")
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box.get("value")


async def _probe(dsn: str, timeout: float) -> str | None:
    import asyncpg

    try:
        conn = await asyncpg.connect(dsn, timeout=timeout)
    except Exception as exc:  # noqa: BLE001 - the reason is reported, never raised
        return f"{type(exc).__name__}: {exc}"
    try:
        ok = await conn.fetchval("SELECT rolsuper OR rolcreatedb FROM pg_roles WHERE rolname = current_user")
        return None if ok else "the role cannot create databases"
    finally:
        await conn.close()


def probe(dsn: str, timeout: float = 3.0) -> str | None:
    """None when ``dsn`` accepts a connection whose role may create databases, else the reason."""
    return run_sync(lambda: _probe(dsn, timeout))


def with_database(dsn: str, database: str) -> str:
    """``dsn`` (URL form) pointing at another database."""
    parts = urlsplit(dsn)
    return urlunsplit((parts.scheme, parts.netloc, "/" + database, parts.query, parts.fragment))


# throwaway servers ----------------------------------------------------------------------------------
def find_pg_bin_dir() -> str:
    """Directory holding initdb, pg_ctl and postgres: PATH first, then /usr/lib/postgresql/*/bin."""
    found = shutil.which("initdb")
    candidates = [os.path.dirname(os.path.realpath(found))] if found else []

    def version(path: str) -> float:
        match = re.search(r"/postgresql/(\d+(?:\.\d+)?)/", path)
        return float(match.group(1)) if match else 0.0

    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)
    for directory in candidates:
        if all(os.access(os.path.join(directory, n), os.X_OK) for n in ("initdb", "pg_ctl", "postgres")):
            return directory
    raise PostgresUnavailable(
        "No PostgreSQL server binaries (initdb, pg_ctl, postgres) on PATH or in /usr/lib/postgresql/*/bin; "
        "install them (e.g. apt-get install postgresql) or set QFA_TEST_PG_DSN to a reachable server"
    )


def _os_user() -> str | None:
    """The non-root OS user that runs initdb/postgres when we are root (postgres refuses root)."""
    if os.geteuid() != 0:
        return None
    for name in (os.environ.get("QFA_TEST_PG_OS_USER"), "postgres", "nobody"):
        if name:
            with contextlib.suppress(KeyError):
                pwd.getpwnam(name)
                return name
    raise PostgresUnavailable("Running as root and no non-root OS user (postgres, nobody) exists to run PostgreSQL")


def _as_user(cmd: list[str], user: str | None) -> list[str]:
    if user is None:
        return cmd
    if shutil.which("runuser"):
        return ["runuser", "-u", user, "--", *cmd]
    if shutil.which("su"):
        return ["su", "-s", "/bin/sh", user, "-c", shlex.join(cmd)]
    raise PostgresUnavailable("Running as root but neither runuser nor su is available to drop privileges")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


_REAPER = """
import os, shutil, subprocess, sys, time
parent, cmd, root = int(sys.argv[1]), sys.argv[3:], sys.argv[2]
while True:
    try:
        os.kill(parent, 0)
    except ProcessLookupError:
        break
    if not os.path.isdir(root):
        sys.exit(0)
    time.sleep(1)
subprocess.run(cmd, capture_output=True, timeout=60)
shutil.rmtree(root, ignore_errors=True)
"""


def _start_reaper(server: "ThrowawayServer") -> None:
    """Stop the server and remove its directory when this process dies, even by SIGKILL (atexit would not
    run then); a no-op when the server was already stopped normally."""
    stop = _as_user([os.path.join(server.bin_dir, "pg_ctl"), "-D", server.data_dir, "-m", "immediate", "stop"],
                    server.os_user)
    subprocess.Popen([sys.executable, "-c", _REAPER, str(os.getpid()), server.root, *stop],
                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     start_new_session=True)


def _run(cmd: list[str], what: str) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise PostgresUnavailable(f"{what} failed (exit {proc.returncode}): {(proc.stderr or proc.stdout)[-2000:]}")


@dataclass
class ThrowawayServer:
    root: str
    port: int
    auth: str
    bin_dir: str
    os_user: str | None

    @property
    def dsn(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    @property
    def data_dir(self) -> str:
        return os.path.join(self.root, "data")

    def stop(self, remove: bool = True) -> None:
        pg_ctl = os.path.join(self.bin_dir, "pg_ctl")
        subprocess.run(_as_user([pg_ctl, "-D", self.data_dir, "-m", "fast", "-w", "stop"], self.os_user),
                       capture_output=True, timeout=60)
        if remove:
            shutil.rmtree(self.root, ignore_errors=True)


def start_throwaway_server(auth: str = "trust", root: str | None = None) -> ThrowawayServer:
    """initdb into ``root`` (a new temp dir by default) and start postgres on a random free port."""
    if auth not in _HBA:
        raise ValueError(f"auth must be one of {sorted(_HBA)}")
    bin_dir, user = find_pg_bin_dir(), _os_user()
    root = root or tempfile.mkdtemp(prefix="qfa-pg-")
    os.makedirs(root, exist_ok=True)
    data, sock = os.path.join(root, "data"), os.path.join(root, "sock")
    os.makedirs(sock, exist_ok=True)
    if user is not None:
        info = pwd.getpwnam(user)
        for path in (root, sock):
            os.chown(path, info.pw_uid, info.pw_gid)
    _run(_as_user([os.path.join(bin_dir, "initdb"), "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                   "--no-locale", "--no-sync"], user), "initdb")
    with open(os.path.join(data, "pg_hba.conf"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(_HBA[auth]) + "\n")
    last_error: Exception | None = None
    for _ in range(5):  # a free port may be taken between probing and binding
        server = ThrowawayServer(root, _free_port(), auth, bin_dir, user)
        opts = (f"-p {server.port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300")
        cmd = [os.path.join(bin_dir, "pg_ctl"), "-D", data, "-l", os.path.join(root, "postgres.log"), "-w",
               "-t", "60", "-o", opts, "start"]
        try:
            _run(_as_user(cmd, user), "pg_ctl start")
        except PostgresUnavailable as exc:
            last_error = exc
            continue
        reason = probe(server.dsn, timeout=10)
        if reason is None:
            return server
        server.stop(remove=False)
        last_error = PostgresUnavailable(f"started server does not answer: {reason}")
    shutil.rmtree(root, ignore_errors=True)
    raise PostgresUnavailable(f"Could not start a throwaway PostgreSQL: {last_error}")


# persistent server for `--ensure` -----------------------------------------------------------------------
def _state_path() -> str:
    return os.path.join(PERSISTENT_DIR, "state.json")


def _persistent_server() -> ThrowawayServer | None:
    try:
        with open(_state_path(), encoding="utf-8") as fh:
            state = json.load(fh)
        return ThrowawayServer(PERSISTENT_DIR, int(state["port"]), "trust", state["bin_dir"], state.get("os_user"))
    except (OSError, ValueError, KeyError):
        return None


def ensure_persistent_server() -> ThrowawayServer:
    """Reuse the running persistent server or (re)create it; it stays up after this process ends."""
    server = _persistent_server()
    if server is not None and probe(server.dsn) is None:
        return server
    if server is not None:
        server.stop(remove=False)
    shutil.rmtree(PERSISTENT_DIR, ignore_errors=True)
    server = start_throwaway_server("trust", root=PERSISTENT_DIR)
    with open(_state_path(), "w", encoding="utf-8") as fh:
        json.dump({"port": server.port, "bin_dir": server.bin_dir, "os_user": server.os_user}, fh)
    return server


# the provider ------------------------------------------------------------------------------------------
_lock = threading.Lock()
_admin_dsns: dict[str, str] = {}
_own_servers: list[ThrowawayServer] = []


@atexit.register
def _stop_own_servers() -> None:
    while _own_servers:
        _own_servers.pop().stop()


def _resolve_admin_dsn(auth: str) -> str:
    if auth == "scram":
        server = start_throwaway_server("scram")
        _own_servers.append(server)
        _start_reaper(server)
        return server.dsn
    explicit = os.environ.get(ENV_DSN)
    if explicit:
        reason = probe(explicit)
        if reason is not None:
            raise PostgresUnavailable(f"{ENV_DSN} is set but unusable: {reason}")
        return explicit
    if probe(DEFAULT_DSN) is None:
        return DEFAULT_DSN
    persistent = _persistent_server()
    if persistent is not None and probe(persistent.dsn) is None:
        return persistent.dsn
    server = start_throwaway_server("trust")
    _own_servers.append(server)
    _start_reaper(server)
    return server.dsn


def get_admin_dsn(auth: str = "trust") -> str:
    """An admin (superuser or CREATEDB) DSN for ``auth`` ('trust' or 'scram'), resolved once per process."""
    with _lock:
        if auth not in _admin_dsns:
            _admin_dsns[auth] = _resolve_admin_dsn(auth)
        return _admin_dsns[auth]


@dataclass(frozen=True)
class TestDatabase:
    name: str
    dsn: str
    admin_dsn: str

    __test__ = False  # not a pytest test class


def _admin_sql(admin_dsn: str, sql: str, fetch: bool = False) -> Any:
    async def go() -> Any:
        import asyncpg

        conn = await asyncpg.connect(admin_dsn, timeout=10)
        try:
            return [tuple(r) for r in await conn.fetch(sql)] if fetch else await conn.execute(sql)
        finally:
            await conn.close()

    return run_sync(go)


def create_test_database(admin_dsn: str | None = None, prefix: str = "qfa_test") -> TestDatabase:
    """CREATE DATABASE with a unique name (from template0, so concurrent runs never collide)."""
    admin_dsn = admin_dsn or get_admin_dsn()
    name = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:12]}"
    _admin_sql(admin_dsn, f'CREATE DATABASE "{name}" TEMPLATE template0')
    return TestDatabase(name, with_database(admin_dsn, name), admin_dsn)


def drop_test_database(database: TestDatabase) -> None:
    """DROP DATABASE ... WITH (FORCE): open connections of forgotten pools do not block it."""
    _admin_sql(database.admin_dsn, f'DROP DATABASE IF EXISTS "{database.name}" WITH (FORCE)')


@contextlib.contextmanager
def test_database(admin_dsn: str | None = None, prefix: str = "qfa_test") -> Iterator[TestDatabase]:
    database = create_test_database(admin_dsn, prefix)
    try:
        yield database
    finally:
        drop_test_database(database)


test_database.__test__ = False  # type: ignore[attr-defined]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def drop_stale_test_databases(admin_dsn: str | None = None) -> list[str]:
    """Drop ``qfa_test*_<pid>_<hex>`` databases whose creating process no longer runs on this machine
    (left by runs that were killed). Only for servers whose test runs all happen on this machine."""
    admin_dsn = admin_dsn or get_admin_dsn()
    pattern = re.compile(r"^qfa_test\w*?_(\d+)_[0-9a-f]{12}$")
    names = [r[0] for r in _admin_sql(admin_dsn, "SELECT datname FROM pg_database", fetch=True)]
    stale = [n for n in names if (m := pattern.match(n)) and not _alive(int(m.group(1)))]
    for name in stale:
        _admin_sql(admin_dsn, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="PostgreSQL for the QFA test suite")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--ensure", action="store_true", help="print a usable admin DSN (start a server if needed)")
    group.add_argument("--stop", action="store_true", help="stop the persistent throwaway server")
    group.add_argument("--gc", action="store_true", help="drop test databases left by killed runs")
    args = parser.parse_args(argv)
    try:
        if args.gc:
            for name in drop_stale_test_databases():
                print(f"dropped {name}")
            return 0
        if args.stop:
            server = _persistent_server()
            if server is not None:
                server.stop()
            return 0
        explicit = os.environ.get(ENV_DSN)
        if explicit or probe(DEFAULT_DSN) is None:
            print(get_admin_dsn())
        else:
            print(ensure_persistent_server().dsn)
        return 0
    except PostgresUnavailable as exc:
        print(f"PostgreSQL for tests is unavailable: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
