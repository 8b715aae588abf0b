"""Prose stand-ins (generator.prose): what is stood in, what is not, and that it all comes back."""

from __future__ import annotations

import copy
import datetime
import json
from typing import Any

import pytest

from generator.prose import stand_in

DOC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1", "description": "About."},
    "servers": [{"url": "https://a.test", "description": "sandbox"}],
    "paths": {
        "/a": {
            "summary": "Path words.",
            "get": {
                "summary": "Same words.",
                "description": "Same words.",
                "responses": {"200": {"description": "   "}},
                "x-note": {"description": "an extension's"},
            },
        }
    },
    "components": {
        "schemas": {
            "description": {"type": "string", "description": "A schema named description."},
            "Item": {
                "type": "object",
                "properties": {"summary": {"type": "string", "description": "Same words."}},
                "example": {"summary": "data", "description": "data too"},
                "default": {"description": "a default"},
                "enum": [{"description": "an enum value"}],
                "discriminator": {"propertyName": "summary", "mapping": {"description": "#/x"}},
            },
        },
        "securitySchemes": {
            "o": {
                "type": "oauth2",
                "flows": {"implicit": {"authorizationUrl": "https://a", "scopes": {"description": "a scope"}}},
            }
        },
    },
}


def _strings(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in [k, *_strings(v)]]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return [node] if isinstance(node, str) else []


def _restored(node: Any, restore: Any) -> Any:
    if isinstance(node, dict):
        return {k: _restored(v, restore) for k, v in node.items()}
    if isinstance(node, list):
        return [_restored(v, restore) for v in node]
    return restore(node) if isinstance(node, str) else node


def _copy(doc: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(doc)


def test_only_keyword_prose_outside_data_is_stood_in_and_it_all_comes_back() -> None:
    masked, stand_ins, text = stand_in(_copy(DOC))
    assert json.loads(text) == masked
    assert _restored(masked, stand_ins.restore) == DOC
    stood = {s for s in _strings(masked) if s.startswith(stand_ins.prefix)}
    # About., Path words. and Same words. (summaries), Same words. (the descriptions), the named schema's
    assert len(stood) == len(stand_ins.texts) == 5
    kept = set(_strings(masked))
    for data in (
        "sandbox",
        "   ",
        "an extension's",
        "data",
        "data too",
        "a default",
        "an enum value",
        "#/x",
        "a scope",
    ):
        assert data in kept, data
    # a description's text, one token (equal nodes stay equal); a summary, a token of its own
    get = masked["paths"]["/a"]["get"]
    assert get["description"] == masked["components"]["schemas"]["Item"]["properties"]["summary"]["description"]
    assert get["summary"] != get["description"] and stand_ins.restore(get["summary"]) == "Same words."
    assert "description" in masked["components"]["schemas"]  # a name stays a name


def test_the_prefix_is_one_no_string_of_the_document_holds() -> None:
    doc = _copy(DOC)
    doc["components"]["schemas"]["Zprose"] = {"type": "string", "description": "Zprosez in prose too"}
    masked, stand_ins, _ = stand_in(_copy(doc))
    assert stand_ins.prefix == "Zprosezz"
    assert not any(stand_ins.prefix in s for s in _strings(doc))
    assert _restored(masked, stand_ins.restore) == doc
    assert stand_ins.restore(stand_ins.restore(f"{stand_ins.prefix}0Q")) == stand_ins.texts[0]


def test_an_edit_of_prose_keeps_the_stood_in_document() -> None:
    _, before, text = stand_in(_copy(DOC))
    edited = _copy(DOC)
    edited["paths"]["/a"]["get"]["responses"]["200"]["description"] = "   "  # unchanged blank
    edited["info"]["description"] = "About, edited."
    _, after, edited_text = stand_in(_copy(edited))
    assert edited_text == text and after.texts != before.texts
    edited["servers"][0]["description"] = "production"  # a server's description names its environment
    assert stand_in(_copy(edited))[2] != text


def test_an_edit_of_a_summary_others_share_keeps_the_stood_in_document() -> None:
    doc = _copy(DOC)
    doc["paths"]["/b"] = {"get": {"summary": "Same words.", "responses": {"200": {"description": "ok"}}}}
    text = stand_in(_copy(doc))[2]
    doc["paths"]["/b"]["get"]["summary"] = "Other words."
    assert stand_in(_copy(doc))[2] == text
    doc["paths"]["/b"]["get"]["responses"]["200"]["description"] = "About."  # now equal to another description
    assert stand_in(_copy(doc))[2] != text


def test_data_that_is_not_json_is_left_as_it_was() -> None:
    """YAML can hold values JSON cannot (a date, bytes): such a document is not stood in, nor changed."""
    doc = _copy(DOC)
    doc["info"]["x-released"] = datetime.date(2026, 1, 1)
    with pytest.raises(TypeError):
        stand_in(doc)
    assert doc["info"]["description"] == "About." and doc["paths"]["/a"]["get"]["summary"] == "Same words."
