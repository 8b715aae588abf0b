"""spec/finerworks.yaml against the FinerWorks v3 reference catalogue.

The reference lives outside the repository, in ``<workspace>/shared/reference/finerworks-v3``
(override the ``shared`` directory with ``FINERWORKS_SHARED_DIR``). These tests check that

* the spec is a valid OpenAPI document and follows the conventions the generator relies on;
* every operation and named type of the reference index is in the spec (the routes the spec
  adds beyond the index come from the integration evidence: tests/test_spec_evidence.py);
* every complete JSON example of the reference (current request bodies, responses, and the
  examples of the type files) validates against the matching schema of the spec, and the
  spec carries the endpoint examples unchanged.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import validate as validate_openapi
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from generator.doctor import KNOWN_EXTENSIONS as OUR_EXTENSIONS

HERE = Path(__file__).resolve()
SPEC_PATH = HERE.parents[1] / "spec" / "finerworks.yaml"
SHARED = Path(os.environ.get("FINERWORKS_SHARED_DIR") or HERE.parents[2] / "shared")
REFERENCE = SHARED / "reference" / "finerworks-v3"
SPEC_URI = "urn:finerworks:spec"

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
TAGS = {"images", "orders", "inventory", "products", "shipping", "galleries", "account"}
# Paginated operations → (items field, total field): typed items where the evidence names the list
# (a `$ref` item type), a total only where one is evidenced as a total (list_orders' total_count).
# `count` of list_images / list_virtual_inventory is deliberately not a total: nothing says whether it
# counts the page or every match, and a per-page count taken as a total would stop after page one.
PAGINATED: dict[str, tuple[str | None, str | None]] = {
    "list_images": ("images", None),
    "list_virtual_inventory": ("products", None),
    "list_orders": ("orders", "total_count"),
    "list_invoices": (None, None),
    "list_payments": (None, None),
}
# POSTs that create something: never marked x-idempotent (retrying them could place an order twice).
NOT_IDEMPOTENT_POSTS = {
    "submit_orders",
    "submit_orders_v2",
    "save_pending_orders",
    "submit_product",
    "add_images",
    "add_update_gallery_collection",
    "add_event",
}
# Routes the spec has beyond the help-page index, from the integration evidence (§4), with their method.
EVIDENCE_ROUTES = {
    "get_user": "get",
    "submit_orders_v2": "post",
    "save_pending_orders": "post",
    "list_pending_orders": "post",
    "delete_pending_orders": "post",
    "list_media_types": "post",
    "get_company_info": "get",
    "get_shipping_options_ids": "get",
    "get_payment_tokens": "get",
    "validate_product": "post",
    "submit_product": "post",
    "add_event": "post",
}
SERVERS = [
    ("production", "https://api.finerworks.com/v3"),
    ("test", "https://test-api.finerworks.com/v3"),
    ("v2", "https://v2.api.finerworks.com/v3"),
]

# Endpoints whose documented request body the spec deliberately does not send.
NO_BODY = {
    "test_my_credentials": "decision: GET without a body; the key pair travels in the headers, "
    "which is what the server checks, and GET bodies are dropped by many HTTP stacks",
}
# Examples the reference marks as cut off (they are not even JSON): nothing to validate.
TRUNCATED = {
    ("get_order", 0): "the stored example response is cut off inside order.totals",
    ("update_user", 0): "the stored example request is cut off inside billing_info",
}
# Older-revision examples that are nevertheless the spec's example for the current shape.
OLDER_BUT_USED = {
    ("list_virtual_inventory", 0): "only complete example (the newer one is cut off); it differs from "
    "the current shape only by lacking the optional account_key",
    ("get_prices", 0): "the bare-array body is what the production host takes (help page, integrations): "
    "the spec accepts it as one branch of a oneOf beside the object form of the newer page",
}
# The reference shows one element of a bare-array body; the body is that element in an array.
ELEMENT_OF_ARRAY_BODY = {
    "get_product_details": "the page shows the first element of the top-level array in full and the "
    "second (a repeat) cut off; the body is validated as a one-element array",
}
OLDER_MARKERS = ("older", "oldest", "version a ")


def _require_reference() -> None:
    if not REFERENCE.is_dir():
        pytest.skip(f"reference catalogue not found at {REFERENCE} (set FINERWORKS_SHARED_DIR)")


def _load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    assert isinstance(data, dict)
    return data


SPEC = _load_spec()


def _operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId → (path, method, operation object)."""
    out: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in SPEC["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                out[op["operationId"]] = (path, method, op)
    return out


OPERATIONS = _operations()


# -- JSON Schema validation against the spec's components ----------------------------------------

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
# RFC 3339 date-time, tolerant of any number of fractional digits (FinerWorks sends seven).
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")

FORMAT_CHECKER = FormatChecker(formats=())


@FORMAT_CHECKER.checks("uuid")
def _is_uuid(value: object) -> bool:
    return not isinstance(value, str) or bool(_UUID.match(value))


@FORMAT_CHECKER.checks("date-time")
def _is_date_time(value: object) -> bool:
    return not isinstance(value, str) or bool(_DATE_TIME.match(value))


REGISTRY: Registry = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(SPEC))


def _validator(schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator(schema, registry=REGISTRY, format_checker=FORMAT_CHECKER)


def _component(name: str) -> dict[str, Any]:
    assert name in SPEC["components"]["schemas"], f"components.schemas.{name} is missing"
    return {"$ref": f"{SPEC_URI}#/components/schemas/{name}"}


def _json_schema_of(media_schema: dict[str, Any]) -> dict[str, Any]:
    ref = media_schema.get("$ref", "")
    assert ref.startswith("#/components/schemas/"), f"body schema is not a component $ref: {media_schema}"
    return {"$ref": SPEC_URI + ref}


def _errors(schema: dict[str, Any], value: Any, where: str) -> list[str]:
    out = []
    for error in sorted(_validator(schema).iter_errors(value), key=lambda e: list(e.absolute_path)):
        out.append(f"{where}: {error.message} at {error.json_path}")
    return out


def _request_schema(op_id: str) -> dict[str, Any]:
    _, _, op = OPERATIONS[op_id]
    assert "requestBody" in op, f"{op_id} has no requestBody"
    return _json_schema_of(op["requestBody"]["content"]["application/json"]["schema"])


def _response_schema(op_id: str) -> dict[str, Any]:
    _, _, op = OPERATIONS[op_id]
    return _json_schema_of(op["responses"]["200"]["content"]["application/json"]["schema"])


# -- the reference's markdown ---------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    file: str  # endpoint or type name
    index: int  # position among the file's fenced blocks
    heading: str
    lang: str
    text: str


def _blocks(path: Path) -> list[Block]:
    out: list[Block] = []
    heading, lang, buf = "", "", None
    for line in path.read_text(encoding="utf-8").splitlines():
        if buf is None:
            match = re.match(r"^#+\s+(.*)", line)
            if match:
                heading = match.group(1).strip()
                continue
            match = re.match(r"^```(\w*)\s*$", line)
            if match:
                lang, buf = match.group(1), []
            continue
        if line.startswith("```"):
            out.append(Block(path.stem, len(out), heading, lang, "\n".join(buf)))
            buf = None
        else:
            buf.append(line)
    return out


@dataclass(frozen=True)
class Case:
    endpoint: str
    index: int
    heading: str
    kind: str  # "request" or "response"
    value: Any


def _endpoint_cases() -> list[Any]:
    if not REFERENCE.is_dir():
        return [pytest.param(None, id="reference-missing", marks=pytest.mark.skip(reason=f"no {REFERENCE}"))]
    params = []
    for path in sorted((REFERENCE / "endpoints").glob("*.md")):
        for block in _blocks(path):
            name, idx, heading = block.file, block.index, block.heading
            low = heading.lower() + " "
            kind = "response" if "response" in low else "request" if "request" in low or "version" in low else ""
            case_id = f"{name}#{idx}"
            skip = None
            if block.lang != "json":
                skip = TRUNCATED.get((name, idx))
                assert skip, f"{case_id} ({heading!r}) is not JSON and not listed in TRUNCATED"
            elif kind == "request" and name in NO_BODY:
                skip = NO_BODY[name]
            elif any(m in low for m in OLDER_MARKERS) and (name, idx) not in OLDER_BUT_USED:
                skip = f"older page revision ({heading!r}); the spec models the newest body shape"
            value = None
            if block.lang == "json":
                value = json.loads(block.text)
                if kind == "request" and name in ELEMENT_OF_ARRAY_BODY:
                    value = [value]
            assert kind or skip, f"{case_id}: cannot tell request from response by heading {heading!r}"
            case = Case(name, idx, heading, kind, value)
            marks = [pytest.mark.skip(reason=skip)] if skip else []
            params.append(pytest.param(case, id=f"{case_id}-{kind or 'other'}", marks=marks))
    return params


ENDPOINT_CASES = _endpoint_cases()


@pytest.mark.parametrize("case", ENDPOINT_CASES)
def test_reference_example_validates(case: Case) -> None:
    assert case.endpoint in OPERATIONS, f"{case.endpoint}: no such operationId in the spec"
    schema = _request_schema(case.endpoint) if case.kind == "request" else _response_schema(case.endpoint)
    where = f"{case.endpoint} {case.kind} example #{case.index} ({case.heading})"
    errors = _errors(schema, case.value, where)
    assert not errors, "\n".join(errors)


def _spec_examples(op_id: str, kind: str) -> dict[str, Any]:
    _, _, op = OPERATIONS[op_id]
    if kind == "request":
        media = op.get("requestBody", {}).get("content", {}).get("application/json", {})
    else:
        media = op["responses"]["200"].get("content", {}).get("application/json", {})
    return {name: ex["value"] for name, ex in (media.get("examples") or {}).items()}


@pytest.mark.parametrize("case", ENDPOINT_CASES)
def test_reference_example_is_in_spec_unchanged(case: Case) -> None:
    examples = _spec_examples(case.endpoint, case.kind)
    assert case.value in examples.values(), (
        f"{case.endpoint} {case.kind} example #{case.index} ({case.heading}) is not among the spec's "
        f"examples {sorted(examples)} (or was changed)"
    )


def _all_spec_examples() -> list[Any]:
    params = []
    for op_id in sorted(OPERATIONS):
        for kind in ("request", "response"):
            for name, value in _spec_examples(op_id, kind).items():
                params.append(pytest.param(op_id, kind, name, value, id=f"{op_id}-{kind}-{name}"))
    return params


@pytest.mark.parametrize(("op_id", "kind", "name", "value"), _all_spec_examples())
def test_spec_example_validates(op_id: str, kind: str, name: str, value: Any) -> None:
    schema = _request_schema(op_id) if kind == "request" else _response_schema(op_id)
    errors = _errors(schema, value, f"{op_id} {kind} example {name!r} (spec)")
    assert not errors, "\n".join(errors)


def _type_cases() -> list[Any]:
    if not REFERENCE.is_dir():
        return [pytest.param(None, id="reference-missing", marks=pytest.mark.skip(reason=f"no {REFERENCE}"))]
    params = []
    for path in sorted((REFERENCE / "types").glob("*.md")):
        for block in _blocks(path):
            if block.lang == "json":
                params.append(pytest.param(block, id=f"{block.file}#{block.index}"))
    return params


@pytest.mark.parametrize("block", _type_cases())
def test_type_example_validates(block: Block) -> None:
    errors = _errors(_component(block.file), json.loads(block.text), f"type {block.file} example #{block.index}")
    assert not errors, "\n".join(errors)


# -- the index: operations and named types --------------------------------------------------------


def _readme() -> str:
    _require_reference()
    return (REFERENCE / "README.md").read_text(encoding="utf-8")


def _index_operations() -> dict[str, str]:
    """operationId → HTTP method, from the README's endpoint index."""
    text = _readme().split("## Endpoint index", 1)[1].split("\n## ", 1)[0]
    out = {}
    for method, name in re.findall(r"^\|\s*(GET|PUT|POST|DELETE|PATCH)\s*\|\s*/v3/(\w+)", text, re.M):
        out[name] = method.lower()
    return out


def _index_types() -> set[str]:
    text = _readme().split("## Type index", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"\]\(types/(\w+)\.md\)", text))


def test_spec_is_valid_openapi() -> None:
    validate_openapi(_load_spec())
    assert SPEC["openapi"] == "3.1.0"


def test_all_operations_from_index() -> None:
    index = _index_operations()
    assert len(index) == 36
    assert not set(index) & set(EVIDENCE_ROUTES)
    assert set(OPERATIONS) == set(index) | set(EVIDENCE_ROUTES), (
        f"missing {sorted(set(index) | set(EVIDENCE_ROUTES) - set(OPERATIONS))}, "
        f"extra {sorted(set(OPERATIONS) - set(index) - set(EVIDENCE_ROUTES))}"
    )
    taken: dict[str, set[str]] = {}
    for op_id, method in {**index, **EVIDENCE_ROUTES}.items():
        path, spec_method, op = OPERATIONS[op_id]
        assert path == f"/{op_id}", f"{op_id}: path {path}"
        assert spec_method == method, f"{op_id}: {spec_method} in the spec, {method} in the index"
        assert op.get("summary"), f"{op_id}: no summary"
        assert op.get("description"), f"{op_id}: no description"
        tags = op.get("tags") or []
        assert len(tags) == 1 and tags[0] in TAGS, f"{op_id}: tags {tags}"
        name = op.get("x-method-name")
        assert isinstance(name, str) and re.fullmatch(r"[a-z][a-z0-9_]*", name), f"{op_id}: x-method-name {name!r}"
        assert name not in taken.setdefault(tags[0], set()), f"{op_id}: {tags[0]}.{name} used twice"
        taken[tags[0]].add(name)


def test_required_method_names() -> None:
    wanted = {
        "delete_images": ("images", "delete"),
        "list_images": ("images", "list"),
        "add_images": ("images", "add"),
        "update_images": ("images", "update"),
        "submit_orders": ("orders", "submit"),
        "list_orders": ("orders", "list"),
        "get_order": ("orders", "get"),
        "fetch_order_status": ("orders", "fetch_status"),
        "update_order": ("orders", "update"),
        "update_customer": ("orders", "update_customer"),
        "submit_orders_v2": ("orders", "submit_v2"),
        "save_pending_orders": ("orders", "save_pending"),
        "list_pending_orders": ("orders", "list_pending"),
        "delete_pending_orders": ("orders", "delete_pending"),
        "get_user": ("account", "get_user"),
        "list_media_types": ("products", "list_media_types"),
        "get_shipping_options_ids": ("shipping", "get_option_ids"),
    }
    for op_id, (tag, name) in wanted.items():
        op = OPERATIONS[op_id][2]
        assert (op["tags"][0], op["x-method-name"]) == (tag, name), op_id


def test_all_named_types_are_components() -> None:
    names = _index_types()
    files = {p.stem for p in (REFERENCE / "types").glob("*.md")}
    assert len(names) == 26 and names == files
    missing = names - set(SPEC["components"]["schemas"])
    assert not missing, f"types missing from components.schemas: {sorted(missing)}"


# -- conventions the generator relies on ----------------------------------------------------------


def _walk(node: Any, path: tuple[str, ...] = ()) -> Any:
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*path, str(key)), key, value
            if key not in ("example", "examples"):
                yield from _walk(value, (*path, str(key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, (*path, str(i)))


def test_only_our_extensions() -> None:
    bad = ["/".join(p) for p, key, _ in _walk(SPEC) if str(key).startswith("x-") and key not in OUR_EXTENSIONS]
    assert not bad, f"unknown extensions: {bad}"


def test_refs_resolve_and_named_types_are_not_inlined() -> None:
    for path, key, value in _walk(SPEC):
        if key == "$ref":
            assert isinstance(value, str) and value.startswith("#/components/"), "/".join(path)
            node: Any = SPEC
            for part in value.split("/")[1:]:
                assert isinstance(node, dict) and part in node, f"unresolvable {value} at {'/'.join(path)}"
                node = node[part]
    # No inline object anywhere repeats the field set of a named component.
    schemas = SPEC["components"]["schemas"]
    named = {frozenset(s["properties"]): name for name, s in schemas.items() if s.get("properties")}
    for path, key, value in _walk(SPEC):
        if key != "properties" or not isinstance(value, dict) or not value:
            continue
        if len(path) == 4 and path[:2] == ("components", "schemas"):
            continue  # a component's own properties
        twin = named.get(frozenset(value))
        assert twin is None, f"{'/'.join(path)} repeats the fields of {twin}; use a $ref"


def test_info_servers_security() -> None:
    assert SPEC["info"]["title"] == "FinerWorks API"
    assert str(SPEC["info"]["version"]) == "3"
    assert SPEC["info"]["x-client-name"] == "FinerWorks"
    # Order matters: the first server is the client's default environment, and it stays production.
    assert [(s["x-environment"], s["url"]) for s in SPEC["servers"]] == SERVERS
    assert all(s.get("description") for s in SPEC["servers"])
    description = " ".join(SPEC["info"]["description"].split())
    # The spec says why production stays the default, and which routes only the v2 host is known for.
    for phrase in ("stays the first server and so the default", "silently move existing callers", "get_prices"):
        assert phrase in description, phrase
    for op_id in (
        "submit_orders_v2",
        "save_pending_orders",
        "list_pending_orders",
        "delete_pending_orders",
        "get_company_info",
        "get_shipping_options_ids",
        "get_payment_tokens",
        "validate_product",
    ):
        assert f"`{op_id}`" in description, f"info.description does not say {op_id} is evidenced only on v2"
    schemes = SPEC["components"]["securitySchemes"]
    for name in ("web_api_key", "app_key"):
        assert schemes[name] == {**schemes[name], "type": "apiKey", "in": "header", "name": name}
    assert SPEC["security"] == [{"web_api_key": [], "app_key": []}]
    assert {t["name"] for t in SPEC["tags"]} == TAGS and all(t.get("description") for t in SPEC["tags"])


def test_bodies_are_named_components() -> None:
    schemas = SPEC["components"]["schemas"]
    for op_id, (_, method, op) in OPERATIONS.items():
        assert set(op["responses"]) == {"200", "400"}, op_id
        assert op["responses"]["400"] == {"$ref": "#/components/responses/bad_request"}, op_id
        response = op["responses"]["200"]
        assert response.get("description"), op_id
        assert list(response["content"]) == ["application/json"], op_id
        assert response["content"]["application/json"]["schema"] == {
            "$ref": f"#/components/schemas/{op_id}_response"
        }, op_id
        resp_schema = schemas[f"{op_id}_response"]
        assert resp_schema["properties"]["status"] == {"$ref": "#/components/schemas/response_status"}, op_id
        assert "status" in resp_schema["required"], op_id
        assert resp_schema.get("additionalProperties", True) is not False, f"{op_id}: response must stay open"
        if op_id in NO_BODY:
            assert "requestBody" not in op, op_id
        elif method != "get":
            body = op["requestBody"]
            assert body.get("required") is True, op_id
            assert list(body["content"]) == ["application/json"], op_id
            assert body["content"]["application/json"]["schema"] == {
                "$ref": f"#/components/schemas/{op_id}_request"
            }, op_id
    # get_prices and get_product_details take a bare array on one host and {products, account_key} on
    # another: both bodies are a oneOf of exactly those two shapes.
    for op_id in ("get_prices", "get_product_details"):
        body = schemas[f"{op_id}_request"]
        assert "type" not in body, op_id
        assert body["oneOf"] == [
            {"$ref": f"#/components/schemas/{op_id}_array_request"},
            {"$ref": f"#/components/schemas/{op_id}_wrapped_request"},
        ], op_id
        array, wrapped = schemas[f"{op_id}_array_request"], schemas[f"{op_id}_wrapped_request"]
        assert array["type"] == "array" and "$ref" in array["items"], op_id
        assert wrapped["type"] == "object" and wrapped["required"] == ["products"], op_id
        products = wrapped["properties"]["products"]
        assert products["items"] == array["items"] and products.get("maxItems") == array.get("maxItems"), op_id
        assert products.get("minItems") == array.get("minItems"), op_id


def test_idempotency_and_pagination_markers() -> None:
    for op_id, (_, method, op) in OPERATIONS.items():
        if method != "post":
            assert "x-idempotent" not in op, op_id
        elif op_id in NOT_IDEMPOTENT_POSTS:
            assert op.get("x-idempotent") is not True, op_id
        else:
            assert op.get("x-idempotent") is True, op_id
        if op_id in PAGINATED:
            pagination = op["x-pagination"]
            assert pagination["page_param"] == "page_number" and pagination["size_param"] == "per_page", op_id
            items, total = PAGINATED[op_id]
            assert pagination.get("items") == items and pagination.get("total") == total, op_id
            response = SPEC["components"]["schemas"][f"{op_id}_response"]["properties"]
            if items:  # typed items: the array's items are a named component
                assert response[items]["items"]["$ref"].startswith("#/components/schemas/"), op_id
            if total:
                assert "integer" in response[total]["type"], op_id
            if "count" in response:  # a count of unknown meaning is never the total
                assert pagination.get("total") != "count", op_id
            assert op.get("x-note"), op_id
            body = SPEC["components"]["schemas"][f"{op_id}_request"]["properties"]
            assert body["per_page"]["minimum"] == 1 and body["per_page"]["default"] == 10, op_id
            assert body["per_page"]["maximum"] == (50 if op_id in {"list_images", "list_virtual_inventory"} else 25)
            assert body["page_number"]["minimum"] == 1, op_id
        else:
            assert "x-pagination" not in op, op_id


def test_delete_images_library_required_but_nullable() -> None:
    schema = SPEC["components"]["schemas"]["delete_images_request"]
    assert "library" in schema["required"]
    assert _validator(_component("delete_images_request")).is_valid(
        {"guids": ["9a85d170-dca0-43d1-a00d-072281b122e7"], "library": None}
    )
    assert not _validator(_component("delete_images_request")).is_valid(
        {"guids": ["9a85d170-dca0-43d1-a00d-072281b122e7"]}
    )


def test_batch_limits() -> None:
    too_many_images = {"images": [{}] * 6, "library": {"name": "inventory", "session_id": "12345678", "site_id": 2}}
    assert not _validator(_component("add_images_request")).is_valid(too_many_images)
    item = {"product_qty": 1, "product_sku": "x"}
    prices, details = _validator(_component("get_prices_request")), _validator(
        _component("get_product_details_request")
    )
    for body in ({"products": []}, [], {"products": [item] * 51}, [item] * 51):
        assert not prices.is_valid(body), body
    for body in ({"products": [item]}, [item], {"products": [item] * 50}, [item] * 50):
        assert prices.is_valid(body), body
    for body in ([{"product_qty": 1}] * 26, {"products": [{"product_qty": 1}] * 26}):
        assert not details.is_valid(body)
    for body in ([{"product_qty": 1}] * 25, {"products": [{"product_qty": 1}] * 25, "account_key": None}):
        assert details.is_valid(body)
    assert not _validator(_component("pricing_item")).is_valid({"product_qty": 1000, "product_sku": "x"})
