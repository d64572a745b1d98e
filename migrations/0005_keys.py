"""Keys carry their organisation (stored quotes are scoped by it) and when they were last used.

Written by hand (scripts/makemigrations could not run here); two nullable columns, so
existing keys stay valid: a key without an organisation is its own organisation.
Numbered 0005 to leave 0004 to the branch that lands first; the lead re-chains at merge.
"""

from tortoise import fields, migrations
from tortoise.migrations import operations as ops


class Migration(migrations.Migration):
    dependencies = [("models", "0004_public_search")]

    operations = [
        ops.AddField(
            model_name="ApiKey",
            name="organisation",
            field=fields.CharField(null=True, max_length=200),
        ),
        ops.AddField(
            model_name="ApiKey",
            name="last_used_at",
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
    ]
