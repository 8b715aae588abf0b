"""galleries: Galleries and personal gallery collections on GeoGalleries.com."""

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
from collections.abc import Sequence as _Sequence

if TYPE_CHECKING:
    from .._client import AsyncFinerWorks, FinerWorks

__all__ = ["GalleriesResource", "AsyncGalleriesResource"]

_DELETE: _Op[_models.DeleteGalleryCollectionResponse] = _Op(
    operation_id="delete_gallery_collection",
    method="DELETE",
    path="/delete_gallery_collection",
    response_type=_models.DeleteGalleryCollectionResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.DeleteGalleryCollectionRequest,
)

_LIST: _Op[_models.ListGalleriesResponse] = _Op(
    operation_id="list_galleries",
    method="POST",
    path="/list_galleries",
    response_type=_models.ListGalleriesResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.ListGalleriesRequest,
)

_ADD_UPDATE: _Op[_models.AddUpdateGalleryCollectionResponse] = _Op(
    operation_id="add_update_gallery_collection",
    method="POST",
    path="/add_update_gallery_collection",
    response_type=_models.AddUpdateGalleryCollectionResponse,
    response_kind="model",
    idempotent=False,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.AddUpdateGalleryCollectionRequest,
)


class GalleriesResource(_SyncResource):
    """Galleries and personal gallery collections on GeoGalleries.com."""

    _client: FinerWorks

    @cached_property
    def with_raw_response(self) -> GalleriesResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body; ``parse()`` on demand)."""
        return GalleriesResourceWithRawResponse(self._in_mode("raw"))

    @cached_property
    def prepare(self) -> GalleriesResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return GalleriesResourcePrepare(self._in_mode("prepare"))

    def delete(
        self,
        *,
        id: int,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.DeleteGalleryCollectionResponse:
        """Delete a personal gallery collection

        Removes one of the user's personal gallery collections on GeoGalleries.com.

        ``DELETE /delete_gallery_collection`` (operationId ``delete_gallery_collection``)

        Args:
            id (int, required): Id of the collection to delete.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            DeleteGalleryCollectionResponse

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
                "id": id,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list(
        self,
        *,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        personal: bool | None | _NotGiven = _NOT_GIVEN,
        gallery_ids: _Sequence[int] | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListGalleriesResponse:
        """List GeoGalleries galleries

        Lists the galleries on GeoGalleries.com - all of them, only the user's personal ones, or only the given gallery ids.

        ``POST /list_galleries`` (operationId ``list_galleries``)

        Args:
            account_key (str | None): Acting account; honoured only for app keys with permission for it.
            personal (bool | None): When true, only the user's personal galleries.
            gallery_ids (Sequence[int] | None): Only these gallery ids.

        Returns:
            ListGalleriesResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _LIST,
            {},
            {
                "account_key": account_key,
                "personal": personal,
                "gallery_ids": gallery_ids,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def add_update(
        self,
        *,
        name: str,
        id: int | None | _NotGiven = _NOT_GIVEN,
        description: str | None | _NotGiven = _NOT_GIVEN,
        visible: bool | None | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.AddUpdateGalleryCollectionResponse:
        """Create or update a personal gallery collection

        Creates a personal gallery collection on GeoGalleries.com when `id` is 0 or left out, otherwise updates the collection with that id.

        ``POST /add_update_gallery_collection`` (operationId ``add_update_gallery_collection``)

        Args:
            name (str, required): Gallery name.
            id (int | None): Collection to update; 0, null or absent creates a new collection.
            description (str | None):
            visible (bool | None): Whether the gallery is visible.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            AddUpdateGalleryCollectionResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout; ``APIUnknownOutcomeError`` when the request may have been processed: check before sending it again).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _ADD_UPDATE,
            {},
            {
                "name": name,
                "id": id,
                "description": description,
                "visible": visible,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class GalleriesResourceWithRawResponse:
    def __init__(self, resource: GalleriesResource) -> None:
        self.delete = raw_method(resource.delete)
        self.list = raw_method(resource.list)
        self.add_update = raw_method(resource.add_update)


class GalleriesResourcePrepare:
    def __init__(self, resource: GalleriesResource) -> None:
        self.delete = prepared_method(resource.delete)
        self.list = prepared_method(resource.list)
        self.add_update = prepared_method(resource.add_update)


class AsyncGalleriesResource(_AsyncResource):
    """Galleries and personal gallery collections on GeoGalleries.com."""

    _client: AsyncFinerWorks

    @cached_property
    def with_raw_response(self) -> AsyncGalleriesResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body; ``parse()`` on demand)."""
        return AsyncGalleriesResourceWithRawResponse(self._in_mode("raw"))

    @cached_property
    def prepare(self) -> AsyncGalleriesResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return AsyncGalleriesResourcePrepare(self._in_mode("prepare"))

    async def delete(
        self,
        *,
        id: int,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.DeleteGalleryCollectionResponse:
        """Delete a personal gallery collection

        Removes one of the user's personal gallery collections on GeoGalleries.com.

        ``DELETE /delete_gallery_collection`` (operationId ``delete_gallery_collection``)

        Args:
            id (int, required): Id of the collection to delete.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            DeleteGalleryCollectionResponse

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
                "id": id,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def list(
        self,
        *,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        personal: bool | None | _NotGiven = _NOT_GIVEN,
        gallery_ids: _Sequence[int] | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListGalleriesResponse:
        """List GeoGalleries galleries

        Lists the galleries on GeoGalleries.com - all of them, only the user's personal ones, or only the given gallery ids.

        ``POST /list_galleries`` (operationId ``list_galleries``)

        Args:
            account_key (str | None): Acting account; honoured only for app keys with permission for it.
            personal (bool | None): When true, only the user's personal galleries.
            gallery_ids (Sequence[int] | None): Only these gallery ids.

        Returns:
            ListGalleriesResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _LIST,
            {},
            {
                "account_key": account_key,
                "personal": personal,
                "gallery_ids": gallery_ids,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def add_update(
        self,
        *,
        name: str,
        id: int | None | _NotGiven = _NOT_GIVEN,
        description: str | None | _NotGiven = _NOT_GIVEN,
        visible: bool | None | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.AddUpdateGalleryCollectionResponse:
        """Create or update a personal gallery collection

        Creates a personal gallery collection on GeoGalleries.com when `id` is 0 or left out, otherwise updates the collection with that id.

        ``POST /add_update_gallery_collection`` (operationId ``add_update_gallery_collection``)

        Args:
            name (str, required): Gallery name.
            id (int | None): Collection to update; 0, null or absent creates a new collection.
            description (str | None):
            visible (bool | None): Whether the gallery is visible.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            AddUpdateGalleryCollectionResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout; ``APIUnknownOutcomeError`` when the request may have been processed: check before sending it again).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _ADD_UPDATE,
            {},
            {
                "name": name,
                "id": id,
                "description": description,
                "visible": visible,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncGalleriesResourceWithRawResponse:
    def __init__(self, resource: AsyncGalleriesResource) -> None:
        self.delete = async_raw_method(resource.delete)
        self.list = async_raw_method(resource.list)
        self.add_update = async_raw_method(resource.add_update)


class AsyncGalleriesResourcePrepare:
    def __init__(self, resource: AsyncGalleriesResource) -> None:
        self.delete = async_prepared_method(resource.delete)
        self.list = async_prepared_method(resource.list)
        self.add_update = async_prepared_method(resource.add_update)
