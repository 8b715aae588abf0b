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


# -- the per-call shortcuts of the engine give what the long way gives ----------------------------
def _typos_the_long_way(model: pydantic.BaseModel, where: str = "") -> list[dict[str, Any]]:
    """``_likely_typos`` before its per-class cache: every field of every model looked into."""
    import difflib

    from generator.runtime._base_client import _DIGITS, _models_in

    found: list[dict[str, Any]] = []
    wire = {name: info.alias or name for name, info in type(model).model_fields.items()}
    given = {wire[name] for name in model.model_fields_set if name in wire}
    for key in model.model_extra or {}:
        close = difflib.get_close_matches(str(key), list(wire.values()), n=1, cutoff=0.8)
        if not close or close[0] in given or _DIGITS.sub("", str(key)) == _DIGITS.sub("", close[0]):
            continue
        found.append({"field": f"{where}{key}", "type": "likely_typo",
                      "message": f"not a field of {type(model).__name__}; did you mean {close[0]!r}?"})  # fmt: skip
    for name in model.model_fields_set:
        label = "" if isinstance(model, pydantic.RootModel) else wire.get(name, name)
        for index, item in _models_in(getattr(model, name, None)):
            found.extend(_typos_the_long_way(item, f"{where}{label}{index}."))
    return found


class _Open(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow", populate_by_name=True)


class _Leaf(_Open):
    shipping_code: str | None = None
    quantity: int = 1


class _Branch(_Open):
    name: str = ""
    leaf: _Leaf | None = None
    leaves: list[_Leaf] = []
    by_key: dict[str, _Leaf] = {}
    pair: tuple[_Leaf, ...] = ()
    anything: Any = None
    plain: list[int] = []
    tags: dict[str, str] = {}
    aliased: int | None = pydantic.Field(None, alias="AliasedField")


class _Rows(pydantic.RootModel[list[_Leaf]]):
    pass


def test_likely_typos_finds_what_looking_into_every_field_finds() -> None:
    from generator.runtime._base_client import _likely_typos

    typo = {"shiping_code": "x"}
    cases: list[pydantic.BaseModel] = [
        _Branch.model_validate({"name": "a", "plain": [1], "tags": {"a": "b"}}),
        _Branch.model_validate({"nam": "a"}),  # a typo next to an unset field
        _Branch.model_validate({"name": "a", "nam": "b"}),  # the declared field is given too: not a typo
        _Branch.model_validate({"leaf": typo, "leaves": [{}, typo], "by_key": {"k": typo}, "pair": [typo]}),
        _Branch.model_validate({"anything": _Leaf.model_validate(typo)}),  # a model in an Any field
        _Branch.model_validate({"unknown": _Leaf.model_validate(typo)}),  # a model as an unknown field's value
        _Branch.model_validate({"AliasedField": 1, "AliasedFeld": 2, "leaf_9": 1}),
        _Rows.model_validate([{}, typo]),
    ]
    for model in cases:
        assert _likely_typos(model) == _typos_the_long_way(model), model
    fields = {e["field"] for e in _likely_typos(cases[3])}
    assert fields == {"leaf.shiping_code", "leaves[1].shiping_code", "by_key['k'].shiping_code", "pair[0].shiping_code"}
    assert [e["field"] for e in _likely_typos(cases[5])] == ["unknown.shiping_code"]
    assert [e["field"] for e in _likely_typos(cases[7])] == ["[1].shiping_code"]


def test_only_types_that_cannot_hold_a_model_are_skipped() -> None:
    import datetime
    import enum
    import uuid
    from collections.abc import Mapping, Sequence
    from typing import Annotated, Literal, TypeVar, Union

    from generator.runtime._base_client import _may_hold_models

    class Colour(str, enum.Enum):
        RED = "red"

    never = [str, int, bool, float, bytes, None, type(None), uuid.UUID, datetime.datetime, datetime.date, Colour,
             list[int], dict[str, float], tuple[int, ...], Union[str, None], Union[int, str], int | None,
             Literal["a", 1], Annotated[str, "x"], Sequence[uuid.UUID], Mapping[str, list[datetime.date]]]  # fmt: skip
    maybe = [_Leaf, list[_Leaf], dict[str, _Leaf], tuple[int, _Leaf], _Leaf | None, Union[list[_Leaf], None],
             Annotated[list[_Leaf], "x"], Any, object, list, dict, list[Any], set[int], TypeVar("T"),
             "_Leaf", list["_Leaf"], _Rows]  # fmt: skip
    assert [t for t in never if _may_hold_models(t)] == []
    assert [t for t in maybe if not _may_hold_models(t)] == []


def test_text_is_what_httpx_decodes() -> None:
    from generator.runtime._base_client import _text

    def make(content: bytes, content_type: str | None, **kwargs: Any) -> httpx.Response:
        headers = {"Content-Type": content_type} if content_type is not None else {}
        made = httpx.Response(200, headers=headers, content=content, **kwargs)
        made.read()
        return made

    def text(made: httpx.Response) -> str:
        return made.text

    def outcome(read: Any, made: httpx.Response) -> tuple[str, object]:
        try:
            return "text", read(made)
        except Exception as exc:  # httpx's own decoding fails on some: ours must fail alike
            return "error", type(exc)

    bodies = [b"", b'{"a": "caf\xc3\xa9"}', b"\xef\xbb\xbf{}", b'{"a": "\xe9"}', b'"\xed\xa0\x80"', b"  \n", b"\x00{"]
    types_ = [None, "application/json", "application/json; charset=utf-8", "application/json; Charset=ISO-8859-1",
              "text/plain; charset=utf-16", "application/json; charset=unknown-thing", "application/json; v=2"]  # fmt: skip
    for content in bodies:
        for content_type in types_:
            for kwargs in ({}, {"default_encoding": "latin-1"}, {"default_encoding": lambda _: "cp1252"}):
                ours, theirs = make(content, content_type, **kwargs), make(content, content_type, **kwargs)
                assert outcome(_text, ours) == outcome(text, theirs), (content, content_type, kwargs)
                assert outcome(text, ours) == outcome(text, theirs)
                assert ours.encoding == theirs.encoding
    preset = make("é".encode("latin-1"), "application/json")
    preset.encoding = "latin-1"  # set by the caller (an event hook): honoured
    assert _text(preset) == "é"


def test_dumped_payload_shortcut_never_fails_on_odd_arguments() -> None:
    from generator.runtime._base_client import _keep_strings, _same

    class Ambiguous:
        def __eq__(self, other: object) -> bool:
            raise ValueError("the truth value is ambiguous")

        __hash__ = object.__hash__

    assert _same({"a": ["x"], "b": None}, {"a": ["x"], "b": None})
    assert not _same({"a": Ambiguous()}, {"a": [1]})
    assert not _same({"when": "2024-01-01T00:00:00.8211438Z"}, {"when": "2024-01-01T00:00:00.821143Z"})
    given = {"when": "2024-01-01T00:00:00.8211438Z", "n": 1}
    assert _keep_strings(given, {"when": "2024-01-01T00:00:00.821143Z", "n": 1}) == given


def _auth_client(**credentials: str | None) -> Any:
    from generator.runtime._base_client import BaseClient
    from generator.runtime._operation import AuthSpec
    from generator.runtime._types import NOT_GIVEN

    class Client(BaseClient):
        _auth_specs = (
            AuthSpec("token", "bearer", "header", "Authorization", "token", "X_TOKEN", False),
            AuthSpec("login", "basic", "header", "Authorization", "login", "X_LOGIN", False),
            AuthSpec("key", "api_key", "header", "X-Key", "key", "X_KEY", False),
            AuthSpec("qkey", "api_key", "query", "api_key", "qkey", "X_QKEY", False),
            AuthSpec("ckey", "api_key", "cookie", "session", "ckey", "X_CKEY", False),
        )

    return Client(credentials=credentials, environment=None, base_url="https://api.example.invalid",
                  timeout=NOT_GIVEN, max_retries=0, default_headers=None)  # fmt: skip


def test_credentials_are_attached_per_security_alternative_and_overridable() -> None:
    import base64

    from generator.runtime._operation import OperationSpec

    client = _auth_client(token="t0k", login="u:p", key="k3y", qkey="q", ckey="c")
    for security, headers, query, cookies in [
        ((("token",),), {"Authorization": "Bearer t0k"}, [], {}),
        ((("login",),), {"Authorization": "Basic " + base64.b64encode(b"u:p").decode()}, [], {}),
        ((("missing",), ("key", "qkey", "ckey")), {"X-Key": "k3y"}, [("api_key", "q")], {"session": "c"}),
        ((("missing",),), {}, [], {}),
    ]:
        op = OperationSpec("op", "GET", "/op", dict, security=security)
        for _ in range(2):  # worked out on the first call, reused on the next
            h: dict[str, str] = {}
            q: list[tuple[str, str]] = []
            c: dict[str, str] = {}
            secrets = client._apply_auth(op, h, q, c)
            assert (h, q, c) == (headers, query, cookies)
            assert secrets == [name for name, _ in query]
            assert "t0k" not in repr(h) and "k3y" not in repr(q) and "u:p" not in repr(client._auth_plans)
        h = {"authorization": "mine", "x-key": "mine"}
        client._apply_auth(op, h, [], {}, {"AUTHORIZATION": "mine", "X-KEY": "mine"})
        assert h == {"authorization": "mine", "x-key": "mine"}  # the call's extra_headers win


def test_own_pool_defaults_are_sent_by_the_names_httpx_sends() -> None:
    from generator.runtime._base_client import SyncAPIClient
    from generator.runtime._types import NOT_GIVEN

    client = SyncAPIClient(credentials={}, environment=None, base_url="https://api.example.invalid",
                           timeout=NOT_GIVEN, max_retries=0, default_headers={"x-trace": "t"})  # fmt: skip
    with client:
        headers = client._base_headers
        assert "Accept-Encoding" in headers and "Connection" in headers and "accept-encoding" not in headers
        assert headers["Accept"] == "application/json" and headers["x-trace"] == "t"  # ours over httpx's
        assert sum(name.lower() == "user-agent" for name in headers) == 1
