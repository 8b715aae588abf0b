"""Pydantic models of the API's schemas.

Generated from the OpenAPI spec; do not edit by hand.
"""

from __future__ import annotations

# ruff: noqa: F401
from ._enum import OpenEnum

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, RootModel
from typing import Any
from enum import Enum
from uuid import UUID


class ResponseStatus(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    success: bool | None = Field(None, description="Whether the call succeeded.")
    status_code: int | None = Field(
        None,
        description="Numeric status. Examples show 200 and, in generated sample pages, 100; whether it mirrors the HTTP status is not documented.",
    )
    message: str | None = Field(None, description="Human-readable message; empty on success in the examples.")
    debug: Any | None = Field(
        None, description="Free-form debugging data; examples show `null` or an empty object. Shape undocumented."
    )
    reference_id: str | None = Field(None, description="Reference of the call. Seen only on the test host.")
    domain: str | None = Field(None, description="Domain that served the call. Seen only on the newest test-host page.")


class Address(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    first_name: str = Field(..., max_length=50)
    last_name: str = Field(..., max_length=50)
    company_name: str | None = Field(None, max_length=50)
    address_1: str = Field(..., description="First address line.", max_length=100)
    address_2: str | None = Field(None, description="Second address line.", max_length=100)
    address_3: str | None = Field(None, description="Third address line.", max_length=100)
    city: str | None = Field(None, description="City or town.", max_length=50)
    state_code: str | None = Field(
        None, description="Two-letter USPS state code (for example TX); needed for U.S. addresses."
    )
    province: str | None = Field(None, description="State or province for addresses outside the U.S.", max_length=50)
    zip_postal_code: str = Field(..., max_length=10)
    country_code: str = Field(..., description="Two-letter ISO 3166 country code; the examples use lower case (`us`).")
    phone: str | None = Field(None, max_length=50)
    email: str | None = Field(None, description="E-mail address printed on the packing slip.", max_length=50)
    address_order_po: str | None = Field(
        None, description="Optional order PO associated with this address.", max_length=50
    )


class App(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    app_key: str = Field(..., description="The app's key, generated in the FinerWorks account.")
    app_name: str = Field(..., max_length=50)
    app_description: str | None = Field(None, max_length=500)
    app_misc_data: str | None = Field(
        None,
        description="Free storage for the app (for example tokens for other services); may hold a JSON string.",
        max_length=500,
    )
    app_live_mode: bool = Field(
        ..., description="When false, orders imported through this app are created as test orders."
    )


class Name(str, OpenEnum):
    TEMPORARY = "temporary"
    INVENTORY = "inventory"


class ImageLibrary(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    name: Name = Field(..., description="Library name.")
    session_id: str = Field(
        ...,
        description="Session identifier derived from the user's FinerWorks.com session cookie (renewed after 14 days); lets users who are not logged in upload and track images. The test host suggests a 32-character unique identifier.",
        max_length=50,
        min_length=8,
    )
    account_key: str | None = Field(
        None, description="Acting account; ignored unless the app key has permission for it."
    )
    site_id: int = Field(
        ...,
        description="Site identifier. The test host says to use 2 unless told otherwise; the production page says to ask the administrator. Production examples show 0.",
    )


class AddImageDetails(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    title: str | None = None
    description: str | None = None
    file_name: str | None = None
    file_size: int | None = Field(None, description="File size (image_details gives the unit as bits).")
    thumbnail_file_name: str | None = None
    preview_file_name: str | None = None
    hires_file_name: str | None = None
    public_thumbnail_uri: str | None = Field(None, description="Public URL of the thumbnail.")
    public_preview_uri: str | None = Field(None, description="Public URL of the preview.")
    private_hires_uri: str | None = Field(None, description="URL of the hi-res file.")
    pix_w: int | None = Field(None, description="Width in pixels.")
    pix_h: int | None = Field(None, description="Height in pixels.")


class AuthorizationCredentials(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    web_api_key: str | None = Field(None, description="Same value as the `web_api_key` header.")
    app_key: str | None = Field(None, description="Same value as the `app_key` header.")


class FrameMatWindow(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    width: float | None = None
    height: float | None = None
    window_x: float | None = Field(None, description="Horizontal position of the opening.")
    window_y: float | None = Field(None, description="Vertical position of the opening.")
    mat_image_to_display_url: str | None = Field(None, description="Image to show in the opening.")


class FrameGlazing(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    id: int | None = Field(None, description="Glazing id.")


class FrameRenderConfig(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    content_type: int | None = Field(
        None, description="Kind of picture to produce; the example sends 0 and the value set is not documented."
    )
    render_size: int | None = Field(None, description="Size of the picture in pixels.")
    squared: bool | None = None
    shadow_inner: bool | None = None
    prompt_image: bool | None = None
    frame_image_to_display_url: str | None = Field(None, description="Image to show inside the frame.")


class OrderStatusDefinition(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    order_status_id: int | None = Field(None, description="Stable status id.")
    order_status_label: str | None = Field(None, description="Status label; its wording may change.")


class PricingItem(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    product_qty: int = Field(..., description="Number of copies to price.", ge=1, le=999)
    product_sku: str = Field(..., description="Virtual-inventory SKU or product code.")


class ReceiptTotals(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    order_po: str | None = None
    order_subtotal: float | None = None
    order_shipping_rate: float | None = None
    order_discount: float | None = None


class ThirdPartyIntegrations(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    etsy_product_id: int | None = None
    shopify_product_id: int | None = None
    shopify_variant_id: int | None = None
    squarespace_product_id: Any | None = Field(
        None, description="Squarespace product id; JSON type unknown (string or number)."
    )
    squarespace_variant_id: Any | None = Field(
        None, description="Squarespace variant id; JSON type unknown (string or number)."
    )
    wix_inventory_id: Any | None = Field(None, description="Wix inventory id; JSON type unknown (string or number).")
    wix_product_id: Any | None = Field(None, description="Wix product id; JSON type unknown (string or number).")
    wix_variant_id: Any | None = Field(None, description="Wix variant id; JSON type unknown (string or number).")
    woocommerce_product_id: int | None = None
    woocommerce_variant_id: int | None = None
    shopify_graphql_product_id: str | None = Field(None, description="Shopify GraphQL id of the product.")
    shopify_graphql_variant_id: str | None = Field(None, description="Shopify GraphQL id of the variant.")
    bigcommerce_id: int | None = Field(None, description="BigCommerce product id.")
    bigcommerce_variant_id: int | None = Field(None, description="BigCommerce variant id.")
    square_product_id: str | None = Field(None, description="Square item id.")
    square_variant_id: str | None = Field(None, description="Square variation id.")


class UpdateImageDetails(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    guid: UUID | None = Field(None, description="GUID of the image.")
    title: str | None = None
    description: str | None = None


class CustomsTaxInfo(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )


class ProductSize(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    width: float | None = None
    height: float | None = None
    depth: float | None = None
    ounces: float | None = Field(None, description="Weight in ounces.")
    cubic_volume: float | None = None
    is_rigid: bool | None = None


class Shipment(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    carrier: str | None = None
    service: str | None = Field(None, description="Shipping service of the carrier.")
    tracking_number: str | None = None
    tracking_url: str | None = None
    shipment_date: str | None = Field(None, description="When the package shipped.")
    delivery_date: str | None = Field(None, description="When the package was delivered.")
    creation_date: str | None = Field(None, description="When the shipment was created.")
    eta_date: str | None = Field(None, description="Expected delivery date.")
    weight: float | None = None
    width: float | None = None
    height: float | None = None
    depth: float | None = None
    history: Any | None = Field(None, description="Tracking history; its shape is not documented.")


class ShippingPreference(int, OpenEnum):
    INTEGER_0 = 0
    INTEGER_1 = 1
    INTEGER_2 = 2
    INTEGER_3 = 3


class Template(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )


class ThirdPartyConnections(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    name: str | None = Field(None, description="Platform name.")
    id: Any | None = Field(None, description="Id of the connection; JSON type not documented.")
    data: str | dict[str, Any] | None = Field(
        None, description="Platform-specific settings, as an object or as a string holding JSON."
    )


class SortDirection(str, OpenEnum):
    DESC = "DESC"
    ASC = "ASC"


class UpdateFileSelectionRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    guids: list[UUID] = Field(..., description="GUIDs of the files that make up the selection.")
    guid: UUID = Field(..., description="Master GUID of the selection.")


class UpdateAppDetailsRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    app_details: App


class UpdateUserRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    account_key: str | None = Field(
        None, description="Account to update; honoured only for app keys with permission for it."
    )
    billing_info: Address | None = Field(
        None, description="Billing address; should match the address of the payment card."
    )
    business_info: Address | None = Field(None, description="Business address.")
    logo_data: str | None = Field(
        None,
        description="JPG logo as a base64-encoded string; stored resized to 600x180 pixels.",
        json_schema_extra={"contentEncoding": "base64", "contentMediaType": "image/jpeg"},
    )
    portrait_data: str | None = Field(
        None,
        description="JPG portrait as a base64-encoded string.",
        json_schema_extra={"contentEncoding": "base64", "contentMediaType": "image/jpeg"},
    )
    payment_profile_id: str | None = Field(
        None, description="The user's BrainTree customer id; needed to bill orders placed through the API."
    )
    shipping_preferences: list[ShippingPreference] | None = Field(
        None,
        description="Up to three shipping preferences, tried in order: 0 economical, 1 rolled, 2 flat, 3 fastest.",
        max_length=3,
    )
    connections: list[ThirdPartyConnections] | None = Field(None, description="Links to third-party platforms.")
    logo_url: str | None = Field(
        None,
        description="URL of a JPG logo that FinerWorks downloads for packing slips (resized to 600x180 pixels); ignored when null and no logo_data is sent.",
    )


class UpdateCommand(str, OpenEnum):
    PENDING = "pending"
    HOLD = "hold"
    CANCEL = "cancel"


class UpdateOrderRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    order_id: int = Field(..., description="Submission reference id returned when the order was submitted.")
    update_command: UpdateCommand = Field(
        ...,
        description="`pending` releases the order to fulfilment, `hold` puts it on hold, `cancel` cancels the submission (the same order PO can then be submitted again).",
    )


class UpdateCustomerRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    order_id: int = Field(..., description="FinerWorks order id.")
    customer_info: Address | None = Field(None, description="New ship-to name and address.")


class UpdateImagesRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    images: list[UpdateImageDetails] = Field(..., description="Images to change.")
    account_key: str | None = Field(
        None, description="Acting account; honoured only for app keys with permission for it."
    )


class DisconnectVirtualInventoryRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    platform: str = Field(..., description="Platform to disconnect, for example `woocommerce`, `shopify` or `etsy`.")
    account_key: str | None = Field(
        None, description="Acting account; honoured only for app keys with permission for it."
    )


class DeleteImagesRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    guids: list[UUID] = Field(..., description="GUIDs of the images to delete.")
    library: ImageLibrary | None = Field(..., description="Library holding the images.")


class DeleteVirtualInventoryRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    skus: list[str] = Field(..., description="SKUs of the products to delete.")
    account_key: str | None = Field(
        None, description="Acting account; honoured only for app keys with permission for it."
    )


class DeleteGalleryCollectionRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    id: int = Field(..., description="Id of the collection to delete.")
    account_key: str | None = Field(
        None, description="Acting account; honoured only for app keys with permission for it."
    )


class AddImagesRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    images: list[AddImageDetails] = Field(..., description="Images to add, at most five per call.", max_length=5)
    library: ImageLibrary


class SortField(str, OpenEnum):
    ID = "id"
    TITLE = "title"
    FILE_NAME = "file_name"
    FILE_SIZE = "file_size"
    DATE_ADDED = "date_added"


class ListImagesRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    library: ImageLibrary
    search_filter: str | None = Field(None, description="Text to look for in titles and descriptions.")
    guid_filter: list[UUID] | None = Field(None, description="Only these image GUIDs.")
    page_number: int | None = Field(None, description="Page to return, starting at 1.", ge=1)
    per_page: int = Field(10, description="Page size.", ge=1, le=50)
    sort_field: SortField = Field(SortField.ID, description="Field to sort by.")
    sort_direction: SortDirection | None = None
    upload_date_from: AwareDatetime | None = Field(None, description="Earliest upload date.")
    upload_date_to: AwareDatetime | None = Field(None, description="Latest upload date.")
    list_products: bool = Field(
        False, description="With the inventory library, also return the virtual-inventory products of each image."
    )
    active: bool | None = Field(None, description="Only active (true) or only inactive (false) images; null for both.")


class ListVirtualInventoryRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    search_filter: str | None = Field(None, description="Text to look for in titles and descriptions.")
    third_party_connections_filter: str | list[str] | None = Field(
        None,
        description="Only products linked to this third-party product id (a string) or to these ids (a list of strings).",
    )
    product_type_ids_filter: list[int] | None = Field(None, description="Only products of these product types.")
    sku_filter: list[str] | None = Field(None, description="Only these SKUs.", max_length=50)
    product_code_filter: list[str] | None = Field(None, description="Only these product codes.", max_length=50)
    guid_filter: list[UUID] | None = Field(None, description="Only products built on these image GUIDs.")
    page_number: int | None = Field(None, description="Page to return, starting at 1.", ge=1)
    per_page: int = Field(10, description="Page size.", ge=1, le=50)
    sort_field: str = Field(
        "id",
        description="Field to sort by. The page lists `title`, `file_name`, `file_size` and `date_added` with `id` as default.",
    )
    sort_direction: SortDirection | None = None
    created_date_from: AwareDatetime | None = Field(None, description="Earliest creation date.")
    created_date_to: AwareDatetime | None = Field(None, description="Latest creation date.")
    account_key: str | None = Field(
        None, description="Acting account; honoured only for app keys with permission for it."
    )


class FetchOrderStatusRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    order_pos: list[str] | None = Field(None, description="POs you submitted the orders with.")
    order_ids: list[int] | None = Field(None, description="Submission reference ids returned by submit_orders.")
    account_key: str | None = Field(
        None, description="Acting account; honoured only for app keys with permission for it."
    )


class GetPricesArrayRequest(RootModel[list[PricingItem]]):
    root: list[PricingItem] = Field(
        ...,
        description="The bare-array form of the get_prices body - 1 to 50 items to price.",
        max_length=50,
        min_length=1,
    )


class GetPricesWrappedRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    products: list[PricingItem] = Field(..., description="Items to price, 1 to 50.", max_length=50, min_length=1)
    account_key: str | None = Field(
        None,
        description="Acting account; honoured only for app keys with permission for it, otherwise prices follow the caller's own account. Leave null when not authorised.",
    )


class ListProductTypesRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    ids: list[int] | None = Field(None, description="Only these product type ids.")


class ListStyleTypesRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    ids: list[int] | None = Field(None, description="Only these style type ids.")


class ListCollectionsRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    id: int | None = Field(None, description="Collection id; given, the frames of that collection are listed.")
    product_code: str | None = Field(None, description="Only collections and frames compatible with this product.")


class FrameDetailsRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    id: int = Field(..., description="Frame id.")


class ListMatsRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    id: int | None = Field(None, description="Only the mat with this id.")


class ValidateRecipientAddressRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    recipient: Address


class ListOrdersRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    search_filter: str | None = Field(None, description="Text to search for.")
    status: str | None = Field(None, description="Only orders with this status.")
    order_ids: list[int] | None = Field(None, description="Only these order ids.")
    order_pos: list[str] | None = Field(None, description="Only the orders with these POs.")
    date_from: AwareDatetime | None = Field(None, description="Orders placed after this moment.")
    date_to: AwareDatetime | None = Field(None, description="Orders placed before this moment.")
    account_key: str | None = Field(
        None, description="Acting account; honoured only for app keys with permission for it."
    )
    per_page: int = Field(10, description="Page size.", ge=1, le=25)
    page_number: int | None = Field(None, description="Page to return, starting at 1.", ge=1)
    show_cancelled: bool = Field(True, description="Include cancelled orders.")


class ListInvoicesRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    per_page: int = Field(10, description="Page size.", ge=1, le=25)
    page_number: int | None = Field(None, description="Page to return, starting at 1.", ge=1)
    account_key: str | None = Field(
        None, description="Acting account; honoured only for app keys with permission for it."
    )


class ListPaymentsRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    per_page: int = Field(10, description="Page size.", ge=1, le=25)
    page_number: int | None = Field(None, description="Page to return, starting at 1.", ge=1)
    account_key: str | None = Field(
        None,
        description="Acting account; honoured only for app keys with permission, otherwise the caller's own data is listed.",
    )


class ListGalleriesRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    account_key: str | None = Field(
        None, description="Acting account; honoured only for app keys with permission for it."
    )
    personal: bool | None = Field(None, description="When true, only the user's personal galleries.")
    gallery_ids: list[int] | None = Field(None, description="Only these gallery ids.")


class AddUpdateGalleryCollectionRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    id: int | None = Field(None, description="Collection to update; 0, null or absent creates a new collection.")
    name: str = Field(..., description="Gallery name.", max_length=50)
    description: str | None = Field(None, max_length=300)
    visible: bool | None = Field(None, description="Whether the gallery is visible.")
    account_key: str | None = Field(
        None, description="Acting account; honoured only for app keys with permission for it."
    )


class ListPendingOrdersRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    ids: list[int] = Field(..., description="Ids of the pending orders to return.")
    account_key: str | None = Field(
        None, description="Acting account; honoured only for app keys with permission for it."
    )


class DeletePendingOrdersRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    ids: list[int] = Field(..., description="Ids of the pending orders to delete.")
    account_key: str | None = Field(
        None, description="Acting account; honoured only for app keys with permission for it."
    )


class ListMediaTypesRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    ids: list[int] | None = Field(None, description="Only these media type ids.")


class ValidateProductRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    skus_or_codes: list[str] = Field(..., description="Virtual-inventory SKUs or product codes to check.")


class Mode(str, OpenEnum):
    ORDER = "order"
    STORE = "store"


class AddEventRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    type_: str | None = Field(None, alias="type", description="Kind of event; FinerWorks' own helper sends `success`.")
    name: str | None = Field(None, description="Short title of the event.")
    details: str | None = Field(None, description="Free-form details, often a JSON string.")
    account_id: int | None = Field(None, description="Account the event belongs to; FinerWorks' own helper sends 0.")
    site_id: int | None = Field(None, description="Site the event belongs to.")


class ListOrderStatusDefinitionsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    definitions: list[OrderStatusDefinition] | None = Field(None, description="The production statuses.")


class ListFileSelectionResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    guids: list[UUID] = Field(..., description="GUIDs of the files in the selection.")
    status: ResponseStatus


class DeleteImagesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class UpdateFileSelectionResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    guids: list[UUID] | None = Field(None, description="GUIDs of the files now in the selection.")
    guid: UUID | None = Field(None, description="Master GUID of the selection.")


class UpdateAppDetailsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class UpdateOrderResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class UpdateCustomerResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class UpdateVirtualInventoryResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    skus_updated: list[Any] | None = Field(None, description="The products that were changed.")


class DisconnectVirtualInventoryResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class DeleteVirtualInventoryResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class DeleteGalleryCollectionResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class ListCollectionsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class FrameDetailsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class ListMatsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class FrameBuilderResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class ValidateRecipientAddressResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    address: dict[str, Any] | None = Field(None, description="The address as checked, with the fields of `address`.")


class ListInvoicesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class ListPaymentsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class ListGalleriesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    galleries: list[dict[str, Any]] | None = Field(None, description="The galleries.")


class AddUpdateGalleryCollectionResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    id: int | None = Field(None, description="Id of the collection created or updated.")


class ListPendingOrdersResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class DeletePendingOrdersResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class GetCompanyInfoResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    site_id: int | None = Field(None, description="Site the keys belong to.")
    address: dict[str, Any] | None = Field(None, description="FinerWorks' address, with the fields of `address`.")
    lobby_hours: str | None = Field(None, description="Opening hours of the lobby.")


class GetShippingOptionsIdsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    shipping_options: list[Any] | None = Field(
        None, description="The shipping options; the shape of an entry is not shown."
    )
    shipping_options_ids: list[int] | None = Field(None, description="Shipping option ids.")


class SubmitProductResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class Price(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    product_qty: int | None = Field(None, description="Number of copies priced.")
    product_sku: str | None = Field(None, description="The virtual-inventory SKU, when the price is for one.")
    product_code: str | None = Field(None, description="The product code.")
    product_price: float | None = Field(None, description="Price of the product without framing and some add-ons.")
    add_frame_price: float | None = Field(None, description="Base price of the frame, if framed.")
    add_mat_1_price: float | None = Field(None, description="Base price of the bottom mat, if matted.")
    add_mat_2_price: float | None = Field(None, description="Base price of the top mat, if double matted.")
    add_glazing_price: float | None = Field(None, description="Base price of the acrylic glazing, if glazed.")
    add_color_correct_price: float | None = Field(None, description="Base price of colour correction.")
    total_price: float | None = Field(None, description="Sum of the prices above.")
    info: str | None = Field(None, description="Further notes on this price.")
    debug: Any | None = Field(
        None, description="Extra detail the server may add when pricing fails; shape undocumented."
    )


class SubmittedOrder(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    order_id: int | None = Field(None, description="FinerWorks order id.")
    order_confirmation_id: int | None = Field(
        None, description="Submission reference id (the id update_order and fetch_order_status take)."
    )
    order_po: str | None = Field(None, description="The PO sent with the order.")
    order_confirmation_datetime: str | None = Field(None, description="When the order was confirmed.")
    order_guid: UUID | None = Field(None, description="GUID of the order (see get_order).")
    order_email: str | None = Field(None, description="E-mail address stored with the order (see get_order).")
    order_source: str | None = None
    order_status: str | None = None


class OrderTotals(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    order_po: str | None = None
    order_subtotal: float | None = None
    order_discount: float | None = None
    order_shipping_rate: float | None = None
    order_sales_tax: float | None = None
    order_sales_tax_rate: float | None = None
    order_credits_used: float | None = None
    order_grand_total: float | None = None
    product_pricing: list[Price] | None = Field(None, description="Price rows of the order's items.")


class ListedOrder(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )


class MediaType(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    id: int | None = None
    product_type_id: int | None = Field(None, description="Product type of the medium (see list_product_types).")
    name: str | None = None
    description: str | None = None
    style_ids: list[int] | None = Field(
        None, description="Style types available for the medium (see list_style_types)."
    )


class Dimensions(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    width: float | None = None
    height: float | None = None


class ProductType(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    id: int | None = None
    name: str | None = None
    description: str | None = None
    media_ids: list[int] | None = Field(None, description="Media types of this product type (see list_media_types).")
    printable_ids: list[int] | None = None
    icon_url: str | None = None
    color_code: str | None = None


class PaymentToken(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    token: str | None = Field(None, description="Token to send as payment_token.")
    is_default: bool | None = None
    associated_payment_method: Any | None = Field(
        None, description="The payment method behind the token; shape not documented."
    )


class ProductValidation(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    product_code: str | None = None
    product_sku: str | None = None
    valid: bool | None = None
    validation_message: str | None = Field(None, description="Why the code is or is not valid.")


class EventLog(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    id: Any | None = Field(None, description="Id of the entry; its JSON type is not shown.")


class ModelStateError(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    message: str = Field(..., alias="Message", description='General message, such as "The request is invalid."')
    model_state_: dict[str, list[str]] | None = Field(
        None, alias="ModelState", description="Field path to the messages about that field."
    )


class MessageError(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    message: str = Field(..., description="What went wrong.")


class ListFileSelectionParams(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    guid: UUID


class GetShippingOptionsIdsParams(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    type_: int | None = Field(None, alias="type")


class GetOrderParams(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    order_guid: UUID
    order_email: str


class OrderStatus(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    order_confirmation_id: int | None = Field(
        None, description="Submission reference id returned when the order was submitted."
    )
    order_po: str | None = Field(None, description="The PO you submitted.")
    order_id: int | None = Field(None, description="FinerWorks order id.")
    order_status_id: int | None = Field(
        None, description="Production status id (see list_order_status_definitions); rely on it rather than the label."
    )
    order_status_label: str | None = Field(None, description="Human-readable production status.")
    shipments: list[Shipment] | None = Field(None, description="Packages shipped for the order, with tracking.")
    order_source: str | None = Field(None, description="Where the order came from.")
    processing: bool | None = Field(None, description="Whether the order is being processed.")


class UserAccount(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    account_id: int | None = None
    account_username: str | None = None
    account_email: str | None = None
    account_firstname: str | None = None
    account_lastname: str | None = None
    billing_info: Address | None = Field(..., description="Billing address on file; may be empty.")
    business_info: Address | None = Field(..., description="Business address on file; may be empty.")
    logo_url: str | None = None
    profile_img_url: str | None = None
    payment_profile_id: str | None = Field(None, description="BrainTree customer id.")
    user_account_credits: float | None = Field(..., description="Credit balance of the account.")
    enable_invoice_payment: bool | None = Field(None, description="Whether the user may pay later by invoice.")
    account_key: str | None = Field(None, description="Account identifier, usable only by app keys with permission.")
    shipping_preferences: list[ShippingPreference] | None = Field(
        None,
        description="Up to three shipping preferences, tried in order: 0 economical, 1 rolled, 2 flat, 3 fastest.",
        max_length=3,
    )
    connections: list[ThirdPartyConnections] | None = Field(None, description="Links to third-party sales platforms.")
    user_profile_complete: bool | None = Field(
        None,
        description="Whether everything needed to import orders (through the API or the order fulfilment app), billing details included, is in place.",
    )


class FrameMat(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    id: int | None = Field(None, description="Mat id (see list_mats).")
    windows: list[FrameMatWindow] | None = Field(None, description="Openings cut in the mat.")


class ProductDetailsUpdate(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    sku: str | None = Field(None, description="SKU of the product to change.")
    asking_price: float | None = Field(None, description="Selling price.")
    name: str | None = None
    description: str | None = Field(None, description="Product description; HTML is allowed.")
    quantity_in_stock: int | None = None
    track_inventory: bool | None = None
    third_party_integrations: ThirdPartyIntegrations | None = None
    updated: Any | None = Field(
        None, description="Change marker sent by FinerWorks' own app; meaning and JSON type not documented."
    )


class Receipt(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    order_id: int | None = None
    order_guid: UUID | None = None
    date_time: AwareDatetime | None = Field(None, description="When the order was placed.")
    order_status: str | None = None
    transaction_id: str | None = None
    payment_type_name: str | None = None
    order_po: str | None = None
    card_number: str | None = Field(
        None, description="Card number as stored with the order (whether masked is not stated)."
    )
    shipping_method: str | None = None
    billing: Address | None = None
    recipient: Address | None = None
    totals: ReceiptTotals | None = None


class ProductDetails(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    id: int | None = Field(None, description="Numeric id of the product.")
    sku: str | None = Field(None, description="Virtual-inventory SKU.")
    product_code: str | None = Field(None, description="FinerWorks product code the SKU is built on.")
    product_guid: UUID | None = None
    image_guid: UUID | None = Field(None, description="GUID of the image the product is built on.")
    name: str | None = None
    description_short: str | None = Field(
        None, description='Short description; "Not Available" marks a SKU that can no longer be ordered.'
    )
    description_long: str | None = None
    monetary_format: str | None = Field(None, description="How money values are formatted.")
    quantity: int | None = Field(None, description="Quantity priced.")
    quantity_in_stock: int | None = None
    track_inventory: bool | None = None
    asking_price: float | None = Field(None, description="Selling price set by the user.")
    per_item_price: float | None = Field(None, description="FinerWorks' price for one item.")
    total_price: float | None = Field(None, description="FinerWorks' price for the quantity.")
    image_url_1: str | None = None
    image_url_2: str | None = None
    image_url_3: str | None = None
    image_url_4: str | None = None
    image_url_5: str | None = None
    product_size: ProductSize | None = None
    third_party_integrations: ThirdPartyIntegrations | None = None


class UpdateVirtualInventoryRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    virtual_inventory: list[ProductDetailsUpdate] = Field(
        ..., description="Products to change, at most 50.", max_length=50
    )
    account_key: str | None = Field(
        None, description="Acting account; honoured only for app keys with permission for it."
    )


class GetPricesRequest(RootModel[GetPricesArrayRequest | GetPricesWrappedRequest]):
    root: GetPricesArrayRequest | GetPricesWrappedRequest = Field(
        ...,
        description="Body of get_prices - either a bare JSON array of 1 to 50 items (the production host's shape) or those items wrapped as `{products, account_key}` (the v2 host's and newest test page's shape).",
    )


class GetOrderResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    order: Receipt | None = Field(None, description="The order.")


class TestMyCredentialsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    user_account: UserAccount | None = Field(None, description="Profile of the account the keys belong to.")


class UpdateUserResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    user_account: UserAccount | None = Field(None, description="The profile as stored after the update.")


class ListVirtualInventoryResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    products: list[ProductDetails] | None = Field(None, description="The products of this page.")
    page_number: int | None = Field(None, description="The page returned.")
    per_page: int | None = Field(None, description="The page size used.")
    count: int | None = Field(
        None, description="A count of products; whether of this page or of every match is not documented."
    )


class SubmitOrdersResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    orders: list[SubmittedOrder] | None = Field(
        None,
        description="One confirmation per order placed; null in test mode, after a validate_only check and when the server silently rejects the call.",
    )
    debug: Any | None = Field(None, description="Debugging data; shape undocumented.")
    misc: Any | None = Field(None, description="Further data; shape undocumented.")


class FetchOrderStatusResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    orders: list[OrderStatus] | None = Field(
        None, description="The orders found; orders that cannot be found are left out."
    )


class GetPricesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    prices: list[Price] | None = Field(None, description="One price per item asked for.")


class GetProductDetailsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    product_list: list[ProductDetails] | None = Field(None, description="One record per SKU or product code asked for.")


class ListProductTypesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    product_types: list[ProductType] | None = Field(None, description="The product types.")


class ListOrdersResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    orders: list[ListedOrder] | None = Field(None, description="The orders of this page.")
    total_count: int | None = Field(None, description="Number of orders matching the filters, over all pages.")


class SubmitOrdersV2Response(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    orders: list[SubmittedOrder] | None = Field(
        None,
        description="One confirmation per order placed; null in test mode, after a validate_only check and when the server silently rejects the call.",
    )
    debug: Any | None = Field(None, description="Debugging data; shape undocumented.")
    misc: Any | None = Field(None, description="Further data; shape undocumented.")


class SavePendingOrdersResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    orders: list[SubmittedOrder] | None = Field(None, description="The orders stored as pending.")


class GetUserResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    user_account: UserAccount | None = Field(None, description="The user profile.")


class GetPaymentTokensResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    payment_profile_id: str | None = Field(None, description="The payment profile the tokens belong to.")
    payment_tokens: list[PaymentToken] | None = Field(None, description="The stored payment methods.")


class ListMediaTypesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    media_types: list[MediaType] | None = Field(None, description="The media types.")


class ValidateProductResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    product_validations: list[ProductValidation] | None = Field(
        None, description="One result per SKU or product code sent."
    )


class AddEventResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    event_log: EventLog | None = Field(None, description="The entry created.")


class ShippingOption(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    id: int | None = None
    rate: float | None = Field(None, description="Shipping rate.")
    shipping_method: str | None = Field(None, description="Name of the shipping method.")
    shipping_code: str | None = Field(None, description="Code to send as order_details.shipping_code.")
    shipping_class_code: str | None = None
    calculated_total: OrderTotals | None = Field(None, description="The order's totals with this option.")


class StyleType(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    id: int | None = None
    name: str | None = None
    description: str | None = None
    custom_sizing: bool | None = Field(None, description="Whether a custom size may be ordered.")
    allow_decimal: bool | None = Field(None, description="Whether sizes may have fractions.")
    allow_rotate: bool | None = Field(None, description="Whether the print may be rotated.")
    min: Dimensions | None = Field(None, description="Smallest size.")
    max: Dimensions | None = Field(None, description="Largest size.")
    available_sizes: list[Dimensions] | None = Field(None, description="Sizes offered.")
    border_size: float | None = None
    bleed_amt: float | None = Field(None, description="Bleed added around the print.")
    can_frame: bool | None = None
    can_mat: bool | None = None
    can_glaze: bool | None = None
    frame_class_ids: list[int] | None = None
    mounting_add_ons: list[Any] | None = Field(
        None, description="Mounting options offered for the style; their shape is not modelled."
    )


class ImageDetails(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    id: int | None = Field(None, description="Numeric id assigned by FinerWorks.")
    guid: UUID | None = None
    title: str | None = None
    description: str | None = None
    file_name: str = Field(..., description="Original file name, possibly shortened or cleaned of unsafe characters.")
    file_size: int = Field(..., description="File size; the page states the unit as bits.")
    thumbnail_file_name: str
    preview_file_name: str
    hires_file_name: str = Field(..., description="Original name of the hi-res file.")
    public_thumbnail_uri: str = Field(..., description="Where the thumbnail can be fetched.")
    public_preview_uri: str = Field(..., description="Where the web-sized preview can be fetched.")
    personal_gallery_title: str | None = Field(
        None,
        description="Name of the personal gallery; deprecated on the test host in favour of `assigned_personal_gallery_ids`.",
    )
    members_gallery_category: str | None = Field(
        None, description="Place in the public gallery; deprecated on the test host in favour of gallery id lists."
    )
    private_hires_uri: str = Field(..., description="Where the hi-res file can be fetched.")
    pix_w: int = Field(..., description="Width in pixels.")
    pix_h: int = Field(..., description="Height in pixels.")
    date_added: AwareDatetime | None = Field(None, description="When the image was uploaded.")
    date_updated: AwareDatetime | None = Field(None, description="When the record was last changed.")
    date_expires: AwareDatetime | None = Field(None, description="When the file will be removed.")
    active: bool | None = Field(None, description="Whether the image is publicly shown in a gallery.")
    products: list[ProductDetails] | None = Field(None, description="Virtual-inventory products built on this image.")
    assigned_gallery_subcategory_ids: list[int] | None = Field(
        None, description="GeoGalleries.com gallery categories of the image."
    )
    assigned_personal_gallery_ids: list[int] | None = Field(
        None, description="User-created GeoGalleries.com categories of the image."
    )
    username: str | None = Field(None, description="User name of the owning account.")


class FrameConfig(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    frame_id: int | None = Field(None, description="Frame to use (see list_collections and frame_details).")
    width: float | None = Field(None, description="Outer width.")
    height: float | None = Field(None, description="Outer height.")
    mats: list[FrameMat] | None = Field(None, description="Mat layers.")
    glazing: FrameGlazing | None = None
    units: int | None = Field(
        None,
        description="Unit selector for the dimensions; the example sends 0 and the meaning of the values is not documented.",
    )


class ProductImageFile(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    pixel_width: int | None = None
    pixel_height: int | None = None
    product_url_file: str | None = Field(None, description="URL of the print file.")
    product_url_thumbnail: str | None = Field(None, description="URL of a thumbnail.")
    library_file: ImageDetails | None = Field(None, description="The library image to print, as an image record.")


class FrameBuilderRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    product_code: str | None = Field(
        None, description="Existing product code to check; takes precedence over `config`."
    )
    config: FrameConfig | None = Field(None, description="Custom build, used when no product code is given.")
    render: FrameRenderConfig | None = Field(
        None, description="Ask for a base64 picture of the result; slows the call down."
    )


class UpdateImagesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    images: list[ImageDetails] | None = Field(None, description="The changed images.")


class AddImagesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    images: list[ImageDetails] | None = Field(None, description="The images added, in the order sent.")


class ListImagesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    images: list[ImageDetails] | None = Field(None, description="The images of this page.")
    count: int | None = Field(
        None, description="A count of images; whether of this page or of every match is not documented."
    )
    page_number: int | None = Field(None, description="The page returned.")
    per_page: int | None = Field(None, description="The page size used.")


class ListShippingOptionsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    options: list[ShippingOption] | None = Field(
        None, description="The shipping options, each with its code and totals."
    )


class ListStyleTypesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    style_types: list[StyleType] | None = Field(None, description="The style types.")


class OrderShippingOptions(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    order_po: str | None = Field(None, description="PO of the order.")
    options: list[ShippingOption] | None = Field(None, description="The shipping options available for the order.")
    order_size: ProductSize | None = Field(None, description="Size and weight of the packed order.")


class Product(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    product_order_po: str | None = Field(None, description="Optional order reference for this line.", max_length=50)
    product_qty: int = Field(..., description="Number of copies.", ge=1, le=999)
    product_sku: str | None = Field(
        None, description="Virtual-inventory SKU or product code; may be omitted when a valid template is given."
    )
    product_image: ProductImageFile | None = Field(
        None, description="Image to print; needed for print-on-demand items that are not in virtual inventory."
    )
    product_title: str | None = Field(None, max_length=50)
    template: Template | None = Field(
        None, description="Optional P.O.S.T. (Print Online Setup Tool) product description."
    )
    product_guid: UUID | None = Field(
        None,
        description='Optional GUID of the line. The all-zero GUID 00000000-0000-0000-0000-000000000000 means "not set".',
    )
    custom_data_1: str | None = Field(None, description="Free developer field.")
    custom_data_2: str | None = Field(None, description="Free developer field.")
    custom_data_3: str | None = Field(None, description="Free developer field.")


class GetProductDetailsArrayRequest(RootModel[list[Product]]):
    root: list[Product] = Field(
        ..., description="The bare-array form of the get_product_details body - at most 25 line items.", max_length=25
    )


class GetProductDetailsWrappedRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    products: list[Product] = Field(..., description="Line items, at most 25.", max_length=25)
    account_key: str | None = Field(
        None, description="Acting account; honoured only for app keys with permission for it."
    )


class SubmitProductRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    order_key: UUID = Field(..., description="GUID of the order (shopping cart session) the product belongs to.")
    cart_id: int = Field(..., description="Id of the shopping cart.")
    product: Product
    mode: Mode = Field(
        ...,
        description="`order` adds the product to the shopping cart (the page's default), `store` adds it to virtual inventory instead.",
    )
    template: Template | None = Field(None, description="Optional P.O.S.T. template describing the product.")
    account_key: str | None = Field(
        None, description="Acting account; honoured only for app keys with permission for it."
    )


class ListShippingOptionsMultipleResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    orders: list[OrderShippingOptions] | None = Field(
        None, description="One entry per order sent, with its shipping options."
    )


class OrderDetails(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    order_po: str | None = Field(
        None, description="Your own unique order reference; any value will do for a shipping quote."
    )
    order_key: UUID | None = Field(None, description="Leave null; FinerWorks assigns it when the order is submitted.")
    recipient: Address
    order_items: list[Product] = Field(..., description="Line items.")
    shipping_code: str | None = Field(
        None,
        description="Shipping method - `EC` (economy, cheapest), `SD` (standard ground), `FS` (fastest available) or a code returned by list_shipping_options. Needed when submitting.",
    )
    ship_by_date: AwareDatetime | None = Field(None, description="Date by which the order should ship.")
    customs_tax_info: CustomsTaxInfo | None = Field(
        None, description="Customs tax id and type, for international shipments."
    )
    gift_message: str | None = Field(None, description="Message printed on the packing slip.")
    test_mode: bool = Field(False, description="Marks the order as a test order.")
    webhook_order_status_url: str | None = Field(
        None,
        description="URL to which FinerWorks POSTs order-status updates as JSON, in the format of the orders part of the fetch_order_status response (that format is not documented).",
    )
    document_url: str | None = Field(
        None,
        description="Single-page JPG or PDF (8.5 x 11 in) to include, such as a custom packing slip.",
        max_length=200,
    )
    acct_number_ups: str | None = Field(
        None, description="Your UPS account number, registered with FinerWorks, to ship on.", max_length=50
    )
    acct_number_fedex: str | None = Field(
        None, description="Your FedEx account number, registered with FinerWorks, to ship on.", max_length=50
    )
    custom_data_1: str | None = Field(None, description="Free developer field.", max_length=255)
    custom_data_2: str | None = Field(None, description="Free developer field.", max_length=255)
    custom_data_3: str | None = Field(None, description="Free developer field.")
    source: str | None = Field(None, description="Label of the shop or channel the order comes from.")
    fulfillment_id: int | None = Field(None, description="Fulfilment id; its meaning is not documented.")
    webhook_url: str | None = Field(
        None, description="A webhook URL; how it differs from `webhook_order_status_url` is not documented."
    )


class SubmitOrdersRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    orders: list[OrderDetails] = Field(
        ..., description="Orders to place, at most five per call. Each needs a `shipping_code` here.", max_length=5
    )
    validate_only: bool = Field(
        False, description="When true, only check the orders and report what is missing; nothing is placed."
    )


class ListShippingOptionsRequest(RootModel[OrderDetails]):
    root: OrderDetails


class ListShippingOptionsMultipleRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    orders: list[OrderDetails] | None = Field(None, description="Orders to quote.")
    account_key: str | None = Field(
        None, description="Acting account; honoured only for app keys with permission for it."
    )
    payment_token: str | None = Field(None, description="Payment token, as for submit_orders_v2.")


class GetProductDetailsRequest(RootModel[GetProductDetailsArrayRequest | GetProductDetailsWrappedRequest]):
    root: GetProductDetailsArrayRequest | GetProductDetailsWrappedRequest = Field(
        ...,
        description="Body of get_product_details - either a bare JSON array of at most 25 line items (the production host's shape) or those items wrapped as `{products, account_key}` (the shape FinerWorks' own app and the v2 host use).",
    )


class SubmitOrdersV2Request(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    orders: list[OrderDetails] = Field(
        ..., description="Orders to place, at most fifty per call. Each needs a `shipping_code` here.", max_length=50
    )
    validate_only: bool = Field(
        False, description="When true, only check the orders and report what is missing; nothing is placed."
    )
    payment_token: str = Field(
        ...,
        description="How the orders are paid: a payment-method token from the payment processor (see get_payment_tokens), `invoice` to be billed later (accounts that qualify for invoicing only), or `xxxx` to turn every order of the call into a test order.",
    )
    account_key: str | None = Field(
        None, description="Acting account; honoured only for app keys with permission for it."
    )


class SavePendingOrdersRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    orders: list[OrderDetails] = Field(..., description="Orders to keep as pending.")
    source: str | None = Field(None, description="Label of the shop or channel the orders come from.", max_length=50)
    account_key: str | None = Field(
        None, description="Acting account; honoured only for app keys with permission for it."
    )
