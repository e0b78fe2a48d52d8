"""The declaration's header boxes: parties, office, transport, terms and invoice currency."""

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Trader:
    name: str
    code: str | None = None  # taxpayer / trader identification number
    address: str | None = None


@dataclass(frozen=True, slots=True)
class Transport:
    border_mode: str  # box 25, UN/ECE Rec 19 code: 1 sea, 2 rail, 3 road, 4 air, ...
    identity: str | None = None  # box 18/21: vehicle or vessel identity
    nationality: str | None = None  # ISO alpha-2
    inland_mode: str | None = None


@dataclass(frozen=True, slots=True)
class DeliveryTerms:
    incoterm: str  # Incoterms 2020: EXW FCA CPT CIP DAP DPU DDP FAS FOB CFR CIF
    place: str | None = None


@dataclass(frozen=True, slots=True)
class DeclarationHeader:
    """Box 1..30 of the SAD, filled from the header file, the account profile or the upload form."""

    flow: str  # I import / E export
    customs_office: str
    declaration_type: str  # IM / EX
    general_procedure: str  # e.g. 4 for IM 4
    exporter: Trader
    consignee: Trader
    declarant: Trader
    trading_country: str
    export_country: str
    destination_country: str
    first_destination_country: str
    transport: Transport
    delivery_terms: DeliveryTerms
    border_office: str
    currency: str
    exchange_rate: Decimal = Decimal(1)
    extended_procedure: str = "4000"  # box 37, first part
    national_procedure: str = "000"  # box 37, second part
    preference: str | None = None  # box 36
    package_kind: str = "PK"  # UN/ECE Rec 21 code used when the line gives none
    total_packages: int | None = None  # box 6, as the broker states it where the list gives no packages
    place_of_declaration: str | None = None
    default_origin: str | None = None
    # box 12: costs to the border of entry that the invoice does not include (FOB, FCA, EXW terms), in the invoice
    # currency; apportioned over the goods items (see costs.apportion_costs)
    external_freight: Decimal = Decimal(0)
    insurance: Decimal = Decimal(0)
    extra: dict[str, str] = field(default_factory=dict)
    # required boxes nobody stated, by their attribute path here (e.g. "exporter.name", "currency"): a draft
    # header of an upload whose fields were left blank; its declaration is incomplete until they are filled in,
    # never invented
    missing: tuple[str, ...] = ()
    # the invoice currency is the account's saved one, not stated for this upload: a list that states another
    # throughout is invoiced in that one instead (see currency.in_the_lists_currency)
    currency_assumed: bool = field(default=False, compare=False)
