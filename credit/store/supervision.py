"""Supervision classes in SQL: the projection of deciding dates, and the inspection plan query.

``supervision_projection`` holds, per enterprise, the dates that decide its class (never a
class): the latest end of each list kind's listings, the latest and the latest earlier
date of each kind of record, each standardisation grade's latest ``valid_until`` and the
latest inspection. ``refresh`` rewrites an enterprise's row from its facts in the
transaction of every fact written (records, listings, inspections).

The class for a day is computed from such a row by ``class_case``, the rule set said in
SQL, for any day on or after every fact date of the row. Facts are never dated after
today, so the stored rows answer every day from today on; for an earlier day the plan
computes the same columns on the fly with every fact date bounded by the day (a CTE:
slower, but the same expressions). tests/store/test_supervision_equivalence.py proves
both equal to ``credit.domain.supervision.classify`` over random histories, on both
databases.

"In the N months before the day" for a record kind with latest date ``x`` and earlier
``y``: the record counting for day ``d`` is ``x`` when ``x < d``, else ``y`` (``x == d``:
the day itself is outside its window), and it counts when it is on or after the window's
first day, computed in Python with ``add_months``. A listing is in force on ``d`` when the
latest ``ends_on`` of its kind is after ``d`` (every decided listing's ``listed_on`` is on
or before the day here): ``credit.store.listing_status`` keeps the one definition of
``ends_on``, which ``write_listing`` alone writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient

from credit.domain.accidents import AccidentGrade
from credit.domain.calendar import add_months
from credit.domain.listings import ListKind
from credit.domain.supervision import (
    STANDARDISATION_GRADES,
    Condition,
    FactKind,
    SupervisionClass,
    SupervisionRules,
)
from credit.store.db import is_postgres_connection
from credit.store.listing_status import unit_listing_sql

#: record kind → the credit_record condition of its dated column pair; ``accident_<grade>``
#: holds accidents of that grade or worse
_RECORD_COLUMNS: dict[str, str] = {
    **{
        f"accident_{g.name.lower()}": "r.kind = 'ACCIDENT' AND r.grade IN ("
        + ", ".join(f"'{worse.name}'" for worse in AccidentGrade if worse >= g) + ")"
        for g in AccidentGrade
    },
    "penalty": "r.kind = 'PENALTY'",
    "hazard": "r.kind = 'HAZARD'",
}
_LIVE = (
    "NOT EXISTS (SELECT 1 FROM credit_record c "
    "WHERE c.enterprise_id = r.enterprise_id AND c.supersedes_id = r.id)"
)


class _Params:
    """Numbered placeholders of one statement (``$n`` for asyncpg, ``?n`` for SQLite), so one
    placeholder may appear several times."""

    def __init__(self, postgres: bool) -> None:
        self.postgres = postgres
        self.values: list[Any] = []

    def __call__(self, value: Any) -> str:
        if isinstance(value, date) and not self.postgres:
            value = value.isoformat()
        self.values.append(value)
        return f"${len(self.values)}" if self.postgres else f"?{len(self.values)}"


def projection_columns(bound: str | None, postgres: bool = False) -> tuple[list[tuple[str, str]], str]:
    """(column, expression over enterprise ``e``) for every projection column, and the joins
    they read (after ``FROM enterprise e``). With ``bound`` (a literal or placeholder), only
    facts dated on or before it count: the row as it would have been on that day, for days
    before today.

    The same definition in two forms. SQLite: a scalar subquery per column. PostgreSQL:
    four LATERAL aggregates per enterprise (its listings, its live records' latest dates,
    the dates before those, its inspections), each column a ``FILTER`` of one of them; the
    subqueries read the enterprise's records 22 times, which made the projection's refresh
    a sixth of an import's time (tests/benchmarks/bench_import.py).
    tests/store/test_supervision_equivalence.py proves both equal to the domain's rules."""

    def upto(column: str) -> str:
        return f" AND {column} <= {bound}" if bound else ""

    def standardisation(grade: int) -> str:
        better = ", ".join(f"'{b}'" for b in STANDARDISATION_GRADES if b <= grade)
        return f"r.kind = 'STANDARDISATION' AND r.level IN ({better})"

    columns: list[tuple[str, str]] = [("code", "e.code"), ("region_code", "e.region_code")]
    if postgres:
        listings = ", ".join(
            f"MAX(l.ends_on) FILTER (WHERE l.list_kind = '{kind.value}') AS {kind.value.lower()}_ends_on"
            for kind in ListKind
        )
        latest = ", ".join(
            [f"MAX(r.occurred_on) FILTER (WHERE {condition}) AS {name}_on" for name, condition in _RECORD_COLUMNS.items()]
            + [f"MAX(r.valid_until) FILTER (WHERE {standardisation(g)}) AS standardisation_{g}_until"
               for g in STANDARDISATION_GRADES]
        )
        earlier = ", ".join(
            f"MAX(r.occurred_on) FILTER (WHERE {condition} AND r.occurred_on < pr.{name}_on) AS {name}_prev_on"
            for name, condition in _RECORD_COLUMNS.items()
        )
        live = f"FROM credit_record r WHERE r.enterprise_id = e.id AND {_LIVE}{upto('r.occurred_on')}"
        joins = (
            f"\nLEFT JOIN LATERAL (SELECT {listings} FROM listing l WHERE l.enterprise_id = e.id "
            f"AND {unit_listing_sql('l')}{upto('l.listed_on')}) pl ON TRUE"
            f"\nLEFT JOIN LATERAL (SELECT {latest} {live}) pr ON TRUE"
            f"\nLEFT JOIN LATERAL (SELECT {earlier} {live}) pp ON TRUE"
            f"\nLEFT JOIN LATERAL (SELECT MAX(i.inspected_on) AS last_inspected_on FROM inspection i "
            f"WHERE i.enterprise_id = e.id{upto('i.inspected_on')}) pi ON TRUE"
        )
        columns += [(f"{kind.value.lower()}_ends_on", f"pl.{kind.value.lower()}_ends_on") for kind in ListKind]
        for name in _RECORD_COLUMNS:
            columns += [(f"{name}_on", f"pr.{name}_on"), (f"{name}_prev_on", f"pp.{name}_prev_on")]
        columns += [(f"standardisation_{g}_until", f"pr.standardisation_{g}_until") for g in STANDARDISATION_GRADES]
        columns.append(("last_inspected_on", "pi.last_inspected_on"))
        return columns, joins
    for kind in ListKind:
        columns.append((
            f"{kind.value.lower()}_ends_on",
            f"(SELECT MAX(l.ends_on) FROM listing l WHERE l.enterprise_id = e.id AND {unit_listing_sql('l')} "
            f"AND l.list_kind = '{kind.value}'{upto('l.listed_on')})",
        ))
    for name, condition in _RECORD_COLUMNS.items():
        rows = f"FROM credit_record r WHERE r.enterprise_id = e.id AND {condition} AND {_LIVE}"
        latest_one = f"(SELECT MAX(r.occurred_on) {rows}{upto('r.occurred_on')})"
        columns.append((f"{name}_on", latest_one))
        columns.append((f"{name}_prev_on", f"(SELECT MAX(r.occurred_on) {rows} AND r.occurred_on < {latest_one})"))
    for grade in STANDARDISATION_GRADES:
        columns.append((
            f"standardisation_{grade}_until",
            f"(SELECT MAX(r.valid_until) FROM credit_record r WHERE r.enterprise_id = e.id "
            f"AND {standardisation(grade)} AND {_LIVE}{upto('r.occurred_on')})",
        ))
    columns.append((
        "last_inspected_on",
        f"(SELECT MAX(i.inspected_on) FROM inspection i WHERE i.enterprise_id = e.id{upto('i.inspected_on')})",
    ))
    return columns, ""


def refresh_sql(postgres: bool, enterprise_ids: bool = True) -> str:
    """Upsert the projection rows of the enterprises ``e.id = ANY(...)`` (or all), with
    ``refreshed_at`` the first parameter."""
    params = _Params(postgres)
    moment = params(None)
    columns, joins = projection_columns(None, postgres)
    names = ", ".join(name for name, _ in columns)
    values = ",\n  ".join(expr for _, expr in columns)
    if not enterprise_ids:
        where = "1 = 1"
    elif postgres:
        where = f"e.id = ANY({params(None)}::int[])"
    else:
        where = f"e.id IN (SELECT value FROM json_each({params(None)}))"
    updates = ", ".join(f"{name} = excluded.{name}" for name, _ in columns)
    return (
        f"INSERT INTO supervision_projection (enterprise_id, {names}, refreshed_at)\n"
        f"SELECT e.id,\n  {values},\n  {moment}\nFROM enterprise e{joins}\nWHERE {where}\n"
        f"ON CONFLICT (enterprise_id) DO UPDATE SET {updates}, refreshed_at = excluded.refreshed_at"
    )


async def refresh(conn: BaseDBAsyncClient, enterprise_ids: Sequence[int]) -> None:
    """Rewrite the projection rows of these enterprises from their facts (in ``conn``'s transaction)."""
    if not enterprise_ids:
        return
    now = datetime.now(UTC)
    ids = sorted(set(enterprise_ids))
    if is_postgres_connection(conn):
        await conn.execute_query(refresh_sql(True), [now, ids])
    else:
        import orjson

        await conn.execute_query(refresh_sql(False), [now.isoformat(), orjson.dumps(ids).decode()])


# --------------------------------------------------------------------- the class in SQL


def date_literal(postgres: bool, day: date) -> str:
    """A day written into the statement: the plan's days are constants, so PostgreSQL folds
    them (a generic plan over placeholders took twice as long per row, bench_supervision.py)."""
    text = date.isoformat(day)  # a date object: nothing but digits and dashes
    return f"DATE '{text}'" if postgres else f"'{text}'"


def _test(condition: Condition, day: str, window: Any, p: str = "p") -> str:
    """One condition over projection row ``p`` for the day ``day`` (a literal); ``window(months)``
    gives the literal of the window's first day. Null counts as false (an absent date is no fact)."""
    if condition.fact is FactKind.LISTING:
        assert condition.list_kind is not None
        test = f"{p}.{condition.list_kind.value.lower()}_ends_on > {day}"
    elif condition.fact is FactKind.STANDARDISATION:
        test = f"{p}.standardisation_{condition.max_grade}_until >= {day}"
    else:
        assert condition.months is not None
        start = window(condition.months)
        if condition.fact is FactKind.ACCIDENT:
            name = f"accident_{condition.min_grade.name.lower()}"
        else:
            name = condition.fact.value.lower()
        latest, prev = f"{p}.{name}_on", f"{p}.{name}_prev_on"
        # the latest record counts when before the day; on the day itself the one before it
        # (earlier than the latest, so in the window only if the latest is): most rows have
        # no such record, and the first test settles them
        test = f"{latest} >= {start} AND ({latest} < {day} OR {prev} >= {start})"
    # null (no such date) is false inside CASE WHEN; under NOT it must be made false first
    return f"(NOT COALESCE({test}, FALSE))" if condition.absent else f"({test})"


@dataclass(frozen=True)
class RegionRules:
    """A rule set and the region prefixes it answers for (empty: the default)."""

    prefixes: tuple[str, ...]
    rules: SupervisionRules


def class_case(rule_sets: Sequence[RegionRules], on: date, postgres: bool, params: _Params,
               p: str = "p") -> tuple[str, list[tuple[SupervisionClass, int]]]:
    """A SQL expression numbering the class rule that matches on ``on`` (first match wins,
    the rule set chosen by the longest prefix of ``p.region_code``), and what each number means."""
    day = date_literal(postgres, on)
    windows: dict[int, str] = {}

    def window(months: int) -> str:
        if months not in windows:
            windows[months] = date_literal(postgres, add_months(on, -months))
        return windows[months]

    meanings: list[tuple[SupervisionClass, int]] = []
    by_rule_set: list[tuple[tuple[str, ...], str]] = []
    for entry in rule_sets:
        whens = []
        for rule in entry.rules.classes:
            number = len(meanings)
            meanings.append((rule.klass, rule.interval_months))
            if not rule.conditions:
                whens.append(f"ELSE {number}")
                break
            joiner = " OR " if rule.match == "any" else " AND "
            tests = joiner.join(_test(c, day, window, p) for c in rule.conditions)
            whens.append(f"WHEN {tests} THEN {number}")
        by_rule_set.append((entry.prefixes, "CASE " + " ".join(whens) + " END"))
    # longest prefix first; the default (no prefixes) last
    ordered = sorted(
        ((prefix, case) for prefixes, case in by_rule_set for prefix in prefixes),
        key=lambda pc: -len(pc[0]),
    )
    default = next(case for prefixes, case in by_rule_set if not prefixes)
    if not ordered:
        return default, meanings
    branches = " ".join(
        f"WHEN {p}.region_code LIKE {params(prefix + '%')} THEN {case}" for prefix, case in ordered
    )
    return f"(CASE {branches} ELSE {default} END)", meanings


def _interval_case(column: str, meanings: list[tuple[SupervisionClass, int]]) -> str:
    whens = " ".join(f"WHEN {n} THEN {months}" for n, (_, months) in enumerate(meanings))
    return f"CASE {column} {whens} END"


def _add_months_sql(postgres: bool, day: str, months: str) -> str:
    """``add_months`` in SQL: same calendar day, or the month's last day when it does not exist."""
    if postgres:
        # PostgreSQL's date + interval 'n months' keeps the day or takes the month's last day
        return f"({day} + make_interval(months => {months}))::date"
    same_day = (
        f"date({day}, 'start of month', '+' || ({months}) || ' months', "
        f"'+' || (CAST(strftime('%d', {day}) AS INTEGER) - 1) || ' days')"
    )
    last_day = f"date({day}, 'start of month', '+' || ({months} + 1) || ' months', '-1 day')"
    return f"min({same_day}, {last_day})"


# --------------------------------------------------------------------- the plan


@dataclass(frozen=True)
class PlanRow:
    code: str
    name: str
    klass: SupervisionClass
    interval_months: int
    last_inspected_on: date | None
    due_on: date | None


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def region_range(prefix: str) -> tuple[str, str | None]:
    """Region codes starting with ``prefix`` (digits) as a range ``lo <= code < hi``
    (an indexable test in every collation, since all codes are digits)."""
    if set(prefix) == {"9"}:
        return prefix, None
    return prefix, str(int(prefix) + 1).zfill(len(prefix))


def plan_sql(
    rule_sets: Sequence[RegionRules],
    region: str,
    on: date,
    *,
    postgres: bool,
    stored: bool,
    after: tuple[date | None, str] | None,
    limit: int,
) -> tuple[str, list[Any], list[tuple[SupervisionClass, int]]]:
    """The plan's statement, its parameters, and what each ``rule_no`` it returns means.

    One pass over the region's projection rows (no join: ``code`` and ``region_code`` are in
    the row), the page's names joined afterwards."""
    params = _Params(postgres)
    lo, hi = region_range(region)

    def in_region(alias: str) -> str:
        return f"{alias}.region_code >= {params(lo)}" + (
            f" AND {alias}.region_code < {params(hi)}" if hi else ""
        )

    if stored:
        cte, source = "", "supervision_projection"
    else:
        bound = date_literal(postgres, on)
        expressions, joins = projection_columns(bound, postgres)
        columns = ",\n    ".join(f"{expr} AS {name}" for name, expr in expressions)
        cte = (
            f"WITH bounded AS (SELECT e.id AS enterprise_id,\n    {columns}\n"
            f"  FROM enterprise e{joins}\n  WHERE {in_region('e')})\n"
        )
        source = "bounded"
    case, meanings = class_case(rule_sets, on, postgres, params)
    interval = _interval_case("s.rule_no", meanings)
    due = _add_months_sql(postgres, "s.last_inspected_on", interval)
    keyset = ""
    if after is not None:
        after_due, after_code = after
        if after_due is None:
            keyset = f"WHERE (t.due_on IS NULL AND t.code > {params(after_code)}) OR t.due_on IS NOT NULL"
        else:
            d, c = date_literal(postgres, after_due), params(after_code)
            keyset = f"WHERE t.due_on IS NOT NULL AND (t.due_on > {d} OR (t.due_on = {d} AND t.code > {c}))"
    sql = (
        f"{cte}SELECT u.code, e.name, u.rule_no, u.last_inspected_on, u.due_on FROM (\n"
        f"  SELECT t.enterprise_id, t.code, t.rule_no, t.last_inspected_on, t.due_on FROM (\n"
        f"    SELECT s.enterprise_id, s.code, s.rule_no, s.last_inspected_on,\n"
        f"      CASE WHEN s.last_inspected_on IS NULL THEN NULL ELSE {due} END AS due_on\n"
        f"    FROM (SELECT p.enterprise_id, p.code, p.last_inspected_on, {case} AS rule_no\n"
        f"          FROM {source} p WHERE {in_region('p')}) s\n"
        # OFFSET 0 keeps this a subquery: flattened, PostgreSQL computed dueOn once for the
        # keyset's test and again for the order (a later page took half as long again)
        f"    {'OFFSET 0' if postgres else 'LIMIT -1 OFFSET 0'}\n"
        f"  ) t {keyset}\n"
        f"  ORDER BY t.due_on NULLS FIRST, t.code LIMIT {params(limit)}\n"
        f") u JOIN enterprise e ON e.id = u.enterprise_id\n"
        f"ORDER BY u.due_on NULLS FIRST, u.code"
    )
    return sql, params.values, meanings


async def plan_page(
    rule_sets: Sequence[RegionRules],
    region: str,
    on: date,
    *,
    stored: bool,
    after: tuple[date | None, str] | None,
    limit: int,
) -> list[PlanRow]:
    """Up to ``limit`` entries of the region's plan on ``on`` after the keyset ``after``,
    in the contract's order: dueOn (nulls first), then code (overdue entries come first by
    that order, see ``credit.domain.supervision.plan_key``). ``stored``: read the stored
    projection (only for days on or after today), else compute it bounded by ``on``."""
    conn = connections.get("default")
    postgres = is_postgres_connection(conn)
    sql, values, meanings = plan_sql(
        rule_sets, region, on, postgres=postgres, stored=stored, after=after, limit=limit
    )
    if postgres:
        async with conn.acquire_connection() as raw:
            rows = await raw.fetch(sql, *values)
    else:
        _, rows = await conn.execute_query(sql, values)
    found = []
    for code, name, rule_no, last, due_on in rows:
        klass, months = meanings[rule_no]
        found.append(PlanRow(code, name, klass, months, _date(last), _date(due_on)))
    return found
