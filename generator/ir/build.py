"""Stage 3, build the IR: a validated OpenAPI document → :class:`~generator.ir.nodes.Api`.

This is the only stage that interprets OpenAPI. It resolves references, picks content types,
applies our extensions (``x-method-name``, ``x-idempotent``, ``x-pagination``, ``x-client-name``,
``x-environment``, ``x-outcome-check``) and asks :mod:`generator.naming` for every Python name.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from typing import Any

from generator import __version__, naming
from generator.errors import Problems, SpecError, Warnings, pointer_of
from generator.ir import types
from generator.ir.nodes import (
    ErrorBody,
    ErrorRule,
    Api,
    AuthScheme,
    Body,
    BodyField,
    ModelClass,
    Operation,
    OutcomeCheck,
    Pagination,
    Parameter,
    Resource,
    Response,
    Server,
)
from generator.ir.schemas import SchemaCatalog
from generator.ir.types import TypeNode
from generator.load import SpecDocument
from generator.runtime import _exceptions as runtime_exceptions
from generator.validate import HTTP_METHODS, resolve_pointer

# Methods that are safe to repeat by HTTP semantics; POSTs opt in with ``x-idempotent: true``.
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
# Preference order when an operation offers several request content types.
_BODY_PREFERENCE = ("json", "multipart", "form", "text", "binary")
# Header parameters OpenAPI says to ignore: the runtime owns them.
_RUNTIME_HEADERS = frozenset({"accept", "content-type", "authorization"})


def encoding_of(content_type: str) -> str:
    """Classify a media type: json, form, multipart, text or binary."""
    base = content_type.split(";")[0].strip().lower()
    if base == "application/json" or base.endswith("+json") or base == "*/*" or base == "text/json":
        return "json"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base.startswith("multipart/"):
        return "multipart"
    if base.startswith("text/") or base in ("application/xml", "application/yaml"):
        return "text"
    return "binary"


class _Builder:
    def __init__(self, doc: SpecDocument, package: str) -> None:
        self.doc = doc
        self.data = doc.data
        self.package = package
        self.warnings: Warnings = doc.warnings
        self.catalog = SchemaCatalog(self.data, self.warnings)
        # Every problem of the document, reported together at the end (as check_spec's are); a
        # part with a problem is left out, so that the rest is still checked.
        self.problems = Problems()
        self.refused: set[str] = set()  # operationIds of operations left out for a problem

    def collect(self, kind: str, build: Any, *args: Any) -> Any:
        """``build(*args)``, or None with its problem(s) noted under ``kind`` (unless they name theirs)."""
        try:
            return build(*args)
        except SpecError as exc:
            for problem in exc.problems:
                problem.kind = problem.kind or kind
            self.problems.extend(exc.problems)
            return None

    # -- helpers --------------------------------------------------------------------------
    def deref(self, node: Any) -> Any:
        """Follow ``$ref`` chains (to any component kind) to the node they name."""
        return self.deref_located(node, "")[0]

    def deref_located(self, node: Any, where: str) -> tuple[Any, str]:
        """Like :meth:`deref`, plus where the node lives: ``#``-pointer of the last ``$ref`` target.

        A schema inside ``components/responses/X`` or ``components/requestBodies/X`` gets the
        same class whether an operation uses the response by ``$ref`` or refers to its schema
        directly (``#/components/responses/X/content/application~1json/schema``).
        """
        location = where
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise SpecError(f"circular $ref {ref!r}", ref.lstrip("#"), kind="circular $ref")
            seen.add(ref)
            node, location = resolve_pointer(self.data, ref), ref
        return node, location

    def schema_pointer(self, node: Any, fallback: str) -> tuple[Any, str]:
        """A schema and the pointer naming it: the ref target when it is a ``$ref``."""
        if isinstance(node, dict) and isinstance(node.get("$ref"), str) and len(node) == 1:
            ref = node["$ref"]
            return resolve_pointer(self.data, ref), ref
        return node, fallback

    # -- top level ------------------------------------------------------------------------
    def build(self) -> Api:
        info = self.data.get("info") or {}
        client = info.get("x-client-name") or naming.class_name(self.package)
        if not isinstance(client, str) or not re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", client):
            self.problems.add(
                f"x-client-name {client!r} is not a valid class name", "/info/x-client-name", kind="x-client-name"
            )
            client = naming.class_name(self.package)
        self.catalog.register_components()
        auth = self.auth()
        resources = self.resources({a.key for a in auth})
        self.catalog.finish()
        models = [
            ModelClass(name=name, pointer=self.catalog.pointers[name], fields=self.catalog.fields.get(name, {}))
            for name in self.catalog.defs
        ]
        envelope = self.collect("x-status-envelope", self.envelope, info)
        error_body = self.collect("x-error-body", self.error_body, info)
        self.problems.raise_if_any()
        return Api(
            title=str(info.get("title") or self.package),
            api_version=str(info.get("version") or ""),
            description=str(info.get("description") or ""),
            package=self.package,
            client_class=client,
            async_client_class=f"Async{client}",
            env_prefix=re.sub(r"[^A-Z0-9]+", "_", self.package.upper()).strip("_"),
            spec_sha256=self.doc.sha256,
            generator_version=__version__,
            servers=self.servers(),
            auth=auth,
            resources=resources,
            models=models,
            model_schemas={"$defs": self.catalog.defs},
            envelope=envelope,
            error_body=error_body,
        )

    def envelope(self, info: dict[str, Any]) -> dict[str, str] | None:
        """``info.x-status-envelope``: a status object in every response (FinerWorks' ``status``)."""
        spec = info.get("x-status-envelope")
        if spec is None:
            return None
        keys = ("field", "success", "message", "debug")
        if not isinstance(spec, dict) or not all(isinstance(spec.get(k), str) for k in keys):
            raise SpecError(
                "x-status-envelope needs string entries field, success, message, debug", "/info/x-status-envelope"
            )
        return {k: spec[k] for k in keys}

    def error_body(self, info: dict[str, Any]) -> ErrorBody | None:
        """``info.x-error-body``: how the API's error responses carry a message and per-field errors.

        Checked strictly: a typo here would silently turn every error message into raw JSON.
        """
        spec = info.get("x-error-body")
        here = "/info/x-error-body"
        if spec is None:
            return None
        if not isinstance(spec, dict):
            raise SpecError("x-error-body must be an object with message, field-errors and rules", here)
        _no_unknown_keys(spec, ("message", "field-errors", "rules"), here)
        message = spec.get("message", [])
        if isinstance(message, str):
            message = [message]
        if not isinstance(message, list):
            raise SpecError("x-error-body message must be a JSON pointer or a list of them", f"{here}/message")
        for i, pointer in enumerate(message):
            _json_pointer(pointer, f"{here}/message/{i}")
        field_errors = spec.get("field-errors")
        if field_errors is not None:
            _json_pointer(field_errors, f"{here}/field-errors")
        rules = spec.get("rules") or []
        if not isinstance(rules, list):
            raise SpecError("x-error-body rules must be a list", f"{here}/rules")
        out: list[ErrorRule] = []
        for i, rule in enumerate(rules):
            at = f"{here}/rules/{i}"
            if not isinstance(rule, dict):
                raise SpecError("an x-error-body rule must be an object with error, status, field-suffix", at)
            _no_unknown_keys(rule, ("error", "status", "field-suffix"), at)
            error = rule.get("error")
            if error not in ERROR_CLASSES:
                close = difflib.get_close_matches(str(error), ERROR_CLASSES, n=1)
                hint = f"did you mean {close[0]!r}? " if close else ""
                raise SpecError(
                    f"x-error-body rule error {error!r} is not an exception class of the client",
                    f"{at}/error",
                    hint=hint + "one of " + ", ".join(ERROR_CLASSES),
                )
            status = rule.get("status")
            if status is not None and (
                not isinstance(status, int) or isinstance(status, bool) or not 400 <= status <= 599
            ):
                raise SpecError(
                    f"x-error-body rule status {status!r} is not an HTTP error status (400-599)", f"{at}/status"
                )
            suffix = rule.get("field-suffix")
            if suffix is not None and (not isinstance(suffix, str) or not suffix):
                raise SpecError("x-error-body rule field-suffix must be a non-empty string", f"{at}/field-suffix")
            if suffix is not None and field_errors is None:
                raise SpecError("x-error-body rule has field-suffix but no field-errors pointer is declared", at)
            if status is None and suffix is None:
                raise SpecError("x-error-body rule needs status, field-suffix or both: it would match every error", at)
            out.append(ErrorRule(error=str(error), status=status, field_suffix=suffix))
        return ErrorBody(message=[str(m) for m in message], field_errors=field_errors, rules=out)

    def servers(self) -> list[Server]:
        out: list[Server] = []
        taken: set[str] = set()
        for i, server in enumerate(self.data.get("servers") or [{"url": "/"}]):
            url = str(server.get("url", "/"))
            for var, spec in (server.get("variables") or {}).items():
                url = url.replace("{" + var + "}", str(spec.get("default", "")))
            description = str(server.get("description") or "")
            env = server.get("x-environment") or (description if len(description) < 30 else "") or f"server_{i}"
            name = naming.unique(naming.snake(str(env), fallback=f"server_{i}"), taken)
            out.append(Server(environment=name, url=url.rstrip("/"), description=description))
        return out

    def auth(self) -> list[AuthScheme]:
        schemes = (self.data.get("components") or {}).get("securitySchemes") or {}
        out: list[AuthScheme] = []
        security = self.data.get("security") or []
        first = security[0] if security and isinstance(security[0], dict) else {}
        default_schemes = set(first) if {} not in security else set()
        taken: set[str] = {"base_url", "environment", "timeout", "max_retries", "default_headers", "http_client"}
        for key, raw in schemes.items():
            scheme = self.deref(raw)
            kind = scheme.get("type")
            where = pointer_of(("components", "securitySchemes", key))
            if kind == "apiKey":
                entry = ("api_key", scheme.get("in", "header"), str(scheme.get("name", key)), key)
            elif kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
                entry = ("basic", "header", "Authorization", key)
            elif kind in ("http", "oauth2", "openIdConnect"):
                entry = ("bearer", "header", "Authorization", key if kind == "http" else f"{key}_token")
            else:
                self.warnings.add(f"security scheme type {kind!r} is not supported; ignored", where, "unsupported-auth")
                continue
            argument = naming.unique(naming.argument_name(entry[3]), taken)
            out.append(
                AuthScheme(
                    key=key,
                    kind=entry[0],
                    location=entry[1],
                    wire_name=entry[2],
                    argument=argument,
                    env_var=f"{re.sub(r'[^A-Z0-9]+', '_', self.package.upper())}_{argument.upper().strip('_')}",
                    required=key in default_schemes,
                )
            )
        return out

    # -- operations -----------------------------------------------------------------------
    def resources(self, known_schemes: set[str]) -> list[Resource]:
        grouped: dict[str, list[Operation]] = {}
        tag_docs = {
            t.get("name"): str(t.get("description") or "") for t in self.data.get("tags") or [] if isinstance(t, dict)
        }
        attr_of: dict[str, str] = {}
        taken_attrs: set[str] = set()
        method_names: dict[str, set[str]] = {}
        seen_ids: set[str] = set()
        global_security = self.data.get("security")
        for path, raw_item in (self.data.get("paths") or {}).items():
            item = self.deref(raw_item)
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                where = pointer_of(("paths", path, method))
                tags = op.get("tags") or ["default"]
                tag = str(tags[0])
                if tag not in attr_of:
                    attr_of[tag] = naming.unique(naming.attribute_name(tag), taken_attrs)
                attribute = attr_of[tag]
                op_id = op.get("operationId")
                if not op_id:
                    op_id = naming.snake(f"{method}_{path}")
                    self.warnings.add(f"operation has no operationId; named {op_id!r}", where, "missing-operation-id")
                op_id = str(op_id)
                if op_id in seen_ids:
                    op_id = naming.unique(op_id, seen_ids)
                seen_ids.add(op_id)
                wanted = op.get("x-method-name") or op_id
                name = naming.unique(naming.method_name(str(wanted)), method_names.setdefault(attribute, set()))
                operation = self.collect(
                    "operation",
                    self.operation,
                    *(path, method, item, op, op_id, name, attribute, where, global_security, known_schemes),
                )
                if operation is None:
                    self.refused.add(op_id)
                    continue
                grouped.setdefault(tag, []).append(operation)
        self.resolve_outcome_checks(grouped)
        resources = []
        taken_modules: set[str] = set()
        # Resources in the order of the tags declaration (then undeclared tags as they first appear),
        # operations in document order: adding an endpoint changes only its own lines.
        declared = {name: i for i, name in enumerate(tag_docs)}
        for tag in sorted(grouped, key=lambda t: declared.get(t, len(declared))):
            ops, attribute = grouped[tag], attr_of[tag]
            annotations = [node for op in ops for node in _types(op)]
            validators = [node for op in ops for node in op.validators]
            cls = naming.class_name(tag)
            resources.append(
                Resource(
                    attribute=attribute,
                    module=naming.unique(naming.module_name(attribute), taken_modules),
                    class_name=f"{cls}Resource",
                    async_class_name=f"Async{cls}Resource",
                    description=tag_docs.get(tag, ""),
                    operations=ops,
                    imports=sorted({imp for node in annotations for imp in node.imports()}),
                    uses_models=any(node.models() for node in [*annotations, *validators]),
                )
            )
        return resources

    def resolve_outcome_checks(self, grouped: dict[str, list[Operation]]) -> None:
        """Point each ``x-outcome-check`` at its operation's Python access path; unknown ones are errors."""
        by_id = {op.operation_id: op for ops in grouped.values() for op in ops}
        for ops in grouped.values():
            for i, op in enumerate(ops):
                check = op.outcome_check
                if check is None:
                    continue
                here = f"{op.pointer}/x-outcome-check/operation"
                target = by_id.get(check.operation_id)
                if target is None and check.operation_id in self.refused:
                    continue  # the operation is in the spec, and its own problem is reported
                if target is None:
                    close = difflib.get_close_matches(check.operation_id, list(by_id), n=1)
                    self.problems.add(
                        f"x-outcome-check names operation {check.operation_id!r}, which is not in the spec",
                        here,
                        hint=f"did you mean {close[0]!r}?" if close else "name an operationId of this spec",
                        kind="x-outcome-check",
                    )
                    continue
                if target is op:
                    self.problems.add(
                        f"x-outcome-check of {op.operation_id!r} names the operation itself",
                        here,
                        hint="name the operation that looks the result up",
                        kind="x-outcome-check",
                    )
                    continue
                python = f"{target.resource}.{target.name}"
                ops[i] = dataclasses.replace(op, outcome_check=dataclasses.replace(check, python=python))

    def outcome_check(self, op: dict[str, Any], where: str, idempotent: bool) -> OutcomeCheck | None:
        """``x-outcome-check: {operation: <operationId>, by: <what to look it up by>}`` (shape only)."""
        spec = op.get("x-outcome-check")
        if spec is None:
            return None
        here = f"{where}/x-outcome-check"
        if not isinstance(spec, dict):
            raise SpecError(
                "x-outcome-check must be an object: {operation: <operationId>, by: <field>}",
                here,
                hint="for example {operation: fetch_order_status, by: order_po}",
            )
        _no_unknown_keys(spec, ("operation", "by"), here)
        target, by = spec.get("operation"), spec.get("by")
        if not isinstance(target, str) or not target:
            raise SpecError("x-outcome-check needs 'operation': the operationId that checks the outcome", here)
        if by is not None and (not isinstance(by, str) or not by):
            raise SpecError(
                "x-outcome-check 'by' must be a non-empty string (what to look the result up by)", f"{here}/by"
            )
        if idempotent:
            self.warnings.add(
                "x-outcome-check on an operation that is safe to repeat has no effect (it is retried instead)",
                here,
                "outcome-check-idempotent",
            )
        return OutcomeCheck(operation_id=target, python="", by=by)

    def operation(
        self,
        path: str,
        method: str,
        item: dict[str, Any],
        op: dict[str, Any],
        op_id: str,
        name: str,
        resource: str,
        where: str,
        global_security: Any,
        known_schemes: set[str],
    ) -> Operation:
        taken = set(naming.RUNTIME_KWARGS)
        params = self.parameters(item, op, where, taken, op_id)
        params_model = self.params_model(item, op, where, params, op_id)
        body = self.body(op, where, taken, op_id)
        response = self.response(op, where, op_id)
        security = op.get("security", global_security) or []
        alternatives = [[k for k in alt if k in known_schemes] for alt in security if isinstance(alt, dict)]
        idempotent = method.upper() in _IDEMPOTENT_METHODS or op.get("x-idempotent") is True
        if op.get("x-idempotent") is False:
            idempotent = False
        return Operation(
            operation_id=op_id,
            method=method.upper(),
            path=path,
            name=name,
            resource=resource,
            summary=str(op.get("summary") or ""),
            description=str(op.get("description") or ""),
            deprecated=op.get("deprecated") is True,
            idempotent=idempotent,
            security=alternatives,
            parameters=params,
            params_model=params_model,
            body=body,
            response=response,
            pagination=self.collect("x-pagination", self.pagination, op, where, params, body, response),
            pointer=where,
            outcome_check=self.collect("x-outcome-check", self.outcome_check, op, where, idempotent),
        )

    def parameters(
        self, item: dict[str, Any], op: dict[str, Any], where: str, taken: set[str], op_id: str
    ) -> list[Parameter]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        base = where.rsplit("/", 1)[0]
        for origin, params in ((base, item.get("parameters")), (where, op.get("parameters"))):
            for i, raw in enumerate(params or []):
                param = self.deref(raw)
                if isinstance(param, dict) and "name" in param:
                    merged[(str(param["name"]), str(param.get("in")))] = (param, f"{origin}/parameters/{i}")
        out = []
        misplaced: set[str] = set()
        # Required parameters first: keyword-only, but the docs read better that way.
        for (wire, location), (param, here) in sorted(merged.items(), key=lambda kv: not kv[1][0].get("required")):
            if location == "header" and wire.lower() in _RUNTIME_HEADERS:
                self.warnings.add(
                    f"header parameter {wire!r} is managed by the client; ignored", here, "ignored-header"
                )
                continue
            if location not in ("path", "query", "header", "cookie"):
                self.problems.add(f"parameter {wire!r} has unknown location {location!r}", here, kind="parameter")
                misplaced.add(wire)  # not also "no path parameter" for it
                continue
            schema = param.get("schema")
            if schema is None and isinstance(param.get("content"), dict) and param["content"]:
                schema = next(iter(param["content"].values())).get("schema")
            required = location == "path" or param.get("required") is True
            if required and isinstance(self.deref(schema), dict) and "default" in self.deref(schema):
                self.warnings.add(
                    f"required parameter {wire!r} has a default; the default is ignored", here, "required-default"
                )
            type_ = self.catalog.argument_type(schema or {})
            style = str(param.get("style") or ("form" if location in ("query", "cookie") else "simple"))
            explode = param.get("explode", style == "form")
            out.append(
                Parameter(
                    wire_name=wire,
                    argument=naming.unique(naming.argument_name(wire), taken),
                    location=location,
                    required=required,
                    type=type_,
                    style=style,
                    explode=bool(explode),
                    description=str(param.get("description") or ""),
                    deprecated=param.get("deprecated") is True,
                )
            )
        for segment in re.findall(r"{([^}]+)}", op_path_of(where)):
            if segment not in misplaced and not any(p.location == "path" and p.wire_name == segment for p in out):
                message = f"path template variable {{{segment}}} has no path parameter"
                self.problems.add(message, where, kind="path template variable")
        return out

    def params_model(
        self, item: dict[str, Any], op: dict[str, Any], where: str, params: list[Parameter], op_id: str
    ) -> str | None:
        """A model of the operation's parameters, so the client checks them before sending."""
        if not params:
            return None
        schemas: dict[tuple[str, str], Any] = {}
        for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
            param = self.deref(raw)
            if not isinstance(param, dict) or "name" not in param:
                continue
            schema = param.get("schema")
            if schema is None and isinstance(param.get("content"), dict) and param["content"]:
                schema = next(iter(param["content"].values())).get("schema")
            schemas[(str(param["name"]), str(param.get("in")))] = schema if schema is not None else {}
        wanted = {(p.wire_name, p.location) for p in params}
        properties = {wire: schemas.get((wire, loc), {}) for wire, loc in wanted}
        if not any(_checkable(self.deref(schema)) for schema in properties.values()):
            return None  # plain strings only: a model would check nothing the annotations do not
        if len(properties) != len(wanted):  # the same name in two locations: cannot share one model
            return None
        ordered = {p.wire_name: properties[p.wire_name] for p in params}
        schema = {
            "type": "object",
            "properties": ordered,
            "required": [p.wire_name for p in params if p.required],
        }
        return self.catalog.inline_class(f"{where}/x-parameters", schema, f"{op_id}_params")

    def body(self, op: dict[str, Any], where: str, taken: set[str], op_id: str) -> Body | None:
        if "requestBody" not in op:
            return None
        request, location = self.deref_located(op["requestBody"], f"{where}/requestBody")
        content = request.get("content") or {}
        if not content:
            return None
        by_encoding: dict[str, str] = {}
        for media in content:
            by_encoding.setdefault(encoding_of(media), media)
        encoding = next(e for e in _BODY_PREFERENCE if e in by_encoding)
        media = by_encoding[encoding]
        here = _child(location, "content", media, "schema")
        raw_schema = (content[media] or {}).get("schema") or {}
        schema, pointer = self.schema_pointer(raw_schema, here)
        schema = self.deref(schema)
        required = request.get("required") is True
        if encoding in ("text", "binary"):
            raw = types.STR if encoding == "text" else types.FILE_CONTENT
            return Body(media, encoding, None, [], naming.unique("body", taken), raw, required)
        model = self.model_for(raw_schema, pointer, f"{op_id}_request")
        props = schema.get("properties") if isinstance(schema, dict) else None
        if isinstance(props, dict) and props and schema.get("type", "object") == "object":
            needed = set(schema.get("required") or [])
            fields = []
            names = {wire: naming.unique(naming.argument_name(wire), taken) for wire in props}
            for wire, prop in sorted(props.items(), key=lambda kv: kv[0] not in needed):
                fields.append(
                    BodyField(
                        wire_name=wire,
                        argument=names[wire],
                        required=wire in needed,
                        type=self.catalog.argument_type(prop),
                        description=str(self.deref(prop).get("description") or "") if isinstance(prop, dict) else "",
                    )
                )
            return Body(media, encoding, model, fields, "", None, required)
        argument = naming.unique("body", taken)
        return Body(media, encoding, model, [], argument, self.catalog.argument_type(raw_schema), required)

    def model_for(self, raw_schema: Any, pointer: str, hint: str) -> str:
        if isinstance(raw_schema, dict) and isinstance(raw_schema.get("$ref"), str):
            return self.catalog.ref_class(raw_schema["$ref"], self.catalog._ref_hint(raw_schema["$ref"]))
        if pointer.startswith("#"):  # inside a component: one class, named after it, for every user
            hint = self.catalog._ref_hint(pointer)
        return self.catalog.inline_class(pointer, raw_schema, hint)

    def response(self, op: dict[str, Any], where: str, op_id: str) -> Response:
        responses = op.get("responses") or {}
        codes = [str(c) for c in responses]
        success = sorted(c for c in codes if c.startswith("2"))
        status = success[0] if success else ("default" if "default" in codes else "")
        if not status:
            return Response("", "", "none", None, types.NONE)
        response, location = self.deref_located(
            responses[status if status in responses else int(status)], f"{where}/responses/{status}"
        )
        content = (response or {}).get("content") or {}
        if not content:
            return Response(status, "", "none", None, types.NONE)
        by_encoding: dict[str, str] = {}
        for media in content:
            by_encoding.setdefault(encoding_of(media), media)
        encoding = next(e for e in ("json", "text", "binary", "form", "multipart") if e in by_encoding)
        media = by_encoding[encoding]
        if encoding in ("text", "form", "multipart"):
            return Response(status, media, "text", None, types.STR)
        if encoding == "binary":
            return Response(status, media, "binary", None, types.BYTES)
        raw_schema = (content[media] or {}).get("schema")
        if not raw_schema:
            return Response(status, media, "json", None, types.ANY)
        here = _child(location, "content", media, "schema")
        _, pointer = self.schema_pointer(raw_schema, here)
        model = self.model_for(raw_schema, pointer, f"{op_id}_response")
        return Response(status, media, "model", model, types.ModelRef(model))

    def pagination(
        self, op: dict[str, Any], where: str, params: list[Parameter], body: Body | None, response: Response
    ) -> Pagination | None:
        spec = op.get("x-pagination")
        if spec is None:
            return None
        here = f"{where}/x-pagination"
        if not isinstance(spec, dict) or "page_param" not in spec or "size_param" not in spec:
            raise SpecError("x-pagination needs 'page_param' and 'size_param'", here)
        page, size = str(spec["page_param"]), str(spec["size_param"])
        fields = {f.wire_name: f for f in body.fields} if body else {}
        query = {p.wire_name: p for p in params if p.location == "query"}
        if page in fields and size in fields:
            location, page_arg = "body", fields[page].argument
        elif page in query and size in query:
            location, page_arg = "query", query[page].argument
        else:
            raise SpecError(f"x-pagination: {page!r} and {size!r} must both be body fields or query parameters", here)
        size_schema = self._field_schema(op, location, size)
        page_schema = self._field_schema(op, location, page)
        items = spec.get("items")
        item_type: TypeNode = types.ANY
        if items and response.model:
            item_type = self._items_type(response.model, str(items))
        default = size_schema.get("default") if isinstance(size_schema, dict) else None
        start = page_schema.get("minimum", 1) if isinstance(page_schema, dict) else 1
        return Pagination(
            page_param=page,
            size_param=size,
            page_argument=page_arg,
            items=str(items) if items else None,
            total=str(spec["total"]) if spec.get("total") else None,
            default_size=default if isinstance(default, int) else None,
            start_page=start if isinstance(start, int) else 1,
            item_type=item_type,
            location=location,
        )

    def _field_schema(self, op: dict[str, Any], location: str, wire: str) -> Any:
        if location == "query":
            for raw in op.get("parameters") or []:
                param = self.deref(raw)
                if param.get("name") == wire:
                    return self.deref(param.get("schema") or {})
            return {}
        content = self.deref(op["requestBody"]).get("content") or {}
        schema = self.deref(next(iter(content.values())).get("schema") or {})
        return self.deref((schema.get("properties") or {}).get(wire, {}))

    def _items_type(self, model: str, items: str) -> TypeNode:
        schema = self.deref(resolve_pointer(self.data, self.catalog.pointers[model]))
        prop = self.deref((schema.get("properties") or {}).get(items) or {})
        item = (prop or {}).get("items") if isinstance(prop, dict) else None
        if isinstance(item, dict) and isinstance(item.get("$ref"), str):
            return types.ModelRef(self.catalog.ref_class(item["$ref"], self.catalog._ref_hint(item["$ref"])))
        return types.ANY


# The HTTP-status exception classes of the runtime, the ones an x-error-body rule may name.
ERROR_CLASSES = tuple(
    name
    for name, value in vars(runtime_exceptions).items()
    if isinstance(value, type) and issubclass(value, runtime_exceptions.APIStatusError)
)


def _no_unknown_keys(spec: dict[str, Any], known: tuple[str, ...], where: str) -> None:
    for key in spec:
        if key not in known:
            close = difflib.get_close_matches(str(key), known, n=1)
            hint = f"did you mean {close[0]!r}?" if close else "known keys: " + ", ".join(known)
            raise SpecError(f"unknown key {key!r}", f"{where}/{pointer_of([str(key)]).lstrip('/')}", hint=hint)


def _json_pointer(value: Any, where: str) -> None:
    if not isinstance(value, str) or not (value == "" or value.startswith("/")):
        raise SpecError(f"{value!r} is not a JSON pointer (like /message or /error/detail)", where)


def _child(pointer: str, *parts: str) -> str:
    """``pointer`` extended by ``parts`` (escaped), keeping a leading ``#`` of a reference."""
    return ("#" if pointer.startswith("#") else "") + pointer_of((*_parts(pointer), *parts))


def _parts(pointer: str) -> list[str]:
    from generator.errors import parts_of

    return parts_of(pointer)


def op_path_of(where: str) -> str:
    """The URL path template of the operation at ``/paths/<path>/<method>``."""
    return _parts(where)[1]


def _types(op: Operation) -> list[TypeNode]:
    """Every type an operation's methods annotate in its resource module."""
    out = [p.type for p in op.parameters]
    if op.body:
        out += [f.type for f in op.body.fields] + ([op.body.type] if op.body.type is not None else [])
    out.append(op.response.type)
    if op.pagination:
        out.append(op.pagination.item_type)
    return out


def build_ir(doc: SpecDocument, package: str) -> Api:
    """Build the IR of a validated document; every problem found is raised at once (a SpecProblems)."""
    builder = _Builder(doc, package)
    try:
        return builder.build()
    except SpecError as exc:
        builder.problems.extend([p for p in exc.problems if p not in builder.problems.items])
    except Exception:
        if not builder.problems.items:
            raise
        # else a consequence of a part left out for a problem: the problems are the report
    builder.problems.raise_if_any()
    raise AssertionError("unreachable")  # pragma: no cover


# Keywords that make a parameter worth checking before sending.
_CONSTRAINTS = frozenset(
    {
        "enum",
        "const",
        "format",
        "pattern",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "properties",
        "items",
        "anyOf",
        "oneOf",
        "allOf",
    }
)


def _checkable(schema: Any) -> bool:
    """Whether validating a parameter against ``schema`` can reject anything a ``str`` could be."""
    if not isinstance(schema, dict):
        return False
    return bool(_CONSTRAINTS & schema.keys()) or schema.get("type", "string") != "string"
