"""The shared platform's HTTP client: one Standard Webhooks-signed POST per batch.

The wire protocol (request, answers, errors) is described in docs/push-protocol.md;
this module is its executable form and knows nothing of the database.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Literal

import httpx
import orjson
from standardwebhooks.webhooks import Webhook

from credit.domain.calendar import utc_text

USER_AGENT = "credit-push/1 (safety credit service)"

#: Namespace of batch ids: the same set of events always travels as the same message id.
_BATCH_NAMESPACE = uuid.UUID("0b6f3c52-4f0e-4b8e-9d7a-5c1f0f6b2a77")

ResultStatus = Literal["accepted", "duplicate", "rejected"]
_RESULT_STATUSES = frozenset(("accepted", "duplicate", "rejected"))

#: 4xx answers that speak about the events sent (so narrowing the batch finds the bad one).
#: Every other 4xx but 410 means our side is misconfigured (URL, secret): retried, with an alert.
EVENT_LEVEL_STATUSES = frozenset((400, 409, 413, 422))
TRANSIENT_STATUSES = frozenset((408, 425, 429))


class PushConfigError(ValueError):
    """Push settings the dispatcher cannot work with; the message says which to fix."""


# ------------------------------------------------------------------------- signing


def parse_secrets(text: str) -> list[str]:
    """CREDIT_PLATFORM_SECRET: one or more ``whsec_`` secrets, comma separated."""
    secrets = [part.strip() for part in text.split(",") if part.strip()]
    if not secrets:
        raise PushConfigError(
            "CREDIT_PLATFORM_SECRET is required when CREDIT_PLATFORM_URL is set "
            "(whsec_<base64>, several comma separated while rotating)"
        )
    for secret in secrets:
        if not secret.startswith("whsec_"):
            raise PushConfigError("CREDIT_PLATFORM_SECRET entries must start with whsec_")
        try:
            encoded = secret[len("whsec_") :]
            key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise PushConfigError("a CREDIT_PLATFORM_SECRET entry is not valid base64 after whsec_") from exc
        if len(key) < 16:
            raise PushConfigError("a CREDIT_PLATFORM_SECRET entry is shorter than 16 bytes")
    return secrets


class Signer:
    """Signs a message with every configured secret, so a receiver that knows any one of
    them accepts it: rotation is add the new secret, let the platform switch, drop the old."""

    def __init__(self, secrets: Sequence[str]) -> None:
        if not secrets:
            raise PushConfigError("at least one signing secret is needed")
        self._hooks = [Webhook(secret) for secret in secrets]

    def headers(self, msg_id: str, body: bytes, at: datetime) -> dict[str, str]:
        at = at.astimezone(UTC)
        data = body.decode("utf-8")
        signatures = " ".join(hook.sign(msg_id, at, data) for hook in self._hooks)
        return {
            "webhook-id": msg_id,
            "webhook-timestamp": str(int(at.timestamp())),
            "webhook-signature": signatures,
        }


def batch_id(event_ids: Iterable[str]) -> str:
    """The message id of a batch: a function of the *set* of its event ids, nothing else.

    The ids are sorted first: a claim lists events in ``next_attempt_at`` order, which
    changes between retries, and the same events sent again must carry the same
    ``webhook-id`` (seen before: ``{8da6, f075}`` went out as ``[8da6, f075]`` and later as
    ``[f075, 8da6]`` under two ids). Order inside the body, timestamp and signature do not
    enter it; neither do duplicates (a batch never holds one event twice).
    """
    return "batch_" + uuid.uuid5(_BATCH_NAMESPACE, "\n".join(sorted(set(event_ids)))).hex


# ------------------------------------------------------------------------- documents


def iso_moment(value: datetime | str) -> str:
    """UTC with a Z, as the GraphQL API writes moments."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return utc_text(value)


def event_document(
    *,
    event_id: str,
    event_type: str,
    effective_at: datetime | str,
    recorded_at: datetime | str,
    payload: Mapping[str, Any] | str | bytes,
) -> dict[str, Any]:
    """One event as the platform receives it: the protocol fields, then the queued payload."""
    data = orjson.loads(payload) if isinstance(payload, str | bytes) else payload
    document: dict[str, Any] = {
        "eventId": event_id,
        "eventType": event_type,
        "effectiveAt": iso_moment(effective_at),
        "recordedAt": iso_moment(recorded_at),
    }
    for key, value in data.items():
        document.setdefault(key, value)
    return document


# ------------------------------------------------------------------------- outcomes


@dataclass(frozen=True)
class EventResult:
    status: ResultStatus
    reason: str | None = None


@dataclass(frozen=True)
class Answered:
    """A 2xx with a results list. Events missing from it are treated as not acknowledged."""

    results: dict[str, EventResult]
    status_code: int = 200


@dataclass(frozen=True)
class Retry:
    """Nothing was acknowledged; try the whole batch again later."""

    error: str
    retry_after: float | None = None
    #: our configuration looks wrong (401, 403, 404, 3xx, bad URL): say so loudly
    alert: bool = False


@dataclass(frozen=True)
class BatchRefused:
    """An event-level 4xx for the whole batch (400, 409, 413, 422): the platform objects to
    something in it. A single event is then REJECTED; a larger batch is split to find it."""

    status_code: int
    reason: str


@dataclass(frozen=True)
class Gone:
    """410: the endpoint is gone for good. Delivery pauses until an operator resumes it."""

    reason: str


Outcome = Answered | Retry | BatchRefused | Gone


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as delay-seconds or an HTTP-date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _reason(response: httpx.Response) -> str:
    """The platform's own words, from a JSON body's reason/message/error or the text."""
    try:
        data = orjson.loads(response.content)
    except orjson.JSONDecodeError:
        data = None
    if isinstance(data, dict):
        for key in ("reason", "message", "error"):
            value = data.get(key)
            if isinstance(value, str) and value:
                return value[:1000]
    text = response.content[:1000].decode("utf-8", "replace").strip()
    return text or response.reason_phrase or f"HTTP {response.status_code}"


def _parse_results(response: httpx.Response) -> dict[str, EventResult] | None:
    try:
        data = orjson.loads(response.content)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("results"), list):
        return None
    results: dict[str, EventResult] = {}
    for item in data["results"]:
        if not isinstance(item, dict):
            continue
        event_id, status = item.get("eventId"), item.get("status")
        if not isinstance(event_id, str) or status not in _RESULT_STATUSES:
            continue  # an answer we cannot read leaves the event unacknowledged: it is retried
        reason = item.get("reason")
        results[event_id] = EventResult(status, str(reason)[:1000] if reason is not None else None)
    return results


def classify(response: httpx.Response) -> Outcome:
    """Turn one HTTP answer into what the dispatcher does next."""
    code = response.status_code
    if 200 <= code < 300:
        results = _parse_results(response)
        if results is None:
            # a 2xx we cannot read is not an acknowledgement: never drop events on it
            return Retry(f"HTTP {code} without a readable results list", alert=True)
        return Answered(results, code)
    if code == 410:
        return Gone(_reason(response))
    retry_after = retry_after_seconds(response.headers.get("retry-after"))
    if code in TRANSIENT_STATUSES or code >= 500:
        return Retry(f"HTTP {code}: {_reason(response)}", retry_after)
    if code in EVENT_LEVEL_STATUSES:
        return BatchRefused(code, _reason(response))
    return Retry(f"HTTP {code}: {_reason(response)}", retry_after, alert=True)


# ------------------------------------------------------------------------- client


class PlatformClient:
    """POSTs batches to CREDIT_PLATFORM_URL over one pooled httpx.AsyncClient.

    ``timeout`` bounds each whole request (connect, send, wait, read), not only each
    phase: a reply that trickles in slower than that is a timeout too.
    """

    def __init__(
        self,
        url: str,
        secrets: Sequence[str],
        *,
        timeout: float,
        max_connections: int = 4,
    ) -> None:
        if not url.startswith(("http://", "https://")):
            raise PushConfigError(f"CREDIT_PLATFORM_URL must be an http(s) URL, not {url!r}")
        if timeout <= 0:
            raise PushConfigError("CREDIT_PUSH_TIMEOUT_SECONDS must be positive")
        self.url = url
        self.timeout = timeout
        self._signer = Signer(secrets)
        self._http = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout),
            limits=httpx.Limits(
                max_connections=max_connections,
                max_keepalive_connections=max_connections,
                keepalive_expiry=30.0,
            ),
            headers={"user-agent": USER_AGENT, "content-type": "application/json"},
            follow_redirects=False,  # a redirect is a configuration problem, not a delivery
        )

    async def send(self, documents: Sequence[Mapping[str, Any]]) -> Outcome:
        body = orjson.dumps({"events": documents})
        msg_id = batch_id([str(d["eventId"]) for d in documents])
        headers = self._signer.headers(msg_id, body, datetime.now(UTC))
        try:
            async with asyncio.timeout(self.timeout):
                response = await self._http.post(self.url, content=body, headers=headers)
        except TimeoutError:
            return Retry(f"no complete answer within {self.timeout:g}s")
        except httpx.TimeoutException as exc:
            return Retry(f"{type(exc).__name__}: no answer within {self.timeout:g}s")
        except httpx.UnsupportedProtocol as exc:
            return Retry(f"{type(exc).__name__}: {exc}", alert=True)
        except httpx.TransportError as exc:
            return Retry(f"{type(exc).__name__}: {exc or 'connection failed'}")
        return classify(response)

    async def aclose(self) -> None:
        await self._http.aclose()
