"""Stage 2, validate: is this an OpenAPI 3.0/3.1 document we can generate from?

Three passes, cheapest first:

1. the version gate (Swagger 2.0 and unknown versions are refused with a pointer to the field);
2. repairs of common real-world sloppiness that official validators reject but that has one
   obvious meaning (a ``default`` of the wrong type, duplicate ``required`` entries, 3.0-style
   ``exclusiveMinimum: true`` in 3.1, an undeclared path parameter, ...): fixed in place, each
   with a located warning saying what was assumed (``docs/compatibility.md`` lists them all);
3. our own checks (unresolvable and external ``$ref``s, ``$ref`` cycles, duplicate
   ``operationId``s, unknown schema types), every problem collected with a did-you-mean where a
   near name exists; then openapi-spec-validator, every complaint of it collected too.

Passes 1-3 take a fraction of a second and refuse the document before any slow stage starts;
openapi-spec-validator is slow, so the pipeline runs it beside the other stages.
"""

from __future__ import annotations

import copy
import difflib
import json
from collections.abc import Iterator
from typing import Any

from generator.errors import Problems, SpecError, Warnings, parts_of, pointer_of, same_node
from generator.load import SpecDocument, deep_recursion

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}
_SKIP_KEYS = frozenset({"example", "examples", "x-examples", "enum", "const"})
# How many complaints of openapi-spec-validator are kept (the rest are only counted).
MAX_SCHEMA_ERRORS = 100

# Keywords of a Schema Object whose values are schemas: one, a map of them, or a list of them.
_SUB_SCHEMA = frozenset(
    {
        "items",
        "additionalProperties",
        "not",
        "contains",
        "propertyNames",
        "if",
        "then",
        "else",
        "unevaluatedItems",
        "unevaluatedProperties",
        "additionalItems",
        "contentSchema",
    }
)
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
# The fixed fields of an OpenAPI 3.0 Schema Object; anything else (but x-*) is refused by 3.0.
_SCHEMA_30_KEYWORDS = frozenset(
    {
        "title",
        "multipleOf",
        "maximum",
        "exclusiveMaximum",
        "minimum",
        "exclusiveMinimum",
        "maxLength",
        "minLength",
        "pattern",
        "maxItems",
        "minItems",
        "uniqueItems",
        "maxProperties",
        "minProperties",
        "required",
        "enum",
        "type",
        "allOf",
        "oneOf",
        "anyOf",
        "not",
        "items",
        "properties",
        "additionalProperties",
        "description",
        "format",
        "default",
        "nullable",
        "discriminator",
        "readOnly",
        "writeOnly",
        "xml",
        "externalDocs",
        "example",
        "deprecated",
        "$ref",
    }
)
_TYPES_30 = ("string", "number", "integer", "boolean", "array", "object")
_TYPES_31 = (*_TYPES_30, "null")


def validate_spec(doc: SpecDocument) -> None:
    """Raise :class:`SpecError` for every problem; record repairs in ``doc.warnings``."""
    check_spec(doc)
    raise_schema_errors(schema_errors(doc.data))


def check_spec(doc: SpecDocument) -> None:
    """Our own checks and repairs: fast, and needed before the IR can be built.

    Raises one :class:`SpecError` (a :class:`~generator.errors.SpecProblems` when there are
    several) for every problem found.
    """
    data = doc.data
    _check_version(data)
    problems = Problems()
    v31 = str(data["openapi"]).startswith("3.1")
    _repair_document(data, doc.warnings, v31)
    _repair_schemas(data, doc.warnings, problems, v31)
    _check_refs(data, problems)
    _check_composition_cycles(data, problems)
    _check_operation_ids(data, problems)
    _check_parameters(data, problems)
    if problems.items:  # refused: the validator's complaints too, so that one run reports everything
        problems.extend(_other_schema_problems(data, problems.items))
    problems.raise_if_any()


def _other_schema_problems(data: dict[str, Any], ours: list[SpecError]) -> list[SpecError]:
    """openapi-spec-validator's problems of a document we refuse anyway, minus those we reported.

    A complaint at, above or below the place of one of ours is the same problem seen from
    elsewhere (an unknown type makes its whole 3.0 schema invalid).
    """
    places = [p.pointer for p in ours if p.pointer not in ("", "/")]
    # The validator stops at the first reference it cannot follow: it gets a copy without ours.
    clean = copy.deepcopy(data)
    for place in places:
        parts = parts_of(place)
        try:
            parent = resolve_pointer(clean, pointer_of(parts[:-1]))
        except KeyError:
            continue
        if isinstance(parent, dict) and parts and parts[-1] in parent and (parts[-1] == "$ref" or "mapping" in parts):
            del parent[parts[-1]]
    try:
        found = schema_errors(clean)
    except Exception:  # a document this broken may still break the validator: ours are reported
        return []

    def same(pointer: str) -> bool:
        return any(same_node(pointer, p) for p in places)

    stopped = "invalid OpenAPI document: openapi-spec-validator stopped"  # on one of ours
    duplicate_ids = any(p.kind == "duplicate operationId" for p in ours)

    def reported(problem: SpecError) -> bool:
        if same(problem.pointer) or problem.message.startswith(stopped):
            return True
        return duplicate_ids and problem.message.startswith("invalid OpenAPI document: Operation ID")

    return [p for p in schema_problems(found) if not reported(p)]


# -- openapi-spec-validator ---------------------------------------------------------------------


def schema_errors(data: dict[str, Any], *, cache: bool = False) -> tuple[list[tuple[str, str]], int]:
    """openapi-spec-validator's complaints as (message, pointer), the first ones, and how many.

    Slow, so run in parallel. With jsonschema-rs installed (it is pinned) openapi-spec-validator
    checks the document against the OpenAPI schema in Rust, in half the time of its pure-Python
    backend.

    ``cache``: the Schema Objects found valid against their meta-schema are remembered (see
    :class:`_MetaValid`), so that a document edited in one schema meta-checks only that one.
    """
    with deep_recursion():
        return _schema_errors(data, cache)


def _schema_errors(data: dict[str, Any], cache: bool = False) -> tuple[list[tuple[str, str]], int]:
    from jsonschema_path import SchemaPath
    from openapi_spec_validator.shortcuts import get_validator_cls

    validator = get_validator_cls(data)(SchemaPath.from_dict(data))
    meta = _MetaValid(data, validator, enabled=cache)
    _locate_schema_errors(validator, meta)
    try:
        return _collect_schema_errors(data, validator)
    finally:
        meta.save()


def _collect_schema_errors(data: dict[str, Any], validator: Any) -> tuple[list[tuple[str, str]], int]:
    out: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    total = 0
    try:
        for error in validator.iter_errors():
            path = _through_refs(data, [str(p) for p in getattr(error, "absolute_path", [])])
            path = _at_the_default(data, path, error)
            message = _shorten(str(getattr(error, "message", error)).splitlines()[0])
            entry = (message, pointer_of(path) if path else "")
            if entry in seen:
                continue
            seen.add(entry)
            total += 1
            if len(out) < MAX_SCHEMA_ERRORS:
                out.append(entry)
    except Exception as exc:  # it assumes what it has not checked yet: a malformed document
        out.append((_shorten(f"openapi-spec-validator stopped on this document: {type(exc).__name__}: {exc}"), ""))
        total += 1
    return out, total


def _at_the_default(data: dict[str, Any], path: list[str], error: Any) -> list[str]:
    """A schema's ``default`` outside its ``enum`` is reported at the schema; point at ``default``."""
    if getattr(error, "validator", None) != "enum":
        return path
    try:
        node: Any = resolve_pointer(data, pointer_of(path))
    except KeyError:
        return path
    if isinstance(node, dict) and "default" in node and node.get("default") == getattr(error, "instance", object()):
        return [*path, "default"]
    return path


def _shorten(message: str, limit: int = 300) -> str:
    """A validator message fits on a screen: it may quote a whole schema."""
    return message if len(message) <= limit else message[: limit - 30] + " ... " + message[-25:]


def _through_refs(data: Any, path: list[str]) -> list[str]:
    """``path`` as it lies in the document: a step into a ``$ref`` continues at its target.

    The validator walks references, so the path of an error inside a referenced schema runs
    through the ``$ref`` (``.../schema/properties/id``); the editor needs the target's own
    location (``/components/schemas/Thing/properties/id``).
    """
    node, out = data, []
    for part in path:
        hops = 0
        while isinstance(node, dict) and part not in node and isinstance(node.get("$ref"), str) and hops < 64:
            ref, hops = node["$ref"], hops + 1
            try:
                node, out = resolve_pointer(data, ref), parts_of(ref)
            except KeyError:
                return path
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return path  # not in the document: report what the validator said
        out.append(part)
    return out


class _MetaValid:
    """The Schema Objects found valid against their meta-schema, by the hash of their content.

    openapi-spec-validator checks every Schema Object against its dialect's meta-schema (most of
    a validation's time). That verdict is a function of the schema's content, the validator's
    class (the OpenAPI version), the document's default dialect and the library versions: the
    schemas found valid are stored under the hash of those, one entry per such context holding
    the last document's, and a schema found there is not meta-checked again. Only the valid
    verdict is remembered: a schema with a problem is checked, and its problem reported, every time.
    """

    def __init__(self, data: dict[str, Any], validator: Any, *, enabled: bool) -> None:
        from generator.cache import Cache, key
        from generator.fingerprint import version

        self._store = Cache("meta-valid", enabled=enabled)
        self.known: set[str] = set()
        self.found: set[str] = set()
        self.digest = ""
        if self._store.folder is None:
            return
        try:
            context = json.dumps([data.get("openapi"), data.get("jsonSchemaDialect")])
        except (TypeError, ValueError):
            self._store.folder = None
            return
        libraries = ("openapi-spec-validator", "openapi-schema-validator", "jsonschema", "jsonschema-rs")
        try:
            keyword = validator.keyword_validators_registry["schema"]
        except (AttributeError, KeyError):  # then nothing is remembered (see _locate_schema_errors)
            self._store.folder = None
            return
        kind = f"{type(keyword).__module__}.{type(keyword).__qualname__}"
        self.digest = key("meta-valid-1", *(f"{name}=={version(name)}" for name in libraries), kind, context)
        self.known = set((self._store.get(self.digest) or "").split())

    def of(self, schema_value: Any) -> str | None:
        """The key of ``schema_value``, or None when it is not remembered (not JSON data)."""
        if self._store.folder is None:
            return None
        from generator.cache import key

        try:
            return key(json.dumps(schema_value, ensure_ascii=False, allow_nan=True))
        except (TypeError, ValueError, RecursionError):
            return None

    def save(self) -> None:
        if self.found and self.found != self.known:
            self._store.put(self.digest, "\n".join(sorted(self.found)))


def _locate_schema_errors(validator: Any, meta: _MetaValid | None = None) -> None:
    """Make the paths of errors found inside a Schema Object start at the document's root.

    openapi-spec-validator checks every Schema Object on its own and reports paths relative to
    it (``/properties/id/type``), which point nowhere in the document. Its schema keyword
    validator is given a subclass that prefixes each such error with the schema's location.
    This reaches into the validator's registry (pinned version, covered by test_cli); if that
    ever changes shape, errors are reported as the library gives them.
    """
    from jsonschema_path import SchemaPath

    try:
        keyword = validator.keyword_validators_registry["schema"]
    except (AttributeError, KeyError):
        return
    base = type(keyword)

    class LocatedSchemaValidator(base):  # type: ignore[misc, valid-type]
        def __call__(self, schema: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
            for error in super().__call__(schema, *args, **kwargs):
                # The innermost schema sees an error first; the enclosing ones leave it alone.
                if isinstance(schema, SchemaPath) and not getattr(error, "_located", False):
                    error.path.extendleft(reversed(schema.parts))
                    error._located = True
                yield error

        def _validate_schema_meta(self, schema: Any, schema_value: Any) -> Any:
            digest = meta.of(schema_value) if meta is not None else None
            if digest is not None and digest in meta.known:  # type: ignore[union-attr]
                meta.found.add(digest)  # type: ignore[union-attr]
                return None
            error = super()._validate_schema_meta(schema, schema_value)
            if error is None and digest is not None:
                meta.found.add(digest)  # type: ignore[union-attr]
            return error

    keyword.__class__ = LocatedSchemaValidator


def schema_problems(found: tuple[list[tuple[str, str]], int]) -> list[SpecError]:
    """openapi-spec-validator's complaints as problems; one more stands for those not kept."""
    errors, total = found
    kind = "invalid OpenAPI document"
    out = [SpecError(f"{kind}: {message}", pointer, kind=kind) for message, pointer in errors]
    if total > len(errors):
        out.append(
            SpecError(
                f"... and {total - len(errors)} more complaints of the validator", kind="invalid OpenAPI document"
            )
        )
    return out


def raise_schema_errors(found: tuple[list[tuple[str, str]], int]) -> None:
    problems = Problems()
    problems.extend(schema_problems(found))
    problems.raise_if_any()


# -- the version gate ------------------------------------------------------------------------------


def _check_version(data: dict[str, Any]) -> None:
    if "swagger" in data:
        raise SpecError(
            f"Swagger {data['swagger']} documents are not supported: this generator reads OpenAPI 3.0 and 3.1",
            "/swagger",
            hint="convert the document to OpenAPI 3 first (for example with swagger2openapi)",
        )
    version = data.get("openapi")
    if version is None:
        raise SpecError("not an OpenAPI document: the top-level 'openapi' field is missing", "/")
    if not isinstance(version, str) or not version.startswith(("3.0", "3.1")):
        raise SpecError(f"unsupported OpenAPI version {version!r}: expected 3.0.x or 3.1.x", "/openapi")


# -- walking the document --------------------------------------------------------------------------


def _walk(node: Any, where: tuple[str, ...] = ()) -> Iterator[tuple[dict[str, Any], tuple[str, ...]]]:
    """Yield every mapping of the document with its path, skipping example payloads.

    A mapping shared by YAML aliases is yielded once.
    """
    stack: list[tuple[Any, tuple[str, ...]]] = [(node, where)]
    seen: set[int] = set()
    while stack:
        item, path = stack.pop()
        if isinstance(item, (dict, list)):
            if id(item) in seen:
                continue
            seen.add(id(item))
        if isinstance(item, dict):
            yield item, path
            stack.extend(
                (v, (*path, k)) for k, v in item.items() if k not in _SKIP_KEYS and isinstance(v, (dict, list))
            )
        elif isinstance(item, list):
            stack.extend((v, (*path, str(i))) for i, v in enumerate(item) if isinstance(v, (dict, list)))


def iter_schemas(data: dict[str, Any]) -> Iterator[tuple[dict[str, Any], tuple[str, ...]]]:
    """Yield every Schema Object of the document with its path, each once.

    Schemas are found where OpenAPI puts them (``components/schemas/*``, every ``schema`` field
    of a parameter, header or media type) and below them through the sub-schema keywords. The
    caller may repair a schema when it gets it: its sub-schemas are looked up afterwards.
    """
    seen: set[int] = set()
    stack: list[tuple[Any, tuple[str, ...], bool]] = [(data, (), False)]
    while stack:
        node, path, is_schema = stack.pop()
        if isinstance(node, list):
            stack.extend((v, (*path, str(i)), is_schema) for i, v in enumerate(node) if isinstance(v, (dict, list)))
            continue
        if not isinstance(node, dict) or id(node) in seen:
            continue
        seen.add(id(node))
        if not is_schema:
            for key, value in node.items():
                if key in ("example", "examples") or key.startswith("x-"):
                    continue
                if key == "schema" and isinstance(value, dict):
                    stack.append((value, (*path, key), True))
                elif key == "schemas" and path == ("components",) and isinstance(value, dict):
                    stack.extend((v, (*path, key, k), True) for k, v in value.items())
                elif isinstance(value, (dict, list)):
                    stack.append((value, (*path, key), False))
            continue
        yield node, path
        for key, value in node.items():
            here = (*path, key)
            if key in _SCHEMA_MAPS and isinstance(value, dict):
                stack.extend((v, (*here, k), True) for k, v in value.items())
            elif key in _SCHEMA_LISTS and isinstance(value, list):
                stack.extend((v, (*here, str(i)), True) for i, v in enumerate(value))
            elif key in _SUB_SCHEMA and isinstance(value, (dict, list)):
                stack.append((value, here, True))


def _operations(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], str, dict[str, Any]]]:
    """(path, path item, method, operation) of every operation under ``paths``."""
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return
    for path, raw in paths.items():
        item = _deref(data, raw)
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield str(path), item, method, op


def _deref(data: Any, node: Any) -> Any:
    """``node``, or what its ``$ref`` chain leads to (``node`` itself if the chain is broken)."""
    hops = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and hops < 64:
        try:
            node = resolve_pointer(data, node["$ref"])
        except KeyError:
            return node
        hops += 1
    return node


# -- repairs of the document -------------------------------------------------------------------------


def _repair_document(data: dict[str, Any], warnings: Warnings, v31: bool) -> None:
    """Repairs outside Schema Objects; each leaves a located warning."""
    if not v31 and "paths" not in data:
        data["paths"] = {}
        warnings.add("an OpenAPI 3.0 document needs 'paths'; read as 'paths: {}'", "/", "missing-paths")
    components = data.get("components")
    if not v31 and isinstance(components, dict) and "pathItems" in components:
        _inline_path_items(data, components, warnings)
    for path, item, method, op in list(_operations(data)):
        where = ("paths", path, method)
        if not v31 and "responses" not in op:
            op["responses"] = {"default": {"description": ""}}
            warnings.add(
                "an OpenAPI 3.0 operation needs 'responses'; read as one response without content",
                pointer_of(where),
                "missing-responses",
            )
        if "title" in op:
            title = op.pop("title")
            if not op.get("summary") and isinstance(title, str):
                op["summary"] = title
                assumed = "read as its 'summary'"
            else:
                assumed = "ignored"
            warnings.add(
                f"an Operation has no 'title' field; {assumed}", pointer_of((*where, "title")), "operation-title"
            )
        _repair_path_parameters(data, path, item, method, op, warnings)


def _inline_path_items(data: dict[str, Any], components: dict[str, Any], warnings: Warnings) -> None:
    """3.1's ``components/pathItems`` in a 3.0 document: each use replaced by a copy of its item."""
    items = components.pop("pathItems")
    paths: dict[str, Any] = data["paths"] if isinstance(data.get("paths"), dict) else {}
    for path, raw in list(paths.items()) if isinstance(items, dict) else []:
        ref = raw.get("$ref") if isinstance(raw, dict) else None
        parts = parts_of(ref) if isinstance(ref, str) and ref.startswith("#/components/pathItems/") else []
        if len(parts) == 3 and isinstance(items.get(parts[2]), dict):
            paths[path] = {**items[parts[2]], **{k: v for k, v in raw.items() if k != "$ref"}}
    if any(str(node.get("$ref", "")).startswith("#/components/pathItems/") for node, _ in _walk(data)):
        components["pathItems"] = items  # used where it cannot be inlined: left for the validator to report
        return
    warnings.add(
        "'components/pathItems' is OpenAPI 3.1; in this 3.0 document each $ref to one is read as the item itself",
        "/components/pathItems",
        "path-items-in-3.0",
    )


def _repair_path_parameters(
    data: dict[str, Any], path: str, item: dict[str, Any], method: str, op: dict[str, Any], warnings: Warnings
) -> None:
    """Path parameters are required; a template variable with no parameter becomes a string one."""
    declared: set[str] = set()
    for origin, params in ((("paths", path), item.get("parameters")), (("paths", path, method), op.get("parameters"))):
        if not isinstance(params, list):
            continue
        for i, raw in enumerate(params):
            param = _deref(data, raw)
            if not isinstance(param, dict) or param.get("in") != "path" or not isinstance(param.get("name"), str):
                continue
            declared.add(param["name"])
            if param.get("required") is not True:
                param["required"] = True
                here = (
                    raw["$ref"]
                    if isinstance(raw, dict) and "$ref" in raw
                    else pointer_of((*origin, "parameters", str(i)))
                )
                warnings.add(
                    f"path parameter {param['name']!r} is not marked 'required: true'; path parameters always are",
                    str(here).lstrip("#"),
                    "path-parameter-required",
                )
    for name in _template_variables(path):
        if name in declared:
            continue
        params = op.setdefault("parameters", [])
        if not isinstance(params, list):
            continue
        params.append({"name": name, "in": "path", "required": True, "schema": {"type": "string"}})
        declared.add(name)
        warnings.add(
            f"path template variable {{{name}}} has no parameter; read as a required string path parameter",
            pointer_of(("paths", path, method)),
            "undeclared-path-parameter",
        )


def _template_variables(path: str) -> list[str]:
    out, start = [], path.find("{")
    while start != -1:
        end = path.find("}", start)
        if end == -1:
            break
        out.append(path[start + 1 : end])
        start = path.find("{", end)
    return out


# -- repairs and checks of Schema Objects --------------------------------------------------------------


def _repair_schemas(data: dict[str, Any], warnings: Warnings, problems: Problems, v31: bool) -> None:
    for schema, path in iter_schemas(data):
        where = pointer_of(path)
        if not v31:
            _repair_30_keywords(schema, where, warnings)
        _repair_items(schema, where, warnings, v31)
        _check_type(schema, where, warnings, problems, v31)
        _repair_required(schema, where, warnings)
        _repair_exclusive(schema, where, warnings, v31)
        _repair_default(schema, where, warnings)
        if "$recursiveAnchor" in schema:
            del schema["$recursiveAnchor"]
            warnings.add(
                "'$recursiveAnchor' (JSON Schema 2019-09) is not part of OpenAPI 3.1's dialect; ignored",
                f"{where.rstrip('/')}/$recursiveAnchor",
                "recursive-anchor",
            )


def _child(where: str, key: str) -> str:
    return pointer_of((*parts_of(where), key))


def _repair_30_keywords(schema: dict[str, Any], where: str, warnings: Warnings) -> None:
    if "const" in schema:
        value = schema.pop("const")
        if "enum" not in schema:
            schema["enum"] = [value]
        warnings.add(f"'const' is not OpenAPI 3.0; read as 'enum: [{value!r}]'", _child(where, "const"), "const-in-3.0")
    for key in [k for k in schema if k not in _SCHEMA_30_KEYWORDS and not k.startswith("x-")]:
        near = difflib.get_close_matches(key, _SCHEMA_30_KEYWORDS, n=1, cutoff=0.75)
        if key in _SCHEMA_LISTS or key in _SUB_SCHEMA or key in _SCHEMA_MAPS or key == "const":
            near = []  # a JSON Schema keyword 3.0 lacks, not a typo
        guess = f" (did you mean {near[0]!r}?)" if near else ""
        del schema[key]
        warnings.add(
            f"unknown keyword {key!r} in an OpenAPI 3.0 Schema Object{guess}; ignored",
            _child(where, key),
            "unknown-schema-keyword",
        )


def _repair_items(schema: dict[str, Any], where: str, warnings: Warnings, v31: bool) -> None:
    items = schema.get("items")
    if not isinstance(items, list):
        return
    members = [m for m in items if isinstance(m, (dict, bool))]
    if v31:
        schema["prefixItems"] = members
        del schema["items"]
        assumed = "'prefixItems'"
    else:
        schema["items"] = members[0] if len(members) == 1 else {"anyOf": members} if members else {}
        assumed = "an array whose items are any of the listed schemas"
    warnings.add(f"tuple-form 'items' (a list of schemas); read as {assumed}", _child(where, "items"), "tuple-items")


def _check_type(schema: dict[str, Any], where: str, warnings: Warnings, problems: Problems, v31: bool) -> None:
    kind = schema.get("type")
    if kind is None:
        return
    valid = _TYPES_31 if v31 else _TYPES_30
    if isinstance(kind, list) and not v31:
        rest = [t for t in kind if t != "null"]
        if len(rest) == 1 and len(kind) <= 2:
            schema["type"] = rest[0]
            if "null" in kind:
                schema["nullable"] = True
            assumed = f"'type: {rest[0]}'" + (", 'nullable: true'" if "null" in kind else "")
            warnings.add(
                f"a list of types is OpenAPI 3.1; read as {assumed}", _child(where, "type"), "type-list-in-3.0"
            )
            kind = schema["type"]
    for i, value in enumerate(kind if isinstance(kind, list) else [kind]):
        if isinstance(value, str) and value in valid:
            continue
        here = _child(where, "type") + (f"/{i}" if isinstance(kind, list) else "")
        near = difflib.get_close_matches(str(value), valid, n=1, cutoff=0.6)
        guess = f"; did you mean {near[0]!r}?" if near else ""
        problems.add(
            f"invalid OpenAPI document: unknown type {value!r}{guess}",
            here,
            hint=f"a schema's type is one of {', '.join(valid)}",
            kind="unknown schema type",
        )


def _repair_required(schema: dict[str, Any], where: str, warnings: Warnings) -> None:
    required = schema.get("required")
    if not isinstance(required, list):
        return
    unique = list(dict.fromkeys(r for r in required if isinstance(r, str)))
    if len(unique) != len(required) and all(isinstance(r, str) for r in required):
        twice = sorted({r for r in required if required.count(r) > 1})
        schema["required"] = unique
        warnings.add(
            f"'required' lists {', '.join(map(repr, twice))} more than once; read once",
            _child(where, "required"),
            "duplicate-required",
        )


def _repair_exclusive(schema: dict[str, Any], where: str, warnings: Warnings, v31: bool) -> None:
    for exclusive, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        value = schema.get(exclusive)
        here = _child(where, exclusive)
        if v31 and isinstance(value, bool):
            limit = schema.get(bound)
            del schema[exclusive]
            if value and isinstance(limit, (int, float)) and not isinstance(limit, bool):
                del schema[bound]
                schema[exclusive] = limit
                assumed = f"read as '{exclusive}: {limit}'"
            elif value:
                assumed = f"without a '{bound}' it bounds nothing; ignored"
            else:
                assumed = "ignored"
            warnings.add(
                f"OpenAPI 3.0-style '{exclusive}: {str(value).lower()}' in a 3.1 document; {assumed}",
                here,
                "exclusive-bound-style",
            )
        elif not v31 and isinstance(value, (int, float)) and not isinstance(value, bool):
            limit = schema.get(bound)
            stricter = (
                not isinstance(limit, (int, float))
                or isinstance(limit, bool)
                or (value >= limit if bound == "minimum" else value <= limit)
            )
            if stricter:
                schema[bound], schema[exclusive] = value, True
                assumed = f"read as '{bound}: {value}' and '{exclusive}: true'"
            else:
                del schema[exclusive]
                assumed = f"the '{bound}: {limit}' beside it is stricter; ignored"
            warnings.add(
                f"OpenAPI 3.1-style '{exclusive}: {value}' in a 3.0 document; {assumed}", here, "exclusive-bound-style"
            )


def _allows_null(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    if kind == "null" or (isinstance(kind, list) and "null" in kind) or schema.get("nullable") is True:
        return True
    if isinstance(schema.get("enum"), list) and None in schema["enum"]:
        return True
    if "const" in schema and schema["const"] is None:
        return True
    for key in ("anyOf", "oneOf"):
        for member in schema.get(key) or [] if isinstance(schema.get(key), list) else []:
            if isinstance(member, dict) and (member.get("type") == "null" or member.get("nullable") is True):
                return True
    return False


def _repair_default(schema: dict[str, Any], where: str, warnings: Warnings) -> None:
    if "default" not in schema:
        return
    value = schema["default"]
    here = _child(where, "default")
    if value is None:
        if not _allows_null(schema):
            del schema["default"]
            warnings.add("'default: null' on a schema that does not allow null; ignored", here, "null-default")
        return
    kind = schema.get("type")
    if not isinstance(kind, (str, list)):
        return
    types = kind if isinstance(kind, list) else [kind]
    ok = any(
        isinstance(value, _PY_TYPES[t]) and not (t in ("integer", "number") and isinstance(value, bool))
        for t in types
        if t in _PY_TYPES
    )
    if not ok and all(t in _PY_TYPES for t in types):
        warnings.add(
            f"default {value!r} does not match type {'/'.join(types)}; the default is ignored", here, "bad-default"
        )
        del schema["default"]


# -- references and operationIds ------------------------------------------------------------------------


def resolve_pointer(data: Any, ref: str) -> Any:
    """The node a local ``#/...`` reference points at; ``KeyError`` when it does not exist."""
    node = data
    for part in parts_of(ref):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise KeyError(ref)
    return node


def _did_you_mean(data: Any, ref: str) -> str:
    """``; did you mean '#/...'?`` for the nearest existing name where ``ref`` stops resolving."""
    node, done = data, list[str]()
    for part in parts_of(ref):
        if isinstance(node, dict) and part in node:
            node, done = node[part], [*done, part]
            continue
        if isinstance(node, dict):
            near = difflib.get_close_matches(part, [str(k) for k in node], n=1, cutoff=0.6)
            if not near:
                lowered = {str(k).lower(): str(k) for k in node}
                near = [lowered[part.lower()]] if part.lower() in lowered else []
            if near:
                return f"; did you mean '#{pointer_of((*done, near[0]))}'?"
        return ""
    return ""


def _check_refs(data: dict[str, Any], problems: Problems) -> None:
    for node, path in _walk(data):
        ref = node.get("$ref")
        if isinstance(ref, str):
            where = pointer_of((*path, "$ref"))
            _check_ref(data, ref, where, problems)
        if path and path[-1] == "discriminator" and isinstance(node.get("mapping"), dict):
            for key, target in node["mapping"].items():
                if isinstance(target, str) and target.startswith("#"):
                    _check_ref(data, target, pointer_of((*path, "mapping", key)), problems)


def _check_ref(data: dict[str, Any], ref: str, where: str, problems: Problems) -> None:
    if not ref.startswith("#"):
        problems.add(
            f"external $ref {ref!r} is not supported: bundle the spec into one file",
            where,
            hint="bundle it, for example with `redocly bundle` or `swagger-cli bundle`",
            kind="external $ref",
        )
        return
    try:
        target = resolve_pointer(data, ref)
    except KeyError:
        problems.add(
            f"unresolvable $ref {ref!r}: no such node in this document{_did_you_mean(data, ref)}",
            where,
            kind="unresolvable $ref",
        )
        return
    seen = {ref}
    while isinstance(target, dict) and isinstance(target.get("$ref"), str):
        nxt = target["$ref"]
        if nxt in seen:
            problems.add(
                f"$ref {ref!r} leads to a cycle of references that never reaches a definition",
                where,
                kind="circular $ref",
            )
            return
        seen.add(nxt)
        try:
            target = resolve_pointer(data, nxt)
        except KeyError:
            return  # reported where that $ref is written


_LOCATIONS = ("path", "query", "header", "cookie")


def _check_parameters(data: dict[str, Any], problems: Problems) -> None:
    """Every Parameter Object has a ``name`` and a known ``in``: the IR cannot do without them."""
    places: list[tuple[tuple[str, ...], Any]] = []
    components = data.get("components")
    if isinstance(components, dict) and isinstance(components.get("parameters"), dict):
        places.extend((("components", "parameters", k), v) for k, v in components["parameters"].items())
    for path, item, method, op in _operations(data):
        for origin, params in (
            (("paths", path), item.get("parameters")),
            (("paths", path, method), op.get("parameters")),
        ):
            if isinstance(params, list):
                places.extend(((*origin, "parameters", str(i)), raw) for i, raw in enumerate(params))
    seen: set[int] = set()
    for where, raw in places:
        if isinstance(raw, dict) and "$ref" in raw:
            continue  # checked where it is defined (components/parameters)
        if id(raw) in seen:
            continue
        seen.add(id(raw))
        if not isinstance(raw, dict):
            problems.add("a parameter must be an object", pointer_of(where), kind="invalid parameter")
            continue
        if not isinstance(raw.get("name"), str):
            problems.add("a parameter needs a 'name'", pointer_of(where), kind="invalid parameter")
        location = raw.get("in")
        if location in _LOCATIONS:
            continue
        if location in ("body", "formData"):
            hint = "this is Swagger 2.0: in OpenAPI 3 a body is the operation's requestBody"
        else:
            near = difflib.get_close_matches(str(location), _LOCATIONS, n=1, cutoff=0.6)
            hint = f"did you mean {near[0]!r}?" if near else f"'in' is one of {', '.join(_LOCATIONS)}"
        what = "has no 'in'" if location is None else f"has unknown location 'in: {location}'"
        problems.add(f"parameter {raw.get('name')!r} {what}", pointer_of(where), hint=hint, kind="invalid parameter")


# Keywords whose schemas apply to the instance itself, not to a property or item of it.
_IN_PLACE_LISTS = ("allOf", "anyOf", "oneOf")
_IN_PLACE_ONE = ("not", "if", "then", "else")


def _check_composition_cycles(data: dict[str, Any], problems: Problems) -> None:
    """Refuse a schema that includes itself without descending into a property or an item.

    ``Kind: {allOf: [{type: string}, {$ref: Kind}]}`` never ends: checking a value against it
    means checking the same value against it again (JSON Schema calls this an infinite loop).
    Validators and code generators recurse until the stack runs out.
    """
    edges: dict[str, list[tuple[str, str]]] = {}  # schema pointer → (referenced pointer, where)

    def refs_in_place(start: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        try:
            root = resolve_pointer(data, start)
        except KeyError:
            return out
        stack: list[tuple[Any, tuple[str, ...]]] = [(root, tuple(parts_of(start)))]
        seen: set[int] = set()
        while stack:
            node, path = stack.pop()
            if not isinstance(node, dict) or id(node) in seen:
                continue
            seen.add(id(node))
            if isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
                out.append((node["$ref"], pointer_of((*path, "$ref"))))
            for key in _IN_PLACE_LISTS:
                if isinstance(node.get(key), list):
                    stack.extend((m, (*path, key, str(i))) for i, m in enumerate(node[key]))
            stack.extend((node[key], (*path, key)) for key in _IN_PLACE_ONE if key in node)
        return out

    targets = sorted({str(node["$ref"]) for node, _ in _walk(data) if str(node.get("$ref", "")).startswith("#")})
    for target in targets:
        edges[target] = refs_in_place(target)
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    reported = {p.pointer for p in problems.items}  # a chain of bare $refs is a circular $ref already
    for start in targets:
        if start in state:
            continue
        path: list[tuple[str, int]] = [(start, 0)]
        state[start] = 1
        while path:
            node, index = path[-1]
            out = edges.get(node, [])
            if index == len(out):
                state[node] = 2
                path.pop()
                continue
            path[-1] = (node, index + 1)
            nxt, where = out[index]
            if state.get(nxt) == 1 and where not in reported:
                reported.add(where)
                problems.add(
                    f"schema {nxt.lstrip('#')!r} includes itself through allOf/anyOf/oneOf/not without a property "
                    "or item in between: checking a value against it never ends",
                    where,
                    hint="a recursive schema must recurse through properties, items or additionalProperties",
                    kind="circular schema",
                )
            elif nxt not in state and nxt in edges:
                state[nxt] = 1
                path.append((nxt, 0))


def _check_operation_ids(data: dict[str, Any], problems: Problems) -> None:
    seen: dict[str, str] = {}
    for path, _, method, op in _operations(data):
        if "operationId" not in op:
            continue
        op_id = op["operationId"]
        here = pointer_of(("paths", path, method, "operationId"))
        if str(op_id) in seen:
            problems.add(
                f"duplicate operationId {op_id!r} (first used at {seen[str(op_id)]})",
                here,
                hint="operationIds must be unique: rename one of them",
                kind="duplicate operationId",
            )
        else:
            seen[str(op_id)] = here
