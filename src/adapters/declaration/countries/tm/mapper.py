"""A domain declaration as Turkmenistan's ASYCUDA bindings (header boxes; items in `items`)."""

from enum import Enum
from typing import TypeVar

from adapters.declaration.bindings.tm import (
    Asycuda,
    BorderInformationType,
    BorderOfficeType,
    ConsigneeType,
    CountrySegmentType,
    DeclarantType,
    DeclarationKindType,
    DeclarationTypeType,
    DeliveryTermsType,
    DestinationCountryType,
    ExportCountryType,
    ExporterType,
    FormsType,
    GeneralInformationType,
    IdentificationType,
    IncotermType,
    MeansOfTransportType,
    NbersType,
    OfficeSegmentType,
    PropertyType,
    SadFlowType,
    TotalWeightType,
    TradersType,
    TransportType,
    ValuationType,
)
from adapters.declaration.countries.tm.items import item_binding
from adapters.declaration.countries.tm.valuation import declaration_money
from adapters.declaration.country import CountrySchema
from adapters.declaration.errors import DeclarationRenderError
from adapters.declaration.rounding import mass
from domain.declaration.declaration import Declaration
from domain.declaration.header import DeclarationHeader, Trader

CodeList = TypeVar("CodeList", bound=Enum)


def to_asycuda(declaration: Declaration, country: CountrySchema) -> Asycuda:
    header = declaration.header
    money = declaration_money(declaration)
    return Asycuda(
        property=PropertyType(
            sad_flow=_code(SadFlowType, header.flow, "Property / Sad_flow"),
            forms=FormsType(number_of_the_form=1, total_number_of_forms=declaration.forms),
            nbers=NbersType(
                total_number_of_items=len(declaration.items),
                total_number_of_packages=declaration.packages,
            ),
            place_of_declaration=header.place_of_declaration,
        ),
        identification=IdentificationType(
            office_segment=OfficeSegmentType(customs_clearance_office_code=header.customs_office),
            type_value=DeclarationKindType(
                type_of_declaration=_code(
                    DeclarationTypeType, header.declaration_type, "Identification / Type / Type_of_declaration"
                ),
                declaration_gen_procedure_code=header.general_procedure,
            ),
        ),
        traders=TradersType(
            exporter=ExporterType(exporter_code=header.exporter.code, exporter_name=_name(header.exporter)),
            consignee=ConsigneeType(consignee_code=header.consignee.code, consignee_name=_name(header.consignee)),
        ),
        declarant=DeclarantType(declarant_code=header.declarant.code or "", declarant_name=_name(header.declarant)),
        general_information=GeneralInformationType(
            country=_countries(header),
            value_details=money.added_costs,
        ),
        transport=_transport(header),
        valuation=ValuationType(
            weight=TotalWeightType(gross_weight=mass(declaration.gross_mass)),
            gs_invoice=money.invoice,
            gs_external_freight=money.external_freight,
            gs_insurance=money.insurance,
        ),
        item=[
            item_binding(item, country.commodity_digits, item_money)
            for item, item_money in zip(declaration.items, money.items, strict=True)
        ],
    )


def _countries(header: DeclarationHeader) -> CountrySegmentType:
    return CountrySegmentType(
        country_first_destination=header.first_destination_country,
        trading_country=header.trading_country,
        export=ExportCountryType(export_country_code=header.export_country),
        destination=DestinationCountryType(destination_country_code=header.destination_country),
    )


def _transport(header: DeclarationHeader) -> TransportType:
    transport = header.transport
    terms = header.delivery_terms
    return TransportType(
        means_of_transport=MeansOfTransportType(
            border_information=BorderInformationType(
                identity=transport.identity, nationality=transport.nationality, mode=transport.border_mode
            ),
            inland_mode_of_transport=transport.inland_mode,
        ),
        delivery_terms=DeliveryTermsType(
            code=_code(IncotermType, terms.incoterm, "Transport / Delivery_terms / Code"), place=terms.place
        ),
        border_office=BorderOfficeType(code=header.border_office),
    )


def _name(trader: Trader) -> str:
    """ASYCUDA writes the address on the lines after the name."""
    return f"{trader.name}\n{trader.address}" if trader.address else trader.name


def _code(code_list: type[CodeList], value: str, column: str) -> CodeList:
    try:
        return code_list(value)
    except ValueError:
        allowed = ", ".join(str(member.value) for member in code_list)
        raise DeclarationRenderError(f"{column}: '{value}' is not one of {allowed}") from None
