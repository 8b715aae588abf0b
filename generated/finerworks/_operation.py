"""What the engine knows about each operation: generated once per operation, read on every call.

The resource modules describe each operation as an :class:`OperationSpec` (method, path, where
each argument goes, how the body is encoded, how the response is read, whether it is safe to
repeat, how it pages). The engine (``_base_client``) is the same for every operation and every
spec; only these descriptions differ.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from ._exceptions import OutcomeCheck
from ._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

T = TypeVar("T")

ParamLocation = Literal["path", "query", "header", "cookie"]
ResponseKind = Literal["model", "json", "text", "binary", "none"]
BodyEncoding = Literal["json", "form", "multipart", "text", "binary"]
AuthKind = Literal["api_key", "bearer", "basic"]


@dataclass(frozen=True)
class Param:
    """Where one non-body argument goes, and how it is serialised (OpenAPI style/explode)."""

    wire: str
    location: ParamLocation
    style: str = "form"
    explode: bool = True


@dataclass(frozen=True)
class PaginationSpec:
    """Page-number paging (``x-pagination``): which fields carry the page, its size, items, total."""

    page: str
    size: str
    location: Literal["body", "query"]
    items: str | None = None
    total: str | None = None
    default_size: int | None = None
    start_page: int = 1


@dataclass(frozen=True)
class OperationSpec(Generic[T]):
    """Everything the engine needs to know about one operation; generated once per operation."""

    operation_id: str
    method: str
    path: str
    response_type: type[T]
    response_kind: ResponseKind = "model"
    idempotent: bool = False
    security: tuple[tuple[str, ...], ...] = ()
    params: Mapping[str, Param] = field(default_factory=dict)
    body_encoding: BodyEncoding | None = None
    content_type: str | None = None
    request_model: Any = None  # a pydantic model class validating the body, or None
    params_model: Any = None  # a pydantic model class validating the parameters, or None
    pagination: PaginationSpec | None = None
    outcome_check: OutcomeCheck | None = None  # how to check an interrupted call (x-outcome-check)


@dataclass(frozen=True)
class AuthSpec:
    """One security scheme: the constructor argument holding it and where it goes on the wire."""

    key: str
    kind: AuthKind
    location: ParamLocation
    wire: str
    argument: str
    env_var: str
    required: bool


@dataclass(frozen=True)
class RequestOptions:
    """Per-call overrides given to any method."""

    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
