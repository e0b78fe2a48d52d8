"""The multipart form of POST /processing/upload: the file, the declaring country, and header fields.

Header fields left out come from the account profile, then from the demo header (GET /processing/header-fields); a
field sent empty stays empty (the broker cleared it).
"""

from dataclasses import dataclass

from litestar.datastructures import UploadFile


@dataclass
class UploadForm:
    file: UploadFile  # the product list: CSV or XLSX
    country: str = "TM"  # ISO code of the declaring country
    columns: str | None = None  # columns the reader should not guess: FIELD=HEADER, one per line or '; '-parted
    sheets: str | None = None  # the workbook sheets to read, one per line or ';'-parted; none: every sheet of goods
    again: str | None = None  # 'true' (or a checked box's 'on'): a new job even if the same file already is one
    declaration_type: str | None = None  # IM import, EX export
    general_procedure: str | None = None  # the 4 of IM 4
    customs_office: str | None = None
    place_of_declaration: str | None = None
    exporter_name: str | None = None
    exporter_code: str | None = None
    exporter_address: str | None = None
    consignee_name: str | None = None
    consignee_code: str | None = None  # the importer's taxpayer code
    consignee_address: str | None = None
    declarant_name: str | None = None
    declarant_code: str | None = None
    declarant_address: str | None = None
    trading_country: str | None = None
    export_country: str | None = None
    first_destination_country: str | None = None
    destination_country: str | None = None
    origin_country: str | None = None  # for lines that state no origin
    transport_mode: str | None = None  # UN/ECE Rec. 19 digit: 3 road, 4 air, ...
    transport_identity: str | None = None
    transport_nationality: str | None = None
    inland_mode: str | None = None
    border_office: str | None = None
    incoterm: str | None = None
    delivery_place: str | None = None
    currency: str | None = None
    exchange_rate: str | None = None
    external_freight: str | None = None  # box 12: freight to the border the invoice price leaves out
    insurance: str | None = None
    preference: str | None = None
    extended_procedure: str | None = None
    national_procedure: str | None = None
    package_kind: str | None = None
    total_packages: str | None = None  # box 6: the packages of the whole shipment, where the list states none

    def header_fields(self) -> dict[str, str]:
        """The header fields the form sent; one sent empty was cleared (the account's saved value is not used)."""
        skip = ("file", "country", "columns", "sheets", "again")
        return {name: value for name, value in vars(self).items() if name not in skip and value is not None}

    def started_again(self) -> bool:
        return (self.again or "").strip().lower() in ("true", "on", "1", "yes")
