"""inventory: Virtual-inventory products (sellable products built on images) and their links to third-party store platforms."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING
from .. import models as _models
from .._operation import OperationSpec as _Op
from .._operation import PaginationSpec as _Paging
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

__all__ = ["InventoryResource", "AsyncInventoryResource"]

_UPDATE: _Op[_models.UpdateVirtualInventoryResponse] = _Op(
    operation_id="update_virtual_inventory",
    method="PUT",
    path="/update_virtual_inventory",
    response_type=_models.UpdateVirtualInventoryResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.UpdateVirtualInventoryRequest,
)

_DISCONNECT: _Op[_models.DisconnectVirtualInventoryResponse] = _Op(
    operation_id="disconnect_virtual_inventory",
    method="PUT",
    path="/disconnect_virtual_inventory",
    response_type=_models.DisconnectVirtualInventoryResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.DisconnectVirtualInventoryRequest,
)

_DELETE: _Op[_models.DeleteVirtualInventoryResponse] = _Op(
    operation_id="delete_virtual_inventory",
    method="DELETE",
    path="/delete_virtual_inventory",
    response_type=_models.DeleteVirtualInventoryResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.DeleteVirtualInventoryRequest,
)

_LIST: _Op[_models.ListVirtualInventoryResponse] = _Op(
    operation_id="list_virtual_inventory",
    method="POST",
    path="/list_virtual_inventory",
    response_type=_models.ListVirtualInventoryResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.ListVirtualInventoryRequest,
    pagination=_Paging(
        page="page_number",
        size="per_page",
        location="body",
        items="products",
        total=None,
        default_size=10,
        start_page=1,
    ),
)

_SUBMIT_PRODUCT: _Op[_models.SubmitProductResponse] = _Op(
    operation_id="submit_product",
    method="POST",
    path="/submit_product",
    response_type=_models.SubmitProductResponse,
    response_kind="model",
    idempotent=False,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.SubmitProductRequest,
)


class InventoryResource(_SyncResource):
    """Virtual-inventory products (sellable products built on images) and their links to third-party store platforms."""

    _client: FinerWorks

    @cached_property
    def with_raw_response(self) -> InventoryResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body; ``parse()`` on demand)."""
        return InventoryResourceWithRawResponse(self._in_mode("raw"))

    @cached_property
    def prepare(self) -> InventoryResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return InventoryResourcePrepare(self._in_mode("prepare"))

    def update(
        self,
        *,
        virtual_inventory: _Sequence[_models.ProductDetailsUpdate | _Mapping[str, _Any]],
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.UpdateVirtualInventoryResponse:
        """Edit up to 50 virtual-inventory products

        Updates existing virtual-inventory products identified by SKU - asking price, name, HTML description, stock tracking and the ids linking them to third-party store platforms. At most 50 products per call.

        ``PUT /update_virtual_inventory`` (operationId ``update_virtual_inventory``)

        Args:
            virtual_inventory (Sequence[ProductDetailsUpdate | Mapping[str, Any]], required): Products to change, at most 50.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            UpdateVirtualInventoryResponse

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
                "virtual_inventory": virtual_inventory,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def disconnect(
        self,
        *,
        platform: str,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.DisconnectVirtualInventoryResponse:
        """Unlink every inventory product from one platform

        Bulk operation that strips the linkage data of one third-party platform (for example Shopify or Etsy) from all virtual-inventory products of the account. Use `update_virtual_inventory` to unlink single products.

        ``PUT /disconnect_virtual_inventory`` (operationId ``disconnect_virtual_inventory``)

        Args:
            platform (str, required): Platform to disconnect, for example `woocommerce`, `shopify` or `etsy`.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            DisconnectVirtualInventoryResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _DISCONNECT,
            {},
            {
                "platform": platform,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def delete(
        self,
        *,
        skus: _Sequence[str],
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.DeleteVirtualInventoryResponse:
        """Delete virtual-inventory products by SKU

        Removes virtual-inventory products identified by SKU. Any link these products had to a product in a third-party store is lost.

        ``DELETE /delete_virtual_inventory`` (operationId ``delete_virtual_inventory``)

        Args:
            skus (Sequence[str], required): SKUs of the products to delete.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            DeleteVirtualInventoryResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _DELETE,
            {},
            {
                "skus": skus,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list(
        self,
        *,
        search_filter: str | None | _NotGiven = _NOT_GIVEN,
        third_party_connections_filter: str | _Sequence[str] | None | _NotGiven = _NOT_GIVEN,
        product_type_ids_filter: _Sequence[int] | None | _NotGiven = _NOT_GIVEN,
        sku_filter: _Sequence[str] | None | _NotGiven = _NOT_GIVEN,
        product_code_filter: _Sequence[str] | None | _NotGiven = _NOT_GIVEN,
        guid_filter: _Sequence[_UUID | str] | None | _NotGiven = _NOT_GIVEN,
        page_number: int | _NotGiven = _NOT_GIVEN,
        per_page: int | _NotGiven = _NOT_GIVEN,
        sort_field: str | _NotGiven = _NOT_GIVEN,
        sort_direction: _models.SortDirection | _Literal["DESC", "ASC"] | _NotGiven = _NOT_GIVEN,
        created_date_from: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        created_date_to: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _SyncPage[_models.ProductDetails, _models.ListVirtualInventoryResponse]:
        """Page through virtual-inventory products

        Returns one page of the account's virtual-inventory products (the newest page says: only those with valid product codes), filtered by text, SKU list, product-code list, image GUIDs and creation dates.

        ``POST /list_virtual_inventory`` (operationId ``list_virtual_inventory``)

        Args:
            search_filter (str | None): Text to look for in titles and descriptions.
            third_party_connections_filter (str | Sequence[str] | None): Only products linked to this third-party product id (a string) or to these ids (a list of strings).
            product_type_ids_filter (Sequence[int] | None): Only products of these product types.
            sku_filter (Sequence[str] | None): Only these SKUs.
            product_code_filter (Sequence[str] | None): Only these product codes.
            guid_filter (Sequence[UUID | str] | None): Only products built on these image GUIDs.
            page_number (int): Page to return, starting at 1.
            per_page (int): Page size.
            sort_field (str): Field to sort by. The page lists `title`, `file_name`, `file_size` and `date_added` with `id` as default.
            sort_direction (SortDirection | Literal[\"DESC\", \"ASC\"]): Sort order.
            created_date_from (datetime | str | None): Earliest creation date.
            created_date_to (datetime | str | None): Latest creation date.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            The page (SyncPage of ProductDetails, the response as ``.response``).
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
                "third_party_connections_filter": third_party_connections_filter,
                "product_type_ids_filter": product_type_ids_filter,
                "sku_filter": sku_filter,
                "product_code_filter": product_code_filter,
                "guid_filter": guid_filter,
                "page_number": page_number,
                "per_page": per_page,
                "sort_field": sort_field,
                "sort_direction": sort_direction,
                "created_date_from": created_date_from,
                "created_date_to": created_date_to,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def submit_product(
        self,
        *,
        order_key: _UUID | str,
        cart_id: int,
        product: _models.Product | _Mapping[str, _Any],
        mode: _Literal["order", "store"],
        template: _Mapping[str, _Any] | None | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.SubmitProductResponse:
        """Add a product to virtual inventory or to a shopping cart

        Adds one product either to the account's virtual inventory (`mode` `store`) or to an existing shopping cart (`mode` `order`, the default), optionally described by a P.O.S.T. template.

        ``POST /submit_product`` (operationId ``submit_product``)

        Args:
            order_key (UUID | str, required): GUID of the order (shopping cart session) the product belongs to.
            cart_id (int, required): Id of the shopping cart.
            product (Product | Mapping[str, Any], required): A line item - a quantity plus a virtual-inventory SKU or product code, with an optional print image (print-on-demand), title, P.O.S.T. template, GUID and developer fields.
            mode (Literal[\"order\", \"store\"], required): `order` adds the product to the shopping cart (the page's default), `store` adds it to virtual inventory instead.
            template (Mapping[str, Any] | None): Optional P.O.S.T. template describing the product.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            SubmitProductResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout; ``APIUnknownOutcomeError`` when the request may have been processed: check before sending it again).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _SUBMIT_PRODUCT,
            {},
            {
                "order_key": order_key,
                "cart_id": cart_id,
                "product": product,
                "mode": mode,
                "template": template,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class InventoryResourceWithRawResponse:
    def __init__(self, resource: InventoryResource) -> None:
        self.update = raw_method(resource.update)
        self.disconnect = raw_method(resource.disconnect)
        self.delete = raw_method(resource.delete)
        self.list = raw_method(resource.list)
        self.submit_product = raw_method(resource.submit_product)


class InventoryResourcePrepare:
    def __init__(self, resource: InventoryResource) -> None:
        self.update = prepared_method(resource.update)
        self.disconnect = prepared_method(resource.disconnect)
        self.delete = prepared_method(resource.delete)
        self.list = prepared_method(resource.list)
        self.submit_product = prepared_method(resource.submit_product)


class AsyncInventoryResource(_AsyncResource):
    """Virtual-inventory products (sellable products built on images) and their links to third-party store platforms."""

    _client: AsyncFinerWorks

    @cached_property
    def with_raw_response(self) -> AsyncInventoryResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body; ``parse()`` on demand)."""
        return AsyncInventoryResourceWithRawResponse(self._in_mode("raw"))

    @cached_property
    def prepare(self) -> AsyncInventoryResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return AsyncInventoryResourcePrepare(self._in_mode("prepare"))

    async def update(
        self,
        *,
        virtual_inventory: _Sequence[_models.ProductDetailsUpdate | _Mapping[str, _Any]],
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.UpdateVirtualInventoryResponse:
        """Edit up to 50 virtual-inventory products

        Updates existing virtual-inventory products identified by SKU - asking price, name, HTML description, stock tracking and the ids linking them to third-party store platforms. At most 50 products per call.

        ``PUT /update_virtual_inventory`` (operationId ``update_virtual_inventory``)

        Args:
            virtual_inventory (Sequence[ProductDetailsUpdate | Mapping[str, Any]], required): Products to change, at most 50.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            UpdateVirtualInventoryResponse

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
                "virtual_inventory": virtual_inventory,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def disconnect(
        self,
        *,
        platform: str,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.DisconnectVirtualInventoryResponse:
        """Unlink every inventory product from one platform

        Bulk operation that strips the linkage data of one third-party platform (for example Shopify or Etsy) from all virtual-inventory products of the account. Use `update_virtual_inventory` to unlink single products.

        ``PUT /disconnect_virtual_inventory`` (operationId ``disconnect_virtual_inventory``)

        Args:
            platform (str, required): Platform to disconnect, for example `woocommerce`, `shopify` or `etsy`.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            DisconnectVirtualInventoryResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _DISCONNECT,
            {},
            {
                "platform": platform,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def delete(
        self,
        *,
        skus: _Sequence[str],
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.DeleteVirtualInventoryResponse:
        """Delete virtual-inventory products by SKU

        Removes virtual-inventory products identified by SKU. Any link these products had to a product in a third-party store is lost.

        ``DELETE /delete_virtual_inventory`` (operationId ``delete_virtual_inventory``)

        Args:
            skus (Sequence[str], required): SKUs of the products to delete.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            DeleteVirtualInventoryResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _DELETE,
            {},
            {
                "skus": skus,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def list(
        self,
        *,
        search_filter: str | None | _NotGiven = _NOT_GIVEN,
        third_party_connections_filter: str | _Sequence[str] | None | _NotGiven = _NOT_GIVEN,
        product_type_ids_filter: _Sequence[int] | None | _NotGiven = _NOT_GIVEN,
        sku_filter: _Sequence[str] | None | _NotGiven = _NOT_GIVEN,
        product_code_filter: _Sequence[str] | None | _NotGiven = _NOT_GIVEN,
        guid_filter: _Sequence[_UUID | str] | None | _NotGiven = _NOT_GIVEN,
        page_number: int | _NotGiven = _NOT_GIVEN,
        per_page: int | _NotGiven = _NOT_GIVEN,
        sort_field: str | _NotGiven = _NOT_GIVEN,
        sort_direction: _models.SortDirection | _Literal["DESC", "ASC"] | _NotGiven = _NOT_GIVEN,
        created_date_from: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        created_date_to: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _AsyncPage[_models.ProductDetails, _models.ListVirtualInventoryResponse]:
        """Page through virtual-inventory products

        Returns one page of the account's virtual-inventory products (the newest page says: only those with valid product codes), filtered by text, SKU list, product-code list, image GUIDs and creation dates.

        ``POST /list_virtual_inventory`` (operationId ``list_virtual_inventory``)

        Args:
            search_filter (str | None): Text to look for in titles and descriptions.
            third_party_connections_filter (str | Sequence[str] | None): Only products linked to this third-party product id (a string) or to these ids (a list of strings).
            product_type_ids_filter (Sequence[int] | None): Only products of these product types.
            sku_filter (Sequence[str] | None): Only these SKUs.
            product_code_filter (Sequence[str] | None): Only these product codes.
            guid_filter (Sequence[UUID | str] | None): Only products built on these image GUIDs.
            page_number (int): Page to return, starting at 1.
            per_page (int): Page size.
            sort_field (str): Field to sort by. The page lists `title`, `file_name`, `file_size` and `date_added` with `id` as default.
            sort_direction (SortDirection | Literal[\"DESC\", \"ASC\"]): Sort order.
            created_date_from (datetime | str | None): Earliest creation date.
            created_date_to (datetime | str | None): Latest creation date.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            The page (AsyncPage of ProductDetails, the response as ``.response``).
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
                "third_party_connections_filter": third_party_connections_filter,
                "product_type_ids_filter": product_type_ids_filter,
                "sku_filter": sku_filter,
                "product_code_filter": product_code_filter,
                "guid_filter": guid_filter,
                "page_number": page_number,
                "per_page": per_page,
                "sort_field": sort_field,
                "sort_direction": sort_direction,
                "created_date_from": created_date_from,
                "created_date_to": created_date_to,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def submit_product(
        self,
        *,
        order_key: _UUID | str,
        cart_id: int,
        product: _models.Product | _Mapping[str, _Any],
        mode: _Literal["order", "store"],
        template: _Mapping[str, _Any] | None | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.SubmitProductResponse:
        """Add a product to virtual inventory or to a shopping cart

        Adds one product either to the account's virtual inventory (`mode` `store`) or to an existing shopping cart (`mode` `order`, the default), optionally described by a P.O.S.T. template.

        ``POST /submit_product`` (operationId ``submit_product``)

        Args:
            order_key (UUID | str, required): GUID of the order (shopping cart session) the product belongs to.
            cart_id (int, required): Id of the shopping cart.
            product (Product | Mapping[str, Any], required): A line item - a quantity plus a virtual-inventory SKU or product code, with an optional print image (print-on-demand), title, P.O.S.T. template, GUID and developer fields.
            mode (Literal[\"order\", \"store\"], required): `order` adds the product to the shopping cart (the page's default), `store` adds it to virtual inventory instead.
            template (Mapping[str, Any] | None): Optional P.O.S.T. template describing the product.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            SubmitProductResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout; ``APIUnknownOutcomeError`` when the request may have been processed: check before sending it again).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _SUBMIT_PRODUCT,
            {},
            {
                "order_key": order_key,
                "cart_id": cart_id,
                "product": product,
                "mode": mode,
                "template": template,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncInventoryResourceWithRawResponse:
    def __init__(self, resource: AsyncInventoryResource) -> None:
        self.update = async_raw_method(resource.update)
        self.disconnect = async_raw_method(resource.disconnect)
        self.delete = async_raw_method(resource.delete)
        self.list = async_raw_method(resource.list)
        self.submit_product = async_raw_method(resource.submit_product)


class AsyncInventoryResourcePrepare:
    def __init__(self, resource: AsyncInventoryResource) -> None:
        self.update = async_prepared_method(resource.update)
        self.disconnect = async_prepared_method(resource.disconnect)
        self.delete = async_prepared_method(resource.delete)
        self.list = async_prepared_method(resource.list)
        self.submit_product = async_prepared_method(resource.submit_product)
