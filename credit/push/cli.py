"""``credit push``: run the dispatcher on its own, see and steer the push."""

from __future__ import annotations

import asyncio
import json
import signal
import sys
from collections.abc import Awaitable, Callable
from typing import Annotated, NoReturn, TypeVar

import typer
from pydantic import ValidationError

from credit.logs import configure_logging
from credit.push.client import PushConfigError
from credit.push.dispatcher import Dispatcher
from credit.push.status import delivery_status, lift_pause, requeue
from credit.settings import Settings, get_settings
from credit.store.db import DatabaseConfigError, database

T = TypeVar("T")

push_app = typer.Typer(help="Push to the shared credit platform (全国信用信息共享平台).", no_args_is_help=True)


def _fail(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code=1)


def _settings() -> Settings:
    try:
        return get_settings()
    except ValidationError as exc:
        _fail("; ".join(str(e["msg"]) for e in exc.errors()))


def _with_database(work: Callable[[], Awaitable[T]]) -> T:
    """Run ``work`` on the configured database; known failures become one line, not a traceback."""

    async def go() -> T:
        async with database(_settings().database_url):
            return await work()

    try:
        return asyncio.run(go())
    except (DatabaseConfigError, PushConfigError, OSError) as exc:
        _fail(str(exc))


async def _run(settings: Settings, lease_seconds: float | None) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)  # finish the batch in flight, then leave
    async with (
        database(settings.database_url),
        Dispatcher(settings, lease_seconds=lease_seconds) as dispatcher,
    ):
        await dispatcher.run(stop)


@push_app.command()
def run(
    lease_seconds: Annotated[
        float | None,
        typer.Option(help="SQLite only: how long the dispatching lease lasts without renewal."),
    ] = None,
) -> None:
    """Deliver queued events until SIGINT or SIGTERM (the batch in flight is finished)."""
    settings = _settings()
    configure_logging(settings.log_format, settings.log_level)  # httpx's line per batch stays quiet
    if not settings.platform_url:
        _fail("CREDIT_PLATFORM_URL is not set: there is nowhere to push to")
    if not settings.push_enabled:
        _fail("CREDIT_PUSH_ENABLED is false")
    try:
        asyncio.run(_run(settings, lease_seconds))
    except (PushConfigError, DatabaseConfigError, OSError) as exc:
        _fail(str(exc))


def push_off_reason(settings: Settings) -> str | None:
    """Why nothing is being delivered, or None when push is configured."""
    if not settings.platform_url:
        why = "CREDIT_PLATFORM_URL is not set"
    elif not settings.push_enabled:
        why = "CREDIT_PUSH_ENABLED is false"
    else:
        return None
    return (
        f"{why}. Every published change is still queued for the shared platform (in the same "
        "transaction as the change), but nothing sends it, so the backlog grows. Set "
        "CREDIT_PLATFORM_URL and CREDIT_PLATFORM_SECRET, then `credit serve` or `credit push run` "
        "delivers the queue in order."
    )


@push_app.command()
def status(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Backlog, oldest undelivered event, counts by state, pause and lease. Exits 1 while paused."""

    async def read() -> dict[str, object]:
        return (await delivery_status()).as_json()

    off = push_off_reason(_settings())
    data = _with_database(read)
    if as_json:
        typer.echo(json.dumps({**data, "pushEnabled": off is None, "pushOffReason": off},
                              ensure_ascii=False, indent=2))
        return
    if off is not None:
        typer.echo(f"push is off: {off}")
    counts = data.pop("counts")
    assert isinstance(counts, dict)
    width = max(len(k) for k in [*data, *counts])
    for key, value in data.items():
        typer.echo(f"{key:<{width}}  {'-' if value is None else value}")
    for state, count in counts.items():
        typer.echo(f"{state:<{width}}  {count}")
    if data.get("paused"):
        sys.exit(1)  # lets a monitoring script notice a paused push


@push_app.command()
def resume() -> None:
    """Lift the pause a 410 Gone set (check CREDIT_PLATFORM_URL first)."""

    async def lift() -> bool:
        return await lift_pause(actor="cli", role="admin")

    typer.echo("resumed" if _with_database(lift) else "was not paused")


@push_app.command()
def redeliver(event_ids: Annotated[list[str], typer.Argument(help="Event ids (UUIDs).")]) -> None:
    """Queue events again, keeping their ids (FAILED after an outage, REJECTED once fixed)."""

    async def go() -> tuple[int, list[str]]:
        result = await requeue(event_ids, actor="cli", role="admin")
        return len(result.requeued), [f"{v.field}: {v.message}" for v in result.violations]

    count, problems = _with_database(go)
    for problem in problems:
        typer.echo(f"error: {problem}", err=True)
    typer.echo(f"requeued {count}")
    if problems:
        raise typer.Exit(code=1)
