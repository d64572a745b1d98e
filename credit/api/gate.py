"""The request gate: what a GraphQL request may do, decided before any of it runs.

Called by the /graphql endpoint before the fast path and before Strawberry, with the
caller already known (credit.api.edge). In order:

1. the document: a ``documentId`` (``sha256:<hex>``) names one of graphql/operations/;
   with ``CREDIT_TRUSTED_DOCUMENTS=on`` callers other than admins may send nothing else
   (by id, or the same document as text);
2. parsing, cached by text (bounded); a document too large is refused unparsed;
3. the operation: an unknown ``operationName``, or an anonymous operation beside others,
   is refused, never guessed;
4. the role, for every root field (fragments included), from the one table in
   credit.services.access, before any variable is read: a role that may not use a field
   learns nothing about its input. Introspection is for everyone in development and for
   admins only in production; ``__typename`` always;
5. whole-request limits, from the document and the raw variables (no per-item work):
   codes of all ``restrictionCheck``/``personCheck`` fields together, and the items the
   request may return (see ``count_items``). Code arguments are length-checked here so an
   absurd one never reaches the database.

A refusal is an answer with ``errors`` and ``data: null``; the request never runs. Every
answer that passed the gate carries ``extensions.cost`` (requested vs maximum).
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

from credit.api import documents
from credit.domain.errors import Refusal, Violation
from credit.services import access
from credit.services.auth import Caller, Role, forbidden, unauthenticated
from credit.settings import Settings
from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLSyntaxError,
    InlineFragmentNode,
    IntValueNode,
    ListValueNode,
    NullValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    StringValueNode,
    ValueNode,
    VariableNode,
    Visitor,
    get_named_type,
    parse,
    print_ast,
    value_from_ast_untyped,
    visit,
)

#: root field → the argument whose items count against the whole-request code limit
CODE_ARGUMENTS = {"restrictionCheck": "codes", "personCheck": "idNumbers"}
#: root field arguments holding one code or prefix: longer (spaces removed) is refused
ARGUMENT_LENGTHS = {"code": 18, "authorityCode": 18, "region": 6}
#: ``first`` absent or null (the contract's connection default)
DEFAULT_PAGE = 100
#: a root list without ``first`` or a list argument (listingCandidates, premiumRuleSets):
#: its length depends on the data, so it is counted as a full default page
DEFAULT_ROOT_LIST = 100
#: as credit.api.schema's alias rule
MAX_ALIASES = 50
INTROSPECTION = frozenset({"__schema", "__type"})
#: parsed documents kept, and the longest text kept (memory stays bounded: 512 × 64 KiB)
_CACHE_SIZE = 512
_CACHE_TEXT = 64 * 1024
#: texts longer than this are parsed in a worker thread: graphql-core's parser costs
#: ~4 µs a token, and a 10,000-token document would hold the event loop ~45 ms
_THREAD_TEXT = 8 * 1024
_MAX_DEPTH = 32
_MAX_INT = 2**31 - 1
#: colons a document may hold before it is refused unparsed (aliases, arguments, variables)
_MAX_COLONS = 10 * MAX_ALIASES
#: the cost reported is held below JSON's exact integers (orjson refuses beyond 64 bits)
_MAX_REPORTED = 2**53


@dataclass
class Admitted:
    """What passed the gate: Strawberry runs exactly this."""

    query: str
    operation_name: str | None
    variables: dict[str, Any] | None
    extensions: dict[str, Any] | None
    cost: dict[str, int] = field(default_factory=dict)
    #: the name of the operation that runs (named in the body or the document's only one)
    selected: str | None = None
    #: the operation's kind (query, mutation) and its root fields: where it may read from
    #: (credit.services.reads)
    operation_type: str = "query"
    root_fields: tuple[str, ...] = ()


@dataclass
class Parsed:
    document: DocumentNode | None
    error: str | None = None
    canonical: str | None = None
    aliases: int = 0
    #: a string literal holding NUL through a GraphQL escape (``"\\u0000"``, ``"\\u{0}"``)
    has_nul: bool = False


# --------------------------------------------------------------------- parsing


_parsed: OrderedDict[str, Parsed] = OrderedDict()
_PUNCTUATORS = "{}()[]:$!@=|&"


def estimate_tokens(text: str) -> int:
    """A lower bound on the tokens of ``text``, from C-speed counts only (no lexing)."""
    return text.count('"') // 2 + sum(text.count(c) for c in _PUNCTUATORS)


def _parse(text: str, max_tokens: int) -> Parsed:
    try:
        document = parse(text, no_location=False, max_tokens=max_tokens)
    except GraphQLSyntaxError as exc:
        return Parsed(None, exc.message)
    except RecursionError:  # selections nested thousands deep
        return Parsed(None, "Syntax Error: 文档嵌套过深")
    return Parsed(document, aliases=count_aliases(document), has_nul="\\u" in text and _has_nul_literal(document))


class _NulFinder(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.found = False

    def enter_string_value(self, node: StringValueNode, *_: Any) -> None:
        if "\x00" in node.value:
            self.found = True


def _has_nul_literal(document: DocumentNode) -> bool:
    """Whether an escape in a string literal makes a NUL (the edge only sees JSON escapes)."""
    finder = _NulFinder()
    visit(document, finder)
    return finder.found


def count_aliases(document: DocumentNode) -> int:
    """Aliased fields in the whole document (Strawberry's alias limit counts the same)."""
    count = 0
    stack: list[SelectionSetNode] = [
        d.selection_set for d in document.definitions
        if isinstance(d, (OperationDefinitionNode, FragmentDefinitionNode))
    ]
    while stack:
        for selection in stack.pop().selections:
            if isinstance(selection, FieldNode) and selection.alias is not None:
                count += 1
            selection_set = getattr(selection, "selection_set", None)
            if selection_set is not None:
                stack.append(selection_set)
    return count


async def parse_document(text: str, max_tokens: int) -> Parsed:
    """The parsed document for a text, cached (bounded LRU) by the exact text."""
    cached = _parsed.get(text)
    if cached is not None:
        _parsed.move_to_end(text)
        return cached
    if estimate_tokens(text) > max_tokens:
        parsed = Parsed(None, f"Syntax Error: 文档超过 {max_tokens} 个记号")
    elif text.count(":") > _MAX_COLONS:
        # every alias has a colon: far more colons than the alias limit allows is refused
        # unparsed (parsing 1,000 aliases cost ~35 ms)
        parsed = Parsed(None, aliases=text.count(":"))
    elif len(text) > _THREAD_TEXT:
        parsed = await asyncio.to_thread(_parse, text, max_tokens)
    else:
        parsed = _parse(text, max_tokens)
    if len(text) <= _CACHE_TEXT:
        _parsed[text] = parsed
        if len(_parsed) > _CACHE_SIZE:
            _parsed.popitem(last=False)
    return parsed


def canonical(parsed: Parsed) -> str:
    """The document as graphql-core prints it (comments and spacing gone); cached."""
    if parsed.canonical is None:
        assert parsed.document is not None
        parsed.canonical = print_ast(parsed.document)
    return parsed.canonical


_trusted_canonical: set[str] | None = None


def _is_trusted_text(text: str, parsed: Parsed) -> bool:
    global _trusted_canonical
    if "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() in documents.by_id():
        return True
    if _trusted_canonical is None:
        _trusted_canonical = {print_ast(parse(t)) for t in documents.all_documents().values()}
    return canonical(parsed) in _trusted_canonical


# --------------------------------------------------------------------- the gate


async def admit(body: dict[str, Any], caller: Caller, settings: Settings, schema: GraphQLSchema) -> Admitted:
    """Admit a request body (a JSON object already checked by the edge), or raise Refusal."""
    text, by_id = _document_text(body)
    parsed = await parse_document(text, settings.max_query_tokens)
    if parsed.document is None and parsed.error is not None:
        raise Refusal("GRAPHQL_PARSE_FAILED", None, parsed.error)
    if parsed.has_nul:
        raise Refusal("BAD_REQUEST", None, "请求中的字符串不能含 NUL 字符(\\u0000)")
    if parsed.document is None:
        raise Refusal("QUERY_TOO_COMPLEX", None, f"文档含 {parsed.aliases} 个冒号(别名与参数),远超别名上限 {MAX_ALIASES}")
    if parsed.aliases > MAX_ALIASES:
        # 1,000 aliases would pass the item count (each asks for little) and cost Strawberry
        # its whole validation before its own alias rule refused them
        raise Refusal("QUERY_TOO_COMPLEX", None, f"文档含 {parsed.aliases} 个别名,最多 {MAX_ALIASES} 个")
    trusted = by_id or caller.role is Role.ADMIN or not settings.trusted_documents
    if not trusted and not _is_trusted_text(text, parsed):
        raise Refusal(
            "TRUSTED_DOCUMENT_REQUIRED", None, "本服务只接受 graphql/operations/ 中的受信任文档(原文,或 documentId: \"sha256:<hex>\")",
        )
    operation_name = body.get("operationName")
    operation = select_operation(parsed.document, operation_name)
    fragments = {
        d.name.value: d for d in parsed.document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    root_type = _root_type(schema, operation)
    roots = root_fields(operation.selection_set, fragments)
    authorize(caller, roots, root_type, dev=settings.dev)
    variables = body.get("variables") or {}
    defaults = _variable_defaults(operation)
    codes = count_codes(caller, roots, variables, defaults, settings)
    check_argument_lengths(roots, variables, defaults)
    items = count_items(schema, (text, operation_name), operation, root_type, fragments, variables, defaults)
    code_limit = settings.anonymous_batch_limit if caller.role is Role.ANONYMOUS else settings.batch_limit
    cost = {
        "requestedItems": min(items, _MAX_REPORTED),
        "maximumItems": settings.item_limit,
        "requestedCodes": codes,
        "maximumCodes": code_limit,
    }
    return Admitted(
        query=text,
        operation_name=operation_name,
        variables=body.get("variables"),
        extensions=body.get("extensions"),
        cost=cost,
        selected=operation.name.value if operation.name is not None else None,
        operation_type=operation.operation.value,
        root_fields=tuple(dict.fromkeys(f.name.value for f in roots)),
    )


def check_items(admitted: Admitted, settings: Settings) -> None:
    """The item limit, refused once the cost is known (the refusal reports it)."""
    items = admitted.cost["requestedItems"]
    if items > settings.item_limit:
        raise Refusal(
            "QUERY_TOO_COMPLEX", None,
            f"本请求最多可能返回 {items} 项,超过上限 {settings.item_limit}"
            "(first 与列表参数按嵌套相乘计算);请减小 first 或分批请求",
        )


def _document_text(body: dict[str, Any]) -> tuple[str, bool]:
    """The query text, and whether it came by document id."""
    document_id = body.get("documentId")
    query = body.get("query")
    if document_id is not None:
        if not isinstance(document_id, str):
            raise Refusal("BAD_REQUEST", None, "documentId 应为字符串 \"sha256:<hex>\"")
        if query is not None:
            raise Refusal("BAD_REQUEST", None, "query 与 documentId 只能给出一个")
        text = documents.by_id().get(document_id)
        if text is None:
            raise Refusal("PERSISTED_QUERY_NOT_FOUND", None, f"未知的 documentId:{document_id[:80]}")
        return text, True
    if not isinstance(query, str) or not query.strip():
        raise Refusal("BAD_REQUEST", None, "请求缺少 query(或 documentId)")
    return query, False


def select_operation(document: DocumentNode, name: object) -> OperationDefinitionNode:
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    if not operations:
        raise Refusal("GRAPHQL_VALIDATION_FAILED", None, "文档中没有可执行的操作")
    if len(operations) > 1 and any(op.name is None for op in operations):
        raise Refusal("GRAPHQL_VALIDATION_FAILED", None, "文档含多个操作时,每个操作都必须有名称")
    if name is not None:
        if not isinstance(name, str):
            raise Refusal("BAD_REQUEST", None, "operationName 应为字符串")
        for op in operations:
            if op.name is not None and op.name.value == name:
                return op
        raise Refusal("BAD_REQUEST", None, f"文档中没有名为 {name[:80]} 的操作")
    if len(operations) > 1:
        raise Refusal("BAD_REQUEST", None, "文档含多个操作,须用 operationName 指明执行哪一个")
    return operations[0]


def _root_type(schema: GraphQLSchema, operation: OperationDefinitionNode) -> GraphQLObjectType | None:
    kind = operation.operation.value
    if kind == "query":
        return schema.query_type
    if kind == "mutation":
        return schema.mutation_type
    return schema.subscription_type


def root_fields(selection_set: SelectionSetNode, fragments: dict[str, FragmentDefinitionNode]) -> list[FieldNode]:
    """Every field at the root, through inline fragments and spreads (each fragment once)."""
    found: list[FieldNode] = []
    seen: set[str] = set()
    stack = [selection_set]
    while stack:
        for selection in stack.pop().selections:
            if isinstance(selection, FieldNode):
                found.append(selection)
            elif isinstance(selection, InlineFragmentNode):
                stack.append(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                if name not in seen and name in fragments:
                    seen.add(name)
                    stack.append(fragments[name].selection_set)
    return found


def authorize(caller: Caller, fields: list[FieldNode], root_type: GraphQLObjectType | None, *, dev: bool) -> None:
    """Refuse the request if the caller's role may not use any of its root fields."""
    denied: list[tuple[FieldNode, Refusal]] = []
    for node in fields:
        name = node.name.value
        if name == "__typename":
            continue
        if name in INTROSPECTION:
            if dev or caller.role is Role.ADMIN:
                continue
            if caller.role is Role.ANONYMOUS:
                denied.append((node, unauthenticated("内省(introspection)仅对管理员密钥开放")))
            else:
                denied.append((node, forbidden("生产模式下内省(introspection)仅对管理员开放")))
            continue
        if root_type is None or name not in root_type.fields:
            continue  # not in the schema: validation reports it
        try:
            access.authorize(caller, name)
        except Refusal as exc:
            denied.append((node, exc))
    if denied:
        # one error per denied root field, named by its response key (credit.api.errors)
        raise Refusal.of(
            Violation(exc.code, (node.alias or node.name).value, exc.first.detail) for node, exc in denied
        )


# --------------------------------------------------------------------- values and limits

_MISSING = object()


def _variable_defaults(operation: OperationDefinitionNode) -> dict[str, Any]:
    defaults: dict[str, Any] = {}
    for definition in operation.variable_definitions or ():
        if definition.default_value is not None:
            defaults[definition.variable.name.value] = definition.default_value
    return defaults


def _resolve(node: ValueNode | None, variables: dict[str, Any], defaults: dict[str, Any]) -> Any:
    """A raw argument value: a variable's JSON value, or a literal; ``_MISSING`` if unknown.
    List literals come back as their ListValueNode (only their length is ever needed)."""
    if node is None:
        return _MISSING
    if isinstance(node, VariableNode):
        name = node.name.value
        if name in variables:
            return variables[name]
        default = defaults.get(name)
        return _MISSING if default is None else _resolve(default, {}, {})
    if isinstance(node, ListValueNode):
        return node
    if isinstance(node, StringValueNode):
        return node.value
    if isinstance(node, IntValueNode):
        try:
            return int(node.value)
        except ValueError:
            return _MISSING
    if isinstance(node, NullValueNode):
        return None
    return value_from_ast_untyped(node)


def _length(value: Any) -> int | None:
    """Items in a list argument (a single value is a list of one, GraphQL input coercion)."""
    if value is _MISSING or value is None:
        return None
    if isinstance(value, ListValueNode):
        return len(value.values)
    if isinstance(value, list):
        return len(value)
    return 1


def _argument(node: FieldNode, name: str) -> ValueNode | None:
    for argument in node.arguments or ():
        if argument.name.value == name:
            return argument.value
    return None


def count_codes(
    caller: Caller, fields: list[FieldNode], variables: dict[str, Any], defaults: dict[str, Any],
    settings: Settings,
) -> int:
    """All codes (and ID numbers) of all checking fields together, within the contract's limits."""
    total = 0
    for node in fields:
        argument = CODE_ARGUMENTS.get(node.name.value)
        if argument is None:
            continue
        count = _length(_resolve(_argument(node, argument), variables, defaults))
        if count is None:
            continue  # missing or null: Strawberry reports the required argument
        if count == 0:
            raise Refusal("BATCH_EMPTY", argument)
        total += count
    if total > settings.batch_limit:
        raise Refusal(
            "BATCH_TOO_LARGE", None, f"一次请求的所有查询合计最多{settings.batch_limit}个代码,本次{total}个"
        )
    if caller.role is Role.ANONYMOUS and total > settings.anonymous_batch_limit:
        raise Refusal(
            "UNAUTHENTICATED", None, f"匿名请求合计最多{settings.anonymous_batch_limit}个代码;更大批量需要访问密钥",
        )
    return total


def check_argument_lengths(fields: list[FieldNode], variables: dict[str, Any], defaults: dict[str, Any]) -> None:
    """A code or region argument far longer than any valid one is refused here, not by the database."""
    for node in fields:
        for argument in node.arguments or ():
            limit = ARGUMENT_LENGTHS.get(argument.name.value)
            if limit is None:
                continue
            value = _resolve(argument.value, variables, defaults)
            if isinstance(value, str) and len(value) > limit and len("".join(value.split())) > limit:
                raise Refusal(
                    "TEXT_TOO_LONG", argument.name.value, f"{node.name.value} 的参数最多{limit}个字符",
                )


def _page(
    node: FieldNode, definition: Any, variables: dict[str, Any], defaults: dict[str, Any]
) -> int | None:
    """The items a field's own arguments ask for: ``first``, or its longest list argument."""
    if "first" in definition.args:
        given = _argument(node, "first")
        if given is None:
            value = definition.args["first"].default_value
        else:
            value = _resolve(given, variables, defaults)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return min(value, _MAX_INT)  # GraphQL's Int is 32 bits; validation refuses more
        return DEFAULT_PAGE  # absent, null or malformed (the resolver refuses malformed ones)
    sizes = []
    for argument in node.arguments or ():
        arg = definition.args.get(argument.name.value)
        if arg is None:
            continue
        arg_type = arg.type.of_type if isinstance(arg.type, GraphQLNonNull) else arg.type
        if isinstance(arg_type, GraphQLList):
            size = _length(_resolve(argument.value, variables, defaults))
            if size is not None:
                sizes.append(size)
    return max(sizes) if sizes else None


class _ReadVariables(dict[str, Any]):
    """The request's variables, noting which ones a count looks at."""

    def __init__(self, variables: dict[str, Any]) -> None:
        super().__init__(variables)
        self.read: set[str] = set()

    def __contains__(self, name: object) -> bool:
        self.read.add(str(name))
        return super().__contains__(name)


def _shape(variables: dict[str, Any], name: str) -> Hashable:
    """What the item count can see of a variable: an Int's value, a list's length, or its
    absence, null or other kind (``_page``: those count a default page or one item)."""
    if name not in variables:
        return "missing"
    value = variables[name]
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, list):
        return ("list", len(value))
    return "null" if value is None else "other"


#: (document text, operationName) → the variables its count reads, and the count for each
#: shape of them: a hot document (a check of one code) is counted once, not per request.
#: Bounded: cleared when full.
_COUNTS: dict[tuple[str, Any], tuple[tuple[str, ...], dict[tuple[Hashable, ...], int]]] = {}
_COUNTS_KEPT = 512


def count_items(
    schema: GraphQLSchema, key: tuple[str, Any], operation: OperationDefinitionNode, root_type: GraphQLNamedType | None,
    fragments: dict[str, FragmentDefinitionNode], variables: dict[str, Any], defaults: dict[str, Any],
) -> int:
    """``ItemCounter(...).count`` of the operation, remembered per document and shape of the
    variables it reads (tests/api/test_request_gate.py proves the two equal)."""
    known = _COUNTS.get(key)
    if known is not None:
        names, by_shape = known
        shape = tuple(_shape(variables, name) for name in names)
        items = by_shape.get(shape)
        if items is not None:
            return items
    read = _ReadVariables(variables)
    items = ItemCounter(schema, fragments, read, defaults).count(operation.selection_set, root_type, None, root=True)
    if known is None or known[0] != tuple(sorted(read.read)):
        if len(_COUNTS) >= _COUNTS_KEPT:
            _COUNTS.clear()
        known = _COUNTS[key] = (tuple(sorted(read.read)), {})
    if len(known[1]) >= _COUNTS_KEPT:
        known[1].clear()
    known[1][tuple(_shape(variables, name) for name in known[0])] = items
    return items


class ItemCounter:
    """The items a selection may return, per item of its parent (cost is linear in it).

    - A field with ``first`` asks for that many (absent or null: 100); a field with a list
      argument (``codes``, ``idNumbers``, ``eventIds``) for as many as the list holds.
      The list fields directly below it (a connection's ``edges``, a check's ``results``)
      hold those items, and everything below them is multiplied by their number.
    - A list at the root with neither (``listingCandidates``) counts as 100.
    - Other lists (``reasons``, ``persons``, ``adjustments``...) hold a handful per parent
      by the domain's rules: they add no items and multiply nothing.
    Fragments are counted once per (fragment, pending); a cycle counts nothing (validation
    refuses it afterwards). Every node is visited once: no per-item work.
    """

    def __init__(
        self, schema: GraphQLSchema, fragments: dict[str, FragmentDefinitionNode],
        variables: dict[str, Any], defaults: dict[str, Any],
    ) -> None:
        self.types = schema.type_map
        self.fragments = fragments
        self.variables = variables
        self.defaults = defaults
        self.memo: dict[tuple[str, int | None], int] = {}

    def count(
        self, selection_set: SelectionSetNode | None, parent: GraphQLNamedType | None,
        pending: int | None, depth: int = 0, *, root: bool = False,
    ) -> int:
        if selection_set is None or parent is None or depth > _MAX_DEPTH:
            return 0
        fields_of = parent.fields if isinstance(parent, (GraphQLObjectType, GraphQLInterfaceType)) else {}
        total = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                definition = fields_of.get(selection.name.value)
                if definition is None:
                    continue  # __typename, introspection, or unknown (validation reports it)
                total += self._field(selection, definition, pending, depth, root)
            elif isinstance(selection, InlineFragmentNode):
                target = parent
                if selection.type_condition is not None:
                    target = self.types.get(selection.type_condition.name.value, parent)
                total += self.count(selection.selection_set, target, pending, depth + 1, root=root)
            elif isinstance(selection, FragmentSpreadNode):
                total += self._spread(selection.name.value, parent, pending, depth, root)
        return total

    def _field(self, node: FieldNode, definition: Any, pending: int | None, depth: int, root: bool) -> int:
        field_type = definition.type
        if isinstance(field_type, GraphQLNonNull):
            field_type = field_type.of_type
        own = _page(node, definition, self.variables, self.defaults)
        named = get_named_type(field_type)
        if not isinstance(field_type, GraphQLList):
            return self.count(node.selection_set, named, own, depth + 1)
        if pending is not None:
            count, below = pending, own
        elif own is not None:
            count, below = own, None
        elif root:
            count, below = DEFAULT_ROOT_LIST, None
        else:
            count, below = 0, None  # a bounded list: no items of its own
        return count + max(count, 1) * self.count(node.selection_set, named, below, depth + 1)

    def _spread(self, name: str, parent: GraphQLNamedType, pending: int | None, depth: int, root: bool) -> int:
        fragment = self.fragments.get(name)
        if fragment is None:
            return 0
        key = (name, pending)
        if key not in self.memo:
            self.memo[key] = 0  # a cycle meets this and counts nothing
            target = self.types.get(fragment.type_condition.name.value, parent)
            self.memo[key] = self.count(fragment.selection_set, target, pending, depth + 1, root=root)
        return self.memo[key]
