"""images: Image files in a user's temporary or inventory library, and file selections (sets of file GUIDs kept under one master GUID)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING
from .. import models as _models
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
    pagination=_Paging(
        page="page_number",
        size="per_page",
        location="body",
        items="images",
        total=None,
        default_size=10,
        start_page=1,
    ),
)


class ImagesResource(_SyncResource):
    """Image files in a user's temporary or inventory library, and file selections (sets of file GUIDs kept under one master GUID)."""

    _client: FinerWorks

    @cached_property
    def with_raw_response(self) -> ImagesResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body; ``parse()`` on demand)."""
        return ImagesResourceWithRawResponse(self._in_mode("raw"))

    @cached_property
    def prepare(self) -> ImagesResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return ImagesResourcePrepare(self._in_mode("prepare"))

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
            guid (UUID | str, required): Master GUID shared by all the files of the selection.

        Returns:
            ListFileSelectionResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
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
            guids (Sequence[UUID | str], required): GUIDs of the files that make up the selection.
            guid (UUID | str, required): Master GUID of the selection.

        Returns:
            UpdateFileSelectionResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
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
            images (Sequence[UpdateImageDetails | Mapping[str, Any]], required): Images to change.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            UpdateImagesResponse

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
            guids (Sequence[UUID | str], required): GUIDs of the images to delete.
            library (ImageLibrary | Mapping[str, Any] | None, required): Library holding the images.

        Returns:
            DeleteImagesResponse

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
            images (Sequence[AddImageDetails | Mapping[str, Any]], required): Images to add, at most five per call.
            library (ImageLibrary | Mapping[str, Any], required): Which image library a call works on (temporary or inventory) and the session and site it belongs to.

        Returns:
            AddImagesResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout; ``APIUnknownOutcomeError`` when the request may have been processed: check before sending it again).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
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
    ) -> _SyncPage[_models.ImageDetails, _models.ListImagesResponse]:
        """Page through images in a library

        Returns one page of the account's images, optionally filtered by text, GUIDs, upload date range and active flag, sorted as requested. With `list_products` set on the inventory library each image also lists the virtual-inventory products built on it.

        ``POST /list_images`` (operationId ``list_images``)

        Args:
            library (ImageLibrary | Mapping[str, Any], required): Which image library a call works on (temporary or inventory) and the session and site it belongs to.
            search_filter (str | None): Text to look for in titles and descriptions.
            guid_filter (Sequence[UUID | str] | None): Only these image GUIDs.
            page_number (int): Page to return, starting at 1.
            per_page (int): Page size.
            sort_field (Literal[\"id\", \"title\", \"file_name\", \"file_size\", \"date_added\"]): Field to sort by.
            sort_direction (SortDirection | Literal[\"DESC\", \"ASC\"]): Sort order.
            upload_date_from (datetime | str | None): Earliest upload date.
            upload_date_to (datetime | str | None): Latest upload date.
            list_products (bool): With the inventory library, also return the virtual-inventory products of each image.
            active (bool | None): Only active (true) or only inactive (false) images; null for both.

        Returns:
            The page (SyncPage of ImageDetails, the response as ``.response``).
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


class ImagesResourceWithRawResponse:
    def __init__(self, resource: ImagesResource) -> None:
        self.list_selection = raw_method(resource.list_selection)
        self.update_selection = raw_method(resource.update_selection)
        self.update = raw_method(resource.update)
        self.delete = raw_method(resource.delete)
        self.add = raw_method(resource.add)
        self.list = raw_method(resource.list)


class ImagesResourcePrepare:
    def __init__(self, resource: ImagesResource) -> None:
        self.list_selection = prepared_method(resource.list_selection)
        self.update_selection = prepared_method(resource.update_selection)
        self.update = prepared_method(resource.update)
        self.delete = prepared_method(resource.delete)
        self.add = prepared_method(resource.add)
        self.list = prepared_method(resource.list)


class AsyncImagesResource(_AsyncResource):
    """Image files in a user's temporary or inventory library, and file selections (sets of file GUIDs kept under one master GUID)."""

    _client: AsyncFinerWorks

    @cached_property
    def with_raw_response(self) -> AsyncImagesResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body; ``parse()`` on demand)."""
        return AsyncImagesResourceWithRawResponse(self._in_mode("raw"))

    @cached_property
    def prepare(self) -> AsyncImagesResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return AsyncImagesResourcePrepare(self._in_mode("prepare"))

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
            guid (UUID | str, required): Master GUID shared by all the files of the selection.

        Returns:
            ListFileSelectionResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
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
            guids (Sequence[UUID | str], required): GUIDs of the files that make up the selection.
            guid (UUID | str, required): Master GUID of the selection.

        Returns:
            UpdateFileSelectionResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
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
            images (Sequence[UpdateImageDetails | Mapping[str, Any]], required): Images to change.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            UpdateImagesResponse

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
            guids (Sequence[UUID | str], required): GUIDs of the images to delete.
            library (ImageLibrary | Mapping[str, Any] | None, required): Library holding the images.

        Returns:
            DeleteImagesResponse

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
            images (Sequence[AddImageDetails | Mapping[str, Any]], required): Images to add, at most five per call.
            library (ImageLibrary | Mapping[str, Any], required): Which image library a call works on (temporary or inventory) and the session and site it belongs to.

        Returns:
            AddImagesResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout; ``APIUnknownOutcomeError`` when the request may have been processed: check before sending it again).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
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
    ) -> _AsyncPage[_models.ImageDetails, _models.ListImagesResponse]:
        """Page through images in a library

        Returns one page of the account's images, optionally filtered by text, GUIDs, upload date range and active flag, sorted as requested. With `list_products` set on the inventory library each image also lists the virtual-inventory products built on it.

        ``POST /list_images`` (operationId ``list_images``)

        Args:
            library (ImageLibrary | Mapping[str, Any], required): Which image library a call works on (temporary or inventory) and the session and site it belongs to.
            search_filter (str | None): Text to look for in titles and descriptions.
            guid_filter (Sequence[UUID | str] | None): Only these image GUIDs.
            page_number (int): Page to return, starting at 1.
            per_page (int): Page size.
            sort_field (Literal[\"id\", \"title\", \"file_name\", \"file_size\", \"date_added\"]): Field to sort by.
            sort_direction (SortDirection | Literal[\"DESC\", \"ASC\"]): Sort order.
            upload_date_from (datetime | str | None): Earliest upload date.
            upload_date_to (datetime | str | None): Latest upload date.
            list_products (bool): With the inventory library, also return the virtual-inventory products of each image.
            active (bool | None): Only active (true) or only inactive (false) images; null for both.

        Returns:
            The page (AsyncPage of ImageDetails, the response as ``.response``).
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


class AsyncImagesResourceWithRawResponse:
    def __init__(self, resource: AsyncImagesResource) -> None:
        self.list_selection = async_raw_method(resource.list_selection)
        self.update_selection = async_raw_method(resource.update_selection)
        self.update = async_raw_method(resource.update)
        self.delete = async_raw_method(resource.delete)
        self.add = async_raw_method(resource.add)
        self.list = async_raw_method(resource.list)


class AsyncImagesResourcePrepare:
    def __init__(self, resource: AsyncImagesResource) -> None:
        self.list_selection = async_prepared_method(resource.list_selection)
        self.update_selection = async_prepared_method(resource.update_selection)
        self.update = async_prepared_method(resource.update)
        self.delete = async_prepared_method(resource.delete)
        self.add = async_prepared_method(resource.add)
        self.list = async_prepared_method(resource.list)
