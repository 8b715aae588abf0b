"""The early stages' cache (generator.checked) and the render cache: a regeneration after an edit
that leaves the data as it was skips the checks, the IR build and the render stage, and still
reports every warning, at this file's lines; nothing cached ever hides an error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import pipeline
from generator.errors import SpecError
from generator.ir.nodes import Resource

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


PROSE_SPEC = """\
openapi: 3.0.3
info: {title: Shop, version: "1", description: The shop.}
servers: [{url: "https://shop.test", description: main}]
tags: [{name: items, description: Everything sold.}]
paths:
  /items:
    get:
      operationId: listItems
      tags: [items]
      summary: List the items.
      description: Every item, in stock or not.
      parameters:
        - {name: kind, in: query, description: Only items of this kind., schema: {type: string}}
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
      description: A thing sold.
      required: [id]
      properties:
        id: {type: integer, description: Its number.}
        description: {type: string, description: What it is.}
        note: {type: string, description: What it is.}
      example: {id: 1, description: A chair., note: x}
"""


@pytest.fixture(scope="module")
def prose_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache filled by one run on PROSE_SPEC, copied by each test (one cold run for them all)."""
    folder = tmp_path_factory.mktemp("prose")
    spec = folder / "spec.yaml"
    spec.write_text(PROSE_SPEC)
    with pytest.MonkeyPatch.context() as patched:
        patched.setenv("GENERATOR_CACHE_DIR", str(folder / "cache"))
        pipeline.generate(spec, "shop")
    return folder / "cache"


@pytest.mark.parametrize(
    ("old", "new", "cached"),
    [
        ("summary: List the items.", 'summary: "Lists the items \\\\ \\"quoted\\" \\u00e9 \'\'\'"', True),
        (
            "description: A thing sold.",
            'description: "A thing sold.\\n\\nSecond paragraph, ends with a quote \\""',
            True,
        ),
        # text holding the token prefix takes another prefix: a new stood-in document, run in full
        pytest.param(
            "description: Its number.", "description: Its number (Zprose0Q, as text).", False, marks=pytest.mark.slow
        ),
        # a blank text is not stood in (a check may read it as missing): a new document too
        pytest.param("description: Only items of this kind.", "description: '   '", False, marks=pytest.mark.slow),
    ],
)
def test_a_prose_edit_is_served_from_the_early_stages_cache_with_its_own_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prose_cache: Path, old: str, new: str, cached: bool
) -> None:
    """The checks and the IR ran on the document with its prose stood in by tokens: an edit of a
    summary or a description finds their result, and the output is exactly a cold run's."""
    shutil.copytree(prose_cache, tmp_path / "cache")
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "cache"))
    spec = tmp_path / "spec.yaml"
    spec.write_text(PROSE_SPEC)
    first = pipeline.generate(spec, "shop")  # from the cache
    assert old in PROSE_SPEC
    spec.write_text(PROSE_SPEC.replace(old, new, 1))
    with monkeypatch.context() as patched:
        if cached:
            patched.setattr("generator.validate.check_spec", _boom)
            patched.setattr("generator.ir.build.build_ir", _boom)
        warm = pipeline.generate(spec, "shop")
    cold = pipeline.generate(spec, "shop", cache=False)
    assert _files(warm) == _files(cold) != _files(first)
    assert _warnings(warm) == _warnings(cold)
    assert warm.api.to_json() == cold.api.to_json()
    assert not any("Zprose" in text for text in _files(warm).values()) or "Zprose0Q, as text" in new


def _boom(*args: object, **kwargs: object) -> None:
    raise AssertionError("ran although its result is cached")


def test_an_error_quoting_the_document_shows_its_real_prose(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The validator's message quotes a node whose description was stood in: the text is put back."""
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "cache"))
    spec = tmp_path / "spec.yaml"
    spec.write_text(PROSE_SPEC.replace("schema: {type: string}}", 'schema: {type: string, minimum: "x"}}'))
    with pytest.raises(SpecError) as refused:
        pipeline.generate(spec, "shop")
    messages = " ".join(p.message for p in refused.value.problems)
    assert "Only items of this kind." in messages
    assert "Zprose" not in messages


def test_an_edit_renders_again_only_the_resource_module_it_touched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jinja2

    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "cache"))
    spec = tmp_path / "spec.yaml"
    two = PROSE_SPEC.replace(
        "components:",
        "  /orders:\n    get:\n      operationId: listOrders\n      tags: [orders]\n      summary: List orders.\n"
        "      responses: {'200': {description: ok}}\ncomponents:",
    )
    spec.write_text(two)
    pipeline.generate(spec, "shop")
    rendered: list[str] = []
    plain = jinja2.Template.render

    def counting(self: jinja2.Template, *args: object, **kwargs: object) -> str:
        resource = kwargs.get("resource")
        if isinstance(resource, Resource):
            rendered.append(resource.module)
        return plain(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Template, "render", counting)
    spec.write_text(two.replace("summary: List orders.", "summary: List every order."))
    warm = pipeline.generate(spec, "shop")
    assert rendered == ["orders"]
    rendered.clear()
    cold = pipeline.generate(spec, "shop", cache=False)
    assert sorted(rendered) == ["items", "orders"]
    assert _files(warm) == _files(cold)


def test_a_resource_template_sees_only_its_resource_and_the_client_names(tmp_path: Path) -> None:
    """What a resource module is rendered from is what its cache key holds: reading more is an error."""
    import jinja2

    overlay = tmp_path / "templates" / "package" / "resources"
    overlay.mkdir(parents=True)
    (overlay / "resource.py.jinja").write_text("{{ api.models | length }}\n")
    spec = tmp_path / "spec.yaml"
    spec.write_text(PROSE_SPEC)
    with pytest.raises(jinja2.UndefinedError, match="models"):
        pipeline.generate(spec, "shop", cache=False, templates=tmp_path / "templates")


def test_an_ir_that_cannot_be_stored_is_made_again_without_the_caches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its stand-ins would stay in the output: the run starts over on the real document instead."""
    import pickle

    from generator import checked

    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "cache"))
    spec = tmp_path / "spec.yaml"
    spec.write_text(PROSE_SPEC)

    def refuse(self: object, obj: object) -> None:
        raise pickle.PicklingError("refused")

    monkeypatch.setattr(checked._Marking, "dump", refuse)
    generation = pipeline.generate(spec, "shop")
    assert generation.rendered.package == pipeline.generate(spec, "shop", cache=False).rendered.package
    assert "List the items." in generation.rendered.package["api.md"]
