"""Small typed helpers over Tortoise queries (its stubs type a flat ``values_list`` as tuples)."""

from __future__ import annotations

from typing import Any, cast

from tortoise.queryset import QuerySet


async def id_set(query: QuerySet[Any], column: str) -> set[int]:
    """The non-null integer values of one column of the rows ``query`` matches."""
    values = cast(list[Any], await query.values_list(column, flat=True))
    return {int(v) for v in values if v is not None}
