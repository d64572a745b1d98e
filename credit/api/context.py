"""Per-request context: the authenticated caller, resolved once per request, and the
request's batch loaders (credit.api.loaders)."""

from __future__ import annotations

from typing import Any

from strawberry.types import Info

from credit.api.loaders import Loaders
from credit.services.auth import Caller


def get_caller(info: Info[Any, Any]) -> Caller:
    """The caller of this request (authenticated by the app before execution)."""
    caller: Caller = info.context["caller"]
    return caller


def get_loaders(info: Info[Any, Any]) -> Loaders:
    """The request's loaders: made with the context (credit.api.app), or on first use when the
    schema runs with a context of its own (a script, a test)."""
    loaders: Loaders | None = info.context.get("loaders")
    if loaders is None:  # not setdefault: that would build a set for every field asking
        loaders = info.context["loaders"] = Loaders()
    return loaders
