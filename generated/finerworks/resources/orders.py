"""orders: Submitting orders, reading them back, following their production status and changing them before production starts."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING
from .. import models as _models
from .._exceptions import OutcomeCheck as _Check
from .._operation import OperationSpec as _Op
from .._operation import PaginationSpec as _Paging
from .._operation import Param as _Param
from .._operation import RequestOptions as _Options
from .._resource import (
    AsyncAPIResource as _AsyncResource,
    SyncAPIResource as _SyncResource,
    async_prepared_method,
    async_raw_method,
    prepared_method,
    raw_method,
)
from .._types import NOT_GIVEN as _NOT_GIVEN
from .._types import Body as _Body
from .._types import Headers as _Headers
from .._types import NotGiven as _NotGiven
from .._types import Query as _Query
from .._types import Timeout as _Timeout
from ..pagination import AsyncPage as _AsyncPage
from ..pagination import SyncPage as _SyncPage
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
    pagination=_Paging(
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


class OrdersResource(_SyncResource):
    """Submitting orders, reading them back, following their production status and changing them before production starts."""

    _client: FinerWorks

    @cached_property
    def with_raw_response(self) -> OrdersResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body; ``parse()`` on demand)."""
        return OrdersResourceWithRawResponse(self._in_mode("raw"))

    @cached_property
    def prepare(self) -> OrdersResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return OrdersResourcePrepare(self._in_mode("prepare"))

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

        Returns:
            ListOrderStatusDefinitionsResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
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
            order_id (int, required): Submission reference id returned when the order was submitted.
            update_command (Literal[\"pending\", \"hold\", \"cancel\"], required): `pending` releases the order to fulfilment, `hold` puts it on hold, `cancel` cancels the submission (the same order PO can then be submitted again).

        Returns:
            UpdateOrderResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
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
            order_id (int, required): FinerWorks order id.
            customer_info (Address | Mapping[str, Any] | None): New ship-to name and address.

        Returns:
            UpdateCustomerResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
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
            orders (Sequence[OrderDetails | Mapping[str, Any]], required): Orders to place, at most five per call. Each needs a `shipping_code` here.
            validate_only (bool): When true, only check the orders and report what is missing; nothing is placed.

        Returns:
            SubmitOrdersResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout; ``APIUnknownOutcomeError`` when the request may have been processed: check before sending it again).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
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
            orders (Sequence[OrderDetails | Mapping[str, Any]], required): Orders to place, at most fifty per call. Each needs a `shipping_code` here.
            payment_token (str, required): How the orders are paid: a payment-method token from the payment processor (see get_payment_tokens), `invoice` to be billed later (accounts that qualify for invoicing only), or `xxxx` to turn every order of the call into a test order.
            validate_only (bool): When true, only check the orders and report what is missing; nothing is placed.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            SubmitOrdersV2Response

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout; ``APIUnknownOutcomeError`` when the request may have been processed: check before sending it again).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
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
            orders (Sequence[OrderDetails | Mapping[str, Any]], required): Orders to keep as pending.
            source (str | None): Label of the shop or channel the orders come from.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            SavePendingOrdersResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout; ``APIUnknownOutcomeError`` when the request may have been processed: check before sending it again).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
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
            ids (Sequence[int], required): Ids of the pending orders to return.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            ListPendingOrdersResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
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
            ids (Sequence[int], required): Ids of the pending orders to delete.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            DeletePendingOrdersResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
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
            order_pos (Sequence[str] | None): POs you submitted the orders with.
            order_ids (Sequence[int] | None): Submission reference ids returned by submit_orders.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            FetchOrderStatusResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
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
    ) -> _SyncPage[_models.ListedOrder, _models.ListOrdersResponse]:
        """Page through orders

        Returns one page of the account's orders, filtered by text, status, order ids, order POs and order date range. Cancelled orders are included unless `show_cancelled` is false.

        ``POST /list_orders`` (operationId ``list_orders``)

        Args:
            search_filter (str | None): Text to search for.
            status (str | None): Only orders with this status.
            order_ids (Sequence[int] | None): Only these order ids.
            order_pos (Sequence[str] | None): Only the orders with these POs.
            date_from (datetime | str | None): Orders placed after this moment.
            date_to (datetime | str | None): Orders placed before this moment.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.
            per_page (int): Page size.
            page_number (int): Page to return, starting at 1.
            show_cancelled (bool): Include cancelled orders.

        Returns:
            The page (SyncPage of ListedOrder, the response as ``.response``).
            Iterating it yields every item of every page, fetched as it goes; ``iter_pages()``, ``has_next_page()``.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._page(
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
            order_guid (UUID | str, required): GUID of the order.
            order_email (str, required): E-mail address stored with the order.

        Returns:
            GetOrderResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
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
        self.list_status_definitions = raw_method(resource.list_status_definitions)
        self.update = raw_method(resource.update)
        self.update_customer = raw_method(resource.update_customer)
        self.submit = raw_method(resource.submit)
        self.submit_v2 = raw_method(resource.submit_v2)
        self.save_pending = raw_method(resource.save_pending)
        self.list_pending = raw_method(resource.list_pending)
        self.delete_pending = raw_method(resource.delete_pending)
        self.fetch_status = raw_method(resource.fetch_status)
        self.list = raw_method(resource.list)
        self.get = raw_method(resource.get)


class OrdersResourcePrepare:
    def __init__(self, resource: OrdersResource) -> None:
        self.list_status_definitions = prepared_method(resource.list_status_definitions)
        self.update = prepared_method(resource.update)
        self.update_customer = prepared_method(resource.update_customer)
        self.submit = prepared_method(resource.submit)
        self.submit_v2 = prepared_method(resource.submit_v2)
        self.save_pending = prepared_method(resource.save_pending)
        self.list_pending = prepared_method(resource.list_pending)
        self.delete_pending = prepared_method(resource.delete_pending)
        self.fetch_status = prepared_method(resource.fetch_status)
        self.list = prepared_method(resource.list)
        self.get = prepared_method(resource.get)


class AsyncOrdersResource(_AsyncResource):
    """Submitting orders, reading them back, following their production status and changing them before production starts."""

    _client: AsyncFinerWorks

    @cached_property
    def with_raw_response(self) -> AsyncOrdersResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body; ``parse()`` on demand)."""
        return AsyncOrdersResourceWithRawResponse(self._in_mode("raw"))

    @cached_property
    def prepare(self) -> AsyncOrdersResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return AsyncOrdersResourcePrepare(self._in_mode("prepare"))

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

        Returns:
            ListOrderStatusDefinitionsResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
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
            order_id (int, required): Submission reference id returned when the order was submitted.
            update_command (Literal[\"pending\", \"hold\", \"cancel\"], required): `pending` releases the order to fulfilment, `hold` puts it on hold, `cancel` cancels the submission (the same order PO can then be submitted again).

        Returns:
            UpdateOrderResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
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
            order_id (int, required): FinerWorks order id.
            customer_info (Address | Mapping[str, Any] | None): New ship-to name and address.

        Returns:
            UpdateCustomerResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
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
            orders (Sequence[OrderDetails | Mapping[str, Any]], required): Orders to place, at most five per call. Each needs a `shipping_code` here.
            validate_only (bool): When true, only check the orders and report what is missing; nothing is placed.

        Returns:
            SubmitOrdersResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout; ``APIUnknownOutcomeError`` when the request may have been processed: check before sending it again).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
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
            orders (Sequence[OrderDetails | Mapping[str, Any]], required): Orders to place, at most fifty per call. Each needs a `shipping_code` here.
            payment_token (str, required): How the orders are paid: a payment-method token from the payment processor (see get_payment_tokens), `invoice` to be billed later (accounts that qualify for invoicing only), or `xxxx` to turn every order of the call into a test order.
            validate_only (bool): When true, only check the orders and report what is missing; nothing is placed.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            SubmitOrdersV2Response

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout; ``APIUnknownOutcomeError`` when the request may have been processed: check before sending it again).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
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
            orders (Sequence[OrderDetails | Mapping[str, Any]], required): Orders to keep as pending.
            source (str | None): Label of the shop or channel the orders come from.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            SavePendingOrdersResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout; ``APIUnknownOutcomeError`` when the request may have been processed: check before sending it again).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
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
            ids (Sequence[int], required): Ids of the pending orders to return.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            ListPendingOrdersResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
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
            ids (Sequence[int], required): Ids of the pending orders to delete.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            DeletePendingOrdersResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
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
            order_pos (Sequence[str] | None): POs you submitted the orders with.
            order_ids (Sequence[int] | None): Submission reference ids returned by submit_orders.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            FetchOrderStatusResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
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
    ) -> _AsyncPage[_models.ListedOrder, _models.ListOrdersResponse]:
        """Page through orders

        Returns one page of the account's orders, filtered by text, status, order ids, order POs and order date range. Cancelled orders are included unless `show_cancelled` is false.

        ``POST /list_orders`` (operationId ``list_orders``)

        Args:
            search_filter (str | None): Text to search for.
            status (str | None): Only orders with this status.
            order_ids (Sequence[int] | None): Only these order ids.
            order_pos (Sequence[str] | None): Only the orders with these POs.
            date_from (datetime | str | None): Orders placed after this moment.
            date_to (datetime | str | None): Orders placed before this moment.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.
            per_page (int): Page size.
            page_number (int): Page to return, starting at 1.
            show_cancelled (bool): Include cancelled orders.

        Returns:
            The page (AsyncPage of ListedOrder, the response as ``.response``).
            ``async for`` over it yields every item of every page, fetched as it goes; ``iter_pages()``, ``has_next_page()``.

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._page(
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
            order_guid (UUID | str, required): GUID of the order.
            order_email (str, required): E-mail address stored with the order.

        Returns:
            GetOrderResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _GET,
            {
                "order_guid": order_guid,
                "order_email": order_email,
            },
            _NOT_GIVEN,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncOrdersResourceWithRawResponse:
    def __init__(self, resource: AsyncOrdersResource) -> None:
        self.list_status_definitions = async_raw_method(resource.list_status_definitions)
        self.update = async_raw_method(resource.update)
        self.update_customer = async_raw_method(resource.update_customer)
        self.submit = async_raw_method(resource.submit)
        self.submit_v2 = async_raw_method(resource.submit_v2)
        self.save_pending = async_raw_method(resource.save_pending)
        self.list_pending = async_raw_method(resource.list_pending)
        self.delete_pending = async_raw_method(resource.delete_pending)
        self.fetch_status = async_raw_method(resource.fetch_status)
        self.list = async_raw_method(resource.list)
        self.get = async_raw_method(resource.get)


class AsyncOrdersResourcePrepare:
    def __init__(self, resource: AsyncOrdersResource) -> None:
        self.list_status_definitions = async_prepared_method(resource.list_status_definitions)
        self.update = async_prepared_method(resource.update)
        self.update_customer = async_prepared_method(resource.update_customer)
        self.submit = async_prepared_method(resource.submit)
        self.submit_v2 = async_prepared_method(resource.submit_v2)
        self.save_pending = async_prepared_method(resource.save_pending)
        self.list_pending = async_prepared_method(resource.list_pending)
        self.delete_pending = async_prepared_method(resource.delete_pending)
        self.fetch_status = async_prepared_method(resource.fetch_status)
        self.list = async_prepared_method(resource.list)
        self.get = async_prepared_method(resource.get)
