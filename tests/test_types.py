"""Types as data (generator/ir/types.py): rendering, imports, JSON, and the API diff that reads them."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO

from generator.apidiff import accepts, diff, surface
from generator.ir import build_ir, types
from generator.ir.nodes import Api
from generator.ir.types import (
    ANY,
    DATE,
    DATETIME,
    FILE_CONTENT,
    FILE_TYPES,
    INT,
    NONE,
    OBJECT,
    STR,
    UUID,
    Import,
    LiteralType,
    MappingType,
    ModelRef,
    SequenceType,
    TypeNode,
    UnionType,
    union,
)
from generator.load import load_spec
from generator.render import environment

ADDRESS = union(ModelRef("Address"), MappingType(STR, ANY))

# (node, annotation in a resource module, as the docs show it)
RENDERED = [
    (STR, "str", "str"),
    (NONE, "None", "None"),
    (ANY, "_Any", "Any"),
    (FILE_TYPES, "_FileTypes", "FileTypes"),
    (ModelRef("Item"), "_models.Item", "Item"),
    (union(UUID, STR), "_UUID | str", "UUID | str"),
    (SequenceType(union(UUID, STR)), "_Sequence[_UUID | str]", "Sequence[UUID | str]"),
    (
        SequenceType(ADDRESS),
        "_Sequence[_models.Address | _Mapping[str, _Any]]",
        "Sequence[Address | Mapping[str, Any]]",
    ),
    (union(LiteralType(("a", 1)), NONE), '_Literal["a", 1] | None', 'Literal["a", 1] | None'),
    (LiteralType(("it's", 'say "hi"')), """_Literal["it's", 'say "hi"']""", """Literal["it's", 'say "hi"']"""),
    # Names inside string values are values: never stripped of their underscore or module.
    (LiteralType(("_models.x", "_Any")), '_Literal["_models.x", "_Any"]', 'Literal["_models.x", "_Any"]'),
    # Docs show one line with single spaces, inside values too (as before types were data).
    (LiteralType(("a  b",)), '_Literal["a  b"]', 'Literal["a b"]'),
]


@pytest.mark.parametrize(("node", "annotation", "shown"), RENDERED)
def test_a_type_renders_as_annotation_and_as_shown(node: TypeNode, annotation: str, shown: str) -> None:
    assert node.annotation() == annotation
    assert node.shown() == shown


def test_a_type_knows_its_imports_and_models() -> None:
    node = union(SequenceType(union(ModelRef("Item"), MappingType(STR, ANY))), LiteralType(("x",)), DATETIME, NONE)
    assert node.imports() == {
        Import("collections.abc", "Sequence"),
        Import("collections.abc", "Mapping"),
        Import("typing", "Any"),
        Import("typing", "Literal"),
        Import("datetime", "datetime"),
    }
    assert node.models() == {"Item"}
    assert LiteralType(("Any", "_Any")).imports() == {Import("typing", "Literal")}  # values import nothing
    assert STR.imports() == frozenset() and STR.models() == frozenset()
    assert FILE_CONTENT.imports() == {Import(".._types", "FileContent")}


def test_unions_flatten_and_keep_their_members() -> None:
    assert union(STR) == STR
    assert union(union(INT, STR), NONE) == UnionType((INT, STR, NONE))
    assert union(STR, NONE, NONE).annotation() == "str | None | None"  # as written, not deduplicated
    assert types.distinct([union(INT, STR), union(STR, NONE)]) == [INT, STR, NONE]
    with pytest.raises(ValueError):
        union()


def test_the_runtime_expression_of_a_type() -> None:
    assert NONE.expression() == "type(None)"
    assert OBJECT.expression() == "object"
    assert ModelRef("Item").expression() == "_models.Item"
    env = environment(REPO / "templates")
    template = env.from_string("{{ a | expression }} {{ b | expression }} {{ c | annotation }} {{ c | shown }}")
    assert template.render(a=None, b=NONE, c=ADDRESS) == (
        "None type(None) _models.Address | _Mapping[str, _Any] Address | Mapping[str, Any]"
    )
    lines = env.from_string("{{ i | import_lines | join(';') }}").render(
        i=[Import("uuid", "UUID"), Import(".._types", "FileTypes"), Import("datetime", "date")]
    )
    assert lines == (
        "from .._types import FileTypes as _FileTypes;from datetime import date as _date;from uuid import UUID as _UUID"
    )


ALL_KINDS = [
    STR,
    ANY,
    ModelRef("Item"),
    LiteralType(("a", 2)),
    SequenceType(DATE),
    MappingType(STR, union(INT, NONE)),
    union(ModelRef("Item"), SequenceType(LiteralType(("x",))), NONE),
]


@pytest.mark.parametrize("node", ALL_KINDS, ids=lambda n: n.kind)
def test_a_type_round_trips_through_json(node: TypeNode) -> None:
    data = json.loads(json.dumps(types.to_json(node)))
    assert data == types.to_json(node)  # plain JSON already: lists, not tuples
    assert data["kind"] == node.kind
    assert types.from_json(data) == node


@pytest.mark.parametrize(
    "data",
    [
        "str",
        None,
        {"kind": "list", "item": {"kind": "builtin", "name": "str"}},
        {"kind": "builtin"},
        {"kind": "builtin", "name": 3},
        {"kind": "literal", "values": [True]},
        {"kind": "union", "members": [{"kind": "builtin", "name": "str"}]},
        {"kind": "sequence", "item": "str"},
    ],
)
def test_unreadable_type_data_is_a_value_error(data: Any) -> None:
    with pytest.raises(ValueError):
        types.from_json(data)


SPEC = """\
openapi: 3.0.3
info: {title: Shop, version: "1"}
paths:
  /items/{id}:
    put:
      operationId: put_item
      tags: [items]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string, format: uuid}}
        - {name: kind, in: query, schema: {type: string, enum: [_Any, "_models.x"], nullable: true}}
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                when: {type: string, format: date-time}
                tags: {type: array, items: {type: string}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {}}}}
  /files:
    post:
      operationId: upload
      tags: [files]
      requestBody:
        content:
          application/octet-stream:
            schema: {type: string, format: binary}
      responses:
        "204": {description: done}
"""


def _api(tmp_path: Path, text: str = SPEC) -> Api:
    spec = tmp_path / "spec.yaml"
    spec.write_text(text)
    return build_ir(load_spec(spec), "shop")


def test_the_ir_holds_types_and_the_imports_they_need(tmp_path: Path) -> None:
    api = _api(tmp_path)
    items, files = api.resources
    (put,) = items.operations
    assert [p.type for p in put.parameters] == [union(UUID, STR), union(LiteralType(("_Any", "_models.x")), NONE)]
    assert put.body is not None and put.body.type is None
    assert [f.type for f in put.body.fields] == [union(DATETIME, STR), SequenceType(STR)]
    assert put.response.type == ANY and put.response.runtime_type == OBJECT
    assert put.body.validator == ModelRef(put.body.model or "")
    assert put.params_model and put.params_validator == ModelRef(put.params_model)
    assert put.validators == [put.params_validator, put.body.validator]
    # Enum values that look like names are values: no import, no models module for them.
    assert items.imports == sorted(
        {
            Import("uuid", "UUID"),
            Import("typing", "Literal"),
            Import("typing", "Any"),
            Import("datetime", "datetime"),
            Import("collections.abc", "Sequence"),
        }
    )
    assert items.uses_models  # through its validation models only
    (upload,) = files.operations
    assert upload.body is not None and upload.body.type == FILE_CONTENT and upload.body.validator is None
    assert upload.response.type == NONE and upload.response.runtime_type == NONE
    assert files.imports == [Import(".._types", "FileContent")] and not files.uses_models
    ir = json.loads(api.to_json())
    param = ir["resources"][0]["operations"][0]["parameters"][0]
    assert param["type"] == {
        "kind": "union",
        "members": [{"kind": "imported", "module": "uuid", "name": "UUID"}, {"kind": "builtin", "name": "str"}],
    }


# Argument type changes: (old, new, whether every old value is still accepted).
CHANGES = [
    (STR, union(UUID, STR), True),
    (union(UUID, STR), STR, False),
    (SequenceType(STR), SequenceType(union(UUID, STR)), True),  # nested widening
    (SequenceType(union(UUID, STR)), SequenceType(STR), False),
    (union(SequenceType(STR), NONE), union(SequenceType(union(UUID, STR)), NONE), True),
    (SequenceType(STR), MappingType(STR, STR), False),  # another container
    (LiteralType(("a",)), LiteralType(("a", "b")), True),
    (LiteralType(("a", "b")), LiteralType(("a",)), False),
    (union(LiteralType(("a", "b")), NONE), union(STR, NONE), True),
    (LiteralType((1, 2)), STR, False),
    (LiteralType((1, 2)), INT, True),
    (LiteralType(("1",)), LiteralType((1,)), False),
    (MappingType(STR, INT), MappingType(STR, union(INT, STR)), True),
    (MappingType(STR, INT), MappingType(INT, INT), False),
    (ADDRESS, union(ADDRESS, NONE), True),
    (INT, ANY, True),
    (INT, OBJECT, True),
    (INT, STR, False),
    (ModelRef("Thing"), ModelRef("Other"), False),
]


def _method_surface(arg: dict[str, Any], returns: dict[str, Any] | None = None) -> dict[str, Any]:
    method = {"args": {"ids": arg}, **(returns or {"returns": "None"})}
    return {"methods": {"items.get": method}, "models": {}}


def _arg(node: TypeNode) -> dict[str, Any]:
    return {"required": True, "type": node.annotation(), "node": types.to_json(node)}


@pytest.mark.parametrize(("old", "new", "compatible"), CHANGES)
def test_argument_type_changes_are_breaking_unless_they_accept_more(
    old: TypeNode, new: TypeNode, compatible: bool
) -> None:
    assert accepts(new, old) is compatible
    (change,) = diff(_method_surface(_arg(old)), _method_surface(_arg(new)))
    assert change.breaking is not compatible
    assert ("widened" in change.text) is compatible
    assert f"{old.annotation()} → {new.annotation()}" in change.text


def test_the_same_type_is_no_change_whatever_its_recorded_text() -> None:
    """Types are compared as data: the display text (a quoting or spacing change) does not count."""
    node = union(LiteralType(("a", "b")), NONE)
    old = _method_surface({**_arg(node), "type": "_Literal['a', 'b'] | None"})
    assert diff(old, _method_surface(_arg(node))) == []
    changed = _method_surface(_arg(union(LiteralType(("a", "c")), NONE)))
    assert [c.breaking for c in diff(old, changed)] == [True]


def test_a_surface_from_before_types_were_data_still_diffs() -> None:
    """A manifest written when types were annotation text: equal text is no change, other text breaks."""
    node = union(UUID, STR)
    legacy_returns = {"returns": "_models.Item"}
    legacy = _method_surface({"required": True, "type": "_UUID | str"}, legacy_returns)
    now = _method_surface(_arg(node), {"returns": "_models.Item", "returns_node": types.to_json(ModelRef("Item"))})
    assert diff(legacy, now) == []
    widened = _method_surface(_arg(union(node, NONE)), {"returns": "_models.Item"})
    (change,) = diff(legacy, widened)  # cannot be read as accepting more: breaking, not widened
    assert change.breaking and change.text == "`items.get`: argument `ids` type _UUID | str → _UUID | str | None"
    other_return = _method_surface(_arg(node), {"returns": "_models.Other", "returns_node": {"kind": "model"}})
    (change,) = diff(legacy, other_return)
    assert change.breaking and "returns _models.Item → _models.Other" in change.text
    # A node this generator cannot read falls back to the text too.
    garbled = _method_surface({"required": True, "type": "_UUID | str", "node": {"kind": "tuple"}}, legacy_returns)
    assert diff(garbled, now) == []


def test_the_recorded_surface_round_trips_and_diffs_as_unchanged() -> None:
    manifest = json.loads((REPO / "generated" / "finerworks" / "_manifest.json").read_text())
    recorded = manifest["surface"]
    api = build_ir(load_spec(REPO / "spec" / "finerworks.yaml"), "finerworks")
    fresh = surface(api)
    assert json.loads(json.dumps(fresh)) == recorded
    # Same data, other text: diff() compares every argument and return type by its node.
    respelled = copy.deepcopy(recorded)
    for method in respelled["methods"].values():
        method["returns"] = "?"
        for arg in method["args"].values():
            arg["type"] = "?"
    assert diff(respelled, fresh) == []
    for method in recorded["methods"].values():
        for arg in method["args"].values():
            assert types.from_json(arg["node"]).annotation() == arg["type"]
    # The released surface may predate types as data: it still reads as unchanged where equal.
    released = manifest.get("released_surface")
    if released:
        assert not [c for c in diff(released, fresh) if not c.text.startswith("runtime: ")]
