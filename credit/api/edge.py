"""The HTTP edge of /graphql: everything decided before GraphQL is looked at.

In order, each step cheaper than the next:

1. body size: a ``Content-Length`` over ``CREDIT_MAX_BODY_BYTES`` (1 MiB) is 413 unread,
   and a body read in chunks stops at the limit (chunked uploads);
2. the caller (credit.services.auth) and its rate limit (credit.api.ratelimit): 429
   with ``Retry-After``; an unknown key is charged to its client address, as anonymous;
3. the body: a JSON object, valid UTF-8, nested at most 1,024 deep (orjson's own limit),
   with no NUL and no lone surrogate in any string, else 400 BAD_REQUEST. JSON is decoded
   here, once, with orjson (which refuses lone surrogates; Strawberry's json.loads would
   let them through to the database); Strawberry is handed the result (credit.api.app);
4. the gate (credit.api.gate): document, operation, role, whole-request limits.

``admit`` answers a refusal as a response, or returns None with ``request.state.caller``
and ``request.state.admitted`` set for the fast path and Strawberry.
"""

from __future__ import annotations

from typing import Any

import orjson
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from credit.api import gate, metrics
from credit.api.errors import request_errors
from credit.api.ratelimit import RateLimiter, headers
from credit.domain.errors import Refusal
from credit.services.auth import ANONYMOUS, authenticate
from credit.settings import Settings
from graphql import GraphQLSchema

_BODY_KEYS = frozenset({"query", "operationName", "variables", "extensions", "documentId"})


def json_response(payload: dict[str, Any], status: int = 200, extra: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(payload), status_code=status, media_type="application/json", headers=extra)


def refusal_response(
    refusal: Refusal, *, cost: dict[str, int] | None = None, extra: dict[str, str] | None = None
) -> Response:
    """A request refused before it ran, as credit.api.errors words it."""
    status, errors = request_errors(refusal)
    for error in errors:
        metrics.count_error(error["extensions"]["code"])
    payload: dict[str, Any] = {"data": None, "errors": errors}
    if cost is not None:
        payload["extensions"] = {"cost": cost}
    return json_response(payload, status, extra)


def _too_large(settings: Settings) -> Response:
    return refusal_response(Refusal("PAYLOAD_TOO_LARGE", None, f"最多 {settings.max_body_bytes} 字节"))


def _rate_limited(exceeded: Any) -> Response:
    return refusal_response(Refusal("RATE_LIMITED"), extra=headers(exceeded))


class BodyTooLarge(Exception):
    pass


async def read_body(request: Request, limit: int) -> bytes:
    """The body, refused past ``limit`` bytes whatever the headers said."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    body = b"".join(chunks)
    # Starlette's Request.body() returns this from now on (the fast path reads it)
    request._body = body
    return body


def _has_nul(value: Any) -> bool:
    # a loop, not recursion: orjson admits 1,024 levels, Python's stack fewer
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def decode_body(body: bytes) -> dict[str, Any]:
    """A GraphQL request body as a dict, or a refusal (HTTP 400, BAD_REQUEST)."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise Refusal("BAD_REQUEST", None, f"请求体不是有效的 JSON(UTF-8):{str(exc)[:120]}") from None
    if type(data) is not dict:
        raise Refusal("BAD_REQUEST", None, "请求体应为 JSON 对象 {\"query\", \"variables\", ...}")
    # NUL is legal JSON (\u0000) but no text here may hold it (PostgreSQL refuses it): a
    # byte search first, the walk only when that finds one
    if b"\\u0000" in body and _has_nul(data):
        raise Refusal("BAD_REQUEST", None, "请求中的字符串不能含 NUL 字符(\\u0000)")
    check_shape(data)
    return data


def check_shape(data: dict[str, Any]) -> None:
    unknown = data.keys() - _BODY_KEYS
    if unknown:
        raise Refusal("BAD_REQUEST", None, f"请求体含未知字段:{', '.join(sorted(unknown))[:120]}")
    for name, kind in (("query", str), ("operationName", str), ("variables", dict), ("extensions", dict)):
        value = data.get(name)
        if value is not None and not isinstance(value, kind):
            wanted = "字符串" if kind is str else "JSON 对象"
            raise Refusal("BAD_REQUEST", None, f"{name} 应为{wanted}或 null")


def query_params_body(request: Request) -> dict[str, Any] | None:
    """A GET request's parameters as a body; None when it asks for no operation (GraphiQL)."""
    params = request.query_params
    if "query" not in params and "documentId" not in params:
        return None
    data: dict[str, Any] = {}
    for name in ("query", "operationName", "documentId"):
        if name in params:
            data[name] = params[name]
    for name in ("variables", "extensions"):
        if params.get(name):
            try:
                data[name] = orjson.loads(params[name])
            except orjson.JSONDecodeError:
                raise Refusal("BAD_REQUEST", None, f"{name} 参数不是有效的 JSON") from None
    if _has_nul(data):
        raise Refusal("BAD_REQUEST", None, "请求中的字符串不能含 NUL 字符")
    check_shape(data)
    return data


async def admit(request: Request, settings: Settings, limiter: RateLimiter, schema: GraphQLSchema) -> Response | None:
    """Refuse the request with a response, or admit it (None) with its caller and plan set."""
    address = request.client.host if request.client else None
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > settings.max_body_bytes:
        # before the key lookup: a 50 MB upload costs nothing but this header
        return _too_large(settings)
    try:
        caller = await authenticate(request.headers.get("authorization"))
    except Refusal as denied:
        # an unknown key is not anonymous, but it is counted against its address
        exceeded = await limiter.hit(ANONYMOUS, address)
        if exceeded is not None:
            return _rate_limited(exceeded)
        return refusal_response(denied)
    exceeded = await limiter.hit(caller, address)
    if exceeded is not None:
        return _rate_limited(exceeded)
    request.state.caller = caller
    admitted: gate.Admitted | None = None
    try:
        if request.method == "GET":
            body = query_params_body(request)
            if body is None:
                return None  # GraphiQL (development) or Strawberry's own 404
        else:
            content_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
            if content_type != "application/json":
                raise Refusal("BAD_REQUEST", None, "Content-Type 应为 application/json")
            try:
                raw = await read_body(request, settings.max_body_bytes)
            except BodyTooLarge:
                return _too_large(settings)
            except ClientDisconnect:
                return Response(status_code=499)
            body = decode_body(raw)
        admitted = await gate.admit(body, caller, settings, schema)
        gate.check_items(admitted, settings)
    except Refusal as refusal:
        return refusal_response(refusal, cost=admitted.cost if admitted is not None else None)
    request.state.admitted = admitted
    return None


def with_cost(response: Response, admitted: gate.Admitted) -> Response:
    """The fast path's answer with ``extensions.cost`` added, without decoding it again."""
    body = bytes(response.body)
    if not body.endswith(b"}"):  # pragma: no cover - the fast path always answers an object
        return response
    spliced = body[:-1] + b',"extensions":' + orjson.dumps({"cost": admitted.cost}) + b"}"
    return Response(spliced, status_code=response.status_code, media_type="application/json")
