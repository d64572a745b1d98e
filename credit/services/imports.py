"""Bulk import (``credit import KIND FILE``): the regulators' record actions, in bulk.

An import is the mutations in bulk, not a second set of rules: each row is drafted by
the action's own draft function (credit.services.records: authorise, check the input)
and each chunk of drafts is written by the batch writer the mutation itself uses (load,
check, write with the same audit entries and outbox events), in one transaction per
chunk, as the authority named.

Two passes. The first checks every row against the database and writes nothing; when a
row is refused, nothing is imported (unless ``valid_rows``: then the other rows are). The
second writes chunk by chunk. A row whose fact is recorded already with the same content
(the same enterprise code; the same decision number of the same authority; for an
accident, the same row in every field) is left out and counted, so importing a file
again records nothing twice; with other content it is refused as the mutation refuses
it (ALREADY_REGISTERED, DUPLICATE_DECISION_NUMBER).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

from credit.domain.codes import is_valid_uscc, normalise_code
from credit.domain.errors import Refusal
from credit.services import records
from credit.services.auth import Caller, Role
from credit.services.records import IfRecorded, Outcome, Seen
from credit.store.models import ApiKey, Authority

#: rows written in one transaction: large enough that per-chunk costs (the lookups, the
#: authority's lock, the feed clock) vanish, small enough that other writers wait briefly
CHUNK_ROWS = 1000


class BatchWriter(Protocol):
    def __call__(
        self, caller: Caller, drafts: Sequence[Any], *, if_recorded: IfRecorded = ..., dry_run: bool = ...,
        atomic: bool = ..., seen: Seen | None = ...,
    ) -> Awaitable[list[Outcome[Any]]]: ...


@dataclass(frozen=True)
class Importable:
    """A kind of row that can be imported: the mutation it stands for and its two steps."""

    #: the mutation: its input's fields are the file's columns (credit.imports)
    operation: str
    draft: Callable[..., Any]
    write: BatchWriter
    #: recorded by an authority (谁处罚、谁决定): needs --authority-code
    needs_authority: bool
    #: the column a refusal for being outside the caller's region concerns
    region_field: str


IMPORTABLE: dict[str, Importable] = {
    "enterprises": Importable("registerEnterprise", records.enterprise_draft, records.register_enterprises,
                              needs_authority=False, region_field="regionCode"),
    "penalties": Importable("recordPenalty", records.penalty_draft, records.write_records,
                            needs_authority=True, region_field="code"),
    "accidents": Importable("recordAccident", records.accident_draft, records.write_records,
                            needs_authority=True, region_field="code"),
}


class ImportSetupError(ValueError):
    """The import cannot start (no such authority, no key for it); the message says what to do."""


async def importer(kind: str, authority_code: str | None) -> Caller:
    """Who the import acts as: the authority named, in the region of its regulator keys.

    Penalties and accidents need an authority. Enterprises may be imported without one,
    by the operator running the command (any region, no registering authority).
    """
    spec = IMPORTABLE[kind]
    if authority_code is None:
        if spec.needs_authority:
            raise ImportSetupError(
                f"{kind} are recorded by an authority (谁处罚、谁决定): give --authority-code USCC "
                "of an authority that has a regulator key"
            )
        return Caller(role=Role.REGULATOR, region_prefix="", channel="import")
    code = normalise_code(authority_code)
    if not is_valid_uscc(code):
        raise ImportSetupError(f"--authority-code {authority_code!r} is not a valid 统一社会信用代码")
    authority = await Authority.get_or_none(code=code)
    if authority is None:
        raise ImportSetupError(
            f"no authority {code}: issue it a regulator key first "
            f"(credit keys issue --role regulator --authority-code {code} --authority-name NAME --region PREFIX)"
        )
    now = datetime.now(UTC)
    keys = [
        key for key in await ApiKey.filter(authority_id=authority.id, role=Role.REGULATOR.value, revoked_at=None)
        .order_by("-id")
        if key.expires_at is None or key.expires_at > now
    ]
    if not keys:
        raise ImportSetupError(
            f"{code} {authority.name} has no active regulator key: the import acts in the region of its key; "
            f"issue one (credit keys issue --role regulator --authority-code {code} ...)"
        )
    regions = sorted({key.region_prefix or "" for key in keys})
    if len(regions) > 1:
        raise ImportSetupError(
            f"{code} {authority.name} has active regulator keys for several regions ({', '.join(regions)}): "
            "the import cannot tell which one it acts in; revoke the keys no longer meant (credit keys revoke)"
        )
    key = keys[0]
    return Caller(
        role=Role.REGULATOR, key_id=key.id, authority_id=authority.id, authority_code=authority.code,
        authority_name=authority.name, region_prefix=key.region_prefix, organisation=key.organisation,
        channel="import",
    )


@dataclass(frozen=True)
class Row:
    """One data row as read from the file: the action's keywords, or why it could not be read."""

    number: int
    arguments: dict[str, Any] | None = None
    refusal: Refusal | None = None


@dataclass
class ImportReport:
    kind: str
    rows: int = 0
    imported: int = 0
    #: rows whose fact was recorded already (or earlier in the file) with the same content
    already: int = 0
    #: row number → why it was refused, in row order
    refused: dict[int, Refusal] = field(default_factory=dict)
    #: the first pass refused rows and nothing was written
    nothing_written: bool = False
    #: the second pass met a refusal the first did not (a write by someone else in between):
    #: the rows from this one on were not imported
    stopped_at: int | None = None


Progress = Callable[[str, int], None]


T = TypeVar("T")


def _chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


async def import_rows(
    caller: Caller,
    kind: str,
    rows: Sequence[Row],
    *,
    valid_rows: bool = False,
    chunk_rows: int = CHUNK_ROWS,
    progress: Progress | None = None,
) -> ImportReport:
    """Check every row, then (when none is refused, or with ``valid_rows``) write them.

    ``progress(phase, rows)`` is told after each chunk: phase "check", then "total:write" once
    with the rows left to write (credit.progress), then "write".
    """
    spec = IMPORTABLE[kind]
    report = ImportReport(kind, rows=len(rows))
    tell = progress or (lambda phase, count: None)
    checked: list[tuple[int, Any]] = []
    seen: Seen = {}
    for rows_chunk in _chunks(rows, chunk_rows):
        drafts: list[tuple[int, Any]] = []
        for row in rows_chunk:
            if row.refusal is not None:
                report.refused[row.number] = row.refusal
                continue
            try:
                drafts.append((row.number, spec.draft(caller, **(row.arguments or {}))))
            except Refusal as refusal:
                report.refused[row.number] = refusal
        outcomes = await spec.write(caller, [d for _, d in drafts], if_recorded=IfRecorded.SKIP_IDENTICAL,
                                    dry_run=True, seen=seen)
        for (number, draft), outcome in zip(drafts, outcomes, strict=True):
            if outcome.refusal is not None:
                report.refused[number] = outcome.refusal
            elif outcome.already:
                report.already += 1
            else:
                checked.append((number, draft))
        tell("check", len(rows_chunk))
    report.refused = dict(sorted(report.refused.items()))
    if report.refused and not valid_rows:
        report.nothing_written = True
        return report
    tell("total:write", len(checked))
    for chunk in _chunks(checked, chunk_rows):
        outcomes = await spec.write(caller, [d for _, d in chunk], if_recorded=IfRecorded.SKIP_IDENTICAL,
                                    atomic=not valid_rows)
        late = [(number, o.refusal) for (number, _), o in zip(chunk, outcomes, strict=True) if o.refusal]
        if late and not valid_rows:
            report.refused.update(late)
            report.stopped_at = chunk[0][0]
            break
        for (number, _), outcome in zip(chunk, outcomes, strict=True):
            if outcome.refusal is not None:
                report.refused[number] = outcome.refusal
            elif outcome.already:
                report.already += 1
            else:
                report.imported += 1
        tell("write", len(chunk))
    report.refused = dict(sorted(report.refused.items()))
    return report
