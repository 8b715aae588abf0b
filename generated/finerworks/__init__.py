"""FinerWorks API: a typed Python client (sync and async).

Generated from the OpenAPI spec; do not edit by hand.

    from finerworks import FinerWorks
    client = FinerWorks()

Names are imported lazily: ``import finerworks`` loads neither httpx nor pydantic until a
client, an exception or a model is first used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import API_VERSION, GENERATOR_VERSION, SPEC_SHA256, __version__

if TYPE_CHECKING:
    from . import models as models
    from ._exceptions import ClientError as FinerWorksError
    from ._client import FinerWorks as FinerWorks
    from ._client import AsyncFinerWorks as AsyncFinerWorks
    from ._client import ENVIRONMENTS as ENVIRONMENTS
    from ._response import APIResponse as APIResponse
    from ._response import PreparedRequest as PreparedRequest
    from ._types import NOT_GIVEN as NOT_GIVEN
    from ._types import NotGiven as NotGiven
    from .pagination import SyncPage as SyncPage
    from .pagination import AsyncPage as AsyncPage
    from ._exceptions import APIConnectionError as APIConnectionError
    from ._exceptions import APIError as APIError
    from ._exceptions import APIResponseValidationError as APIResponseValidationError
    from ._exceptions import APIStatusError as APIStatusError
    from ._exceptions import APITimeoutError as APITimeoutError
    from ._exceptions import APIUnknownOutcomeError as APIUnknownOutcomeError
    from ._exceptions import APIUnknownOutcomeStatusError as APIUnknownOutcomeStatusError
    from ._exceptions import APIUnknownOutcomeTimeoutError as APIUnknownOutcomeTimeoutError
    from ._exceptions import AuthenticationError as AuthenticationError
    from ._exceptions import BadRequestError as BadRequestError
    from ._exceptions import ClientClosedError as ClientClosedError
    from ._exceptions import ConfigurationError as ConfigurationError
    from ._exceptions import ConflictError as ConflictError
    from ._exceptions import InternalServerError as InternalServerError
    from ._exceptions import NotFoundError as NotFoundError
    from ._exceptions import OutcomeCheck as OutcomeCheck
    from ._exceptions import PermissionDeniedError as PermissionDeniedError
    from ._exceptions import RateLimitError as RateLimitError
    from ._exceptions import RequestValidationError as RequestValidationError
    from ._exceptions import UnprocessableEntityError as UnprocessableEntityError
    from ._exceptions import UnsuccessfulResponseError as UnsuccessfulResponseError

_LAZY = {
    "models": ".models",
    "FinerWorksError": "._exceptions",  # defined as ClientError, exported under this name too
    "FinerWorks": "._client",
    "AsyncFinerWorks": "._client",
    "ENVIRONMENTS": "._client",
    "APIResponse": "._response",
    "PreparedRequest": "._response",
    "NOT_GIVEN": "._types",
    "NotGiven": "._types",
    "SyncPage": ".pagination",
    "AsyncPage": ".pagination",
    "APIConnectionError": "._exceptions",
    "APIError": "._exceptions",
    "APIResponseValidationError": "._exceptions",
    "APIStatusError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "APIUnknownOutcomeError": "._exceptions",
    "APIUnknownOutcomeStatusError": "._exceptions",
    "APIUnknownOutcomeTimeoutError": "._exceptions",
    "AuthenticationError": "._exceptions",
    "BadRequestError": "._exceptions",
    "ClientClosedError": "._exceptions",
    "ConfigurationError": "._exceptions",
    "ConflictError": "._exceptions",
    "InternalServerError": "._exceptions",
    "NotFoundError": "._exceptions",
    "OutcomeCheck": "._exceptions",
    "PermissionDeniedError": "._exceptions",
    "RateLimitError": "._exceptions",
    "RequestValidationError": "._exceptions",
    "UnprocessableEntityError": "._exceptions",
    "UnsuccessfulResponseError": "._exceptions",
}

__all__ = [
    "__version__",
    "API_VERSION",
    "GENERATOR_VERSION",
    "SPEC_SHA256",
    "models",
    "FinerWorksError",
    "FinerWorks",
    "AsyncFinerWorks",
    "ENVIRONMENTS",
    "APIResponse",
    "PreparedRequest",
    "NOT_GIVEN",
    "NotGiven",
    "SyncPage",
    "AsyncPage",
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


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if name == "models":
        return importlib.import_module(module, __name__)
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
