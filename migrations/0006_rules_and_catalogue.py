"""Rule regimes, 双公示 penalty fields, publication deadlines, and catalogue versions.

Written by hand (scripts/makemigrations generates a whole initial history here):
- credit_record: category, content, violation_facts, fine_multiple (双公示 fields), and the
  dates derived from the regime: rules_version, publish_by, publication_ends_on;
- listing.publish_by; outbox_event.publish_by (the deadline of what an event publishes) and
  deliver_by (the nearest deadline of an unacknowledged event's queue: the dispatcher's order
  when there is a backlog), with the partial index outbox_event_deliver_by its claim walks;
- catalogue_version: catalogue versions published by an admin, each with its effective date.

Every new column is nullable: existing rows stay valid. A data step then gives existing
decided listings and penalties (and their undelivered events) their publication dates, by
the shipped calendar and the default regime (both shipped regimes have the same publication
rules); a date the calendar cannot give stays null, as for new rows.
Numbered 0006 after 0005 here; the lead re-chains at merge.
"""

from datetime import date
from decimal import Decimal
from typing import Any

from tortoise import fields, migrations
from tortoise.migrations import operations as ops


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


async def _backfill(apps: Any, schema_editor: Any) -> None:
    # imported here: the data step needs the rules as shipped, the schema steps nothing
    from credit.domain.calendar import parse_official_calendar
    from credit.domain.listings import publish_by
    from credit.domain.regimes import DEFAULT_REGIME, load_regimes
    from credit.rules import CALENDAR_FILE, read_rule_file, regime_texts

    client = schema_editor.client
    postgres = client.capabilities.dialect == "postgres"

    def sql(text: str) -> str:
        if not postgres:
            return text
        parts = text.split("?")
        return parts[0] + "".join(f"${n}{part}" for n, part in enumerate(parts[1:], start=1))

    calendar = parse_official_calendar(read_rule_file(CALENDAR_FILE))
    regimes = load_regimes(regime_texts())
    default = regimes[DEFAULT_REGIME]

    listings = await client.execute_query_dict(
        "SELECT id, listed_on, rules_version FROM listing WHERE listed_on IS NOT NULL"
    )
    rows = []
    for row in listings:
        regime = regimes.get(row["rules_version"], default)
        deadline = publish_by(_day(row["listed_on"]), regime, calendar)
        if deadline is not None:
            rows.append([deadline, row["id"]])
    if rows:
        await client.execute_many(sql("UPDATE listing SET publish_by = ? WHERE id = ?"), rows)

    penalties = await client.execute_query_dict(
        "SELECT id, occurred_on, fine_yuan FROM credit_record WHERE kind = 'PENALTY'"
    )
    rows = []
    for row in penalties:
        decided_on = _day(row["occurred_on"])
        fine = row["fine_yuan"]
        # the categories of earlier penalties are unknown: their fine alone counts as a type
        ends = default.penalty_publication_ends_on(
            decided_on, None, Decimal(str(fine)) if fine is not None else None
        )
        rows.append([default.name, publish_by(decided_on, default, calendar), ends, row["id"]])
    if rows:
        await client.execute_many(
            sql("UPDATE credit_record SET rules_version = ?, publish_by = ?, publication_ends_on = ? WHERE id = ?"),
            rows,
        )

    # the deadline travels with the decision's event (LISTED) and the penalty's record event;
    # an unacknowledged event carries the nearest deadline of its queue (itself and behind it)
    for statement in (
        "UPDATE outbox_event SET publish_by = (SELECT l.publish_by FROM listing l WHERE l.id = outbox_event.listing_id) "
        "WHERE event_type = 'LISTED' AND listing_id IS NOT NULL",
        "UPDATE outbox_event SET publish_by = (SELECT r.publish_by FROM credit_record r WHERE r.id = outbox_event.record_id) "
        "WHERE record_id IS NOT NULL",
        "UPDATE outbox_event SET deliver_by = (SELECT MIN(b.publish_by) FROM outbox_event b "
        "  WHERE b.enterprise_id = outbox_event.enterprise_id AND b.state IN ('PENDING', 'FAILED') "
        "  AND (b.visible_at > outbox_event.visible_at OR (b.visible_at = outbox_event.visible_at AND b.id >= outbox_event.id))) "
        "WHERE state IN ('PENDING', 'FAILED')",
    ):
        await client.execute_script(statement)


async def _nothing(apps: Any, schema_editor: Any) -> None:
    """Going back drops the columns: nothing to undo."""


# The dispatcher's first claim (credit.push.dispatcher._CLAIM_URGENT) walks this index in its
# ORDER BY; partial, so it holds only the due kind of row that has a deadline (both dialects
# have partial indexes, Tortoise cannot model them).
DELIVER_BY_INDEX = (
    'CREATE INDEX IF NOT EXISTS "outbox_event_deliver_by" ON "outbox_event" '
    "(\"deliver_by\", \"next_attempt_at\", \"id\") WHERE \"state\" = 'PENDING' AND \"deliver_by\" IS NOT NULL"
)


async def _index(apps: Any, schema_editor: Any) -> None:
    await schema_editor._run_sql(DELIVER_BY_INDEX)


async def _drop_index(apps: Any, schema_editor: Any) -> None:
    await schema_editor._run_sql('DROP INDEX IF EXISTS "outbox_event_deliver_by"')


class Migration(migrations.Migration):
    dependencies = [("models", "0005_keys")]

    operations = [
        ops.AddField(model_name="CreditRecord", name="category", field=fields.CharField(null=True, max_length=24)),
        ops.AddField(model_name="CreditRecord", name="content", field=fields.TextField(null=True, unique=False)),
        ops.AddField(
            model_name="CreditRecord", name="violation_facts", field=fields.TextField(null=True, unique=False)
        ),
        ops.AddField(
            model_name="CreditRecord",
            name="fine_multiple",
            field=fields.DecimalField(null=True, max_digits=8, decimal_places=2),
        ),
        ops.AddField(model_name="CreditRecord", name="rules_version", field=fields.CharField(null=True, max_length=32)),
        ops.AddField(model_name="CreditRecord", name="publish_by", field=fields.DateField(null=True)),
        ops.AddField(model_name="CreditRecord", name="publication_ends_on", field=fields.DateField(null=True)),
        ops.AddField(model_name="Listing", name="publish_by", field=fields.DateField(null=True)),
        ops.AddField(model_name="OutboxEvent", name="publish_by", field=fields.DateField(null=True)),
        ops.AddField(model_name="OutboxEvent", name="deliver_by", field=fields.DateField(null=True)),
        ops.CreateModel(
            name="CatalogueVersion",
            fields=[
                ("id", fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ("version", fields.CharField(unique=True, max_length=32)),
                ("effective_from", fields.DateField()),
                ("title", fields.CharField(default="", max_length=200)),
                ("body", fields.TextField(unique=False)),
                ("published_by", fields.CharField(max_length=100)),
                ("recorded_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={
                "table": "catalogue_version",
                "app": "models",
                "pk_attr": "id",
                "table_description": "A published version of the joint punishment catalogue (联合惩戒措施目录), as TOML text.",
            },
            bases=["Model"],
        ),
        ops.RunPython(_backfill, _nothing),
        ops.RunPython(_index, _drop_index),
    ]
