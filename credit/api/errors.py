"""How a refusal becomes an answer: the one translation, at the API's edge (DESIGN §3.6).

- In a mutation, a refusal that is not about access becomes the payload's
  ``userErrors`` (``UserErrors``, a field extension every mutation carries).
- Everything else (access failures anywhere, any refusal of a query) becomes a
  GraphQL error: ``extensions.code`` is the code's answer (BAD_USER_INPUT,
  NOT_FOUND, UNAUTHENTICATED, FORBIDDEN), ``extensions.reason`` the refusal code
  itself and ``extensions.field`` the input it concerns (``Translate``, a schema
  extension, so it holds however the schema is executed).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import strawberry
from strawberry.extensions import FieldExtension, SchemaExtension
from strawberry.types.field import StrawberryField

from credit.domain.errors import ACCESS_CODES, Answer, Refusal, Violation
from graphql import GraphQLError


@strawberry.type
class UserError:
    """A business-rule refusal: the action changed nothing."""

    field: str | None
    code: str
    message: str


def user_errors(refusal: Refusal) -> list[UserError]:
    return [UserError(field=v.field, code=v.code, message=v.message) for v in refusal.violations]


def coded_error(code: str, message: str) -> GraphQLError:
    """A GraphQL error with a stable ``extensions.code`` (for refusals made outside the services)."""
    return GraphQLError(message, extensions={"code": code})


def extensions_of(violation: Violation) -> dict[str, Any]:
    """``extensions`` of a GraphQL error for a violation: its answer as ``code``, the refusal
    code itself as ``reason`` when it is more precise, and the input ``field``."""
    extensions: dict[str, Any] = {"code": violation.answer.value}
    if violation.code != violation.answer.value:
        extensions["reason"] = violation.code
    if violation.field:
        extensions["field"] = violation.field
    return extensions


#: HTTP status of a request refused before it ran (everything else is 200, as GraphQL answers)
HTTP_STATUS = {Answer.BAD_REQUEST: 400, Answer.PAYLOAD_TOO_LARGE: 413, Answer.RATE_LIMITED: 429}


def request_errors(refusal: Refusal) -> tuple[int, list[dict[str, Any]]]:
    """A request refused before it ran: its HTTP status and its GraphQL ``errors``. A root
    field the caller may not use is named in the error's ``path`` (its ``field``)."""
    errors: list[dict[str, Any]] = []
    for violation in refusal.violations:
        entry: dict[str, Any] = {"message": violation.message, "extensions": extensions_of(violation)}
        if violation.code in ACCESS_CODES and violation.field:
            entry["path"] = [violation.field]
        errors.append(entry)
    return HTTP_STATUS.get(refusal.answer, 200), errors


def _translated(error: GraphQLError) -> GraphQLError:
    refusal = error.original_error
    if not isinstance(refusal, Refusal):
        return error
    return GraphQLError(
        refusal.message, nodes=error.nodes, source=error.source, positions=error.positions,
        path=error.path, extensions=extensions_of(refusal.first),
    )


class Translate(SchemaExtension):
    """Turns every refusal that reached the result into a coded GraphQL error."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        errors = getattr(result, "errors", None)
        if errors:
            result.errors = [_translated(e) for e in errors]  # type: ignore[union-attr]


class UserErrors(FieldExtension):
    """On a mutation: refusals (other than access) come back as the payload's ``userErrors``."""

    def apply(self, field: StrawberryField) -> None:
        payload = field.type
        if not isinstance(payload, type) or "user_errors" not in getattr(payload, "__annotations__", {}):
            raise TypeError(f"{field.python_name}: a mutation payload needs user_errors")
        self.payload: Any = payload

    def resolve(self, next_: Callable[..., Any], source: Any, info: Any, **kwargs: Any) -> Any:
        raise NotImplementedError("mutations are async")  # pragma: no cover

    async def resolve_async(
        self, next_: Callable[..., Awaitable[Any]], source: Any, info: Any, **kwargs: Any
    ) -> Any:
        try:
            return await next_(source, info, **kwargs)
        except Refusal as refusal:
            if refusal.is_access:
                raise
            return self.payload(user_errors=user_errors(refusal))
