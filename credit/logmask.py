"""Persons' ID numbers never reach a log (the contract). One masking, for every record.

Installed as the logging record factory, so it holds for every logger and handler,
whoever adds them later (uvicorn, pytest, a JSON formatter): the message with its
arguments, the exception text and the stack text of each record are masked when the
record is made. graphql-core and Strawberry log failing queries with their text, where an
inline literal may hold an ID number.

An 18-character number (17 digits and a digit or X, GB 11643) keeps its first 6 and last
4 characters, as the contract masks them in answers; a 15-digit old number keeps 6 and 3,
a 2017 永居证 number (3 letters, 12 digits) 6 and 4. Passport numbers have no form of
their own to find them by: they are kept out of log messages instead (persons' numbers
travel as variables, which nothing logs).
Any such run of digits is masked, ID number or not: a log loses nothing it needs by that.
"""

from __future__ import annotations

import logging
import re
from typing import Any

_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3}[0-9Xx])(?![0-9A-Za-z])")
_OLD_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(\d{6})(\d{6})(\d{3})(?![0-9A-Za-z])")
#: a 2017 外国人永久居留身份证: 3 letters (nationality) and 12 digits
_FOREIGN_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])([A-Za-z]{3}\d{3})(\d{5})(\d{4})(?![0-9A-Za-z])")


def mask(text: str) -> str:
    """``text`` with every ID-number-shaped run masked."""
    if len(text) < 15:
        return text
    text = _ID_NUMBER.sub(lambda m: f"{m[1]}********{m[3][-4:]}", text)
    text = _FOREIGN_ID_NUMBER.sub(lambda m: f"{m[1]}*****{m[3]}", text)
    return _OLD_ID_NUMBER.sub(lambda m: f"{m[1]}******{m[3]}", text)


def mask_record(record: logging.LogRecord) -> logging.LogRecord:
    try:
        message = record.getMessage()
    except Exception:  # a record whose arguments do not fit its format: keep it readable
        message = f"{record.msg!s} {record.args!r}"
    masked = mask(message)
    if masked != message or record.args:
        record.msg, record.args = masked, ()
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = mask(record.exc_text)
        # formatters that render exc_info themselves would print the unmasked text
        record.exc_info = None
    if record.stack_info:
        record.stack_info = mask(record.stack_info)
    return record


class IdNumberFilter(logging.Filter):
    """The same masking as a filter, for a handler that wants it explicitly."""

    def filter(self, record: logging.LogRecord) -> bool:
        mask_record(record)
        return True


_installed = False


#: loggers that write every SQL statement with its parameters at DEBUG, persons' numbers
#: among them: held at INFO whatever the root level
_STATEMENT_LOGGERS = ("aiosqlite", "tortoise.db_client", "asyncpg")


def install_id_number_masking() -> None:
    """Wrap the record factory once per process; every record is masked when it is made."""
    global _installed
    for name in _STATEMENT_LOGGERS:
        logger = logging.getLogger(name)
        if logger.level < logging.INFO:  # NOTSET (0) too: a root at DEBUG would reach it
            logger.setLevel(logging.INFO)
    if _installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        return mask_record(previous(*args, **kwargs))

    logging.setLogRecordFactory(factory)
    _installed = True
