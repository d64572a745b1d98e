"""Command line: ``credit serve | migrate | keys issue | version | push ...``.

Failures print one clear line and exit non-zero; never a traceback.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from typing import Any, NoReturn

import typer

from credit import __version__
from credit.push.cli import push_app

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Safety credit service (安全生产信用)")
keys_app = typer.Typer(no_args_is_help=True, help="API keys")
app.add_typer(keys_app, name="keys")
app.add_typer(push_app, name="push", help="Delivery to the shared credit platform")


def fail(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code=1)


def run_with_database(work: Callable[[], Awaitable[Any]], *, migrate: bool = True) -> Any:
    """Open the configured database, run ``work``, and turn known failures into one line."""
    from pydantic import ValidationError

    from credit.services.keys import KeyRequestError
    from credit.store.db import DatabaseConfigError, database

    try:
        from credit.settings import get_settings

        settings = get_settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        fail(f"bad setting {'.'.join(map(str, first['loc']))}: {first['msg']}")

    async def main() -> Any:
        async with database(settings.database_url, migrate=migrate):
            return await work()

    try:
        return asyncio.run(main())
    except (DatabaseConfigError, KeyRequestError) as exc:
        fail(str(exc))
    except (OSError, ConnectionError) as exc:
        fail(f"cannot reach the database named by CREDIT_DATABASE_URL ({exc.__class__.__name__}: {exc}); "
             "check host, port and that the server is running")
    except Exception as exc:  # asyncpg and tortoise raise many kinds; keep it to one line
        name = exc.__class__.__name__
        if "InvalidCatalogName" in name or "does not exist" in str(exc):
            fail(f"the database named by CREDIT_DATABASE_URL does not exist: {exc}")
        if "InvalidPassword" in name or "authentication" in str(exc).lower():
            fail(f"the database refused the credentials in CREDIT_DATABASE_URL: {exc}")
        if "DBConnectionError" in name or "Connect" in name:
            fail(f"cannot reach the database named by CREDIT_DATABASE_URL: {exc}")
        fail(f"{name}: {exc}")


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


@app.command()
def migrate() -> None:
    """Apply pending migrations to the database named by CREDIT_DATABASE_URL."""

    async def work() -> None:
        from credit.services.premium import ensure_default_rule_sets
        from credit.store.db import apply_migrations

        applied = await apply_migrations()
        await ensure_default_rule_sets()
        if applied:
            typer.echo(f"applied {len(applied)} migration{'s' if len(applied) > 1 else ''}: {', '.join(applied)}")
        else:
            typer.echo("no migration to apply: the database is current")

    run_with_database(work, migrate=False)


@keys_app.command("issue")
def keys_issue(
    role: str = typer.Option(..., help="admin | procurement | insurer | regulator"),
    authority_code: str | None = typer.Option(None, help="regulator: the authority's 统一社会信用代码"),
    authority_name: str | None = typer.Option(None, help="regulator: the authority's name"),
    region: str | None = typer.Option(None, help="regulator: region prefix, e.g. 4403"),
    label: str = typer.Option("", help="a note for operators"),
) -> None:
    """Issue a key; the key itself is printed on the last line (shown once)."""
    from credit.services.keys import issue_key

    async def work() -> str:
        key, secret = await issue_key(
            role, authority_code=authority_code, authority_name=authority_name, region=region, label=label
        )
        typer.echo(f"issued {key.role} key #{key.id} ({key.prefix}...)")
        return secret

    secret = run_with_database(work)
    typer.echo(secret)


@keys_app.command("revoke")
def keys_revoke(prefix: str = typer.Argument(..., help="the key's first 12 characters")) -> None:
    """Revoke a key by its prefix."""
    from credit.services.keys import revoke_key

    async def work() -> int:
        return await revoke_key(prefix)

    count = run_with_database(work)
    if not count:
        fail(f"no active key starts with {prefix!r}")
    typer.echo(f"revoked {count} key(s)")


@keys_app.command("init-receipt")
def keys_init_receipt() -> None:
    """Create the receipt signing key if there is none (idempotent). Run once before starting
    several instances that share CREDIT_RECEIPT_KEY_DIR, so they all sign with the same key."""
    from credit.services.receipts import keyring
    from credit.settings import get_settings

    ring = keyring()
    typer.echo(f"receipt signing key {ring.signing.kid} ({len(ring.keys)} in {get_settings().receipt_key_dir})")


@keys_app.command("rotate-receipt")
def keys_rotate_receipt() -> None:
    """Start signing receipts with a new key; old receipts stay verifiable."""
    from credit.services.receipts import rotate
    from credit.settings import get_settings

    key = rotate(get_settings().receipt_key_dir)
    typer.echo(f"new receipt signing key {key.kid}")


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="interface to listen on"),
    port: int = typer.Option(8000, help="port (0: any free port, printed at start)"),
    demo: bool = typer.Option(False, help="load a small demo data set (idempotent)"),
    workers: int = typer.Option(1, min=1, help="processes serving the one port (about one per core)"),
) -> None:
    """Migrate, then serve GraphQL at /graphql (GraphiQL in development)."""
    from credit.api.serving import PortInUse, bind, browser_host
    from credit.api.serving import serve as run_server
    from credit.logs import configure_logging
    from credit.services.receipts import keyring
    from credit.settings import get_settings

    try:
        sock = bind(host, port)  # first: a busy port is the one line to say, before any work
    except (PortInUse, OSError) as exc:
        fail(str(exc))
    if demo:
        from credit.demo import load_demo

        printed = run_with_database(load_demo)
        for line in printed:
            typer.echo(line)
    else:
        run_with_database(_noop)
    _check_push_settings()
    settings = get_settings()
    keyring()  # the receipt key exists before workers start, so they all sign and publish the same
    base = f"http://{browser_host(host)}:{sock.getsockname()[1]}"
    if demo:
        typer.echo(f"export CREDIT_URL={base}")  # with the keys above: the README's examples run as pasted
    typer.echo(f"serving on {base} with {workers} worker{'s' if workers > 1 else ''} (Ctrl+C stops)")
    if settings.dev:
        typer.echo(f"  GraphiQL:        {base}/graphql")
    typer.echo(f"  public listings: {base}/public/listings")
    typer.echo(f"  metrics:         {base}/metrics")
    configure_logging(settings.log_format, settings.log_level)
    if not run_server(sock, workers=workers, settings=settings):
        fail("the service did not start (see the log above)")


def _check_push_settings() -> None:
    """Refuse bad push settings in one line before serving, not as a lifespan traceback."""
    from credit.push.client import PushConfigError
    from credit.push.dispatcher import Dispatcher, push_configured
    from credit.settings import get_settings

    settings = get_settings()
    if not push_configured(settings):
        return

    async def probe() -> None:
        dispatcher = Dispatcher(settings)
        await dispatcher.client.aclose()

    try:
        asyncio.run(probe())
    except PushConfigError as exc:
        fail(str(exc))


async def _noop() -> None:
    return None


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover
        sys.exit(130)


if __name__ == "__main__":
    main()
