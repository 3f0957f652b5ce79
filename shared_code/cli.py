"""Ops CLI over the app's own settings and database (docs/database.md § Migrations; docs/operating.md § 1. Keys and tenants).

    python -m shared_code.cli migrate
    python -m shared_code.cli tenant create NAME [--allow-superusers]
    python -m shared_code.cli tenant list
    python -m shared_code.cli tenant delete TENANT_ID
    python -m shared_code.cli key create --tenant TENANT_ID --name NAME [--superuser]
    python -m shared_code.cli key list [--tenant TENANT_ID]
    python -m shared_code.cli key revoke KEY_ID
    python -m shared_code.cli usage [--from ISO|EPOCH] [--to ISO|EPOCH] [--by tenant|operation] [--tenant ID]
    python -m shared_code.cli budget set TENANT_ID USD | get TENANT_ID | clear TENANT_ID

Settings come from the composition root (the environment, as in the app); the
admin and usage commands go through the same services as the HTTP API, so the same rules apply
(except the self-deletion guards, which need a calling key). ``--json`` prints the API's JSON bodies.
``key create`` prints the new key once; only its SHA-256 is stored. ``usage`` reads whatever rows the
database holds, also while ``USAGE_TRACKING=off``. Exit 0 on success, 1 on failure, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import asdict
from typing import Any, Awaitable, Callable, TypeVar

from pydantic import BaseModel, ValidationError

from shared_code.admin.models import BudgetSet, KeyCreate, TenantCreate
from shared_code.cli_render import table, usage_report
from shared_code.errors import QFAError

M = TypeVar("M", bound=BaseModel)

PROG = "python -m shared_code.cli"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="QFA operations: migrations, tenants, keys, usage, budgets.")
    parser.add_argument("--json", action="store_true", help="print JSON (the API's response bodies)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("migrate", help="apply pending schema migrations")

    tenant = commands.add_parser("tenant", help="create, list or delete tenants").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    create = tenant.add_parser("create", help="create a tenant; prints its id")
    create.add_argument("name")
    create.add_argument("--allow-superusers", action="store_true", help="allow superuser keys for it")
    tenant.add_parser("list", help="list database tenants")
    delete = tenant.add_parser("delete", help="delete a tenant and all its keys")
    delete.add_argument("tenant_id")

    key = commands.add_parser("key", help="create, list or revoke API keys").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    create = key.add_parser("create", help="create a database key; prints it once")
    create.add_argument("--tenant", required=True, dest="tenant_id")
    create.add_argument("--name", required=True)
    create.add_argument("--superuser", action="store_true")
    listing = key.add_parser("list", help="list keys (AUTH_API_KEYS first, then database keys)")
    listing.add_argument("--tenant", dest="tenant_id")
    revoke = key.add_parser("revoke", help="delete a database key")
    revoke.add_argument("key_id")

    usage = commands.add_parser("usage", help="usage and cost over a window")
    usage.add_argument("--from", dest="from_", metavar="FROM", help="inclusive start: ISO-8601 with offset, or epoch")
    usage.add_argument("--to", metavar="TO", help="exclusive end: ISO-8601 with offset, or epoch")
    usage.add_argument("--by", choices=("tenant", "operation"), help="one row per tenant or per operation")
    usage.add_argument("--tenant", dest="tenant_id", help="one tenant's operations")

    budget = commands.add_parser("budget", help="set, read or clear a tenant's monthly budget").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    set_budget = budget.add_parser("set", help="set the monthly budget in USD")
    set_budget.add_argument("tenant_id")
    set_budget.add_argument("usd", type=float)
    for action, text in (("get", "the budget and this month's spend"), ("clear", "remove the budget")):
        budget.add_parser(action, help=text).add_argument("tenant_id")
    return parser


# commands ------------------------------------------------------------------------------------------
async def _migrate(container, args) -> tuple[Any, str]:
    from shared_code.db.migrate import run_migrations

    applied = await run_migrations(connect_kwargs=container.database.connect_kwargs())
    text = ("applied " + ", ".join(f"{v:04d}" for v in applied)) if applied else "schema is up to date"
    return {"applied": applied}, text


def _validated(model: type[M], **values: Any) -> M:
    """The admin input model, or a QFAError naming each bad argument (the CLI's 422)."""
    try:
        return model(**values)
    except ValidationError as exc:
        issues = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise QFAError(f"Invalid arguments ({issues})") from None


async def _tenant(container, args) -> tuple[Any, str]:
    admin = container.admin
    if args.action == "create":
        tenant = await admin.create_tenant(_validated(TenantCreate, tenant_name=args.name,
                                                      allows_superusers=args.allow_superusers))
        return {"tenant_id": tenant.tenant_id}, f"tenant_id: {tenant.tenant_id}"
    if args.action == "list":
        tenants = await admin.list_tenants()
        rows = [[t.tenant_id, t.name, t.allows_superusers] for t in tenants]
        return {"tenants": [asdict(t) for t in tenants]}, table(["TENANT ID", "NAME", "SUPERUSERS"], rows)
    await admin.delete_tenant(args.tenant_id, None)
    return {"deleted": args.tenant_id}, f"deleted tenant {args.tenant_id} and its keys"


async def _key(container, args) -> tuple[Any, str]:
    admin = container.admin
    if args.action == "create":
        created = await admin.create_key(_validated(KeyCreate, key_name=args.name, tenant_id=args.tenant_id,
                                                    is_superuser=args.superuser))
        text = (f"key_id:  {created.key_id}\napi_key: {created.api_key}\n"
                "Store the key now: it is shown only once (only its SHA-256 is kept).")
        return asdict(created), text
    if args.action == "list":
        env_ids = {i.key_id for i in await (await container.authenticator()).env_identities()}
        keys = await admin.list_keys(args.tenant_id)
        rows = [[k.key_id, k.name, k.tenant_id, k.is_superuser,
                 "AUTH_API_KEYS" if k.key_id in env_ids else "database"] for k in keys]
        headers = ["KEY ID", "NAME", "TENANT ID", "SUPERUSER", "SOURCE"]
        return {"auth_keys": [asdict(k) for k in keys]}, table(headers, rows)
    await admin.delete_key(args.key_id, None)
    return {"deleted": args.key_id}, f"revoked key {args.key_id}"


async def _usage(container, args) -> tuple[Any, str]:
    stats = container.usage_stats
    query = {name: value for name, value in (("from", args.from_), ("to", args.to)) if value is not None}
    if args.tenant_id:
        body = await stats.tenant_usage(args.tenant_id, query, enforce_tracking=False)
        return body, usage_report(body, "own")
    if args.by == "operation":
        body = await stats.usage_by_operation(query, enforce_tracking=False)
    else:
        body = await stats.usage_by_tenant(query, enforce_tracking=False)
    return body, usage_report(body, args.by)


async def _budget(container, args) -> tuple[Any, str]:
    budgets = container.budgets
    if args.action == "clear":
        await budgets.clear(args.tenant_id)
        return {"cleared": args.tenant_id}, f"cleared the budget of tenant {args.tenant_id}"
    if args.action == "set":
        view = await budgets.set(args.tenant_id, _validated(BudgetSet, monthly_budget_usd=args.usd).monthly_budget_usd)
    else:
        view = await budgets.view(args.tenant_id)
    rows = [[view["tenant_id"], "none" if view["monthly_budget_usd"] is None else f"{view['monthly_budget_usd']:.2f}",
             f"{view['month_spend_usd']:.6f}", "-" if view["used_percent"] is None else view["used_percent"],
             view["resets_at"]]]
    return view, table(["TENANT ID", "BUDGET USD", "MONTH SPEND USD", "USED %", "RESETS AT"], rows)


COMMANDS: dict[str, Callable[[Any, argparse.Namespace], Awaitable[tuple[Any, str]]]] = {
    "migrate": _migrate, "tenant": _tenant, "key": _key, "usage": _usage, "budget": _budget,
}


# running -------------------------------------------------------------------------------------------
def describe_error(exc: BaseException) -> str:
    """One safe line: our errors' fixed messages (and field issues); other errors by class only."""
    if isinstance(exc, QFAError):
        fields = exc.fields or []
        details = "; ".join(f"{f['field'].replace('query.', '--').replace('body.', '')}: {f['issue']}"
                            for f in fields)
        return f"{exc.message} ({details})" if details else exc.message
    import asyncpg

    from shared_code.db.migrate import MigrationError

    if isinstance(exc, MigrationError):
        return str(exc)
    if isinstance(exc, (asyncpg.PostgresError, OSError)):  # server messages and socket errors hold no secret
        return f"{type(exc).__name__}: {exc}"
    return f"{type(exc).__name__} (check the DB_* settings and that migrations were applied)"


async def run(args: argparse.Namespace) -> tuple[Any, str]:
    from shared_code.composition import Container
    from shared_code.secrets.credential import close_default_credential

    container = Container()
    if not container.settings.database_configured:
        raise QFAError("No database is configured (set DB_URL or DB_HOST)")
    try:
        return await COMMANDS[args.command](container, args)
    finally:
        await container.close()
        await close_default_credential()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        body, text = asyncio.run(run(args))
    except Exception as exc:  # noqa: BLE001 - a CLI reports every failure as one line
        print(f"{PROG} {args.command}: {describe_error(exc)}", file=sys.stderr)
        return 1
    print(json.dumps(body, ensure_ascii=False, indent=2) if args.json else text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
