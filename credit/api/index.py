"""``GET /``: a small page of links, so the address printed at start leads somewhere."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from html import escape

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from credit import __version__


def links(dev: bool) -> list[tuple[str, str, str]]:
    """(path, Chinese label, English label), GraphiQL only where it is served."""
    entries = [
        ("/public/listings", "严重失信主体名单公示", "published listings"),
        ("/.well-known/jwks.json", "回执验签公钥", "receipt public keys (JWKS)"),
        ("/healthz", "存活检查", "liveness"),
        ("/readyz", "就绪检查", "readiness (database reachable and migrated)"),
        ("/metrics", "运行指标", "Prometheus metrics"),
    ]
    if dev:
        entries.insert(0, ("/graphql", "GraphQL 调试界面 (GraphiQL)", "GraphQL IDE"))
    else:
        entries.insert(0, ("/graphql", "GraphQL 接口 (POST)", "GraphQL endpoint (POST)"))
    return entries


def index_endpoint(dev: bool) -> Callable[[Request], Awaitable[Response]]:
    """HTML for a browser, JSON for anything else (a script probing the address)."""

    async def index(request: Request) -> Response:
        entries = links(dev)
        if "text/html" not in request.headers.get("accept", ""):
            return JSONResponse({"service": "safety-credit", "version": __version__,
                                 "links": {path: english for path, _, english in entries}})
        items = "\n".join(
            f'<li><a href="{escape(path)}">{escape(chinese)}</a> <small>{escape(english)}</small></li>'
            for path, chinese, english in entries
        )
        return HTMLResponse(
            '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
            f"<title>安全生产信用服务</title></head><body><h1>安全生产信用服务</h1>"
            f"<p>Safety credit service {escape(__version__)}</p><ul>\n{items}\n</ul></body></html>"
        )

    return index
