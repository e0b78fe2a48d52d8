"""What a draft header leaves out: the declaration is incomplete, naming each box to fill in, never invented."""

from domain.declaration.header import DeclarationHeader
from domain.goods.problems import RowProblem

INCOMPLETE = "the declaration is incomplete"
# header-file key -> the box as a broker knows it
BOXES: dict[str, str] = {
    "declaration.type": "box 1, the declaration type (IM or EX)",
    "declaration.general_procedure": "box 1, the general procedure",
    "declaration.customs_office": "box A, the customs office of clearance",
    "exporter.name": "box 2, the exporter (the foreign supplier)",
    "exporter.code": "box 2, the exporter's taxpayer code",
    "consignee.name": "box 8, the consignee (the importer)",
    "consignee.code": "box 8, the consignee's taxpayer code",
    "declarant.name": "box 14, the declarant's name",
    "declarant.code": "box 14, the declarant's taxpayer code",
    "countries.trading": "box 11, the trading country (the seller's)",
    "countries.export": "box 15, the country of dispatch",
    "countries.destination": "box 17, the country of destination",
    "countries.first_destination": "the first country of destination",
    "transport.border_mode": "box 25, the mode of transport at the border",
    "transport.border_office": "box 29, the office of entry",
    "delivery_terms.incoterm": "box 20, the delivery terms (Incoterm)",
    "invoice.currency": "box 22, the invoice currency",
    "invoice.exchange_rate": "box 23, the exchange rate",
}


def header_gaps(header: DeclarationHeader, field_of_key: dict[str, str]) -> list[RowProblem]:
    """One error per box not stated, on the header field that states it (`field_of_key`: key -> field name)."""
    return [
        RowProblem(None, f"header: {field_of_key.get(key, key)}",
                   f"{INCOMPLETE}: {BOXES.get(key, key)} is not stated; fill it in the declaration header")
        for key in header.missing
    ]  # fmt: skip
