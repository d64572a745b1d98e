"""Small typed helpers over Tortoise queries (its stubs type a flat ``values_list`` as tuples)."""

from __future__ import annotations

from typing import Any, cast

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model
from tortoise.queryset import QuerySet


async def id_set(query: QuerySet[Any], column: str) -> set[int]:
    """The non-null integer values of one column of the rows ``query`` matches."""
    values = cast(list[Any], await query.values_list(column, flat=True))
    return {int(v) for v in values if v is not None}


async def reserve_ids(conn: BaseDBAsyncClient, model: type[Model], count: int) -> list[int]:
    """``count`` new primary keys of ``model``'s table, for rows a batch inserts at once
    (``bulk_create`` does not read generated keys back, and later rows of the batch refer
    to them). Call inside the batch's transaction.

    PostgreSQL: from the table's sequence, safe beside concurrent writers. SQLite: the
    table's AUTOINCREMENT counter is moved past them in one statement, which takes the
    database's write lock, so no other writer inserts into the range before we commit.
    """
    if count <= 0:
        return []
    table = model._meta.db_table
    column = model._meta.db_pk_column
    if conn.capabilities.dialect == "postgres":
        _, rows = await conn.execute_query(
            "SELECT nextval(pg_get_serial_sequence($1, $2)) FROM generate_series(1, $3)", [table, column, count]
        )
        return [int(row[0]) for row in rows]
    top = f'SELECT COALESCE(MAX("{column}"), 0) FROM "{table}"'
    _, rows = await conn.execute_query(
        f"UPDATE sqlite_sequence SET seq = MAX(seq, ({top})) + ? WHERE name = ? RETURNING seq", [count, table]
    )
    if not rows:  # the table never had a row: SQLite starts its counter on the first insert
        _, rows = await conn.execute_query(
            f"INSERT INTO sqlite_sequence (name, seq) VALUES (?, ({top}) + ?) RETURNING seq", [table, count]
        )
    last = int(rows[0][0])
    return list(range(last - count + 1, last + 1))
