"""Stage 2, validate: is this an OpenAPI 3.0/3.1 document we can generate from?

Three passes, cheapest first:

1. the version gate (Swagger 2.0 and unknown versions are refused with a pointer to the field);
2. repairs of common real-world sloppiness that official validators reject but that has one
   obvious meaning (a ``default`` of the wrong type): fixed in place, each with a located warning;
3. openapi-spec-validator, then our own checks it does not make (unresolvable and external
   ``$ref``s, duplicate ``operationId``s).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.errors import SpecError, Warnings, parts_of, pointer_of
from generator.load import SpecDocument

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


def validate_spec(doc: SpecDocument) -> None:
    """Raise :class:`SpecError` for the first problem; record repairs in ``doc.warnings``."""
    check_spec(doc)
    raise_schema_error(schema_error(doc.data))


def check_spec(doc: SpecDocument) -> None:
    """Our own checks and repairs: fast, and needed before the IR can be built."""
    data = doc.data
    _check_version(data)
    _repair_defaults(data, doc.warnings)
    _check_refs(data)
    _check_operation_ids(data)


def schema_error(data: dict[str, Any]) -> tuple[str, str] | None:
    """openapi-spec-validator's first complaint as (message, pointer); slow, so run in parallel.

    With jsonschema-rs installed (it is pinned) openapi-spec-validator checks the document against
    the OpenAPI schema in Rust, in half the time of its pure-Python backend.
    """
    from jsonschema_path import SchemaPath
    from openapi_spec_validator.shortcuts import get_validator_cls

    validator = get_validator_cls(data)(SchemaPath.from_dict(data))
    _locate_schema_errors(validator)
    for error in validator.iter_errors():
        path = _through_refs(data, [str(p) for p in getattr(error, "absolute_path", [])])
        message = str(getattr(error, "message", error)).splitlines()[0]
        return message, pointer_of(path) if path else ""
    return None


def _through_refs(data: Any, path: list[str]) -> list[str]:
    """``path`` as it lies in the document: a step into a ``$ref`` continues at its target.

    The validator walks references, so the path of an error inside a referenced schema runs
    through the ``$ref`` (``.../schema/properties/id``); the editor needs the target's own
    location (``/components/schemas/Thing/properties/id``).
    """
    node, out = data, []
    for part in path:
        while isinstance(node, dict) and part not in node and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
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


def _locate_schema_errors(validator: Any) -> None:
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

    keyword.__class__ = LocatedSchemaValidator


def raise_schema_error(error: tuple[str, str] | None) -> None:
    if error is not None:
        raise SpecError(f"invalid OpenAPI document: {error[0]}", error[1])


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


def _walk(node: Any, where: tuple[str, ...] = ()) -> Iterator[tuple[dict[str, Any], tuple[str, ...]]]:
    """Yield every mapping of the document with its path, skipping example payloads."""
    stack: list[tuple[Any, tuple[str, ...]]] = [(node, where)]
    while stack:
        item, path = stack.pop()
        if isinstance(item, dict):
            yield item, path
            stack.extend(
                (v, (*path, k)) for k, v in item.items() if k not in _SKIP_KEYS and isinstance(v, (dict, list))
            )
        elif isinstance(item, list):
            stack.extend((v, (*path, str(i))) for i, v in enumerate(item) if isinstance(v, (dict, list)))


def _repair_defaults(data: dict[str, Any], warnings: Warnings) -> None:
    for node, path in _walk(data):
        if "default" not in node or not isinstance(node.get("type"), (str, list)):
            continue
        types = node["type"] if isinstance(node["type"], list) else [node["type"]]
        if "properties" in node and path and path[-1] == "properties":
            continue  # a property literally named "default"
        value = node["default"]
        if value is None and ("null" in types or node.get("nullable") is True):
            continue
        ok = any(
            isinstance(value, _PY_TYPES[t]) and not (t in ("integer", "number") and isinstance(value, bool))
            for t in types
            if t in _PY_TYPES
        )
        if not ok and all(t in _PY_TYPES for t in types):
            warnings.add(
                f"default {value!r} does not match type {'/'.join(types)}; the default is ignored",
                pointer_of((*path, "default")),
                "bad-default",
            )
            del node["default"]


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


def _check_refs(data: dict[str, Any]) -> None:
    for node, path in _walk(data):
        ref = node.get("$ref")
        if not isinstance(ref, str):
            continue
        where = pointer_of((*path, "$ref"))
        if not ref.startswith("#"):
            raise SpecError(
                f"external $ref {ref!r} is not supported: bundle the spec into one file",
                where,
            )
        try:
            resolve_pointer(data, ref)
        except KeyError:
            raise SpecError(f"unresolvable $ref {ref!r}: no such node in this document", where) from None


def _check_operation_ids(data: dict[str, Any]) -> None:
    seen: dict[str, str] = {}
    for path, item in (data.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            op_id = op["operationId"]
            here = pointer_of(("paths", path, method, "operationId"))
            if op_id in seen:
                raise SpecError(
                    f"duplicate operationId {op_id!r} (first used at {seen[op_id]})",
                    here,
                    hint="operationIds must be unique: rename one of them",
                )
            seen[op_id] = here
