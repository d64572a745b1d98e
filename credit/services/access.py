"""Who may call which operation: the one table of the contract's "Who may do what".

Every operation (a GraphQL root field, a CLI command acting as a role) has one row.
It is read twice, from the same table: at the HTTP edge, before any input of the
request is looked at (the contract: a role that may not use an operation gets its
error first), and by each service action as it starts, so no entry point (GraphQL,
CLI, import) can skip it (DESIGN §3.5). Region and authority are finer checks made
by the actions themselves, once the input names an enterprise or a listing.

A schema field missing from this table fails tests/api/test_access_matrix.py.
"""

from __future__ import annotations

from credit.services.auth import Caller, Role

_A, _P, _I, _R, _ADMIN = Role.ANONYMOUS, Role.PROCUREMENT, Role.INSURER, Role.REGULATOR, Role.ADMIN
_EVERYONE = frozenset({_A, _P, _I, _R, _ADMIN})
_KEYED = frozenset({_P, _I, _R, _ADMIN})
_REGULATORS = frozenset({_R})
_SUPERVISORS = frozenset({_R, _ADMIN})
_INSURERS = frozenset({_I, _ADMIN})
_ADMINS = frozenset({_ADMIN})

#: GraphQL root field name → roles that may use it at all.
OPERATION_ROLES: dict[str, frozenset[Role]] = {
    # procurement and everyone
    "restrictionCheck": _EVERYONE,
    "verifyReceipt": _EVERYONE,
    "listingChanges": _KEYED,
    "personCheck": frozenset({_P, _R, _ADMIN}),
    "personChanges": frozenset({_P, _R, _ADMIN}),
    # profiles and listings: published facts for procurement and insurers
    "enterprise": _KEYED,
    "listing": _KEYED,
    "listings": _KEYED,
    # regulators' reading
    "auditTrail": _SUPERVISORS,
    "listingCandidates": _SUPERVISORS,
    "publicationDeadlines": _SUPERVISORS,
    "catalogue": _SUPERVISORS,
    "inspectionPlan": _REGULATORS,
    # insurers
    "premiumQuote": _INSURERS,
    "premiumQuotes": _INSURERS,
    "quote": _INSURERS,
    "premiumRuleSets": _INSURERS,
    # regulators' actions: in their region and authority (checked by each action)
    "registerEnterprise": _REGULATORS,
    "updateEnterprise": _REGULATORS,
    "recordAccident": _REGULATORS,
    "recordPenalty": _REGULATORS,
    "recordHazard": _REGULATORS,
    "recordHonour": _REGULATORS,
    "recordCommitment": _REGULATORS,
    "recordStandardisation": _REGULATORS,
    "recordInspection": _REGULATORS,
    "recordPersonBan": _REGULATORS,
    "proposeListing": _REGULATORS,
    "recordObjection": _REGULATORS,
    "decideObjection": _REGULATORS,
    "decideListing": _REGULATORS,
    "revokeListing": _REGULATORS,
    "applyCreditRepair": _REGULATORS,
    "decideCreditRepair": _REGULATORS,
    "revokeCreditRepair": _REGULATORS,
    # operators
    "publishPremiumRuleSet": _ADMINS,
    "publishCatalogue": _ADMINS,
    "deliveryStatus": _ADMINS,
    "deliveries": _ADMINS,
    "redeliver": _ADMINS,
    "resumeDelivery": _ADMINS,
}


def roles_for(operation: str) -> frozenset[Role]:
    """The roles that may use ``operation``; an operation without a row is nobody's."""
    return OPERATION_ROLES.get(operation, frozenset())


def authorize(caller: Caller, operation: str) -> None:
    """Refuse a caller whose role may not use ``operation`` at all (UNAUTHENTICATED or FORBIDDEN)."""
    caller.require(*roles_for(operation))
