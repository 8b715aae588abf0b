"""account: The calling account and app - credential check, app details, user profile, invoices and payments."""

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
    pagination=_Pages(
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
    pagination=_Pages(
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


class AccountResource:
    """The calling account and app - credential check, app details, user profile, invoices and payments."""

    def __init__(self, client: FinerWorks) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AccountResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body, ``parsed``)."""
        return AccountResourceWithRawResponse(self)

    @cached_property
    def prepare(self) -> AccountResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return AccountResourcePrepare(self)

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
            account_key: Account to check the keys against; honoured only for app keys with permission for it.
        """
        return self._client.call(
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
            app_details: The details of the app that an `app_key` belongs to.
        """
        return self._client.call(
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
            account_key: Account to update; honoured only for app keys with permission for it.
            billing_info: Billing address; should match the address of the payment card.
            business_info: Business address.
            logo_data: JPG logo as a base64-encoded string; stored resized to 600x180 pixels.
            portrait_data: JPG portrait as a base64-encoded string.
            payment_profile_id: The user's BrainTree customer id; needed to bill orders placed through the API.
            shipping_preferences: Up to three shipping preferences, tried in order: 0 economical, 1 rolled, 2 flat, 3 fastest.
            connections: Links to third-party platforms.
            logo_url: URL of a JPG logo that FinerWorks downloads for packing slips (resized to 600x180 pixels); ignored when null and no logo_data is sent.
        """
        return self._client.call(
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
            account_key: Account to read; honoured only for app keys with permission for it.
        """
        return self._client.call(
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
        """
        return self._client.call(
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
            payment_profile_id: The BrainTree customer id of the user (user_account.payment_profile_id).
        """
        return self._client.call(
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
    ) -> _models.ListInvoicesResponse:
        """Page through invoices by month

        Returns one page of the account's invoices, grouped by month.

        ``POST /list_invoices`` (operationId ``list_invoices``)

        Args:
            per_page: Page size.
            page_number: Page to return, starting at 1.
            account_key: Acting account; honoured only for app keys with permission for it.
        """
        return self._client.call(
            _LIST_INVOICES,
            {},
            {
                "per_page": per_page,
                "page_number": page_number,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list_invoices_all(
        self,
        *,
        per_page: int | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _Iterator[_Any]:
        """Page through invoices by month

        Iterates over the items of every page, requesting pages as it goes.

        Returns one page of the account's invoices, grouped by month.

        ``POST /list_invoices`` (operationId ``list_invoices``)

        Args:
            per_page: Page size.
            page_number: Page to return, starting at 1.
            account_key: Acting account; honoured only for app keys with permission for it.
        """
        return self._client.paginate(
            _LIST_INVOICES,
            {},
            {
                "per_page": per_page,
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
    ) -> _models.ListPaymentsResponse:
        """Page through payments by month

        Returns one page of the account's payments, grouped by month.

        ``POST /list_payments`` (operationId ``list_payments``)

        Args:
            per_page: Page size.
            page_number: Page to return, starting at 1.
            account_key: Acting account; honoured only for app keys with permission, otherwise the caller's own data is listed.
        """
        return self._client.call(
            _LIST_PAYMENTS,
            {},
            {
                "per_page": per_page,
                "page_number": page_number,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list_payments_all(
        self,
        *,
        per_page: int | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _Iterator[_Any]:
        """Page through payments by month

        Iterates over the items of every page, requesting pages as it goes.

        Returns one page of the account's payments, grouped by month.

        ``POST /list_payments`` (operationId ``list_payments``)

        Args:
            per_page: Page size.
            page_number: Page to return, starting at 1.
            account_key: Acting account; honoured only for app keys with permission, otherwise the caller's own data is listed.
        """
        return self._client.paginate(
            _LIST_PAYMENTS,
            {},
            {
                "per_page": per_page,
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
            type: Kind of event; FinerWorks' own helper sends `success`.
            name: Short title of the event.
            details: Free-form details, often a JSON string.
            account_id: Account the event belongs to; FinerWorks' own helper sends 0.
            site_id: Site the event belongs to.
        """
        return self._client.call(
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


class AsyncAccountResource:
    """The calling account and app - credential check, app details, user profile, invoices and payments."""

    def __init__(self, client: AsyncFinerWorks) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAccountResourceWithRawResponse:
        """The same methods, returning an ``APIResponse`` (status, headers, body, ``parsed``)."""
        return AsyncAccountResourceWithRawResponse(self)

    @cached_property
    def prepare(self) -> AsyncAccountResourcePrepare:
        """The same methods, returning the validated ``PreparedRequest`` without sending it."""
        return AsyncAccountResourcePrepare(self)

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
            account_key: Account to check the keys against; honoured only for app keys with permission for it.
        """
        return await self._client.call(
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
            app_details: The details of the app that an `app_key` belongs to.
        """
        return await self._client.call(
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
            account_key: Account to update; honoured only for app keys with permission for it.
            billing_info: Billing address; should match the address of the payment card.
            business_info: Business address.
            logo_data: JPG logo as a base64-encoded string; stored resized to 600x180 pixels.
            portrait_data: JPG portrait as a base64-encoded string.
            payment_profile_id: The user's BrainTree customer id; needed to bill orders placed through the API.
            shipping_preferences: Up to three shipping preferences, tried in order: 0 economical, 1 rolled, 2 flat, 3 fastest.
            connections: Links to third-party platforms.
            logo_url: URL of a JPG logo that FinerWorks downloads for packing slips (resized to 600x180 pixels); ignored when null and no logo_data is sent.
        """
        return await self._client.call(
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
            account_key: Account to read; honoured only for app keys with permission for it.
        """
        return await self._client.call(
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
        """
        return await self._client.call(
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
            payment_profile_id: The BrainTree customer id of the user (user_account.payment_profile_id).
        """
        return await self._client.call(
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
    ) -> _models.ListInvoicesResponse:
        """Page through invoices by month

        Returns one page of the account's invoices, grouped by month.

        ``POST /list_invoices`` (operationId ``list_invoices``)

        Args:
            per_page: Page size.
            page_number: Page to return, starting at 1.
            account_key: Acting account; honoured only for app keys with permission for it.
        """
        return await self._client.call(
            _LIST_INVOICES,
            {},
            {
                "per_page": per_page,
                "page_number": page_number,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list_invoices_all(
        self,
        *,
        per_page: int | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _AsyncIterator[_Any]:
        """Page through invoices by month

        Iterates over the items of every page, requesting pages as it goes.

        Returns one page of the account's invoices, grouped by month.

        ``POST /list_invoices`` (operationId ``list_invoices``)

        Args:
            per_page: Page size.
            page_number: Page to return, starting at 1.
            account_key: Acting account; honoured only for app keys with permission for it.
        """
        return self._client.paginate(
            _LIST_INVOICES,
            {},
            {
                "per_page": per_page,
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
    ) -> _models.ListPaymentsResponse:
        """Page through payments by month

        Returns one page of the account's payments, grouped by month.

        ``POST /list_payments`` (operationId ``list_payments``)

        Args:
            per_page: Page size.
            page_number: Page to return, starting at 1.
            account_key: Acting account; honoured only for app keys with permission, otherwise the caller's own data is listed.
        """
        return await self._client.call(
            _LIST_PAYMENTS,
            {},
            {
                "per_page": per_page,
                "page_number": page_number,
                "account_key": account_key,
            },
            _Options(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def list_payments_all(
        self,
        *,
        per_page: int | _NotGiven = _NOT_GIVEN,
        account_key: str | None | _NotGiven = _NOT_GIVEN,
        extra_headers: _Headers | None = None,
        extra_query: _Query | None = None,
        extra_body: _Body | None = None,
        timeout: _Timeout | _NotGiven = _NOT_GIVEN,
        max_retries: int | _NotGiven = _NOT_GIVEN,
    ) -> _AsyncIterator[_Any]:
        """Page through payments by month

        Iterates over the items of every page, requesting pages as it goes.

        Returns one page of the account's payments, grouped by month.

        ``POST /list_payments`` (operationId ``list_payments``)

        Args:
            per_page: Page size.
            page_number: Page to return, starting at 1.
            account_key: Acting account; honoured only for app keys with permission, otherwise the caller's own data is listed.
        """
        return self._client.paginate(
            _LIST_PAYMENTS,
            {},
            {
                "per_page": per_page,
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
            type: Kind of event; FinerWorks' own helper sends `success`.
            name: Short title of the event.
            details: Free-form details, often a JSON string.
            account_id: Account the event belongs to; FinerWorks' own helper sends 0.
            site_id: Site the event belongs to.
        """
        return await self._client.call(
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
        self.test_credentials = to_raw_response(resource.test_credentials)
        self.update_app = to_raw_response(resource.update_app)
        self.update_user = to_raw_response(resource.update_user)
        self.get_user = to_raw_response(resource.get_user)
        self.get_company_info = to_raw_response(resource.get_company_info)
        self.get_payment_tokens = to_raw_response(resource.get_payment_tokens)
        self.list_invoices = to_raw_response(resource.list_invoices)
        self.list_payments = to_raw_response(resource.list_payments)
        self.add_event = to_raw_response(resource.add_event)


class AsyncAccountResourceWithRawResponse:
    def __init__(self, resource: AsyncAccountResource) -> None:
        self.test_credentials = async_to_raw_response(resource.test_credentials)
        self.update_app = async_to_raw_response(resource.update_app)
        self.update_user = async_to_raw_response(resource.update_user)
        self.get_user = async_to_raw_response(resource.get_user)
        self.get_company_info = async_to_raw_response(resource.get_company_info)
        self.get_payment_tokens = async_to_raw_response(resource.get_payment_tokens)
        self.list_invoices = async_to_raw_response(resource.list_invoices)
        self.list_payments = async_to_raw_response(resource.list_payments)
        self.add_event = async_to_raw_response(resource.add_event)


class AccountResourcePrepare:
    def __init__(self, resource: AccountResource) -> None:
        self.test_credentials = to_prepared(resource.test_credentials)
        self.update_app = to_prepared(resource.update_app)
        self.update_user = to_prepared(resource.update_user)
        self.get_user = to_prepared(resource.get_user)
        self.get_company_info = to_prepared(resource.get_company_info)
        self.get_payment_tokens = to_prepared(resource.get_payment_tokens)
        self.list_invoices = to_prepared(resource.list_invoices)
        self.list_payments = to_prepared(resource.list_payments)
        self.add_event = to_prepared(resource.add_event)


class AsyncAccountResourcePrepare:
    def __init__(self, resource: AsyncAccountResource) -> None:
        self.test_credentials = async_to_prepared(resource.test_credentials)
        self.update_app = async_to_prepared(resource.update_app)
        self.update_user = async_to_prepared(resource.update_user)
        self.get_user = async_to_prepared(resource.get_user)
        self.get_company_info = async_to_prepared(resource.get_company_info)
        self.get_payment_tokens = async_to_prepared(resource.get_payment_tokens)
        self.list_invoices = async_to_prepared(resource.list_invoices)
        self.list_payments = async_to_prepared(resource.list_payments)
        self.add_event = async_to_prepared(resource.add_event)
