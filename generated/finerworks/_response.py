"""What the ``with_raw_response`` and ``prepare`` variants of every method return."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

T = TypeVar("T")

REDACTED = "<redacted>"


@dataclass(frozen=True)
class PreparedRequest:
    """A request built and validated but not sent: for tests, debugging and logging.

    Credentials are replaced by ``<redacted>`` in ``headers`` and ``url``.
    """

    method: str
    url: str
    headers: dict[str, str]
    content: bytes

    @property
    def json(self) -> Any:
        """The body parsed as JSON (``None`` when there is no body)."""
        return json.loads(self.content) if self.content else None


class APIResponse(Generic[T]):
    """An HTTP response with its parsed result: status, headers, raw body and ``parsed``."""

    def __init__(self, http_response: httpx.Response, parsed: T, attempts: int) -> None:
        self.http_response = http_response
        self.parsed = parsed
        self.attempts = attempts

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def parse(self) -> T:
        """The same object the plain method returns."""
        return self.parsed

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {type(self.parsed).__name__}>"
