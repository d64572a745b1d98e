"""A fast path for the consumers' hot documents, CheckRestrictions, CheckRestrictionsAsKnown and
CheckPersons (DESIGN §3.8, §4–5).

Strawberry spends ~45 µs per checked code resolving fields one by one; a batch of
1,000 codes is most of a bidding platform's wait. The consumers send fixed, known
documents, so we recognise them and answer them by hand: the same service call
(``checks.restriction_check``), the same JSON shape and field order, built as plain
dicts and serialised once with orjson. CheckRestrictionsAsKnown (a bid protest's
question) has it too: through Strawberry alone a 1,000-code check with ``asKnownAt``
took 1.9x the same check without it (which the fast path answers), through the fast path
1.0x (the target is 1.5x; tests/benchmarks/bench_asknown.py, 1,000,000 enterprises).

What the fast path takes on, and what it leaves to Strawberry:
- Recognised: a POST with a JSON body whose ``query`` is, after parsing, the same
  document as a known one (comments, whitespace and commas do not matter; the
  printed AST is compared, and each exact text is looked up once and cached),
  with ``operationName`` absent, null or the document's own.
- Everything else goes to Strawberry unchanged: other documents, GET, bad JSON,
  unusual variables (a single string for ``codes``, a non-string item, an unknown
  domain, a malformed ``asOf``), and every refusal the service raises (batch
  limits, ``asOf`` out of range). Errors therefore come from one place, with the
  same messages and codes whichever path the request started on; they are rare,
  so answering them twice costs nothing that matters.
- The variables the fast path accepts are exactly those the schema accepts
  without coercion, parsed with the schema's own scalar function.

Equality with Strawberry is proven by tests/api/test_procurement_fastpath.py,
which sends many documents and data sets through both paths. ``CREDIT_FASTPATH=off``
(or ``fastpath.enabled = False``) turns it off, e.g. to measure Strawberry.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import orjson
from starlette.requests import Request
from starlette.responses import Response

from credit.api import documents, metrics
from credit.api.gate import Admitted
from credit.api.scalars import _parse_datetime, _serialize_datetime
from credit.domain.catalogue import RestrictionDomain
from credit.domain.errors import Refusal
from credit.services import checks, persons
from credit.services.auth import Caller
from graphql import GraphQLError, GraphQLSyntaxError, parse, print_ast

log = logging.getLogger("credit.api.fastpath")

#: Off with CREDIT_FASTPATH=off|0|false (every request then goes through Strawberry).
enabled = os.environ.get("CREDIT_FASTPATH", "on").lower() not in ("off", "0", "false", "no")

#: The consumers' documents, as shipped in the package (graphql/operations/, credit.operations)
CHECK_RESTRICTIONS = documents.load("procurement/CheckRestrictions.graphql")
CHECK_RESTRICTIONS_AS_KNOWN = documents.load("procurement/CheckRestrictionsAsKnown.graphql")
CHECK_PERSONS = documents.load("procurement/CheckPersons.graphql")

_DOMAINS = {d.name: d for d in RestrictionDomain}
#: distinct query texts remembered (recognised or not); beyond it new texts are not examined
_MAX_TEXTS = 512
#: a recognised text is never much longer than the document itself
_MAX_TEXT_LENGTH = 16 * 1024
#: larger checks are rendered off the event loop. Not smaller ones: 1,000 results render in
#: ~0.6 ms, less than the hop to a worker thread and back costs once the machine is busy
#: (a 1,000-code check took 2.3 ms longer through the thread, tests/benchmarks/bench_restrictions.py)
_RENDER_ON_LOOP = 2000


Runner = Callable[[dict[str, Any], Caller], Awaitable[bytes | None]]


@dataclass(frozen=True)
class Plan:
    """A known document: its operation name and the function that answers it."""

    operation_name: str
    run: Runner


def canonical(text: str) -> str:
    """The document as graphql-core prints it: comments, spacing and commas gone."""
    return print_ast(parse(text, no_location=True))


# --------------------------------------------------------------------- CheckRestrictions


def _reason(r: checks.Reason) -> dict[str, Any]:
    # a benefit (守信激励) names no listing: its listing fields are null
    return {
        "listingId": str(r.listing_id) if r.listing_id is not None else None,
        "listKind": r.list_kind,
        "ground": r.ground,
        "measure": r.measure,
        "effect": r.effect,
        "authorityName": r.authority_name,
        "decisionNumber": r.decision_number,
        "listedOn": r.listed_on.isoformat() if r.listed_on else None,
        "expiresOn": r.expires_on.isoformat() if r.expires_on else None,
    }


R = TypeVar("R")

#: the reason fields CheckRestrictionsAsKnown selects (a subset of CheckRestrictions')
_KNOWN_REASON_FIELDS = ("listingId", "listKind", "ground", "effect", "listedOn", "expiresOn")


def _known_reason(r: checks.Reason) -> dict[str, Any]:
    full = _reason(r)
    return {name: full[name] for name in _KNOWN_REASON_FIELDS}


def _each_once(results: Sequence[R], build: Callable[[R], dict[str, Any]]) -> list[dict[str, Any]]:
    """The JSON of each result, in order: duplicates in a batch are the same object, built once."""
    cache: dict[int, dict[str, Any]] = {}
    items: list[dict[str, Any]] = []
    append, seen = items.append, cache.get
    for result in results:
        key = id(result)
        item = seen(key)
        if item is None:
            item = cache[key] = build(result)
        append(item)
    return items


def render_check(check: checks.Check, *, as_known: bool = False) -> bytes:
    """The ``data`` of CheckRestrictions (or, ``as_known``, of CheckRestrictionsAsKnown), field
    for field as the schema serialises it."""
    reason = _known_reason if as_known else _reason
    results = _each_once(check.results, lambda result: {
        "code": result.code,
        "status": result.status,  # a StrEnum: orjson writes its value
        "enterpriseName": result.enterprise_name,
        # most results have none: no comprehension set up for nothing
        "reasons": [reason(r) for r in result.reasons] if result.reasons else [],
    })
    answer: dict[str, Any] = {
        "checkId": check.check_id,
        "checkedAt": _serialize_datetime(check.checked_at),
        "asOf": _serialize_datetime(check.as_of),
    }
    if as_known:
        assert check.as_known_at is not None
        answer["asKnownAt"] = _serialize_datetime(check.as_known_at)
    answer["domain"] = check.domain
    answer["receipt"] = check.receipt
    answer["results"] = results
    return orjson.dumps({"data": {"restrictionCheck": answer}})


def _moment(variables: dict[str, Any], name: str) -> tuple[bool, Any]:
    """(usable, value) of an optional DateTime variable, parsed as the schema parses it."""
    raw = variables.get(name)
    if raw is None:
        return True, None
    try:
        return True, _parse_datetime(raw)
    except GraphQLError:
        return False, None


async def run_check_restrictions(variables: dict[str, Any], caller: Caller) -> bytes | None:
    return await _run_check(variables, caller, as_known=False)


async def run_check_restrictions_as_known(variables: dict[str, Any], caller: Caller) -> bytes | None:
    return await _run_check(variables, caller, as_known=True)


async def _run_check(variables: dict[str, Any], caller: Caller, *, as_known: bool) -> bytes | None:
    codes = variables.get("codes")
    if type(codes) is not list:
        return None
    for code in codes:
        if type(code) is not str:
            return None
    domain_name = variables.get("domain")
    domain = _DOMAINS.get(domain_name) if type(domain_name) is str else None
    if domain is None:
        return None
    usable, as_of = _moment(variables, "asOf")
    if not usable:
        return None
    as_known_at = None
    if as_known:  # DateTime! in that document: null or absent is Strawberry's error to give
        usable, as_known_at = _moment(variables, "asKnownAt")
        if not usable or as_known_at is None:
            return None
    try:
        check = await checks.restriction_check(caller, codes, domain, as_of, as_known_at)
    except Refusal:
        return None  # Strawberry reports the refusal, with the same message and code
    metrics.count_check_results(domain.value, (r.status for r in check.results))
    if len(check.results) > _RENDER_ON_LOOP:
        # building 5,000 results' JSON held the event loop for milliseconds: a worker thread
        # lets the loop in meanwhile (bench_attacks.py)
        return await asyncio.to_thread(render_check, check, as_known=as_known)
    return render_check(check, as_known=as_known)


# --------------------------------------------------------------------- CheckPersons


def render_person_check(check: persons.PersonCheck) -> bytes:
    """The ``data`` of CheckPersons, field for field as the schema serialises it (no receipt:
    the document does not select it, so it is not signed either)."""
    results = _each_once(check.results, lambda result: {
        "idNumber": result.id_number,
        "status": result.status,
        "reasons": [
            {
                "listingId": str(r.listing_id),
                "listKind": r.list_kind,
                "ground": r.ground,
                "role": r.role,
                "enterpriseCode": r.enterprise_code,
                "enterpriseName": r.enterprise_name,
                "listedOn": r.listed_on.isoformat(),
                "expiresOn": r.expires_on.isoformat(),
                "authorityName": r.authority_name,
            }
            for r in result.reasons
        ],
        "bans": [
            {
                "kind": b.kind,
                "industry": b.industry,
                "startsOn": b.starts_on.isoformat(),
                "endsOn": b.ends_on.isoformat() if b.ends_on is not None else None,
            }
            for b in result.bans
        ],
    })
    return orjson.dumps(
        {
            "data": {
                "personCheck": {
                    "checkId": check.check_id,
                    "checkedAt": _serialize_datetime(check.checked_at),
                    "asOf": _serialize_datetime(check.as_of),
                    "results": results,
                }
            }
        }
    )


async def run_check_persons(variables: dict[str, Any], caller: Caller) -> bytes | None:
    numbers = variables.get("idNumbers")
    if type(numbers) is not list:
        return None
    for number in numbers:
        if type(number) is not str:
            return None
    usable, as_of = _moment(variables, "asOf")
    if not usable:
        return None
    try:
        check = await persons.person_check(caller, numbers, as_of)
    except Refusal:
        return None  # Strawberry reports the refusal, with the same message and code
    if len(check.results) > _RENDER_ON_LOOP:
        return await asyncio.to_thread(render_person_check, check)
    return render_person_check(check)


# --------------------------------------------------------------------- recognition


_KNOWN: dict[str, Plan] = {
    canonical(CHECK_RESTRICTIONS): Plan("CheckRestrictions", run_check_restrictions),
    canonical(CHECK_RESTRICTIONS_AS_KNOWN): Plan("CheckRestrictionsAsKnown", run_check_restrictions_as_known),
    canonical(CHECK_PERSONS): Plan("CheckPersons", run_check_persons),
}
_plans: dict[str, Plan | None] = {}


def plan_for(query: str) -> Plan | None:
    """The plan for a query text, or None; each distinct text is parsed at most once."""
    try:
        return _plans[query]
    except KeyError:
        pass
    if len(_plans) >= _MAX_TEXTS or len(query) > _MAX_TEXT_LENGTH:
        return None
    try:
        plan = _KNOWN.get(canonical(query))
    except (GraphQLSyntaxError, RecursionError):
        plan = None
    _plans[query] = plan
    return plan


def _json_request(request: Request) -> bool:
    content_type = request.headers.get("content-type", "")
    return content_type.split(";", 1)[0].strip().lower() == "application/json"


async def try_execute(request: Request, caller: Caller, admitted: Admitted) -> Response | None:
    """Answer a known document directly, or None to let Strawberry answer. ``admitted`` is the
    request as the gate decoded and checked it (credit.api.edge): nothing is parsed again."""
    if not enabled or request.method != "POST" or not _json_request(request) or admitted.extensions is not None:
        return None
    plan = plan_for(admitted.query)
    if plan is None:
        return None
    if admitted.operation_name is not None and admitted.operation_name != plan.operation_name:
        return None
    variables = admitted.variables or {}
    try:
        answer = await plan.run(variables, caller)
    except Exception:  # Strawberry answers it again and reports it as it reports any failure
        log.exception("fast path failed for %s; answering through Strawberry", plan.operation_name)
        return None
    if answer is None:
        return None
    metrics.count_fastpath(plan.operation_name)
    return Response(answer, media_type="application/json")
