"""Scalars: DateTime must carry an offset (ISO 8601); Date is an ISO date; Decimal is a string."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry

from graphql import GraphQLError


def _parse_datetime(value: object) -> datetime:
    if not isinstance(value, str):
        raise GraphQLError("DateTime 应为带时区偏移的 ISO 8601 字符串", extensions={"code": "BAD_USER_INPUT"})
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise GraphQLError(f"DateTime 格式不正确:{value}", extensions={"code": "BAD_USER_INPUT"}) from exc
    if parsed.tzinfo is None:
        raise GraphQLError(
            f"DateTime 必须带时区偏移(如 +08:00):{value}", extensions={"code": "BAD_USER_INPUT"}
        )
    return parsed


def _serialize_datetime(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


#: Used through StrawberryConfig.scalar_map: every ``datetime`` in the schema is this scalar.
DateTime = strawberry.scalar(
    name="DateTime",
    description="ISO 8601 moment with an offset, e.g. 2026-03-01T09:30:00+08:00. Answers are in UTC (Z).",
    serialize=_serialize_datetime,
    parse_value=_parse_datetime,
)
