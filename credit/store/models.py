"""Tortoise models. Facts are dated and never overwritten, status is derived (DESIGN §3.1).

No semicolons in model docstrings: Tortoise turns them into table comments and
splits the DDL on them.

Every table records when each fact was recorded (``recorded_at``) beside the legal
dates it carries (``occurred_on``, ``listed_on`` ...).
"""

from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.indexes import Index
from tortoise.models import Model


class Authority(Model):
    """执法/决定机关: the department that penalises and decides listings (谁处罚、谁决定)."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=18, unique=True)
    name = fields.CharField(max_length=200)
    recorded_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "authority"


class ApiKey(Model):
    """A key of a caller. Only its SHA-256 is kept, the secret is shown once when issued."""

    id = fields.IntField(primary_key=True)
    key_hash = fields.CharField(max_length=64, unique=True)
    prefix = fields.CharField(max_length=16)
    role = fields.CharField(max_length=16)
    authority: fields.ForeignKeyNullableRelation[Authority] = fields.ForeignKeyField(
        "models.Authority", related_name="keys", null=True, on_delete=fields.RESTRICT
    )
    region_prefix = fields.CharField(max_length=6, null=True)
    label = fields.CharField(max_length=200, default="")
    #: the insurer (or other organisation) the key belongs to; null: the key is its own
    #: organisation. Stored quotes are visible to the keys of the organisation that asked.
    organisation = fields.CharField(max_length=200, null=True)
    recorded_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)
    #: written at most once a minute per key and instance (credit.services.auth), not per request
    last_used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "api_key"


class Enterprise(Model):
    """A production unit or agency, identified by its 统一社会信用代码."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=18, unique=True)
    name = fields.CharField(max_length=200)
    region_code = fields.CharField(max_length=6, db_index=True)
    industry = fields.CharField(max_length=32)
    registered_by: fields.ForeignKeyNullableRelation[Authority] = fields.ForeignKeyField(
        "models.Authority", related_name="registered", null=True, on_delete=fields.RESTRICT
    )
    recorded_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "enterprise"


class Person(Model):
    """A person tied to an enterprise (主要负责人). ID numbers are masked outside regulators."""

    id = fields.IntField(primary_key=True)
    enterprise: fields.ForeignKeyRelation[Enterprise] = fields.ForeignKeyField(
        "models.Enterprise", related_name="persons", on_delete=fields.RESTRICT
    )
    role = fields.CharField(max_length=16, default="PRINCIPAL")
    name = fields.CharField(max_length=100)
    id_number = fields.CharField(max_length=18)
    recorded_at = fields.DatetimeField(auto_now_add=True)
    #: a newer principal replaces this one from this moment (history is kept)
    superseded_at = fields.DatetimeField(null=True)

    class Meta:
        table = "person"
        indexes = (Index(fields=("enterprise_id",)),)


class CreditRecord(Model):
    """信用记录: one dated fact about an enterprise. Kind-specific columns are null otherwise.

    A correction is a new record whose ``supersedes`` names the one it corrects.
    """

    id = fields.IntField(primary_key=True)
    enterprise: fields.ForeignKeyRelation[Enterprise] = fields.ForeignKeyField(
        "models.Enterprise", related_name="records", on_delete=fields.RESTRICT
    )
    kind = fields.CharField(max_length=16)
    occurred_on = fields.DateField()
    authority: fields.ForeignKeyNullableRelation[Authority] = fields.ForeignKeyField(
        "models.Authority", related_name="records", null=True, on_delete=fields.RESTRICT
    )
    supersedes: fields.ForeignKeyNullableRelation[CreditRecord] = fields.ForeignKeyField(
        "models.CreditRecord", related_name="corrections", null=True, on_delete=fields.RESTRICT
    )
    description = fields.TextField(default="")
    # accident (生产安全事故)
    deaths = fields.IntField(null=True)
    serious_injuries = fields.IntField(null=True)
    direct_loss_yuan = fields.DecimalField(max_digits=18, decimal_places=2, null=True)
    concealed = fields.BooleanField(default=False)
    grade = fields.CharField(max_length=16, null=True)
    # penalty (行政处罚)
    decision_number = fields.CharField(max_length=100, null=True)
    violation_type = fields.CharField(max_length=200, null=True)
    legal_basis = fields.CharField(max_length=500, null=True)
    fine_yuan = fields.DecimalField(max_digits=18, decimal_places=2, null=True)
    # honour (表彰) level, hazard/commitment reference
    level = fields.CharField(max_length=16, null=True)
    reference = fields.CharField(max_length=100, null=True)
    recorded_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "credit_record"
        indexes = (
            Index(fields=("enterprise_id", "kind", "occurred_on")),
            # a decision number is recorded once per authority: every penalty looks it up (the
            # number first: a batch looks up many numbers of one authority at once)
            Index(fields=("decision_number", "authority_id")),
            # which records a correction supersedes: "is this record current?"
            Index(fields=("supersedes_id",)),
        )


class Listing(Model):
    """A blacklist or greylist listing and its procedure dates (告知 → 决定 → 期满/修复/撤销).

    ``ends_on`` caches the first day the listing is no longer in force (the earlier of
    ``expires_on`` and the date of an approved repair, null while undecided or when revoked)
    so that the restriction lookup is one indexed range test. It is written in the
    same transaction as the fact it follows from.
    """

    id = fields.IntField(primary_key=True)
    enterprise: fields.ForeignKeyRelation[Enterprise] = fields.ForeignKeyField(
        "models.Enterprise", related_name="listings", on_delete=fields.RESTRICT
    )
    list_kind = fields.CharField(max_length=16)
    ground = fields.CharField(max_length=32)
    authority: fields.ForeignKeyRelation[Authority] = fields.ForeignKeyField(
        "models.Authority", related_name="listings", on_delete=fields.RESTRICT
    )
    rules_version = fields.CharField(max_length=32)
    notified_on = fields.DateField()
    objection_deadline = fields.DateField()
    decision_number = fields.CharField(max_length=100, null=True)
    listed_on = fields.DateField(null=True)
    expires_on = fields.DateField(null=True)
    ends_on = fields.DateField(null=True)
    withdrawn_on = fields.DateField(null=True)
    revoked_on = fields.DateField(null=True)
    revoke_reason = fields.TextField(null=True)
    recorded_at = fields.DatetimeField(auto_now_add=True)
    decided_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    repairs: fields.ReverseRelation[RepairApplication]

    class Meta:
        table = "listing"
        indexes = (
            Index(fields=("enterprise_id", "listed_on", "ends_on")),
            Index(fields=("authority_id", "list_kind")),
        )


class ListingEvidence(Model):
    """The records a proposal relies on (证据材料)."""

    id = fields.IntField(primary_key=True)
    listing: fields.ForeignKeyRelation[Listing] = fields.ForeignKeyField(
        "models.Listing", related_name="evidence", on_delete=fields.RESTRICT
    )
    record: fields.ForeignKeyRelation[CreditRecord] = fields.ForeignKeyField(
        "models.CreditRecord", related_name="cited_by", on_delete=fields.RESTRICT
    )

    class Meta:
        table = "listing_evidence"
        unique_together = (("listing", "record"),)
        indexes = (Index(fields=("record_id",)),)


class Objection(Model):
    """陈述申辩 / 异议 raised by the party before the decision."""

    id = fields.IntField(primary_key=True)
    listing: fields.ForeignKeyRelation[Listing] = fields.ForeignKeyField(
        "models.Listing", related_name="objections", on_delete=fields.RESTRICT
    )
    filed_on = fields.DateField()
    statement = fields.TextField(default="")
    upheld = fields.BooleanField(null=True)
    decided_on = fields.DateField(null=True)
    decision_reason = fields.TextField(null=True)
    recorded_at = fields.DatetimeField(auto_now_add=True)
    decided_at = fields.DatetimeField(null=True)

    class Meta:
        table = "objection"
        indexes = (Index(fields=("listing_id",)),)


class RepairApplication(Model):
    """信用修复申请, recorded by the deciding authority on behalf of the party."""

    id = fields.IntField(primary_key=True)
    listing: fields.ForeignKeyRelation[Listing] = fields.ForeignKeyField(
        "models.Listing", related_name="repairs", on_delete=fields.RESTRICT
    )
    applied_on = fields.DateField()
    statement = fields.TextField(default="")
    status = fields.CharField(max_length=16, default="PENDING")
    decided_on = fields.DateField(null=True)
    decision_reason = fields.TextField(null=True)
    revoked_on = fields.DateField(null=True)
    revoke_reason = fields.TextField(null=True)
    recorded_at = fields.DatetimeField(auto_now_add=True)
    decided_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "repair_application"
        indexes = (Index(fields=("listing_id",)),)


class AuditEntry(Model):
    """One entry per regulator action: who, what, when, before and after."""

    id = fields.BigIntField(primary_key=True)
    at = fields.DatetimeField(auto_now_add=True)
    actor = fields.CharField(max_length=100)
    role = fields.CharField(max_length=16)
    authority_code = fields.CharField(max_length=18, null=True)
    action = fields.CharField(max_length=64)
    entity = fields.CharField(max_length=32)
    entity_id = fields.CharField(max_length=64)
    enterprise_code = fields.CharField(max_length=18, null=True, db_index=True)
    before: fields.JSONField[Any] = fields.JSONField(null=True)
    after: fields.JSONField[Any] = fields.JSONField(null=True)

    class Meta:
        table = "audit_entry"


class FeedClock(Model):
    """The single row that orders feed writes: writers lock it to take the next
    ``recorded_at``, readers share-lock it, so a page never skips a commit in flight."""

    id = fields.IntField(primary_key=True, generated=False)
    last_recorded_at = fields.DatetimeField()

    class Meta:
        table = "feed_clock"


class OutboxEvent(Model):
    """An event for the shared platform, queued in the transaction of the write (DESIGN §3.3).

    Listing events are also the change feed (``listingChanges``). ``visible_at`` is
    when the change became visible (``recordedAt`` in the feed): a future expiry is
    queued with its own moment and stays hidden, and undelivered, until then.
    """

    id = fields.BigIntField(primary_key=True)
    event_id = fields.UUIDField(unique=True)
    event_type = fields.CharField(max_length=32)
    enterprise: fields.ForeignKeyRelation[Enterprise] = fields.ForeignKeyField(
        "models.Enterprise", related_name="events", on_delete=fields.RESTRICT
    )
    listing: fields.ForeignKeyNullableRelation[Listing] = fields.ForeignKeyField(
        "models.Listing", related_name="events", null=True, on_delete=fields.RESTRICT
    )
    record: fields.ForeignKeyNullableRelation[CreditRecord] = fields.ForeignKeyField(
        "models.CreditRecord", related_name="events", null=True, on_delete=fields.RESTRICT
    )
    effective_at = fields.DatetimeField()
    visible_at = fields.DatetimeField()
    payload: fields.JSONField[Any] = fields.JSONField()
    state = fields.CharField(max_length=16, default="PENDING")
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField()
    last_error = fields.TextField(null=True)
    delivered_at = fields.DatetimeField(null=True)

    class Meta:
        table = "outbox_event"
        indexes = (
            Index(fields=("visible_at", "id")),
            Index(fields=("state", "next_attempt_at")),
            Index(fields=("enterprise_id", "id")),
        )


class DispatcherLease(Model):
    """Who may dispatch right now (used on SQLite, PostgreSQL uses row locks)."""

    name = fields.CharField(max_length=32, primary_key=True)
    holder = fields.CharField(max_length=64)
    until = fields.DatetimeField()

    class Meta:
        table = "dispatcher_lease"


class PremiumRuleSet(Model):
    """A published premium rule set (安责险浮动费率规则), name + version, as TOML text."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=64)
    version = fields.CharField(max_length=32)
    body = fields.TextField()
    recorded_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "premium_rule_set"
        unique_together = (("name", "version"),)


class PremiumQuote(Model):
    """A stored quote: inputs, rule set, the records used and the answer, reproducible later."""

    id = fields.UUIDField(primary_key=True)
    enterprise: fields.ForeignKeyRelation[Enterprise] = fields.ForeignKeyField(
        "models.Enterprise", related_name="quotes", on_delete=fields.RESTRICT
    )
    rule_set: fields.ForeignKeyRelation[PremiumRuleSet] = fields.ForeignKeyField(
        "models.PremiumRuleSet", related_name="quotes", on_delete=fields.RESTRICT
    )
    base_rate = fields.DecimalField(max_digits=12, decimal_places=8)
    policy_start = fields.DateField()
    factor = fields.DecimalField(max_digits=8, decimal_places=4)
    adjusted_rate = fields.DecimalField(max_digits=14, decimal_places=6)
    adjustments: fields.JSONField[Any] = fields.JSONField()
    inputs: fields.JSONField[Any] = fields.JSONField()
    recorded_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "premium_quote"
        indexes = (Index(fields=("enterprise_id",)),)
