"""Golden output: the committed generated/ and IR snapshot are exactly what the spec produces."""

from __future__ import annotations

import difflib
import json
import shutil
from pathlib import Path

import pytest
from conftest import GENERATED, REPO, SPEC, run_generator, tree

IR_SNAPSHOT = REPO / "tests" / "snapshots" / "finerworks.ir.json"


def test_generated_package_matches_committed_snapshot(tmp_path: Path) -> None:
    # Start from the committed output: the version and changelog continue from it.
    shutil.copytree(GENERATED, tmp_path, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
    result = run_generator(  # as `make generate` runs it: --strict is one of the manifest's inputs
        "--spec",
        SPEC,
        "--out",
        tmp_path,
        "--package",
        "finerworks",
        "--ir",
        tmp_path / "ir.json",
        "--force",
        "--strict",
    )
    assert result.returncode == 0, result.stderr
    fresh, committed = tree(tmp_path / "finerworks"), tree(GENERATED / "finerworks")
    problems = []
    for name in sorted(set(fresh) | set(committed)):
        if fresh.get(name) != committed.get(name):
            diff = difflib.unified_diff(
                committed.get(name, b"").decode().splitlines(),
                fresh.get(name, b"").decode().splitlines(),
                f"committed/{name}",
                f"fresh/{name}",
                lineterm="",
                n=1,
            )
            problems.append("\n".join(list(diff)[:30]))
    for beside in ("pyproject.toml", "CHANGELOG.md"):
        assert (tmp_path / beside).read_bytes() == (GENERATED / beside).read_bytes(), beside
    assert not problems, "generated/ is stale; run `make generate` to accept:\n" + "\n".join(problems)
    ir = (tmp_path / "ir.json").read_text()
    assert ir == IR_SNAPSHOT.read_text(), "IR snapshot is stale; run `make generate` to accept the new IR"


@pytest.mark.slow  # two cold generations without caches
def test_generation_is_byte_identical_across_runs(tmp_path: Path) -> None:
    for name in ("a", "b"):
        result = run_generator("--spec", SPEC, "--out", tmp_path / name, "--package", "finerworks", "-q", "--force")
        assert result.returncode == 0, result.stderr
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


def test_manifest_lists_every_operation_of_the_spec() -> None:
    import yaml

    spec = yaml.safe_load(SPEC.read_text())
    manifest = json.loads((GENERATED / "finerworks" / "_manifest.json").read_text())
    in_spec = {
        (op["operationId"], method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    }
    listed = {(o["operationId"], o["method"], o["path"]) for o in manifest["operations"]}
    assert listed == in_spec
    assert manifest["client"] == "FinerWorks" and manifest["async_client"] == "AsyncFinerWorks"
    assert len(manifest["spec_sha256"]) == 64


def test_readme_points_at_the_generated_reference() -> None:
    """The method list lives in the generated api.md (tests/test_api_reference.py), not in a hand-kept table."""
    readme = (REPO / "README.md").read_text()
    assert "(generated/finerworks/api.md)" in readme
    assert (GENERATED / "finerworks" / "api.md").is_file()
    assert readme.index("make generate") < readme.index("make test") < 400
