"""Pages of a paginated operation: a typed page you can iterate for every item of every page.

A paginated method returns its first page (or the page you asked for). Iterating the page
yields its items and then those of each following page, fetched as the iteration reaches them;
``iter_pages()`` walks the pages themselves, ``has_next_page()`` and ``get_next_page()`` step by
hand, and the response's own fields stay reachable (``page.response``, or as attributes of the
page). Paging follows the spec's ``x-pagination``: a page number and a page size, the items
field, and optionally a total.

Paging stops at a short or empty page, when the total is reached, or when a page repeats the
previous one (a server that ignores the page number; logged as a WARNING). A walk that passes
:data:`MAX_PAGES` raises instead of running forever.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import pydantic

from ._exceptions import APIError, ClientError
from ._operation import OperationSpec, RequestOptions
from ._package import PACKAGE

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["MAX_PAGES", "AsyncPage", "SyncPage"]

ItemT = TypeVar("ItemT")
ResponseT = TypeVar("ResponseT")

MAX_PAGES = 10_000  # a walk that gets this far raises: the server is not paging
log = logging.getLogger(PACKAGE)


class BasePage(Generic[ItemT, ResponseT]):
    """What a page knows: its response, its items, its number, and how to ask for the next one."""

    def __init__(
        self,
        *,
        response: ResponseT,
        op: OperationSpec[ResponseT],
        params: Mapping[str, object],
        body: Any,
        options: RequestOptions,
        seen_before: int = 0,
        previous_items: list[Any] | None = None,
    ) -> None:
        spec = op.pagination
        if spec is None:
            raise ClientError(f"{op.operation_id} does not page (no x-pagination)")
        self.response = response
        self._op = op
        self._params = dict(params)
        self._body: Any = dict(body) if isinstance(body, Mapping) else body
        self._options = options
        source = self._body if spec.location == "body" else self._params
        number = source.get(self._key(spec.page)) if isinstance(source, Mapping) else None
        self.page_number: int = number if isinstance(number, int) else spec.start_page
        size = source.get(self._key(spec.size)) if isinstance(source, Mapping) else None
        self._size = size if isinstance(size, int) else spec.default_size
        self.items: list[ItemT] = _page_items(response, spec.items, op.operation_id)
        self._seen = seen_before + len(self.items)
        self.repeats_previous = bool(self.items) and self.items == previous_items

    def has_next_page(self) -> bool:
        """Whether another page may hold items: not after a short, empty or repeated page, or the total."""
        spec = self._op.pagination
        assert spec is not None
        if not self.items or self.repeats_previous:
            return False
        if spec.total is not None:
            total = _field(self.response, spec.total)
            if isinstance(total, int) and not isinstance(total, bool) and self._seen >= total:
                return False
        return self._size is None or len(self.items) >= self._size

    def _next_request(self) -> tuple[dict[str, object], Any]:
        spec = self._op.pagination
        assert spec is not None
        if not self.has_next_page():
            raise ClientError(f"{self._op.operation_id}: page {self.page_number} is the last page")
        if self.page_number - spec.start_page + 1 >= MAX_PAGES:
            raise APIError(
                f"{self._op.operation_id}: stopped after {MAX_PAGES} pages without reaching a short or empty page; "
                f"the server may be ignoring {spec.page}: pass a larger page size, or fetch pages one by one"
            )
        key, following = self._key(spec.page), self.page_number + 1
        if spec.location == "query":
            return {**self._params, key: following}, self._body
        return self._params, {**self._body, key: following}

    def _warn_repeat(self) -> None:
        spec = self._op.pagination
        assert spec is not None
        log.warning(
            "%s: page %d repeats page %d; stopping (the server seems to ignore %s)",
            self._op.operation_id,
            self.page_number,
            self.page_number - 1,
            spec.page,
        )

    def _key(self, wire: str) -> str:
        """Key of a paging field: bodies are keyed by wire name, parameters by argument name."""
        spec = self._op.pagination
        if spec is not None and spec.location == "query":
            for argument, param in self._op.params.items():
                if param.wire == wire:
                    return argument
        return wire

    def __getattr__(self, name: str) -> Any:
        """The response's fields, as attributes of the page (``page.status``)."""
        if name.startswith("_") or name == "response":
            raise AttributeError(name)
        return getattr(self.response, name)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._op.operation_id} page {self.page_number}: {len(self.items)} items>"


class SyncPage(BasePage[ItemT, ResponseT]):
    """A page of a paginated operation; ``for item in page`` walks every item of every page."""

    def __init__(self, client: SyncAPIClient, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = client

    def get_next_page(self) -> SyncPage[ItemT, ResponseT]:
        """Fetch the page after this one (check :meth:`has_next_page` first)."""
        params, body = self._next_request()
        response = self._client.request(self._op, params, body, self._options)
        return SyncPage(
            self._client,
            response=response,
            op=self._op,
            params=params,
            body=body,
            options=self._options,
            seen_before=self._seen,
            previous_items=self.items,
        )

    def iter_pages(self) -> Iterator[SyncPage[ItemT, ResponseT]]:
        """This page, then each following one, fetched as the iteration reaches it."""
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            if page.repeats_previous:
                page._warn_repeat()
                return
            yield page

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(BasePage[ItemT, ResponseT]):
    """A page of a paginated operation; ``async for item in page`` walks every item of every page."""

    def __init__(self, client: AsyncAPIClient, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._client = client

    async def get_next_page(self) -> AsyncPage[ItemT, ResponseT]:
        """Fetch the page after this one (check :meth:`has_next_page` first)."""
        params, body = self._next_request()
        response = await self._client.request(self._op, params, body, self._options)
        return AsyncPage(
            self._client,
            response=response,
            op=self._op,
            params=params,
            body=body,
            options=self._options,
            seen_before=self._seen,
            previous_items=self.items,
        )

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT, ResponseT]]:
        """This page, then each following one, fetched as the iteration reaches it."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            if page.repeats_previous:
                page._warn_repeat()
                return
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


def _field(result: Any, wire: str) -> Any:
    if isinstance(result, pydantic.BaseModel):
        for name, info in type(result).model_fields.items():
            if info.alias == wire or name == wire:
                return getattr(result, name, None)
        return (result.model_extra or {}).get(wire)
    if isinstance(result, Mapping):
        return result.get(wire)
    return None


def _page_items(result: Any, wire: str | None, operation_id: str) -> list[Any]:
    """The items of one page: the field ``x-pagination`` names, or else the response's only array."""
    if wire is not None:
        value = _field(result, wire)
        return list(value) if isinstance(value, list) else []
    if isinstance(result, pydantic.BaseModel):
        values = {**{n: getattr(result, n, None) for n in type(result).model_fields}, **(result.model_extra or {})}
    elif isinstance(result, Mapping):
        values = dict(result)
    else:
        return list(result) if isinstance(result, list) else []
    lists = {k: v for k, v in values.items() if isinstance(v, list)}
    if len(lists) > 1:
        names = ", ".join(sorted(lists))
        raise ClientError(
            f"{operation_id}: cannot tell which response field holds the page's items ({names}): "
            "name it in the spec's x-pagination (items: <field>)"
        )
    return list(next(iter(lists.values()))) if lists else []
