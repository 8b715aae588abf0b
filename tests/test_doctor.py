"""The spec doctor: every rule fires on a spec that breaks it and stays silent on one that does not."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml
from conftest import SPEC, run_generator

from generator.doctor import diagnose
from generator.load import load_spec

BASE = """\
openapi: 3.1.0
info:
  title: T
  version: "1"
  x-status-envelope: {field: status, success: success, message: message, debug: debug}
paths:
  /things:
    post:
      operationId: list_things
      summary: List things.
      tags: [things]
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/list_request"}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/list_response"}
components:
  schemas:
    list_request:
      type: object
      properties:
        page_number: {type: integer}
        skus: {type: array, items: {type: string}, maxItems: 50, description: up to 50 SKUs}
        sort: {type: string, enum: [asc, desc], description: one of asc or desc}
    list_response:
      type: object
      properties:
        status: {type: object}
"""


def _edit(path: list[str | int], value: object) -> str:
    data = yaml.safe_load(BASE)
    node = data
    for key in path[:-1]:
        node = node[key]
    if value is None:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return yaml.safe_dump(data, sort_keys=False)


OP = ["paths", "/things", "post"]
PROPS = ["components", "schemas", "list_request", "properties"]
CASES = {
    "operation-id": _edit([*OP, "operationId"], None),
    "summary": _edit([*OP, "summary"], None),
    "tag": _edit([*OP, "tags"], None),
    "inline-schema": _edit(
        [*OP, "requestBody", "content", "application/json", "schema"],
        {"type": "object", "properties": {"a": {"type": "string"}}},
    ),
    "envelope": _edit(["components", "schemas", "list_response", "properties"], {"items": {"type": "array"}}),
    "number-id": _edit([*PROPS, "page_number"], {"type": "number"}),
    "enum-values": _edit([*PROPS, "sort"], {"type": "string", "description": "one of asc or desc"}),
    "prose-limit": _edit(
        [*PROPS, "skus"], {"type": "array", "items": {"type": "string"}, "description": "up to 50 SKUs"}
    ),
    "unknown-extension": _edit([*OP, "x-idempotnet"], True),
    "unused-component": _edit(["components", "schemas", "orphan"], {"type": "object"}),
    "body-on-get": BASE.replace("    post:", "    get:"),
    "body-on-delete": BASE.replace("    post:", "    delete:"),
}


def _findings(tmp_path: Path, text: str) -> list[str]:
    spec = tmp_path / "spec.yaml"
    spec.write_text(text)
    return [f.rule for f in diagnose(load_spec(spec))]


def test_clean_spec_has_no_findings(tmp_path: Path) -> None:
    assert _findings(tmp_path, BASE) == []


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_fires(rule: str, tmp_path: Path) -> None:
    assert rule in _findings(tmp_path, CASES[rule])


def test_finding_is_located_with_rule_severity_and_fix(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(textwrap.dedent(CASES["unknown-extension"]))
    result = run_generator("lint", "--spec", spec, "--no-spectral")
    assert result.returncode == 1
    line = result.stdout.splitlines()[0]
    assert line.startswith(f"{spec}:")
    assert "error[unknown-extension]" in line and "#/paths/~1things/post/x-idempotnet" in line
    assert "did you mean 'x-idempotent'" in result.stdout


def test_finerworks_spec_has_no_errors() -> None:
    result = run_generator("lint", "--spec", SPEC, "--errors-only", "--no-spectral")  # Spectral: test_spectral
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""
