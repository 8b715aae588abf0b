"""Every operation's documented example goes through the generated client unchanged.

Two servers on 127.0.0.1 receive them: a recording server (what exactly arrived: method, path,
both key headers, the JSON body byte for byte as data), and Prism, a third-party mock of
spec/finerworks.yaml that rejects any request not matching the spec (the contract test). Prism
also answers every operation with its documented 400 error bodies, which the client must raise.
The request shapes the integration evidence found (get_prices and get_product_details as a bare
array and as `{products, account_key}`, integer shipping preferences) are sent as such.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from conftest import GENERATED, REPO, SPEC, RecordingServer

sys.path.insert(0, str(GENERATED))

from finerworks import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    FinerWorks,
    RequestValidationError,
)

PRISM = REPO / "tools" / "prism" / "node_modules" / ".bin" / "prism"
SPEC_DATA = yaml.safe_load(SPEC.read_text())
IR = json.loads((REPO / "tests" / "snapshots" / "finerworks.ir.json").read_text())
OPERATIONS = {op["operation_id"]: op for res in IR["resources"] for op in res["operations"]}


def _spec_operation(op_id: str) -> dict[str, Any]:
    for item in SPEC_DATA["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == op_id:
                return op
    raise KeyError(op_id)


def _spec_operations() -> list[str]:
    return [op["operationId"] for item in SPEC_DATA["paths"].values() for op in item.values() if isinstance(op, dict)]


def _order_example() -> dict[str, Any]:
    body = _spec_operation("submit_orders")["requestBody"]["content"]["application/json"]["examples"]
    return dict(next(iter(body.values()))["value"]["orders"][0])


# Operations whose reference page shows no complete example body: a minimal valid one, stated here.
NO_DOCUMENTED_BODY: dict[str, Any] = {
    "list_shipping_options": "order",  # the body is one order_details: the submit_orders example's order
    "list_shipping_options_multiple": {"orders": ["order"]},
}


def example_body(op_id: str) -> Any:
    op = _spec_operation(op_id)
    content = (op.get("requestBody") or {}).get("content", {}).get("application/json")
    if content is None:
        return None
    if "examples" in content:
        return next(iter(content["examples"].values()))["value"]
    if "example" in content:
        return content["example"]
    body = NO_DOCUMENTED_BODY[op_id]
    if body == "order":
        return _order_example()
    if isinstance(body, dict) and body.get("orders") == ["order"]:
        return {"orders": [_order_example()]}
    return body


def example_call(op_id: str) -> tuple[dict[str, Any], Any]:
    """Keyword arguments for the example, and the JSON body that must arrive."""
    ir = OPERATIONS[op_id]
    spec_op = _spec_operation(op_id)
    kwargs: dict[str, Any] = {}
    params = {p["name"]: p for p in spec_op.get("parameters", [])}
    for param in ir["parameters"]:
        kwargs[param["argument"]] = params[param["wire_name"]]["example"]
    body = example_body(op_id)
    if ir["body"] is not None:
        if ir["body"]["fields"]:
            by_wire = {f["wire_name"]: f["argument"] for f in ir["body"]["fields"]}
            kwargs.update({by_wire[k]: v for k, v in body.items()})
        else:
            kwargs[ir["body"]["argument"]] = body
    return kwargs, body


def example_response(op_id: str) -> Any:
    """The documented 200 example, or the bare status envelope where none is documented."""
    content = _spec_operation(op_id)["responses"]["200"].get("content", {}).get("application/json", {})
    if "examples" in content:
        return next(iter(content["examples"].values()))["value"]
    return {"status": {"success": True, "status_code": 200, "message": "", "debug": None}}


def call(client: FinerWorks, op_id: str, **kwargs: Any) -> Any:
    ir = OPERATIONS[op_id]
    return getattr(getattr(client, ir["resource"]), ir["name"])(**kwargs)


def test_every_operation_has_an_example_case() -> None:
    # Every operation of the spec, whatever their number: a new route needs an example, nothing more.
    assert len(OPERATIONS) == len(_spec_operations())
    for op_id in OPERATIONS:
        example_call(op_id)  # raises when an example or a parameter example is missing


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_example_arrives_unchanged(op_id: str, recording_server: RecordingServer) -> None:
    kwargs, body = example_call(op_id)
    ir = OPERATIONS[op_id]
    recording_server.reply = example_response(op_id)
    with FinerWorks(web_api_key="wk-1", app_key="ak-2", base_url=f"{recording_server.url}/v3") as client:
        call(client, op_id, **kwargs)
    assert len(recording_server.requests) == 1
    got = recording_server.requests[0]
    assert got.method == ir["method"]
    assert got.path.split("?")[0] == "/v3" + ir["path"]
    assert got.headers["web_api_key"] == "wk-1" and got.headers["app_key"] == "ak-2"
    if body is None:
        assert got.body == b""
    else:
        assert got.headers["Content-Type"] == "application/json"
        assert got.json == body


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def prism() -> Iterator[str]:
    if not PRISM.exists():
        reason = "Prism is not installed: `make test` installs it when npm is there (tools/prism, npm ci)"
        if os.environ.get("FINERWORKS_REQUIRE_PRISM"):  # CI: the contract tests must run, never skip
            pytest.fail(reason)
        pytest.skip(reason)
    port = _free_port()
    proc = subprocess.Popen(
        [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), str(SPEC)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    deadline = time.monotonic() + 60
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if "is listening" in line:
            break
        if proc.poll() is not None:
            pytest.fail("Prism exited before listening")
    else:
        proc.kill()
        pytest.fail("Prism did not start within 60 s")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.contract
@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_example_is_accepted_by_prism(op_id: str, prism: str) -> None:
    kwargs, _ = example_call(op_id)
    with FinerWorks(web_api_key="wk-1", app_key="ak-2", base_url=prism, max_retries=0) as client:
        raw = getattr(getattr(client, OPERATIONS[op_id]["resource"]).with_raw_response, OPERATIONS[op_id]["name"])
        response = raw(**kwargs)
    assert 200 <= response.status_code < 300
    assert response.parsed.status is not None


@pytest.mark.contract
def test_prism_rejects_what_the_spec_forbids(prism: str) -> None:
    """The contract check can fail: a body the spec forbids (sent around the client's own checks).

    Every operation now documents its 400 answer, so Prism refuses with that (its first example)
    and names the violation in its ``sl-violations`` header.
    """
    client = FinerWorks(web_api_key="wk-1", app_key="ak-2", base_url=prism, max_retries=0)
    with client, pytest.raises(BadRequestError) as info:
        client.images.delete(guids=[], library=None, extra_body={"guids": 5})
    assert info.value.status_code == 400
    violations = json.loads(info.value.response.headers["sl-violations"])
    assert any(v["location"][-1] == "guids" for v in violations), violations


# -- the documented 400 answers, as Prism serves them from the spec ---------------------------------

FIELD_ERROR_BODY = {
    "Message": "The request is invalid.",
    "ModelState": {
        "request.orders[0].recipient.state_code": ["Must be left blank when country_code does not equal 'us'"]
    },
}
CREDENTIAL_ERROR_BODY = {
    "Message": "The request is invalid.",
    "ModelState": {"ApiC.Models.authorization_credentials": ["Missing or unauthorized api credentials"]},
}


@pytest.mark.contract
@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_prism_400_field_errors_are_raised(op_id: str, prism: str) -> None:
    kwargs, _ = example_call(op_id)
    client = FinerWorks(web_api_key="wk-1", app_key="ak-2", base_url=prism, max_retries=0)
    with client, pytest.raises(APIStatusError) as info:
        call(client, op_id, **kwargs, extra_headers={"Prefer": "code=400, example=field_validation"})
    error = info.value
    assert type(error) is BadRequestError and error.status_code == 400
    assert error.body == FIELD_ERROR_BODY  # the parsed JSON, not its text
    assert error.field_errors == FIELD_ERROR_BODY["ModelState"]
    assert "The request is invalid." in str(error)
    assert "request.orders[0].recipient.state_code: Must be left blank when country_code does not equal 'us'" in str(
        error
    )


@pytest.mark.contract
@pytest.mark.parametrize(
    "op_id", ["test_my_credentials", "get_user", "get_prices", "submit_orders_v2", "delete_images"]
)
def test_prism_credential_failure_is_an_authentication_error(op_id: str, prism: str) -> None:
    """HTTP 400 whose ModelState key ends in authorization_credentials: a refused key pair (info.x-error-body)."""
    kwargs, _ = example_call(op_id)
    client = FinerWorks(web_api_key="wk-1", app_key="ak-2", base_url=prism, max_retries=0)
    with client, pytest.raises(APIStatusError) as info:
        call(client, op_id, **kwargs, extra_headers={"Prefer": "code=400, example=credentials"})
    error = info.value
    assert isinstance(error, AuthenticationError) and error.status_code == 400
    assert error.body == CREDENTIAL_ERROR_BODY
    assert error.field_errors == CREDENTIAL_ERROR_BODY["ModelState"]
    assert "Missing or unauthorized api credentials" in str(error)
    assert "wk-1" not in str(error) and "ak-2" not in str(error)


# -- the request shapes the integration evidence found, as the client sends them ---------------------

PRICE_ITEMS = [{"product_qty": 1, "product_sku": "AP1234P1234"}, {"product_qty": 2, "product_sku": "AP1556P79511"}]
PRICES_REPLY = {
    "status": {"success": True, "status_code": 200, "message": "", "debug": None},
    "prices": [{"product_qty": 1, "product_sku": "AP1234P1234", "product_price": 31.5, "total_price": 31.5}],
}
DETAILS_ITEMS = [{"product_order_po": None, "product_qty": 3, "product_sku": "AP6543P49875"}]
DETAILS_REPLY = {
    "status": {"success": True, "status_code": 200, "message": "", "debug": None},
    "product_list": [{"sku": "AP6543P49875", "description_short": "Not Available", "total_price": 30.0}],
}


def _sent(recording_server: RecordingServer, op_id: str, reply: Any, **kwargs: Any) -> tuple[Any, Any]:
    recording_server.reply = reply
    with FinerWorks(web_api_key="wk-1", app_key="ak-2", base_url=f"{recording_server.url}/v3") as client:
        out = call(client, op_id, **kwargs)
    (request,) = recording_server.requests
    assert request.path == "/v3" + OPERATIONS[op_id]["path"]
    assert request.headers["Content-Type"] == "application/json"
    return request.json, out


@pytest.mark.parametrize(
    "body",
    [
        PRICE_ITEMS,  # the production host's bare array
        {"products": PRICE_ITEMS, "account_key": None},  # the v2 host's object
        {"products": PRICE_ITEMS},
    ],
    ids=["bare-array", "object", "object-without-account-key"],
)
def test_get_prices_sends_each_evidenced_shape(body: Any, recording_server: RecordingServer) -> None:
    sent, out = _sent(recording_server, "get_prices", PRICES_REPLY, body=body)
    assert sent == body
    assert out.prices[0].total_price == 31.5 and out.prices[0].product_sku == "AP1234P1234"


def test_get_prices_model_forms(recording_server: RecordingServer) -> None:
    from finerworks import models

    items = [models.PricingItem(**item) for item in PRICE_ITEMS]
    sent, _ = _sent(recording_server, "get_prices", PRICES_REPLY, body=items)
    assert sent == PRICE_ITEMS
    recording_server.requests.clear()
    sent, _ = _sent(
        recording_server,
        "get_prices",
        PRICES_REPLY,
        body=models.GetPricesWrappedRequest(products=items, account_key="k"),
    )
    assert sent == {"products": PRICE_ITEMS, "account_key": "k"}


@pytest.mark.parametrize(
    "body",
    [
        DETAILS_ITEMS,  # bare array (api.)
        {"products": DETAILS_ITEMS, "account_key": "8d1c3c2e"},  # FinerWorks' own app, v2
    ],
    ids=["bare-array", "object"],
)
def test_get_product_details_sends_each_evidenced_shape(body: Any, recording_server: RecordingServer) -> None:
    sent, out = _sent(recording_server, "get_product_details", DETAILS_REPLY, body=body)
    assert sent == body
    assert out.product_list[0].description_short == "Not Available"


def test_get_prices_refuses_what_neither_shape_allows(recording_server: RecordingServer) -> None:
    with FinerWorks(web_api_key="wk-1", app_key="ak-2", base_url=f"{recording_server.url}/v3") as client:
        for body in ([], PRICE_ITEMS * 26, {"products": []}, {"account_key": "k"}):
            with pytest.raises(RequestValidationError):
                client.products.get_prices(body=body)
    assert recording_server.requests == []


def test_update_user_sends_integer_shipping_preferences(recording_server: RecordingServer) -> None:
    sent, _ = _sent(recording_server, "update_user", example_response("update_user"), shipping_preferences=[0, 3])
    assert sent == {"shipping_preferences": [0, 3]}


def test_update_user_refuses_preferences_outside_0_to_3(recording_server: RecordingServer) -> None:
    with FinerWorks(web_api_key="wk-1", app_key="ak-2", base_url=f"{recording_server.url}/v3") as client:
        for preferences in ([4], [0, 1, 2, 3], [{"id": 1}]):
            with pytest.raises(RequestValidationError):
                client.account.update_user(shipping_preferences=preferences)
    assert recording_server.requests == []


def test_list_orders_pages_by_total_count(recording_server: RecordingServer) -> None:
    """total_count is the paging total: a full last page is not followed by an empty request."""
    recording_server.reply = {
        "status": {"success": True, "status_code": 200, "message": "", "debug": None},
        "orders": [{"order_id": 1}, {"order_id": 2}],
        "total_count": 2,
    }
    with FinerWorks(web_api_key="wk-1", app_key="ak-2", base_url=f"{recording_server.url}/v3") as client:
        got = list(client.orders.list(per_page=2))
    assert [o.model_extra["order_id"] if o.model_extra else None for o in got] == [1, 2]
    assert len(recording_server.requests) == 1
