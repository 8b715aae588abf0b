"""The early stages' cache (generator.checked) and the render cache: a regeneration after an edit
that leaves the data as it was skips the checks, the IR build and the render stage, and still
reports every warning, at this file's lines; nothing cached ever hides an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from generator.errors import SpecError

SPEC = """\
openapi: 3.0.3
info: {title: Shop, version: "1"}
servers: [{url: "https://shop.test"}]
paths:
  /items:
    get:
      tags: [items]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Item"}
components:
  schemas:
    Item:
      type: object
      required: [id, nmae]
      properties:
        id: {type: integer}
        name: {type: string}
        kind: {type: string, const: item}
"""


def _warnings(generation: pipeline.Generation) -> list[tuple[str, str, int | None]]:
    return [(d.rule, d.pointer, d.line) for d in generation.warnings.items]


def _files(generation: pipeline.Generation) -> dict[str, str]:
    return {**generation.rendered.package, **{f"../{k}": v for k, v in generation.rendered.beside.items()}}


def _forbid(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the checks, the IR build and the render stage fail if they run."""

    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("ran although its result is cached")

    monkeypatch.setattr("generator.validate.check_spec", boom)
    monkeypatch.setattr("generator.ir.build.build_ir", boom)
    monkeypatch.setattr("generator.render.render", boom)


def test_an_edit_that_keeps_the_data_is_served_from_the_cache_with_its_warnings_relocated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "cache"))
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC)
    first = pipeline.generate(spec, "shop")
    rules = [rule for rule, _, _ in _warnings(first)]
    # one of each stage: a repair (check_spec), a likely mistake (rules), an IR warning
    assert {"const-in-3.0", "required-undeclared", "missing-operation-id"} <= set(rules), rules

    spec.write_text("# a comment and a blank line move every line down by two\n\n" + SPEC)
    with monkeypatch.context() as patched:
        _forbid(patched)
        warm = pipeline.generate(spec, "shop")
    cold = pipeline.generate(spec, "shop", cache=False)  # every stage runs, nothing cached is read
    assert _warnings(warm) == _warnings(cold)
    assert [line for _, _, line in _warnings(warm)] == [line + 2 for _, _, line in _warnings(first)]  # type: ignore[operator]
    assert _files(warm) == _files(cold)  # the spec's hash in _version.py and the manifest included
    assert warm.api.spec_sha256 == cold.api.spec_sha256 != first.api.spec_sha256


def test_strict_and_lenient_runs_are_cached_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A lenient run's warning is a strict run's error, even right after the lenient run was cached."""
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "cache"))
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC)
    lenient = pipeline.generate(spec, "shop")
    assert "required-undeclared" in [d.rule for d in lenient.warnings.items]
    for _ in range(2):  # a refused spec is never cached: refused again
        with pytest.raises(SpecError) as refused:
            pipeline.generate(spec, "shop", strict=True)
        assert [p.kind for p in refused.value.problems] == ["required-undeclared"]
        assert refused.value.problems[0].line == 18


def test_a_change_of_the_data_is_not_served_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "cache"))
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC)
    pipeline.generate(spec, "shop")
    spec.write_text(SPEC.replace("name: {type: string}", "name: {type: string}\n        size: {type: integer}"))
    edited = pipeline.generate(spec, "shop")
    assert "size" in edited.api.model_schemas["$defs"]["Item"]["properties"]
    assert "size: int | None" in edited.rendered.package["models.py"]
