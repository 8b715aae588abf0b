"""images: Image files in a user's temporary or inventory library, and file selections (sets of file GUIDs kept under one master GUID)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING
from .. import models as _models
from .._base_client import (
    OperationSpec as _Op,
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

__all__ = ["ImagesResource", "AsyncImagesResource"]

_LIST_SELECTION: _Op[_models.ListFileSelectionResponse] = _Op(
    operation_id="list_file_selection",
    method="GET",
    path="/list_file_selection",
    response_type=_models.ListFileSelectionResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={
        "guid": _Param("guid", "query", "form", True),
    },
    params_model=_models.ListFileSelectionParams,
)

_UPDATE_SELECTION: _Op[_models.UpdateFileSelectionResponse] = _Op(
    operation_id="update_file_selection",
    method="PUT",
    path="/update_file_selection",
    response_type=_models.UpdateFileSelectionResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.UpdateFileSelectionRequest,
)

_UPDATE: _Op[_models.UpdateImagesResponse] = _Op(
    operation_id="update_images",
    method="PUT",
    path="/update_images",
    response_type=_models.UpdateImagesResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.UpdateImagesRequest,
)

_DELETE: _Op[_models.DeleteImagesResponse] = _Op(
    operation_id="delete_images",
    method="DELETE",
    path="/delete_images",
    response_type=_models.DeleteImagesResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.DeleteImagesRequest,
)

_ADD: _Op[_models.AddImagesResponse] = _Op(
    operation_id="add_images",
    method="POST",
    path="/add_images",
    response_type=_models.AddImagesResponse,
    response_kind="model",
    idempotent=False,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.AddImagesRequest,
)

_LIST: _Op[_models.ListImagesResponse] = _Op(
    operation_id="list_images",
    method="POST",
    path="/list_images",
    response_type=_models.ListImagesResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.ListImagesRequest,
    pagination=_Pages(
        page="page_number",
        size="per_page",
        location="body",
        items="images",
        total=None,
        default_size=10,
        start_page=1,
    ),
)


class ImagesResource:
    """Image files in a user's temporary or inventory library, and file selections (sets of file GUIDs kept under one master GUID)."""

    def __init__(self, client: FinerWorks) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ImagesResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body, ``parsed``)."""
        return ImagesResourceWithRawResponse(self)

    @cached_property
    def prepare(self) -> ImagesResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return ImagesResourcePrepare(self)

    def list_selection(
        self,
        *,
        guid: _UUID | str,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListFileSelectionResponse:
        """List the file GUIDs held in a file selection

        Looks a file selection up by its master GUID and returns the GUIDs of the files currently in it. The selection is written with `update_file_selection`.

        ``GET /list_file_selection`` (operationId ``list_file_selection``)

        Args:
            guid: Master GUID shared by all the files of the selection.
        """
        return self._client.call(
            _LIST_SELECTION,
            {
                "guid": guid,
            },
            _NOT_GIVEN,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def update_selection(
        self,
        *,
        guids: _Sequence[_UUID | str],
        guid: _UUID | str,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.UpdateFileSelectionResponse:
        """Replace the files held in a file selection

        Overwrites the set of file GUIDs stored under a selection's master GUID. Read it back with `list_file_selection`.

        ``PUT /update_file_selection`` (operationId ``update_file_selection``)

        Args:
            guids: GUIDs of the files that make up the selection.
            guid: Master GUID of the selection.
        """
        return self._client.call(
            _UPDATE_SELECTION,
            {},
            {
                "guids": guids,
                "guid": guid,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def update(
        self,
        *,
        images: _Sequence[_models.UpdateImageDetails | _Mapping[str, _Any]],
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.UpdateImagesResponse:
        """Edit image titles and descriptions

        Changes the title and description of images identified by GUID. The help page warns that for images in the inventory library the virtual-inventory products built on them are removed as well.

        ``PUT /update_images`` (operationId ``update_images``)

        Args:
            images: Images to change.
            account_key: Acting account; honoured only for app keys with permission for it.
        """
        return self._client.call(
            _UPDATE,
            {},
            {
                "images": images,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def delete(
        self,
        *,
        guids: _Sequence[_UUID | str],
        library: _models.ImageLibrary | _Mapping[str, _Any] | None,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.DeleteImagesResponse:
        """Delete images by GUID

        Removes image files identified by GUID. For images in the inventory library the virtual-inventory products built on them are deleted too.

        ``DELETE /delete_images`` (operationId ``delete_images``)

        Args:
            guids: GUIDs of the images to delete.
            library: Library holding the images.
        """
        return self._client.call(
            _DELETE,
            {},
            {
                "guids": guids,
                "library": library,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def add(
        self,
        *,
        images: _Sequence[_models.AddImageDetails | _Mapping[str, _Any]],
        library: _models.ImageLibrary | _Mapping[str, _Any],
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.AddImagesResponse:
        """Register up to five images in a library

        Adds up to five images to the temporary or inventory library. No file data is uploaded in the body - each entry carries metadata plus the URLs from which FinerWorks fetches the thumbnail, preview and hi-res files. The response lists the image records created.

        ``POST /add_images`` (operationId ``add_images``)

        Args:
            images: Images to add, at most five per call.
            library: Which image library a call works on (temporary or inventory) and the session and site it belongs to.
        """
        return self._client.call(
            _ADD,
            {},
            {
                "images": images,
                "library": library,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list(
        self,
        *,
        library: _models.ImageLibrary | _Mapping[str, _Any],
        search_filter: str | None | _NotGiven = _NOT_GIVEN,
        guid_filter: _Sequence[_UUID | str] | None | _NotGiven = _NOT_GIVEN,
        page_number: int | _NotGiven = _NOT_GIVEN,
        per_page: int | _NotGiven = _NOT_GIVEN,
        sort_field: _Literal["id", "title", "file_name", "file_size", "date_added"] | _NotGiven = _NOT_GIVEN,
        sort_direction: _models.SortDirection | _Literal["DESC", "ASC"] | _NotGiven = _NOT_GIVEN,
        upload_date_from: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        upload_date_to: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        list_products: bool | _NotGiven = _NOT_GIVEN,
        active: bool | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListImagesResponse:
        """Page through images in a library

        Returns one page of the account's images, optionally filtered by text, GUIDs, upload date range and active flag, sorted as requested. With `list_products` set on the inventory library each image also lists the virtual-inventory products built on it.

        ``POST /list_images`` (operationId ``list_images``)

        Args:
            library: Which image library a call works on (temporary or inventory) and the session and site it belongs to.
            search_filter: Text to look for in titles and descriptions.
            guid_filter: Only these image GUIDs.
            page_number: Page to return, starting at 1.
            per_page: Page size.
            sort_field: Field to sort by.
            sort_direction: Sort order.
            upload_date_from: Earliest upload date.
            upload_date_to: Latest upload date.
            list_products: With the inventory library, also return the virtual-inventory products of each image.
            active: Only active (true) or only inactive (false) images; null for both.
        """
        return self._client.call(
            _LIST,
            {},
            {
                "library": library,
                "search_filter": search_filter,
                "guid_filter": guid_filter,
                "page_number": page_number,
                "per_page": per_page,
                "sort_field": sort_field,
                "sort_direction": sort_direction,
                "upload_date_from": upload_date_from,
                "upload_date_to": upload_date_to,
                "list_products": list_products,
                "active": active,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list_all(
        self,
        *,
        library: _models.ImageLibrary | _Mapping[str, _Any],
        search_filter: str | None | _NotGiven = _NOT_GIVEN,
        guid_filter: _Sequence[_UUID | str] | None | _NotGiven = _NOT_GIVEN,
        per_page: int | _NotGiven = _NOT_GIVEN,
        sort_field: _Literal["id", "title", "file_name", "file_size", "date_added"] | _NotGiven = _NOT_GIVEN,
        sort_direction: _models.SortDirection | _Literal["DESC", "ASC"] | _NotGiven = _NOT_GIVEN,
        upload_date_from: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        upload_date_to: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        list_products: bool | _NotGiven = _NOT_GIVEN,
        active: bool | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _Iterator[_models.ImageDetails]:
        """Page through images in a library

        Iterates over the items of every page, requesting pages as it goes.

        Returns one page of the account's images, optionally filtered by text, GUIDs, upload date range and active flag, sorted as requested. With `list_products` set on the inventory library each image also lists the virtual-inventory products built on it.

        ``POST /list_images`` (operationId ``list_images``)

        Args:
            library: Which image library a call works on (temporary or inventory) and the session and site it belongs to.
            search_filter: Text to look for in titles and descriptions.
            guid_filter: Only these image GUIDs.
            page_number: Page to return, starting at 1.
            per_page: Page size.
            sort_field: Field to sort by.
            sort_direction: Sort order.
            upload_date_from: Earliest upload date.
            upload_date_to: Latest upload date.
            list_products: With the inventory library, also return the virtual-inventory products of each image.
            active: Only active (true) or only inactive (false) images; null for both.
        """
        return self._client.paginate(
            _LIST,
            {},
            {
                "library": library,
                "search_filter": search_filter,
                "guid_filter": guid_filter,
                "per_page": per_page,
                "sort_field": sort_field,
                "sort_direction": sort_direction,
                "upload_date_from": upload_date_from,
                "upload_date_to": upload_date_to,
                "list_products": list_products,
                "active": active,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncImagesResource:
    """Image files in a user's temporary or inventory library, and file selections (sets of file GUIDs kept under one master GUID)."""

    def __init__(self, client: AsyncFinerWorks) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncImagesResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body, ``parsed``)."""
        return AsyncImagesResourceWithRawResponse(self)

    @cached_property
    def prepare(self) -> AsyncImagesResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return AsyncImagesResourcePrepare(self)

    async def list_selection(
        self,
        *,
        guid: _UUID | str,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListFileSelectionResponse:
        """List the file GUIDs held in a file selection

        Looks a file selection up by its master GUID and returns the GUIDs of the files currently in it. The selection is written with `update_file_selection`.

        ``GET /list_file_selection`` (operationId ``list_file_selection``)

        Args:
            guid: Master GUID shared by all the files of the selection.
        """
        return await self._client.call(
            _LIST_SELECTION,
            {
                "guid": guid,
            },
            _NOT_GIVEN,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def update_selection(
        self,
        *,
        guids: _Sequence[_UUID | str],
        guid: _UUID | str,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.UpdateFileSelectionResponse:
        """Replace the files held in a file selection

        Overwrites the set of file GUIDs stored under a selection's master GUID. Read it back with `list_file_selection`.

        ``PUT /update_file_selection`` (operationId ``update_file_selection``)

        Args:
            guids: GUIDs of the files that make up the selection.
            guid: Master GUID of the selection.
        """
        return await self._client.call(
            _UPDATE_SELECTION,
            {},
            {
                "guids": guids,
                "guid": guid,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def update(
        self,
        *,
        images: _Sequence[_models.UpdateImageDetails | _Mapping[str, _Any]],
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.UpdateImagesResponse:
        """Edit image titles and descriptions

        Changes the title and description of images identified by GUID. The help page warns that for images in the inventory library the virtual-inventory products built on them are removed as well.

        ``PUT /update_images`` (operationId ``update_images``)

        Args:
            images: Images to change.
            account_key: Acting account; honoured only for app keys with permission for it.
        """
        return await self._client.call(
            _UPDATE,
            {},
            {
                "images": images,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def delete(
        self,
        *,
        guids: _Sequence[_UUID | str],
        library: _models.ImageLibrary | _Mapping[str, _Any] | None,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.DeleteImagesResponse:
        """Delete images by GUID

        Removes image files identified by GUID. For images in the inventory library the virtual-inventory products built on them are deleted too.

        ``DELETE /delete_images`` (operationId ``delete_images``)

        Args:
            guids: GUIDs of the images to delete.
            library: Library holding the images.
        """
        return await self._client.call(
            _DELETE,
            {},
            {
                "guids": guids,
                "library": library,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def add(
        self,
        *,
        images: _Sequence[_models.AddImageDetails | _Mapping[str, _Any]],
        library: _models.ImageLibrary | _Mapping[str, _Any],
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.AddImagesResponse:
        """Register up to five images in a library

        Adds up to five images to the temporary or inventory library. No file data is uploaded in the body - each entry carries metadata plus the URLs from which FinerWorks fetches the thumbnail, preview and hi-res files. The response lists the image records created.

        ``POST /add_images`` (operationId ``add_images``)

        Args:
            images: Images to add, at most five per call.
            library: Which image library a call works on (temporary or inventory) and the session and site it belongs to.
        """
        return await self._client.call(
            _ADD,
            {},
            {
                "images": images,
                "library": library,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def list(
        self,
        *,
        library: _models.ImageLibrary | _Mapping[str, _Any],
        search_filter: str | None | _NotGiven = _NOT_GIVEN,
        guid_filter: _Sequence[_UUID | str] | None | _NotGiven = _NOT_GIVEN,
        page_number: int | _NotGiven = _NOT_GIVEN,
        per_page: int | _NotGiven = _NOT_GIVEN,
        sort_field: _Literal["id", "title", "file_name", "file_size", "date_added"] | _NotGiven = _NOT_GIVEN,
        sort_direction: _models.SortDirection | _Literal["DESC", "ASC"] | _NotGiven = _NOT_GIVEN,
        upload_date_from: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        upload_date_to: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        list_products: bool | _NotGiven = _NOT_GIVEN,
        active: bool | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.ListImagesResponse:
        """Page through images in a library

        Returns one page of the account's images, optionally filtered by text, GUIDs, upload date range and active flag, sorted as requested. With `list_products` set on the inventory library each image also lists the virtual-inventory products built on it.

        ``POST /list_images`` (operationId ``list_images``)

        Args:
            library: Which image library a call works on (temporary or inventory) and the session and site it belongs to.
            search_filter: Text to look for in titles and descriptions.
            guid_filter: Only these image GUIDs.
            page_number: Page to return, starting at 1.
            per_page: Page size.
            sort_field: Field to sort by.
            sort_direction: Sort order.
            upload_date_from: Earliest upload date.
            upload_date_to: Latest upload date.
            list_products: With the inventory library, also return the virtual-inventory products of each image.
            active: Only active (true) or only inactive (false) images; null for both.
        """
        return await self._client.call(
            _LIST,
            {},
            {
                "library": library,
                "search_filter": search_filter,
                "guid_filter": guid_filter,
                "page_number": page_number,
                "per_page": per_page,
                "sort_field": sort_field,
                "sort_direction": sort_direction,
                "upload_date_from": upload_date_from,
                "upload_date_to": upload_date_to,
                "list_products": list_products,
                "active": active,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list_all(
        self,
        *,
        library: _models.ImageLibrary | _Mapping[str, _Any],
        search_filter: str | None | _NotGiven = _NOT_GIVEN,
        guid_filter: _Sequence[_UUID | str] | None | _NotGiven = _NOT_GIVEN,
        per_page: int | _NotGiven = _NOT_GIVEN,
        sort_field: _Literal["id", "title", "file_name", "file_size", "date_added"] | _NotGiven = _NOT_GIVEN,
        sort_direction: _models.SortDirection | _Literal["DESC", "ASC"] | _NotGiven = _NOT_GIVEN,
        upload_date_from: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        upload_date_to: _datetime | str | None | _NotGiven = _NOT_GIVEN,
        list_products: bool | _NotGiven = _NOT_GIVEN,
        active: bool | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _AsyncIterator[_models.ImageDetails]:
        """Page through images in a library

        Iterates over the items of every page, requesting pages as it goes.

        Returns one page of the account's images, optionally filtered by text, GUIDs, upload date range and active flag, sorted as requested. With `list_products` set on the inventory library each image also lists the virtual-inventory products built on it.

        ``POST /list_images`` (operationId ``list_images``)

        Args:
            library: Which image library a call works on (temporary or inventory) and the session and site it belongs to.
            search_filter: Text to look for in titles and descriptions.
            guid_filter: Only these image GUIDs.
            page_number: Page to return, starting at 1.
            per_page: Page size.
            sort_field: Field to sort by.
            sort_direction: Sort order.
            upload_date_from: Earliest upload date.
            upload_date_to: Latest upload date.
            list_products: With the inventory library, also return the virtual-inventory products of each image.
            active: Only active (true) or only inactive (false) images; null for both.
        """
        return self._client.paginate(
            _LIST,
            {},
            {
                "library": library,
                "search_filter": search_filter,
                "guid_filter": guid_filter,
                "per_page": per_page,
                "sort_field": sort_field,
                "sort_direction": sort_direction,
                "upload_date_from": upload_date_from,
                "upload_date_to": upload_date_to,
                "list_products": list_products,
                "active": active,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class ImagesResourceWithRawResponse:
    def __init__(self, resource: ImagesResource) -> None:
        self.list_selection = to_raw_response(resource.list_selection)
        self.update_selection = to_raw_response(resource.update_selection)
        self.update = to_raw_response(resource.update)
        self.delete = to_raw_response(resource.delete)
        self.add = to_raw_response(resource.add)
        self.list = to_raw_response(resource.list)


class AsyncImagesResourceWithRawResponse:
    def __init__(self, resource: AsyncImagesResource) -> None:
        self.list_selection = async_to_raw_response(resource.list_selection)
        self.update_selection = async_to_raw_response(resource.update_selection)
        self.update = async_to_raw_response(resource.update)
        self.delete = async_to_raw_response(resource.delete)
        self.add = async_to_raw_response(resource.add)
        self.list = async_to_raw_response(resource.list)


class ImagesResourcePrepare:
    def __init__(self, resource: ImagesResource) -> None:
        self.list_selection = to_prepared(resource.list_selection)
        self.update_selection = to_prepared(resource.update_selection)
        self.update = to_prepared(resource.update)
        self.delete = to_prepared(resource.delete)
        self.add = to_prepared(resource.add)
        self.list = to_prepared(resource.list)


class AsyncImagesResourcePrepare:
    def __init__(self, resource: AsyncImagesResource) -> None:
        self.list_selection = async_to_prepared(resource.list_selection)
        self.update_selection = async_to_prepared(resource.update_selection)
        self.update = async_to_prepared(resource.update)
        self.delete = async_to_prepared(resource.delete)
        self.add = async_to_prepared(resource.add)
        self.list = async_to_prepared(resource.list)
