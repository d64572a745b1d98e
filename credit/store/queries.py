"""Small typed helpers over Tortoise queries (its stubs type a flat ``values_list`` as tuples)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import lru_cache
from typing import Any, TypeVar, cast

import asyncpg
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.fields import DatetimeField, DecimalField, JSONField
from tortoise.models import Model
from tortoise.queryset import QuerySet

M = TypeVar("M", bound=Model)


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


_GENERATED, _NOW, _CALL, _VALUE = range(4)


@lru_cache
def _new_row_plan(model: type[Model]) -> tuple[tuple[str, int, Any], ...]:
    """For each column of ``model``: how a new row gets it when not given (worked out once)."""
    meta = model._meta
    plan = []
    for name in meta.fields_db_projection:
        field = meta.fields_map[name]
        if field.pk and field.generated:
            plan.append((name, _GENERATED, None))
        elif isinstance(field, DatetimeField) and (field.auto_now or field.auto_now_add):
            plan.append((name, _NOW, None))
        elif callable(field.default):
            plan.append((name, _CALL, field.default))
        else:
            plan.append((name, _VALUE, field.default))
    return tuple(plan)


def new_row(model: type[Model], values: Mapping[str, Any], now: datetime) -> dict[str, Any]:
    """A whole row of ``model`` to insert: ``values`` (Python field names) and, for every other
    column, what the model gives a new row (its default, ``now`` for auto timestamps, null).
    A generated primary key is left to the database unless given."""
    row: dict[str, Any] = {}
    for name, how, default in _new_row_plan(model):
        if name in values:
            row[name] = values[name]
        elif how == _VALUE:
            row[name] = default
        elif how == _NOW:
            row[name] = now
        elif how == _CALL:
            row[name] = default()
    return row


#: below this many rows a COPY's extra round trips cost more than it saves
COPY_FROM_ROWS = 20


async def insert_rows(conn: BaseDBAsyncClient, model: type[Model], rows: list[dict[str, Any]]) -> None:
    """Insert whole rows (``new_row``), all with the same columns, in the connection's transaction.

    PostgreSQL, from ``COPY_FROM_ROWS`` rows: one COPY, several times faster than an INSERT
    per row (measured: 100,000 penalties with their audit entries and outbox events); fewer
    rows (a mutation's) take one round trip as INSERTs. SQLite: Tortoise's bulk insert,
    which writes values the way every other query of the service reads them.
    """
    if not rows:
        return
    if conn.capabilities.dialect != "postgres" or len(rows) < COPY_FROM_ROWS:
        await model.bulk_create([model(**row) for row in rows], using_db=conn)
        return
    meta = model._meta
    names = list(rows[0])
    # the model's own checks of each value (lengths, digits), as Tortoise's inserts make them:
    # the safety net under the actions' checks (a ValidationError, answered BAD_USER_INPUT)
    checked = [(name, field) for name in names if (field := meta.fields_map[name]).validators]
    for row in rows:
        for name, field in checked:
            field.validate(row[name])
    # asyncpg encodes the Python values itself; JSON columns take the model's own encoding
    encoders = {name: field.encoder for name in names if isinstance(field := meta.fields_map[name], JSONField)}
    records = [
        tuple(encoders[name](value) if name in encoders and value is not None else value
              for name, value in row.items())
        for row in rows
    ]
    async with conn.acquire_connection() as raw:
        try:
            await raw.copy_records_to_table(
                meta.db_table, records=records, columns=[meta.fields_db_projection[n] for n in names]
            )
        except asyncpg.exceptions.IntegrityConstraintViolationError as exc:  # as Tortoise's own inserts say it
            raise IntegrityError(exc) from exc


@lru_cache
def _money(model: type[Model]) -> tuple[tuple[str, Any], ...]:
    """The Decimal columns of a model, with their conversion to the column's places."""
    return tuple((name, field.to_python_value) for name, field in model._meta.fields_map.items()
                 if isinstance(field, DecimalField) and name in model._meta.fields_db_projection)


def as_loaded(model: type[M], row: Mapping[str, Any]) -> M:
    """The instance of a row just inserted with ``insert_rows``, as if read back from the database
    (money to its column's places, as both databases give it back)."""
    projection = model._meta.fields_db_projection
    values = {projection[name]: value for name, value in row.items()}
    for name, places in _money(model):
        if row.get(name) is not None:
            values[projection[name]] = places(row[name])
    return model._init_from_db(**values)
