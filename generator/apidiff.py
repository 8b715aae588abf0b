"""What changed for users between two generations: the public surface, its diff, the version bump.

The surface is a JSON summary of what client code can depend on: methods with their arguments
(required or not, annotation) and return types, model classes with their fields (required or
not, type, allowed values) and enums with their values. It is recorded in ``_manifest.json``;
the next generation diffs against it, marks each change breaking or compatible, bumps the
package version accordingly and adds a CHANGELOG entry.

A method's argument and return types are recorded as data (:mod:`generator.ir.types`, under
``node`` and ``returns_node``) beside the annotation text (``type``, ``returns``) the CHANGELOG
shows; changes are decided on the data. Surfaces written before types were data have the text
only: see :func:`_type_change`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.ir import types
from generator.ir.nodes import Api
from generator.ir.types import LiteralType, MappingType, SequenceType, TypeNode


@dataclass(frozen=True)
class Change:
    breaking: bool
    text: str


# What the runtime modules (generator/runtime/) promise beyond the methods and models:
# behaviour users depend on that no signature shows. Add an entry when that behaviour changes;
# the next generation of every package lists it once in the CHANGELOG (breaking or compatible).
RUNTIME_BEHAVIOUR: dict[str, tuple[bool, str]] = {
    "error-body-parsed": (
        True,
        "errors: `.body` of an HTTP error is the parsed JSON (text only when the body is not JSON); "
        "`str(error)` is the API's message followed by each field's messages, never cut",
    ),
    "error-field-errors": (False, "errors: `APIStatusError.field_errors` maps each field path to its messages"),
    "lenient-responses": (
        True,
        "responses: a 2xx body that does not match its schema is returned (what validates is typed, the rest "
        "kept as sent) with a WARNING on the package logger, instead of raising `APIResponseValidationError`; "
        "`strict_response_validation=True` (constructor and `with_options`) restores raising",
    ),
    "raw-response-lazy": (
        False,
        "`with_raw_response` never raises on parsing: the body is parsed by `.parse()`; `APIResponse.json()` added",
    ),
    "unknown-outcome": (
        False,
        "errors: a call that is not safe to repeat and was interrupted after sending (read timeout, reset, 5xx) "
        "raises `APIUnknownOutcomeError` (still an `APIConnectionError`; for a 5xx also the status class), "
        "whose message says how to check the outcome (`x-outcome-check`)",
    ),
    "construction-checks": (
        True,
        "construction: keys, `base_url`, `timeout` and `max_retries` are checked and raise `ConfigurationError`; "
        "a key's trailing newline is stripped, other whitespace and control characters are refused",
    ),
    "caller-http-client": (
        True,
        "a caller's `http_client` is honoured: its headers, params, cookies, auth, event hooks and transport apply",
    ),
    "pool-and-transport": (
        False,
        "connections: default pool of 1,000 (100 kept alive), `connection_limits=`; pool waits, undecodable "
        "bodies and a closed client raise the package's own errors, with the reason and `__cause__`",
    ),
    "pages": (
        True,
        "paginated methods return a page (`SyncPage` / `AsyncPage`): iterating it (`for item in page`, "
        "`async for item in page`) yields every item of every page, fetched as it goes; `iter_pages()`, "
        "`has_next_page()`, `get_next_page()`, `.response`. The `<method>_all` iterators are gone: write "
        "`for item in client.images.list(...)` where you wrote `for item in client.images.list_all(...)`",
    ),
    "model-docs": (
        False,
        "models: every class has a docstring and derives from the shared `Model` base (its configuration is "
        "written once); field descriptions are attribute docstrings, shown by `help()` and IDEs and still in "
        "`model_json_schema()`; the package ships `api.md`, a reference of every method and model",
    ),
    "likely-typos": (
        True,
        "arguments: an undeclared field whose name is a letter or so from a declared one (`gift_mesage`), at "
        "any depth, raises `RequestValidationError` naming the field it resembles, instead of being sent",
    ),
    "deadline": (
        False,
        "`deadline=` (seconds; constructor and `with_options`) bounds a whole call: attempts, waits and body read",
    ),
    "paging-and-retry-after": (
        False,
        "`*_all` stops when a page repeats the previous one and raises after 10,000 pages; a `Retry-After` "
        "at or below 0 or not finite falls back to the normal backoff",
    ),
}


def _schema_type(schema: Any) -> str:
    if not isinstance(schema, dict):
        return "any"
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    for key in ("anyOf", "oneOf", "allOf"):
        if isinstance(schema.get(key), list):
            return f"{key}[" + ", ".join(_schema_type(s) for s in schema[key]) + "]"
    kind = schema.get("type", "any")
    if isinstance(kind, list):
        kind = "|".join(str(k) for k in kind)
    if "array" in str(kind):
        return f"{kind}[{_schema_type(schema.get('items'))}]"
    fmt = schema.get("format")
    return f"{kind}({fmt})" if fmt else str(kind)


def _argument(required: bool, node: TypeNode) -> dict[str, Any]:
    return {"required": required, "type": node.annotation(), "node": types.to_json(node)}


def surface(api: Api) -> dict[str, Any]:
    methods: dict[str, Any] = {}
    for op in api.operations:
        args = {p.argument: _argument(p.required, p.type) for p in op.parameters}
        if op.body:
            if op.body.fields:
                args.update({f.argument: _argument(f.required, f.type) for f in op.body.fields})
            elif op.body.type is not None:
                args[op.body.argument] = _argument(op.body.required, op.body.type)
        returns = op.response.type.annotation()
        returns_node: dict[str, Any] = types.to_json(op.response.type)
        if op.pagination:
            item = op.pagination.item_type
            returns = f"Page[{item.annotation()}, {returns}]"
            returns_node = {"kind": "page", "item": types.to_json(item), "response": returns_node}
        methods[f"{op.resource}.{op.name}"] = {"args": args, "returns": returns, "returns_node": returns_node}
    models: dict[str, Any] = {}
    for name, schema in (api.model_schemas.get("$defs") or {}).items():
        if not isinstance(schema, dict):
            continue
        if isinstance(schema.get("enum"), list):
            models[name] = {"enum": [str(v) for v in schema["enum"]]}
            continue
        fields = {}
        required = set(schema.get("required") or [])
        names = next((m.fields for m in api.models if m.name == name), {})
        for wire, prop in (schema.get("properties") or {}).items():
            entry: dict[str, Any] = {"required": wire in required, "type": _schema_type(prop)}
            if isinstance(prop, dict) and isinstance(prop.get("enum"), list):
                entry["enum"] = [str(v) for v in prop["enum"]]
            fields[names.get(wire, wire)] = entry
        models[name] = {"fields": fields}
    return {
        "methods": methods,
        "models": models,
        "environments": {s.environment: s.url for s in api.servers},
        "errors": (
            sorted(_error_rule(r.status, r.field_suffix, r.error) for r in api.error_body.rules)
            if api.error_body
            else []
        ),
        "runtime": {key: {"breaking": b, "text": t} for key, (b, t) in RUNTIME_BEHAVIOUR.items()},
    }


def _error_rule(status: int | None, suffix: str | None, error: str) -> str:
    when = f"HTTP {status}" if status is not None else "any error status"
    if suffix is not None:
        when += f" with a field error ending in `{suffix}`"
    return f"{when} raises `{error}`"


def diff(old: dict[str, Any] | None, new: dict[str, Any]) -> list[Change]:
    """Changes from ``old`` to ``new`` surface, breaking ones first, each in one line."""
    if old is None or old == new:  # equal surfaces (a regeneration's usual case): nothing to compare
        return []
    changes: list[Change] = []
    _diff_methods(old.get("methods") or {}, new["methods"], changes)
    _diff_models(old.get("models") or {}, new["models"], changes)
    # A surface written before environments were recorded gives no baseline for them: no diff.
    if "environments" in old:
        _diff_environments(old["environments"], new.get("environments") or {}, changes)
    # Error rules came with the "errors" section: a surface without it had none.
    before, after = set(old.get("errors") or []), set(new.get("errors") or [])
    for rule in sorted(before - after):
        changes.append(Change(True, f"error rule removed: {rule}"))
    for rule in sorted(after - before):
        changes.append(Change(True, f"error rule added: {rule}"))  # another exception class is raised
    runtime = new.get("runtime") or {}
    for key in runtime.keys() - (old.get("runtime") or {}).keys():
        note = runtime[key]
        changes.append(Change(bool(note["breaking"]), f"runtime: {note['text']}"))
    return sorted(changes, key=lambda c: (not c.breaking, c.text))


def _diff_environments(old: dict[str, str], new: dict[str, str], out: list[Change]) -> None:
    if old and new and next(iter(old)) != next(iter(new)):
        out.append(Change(True, f"default environment `{next(iter(old))}` → `{next(iter(new))}`"))
    for name in old.keys() - new.keys():
        out.append(Change(True, f"environment `{name}` removed"))
    for name in sorted(new.keys() - old.keys()):
        out.append(Change(False, f"environment `{name}` added: {new[name]}"))
    for name in sorted(old.keys() & new.keys()):
        if old[name] != new[name]:
            out.append(Change(True, f"environment `{name}` moved: {old[name]} → {new[name]}"))


def accepts(new: TypeNode, old: TypeNode) -> bool:
    """Whether every value of type ``old`` is also a value of ``new`` (argument types).

    Unions accept member by member, read-only containers (``Sequence``; a ``Mapping``'s values,
    its keys must stay) by their elements, literals by their values (``str`` accepts string
    literals, ``int`` integer ones); ``Any`` and ``object`` accept everything. Anything else is
    a change.
    """
    return all(any(_member_accepts(n, o) for n in types.members(new)) for o in types.members(old))


def _member_accepts(new: TypeNode, old: TypeNode) -> bool:
    if new == old or new in (types.ANY, types.OBJECT):
        return True
    if isinstance(old, LiteralType):
        if isinstance(new, LiteralType):
            return all(v in new.values for v in old.values)
        return new in (types.STR, types.INT) and all(type(v).__name__ == new.annotation() for v in old.values)
    if isinstance(old, SequenceType) and isinstance(new, SequenceType):
        return accepts(new.item, old.item)
    if isinstance(old, MappingType) and isinstance(new, MappingType):  # keys are looked up, values read
        return new.key == old.key and accepts(new.value, old.value)
    return False


def _node(entry: dict[str, Any], key: str) -> TypeNode | None:
    try:
        return types.from_json(entry[key]) if key in entry else None
    except ValueError:
        return None


def _type_change(before: dict[str, Any], after: dict[str, Any]) -> tuple[bool, bool]:
    """(changed, widened) for an argument's recorded type, ``before`` → ``after``.

    Both recorded as data: changed when the types differ, widened when the new one accepts
    every value of the old (:func:`accepts`). A surface written before types were data (or
    with a node this generator cannot read) has the annotation text only: equal text is
    unchanged, other text a change that is not known to accept more, so it counts as breaking.
    """
    old, new = _node(before, "node"), _node(after, "node")
    if old is None or new is None:
        return before["type"] != after["type"], False
    if old == new:
        return False, False
    return True, accepts(new, old)


def _returns_changed(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Whether a method's return type changed: by data, or by text against an older surface."""
    if "returns_node" in before and "returns_node" in after:
        return bool(before["returns_node"] != after["returns_node"])
    return bool(before["returns"] != after["returns"])


def _diff_methods(old: dict[str, Any], new: dict[str, Any], out: list[Change]) -> None:
    for name in old.keys() - new.keys():
        out.append(Change(True, f"method `{name}` removed"))
    for name in new.keys() - old.keys():
        out.append(Change(False, f"method `{name}` added"))
    for name in old.keys() & new.keys():
        before, after = old[name]["args"], new[name]["args"]
        for arg in before.keys() - after.keys():
            out.append(Change(True, f"`{name}`: argument `{arg}` removed"))
        for arg in after.keys() - before.keys():
            required = after[arg]["required"]
            out.append(Change(required, f"`{name}`: {'required' if required else 'optional'} argument `{arg}` added"))
        for arg in before.keys() & after.keys():
            if not before[arg]["required"] and after[arg]["required"]:
                out.append(Change(True, f"`{name}`: argument `{arg}` made required"))
            elif before[arg]["required"] and not after[arg]["required"]:
                out.append(Change(False, f"`{name}`: argument `{arg}` made optional"))
            changed, widened = _type_change(before[arg], after[arg])
            if changed:
                # Accepting more than before (str → UUID | str, Sequence[str] → Sequence[UUID | str])
                # breaks no caller.
                what = "widened" if widened else "type"
                text = f"`{name}`: argument `{arg}` {what} {before[arg]['type']} → {after[arg]['type']}"
                out.append(Change(not widened, text))
        if _returns_changed(old[name], new[name]):
            out.append(Change(True, f"`{name}`: returns {old[name]['returns']} → {new[name]['returns']}"))


def _diff_models(old: dict[str, Any], new: dict[str, Any], out: list[Change]) -> None:
    for name in old.keys() - new.keys():
        out.append(Change(True, f"model `{name}` removed"))
    for name in new.keys() - old.keys():
        out.append(Change(False, f"model `{name}` added"))
    for name in old.keys() & new.keys():
        before, after = old[name], new[name]
        if "enum" in before or "enum" in after:
            _diff_values(f"enum `{name}`", before.get("enum") or [], after.get("enum") or [], out)
            continue
        bf, af = before.get("fields") or {}, after.get("fields") or {}
        for field in bf.keys() - af.keys():
            out.append(Change(True, f"`{name}.{field}` removed"))
        for field in af.keys() - bf.keys():
            required = af[field]["required"]
            out.append(Change(required, f"`{name}.{field}` added{' (required)' if required else ''}"))
        for field in bf.keys() & af.keys():
            if bf[field]["type"] != af[field]["type"]:
                out.append(Change(True, f"`{name}.{field}` type {bf[field]['type']} → {af[field]['type']}"))
            if bf[field]["required"] != af[field]["required"]:
                now = "required" if af[field]["required"] else "optional"
                out.append(Change(af[field]["required"], f"`{name}.{field}` made {now}"))
            _diff_values(f"`{name}.{field}`", bf[field].get("enum") or [], af[field].get("enum") or [], out)


def _diff_values(what: str, before: list[str], after: list[str], out: list[Change]) -> None:
    for value in sorted(set(before) - set(after)):
        out.append(Change(True, f"{what}: value {value!r} removed"))
    for value in sorted(set(after) - set(before)):
        out.append(Change(False, f"{what}: value {value!r} added"))


def bump(version: str, changes: list[Change]) -> str:
    """Semantic-version bump: breaking → major (minor below 1.0), additions → minor (patch below 1.0)."""
    if not changes:
        return version
    try:
        major, minor, patch = (int(p) for p in version.split(".")[:3])
    except ValueError:
        major, minor, patch = 0, 1, 0
    breaking = any(c.breaking for c in changes)
    if major == 0:
        return f"0.{minor + 1}.0" if breaking else f"0.{minor}.{patch + 1}"
    return f"{major + 1}.0.0" if breaking else f"{major}.{minor + 1}.0"


def report(changes: list[Change], old_version: str, new_version: str) -> str:
    """The text ``make generate`` prints: what users of the package will notice."""
    if not changes:
        return "public API unchanged"
    kind = "breaking" if any(c.breaking for c in changes) else "compatible"
    lines = [f"public API changed ({kind}): version {old_version} → {new_version}"]
    lines += [f"  {'breaking  ' if c.breaking else 'compatible'}  {c.text}" for c in changes]
    return "\n".join(lines)


CHANGELOG_HEADER = (
    "# Changelog\n\nPublic API changes of the generated package, newest first (written by the generator).\n"
)


UNRELEASED = "Unreleased"


def _entry(title: str, changes: list[Change]) -> str:
    breaking = [c.text for c in changes if c.breaking]
    other = [c.text for c in changes if not c.breaking]
    entry = f"\n## {title}\n"
    if breaking:
        entry += "\nBreaking:\n\n" + "".join(f"- {t}\n" for t in breaking)
    if other:
        entry += "\nCompatible:\n\n" + "".join(f"- {t}\n" for t in other)
    return entry


def _without_unreleased(text: str) -> str:
    head, sep, rest = text.partition(f"\n## {UNRELEASED}\n")
    if not sep:
        return text
    _, sep, released = rest.partition("\n## ")
    return head.rstrip("\n") + "\n" + (f"\n## {released}" if sep else "")


def changelog(previous: str | None, version: str, changes: list[Change], *, first: bool, release: bool = True) -> str:
    """The CHANGELOG: the released entries, and on top the changes since the last release.

    ``release``: the changes become the entry of ``version``; else they make the ``Unreleased``
    section, rewritten by every generation (gone when an edit is reverted).
    """
    text = previous if previous and previous.startswith("# Changelog") else CHANGELOG_HEADER
    text = _without_unreleased(text)
    if first and "\n## " not in text:
        entry = f"\n## {version}\n\n- First generation.\n"
    elif changes:
        entry = _entry(version if release else UNRELEASED, changes)
    else:
        return text
    head, sep, rest = text.partition("\n## ")
    return head.rstrip("\n") + "\n" + entry + (f"\n## {rest}" if sep else "")
