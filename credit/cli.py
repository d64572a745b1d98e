"""Command line: ``credit serve | migrate | keys issue | calendar | version | push ... | export listings
| import | persons rehash``.

Failures print one clear line and exit non-zero; never a traceback.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer

from credit import __version__
from credit.export import export_app
from credit.imports import import_command
from credit.push.cli import push_app

if TYPE_CHECKING:
    from credit.domain.calendar import YearArrangement
    from credit.settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Safety credit service (安全生产信用)")
keys_app = typer.Typer(no_args_is_help=True, help="API keys")
app.add_typer(keys_app, name="keys")
catalogue_app = typer.Typer(no_args_is_help=True, help="The joint punishment catalogue (联合惩戒措施目录)")
app.add_typer(catalogue_app, name="catalogue")
app.add_typer(push_app, name="push", help="Delivery to the shared credit platform")
app.add_typer(export_app, name="export", help="Export published data (公示数据)")
app.command("import")(import_command)
persons_app = typer.Typer(no_args_is_help=True, help="Persons' ID numbers (keyed hashes)")
app.add_typer(persons_app, name="persons")


def fail(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code=1)


def load_settings() -> Settings:
    """The settings, or one line naming the bad one and exit 1 (never a traceback)."""
    from pydantic import ValidationError

    from credit.settings import get_settings

    try:
        return get_settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(map(str, first["loc"]))
        message = str(first["msg"]).removeprefix("Value error, ")
        fail(f"bad setting {where}: {message}" if where else f"bad setting: {message}")


@app.callback()
def _startup() -> None:
    # every command starts from valid settings: a bad date in CREDIT_HOLIDAYS fails here
    load_settings()


def run_with_database(work: Callable[[], Awaitable[Any]], *, migrate: bool = True) -> Any:
    """Open the configured database, run ``work``, and turn known failures into one line."""
    from credit.services.keys import KeyRequestError
    from credit.store.db import DatabaseConfigError, database

    settings = load_settings()

    async def main() -> Any:
        async with database(settings.database_url, migrate=migrate):
            return await work()

    try:
        return asyncio.run(main())
    except typer.Exit:  # the work said what went wrong itself (fail)
        raise
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
    organisation: str | None = typer.Option(
        None, help="the organisation the key acts for (insurers: its keys share stored quotes); "
        "without one the key is its own organisation"),
    expires_in: str | None = typer.Option(None, help="expire after a while: 90d, 12h, 30m"),
    expires_at: str | None = typer.Option(
        None, help="expire at a moment: 2027-01-01 (00:00 China time) or 2027-01-01T09:00+08:00"),
    label: str = typer.Option("", help="a note for operators"),
) -> None:
    """Issue a key; the key itself is printed on the last line (shown once)."""
    from credit.services.keys import issue_key

    expiry = _expiry(expires_in, expires_at)

    async def work() -> str:
        key, secret = await issue_key(
            role, authority_code=authority_code, authority_name=authority_name, region=region, label=label,
            organisation=organisation, expires_at=expiry,
        )
        until = f", expires {key.expires_at.isoformat()}" if key.expires_at else ""
        typer.echo(f"issued {key.role} key #{key.id} ({key.prefix}...){until}")
        return secret

    secret = run_with_database(work)
    typer.echo(secret)


def _expiry(expires_in: str | None, expires_at: str | None) -> datetime | None:
    """The expiry moment from --expires-in or --expires-at (one of them), zone-aware."""
    from credit.domain.calendar import moment_of

    if expires_in and expires_at:
        fail("give --expires-in or --expires-at, not both")
    if expires_in:
        units = {"d": 86400, "h": 3600, "m": 60}
        text = expires_in.strip().lower()
        if len(text) < 2 or text[-1] not in units or not text[:-1].isdigit() or int(text[:-1]) <= 0:
            fail(f"--expires-in {expires_in!r}: use a positive number and d, h or m, e.g. 90d")
        return datetime.now(UTC) + timedelta(seconds=int(text[:-1]) * units[text[-1]])
    if expires_at:
        try:
            if len(expires_at.strip()) == 10:
                return moment_of(date.fromisoformat(expires_at.strip()))
            moment = datetime.fromisoformat(expires_at.strip().replace("Z", "+00:00"))
        except ValueError:
            fail(f"--expires-at {expires_at!r}: use 2027-01-01 or 2027-01-01T09:00+08:00")
        if moment.tzinfo is None:
            fail(f"--expires-at {expires_at!r} needs an offset, e.g. +08:00")
        return moment
    return None


@keys_app.command("list")
def keys_list() -> None:
    """Every key: prefix, role, organisation, authority, region, created, last used, expiry."""
    from credit.services.keys import list_keys

    def moment(value: datetime | None) -> str:
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ") if value else "-"

    async def work() -> list[list[str]]:
        rows = []
        now = datetime.now(UTC)
        for key in await list_keys():
            state = "revoked" if key.revoked_at else (
                "expired" if key.expires_at and key.expires_at <= now else "active")
            authority = key.authority
            rows.append([
                key.prefix, key.role, key.organisation or f"(key #{key.id})",
                f"{authority.code} {authority.name}" if authority else "-",
                key.region_prefix or "-", moment(key.recorded_at), moment(key.last_used_at),
                moment(key.expires_at), state,
            ])
        return rows

    rows = run_with_database(work)
    header = ["prefix", "role", "organisation", "authority", "region", "created", "last used",
              "expires", "state"]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        typer.echo("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


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


@persons_app.command("rehash")
def persons_rehash() -> None:
    """Hash every person's ID number again under the first secret of CREDIT_PERSON_ID_KEY
    (rotation: put the new secret first, keep the old ones after it until this has run)."""

    async def work() -> tuple[int, str]:
        from credit.store.person_ids import person_id_keys
        from credit.store.persons import rehash

        return await rehash(), person_id_keys().current.kid

    changed, kid = run_with_database(work)
    typer.echo(f"{changed} person{'s' if changed != 1 else ''} rehashed; every hash is now under key {kid}")


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

    key = rotate(load_settings().receipt_key_dir)
    typer.echo(f"new receipt signing key {key.kid}")


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="interface to listen on"),
    port: int = typer.Option(8000, help="port (0: any free port, printed at start)"),
    demo: bool = typer.Option(False, help="load a small demo data set (idempotent)"),
    workers: int = typer.Option(1, min=1, help="processes serving the one port (about one per core)"),
) -> None:
    """Migrate, then serve GraphQL at /graphql (GraphiQL in development) and the public pages at /public/."""
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
    _check_calendar()
    _check_rate_limits()
    _check_read_url()
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


def _check_read_url() -> None:
    """A read replica needs a PostgreSQL primary: said in one line before serving."""
    from credit.settings import get_settings
    from credit.store.db import DatabaseConfigError, tortoise_config

    settings = get_settings()
    try:
        tortoise_config(settings.database_url, read_url=settings.database_read_url or None)
    except DatabaseConfigError as exc:
        fail(str(exc))


def _check_rate_limits() -> None:
    """Refuse bad rate-limit settings in one line before serving (credit.api.ratelimit)."""
    from credit.api.ratelimit import RateLimitConfigError, parse_limits
    from credit.settings import get_settings

    try:
        parse_limits(get_settings().rate_limits)
    except RateLimitConfigError as exc:
        fail(str(exc))


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


def _check_calendar() -> None:
    """Read the shipped calendar before serving: a broken package fails here, in one line."""
    from credit.services.common import working_calendar

    try:
        working_calendar()
    except (OSError, ValueError, KeyError) as exc:
        fail(f"the official working-day calendar cannot be read: {exc.__class__.__name__}: {exc}")


@catalogue_app.command("publish")
def catalogue_publish(
    file: Path = typer.Argument(..., help="a catalogue version as TOML: version, effective_from, title, [[measure]]"),
) -> None:
    """Publish a catalogue version, in force from its effective_from (as the publishCatalogue mutation)."""
    from credit.domain.errors import Refusal
    from credit.services.catalogues import store_catalogue

    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"cannot read {file}: {exc}")

    async def work() -> Any:
        try:
            return await store_catalogue(text, actor="cli", role="admin")
        except Refusal as refusal:
            return refusal

    published = run_with_database(work)
    if isinstance(published, Refusal):
        fail(f"{published.code}: {published.message}")
    catalogue = published.catalogue
    typer.echo(f"published catalogue version {catalogue.version} ({len(catalogue.measures)} measures), "
               f"in force from {catalogue.effective_from}")


@catalogue_app.command("versions")
def catalogue_versions() -> None:
    """List the catalogue versions: the shipped first one and every one published since."""
    from credit.services.catalogues import catalogue_history

    async def work() -> Any:
        return await catalogue_history()

    history = run_with_database(work)
    for catalogue in history.versions:
        start = catalogue.effective_from.isoformat() if catalogue.effective_from else "the start"
        typer.echo(f"{catalogue.version}\tfrom {start}\t{len(catalogue.measures)} measures\t{catalogue.title}")


@app.command("calendar")
def calendar_command(year: int = typer.Argument(..., help="a year, e.g. 2026")) -> None:
    """Print a year's public holidays (放假) and make-up working days (调休上班)."""
    from credit.domain.errors import Refusal
    from credit.services.common import working_calendar

    try:
        arrangement = working_calendar().arrangement(year)
    except Refusal:
        fail(f"no official calendar for {year}: the service ships its years from 2020 to the "
             "latest published; add a year's notice with CREDIT_HOLIDAYS and CREDIT_MAKEUP_WORKING_DAYS")
    for line in format_arrangement(arrangement):
        typer.echo(line)


_WEEKDAYS = "一二三四五六日"


def format_arrangement(arrangement: YearArrangement) -> list[str]:
    """Days off as runs of consecutive days (one line per holiday), then each make-up day."""

    def day(d: date) -> str:
        return f"{d.isoformat()} 周{_WEEKDAYS[d.weekday()]}"

    runs: list[list[tuple[date, str]]] = []
    for item in arrangement.holidays:
        if runs and item[0] - runs[-1][-1][0] == timedelta(days=1):
            runs[-1].append(item)
        else:
            runs.append([item])
    lines = [f"{arrangement.year}年 放假 (public holidays, 法定节假日及调休):"]
    for run in runs:
        names = "、".join(dict.fromkeys(name for _, name in run if name))
        span = day(run[0][0]) if len(run) == 1 else f"{day(run[0][0])} 至 {day(run[-1][0])}"
        lines.append(f"  {span}  共{len(run)}天  {names}".rstrip())
    if not runs:
        lines.append("  (none)")
    lines.append(f"{arrangement.year}年 调休上班 (make-up working days):")
    lines += [f"  {day(d)}  {name}".rstrip() for d, name in arrangement.makeup_working_days]
    if not arrangement.makeup_working_days:
        lines.append("  (none)")
    return lines


async def _noop() -> None:
    return None


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover
        sys.exit(130)


if __name__ == "__main__":
    main()
