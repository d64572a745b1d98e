"""Incentive lists (守信激励) in SQL: which codes of a batch an incentive rule puts on its list on a
day, in one statement (never per code). The rule is ``credit.domain.incentives.eligible``;
tests/store/test_supervision_equivalence.py proves the two equal over random histories.
As known at a moment (credit.domain.knowledge): records recorded by then, superseded only by
corrections recorded by then, listings as known then (``in_force_during_known_sql``);
tests/store/test_as_known_equivalence.py proves it.

The honour test comes first: honours are rare, so most codes are settled by one index probe.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from credit.domain.calendar import add_months
from credit.domain.incentives import IncentiveRule
from credit.store.clock import sqlite_moment
from credit.store.db import is_postgres_connection
from credit.store.listing_status import in_force_during_known_sql, unit_listing_sql
from credit.store.replica import read_connection
from credit.store.supervision import date_literal

_LIVE = (
    "NOT EXISTS (SELECT 1 FROM credit_record c "
    "WHERE c.enterprise_id = {r}.enterprise_id AND c.supersedes_id = {r}.id)"
)


def eligibility_condition(
    rule: IncentiveRule, day: date, postgres: bool, e: str = "e", known: str | None = None
) -> str:
    """A condition on enterprise ``e``: on the list ``rule`` on ``day``, as known at the moment
    ``known`` names (a placeholder: a check's moment changes with every check, so it is bound,
    not written in, and the statement's plan is reused within the day) or as known now."""

    def lit(d: date) -> str:
        return date_literal(postgres, d)

    def recorded(alias: str) -> str:
        return f" AND {alias}.recorded_at <= {known}" if known else ""

    def live(alias: str) -> str:
        if known is None:
            return _LIVE.format(r=alias)
        return _LIVE.format(r=alias)[:-1] + f" AND c.recorded_at <= {known})" + recorded(alias)

    first, today = rule.period_start(day), lit(day)
    levels = ", ".join(f"'{level.value}'" for level in sorted(rule.honour_levels))
    grades = ", ".join(f"'{g}'" for g in range(1, rule.max_grade + 1))
    next_day = "g.valid_until + 1" if postgres else "date(g.valid_until, '+1 day')"

    def grade(alias: str) -> str:
        return (f"{alias}.enterprise_id = {e}.id AND {alias}.kind = 'STANDARDISATION' "
                f"AND {alias}.level IN ({grades}) AND {live(alias)}")

    def none_of(kinds: str, since: date) -> str:
        return (f"NOT EXISTS (SELECT 1 FROM credit_record r WHERE r.enterprise_id = {e}.id "
                f"AND r.kind IN ({kinds}) AND r.occurred_on >= {lit(since)} AND r.occurred_on < {today} "
                f"AND {live('r')})")

    return " AND ".join([
        # an honour of the levels in the months before the day
        f"EXISTS (SELECT 1 FROM credit_record h WHERE h.enterprise_id = {e}.id AND h.kind = 'HONOUR' "
        f"AND h.level IN ({levels}) AND h.occurred_on >= {lit(add_months(day, -rule.honour_months))} "
        f"AND h.occurred_on < {today} AND {live('h')})",
        none_of("'ACCIDENT', 'PENALTY'", add_months(day, -rule.clean_months)),
        none_of("'HAZARD'", add_months(day, -rule.hazard_free_months)),
        # no listing in force on any day of the period
        f"NOT EXISTS (SELECT 1 FROM listing l WHERE l.enterprise_id = {e}.id AND {unit_listing_sql('l')} AND "
        + (f"l.listed_on <= {today} AND l.ends_on > {lit(first)})" if known is None
           else f"{in_force_during_known_sql('l', lit(first), today, known)})"),
        # grades cover the period: one covers its first day, and after every grade that ends
        # inside it another begins by the next day and ends later
        f"EXISTS (SELECT 1 FROM credit_record g0 WHERE {grade('g0')} "
        f"AND g0.occurred_on <= {lit(first)} AND g0.valid_until >= {lit(first)})",
        f"NOT EXISTS (SELECT 1 FROM credit_record g WHERE {grade('g')} "
        f"AND g.valid_until >= {lit(first)} AND g.valid_until < {today} "
        f"AND NOT EXISTS (SELECT 1 FROM credit_record g2 WHERE {grade('g2')} "
        f"AND g2.occurred_on <= {next_day} AND g2.valid_until > g.valid_until))",
    ])


async def eligible_codes(
    rule: IncentiveRule, codes: Sequence[str], day: date, known_at: datetime | None = None
) -> set[str]:
    """The codes among ``codes`` (known or not) that are on the list ``rule`` on ``day``, as
    known now or at ``known_at``."""
    if not codes:
        return set()
    conn = read_connection()  # the replica when the request reads from one (credit.store.replica)
    unique = list(dict.fromkeys(codes))
    if is_postgres_connection(conn):
        known = "$2::timestamptz" if known_at is not None else None
        sql = (f"SELECT e.code FROM enterprise e WHERE e.code = ANY($1::varchar[]) "
               f"AND {eligibility_condition(rule, day, True, known=known)}")
        async with conn.acquire_connection() as raw:
            rows = await (raw.fetch(sql, unique) if known_at is None else raw.fetch(sql, unique, known_at))
        return {row[0] for row in rows}
    import orjson

    sql = (f"SELECT e.code FROM enterprise e WHERE e.code IN (SELECT value FROM json_each(?1)) "
           f"AND {eligibility_condition(rule, day, False, known='?2' if known_at is not None else None)}")
    params = [orjson.dumps(unique).decode()]
    if known_at is not None:
        params.append(sqlite_moment(known_at))
    _, rows = await conn.execute_query(sql, params)
    return {row[0] for row in rows}
