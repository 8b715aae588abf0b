"""The exceptions of the client, all under :class:`ClientError` (exported as ``<Client>Error``).

::

    ClientError                      exported under the client's own name (``FinerWorksError``)
    ├── ConfigurationError           a bad constructor argument (key, base_url, timeout, ...)
    ├── ClientClosedError            the client was used after close()
    ├── RequestValidationError       arguments broke the spec's constraints; nothing was sent
    └── APIError                     the API answered badly or not at all
        ├── APIConnectionError       no usable answer: refused, reset, DNS, ...
        │   ├── APITimeoutError
        │   └── APIUnknownOutcomeError   a call that is not safe to repeat may have been processed
        │       ├── APIUnknownOutcomeTimeoutError  (also an APITimeoutError)
        │       └── APIUnknownOutcomeStatusError   HTTP >= 500 (also an InternalServerError)
        ├── APIResponseValidationError   the body is not JSON (or, in strict mode, off-schema)
        ├── UnsuccessfulResponseError    HTTP 2xx, but the status envelope says success: false
        └── APIStatusError           HTTP status >= 400
            ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
            ├── NotFoundError 404, ConflictError 409, UnprocessableEntityError 422,
            └── RateLimitError 429, InternalServerError >= 500
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._package import CLIENT_ERROR_NAME

if TYPE_CHECKING:
    import httpx

__all__ = [
    "ClientError",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "APIUnknownOutcomeError",
    "APIUnknownOutcomeStatusError",
    "APIUnknownOutcomeTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "OutcomeCheck",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "UnprocessableEntityError",
    "UnsuccessfulResponseError",
]


class ClientError(Exception):
    """Base class of every error this package raises on purpose."""


# The package's own name for it (``FinerWorksError``): in reprs and tracebacks, and importable from
# this module under that name too, so that pickling finds the class.
ClientError.__name__ = ClientError.__qualname__ = CLIENT_ERROR_NAME
globals()[CLIENT_ERROR_NAME] = ClientError


class ConfigurationError(ClientError, ValueError):
    """A constructor argument or option is unusable (a malformed key, a base_url without a host...).

    Raised when the client is made, before anything is sent. The message never contains a key.
    """


class ClientClosedError(ClientError, RuntimeError):
    """The client (or the ``http_client`` it was given) was closed before the call."""


@dataclass(frozen=True)
class OutcomeCheck:
    """How to find out whether an interrupted call took effect (the spec's ``x-outcome-check``).

    ``operation`` is the checking operation's id, ``python`` its access path on the client
    (``orders.fetch_status``), ``by`` what to look the result up by (``order_po``).
    """

    operation: str
    python: str
    by: str | None = None

    def advice(self) -> str:
        how = f" by {self.by}" if self.by else ""
        return f"check with client.{self.python}() ({self.operation}){how} before sending it again"


class RequestValidationError(ClientError, ValueError):
    """An argument does not satisfy the spec (required, length, range, enum...).

    Raised before anything is sent. ``errors`` lists each problem with the wire name of the field.
    """

    def __init__(self, operation: str, errors: list[dict[str, Any]]) -> None:
        self.operation = operation
        self.errors = errors
        lines = [f"{e['field']}: {e['message']}" for e in errors]
        super().__init__(f"invalid arguments for {operation}: " + "; ".join(lines))


class APIError(ClientError):
    """The API answered with something unusable, or did not answer."""

    message: str
    request: httpx.Request | None
    #: True when the call is not safe to repeat and may have been processed (see APIUnknownOutcomeError).
    outcome_unknown: bool = False
    #: How to check whether it took effect, when the spec says (``x-outcome-check``).
    outcome_check: OutcomeCheck | None = None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The request could not be completed (refused, reset, DNS failure, ...)."""

    def __init__(self, message: str = "connection error", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(self, message: str = "request timed out", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APIUnknownOutcomeError(APIConnectionError):
    """A call that is not safe to repeat was interrupted after it may have reached the server.

    Raised for operations that create or change things (not marked idempotent) when the request
    was sent but no complete answer came back: a read timeout, a reset or an early end of the
    connection, or an HTTP 5xx (then as :class:`APIUnknownOutcomeStatusError`). The request may
    have been processed: it is never retried automatically. ``outcome_check`` names the operation
    that tells whether it was (from the spec's ``x-outcome-check``), and the message says so.
    """

    outcome_unknown = True

    def __init__(
        self,
        message: str = "the outcome of the request is unknown",
        *,
        request: httpx.Request | None = None,
        outcome_check: OutcomeCheck | None = None,
    ) -> None:
        super().__init__(message, request=request)
        self.outcome_check = outcome_check


class APIUnknownOutcomeTimeoutError(APIUnknownOutcomeError, APITimeoutError):
    """A read (or write) timeout after the request was sent: both an unknown outcome and a timeout."""


class _ResponseError(APIError):
    """An error about a response that arrived: keeps it, its status, its body and envelope.

    ``body`` is the parsed JSON, or the text when the body is not JSON.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        debug: Any = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.debug = debug

    def __str__(self) -> str:
        return f"{self.message} (HTTP {self.status_code})"


class APIResponseValidationError(_ResponseError):
    """The body is not JSON, or (with ``strict_response_validation``) does not match the schema.

    ``errors`` lists each mismatch as pydantic reports it (``loc``, ``msg``, ``type``); empty when
    the body is not JSON at all.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        errors: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body)
        self.errors = errors or []


class UnsuccessfulResponseError(_ResponseError):
    """The HTTP status says success, but the API's status envelope says ``success: false``."""


class APIStatusError(_ResponseError):
    """HTTP status >= 400.

    ``message`` reads as a sentence: the API's message, then each field with its messages.
    ``field_errors`` maps each field path the API named to its messages. ``body`` is the parsed
    JSON error body (the text when it is not JSON); ``debug`` is the status envelope's debug part.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        debug: Any = None,
        field_errors: dict[str, list[str]] | None = None,
    ) -> None:
        super().__init__(message, response=response, body=body, debug=debug)
        self.field_errors: dict[str, list[str]] = field_errors or {}


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """The credentials were refused: HTTP 401, or an error the spec's ``x-error-body`` rules say is one."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429: slow down; retried automatically, honouring ``Retry-After``."""


class InternalServerError(APIStatusError):
    """HTTP >= 500."""


class APIUnknownOutcomeStatusError(InternalServerError, APIUnknownOutcomeError):
    """HTTP >= 500 from an operation that is not safe to repeat: the server may have done part or all of it.

    Both an :class:`InternalServerError` (status, body, ``field_errors``) and an
    :class:`APIUnknownOutcomeError`, so that either ``except`` clause catches it.
    """


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP error status."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)
