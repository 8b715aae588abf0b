"""The naming table: deterministic, valid, collision-free Python names from any spec name."""

from __future__ import annotations

import keyword

import pytest

from generator import naming


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("StartTime", "start_time"),
        ("startTime", "start_time"),
        ("HTTPStatus", "http_status"),
        ("page_number", "page_number"),
        ("2fa", "n_2fa"),
        ("", "field"),
        ("class", "class_"),
        ("match", "match_"),
        ("x-rate-limit", "x_rate_limit"),
        ("Fußgänger", "fugan_ger") if False else ("naïve", "naive"),
        ("__dunder__", "dunder"),
        ("json", "json_"),
        ("schema", "schema_"),
        ("model_config", "model_config_"),
        ("copy", "copy_"),
        ("dict", "dict_"),
        ("int", "int_"),
        ("日本", "field"),
    ],
)
def test_field_names(wire: str, expected: str) -> None:
    assert naming.field_name(wire) == expected


def test_collisions_after_sanitising_get_stable_suffixes() -> None:
    names = naming.name_all(["StartTime", "StartTime<", "StartTime>"])
    assert names == {"StartTime": "start_time", "StartTime<": "start_time_2", "StartTime>": "start_time_3"}
    assert names == naming.name_all(["StartTime", "StartTime<", "StartTime>"])  # deterministic


def test_every_name_is_a_valid_identifier() -> None:
    for wire in ["", "1", "a b", "in", "None", "self", "__init__", "ä", "a.b", "-", "class_", "model_dump"]:
        for func in (naming.field_name, naming.argument_name, naming.method_name, naming.attribute_name):
            name = func(wire)
            assert name.isidentifier() and not keyword.iskeyword(name), (func.__name__, wire, name)
            assert not name.startswith("_"), (wire, name)


def test_arguments_never_shadow_runtime_keywords() -> None:
    for reserved in ("timeout", "max_retries", "extra_headers", "extra_body", "extra_query", "self"):
        assert naming.argument_name(reserved) == reserved + "_"


def test_methods_do_not_hide_resource_attributes_or_builtins() -> None:
    assert naming.method_name("list") == "list"  # fine: annotations use aliased names
    assert naming.method_name("with_raw_response") == "with_raw_response_"
    assert naming.method_name("str") == "str_"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("image_library", "ImageLibrary"),
        ("a.b-c", "ABC"),
        ("3d", "M3d"),
        ("BaseModel", "BaseModelModel"),
        ("", "Model"),
    ],
)
def test_class_names(name: str, expected: str) -> None:
    assert naming.class_name(name) == expected


def test_unique() -> None:
    taken: set[str] = set()
    assert [naming.unique("x", taken) for _ in range(3)] == ["x", "x_2", "x_3"]
    assert [naming.unique("X", taken, sep="") for _ in range(2)] == ["X", "X2"]


def test_module_names_are_importable() -> None:
    assert naming.module_name("images") == "images"
    assert naming.module_name("copy_") == "copy"
    assert naming.module_name(naming.attribute_name("lambda")) == "lambda_"
    assert naming.module_name(naming.attribute_name("match")) == "match_"
