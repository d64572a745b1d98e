"""GraphQL errors with a stable ``extensions.code`` (DESIGN §3.6). Messages in Chinese."""

from __future__ import annotations

from credit.services.auth import AccessDenied
from graphql import GraphQLError


def coded_error(code: str, message: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": code})


def bad_input(message: str) -> GraphQLError:
    return coded_error("BAD_USER_INPUT", message)


def not_found(message: str) -> GraphQLError:
    return coded_error("NOT_FOUND", message)


def from_access_denied(exc: AccessDenied) -> GraphQLError:
    return coded_error(exc.code, exc.message)
