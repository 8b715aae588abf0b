"""spec/finerworks.yaml against the integration evidence (``evidence-from-integrations.md``).

The reference folder (``<workspace>/shared/reference/finerworks-v3``, ``FINERWORKS_SHARED_DIR``
overrides ``shared``) holds, beside the help-page catalogue that tests/test_spec_reference.py checks,
a file of what public code that really calls the API sends and reads, each source graded A
(production code reading live responses), B (integrations written against the docs), C
(machine-made connector schemas) or D (help pages). These tests check that

* every route the evidence lists (§4) with A, B or D evidence is an operation of the spec, and
  says its grade; routes known only from C sources are not required;
* every evidenced request shape validates against the spec (sample bodies built from the field
  names and values the evidence quotes), and shapes the evidence rules out do not;
* every evidenced response shape validates, the 400 error bodies included, and every response
  schema stays open to fields it does not describe.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from test_spec_reference import (
    FORMAT_CHECKER,
    OPERATIONS,
    REFERENCE,
    SPEC,
    SPEC_URI,
    _errors,
    _request_schema,
    _response_schema,
    _validator,
)

EVIDENCE = REFERENCE / "evidence-from-integrations.md"

# Routes of §4 with A/B/D evidence that the spec deliberately leaves out, and why (info.x-note says so).
NOT_MODELLED = {
    "finerworks_insert/update/select_query": "internal database routes of FinerWorks' own app, not public API",
}


def _evidence() -> str:
    if not EVIDENCE.is_file():
        pytest.skip(f"evidence file not found at {EVIDENCE} (set FINERWORKS_SHARED_DIR)")
    return EVIDENCE.read_text(encoding="utf-8")


def _section(text: str, number: str) -> str:
    start = re.search(rf"^## {re.escape(number)}(?!\d).*$", text, re.M)
    assert start, f"no section {number} in the evidence file"
    rest = text[start.end() :]
    end = re.search(r"^## ", rest, re.M)
    return rest[: end.start()] if end else rest


def source_grades(text: str) -> dict[str, str]:
    """Source number → grade letter, from the table of §1 (its last column)."""
    grades = {}
    for line in _section(text, "1.").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 5 and cells[0].isdigit():
            grade = re.match(r"[ABCD]\b", cells[-1])
            assert grade, f"source {cells[0]} has no grade: {cells[-1]!r}"
            grades[cells[0]] = grade.group(0)
    return grades


def section4_routes(text: str) -> dict[str, set[str]]:
    """Route name → grades of the sources §4 cites for it.

    §4 is one sentence: "`route` (refs), `a` / `b` (refs) / `c` (refs), ...". A parenthesis after a
    route holds its source references (#N) and a bare D for help pages; routes joined by " / " are
    one family and share all the references of the family.
    """
    grades = source_grades(text)
    body = _section(text, "4.")
    families: list[list[tuple[str, set[str]]]] = [[]]
    i = 0
    while i < len(body):
        if body[i] == "`":
            end = body.index("`", i + 1)
            families[-1].append((body[i + 1 : end], set()))
            i = end + 1
        elif body[i] == "(":
            depth, j = 0, i
            while True:
                depth += {"(": 1, ")": -1}.get(body[j], 0)
                if depth == 0:
                    break
                j += 1
            refs = body[i + 1 : j]
            found = {grades[n] for n in re.findall(r"#(\d+)", refs)}
            found |= {"D"} if re.search(r"(?<![\w.])D(?![\w.])", refs) else set()
            assert families[-1], f"references without a route: {refs!r}"
            families[-1][-1][1].update(found)
            i = j + 1
        elif body[i] == ",":
            families.append([])
            i += 1
        else:
            i += 1
    out: dict[str, set[str]] = {}
    for family in families:
        shared = set().union(*(g for _, g in family)) if family else set()
        for name, _ in family:
            out[name] = shared
    return out


# -- routes ---------------------------------------------------------------------------------------


def test_section4_parses() -> None:
    routes = section4_routes(_evidence())
    assert routes["get_user"] >= {"A"}
    assert routes["submit_orders_v2"] >= {"A", "B", "D"}
    assert routes["list_pending_orders"] >= {"D"} and routes["save_pending_orders"] == routes["list_pending_orders"]
    assert routes["list_glazing"] == {"C"} and routes["submit_note"] == {"C"}
    assert routes["build_product_code"] == set()
    assert len(routes) >= 17


def test_every_route_with_a_b_or_d_evidence_is_in_the_spec() -> None:
    routes = section4_routes(_evidence())
    wanted = {name for name, grades in routes.items() if grades & {"A", "B", "D"}}
    missing = sorted(wanted - set(OPERATIONS) - set(NOT_MODELLED))
    assert not missing, f"routes with A/B/D evidence missing from the spec: {missing}"
    assert set(NOT_MODELLED) <= wanted, "NOT_MODELLED names a route §4 does not list with A/B/D evidence"
    note = " ".join(SPEC["info"]["x-note"].split())
    for name in NOT_MODELLED:
        for part in re.split(r"[/]", name.removeprefix("finerworks_").removesuffix("_query")):
            assert f"finerworks_{part}_query" in note, f"info.x-note does not say why {name} is left out"
    # Every added route says how strong its evidence is, and names one of its A/B/D grades.
    for name in sorted(wanted & set(OPERATIONS)):
        text = " ".join(OPERATIONS[name][2].get("x-note", "").split())
        named = {
            g for m in re.finditer(r"grades? ([ABCD](?:(?:, | and )[ABCD])*)", text) for g in re.findall("[ABCD]", m[1])
        }
        assert named & routes[name] & {"A", "B", "D"}, f"{name}: x-note names grades {named}, evidence {routes[name]}"


def test_c_only_routes_are_left_out() -> None:
    """Rule: C-grade sources only fill payloads; they never add a route on their own."""
    routes = section4_routes(_evidence())
    for name, grades in routes.items():
        if grades <= {"C"}:
            assert name not in OPERATIONS, f"{name} has only C-grade evidence ({grades or 'none'})"
            assert f"`{name}`" in SPEC["info"]["x-note"], f"info.x-note does not say why {name} is left out"


def test_non_idempotent_routes() -> None:
    """Routes that place or store orders, or write entries, must never be retried as if safe."""
    for name in ("submit_orders_v2", "save_pending_orders", "submit_product", "add_event"):
        assert OPERATIONS[name][2].get("x-idempotent") is not True, name
        assert "Not idempotent" in OPERATIONS[name][2]["x-note"], name
    for name in ("list_pending_orders", "delete_pending_orders", "list_media_types", "validate_product"):
        assert OPERATIONS[name][2].get("x-idempotent") is True, name


# -- sample bodies built from the evidence ------------------------------------------------------------

RECIPIENT = {
    "first_name": "Bob",
    "last_name": "Ross",
    "address_1": "742 Evergreen Terrace",
    "city": "Mountain Scene",
    "state_code": "AK",
    "zip_postal_code": "88888",
    "country_code": "us",
}
ITEM = {"product_qty": 1, "product_sku": "AP1234P1234"}
ORDER = {"order_po": "PO_0001", "recipient": RECIPIENT, "order_items": [ITEM], "shipping_code": "SD"}
IMAGE = {
    "id": 7,
    "guid": "9a85d170-dca0-43d1-a00d-072281b122e7",
    "title": "Harbor",
    "file_name": "harbor.jpg",
    "file_size": 11000024,
    "thumbnail_file_name": "harbor_t.jpg",
    "preview_file_name": "harbor_p.jpg",
    "hires_file_name": "harbor.jpg",
    "public_thumbnail_uri": "https://example.invalid/t.jpg",
    "public_preview_uri": "https://example.invalid/p.jpg",
    "private_hires_uri": "https://example.invalid/h.jpg",
    "pix_w": 1600,
    "pix_h": 2400,
    "date_added": "2026-02-28T18:11:11.8211438-06:00",
}
STATUS = {"success": True, "status_code": 200, "message": "", "debug": None}
CREDENTIAL_FAILURE = {
    "Message": "The request is invalid.",
    "ModelState": {"ApiC.Models.authorization_credentials": ["Missing or unauthorized api credentials"]},
}
FIELD_FAILURE = {
    "Message": "The request is invalid.",
    "ModelState": {
        "request.orders[0].recipient.state_code": ["Must be left blank when country_code does not equal 'us'"],
        "request.orders[0].order_items[0].product_qty": ["The field product_qty must be between 1 and 999."],
    },
}

# (operation, what the evidence says sends it, body, valid?)
REQUESTS: list[tuple[str, str, Any, bool]] = [
    ("get_prices", "bare array to api. (#7, #9, help page) and v2 (#5)", [ITEM, {**ITEM, "product_qty": 2}], True),
    ("get_prices", "object to v2 (#8, #11, #12)", {"products": [ITEM], "account_key": None}, True),
    ("get_prices", "object without account_key", {"products": [ITEM]}, True),
    ("get_prices", "empty array: 1-50 items", [], False),
    ("get_prices", "51 items: 1-50 items", [ITEM] * 51, False),
    ("get_prices", "object with 51 items", {"products": [ITEM] * 51}, False),
    ("get_prices", "object without products", {"account_key": "k"}, False),
    (
        "get_product_details",
        "bare array (#14, #9, #13)",
        [{"product_order_po": None, "product_qty": 3, "product_sku": "AP6543P49875"}],
        True,
    ),
    (
        "get_product_details",
        "object (#1/#2)",
        {"products": [{"product_qty": 3, "product_sku": "AP6543P49875"}], "account_key": "k"},
        True,
    ),
    (
        "get_product_details",
        "object (#5 Pipedream)",
        {"products": [{"product_sku": "AP6543P49875", "product_qty": 1}]},
        True,
    ),
    ("get_product_details", "26 items: at most 25", {"products": [ITEM] * 26}, False),
    ("update_user", "integer preferences (#8, #10)", {"shipping_preferences": [0, 3]}, True),
    ("update_user", "three preferences", {"shipping_preferences": [3, 1, 0]}, True),
    ("update_user", "objects are not preferences", {"shipping_preferences": [{"id": 1}]}, False),
    ("update_user", "only 0-3 are preferences", {"shipping_preferences": [4]}, False),
    ("update_user", "at most three", {"shipping_preferences": [0, 1, 2, 3]}, False),
    (
        "update_user",
        "partial body with connections (#1)",
        {"account_key": "k", "connections": [{"name": "shopify", "id": "shop-1", "data": '{"shop": "a"}'}]},
        True,
    ),
    (
        "update_user",
        "connection data as an object",
        {"connections": [{"name": "etsy", "id": 12, "data": {"shop": "a"}}]},
        True,
    ),
    (
        "update_virtual_inventory",
        "#1 Joi body with account_key and GraphQL ids",
        {
            "virtual_inventory": [
                {
                    "sku": "AP1556P79511",
                    "asking_price": 200.0,
                    "name": "Framed print",
                    "description": "<h4>Framed</h4>",
                    "quantity_in_stock": 10,
                    "track_inventory": True,
                    "updated": True,
                    "third_party_integrations": {
                        "shopify_product_id": 123456789,
                        "shopify_graphql_product_id": "gid://shopify/Product/123456789",
                        "shopify_graphql_variant_id": "gid://shopify/ProductVariant/24681012",
                        "bigcommerce_id": 77,
                        "bigcommerce_variant_id": 78,
                        "square_product_id": "SQ-ITEM",
                        "square_variant_id": "SQ-VAR",
                    },
                }
            ],
            "account_key": "k",
        },
        True,
    ),
    ("list_virtual_inventory", "#5 empty body", {}, True),
    (
        "list_virtual_inventory",
        "#1 string connection filter",
        {"sku_filter": ["AP1"], "account_key": "k", "third_party_connections_filter": "8123456789"},
        True,
    ),
    (
        "list_virtual_inventory",
        "#8 list filters",
        {"third_party_connections_filter": ["1", "2"], "product_type_ids_filter": [1]},
        True,
    ),
    ("list_virtual_inventory", "numbers are not connection ids", {"third_party_connections_filter": 8123456789}, False),
    ("list_orders", "#1 order_pos", {"account_key": "k", "order_pos": ["PO_0001"]}, True),
    (
        "list_images",
        "#3 body",
        {
            "library": {"name": "inventory", "session_id": "1234567890", "account_key": "k", "site_id": 2},
            "search_filter": "",
            "page_number": 1,
            "per_page": 50,
            "list_products": True,
            "active": None,
            "sort_field": "date_added",
            "sort_direction": "DESC",
            "upload_date_from": None,
            "upload_date_to": None,
        },
        True,
    ),
    (
        "delete_images",
        "#3 library object",
        {
            "guids": ["9a85d170-dca0-43d1-a00d-072281b122e7"],
            "library": {"name": "inventory", "session_id": "1234567890", "account_key": "k", "site_id": 2},
        },
        True,
    ),
    ("delete_images", "#9 null library", {"guids": ["9a85d170-dca0-43d1-a00d-072281b122e7"], "library": None}, True),
    ("delete_virtual_inventory", "#1", {"skus": ["AP1"], "account_key": "k"}, True),
    ("disconnect_virtual_inventory", "#1, #8", {"platform": "shopify", "account_key": "k"}, True),
    ("update_order", "#9", {"order_id": 1234567, "update_command": "cancel"}, True),
    ("update_customer", "#9", {"order_id": 1234567, "customer_info": RECIPIENT}, True),
    ("fetch_order_status", "#1", {"order_ids": [123456], "account_key": "k"}, True),
    ("submit_orders", "#9 v1 route", {"orders": [ORDER], "validate_only": False}, True),
    (
        "submit_orders_v2",
        "#1, #11, #12",
        {"orders": [ORDER], "validate_only": True, "payment_token": "xxxx", "account_key": "k"},
        True,
    ),
    (
        "submit_orders_v2",
        "order fields beyond the help page (#11, #8) and library_file (#11, D)",
        {
            "orders": [
                {
                    **ORDER,
                    "source": "my-shop",
                    "fulfillment_id": 3,
                    "webhook_url": "https://example.invalid/hook",
                    "order_items": [{**ITEM, "product_image": {"pixel_width": 1600, "library_file": IMAGE}}],
                }
            ],
            "payment_token": "invoice",
        },
        True,
    ),
    ("submit_orders_v2", "payment_token is required (D)", {"orders": [ORDER]}, False),
    ("submit_orders_v2", "up to 50 orders (D)", {"orders": [ORDER] * 51, "payment_token": "invoice"}, False),
    ("list_shipping_options", "#9 single unwrapped order", {**ORDER, "product_image": None}, True),
    (
        "list_shipping_options",
        "the quote call may leave shipping_code out",
        {k: v for k, v in ORDER.items() if k != "shipping_code"},
        True,
    ),
    (
        "list_shipping_options_multiple",
        "#1, #11",
        {"account_key": "k", "payment_token": "invoice", "orders": [{**ORDER, "shipping_code": "EC"}]},
        True,
    ),
    ("list_media_types", "#7 empty body", {}, True),
    ("list_media_types", "#9, #13 ids", {"ids": [1, 2]}, True),
    ("list_product_types", "#7 empty body", {}, True),
    ("validate_recipient_address", "#5, #6", {"recipient": RECIPIENT}, True),
    ("list_pending_orders", "D v2.api", {"ids": [1, 2], "account_key": None}, True),
    ("list_pending_orders", "ids are required (D)", {"account_key": None}, False),
    ("delete_pending_orders", "#1, D", {"ids": [1, 2], "account_key": "k"}, True),
    ("save_pending_orders", "#8 (C)", {"orders": [ORDER], "source": "my-shop", "account_key": None}, True),
    ("save_pending_orders", "source is at most 50 characters (#8)", {"orders": [ORDER], "source": "x" * 51}, False),
    ("validate_product", "#12", {"skus_or_codes": ["5M144M8S7DD5X6F0S10X8J1S7DD5X6"]}, True),
    (
        "submit_product",
        "D test-api",
        {"order_key": "db2f6f73-3f97-4a86-826a-c261a6ccae73", "cart_id": 2, "product": ITEM, "mode": "store"},
        True,
    ),
    (
        "submit_product",
        "mode is store or order (D)",
        {"order_key": "db2f6f73-3f97-4a86-826a-c261a6ccae73", "cart_id": 2, "product": ITEM, "mode": "cart"},
        False,
    ),
    (
        "add_event",
        "#3 event helper",
        {"type": "success", "name": "Error while uploading image", "details": "{}", "account_id": 0, "site_id": 1},
        True,
    ),
]


@pytest.mark.parametrize(("op_id", "source", "body", "valid"), REQUESTS, ids=[f"{c[0]}:{c[1]}" for c in REQUESTS])
def test_evidenced_request_shape(op_id: str, source: str, body: Any, valid: bool) -> None:
    errors = _errors(_request_schema(op_id), body, f"{op_id} request ({source})")
    if valid:
        assert not errors, "\n".join(errors)
    else:
        assert errors, f"{op_id}: the spec accepts a body the evidence rules out ({source})"


def _parameter_validator(op_id: str, name: str) -> Draft202012Validator:
    (param,) = [p for p in OPERATIONS[op_id][2].get("parameters", []) if p["name"] == name]
    assert param["in"] == "query"
    return Draft202012Validator(param["schema"], format_checker=FORMAT_CHECKER)


# (operation, query parameter, required?, accepted values, refused values)
PARAMETERS = [
    ("test_my_credentials", "account_key", False, ["8d1c3c2e"], []),  # #3
    ("get_user", "account_key", False, ["8d1c3c2e"], []),  # #1
    ("get_payment_tokens", "payment_profile_id", True, ["731094825"], []),  # #12
    ("get_shipping_options_ids", "type", False, [1, 2], ["abc", "1"]),  # #1; #8: "not valid for Int32"
]


@pytest.mark.parametrize(("op_id", "name", "required", "good", "bad"), PARAMETERS, ids=[p[0] for p in PARAMETERS])
def test_evidenced_query_parameter(op_id: str, name: str, required: bool, good: list[Any], bad: list[Any]) -> None:
    _, method, op = OPERATIONS[op_id]
    assert method == "get" and "requestBody" not in op, op_id
    (param,) = [p for p in op["parameters"] if p["name"] == name]
    assert bool(param.get("required")) is required
    validator = _parameter_validator(op_id, name)
    for value in good:
        assert validator.is_valid(value), (op_id, value)
    for value in bad:
        assert not validator.is_valid(value), (op_id, value)


# (operation, what the evidence reads, body, valid?)
USER = {
    "account_id": 1234,
    "account_username": "milton",
    "account_email": "milton@example.com",
    "billing_info": None,
    "business_info": None,
    "logo_url": None,
    "payment_profile_id": "731094825",
    "user_account_credits": None,
    "account_key": "8d1c3c2e",
    "shipping_preferences": [0, 3],
    "connections": [
        {"name": "shopify", "id": "shop-1", "data": '{"access_token": "x"}'},
        {"name": "etsy", "id": "77", "data": {"shop_id": 77}},
    ],
    "user_profile_complete": True,
    "app_details": {"app_name": "unknown to the spec"},
}
SHIPPING_OPTION = {
    "id": 4,
    "rate": 12.5,
    "shipping_method": "Ground",
    "shipping_code": "SD",
    "shipping_class_code": "GR",
    "calculated_total": {
        "order_subtotal": 40.0,
        "order_discount": 0,
        "order_shipping_rate": 12.5,
        "order_sales_tax": 0,
        "order_grand_total": 52.5,
        "order_credits_used": 0,
        "order_po": "PO_0001",
        "order_sales_tax_rate": 0,
        "product_pricing": [{"product_qty": 1, "product_sku": "AP1234P1234", "total_price": 40.0}],
    },
}
RESPONSES: list[tuple[str, str, Any, bool]] = [
    ("test_my_credentials", "#4, #12, #10 user_account", {"status": STATUS, "user_account": USER}, True),
    ("get_user", "#1 user_account", {"status": STATUS, "user_account": {**USER, "user_account_credits": 12.5}}, True),
    (
        "get_user",
        "profile flag is a boolean (#1)",
        {"status": STATUS, "user_account": {**USER, "user_profile_complete": "yes"}},
        False,
    ),
    ("update_user", "#10 user_account", {"status": STATUS, "user_account": USER}, True),
    (
        "list_images",
        "#4, #8",
        {"status": STATUS, "images": [IMAGE], "count": 1, "page_number": 1, "per_page": 10},
        True,
    ),
    ("add_images", "#1 images", {"status": STATUS, "images": [IMAGE]}, True),
    (
        "list_virtual_inventory",
        "#1 forwarded fields",
        {
            "status": STATUS,
            "products": [
                {
                    "sku": "AP1",
                    "name": "Print",
                    "id": 3,
                    "product_guid": "be9d78b7-866f-4941-b237-8f010eef3b9b",
                    "image_guid": "9a85d170-dca0-43d1-a00d-072281b122e7",
                    "product_code": "5M144",
                    "quantity_in_stock": 4,
                    "track_inventory": False,
                    "asking_price": 80.0,
                    "per_item_price": 31.5,
                    "total_price": 31.5,
                    "description_short": "Giclee print",
                    "description_long": "<p>Giclee print</p>",
                    "image_url_1": "https://example.invalid/1.jpg",
                    "image_url_5": None,
                    "product_size": {"width": 8, "height": 10},
                    "third_party_integrations": {"shopify_product_id": 123, "wix_product_id": "w-1"},
                }
            ],
            "page_number": 1,
            "per_page": 10,
            "count": 1,
        },
        True,
    ),
    (
        "list_orders",
        "#1 orders and total_count",
        {"status": STATUS, "orders": [{"order_id": 1}], "total_count": 31},
        True,
    ),
    (
        "submit_orders",
        "#1, #11 confirmations",
        {"status": STATUS, "orders": [{"order_id": 1, "order_confirmation_id": 2, "order_po": "PO_0001"}]},
        True,
    ),
    ("submit_orders", "#11, #12: orders is null in test mode", {"status": STATUS, "orders": None}, True),
    ("submit_orders", "#12: validate_only success has no orders", {"status": STATUS}, True),
    (
        "submit_orders",
        "#10 top-level debug and misc",
        {
            "status": STATUS,
            "debug": {"x": 1},
            "misc": None,
            "orders": [
                {
                    "order_confirmation_datetime": "2026-02-28T18:11:11",
                    "order_confirmation_id": 2,
                    "order_id": 1,
                    "order_po": "P",
                }
            ],
        },
        True,
    ),
    ("submit_orders_v2", "#11, #12: orders is null in test mode", {"status": STATUS, "orders": None}, True),
    (
        "submit_orders_v2",
        "#8 further confirmation fields",
        {
            "status": STATUS,
            "orders": [
                {
                    "order_id": 1,
                    "order_confirmation_id": 2,
                    "order_po": "PO_0001",
                    "order_guid": "be9d78b7-866f-4941-b237-8f010eef3b9b",
                    "order_email": "a@b.c",
                    "order_source": "api",
                    "order_status": "Order Received",
                }
            ],
        },
        True,
    ),
    (
        "fetch_order_status",
        "#1, #9, #8 orders and shipments",
        {
            "status": STATUS,
            "orders": [
                {
                    "order_id": 1,
                    "order_po": "PO_0001",
                    "order_confirmation_id": 2,
                    "order_status_id": 7,
                    "order_status_label": "Shipped",
                    "order_source": "api",
                    "processing": False,
                    "shipments": [
                        {
                            "tracking_number": "1Z999",
                            "tracking_url": "https://example.invalid/track",
                            "shipment_date": "2026-03-01T10:00:00",
                            "delivery_date": None,
                            "service": "Ground",
                            "carrier": "UPS",
                            "weight": 2.5,
                            "width": 12,
                            "height": 16,
                            "depth": 2,
                            "creation_date": "2026-02-28",
                            "eta_date": "2026-03-04",
                            "history": [{"event": "picked up"}],
                        }
                    ],
                }
            ],
        },
        True,
    ),
    ("list_shipping_options", "#9 options", {"status": STATUS, "options": [SHIPPING_OPTION]}, True),
    (
        "list_shipping_options_multiple",
        "#1, #2, #10 orders[].options[]",
        {
            "status": STATUS,
            "orders": [
                {
                    "order_po": "PO_0001",
                    "options": [SHIPPING_OPTION],
                    "order_size": {
                        "cubic_volume": 384,
                        "depth": 2,
                        "height": 16,
                        "is_rigid": True,
                        "ounces": 40,
                        "width": 12,
                    },
                }
            ],
        },
        True,
    ),
    (
        "get_prices",
        "#12, #7, #9, price model page (D)",
        {
            "status": STATUS,
            "prices": [
                {
                    "product_qty": 1,
                    "product_sku": "AP1234P1234",
                    "product_code": "5M144",
                    "product_price": 31.5,
                    "add_frame_price": 0,
                    "add_mat_1_price": 0,
                    "add_mat_2_price": 0,
                    "add_glazing_price": 0,
                    "add_color_correct_price": 0,
                    "total_price": 31.5,
                    "info": None,
                    "debug": None,
                }
            ],
        },
        True,
    ),
    (
        "get_product_details",
        "#1, #9 product_list",
        {
            "status": STATUS,
            "product_list": [
                {
                    "sku": "AP6543P49875",
                    "product_code": "5M144",
                    "name": "Print",
                    "description_short": "Not Available",
                    "description_long": None,
                    "monetary_format": "USD",
                    "quantity": 3,
                    "per_item_price": 10.0,
                    "total_price": 30.0,
                    "asking_price": None,
                    "image_url_1": None,
                    "image_guid": "9a85d170-dca0-43d1-a00d-072281b122e7",
                    "product_size": {
                        "width": 8,
                        "height": 10,
                        "depth": 1,
                        "ounces": 6,
                        "cubic_volume": 80,
                        "is_rigid": False,
                    },
                }
            ],
        },
        True,
    ),
    ("update_virtual_inventory", "#1 skus_updated", {"status": STATUS, "skus_updated": ["AP1556P79511"]}, True),
    (
        "list_media_types",
        "#12 media_types",
        {
            "status": STATUS,
            "media_types": [{"id": 3, "product_type_id": 1, "name": "Paper", "description": "", "style_ids": [4, 5]}],
        },
        True,
    ),
    (
        "list_style_types",
        "#12, #8 style_types",
        {
            "status": STATUS,
            "style_types": [
                {
                    "id": 4,
                    "name": "Bordered",
                    "custom_sizing": True,
                    "allow_decimal": False,
                    "allow_rotate": True,
                    "min": {"width": 4, "height": 4},
                    "max": {"width": 40, "height": 60},
                    "available_sizes": [{"width": 8, "height": 10}],
                    "border_size": 0.5,
                    "bleed_amt": 0.125,
                    "can_frame": True,
                    "can_mat": True,
                    "can_glaze": True,
                    "frame_class_ids": [1],
                    "mounting_add_ons": [{"id": 1}],
                }
            ],
        },
        True,
    ),
    (
        "list_product_types",
        "#10, #8 product_types",
        {
            "status": STATUS,
            "product_types": [{"id": 1, "name": "Prints", "description": "", "media_ids": [3], "icon_url": None}],
        },
        True,
    ),
    (
        "list_order_status_definitions",
        "#9 definitions",
        {"status": STATUS, "definitions": [{"order_status_id": 51, "order_status_label": "Pending Ship Estimate"}]},
        True,
    ),
    (
        "get_payment_tokens",
        "#12",
        {
            "status": STATUS,
            "payment_profile_id": "731094825",
            "payment_tokens": [
                {"token": "tok_1", "is_default": True, "associated_payment_method": {"card_type": "Visa"}}
            ],
        },
        True,
    ),
    (
        "get_company_info",
        "#1, #8",
        {"status": STATUS, "site_id": 2, "address": {"city": "Pflugerville"}, "lobby_hours": "9-5"},
        True,
    ),
    ("get_shipping_options_ids", "#1 shipping_options", {"status": STATUS, "shipping_options": [{"id": 1}]}, True),
    ("get_shipping_options_ids", "#8 shipping_options_ids", {"status": STATUS, "shipping_options_ids": [1, 2]}, True),
    (
        "validate_product",
        "#12 product_validations",
        {
            "status": STATUS,
            "product_validations": [
                {
                    "product_code": "5M144",
                    "product_sku": None,
                    "valid": True,
                    "validation_message": "Product appears to be valid.",
                }
            ],
        },
        True,
    ),
    ("add_event", "#1 event_log", {"status": STATUS, "event_log": {"id": 17}}, True),
    ("update_file_selection", "#10 guids / #8 guid", {"status": STATUS, "guids": [], "guid": None}, True),
    ("validate_recipient_address", "#8 address", {"status": STATUS, "address": RECIPIENT}, True),
    ("list_galleries", "#8 galleries", {"status": STATUS, "galleries": [{"id": 1, "name": "Mine"}]}, True),
    ("add_update_gallery_collection", "#8 id", {"status": STATUS, "id": 5}, True),
    (
        "list_style_types",
        "status_code stays an integer (C hint of a string not modelled)",
        {"status": {**STATUS, "status_code": "200 OK"}},
        False,
    ),
]


@pytest.mark.parametrize(("op_id", "source", "body", "valid"), RESPONSES, ids=[f"{c[0]}:{c[1]}" for c in RESPONSES])
def test_evidenced_response_shape(op_id: str, source: str, body: Any, valid: bool) -> None:
    errors = _errors(_response_schema(op_id), body, f"{op_id} response ({source})")
    if valid:
        assert not errors, "\n".join(errors)
    else:
        assert errors, f"{op_id}: the spec accepts a response the evidence rules out ({source})"


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_every_response_stays_open(op_id: str) -> None:
    """A field the spec does not know never makes a successful response invalid."""
    media = OPERATIONS[op_id][2]["responses"]["200"]["content"]["application/json"]
    examples = [e["value"] for e in (media.get("examples") or {}).values()]
    body = {**(examples[0] if examples else {"status": STATUS}), "field_added_by_finerworks_later": {"any": ["x"]}}
    assert not _errors(_response_schema(op_id), body, op_id)


# -- errors -----------------------------------------------------------------------------------------

BAD_REQUEST = {"$ref": f"{SPEC_URI}#/components/responses/bad_request/content/application~1json/schema"}


def _pointer(document: Any, pointer: str) -> Any:
    for part in pointer.lstrip("/").split("/"):
        if not isinstance(document, dict) or part not in document:
            return None
        document = document[part]
    return document


@pytest.mark.parametrize(
    "body",
    [
        CREDENTIAL_FAILURE,  # §2.2, #8: "the exact body the live API returns for an unauthorized key pair"
        FIELD_FAILURE,  # §2.2, #2 keys; #11 message
        {
            "Message": "The request is invalid.",
            "ModelState": {"type": ["The value 'abc' is not valid for Int32."]},
        },  # #8
        {"message": "Something went wrong."},  # §2.2, #8: "the plain { message } shape"
    ],
    ids=["credentials", "fields", "int32", "plain-message"],
)
def test_error_bodies_validate(body: Any) -> None:
    errors = _errors(BAD_REQUEST, body, "400 body")
    assert not errors, "\n".join(errors)


def test_error_body_is_not_a_success_body() -> None:
    """A 400 body has no status envelope: parsing it as the 200 schema fails (why 400 needs its own)."""
    assert _errors(_response_schema("submit_orders_v2"), CREDENTIAL_FAILURE, "as 200")
    assert not _validator(BAD_REQUEST).is_valid({"ModelState": {"a": "not a list"}})
    assert not _validator(BAD_REQUEST).is_valid({"Message": "x", "ModelState": {"a": [1]}})


def test_error_body_extension_reads_the_evidenced_bodies() -> None:
    rule = SPEC["info"]["x-error-body"]
    assert rule == {
        "message": ["/Message", "/message"],
        "field-errors": "/ModelState",
        "rules": [{"status": 400, "field-suffix": "authorization_credentials", "error": "AuthenticationError"}],
    }

    def message(body: Any) -> Any:
        return next((m for p in rule["message"] if isinstance(m := _pointer(body, p), str)), None)

    assert message(CREDENTIAL_FAILURE) == "The request is invalid."
    assert message({"message": "Something went wrong."}) == "Something went wrong."
    fields = _pointer(FIELD_FAILURE, rule["field-errors"])
    assert fields["request.orders[0].recipient.state_code"] == [
        "Must be left blank when country_code does not equal 'us'"
    ]
    suffix = rule["rules"][0]["field-suffix"]
    assert any(k.endswith(suffix) for k in _pointer(CREDENTIAL_FAILURE, rule["field-errors"]))
    assert not any(k.endswith(suffix) for k in fields)


def test_bad_request_examples() -> None:
    media = SPEC["components"]["responses"]["bad_request"]["content"]["application/json"]
    examples = {name: ex["value"] for name, ex in media["examples"].items()}
    assert examples["credentials"] == CREDENTIAL_FAILURE  # verbatim from evidence §2.2
    assert examples["field_validation"]["ModelState"] == {
        "request.orders[0].recipient.state_code": ["Must be left blank when country_code does not equal 'us'"]
    }
    for name, value in examples.items():
        errors = _errors(BAD_REQUEST, value, f"bad_request example {name}")
        assert not errors, "\n".join(errors)


# -- the disagreements, resolved as the spec says ------------------------------------------------------


def _schema(name: str) -> dict[str, Any]:
    return SPEC["components"]["schemas"][name]  # type: ignore[no-any-return]


def test_shipping_preferences_are_integers_everywhere() -> None:
    assert _schema("shipping_preference")["type"] == "integer"
    assert _schema("shipping_preference")["enum"] == [0, 1, 2, 3]
    text = " ".join(_schema("shipping_preference")["description"].split())
    assert all(f"{n} {word}" in text for n, word in ((0, "economical"), (1, "rolled"), (2, "flat"), (3, "fastest")))
    for owner in ("user_account", "update_user_request"):
        prop = _schema(owner)["properties"]["shipping_preferences"]
        assert prop["items"] == {"$ref": "#/components/schemas/shipping_preference"}, owner
        assert prop["maxItems"] == 3, owner


def test_user_account_types() -> None:
    props = _schema("user_account")["properties"]
    assert "null" in props["user_account_credits"]["type"] and "number" in props["user_account_credits"]["type"]
    assert "boolean" in props["user_profile_complete"]["type"]
    connection = _schema("third_party_connections")["properties"]
    assert set(connection) == {"name", "id", "data"}


def test_disagreements_are_noted() -> None:
    """Where sources disagree the spec says so, next to the choice it made."""
    notes = {
        ("get_prices", "op"): ("bare JSON array", "v2 host"),
        ("get_product_details", "op"): ("bare JSON array", "FinerWorks' own"),
        ("list_virtual_inventory_request", "third_party_connections_filter"): ("string", "list of strings"),
        ("get_shipping_options_ids_response", None): ("shipping_options", "shipping_options_ids"),
        ("update_file_selection_response", None): ("guids", "guid"),
        ("order_details", None): ("list_shipping_options_multiple", "stays optional"),
        ("response_status", "status_code"): ("string", "stays an integer"),
        ("user_account", None): ("nullable", "boolean"),
    }
    for (where, prop), phrases in notes.items():
        if prop == "op":
            note = OPERATIONS[where][2]["x-note"]
        elif prop:
            note = _schema(where)["properties"][prop]["x-note"]
        else:
            note = _schema(where)["x-note"]
        note = " ".join(note.split())
        for phrase in phrases:
            assert phrase in note, f"{where}.{prop or ''}: x-note lacks {phrase!r}"


def test_c_grade_payloads_are_marked_lower_confidence() -> None:
    """Every schema filled only from machine-made connector schemas says so."""
    for name in (
        "save_pending_orders_request",
        "save_pending_orders_response",
        "update_user_response",
        "update_images_response",
        "list_product_types_response",
        "product_type",
        "validate_recipient_address_response",
        "get_company_info_response",
        "list_galleries_response",
        "add_update_gallery_collection_response",
        "update_file_selection_response",
        "list_shipping_options_response",
    ):
        note = " ".join(_schema(name)["x-note"].split())
        assert "grade C" in note and ("lower confidence" in note or "lower" in note), name


def test_pagination_never_uses_count_as_total() -> None:
    for op_id in ("list_images", "list_virtual_inventory"):
        op = OPERATIONS[op_id][2]
        assert "total" not in op["x-pagination"], op_id
        assert "count" in _schema(f"{op_id}_response")["properties"], op_id
        assert "not used as the paging total" in " ".join(op["x-note"].split()), op_id
    assert OPERATIONS["list_orders"][2]["x-pagination"]["total"] == "total_count"
