"""galleries: Galleries and personal gallery collections on GeoGalleries.com."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING
from .. import models as _models
from .._base_client import (
    OperationSpec as _Op,
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


class GalleriesResource:
    """Galleries and personal gallery collections on GeoGalleries.com."""

    def __init__(self, client: FinerWorks) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> GalleriesResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body, ``parsed``)."""
        return GalleriesResourceWithRawResponse(self)

    @cached_property
    def prepare(self) -> GalleriesResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return GalleriesResourcePrepare(self)

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
            id: Id of the collection to delete.
            account_key: Acting account; honoured only for app keys with permission for it.
        """
        return self._client.call(
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
            account_key: Acting account; honoured only for app keys with permission for it.
            personal: When true, only the user's personal galleries.
            gallery_ids: Only these gallery ids.
        """
        return self._client.call(
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
            name: Gallery name.
            id: Collection to update; 0, null or absent creates a new collection.
            visible: Whether the gallery is visible.
            account_key: Acting account; honoured only for app keys with permission for it.
        """
        return self._client.call(
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


class AsyncGalleriesResource:
    """Galleries and personal gallery collections on GeoGalleries.com."""

    def __init__(self, client: AsyncFinerWorks) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncGalleriesResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body, ``parsed``)."""
        return AsyncGalleriesResourceWithRawResponse(self)

    @cached_property
    def prepare(self) -> AsyncGalleriesResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return AsyncGalleriesResourcePrepare(self)

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
            id: Id of the collection to delete.
            account_key: Acting account; honoured only for app keys with permission for it.
        """
        return await self._client.call(
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
            account_key: Acting account; honoured only for app keys with permission for it.
            personal: When true, only the user's personal galleries.
            gallery_ids: Only these gallery ids.
        """
        return await self._client.call(
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
            name: Gallery name.
            id: Collection to update; 0, null or absent creates a new collection.
            visible: Whether the gallery is visible.
            account_key: Acting account; honoured only for app keys with permission for it.
        """
        return await self._client.call(
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
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)
        self.add_update = to_raw_response(resource.add_update)


class AsyncGalleriesResourceWithRawResponse:
    def __init__(self, resource: AsyncGalleriesResource) -> None:
        self.delete = async_to_raw_response(resource.delete)
        self.list = async_to_raw_response(resource.list)
        self.add_update = async_to_raw_response(resource.add_update)


class GalleriesResourcePrepare:
    def __init__(self, resource: GalleriesResource) -> None:
        self.delete = to_prepared(resource.delete)
        self.list = to_prepared(resource.list)
        self.add_update = to_prepared(resource.add_update)


class AsyncGalleriesResourcePrepare:
    def __init__(self, resource: AsyncGalleriesResource) -> None:
        self.delete = async_to_prepared(resource.delete)
        self.list = async_to_prepared(resource.list)
        self.add_update = async_to_prepared(resource.add_update)
