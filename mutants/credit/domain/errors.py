"""Refusal codes: one place for every business-rule refusal and its Chinese message.

Codes are stable English identifiers that clients branch on; messages are for people.
"""

from __future__ import annotations

from dataclasses import dataclass

MESSAGES: dict[str, str] = {
    # input shape
    "INVALID_CODE": "统一社会信用代码格式或校验位不正确",
    "INVALID_REGION": "行政区划代码应为6位数字",
    "INVALID_ID_NUMBER": "身份证件号码不正确",
    "INVALID_VALUE": "取值不正确",
    "REQUIRED": "必填项不能为空",
    "NEGATIVE_VALUE": "数量或金额不能为负数",
    "DATE_IN_FUTURE": "日期不能晚于今天(北京时间)",
    "TEXT_TOO_LONG": "文本过长",
    # existence
    "NOT_FOUND": "对象不存在",
    "ENTERPRISE_NOT_FOUND": "企业未登记",
    "LISTING_NOT_FOUND": "名单记录不存在",
    "APPLICATION_NOT_FOUND": "信用修复申请不存在",
    "OBJECTION_NOT_FOUND": "异议不存在",
    "RECORD_NOT_FOUND": "信用记录不存在",
    "ALREADY_REGISTERED": "该统一社会信用代码已登记",
    "DUPLICATE_DECISION_NUMBER": "该处罚决定书文号已登记",
    # evidence
    "GROUND_NOT_FOR_LIST": "列入事由与名单类型不符",
    "EVIDENCE_OF_OTHER_ENTERPRISE": "证据材料不属于该企业",
    "EVIDENCE_SUPERSEDED": "证据材料已被更正,请引用更正后的记录",
    "EVIDENCE_INSUFFICIENT": "证据材料不足以支持该列入事由",
    "PENALTY_REQUIRED": "列入严重失信主体名单须有行政处罚决定",
    "EVIDENCE_AFTER_NOTICE": "证据材料的日期晚于告知日期",
    "ALREADY_LISTED": "该企业已因同一名单类型处于告知或列入状态",
    # procedure
    "OBJECTION_WINDOW_OPEN": "陈述申辩期限尚未届满,不能作出决定",
    "OBJECTION_WINDOW_CLOSED": "陈述申辩期限已届满",
    "OBJECTION_PENDING": "尚有未处理的异议",
    "OBJECTION_ALREADY_DECIDED": "该异议已处理",
    "DATE_BEFORE_NOTICE": "日期早于告知日期",
    "CALENDAR_UNKNOWN": "尚无该年度的法定节假日安排,无法计算工作日期限",
    "DATE_BEFORE_OBJECTION": "日期早于异议提出日期",
    "ALREADY_DECIDED": "已作出决定,不能重复决定",
    "LISTING_WITHDRAWN": "该名单已撤回",
    "LISTING_NOT_DECIDED": "该名单尚未作出列入决定",
    "LISTING_REVOKED": "该名单已被撤销",
    "ALREADY_REVOKED": "已撤销,不能重复撤销",
    "DATE_BEFORE_DECISION": "日期早于决定日期",
    # credit repair
    "REPAIR_NOT_APPLICABLE": "信用修复仅适用于严重失信主体名单",
    "REPAIR_TOO_EARLY": "列入满12个月后方可申请信用修复",
    "LISTING_NOT_IN_FORCE": "该名单在该日期不处于有效期内",
    "REPAIR_PENDING": "已有待处理的信用修复申请",
    "ALREADY_REPAIRED": "该名单已信用修复,不能再次申请",
    "DATE_BEFORE_APPLICATION": "决定日期早于申请日期",
    "REPAIR_NOT_APPROVED": "该信用修复申请未获批准,无需撤销",
    # premium rule sets
    "RULE_SET_EXISTS": "该名称和版本的费率规则已发布",
}


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True)
class RuleViolation(Exception):
    """A refusal under the rules: reported to the caller as a ``userErrors`` entry."""

    code: str
    field: str | None = None
    detail: str | None = None

    @property
    def message(self) -> str:
        base = MESSAGES.get(self.code, self.code)
        return f"{base}:{self.detail}" if self.detail else base

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"
