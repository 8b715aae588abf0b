"""The spec doctor: problems a validator does not report, each with a rule, a place and a fix.

``python -m generator lint --spec PATH`` runs it. A finding is an ``error`` when generation
would produce a worse client because of it (a typo in one of our extensions, a missing
``operationId``), a ``warning`` when it is a likely mistake or a risk worth knowing.
"""

from __future__ import annotations

import contextlib
import difflib
import re
from collections.abc import Iterator
from typing import Any

from generator.errors import pointer_of
from generator.load import SpecDocument
from generator.rules import RULES, Finding, suppressed
from generator.validate import HTTP_METHODS, resolve_pointer

KNOWN_EXTENSIONS = frozenset(
    {
        "x-client-name",
        "x-environment",
        "x-method-name",
        "x-idempotent",
        "x-pagination",
        "x-note",
        "x-status-envelope",
        "x-error-body",
        "x-outcome-check",
        "x-lint-ignore",
    }
)
_ID_LIKE = re.compile(r"(^|_)(id|ids|count|qty|quantity|page|page_number|per_page|pixels?|px)$|_id$|_count$", re.I)
_VALUE_SET = re.compile(r"\b(one of|allowed values|possible values|valid values|either)\b", re.I)
_PROSE_LIMIT = re.compile(r"\b(up to|at most|max(imum)?( of)?|no more than|limit(ed)? to)\s+(\d+)\b", re.I)


def _operations(data: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in (data.get("paths") or {}).items():
        if isinstance(item, dict):
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    yield path, method, item[method]


def _deref(data: dict[str, Any], node: Any) -> Any:
    seen = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        seen.add(node["$ref"])
        try:
            node = resolve_pointer(data, node["$ref"])
        except KeyError:
            return {}
    return node


def _walk(node: Any, where: tuple[str, ...]) -> Iterator[tuple[Any, tuple[str, ...]]]:
    stack = [(node, where)]
    while stack:
        item, path = stack.pop()
        yield item, path
        if isinstance(item, dict):
            stack.extend((v, (*path, str(k))) for k, v in item.items() if k not in ("example", "examples"))
        elif isinstance(item, list):
            stack.extend((v, (*path, str(i))) for i, v in enumerate(item))


class Doctor:
    def __init__(self, doc: SpecDocument) -> None:
        self.doc = doc
        self.data = doc.data
        self.findings: list[Finding] = []

    def add(self, rule: str, severity: str, parts: tuple[str, ...], message: str, fix: str) -> None:
        assert RULES[rule].severity == severity, rule  # one list of rules: generator/rules.py
        pointer = pointer_of(parts)
        if suppressed(self.data, rule, pointer):
            return
        self.findings.append(Finding(rule, severity, pointer, message, fix, self.doc.line_of(pointer)))

    def run(self) -> list[Finding]:
        self.operations()
        self.schemas()
        self.extensions()
        self.unused_components()
        return sorted(self.findings, key=lambda f: (f.line or 0, f.rule))

    # -- operations -----------------------------------------------------------------------
    def operations(self) -> None:
        envelope = (self.data.get("info") or {}).get("x-status-envelope")
        for path, method, op in _operations(self.data):
            here = ("paths", path, method)
            if not op.get("operationId"):
                self.add(
                    "operation-id",
                    "error",
                    here,
                    f"{method.upper()} {path} has no operationId",
                    "add a unique operationId: it names the method and links docs to code",
                )
            if not op.get("summary"):
                self.add(
                    "summary",
                    "warning",
                    here,
                    f"{op.get('operationId', path)} has no summary",
                    "add a one-line summary: it becomes the method's docstring",
                )
            if not op.get("tags"):
                self.add(
                    "tag",
                    "warning",
                    here,
                    f"{op.get('operationId', path)} has no tag",
                    "add a tag: tags group methods into client resources",
                )
            if "requestBody" in op and method in ("get", "delete", "head"):
                severity = "warning"
                risk = (
                    "many HTTP clients, proxies and caches drop or reject a GET body"
                    if method == "get"
                    else "some proxies and servers drop a DELETE body"
                )
                self.add(
                    "body-on-" + method,
                    severity,
                    (*here, "requestBody"),
                    f"{method.upper()} {path} has a request body: {risk}",
                    "keep it only if the API requires it, and say so in an x-note",
                )
            self.inline_schemas(op, here)
            if envelope is not None:
                self.envelope(op, here, envelope)

    def inline_schemas(self, op: dict[str, Any], here: tuple[str, ...]) -> None:
        places: list[tuple[Any, tuple[str, ...]]] = []
        body = op.get("requestBody")
        if isinstance(body, dict):
            for media, content in (body.get("content") or {}).items():
                places.append(((content or {}).get("schema"), (*here, "requestBody", "content", media, "schema")))
        for status, response in (op.get("responses") or {}).items():
            if isinstance(response, dict):
                for media, content in (response.get("content") or {}).items():
                    places.append(
                        ((content or {}).get("schema"), (*here, "responses", str(status), "content", media, "schema"))
                    )
        for schema, where in places:
            if isinstance(schema, dict) and "$ref" not in schema and isinstance(schema.get("properties"), dict):
                self.add(
                    "inline-schema",
                    "warning",
                    where,
                    "an inline object schema",
                    "move it to components/schemas and $ref it: named models are reusable and stable",
                )

    def envelope(self, op: dict[str, Any], here: tuple[str, ...], envelope: Any) -> None:
        field = envelope.get("field") if isinstance(envelope, dict) else None
        for status, response in (op.get("responses") or {}).items():
            if not str(status).startswith("2"):
                continue
            content = (_deref(self.data, response) or {}).get("content") or {}
            for media, body in content.items():
                schema = _deref(self.data, (body or {}).get("schema"))
                props = schema.get("properties") if isinstance(schema, dict) else None
                if not isinstance(props, dict) or field not in props:
                    self.add(
                        "envelope",
                        "error",
                        (*here, "responses", str(status), "content", media),
                        f"the {status} response lacks the status envelope field {field!r}",
                        f"add `{field}` (the envelope declared in info.x-status-envelope) to the response schema",
                    )

    # -- schemas --------------------------------------------------------------------------
    def schemas(self) -> None:
        for node, where in _walk(self.data, ()):
            if not isinstance(node, dict) or not isinstance(node.get("properties"), dict):
                continue
            for name, prop in node["properties"].items():
                if not isinstance(prop, dict):
                    continue
                at = (*where, "properties", str(name))
                if prop.get("type") == "number" and _ID_LIKE.search(str(name)):
                    self.add(
                        "number-id",
                        "warning",
                        at,
                        f"{name!r} looks like an id, count or page but is typed number",
                        "type it integer (number accepts 2.5, which no id or count can be)",
                    )
                text = str(prop.get("description") or "")
                if _VALUE_SET.search(text) and "enum" not in prop and "const" not in prop and "$ref" not in prop:
                    self.add(
                        "enum-values",
                        "warning",
                        at,
                        f"{name!r} describes a value set in prose but has no enum",
                        "list the values in `enum` (the client tolerates new server values)",
                    )
                limit = _PROSE_LIMIT.search(text)
                keys = {"maxItems", "maxLength", "maximum", "exclusiveMaximum"}
                if limit and not keys & set(prop) and not keys & set(_deref(self.data, prop) or {}):
                    self.add(
                        "prose-limit",
                        "warning",
                        at,
                        f"{name!r} states a limit ({limit.group(0)!r}) only in prose",
                        "add maxItems / maxLength / maximum so the client checks it before sending",
                    )

    def extensions(self) -> None:
        for node, where in _walk(self.data, ()):
            if not isinstance(node, dict):
                continue
            for key in node:
                if not isinstance(key, str) or not key.startswith("x-") or key in KNOWN_EXTENSIONS:
                    continue
                close = difflib.get_close_matches(key, KNOWN_EXTENSIONS, n=1, cutoff=0.75)
                if close:
                    self.add(
                        "unknown-extension",
                        "error",
                        (*where, key),
                        f"unknown extension {key!r}",
                        f"did you mean {close[0]!r}? the generator ignores {key!r}",
                    )

    def unused_components(self) -> None:
        schemas = (self.data.get("components") or {}).get("schemas") or {}
        # Reachability from the paths (not mere mention): a schema used only by unused ones is unused.
        reachable = _reachable(self.data, schemas)
        for name in schemas:
            if f"#/components/schemas/{name}" not in reachable:
                self.add(
                    "unused-component",
                    "warning",
                    ("components", "schemas", str(name)),
                    f"schema {name!r} is not used by any operation",
                    "remove it, or reference it where it is returned or accepted",
                )


def _reachable(data: dict[str, Any], schemas: dict[str, Any]) -> set[str]:
    roots = {k: v for k, v in data.items() if k != "components"}
    components = {k: v for k, v in (data.get("components") or {}).items() if k != "schemas"}
    todo = [roots, components]
    seen: set[str] = set()
    while todo:
        for node, _ in _walk(todo.pop(), ()):
            refs = []
            if isinstance(node, dict) and isinstance(node.get("$ref"), str):
                refs.append(node["$ref"])
            if isinstance(node, dict) and isinstance(node.get("mapping"), dict):
                refs.extend(v for v in node["mapping"].values() if isinstance(v, str))
            for ref in refs:
                if ref not in seen:
                    seen.add(ref)
                    with contextlib.suppress(KeyError):
                        todo.append(resolve_pointer(data, ref))
    return seen


def diagnose(doc: SpecDocument) -> list[Finding]:
    """All findings for a loaded (not necessarily valid) spec, in file order."""
    return Doctor(doc).run()
