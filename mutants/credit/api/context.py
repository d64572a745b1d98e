"""Per-request context: the authenticated caller, resolved once per request."""

from __future__ import annotations

from typing import Any

from strawberry.types import Info

from credit.services.auth import Caller


def get_caller(info: Info[Any, Any]) -> Caller:
    """The caller of this request (authenticated by the app before execution)."""
    caller: Caller = info.context["caller"]
    return caller
