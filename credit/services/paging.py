"""Paging: the contract's ``first`` (default 100, also when null; at most 1,000) and id cursors."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from credit.domain.errors import Refusal

DEFAULT_PAGE = 100
MAX_PAGE = 1000

T = TypeVar("T")
N = TypeVar("N")


def page_size(first: int | None) -> int:
    """``first`` defaults to 100 (also when null) and is at most 1,000."""
    if first is None:
        return DEFAULT_PAGE
    if first < 0 or first > MAX_PAGE:
        raise Refusal("INVALID_VALUE", "first", f"应在0到{MAX_PAGE}之间")
    return first


def id_cursor(pk: int) -> str:
    return base64.urlsafe_b64encode(f"id:{pk}".encode()).decode()


def after_id(cursor: str | None) -> int:
    """The id a cursor points after (0 for the first page)."""
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
        if not text.startswith("id:"):
            raise ValueError(text)
        value = int(text[3:])
        if not 0 <= value < 2**63:  # a larger one reached the database as a 500
            raise ValueError(value)
        return value
    except (ValueError, binascii.Error, UnicodeError) as exc:
        raise Refusal("INVALID_CURSOR", "after") from exc


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of rows ordered by id, with the total the filters match."""

    rows: Sequence[T]
    has_next: bool
    total: int

    def map(self, wrap: Callable[[T], N]) -> Page[N]:
        return Page([wrap(r) for r in self.rows], self.has_next, self.total)


def page_of_ids(ids: Sequence[int], start: int, limit: int) -> Page[int]:
    """The page of ``ids`` (ascending: all the filters match) after id ``start``, at most
    ``limit`` long, with their total: a page cut from ids read for many pages at once."""
    later = [i for i in ids if i > start]
    return Page(later[:limit], len(later) > limit, len(ids))
