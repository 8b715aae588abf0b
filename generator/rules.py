"""The lint rules: one list, with ids and severities, shared by ``generate`` and ``lint``.

Two families:

* **likely mistakes** (:data:`MISTAKES`), checked by every generation right after validation:
  a ``required`` name that is not a property, an unknown Schema Object keyword (a property
  indented too little), an operation tag that the top-level ``tags`` does not declare, two
  operations of one resource with one method name, an ``example`` that breaks its schema. With
  ``--strict`` (the project's own spec: ``make generate``, ``make check``, ``make lint-spec``)
  they are errors, reported together before anything is written; without it they are located
  warnings and generation goes on (someone else's spec);
* the spec doctor's rules (:mod:`generator.doctor`), run by ``lint`` only.

Any finding is silenced by ``x-lint-ignore: [rule-id, ...]`` on the node it points at or on any
node above it (an operation, a schema): a deliberate choice, written down where it is made.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator import naming
from generator.errors import Problems, SpecError, Warnings, parts_of, pointer_of
from generator.load import SpecDocument
from generator.validate import _operations, _walk, iter_schemas, resolve_pointer

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str  # in strict mode (likely mistakes) or always (doctor rules)
    summary: str
    mistake: bool = False  # a likely mistake: checked by generate too; a warning when not strict


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        # likely mistakes: errors with --strict, warnings without
        Rule("required-undeclared", ERROR, "`required` names a property that `properties` lacks", True),
        Rule("unknown-schema-keyword", ERROR, "a Schema Object keyword OpenAPI does not define", True),
        Rule("undeclared-tag", ERROR, "an operation tag the top-level `tags` does not declare", True),
        Rule("method-name-clash", ERROR, "two operations of one resource get one method name", True),
        Rule("invalid-example", ERROR, "an `example`/`examples` value its schema refuses", True),
        # the spec doctor
        Rule("operation-id", ERROR, "an operation without operationId"),
        Rule("summary", WARNING, "an operation without summary"),
        Rule("tag", WARNING, "an operation without tag"),
        Rule("body-on-get", WARNING, "a GET with a request body"),
        Rule("body-on-delete", WARNING, "a DELETE with a request body"),
        Rule("body-on-head", WARNING, "a HEAD with a request body"),
        Rule("inline-schema", WARNING, "an inline object schema in a request or response"),
        Rule("envelope", ERROR, "a 2xx response without the x-status-envelope field"),
        Rule("number-id", WARNING, "an id, count or page typed number"),
        Rule("enum-values", WARNING, "a value set described in prose, without enum"),
        Rule("prose-limit", WARNING, "a limit stated only in prose"),
        Rule("unknown-extension", ERROR, "an x- extension close to one the generator reads"),
        Rule("unused-component", WARNING, "a schema no operation uses"),
    )
}
MISTAKES = tuple(rule.id for rule in RULES.values() if rule.mistake)

# Every keyword of a Schema Object: JSON Schema 2020-12 (OpenAPI 3.1), OpenAPI's own, and the
# older drafts' spellings OpenAPI 3.0 documents use.
SCHEMA_KEYWORDS = frozenset(
    {
        "$schema", "$id", "$anchor", "$dynamicAnchor", "$dynamicRef", "$ref", "$defs", "$comment",
        "$vocabulary", "$recursiveRef", "$recursiveAnchor", "definitions",
        "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas", "dependencies",
        "prefixItems", "items", "additionalItems", "contains", "properties", "patternProperties",
        "additionalProperties", "propertyNames", "unevaluatedItems", "unevaluatedProperties",
        "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum",
        "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems",
        "maxContains", "minContains", "maxProperties", "minProperties", "required", "dependentRequired",
        "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples", "example",
        "format", "contentEncoding", "contentMediaType", "contentSchema",
        "discriminator", "xml", "externalDocs", "nullable",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str  # "error" | "warning"
    pointer: str
    message: str
    fix: str
    line: int | None = None

    def render(self, path: str, frame: str = "") -> str:
        where = f"{path}:{self.line}" if self.line else path
        text = f"{where}: {self.severity}[{self.rule}] #{self.pointer}: {self.message}"
        return text + (f"\n{frame}" if frame else "") + f"\n    fix: {self.fix}"


def suppressed(data: Any, rule: str, pointer: str) -> bool:
    """True when ``x-lint-ignore`` on the node at ``pointer``, or on one above it, lists ``rule``."""
    node = data
    for part in [None, *parts_of(pointer)]:
        if part is not None:
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return False
        ignored = node.get("x-lint-ignore") if isinstance(node, dict) else None
        if isinstance(ignored, str):
            ignored = [ignored]
        if isinstance(ignored, list) and rule in ignored:
            return True
    return False


def code_frame(doc: SpecDocument, line: int | None, token: str = "") -> str:
    """The line of the spec at ``line`` with a caret under ``token`` (or under its first text)."""
    lines = doc.text.splitlines()
    if not line or line > len(lines):
        return ""
    text = lines[line - 1]
    found = re.search(rf"(?<![\w-]){re.escape(token)}(?![\w-])", text) if token else None
    start = found.start() if found else len(text) - len(text.lstrip())
    width = max(1, len(token) if found else len(text.strip()))
    gutter = f"{line:>6} | "
    return f"{gutter}{text}\n{' ' * (len(gutter) - 2)}| {' ' * start}{'^' * min(width, 80)}"


def _did_you_mean(word: str, choices: Any) -> str:
    close = difflib.get_close_matches(word, [str(c) for c in choices], n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else ""


@dataclass(frozen=True)
class _Hit:
    rule: str
    pointer: str
    token: str
    message: str
    fix: str


def _required_undeclared(data: dict[str, Any]) -> Iterator[_Hit]:
    for schema, where in iter_schemas(data):
        props, required = schema.get("properties"), schema.get("required")
        if not isinstance(props, dict) or not isinstance(required, list):
            continue
        if any(k in schema for k in ("allOf", "anyOf", "oneOf", "$ref", "patternProperties")):
            continue  # the name may be a property of a composed part
        for index, name in enumerate(required):
            if isinstance(name, str) and name not in props:
                guess = _did_you_mean(name, props)
                yield _Hit(
                    "required-undeclared",
                    pointer_of((*where, "required", str(index))),
                    name,
                    f"`required` names {name!r}, which is not in `properties`" + (f"; {guess}" if guess else ""),
                    "fix the name in `required`, or declare the property",
                )


def _unknown_schema_keywords(data: dict[str, Any]) -> Iterator[_Hit]:
    for schema, where in iter_schemas(data):
        props = schema.get("properties")
        for key in schema:
            if not isinstance(key, str) or key.startswith("x-") or key in SCHEMA_KEYWORDS:
                continue
            guess = _did_you_mean(key, SCHEMA_KEYWORDS)
            if not guess and isinstance(props, dict) and isinstance(schema[key], dict):
                guess = "did you mean it as a property? it is indented beside `properties`, not under it"
            yield _Hit(
                "unknown-schema-keyword",
                pointer_of((*where, key)),
                key,
                f"unknown Schema Object keyword {key!r}: it is ignored" + (f"; {guess}" if guess else ""),
                "fix the keyword, or indent the property under `properties`; x- for an extension",
            )


def _undeclared_tags(data: dict[str, Any]) -> Iterator[_Hit]:
    declared = data.get("tags")
    if not isinstance(declared, list):
        return  # a spec that declares no tags at all is not checked
    names = [str(t.get("name")) for t in declared if isinstance(t, dict)]
    for path, _, method, op in _operations(data):
        for index, tag in enumerate(op.get("tags") or []):
            if str(tag) not in names:
                guess = _did_you_mean(str(tag), names)
                yield _Hit(
                    "undeclared-tag",
                    pointer_of(("paths", path, method, "tags", str(index))),
                    str(tag),
                    f"tag {tag!r} is not declared in the top-level `tags` (it would make a new resource)"
                    + (f"; {guess}" if guess else ""),
                    "use a declared tag, or declare this one in the top-level `tags`",
                )


def _method_name_clashes(data: dict[str, Any]) -> Iterator[_Hit]:
    first: dict[tuple[str, str], str] = {}
    for path, _, method, op in _operations(data):
        tag = str((op.get("tags") or ["default"])[0])
        explicit = "x-method-name" in op
        wanted = op.get("x-method-name") if explicit else op.get("operationId")
        if not wanted:
            continue
        name = naming.method_name(str(wanted))
        here = ("paths", path, method, "x-method-name" if explicit else "operationId")
        if (tag, name) in first:
            yield _Hit(
                "method-name-clash",
                pointer_of(here),
                str(wanted),
                f"method name {name!r} is already taken in resource {tag!r} by {first[(tag, name)]}; "
                f"this one would silently become {name + '_2'!r}",
                "give one of them another x-method-name",
            )
        else:
            first[(tag, name)] = f"{method.upper()} {path}"


def _invalid_examples(data: dict[str, Any], cache: bool = False) -> Iterator[_Hit]:
    if not str(data.get("openapi", "")).startswith("3.1"):
        return  # a 3.0 schema is not JSON Schema (nullable, ...): its examples are not checked
    verdicts = _Verdicts(data, enabled=cache)
    validate: Any = None

    def check(schema_at: tuple[str, ...], value: Any, at: tuple[str, ...]) -> Iterator[_Hit]:
        nonlocal validate
        digest = verdicts.of(schema_at, value)
        found = verdicts.known.get(digest) if digest is not None else None
        if found is None:
            if validate is None:
                validate = _example_validator(data)
            found = validate(schema_at, value)
            if digest is not None:
                verdicts.found[digest] = found
        elif digest is not None:
            verdicts.found[digest] = found
        if found:
            inside, message = found
            yield _Hit(
                "invalid-example",
                pointer_of(at),
                at[-1] if not at[-1].isdigit() else at[-2],
                f"the example{inside and ' at ' + inside} does not match its schema: {message}",
                "fix the example, or the schema if the example is what the API really does",
            )

    for schema, where in iter_schemas(data):
        if "example" in schema:
            yield from check(where, schema["example"], (*where, "example"))
        if isinstance(schema.get("examples"), list):
            for i, value in enumerate(schema["examples"]):
                yield from check(where, value, (*where, "examples", str(i)))
    for node, where in _walk(data):
        if not isinstance(node.get("schema"), dict) or "properties" in node or "type" in node:
            continue  # a media type, parameter or header (not a schema that has a property `schema`)
        if "example" in node:
            yield from check((*where, "schema"), node["example"], (*where, "example"))
        examples = node.get("examples")
        if isinstance(examples, dict):
            for name, example in examples.items():
                example_at = (*where, "examples", str(name))
                if isinstance(example, dict) and isinstance(example.get("$ref"), str):
                    try:
                        example = resolve_pointer(data, example["$ref"])
                    except KeyError:
                        continue
                if isinstance(example, dict) and "value" in example:
                    yield from check((*where, "schema"), example["value"], (*example_at, "value"))
    verdicts.save()


def _example_validator(data: dict[str, Any]) -> Any:
    """``validate(schema_at, value)``: ``[where inside the value, message]`` of the best error, or ``[]``."""
    # Imported here: jsonschema is needed only when an example is checked, not to start the CLI.
    import jsonschema  # type: ignore[import-untyped]
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(data, default_specification=DRAFT202012)
    )

    def validate(schema_at: tuple[str, ...], value: Any) -> list[str]:
        validator = jsonschema.Draft202012Validator({"$ref": "urn:spec#" + pointer_of(schema_at)}, registry=registry)
        try:
            error = jsonschema.exceptions.best_match(validator.iter_errors(value))
        except Exception:  # a broken schema or $ref is reported by validation, not here
            return []
        if error is None:
            return []
        return ["".join(f"[{p!r}]" for p in error.absolute_path), error.message[:200]]

    return validate


# Keywords that make a schema's meaning depend on more than the nodes its local ``$ref`` reach.
_CONTEXTUAL = (
    '"$id"',
    '"$anchor"',
    '"$dynamicAnchor"',
    '"$dynamicRef"',
    '"$recursiveAnchor"',
    '"$recursiveRef"',
    '"$schema"',
)


class _Verdicts:
    """The example checks' verdicts, by the hash of everything a check reads.

    A check of ``value`` against the schema at ``schema_at`` reads that schema and the nodes its
    local ``$ref`` reach, transitively (the closure), and nothing else of the document, as long as
    the document has no keyword that changes how a reference resolves (``$id``, anchors,
    ``$schema``: then nothing is remembered). The verdicts of the last document checked are
    stored under the hash of the libraries and the generator's code; a check whose closure and
    value are found there is not run again (and jsonschema is not even imported).
    """

    def __init__(self, data: dict[str, Any], *, enabled: bool) -> None:
        from generator.cache import Cache, key
        from generator.fingerprint import generator_digest

        self._data = data
        self._store = Cache("examples", enabled=enabled)
        self.known: dict[str, list[str]] = {}
        self.found: dict[str, list[str]] = {}
        self._digest = ""
        if self._store.folder is None:
            return
        try:
            text = json.dumps(data, ensure_ascii=False, allow_nan=True)
        except (TypeError, ValueError, RecursionError):
            text = _CONTEXTUAL[0]
        if any(word in text for word in _CONTEXTUAL):
            self._store.folder = None
            return
        self._digest = key("examples-1", generator_digest())
        try:
            known = json.loads(self._store.get(self._digest) or "{}")
        except ValueError:  # a damaged entry only costs time
            known = {}
        self.known = known if isinstance(known, dict) else {}

    def of(self, schema_at: tuple[str, ...], value: Any) -> str | None:
        """The key of one check, or None when it cannot be remembered."""
        if self._store.folder is None:
            return None
        from generator.cache import key

        closure = _closure(self._data, "#" + pointer_of(schema_at))
        if closure is None:
            return None
        try:
            return key(json.dumps([sorted(closure.items()), value], ensure_ascii=False, allow_nan=True))
        except (TypeError, ValueError, RecursionError):
            return None

    def save(self) -> None:
        if self._store.folder is not None and self.found != self.known:
            self._store.put(self._digest, json.dumps(self.found, ensure_ascii=False))


def _closure(data: Any, pointer: str) -> dict[str, Any] | None:
    """The node at ``pointer`` and every node its ``$ref`` reach, by pointer; None if one is not local."""
    reached: dict[str, Any] = {}
    todo = [pointer]
    while todo:
        at = todo.pop()
        if at in reached:
            continue
        if "%" in at:  # percent-encoded: resolved by the library, not by resolve_pointer
            return None
        try:
            node = resolve_pointer(data, at)
        except KeyError:
            return None
        reached[at] = node
        stack = [node]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                ref = item.get("$ref")
                if ref is not None:
                    if not isinstance(ref, str) or not ref.startswith("#/"):
                        return None
                    todo.append(ref)
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    return reached


_CHECKS = (_required_undeclared, _unknown_schema_keywords, _undeclared_tags, _method_name_clashes, _invalid_examples)


def hits(data: Any, *, cache: bool = False) -> list[Any]:
    """Every likely mistake in ``data``, suppressions applied, in the order the checks find them.

    ``cache``: the verdicts of the example checks are remembered (see :class:`_Verdicts`).
    """
    found = (
        hit
        for check in _CHECKS
        for hit in (_invalid_examples(data, cache) if check is _invalid_examples else check(data))
    )
    return [hit for hit in found if not suppressed(data, hit.rule, hit.pointer)]


def likely_mistakes(doc: SpecDocument, *, strict: bool, found: list[Any] | None = None) -> list[Finding]:
    """Every likely-mistake finding of ``doc`` (or the ``found`` hits of it), in file order."""
    findings = []
    for hit in hits(doc.data) if found is None else found:
        severity = RULES[hit.rule].severity if strict else WARNING
        findings.append(Finding(hit.rule, severity, hit.pointer, hit.message, hit.fix, doc.line_of(hit.pointer)))
    return sorted(findings, key=lambda f: (f.line or 0, f.rule))


def frame_of(doc: SpecDocument, finding: Finding) -> str:
    parts = parts_of(finding.pointer)
    token = parts[-1] if parts else ""
    if token.isdigit() or finding.rule == "method-name-clash":
        try:
            value = resolve_pointer(doc.data, "#" + finding.pointer)
        except KeyError:
            value = None
        token = str(value) if isinstance(value, (str, int)) else token
    return code_frame(doc, finding.line, token)


def apply(
    doc: SpecDocument, *, strict: bool, warnings: Warnings, found: list[Any] | None = None, cache: bool = False
) -> list[Any]:
    """Check the likely mistakes: with ``strict``, raise them all as one error; else warn.

    ``found``: the hits of an earlier run on the same data (replayed from the pipeline's cache);
    they are put in file order here, by this document's lines. Returns the hits.
    """
    found = hits(doc.data, cache=cache) if found is None else found
    findings = likely_mistakes(doc, strict=strict, found=found)
    errors = [f for f in findings if f.severity == ERROR]
    if errors:
        problems = Problems()
        for f in errors:
            problem = SpecError(f.message, f.pointer, hint=f.fix, line=f.line, kind=f.rule, frame=frame_of(doc, f))
            problems.items.append(problem)
        problems.raise_if_any()
    for f in findings:
        warnings.add(f.message, f.pointer, f.rule)
    return found
