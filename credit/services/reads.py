"""Where a request reads: the primary, or a streaming replica (``CREDIT_DATABASE_READ_URL``).

A replica is behind the primary by its replay delay (milliseconds when healthy). Reads
that must see a write just made stay on the primary: every mutation, the change feed
(its gap-free paging share-locks the feed clock on the primary), everything regulators
and admins read (they read right after they write: a regulator's profile shows the
penalty it has just recorded), stored quotes (an insurer reads the quote it has just
asked for), and the dispatcher. The read-only questions of procurement platforms,
insurers and the public go to the replica: restriction checks, person checks, profiles
and listings as published, and the public pages (credit.api.public); each restriction
check says how fresh its data was (``dataAsOf``).
"""

from __future__ import annotations

from collections.abc import Iterable

from credit.services.auth import Caller, Role

#: root fields that only read, and whose readers need not see their own writes
REPLICA_OPERATIONS = frozenset({
    "restrictionCheck", "personCheck", "verifyReceipt", "enterprise", "listing", "listings", "catalogue",
})

#: callers that never write what they read
REPLICA_ROLES = frozenset({Role.ANONYMOUS, Role.PROCUREMENT, Role.INSURER})


def reads_replica(caller: Caller, operation_type: str, root_fields: Iterable[str]) -> bool:
    """Whether a request may read from the replica: a query by a caller that does not write,
    all of whose root fields are replica reads (introspection fields read no data)."""
    if operation_type != "query" or caller.role not in REPLICA_ROLES:
        return False
    fields = [name for name in root_fields if not name.startswith("__")]
    return bool(fields) and all(name in REPLICA_OPERATIONS for name in fields)
