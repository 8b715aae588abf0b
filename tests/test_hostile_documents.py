"""Documents built to hurt, and documents with many problems: refused fast, located, all at once.

* A YAML alias bomb, a merge-key bomb, a recursive alias and documents nested past the depth limit
  are refused in well under 5 s with exit 2 and the line of the offending node; no input reaches
  a RecursionError.
* Documents nested as deep as the limit allows generate.
* Every problem of a spec is reported in one run, grouped by kind, capped with a count of the rest;
  openapi-spec-validator's complaints arrive before the slow stages finish.
"""

from __future__ import annotations

import json
import time
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest
from conftest import run_generator

from generator import cli
from generator.errors import InternalError, SpecError
from generator.load import MAX_DEPTH

HEAD = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"


def _bomb() -> str:
    lines = ["x-bomb:", '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        name, prev = chr(97 + i), chr(96 + i)
        lines.append(f"  {name}: &{name} [" + ",".join([f"*{prev}"] * 10) + "]")
    return HEAD + "\n".join(lines) + "\n"


def _merge_bomb() -> str:
    lines = ["x-m:", "  a: &a {k0: 1, k1: 2, k2: 3, k3: 4, k4: 5, k5: 6, k6: 7, k7: 8, k8: 9, k9: 10}"]
    for i in range(1, 12):
        lines.append(f"  m{i}: &m{i} {{<<: [" + ", ".join([f"*{'a' if i == 1 else f'm{i - 1}'}"] * 10) + "]}")
    return HEAD + "\n".join(lines) + "\n"


def _json_nested(levels: int) -> str:
    return '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},\n"x-deep":\n' + (
        "[" * levels + "]" * levels + "}"
    )


HOSTILE: dict[str, tuple[str, str, list[str]]] = {
    # name: (file name, text, fragments of the message)
    "alias_bomb": ("spec.yaml", _bomb(), ["YAML aliases expand", "spec.yaml:13", "billion laughs"]),
    "merge_key_bomb": ("spec.yaml", _merge_bomb(), ["YAML aliases expand", "spec.yaml:"]),
    "recursive_alias": ("spec.yaml", HEAD + "x-c: &c [1, *c]\n", ["refers to a node that contains it", "spec.yaml:4"]),
    "recursive_merge": ("spec.yaml", HEAD + "x-c: &c {a: 1, <<: *c}\n", ["contains it", "spec.yaml:4"]),
    "json_1500_deep": ("spec.json", _json_nested(1500), ["more than 256 levels", "spec.json:3"]),
    "json_100000_deep": ("spec.json", _json_nested(100_000), ["more than 256 levels", "spec.json:3"]),
    "json_300_deep": ("spec.json", _json_nested(300), ["more than 256 levels", "spec.json:3", "#/x-deep/0/0/0"]),
    "yaml_300_deep": (
        "spec.yaml",
        HEAD + "x-a:\n" + "".join("  " * (i + 1) + "a:\n" for i in range(300)) + "  " * 301 + "b\n",
        ["more than 256 levels", "spec.yaml:260"],
    ),
    "yaml_1500_deep_flow": ("spec.yaml", HEAD + "x-a: " + "[" * 1500 + "]" * 1500 + "\n", ["spec.yaml:4"]),
    "deep_through_an_alias": (
        "spec.yaml",
        HEAD + "x-d:\n  a: &a " + "[" * 200 + "]" * 200 + "\n  b: " + "[" * 100 + "*a" + "]" * 100 + "\n",
        ["once its aliases are expanded", "spec.yaml:6"],
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_documents_are_refused_fast_and_located(case: str, tmp_path: Path) -> None:
    name, text, fragments = HOSTILE[case]
    spec = tmp_path / name
    spec.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    result = run_generator("--spec", spec, "--out", tmp_path / "out", "--package", "p")
    seconds = time.perf_counter() - started
    assert result.returncode == 2, result.stderr[-2000:]
    assert seconds < 5, f"refused after {seconds:.1f}s"
    assert "Traceback" not in result.stderr and "RecursionError" not in result.stderr
    assert len(result.stderr.splitlines()) <= 6, result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, (fragment, result.stderr)


def _deep_spec(kind: str, levels: int) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string", "maxLength": 3}
    for _ in range(levels):
        if kind == "items":
            schema = {"type": "array", "items": schema}
        elif kind == "properties":
            schema = {"type": "object", "properties": {"a": schema}}
        else:
            schema = {"anyOf": [schema, {"type": "integer"}]}
    media = {"application/json": {"schema": {"$ref": "#/components/schemas/D"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {
                "post": {
                    "operationId": "op",
                    "requestBody": {"content": media},
                    "responses": {"200": {"description": "ok", "content": media}},
                }
            }
        },
        "components": {"schemas": {"D": schema}},
    }


# Levels of the document each schema level takes: items 1, properties 2, anyOf 2; root at 4.
@pytest.mark.parametrize(("kind", "levels"), [("items", MAX_DEPTH - 6), ("properties", MAX_DEPTH // 2 - 4)])
def test_documents_as_deep_as_allowed_generate(kind: str, levels: int, tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(_deep_spec(kind, levels)), encoding="utf-8")
    result = run_generator("--spec", spec, "--out", tmp_path / "out", "--package", "p")
    assert result.returncode == 0, result.stderr[-3000:]
    models = (tmp_path / "out" / "p" / "models.py").read_text(encoding="utf-8")
    compile(models, "models.py", "exec")  # Python's parser allows 200 nested brackets: never reached


def _many_problems(unresolvable: int) -> str:
    refs = "".join(f"        r{i}: {{$ref: '#/components/schemas/Thng{i}'}}\n" for i in range(unresolvable))
    return f"""\
openapi: 3.1.0
info: {{title: T, version: "1"}}
paths:
  /things:
    get:
      operationId: list_things
      parameters:
        - {{name: q, in: body, schema: {{type: string}}}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{$ref: "#/components/schemas/Thng"}}
    post:
      operationId: list_things
      requestBody:
        content:
          application/json:
            schema: {{$ref: "other.yaml#/components/schemas/Thing"}}
      responses:
        "200": {{description: ok}}
  /others:
    get:
      operationId: list_others
      responses:
        "200": {{summary: no description here}}
components:
  schemas:
    Loop: {{$ref: "#/components/schemas/Loop"}}
    Thing:
      type: object
      properties:
        id: {{type: intger}}
        n: {{type: [string, numbr]}}
{refs}"""


def test_every_problem_is_reported_at_once_grouped(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(_many_problems(0), encoding="utf-8")
    result = run_generator("--spec", spec, "--out", tmp_path / "out", "--package", "p")
    assert result.returncode == 2, result.stderr
    err = result.stderr
    assert "Traceback" not in err
    expected = [
        "9 problems",
        "unknown schema type:",
        "spec.yaml:34: at #/components/schemas/Thing/properties/id/type: invalid OpenAPI document: unknown type "
        "'intger'; did you mean 'integer'?",
        "#/components/schemas/Thing/properties/n/type/1: invalid OpenAPI document: unknown type 'numbr'; "
        "did you mean 'number'?",
        "unresolvable $ref:",
        "spec.yaml:14: at #/paths/~1things/get/responses/200/content/application~1json/schema/$ref: "
        "unresolvable $ref '#/components/schemas/Thng': no such node in this document; "
        "did you mean '#/components/schemas/Thing'?",
        "external $ref:",
        "duplicate operationId:",
        "spec.yaml:16: at #/paths/~1things/post/operationId: duplicate operationId 'list_things'",
        "circular $ref:",
        "invalid parameter:",
        "parameter 'q' has unknown location 'in: body'",
        "Swagger 2.0",
        "invalid OpenAPI document:",  # openapi-spec-validator's own complaint (the missing description)
        "#/paths/~1others/get/responses/200",
        "nothing was written.",
    ]
    for fragment in expected:
        assert fragment in err, (fragment, err)


def test_many_problems_are_capped_with_a_count(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(_many_problems(60), encoding="utf-8")
    result = run_generator("--spec", spec, "--out", tmp_path / "out", "--package", "p")
    assert result.returncode == 2
    shown = [line for line in result.stderr.splitlines() if line.startswith("  ") and "spec.yaml" in line]
    assert len(shown) == cli.MAX_PROBLEMS_SHOWN
    assert "69 problems" in result.stderr
    assert f"... and {69 - cli.MAX_PROBLEMS_SHOWN} more problems not shown" in result.stderr


def test_the_validators_verdict_does_not_wait_for_the_slow_stages() -> None:
    """A refused document: its complaints are raised while the models stage is still running."""
    from generator.processes import Validation as _Validation

    validation = _Validation.__new__(_Validation)
    validation._store = type("Store", (), {"put": lambda *a: None})()
    validation._digest = ""
    validation._pool = None
    validation._pending = Future()
    validation._pending.set_result(([("'description' is a required property", "/paths/~1a/get")], 1))
    never: Future[str] = Future()  # the models stage, still running
    started = time.perf_counter()
    with pytest.raises(SpecError, match="description"):
        validation.wait(never)
    assert time.perf_counter() - started < 1


def test_generator_debug_shows_the_traceback_of_an_internal_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import generator.pipeline

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise InternalError("models stage: something disagreed")

    spec = tmp_path / "spec.yaml"
    spec.write_text(HEAD, encoding="utf-8")
    monkeypatch.setattr(generator.pipeline, "generate", broken)
    argv = ["--spec", str(spec), "--out", str(tmp_path / "out"), "--package", "p", "--force"]
    monkeypatch.delenv("GENERATOR_DEBUG", raising=False)
    assert cli.main(argv) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err and "GENERATOR_DEBUG=1 shows the traceback" in err
    monkeypatch.setenv("GENERATOR_DEBUG", "1")
    assert cli.main(argv) == 3
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "something disagreed" in err


def test_a_schema_that_includes_itself_in_place_is_refused(tmp_path: Path) -> None:
    """Valid to openapi-spec-validator's schema, but checking a value against it never ends."""
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    Kind:\n      allOf:\n        - {type: string}\n        - anyOf: [{$ref: '#/components/schemas/Other'}]\n"
        "    Other: {oneOf: [{type: integer}, {$ref: '#/components/schemas/Kind'}]}\n"
        "    Tree: {type: object, properties: {children: {type: array, items: {$ref: '#/components/schemas/Tree'}}}}\n",
        encoding="utf-8",
    )
    result = run_generator("--spec", spec, "--out", tmp_path / "out", "--package", "p")
    assert result.returncode == 2, result.stderr
    assert "includes itself through allOf/anyOf/oneOf/not" in result.stderr
    assert "spec.yaml:" in result.stderr and "Tree" not in result.stderr  # recursion through items is fine
