"""An enterprise's registered details: every version kept, the latest cached on its row.

Nothing is overwritten (DESIGN §3.1): registering writes the first version, each update
that changes a detail one more (``enterprise_version``). The ``enterprise`` row holds
the latest version's details and moment (``updated_at``), so the restriction lookup
still reads one row per code, and a lookup "as known at T" needs the versions only for
the few enterprises changed after T (``name_known_sql``). Why a version table beside a
current row, not versions alone: the plain lookup, the hot path, stays as it was (an
index-only read of code, id and name), and an asKnownAt lookup pays one version lookup
only per enterprise renamed since T. This module is the only writer of the details.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from credit.domain.knowledge import known, latest_known
from credit.store.models import Enterprise, EnterpriseVersion
from credit.store.queries import as_loaded, insert_rows, new_row, reserve_ids

DETAILS = ("name", "region_code", "industry")


async def register(
    conn: BaseDBAsyncClient, moment: datetime, entries: Sequence[Mapping[str, Any]]
) -> list[Enterprise]:
    """New enterprises (their fields: code, name, region_code, industry, registered_by_id)
    and their first versions, recorded at ``moment``: a batch of any size, inserted at once."""
    ids = await reserve_ids(conn, Enterprise, len(entries))
    rows = [new_row(Enterprise, {**entry, "id": pk, "recorded_at": moment, "updated_at": moment}, moment)
            for pk, entry in zip(ids, entries, strict=True)]
    await insert_rows(conn, Enterprise, rows)
    await insert_rows(conn, EnterpriseVersion, [
        new_row(EnterpriseVersion, {"enterprise_id": row["id"], **{k: row[k] for k in DETAILS},
                                    "recorded_at": moment}, moment)
        for row in rows
    ])
    return [as_loaded(Enterprise, row) for row in rows]


async def write_version(
    conn: BaseDBAsyncClient, enterprise: Enterprise, moment: datetime, *,
    name: str | None = None, region_code: str | None = None, industry: str | None = None,
) -> bool:
    """A new version with the details given (the others kept), recorded at ``moment``, and
    the row's cache updated. Nothing is written when no detail changes; returns whether one did."""
    given = {"name": name, "region_code": region_code, "industry": industry}
    changes = {k: v for k, v in given.items() if v is not None and v != getattr(enterprise, k)}
    if not changes:
        return False
    for field, value in changes.items():
        setattr(enterprise, field, value)
    enterprise.updated_at = moment
    await enterprise.save(using_db=conn, update_fields=[*changes, "updated_at"])
    await EnterpriseVersion.create(enterprise=enterprise, name=enterprise.name, region_code=enterprise.region_code,
                                   industry=enterprise.industry, recorded_at=moment, using_db=conn)
    return True


async def version_known_at(enterprise: Enterprise, moment: datetime | None) -> EnterpriseVersion | None:
    """The enterprise's details as known at ``moment`` (None: not registered yet). Current
    details when the latest version was known then, so most reads cost no query."""
    if not known(enterprise.recorded_at, moment):
        return None
    if known(enterprise.updated_at, moment):
        return EnterpriseVersion(enterprise_id=enterprise.id, name=enterprise.name, region_code=enterprise.region_code,
                                 industry=enterprise.industry, recorded_at=enterprise.updated_at)
    versions = await EnterpriseVersion.filter(enterprise_id=enterprise.id).order_by("recorded_at", "id")
    return latest_known(versions, moment)


def known_sql(alias: str, moment: str) -> str:
    """Registered as known at ``moment`` (a placeholder), for hand-written SQL."""
    return f"{alias}.recorded_at <= {moment}"


def name_known_sql(alias: str, moment: str) -> str:
    """The name as known at ``moment``: ``version_known_at(...).name`` for hand-written SQL
    (``alias`` the enterprise table's alias). The versions are read only when the current
    one was recorded after ``moment``. tests/store/test_as_known_equivalence.py proves it."""
    return (
        f"CASE WHEN {alias}.updated_at <= {moment} THEN {alias}.name ELSE "
        f"(SELECT v.name FROM enterprise_version v WHERE v.enterprise_id = {alias}.id "
        f"AND v.recorded_at <= {moment} ORDER BY v.recorded_at DESC, v.id DESC LIMIT 1) END"
    )
