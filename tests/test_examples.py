"""Every operation's documented example goes through the generated client unchanged.

Two servers on 127.0.0.1 receive them: a recording server (what exactly arrived: method, path,
both key headers, the JSON body byte for byte as data), and Prism, a third-party mock of
spec/finerworks.yaml that rejects any request not matching the spec (the contract test).
"""

from __future__ import annotations

import json
import os
import re
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

from finerworks import FinerWorks

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


def _order_example() -> dict[str, Any]:
    body = _spec_operation("submit_orders")["requestBody"]["content"]["application/json"]["examples"]
    return dict(next(iter(body.values()))["value"]["orders"][0])


# Operations whose reference page shows no complete example body: a minimal valid one, stated here.
NO_DOCUMENTED_BODY: dict[str, Any] = {
    "update_user": {},  # the stored example is cut off; every field is optional
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
    assert len(OPERATIONS) == 36
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
    assert PRISM.exists(), "Prism is not installed: `make test` installs it (tools/prism, npm ci)"
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
    """The contract check can fail: a body the spec forbids (sent around the client's own checks)."""
    from finerworks import UnprocessableEntityError

    client = FinerWorks(web_api_key="wk-1", app_key="ak-2", base_url=prism, max_retries=0)
    with client, pytest.raises(UnprocessableEntityError) as info:
        client.images.delete(guids=[], library=None, extra_body={"guids": 5})
    assert re.search(r"guids", info.value.body)
