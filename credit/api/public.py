"""The public pages (公示) and open data under /public/: anonymous, rendered on the server,
readable without JavaScript, nothing loaded from another host.

Thin on purpose: credit.services.publication decides what is published and when it
changed; this module turns that into HTML, JSON and CSV with the right status codes and
caching headers.
"""

from __future__ import annotations

import functools
import gzip
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from typing import Any

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

import credit.public
from credit.domain.calendar import CHINA
from credit.domain.codes import is_valid_uscc, normalise_code
from credit.domain.errors import Refusal
from credit.domain.listings import ListKind
from credit.domain.publication import LIST_SHORT_TITLES, Publication
from credit.services.agency_rating import agency_rating
from credit.services.open_data import csv_document, json_document
from credit.services.publication import (
    PER_PAGE,
    FilterError,
    NotPublished,
    PublicFilter,
    Version,
    public_listing,
    publication_version,
    published_listings,
)
from credit.store.models import Enterprise
from credit.store.replica import data_as_of, replica_reads

_PACKAGE = Path(credit.public.__file__).parent
STATIC_PREFIX = "/public/static"
templates = Jinja2Templates(directory=str(_PACKAGE / "templates"))

#: the pages promise no script and no file from another host: the browser holds them to it
_PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}
_KINDS = [(kind.value, LIST_SHORT_TITLES[kind]) for kind in ListKind]


def _render(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    context.setdefault("data_moment", datetime.now(CHINA))
    context.update(static_prefix=STATIC_PREFIX, kinds=_KINDS, per_page=PER_PAGE)
    return templates.TemplateResponse(request, name, context, status_code=status_code, headers=_PAGE_HEADERS)


def _error_page(request: Request, status_code: int, heading: str, message: str) -> Response:
    return _render(request, "error.html", status_code, heading=heading, message=message)


def _page_number(raw: str | None) -> int:
    if raw is None or raw == "":
        return 1
    if not raw.isascii() or not raw.isdigit() or int(raw) < 1:
        raise FilterError("page", "页码应为正整数")
    return int(raw)


async def listings_page(request: Request) -> Response:
    """GET /public/listings: the listings in force today, 50 a page, with the search form."""
    params = request.query_params
    moment = datetime.now(CHINA)
    try:
        filters = PublicFilter.parse(params.get("kind"), params.get("q"), params.get("region"))
        page = _page_number(params.get("page"))
        published = await published_listings(filters, on=moment.date(), page=page)
    except FilterError as error:
        return _render(request, "listings.html", 400, filters=PublicFilter(), published=None,
                       published_day=moment.date(), error=error.message, data_moment=moment)
    if published.total and page > published.pages:
        return _render(request, "listings.html", 404, filters=filters, published=None, published_day=published.day,
                       error=f"没有第 {page} 页：共 {published.pages} 页。", data_moment=moment)
    # read from a replica, the data is as fresh as its last replayed commit (credit.store.replica)
    fresh = await data_as_of(moment)
    return _render(request, "listings.html", filters=filters, published=published, published_day=published.day,
                   error=None, data_moment=(fresh or moment).astimezone(CHINA))


async def listing_page(request: Request) -> Response:
    """GET /public/listings/{id}: one listing while it is published; 410 once ended, else 404."""
    try:
        detail = await public_listing(request.path_params["listing_id"])
    except NotPublished as not_published:
        if not_published.reason == Publication.GONE:
            return _error_page(request, 410, "该名单信息已停止公示",
                               "该名单已期满移出或经信用修复提前移出，自移出之日起依法停止公示。")
        return _error_page(request, 404, "未找到公示信息", "该编号没有正在公示的名单信息。")
    return _render(request, "listing.html", row=detail.row, ground=detail.ground,
                   penalties=detail.penalties, persons=detail.persons)


# ------------------------------------------------------------------ open data


def _http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC).replace(microsecond=0), usegmt=True)


def _gzip_tag(etag: str) -> str:
    # the compressed bytes are another representation: another strong ETag (RFC 9110 §8.8.3)
    return etag[:-1] + '-gz"'


def _not_modified(headers: Headers, version: Version) -> bool:
    """RFC 9110 §13.1: If-None-Match decides when present; If-Modified-Since only without it."""
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return bool({"*", version.etag, _gzip_tag(version.etag)} & tags)
    if_modified_since = headers.get("if-modified-since")
    if if_modified_since:
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            return False
        # HTTP dates have whole seconds: compare the moment as it was sent
        return version.last_modified.replace(microsecond=0) <= since
    return False


#: the latest open data bodies, gzipped, by ETag. The whole blacklist is 70,000 rows, 34 MB
#: of JSON that takes seconds to build and 2-3 MB once compressed: built once per state of
#: the data, kept small, and unzipped for the rare client that takes no gzip.
_bodies: OrderedDict[str, bytes] = OrderedDict()
_BODIES_KEPT = 8


async def _compressed_body(filters: PublicFilter, representation: str, version: Version) -> bytes:
    body = _bodies.get(version.etag)
    if body is not None:
        _bodies.move_to_end(version.etag)
        return body
    published = await published_listings(filters, on=version.day)
    if representation == "csv":
        raw = csv_document(published.rows)
    else:
        raw = json_document(published.rows, filters, last_modified=version.last_modified)
    body = gzip.compress(raw, compresslevel=6, mtime=0)
    _bodies[version.etag] = body
    if len(_bodies) > _BODIES_KEPT:
        _bodies.popitem(last=False)
    return body


def _accepts_gzip(headers: Headers) -> bool:
    for part in headers.get("accept-encoding", "").split(","):
        coding, _, quality = part.strip().partition(";")
        if coding.strip().lower() in ("gzip", "*"):
            return quality.strip().replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


async def _open_data(request: Request, representation: str) -> Response:
    params = request.query_params
    try:
        filters = PublicFilter.parse(params.get("kind"), params.get("q"), params.get("region"))
    except FilterError as error:
        return JSONResponse({"error": {"field": error.name, "message": error.message}}, status_code=400)
    version = await publication_version(filters, representation)  # before the rows: see there
    compressed = _accepts_gzip(request.headers)
    headers = {
        "ETag": _gzip_tag(version.etag) if compressed else version.etag,
        "Last-Modified": _http_date(version.last_modified),
        "Cache-Control": f"public, max-age={version.max_age}",
        "Vary": "Accept-Encoding",
    }
    if representation == "csv":
        headers["Content-Disposition"] = f'attachment; filename="listings-{filters.kind.value.lower()}.csv"'
    if _not_modified(request.headers, version):
        return Response(status_code=304, headers=headers)
    body = await _compressed_body(filters, representation, version)
    if compressed:
        headers["Content-Encoding"] = "gzip"
    else:
        body = gzip.decompress(body)
    media_type = "text/csv; charset=utf-8" if representation == "csv" else "application/json"
    return Response(body, media_type=media_type, headers=headers)


async def listings_json(request: Request) -> Response:
    """GET /public/listings.json: every row matching the filters, no paging."""
    return await _open_data(request, "json")


async def listings_csv(request: Request) -> Response:
    """GET /public/listings.csv: the same rows, UTF-8 with a header row."""
    return await _open_data(request, "csv")


async def agency_page(request: Request) -> Response:
    """GET /public/agencies/{code}: a safety service agency's credit rating of last year
    (安全生产服务机构信用评价), ``?year=`` another year; 404 for other codes."""
    code = normalise_code(request.path_params["code"][:64])
    enterprise = await Enterprise.get_or_none(code=code) if is_valid_uscc(code) else None
    raw_year = request.query_params.get("year") or ""
    if raw_year and not (raw_year.isascii() and raw_year.isdigit() and len(raw_year) == 4):
        return _error_page(request, 400, "查询条件有误", "年度应为四位数字。")
    try:
        rated = await agency_rating(enterprise, int(raw_year) if raw_year else None) if enterprise else None
    except Refusal as refusal:
        return _error_page(request, 400, "查询条件有误", refusal.message)
    if enterprise is None or rated is None:
        return _error_page(request, 404, "未找到公示信息", "该代码不是已登记的安全生产服务机构。")
    return _render(request, "agency.html", enterprise=enterprise, rated=rated)


async def _to_listings(request: Request) -> Response:
    return RedirectResponse("/public/listings", status_code=308)


def _from_replica(endpoint: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
    """Public reads go to the replica when there is one (credit.services.reads): what the
    public sees lags the primary by the replay delay, which the list page states."""

    @functools.wraps(endpoint)
    async def read(request: Request) -> Response:
        with replica_reads():
            return await endpoint(request)

    return read


def public_routes() -> list[BaseRoute]:
    """Mounted by credit.api.app; no key needed (public callers are anonymous)."""
    return [
        Route("/public", _to_listings),
        Route("/public/", _to_listings),
        Route("/public/listings", _from_replica(listings_page)),
        Route("/public/listings.json", _from_replica(listings_json)),
        Route("/public/listings.csv", _from_replica(listings_csv)),
        Route("/public/listings/{listing_id}", _from_replica(listing_page)),
        Route("/public/agencies/{code}", _from_replica(agency_page)),
        Mount(STATIC_PREFIX, app=StaticFiles(directory=str(_PACKAGE / "static")), name="public_static"),
    ]
