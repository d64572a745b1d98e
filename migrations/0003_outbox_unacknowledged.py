"""A partial index for the dispatcher's claim: "is this the head of its enterprise's queue?"

Without it the check reads every past event of the enterprise, and throughput halved
on a table with a long delivered history (tests/benchmarks/bench_push.py --history).
Partial indexes exist on both SQLite and PostgreSQL; Tortoise cannot model them.
"""

from tortoise import migrations
from tortoise.migrations import operations as ops

CREATE = (
    'CREATE INDEX IF NOT EXISTS "outbox_event_unacknowledged" ON "outbox_event" '
    "(\"enterprise_id\", \"visible_at\", \"id\") WHERE \"state\" IN ('PENDING', 'FAILED')"
)
DROP = 'DROP INDEX IF EXISTS "outbox_event_unacknowledged"'


async def _forward(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
    await schema_editor._run_sql(CREATE)


async def _backward(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
    await schema_editor._run_sql(DROP)


class Migration(migrations.Migration):
    dependencies = [("models", "0002_restriction_lookup")]

    operations = [ops.RunPython(_forward, _backward)]
