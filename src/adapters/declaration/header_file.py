"""The header file: the declaration boxes a product list does not carry, written once per shipment in TOML.

See examples/header-tk.toml for every key; header-en.toml and header-ru.toml go with the other example lists.
"""

import tomllib
from dataclasses import fields, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from adapters.declaration import code_lists as codes
from adapters.declaration.errors import HeaderFileError
from adapters.declaration.header_input import as_the_header_file_writes
from adapters.declaration.header_keys import HeaderKeys
from application.pipeline.header_fields import BOX_OF_KEY
from domain.declaration.header import DeclarationHeader, DeliveryTerms, Trader, Transport
from domain.goods.problems import RowProblem

COUNTRY = "an ISO 3166 alpha-2 country code such as TR or TM"
INCOTERM = "an Incoterms 2020 code: " + ", ".join(codes.INCOTERMS_2020)
OFFICE = "a customs office code such as TM0100 (2 capital letters, then 2 to 6 capital letters or digits)"
TRADER_CODE = "a trader identification number of 1 to 17 letters, digits, '-' or '/'"
PLACE = "a place name of at most 70 characters"
IDENTITY = "a vehicle or vessel identity of at most 35 characters"
COST = "an amount of 0 or more in the invoice currency, to the cent, e.g. 1250.00"
PACKAGES = "a whole number of packages from 1 to 999999999, e.g. 12"
MODE = "a UN/ECE Rec. 19 transport mode digit: 1 sea, 2 rail, 3 road, 4 air, 5 post, 7 pipeline, 8 inland water"
LARGEST_HEADER_FILE = 256 * 1024
_DEFAULTS = {field.name: field.default for field in fields(DeclarationHeader)}


def load_header(source: str | Path | bytes, declaring_country: str | None = None) -> DeclarationHeader:
    """A header file (a path, or its bytes) as the declaration header; HeaderFileError names each wrong key.

    An import's destination and first destination are the declaring country where the file leaves them out."""
    keys = HeaderKeys(_parsed(source))
    header = _header(keys, declaring_country)
    keys.unknown_keys()
    if keys.problems:
        raise HeaderFileError(keys.problems)
    return header


def load_draft_header(source: str | Path | bytes) -> DeclarationHeader:
    """As load_header, but required keys left out do not refuse the header: their boxes are listed in its
    `missing` (and read '' or 0) so the declaration is reported incomplete, naming them, until they are stated.
    A wrong value is still a HeaderFileError."""
    keys = HeaderKeys(_parsed(source))
    header = _header(keys, None)
    keys.unknown_keys()
    wrong = [problem for problem in keys.problems if problem.column not in keys.missing]
    if wrong:
        raise HeaderFileError(wrong)
    return replace(header, missing=tuple(dict.fromkeys(BOX_OF_KEY[key] for key in keys.missing)))


def _parsed(source: str | Path | bytes) -> dict[str, Any]:
    data = source if isinstance(source, bytes) else _read(Path(source))
    try:
        return as_the_header_file_writes(tomllib.loads(data.decode("utf-8-sig"), parse_float=Decimal))
    except UnicodeDecodeError:
        reason = "the header file is not UTF-8 text"
    except tomllib.TOMLDecodeError as error:
        reason = f"the header file is not valid TOML: {error}"
    raise HeaderFileError([RowProblem(row=None, column=None, reason=reason)])


def _read(path: Path) -> bytes:
    """At most LARGEST_HEADER_FILE bytes: a header file is a page of keys (never /dev/zero read to the end)."""
    try:
        with path.open("rb") as file:
            data = file.read(LARGEST_HEADER_FILE + 1)
    except OSError as error:
        raise HeaderFileError([RowProblem(None, None, f"cannot read {path}: {error.strerror}")]) from None
    if len(data) > LARGEST_HEADER_FILE:
        reason = f"{path} is larger than a header file can be ({LARGEST_HEADER_FILE // 1024} KB); is it the right file?"
        raise HeaderFileError([RowProblem(None, None, reason)])
    return data


def _destination(keys: HeaderKeys, key: str, flow: str, declaring_country: str | None) -> str:
    if flow == "I" and declaring_country:
        return keys.optional(key, COUNTRY, allowed=codes.COUNTRIES) or declaring_country
    return keys.required(key, COUNTRY, allowed=codes.COUNTRIES)


def _header(keys: HeaderKeys, declaring_country: str | None) -> DeclarationHeader:
    declaration_type = keys.required("declaration.type", "IM (import) or EX (export)", allowed=codes.FLOW_OF_TYPE)
    flow = codes.FLOW_OF_TYPE.get(declaration_type, "")
    return DeclarationHeader(
        flow=flow,
        declaration_type=declaration_type,
        general_procedure=keys.required(
            "declaration.general_procedure", "one digit, the 4 of IM 4", codes.GENERAL_PROCEDURE
        ),
        customs_office=keys.required("declaration.customs_office", OFFICE, codes.OFFICE_CODE),
        place_of_declaration=keys.optional("declaration.place", PLACE, codes.PLACE),
        # the trader on the declaring country's side is known there by its taxpayer code
        exporter=_trader(keys, "exporter", code_required=flow == "E"),
        consignee=_trader(keys, "consignee", code_required=flow == "I"),
        declarant=_trader(keys, "declarant", code_required=True),
        trading_country=keys.required("countries.trading", COUNTRY, allowed=codes.COUNTRIES),
        export_country=keys.required("countries.export", COUNTRY, allowed=codes.COUNTRIES),
        destination_country=_destination(keys, "countries.destination", flow, declaring_country),
        first_destination_country=_destination(keys, "countries.first_destination", flow, declaring_country),
        default_origin=keys.optional("countries.origin", COUNTRY, allowed=codes.COUNTRIES),
        transport=Transport(
            border_mode=keys.required("transport.border_mode", MODE, codes.TRANSPORT_MODE),
            identity=keys.optional("transport.identity", IDENTITY, codes.TRANSPORT_IDENTITY),
            nationality=keys.optional("transport.nationality", COUNTRY, allowed=codes.COUNTRIES),
            inland_mode=keys.optional("transport.inland_mode", MODE, codes.TRANSPORT_MODE),
        ),
        border_office=keys.required("transport.border_office", OFFICE, codes.OFFICE_CODE),
        delivery_terms=DeliveryTerms(
            incoterm=keys.required("delivery_terms.incoterm", INCOTERM, allowed=codes.INCOTERMS_2020),
            place=keys.optional("delivery_terms.place", PLACE, codes.PLACE),
        ),
        currency=keys.required("invoice.currency", "an ISO 4217 currency code such as USD", allowed=codes.CURRENCIES),
        exchange_rate=keys.rate(
            "invoice.exchange_rate", "an exchange rate from 0.000001 to below 1000000000000, e.g. 3.5"
        ),
        external_freight=keys.amount("costs.external_freight", COST),
        insurance=keys.amount("costs.insurance", COST),
        preference=keys.optional(
            "procedure.preference", "a preference code of 1 to 5 capital letters or digits", codes.PREFERENCE_CODE
        ),
        extended_procedure=_or_default(
            "extended_procedure",
            keys.optional(
                "procedure.extended", 'an extended procedure code of 4 digits, e.g. "4000"', codes.EXTENDED_PROCEDURE
            ),
        ),
        national_procedure=_or_default(
            "national_procedure",
            keys.optional(
                "procedure.national", 'a national procedure code of 3 digits, e.g. "000"', codes.NATIONAL_PROCEDURE
            ),
        ),
        package_kind=_or_default(
            "package_kind",
            keys.optional("packages.kind", "a UN/ECE Rec. 21 package code such as PK or CT", codes.PACKAGE_KIND),
        ),
        total_packages=_count(keys.optional("packages.total", PACKAGES, codes.PACKAGE_COUNT)),
    )


def _count(value: str | None) -> int | None:
    return int(value) if value is not None else None


def _or_default(field_name: str, value: str | None) -> str:
    """A key the file leaves out keeps the header's own default."""
    return value if value is not None else str(_DEFAULTS[field_name])


def _trader(keys: HeaderKeys, role: str, code_required: bool) -> Trader:
    read = keys.required if code_required else keys.optional
    trader = Trader(
        name=keys.required(f"{role}.name", f"the {role}'s name"),
        code=read(f"{role}.code", TRADER_CODE, codes.TRADER_CODE),
        address=keys.optional(f"{role}.address", f"the {role}'s address"),
    )
    written = len(trader.name) + (len(trader.address) + 1 if trader.address else 0)
    if written > codes.TRADER_NAME_LENGTH:
        keys.wrong(f"{role}.address" if trader.address else f"{role}.name",
                   f"the {role}'s name and address are {written} characters together; "
                   f"a declaration holds {codes.TRADER_NAME_LENGTH}")  # fmt: skip
    return trader
