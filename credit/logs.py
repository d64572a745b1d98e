"""Logging for the service: one handler on the root logger, formatted by structlog.

Every record, ours and our libraries' (uvicorn, strawberry, tortoise), goes through
one handler: JSON lines with ``CREDIT_LOG_FORMAT=json``, readable lines otherwise.
Values bound with :func:`bind_request` (the request id and the GraphQL operation,
bound by credit/api/middleware.py) appear on every line logged while the request
is served.

Filters: :func:`add_log_filter` attaches a ``logging.Filter`` to the handler, now and
after any later :func:`configure_logging`. Handler filters see every record,
including those propagated from child loggers (a filter on a logger would not), and
run before formatting, so a filter that rewrites ``record.msg``/``record.args`` (e.g.
masking ID numbers) changes what is written. Records keep the stdlib shape: ``msg`` a
string, ``args`` its arguments, structured fields as attributes (``extra=``).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Mapping
from contextvars import Token
from datetime import UTC, datetime
from typing import Any, Literal, TextIO

import orjson
import structlog

LogFormat = Literal["json", "console"]

#: Marks the handler this module installs, so configuring again replaces it only.
_HANDLER_FLAG = "_credit_handler"

_filters: list[logging.Filter] = []


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the moment of writing (a test runner
    swaps it per test; a handler holding the first one would write to a closed file)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        super().__init__(stream)
        self._fixed = stream is not None

    def emit(self, record: logging.LogRecord) -> None:
        if not self._fixed:
            self.stream = sys.stderr
        super().emit(record)


def _json_dumps(data: Any, **_: Any) -> str:
    # orjson: UTF-8 Chinese stays readable, and it is several times faster than json
    return orjson.dumps(data, default=str).decode()


#: LogRecord's own attributes; anything else on a record was passed with ``extra=``.
#: Also left out: what other formatters leave behind, a stale ``message`` (formatted
#: by another handler before a filter here masked ``msg``) would undo the filter, and
#: ``color_message`` is uvicorn's coloured copy of the text.
_NOT_EXTRAS = frozenset(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "color_message"}


def _fields(logger: Any, method: str, event: dict[str, Any]) -> dict[str, Any]:
    """What every line carries: time, level, logger, the values bound to the request
    (structlog.contextvars) and the record's extras, in one pass."""
    record: logging.LogRecord = event.pop("_record")
    event["timestamp"] = datetime.fromtimestamp(record.created, UTC).isoformat().replace("+00:00", "Z")
    event["level"] = method
    event["logger"] = record.name
    for key, value in structlog.contextvars.get_contextvars().items():
        event.setdefault(key, value)
    for key, value in record.__dict__.items():
        if key not in _NOT_EXTRAS and not key.startswith("_"):
            event[key] = value
    if record.exc_info:
        event["exc_info"] = record.exc_info
    return event


def _render_json(logger: Any, method: str, event: dict[str, Any]) -> str:
    # orjson: UTF-8 Chinese stays readable, and it is several times faster than json
    return orjson.dumps(event, default=str).decode()


def _render_console(logger: Any, method: str, event: dict[str, Any]) -> str:
    """``time level event [logger] key=value ...``: one line, readable, cheap."""
    head = f"{event.pop('timestamp', '')} {event.pop('level', ''):<7} {event.pop('event', '')}"
    head += f" [{event.pop('logger', '')}]"
    exception = event.pop("exception", None)
    tail = " ".join(f"{key}={value}" for key, value in event.items())
    line = f"{head} {tail}" if tail else head
    return f"{line}\n{exception}" if exception else line


class StructlogFormatter(logging.Formatter):
    """Formats a stdlib record by running it through a chain of structlog processors.

    Like ``structlog.stdlib.ProcessorFormatter`` for records from ``logging``, without
    its copy of every record: the line per request is on the hot path, and measured in a
    served request the whole ``log.info`` took 54 µs through ProcessorFormatter and its
    generic chain, 28 µs here. The record is not changed, so other handlers see it as it was.
    """

    def __init__(self, processors: list[Any]) -> None:
        super().__init__()
        self.processors = processors

    def format(self, record: logging.LogRecord) -> str:
        event: Any = {"event": record.getMessage(), "_record": record}
        method = record.levelname.lower()
        for processor in self.processors:
            event = processor(None, method, event)
        return str(event)


def processors_for(fmt: LogFormat) -> list[Any]:
    """The chain a line goes through; a module may add a structlog processor before the last."""
    return [_fields, structlog.processors.format_exc_info, _render_json if fmt == "json" else _render_console]


def configure_logging(
    fmt: LogFormat | str = "console",
    level: str | int = "INFO",
    *,
    filters: Iterable[logging.Filter] = (),
    stream: TextIO | None = None,
) -> logging.Handler:
    """Install (or replace) the service's handler on the root logger; returns it.

    Other handlers on the root logger (a test runner's) are left alone. ``filters``
    are added to those registered with :func:`add_log_filter`.
    """
    fmt = "json" if str(fmt).lower() == "json" else "console"
    for log_filter in filters:
        if log_filter not in _filters:
            _filters.append(log_filter)
    formatter = StructlogFormatter(processors_for(fmt))
    handler = _StderrHandler(stream)
    handler.setFormatter(formatter)
    setattr(handler, _HANDLER_FLAG, True)
    for log_filter in _filters:
        handler.addFilter(log_filter)
    # our lines carry none of these, and the line per request is on the hot path: the logging
    # docs' "Optimization" switches (no caller frame walk, no thread or process lookups)
    logging._srcfile = None
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _HANDLER_FLAG, False)]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level if isinstance(level, int) else level.upper())
    # uvicorn configures its own loggers with handlers of their own unless told not to
    # (credit serve passes log_config=None); make sure they reach ours exactly once
    for name in ("uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers.clear()
        logger.propagate = True
    # its access log is replaced by credit.request's line (request id, operation, time);
    # uvicorn writes access lines whenever this logger has a handler, its parents' included
    access = logging.getLogger("uvicorn.access")
    access.handlers.clear()
    access.propagate = False
    logging.getLogger("httpx").setLevel(logging.WARNING)  # a line per request is noise
    logging.getLogger("tortoise").setLevel(logging.WARNING)  # start/stop lines with object reprs
    return handler


def add_log_filter(log_filter: logging.Filter) -> None:
    """Run ``log_filter`` on every record the service writes, from now on."""
    if log_filter in _filters:
        return
    _filters.append(log_filter)
    for handler in logging.getLogger().handlers:
        if getattr(handler, _HANDLER_FLAG, False):
            handler.addFilter(log_filter)


def log_filters() -> list[logging.Filter]:
    return list(_filters)


def bind_request(**values: Any) -> Mapping[str, Token[Any]]:
    """Bind values to every log line of the current request (contextvars); returns the
    tokens for :func:`unbind_request`."""
    return structlog.contextvars.bind_contextvars(**values)


def unbind_request(tokens: Mapping[str, Token[Any]]) -> None:
    structlog.contextvars.reset_contextvars(**tokens)


def request_id() -> str | None:
    """The current request's id (bound by the observability middleware), if any."""
    value = structlog.contextvars.get_contextvars().get("request_id")
    return str(value) if value is not None else None
