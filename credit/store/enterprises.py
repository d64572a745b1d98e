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

from datetime import datetime

from tortoise.backends.base.client import BaseDBAsyncClient

from credit.domain.knowledge import known, latest_known
from credit.store.models import Enterprise, EnterpriseVersion

DETAILS = ("name", "region_code", "industry")


async def register(
    conn: BaseDBAsyncClient, moment: datetime, *, code: str, name: str, region_code: str, industry: str,
    registered_by_id: int | None,
) -> Enterprise:
    """A new enterprise and its first version, recorded at ``moment``."""
    enterprise = await Enterprise.create(
        code=code, name=name, region_code=region_code, industry=industry, registered_by_id=registered_by_id,
        recorded_at=moment, updated_at=moment, using_db=conn,
    )
    await EnterpriseVersion.create(enterprise=enterprise, name=name, region_code=region_code,
                                   industry=industry, recorded_at=moment, using_db=conn)
    return enterprise


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
