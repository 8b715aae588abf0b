"""The command line: exit codes, located errors, atomic writes, --check."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from conftest import run_generator, tree

GOOD = """\
openapi: 3.1.0
info: {title: Tiny, version: "1"}
servers: [{url: "https://example.test/v1"}]
paths:
  /things:
    get:
      operationId: list_things
      tags: [things]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      type: object
      properties:
        id: {type: integer}
"""


def _write(tmp_path: Path, text: str, name: str = "spec.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return path


@pytest.fixture
def good_output(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    result = run_generator("--spec", _write(tmp_path, GOOD), "--out", out, "--package", "tiny", "-q")
    assert result.returncode == 0, result.stderr
    return out


BAD_SPECS = {
    "broken_yaml": ("openapi: 3.1.0\ninfo: {title: x\npaths: {}\n", ["invalid YAML", "spec.yaml:"]),
    "not_a_mapping": ("- just\n- a list\n", ["must be a mapping", "list"]),
    "swagger2": (
        "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {}\n",
        ["Swagger 2.0", "spec.yaml:1", "#/swagger"],
    ),
    "missing_ref": (
        GOOD.replace('$ref: "#/components/schemas/Thing"', '$ref: "#/components/schemas/Nope"'),
        ["unresolvable $ref", "Nope", "spec.yaml:14"],
    ),
    "duplicate_operation_id": (
        GOOD.replace(
            "paths:\n",
            "paths:\n  /other:\n    get:\n      operationId: list_things\n      responses: {'200': {description: ok}}\n",
        ),
        ["duplicate operationId", "list_things"],
    ),
    "invalid_type": (
        GOOD.replace("id: {type: integer}", "id: {type: integr}"),
        ["invalid OpenAPI document", "integr", "spec.yaml:20", "#/components/schemas/Thing/properties/id/type"],
    ),
    "invalid_inline_type": (
        GOOD.replace(
            "      tags: [things]\n",
            "      tags: [things]\n      parameters:\n        - {name: q, in: query, schema: {type: strng}}\n",
        ),
        ["invalid OpenAPI document", "strng", "spec.yaml:10", "#/paths/~1things/get/parameters/0/schema/type"],
    ),
    "external_ref": (
        GOOD.replace('$ref: "#/components/schemas/Thing"', '$ref: "other.yaml#/Thing"'),
        ["external $ref", "other.yaml"],
    ),
    "no_openapi_field": ("info: {title: x, version: '1'}\npaths: {}\n", ["'openapi' field is missing"]),
}


@pytest.mark.parametrize("case", sorted(BAD_SPECS))
def test_bad_spec_exits_2_with_located_message_and_keeps_output(case: str, tmp_path: Path, good_output: Path) -> None:
    text, expected = BAD_SPECS[case]
    before = tree(good_output)
    spec = _write(tmp_path, text)
    result = run_generator("--spec", spec, "--out", good_output, "--package", "tiny")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) <= 10
    for fragment in expected:
        assert fragment in result.stderr, (fragment, result.stderr)
    assert tree(good_output) == before


def test_missing_spec_file_and_bad_package_name(tmp_path: Path) -> None:
    result = run_generator("--spec", tmp_path / "nope.yaml", "--out", tmp_path, "--package", "x")
    assert result.returncode == 2 and "not found" in result.stderr
    result = run_generator("--spec", _write(tmp_path, GOOD), "--out", tmp_path, "--package", "not-valid")
    assert result.returncode == 2 and "not a valid Python package name" in result.stderr
    result = run_generator("--spec")
    assert result.returncode == 2


def test_check_detects_drift_and_passes_when_clean(tmp_path: Path, good_output: Path) -> None:
    spec = tmp_path / "spec.yaml"
    ok = run_generator("--spec", spec, "--out", good_output, "--package", "tiny", "--check")
    assert ok.returncode == 0, ok.stderr
    models = good_output / "tiny" / "models.py"
    models.write_text(models.read_text() + "\n# hand edit\n")
    drift = run_generator("--spec", spec, "--out", good_output, "--package", "tiny", "--check")
    assert drift.returncode == 1
    assert "models.py" in drift.stderr and "make generate" in drift.stderr
    assert "# hand edit" in models.read_text()  # --check never writes


def test_failure_after_validation_leaves_previous_output(tmp_path: Path, good_output: Path) -> None:
    before = tree(good_output)
    # valid OpenAPI, refused while the IR is built: the pagination extension names no size field
    bad = GOOD.replace("      tags: [things]\n", "      tags: [things]\n      x-pagination: {page_param: page}\n")
    result = run_generator("--spec", _write(tmp_path, bad), "--out", good_output, "--package", "tiny")
    assert result.returncode == 2
    assert "x-pagination" in result.stderr
    assert tree(good_output) == before
    assert not [p for p in good_output.iterdir() if p.name.startswith(".")]  # no temp dirs left


def test_warnings_are_located(tmp_path: Path) -> None:
    sloppy = GOOD.replace("id: {type: integer}", "id: {type: integer, default: 'one'}")
    result = run_generator("--spec", _write(tmp_path, sloppy), "--out", tmp_path / "o", "--package", "tiny")
    assert result.returncode == 0, result.stderr
    assert "warning:" in result.stderr and "spec.yaml:20" in result.stderr and "bad-default" in result.stderr


def test_spec_errors_survive_the_trip_from_a_worker_process() -> None:
    """Stages running in worker processes raise SpecError; pickling keeps pointer, hint and line."""
    import pickle

    from generator.errors import SpecError

    error = pickle.loads(pickle.dumps(SpecError("bad type", "/components/schemas/A", hint="fix it", line=7)))
    assert (str(error), error.pointer, error.hint, error.line) == ("bad type", "/components/schemas/A", "fix it", 7)


def test_a_tab_is_named_as_a_tab(tmp_path: Path) -> None:
    spec = tmp_path / "tab.yaml"
    spec.write_text('openapi: 3.1.0\ninfo:\n\ttitle: x\n  version: "1"\npaths: {}\n')
    done = run_generator("--spec", spec, "--out", tmp_path / "out", "--package", "t")
    assert done.returncode == 2
    assert f"{spec}:3: invalid YAML: a tab character (column 1); YAML indents with spaces only" in done.stderr
    assert "replace the tab with spaces" in done.stderr


def test_an_enum_default_error_points_at_default(tmp_path: Path) -> None:
    spec = _write(
        tmp_path,
        """\
        openapi: 3.1.0
        info: {title: x, version: "1"}
        paths:
          /a:
            get:
              operationId: a
              parameters:
                - name: sort
                  in: query
                  schema:
                    type: string
                    enum: [asc, desc]
                    default: up
              responses: {"200": {description: ok}}
        """,
    )
    done = run_generator("--spec", spec, "--out", tmp_path / "out", "--package", "t", "--strict", "--force")
    assert done.returncode == 2
    assert f"{spec}:13: at #/paths/~1a/get/parameters/0/schema/default:" in done.stderr
