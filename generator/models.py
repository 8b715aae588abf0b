"""Stage 4, models: the IR's schema table → the source of the package's pydantic v2 models.

datamodel-code-generator does the work through its library API. Every option that shapes the
output is pinned here, so that the same IR gives the same bytes whatever the library's defaults
become; the class and field names come from the IR (the shared naming table) as a scoped alias
map, and the result is checked against that table before anything is written.
"""

from __future__ import annotations

import ast
import json
import warnings as py_warnings
from importlib import metadata
from pathlib import Path

from generator.cache import Cache, key
from generator.errors import InternalError
from generator.ir.nodes import Api

_HEADER = '"""Pydantic models of the API\'s schemas.\n\nGenerated from the OpenAPI spec; do not edit by hand.\n"""'


def dcg_options(api: Api, templates: Path) -> dict[str, object]:
    """Every datamodel-code-generator option that influences the output, pinned explicitly."""
    from datamodel_code_generator.enums import DataModelType, InputFileType
    from datamodel_code_generator.format import PythonVersion

    aliases = {f"{m.name}.{wire}": attr for m in api.models for wire, attr in m.fields.items() if attr != wire}
    return {
        "input_file_type": InputFileType.JsonSchema,
        "output_model_type": DataModelType.PydanticV2BaseModel,
        "target_python_version": PythonVersion.PY_310,
        "custom_template_dir": templates / "models",  # ours: enums subclass the runtime's OpenEnum
        "custom_file_header": _HEADER,
        "disable_timestamp": True,
        "enable_version_header": False,
        "enable_command_header": False,
        "formatters": [],  # black runs once over the whole package in the format stage
        "aliases": aliases,
        "snake_case_field": False,
        "allow_population_by_field_name": True,
        "extra_fields": "allow",
        "field_constraints": True,
        "use_annotated": False,
        "use_standard_collections": True,
        "use_union_operator": True,
        "use_double_quotes": True,
        "use_subclass_enum": True,
        "use_specialized_enum": False,
        "capitalise_enum_members": True,
        "use_schema_description": False,
        "use_field_description": False,
        "use_default_kwarg": False,
        "set_default_enum_member": True,  # `Action.REVIEW`, not "review": a str default would not type-check
        "strict_nullable": True,
        "reuse_model": False,
        "collapse_root_models": False,
        "keep_model_order": False,  # dependency order: defaults like SortField.ID need the class first
        "use_title_as_name": False,
        "skip_root_model": True,
        "disable_future_imports": False,
        "output_datetime_class": None,
    }


def generate_models(api: Api, templates: Path, *, cache: bool = True) -> str:
    """Python source of the models module (unformatted; the format stage runs black).

    Cached by the hash of its inputs: an edit that touches only operations skips this stage.
    """
    from datamodel_code_generator import generate

    if not api.model_schemas.get("$defs"):
        return _HEADER + "\n\nfrom __future__ import annotations\n"
    options = dcg_options(api, templates)
    options["custom_file_header"] = _HEADER + "\n\n# ruff: noqa: F401\nfrom ._enum import OpenEnum"
    schemas = json.dumps(api.model_schemas, sort_keys=False)
    overrides = "".join(
        f"{p.relative_to(templates)}\0{p.read_text(encoding='utf-8')}"
        for p in sorted((templates / "models").rglob("*"))
        if p.is_file()
    )
    digest = key(
        f"dcg=={metadata.version('datamodel-code-generator')}", repr(sorted(options.items())), overrides, schemas
    )
    store = Cache("models", enabled=cache)
    source = store.get(digest)
    if source is None:
        with py_warnings.catch_warnings():
            py_warnings.simplefilter("ignore")
            out = generate(schemas, **options)  # type: ignore[arg-type]
        if not isinstance(out, str):
            raise InternalError("datamodel-code-generator returned several modules; expected one")
        source = out
        store.put(digest, source)
    check_names(api, source)
    return source


def check_names(api: Api, source: str) -> None:
    """Fail loudly if the generated classes and fields differ from the naming table."""
    tree = ast.parse(source)
    classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
    for model in api.models:
        node = classes.get(model.name)
        if node is None:
            raise InternalError(f"models stage: class {model.name} (from {model.pointer}) was not generated")
        attrs = {
            stmt.target.id
            for stmt in node.body
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
        }
        missing = [attr for attr in model.fields.values() if attr not in attrs]
        if missing and attrs:
            raise InternalError(f"models stage: {model.name} lacks field(s) {', '.join(missing)} of the naming table")
