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
    """A production unit or agency, identified by its 统一社会信用代码.

    Its registered details (name, region, industry) are those of its latest version
    (EnterpriseVersion, which keeps every version): the row is their cache, so the
    restriction lookup reads one row per code. Both are written by
    credit.store.enterprises, and only there.
    """

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=18, unique=True)
    name = fields.CharField(max_length=200)
    region_code = fields.CharField(max_length=6, db_index=True)
    industry = fields.CharField(max_length=32)
    registered_by: fields.ForeignKeyNullableRelation[Authority] = fields.ForeignKeyField(
        "models.Authority", related_name="registered", null=True, on_delete=fields.RESTRICT
    )
    #: when the registration was recorded
    recorded_at = fields.DatetimeField(auto_now_add=True)
    #: when the current details (the latest version) were recorded
    updated_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "enterprise"


class EnterpriseVersion(Model):
    """One version of an enterprise's registered details, from the moment it was recorded.

    Registering writes the first, each update one more, nothing is overwritten: the
    details as known at a moment are those of the last version recorded by then.
    """

    id = fields.IntField(primary_key=True)
    enterprise: fields.ForeignKeyRelation[Enterprise] = fields.ForeignKeyField(
        "models.Enterprise", related_name="versions", on_delete=fields.RESTRICT
    )
    name = fields.CharField(max_length=200)
    region_code = fields.CharField(max_length=6)
    industry = fields.CharField(max_length=32)
    recorded_at = fields.DatetimeField()

    class Meta:
        table = "enterprise_version"
        indexes = (Index(fields=("enterprise_id", "recorded_at")),)


class Person(Model):
    """自然人: a person, known by the document they hold (证件类型 and 号码).

    The full number is kept so it can be matched and shown to those who may see it
    (credit.services.profiles.shown_id_number). Look-ups go by ``id_hash``, a keyed hash of
    the number (credit.store.person_ids) made with the key ``id_key`` names, so no index
    holds a clear number. A name is kept on each fact (role, listing, ban) as given there.
    """

    id = fields.IntField(primary_key=True)
    id_type = fields.CharField(max_length=32, default="RESIDENT_ID")
    id_number = fields.CharField(max_length=18)
    id_hash = fields.CharField(max_length=32)
    id_key = fields.CharField(max_length=16)
    #: the name the person was first recorded under
    name = fields.CharField(max_length=100)
    recorded_at = fields.DatetimeField(auto_now_add=True)
    #: when ``id_hash`` was last made again under a new key (credit persons rehash)
    rehashed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "person"
        unique_together = (("id_hash", "id_type"),)


class PersonRole(Model):
    """任职: a person in a role of an enterprise (法定代表人, 主要负责人, 实际控制人, agency staff)
    on days ``starts_on <= day < ends_on``. A new principal ends the previous term on its
    first day (``ends_on`` written once, with ``ended_at``): terms end, never change."""

    id = fields.IntField(primary_key=True)
    person: fields.ForeignKeyRelation[Person] = fields.ForeignKeyField(
        "models.Person", related_name="roles", on_delete=fields.RESTRICT
    )
    enterprise: fields.ForeignKeyRelation[Enterprise] = fields.ForeignKeyField(
        "models.Enterprise", related_name="person_roles", on_delete=fields.RESTRICT
    )
    role = fields.CharField(max_length=24)
    name = fields.CharField(max_length=100)
    starts_on = fields.DateField()
    ends_on = fields.DateField(null=True)
    authority: fields.ForeignKeyNullableRelation[Authority] = fields.ForeignKeyField(
        "models.Authority", related_name="person_roles", null=True, on_delete=fields.RESTRICT
    )
    recorded_at = fields.DatetimeField(auto_now_add=True)
    ended_at = fields.DatetimeField(null=True)

    class Meta:
        table = "person_role"
        indexes = (Index(fields=("enterprise_id", "role", "starts_on")), Index(fields=("person_id",)))


class PersonBan(Model):
    """职业禁入 (安全生产法 Art. 94), decided by ``authority``: FIVE_YEARS bars the post of
    principal person of any unit, LIFE of any unit in ``industry``, in force on days
    ``starts_on <= day < ends_on`` (LIFE: no end)."""

    id = fields.IntField(primary_key=True)
    person: fields.ForeignKeyRelation[Person] = fields.ForeignKeyField(
        "models.Person", related_name="bans", on_delete=fields.RESTRICT
    )
    kind = fields.CharField(max_length=16)
    industry = fields.CharField(max_length=32, null=True)
    starts_on = fields.DateField()
    ends_on = fields.DateField(null=True)
    name = fields.CharField(max_length=100)
    basis = fields.TextField()
    authority: fields.ForeignKeyRelation[Authority] = fields.ForeignKeyField(
        "models.Authority", related_name="person_bans", on_delete=fields.RESTRICT
    )
    recorded_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "person_ban"
        indexes = (Index(fields=("person_id", "starts_on")),)


class PersonEvent(Model):
    """A change in the person feed (personChanges): a ban recorded (BANNED) and its end
    (BAN_ENDED). ``visible_at`` comes from the feed clock as OutboxEvent's does. An end is
    queued with the ban, hidden until 00:00 China time of its day."""

    id = fields.BigIntField(primary_key=True)
    change = fields.CharField(max_length=16)
    ban: fields.ForeignKeyRelation[PersonBan] = fields.ForeignKeyField(
        "models.PersonBan", related_name="events", on_delete=fields.RESTRICT
    )
    effective_at = fields.DatetimeField()
    visible_at = fields.DatetimeField()

    class Meta:
        table = "person_event"
        indexes = (Index(fields=("visible_at", "id")),)


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
    #: 处罚类别 (PenaltyCategory), 处罚内容, 违法事实 and 罚款倍数 (双公示 fields)
    category = fields.CharField(max_length=24, null=True)
    content = fields.TextField(null=True)
    violation_facts = fields.TextField(null=True)
    fine_multiple = fields.DecimalField(max_digits=8, decimal_places=2, null=True)
    #: the rule regime the penalty's dates below were derived by (its region's, on its decision date)
    rules_version = fields.CharField(max_length=32, null=True)
    #: last day to publish it (双公示: the regime's working days after the decision), null if unknown
    publish_by = fields.DateField(null=True)
    #: 公示截止期: the decision plus the longest publication period of its penalty types
    publication_ends_on = fields.DateField(null=True)
    # honour (表彰) level, hazard/commitment reference
    # standardisation (安全生产标准化): level "1"/"2"/"3", reference the certificate number,
    # occurred_on the certification date and valid_until the last valid day
    level = fields.CharField(max_length=16, null=True)
    reference = fields.CharField(max_length=100, null=True)
    valid_until = fields.DateField(null=True)
    #: a hazard found by an inspection: the inspection that found it
    inspection: fields.ForeignKeyNullableRelation[Inspection] = fields.ForeignKeyField(
        "models.Inspection", related_name="hazards", null=True, on_delete=fields.RESTRICT
    )
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


class Inspection(Model):
    """监督检查: a regulator's inspection of an enterprise, on a day, of a kind, with findings."""

    id = fields.IntField(primary_key=True)
    enterprise: fields.ForeignKeyRelation[Enterprise] = fields.ForeignKeyField(
        "models.Enterprise", related_name="inspections", on_delete=fields.RESTRICT
    )
    authority: fields.ForeignKeyNullableRelation[Authority] = fields.ForeignKeyField(
        "models.Authority", related_name="inspections", null=True, on_delete=fields.RESTRICT
    )
    inspected_on = fields.DateField()
    kind = fields.CharField(max_length=16)
    findings = fields.TextField(default="")
    recorded_at = fields.DatetimeField(auto_now_add=True)

    hazards: fields.ReverseRelation[CreditRecord]

    class Meta:
        table = "inspection"
        indexes = (Index(fields=("enterprise_id", "inspected_on")),)


class SupervisionProjection(Model):
    """The dates that decide an enterprise's supervision class, one row per enterprise.

    Never a class: the class depends on the day (windows slide, listings end, grades
    expire) and is computed for the day asked, in SQL, from these dates
    (credit/store/supervision.py). Rewritten from the facts in the same transaction as
    every fact it follows (records, listings, inspections); ``refreshed_at`` says when.
    For each kind of dated record: the latest date and the latest earlier date (``prev``),
    so that "a record in the N months before the day" can be answered for any day on or
    after the latest date, the day itself excluded. ``accident_<grade>`` columns hold
    accidents of that grade or worse, ``standardisation_<n>_until`` grades n or better.
    Every enterprise has a row from its registration on.
    """

    enterprise_id = fields.IntField(primary_key=True, generated=False)
    #: the enterprise's code and region, copied so that a plan reads one table
    code = fields.CharField(max_length=18)
    region_code = fields.CharField(max_length=6, db_index=True)
    blacklist_ends_on = fields.DateField(null=True)
    greylist_ends_on = fields.DateField(null=True)
    accident_general_on = fields.DateField(null=True)
    accident_general_prev_on = fields.DateField(null=True)
    accident_larger_on = fields.DateField(null=True)
    accident_larger_prev_on = fields.DateField(null=True)
    accident_major_on = fields.DateField(null=True)
    accident_major_prev_on = fields.DateField(null=True)
    accident_extraordinary_on = fields.DateField(null=True)
    accident_extraordinary_prev_on = fields.DateField(null=True)
    penalty_on = fields.DateField(null=True)
    penalty_prev_on = fields.DateField(null=True)
    hazard_on = fields.DateField(null=True)
    hazard_prev_on = fields.DateField(null=True)
    standardisation_1_until = fields.DateField(null=True)
    standardisation_2_until = fields.DateField(null=True)
    standardisation_3_until = fields.DateField(null=True)
    last_inspected_on = fields.DateField(null=True)
    refreshed_at = fields.DatetimeField()

    class Meta:
        table = "supervision_projection"


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
    #: last day to publish the decision (双公示: the regime's working days after listed_on);
    #: null while undecided, or when the calendar did not know the year it needed
    publish_by = fields.DateField(null=True)
    withdrawn_on = fields.DateField(null=True)
    revoked_on = fields.DateField(null=True)
    revoke_reason = fields.TextField(null=True)
    #: false only for ABANDONED_RESCUE, which lists the principal person alone
    #: (credit.domain.persons.restricts_unit); the restriction lookup skips such listings
    restricts_unit = fields.BooleanField(default=True, db_default=True)
    recorded_at = fields.DatetimeField(auto_now_add=True)
    decided_at = fields.DatetimeField(null=True)
    #: the moment of the objection decision that withdrew it
    withdrawn_at = fields.DatetimeField(null=True)
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


class ListingPerson(Model):
    """A person listed with the unit (第11号令): restricted while the listing is in force, by
    the listing's own dates, repair and revocation."""

    id = fields.IntField(primary_key=True)
    listing: fields.ForeignKeyRelation[Listing] = fields.ForeignKeyField(
        "models.Listing", related_name="persons", on_delete=fields.RESTRICT
    )
    person: fields.ForeignKeyRelation[Person] = fields.ForeignKeyField(
        "models.Person", related_name="listings", on_delete=fields.RESTRICT
    )
    role = fields.CharField(max_length=16)
    name = fields.CharField(max_length=100)
    recorded_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "listing_person"
        unique_together = (("listing", "person"),)
        indexes = (Index(fields=("person_id", "listing_id")),)


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
    """The single row of the one clock of transaction time (credit.store.clock): every
    transaction that records a fact takes its moment here first, under a lock held to
    its commit, so moments follow commit order; the feed, the audit trail and every
    fact's ``*_at`` carry that moment."""

    id = fields.IntField(primary_key=True, generated=False)
    last_recorded_at = fields.DatetimeField()
    #: the moment of the first fact recorded (asKnownAt before it is refused)
    first_recorded_at = fields.DatetimeField(null=True)

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
    #: the publication deadline of what the event publishes (a decided listing, a penalty)
    publish_by = fields.DateField(null=True)
    #: while unacknowledged: the nearest ``publish_by`` of this event and the enterprise's
    #: events queued behind it. The dispatcher claims the heads with the nearest first when
    #: there is a backlog (a head without a deadline of its own carries the queue's).
    deliver_by = fields.DateField(null=True)

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


class CatalogueVersion(Model):
    """A published version of the joint punishment catalogue (联合惩戒措施目录), as TOML text.

    In force from 00:00 China time of ``effective_from`` until a later version's. The shipped
    version 1 (credit/rules/catalogue-1.toml) is in force from the start and is not stored.
    """

    id = fields.IntField(primary_key=True)
    version = fields.CharField(max_length=32, unique=True)
    effective_from = fields.DateField()
    title = fields.CharField(max_length=200, default="")
    body = fields.TextField()
    #: who published it (the admin key's actor, or the command line)
    published_by = fields.CharField(max_length=100)
    recorded_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "catalogue_version"


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
