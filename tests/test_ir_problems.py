"""Problems found while building the IR are reported all in one run, like check_spec's (issue 16)."""

from __future__ import annotations

from pathlib import Path

from conftest import run_generator

SPEC = """\
openapi: 3.1.0
info:
  title: Shop
  version: "1"
  x-error-body:
    message: /message
    colour: red
servers: [{url: "https://shop.test"}]
paths:
  /items:
    get:
      operationId: list_items
      tags: [items]
      x-pagination: {page_param: page}
      parameters:
        - {name: page, in: query, schema: {type: integer}}
      responses: {"200": {description: ok}}
    post:
      operationId: create_item
      tags: [items]
      x-outcome-check: {operation: fetch_item}
      responses: {"200": {description: ok}}
  /items/one:
    get:
      operationId: get_item
      tags: [items]
      responses: {"200": {description: ok}}
"""


def test_every_ir_problem_is_reported_with_its_pointer_in_one_run(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC)
    result = run_generator("--spec", spec, "--out", tmp_path / "out", "--package", "shop")
    assert result.returncode == 2, result.stderr
    err = result.stderr
    assert "3 problems (1 x-pagination, 1 x-outcome-check, 1 x-error-body)" in err, err
    expected = [
        (14, "#/paths/~1items/get/x-pagination", "x-pagination needs 'page_param' and 'size_param'"),
        (21, "#/paths/~1items/post/x-outcome-check/operation", "names operation 'fetch_item'"),
        (7, "#/info/x-error-body/colour", "unknown key 'colour'"),
    ]
    for line, pointer, message in expected:
        assert f"spec.yaml:{line}: at {pointer}: " in err and message in err, (pointer, err)
    assert "hint: did you mean" in err  # the hints are kept
    assert "nothing was written" in err and not (tmp_path / "out").exists()
    assert "Traceback" not in err


def test_one_ir_problem_is_reported_alone(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        SPEC.replace("    colour: red\n", "").replace("      x-outcome-check: {operation: fetch_item}\n", "")
    )
    result = run_generator("--spec", spec, "--out", tmp_path / "out", "--package", "shop")
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"error: {spec}:13: at #/paths/~1items/get/x-pagination: x-pagination needs 'page_param' and 'size_param'"
    ), result.stderr
