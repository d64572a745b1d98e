"""Serving the app: ``credit serve [--workers N]`` on one port.

Uvicorn starts each worker as a fresh process that imports the app by name and
calls its factory, ``credit.api.serving:create_served_app``: logging first (each
worker configures its own), then :func:`credit.api.app.create_app`. The listening
socket is bound here, before anything else, so a busy port is one clear error and
``--port 0`` can say which port it got; the workers share it (the kernel hands
each connection to one of them).
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from starlette.applications import Starlette

from credit.logs import configure_logging
from credit.settings import Settings, get_settings

APP_FACTORY = "credit.api.serving:create_served_app"


def create_served_app() -> Starlette:
    """The app as one worker serves it (uvicorn ``factory=True``)."""
    from credit.api import metrics
    from credit.api.app import create_app

    settings = get_settings()
    configure_logging(settings.log_format, settings.log_level)
    if metrics.MULTIPROCESS:
        from prometheus_client import multiprocess

        # a worker that stops hands back its share of the live gauges (pool in use)
        atexit.register(multiprocess.mark_process_dead, os.getpid())
    return create_app(settings)


class PortInUse(OSError):
    pass


def bind(host: str, port: int) -> socket.socket:
    """The listening socket (not yet listening), or PortInUse / OSError with one line to say."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named explicitly: asyncio sets TCP_NODELAY on accepted connections only
    # when the listening socket says TCP (proto 0 does not); without it Nagle and delayed
    # ACKs held keep-alive answers ~40 ms: 600 checks/s instead of 1,800 (uvicorn's own
    # --workers socket has proto 0 and the same stall)
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
            raise PortInUse(
                f"port {port} on {host} is already in use (another credit serve?): stop it, "
                "or choose another port with --port"
            ) from exc
        raise OSError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    sock.set_inheritable(True)  # the worker processes serve on it
    return sock


def browser_host(host: str) -> str:
    return "127.0.0.1" if host in ("0.0.0.0", "", "::") else (f"[{host}]" if ":" in host else host)


@contextmanager
def multiprocess_metrics(workers: int) -> Iterator[Path | None]:
    """With several workers, a directory where each writes its metrics (prometheus_client's
    multiprocess mode), set in the environment the workers inherit; emptied first, as the
    client library requires. A directory given in PROMETHEUS_MULTIPROC_DIR is used as is."""
    given = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if workers <= 1 and not given:
        yield None
        return
    if given:
        directory = Path(given)
        directory.mkdir(parents=True, exist_ok=True)
        for stale in directory.glob("*.db"):
            stale.unlink()
        yield directory
        return
    directory = Path(tempfile.mkdtemp(prefix="credit-metrics-"))
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(directory)
    try:
        yield directory
    finally:
        os.environ.pop("PROMETHEUS_MULTIPROC_DIR", None)
        shutil.rmtree(directory, ignore_errors=True)


def serve(sock: socket.socket, *, workers: int = 1, settings: Settings | None = None) -> bool:
    """Serve on ``sock`` until interrupted; False if the app failed to start."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    settings = settings or get_settings()
    host, port = sock.getsockname()[:2]
    config = uvicorn.Config(
        APP_FACTORY, factory=True, host=host, port=port, workers=workers,
        log_config=None,  # our handler (credit.logs) formats uvicorn's lines too
        access_log=False,  # the middleware logs each request, with its id and operation
        log_level=settings.log_level.lower(),
    )
    with multiprocess_metrics(workers):
        if workers > 1:
            Multiprocess(config, sockets=[sock]).run()
            return True
        server = uvicorn.Server(config)
        with suppress(KeyboardInterrupt):
            server.run(sockets=[sock])
        return server.started
