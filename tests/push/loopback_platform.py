"""A real HTTP/1.1 receiver on 127.0.0.1 playing the shared platform, failing on demand.

It runs its own event loop in a background thread (or as ``python loopback_platform.py``
for benchmarks), verifies Standard Webhooks signatures, de-duplicates by event id, and
keeps a log precise enough to check the dispatcher's promises afterwards: every arrival
and every acknowledgement gets a number from one counter, so "E arrived before the event
ahead of it was acknowledged" is a comparison of two numbers.

Raw asyncio streams rather than a framework, because the faults under test (a reply cut
half-way, a connection dropped after the work was done) live below what ASGI exposes.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import threading
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

import orjson
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

FaultKind = Literal["ok", "status", "slow", "cut", "drop", "reset", "hold"]


@dataclass(frozen=True)
class Fault:
    """What to do with one request instead of answering normally.

    ok: answer normally (to script faults for later requests).
    status: answer ``status`` with ``headers``/``body`` and record nothing.
    slow: process the events, then answer only after ``seconds`` (past the client's timeout).
    cut: process the events, start a 200 answer and close the connection half-way.
    drop: process the events, then close the connection without a word (a lost ack).
    reset: close the connection before reading the body; nothing processed.
    hold: process the events, then wait until ``release()`` before answering.
    """

    kind: FaultKind
    status: int = 500
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    seconds: float = 0.0


def status(code: int, body: Any = None, **headers: str) -> Fault:
    payload = orjson.dumps(body) if body is not None else b""
    return Fault("status", status=code, body=payload,
                 headers=tuple((k.replace("_", "-"), v) for k, v in headers.items()))


@dataclass
class Arrival:
    seq: int
    request: int
    event_id: str
    code: str
    document: dict[str, Any]
    at: float


@dataclass
class PlatformLog:
    arrivals: list[Arrival] = field(default_factory=list)
    #: event id -> the counter value when its first acknowledgement was written
    acked: dict[str, int] = field(default_factory=dict)
    #: event id -> first document received (the platform's published copy)
    accepted: dict[str, dict[str, Any]] = field(default_factory=dict)
    rejected: dict[str, str] = field(default_factory=dict)
    #: (request number, monotonic time, HTTP status or fault kind, event count, webhook-id)
    requests: list[tuple[int, float, str, int, str]] = field(default_factory=list)
    signature_failures: list[str] = field(default_factory=list)
    #: an event id that arrived while another request carrying it was still unanswered
    concurrent: list[str] = field(default_factory=list)
    #: request number -> the event ids of its body, in body order (also for refused requests)
    bodies: dict[int, list[str]] = field(default_factory=dict)
    #: request number -> the path it was sent to (senders told apart by a query string)
    paths: dict[int, str] = field(default_factory=dict)


class LoopbackPlatform:
    def __init__(self, verify_with: Iterable[str], *, port: int = 0) -> None:
        #: the message must verify under each of these secrets on its own
        self.hooks = [Webhook(s) for s in verify_with]
        self.port = port
        self.delay = 0.0
        self.reject: dict[str, str] = {}
        #: answer 422 to any batch holding one of these ids (a batch-level refusal)
        self.refuse: set[str] = set()
        self.faults: deque[Fault] = deque()
        self.log = PlatformLog()
        self._lock = threading.Lock()
        self._seq = 0
        self._requests = 0
        self._in_flight: dict[str, int] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.base_events.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._release: asyncio.Event | None = None
        self.held = threading.Event()
        #: set while the port accepts connections (tests wait on it, never on a sleep)
        self.listening = threading.Event()

    # ------------------------------------------------------------ control (any thread)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/events"

    def start(self) -> LoopbackPlatform:
        if self._loop is None:
            self._loop = asyncio.new_event_loop()
            self._thread = threading.Thread(target=self._loop.run_forever, name="loopback-platform",
                                            daemon=True)
            self._thread.start()
        self._call(self._listen())
        return self

    def stop_listening(self) -> None:
        """The platform goes down: the port is closed and open connections are cut."""
        self._call(self._close())

    def close(self) -> None:
        if self._loop is None:
            return
        self._call(self._close())
        self._loop.call_soon_threadsafe(self._loop.stop)
        assert self._thread is not None
        self._thread.join(5)
        self._loop.close()
        self._loop = None

    def script(self, *faults: Fault) -> None:
        with self._lock:
            self.faults.extend(faults)

    def release(self) -> None:
        """Let a held request be answered."""
        if self._loop is not None and self._release is not None:
            self._loop.call_soon_threadsafe(self._release.set)

    def snapshot(self) -> PlatformLog:
        with self._lock:
            return PlatformLog(
                arrivals=list(self.log.arrivals), acked=dict(self.log.acked),
                accepted=dict(self.log.accepted), rejected=dict(self.log.rejected),
                requests=list(self.log.requests), signature_failures=list(self.log.signature_failures),
                concurrent=list(self.log.concurrent), bodies=dict(self.log.bodies), paths=dict(self.log.paths),
            )

    def _call(self, coro: Any) -> Any:
        assert self._loop is not None
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(10)

    # ------------------------------------------------------------ server (its own loop)

    async def _listen(self) -> None:
        self._release = asyncio.Event()
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port, backlog=128)
        self.port = self._server.sockets[0].getsockname()[1]
        self.listening.set()

    async def _close(self) -> None:
        self.listening.clear()
        if self._server is not None:
            self._server.close()
            for writer in list(self._writers):
                writer.transport.abort()
            await self._server.wait_closed()
            self._server = None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                lines = head.decode("latin-1").split("\r\n")
                headers = {":path": lines[0].split(" ")[1] if lines[0].count(" ") >= 2 else ""}
                for line in lines[1:]:
                    if ":" in line:
                        name, _, value = line.partition(":")
                        headers[name.strip().lower()] = value.strip()
                with self._lock:
                    fault = self.faults.popleft() if self.faults else None
                if fault is not None and fault.kind == "ok":
                    fault = None
                if fault is not None and fault.kind == "reset":
                    self._note(0, "reset", headers)
                    writer.transport.abort()
                    return
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                keep = await self._handle(body, headers, fault, writer)
                if not keep:
                    return
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            self._writers.discard(writer)
            with contextlib.suppress(Exception):
                writer.close()

    async def _handle(self, body: bytes, headers: dict[str, str], fault: Fault | None,
                      writer: asyncio.StreamWriter) -> bool:
        if self.delay:
            await asyncio.sleep(self.delay)
        with self._lock:
            self._requests += 1
            number = self._requests
            self.log.paths[number] = headers.get(":path", "")
            with contextlib.suppress(ValueError, KeyError, TypeError):
                self.log.bodies[number] = [e["eventId"] for e in orjson.loads(body)["events"]]
        if fault is not None and fault.kind == "status":
            self._note(number, str(fault.status), headers, len(orjson.loads(body)["events"]))
            await self._respond(writer, fault.status, fault.body, fault.headers)
            return True
        for hook in self.hooks:
            try:
                hook.verify(body, headers, json_parse=False)
            except WebhookVerificationError as exc:
                with self._lock:
                    self.log.signature_failures.append(str(exc))
                self._note(number, "401", headers)
                await self._respond(writer, 401, orjson.dumps({"reason": "bad signature"}))
                return True
        events = orjson.loads(body)["events"]
        ids = [e["eventId"] for e in events]
        if fault is None and self.refuse.intersection(ids):
            self._note(number, "422", headers, len(ids))
            await self._respond(writer, 422, orjson.dumps({"reason": "事件内容不符合规范"}))
            return True
        results = self._process(number, events)
        self._note(number, fault.kind if fault else "200", headers, len(ids))
        answer = orjson.dumps({"results": results})
        try:
            if fault is None:
                await self._respond(writer, 200, answer)
                self._ack(ids)
                return True
            if fault.kind == "slow":
                await asyncio.sleep(fault.seconds)
                await self._respond(writer, 200, answer)  # nobody is listening any more
                return False
            if fault.kind == "hold":
                self.held.set()
                assert self._release is not None
                await self._release.wait()
                self._release.clear()
                await self._respond(writer, 200, answer)
                return True  # the client may be dead by now: not counted as acknowledged
            if fault.kind == "cut":
                head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(answer)}\r\n\r\n"
                writer.write(head.encode() + answer[: len(answer) // 2])
                await writer.drain()
                writer.transport.abort()
                return False
            # drop: the work is done, the answer never leaves
            writer.transport.abort()
            return False
        finally:
            with self._lock:
                for event_id in ids:
                    self._in_flight[event_id] -= 1

    def _process(self, number: int, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        results = []
        now = time.monotonic()
        with self._lock:
            for event in events:
                event_id = event["eventId"]
                self._seq += 1
                if self._in_flight.get(event_id):
                    self.log.concurrent.append(event_id)
                self._in_flight[event_id] = self._in_flight.get(event_id, 0) + 1
                self.log.arrivals.append(Arrival(self._seq, number, event_id, event.get("code", ""),
                                                 event, now))
                if event_id in self.reject:
                    self.log.rejected.setdefault(event_id, self.reject[event_id])
                    results.append({"eventId": event_id, "status": "rejected",
                                    "reason": self.reject[event_id]})
                elif event_id in self.log.accepted:
                    results.append({"eventId": event_id, "status": "duplicate"})
                else:
                    self.log.accepted[event_id] = event
                    results.append({"eventId": event_id, "status": "accepted"})
        return results

    def _ack(self, ids: list[str]) -> None:
        with self._lock:
            for event_id in ids:
                self._seq += 1
                self.log.acked.setdefault(event_id, self._seq)

    def _note(self, number: int, outcome: str, headers: dict[str, str], count: int = 0) -> None:
        with self._lock:
            self.log.requests.append((number, time.monotonic(), outcome, count,
                                      headers.get("webhook-id", "")))

    async def _respond(self, writer: asyncio.StreamWriter, code: int, body: bytes,
                       headers: Iterable[tuple[str, str]] = ()) -> None:
        extra = "".join(f"{k}: {v}\r\n" for k, v in headers)
        head = (f"HTTP/1.1 {code} X\r\ncontent-type: application/json\r\n"
                f"content-length: {len(body)}\r\n{extra}\r\n")
        writer.write(head.encode() + body)
        await writer.drain()


def main() -> None:
    """Serve until killed, for benchmarks: ``python loopback_platform.py --port P --secret S``."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--secret", required=True)
    args = parser.parse_args()
    platform = LoopbackPlatform([args.secret], port=args.port)

    async def serve() -> None:
        await platform._listen()
        print(f"listening on {platform.url}", flush=True)
        await asyncio.Event().wait()

    asyncio.run(serve())


if __name__ == "__main__":
    main()
