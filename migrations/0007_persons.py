"""Persons as facts over time: a person (document type and number, looked up by a keyed
hash), their roles in enterprises with dates, the persons a listing names, bans (职业禁入)
and the person feed; listings say whether they restrict the unit.

Written by hand. The old ``person`` table held one row per (enterprise, principal) with
``superseded_at``; its rows become a person each (one per number, hashed with the key in
use, credit.store.person_ids) and a PRINCIPAL term each: from the China day the row
was recorded to the China day it was superseded (``ended_at`` the moment it was).
Backwards, the PRINCIPAL terms become the old rows again.

PostgreSQL: ``person.id_hash`` compares bytewise (COLLATE "C", hex is ASCII) and the
person check reads only indexes: ``(id_hash) INCLUDE (id)`` for the numbers asked, and
``listing_person (person_id) INCLUDE (listing_id, role)`` for their listings.
Numbered 0007 by the lead; depends on 0005 until the lead re-chains at merge.
"""

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from orjson import loads  # noqa: F401  (kept as the generated migrations import it)
from tortoise import fields, migrations
from tortoise.fields.base import OnDelete
from tortoise.indexes import Index
from tortoise.migrations import operations as ops

_CHINA = timezone(timedelta(hours=8))

KEEP_OLD = (
    "CREATE TABLE person_legacy AS "
    "SELECT id, enterprise_id, role, name, id_number, recorded_at, superseded_at FROM person"
)
PG_FORWARD = [
    'ALTER TABLE "person" ALTER COLUMN "id_hash" TYPE VARCHAR(32) COLLATE "C"',
    'CREATE INDEX IF NOT EXISTS "person_hash_lookup" ON "person" ("id_hash") INCLUDE ("id")',
    'CREATE INDEX IF NOT EXISTS "listing_person_lookup" ON "listing_person" ("person_id") '
    'INCLUDE ("listing_id", "role")',
]
PG_BACKWARD = [
    'DROP INDEX IF EXISTS "listing_person_lookup"',
    'DROP INDEX IF EXISTS "person_hash_lookup"',
]


def _postgres(schema_editor: Any) -> bool:
    return bool(schema_editor.client.capabilities.dialect == "postgres")


def _sql(schema_editor: Any, text: str) -> str:
    """``?`` placeholders as the dialect writes them."""
    if not _postgres(schema_editor):
        return text
    parts = text.split("?")
    return "".join(p + (f"${i}" if i < len(parts) else "") for i, p in enumerate(parts, start=1))


def _moment(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _china_day(moment: datetime) -> date:
    return moment.astimezone(_CHINA).date()


async def _keep_old(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
    await schema_editor._run_sql(KEEP_OLD)


async def _restore_old(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
    client = schema_editor.client
    _, rows = await client.execute_query(
        "SELECT id, enterprise_id, role, name, id_number, recorded_at, superseded_at FROM person_legacy"
    )
    for row in rows:
        await client.execute_query(
            _sql(schema_editor, "INSERT INTO person (id, enterprise_id, role, name, id_number, recorded_at, "
                                "superseded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            [row["id"], row["enterprise_id"], row["role"], row["name"], row["id_number"],
             _moment(row["recorded_at"]), _moment(row["superseded_at"])],
        )
    await schema_editor._run_sql("DROP TABLE person_legacy")


async def _persons_from_old(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
    from credit.store.person_ids import person_id_keys

    client = schema_editor.client
    key = person_id_keys().current
    _, rows = await client.execute_query(
        "SELECT id, enterprise_id, role, name, id_number, recorded_at, superseded_at "
        "FROM person_legacy ORDER BY recorded_at, id"
    )
    person_ids: dict[str, int] = {}
    for row in rows:
        number = row["id_number"]
        recorded = _moment(row["recorded_at"])
        assert recorded is not None
        if number not in person_ids:
            await client.execute_query(
                _sql(schema_editor, "INSERT INTO person (id_type, id_number, id_hash, id_key, name, recorded_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                ["RESIDENT_ID", number, key.hash(number), key.kid, row["name"], recorded],
            )
            _, found = await client.execute_query(
                _sql(schema_editor, "SELECT id FROM person WHERE id_hash = ? AND id_type = ?"),
                [key.hash(number), "RESIDENT_ID"],
            )
            person_ids[number] = found[0]["id"]
        superseded = _moment(row["superseded_at"])
        await client.execute_query(
            _sql(schema_editor, "INSERT INTO person_role (person_id, enterprise_id, role, name, starts_on, ends_on, "
                                "recorded_at, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            [person_ids[number], row["enterprise_id"], row["role"] or "PRINCIPAL", row["name"],
             _china_day(recorded), _china_day(superseded) if superseded else None, recorded, superseded],
        )
    await schema_editor._run_sql("DROP TABLE person_legacy")


async def _old_from_persons(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
    client = schema_editor.client
    await schema_editor._run_sql(
        "CREATE TABLE person_legacy (id INTEGER, enterprise_id INTEGER, role VARCHAR(16), name VARCHAR(100), "
        "id_number VARCHAR(18), recorded_at TIMESTAMP, superseded_at TIMESTAMP)"
    )
    _, rows = await client.execute_query(
        "SELECT r.id, r.enterprise_id, r.role, r.name, p.id_number, r.recorded_at, r.ended_at "
        "FROM person_role r JOIN person p ON p.id = r.person_id WHERE r.role = 'PRINCIPAL' ORDER BY r.id"
    )
    for row in rows:
        await client.execute_query(
            _sql(schema_editor, "INSERT INTO person_legacy VALUES (?, ?, ?, ?, ?, ?, ?)"),
            [row["id"], row["enterprise_id"], row["role"], row["name"], row["id_number"],
             _moment(row["recorded_at"]), _moment(row["ended_at"])],
        )


async def _pg_forward(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
    if _postgres(schema_editor):
        for sql in PG_FORWARD:
            await schema_editor._run_sql(sql)


async def _pg_backward(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
    if _postgres(schema_editor):
        for sql in PG_BACKWARD:
            await schema_editor._run_sql(sql)


class Migration(migrations.Migration):
    dependencies = [("models", "0006_rules_and_catalogue")]

    operations = [
        ops.RunPython(_keep_old, _restore_old),
        ops.DeleteModel(name="Person"),
        ops.CreateModel(
            name="Person",
            fields=[
                ("id", fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ("id_type", fields.CharField(default="RESIDENT_ID", max_length=32)),
                ("id_number", fields.CharField(max_length=18)),
                ("id_hash", fields.CharField(max_length=32)),
                ("id_key", fields.CharField(max_length=16)),
                ("name", fields.CharField(description="the name the person was first recorded under", max_length=100)),
                ("recorded_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("rehashed_at", fields.DatetimeField(
                    null=True, description="when ``id_hash`` was last made again under a new key (credit persons rehash)",
                    auto_now=False, auto_now_add=False,
                )),
            ],
            options={"table": "person", "app": "models", "unique_together": (("id_hash", "id_type"),), "pk_attr": "id",
                     "table_description": "自然人: a person, known by the document they hold (证件类型 and 号码)."},
            bases=["Model"],
        ),
        ops.CreateModel(
            name="PersonRole",
            fields=[
                ("id", fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ("person", fields.ForeignKeyField("models.Person", source_field="person_id", db_constraint=True, to_field="id",
                                                  related_name="roles", on_delete=OnDelete.RESTRICT)),
                ("enterprise", fields.ForeignKeyField("models.Enterprise", source_field="enterprise_id", db_constraint=True,
                                                      to_field="id", related_name="person_roles",
                                                      on_delete=OnDelete.RESTRICT)),
                ("role", fields.CharField(max_length=24)),
                ("name", fields.CharField(max_length=100)),
                ("starts_on", fields.DateField()),
                ("ends_on", fields.DateField(null=True)),
                ("authority", fields.ForeignKeyField("models.Authority", source_field="authority_id", null=True,
                                                     db_constraint=True, to_field="id", related_name="person_roles",
                                                     on_delete=OnDelete.RESTRICT)),
                ("recorded_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ("ended_at", fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={"table": "person_role", "app": "models",
                     "indexes": [Index(fields=["enterprise_id", "role", "starts_on"]), Index(fields=["person_id"])],
                     "pk_attr": "id",
                     "table_description": "任职: a person in a role of an enterprise (法定代表人, 主要负责人, 实际控制人, agency staff)"},
            bases=["Model"],
        ),
        ops.CreateModel(
            name="PersonBan",
            fields=[
                ("id", fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ("person", fields.ForeignKeyField("models.Person", source_field="person_id", db_constraint=True, to_field="id",
                                                  related_name="bans", on_delete=OnDelete.RESTRICT)),
                ("kind", fields.CharField(max_length=16)),
                ("industry", fields.CharField(null=True, max_length=32)),
                ("starts_on", fields.DateField()),
                ("ends_on", fields.DateField(null=True)),
                ("name", fields.CharField(max_length=100)),
                ("basis", fields.TextField(unique=False)),
                ("authority", fields.ForeignKeyField("models.Authority", source_field="authority_id", db_constraint=True,
                                                     to_field="id", related_name="person_bans",
                                                     on_delete=OnDelete.RESTRICT)),
                ("recorded_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={"table": "person_ban", "app": "models", "indexes": [Index(fields=["person_id", "starts_on"])],
                     "pk_attr": "id",
                     "table_description": "职业禁入 (安全生产法 Art. 94), decided by ``authority``: FIVE_YEARS bars the post of"},
            bases=["Model"],
        ),
        ops.CreateModel(
            name="PersonEvent",
            fields=[
                ("id", fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ("change", fields.CharField(max_length=16)),
                ("ban", fields.ForeignKeyField("models.PersonBan", source_field="ban_id", db_constraint=True, to_field="id",
                                               related_name="events", on_delete=OnDelete.RESTRICT)),
                ("effective_at", fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ("visible_at", fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={"table": "person_event", "app": "models", "indexes": [Index(fields=["visible_at", "id"])],
                     "pk_attr": "id",
                     "table_description": "A change in the person feed (personChanges): a ban recorded (BANNED) and its end"},
            bases=["Model"],
        ),
        ops.CreateModel(
            name="ListingPerson",
            fields=[
                ("id", fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ("listing", fields.ForeignKeyField("models.Listing", source_field="listing_id", db_constraint=True,
                                                   to_field="id", related_name="persons", on_delete=OnDelete.RESTRICT)),
                ("person", fields.ForeignKeyField("models.Person", source_field="person_id", db_constraint=True, to_field="id",
                                                  related_name="listings", on_delete=OnDelete.RESTRICT)),
                ("role", fields.CharField(max_length=16)),
                ("name", fields.CharField(max_length=100)),
                ("recorded_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={"table": "listing_person", "app": "models", "unique_together": (("listing", "person"),),
                     "indexes": [Index(fields=["person_id", "listing_id"])], "pk_attr": "id",
                     "table_description": "A person listed with the unit (第11号令): restricted while the listing is in force, by"},
            bases=["Model"],
        ),
        ops.AddField(
            model_name="Listing",
            name="restricts_unit",
            field=fields.BooleanField(
                default=True, db_default=True,
                description="false only for ABANDONED_RESCUE, which lists the principal person alone",
            ),
        ),
        ops.RunPython(_persons_from_old, _old_from_persons),
        ops.RunPython(_pg_forward, _pg_backward),
    ]
