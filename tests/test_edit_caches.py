"""The caches of the spec editor's loop: a one-line edit of the data re-does only what it changed.

Per unit of a generated module (black), per Schema Object (the validator's meta-check) and per
example check (the likely mistakes): each is keyed by everything its result depends on, so an
edit that changes a result is always seen, and a problem is never hidden by a cached verdict.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import black
import pytest

from generator import format as fmt
from generator import rules
from generator.errors import SpecError
from generator.processes import Validation, prose_masked
from generator.validate import schema_errors
from generator.workers import Workers

from tests.test_format import big_class, big_source


def _format(source: str) -> str:
    with Workers(start=False) as workers:
        formatter = fmt.Formatter(workers)
        formatter.submit({"m.py": source})
        return formatter.result()["m.py"]


def test_an_edit_formats_only_the_units_it_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(fmt, "_UNIT", 400)
    calls: list[str] = []
    one = fmt._format_one
    monkeypatch.setattr(fmt, "_format_one", lambda piece: (calls.append(piece.text), one(piece))[1])
    source = big_source(8) + big_class(8)
    assert _format(source) == black.format_str(source, mode=fmt._mode())
    cold = len(calls)
    assert cold > 10
    for old, new in (("Model3(", "Model3b("), ("def method_5(", "def method_5b("), ("'a', {{", "'a2', {{")):
        if old not in source:
            old, new = old.replace("{{", "{"), new.replace("{{", "{")
        source = source.replace(old, new, 1)
        calls.clear()
        assert _format(source) == black.format_str(source, mode=fmt._mode())
        assert 1 <= len(calls) <= 2, (old, calls)
    calls.clear()
    assert _format(source) == black.format_str(source, mode=fmt._mode())  # whole-file hit
    assert calls == []


def test_an_invalid_piece_is_still_reported_after_an_edit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(fmt, "_UNIT", 400)
    source = big_source(8)
    _format(source)
    with pytest.raises(Exception, match=r"m\.py is not valid Python"):
        _format(source.replace("count: int = 0", "count: int = = 0", 1))


DOC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "Item": {
                "type": "object",
                "properties": {"kind": {"$ref": "#/components/schemas/Kind"}, "n": {"type": "integer"}},
                "example": {"kind": "a", "n": 1},
            },
            "Kind": {"type": "string", "enum": ["a", "b"]},
        }
    },
}


def test_an_example_is_checked_again_when_a_schema_it_reaches_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path))
    doc = copy.deepcopy(DOC)
    assert rules.hits(doc, cache=True) == rules.hits(doc) == []
    assert rules.hits(doc, cache=True) == []
    doc["components"]["schemas"]["Kind"]["enum"] = ["b"]  # the example's value is no longer allowed
    found = rules.hits(doc, cache=True)
    assert found == rules.hits(doc) and [hit.rule for hit in found] == ["invalid-example"]
    assert rules.hits(doc, cache=True) == found  # a cached invalid verdict is reported again
    doc["components"]["schemas"]["Kind"]["$id"] = "urn:kind"  # a keyword that changes resolution: not cached
    assert rules.hits(doc, cache=True) == rules.hits(doc)


def test_a_schema_made_invalid_is_refused_after_its_valid_version_was_remembered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path))
    doc = copy.deepcopy(DOC)
    assert schema_errors(doc, cache=True) == schema_errors(doc) == ([], 0)
    assert schema_errors(doc, cache=True) == ([], 0)
    assert list((tmp_path / "meta-valid").iterdir())
    doc["components"]["schemas"]["Item"]["properties"]["n"]["type"] = "integr"
    errors, total = schema_errors(doc, cache=True)
    assert total == 1 and errors == schema_errors(doc)[0]
    assert errors[0][1] == "/components/schemas/Item/properties/n/type"
    assert schema_errors(doc, cache=True) == (errors, total)


def test_prose_is_blanked_only_where_its_text_cannot_matter() -> None:
    doc = copy.deepcopy(DOC)
    doc["info"]["description"] = "a"
    doc["components"]["schemas"]["Item"]["description"] = "an item"
    doc["components"]["schemas"]["Item"]["properties"]["description"] = {"type": "string", "description": "x"}
    doc["components"]["schemas"]["Kind"]["discriminator"] = {"mapping": {"summary": "#/components/schemas/Item"}}
    masked = prose_masked(doc)
    assert masked["info"]["description"] == "" and masked["components"]["schemas"]["Item"]["description"] == ""
    # a property named `description` is a schema, kept; its own description is blanked
    assert masked["components"]["schemas"]["Item"]["properties"]["description"] == {"type": "string", "description": ""}
    # a discriminator's mapping value is a reference, kept
    assert masked["components"]["schemas"]["Kind"]["discriminator"]["mapping"]["summary"] == "#/components/schemas/Item"
    assert doc["info"]["description"] == "a"  # the document itself is untouched


def test_a_prose_edit_does_not_start_the_validator_and_any_other_edit_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(tmp_path))
    doc = copy.deepcopy(DOC)
    doc["components"]["schemas"]["Item"]["description"] = "An item."
    with Validation(doc, cache=True) as first:
        first.check()  # found valid, remembered
    doc["components"]["schemas"]["Item"]["description"] = "An item, described better."
    with Validation(doc, cache=True) as prose:
        assert prose._pending is None  # the verdict is known: no process, no wait
    doc["components"]["schemas"]["Item"]["properties"]["n"]["type"] = "integr"
    with Validation(doc, cache=True) as structural, pytest.raises(SpecError, match="integr"):
        assert structural._pending is not None
        structural.check()
