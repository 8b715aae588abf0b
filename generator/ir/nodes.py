"""The intermediate representation: everything the templates need, nothing they must compute.

All nodes are plain frozen dataclasses of strings, numbers, lists and nested nodes, so the IR
serialises to JSON (``Api.to_json``) for snapshot tests and for ``--ir`` debugging output. Types
are data too (:mod:`generator.ir.types`): the render stage writes them as annotations.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from generator.ir import types
from generator.ir.types import Import, TypeNode


@dataclass(frozen=True)
class Server:
    environment: str  # Python-side name: FinerWorks(environment="test")
    url: str
    description: str


@dataclass(frozen=True)
class AuthScheme:
    """One ``securityScheme``: a constructor argument and where its value goes on the wire."""

    key: str  # name in components.securitySchemes
    kind: str  # "api_key" | "bearer" | "basic"
    location: str  # "header" | "query" | "cookie"
    wire_name: str  # header / query / cookie name ("Authorization" for bearer and basic)
    argument: str  # constructor keyword argument
    env_var: str  # environment variable fallback
    required: bool  # needed by the spec's default security: missing → error at construction


@dataclass(frozen=True)
class Parameter:
    wire_name: str
    argument: str
    location: str  # "path" | "query" | "header" | "cookie"
    required: bool
    type: TypeNode
    style: str
    explode: bool
    description: str
    deprecated: bool = False


@dataclass(frozen=True)
class BodyField:
    wire_name: str
    argument: str
    required: bool
    type: TypeNode
    description: str


@dataclass(frozen=True)
class Body:
    content_type: str
    encoding: str  # "json" | "form" | "multipart" | "text" | "binary"
    model: str | None  # class in the models module used to validate, None for raw bodies
    fields: list[BodyField]  # non-empty: the body is spread into keyword arguments
    argument: str  # when ``fields`` is empty: the single keyword argument holding the body
    type: TypeNode | None  # when ``fields`` is empty: what that argument accepts
    required: bool

    @property
    def validator(self) -> types.ModelRef | None:
        """The model class the engine validates the body with before sending, if any."""
        return types.ModelRef(self.model) if self.model and self.encoding in ("json", "form") else None


@dataclass(frozen=True)
class Response:
    status: str  # the documented success status ("200", "201", "2XX", "default")
    content_type: str  # "" for no content
    kind: str  # "model" | "json" | "text" | "binary" | "none"
    model: str | None
    type: TypeNode  # what the method returns

    @property
    def runtime_type(self) -> TypeNode:
        """The class the engine parses the body into (``None`` when there is no content)."""
        if self.kind == "model":
            return self.type
        return {"none": types.NONE, "text": types.STR, "binary": types.BYTES, "json": types.OBJECT}[self.kind]


@dataclass(frozen=True)
class Pagination:
    page_param: str  # wire name of the page-number field
    size_param: str  # wire name of the page-size field
    page_argument: str  # its keyword argument on the method
    items: str | None  # response field holding the items; None: the only list field
    total: str | None
    default_size: int | None
    start_page: int
    item_type: TypeNode  # what iterating the page yields
    location: str  # "body" or "query"


@dataclass(frozen=True)
class OutcomeCheck:
    """``x-outcome-check``: the operation that tells whether an interrupted call took effect."""

    operation_id: str  # the checking operation
    python: str  # its access path on the client (``orders.fetch_status``)
    by: str | None  # what to look the result up by (``order_po``); free text from the spec


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str
    name: str  # method name inside its resource
    resource: str  # attribute of the client
    summary: str
    description: str
    deprecated: bool
    idempotent: bool
    security: list[list[str]]  # alternatives, each a list of AuthScheme.key
    parameters: list[Parameter]
    params_model: str | None  # model validating the non-body parameters (by wire name)
    body: Body | None
    response: Response
    pagination: Pagination | None
    pointer: str  # where the operation is in the spec
    outcome_check: OutcomeCheck | None = None  # how to check an interrupted call (non-idempotent only)

    @property
    def path_parameters(self) -> list[Parameter]:
        return [p for p in self.parameters if p.location == "path"]

    @property
    def params_validator(self) -> types.ModelRef | None:
        """The model class the engine validates the parameters with, if any."""
        return types.ModelRef(self.params_model) if self.params_model else None

    @property
    def validators(self) -> list[types.ModelRef]:
        """Every model class the engine validates this operation's arguments with."""
        found = [self.params_validator, self.body.validator if self.body else None]
        return [v for v in found if v is not None]


@dataclass(frozen=True)
class Resource:
    attribute: str  # client.<attribute>
    module: str  # resources/<module>.py
    class_name: str
    async_class_name: str
    description: str
    operations: list[Operation]
    imports: list[Import]  # the annotation helpers the module uses, sorted
    uses_models: bool  # whether any annotation or spec refers to the models module


@dataclass(frozen=True)
class ModelClass:
    name: str
    pointer: str  # the schema it comes from
    fields: dict[str, str]  # wire name → Python attribute


@dataclass(frozen=True)
class ErrorRule:
    """``info.x-error-body.rules[]``: pick an exception class the HTTP status alone would not."""

    error: str  # exception class name of the runtime (``AuthenticationError``)
    status: int | None  # only for this HTTP status; None: any error status
    field_suffix: str | None  # only when a field-errors key ends with this


@dataclass(frozen=True)
class ErrorBody:
    """``info.x-error-body``: where an error response's message and per-field errors live."""

    message: list[str]  # JSON pointers tried in order; the first string found is the message
    field_errors: str | None  # JSON pointer to an object: field path -> message or list of messages
    rules: list[ErrorRule]


@dataclass(frozen=True)
class Api:
    title: str
    api_version: str
    description: str
    package: str
    client_class: str
    async_client_class: str
    env_prefix: str
    spec_sha256: str
    generator_version: str
    servers: list[Server]
    auth: list[AuthScheme]
    resources: list[Resource]
    models: list[ModelClass]
    model_schemas: dict[str, Any]  # JSON Schema with $defs, the input of the models stage
    envelope: dict[str, str] | None = None  # info.x-status-envelope: where success/message live
    error_body: ErrorBody | None = None  # info.x-error-body: how error responses read

    @property
    def operations(self) -> list[Operation]:
        return [op for res in self.resources for op in res.operations]

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
