"""An index for the rule "a decision number is recorded once per authority": every
penalty recorded (one mutation, or a chunk of an import) looks its numbers up by
``(authority_id, decision_number)``; without the index each lookup read every record.

Written by hand (scripts/makemigrations wrote a fresh initial migration here). Numbered
0010 as assigned; the lead re-chains at merge.
"""

from tortoise import migrations
from tortoise.indexes import Index
from tortoise.migrations import operations as ops


class Migration(migrations.Migration):
    dependencies = [("models", "0005_keys")]

    operations = [
        ops.AddIndex(model_name="CreditRecord", index=Index(fields=["authority_id", "decision_number"])),
    ]
