# ruff: noqa: F811  (pytest fixtures imported from runtime_fixtures are used as arguments)
"""The client under load, faults and careless input (issue 13), against real servers on 127.0.0.1.

Pool sizing and pool timeouts, unknown-outcome errors (``x-outcome-check``), credential and
option checks at construction, no key in traceback locals, the caller's ``http_client``
honoured, robust paging, transport failures as package errors, and ``Retry-After`` edge cases.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import io
import json
import logging
import math
import socket
import textwrap
import threading
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx
import pytest
from fakeserver import FakeServer, Reply, ok_envelope
from runtime_fixtures import _clean_env, method, server  # noqa: F401 - fixtures
from test_client_runtime import (
    APP_KEY,
    GUIDS,
    LIBRARY,
    ORDER,
    ORDER_GUID,
    SECRETS,
    WEB_KEY,
    async_client_for,
    client_for,
    error_body,
    free_port,
    image,
    no_secret_in,
    op_spec,
    page_of,
)

import finerworks
from finerworks import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncFinerWorks,
    FinerWorks,
    FinerWorksError,
    InternalServerError,
    RequestValidationError,
)
from finerworks import _base_client

from generator.cli import main as generator_main


@pytest.fixture(autouse=True)
def _fast_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_base_client, "INITIAL_RETRY_DELAY", 0.001)
    monkeypatch.setattr(_base_client, "MAX_RETRY_DELAY", 0.005)


def run(coro: Any) -> Any:
    return asyncio.run(coro)


# -- 1. pool sizing ---------------------------------------------------------------------------
def _pool(client: Any) -> Any:
    return client._http._transport._pool


def test_default_pool_is_sized_for_bulk_concurrency(server: FakeServer) -> None:
    with client_for(server) as client:
        assert (_pool(client)._max_connections, _pool(client)._max_keepalive_connections) == (1000, 100)
    aclient = async_client_for(server)
    assert _pool(aclient)._max_connections == 1000
    run(aclient.close())


def test_connection_limits_are_configurable(server: FakeServer) -> None:
    limits = httpx.Limits(max_connections=7, max_keepalive_connections=3)
    with client_for(server, connection_limits=limits) as client:
        assert _pool(client)._max_connections == 7
        assert _pool(client.with_options(max_retries=0)) is _pool(client)  # the copy shares the pool
    aclient = async_client_for(server, connection_limits=limits)
    assert _pool(aclient)._max_keepalive_connections == 3
    run(aclient.close())
    with httpx.Client() as http, pytest.raises(finerworks.ConfigurationError, match="http_client"):
        client_for(server, http_client=http, connection_limits=limits)
    with pytest.raises(finerworks.ConfigurationError):
        client_for(server, connection_limits=100)


def test_pool_timeout_is_its_own_timeout_with_advice(server: FakeServer) -> None:
    server.script("test_my_credentials", Reply(delay=0.6, json=ok_envelope()))
    limits = httpx.Limits(max_connections=1)

    async def main() -> list[Any]:
        async with async_client_for(
            server, connection_limits=limits, timeout=httpx.Timeout(5, pool=0.1), max_retries=0
        ) as client:
            call = method(client, "test_my_credentials")
            return await asyncio.gather(call(), call(), return_exceptions=True)

    results = run(main())
    errors = [r for r in results if isinstance(r, Exception)]
    assert len(errors) == 1 and isinstance(errors[0], APITimeoutError)
    assert "free connection from the pool" in str(errors[0]) and "connection_limits" in str(errors[0])
    assert isinstance(errors[0].__cause__, httpx.PoolTimeout)
    assert len(server.requests) == 1


# -- 2. unknown outcome -----------------------------------------------------------------------
def test_outcome_check_is_rendered_from_the_spec() -> None:
    check = op_spec("submit_orders").outcome_check
    assert (check.operation, check.by) == ("fetch_order_status", "order_po")
    assert check.python == "orders.fetch_status" or check.python.endswith(".fetch_status")
    assert op_spec("get_order").outcome_check is None


def _assert_unknown(error: Exception) -> None:
    assert isinstance(error, finerworks.APIUnknownOutcomeError)
    assert isinstance(error, APIConnectionError) and error.outcome_unknown
    assert error.outcome_check is not None and error.outcome_check.operation == "fetch_order_status"
    text = str(error)
    assert "may have been processed" in text and "fetch_order_status" in text and "order_po" in text
    no_secret_in(text)


def test_reset_after_sending_a_creating_call_is_an_unknown_outcome(server: FakeServer) -> None:
    server.script("submit_orders", Reply(reset=True))
    with client_for(server, max_retries=3) as client, pytest.raises(APIConnectionError) as info:
        method(client, "submit_orders")(orders=[ORDER])
    _assert_unknown(info.value)
    assert isinstance(info.value.__cause__, (httpx.ReadError, httpx.RemoteProtocolError))
    assert len(server.requests) == 1


def test_read_timeout_on_a_creating_call_is_an_unknown_outcome_and_a_timeout(server: FakeServer) -> None:
    server.script("submit_orders", Reply(delay=1.0))
    with client_for(server, timeout=0.2, max_retries=3) as client, pytest.raises(APITimeoutError) as info:
        method(client, "submit_orders")(orders=[ORDER])
    _assert_unknown(info.value)
    assert isinstance(info.value, finerworks.APIUnknownOutcomeTimeoutError)
    assert len(server.requests) == 1


def test_truncated_body_on_a_creating_call_is_an_unknown_outcome(server: FakeServer) -> None:
    # The status line and headers arrive, then the connection ends early (Content-Length says more).
    server.script("submit_orders", Reply(body=b'{"status":', headers={"Content-Length": "400"}))
    with client_for(server) as client, pytest.raises(APIConnectionError) as info:
        method(client, "submit_orders")(orders=[ORDER])
    _assert_unknown(info.value)


def test_5xx_on_a_creating_call_is_both_a_status_error_and_an_unknown_outcome(server: FakeServer) -> None:
    server.script("submit_orders", Reply(502, json=error_body("gateway", 502)))
    with client_for(server, max_retries=3) as client, pytest.raises(InternalServerError) as info:
        method(client, "submit_orders")(orders=[ORDER])
    _assert_unknown(info.value)
    assert isinstance(info.value, finerworks.APIUnknownOutcomeStatusError)
    assert info.value.status_code == 502 and "gateway" in info.value.message
    assert len(server.requests) == 1


def test_idempotent_failures_are_not_unknown_outcomes(server: FakeServer) -> None:
    server.script("get_order", Reply(reset=True), Reply(reset=True), Reply(503))
    with client_for(server, max_retries=1) as client:
        with pytest.raises(APIConnectionError) as info:
            method(client, "get_order")(order_guid=ORDER_GUID, order_email="a@b.c")
        assert not isinstance(info.value, finerworks.APIUnknownOutcomeError) and not info.value.outcome_unknown
        with pytest.raises(InternalServerError) as status:
            method(client, "get_order")(order_guid=ORDER_GUID, order_email="a@b.c", max_retries=0)
        assert not status.value.outcome_unknown


def test_unknown_outcome_async(server: FakeServer) -> None:
    server.script("submit_orders", Reply(reset=True), Reply(500, json=error_body("oops", 500)))

    async def main() -> list[Any]:
        async with async_client_for(server) as client:
            call = method(client, "submit_orders")
            return [await _catch(call(orders=[ORDER])), await _catch(call(orders=[ORDER]))]

    first, second = run(main())
    _assert_unknown(first)
    _assert_unknown(second)
    assert isinstance(second, InternalServerError)
    assert len(server.requests) == 2


async def _catch(awaitable: Any) -> Exception:
    try:
        await awaitable
    except Exception as exc:  # the test inspects it
        return exc
    raise AssertionError("no exception")


SPEC = """
openapi: 3.1.0
info: {title: T, version: "1", x-client-name: Client}
paths:
  /orders:
    post:
      operationId: create_order
      x-outcome-check: CHECK
      responses: {"200": {description: ok}}
  /status:
    post:
      operationId: order_status
      x-idempotent: true
      responses: {"200": {description: ok}}
"""


@pytest.mark.parametrize(
    ("check", "expected"),
    [
        ("{operation: order_statuss, by: po}", "'order_statuss', which is not in the spec"),
        ("{operation: create_order}", "names the operation itself"),
        ("fetch", "must be an object"),
        ("{operation: order_status, bye: po}", "unknown key 'bye'"),
        ("{by: po}", "needs 'operation'"),
    ],
)
def test_x_outcome_check_is_validated(tmp_path: Path, check: str, expected: str) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(textwrap.dedent(SPEC).replace("CHECK", check))
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = generator_main(["--spec", str(spec), "--out", str(tmp_path / "out"), "--package", "p", "-q"])
    assert code == 2, err.getvalue()
    assert expected in err.getvalue() and "x-outcome-check" in err.getvalue()
    if "order_statuss" in check:
        assert "did you mean 'order_status'" in err.getvalue()


# -- 3. credentials and options checked at construction ---------------------------------------
@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (WEB_KEY[:5] + "\u00a0" + WEB_KEY[5:], "U+00A0 (NO-BREAK SPACE) at character 6"),
        (WEB_KEY + "\u200b", "U+200B (ZERO WIDTH SPACE)"),
        (WEB_KEY[:3] + "\x07" + WEB_KEY[3:], "U+0007"),
        (" " + WEB_KEY, "leading or trailing whitespace"),
        (WEB_KEY + " \n", "leading or trailing whitespace"),
        (12345, "must be a str, not int"),
        (b"bytes-key", "must be a str, not bytes"),
    ],
)
def test_malformed_keys_are_refused_without_echoing_them(key: Any, expected: str) -> None:
    for cls in (FinerWorks, AsyncFinerWorks):
        with pytest.raises(finerworks.ConfigurationError) as info:
            cls(web_api_key=key, app_key=APP_KEY, base_url="http://127.0.0.1:9/v3")
        assert expected in str(info.value) and "web_api_key" in str(info.value)
        no_secret_in(str(info.value), repr(info.value))
        assert "bytes-key" not in str(info.value) and "12345" not in str(info.value)
        assert isinstance(info.value, (FinerWorksError, ValueError))


def test_a_trailing_newline_is_stripped_with_a_debug_note(
    server: FakeServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FINERWORKS_APP_KEY", APP_KEY + "\r\n")
    with caplog.at_level(logging.DEBUG, logger="finerworks"):
        client = FinerWorks(web_api_key=WEB_KEY + "\n", base_url=server.base_url)
    assert "web_api_key: removed the trailing newline" in caplog.text
    assert "FINERWORKS_APP_KEY environment variable: removed the trailing newline" in caplog.text
    with client:
        method(client, "test_my_credentials")()
    assert server.requests[0].headers["web_api_key"] == WEB_KEY
    assert server.requests[0].headers["app_key"] == APP_KEY
    no_secret_in(caplog.text)


def test_env_var_keys_are_checked_and_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FINERWORKS_WEB_API_KEY", "abc\u00a0def")
    with pytest.raises(finerworks.ConfigurationError, match="FINERWORKS_WEB_API_KEY environment variable"):
        FinerWorks(app_key=APP_KEY, base_url="http://127.0.0.1:9/v3")


@pytest.mark.parametrize(
    "url", ["localhost:8080/v3", "ftp://example.com/v3", "http:///v3", "/v3", "api.finerworks.com"]
)
def test_base_url_needs_a_scheme_and_a_host(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(finerworks.ConfigurationError, match="absolute http:// or https:// URL with a host"):
        FinerWorks(web_api_key=WEB_KEY, app_key=APP_KEY, base_url=url)
    monkeypatch.setenv("FINERWORKS_BASE_URL", url)
    with pytest.raises(finerworks.ConfigurationError, match="FINERWORKS_BASE_URL"):
        AsyncFinerWorks(web_api_key=WEB_KEY, app_key=APP_KEY)


def test_a_base_url_with_credentials_is_not_echoed() -> None:
    with pytest.raises(finerworks.ConfigurationError) as info:
        FinerWorks(web_api_key=WEB_KEY, app_key=APP_KEY, base_url="ftp://user:hunter2@example.com/v3")
    assert "hunter2" not in str(info.value)


@pytest.mark.parametrize(
    "options",
    [
        {"timeout": -1},
        {"timeout": math.nan},
        {"timeout": math.inf},
        {"timeout": "10"},
        {"timeout": httpx.Timeout(5, read=-2)},
        {"max_retries": -1},
        {"max_retries": 1.5},
        {"max_retries": True},
    ],
)
def test_bad_timeout_and_max_retries_fail_at_construction(options: dict[str, Any]) -> None:
    for cls in (FinerWorks, AsyncFinerWorks):
        with pytest.raises(finerworks.ConfigurationError) as info:
            cls(web_api_key=WEB_KEY, app_key=APP_KEY, base_url="http://127.0.0.1:9/v3", **options)
        assert next(iter(options)) in str(info.value)


def test_good_timeouts_are_accepted(server: FakeServer) -> None:
    for timeout in (0, 2.5, None, httpx.Timeout(5, connect=1)):
        client_for(server, timeout=timeout).close()
    with client_for(server) as client:
        with pytest.raises(finerworks.ConfigurationError):
            method(client, "test_my_credentials")(timeout=-1)
        with pytest.raises(finerworks.ConfigurationError):
            method(client, "test_my_credentials")(max_retries=-1)
    assert server.requests == []


# -- 4. no key in any frame's locals ----------------------------------------------------------
def _frames(exc: BaseException) -> Iterator[tuple[str, dict[str, Any]]]:
    """(function, locals) of every frame of ``exc``'s traceback and of its whole chain.

    The frames of this test module are left out: they are the caller's, holding keys on purpose.
    """
    pending: list[BaseException | None] = [exc]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        tb: TracebackType | None = current.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename != __file__:
                yield tb.tb_frame.f_code.co_name, dict(tb.tb_frame.f_locals)
            tb = tb.tb_next
        pending += [current.__cause__, current.__context__]


def _summaries(te: traceback.TracebackException | None, seen: set[int]) -> Iterator[traceback.FrameSummary]:
    while te is not None and id(te) not in seen:
        seen.add(id(te))
        yield from (f for f in te.stack if f.filename != __file__)
        yield from _summaries(te.__context__, seen)
        te = te.__cause__


def assert_no_key_in_locals(exc: BaseException) -> None:
    """Neither ``TracebackException(capture_locals=True)`` nor any frame's locals show a key."""
    te = traceback.TracebackException.from_exception(exc, capture_locals=True)
    summaries = list(_summaries(te, set()))
    assert summaries, "no frame of the client in the traceback"
    for summary in summaries:
        no_secret_in(f"{summary.name}: {summary.locals}")
    count = 0
    for name, frame_locals in _frames(exc):
        count += 1
        for local, value in frame_locals.items():
            shown = repr(value)
            for secret in SECRETS:
                assert secret not in shown, f"a key is in the local {local!r} of {name}()"
    assert count > 0


def _raised(func: Any, *args: Any, **kwargs: Any) -> BaseException:
    try:
        func(*args, **kwargs)
    except Exception as exc:  # the test inspects it
        return exc
    raise AssertionError("no exception")


def test_no_key_in_locals_of_a_validation_error(server: FakeServer) -> None:
    with client_for(server) as client:
        exc = _raised(method(client, "delete_images"), guids=[123], library=None)
    assert isinstance(exc, RequestValidationError)
    assert_no_key_in_locals(exc)


def test_no_key_in_locals_of_transport_errors(server: FakeServer) -> None:
    server.script("submit_orders", Reply(reset=True))
    server.script("delete_images", Reply(delay=1.0))
    with client_for(server, max_retries=0) as client:
        for exc in (
            _raised(method(client, "submit_orders"), orders=[ORDER]),
            _raised(method(client, "delete_images"), guids=GUIDS, library=None, timeout=0.2),
        ):
            assert isinstance(exc, APIConnectionError) and exc.__cause__ is not None
            assert_no_key_in_locals(exc)
    refused = FinerWorks(web_api_key=WEB_KEY, app_key=APP_KEY, base_url=f"http://127.0.0.1:{free_port()}/v3")
    with refused:
        exc = _raised(method(refused, "test_my_credentials"), max_retries=0)
    assert_no_key_in_locals(exc)


def test_no_key_in_locals_of_status_and_async_errors(server: FakeServer) -> None:
    server.script("get_order", Reply(404, json=error_body("no such order", 404)))
    server.script("submit_orders", Reply(reset=True))
    with client_for(server) as client:
        assert_no_key_in_locals(_raised(method(client, "get_order"), order_guid=ORDER_GUID, order_email="a@b.c"))

    async def main() -> Exception:
        async with async_client_for(server) as client:
            return await _catch(method(client, "submit_orders")(orders=[ORDER]))

    assert_no_key_in_locals(run(main()))


def test_no_key_in_locals_of_construction_errors() -> None:
    exc = _raised(FinerWorks, web_api_key=WEB_KEY, app_key=APP_KEY + "\u00a0", base_url="http://127.0.0.1:9/v3")
    assert isinstance(exc, finerworks.ConfigurationError)
    assert_no_key_in_locals(exc)
    exc = _raised(FinerWorks, web_api_key=WEB_KEY, app_key=APP_KEY, base_url="localhost:9")
    assert_no_key_in_locals(exc)
    client = FinerWorks(web_api_key=WEB_KEY, app_key=APP_KEY, base_url="http://127.0.0.1:9/v3")
    assert_no_key_in_locals(_raised(client.with_options, app_key=APP_KEY + "\t"))


# -- 5. the caller's http_client is honoured ----------------------------------------------------
def test_the_callers_http_client_settings_apply(server: FakeServer) -> None:
    hooked: list[str] = []

    def add_auth(request: httpx.Request) -> httpx.Request:
        request.headers["X-Proxy-Auth"] = "corp"
        return request

    http = httpx.Client(
        headers={"X-Corp-Trace": "1", "web_api_key": "the-callers", "User-Agent": "corp/1"},
        params={"corp": "yes"},
        cookies={"session": "abc"},
        auth=add_auth,
        event_hooks={"request": [lambda r: hooked.append(r.url.path)]},
    )
    with http, client_for(server, http_client=http) as client:
        method(client, "get_order")(order_guid=ORDER_GUID, order_email="a@b.c")
    received = server.requests[0]
    assert received.headers["x-corp-trace"] == "1" and received.headers["x-proxy-auth"] == "corp"
    assert received.query["corp"] == ["yes"] and received.query["order_guid"] == [ORDER_GUID]
    assert "session=abc" in received.headers["cookie"]
    assert received.headers["web_api_key"] == WEB_KEY and received.headers["app_key"] == APP_KEY
    assert received.headers["user-agent"].startswith("finerworks-python/")
    assert hooked == ["/v3/get_order"]


def test_accept_encoding_is_sent_by_the_own_client(server: FakeServer) -> None:
    with client_for(server) as client:
        method(client, "test_my_credentials")()
    assert "gzip" in server.requests[0].headers["accept-encoding"]


def test_the_callers_transport_and_redirect_policy(server: FakeServer) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=ok_envelope("from the transport"))

    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        client = client_for(server, http_client=http)
        out = method(client, "test_my_credentials")()
    assert out.status.message == "from the transport" and seen[0].headers["web_api_key"] == WEB_KEY
    assert server.requests == []

    async def ahandler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "https://elsewhere.invalid/"})

    async def main() -> Exception:
        async with httpx.AsyncClient(transport=httpx.MockTransport(ahandler), follow_redirects=True) as ahttp:
            aclient = async_client_for(server, http_client=ahttp)
            return await _catch(method(aclient, "test_my_credentials")())

    assert "not followed" in str(run(main()))  # even a redirect-following http_client does not follow


# -- 6. paging ----------------------------------------------------------------------------------
def _page_key() -> str:
    return str(op_spec("list_images").pagination.page)


def test_an_extra_array_in_the_response_does_not_break_declared_items(server: FakeServer) -> None:
    assert op_spec("list_images").pagination.items
    items = [image(i) for i in range(3)]
    for chunk in (items[:2], items[2:]):
        reply = page_of(chunk)
        reply.json["warnings"] = ["w"]
        server.script("list_images", reply)
    with client_for(server) as client:
        got = list(method(client, "list_images")(library=LIBRARY, per_page=2))
    assert len(got) == 3 and len(server.requests) == 2


def test_a_server_ignoring_the_page_number_does_not_loop(server: FakeServer, caplog: pytest.LogCaptureFixture) -> None:
    server.respond_with("list_images", lambda request: page_of([image(0), image(1)]))
    with client_for(server) as client:
        got = list(method(client, "list_images")(library=LIBRARY, per_page=2))
    assert len(got) == 2
    assert [r.json.get(_page_key()) for r in server.requests] == [None, 2]
    assert "repeats page 1" in caplog.text

    async def main() -> list[Any]:
        async with async_client_for(server) as aclient:
            return [i async for i in await method(aclient, "list_images")(library=LIBRARY, per_page=2)]

    assert len(run(main())) == 2


def test_a_hard_cap_on_pages(server: FakeServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(finerworks.pagination, "MAX_PAGES", 3)
    server.respond_with("list_images", lambda request: page_of([image(request.json.get(_page_key(), 1))]))
    with client_for(server) as client, pytest.raises(finerworks.APIError, match="stopped after 3 pages"):
        list(method(client, "list_images")(library=LIBRARY, per_page=1))
    assert len(server.requests) == 3


def test_pages_stop_at_the_total() -> None:
    spec = finerworks._operation.PaginationSpec(page="page", size="size", location="body", items="rows", total="count")
    op: Any = finerworks._operation.OperationSpec("op", "POST", "/x", object, pagination=spec)
    options = finerworks._operation.RequestOptions()
    first = finerworks.SyncPage(
        None, response={"rows": [1, 2], "count": 3}, op=op, params={}, body={"size": 2}, options=options
    )
    assert first.items == [1, 2] and first.has_next_page()
    last = finerworks.SyncPage(
        None,
        response={"rows": [3], "count": 3},
        op=op,
        params={},
        body={"size": 2, "page": 2},
        options=options,
        seen_before=2,
    )
    assert last.page_number == 2 and not last.has_next_page()


# -- 7. transport failures are package errors ---------------------------------------------------
def test_gzip_header_on_a_plain_body(server: FakeServer) -> None:
    server.script("test_my_credentials", *[Reply(body=b'{"status": {}}', headers={"Content-Encoding": "gzip"})] * 2)
    with client_for(server) as client, pytest.raises(APIResponseValidationError) as info:
        method(client, "test_my_credentials")()
    assert "cannot be decoded (Content-Encoding: gzip)" in str(info.value)
    assert isinstance(info.value.__cause__, httpx.DecodingError) and info.value.status_code == 200

    async def main() -> Exception:
        async with async_client_for(server) as client:
            return await _catch(method(client, "test_my_credentials")())

    assert isinstance(run(main()), APIResponseValidationError)


def test_a_body_its_charset_cannot_decode_is_a_package_error(server: FakeServer) -> None:
    # httpx raises a bare UnicodeError for UTF-16 without a byte-order mark.
    utf16 = {"Content-Type": "application/json; charset=utf-16"}
    server.script(
        "test_my_credentials",
        Reply(body=b'{"status": {}}', headers=utf16),
        Reply(status=400, body=b'{"Message": "bad"}', headers=utf16),
        Reply(body=b'{"status": {}}', headers=utf16),
    )
    with client_for(server) as client:
        with pytest.raises(APIResponseValidationError) as info:
            method(client, "test_my_credentials")()
        assert "cannot be decoded (UnicodeError" in str(info.value)
        assert isinstance(info.value.__cause__, UnicodeError)
        with pytest.raises(finerworks.APIStatusError) as status:  # the error body is still read
            method(client, "test_my_credentials")()
        assert status.value.status_code == 400 and "bad" in str(status.value)

    async def main() -> Exception:
        async with async_client_for(server) as client:
            return await _catch(method(client, "test_my_credentials")())

    assert isinstance(run(main()), APIResponseValidationError)


def test_a_real_gzip_body_is_decoded(server: FakeServer) -> None:
    body = gzip.compress(b'{"status": {"success": true, "message": "zipped"}}')
    server.script("test_my_credentials", Reply(body=body, headers={"Content-Encoding": "gzip"}))
    with client_for(server) as client:
        assert method(client, "test_my_credentials")().status.message == "zipped"


def test_a_closed_client_raises_a_package_error(server: FakeServer) -> None:
    client = client_for(server)
    client.close()
    with pytest.raises(finerworks.ClientClosedError) as info:
        method(client, "test_my_credentials")()
    assert isinstance(info.value, (FinerWorksError, RuntimeError))

    async def main() -> Exception:
        aclient = async_client_for(server)
        await aclient.close()
        return await _catch(method(aclient, "test_my_credentials")())

    assert isinstance(run(main()), finerworks.ClientClosedError)
    assert server.requests == []


def test_connection_errors_keep_their_reason() -> None:
    port = free_port()
    for cls in (FinerWorks, AsyncFinerWorks):
        client = cls(web_api_key=WEB_KEY, app_key=APP_KEY, base_url=f"http://127.0.0.1:{port}/v3", max_retries=0)
        call = method(client, "test_my_credentials")
        exc = run(_catch(call())) if cls is AsyncFinerWorks else _raised(call)
        assert isinstance(exc, APIConnectionError) and isinstance(exc.__cause__, httpx.ConnectError)
        assert "ConnectError" in str(exc) and ("refused" in str(exc).lower() or "errno" in str(exc).lower())
        assert not exc.__suppress_context__ or exc.__cause__ is not None
        no_secret_in(str(exc))


def test_a_trickling_raw_server_times_out(server: FakeServer) -> None:
    """A raw socket server that sends headers and then nothing: a read timeout, typed."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
            time.sleep(1.0)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    client = FinerWorks(web_api_key=WEB_KEY, app_key=APP_KEY, base_url=f"http://127.0.0.1:{port}/v3", timeout=0.2)
    with client, pytest.raises(APITimeoutError) as info:
        method(client, "submit_orders")(orders=[ORDER])
    _assert_unknown(info.value)
    thread.join(2)
    listener.close()


# -- the overall deadline of a call ---------------------------------------------------------------
@contextlib.contextmanager
def trickling_server(seconds: float, interval: float = 0.1) -> Iterator[str]:
    """Answers 200 with a JSON body sent one byte per ``interval``: each read is quick, the whole is slow."""
    body = json.dumps({"status": {"success": True, "status_code": 200, "message": "x" * 200, "debug": None}})
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                try:
                    conn.recv(65536)
                    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
                    conn.sendall(head.encode())
                    started = time.monotonic()
                    for char in body:
                        if stop.is_set() or time.monotonic() - started > seconds:
                            return
                        conn.sendall(char.encode())
                        time.sleep(interval)
                except OSError:
                    continue

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/v3"
    finally:
        stop.set()
        listener.close()


def test_a_deadline_bounds_a_trickling_response() -> None:
    with trickling_server(seconds=10) as url:
        client = FinerWorks(web_api_key=WEB_KEY, app_key=APP_KEY, base_url=url, timeout=1, deadline=0.6)
        started = time.monotonic()
        with client, pytest.raises(APITimeoutError) as info:
            method(client, "test_my_credentials")(max_retries=0)
        assert time.monotonic() - started < 1.5  # without the deadline: 20 s, each byte within the read timeout
    assert "deadline of 0.6 s passed" in str(info.value)
    no_secret_in(str(info.value))


def test_a_deadline_bounds_an_async_call_and_retries() -> None:
    async def main() -> tuple[Exception, float]:
        with trickling_server(seconds=10) as url:
            client = AsyncFinerWorks(web_api_key=WEB_KEY, app_key=APP_KEY, base_url=url, timeout=1, deadline=0.6)
            started = time.monotonic()
            async with client:
                error = await _catch(method(client, "test_my_credentials")(max_retries=3))
            return error, time.monotonic() - started

    error, took = run(main())
    assert isinstance(error, APITimeoutError) and took < 1.5


def test_a_deadline_leaves_fast_calls_alone_and_is_checked(server: FakeServer) -> None:
    with client_for(server, deadline=5) as client:
        assert method(client, "test_my_credentials")().status.success is True
        assert client.with_options(deadline=None).deadline is None
        assert client.with_options(timeout=3).deadline == 5.0
    for bad in (0, -1, float("nan"), "5", True):
        with pytest.raises(finerworks.ConfigurationError):
            FinerWorks(web_api_key=WEB_KEY, app_key=APP_KEY, base_url=server.base_url, deadline=bad)  # type: ignore[arg-type]


# -- 8. Retry-After edge cases ------------------------------------------------------------------
@pytest.mark.parametrize("value", ["0", "-5", "nan", "inf", "-inf", "Tue, 01 Jan 2000 00:00:00 GMT"])
def test_unusable_retry_after_falls_back_to_the_backoff(
    server: FakeServer, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setattr(_base_client, "INITIAL_RETRY_DELAY", 0.2)
    monkeypatch.setattr(_base_client, "MAX_RETRY_DELAY", 0.2)
    server.script("test_my_credentials", Reply(429, headers={"Retry-After": value}))
    with client_for(server) as client:
        started = time.monotonic()
        method(client, "test_my_credentials")()
    assert time.monotonic() - started >= 0.14  # 0.2 s less at most 25 % jitter
    assert len(server.requests) == 2


def test_retry_after_parsing() -> None:
    parse = _base_client._retry_after
    assert parse("1.5") == 1.5
    for value in ("0", "-1", "nan", "inf", "", None, "soon", "Tue, 01 Jan 2000 00:00:00 GMT"):
        assert parse(value) is None, value


# -- 10. a typo in a nested field is refused, not sent silently -----------------------------------
def test_a_typo_in_a_nested_field_is_refused_naming_the_field(server: FakeServer) -> None:
    order = {k: v for k, v in ORDER.items() if k != "gift_message"}
    order["gift_mesage"] = "Happy birthday"
    with client_for(server) as client, pytest.raises(RequestValidationError) as info:
        method(client, "submit_orders")(orders=[order])
    assert info.value.errors[0]["field"] == "orders[0].gift_mesage"
    assert "did you mean 'gift_message'" in str(info.value)
    assert server.requests == []  # nothing was sent


def test_unknown_fields_that_are_not_typos_are_still_sent(server: FakeServer) -> None:
    order = {**ORDER, "brand_new_field": 1, "custom_data_9": "x"}  # unlike any field, or only by its number
    with client_for(server) as client:
        method(client, "submit_orders")(orders=[order])
    assert server.requests[-1].json["orders"][0]["brand_new_field"] == 1
    assert server.requests[-1].json["orders"][0]["custom_data_9"] == "x"
