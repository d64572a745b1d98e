"""The consumers' documents (graphql/operations/, shipped as ``credit.operations``).

They are the trusted documents (``CREDIT_TRUSTED_DOCUMENTS=on``) and, later, the fast
path's source for CheckRestrictions. Each is known by its path (``procurement/
CheckRestrictions.graphql``) and by its document id ``sha256:<hex of the file's bytes>``,
the GraphQL-over-HTTP persisted-documents convention.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable

PACKAGE = "credit.operations"


def document_id(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def load(path: str) -> str:
    """One document's text by its path under graphql/operations/ (e.g. ``procurement/CheckRestrictions.graphql``)."""
    return _documents()[path]


def all_documents() -> dict[str, str]:
    """Every shipped document: path → text."""
    return dict(_documents())


@cache
def by_id() -> dict[str, str]:
    """Document id (``sha256:<hex>``) → text."""
    return {document_id(text): text for text in _documents().values()}


@cache
def _documents() -> dict[str, str]:
    found: dict[str, str] = {}

    def walk(folder: Traversable, prefix: str) -> None:
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.is_dir() and not entry.name.startswith(("_", ".")):
                walk(entry, f"{prefix}{entry.name}/")
            elif entry.name.endswith(".graphql"):
                found[prefix + entry.name] = entry.read_text(encoding="utf-8")

    walk(files(PACKAGE), "")
    return found
