from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum


@dataclass(kw_only=True)
class BorderInformationType:
    identity: None | str = field(
        default=None,
        metadata={
            "name": "Identity",
            "type": "Element",
            "namespace": "",
            "max_length": 35,
            "pattern": r"\s*\S.*",
        },
    )
    nationality: None | str = field(
        default=None,
        metadata={
            "name": "Nationality",
            "type": "Element",
            "namespace": "",
            "pattern": r"[A-Z]{2}",
        },
    )
    mode: str = field(
        metadata={
            "name": "Mode",
            "type": "Element",
            "namespace": "",
            "pattern": r"[1-9]",
        }
    )


@dataclass(kw_only=True)
class BorderOfficeType:
    code: str = field(
        metadata={
            "name": "Code",
            "type": "Element",
            "namespace": "",
            "pattern": r"[A-Z]{2}[A-Z0-9]{2,6}",
        }
    )


@dataclass(kw_only=True)
class ConsigneeType:
    consignee_code: None | str = field(
        default=None,
        metadata={
            "name": "Consignee_code",
            "type": "Element",
            "namespace": "",
            "pattern": r"[A-Za-z0-9/\-]{1,17}",
        },
    )
    consignee_name: str = field(
        metadata={
            "name": "Consignee_name",
            "type": "Element",
            "namespace": "",
            "max_length": 350,
            "pattern": r"\s*\S[\s\S]*",
        }
    )


@dataclass(kw_only=True)
class DeclarantType:
    declarant_code: str = field(
        metadata={
            "name": "Declarant_code",
            "type": "Element",
            "namespace": "",
            "pattern": r"[A-Za-z0-9/\-]{1,17}",
        }
    )
    declarant_name: str = field(
        metadata={
            "name": "Declarant_name",
            "type": "Element",
            "namespace": "",
            "max_length": 350,
            "pattern": r"\s*\S[\s\S]*",
        }
    )


class DeclarationTypeType(Enum):
    IM = "IM"
    EX = "EX"


@dataclass(kw_only=True)
class DestinationCountryType:
    destination_country_code: str = field(
        metadata={
            "name": "Destination_country_code",
            "type": "Element",
            "namespace": "",
            "pattern": r"[A-Z]{2}",
        }
    )


@dataclass(kw_only=True)
class ExportCountryType:
    export_country_code: str = field(
        metadata={
            "name": "Export_country_code",
            "type": "Element",
            "namespace": "",
            "pattern": r"[A-Z]{2}",
        }
    )


@dataclass(kw_only=True)
class ExporterType:
    exporter_code: None | str = field(
        default=None,
        metadata={
            "name": "Exporter_code",
            "type": "Element",
            "namespace": "",
            "pattern": r"[A-Za-z0-9/\-]{1,17}",
        },
    )
    exporter_name: str = field(
        metadata={
            "name": "Exporter_name",
            "type": "Element",
            "namespace": "",
            "max_length": 350,
            "pattern": r"\s*\S[\s\S]*",
        }
    )


@dataclass(kw_only=True)
class FormsType:
    number_of_the_form: int = field(
        metadata={
            "name": "Number_of_the_form",
            "type": "Element",
            "namespace": "",
            "min_inclusive": 1,
            "max_inclusive": 9999,
        }
    )
    total_number_of_forms: int = field(
        metadata={
            "name": "Total_number_of_forms",
            "type": "Element",
            "namespace": "",
            "min_inclusive": 1,
            "max_inclusive": 9999,
        }
    )


@dataclass(kw_only=True)
class GoodsDescriptionType:
    country_of_origin_code: str = field(
        metadata={
            "name": "Country_of_origin_code",
            "type": "Element",
            "namespace": "",
            "pattern": r"[A-Z]{2}",
        }
    )
    description_of_goods: str = field(
        metadata={
            "name": "Description_of_goods",
            "type": "Element",
            "namespace": "",
            "max_length": 2000,
            "pattern": r"\s*\S[\s\S]*",
        }
    )
    commercial_description: str = field(
        metadata={
            "name": "Commercial_Description",
            "type": "Element",
            "namespace": "",
            "max_length": 2000,
            "pattern": r"\s*\S[\s\S]*",
        }
    )


@dataclass(kw_only=True)
class HscodeType:
    class Meta:
        name = "HScodeType"

    commodity_code: str = field(
        metadata={
            "name": "Commodity_code",
            "type": "Element",
            "namespace": "",
            "pattern": r"\d{8}",
        }
    )
    precision_1: str = field(
        metadata={
            "name": "Precision_1",
            "type": "Element",
            "namespace": "",
            "pattern": r"\d",
        }
    )
    verified: None | bool = field(
        default=None,
        metadata={
            "type": "Attribute",
        },
    )


class IncotermType(Enum):
    EXW = "EXW"
    FCA = "FCA"
    CPT = "CPT"
    CIP = "CIP"
    DAP = "DAP"
    DPU = "DPU"
    DDP = "DDP"
    FAS = "FAS"
    FOB = "FOB"
    CFR = "CFR"
    CIF = "CIF"


@dataclass(kw_only=True)
class InvoiceType:
    amount_national_currency: Decimal = field(
        metadata={
            "name": "Amount_national_currency",
            "type": "Element",
            "namespace": "",
            "min_inclusive": Decimal("0"),
            "total_digits": 18,
            "fraction_digits": 2,
        }
    )
    amount_foreign_currency: Decimal = field(
        metadata={
            "name": "Amount_foreign_currency",
            "type": "Element",
            "namespace": "",
            "min_inclusive": Decimal("0"),
            "total_digits": 18,
            "fraction_digits": 2,
        }
    )
    currency_code: str = field(
        metadata={
            "name": "Currency_code",
            "type": "Element",
            "namespace": "",
            "pattern": r"[A-Z]{3}",
        }
    )
    currency_rate: Decimal = field(
        metadata={
            "name": "Currency_rate",
            "type": "Element",
            "namespace": "",
            "min_exclusive": Decimal("0"),
            "total_digits": 18,
            "fraction_digits": 6,
        }
    )


@dataclass(kw_only=True)
class ItemWeightType:
    gross_weight_itm: Decimal = field(
        metadata={
            "name": "Gross_weight_itm",
            "type": "Element",
            "namespace": "",
            "min_exclusive": Decimal("0"),
            "total_digits": 15,
            "fraction_digits": 3,
        }
    )
    net_weight_itm: Decimal = field(
        metadata={
            "name": "Net_weight_itm",
            "type": "Element",
            "namespace": "",
            "min_exclusive": Decimal("0"),
            "total_digits": 15,
            "fraction_digits": 3,
        }
    )


@dataclass(kw_only=True)
class NbersType:
    total_number_of_items: int = field(
        metadata={
            "name": "Total_number_of_items",
            "type": "Element",
            "namespace": "",
            "min_inclusive": 1,
            "max_inclusive": 999,
        }
    )
    total_number_of_packages: int = field(
        metadata={
            "name": "Total_number_of_packages",
            "type": "Element",
            "namespace": "",
            "min_inclusive": 0,
        }
    )


@dataclass(kw_only=True)
class OfficeSegmentType:
    customs_clearance_office_code: str = field(
        metadata={
            "name": "Customs_clearance_office_code",
            "type": "Element",
            "namespace": "",
            "pattern": r"[A-Z]{2}[A-Z0-9]{2,6}",
        }
    )


@dataclass(kw_only=True)
class PackagesType:
    number_of_packages: int = field(
        metadata={
            "name": "Number_of_packages",
            "type": "Element",
            "namespace": "",
            "min_inclusive": 0,
        }
    )
    kind_of_packages_code: str = field(
        metadata={
            "name": "Kind_of_packages_code",
            "type": "Element",
            "namespace": "",
            "pattern": r"[A-Z0-9]{2}",
        }
    )


class SadFlowType(Enum):
    I = "I"
    E = "E"


@dataclass(kw_only=True)
class SupplementaryUnitType:
    suppplementary_unit_code: str = field(
        metadata={
            "name": "Suppplementary_unit_code",
            "type": "Element",
            "namespace": "",
            "pattern": r"[A-Z0-9]{1,3}",
        }
    )
    suppplementary_unit_quantity: Decimal = field(
        metadata={
            "name": "Suppplementary_unit_quantity",
            "type": "Element",
            "namespace": "",
            "min_exclusive": Decimal("0"),
            "total_digits": 15,
            "fraction_digits": 3,
        }
    )


@dataclass(kw_only=True)
class TotalWeightType:
    gross_weight: Decimal = field(
        metadata={
            "name": "Gross_weight",
            "type": "Element",
            "namespace": "",
            "min_exclusive": Decimal("0"),
            "total_digits": 15,
            "fraction_digits": 3,
        }
    )


@dataclass(kw_only=True)
class CountrySegmentType:
    country_first_destination: str = field(
        metadata={
            "name": "Country_first_destination",
            "type": "Element",
            "namespace": "",
            "pattern": r"[A-Z]{2}",
        }
    )
    trading_country: str = field(
        metadata={
            "name": "Trading_country",
            "type": "Element",
            "namespace": "",
            "pattern": r"[A-Z]{2}",
        }
    )
    export: ExportCountryType = field(
        metadata={
            "name": "Export",
            "type": "Element",
            "namespace": "",
        }
    )
    destination: DestinationCountryType = field(
        metadata={
            "name": "Destination",
            "type": "Element",
            "namespace": "",
        }
    )


@dataclass(kw_only=True)
class DeclarationKindType:
    type_of_declaration: DeclarationTypeType = field(
        metadata={
            "name": "Type_of_declaration",
            "type": "Element",
            "namespace": "",
        }
    )
    declaration_gen_procedure_code: str = field(
        metadata={
            "name": "Declaration_gen_procedure_code",
            "type": "Element",
            "namespace": "",
            "pattern": r"[0-9]",
        }
    )


@dataclass(kw_only=True)
class DeliveryTermsType:
    code: IncotermType = field(
        metadata={
            "name": "Code",
            "type": "Element",
            "namespace": "",
        }
    )
    place: None | str = field(
        default=None,
        metadata={
            "name": "Place",
            "type": "Element",
            "namespace": "",
            "max_length": 70,
            "pattern": r"\s*\S.*",
        },
    )


@dataclass(kw_only=True)
class MeansOfTransportType:
    border_information: BorderInformationType = field(
        metadata={
            "name": "Border_information",
            "type": "Element",
            "namespace": "",
        }
    )
    inland_mode_of_transport: None | str = field(
        default=None,
        metadata={
            "name": "Inland_mode_of_transport",
            "type": "Element",
            "namespace": "",
            "pattern": r"[1-9]",
        },
    )


@dataclass(kw_only=True)
class PropertyType:
    sad_flow: SadFlowType = field(
        metadata={
            "name": "Sad_flow",
            "type": "Element",
            "namespace": "",
        }
    )
    forms: FormsType = field(
        metadata={
            "name": "Forms",
            "type": "Element",
            "namespace": "",
        }
    )
    nbers: NbersType = field(
        metadata={
            "name": "Nbers",
            "type": "Element",
            "namespace": "",
        }
    )
    place_of_declaration: None | str = field(
        default=None,
        metadata={
            "name": "Place_of_declaration",
            "type": "Element",
            "namespace": "",
            "max_length": 70,
            "pattern": r"\s*\S.*",
        },
    )


@dataclass(kw_only=True)
class TarificationType:
    hscode: HscodeType = field(
        metadata={
            "name": "HScode",
            "type": "Element",
            "namespace": "",
        }
    )
    preference_code: None | str = field(
        default=None,
        metadata={
            "name": "Preference_code",
            "type": "Element",
            "namespace": "",
            "pattern": r"[A-Z0-9]{1,5}",
        },
    )
    extended_customs_procedure: str = field(
        metadata={
            "name": "Extended_customs_procedure",
            "type": "Element",
            "namespace": "",
            "pattern": r"\d{4}",
        }
    )
    national_customs_procedure: str = field(
        metadata={
            "name": "National_customs_procedure",
            "type": "Element",
            "namespace": "",
            "pattern": r"\d{3}",
        }
    )
    supplementary_unit: list[SupplementaryUnitType] = field(
        default_factory=list,
        metadata={
            "name": "Supplementary_unit",
            "type": "Element",
            "namespace": "",
            "max_occurs": 3,
        },
    )
    item_price: Decimal = field(
        metadata={
            "name": "Item_price",
            "type": "Element",
            "namespace": "",
            "min_inclusive": Decimal("0"),
            "total_digits": 18,
            "fraction_digits": 2,
        }
    )


@dataclass(kw_only=True)
class TradersType:
    exporter: ExporterType = field(
        metadata={
            "name": "Exporter",
            "type": "Element",
            "namespace": "",
        }
    )
    consignee: ConsigneeType = field(
        metadata={
            "name": "Consignee",
            "type": "Element",
            "namespace": "",
        }
    )


@dataclass(kw_only=True)
class ValuationItemType:
    weight_itm: ItemWeightType = field(
        metadata={
            "name": "Weight_itm",
            "type": "Element",
            "namespace": "",
        }
    )
    statistical_value: Decimal = field(
        metadata={
            "name": "Statistical_value",
            "type": "Element",
            "namespace": "",
            "min_inclusive": Decimal("0"),
            "total_digits": 18,
            "fraction_digits": 2,
        }
    )
    item_invoice: InvoiceType = field(
        metadata={
            "name": "Item_Invoice",
            "type": "Element",
            "namespace": "",
        }
    )
    item_external_freight: None | InvoiceType = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "",
        },
    )
    item_insurance: None | InvoiceType = field(
        default=None,
        metadata={
            "type": "Element",
            "namespace": "",
        },
    )


@dataclass(kw_only=True)
class ValuationType:
    weight: TotalWeightType = field(
        metadata={
            "name": "Weight",
            "type": "Element",
            "namespace": "",
        }
    )
    gs_invoice: InvoiceType = field(
        metadata={
            "name": "Gs_Invoice",
            "type": "Element",
            "namespace": "",
        }
    )
    gs_external_freight: None | InvoiceType = field(
        default=None,
        metadata={
            "name": "Gs_external_freight",
            "type": "Element",
            "namespace": "",
        },
    )
    gs_insurance: None | InvoiceType = field(
        default=None,
        metadata={
            "name": "Gs_insurance",
            "type": "Element",
            "namespace": "",
        },
    )


@dataclass(kw_only=True)
class GeneralInformationType:
    country: CountrySegmentType = field(
        metadata={
            "name": "Country",
            "type": "Element",
            "namespace": "",
        }
    )
    value_details: Decimal = field(
        metadata={
            "name": "Value_details",
            "type": "Element",
            "namespace": "",
            "min_inclusive": Decimal("0"),
            "total_digits": 18,
            "fraction_digits": 2,
        }
    )


@dataclass(kw_only=True)
class IdentificationType:
    office_segment: OfficeSegmentType = field(
        metadata={
            "name": "Office_segment",
            "type": "Element",
            "namespace": "",
        }
    )
    type_value: DeclarationKindType = field(
        metadata={
            "name": "Type",
            "type": "Element",
            "namespace": "",
        }
    )


@dataclass(kw_only=True)
class ItemType:
    packages: PackagesType = field(
        metadata={
            "name": "Packages",
            "type": "Element",
            "namespace": "",
        }
    )
    tarification: TarificationType = field(
        metadata={
            "name": "Tarification",
            "type": "Element",
            "namespace": "",
        }
    )
    goods_description: GoodsDescriptionType = field(
        metadata={
            "name": "Goods_description",
            "type": "Element",
            "namespace": "",
        }
    )
    valuation_item: ValuationItemType = field(
        metadata={
            "name": "Valuation_item",
            "type": "Element",
            "namespace": "",
        }
    )
    number: int = field(
        metadata={
            "type": "Attribute",
            "min_inclusive": 1,
            "max_inclusive": 999,
        }
    )


@dataclass(kw_only=True)
class TransportType:
    means_of_transport: MeansOfTransportType = field(
        metadata={
            "name": "Means_of_transport",
            "type": "Element",
            "namespace": "",
        }
    )
    delivery_terms: DeliveryTermsType = field(
        metadata={
            "name": "Delivery_terms",
            "type": "Element",
            "namespace": "",
        }
    )
    border_office: BorderOfficeType = field(
        metadata={
            "name": "Border_office",
            "type": "Element",
            "namespace": "",
        }
    )


@dataclass(kw_only=True)
class Asycuda:
    class Meta:
        name = "ASYCUDA"

    property: PropertyType = field(
        metadata={
            "name": "Property",
            "type": "Element",
            "namespace": "",
        }
    )
    identification: IdentificationType = field(
        metadata={
            "name": "Identification",
            "type": "Element",
            "namespace": "",
        }
    )
    traders: TradersType = field(
        metadata={
            "name": "Traders",
            "type": "Element",
            "namespace": "",
        }
    )
    declarant: DeclarantType = field(
        metadata={
            "name": "Declarant",
            "type": "Element",
            "namespace": "",
        }
    )
    general_information: GeneralInformationType = field(
        metadata={
            "name": "General_information",
            "type": "Element",
            "namespace": "",
        }
    )
    transport: TransportType = field(
        metadata={
            "name": "Transport",
            "type": "Element",
            "namespace": "",
        }
    )
    valuation: ValuationType = field(
        metadata={
            "name": "Valuation",
            "type": "Element",
            "namespace": "",
        }
    )
    item: list[ItemType] = field(
        default_factory=list,
        metadata={
            "name": "Item",
            "type": "Element",
            "namespace": "",
            "min_occurs": 1,
            "max_occurs": 999,
        },
    )
