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


class ProductDetails(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )


class Shipment(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )


class ShippingPreference(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )


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
        None, description="Up to three shipping preferences, tried in order.", max_length=3
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


class GetPricesRequest(BaseModel):
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


class TestMyCredentialsResponse(BaseModel):
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


class UpdateAppDetailsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class UpdateUserResponse(BaseModel):
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


class UpdateImagesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


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


class AddImagesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class ListImagesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class ListVirtualInventoryResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class SubmitOrdersResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class FetchOrderStatusResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class ListShippingOptionsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class ListShippingOptionsMultipleResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class GetPricesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class GetProductDetailsResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class ListProductTypesResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class ListStyleTypesResponse(BaseModel):
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


class ListOrdersResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


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


class AddUpdateGalleryCollectionResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus


class ListFileSelectionParams(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    guid: UUID


class GetOrderParams(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    order_guid: UUID
    order_email: str


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
    user_account_credits: float = Field(..., description="Credit balance of the account.")
    enable_invoice_payment: bool | None = Field(None, description="Whether the user may pay later by invoice.")
    account_key: str | None = Field(None, description="Account identifier, usable only by app keys with permission.")
    shipping_preferences: list[ShippingPreference] | None = Field(
        None, description="Up to three shipping preferences, tried in order.", max_length=3
    )
    connections: list[ThirdPartyConnections] | None = Field(None, description="Links to third-party sales platforms.")
    user_profile_complete: Any | None = Field(
        None,
        description="Whether everything needed to import orders (through the API or the order fulfilment app), billing details included, is in place. The type is cut off on the page and unknown.",
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


class UpdateVirtualInventoryRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    virtual_inventory: list[ProductDetailsUpdate] = Field(
        ..., description="Products to change, at most 50.", max_length=50
    )


class GetProductDetailsRequest(RootModel[list[Product]]):
    root: list[Product] = Field(
        ..., description="Body of get_product_details - a bare JSON array of at most 25 line items.", max_length=25
    )


class GetOrderResponse(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        defer_build=True,
    )
    status: ResponseStatus
    order: Receipt | None = Field(None, description="The order.")


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
