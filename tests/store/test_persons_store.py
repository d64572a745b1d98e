"""Persons in the store, on SQLite and PostgreSQL: the person check's one query says "in
force" as the domain does, old principals survive the migration as persons over time, and
look-ups go by keyed hash through a key rotation."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import asyncpg
import pytest
from tortoise import connections

from credit.domain.calendar import add_months
from credit.domain.persons import BanFacts, BanKind
from credit.domain.records import Industry
from credit.settings import get_settings
from credit.store.db import _MIGRATED_APPS, close_database, database, open_database
from credit.store.models import (
    Authority,
    Enterprise,
    Listing,
    ListingPerson,
    Person,
    PersonBan,
    PersonRole,
)
from credit.store.person_ids import person_id_keys, reset_person_id_keys
from credit.store.persons import persons_in_force, rehash

A, B, C = "11010519491231002X", "110101198001010053", "350111196002276951"
LEAP = date(2024, 2, 29)


async def _person(number: str, name: str = "某人") -> Person:
    key = person_id_keys().current
    return await Person.create(id_number=number, id_hash=key.hash(number), id_key=key.kid, name=name)


async def test_ban_in_force_in_the_lookup_is_the_domains_on_every_boundary_day(db: str) -> None:
    authority = await Authority.create(code="11440300MB2C92016Y", name="深圳市应急管理局")
    bans = {
        A: BanFacts(BanKind.FIVE_YEARS, LEAP),
        B: BanFacts(BanKind.LIFE, date(2023, 1, 1), Industry.MINING),
    }
    for number, facts in bans.items():
        await PersonBan.create(person=await _person(number), kind=facts.kind.value,
                               industry=facts.industry.value if facts.industry else None, starts_on=facts.starts_on,
                               ends_on=facts.ends_on, name="某人", basis="依法", authority=authority)
    days = {LEAP - timedelta(days=1), LEAP, add_months(LEAP, 60) - timedelta(days=1), add_months(LEAP, 60),
            date(2022, 12, 31), date(2023, 1, 1), date(2099, 1, 1)}
    for day in sorted(days):
        found = await persons_in_force([A, B, C], day)
        assert set(found.bans) == {n for n, f in bans.items() if f.in_force_on(day)}, day
        assert found.listings == {}


async def test_a_listed_person_is_found_by_the_listings_own_dates(db: str) -> None:
    authority = await Authority.create(code="11440300MB2C92016Y", name="深圳市应急管理局")
    enterprise = await Enterprise.create(code="91440305K8PBRNYTPN", name="测试", region_code="440305",
                                         industry="CHEMICALS")
    listing = await Listing.create(
        enterprise=enterprise, authority=authority, list_kind="BLACKLIST", ground="ABANDONED_RESCUE",
        rules_version="t", notified_on=date(2022, 1, 3), objection_deadline=date(2022, 1, 10),
        listed_on=date(2022, 1, 17), expires_on=date(2025, 1, 17), ends_on=date(2024, 2, 1), restricts_unit=False,
    )
    await ListingPerson.create(listing=listing, person=await _person(A), role="PRINCIPAL", name="张三")
    assert set((await persons_in_force([A], date(2022, 1, 16))).listings) == set()
    [row] = (await persons_in_force([A], date(2022, 1, 17))).listings[A]
    assert (row.listing_id, row.role, row.enterprise_code, row.authority_name) == (
        listing.id, "PRINCIPAL", "91440305K8PBRNYTPN", "深圳市应急管理局")
    assert set((await persons_in_force([A], date(2024, 2, 1))).listings) == set()  # ends_on: a repair


async def test_lookups_find_every_person_while_a_new_key_is_rolled_out(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    authority = await Authority.create(code="11440300MB2C92016Y", name="深圳市应急管理局")
    monkeypatch.setattr(get_settings(), "person_id_key", "old-secret")
    reset_person_id_keys()
    try:
        old = person_id_keys().current
        await PersonBan.create(person=await _person(A), kind="LIFE", industry="MINING", starts_on=date(2023, 1, 1),
                               name="张三", basis="依法", authority=authority)
        # the new secret first, the old one kept: rows under either key are found
        monkeypatch.setattr(get_settings(), "person_id_key", "new-secret, old-secret")
        reset_person_id_keys()
        assert set((await persons_in_force([A], date(2024, 1, 1))).bans) == {A}
        assert await rehash(batch=1) == 1
        person = await Person.get(id_number=A)
        assert person.id_key == person_id_keys().current.kid != old.kid and person.rehashed_at is not None
        assert await rehash() == 0
        monkeypatch.setattr(get_settings(), "person_id_key", "new-secret")
        reset_person_id_keys()
        assert set((await persons_in_force([A], date(2024, 1, 1))).bans) == {A}
        # no index holds the clear number
        assert A not in person.id_hash and len(person.id_hash) == 32
    finally:
        reset_person_id_keys()


def test_the_keyed_hash_is_hmac_sha256_of_the_number() -> None:
    import hashlib
    import hmac

    from credit.store.person_ids import PersonIdKey

    for secret in (b"short", b"k" * 64, b"a much longer secret than one SHA-256 block holds" * 3):
        key = PersonIdKey("k", secret)
        assert key.hash(A) == hmac.new(secret, A.encode(), hashlib.sha256).hexdigest()[:32]
    assert "short" not in repr(PersonIdKey("k", b"short"))


# ------------------------------------------------------------------ the data migration


@pytest.fixture(params=["sqlite", "postgres"])
async def empty_url(request: pytest.FixtureRequest, tmp_path: Path, postgres_admin_url: str | None):  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        yield f"sqlite://{tmp_path / 'empty.sqlite3'}"
        return
    if postgres_admin_url is None:
        pytest.skip("PostgreSQL not available")
    name = f"m_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(postgres_admin_url.replace("postgres://", "postgresql://", 1))
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
        yield postgres_admin_url.rsplit("/", 1)[0] + "/" + name
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


async def test_old_principals_become_persons_with_dated_terms(empty_url: str) -> None:
    from tortoise.migrations.executor import MigrationExecutor, MigrationTarget

    await open_database(empty_url)
    try:
        conn = connections.get("default")
        await MigrationExecutor(conn, _MIGRATED_APPS).migrate([MigrationTarget("models", "0005_keys")])
        postgres = conn.capabilities.dialect == "postgres"

        def sql(text: str) -> str:
            if not postgres:
                return text
            parts = text.split("?")
            return "".join(p + (f"${i}" if i < len(parts) else "") for i, p in enumerate(parts, start=1))

        now = datetime.now(UTC)
        await conn.execute_query(sql("INSERT INTO enterprise (id, code, name, region_code, industry, recorded_at, "
                                     "updated_at) VALUES (1, ?, ?, ?, ?, ?, ?)"),
                                 ["91440305K8PBRNYTPN", "测试", "440305", "CHEMICALS", now, now])
        first = datetime(2021, 3, 1, 20, 0, tzinfo=UTC)  # 2 March in China
        second = datetime(2023, 6, 1, 2, 0, tzinfo=UTC)
        rows = [(1, "张三", A, first, second), (2, "赵六", B, second, None)]
        for pk, name, number, recorded, superseded in rows:
            await conn.execute_query(
                sql("INSERT INTO person (id, enterprise_id, role, name, id_number, recorded_at, superseded_at) "
                    "VALUES (?, 1, 'PRINCIPAL', ?, ?, ?, ?)"), [pk, name, number, recorded, superseded])
    finally:
        await close_database()
    async with database(empty_url):  # the rest of the history, 0007 among it
        persons = {p.id_number: p for p in await Person.all()}
        assert set(persons) == {A, B}
        assert persons[A].id_hash == person_id_keys().current.hash(A) and persons[A].id_type == "RESIDENT_ID"
        terms = await PersonRole.all().order_by("starts_on").prefetch_related("person")
        assert [(t.person.id_number, t.role, t.name, t.starts_on, t.ends_on) for t in terms] == [
            (A, "PRINCIPAL", "张三", date(2021, 3, 2), date(2023, 6, 1)),
            (B, "PRINCIPAL", "赵六", date(2023, 6, 1), None),
        ]
        assert terms[0].ended_at == second and terms[0].recorded_at == first
        assert await Listing.all().count() == 0
