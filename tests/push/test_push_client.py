"""The platform client without a database: signing, documents, how answers are read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from loopback_platform import Fault, LoopbackPlatform, status
from push_support import OLD_SECRET, SECRET
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from credit.push.client import (
    Answered,
    BatchRefused,
    Gone,
    PlatformClient,
    PushConfigError,
    Retry,
    Signer,
    batch_id,
    classify,
    event_document,
    parse_secrets,
    retry_after_seconds,
)

DOC = event_document(
    event_id="5b0e6a54-3c1f-4a43-9d3c-1b9a6e1f0c11", event_type="LISTED",
    effective_at=datetime(2026, 3, 1, 16, tzinfo=UTC), recorded_at="2026-03-02 08:00:00.5+00:00",
    payload='{"type": "listing.listed", "code": "91440300MA5XXXXX0X", "name": "某公司", "eventId": "x"}',
)


def test_each_rotated_secret_signs_so_a_receiver_knowing_either_accepts() -> None:
    body = b'{"events":[]}'
    headers = Signer(parse_secrets(f"{SECRET},{OLD_SECRET}")).headers("batch_1", body, datetime.now(UTC))
    assert len(headers["webhook-signature"].split(" ")) == 2
    for secret in (SECRET, OLD_SECRET):
        Webhook(secret).verify(body, headers, json_parse=False)
    with pytest.raises(WebhookVerificationError):
        Webhook(SECRET).verify(b'{"events":[1]}', headers, json_parse=False)


def test_secrets_must_be_whsec_base64_of_at_least_16_bytes() -> None:
    for bad in ("", " , ", "abc", "whsec_@@@", "whsec_c2hvcnQ="):
        with pytest.raises(PushConfigError):
            parse_secrets(bad)
    assert parse_secrets(f" {SECRET} ,{OLD_SECRET}") == [SECRET, OLD_SECRET]


def test_document_carries_the_protocol_fields_and_the_payload_cannot_override_them() -> None:
    assert list(DOC)[:4] == ["eventId", "eventType", "effectiveAt", "recordedAt"]
    assert DOC["eventId"] == "5b0e6a54-3c1f-4a43-9d3c-1b9a6e1f0c11"
    assert DOC["effectiveAt"] == "2026-03-01T16:00:00Z"
    assert DOC["recordedAt"] == "2026-03-02T08:00:00.500000Z"
    assert DOC["code"] == "91440300MA5XXXXX0X" and DOC["type"] == "listing.listed"


def test_batch_id_depends_on_the_set_of_event_ids_only() -> None:
    ids = ["8da6c1e0-0000-4000-8000-000000000001", "f0750000-0000-4000-8000-000000000002"]
    assert batch_id(ids) == batch_id(list(reversed(ids))) == batch_id(iter(ids))
    assert batch_id(ids).startswith("batch_") and len(batch_id(ids)) == len("batch_") + 32
    assert batch_id(ids[:1]) != batch_id(ids) != batch_id([*ids, "another"])


def test_retry_after_reads_seconds_and_http_dates() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert retry_after_seconds("120", now) == 120
    assert retry_after_seconds(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30
    assert retry_after_seconds("soon", now) is None
    assert retry_after_seconds(None, now) is None


def _response(code: int, json: object = None, **headers: str) -> httpx.Response:
    return httpx.Response(code, json=json, headers={k.replace("_", "-"): v for k, v in headers.items()})


def test_answers_map_to_acknowledge_retry_refuse_or_pause() -> None:
    answered = classify(_response(200, {"results": [
        {"eventId": "a", "status": "accepted"}, {"eventId": "b", "status": "rejected", "reason": "no"},
        {"eventId": "c", "status": "maybe"},
    ]}))
    assert isinstance(answered, Answered)
    assert set(answered.results) == {"a", "b"} and answered.results["b"].reason == "no"
    assert isinstance(classify(_response(200, {"ok": True})), Retry), "a 2xx without results acknowledges nothing"
    assert isinstance(classify(_response(204)), Retry)
    for code in (408, 425, 429, 500, 502, 503, 504):
        assert isinstance(classify(_response(code)), Retry)
    assert classify(_response(503, retry_after="7")) == Retry("HTTP 503: Service Unavailable", 7.0)
    for code in (400, 409, 413, 422):
        assert isinstance(classify(_response(code, {"reason": "bad"})), BatchRefused)
    for code in (301, 401, 403, 404, 405):
        outcome = classify(_response(code))
        assert isinstance(outcome, Retry) and outcome.alert, code
    assert classify(_response(410, {"message": "moved to v2"})) == Gone("moved to v2")


async def test_client_reports_transport_faults_as_retries() -> None:
    platform = LoopbackPlatform([SECRET]).start()
    client = PlatformClient(platform.url, [SECRET], timeout=0.3)
    try:
        platform.script(Fault("slow", seconds=1), Fault("cut"), Fault("reset"), Fault("drop"))
        for expected in ("no complete answer", "RemoteProtocolError", "", ""):
            outcome = await client.send([DOC])
            assert isinstance(outcome, Retry) and expected in outcome.error
        assert isinstance(await client.send([DOC]), Answered)
        platform.stop_listening()
        outcome = await client.send([DOC])
        assert isinstance(outcome, Retry) and "ConnectError" in outcome.error
        platform.start()
        platform.script(status(410, {"reason": "gone"}))
        assert await client.send([DOC]) == Gone("gone")
    finally:
        await client.aclose()
        platform.close()


def test_client_refuses_a_url_that_is_not_http() -> None:
    with pytest.raises(PushConfigError):
        PlatformClient("ftp://example.org/x", [SECRET], timeout=1)
