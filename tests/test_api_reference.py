"""The generated API reference (api.md) lists every method and model of the package."""

from __future__ import annotations

import ast
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


def test_models_document_themselves() -> None:
    """Every model class has a docstring; field descriptions are attribute docstrings and schema descriptions."""
    import sys

    sys.path.insert(0, str(GENERATED))
    import pydantic

    from finerworks import _model, models

    classes = [
        c
        for c in vars(models).values()
        if isinstance(c, type)
        and issubclass(c, pydantic.BaseModel)
        and c.__module__ == models.__name__
        and c.__name__.isidentifier()  # not the RootModel[...] parametrizations pydantic registers here
    ]
    assert classes
    for cls in classes:
        assert cls.__doc__ and cls.__doc__.strip(), cls.__name__
    assert [c for c in classes if issubclass(c, _model.Model)]
    # A class states only the configuration that differs from the shared base's.
    tree = ast.parse((GENERATED / "finerworks" / "models.py").read_text(encoding="utf-8"))
    subclasses = [
        n for n in tree.body if isinstance(n, ast.ClassDef) and any(getattr(b, "id", "") == "Model" for b in n.bases)
    ]
    assert subclasses
    for node in (stmt for cls in subclasses for stmt in cls.body):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "model_config" for t in node.targets):
            assert isinstance(node.value, ast.Call)
            stated = {k.arg: ast.literal_eval(k.value) for k in node.value.keywords}
            shared = dict(_model.Model.model_config)
            assert stated and not stated.items() <= shared.items(), stated
    schema = models.App.model_json_schema()
    assert schema["properties"]["app_key"]["description"] == models.App.model_fields["app_key"].description
    assert models.App.model_fields["app_key"].description  # from the attribute docstring
    assert models.App.model_validate(
        {"app_key": "k", "app_name": "n", "app_live_mode": True, "new_field": 1}
    ).model_extra == {
        "new_field": 1
    }  # the shared configuration keeps unknown fields
