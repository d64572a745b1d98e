"""Incentive lists (守信激励) in SQL: which codes of a batch an incentive rule puts on its list on a
day, in one statement (never per code). The rule is ``credit.domain.incentives.eligible``;
tests/store/test_supervision_equivalence.py proves the two equal over random histories.

The honour test comes first: honours are rare, so most codes are settled by one index probe.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from credit.domain.calendar import add_months
from credit.domain.incentives import IncentiveRule
from credit.store.db import is_postgres_connection
from credit.store.listing_status import unit_listing_sql
from credit.store.replica import read_connection
from credit.store.supervision import date_literal

_LIVE = (
    "NOT EXISTS (SELECT 1 FROM credit_record c "
    "WHERE c.enterprise_id = {r}.enterprise_id AND c.supersedes_id = {r}.id)"
)


def eligibility_condition(rule: IncentiveRule, day: date, postgres: bool, e: str = "e") -> str:
    """A condition on enterprise ``e``: on the list ``rule`` on ``day``."""

    def lit(d: date) -> str:
        return date_literal(postgres, d)

    def live(alias: str) -> str:
        return _LIVE.format(r=alias)

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
        f"NOT EXISTS (SELECT 1 FROM listing l WHERE l.enterprise_id = {e}.id AND {unit_listing_sql('l')} "
        f"AND l.listed_on <= {today} AND l.ends_on > {lit(first)})",
        # grades cover the period: one covers its first day, and after every grade that ends
        # inside it another begins by the next day and ends later
        f"EXISTS (SELECT 1 FROM credit_record g0 WHERE {grade('g0')} "
        f"AND g0.occurred_on <= {lit(first)} AND g0.valid_until >= {lit(first)})",
        f"NOT EXISTS (SELECT 1 FROM credit_record g WHERE {grade('g')} "
        f"AND g.valid_until >= {lit(first)} AND g.valid_until < {today} "
        f"AND NOT EXISTS (SELECT 1 FROM credit_record g2 WHERE {grade('g2')} "
        f"AND g2.occurred_on <= {next_day} AND g2.valid_until > g.valid_until))",
    ])


async def eligible_codes(rule: IncentiveRule, codes: Sequence[str], day: date) -> set[str]:
    """The codes among ``codes`` (known or not) that are on the list ``rule`` on ``day``."""
    if not codes:
        return set()
    conn = read_connection()  # the replica when the request reads from one (credit.store.replica)
    unique = list(dict.fromkeys(codes))
    if is_postgres_connection(conn):
        sql = f"SELECT e.code FROM enterprise e WHERE e.code = ANY($1::varchar[]) AND {eligibility_condition(rule, day, True)}"
        async with conn.acquire_connection() as raw:
            rows = await raw.fetch(sql, unique)
        return {row[0] for row in rows}
    import orjson

    sql = (f"SELECT e.code FROM enterprise e WHERE e.code IN (SELECT value FROM json_each(?1)) "
           f"AND {eligibility_condition(rule, day, False)}")
    _, rows = await conn.execute_query(sql, [orjson.dumps(unique).decode()])
    return {row[0] for row in rows}
