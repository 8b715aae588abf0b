"""The clients: :class:`FinerWorks` and :class:`AsyncFinerWorks`.

Resources (``client.images``) are imported on first use, so that importing the
package stays cheap however large the API is.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, AsyncAPIClient, SyncAPIClient, secret_arguments
from ._error_body import ErrorFormat
from ._operation import AuthSpec
from ._error_body import ErrorRule
from ._exceptions import AuthenticationError
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from .resources.images import AsyncImagesResource, ImagesResource
    from .resources.orders import AsyncOrdersResource, OrdersResource
    from .resources.inventory import AsyncInventoryResource, InventoryResource
    from .resources.products import AsyncProductsResource, ProductsResource
    from .resources.shipping import AsyncShippingResource, ShippingResource
    from .resources.galleries import AsyncGalleriesResource, GalleriesResource
    from .resources.account import AsyncAccountResource, AccountResource

__all__ = ["FinerWorks", "AsyncFinerWorks", "ENVIRONMENTS"]

ENVIRONMENTS: dict[str, str] = {
    "production": "https://api.finerworks.com/v3",  # Production host, the default. Orders placed here are real unless marked as test orders.
    "test": "https://test-api.finerworks.com/v3",  # Test host. Its help pages carry the newest revision of the contract; use it while developing an integration.
    "v2": "https://v2.api.finerworks.com/v3",  # The v2 host, used by most recent integrations; the pending-order, payment token, company and shipping-id routes and submit_orders_v2 are evidenced only here (or on the test host).
}
Environment = Literal["production", "test", "v2"]

_AUTH: tuple[AuthSpec, ...] = (
    AuthSpec(
        key="web_api_key",
        kind="api_key",
        location="header",
        wire="web_api_key",
        argument="web_api_key",
        env_var="FINERWORKS_WEB_API_KEY",
        required=True,
    ),
    AuthSpec(
        key="app_key",
        kind="api_key",
        location="header",
        wire="app_key",
        argument="app_key",
        env_var="FINERWORKS_APP_KEY",
        required=True,
    ),
)
_ENVELOPE: dict[str, str] | None = {"field": "status", "success": "success", "message": "message", "debug": "debug"}
# info.x-error-body: where error responses keep their message and per-field errors.
_ERRORS = ErrorFormat(
    message=(
        "/Message",
        "/message",
    ),
    field_errors="/ModelState",
    rules=(ErrorRule(AuthenticationError, status=400, field_suffix="authorization_credentials"),),
)


class FinerWorks(SyncAPIClient):
    """Client of the FinerWorks API.

    Credentials default to the environment: ``FINERWORKS_WEB_API_KEY``, ``FINERWORKS_APP_KEY``.
    ``environment`` picks a server (``production``, ``test``, ``v2``);
    ``base_url`` (or ``FINERWORKS_BASE_URL``) replaces it. Keys, ``base_url``, ``timeout`` and
    ``max_retries`` are checked here (``ConfigurationError``, never showing a key).
    ``connection_limits`` sizes the connection pool (default 1000 connections, 100 kept alive).
    Responses that do not match the spec are returned as sent where they differ, with a warning
    on the ``finerworks`` logger; ``strict_response_validation=True`` raises
    ``APIResponseValidationError`` instead. ``deadline`` (seconds) bounds each call as a whole:
    every attempt, every wait between attempts and the whole body read.
    """

    _auth_specs = _AUTH
    _servers = ENVIRONMENTS
    _envelope = _ENVELOPE
    _error_format = _ERRORS

    def __init__(
        self,
        *,
        web_api_key: str | None = None,
        app_key: str | None = None,
        environment: Environment | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: dict[str, str] | None = None,
        http_client: httpx.Client | None = None,
        connection_limits: httpx.Limits | None = None,
        strict_response_validation: bool = False,
        deadline: float | None = None,
    ) -> None:
        credentials = secret_arguments(
            web_api_key=web_api_key,
            app_key=app_key,
        )
        del web_api_key, app_key  # no key left in this frame's locals
        super().__init__(
            credentials=credentials,
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            connection_limits=connection_limits,
            strict_response_validation=strict_response_validation,
            deadline=deadline,
        )

    def with_options(
        self,
        *,
        web_api_key: str | None = None,
        app_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: dict[str, str] | None = None,
        strict_response_validation: bool | None = None,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> FinerWorks:
        """A copy with some options changed; it shares this client's connection pool (and its limits)."""
        given = secret_arguments(
            web_api_key=web_api_key,
            app_key=app_key,
        )
        del web_api_key, app_key  # no key left in this frame's locals
        current = self._auth_kwargs()
        return type(self)(
            web_api_key=given["web_api_key"] or current["web_api_key"],
            app_key=given["app_key"] or current["app_key"],
            base_url=base_url or self.base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            default_headers={**self._default_headers, **(default_headers or {})},
            http_client=self._http,
            strict_response_validation=(
                self.strict_response_validation if strict_response_validation is None else strict_response_validation
            ),
            deadline=self.deadline if isinstance(deadline, NotGiven) else deadline,
        )

    @cached_property
    def images(self) -> ImagesResource:
        """Image files in a user's temporary or inventory library, and file selections (sets of file GUIDs kept under one master GUID)."""
        from .resources.images import ImagesResource

        return ImagesResource(self)

    @cached_property
    def orders(self) -> OrdersResource:
        """Submitting orders, reading them back, following their production status and changing them before production starts."""
        from .resources.orders import OrdersResource

        return OrdersResource(self)

    @cached_property
    def inventory(self) -> InventoryResource:
        """Virtual-inventory products (sellable products built on images) and their links to third-party store platforms."""
        from .resources.inventory import InventoryResource

        return InventoryResource(self)

    @cached_property
    def products(self) -> ProductsResource:
        """Catalogue and pricing - prices and product details for SKUs, product and style types, frame collections, frames, mats and the frame builder."""
        from .resources.products import ProductsResource

        return ProductsResource(self)

    @cached_property
    def shipping(self) -> ShippingResource:
        """Shipping quotes for one or several orders, and recipient address checks."""
        from .resources.shipping import ShippingResource

        return ShippingResource(self)

    @cached_property
    def galleries(self) -> GalleriesResource:
        """Galleries and personal gallery collections on GeoGalleries.com."""
        from .resources.galleries import GalleriesResource

        return GalleriesResource(self)

    @cached_property
    def account(self) -> AccountResource:
        """The calling account and app - credential check, app details, user profile, invoices and payments."""
        from .resources.account import AccountResource

        return AccountResource(self)


class AsyncFinerWorks(AsyncAPIClient):
    """Asynchronous client of the FinerWorks API.

    Credentials default to the environment: ``FINERWORKS_WEB_API_KEY``, ``FINERWORKS_APP_KEY``.
    ``environment`` picks a server (``production``, ``test``, ``v2``);
    ``base_url`` (or ``FINERWORKS_BASE_URL``) replaces it. Keys, ``base_url``, ``timeout`` and
    ``max_retries`` are checked here (``ConfigurationError``, never showing a key).
    ``connection_limits`` sizes the connection pool (default 1000 connections, 100 kept alive).
    Responses that do not match the spec are returned as sent where they differ, with a warning
    on the ``finerworks`` logger; ``strict_response_validation=True`` raises
    ``APIResponseValidationError`` instead. ``deadline`` (seconds) bounds each call as a whole:
    every attempt, every wait between attempts and the whole body read.
    """

    _auth_specs = _AUTH
    _servers = ENVIRONMENTS
    _envelope = _ENVELOPE
    _error_format = _ERRORS

    def __init__(
        self,
        *,
        web_api_key: str | None = None,
        app_key: str | None = None,
        environment: Environment | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: dict[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        connection_limits: httpx.Limits | None = None,
        strict_response_validation: bool = False,
        deadline: float | None = None,
    ) -> None:
        credentials = secret_arguments(
            web_api_key=web_api_key,
            app_key=app_key,
        )
        del web_api_key, app_key  # no key left in this frame's locals
        super().__init__(
            credentials=credentials,
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            connection_limits=connection_limits,
            strict_response_validation=strict_response_validation,
            deadline=deadline,
        )

    def with_options(
        self,
        *,
        web_api_key: str | None = None,
        app_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        default_headers: dict[str, str] | None = None,
        strict_response_validation: bool | None = None,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> AsyncFinerWorks:
        """A copy with some options changed; it shares this client's connection pool (and its limits)."""
        given = secret_arguments(
            web_api_key=web_api_key,
            app_key=app_key,
        )
        del web_api_key, app_key  # no key left in this frame's locals
        current = self._auth_kwargs()
        return type(self)(
            web_api_key=given["web_api_key"] or current["web_api_key"],
            app_key=given["app_key"] or current["app_key"],
            base_url=base_url or self.base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            default_headers={**self._default_headers, **(default_headers or {})},
            http_client=self._http,
            strict_response_validation=(
                self.strict_response_validation if strict_response_validation is None else strict_response_validation
            ),
            deadline=self.deadline if isinstance(deadline, NotGiven) else deadline,
        )

    @cached_property
    def images(self) -> AsyncImagesResource:
        """Image files in a user's temporary or inventory library, and file selections (sets of file GUIDs kept under one master GUID)."""
        from .resources.images import AsyncImagesResource

        return AsyncImagesResource(self)

    @cached_property
    def orders(self) -> AsyncOrdersResource:
        """Submitting orders, reading them back, following their production status and changing them before production starts."""
        from .resources.orders import AsyncOrdersResource

        return AsyncOrdersResource(self)

    @cached_property
    def inventory(self) -> AsyncInventoryResource:
        """Virtual-inventory products (sellable products built on images) and their links to third-party store platforms."""
        from .resources.inventory import AsyncInventoryResource

        return AsyncInventoryResource(self)

    @cached_property
    def products(self) -> AsyncProductsResource:
        """Catalogue and pricing - prices and product details for SKUs, product and style types, frame collections, frames, mats and the frame builder."""
        from .resources.products import AsyncProductsResource

        return AsyncProductsResource(self)

    @cached_property
    def shipping(self) -> AsyncShippingResource:
        """Shipping quotes for one or several orders, and recipient address checks."""
        from .resources.shipping import AsyncShippingResource

        return AsyncShippingResource(self)

    @cached_property
    def galleries(self) -> AsyncGalleriesResource:
        """Galleries and personal gallery collections on GeoGalleries.com."""
        from .resources.galleries import AsyncGalleriesResource

        return AsyncGalleriesResource(self)

    @cached_property
    def account(self) -> AsyncAccountResource:
        """The calling account and app - credential check, app details, user profile, invoices and payments."""
        from .resources.account import AsyncAccountResource

        return AsyncAccountResource(self)
