"""What a draft header leaves out: the declaration is incomplete, naming each box to fill in, never invented."""

from domain.declaration.header import DeclarationHeader
from domain.goods.problems import RowProblem

INCOMPLETE = "the declaration is incomplete"
# the box as DeclarationHeader names it (see DeclarationHeader.missing) -> the box as a broker knows it
BOXES: dict[str, str] = {
    "declaration_type": "box 1, the declaration type (IM or EX)",
    "general_procedure": "box 1, the general procedure",
    "customs_office": "box A, the customs office of clearance",
    "exporter.name": "box 2, the exporter (the foreign supplier)",
    "exporter.code": "box 2, the exporter's taxpayer code",
    "consignee.name": "box 8, the consignee (the importer)",
    "consignee.code": "box 8, the consignee's taxpayer code",
    "declarant.name": "box 14, the declarant's name",
    "declarant.code": "box 14, the declarant's taxpayer code",
    "trading_country": "box 11, the trading country (the seller's)",
    "export_country": "box 15, the country of dispatch",
    "destination_country": "box 17, the country of destination",
    "first_destination_country": "the first country of destination",
    "transport.border_mode": "box 25, the mode of transport at the border",
    "border_office": "box 29, the office of entry",
    "delivery_terms.incoterm": "box 20, the delivery terms (Incoterm)",
    "currency": "box 22, the invoice currency",
    "exchange_rate": "box 23, the exchange rate",
}


def header_gaps(header: DeclarationHeader, field_of_box: dict[str, str]) -> list[RowProblem]:
    """One error per box not stated, on the header field that states it (`field_of_box`: box -> field name)."""
    return [
        RowProblem(None, f"header: {field_of_box.get(box, box)}",
                   f"{INCOMPLETE}: {BOXES.get(box, box)} is not stated; fill it in the declaration header")
        for box in header.missing
    ]  # fmt: skip
