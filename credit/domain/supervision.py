"""Graded, classified supervision (分级分类监管): an enterprise's class on a day, and when it is due.

The class is derived from the enterprise's dated facts on a day by a versioned rule set
(credit/rules/supervision-*.toml, DESIGN §3.4), first matching class wins, and explained:
``reasons`` are Chinese sentences naming the facts that decided it. It is never stored.
Pure: the service layer loads the facts.

A rule set is a list of classes, each with an inspection interval and a test over the
facts: ``any`` (one condition holds) or ``all`` (every condition holds); the last class
has no test (otherwise). A condition names one kind of fact:

- ``LISTING``: a listing of ``list_kind`` in force on the day (``ListingFacts.in_force_on``);
- ``ACCIDENT`` (of grade ``min_grade`` or worse, default any), ``PENALTY``, ``HAZARD`` (重大事故隐患未整改):
  a record in the ``months`` before the day, from the same calendar day ``months``
  earlier (included) to the day (excluded);
- ``STANDARDISATION`` (安全生产标准化, grade ``max_grade`` or better, 1 best): a grade valid on the day,
  ``certified_on <= day <= valid_until``;

and ``absent = true`` turns it into "no such fact". A superseded (corrected) record
never counts. credit/store/supervision.py says the same in SQL (proven equal by
tests/store/test_supervision_equivalence.py), so the vocabulary is closed on purpose.
"""

from __future__ import annotations

import enum
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from credit.domain.accidents import AccidentGrade
from credit.domain.calendar import add_months
from credit.domain.errors import Refusal
from credit.domain.listings import ListingFacts, ListKind


class SupervisionClass(enum.StrEnum):
    A = "A"  # 守信、低风险:无事不扰
    B = "B"  # 一般
    C = "C"  # 重点关注
    D = "D"  # 严重失信:每月、不打招呼


class InspectionKind(enum.StrEnum):
    ROUTINE = "ROUTINE"  # 例行检查
    UNANNOUNCED = "UNANNOUNCED"  # 不打招呼(双随机)检查
    SPECIAL = "SPECIAL"  # 专项检查


class FactKind(enum.StrEnum):
    LISTING = "LISTING"
    ACCIDENT = "ACCIDENT"
    PENALTY = "PENALTY"
    HAZARD = "HAZARD"
    STANDARDISATION = "STANDARDISATION"


STANDARDISATION_GRADES = (1, 2, 3)
GRADE_NAMES = {1: "一级", 2: "二级", 3: "三级"}
ACCIDENT_NAMES = {
    AccidentGrade.GENERAL: "一般",
    AccidentGrade.LARGER: "较大",
    AccidentGrade.MAJOR: "重大",
    AccidentGrade.EXTRAORDINARY: "特别重大",
}
LIST_NAMES = {ListKind.BLACKLIST: "严重失信主体名单", ListKind.GREYLIST: "重点关注名单(灰名单)"}
_RECORD_NAMES = {
    FactKind.ACCIDENT: "生产安全事故",
    FactKind.PENALTY: "行政处罚",
    FactKind.HAZARD: "重大事故隐患未整改记录",
}


def rule_set_error(detail: str) -> Refusal:
    return Refusal("INVALID_VALUE", "toml", detail)


# --------------------------------------------------------------------- the rule set


@dataclass(frozen=True)
class Condition:
    """One test over one kind of fact (see the module docstring)."""

    fact: FactKind
    absent: bool = False
    list_kind: ListKind | None = None
    #: accidents of this grade or worse
    min_grade: AccidentGrade = AccidentGrade.GENERAL
    #: standardisation grades this good or better (1 一级 is the best)
    max_grade: int = 3
    months: int | None = None

    def window_start(self, day: date) -> date:
        assert self.months is not None
        return add_months(day, -self.months)


@dataclass(frozen=True)
class ClassRule:
    klass: SupervisionClass
    interval_months: int
    #: "any" or "all" of the conditions; no conditions: the class of everyone left
    match: str = "any"
    conditions: tuple[Condition, ...] = ()


@dataclass(frozen=True)
class SupervisionRules:
    """One named, versioned supervision rule set (分级分类监管规则)."""

    name: str
    version: str
    title: str
    classes: tuple[ClassRule, ...]

    @classmethod
    def from_toml(cls, text: str) -> SupervisionRules:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise rule_set_error(f"TOML 格式错误:{exc}") from exc
        return cls.from_mapping(data)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> SupervisionRules:
        unknown = set(data) - {"name", "version", "title", "class"}
        if unknown:
            raise rule_set_error(f"未知的配置项:{', '.join(sorted(unknown))}")
        name, version = str(data.get("name", "")).strip(), str(data.get("version", "")).strip()
        if not name or not version or len(name) > 64 or len(version) > 32:
            raise rule_set_error("name(最多64字)和 version(最多32字)不能为空")
        raw_classes = data.get("class")
        if not isinstance(raw_classes, list) or not raw_classes:
            raise rule_set_error("至少需要一个 [[class]]")
        classes = tuple(_class_rule(c, n) for n, c in enumerate(raw_classes, 1))
        if classes[-1].conditions:
            # every enterprise must get a class: the last one is "otherwise"
            raise rule_set_error("最后一个 [[class]] 不能有条件(其余企业)")
        if any(not c.conditions for c in classes[:-1]):
            raise rule_set_error("只有最后一个 [[class]] 可以没有条件")
        return cls(name, version, str(data.get("title", "")), classes)

    @property
    def label(self) -> str:
        return f"{self.name}:{self.version}"


def _class_rule(data: Any, n: int) -> ClassRule:
    where = f"第{n}个 [[class]]"
    if not isinstance(data, dict):
        raise rule_set_error(f"{where} 应为表")
    unknown = set(data) - {"class", "interval_months", "any", "all"}
    if unknown:
        raise rule_set_error(f"{where} 中有未知的项:{', '.join(sorted(unknown))}")
    try:
        klass = SupervisionClass(str(data.get("class")))
    except ValueError:
        raise rule_set_error(f"{where} 的 class 应为 A、B、C 或 D") from None
    interval = data.get("interval_months")
    if not isinstance(interval, int) or isinstance(interval, bool) or not 1 <= interval <= 120:
        raise rule_set_error(f"{where} 的 interval_months 应为1到120之间的整数")
    if "any" in data and "all" in data:
        raise rule_set_error(f"{where} 只能有 any 或 all 之一")
    match = "all" if "all" in data else "any"
    raw = data.get(match, [])
    if not isinstance(raw, list):
        raise rule_set_error(f"{where} 的 {match} 应为条件列表")
    return ClassRule(klass, interval, match, tuple(_condition(c, where) for c in raw))


def _condition(data: Any, where: str) -> Condition:
    if not isinstance(data, dict):
        raise rule_set_error(f"{where} 的条件应为表")
    try:
        fact = FactKind(str(data.get("fact")))
    except ValueError:
        raise rule_set_error(f"{where}:未知的 fact {data.get('fact')!r}") from None
    allowed = {"fact", "absent"} | {
        FactKind.LISTING: {"list_kind"},
        FactKind.ACCIDENT: {"min_grade", "months"},
        FactKind.PENALTY: {"months"},
        FactKind.HAZARD: {"months"},
        FactKind.STANDARDISATION: {"max_grade"},
    }[fact]
    unknown = set(data) - allowed
    if unknown:
        raise rule_set_error(f"{where}:{fact} 条件中有未知的项:{', '.join(sorted(unknown))}")
    absent = data.get("absent", False)
    if not isinstance(absent, bool):
        raise rule_set_error(f"{where}:absent 应为 true 或 false")
    condition = Condition(fact, absent)
    if fact is FactKind.LISTING:
        try:
            return Condition(fact, absent, list_kind=ListKind(str(data.get("list_kind"))))
        except ValueError:
            raise rule_set_error(f"{where}:list_kind 应为 BLACKLIST 或 GREYLIST") from None
    if fact is FactKind.STANDARDISATION:
        best = data.get("max_grade", 3)
        if best not in STANDARDISATION_GRADES or isinstance(best, bool):
            raise rule_set_error(f"{where}:标准化等级 max_grade 应为1、2或3")
        return Condition(fact, absent, max_grade=best)
    months = data.get("months")
    if not isinstance(months, int) or isinstance(months, bool) or not 1 <= months <= 120:
        raise rule_set_error(f"{where}:{fact} 条件须有 months(1到120)")
    if fact is FactKind.ACCIDENT:
        name = data.get("min_grade", "GENERAL")
        if name not in AccidentGrade.__members__:
            raise rule_set_error(f"{where}:min_grade 应为 GENERAL、LARGER、MAJOR 或 EXTRAORDINARY")
        return Condition(fact, absent, min_grade=AccidentGrade[name], months=months)
    return Condition(condition.fact, absent, months=months)


def rule_set_for_region(region_code: str, by_prefix: Mapping[str, SupervisionRules],
                        default: SupervisionRules) -> SupervisionRules:
    """The rule set of a region: the longest configured prefix of its code, else the default."""
    best = ""
    for prefix in by_prefix:
        if region_code.startswith(prefix) and len(prefix) > len(best):
            best = prefix
    return by_prefix[best] if best else default


# --------------------------------------------------------------------- facts


@dataclass(frozen=True)
class SupervisedRecord:
    """A credit record as supervision reads it. A superseded (corrected) one never counts."""

    record_id: int
    kind: FactKind  # ACCIDENT, PENALTY, HAZARD or STANDARDISATION
    occurred_on: date  # for a standardisation grade: certifiedOn
    accident_grade: AccidentGrade | None = None
    standardisation_grade: int | None = None
    valid_until: date | None = None
    superseded: bool = False


@dataclass(frozen=True)
class SupervisedListing:
    listing_id: int
    facts: ListingFacts


@dataclass(frozen=True)
class SupervisionFacts:
    records: tuple[SupervisedRecord, ...] = ()
    listings: tuple[SupervisedListing, ...] = ()
    #: dates of the inspections recorded (any kind)
    inspections: tuple[date, ...] = ()


# --------------------------------------------------------------------- the answer


@dataclass(frozen=True)
class Supervision:
    klass: SupervisionClass
    interval_months: int
    reasons: tuple[str, ...]
    rules: SupervisionRules
    last_inspected_on: date | None
    due_on: date | None
    overdue: bool
    #: the facts that decided the class (record and listing ids)
    record_ids: tuple[int, ...] = field(default=())
    listing_ids: tuple[int, ...] = field(default=())


def due_on(last_inspected_on: date | None, interval_months: int) -> date | None:
    """The last inspection plus the interval: same calendar day, or the month's last day."""
    return None if last_inspected_on is None else add_months(last_inspected_on, interval_months)


@dataclass(frozen=True)
class _Test:
    holds: bool
    sentence: str
    record_ids: tuple[int, ...] = ()
    listing_ids: tuple[int, ...] = ()


def _window_text(start: date, day: date) -> str:
    return f"{start} 至 {day - timedelta(days=1)}"


def _evaluate(condition: Condition, facts: SupervisionFacts, day: date) -> _Test:
    found_ids: tuple[int, ...]
    if condition.fact is FactKind.LISTING:
        assert condition.list_kind is not None
        listings = sorted(
            (x for x in facts.listings
             if x.facts.list_kind is condition.list_kind and x.facts.in_force_on(day)),
            key=lambda x: x.listing_id,
        )
        name = LIST_NAMES[condition.list_kind]
        if listings:
            named = "、".join(
                f"名单#{x.listing_id}({x.facts.listed_on} 列入,{x.facts.ends_on} 移出)" for x in listings
            )
            text = f"{day} 处于{name}有效期内:{named}"
        else:
            text = f"{day} 未处于{name}有效期内"
        found_ids = tuple(x.listing_id for x in listings)
        return _Test(bool(listings) != condition.absent, text, listing_ids=found_ids)
    live = [r for r in facts.records if r.kind is condition.fact and not r.superseded]
    if condition.fact is FactKind.STANDARDISATION:
        grades = sorted(
            (r for r in live
             if r.standardisation_grade is not None and r.standardisation_grade <= condition.max_grade
             and r.valid_until is not None and r.occurred_on <= day <= r.valid_until),
            key=lambda r: (r.standardisation_grade or 0, r.record_id),
        )
        wanted = "或".join(GRADE_NAMES[g] for g in STANDARDISATION_GRADES if g <= condition.max_grade)
        if grades:
            text = f"{day} 持有有效的安全生产标准化等级:" + "、".join(
                f"{GRADE_NAMES[r.standardisation_grade or 0]}(记录#{r.record_id},{r.occurred_on} 至 {r.valid_until})"
                for r in grades
            )
        else:
            text = f"{day} 无有效的安全生产标准化{wanted}等级"
        return _Test(bool(grades) != condition.absent, text, record_ids=tuple(r.record_id for r in grades))
    start = condition.window_start(day)
    found = sorted(
        (r for r in live
         if start <= r.occurred_on < day
         and (condition.fact is not FactKind.ACCIDENT
              or (r.accident_grade is not None and r.accident_grade >= condition.min_grade))),
        key=lambda r: (r.occurred_on, r.record_id),
    )
    what = _RECORD_NAMES[condition.fact]
    if condition.fact is FactKind.ACCIDENT and condition.min_grade is not AccidentGrade.GENERAL:
        what = f"{ACCIDENT_NAMES[condition.min_grade]}及以上{what}"
    if found:
        items = "、".join(
            f"{r.occurred_on}"
            + (f" {ACCIDENT_NAMES[r.accident_grade]}事故" if r.accident_grade is not None else "")
            + f"(记录#{r.record_id})"
            for r in found
        )
        text = f"{_window_text(start, day)} 有{what}:{items}"
    else:
        text = f"{_window_text(start, day)} 无{what}"
    return _Test(bool(found) != condition.absent, text, record_ids=tuple(r.record_id for r in found))


def classify(rules: SupervisionRules, facts: SupervisionFacts, day: date) -> Supervision:
    """The class on ``day``: the first class whose test holds, with the facts that decided it."""
    not_matched: list[str] = []
    chosen: ClassRule = rules.classes[-1]
    reasons: list[str] = []
    decided: list[_Test] = []
    for rule in rules.classes:
        if not rule.conditions:
            chosen = rule
            reasons = [f"不符合{'、'.join(not_matched)}类条件"] if not_matched else []
            reasons += [t.sentence for t in decided]
            break
        tests = [_evaluate(c, facts, day) for c in rule.conditions]
        holding = [t for t in tests if t.holds]
        matched = bool(holding) if rule.match == "any" else len(holding) == len(tests)
        if matched:
            chosen = rule
            decided = holding if rule.match == "any" else tests
            reasons = [t.sentence for t in decided]
            break
        not_matched.append(rule.klass.value)
        # why not: for "any" every condition failed, for "all" the ones that failed
        decided += [t for t in tests if not t.holds]
    last = max((d for d in facts.inspections if d <= day), default=None)
    due = due_on(last, chosen.interval_months)
    return Supervision(
        klass=chosen.klass,
        interval_months=chosen.interval_months,
        reasons=tuple(reasons),
        rules=rules,
        last_inspected_on=last,
        due_on=due,
        overdue=due is None or due < day,
        record_ids=tuple(sorted({i for t in decided for i in t.record_ids})),
        listing_ids=tuple(sorted({i for t in decided for i in t.listing_ids})),
    )


def plan_order(entries: Iterable[tuple[date | None, str]]) -> list[tuple[date | None, str]]:
    """The contract's order of an inspection plan: overdue first, then dueOn (nulls first),
    then code. Overdue means never inspected or due before the day, so ordering by
    (dueOn nulls first, code) is that order for any day: every overdue entry's dueOn is null
    or earlier than every other entry's."""
    return sorted(entries, key=plan_key)


def plan_key(entry: tuple[date | None, str]) -> tuple[int, date, str]:
    due, code = entry
    return (0, date.min, code) if due is None else (1, due, code)


# --------------------------------------------------------------------- standardisation


def check_standardisation(grade: int, certified_on: date, valid_until: date) -> list[tuple[str, str]]:
    """安全生产标准化等级: grade 1–3 (一级/二级/三级), valid from certification to validUntil.

    Returns the violations as (code, field): an empty list when the grade may be recorded.
    """
    problems: list[tuple[str, str]] = []
    if grade not in STANDARDISATION_GRADES:
        problems.append(("INVALID_GRADE", "grade"))
    if valid_until < certified_on:
        problems.append(("VALIDITY_BEFORE_CERTIFICATION", "validUntil"))
    return problems


def best_grade(records: Sequence[SupervisedRecord], day: date) -> SupervisedRecord | None:
    """The best (lowest-numbered) standardisation grade valid on ``day``, if any."""
    valid = [
        r for r in records
        if r.kind is FactKind.STANDARDISATION and not r.superseded and r.standardisation_grade
        and r.valid_until is not None and r.occurred_on <= day <= r.valid_until
    ]
    return min(valid, key=lambda r: (r.standardisation_grade or 9, r.record_id), default=None)
