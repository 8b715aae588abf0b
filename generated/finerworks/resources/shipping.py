"""shipping: Shipping quotes for one or several orders, and recipient address checks."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING
from .. import models as _models
from .._operation import OperationSpec as _Op
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
from collections.abc import Mapping as _Mapping
from collections.abc import Sequence as _Sequence
from datetime import datetime as _datetime
from typing import Any as _Any
from uuid import UUID as _UUID

if TYPE_CHECKING:
    from .._client import AsyncFinerWorks, FinerWorks

__all__ = ["ShippingResource", "AsyncShippingResource"]

_LIST_OPTIONS: _Op[_models.ListShippingOptionsResponse] = _Op(
    operation_id="list_shipping_options",
    method="POST",
    path="/list_shipping_options",
    response_type=_models.ListShippingOptionsResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.ListShippingOptionsRequest,
)

_LIST_OPTIONS_MULTIPLE: _Op[_models.ListShippingOptionsMultipleResponse] = _Op(
    operation_id="list_shipping_options_multiple",
    method="POST",
    path="/list_shipping_options_multiple",
    response_type=_models.ListShippingOptionsMultipleResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.ListShippingOptionsMultipleRequest,
)

_GET_OPTION_IDS: _Op[_models.GetShippingOptionsIdsResponse] = _Op(
    operation_id="get_shipping_options_ids",
    method="GET",
    path="/get_shipping_options_ids",
    response_type=_models.GetShippingOptionsIdsResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={
        "type": _Param("type", "query", "form", True),
    },
    params_model=_models.GetShippingOptionsIdsParams,
)

_VALIDATE_ADDRESS: _Op[_models.ValidateRecipientAddressResponse] = _Op(
    operation_id="validate_recipient_address",
    method="POST",
    path="/validate_recipient_address",
    response_type=_models.ValidateRecipientAddressResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.ValidateRecipientAddressRequest,
)


class ShippingResource(_SyncResource):
    """Shipping quotes for one or several orders, and recipient address checks."""

    _client: FinerWorks

    @cached_property
    def with_raw_response(self) -> ShippingResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body; ``parse()`` on demand)."""
        return ShippingResourceWithRawResponse(self._in_mode("raw"))

    @cached_property
    def prepare(self) -> ShippingResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return ShippingResourcePrepare(self._in_mode("prepare"))

    def list_options(
        self,
        *,
        recipient: _models.Address | _Mapping[str, _Any],
        order_items: _Sequence[_models.Product | _Mapping[str, _Any]],
        order_po: str | None | _NotGiven = _NOT_GIVEN,
        order_key: _UUID | str | None | _NotGiven = _NOT_GIVEN,
        shipping_code: str | None | _NotGiven = _NOT_GIVEN,
        ship_by_date: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        customs_tax_info: _Mapping[str, _Any] | None | _NotGiven = _NOT_GIVEN,
        gift_message: str | None | _NotGiven = _NOT_GIVEN,
        test_mode: bool | _NotGiven = _NOT_GIVEN,
        webhook_order_status_url: str | None | _NotGiven = _NOT_GIVEN,
        document_url: str | None | _NotGiven = _NOT_GIVEN,
        acct_number_ups: str | None | _NotGiven = _NOT_GIVEN,
        acct_number_fedex: str | None | _NotGiven = _NOT_GIVEN,
        custom_data_1: str | None | _NotGiven = _NOT_GIVEN,
        custom_data_2: str | None | _NotGiven = _NOT_GIVEN,
        custom_data_3: str | None | _NotGiven = _NOT_GIVEN,
        source: str | None | _NotGiven = _NOT_GIVEN,
        fulfillment_id: int | None | _NotGiven = _NOT_GIVEN,
        webhook_url: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListShippingOptionsResponse:
        """Shipping methods and codes for one order

        Takes one order (recipient and line items) and returns the shipping methods available for it together with the `shipping_code` to use when submitting it.

        ``POST /list_shipping_options`` (operationId ``list_shipping_options``)

        Args:
            recipient (Address | Mapping[str, Any], required): A postal contact - name, company, up to three address lines, city, state or province, postal code, country, phone and e-mail. Used for order recipients, billing and business addresses.
            order_items (Sequence[Product | Mapping[str, Any]], required): Line items.
            order_po (str | None): Your own unique order reference; any value will do for a shipping quote.
            order_key (UUID | str | None): Leave null; FinerWorks assigns it when the order is submitted.
            shipping_code (str | None): Shipping method - `EC` (economy, cheapest), `SD` (standard ground), `FS` (fastest available) or a code returned by list_shipping_options. Needed when submitting.
            ship_by_date (datetime | str | None): Date by which the order should ship.
            customs_tax_info (Mapping[str, Any] | None): Customs tax id and type, for international shipments.
            gift_message (str | None): Message printed on the packing slip.
            test_mode (bool): Marks the order as a test order.
            webhook_order_status_url (str | None): URL to which FinerWorks POSTs order-status updates as JSON, in the format of the orders part of the fetch_order_status response (that format is not documented).
            document_url (str | None): Single-page JPG or PDF (8.5 x 11 in) to include, such as a custom packing slip.
            acct_number_ups (str | None): Your UPS account number, registered with FinerWorks, to ship on.
            acct_number_fedex (str | None): Your FedEx account number, registered with FinerWorks, to ship on.
            custom_data_1 (str | None): Free developer field.
            custom_data_2 (str | None): Free developer field.
            custom_data_3 (str | None): Free developer field.
            source (str | None): Label of the shop or channel the order comes from.
            fulfillment_id (int | None): Fulfilment id; its meaning is not documented.
            webhook_url (str | None): A webhook URL; how it differs from `webhook_order_status_url` is not documented.

        Returns:
            ListShippingOptionsResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _LIST_OPTIONS,
            {},
            {
                "recipient": recipient,
                "order_items": order_items,
                "order_po": order_po,
                "order_key": order_key,
                "shipping_code": shipping_code,
                "ship_by_date": ship_by_date,
                "customs_tax_info": customs_tax_info,
                "gift_message": gift_message,
                "test_mode": test_mode,
                "webhook_order_status_url": webhook_order_status_url,
                "document_url": document_url,
                "acct_number_ups": acct_number_ups,
                "acct_number_fedex": acct_number_fedex,
                "custom_data_1": custom_data_1,
                "custom_data_2": custom_data_2,
                "custom_data_3": custom_data_3,
                "source": source,
                "fulfillment_id": fulfillment_id,
                "webhook_url": webhook_url,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list_options_multiple(
        self,
        *,
        orders: _Sequence[_models.OrderDetails | _Mapping[str, _Any]] | None | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        payment_token: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListShippingOptionsMultipleResponse:
        """Shipping methods and codes for several orders

        Same as `list_shipping_options` for a list of orders; returns the options and codes per order. Ask again whenever an order's recipient, items or quantities change.

        ``POST /list_shipping_options_multiple`` (operationId ``list_shipping_options_multiple``)

        Args:
            orders (Sequence[OrderDetails | Mapping[str, Any]] | None): Orders to quote.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.
            payment_token (str | None): Payment token, as for submit_orders_v2.

        Returns:
            ListShippingOptionsMultipleResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _LIST_OPTIONS_MULTIPLE,
            {},
            {
                "orders": orders,
                "account_key": account_key,
                "payment_token": payment_token,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def get_option_ids(
        self,
        *,
        type: int | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.GetShippingOptionsIdsResponse:
        """List shipping option ids, optionally of one type

        Returns FinerWorks' shipping options by id, optionally only those of one numeric type.

        ``GET /get_shipping_options_ids`` (operationId ``get_shipping_options_ids``)

        Args:
            type (int): Only the shipping options of this type (a number; the values are not documented).

        Returns:
            GetShippingOptionsIdsResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _GET_OPTION_IDS,
            {
                "type": type,
            },
            _NOT_GIVEN,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def validate_address(
        self,
        *,
        recipient: _models.Address | _Mapping[str, _Any],
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ValidateRecipientAddressResponse:
        """Check a recipient address

        Checks whether an address, such as an order's recipient, is valid.

        ``POST /validate_recipient_address`` (operationId ``validate_recipient_address``)

        Args:
            recipient (Address | Mapping[str, Any], required): A postal contact - name, company, up to three address lines, city, state or province, postal code, country, phone and e-mail. Used for order recipients, billing and business addresses.

        Returns:
            ValidateRecipientAddressResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _VALIDATE_ADDRESS,
            {},
            {
                "recipient": recipient,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class ShippingResourceWithRawResponse:
    def __init__(self, resource: ShippingResource) -> None:
        self.list_options = raw_method(resource.list_options)
        self.list_options_multiple = raw_method(resource.list_options_multiple)
        self.get_option_ids = raw_method(resource.get_option_ids)
        self.validate_address = raw_method(resource.validate_address)


class ShippingResourcePrepare:
    def __init__(self, resource: ShippingResource) -> None:
        self.list_options = prepared_method(resource.list_options)
        self.list_options_multiple = prepared_method(resource.list_options_multiple)
        self.get_option_ids = prepared_method(resource.get_option_ids)
        self.validate_address = prepared_method(resource.validate_address)


class AsyncShippingResource(_AsyncResource):
    """Shipping quotes for one or several orders, and recipient address checks."""

    _client: AsyncFinerWorks

    @cached_property
    def with_raw_response(self) -> AsyncShippingResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body; ``parse()`` on demand)."""
        return AsyncShippingResourceWithRawResponse(self._in_mode("raw"))

    @cached_property
    def prepare(self) -> AsyncShippingResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return AsyncShippingResourcePrepare(self._in_mode("prepare"))

    async def list_options(
        self,
        *,
        recipient: _models.Address | _Mapping[str, _Any],
        order_items: _Sequence[_models.Product | _Mapping[str, _Any]],
        order_po: str | None | _NotGiven = _NOT_GIVEN,
        order_key: _UUID | str | None | _NotGiven = _NOT_GIVEN,
        shipping_code: str | None | _NotGiven = _NOT_GIVEN,
        ship_by_date: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        customs_tax_info: _Mapping[str, _Any] | None | _NotGiven = _NOT_GIVEN,
        gift_message: str | None | _NotGiven = _NOT_GIVEN,
        test_mode: bool | _NotGiven = _NOT_GIVEN,
        webhook_order_status_url: str | None | _NotGiven = _NOT_GIVEN,
        document_url: str | None | _NotGiven = _NOT_GIVEN,
        acct_number_ups: str | None | _NotGiven = _NOT_GIVEN,
        acct_number_fedex: str | None | _NotGiven = _NOT_GIVEN,
        custom_data_1: str | None | _NotGiven = _NOT_GIVEN,
        custom_data_2: str | None | _NotGiven = _NOT_GIVEN,
        custom_data_3: str | None | _NotGiven = _NOT_GIVEN,
        source: str | None | _NotGiven = _NOT_GIVEN,
        fulfillment_id: int | None | _NotGiven = _NOT_GIVEN,
        webhook_url: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListShippingOptionsResponse:
        """Shipping methods and codes for one order

        Takes one order (recipient and line items) and returns the shipping methods available for it together with the `shipping_code` to use when submitting it.

        ``POST /list_shipping_options`` (operationId ``list_shipping_options``)

        Args:
            recipient (Address | Mapping[str, Any], required): A postal contact - name, company, up to three address lines, city, state or province, postal code, country, phone and e-mail. Used for order recipients, billing and business addresses.
            order_items (Sequence[Product | Mapping[str, Any]], required): Line items.
            order_po (str | None): Your own unique order reference; any value will do for a shipping quote.
            order_key (UUID | str | None): Leave null; FinerWorks assigns it when the order is submitted.
            shipping_code (str | None): Shipping method - `EC` (economy, cheapest), `SD` (standard ground), `FS` (fastest available) or a code returned by list_shipping_options. Needed when submitting.
            ship_by_date (datetime | str | None): Date by which the order should ship.
            customs_tax_info (Mapping[str, Any] | None): Customs tax id and type, for international shipments.
            gift_message (str | None): Message printed on the packing slip.
            test_mode (bool): Marks the order as a test order.
            webhook_order_status_url (str | None): URL to which FinerWorks POSTs order-status updates as JSON, in the format of the orders part of the fetch_order_status response (that format is not documented).
            document_url (str | None): Single-page JPG or PDF (8.5 x 11 in) to include, such as a custom packing slip.
            acct_number_ups (str | None): Your UPS account number, registered with FinerWorks, to ship on.
            acct_number_fedex (str | None): Your FedEx account number, registered with FinerWorks, to ship on.
            custom_data_1 (str | None): Free developer field.
            custom_data_2 (str | None): Free developer field.
            custom_data_3 (str | None): Free developer field.
            source (str | None): Label of the shop or channel the order comes from.
            fulfillment_id (int | None): Fulfilment id; its meaning is not documented.
            webhook_url (str | None): A webhook URL; how it differs from `webhook_order_status_url` is not documented.

        Returns:
            ListShippingOptionsResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _LIST_OPTIONS,
            {},
            {
                "recipient": recipient,
                "order_items": order_items,
                "order_po": order_po,
                "order_key": order_key,
                "shipping_code": shipping_code,
                "ship_by_date": ship_by_date,
                "customs_tax_info": customs_tax_info,
                "gift_message": gift_message,
                "test_mode": test_mode,
                "webhook_order_status_url": webhook_order_status_url,
                "document_url": document_url,
                "acct_number_ups": acct_number_ups,
                "acct_number_fedex": acct_number_fedex,
                "custom_data_1": custom_data_1,
                "custom_data_2": custom_data_2,
                "custom_data_3": custom_data_3,
                "source": source,
                "fulfillment_id": fulfillment_id,
                "webhook_url": webhook_url,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def list_options_multiple(
        self,
        *,
        orders: _Sequence[_models.OrderDetails | _Mapping[str, _Any]] | None | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        payment_token: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListShippingOptionsMultipleResponse:
        """Shipping methods and codes for several orders

        Same as `list_shipping_options` for a list of orders; returns the options and codes per order. Ask again whenever an order's recipient, items or quantities change.

        ``POST /list_shipping_options_multiple`` (operationId ``list_shipping_options_multiple``)

        Args:
            orders (Sequence[OrderDetails | Mapping[str, Any]] | None): Orders to quote.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.
            payment_token (str | None): Payment token, as for submit_orders_v2.

        Returns:
            ListShippingOptionsMultipleResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _LIST_OPTIONS_MULTIPLE,
            {},
            {
                "orders": orders,
                "account_key": account_key,
                "payment_token": payment_token,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def get_option_ids(
        self,
        *,
        type: int | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.GetShippingOptionsIdsResponse:
        """List shipping option ids, optionally of one type

        Returns FinerWorks' shipping options by id, optionally only those of one numeric type.

        ``GET /get_shipping_options_ids`` (operationId ``get_shipping_options_ids``)

        Args:
            type (int): Only the shipping options of this type (a number; the values are not documented).

        Returns:
            GetShippingOptionsIdsResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _GET_OPTION_IDS,
            {
                "type": type,
            },
            _NOT_GIVEN,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def validate_address(
        self,
        *,
        recipient: _models.Address | _Mapping[str, _Any],
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ValidateRecipientAddressResponse:
        """Check a recipient address

        Checks whether an address, such as an order's recipient, is valid.

        ``POST /validate_recipient_address`` (operationId ``validate_recipient_address``)

        Args:
            recipient (Address | Mapping[str, Any], required): A postal contact - name, company, up to three address lines, city, state or province, postal code, country, phone and e-mail. Used for order recipients, billing and business addresses.

        Returns:
            ValidateRecipientAddressResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _VALIDATE_ADDRESS,
            {},
            {
                "recipient": recipient,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncShippingResourceWithRawResponse:
    def __init__(self, resource: AsyncShippingResource) -> None:
        self.list_options = async_raw_method(resource.list_options)
        self.list_options_multiple = async_raw_method(resource.list_options_multiple)
        self.get_option_ids = async_raw_method(resource.get_option_ids)
        self.validate_address = async_raw_method(resource.validate_address)


class AsyncShippingResourcePrepare:
    def __init__(self, resource: AsyncShippingResource) -> None:
        self.list_options = async_prepared_method(resource.list_options)
        self.list_options_multiple = async_prepared_method(resource.list_options_multiple)
        self.get_option_ids = async_prepared_method(resource.get_option_ids)
        self.validate_address = async_prepared_method(resource.validate_address)
