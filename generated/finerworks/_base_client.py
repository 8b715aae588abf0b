"""The engine behind every generated method: one place for requests, auth, retries and parsing.

Generated resource methods only describe an operation (an :class:`OperationSpec`) and hand
their arguments to the engine through their resource (``_resource``): :meth:`request` for the
parsed result, :meth:`request_raw` for the response (parsed on demand), :meth:`prepare` for the
request alone. Everything else happens here, identically for every operation of every spec:

* arguments are validated against the request model before anything is sent (strict enums);
* credentials from the spec's security schemes are checked at construction and attached last,
  held in strings whose ``repr`` is redacted (never logged, shown, or left in traceback locals);
* requests are built by the ``httpx`` client (``build_request``), so a caller's ``http_client``
  keeps its headers, params, cookies, auth, event hooks and transport, ours merged on top;
* transient failures are retried with exponential backoff and jitter, honouring ``Retry-After``,
  but a request that may already have been processed is only repeated when the operation is
  safe to repeat;
* responses are parsed into models, leniently unless ``strict_response_validation`` is set: a
  value that does not match the schema is kept as sent and logged, not raised;
* error responses become typed exceptions whose message reads as a sentence (``_error_body``);
  every transport failure becomes one of ours, its reason in the message and as ``__cause__``;
  an interrupted call that is not safe to repeat raises :class:`APIUnknownOutcomeError`.
"""

from __future__ import annotations

import datetime
import decimal
import difflib
import functools
import enum
import email.utils
import json
import logging
import math
import os
import random
import re
import time
import traceback
import types
import typing
import unicodedata
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast
from urllib.parse import quote

import httpx
import pydantic

from ._enum import _STRICT
from ._error_body import ErrorFormat, read_error, readable_text
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    APIUnknownOutcomeError,
    APIUnknownOutcomeStatusError,
    APIUnknownOutcomeTimeoutError,
    ClientClosedError,
    ConfigurationError,
    InternalServerError,
    RequestValidationError,
    UnsuccessfulResponseError,
)
from ._lenient import construct_leniently
from ._operation import AuthSpec, OperationSpec, Param, RequestOptions
from ._package import ENV_PREFIX, PACKAGE
from ._response import REDACTED, APIResponse, PreparedRequest
from ._types import Body, Headers, NotGiven, Timeout
from ._version import __version__

T = TypeVar("T")

log = logging.getLogger(PACKAGE)
_HANDLER_MARK = f"_{PACKAGE}_handler"  # marks the handler configure_logging_from_env installed

DEFAULT_TIMEOUT = httpx.Timeout(60.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0  # a longer Retry-After is not waited for: the error goes to the caller
USER_AGENT = f"{PACKAGE}-python/{__version__}"
# Sized for bulk concurrency (openai-python's values): httpx's defaults (100 connections, 20 kept
# alive) make hundreds of concurrent async calls time out waiting for a connection.
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)

# Failures after the request may have reached the server: its outcome is unknown.
_MAY_HAVE_BEEN_PROCESSED = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)


class _Secret(str):
    """A credential: an ordinary string on the wire, ``<redacted>`` in every ``repr``.

    Dicts and lists holding one (headers, query pairs) therefore show no key in logs, debuggers
    or the locals a traceback captures (Sentry, ``pytest --showlocals``).
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return REDACTED


class _Opaque:
    """A credential argument that is not a string: kept for the type check, never shown."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def __repr__(self) -> str:
        return f"<{REDACTED} {type(self.value).__name__}>"


def secret_arguments(**values: object) -> dict[str, Any]:
    """Credential arguments wrapped at once, so that no frame's locals show them from here on."""
    return {
        k: v if v is None or isinstance(v, _Secret) else _Secret(v) if isinstance(v, str) else _Opaque(v)
        for k, v in values.items()
    }


# One credential to attach: (location, name, value, the lower-case header name overriding it or None).
_AuthStep = tuple[str, str, _Secret, str | None]


@dataclass
class _Built:
    request: httpx.Request
    secret_params: list[str]

    def __repr__(self) -> str:
        return f"<request {self.request.method} {self.redacted_url}>"

    @property
    def redacted_url(self) -> str:
        """The URL with credentials carried in the query string replaced (computed when needed)."""
        url = self.request.url
        for name in self.secret_params:
            if url.params.get(name) is not None:
                url = url.copy_set_param(name, REDACTED)
        return str(url)


def configure_logging_from_env(package: str = PACKAGE) -> None:
    """``<PREFIX>_LOG=debug`` (``FINERWORKS_LOG``) logs every request, response, failure and retry to stderr."""
    level = os.environ.get(f"{ENV_PREFIX}_LOG", "").upper()
    if level != "DEBUG":
        return
    logger = logging.getLogger(package)
    logger.setLevel(level)
    if not any(getattr(h, _HANDLER_MARK, False) for h in logger.handlers):
        handler = logging.StreamHandler()
        setattr(handler, _HANDLER_MARK, True)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


class BaseClient:
    """Configuration and request building shared by the sync and async clients."""

    _auth_specs: tuple[AuthSpec, ...] = ()
    _servers: Mapping[str, str] = {}
    _envelope: Mapping[str, str] | None = None
    _error_format: ErrorFormat = ErrorFormat()
    _owns_http = True  # the engines say whether the httpx client is ours or the caller's
    _plain_http = False  # set by the engines once their httpx client exists (_adopt_client_defaults)

    def __init__(
        self,
        *,
        credentials: Mapping[str, object],
        environment: str | None,
        base_url: str | httpx.URL | None,
        timeout: Timeout | NotGiven,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        strict_response_validation: bool = False,
        deadline: float | None = None,
    ) -> None:
        self._credentials: dict[str, _Secret] = {}
        self._auth_plans: dict[tuple[tuple[str, ...], ...], tuple[_AuthStep, ...]] = {}  # per op.security
        missing = []
        for spec in self._auth_specs:
            value, source = credentials.get(spec.argument), spec.argument
            if value is None or value == "":
                value, source = (
                    secret_arguments(v=os.environ.get(spec.env_var) or None)["v"],
                    f"the {spec.env_var} environment variable",
                )
            if value is not None:
                self._credentials[spec.key] = _checked_key(value, source)
            elif spec.required:
                missing.append(f"{spec.argument} (or the {spec.env_var} environment variable)")
        if missing:
            raise ConfigurationError("missing credentials: pass " + " and ".join(missing))
        url_source = "base_url"
        if base_url is None and environment is None:  # explicit arguments win over the environment
            base_url = os.environ.get(f"{ENV_PREFIX}_BASE_URL") or None
            url_source = f"the {ENV_PREFIX}_BASE_URL environment variable"
        if base_url is None:
            if environment is None:
                environment = next(iter(self._servers), None)
            if environment is None or environment not in self._servers:
                known = ", ".join(repr(e) for e in self._servers)
                raise ConfigurationError(f"unknown environment {environment!r}; expected one of {known}")
            base_url = self._servers[environment]
            if not base_url.startswith(("http://", "https://")):
                raise ConfigurationError(
                    f"the spec's server URL {base_url!r} is not absolute: pass base_url= (or set {ENV_PREFIX}_BASE_URL)"
                )
        else:
            _check_base_url(base_url, url_source)
        self._environment = environment
        self.base_url = httpx.URL(str(base_url).rstrip("/") + "/")
        self._base = str(self.base_url)  # joined by string concatenation: URL parsing is costly per call
        # Parsed URLs of the operations whose path has no parameters: parsing one costs more than
        # the rest of building the request, and such a URL never changes for this client.
        self._fixed_urls: dict[str, httpx.URL] = {}
        self.timeout: Timeout = (
            DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else _checked_timeout(timeout, "timeout")
        )
        self._default_timeout: dict[str, float | None] | None = None
        self.max_retries = _checked_retries(max_retries, "max_retries")
        self.strict_response_validation = strict_response_validation
        self.deadline = _checked_deadline(deadline)
        self._default_headers = dict(default_headers or {})
        self._base_headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        _merge_headers(self._base_headers, self._default_headers)  # case-insensitive: the caller's win
        self._base_typed = any(k.lower() == "content-type" for k in self._base_headers)
        configure_logging_from_env()

    _http: httpx.Client | httpx.AsyncClient

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={str(getattr(self, 'base_url', '?'))!r}>"  # also half-made

    # -- building requests ----------------------------------------------------------------
    def _build(
        self,
        op: OperationSpec[Any],
        params: Mapping[str, object],
        body: Any,
        options: RequestOptions,
    ) -> _Built:
        path = op.path
        fixed_path = True
        query: list[tuple[str, str]] = []
        headers = dict(self._base_headers)
        typed = self._base_typed  # whether a Content-Type may be among the headers already
        cookies: dict[str, str] = {}
        for spec, value in self._validated_params(op, params) if params or op.params_model is not None else ():
            if spec.location == "path":
                path = path.replace("{" + spec.wire + "}", _path_value(value, spec))
                fixed_path = False
            elif spec.location == "query":
                query.extend(_query_pairs(spec, value))
            elif spec.location == "header":
                headers[spec.wire] = _flat(value, spec)
                typed = True
            else:
                cookies[spec.wire] = _flat(value, spec)
        for key, value in (options.extra_query or {}).items():
            query.append((key, _scalar(value)))
        if options.extra_headers:
            _merge_headers(headers, options.extra_headers)
            typed = True
        content, data, files, content_type = self._encode_body(op, body, options.extra_body)
        if content_type and not (typed and any(k.lower() == "content-type" for k in headers)):
            headers["Content-Type"] = content_type
        # Credentials last, once everything that can fail on the caller's arguments is done.
        secrets = self._apply_auth(op, headers, query, cookies, options.extra_headers)
        if cookies:
            headers["Cookie"] = _Secret("; ".join(f"{k}={v}" for k, v in cookies.items()))
        if fixed_path:
            url = self._fixed_urls.get(path)
            if url is None:
                url = self._fixed_urls[path] = httpx.URL(self._base + path.lstrip("/"))
        else:
            url = httpx.URL(self._base + path.lstrip("/"))
        query_params = cast(list[tuple[str, Any]], query) if query else None
        if self._plain_http and not self._http.cookies:  # nothing of the pool's own to merge in
            request = httpx.Request(
                op.method, url, params=query_params, headers=headers, content=content, data=data, files=files
            )
        else:
            # The httpx client builds it: a caller's http_client adds its headers, params and cookies
            # (ours win on the same name), and sending applies its auth, event hooks and transport.
            request = self._http.build_request(
                op.method, url, params=query_params, headers=headers, content=content, data=data, files=files
            )
        return _Built(request, secrets)

    def _adopt_client_defaults(self) -> None:
        """For a pool of our own: its default headers (``Accept-Encoding``, ...) under ours, merged once.

        Such a client has no headers, params, cookies or auth a caller set, so a request built
        directly is the one ``build_request`` would build, without merging per call (a third of
        the client's own cost per call). A caller's ``http_client`` always goes through it.
        """
        self._plain_http = self._owns_http
        if self._plain_http:
            own = self._http.headers  # by their names as httpx sends them (.items() gives lower case)
            merged = {name.decode(own.encoding): value.decode(own.encoding) for name, value in own.raw}
            _merge_headers(merged, self._base_headers)
            self._base_headers = merged
            self._base_typed = any(k.lower() == "content-type" for k in merged)

    def _validated_params(self, op: OperationSpec[Any], params: Mapping[str, object]) -> list[tuple[Param, object]]:
        """Given parameters, checked against the spec (strict enums) and in their JSON form."""
        given = {op.params[arg].wire: value for arg, value in params.items() if not isinstance(value, NotGiven)}
        by_wire = {spec.wire: spec for spec in op.params.values()}
        if op.params_model is not None:
            given = self._checked(op, op.params_model, given)
        return [(by_wire[wire], value) for wire, value in given.items() if wire in by_wire]

    def _apply_auth(
        self,
        op: OperationSpec[Any],
        headers: dict[str, str],
        query: list[tuple[str, str]],
        cookies: dict[str, str],
        overrides: Headers | None = None,
    ) -> list[str]:
        """Attach the first satisfiable security alternative; return query names holding secrets.

        A header the call's ``extra_headers`` sets is left as the caller set it.
        """
        if not op.security:
            return []
        plan = self._auth_plans.get(op.security)
        if plan is None:
            plan = self._auth_plans[op.security] = self._auth_plan(op.security)
        secret_params = []
        overridden = {k.lower() for k in overrides} if overrides else ()
        for location, name, value, header in plan:
            if header is not None and header in overridden:
                continue
            if location == "header":
                headers[name] = value
            elif location == "query":
                query.append((name, value))
                secret_params.append(name)
            else:
                cookies[name] = value
        return secret_params

    def _auth_plan(self, security: tuple[tuple[str, ...], ...]) -> tuple[_AuthStep, ...]:
        """What attaching the credentials for ``security`` does: the same on every call, so worked out once.

        The first alternative whose credentials this client holds; none (the server will answer
        401) when it holds none of them. Each step: where it goes, its name, the value, and the
        lower-case header name a call's ``extra_headers`` overrides it by (None off the headers).
        """
        specs = {s.key: s for s in self._auth_specs}
        chosen = next((alt for alt in security if all(k in self._credentials for k in alt)), None)
        steps: list[_AuthStep] = []
        for key in chosen or ():
            spec, value = specs[key], self._credentials[key]
            if spec.kind == "bearer":
                steps.append(("header", "Authorization", _Secret(f"Bearer {value}"), "authorization"))
            elif spec.kind == "basic":
                import base64

                encoded = _Secret("Basic " + base64.b64encode(value.encode()).decode())
                steps.append(("header", "Authorization", encoded, "authorization"))
            elif spec.location == "header":
                steps.append(("header", spec.wire, value, spec.wire.lower()))
            elif spec.location == "query":
                steps.append(("query", spec.wire, value, None))
            else:
                steps.append(("cookie", spec.wire, value, None))
        return tuple(steps)

    def _encode_body(
        self, op: OperationSpec[Any], body: Any, extra_body: Body | None
    ) -> tuple[bytes | None, dict[str, Any] | None, list[tuple[str, Any]] | None, str | None]:
        if op.body_encoding is None or isinstance(body, NotGiven):
            if extra_body:
                return json.dumps(dict(extra_body)).encode(), None, None, "application/json"
            return None, None, None, None
        if op.body_encoding == "text":
            return str(body).encode("utf-8"), None, None, op.content_type
        if op.body_encoding == "binary":
            raw = body if isinstance(body, bytes) else body.read()
            return raw, None, None, op.content_type or "application/octet-stream"
        if op.body_encoding == "multipart":
            values = {k: v for k, v in cast(Mapping[str, Any], body).items() if not isinstance(v, NotGiven)}
            values.update(extra_body or {})
            data: dict[str, Any] = {}
            files: list[tuple[str, Any]] = []
            for key, value in values.items():
                if isinstance(value, (bytes, tuple)) or hasattr(value, "read"):
                    files.append((key, value))
                elif value is not None:
                    data[key] = _scalar(value) if not isinstance(value, list) else [_scalar(v) for v in value]
            return None, data, files or None, None
        payload = self._validated(op, body)
        if extra_body:
            payload = {**payload, **extra_body} if isinstance(payload, dict) else payload
        if op.body_encoding == "form":
            form = {k: _scalar(v) for k, v in payload.items() if v is not None}
            return None, form, None, None
        return _COMPACT_JSON.encode(payload).encode("utf-8"), None, None, op.content_type

    @classmethod
    def _validated(cls, op: OperationSpec[Any], body: Any) -> Any:
        """Validate arguments with the request model; the JSON-ready payload, unset fields left out."""
        if isinstance(body, Mapping):
            body = {k: v for k, v in body.items() if not isinstance(v, NotGiven)}
        if op.request_model is None:
            return _jsonable(body)
        return cls._checked(op, op.request_model, body)

    @staticmethod
    def _checked(op: OperationSpec[Any], model_class: Any, values: Any) -> Any:
        """``values`` validated by ``model_class`` (strict enums) and dumped as JSON data by wire name."""
        token = _STRICT.set(True)  # what strict_enums() does, without a context manager per call
        try:
            model = model_class.model_validate(values)
        except pydantic.ValidationError as exc:
            errors = [
                {"field": ".".join(str(p) for p in e["loc"]) or "body", "message": e["msg"], "type": e["type"]}
                for e in exc.errors(include_url=False)
            ]
            raise RequestValidationError(op.operation_id, errors) from None
        finally:
            _STRICT.reset(token)
        typos = _likely_typos(model)
        if typos:
            raise RequestValidationError(op.operation_id, typos)
        dumped = model.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return dumped if _same(values, dumped) else _keep_strings(values, dumped)

    def prepare(
        self, op: OperationSpec[Any], params: Mapping[str, object], body: Any, options: RequestOptions
    ) -> PreparedRequest:
        """Validate and build one operation's request without sending it; credentials redacted."""
        built = self._build(op, params, body, options)
        secret_headers = {s.wire.lower() for s in self._auth_specs if s.location == "header"} | {"authorization"}
        headers = {k: (REDACTED if k.lower() in secret_headers else v) for k, v in built.request.headers.items()}
        built.request.read()
        return PreparedRequest(built.request.method, built.redacted_url, headers, built.request.content)

    # -- retries --------------------------------------------------------------------------
    @staticmethod
    def _retry_status(op: OperationSpec[Any], status: int) -> bool:
        if status == 429:
            return True  # rate limited: the request was not processed
        return op.idempotent and (status == 408 or status >= 500)

    @staticmethod
    def _retry_error(op: OperationSpec[Any], exc: httpx.TransportError) -> bool:
        # Nothing reached the server: always safe. Anything else may have been processed.
        if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)):
            return True
        return op.idempotent

    @staticmethod
    def _delay(attempt: int, response: httpx.Response | None) -> float | None:
        """Seconds to wait before the next attempt; ``None``: the server asks for longer than we wait."""
        if response is not None:
            after = _retry_after(response.headers.get("retry-after"))
            if after is not None:  # positive and finite; anything else falls back to the backoff
                return after if after <= MAX_RETRY_AFTER else None
        delay: float = min(INITIAL_RETRY_DELAY * 2**attempt, MAX_RETRY_DELAY)
        return delay * (1 - 0.25 * random.random())

    # -- responses ------------------------------------------------------------------------
    def _raise_for_status(self, op: OperationSpec[Any], response: httpx.Response) -> None:
        """Raise the typed error of a redirect or an HTTP error status; reading the body never fails."""
        if 300 <= response.status_code < 400:
            where = response.headers.get("location", "?")
            raise APIStatusError(
                f"{op.operation_id}: redirected to {where}; not followed, so that the keys never leave the API host",
                response=response,
                body=readable_text(response),
            )
        if response.status_code >= 400:
            error = read_error(response, self._error_format, self._envelope)
            error_class, message = error.error_class, f"{op.operation_id} failed: {error.message}"
            # A 5xx from a call that is not safe to repeat: the server may have done part or all of it.
            unknown = response.status_code >= 500 and not op.idempotent
            if unknown:
                message += f". The request may have been processed: {_advice(op)}"
                if error_class is InternalServerError:
                    error_class = APIUnknownOutcomeStatusError
            exc = error_class(
                message,
                response=response,
                body=error.body,
                debug=error.debug,
                field_errors=error.field_errors,
            )
            if unknown:
                exc.outcome_unknown, exc.outcome_check = True, op.outcome_check
            raise exc

    def _parse(self, op: OperationSpec[T], response: httpx.Response) -> T:
        """The result of a successful response (HTTP < 300), as the method's return type says."""
        if op.response_kind == "none":
            return cast(T, None)
        if op.response_kind == "binary":
            return cast(T, response.content)
        try:
            text = _text(response)
        except (httpx.DecodingError, UnicodeError, LookupError) as exc:
            # UnicodeError: a charset that cannot decode the body at all (UTF-16 without a BOM).
            raise APIResponseValidationError(
                f"{op.operation_id}: the response body cannot be decoded ({type(exc).__name__}: {exc})",
                response=response,
                body=None,
            ) from exc
        if op.response_kind == "text":
            return cast(T, text)
        try:
            data = json.loads(text) if text.strip() else None
        except ValueError:
            raise APIResponseValidationError(
                f"{op.operation_id}: the response is not valid JSON", response=response, body=text
            ) from None
        self._check_envelope(op, data, response)
        if op.response_kind == "json":
            return cast(T, data)
        model = cast(type[pydantic.BaseModel], op.response_type)
        try:
            return cast(T, model.model_validate(data))
        except pydantic.ValidationError as exc:
            mismatch = _first_error(exc)
            errors = [dict(e) for e in exc.errors(include_url=False, include_input=False)]
            if self.strict_response_validation:
                raise APIResponseValidationError(
                    f"{op.operation_id}: the response does not match the schema: {mismatch}",
                    response=response,
                    body=data,
                    errors=errors,
                ) from None
        try:
            result = construct_leniently(model, data)
        except TypeError as exc:
            raise APIResponseValidationError(
                f"{op.operation_id}: the response does not match the schema: {exc}",
                response=response,
                body=data,
                errors=errors,
            ) from None
        others = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        log.warning(
            "%s: the response does not match the schema at %s%s; the mismatched values are kept as sent",
            op.operation_id,
            mismatch,
            others,
        )
        return cast(T, result)

    def _envelope_message(self, data: Any) -> tuple[str, Any]:
        env = self._envelope
        if env is None or not isinstance(data, dict) or not isinstance(data.get(env["field"]), dict):
            return "", None
        status = data[env["field"]]
        return str(status.get(env["message"]) or ""), status.get(env["debug"])

    def _check_envelope(self, op: OperationSpec[Any], data: Any, response: httpx.Response) -> None:
        env = self._envelope
        if env is None or not isinstance(data, dict) or not isinstance(data.get(env["field"]), dict):
            return
        if data[env["field"]].get(env["success"]) is False:
            message, debug = self._envelope_message(data)
            raise UnsuccessfulResponseError(
                f"{op.operation_id} was not successful: {message or 'no message'}",
                response=response,
                body=data,
                debug=debug,
            )

    def _timeout_extension(self, options: RequestOptions) -> dict[str, float | None]:
        if isinstance(options.timeout, NotGiven):
            if self._default_timeout is None:
                self._default_timeout = httpx.Timeout(self.timeout).as_dict()
            return self._default_timeout
        return httpx.Timeout(_checked_timeout(options.timeout, "timeout")).as_dict()

    def _retries(self, options: RequestOptions) -> int:
        if isinstance(options.max_retries, NotGiven):
            return self.max_retries
        return _checked_retries(options.max_retries, "max_retries")

    def _auth_kwargs(self) -> dict[str, str | None]:
        return {s.argument: self._credentials.get(s.key) for s in self._auth_specs}

    def _redact(self, text: str) -> str:
        for value in self._credentials.values():
            text = text.replace(value, REDACTED)
        return text

    def _closed_error(self, op: OperationSpec[Any]) -> ClientClosedError:
        return ClientClosedError(
            f"{op.operation_id}: the client is closed (or its http_client is); make a new client, "
            "or make the calls inside its with-block"
        )

    def _undecodable(
        self, op: OperationSpec[Any], response: httpx.Response, exc: Exception
    ) -> APIResponseValidationError:
        _scrub(exc)
        encoding = response.headers.get("content-encoding", "none")
        return APIResponseValidationError(
            f"{op.operation_id}: the response body cannot be decoded (Content-Encoding: {encoding}): "
            f"{self._redact(_reason(exc))}",
            response=response,
            body=None,
        )

    def _transport_error(self, op: OperationSpec[Any], exc: httpx.TransportError, built: _Built) -> APIConnectionError:
        """Our exception for a failure of the transport, its reason in the message (keys redacted)."""
        _scrub(exc)
        where = f"{built.request.method} {built.redacted_url}"
        reason = f"{type(exc).__name__}: {self._redact(_reason(exc))}"
        if isinstance(exc, httpx.PoolTimeout):
            return APITimeoutError(
                f"timed out waiting for a free connection from the pool ({reason}): {where}. Too many requests "
                "at once for the pool: raise connection_limits=httpx.Limits(max_connections=...) or the pool "
                "timeout (timeout=httpx.Timeout(60, pool=...)), or send fewer requests at a time",
                request=built.request,
            )
        if not op.idempotent and isinstance(exc, _MAY_HAVE_BEEN_PROCESSED):
            if isinstance(exc, httpx.ReadTimeout):
                what = "no answer came within the read timeout after the request was sent"
            elif isinstance(exc, (httpx.WriteTimeout, httpx.WriteError)):
                what = "the connection failed while the request was being sent"
            else:
                what = "the connection was closed or reset before a complete answer came"
            timed_out = isinstance(exc, httpx.TimeoutException)
            error_class = APIUnknownOutcomeTimeoutError if timed_out else APIUnknownOutcomeError
            return error_class(
                f"{op.operation_id}: the outcome is unknown, the request may have been processed: {what} "
                f"({reason}). It was not retried; {_advice(op)}: {where}",
                request=built.request,
                outcome_check=op.outcome_check,
            )
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"request timed out ({reason}): {where}", request=built.request)
        return APIConnectionError(f"connection error ({reason}): {where}", request=built.request)


class SyncAPIClient(BaseClient):
    """The synchronous engine; the generated client class (``FinerWorks``) adds the resources."""

    _http: httpx.Client

    def __init__(
        self,
        *,
        http_client: httpx.Client | None = None,
        connection_limits: httpx.Limits | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        limits = _checked_limits(connection_limits, http_client)
        self._owns_http = http_client is None
        # Redirects are not followed: httpx would carry the API-key headers to whatever host they name.
        self._http = http_client or httpx.Client(timeout=self.timeout, follow_redirects=False, limits=limits)
        self._adopt_client_defaults()

    def close(self) -> None:
        """Close the connection pool (unless the ``http_client`` was given by the caller)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(self, op: OperationSpec[T], params: Mapping[str, object], body: Any, options: RequestOptions) -> T:
        """Send one operation and return its parsed result."""
        response, _ = self._send(op, self._build(op, params, body, options), options)
        return self._parse(op, response)

    def request_raw(
        self, op: OperationSpec[T], params: Mapping[str, object], body: Any, options: RequestOptions
    ) -> APIResponse[T]:
        """Send one operation and return the response; its body is parsed only by ``.parse()``."""
        response, attempts = self._send(op, self._build(op, params, body, options), options)
        return APIResponse(response, functools.partial(self._parse, op, response), attempts)

    def _send(self, op: OperationSpec[Any], built: _Built, options: RequestOptions) -> tuple[httpx.Response, int]:
        """Send with retries until a response worth returning; raise the error of any other outcome."""
        retries = self._retries(options)
        timeout = self._timeout_extension(options)
        deadline = _NO_DEADLINE if self.deadline is None else _Deadline(self.deadline)
        attempt = 0
        while True:
            if self._http.is_closed:
                raise self._closed_error(op)
            started = time.monotonic()
            try:
                built.request.extensions["timeout"] = timeout if deadline.until is None else deadline.cap(timeout)
                # Never follows redirects, even with a caller's http_client: the keys stay on the API host.
                response = self._http.send(built.request, stream=True, follow_redirects=False)
                try:
                    _read(response, deadline)
                except httpx.DecodingError as exc:
                    raise self._undecodable(op, response, exc) from exc
                finally:
                    response.close()
            except httpx.TransportError as exc:
                delay = self._delay(attempt, None) or 0.0
                if attempt < retries and self._retry_error(op, exc) and deadline.allows(delay):
                    _log_retry(built, attempt, type(exc).__name__, delay)
                    time.sleep(delay)
                    attempt += 1
                    continue
                _log_failure(built, attempt, exc)
                raise self._transport_error(op, exc, built) from exc
            _log_response(built, response, started, attempt)
            # The status is checked first: a successful call never looks at Retry-After.
            if attempt < retries and self._retry_status(op, response.status_code):
                pause = self._delay(attempt, response)
                if pause is not None and deadline.allows(pause):  # None: longer than we wait
                    _log_retry(built, attempt, f"HTTP {response.status_code}", pause)
                    time.sleep(pause)
                    attempt += 1
                    continue
            self._raise_for_status(op, response)
            return response, attempt + 1


class AsyncAPIClient(BaseClient):
    """The asynchronous engine; the generated async client class (``AsyncFinerWorks``) adds the resources."""

    _http: httpx.AsyncClient

    def __init__(
        self,
        *,
        http_client: httpx.AsyncClient | None = None,
        connection_limits: httpx.Limits | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        limits = _checked_limits(connection_limits, http_client)
        self._owns_http = http_client is None
        # Redirects are not followed: httpx would carry the API-key headers to whatever host they name.
        self._http = http_client or httpx.AsyncClient(timeout=self.timeout, follow_redirects=False, limits=limits)
        self._adopt_client_defaults()

    async def close(self) -> None:
        """Close the connection pool (unless the ``http_client`` was given by the caller)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def request(
        self, op: OperationSpec[T], params: Mapping[str, object], body: Any, options: RequestOptions
    ) -> T:
        """Send one operation and return its parsed result."""
        response, _ = await self._send(op, self._build(op, params, body, options), options)
        return self._parse(op, response)

    async def request_raw(
        self, op: OperationSpec[T], params: Mapping[str, object], body: Any, options: RequestOptions
    ) -> APIResponse[T]:
        """Send one operation and return the response; its body is parsed only by ``.parse()``."""
        response, attempts = await self._send(op, self._build(op, params, body, options), options)
        return APIResponse(response, functools.partial(self._parse, op, response), attempts)

    async def _send(self, op: OperationSpec[Any], built: _Built, options: RequestOptions) -> tuple[httpx.Response, int]:
        """Send with retries until a response worth returning; raise the error of any other outcome."""
        retries = self._retries(options)
        timeout = self._timeout_extension(options)
        deadline = _NO_DEADLINE if self.deadline is None else _Deadline(self.deadline)
        attempt = 0
        while True:
            if self._http.is_closed:
                raise self._closed_error(op)
            started = time.monotonic()
            try:
                built.request.extensions["timeout"] = timeout if deadline.until is None else deadline.cap(timeout)
                # Never follows redirects, even with a caller's http_client: the keys stay on the API host.
                response = await self._http.send(built.request, stream=True, follow_redirects=False)
                try:
                    await _aread(response, deadline)
                except httpx.DecodingError as exc:
                    raise self._undecodable(op, response, exc) from exc
                finally:
                    await response.aclose()
            except httpx.TransportError as exc:
                delay = self._delay(attempt, None) or 0.0
                if attempt < retries and self._retry_error(op, exc) and deadline.allows(delay):
                    _log_retry(built, attempt, type(exc).__name__, delay)
                    await _async_sleep(delay)
                    attempt += 1
                    continue
                _log_failure(built, attempt, exc)
                raise self._transport_error(op, exc, built) from exc
            _log_response(built, response, started, attempt)
            # The status is checked first: a successful call never looks at Retry-After.
            if attempt < retries and self._retry_status(op, response.status_code):
                pause = self._delay(attempt, response)
                if pause is not None and deadline.allows(pause):  # None: longer than we wait
                    _log_retry(built, attempt, f"HTTP {response.status_code}", pause)
                    await _async_sleep(pause)
                    attempt += 1
                    continue
            self._raise_for_status(op, response)
            return response, attempt + 1


def _read(response: httpx.Response, deadline: _Deadline) -> None:
    """Read the whole body; with a deadline, in chunks, checking the time left between them."""
    if deadline.until is None:
        response.read()
        return
    chunks = []
    for chunk in response.iter_bytes():
        chunks.append(chunk)
        deadline.check()
    response._content = b"".join(chunks)  # what Response.read() keeps, so that .content works


async def _aread(response: httpx.Response, deadline: _Deadline) -> None:
    """Async twin of :func:`_read`."""
    if deadline.until is None:
        await response.aread()
        return
    chunks = []
    async for chunk in response.aiter_bytes():
        chunks.append(chunk)
        deadline.check()
    response._content = b"".join(chunks)  # what Response.aread() keeps, so that .content works


class _Deadline:
    """The optional overall limit of one call: every attempt, every wait and the whole body read.

    httpx's timeouts apply to each connect, write and read on its own, so a server trickling a
    byte at a time keeps a call alive indefinitely; the deadline bounds the call as a whole. Each
    attempt's timeouts are capped at the time left, and the body is read in chunks, checked in between.
    """

    __slots__ = ("limit", "until")

    def __init__(self, limit: float | None) -> None:
        self.limit = limit
        self.until = None if limit is None else time.monotonic() + limit

    def left(self) -> float | None:
        return None if self.until is None else self.until - time.monotonic()

    def check(self) -> None:
        left = self.left()
        if left is not None and left <= 0:
            raise httpx.ReadTimeout(f"the call's deadline of {self.limit:g} s passed")

    def cap(self, timeout: dict[str, float | None]) -> dict[str, float | None]:
        """``timeout`` with every phase limited to the time left (raises when none is left)."""
        left = self.left()
        if left is None:
            return timeout
        self.check()
        return {k: left if v is None else min(v, left) for k, v in timeout.items()}

    def allows(self, pause: float) -> bool:
        """Whether waiting ``pause`` seconds before another attempt still leaves time for it."""
        left = self.left()
        return left is None or pause < left


_NO_DEADLINE = _Deadline(None)  # shared: a call without a deadline allocates nothing for it


# -- helpers ----------------------------------------------------------------------------------
async def _async_sleep(seconds: float) -> None:
    import asyncio  # here, not at module level: sync-only users never pay for importing it

    await asyncio.sleep(seconds)


def _text(response: httpx.Response) -> str:
    """``response.text``, decoded without httpx's charset parsing when the answer is plain UTF-8.

    httpx reads the charset out of the Content-Type with the ``email`` package, then decodes with
    ``errors="replace"``: more than the rest of parsing a small answer. Without a charset parameter
    and with the default encoding, httpx decodes UTF-8, and a strict decode of valid UTF-8 gives the
    same text; anything else (a charset, an encoding set on the response, invalid bytes) goes to httpx.
    """
    known = response.__dict__
    if "_text" not in known and "_encoding" not in known and response.default_encoding == "utf-8":
        content_type = response.headers.get("content-type")
        if content_type is None or "charset" not in content_type.lower():
            try:
                text: str = response.content.decode("utf-8")
            except UnicodeDecodeError:
                return response.text
            response._text = text  # cached as httpx caches it: later .text reads are the same string
            return text
    return response.text


def _retry_after(value: str | None) -> float | None:
    """Seconds a ``Retry-After`` asks for; ``None`` when absent, unreadable, not positive or not finite."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        seconds = when.timestamp() - time.time()
    return seconds if math.isfinite(seconds) and seconds > 0 else None


def _advice(op: OperationSpec[Any]) -> str:
    if op.outcome_check is not None:
        return op.outcome_check.advice()
    return "check whether it took effect before sending it again"


def _reason(exc: BaseException) -> str:
    """The distinct messages of an exception's chain (``All connection attempts failed; [Errno 111] ...``)."""
    seen: set[int] = set()
    texts: list[str] = []
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(texts) < 3:
        seen.add(id(current))
        text = str(current).strip()
        if text and not any(text in t for t in texts):
            texts.append(text)
        current = current.__cause__ or current.__context__
    return "; ".join(texts) or "no detail"


def _scrub(exc: BaseException) -> None:
    """Clear the locals of the finished frames under ``exc`` and its chain: they hold request headers.

    The exception stays the ``__cause__`` of ours, its traceback (files and lines) intact.
    Frames still running (the caller's, ours) cannot be cleared and are skipped.
    """
    pending: list[BaseException | None] = [exc]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if current.__traceback__ is not None:
            traceback.clear_frames(current.__traceback__)
        pending += [current.__cause__, current.__context__]


_DIGITS = re.compile(r"\d+")
# json.dumps(payload, separators=(",", ":")) makes this encoder anew on every call
_COMPACT_JSON = json.JSONEncoder(separators=(",", ":"))


def _likely_typos(model: pydantic.BaseModel, where: str = "") -> list[dict[str, Any]]:
    """Unknown fields, at any depth, whose name is one letter or so from a field the spec declares.

    Unknown fields are sent as given (an API may accept more than its spec says, and
    ``extra_body`` is there for that), but ``shiping_code`` next to a declared ``shipping_code``
    is a typo that would silently drop the intended value: refused, naming the field it resembles.
    Not when the declared field is given too, nor when the names differ only by their numbers.
    """
    found: list[dict[str, Any]] = []
    wire, nested = _fields_of(type(model))
    extra = model.model_extra
    if extra:
        given = {wire[name] for name in model.model_fields_set if name in wire}
        for key in extra:
            close = difflib.get_close_matches(str(key), list(wire.values()), n=1, cutoff=0.8)
            if not close or close[0] in given or _DIGITS.sub("", str(key)) == _DIGITS.sub("", close[0]):
                continue
            found.append(
                {
                    "field": f"{where}{key}",
                    "message": f"not a field of {type(model).__name__}; did you mean {close[0]!r}?",
                    "type": "likely_typo",
                }
            )
    for name in model.model_fields_set:
        if name in wire and name not in nested:
            continue  # a field whose type holds no model (checked once per model class)
        label = "" if isinstance(model, pydantic.RootModel) else wire.get(name, name)  # a bare-array body
        for index, item in _models_in(getattr(model, name, None)):
            found.extend(_likely_typos(item, f"{where}{label}{index}."))
    return found


_FIELDS: dict[type[pydantic.BaseModel], tuple[dict[str, str], frozenset[str]]] = {}


def _fields_of(cls: type[pydantic.BaseModel]) -> tuple[dict[str, str], frozenset[str]]:
    """A model class's wire name per field, and the fields whose values may hold models (cached)."""
    known = _FIELDS.get(cls)
    if known is None:
        fields = cls.model_fields
        wire = {name: info.alias or name for name, info in fields.items()}
        nested = frozenset(name for name, info in fields.items() if _may_hold_models(info.annotation))
        known = _FIELDS[cls] = (wire, nested)
    return known


# Types whose validated values are never models, nor lists, tuples or dicts that could hold one.
_LEAF_TYPES = (str, bytes, int, float, complex, enum.Enum, datetime.date, datetime.time, datetime.timedelta,
               uuid.UUID, decimal.Decimal)  # fmt: skip


def _may_hold_models(annotation: object, depth: int = 0) -> bool:
    """Whether a value of this type can be, or directly contain, a model; True when unsure."""
    if annotation is None or annotation is type(None):
        return False
    if isinstance(annotation, type) and not typing.get_args(annotation):
        return not issubclass(annotation, _LEAF_TYPES)
    origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return False
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        args = args[:1]
    elif origin not in (typing.Union, types.UnionType, list, tuple, dict, Mapping, Sequence):
        return True  # Any, a TypeVar, a forward reference, another container: assume it may
    if not args or depth > 20:
        return True
    return any(arg is not Ellipsis and _may_hold_models(arg, depth + 1) for arg in args)


def _models_in(value: object) -> list[tuple[str, pydantic.BaseModel]]:
    """The models directly inside a field's value, each with its index path (``[0]``, ``['key']``)."""
    if isinstance(value, pydantic.BaseModel):
        return [("", value)]
    if isinstance(value, (list, tuple)):
        return [(f"[{i}]", v) for i, v in enumerate(value) if isinstance(v, pydantic.BaseModel)]
    if isinstance(value, dict):
        return [(f"[{k!r}]", v) for k, v in value.items() if isinstance(v, pydantic.BaseModel)]
    return []


def _checked_key(value: object, source: str) -> _Secret:
    """A credential as sent: a string an HTTP header can carry. Errors name the argument, never the value."""
    if isinstance(value, _Opaque):
        value = value.value
    if not isinstance(value, str):
        raise ConfigurationError(f"{source} must be a str, not {type(value).__name__}")
    value = _Secret(value)  # every local of this frame stays redacted
    text = _Secret(value.rstrip("\r\n"))
    if len(text) != len(value):
        log.debug("%s: removed the trailing newline", source)
    if not text:
        raise ConfigurationError(f"{source} is empty")
    if text != text.strip():
        raise ConfigurationError(f"{source} has leading or trailing whitespace; keys have none: remove it")
    for position, char in enumerate(text, 1):
        if not " " <= char <= "~":
            name = unicodedata.name(char, "a control character")
            raise ConfigurationError(
                f"{source} contains U+{ord(char):04X} ({name}) at character {position}, which an HTTP header "
                "cannot carry; it was probably copied with the key: type that part again"
            )
    return text


def _check_base_url(value: object, source: str) -> None:
    try:
        url = httpx.URL(str(value))
    except (httpx.InvalidURL, TypeError, ValueError):
        raise ConfigurationError(f"{source} is not a valid URL") from None
    if url.scheme not in ("http", "https") or not url.host:
        shown = f" {str(value)!r}" if not url.userinfo else ""
        raise ConfigurationError(
            f"{source}{shown} must be an absolute http:// or https:// URL with a host, "
            "like https://api.example.com/v3"
        )


def _checked_timeout(value: Timeout, source: str) -> Timeout:
    """``value`` if it is a usable timeout: seconds >= 0, an ``httpx.Timeout`` of such, or None."""
    if value is None:
        return None
    if isinstance(value, httpx.Timeout):
        parts: list[object] = list(value.as_dict().values())
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        parts = [value]
    else:
        raise ConfigurationError(f"{source} must be seconds, an httpx.Timeout or None, not {type(value).__name__}")
    for part in parts:
        if part is not None and not (isinstance(part, (int, float)) and math.isfinite(part) and part >= 0):
            raise ConfigurationError(
                f"{source} must be a finite number of seconds >= 0 (or None for none), not {part!r}"
            )
    return value


def _checked_deadline(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise ConfigurationError(f"deadline must be a positive number of seconds or None, not {value!r}")
    return float(value)


def _checked_retries(value: object, source: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ConfigurationError(f"{source} must be an int >= 0, not {value!r}")
    return value


def _checked_limits(limits: httpx.Limits | None, http_client: object) -> httpx.Limits:
    if limits is None:
        return DEFAULT_CONNECTION_LIMITS
    if not isinstance(limits, httpx.Limits):
        raise ConfigurationError(f"connection_limits must be an httpx.Limits, not {type(limits).__name__}")
    if http_client is not None:
        raise ConfigurationError(
            "connection_limits sizes the client's own pool: give your http_client its limits instead"
        )
    return limits


def _log_response(built: _Built, response: httpx.Response, started: float, attempt: int) -> None:
    if log.isEnabledFor(logging.DEBUG):
        elapsed = (time.monotonic() - started) * 1000
        log.debug(
            "%s %s -> %s in %.0f ms (attempt %d)",
            built.request.method,
            built.redacted_url,
            response.status_code,
            elapsed,
            attempt + 1,
        )


def _log_failure(built: _Built, attempt: int, exc: Exception) -> None:
    log.debug(
        "%s %s failed: %s (attempt %d)", built.request.method, built.redacted_url, type(exc).__name__, attempt + 1
    )


def _log_retry(built: _Built, attempt: int, reason: str, delay: float) -> None:
    log.debug(
        "retrying %s %s after %s in %.2f s (attempt %d)",
        built.request.method,
        built.redacted_url,
        reason,
        delay,
        attempt + 2,
    )


def _scalar(value: object) -> str:
    """A query/path/header/form value as text: JSON spellings for booleans, ISO for dates."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value)


def _merge_headers(headers: dict[str, str], extra: Mapping[str, str]) -> None:
    """``headers.update(extra)``, where a name replaces the same name in any letter case."""
    for name, value in extra.items():
        lower = name.lower()
        for existing in [k for k in headers if k.lower() == lower and k != name]:
            del headers[existing]
        headers[name] = value


def _path_value(value: object, spec: Param) -> str:
    """A path segment (style simple): each value percent-encoded, the delimiters kept."""
    if isinstance(value, (list, tuple)):
        return ",".join(quote(_scalar(v), safe="") for v in value)
    if isinstance(value, Mapping):
        sep = "=" if spec.explode else ","
        return ",".join(f"{quote(str(k), safe='')}{sep}{quote(_scalar(v), safe='')}" for k, v in value.items())
    return quote(_scalar(value), safe="")


def _flat(value: object, spec: Param) -> str:
    """simple/form/label/matrix values for path, header and cookie parameters."""
    if isinstance(value, (list, tuple)):
        return ",".join(_scalar(v) for v in value)
    if isinstance(value, Mapping):
        sep = "=" if spec.explode else ","
        return ",".join(f"{k}{sep}{_scalar(v)}" for k, v in value.items())
    return _scalar(value)


def _query_pairs(spec: Param, value: object) -> list[tuple[str, str]]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        if spec.explode and spec.style == "form":
            return [(spec.wire, _scalar(v)) for v in value]
        sep = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(spec.style, ",")
        return [(spec.wire, sep.join(_scalar(v) for v in value))]
    if isinstance(value, pydantic.BaseModel):
        value = value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        if spec.style == "deepObject":
            return [(f"{spec.wire}[{k}]", _scalar(v)) for k, v in value.items()]
        if spec.explode:
            return [(str(k), _scalar(v)) for k, v in value.items()]
        return [(spec.wire, ",".join(f"{k},{_scalar(v)}" for k, v in value.items()))]
    return [(spec.wire, _scalar(value))]


def _same(given: Any, dumped: Any) -> bool:
    """Whether the dumped payload equals what was given, so that :func:`_keep_strings` would change nothing."""
    try:
        return bool(given == dumped)
    except Exception:  # an argument whose == fails or is ambiguous (an array): compare part by part
        return False


def _keep_strings(given: Any, dumped: Any) -> Any:
    """The dumped payload, except that a string the caller passed is sent exactly as passed.

    Validation parses strings into datetimes, UUIDs or enums and dumping re-spells them
    (``.8211438`` becomes ``.821143``); what the caller wrote is what the API should receive.
    """
    if isinstance(given, str) and isinstance(dumped, str):
        return given
    if isinstance(given, Mapping) and isinstance(dumped, dict):
        return {k: _keep_strings(given[k], v) if k in given else v for k, v in dumped.items()}
    if isinstance(given, (list, tuple)) and isinstance(dumped, list) and len(given) == len(dumped):
        return [_keep_strings(g, d) for g, d in zip(given, dumped, strict=True)]
    return dumped


def _jsonable(value: Any) -> Any:
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def _first_error(exc: pydantic.ValidationError) -> str:
    err = exc.errors(include_url=False)[0]
    where = ".".join(str(p) for p in err["loc"]) or "body"
    return f"{where}: {err['msg']}"
