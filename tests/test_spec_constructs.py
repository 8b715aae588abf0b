"""Constructs of real-world specs that once broke the generator, each as a small inline spec.

Every spec here generates with exit 0 into a complete package: every module imports, every
operation is in the manifest and on both clients, and mypy (default settings) reports no error.
The packages are generated once per session and checked together (one mypy run for all).

* naming: inline classes whose natural names collide with components declared later; components
  named after keywords, constants and builtins; ``properties`` beside ``anyOf``/``oneOf``; deep
  inline composition;
* type checking: a discriminated union whose members inherit an enum discriminator; a union
  ``default`` that fits only one member; ``propertyNames`` and ``patternProperties``;
* nesting: schemas nested as deep as the loader allows;
* repairs: each sloppiness the generator repairs, with its located warning
  (``docs/compatibility.md`` lists them).
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import run_generator

HEAD = """\
openapi: {version}
info: {{title: T, version: "1"}}
servers: [{{url: "https://example.test"}}]
paths:
  /things:
    get:
      operationId: get_thing
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{$ref: "#/components/schemas/{root}"}}
"""


def spec(components: str, *, root: str = "fee", version: str = "3.1.0", paths: str = "") -> str:
    """A one-operation spec returning ``root``, with ``components`` (YAML under ``components:``)."""
    head = HEAD.format(version=version, root=root) + textwrap.indent(textwrap.dedent(paths), "  ")
    return head + "components:\n" + textwrap.indent(textwrap.dedent(components), "  ")


# name → spec text. Each must generate, import and type-check.
CONSTRUCTS: dict[str, str] = {
    # An inline class (constrained string in anyOf) whose natural name is a later component's.
    "inline_takes_later_component_name": spec("""
        schemas:
          fee:
            type: object
            properties:
              balance_transaction:
                anyOf:
                  - {type: string, maxLength: 5000}
                  - {$ref: "#/components/schemas/balance_transaction"}
          balance_transaction:
            type: object
            properties:
              id: {type: string}
        """),
    # Constrained array items and an inline enum named like later components.
    "array_items_take_later_component_names": spec("""
        schemas:
          fee:
            type: object
            properties:
              tags: {type: array, items: {type: string, maxLength: 10}}
              codes: {type: array, items: {type: string, enum: [a, b]}}
          Tag: {type: object, properties: {id: {type: string}}}
          Code: {type: object, properties: {id: {type: string}}}
          CodesItem: {type: object, properties: {id: {type: string}}}
        """),
    # An array member of anyOf beside a component of the property's name.
    "array_member_of_any_of": spec("""
        schemas:
          fee:
            type: object
            properties:
              refunds:
                anyOf:
                  - {type: array, items: {type: string, minLength: 2}}
                  - {$ref: "#/components/schemas/refunds"}
          refunds:
            type: object
            properties:
              data: {type: array, items: {type: string}}
        """),
    # Components named after constants, keywords, soft keywords, builtins and the module's imports.
    "keyword_and_builtin_component_names": spec("""
        schemas:
          fee:
            type: object
            properties:
              a: {$ref: "#/components/schemas/None"}
              b: {$ref: "#/components/schemas/True"}
              c: {$ref: "#/components/schemas/False"}
              d: {$ref: "#/components/schemas/class"}
              e: {$ref: "#/components/schemas/list"}
              f: {$ref: "#/components/schemas/str"}
              g: {$ref: "#/components/schemas/type"}
              h: {$ref: "#/components/schemas/match"}
              i: {$ref: "#/components/schemas/BaseModel"}
              j: {$ref: "#/components/schemas/Field"}
              k: {$ref: "#/components/schemas/AnyUrl"}
              l: {type: string, format: uri}
              m: {$ref: "#/components/schemas/__init__"}
              n: {$ref: "#/components/schemas/datetime"}
              o: {type: string, format: date-time}
          None: {type: object, properties: {x: {type: string}}}
          "True": {type: object, properties: {x: {type: string}}}
          "False": {type: string, enum: [x, y]}
          class: {type: object, properties: {x: {type: string}}}
          list: {type: object, properties: {x: {type: string}}}
          str: {type: string, enum: [a]}
          type: {type: object, properties: {x: {type: string}}}
          match: {type: object, properties: {x: {type: string}}}
          BaseModel: {type: object, properties: {x: {type: string}}}
          Field: {type: object, properties: {x: {type: string}}}
          AnyUrl: {type: object, properties: {x: {type: string}}}
          __init__: {type: object, properties: {x: {type: string}}}
          datetime: {type: object, properties: {x: {type: string}}}
        """),
    # Properties beside anyOf/oneOf: "one of these is required", and alternatives with fields.
    "properties_beside_any_of": spec("""
        schemas:
          fee:
            type: object
            properties:
              email: {type: string}
              external_id: {type: string}
              other: {$ref: "#/components/schemas/other"}
            anyOf:
              - required: [email]
              - required: [external_id]
          other:
            type: object
            properties:
              kind: {type: string}
            oneOf:
              - {type: object, properties: {a: {type: integer}}}
              - {$ref: "#/components/schemas/b"}
          b: {type: object, properties: {b: {type: boolean}}}
        """),
    # Inline composition several levels deep inside a response.
    "deep_inline_composition": spec(
        """
        schemas:
          Base: {type: object, properties: {id: {type: string}}}
        """,
        paths="""
        /forms:
          get:
            operationId: get_form
            responses:
              "200":
                description: ok
                content:
                  application/json:
                    schema:
                      allOf:
                        - $ref: "#/components/schemas/Base"
                        - type: object
                          properties:
                            fields:
                              type: array
                              items:
                                allOf:
                                  - $ref: "#/components/schemas/Base"
                                  - type: object
                                    properties:
                                      field_options:
                                        type: array
                                        items:
                                          allOf:
                                            - $ref: "#/components/schemas/Base"
                                            - type: object
                                              properties:
                                                data:
                                                  oneOf:
                                                    - {type: object, properties: {x: {type: string}}}
                                                    - {type: string, maxLength: 3}
                                                    - $ref: "#/components/schemas/Base"
        """,
        root="Base",
    ),
    # A discriminated union whose members inherit the enum discriminator through allOf.
    "discriminator_inherited_enum": spec(
        """
        schemas:
          Pet:
            oneOf: [{$ref: "#/components/schemas/Cat"}, {$ref: "#/components/schemas/Dog"}]
            discriminator:
              propertyName: kind
              mapping: {cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog"}
          Base:
            type: object
            required: [kind]
            properties:
              kind: {type: string, enum: [cat, dog]}
          Single:
            type: object
            required: [kind]
            properties:
              kind: {type: string, enum: [cat]}
          Cat:
            allOf: [{$ref: "#/components/schemas/Single"}, {type: object, properties: {meows: {type: boolean}}}]
          Dog:
            allOf: [{$ref: "#/components/schemas/Base"}, {type: object, properties: {barks: {type: boolean}}}]
        """,
        root="Pet",
    ),
    # A union default that fits only one member.
    "union_default": spec("""
        schemas:
          fee:
            type: object
            properties:
              scale:
                oneOf: [{enum: [auto]}, {type: number, maximum: 2}]
                default: auto
              other:
                anyOf: [{type: string, enum: [auto, none]}, {type: integer, minimum: 0}]
                default: none
        """),
    # Constraints on map keys.
    "property_names": spec("""
        schemas:
          fee:
            type: object
            properties:
              labels:
                type: object
                propertyNames: {maxLength: 64}
                additionalProperties: {type: string}
              headers:
                type: object
                patternProperties:
                  "^x-": {type: string}
                  "^y-": {$ref: "#/components/schemas/Thing"}
          Map: {type: object, propertyNames: {pattern: "^[a-z]+$"}, additionalProperties: {type: integer}}
          Thing: {type: object, properties: {id: {type: string}}}
        """),
}


def _deep(kind: str, levels: int) -> dict[str, Any]:
    leaf: dict[str, Any] = {"type": "string", "maxLength": 3}
    schema = leaf
    for _ in range(levels):
        if kind == "items":
            schema = {"type": "array", "items": schema}
        elif kind == "properties":
            schema = {"type": "object", "properties": {"a": schema}}
        else:
            schema = {"anyOf": [schema, {"type": "integer"}]}
    return schema


# Nested deep, though not as deep as the loader allows (generator.load.MAX_DEPTH: 256 levels of the
# document, 128 of properties; test_hostile_documents generates that): pydantic itself cannot build
# a model nested much deeper than this, whatever the generator does.
for _kind, _levels in (("items", 100), ("properties", 30), ("anyOf", 60)):
    CONSTRUCTS[f"nested_{_kind}_{_levels}"] = spec(
        yaml.safe_dump({"schemas": {"fee": _deep(_kind, _levels)}}, width=10_000)
    )

# Sloppiness with one obvious meaning: name → (spec, warning fragments: rule, line, pointer, text).
THING = """\
    schemas:
      fee:
        type: object
        required: [id]
        properties:
          id: {type: string}
          n: {type: integer}
"""
REPAIRS: dict[str, tuple[str, list[str]]] = {
    "duplicate_required": (
        spec(THING.replace("required: [id]", "required: [id, id]")),
        ["duplicate-required", "spec.yaml:18", "#/components/schemas/fee/required", "'id' more than once"],
    ),
    "exclusive_minimum_boolean_in_31": (
        spec(THING.replace("n: {type: integer}", "n: {type: integer, minimum: 0, exclusiveMinimum: true}")),
        [
            "exclusive-bound-style",
            "spec.yaml:21",
            "#/components/schemas/fee/properties/n/exclusiveMinimum",
            "'exclusiveMinimum: 0'",
        ],
    ),
    "exclusive_maximum_number_in_30": (
        spec(THING.replace("n: {type: integer}", "n: {type: integer, exclusiveMaximum: 9}"), version="3.0.3"),
        ["exclusive-bound-style", "#/components/schemas/fee/properties/n/exclusiveMaximum", "'maximum: 9'"],
    ),
    "null_default": (
        spec(THING.replace("n: {type: integer}", "n: {type: integer, default: null}")),
        ["null-default", "spec.yaml:21", "#/components/schemas/fee/properties/n/default", "does not allow null"],
    ),
    "recursive_anchor": (
        spec(THING.replace("type: object\n", "type: object\n        $recursiveAnchor: true\n", 1)),
        ["recursive-anchor", "#/components/schemas/fee/$recursiveAnchor", "ignored"],
    ),
    "const_in_30": (
        spec(THING.replace("n: {type: integer}", "n: {type: string, const: x}"), version="3.0.3"),
        ["const-in-3.0", "#/components/schemas/fee/properties/n/const", "read as 'enum: ['x']'"],
    ),
    "operation_title": (
        spec(THING).replace(
            "      operationId: get_thing\n", "      operationId: get_thing\n      title: Get a thing\n"
        ),
        ["operation-title", "spec.yaml:8", "#/paths/~1things/get/title", "read as its 'summary'"],
    ),
    "unknown_schema_keyword_in_30": (
        spec(THING.replace("n: {type: integer}", "n: {type: integer, maximun: 3, x-ok: 1}"), version="3.0.3"),
        ["unknown-schema-keyword", "#/components/schemas/fee/properties/n/maximun", "did you mean 'maximum'?"],
    ),
    "tuple_items_in_30": (
        spec(
            THING.replace("n: {type: integer}", "n: {type: array, items: [{type: string}, {type: integer}]}"),
            version="3.0.3",
        ),
        ["tuple-items", "#/components/schemas/fee/properties/n/items", "any of the listed schemas"],
    ),
    "tuple_items_in_31": (
        spec(THING.replace("n: {type: integer}", "n: {type: array, items: [{type: string}, {type: integer}]}")),
        ["tuple-items", "#/components/schemas/fee/properties/n/items", "'prefixItems'"],
    ),
    "type_list_in_30": (
        spec(THING.replace("n: {type: integer}", "n: {type: [integer, 'null']}"), version="3.0.3"),
        ["type-list-in-3.0", "#/components/schemas/fee/properties/n/type", "'nullable: true'"],
    ),
    "missing_paths_in_30": (
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\ncomponents:\n" + textwrap.indent(textwrap.dedent(THING), "  "),
        ["missing-paths", "spec.yaml:1", "'paths: {}'"],
    ),
    "missing_responses_in_30": (
        spec(THING, version="3.0.3").replace(
            '      responses:\n        "200":\n          description: ok\n          content:\n            application/json:\n'
            '              schema: {$ref: "#/components/schemas/fee"}\n',
            "",
        ),
        ["missing-responses", "spec.yaml:6", "#/paths/~1things/get", "one response without content"],
    ),
    "path_items_in_30": (
        spec(
            THING + "    pathItems:\n      P:\n        get:\n          operationId: get_p\n"
            "          responses: {'200': {description: ok}}\n",
            version="3.0.3",
            paths='/p: {$ref: "#/components/pathItems/P"}\n',
        ),
        ["path-items-in-3.0", "#/components/pathItems", "read as the item itself"],
    ),
    "path_parameter_not_required": (
        spec(
            THING,
            paths="""
            /things/{id}:
              get:
                operationId: get_one
                parameters: [{name: id, in: path, schema: {type: string}}]
                responses: {"200": {description: ok}}
            """,
        ),
        ["path-parameter-required", "#/paths/~1things~1{id}/get/parameters/0", "'required: true'"],
    ),
    "undeclared_path_parameter": (
        spec(
            THING,
            paths="""
            /things/{id}/parts/{part}:
              parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
              get:
                operationId: get_part
                responses: {"200": {description: ok}}
            """,
        ),
        [
            "undeclared-path-parameter",
            "#/paths/~1things~1{id}~1parts~1{part}/get",
            "{part}",
            "required string path parameter",
        ],
    ),
    "wrong_type_default": (
        spec(THING.replace("n: {type: integer}", "n: {type: integer, default: 'one'}")),
        ["bad-default", "spec.yaml:21", "#/components/schemas/fee/properties/n/default", "the default is ignored"],
    ),
}
ALL = {**CONSTRUCTS, **{f"repair_{k}": v[0] for k, v in REPAIRS.items()}}


@dataclass
class Built:
    out: Path
    results: dict[str, subprocess.CompletedProcess[str]]
    specs: dict[str, Path]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    root = tmp_path_factory.mktemp("constructs")
    out = root / "out"
    results, specs = {}, {}
    for name, text in ALL.items():
        folder = root / name
        folder.mkdir()
        specs[name] = folder / "spec.yaml"
        specs[name].write_text(text, encoding="utf-8")
        results[name] = run_generator("--spec", specs[name], "--out", out / name, "--package", f"p_{name}")
    yield Built(out, results, specs)


_PROBE = r"""
import importlib, inspect, json, pathlib, sys, traceback
root = pathlib.Path(sys.argv[1])
report = {}
for folder in sorted(p for p in root.iterdir() if p.is_dir()):
    package = next(p.name for p in folder.iterdir() if p.is_dir() and p.name.startswith("p_"))
    sys.path.insert(0, str(folder))
    problems = []
    for path in sorted((folder / package).rglob("*.py")):
        parts = path.relative_to(folder).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        try:
            module = importlib.import_module(name)
        except BaseException:
            problems.append(name + ": " + traceback.format_exc(limit=2))
    models = importlib.import_module(package + ".models")
    for cls in vars(models).values():  # build every model now: defer_build hides errors until first use
        if isinstance(cls, type) and hasattr(cls, "model_rebuild") and cls.__module__ == models.__name__:
            try:
                cls.model_rebuild(force=True)
                cls.model_json_schema()
            except BaseException as exc:
                problems.append(f"{cls.__name__}: {type(exc).__name__}: {exc}"[:500])
    manifest = json.loads((folder / package / "_manifest.json").read_text(encoding="utf-8"))
    client_module = importlib.import_module(package + "._client")
    for key in ("client", "async_client"):
        client = getattr(client_module, manifest[key])(base_url="http://127.0.0.1:9")
        for op in manifest["operations"]:
            resource, method = op["python"].split(".")
            if not callable(getattr(getattr(client, resource, None), method, None)):
                problems.append(f"{manifest[key]}.{op['python']} missing")
    report[folder.name] = {"problems": problems, "operations": len(manifest["operations"])}
print(json.dumps(report))
"""


@pytest.fixture(scope="module")
def probe(built: Built) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, str(built.out)], capture_output=True, text=True, check=False, timeout=600
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    report: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return report


@pytest.fixture(scope="module")
def mypy_errors(built: Built, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """One mypy run per package folder would take minutes; one run over all of them is enough."""
    errors: dict[str, list[str]] = {name: [] for name in ALL}
    cache = tmp_path_factory.mktemp("mypy-cache")
    folders = [name for name in ALL if built.results[name].returncode == 0]
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(built.out / n) for n in folders)}
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            os.devnull,
            "--cache-dir",
            str(cache),
            "--no-error-summary",
            "--hide-error-context",
            *(arg for n in folders for arg in ("-p", f"p_{n}")),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=1800,
        env=env,
        cwd=built.out,
    )
    for line in proc.stdout.splitlines():
        if ": error:" in line:
            owner = next((n for n in folders if f"p_{n}/" in line or f"p_{n}\\" in line), "?")
            errors.setdefault(owner, []).append(line)
    assert proc.returncode in (0, 1), proc.stderr[-3000:]
    return errors


@pytest.mark.parametrize("name", sorted(ALL))
def test_generates_complete_importable_and_mypy_clean(
    name: str, built: Built, probe: dict[str, Any], mypy_errors: dict[str, list[str]]
) -> None:
    result = built.results[name]
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    report = probe[name]
    assert not report["problems"], "\n".join(report["problems"][:5])
    raw = yaml.safe_load(ALL[name])
    in_spec = sum(
        1 for item in (raw.get("paths") or {}).values() for m in item if m in ("get", "put", "post", "delete", "patch")
    ) + (
        1 if name == "repair_path_items_in_30" else 0
    )  # the $ref'd path item, once inlined
    assert report["operations"] == in_spec
    assert not mypy_errors.get(name), "\n".join(mypy_errors[name][:10])


@pytest.mark.parametrize("name", sorted(REPAIRS))
def test_repairs_warn_with_place_and_assumption(name: str, built: Built) -> None:
    result = built.results[f"repair_{name}"]
    assert result.returncode == 0, result.stderr[-3000:]
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    fragments = REPAIRS[name][1]
    assert any(all(f in line for f in fragments) for line in warnings), (fragments, warnings)


def test_names_agree_with_the_naming_table(built: Built) -> None:
    """Components keep their table names; classes the models stage made up never take one."""
    models = built.out / "keyword_and_builtin_component_names" / "p_keyword_and_builtin_component_names" / "models.py"
    text = models.read_text(encoding="utf-8")
    for cls in (
        "None_",
        "True_",
        "False_",
        "Class",
        "ListModel",
        "Str",
        "Type",
        "Match",
        "BaseModelModel",
        "FieldModel",
        "AnyUrl",
        "Init",
        "Datetime",
    ):
        assert f"\nclass {cls}(" in text, cls
    later = built.out / "inline_takes_later_component_name" / "p_inline_takes_later_component_name" / "models.py"
    text = later.read_text(encoding="utf-8")
    assert "\nclass BalanceTransaction(Model):" in text  # the component, not the inline string


def test_discriminated_union_parses(built: Built) -> None:
    folder = built.out / "discriminator_inherited_enum"
    code = (
        "from p_discriminator_inherited_enum.models import Pet\n"
        "pet = Pet.model_validate({'kind': 'dog', 'barks': True})\n"
        "assert type(pet.root).__name__ == 'Dog', pet\n"
        "assert type(Pet.model_validate({'kind': 'cat'}).root).__name__ == 'Cat'\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=folder, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_every_repair_is_documented_with_its_rule() -> None:
    """docs/compatibility.md lists each warning rule the loading and validating stages emit."""
    import ast

    from conftest import REPO

    doc = (REPO / "docs" / "compatibility.md").read_text(encoding="utf-8")
    rules = set()
    for module in ("load.py", "validate.py", "ir/schemas.py"):
        tree = ast.parse((REPO / "generator" / module).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "add"):
                continue
            if len(node.args) >= 3 and isinstance(node.args[2], ast.Constant):
                rules.add(str(node.args[2].value))
    assert len(rules) >= 18
    missing = sorted(rule for rule in rules if f"`{rule}`" not in doc)
    assert not missing, f"not in docs/compatibility.md: {missing}"
    assert {fragments[0] for _, fragments in REPAIRS.values()} <= rules  # each repair test names its rule


def test_inline_all_of_objects_whose_fields_share_a_python_name(tmp_path: Path) -> None:
    """Found by the grammar test: two inline allOf members with ``user id`` and ``UserId`` made two
    incompatible base classes; merged into one object, the class names its fields apart."""
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "G", "version": "1"},
        "servers": [{"url": "https://example.test"}],
        "paths": {
            "/r": {
                "get": {
                    "operationId": "r",
                    "tags": ["t"],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/data"}}},
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "data": {
                    "type": "object",
                    "properties": {
                        "first": {
                            "allOf": [
                                {"type": "object", "properties": {"user id": {"type": "integer", "minimum": 0}}},
                                {
                                    "type": "object",
                                    "properties": {"UserId": {"type": "string"}},
                                    "required": ["UserId"],
                                },
                            ]
                        }
                    },
                }
            }
        },
    }
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec))
    done = run_generator("--spec", path, "--out", tmp_path / "out", "--package", "g")
    assert done.returncode == 0, done.stderr
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", "/dev/null", "--no-error-summary", "g"],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
        check=False,
    )
    assert mypy.returncode == 0, mypy.stdout
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        models = importlib.import_module("g.models")
        value = models.Data.model_validate({"first": {"user id": 3, "UserId": "u"}}).first
        assert (value.user_id, value.user_id_2) == (3, "u")
    finally:
        sys.path.remove(str(tmp_path / "out"))
        for name in [n for n in sys.modules if n.split(".")[0] == "g"]:
            del sys.modules[name]
