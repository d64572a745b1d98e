"""The lookups a batch of record actions makes (credit.services.records.write_records),
written to stay fast without table statistics.

A batch asks about many values at once: which penalties carry any of 1,000 decision
numbers, which of 1,000 records a later one corrects. Asked as ``column IN (...)`` or
``= ANY(...)``, PostgreSQL estimates a 1,000-value list to match most of a table, or
trusts a small guess for a table it has no statistics for (freshly filled: the very case
of a first large import), and scans the whole table comparing each row with the list:
measured at 30,000 records, 24 to 330 ms a chunk, growing with the table. Here each value
drives its own index lookup (``unnest`` and a ``LATERAL`` subquery that ``OFFSET 0`` keeps
from being flattened into a join the planner could turn back into a scan): 1 to 7 ms a
chunk whatever the table's size or statistics. SQLite plans the ``IN`` lists well as they
are. Rows come back as dictionaries of column values (as the driver gives them).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any, NamedTuple

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient

from credit.store.db import is_postgres_connection
from credit.store.models import Enterprise

Row = dict[str, Any]


class Party(NamedTuple):
    """An enterprise as a batch of record actions needs it (a fifth of a model's cost to read)."""

    id: int
    code: str
    name: str
    region_code: str


async def parties(codes: Sequence[str]) -> dict[str, Party]:
    """The registered enterprises among ``codes``, by code, read from the primary (a write checks them)."""
    if not codes:
        return {}
    conn = connections.get("default")
    if is_postgres_connection(conn):
        # one index lookup per code (the unique code index), whatever the statistics say
        _, rows = await conn.execute_query(
            "SELECT e.id, e.code, e.name, e.region_code FROM unnest($1::varchar[]) AS c(code), "
            "LATERAL (SELECT id, code, name, region_code FROM enterprise WHERE code = c.code OFFSET 0) e",
            [list(codes)],
        )
    else:
        rows = await Enterprise.filter(code__in=list(codes)).using_db(conn).values_list(
            "id", "code", "name", "region_code")
    return {row[1]: Party(*row) for row in rows}


async def numbered_penalties(conn: BaseDBAsyncClient, authority_id: int, numbers: Sequence[str]) -> list[Row]:
    """An authority's penalties (corrected ones too) carrying any of ``numbers``."""
    if not numbers:
        return []
    if is_postgres_connection(conn):
        rows = await conn.execute_query_dict(
            "SELECT r.* FROM unnest($1::varchar[]) AS n(number), LATERAL (SELECT * FROM credit_record "
            "WHERE decision_number = n.number AND authority_id = $2 OFFSET 0) r",
            [list(numbers), authority_id],
        )
    else:
        rows = await conn.execute_query_dict(
            "SELECT * FROM credit_record WHERE decision_number IN (SELECT value FROM json_each(?)) "
            "AND authority_id = ?",
            [json.dumps(list(numbers)), authority_id],
        )
    return [row for row in rows if row["kind"] == "PENALTY"]


async def accidents_on(conn: BaseDBAsyncClient, days: Sequence[tuple[int, date]]) -> list[Row]:
    """The accidents (corrected ones too) of each (enterprise id, day) given."""
    if not days:
        return []
    if is_postgres_connection(conn):
        return await conn.execute_query_dict(
            "SELECT r.* FROM unnest($1::int[], $2::date[]) AS k(enterprise_id, day), LATERAL (SELECT * "
            "FROM credit_record WHERE enterprise_id = k.enterprise_id AND kind = 'ACCIDENT' "
            "AND occurred_on = k.day OFFSET 0) r",
            [[e for e, _ in days], [d for _, d in days]],
        )
    return await conn.execute_query_dict(
        "SELECT r.* FROM json_each(?) AS k JOIN credit_record r ON r.enterprise_id = json_extract(k.value, '$[0]') "
        "AND r.kind = 'ACCIDENT' AND r.occurred_on = json_extract(k.value, '$[1]')",
        [json.dumps([[e, d.isoformat()] for e, d in days])],
    )


async def certificates(conn: BaseDBAsyncClient, numbered: Sequence[tuple[int, str]]) -> list[Row]:
    """The standardisation records (corrected ones too) of each (enterprise id, certificate number)."""
    if not numbered:
        return []
    if is_postgres_connection(conn):
        return await conn.execute_query_dict(
            "SELECT r.* FROM unnest($1::int[], $2::varchar[]) AS k(enterprise_id, number), LATERAL (SELECT * "
            "FROM credit_record WHERE enterprise_id = k.enterprise_id AND kind = 'STANDARDISATION' "
            "AND reference = k.number OFFSET 0) r",
            [[e for e, _ in numbered], [n for _, n in numbered]],
        )
    return await conn.execute_query_dict(
        "SELECT r.* FROM json_each(?) AS k JOIN credit_record r ON r.enterprise_id = json_extract(k.value, '$[0]') "
        "AND r.kind = 'STANDARDISATION' AND r.reference = json_extract(k.value, '$[1]')",
        [json.dumps([[e, n] for e, n in numbered])],
    )


async def corrected(conn: BaseDBAsyncClient, ids: Sequence[int]) -> set[int]:
    """Those of ``ids`` that a later record corrects (supersedes)."""
    if not ids:
        return set()
    if is_postgres_connection(conn):
        _, rows = await conn.execute_query(
            "SELECT c.supersedes_id FROM unnest($1::int[]) AS s(id), LATERAL (SELECT supersedes_id "
            "FROM credit_record WHERE supersedes_id = s.id OFFSET 0) c",
            [list(ids)],
        )
    else:
        _, rows = await conn.execute_query(
            "SELECT supersedes_id FROM credit_record WHERE supersedes_id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(ids))],
        )
    return {int(row[0]) for row in rows}
