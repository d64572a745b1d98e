"""Indexes for two lookups every penalty makes (one mutation, or a chunk of an import):

- ``(decision_number, authority_id)``: "a decision number is recorded once per authority".
  The number leads: a batch asks for many numbers of one authority at once, and with the
  authority first PostgreSQL read all its records, checking each against the list.
- ``(supersedes_id)``: "is this record current, or corrected by a later one?" Without it
  every such question read the whole table.

Written by hand (scripts/makemigrations wrote a fresh initial migration here); after
0009_asknown.
"""

from tortoise import migrations
from tortoise.indexes import Index
from tortoise.migrations import operations as ops


class Migration(migrations.Migration):
    dependencies = [("models", "0009_asknown")]

    operations = [
        ops.AddIndex(model_name="CreditRecord", index=Index(fields=["decision_number", "authority_id"])),
        ops.AddIndex(model_name="CreditRecord", index=Index(fields=["supersedes_id"])),
    ]
