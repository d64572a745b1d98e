"""Indexes for the public pages (公示): listings in force by list kind, and name search.

Both databases:
- ``listing_published`` (list_kind, listed_on, id): a page of the listings in force,
  newest first, walks this index in order and stops after the page;
- ``listing_publication_end`` (list_kind, ends_on): counting the listings in force reads
  only the entries whose end lies ahead, not the expired history; it also answers
  "when did the published rows last change by time alone" (credit.store.publication).

PostgreSQL adds INCLUDE columns so both are index-only, and a GIN index for the name
search: ``credit_name_bigrams(name)``, every two-character substring of the lower-cased
name. A ``%q%`` search for q of two or more characters asks for names holding all of q's
bigrams (``@>``) and rechecks the substring. Why not pg_trgm's ``gin_trgm_ops``: it
indexes nothing of a Chinese name under the C locale (its word characters are the
locale's), and in any locale a two-character fragment, the usual way to look up a
Chinese company by its 字号 (鹏城, 华润), holds no trigram, so the search fell back to
a full scan. Bigrams are locale-independent and need no extension.
"""

from tortoise import migrations
from tortoise.migrations import operations as ops

PG_FORWARD = [
    # IMMUTABLE: an index expression must be; lower() and substr() are, for a given text
    """CREATE OR REPLACE FUNCTION credit_name_bigrams(name text) RETURNS text[]
       LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
         SELECT coalesce(array_agg(DISTINCT substr(lower(name), i, 2)), '{}')
         FROM generate_series(1, char_length(name) - 1) AS i
       $$""",
    'CREATE INDEX IF NOT EXISTS "enterprise_name_bigrams" ON "enterprise" '
    'USING gin (credit_name_bigrams("name"))',
    'CREATE INDEX IF NOT EXISTS "listing_published" ON "listing" '
    '("list_kind", "listed_on" DESC, "id" DESC) INCLUDE ("ends_on", "revoked_on")',
    'CREATE INDEX IF NOT EXISTS "listing_publication_end" ON "listing" '
    '("list_kind", "ends_on") INCLUDE ("listed_on", "revoked_on")',
]
PG_BACKWARD = [
    'DROP INDEX IF EXISTS "listing_publication_end"',
    'DROP INDEX IF EXISTS "listing_published"',
    'DROP INDEX IF EXISTS "enterprise_name_bigrams"',
    "DROP FUNCTION IF EXISTS credit_name_bigrams(text)",
]
SQLITE_FORWARD = [
    'CREATE INDEX IF NOT EXISTS "listing_published" ON "listing" ("list_kind", "listed_on", "id", "ends_on")',
    'CREATE INDEX IF NOT EXISTS "listing_publication_end" ON "listing" ("list_kind", "ends_on", "listed_on")',
]
SQLITE_BACKWARD = [
    'DROP INDEX IF EXISTS "listing_publication_end"',
    'DROP INDEX IF EXISTS "listing_published"',
]


def _by_dialect(postgres: list[str], sqlite: list[str]):  # type: ignore[no-untyped-def]
    async def run(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
        on_postgres = schema_editor.client.capabilities.dialect == "postgres"
        for sql in postgres if on_postgres else sqlite:
            await schema_editor._run_sql(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("models", "0003_outbox_unacknowledged")]

    operations = [
        ops.RunPython(_by_dialect(PG_FORWARD, SQLITE_FORWARD), _by_dialect(PG_BACKWARD, SQLITE_BACKWARD)),
    ]
