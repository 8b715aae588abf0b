"""Schemas → named model classes, and schemas → types (:mod:`generator.ir.types`) of keyword arguments.

:class:`SchemaCatalog` decides which schemas become classes of the models module and under
which names (through :mod:`generator.naming`), hoists inline object schemas out of requests,
responses and other objects, rewrites every ``$ref`` to point into one JSON Schema ``$defs``
table, and normalises OpenAPI 3.0 dialect (``nullable``) into JSON Schema. The models stage
feeds that table to datamodel-code-generator unchanged.
"""

from __future__ import annotations

from typing import Any

from generator import naming
from generator.errors import Warnings, parts_of, pointer_of
from generator.ir import types
from generator.ir.types import TypeNode
from generator.validate import resolve_pointer

# Keys that carry documentation or tooling data only; dropped from model input.
_DROP = frozenset({"example", "examples", "externalDocs", "xml", "readOnly", "writeOnly", "deprecated"})
_COMPOSED = ("allOf", "oneOf", "anyOf")
# An inline allOf member made only of these keys is a plain object: several of them merge into one.
_PLAIN_OBJECT_KEYS = frozenset({"type", "properties", "required", "description", "title"})
# String formats read as plain ``str``. ``duration`` is ISO 8601 for pydantic's ``timedelta`` but
# Go's ``30s``/``24h`` in Vault and others, so a typed field would reject real responses (and a
# ``"30s"`` default would not type-check). ``email`` would become ``EmailStr``, which needs the
# optional email-validator package the generated client does not depend on (Box fails to import).
_LOOSE_FORMATS = frozenset({"duration", "email", "idn-email"})
# Schemas nested this deep inside one class get a class of their own (a root model): the models
# module's annotations then never nest deeper than this, whatever the spec (Python's parser
# refuses more than 200 nested brackets, and every tool after it recurses per level).
_HOIST_DEPTH = 24
_PRIMITIVES: dict[str, TypeNode] = {
    "string": types.STR,
    "integer": types.INT,
    "number": types.FLOAT,
    "boolean": types.BOOL,
}


class SchemaCatalog:
    """Collects the model classes of one spec; ``ref_class`` is its only naming authority."""

    def __init__(self, data: dict[str, Any], warnings: Warnings) -> None:
        self.data = data
        self.warnings = warnings
        self.classes: dict[str, str] = {}  # schema pointer → class name
        self.defs: dict[str, Any] = {}  # class name → rewritten schema
        self.fields: dict[str, dict[str, str]] = {}  # class name → wire → attribute
        self.pointers: dict[str, str] = {}  # class name → schema pointer
        self._taken: set[str] = set()
        self._pending: list[tuple[str, Any]] = []
        self._loose = _loose_discriminators(data, self._resolve)

    # -- naming ---------------------------------------------------------------------------
    def ref_class(self, pointer: str, hint: str) -> str:
        """Class name of the schema at ``pointer``, registering it on first sight."""
        return self.inline_class(pointer, None, hint)

    def inline_class(self, pointer: str, schema: Any, hint: str) -> str:
        """Class name for an inline schema (hoisted into ``$defs``); ``None``: read it at ``pointer``."""
        if pointer not in self.classes:
            name = naming.unique(naming.class_name(hint), self._taken, sep="")
            self.classes[pointer] = name
            self.pointers[name] = pointer
            self._pending.append((pointer, schema))
        return self.classes[pointer]

    def register_components(self) -> None:
        schemas = (self.data.get("components") or {}).get("schemas") or {}
        for key in schemas:
            self.ref_class("#" + pointer_of(("components", "schemas", key)), key)

    def finish(self) -> None:
        """Rewrite every registered schema (registering what they reference) until none is left."""
        while self._pending:
            pointer, inline = self._pending.pop(0)
            name = self.classes[pointer]
            schema = inline if inline is not None else self._deref_chain(pointer)
            self.defs[name] = self._rewrite(schema, pointer, name, top=True)

    def _deref_chain(self, pointer: str) -> Any:
        # A component that is only a $ref to another schema becomes an alias of that class.
        return self._resolve(pointer)

    # -- rewriting ------------------------------------------------------------------------
    def _rewrite(self, schema: Any, pointer: str, owner: str, *, top: bool = False, depth: int = 0) -> Any:
        """``schema`` for the models stage; ``depth``: levels below the class being rewritten."""
        if isinstance(schema, bool):
            return schema
        if not isinstance(schema, dict):
            return {}
        if isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            target = self.ref_class(ref, self._ref_hint(ref))
            rest = {k: v for k, v in schema.items() if k not in ("$ref", *_DROP) and not k.startswith("x-")}
            out: dict[str, Any] = {"$ref": f"#/$defs/{target}"}
            if rest.get("nullable") is True:
                return {"anyOf": [out, {"type": "null"}]}
            return out
        if not top and (self._wants_class(schema) or depth >= _HOIST_DEPTH):
            hint = owner + naming.pascal(parts_of(pointer)[-1] if parts_of(pointer) else "Item")
            target = self.inline_class(pointer, schema, hint)
            ref_out: dict[str, Any] = {"$ref": f"#/$defs/{target}"}
            if schema.get("nullable") is True:
                return {"anyOf": [ref_out, {"type": "null"}]}
            return ref_out
        borrowed: dict[str, str] = {}  # property → where it is declared, when not in this schema
        if self._wants_class(schema) and any(isinstance(schema.get(k), list) for k in ("anyOf", "oneOf")):
            schema, borrowed = self._merge_alternatives(schema, pointer)
        out = {}
        for key, value in schema.items():
            if key in _DROP or key.startswith("x-") or key == "nullable" or key == "discriminator":
                continue
            if key == "format" and value in _LOOSE_FORMATS:
                continue
            here = f"{pointer}/{key}"
            if key == "properties" and isinstance(value, dict):
                out[key] = {
                    p: self._rewrite(s, borrowed.get(p) or pointer_of((*parts_of(here), p)), owner, depth=depth + 1)
                    for p, s in value.items()
                }
            elif key == "patternProperties" and isinstance(value, dict):
                out[key] = {
                    p: self._rewrite(s, pointer_of((*parts_of(here), p)), owner, depth=depth + 1)
                    for p, s in value.items()
                }
            elif key in ("items", "additionalProperties", "not", "contains", "propertyNames") and isinstance(
                value, dict
            ):
                out[key] = self._rewrite(value, here, owner, depth=depth + 1)
            elif key == "allOf" and isinstance(value, list):
                members = self._merged_inline_objects(self._without_inherited(value), here)
                out[key] = [self._rewrite(s, f"{here}/{i}", owner, depth=depth + 1) for i, s in enumerate(members)]
            elif (key in _COMPOSED and isinstance(value, list)) or (key == "prefixItems" and isinstance(value, list)):
                out[key] = [self._rewrite(s, f"{here}/{i}", owner, depth=depth + 1) for i, s in enumerate(value)]
            elif key == "type" and value == "string" and "properties" in schema:
                self.warnings.add(
                    "a 'type: string' schema has 'properties'; read as a string", pointer, "string-properties"
                )
                out[key] = value
            else:
                out[key] = value
        if schema.get("type") == "string" and "properties" in out:
            del out["properties"]
            out.pop("required", None)
        _plain_keys(out)
        if "default" in out and not _default_fits_members(out):
            del out["default"]  # the models stage would copy it into a member it does not fit
        if top and isinstance(out.get("properties"), dict):
            for prop in self._loose.get(pointer, ()):
                if prop in out["properties"]:
                    out["properties"][prop] = {"type": "string"}
        if "discriminator" in schema and isinstance(schema["discriminator"], dict):
            disc = dict(schema["discriminator"])
            if isinstance(disc.get("mapping"), dict):
                disc["mapping"] = {
                    k: f"#/$defs/{self.ref_class(v, self._ref_hint(v))}" if v.startswith("#") else v
                    for k, v in disc["mapping"].items()
                }
            out["discriminator"] = disc
        if schema.get("nullable") is True:
            out = _nullable(out)
        if top and isinstance(out.get("properties"), dict):
            self.fields[owner] = naming.name_all(out["properties"])
        return out

    def _merge_alternatives(self, schema: dict[str, Any], pointer: str) -> tuple[dict[str, Any], dict[str, str]]:
        """An object with ``properties`` beside ``anyOf``/``oneOf``: one class with every property.

        The usual meaning is "these fields, and one of these shapes" (often only "one of these
        fields is required": ``anyOf: [{required: [email]}, {required: [id]}]``). A model class
        cannot be both a class with fields and a union, so it keeps its fields, gains the
        properties the alternatives declare as optional fields, and does not check which
        alternative applies. Returns the merged schema and where each borrowed property lives.
        """
        merged = {k: v for k, v in schema.items() if k not in ("anyOf", "oneOf")}
        props = dict(schema["properties"])
        borrowed: dict[str, str] = {}
        keywords = []
        for key in ("anyOf", "oneOf"):
            members = schema.get(key)
            if not isinstance(members, list):
                continue
            keywords.append(key)
            for i, member in enumerate(members):
                for name, (sub, where) in self._member_properties(member, f"{pointer}/{key}/{i}", 0).items():
                    if name not in props:
                        props[name] = sub
                        borrowed[name] = where
        if "discriminator" in merged and "allOf" not in merged:
            del merged["discriminator"]  # it selects among the alternatives, which are gone
        merged["properties"] = props
        both = " and ".join(f"'{k}'" for k in keywords)
        added = f"; their properties {', '.join(sorted(borrowed))} become optional fields" if borrowed else ""
        self.warnings.add(
            f"an object schema has both 'properties' and {both}; read as one class with its own properties, "
            f"the alternatives are not checked{added}",
            pointer.lstrip("#"),
            "properties-beside-union",
        )
        return merged, borrowed

    def _member_properties(self, member: Any, where: str, depth: int) -> dict[str, tuple[Any, str]]:
        """Properties an alternative declares (through ``$ref`` and ``allOf``), with their pointers."""
        out: dict[str, tuple[Any, str]] = {}
        seen = 0
        while isinstance(member, dict) and isinstance(member.get("$ref"), str) and seen < 32:
            where, member, seen = member["$ref"], self._resolve(member["$ref"]), seen + 1
        if not isinstance(member, dict) or depth > 8:
            return out
        if isinstance(member.get("properties"), dict):
            base = parts_of(where)
            out.update({p: (s, pointer_of((*base, "properties", p))) for p, s in member["properties"].items()})
        for i, sub in enumerate(member.get("allOf") or [] if isinstance(member.get("allOf"), list) else []):
            for name, found in self._member_properties(sub, f"{where}/allOf/{i}", depth + 1).items():
                out.setdefault(name, found)
        return out

    def _merged_inline_objects(self, members: list[Any], pointer: str) -> list[Any]:
        """``allOf`` members that are plain inline objects, merged into one.

        Each would otherwise become a base class of its own, and two of them declaring fields
        that get the same Python name (``user id`` and ``UserId``) give the class two
        incompatible bases, which no type checker accepts. All of the objects apply, so one
        object with all their properties (and required names) is the same schema, and one
        class names its fields apart. A property declared by several keeps the first
        declaration, with a warning.
        """
        plain = [
            i
            for i, m in enumerate(members)
            if isinstance(m, dict)
            and isinstance(m.get("properties"), dict)
            and set(m) <= _PLAIN_OBJECT_KEYS
            and m.get("type", "object") == "object"
        ]
        if len(plain) < 2:
            return members
        merged: dict[str, Any] = {"type": "object", "properties": {}}
        required: list[str] = []
        for i in plain:
            member = members[i]
            for name, prop in member["properties"].items():
                if name in merged["properties"] and merged["properties"][name] != prop:
                    self.warnings.add(
                        f"allOf members declare property {name!r} differently; the first declaration is used",
                        f"{pointer}/{i}/properties/{pointer_of([name]).lstrip('/')}",
                        "allof-property-clash",
                    )
                    continue
                merged["properties"].setdefault(name, prop)
            required += [r for r in member.get("required") or [] if r not in required]
        if required:
            merged["required"] = required
        first = plain[0]
        return [merged if i == first else m for i, m in enumerate(members) if i == first or i not in plain]

    def _without_inherited(self, members: list[Any]) -> list[Any]:
        """``allOf`` members with the properties a ``$ref`` member already declares removed.

        A model class inherits from the referenced members; an inline member redeclaring one of
        their properties (often with a looser type, as in ``allOf: [Task, {properties: {kind:
        {type: string}}}]``) would override the inherited field with an incompatible type, which
        no type checker accepts. The referenced declaration wins; the data is unaffected.
        """
        inherited: set[str] = set()
        for member in members:
            if isinstance(member, dict) and isinstance(member.get("$ref"), str):
                inherited |= self._declared(self._resolve(member["$ref"]), 0)
        if not inherited:
            return members
        out = []
        for member in members:
            props = member.get("properties") if isinstance(member, dict) and "$ref" not in member else None
            if isinstance(props, dict) and inherited & set(props):
                member = {**member, "properties": {k: v for k, v in props.items() if k not in inherited}}
            out.append(member)
        return out

    def _declared(self, schema: Any, depth: int) -> set[str]:
        """Property names a schema declares itself or through its ``allOf`` members."""
        if not isinstance(schema, dict) or depth > 20:
            return set()
        if isinstance(schema.get("$ref"), str):
            return self._declared(self._resolve(schema["$ref"]), depth + 1)
        names = set(schema["properties"]) if isinstance(schema.get("properties"), dict) else set()
        for member in schema.get("allOf") or []:
            names |= self._declared(member, depth + 1)
        return names

    @staticmethod
    def _wants_class(schema: dict[str, Any]) -> bool:
        return (
            isinstance(schema.get("properties"), dict)
            and bool(schema["properties"])
            and schema.get("type", "object") == "object"
        )

    @staticmethod
    def _ref_hint(ref: str) -> str:
        parts = parts_of(ref)
        skip = {
            "components",
            "schemas",
            "content",
            "schema",
            "responses",
            "requestBodies",
            "parameters",
            "application/json",
            "properties",
            "items",
            "headers",
        }
        useful = [p for p in parts if p not in skip and "/" not in p]
        return useful[-1] if useful else "Model"

    # -- annotations ----------------------------------------------------------------------
    def argument_type(self, schema: Any, depth: int = 0) -> TypeNode:
        """A permissive type for a keyword argument taking values of ``schema``.

        Nested objects accept a model instance or a plain mapping; enums accept their class or
        a plain value. The models module does the strict validation before anything is sent.
        """
        if depth > 8 or not isinstance(schema, dict):
            return types.ANY
        if "$ref" in schema:
            ref = schema["$ref"]
            target = self._resolve(ref)
            cls = self.classes.get(ref)
            inner = self.argument_type(target, depth + 1)
            if cls and isinstance(target, dict) and (self._wants_class(target) or "enum" in target):
                if inner == types.ANY:
                    return types.ModelRef(cls)
                return types.union(types.ModelRef(cls), inner)
            return inner
        nullable = schema.get("nullable") is True
        for key in ("anyOf", "oneOf"):
            if isinstance(schema.get(key), list):
                parts = types.distinct(self.argument_type(s, depth + 1) for s in schema[key])
                if types.ANY in parts or not parts:
                    return types.ANY
                return types.union(*parts, *([types.NONE] if nullable and types.NONE not in parts else []))
        kinds = schema.get("type")
        if isinstance(kinds, list):
            parts = types.distinct(self.argument_type({**schema, "type": t}, depth + 1) for t in kinds)
            return types.ANY if types.ANY in parts or not parts else types.union(*parts)
        if kinds is None and isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
            return self.argument_type(schema["allOf"][0], depth + 1)
        single = self._single_type(schema, kinds, depth)
        return types.union(single, types.NONE) if nullable and single != types.ANY else single

    def _single_type(self, schema: dict[str, Any], kind: Any, depth: int) -> TypeNode:
        if kind == "null":
            return types.NONE
        if kind == "string" and schema.get("format") == "binary":
            return types.FILE_TYPES
        literal = _literal(schema.get("enum"))
        if literal is not None:
            return literal
        special = _FORMATS.get(str(schema.get("format"))) if kind == "string" else None
        if special is not None:
            return special
        if kind in _PRIMITIVES:
            return _PRIMITIVES[kind]
        if kind == "array":
            return types.SequenceType(self.argument_type(schema.get("items", {}), depth + 1))
        if kind == "object" or "properties" in schema:
            return types.MappingType(types.STR, types.ANY)
        return types.ANY

    def _resolve(self, ref: str) -> Any:
        try:
            return resolve_pointer(self.data, ref)
        except KeyError:
            return {}


# String formats whose Python objects the models accept too (beside the string itself).
_FORMATS: dict[str, TypeNode] = {
    "date-time": types.union(types.DATETIME, types.STR),
    "date": types.union(types.DATE, types.STR),
    "uuid": types.union(types.UUID, types.STR),
}


def _literal(values: Any) -> TypeNode | None:
    """``Literal["a", "b"]`` for an enum of strings or integers (``| None`` when null is a value)."""
    if not isinstance(values, list):
        return None
    present = [v for v in values if v is not None]
    if not present or not all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in present):
        return None
    literal = types.LiteralType(tuple(dict.fromkeys(present)))
    return types.union(literal, types.NONE) if None in values else literal


def _plain_keys(schema: dict[str, Any]) -> None:
    """A map's keys are plain ``str``: ``propertyNames`` and ``patternProperties`` are not checked.

    The models stage would write ``dict[constr(max_length=64), str]``, which no type checker
    accepts. The values of ``patternProperties`` become those of ``additionalProperties``.
    """
    schema.pop("propertyNames", None)
    patterns = schema.pop("patternProperties", None)
    if not isinstance(patterns, dict) or not patterns:
        return
    values = [v for v in patterns.values() if isinstance(v, (dict, bool))]
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict):
        values.append(extra)
    if extra is True or True in values or not values:
        schema["additionalProperties"] = True
    else:
        schema["additionalProperties"] = values[0] if len(values) == 1 else {"anyOf": values}


def _default_fits_members(schema: dict[str, Any]) -> bool:
    """Whether a union's ``default`` is a value of every inline member that has a type or enum."""
    value = schema["default"]
    for key in ("anyOf", "oneOf"):
        for member in schema.get(key) or [] if isinstance(schema.get(key), list) else []:
            if not isinstance(member, dict) or "$ref" in member or member.get("type") == "null":
                continue
            if isinstance(member.get("enum"), list):
                if value not in member["enum"]:
                    return False
            elif "const" in member:
                if value != member["const"]:
                    return False
            elif isinstance(member.get("type"), (str, list)):
                types = member["type"] if isinstance(member["type"], list) else [member["type"]]
                if not any(_is_a(value, t) for t in types):
                    return False
    return True


def _is_a(value: Any, kind: Any) -> bool:
    python: dict[str, type | tuple[type, ...]] = {
        "string": str,
        "integer": int,
        "number": (int, float),
        "boolean": bool,
        "array": list,
        "object": dict,
    }
    if kind == "null":
        return value is None
    if kind not in python or (kind in ("integer", "number") and isinstance(value, bool)):
        return False
    return isinstance(value, python[kind])


def _loose_discriminators(data: dict[str, Any], resolve: Any) -> dict[str, set[str]]:
    """Base classes whose discriminator property must be typed ``str``, by schema pointer.

    The models stage redeclares a discriminated union member's discriminator property as a
    ``Literal`` of its own value; when the member inherits that property (through ``allOf``)
    from a base where it is an enum, the redeclaration contradicts the base's enum class and
    mypy rejects it. Typed ``str`` in the base, the ``Literal`` narrows it, as it should.
    """
    from generator.validate import iter_schemas

    out: dict[str, set[str]] = {}
    for schema, _ in iter_schemas(data):
        disc = schema.get("discriminator")
        prop = disc.get("propertyName") if isinstance(disc, dict) else None
        if not isinstance(prop, str):
            continue
        members = [m for k in ("oneOf", "anyOf") if isinstance(schema.get(k), list) for m in schema[k]]
        if isinstance(disc, dict) and isinstance(disc.get("mapping"), dict):
            members += [{"$ref": v} for v in disc["mapping"].values() if isinstance(v, str) and v.startswith("#")]
        todo = [(m, 0) for m in members]
        while todo:
            member, depth = todo.pop()
            if not isinstance(member, dict) or depth > 8:
                continue
            target = resolve(member["$ref"]) if isinstance(member.get("$ref"), str) else member
            if not isinstance(target, dict):
                continue
            for base in target.get("allOf") or [] if isinstance(target.get("allOf"), list) else []:
                if not isinstance(base, dict) or not isinstance(base.get("$ref"), str):
                    continue
                declared = resolve(base["$ref"])
                props = declared.get("properties") if isinstance(declared, dict) else None
                if isinstance(props, dict) and prop in props and _is_enum(props[prop], resolve):
                    out.setdefault(base["$ref"], set()).add(prop)
                todo.append((base, depth + 1))
    return out


def _is_enum(schema: Any, resolve: Any) -> bool:
    for _ in range(8):
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            schema = resolve(schema["$ref"])
    return isinstance(schema, dict) and isinstance(schema.get("enum"), list)


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    kind = schema.get("type")
    if isinstance(kind, str):
        enum = schema.get("enum")
        out = {**schema, "type": [kind, "null"]}
        if isinstance(enum, list) and None not in enum:
            out["enum"] = [*enum, None]
        return out
    if isinstance(kind, list):
        return schema if "null" in kind else {**schema, "type": [*kind, "null"]}
    return {"anyOf": [schema, {"type": "null"}]}
