"""The seed endpoint end to end: DELETE /v3/delete_images against a real loopback server."""

from __future__ import annotations

import asyncio
import json
import sys

import pytest
from conftest import GENERATED, RecordingServer

sys.path.insert(0, str(GENERATED))

from finerworks import AsyncFinerWorks, FinerWorks

GUIDS = ["9a85d170-dca0-43d1-a00d-072281b122e7", "be9d78b7-866f-4941-b237-8f010eef3b9b"]


def _check(server: RecordingServer) -> None:
    assert len(server.requests) == 1
    req = server.requests[0]
    assert req.method == "DELETE"
    assert req.path == "/v3/delete_images"
    assert req.headers["web_api_key"] == "wk-123"
    assert req.headers["app_key"] == "ak-456"
    assert req.headers["Content-Type"] == "application/json"
    assert json.loads(req.body) == {"guids": GUIDS, "library": None}
    assert b'"library":null' in req.body


def test_delete_images_sync(recording_server: RecordingServer) -> None:
    with FinerWorks(web_api_key="wk-123", app_key="ak-456", base_url=f"{recording_server.url}/v3") as client:
        out = client.images.delete(guids=GUIDS, library=None)
    _check(recording_server)
    assert out.status.success is True
    assert out.status.status_code == 200
    assert out.status.message == ""


def test_delete_images_async(recording_server: RecordingServer) -> None:
    async def main() -> object:
        async with AsyncFinerWorks(web_api_key="wk-123", app_key="ak-456", base_url=f"{recording_server.url}/v3") as c:
            return await c.images.delete(guids=GUIDS, library=None)

    out = asyncio.run(main())
    _check(recording_server)
    assert out.status.success is True  # type: ignore[attr-defined]


def test_keys_default_to_the_environment(recording_server: RecordingServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FINERWORKS_WEB_API_KEY", "wk-123")
    monkeypatch.setenv("FINERWORKS_APP_KEY", "ak-456")
    with FinerWorks(base_url=f"{recording_server.url}/v3") as client:
        client.images.delete(guids=GUIDS, library=None)
    _check(recording_server)


def test_default_server_is_production() -> None:
    client = FinerWorks(web_api_key="k", app_key="a")
    request = client.images.prepare.delete(guids=GUIDS, library=None)
    assert request.url == "https://api.finerworks.com/v3/delete_images"
    assert request.headers["web_api_key"] == "<redacted>"
