"""products: Catalogue and pricing - prices and product details for SKUs, product and style types, frame collections, frames, mats and the frame builder."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING
from .. import models as _models
from .._operation import OperationSpec as _Op
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
from typing import Any as _Any

if TYPE_CHECKING:
    from .._client import AsyncFinerWorks, FinerWorks

__all__ = ["ProductsResource", "AsyncProductsResource"]

_GET_PRICES: _Op[_models.GetPricesResponse] = _Op(
    operation_id="get_prices",
    method="POST",
    path="/get_prices",
    response_type=_models.GetPricesResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.GetPricesRequest,
)

_GET_DETAILS: _Op[_models.GetProductDetailsResponse] = _Op(
    operation_id="get_product_details",
    method="POST",
    path="/get_product_details",
    response_type=_models.GetProductDetailsResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.GetProductDetailsRequest,
)

_VALIDATE: _Op[_models.ValidateProductResponse] = _Op(
    operation_id="validate_product",
    method="POST",
    path="/validate_product",
    response_type=_models.ValidateProductResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.ValidateProductRequest,
)

_LIST_TYPES: _Op[_models.ListProductTypesResponse] = _Op(
    operation_id="list_product_types",
    method="POST",
    path="/list_product_types",
    response_type=_models.ListProductTypesResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.ListProductTypesRequest,
)

_LIST_STYLE_TYPES: _Op[_models.ListStyleTypesResponse] = _Op(
    operation_id="list_style_types",
    method="POST",
    path="/list_style_types",
    response_type=_models.ListStyleTypesResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.ListStyleTypesRequest,
)

_LIST_MEDIA_TYPES: _Op[_models.ListMediaTypesResponse] = _Op(
    operation_id="list_media_types",
    method="POST",
    path="/list_media_types",
    response_type=_models.ListMediaTypesResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.ListMediaTypesRequest,
)

_LIST_COLLECTIONS: _Op[_models.ListCollectionsResponse] = _Op(
    operation_id="list_collections",
    method="POST",
    path="/list_collections",
    response_type=_models.ListCollectionsResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.ListCollectionsRequest,
)

_GET_FRAME: _Op[_models.FrameDetailsResponse] = _Op(
    operation_id="frame_details",
    method="POST",
    path="/frame_details",
    response_type=_models.FrameDetailsResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.FrameDetailsRequest,
)

_LIST_MATS: _Op[_models.ListMatsResponse] = _Op(
    operation_id="list_mats",
    method="POST",
    path="/list_mats",
    response_type=_models.ListMatsResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.ListMatsRequest,
)

_BUILD_FRAME: _Op[_models.FrameBuilderResponse] = _Op(
    operation_id="frame_builder",
    method="POST",
    path="/frame_builder",
    response_type=_models.FrameBuilderResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.FrameBuilderRequest,
)


class ProductsResource(_SyncResource):
    """Catalogue and pricing - prices and product details for SKUs, product and style types, frame collections, frames, mats and the frame builder."""

    _client: FinerWorks

    @cached_property
    def with_raw_response(self) -> ProductsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body; ``parse()`` on demand)."""
        return ProductsResourceWithRawResponse(self._in_mode("raw"))

    @cached_property
    def prepare(self) -> ProductsResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return ProductsResourcePrepare(self._in_mode("prepare"))

    def get_prices(
        self,
        *,
        body: (
            _Sequence[_models.PricingItem | _Mapping[str, _Any]] | _models.GetPricesWrappedRequest | _Mapping[str, _Any]
        ),
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.GetPricesResponse:
        """Price 1 to 50 SKUs or product codes

        Prices between one and fifty items, each a virtual-inventory SKU or a product code with a quantity, and returns each price with its breakdown.

        ``POST /get_prices`` (operationId ``get_prices``)

        Args:
            body (Sequence[PricingItem | Mapping[str, Any]] | GetPricesWrappedRequest | Mapping[str, Any], required): the request body.

        Returns:
            GetPricesResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _GET_PRICES,
            {},
            body,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def get_details(
        self,
        *,
        body: (
            _Sequence[_models.Product | _Mapping[str, _Any]]
            | _models.GetProductDetailsWrappedRequest
            | _Mapping[str, _Any]
        ),
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.GetProductDetailsResponse:
        """Details and pricing for up to 25 SKUs

        Returns details and pricing for up to 25 SKUs or product codes, each with a quantity. FinerWorks says more response fields may appear over time.

        ``POST /get_product_details`` (operationId ``get_product_details``)

        Args:
            body (Sequence[Product | Mapping[str, Any]] | GetProductDetailsWrappedRequest | Mapping[str, Any], required): the request body.

        Returns:
            GetProductDetailsResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _GET_DETAILS,
            {},
            body,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def validate(
        self,
        *,
        skus_or_codes: _Sequence[str],
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ValidateProductResponse:
        """Check that SKUs or product codes are valid

        Checks a list of virtual-inventory SKUs or product codes and returns, for each, whether it is valid and a message saying why.

        ``POST /validate_product`` (operationId ``validate_product``)

        Args:
            skus_or_codes (Sequence[str], required): Virtual-inventory SKUs or product codes to check.

        Returns:
            ValidateProductResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _VALIDATE,
            {},
            {
                "skus_or_codes": skus_or_codes,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list_types(
        self,
        *,
        ids: _Sequence[int] | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListProductTypesResponse:
        """List product types

        Lists the FinerWorks product types, all of them or only the ids given.

        ``POST /list_product_types`` (operationId ``list_product_types``)

        Args:
            ids (Sequence[int] | None): Only these product type ids.

        Returns:
            ListProductTypesResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _LIST_TYPES,
            {},
            {
                "ids": ids,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list_style_types(
        self,
        *,
        ids: _Sequence[int] | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListStyleTypesResponse:
        """List style types

        Lists the FinerWorks style types, all of them or only the ids given.

        ``POST /list_style_types`` (operationId ``list_style_types``)

        Args:
            ids (Sequence[int] | None): Only these style type ids.

        Returns:
            ListStyleTypesResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _LIST_STYLE_TYPES,
            {},
            {
                "ids": ids,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list_media_types(
        self,
        *,
        ids: _Sequence[int] | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListMediaTypesResponse:
        """List media types

        Lists the print media (papers, canvases and similar) that FinerWorks offers, all of them or only the ids given; each names its product type and the style types available for it.

        ``POST /list_media_types`` (operationId ``list_media_types``)

        Args:
            ids (Sequence[int] | None): Only these media type ids.

        Returns:
            ListMediaTypesResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _LIST_MEDIA_TYPES,
            {},
            {
                "ids": ids,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list_collections(
        self,
        *,
        id: int | None | _NotGiven = _NOT_GIVEN,
        product_code: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListCollectionsResponse:
        """List frame collections or the frames of one

        Without an id, lists the frame collections (categories); with a collection id, lists the frames in that collection. A product code narrows the result to what fits that print product.

        ``POST /list_collections`` (operationId ``list_collections``)

        Args:
            id (int | None): Collection id; given, the frames of that collection are listed.
            product_code (str | None): Only collections and frames compatible with this product.

        Returns:
            ListCollectionsResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _LIST_COLLECTIONS,
            {},
            {
                "id": id,
                "product_code": product_code,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def get_frame(
        self,
        *,
        id: int,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.FrameDetailsResponse:
        """Details of one frame

        Returns the details of one frame, identified by its id.

        ``POST /frame_details`` (operationId ``frame_details``)

        Args:
            id (int, required): Frame id.

        Returns:
            FrameDetailsResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _GET_FRAME,
            {},
            {
                "id": id,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list_mats(
        self,
        *,
        id: int | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListMatsResponse:
        """List mats

        Lists the available mats, or only the one with the given id.

        ``POST /list_mats`` (operationId ``list_mats``)

        Args:
            id (int | None): Only the mat with this id.

        Returns:
            ListMatsResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _LIST_MATS,
            {},
            {
                "id": id,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def build_frame(
        self,
        *,
        product_code: str | None | _NotGiven = _NOT_GIVEN,
        config: _models.FrameConfig | _Mapping[str, _Any] | None | _NotGiven = _NOT_GIVEN,
        render: _models.FrameRenderConfig | _Mapping[str, _Any] | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.FrameBuilderResponse:
        """Validate and price a framing build

        Checks a framing configuration - an existing product code, or a custom build of frame, mats and glazing - and returns its price and details. Optionally also returns a base64-encoded picture of the framed piece; asking for it makes the call slower.

        ``POST /frame_builder`` (operationId ``frame_builder``)

        Args:
            product_code (str | None): Existing product code to check; takes precedence over `config`.
            config (FrameConfig | Mapping[str, Any] | None): Custom build, used when no product code is given.
            render (FrameRenderConfig | Mapping[str, Any] | None): Ask for a base64 picture of the result; slows the call down.

        Returns:
            FrameBuilderResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _BUILD_FRAME,
            {},
            {
                "product_code": product_code,
                "config": config,
                "render": render,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class ProductsResourceWithRawResponse:
    def __init__(self, resource: ProductsResource) -> None:
        self.get_prices = raw_method(resource.get_prices)
        self.get_details = raw_method(resource.get_details)
        self.validate = raw_method(resource.validate)
        self.list_types = raw_method(resource.list_types)
        self.list_style_types = raw_method(resource.list_style_types)
        self.list_media_types = raw_method(resource.list_media_types)
        self.list_collections = raw_method(resource.list_collections)
        self.get_frame = raw_method(resource.get_frame)
        self.list_mats = raw_method(resource.list_mats)
        self.build_frame = raw_method(resource.build_frame)


class ProductsResourcePrepare:
    def __init__(self, resource: ProductsResource) -> None:
        self.get_prices = prepared_method(resource.get_prices)
        self.get_details = prepared_method(resource.get_details)
        self.validate = prepared_method(resource.validate)
        self.list_types = prepared_method(resource.list_types)
        self.list_style_types = prepared_method(resource.list_style_types)
        self.list_media_types = prepared_method(resource.list_media_types)
        self.list_collections = prepared_method(resource.list_collections)
        self.get_frame = prepared_method(resource.get_frame)
        self.list_mats = prepared_method(resource.list_mats)
        self.build_frame = prepared_method(resource.build_frame)


class AsyncProductsResource(_AsyncResource):
    """Catalogue and pricing - prices and product details for SKUs, product and style types, frame collections, frames, mats and the frame builder."""

    _client: AsyncFinerWorks

    @cached_property
    def with_raw_response(self) -> AsyncProductsResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body; ``parse()`` on demand)."""
        return AsyncProductsResourceWithRawResponse(self._in_mode("raw"))

    @cached_property
    def prepare(self) -> AsyncProductsResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return AsyncProductsResourcePrepare(self._in_mode("prepare"))

    async def get_prices(
        self,
        *,
        body: (
            _Sequence[_models.PricingItem | _Mapping[str, _Any]] | _models.GetPricesWrappedRequest | _Mapping[str, _Any]
        ),
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.GetPricesResponse:
        """Price 1 to 50 SKUs or product codes

        Prices between one and fifty items, each a virtual-inventory SKU or a product code with a quantity, and returns each price with its breakdown.

        ``POST /get_prices`` (operationId ``get_prices``)

        Args:
            body (Sequence[PricingItem | Mapping[str, Any]] | GetPricesWrappedRequest | Mapping[str, Any], required): the request body.

        Returns:
            GetPricesResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _GET_PRICES,
            {},
            body,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def get_details(
        self,
        *,
        body: (
            _Sequence[_models.Product | _Mapping[str, _Any]]
            | _models.GetProductDetailsWrappedRequest
            | _Mapping[str, _Any]
        ),
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.GetProductDetailsResponse:
        """Details and pricing for up to 25 SKUs

        Returns details and pricing for up to 25 SKUs or product codes, each with a quantity. FinerWorks says more response fields may appear over time.

        ``POST /get_product_details`` (operationId ``get_product_details``)

        Args:
            body (Sequence[Product | Mapping[str, Any]] | GetProductDetailsWrappedRequest | Mapping[str, Any], required): the request body.

        Returns:
            GetProductDetailsResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _GET_DETAILS,
            {},
            body,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def validate(
        self,
        *,
        skus_or_codes: _Sequence[str],
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ValidateProductResponse:
        """Check that SKUs or product codes are valid

        Checks a list of virtual-inventory SKUs or product codes and returns, for each, whether it is valid and a message saying why.

        ``POST /validate_product`` (operationId ``validate_product``)

        Args:
            skus_or_codes (Sequence[str], required): Virtual-inventory SKUs or product codes to check.

        Returns:
            ValidateProductResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _VALIDATE,
            {},
            {
                "skus_or_codes": skus_or_codes,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def list_types(
        self,
        *,
        ids: _Sequence[int] | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListProductTypesResponse:
        """List product types

        Lists the FinerWorks product types, all of them or only the ids given.

        ``POST /list_product_types`` (operationId ``list_product_types``)

        Args:
            ids (Sequence[int] | None): Only these product type ids.

        Returns:
            ListProductTypesResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _LIST_TYPES,
            {},
            {
                "ids": ids,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def list_style_types(
        self,
        *,
        ids: _Sequence[int] | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListStyleTypesResponse:
        """List style types

        Lists the FinerWorks style types, all of them or only the ids given.

        ``POST /list_style_types`` (operationId ``list_style_types``)

        Args:
            ids (Sequence[int] | None): Only these style type ids.

        Returns:
            ListStyleTypesResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _LIST_STYLE_TYPES,
            {},
            {
                "ids": ids,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def list_media_types(
        self,
        *,
        ids: _Sequence[int] | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListMediaTypesResponse:
        """List media types

        Lists the print media (papers, canvases and similar) that FinerWorks offers, all of them or only the ids given; each names its product type and the style types available for it.

        ``POST /list_media_types`` (operationId ``list_media_types``)

        Args:
            ids (Sequence[int] | None): Only these media type ids.

        Returns:
            ListMediaTypesResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _LIST_MEDIA_TYPES,
            {},
            {
                "ids": ids,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def list_collections(
        self,
        *,
        id: int | None | _NotGiven = _NOT_GIVEN,
        product_code: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListCollectionsResponse:
        """List frame collections or the frames of one

        Without an id, lists the frame collections (categories); with a collection id, lists the frames in that collection. A product code narrows the result to what fits that print product.

        ``POST /list_collections`` (operationId ``list_collections``)

        Args:
            id (int | None): Collection id; given, the frames of that collection are listed.
            product_code (str | None): Only collections and frames compatible with this product.

        Returns:
            ListCollectionsResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _LIST_COLLECTIONS,
            {},
            {
                "id": id,
                "product_code": product_code,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def get_frame(
        self,
        *,
        id: int,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.FrameDetailsResponse:
        """Details of one frame

        Returns the details of one frame, identified by its id.

        ``POST /frame_details`` (operationId ``frame_details``)

        Args:
            id (int, required): Frame id.

        Returns:
            FrameDetailsResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _GET_FRAME,
            {},
            {
                "id": id,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def list_mats(
        self,
        *,
        id: int | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListMatsResponse:
        """List mats

        Lists the available mats, or only the one with the given id.

        ``POST /list_mats`` (operationId ``list_mats``)

        Args:
            id (int | None): Only the mat with this id.

        Returns:
            ListMatsResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _LIST_MATS,
            {},
            {
                "id": id,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def build_frame(
        self,
        *,
        product_code: str | None | _NotGiven = _NOT_GIVEN,
        config: _models.FrameConfig | _Mapping[str, _Any] | None | _NotGiven = _NOT_GIVEN,
        render: _models.FrameRenderConfig | _Mapping[str, _Any] | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.FrameBuilderResponse:
        """Validate and price a framing build

        Checks a framing configuration - an existing product code, or a custom build of frame, mats and glazing - and returns its price and details. Optionally also returns a base64-encoded picture of the framed piece; asking for it makes the call slower.

        ``POST /frame_builder`` (operationId ``frame_builder``)

        Args:
            product_code (str | None): Existing product code to check; takes precedence over `config`.
            config (FrameConfig | Mapping[str, Any] | None): Custom build, used when no product code is given.
            render (FrameRenderConfig | Mapping[str, Any] | None): Ask for a base64 picture of the result; slows the call down.

        Returns:
            FrameBuilderResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _BUILD_FRAME,
            {},
            {
                "product_code": product_code,
                "config": config,
                "render": render,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncProductsResourceWithRawResponse:
    def __init__(self, resource: AsyncProductsResource) -> None:
        self.get_prices = async_raw_method(resource.get_prices)
        self.get_details = async_raw_method(resource.get_details)
        self.validate = async_raw_method(resource.validate)
        self.list_types = async_raw_method(resource.list_types)
        self.list_style_types = async_raw_method(resource.list_style_types)
        self.list_media_types = async_raw_method(resource.list_media_types)
        self.list_collections = async_raw_method(resource.list_collections)
        self.get_frame = async_raw_method(resource.get_frame)
        self.list_mats = async_raw_method(resource.list_mats)
        self.build_frame = async_raw_method(resource.build_frame)


class AsyncProductsResourcePrepare:
    def __init__(self, resource: AsyncProductsResource) -> None:
        self.get_prices = async_prepared_method(resource.get_prices)
        self.get_details = async_prepared_method(resource.get_details)
        self.validate = async_prepared_method(resource.validate)
        self.list_types = async_prepared_method(resource.list_types)
        self.list_style_types = async_prepared_method(resource.list_style_types)
        self.list_media_types = async_prepared_method(resource.list_media_types)
        self.list_collections = async_prepared_method(resource.list_collections)
        self.get_frame = async_prepared_method(resource.get_frame)
        self.list_mats = async_prepared_method(resource.list_mats)
        self.build_frame = async_prepared_method(resource.build_frame)
