"""Property test: random valid OpenAPI documents from a grammar never break the generator.

Hypothesis builds documents with composition nested several levels deep (``allOf``/``oneOf``/
``anyOf``/``items``/``properties``/``additionalProperties``), ``$ref`` chains and recursion,
constrained primitives and arrays inside unions (the inline classes that once took the names of
components declared later), and component, property, tag, parameter and operation names drawn
from keywords, soft keywords, constants, builtins, dunder names, digits-first strings, unicode and
names that differ only in case or punctuation. For each document: the generator never exits 3
(nor refuses it: it is valid), every operation is in the manifest and on the client, the package
imports, and mypy reports no error.

``make test`` runs a few examples, the same ones every run (derandomized, so CI is reproducible);
``SPEC_GRAMMAR_EXAMPLES=200`` runs more, drawn at random.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import run_generator
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("SPEC_GRAMMAR_EXAMPLES", "4"))

NAMES = [
    # keywords, soft keywords, constants
    "class",
    "def",
    "import",
    "lambda",
    "None",
    "True",
    "False",
    "match",
    "case",
    "type",
    "_",
    # builtins and names the models module imports
    "list",
    "str",
    "int",
    "dict",
    "object",
    "print",
    "id",
    "float",
    "bytes",
    "Exception",
    "BaseModel",
    "Field",
    "Enum",
    "Any",
    "Optional",
    "date",
    "datetime",
    "UUID",
    "RootModel",
    "Literal",
    "AnyUrl",
    "constr",
    "model_config",
    "json",
    "schema",
    "copy",
    "root",
    # dunder, digits first, unicode
    "__init__",
    "__class__",
    "1st",
    "2fa",
    "3d",
    "naïve",
    "名前",
    "Ünïcode",
    "émoji🐍",
    # differ only in case or punctuation
    "user",
    "User",
    "USER",
    "user_id",
    "user-id",
    "userId",
    "user.id",
    "UserId",
    "user id",
    # natural names of inline classes (collide with components of the same name)
    "balance_transaction",
    "BalanceTransaction",
    "Item",
    "items",
    "Tag",
    "tags",
    "FeeItem",
    "Refund",
    "refunds",
    "Fee",
    "fee",
    "data",
    "Data",
    "Model",
    "Root",
    "Kind",
    "kind",
]
# Names usable in a URL path template: {name}
PATH_SAFE = [n for n in NAMES if n.replace("_", "").isalnum() and n.isascii()]
# Component names: OpenAPI allows ^[a-zA-Z0-9._-]+$ only.
COMPONENT_NAMES = [n for n in NAMES if re.fullmatch(r"[A-Za-z0-9._-]+", n)]


def _schema(any_refs: list[str], earlier_refs: list[str], depth: int = 3, descended: bool = False) -> Any:
    """Schemas over the components: primitives, constrained ones, composition, references.

    A schema may refer to any component once it has descended into a property or an item; in
    place (through allOf/anyOf/oneOf) only to components declared before it: a schema that
    includes itself in place never ends, and is refused (``circular schema``).
    """
    refs = any_refs if descended else earlier_refs
    primitive = st.one_of(
        st.just({"type": "string"}),
        st.builds(lambda n: {"type": "string", "maxLength": n}, st.integers(1, 5000)),
        st.just({"type": "integer", "minimum": 0}),
        st.just({"type": "number", "maximum": 2}),
        st.just({"type": "boolean"}),
        st.just({"type": "string", "format": "date-time"}),
        st.lists(
            st.sampled_from(["a", "b", "auto", "none", "A", "None", "class"]), min_size=1, max_size=3, unique=True
        ).map(lambda values: {"type": "string", "enum": values}),
        st.just({"type": ["string", "null"]}),
    )
    leaf = primitive
    if refs:
        ref = st.sampled_from(refs).map(lambda name: {"$ref": f"#/components/schemas/{_escape(name)}"})
        leaf = st.one_of(primitive, ref)
    if depth == 0:
        return leaf
    inner = _schema(any_refs, earlier_refs, depth - 1, descended)  # in place
    below = _schema(any_refs, earlier_refs, depth - 1, True)  # in a property or an item
    props = st.dictionaries(st.sampled_from(NAMES), below, min_size=1, max_size=3)
    return st.one_of(
        leaf,
        leaf,
        st.builds(lambda i: {"type": "array", "items": i}, below),
        st.builds(lambda p: {"type": "object", "properties": p}, props),
        st.builds(
            lambda p, r: {"type": "object", "properties": p, "required": sorted(p)[:r]}, props, st.integers(0, 2)
        ),
        st.builds(lambda i: {"type": "object", "additionalProperties": i}, below),
        st.builds(lambda m: {"allOf": m}, st.lists(inner, min_size=1, max_size=3)),
        st.builds(lambda m: {"oneOf": m}, st.lists(inner, min_size=2, max_size=3)),
        st.builds(lambda m: {"anyOf": m}, st.lists(inner, min_size=2, max_size=3)),
        st.builds(
            lambda p, m: {"type": "object", "properties": p, "anyOf": m},
            props,
            st.lists(st.builds(lambda k: {"required": [k]}, st.sampled_from(NAMES)), min_size=2, max_size=2),
        ),
    )


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    names = draw(st.lists(st.sampled_from(COMPONENT_NAMES), min_size=1, max_size=6, unique=True))
    components = {name: draw(_schema(names, names[:i])) for i, name in enumerate(names)}
    schema = _schema(names, names)  # operations: any component, in place too
    spare = [n for n in COMPONENT_NAMES if n not in components]
    if draw(st.booleans()):  # a $ref chain: one component is only a reference to another
        components[draw(st.sampled_from(spare))] = {"$ref": f"#/components/schemas/{_escape(names[0])}"}
    op_ids = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=3, unique=True))
    paths: dict[str, Any] = {}
    for i, op_id in enumerate(op_ids):
        var = draw(st.sampled_from(PATH_SAFE))
        query = draw(st.lists(st.sampled_from(NAMES), max_size=3, unique=True))
        params = [{"name": var, "in": "path", "required": True, "schema": {"type": "string"}}] + [
            {"name": q, "in": "query", "schema": draw(schema)} for q in query if q != var
        ]
        op: dict[str, Any] = {
            "operationId": op_id,
            "tags": [draw(st.sampled_from(NAMES))],
            "parameters": params,
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": draw(schema)}}}},
        }
        if draw(st.booleans()):
            op["requestBody"] = {"content": {"application/json": {"schema": draw(schema)}}}
        paths[f"/r{i}/{{{var}}}"] = {draw(st.sampled_from(["get", "post", "put", "delete"])): op}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Grammar", "version": "1"},
        "servers": [{"url": "https://example.test"}],
        "paths": paths,
        "components": {"schemas": components},
    }


_PROBE = r"""
import importlib, json, pathlib, sys
out, package = pathlib.Path(sys.argv[1]), sys.argv[2]
sys.path.insert(0, str(out))
for path in sorted((out / package).rglob("*.py")):
    parts = path.relative_to(out).with_suffix("").parts
    importlib.import_module(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
manifest = json.loads((out / package / "_manifest.json").read_text(encoding="utf-8"))
client = getattr(importlib.import_module(package + "._client"), manifest["client"])(base_url="http://127.0.0.1:9")
for op in manifest["operations"]:
    resource, method = op["python"].split(".")
    assert callable(getattr(getattr(client, resource), method)), op
print(json.dumps(sorted(op["operationId"] for op in manifest["operations"])))
"""


@settings(
    max_examples=EXAMPLES,
    # `make test` (and CI) runs the same examples every time; asking for more explores at random.
    derandomize="SPEC_GRAMMAR_EXAMPLES" not in os.environ,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
@given(doc=documents())
def test_random_valid_documents_generate_complete_mypy_clean_packages(
    doc: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = tmp_path_factory.mktemp("grammar")
    spec = root / "spec.json"
    spec.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    result = run_generator("--spec", spec, "--out", root / "out", "--package", "g", "-q")
    assert result.returncode != 3, result.stderr[-3000:]
    assert result.returncode == 0, result.stderr[-3000:]
    probe = subprocess.run(
        [sys.executable, "-c", _PROBE, str(root / "out"), "g"], capture_output=True, text=True, check=False
    )
    assert probe.returncode == 0, probe.stderr[-3000:]
    listed = json.loads(probe.stdout.strip().splitlines()[-1])
    in_spec = [op["operationId"] for item in doc["paths"].values() for op in item.values()]
    assert listed == sorted(in_spec)
    mypy = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            os.devnull,
            "--cache-dir",
            str(_mypy_cache(tmp_path_factory)),
            "--no-error-summary",
            "--hide-error-context",
            "g",
        ],
        cwd=root / "out",
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    errors = [line for line in mypy.stdout.splitlines() if ": error:" in line]
    assert not errors, "\n".join(errors[:10])


def _mypy_cache(factory: pytest.TempPathFactory) -> Path:
    """Shared by the examples of a session: third-party stubs are analysed once."""
    path = factory.getbasetemp() / "grammar-mypy-cache"
    path.mkdir(parents=True, exist_ok=True)
    return path
