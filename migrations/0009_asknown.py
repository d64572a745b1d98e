"""Transaction time for every fact (issue 15, ``asKnownAt``): enterprise versions, the moment a
listing was withdrawn, the moment of the first fact.

Written by hand (scripts/makemigrations writes a whole initial migration here); after
0008_supervision.

- ``enterprise_version``: every version of an enterprise's registered details. Filled from
  what exists: an enterprise never updated gets one version (its details, from its
  registration); one that was updated gets its history back from the audit trail, which
  kept each update's before and after (the first version is the first update's before,
  from the registration; then each update's after, from its audit entry's moment).
  ``enterprise.updated_at`` becomes the latest version's moment (it was the host's clock
  at the last save, and is no longer ``auto_now``).
- ``listing.withdrawn_at``: the moment of the upholding objection decision (or of the
  proposal, if none is on file).
- Steps whose date is on file but whose moment is not (rows loaded outside the services)
  get the moment of the step before them, so "known at" never sees a step without one.
- ``feed_clock.first_recorded_at``: the earliest moment recorded (asKnownAt before it is
  refused).
"""

from datetime import UTC, datetime
from typing import Any

import orjson
from tortoise import fields, migrations
from tortoise.indexes import Index
from tortoise.migrations import operations as ops
from tortoise.fields.base import OnDelete


class StateOnlyAlterField(ops.AlterField):
    """``auto_now`` → ``auto_now_add`` is Python's business, not the schema's: record it in the
    migration state without touching the table (on SQLite AlterField copies the whole table)."""

    async def database_forward(self, *args: Any, **kwargs: Any) -> None:
        return None

    async def database_backward(self, *args: Any, **kwargs: Any) -> None:
        return None


BACKFILL = [
    # steps entered outside the services (bulk loads) without their moment
    "UPDATE listing SET decided_at = recorded_at WHERE listed_on IS NOT NULL AND decided_at IS NULL",
    "UPDATE listing SET revoked_at = COALESCE(decided_at, recorded_at) "
    "WHERE revoked_on IS NOT NULL AND revoked_at IS NULL",
    "UPDATE listing SET withdrawn_at = COALESCE((SELECT max(o.decided_at) FROM objection o "
    "WHERE o.listing_id = listing.id AND o.upheld), recorded_at) WHERE withdrawn_on IS NOT NULL",
    "UPDATE objection SET decided_at = recorded_at WHERE decided_on IS NOT NULL AND decided_at IS NULL",
    "UPDATE repair_application SET decided_at = recorded_at WHERE decided_on IS NOT NULL AND decided_at IS NULL",
    "UPDATE repair_application SET revoked_at = COALESCE(decided_at, recorded_at) "
    "WHERE revoked_on IS NOT NULL AND revoked_at IS NULL",
]

UPDATED = """SELECT entity_id, at, "before", "after" FROM audit_entry
WHERE action = 'updateEnterprise' AND entity = 'Enterprise' ORDER BY id"""

NEVER_UPDATED = """INSERT INTO enterprise_version (enterprise_id, name, region_code, industry, recorded_at)
SELECT id, name, region_code, industry, recorded_at FROM enterprise e
WHERE NOT EXISTS (SELECT 1 FROM enterprise_version v WHERE v.enterprise_id = e.id)"""

FIRST_RECORDED = """UPDATE feed_clock SET first_recorded_at = (SELECT min(m) FROM (
  SELECT min(recorded_at) AS m FROM enterprise
  UNION ALL SELECT min(recorded_at) FROM credit_record
  UNION ALL SELECT min(recorded_at) FROM listing
  UNION ALL SELECT min(recorded_at) FROM person_ban
  UNION ALL SELECT min(recorded_at) FROM inspection) AS firsts)"""


def _json(value: Any) -> dict[str, Any]:
    if isinstance(value, str | bytes):
        loaded = orjson.loads(value)
        return loaded if isinstance(loaded, dict) else {}
    return value or {}


async def forward(apps: Any, schema_editor: Any) -> None:
    client = schema_editor.client
    postgres = client.capabilities.dialect == "postgres"
    param = (lambda n: f"${n}") if postgres else (lambda n: "?")
    for sql in BACKFILL:
        await schema_editor._run_sql(sql)
    # enterprises updated before versions were kept: their history, from the audit trail
    history: dict[int, list[tuple[Any, dict[str, Any], dict[str, Any]]]] = {}
    for row in await client.execute_query_dict(UPDATED):
        history.setdefault(int(row["entity_id"]), []).append((row["at"], _json(row["before"]), _json(row["after"])))
    insert = (f"INSERT INTO enterprise_version (enterprise_id, name, region_code, industry, recorded_at) "
              f"VALUES ({param(1)}, {param(2)}, {param(3)}, {param(4)}, {param(5)})")
    for enterprise_id, updates in history.items():
        rows = await client.execute_query_dict(
            f"SELECT name, region_code, industry, recorded_at FROM enterprise WHERE id = {param(1)}", [enterprise_id]
        )
        if not rows:
            continue
        current = rows[0]
        first = updates[0][1]
        versions = [(current["recorded_at"], first)] + [(at, after) for at, _, after in updates]
        for at, details in versions:
            await client.execute_query(insert, [
                enterprise_id, details.get("name", current["name"]),
                details.get("region_code", current["region_code"]),
                details.get("industry", current["industry"]), _moment(at),
            ])
        await client.execute_query(
            f"UPDATE enterprise SET updated_at = {param(1)} WHERE id = {param(2)}", [_moment(updates[-1][0]), enterprise_id]
        )
    await schema_editor._run_sql(NEVER_UPDATED)
    await schema_editor._run_sql("UPDATE enterprise SET updated_at = recorded_at WHERE id NOT IN "
                                 "(SELECT enterprise_id FROM enterprise_version GROUP BY enterprise_id "
                                 "HAVING count(*) > 1)")
    # the clock's row is made at start-up: a database migrated for the first time has none yet
    rows = await client.execute_query_dict("SELECT id FROM feed_clock WHERE id = 1")
    if not rows:
        await client.execute_query(
            f"INSERT INTO feed_clock (id, last_recorded_at) VALUES (1, {param(1)})", [datetime.now(UTC)]
        )
    await schema_editor._run_sql(FIRST_RECORDED)


def _moment(value: Any) -> Any:
    # SQLite hands back the stored text; both drivers take a datetime
    return datetime.fromisoformat(value) if isinstance(value, str) else value


async def backward(apps: Any, schema_editor: Any) -> None:
    return None  # the columns and the table go with the operations below


class Migration(migrations.Migration):
    dependencies = [("models", "0008_supervision")]

    operations = [
        ops.CreateModel(
            name="EnterpriseVersion",
            fields=[
                ("id", fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ("enterprise", fields.ForeignKeyField(
                    "models.Enterprise", source_field="enterprise_id", db_constraint=True, to_field="id",
                    related_name="versions", on_delete=OnDelete.RESTRICT,
                )),
                ("name", fields.CharField(max_length=200)),
                ("region_code", fields.CharField(max_length=6)),
                ("industry", fields.CharField(max_length=32)),
                ("recorded_at", fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={
                "table": "enterprise_version", "app": "models",
                "indexes": [Index(fields=["enterprise_id", "recorded_at"])], "pk_attr": "id",
                "table_description": "One version of an enterprise's registered details, from the moment it was recorded.",
            },
            bases=["Model"],
        ),
        ops.AddField(
            model_name="Listing",
            name="withdrawn_at",
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name="FeedClock",
            name="first_recorded_at",
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        StateOnlyAlterField(
            model_name="Enterprise",
            name="updated_at",
            field=fields.DatetimeField(auto_now=False, auto_now_add=True),
        ),
        ops.RunPython(forward, backward),
    ]
