"""The schema: the feature modules' queries and mutations merged into one root."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import strawberry
from strawberry.extensions import AddValidationRules, MaxTokensLimiter, ParserCache, ValidationCache
from strawberry.extensions.max_aliases import create_validator as alias_rule
from strawberry.extensions.query_depth_limiter import create_validator as depth_rule
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types

from credit.api.errors import Translate
from credit.api.gate import MAX_ALIASES
from credit.api.insurer import InsurerMutation, InsurerQuery
from credit.api.operations import OperationsMutation, OperationsQuery
from credit.api.procurement import CatalogueMutation, ProcurementQuery
from credit.api.regulator import RegulatorMutation, RegulatorQuery
from credit.api.scalars import Date, DateTime, DecimalScalar
from credit.domain.errors import Refusal
from graphql import ASTValidationRule, GraphQLError

Query = merge_types("Query", (ProcurementQuery, RegulatorQuery, InsurerQuery, OperationsQuery))
Mutation = merge_types("Mutation", (RegulatorMutation, InsurerMutation, OperationsMutation, CatalogueMutation))


# Validation rules are built once: a rule class made per request (as a lambda factory
# around MaxAliasesLimiter would) never hits ValidationCache (DESIGN §4).
_RULES: list[type[ASTValidationRule]] = [alias_rule(MAX_ALIASES), depth_rule(12, None)]


class _Limits(AddValidationRules):
    """Alias and depth limits, with rule classes shared by every request."""

    def __init__(self) -> None:
        super().__init__(_RULES)


class _TokenLimit(MaxTokensLimiter):
    """Bounds the parser's work on hostile documents (codes travel as variables, not tokens)."""

    def __init__(self) -> None:
        super().__init__(max_token_count=20_000)


class CreditSchema(strawberry.Schema):
    """Logs only unexpected errors: Strawberry's default logs every refusal with the whole
    query text, which would put request data in the logs."""

    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        unexpected = [
            e for e in errors
            if e.original_error is not None and not isinstance(e.original_error, GraphQLError)
            and not isinstance(e.original_error, Refusal)
        ]
        if unexpected:
            super().process_errors(unexpected, execution_context)


schema = CreditSchema(
    query=Query,
    mutation=Mutation,
    config=StrawberryConfig(scalar_map={datetime: DateTime, date: Date, Decimal: DecimalScalar}),
    # classes or factories, never shared instances (DESIGN §4); the parser and validation
    # caches live at module level in Strawberry, so a fresh extension per request keeps them
    extensions=[ParserCache, ValidationCache, _TokenLimit, _Limits, Translate],
)
