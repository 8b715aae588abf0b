"""account: The calling account and app - credential check, app details, user profile, invoices and payments."""

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
from typing import Any as _Any
from typing import Literal as _Literal

if TYPE_CHECKING:
    from .._client import AsyncFinerWorks, FinerWorks

__all__ = ["AccountResource", "AsyncAccountResource"]

_TEST_CREDENTIALS: _Op[_models.TestMyCredentialsResponse] = _Op(
    operation_id="test_my_credentials",
    method="GET",
    path="/test_my_credentials",
    response_type=_models.TestMyCredentialsResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={
        "account_key": _Param("account_key", "query", "form", True),
    },
)

_UPDATE_APP: _Op[_models.UpdateAppDetailsResponse] = _Op(
    operation_id="update_app_details",
    method="PUT",
    path="/update_app_details",
    response_type=_models.UpdateAppDetailsResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.UpdateAppDetailsRequest,
)

_UPDATE_USER: _Op[_models.UpdateUserResponse] = _Op(
    operation_id="update_user",
    method="PUT",
    path="/update_user",
    response_type=_models.UpdateUserResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.UpdateUserRequest,
)

_GET_USER: _Op[_models.GetUserResponse] = _Op(
    operation_id="get_user",
    method="GET",
    path="/get_user",
    response_type=_models.GetUserResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={
        "account_key": _Param("account_key", "query", "form", True),
    },
)

_GET_COMPANY_INFO: _Op[_models.GetCompanyInfoResponse] = _Op(
    operation_id="get_company_info",
    method="GET",
    path="/get_company_info",
    response_type=_models.GetCompanyInfoResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
)

_GET_PAYMENT_TOKENS: _Op[_models.GetPaymentTokensResponse] = _Op(
    operation_id="get_payment_tokens",
    method="GET",
    path="/get_payment_tokens",
    response_type=_models.GetPaymentTokensResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={
        "payment_profile_id": _Param("payment_profile_id", "query", "form", True),
    },
)

_LIST_INVOICES: _Op[_models.ListInvoicesResponse] = _Op(
    operation_id="list_invoices",
    method="POST",
    path="/list_invoices",
    response_type=_models.ListInvoicesResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.ListInvoicesRequest,
    pagination=_Paging(
        page="page_number",
        size="per_page",
        location="body",
        items=None,
        total=None,
        default_size=10,
        start_page=1,
    ),
)

_LIST_PAYMENTS: _Op[_models.ListPaymentsResponse] = _Op(
    operation_id="list_payments",
    method="POST",
    path="/list_payments",
    response_type=_models.ListPaymentsResponse,
    response_kind="model",
    idempotent=True,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.ListPaymentsRequest,
    pagination=_Paging(
        page="page_number",
        size="per_page",
        location="body",
        items=None,
        total=None,
        default_size=10,
        start_page=1,
    ),
)

_ADD_EVENT: _Op[_models.AddEventResponse] = _Op(
    operation_id="add_event",
    method="POST",
    path="/add_event",
    response_type=_models.AddEventResponse,
    response_kind="model",
    idempotent=False,
    security=(("web_api_key", "app_key"),),
    params={},
    body_encoding="json",
    content_type="application/json",
    request_model=_models.AddEventRequest,
)


class AccountResource(_SyncResource):
    """The calling account and app - credential check, app details, user profile, invoices and payments."""

    _client: FinerWorks

    @cached_property
    def with_raw_response(self) -> AccountResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body; ``parse()`` on demand)."""
        return AccountResourceWithRawResponse(self._in_mode("raw"))

    @cached_property
    def prepare(self) -> AccountResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return AccountResourcePrepare(self._in_mode("prepare"))

    def test_credentials(
        self,
        *,
        account_key: str | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.TestMyCredentialsResponse:
        """Check that the API key pair is valid

        A first call for a new integration. The server confirms that the `web_api_key` / `app_key` pair sent in the request headers is known and belongs to a FinerWorks account.

        ``GET /test_my_credentials`` (operationId ``test_my_credentials``)

        Args:
            account_key (str): Account to check the keys against; honoured only for app keys with permission for it.

        Returns:
            TestMyCredentialsResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _TEST_CREDENTIALS,
            {
                "account_key": account_key,
            },
            _NOT_GIVEN,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def update_app(
        self,
        *,
        app_details: _models.App | _Mapping[str, _Any],
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.UpdateAppDetailsResponse:
        """Edit the details of the calling app

        Changes the stored name, description, free-form data and live/test mode of the app that the `app_key` header belongs to.

        ``PUT /update_app_details`` (operationId ``update_app_details``)

        Args:
            app_details (App | Mapping[str, Any], required): The details of the app that an `app_key` belongs to.

        Returns:
            UpdateAppDetailsResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _UPDATE_APP,
            {},
            {
                "app_details": app_details,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def update_user(
        self,
        *,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        billing_info: _models.Address | _Mapping[str, _Any] | None | _NotGiven = _NOT_GIVEN,
        business_info: _models.Address | _Mapping[str, _Any] | None | _NotGiven = _NOT_GIVEN,
        logo_data: str | None | _NotGiven = _NOT_GIVEN,
        portrait_data: str | None | _NotGiven = _NOT_GIVEN,
        payment_profile_id: str | None | _NotGiven = _NOT_GIVEN,
        shipping_preferences: (
            _Sequence[_models.ShippingPreference | _Literal[0, 1, 2, 3]] | None | _NotGiven
        ) = _NOT_GIVEN,
        connections: _Sequence[_models.ThirdPartyConnections | _Mapping[str, _Any]] | None | _NotGiven = _NOT_GIVEN,
        logo_url: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.UpdateUserResponse:
        """Edit the user profile

        Changes parts of a user's profile - billing and business addresses, logo, portrait, payment profile and, on the newest revision, shipping preferences, platform connections and a logo URL. A field sent as `null` is left unchanged.

        ``PUT /update_user`` (operationId ``update_user``)

        Args:
            account_key (str | None): Account to update; honoured only for app keys with permission for it.
            billing_info (Address | Mapping[str, Any] | None): Billing address; should match the address of the payment card.
            business_info (Address | Mapping[str, Any] | None): Business address.
            logo_data (str | None): JPG logo as a base64-encoded string; stored resized to 600x180 pixels.
            portrait_data (str | None): JPG portrait as a base64-encoded string.
            payment_profile_id (str | None): The user's BrainTree customer id; needed to bill orders placed through the API.
            shipping_preferences (Sequence[ShippingPreference | Literal[0, 1, 2, 3]] | None): Up to three shipping preferences, tried in order: 0 economical, 1 rolled, 2 flat, 3 fastest.
            connections (Sequence[ThirdPartyConnections | Mapping[str, Any]] | None): Links to third-party platforms.
            logo_url (str | None): URL of a JPG logo that FinerWorks downloads for packing slips (resized to 600x180 pixels); ignored when null and no logo_data is sent.

        Returns:
            UpdateUserResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _UPDATE_USER,
            {},
            {
                "account_key": account_key,
                "billing_info": billing_info,
                "business_info": business_info,
                "logo_data": logo_data,
                "portrait_data": portrait_data,
                "payment_profile_id": payment_profile_id,
                "shipping_preferences": shipping_preferences,
                "connections": connections,
                "logo_url": logo_url,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def get_user(
        self,
        *,
        account_key: str | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.GetUserResponse:
        """Read a user profile

        Returns the profile of the calling account, or of the account named by `account_key` when the app key has permission for it: ids and names, addresses, logo, payment profile, credit balance, shipping preferences, platform connections and whether the profile is complete.

        ``GET /get_user`` (operationId ``get_user``)

        Args:
            account_key (str): Account to read; honoured only for app keys with permission for it.

        Returns:
            GetUserResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _GET_USER,
            {
                "account_key": account_key,
            },
            _NOT_GIVEN,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def get_company_info(
        self,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.GetCompanyInfoResponse:
        """FinerWorks' own site, address and lobby hours

        Returns facts about FinerWorks as a company for the calling site: the site id, FinerWorks' address and its lobby hours.

        ``GET /get_company_info`` (operationId ``get_company_info``)

        Returns:
            GetCompanyInfoResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _GET_COMPANY_INFO,
            {},
            _NOT_GIVEN,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def get_payment_tokens(
        self,
        *,
        payment_profile_id: str,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.GetPaymentTokensResponse:
        """List the payment tokens stored for a payment profile

        Returns the payment methods stored with a BrainTree payment profile, as tokens to pass as `payment_token` to `submit_orders_v2`, each marked as default or not.

        ``GET /get_payment_tokens`` (operationId ``get_payment_tokens``)

        Args:
            payment_profile_id (str, required): The BrainTree customer id of the user (user_account.payment_profile_id).

        Returns:
            GetPaymentTokensResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _GET_PAYMENT_TOKENS,
            {
                "payment_profile_id": payment_profile_id,
            },
            _NOT_GIVEN,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list_invoices(
        self,
        *,
        per_page: int | _NotGiven = _NOT_GIVEN,
        page_number: int | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _SyncPage[_Any, _models.ListInvoicesResponse]:
        """Page through invoices by month

        Returns one page of the account's invoices, grouped by month.

        ``POST /list_invoices`` (operationId ``list_invoices``)

        Args:
            per_page (int): Page size.
            page_number (int): Page to return, starting at 1.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            The page (SyncPage of Any, the response as ``.response``).
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
            _LIST_INVOICES,
            {},
            {
                "per_page": per_page,
                "page_number": page_number,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list_payments(
        self,
        *,
        per_page: int | _NotGiven = _NOT_GIVEN,
        page_number: int | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _SyncPage[_Any, _models.ListPaymentsResponse]:
        """Page through payments by month

        Returns one page of the account's payments, grouped by month.

        ``POST /list_payments`` (operationId ``list_payments``)

        Args:
            per_page (int): Page size.
            page_number (int): Page to return, starting at 1.
            account_key (str | None): Acting account; honoured only for app keys with permission, otherwise the caller's own data is listed.

        Returns:
            The page (SyncPage of Any, the response as ``.response``).
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
            _LIST_PAYMENTS,
            {},
            {
                "per_page": per_page,
                "page_number": page_number,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def add_event(
        self,
        *,
        type: str | None | _NotGiven = _NOT_GIVEN,
        name: str | None | _NotGiven = _NOT_GIVEN,
        details: str | None | _NotGiven = _NOT_GIVEN,
        account_id: int | None | _NotGiven = _NOT_GIVEN,
        site_id: int | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.AddEventResponse:
        """Write an entry to the account's event log

        Records an event (a type such as `success`, a short name, free-form details and the site it belongs to) in FinerWorks' event log and returns the entry created.

        ``POST /add_event`` (operationId ``add_event``)

        Args:
            type (str | None): Kind of event; FinerWorks' own helper sends `success`.
            name (str | None): Short title of the event.
            details (str | None): Free-form details, often a JSON string.
            account_id (int | None): Account the event belongs to; FinerWorks' own helper sends 0.
            site_id (int | None): Site the event belongs to.

        Returns:
            AddEventResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout; ``APIUnknownOutcomeError`` when the request may have been processed: check before sending it again).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return self._call(
            _ADD_EVENT,
            {},
            {
                "type": type,
                "name": name,
                "details": details,
                "account_id": account_id,
                "site_id": site_id,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AccountResourceWithRawResponse:
    def __init__(self, resource: AccountResource) -> None:
        self.test_credentials = raw_method(resource.test_credentials)
        self.update_app = raw_method(resource.update_app)
        self.update_user = raw_method(resource.update_user)
        self.get_user = raw_method(resource.get_user)
        self.get_company_info = raw_method(resource.get_company_info)
        self.get_payment_tokens = raw_method(resource.get_payment_tokens)
        self.list_invoices = raw_method(resource.list_invoices)
        self.list_payments = raw_method(resource.list_payments)
        self.add_event = raw_method(resource.add_event)


class AccountResourcePrepare:
    def __init__(self, resource: AccountResource) -> None:
        self.test_credentials = prepared_method(resource.test_credentials)
        self.update_app = prepared_method(resource.update_app)
        self.update_user = prepared_method(resource.update_user)
        self.get_user = prepared_method(resource.get_user)
        self.get_company_info = prepared_method(resource.get_company_info)
        self.get_payment_tokens = prepared_method(resource.get_payment_tokens)
        self.list_invoices = prepared_method(resource.list_invoices)
        self.list_payments = prepared_method(resource.list_payments)
        self.add_event = prepared_method(resource.add_event)


class AsyncAccountResource(_AsyncResource):
    """The calling account and app - credential check, app details, user profile, invoices and payments."""

    _client: AsyncFinerWorks

    @cached_property
    def with_raw_response(self) -> AsyncAccountResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body; ``parse()`` on demand)."""
        return AsyncAccountResourceWithRawResponse(self._in_mode("raw"))

    @cached_property
    def prepare(self) -> AsyncAccountResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return AsyncAccountResourcePrepare(self._in_mode("prepare"))

    async def test_credentials(
        self,
        *,
        account_key: str | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.TestMyCredentialsResponse:
        """Check that the API key pair is valid

        A first call for a new integration. The server confirms that the `web_api_key` / `app_key` pair sent in the request headers is known and belongs to a FinerWorks account.

        ``GET /test_my_credentials`` (operationId ``test_my_credentials``)

        Args:
            account_key (str): Account to check the keys against; honoured only for app keys with permission for it.

        Returns:
            TestMyCredentialsResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _TEST_CREDENTIALS,
            {
                "account_key": account_key,
            },
            _NOT_GIVEN,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def update_app(
        self,
        *,
        app_details: _models.App | _Mapping[str, _Any],
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.UpdateAppDetailsResponse:
        """Edit the details of the calling app

        Changes the stored name, description, free-form data and live/test mode of the app that the `app_key` header belongs to.

        ``PUT /update_app_details`` (operationId ``update_app_details``)

        Args:
            app_details (App | Mapping[str, Any], required): The details of the app that an `app_key` belongs to.

        Returns:
            UpdateAppDetailsResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _UPDATE_APP,
            {},
            {
                "app_details": app_details,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def update_user(
        self,
        *,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        billing_info: _models.Address | _Mapping[str, _Any] | None | _NotGiven = _NOT_GIVEN,
        business_info: _models.Address | _Mapping[str, _Any] | None | _NotGiven = _NOT_GIVEN,
        logo_data: str | None | _NotGiven = _NOT_GIVEN,
        portrait_data: str | None | _NotGiven = _NOT_GIVEN,
        payment_profile_id: str | None | _NotGiven = _NOT_GIVEN,
        shipping_preferences: (
            _Sequence[_models.ShippingPreference | _Literal[0, 1, 2, 3]] | None | _NotGiven
        ) = _NOT_GIVEN,
        connections: _Sequence[_models.ThirdPartyConnections | _Mapping[str, _Any]] | None | _NotGiven = _NOT_GIVEN,
        logo_url: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.UpdateUserResponse:
        """Edit the user profile

        Changes parts of a user's profile - billing and business addresses, logo, portrait, payment profile and, on the newest revision, shipping preferences, platform connections and a logo URL. A field sent as `null` is left unchanged.

        ``PUT /update_user`` (operationId ``update_user``)

        Args:
            account_key (str | None): Account to update; honoured only for app keys with permission for it.
            billing_info (Address | Mapping[str, Any] | None): Billing address; should match the address of the payment card.
            business_info (Address | Mapping[str, Any] | None): Business address.
            logo_data (str | None): JPG logo as a base64-encoded string; stored resized to 600x180 pixels.
            portrait_data (str | None): JPG portrait as a base64-encoded string.
            payment_profile_id (str | None): The user's BrainTree customer id; needed to bill orders placed through the API.
            shipping_preferences (Sequence[ShippingPreference | Literal[0, 1, 2, 3]] | None): Up to three shipping preferences, tried in order: 0 economical, 1 rolled, 2 flat, 3 fastest.
            connections (Sequence[ThirdPartyConnections | Mapping[str, Any]] | None): Links to third-party platforms.
            logo_url (str | None): URL of a JPG logo that FinerWorks downloads for packing slips (resized to 600x180 pixels); ignored when null and no logo_data is sent.

        Returns:
            UpdateUserResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _UPDATE_USER,
            {},
            {
                "account_key": account_key,
                "billing_info": billing_info,
                "business_info": business_info,
                "logo_data": logo_data,
                "portrait_data": portrait_data,
                "payment_profile_id": payment_profile_id,
                "shipping_preferences": shipping_preferences,
                "connections": connections,
                "logo_url": logo_url,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def get_user(
        self,
        *,
        account_key: str | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.GetUserResponse:
        """Read a user profile

        Returns the profile of the calling account, or of the account named by `account_key` when the app key has permission for it: ids and names, addresses, logo, payment profile, credit balance, shipping preferences, platform connections and whether the profile is complete.

        ``GET /get_user`` (operationId ``get_user``)

        Args:
            account_key (str): Account to read; honoured only for app keys with permission for it.

        Returns:
            GetUserResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _GET_USER,
            {
                "account_key": account_key,
            },
            _NOT_GIVEN,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def get_company_info(
        self,
        *,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.GetCompanyInfoResponse:
        """FinerWorks' own site, address and lobby hours

        Returns facts about FinerWorks as a company for the calling site: the site id, FinerWorks' address and its lobby hours.

        ``GET /get_company_info`` (operationId ``get_company_info``)

        Returns:
            GetCompanyInfoResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _GET_COMPANY_INFO,
            {},
            _NOT_GIVEN,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def get_payment_tokens(
        self,
        *,
        payment_profile_id: str,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.GetPaymentTokensResponse:
        """List the payment tokens stored for a payment profile

        Returns the payment methods stored with a BrainTree payment profile, as tokens to pass as `payment_token` to `submit_orders_v2`, each marked as default or not.

        ``GET /get_payment_tokens`` (operationId ``get_payment_tokens``)

        Args:
            payment_profile_id (str, required): The BrainTree customer id of the user (user_account.payment_profile_id).

        Returns:
            GetPaymentTokensResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _GET_PAYMENT_TOKENS,
            {
                "payment_profile_id": payment_profile_id,
            },
            _NOT_GIVEN,
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def list_invoices(
        self,
        *,
        per_page: int | _NotGiven = _NOT_GIVEN,
        page_number: int | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _AsyncPage[_Any, _models.ListInvoicesResponse]:
        """Page through invoices by month

        Returns one page of the account's invoices, grouped by month.

        ``POST /list_invoices`` (operationId ``list_invoices``)

        Args:
            per_page (int): Page size.
            page_number (int): Page to return, starting at 1.
            account_key (str | None): Acting account; honoured only for app keys with permission for it.

        Returns:
            The page (AsyncPage of Any, the response as ``.response``).
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
            _LIST_INVOICES,
            {},
            {
                "per_page": per_page,
                "page_number": page_number,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def list_payments(
        self,
        *,
        per_page: int | _NotGiven = _NOT_GIVEN,
        page_number: int | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _AsyncPage[_Any, _models.ListPaymentsResponse]:
        """Page through payments by month

        Returns one page of the account's payments, grouped by month.

        ``POST /list_payments`` (operationId ``list_payments``)

        Args:
            per_page (int): Page size.
            page_number (int): Page to return, starting at 1.
            account_key (str | None): Acting account; honoured only for app keys with permission, otherwise the caller's own data is listed.

        Returns:
            The page (AsyncPage of Any, the response as ``.response``).
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
            _LIST_PAYMENTS,
            {},
            {
                "per_page": per_page,
                "page_number": page_number,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def add_event(
        self,
        *,
        type: str | None | _NotGiven = _NOT_GIVEN,
        name: str | None | _NotGiven = _NOT_GIVEN,
        details: str | None | _NotGiven = _NOT_GIVEN,
        account_id: int | None | _NotGiven = _NOT_GIVEN,
        site_id: int | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _models.AddEventResponse:
        """Write an entry to the account's event log

        Records an event (a type such as `success`, a short name, free-form details and the site it belongs to) in FinerWorks' event log and returns the entry created.

        ``POST /add_event`` (operationId ``add_event``)

        Args:
            type (str | None): Kind of event; FinerWorks' own helper sends `success`.
            name (str | None): Short title of the event.
            details (str | None): Free-form details, often a JSON string.
            account_id (int | None): Account the event belongs to; FinerWorks' own helper sends 0.
            site_id (int | None): Site the event belongs to.

        Returns:
            AddEventResponse

        Raises:
            RequestValidationError: an argument breaks the spec; nothing was sent.
            APIStatusError: an HTTP error status (``BadRequestError``, ``AuthenticationError``, ``NotFoundError``, ...).
            APIConnectionError: no usable answer (``APITimeoutError`` on a timeout; ``APIUnknownOutcomeError`` when the request may have been processed: check before sending it again).
            APIResponseValidationError: the body is not JSON (or, with ``strict_response_validation``, off the schema).
            UnsuccessfulResponseError: HTTP 2xx, but the response's status says it failed.

        Every method also takes ``extra_headers``, ``extra_query``, ``extra_body``, ``timeout`` and ``max_retries``.
        """
        return await self._call(
            _ADD_EVENT,
            {},
            {
                "type": type,
                "name": name,
                "details": details,
                "account_id": account_id,
                "site_id": site_id,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncAccountResourceWithRawResponse:
    def __init__(self, resource: AsyncAccountResource) -> None:
        self.test_credentials = async_raw_method(resource.test_credentials)
        self.update_app = async_raw_method(resource.update_app)
        self.update_user = async_raw_method(resource.update_user)
        self.get_user = async_raw_method(resource.get_user)
        self.get_company_info = async_raw_method(resource.get_company_info)
        self.get_payment_tokens = async_raw_method(resource.get_payment_tokens)
        self.list_invoices = async_raw_method(resource.list_invoices)
        self.list_payments = async_raw_method(resource.list_payments)
        self.add_event = async_raw_method(resource.add_event)


class AsyncAccountResourcePrepare:
    def __init__(self, resource: AsyncAccountResource) -> None:
        self.test_credentials = async_prepared_method(resource.test_credentials)
        self.update_app = async_prepared_method(resource.update_app)
        self.update_user = async_prepared_method(resource.update_user)
        self.get_user = async_prepared_method(resource.get_user)
        self.get_company_info = async_prepared_method(resource.get_company_info)
        self.get_payment_tokens = async_prepared_method(resource.get_payment_tokens)
        self.list_invoices = async_prepared_method(resource.list_invoices)
        self.list_payments = async_prepared_method(resource.list_payments)
        self.add_event = async_prepared_method(resource.add_event)
