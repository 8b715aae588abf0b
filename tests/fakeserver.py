"""A spec-driven fake FinerWorks server for tests: real HTTP on 127.0.0.1, scripted replies.

::

    with FakeServer("spec/finerworks.yaml", prefix="/v3") as server:
        server.script("delete_images", Reply(status=503), Reply(json={...}))
        client = FinerWorks(web_api_key="k", app_key="a", base_url=server.base_url)
        ...
        assert server.requests[-1].errors == []

What it does with each request:

1. match method + path (relative to ``prefix``) to an operation of the spec (path templates work);
2. validate it against the spec: the security headers of one satisfiable security alternative,
   the query parameters (required, and their schemas after converting the text to the schema's
   type), and the JSON body against the operation's request schema (JSON Schema 2020-12, the whole
   spec registered so that ``#/components/...`` resolves; ``format`` is checked);
3. record it in :attr:`FakeServer.requests` (a :class:`Recorded`), errors included;
4. answer: HTTP 400 with the errors if validation failed; otherwise the next scripted
   :class:`Reply` for the operation id (:meth:`FakeServer.script`), else the operation's
   responder (:meth:`FakeServer.respond_with`), else the default reply (the operation's documented 200
   example, else a successful FinerWorks status envelope).

Unmatched paths get 404 (recorded with ``operation_id=None``). The server speaks HTTP/1.1 with
keep-alive, in daemon threads, so it never holds up the end of a test run.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
import socket
import struct
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

__all__ = ["FakeServer", "Recorded", "Reply", "ok_envelope"]

SPEC_URI = "urn:fakeserver:spec"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def ok_envelope(message: str = "") -> dict[str, Any]:
    """The body of a plain successful FinerWorks answer."""
    return {"status": {"success": True, "status_code": 200, "message": message, "debug": None}}


@dataclass
class Reply:
    """One scripted answer.

    ``json`` is serialised as the body (``body`` gives raw bytes instead). ``delay`` sleeps before
    answering (client timeouts). ``reset`` closes the connection without answering. ``truncate``
    sends a complete HTTP response whose JSON body is cut in the middle (Content-Length matches the
    cut body, so only the JSON parser can notice).
    """

    status: int = 200
    json: Any = None
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    reset: bool = False
    truncate: bool = False


@dataclass
class Recorded:
    """One request as the server received it.

    ``headers`` keys are lower-cased; a header sent twice appears once, its values joined by ", ".
    """

    method: str
    path: str  # relative to the prefix, e.g. "/delete_images"
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    json: Any
    operation_id: str | None
    errors: list[str]


@dataclass
class _Operation:
    operation_id: str
    method: str
    pattern: re.Pattern[str]
    node: dict[str, Any]
    pointer: str  # JSON pointer of the operation in the spec
    security: list[dict[str, Any]]


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


class FakeServer:
    """Loads an OpenAPI spec and serves it on ``127.0.0.1:<ephemeral port>`` until closed."""

    def __init__(self, spec: str | Path | dict[str, Any], *, prefix: str = "/v3") -> None:
        if isinstance(spec, dict):
            self.spec = spec
        else:
            self.spec = _load_spec(str(Path(spec).resolve()), Path(spec).stat().st_mtime_ns)
        self.prefix = "/" + prefix.strip("/") if prefix.strip("/") else ""
        self.requests: list[Recorded] = []
        self._queues: dict[str, deque[Reply]] = defaultdict(deque)
        self._responders: dict[str, Callable[[Recorded], Reply]] = {}
        self._lock = threading.Lock()
        self._registry = Registry().with_resource(
            SPEC_URI, Resource.from_contents(self.spec, default_specification=DRAFT202012)
        )
        self._schemes = (self.spec.get("components") or {}).get("securitySchemes") or {}
        self.operations = self._load_operations()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- the spec -------------------------------------------------------------------------
    def _load_operations(self) -> dict[str, _Operation]:
        out: dict[str, _Operation] = {}
        global_security = self.spec.get("security") or []
        for path, item in (self.spec.get("paths") or {}).items():
            for method in METHODS:
                node = item.get(method)
                if not isinstance(node, dict):
                    continue
                regex = re.sub(r"\\{([^}]+)\\}", r"(?P<\1>[^/]+)", re.escape(path))
                op_id = node.get("operationId") or f"{method}_{path}"
                out[op_id] = _Operation(
                    operation_id=op_id,
                    method=method.upper(),
                    pattern=re.compile(f"^{regex}$"),
                    node=node,
                    pointer=f"#/paths/{_escape(path)}/{method}",
                    security=node.get("security", global_security) or [],
                )
        return out

    def _resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            node = self._registry.resolver(SPEC_URI).lookup(node["$ref"]).contents
        return node

    def _validator(self, pointer: str) -> Draft202012Validator:
        return Draft202012Validator(
            {"$ref": f"{SPEC_URI}{pointer}"},
            registry=self._registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )

    def match(self, method: str, path: str) -> _Operation | None:
        for op in self.operations.values():
            if op.method == method and op.pattern.match(path):
                return op
        return None

    # -- validation -----------------------------------------------------------------------
    def validate(self, op: _Operation, query: dict[str, list[str]], headers: dict[str, str], body: bytes) -> list[str]:
        """Everything wrong with a request for ``op``, as readable strings (empty when valid)."""
        errors: list[str] = []
        if op.security:
            missing_per_alt = []
            for alternative in op.security:
                missing = [
                    self._schemes[key].get("name", key)
                    for key in alternative
                    if self._schemes.get(key, {}).get("in", "header") == "header"
                    and not headers.get(str(self._schemes[key].get("name", key)).lower())
                ]
                missing_per_alt.append(missing)
            if all(missing_per_alt):
                errors.append("security: missing header(s) " + ", ".join(missing_per_alt[0]))
        for i, raw in enumerate(op.node.get("parameters") or []):
            param = self._resolve(raw)
            if param.get("in") != "query":
                continue
            name = param["name"]
            if name not in query:
                if param.get("required"):
                    errors.append(f"query: {name} is required")
                continue
            schema = self._resolve(param.get("schema") or {})
            values = query[name]
            value: Any = (
                [_typed(v, schema.get("items") or {}) for v in values]
                if schema.get("type") == "array"
                else _typed(values[-1], schema)
            )
            pointer = f"{op.pointer}/parameters/{i}/schema"
            for err in self._validator(pointer).iter_errors(value):
                errors.append(f"query: {name}: {err.message}")
        request_body = self._resolve(op.node.get("requestBody"))
        if isinstance(request_body, dict):
            media = next((m for m in (request_body.get("content") or {}) if "json" in m), None)
            if media is None:
                return errors
            if not body:
                if request_body.get("required"):
                    errors.append("body: a JSON body is required")
                return errors
            if "json" not in headers.get("content-type", ""):
                errors.append(f"body: content-type is {headers.get('content-type')!r}, expected {media}")
            try:
                data = json.loads(body)
            except ValueError as exc:
                errors.append(f"body: not JSON ({exc})")
                return errors
            pointer = f"{op.pointer}/requestBody/content/{_escape(media)}/schema"
            if "$ref" in op.node["requestBody"]:
                pointer = op.node["requestBody"]["$ref"] + f"/content/{_escape(media)}/schema"
            for err in sorted(self._validator(pointer).iter_errors(data), key=lambda e: list(e.absolute_path)):
                where = ".".join(str(p) for p in err.absolute_path) or "(root)"
                errors.append(f"body: {where}: {err.message}")
        elif body:
            errors.append("body: this operation takes no request body")
        return errors

    # -- replies --------------------------------------------------------------------------
    def script(self, operation_id: str, *replies: Reply) -> None:
        """Queue replies for an operation; each request takes the next one, then defaults resume."""
        if operation_id not in self.operations:
            raise KeyError(f"no operation {operation_id!r} in the spec")
        with self._lock:
            self._queues[operation_id].extend(replies)

    def respond_with(self, operation_id: str, responder: Callable[[Recorded], Reply]) -> None:
        """Answer an operation by calling ``responder(request)`` (after any scripted replies)."""
        if operation_id not in self.operations:
            raise KeyError(f"no operation {operation_id!r} in the spec")
        self._responders[operation_id] = responder

    def default_reply(self, op: _Operation) -> Reply:
        response = self._resolve((op.node.get("responses") or {}).get("200") or {})
        for media in (response.get("content") or {}).values():
            if "example" in media:
                return Reply(json=media["example"])
            for example in (media.get("examples") or {}).values():
                example = self._resolve(example)
                if isinstance(example, dict) and "value" in example:
                    return Reply(json=example["value"])
        return Reply(json=ok_envelope())

    def _next_reply(self, op: _Operation, request: Recorded) -> Reply:
        with self._lock:
            queue = self._queues[op.operation_id]
            if queue:
                return queue.popleft()
        if op.operation_id in self._responders:
            return self._responders[op.operation_id](request)
        return self.default_reply(op)

    def requests_for(self, operation_id: str) -> list[Recorded]:
        return [r for r in self.requests if r.operation_id == operation_id]

    # -- lifecycle ------------------------------------------------------------------------
    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>`` (no prefix)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port><prefix>``: what the client's ``base_url`` should be."""
        return self.url + self.prefix

    def start(self) -> FakeServer:
        handler = type("Handler", (_Handler,), {"fake": self})
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler, bind_and_activate=False)
        httpd.daemon_threads = True
        httpd.request_queue_size = 256  # many concurrent async clients connect at once
        httpd.server_bind()
        httpd.server_activate()
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


@functools.lru_cache(maxsize=8)
def _load_spec(path: str, mtime_ns: int) -> dict[str, Any]:
    """A spec file parsed once per test session (and again when it changes); treat it as read-only."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=loader)


def _typed(text: str, schema: dict[str, Any]) -> Any:
    """A query-string value converted to the type its schema asks for (left as text if it fails)."""
    types = schema.get("type")
    types = types if isinstance(types, list) else [types]
    try:
        if "integer" in types:
            return int(text)
        if "number" in types:
            return float(text)
    except ValueError:
        return text
    if "boolean" in types and text in ("true", "false"):
        return text == "true"
    return text


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    fake: FakeServer

    def _handle(self) -> None:
        fake = self.fake
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        url = urlsplit(self.path)
        headers: dict[str, str] = {}
        for key, value in self.headers.items():  # a repeated header is joined with ", " (RFC 9110)
            key = key.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        query = parse_qs(url.query, keep_blank_values=True)
        path = url.path
        op = None
        if path == fake.prefix or path.startswith(fake.prefix + "/"):
            path = path[len(fake.prefix) :] or "/"
            op = fake.match(self.command, path)
        try:
            parsed = json.loads(body) if body else None
        except ValueError:
            parsed = None
        errors = fake.validate(op, query, headers, body) if op else [f"no operation for {self.command} {url.path}"]
        recorded = Recorded(self.command, path, query, headers, body, parsed, op.operation_id if op else None, errors)
        with fake._lock:
            fake.requests.append(recorded)
        if op is None:
            return self._send(
                Reply(404, json={"status": {"success": False, "status_code": 404, "message": errors[0], "debug": None}})
            )
        if errors:
            return self._send(
                Reply(
                    400,
                    json={
                        "status": {
                            "success": False,
                            "status_code": 400,
                            "message": "; ".join(errors),
                            "debug": {"errors": errors},
                        }
                    },
                )
            )
        self._send(fake._next_reply(op, recorded))

    def _send(self, reply: Reply) -> None:
        if reply.delay:
            time.sleep(reply.delay)
        if reply.reset:
            # Close at once, with RST where possible, without writing a byte of answer.
            with contextlib.suppress(OSError):
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        if reply.body is not None:
            payload = reply.body
        elif reply.json is not None:
            payload = json.dumps(reply.json).encode()
        else:
            payload = b""
        if reply.truncate:
            payload = payload[: max(1, len(payload) // 2)]
        try:
            self.send_response(reply.status)
            headers = {"Content-Type": "application/json", **reply.headers}
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (timeout) before the answer came

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _handle

    def log_message(self, format: str, *args: Any) -> None:
        pass
