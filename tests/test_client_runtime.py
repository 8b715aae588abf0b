# ruff: noqa: F811  (pytest fixtures imported from runtime_fixtures are used as arguments)
"""Runtime behaviour of the generated client against a spec-driven fake server (real HTTP, no mocks).

Every test asserts on what the server received (``server.requests``), not only on what the client
returns. See tests/runtime_fixtures.py for which package/spec is used and tests/fakeserver.py for
the server.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import email.utils
import importlib
import logging
import socket
import time
import typing
from collections.abc import Iterator
from typing import Any

import httpx
import pydantic
import pytest
from fakeserver import FakeServer, Recorded, Reply, ok_envelope
from runtime_fixtures import MANIFEST, _clean_env, method, server  # noqa: F401 - fixtures

import finerworks
from finerworks import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncFinerWorks,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FinerWorks,
    FinerWorksError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestValidationError,
    UnprocessableEntityError,
    UnsuccessfulResponseError,
)
from finerworks import _base_client

WEB_KEY = "wk-SECRET-7f3a9c"
APP_KEY = "ak-SECRET-41d0be"
SECRETS = (WEB_KEY, APP_KEY)
GUIDS = ["9a85d170-dca0-43d1-a00d-072281b122e7", "be9d78b7-866f-4941-b237-8f010eef3b9b"]
LIBRARY = {"name": "inventory", "session_id": "1234567890", "account_key": "", "site_id": 2}
ORDER_GUID = "3f2c1a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"
ORDER: dict[str, Any] = {  # the submit_orders example of the FinerWorks reference
    "order_po": "PO_0001",
    "order_key": None,
    "recipient": {
        "first_name": "Bob",
        "last_name": "Ross",
        "company_name": "Happy Little Trees, Inc",
        "address_1": "742 Evergreen Terrace",
        "address_2": None,
        "address_3": None,
        "city": "Mountain Scene",
        "state_code": "AK",
        "province": None,
        "zip_postal_code": "88888",
        "country_code": "us",
        "phone": "555-555-5555",
        "email": None,
        "address_order_po": "PO_0001",
    },
    "order_items": [
        {
            "product_order_po": "PO_0001",
            "product_qty": 1,
            "product_sku": "AP1234P1234",
            "product_image": None,
            "product_title": "The Big Blue Mountain",
            "template": None,
            "product_guid": "00000000-0000-0000-0000-000000000000",
            "custom_data_1": None,
            "custom_data_2": None,
            "custom_data_3": None,
        }
    ],
    "shipping_code": "SD",
    "ship_by_date": None,
    "customs_tax_info": None,
    "gift_message": None,
    "test_mode": False,
    "webhook_order_status_url": None,
    "document_url": None,
    "acct_number_ups": None,
    "acct_number_fedex": None,
    "custom_data_1": None,
    "custom_data_2": None,
    "custom_data_3": None,
}


# -- helpers ----------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def _fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries back off for milliseconds, not seconds (Retry-After is still honoured)."""
    monkeypatch.setattr(_base_client, "INITIAL_RETRY_DELAY", 0.001)
    monkeypatch.setattr(_base_client, "MAX_RETRY_DELAY", 0.005)


def client_for(server: FakeServer, **kwargs: Any) -> FinerWorks:
    return FinerWorks(web_api_key=WEB_KEY, app_key=APP_KEY, base_url=server.base_url, **kwargs)


def async_client_for(server: FakeServer, **kwargs: Any) -> AsyncFinerWorks:
    return AsyncFinerWorks(web_api_key=WEB_KEY, app_key=APP_KEY, base_url=server.base_url, **kwargs)


def op_spec(operation_id: str) -> Any:
    """The engine's OperationSpec of an operation (from the generated resource modules)."""
    for entry in MANIFEST["operations"]:
        if entry["operationId"] == operation_id:
            module = importlib.import_module(f"finerworks.resources.{entry['python'].split('.')[0].rstrip('_')}")
            for value in vars(module).values():
                if isinstance(value, _base_client.OperationSpec) and value.operation_id == operation_id:
                    return value
    raise LookupError(operation_id)


def models_in(annotation: Any) -> list[type[pydantic.BaseModel]]:
    """The pydantic model classes mentioned in a type annotation."""
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in models_in(arg)]


def argument_model(func: Any, argument: str) -> type[pydantic.BaseModel]:
    hints = typing.get_type_hints(func)
    found = models_in(hints[argument])
    assert found, f"{argument} of {func} accepts no model class: {hints[argument]}"
    return found[0]


def image(i: int) -> dict[str, Any]:
    """One image_details item with every field the reference marks required."""
    return {
        "id": i,
        "guid": f"00000000-0000-4000-8000-{i:012d}",
        "title": f"image {i}",
        "description": None,
        "file_name": f"img{i}.jpg",
        "file_size": 1000 + i,
        "thumbnail_file_name": f"img{i}_t.jpg",
        "preview_file_name": f"img{i}_p.jpg",
        "hires_file_name": f"img{i}.jpg",
        "public_thumbnail_uri": f"https://example.invalid/t/{i}",
        "public_preview_uri": f"https://example.invalid/p/{i}",
        "private_hires_uri": f"https://example.invalid/h/{i}",
        "pix_w": 800,
        "pix_h": 600,
        "active": True,
    }


def guid_of(item: Any) -> str:
    """The guid of a page item: a model when the spec types the items, else a plain dict."""
    return str(item["guid"] if isinstance(item, dict) else item.guid)


def page_of(items: list[dict[str, Any]]) -> Reply:
    return Reply(json={**ok_envelope(), op_spec("list_images").pagination.items or "images": items})


def error_body(message: str, code: int, debug: Any = None) -> dict[str, Any]:
    return {"status": {"success": False, "status_code": code, "message": message, "debug": debug}}


def assert_valid(requests: list[Recorded]) -> None:
    """Every request was valid for the spec (the fake server found nothing wrong)."""
    assert requests, "the server received nothing"
    for r in requests:
        assert r.errors == [], (r.method, r.path, r.errors)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def no_secret_in(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"a key leaked into: {text[:300]}"


# -- configuration ----------------------------------------------------------------------------
def test_credentials_and_base_url_from_the_environment(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FINERWORKS_WEB_API_KEY", "env-web")
    monkeypatch.setenv("FINERWORKS_APP_KEY", "env-app")
    monkeypatch.setenv("FINERWORKS_BASE_URL", server.base_url)
    with FinerWorks() as client:
        method(client, "test_my_credentials")()
    assert_valid(server.requests)
    assert server.requests[0].path == "/test_my_credentials"
    assert server.requests[0].headers["web_api_key"] == "env-web"
    assert server.requests[0].headers["app_key"] == "env-app"


def test_arguments_beat_the_environment(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FINERWORKS_WEB_API_KEY", "env-web")
    monkeypatch.setenv("FINERWORKS_APP_KEY", "env-app")
    monkeypatch.setenv("FINERWORKS_BASE_URL", "http://127.0.0.1:9/nowhere")
    with client_for(server) as client:
        method(client, "test_my_credentials")()
    assert server.requests[0].headers["web_api_key"] == WEB_KEY
    assert server.requests[0].headers["app_key"] == APP_KEY


def test_environment_picks_the_server_url() -> None:
    client = FinerWorks(web_api_key="k", app_key="a", environment="test")
    prepared = method(client, "delete_images", "prepare")(guids=GUIDS, library=None)
    assert prepared.url == "https://test-api.finerworks.com/v3/delete_images"
    default = FinerWorks(web_api_key="k", app_key="a")
    assert method(default, "delete_images", "prepare")(guids=GUIDS, library=None).url == (
        "https://api.finerworks.com/v3/delete_images"
    )
    production = FinerWorks(web_api_key="k", app_key="a", environment="production")
    assert str(production.base_url) == "https://api.finerworks.com/v3/"


def test_unknown_environment_is_refused() -> None:
    with pytest.raises(FinerWorksError, match="staging"):
        FinerWorks(web_api_key="k", app_key="a", environment="staging")  # type: ignore[arg-type]


def test_missing_credentials_raise_naming_the_variables() -> None:
    with pytest.raises(FinerWorksError) as info:
        FinerWorks(base_url="http://127.0.0.1:9/v3")
    assert "FINERWORKS_WEB_API_KEY" in str(info.value)
    assert "FINERWORKS_APP_KEY" in str(info.value)
    with pytest.raises(FinerWorksError) as info:
        AsyncFinerWorks(web_api_key="k", base_url="http://127.0.0.1:9/v3")
    assert "FINERWORKS_APP_KEY" in str(info.value)
    assert "FINERWORKS_WEB_API_KEY" not in str(info.value)


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(ValueError):
        FinerWorks(web_api_key="k", app_key="a", max_retries=-1)


def test_with_options_returns_a_changed_copy(server: FakeServer) -> None:
    client = client_for(server, max_retries=2, default_headers={"X-Base": "1"})
    copy_ = client.with_options(max_retries=0, default_headers={"X-Extra": "2"})
    assert copy_ is not client
    assert (client.max_retries, copy_.max_retries) == (2, 0)
    server.script("delete_images", Reply(503))
    with pytest.raises(InternalServerError):
        method(copy_, "delete_images")(guids=GUIDS, library=None)
    assert len(server.requests) == 1  # max_retries=0 on the copy: no retry
    method(client, "delete_images")(guids=GUIDS, library=None)
    first, second = server.requests
    assert first.headers["x-base"] == "1" and first.headers["x-extra"] == "2"
    assert first.headers["web_api_key"] == WEB_KEY and first.headers["app_key"] == APP_KEY
    assert second.headers["x-base"] == "1" and "x-extra" not in second.headers
    copy_.close()  # shares the pool: closing the copy leaves the original usable
    method(client, "test_my_credentials")()
    assert len(server.requests) == 3
    client.close()


def test_context_managers_close_their_pool(server: FakeServer) -> None:
    with client_for(server) as client:
        method(client, "test_my_credentials")()
    assert client._http.is_closed

    async def main() -> AsyncFinerWorks:
        async with async_client_for(server) as aclient:
            await method(aclient, "test_my_credentials")()
        return aclient

    assert asyncio.run(main())._http.is_closed
    assert len(server.requests) == 2


def test_a_callers_http_client_is_not_closed(server: FakeServer) -> None:
    with httpx.Client() as http, client_for(server, http_client=http) as client:
        method(client, "test_my_credentials")()
        client.close()
        assert not http.is_closed


def test_user_agent(server: FakeServer) -> None:
    with client_for(server) as client:
        method(client, "test_my_credentials")()
    assert server.requests[0].headers["user-agent"] == f"finerworks-python/{finerworks.__version__}"


# -- requests: auth and bodies ----------------------------------------------------------------
def test_both_keys_on_every_request(server: FakeServer) -> None:
    with client_for(server) as client:
        method(client, "test_my_credentials")()
        method(client, "delete_images")(guids=GUIDS, library=None)
        method(client, "list_images")(library=LIBRARY)
        method(client, "get_order")(order_guid=ORDER_GUID, order_email="bob@example.com")
        method(client, "submit_orders")(orders=[ORDER])
    assert len(server.requests) == 5
    assert_valid(server.requests)
    for r in server.requests:
        assert r.headers["web_api_key"] == WEB_KEY
        assert r.headers["app_key"] == APP_KEY


def test_delete_images_sends_the_exact_body(server: FakeServer) -> None:
    with client_for(server) as client:
        out = method(client, "delete_images")(guids=GUIDS, library=None)
    (r,) = server.requests
    assert_valid([r])
    assert (r.method, r.path, r.query) == ("DELETE", "/delete_images", {})
    assert r.headers["content-type"].startswith("application/json")
    assert r.json == {"guids": GUIDS, "library": None}
    assert b'"library":null' in r.body.replace(b" ", b"")
    assert out.status.success is True


def test_omitted_optional_arguments_are_not_sent_but_none_is(server: FakeServer) -> None:
    with client_for(server) as client:
        method(client, "list_images")(library=LIBRARY)
        method(client, "list_images")(library=LIBRARY, search_filter=None)
    assert_valid(server.requests)
    assert server.requests[0].json == {"library": LIBRARY}
    assert server.requests[1].json == {"library": LIBRARY, "search_filter": None}


def test_nested_objects_as_models_or_dicts(server: FakeServer) -> None:
    with client_for(server) as client:
        delete = method(client, "delete_images")
        library_model = argument_model(delete, "library")
        delete(guids=GUIDS, library=library_model(**LIBRARY))
        delete(guids=GUIDS, library=LIBRARY)
        submit = method(client, "submit_orders")
        order_model = argument_model(submit, "orders")
        submit(orders=[order_model.model_validate(ORDER)])
        submit(orders=[copy.deepcopy(ORDER)])
    assert_valid(server.requests)
    assert server.requests[0].json == server.requests[1].json == {"guids": GUIDS, "library": LIBRARY}
    assert server.requests[2].json == server.requests[3].json == {"orders": [ORDER]}


def test_query_parameters(server: FakeServer) -> None:
    with client_for(server) as client:
        method(client, "get_order")(order_guid=ORDER_GUID, order_email="bob+1@example.com")
    (r,) = server.requests
    assert_valid([r])
    assert (r.method, r.path, r.body) == ("GET", "/get_order", b"")
    assert r.query == {"order_guid": [ORDER_GUID], "order_email": ["bob+1@example.com"]}


def test_per_call_extras(server: FakeServer) -> None:
    with client_for(server) as client:
        method(client, "delete_images")(
            guids=GUIDS,
            library=None,
            extra_headers={"X-Trace": "t-1"},
            extra_query={"debug": "1"},
            extra_body={"account_key": "acc"},
        )
    (r,) = server.requests
    assert r.headers["x-trace"] == "t-1"
    assert r.query == {"debug": ["1"]}
    assert r.json == {"guids": GUIDS, "library": None, "account_key": "acc"}
    assert r.headers["web_api_key"] == WEB_KEY  # extras do not drop the credentials


# -- validation before sending ----------------------------------------------------------------
def _order(**changes: Any) -> dict[str, Any]:
    order = copy.deepcopy(ORDER)
    for dotted, value in changes.items():
        *parents, last = dotted.split("__")
        node: Any = order
        for p in parents:
            node = node[int(p)] if p.isdigit() else node[p]
        node[last] = value
    return order


INVALID_CALLS = [
    pytest.param("submit_orders", {"orders": [ORDER] * 6}, "orders", id="too-many-orders"),
    pytest.param(
        "submit_orders",
        {"orders": [_order(recipient__first_name="B" * 51)]},
        "orders.0.recipient.first_name",
        id="maxLength",
    ),
    pytest.param(
        "submit_orders",
        {"orders": [_order(order_items__0__product_qty=0)]},
        "orders.0.order_items.0.product_qty",
        id="minimum",
    ),
    pytest.param("list_images", {"library": {**LIBRARY, "session_id": "short"}}, "library.session_id", id="minLength"),
    pytest.param("list_images", {"library": {**LIBRARY, "name": "bogus"}}, "library.name", id="enum-nested"),
    pytest.param("list_images", {"library": LIBRARY, "sort_direction": "UP"}, "sort_direction", id="enum"),
    pytest.param("list_images", {"library": LIBRARY, "per_page": 51}, "per_page", id="maximum"),
    pytest.param(
        "list_images",
        {"library": {k: v for k, v in LIBRARY.items() if k != "site_id"}},
        "library.site_id",
        id="required-nested",
    ),
    pytest.param("delete_images", {"guids": "not-a-list", "library": None}, "guids", id="type"),
]


@pytest.mark.parametrize(("operation_id", "kwargs", "field"), INVALID_CALLS)
def test_invalid_arguments_are_refused_before_sending(
    server: FakeServer, operation_id: str, kwargs: dict[str, Any], field: str
) -> None:
    with client_for(server) as client:
        with pytest.raises(RequestValidationError) as info:
            method(client, operation_id)(**kwargs)
        with pytest.raises(RequestValidationError):
            method(client, operation_id, "prepare")(**kwargs)
    assert field in [e["field"] for e in info.value.errors], info.value.errors
    assert field in str(info.value)
    assert isinstance(info.value, ValueError)
    assert server.requests == []


def test_invalid_arguments_async(server: FakeServer) -> None:
    async def main() -> None:
        async with async_client_for(server) as client:
            await method(client, "submit_orders")(orders=[ORDER] * 6)

    with pytest.raises(RequestValidationError, match="orders"):
        asyncio.run(main())
    assert server.requests == []


def test_the_server_side_validation_catches_bad_requests(server: FakeServer) -> None:
    """The fake server itself must be able to fail: a hand-made bad request is flagged."""
    with httpx.Client() as http:
        answer = http.request("DELETE", server.base_url + "/delete_images", json={"guids": "x"})
    assert answer.status_code == 400
    errors = server.requests[-1].errors
    assert any("security" in e for e in errors)
    assert any("guids" in e for e in errors)
    assert any("library" in e for e in errors)


# -- prepare ----------------------------------------------------------------------------------
def test_prepare_builds_without_sending_and_redacts_keys(server: FakeServer) -> None:
    with client_for(server) as client:
        prepared = method(client, "delete_images", "prepare")(guids=GUIDS, library=None)
    assert prepared.method == "DELETE"
    assert prepared.url == server.base_url + "/delete_images"
    assert prepared.headers["web_api_key"] == "<redacted>"
    assert prepared.headers["app_key"] == "<redacted>"
    assert prepared.json == {"guids": GUIDS, "library": None}
    no_secret_in(repr(prepared), str(prepared.headers), prepared.url)
    assert server.requests == []


def test_prepare_async(server: FakeServer) -> None:
    async def main() -> Any:
        async with async_client_for(server) as client:
            return await method(client, "get_order", "prepare")(order_guid=ORDER_GUID, order_email="a@b.c")

    prepared = asyncio.run(main())
    assert prepared.method == "GET"
    assert prepared.url.startswith(server.base_url + "/get_order?")
    assert prepared.headers["app_key"] == "<redacted>"
    no_secret_in(repr(prepared))
    assert server.requests == []


# -- responses --------------------------------------------------------------------------------
def test_unknown_response_fields_are_kept(server: FakeServer) -> None:
    body = ok_envelope("fine")
    body["status"]["brand_new_status_field"] = "r-1"
    body["brand_new_field"] = {"nested": [1, 2]}
    server.script("delete_images", Reply(json=body))
    with client_for(server) as client:
        out = method(client, "delete_images")(guids=GUIDS, library=None)
    assert out.model_extra["brand_new_field"] == {"nested": [1, 2]}
    assert out.status.model_extra["brand_new_status_field"] == "r-1"
    assert out.status.message == "fine"


def test_unknown_enum_values_in_responses_do_not_raise(server: FakeServer) -> None:
    with client_for(server) as client:
        item_models = models_in(typing.get_type_hints(method(client, "list_images"))["return"])
        if not item_models:
            pytest.skip("the spec does not type list_images' items")
        item_model = item_models[0]
        hints = typing.get_type_hints(item_model)
        enum_fields = [
            name
            for name in item_model.model_fields
            if any(
                isinstance(a, type) and issubclass(a, finerworks._enum.OpenEnum)
                for a in [hints[name], *typing.get_args(hints[name])]
            )
        ]
        if not enum_fields:
            pytest.skip(f"{item_model.__name__} has no enum field")
        item = {**image(1), enum_fields[0]: "value-from-the-future"}
        server.script("list_images", page_of([item]))
        out = method(client, "list_images")(library=LIBRARY)
    items = getattr(out, op_spec("list_images").pagination.items or "images")
    value = getattr(items[0], enum_fields[0])
    assert value.value == "value-from-the-future"
    assert_valid(server.requests)


def test_open_enums_accept_unknown_values_but_arguments_do_not() -> None:
    enums = [
        v
        for v in vars(finerworks.models).values()
        if isinstance(v, type) and issubclass(v, finerworks._enum.OpenEnum) and len(v)
    ]
    assert enums, "the spec declares no enum"
    for cls in enums:
        member = next(iter(cls))
        unknown = type(member.value)(9999) if isinstance(member.value, (int, float)) else "value-from-the-future"
        assert cls(unknown).value == unknown
        with finerworks._enum.strict_enums(), pytest.raises(ValueError):
            cls(unknown)


def test_raw_response(server: FakeServer) -> None:
    body = ok_envelope("raw!")
    server.script("delete_images", Reply(json=body, headers={"X-Request-Id": "req-42"}))
    with client_for(server) as client:
        raw = method(client, "delete_images", "with_raw_response")(guids=GUIDS, library=None)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "req-42"
    assert raw.parsed.status.message == "raw!"
    assert raw.parse() is raw.parsed  # parsed once, then kept
    assert httpx.Response(200, content=raw.content).json() == body
    assert raw.attempts == 1
    assert len(server.requests) == 1


# -- errors -----------------------------------------------------------------------------------
STATUS_CLASSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (503, InternalServerError),
    (418, APIStatusError),
]


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_error_statuses_map_to_classes(server: FakeServer, status: int, cls: type[APIStatusError]) -> None:
    debug = {"trace": f"t-{status}"}
    server.script("delete_images", Reply(status, json=error_body(f"boom {status}", status, debug)))
    with client_for(server, max_retries=0) as client, pytest.raises(cls) as info:
        method(client, "delete_images")(guids=GUIDS, library=None)
    exc = info.value
    assert type(exc) is cls
    assert exc.status_code == status
    assert f"boom {status}" in exc.message
    assert exc.debug == debug
    assert exc.response.status_code == status
    assert exc.body == error_body(f"boom {status}", status, debug)  # parsed JSON
    assert exc.field_errors == {}
    assert str(status) in str(exc)
    no_secret_in(str(exc), repr(exc))
    assert len(server.requests) == 1


def test_success_false_on_http_200(server: FakeServer) -> None:
    server.script("delete_images", Reply(200, json=error_body("library not found", 200, {"hint": "x"})))
    with client_for(server) as client, pytest.raises(UnsuccessfulResponseError) as info:
        method(client, "delete_images")(guids=GUIDS, library=None)
    assert info.value.status_code == 200
    assert "library not found" in info.value.message
    assert info.value.debug == {"hint": "x"}
    assert len(server.requests) == 1  # not retried


HTML = b"<html><body><h1>502 Bad Gateway</h1></body></html>"


def test_html_error_page(server: FakeServer) -> None:
    server.script("delete_images", Reply(502, body=HTML, headers={"Content-Type": "text/html"}))
    with client_for(server, max_retries=0) as client, pytest.raises(InternalServerError) as info:
        method(client, "delete_images")(guids=GUIDS, library=None)
    assert info.value.status_code == 502
    assert info.value.body == HTML.decode()
    assert info.value.debug is None
    assert info.value.message == "delete_images failed: 502 Bad Gateway"


def test_html_on_http_200(server: FakeServer) -> None:
    server.script("test_my_credentials", Reply(200, body=HTML, headers={"Content-Type": "text/html"}))
    with client_for(server) as client, pytest.raises(APIResponseValidationError) as info:
        method(client, "test_my_credentials")()
    assert info.value.body == HTML.decode()
    assert info.value.status_code == 200


def test_truncated_json(server: FakeServer) -> None:
    server.script("delete_images", Reply(json=ok_envelope("x" * 40), truncate=True))
    with client_for(server) as client, pytest.raises(APIResponseValidationError) as info:
        method(client, "delete_images")(guids=GUIDS, library=None)
    assert info.value.body.startswith('{"status"')
    assert len(server.requests) == 1


def test_response_not_matching_the_schema_in_strict_mode(server: FakeServer) -> None:
    body = {"status": {"success": True, "status_code": "two hundred"}}
    server.script("delete_images", Reply(json=body))
    with (
        client_for(server, strict_response_validation=True) as client,
        pytest.raises(APIResponseValidationError) as info,
    ):
        method(client, "delete_images")(guids=GUIDS, library=None)
    assert info.value.body == body
    assert "status.status_code" in info.value.message
    assert [e["loc"] for e in info.value.errors] == [("status", "status_code")]


# -- error bodies as FinerWorks sends them (HTTP 400, ASP.NET ModelState, no status envelope) --
CREDENTIALS_REFUSED = {  # what the live API answers to a wrong key pair (evidence §2.2)
    "Message": "The request is invalid.",
    "ModelState": {"ApiC.Models.authorization_credentials": ["Missing or unauthorized api credentials"]},
}
FIELDS_REFUSED = {
    "Message": "The request is invalid.",
    "ModelState": {
        "request.orders[0].recipient.state_code": ["Must be left blank when country_code does not equal 'us'"],
        "request.orders[0].order_items[0].product_qty": [
            "The field product_qty must be between 1 and 999.",
            "A second message for the same field",
        ],
    },
}


def test_refused_credentials_raise_authentication_error(server: FakeServer) -> None:
    server.script("test_my_credentials", Reply(400, json=CREDENTIALS_REFUSED))
    with client_for(server) as client, pytest.raises(AuthenticationError) as info:
        method(client, "test_my_credentials")()
    exc = info.value
    assert exc.status_code == 400
    assert exc.message == (
        "test_my_credentials failed: The request is invalid. "
        "ApiC.Models.authorization_credentials: Missing or unauthorized api credentials."
    )
    assert str(exc) == exc.message + " (HTTP 400)"
    assert exc.field_errors == {"ApiC.Models.authorization_credentials": ["Missing or unauthorized api credentials"]}
    assert exc.body == CREDENTIALS_REFUSED
    assert exc.debug is None
    no_secret_in(str(exc), repr(exc))
    assert len(server.requests) == 1  # a 400 is never retried


def test_model_state_field_errors_in_full(server: FakeServer) -> None:
    server.script("submit_orders", Reply(400, json=FIELDS_REFUSED))
    with client_for(server) as client, pytest.raises(BadRequestError) as info:
        method(client, "submit_orders")(orders=[ORDER])
    exc = info.value
    assert type(exc) is BadRequestError  # no rule turns a field error into an authentication error
    assert exc.field_errors == FIELDS_REFUSED["ModelState"]
    assert exc.body == FIELDS_REFUSED
    assert exc.message == (
        "submit_orders failed: The request is invalid. "
        "request.orders[0].recipient.state_code: Must be left blank when country_code does not equal 'us'. "
        "request.orders[0].order_items[0].product_qty: The field product_qty must be between 1 and 999. "
        "A second message for the same field."
    )


def test_plain_message_error_shape(server: FakeServer) -> None:
    long_message = "word " * 120 + "end"
    server.script("delete_images", Reply(404, json={"message": long_message.strip()}))
    with client_for(server) as client, pytest.raises(NotFoundError) as info:
        method(client, "delete_images")(guids=GUIDS, library=None)
    assert info.value.message == f"delete_images failed: {long_message.strip()}."  # in full, never cut
    assert info.value.field_errors == {}


def test_html_401_gives_its_title(server: FakeServer) -> None:
    page = (
        b"<!DOCTYPE html><html><head><title>401 - Unauthorized: Access is denied due to invalid credentials."
        b"</title><style>body{font-size:.7em}</style></head><body><div id='content'>"
        + b"<p>Lots of markup</p>" * 200
        + b"</div></body></html>"
    )
    server.script("test_my_credentials", Reply(401, body=page, headers={"Content-Type": "text/html"}))
    with client_for(server) as client, pytest.raises(AuthenticationError) as info:
        method(client, "test_my_credentials")()
    assert info.value.message == (
        "test_my_credentials failed: 401 - Unauthorized: Access is denied due to invalid credentials."
    )
    assert info.value.body == page.decode()
    assert "<" not in str(info.value)


def test_plain_text_error_is_shortened_at_a_word(server: FakeServer) -> None:
    text = "Service unavailable because " + "maintenance " * 60
    server.script("delete_images", Reply(400, body=text.encode(), headers={"Content-Type": "text/plain"}))
    with client_for(server) as client, pytest.raises(BadRequestError) as info:
        method(client, "delete_images")(guids=GUIDS, library=None)
    reason = info.value.message.removeprefix("delete_images failed: ")
    assert reason.endswith("maintenance …") and len(reason) < 320
    assert info.value.body == text


def test_empty_error_body_gives_the_status_line(server: FakeServer) -> None:
    server.script("delete_images", Reply(409, body=b""))
    with client_for(server) as client, pytest.raises(ConflictError) as info:
        method(client, "delete_images")(guids=GUIDS, library=None)
    assert str(info.value) == "delete_images failed: Conflict (HTTP 409)"


def test_error_body_reading_on_an_async_client(server: FakeServer) -> None:
    server.script("test_my_credentials", Reply(400, json=CREDENTIALS_REFUSED))

    async def main() -> None:
        async with async_client_for(server) as client:
            with pytest.raises(AuthenticationError) as info:
                await method(client, "test_my_credentials")()
            assert info.value.field_errors == CREDENTIALS_REFUSED["ModelState"]

    asyncio.run(main())


# -- lenient responses ------------------------------------------------------------------------
def off_schema_page() -> dict[str, Any]:
    """A list_images answer with a retyped status code, a renamed field and a retyped one."""
    renamed = image(1)
    renamed["pixel_width"] = renamed.pop("pix_w")  # a required field renamed
    retyped = {**image(2), "pix_h": "tall"}  # an integer field retyped
    return {
        "status": {"success": True, "status_code": "200 OK", "message": "", "debug": None},
        "images": [image(0), renamed, retyped],
        "count": 3,
    }


def test_off_schema_response_is_returned_typed_where_it_validates(
    server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.script("list_images", Reply(json=off_schema_page()))
    with client_for(server) as client, caplog.at_level(logging.WARNING, logger="finerworks"):
        out = method(client, "list_images")(library=LIBRARY)
    assert out.status.success is True
    assert out.status.status_code == "200 OK"  # kept as sent
    first, renamed, retyped = out.images
    assert isinstance(first, pydantic.BaseModel) and first.pix_w == 800  # valid items fully typed
    assert str(first.guid) == image(0)["guid"] and not isinstance(first.guid, str)
    assert renamed.pixel_width == 800 and renamed.pix_w is None  # renamed: new name kept, old one empty
    assert retyped.pix_h == "tall" and retyped.pix_w == 800
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and r.name == "finerworks"]
    assert len(warnings) == 1
    assert "list_images" in warnings[0].getMessage() and "status.status_code" in warnings[0].getMessage()


def test_off_schema_response_in_strict_mode_raises(server: FakeServer) -> None:
    server.script("list_images", Reply(json=off_schema_page()))
    server.script("list_images", Reply(json=off_schema_page()))
    with client_for(server, strict_response_validation=True) as client:
        with pytest.raises(APIResponseValidationError) as info:
            method(client, "list_images")(library=LIBRARY)
        assert info.value.body == off_schema_page()
        assert len(info.value.errors) >= 3
        lenient = client.with_options(strict_response_validation=False)
        assert lenient.strict_response_validation is False
        assert method(lenient, "list_images")(library=LIBRARY).status.status_code == "200 OK"
    strict_copy = client_for(server).with_options(strict_response_validation=True)
    assert strict_copy.strict_response_validation is True


def test_off_schema_response_async_strict_and_lenient(server: FakeServer) -> None:
    server.script("list_images", Reply(json=off_schema_page()), Reply(json=off_schema_page()))

    async def main() -> None:
        async with async_client_for(server, strict_response_validation=True) as client:
            with pytest.raises(APIResponseValidationError):
                await method(client, "list_images")(library=LIBRARY)
            out = await method(client.with_options(strict_response_validation=False), "list_images")(library=LIBRARY)
            assert out.images[2].pix_h == "tall"

    asyncio.run(main())


def test_raw_response_never_raises_on_parsing(server: FakeServer) -> None:
    server.script("list_images", Reply(json=off_schema_page()), Reply(body=b"<html>oops</html>"))
    with client_for(server, strict_response_validation=True) as client:
        raw = method(client, "list_images", "with_raw_response")(library=LIBRARY)
        assert raw.status_code == 200 and raw.json() == off_schema_page()
        with pytest.raises(APIResponseValidationError):
            raw.parse()
        not_json = method(client, "list_images", "with_raw_response")(library=LIBRARY)
        assert not_json.text == "<html>oops</html>"
        with pytest.raises(APIResponseValidationError):
            not_json.parse()


def test_unsuccessful_envelope_raises_only_when_parsed_from_a_raw_response(server: FakeServer) -> None:
    server.script("delete_images", Reply(200, json=error_body("library not found", 200)))
    with client_for(server) as client:
        raw = method(client, "delete_images", "with_raw_response")(guids=GUIDS, library=None)
        assert raw.status_code == 200
        with pytest.raises(UnsuccessfulResponseError):
            raw.parse()


def test_a_body_that_cannot_be_the_model_still_raises(server: FakeServer) -> None:
    server.script("list_images", Reply(json=[1, 2, 3]))
    with client_for(server) as client, pytest.raises(APIResponseValidationError) as info:
        method(client, "list_images")(library=LIBRARY)
    assert info.value.body == [1, 2, 3]


def test_connection_refused() -> None:
    client = FinerWorks(
        web_api_key=WEB_KEY, app_key=APP_KEY, base_url=f"http://127.0.0.1:{free_port()}/v3", max_retries=1
    )
    with client, pytest.raises(APIConnectionError) as info:
        method(client, "submit_orders")(orders=[ORDER])
    assert not isinstance(info.value, APITimeoutError)
    assert info.value.request is not None
    no_secret_in(str(info.value))


def test_slow_response_times_out(server: FakeServer) -> None:
    server.script("delete_images", Reply(delay=2.0))
    with client_for(server, timeout=0.25, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            method(client, "delete_images")(guids=GUIDS, library=None)
    assert time.monotonic() - started < 1.5
    assert isinstance(info.value, APIConnectionError)
    no_secret_in(str(info.value))


def test_per_call_timeout_overrides_the_client(server: FakeServer) -> None:
    server.script("test_my_credentials", Reply(delay=2.0))
    with client_for(server, timeout=30.0) as client, pytest.raises(APITimeoutError):
        method(client, "test_my_credentials")(timeout=0.25, max_retries=0)
    assert len(server.requests) == 1


def test_exception_hierarchy() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    for cls in (APIConnectionError, APIResponseValidationError, UnsuccessfulResponseError, APIStatusError):
        assert issubclass(cls, finerworks.APIError)
    for cls in (RequestValidationError, finerworks.APIError):
        assert issubclass(cls, FinerWorksError)


# -- retries ----------------------------------------------------------------------------------
def test_503_then_200_is_retried_on_an_idempotent_operation(server: FakeServer) -> None:
    server.script("delete_images", Reply(503, json=error_body("busy", 503)))
    with client_for(server) as client:
        raw = method(client, "delete_images", "with_raw_response")(guids=GUIDS, library=None)
    assert raw.status_code == 200 and raw.attempts == 2
    assert len(server.requests) == 2
    assert server.requests[0].json == server.requests[1].json == {"guids": GUIDS, "library": None}


def test_retries_are_limited(server: FakeServer) -> None:
    server.script("delete_images", *[Reply(503)] * 5)
    with client_for(server, max_retries=2) as client:
        with pytest.raises(InternalServerError):
            method(client, "delete_images")(guids=GUIDS, library=None)
        assert len(server.requests) == 3
        with pytest.raises(InternalServerError):
            method(client, "delete_images")(guids=GUIDS, library=None, max_retries=0)
    assert len(server.requests) == 4


def test_429_with_retry_after_zero_is_retried_even_when_not_idempotent(server: FakeServer) -> None:
    server.script("submit_orders", Reply(429, json=error_body("slow down", 429), headers={"Retry-After": "0"}))
    with client_for(server) as client:
        started = time.monotonic()
        out = method(client, "submit_orders")(orders=[ORDER])
    assert time.monotonic() - started < 1.0
    assert out.status.success is True
    assert len(server.requests) == 2
    assert_valid(server.requests)


def test_429_retry_after_seconds_is_honoured(server: FakeServer) -> None:
    server.script("test_my_credentials", Reply(429, headers={"Retry-After": "0.3"}))
    with client_for(server) as client:
        started = time.monotonic()
        method(client, "test_my_credentials")()
    assert time.monotonic() - started >= 0.3
    assert len(server.requests) == 2


def test_429_retry_after_http_date_is_honoured(server: FakeServer) -> None:
    when = email.utils.formatdate(time.time() + 2, usegmt=True)  # one-second resolution: 1-2 s away
    server.script("test_my_credentials", Reply(429, headers={"Retry-After": when}))
    with client_for(server) as client:
        started = time.monotonic()
        method(client, "test_my_credentials")()
    assert time.monotonic() - started >= 0.9
    assert len(server.requests) == 2


def test_retry_after_longer_than_the_cap_is_not_waited_for(server: FakeServer) -> None:
    server.script("test_my_credentials", Reply(429, headers={"Retry-After": "3600"}))
    with client_for(server) as client:
        started = time.monotonic()
        with pytest.raises(finerworks.RateLimitError):
            method(client, "test_my_credentials")()
    assert time.monotonic() - started < 5
    assert len(server.requests) == 1


def test_explicit_environment_wins_over_the_base_url_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FINERWORKS_BASE_URL", "http://127.0.0.1:9/v3")
    client = finerworks.FinerWorks(web_api_key="k", app_key="a", environment="test")
    assert str(client.base_url) == "https://test-api.finerworks.com/v3/"
    assert str(finerworks.FinerWorks(web_api_key="k", app_key="a").base_url) == "http://127.0.0.1:9/v3/"


def test_connection_reset_is_retried_on_an_idempotent_operation(server: FakeServer) -> None:
    server.script("delete_images", Reply(reset=True))
    with client_for(server) as client:
        out = method(client, "delete_images")(guids=GUIDS, library=None)
    assert out.status.success is True
    assert len(server.requests) == 2


def test_submit_orders_500_is_not_retried(server: FakeServer) -> None:
    server.script("submit_orders", Reply(500, json=error_body("partially processed?", 500)), Reply(200))
    with client_for(server, max_retries=3) as client, pytest.raises(InternalServerError) as info:
        method(client, "submit_orders")(orders=[ORDER])
    assert "partially processed?" in info.value.message
    assert len(server.requests) == 1


def test_submit_orders_read_timeout_is_not_retried(server: FakeServer) -> None:
    server.script("submit_orders", Reply(delay=1.5))
    with client_for(server, timeout=0.25, max_retries=3) as client, pytest.raises(APITimeoutError):
        method(client, "submit_orders")(orders=[ORDER])
    assert len(server.requests) == 1


def test_submit_orders_connection_reset_is_not_retried(server: FakeServer) -> None:
    server.script("submit_orders", Reply(reset=True))
    with client_for(server, max_retries=3) as client, pytest.raises(APIConnectionError):
        method(client, "submit_orders")(orders=[ORDER])
    assert len(server.requests) == 1


def test_read_timeout_is_retried_on_an_idempotent_operation(server: FakeServer) -> None:
    server.script("get_order", Reply(delay=1.5))
    with client_for(server, timeout=0.25) as client:
        method(client, "get_order")(order_guid=ORDER_GUID, order_email="a@b.c")
    assert len(server.requests) == 2


# -- pagination -------------------------------------------------------------------------------
def _pages(server: FakeServer, *sizes: int) -> list[dict[str, Any]]:
    items = [image(i) for i in range(sum(sizes))]
    start = 0
    for size in sizes:
        server.script("list_images", page_of(items[start : start + size]))
        start += size
    return items


def _page_fields() -> tuple[str, str]:
    spec = op_spec("list_images").pagination
    return spec.page, spec.size


def test_iterating_a_page_walks_every_page_until_a_short_one(server: FakeServer) -> None:
    expected = _pages(server, 2, 2, 1)
    with client_for(server) as client:
        got = list(method(client, "list_images")(library=LIBRARY, per_page=2))
    assert [guid_of(i) for i in got] == [i["guid"] for i in expected]
    page, size = _page_fields()
    # The first request is the caller's own (no page number given); the walk asks for the next ones.
    assert [r.json.get(page) for r in server.requests] == [None, 2, 3]
    assert all(r.json[size] == 2 and r.json["library"] == LIBRARY for r in server.requests)
    assert_valid(server.requests)


def test_a_page_object_gives_its_items_response_and_the_pages(server: FakeServer) -> None:
    expected = _pages(server, 2, 2, 1)
    with client_for(server) as client:
        first = method(client, "list_images")(library=LIBRARY, per_page=2)
        assert isinstance(first, finerworks.SyncPage)
        assert len(server.requests) == 1  # one page fetched, nothing more until asked
        assert [guid_of(i) for i in first.items] == [i["guid"] for i in expected[:2]]
        assert first.page_number == 1 and first.has_next_page()
        assert first.response.status.success is True and first.status.success is True  # raw fields
        pages = list(first.iter_pages())
        assert [p.page_number for p in pages] == [1, 2, 3]
        assert [len(p.items) for p in pages] == [2, 2, 1]
        assert not pages[-1].has_next_page()
        with pytest.raises(finerworks.FinerWorksError, match="last page"):
            pages[-1].get_next_page()


def test_a_page_asked_for_by_number_continues_from_there(server: FakeServer) -> None:
    _pages(server, 2, 1)
    page, _ = _page_fields()
    with client_for(server) as client:
        third = method(client, "list_images")(library=LIBRARY, per_page=2, **{page: 3})
        assert third.page_number == 3
        assert len(list(third)) == 3
    assert [r.json[page] for r in server.requests] == [3, 4]


def test_a_walk_stops_on_an_empty_page(server: FakeServer) -> None:
    _pages(server, 2, 2, 0)
    server.script("list_images", page_of([image(99)]))  # must never be asked for
    with client_for(server) as client:
        got = list(method(client, "list_images")(library=LIBRARY, per_page=2))
    assert len(got) == 4
    assert len(server.requests) == 3


def test_a_walk_is_lazy(server: FakeServer) -> None:
    _pages(server, 2, 2, 1)
    with client_for(server) as client:
        iterator: Iterator[Any] = iter(method(client, "list_images")(library=LIBRARY, per_page=2))
        assert len(server.requests) == 1
        next(iterator), next(iterator)
        assert len(server.requests) == 1
        next(iterator)
        assert len(server.requests) == 2


def test_raw_response_of_a_paginated_method_parses_to_a_page(server: FakeServer) -> None:
    _pages(server, 2, 1)
    with client_for(server) as client:
        raw = method(client, "list_images", "with_raw_response")(library=LIBRARY, per_page=2)
        assert raw.status_code == 200 and len(server.requests) == 1
        page = raw.parse()
        assert isinstance(page, finerworks.SyncPage) and len(list(page)) == 3


def test_async_pages(server: FakeServer) -> None:
    expected = _pages(server, 2, 2, 1)

    async def main() -> list[Any]:
        async with async_client_for(server) as client:
            first = await method(client, "list_images")(library=LIBRARY, per_page=2)
            assert isinstance(first, finerworks.AsyncPage) and first.has_next_page()
            second = await first.get_next_page()
            assert second.page_number == 2
            return [*first.items, *[i async for i in second]]

    items = asyncio.run(main())
    assert [guid_of(i) for i in items] == [i["guid"] for i in expected]
    assert len(server.requests) == 3


# -- logging ----------------------------------------------------------------------------------
def test_one_debug_line_per_request_and_retry_without_keys(
    server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.script("delete_images", Reply(503, json=error_body("busy", 503)))
    caplog.set_level(logging.DEBUG, logger="finerworks")
    with client_for(server) as client:
        method(client, "delete_images")(guids=GUIDS, library=None)
        server.script("submit_orders", Reply(401, json=error_body("bad key", 401)))
        with pytest.raises(AuthenticationError) as info:
            method(client, "submit_orders")(orders=[ORDER])
        text = repr(client) + str(info.value) + repr(info.value)
    records = [r for r in caplog.records if r.name.startswith("finerworks")]
    assert all(r.levelno == logging.DEBUG for r in records)
    messages = [r.getMessage() for r in records]
    retries = [m for m in messages if m.startswith("retrying")]
    responses = [m for m in messages if not m.startswith("retrying")]
    assert len(server.requests) == 3
    assert len(responses) == 3, messages
    assert len(retries) == 1, messages
    assert "delete_images" in retries[0] and "503" in retries[0]
    no_secret_in(*messages, caplog.text, text)


def test_finerworks_log_env_enables_stderr_logging(
    server: FakeServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    logger = logging.getLogger("finerworks")
    before = (logger.level, list(logger.handlers))
    monkeypatch.setenv("FINERWORKS_LOG", "debug")
    try:
        with client_for(server) as client:
            method(client, "test_my_credentials")()
        err = capsys.readouterr().err
    finally:
        logger.setLevel(before[0])
        logger.handlers[:] = before[1]
    assert "/test_my_credentials" in err and "200" in err
    no_secret_in(err)


# -- async ------------------------------------------------------------------------------------
def test_async_delete_images(server: FakeServer) -> None:
    async def main() -> Any:
        async with async_client_for(server) as client:
            return await method(client, "delete_images")(guids=GUIDS, library=None)

    out = asyncio.run(main())
    assert out.status.success is True
    (r,) = server.requests
    assert_valid([r])
    assert r.json == {"guids": GUIDS, "library": None}


def test_async_errors_and_retries(server: FakeServer) -> None:
    server.script("delete_images", Reply(503), Reply(reset=True))
    server.script("submit_orders", Reply(500, json=error_body("no", 500)))

    async def main() -> None:
        async with async_client_for(server) as client:
            raw = await method(client, "delete_images", "with_raw_response")(guids=GUIDS, library=None)
            assert raw.attempts == 3
            with pytest.raises(InternalServerError):
                await method(client, "submit_orders")(orders=[ORDER])
            server.script("get_order", Reply(delay=1.5))
            with pytest.raises(APITimeoutError):
                await method(client, "get_order")(
                    order_guid=ORDER_GUID, order_email="a@b.c", timeout=0.2, max_retries=0
                )
            server.script("test_my_credentials", Reply(200, json=error_body("nope", 200)))
            with pytest.raises(UnsuccessfulResponseError):
                await method(client, "test_my_credentials")()

    asyncio.run(main())
    assert [r.operation_id for r in server.requests] == ["delete_images"] * 3 + [
        "submit_orders",
        "get_order",
        "test_my_credentials",
    ]


def test_async_connection_refused() -> None:
    async def main() -> None:
        async with AsyncFinerWorks(
            web_api_key=WEB_KEY, app_key=APP_KEY, base_url=f"http://127.0.0.1:{free_port()}/v3", max_retries=0
        ) as client:
            await method(client, "test_my_credentials")()

    with pytest.raises(APIConnectionError) as info:
        asyncio.run(main())
    no_secret_in(str(info.value))


def test_200_concurrent_async_calls(server: FakeServer) -> None:
    def echo(request: Recorded) -> Reply:
        return Reply(json={**ok_envelope(), "echo": request.query["order_email"][0]})

    server.respond_with("get_order", echo)

    async def main() -> list[Any]:
        async with async_client_for(server) as client:
            get = method(client, "get_order")
            return await asyncio.gather(
                *(get(order_guid=ORDER_GUID, order_email=f"n{i}@example.com") for i in range(200))
            )

    results = asyncio.run(main())
    assert [r.model_extra["echo"] for r in results] == [f"n{i}@example.com" for i in range(200)]
    assert len(server.requests) == 200
    assert_valid(server.requests)
    assert sorted(r.query["order_email"][0] for r in server.requests) == sorted(f"n{i}@example.com" for i in range(200))


# -- regressions: runtime bugs this suite found (fixed in the templates since) ---------------
def test_redirects_do_not_carry_the_keys_to_another_origin(server: FakeServer) -> None:
    """Was a bug: httpx strips only ``Authorization`` on cross-origin redirects; the key headers followed."""
    with FakeServer(server.spec, prefix="/v3") as elsewhere:
        server.script(
            "test_my_credentials", Reply(302, headers={"Location": elsewhere.base_url + "/test_my_credentials"})
        )
        with client_for(server) as client, contextlib.suppress(FinerWorksError):
            method(client, "test_my_credentials")()  # may fail once fixed: not followed, or 401 there
        leaked = [r.headers.get(h) for r in elsewhere.requests for h in ("web_api_key", "app_key")]
    assert not any(leaked), f"the keys were sent to another origin: {leaked}"


def test_default_headers_replace_the_runtime_headers_case_insensitively(server: FakeServer) -> None:
    """Was a bug: a lower-case ``user-agent`` default header was sent *next to* the client's User-Agent."""
    with client_for(server, default_headers={"user-agent": "my-app/1.0"}) as client:
        method(client, "test_my_credentials")(extra_headers={"accept": "application/json; v=3"})
    headers = server.requests[0].headers
    assert headers["user-agent"] == "my-app/1.0"
    assert headers["accept"] == "application/json; v=3"


def test_query_parameters_are_validated_before_sending(server: FakeServer) -> None:
    """Was a bug: only request bodies were validated; a parameter breaking its schema was sent anyway."""
    params = {p["name"]: p for p in server.operations["get_order"].node.get("parameters", [])}
    if (params.get("order_guid", {}).get("schema") or {}).get("format") != "uuid":
        pytest.skip("the spec does not declare order_guid as a uuid")
    with client_for(server) as client, pytest.raises(RequestValidationError, match="order_guid"):
        method(client, "get_order")(order_guid="not-a-guid", order_email="a@b.c")
    assert server.requests == []


def test_a_failed_request_is_logged_even_when_not_retried(server: FakeServer, caplog: pytest.LogCaptureFixture) -> None:
    """Was a bug: only responses and retries were logged; a final transport failure left no DEBUG line."""
    server.script("submit_orders", Reply(reset=True))
    caplog.set_level(logging.DEBUG, logger="finerworks")
    with client_for(server) as client, pytest.raises(APIConnectionError):
        method(client, "submit_orders")(orders=[ORDER])
    assert len(server.requests) == 1
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("finerworks")]
    assert len(lines) == 1 and "submit_orders" in lines[0], lines


def test_finerworks_log_debug_logs_requests_to_stderr(
    server: FakeServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """FINERWORKS_LOG=debug alone (no logging setup by the caller) shows the requests on stderr."""
    logger = logging.getLogger("finerworks")
    before = (logger.level, list(logger.handlers))
    monkeypatch.setenv("FINERWORKS_LOG", "debug")
    try:
        with client_for(server) as client:
            method(client, "test_my_credentials")()
        err = capsys.readouterr().err
    finally:
        logger.setLevel(before[0])
        logger.handlers[:] = before[1]
    assert "/test_my_credentials" in err
