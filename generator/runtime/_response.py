"""What the ``with_raw_response`` and ``prepare`` variants of every method return."""

from __future__ import annotations

import json
from dataclasses import dataclass
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

T = TypeVar("T")
U = TypeVar("U")

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
    """An HTTP response, parsed only when asked: status, headers, raw body, ``parse()``.

    Getting an ``APIResponse`` never fails on the body: a body that does not parse raises only
    when :meth:`parse` (or ``parsed``) is called, so the raw response stays reachable.
    """

    def __init__(self, http_response: httpx.Response, parser: Callable[[], T], attempts: int) -> None:
        self.http_response = http_response
        self.attempts = attempts
        self._parser = parser
        self._parsed: list[T] = []  # empty until parse() first succeeds

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

    def json(self) -> Any:
        """The body as JSON, without any schema."""
        return self.http_response.json()

    @property
    def parsed(self) -> T:
        """Same as :meth:`parse`."""
        return self.parse()

    def parse(self) -> T:
        """The same object the plain method returns; parsed on the first call, then kept."""
        if not self._parsed:
            self._parsed.append(self._parser())
        return self._parsed[0]

    def then(self, convert: Callable[[T], U]) -> APIResponse[U]:
        """The same response, whose ``parse()`` converts this one's parsed result (pages use it)."""
        return APIResponse(self.http_response, lambda: convert(self.parse()), self.attempts)

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url.path}>"
