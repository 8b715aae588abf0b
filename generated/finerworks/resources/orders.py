"""orders: Submitting orders, reading them back, following their production status and changing them before production starts."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING
from .. import models as _models
from .._base_client import (
    OperationSpec as _Op,
    OutcomeCheck as _Check,
    PaginationSpec as _Pages,
    ParamSpec as _Param,
    RequestOptions as _Options,
    async_to_prepared,
    async_to_raw_response,
    to_prepared,
    to_raw_response,
)
from .._types import NOT_GIVEN as _NOT_GIVEN
from .._types import Body as _Body
from .._types import Headers as _Headers
from .._types import NotGiven as _NotGiven
from .._types import Query as _Query
from .._types import Timeout as _Timeout
from collections.abc import AsyncIterator as _AsyncIterator
from collections.abc import Iterator as _Iterator
from collections.abc import Mapping as _Mapping
from collections.abc import Sequence as _Sequence
from datetime import datetime as _datetime
from typing import Any as _Any
from typing import Literal as _Literal
from uuid import UUID as _UUID

if TYPE_CHECKING:
    from .._client import AsyncFinerWorks, FinerWorks

__all__ = ["OrdersResource", "AsyncOrdersResource"]

_LIST_STATUS_DEFINITIONS: _Op[_models.ListOrderStatusDefinitionsResponse] = _Op(
    operation_id="list_order_status_definitions",
    method="GET",
    path="/list_order_status_definitions",
    response_type=_models.ListOrderStatusDefinitionsResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
)

_UPDATE: _Op[_models.UpdateOrderResponse] = _Op(
    operation_id="update_order",
    method="PUT",
    path="/update_order",
    response_type=_models.UpdateOrderResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.UpdateOrderRequest,
)

_UPDATE_CUSTOMER: _Op[_models.UpdateCustomerResponse] = _Op(
    operation_id="update_customer",
    method="PUT",
    path="/update_customer",
    response_type=_models.UpdateCustomerResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.UpdateCustomerRequest,
)

_SUBMIT: _Op[_models.SubmitOrdersResponse] = _Op(
    operation_id="submit_orders",
    method="POST",
    path="/submit_orders",
    response_type=_models.SubmitOrdersResponse,
    response_kind="model",
    idempotent=False,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.SubmitOrdersRequest,
    outcome_check=_Check("fetch_order_status", "orders.fetch_status", "order_po"),
)

_SUBMIT_V2: _Op[_models.SubmitOrdersV2Response] = _Op(
    operation_id="submit_orders_v2",
    method="POST",
    path="/submit_orders_v2",
    response_type=_models.SubmitOrdersV2Response,
    response_kind="model",
    idempotent=False,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.SubmitOrdersV2Request,
    outcome_check=_Check("fetch_order_status", "orders.fetch_status", "order_po"),
)

_SAVE_PENDING: _Op[_models.SavePendingOrdersResponse] = _Op(
    operation_id="save_pending_orders",
    method="POST",
    path="/save_pending_orders",
    response_type=_models.SavePendingOrdersResponse,
    response_kind="model",
    idempotent=False,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.SavePendingOrdersRequest,
)

_LIST_PENDING: _Op[_models.ListPendingOrdersResponse] = _Op(
    operation_id="list_pending_orders",
    method="POST",
    path="/list_pending_orders",
    response_type=_models.ListPendingOrdersResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.ListPendingOrdersRequest,
)

_DELETE_PENDING: _Op[_models.DeletePendingOrdersResponse] = _Op(
    operation_id="delete_pending_orders",
    method="POST",
    path="/delete_pending_orders",
    response_type=_models.DeletePendingOrdersResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.DeletePendingOrdersRequest,
)

_FETCH_STATUS: _Op[_models.FetchOrderStatusResponse] = _Op(
    operation_id="fetch_order_status",
    method="POST",
    path="/fetch_order_status",
    response_type=_models.FetchOrderStatusResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.FetchOrderStatusRequest,
)

_LIST: _Op[_models.ListOrdersResponse] = _Op(
    operation_id="list_orders",
    method="POST",
    path="/list_orders",
    response_type=_models.ListOrdersResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.ListOrdersRequest,
    pagination=_Pages(
        page="page_number",
        size="per_page",
        location="body",
        items="orders",
        total="total_count",
        default_size=10,
        start_page=1,
    ),
)

_GET: _Op[_models.GetOrderResponse] = _Op(
    operation_id="get_order",
    method="GET",
    path="/get_order",
    response_type=_models.GetOrderResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={
        "order_guid": _Param("order_guid", "query", "form", True),
        "order_email": _Param("order_email", "query", "form", True),
    },
    params_model=_models.GetOrderParams,
)


class OrdersResource:
    """Submitting orders, reading them back, following their production status and changing them before production starts."""

    def __init__(self, client: FinerWorks) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrdersResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body, ``parsed``)."""
        return OrdersResourceWithRawResponse(self)

    @cached_property
    def prepare(self) -> OrdersResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return OrdersResourcePrepare(self)

    def list_status_definitions(
        self,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListOrderStatusDefinitionsResponse:
        """List the production statuses an order can reach

        Returns the catalogue of production statuses as pairs of a numeric id and a label. Key any logic on the id; the label wording may change.

        ``GET /list_order_status_definitions`` (operationId ``list_order_status_definitions``)
        """
        return self._client.call(
            _LIST_STATUS_DEFINITIONS,
            {},
            _NOT_GIVEN,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def update(
        self,
        *,
        order_id: int,
        update_command: _Literal["pending", "hold", "cancel"],
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.UpdateOrderResponse:
        """Release, hold or cancel an order before production

        Changes the submission status of an order that has not yet entered production - release it to fulfilment, put it on hold, or cancel the submission (after which the same order PO may be submitted again). Orders already in production can only be changed through customer support. This is independent of the production status reported by `fetch_order_status`.

        ``PUT /update_order`` (operationId ``update_order``)

        Args:
            order_id: Submission reference id returned when the order was submitted.
            update_command: `pending` releases the order to fulfilment, `hold` puts it on hold, `cancel` cancels the submission (the same order PO can then be submitted again).
        """
        return self._client.call(
            _UPDATE,
            {},
            {
                "order_id": order_id,
                "update_command": update_command,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def update_customer(
        self,
        *,
        order_id: int,
        customer_info: _models.Address | _Mapping[str, _Any] | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.UpdateCustomerResponse:
        """Replace the ship-to address of an order

        Sets a new recipient name and address on an existing order.

        ``PUT /update_customer`` (operationId ``update_customer``)

        Args:
            order_id: FinerWorks order id.
            customer_info: New ship-to name and address.
        """
        return self._client.call(
            _UPDATE_CUSTOMER,
            {},
            {
                "order_id": order_id,
                "customer_info": customer_info,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def submit(
        self,
        *,
        orders: _Sequence[_models.OrderDetails | _Mapping[str, _Any]],
        validate_only: bool | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.SubmitOrdersResponse:
        """Place up to five orders, or only validate them

        Submits up to five new orders in one call. Each accepted order gets a confirmation / reference id and moves on to the production queue. With `validate_only` set the orders are only checked and the problems found are reported; nothing is placed.

        ``POST /submit_orders`` (operationId ``submit_orders``)

        Args:
            orders: Orders to place, at most five per call. Each needs a `shipping_code` here.
            validate_only: When true, only check the orders and report what is missing; nothing is placed.
        """
        return self._client.call(
            _SUBMIT,
            {},
            {
                "orders": orders,
                "validate_only": validate_only,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def submit_v2(
        self,
        *,
        orders: _Sequence[_models.OrderDetails | _Mapping[str, _Any]],
        payment_token: str,
        validate_only: bool | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.SubmitOrdersV2Response:
        """Place up to fifty orders with a payment token, or only validate them

        The newer order submission. Takes up to fifty new orders together with a payment token: a token from the payment processor, `invoice` to pay later (only for accounts that qualify for invoicing), or `xxxx`, which turns every order of the call into a test order. Each accepted order gets a confirmation id and goes to production. With `validate_only` set the orders are only checked.

        ``POST /submit_orders_v2`` (operationId ``submit_orders_v2``)

        Args:
            orders: Orders to place, at most fifty per call. Each needs a `shipping_code` here.
            payment_token: How the orders are paid: a payment-method token from the payment processor (see get_payment_tokens), `invoice` to be billed later (accounts that qualify for invoicing only), or `xxxx` to turn every order of the call into a test order.
            validate_only: When true, only check the orders and report what is missing; nothing is placed.
            account_key: Acting account; honoured only for app keys with permission for it.
        """
        return self._client.call(
            _SUBMIT_V2,
            {},
            {
                "orders": orders,
                "payment_token": payment_token,
                "validate_only": validate_only,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def save_pending(
        self,
        *,
        orders: _Sequence[_models.OrderDetails | _Mapping[str, _Any]],
        source: str | None | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.SavePendingOrdersResponse:
        """Keep orders in the pending-order store without submitting them

        Stores orders as pending: they are held in FinerWorks' temporary order storage, can be read back with `list_pending_orders` and removed with `delete_pending_orders`, and are not sent to production.

        ``POST /save_pending_orders`` (operationId ``save_pending_orders``)

        Args:
            orders: Orders to keep as pending.
            source: Label of the shop or channel the orders come from.
            account_key: Acting account; honoured only for app keys with permission for it.
        """
        return self._client.call(
            _SAVE_PENDING,
            {},
            {
                "orders": orders,
                "source": source,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list_pending(
        self,
        *,
        ids: _Sequence[int],
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListPendingOrdersResponse:
        """Read pending orders by id

        Returns the orders held in the pending state (saved but not yet submitted) that have the given pending-order ids.

        ``POST /list_pending_orders`` (operationId ``list_pending_orders``)

        Args:
            ids: Ids of the pending orders to return.
            account_key: Acting account; honoured only for app keys with permission for it.
        """
        return self._client.call(
            _LIST_PENDING,
            {},
            {
                "ids": ids,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def delete_pending(
        self,
        *,
        ids: _Sequence[int],
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.DeletePendingOrdersResponse:
        """Remove pending orders by id

        Deletes orders from the pending-order store by their pending-order ids.

        ``POST /delete_pending_orders`` (operationId ``delete_pending_orders``)

        Args:
            ids: Ids of the pending orders to delete.
            account_key: Acting account; honoured only for app keys with permission for it.
        """
        return self._client.call(
            _DELETE_PENDING,
            {},
            {
                "ids": ids,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def fetch_status(
        self,
        *,
        order_pos: _Sequence[str] | None | _NotGiven = _NOT_GIVEN,
        order_ids: _Sequence[int] | None | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.FetchOrderStatusResponse:
        """Get the production status of orders

        Looks orders up by their submission reference ids or by the POs you sent, and returns each one's current production status and shipments. Orders that cannot be found are left out of the result.

        ``POST /fetch_order_status`` (operationId ``fetch_order_status``)

        Args:
            order_pos: POs you submitted the orders with.
            order_ids: Submission reference ids returned by submit_orders.
            account_key: Acting account; honoured only for app keys with permission for it.
        """
        return self._client.call(
            _FETCH_STATUS,
            {},
            {
                "order_pos": order_pos,
                "order_ids": order_ids,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list(
        self,
        *,
        search_filter: str | None | _NotGiven = _NOT_GIVEN,
        status: str | None | _NotGiven = _NOT_GIVEN,
        order_ids: _Sequence[int] | None | _NotGiven = _NOT_GIVEN,
        order_pos: _Sequence[str] | None | _NotGiven = _NOT_GIVEN,
        date_from: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        date_to: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        per_page: int | _NotGiven = _NOT_GIVEN,
        page_number: int | _NotGiven = _NOT_GIVEN,
        show_cancelled: bool | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListOrdersResponse:
        """Page through orders

        Returns one page of the account's orders, filtered by text, status, order ids, order POs and order date range. Cancelled orders are included unless `show_cancelled` is false.

        ``POST /list_orders`` (operationId ``list_orders``)

        Args:
            search_filter: Text to search for.
            status: Only orders with this status.
            order_ids: Only these order ids.
            order_pos: Only the orders with these POs.
            date_from: Orders placed after this moment.
            date_to: Orders placed before this moment.
            account_key: Acting account; honoured only for app keys with permission for it.
            per_page: Page size.
            page_number: Page to return, starting at 1.
            show_cancelled: Include cancelled orders.
        """
        return self._client.call(
            _LIST,
            {},
            {
                "search_filter": search_filter,
                "status": status,
                "order_ids": order_ids,
                "order_pos": order_pos,
                "date_from": date_from,
                "date_to": date_to,
                "account_key": account_key,
                "per_page": per_page,
                "page_number": page_number,
                "show_cancelled": show_cancelled,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list_all(
        self,
        *,
        search_filter: str | None | _NotGiven = _NOT_GIVEN,
        status: str | None | _NotGiven = _NOT_GIVEN,
        order_ids: _Sequence[int] | None | _NotGiven = _NOT_GIVEN,
        order_pos: _Sequence[str] | None | _NotGiven = _NOT_GIVEN,
        date_from: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        date_to: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        per_page: int | _NotGiven = _NOT_GIVEN,
        show_cancelled: bool | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _Iterator[_models.ListedOrder]:
        """Page through orders

        Iterates over the items of every page, requesting pages as it goes.

        Returns one page of the account's orders, filtered by text, status, order ids, order POs and order date range. Cancelled orders are included unless `show_cancelled` is false.

        ``POST /list_orders`` (operationId ``list_orders``)

        Args:
            search_filter: Text to search for.
            status: Only orders with this status.
            order_ids: Only these order ids.
            order_pos: Only the orders with these POs.
            date_from: Orders placed after this moment.
            date_to: Orders placed before this moment.
            account_key: Acting account; honoured only for app keys with permission for it.
            per_page: Page size.
            page_number: Page to return, starting at 1.
            show_cancelled: Include cancelled orders.
        """
        return self._client.paginate(
            _LIST,
            {},
            {
                "search_filter": search_filter,
                "status": status,
                "order_ids": order_ids,
                "order_pos": order_pos,
                "date_from": date_from,
                "date_to": date_to,
                "account_key": account_key,
                "per_page": per_page,
                "show_cancelled": show_cancelled,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def get(
        self,
        *,
        order_guid: _UUID | str,
        order_email: str,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.GetOrderResponse:
        """Get one order as a receipt

        Fetches one order - ids, status, payment details, addresses, totals and more - identified by the order GUID together with the e-mail address of the order.

        ``GET /get_order`` (operationId ``get_order``)

        Args:
            order_guid: GUID of the order.
            order_email: E-mail address stored with the order.
        """
        return self._client.call(
            _GET,
            {
                "order_guid": order_guid,
                "order_email": order_email,
            },
            _NOT_GIVEN,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncOrdersResource:
    """Submitting orders, reading them back, following their production status and changing them before production starts."""

    def __init__(self, client: AsyncFinerWorks) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrdersResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body, ``parsed``)."""
        return AsyncOrdersResourceWithRawResponse(self)

    @cached_property
    def prepare(self) -> AsyncOrdersResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return AsyncOrdersResourcePrepare(self)

    async def list_status_definitions(
        self,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListOrderStatusDefinitionsResponse:
        """List the production statuses an order can reach

        Returns the catalogue of production statuses as pairs of a numeric id and a label. Key any logic on the id; the label wording may change.

        ``GET /list_order_status_definitions`` (operationId ``list_order_status_definitions``)
        """
        return await self._client.call(
            _LIST_STATUS_DEFINITIONS,
            {},
            _NOT_GIVEN,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def update(
        self,
        *,
        order_id: int,
        update_command: _Literal["pending", "hold", "cancel"],
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.UpdateOrderResponse:
        """Release, hold or cancel an order before production

        Changes the submission status of an order that has not yet entered production - release it to fulfilment, put it on hold, or cancel the submission (after which the same order PO may be submitted again). Orders already in production can only be changed through customer support. This is independent of the production status reported by `fetch_order_status`.

        ``PUT /update_order`` (operationId ``update_order``)

        Args:
            order_id: Submission reference id returned when the order was submitted.
            update_command: `pending` releases the order to fulfilment, `hold` puts it on hold, `cancel` cancels the submission (the same order PO can then be submitted again).
        """
        return await self._client.call(
            _UPDATE,
            {},
            {
                "order_id": order_id,
                "update_command": update_command,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def update_customer(
        self,
        *,
        order_id: int,
        customer_info: _models.Address | _Mapping[str, _Any] | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.UpdateCustomerResponse:
        """Replace the ship-to address of an order

        Sets a new recipient name and address on an existing order.

        ``PUT /update_customer`` (operationId ``update_customer``)

        Args:
            order_id: FinerWorks order id.
            customer_info: New ship-to name and address.
        """
        return await self._client.call(
            _UPDATE_CUSTOMER,
            {},
            {
                "order_id": order_id,
                "customer_info": customer_info,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def submit(
        self,
        *,
        orders: _Sequence[_models.OrderDetails | _Mapping[str, _Any]],
        validate_only: bool | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.SubmitOrdersResponse:
        """Place up to five orders, or only validate them

        Submits up to five new orders in one call. Each accepted order gets a confirmation / reference id and moves on to the production queue. With `validate_only` set the orders are only checked and the problems found are reported; nothing is placed.

        ``POST /submit_orders`` (operationId ``submit_orders``)

        Args:
            orders: Orders to place, at most five per call. Each needs a `shipping_code` here.
            validate_only: When true, only check the orders and report what is missing; nothing is placed.
        """
        return await self._client.call(
            _SUBMIT,
            {},
            {
                "orders": orders,
                "validate_only": validate_only,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def submit_v2(
        self,
        *,
        orders: _Sequence[_models.OrderDetails | _Mapping[str, _Any]],
        payment_token: str,
        validate_only: bool | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.SubmitOrdersV2Response:
        """Place up to fifty orders with a payment token, or only validate them

        The newer order submission. Takes up to fifty new orders together with a payment token: a token from the payment processor, `invoice` to pay later (only for accounts that qualify for invoicing), or `xxxx`, which turns every order of the call into a test order. Each accepted order gets a confirmation id and goes to production. With `validate_only` set the orders are only checked.

        ``POST /submit_orders_v2`` (operationId ``submit_orders_v2``)

        Args:
            orders: Orders to place, at most fifty per call. Each needs a `shipping_code` here.
            payment_token: How the orders are paid: a payment-method token from the payment processor (see get_payment_tokens), `invoice` to be billed later (accounts that qualify for invoicing only), or `xxxx` to turn every order of the call into a test order.
            validate_only: When true, only check the orders and report what is missing; nothing is placed.
            account_key: Acting account; honoured only for app keys with permission for it.
        """
        return await self._client.call(
            _SUBMIT_V2,
            {},
            {
                "orders": orders,
                "payment_token": payment_token,
                "validate_only": validate_only,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def save_pending(
        self,
        *,
        orders: _Sequence[_models.OrderDetails | _Mapping[str, _Any]],
        source: str | None | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.SavePendingOrdersResponse:
        """Keep orders in the pending-order store without submitting them

        Stores orders as pending: they are held in FinerWorks' temporary order storage, can be read back with `list_pending_orders` and removed with `delete_pending_orders`, and are not sent to production.

        ``POST /save_pending_orders`` (operationId ``save_pending_orders``)

        Args:
            orders: Orders to keep as pending.
            source: Label of the shop or channel the orders come from.
            account_key: Acting account; honoured only for app keys with permission for it.
        """
        return await self._client.call(
            _SAVE_PENDING,
            {},
            {
                "orders": orders,
                "source": source,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def list_pending(
        self,
        *,
        ids: _Sequence[int],
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListPendingOrdersResponse:
        """Read pending orders by id

        Returns the orders held in the pending state (saved but not yet submitted) that have the given pending-order ids.

        ``POST /list_pending_orders`` (operationId ``list_pending_orders``)

        Args:
            ids: Ids of the pending orders to return.
            account_key: Acting account; honoured only for app keys with permission for it.
        """
        return await self._client.call(
            _LIST_PENDING,
            {},
            {
                "ids": ids,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def delete_pending(
        self,
        *,
        ids: _Sequence[int],
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.DeletePendingOrdersResponse:
        """Remove pending orders by id

        Deletes orders from the pending-order store by their pending-order ids.

        ``POST /delete_pending_orders`` (operationId ``delete_pending_orders``)

        Args:
            ids: Ids of the pending orders to delete.
            account_key: Acting account; honoured only for app keys with permission for it.
        """
        return await self._client.call(
            _DELETE_PENDING,
            {},
            {
                "ids": ids,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def fetch_status(
        self,
        *,
        order_pos: _Sequence[str] | None | _NotGiven = _NOT_GIVEN,
        order_ids: _Sequence[int] | None | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.FetchOrderStatusResponse:
        """Get the production status of orders

        Looks orders up by their submission reference ids or by the POs you sent, and returns each one's current production status and shipments. Orders that cannot be found are left out of the result.

        ``POST /fetch_order_status`` (operationId ``fetch_order_status``)

        Args:
            order_pos: POs you submitted the orders with.
            order_ids: Submission reference ids returned by submit_orders.
            account_key: Acting account; honoured only for app keys with permission for it.
        """
        return await self._client.call(
            _FETCH_STATUS,
            {},
            {
                "order_pos": order_pos,
                "order_ids": order_ids,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def list(
        self,
        *,
        search_filter: str | None | _NotGiven = _NOT_GIVEN,
        status: str | None | _NotGiven = _NOT_GIVEN,
        order_ids: _Sequence[int] | None | _NotGiven = _NOT_GIVEN,
        order_pos: _Sequence[str] | None | _NotGiven = _NOT_GIVEN,
        date_from: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        date_to: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        per_page: int | _NotGiven = _NOT_GIVEN,
        page_number: int | _NotGiven = _NOT_GIVEN,
        show_cancelled: bool | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListOrdersResponse:
        """Page through orders

        Returns one page of the account's orders, filtered by text, status, order ids, order POs and order date range. Cancelled orders are included unless `show_cancelled` is false.

        ``POST /list_orders`` (operationId ``list_orders``)

        Args:
            search_filter: Text to search for.
            status: Only orders with this status.
            order_ids: Only these order ids.
            order_pos: Only the orders with these POs.
            date_from: Orders placed after this moment.
            date_to: Orders placed before this moment.
            account_key: Acting account; honoured only for app keys with permission for it.
            per_page: Page size.
            page_number: Page to return, starting at 1.
            show_cancelled: Include cancelled orders.
        """
        return await self._client.call(
            _LIST,
            {},
            {
                "search_filter": search_filter,
                "status": status,
                "order_ids": order_ids,
                "order_pos": order_pos,
                "date_from": date_from,
                "date_to": date_to,
                "account_key": account_key,
                "per_page": per_page,
                "page_number": page_number,
                "show_cancelled": show_cancelled,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list_all(
        self,
        *,
        search_filter: str | None | _NotGiven = _NOT_GIVEN,
        status: str | None | _NotGiven = _NOT_GIVEN,
        order_ids: _Sequence[int] | None | _NotGiven = _NOT_GIVEN,
        order_pos: _Sequence[str] | None | _NotGiven = _NOT_GIVEN,
        date_from: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        date_to: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        per_page: int | _NotGiven = _NOT_GIVEN,
        show_cancelled: bool | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _AsyncIterator[_models.ListedOrder]:
        """Page through orders

        Iterates over the items of every page, requesting pages as it goes.

        Returns one page of the account's orders, filtered by text, status, order ids, order POs and order date range. Cancelled orders are included unless `show_cancelled` is false.

        ``POST /list_orders`` (operationId ``list_orders``)

        Args:
            search_filter: Text to search for.
            status: Only orders with this status.
            order_ids: Only these order ids.
            order_pos: Only the orders with these POs.
            date_from: Orders placed after this moment.
            date_to: Orders placed before this moment.
            account_key: Acting account; honoured only for app keys with permission for it.
            per_page: Page size.
            page_number: Page to return, starting at 1.
            show_cancelled: Include cancelled orders.
        """
        return self._client.paginate(
            _LIST,
            {},
            {
                "search_filter": search_filter,
                "status": status,
                "order_ids": order_ids,
                "order_pos": order_pos,
                "date_from": date_from,
                "date_to": date_to,
                "account_key": account_key,
                "per_page": per_page,
                "show_cancelled": show_cancelled,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def get(
        self,
        *,
        order_guid: _UUID | str,
        order_email: str,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.GetOrderResponse:
        """Get one order as a receipt

        Fetches one order - ids, status, payment details, addresses, totals and more - identified by the order GUID together with the e-mail address of the order.

        ``GET /get_order`` (operationId ``get_order``)

        Args:
            order_guid: GUID of the order.
            order_email: E-mail address stored with the order.
        """
        return await self._client.call(
            _GET,
            {
                "order_guid": order_guid,
                "order_email": order_email,
            },
            _NOT_GIVEN,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class OrdersResourceWithRawResponse:
    def __init__(self, resource: OrdersResource) -> None:
        self.list_status_definitions = to_raw_response(resource.list_status_definitions)
        self.update = to_raw_response(resource.update)
        self.update_customer = to_raw_response(resource.update_customer)
        self.submit = to_raw_response(resource.submit)
        self.submit_v2 = to_raw_response(resource.submit_v2)
        self.save_pending = to_raw_response(resource.save_pending)
        self.list_pending = to_raw_response(resource.list_pending)
        self.delete_pending = to_raw_response(resource.delete_pending)
        self.fetch_status = to_raw_response(resource.fetch_status)
        self.list = to_raw_response(resource.list)
        self.get = to_raw_response(resource.get)


class AsyncOrdersResourceWithRawResponse:
    def __init__(self, resource: AsyncOrdersResource) -> None:
        self.list_status_definitions = async_to_raw_response(resource.list_status_definitions)
        self.update = async_to_raw_response(resource.update)
        self.update_customer = async_to_raw_response(resource.update_customer)
        self.submit = async_to_raw_response(resource.submit)
        self.submit_v2 = async_to_raw_response(resource.submit_v2)
        self.save_pending = async_to_raw_response(resource.save_pending)
        self.list_pending = async_to_raw_response(resource.list_pending)
        self.delete_pending = async_to_raw_response(resource.delete_pending)
        self.fetch_status = async_to_raw_response(resource.fetch_status)
        self.list = async_to_raw_response(resource.list)
        self.get = async_to_raw_response(resource.get)


class OrdersResourcePrepare:
    def __init__(self, resource: OrdersResource) -> None:
        self.list_status_definitions = to_prepared(resource.list_status_definitions)
        self.update = to_prepared(resource.update)
        self.update_customer = to_prepared(resource.update_customer)
        self.submit = to_prepared(resource.submit)
        self.submit_v2 = to_prepared(resource.submit_v2)
        self.save_pending = to_prepared(resource.save_pending)
        self.list_pending = to_prepared(resource.list_pending)
        self.delete_pending = to_prepared(resource.delete_pending)
        self.fetch_status = to_prepared(resource.fetch_status)
        self.list = to_prepared(resource.list)
        self.get = to_prepared(resource.get)


class AsyncOrdersResourcePrepare:
    def __init__(self, resource: AsyncOrdersResource) -> None:
        self.list_status_definitions = async_to_prepared(resource.list_status_definitions)
        self.update = async_to_prepared(resource.update)
        self.update_customer = async_to_prepared(resource.update_customer)
        self.submit = async_to_prepared(resource.submit)
        self.submit_v2 = async_to_prepared(resource.submit_v2)
        self.save_pending = async_to_prepared(resource.save_pending)
        self.list_pending = async_to_prepared(resource.list_pending)
        self.delete_pending = async_to_prepared(resource.delete_pending)
        self.fetch_status = async_to_prepared(resource.fetch_status)
        self.list = async_to_prepared(resource.list)
        self.get = async_to_prepared(resource.get)
