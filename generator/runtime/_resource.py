"""The base of every generated resource class: one way to hand an operation to the engine.

A resource (``client.images``) has one generated method per operation. Each method only gathers
its arguments and calls :meth:`SyncAPIResource._call` (``_page`` for a paginated operation) with
the operation's spec. What the call returns depends on the resource's *mode*, an explicit
attribute fixed when the resource is made:

* ``"parse"`` (``client.images``): the parsed result, or the first page of a paginated operation;
* ``"raw"`` (``client.images.with_raw_response``): an :class:`~._response.APIResponse`, parsed on demand;
* ``"prepare"`` (``client.images.prepare``): the validated :class:`~._response.PreparedRequest`, unsent.

The ``with_raw_response`` and ``prepare`` views are generated classes whose attributes are the
methods of a resource in that mode, re-typed by :func:`raw_method` / :func:`prepared_method`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, TypeVar, cast

from ._operation import OperationSpec, RequestOptions
from ._response import APIResponse, PreparedRequest
from .pagination import AsyncPage, SyncPage

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")
Self = TypeVar("Self", bound="SyncAPIResource")
AsyncSelf = TypeVar("AsyncSelf", bound="AsyncAPIResource")

CallMode = Literal["parse", "raw", "prepare"]


class SyncAPIResource:
    """A group of operations of the synchronous client (``client.<resource>``)."""

    def __init__(self, client: SyncAPIClient, mode: CallMode = "parse") -> None:
        self._client = client
        self._mode: CallMode = mode

    def _in_mode(self: Self, mode: CallMode) -> Self:
        return type(self)(self._client, mode)

    def _call(self, op: OperationSpec[T], params: Mapping[str, object], body: Any, options: RequestOptions) -> T:
        """Hand one operation to the engine; the parsed result in the default mode.

        In the ``"raw"`` and ``"prepare"`` modes the result is an ``APIResponse`` or a
        ``PreparedRequest``; the views that expose those modes (:func:`raw_method`,
        :func:`prepared_method`) carry the types callers see.
        """
        client = self._client
        if self._mode == "prepare":
            return cast(T, client.prepare(op, params, body, options))
        if self._mode == "raw":
            return cast(T, client.request_raw(op, params, body, options))
        return client.request(op, params, body, options)

    def _page(
        self, op: OperationSpec[T], params: Mapping[str, object], body: Any, options: RequestOptions
    ) -> SyncPage[Any, T]:
        """Hand a paginated operation to the engine; its first (or requested) page in the default mode."""
        client = self._client
        if self._mode == "prepare":
            return cast(SyncPage[Any, T], client.prepare(op, params, body, options))
        if self._mode == "raw":
            raw = client.request_raw(op, params, body, options)
            return cast(
                SyncPage[Any, T], raw.then(lambda result: _sync_page(client, op, params, body, options, result))
            )
        return _sync_page(client, op, params, body, options, client.request(op, params, body, options))


class AsyncAPIResource:
    """A group of operations of the asynchronous client (``client.<resource>``)."""

    def __init__(self, client: AsyncAPIClient, mode: CallMode = "parse") -> None:
        self._client = client
        self._mode: CallMode = mode

    def _in_mode(self: AsyncSelf, mode: CallMode) -> AsyncSelf:
        return type(self)(self._client, mode)

    async def _call(self, op: OperationSpec[T], params: Mapping[str, object], body: Any, options: RequestOptions) -> T:
        """Async twin of :meth:`SyncAPIResource._call`."""
        client = self._client
        if self._mode == "prepare":
            return cast(T, client.prepare(op, params, body, options))
        if self._mode == "raw":
            return cast(T, await client.request_raw(op, params, body, options))
        return await client.request(op, params, body, options)

    async def _page(
        self, op: OperationSpec[T], params: Mapping[str, object], body: Any, options: RequestOptions
    ) -> AsyncPage[Any, T]:
        """Async twin of :meth:`SyncAPIResource._page`."""
        client = self._client
        if self._mode == "prepare":
            return cast(AsyncPage[Any, T], client.prepare(op, params, body, options))
        if self._mode == "raw":
            raw = await client.request_raw(op, params, body, options)
            return cast(
                AsyncPage[Any, T], raw.then(lambda result: _async_page(client, op, params, body, options, result))
            )
        return _async_page(client, op, params, body, options, await client.request(op, params, body, options))


def _sync_page(
    client: SyncAPIClient,
    op: OperationSpec[T],
    params: Mapping[str, object],
    body: Any,
    options: RequestOptions,
    result: T,
) -> SyncPage[Any, T]:
    return SyncPage(client, response=result, op=op, params=params, body=body, options=options)


def _async_page(
    client: AsyncAPIClient,
    op: OperationSpec[T],
    params: Mapping[str, object],
    body: Any,
    options: RequestOptions,
    result: T,
) -> AsyncPage[Any, T]:
    return AsyncPage(client, response=result, op=op, params=params, body=body, options=options)


# The views' methods are the same functions on a resource in another mode; these give them the
# types that mode returns.
def raw_method(method: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """A method of a ``"raw"``-mode resource, typed as returning the :class:`APIResponse` it returns."""
    return cast(Callable[P, APIResponse[R]], method)


def prepared_method(method: Callable[P, Any]) -> Callable[P, PreparedRequest]:
    """A method of a ``"prepare"``-mode resource, typed as returning the request it builds."""
    return cast(Callable[P, PreparedRequest], method)


def async_raw_method(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[APIResponse[R]]]:
    """Async twin of :func:`raw_method`."""
    return cast(Callable[P, Awaitable[APIResponse[R]]], method)


def async_prepared_method(method: Callable[P, Awaitable[Any]]) -> Callable[P, Awaitable[PreparedRequest]]:
    """Async twin of :func:`prepared_method`."""
    return cast(Callable[P, Awaitable[PreparedRequest]], method)
