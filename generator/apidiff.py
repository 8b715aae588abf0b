"""What changed for users between two generations: the public surface, its diff, the version bump.

The surface is a JSON summary of what client code can depend on: methods with their arguments
(required or not, annotation) and return types, model classes with their fields (required or
not, type, allowed values) and enums with their values. It is recorded in ``_manifest.json``;
the next generation diffs against it, marks each change breaking or compatible, bumps the
package version accordingly and adds a CHANGELOG entry.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any

from generator.ir.nodes import Api


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


def surface(api: Api) -> dict[str, Any]:
    methods: dict[str, Any] = {}
    for op in api.operations:
        args = {p.argument: {"required": p.required, "type": p.type_expr} for p in op.parameters}
        if op.body:
            if op.body.fields:
                args.update({f.argument: {"required": f.required, "type": f.type_expr} for f in op.body.fields})
            else:
                args[op.body.argument] = {"required": op.body.required, "type": op.body.type_expr}
        returns = op.response.type_expr
        if op.pagination:
            returns = f"Page[{op.pagination.item_type}, {returns}]"
        methods[f"{op.resource}.{op.name}"] = {"args": args, "returns": returns}
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


def _canonical(annotation: str) -> str:
    """One spelling per annotation: quotes and spacing are not part of the public API."""
    try:
        return ast.unparse(ast.parse(annotation, mode="eval"))
    except SyntaxError:
        return annotation


# Read-only containers: an argument of the old element type is still one of the new. Mutable
# ones (list, dict) are invariant for type checkers, so widening their elements breaks typed callers.
_COVARIANT = {"_Sequence", "Sequence", "_Iterable", "Iterable", "tuple"}
_MAPPINGS = {"_Mapping", "Mapping"}
_LITERALS = {"_Literal", "Literal"}
_ANY = {"_Any", "Any", "object"}


def accepts(new: str, old: str) -> bool:
    """Whether every value of annotation ``old`` is also a value of ``new`` (argument types).

    Unions accept member by member, read-only containers by their elements, literals by their
    values (``str`` accepts string literals); anything not understood is a change.
    """
    try:
        new_node = ast.parse(new, mode="eval").body
        old_node = ast.parse(old, mode="eval").body
    except SyntaxError:
        return False
    return _union_accepts(_members(new_node), old_node)


def _members(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _members(node.left) + _members(node.right)
    return [node]


def _union_accepts(new: list[ast.expr], old: ast.expr) -> bool:
    return all(any(_member_accepts(n, o) for n in new) for o in _members(old))


def _origin(node: ast.expr) -> tuple[str, list[ast.expr]] | None:
    """``Name[args]`` as (name, args), or None for anything else."""
    if not isinstance(node, ast.Subscript):
        return None
    args = list(node.slice.elts) if isinstance(node.slice, ast.Tuple) else [node.slice]
    return ast.unparse(node.value), args


def _member_accepts(new: ast.expr, old: ast.expr) -> bool:
    if ast.unparse(new) == ast.unparse(old) or ast.unparse(new) in _ANY:
        return True
    new_generic, old_generic = _origin(new), _origin(old)
    if old_generic and old_generic[0] in _LITERALS:
        values = [v.value for v in old_generic[1] if isinstance(v, ast.Constant)]
        if len(values) != len(old_generic[1]):
            return False
        if new_generic and new_generic[0] in _LITERALS:
            return all(any(isinstance(n, ast.Constant) and n.value == v for n in new_generic[1]) for v in values)
        kind = ast.unparse(new)
        return all(type(v).__name__ == kind and not isinstance(v, bool) for v in values)
    if not new_generic or not old_generic or new_generic[0] != old_generic[0]:
        return False
    (name, new_args), (_, old_args) = new_generic, old_generic
    if len(new_args) != len(old_args):
        return False
    if name in _COVARIANT:
        return all(_union_accepts(_members(n), o) for n, o in zip(new_args, old_args, strict=True))
    if name in _MAPPINGS:  # keys are looked up, values read
        return ast.unparse(new_args[0]) == ast.unparse(old_args[0]) and _union_accepts(
            _members(new_args[1]), old_args[1]
        )
    return False


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
            if _canonical(before[arg]["type"]) != _canonical(after[arg]["type"]):
                # Accepting more than before (str → UUID | str, Sequence[str] → Sequence[UUID | str])
                # breaks no caller.
                widened = accepts(after[arg]["type"], before[arg]["type"])
                what = "widened" if widened else "type"
                text = f"`{name}`: argument `{arg}` {what} {before[arg]['type']} → {after[arg]['type']}"
                out.append(Change(not widened, text))
        if _canonical(old[name]["returns"]) != _canonical(new[name]["returns"]):
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
