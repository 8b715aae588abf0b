"""The spec-edit loop: public-API diff and version bump (on release), changelog, no-change shortcut, progress."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import REPO, run_generator

BASE = """\
openapi: 3.1.0
info: {title: Shop, version: "1"}
servers: [{url: "https://shop.test"}]
paths:
  /items:
    post:
      operationId: list_items
      tags: [items]
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Query"}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Item"}
components:
  schemas:
    Query:
      type: object
      properties:
        text: {type: string}
    Item:
      type: object
      properties:
        id: {type: integer}
        name: {type: string}
        color: {type: string, enum: [red, green]}
"""

ADD_METHOD = BASE.replace(
    "components:",
    """  /items/{id}:
    get:
      operationId: get_item
      tags: [items]
      parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
      responses: {"200": {description: ok}}
components:""",
)
REMOVE_FIELD = BASE.replace("        name: {type: string}\n", "")
CHANGE_TYPE = BASE.replace("        id: {type: integer}", "        id: {type: string}")
NEW_ENUM_VALUE = BASE.replace("enum: [red, green]", "enum: [red, green, blue]")
REQUIRED_ARG = BASE.replace(
    "      properties:\n        text:", "      required: [text]\n      properties:\n        text:"
)


def _generate(tmp_path: Path, text: str, *extra: str) -> tuple[int, str]:
    spec = tmp_path / "spec.yaml"
    spec.write_text(text)
    result = run_generator("--spec", spec, "--out", tmp_path / "out", "--package", "shop", *extra)
    return result.returncode, result.stderr


def _manifest(tmp_path: Path) -> dict[str, object]:
    return dict(json.loads((tmp_path / "out" / "shop" / "_manifest.json").read_text()))


@pytest.mark.parametrize(
    ("edited", "expected_lines", "version"),
    [
        (
            ADD_METHOD,
            [
                "public API changed (compatible): released version 0.1.0 → 0.1.1",
                "compatible  method `items.get_item` added",
                "compatible  model `GetItemParams` added",
            ],
            "0.1.1",
        ),
        (
            REMOVE_FIELD,
            ["public API changed (breaking): released version 0.1.0 → 0.2.0", "breaking    `Item.name` removed"],
            "0.2.0",
        ),
        (
            CHANGE_TYPE,
            [
                "public API changed (breaking): released version 0.1.0 → 0.2.0",
                "breaking    `Item.id` type integer → string",
            ],
            "0.2.0",
        ),
        (
            NEW_ENUM_VALUE,
            [
                "public API changed (compatible): released version 0.1.0 → 0.1.1",
                "compatible  `Item.color`: value 'blue' added",
            ],
            "0.1.1",
        ),
        (
            REQUIRED_ARG,
            [
                "public API changed (breaking): released version 0.1.0 → 0.2.0",
                "breaking    `Query.text` made required",
                "breaking    `items.list_items`: argument `text` made required",
            ],
            "0.2.0",
        ),
    ],
    ids=["added-method", "removed-field", "changed-type", "new-enum-value", "argument-made-required"],
)
def test_api_diff_report_version_and_changelog(
    tmp_path: Path, edited: str, expected_lines: list[str], version: str
) -> None:
    code, _ = _generate(tmp_path, BASE)
    assert code == 0 and _manifest(tmp_path)["package_version"] == "0.1.0"
    code, err = _generate(tmp_path, edited, "--release")
    assert code == 0, err
    report = [line.strip() for line in err.splitlines() if line.startswith(("public API", "  "))]
    assert report == expected_lines, err
    assert _manifest(tmp_path)["package_version"] == version
    assert f'__version__ = "{version}"' in (tmp_path / "out" / "shop" / "_version.py").read_text()
    assert f'version = "{version}"' in (tmp_path / "out" / "pyproject.toml").read_text()
    changelog = (tmp_path / "out" / "CHANGELOG.md").read_text()
    assert changelog.index(f"## {version}") < changelog.index("## 0.1.0")
    for line in expected_lines[1:]:
        assert line.split("  ", 1)[1].strip() in changelog, line


ERROR_RULE = BASE.replace(
    'info: {title: Shop, version: "1"}',
    'info:\n  title: Shop\n  version: "1"\n  x-error-body:\n    field-errors: /errors\n'
    "    rules: [{status: 400, field-suffix: token, error: AuthenticationError}]",
)
SECOND_SERVER = BASE.replace(
    'servers: [{url: "https://shop.test"}]',
    'servers: [{url: "https://shop.test", x-environment: live}, {url: "https://eu.shop.test", x-environment: eu}]',
)


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (BASE, ERROR_RULE, "breaking    error rule added: HTTP 400 with a field error ending in `token` raises"),
        (ERROR_RULE, BASE, "breaking    error rule removed: HTTP 400 with a field error ending in `token`"),
        (SECOND_SERVER, SECOND_SERVER.replace("eu.shop", "europe.shop"), "breaking    environment `eu` moved"),
        (
            SECOND_SERVER,
            SECOND_SERVER.replace(", {url", ", {url: 'https://us.shop.test', x-environment: us}, {url"),
            "compatible  environment `us` added: https://us.shop.test",
        ),
    ],
    ids=["rule-added", "rule-removed", "environment-moved", "environment-added"],
)
def test_error_rules_and_environments_are_public_api(tmp_path: Path, before: str, after: str, expected: str) -> None:
    code, err = _generate(tmp_path, before)
    assert code == 0, err
    code, err = _generate(tmp_path, after)
    assert code == 0, err
    assert any(line.strip().startswith(expected.strip()) for line in err.splitlines()), err


def test_runtime_behaviour_notes_are_listed_once(tmp_path: Path) -> None:
    """A package generated before a runtime note existed gets it in its next CHANGELOG entry, once."""
    code, err = _generate(tmp_path, BASE)
    assert code == 0, err
    manifest_path = tmp_path / "out" / "shop" / "_manifest.json"
    data = json.loads(manifest_path.read_text())
    note = data["surface"]["runtime"].pop("lenient-responses")
    manifest_path.write_text(json.dumps(data))  # as an older generator would have left it
    code, err = _generate(tmp_path, NEW_ENUM_VALUE, "--release")
    assert code == 0, err
    assert f"breaking    runtime: {note['text']}" in err
    changelog = (tmp_path / "out" / "CHANGELOG.md").read_text()
    assert changelog.count("strict_response_validation=True") == 1
    code, err = _generate(tmp_path, ADD_METHOD)
    assert "runtime:" not in err


def test_unchanged_api_keeps_version_and_changelog(tmp_path: Path) -> None:
    _generate(tmp_path, BASE)
    before = (tmp_path / "out" / "CHANGELOG.md").read_text()
    code, err = _generate(tmp_path, BASE.replace("title: Shop", "title: The shop"))  # docs only
    assert code == 0 and "public API unchanged" in err
    assert _manifest(tmp_path)["package_version"] == "0.1.0"
    assert (tmp_path / "out" / "CHANGELOG.md").read_text() == before


def test_no_change_shortcut_and_its_invalidation_by_a_template_edit(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    code, _ = _generate(tmp_path, BASE, "--templates", str(templates))
    assert code == 0
    code, err = _generate(tmp_path, BASE, "--templates", str(templates))
    assert code == 0 and "up to date" in err and "nothing to do" in err
    readme = templates / "package" / "README.md.jinja"
    readme.write_text(readme.read_text() + "\nEdited template.\n")
    code, err = _generate(tmp_path, BASE, "--templates", str(templates))
    assert code == 0 and "wrote" in err
    assert "Edited template." in (tmp_path / "out" / "shop" / "README.md").read_text()


def test_the_shortcut_never_skips_a_strict_run_after_a_lenient_one(tmp_path: Path) -> None:
    """--strict is an input (issue 15): a lenient run's output does not prove a strict run passes."""
    mistake = BASE.replace(
        "      properties:\n        text:", "      required: [txet]\n      properties:\n        text:"
    )
    code, err = _generate(tmp_path, mistake)
    assert code == 0 and "[required-undeclared]" in err, err
    code, err = _generate(tmp_path, mistake, "--strict")  # same spec, package, templates, generator
    assert code == 2 and "up to date" not in err and "'txet'" in err, err
    fixed = mistake.replace("txet", "text")
    assert _generate(tmp_path, fixed, "--strict")[0] == 0
    code, err = _generate(tmp_path, fixed)  # and a lenient run after a strict one is not skipped either
    assert code == 0 and "wrote" in err and "up to date" not in err, err
    code, err = _generate(tmp_path, fixed)
    assert code == 0 and "up to date" in err, err


def test_hand_edit_defeats_the_shortcut_and_is_undone(tmp_path: Path) -> None:
    _generate(tmp_path, BASE)
    client = tmp_path / "out" / "shop" / "_client.py"
    original = client.read_text()
    client.write_text(original + "# hand edit\n")
    code, err = _generate(tmp_path, BASE)
    assert code == 0 and "wrote" in err
    assert client.read_text() == original


def test_quiet_silences_progress(tmp_path: Path) -> None:
    code, err = _generate(tmp_path, BASE, "--quiet")
    assert code == 0 and err == ""


def test_compiled_templates_are_reused_and_an_edit_recompiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Jinja2's bytecode cache serves regenerations; a template edit is never served stale."""
    from generator.ir import build_ir
    from generator.load import load_spec
    from generator.render import render

    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path / "cache"))
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    spec = tmp_path / "spec.yaml"
    spec.write_text(BASE)
    api = build_ir(load_spec(spec), "shop")
    plain = render(api, "0.1.0", templates, cache=False).package
    assert render(api, "0.1.0", templates, cache=True).package == plain  # compiles and stores
    assert list((tmp_path / "cache").glob("jinja-*/*")), "no compiled template was stored"
    assert render(api, "0.1.0", templates, cache=True).package == plain  # served from the cache
    version = templates / "package" / "_version.py.jinja"
    version.write_text(version.read_text() + "EDITED = True\n")
    assert render(api, "0.1.0", templates, cache=True).package["_version.py"].endswith("EDITED = True\n")


def test_a_template_overlay_replaces_only_the_templates_it_holds(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay" / "package"
    overlay.mkdir(parents=True)
    (overlay / "README.md.jinja").write_text("# {{ api.package }}: our own README\n")
    code, err = _generate(tmp_path, BASE, "--templates", str(tmp_path / "overlay"))
    assert code == 0, err
    package = tmp_path / "out" / "shop"
    assert (package / "README.md").read_text() == "# shop: our own README\n"
    assert "class ItemsResource" in (package / "resources" / "items.py").read_text()  # the rest is ours


def test_resources_follow_the_tags_declaration_and_operations_the_document(tmp_path: Path) -> None:
    spec = BASE.replace(
        "paths:",
        "tags: [{name: zebra}, {name: items}]\npaths:\n  /z:\n    get:\n      operationId: get_z\n      tags: [zebra]\n"
        '      responses: {"200": {description: ok}}\n  /a:\n    get:\n      operationId: get_a\n      tags: [items]\n'
        '      responses: {"200": {description: ok}}',
        1,
    )
    code, err = _generate(tmp_path, spec)
    assert code == 0, err
    ops = [(op["operationId"], op["python"]) for op in _manifest(tmp_path)["operations"]]  # type: ignore[index]
    assert ops == [("get_z", "zebra.get_z"), ("get_a", "items.get_a"), ("list_items", "items.list_items")]


def test_the_package_knows_what_it_was_generated_from(tmp_path: Path) -> None:
    code, err = _generate(tmp_path, BASE)
    assert code == 0, err
    manifest = _manifest(tmp_path)
    version = (tmp_path / "out" / "shop" / "_version.py").read_text()
    assert f'SPEC_SHA256 = "{manifest["spec_sha256"]}"' in version
    assert f'GENERATOR_VERSION = "{manifest["generator_version"]}"' in version
