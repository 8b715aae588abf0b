"""Python types as data: what a keyword argument accepts and what a method returns.

The IR carries these nodes, never annotation text; nothing parses an annotation back. Each node
renders itself and knows what it needs:

- ``annotation()``: the annotation a resource module writes. Typing helpers and the models module
  are imported under private aliases there (``_Sequence[_models.Item | _Mapping[str, _Any]]``).
- ``shown()``: the same type as a reader writes it in docstrings, the README and ``api.md``
  (``Sequence[Item | Mapping[str, Any]]``); still raw text for the escaping filter of its context.
- ``imports()``: the names a module must import for the annotation (:class:`Import`);
  ``models()``: the model classes it refers to (the module then imports ``models as _models``).

Only the render stage (``generator/render.py``, through Jinja filters) and the manifest's API
surface (``generator/apidiff.py``) call the renderers. Nodes are frozen dataclasses of strings,
integers, tuples and nested nodes, each with a ``kind`` tag, so ``dataclasses.asdict`` serialises
them (the IR snapshot, the manifest) and :func:`from_json` reads them back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from generator.escape import pystr


@dataclass(frozen=True, order=True)
class Import:
    """A name a module imports as ``_<name>``: ``from <module> import <name> as _<name>``.

    ``module`` is written as a resource module imports it (``.._types`` is the package's own).
    """

    module: str
    name: str

    @property
    def alias(self) -> str:
        return f"_{self.name}"


_SEQUENCE = Import("collections.abc", "Sequence")
_MAPPING = Import("collections.abc", "Mapping")
_LITERAL = Import("typing", "Literal")


class _Node:
    """What every type node offers; subclasses override the parts that are theirs."""

    def annotation(self) -> str:
        raise NotImplementedError

    def shown(self) -> str:
        raise NotImplementedError

    def expression(self) -> str:
        """The type as a runtime expression (the class object the engine parses into)."""
        return self.annotation()

    def children(self) -> tuple[TypeNode, ...]:
        return ()

    def own_imports(self) -> frozenset[Import]:
        return frozenset()

    def walk(self) -> Iterator[_Node]:
        """This node and every node inside it, depth first."""
        yield self
        for child in self.children():
            yield from child.walk()

    def imports(self) -> frozenset[Import]:
        """Every name the annotation needs imported."""
        return frozenset(imp for node in self.walk() for imp in node.own_imports())

    def models(self) -> frozenset[str]:
        """The model classes the annotation refers to."""
        return frozenset(node.name for node in self.walk() if isinstance(node, ModelRef))


@dataclass(frozen=True)
class Builtin(_Node):
    """A builtin needing no import: ``str``, ``int``, ``float``, ``bool``, ``bytes``, ``object``, ``None``."""

    kind: Literal["builtin"] = field(default="builtin", init=False)
    name: str

    def annotation(self) -> str:
        return self.name

    def shown(self) -> str:
        return self.name

    def expression(self) -> str:
        return "type(None)" if self.name == "None" else self.name


@dataclass(frozen=True)
class Imported(_Node):
    """A class or alias imported under a private alias: ``_Any``, ``_UUID``, ``_FileTypes``..."""

    kind: Literal["imported"] = field(default="imported", init=False)
    module: str
    name: str

    def annotation(self) -> str:
        return f"_{self.name}"

    def shown(self) -> str:
        return self.name

    def own_imports(self) -> frozenset[Import]:
        return frozenset({Import(self.module, self.name)})


@dataclass(frozen=True)
class ModelRef(_Node):
    """A class of the generated models module."""

    kind: Literal["model"] = field(default="model", init=False)
    name: str

    def annotation(self) -> str:
        return f"_models.{self.name}"

    def shown(self) -> str:
        return self.name


@dataclass(frozen=True)
class LiteralType(_Node):
    """``Literal[...]`` of strings and integers (an enum accepting its plain values)."""

    kind: Literal["literal"] = field(default="literal", init=False)
    values: tuple[str | int, ...]

    def annotation(self) -> str:
        return "_Literal[" + ", ".join(_value(v) for v in self.values) + "]"

    def shown(self) -> str:
        # Docs show an annotation on one line with single spaces, string values included.
        return "Literal[" + ", ".join(" ".join(_value(v).split()) for v in self.values) + "]"

    def own_imports(self) -> frozenset[Import]:
        return frozenset({_LITERAL})


@dataclass(frozen=True)
class SequenceType(_Node):
    """A read-only sequence: ``Sequence[item]`` (a list, a tuple... of items)."""

    kind: Literal["sequence"] = field(default="sequence", init=False)
    item: TypeNode

    def annotation(self) -> str:
        return f"_Sequence[{self.item.annotation()}]"

    def shown(self) -> str:
        return f"Sequence[{self.item.shown()}]"

    def children(self) -> tuple[TypeNode, ...]:
        return (self.item,)

    def own_imports(self) -> frozenset[Import]:
        return frozenset({_SEQUENCE})


@dataclass(frozen=True)
class MappingType(_Node):
    """A read-only mapping: ``Mapping[key, value]``."""

    kind: Literal["mapping"] = field(default="mapping", init=False)
    key: TypeNode
    value: TypeNode

    def annotation(self) -> str:
        return f"_Mapping[{self.key.annotation()}, {self.value.annotation()}]"

    def shown(self) -> str:
        return f"Mapping[{self.key.shown()}, {self.value.shown()}]"

    def children(self) -> tuple[TypeNode, ...]:
        return (self.key, self.value)

    def own_imports(self) -> frozenset[Import]:
        return frozenset({_MAPPING})


@dataclass(frozen=True)
class UnionType(_Node):
    """``a | b | ...``: two or more members, none of them a union (see :func:`union`)."""

    kind: Literal["union"] = field(default="union", init=False)
    members: tuple[TypeNode, ...]

    def annotation(self) -> str:
        return " | ".join(m.annotation() for m in self.members)

    def shown(self) -> str:
        return " | ".join(m.shown() for m in self.members)

    def children(self) -> tuple[TypeNode, ...]:
        return self.members


TypeNode = Builtin | Imported | ModelRef | LiteralType | SequenceType | MappingType | UnionType

NONE = Builtin("None")
STR = Builtin("str")
INT = Builtin("int")
FLOAT = Builtin("float")
BOOL = Builtin("bool")
BYTES = Builtin("bytes")
OBJECT = Builtin("object")
ANY = Imported("typing", "Any")
FILE_TYPES = Imported(".._types", "FileTypes")  # what a multipart file field accepts
FILE_CONTENT = Imported(".._types", "FileContent")  # a raw (binary) request body
DATETIME = Imported("datetime", "datetime")
DATE = Imported("datetime", "date")
UUID = Imported("uuid", "UUID")


def _value(value: str | int) -> str:
    return pystr(value) if isinstance(value, str) else repr(value)


def members(node: TypeNode) -> tuple[TypeNode, ...]:
    """The members of a union, or the node itself as the only one."""
    return node.members if isinstance(node, UnionType) else (node,)


def union(*nodes: TypeNode) -> TypeNode:
    """``a | b``: nested unions flattened, members kept as given (duplicates too); one member is itself."""
    flat = tuple(m for node in nodes for m in members(node))
    if not flat:
        raise ValueError("a union needs at least one member")
    return flat[0] if len(flat) == 1 else UnionType(flat)


def distinct(nodes: Any) -> list[TypeNode]:
    """The distinct members of ``nodes`` (unions flattened), in order of first appearance."""
    out: list[TypeNode] = []
    for node in nodes:
        for member in members(node):
            if member not in out:
                out.append(member)
    return out


def to_json(node: TypeNode) -> dict[str, Any]:
    """The node as JSON data: what ``dataclasses.asdict`` makes of it in the IR, tuples as lists."""
    plain = _lists(dataclasses.asdict(node))
    assert isinstance(plain, dict)
    return plain


def _lists(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_lists(v) for v in value]
    return value


def from_json(data: Any) -> TypeNode:
    """A node back from :func:`to_json`'s data; ``ValueError`` for anything else."""
    if not isinstance(data, dict):
        raise ValueError(f"not a type node: {data!r}")
    kind = data.get("kind")
    try:
        if kind == "builtin":
            return Builtin(_text(data["name"]))
        if kind == "imported":
            return Imported(_text(data["module"]), _text(data["name"]))
        if kind == "model":
            return ModelRef(_text(data["name"]))
        if kind == "literal":
            values = data["values"]
            if not isinstance(values, list) or not all(
                isinstance(v, (str, int)) and not isinstance(v, bool) for v in values
            ):
                raise ValueError(f"literal values must be strings and integers: {values!r}")
            return LiteralType(tuple(values))
        if kind == "sequence":
            return SequenceType(from_json(data["item"]))
        if kind == "mapping":
            return MappingType(from_json(data["key"]), from_json(data["value"]))
        if kind == "union":
            found = data["members"]
            if not isinstance(found, list) or len(found) < 2:
                raise ValueError(f"a union needs two or more members: {found!r}")
            return UnionType(tuple(from_json(m) for m in found))
    except KeyError as missing:
        raise ValueError(f"type node {kind!r} without {missing}") from None
    raise ValueError(f"unknown type node kind {kind!r}")


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"expected a string, got {value!r}")
    return value
