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


class Answer(enum.StrEnum):
    """How a code is answered when it cannot be a ``userErrors`` entry (GraphQL ``extensions.code``)."""

    BAD_USER_INPUT = "BAD_USER_INPUT"
    NOT_FOUND = "NOT_FOUND"
    UNAUTHENTICATED = "UNAUTHENTICATED"
    FORBIDDEN = "FORBIDDEN"
    QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX"
    # a request refused before it ran (credit.api.edge and credit.api.gate)
    BAD_REQUEST = "BAD_REQUEST"
    PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE"
    RATE_LIMITED = "RATE_LIMITED"
    GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
    GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
    PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"
    TRUSTED_DOCUMENT_REQUIRED = "TRUSTED_DOCUMENT_REQUIRED"


_IN, _NF = Answer.BAD_USER_INPUT, Answer.NOT_FOUND

#: code → (Chinese message, how it is answered outside userErrors)
CODES: dict[str, tuple[str, Answer]] = {
    # access: never a userError
    "UNAUTHENTICATED": ("需要有效的访问密钥(Authorization: Bearer <key>)", Answer.UNAUTHENTICATED),
    "FORBIDDEN": ("无权执行该操作", Answer.FORBIDDEN),
    # the request itself, refused before it runs
    "BAD_REQUEST": ("请求格式不正确", Answer.BAD_REQUEST),
    "PAYLOAD_TOO_LARGE": ("请求体过大", Answer.PAYLOAD_TOO_LARGE),
    "RATE_LIMITED": ("请求过于频繁,请稍后再试", Answer.RATE_LIMITED),
    "GRAPHQL_PARSE_FAILED": ("GraphQL 文档无法解析", Answer.GRAPHQL_PARSE_FAILED),
    "GRAPHQL_VALIDATION_FAILED": ("GraphQL 文档不符合接口定义", Answer.GRAPHQL_VALIDATION_FAILED),
    "PERSISTED_QUERY_NOT_FOUND": ("未知的 documentId", Answer.PERSISTED_QUERY_NOT_FOUND),
    "TRUSTED_DOCUMENT_REQUIRED": ("本服务只接受受信任文档", Answer.TRUSTED_DOCUMENT_REQUIRED),
    "QUERY_TOO_COMPLEX": ("请求过于复杂", Answer.QUERY_TOO_COMPLEX),
    # input shape
    "BAD_USER_INPUT": ("输入不正确", _IN),
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
    "EVIDENCE_ALREADY_CITED": ("该信用记录已是同类名单另一列入的依据(一事不重复列入;撤回或撤销的列入除外)", _IN),
    "PENALTY_OF_OTHER_AUTHORITY": ("列入严重失信主体名单须引用本机关作出的行政处罚(谁处罚、谁决定)", _IN),
    "FINE_MULTIPLE_OUT_OF_RANGE": ("须有罚款倍数在规定范围内的行政处罚(安全生产法第一百一十四条:2至5倍)", _IN),
    "GROUND_NOT_FOR_INDUSTRY": ("该列入事由不适用于该企业所属行业", _IN),
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
    "DATE_NOT_AFTER_EARLIER_APPLICATION": ("申请日期须晚于该名单此前每一次信用修复申请的日期", _IN),
    "ALREADY_REPAIRED": ("该名单已信用修复,不能再次申请", _IN),
    "DATE_BEFORE_APPLICATION": ("决定日期早于申请日期", _IN),
    "REPAIR_NOT_APPROVED": ("该信用修复申请未获批准,无需撤销", _IN),
    # persons (第11号令, 安全生产法 Art. 94)
    "PERSONS_REQUIRED": ("该列入事由须同时列入主要负责人或责任人员,但未填写且企业未登记主要负责人", _IN),
    "PERSON_ROLE_NOT_FOR_GROUND": ("该列入事由只列入主要负责人,不列入其他责任人员", _IN),
    "PERSON_NAMED_TWICE": ("同一人员在本次告知中填写了两次", _IN),
    "PRINCIPAL_BANNED": ("该人员在该日处于职业禁入期内,不得担任主要负责人", _IN),
    "BAN_ALREADY_RECORDED": ("该职业禁入已登记", _IN),
    # supervision (分级分类监管)
    "INVALID_GRADE": ("安全生产标准化等级应为1、2或3(一级、二级、三级)", _IN),
    "VALIDITY_BEFORE_CERTIFICATION": ("有效期截止日期早于发证日期", _IN),
    "DUPLICATE_CERTIFICATE_NUMBER": ("该企业的此证书编号已登记", _IN),
    # premium rule sets
    "RULE_SET_EXISTS": ("该名称和版本的费率规则已发布", _IN),
    # the measures catalogue
    "CATALOGUE_VERSION_EXISTS": ("该版本的联合惩戒措施目录已发布", _IN),
    "INVALID_CATALOGUE": ("联合惩戒措施目录格式不正确", _IN),
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


class Refusal(Exception):
    """The service says no, and changed nothing. Raised by rules, actions and access checks alike."""

    def __init__(self, code: str, field: str | None = None, detail: str | None = None) -> None:
        self.violations: tuple[Violation, ...] = (Violation(code, field, detail),)
        super().__init__(str(self))

    @classmethod
    def of(cls, violations: Iterable[Violation]) -> Refusal:
        """One refusal for several violations (every input problem at once)."""
        found = tuple(violations)
        if not found:
            raise ValueError("a refusal needs at least one violation")
        refusal = cls(found[0].code, found[0].field, found[0].detail)
        refusal.violations = found
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

    def __str__(self) -> str:
        return "; ".join(f"{v.code}: {v.message}" for v in self.violations)
