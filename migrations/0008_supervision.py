"""Supervision (issue 12): inspections, standardisation grades as credit records, and the
projection of the dates that decide a supervision class.

Hand-written from scripts/makemigrations' output (read, then trimmed to this change).
Existing enterprises get their projection rows here, computed by the statement that
credit.store.supervision.refresh_sql gave when this was written (frozen: a later change of
the projection must not rewrite history of this step).
"""

from datetime import UTC, datetime

from tortoise import fields, migrations
from tortoise.fields.base import OnDelete
from tortoise.indexes import Index
from tortoise.migrations import operations as ops

FILL = """
INSERT INTO supervision_projection (enterprise_id, code, region_code, blacklist_ends_on, greylist_ends_on, accident_general_on, accident_general_prev_on, accident_larger_on, accident_larger_prev_on, accident_major_on, accident_major_prev_on, accident_extraordinary_on, accident_extraordinary_prev_on, penalty_on, penalty_prev_on, hazard_on, hazard_prev_on, standardisation_1_until, standardisation_2_until, standardisation_3_until, last_inspected_on, refreshed_at)
SELECT e.id,
  e.code,
  e.region_code,
  (SELECT MAX(l.ends_on) FROM listing l WHERE l.enterprise_id = e.id AND l.list_kind = 'BLACKLIST'),
  (SELECT MAX(l.ends_on) FROM listing l WHERE l.enterprise_id = e.id AND l.list_kind = 'GREYLIST'),
  (SELECT MAX(r.occurred_on) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'ACCIDENT' AND r.grade IN ('GENERAL', 'LARGER', 'MAJOR', 'EXTRAORDINARY') AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id)),
  (SELECT MAX(r.occurred_on) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'ACCIDENT' AND r.grade IN ('GENERAL', 'LARGER', 'MAJOR', 'EXTRAORDINARY') AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id) AND r.occurred_on < (SELECT MAX(r.occurred_on) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'ACCIDENT' AND r.grade IN ('GENERAL', 'LARGER', 'MAJOR', 'EXTRAORDINARY') AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id))),
  (SELECT MAX(r.occurred_on) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'ACCIDENT' AND r.grade IN ('LARGER', 'MAJOR', 'EXTRAORDINARY') AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id)),
  (SELECT MAX(r.occurred_on) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'ACCIDENT' AND r.grade IN ('LARGER', 'MAJOR', 'EXTRAORDINARY') AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id) AND r.occurred_on < (SELECT MAX(r.occurred_on) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'ACCIDENT' AND r.grade IN ('LARGER', 'MAJOR', 'EXTRAORDINARY') AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id))),
  (SELECT MAX(r.occurred_on) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'ACCIDENT' AND r.grade IN ('MAJOR', 'EXTRAORDINARY') AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id)),
  (SELECT MAX(r.occurred_on) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'ACCIDENT' AND r.grade IN ('MAJOR', 'EXTRAORDINARY') AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id) AND r.occurred_on < (SELECT MAX(r.occurred_on) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'ACCIDENT' AND r.grade IN ('MAJOR', 'EXTRAORDINARY') AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id))),
  (SELECT MAX(r.occurred_on) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'ACCIDENT' AND r.grade IN ('EXTRAORDINARY') AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id)),
  (SELECT MAX(r.occurred_on) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'ACCIDENT' AND r.grade IN ('EXTRAORDINARY') AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id) AND r.occurred_on < (SELECT MAX(r.occurred_on) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'ACCIDENT' AND r.grade IN ('EXTRAORDINARY') AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id))),
  (SELECT MAX(r.occurred_on) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'PENALTY' AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id)),
  (SELECT MAX(r.occurred_on) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'PENALTY' AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id) AND r.occurred_on < (SELECT MAX(r.occurred_on) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'PENALTY' AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id))),
  (SELECT MAX(r.occurred_on) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'HAZARD' AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id)),
  (SELECT MAX(r.occurred_on) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'HAZARD' AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id) AND r.occurred_on < (SELECT MAX(r.occurred_on) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'HAZARD' AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id))),
  (SELECT MAX(r.valid_until) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'STANDARDISATION' AND r.level IN ('1') AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id)),
  (SELECT MAX(r.valid_until) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'STANDARDISATION' AND r.level IN ('1', '2') AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id)),
  (SELECT MAX(r.valid_until) FROM credit_record r WHERE r.enterprise_id = e.id AND r.kind = 'STANDARDISATION' AND r.level IN ('1', '2', '3') AND NOT EXISTS (SELECT 1 FROM credit_record c WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id)),
  (SELECT MAX(i.inspected_on) FROM inspection i WHERE i.enterprise_id = e.id),
  {moment}
FROM enterprise e WHERE 1 = 1
ON CONFLICT (enterprise_id) DO UPDATE SET code = excluded.code, region_code = excluded.region_code, blacklist_ends_on = excluded.blacklist_ends_on, greylist_ends_on = excluded.greylist_ends_on, accident_general_on = excluded.accident_general_on, accident_general_prev_on = excluded.accident_general_prev_on, accident_larger_on = excluded.accident_larger_on, accident_larger_prev_on = excluded.accident_larger_prev_on, accident_major_on = excluded.accident_major_on, accident_major_prev_on = excluded.accident_major_prev_on, accident_extraordinary_on = excluded.accident_extraordinary_on, accident_extraordinary_prev_on = excluded.accident_extraordinary_prev_on, penalty_on = excluded.penalty_on, penalty_prev_on = excluded.penalty_prev_on, hazard_on = excluded.hazard_on, hazard_prev_on = excluded.hazard_prev_on, standardisation_1_until = excluded.standardisation_1_until, standardisation_2_until = excluded.standardisation_2_until, standardisation_3_until = excluded.standardisation_3_until, last_inspected_on = excluded.last_inspected_on, refreshed_at = excluded.refreshed_at
"""


async def _fill(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
    client = schema_editor.client
    postgres = client.capabilities.dialect == "postgres"
    if postgres:
        # ordered and compared bytewise, as enterprise.code (0002) and SQLite do
        await client.execute_script(
            'ALTER TABLE "supervision_projection" ALTER COLUMN "code" TYPE VARCHAR(18) COLLATE "C"'
        )
    now = datetime.now(UTC)
    await client.execute_query(FILL.format(moment="$1" if postgres else "?1"), [now if postgres else now.isoformat()])


async def _empty(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
    await schema_editor.client.execute_query("DELETE FROM supervision_projection")


class Migration(migrations.Migration):
    dependencies = [("models", "0007_persons")]

    operations = [
        ops.AddField(
            model_name="CreditRecord",
            name="valid_until",
            field=fields.DateField(null=True),
        ),
        ops.CreateModel(
            name="Inspection",
            fields=[
                ("id", fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ("enterprise", fields.ForeignKeyField("models.Enterprise", source_field="enterprise_id", db_constraint=True, to_field="id", related_name="inspections", on_delete=OnDelete.RESTRICT)),
                ("authority", fields.ForeignKeyField("models.Authority", source_field="authority_id", null=True, db_constraint=True, to_field="id", related_name="inspections", on_delete=OnDelete.RESTRICT)),
                ("inspected_on", fields.DateField()),
                ("kind", fields.CharField(max_length=16)),
                ("findings", fields.TextField(default="", unique=False)),
                ("recorded_at", fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={"table": "inspection", "app": "models", "indexes": [Index(fields=["enterprise_id", "inspected_on"])], "pk_attr": "id", "table_description": "监督检查: a regulator's inspection of an enterprise, on a day, of a kind, with findings."},
            bases=["Model"],
        ),
        ops.AddField(
            model_name="CreditRecord",
            name="inspection",
            field=fields.ForeignKeyField("models.Inspection", source_field="inspection_id", null=True, description="a hazard found by an inspection: the inspection that found it", db_constraint=True, to_field="id", related_name="hazards", on_delete=OnDelete.RESTRICT),
        ),
        ops.CreateModel(
            name="SupervisionProjection",
            fields=[
                ("enterprise_id", fields.IntField(primary_key=True, generated=False, unique=True, db_index=True)),
                ("code", fields.CharField(max_length=18)),
                ("region_code", fields.CharField(db_index=True, max_length=6)),
                ("blacklist_ends_on", fields.DateField(null=True)),
                ("greylist_ends_on", fields.DateField(null=True)),
                ("accident_general_on", fields.DateField(null=True)),
                ("accident_general_prev_on", fields.DateField(null=True)),
                ("accident_larger_on", fields.DateField(null=True)),
                ("accident_larger_prev_on", fields.DateField(null=True)),
                ("accident_major_on", fields.DateField(null=True)),
                ("accident_major_prev_on", fields.DateField(null=True)),
                ("accident_extraordinary_on", fields.DateField(null=True)),
                ("accident_extraordinary_prev_on", fields.DateField(null=True)),
                ("penalty_on", fields.DateField(null=True)),
                ("penalty_prev_on", fields.DateField(null=True)),
                ("hazard_on", fields.DateField(null=True)),
                ("hazard_prev_on", fields.DateField(null=True)),
                ("standardisation_1_until", fields.DateField(null=True)),
                ("standardisation_2_until", fields.DateField(null=True)),
                ("standardisation_3_until", fields.DateField(null=True)),
                ("last_inspected_on", fields.DateField(null=True)),
                ("refreshed_at", fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={"table": "supervision_projection", "app": "models", "pk_attr": "enterprise_id", "table_description": "The dates that decide an enterprise's supervision class, one row per enterprise."},
            bases=["Model"],
        ),
        ops.RunPython(_fill, _empty),
    ]
