"""The restriction lookup, tuned for PostgreSQL (DESIGN §5); nothing changes on SQLite.

- ``enterprise.code`` compares bytewise (``COLLATE "C"``): codes are ASCII, so
  equality means the same, and B-tree comparisons are memcmp instead of the
  locale's strcoll (the lookup took half the time in DESIGN §5's measurements).
- A unique index ``(code) INCLUDE (id, name)`` answers a batch of codes with an
  index-only scan: the name every known code needs no longer costs a heap visit.

Tortoise does not model collations: a later migration that alters ``code`` with
ALTER COLUMN ... TYPE would put the default collation back. Repeat the COLLATE
there (tests/api/test_procurement_check.py checks both on PostgreSQL).
"""

from tortoise import migrations
from tortoise.migrations import operations as ops

FORWARD = [
    'ALTER TABLE "enterprise" ALTER COLUMN "code" TYPE VARCHAR(18) COLLATE "C"',
    'CREATE UNIQUE INDEX IF NOT EXISTS "enterprise_code_lookup" ON "enterprise" ("code") INCLUDE ("id", "name")',
]
BACKWARD = [
    'DROP INDEX IF EXISTS "enterprise_code_lookup"',
    'ALTER TABLE "enterprise" ALTER COLUMN "code" TYPE VARCHAR(18) COLLATE "default"',
]


def _on_postgres(statements: list[str]):  # type: ignore[no-untyped-def]
    async def run(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
        if schema_editor.client.capabilities.dialect != "postgres":
            return
        for sql in statements:
            await schema_editor._run_sql(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("models", "0001_initial")]

    operations = [
        ops.RunPython(_on_postgres(FORWARD), _on_postgres(BACKWARD)),
    ]
