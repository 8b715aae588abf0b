"""The spec editor's loop: strict mode, versions on release only, output that never clobbers, overlays."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_generator, tree
from test_spec_edit import BASE

TAGGED = BASE.replace("paths:", "tags: [{name: items}]\npaths:", 1)
MISTAKES = {
    "required-undeclared": (
        TAGGED.replace("    Query:\n      type: object\n", "    Query:\n      type: object\n      required: [txt]\n"),
        "'txt'",
        "did you mean 'text'?",
    ),
    "unknown-schema-keyword": (
        TAGGED.replace(
            "        text: {type: string}\n", "        text: {type: string}\n      limit: {type: integer}\n"
        ),
        "'limit'",
        "indented beside `properties`",
    ),
    "undeclared-tag": (TAGGED.replace("      tags: [items]", "      tags: [item]"), "'item'", "did you mean 'items'?"),
    "method-name-clash": (
        TAGGED.replace(
            "components:",
            "  /more:\n    get:\n      operationId: list_more\n      tags: [items]\n      x-method-name: list_items\n"
            '      responses: {"200": {description: ok}}\ncomponents:',
        ),
        "'list_items'",
        "list_items_2",
    ),
    "invalid-example": (
        TAGGED.replace("        text: {type: string}\n", "        text: {type: string, example: 5}\n"),
        "example",
        "5 is not of type 'string'",
    ),
}


def _gen(tmp_path: Path, text: str, *extra: str, out: str = "out") -> tuple[int, str]:
    spec = tmp_path / "spec.yaml"
    spec.write_text(text)
    result = run_generator("--spec", spec, "--out", tmp_path / out, "--package", "shop", *extra)
    return result.returncode, result.stderr


@pytest.mark.parametrize("rule", list(MISTAKES))
def test_strict_refuses_a_likely_mistake_by_name_and_writes_nothing(tmp_path: Path, rule: str) -> None:
    code, err = _gen(tmp_path, TAGGED, "--strict")
    assert code == 0, err
    before = tree(tmp_path / "out")
    text, culprit, hint = MISTAKES[rule]
    code, err = _gen(tmp_path, text, "--strict")
    assert code == 2, err
    assert rule in err or culprit in err, err
    assert culprit in err and hint in err, err
    assert "spec.yaml:" in err and "^" in err and " | " in err, err  # file:line and a code frame
    assert "nothing was written" in err
    assert tree(tmp_path / "out") == before


def test_every_mistake_is_reported_in_one_run(tmp_path: Path) -> None:
    text = MISTAKES["undeclared-tag"][0].replace(
        "    Query:\n      type: object\n", "    Query:\n      type: object\n      required: [txt]\n"
    )
    code, err = _gen(tmp_path, text, "--strict")
    assert code == 2 and "undeclared-tag" in err and "required-undeclared" in err, err


@pytest.mark.parametrize("rule", list(MISTAKES))
def test_lenient_mode_generates_with_a_located_warning(tmp_path: Path, rule: str) -> None:
    code, err = _gen(tmp_path, MISTAKES[rule][0])
    assert code == 0, err
    assert f"[{rule}]" in err and "warning: " in err and "spec.yaml:" in err, err
    assert (tmp_path / "out" / "shop" / "_manifest.json").is_file()


def test_x_lint_ignore_silences_a_rule_on_its_node(tmp_path: Path) -> None:
    text = MISTAKES["required-undeclared"][0].replace(
        "      required: [txt]\n", "      required: [txt]\n      x-lint-ignore: [required-undeclared]\n"
    )
    code, err = _gen(tmp_path, text, "--strict")
    assert code == 0 and "required-undeclared" not in err, err


def test_lint_spec_runs_the_generate_checks_and_the_doctor(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(MISTAKES["undeclared-tag"][0])
    result = run_generator("lint", "--spec", spec, "--strict")
    assert result.returncode == 1 and "error[undeclared-tag]" in result.stdout, result.stdout
    assert "warning[summary]" in result.stdout  # the doctor's


def test_versions_change_on_release_only_and_a_revert_restores_every_byte(tmp_path: Path) -> None:
    code, err = _gen(tmp_path, BASE)
    assert code == 0, err
    before = tree(tmp_path / "out")
    added = BASE.replace(
        "        name: {type: string}\n", "        name: {type: string}\n        size: {type: integer}\n"
    )
    code, err = _gen(tmp_path, added)
    assert code == 0 and "`make release` makes it 0.1.1" in err, err
    changelog = (tmp_path / "out" / "CHANGELOG.md").read_text()
    assert "## Unreleased" in changelog and "`Item.size` added" in changelog
    assert json.loads((tmp_path / "out" / "shop" / "_manifest.json").read_text())["package_version"] == "0.1.0"
    code, err = _gen(tmp_path, added.replace("size:", "weight:"))  # rewritten, not appended
    changelog = (tmp_path / "out" / "CHANGELOG.md").read_text()
    assert changelog.count("## Unreleased") == 1 and "size" not in changelog and "weight" in changelog
    code, err = _gen(tmp_path, BASE)
    assert code == 0, err
    assert tree(tmp_path / "out") == before
    code, err = _gen(tmp_path, added)
    code, err = _gen(tmp_path, added, "--release")
    assert code == 0 and "released 0.1.1" in err, err
    changelog = (tmp_path / "out" / "CHANGELOG.md").read_text()
    assert "## Unreleased" not in changelog and changelog.index("## 0.1.1") < changelog.index("## 0.1.0")
    assert '__version__ = "0.1.1"' in (tmp_path / "out" / "shop" / "_version.py").read_text()
    code, err = _gen(tmp_path, added, "--release")
    assert code == 0 and "nothing to release" in err, err


def test_a_folder_with_someone_elses_files_is_refused_and_left_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "pyproject.toml").write_text("[project]\nname = 'mine'\n")
    code, err = _gen(tmp_path, BASE)
    assert code == 2 and "pyproject.toml" in err and "--overwrite" in err, err
    assert (out / "pyproject.toml").read_text() == "[project]\nname = 'mine'\n"
    assert not (out / "shop").exists()
    code, err = _gen(tmp_path, BASE, "--package-only")
    assert code == 0, err
    assert (out / "pyproject.toml").read_text() == "[project]\nname = 'mine'\n"
    assert not (out / "CHANGELOG.md").exists() and (out / "shop" / "_manifest.json").is_file()


def test_a_file_the_generator_did_not_write_is_kept_and_named(tmp_path: Path) -> None:
    code, err = _gen(tmp_path, BASE)
    assert code == 0, err
    mine = tmp_path / "out" / "shop" / "my_helpers.py"
    mine.write_text("X = 1\n")
    code, err = _gen(tmp_path, BASE, "--force")
    assert code == 0 and "my_helpers.py" in err, err
    assert mine.read_text() == "X = 1\n"


def test_an_overlay_with_only_model_templates_falls_back_to_ours(tmp_path: Path) -> None:
    from conftest import REPO

    overlay = tmp_path / "overlay" / "models"
    overlay.mkdir(parents=True)
    ours = (REPO / "templates" / "models" / "Enum.jinja2").read_text()
    (overlay / "Enum.jinja2").write_text("# overlay enum\n" + ours)
    code, err = _gen(tmp_path, BASE, "--templates", str(tmp_path / "overlay"))
    assert code == 0, err
    models = (tmp_path / "out" / "shop" / "models.py").read_text()
    assert "class Item(" in models and "# overlay enum" in models


def test_an_error_in_an_overlay_template_is_a_template_error(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay" / "package"
    overlay.mkdir(parents=True)
    (overlay / "README.md.jinja").write_text("# {{ api.package }}\n{% if %}\n")
    code, err = _gen(tmp_path, BASE, "--templates", str(tmp_path / "overlay"))
    assert code == 2 and "template error" in err and "README.md.jinja:2" in err, err
    (overlay / "README.md.jinja").write_text("# {{ api.package }}\n{{ api.no_such_thing.x }}\n")
    code, err = _gen(tmp_path, BASE, "--templates", str(tmp_path / "overlay"))
    assert code == 2 and "template error" in err and "README.md.jinja:2" in err, err
