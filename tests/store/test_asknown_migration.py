"""Migration 0009 keeps what exists and gives it transaction time: every enterprise its
versions (an updated one its history back from the audit trail), every step on file its
moment, the feed clock the moment of the first fact. On both databases, from data written
as the service wrote it before."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import orjson
from tortoise import connections
from tortoise.migrations.executor import MigrationExecutor, MigrationTarget

from credit.store.clock import sqlite_moment
from credit.store.db import _MIGRATED_APPS, apply_migrations, close_database, open_database
from credit.store.enterprises import version_known_at
from credit.store.models import Enterprise, EnterpriseVersion, FeedClock, Listing, RepairApplication

T0 = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)


def at(hours: int) -> datetime:
    return T0 + timedelta(hours=hours)


async def fresh_database(db_url: str, tmp_path: Path) -> str:
    if db_url.startswith("sqlite"):
        return f"sqlite://{tmp_path / 'before-0009.sqlite3'}"
    import asyncpg

    name = f"m_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(db_url.replace("postgres://", "postgresql://", 1))
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    return db_url.rsplit("/", 1)[0] + "/" + name


async def test_existing_data_gets_its_versions_and_moments(db_url: str, tmp_path: Path) -> None:
    url = await fresh_database(db_url, tmp_path)
    await open_database(url)
    try:
        conn = connections.get("default")
        postgres = conn.capabilities.dialect == "postgres"
        await MigrationExecutor(conn, _MIGRATED_APPS).migrate([MigrationTarget("models", "0008_supervision")])

        def p(n: int) -> str:
            return f"${n}" if postgres else "?"

        def moment(value: datetime) -> object:
            return value if postgres else sqlite_moment(value)

        def sql(text: str) -> str:
            parts = text.split("%")
            return "".join(part + p(n) for n, part in enumerate(parts[:-1], start=1)) + parts[-1]

        await conn.execute_query(sql("INSERT INTO authority (id, code, name, recorded_at) VALUES (%, %, %, %)"),
                                 [1, "11440300MB2C92016Y", "深圳市应急管理局", moment(at(0))])
        for pk, code, name, registered in ((1, "91440305K8PBRNYTPN", "甲公司", at(1)), (2, "914403036EARAG6P2A", "乙三", at(2))):
            await conn.execute_query(
                sql("INSERT INTO enterprise (id, code, name, region_code, industry, recorded_at, updated_at) "
                    "VALUES (%, %, %, %, %, %, %)"),
                [pk, code, name, "440305", "CHEMICALS", moment(registered), moment(at(9))],
            )
        # enterprise 2 was renamed twice; the audit trail kept each update's before and after
        for before, after, when in ((("乙一", "440305"), ("乙二", "440305"), at(3)),
                                    (("乙二", "440305"), ("乙三", "440306"), at(5))):
            await conn.execute_query(
                sql('INSERT INTO audit_entry (at, actor, role, action, entity, entity_id, enterprise_code, "before", "after") '
                    "VALUES (%, %, %, %, %, %, %, %, %)"),
                [moment(when), "key", "REGULATOR", "updateEnterprise", "Enterprise", "2", "914403036EARAG6P2A",
                 orjson.dumps({"name": before[0], "region_code": before[1], "industry": "CHEMICALS"}).decode(),
                 orjson.dumps({"name": after[0], "region_code": after[1], "industry": "CHEMICALS"}).decode()],
            )
        listing = ("INSERT INTO listing (id, enterprise_id, list_kind, ground, authority_id, rules_version, notified_on, "
                   "objection_deadline, listed_on, expires_on, ends_on, withdrawn_on, recorded_at, decided_at) "
                   "VALUES (%, %, %, %, %, %, %, %, %, %, %, %, %, %)")
        # withdrawn on an objection upheld at at(7); decided, loaded in bulk without its moment
        await conn.execute_query(sql(listing), [1, 1, "BLACKLIST", "OTHER_SERIOUS_VIOLATION", 1, "t", date(2025, 1, 2),
                                                date(2025, 1, 9), None, None, None, date(2025, 1, 8), moment(at(6)), None])
        await conn.execute_query(sql(listing), [2, 1, "GREYLIST", "OTHER_CONCERN", 1, "t", date(2024, 1, 2),
                                                date(2024, 1, 9), date(2024, 2, 1), date(2025, 2, 1), date(2024, 9, 1),
                                                None, moment(at(8)), None])
        await conn.execute_query(
            sql("INSERT INTO objection (listing_id, filed_on, statement, upheld, decided_on, recorded_at, decided_at) "
                "VALUES (%, %, %, %, %, %, %)"),
            [1, date(2025, 1, 3), "异议", True, date(2025, 1, 8), moment(at(6)), moment(at(7))],
        )
        await conn.execute_query(
            sql("INSERT INTO repair_application (listing_id, applied_on, statement, status, decided_on, recorded_at) "
                "VALUES (%, %, %, %, %, %)"),
            [2, date(2024, 8, 20), "已整改", "APPROVED", date(2024, 9, 1), moment(at(8))],
        )
        await apply_migrations()

        versions = await EnterpriseVersion.all().order_by("enterprise_id", "recorded_at").values_list(
            "enterprise_id", "name", "region_code", "recorded_at")
        assert versions == [(1, "甲公司", "440305", at(1)), (2, "乙一", "440305", at(2)),
                            (2, "乙二", "440305", at(3)), (2, "乙三", "440306", at(5))]
        first, second = await Enterprise.all().order_by("id")
        assert (first.updated_at, second.updated_at) == (at(1), at(5))
        assert (await version_known_at(second, at(4))).name == "乙二"  # type: ignore[union-attr]
        assert await version_known_at(second, at(1)) is None  # not registered yet
        withdrawn, decided = await Listing.all().order_by("id")
        assert withdrawn.withdrawn_at == at(7)
        assert decided.decided_at == at(8)
        assert (await RepairApplication.get(listing_id=2)).decided_at == at(8)
        clock = await FeedClock.get(id=1)
        assert clock.first_recorded_at == at(1)  # the first fact: the first registration
    finally:
        await close_database()
