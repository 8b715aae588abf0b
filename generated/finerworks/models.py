"""Pydantic models of the API's schemas.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

# ruff: noqa: F401
from ._enum import OpenEnum

from typing import Any
from ._model import Model
from pydantic import AwareDatetime, ConfigDict, Field, RootModel
from enum import Enum
from uuid import UUID


class ResponseStatus(Model):
    """Status object found under `status` in every response seen. No model page exists for it; the fields come from example responses, and which of them are always present is not documented."""

    success: bool | None = None
    """Whether the call succeeded."""
    status_code: int | None = None
    """Numeric status. Examples show 200 and, in generated sample pages, 100; whether it mirrors the HTTP status is not documented."""
    message: str | None = None
    """Human-readable message; empty on success in the examples."""
    debug: Any | None = None
    """Free-form debugging data; examples show `null` or an empty object. Shape undocumented."""
    reference_id: str | None = None
    """Reference of the call. Seen only on the test host."""
    domain: str | None = None
    """Domain that served the call. Seen only on the newest test-host page."""


class Address(Model):
    """A postal contact - name, company, up to three address lines, city, state or province, postal code, country, phone and e-mail. Used for order recipients, billing and business addresses."""

    first_name: str = Field(..., max_length=50)
    last_name: str = Field(..., max_length=50)
    company_name: str | None = Field(None, max_length=50)
    address_1: str = Field(..., max_length=100)
    """First address line."""
    address_2: str | None = Field(None, max_length=100)
    """Second address line."""
    address_3: str | None = Field(None, max_length=100)
    """Third address line."""
    city: str | None = Field(None, max_length=50)
    """City or town."""
    state_code: str | None = None
    """Two-letter USPS state code (for example TX); needed for U.S. addresses."""
    province: str | None = Field(None, max_length=50)
    """State or province for addresses outside the U.S."""
    zip_postal_code: str = Field(..., max_length=10)
    country_code: str
    """Two-letter ISO 3166 country code; the examples use lower case (`us`)."""
    phone: str | None = Field(None, max_length=50)
    email: str | None = Field(None, max_length=50)
    """E-mail address printed on the packing slip."""
    address_order_po: str | None = Field(None, max_length=50)
    """Optional order PO associated with this address."""


class App(Model):
    """The details of the app that an `app_key` belongs to."""

    app_key: str
    """The app's key, generated in the FinerWorks account."""
    app_name: str = Field(..., max_length=50)
    app_description: str | None = Field(None, max_length=500)
    app_misc_data: str | None = Field(None, max_length=500)
    """Free storage for the app (for example tokens for other services); may hold a JSON string."""
    app_live_mode: bool
    """When false, orders imported through this app are created as test orders."""


class Name(str, OpenEnum):
    """Library name."""

    TEMPORARY = "temporary"
    INVENTORY = "inventory"


class ImageLibrary(Model):
    """Which image library a call works on (temporary or inventory) and the session and site it belongs to."""

    name: Name
    """Library name."""
    session_id: str = Field(..., max_length=50, min_length=8)
    """Session identifier derived from the user's FinerWorks.com session cookie (renewed after 14 days); lets users who are not logged in upload and track images. The test host suggests a 32-character unique identifier."""
    account_key: str | None = None
    """Acting account; ignored unless the app key has permission for it."""
    site_id: int
    """Site identifier. The test host says to use 2 unless told otherwise; the production page says to ask the administrator. Production examples show 0."""


class AddImageDetails(Model):
    """Metadata of one image being added, with the URLs from which FinerWorks fetches its thumbnail, preview and hi-res files."""

    title: str | None = None
    description: str | None = None
    file_name: str | None = None
    file_size: int | None = None
    """File size (image_details gives the unit as bits)."""
    thumbnail_file_name: str | None = None
    preview_file_name: str | None = None
    hires_file_name: str | None = None
    public_thumbnail_uri: str | None = None
    """Public URL of the thumbnail."""
    public_preview_uri: str | None = None
    """Public URL of the preview."""
    private_hires_uri: str | None = None
    """URL of the hi-res file."""
    pix_w: int | None = None
    """Width in pixels."""
    pix_h: int | None = None
    """Height in pixels."""


class AuthorizationCredentials(Model):
    """The two API keys as a JSON object. Documented as the body of test_my_credentials, which this spec sends without a body (see that operation); kept for reference."""

    web_api_key: str | None = None
    """Same value as the `web_api_key` header."""
    app_key: str | None = None
    """Same value as the `app_key` header."""


class FrameMatWindow(Model):
    """One opening cut in a mat."""

    width: float | None = None
    height: float | None = None
    window_x: float | None = None
    """Horizontal position of the opening."""
    window_y: float | None = None
    """Vertical position of the opening."""
    mat_image_to_display_url: str | None = None
    """Image to show in the opening."""


class FrameGlazing(Model):
    """Glazing choice of a frame_config build."""

    id: int | None = None
    """Glazing id."""


class FrameRenderConfig(Model):
    """Options for the optional base64 picture of a framed piece."""

    content_type: int | None = None
    """Kind of picture to produce; the example sends 0 and the value set is not documented."""
    render_size: int | None = None
    """Size of the picture in pixels."""
    squared: bool | None = None
    shadow_inner: bool | None = None
    prompt_image: bool | None = None
    frame_image_to_display_url: str | None = None
    """Image to show inside the frame."""


class OrderStatusDefinition(Model):
    """One entry of the production-status catalogue."""

    order_status_id: int | None = None
    """Stable status id."""
    order_status_label: str | None = None
    """Status label; its wording may change."""


class PricingItem(Model):
    """One SKU or product code, with a quantity, to be priced."""

    product_qty: int = Field(..., ge=1, le=999)
    """Number of copies to price."""
    product_sku: str
    """Virtual-inventory SKU or product code."""


class ReceiptTotals(Model):
    """Money totals of a receipt."""

    order_po: str | None = None
    order_subtotal: float | None = None
    order_shipping_rate: float | None = None
    order_discount: float | None = None


class ThirdPartyIntegrations(Model):
    """Ids linking a virtual-inventory product to listings on Etsy, Shopify, Squarespace, Wix and WooCommerce."""

    etsy_product_id: int | None = None
    shopify_product_id: int | None = None
    shopify_variant_id: int | None = None
    squarespace_product_id: Any | None = None
    """Squarespace product id; JSON type unknown (string or number)."""
    squarespace_variant_id: Any | None = None
    """Squarespace variant id; JSON type unknown (string or number)."""
    wix_inventory_id: Any | None = None
    """Wix inventory id; JSON type unknown (string or number)."""
    wix_product_id: Any | None = None
    """Wix product id; JSON type unknown (string or number)."""
    wix_variant_id: Any | None = None
    """Wix variant id; JSON type unknown (string or number)."""
    woocommerce_product_id: int | None = None
    woocommerce_variant_id: int | None = None
    shopify_graphql_product_id: str | None = None
    """Shopify GraphQL id of the product."""
    shopify_graphql_variant_id: str | None = None
    """Shopify GraphQL id of the variant."""
    bigcommerce_id: int | None = None
    """BigCommerce product id."""
    bigcommerce_variant_id: int | None = None
    """BigCommerce variant id."""
    square_product_id: str | None = None
    """Square item id."""
    square_variant_id: str | None = None
    """Square variation id."""


class UpdateImageDetails(Model):
    """The image to change (by GUID) and its new title and description."""

    guid: UUID | None = None
    """GUID of the image."""
    title: str | None = None
    description: str | None = None


class CustomsTaxInfo(Model):
    """Customs tax identifier and its type, for international shipments. Its fields are undocumented (no model page was found); every example sends null."""


class ProductSize(Model):
    """Physical size of a product or of a packed order - width, height, depth, weight, volume and whether it is rigid."""

    width: float | None = None
    height: float | None = None
    depth: float | None = None
    ounces: float | None = None
    """Weight in ounces."""
    cubic_volume: float | None = None
    is_rigid: bool | None = None


class Shipment(Model):
    """One shipped package of an order, with carrier, service, tracking, dates and package size."""

    carrier: str | None = None
    service: str | None = None
    """Shipping service of the carrier."""
    tracking_number: str | None = None
    tracking_url: str | None = None
    shipment_date: str | None = None
    """When the package shipped."""
    delivery_date: str | None = None
    """When the package was delivered."""
    creation_date: str | None = None
    """When the shipment was created."""
    eta_date: str | None = None
    """Expected delivery date."""
    weight: float | None = None
    width: float | None = None
    height: float | None = None
    depth: float | None = None
    history: Any | None = None
    """Tracking history; its shape is not documented."""


class ShippingPreference(int, OpenEnum):
    """One of a user's up to three ordered shipping preferences (the first available one is used): 0 economical, 1 rolled, 2 flat, 3 fastest."""

    INTEGER_0 = 0
    INTEGER_1 = 1
    INTEGER_2 = 2
    INTEGER_3 = 3


class Template(Model):
    """Optional product description for integrations with the Print Online Setup Tool (P.O.S.T.); a valid one can replace `product_sku` and `product_image`. Its fields are undocumented; examples send null or an empty object."""


class ThirdPartyConnections(Model):
    """A link between the user account and a third-party sales platform - its name, id and data."""

    name: str | None = None
    """Platform name."""
    id: Any | None = None
    """Id of the connection; JSON type not documented."""
    data: str | dict[str, Any] | None = None
    """Platform-specific settings, as an object or as a string holding JSON."""


class SortDirection(str, OpenEnum):
    """Sort order."""

    DESC = "DESC"
    ASC = "ASC"


class UpdateFileSelectionRequest(Model):
    """Body of update_file_selection."""

    guids: list[UUID]
    """GUIDs of the files that make up the selection."""
    guid: UUID
    """Master GUID of the selection."""


class UpdateAppDetailsRequest(Model):
    """Body of update_app_details."""

    app_details: App


class UpdateUserRequest(Model):
    """Body of update_user. Every field is optional; a null field leaves the stored value unchanged."""

    account_key: str | None = None
    """Account to update; honoured only for app keys with permission for it."""
    billing_info: Address | None = None
    """Billing address; should match the address of the payment card."""
    business_info: Address | None = None
    """Business address."""
    logo_data: str | None = Field(
        None, json_schema_extra={"contentEncoding": "base64", "contentMediaType": "image/jpeg"}
    )
    """JPG logo as a base64-encoded string; stored resized to 600x180 pixels."""
    portrait_data: str | None = Field(
        None, json_schema_extra={"contentEncoding": "base64", "contentMediaType": "image/jpeg"}
    )
    """JPG portrait as a base64-encoded string."""
    payment_profile_id: str | None = None
    """The user's BrainTree customer id; needed to bill orders placed through the API."""
    shipping_preferences: list[ShippingPreference] | None = Field(None, max_length=3)
    """Up to three shipping preferences, tried in order: 0 economical, 1 rolled, 2 flat, 3 fastest."""
    connections: list[ThirdPartyConnections] | None = None
    """Links to third-party platforms."""
    logo_url: str | None = None
    """URL of a JPG logo that FinerWorks downloads for packing slips (resized to 600x180 pixels); ignored when null and no logo_data is sent."""


class UpdateCommand(str, OpenEnum):
    """`pending` releases the order to fulfilment, `hold` puts it on hold, `cancel` cancels the submission (the same order PO can then be submitted again)."""

    PENDING = "pending"
    HOLD = "hold"
    CANCEL = "cancel"


class UpdateOrderRequest(Model):
    """Body of update_order."""

    order_id: int
    """Submission reference id returned when the order was submitted."""
    update_command: UpdateCommand
    """`pending` releases the order to fulfilment, `hold` puts it on hold, `cancel` cancels the submission (the same order PO can then be submitted again)."""


class UpdateCustomerRequest(Model):
    """Body of update_customer."""

    order_id: int
    """FinerWorks order id."""
    customer_info: Address | None = None
    """New ship-to name and address."""


class UpdateImagesRequest(Model):
    """Body of update_images."""

    images: list[UpdateImageDetails]
    """Images to change."""
    account_key: str | None = None
    """Acting account; honoured only for app keys with permission for it."""


class DisconnectVirtualInventoryRequest(Model):
    """Body of disconnect_virtual_inventory."""

    platform: str
    """Platform to disconnect, for example `woocommerce`, `shopify` or `etsy`."""
    account_key: str | None = None
    """Acting account; honoured only for app keys with permission for it."""


class DeleteImagesRequest(Model):
    """Body of delete_images."""

    guids: list[UUID]
    """GUIDs of the images to delete."""
    library: ImageLibrary | None
    """Library holding the images."""


class DeleteVirtualInventoryRequest(Model):
    """Body of delete_virtual_inventory."""

    skus: list[str]
    """SKUs of the products to delete."""
    account_key: str | None = None
    """Acting account; honoured only for app keys with permission for it."""


class DeleteGalleryCollectionRequest(Model):
    """Body of delete_gallery_collection."""

    id: int
    """Id of the collection to delete."""
    account_key: str | None = None
    """Acting account; honoured only for app keys with permission for it."""


class AddImagesRequest(Model):
    """Body of add_images."""

    images: list[AddImageDetails] = Field(..., max_length=5)
    """Images to add, at most five per call."""
    library: ImageLibrary


class SortField(str, OpenEnum):
    """Field to sort by."""

    ID = "id"
    TITLE = "title"
    FILE_NAME = "file_name"
    FILE_SIZE = "file_size"
    DATE_ADDED = "date_added"


class ListImagesRequest(Model):
    """Body of list_images."""

    library: ImageLibrary
    search_filter: str | None = None
    """Text to look for in titles and descriptions."""
    guid_filter: list[UUID] | None = None
    """Only these image GUIDs."""
    page_number: int | None = Field(None, ge=1)
    """Page to return, starting at 1."""
    per_page: int = Field(10, ge=1, le=50)
    """Page size."""
    sort_field: SortField = SortField.ID
    """Field to sort by."""
    sort_direction: SortDirection | None = None
    upload_date_from: AwareDatetime | None = None
    """Earliest upload date."""
    upload_date_to: AwareDatetime | None = None
    """Latest upload date."""
    list_products: bool = False
    """With the inventory library, also return the virtual-inventory products of each image."""
    active: bool | None = None
    """Only active (true) or only inactive (false) images; null for both."""


class ListVirtualInventoryRequest(Model):
    """Body of list_virtual_inventory."""

    search_filter: str | None = None
    """Text to look for in titles and descriptions."""
    third_party_connections_filter: str | list[str] | None = None
    """Only products linked to this third-party product id (a string) or to these ids (a list of strings)."""
    product_type_ids_filter: list[int] | None = None
    """Only products of these product types."""
    sku_filter: list[str] | None = Field(None, max_length=50)
    """Only these SKUs."""
    product_code_filter: list[str] | None = Field(None, max_length=50)
    """Only these product codes."""
    guid_filter: list[UUID] | None = None
    """Only products built on these image GUIDs."""
    page_number: int | None = Field(None, ge=1)
    """Page to return, starting at 1."""
    per_page: int = Field(10, ge=1, le=50)
    """Page size."""
    sort_field: str = "id"
    """Field to sort by. The page lists `title`, `file_name`, `file_size` and `date_added` with `id` as default."""
    sort_direction: SortDirection | None = None
    created_date_from: AwareDatetime | None = None
    """Earliest creation date."""
    created_date_to: AwareDatetime | None = None
    """Latest creation date."""
    account_key: str | None = None
    """Acting account; honoured only for app keys with permission for it."""


class FetchOrderStatusRequest(Model):
    """Body of fetch_order_status. Give `order_ids`, or `order_pos` instead."""

    order_pos: list[str] | None = None
    """POs you submitted the orders with."""
    order_ids: list[int] | None = None
    """Submission reference ids returned by submit_orders."""
    account_key: str | None = None
    """Acting account; honoured only for app keys with permission for it."""


class GetPricesArrayRequest(RootModel[list[PricingItem]]):
    """
    The bare-array form of the get_prices body - 1 to 50 items to price.
    """

    root: list[PricingItem] = Field(..., max_length=50, min_length=1)
    """
    The bare-array form of the get_prices body - 1 to 50 items to price.
    """


class GetPricesWrappedRequest(Model):
    """The object form of the get_prices body - the items under `products`, with an optional acting account."""

    products: list[PricingItem] = Field(..., max_length=50, min_length=1)
    """Items to price, 1 to 50."""
    account_key: str | None = None
    """Acting account; honoured only for app keys with permission for it, otherwise prices follow the caller's own account. Leave null when not authorised."""


class ListProductTypesRequest(Model):
    """Body of list_product_types."""

    ids: list[int] | None = None
    """Only these product type ids."""


class ListStyleTypesRequest(Model):
    """Body of list_style_types."""

    ids: list[int] | None = None
    """Only these style type ids."""


class ListCollectionsRequest(Model):
    """Body of list_collections."""

    id: int | None = None
    """Collection id; given, the frames of that collection are listed."""
    product_code: str | None = None
    """Only collections and frames compatible with this product."""


class FrameDetailsRequest(Model):
    """Body of frame_details."""

    id: int
    """Frame id."""


class ListMatsRequest(Model):
    """Body of list_mats."""

    id: int | None = None
    """Only the mat with this id."""


class ValidateRecipientAddressRequest(Model):
    """Body of validate_recipient_address."""

    recipient: Address


class ListOrdersRequest(Model):
    """Body of list_orders."""

    search_filter: str | None = None
    """Text to search for."""
    status: str | None = None
    """Only orders with this status."""
    order_ids: list[int] | None = None
    """Only these order ids."""
    order_pos: list[str] | None = None
    """Only the orders with these POs."""
    date_from: AwareDatetime | None = None
    """Orders placed after this moment."""
    date_to: AwareDatetime | None = None
    """Orders placed before this moment."""
    account_key: str | None = None
    """Acting account; honoured only for app keys with permission for it."""
    per_page: int = Field(10, ge=1, le=25)
    """Page size."""
    page_number: int | None = Field(None, ge=1)
    """Page to return, starting at 1."""
    show_cancelled: bool = True
    """Include cancelled orders."""


class ListInvoicesRequest(Model):
    """Body of list_invoices."""

    per_page: int = Field(10, ge=1, le=25)
    """Page size."""
    page_number: int | None = Field(None, ge=1)
    """Page to return, starting at 1."""
    account_key: str | None = None
    """Acting account; honoured only for app keys with permission for it."""


class ListPaymentsRequest(Model):
    """Body of list_payments."""

    per_page: int = Field(10, ge=1, le=25)
    """Page size."""
    page_number: int | None = Field(None, ge=1)
    """Page to return, starting at 1."""
    account_key: str | None = None
    """Acting account; honoured only for app keys with permission, otherwise the caller's own data is listed."""


class ListGalleriesRequest(Model):
    """Body of list_galleries."""

    account_key: str | None = None
    """Acting account; honoured only for app keys with permission for it."""
    personal: bool | None = None
    """When true, only the user's personal galleries."""
    gallery_ids: list[int] | None = None
    """Only these gallery ids."""


class AddUpdateGalleryCollectionRequest(Model):
    """Body of add_update_gallery_collection."""

    id: int | None = None
    """Collection to update; 0, null or absent creates a new collection."""
    name: str = Field(..., max_length=50)
    """Gallery name."""
    description: str | None = Field(None, max_length=300)
    visible: bool | None = None
    """Whether the gallery is visible."""
    account_key: str | None = None
    """Acting account; honoured only for app keys with permission for it."""


class ListPendingOrdersRequest(Model):
    """Body of list_pending_orders."""

    ids: list[int]
    """Ids of the pending orders to return."""
    account_key: str | None = None
    """Acting account; honoured only for app keys with permission for it."""


class DeletePendingOrdersRequest(Model):
    """Body of delete_pending_orders."""

    ids: list[int]
    """Ids of the pending orders to delete."""
    account_key: str | None = None
    """Acting account; honoured only for app keys with permission for it."""


class ListMediaTypesRequest(Model):
    """Body of list_media_types."""

    ids: list[int] | None = None
    """Only these media type ids."""


class ValidateProductRequest(Model):
    """Body of validate_product."""

    skus_or_codes: list[str]
    """Virtual-inventory SKUs or product codes to check."""


class Mode(str, OpenEnum):
    """`order` adds the product to the shopping cart (the page's default), `store` adds it to virtual inventory instead."""

    ORDER = "order"
    STORE = "store"


class AddEventRequest(Model):
    """Body of add_event."""

    type_: str | None = Field(None, alias="type")
    """Kind of event; FinerWorks' own helper sends `success`."""
    name: str | None = None
    """Short title of the event."""
    details: str | None = None
    """Free-form details, often a JSON string."""
    account_id: int | None = None
    """Account the event belongs to; FinerWorks' own helper sends 0."""
    site_id: int | None = None
    """Site the event belongs to."""


class ListOrderStatusDefinitionsResponse(Model):
    """Response of list_order_status_definitions."""

    status: ResponseStatus
    definitions: list[OrderStatusDefinition] | None = None
    """The production statuses."""


class ListFileSelectionResponse(Model):
    """Response of list_file_selection."""

    guids: list[UUID]
    """GUIDs of the files in the selection."""
    status: ResponseStatus


class DeleteImagesResponse(Model):
    """Response of delete_images - the status envelope. This shape was known before the stored pages and is not confirmed by them, so other fields are allowed."""

    status: ResponseStatus


class UpdateFileSelectionResponse(Model):
    """Response of update_file_selection - the status, possibly with the selection's GUIDs."""

    status: ResponseStatus
    guids: list[UUID] | None = None
    """GUIDs of the files now in the selection."""
    guid: UUID | None = None
    """Master GUID of the selection."""


class UpdateAppDetailsResponse(Model):
    """Response of update_app_details. Only the status envelope is documented; the rest of the payload is not shown in the stored help pages and is left open."""

    status: ResponseStatus


class UpdateOrderResponse(Model):
    """Response of update_order. Only the status envelope is documented; the rest of the payload is not shown in the stored help pages and is left open."""

    status: ResponseStatus


class UpdateCustomerResponse(Model):
    """Response of update_customer. Only the status envelope is documented; the rest of the payload is not shown in the stored help pages and is left open."""

    status: ResponseStatus


class UpdateVirtualInventoryResponse(Model):
    """Response of update_virtual_inventory - the status and the SKUs that were changed."""

    status: ResponseStatus
    skus_updated: list[Any] | None = None
    """The products that were changed."""


class DisconnectVirtualInventoryResponse(Model):
    """Response of disconnect_virtual_inventory. Only the status envelope is documented; the rest of the payload is not shown in the stored help pages and is left open."""

    status: ResponseStatus


class DeleteVirtualInventoryResponse(Model):
    """Response of delete_virtual_inventory. Only the status envelope is documented; the rest of the payload is not shown in the stored help pages and is left open."""

    status: ResponseStatus


class DeleteGalleryCollectionResponse(Model):
    """Response of delete_gallery_collection. Only the status envelope is documented; the rest of the payload is not shown in the stored help pages and is left open."""

    status: ResponseStatus


class ListCollectionsResponse(Model):
    """Response of list_collections. Only the status envelope is documented; the rest of the payload is not shown in the stored help pages and is left open."""

    status: ResponseStatus


class FrameDetailsResponse(Model):
    """Response of frame_details. Only the status envelope is documented; the rest of the payload is not shown in the stored help pages and is left open."""

    status: ResponseStatus


class ListMatsResponse(Model):
    """Response of list_mats. Only the status envelope is documented; the rest of the payload is not shown in the stored help pages and is left open."""

    status: ResponseStatus


class FrameBuilderResponse(Model):
    """Response of frame_builder. Only the status envelope is documented; the rest of the payload is not shown in the stored help pages and is left open."""

    status: ResponseStatus


class ValidateRecipientAddressResponse(Model):
    """Response of validate_recipient_address - the status, possibly with the address as the server understood it."""

    status: ResponseStatus
    address: dict[str, Any] | None = None
    """The address as checked, with the fields of `address`."""


class ListInvoicesResponse(Model):
    """Response of list_invoices. Only the status envelope is documented; the rest of the payload is not shown in the stored help pages and is left open."""

    status: ResponseStatus


class ListPaymentsResponse(Model):
    """Response of list_payments. Only the status envelope is documented; the rest of the payload is not shown in the stored help pages and is left open."""

    status: ResponseStatus


class ListGalleriesResponse(Model):
    """Response of list_galleries - the galleries."""

    status: ResponseStatus
    galleries: list[dict[str, Any]] | None = None
    """The galleries."""


class AddUpdateGalleryCollectionResponse(Model):
    """Response of add_update_gallery_collection - the status, possibly with the collection's id."""

    status: ResponseStatus
    id: int | None = None
    """Id of the collection created or updated."""


class ListPendingOrdersResponse(Model):
    """Response of list_pending_orders. No source shows the payload beside the status, so it is left open."""

    status: ResponseStatus


class DeletePendingOrdersResponse(Model):
    """Response of delete_pending_orders. Only the status is known; other fields are allowed."""

    status: ResponseStatus


class GetCompanyInfoResponse(Model):
    """Response of get_company_info - the site id, FinerWorks' address and its lobby hours."""

    status: ResponseStatus
    site_id: int | None = None
    """Site the keys belong to."""
    address: dict[str, Any] | None = None
    """FinerWorks' address, with the fields of `address`."""
    lobby_hours: str | None = None
    """Opening hours of the lobby."""


class GetShippingOptionsIdsResponse(Model):
    """Response of get_shipping_options_ids - the shipping options."""

    status: ResponseStatus
    shipping_options: list[Any] | None = None
    """The shipping options; the shape of an entry is not shown."""
    shipping_options_ids: list[int] | None = None
    """Shipping option ids."""


class SubmitProductResponse(Model):
    """Response of submit_product. The help page's response section is not stored, so only the status is known and other fields are allowed."""

    status: ResponseStatus


class Price(Model):
    """The price of one item asked for - quantity, SKU and product code, the product's own price, the add-on prices for frame, mats, glazing and colour correction, the total, and notes."""

    product_qty: int | None = None
    """Number of copies priced."""
    product_sku: str | None = None
    """The virtual-inventory SKU, when the price is for one."""
    product_code: str | None = None
    """The product code."""
    product_price: float | None = None
    """Price of the product without framing and some add-ons."""
    add_frame_price: float | None = None
    """Base price of the frame, if framed."""
    add_mat_1_price: float | None = None
    """Base price of the bottom mat, if matted."""
    add_mat_2_price: float | None = None
    """Base price of the top mat, if double matted."""
    add_glazing_price: float | None = None
    """Base price of the acrylic glazing, if glazed."""
    add_color_correct_price: float | None = None
    """Base price of colour correction."""
    total_price: float | None = None
    """Sum of the prices above."""
    info: str | None = None
    """Further notes on this price."""
    debug: Any | None = None
    """Extra detail the server may add when pricing fails; shape undocumented."""


class SubmittedOrder(Model):
    """The confirmation of one order placed (or stored as pending) - its FinerWorks id, confirmation id and PO, and on some hosts its GUID, e-mail, source, status and confirmation time."""

    order_id: int | None = None
    """FinerWorks order id."""
    order_confirmation_id: int | None = None
    """Submission reference id (the id update_order and fetch_order_status take)."""
    order_po: str | None = None
    """The PO sent with the order."""
    order_confirmation_datetime: str | None = None
    """When the order was confirmed."""
    order_guid: UUID | None = None
    """GUID of the order (see get_order)."""
    order_email: str | None = None
    """E-mail address stored with the order (see get_order)."""
    order_source: str | None = None
    order_status: str | None = None


class OrderTotals(Model):
    """Money totals of an order with one shipping option - subtotal, discount, shipping, sales tax, credits used and grand total."""

    order_po: str | None = None
    order_subtotal: float | None = None
    order_discount: float | None = None
    order_shipping_rate: float | None = None
    order_sales_tax: float | None = None
    order_sales_tax_rate: float | None = None
    order_credits_used: float | None = None
    order_grand_total: float | None = None
    product_pricing: list[Price] | None = None
    """Price rows of the order's items."""


class ListedOrder(Model):
    """One order as list_orders returns it. Its fields are not shown by any source, so it is an open object."""


class MediaType(Model):
    """One print medium - its id, the product type it belongs to, name, description and the style types available for it."""

    id: int | None = None
    product_type_id: int | None = None
    """Product type of the medium (see list_product_types)."""
    name: str | None = None
    description: str | None = None
    style_ids: list[int] | None = None
    """Style types available for the medium (see list_style_types)."""


class Dimensions(Model):
    """A width and a height (inches, as far as the sources say)."""

    width: float | None = None
    height: float | None = None


class ProductType(Model):
    """One product type - its id, name, description and the media belonging to it."""

    id: int | None = None
    name: str | None = None
    description: str | None = None
    media_ids: list[int] | None = None
    """Media types of this product type (see list_media_types)."""
    printable_ids: list[int] | None = None
    icon_url: str | None = None
    color_code: str | None = None


class PaymentToken(Model):
    """One stored payment method of a payment profile - its token, whether it is the default, and the method it stands for."""

    token: str | None = None
    """Token to send as payment_token."""
    is_default: bool | None = None
    associated_payment_method: Any | None = None
    """The payment method behind the token; shape not documented."""


class ProductValidation(Model):
    """The validation result of one SKU or product code."""

    product_code: str | None = None
    product_sku: str | None = None
    valid: bool | None = None
    validation_message: str | None = None
    """Why the code is or is not valid."""


class EventLog(Model):
    """An entry of FinerWorks' event log."""

    id: Any | None = None
    """Id of the entry; its JSON type is not shown."""


class ModelStateError(Model):
    """The ASP.NET validation body FinerWorks answers failures with - a general `Message` and, under `ModelState`, each failing field path with its messages."""

    message: str = Field(..., alias="Message")
    """General message, such as "The request is invalid.\""""
    model_state_: dict[str, list[str]] | None = Field(None, alias="ModelState")
    """Field path to the messages about that field."""


class MessageError(Model):
    """The plain error body some routes answer with - a single `message`."""

    message: str
    """What went wrong."""


class ListFileSelectionParams(Model):
    """The ``/paths/~1list_file_selection/get/x-parameters`` schema."""

    guid: UUID


class GetShippingOptionsIdsParams(Model):
    """The ``/paths/~1get_shipping_options_ids/get/x-parameters`` schema."""

    type_: int | None = Field(None, alias="type")


class GetOrderParams(Model):
    """The ``/paths/~1get_order/get/x-parameters`` schema."""

    order_guid: UUID
    order_email: str


class OrderStatus(Model):
    """Production status of one order, with the packages shipped for it."""

    order_confirmation_id: int | None = None
    """Submission reference id returned when the order was submitted."""
    order_po: str | None = None
    """The PO you submitted."""
    order_id: int | None = None
    """FinerWorks order id."""
    order_status_id: int | None = None
    """Production status id (see list_order_status_definitions); rely on it rather than the label."""
    order_status_label: str | None = None
    """Human-readable production status."""
    shipments: list[Shipment] | None = None
    """Packages shipped for the order, with tracking."""
    order_source: str | None = None
    """Where the order came from."""
    processing: bool | None = None
    """Whether the order is being processed."""


class UserAccount(Model):
    """A user's profile - ids and names, billing and business addresses, logo and profile image URLs, payment profile, credit balance, invoice eligibility, shipping preferences, platform connections and whether the profile is complete."""

    account_id: int | None = None
    account_username: str | None = None
    account_email: str | None = None
    account_firstname: str | None = None
    account_lastname: str | None = None
    billing_info: Address | None
    """Billing address on file; may be empty."""
    business_info: Address | None
    """Business address on file; may be empty."""
    logo_url: str | None = None
    profile_img_url: str | None = None
    payment_profile_id: str | None = None
    """BrainTree customer id."""
    user_account_credits: float | None
    """Credit balance of the account."""
    enable_invoice_payment: bool | None = None
    """Whether the user may pay later by invoice."""
    account_key: str | None = None
    """Account identifier, usable only by app keys with permission."""
    shipping_preferences: list[ShippingPreference] | None = Field(None, max_length=3)
    """Up to three shipping preferences, tried in order: 0 economical, 1 rolled, 2 flat, 3 fastest."""
    connections: list[ThirdPartyConnections] | None = None
    """Links to third-party sales platforms."""
    user_profile_complete: bool | None = None
    """Whether everything needed to import orders (through the API or the order fulfilment app), billing details included, is in place."""


class FrameMat(Model):
    """One mat layer of a frame_config build."""

    id: int | None = None
    """Mat id (see list_mats)."""
    windows: list[FrameMatWindow] | None = None
    """Openings cut in the mat."""


class ProductDetailsUpdate(Model):
    """The editable fields of one virtual-inventory product, identified by SKU."""

    sku: str | None = None
    """SKU of the product to change."""
    asking_price: float | None = None
    """Selling price."""
    name: str | None = None
    description: str | None = None
    """Product description; HTML is allowed."""
    quantity_in_stock: int | None = None
    track_inventory: bool | None = None
    third_party_integrations: ThirdPartyIntegrations | None = None
    updated: Any | None = None
    """Change marker sent by FinerWorks' own app; meaning and JSON type not documented."""


class Receipt(Model):
    """An order as returned by get_order - ids, date, status, payment details, shipping method, billing and recipient addresses, totals and more."""

    order_id: int | None = None
    order_guid: UUID | None = None
    date_time: AwareDatetime | None = None
    """When the order was placed."""
    order_status: str | None = None
    transaction_id: str | None = None
    payment_type_name: str | None = None
    order_po: str | None = None
    card_number: str | None = None
    """Card number as stored with the order (whether masked is not stated)."""
    shipping_method: str | None = None
    billing: Address | None = None
    recipient: Address | None = None
    totals: ReceiptTotals | None = None


class ProductDetails(Model):
    """A virtual-inventory product (or a priced catalogue product): SKU, product code, names and descriptions, quantities and stock, prices, up to five image URLs, its size and the ids linking it to store platforms."""

    id: int | None = None
    """Numeric id of the product."""
    sku: str | None = None
    """Virtual-inventory SKU."""
    product_code: str | None = None
    """FinerWorks product code the SKU is built on."""
    product_guid: UUID | None = None
    image_guid: UUID | None = None
    """GUID of the image the product is built on."""
    name: str | None = None
    description_short: str | None = None
    """Short description; "Not Available" marks a SKU that can no longer be ordered."""
    description_long: str | None = None
    monetary_format: str | None = None
    """How money values are formatted."""
    quantity: int | None = None
    """Quantity priced."""
    quantity_in_stock: int | None = None
    track_inventory: bool | None = None
    asking_price: float | None = None
    """Selling price set by the user."""
    per_item_price: float | None = None
    """FinerWorks' price for one item."""
    total_price: float | None = None
    """FinerWorks' price for the quantity."""
    image_url_1: str | None = None
    image_url_2: str | None = None
    image_url_3: str | None = None
    image_url_4: str | None = None
    image_url_5: str | None = None
    product_size: ProductSize | None = None
    third_party_integrations: ThirdPartyIntegrations | None = None


class UpdateVirtualInventoryRequest(Model):
    """Body of update_virtual_inventory."""

    virtual_inventory: list[ProductDetailsUpdate] = Field(..., max_length=50)
    """Products to change, at most 50."""
    account_key: str | None = None
    """Acting account; honoured only for app keys with permission for it."""


class GetPricesRequest(RootModel[GetPricesArrayRequest | GetPricesWrappedRequest]):
    """The ``#/components/schemas/get_prices_request`` schema."""

    root: GetPricesArrayRequest | GetPricesWrappedRequest
    """
    Body of get_prices - either a bare JSON array of 1 to 50 items (the production host's shape) or those items wrapped as `{products, account_key}` (the v2 host's and newest test page's shape).
    """


class GetOrderResponse(Model):
    """Response of get_order."""

    status: ResponseStatus
    order: Receipt | None = None
    """The order."""


class TestMyCredentialsResponse(Model):
    """Response of test_my_credentials - the status, and the profile of the account the keys belong to."""

    status: ResponseStatus
    user_account: UserAccount | None = None
    """Profile of the account the keys belong to."""


class UpdateUserResponse(Model):
    """Response of update_user - the status, possibly with the stored profile."""

    status: ResponseStatus
    user_account: UserAccount | None = None
    """The profile as stored after the update."""


class ListVirtualInventoryResponse(Model):
    """Response of list_virtual_inventory - one page of inventory products, with paging details."""

    status: ResponseStatus
    products: list[ProductDetails] | None = None
    """The products of this page."""
    page_number: int | None = None
    """The page returned."""
    per_page: int | None = None
    """The page size used."""
    count: int | None = None
    """A count of products; whether of this page or of every match is not documented."""


class SubmitOrdersResponse(Model):
    """Response of submit_orders - the status and a confirmation per order placed."""

    status: ResponseStatus
    orders: list[SubmittedOrder] | None = None
    """One confirmation per order placed; null in test mode, after a validate_only check and when the server silently rejects the call."""
    debug: Any | None = None
    """Debugging data; shape undocumented."""
    misc: Any | None = None
    """Further data; shape undocumented."""


class FetchOrderStatusResponse(Model):
    """Response of fetch_order_status - the production status of each order found, with its shipments."""

    status: ResponseStatus
    orders: list[OrderStatus] | None = None
    """The orders found; orders that cannot be found are left out."""


class GetPricesResponse(Model):
    """Response of get_prices - one price with its breakdown per item."""

    status: ResponseStatus
    prices: list[Price] | None = None
    """One price per item asked for."""


class GetProductDetailsResponse(Model):
    """Response of get_product_details - details and pricing of each SKU."""

    status: ResponseStatus
    product_list: list[ProductDetails] | None = None
    """One record per SKU or product code asked for."""


class ListProductTypesResponse(Model):
    """Response of list_product_types - the product types."""

    status: ResponseStatus
    product_types: list[ProductType] | None = None
    """The product types."""


class ListOrdersResponse(Model):
    """Response of list_orders - one page of orders and the number of orders that match."""

    status: ResponseStatus
    orders: list[ListedOrder] | None = None
    """The orders of this page."""
    total_count: int | None = None
    """Number of orders matching the filters, over all pages."""


class SubmitOrdersV2Response(Model):
    """Response of submit_orders_v2 - the status and a confirmation per order placed."""

    status: ResponseStatus
    orders: list[SubmittedOrder] | None = None
    """One confirmation per order placed; null in test mode, after a validate_only check and when the server silently rejects the call."""
    debug: Any | None = None
    """Debugging data; shape undocumented."""
    misc: Any | None = None
    """Further data; shape undocumented."""


class SavePendingOrdersResponse(Model):
    """Response of save_pending_orders - the status, possibly with the stored orders."""

    status: ResponseStatus
    orders: list[SubmittedOrder] | None = None
    """The orders stored as pending."""


class GetUserResponse(Model):
    """Response of get_user - the status and the user profile."""

    status: ResponseStatus
    user_account: UserAccount | None = None
    """The user profile."""


class GetPaymentTokensResponse(Model):
    """Response of get_payment_tokens - the payment profile and its tokens."""

    status: ResponseStatus
    payment_profile_id: str | None = None
    """The payment profile the tokens belong to."""
    payment_tokens: list[PaymentToken] | None = None
    """The stored payment methods."""


class ListMediaTypesResponse(Model):
    """Response of list_media_types - the media types."""

    status: ResponseStatus
    media_types: list[MediaType] | None = None
    """The media types."""


class ValidateProductResponse(Model):
    """Response of validate_product - one validation result per SKU or code."""

    status: ResponseStatus
    product_validations: list[ProductValidation] | None = None
    """One result per SKU or product code sent."""


class AddEventResponse(Model):
    """Response of add_event - the status and the event log entry created."""

    status: ResponseStatus
    event_log: EventLog | None = None
    """The entry created."""


class ShippingOption(Model):
    """One way to ship an order - its id, rate, method name, the `shipping_code` to submit the order with, its class code and the order totals it would give."""

    id: int | None = None
    rate: float | None = None
    """Shipping rate."""
    shipping_method: str | None = None
    """Name of the shipping method."""
    shipping_code: str | None = None
    """Code to send as order_details.shipping_code."""
    shipping_class_code: str | None = None
    calculated_total: OrderTotals | None = None
    """The order's totals with this option."""


class StyleType(Model):
    """One print style - id, name and description, whether custom and decimal sizes and rotation are allowed, the minimum and maximum size, the sizes offered, border and bleed, and what can be added to it."""

    id: int | None = None
    name: str | None = None
    description: str | None = None
    custom_sizing: bool | None = None
    """Whether a custom size may be ordered."""
    allow_decimal: bool | None = None
    """Whether sizes may have fractions."""
    allow_rotate: bool | None = None
    """Whether the print may be rotated."""
    min: Dimensions | None = None
    """Smallest size."""
    max: Dimensions | None = None
    """Largest size."""
    available_sizes: list[Dimensions] | None = None
    """Sizes offered."""
    border_size: float | None = None
    bleed_amt: float | None = None
    """Bleed added around the print."""
    can_frame: bool | None = None
    can_mat: bool | None = None
    can_glaze: bool | None = None
    frame_class_ids: list[int] | None = None
    mounting_add_ons: list[Any] | None = None
    """Mounting options offered for the style; their shape is not modelled."""


class ImageDetails(Model):
    """One image file record - ids, title and description, stored file names and URLs (thumbnail, preview, hi-res), pixel size, dates, gallery placement, active flag and the virtual-inventory products built on it."""

    id: int | None = None
    """Numeric id assigned by FinerWorks."""
    guid: UUID | None = None
    title: str | None = None
    description: str | None = None
    file_name: str
    """Original file name, possibly shortened or cleaned of unsafe characters."""
    file_size: int
    """File size; the page states the unit as bits."""
    thumbnail_file_name: str
    preview_file_name: str
    hires_file_name: str
    """Original name of the hi-res file."""
    public_thumbnail_uri: str
    """Where the thumbnail can be fetched."""
    public_preview_uri: str
    """Where the web-sized preview can be fetched."""
    personal_gallery_title: str | None = None
    """Name of the personal gallery; deprecated on the test host in favour of `assigned_personal_gallery_ids`."""
    members_gallery_category: str | None = None
    """Place in the public gallery; deprecated on the test host in favour of gallery id lists."""
    private_hires_uri: str
    """Where the hi-res file can be fetched."""
    pix_w: int
    """Width in pixels."""
    pix_h: int
    """Height in pixels."""
    date_added: AwareDatetime | None = None
    """When the image was uploaded."""
    date_updated: AwareDatetime | None = None
    """When the record was last changed."""
    date_expires: AwareDatetime | None = None
    """When the file will be removed."""
    active: bool | None = None
    """Whether the image is publicly shown in a gallery."""
    products: list[ProductDetails] | None = None
    """Virtual-inventory products built on this image."""
    assigned_gallery_subcategory_ids: list[int] | None = None
    """GeoGalleries.com gallery categories of the image."""
    assigned_personal_gallery_ids: list[int] | None = None
    """User-created GeoGalleries.com categories of the image."""
    username: str | None = None
    """User name of the owning account."""


class FrameConfig(Model):
    """A custom framing build - frame id, outer size, mats (each with one or more windows), glazing and a unit selector."""

    frame_id: int | None = None
    """Frame to use (see list_collections and frame_details)."""
    width: float | None = None
    """Outer width."""
    height: float | None = None
    """Outer height."""
    mats: list[FrameMat] | None = None
    """Mat layers."""
    glazing: FrameGlazing | None = None
    units: int | None = None
    """Unit selector for the dimensions; the example sends 0 and the meaning of the values is not documented."""


class ProductImageFile(Model):
    """Print image of a print-on-demand line item - pixel size and the URLs of the print file and a thumbnail."""

    pixel_width: int | None = None
    pixel_height: int | None = None
    product_url_file: str | None = None
    """URL of the print file."""
    product_url_thumbnail: str | None = None
    """URL of a thumbnail."""
    library_file: ImageDetails | None = None
    """The library image to print, as an image record."""


class FrameBuilderRequest(Model):
    """Body of frame_builder."""

    product_code: str | None = None
    """Existing product code to check; takes precedence over `config`."""
    config: FrameConfig | None = None
    """Custom build, used when no product code is given."""
    render: FrameRenderConfig | None = None
    """Ask for a base64 picture of the result; slows the call down."""


class UpdateImagesResponse(Model):
    """Response of update_images - the status, possibly with the changed image records."""

    status: ResponseStatus
    images: list[ImageDetails] | None = None
    """The changed images."""


class AddImagesResponse(Model):
    """Response of add_images - the status and the image records created."""

    status: ResponseStatus
    images: list[ImageDetails] | None = None
    """The images added, in the order sent."""


class ListImagesResponse(Model):
    """Response of list_images - one page of image records, with paging details."""

    status: ResponseStatus
    images: list[ImageDetails] | None = None
    """The images of this page."""
    count: int | None = None
    """A count of images; whether of this page or of every match is not documented."""
    page_number: int | None = None
    """The page returned."""
    per_page: int | None = None
    """The page size used."""


class ListShippingOptionsResponse(Model):
    """Response of list_shipping_options - the shipping options for the order."""

    status: ResponseStatus
    options: list[ShippingOption] | None = None
    """The shipping options, each with its code and totals."""


class ListStyleTypesResponse(Model):
    """Response of list_style_types - the style types."""

    status: ResponseStatus
    style_types: list[StyleType] | None = None
    """The style types."""


class OrderShippingOptions(Model):
    """The shipping options of one order of a list_shipping_options_multiple call."""

    order_po: str | None = None
    """PO of the order."""
    options: list[ShippingOption] | None = None
    """The shipping options available for the order."""
    order_size: ProductSize | None = None
    """Size and weight of the packed order."""


class Product(Model):
    """A line item - a quantity plus a virtual-inventory SKU or product code, with an optional print image (print-on-demand), title, P.O.S.T. template, GUID and developer fields."""

    product_order_po: str | None = Field(None, max_length=50)
    """Optional order reference for this line."""
    product_qty: int = Field(..., ge=1, le=999)
    """Number of copies."""
    product_sku: str | None = None
    """Virtual-inventory SKU or product code; may be omitted when a valid template is given."""
    product_image: ProductImageFile | None = None
    """Image to print; needed for print-on-demand items that are not in virtual inventory."""
    product_title: str | None = Field(None, max_length=50)
    template: Template | None = None
    """Optional P.O.S.T. (Print Online Setup Tool) product description."""
    product_guid: UUID | None = None
    """Optional GUID of the line. The all-zero GUID 00000000-0000-0000-0000-000000000000 means "not set"."""
    custom_data_1: str | None = None
    """Free developer field."""
    custom_data_2: str | None = None
    """Free developer field."""
    custom_data_3: str | None = None
    """Free developer field."""


class GetProductDetailsArrayRequest(RootModel[list[Product]]):
    """
    The bare-array form of the get_product_details body - at most 25 line items.
    """

    root: list[Product] = Field(..., max_length=25)
    """
    The bare-array form of the get_product_details body - at most 25 line items.
    """


class GetProductDetailsWrappedRequest(Model):
    """The object form of the get_product_details body - the line items under `products`, with an optional acting account."""

    products: list[Product] = Field(..., max_length=25)
    """Line items, at most 25."""
    account_key: str | None = None
    """Acting account; honoured only for app keys with permission for it."""


class SubmitProductRequest(Model):
    """Body of submit_product."""

    order_key: UUID
    """GUID of the order (shopping cart session) the product belongs to."""
    cart_id: int
    """Id of the shopping cart."""
    product: Product
    mode: Mode
    """`order` adds the product to the shopping cart (the page's default), `store` adds it to virtual inventory instead."""
    template: Template | None = None
    """Optional P.O.S.T. template describing the product."""
    account_key: str | None = None
    """Acting account; honoured only for app keys with permission for it."""


class ListShippingOptionsMultipleResponse(Model):
    """Response of list_shipping_options_multiple - the shipping options of each order."""

    status: ResponseStatus
    orders: list[OrderShippingOptions] | None = None
    """One entry per order sent, with its shipping options."""


class OrderDetails(Model):
    """One order as sent for submission or for a shipping quote - your PO, the recipient, the line items, the shipping code and optional extras (ship-by date, customs data, gift message, test flag, status webhook, packing-slip document, your own carrier accounts, developer fields)."""

    order_po: str | None = None
    """Your own unique order reference; any value will do for a shipping quote."""
    order_key: UUID | None = None
    """Leave null; FinerWorks assigns it when the order is submitted."""
    recipient: Address
    order_items: list[Product]
    """Line items."""
    shipping_code: str | None = None
    """Shipping method - `EC` (economy, cheapest), `SD` (standard ground), `FS` (fastest available) or a code returned by list_shipping_options. Needed when submitting."""
    ship_by_date: AwareDatetime | None = None
    """Date by which the order should ship."""
    customs_tax_info: CustomsTaxInfo | None = None
    """Customs tax id and type, for international shipments."""
    gift_message: str | None = None
    """Message printed on the packing slip."""
    test_mode: bool = False
    """Marks the order as a test order."""
    webhook_order_status_url: str | None = None
    """URL to which FinerWorks POSTs order-status updates as JSON, in the format of the orders part of the fetch_order_status response (that format is not documented)."""
    document_url: str | None = Field(None, max_length=200)
    """Single-page JPG or PDF (8.5 x 11 in) to include, such as a custom packing slip."""
    acct_number_ups: str | None = Field(None, max_length=50)
    """Your UPS account number, registered with FinerWorks, to ship on."""
    acct_number_fedex: str | None = Field(None, max_length=50)
    """Your FedEx account number, registered with FinerWorks, to ship on."""
    custom_data_1: str | None = Field(None, max_length=255)
    """Free developer field."""
    custom_data_2: str | None = Field(None, max_length=255)
    """Free developer field."""
    custom_data_3: str | None = None
    """Free developer field."""
    source: str | None = None
    """Label of the shop or channel the order comes from."""
    fulfillment_id: int | None = None
    """Fulfilment id; its meaning is not documented."""
    webhook_url: str | None = None
    """A webhook URL; how it differs from `webhook_order_status_url` is not documented."""


class SubmitOrdersRequest(Model):
    """Body of submit_orders."""

    orders: list[OrderDetails] = Field(..., max_length=5)
    """Orders to place, at most five per call. Each needs a `shipping_code` here."""
    validate_only: bool = False
    """When true, only check the orders and report what is missing; nothing is placed."""


class ListShippingOptionsRequest(RootModel[OrderDetails]):
    """The ``#/components/schemas/list_shipping_options_request`` schema."""

    root: OrderDetails


class ListShippingOptionsMultipleRequest(Model):
    """Body of list_shipping_options_multiple."""

    orders: list[OrderDetails] | None = None
    """Orders to quote."""
    account_key: str | None = None
    """Acting account; honoured only for app keys with permission for it."""
    payment_token: str | None = None
    """Payment token, as for submit_orders_v2."""


class GetProductDetailsRequest(RootModel[GetProductDetailsArrayRequest | GetProductDetailsWrappedRequest]):
    """The ``#/components/schemas/get_product_details_request`` schema."""

    root: GetProductDetailsArrayRequest | GetProductDetailsWrappedRequest
    """
    Body of get_product_details - either a bare JSON array of at most 25 line items (the production host's shape) or those items wrapped as `{products, account_key}` (the shape FinerWorks' own app and the v2 host use).
    """


class SubmitOrdersV2Request(Model):
    """Body of submit_orders_v2."""

    orders: list[OrderDetails] = Field(..., max_length=50)
    """Orders to place, at most fifty per call. Each needs a `shipping_code` here."""
    validate_only: bool = False
    """When true, only check the orders and report what is missing; nothing is placed."""
    payment_token: str
    """How the orders are paid: a payment-method token from the payment processor (see get_payment_tokens), `invoice` to be billed later (accounts that qualify for invoicing only), or `xxxx` to turn every order of the call into a test order."""
    account_key: str | None = None
    """Acting account; honoured only for app keys with permission for it."""


class SavePendingOrdersRequest(Model):
    """Body of save_pending_orders."""

    orders: list[OrderDetails]
    """Orders to keep as pending."""
    source: str | None = Field(None, max_length=50)
    """Label of the shop or channel the orders come from."""
    account_key: str | None = None
    """Acting account; honoured only for app keys with permission for it."""
