"""Unit tests of the runtime modules as they are in the repository (generator/runtime/).

The same files are copied verbatim into every generated package; the behaviour tests of a
generated client against real servers are in tests/test_client_runtime.py. Here the pieces are
tested alone, with httpx.Response objects built in memory and small pydantic models.
"""

from __future__ import annotations

import pickle
from typing import Any

import httpx
import pydantic
import pytest

from generator.runtime import _exceptions
from generator.runtime._error_body import ErrorFormat, ErrorRule, read_error
from generator.runtime._lenient import construct_leniently

ASP_NET = ErrorFormat(
    message=("/Message", "/message"),
    field_errors="/ModelState",
    rules=(ErrorRule(_exceptions.AuthenticationError, status=400, field_suffix="authorization_credentials"),),
)


def response(status: int, body: Any = None, *, text: str | None = None, content_type: str = "") -> httpx.Response:
    request = httpx.Request("POST", "https://api.example.invalid/v3/op")
    if text is not None:
        headers = {"Content-Type": content_type} if content_type else {}
        return httpx.Response(status, text=text, headers=headers, request=request)
    return httpx.Response(status, json=body, request=request)


def test_asp_net_body_is_a_sentence_with_its_field_errors() -> None:
    body = {"Message": "The request is invalid.", "ModelState": {"a.b": ["First", "Second!"], "": ["Whole body"]}}
    details = read_error(response(400, body), ASP_NET)
    assert details.message == "The request is invalid. a.b: First. Second! Whole body."
    assert details.field_errors == {"a.b": ["First", "Second!"], "": ["Whole body"]}
    assert details.body == body
    assert details.error_class is _exceptions.BadRequestError


def test_rules_pick_the_class_only_when_status_and_suffix_match() -> None:
    creds = {"ModelState": {"ApiC.Models.authorization_credentials": ["Missing or unauthorized api credentials"]}}
    assert read_error(response(400, creds), ASP_NET).error_class is _exceptions.AuthenticationError
    assert read_error(response(422, creds), ASP_NET).error_class is _exceptions.UnprocessableEntityError
    assert read_error(response(400, creds), ErrorFormat()).error_class is _exceptions.BadRequestError


def test_envelope_message_and_debug_come_first() -> None:
    envelope = {"field": "status", "success": "success", "message": "message", "debug": "debug"}
    body = {"status": {"success": False, "message": "from the envelope", "debug": {"x": 1}}, "message": "other"}
    details = read_error(response(500, body), ErrorFormat(), envelope)
    assert (details.message, details.debug) == ("from the envelope.", {"x": 1})


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"ModelState": {"f": "one string"}}, {"f": ["one string"]}),
        ({"ModelState": {"f": [{"code": 1}, None]}}, {"f": ['{"code": 1}']}),
        ({"ModelState": ["not", "a", "map"]}, {}),
        ({"ModelState": None}, {}),
    ],
)
def test_odd_field_error_shapes_never_raise(body: Any, expected: dict[str, list[str]]) -> None:
    assert read_error(response(400, body), ASP_NET).field_errors == expected


def test_html_title_and_text_bodies() -> None:
    page = "<html><head><title>\n  502 &amp; Bad   Gateway </title></head><body>" + "x" * 5000 + "</body></html>"
    assert read_error(response(502, text=page, content_type="text/html"), ErrorFormat()).message == "502 & Bad Gateway"
    no_title = "<!DOCTYPE html><html><body><h1>Service <b>down</b></h1></body></html>"
    assert read_error(response(503, text=no_title), ErrorFormat()).message == "Service down"
    words = "alpha " * 100
    message = read_error(response(400, text=words), ErrorFormat()).message
    assert message.endswith("alpha …") and len(message) <= 302
    assert read_error(response(400, text=""), ErrorFormat()).message == "Bad Request"


def test_client_error_has_the_package_name_and_pickles() -> None:
    error = _exceptions.ClientError("boom")
    assert type(error).__name__ == "ClientError"  # the stand-in _package.py's name
    assert isinstance(pickle.loads(pickle.dumps(error)), _exceptions.ClientError)


class Inner(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow", populate_by_name=True)
    n: int
    when: pydantic.AwareDatetime | None = None


class Outer(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow", populate_by_name=True)
    ok: bool
    code: int = pydantic.Field(alias="Code")
    inner: Inner | None = None
    items: list[Inner] = []
    by_key: dict[str, Inner] = {}


def test_valid_data_is_validated_as_usual() -> None:
    out = construct_leniently(Outer, {"ok": "true", "Code": "7"})
    assert out.ok is True and out.code == 7 and out.model_fields_set == {"ok", "code"}


def test_each_value_typed_where_it_validates_and_kept_where_it_does_not() -> None:
    data = {
        "ok": True,
        "Code": "seven",
        "inner": {"n": "x", "when": "2026-02-28T18:11:11.8211438-06:00"},
        "items": [{"n": 1}, {"n": "two"}, "junk"],
        "by_key": {"a": {"n": 1}, "b": {"m": 2}},
        "surprise": [1],
    }
    out = construct_leniently(Outer, data)
    assert out.ok is True and out.code == "seven"
    assert isinstance(out.inner, Inner) and out.inner.n == "x" and out.inner.when is not None
    assert out.inner.when.year == 2026  # a valid sibling of a bad value is still typed
    assert [type(i) for i in out.items] == [Inner, Inner, str]
    assert out.items[0].n == 1 and out.items[1].n == "two"
    assert out.by_key["a"].n == 1 and out.by_key["b"].n is None and out.by_key["b"].model_extra == {"m": 2}
    assert out.model_extra == {"surprise": [1]}


def test_a_missing_required_field_reads_as_none() -> None:
    out = construct_leniently(Outer, {"Code": 1})
    assert out.ok is None and out.code == 1 and "ok" not in out.model_fields_set


def test_data_that_cannot_be_the_model_raises_type_error() -> None:
    with pytest.raises(TypeError):
        construct_leniently(Outer, [1, 2])


# -- paging (generator/runtime/pagination.py) and retry helpers of the engine ---------------------
def test_page_items_never_guess_between_arrays() -> None:
    from generator.runtime.pagination import _page_items

    assert _page_items({"status": {}, "rows": [1, 2]}, None, "op") == [1, 2]  # the only array
    assert _page_items({"rows": [1], "warnings": ["w"]}, "rows", "op") == [1]  # declared: extra arrays are fine
    assert _page_items({"rows": None}, "rows", "op") == []
    with pytest.raises(_exceptions.ClientError, match="name it in the spec's x-pagination"):
        _page_items({"rows": [1], "warnings": ["w"]}, None, "op")


def test_retry_after_values_that_fall_back_to_the_backoff() -> None:
    from generator.runtime._base_client import _retry_after

    assert _retry_after("2") == 2.0
    for value in ("0", "-5", "nan", "NaN", "inf", "-inf", "1e999", "Tue, 01 Jan 2000 00:00:00 GMT", "x", ""):
        assert _retry_after(value) is None, value


def test_secret_strings_are_redacted_in_reprs() -> None:
    from generator.runtime._base_client import _Secret, secret_arguments

    wrapped = secret_arguments(key="s3cret", other=None, number=42)
    assert isinstance(wrapped["key"], _Secret) and wrapped["key"] == "s3cret" and wrapped["other"] is None
    assert "s3cret" not in repr(wrapped) and "42" not in repr(wrapped)
    assert "s3cret" not in repr({"web_api_key": wrapped["key"]}) and f"{wrapped['key']}" == "s3cret"


def test_outcome_errors_are_catchable_both_ways() -> None:
    e = _exceptions
    assert issubclass(e.APIUnknownOutcomeError, e.APIConnectionError)
    assert issubclass(e.APIUnknownOutcomeTimeoutError, e.APITimeoutError)
    assert issubclass(e.APIUnknownOutcomeStatusError, e.InternalServerError)
    assert issubclass(e.APIUnknownOutcomeStatusError, e.APIUnknownOutcomeError)
    error = e.APIUnknownOutcomeStatusError("x failed", response=response(500, {}), body={})
    assert error.outcome_unknown and error.status_code == 500 and str(error) == "x failed (HTTP 500)"
    check = e.OutcomeCheck("fetch_order_status", "orders.fetch_status", "order_po")
    assert (
        check.advice()
        == "check with client.orders.fetch_status() (fetch_order_status) by order_po before sending it again"
    )
