"""The generated API reference (api.md) lists every method and model of the package."""

from __future__ import annotations

import json

from conftest import GENERATED, REPO


def test_api_md_lists_every_method_and_model() -> None:
    package = GENERATED / "finerworks"
    text = (package / "api.md").read_text(encoding="utf-8")
    manifest = json.loads((package / "_manifest.json").read_text(encoding="utf-8"))
    for op in manifest["operations"]:
        assert f"client.{op['python']}(" in text, op["python"]
        assert f"(`{op['operationId']}`)" in text, op["operationId"]
    ir = json.loads((REPO / "tests" / "snapshots" / "finerworks.ir.json").read_text(encoding="utf-8"))
    assert ir["models"]
    for model in ir["models"]:
        assert f"| `{model['name']}` |" in text, model["name"]
