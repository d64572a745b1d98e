"""Refusals: the one coded error of the service, and the one table of its codes.

Every "no" the service says (a rule of the procedure, malformed input, an unknown
id, a caller without access) is a ``Refusal`` carrying one or more ``Violation``
codes. Codes are stable English identifiers that clients branch on; messages are
Chinese, for people. The API translates a refusal once, at its edge
(credit.api.errors): in a mutation, violations become ``userErrors``; access
failures, and any refusal of a query, become a GraphQL error whose
``extensions.code`` is the code's ``answer`` below.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class Answer(enum.StrEnum):
    """How a code is answered when it cannot be a ``userErrors`` entry (GraphQL ``extensions.code``)."""

    BAD_USER_INPUT = "BAD_USER_INPUT"
    NOT_FOUND = "NOT_FOUND"
    UNAUTHENTICATED = "UNAUTHENTICATED"
    FORBIDDEN = "FORBIDDEN"
    QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX"


_IN, _NF = Answer.BAD_USER_INPUT, Answer.NOT_FOUND

#: code → (Chinese message, how it is answered outside userErrors)
CODES: dict[str, tuple[str, Answer]] = {
    # access: never a userError
    "UNAUTHENTICATED": ("需要有效的访问密钥(Authorization: Bearer <key>)", Answer.UNAUTHENTICATED),
    "FORBIDDEN": ("无权执行该操作", Answer.FORBIDDEN),
    # input shape
    "BAD_USER_INPUT": ("输入不正确", _IN),
    "QUERY_TOO_COMPLEX": ("请求过于复杂", Answer.QUERY_TOO_COMPLEX),
    "INVALID_CODE": ("统一社会信用代码格式或校验位不正确", _IN),
    "INVALID_REGION": ("行政区划代码应为6位数字", _IN),
    "INVALID_ID_NUMBER": ("身份证件号码不正确", _IN),
    "INVALID_VALUE": ("取值不正确", _IN),
    "INVALID_CURSOR": ("分页游标无效", _IN),
    "REQUIRED": ("必填项不能为空", _IN),
    "NEGATIVE_VALUE": ("数量或金额不能为负数", _IN),
    "DATE_IN_FUTURE": ("日期不能晚于今天(北京时间)", _IN),
    "TEXT_TOO_LONG": ("文本过长", _IN),
    "BATCH_EMPTY": ("查询列表不能为空", _IN),
    "BATCH_TOO_LARGE": ("查询数量超过上限", _IN),
    # existence
    "NOT_FOUND": ("对象不存在", _NF),
    "ENTERPRISE_NOT_FOUND": ("企业未登记", _NF),
    "LISTING_NOT_FOUND": ("名单记录不存在", _NF),
    "APPLICATION_NOT_FOUND": ("信用修复申请不存在", _NF),
    "OBJECTION_NOT_FOUND": ("异议不存在", _NF),
    "RECORD_NOT_FOUND": ("信用记录不存在", _NF),
    "RULE_SET_NOT_FOUND": ("费率规则不存在", _NF),
    "ALREADY_REGISTERED": ("该统一社会信用代码已登记", _IN),
    "DUPLICATE_DECISION_NUMBER": ("该处罚决定书文号已登记", _IN),
    # evidence
    "GROUND_NOT_FOR_LIST": ("列入事由与名单类型不符", _IN),
    "EVIDENCE_OF_OTHER_ENTERPRISE": ("证据材料不属于该企业", _IN),
    "EVIDENCE_SUPERSEDED": ("证据材料已被更正,请引用更正后的记录", _IN),
    "EVIDENCE_INSUFFICIENT": ("证据材料不足以支持该列入事由", _IN),
    "PENALTY_REQUIRED": ("列入严重失信主体名单须有行政处罚决定", _IN),
    "EVIDENCE_AFTER_NOTICE": ("证据材料的日期晚于告知日期", _IN),
    "ALREADY_LISTED": ("该企业已因同一名单类型处于告知或列入状态", _IN),
    # procedure
    "OBJECTION_WINDOW_OPEN": ("陈述申辩期限尚未届满,不能作出决定", _IN),
    "OBJECTION_WINDOW_CLOSED": ("陈述申辩期限已届满", _IN),
    "OBJECTION_PENDING": ("尚有未处理的异议", _IN),
    "OBJECTION_ALREADY_DECIDED": ("该异议已处理", _IN),
    "DATE_BEFORE_NOTICE": ("日期早于告知日期", _IN),
    "CALENDAR_UNKNOWN": ("尚无该年度的法定节假日安排,无法计算工作日期限", _IN),
    "DATE_BEFORE_OBJECTION": ("日期早于异议提出日期", _IN),
    "ALREADY_DECIDED": ("已作出决定,不能重复决定", _IN),
    "LISTING_WITHDRAWN": ("该名单已撤回", _IN),
    "LISTING_NOT_DECIDED": ("该名单尚未作出列入决定", _IN),
    "LISTING_REVOKED": ("该名单已被撤销", _IN),
    "ALREADY_REVOKED": ("已撤销,不能重复撤销", _IN),
    "DATE_BEFORE_DECISION": ("日期早于决定日期", _IN),
    # credit repair
    "REPAIR_NOT_APPLICABLE": ("信用修复仅适用于严重失信主体名单", _IN),
    "REPAIR_TOO_EARLY": ("列入满12个月后方可申请信用修复", _IN),
    "LISTING_NOT_IN_FORCE": ("该名单在该日期不处于有效期内", _IN),
    "REPAIR_PENDING": ("已有待处理的信用修复申请", _IN),
    "ALREADY_REPAIRED": ("该名单已信用修复,不能再次申请", _IN),
    "DATE_BEFORE_APPLICATION": ("决定日期早于申请日期", _IN),
    "REPAIR_NOT_APPROVED": ("该信用修复申请未获批准,无需撤销", _IN),
    # premium rule sets
    "RULE_SET_EXISTS": ("该名称和版本的费率规则已发布", _IN),
}

#: Chinese message per code (the first column of CODES).
MESSAGES: dict[str, str] = {code: message for code, (message, _) in CODES.items()}

#: Codes that are never a ``userErrors`` entry: the caller may not act at all.
ACCESS_CODES = frozenset({"UNAUTHENTICATED", "FORBIDDEN"})


@dataclass(frozen=True)
class Violation:
    """One reason for a refusal: a code, the input field it concerns, and a detail for people."""

    code: str
    field: str | None = None
    detail: str | None = None

    @property
    def message(self) -> str:
        base = MESSAGES.get(self.code, self.code)
        return f"{base}:{self.detail}" if self.detail else base

    @property
    def answer(self) -> Answer:
        """The GraphQL ``extensions.code`` when this is not answered as a userError."""
        return CODES[self.code][1] if self.code in CODES else Answer.BAD_USER_INPUT
mutants_xǁRefusalǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁRefusalǁof__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRefusalǁ__str____mutmut: MutantDict = {}  # type: ignore


class Refusal(Exception):
    """The service says no, and changed nothing. Raised by rules, actions and access checks alike."""

    @_mutmut_mutated(mutants_xǁRefusalǁ__init____mutmut)
    def __init__(self, code: str, field: str | None = None, detail: str | None = None) -> None:
        self.violations: tuple[Violation, ...] = (Violation(code, field, detail),)
        super().__init__(str(self))

    def xǁRefusalǁ__init____mutmut_orig(self, code: str, field: str | None = None, detail: str | None = None) -> None:
        self.violations: tuple[Violation, ...] = (Violation(code, field, detail),)
        super().__init__(str(self))

    def xǁRefusalǁ__init____mutmut_1(self, code: str, field: str | None = None, detail: str | None = None) -> None:
        self.violations: tuple[Violation, ...] = None
        super().__init__(str(self))

    def xǁRefusalǁ__init____mutmut_2(self, code: str, field: str | None = None, detail: str | None = None) -> None:
        self.violations: tuple[Violation, ...] = (Violation(None, field, detail),)
        super().__init__(str(self))

    def xǁRefusalǁ__init____mutmut_3(self, code: str, field: str | None = None, detail: str | None = None) -> None:
        self.violations: tuple[Violation, ...] = (Violation(code, None, detail),)
        super().__init__(str(self))

    def xǁRefusalǁ__init____mutmut_4(self, code: str, field: str | None = None, detail: str | None = None) -> None:
        self.violations: tuple[Violation, ...] = (Violation(code, field, None),)
        super().__init__(str(self))

    def xǁRefusalǁ__init____mutmut_5(self, code: str, field: str | None = None, detail: str | None = None) -> None:
        self.violations: tuple[Violation, ...] = (Violation(field, detail),)
        super().__init__(str(self))

    def xǁRefusalǁ__init____mutmut_6(self, code: str, field: str | None = None, detail: str | None = None) -> None:
        self.violations: tuple[Violation, ...] = (Violation(code, detail),)
        super().__init__(str(self))

    def xǁRefusalǁ__init____mutmut_7(self, code: str, field: str | None = None, detail: str | None = None) -> None:
        self.violations: tuple[Violation, ...] = (Violation(code, field, ),)
        super().__init__(str(self))

    def xǁRefusalǁ__init____mutmut_8(self, code: str, field: str | None = None, detail: str | None = None) -> None:
        self.violations: tuple[Violation, ...] = (Violation(code, field, detail),)
        super().__init__(None)

    def xǁRefusalǁ__init____mutmut_9(self, code: str, field: str | None = None, detail: str | None = None) -> None:
        self.violations: tuple[Violation, ...] = (Violation(code, field, detail),)
        super().__init__(str(None))

    @classmethod
    @_mutmut_mutated(mutants_xǁRefusalǁof__mutmut, is_classmethod = True)
    def of(cls, violations: Iterable[Violation]) -> Refusal:
        """One refusal for several violations (every input problem at once)."""
        found = tuple(violations)
        if not found:
            raise ValueError("a refusal needs at least one violation")
        refusal = cls(found[0].code, found[0].field, found[0].detail)
        refusal.violations = found
        return refusal

    @classmethod
    def xǁRefusalǁof__mutmut_orig(cls, violations: Iterable[Violation]) -> Refusal:
        """One refusal for several violations (every input problem at once)."""
        found = tuple(violations)
        if not found:
            raise ValueError("a refusal needs at least one violation")
        refusal = cls(found[0].code, found[0].field, found[0].detail)
        refusal.violations = found
        return refusal

    @classmethod
    def xǁRefusalǁof__mutmut_1(cls, violations: Iterable[Violation]) -> Refusal:
        """One refusal for several violations (every input problem at once)."""
        found = None
        if not found:
            raise ValueError("a refusal needs at least one violation")
        refusal = cls(found[0].code, found[0].field, found[0].detail)
        refusal.violations = found
        return refusal

    @classmethod
    def xǁRefusalǁof__mutmut_2(cls, violations: Iterable[Violation]) -> Refusal:
        """One refusal for several violations (every input problem at once)."""
        found = tuple(None)
        if not found:
            raise ValueError("a refusal needs at least one violation")
        refusal = cls(found[0].code, found[0].field, found[0].detail)
        refusal.violations = found
        return refusal

    @classmethod
    def xǁRefusalǁof__mutmut_3(cls, violations: Iterable[Violation]) -> Refusal:
        """One refusal for several violations (every input problem at once)."""
        found = tuple(violations)
        if found:
            raise ValueError("a refusal needs at least one violation")
        refusal = cls(found[0].code, found[0].field, found[0].detail)
        refusal.violations = found
        return refusal

    @classmethod
    def xǁRefusalǁof__mutmut_4(cls, violations: Iterable[Violation]) -> Refusal:
        """One refusal for several violations (every input problem at once)."""
        found = tuple(violations)
        if not found:
            raise ValueError(None)
        refusal = cls(found[0].code, found[0].field, found[0].detail)
        refusal.violations = found
        return refusal

    @classmethod
    def xǁRefusalǁof__mutmut_5(cls, violations: Iterable[Violation]) -> Refusal:
        """One refusal for several violations (every input problem at once)."""
        found = tuple(violations)
        if not found:
            raise ValueError("XXa refusal needs at least one violationXX")
        refusal = cls(found[0].code, found[0].field, found[0].detail)
        refusal.violations = found
        return refusal

    @classmethod
    def xǁRefusalǁof__mutmut_6(cls, violations: Iterable[Violation]) -> Refusal:
        """One refusal for several violations (every input problem at once)."""
        found = tuple(violations)
        if not found:
            raise ValueError("A REFUSAL NEEDS AT LEAST ONE VIOLATION")
        refusal = cls(found[0].code, found[0].field, found[0].detail)
        refusal.violations = found
        return refusal

    @classmethod
    def xǁRefusalǁof__mutmut_7(cls, violations: Iterable[Violation]) -> Refusal:
        """One refusal for several violations (every input problem at once)."""
        found = tuple(violations)
        if not found:
            raise ValueError("a refusal needs at least one violation")
        refusal = None
        refusal.violations = found
        return refusal

    @classmethod
    def xǁRefusalǁof__mutmut_8(cls, violations: Iterable[Violation]) -> Refusal:
        """One refusal for several violations (every input problem at once)."""
        found = tuple(violations)
        if not found:
            raise ValueError("a refusal needs at least one violation")
        refusal = cls(None, found[0].field, found[0].detail)
        refusal.violations = found
        return refusal

    @classmethod
    def xǁRefusalǁof__mutmut_9(cls, violations: Iterable[Violation]) -> Refusal:
        """One refusal for several violations (every input problem at once)."""
        found = tuple(violations)
        if not found:
            raise ValueError("a refusal needs at least one violation")
        refusal = cls(found[0].code, None, found[0].detail)
        refusal.violations = found
        return refusal

    @classmethod
    def xǁRefusalǁof__mutmut_10(cls, violations: Iterable[Violation]) -> Refusal:
        """One refusal for several violations (every input problem at once)."""
        found = tuple(violations)
        if not found:
            raise ValueError("a refusal needs at least one violation")
        refusal = cls(found[0].code, found[0].field, None)
        refusal.violations = found
        return refusal

    @classmethod
    def xǁRefusalǁof__mutmut_11(cls, violations: Iterable[Violation]) -> Refusal:
        """One refusal for several violations (every input problem at once)."""
        found = tuple(violations)
        if not found:
            raise ValueError("a refusal needs at least one violation")
        refusal = cls(found[0].field, found[0].detail)
        refusal.violations = found
        return refusal

    @classmethod
    def xǁRefusalǁof__mutmut_12(cls, violations: Iterable[Violation]) -> Refusal:
        """One refusal for several violations (every input problem at once)."""
        found = tuple(violations)
        if not found:
            raise ValueError("a refusal needs at least one violation")
        refusal = cls(found[0].code, found[0].detail)
        refusal.violations = found
        return refusal

    @classmethod
    def xǁRefusalǁof__mutmut_13(cls, violations: Iterable[Violation]) -> Refusal:
        """One refusal for several violations (every input problem at once)."""
        found = tuple(violations)
        if not found:
            raise ValueError("a refusal needs at least one violation")
        refusal = cls(found[0].code, found[0].field, )
        refusal.violations = found
        return refusal

    @classmethod
    def xǁRefusalǁof__mutmut_14(cls, violations: Iterable[Violation]) -> Refusal:
        """One refusal for several violations (every input problem at once)."""
        found = tuple(violations)
        if not found:
            raise ValueError("a refusal needs at least one violation")
        refusal = cls(found[1].code, found[0].field, found[0].detail)
        refusal.violations = found
        return refusal

    @classmethod
    def xǁRefusalǁof__mutmut_15(cls, violations: Iterable[Violation]) -> Refusal:
        """One refusal for several violations (every input problem at once)."""
        found = tuple(violations)
        if not found:
            raise ValueError("a refusal needs at least one violation")
        refusal = cls(found[0].code, found[1].field, found[0].detail)
        refusal.violations = found
        return refusal

    @classmethod
    def xǁRefusalǁof__mutmut_16(cls, violations: Iterable[Violation]) -> Refusal:
        """One refusal for several violations (every input problem at once)."""
        found = tuple(violations)
        if not found:
            raise ValueError("a refusal needs at least one violation")
        refusal = cls(found[0].code, found[0].field, found[1].detail)
        refusal.violations = found
        return refusal

    @classmethod
    def xǁRefusalǁof__mutmut_17(cls, violations: Iterable[Violation]) -> Refusal:
        """One refusal for several violations (every input problem at once)."""
        found = tuple(violations)
        if not found:
            raise ValueError("a refusal needs at least one violation")
        refusal = cls(found[0].code, found[0].field, found[0].detail)
        refusal.violations = None
        return refusal

    @property
    def first(self) -> Violation:
        return self.violations[0]

    @property
    def code(self) -> str:
        return self.first.code

    @property
    def field(self) -> str | None:
        return self.first.field

    @property
    def message(self) -> str:
        return self.first.message

    @property
    def answer(self) -> Answer:
        return self.first.answer

    @property
    def is_access(self) -> bool:
        """Access failures are never userErrors: the caller learns nothing of the rules."""
        return any(v.code in ACCESS_CODES for v in self.violations)

    @_mutmut_mutated(mutants_xǁRefusalǁ__str____mutmut)
    def __str__(self) -> str:
        return "; ".join(f"{v.code}: {v.message}" for v in self.violations)

    def xǁRefusalǁ__str____mutmut_orig(self) -> str:
        return "; ".join(f"{v.code}: {v.message}" for v in self.violations)

    def xǁRefusalǁ__str____mutmut_1(self) -> str:
        return "; ".join(None)

    def xǁRefusalǁ__str____mutmut_2(self) -> str:
        return "XX; XX".join(f"{v.code}: {v.message}" for v in self.violations)

mutants_xǁRefusalǁ__init____mutmut['_mutmut_orig'] = Refusal.xǁRefusalǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRefusalǁ__init____mutmut['xǁRefusalǁ__init____mutmut_1'] = Refusal.xǁRefusalǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRefusalǁ__init____mutmut['xǁRefusalǁ__init____mutmut_2'] = Refusal.xǁRefusalǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRefusalǁ__init____mutmut['xǁRefusalǁ__init____mutmut_3'] = Refusal.xǁRefusalǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁRefusalǁ__init____mutmut['xǁRefusalǁ__init____mutmut_4'] = Refusal.xǁRefusalǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁRefusalǁ__init____mutmut['xǁRefusalǁ__init____mutmut_5'] = Refusal.xǁRefusalǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁRefusalǁ__init____mutmut['xǁRefusalǁ__init____mutmut_6'] = Refusal.xǁRefusalǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁRefusalǁ__init____mutmut['xǁRefusalǁ__init____mutmut_7'] = Refusal.xǁRefusalǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁRefusalǁ__init____mutmut['xǁRefusalǁ__init____mutmut_8'] = Refusal.xǁRefusalǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁRefusalǁ__init____mutmut['xǁRefusalǁ__init____mutmut_9'] = Refusal.xǁRefusalǁ__init____mutmut_9 # type: ignore # mutmut generated

mutants_xǁRefusalǁof__mutmut['_mutmut_orig'] = Refusal.xǁRefusalǁof__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRefusalǁof__mutmut['xǁRefusalǁof__mutmut_1'] = Refusal.xǁRefusalǁof__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRefusalǁof__mutmut['xǁRefusalǁof__mutmut_2'] = Refusal.xǁRefusalǁof__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRefusalǁof__mutmut['xǁRefusalǁof__mutmut_3'] = Refusal.xǁRefusalǁof__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRefusalǁof__mutmut['xǁRefusalǁof__mutmut_4'] = Refusal.xǁRefusalǁof__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRefusalǁof__mutmut['xǁRefusalǁof__mutmut_5'] = Refusal.xǁRefusalǁof__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRefusalǁof__mutmut['xǁRefusalǁof__mutmut_6'] = Refusal.xǁRefusalǁof__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRefusalǁof__mutmut['xǁRefusalǁof__mutmut_7'] = Refusal.xǁRefusalǁof__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRefusalǁof__mutmut['xǁRefusalǁof__mutmut_8'] = Refusal.xǁRefusalǁof__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRefusalǁof__mutmut['xǁRefusalǁof__mutmut_9'] = Refusal.xǁRefusalǁof__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRefusalǁof__mutmut['xǁRefusalǁof__mutmut_10'] = Refusal.xǁRefusalǁof__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRefusalǁof__mutmut['xǁRefusalǁof__mutmut_11'] = Refusal.xǁRefusalǁof__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRefusalǁof__mutmut['xǁRefusalǁof__mutmut_12'] = Refusal.xǁRefusalǁof__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRefusalǁof__mutmut['xǁRefusalǁof__mutmut_13'] = Refusal.xǁRefusalǁof__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRefusalǁof__mutmut['xǁRefusalǁof__mutmut_14'] = Refusal.xǁRefusalǁof__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRefusalǁof__mutmut['xǁRefusalǁof__mutmut_15'] = Refusal.xǁRefusalǁof__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRefusalǁof__mutmut['xǁRefusalǁof__mutmut_16'] = Refusal.xǁRefusalǁof__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRefusalǁof__mutmut['xǁRefusalǁof__mutmut_17'] = Refusal.xǁRefusalǁof__mutmut_17 # type: ignore # mutmut generated

mutants_xǁRefusalǁ__str____mutmut['_mutmut_orig'] = Refusal.xǁRefusalǁ__str____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRefusalǁ__str____mutmut['xǁRefusalǁ__str____mutmut_1'] = Refusal.xǁRefusalǁ__str____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRefusalǁ__str____mutmut['xǁRefusalǁ__str____mutmut_2'] = Refusal.xǁRefusalǁ__str____mutmut_2 # type: ignore # mutmut generated
